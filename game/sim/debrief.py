"""The debrief's numbers: the player's path beside Khrushchev's, the rules that decided the ending,
and what moved the meters between two points of a game.

Pure: no pygame, no files. The window's debrief and after-choice screens use it, and so can the
classroom reports.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.sim.explain import cause_label, cause_sources
from game.sim.stats import HIGH_IS_BAD, METER_GROUPS, STATS

if TYPE_CHECKING:
    from game.sim.engine import Game
    from game.sim.state import Cause
    from game.sim.world import World

PARTY: tuple[str, ...] = METER_GROUPS["Party"]
# When an ending names no meter in its conditions, these are the ones that decide it.
OUTCOME_STATS: dict[str, tuple[str, ...]] = {
    "survived": PARTY,
    "ousted": PARTY,
    "removed": PARTY,
    "war": ("nuclear_tension", "prestige", "bloc_unity", "military"),
}


@dataclass(frozen=True)
class PathStep:
    """One decision taken: the player's option beside the historical one."""

    turn: int
    date_label: str
    decision: str
    title: str
    chosen: str
    chosen_label: str
    historical: str | None
    historical_label: str | None

    @property
    def followed(self) -> bool | None:
        """True if the player chose as Khrushchev did; None if no option is marked historical."""
        return None if self.historical is None else self.chosen == self.historical


@dataclass(frozen=True)
class Move:
    """The net change of one stat by one cause."""

    stat: str
    cause: str
    delta: float
    label: str
    sources: tuple[str, ...]

    @property
    def good(self) -> bool:
        return (self.delta < 0) if self.stat in HIGH_IS_BAD else (self.delta > 0)


@dataclass(frozen=True)
class DecidingCause:
    """A cause ranked by how much it moved the meters that decided the ending."""

    cause: str
    label: str
    sources: tuple[str, ...]
    weight: float  # sum of |delta| over the deciding stats
    net: float  # signed: above 0 helped the player, below 0 hurt
    stats: dict[str, float]  # net delta per deciding stat


def player_path(game: Game) -> list[PathStep]:
    """Every decision taken, in order, with the option marked historical beside the player's."""
    world = game.world
    turn = 0
    steps = []
    for command in game.log:
        kind = command.get("cmd")
        if kind == "advance":
            turn += 1
        elif kind == "choose":
            event = world.events[command["decision"]]
            chosen = event.options.get(command["option"])
            historical = event.historical
            steps.append(PathStep(
                turn, world.calendar.label(turn), event.id, event.model.title, command["option"],
                chosen.model.label if chosen else command["option"], historical,
                event.options[historical].model.label if historical else None))
    return steps


def _stats_in(node: object, found: set[str]) -> None:
    """Every stat named under a `stat` key anywhere in a dumped condition list."""
    if isinstance(node, dict):
        value = node.get("stat")
        if isinstance(value, str) and value in STATS:
            found.add(value)
        for child in node.values():
            _stats_in(child, found)
    elif isinstance(node, list):
        for child in node:
            _stats_in(child, found)


def ending_stats(world: World, ending: str) -> tuple[str, ...]:
    """The stats that decide an ending: those its conditions name, plus its outcome's usual ones."""
    model = world.endings[ending]
    found: set[str] = set(OUTCOME_STATS.get(model.outcome, PARTY))
    _stats_in([c.model_dump() for c in (*model.trigger, *model.final_when)], found)
    return tuple(s for s in STATS if s in found)


def _base(cause: str) -> str:
    """A cause without its detail (`ev/opt: a good gamble` -> `ev/opt`)."""
    return cause.partition(": ")[0]


def deciding_causes(game: Game, stats: tuple[str, ...] | None = None,
                    top: int = 5) -> list[DecidingCause]:
    """The causes that moved `stats` most over the whole game (by sum of |delta|), biggest first.

    `stats` defaults to those that decide the game's ending (or the Party meters if it has none).
    The starting position is left out: it is where the player began, not what they did.
    """
    world, state = game.world, game.state
    if stats is None:
        stats = ending_stats(world, state.ending) if state.ending else PARTY
    wanted = {STATS.index(s) for s in stats}
    # Grouped by what the player reads: causes that differ only in detail are one cause.
    labels: dict[str, str] = {}
    first: dict[str, str] = {}
    weight: dict[str, float] = defaultdict(float)
    per_stat: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for _, index, delta, cause in state.causes:
        if index not in wanted:
            continue
        base = _base(cause)
        if base == "start":
            continue
        label = labels.get(base)
        if label is None:
            label = labels[base] = cause_label(world, base)
        first.setdefault(label, base)
        weight[label] += abs(delta)
        per_stat[label][STATS[index]] += delta
    ranked = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    result = []
    for label, total in ranked:
        moved = {s: round(d, 2) + 0.0 for s, d in per_stat[label].items()}
        net = sum(-d if s in HIGH_IS_BAD else d for s, d in moved.items())
        base = first[label]
        result.append(DecidingCause(base, label, tuple(cause_sources(world, base)),
                                    round(total, 2), net, moved))
    return result


def moves(world: World, causes: list[Cause], minimum: float = 0.05) -> list[Move]:
    """Net change per (stat, cause) in a slice of `state.causes`, biggest first.

    The after-choice screen passes the causes recorded since the choice; a season summary passes
    those of one turn.
    """
    sums: dict[tuple[int, str], float] = defaultdict(float)
    for _, index, delta, cause in causes:
        sums[(index, cause)] += delta
    result = [Move(STATS[i], c, d, cause_label(world, c), tuple(cause_sources(world, c)))
              for (i, c), d in sums.items() if abs(d) >= minimum]
    result.sort(key=lambda m: (-abs(m.delta), m.stat, m.cause))
    return result


def turn_moves(game: Game, turn: int) -> list[Move]:
    """What moved the meters in one turn."""
    return moves(game.world, [c for c in game.state.causes if c[0] == turn])
