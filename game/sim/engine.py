"""The engine API that the window, the `thaw` command, the bots and the tests all drive.

    game = Game(world, seed=7)
    while game.ending is None:
        for decision in game.decisions():
            game.choose(decision.id, decision.options[0].id)
        game.advance()

Each call the player makes is a command appended to `game.log`; a game is its seed plus its log,
so `Game.replay(world, seed, log)` rebuilds it exactly. All randomness comes from the one
generator in the state, seeded by the seed; nothing reads the clock.

A turn: the state moves (delayed effects land, standing policies act, rules fire, members drift
towards their constituencies), then the turn's events arrive (dated ones, and conditional ones the
state calls up); the player decides; `advance()` then checks the threats (an ending's trigger, the
removal vote, the end of the calendar) and, if the game goes on, begins the next turn.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from game.sim import politics
from game.sim.state import News, State
from game.sim.stats import STATS
from game.sim.world import CompiledEvent, CompiledOption, TurnPlan, World

Command = dict[str, str]


def command_turns(log: list[Command]) -> list[int]:
    """The turn each command of a log was given in (the number of advances before it)."""
    turns = []
    turn = 0
    for command in log:
        turns.append(turn)
        if command.get("cmd") == "advance":
            turn += 1
    return turns


class GameError(ValueError):
    """A command that cannot be carried out now (not a bug: bad input)."""


@dataclass(frozen=True)
class OptionView:
    """An option of an open decision, by id (`game.narration.cards` words it)."""

    id: str
    historical: bool
    available: bool


@dataclass(frozen=True)
class DecisionView:
    """An open decision, by id, with its options in the order they are shown."""

    id: str
    date: str | None
    options: tuple[OptionView, ...]


class Game:
    """One game: its world, its seed, its state, and the log of every command given."""

    def __init__(self, world: World, seed: int) -> None:
        self.world = world
        self.seed = seed
        self.state = State(seed, list(world.initial), politics.new_members(world),
                           dict(world.initial_policies), random.Random(seed))
        self.state.flags.update(world.initial_flags)
        self.state.refresh_presidium("start")
        self.state.causes.clear()
        self.log: list[Command] = []
        self.pending: list[str] = []
        self._orders: dict[str, tuple[str, ...]] = {}
        # Values at the close of each turn: (turn, values).
        self.history: list[tuple[int, tuple[float, ...]]] = []
        self._begin_turn(first=True)

    # --- what the player sees ---------------------------------------------------------------
    @property
    def ending(self) -> str | None:
        """The ending's id once the game has ended, else None."""
        return self.state.ending

    @property
    def turn(self) -> int:
        """The turn the game is in (from 0)."""
        return self.state.turn

    @property
    def date_label(self) -> str:
        """The turn as the player reads it ("Summer 1957")."""
        return self.world.calendar.label(self.state.turn)

    def decisions(self) -> list[DecisionView]:
        """The decisions open now, in the order they arrived."""
        if self.state.ending is not None:
            return []
        return [self._view(self.world.events[e]) for e in self.pending]

    def shown_order(self, decision: str) -> tuple[str, ...]:
        """The order in which a decision's options are shown: drawn from the game's seed and the
        decision, so the same seed shows the same order (a class sees the same cards), and no
        position tells the player which option Khrushchev took. Its own generator: the game's
        draws are untouched."""
        order = self._orders.get(decision)
        if order is None:
            ids = list(self.world.events[decision].options)
            random.Random(f"{self.seed}/{decision}").shuffle(ids)
            order = self._orders[decision] = tuple(ids)
        return order

    def _view(self, event: CompiledEvent) -> DecisionView:
        options = tuple(OptionView(o, event.options[o].historical,
                                   self._available(event.options[o]))
                        for o in self.shown_order(event.id))
        return DecisionView(event.id, event.date, options)

    def _available(self, option: CompiledOption) -> bool:
        return option.requires is None or option.requires(self.state)

    def available_options(self, decision: str) -> list[str]:
        """The options that can be taken now, in the order they are shown."""
        event = self.world.events[decision]
        order = self.shown_order(decision)
        if event.always_open:
            return list(order)
        return [o for o in order if self._available(event.options[o])]

    def preview(self, decision: str, option: str) -> tuple[list[float], list[float]]:
        """Expected change of each stat (by index) now and later, if this option were chosen."""
        o = self.world.events[decision].options[option]
        now, later = [0.0] * len(STATS), [0.0] * len(STATS)
        o.preview(self.state, now, later, 1.0)
        return now, later

    def can_advance(self) -> bool:
        """Whether the turn can end now: the game goes on and nothing is left to decide."""
        return self.state.ending is None and not self.pending

    # --- commands ---------------------------------------------------------------------------
    def choose(self, decision: str, option: str) -> None:
        """Takes an option at an open decision: its effects apply now (a command in the log)."""
        state = self.state
        if state.ending is not None:
            raise GameError("the game is over")
        if decision not in self.pending:
            raise GameError(f"no open decision {decision!r}")
        compiled = self.world.events[decision].options.get(option)
        if compiled is None:
            raise GameError(f"decision {decision!r} has no option {option!r}")
        if not self._available(compiled):
            raise GameError(f"option {option!r} cannot be taken now")
        self.log.append({"cmd": "choose", "decision": decision, "option": option})
        self.pending.remove(decision)
        state.chosen[decision] = option
        state.event_date = self.world.events[decision].date
        compiled.apply(state, compiled.cause)
        state.event_date = None
        if state.ending is not None:
            self._snapshot()

    def set_policy(self, policy: str, option: str) -> None:
        """Re-sets a standing policy, paying its change cost, and more if changed again so soon (a
        command in the log)."""
        state = self.state
        if state.ending is not None:
            raise GameError("the game is over")
        compiled = self.world.policies.get(policy)
        if compiled is None:
            raise GameError(f"no policy {policy!r}")
        if option not in compiled.options:
            raise GameError(f"policy {policy!r} has no option {option!r}")
        if state.policies.get(policy) == option:
            raise GameError(f"policy {policy!r} is already {option!r}")
        self.log.append({"cmd": "policy", "policy": policy, "option": option})
        cause = f"change:{policy}={option}"
        compiled.change_cost(state, cause)
        last = state.policy_changed.get(policy)
        if last is not None and state.turn - last <= compiled.quick_change_turns:
            compiled.quick_change_cost(state, cause + " (again so soon)")
        state.policy_changed[policy] = state.turn
        state.policies[policy] = option
        if state.ending is not None:
            self._snapshot()

    def advance(self) -> None:
        """Ends the turn: threats are checked, then the next turn begins."""
        state = self.state
        if state.ending is not None:
            raise GameError("the game is over")
        if self.pending:
            raise GameError(f"decide first: {', '.join(self.pending)}")
        self.log.append({"cmd": "advance"})
        self._snapshot()
        world = self.world
        for ending, check in world.threats:
            if check(state):
                politics.end_game(world, state, ending)
                return
        if politics.vote_due(world, state):
            politics.removal_vote(world, state, "vote")
            if state.ending is not None:
                self._snapshot()
                return
        if state.turn >= world.last_turn:
            for ending, check in world.finals:
                if check is None or check(state):
                    politics.end_game(world, state, ending)
                    return
            raise AssertionError("the linter guarantees a catch-all final ending")
        state.turn += 1
        self._begin_turn()

    def apply(self, command: Command) -> None:
        """Carries out one logged command (for replays and saves)."""
        kind = command.get("cmd")
        if kind == "choose":
            self.choose(command["decision"], command["option"])
        elif kind == "policy":
            self.set_policy(command["policy"], command["option"])
        elif kind == "advance":
            self.advance()
        else:
            raise GameError(f"unknown command {kind!r}")

    @classmethod
    def replay(cls, world: World, seed: int, log: list[Command]) -> Game:
        """The game of this seed after every command of a log, given again in order."""
        game = cls(world, seed)
        for command in log:
            game.apply(command)
        return game

    # --- the turn ---------------------------------------------------------------------------
    def _begin_turn(self, first: bool = False) -> None:
        """A turn begins: the state moves (but on the first turn), then the events arrive."""
        state = self.state
        # The plan lists only the rules and events whose dates allow this turn, each with what
        # is left of its test; the rest would test false without drawing (see `TurnPlan`).
        plan = self.world.plan[state.turn]
        if not first:
            self._move(plan)
            if state.ending is not None:
                self._snapshot()
                return
        self._events_arrive(plan)
        if state.ending is not None:
            self._snapshot()

    def _move(self, plan: TurnPlan) -> None:
        """The state moves: delayed effects land, members join and leave, the standing
        policies act, the rules act (in file order), members drift towards their constituencies."""
        state, world = self.state, self.world
        landing = state.delayed.pop(state.turn, None)
        if landing:
            for index, delta, cause in landing:
                state.change(index, delta, cause)
        if plan.appointments:
            politics.seat_and_retire(world, state)
        for policy, option in state.policies.items():
            apply, cause = world.policies[policy].options[option]
            apply(state, cause)
        for when, run, cause in plan.rules:
            # `when` is tested even once the game has ended, as the draws it makes were.
            if (when is None or when(state)) and state.ending is None:
                run(state, cause)
        politics.follow_constituencies(state)

    def _events_arrive(self, plan: TurnPlan) -> None:
        """The dated events of the turn arrive, then as many conditional ones as the scenario
        allows a turn, by priority, those on cooldown or already seen (`once`) passed over."""
        state, world = self.state, self.world
        turn = state.turn
        for event in world.dated.get(turn, ()):
            if event.trigger is None or event.trigger(state):
                self._arrive(event)
        quota = world.conditional_per_turn
        if not quota:
            return
        fired = state.fired
        for event, event_id, trigger, once, cooldown in plan.conditional:
            last = fired.get(event_id)
            if last is not None and (once or turn - last <= cooldown):
                continue
            if trigger is None or trigger(state):
                self._arrive(event)
                quota -= 1
                if not quota:
                    break

    def _arrive(self, event: CompiledEvent) -> None:
        """An event comes up: its own effects apply at once; a decision then waits for the
        player."""
        state = self.state
        state.fired[event.id] = state.turn
        state.times[event.id] = state.times.get(event.id, 0) + 1
        if event.kind == "news":
            state.news.append(News(state.turn, "event", event.id))
        else:
            self.pending.append(event.id)
        event.apply(state, event.cause)

    def _snapshot(self) -> None:
        entry = (self.state.turn, tuple(self.state.values))
        if self.history and self.history[-1][0] == entry[0]:
            self.history[-1] = entry
        else:
            self.history.append(entry)
