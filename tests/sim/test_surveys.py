"""Surveys on every core: the same games, counted the same way, as one process."""

from __future__ import annotations

import json

from game.cli import main
from game.sim.bots import make_bot
from game.sim.survey import survey
from game.surveys import survey_jobs, world_of


def test_a_survey_across_processes_equals_one_process():
    world = world_of("campaign")
    seeds = range(1, 81)
    one = survey(world, lambda s: make_bot("random", s), seeds)
    many = survey_jobs("campaign", "random", seeds, jobs=2)
    assert (one.runs, one.endings, one.ended, one.fired, one.chosen) == \
        (many.runs, many.endings, many.ended, many.fired, many.chosen)
    assert one.values == many.values  # every meter at every turn, in seed order, to the bit


def test_a_survey_counts_games_an_event_came_up_in():
    result = survey_jobs("campaign", "historical", range(1, 4), jobs=1)
    assert result.fired["stalin-dies"] == 3


def test_simulate_jobs_prints_the_same_as_one_process(capsys, tmp_path):
    outputs = []
    for jobs in ("1", "2"):
        assert main(["simulate", "--runs", "60", "--json", "--jobs", jobs,
                     "--record-dir", str(tmp_path / jobs)]) == 0
        outputs.append(json.loads(capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    one = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert one == sorted(p.name for p in (tmp_path / "2").iterdir()) and len(one) == 60
    for name in one:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()


def test_simulate_refuses_no_processes(capsys):
    assert main(["simulate", "--jobs", "0"]) == 2
