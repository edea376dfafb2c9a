"""The window and how it looks: its surface and size, full screen, and the theme made from the
player's settings (text size, contrast). Settings changed on the Settings screen are applied
here and kept for next time.
"""

from __future__ import annotations

import warnings

import pygame

from game import __version__
from game.settings import Settings, save_settings
from game.ui.images import window_icon
from game.ui.theme import Theme

DEFAULT_SIZE = (1280, 720)
MIN_SIZE = (800, 480)  # the smallest window the player can drag to; layouts aim at 1024x600 up
SHOWN = (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.WINDOWSHOWN)


class Window:
    """The display surface and the theme it is drawn with."""

    def __init__(self, settings: Settings, size: tuple[int, int] = DEFAULT_SIZE) -> None:
        pygame.display.init()
        pygame.font.init()
        pygame.key.set_repeat(400, 40)
        pygame.display.set_caption(f"Thaw: Khrushchev's years, 1953-1964 (version {__version__})")
        icon = window_icon()
        if icon is not None:
            pygame.display.set_icon(icon)  # before the window opens, as SDL wants
        self.settings = settings
        self.fullscreen = False
        self.screen = pygame.display.set_mode(size, pygame.RESIZABLE)
        _limit_window()
        self.size: tuple[int, int] = self.screen.get_size()
        self.theme = Theme(self.size, settings.text_scale, settings.high_contrast)
        self._shade_key: tuple | None = None
        self._shade: pygame.Surface | None = None

    def apply(self, settings: Settings) -> str | None:
        """Takes new settings at once and writes them; returns why they could not be kept."""
        fullscreen_changed = settings.fullscreen != self.settings.fullscreen
        self.settings = settings
        self.theme.configure(self.size, settings.text_scale, settings.high_contrast)
        problem = save_settings(settings)
        if fullscreen_changed:
            self.set_fullscreen(settings.fullscreen)
        return problem

    def handle(self, event: pygame.event.Event) -> bool:
        """The window's own events (a new size, shown again, F11 for full screen); returns
        whether it was one, and the frame is to be drawn again."""
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F11:
            self.set_fullscreen(not self.fullscreen)
        elif event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            if pygame.display.get_surface().get_size() != self.size:
                self.resized()
        else:
            return event.type in SHOWN
        return True

    def set_fullscreen(self, on: bool) -> None:
        try:
            if on:
                self.screen = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            else:
                self.screen = pygame.display.set_mode(DEFAULT_SIZE, pygame.RESIZABLE)
                _limit_window()
        except pygame.error:
            self.screen = pygame.display.set_mode(DEFAULT_SIZE, pygame.RESIZABLE)
            on = False
        self.fullscreen = on
        if self.settings.fullscreen != on:
            self.settings.fullscreen = on
            save_settings(self.settings)
        self.resized()

    def resized(self) -> None:
        """The window changed size (dragged, or full screen): the theme follows it."""
        self.screen = pygame.display.get_surface()
        self.size = self.screen.get_size()
        self.theme.configure(self.size, self.settings.text_scale, self.settings.high_contrast)

    def shade(self) -> pygame.Surface:
        """The dimming behind a modal window, made once per size and palette."""
        key = (self.size, self.theme.palette.shade)
        if self._shade is None or self._shade_key != key:
            self._shade = pygame.Surface(self.size, pygame.SRCALPHA)
            self._shade.fill(self.theme.palette.shade)
            self._shade_key = key
        return self._shade


def _limit_window() -> None:
    """The window cannot be dragged smaller than the layouts are meant for (where the platform
    allows it; every layout still survives smaller sizes without breaking)."""
    try:
        with warnings.catch_warnings():  # pygame-ce warns about surfaces, not this use
            warnings.simplefilter("ignore", DeprecationWarning)
            window = pygame.Window.from_display_module()
        window.minimum_size = MIN_SIZE
    except (AttributeError, pygame.error):
        pass
