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

    initial = [50.0] * len(STATS)
    for name, value in DEFAULT_QUANTITIES.items():
        initial[INDEX[name]] = value
    for name, value in info.initial.meters.items():
        initial[INDEX[name]] = float(min(100.0, max(0.0, value)))

    members = []
    for m in info.presidium:
        joins = seat_turn(ctx, m.joins) if m.joins else 0
        leaves = seat_turn(ctx, m.leaves) if m.leaves else calendar.turns + 1
        full_from = seat_turn(ctx, m.candidate_until) if m.candidate_until else 0
        stat = m.follows or m.opposes
        follows = INDEX[stat] if stat else -1
        members.append(CompiledMember(m.id, float(m.loyalty), m.faction, m.pull,
                                      m.opposes is not None, m.ceiling, joins, leaves, follows,
                                      *compile_effects(m.removal_cost, ctx), full_from=full_from,
                                      model=m))

    events: dict[str, CompiledEvent] = {}
    dated: dict[int, list[CompiledEvent]] = {}
    conditional: list[CompiledEvent] = []
    for ev in scenario.events:
        options = {}
        for o in ev.options:
            apply, preview = compile_effects(o.effects, ctx)
            options[o.id] = CompiledOption(o.id, o.historical, compile_all(o.requires, ctx),
                                           apply, preview, f"{ev.id}/{o.id}", model=o)
        historical = next((o.id for o in ev.options if o.historical), None)
        always_open = all(o.requires is None for o in options.values())
        gate = (compile_gated(ev.trigger, ctx) if ev.date is None and ev.trigger else None)
        compiled = CompiledEvent(ev.id, ev.kind, ev.date, ev.once, ev.cooldown, ev.priority,
                                 compile_all(ev.trigger, ctx), compile_effects(ev.effects, ctx)[0],
                                 options, ev.id, historical, always_open, gate, model=ev)
        events[ev.id] = compiled
        if ev.date is not None:
            turn = calendar.turn_of(ev.date)
            if turn is not None:
                dated.setdefault(turn, []).append(compiled)
        else:
            conditional.append(compiled)
    # Stable: equal priorities keep file order.
    conditional.sort(key=lambda c: -c.priority)

    rules = []
    for r in scenario.rules:
        run = compile_sequence(r.effects, ctx)[0]
        turns, rest = compile_gated(r.when, ctx)
        rules.append(CompiledRule(r.id, compile_all(r.when, ctx), checked(run), f"rule:{r.id}",
                                  turns, rest, run, model=r))

    policies = {}
    for p in info.policies:
        options = {o.id: (compile_effects(o.per_turn, ctx)[0], f"policy:{p.id}={o.id}")
                   for o in p.options}
        policies[p.id] = CompiledPolicy(p.id, options, compile_effects(p.change_cost, ctx)[0],
                                        p.quick_change_turns,
                                        compile_effects(p.quick_change_cost, ctx)[0])

    v = info.removal_vote
    vote = CompiledVote(v.against_below, v.share, v.patience, compile_all(v.when, ctx),
                        compile_all(v.appeal.blocked_when, ctx), v.appeal.needed, v.appeal.noise,
                        compile_effects(v.on_survive, ctx)[0], compile_effects(v.on_fall, ctx)[0],
                        v.fallen_ending)

    threats = [(e.id, compile_all(e.trigger, ctx)) for e in scenario.endings if e.trigger]
    finals = [(e.id, compile_all(e.final_when, ctx)) for e in scenario.endings if e.final]

    historical_policies: dict[int, list[tuple[str, str]]] = {}
    for setting in info.historical_policies:
        turn = calendar.turn_of(setting.date)
        if turn is not None:
            historical_policies.setdefault(turn, []).append((setting.policy, setting.option))

    world = World(info.id, calendar, ctx, initial, tuple(info.initial.flags),
                  {p.id: p.initial for p in info.policies}, info.conditional_per_turn, members,
                  {m.id: i for i, m in enumerate(members)}, events, dated, conditional, rules,
                  policies, {e.id: e.outcome for e in scenario.endings}, threats, finals, vote,
                  historical_policies,
                  [(c.id, ctx.first_turn_from(c.start)) for c in info.chapters], scenario,
                  {e.id: e for e in scenario.endings}, TextBook(ctx))
    bind_hooks(world)
    return world
