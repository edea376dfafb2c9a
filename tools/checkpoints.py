"""The documented course that Khrushchev's own path must reproduce, over many seeds of the
historical bot, each point with the documents and the passages (locators) it rests on.

Two kinds of point:

- `Checkpoint`: the median of one stat at a date, against its median at an earlier date (a rise
  or a fall) or against a level;
- `Course`: a share of games in which something happened as it did (the June 1957 vote with the
  right members, Zhukov gone in October 1957, the grain bought in 1963...), with the share that
  counts as "most games".

The calibration tests (tests/test_campaign_balance.py) check every point on the same 500 seeds
`make balance` uses, and docs/balance.md lists them with the numbers measured. A point a document
does not support says so (`beyond`) instead of citing one for show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from game.sim.stats import INDEX
from game.sim.survey import GameSummary, Survey

RC, TR, SE, CS = "reform-communism", "transformed", "student-essay", "country-study"
Cited = tuple[tuple[str, str], ...]  # (source id, locator)


def cited(citations: Cited, beyond: str = "") -> str:
    """The sources of a point as docs/balance.md shows them: each document with its passage."""
    parts = [f'{source}: "{locator}"' for source, locator in citations]
    if beyond:
        parts.append(f"beyond the documents: {beyond}")
    return "; ".join(parts)


@dataclass(frozen=True)
class Checkpoint:
    claim: str
    sources: Cited
    stat: str
    date: str
    # Either `before` (a date: the stat must have moved by `by` since then; by > 0 a rise, < 0 a
    # fall) or a level: `at_least` / `below`.
    before: str | None = None
    by: float = 0.0
    at_least: float | None = None
    below: float | None = None
    beyond: str = ""

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

    def measured(self, survey: Survey) -> str:
        then, now = self.values(survey)
        if then is None:
            return "" if now is None else f"{now:.1f}"
        return f"{then:.1f} to {now:.1f}" if now is not None else f"{then:.1f} to -"


@dataclass(frozen=True)
class Course:
    """A share of games in which `happened(game, survey)` is true: it holds at `at_least`."""

    claim: str
    sources: Cited
    happened: Callable[[GameSummary, Survey], bool] = field(repr=False)
    at_least: float
    beyond: str = ""

    def share(self, survey: Survey) -> float:
        games = survey.games
        return sum(self.happened(g, survey) for g in games) / len(games) if games else 0.0

    def holds(self, survey: Survey) -> bool:
        return self.share(survey) >= self.at_least

    def describe(self) -> str:
        return f"in at least {self.at_least:.0%} of games"

    def measured(self, survey: Survey) -> str:
        return f"{self.share(survey):.0%} of games"


# --- what a game did -----------------------------------------------------------------------

def _turn(survey: Survey, date: str) -> int:
    turn = survey.world.calendar.turn_of(date)
    assert turn is not None, date
    return turn


def _votes_in(game: GameSummary, survey: Survey, since: str, until: str) -> list:
    lo, hi = _turn(survey, since), _turn(survey, until)
    return [v for v in game.votes if lo <= v[0] <= hi]


def _left(game: GameSummary, member: str) -> int | None:
    """The turn a member lost his seat (removed or left by date), if he did."""
    return next((turn for turn, who, change in game.seats
                 if who == member and change in ("removed", "leaves")), None)


def _value(game: GameSummary, survey: Survey, date: str, stat: str) -> float | None:
    turn = _turn(survey, date)
    for t, values in game.history:
        if t == turn:
            return values[INDEX[stat]]
    return None


JUNE_1957_AGAINST = {"malenkov", "molotov", "kaganovich", "bulganin", "voroshilov", "pervukhin",
                     "saburov"}
JUNE_1957_FOR = {"mikoyan", "suslov", "kirichenko"}  # and Khrushchev himself: 7 to 4
PLOTTERS_1964 = {"brezhnev", "podgorny", "polyansky"}


def _june_1957(game: GameSummary, survey: Survey):
    votes = _votes_in(game, survey, "1957-06", "1957-08")
    return votes[0] if votes else None


def june_1957_seven_to_four(game: GameSummary, survey: Survey) -> bool:
    vote = _june_1957(game, survey)
    return vote is not None and set(vote[1]) == JUNE_1957_AGAINST and set(vote[2]) == JUNE_1957_FOR


def zhukov_has_no_vote_in_june(game: GameSummary, survey: Survey) -> bool:
    vote = _june_1957(game, survey)
    return vote is not None and "zhukov" not in vote[1] + vote[2]


def overturned_in_june(game: GameSummary, survey: Survey) -> bool:
    vote = _june_1957(game, survey)
    return vote is not None and vote[3] == "overturned"


def zhukov_gone_october_1957(game: GameSummary, survey: Survey) -> bool:
    return _left(game, "zhukov") == _turn(survey, "1957-10")


def bulganin_gone_1958(game: GameSummary, survey: Survey) -> bool:
    left = _left(game, "bulganin")
    return left is not None and _turn(survey, "1958-01") <= left <= _turn(survey, "1958-12")


def grain_bought_1963(game: GameSummary, survey: Survey) -> bool:
    return ("grain-imports", "buy") in game.chosen


def plotters_1964_and_mikoyan_alone(game: GameSummary, survey: Survey) -> bool:
    """The October 1964 vote: Brezhnev and Podgorny against him, with Polyansky if he still
    sits (an earlier plot may have cost him his seat), and nobody for him but Mikoyan."""
    votes = [v for v in game.votes if v[0] == _turn(survey, "1964-10")]
    if not votes:
        return False
    _, against, supporting, _ = votes[-1]
    plotters = PLOTTERS_1964 if "polyansky" in against + supporting else PLOTTERS_1964 - {
        "polyansky"}
    return plotters <= set(against) and set(supporting) == {"mikoyan"}


def novocherkassk_once_after_the_price_rise(game: GameSummary, survey: Survey) -> bool:
    fired = dict(game.fired_turns)
    if "price-rises" not in fired:
        return True
    return (("food-prices", "raise-prices") in game.chosen
            and fired["price-rises"] > fired.get("food-prices", fired["price-rises"]))


def dust_storms_from_1960(game: GameSummary, survey: Survey) -> bool:
    fired = dict(game.fired_turns)
    return "virgin-soil" not in fired or fired["virgin-soil"] >= _turn(survey, "1960-03")


def virgin_soil_alive_in_1961(game: GameSummary, survey: Survey) -> bool:
    soil = _value(game, survey, "1961-10", "soil")
    return soil is None or soil > 0


CHECKPOINTS: tuple[Checkpoint, ...] = (
    Checkpoint("Grain up from 1954 to 1958 (the Virgin Lands: about 50% more by 1958)",
               ((RC, "Grain production had increased by 50%"),
                (TR, "grain output rose sharply, and exports improved")),
               "agriculture", "1958-10", before="1954-04", by=8),
    Checkpoint("Grain down again by 1963 (soil exhaustion, drought)",
               ((TR, "soil depletion, droughts, and falling productivity"),
                (RC, "the virgin lands project fell apart")),
               "agriculture", "1963-07", before="1958-10", by=-8),
    Checkpoint("The Central Committee strong enough in June 1957 to overturn the Presidium",
               ((CS, "where he enjoyed strong support"),), "central_committee", "1957-06",
               at_least=63),
    Checkpoint("The Central Committee too weak to save him by 1964",
               ((CS, "refused to permit him to take"),
                (TR, "forced to resign by senior colleagues")),
               "central_committee", "1964-07", below=47),
    Checkpoint("World prestige up after Sputnik",
               ((TR, "a major propaganda victory"),), "prestige", "1957-10", before="1957-07",
               by=4),
    Checkpoint("World prestige down after the split with China",
               ((CS, "schism in the world communist movement"),),
               "prestige", "1960-10", before="1960-04", by=-4),
    Checkpoint("World prestige down after the Cuban retreat",
               ((CS, "the Berlin crisis, and the Cuban fiasco"),),
               "prestige", "1962-12", before="1962-07", by=-4),
    Checkpoint("World prestige in 1964 well below its level of the late 1950s",
               ((CS, "By 1964 Khrushchev's prestige had been damaged"),
                (CS, "hurt the Soviet Union's international stature")),
               "prestige", "1964-07", before="1959-10", by=-8),
    Checkpoint("The army's support down after the defence cuts",
               ((TR, "Military leaders were uneasy about cuts"),),
               "military", "1960-04", before="1959-10", by=-4),
    Checkpoint("The army's support down after Cuba",
               ((TR, "handling of crises like the Cuban"),),
               "military", "1962-12", before="1962-07", by=-4),
    Checkpoint("The army sourer in 1964 than in 1953",
               ((CS, "antagonized many in the military"),),
               "military", "1964-07", before="1953-07", by=-5),
    Checkpoint("Industrial growth slowed from its late-1950s pace by 1964",
               ((CS, "Industrial growth had slowed"), (TR, "Economic performance slowed")),
               "industry", "1964-07", before="1959-07", by=-10),
    Checkpoint("Industrial growth slowed, not collapsed (the meter stays at 30 or more)",
               ((CS, "Industrial growth had slowed"),), "industry", "1964-07", at_least=30),
    Checkpoint("Living standards up through the housing drive",
               ((RC, "building of 15 million new flats"), (RC, "Living standards did improve")),
               "living_standards", "1962-07", before="1957-07", by=8),
    Checkpoint("The Virgin Lands worn but not dead in 1962: enough soil for a good year's crop",
               ((CS, "in some years they produced excellent harvests"),),
               "soil", "1962-10", at_least=25),
)

COURSE: tuple[Course, ...] = (
    Course("June 1957: the Presidium votes 7 to 4 against him (Malenkov, Molotov, Kaganovich, "
           "Bulganin, Voroshilov, Pervukhin, Saburov; Mikoyan, Suslov, Kirichenko and "
           "Khrushchev himself for)",
           ((CS, "united to vote him out"), (SE, "political allegiances (Bulganin and Mikoyan)")),
           june_1957_seven_to_four, 0.90,
           beyond="the count and the names beyond Malenkov, Molotov and Kaganovich"),
    Course("June 1957: Zhukov, a candidate member, has no vote",
           ((CS, 'helped Khrushchev squelch the "antiparty group"'),),
           zhukov_has_no_vote_in_june, 1.0, beyond="Zhukov's rank as a candidate member"),
    Course("June 1957: the Central Committee overturns the vote",
           ((CS, "The Central Committee overturned the Presidium's decision"),),
           overturned_in_june, 0.90),
    Course("Zhukov removed in October 1957",
           ((CS, "In October he removed Marshal Zhukov"),), zhukov_gone_october_1957, 0.95),
    Course("Bulganin gone in 1958",
           ((CS, "in March 1958 when Bulganin resigned"),), bulganin_gone_1958, 0.95),
    Course("1963: the harvest fails and grain is bought abroad",
           ((RC, "reliant upon imported grain from the USA"),
            (TR, "soil depletion, droughts, and falling productivity")),
           grain_bought_1963, 0.60),
    Course("October 1964: Brezhnev, Podgorny and Polyansky among those who vote him out, "
           "Mikoyan alone for him",
           ((TR, "including Leonid Brezhnev and Alexei Kosygin"),
            (CS, "the Presidium voted him out")),
           plotters_1964_and_mikoyan_alone, 0.60,
           beyond="Podgorny, Polyansky and Mikoyan's stand"),
    Course("Novocherkassk at most once, and only after the price rise",
           ((CS, "increasing meat and dairy production failed"),),
           novocherkassk_once_after_the_price_rise, 1.0,
           beyond="the price rise of 1962 and the shooting"),
    Course("Dust storms on the steppe only from 1960",
           ((TR, "By the early 1960s, soil depletion"),), dust_storms_from_1960, 1.0),
    Course("The virgin soil never exhausted to nothing by 1961",
           ((CS, "in some years they produced excellent harvests"),),
           virgin_soil_alive_in_1961, 1.0),
)
