"""The five documents every rule and event must cite, by the ids used in the design notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SourceId = Literal[
    "reform-communism", "modernisation", "transformed", "student-essay", "country-study"
]


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    kind: str


SOURCES: dict[str, Source] = {
    s.id: s
    for s in (
        Source("reform-communism", "Khrushchev's Leadership and the Impact of de-Stalinisation",
               "revision notes in eight parts, with historians' verdicts"),
        Source("modernisation", "Khrushchev's attempts at modernisation",
               "notes on examination questions, 1998-2001 papers"),
        Source("transformed", "Khrushchev's leadership transformed the USSR",
               "study notes with questions and practice answers"),
        Source("student-essay", "Khrushchev's Changes to the Soviet Union",
               "a student's essay (2020) with a bibliography"),
        Source("country-study", "Russia - The Khrushchev Era",
               "a national country study"),
    )
}

assert set(SOURCES) == set(SourceId.__args__)  # type: ignore[attr-defined]


# An item that no document supports says so wherever its sources are shown. Among source ids
# (as the window, the reports and the run record carry them) it is this marker.
BEYOND = "beyond-the-documents"
BEYOND_TEXT = "beyond the documents"


def title_of(source: str) -> str:
    """A source id as a reader sees it: the document's title ("beyond the documents" for the
    marker; an unknown id as it is)."""
    if source == BEYOND:
        return BEYOND_TEXT
    found = SOURCES.get(source)
    return found.title if found else source


def _cited(item: object) -> list:
    """An item's citations: its `sources`, or its one `source` (a historian's verdict)."""
    if hasattr(item, "sources"):
        return list(item.sources)
    one = getattr(item, "source", None)
    return [] if one is None else [one]


def source_ids(item: object) -> list[str]:
    """The ids of the documents an item cites (anything with `sources` or one `source`, each a
    citation or a bare id), with the marker last if it goes beyond them."""
    ids = [getattr(c, "source", c) for c in _cited(item)]
    if getattr(item, "beyond_documents", False):
        ids.append(BEYOND)
    return ids


def citation_rows(item: object) -> list[tuple[str, str | None, str | None]]:
    """(document title, locator, note) for each citation of an item: what a teacher needs to
    find the passage. An item beyond the documents adds ("beyond the documents", None, None)."""
    rows = [(title_of(getattr(c, "source", c)), getattr(c, "locator", None),
             getattr(c, "note", None)) for c in _cited(item)]
    if getattr(item, "beyond_documents", False):
        rows.append((BEYOND_TEXT, None, None))
    return rows
