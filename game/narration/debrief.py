"""The debrief's numbers: the player's path beside Khrushchev's, the rules that decided the ending,
and what moved the meters between two points of a game.

Pure: no pygame, no files. The window's debrief and after-choice screens use it, and so can the
classroom reports.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.content import conditions as c
from game.narration.words import REMOVING, cause_label, cause_parts, cause_sources, option_label
from game.sim.engine import command_turns
from game.sim.stats import HIGH_IS_BAD, METER_GROUPS, METERS, STATS

if TYPE_CHECKING:
    from game.sim.engine import Game
    from game.sim.state import Cause
    from game.sim.world import World

PARTY: tuple[str, ...] = METER_GROUPS["Party"]
# Outcomes the removal vote decides: surviving to the end means no vote could remove you.
VOTED = ("survived", "ousted", "removed")


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


def times(n: int) -> str:
    """How often, as it is said: "once", "twice", "3 times"."""
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def decisions(n: int) -> str:
    """ "1 decision", "9 decisions"."""
    return f"{n} decision{'s' * (n != 1)}"


def path_beside(steps: list[PathStep], who: str) -> str | None:
    """How a path went beside Khrushchev's where his choice is known, as a sentence about `who`
    ("yours", "this student's"): "... (9 decisions), yours was the same once and different 8
    times." None when no choice of his is marked. The debrief and the teacher's screen say it
    alike."""
    marked = [s for s in steps if s.followed is not None]
    if not marked:
        return None
    same = sum(1 for s in marked if s.followed)
    other = len(marked) - same
    if len(marked) == 1:
        how = "the same" if same else "different"
    elif not other:
        how = "the same every time"
    elif not same:
        how = "different every time"
    else:
        how = f"the same {times(same)} and different {times(other)}"
    return f"Where Khrushchev's own choice is known ({decisions(len(marked))}), {who} was {how}."


def chose_as_khrushchev(historical: int, with_history: int) -> str:
    """A student's line on the teacher's screen: "chose as Khrushchev did in 1 of 9 decisions"
    (counted over the decisions where his choice is known)."""
    if not with_history:
        return "no decision with Khrushchev's own choice known"
    return f"chose as Khrushchev did in {historical} of {decisions(with_history)}"


# Quantities that are neither good nor bad news in themselves (see `Move.good`).
NEITHER = frozenset({"openness"})


@dataclass(frozen=True)
class Move:
    """The net change of one stat by one cause."""

    stat: str
    cause: str
    delta: float
    label: str
    sources: tuple[str, ...]
    head: str = ""  # what the cause was (a choice, a rule), without how it came out
    details: tuple[str, ...] = ()  # how it came out: a chance drawn or not, a member removed

    @property
    def good(self) -> bool:
        """Whether the move was good for the player (for nuclear tension and reversals, a fall
        is). The openness of the thaw is neither: a rise wins writers and friends abroad and
        worries the old guard, so it is never shown as bad news (that would tell a student what
        to value)."""
        if self.stat in NEITHER:
            return True
        return (self.delta < 0) if self.stat in HIGH_IS_BAD else (self.delta > 0)


@dataclass(frozen=True)
class DecidingCause:
    """A cause ranked by how much it moved the meters that decided the ending."""

    cause: str
    label: str
    sources: tuple[str, ...]
    weight: float  # sum over the deciding stats of |net change|
    net: float  # signed: above 0 helped the player, below 0 hurt
    stats: dict[str, float]  # net change per deciding stat


def player_path(game: Game) -> list[PathStep]:
    """Every decision taken, in order, with the option marked historical beside the player's."""
    world = game.world
    steps = []
    for turn, command in zip(command_turns(game.log), game.log, strict=True):
        if command.get("cmd") == "choose":
            event = world.events[command["decision"]]
            historical = event.historical
            steps.append(PathStep(
                turn, world.calendar.label(turn), event.id, event.model.title, command["option"],
                option_label(world, event.id, command["option"]), historical,
                option_label(world, event.id, historical) if historical else None))
    return steps


def _meters_in(conditions: list, found: set[str]) -> None:
    """The meters a list of conditions tests (a test of the Presidium's members is a test of the
    Presidium meter)."""
    for condition in conditions:
        for inner in c.walk(condition):
            if isinstance(inner, c.MeterCondition) and inner.stat in METERS:
                found.add(inner.stat)
            elif isinstance(inner, (c.PresidiumAgainstCondition, c.MemberCondition,
                                    c.PlotCondition)):
                found.add("presidium")


def ending_stats(world: World, ending: str | None) -> tuple[str, ...]:
    """The meters that decide an ending, read from the scenario itself: those the ending's own
    conditions test; for anything the removal vote decides (an ouster, or surviving to the end),
    the Presidium, the Central Committee and the meters the appeal depends on; for a war, nuclear
    tension. Quantities (openness, soil, reversals) act through the meters, so they are left out.
    """
    found: set[str] = set()
    model = world.endings.get(ending) if ending else None
    if model is not None:
        _meters_in([*model.trigger, *model.final_when], found)
    if model is None or model.outcome in VOTED or ending == world.vote.fallen_ending:
        found |= {"presidium", "central_committee"}
        _meters_in(world.scenario.info.removal_vote.appeal.blocked_when, found)
    if model is not None and model.outcome == "war":
        found.add("nuclear_tension")
    return tuple(m for m in METERS if m in found)


def _base(cause: str) -> str:
    """A cause without its detail (`ev/opt: a good gamble` -> `ev/opt`; `vote:survived
    (removing molotov)` -> `vote:survived`)."""
    return cause.partition(": ")[0].partition(REMOVING)[0]


def rank_causes(world: World, changes: Iterable[tuple[str, float, str]],
                stats: tuple[str, ...], top: int = 5) -> list[DecidingCause]:
    """The causes whose net change on `stats` over the game was largest, biggest first.

    `changes` are (stat, delta, cause) from a game's `state.causes` or a run record's `causes`.
    Net, not gross: a harvest that gave ten one year and took ten the next decided nothing. Causes
    a player reads as the same (the vote, and the removals it brought) are one; the starting
    position is where the player began, not something that happened.
    """
    wanted = set(stats)
    per_stat: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    first: dict[str, str] = {}
    labels: dict[str, str] = {}
    for stat, delta, cause in changes:
        if stat not in wanted:
            continue
        base = _base(cause)
        if base == "start":
            continue
        label = labels.get(base)
        if label is None:
            label = labels[base] = cause_label(world, base)
        first.setdefault(label, base)
        per_stat[label][stat] += delta
    ranked = []
    for label, moved in per_stat.items():
        net_per_stat = {s: round(moved[s], 1) + 0.0 for s in stats
                        if abs(moved.get(s, 0.0)) >= 0.05}
        weight = round(sum(abs(v) for v in moved.values()), 1)
        if weight < 0.5:
            continue
        net = sum(-d if s in HIGH_IS_BAD else d for s, d in net_per_stat.items())
        base = first[label]
        ranked.append(DecidingCause(base, label, tuple(cause_sources(world, base)), weight,
                                    round(net, 1), net_per_stat))
    ranked.sort(key=lambda d: (-d.weight, d.cause))
    return ranked[:top]


def deciding_causes(game: Game, stats: tuple[str, ...] | None = None,
                    top: int = 5) -> list[DecidingCause]:
    """The causes that decided the game's ending (or, unfinished, where it stands)."""
    if stats is None:
        stats = ending_stats(game.world, game.state.ending)
    return rank_causes(game.world, ((STATS[i], d, c) for _, i, d, c in game.state.causes),
                       stats, top)


def moves(world: World, causes: list[Cause], minimum: float = 0.05) -> list[Move]:
    """Net change per (stat, cause) in a slice of `state.causes`, biggest first.

    The after-choice screen passes the causes recorded since the choice; a season summary passes
    those of one turn.
    """
    sums: dict[tuple[int, str], float] = defaultdict(float)
    for _, index, delta, cause in causes:
        sums[(index, cause)] += delta
    result = [Move(STATS[i], c, d, cause_label(world, c), tuple(cause_sources(world, c)),
                   *cause_parts(world, c))
              for (i, c), d in sums.items() if abs(d) >= minimum]
    result.sort(key=lambda m: (-abs(m.delta), m.stat, m.cause))
    return result


def turn_moves(game: Game, turn: int) -> list[Move]:
    """What moved the meters in one turn."""
    return moves(game.world, [c for c in game.state.causes if c[0] == turn])
