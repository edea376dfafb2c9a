"""Every text the player is shown, at each point of a game, as the window and text mode show it.

The front ends word the game through this package; these functions list what they show at each
point, so that checks over thousands of games (the claims check, the repeated-text check) read
exactly what a player reads:

    at_turn_start(game)             the open decisions (situation, options) and the turn's news
    after_choice(game, news, causes)  what a choice brought: news lines and what moved, and why
    at_end(game)                    the ending: the epilogue, its text, how the vote went
"""

from __future__ import annotations

from game.narration.cards import open_cards
from game.narration.endings import ending_words
from game.narration.news import news_lines
from game.narration.threats import threat_warning
from game.narration.words import cause_label
from game.sim.engine import Game

Shown = list[tuple[str, str]]  # (where, text)


def at_turn_start(game: Game) -> Shown:
    """What the player is shown as a turn begins: the turn's news, the news items in full, the open
    cards (situation, voices, options) and any warning."""
    world, state = game.world, game.state
    shown: Shown = [(f"news {world.calendar.label(t)}", text)
                    for t, text in news_lines(world, state, game.turn)]
    for event_id, fired in state.fired.items():
        event = world.events[event_id]
        if fired == game.turn and event.kind == "news":
            shown.append((f"{event_id}.text", world.texts.say(event.model, "text", state)))
    for card in open_cards(game):
        shown.append((f"{card.id}.text", card.text))
        for said in card.voices:
            shown.append((f"{card.id}.voice.{said.speaker}", said.line))
        for option in card.options:
            shown.append((f"{card.id}.{option.id}.label", option.label))
            if not option.available and option.unavailable:
                shown.append((f"{card.id}.{option.id}.unavailable", option.unavailable))
    warning = threat_warning(game)
    if warning:
        shown.append(("warning", warning))
    return shown


def after_choice(game: Game, news_before: int, causes_before: int) -> Shown:
    """What the player is shown after a choice or the end of a turn: the news it brought, and the
    causes of what moved."""
    world, state = game.world, game.state
    shown: Shown = [("news", text) for _, text in news_lines(world, state, start=news_before)]
    labels = dict.fromkeys(cause_label(world, cause) for _, _, _, cause in
                           state.causes[causes_before:])
    shown += [("why", label) for label in labels]
    return shown


def at_end(game: Game) -> Shown:
    """What the player is shown at the end: the epilogue of their acts and the ending's text."""
    if game.ending is None:
        return []
    words = ending_words(game.world, game.state, game.ending)
    shown: Shown = [(f"{words.id}.epilogue", act) for act in words.epilogue]
    shown.append((f"{words.id}.text", words.text))
    return shown
