"""Many games at once: how often each ending comes, and where the meters stand along the way.

Used by the balance table (`make balance`), the calibration tests and `thaw simulate`.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from game.sim.bots import Bot, play
from game.sim.engine import Game
from game.sim.stats import INDEX
from game.sim.world import World


@dataclass
class Survey:
    world: World
    runs: int = 0
    endings: Counter = field(default_factory=Counter)
    ended: Counter = field(default_factory=Counter)  # (ending, YYYY-MM) -> count
    # values[turn] -> list of value tuples at the close of that turn, one per game still running
    values: dict[int, list[tuple[float, ...]]] = field(default_factory=dict)
    fired: Counter = field(default_factory=Counter)  # event id -> games it came up in
    chosen: Counter = field(default_factory=Counter)  # (decision, option) -> games it was taken
    # Each game as summarised, in seed order: the documented course (tools/checkpoints.py) asks
    # of every game who voted how, and when a seat changed hands.
    games: list[GameSummary] = field(default_factory=list)

    def share(self, predicate: Callable[[str], bool]) -> float:
        """The share of games whose ending passes a test."""
        hits = sum(n for ending, n in self.endings.items() if predicate(ending))
        return hits / self.runs if self.runs else 0.0

    def outcome_share(self, outcome: str) -> float:
        """The share of games that ended in this outcome (survived, ousted, removed, war)."""
        outcomes = self.world.outcomes
        return self.share(lambda e: outcomes[e] == outcome)

    def median(self, date: str, stat: str) -> float | None:
        """The median of a stat at the close of the turn containing `date`, over the games still
        running then (None if none are)."""
        turn = self.world.calendar.turn_of(date)
        rows = self.values.get(turn, []) if turn is not None else []
        if not rows:
            return None
        return statistics.median(row[INDEX[stat]] for row in rows)


    def add(self, game: GameSummary) -> None:
        """Counts one game in."""
        self.runs += 1
        self.endings[game.ending] += 1
        self.ended[(game.ending, game.ending_date)] += 1
        for turn, values in game.history:
            self.values.setdefault(turn, []).append(values)
        self.fired.update(game.fired)
        self.chosen.update(game.chosen)
        self.games.append(game)


@dataclass(frozen=True)
class GameSummary:
    """What a survey keeps of one game (small, and plain data: it crosses between processes)."""

    seed: int
    ending: str | None
    ending_date: str | None
    turns: int
    history: tuple[tuple[int, tuple[float, ...]], ...]
    fired: tuple[str, ...]
    chosen: tuple[tuple[str, str], ...]
    # (turn, against, supporting, outcome) of each removal vote (see `Vote.outcome`)
    votes: tuple[tuple[int, tuple[str, ...], tuple[str, ...], str], ...] = ()
    # (turn, member id, change) of each seat that changed hands (the news' "seat" details)
    seats: tuple[tuple[int, str, str], ...] = ()
    fired_turns: tuple[tuple[str, int], ...] = ()  # (event id, the turn it last came up)


def summarise(game: Game) -> GameSummary:
    """What a survey keeps of a finished game."""
    state = game.state
    turns = state.ending_turn + 1 if state.ending_turn is not None else game.turn
    return GameSummary(game.seed, state.ending, state.ending_date, turns, tuple(game.history),
                       tuple(state.fired), tuple(state.chosen.items()),
                       tuple((v.turn, tuple(v.against), tuple(v.supporting), v.outcome)
                             for v in state.votes),
                       tuple((n.turn, n.subject, n.detail) for n in state.news if n.kind == "seat"),
                       tuple(state.fired.items()))


def survey(world: World, make_bot: Callable[[int], Bot], seeds: Iterable[int]) -> Survey:
    """Plays a game for each seed and counts them all in (in one process; `game.surveys` runs
    the same on every core, with the same result)."""
    result = Survey(world)
    for seed in seeds:
        result.add(summarise(play(Game(world, seed), make_bot(seed))))
    return result
