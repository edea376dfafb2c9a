"""The turn screen's left column: the meters under Party, Economy and Foreign, each with its value,
its bar and its trend since the close of the last turn."""

from __future__ import annotations

import pygame

from game.narration.words import LABELS
from game.sim.stats import HIGH_IS_BAD, METER_GROUPS, STATS
from game.ui.text import fit, rendered, wrap
from game.ui.widgets import draw_trend, heading, meter_bar

HEADS = {"Party": "Party support", "Economy": "Economy", "Foreign": "Foreign standing"}


class Meters:
    """The meters in `rect`, read from the game at layout time."""

    def __init__(self, theme, rect: pygame.Rect, game, unit: str,
                 since: tuple[float, ...] | None = None) -> None:
        self.theme = theme
        self.rect = rect
        self.unit = unit
        state = game.state
        self.values = list(state.values)
        # Trends: now against `since`, the meters as the last turn played first showed them
        # (else the close of the last turn), as the numbers read (a meter that moved 34.4 ->
        # 34.6 shows 34 twice and no triangle).
        previous = since or (game.history[-1][1] if game.history else tuple(self.values))
        self.trends = [round(self.values[i]) - round(previous[i]) for i in range(len(STATS))]
        self.bars: dict[int, pygame.Rect] = {}  # where each meter's bar is (once drawn)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        r = self.rect
        y = r.y
        for group, stats in METER_GROUPS.items():
            y = heading(surface, t, HEADS[group], r.x, y, r.width)
            for stat in stats:
                y = self._draw_meter(surface, stat, y)
            y += t.px(6)
        if y < r.bottom - t.px(20):
            self._draw_note(surface, y)

    def _draw_meter(self, surface: pygame.Surface, stat: str, y: int) -> int:
        """One meter's row: label, value, trend, and its bar below; returns the y below it."""
        t = self.theme
        p = t.palette
        r = self.rect
        label_font = t.font("small", "sans")
        value_font = t.font("small", "sans-bold")
        bar_h = t.px(8)
        i = STATS.index(stat)
        value = self.values[i]
        bad = stat in HIGH_IS_BAD
        number = rendered(value_font, str(round(value)), p.ink)
        trend_w = t.px(46)
        label_w = r.width - number.get_width() - trend_w - t.px(8)
        surface.blit(rendered(label_font, fit(label_font, LABELS[stat], label_w), p.ink), (r.x, y))
        surface.blit(number, (r.right - trend_w - number.get_width() - t.px(4), y))
        draw_trend(surface, t, r.right - trend_w + t.px(4),
                   y + label_font.get_linesize() // 2, self.trends[i], bad)
        bar = pygame.Rect(r.x, y + label_font.get_linesize(), r.width - trend_w, bar_h)
        meter_bar(surface, t, bar, value, bad)
        self.bars[i] = bar
        return y + label_font.get_linesize() + bar_h + t.px(7)

    def draw_bars(self, surface: pygame.Surface, values) -> None:
        """The bars again, at `values` (a change on its way, see TurnScene's tween)."""
        for i, bar in self.bars.items():
            meter_bar(surface, self.theme, bar, values[i], STATS[i] in HIGH_IS_BAD)

    def _draw_note(self, surface: pygame.Surface, y: int) -> None:
        t = self.theme
        r = self.rect
        tiny = t.font("tiny", "serif-italic")
        note = f"Nuclear tension: high is bad. Triangles: change since the last {self.unit} " \
               "you played began."
        for line in wrap(tiny, note, r.width):
            if y + tiny.get_linesize() > r.bottom:
                break
            surface.blit(rendered(tiny, line, t.palette.ink_soft), (r.x, y))
            y += tiny.get_linesize()
