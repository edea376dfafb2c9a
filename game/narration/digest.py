"""Short accounts of stretches of a game the player did not decide in: a digest of quiet turns
(folded into the next card instead of a screen each) and a chapter's summary at its end."""

from __future__ import annotations

from dataclasses import dataclass

from game.narration.debrief import Move, moves, player_path
from game.narration.news import news_lines
from game.narration.words import LABELS
from game.sim.chapters import begins_chapter, chapter_turns
from game.sim.engine import Game
from game.sim.stats import METERS, STATS

TOP_MOVES = 4


@dataclass(frozen=True)
class QuietTurn:
    """One turn with nothing to decide: its date, its news, and what moved the most, and why."""

    turn: int
    label: str
    news: tuple[str, ...]
    moves: tuple[Move, ...]


def quiet_turn(game: Game, turn: int) -> QuietTurn:
    """One turn's digest: its news, and what moved the most, and why."""
    world, state = game.world, game.state
    moved = moves(world, [c for c in state.causes if c[0] == turn])
    return QuietTurn(turn, world.calendar.label(turn),
                     tuple(text for _, text in news_lines(world, state, turn)),
                     tuple(moved[:TOP_MOVES]))


def quiet_turns(game: Game, since: int) -> list[QuietTurn]:
    """The turns from `since` up to (not including) the present one, as a digest."""
    return [quiet_turn(game, turn) for turn in range(since, game.turn)]


@dataclass(frozen=True)
class ChapterSummary:
    title: str
    first: str  # the first turn's label
    last: str  # the last turn's label
    decisions: tuple[tuple[str, str, bool | None], ...]  # (title, your choice, as Khrushchev?)
    meters: tuple[tuple[str, float, float], ...]  # (stat, at the start, at the end)


def chapter_summary(game: Game, title: str, turns: range) -> ChapterSummary:
    """What happened in a chapter: the decisions taken in it and how the meters moved."""
    world = game.world
    steps = [s for s in player_path(game) if s.turn in turns]
    history = dict(game.history)
    before = history.get(turns.start - 1, history.get(turns.start))
    end = history.get(min(turns.stop - 1, game.turn), game.state.values)
    meters = []
    if before is not None:
        for stat in METERS:
            i = STATS.index(stat)
            meters.append((stat, before[i], end[i]))
    return ChapterSummary(title, world.calendar.label(turns.start),
                          world.calendar.label(min(turns.stop - 1, world.last_turn)),
                          tuple((s.title, s.chosen_label, s.followed) for s in steps),
                          tuple(meters))


@dataclass(frozen=True)
class ChapterEnd:
    """A chapter just finished: what happened in it, and the chapter that begins now."""

    summary: ChapterSummary
    number: int  # the finished chapter's, counted from 1
    next_title: str
    next_brief: str
    next_minutes: int


def chapter_end(game: Game) -> ChapterEnd | None:
    """The chapter the game has just finished, when its present turn is the first of the next
    (None otherwise, and once the game is over)."""
    world = game.world
    chapter_id = begins_chapter(world, game.turn)
    if chapter_id is None or game.ending is not None:
        return None
    chapters = world.scenario.info.chapters
    index = [c.id for c in chapters].index(chapter_id)
    done, now = chapters[index - 1], chapters[index]
    summary = chapter_summary(game, done.title, chapter_turns(world, index - 1))
    return ChapterEnd(summary, index, now.title, now.brief, now.minutes)


def decision_line(title: str, chosen: str, followed: bool | None) -> str:
    """One decision of a chapter as the summary words it, beside Khrushchev's."""
    beside = {True: " (as Khrushchev chose)", False: " (Khrushchev chose otherwise)"}
    joint = " " if title.endswith(("?", "!")) else ": "
    return f"{title}{joint}{chosen}{beside.get(followed, '')}"


def meter_line(stat: str, start: float, end: float) -> str:
    """How a meter moved over a chapter."""
    return f"{LABELS[stat]}: {start:.0f} to {end:.0f}"
