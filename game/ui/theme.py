"""The look: late-1950s Soviet print. Paper, ink, one red; PT Serif and PT Sans (with Cyrillic).

Sizes scale with the window (so a projector at 1920x1080 shows the same page, larger) and with the
player's text size setting. Fonts are opened once per size and kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pygame

from game.paths import bundled

FACES = {
    "serif": "PTF55F.ttf",
    "serif-italic": "PTF56F.ttf",
    "serif-bold": "PTF75F.ttf",
    "sans": "PTS55F.ttf",
    "sans-bold": "PTS75F.ttf",
}
# Base pixel sizes at 1280x720, text size "normal".
SIZES = {"title": 44, "heading": 28, "subheading": 22, "body": 20, "small": 17, "tiny": 15}


@dataclass(frozen=True)
class Palette:
    paper: tuple[int, int, int]
    paper_dark: tuple[int, int, int]  # panels, cards
    ink: tuple[int, int, int]
    ink_soft: tuple[int, int, int]  # secondary text
    rule: tuple[int, int, int]  # ruled lines, borders
    red: tuple[int, int, int]
    red_dark: tuple[int, int, int]
    on_red: tuple[int, int, int]
    good: tuple[int, int, int]  # a change in the player's favour: ink, not a second colour
    bad: tuple[int, int, int]
    shade: tuple[int, int, int, int]  # behind a modal window
    border: int


PAPER = Palette(
    paper=(236, 226, 203), paper_dark=(226, 213, 186), ink=(33, 29, 26), ink_soft=(88, 78, 68),
    rule=(170, 152, 124), red=(178, 34, 34), red_dark=(128, 22, 22), on_red=(246, 238, 222),
    good=(33, 29, 26), bad=(178, 34, 34), shade=(40, 30, 20, 140), border=2)
CONTRAST = Palette(
    paper=(255, 255, 255), paper_dark=(244, 244, 244), ink=(0, 0, 0), ink_soft=(20, 20, 20),
    rule=(0, 0, 0), red=(170, 0, 0), red_dark=(110, 0, 0), on_red=(255, 255, 255),
    good=(0, 0, 0), bad=(170, 0, 0), shade=(0, 0, 0, 170), border=3)


def ui_scale(size: tuple[int, int]) -> float:
    """How much larger than at 1280x720 things are drawn."""
    w, h = size
    return max(0.78, min(1.6, min(w / 1280, h / 720)))


class Theme:
    """Palette, fonts and spacing for the current window size and settings."""

    def __init__(self, size: tuple[int, int], text_scale: float = 1.0,
                 high_contrast: bool = False) -> None:
        self._fonts: dict[tuple[str, int], pygame.font.Font] = {}
        self.configure(size, text_scale, high_contrast)

    def configure(self, size: tuple[int, int], text_scale: float, high_contrast: bool) -> None:
        self.size = size
        self.scale = ui_scale(size)
        self.text_scale = text_scale
        self.palette = CONTRAST if high_contrast else PAPER
        self.high_contrast = high_contrast

    def px(self, value: float) -> int:
        """A length at the current window scale."""
        return max(1, round(value * self.scale))

    def font(self, role: str, face: str = "serif") -> pygame.font.Font:
        px = max(10, round(SIZES[role] * self.scale * self.text_scale))
        return self.font_px(face, px)

    def font_px(self, face: str, px: int) -> pygame.font.Font:
        key = (face, px)
        font = self._fonts.get(key)
        if font is None:
            # From the path, not from bytes in memory: SDL then reads glyphs natively, where a
            # Python file object would be called back for every glyph (three times slower).
            font = pygame.font.Font(str(bundled("assets", "fonts", FACES[face])), px)
            self._fonts[key] = font
        return font

    def preload(self) -> Iterator[None]:
        """Opens every font the screens use at the current sizes, one per step (for idle time)."""
        for role in SIZES:
            for face in FACES:
                self.font(role, face)
                yield

    @property
    def margin(self) -> int:
        return self.px(20)

    @property
    def gap(self) -> int:
        return self.px(10)
