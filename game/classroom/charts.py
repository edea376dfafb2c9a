"""The reports' charts built from records: meters over time by group, two runs side by side, and
a class's spread. Turns are the x axis; the axis is labelled with years, or with months or days
when a lesson lasts less than a year.
"""

from __future__ import annotations

from collections.abc import Sequence

from game.classroom.html import Markup
from game.classroom.svg import FAINT, INK, RED, STYLES, Band, Chart, Line, Mark, line_chart
from game.narration.words import LABELS
from game.sim.calendar import MONTH_NAMES
from game.sim.stats import METER_GROUPS

# (turn, "YYYY-MM", label) for each turn on the axis.
Stop = tuple[int, str, str]


def _short(label: str) -> str:
    """`22 October 1962` -> `22 Oct`; `June 1957` -> `Jun`; `Spring 1957` -> `Spring`."""
    words = [w for w in label.replace("Week of ", "").split()
             if not (len(w) >= 4 and w[:4].isdigit())]  # drop the year, `1957` or `1955-56`
    return " ".join(w[:3] if w in MONTH_NAMES else w for w in words) or label


def ticks(stops: Sequence[Stop], most: int = 12) -> list[tuple[float, str]]:
    if not stops:
        return []
    years = [int(date[:4]) for _, date, _ in stops]
    # Years on the axis only when there are several; a lesson of a year or so (December 1955 to
    # December 1956) is labelled by its own months.
    if years[-1] - years[0] >= 2:
        marks = [(turn, str(year)) for (turn, _, _), year, before in
                 zip(stops, years, [None, *years[:-1]], strict=True) if year != before]
        step = max(1, -(-len(marks) // most))
        return marks[::step]
    step = max(1, -(-len(stops) // most))
    return [(turn, _short(label)) for turn, _, label in stops[::step]]


def _frame(stops: Sequence[Stop], title: str, most: int = 12) -> Chart:
    first = stops[0][0] if stops else 0
    last = stops[-1][0] if stops else 1
    return Chart(title, x_min=first, x_max=max(last, first + 1), x_ticks=ticks(stops, most))


def meter_charts(series: dict[str, list[tuple[int, float]]], stops: Sequence[Stop],
                 marks: list[Mark]) -> list[Markup]:
    """One chart per group of meters (Party, Economy, Foreign), the same marks on each."""
    charts = []
    for group, meters in METER_GROUPS.items():
        chart = _frame(stops, group)
        chart.marks = marks
        for i, stat in enumerate(meters):
            colour, dash = STYLES[i % len(STYLES)]
            chart.lines.append(Line(LABELS[stat], [(t, v) for t, v in series.get(stat, [])],
                                    colour, dash))
        charts.append(line_chart(chart))
    return charts


def comparison_charts(first: dict[str, list[tuple[int, float]]],
                      second: dict[str, list[tuple[int, float]]], stops: Sequence[Stop],
                      marks: list[Mark], names: tuple[str, str], meters: list[str]) -> list[Markup]:
    """A small chart per meter with both runs on it: the first in ink, the second red and
    dashed."""
    charts = []
    for stat in meters:
        chart = _frame(stops, LABELS[stat], most=6)
        chart.width, chart.height, chart.right = 360, 150, 86
        chart.marks = marks
        chart.lines = [Line(names[0], first.get(stat, []), INK, None),
                       Line(names[1], second.get(stat, []), RED, "5 3")]
        charts.append(line_chart(chart))
    return charts


def spread_charts(quantiles: dict[str, list[dict]], stops: Sequence[Stop]) -> list[Markup]:
    """A small chart per meter: the class's middle half as a band, the whole range fainter, the
    median as a line."""
    charts = []
    for stat, rows in quantiles.items():
        chart = _frame(stops, LABELS[stat], most=7)
        chart.width, chart.height, chart.right = 360, 140, 14
        chart.label_ends = False
        if rows:
            chart.bands = [
                Band([(r["turn"], r["min"]) for r in rows], [(r["turn"], r["max"]) for r in rows],
                     FAINT, 0.55),
                Band([(r["turn"], r["q1"]) for r in rows], [(r["turn"], r["q3"]) for r in rows],
                     "#c9b9a0", 0.9),
            ]
            chart.lines = [Line("median", [(r["turn"], r["median"]) for r in rows], INK)]
        charts.append(line_chart(chart))
    return charts
