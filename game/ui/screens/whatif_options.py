"""What if, the second page: the options of one decision as they stood at that point of the game,
the one taken marked, the next one ready. Choosing one replays the game with it.

Up/Down or Tab move, the number keys or Enter or a click choose, Esc goes back to the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.classroom.whatif import WhatIfError, options_at
from game.ui.screens.common import bar_top, button_bar, header_height, page_header
from game.ui.screens.whatif import RowListScene
from game.ui.screens.whatif_result import WhatIfResultScene
from game.ui.text import Doc, rendered, wrap
from game.ui.widgets import Scroller, Viewport, Widget, focus_ring, paper

if TYPE_CHECKING:
    from game.classroom.whatif import FlipOption
    from game.sim.world import World
    from game.ui.app import App
    from game.ui.theme import Theme


class OptionRow(Widget):
    """An option: its number, what it does, and notes (taken, Khrushchev's, not possible)."""

    def __init__(self, theme: Theme, width: int, number: int, label: str,
                 notes: list[tuple[str, str]], enabled: bool, action, name: str,
                 taken: bool = False) -> None:
        p = theme.palette
        pad = theme.px(8)
        body = theme.font("body", "serif")
        note_font = theme.font("small", "sans-bold")
        num_font = theme.font("heading", "serif-bold")
        self.num_w = num_font.size("0")[0] + 3 * pad
        text_w = max(40, width - self.num_w - 2 * pad)
        # The option taken reads in ink (it is what happened), one that could not be taken
        # is faded; neither can be chosen.
        ink = p.ink if enabled or taken else p.ink_soft
        self.images: list[tuple[pygame.Surface, int, int]] = []
        y = pad
        for line in wrap(body, label, text_w):
            self.images.append((body.render(line, True, ink), self.num_w + pad, y))
            y += body.get_linesize()
        if notes:
            y += theme.px(3)
        for text, tone in notes:
            for line in wrap(note_font, text, text_w):
                colour = p.red if tone == "red" else p.ink_soft
                self.images.append((note_font.render(line, True, colour), self.num_w + pad, y))
                y += note_font.get_linesize()
        super().__init__(pygame.Rect(0, 0, width, y + pad), action, name)
        self.enabled = enabled
        self.taken = taken
        self.number = rendered(num_font, str(number), p.red if enabled or taken else p.rule)

    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, hovered: bool) -> None:
        p = theme.palette
        r = self.rect
        live = hovered or focused
        pygame.draw.rect(surface, p.paper if live and self.enabled else p.paper_dark, r)
        if self.taken:  # a red edge down the left, as the rows of the list have
            pygame.draw.rect(surface, p.red, (r.x, r.y, theme.px(5), r.height))
        pygame.draw.rect(surface, p.rule, r, p.border if self.enabled else 1)
        surface.blit(self.number, self.number.get_rect(
            center=(r.x + self.num_w // 2, r.y + theme.px(8) + self.number.get_height() // 2)))
        for image, dx, dy in self.images:
            surface.blit(image, (r.x + dx, r.y + dy))
        if focused:
            focus_ring(surface, theme, r)


class WhatIfOptionsScene(RowListScene):
    name = "whatif-options"

    def __init__(self, app: App, world: World, record: dict, k: int) -> None:
        super().__init__(app)
        self.world = world
        self.record = record
        self.k = k
        self.taken = record["decisions"][k - 1]
        self.options: list[FlipOption] = []
        self.problem: str | None = None
        self.message: Scroller | None = None

    def enter(self) -> None:
        try:
            self.options = options_at(self.world, self.record, self.k)
        except WhatIfError as error:
            self.problem = str(error)

    @property
    def title(self) -> str:
        event = self.world.events.get(self.taken["decision"])
        return event.model.title if event is not None else self.taken.get("title", "")

    def notes(self, option: FlipOption) -> list[tuple[str, str]]:
        notes = []
        if option.taken:
            notes.append(("You took this" + (", as Khrushchev did." if option.historical
                                              else "."), "red"))
        elif option.historical:
            notes.append(("Khrushchev's choice.", "ink"))
        if not option.available and not option.taken:
            event = self.world.events[self.taken["decision"]]
            why = event.options[option.id].model.unavailable or "its conditions did not hold"
            notes.append((f"Could not be taken at that point: {why}", "red"))
        return notes

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        top = header_height(t, True)
        width = min(w - 2 * t.margin, t.px(1016))
        bottom = bar_top(t, (w, h))
        doc = Doc(t)
        if self.problem is not None:
            doc.text(self.problem, "body", "serif", "red")
        elif not any(o.available and not o.taken for o in self.options):
            doc.text("No other option could be taken at that point of the game, so this "
                     "decision cannot be taken another way.", "body", "serif-italic", "soft")
        else:
            doc.text("Choose what to do instead (Up and Down, then Enter; or a number, or a "
                     "click). The game is played again with the same luck; after this decision "
                     "it takes your later choices where the same cards come up, and "
                     "Khrushchev's where they do not.", "small", "serif-italic", "soft")
        self.message = Scroller(t, pygame.Rect(t.margin, top, width, bottom - top), doc)
        intro_h = min(doc.height, bottom - top)
        self.message.rect.height = intro_h
        self.list = Viewport(t, pygame.Rect(t.margin, top + intro_h + t.px(8), width,
                                            max(t.px(40), bottom - top - intro_h - t.px(8))),
                             t.px(8))
        for number, option in enumerate(self.options, 1):
            enabled = option.available and not option.taken
            row = OptionRow(t, self.list.content_width, number, option.label, self.notes(option),
                            enabled, lambda o=option.id: self.pick(o), f"option:{option.id}",
                            taken=option.taken)
            self.widgets.append(self.list.add(row))
        self.scrolling(self.message, "intro")
        self.scrolling(self.list, "options")
        self.widgets += button_bar(t, (w, h), [("Back to the decisions", self.back, "Esc",
                                                not self.rows)])
        if self.focus is None:
            default = next((o for o in self.options if o.default), None)
            if default is not None:
                self.set_focus(f"option:{default.id}")
                self.on_focus(self.focused_widget())
            else:
                self.focus = len(self.focusables()) - 1

    def pick(self, option: str) -> None:
        self.app.push(WhatIfResultScene(self.app, self.world, self.record, self.k, option))

    # --- input -------------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and pygame.K_1 <= event.key <= pygame.K_9:
            index = event.key - pygame.K_1
            if index < len(self.rows) and self.rows[index].enabled:
                self.set_focus(self.rows[index].name)
                self.app.click()
                self.rows[index].activate()
                self.app.dirty = True
            return True
        return super().handle_event(event)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        paper(surface, t)
        taken = self.taken
        page_header(surface, t, f"What if? {self.k}. {self.title}",
                    f"{self.world.calendar.label(taken['turn'])}: decision {self.k} of "
                    f"{len(self.record['decisions'])} of this game.")
        self.draw_widgets(surface)
