"""How long each scenario and chapter takes, measured from the words shown and the decisions on
Khrushchev's path (game/narration/pace.py), written into the scenario files' `minutes:` lines:

    python -m tools.pace            # print the measured minutes
    python -m tools.pace --write    # and write them into the files
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from game.content import catalog
from game.content.build import build_world
from game.narration.pace import measured_minutes
from game.sim.bots import make_bot

SEEDS = range(1, 31)


def measure(scenario) -> dict[str | None, int]:
    """Minutes for the whole scenario (key None) and for each chapter (by id)."""
    world = build_world(scenario)
    minutes = measured_minutes(world, lambda seed: make_bot("historical", seed), SEEDS)
    if not world.chapters:
        return {None: round(minutes[None])}
    out: dict[str | None, int] = {cid: round(minutes.get(i, 0.0))
                                  for i, (cid, _) in enumerate(world.chapters)}
    out[None] = sum(v for k, v in out.items() if k is not None)
    return out


def header_file(scenario) -> Path:
    return next(f.path for f in scenario.files if getattr(f.model, "scenario", None))


def write(scenario, minutes: dict[str | None, int]) -> None:
    path = header_file(scenario)
    lines = path.read_text(encoding="utf-8").split("\n")
    chapter = None
    for i, line in enumerate(lines):
        found = re.match(r"^    - id: ([a-z0-9_-]+)\s*$", line)
        if found and chapter is not None:
            chapter = found.group(1)
        if line.startswith("  chapters:"):
            chapter = ""
        elif re.match(r"^  [a-z_]+:", line) and not line.startswith("  chapters:"):
            chapter = None
        if re.match(r"^  minutes: \d+\s*$", line):
            lines[i] = f"  minutes: {minutes[None]}"
        elif chapter and re.match(r"^      minutes: \d+\s*$", line):
            lines[i] = f"      minutes: {minutes[chapter]}"
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="write the minutes into the files")
    args = parser.parse_args()
    for scenario in catalog.available(include_user=False)[0]:
        minutes = measure(scenario)
        parts = ", ".join(f"{k}: {v}" for k, v in minutes.items() if k is not None)
        print(f"{scenario.id}: {minutes[None]} minutes" + (f" ({parts})" if parts else ""))
        if args.write:
            write(scenario, minutes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
