"""Writes tests/fixtures/source-runs.txt: a short hash of every run of eight words in each source
document, for the tests that check the game's text is in our own words.

    python -m tools.source_runs [SEEDS_FOLDER]     (default: ../shared/seeds)
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.textcheck import FIXTURE, runs, words

ROOT = Path(__file__).resolve().parent.parent
NAMES = {"000": "reform-communism", "001": "modernisation", "002": "transformed",
         "003": "student-essay", "004": "country-study"}


def build(folder: Path) -> str:
    lines = ["# Hashes of every run of 8 words in each source document (tools/source_runs.py)."]
    for path in sorted(folder.glob("*.txt")):
        name = NAMES[path.name[:3]]
        lines += [f"{name} {h}" for h in sorted(runs(words(path.read_text(encoding="utf-8"))))]
    return "\n".join(lines) + "\n"


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    if len(list(folder.glob("*.txt"))) != 5:
        print(f"{folder}: the five source documents are not there", file=sys.stderr)
        return 2
    FIXTURE.write_text(build(folder), encoding="utf-8")
    print(f"wrote {FIXTURE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
