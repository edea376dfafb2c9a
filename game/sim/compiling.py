"""What conditions and effects need to know while they are compiled into plain functions.

Compiling happens once, when a scenario is loaded; playing then runs only closures over lists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from game.sim.calendar import Calendar, parse_date

if TYPE_CHECKING:
    from game.sim.state import State

Check = Callable[["State"], bool]
Apply = Callable[["State", str], None]
# preview(state, now, later, weight): add the expected change of each stat to `now` (this turn)
# or `later` (delayed), weighted by the probability of this branch.
Preview = Callable[["State", list[float], list[float], float], None]


@dataclass
class Hooks:
    """Engine services that effects call at play time (bound after compiling)."""

    end: Callable[[State, str], None] = lambda state, ending: None
    removal_vote: Callable[[State, str], None] = lambda state, cause: None
    expel_plotters: Callable[[State, str], None] = lambda state, cause: None
    remove_member: Callable[[State, str, str, bool], None] = lambda state, m, cause, cost: None
    preview_removal: Callable[[State, str, list[float], list[float], float], None] = (
        lambda state, m, now, later, weight: None)
    seat_member: Callable[[State, str, str], None] = lambda state, m, cause: None
    set_policy: Callable[[State, str, str, str], None] = lambda state, p, o, cause: None
    vote_threshold: float = 45.0


@dataclass
class Ctx:
    calendar: Calendar
    hooks: Hooks = field(default_factory=Hooks)
    extra: dict[str, Any] = field(default_factory=dict)

    def first_turn_from(self, date: str) -> int:
        """The turn containing a date, 0 if it is before the start, past the end if after it."""
        if parse_date(date) <= self.calendar.start:
            return 0
        turn = self.calendar.turn_of(date)
        return self.calendar.turns if turn is None else turn

    def last_turn_until(self, date: str) -> int:
        """The last turn that begins on or before a date (-1 if none). A month-only date means
        the whole month."""
        d = parse_date(date)
        if len(date) == 7:
            d = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        if d < self.calendar.start:
            return -1
        turn = self.calendar.turn_of(d.isoformat())
        return self.calendar.turns - 1 if turn is None else turn
