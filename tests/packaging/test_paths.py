"""game.paths: bundled files are found from source and from a PyInstaller build; the player's
files go to THAW_HOME or the platform's user data folder, never beside the executable."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from game import paths

ROOT = Path(__file__).resolve().parent.parent.parent


def test_from_source_bundled_files_are_the_repository_folders():
    assert paths.bundle_root() == ROOT
    assert paths.bundled("scenarios", "_reference.yaml").is_file()
    assert paths.bundled("scenarios", "campaign").is_dir()
    assert paths.bundled("assets", "fonts", "PTS55F.ttf").is_file()


def test_in_a_pyinstaller_build_bundled_files_come_from_the_unpacked_bundle(monkeypatch, tmp_path):
    # PyInstaller sets sys._MEIPASS to the folder holding the bundled data (the unpacked
    # temporary folder of a one-file build, `_internal/` of a one-folder build).
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundle_root() == tmp_path
    assert paths.bundled("assets", "fonts", "PTS55F.ttf") == tmp_path / "assets" / "fonts" / \
        "PTS55F.ttf"


def test_thaw_home_wins_and_every_player_file_is_inside_it(monkeypatch, tmp_path):
    monkeypatch.setenv("THAW_HOME", str(tmp_path / "home"))
    home = paths.thaw_home()
    assert home == tmp_path / "home"
    assert paths.saves_dir() == home / "saves"
    assert paths.runs_dir() == home / "runs"
    assert paths.user_scenarios_dir() == home / "scenarios"
    assert paths.settings_file() == home / "settings.json"
    assert not home.exists()  # found, not created: writers create what they need


def test_without_thaw_home_the_platform_user_data_folder_is_used(monkeypatch, tmp_path):
    monkeypatch.delenv("THAW_HOME", raising=False)
    # Even in a build: the executable's folder is often read-only on school machines.
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    home = paths.thaw_home()
    assert home == Path(platformdirs.user_data_dir("thaw", appauthor=False))
    for folder in (paths.bundle_root(), Path(sys.executable).parent):
        assert not home.is_relative_to(folder)


def test_an_empty_thaw_home_counts_as_unset(monkeypatch):
    monkeypatch.setenv("THAW_HOME", "")
    assert paths.thaw_home() == Path(platformdirs.user_data_dir("thaw", appauthor=False))
