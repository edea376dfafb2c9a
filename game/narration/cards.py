"""The decision cards in words: what the player reads on an open decision and its options.

The engine hands out open decisions by id (`Game.decisions()`); this module words them from the
scenario, for the window and text mode alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.content.sources import source_ids
from game.narration.risks import delay, risks
from game.narration.words import expected_text
from game.sim.engine import DecisionView, Game


@dataclass(frozen=True)
class OptionCard:
    id: str
    label: str
    historical: bool  # shown to the player only after the choice
    available: bool
    unavailable: str | None
    expect: str  # what the option is expected to do, and when the later changes land
    risks: tuple[str, ...]  # its gambles, in words and numbers


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    text: str
    image: str | None
    date: str | None
    options: tuple[OptionCard, ...]
    sources: tuple[str, ...]  # source ids, with the marker if it goes beyond the documents


def card(game: Game, view: DecisionView) -> Card:
    """An open decision, worded as the game stands."""
    world, state = game.world, game.state
    say = world.texts.say
    event = world.events[view.id]
    m = event.model
    options = []
    for o in view.options:
        model = event.options[o.id].model
        now, later = game.preview(view.id, o.id)
        expect = expected_text(now, later)
        landing = delay(world, state, model)
        if landing:
            expect += f" ({landing})"
        options.append(OptionCard(o.id, say(model, "label", state), o.historical, o.available,
                                  say(model, "unavailable", state) or None, expect,
                                  tuple(risks(world, state, model))))
    return Card(m.id, m.title, say(m, "text", state), m.image, view.date, tuple(options),
                tuple(source_ids(m)))


def open_cards(game: Game) -> list[Card]:
    """The decisions open now, worded, in the order they arrived."""
    return [card(game, view) for view in game.decisions()]
