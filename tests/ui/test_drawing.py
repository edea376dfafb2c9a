"""Small drawing helpers that once misbehaved, and the fallback card image."""

from __future__ import annotations

import pygame

from game.ui.screens.history import dashed
from game.ui.text import wrap, wrap_around
from game.ui.theme import Theme


def test_dashed_lines_end_on_awkward_points():
    surface = pygame.Surface((200, 100))
    cases = [
        [(0, 0), (0, 0)],  # a zero-length segment
        [(10.0, 50.0), (10.000001, 50.0), (10.000002, 50.0000001), (190.3, 12.7)],
        [(0.1 * i, 50 + (i % 3) * 1e-9) for i in range(2000)],  # many tiny steps
        [(0, 0), (1e7, 1e7)],  # far off the surface
    ]
    for points in cases:
        dashed(surface, (0, 0, 0), points, 2, 10, 6)


def test_dashed_draws_dashes_and_gaps():
    surface = pygame.Surface((100, 5))
    surface.fill((255, 255, 255))
    dashed(surface, (0, 0, 0), [(0, 2), (99, 2)], 1, 10, 10)
    inked = [surface.get_at((x, 2))[:3] == (0, 0, 0) for x in range(100)]
    assert inked[2] and not inked[15] and inked[25]


def test_wrapping_keeps_every_word_and_respects_the_width():
    pygame.font.init()
    theme = Theme((1280, 720))
    font = theme.font("body")
    text = "One two three four five six seven eight nine ten.\nA new paragraph here."
    for width in (40, 120, 400, 2000):
        lines = wrap(font, text, width)
        assert " ".join(" ".join(lines).split()) == " ".join(text.split())
        assert all(font.size(line)[0] <= width for line in lines if " " in line)
    pairs = wrap_around(font, text, 120, 400, 3)
    assert [w for _, w in pairs[:3]] == [120] * 3
    assert all(w == 400 for _, w in pairs[3:])
    assert ("", 400) in pairs or ("", 120) in pairs  # the paragraph break is kept


def test_the_fallback_emblem_is_drawn_when_an_image_is_missing():
    from game.ui.images import card_image

    pygame.display.init()
    pygame.display.set_mode((10, 10))
    theme = Theme((1280, 720))
    image = card_image(theme, "no-such-image", (240, 150))
    assert image.get_size() == (240, 150)
    colours = {image.get_at((x, y))[:3] for x in range(0, 240, 7) for y in range(0, 150, 7)}
    assert theme.palette.red in colours and len(colours) > 3
    assert card_image(theme, None, (240, 150)).get_size() == (240, 150)


def test_the_history_chart_numbers_its_decision_ticks(thaw_home):
    """A whole campaign on the history chart: the decisions' numbers stand in rows above
    their ticks, never over one another, and (as a play-test missed them) few are left out."""
    from game.content import catalog
    from game.sim.engine import Game
    from game.ui import playing
    from game.ui.screens.history import HistoryScene
    from game.ui.session import Session, world_for
    from tests.ui.helpers import make_app

    for text_size, most_left_out in (("normal", 0), ("largest", 2)):
        world = world_for(catalog.find("campaign"))
        game = Game(world, 7)
        while game.ending is None:
            for decision in list(game.pending):
                game.choose(decision, game.available_options(decision)[0])
            game.advance()
        app = make_app("--text-size", text_size)
        playing.start(app, Session(world, game, "Tester"))
        app.push(HistoryScene(app))
        app.step(0.016)
        chart = app.top
        labels = chart.labelled
        assert len(labels) > 30
        assert len(chart.unlabelled) <= most_left_out, (text_size, chart.unlabelled)
        for i, rect in enumerate(labels):
            assert rect.collidelist(labels[i + 1:]) == -1, (text_size, rect)
