"""Charts as inline SVG text: meters over time, spreads, and bars, for pages that must print.

The drawing is the game's own markup (every label in it escaped), so it is returned as
`Markup`, the one kind of raw markup a page takes. Written by hand rather than with a plotting
library: the pages carry no scripts and fetch
nothing, and the charts must read on a black-and-white printer, so lines differ by dash as well
as by colour, and every line is labelled at its end rather than through a colour key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from game.classroom.html import Markup

INK = "#1b1b1b"
RED = "#a8231a"
GREY = "#6e6a62"
FAINT = "#d9d2c3"
PAPER = "#fbf8f1"

# Line styles in the order lines are drawn: (colour, dash). Four lines to a chart at most read
# well; the fifth and sixth still differ.
STYLES: tuple[tuple[str, str | None], ...] = (
    (INK, None), (RED, None), (INK, "6 3"), (RED, "6 3"), (GREY, "2 2"), (GREY, None),
)


@dataclass
class Line:
    label: str
    points: list[tuple[float, float]]
    colour: str = INK
    dash: str | None = None
    width: float = 1.7


@dataclass
class Band:
    """A filled area between two series of the same x values (a spread)."""

    lower: list[tuple[float, float]]
    upper: list[tuple[float, float]]
    fill: str = FAINT
    opacity: float = 1.0


@dataclass
class Mark:
    """A vertical marker at x: a decision (numbered), a vote, the ending, the point two runs
    part."""

    x: float
    text: str
    kind: str = "decision"  # decision | vote | end | part
    title: str = ""


@dataclass
class Chart:
    title: str
    lines: list[Line] = field(default_factory=list)
    bands: list[Band] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    x_min: float = 0.0
    x_max: float = 1.0
    x_ticks: list[tuple[float, str]] = field(default_factory=list)
    y_min: float = 0.0
    y_max: float = 100.0
    y_ticks: tuple[float, ...] = (0, 25, 50, 75, 100)
    width: int = 720
    height: int = 200
    right: int = 160  # room for the end labels
    label_ends: bool = True


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _spread_labels(wanted: list[float], low: float, high: float, gap: float) -> list[float]:
    """Moves label positions apart by at least `gap`, keeping their order and the bounds."""
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    placed = [0.0] * len(wanted)
    last = low - gap
    for i in order:
        y = max(wanted[i], last + gap)
        placed[i] = y
        last = y
    overflow = last - high
    if overflow > 0:  # push the whole stack back up, again keeping gaps
        nxt = high + gap
        for i in reversed(order):
            y = min(placed[i], nxt - gap)
            placed[i] = y
            nxt = y
    return placed


@dataclass
class _Plot:
    """Where a chart's plotting area sits in its SVG, and how values map into it."""

    chart: Chart
    left: int = 34
    top: int = 40
    bottom: int = 24

    def __post_init__(self) -> None:
        chart = self.chart
        self.w = chart.width - self.left - chart.right
        self.h = chart.height - self.top - self.bottom
        self.x_span = (chart.x_max - chart.x_min) or 1.0
        self.y_span = (chart.y_max - chart.y_min) or 1.0

    def px(self, x: float) -> float:
        return self.left + (x - self.chart.x_min) / self.x_span * self.w

    def py(self, y: float) -> float:
        return self.top + (1 - (y - self.chart.y_min) / self.y_span) * self.h


def line_chart(chart: Chart) -> Markup:
    plot = _Plot(chart)
    out = [f'<svg class="chart" viewBox="0 0 {chart.width} {chart.height}" role="img" '
           f'aria-label="{escape(chart.title)}" xmlns="http://www.w3.org/2000/svg">',
           f"<title>{escape(chart.title)}</title>",
           f'<text x="{plot.left - 30}" y="11" class="chart-title">{escape(chart.title)}</text>']
    out += _axes(plot)
    out += _bands(plot)
    out += _marks(plot)
    drawn, ends = _lines(plot)
    out += drawn
    if chart.label_ends and ends:
        out += _end_labels(plot, ends)
    out.append("</svg>")
    return Markup("\n".join(out))


def _axes(plot: _Plot) -> list[str]:
    """The value grid with its ticks, the time ticks and the time axis."""
    left, top, plot_w, plot_h, px, py = plot.left, plot.top, plot.w, plot.h, plot.px, plot.py
    out = []
    for y in plot.chart.y_ticks:
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{_num(py(y))}" '
                   f'y2="{_num(py(y))}" stroke="{FAINT}" stroke-width="0.8"/>')
        out.append(f'<text x="{left - 5}" y="{_num(py(y) + 3.5)}" text-anchor="end" '
                   f'class="tick">{_num(y)}</text>')
    for x, label in plot.chart.x_ticks:
        out.append(f'<line x1="{_num(px(x))}" x2="{_num(px(x))}" y1="{top + plot_h}" '
                   f'y2="{top + plot_h + 4}" stroke="{GREY}" stroke-width="0.8"/>')
        out.append(f'<text x="{_num(px(x))}" y="{top + plot_h + 15}" text-anchor="middle" '
                   f'class="tick">{escape(label)}</text>')
    out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" '
               f'stroke="{GREY}" stroke-width="0.8"/>')
    return out


def _bands(plot: _Plot) -> list[str]:
    out = []
    px, py = plot.px, plot.py
    for band in plot.chart.bands:
        if not band.lower:
            continue
        pts = [(px(x), py(y)) for x, y in band.upper] + \
              [(px(x), py(y)) for x, y in reversed(band.lower)]
        out.append(f'<polygon points="{" ".join(f"{_num(a)},{_num(b)}" for a, b in pts)}" '
                   f'fill="{band.fill}" fill-opacity="{band.opacity}" stroke="none"/>')
    return out


def _marks(plot: _Plot) -> list[str]:
    """Marks at the same x share one label; labels go in two staggered rows, so that
    neighbours do not print over each other."""
    top = plot.top
    out = []
    merged: dict[float, list[Mark]] = {}
    for mark in plot.chart.marks:
        merged.setdefault(mark.x, []).append(mark)
    for i, (mx, group) in enumerate(sorted(merged.items())):
        kinds = {m.kind for m in group}
        kind = next((k for k in ("end", "part", "vote") if k in kinds), "decision")
        x = _num(plot.px(mx))
        colour = RED if kind != "decision" else GREY
        dash = "" if kind in ("end", "part") else ' stroke-dasharray="2 2"'
        out.append(f'<line x1="{x}" x2="{x}" y1="{top - 2}" y2="{top + plot.h}" '
                   f'stroke="{colour}" stroke-width="0.8"{dash}/>')
        row = top - 5 - (9 if i % 2 else 0)
        tips = "; ".join(m.title for m in group if m.title)
        tip = f"<title>{escape(tips)}</title>" if tips else ""
        text = " ".join(dict.fromkeys(m.text for m in group))  # each word once, in order
        out.append(f'<text x="{x}" y="{row}" text-anchor="middle" class="mark mark-{kind}"'
                   f' fill="{colour}">{tip}{escape(text)}</text>')
    return out


def _lines(plot: _Plot) -> tuple[list[str], list[tuple[Line, float, float]]]:
    """The lines (a dot for a line of one point), and where each ends."""
    px, py = plot.px, plot.py
    out = []
    ends = []
    for line in plot.chart.lines:
        if not line.points:
            continue
        dash = f' stroke-dasharray="{line.dash}"' if line.dash else ""
        if len(line.points) == 1:
            x, y = line.points[0]
            out.append(f'<circle cx="{_num(px(x))}" cy="{_num(py(y))}" r="2.5" '
                       f'fill="{line.colour}"/>')
        else:
            path = " ".join(f"{_num(px(x))},{_num(py(y))}" for x, y in line.points)
            out.append(f'<polyline points="{path}" fill="none" stroke="{line.colour}" '
                       f'stroke-width="{line.width}" stroke-linejoin="round"{dash}/>')
        ends.append((line, px(line.points[-1][0]), py(line.points[-1][1])))
    return out, ends


def _end_labels(plot: _Plot, ends: list[tuple[Line, float, float]]) -> list[str]:
    """Each line's label at its end, moved apart so that none prints over another."""
    out = []
    placed = _spread_labels([y for _, _, y in ends], plot.top + 4, plot.top + plot.h, 11)
    label_x = plot.left + plot.w + 24
    for (line, x, y), ly in zip(ends, placed, strict=True):
        dash = f' stroke-dasharray="{line.dash}"' if line.dash else ""
        # A line that runs to the right edge leads to its label; one that stops early (a
        # game that ended) gets a dot where it stops, and its label a sample of its stroke.
        if x >= plot.left + plot.w - 1:
            out.append(f'<polyline points="{_num(x)},{_num(y)} {label_x - 14},{_num(ly)}" '
                       f'fill="none" stroke="{line.colour}" stroke-width="0.7"/>')
        else:
            out.append(f'<circle cx="{_num(x)}" cy="{_num(y)}" r="2.2" '
                       f'fill="{line.colour}"/>')
        out.append(f'<line x1="{label_x - 14}" x2="{label_x - 3}" y1="{_num(ly)}" '
                   f'y2="{_num(ly)}" stroke="{line.colour}" stroke-width="{line.width}"'
                   f"{dash}/>")
        out.append(f'<text x="{label_x}" y="{_num(ly + 3.5)}" class="end-label" '
                   f'fill="{line.colour}">{escape(line.label)}</text>')
    return out


def bar(parts: list[tuple[float, str, bool]], width: int = 220, height: int = 14,
        label: str = "") -> Markup:
    """One bar split into parts: (share 0-1, fill, outlined). Outlined marks the historical
    option, so it reads without colour."""
    out = [f'<svg class="bar" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'role="img" aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
           f'<rect x="0" y="0" width="{width}" height="{height}" fill="{PAPER}" '
           f'stroke="{GREY}" stroke-width="0.6"/>']
    x = 0.0
    for share, fill, outlined in parts:
        w = share * width
        if w <= 0:
            continue
        out.append(f'<rect x="{_num(x)}" y="0" width="{_num(w)}" height="{height}" '
                   f'fill="{fill}" stroke="{PAPER}" stroke-width="0.8"/>')
        if outlined:
            out.append(f'<rect x="{_num(x + 1)}" y="1" width="{_num(max(0.0, w - 2))}" '
                       f'height="{height - 2}" fill="none" stroke="{INK}" stroke-width="1.6"/>')
        x += w
    out.append("</svg>")
    return Markup("".join(out))


# Fills for the options of a decision, in card order: they differ in lightness too, for print.
OPTION_FILLS = ("#3b3833", RED, "#a39c8f", "#d8cdb8")


def hbars(rows: list[tuple[str, float, str]], *, width: int = 640, row_height: int = 20,
          label_width: int = 230, title: str = "") -> Markup:
    """Horizontal bars: (label, value, fill), each with its value written after the bar."""
    most = max((v for _, v, _ in rows), default=0) or 1
    height = row_height * len(rows) + 4
    bar_w = width - label_width - 40
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
           f"<title>{escape(title)}</title>"]
    for i, (label, value, fill) in enumerate(rows):
        y = 2 + i * row_height
        w = bar_w * value / most
        out.append(f'<text x="{label_width - 8}" y="{y + row_height * 0.68:.1f}" '
                   f'text-anchor="end" class="end-label">{escape(label)}</text>')
        out.append(f'<rect x="{label_width}" y="{y + 3}" width="{_num(w)}" '
                   f'height="{row_height - 6}" fill="{fill}"/>')
        out.append(f'<text x="{_num(label_width + w + 5)}" y="{y + row_height * 0.68:.1f}" '
                   f'class="end-label">{_num(value)}</text>')
    out.append("</svg>")
    return Markup("".join(out))
