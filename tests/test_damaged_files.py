"""Every damaged file in tests/fixtures/damaged/ gets its expected answer: a run record a message
and exit 2 from `thaw report` (exit 0 when it is fine after all), a save a reason on the Load
screen while the others load, a settings file the defaults with a message. Never a traceback."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.cli import main
from game.saves import SaveError, list_saves, read_save
from game.settings import Settings, load_settings

DAMAGED = Path(__file__).parent / "fixtures" / "damaged"
TINY = str(Path(__file__).parent / "fixtures" / "good" / "tiny.yaml")

RECORDS = {
    "good.json": (0, None),
    "byte-order-mark.json": (0, None),
    "cut-short.json": (2, "not a readable run record (not JSON, or cut short"),
    "utf-16.json": (2, "not a readable run record (not UTF-8 text"),
    "deep-nesting.json": (2, "not a readable run record (nested too deeply)"),
    "long-number.json": (2, "not a readable run record (it holds a number of 5000 digits)"),
    "nan-meter.json": (2, "not a readable run record (it holds NaN, which is not a number)"),
    "infinity.json": (2, "not a readable run record (it holds Infinity, which is not a number)"),
    "format-too-new.json": (2, "record format 9 is newer than this game reads (2): update the "
                               "game to read it"),
    "outcome-null.json": (2, "not a usable run record (ending.outcome: should be 'survived', "
                             "'ousted', 'removed' or 'war')"),
    "title-a-list.json": (2, "not a usable run record (decisions.0.title: should be text)"),
    "scenario-a-path.json": (2, "not a usable run record (scenario: is not of the right form"),
    "decisions-not-the-log.json": (2, "not a usable run record (its decisions are not the "
                                      "choices of its command log)"),
}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_a_damaged_record(name, capsys):
    code, message = RECORDS[name]
    assert main(["report", str(DAMAGED / "records" / name), "--scenario", TINY]) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if message:
        assert f"records/{name}: {message}" in err
    else:
        assert err == ""


def test_every_damaged_record_is_in_the_table():
    assert {p.name for p in (DAMAGED / "records").iterdir()} == set(RECORDS)


SAVES = {
    "good.json": None,
    "byte-order-mark.json": None,
    "long-title.json": None,
    "cut-short.json": "the save file is damaged (not JSON, or cut short",
    "deep-nesting.json": "the save file is damaged (nested too deeply)",
    "long-number.json": "the save file is damaged (it holds a number of 5000 digits)",
    "turn-text.json": "the save file is damaged (turn: should be a whole number)",
    "log-of-numbers.json": "the save file is damaged (log.0: should be a mapping",
    "scenario-a-path.json": "the save file is damaged (scenario: is not of the right form",
    "too-new.json": "this save was made by a newer version of Thaw (save format 9; this "
                    "version reads 2). Update the game to load it.",
}


@pytest.mark.parametrize("name", sorted(SAVES))
def test_a_damaged_save(name):
    message = SAVES[name]
    if message is None:
        data = read_save(DAMAGED / "saves" / name)
        assert data["scenario"] == "tiny" and data["run_id"] == "5eed0003"
        assert len(data["scenario_title"]) <= 400  # a 20,000-letter title is cut to size
    else:
        with pytest.raises(SaveError) as error:
            read_save(DAMAGED / "saves" / name)
        assert str(error.value).startswith(message)


def test_the_load_list_shows_the_damaged_saves_and_the_others_work(tmp_path):
    shutil.copytree(DAMAGED / "saves", tmp_path / "saves")
    slots, broken = list_saves(tmp_path / "saves")
    assert sorted(s.path.name for s in slots) == sorted(n for n, m in SAVES.items() if m is None)
    assert sorted(p.name for p, _ in broken) == sorted(n for n, m in SAVES.items() if m)
    for path, reason in broken:
        assert reason.startswith(SAVES[path.name])


def test_every_damaged_save_is_in_the_table():
    assert {p.name for p in (DAMAGED / "saves").iterdir()} == set(SAVES)


DEFAULTS = Settings()
SETTINGS = {
    "good.json": (None, Settings("large", True, False, False)),
    "byte-order-mark.json": (None, Settings("large", True, False, False)),
    "deep-nesting.json": ("the settings file could not be read (nested too deeply); the "
                          "defaults are in use", DEFAULTS),
    "long-number.json": ("the settings file could not be read (it holds a number of 5000 "
                         "digits); the defaults are in use", DEFAULTS),
    "not-json.json": ("the settings file could not be read (not JSON", DEFAULTS),
    "a-list.json": ("the settings file is damaged; the defaults are in use", DEFAULTS),
    "wrong-types.json": ("some settings were unreadable (sound, text_size); defaults used",
                         Settings("normal", True, False, True)),
}


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_a_damaged_settings_file(name):
    message, expected = SETTINGS[name]
    settings, said = load_settings(DAMAGED / "settings" / name)
    assert settings == expected
    if message is None:
        assert said is None
    else:
        assert said is not None and said.startswith(message)


def test_every_damaged_settings_file_is_in_the_table():
    assert {p.name for p in (DAMAGED / "settings").iterdir()} == set(SETTINGS)


@pytest.mark.parametrize("name", ["deep-nesting.json", "long-number.json"])
def test_the_window_starts_whatever_the_settings_file_holds(name, thaw_home):
    """Settings files that stopped the game at start: the first frame is drawn, with the
    defaults."""
    thaw_home.mkdir(parents=True, exist_ok=True)
    shutil.copy(DAMAGED / "settings" / name, thaw_home / "settings.json")
    result = subprocess.run([sys.executable, "-m", "game", "play", "--exit-after-first-frame"],
                            capture_output=True, text=True,
                            env={**os.environ, "THAW_HOME": str(thaw_home)})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
