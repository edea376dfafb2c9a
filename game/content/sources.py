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
