"""Simulation benchmark: prints JSON with full-campaign playthroughs per second (random bot, one
core, one process) and the time to load and validate the scenario (YAML, models, lint).

    python benchmarks/sim_bench.py [--scenario campaign] [--seconds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.content import catalog  # noqa: E402
from game.content.loader import load_scenario  # noqa: E402
from game.sim.bots import RandomBot, play  # noqa: E402
from game.sim.engine import Game  # noqa: E402
from game.sim.world import build_world  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenario", default="campaign")
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()

    scenario = catalog.find(args.scenario)
    path = scenario.files[0].path.parent if len(scenario.files) > 1 else scenario.files[0].path
    loads = []
    for _ in range(15):
        start = time.perf_counter()
        load_scenario(path)
        loads.append(time.perf_counter() - start)
    builds = []
    for _ in range(15):
        start = time.perf_counter()
        world = build_world(scenario)
        builds.append(time.perf_counter() - start)

    games = turns = 0
    start = time.perf_counter()
    deadline = start + args.seconds
    while time.perf_counter() < deadline:
        for _ in range(50):
            game = play(Game(world, games), RandomBot(games))
            turns += game.turn + 1
            games += 1
    elapsed = time.perf_counter() - start

    print(json.dumps({
        "scenario": scenario.id,
        "turns_in_calendar": world.calendar.turns,
        "playthroughs_per_second": round(games / elapsed, 1),
        "mean_turns_per_game": round(turns / games, 1),
        "games": games,
        "load_and_validate_ms_median": round(statistics.median(loads) * 1000, 1),
        "compile_ms_median": round(statistics.median(builds) * 1000, 1),
    }, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
