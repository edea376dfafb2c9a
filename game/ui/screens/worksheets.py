"""Worksheets, from the teacher's screen: every lesson and every chapter of the campaign, each
one's printed set (the plan, the tally sheet, the worksheet, the pre-reading, the content note,
the answer key, the mark scheme and the documents: `thaw worksheet ID --html`) written into the
class folder under a fresh name and opened in the web browser to print.

Up and Down (or Tab) move, Enter or a click writes and opens one, Esc goes back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.ui.jobs import Job, take_done
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, header_height, page_header
from game.ui.screens.newgame import ScenarioItem
from game.ui.text import rendered, wrap
from game.ui.widgets import Viewport, paper

if TYPE_CHECKING:
    from game.ui.app import App


def _units() -> list[tuple[str, str, str]]:
    """(id, title, detail) of every lesson and chapter."""
    # lazy: the class tools and their screens load when first used, not with the window
    from game.classroom.kit import units

    return [(u.id, u.title, f"{'Lesson' if u.kind == 'lesson' else 'Chapter'} · "
             f"{u.first} to {u.last}") for u in units()]


def _write_and_open(ref: str, folder: Path) -> tuple[Path, bool]:
    # lazy: the class tools and their screens load when first used, not with the window
    from game.classroom.card import write_worksheets
    from game.ui.screens.save_report import open_in_browser

    path = write_worksheets(ref, folder)
    return path, open_in_browser(path)


class WorksheetsScene(Scene):
    name = "worksheets"

    def __init__(self, app: App, folder: Path) -> None:
        super().__init__(app)
        self.folder = folder
        self.units: list[tuple[str, str, str]] | None = None
        self.loading: Job = Job(_units, "units")
        self.work: Job | None = None
        self.note: tuple[str, str] = (f"Each is saved into {folder} and opened in your web "
                                      "browser to print.", "soft")

    def write(self, ref: str) -> None:
        if self.work is not None and not self.work.done:
            return
        folder = self.folder
        self.note = ("Writing the pages and asking your web browser to open them…", "soft")
        self.work = Job(lambda: _write_and_open(ref, folder), "worksheets")
        self.relayout()

    def relayout(self) -> None:
        self.laid_out_for = None
        self.app.dirty = True

    def update(self, dt: float) -> None:
        if self.units is None and self.loading.done:
            self.units = self.loading.result or []
            if self.loading.error is not None:
                self.note = (f"The lessons could not be read: {self.loading.error}", "red")
            self.relayout()
        job = take_done(self, "work")
        if job is not None:
            if job.error is not None:
                self.note = (f"The pages could not be saved: {job.reason}.", "red")
            else:
                path, opened = job.result
                said = "Saved and handed to your web browser:" if opened else \
                    "Saved (no web browser could be found; open the file yourself):"
                self.note = (f"{said} {path}", "soft" if opened else "red")
            self.relayout()

    def animating(self) -> bool:
        return not self.loading.done or (self.work is not None and not self.work.done)

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        top = header_height(t, True)
        small = t.font("small", "serif-italic")
        text, tone = self.note if self.units is not None else ("Reading the lessons…", "soft")
        colour = t.palette.red if tone == "red" else t.palette.ink_soft
        self.lines = [(rendered(small, line, colour), (t.margin, top + i * small.get_linesize()))
                      for i, line in enumerate(wrap(small, text, w - 2 * t.margin))]
        y = top + len(self.lines) * small.get_linesize() + t.px(8)
        view = Viewport(t, pygame.Rect(t.margin, y, min(w - 2 * t.margin, t.px(900)),
                                       bar_top(t, (w, h)) - y), t.px(6))
        for ref, title, detail in self.units or []:
            item = ScenarioItem(t, view.rect.x, view.content_width, title, detail,
                                lambda r=ref: self.write(r), f"unit:{ref}")
            self.widgets.append(view.add(item))
        self.scrolling(view, "units")
        self.widgets += button_bar(t, (w, h), [("Back", self.back, "Esc", False)])
        if self.focus is None and self.units:
            self.focus = 0

    def arrow_focus(self) -> bool:
        return True

    def draw(self, surface: pygame.Surface) -> None:
        paper(surface, self.theme)
        page_header(surface, self.theme, "Worksheets",
                    "A pack for each lesson and chapter: the plan, the worksheet, the answer "
                    "key, the mark scheme and more.")
        for image, pos in self.lines:
            surface.blit(image, pos)
        self.draw_widgets(surface)
