"""The in-game menu over the turn screen: resume, save, load, history, settings, glossary,
how to play, back to the title screen, quit."""

from __future__ import annotations

import pygame

from game.ui import playing
from game.ui.scene import Scene
from game.ui.screens.glossary import GlossaryScene
from game.ui.screens.history import HistoryScene
from game.ui.screens.howto import HowToScene
from game.ui.screens.saves import SavesScene
from game.ui.screens.settings import SettingsScene
from game.ui.widgets import Button, dialog, heading


class MenuScene(Scene):
    name = "menu"
    opaque = False

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        entries = [
            ("Resume", self.app.pop, "resume", True),
            ("Save game", self.save, "save", False),
            ("Load game", self.load, "load", False),
            ("History", self.history, "history", False),
            ("Settings", self.settings, "settings", False),
            ("Glossary and people", self.glossary, "glossary", False),
            ("How to play", self.howto, "howto", False),
            ("Title screen", self.title_screen, "title", False),
            ("Quit the game", self.app.quit, "quit", False),
        ]
        bw = min(t.px(360), w - 2 * t.margin)
        bh = t.px(40)
        gap = t.px(6)
        head = t.font("small", "sans-bold").get_linesize() + t.px(16)
        box_h = head + len(entries) * (bh + gap) + 2 * t.margin
        self.box = pygame.Rect((w - bw - 2 * t.margin) // 2, max(t.px(8), (h - box_h) // 2),
                               bw + 2 * t.margin, box_h)
        y = self.box.y + t.margin + head
        for label, action, name, primary in entries:
            self.widgets.append(Button(t, pygame.Rect(self.box.x + t.margin, y, bw, bh), label,
                                       action, primary=primary, name=name, role="body"))
            y += bh + gap
        if self.focus is None:
            self.focus = 0

    def arrow_focus(self) -> bool:
        return True

    def save(self) -> None:
        self.app.replace(SavesScene(self.app, saving=True))

    def load(self) -> None:
        self.app.replace(SavesScene(self.app, saving=False))

    def history(self) -> None:
        self.app.replace(HistoryScene(self.app))

    def settings(self) -> None:
        self.app.replace(SettingsScene(self.app))

    def glossary(self) -> None:
        self.app.replace(GlossaryScene(self.app))

    def howto(self) -> None:
        self.app.replace(HowToScene(self.app))

    def title_screen(self) -> None:
        playing.leave_game(self.app)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        dialog(surface, t, self.box)
        heading(surface, t, "Menu · the game is saved", self.box.x + t.margin,
                self.box.y + t.margin, self.box.width - 2 * t.margin)
        self.draw_widgets(surface)
