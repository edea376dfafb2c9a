"""Run records and saves: what they hold, byte-identical replays, atomic writes, damaged files."""

import json

import pytest

from game.classroom.record import read_record, run_record, write_record
from game.saves import SaveError, list_saves, read_save, restore, write_save
from game.sim.bots import RandomBot, play
from game.sim.engine import Game
from game.storage import dumps


def test_record_holds_the_run(tiny_world):
    game = play(Game(tiny_world, 7), RandomBot(7))
    record = run_record(game, "1234abcd", player="Ivan", policy="random")
    assert record["format"] == 2 and record["run_id"] == "1234abcd"
    assert record["scenario"] == "tiny" and record["seed"] == 7
    assert record["content_hash"] == tiny_world.scenario.content_hash
    assert record["log"] == game.log
    assert [t["turn"] for t in record["turns"]] == list(range(len(record["turns"])))
    assert set(record["turns"][0]["values"]) >= {"central_committee", "nuclear_tension", "soil"}
    assert record["ending"]["id"] == game.ending and record["finished"]
    assert all({"turn", "stat", "cause", "delta"} == set(c) for c in record["causes"])
    taken = record["decisions"]
    assert [d["decision"] for d in taken] == [c["decision"] for c in game.log
                                              if c["cmd"] == "choose"]


def test_same_seed_and_choices_give_byte_identical_records(tiny_world, tmp_path):
    game = play(Game(tiny_world, 9), RandomBot(9))
    again = Game.replay(tiny_world, 9, game.log)
    a = write_record(tmp_path / "a.json", run_record(game, "1234abcd")).read_bytes()
    b = write_record(tmp_path / "b.json", run_record(again, "1234abcd")).read_bytes()
    assert a == b
    assert read_record(tmp_path / "a.json")["seed"] == 9


def test_save_round_trip(tiny_world, tmp_path):
    game = Game(tiny_world, 3)
    game.advance()
    game.choose("plot", "concede")
    path = write_save(tmp_path / "slot1.json", game, run_id="1234abcd", player="Olga")
    data = read_save(path)
    assert data["schema"] == 2 and data["player"] == "Olga" and data["run_id"] == "1234abcd"
    again = restore(tiny_world, data)
    assert again.state.values == game.state.values and again.log == game.log
    slots, broken = list_saves(tmp_path)
    assert [s.name for s in slots] == ["slot1"] and broken == []
    assert slots[0].date_label == "Summer 1957"


@pytest.mark.parametrize("content, reason", [
    ('{"schema": 1, "scenario": "tiny", "seed": 1, "log": [', "cut short"),
    ("\x00\x01\x02", "cut short"),
    ('{"schema": 99, "scenario": "tiny", "seed": 1, "log": []}', "newer version"),
    ('{"scenario": "tiny"}', "not a Thaw save"),
    ('[1, 2]', "not a save"),
])
def test_damaged_or_too_new_saves_are_refused_the_others_load(tiny_world, tmp_path, content,
                                                              reason):
    write_save(tmp_path / "good.json", Game(tiny_world, 1), run_id="1234abcd")
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    with pytest.raises(SaveError, match=reason):
        read_save(tmp_path / "bad.json")
    slots, broken = list_saves(tmp_path)
    assert [s.name for s in slots] == ["good"]
    assert [p.name for p, _ in broken] == ["bad.json"]


def test_a_save_that_no_longer_fits_its_scenario(tiny_world, tmp_path):
    data = json.loads(dumps({"schema": 1, "scenario": "tiny", "seed": 1,
                             "log": [{"cmd": "choose", "decision": "gone", "option": "x"}]}))
    with pytest.raises(SaveError, match="no longer fits"):
        restore(tiny_world, data)


def test_atomic_write_leaves_no_temporary_files(tiny_world, tmp_path):
    for _ in range(3):
        write_save(tmp_path / "autosave.json", Game(tiny_world, 1), run_id="1234abcd")
    assert [p.name for p in tmp_path.iterdir()] == ["autosave.json"]


def _play_in_the_window(world, seed: int, player: str | None) -> None:
    """A game as the window plays it: the session's autosave after each season, the run record
    written when the window is idle, and again at the end; then the debrief's Save report."""
    from game.sim.bots import play_turn
    from game.ui.screens.save_report import write_run_report
    from game.ui.session import Session
    from game.ui.writer import WRITER

    session = Session.new(world, seed, player)
    bot = RandomBot(seed)
    while session.game.ending is None:
        play_turn(session.game, bot)
        session.autosave()
        session.flush_record()
    session.write_record()
    WRITER.flush()
    write_run_report(session.record(), world)


@pytest.mark.parametrize("first, second", [
    ("Anna K.", "Anna K."),  # one student playing the same seed again
    ("Anna K.", "AnnaK"),
    ("Anna.", "Anna"),
    ("\U0001f600", None),  # a name of emoji only, and no name
    (None, None),
    ("anna", "ANNA"),  # one file on a file system that ignores case
])
def test_two_games_of_one_seed_leave_two_finished_records(tiny_world, thaw_home, first, second):
    _play_in_the_window(tiny_world, 5, first)
    _play_in_the_window(tiny_world, 5, second)
    files = sorted((thaw_home / "runs").glob("*.json"))
    assert len({p.name.lower() for p in files}) == 2
    records = [read_record(p) for p in files]
    assert all(r["finished"] for r in records)
    assert records[0]["run_id"] != records[1]["run_id"]
    reports = list((thaw_home / "reports").glob("*.html"))
    assert len({p.name.lower() for p in reports}) == 2
