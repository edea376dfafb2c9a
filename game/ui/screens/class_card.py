"""The class card, from the teacher's screen: the teacher picks the scenario, the class seed and
where students hand in; Save writes the printable card (`game.classroom.pages.class_card`, the
page `thaw class-card` prints) into the class folder under a fresh name, and Open in browser
hands that file to the web browser.

Up and Down pick the scenario; Tab moves to the fields; Enter saves; Esc goes back.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.ui.jobs import Job, take_done
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, header_height, page_header
from game.ui.screens.newgame import ScenarioItem
from game.ui.text import rendered, wrap
from game.ui.textfield import TextField, click_into_field
from game.ui.widgets import Viewport, paper

if TYPE_CHECKING:
    from game.ui.app import App


class ClassCardScene(Scene):
    name = "class-card"

    def __init__(self, app: App, folder: Path, hand_in_at: str = "",
                 scenario: str | None = None) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.content import catalog

        super().__init__(app)
        self.folder = folder
        self.scenarios = catalog.available()[0]
        # The scenario of the class on the teacher's screen, when it has one; else the first.
        ids = [s.id for s in self.scenarios]
        self.selected = ids.index(scenario) if scenario in ids else 0
        self.seed_text = str(1000 + secrets.randbelow(9000))
        self.where_text = hand_in_at
        self.seed: TextField | None = None
        self.where: TextField | None = None
        self.work: Job | None = None
        self.path: Path | None = None  # the card written last
        self.saved_for: tuple | None = None  # (scenario, seed, where) it was written for
        self.note: tuple[str, str] | None = None  # (text, tone)

    # --- the card ----------------------------------------------------------------------------
    def save(self, then_open: bool = False) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.classroom.card import write_class_card
        from game.ui.screens.save_report import open_in_browser

        if not self.scenarios or (self.work is not None and not self.work.done):
            return
        seed_text = self.seed.text if self.seed is not None else self.seed_text
        if not seed_text.isdigit():
            self.note = ("Type a class seed (a number) first.", "red")
            self.relayout()
            return
        scenario, seed = self.scenarios[self.selected], int(seed_text)
        where = self.where.text if self.where is not None else self.where_text
        wanted = (scenario.id, seed, where)
        # Open shows the card saved last if it is this card; anything else is written first.
        path = self.path if then_open and self.saved_for == wanted else None
        self.saved_for = wanted
        folder = self.folder

        def work() -> tuple[Path, bool | None]:
            written = path or write_class_card(scenario, seed, where, folder)
            return written, open_in_browser(written) if then_open else None

        self.work = Job(work, "class-card")
        self.work.wait(0.05)
        self.relayout()

    def take_work(self) -> None:
        job = take_done(self, "work")
        if job is None:
            return
        if job.error is not None:
            self.note = (f"The card could not be saved: {job.reason}.", "red")
        else:
            self.path, opened = job.result
            said = {None: "The class card is saved:", True: "Handed to your web browser:",
                    False: "No web browser could be found. Open this file yourself:"}[opened]
            self.note = (f"{said} {self.path}", "red" if opened is False else "soft")
        self.relayout()

    def relayout(self) -> None:
        self.laid_out_for = None
        self.app.dirty = True

    def update(self, dt: float) -> None:
        self.take_work()

    def animating(self) -> bool:
        return self.work is not None and not self.work.done

    # --- the screen --------------------------------------------------------------------------
    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        if self.seed is not None:
            self.seed_text, self.where_text = self.seed.value, self.where.value
        top = header_height(t, True)
        bottom = bar_top(t, (w, h))
        list_w = min(t.px(540), (w - 3 * t.margin) // 2)
        view = Viewport(t, pygame.Rect(t.margin, top, list_w, bottom - top), t.px(6))
        chosen = None
        for i, s in enumerate(self.scenarios):
            kind = "Campaign" if s.info.kind == "campaign" else "Lesson"
            item = ScenarioItem(t, view.rect.x, view.content_width, s.info.title,
                                f"{kind} · about {s.info.minutes} min",
                                lambda i=i: self.select(i), f"scenario:{s.id}")
            item.selected = i == self.selected
            self.widgets.append(view.add(item))
            chosen = item if item.selected else chosen
        self.scrolling(view, "scenarios")
        view.show(chosen)  # the class's scenario may be far down the list
        self.layout_fields(t.margin * 2 + list_w, top, w - 3 * t.margin - list_w)
        self.widgets += button_bar(t, (w, h), [
            ("Back", self.back, "Esc", False),
            ("Open in browser", (lambda: self.save(then_open=True)) if self.scenarios else None,
             "O", False),
            ("Save the class card", self.save if self.scenarios else None, "Enter", True)])
        if self.focus is None:
            self.set_focus("Save the class card")

    def layout_fields(self, x: int, y: int, width: int) -> None:
        t = self.theme
        label = t.font("small", "sans-bold")
        small = t.font("small", "serif-italic")
        self.texts: list[tuple[pygame.Surface, tuple[int, int]]] = []
        fields = []
        for name, text, value, limit in (("seed", "Class seed", self.seed_text, 9),
                                         ("where", "Where students hand in (printed on the "
                                          "card)", self.where_text, 120)):
            for line in wrap(label, text, width):
                self.texts.append((rendered(label, line, t.palette.ink), (x, y)))
                y += label.get_linesize()
            field = TextField(t, pygame.Rect(x, y, width, t.px(40)), name, value, limit=limit,
                              digits=name == "seed")
            fields.append(field)
            y += t.px(40) + t.px(14)
        self.seed, self.where = fields
        self.widgets += fields
        note, tone = self.note or (f"Not saved yet. Save writes the card into {self.folder}",
                                   "soft")
        colour = t.palette.red if tone == "red" else t.palette.ink_soft
        for line in wrap(small, note, width):
            self.texts.append((rendered(small, line, colour), (x, y)))
            y += small.get_linesize()

    def select(self, index: int) -> None:
        self.selected = index % len(self.scenarios)
        self.relayout()

    def draw(self, surface: pygame.Surface) -> None:
        paper(surface, self.theme)
        page_header(surface, self.theme, "Class card",
                    "The scenario, the class seed and where to hand in, on a page to print or "
                    "project. Up and Down pick the scenario.")
        for image, pos in self.texts:
            surface.blit(image, pos)
        self.draw_widgets(surface)

    # --- input -------------------------------------------------------------------------------
    def on_focus(self, widget) -> None:
        super().on_focus(widget)
        if isinstance(widget, TextField):
            widget.focus_gained()

    def handle_event(self, event: pygame.event.Event) -> bool:
        widget = self.focused_widget()
        field = widget if isinstance(widget, TextField) else None
        if field is not None and field.handle(event):
            self.app.dirty = True
            return True
        if event.type == pygame.KEYDOWN:
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and field is not None:
                self.save()
                return True
            if event.key == pygame.K_o and field is None:
                self.save(then_open=True)
                return True
            if event.key in (pygame.K_UP, pygame.K_DOWN) and self.scenarios:
                self.select(self.selected + (1 if event.key == pygame.K_DOWN else -1))
                return True
        if click_into_field(self, event):
            return True
        return super().handle_event(event)
