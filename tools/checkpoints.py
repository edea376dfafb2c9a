"""The documented course of events that the historical path must reproduce (median over seeds).

Each checkpoint compares the median of one stat on Khrushchev's path at two dates, or against a
level, and names the documents it comes from. The calibration tests check them; `make balance`
lists them in docs/balance.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.survey import Survey


@dataclass(frozen=True)
class Checkpoint:
    claim: str
    sources: tuple[str, ...]
    stat: str
    date: str
    # Either `before` (a date: the stat must have moved by `by` since then; by > 0 a rise, < 0 a
    # fall) or a level: `at_least` / `below`.
    before: str | None = None
    by: float = 0.0
    at_least: float | None = None
    below: float | None = None

    def values(self, survey: Survey) -> tuple[float | None, float | None]:
        now = survey.median(self.date, self.stat)
        then = survey.median(self.before, self.stat) if self.before else None
        return then, now

    def holds(self, survey: Survey) -> bool:
        then, now = self.values(survey)
        if now is None:
            return False
        if self.before is not None:
            if then is None:
                return False
            return now - then >= self.by if self.by > 0 else now - then <= self.by
        if self.at_least is not None and now < self.at_least:
            return False
        return not (self.below is not None and now >= self.below)

    def describe(self) -> str:
        if self.before:
            way = "rises" if self.by > 0 else "falls"
            return (f"{self.stat} {way} by at least {abs(self.by):g} "
                    f"from {self.before} to {self.date}")
        if self.at_least is not None:
            return f"{self.stat} at least {self.at_least:g} in {self.date}"
        return f"{self.stat} below {self.below:g} in {self.date}"


CHECKPOINTS: tuple[Checkpoint, ...] = (
    Checkpoint("Grain up from 1954 to 1958 (the Virgin Lands: about 50% more by 1958)",
               ("reform-communism", "transformed", "country-study"),
               "agriculture", "1958-10", before="1954-04", by=8),
    Checkpoint("Grain down again by 1963 (soil exhaustion, drought; grain imported from the USA)",
               ("reform-communism", "transformed", "country-study"),
               "agriculture", "1963-07", before="1958-10", by=-8),
    Checkpoint("The Central Committee strong enough in June 1957 to overturn the Presidium",
               ("country-study", "modernisation"), "central_committee", "1957-06", at_least=63),
    Checkpoint("The Central Committee too weak to save him by 1964",
               ("country-study", "transformed"), "central_committee", "1964-07", below=47),
    Checkpoint("World prestige up after Sputnik", ("transformed",),
               "prestige", "1957-10", before="1957-07", by=4),
    Checkpoint("World prestige down after the U-2 affair and the split with China",
               ("country-study",), "prestige", "1960-10", before="1960-01", by=-4),
    Checkpoint("World prestige down after the Cuban retreat", ("country-study", "transformed"),
               "prestige", "1962-10", before="1962-07", by=-4),
    Checkpoint("The army's support down after the defence cuts", ("transformed",),
               "military", "1960-04", before="1959-10", by=-4),
    Checkpoint("The army's support down after Cuba", ("transformed", "country-study"),
               "military", "1962-10", before="1962-07", by=-4),
    Checkpoint("Living standards up through the housing drive",
               ("reform-communism", "transformed"), "living_standards", "1962-07",
               before="1957-07", by=8),
)
