"""A scenario compiled for play: every condition and effect turned into a closure, once.

A `World` is immutable after it is built and is shared by every game of its scenario: a thousand
bot games of the campaign compile it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.sim import politics
from game.sim.calendar import Calendar
from game.sim.compiling import Apply, Check, Ctx, Preview
from game.sim.conditions import compile_all, compile_gated
from game.sim.effects import checked, compile_effects, compile_sequence
from game.sim.stats import INDEX, STATS

if TYPE_CHECKING:
    from game.content.loader import Scenario
    from game.content.models import Ending, Event, Member, Option, Rule

DEFAULT_QUANTITIES = {"openness": 20.0, "soil": 100.0, "reversals": 0.0}


@dataclass
class CompiledOption:
    id: str
    model: Option
    requires: Check | None
    apply: Apply
    preview: Preview
    cause: str


@dataclass
class CompiledEvent:
    id: str
    model: Event
    trigger: Check | None
    apply: Apply
    options: dict[str, CompiledOption]
    cause: str
    historical: str | None
    # The option ids, when none has a `requires` (all can always be taken): the bots ask for
    # the options open to them at every decision.
    always_open: tuple[str, ...] | None = None


@dataclass
class CompiledRule:
    id: str
    model: Rule
    when: Check | None
    apply: Apply
    cause: str
    # The same split for the start of a turn (see `TurnPlan`): the turns on which `when` can
    # hold (None: any), what is left of `when` to test on them, and `apply` without its look at
    # whether the game has ended (the turn loop looks itself).
    turns: frozenset[int] | None = None
    rest: Check | None = None
    run: Apply | None = None


@dataclass
class CompiledMember:
    model: Member
    joins: int
    leaves: int
    follows: int
    removal_cost: Apply
    removal_preview: Preview


@dataclass
class CompiledPolicy:
    id: str
    options: dict[str, tuple[Apply, str]]
    change_cost: Apply
    quick_change_turns: int
    quick_change_cost: Apply


@dataclass
class CompiledVote:
    threshold: float
    share: float
    patience: int
    when: Check | None
    blocked: Check | None
    needed: float
    noise: float
    on_survive: Apply
    on_fall: Apply
    fallen_ending: str


@dataclass(frozen=True)
class TurnPlan:
    """What the start of one turn has to look at, worked out once when the scenario is compiled:
    the rules and conditional events whose dates and seasons allow this turn (each with what is
    left of its test), and the members whose seat may change hands. A turn runs through these
    short lists instead of testing every rule and event against the date again and again."""

    # (what is left of `when`, the rule's apply for a running game, its cause), in file order
    rules: tuple[tuple[Check | None, Apply, str], ...]
    # (event, its id, what is left of its trigger, once, cooldown), by priority as `conditional`
    conditional: tuple[tuple[CompiledEvent, str, Check | None, bool, int], ...]
    appointments: tuple[int, ...]  # indices of the members who join or leave this turn


@dataclass
class World:
    scenario: Scenario
    calendar: Calendar
    ctx: Ctx
    initial: list[float]
    members: list[CompiledMember]
    member_index: dict[str, int]
    events: dict[str, CompiledEvent]
    dated: dict[int, list[CompiledEvent]]
    conditional: list[CompiledEvent]
    rules: list[CompiledRule]
    policies: dict[str, CompiledPolicy]
    endings: dict[str, Ending]
    threats: list[tuple[str, Check]]
    finals: list[tuple[str, Check | None]]
    vote: CompiledVote
    historical_policies: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    # Worked out from the fields above, once, for the games to start and run quickly:
    plan: list[TurnPlan] = field(init=False, default_factory=list)  # by turn
    member_start: list[tuple] = field(init=False)  # see `politics.member_start`
    initial_policies: dict[str, str] = field(init=False)
    last_turn: int = field(init=False)

    @property
    def id(self) -> str:
        return self.scenario.info.id

    def __post_init__(self) -> None:
        self.last_turn = self.calendar.turns - 1
        self.member_start = politics.member_start(self)
        self.initial_policies = {p.id: p.initial for p in self.scenario.info.policies}


def build_world(scenario: Scenario) -> World:
    """Compiles a loaded (and linted) scenario."""
    info = scenario.info
    spec = info.calendar
    calendar = Calendar.spanning(spec.start, spec.end, spec.step)
    ctx = Ctx(calendar)
    ctx.hooks.vote_threshold = info.removal_vote.against_below

    initial = [50.0] * len(STATS)
    for name, value in DEFAULT_QUANTITIES.items():
        initial[INDEX[name]] = value
    for name, value in info.initial.meters.items():
        initial[INDEX[name]] = float(min(100.0, max(0.0, value)))

    members = []
    for m in info.presidium:
        joins = ctx.first_turn_from(m.joins) if m.joins else 0
        leaves = ctx.first_turn_from(m.leaves) if m.leaves else calendar.turns + 1
        stat = m.follows or m.opposes
        follows = INDEX[stat] if stat else -1
        members.append(CompiledMember(m, joins, leaves, follows,
                                      *compile_effects(m.removal_cost, ctx)))

    events: dict[str, CompiledEvent] = {}
    dated: dict[int, list[CompiledEvent]] = {}
    conditional: list[CompiledEvent] = []
    for ev in scenario.events:
        options = {}
        for o in ev.options:
            apply, preview = compile_effects(o.effects, ctx)
            options[o.id] = CompiledOption(o.id, o, compile_all(o.requires, ctx), apply, preview,
                                           f"{ev.id}/{o.id}")
        historical = next((o.id for o in ev.options if o.historical), None)
        always_open = (None if any(o.requires is not None for o in options.values())
                       else tuple(options))
        compiled = CompiledEvent(ev.id, ev, compile_all(ev.trigger, ctx),
                                 compile_effects(ev.effects, ctx)[0], options, ev.id, historical,
                                 always_open)
        events[ev.id] = compiled
        if ev.date is not None:
            turn = calendar.turn_of(ev.date)
            if turn is not None:
                dated.setdefault(turn, []).append(compiled)
        else:
            conditional.append(compiled)
    # Stable: equal priorities keep file order.
    conditional.sort(key=lambda c: -c.model.priority)

    rules = []
    for r in scenario.rules:
        run = compile_sequence(r.effects, ctx)[0]
        turns, rest = compile_gated(r.when, ctx)
        rules.append(CompiledRule(r.id, r, compile_all(r.when, ctx), checked(run), f"rule:{r.id}",
                                  turns, rest, run))

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

    endings = {e.id: e for e in scenario.endings}
    threats = [(e.id, compile_all(e.trigger, ctx)) for e in scenario.endings if e.trigger]
    finals = [(e.id, compile_all(e.final_when, ctx)) for e in scenario.endings if e.final]

    historical_policies: dict[int, list[tuple[str, str]]] = {}
    for setting in info.historical_policies:
        turn = calendar.turn_of(setting.date)
        if turn is not None:
            historical_policies.setdefault(turn, []).append((setting.policy, setting.option))

    world = World(scenario, calendar, ctx, initial, members,
                  {m.model.id: i for i, m in enumerate(members)}, events, dated, conditional,
                  rules, policies, endings, threats, finals, vote, historical_policies)
    world.plan = _plan(world)
    _bind_hooks(world)
    return world


def _plan(world: World) -> list[TurnPlan]:
    ctx = world.ctx
    # Triggers split as rules are (an undated event with no trigger never comes up: not listed).
    gated = [(event, *compile_gated(event.model.trigger, ctx))
             for event in world.conditional if event.model.trigger]
    plans: list[TurnPlan] = []
    shared: dict[tuple, TurnPlan] = {}  # a long calendar repeats a few plans many times
    for turn in range(world.calendar.turns):
        rules = [r for r in world.rules if r.turns is None or turn in r.turns]
        events = [(event, rest) for event, turns, rest in gated if turns is None or turn in turns]
        seats = tuple(i for i, m in enumerate(world.members) if turn in (m.joins, m.leaves))
        key = (tuple(map(id, rules)), tuple(id(event) for event, _ in events), seats)
        plan = shared.get(key)
        if plan is None:
            plan = shared[key] = TurnPlan(
                tuple((r.rest, r.run, r.cause) for r in rules),  # type: ignore[misc]
                tuple((event, event.id, rest, event.model.once, event.model.cooldown)
                      for event, rest in events),
                seats)
        plans.append(plan)
    return plans


def _bind_hooks(world: World) -> None:
    """Effects compiled above call these at play time."""
    hooks = world.ctx.hooks
    hooks.end = lambda state, ending: politics.end_game(world, state, ending)
    hooks.removal_vote = lambda state, cause: politics.removal_vote(world, state, cause)
    hooks.expel_plotters = lambda state, cause: politics.expel_plotters(world, state, cause)
    hooks.remove_member = lambda state, member, cause, cost: politics.remove_member(
        world, state, member, cause, cost)
    hooks.preview_removal = lambda state, member, now, later, weight: politics.preview_removal(
        world, state, member, now, later, weight)
    hooks.seat_member = lambda state, member, cause: politics.seat_member(world, state, member,
                                                                          cause)
    hooks.set_policy = lambda state, policy, option, cause: state.policies.__setitem__(policy,
                                                                                       option)
