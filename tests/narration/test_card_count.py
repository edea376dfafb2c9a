"""The card's "Decision N of M" counts up through a turn: the decisions already taken this turn
count (a play-test read "1 of 3, 1 of 2, 1 of 1" as the game counting down)."""

from __future__ import annotations

from game.content import catalog
from game.content.build import build_world
from game.narration.cards import card_count
from game.sim.engine import Game


def test_decisions_are_numbered_through_the_turn():
    world = build_world(catalog.find("campaign"))
    game = Game(world, 7)
    seen = 0
    while game.ending is None and seen < 5:
        total = len(game.pending)
        for number in range(1, total + 1):
            assert card_count(game) == (number, total)
            decision = game.pending[0]
            game.choose(decision, game.available_options(decision)[0])
        seen += total > 1
        game.advance()
    assert seen == 5  # five turns with more than one decision
