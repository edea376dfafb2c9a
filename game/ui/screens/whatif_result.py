"""What if, the result: the game played again with one decision taken another way, beside the
game as it was. How each ended, where they parted, and the meters they differ on most, both
games on each chart: yours in ink, the what-if in red and dashed (so it reads in black and
white too), with a legend.

The replay takes a few ms for the campaign here (20 at most over thousands tried), but a slow
school machine must not freeze the window: it runs in a background thread, the window waits
30 ms for it and, if it is not done by then, shows that it is under way. Esc goes back to the
options.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.classroom import whatif as replays  # by module: the tests slow its whatif down
from game.classroom.charts import ticks
from game.classroom.report import stops
from game.classroom.whatif_page import differing_meters
from game.narration.words import LABELS, option_label
from game.sim.calendar import MONTH_NAMES
from game.sim.stats import HIGH_IS_BAD, STATS
from game.ui.jobs import Job
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, chart_levels, header_height, page_header
from game.ui.screens.history import dashed
from game.ui.text import fit, rendered, wrap
from game.ui.widgets import panel, paper

if TYPE_CHECKING:
    from game.classroom.whatif import WhatIf
    from game.sim.world import World
    from game.ui.app import App
    from game.ui.theme import Theme

NAMES = ("Your game", "What if")
OUTCOME_WORDS = {"survived": "survived", "ousted": "ousted", "removed": "removed", "war": "war"}
MOST_CHARTS = 6
SHORT_WAIT = 0.03  # seconds the window waits for a replay before it shows one is under way
Series = list[tuple[int, float]]


def ending_words(world: World, ending: dict | None) -> tuple[str, str]:
    """(the ending's title, how and when) of one run."""
    if ending is None:
        return "Unfinished", "the game did not reach an ending"
    outcome = OUTCOME_WORDS.get(ending.get("outcome", ""), ending.get("outcome", ""))
    return ending["title"], f"{outcome.capitalize()}, {turn_label(world, ending['turn'])}"


def turn_label(world: World, turn: int) -> str:
    return world.calendar.label(min(max(turn, 0), world.last_turn))


def decisions(n: int) -> str:
    return f"{n} decision" + ("" if n == 1 else "s")


def ending_change(world: World, mine: dict | None, other: dict | None) -> str:
    """Whether the what-if changes the ending, or only its date."""
    if (mine or {}).get("id") != (other or {}).get("id"):
        return "The ending changes."
    if mine is None or other is None or mine["turn"] == other["turn"]:
        return "The same ending, at the same time."
    later = "later" if other["turn"] > mine["turn"] else "sooner"
    return (f"The same ending, {later}: {turn_label(world, other['turn'])} instead of "
            f"{turn_label(world, mine['turn'])}.")


def parting_words(result: WhatIf) -> str:
    """Where the two games part, with the biggest gaps then; or that they never do."""
    d = result.diverged
    if d is None:
        return "The two games never part: the other option changed nothing the meters show."
    label = d["label"]
    on = "on" if label[:1].isdigit() or label.startswith("Week") else "in"
    gaps = []
    for m in d["meters"][:2]:  # the biggest; the charts show the rest
        digits = 0 if round(m["whatif"]) != round(m["original"]) else 1
        gaps.append(f"{LABELS[m['stat']]} {m['whatif']:.{digits}f} instead of "
                    f"{m['original']:.{digits}f}")
    if not gaps:
        return f"The two games part {on} {label}, where one of them ends."
    return f"The two games part {on} {label}: " + "; ".join(gaps) + "."


def line_sample(surface: pygame.Surface, theme: Theme, which: int, x: int, y: int,
                width: int) -> None:
    """The stroke of run `which` (0 yours, 1 the what-if), as on the charts."""
    p = theme.palette
    if which == 0:
        pygame.draw.line(surface, p.ink, (x, y), (x + width, y), theme.px(3))
    else:
        dashed(surface, p.red, [(x, y), (x + width, y)], theme.px(2), theme.px(8), theme.px(5))


def axis_ticks(world: World, most: int) -> list[tuple[int, str]]:
    """(turn, label) along the time axis: years for a long game, as the printed reports have
    them; for a lesson of a year or so, its months or days (`Dec 1955`, `Feb 1956`, `Apr`...),
    with the year where it changes."""
    calendar = world.calendar
    first, last = calendar.month_of(0)[:4], calendar.month_of(world.last_turn)[:4]
    if calendar.step == "season" or int(last) - int(first) >= 2:
        return ticks(stops(world), most)
    step = max(1, -(-(world.last_turn + 1) // max(1, most)))
    out: list[tuple[int, str]] = []
    shown_year = None
    for turn in range(0, world.last_turn + 1, step):
        words = calendar.label(turn).replace("Week of ", "").split()
        year = next((w for w in words if len(w) == 4 and w.isdigit()), None)
        text = " ".join(w[:3] if w in MONTH_NAMES else w for w in words if w != year)
        if year != shown_year:
            text, shown_year = f"{text} {year}".strip(), year
        out.append((turn, text))
    return out


def draw_chart(theme: Theme, world: World, size: tuple[int, int], stat: str, runs: list[Series],
               flip_turn: int, flip_text: str) -> pygame.Surface:
    """One meter, both games, on its own small chart (drawn once, then blitted)."""
    p = theme.palette
    surface = pygame.Surface(size)
    surface.fill(p.paper)
    tiny = theme.font("tiny", "sans")
    title_font = theme.font("small", "sans-bold")
    title = LABELS[stat] + (" (high is bad)" if stat in HIGH_IS_BAD else "")
    surface.blit(rendered(title_font, fit(title_font, title, size[0]), p.ink), (0, 0))
    label_w = tiny.size("100")[0] + theme.px(6)
    top = title_font.get_linesize() + tiny.get_linesize() // 2
    plot = pygame.Rect(label_w, top, max(10, size[0] - label_w - theme.px(8)),
                       max(10, size[1] - top - tiny.get_linesize() - theme.px(6)))
    _chart_axes(surface, theme, world, plot)
    fx = plot.x + plot.width * flip_turn / max(1, world.last_turn)
    # The decision taken another way: a soft dotted rule, numbered as in the list.
    for y in range(plot.y, plot.bottom, theme.px(6)):
        pygame.draw.line(surface, p.ink_soft, (fx, y), (fx, min(plot.bottom, y + theme.px(3))),
                         max(1, theme.px(1.5)))
    mark = rendered(tiny, flip_text, p.ink_soft)
    surface.blit(mark, (min(fx + theme.px(3), size[0] - mark.get_width()), plot.y))
    for which, series in enumerate(runs):
        _chart_run(surface, theme, world, plot, which, series)
    pygame.draw.rect(surface, p.rule, plot, 1)
    return surface


def _chart_axes(surface: pygame.Surface, theme: Theme, world: World, plot: pygame.Rect) -> None:
    """The plot's ground, its levels and its time axis (the labels there is room for)."""
    p = theme.palette
    tiny = theme.font("tiny", "sans")
    chart_levels(surface, theme, plot, tiny, labelled=(0, 50, 100))
    right_edge = -10**6
    most = max(2, plot.width // max(1, tiny.size("Oct 1964")[0] + theme.px(10)))
    for turn, text in axis_ticks(world, most):
        x = plot.x + plot.width * turn / max(1, world.last_turn)
        pygame.draw.line(surface, p.rule, (x, plot.bottom), (x, plot.bottom + theme.px(3)), 1)
        img = rendered(tiny, text, p.ink_soft)
        left = max(0, min(int(x - img.get_width() / 2), surface.get_width() - img.get_width()))
        if left > right_edge + theme.px(6):
            surface.blit(img, (left, plot.bottom + theme.px(3)))
            right_edge = left + img.get_width()


def _chart_run(surface: pygame.Surface, theme: Theme, world: World, plot: pygame.Rect,
               which: int, series: Series) -> None:
    """One game's line: yours first, thick ink; the what-if over it, thinner, red and dashed
    (where the two run together, the red dashes ride on the ink line); where it stops (its
    ending), a disc for yours, a ring for the what-if."""
    last = max(1, world.last_turn)
    points = [(plot.x + plot.width * turn / last,
               plot.bottom - plot.height * max(0.0, min(100.0, value)) / 100)
              for turn, value in series]
    if not points:
        return
    colour = theme.palette.ink if which == 0 else theme.palette.red
    if len(points) > 1 and which == 0:
        pygame.draw.lines(surface, colour, False, points, theme.px(3))
    elif len(points) > 1:
        dashed(surface, colour, points, theme.px(2), theme.px(8), theme.px(5))
    if which == 0:
        pygame.draw.circle(surface, colour, points[-1], theme.px(4))
    else:
        pygame.draw.circle(surface, colour, points[-1], theme.px(5), max(1, theme.px(2)))


class WhatIfResultScene(Scene):
    name = "whatif-result"

    def __init__(self, app: App, world: World, record: dict, k: int, option: str) -> None:
        super().__init__(app)
        self.world = world
        self.record = record
        self.k = k
        self.option = option
        taken = record["decisions"][k - 1]
        event = world.events[taken["decision"]]
        self.title = event.model.title
        self.when = world.calendar.label(taken["turn"])
        self.labels = (option_label(world, event.id, taken["option"]),
                       option_label(world, event.id, option))
        self.job: Job[WhatIf] | None = None
        self.shown_done = False
        self.busy_at = (0, 0)
        # Laid out: the page's top and bottom, and what is drawn on it.
        self.top = self.bottom = 0
        self.items: list[tuple[pygame.Surface, int, int]] = []
        self.texts: list[str] = []  # the words on the page, as laid out (the tests read them)
        self.boxes: list[pygame.Rect] = []
        self.samples: list[tuple[int, int, int, int]] = []  # (which, x, y, width)
        self.charts: list[tuple[pygame.Surface, int, int]] = []

    def enter(self) -> None:
        world, record, k, option = self.world, self.record, self.k, self.option
        self.job = Job(lambda: replays.whatif(world, record, k, option), "whatif")
        self.job.wait(SHORT_WAIT)  # most replays are done by then: no flash of "Playing..."

    @property
    def result(self) -> WhatIf | None:
        return self.job.result if self.job is not None and self.job.done else None

    def working(self) -> bool:
        """Whether the replay is under way in the background."""
        return self.job is not None and not self.job.done

    def animating(self) -> bool:
        """While the replay runs, and until its result is shown: a replay that ends between two
        frames must still be drawn without waiting for the player to touch anything."""
        return self.working() or (self.job is not None and not self.shown_done)

    def update(self, dt: float) -> None:
        if self.job is not None and self.job.done and not self.shown_done:
            self.shown_done = True
            self.laid_out_for = None
            self.app.dirty = True

    # --- layout ------------------------------------------------------------------------------
    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        self.top = header_height(t, True)
        self.bottom = bar_top(t, (w, h))
        self.items, self.texts, self.boxes, self.samples, self.charts = [], [], [], [], []
        width = w - 2 * t.margin
        self.shown_done = self.job is not None and self.job.done
        if self.result is not None:
            self._layout_result(width)
        else:
            self._layout_waiting(width)
        buttons = [("All decisions", self.to_list, "D", False),
                   ("Debrief", self.to_debrief, "B", False),
                   ("Other options", self.back, "Esc", True)]
        self.widgets += button_bar(t, (w, h), buttons)
        if self.focus is None:
            self.focus = len(self.focusables()) - 1

    def _text(self, text: str, role: str, face: str, colour: tuple[int, int, int], x: int,
              y: int, width: int, most_lines: int = 3) -> int:
        """Wrapped lines placed at (x, y); the last one cut if there are more; returns the y
        below them."""
        font = self.theme.font(role, face)
        lines = wrap(font, text, width)
        if len(lines) > most_lines:
            lines = lines[:most_lines - 1] + [fit(font, " ".join(lines[most_lines - 1:]), width)]
        self.texts.append(" ".join(lines))
        for line in lines:
            self.items.append((font.render(line, True, colour), x, y))
            y += font.get_linesize()
        return y

    def _layout_waiting(self, width: int) -> None:
        t = self.theme
        p = t.palette
        y = self.top + t.px(10)
        error = self.job.error if self.job is not None and self.job.done else None
        if error is not None:
            text = f"This what-if could not be played: {str(error).rstrip('.')}."
            self._text(text, "body", "serif", p.red, t.margin, y, min(width, t.px(900)), 6)
            return
        text = (f"Playing the game again with decision {self.k} taken as \u201c"
                f"{self.labels[1]}\u201d\u2026")
        y = self._text(text, "body", "serif-italic", p.ink_soft, t.margin, y,
                       min(width, t.px(900)))
        self.busy_at = (t.margin, y + t.px(14))

    def _layout_result(self, width: int) -> None:
        y = self._layout_runs(width)
        y = self._layout_verdict(width, y)
        self._layout_charts(width, y)

    def _layout_runs(self, width: int) -> int:
        """The two games side by side, each box with its line's stroke, as in the legend;
        returns the y below them."""
        t = self.theme
        p = t.palette
        result = self.result
        gap = t.gap
        box_w = (width - gap) // 2
        pad = t.px(10)
        bottoms = []
        for which, run in enumerate((result.original, result.whatif)):
            x = t.margin + which * (box_w + gap)
            inner = box_w - 2 * pad
            yy = self.top + pad
            kicker = t.font("small", "sans-bold")
            img = rendered(kicker, NAMES[which].upper(), p.ink if which == 0 else p.red)
            self.items.append((img, x + pad, yy))
            self.samples.append((which, x + pad + img.get_width() + t.px(10),
                                 yy + img.get_height() // 2, t.px(40)))
            yy += kicker.get_linesize()
            yy = self._text(f"Took: {self.labels[which]}", "small", "serif", p.ink_soft,
                            x + pad, yy, inner, 4)
            yy = self._ending_line(run, x + pad, yy + t.px(4), inner)
            bottoms.append(yy + pad)
        box_h = max(bottoms) - self.top
        for which in range(2):
            self.boxes.append(pygame.Rect(t.margin + which * (box_w + gap), self.top, box_w,
                                          box_h))
        return self.top + box_h + t.px(8)

    def _ending_line(self, run, x: int, y: int, width: int) -> int:
        """How a game ended: its title and, after it on the same line if there is room, how
        and when; returns the y below."""
        t = self.theme
        p = t.palette
        title, how = ending_words(self.world, run.ending)
        bold, small = t.font("body", "serif-bold"), t.font("small", "sans")
        if bold.size(title)[0] + t.px(12) + small.size(how)[0] > width:
            y = self._text(title, "body", "serif-bold", p.ink, x, y, width, 2)
            return self._text(how, "small", "sans", p.ink_soft, x, y, width, 1)
        self.texts += [title, how]
        self.items.append((rendered(bold, title, p.ink), x, y))
        self.items.append((rendered(small, how, p.ink_soft), x + bold.size(title)[0] + t.px(12),
                           y + bold.get_ascent() - small.get_ascent()))
        return y + bold.get_linesize()

    def _layout_verdict(self, width: int, y: int) -> int:
        """Whether the ending changes, where the games part, how the what-if was played on;
        then the legend. Returns the y below."""
        t = self.theme
        p = t.palette
        result = self.result
        verdict = ending_change(self.world, result.original.ending, result.whatif.ending)
        y = self._text(f"{verdict} {parting_words(result)}", "body", "serif", p.ink,
                       t.margin, y, width, 2)
        fit_ok = result.fit.same_content and result.fit.fits and \
            result.fit.first_difference is None
        after = (f"After the change the what-if took {decisions(result.whatif.as_before)} as "
                 f"you did and {decisions(result.whatif.as_khrushchev)} as Khrushchev did "
                 "(where yours never came up, or could not be taken).")
        if not fit_ok:
            after = f"Note: {result.fit.describe()}. " + after
        y = self._text(after, "tiny", "serif-italic", p.ink_soft, t.margin, y, width, 2)
        y += t.px(8)
        tiny = t.font("tiny", "sans")
        x = t.margin
        for which in range(2):
            self.samples.append((which, x, y + tiny.get_linesize() // 2, t.px(34)))
            img = rendered(tiny, NAMES[which], p.ink)
            self.items.append((img, x + t.px(40), y))
            x += t.px(40) + img.get_width() + t.px(24)
        legend = (f"Dotted rule: decision {self.k}. Disc and ring: where each game ends. "
                  "The meters the games differ on most.")
        return self._text(legend, "tiny", "sans", p.ink_soft, x, y,
                          max(t.px(80), width - x + t.margin), 2) + t.px(8)

    def _layout_charts(self, width: int, y: int) -> None:
        """The meters the games differ on most, in a grid that fills what is left."""
        t = self.theme
        result = self.result
        meters = differing_meters(result, most=MOST_CHARTS)
        area_h = self.bottom - y
        cols = 3 if width >= t.px(1100) else 2
        cols = max(1, min(cols, len(meters)))
        # A chart's plot no lower than this, whatever the text size eats of it.
        min_h = t.font("small", "sans-bold").get_linesize() + \
            t.font("tiny", "sans").get_linesize() * 3 // 2 + t.px(85)
        rows = max(1, min(-(-len(meters) // cols), area_h // min_h))
        cell_w = (width - (cols - 1) * t.px(18)) // cols
        cell_h = (area_h - (rows - 1) * t.px(12)) // rows
        cell_h = min(cell_h, max(min_h, cell_w * 2 // 3))  # a chart no taller than it reads
        series = [self._series(result.original.history), self._series(result.whatif.history)]
        for i, stat in enumerate(meters[:rows * cols]):
            r, c = divmod(i, cols)
            size = (cell_w, max(t.px(60), cell_h))
            chart = draw_chart(t, self.world, size, stat, [s[stat] for s in series],
                               result.turn, str(self.k))
            self.charts.append((chart, t.margin + c * (cell_w + t.px(18)),
                                y + r * (cell_h + t.px(12))))

    @staticmethod
    def _series(history) -> dict[str, Series]:
        return {stat: [(turn, values[i]) for turn, values in history]
                for i, stat in enumerate(STATS)}

    # --- input -------------------------------------------------------------------------------
    def to_list(self) -> None:
        self.app.pop_to("whatif")

    def to_debrief(self) -> None:
        self.app.pop_to("debrief")

    def arrow_focus(self) -> bool:
        return True

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_d:
                self.to_list()
                return True
            if event.key == pygame.K_b:
                self.to_debrief()
                return True
        return super().handle_event(event)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        p = t.palette
        paper(surface, t)
        page_header(surface, t, f"What if? {self.k}. {self.title}",
                    f"{self.when}: the game played again with this decision taken another way, "
                    "the same luck, beside yours.")
        for box in self.boxes:
            panel(surface, t, box)
        for which, x, y, width in self.samples:
            line_sample(surface, t, which, x, y, width)
        for image, x, y in self.items:
            surface.blit(image, (x, y))
        for chart, x, y in self.charts:
            surface.blit(chart, (x, y))
        if self.animating():
            step = int(pygame.time.get_ticks() / 250) % 3
            r = t.px(5)
            x, y = self.busy_at
            for i in range(3):
                pygame.draw.circle(surface, p.red if i == step else p.rule,
                                   (x + r + i * 3 * r, y), r)
        self.draw_widgets(surface)
