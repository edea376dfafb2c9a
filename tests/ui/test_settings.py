"""Settings: defaults, round trip, and damage that never crashes."""

from __future__ import annotations

from game.settings import TEXT_SIZES, Settings, load_settings, save_settings


def test_defaults_when_missing(tmp_path):
    settings, problem = load_settings(tmp_path / "none.json")
    assert settings == Settings() and problem is None


def test_round_trip(tmp_path):
    path = tmp_path / "s.json"
    wanted = Settings(text_size="largest", high_contrast=True, fullscreen=True, sound=False)
    assert save_settings(wanted, path) is None
    assert load_settings(path) == (wanted, None)


def test_damaged_files_fall_back_with_a_message(tmp_path):
    path = tmp_path / "s.json"
    for raw in (b"{oops", b"[1, 2]", b"\xff\xfe\x00"):
        path.write_bytes(raw)
        settings, problem = load_settings(path)
        assert settings == Settings() and problem


def test_bad_values_are_replaced_one_by_one(tmp_path):
    path = tmp_path / "s.json"
    path.write_text('{"text_size": "huge", "sound": false, "fullscreen": "yes"}')
    settings, problem = load_settings(path)
    assert settings.sound is False and settings.text_size == "normal"
    assert settings.fullscreen is False
    assert "text_size" in problem and "fullscreen" in problem


def test_text_size_cycles_through_three_steps():
    s = Settings()
    seen = []
    for _ in range(3):
        seen.append(s.text_size)
        s.text_size = s.next_text_size()
    assert seen == list(TEXT_SIZES) and s.text_size == TEXT_SIZES[0]
    assert len(TEXT_SIZES) == 3


def test_unwritable_folder_is_reported(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert save_settings(Settings(), blocker / "settings.json")
