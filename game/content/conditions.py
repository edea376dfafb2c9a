"""Conditions: named kinds of test on the state, written in scenario files as `{type: ..., ...}`.

Each kind is a pydantic model (its fields are the file format, documented on the field) with a
`compile` method that turns it, once, into a plain function of the state. Add a kind by writing
its class here and listing it in `CONDITION_KINDS`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from game.sim.calendar import parse_date
from game.sim.compiling import Check, Ctx
from game.sim.stats import INDEX, StatId

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]


def _real_date(text: str) -> str:
    """`1964-02-30` has the form of a date but is none: said here, against its file and line,
    before any calendar is built from it."""
    try:
        parse_date(text)
    except ValueError as error:
        raise ValueError(f"not a real date ({error})") from None
    return text


DateText = Annotated[str, Field(pattern=r"^\d{4}-\d{2}(-\d{2})?$",
                                description="YYYY-MM or YYYY-MM-DD"), AfterValidator(_real_date)]


class Kind(BaseModel):
    """What every kind of condition and effect has: a pydantic model of its fields, compiled once
    into plain functions."""

    model_config = ConfigDict(extra="forbid")

    def compile(self, ctx: Ctx):
        """The condition as a plain test of the state, `check(state) -> bool`, made once."""
        raise NotImplementedError

    def turns(self, ctx: Ctx) -> frozenset[int] | None:
        """The turns on which this condition can hold, for a condition that depends on the turn
        alone and draws nothing (else None). The world uses it to skip, on the other turns, the
        rules and events it guards without testing them at all."""
        return None


class MeterCondition(Kind):
    """True when a meter or quantity is below and/or above a level."""

    type: Literal["meter"]
    stat: StatId = Field(description="The meter or quantity to test.")
    below: float | None = Field(None, description="True when the value is strictly below this.")
    above: float | None = Field(None, description="True when the value is strictly above this.")

    @model_validator(mode="after")
    def _one_bound(self) -> MeterCondition:
        if self.below is None and self.above is None:
            raise ValueError("give `below`, `above` or both")
        return self

    def compile(self, ctx: Ctx) -> Check:
        i, lo, hi = INDEX[self.stat], self.above, self.below
        if lo is not None and hi is not None:
            return lambda s: lo < s.values[i] < hi
        if hi is not None:
            return lambda s: s.values[i] < hi
        return lambda s: s.values[i] > lo  # type: ignore[operator]


class FlagCondition(Kind):
    """True when a flag is set (or, with `set: false`, when it is not)."""

    type: Literal["flag"]
    flag: Id = Field(description="The flag's name.")
    set: bool = Field(True, description="False to test that the flag is not set.")

    def compile(self, ctx: Ctx) -> Check:
        flag = self.flag
        if self.set:
            return lambda s: flag in s.flags
        return lambda s: flag not in s.flags


class DateCondition(Kind):
    """True from the turn containing `since` to the turn containing `until` (both inclusive)."""

    type: Literal["date"]
    since: DateText | None = Field(None, description="First date (inclusive).")
    until: DateText | None = Field(None, description="Last date (inclusive).")

    @model_validator(mode="after")
    def _one_bound(self) -> DateCondition:
        if self.since is None and self.until is None:
            raise ValueError("give `since`, `until` or both")
        return self

    def _span(self, ctx: Ctx) -> tuple[int, int]:
        lo = ctx.first_turn_from(self.since) if self.since else 0
        hi = ctx.last_turn_until(self.until) if self.until else ctx.calendar.turns
        return lo, hi

    def compile(self, ctx: Ctx) -> Check:
        lo, hi = self._span(ctx)
        return lambda s: lo <= s.turn <= hi

    def turns(self, ctx: Ctx) -> frozenset[int]:
        lo, hi = self._span(ctx)
        return frozenset(t for t in range(ctx.calendar.turns) if lo <= t <= hi)


class SeasonCondition(Kind):
    """True in the named seasons (winter is December to February)."""

    type: Literal["season"]
    seasons: list[Literal["winter", "spring", "summer", "autumn"]] = Field(min_length=1)

    def compile(self, ctx: Ctx) -> Check:
        hits = self.turns(ctx)
        return lambda s: s.turn in hits

    def turns(self, ctx: Ctx) -> frozenset[int]:
        cal = ctx.calendar
        return frozenset(t for t in range(cal.turns) if cal.season(t) in self.seasons)


class ChoseCondition(Kind):
    """True once the player has taken a decision (any option, or the named one)."""

    type: Literal["chose"]
    event: Id = Field(description="The decision's id.")
    option: Id | None = Field(None, description="The option's id; leave out for any option.")

    def compile(self, ctx: Ctx) -> Check:
        event, option = self.event, self.option
        if option is None:
            return lambda s: event in s.chosen
        return lambda s: s.chosen.get(event) == option


class HappenedCondition(Kind):
    """True once an event (decision or news) has come up, optionally at least N turns ago (the
    last time), and optionally at least a number of times (the time it is coming up now counts:
    an event's own text can say "again" with `times: 2`)."""

    type: Literal["happened"]
    event: Id
    turns_ago: int = Field(0, ge=0, le=1000, description="At least this many turns ago.")
    times: int = Field(1, ge=1, le=1000, description="At least this many times in all.")

    def compile(self, ctx: Ctx) -> Check:
        event, ago, times = self.event, self.turns_ago, self.times
        if times > 1:
            return lambda s: s.times.get(event, 0) >= times and s.turn - s.fired[event] >= ago
        return lambda s: event in s.fired and s.turn - s.fired[event] >= ago


class MemberCondition(Kind):
    """Tests one Presidium member: whether they sit, and how loyal they are."""

    type: Literal["member"]
    member: Id
    sitting: bool | None = Field(None, description="True: sits now; false: does not.")
    loyalty_below: float | None = None
    loyalty_above: float | None = None

    def compile(self, ctx: Ctx) -> Check:
        member_id, sitting = self.member, self.sitting
        lo = -1.0 if self.loyalty_above is None else self.loyalty_above
        hi = 101.0 if self.loyalty_below is None else self.loyalty_below
        need_seat = (sitting is True or self.loyalty_above is not None
                     or self.loyalty_below is not None)

        def check(s) -> bool:
            for m in s.members:
                if m.id == member_id:
                    if sitting is False:
                        return not m.sitting
                    if need_seat and not m.sitting:
                        return False
                    return lo < m.loyalty < hi
            return sitting is False

        return check


class FactCondition(Kind):
    """True when a fact declared in the scenario's `facts:` holds (or, with `holds: false`, when
    it does not). Facts name the conditions that text and rules share: "the KGB exists", "the
    Secret Speech was given"."""

    type: Literal["fact"]
    fact: Id = Field(description="The fact's id.")
    holds: bool = Field(True, description="False to test that the fact does not hold.")

    def compile(self, ctx: Ctx) -> Check:
        check = fact_check(ctx, self.fact)
        if self.holds:
            return check
        return lambda s: not check(s)


def fact_check(ctx: Ctx, fact: str) -> Check:
    """The compiled test of a declared fact (compiled once per world, on first use)."""
    compiled = ctx.extra.setdefault("facts", {})
    check = compiled.get(fact)
    if check is None:
        declared = ctx.extra.get("fact_models", {})
        if fact not in declared:
            raise ValueError(f"unknown fact {fact!r}")
        compiling = ctx.extra.setdefault("compiling_facts", set())
        if fact in compiling:
            raise ValueError(f"the fact {fact!r} is defined in terms of itself")
        compiling.add(fact)
        try:
            check = compiled[fact] = conjunction([c.compile(ctx) for c in declared[fact].when])
        finally:
            compiling.discard(fact)
    return check


class PresidiumAgainstCondition(Kind):
    """True when more than a share of the sitting Presidium would vote against the player now
    (loyalty below the removal vote's threshold)."""

    type: Literal["presidium_against"]
    above: float = Field(ge=0, le=1, description="Share of sitting members, 0-1.")

    def compile(self, ctx: Ctx) -> Check:
        share, hooks = self.above, ctx.hooks
        return lambda s: s.against_share(hooks.vote_threshold) > share


class PlotCondition(Kind):
    """True when a Presidium majority has been against the player at the last `at_least`
    turn-ends in a row (a plot is forming)."""

    type: Literal["plot"]
    at_least: int = Field(1, ge=1, le=100)

    def compile(self, ctx: Ctx) -> Check:
        n = self.at_least
        return lambda s: s.plot >= n


class PolicyCondition(Kind):
    """True when a standing policy is set to the named option."""

    type: Literal["policy"]
    policy: Id
    option: Id

    def compile(self, ctx: Ctx) -> Check:
        policy, option = self.policy, self.option
        return lambda s: s.policies.get(policy) == option


class ChanceCondition(Kind):
    """True with probability `p`, drawn from the game's seeded generator. Allowed only in event
    triggers and rule conditions, never in what an option requires (a preview must not draw)."""

    type: Literal["chance"]
    p: float = Field(ge=0, le=1)

    def compile(self, ctx: Ctx) -> Check:
        p = self.p
        return lambda s: s.rng.random() < p


class AllCondition(Kind):
    """True when every condition listed is true (tested in order, stopping at the first false)."""

    type: Literal["all"]
    of: list[Condition] = Field(min_length=1)

    def compile(self, ctx: Ctx) -> Check:
        return conjunction([c.compile(ctx) for c in self.of])

    def turns(self, ctx: Ctx) -> frozenset[int] | None:
        inner = [c.turns(ctx) for c in self.of]
        if any(t is None for t in inner):
            return None
        return frozenset.intersection(*inner)  # type: ignore[arg-type]


class AnyCondition(Kind):
    """True when at least one condition listed is true."""

    type: Literal["any"]
    of: list[Condition] = Field(min_length=1)

    def compile(self, ctx: Ctx) -> Check:
        return disjunction([c.compile(ctx) for c in self.of])

    def turns(self, ctx: Ctx) -> frozenset[int] | None:
        inner = [c.turns(ctx) for c in self.of]
        if any(t is None for t in inner):
            return None
        return frozenset.union(*inner)  # type: ignore[arg-type]


class NotCondition(Kind):
    """True when the condition given is false."""

    type: Literal["not"]
    of: Condition

    def compile(self, ctx: Ctx) -> Check:
        check = self.of.compile(ctx)
        return lambda s: not check(s)

    def turns(self, ctx: Ctx) -> frozenset[int] | None:
        inner = self.of.turns(ctx)
        return None if inner is None else frozenset(range(ctx.calendar.turns)) - inner


CONDITION_KINDS = (
    MeterCondition, FlagCondition, DateCondition, SeasonCondition, ChoseCondition,
    HappenedCondition, MemberCondition, FactCondition, PresidiumAgainstCondition, PlotCondition,
    PolicyCondition, ChanceCondition, AllCondition, AnyCondition, NotCondition,
)

Condition = Annotated[
    Union[  # noqa: UP007 - a discriminated union needs the Union form for forward references
        MeterCondition, FlagCondition, DateCondition, SeasonCondition, ChoseCondition,
        HappenedCondition, MemberCondition, FactCondition, PresidiumAgainstCondition,
        PlotCondition, PolicyCondition, ChanceCondition, AllCondition, AnyCondition, NotCondition,
    ],
    Field(discriminator="type"),
]

for _kind in (AllCondition, AnyCondition, NotCondition):
    _kind.model_rebuild()


# Conjunctions and disjunctions are tested tens of times a turn. `all(c(s) for c in checks)`
# builds a generator per test and resumes it per condition; the closures below spell out the
# short lists (almost every list in a scenario has one to four conditions) as `and`/`or` chains.
# They test in the same order and stop at the same place, so a `chance` condition draws exactly
# when it did. Every condition returns a bool, so the chains return bools too.

def conjunction(checks: Sequence[Check]) -> Check:
    """True when every check holds, tested in order, stopping at the first false."""
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        a, b = checks
        return lambda s: a(s) and b(s)
    if len(checks) == 3:
        a, b, c = checks
        return lambda s: a(s) and b(s) and c(s)
    if len(checks) == 4:
        a, b, c, d = checks
        return lambda s: a(s) and b(s) and c(s) and d(s)
    many = tuple(checks)

    def check(s) -> bool:
        for c in many:
            if not c(s):
                return False
        return True

    return check


def disjunction(checks: Sequence[Check]) -> Check:
    """True when any check holds, tested in order, stopping at the first true."""
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        a, b = checks
        return lambda s: a(s) or b(s)
    if len(checks) == 3:
        a, b, c = checks
        return lambda s: a(s) or b(s) or c(s)
    many = tuple(checks)

    def check(s) -> bool:
        for c in many:
            if c(s):
                return True
        return False

    return check


def compile_all(conditions: list | None, ctx: Ctx) -> Check | None:
    """A list of conditions means all of them; None or empty means always."""
    if not conditions:
        return None
    return conjunction([c.compile(ctx) for c in conditions])


def compile_gated(conditions: list | None, ctx: Ctx) -> tuple[frozenset[int] | None,
                                                                Check | None]:
    """A list of conditions split in two: the turns on which it can hold at all (None: any),
    and a check of the rest on those turns (None: nothing more to test).

    Only conditions on the turn alone (dates, seasons) that come before the first condition that
    draws from the generator move into the turns: off those turns the list is false without any
    draw, as it was when tested in order; on them they are true and need no test. A turn-only
    condition after a draw stays in the check, because the draw happens before it is reached.
    """
    if not conditions:
        return None, None
    turns: frozenset[int] | None = None
    rest = []
    drawn = False
    for condition in conditions:
        only = None if drawn else condition.turns(ctx)
        if only is None:
            rest.append(condition)
            drawn = drawn or draws(condition)
        else:
            turns = only if turns is None else turns & only
    return turns, (conjunction([c.compile(ctx) for c in rest]) if rest else None)


def draws(condition) -> bool:
    """Whether testing this condition may draw from the game's generator."""
    return any(isinstance(c, ChanceCondition) for c in walk(condition))


def walk(condition) -> list:
    """Every condition inside this one, itself included."""
    found = [condition]
    inner = getattr(condition, "of", None)
    if isinstance(inner, list):
        for c in inner:
            found.extend(walk(c))
    elif inner is not None:
        found.extend(walk(inner))
    return found
