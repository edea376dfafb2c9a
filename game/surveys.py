"""Many games on every core: `thaw simulate --jobs N` and `make balance` play their seeds across
processes, with byte-identical results to one process (the games are the same games; they are
counted in seed order).

A worker builds its world once, from the scenario's reference (an id or a path), and its bots
from their spec (a built-in policy or a strategy file): closures do not cross processes, names do.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path

from game.content import catalog
from game.content.build import build_world
from game.content.strategy import load_strategy, strategy_bot
from game.sim.bots import Bot, make_bot, play
from game.sim.engine import Game
from game.sim.survey import GameSummary, Survey, summarise
from game.sim.world import World

# Below this many games a second process costs more than it saves.
WORTH_A_PROCESS = 40

_WORLDS: dict[str, World] = {}


def world_of(ref: str) -> World:
    """The world of a scenario id or path, built once per process."""
    world = _WORLDS.get(ref)
    if world is None:
        world = _WORLDS[ref] = build_world(catalog.find(ref))
    return world


def bot_factory(spec: str, world: World) -> Callable[[int], Bot]:
    """seed -> bot, for a built-in policy or a strategy file (`.yaml`, `.yml`, `.json`)."""
    if Path(spec).suffix in (".yaml", ".yml", ".json"):
        strategy = load_strategy(Path(spec))
        return lambda seed: strategy_bot(strategy, world, seed)
    return lambda seed: make_bot(spec, seed)


def play_one(ref: str, spec: str, seed: int) -> GameSummary:
    """One game, by names only (what a worker is handed)."""
    world = world_of(ref)
    return summarise(play(Game(world, seed), bot_factory(spec, world)(seed)))


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def summaries(ref: str, spec: str, seeds: Sequence[int], jobs: int | None = None,
              task: Callable = play_one) -> Iterator:
    """`task(ref, spec, seed)` for each seed, in seed order, on `jobs` processes (default: all
    cores; one for a short run)."""
    jobs = default_jobs() if jobs is None else max(1, jobs)
    one = partial(task, ref, spec)
    try:
        # One process where there is no multiprocessing: the packaged game leaves it out.
        # lazy: the packaged game has no multiprocessing (packaging/bundle.py)
        import multiprocessing
    except ImportError:
        jobs = 1
    if jobs == 1 or len(seeds) < WORTH_A_PROCESS:
        yield from map(one, seeds)
        return
    chunk = max(1, len(seeds) // (jobs * 8))
    # Spawned, never forked: a fork of a process with threads running (the window's writer, a
    # test runner's) can deadlock the child.
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs) as pool:
        yield from pool.imap(one, seeds, chunksize=chunk)


def survey_jobs(ref: str, spec: str, seeds: Sequence[int], jobs: int | None = None) -> Survey:
    """`game.sim.survey.survey` of a scenario and a bot by name, across processes."""
    result = Survey(world_of(ref))
    for summary in summaries(ref, spec, seeds, jobs):
        result.add(summary)
    return result
