"""Effects: named kinds of change to the state, written in scenario files as `{type: ..., ...}`.

Each kind is a pydantic model with a `compile` method returning two functions: `apply(state,
cause)` changes the state and records the cause; `preview(state, now, later, weight)` adds the
expected change of each stat, without drawing from the generator, for the option cards and the
bots. Add a kind by writing its class here and listing it in `Effect`.
"""

from __future__ import annotations

from functools import partial
from typing import Annotated, Literal, Union

from pydantic import BaseModel, Field

from game.content.conditions import Condition, Id, Kind, conjunction
from game.content.prose import Prose, compile_prose
from game.sim.compiling import Apply, Ctx, Preview
from game.sim.state import News, changer, shift_loyalty
from game.sim.stats import INDEX, PRESIDIUM, StatId

Compiled = tuple[Apply, Preview]


def _no_preview(state, now, later, weight) -> None:
    return None


def _no_apply(state, cause: str) -> None:
    return None


class EffectKind(Kind):
    """What every kind of effect has beyond its fields."""

    def compile(self, ctx: Ctx) -> Compiled:
        """The effect as two plain functions, made once: `apply(state, cause)` changes the state
        and records why; `preview(state, now, later, weight)` adds what it is expected to do,
        drawing nothing."""
        raise NotImplementedError

    def plain(self) -> tuple[int, float] | None:
        """(stat index, by) for a plain change (see `ChangeEffect.plain`); None for the rest."""
        return None


class ChangeEffect(EffectKind):
    """Moves a meter or quantity by `by`, now, or after a lag, spread over several turns."""

    type: Literal["change"]
    stat: StatId = Field(description="The meter or quantity to move.")
    by: float = Field(ge=-100, le=100, description="How much in all (before scaling).")
    after: int = Field(0, ge=0, le=200, description="Turns to wait before the first share lands.")
    over: int = Field(1, ge=1, le=200, description="Turns the change is spread over (a ramp).")
    scaled_by: StatId | None = Field(
        None, description="Multiply `by` by this stat's value / 100 at the time of the effect.")

    def plain(self) -> tuple[int, float] | None:
        """(stat index, by) for a change of a stat other than the Presidium meter, now, in
        full, unscaled; else None. Runs of these are applied in one call."""
        if self.after or self.over != 1 or self.scaled_by or self.stat == "presidium":
            return None
        return INDEX[self.stat], self.by

    def compile(self, ctx: Ctx) -> Compiled:
        i, by, after, over = INDEX[self.stat], self.by, self.after, self.over
        scale = INDEX[self.scaled_by] if self.scaled_by else -1
        share = by / over

        plain = self.plain()
        if plain is not None:
            apply = changer((plain,))  # (lists of effects fold runs of these into one)
        elif after == 0 and over == 1 and scale < 0:
            def apply(s, cause: str) -> None:
                s.change(i, by, cause)
        else:
            lags = tuple(after + k for k in range(over))

            def apply(s, cause: str) -> None:
                part = share * (s.values[scale] / 100.0) if scale >= 0 else share
                for lag in lags:
                    if lag == 0:
                        s.change(i, part, cause)
                    else:
                        s.schedule(s.turn + lag, i, part, cause)

        def preview(s, now, later, weight) -> None:
            total = by * (s.values[scale] / 100.0 if scale >= 0 else 1.0) * weight
            if after == 0:
                now[i] += total / over
                later[i] += total * (over - 1) / over
            else:
                later[i] += total

        return apply, preview


class LoyaltyEffect(EffectKind):
    """Moves the loyalty of Presidium members: everyone sitting, one faction, or one person."""

    type: Literal["loyalty"]
    by: float = Field(ge=-100, le=100)
    faction: Id | None = Field(None, description="Only members of this faction.")
    member: Id | None = Field(None, description="Only this member.")
    scaled_by: StatId | None = Field(
        None, description="Multiply `by` by this stat's value / 100 at the time of the effect.")

    def compile(self, ctx: Ctx) -> Compiled:
        by, faction, member = self.by, self.faction, self.member
        scale = INDEX[self.scaled_by] if self.scaled_by else -1

        if scale < 0:
            # One call, as for a change effect (see `ChangeEffect`).
            apply = partial(shift_loyalty, faction, member, by) if by else _no_apply
        else:
            def apply(s, cause: str) -> None:
                amount = by * s.values[scale] / 100.0
                if amount:
                    shift_loyalty(faction, member, amount, s, cause)

        def preview(s, now, later, weight) -> None:
            sitting = s.seated
            if not sitting:
                return
            hit = [m for m in sitting if (faction is None or m.faction == faction)
                   and (member is None or m.id == member)]
            amount = by * s.values[scale] / 100.0 if scale >= 0 else by
            now[PRESIDIUM] += amount * len(hit) / len(sitting) * weight

        return apply, preview


class SetFlagEffect(EffectKind):
    """Sets a flag, for later conditions to test."""

    type: Literal["set_flag"]
    flag: Id

    def compile(self, ctx: Ctx) -> Compiled:
        flag = self.flag
        return (lambda s, cause: s.flags.add(flag)), _no_preview


class ClearFlagEffect(EffectKind):
    """Clears a flag."""

    type: Literal["clear_flag"]
    flag: Id

    def compile(self, ctx: Ctx) -> Compiled:
        flag = self.flag
        return (lambda s, cause: s.flags.discard(flag)), _no_preview


class RemoveMemberEffect(EffectKind):
    """Removes a member from the Presidium. Unless `cost` is false, the member's own removal
    cost (set on the member) is paid too."""

    type: Literal["remove_member"]
    member: Id
    cost: bool = True

    def compile(self, ctx: Ctx) -> Compiled:
        member, cost, hooks = self.member, self.cost, ctx.hooks

        def preview(s, now, later, weight) -> None:
            hooks.preview_removal(s, member, now, later, weight if cost else 0.0)

        return (lambda s, cause: hooks.remove_member(s, member, cause, cost)), preview


class SeatMemberEffect(EffectKind):
    """Brings a member (listed in the scenario's Presidium) into the Presidium now."""

    type: Literal["seat_member"]
    member: Id

    def compile(self, ctx: Ctx) -> Compiled:
        member, hooks = self.member, ctx.hooks
        return (lambda s, cause: hooks.seat_member(s, member, cause)), _no_preview


class SetPolicyEffect(EffectKind):
    """Sets a standing policy, without the cost of a change the player makes."""

    type: Literal["set_policy"]
    policy: Id
    option: Id

    def compile(self, ctx: Ctx) -> Compiled:
        policy, option, hooks = self.policy, self.option, ctx.hooks
        return (lambda s, cause: hooks.set_policy(s, policy, option, cause)), _no_preview


class Linear(BaseModel):
    """A probability that moves with a stat: `at_0` when the stat is 0, `at_100` when it is 100."""

    stat: StatId
    at_0: float = Field(ge=0, le=1)
    at_100: float = Field(ge=0, le=1)


def _probability(p: float | Linear):
    if isinstance(p, Linear):
        i, a, b = INDEX[p.stat], p.at_0, p.at_100
        return lambda s: a + (b - a) * s.values[i] / 100.0
    return lambda s: p


def compile_sequence(effects: list, ctx: Ctx) -> Compiled:
    """A list of effects, applied in order until one of them ends the game. Its `apply` is for a
    caller that has just seen the game still running (it does not look before the first
    effect); `compile_effects` is the one to use anywhere else.

    The lists nested in `chance`, `draw` and `if` use this form: their parent has just checked,
    and between that check and the nested list only a draw or a pure test happens. A list of one
    effect is then that effect's own `apply`, with no wrapper to call through.
    """
    parts = [e.compile(ctx) for e in effects]
    applies = _folded(effects, [a for a, _ in parts])
    return _in_turn(applies), _all_previews(tuple(p for _, p in parts))


def _folded(effects: list, applies: list[Apply]) -> list[Apply]:
    """The applies of a list of effects, each run of plain changes made one step (they cannot
    end the game, so nothing needs looking at between them): one call instead of one per
    change."""
    out: list[Apply] = []
    run: list[tuple[int, float]] = []
    for effect, apply in zip(effects, applies, strict=True):
        plain = effect.plain()
        if plain is not None:
            run.append(plain)
            continue
        if run:
            out.append(changer(tuple(run)))
            run = []
        out.append(apply)
    if run:
        out.append(changer(tuple(run)))
    return out


def _in_turn(applies: list[Apply]) -> Apply:
    """One apply that calls each in turn, stopping once the game has ended."""
    if not applies:
        return _no_apply
    if len(applies) == 1:
        return applies[0]
    first, rest = applies[0], applies[1:]

    def apply(s, cause: str) -> None:
        first(s, cause)
        for a in rest:
            if s.ending is not None:
                return
            a(s, cause)

    return apply


def _all_previews(previews: tuple[Preview, ...]) -> Preview:
    if not previews:
        return _no_preview
    if len(previews) == 1:
        return previews[0]

    def preview(s, now, later, weight) -> None:
        for p in previews:
            p(s, now, later, weight)

    return preview


def checked(run: Apply) -> Apply:
    """`run` (from `compile_sequence`), made safe to call at any time: nothing happens once the
    game has ended."""
    if run is _no_apply:
        return run

    def apply(s, cause: str) -> None:
        if s.ending is None:
            run(s, cause)

    return apply


# Marks, in a cause, the chance that did not come about (see `ChanceEffect`).
NOT_DRAWN = "~"


class ChanceEffect(EffectKind):
    """With probability `p` (drawn from the seeded generator) the `then` effects, else the
    `otherwise` effects."""

    type: Literal["chance"]
    p: float | Linear = Field(description="A probability, or one that moves with a stat.")
    label: str = Field("", max_length=80, description="Shown in the 'why' as 'cause: label'.")
    then: list[Effect] = Field(default_factory=list)
    otherwise: list[Effect] = Field(default_factory=list)

    def compile(self, ctx: Ctx) -> Compiled:
        prob = _probability(self.p)
        then_apply, then_preview = compile_sequence(self.then, ctx)
        else_apply, else_preview = compile_sequence(self.otherwise, ctx)
        # What the draw brought is part of the cause ("ev/opt: the officers take him"), and so
        # is what it did not ("ev/opt: ~the officers take him"), so the player is told which.
        suffix = f": {self.label}" if self.label else ""
        missed = f": {NOT_DRAWN}{self.label}" if self.label else ""

        if isinstance(self.p, Linear):
            def apply(s, cause: str) -> None:
                if s.rng.random() < prob(s):
                    then_apply(s, cause + suffix)
                else:
                    else_apply(s, cause + missed)
        else:
            fixed = self.p  # a fixed probability needs no call to learn it

            def apply(s, cause: str) -> None:
                if s.rng.random() < fixed:
                    then_apply(s, cause + suffix)
                else:
                    else_apply(s, cause + missed)

        def preview(s, now, later, weight) -> None:
            p = min(1.0, max(0.0, prob(s)))
            then_preview(s, now, later, weight * p)
            else_preview(s, now, later, weight * (1 - p))

        return apply, preview


class Outcome(BaseModel):
    """One possible result of a draw."""

    weight: float = Field(gt=0, le=1000)
    label: str = Field(max_length=80, description="Shown to the player and in the 'why'.")
    effects: list[Effect] = Field(default_factory=list)
    news: Prose | None = Field(None, description="A line for the news log (conditional prose).")


class DrawEffect(EffectKind):
    """Draws one outcome by weight from the seeded generator (the harvest, the weather)."""

    type: Literal["draw"]
    outcomes: list[Outcome] = Field(min_length=2)

    def compile(self, ctx: Ctx) -> Compiled:
        total = sum(o.weight for o in self.outcomes)
        table = []
        running = 0.0
        for o in self.outcomes:
            running += o.weight / total
            news = compile_prose(o.news, ctx) if o.news else None
            table.append((running, ": " + o.label, news, *compile_sequence(o.effects, ctx)))
        last = table[-1][0]

        def apply(s, cause: str) -> None:
            r = s.rng.random()
            for edge, label, news, a, _ in table:
                if r < edge or edge == last:
                    if news is not None:
                        s.news.append(News(s.turn, "text", news(s)))
                    a(s, cause + label)
                    return

        def preview(s, now, later, weight) -> None:
            last = 0.0
            for edge, _, _, _, p in table:
                p(s, now, later, weight * (edge - last))
                last = edge

        return apply, preview


class IfEffect(EffectKind):
    """The `then` effects when every condition in `when` holds, else the `otherwise` effects."""

    type: Literal["if"]
    when: list[Condition] = Field(min_length=1)
    then: list[Effect] = Field(default_factory=list)
    otherwise: list[Effect] = Field(default_factory=list)

    def compile(self, ctx: Ctx) -> Compiled:
        holds = conjunction([c.compile(ctx) for c in self.when])
        then_apply, then_preview = compile_sequence(self.then, ctx)
        else_apply, else_preview = compile_sequence(self.otherwise, ctx)

        def apply(s, cause: str) -> None:
            (then_apply if holds(s) else else_apply)(s, cause)

        def preview(s, now, later, weight) -> None:
            (then_preview if holds(s) else else_preview)(s, now, later, weight)

        return apply, preview


class EndEffect(EffectKind):
    """Ends the game now with the named ending."""

    type: Literal["end"]
    ending: Id

    def compile(self, ctx: Ctx) -> Compiled:
        ending, hooks = self.ending, ctx.hooks
        return (lambda s, cause: hooks.end(s, ending)), _no_preview


class NewsEffect(EffectKind):
    """Adds a line to the news log."""

    type: Literal["news"]
    text: Prose = Field(description="The line (conditional prose: read as the game stands).")

    def compile(self, ctx: Ctx) -> Compiled:
        say = compile_prose(self.text, ctx)
        return (lambda s, cause: s.news.append(News(s.turn, "text", say(s)))), _no_preview


class RemovalVoteEffect(EffectKind):
    """Holds the removal vote now, whatever the Presidium's mood (the plotters move)."""

    type: Literal["removal_vote"]

    def compile(self, ctx: Ctx) -> Compiled:
        hooks = ctx.hooks
        return (lambda s, cause: hooks.removal_vote(s, cause)), _no_preview


class ExpelPlottersEffect(EffectKind):
    """Removes from the Presidium everyone who voted against the player in the last vote, each
    at their removal cost."""

    type: Literal["expel_plotters"]

    def compile(self, ctx: Ctx) -> Compiled:
        hooks = ctx.hooks
        return (lambda s, cause: hooks.expel_plotters(s, cause)), _no_preview


Effect = Annotated[
    Union[  # noqa: UP007 - a discriminated union needs the Union form for forward references
        ChangeEffect, LoyaltyEffect, SetFlagEffect, ClearFlagEffect, RemoveMemberEffect,
        SeatMemberEffect, SetPolicyEffect, ChanceEffect, DrawEffect, IfEffect, EndEffect,
        NewsEffect, RemovalVoteEffect, ExpelPlottersEffect,
    ],
    Field(discriminator="type"),
]

for _kind in (ChanceEffect, Outcome, DrawEffect, IfEffect):
    _kind.model_rebuild()


def compile_effects(effects: list, ctx: Ctx) -> Compiled:
    """A list of effects, applied in order until one of them ends the game (and not at all once
    it has ended), with its preview."""
    run, preview = compile_sequence(effects, ctx)
    return checked(run), preview


def walk(effects: list) -> list:
    """Every effect in a list, nested ones included."""
    found: list = []
    for e in effects:
        found.append(e)
        for name in ("then", "otherwise"):
            found.extend(walk(getattr(e, name, None) or []))
        for o in getattr(e, "outcomes", None) or []:
            found.extend(walk(o.effects))
    return found
