"""The history view: every meter over time, one group at a time, with the player's decisions
marked on the time line and listed beside the chart. 1-3 or Left/Right switch the group."""

from __future__ import annotations

import pygame

from game.narration.debrief import player_path
from game.narration.words import LABELS, dated
from game.sim.stats import HIGH_IS_BAD, METER_GROUPS, STATS
from game.ui.scene import Scene
from game.ui.screens.common import (
    bar_top,
    button_bar,
    chart_levels,
    header_height,
    page_header,
    turn_unit,
)
from game.ui.text import Doc, fit, rendered
from game.ui.widgets import Scroller, heading, paper

GROUPS = list(METER_GROUPS)
TITLES = {"Party": "Party support", "Economy": "Economy", "Foreign": "Foreign standing"}


def dashed(surface, colour, points, width: int, dash: int, gap: int) -> None:
    """A polyline drawn in dashes (print had no colours to spare: styles tell lines apart).
    Each segment draws the parts of it that fall on a dash of the pattern along the whole line;
    the loops are counted, never open-ended."""
    period = max(1, dash + gap)
    travelled = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        if length <= 0:
            continue
        start, end = travelled, travelled + length
        for k in range(int(start // period), int(end // period) + 1):
            a = max(start, k * period)
            b = min(end, k * period + dash)
            if b > a:
                fa, fb = (a - start) / length, (b - start) / length
                pygame.draw.line(surface, colour, (x1 + dx * fa, y1 + dy * fa),
                                 (x1 + dx * fb, y1 + dy * fb), width)
        travelled = end


TICK_ROWS = 3  # rows of decision numbers above the chart


class HistoryScene(Scene):
    name = "history"

    def __init__(self, app, group: int = 0) -> None:
        super().__init__(app)
        self.group = group

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        game = self.app.session.game
        top = header_height(t, True)
        bottom = bar_top(t, (w, h))
        side = max(t.px(220), min(t.px(360), int(w * 0.28)))
        # The rows of decision numbers above the chart.
        ticks = t.px(30) + (TICK_ROWS - 1) * t.font("tiny", "sans-bold").get_linesize()
        self.chart = pygame.Rect(t.margin, top + ticks, w - 3 * t.margin - side,
                                 bottom - top - ticks)
        self.side = pygame.Rect(self.chart.right + t.margin, top, side, bottom - top)
        self.path = player_path(game)
        doc = Doc(t)
        if not self.path:
            doc.text("No decisions taken yet.", "small", "serif-italic", "soft")
        for i, step in enumerate(self.path, 1):
            mark = ""
            if step.followed is True:
                mark = " (as Khrushchev)"
            elif step.followed is False:
                mark = " (not Khrushchev's choice)"
            doc.text(f"{i}. {dated(step.date_label, step.title)}", "small", "sans-bold", before=4)
            doc.text(step.chosen_label + mark, "tiny", "serif", "red" if step.followed is False
                     else "soft", indent=16)
        top_list = self.side.y + t.font("small", "sans-bold").get_linesize() + t.px(10)
        self.scrolling(Scroller(t, pygame.Rect(self.side.x, top_list, side,
                                               self.side.bottom - top_list), doc),
                       "decisions", keys=True)
        buttons = [(TITLES[g], lambda i=i: self.show(i), str(i + 1), i == self.group)
                   for i, g in enumerate(GROUPS)]
        self.widgets += button_bar(t, (w, h), [*buttons, ("Back", self.back, "Esc", False)],
                                   align="left")
        if self.focus is None:
            self.focus = len(self.focusables()) - 1

    def show(self, index: int) -> None:
        self.group = index % len(GROUPS)
        self.laid_out_for = None
        self.app.dirty = True

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            keys = {pygame.K_1: 0, pygame.K_2: 1, pygame.K_3: 2}
            if event.key in keys:
                self.show(keys[event.key])
                return True
            if event.key in (pygame.K_LEFT, pygame.K_RIGHT):
                self.show(self.group + (1 if event.key == pygame.K_RIGHT else -1))
                return True
            if event.key == pygame.K_h:
                self.back()
                return True
        return super().handle_event(event)

    def series(self) -> list[tuple[int, tuple[float, ...]]]:
        game = self.app.session.game
        points = list(game.history)
        if not points or points[-1][0] != game.turn:
            points.append((game.turn, tuple(game.state.values)))
        return points

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        paper(surface, t)
        game = self.app.session.game
        group = GROUPS[self.group]
        page_header(surface, t, f"History: {TITLES[group].lower()}",
                    f"Every {turn_unit(game.world)}'s close; numbered ticks are your decisions "
                    "(1-3 switch the meters, Left/Right too).")
        small = t.font("tiny", "sans")
        label_w = small.size("100")[0] + t.px(6)
        below = small.get_linesize() * 2 + t.px(16)  # year labels and the legend
        c = self.chart
        plot = pygame.Rect(c.x + label_w, c.y, c.width - label_w, max(t.px(40), c.height - below))
        self._draw_axes(surface, plot)
        self._draw_decisions(surface, plot)
        self._draw_meters(surface, plot, METER_GROUPS[group])
        heading(surface, t, "Your decisions", self.side.x, self.side.y, self.side.width)
        self.draw_widgets(surface)

    def x_of(self, plot: pygame.Rect, turn: int) -> float:
        return plot.x + plot.width * turn / max(1, self.app.session.game.world.last_turn)

    def _draw_axes(self, surface: pygame.Surface, plot: pygame.Rect) -> None:
        """The levels up the side, the years along the bottom (those there is room for)."""
        t = self.theme
        p = t.palette
        small = t.font("tiny", "sans")
        chart_levels(surface, t, plot, small)
        world = self.app.session.game.world
        years_seen: set[str] = set()
        last_right = -10**6
        for turn in range(max(1, world.last_turn) + 1):
            year = world.calendar.month_of(turn)[:4]
            if year in years_seen:
                continue
            years_seen.add(year)
            x = self.x_of(plot, turn)
            pygame.draw.line(surface, p.rule, (x, plot.bottom), (x, plot.bottom + t.px(4)), 1)
            img = rendered(small, year, p.ink_soft)
            left = x - img.get_width() // 2
            if left > last_right + t.px(8):
                surface.blit(img, (left, plot.bottom + t.px(4)))
                last_right = left + img.get_width()

    def _draw_decisions(self, surface: pygame.Surface, plot: pygame.Rect) -> None:
        """Decision ticks: one per season, numbered as in the list, each number centred over its
        own tick in the lowest of three rows above the chart where it does not run into its
        neighbour, a tick drawn up to a raised number, and the numbers set on paper so that no
        line crosses one. A number that fits in no row is left out (the tick stays)."""
        t = self.theme
        red = t.palette.red
        tick_font = t.font("tiny", "sans-bold")
        by_turn: dict[int, list[int]] = {}
        for i, step in enumerate(self.path, 1):
            by_turn.setdefault(step.turn, []).append(i)
        row_h = tick_font.get_linesize()
        last_right = [-10**6] * TICK_ROWS  # the right end of the last number in each row
        self.labelled: list[pygame.Rect] = []  # where the numbers went, and those left out
        self.unlabelled: list[str] = []
        placed: list[tuple[pygame.Surface, pygame.Rect, float]] = []
        for turn, numbers in sorted(by_turn.items()):
            x = self.x_of(plot, turn)
            pygame.draw.line(surface, red, (x, plot.y), (x, plot.bottom), 1)
            text = str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}-{numbers[-1]}"
            img = rendered(tick_font, text, red)
            left = round(x - img.get_width() / 2)
            for row in range(TICK_ROWS):
                if left > last_right[row] + t.px(5):
                    rect = img.get_rect(topleft=(left, plot.y - img.get_height() - row * row_h))
                    placed.append((img, rect, x))
                    last_right[row] = rect.right
                    self.labelled.append(rect)
                    break
            else:
                self.unlabelled.append(text)
        for _, rect, x in placed:  # a raised number's tick, up to it
            if rect.bottom < plot.y:
                pygame.draw.line(surface, red, (x, rect.bottom), (x, plot.y), 1)
        for img, rect, _ in placed:  # on paper: a tick running up behind it stops at its edge
            paper_rect = rect.inflate(t.px(4), 0)
            paper_rect.width -= max(0, plot.x - paper_rect.x)  # the levels' "100" stays whole
            paper_rect.x = max(paper_rect.x, plot.x)
            surface.fill(t.palette.paper, paper_rect)
            surface.blit(img, rect)

    def _draw_meters(self, surface: pygame.Surface, plot: pygame.Rect,
                     stats: tuple[str, ...]) -> None:
        """The meters of the group, each in its own line style, and the legend under them."""
        t = self.theme
        p = t.palette
        small = t.font("tiny", "sans")
        series = self.series()
        styles = [(p.ink, 3, None), (p.red, 3, None), (p.ink, 2, (10, 6)), (p.red, 2, (4, 5))]
        legend_y = plot.bottom + small.get_linesize() + t.px(10)
        legend_x = plot.x
        for k, stat in enumerate(stats):
            i = STATS.index(stat)
            colour, width, dash = styles[k % len(styles)]
            pts = [(self.x_of(plot, turn), plot.bottom - plot.height * values[i] / 100)
                   for turn, values in series]
            for point in pts:  # a mark at each season's close: short games stay visible
                pygame.draw.circle(surface, colour, point, t.px(3))
            self._line(surface, colour, pts, width, dash)
            name = LABELS[stat] + (" (high is bad)" if stat in HIGH_IS_BAD else "")
            sample = pygame.Rect(legend_x, legend_y + t.px(7), t.px(26), t.px(3))
            self._line(surface, colour, [(sample.x, sample.y), (sample.right, sample.y)], width,
                       (dash[0] // 2, dash[1] // 2) if dash else None)
            img = small.render(fit(small, name, t.px(220)), True, p.ink)
            surface.blit(img, (sample.right + t.px(6), legend_y))
            legend_x += sample.width + img.get_width() + t.px(22)

    def _line(self, surface: pygame.Surface, colour, points: list, width: int,
              dash: tuple[int, int] | None) -> None:
        t = self.theme
        if len(points) < 2:
            return
        if dash:
            dashed(surface, colour, points, t.px(width), t.px(dash[0]), t.px(dash[1]))
        else:
            pygame.draw.lines(surface, colour, False, points, t.px(width))
