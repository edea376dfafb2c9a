"""Chapters: parts of a long scenario that each fit a lesson.

A chapter runs from its first turn to the next chapter's; a game is one game across them, so a
class plays chapter 1 in one lesson and goes on from the same save in the next. A class that
begins at a later chapter starts from Khrushchev's own path: the game, with its seed, replayed
along the historical choices up to the chapter's first turn (its log holds those choices, so the
run record says so).
"""

from __future__ import annotations

from game.sim.bots import HistoricalBot, play_turn
from game.sim.engine import Game
from game.sim.world import World


def chapter_of(world: World, turn: int) -> int | None:
    """The index of the chapter a turn belongs to (None: the scenario has none)."""
    index = None
    for i, (_, start) in enumerate(world.chapters):
        if turn >= start:
            index = i
    return index


def chapter_turns(world: World, index: int) -> range:
    """The turns of a chapter."""
    start = world.chapters[index][1]
    end = world.chapters[index + 1][1] if index + 1 < len(world.chapters) else world.last_turn + 1
    return range(start, end)


def begins_chapter(world: World, turn: int) -> str | None:
    """The id of the chapter that begins with this turn, if one does (never the first)."""
    for chapter_id, start in world.chapters[1:]:
        if start == turn:
            return chapter_id
    return None


def begin_at(world: World, seed: int, chapter_id: str) -> Game:
    """A game of this seed brought to the first turn of a chapter along Khrushchev's own path
    (his choices and his standing policies), ready for the player's first decision there."""
    start = dict(world.chapters)[chapter_id]
    game = Game(world, seed)
    bot = HistoricalBot(seed)
    while game.ending is None and game.turn < start:
        play_turn(game, bot)
    if game.ending is not None:
        raise ValueError(f"Khrushchev's path ends before chapter {chapter_id!r} with this seed")
    return game
