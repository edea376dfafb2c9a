"""`thaw bench`: how the window performs, in numbers.

- first_frame_s: from starting `thaw play` to its first frame on screen (median of 3 runs), and
  the floor beside it: a bare program that imports pygame and pydantic and draws one
  frame (the same measurement).
- frame_p95_ms / frame_max_ms: update+draw time of each frame that drew, over a whole scripted
  game played through the window by the autoplay bot (the first frame left out). The bot waits,
  as a person reading the screen would, until the last input is drawn and background work (files
  being written, scenarios being read, the next page prepared) is done.
- frame_p95_cpu_ms / frame_max_cpu_ms: the same frames in CPU time of the main thread, which
  other programs on a busy machine do not inflate (compare load_average_at_start).
- turn_p95_ms / turn_max_ms / turn_frames, per text size (normal, large, largest): update+draw
  of the frames drawn while the turn screen is on top, over a whole scripted game played at that
  text size (the issue's budget: p95 at or below 2.5 ms at every size). turn_p95_cpu_ms: the
  same in CPU time.
- idle_cpu_percent: CPU time over 5 s on the settled title screen with no input, as % of one
  core (the one-off reading of scenarios and fonts just after the first frame is left out).
- peak_rss_mb: the bench process's peak resident memory after the scripted games.
- dist_file_mb: the size of the one-file build dist/thaw (1 MB = 10^6 bytes), when it exists
  (`make dist`); None otherwise.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pygame

from game.settings import TEXT_SIZES
from game.ui.app import App
from game.ui.autoplay import Player
from game.ui.launch import LaunchOptions

FLOOR = """
import time, sys
import pygame, pydantic
pygame.display.init()
screen = pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
screen.fill((236, 226, 203))
pygame.display.flip()
print("first-frame", time.time(), flush=True)
"""


def _timed(argv: list[str]) -> float:
    """Seconds from spawning `argv` to the first frame it reports."""
    env = dict(os.environ, THAW_REPORT_FIRST_FRAME="1")
    start = time.time()
    out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("first-frame "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no first frame reported by {' '.join(argv)}: {out.stderr[-500:]}")


def first_frame(runs: int = 7) -> tuple[float, float | None]:
    """Medians of `runs` starts of each, taken in turn (so a busy moment hits both alike).

    In a packaged build there is no Python to measure the floor with, and the game is started
    as the executable itself: the floor comes back as None.
    """
    frozen = getattr(sys, "frozen", False)
    command = ([sys.executable] if frozen else [sys.executable, "-m", "game"])
    game, floor = [], []
    for _ in range(runs):
        game.append(_timed([*command, "play", "--exit-after-first-frame"]))
        if not frozen:
            floor.append(_timed([sys.executable, "-c", FLOOR]))
    return statistics.median(game), (statistics.median(floor) if floor else None)


class Game:
    """Frame times (ms) of a whole game played through the window by the autoplay bot: every
    frame (wall clock and this thread's CPU, the first frame left out), and those drawn while
    the turn screen was on top (update+draw)."""

    def __init__(self, scenario: str, seed: int, text_size: str | None = None) -> None:
        # The text size for this game only: the player's settings file is not touched.
        app = App(LaunchOptions(scenario=scenario, seed=seed, autoplay=True,
                                text_size=text_size))
        app.fast = True
        player = Player(seed)
        app.on_frame = player
        app.run()
        if player.failed:
            raise RuntimeError(player.failed)
        self.frame_ms = app.meter.wall_ms()[1:]
        self.frame_cpu_ms = app.meter.cpu_ms()[1:]
        self.turn_ms = app.meter.wall_ms("turn")
        self.turn_cpu_ms = app.meter.cpu_ms("turn")


def dist_file_mb() -> float | None:
    """The one-file build's size, if `make dist` has made it beside this source."""
    if getattr(sys, "frozen", False):
        return None
    exe = Path(__file__).resolve().parents[2] / "dist" / \
        ("thaw.exe" if sys.platform == "win32" else "thaw")
    return round(exe.stat().st_size / 1e6, 2) if exe.is_file() else None


def idle_cpu(seconds: float = 5.0) -> float:
    """% of one core used by the title screen left alone."""
    app = App()
    # The one-off work after the first frame (reading the scenarios, opening fonts) is left out:
    # this measures the title screen once it has settled, as it sits in front of a class.
    app.step(0.0)
    app.background.start_warm_up(background=False)
    while app.idle_step():
        pass
    app.step(0.0)
    stop = threading.Timer(seconds, lambda: pygame.event.post(pygame.event.Event(pygame.QUIT)))
    marks: list[tuple[float, float]] = []
    close = app.close

    def closing() -> None:  # stop the clock before the window is torn down
        marks.append((time.process_time(), time.perf_counter()))
        close()

    app.close = closing  # type: ignore[method-assign]
    cpu0, wall0 = time.process_time(), time.perf_counter()
    stop.start()
    app.run()
    cpu1, wall1 = marks[0]
    return 100.0 * (cpu1 - cpu0) / (wall1 - wall0)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else 0.0


def run(scenario: str, seed: int) -> dict:
    load = os.getloadavg()[0]
    first, floor = first_frame()
    games = {size: Game(scenario, seed, size) for size in TEXT_SIZES}
    played = games["normal"]
    frames, cpu = played.frame_ms, played.frame_cpu_ms
    idle = idle_cpu()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "scenario": scenario,
        "seed": seed,
        "video_driver": os.environ.get("SDL_VIDEODRIVER", "default"),
        "first_frame_s": round(first, 3),
        "first_frame_floor_s": round(floor, 3) if floor else None,
        "first_frame_ratio": round(first / floor, 2) if floor else None,
        "frames": len(frames),
        "frame_p95_ms": round(_p95(frames), 2),
        "frame_max_ms": round(max(frames, default=0.0), 2),
        "frame_p95_cpu_ms": round(_p95(cpu), 2),
        "frame_max_cpu_ms": round(max(cpu, default=0.0), 2),
        "turn_p95_ms": {size: round(_p95(g.turn_ms), 2) for size, g in games.items()},
        "turn_max_ms": {size: round(max(g.turn_ms, default=0.0), 2)
                        for size, g in games.items()},
        "turn_p95_cpu_ms": {size: round(_p95(g.turn_cpu_ms), 2) for size, g in games.items()},
        "turn_frames": {size: len(g.turn_ms) for size, g in games.items()},
        "load_average_at_start": round(load, 2),
        "idle_cpu_percent": round(idle, 2),
        "peak_rss_mb": round(rss_kb / 1024, 1),
        "dist_file_mb": dist_file_mb(),
    }
