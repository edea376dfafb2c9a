"""Limits that bite (scenarios/campaign/60-limits.yaml): a campaign meter held at its floor brings
its own crisis the next season, and its rule drains while it lasts."""

from __future__ import annotations

import pytest

from game.content import catalog
from game.content.build import build_world
from game.sim.bots import make_bot, play_turn
from game.sim.engine import Game
from game.sim.stats import INDEX


@pytest.fixture(scope="module")
def world():
    return build_world(catalog.find("campaign"))


def game_in_1959(world) -> Game:
    """Khrushchev's own path to the spring of 1959, past the cards that shut the limits out."""
    game, bot = Game(world, 3), make_bot("historical", 3)
    while game.date_label != "Spring 1959":
        play_turn(game, bot)
    assert game.state.ending is None
    return game


def decide_and_advance(game: Game) -> None:
    bot = make_bot("historical", 3)
    while game.pending:
        decision = game.pending[0]
        game.choose(decision, bot.pick(game, decision, game.available_options(decision)))
    game.advance()


@pytest.mark.parametrize("stat,level,card,rule", [
    ("living_standards", 0, "strike-wave", "strikes-spread"),
    ("bloc_unity", 2, "bloc-revolt", "bloc-in-revolt"),
    ("prestige", 2, "isolated", "isolation"),
    ("industry", 5, None, "economy-stalls"),
])
def test_a_meter_at_its_floor_brings_its_crisis(world, stat, level, card, rule):
    game = game_in_1959(world)
    game.state.values[INDEX[stat]] = level
    decide_and_advance(game)
    if card is not None:
        assert card in game.pending
    assert any(cause == f"rule:{rule}" for _, _, _, cause in game.state.causes)


def test_with_the_organs_broken_a_turned_majority_moves_without_warning(world):
    game = game_in_1959(world)
    state = game.state
    state.values[INDEX["security"]] = 2
    for member in state.seated:
        member.loyalty = 10
    votes = len(state.votes)
    decide_and_advance(game)  # the majority turns at this turn's end; the next season opens
    assert state.fired.get("blind-organs") == game.turn or state.ending is not None
    assert len(state.votes) > votes
