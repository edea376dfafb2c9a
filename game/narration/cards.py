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
class Said:
    """A line said on a card: who says it (an id, for a portrait), their name, and the line."""

    speaker: str
    name: str
    line: str


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    text: str
    image: str | None
    date: str | None
    options: tuple[OptionCard, ...]
    sources: tuple[str, ...]  # source ids, with the marker if it goes beyond the documents
    voices: tuple[Said, ...] = ()  # people who speak before the choice


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
                                  tuple(risks(world, state, model, now))))
    return Card(m.id, m.title, say(m, "text", state), m.image, view.date, tuple(options),
                tuple(source_ids(m)), tuple(voices(game, m)))


VOICES = 3  # at most this many people speak on one card


def voices(game: Game, event) -> list[Said]:
    """The people who speak on a card now: those whose conditions hold and who are there to say
    it (a member who has left the Presidium says nothing), the first three."""
    world, state = game.world, game.state
    said = []
    for voice in event.voices:
        index = world.member_index.get(voice.speaker)
        if index is not None and not state.members[index].sitting:
            continue
        if not world.texts.holds(voice, "when", state):
            continue
        said.append(Said(voice.speaker, speaker_name(world, voice.speaker),
                         world.texts.say(voice, "says", state)))
        if len(said) == VOICES:
            break
    return said


def speaker_name(world, speaker: str) -> str:
    """A speaker's name: a member's as the scenario gives it, else the reference's person, else
    the id in words."""
    index = world.member_index.get(speaker)
    if index is not None:
        return world.members[index].model.name
    return speaker.replace("-", " ").title()


def card_count(game: Game) -> tuple[int, int]:
    """Which decision of this turn the first open one is, and of how many: those already taken
    this turn count too ("2 of 3" after one choice, not "1 of 2")."""
    taken = 0
    for command in reversed(game.log):
        if command.get("cmd") == "advance":
            break
        taken += command.get("cmd") == "choose"
    return taken + 1, taken + len(game.pending)


def open_cards(game: Game) -> list[Card]:
    """The decisions open now, worded, in the order they arrived."""
    return [card(game, view) for view in game.decisions()]
