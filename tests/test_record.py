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
    record = run_record(game, player="Ivan", policy="random")
    assert record["format"] == 1 and record["scenario"] == "tiny" and record["seed"] == 7
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
    a = write_record(tmp_path / "a.json", run_record(game)).read_bytes()
    b = write_record(tmp_path / "b.json", run_record(again)).read_bytes()
    assert a == b
    assert read_record(tmp_path / "a.json")["seed"] == 9


def test_save_round_trip(tiny_world, tmp_path):
    game = Game(tiny_world, 3)
    game.advance()
    game.choose("plot", "concede")
    path = write_save(tmp_path / "slot1.json", game, player="Olga")
    data = read_save(path)
    assert data["schema"] == 1 and data["player"] == "Olga"
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
    write_save(tmp_path / "good.json", Game(tiny_world, 1))
    (tmp_path / "bad.json").write_text(content)
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
        write_save(tmp_path / "autosave.json", Game(tiny_world, 1))
    assert [p.name for p in tmp_path.iterdir()] == ["autosave.json"]
