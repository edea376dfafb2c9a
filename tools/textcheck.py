"""Is a text in our own words? Finds runs of eight words shared with the five source documents.

The documents are not in the repository: tests/fixtures/source-runs.txt holds a short hash of
every run of eight words in each of them (made by `python -m tools.source_runs`), which is enough
to recognise a copied run without shipping the texts. Titles of works and quotations attributed
to a historical speaker (Khrushchev, his 1964 successors) or to a historian the documents quote
are allowed, as the design notes say.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

RUN = 8  # this many words in a row, found in a document, is a copy
FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "source-runs.txt"

# Names are matched as written (so the verb "keep" is not John Keep); in the game's own text the
# player is Khrushchev, so "you" attributes a quotation to him.
SPEAKERS = ("Khrushchev", "Presidium", "McCauley", "Roberts", "Kenez", "Keep")
SPEAKER_WORDS = ("successors", "you")
SPEAKER_ENTRIES = {"khrushchev", "mccauley", "roberts", "kenez", "keep"}
TITLES = ("One Day in the Life of Ivan Denisovich", "A Day in the Life of Ivan Denisovitch")
QUOTE = re.compile(r'"[^"]*"|“[^”]*”')


def words(text: str) -> list[str]:
    """Lower-case words without punctuation: apostrophes vanish, hyphens and dashes split."""
    text = text.lower().replace("’", "").replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def digest(run: tuple[str, ...]) -> str:
    return hashlib.sha1(" ".join(run).encode()).hexdigest()[:12]


def runs(tokens: list[str], n: int = RUN) -> set[str]:
    return {digest(tuple(tokens[i:i + n])) for i in range(len(tokens) - n + 1)}


def load_documents(path: Path = FIXTURE) -> dict[str, set[str]]:
    documents: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, value = line.split(" ")
            documents.setdefault(name, set()).add(value)
    return documents


def _attributed(text: str, start: int, end: int, entry_id: str) -> bool:
    """A quotation is attributed when its own sentence (before or after it) names a speaker."""
    if entry_id in SPEAKER_ENTRIES:
        return True
    before = re.split(r"[.!?]\s", text[:start])[-1]
    after = re.split(r"[.!?](\s|$)", text[end:])[0]
    sentence = re.findall(r"[A-Za-z]+", f"{before} {after}")
    return any(name in sentence for name in SPEAKERS) or any(
        word.lower() in SPEAKER_WORDS for word in sentence)


def checked_pieces(text: str, entry_id: str) -> list[str]:
    """The parts of `text` that must be our own words: titles and attributed quotations are cut
    out, and the text is split where they were so that no run of words bridges a cut."""
    for title in TITLES:
        text = re.sub(re.escape(title), " | ", text, flags=re.IGNORECASE)
    pieces, last = [], 0
    for match in QUOTE.finditer(text):
        if _attributed(text, match.start(), match.end(), entry_id):
            pieces.append(text[last:match.start()])
            last = match.end()
    pieces.append(text[last:])
    return [p for part in pieces for p in part.split(" | ")]


def copied(text: str, entry_id: str, documents: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Every (document, run of words) that `text` shares with a document."""
    found = []
    for piece in checked_pieces(text, entry_id):
        tokens = words(piece)
        for i in range(len(tokens) - RUN + 1):
            run = tuple(tokens[i:i + RUN])
            found.extend((doc, " ".join(run)) for doc, doc_runs in documents.items()
                         if digest(run) in doc_runs)
    return found
