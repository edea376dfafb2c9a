"""Lessons in the window: a lesson without standing policies shows no policy controls, and a
lesson counts its own turns (months, days) where the campaign counts seasons."""

from __future__ import annotations

import pygame
import pytest

from game.content import catalog
from game.ui import playing
from game.ui.session import world_for
from tests.ui.helpers import make_app, press, screen_text


def start(scenario_id: str, seed: int = 7):
    app = make_app()
    app.step(0.016)
    playing.new_game(app, world_for(catalog.find(scenario_id)), seed, "Tester")
    app.step(0.016)
    return app


def to_quiet_page(app) -> None:
    """Decide (option 1) and continue until the page that ends the turn is up."""
    for _ in range(40):
        top = app.top
        if top.name == "turn" and top.decision is None:
            return
        if top.name == "turn" and top.selected is None:
            press(app, pygame.K_1)
        else:
            press(app, pygame.K_RETURN)
    raise AssertionError("the turn did not come to its end")


def test_a_lesson_without_policies_shows_no_policy_controls(thaw_home):
    app = start("secret-speech-1956")
    assert not app.session.game.world.scenario.info.policies
    for page in ("decision", "quiet"):
        if page == "quiet":
            to_quiet_page(app)
        words = " | ".join(screen_text(app))
        names = {w.name for w in app.top.widgets}
        assert "Policies" not in names, page
        assert "STANDING POLICIES" not in words, page
        assert "[P]" not in words and "re-set" not in words, (page, words)
        press(app, pygame.K_p)
        assert app.top.name == "turn", f"P opened the {app.top.name} page in a lesson"


def test_the_campaign_keeps_its_policies(thaw_home):
    app = start("campaign")
    words = " | ".join(screen_text(app))
    assert "STANDING POLICIES" in words and "season 1 of" in words
    assert "Policies" in {w.name for w in app.top.widgets}
    press(app, pygame.K_p)
    assert app.top.name == "policies"


@pytest.mark.parametrize(("scenario_id", "unit"), [("secret-speech-1956", "month"),
                                                   ("cuba-1962", "day")])
def test_a_lesson_counts_its_own_turns(thaw_home, scenario_id, unit):
    app = start(scenario_id)
    total = app.session.game.world.last_turn + 1
    seen: list[str] = []
    seen += screen_text(app)
    assert any(f"{unit} 1 of {total}" in text for text in seen), seen
    press(app, pygame.K_1)
    press(app, pygame.K_RETURN)
    assert app.top.name == "outcome"
    seen += screen_text(app)
    press(app, pygame.K_RETURN)
    to_quiet_page(app)
    seen += screen_text(app)
    assert f"End the {unit}" in " ".join(seen)
    press(app, pygame.K_RETURN)
    seen += screen_text(app)
    # The quiet turns after it pass with it (they are told on the next card).
    turn = app.session.game.turn + 1
    assert turn >= 2 and any(f"{unit} {turn} of {total}" in text for text in seen)
    seasons = [text for text in seen if "season" in text.lower()]
    assert not seasons, f"a lesson by {unit}s speaks of seasons: {seasons}"
