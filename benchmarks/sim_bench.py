"""Simulation benchmark: prints JSON with full-campaign playthroughs per second on one core (one
process), for the random bot and the historical bot, turns per second (which compares across
content changes that make games longer or shorter), and the time to load and validate the
scenario (YAML, models, lint) and to compile it, and to find it by name in the catalog.

    python benchmarks/sim_bench.py [--scenario campaign] [--seconds 3] [--repeat 3]

Each bot is timed `--repeat` times for `--seconds` each; the JSON gives the median of the runs
(other work on the machine slows single runs, rarely the middle one). Game `i` of a run uses seed
`i` for the game and the bot, so every run plays the same games in the same order.
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
from game.content.build import build_world  # noqa: E402
from game.content.loader import load_scenario  # noqa: E402
from game.sim.bots import make_bot, play  # noqa: E402
from game.sim.engine import Game  # noqa: E402
from game.sim.world import World  # noqa: E402


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def _time(action, times: int) -> list[float]:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


def playthroughs(world: World, bot: str, seconds: float) -> tuple[float, float, float, float]:
    """(games per second, turns per second, mean turns per game, games per second of this
    process's CPU time) over `seconds`."""
    games = turns = 0
    start, cpu = time.perf_counter(), time.process_time()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        for _ in range(50):
            game = play(Game(world, games), make_bot(bot, games))
            turns += game.turn + 1
            games += 1
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return games / elapsed, turns / elapsed, turns / games, games / cpu


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenario", default="campaign")
    parser.add_argument("--seconds", type=float, default=3.0, help="per bot and run")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    found = _time(lambda: catalog.find(args.scenario), 5)
    scenario = catalog.find(args.scenario)
    path = scenario.files[0].path.parent if len(scenario.files) > 1 else scenario.files[0].path
    loads = _time(lambda: load_scenario(path), 15)
    builds = _time(lambda: build_world(scenario), 15)
    world = build_world(scenario)

    result: dict[str, object] = {
        "scenario": scenario.id,
        "content_hash": scenario.content_hash,
        "turns_in_calendar": world.calendar.turns,
    }
    for bot in ("random", "historical"):
        runs = [playthroughs(world, bot, args.seconds) for _ in range(args.repeat)]
        prefix = "" if bot == "random" else "historical_"
        result[f"{prefix}playthroughs_per_second"] = round(statistics.median(r[0] for r in runs), 1)
        result[f"{prefix}turns_per_second"] = round(statistics.median(r[1] for r in runs))
        result[f"{prefix}mean_turns_per_game"] = round(runs[0][2], 1)
        result[f"{prefix}runs_playthroughs_per_second"] = [round(r[0], 1) for r in runs]
        # Per second of CPU time: less disturbed than the wall clock when other work shares the
        # machine (the wall-clock figure is the one to quote on a quiet machine).
        result[f"{prefix}cpu_playthroughs_per_second"] = round(
            statistics.median(r[3] for r in runs), 1)
    result.update({
        "load_and_validate_ms_median": _median_ms(loads),
        "compile_ms_median": _median_ms(builds),
        "catalog_find_ms_median": _median_ms(found),
    })
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
