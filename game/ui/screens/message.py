"""A message on paper over the current screen: a save that cannot load, a damaged settings file,
a vote that went against you. Enter, Esc or the button closes it."""

from __future__ import annotations

import pygame

from game.ui.scene import Scene
from game.ui.text import Doc
from game.ui.widgets import Button, Scroller, dialog


class MessageScene(Scene):
    name = "message"
    opaque = False

    def __init__(self, app, title: str, text: str, button: str = "Close",
                 after=None) -> None:
        super().__init__(app)
        self.title = title
        self.text = text
        self.button = button
        self.after = after

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        box_w = min(w - 2 * t.margin, t.px(720))
        doc = Doc(t).text(self.title, "heading", "serif-bold").rule(0).text(self.text, before=4)
        doc.layout(box_w - 2 * t.margin - t.px(16))
        btn_h = t.px(44)
        box_h = min(h - 2 * t.margin, doc.height + btn_h + 3 * t.margin)
        self.box = pygame.Rect((w - box_w) // 2, (h - box_h) // 2, box_w, box_h)
        body = pygame.Rect(self.box.x + t.margin, self.box.y + t.margin, box_w - 2 * t.margin,
                           box_h - btn_h - 3 * t.margin)
        self.scroller = Scroller(t, body, doc)
        bw = t.px(200)
        self.widgets = [Button(t, pygame.Rect(self.box.centerx - bw // 2,
                                              self.box.bottom - t.margin - btn_h, bw, btn_h),
                               self.button, self.close, primary=True, hint="Enter")]
        self.focus = 0

    def close(self) -> None:
        self.app.pop()
        if self.after is not None:
            self.after()

    def back(self) -> None:
        self.close()

    def handle_event(self, event: pygame.event.Event) -> bool:
        if self.scroller.handle(event):
            self.app.dirty = True
            return True
        return super().handle_event(event)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        dialog(surface, t, self.box)
        self.scroller.draw(surface)
        self.draw_widgets(surface)
