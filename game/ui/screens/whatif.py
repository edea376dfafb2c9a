"""What if, the first page: every decision of the game just played (number, date, title, the
option taken, and whether Khrushchev chose otherwise), to pick the one to take another way.

Up/Down or Tab move, Page Up/Down and Home/End jump, Enter or a click picks, Esc goes back to the
debrief. The number keys pick the numbered rows: a number opens its decision as soon as no longer
number could follow it (so with dozens of decisions, "1" waits for a second digit and Enter).

The game's run record is taken once, on opening (from the game just played, or a student's
record on the teacher's screen); the options page and the replay work from it, as `thaw whatif`
works from the record file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.narration.debrief import player_path
from game.narration.words import dated
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, header_height, page_header
from game.ui.text import fit, rendered, wrap
from game.ui.widgets import Viewport, Widget, focus_ring, paper, stack, stacked_height

if TYPE_CHECKING:
    from game.narration.debrief import PathStep
    from game.sim.world import World
    from game.ui.app import App
    from game.ui.session import Session
    from game.ui.theme import Theme


def open_whatif(app: App, session: Session) -> None:
    """The debrief's button: the game just played, from its run record as it stands."""
    app.push(WhatIfScene(app, session.world, session.record(), player_path(session.game)))


class DecisionRow(Widget):
    """One decision taken: its number, date and title; the option taken; and, when Khrushchev
    chose otherwise, a note saying so (in words, so it reads without the red)."""

    def __init__(self, theme: Theme, width: int, k: int, step: PathStep, action) -> None:
        p = theme.palette
        bold = theme.font("body", "sans-bold")
        small = theme.font("small", "sans")
        note_font = theme.font("small", "sans-bold")
        pad = theme.px(8)
        self.num_w = bold.size("00")[0] + 2 * pad
        text_w = max(40, width - self.num_w - 2 * pad)
        head = dated(step.date_label, step.title)
        self.number = rendered(bold, str(k), p.red)
        note = ""
        if step.followed is False:
            note = "Khrushchev chose otherwise"
        self.note = rendered(note_font, note, p.red) if note else None
        head_w = text_w - (self.note.get_width() + pad if self.note is not None else 0)
        self.head = [bold.render(line, True, p.ink) for line in wrap(bold, head, max(40, head_w))]
        self.took = [small.render(line, True, p.ink_soft)
                     for line in wrap(small, f"You: {step.chosen_label}", text_w)]
        height = 2 * pad + stacked_height(self.head + self.took)
        super().__init__(pygame.Rect(0, 0, width, height), action, f"decision:{k}")
        self.pad = pad
        self.differs = step.followed is False

    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, hovered: bool) -> None:
        p = theme.palette
        r = self.rect
        pygame.draw.rect(surface, p.paper if hovered or focused else p.paper_dark, r)
        pygame.draw.rect(surface, p.rule, r, 1)
        if self.differs:  # a red edge down the left: the rows that left Khrushchev's path
            pygame.draw.rect(surface, p.red, (r.x, r.y, theme.px(5), r.height))
        surface.blit(self.number, (r.x + self.num_w - self.pad - self.number.get_width(),
                                   r.y + self.pad))
        stack(surface, self.head + self.took, r.x + self.num_w + self.pad, r.y + self.pad)
        if self.note is not None:
            first = self.head[0].get_height() if self.head else self.note.get_height()
            surface.blit(self.note, (r.right - self.pad - self.note.get_width(),
                                     r.y + self.pad + (first - self.note.get_height()) // 2))
        if focused:
            focus_ring(surface, theme, r)


class RowListScene(Scene):
    """A scene built round one scrolling list of rows (`self.list`): the arrows move the focus
    and the list follows it."""

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.list: Viewport | None = None

    @property
    def rows(self) -> list[Widget]:
        return self.list.widgets if self.list is not None else []

    def arrow_focus(self) -> bool:
        return True


DIGIT_KEYS = {**{pygame.K_0 + n: n for n in range(10)},
              **{getattr(pygame, f"K_KP{n}"): n for n in range(10)}}


class WhatIfScene(RowListScene):
    name = "whatif"

    def __init__(self, app: App, world: World, record: dict, steps: list[PathStep],
                 back_label: str = "Back to the debrief") -> None:
        super().__init__(app)
        self.world = world
        self.record = record
        self.steps = steps
        self.back_label = back_label
        self.typed = 0  # the decision number typed so far (0: none)

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        top = header_height(t, True) + t.px(4)  # room for the focus ring of the first row
        width = min(w - 2 * t.margin, t.px(1016))
        self.list = Viewport(t, pygame.Rect(t.margin, top, width, bar_top(t, (w, h)) - top),
                             t.px(6))
        for k, step in enumerate(self.steps, 1):
            row = DecisionRow(t, self.list.content_width, k, step, lambda k=k: self.pick(k))
            self.widgets.append(self.list.add(row))
        self.scrolling(self.list, "decisions")
        self.widgets += button_bar(t, (w, h), [(self.back_label, self.back, "Esc", True)])
        if self.focus is None:
            self.focus = 0

    def pick(self, k: int) -> None:
        # lazy: a cycle (the options screen builds on this module's RowListScene)
        from game.ui.screens.whatif_options import WhatIfOptionsScene

        self.app.push(WhatIfOptionsScene(self.app, self.world, self.record, k))

    # --- input -------------------------------------------------------------------------------
    def type_digit(self, digit: int) -> None:
        """A number key: the decision of that number (or of the number typed so far with this
        digit after it) is focused, and opened once no longer number could follow it."""
        count = len(self.rows)
        number = self.typed * 10 + digit
        if not 1 <= number <= count:
            number = digit  # a number that does not exist starts again from this digit
        if not 1 <= number <= count:
            self.typed = 0
            return
        self.set_focus(f"decision:{number}")
        self.on_focus(self.focused_widget())
        self.app.dirty = True
        if number * 10 > count:
            self.typed = 0
            self.app.click()
            self.pick(number)
        else:
            self.typed = number

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in DIGIT_KEYS and self.rows:
            self.type_digit(DIGIT_KEYS[event.key])
            return True
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.typed = 0  # any other key or a click ends the number
        if event.type == pygame.KEYDOWN and self.rows:
            rows = self.rows
            per_page = max(1, self.list.rect.height // (rows[0].rect.height + self.list.gap))
            current = self.focused_widget()
            index = rows.index(current) if current in rows else 0
            jump = {pygame.K_PAGEDOWN: index + per_page, pygame.K_PAGEUP: index - per_page,
                    pygame.K_HOME: 0, pygame.K_END: len(rows) - 1}.get(event.key)
            if jump is not None:
                self.set_focus(rows[max(0, min(len(rows) - 1, jump))].name)
                self.on_focus(self.focused_widget())
                self.app.dirty = True
                return True
        return super().handle_event(event)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        paper(surface, t)
        count = len(self.steps)
        page_header(surface, t, "What if? Take one decision another way",
                    f"The {count} decisions of this game. Pick one: it is played again with the "
                    "same luck, that decision changed."
                    if count else "Nothing to take another way.")
        if not self.steps and self.list is not None:
            font = t.font("body", "serif-italic")
            surface.blit(rendered(font, fit(font, "You took no decisions in this game.",
                                            self.list.rect.width), t.palette.ink_soft),
                         self.list.rect.topleft)
        self.draw_widgets(surface)
