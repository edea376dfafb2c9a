"""The rules that decided an ending: which causes moved the meters that matter for that ending.

The meters that matter are read from the ending itself: those its trigger and `final_when` test,
plus the Presidium and the Central Committee for any ending the removal vote can bring (an
ouster, or surviving one), plus nuclear tension for a war. Each cause's net change on those
meters over the whole game is summed as a size; the largest few are the answer. Net, not gross:
a harvest that gave ten one year and took ten the next decided nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from game.content.sources import SOURCES
from game.sim import conditions as c
from game.sim import effects as e
from game.sim.explain import cause_label, cause_sources
from game.sim.stats import LABELS, METERS
from game.sim.world import World

# Causes whose parts differ only in the detail after ': ' (a draw's outcome, a chance's label)
# are one rule for this purpose.
DETAIL = ": "


@dataclass(frozen=True)
class SourceRef:
    id: str
    title: str


@dataclass
class DecidingCause:
    cause: str  # the cause id without the detail
    label: str
    size: float  # sum over the meters that matter of |net change|
    changes: dict[str, float] = field(default_factory=dict)  # meter -> net change
    sources: list[SourceRef] = field(default_factory=list)


@dataclass
class EndingAnalysis:
    ending: str | None
    meters: list[str]  # the meters that matter for this ending, in STATS order
    causes: list[DecidingCause]  # biggest first
    decided_by: str | None  # a decision or event that ended the game outright, as a label
    vote: dict | None  # the last removal vote, when the ending came from one


def meters_that_matter(world: World, ending_id: str) -> list[str]:
    ending = world.endings.get(ending_id)
    wanted: set[str] = set()
    if ending is not None:
        for condition in [*ending.trigger, *ending.final_when]:
            for inner in c.walk(condition):
                if isinstance(inner, c.MeterCondition):
                    wanted.add(inner.stat)
                elif isinstance(inner, (c.PresidiumAgainstCondition, c.MemberCondition,
                                        c.PlotCondition)):
                    wanted.add("presidium")
        if ending.outcome in ("ousted", "removed", "survived"):
            wanted |= {"presidium", "central_committee"}
        if ending.outcome == "war":
            wanted.add("nuclear_tension")
    if ending_id == world.vote.fallen_ending:
        wanted |= {"presidium", "central_committee"}
    if not wanted:
        wanted = {"presidium", "central_committee"}
    # Only meters: the quantities (soil, openness, reversals) act through the meters.
    return [m for m in METERS if m in wanted]


def _ending_effect(world: World, decision: str, option: str, ending_id: str) -> bool:
    event = world.events.get(decision)
    if event is None or option not in event.options:
        return False
    found = e.walk(event.options[option].model.effects)
    return any(isinstance(x, e.EndEffect) and x.ending == ending_id for x in found)


def analyse_ending(world: World, record: dict, top: int = 5) -> EndingAnalysis:
    """The few causes that decided the record's ending (or, unfinished, where it stood)."""
    ending = record.get("ending") or None
    ending_id = ending["id"] if ending else None
    if ending_id is not None:
        meters = meters_that_matter(world, ending_id)
    else:
        meters = ["presidium", "central_committee"]
    net: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for cause in record.get("causes", []):
        if cause.get("stat") in meters:
            base = str(cause["cause"]).partition(DETAIL)[0]
            net[base][cause["stat"]] += float(cause["delta"])
    # Causes a player reads as the same thing (the vote, and the removals it brought) are one.
    by_label: dict[str, tuple[str, dict[str, float]]] = {}
    for base in sorted(net):
        label = cause_label(world, base)
        _, changes = by_label.setdefault(label, (base, defaultdict(float)))
        for stat, delta in net[base].items():
            changes[stat] += delta
    ranked = []
    for label, (base, changes) in by_label.items():
        size = sum(abs(v) for v in changes.values())
        if size < 0.5:
            continue
        ordered = {m: round(changes[m], 1) for m in meters if abs(changes.get(m, 0.0)) >= 0.05}
        ranked.append(DecidingCause(base, label, round(size, 1), ordered,
                                    [SourceRef(s, SOURCES[s].title if s in SOURCES else s)
                                     for s in cause_sources(world, base)]))
    ranked.sort(key=lambda d: (-d.size, d.cause))

    decided_by = None
    vote = None
    if ending is not None:
        for taken in record.get("decisions", []):
            if taken.get("turn") == ending.get("turn") and _ending_effect(
                    world, taken["decision"], taken["option"], ending_id):
                decided_by = cause_label(world, f"{taken['decision']}/{taken['option']}")
        votes = record.get("votes") or []
        if votes and votes[-1].get("turn") == ending.get("turn") and not votes[-1].get("survived"):
            vote = votes[-1]
    return EndingAnalysis(ending_id, meters, ranked[:top], decided_by, vote)


def meter_label(stat: str) -> str:
    return LABELS.get(stat, stat)
