"""game.narration.debrief: the path beside Khrushchev's, the deciding causes, the moves."""

from __future__ import annotations

from game.narration.debrief import (
    PARTY,
    deciding_causes,
    ending_stats,
    moves,
    player_path,
    turn_moves,
)
from game.sim.bots import make_bot, play
from game.sim.engine import Game
from game.sim.stats import INDEX


def test_player_path_puts_the_historical_option_beside_the_players(tiny_world):
    game = Game(tiny_world, 3)
    while game.ending is None:
        for d in game.decisions():
            game.choose(d.id, "holiday" if d.id == "plot" else d.options[0].id)
        if game.ending is None:
            game.advance()
    steps = {s.decision: s for s in player_path(game)}
    plot = steps["plot"]
    assert plot.chosen == "holiday" and plot.historical == "appeal"
    assert plot.followed is False
    assert plot.historical_label == "Call the Central Committee to Moscow."
    assert plot.date_label == tiny_world.calendar.label(plot.turn)
    if "missiles" in steps:
        assert steps["missiles"].followed is None  # no option marked historical


def test_followed_when_the_same(tiny_world):
    game = play(Game(tiny_world, 4), make_bot("historical", 4))
    plot = next(s for s in player_path(game) if s.decision == "plot")
    assert plot.followed is True


def test_ending_stats_are_read_from_the_scenario(tiny_world):
    # A war: its trigger tests nuclear tension, and nothing else.
    assert ending_stats(tiny_world, "war") == ("nuclear_tension",)
    # What the removal vote decides: the Presidium and the Central Committee (the tiny appeal is
    # blocked by a flag, so no other meter).
    assert ending_stats(tiny_world, "ousted") == ("presidium", "central_committee")
    assert ending_stats(tiny_world, "survived") == ("presidium", "central_committee")


def test_deciding_causes_rank_by_net_movement_and_leave_out_the_start(tiny_world):
    game = Game(tiny_world, 3)
    game.state.causes[:] = [
        (0, INDEX["central_committee"], 10.0, "plot/appeal"),
        (1, INDEX["central_committee"], -4.0, "plot/appeal"),
        (1, INDEX["military"], -3.0, "rule:slow-drift"),
        (1, INDEX["industry"], 50.0, "rule:slow-drift"),  # not a deciding stat here
        (0, INDEX["military"], 99.0, "start"),
    ]
    causes = deciding_causes(game, PARTY)
    assert [c.cause for c in causes] == ["plot/appeal", "rule:slow-drift"]
    first = causes[0]
    # Net, not gross: +10 then -4 decided 6 points.
    assert first.weight == 6.0 and first.net == 6.0
    assert first.stats == {"central_committee": 6.0}
    assert first.label == "The plot: Call the Central Committee to Moscow."
    assert first.sources == ("country-study",)
    assert causes[1].net == -3.0


def test_deciding_causes_merge_causes_that_read_the_same(tiny_world):
    game = Game(tiny_world, 3)
    game.state.causes[:] = [(0, INDEX["military"], 2.0, "missiles/yes: a good gamble"),
                            (0, INDEX["military"], 3.0, "missiles/yes")]
    causes = deciding_causes(game, PARTY)
    assert len(causes) == 1 and causes[0].weight == 5.0


def test_high_is_bad_counts_against_the_player(tiny_world):
    game = Game(tiny_world, 3)
    game.state.causes[:] = [(0, INDEX["nuclear_tension"], 20.0, "missiles/yes")]
    (cause,) = deciding_causes(game, ("nuclear_tension",))
    assert cause.net == -20.0
    (move,) = moves(tiny_world, game.state.causes)
    assert move.good is False and move.delta == 20.0


def test_moves_sum_per_stat_and_cause_and_drop_dust(tiny_world):
    causes = [(0, INDEX["industry"], 1.0, "policy:investment=heavy"),
              (0, INDEX["industry"], 2.0, "policy:investment=heavy"),
              (0, INDEX["agriculture"], 0.01, "rule:slow-drift")]
    (move,) = moves(tiny_world, causes)
    assert move.stat == "industry" and move.delta == 3.0
    assert move.label == "Investment priority: Heavy industry"


def test_turn_moves_only_that_turn(tiny_world):
    game = play(Game(tiny_world, 8), make_bot("listed:0", 8))
    for m in turn_moves(game, 1):
        assert any(c[0] == 1 and c[3] == m.cause for c in game.state.causes)
