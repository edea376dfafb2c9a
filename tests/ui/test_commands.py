"""`thaw play --autoplay`, `--exit-after-first-frame`, and an autosave that survives a kill inside
a write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pygame
import pytest

from game.cli import build_parser, launch_options
from game.saves import list_saves, read_save, restore
from tests.ui.helpers import install_tiny

ROOT = Path(__file__).parent.parent.parent


def env_for(home: Path) -> dict:
    env = dict(os.environ, THAW_HOME=str(home), SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    return env


def test_autoplay_plays_a_whole_game_and_shoots_every_screen(thaw_home, tmp_path):
    from game.ui.autoplay import run_autoplay

    install_tiny(thaw_home)
    shots = tmp_path / "shots"
    args = build_parser().parse_args(["play", "--autoplay", "--seed", "4", "--scenario", "tiny",
                                      "--screenshots", str(shots)])
    assert run_autoplay(launch_options(args)) == 0
    names = {p.stem.split("-", 1)[1] for p in shots.glob("*.png")}
    for screen in ("title", "howto", "settings", "glossary", "load", "lessons", "newgame", "turn",
                   "outcome", "history", "policies", "menu", "save", "debrief-1", "debrief-3",
                   "report", "whatif", "whatif-options", "whatif-result"):
        assert screen in names, screen
    for path in shots.glob("*.png"):
        assert pygame.image.load(str(path)).get_size() == (1280, 720)
    assert list((thaw_home / "runs").glob("tiny-seed4*.json"))
    assert list((thaw_home / "reports").glob("tiny-seed4*.html"))  # the debrief's Save report
    assert read_save(thaw_home / "saves" / "autosave-tiny.json")["finished"] is True


def test_exit_after_first_frame(thaw_home):
    result = subprocess.run([sys.executable, "-m", "game", "play", "--exit-after-first-frame"],
                            cwd=ROOT, env=env_for(thaw_home), capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()


# The window, playing by itself, with a hook in its file writing: the first rewrite of the tiny
# autosave once a whole one exists writes half its text to the temporary file, says so in the
# marker file, and waits there to be killed. The kill lands inside a write every time.
KILLED_IN_A_WRITE = r"""
import os, sys, tempfile, time
from pathlib import Path

marker = Path(sys.argv[1])
real_mkstemp, real_fdopen = tempfile.mkstemp, os.fdopen
opened = {}


def mkstemp(*args, **kwargs):
    fd, name = real_mkstemp(*args, **kwargs)
    opened[fd] = Path(name)
    return fd, name


class HalfThenWait:
    def __init__(self, handle):
        self.handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.handle.__exit__(*exc)

    def write(self, text):
        self.handle.write(text[: len(text) // 2])
        self.handle.flush()
        marker.write_text("inside a write", encoding="utf-8")
        time.sleep(3600)  # the test kills the game here

    def __getattr__(self, name):
        return getattr(self.handle, name)


def fdopen(fd, *args, **kwargs):
    handle = real_fdopen(fd, *args, **kwargs)
    name = opened.pop(fd, Path())
    target = name.parent / name.name[1:].rsplit(".", 2)[0]
    if name.name.startswith(".autosave-tiny.json.") and target.exists() and not marker.exists():
        return HalfThenWait(handle)
    return handle


tempfile.mkstemp, os.fdopen = mkstemp, fdopen
from game.cli import main
sys.exit(main(["play", "--autoplay", "--seed", "6", "--scenario", "tiny"]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_autosave_survives_a_kill_inside_a_write(thaw_home, tmp_path):
    from game.storage import clean_orphans, is_orphan

    install_tiny(thaw_home)
    saves = thaw_home / "saves"
    autosave = saves / "autosave-tiny.json"
    marker = tmp_path / "in-a-write"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_IN_A_WRITE, str(marker)], cwd=ROOT,
                            env={**env_for(thaw_home), "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not marker.exists() and proc.poll() is None:
            time.sleep(0.01)
        assert marker.exists(), f"the game ended without rewriting its autosave: {proc.returncode}"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    # Killed with half of the new autosave written: the last whole one is there, unharmed.
    from game.content.build import build_world
    from game.content.loader import load_scenario

    data = read_save(autosave)
    game = restore(build_world(load_scenario(thaw_home / "scenarios" / "tiny.yaml")), data)
    assert game.seed == 6
    # The half-written temporary file is left, listed by no save list, and cleaned away.
    orphans = [p for p in saves.iterdir() if is_orphan(p)]
    assert len(orphans) == 1 and orphans[0].name.startswith(".autosave-tiny.json.")
    slots, broken = list_saves(saves)
    assert [s.name for s in slots] == ["autosave-tiny"] and broken == []
    assert clean_orphans([saves], older_than=0) == 1
    assert sorted(p.name for p in saves.iterdir()) == ["autosave-tiny.json"]
