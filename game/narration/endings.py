"""An ending in words, as the game it ends has left things: the epilogue of the player's own key
acts, the ending's text as it reads in the final state, and the charges of 1964 beside the
player's own record. The window's debrief, text mode and the printed report all use it."""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.state import State
from game.sim.world import World

EPILOGUE = (3, 5)  # the fewest acts told when that many hold, and the most


@dataclass(frozen=True)
class EndingWords:
    id: str
    title: str
    outcome: str
    epilogue: tuple[str, ...]
    text: str
    lesson: str | None
    questions: tuple[str, ...]
    sources: tuple


def epilogue(world: World, state: State) -> list[str]:
    """The player's key acts: the weightiest that hold (at most five), in the order the scenario
    lists them."""
    texts = world.texts
    acts = [(i, act) for i, act in enumerate(world.scenario.acts)
            if texts.holds(act, "when", state)]
    chosen = sorted(acts, key=lambda ia: (-ia[1].weight, ia[0]))[:EPILOGUE[1]]
    return [texts.say(act, "text", state) for _, act in sorted(chosen, key=lambda ia: ia[0])]


def ending_words(world: World, state: State, ending_id: str) -> EndingWords:
    """The ending as it reads for this game."""
    model = world.endings[ending_id]
    return EndingWords(model.id, model.title, model.outcome, tuple(epilogue(world, state)),
                       world.texts.say(model, "text", state), model.lesson,
                       tuple(model.questions) + tuple(world.scenario.info.debrief.questions),
                       tuple(model.sources))


def charges(world: World, state: State | None) -> list[tuple[str, bool | None]]:
    """The charges of October 1964, each with whether it fits the player's own record (None:
    the scenario does not judge it, or there is no game to judge it by)."""
    out: list[tuple[str, bool | None]] = []
    for charge in world.scenario.info.debrief.charges:
        if isinstance(charge, str):
            out.append((charge, None))
        else:
            fits = (world.texts.holds(charge, "fits", state)
                    if charge.fits and state is not None else None)
            out.append((charge.text, fits))
    return out
