"""Text fitting in numbers (JSON): how long `game.ui.text.fit` and `wrap_path` take to cut a line
of 100 to 20,000 characters to a 400-pixel slot, and how many times they measure text to do it;
and how long the title screen takes to draw its first frame over an autosave whose scenario title
is that long (the save's reader caps titles; this draws the title screen's note straight).

A benchmark prints; it does not fail on a slow machine.

    SDL_VIDEODRIVER=dummy .venv/bin/python benchmarks/text_fit_bench.py
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.ui import text  # noqa: E402

LENGTHS = (100, 1_000, 5_000, 20_000)
PATH_LENGTHS = (100, 500, 1_000, 2_000)  # quadratic before: 20,000 would run for hours
WIDTH = 400


class CountingFont(pygame.font.Font):
    calls = 0

    def size(self, text):
        CountingFont.calls += 1
        return super().size(text)


def timed(function, *args) -> tuple[float, int]:
    CountingFont.calls = 0
    start = time.perf_counter()
    function(*args)
    return round((time.perf_counter() - start) * 1000, 2), CountingFont.calls


def title_frame_ms(title: str) -> float:
    """The title screen's note naming a saved game with this title, drawn once."""
    from game.ui.app import App

    app = App(None)
    app.step(0.016)
    scene = app.top
    scene.autosave_note = f"Continue: {title}, Spring 1953 (in progress)"
    start = time.perf_counter()
    scene.draw(app.screen)
    ms = (time.perf_counter() - start) * 1000
    pygame.display.quit()
    return round(ms, 2)


def main() -> None:
    pygame.font.init()
    font = CountingFont(str(ROOT / "assets" / "fonts" / "PTS55F.ttf"), 17)
    results = {}
    for n in LENGTHS:
        line = ("Scenario " * (n // 9 + 1))[:n]
        fit_ms, fit_calls = timed(text.fit, font, line, WIDTH)
        results[f"fit {n}"] = {"ms": fit_ms, "size_calls": fit_calls}
    for n in PATH_LENGTHS:
        # A file name with no folder separator, longer than a line: cut anywhere.
        path_ms, path_calls = timed(text.wrap_path, font, "a" * n, WIDTH)
        results[f"wrap_path {n}"] = {"ms": path_ms, "size_calls": path_calls}
    results["title_frame_ms_20000"] = title_frame_ms("T" * 20_000)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
