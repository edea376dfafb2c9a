"""The turn screen's top bar: the date, the scenario and the turn, the numbers beside the meters,
and the buttons to the standing policies (where the scenario has them), the history and the menu."""

from __future__ import annotations

import pygame

from game.sim.stats import INDEX
from game.ui.text import fit, rendered
from game.ui.widgets import Button


class TopBar:
    """Laid out for the window's width; `actions` are (label, action, key hint), left to right."""

    def __init__(self, theme, width: int, actions: list[tuple[str, object, str]]) -> None:
        t = theme
        self.theme = theme
        self.width = width
        m = t.margin
        self.height = t.px(16) + t.font("heading", "serif-bold").get_linesize() + \
            t.font("small", "sans").get_linesize()
        bh = t.px(40)
        font = t.font("small", "sans-bold")
        x = width - m
        buttons = []
        for label, action, hint in reversed(actions):
            bw = font.size(f"{label}  [{hint}]")[0] + t.px(24)
            x -= bw
            buttons.append(Button(t, pygame.Rect(x, t.px(16), bw, bh), label, action,
                                  hint=hint, name=label))
            x -= t.gap
        self.date_width = x - m
        self.buttons = list(reversed(buttons))

    def sub_line(self, game, unit: str) -> str:
        """Under the date: the scenario, the turn, and the three numbers beside the meters
        (openness, reversals, the Virgin Lands soil), the longest form that fits."""
        values = game.state.values
        turn = f"{unit} {game.turn + 1} of {game.world.last_turn + 1}"
        turn_first = turn[:1].upper() + turn[1:]
        numbers = "Openness {:.0f} · Reversals {:.0f} · {} {:.0f}"
        numbers = [numbers.format(values[INDEX["openness"]], values[INDEX["reversals"]], soil,
                                  values[INDEX["soil"]]) for soil in ("Virgin Lands soil", "Soil")]
        title = game.world.scenario.info.title
        font = self.theme.font("small", "sans")
        forms = [f"{title} · {turn} · {numbers[0]}", f"{turn_first} · {numbers[0]}",
                 f"{turn_first} · {numbers[1]}"]
        return next((f for f in forms if font.size(f)[0] <= self.date_width), forms[-1])

    def draw(self, surface: pygame.Surface, date: str, sub: str) -> None:
        """The date and the line under it (`sub`), and the rule below the bar."""
        t = self.theme
        p = t.palette
        m = t.margin
        big = t.font("heading", "serif-bold")
        surface.blit(rendered(big, fit(big, date, self.date_width), p.ink), (m, t.px(16)))
        small = t.font("small", "sans")
        surface.blit(rendered(small, fit(small, sub, self.date_width), p.ink_soft),
                     (m, t.px(12) + big.get_linesize()))
        pygame.draw.line(surface, p.ink, (m, self.height), (surface.get_width() - m, self.height),
                         p.border)
