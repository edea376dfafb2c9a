"""Change lists in the window: never "+0" or "-0" (a change is rounded first, and one that rounds
to nothing is left out), and the end-of-turn list names each cause once, not on every meter line
it moved."""

from __future__ import annotations

import re

import pygame

from game.content import catalog
from game.narration.debrief import turn_moves
from game.narration.words import signed_change
from game.ui import playing
from game.ui.session import world_for
from tests.ui.helpers import make_app, press, screen_text

ZERO = re.compile(r"(?<![\w.])[+-]0(?:\.0+)?(?![\w.])")


def test_signed_change_rounds_first_and_drops_nothing():
    assert signed_change(2.4) == "+2" and signed_change(-2.6) == "-3"
    assert signed_change(0.3) is None and signed_change(-0.49) is None
    assert signed_change(-0.3, digits=1) == "-0.3" and signed_change(0.04, digits=1) is None
    assert signed_change(0.5) is None  # rounds half to even, as the meters' numbers do


def test_a_played_lesson_shows_no_zero_changes_and_each_cause_once(thaw_home):
    app = make_app()
    app.step(0.016)
    playing.new_game(app, world_for(catalog.find("secret-speech-1956")), 3, "Tester")
    app.step(0.016)
    game = app.session.game
    quiet_pages = 0
    for _ in range(300):
        top = app.top
        if top.name == "debrief":
            break
        if top.name in ("outcome", "turn") and (top.name == "outcome" or top.decision is None):
            words = screen_text(app)
            zeros = [w for w in words if ZERO.search(w)]
            assert not zeros, f"{game.date_label}, {top.name}: {zeros}"
        if top.name == "turn" and top.decision is None:
            quiet_pages += 1
            texts = [item.text for item in top.idle.scroller.doc.items]
            if "In the news" in texts:  # the news may name a rule that moved a meter
                texts = texts[:texts.index("In the news")]
            for label in {m.label for m in turn_moves(game, game.turn)}:
                lines = [t for t in texts if label in t]
                assert len(lines) <= 1, f"{label!r} is repeated: {lines}"
        if top.name == "turn" and top.card is not None and top.card.digest and \
                top.selected is None:
            # Quiet turns folded into this card: their changes, told on it, follow the same rule.
            quiet_pages += 1
            zeros = [text for _, text in top.card.digest if ZERO.search(text)]
            assert not zeros, f"{game.date_label}, digest: {zeros}"
        if top.name == "turn" and top.decision is not None and top.selected is None:
            press(app, pygame.K_1 + game.turn % len(top.decision.options))
        else:
            press(app, pygame.K_RETURN)
    assert app.top.name == "debrief" and quiet_pages >= 10
    for _ in app.top.tab_buttons:
        zeros = [w for w in screen_text(app) if ZERO.search(w)]
        assert not zeros, f"debrief: {zeros}"
        press(app, pygame.K_RIGHT)


def test_a_document_cited_twice_is_named_once():
    from game.content.sources import title_of
    from game.ui.screens.common import source_names

    names = source_names(["modernisation", "country-study", "modernisation"])
    assert names == f"{title_of('modernisation')}; {title_of('country-study')}"
