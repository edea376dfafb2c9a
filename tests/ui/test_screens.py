"""Every screen renders, with real content, at the smallest, default and projector sizes."""

from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from tests.ui.helpers import advance_to_decision, blank, install_tiny, make_app, press, start_game

SIZES = [(1024, 600), (1280, 720), (1920, 1080)]


def shoot(app, name: str, size, seen: dict) -> None:
    app.dirty = True
    app.step(0.016)
    surface = pygame.display.get_surface()
    assert surface.get_size() == size
    assert not blank(surface), f"{name} at {size} drew nothing"
    seen[name] = True
    folder = os.environ.get("THAW_SHOTS")  # for looking at them: THAW_SHOTS=/tmp/shots pytest
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        pygame.image.save(surface, str(Path(folder) / f"{name}-{size[0]}x{size[1]}.png"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_renders(thaw_home, size):
    from game.ui.screens.glossary import GlossaryScene
    from game.ui.screens.history import HistoryScene
    from game.ui.screens.howto import HowToScene
    from game.ui.screens.menu import MenuScene
    from game.ui.screens.newgame import NewGameScene
    from game.ui.screens.policies import PoliciesScene
    from game.ui.screens.saves import SavesScene
    from game.ui.screens.settings import SettingsScene

    install_tiny(thaw_home)
    app = make_app(size=size)
    seen: dict[str, bool] = {}
    shoot(app, "title", size, seen)
    for name, scene in (("newgame", NewGameScene(app)), ("lessons", NewGameScene(app, True)),
                        ("howto", HowToScene(app)), ("settings", SettingsScene(app)),
                        ("glossary", GlossaryScene(app)), ("load", SavesScene(app, False))):
        app.push(scene)
        shoot(app, name, size, seen)
        app.pop()
    start_game(app)
    shoot(app, "turn-idle", size, seen)
    advance_to_decision(app)
    shoot(app, "turn-decision", size, seen)
    press(app, pygame.K_1)
    shoot(app, "turn-selected", size, seen)
    for name, scene in (("policies", PoliciesScene(app)), ("history", HistoryScene(app)),
                        ("menu", MenuScene(app)), ("save", SavesScene(app, True))):
        app.push(scene)
        shoot(app, name, size, seen)
        app.pop()
    press(app, pygame.K_RETURN)
    assert app.top.name == "outcome"
    shoot(app, "outcome", size, seen)
    app.message("A message", "Some words on paper.")
    shoot(app, "message", size, seen)
    app.pop()
    # Play on by keyboard to the end.
    for _ in range(200):
        if app.top.name == "debrief":
            break
        if app.top.name == "turn" and app.top.decision is not None:
            press(app, pygame.K_2 if app.top.selected is None else pygame.K_RETURN)
        else:
            press(app, pygame.K_RETURN)
    assert app.top.name == "debrief"
    for tab in range(7):
        shoot(app, f"debrief-{tab + 1}", size, seen)
        press(app, pygame.K_RIGHT)
    assert len(seen) >= 22
