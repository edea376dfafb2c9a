"""Strategy files: a way of playing written down, for `thaw simulate --policy FILE`.

    name: reformer
    description: Consumer goods, no Cuban gamble, keep the Central Committee close.
    fallback: historical          # for decisions not named below: historical, first or random
    choices: {secret-speech: deliver, cuba-missiles: no-missiles}
    policies:                     # policy changes by date (none: the fallback's)
      - {date: 1955-03, policy: investment, option: consumer}
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationError

from game.content import yamlsafe
from game.content.conditions import Id
from game.content.models import Model, PolicySetting
from game.content.problems import ContentError, Problem
from game.sim.bots import BUILTIN, Bot, ScriptBot
from game.sim.world import World
from game.storage import Unreadable, read_bytes

# A name is printed in the terminal: no control characters.
Name = Annotated[str, Field(min_length=1, max_length=60, pattern=r"^[^\x00-\x1f\x7f-\x9f]+$")]


class Strategy(Model):
    """A strategy written down in a file: named choices, policy changes by date, a fallback for the
    rest."""

    name: Name
    description: str = Field("", max_length=2000)
    fallback: Literal["historical", "first", "random"] = "historical"
    choices: dict[Id, Id] = Field(default_factory=dict, max_length=2000,
                                  description="decision id -> option id")
    policies: list[PolicySetting] = Field(default_factory=list, max_length=2000)


def load_strategy(path: Path) -> Strategy:
    """A strategy file, read and checked. Raises a clear error naming the file and the problem."""
    name = str(path)
    try:
        data, lines = yamlsafe.load(read_bytes(Path(path), limit=yamlsafe.MAX_BYTES))
    except Unreadable as error:
        raise ContentError([Problem(name, "", f"cannot read the file: {error}")]) from None
    except yamlsafe.YamlProblem as problem:
        raise ContentError([Problem(name, "", problem.message, None, problem.line)]) from None
    try:
        return Strategy.model_validate(data)
    except ValidationError as error:
        raise ContentError([
            Problem(name, ".".join(map(str, e["loc"])), e["msg"], None,
                    lines.get(tuple(e["loc"]))) for e in error.errors()]) from None


def strategy_bot(strategy: Strategy, world: World, seed: int) -> Bot:
    """A bot for one world; choices naming decisions or options the scenario lacks are errors."""
    problems = []
    for decision, option in strategy.choices.items():
        event = world.events.get(decision)
        if event is None:
            problems.append(Problem(strategy.name, f"choices.{decision}", "no such decision in "
                                    f"scenario {world.id!r}"))
        elif option not in event.options:
            problems.append(Problem(strategy.name, f"choices.{decision}", "no such option",
                                    option))
    schedule: dict[int, list[tuple[str, str]]] = {}
    for setting in strategy.policies:
        turn = world.calendar.turn_of(setting.date)
        if turn is not None:
            schedule.setdefault(turn, []).append((setting.policy, setting.option))
    if problems:
        raise ContentError(problems)
    return ScriptBot(seed, strategy.name, strategy.choices, BUILTIN[strategy.fallback](seed),
                     schedule)
