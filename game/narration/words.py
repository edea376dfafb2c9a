"""Words for numbers: what an option is expected to do, and why a meter moved.

Shared by the window, the text mode and the reports, so they all say the same thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.content.effects import NOT_DRAWN
from game.content.prose import neutral
from game.content.sources import source_ids
from game.sim.stats import STATS

if TYPE_CHECKING:
    from game.sim.world import World


# What the player calls each meter and quantity.
LABELS: dict[str, str] = {
    "presidium": "Presidium",
    "central_committee": "Central Committee",
    "military": "Military",
    "security": "Security organs",
    # How fast industry grows, not how much it makes: output rose all through these years, while
    # its growth slowed in the early 1960s (country-study: "Industrial growth had slowed").
    "industry": "Industrial growth",
    "agriculture": "Agriculture",
    "living_standards": "Living standards",
    "prestige": "World prestige",
    "bloc_unity": "Bloc unity",
    "nuclear_tension": "Nuclear tension",
    "openness": "Openness of the thaw",
    "soil": "Virgin Lands soil",
    "reversals": "Reversals",
}


def size_marks(delta: float) -> str:
    """Direction and rough size: + ++ +++ (or -), never the exact number."""
    size = abs(delta)
    if size < 0.5:
        return ""
    marks = 1 if size < 5 else 2 if size < 10 else 3
    return ("+" if delta > 0 else "-") * marks


def titled(title: str, text: str) -> str:
    """A title and what follows it: "The Beria question: Arrest him", but "Who rules after
    Stalin? Let Malenkov ..." (no colon after a question or an exclamation)."""
    return f"{title} {text}" if title.rstrip().endswith(("?", "!", ":")) else f"{title}: {text}"


def signed_change(delta: float, digits: int = 0) -> str | None:
    """A change as the player reads it, `+3` or `-1.5`: rounded first, then signed, so None
    when it rounds to nothing (never "+0" or "-0")."""
    rounded = round(delta, digits)
    if rounded == 0:
        return None
    return f"{rounded:+.{digits}f}"


def expected(now: list[float], later: list[float]) -> list[tuple[str, str, str]]:
    """[(stat, marks now, marks later)] for the stats an option moves, biggest first."""
    rows = []
    for i, stat in enumerate(STATS):
        a, b = size_marks(now[i]), size_marks(later[i])
        if a or b:
            rows.append((abs(now[i]) + abs(later[i]), stat, a, b))
    rows.sort(key=lambda r: -r[0])
    return [(stat, a, b) for _, stat, a, b in rows]


def expected_text(now: list[float], later: list[float]) -> str:
    """An option's expected effects in words: "Industrial growth +, ++ later; Military -"."""
    parts = []
    for stat, a, b in expected(now, later):
        text = LABELS[stat]
        if a:
            text += f" {a}"
        if b:
            text += f" {b} later" if not a else f", {b} later"
        parts.append(text)
    return "; ".join(parts) if parts else "no direct effect on the meters"


REMOVING = " (removing "


def dated(date_label: str, title: str) -> str:
    """A card's title after its date, without saying the date twice: "December 1956:
    December: the planners' counter-attack" reads "December 1956: the planners'
    counter-attack"."""
    head, colon, rest = title.partition(": ")
    if colon and rest and date_label.lower().startswith(head.lower()):
        return f"{date_label}: {rest}"
    return f"{date_label}: {title}"


def option_label(world: World, event_id: str, option_id: str | None, state=None) -> str:
    """An option's label: as it read in a game's state, or with none, in its neutral wording
    (lists that stand for every game, such as a class report's). An unknown option is its id."""
    if option_id is None:
        return "\u2014"
    event = world.events.get(event_id)
    option = event.options.get(option_id) if event is not None else None
    if option is None:
        return option_id
    if state is None:
        return neutral(option.model.label)
    return world.texts.say(option.model, "label", state)


def cause_label(world: World, cause: str) -> str:
    """A cause id as a player reads it: what it was, then any details in brackets ("Arrest
    him now (the officers take him) (removing Lavrentiy Beria)")."""
    head, details = cause_parts(world, cause)
    return head + "".join(f" ({detail})" for detail in details)


def cause_parts(world: World, cause: str) -> tuple[str, tuple[str, ...]]:
    """A cause as a player reads it, in two parts: what it was (a choice, a rule, a policy), and
    the details of how it came out: a chance drawn or not drawn, a member removed."""
    details: list[str] = []
    head, removing, member = cause.rpartition(REMOVING)
    if removing and member.endswith(")"):
        index = world.member_index.get(member[:-1])
        details.append("removing " + (world.members[index].model.name if index is not None
                                      else member[:-1]))
        cause = head
    base, _, detail = cause.partition(": ")
    if detail.startswith(NOT_DRAWN):
        details.insert(0, f"it did not happen: {detail[len(NOT_DRAWN):]}")
    elif detail:
        details.insert(0, detail)
    return _cause_label(world, base), tuple(details)


def _cause_label(world: World, base: str) -> str:
    """What a cause was, without its details (see `cause_parts`)."""
    if base.startswith("rule:"):
        rule = next((r for r in world.rules if r.id == base[5:]), None)
        return (rule.model.title if rule else base[5:])
    if base.startswith("policy:") or base.startswith("change:"):
        policy_id, _, option_id = base[7:].partition("=")
        option_id = option_id.split(" ")[0]
        policy = next((p for p in world.scenario.info.policies if p.id == policy_id), None)
        if policy is None:
            return base
        label = next((o.label for o in policy.options if o.id == option_id), option_id)
        if base.startswith("change:"):
            again = " again so soon" if "again so soon" in base else ""
            return f"Changing {policy.title.lower()} to {label}{again}"
        return titled(policy.title, label)
    if base.startswith("vote"):
        what = {"vote:survived": "The removal vote: you survived",
                "vote:fell": "The removal vote: you fell"}
        return what.get(base.split(" (")[0], "The removal vote")
    if base == "presidium:constituencies":
        return "Presidium members follow the bodies they answer to"
    if base == "presidium:appointments":
        return "Changes in the Presidium"
    if base == "start":
        return "The starting position"
    event_id, _, option_id = base.partition("/")
    event = world.events.get(event_id)
    if event is None:
        return base
    if option_id:
        return titled(event.model.title, option_label(world, event_id, option_id))
    return event.model.title


def cause_sources(world: World, cause: str) -> list[str]:
    """The documents behind a cause (ids, with the marker if it goes beyond them)."""
    base = cause.partition(": ")[0].split(" (")[0]
    info = world.scenario.info
    if base.startswith("rule:"):
        rule = next((r for r in world.rules if r.id == base[5:]), None)
        return source_ids(rule.model) if rule else []
    if base.startswith(("policy:", "change:")):
        policy_id = base[7:].partition("=")[0]
        policy = next((p for p in info.policies if p.id == policy_id), None)
        return source_ids(policy) if policy else []
    if base.startswith("vote") or base.startswith("presidium:"):
        return source_ids(info.removal_vote)
    event = world.events.get(base.partition("/")[0])
    return source_ids(event.model) if event else source_ids(info)
