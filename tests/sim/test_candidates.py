"""Candidate members of the Presidium: listed, reached by loyalty effects, but without a vote, so
neither the removal vote nor the Presidium meter counts them until they become full members (as
Zhukov was until 29 June 1957). A seat that changes hands on a day inside a turn does so from the
next turn."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from game.content.build import build_world
from game.content.loader import load_scenario
from game.narration.news import news_lines
from game.sim.engine import Game
from game.sim.state import shift_loyalty
from game.sim.stats import INDEX
from game.textplay import TextUI
from game.ui import playing

TINY = Path(__file__).parent.parent / "fixtures" / "good" / "tiny.yaml"


def world_with(tmp_path, member_line: str):
    """The tiny scenario (four seasons from spring 1957) with one more member."""
    text = TINY.read_text(encoding="utf-8")
    anchor = "  policies:\n"
    text = text.replace(anchor, member_line + anchor, 1)
    path = tmp_path / "tiny.yaml"
    path.write_text(text, encoding="utf-8")
    return build_world(load_scenario(path))


ZHUKOV = ("    - {id: zhukov, name: Georgy Zhukov, role: Marshal, faction: military, loyalty: 10,\n"
          "       candidate_until: 1957-06-29, sources: [country-study]}\n")


def test_a_candidate_sits_but_neither_votes_nor_counts_in_the_meter(tmp_path):
    world = world_with(tmp_path, ZHUKOV)
    game = Game(world, seed=1)
    zhukov = game.state.members[world.member_index["zhukov"]]
    assert zhukov.sitting and not zhukov.voting
    # The meter is the mean of the three full members, as without him.
    assert game.state.values[INDEX["presidium"]] == pytest.approx((50 + 50 + 70) / 3)
    game.advance()  # summer 1957: the plot
    game.choose("plot", "appeal")  # the old guard falls to 35: 2 of 3 voters against
    game.advance()
    [vote] = game.state.votes
    assert vote.against == ["molotov", "malenkov"] and vote.supporting == ["mikoyan"]
    assert "zhukov" not in vote.against + vote.supporting


def test_a_candidate_becomes_a_full_member_after_the_turn_of_the_date(tmp_path):
    world = world_with(tmp_path, ZHUKOV)
    game = Game(world, seed=1)
    zhukov = game.state.members[world.member_index["zhukov"]]
    game.advance()  # summer 1957, which contains 29 June: still a candidate for its events
    assert not zhukov.voting
    game.choose("plot", "concede")
    game.advance()  # autumn 1957
    assert zhukov.voting
    voters = [m.loyalty for m in game.state.members if m.sitting]
    assert game.state.values[INDEX["presidium"]] == pytest.approx(sum(voters) / len(voters))
    lines = [text for _, text in news_lines(world, game.state)]
    assert "Georgy Zhukov becomes a full member of the Presidium, with a vote." in lines


def test_loyalty_effects_reach_a_candidate(tmp_path):
    world = world_with(tmp_path, ZHUKOV)
    game = Game(world, seed=1)
    zhukov = game.state.members[world.member_index["zhukov"]]
    before = game.state.values[INDEX["presidium"]]
    shift_loyalty(None, None, 5, game.state, "test")
    assert zhukov.loyalty == 15
    assert game.state.values[INDEX["presidium"]] == pytest.approx(before + 5)


def test_a_day_inside_a_turn_seats_a_member_from_the_next_turn(tmp_path):
    world = world_with(tmp_path, (
        "    - {id: kuusinen, name: Otto Kuusinen, role: Veteran, faction: apparatus, "
        "loyalty: 60,\n       joins: 1957-06-29, sources: [country-study]}\n"))
    spec = world.members[world.member_index["kuusinen"]]
    assert spec.joins == world.calendar.turn_of("1957-09")
    # A month still means the turn containing it (Brezhnev joins in autumn 1957).
    assert world.members[world.member_index["brezhnev"]].joins == world.calendar.turn_of(
        "1957-09")


def test_the_presidium_lists_a_candidate_as_one_in_text_mode(tmp_path):
    world = world_with(tmp_path, ZHUKOV)
    out = io.StringIO()
    ui = TextUI(Game(world, 1), lambda prompt: "", out)
    ui.status()
    assert "Georgy Zhukov (candidate, no vote)" in out.getvalue()


def test_the_window_lists_a_candidate_as_one(tmp_path, thaw_home):
    from game.ui.screens.common import CANDIDATE
    from game.ui.session import Session
    from tests.ui.helpers import install_tiny, make_app

    world = world_with(tmp_path, ZHUKOV)
    install_tiny(thaw_home)
    app = make_app()
    playing.start(app, Session(world, Game(world, 1), "Tester"))
    app.step(0.016)
    assert app.top.name == "turn"
    assert ("Georgy Zhukov", 10, CANDIDATE) in app.top.panels.member_rows
