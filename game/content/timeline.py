"""No event before what it describes: a pass of the linter.

It works out the earliest turn each event can come up (a lower bound proved from its date and its
trigger: a `date` since, an event it needs to have happened or been chosen, a flag only some
events or rules set, a member who must sit), then checks that nothing the event's words take as
past lies after that turn:

- every year from 1953 to 1964 named in its title, text, options and news lines;
- every fact it declares in `after:`: a date, or another event, which must be certain to have come
  up first (its trigger asks for it, or it is dated, unconditional and earlier).

A text that names 1957 cannot then come up in 1955, and a card that speaks of samizdat can be tied
to the affair that made the word known.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from game.content import conditions as c
from game.content import effects as e
from game.content.build import seat_turn
from game.content.problems import Problem, did_you_mean
from game.content.prose import texts_of
from game.sim.calendar import parse_date
from game.sim.compiling import Ctx

FIRST_YEAR, LAST_YEAR = 1953, 1964
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def named_years(text: str) -> set[int]:
    """The years from 1953 to 1964 a text names (a year in a range like 1959-65 counts too; a
    date written 1957-06 does not occur in prose)."""
    found = {int(y) for y in re.findall(r"\b(19[56]\d)\b", text)}
    return {y for y in found if FIRST_YEAR <= y <= LAST_YEAR}


def _words_of(event) -> Iterator[tuple[tuple, str]]:
    """(location, text) for every piece of an event the player reads when it comes up (each
    variant of conditional prose)."""
    yield ("title",), event.title
    yield from _each(("text",), event.text)
    for i, option in enumerate(event.options):
        yield from _each(("options", i, "label"), option.label)
        yield from _each(("options", i, "unavailable"), option.unavailable)
        yield from _news(("options", i, "effects"), option.effects)
    yield from _news(("effects",), event.effects)
    for i, voice in enumerate(event.voices):
        yield from _each(("voices", i, "says"), voice.says)


def _each(where: tuple, prose) -> Iterator[tuple[tuple, str]]:
    for text in texts_of(prose):
        yield where, text


def _news(where: tuple, effects: list) -> Iterator[tuple[tuple, str]]:
    for effect in e.walk(effects):
        if isinstance(effect, e.NewsEffect):
            yield from _each(where, effect.text)


class Timeline:
    """Earliest turns of a scenario's events, and the checks above."""

    def __init__(self, scenario, ctx: Ctx) -> None:
        self.s = scenario
        self.ctx = ctx
        self.never = ctx.calendar.turns  # a turn past the last: the thing never happens
        self.events = {ev.id: ev for ev in scenario.events}
        self.order = {ev.id: i for i, ev in enumerate(scenario.events)}
        self.members = {m.id: m for m in scenario.info.presidium}
        # Who sets each flag: "start" (the header, its effects and its people), rules, events.
        self.setters: dict[str, list[tuple[str, object]]] = {}
        for flag in scenario.info.initial.flags:
            self._setter(flag, ("start", None))
        for flag in self._flags_in_header():
            self._setter(flag, ("start", None))
        for rule in scenario.rules:
            for flag in _flags_set(rule.effects):
                self._setter(flag, ("rule", rule))
        for ev in scenario.events:
            flags = _flags_set(ev.effects)
            for option in ev.options:
                flags |= _flags_set(option.effects)
            for flag in flags:
                self._setter(flag, ("event", ev.id))
        self.earliest = self._earliest()

    def _setter(self, flag: str, who: tuple[str, object]) -> None:
        self.setters.setdefault(flag, []).append(who)

    def _flags_in_header(self) -> set[str]:
        info = self.s.info
        vote = info.removal_vote
        found = _flags_set(vote.on_survive) | _flags_set(vote.on_fall)
        for policy in info.policies:
            found |= _flags_set(policy.change_cost) | _flags_set(policy.quick_change_cost)
            for option in policy.options:
                found |= _flags_set(option.per_turn)
        for m in info.presidium:
            found |= _flags_set(m.removal_cost)
        return found

    # --- the earliest turn of each event --------------------------------------------------
    def _earliest(self) -> dict[str, int]:
        """A lower bound for each event's first turn, as a fixed point: every bound starts at 0
        and rises while its date or trigger proves it must (each rise is justified by bounds
        already proved, so the result never exceeds the truth)."""
        bound = {ev.id: 0 for ev in self.s.events}
        changed = True
        while changed:
            changed = False
            for ev in self.s.events:
                new = self._first_turn(ev, bound)
                if new > bound[ev.id]:
                    bound[ev.id] = new
                    changed = True
        return bound

    def _first_turn(self, ev, bound: dict[str, int]) -> int:
        if ev.date is not None:
            turn = self.ctx.calendar.turn_of(ev.date)
            return self.never if turn is None else turn
        return min(self.never, self._lower_all(ev.trigger, bound))

    def _lower_all(self, conditions: list, bound: dict[str, int]) -> int:
        return max((self._lower(cond, bound) for cond in conditions), default=0)

    def _lower(self, cond, bound: dict[str, int]) -> int:
        if isinstance(cond, c.DateCondition):
            return self.ctx.first_turn_from(cond.since) if cond.since else 0
        if isinstance(cond, c.HappenedCondition):
            return bound.get(cond.event, self.never) + cond.turns_ago
        if isinstance(cond, c.ChoseCondition):
            return bound.get(cond.event, self.never)
        if isinstance(cond, c.FlagCondition) and cond.set:
            return self._flag_lower(cond.flag, bound)
        if isinstance(cond, c.MemberCondition) and (cond.sitting or cond.loyalty_below is not None
                                                    or cond.loyalty_above is not None):
            member = self.members.get(cond.member)
            if member is not None and member.joins:
                return seat_turn(self.ctx, member.joins)
            return 0
        if isinstance(cond, c.AllCondition):
            return self._lower_all(cond.of, bound)
        if isinstance(cond, c.AnyCondition):
            return min((self._lower(x, bound) for x in cond.of), default=0)
        return 0

    def _flag_lower(self, flag: str, bound: dict[str, int]) -> int:
        lows = []
        for kind, who in self.setters.get(flag, ()):
            if kind == "start":
                return 0
            if kind == "rule":
                lows.append(self._lower_all(who.when, bound))
            else:
                lows.append(bound[who])
        return min(lows, default=self.never)

    # --- the checks ------------------------------------------------------------------------
    def _last_day(self, turn: int) -> dt.date:
        return self.ctx.calendar.start_of(turn + 1) - dt.timedelta(days=1)

    def check(self) -> list[Problem]:
        """Every event whose text names a year, or a fact in `after:`, it could come up before."""
        problems: list[Problem] = []
        for i, ev in enumerate(self.s.events):
            first = self.earliest[ev.id]
            if first >= self.never:
                continue  # never comes up: the reachability pass says so
            when = self.ctx.calendar.label(first)
            last_day = self._last_day(first)
            for loc, text in _words_of(ev):
                for year in sorted(named_years(text)):
                    if year > last_day.year:
                        problems.append(self._problem(
                            i, loc, f"names {year}, but the event can come up as early as "
                                    f"{when}: give it a date, or a trigger that rules that out "
                                    f"(`date: since`, or an event in `after:` it must follow); "
                                    f"a year still to come is better said another way",
                            year))
            for j, fact in enumerate(ev.after):
                message = self._unproved(ev, fact, first)
                if message:
                    problems.append(self._problem(i, ("after", j), message, fact))
        return problems

    def _problem(self, i: int, loc: tuple, message: str, value) -> Problem:
        file, path, line = self.s.where("events", i, *loc)
        return Problem(file, path, message, str(value), line)

    def _unproved(self, ev, fact: str, first: int) -> str | None:
        """Why `fact` is not certain to be past when `ev` first comes up (None if it is)."""
        when = self.ctx.calendar.label(first)
        if DATE.match(fact):
            try:
                parse_date(fact)
            except ValueError as error:
                return str(error)
            if first < self.ctx.first_turn_from(fact):
                return (f"the event can come up as early as {when}, before this date: give it a "
                        f"date or a `date: since` in its trigger")
            return None
        other = self.events.get(fact)
        if other is None:
            return f"unknown event{did_you_mean(fact, self.events)}"
        if self._required(ev.trigger, fact):
            return None
        if other.date is not None and not other.trigger:
            turn = self.ctx.calendar.turn_of(other.date)
            if turn is not None and (turn < first or (turn == first and (
                    ev.date is None or self.order[fact] < self.order[ev.id]))):
                return None
        return (f"the event can come up without `{fact}` having come up first (as early as "
                f"{when}): ask for it in the trigger (`happened`, `chose`, or a flag only it sets)")

    def _required(self, trigger: list, event_id: str) -> bool:
        """Whether the trigger's conjunction holds only once `event_id` has come up."""
        for cond in trigger:
            if isinstance(cond, (c.HappenedCondition, c.ChoseCondition)) \
                    and cond.event == event_id:
                return True
            if isinstance(cond, c.FlagCondition) and cond.set:
                who = self.setters.get(cond.flag, [])
                if who and all(kind == "event" and name == event_id for kind, name in who):
                    return True
            if isinstance(cond, c.AllCondition) and self._required(cond.of, event_id):
                return True
        return False


def _flags_set(effects: list) -> set[str]:
    return {x.flag for x in e.walk(effects) if isinstance(x, e.SetFlagEffect)}


def timeline_problems(scenario, ctx: Ctx) -> list[Problem]:
    """The timeline lint's problems for a scenario: no event before what it describes."""
    return Timeline(scenario, ctx).check()
