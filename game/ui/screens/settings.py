"""Settings: text size in three steps, high contrast, full screen, sound, music and volume. Each
takes effect at once and is kept for next time."""

from __future__ import annotations

import dataclasses

import pygame

from game.settings import TEXT_SIZES
from game.ui.scene import Scene
from game.ui.screens.common import button_bar, header_height, page_header
from game.ui.text import Doc
from game.ui.widgets import Button, paper

NOTES = {
    "text": "Three steps, for a projector at the back of the room.",
    "contrast": "Pure black on white with a darker red, for bright rooms and weak projectors.",
    "fullscreen": "F11 switches at any time.",
    "sound": "Everything you hear: the music, the stamp, a bell for a vote, a teleprinter for "
             "news.",
    "music": "A quiet waltz, made for the game, under the play.",
    "volume": "Five steps; the music always sits below the other sounds.",
}


class SettingsScene(Scene):
    name = "settings"

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        s = self.app.settings
        rows = [
            ("text", f"Text size: {s.text_size} ({TEXT_SIZES.index(s.text_size) + 1} of 3)",
             self.text_size),
            ("contrast", f"High contrast: {'on' if s.high_contrast else 'off'}", self.contrast),
            ("fullscreen", f"Full screen: {'on' if s.fullscreen else 'off'}", self.fullscreen),
            ("sound", f"Sound: {'on' if s.sound else 'off'}", self.sound),
            ("music", f"Music: {'on' if s.music else 'off'}", self.music),
            ("volume", f"Volume: {s.volume}%", self.volume),
        ]
        y = header_height(t, True) + t.px(10)
        bw = min(t.px(380), w - 2 * t.margin)
        bh = t.px(46)
        self.notes = []
        for name, label, action in rows:
            self.widgets.append(Button(t, pygame.Rect(t.margin, y, bw, bh), label, action,
                                       name=name, role="body"))
            doc = Doc(t).text(NOTES[name], "small", "serif-italic", "soft")
            doc.layout(max(40, w - 3 * t.margin - bw))
            self.notes.append((doc, t.margin * 2 + bw, y + t.px(4)))
            y += max(bh, doc.height + t.px(4)) + t.px(12)  # a note on two lines pushes the next
        self.widgets += button_bar(t, (w, h), [("Back", self.back, "Esc", True)])
        if self.focus is None:
            self.focus = 0

    def arrow_focus(self) -> bool:
        return True

    def _apply(self, **change) -> None:
        self.app.apply_settings(dataclasses.replace(self.app.settings, **change))

    def text_size(self) -> None:
        self._apply(text_size=self.app.settings.next_text_size())

    def contrast(self) -> None:
        self._apply(high_contrast=not self.app.settings.high_contrast)

    def fullscreen(self) -> None:
        self._apply(fullscreen=not self.app.settings.fullscreen)

    def sound(self) -> None:
        self._apply(sound=not self.app.settings.sound)

    def music(self) -> None:
        self._apply(music=not self.app.settings.music)

    def volume(self) -> None:
        self._apply(volume=self.app.settings.next_volume())

    def draw(self, surface: pygame.Surface) -> None:
        paper(surface, self.theme)
        page_header(surface, self.theme, "Settings",
                    "Enter or Space changes the framed setting; they are kept for next time.")
        for doc, x, y in self.notes:
            doc.draw(surface, x, y)
        self.draw_widgets(surface)
