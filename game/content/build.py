"""Compiling a loaded scenario into the simulation's `World`: every condition and effect turned
into a closure, once, and every part handed over by its id.

    world = build_world(load_scenario(path))
"""

from __future__ import annotations

from game.content.conditions import compile_all, compile_gated
from game.content.effects import checked, compile_effects, compile_sequence
from game.content.loader import Scenario
from game.content.prose import TextBook
from game.sim.calendar import Calendar, parse_date
from game.sim.compiling import Ctx
from game.sim.stats import INDEX, STATS
from game.sim.world import (
    CompiledEvent,
    CompiledMember,
    CompiledOption,
    CompiledPolicy,
    CompiledRule,
    CompiledVote,
    World,
    bind_hooks,
)

DEFAULT_QUANTITIES = {"openness": 20.0, "soil": 100.0, "reversals": 0.0}


def seat_turn(ctx: Ctx, date: str) -> int:
    """The turn from which a seat changes hands on `date`: for a month (`1957-06`) the turn
    containing it; for a day (`1957-06-29`) the first turn that begins on or after it, so that a
    change in the middle of a turn counts from the next one, after that turn's events (the
    Presidium of 29 June 1957 did not vote on the 18th)."""
    turn = ctx.first_turn_from(date)
    if len(date) == 10 and turn < ctx.calendar.turns \
            and ctx.calendar.start_of(turn) < parse_date(date):
        turn += 1
    return turn


def build_world(scenario: Scenario) -> World:
    """Compiles a loaded (and linted) scenario."""
    info = scenario.info
    spec = info.calendar
    calendar = Calendar.spanning(spec.start, spec.end, spec.step)
    ctx = Ctx(calendar)
    ctx.hooks.vote_threshold = info.removal_vote.against_below
    ctx.extra["fact_models"] = {f.id: f for f in scenario.facts}
    members = [_member(m, ctx) for m in info.presidium]
    events, dated, conditional = _events(scenario, ctx)
    historical_policies: dict[int, list[tuple[str, str]]] = {}
    for setting in info.historical_policies:
        turn = calendar.turn_of(setting.date)
        if turn is not None:
            historical_policies.setdefault(turn, []).append((setting.policy, setting.option))
    world = World(info.id, calendar, ctx, _initial(info), tuple(info.initial.flags),
                  {p.id: p.initial for p in info.policies}, info.conditional_per_turn, members,
                  {m.id: i for i, m in enumerate(members)}, events, dated, conditional,
                  [_rule(r, ctx) for r in scenario.rules],
                  {p.id: _policy(p, ctx) for p in info.policies},
                  {e.id: e.outcome for e in scenario.endings},
                  [(e.id, compile_all(e.trigger, ctx)) for e in scenario.endings if e.trigger],
                  [(e.id, compile_all(e.final_when, ctx)) for e in scenario.endings if e.final],
                  _vote(info.removal_vote, ctx), historical_policies,
                  [(c.id, ctx.first_turn_from(c.start)) for c in info.chapters], scenario,
                  {e.id: e for e in scenario.endings}, TextBook(ctx))
    bind_hooks(world)
    return world


def _initial(info) -> list[float]:
    """Every stat as a game starts: the scenario's values, else 50 (the quantities' defaults)."""
    initial = [50.0] * len(STATS)
    for name, value in DEFAULT_QUANTITIES.items():
        initial[INDEX[name]] = value
    for name, value in info.initial.meters.items():
        initial[INDEX[name]] = float(min(100.0, max(0.0, value)))
    return initial


def _member(m, ctx: Ctx) -> CompiledMember:
    joins = seat_turn(ctx, m.joins) if m.joins else 0
    leaves = seat_turn(ctx, m.leaves) if m.leaves else ctx.calendar.turns + 1
    full_from = seat_turn(ctx, m.candidate_until) if m.candidate_until else 0
    stat = m.follows or m.opposes
    follows = INDEX[stat] if stat else -1
    return CompiledMember(m.id, float(m.loyalty), m.faction, m.pull, m.opposes is not None,
                          m.ceiling, joins, leaves, follows, *compile_effects(m.removal_cost, ctx),
                          full_from=full_from, model=m)


def _event(ev, ctx: Ctx) -> CompiledEvent:
    options = {}
    for o in ev.options:
        apply, preview = compile_effects(o.effects, ctx)
        options[o.id] = CompiledOption(o.id, o.historical, compile_all(o.requires, ctx), apply,
                                       preview, f"{ev.id}/{o.id}", model=o)
    historical = next((o.id for o in ev.options if o.historical), None)
    always_open = all(o.requires is None for o in options.values())
    gate = compile_gated(ev.trigger, ctx) if ev.date is None and ev.trigger else None
    return CompiledEvent(ev.id, ev.kind, ev.date, ev.once, ev.cooldown, ev.priority,
                         compile_all(ev.trigger, ctx), compile_effects(ev.effects, ctx)[0],
                         options, ev.id, historical, always_open, gate, model=ev)


def _events(scenario: Scenario, ctx: Ctx):
    """Every event by id; the dated ones by turn; the conditional ones by priority."""
    events: dict[str, CompiledEvent] = {}
    dated: dict[int, list[CompiledEvent]] = {}
    conditional: list[CompiledEvent] = []
    for ev in scenario.events:
        compiled = events[ev.id] = _event(ev, ctx)
        if ev.date is not None:
            turn = ctx.calendar.turn_of(ev.date)
            if turn is not None:
                dated.setdefault(turn, []).append(compiled)
        else:
            conditional.append(compiled)
    conditional.sort(key=lambda c: -c.priority)  # stable: equal priorities keep file order
    return events, dated, conditional


def _rule(r, ctx: Ctx) -> CompiledRule:
    run = compile_sequence(r.effects, ctx)[0]
    turns, rest = compile_gated(r.when, ctx)
    return CompiledRule(r.id, compile_all(r.when, ctx), checked(run), f"rule:{r.id}", turns,
                        rest, run, model=r)


def _policy(p, ctx: Ctx) -> CompiledPolicy:
    options = {o.id: (compile_effects(o.per_turn, ctx)[0], f"policy:{p.id}={o.id}")
               for o in p.options}
    return CompiledPolicy(p.id, options, compile_effects(p.change_cost, ctx)[0],
                          p.quick_change_turns, compile_effects(p.quick_change_cost, ctx)[0])


def _vote(v, ctx: Ctx) -> CompiledVote:
    return CompiledVote(v.against_below, v.share, v.patience, compile_all(v.when, ctx),
                        compile_all(v.appeal.blocked_when, ctx), v.appeal.needed, v.appeal.noise,
                        compile_effects(v.on_survive, ctx)[0], compile_effects(v.on_fall, ctx)[0],
                        v.fallen_ending)
