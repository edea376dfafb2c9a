"""Can a teacher find a citation's passage with Ctrl+F? Checks a locator (3 to 7 words) against
the document it cites. The tests run it; tools/locator_runs.py makes its fixture.

A locator matches when its words appear in a row in the document, compared case-insensitively,
with runs of white space folded to one space and typographic quotes, apostrophes and dashes folded
to plain ones; as in a browser's search, its first word may be the end of a word in the document
that carries punctuation before it, and its last word the start of one that carries punctuation
after it ("Crimea" finds "Crimea,", "(1959-1965)" finds "(1959-1965)."). Nothing else is
forgiven.

The documents are not in the repository. When they are beside it (`shared/seeds` in a folder above
the repository, or the folder named by THAW_SOURCE_DOCS) the check reads them; elsewhere it reads
tests/fixtures/locator-runs.txt, a short hash of every run of 3 to 7 words in each document (made
by `python -m tools.locator_runs`), which answers the same question.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "locator-runs.txt"
SHORTEST, LONGEST = 3, 7
# The five documents by the first three characters of their file names (design/history.md).
NAMES = {"000": "reform-communism", "001": "modernisation", "002": "transformed",
         "003": "student-essay", "004": "country-study"}

_FOLDS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
})


def fold(text: str) -> str:
    """Lower case, typographic quotes and dashes made plain, white space folded."""
    return re.sub(r"\s+", " ", text.lower().translate(_FOLDS)).strip()


def digest(words: list[str]) -> str:
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:10]


def runs(text: str) -> set[str]:
    """The hash of every run of 3 to 7 words of a document, each also with the punctuation before
    its first word and after its last word taken off (what a search for it would match)."""
    words = fold(text).split(" ")
    found: set[str] = set()
    for n in range(SHORTEST, LONGEST + 1):
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            for first in _tails(run[0]):
                for last in _heads(run[-1]):
                    found.add(digest([first, *run[1:-1], last]))
    return found


def _tails(word: str) -> set[str]:
    """The word, and the word with some or all of the punctuation before it taken off."""
    lead = len(word) - len(re.sub(r"^\W+", "", word))
    return {word[k:] for k in range(lead + 1)}


def _heads(word: str) -> set[str]:
    """The word, and the word with some or all of the punctuation after it taken off."""
    trail = len(word) - len(re.sub(r"\W+$", "", word))
    return {word[:len(word) - k] for k in range(trail + 1)}


def key(locator: str) -> str:
    return digest(fold(locator).split(" "))


def find_documents() -> Path | None:
    """The folder of the five documents, if it is here: THAW_SOURCE_DOCS, else `shared/seeds` in
    the repository's folder or any folder above it."""
    named = os.environ.get("THAW_SOURCE_DOCS")
    candidates = [Path(named)] if named else [p / "shared" / "seeds" for p in ROOT.parents]
    for folder in candidates:
        if len(list(folder.glob("*.txt"))) == len(NAMES) if folder.is_dir() else False:
            return folder
    return None


def read_documents(folder: Path) -> dict[str, str]:
    return {NAMES[path.name[:3]]: path.read_text(encoding="utf-8")
            for path in sorted(folder.glob("*.txt"))}


def build_fixture(folder: Path) -> str:
    lines = ["# Hashes of every run of 3 to 7 words in each source document, for the locator",
             "# check (tools/locators.py); made by `python -m tools.locator_runs`."]
    for name, text in read_documents(folder).items():
        lines.append(f"[{name}]")
        lines += sorted(runs(text))
    return "\n".join(lines) + "\n"


def load_fixture(path: Path = FIXTURE) -> dict[str, set[str]]:
    documents: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        if line.startswith("["):
            current = documents.setdefault(line.strip("[]"), set())
        elif current is not None:
            current.add(line)
    return documents


def document_runs() -> tuple[dict[str, set[str]], str]:
    """The runs of each document, and where they came from: the documents themselves when they
    are here, else the fixture."""
    folder = find_documents()
    if folder is not None:
        return {name: runs(text) for name, text in read_documents(folder).items()}, str(folder)
    return load_fixture(), str(FIXTURE)


def found(locator: str, source: str, documents: dict[str, set[str]]) -> bool:
    """Whether `locator` can be found in the document `source`."""
    words = fold(locator).split(" ")
    return SHORTEST <= len(words) <= LONGEST and key(locator) in documents.get(source, set())
