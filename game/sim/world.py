"""A scenario compiled for play: every condition and effect a closure, every part named by its id.

A `World` is made by the content layer (`game.content.build.build_world`) and is immutable after
that; it is shared by every game of its scenario: a thousand bot games of the campaign compile it
once. The simulation reads only the compiled fields here. Each part also carries the content model
it was compiled from (`model`, and the world's `scenario`) for the layers above, which word it for
the player; the simulation never looks inside those.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.sim import politics
from game.sim.calendar import Calendar
from game.sim.compiling import Apply, Check, Ctx, Preview


@dataclass
class CompiledOption:
    id: str
    historical: bool
    requires: Check | None
    apply: Apply
    preview: Preview
    cause: str
    model: Any = field(default=None, repr=False)  # the content's option (for the layers above)


@dataclass
class CompiledEvent:
    id: str
    kind: str  # "decision" or "news"
    date: str | None
    once: bool
    cooldown: int
    priority: int
    trigger: Check | None
    apply: Apply
    options: dict[str, CompiledOption]
    cause: str
    historical: str | None
    # True when no option has a `requires` (all can always be taken): the bots ask for the
    # options open to them at every decision.
    always_open: bool = False
    # For an undated event with a trigger, the trigger split as `TurnPlan` needs it: the turns on
    # which it can hold (None: any) and what is left of it to test on them. None without one.
    gate: tuple[frozenset[int] | None, Check | None] | None = None
    model: Any = field(default=None, repr=False)  # the content's event


@dataclass
class CompiledRule:
    id: str
    when: Check | None
    apply: Apply
    cause: str
    # The same split for the start of a turn (see `TurnPlan`): the turns on which `when` can
    # hold (None: any), what is left of `when` to test on them, and `apply` without its look at
    # whether the game has ended (the turn loop looks itself).
    turns: frozenset[int] | None = None
    rest: Check | None = None
    run: Apply | None = None
    model: Any = field(default=None, repr=False)  # the content's rule


@dataclass
class CompiledMember:
    id: str
    loyalty: float
    faction: str
    pull: float
    opposes: bool  # drifts towards 100 minus the stat it watches
    ceiling: float
    joins: int
    leaves: int
    follows: int  # index of the stat watched, or -1
    removal_cost: Apply
    removal_preview: Preview
    full_from: int = 0  # a candidate, without a vote, before this turn
    model: Any = field(default=None, repr=False)  # the content's member


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
    # indices of the members who join or leave this turn, or become full members
    appointments: tuple[int, ...]


@dataclass
class World:
    id: str
    calendar: Calendar
    ctx: Ctx
    initial: list[float]
    initial_flags: tuple[str, ...]
    initial_policies: dict[str, str]
    conditional_per_turn: int
    members: list[CompiledMember]
    member_index: dict[str, int]
    events: dict[str, CompiledEvent]
    dated: dict[int, list[CompiledEvent]]
    conditional: list[CompiledEvent]
    rules: list[CompiledRule]
    policies: dict[str, CompiledPolicy]
    outcomes: dict[str, str]  # ending id -> "survived", "ousted", "removed" or "war"
    threats: list[tuple[str, Check]]
    finals: list[tuple[str, Check | None]]
    vote: CompiledVote
    historical_policies: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    chapters: list[tuple[str, int]] = field(default_factory=list)  # (id, first turn), in order
    # The content the world was compiled from, for the layers above: the scenario, its endings
    # by id, and its prose. The simulation never reads them.
    scenario: Any = field(default=None, repr=False)
    endings: dict[str, Any] = field(default_factory=dict, repr=False)
    texts: Any = field(default=None, repr=False)  # the scenario's prose, compiled (content's)
    # Worked out from the fields above, once, for the games to start and run quickly:
    plan: list[TurnPlan] = field(init=False, default_factory=list)  # by turn
    member_start: list[tuple] = field(init=False)  # see `politics.member_start`
    last_turn: int = field(init=False)

    def __post_init__(self) -> None:
        self.last_turn = self.calendar.turns - 1
        self.member_start = politics.member_start(self)
        self.plan = plan_turns(self)


def plan_turns(world: World) -> list[TurnPlan]:
    """The `TurnPlan` of every turn of the calendar."""
    # An undated event with no trigger never comes up: not listed.
    gated = [(event, *event.gate) for event in world.conditional if event.gate is not None]
    plans: list[TurnPlan] = []
    shared: dict[tuple, TurnPlan] = {}  # a long calendar repeats a few plans many times
    for turn in range(world.calendar.turns):
        rules = [r for r in world.rules if r.turns is None or turn in r.turns]
        events = [(event, rest) for event, turns, rest in gated if turns is None or turn in turns]
        seats = tuple(i for i, m in enumerate(world.members)
                      if turn in (m.joins, m.leaves, m.full_from))
        key = (tuple(map(id, rules)), tuple(id(event) for event, _ in events), seats)
        plan = shared.get(key)
        if plan is None:
            plan = shared[key] = TurnPlan(
                tuple((r.rest, r.run, r.cause) for r in rules),  # type: ignore[misc]
                tuple((event, event.id, rest, event.once, event.cooldown)
                      for event, rest in events),
                seats)
        plans.append(plan)
    return plans


def bind_hooks(world: World) -> None:
    """Effects compiled for this world call these at play time."""
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
