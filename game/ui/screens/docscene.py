"""A screen that is a document: a header, a scrolling column of text, a bar of buttons.
Up/Down/PgUp/PgDn/Home/End and the wheel scroll it."""

from __future__ import annotations

import pygame

from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, header_height, page_header
from game.ui.text import Doc
from game.ui.widgets import Scroller, paper


class DocScene(Scene):
    title = ""
    subtitle: str | None = None

    def __init__(self, app) -> None:
        super().__init__(app)
        self.scroller: Scroller | None = None

    def build_doc(self) -> Doc:
        raise NotImplementedError

    def buttons(self) -> list:
        return [("Back", self.back, "Esc", True)]

    def content_rect(self) -> pygame.Rect:
        t = self.theme
        w, h = self.app.size
        top = header_height(t, self.subtitle is not None)
        width = min(w - 2 * t.margin, t.px(960))
        return pygame.Rect((w - width) // 2, top, width, bar_top(t, (w, h)) - top)

    def layout(self) -> None:
        self.scroller = Scroller(self.theme, self.content_rect(), self.build_doc())
        self.scrolling(self.scroller, "page", keys=True)
        self.widgets += button_bar(self.theme, self.app.size, self.buttons())
        if self.focus is None:
            self.focus = len(self.focusables()) - 1

    def draw(self, surface: pygame.Surface) -> None:
        paper(surface, self.theme)
        page_header(surface, self.theme, self.title, self.subtitle)
        self.draw_widgets(surface)
