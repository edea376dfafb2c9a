"""pygame_gui, used for what it does well here: single-line text entry (the class seed, the
player's name). Its look comes from `assets/theme/theme.json`, with our fonts at our scale.
"""

from __future__ import annotations

import copy
import json

import pygame
import pygame_gui

from game.paths import bundled
from game.ui.theme import Theme
from game.ui.widgets import Widget, focus_ring

_base: dict | None = None


def theme_dict(theme: Theme) -> dict:
    """The theme file with absolute font paths, our text size, and the contrast colours if on."""
    global _base
    if _base is None:
        _base = json.loads(bundled("assets", "theme", "theme.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(_base)
    contrast = data.pop("@contrast")
    defaults = data["defaults"]
    if theme.high_contrast:
        defaults["colours"].update(contrast["colours"])
    font = defaults["font"]
    for key in ("regular_path", "bold_path"):
        font[key] = str(bundled("assets", "fonts", font[key]))
    font["size"] = str(max(10, round(20 * theme.scale * theme.text_scale)))
    return data


def manager(theme: Theme, size: tuple[int, int]) -> pygame_gui.UIManager:
    return pygame_gui.UIManager(size, theme_dict(theme), enable_live_theme_updates=False)


class TextField(Widget):
    """A pygame_gui entry line that takes part in our Tab order and focus ring."""

    def __init__(self, ui: pygame_gui.UIManager, rect: pygame.Rect, name: str, text: str = "",
                 limit: int = 24, numbers: bool = False) -> None:
        super().__init__(rect, None, name)
        self.entry = pygame_gui.elements.UITextEntryLine(pygame.Rect(rect), ui)
        self.entry.set_text_length_limit(limit)
        if numbers:
            self.entry.set_allowed_characters("numbers")
        if text:
            self.entry.set_text(text)

    @property
    def text(self) -> str:
        return self.entry.get_text().strip()

    def activate(self) -> None:
        self.entry.focus()

    def set_focused(self, on: bool) -> None:
        if on and not self.entry.is_focused:
            self.entry.focus()
        elif not on and self.entry.is_focused:
            self.entry.unfocus()

    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, hovered: bool) -> None:
        # pygame_gui draws the entry itself (manager.draw_ui); we add our focus ring.
        if focused:
            focus_ring(surface, theme, self.rect)
