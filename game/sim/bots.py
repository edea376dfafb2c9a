"""Bots that play whole games through the engine API: for `thaw simulate`, balance and tests.

A bot is asked, each turn, for the policy changes it wants and for an option for each open
decision. Bots draw from their own generator, never from the game's, so a bot's whims do not shift
the harvests.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from game.sim.engine import Game
from game.sim.stats import HIGH_IS_BAD, INDEX, STATS


class Bot:
    """A player that is a program: asked each turn for its policy changes and an option for each
    open decision."""

    name = "bot"

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 7919 + 17)

    def policies(self, game: Game) -> list[tuple[str, str]]:
        """The standing-policy changes this bot makes now, as (policy, option)."""
        return []

    def pick(self, game: Game, decision: str, options: list[str]) -> str:
        """The option this bot takes at a decision, out of those it can take now (in the order
        shown)."""
        raise NotImplementedError


class FirstBot(Bot):
    """Always the first option it can take, as the options are shown."""

    name = "first"

    def pick(self, game: Game, decision: str, options: list[str]) -> str:
        return options[0]


class NthBot(Bot):
    """Always the n-th option it can take as they are shown (counting from 0), or the last one
    if there are fewer. The order is drawn from the seed, so this is no fixed strategy: it is what
    a player pressing the same key every time would get."""

    def __init__(self, seed: int, n: int) -> None:
        super().__init__(seed)
        self.n = n
        self.name = f"nth:{n}"

    def pick(self, game: Game, decision: str, options: list[str]) -> str:
        return options[min(self.n, len(options) - 1)]


class ListedBot(Bot):
    """Always the n-th option it can take as the scenario file lists them (counting from 0), or
    the last one if there are fewer: a fixed strategy, for authors and tests."""

    def __init__(self, seed: int, n: int) -> None:
        super().__init__(seed)
        self.n = n
        self.name = f"listed:{n}"

    def pick(self, game: Game, decision: str, options: list[str]) -> str:
        listed = [o for o in game.world.events[decision].options if o in options]
        return listed[min(self.n, len(listed) - 1)]


class RandomBot(Bot):
    """Any option it can take, at random; now and then it re-sets a standing policy."""

    name = "random"
    policy_change = 0.08

    def policies(self, game: Game) -> list[tuple[str, str]]:
        changes = []
        for policy in game.world.policies.values():
            if self.rng.random() < self.policy_change:
                choice = self.rng.choice(list(policy.options))
                if choice != game.state.policies.get(policy.id):
                    changes.append((policy.id, choice))
        return changes

    def pick(self, game: Game, decision: str, options: list[str]) -> str:
        return self.rng.choice(options)


class HistoricalBot(Bot):
    """Khrushchev's choices: the option marked historical (else the first it can take), and the
    policy changes the scenario lists for the historical path."""

    name = "historical"

    def policies(self, game: Game) -> list[tuple[str, str]]:
        wanted = game.world.historical_policies.get(game.turn, [])
        return [(p, o) for p, o in wanted if game.state.policies.get(p) != o]

    def pick(self, game: Game, decision: str, options: list[str]) -> str:
        historical = game.world.events[decision].historical
        return historical if historical in options else options[0]


class GreedyBot(Bot):
    """Whatever promises the most of one stat (now plus later), ties to the first listed in the
    scenario (so the bot is one fixed strategy, whatever order the options are shown in)."""

    def __init__(self, seed: int, stat: str) -> None:
        super().__init__(seed)
        if stat not in INDEX:
            raise ValueError(f"no stat {stat!r}; known: {', '.join(STATS)}")
        self.index = INDEX[stat]
        self.sign = -1.0 if stat in HIGH_IS_BAD else 1.0
        self.name = f"greedy:{stat}"

    def pick(self, game: Game, decision: str, options: list[str]) -> str:
        def score(option: str) -> float:
            now, later = game.preview(decision, option)
            return self.sign * (now[self.index] + later[self.index])

        listed = [o for o in game.world.events[decision].options if o in options]
        return max(listed, key=score)


class ScriptBot(Bot):
    """A strategy written down in a file: named choices, a fallback bot for the rest, and policy
    changes by turn (with none listed, the fallback's)."""

    def __init__(self, seed: int, name: str, choices: dict[str, str], fallback: Bot,
                 schedule: dict[int, list[tuple[str, str]]]) -> None:
        super().__init__(seed)
        self.name = name
        self.choices = choices
        self.fallback = fallback
        self.schedule = schedule

    def policies(self, game: Game) -> list[tuple[str, str]]:
        if not self.schedule:
            return self.fallback.policies(game)
        wanted = self.schedule.get(game.turn, [])
        return [(p, o) for p, o in wanted if game.state.policies.get(p) != o]

    def pick(self, game: Game, decision: str, options: list[str]) -> str:
        wanted = self.choices.get(decision)
        if wanted in options:
            return wanted
        return self.fallback.pick(game, decision, options)


BUILTIN: dict[str, Callable[[int], Bot]] = {
    "first": FirstBot,
    "random": RandomBot,
    "historical": HistoricalBot,
}


def make_bot(spec: str, seed: int) -> Bot:
    """`first`, `random`, `historical`, `greedy:STAT`, `nth:N` (by the order shown) or
    `listed:N` (by the order in the scenario file) (strategy files: `game.content.strategy`)."""
    if spec in BUILTIN:
        return BUILTIN[spec](seed)
    kind, _, arg = spec.partition(":")
    if kind == "greedy" and arg:
        return GreedyBot(seed, arg)
    if kind == "nth" and arg.isdigit():
        return NthBot(seed, int(arg))
    if kind == "listed" and arg.isdigit():
        return ListedBot(seed, int(arg))
    raise ValueError(f"unknown policy {spec!r}: use random, historical, first, greedy:STAT, nth:N, "
                     "listed:N or a strategy file (.yaml)")


def play_turn(game: Game, bot: Bot) -> None:
    """One turn: the bot's policy changes, its choices, then advance (unless the game ended)."""
    state = game.state  # `state.ending` rather than the `game.ending` property: bots play a lot
    for policy, option in bot.policies(game):
        if state.ending is not None:
            return
        game.set_policy(policy, option)
    pending = game.pending
    while pending and state.ending is None:
        decision = pending[0]
        game.choose(decision, bot.pick(game, decision, game.available_options(decision)))
    if state.ending is None:
        game.advance()


def play(game: Game, bot: Bot, check: Callable[[Game], None] | None = None) -> Game:
    """Plays to an ending; `check` (for tests) is called after every turn."""
    state = game.state
    while state.ending is None:
        play_turn(game, bot)
        if check is not None:
            check(game)
    return game
