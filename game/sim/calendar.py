"""Turns and dates. A campaign moves by seasons from spring 1953; a lesson may move by months,
weeks or days. Dates in scenario files are written `YYYY-MM` or `YYYY-MM-DD`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Step = Literal["season", "month", "week", "day"]

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
SEASONS = ("winter", "spring", "summer", "autumn")
DATE_RE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def parse_date(text: str) -> dt.date:
    """`1956-02` -> 1 February 1956; `1962-10-22` -> that day. Raises ValueError."""
    m = DATE_RE.match(text)
    if not m:
        raise ValueError(f"a date is written YYYY-MM or YYYY-MM-DD, not {text!r}")
    year, month, day = int(m[1]), int(m[2]), int(m[3] or 1)
    return dt.date(year, month, day)


def span_text(start: str, end: str, step: Step) -> str:
    """`March 1953 to October 1964, season by season`, for a scenario's description."""
    def spoken(text: str) -> str:
        d = parse_date(text)
        month = f"{MONTH_NAMES[d.month - 1]} {d.year}"
        return f"{d.day} {month}" if len(text) == 10 else month

    return f"{spoken(start)} to {spoken(end)}, {step} by {step}"


def year_span(start: str, end: str) -> str:
    """`1953-1964`, or `1957` when a scenario starts and ends in the same year."""
    first, last = start[:4], end[:4]
    return first if first == last else f"{first}-{last}"


def season_of(month: int) -> str:
    """The season a month falls in (winter is December to February)."""
    return SEASONS[(month % 12) // 3]


def _add_months(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + (d.month - 1) + months
    return dt.date(total // 12, total % 12 + 1, 1)


@dataclass(frozen=True)
class Calendar:
    """Turn `i` covers [start_of(i), start_of(i + 1)). Turn 0 starts at `start`."""

    start: dt.date
    step: Step
    turns: int

    @classmethod
    def spanning(cls, start: str, end: str, step: Step) -> Calendar:
        """A calendar from `start` whose last turn contains `end`."""
        first, last = parse_date(start), parse_date(end)
        if step == "season":
            first = dt.date(first.year, first.month, 1)
        elif step == "month":
            first = dt.date(first.year, first.month, 1)
        probe = cls(first, step, 1)
        turns = 1
        while probe.start_of(turns) <= last:
            turns += 1
            if turns > 10_000:
                raise ValueError("a calendar may not have more than 10,000 turns")
        return cls(first, step, turns)

    def start_of(self, turn: int) -> dt.date:
        """The first day of a turn."""
        if self.step == "season":
            return _add_months(self.start, 3 * turn)
        if self.step == "month":
            return _add_months(self.start, turn)
        days = 7 if self.step == "week" else 1
        return self.start + dt.timedelta(days=days * turn)

    def turn_of(self, text: str) -> int | None:
        """The turn containing a date, or None if the date falls outside the calendar.

        A month-only date (`1957-06`) in a calendar of weeks or days means the month's first day.
        """
        d = parse_date(text)
        if d < self.start:
            return None
        if self.step in ("season", "month"):
            months = (d.year - self.start.year) * 12 + d.month - self.start.month
            turn = months // (3 if self.step == "season" else 1)
        else:
            turn = (d - self.start).days // (7 if self.step == "week" else 1)
        return turn if turn < self.turns else None

    def month_of(self, turn: int) -> str:
        """`YYYY-MM` for a turn: the middle month of a season, else the month the turn starts in."""
        d = self.start_of(turn)
        if self.step == "season":
            d = _add_months(d, 1)
        return f"{d.year:04d}-{d.month:02d}"

    def label(self, turn: int) -> str:
        """What the player reads: `Spring 1953`, `Winter 1955-56`, `June 1957`,
        `22 October 1962`."""
        d = self.start_of(turn)
        if self.step == "season":
            season = season_of(d.month)
            if season == "winter":
                year = d.year if d.month == 12 else d.year - 1
                return f"Winter {year}-{(year + 1) % 100:02d}"
            return f"{season.capitalize()} {d.year}"
        if self.step == "month":
            return f"{MONTH_NAMES[d.month - 1]} {d.year}"
        if self.step == "week":
            return f"Week of {d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
        return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"

    def season(self, turn: int) -> str:
        """The season a turn begins in."""
        return season_of(self.start_of(turn).month)
