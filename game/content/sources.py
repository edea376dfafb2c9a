"""The five documents every rule and event must cite, by the ids used in the design notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SourceId = Literal[
    "reform-communism", "modernisation", "transformed", "student-essay", "country-study"
]


@dataclass(frozen=True)
class Source:
    """One of the five documents: its title as it stands, what kind of document it is, and the
    full reference a reader needs to find it (only what the document itself shows, or what we
    can stand behind; anything we could not check says so)."""

    id: str
    title: str
    kind: str
    author: str = "not named in the document"
    date: str = "not dated"
    where: str = ""
    public_domain: bool = False
    rights: str = ""

    @property
    def reference(self) -> str:
        """The full reference on one line: author or publisher, title, date, where to find it."""
        return f"{self.author}, \u201c{self.title}\u201d, {self.kind}, {self.date}. {self.where}"


SOURCES: dict[str, Source] = {
    s.id: s
    for s in (
        Source("reform-communism", "Khrushchev's Leadership and the Impact of de-Stalinisation",
               "revision notes in eight parts, with historians' verdicts",
               author="author not named in the document; published on a revision-notes website",
               date="not dated",
               where="An online revision resource filed under \u201cRussia - 19th and 20th "
                     "century\u201d history resources; search for its title. The notes are "
                     "in eight numbered parts (\u201c1 of 8\u201d to \u201c8 of 8\u201d).",
               rights="in copyright: short quotations only"),
        Source("modernisation", "Khrushchev's attempts at modernisation",
               "notes on examination questions, 1998-2001 papers",
               author="author not named in the document",
               date="not dated (it quotes examination questions of 1998 to 2001)",
               where="Revision notes headed \u201c4: Khrushchev\u2019s attempts at "
                     "modernisation\u201d, answering examination questions of 1998-2001; "
                     "search for its title.",
               rights="in copyright: short quotations only"),
        Source("transformed", "Khrushchev's leadership transformed the USSR",
               "study notes with questions and practice answers",
               author="author not named in the document",
               date="not dated",
               where="Study notes that open \u201cKhrushchev\u2019s leadership transformed the "
                     "USSR politically, economically, and socially\u201d and end with practice "
                     "questions; search for that opening sentence.",
               rights="in copyright: short quotations only"),
        Source("student-essay", "Khrushchev's Changes to the Soviet Union",
               "a student's essay (2020) with a bibliography",
               author="a student (not named), published by UKEssays.com",
               date="published 8 February 2020",
               where="UKEssays.com, History essays: \u201cKhrushchev's Changes to the Soviet "
                     "Union\u201d (3,621 words, with 40 numbered notes).",
               rights="in copyright: short quotations only"),
        Source("country-study", "Russia - The Khrushchev Era",
               "a national country study",
               author="Federal Research Division, Library of Congress (Country Studies/Area "
                      "Handbook Program)",
               date="the section \u201cThe Khrushchev Era\u201d of the Russia country study "
                    "(the copy used does not print its date or editor)",
               where="The Library of Congress Country Studies, Russia, \u201cThe Khrushchev "
                     "Era\u201d; also mirrored on country-studies websites.",
               public_domain=True,
               rights="a work of the United States government, prepared by the Library of "
                      "Congress: not subject to copyright in the United States (17 U.S.C. "
                      "\u00a7 105), so the game prints extracts of the passages it uses"),
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
