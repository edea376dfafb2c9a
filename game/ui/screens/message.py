"""A message on paper over the current screen: a save that cannot load, a damaged settings file,
a vote that went against you. Enter, Esc or the button closes it.

A question is a message with its answers as buttons (an unfinished game in the way of a new
one: continue it, start anew, or cancel): Tab or the arrows move between them, Enter presses
one, each answer's letter presses it, and Esc is the last answer (cancel).
"""

from __future__ import annotations

from collections.abc import Callable

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
        self.box = pygame.Rect(0, 0, 0, 0)
        self.scroller: Scroller | None = None

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
        self.scrolling(self.scroller, "text", keys=True)
        self.widgets = self.buttons(self.box.bottom - t.margin - btn_h, btn_h)
        if self.focus is None:
            self.focus = 0

    def buttons(self, y: int, height: int) -> list[Button]:
        t = self.theme
        bw = t.px(200)
        return [Button(t, pygame.Rect(self.box.centerx - bw // 2, y, bw, height), self.button,
                       self.close, primary=True, hint="Enter")]

    def close(self) -> None:
        self.app.pop()
        if self.after is not None:
            self.after()

    def back(self) -> None:
        self.close()

    def draw(self, surface: pygame.Surface) -> None:
        dialog(surface, self.theme, self.box)
        self.draw_widgets(surface)


# An answer to a question: its label, what it does (after the question closes), its key letter.
Answer = tuple[str, Callable[[], None] | None, str]


class QuestionScene(MessageScene):
    name = "question"

    def __init__(self, app, title: str, text: str, answers: list[Answer]) -> None:
        super().__init__(app, title, text)
        self.answers = answers

    def buttons(self, y: int, height: int) -> list[Button]:
        t = self.theme
        font = t.font("small", "sans-bold")
        widths = [font.size(f"{label}  [{key}]")[0] + t.px(32) for label, _, key in self.answers]
        room = self.box.width - 2 * t.margin
        gap = t.gap
        if sum(widths) + gap * (len(widths) - 1) > room:  # a narrow window: share the row
            widths = [(room - gap * (len(widths) - 1)) // len(widths)] * len(widths)
        x = self.box.right - t.margin - sum(widths) - gap * (len(widths) - 1)
        out = []
        for i, ((label, action, key), w) in enumerate(zip(self.answers, widths, strict=True)):
            out.append(Button(t, pygame.Rect(x, y, w, height), label,
                              lambda a=action: self.answer(a), primary=i == 0, hint=key,
                              name=f"answer:{label}"))
            x += w + gap
        return out

    def answer(self, action: Callable[[], None] | None) -> None:
        self.app.pop()
        if action is not None:
            action()

    def back(self) -> None:
        self.answer(self.answers[-1][1])  # Esc: the last answer, which cancels

    def arrow_focus(self) -> bool:
        return True

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            letter = pygame.key.name(event.key)
            for label, action, key in self.answers:
                if len(key) == 1 and letter == key.lower():
                    self.set_focus(f"answer:{label}")
                    self.app.click()
                    self.answer(action)
                    return True
        return super().handle_event(event)
