"""Building the window and its screens in tests (dummy video driver, a private THAW_HOME)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame

from game.cli import build_parser, launch_options
from game.ui import playing

FIXTURES = Path(__file__).parent.parent / "fixtures"


def install_tiny(home: Path) -> None:
    """The tiny fixture as a user scenario, so the catalog (and so the New game screen) finds it."""
    (home / "scenarios").mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "good" / "tiny.yaml", home / "scenarios" / "tiny.yaml")


def make_app(*argv: str, size: tuple[int, int] = (1280, 720)):
    from game.ui.app import App

    args = build_parser().parse_args(["play", "--scenario", "tiny", *argv])
    app = App(launch_options(args), size=size)
    app.background.start_warm_up(background=False)
    return app


def key_event(key: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)


def press(app, key: int, mod: int = 0, frames: int = 1) -> None:
    """A key pressed and let go (a held key repeats only where that is harmless)."""
    app.handle(key_event(key, mod))
    app.handle(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
    for _ in range(frames):
        app.step(0.016)


def frame(app) -> bytes:
    """The frame on screen (the window's surface as last drawn)."""
    return pygame.image.tobytes(app.screen, "RGB")


def fresh_frame(app) -> bytes:
    """The frame that drawing the current state afresh gives: every screen's layout and
    drawn-ahead layers dropped first. The frame on screen is put back afterwards."""
    on_screen = app.screen.copy()
    for scene in app.stack:
        scene.forget_layout()
    app.draw()
    fresh = frame(app)
    app.screen.blit(on_screen, (0, 0))
    return fresh


def blank(surface: pygame.Surface) -> bool:
    """True if the surface is one colour (nothing drawn)."""
    small = pygame.transform.scale(surface, (64, 36))
    colours = {small.get_at((x, y))[:3] for x in range(0, 64, 3) for y in range(0, 36, 3)}
    return len(colours) <= 1


def start_game(app, seed: int = 3):
    from game.content import catalog
    from game.ui.session import world_for

    playing.new_game(app, world_for(catalog.find("tiny")), seed, "Tester")
    app.step(0.016)
    return app.session.game


def advance_to_decision(app) -> None:
    """End seasons (with Enter) until a decision card is up."""
    for _ in range(10):
        while app.top.name == "message":
            press(app, pygame.K_RETURN)
        if app.top.name == "turn" and app.top.decision is not None:
            return
        press(app, pygame.K_RETURN)
    raise AssertionError("no decision came up")


def click(app, name: str) -> None:
    """A real mouse click (move, then press) on the widget of that name."""
    app.top.ensure_layout()
    widget = next(w for w in app.top.widgets if w.name == name)
    pos = widget.rect.center
    app.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    app.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    app.step(0.016)


class _ReadingFont(pygame.font.Font):
    """A font that notes every piece of text it renders."""

    seen: list[str] = []

    def render(self, text, *args, **kwargs):
        _ReadingFont.seen.append(str(text))
        return super().render(text, *args, **kwargs)


def screen_text(app) -> list[str]:
    """Every piece of text on screen, as a fresh drawing of it renders them (in drawing order).
    The frame on screen is put back afterwards."""
    from game.ui import text

    real = pygame.font.Font
    _ReadingFont.seen = []
    app.theme._fonts.clear()
    text._rendered.clear()
    pygame.font.Font = _ReadingFont
    try:
        fresh_frame(app)
    finally:
        pygame.font.Font = real
        app.theme._fonts.clear()
        text._rendered.clear()
    return list(_ReadingFont.seen)
