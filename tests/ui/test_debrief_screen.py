"""The debrief in the window: only the parts that have something in them get a tab, and "Sources
disagree" lists each disagreement once, however many cards raised it."""

from __future__ import annotations

import pygame
import pytest

from game.content import catalog
from game.sim.bots import make_bot, play
from game.sim.engine import Game
from game.ui import playing
from game.ui.session import Session, world_for
from tests.ui.helpers import make_app, press

EMPTY_NOTES = ("lists no charges", "quotes no historians", "sets no questions",
               "No disagreement is recorded")


def debrief_of(scenario_id: str, seed: int = 1):
    world = world_for(catalog.find(scenario_id))
    game = play(Game(world, seed), make_bot("historical", seed))
    app = make_app()
    app.step(0.016)
    playing.start(app, Session(world, game, "Tester"))
    app.step(0.016)
    assert app.top.name == "debrief"
    return app


def tab_texts(app) -> dict[str, list[str]]:
    """Each tab shown, by its label: the text of its page."""
    scene = app.top
    pages = {}
    for _ in scene.tab_buttons:
        label = scene.tab_buttons[scene.tab].label
        pages[label] = [item.text for item in scene.scroller.doc.items]
        press(app, pygame.K_RIGHT)
    return pages


def test_a_lesson_without_charges_or_historians_has_no_such_tabs(thaw_home):
    app = debrief_of("secret-speech-1956")
    info = app.session.game.world.scenario.info
    assert not info.debrief.charges and not info.debrief.verdicts
    pages = tab_texts(app)
    assert "The 1964 charges" not in pages and "Historians" not in pages
    assert {"The ending", "Your path", "What decided it", "To discuss", "Sources disagree"} <= \
        set(pages)
    for label, texts in pages.items():
        empty = [t for t in texts if any(note in t for note in EMPTY_NOTES)]
        assert not empty, f"the {label} tab is shown with nothing in it: {empty}"
    # Left from the first tab wraps round to the last shown one.
    press(app, pygame.K_LEFT)
    assert app.top.tab_buttons[app.top.tab].label == "Sources disagree"


def test_the_campaign_shows_every_part(thaw_home):
    app = debrief_of("campaign")
    labels = [b.label for b in app.top.tab_buttons]
    assert "The 1964 charges" in labels and "Historians" in labels


@pytest.mark.parametrize("scenario_id", ["secret-speech-1956", "campaign", "anti-party-1957"])
def test_sources_disagree_lists_each_point_once(thaw_home, scenario_id):
    app = debrief_of(scenario_id)
    world = app.session.game.world
    raised = [e for e in app.session.game.state.fired
              if world.events[e].model.disagreement is not None]
    assert raised, "the game raised no disagreement on its cards: pick another seed"
    pages = tab_texts(app)
    texts = pages["Sources disagree"]
    # A disagreement is between its sources: the same sources, in any order, are the same point.
    cited = [frozenset(t.removeprefix("Sources: ").split("; ")) for t in texts
             if t.startswith("Sources: ")]
    assert cited and len(cited) == len(set(cited)), f"a point is listed twice: {texts}"
    if scenario_id == "secret-speech-1956":
        assert sum("8 to 9 million" in t for t in texts) == 1, texts
