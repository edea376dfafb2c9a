import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def thaw_home(tmp_path, tmp_path_factory, monkeypatch):
    """Every test writes its saves and records into its own folder, never the user's; and its
    home folder is one of its own (the folder picker starts there: a click on Hand in or on
    Open this folder never writes into, or reads, the real one)."""
    home = tmp_path / "thaw-home"
    monkeypatch.setenv("THAW_HOME", str(home))
    user = tmp_path_factory.mktemp("user-home")  # beside the test's folder, not in it
    monkeypatch.setenv("HOME", str(user))
    monkeypatch.setenv("USERPROFILE", str(user))
    return home


@pytest.fixture(scope="session")
def tiny_world():
    from game.content.build import build_world
    from game.content.loader import load_scenario

    return build_world(load_scenario(FIXTURES / "good" / "tiny.yaml"))
