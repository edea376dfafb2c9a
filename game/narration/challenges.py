"""Challenges: goals a player sets themselves for another game ("reach 1964 without building the
Berlin Wall"), each a constraint on how to play, never a hint. A scenario lists them
(`challenges:` in its header); this module says which a finished game has met."""

from __future__ import annotations

from game.sim.engine import Game
from game.sim.stats import INDEX


def _within(bound, value: float) -> bool:
    return (bound.above is None or value > bound.above) and \
        (bound.below is None or value < bound.below)


def met(game: Game, challenge) -> bool:
    """Whether a finished game met a challenge: its outcome, its conditions at the end, and its
    meters within their bounds at every turn's end."""
    world, state = game.world, game.state
    if game.ending is None:
        return False
    if challenge.outcome is not None and world.outcomes[game.ending] != challenge.outcome:
        return False
    if not world.texts.holds(challenge, "when", state):
        return False
    rows = [values for _, values in game.history] + [tuple(state.values)]
    return all(_within(bound, values[INDEX[bound.stat]])
               for bound in challenge.always for values in rows)


def challenges_met(game: Game) -> list:
    """The scenario's challenges this finished game met, in the scenario's order."""
    return [c for c in game.world.scenario.info.challenges if met(game, c)]
