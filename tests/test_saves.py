"""Saves that ask: one autosave per scenario, a new game never replaces an unfinished one
unasked, `thaw play --text --continue` goes on with the last unfinished game, a save whose
scenario has changed says so, and a save's scenario is found by its id, never by a path."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game import paths
from game.content.build import build_world
from game.content.loader import load_scenario
from game.saves import (
    SaveError,
    content_warning,
    last_unfinished,
    read_save,
    scenario_of_save,
    unfinished_save,
    write_save,
)
from game.sim.engine import Game

FIXTURES = Path(__file__).parent / "fixtures"
TINY = FIXTURES / "good" / "tiny.yaml"


def run(*args: str, stdin: str, home: Path) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True,
                          input=stdin, env={**os.environ, "THAW_HOME": str(home)})


def install_tiny(home: Path) -> None:
    (home / "scenarios").mkdir(parents=True, exist_ok=True)
    shutil.copy(TINY, home / "scenarios" / "tiny.yaml")


def _unfinished(world, seed: int, run_id: str) -> Path:
    game = Game(world, seed)
    game.advance()
    return write_save(paths.autosave_file(world.id), game, run_id=run_id, player="Olga")


def test_one_autosave_per_scenario_and_which_one_a_new_game_would_replace(tiny_world,
                                                                            thaw_home):
    assert unfinished_save("tiny") is None and last_unfinished() is None
    _unfinished(tiny_world, 3, "aaaa0001")
    waiting = unfinished_save("tiny")
    assert waiting is not None and waiting.data["run_id"] == "aaaa0001"
    assert unfinished_save("tiny", run_id="aaaa0001") is None  # the same game goes on
    assert unfinished_save("tiny", run_id="bbbb0002") is not None  # another game would replace
    assert unfinished_save("campaign") is None  # another scenario has its own autosave
    assert last_unfinished().path == paths.autosave_file("tiny")
    assert last_unfinished("campaign") is None


def test_text_play_asks_before_replacing_an_unfinished_game(thaw_home):
    install_tiny(thaw_home)
    first = run("play", "--text", "--scenario", "tiny", "--seed", "2", "--player", "Anya",
                stdin="\n", home=thaw_home)  # one season, then the end of the input: saved
    assert first.returncode == 0, first.stderr
    before = read_save(paths.autosave_file("tiny"))
    # No answer (the end of the input): nothing is replaced.
    second = run("play", "--text", "--scenario", "tiny", "--seed", "9", stdin="", home=thaw_home)
    assert second.returncode == 0 and "An unfinished game of A tiny test scenario" in second.stdout
    assert "Nothing was changed" in second.stdout
    assert read_save(paths.autosave_file("tiny")) == before
    # "n": a new game in its place.
    third = run("play", "--text", "--scenario", "tiny", "--seed", "9", stdin="n\n\n",
                home=thaw_home)
    assert third.returncode == 0
    assert read_save(paths.autosave_file("tiny"))["seed"] == 9
    runs = sorted((thaw_home / "runs").glob("*.json"))
    assert len(runs) == 2  # both games keep their records


def key_for(world, seed: int, decision: str, option: str) -> str:
    """The number a player types for an option, as the game shows that seed's card."""
    return str(Game(world, seed).shown_order(decision).index(option) + 1)


def test_text_play_continue_goes_on_with_the_same_game(thaw_home, tiny_world):
    install_tiny(thaw_home)
    # Spring: end the season, then stop.
    assert run("play", "--text", "--scenario", "tiny", "--seed", "2", "--player", "Anya",
               stdin="\n", home=thaw_home).returncode == 0
    saved = read_save(paths.autosave_file("tiny"))
    # Summer: appeal; autumn: refuse the missiles; winter: end.
    appeal = key_for(tiny_world, 2, "plot", "appeal")
    refuse = key_for(tiny_world, 2, "missiles", "no")
    result = run("play", "--text", "--continue", stdin=f"{appeal}\n\n{refuse}\n\n\n\n",
                 home=thaw_home)
    assert result.returncode == 0, result.stderr
    assert "=== Summer 1957 ===" in result.stdout and "=== Survived" in result.stdout
    records = list((thaw_home / "runs").glob("*.json"))
    assert len(records) == 1  # the same game: its own record, finished now
    record = json.loads(records[0].read_text(encoding="utf-8"))
    assert record["finished"] and record["run_id"] == saved["run_id"]
    assert record["player"] == "Anya"
    # Nothing left to continue.
    again = run("play", "--text", "--continue", stdin="", home=thaw_home)
    assert again.returncode == 2 and "no unfinished game to continue" in again.stderr


def test_continue_says_when_the_scenario_has_changed(thaw_home):
    install_tiny(thaw_home)
    assert run("play", "--text", "--scenario", "tiny", "--seed", "2", stdin="\n",
               home=thaw_home).returncode == 0
    scenario = thaw_home / "scenarios" / "tiny.yaml"
    text = scenario.read_text(encoding="utf-8")
    changed = text.replace("brief: Four seasons", "brief: 4 seasons")
    scenario.write_text(changed, encoding="utf-8")
    result = run("play", "--text", "--continue", stdin="", home=thaw_home)
    assert result.returncode == 0
    note = result.stdout.index("has changed since this game was saved")
    assert note < result.stdout.index("=== Summer 1957 ===")


def test_content_warning_is_for_the_window_too(tiny_world, thaw_home):
    data = read_save(_unfinished(tiny_world, 3, "aaaa0001"))
    assert content_warning(data, tiny_world) is None
    data["content_hash"] = "0123456789abcdef"
    assert "has changed since this game was saved" in content_warning(data, tiny_world)


def test_a_saves_scenario_is_an_id_never_a_path(tiny_world, thaw_home, tmp_path):
    """A save used to name its scenario's path, which loading opened; now only installed
    scenarios, by id, or the one the player names on the command line."""
    elsewhere = tmp_path / "elsewhere.yaml"
    shutil.copy(TINY, elsewhere)
    data = read_save(_unfinished(tiny_world, 3, "aaaa0001"))
    data["scenario_path"] = str(elsewhere)
    with pytest.raises(SaveError, match="cannot be used"):
        scenario_of_save(data)
    given = load_scenario(elsewhere)
    assert scenario_of_save(data, given) is given
    install_tiny(thaw_home)
    assert scenario_of_save(data).id == "tiny"


def test_a_legacy_autosave_is_still_read(tiny_world, thaw_home):
    """Saves of format 1 (one autosave.json, no run id) load and play on under a new run id."""
    from game.ui.session import Session

    path = _unfinished(tiny_world, 3, "aaaa0001")
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(schema=1)
    del data["run_id"]
    legacy = path.with_name("autosave.json")
    legacy.write_text(json.dumps(data), encoding="utf-8")
    path.unlink()
    assert read_save(legacy)["run_id"] is None
    assert last_unfinished().path == legacy
    install_tiny(thaw_home)
    session = Session.from_save(legacy)
    assert session.run_id and session.game.turn == 1


def test_a_session_keeps_its_run_id_through_a_save(tiny_world, thaw_home):
    from game.ui.session import Session
    from game.ui.writer import WRITER

    install_tiny(thaw_home)
    session = Session.new(build_world(load_scenario(thaw_home / "scenarios" / "tiny.yaml")), 4,
                          "Ivan")
    session.game.advance()
    session.autosave()
    WRITER.flush()
    again = Session.from_save(paths.autosave_file("tiny"))
    assert again.run_id == session.run_id and again.player == "Ivan"
    assert again.warning is None
