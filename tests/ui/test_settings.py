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
    path.write_text('{"text_size": "huge", "sound": false, "fullscreen": "yes"}', encoding="utf-8")
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
    blocker.write_text("x", encoding="utf-8")
    assert save_settings(Settings(), blocker / "settings.json")


def test_a_settings_file_from_before_music_and_volume_still_reads(tmp_path):
    path = tmp_path / "s.json"
    path.write_text('{"format": 1, "text_size": "large", "high_contrast": false, '
                    '"fullscreen": false, "sound": false}', encoding="utf-8")
    settings, problem = load_settings(path)
    assert problem is None
    assert (settings.text_size, settings.sound) == ("large", False)
    assert (settings.music, settings.volume) == (Settings().music, Settings().volume)


def test_music_and_volume_round_trip_and_bad_volumes_are_refused(tmp_path):
    path = tmp_path / "s.json"
    wanted = Settings(music=False, volume=20)
    save_settings(wanted, path)
    assert load_settings(path) == (wanted, None)
    for bad in ("true", "101", "-5", '"60"', "60.5", "null"):
        path.write_text(f'{{"volume": {bad}, "music": false}}', encoding="utf-8")
        settings, problem = load_settings(path)
        assert settings.volume == Settings().volume and "volume" in problem, bad
        assert settings.music is False


def test_volume_steps_up_and_round():
    from game.settings import VOLUME_STEPS

    s = Settings(volume=VOLUME_STEPS[0])
    seen = []
    for _ in range(len(VOLUME_STEPS)):
        seen.append(s.volume)
        s.volume = s.next_volume()
    assert seen == list(VOLUME_STEPS) and s.volume == VOLUME_STEPS[0]
    assert Settings(volume=55).next_volume() == 60  # a hand-edited value joins the steps
