"""How long a game or a chapter takes a student: measured from the words the game shows and the
decisions it asks for, not guessed. Used by tools/pace.py (which writes the minutes into the
scenario files) and the test that keeps them true."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from game.narration.shown import after_choice, at_end, at_turn_start
from game.sim.bots import Bot
from game.sim.chapters import chapter_of
from game.sim.engine import Game
from game.sim.world import World

WORDS_A_MINUTE = 180  # a secondary-school student reading attentively
MINUTES_A_DECISION = 0.75  # weighing the options, the forecast, the risks
MINUTES_A_TURN = 0.15  # a glance at the meters and the news, ending the turn


def _words(shown) -> int:
    return sum(len(text.split()) for _, text in shown)


def game_minutes(world: World, bot: Bot, seed: int) -> dict[int | None, float]:
    """Minutes one game takes, by chapter index (None for a scenario without chapters)."""
    game = Game(world, seed)
    minutes: dict[int | None, float] = {}

    def add(amount: float) -> None:
        key = chapter_of(world, game.turn)
        minutes[key] = minutes.get(key, 0.0) + amount

    state = game.state
    while state.ending is None:
        add(_words(at_turn_start(game)) / WORDS_A_MINUTE + MINUTES_A_TURN)
        for policy, option in bot.policies(game):
            if state.ending is None:
                game.set_policy(policy, option)
        while game.pending and state.ending is None:
            decision = game.pending[0]
            news, causes = len(state.news), len(state.causes)
            game.choose(decision, bot.pick(game, decision, game.available_options(decision)))
            event = world.events[decision].model
            add(MINUTES_A_DECISION + (_words(after_choice(game, news, causes))
                                      + len((event.what_happened or "").split()))
                / WORDS_A_MINUTE)
        if state.ending is None:
            game.advance()
    add(_words(at_end(game)) / WORDS_A_MINUTE)
    return minutes


def measured_minutes(world: World, make_bot: Callable[[int], Bot],
                     seeds: Iterable[int]) -> dict[int | None, float]:
    """The median minutes by chapter over games that reach the chapter's end."""
    runs: dict[int | None, list[float]] = {}
    last = chapter_of(world, world.last_turn)
    for seed in seeds:
        minutes = game_minutes(world, make_bot(seed), seed)
        reached = max((k for k in minutes if k is not None), default=None)
        for key, value in minutes.items():
            if key is None or key < (reached or 0) or key == last:
                runs.setdefault(key, []).append(value)
    out = {}
    for key, values in runs.items():
        values.sort()
        out[key] = values[len(values) // 2]
    return out
