"""Writes tests/fixtures/locator-runs.txt: a short hash of every run of 3 to 7 words in each
source document, so that the locator check (tools/locators.py) runs where the documents are not.

    python -m tools.locator_runs [SEEDS_FOLDER]     (default: found as the tests find it)

Also: `python -m tools.locator_runs --find SOURCE WORDS...` prints the passages of a document
that contain all the words given, to choose a locator from.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.locators import FIXTURE, build_fixture, find_documents, fold, read_documents


def _find(source: str, wanted: list[str]) -> int:
    folder = find_documents()
    if folder is None:
        print("the source documents are not here (set THAW_SOURCE_DOCS)", file=sys.stderr)
        return 2
    text = read_documents(folder).get(source)
    if text is None:
        print(f"no document {source!r}", file=sys.stderr)
        return 2
    for sentence in fold(text).replace("\n", " ").split(". "):
        if all(w.lower() in sentence for w in wanted):
            print("-", sentence.strip()[:400])
    return 0


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--find"] and len(args) >= 3:
        return _find(args[1], args[2:])
    folder = Path(args[0]) if args else find_documents()
    if folder is None or len(list(folder.glob("*.txt"))) != 5:
        print(f"{folder}: the five source documents are not there", file=sys.stderr)
        return 2
    FIXTURE.write_text(build_fixture(folder), encoding="utf-8")
    print(f"wrote {FIXTURE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
