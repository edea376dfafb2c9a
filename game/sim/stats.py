"""The numbers the rules move: ten meters in three groups, and the named quantities beside them.

All are kept between 0 and 100. Their order here is their index in the state's value list.
"""

from __future__ import annotations

from typing import Literal

METER_GROUPS: dict[str, tuple[str, ...]] = {
    "Party": ("presidium", "central_committee", "military", "security"),
    "Economy": ("industry", "agriculture", "living_standards"),
    "Foreign": ("prestige", "bloc_unity", "nuclear_tension"),
}
METERS: tuple[str, ...] = tuple(m for group in METER_GROUPS.values() for m in group)
QUANTITIES: tuple[str, ...] = ("openness", "soil", "reversals")
STATS: tuple[str, ...] = METERS + QUANTITIES
INDEX: dict[str, int] = {name: i for i, name in enumerate(STATS)}

StatId = Literal[
    "presidium",
    "central_committee",
    "military",
    "security",
    "industry",
    "agriculture",
    "living_standards",
    "prestige",
    "bloc_unity",
    "nuclear_tension",
    "openness",
    "soil",
    "reversals",
]


# For these a rise is bad news for the player; displays colour them the other way round.
HIGH_IS_BAD: frozenset[str] = frozenset({"nuclear_tension", "reversals"})

# The Presidium meter is not stored on its own: it is the mean loyalty of the sitting members.
PRESIDIUM = INDEX["presidium"]

LOW, HIGH = 0.0, 100.0

assert set(StatId.__args__) == set(STATS)  # type: ignore[attr-defined]

