"""Text layout: long words (file paths) never run past the line."""

import os

import pygame
import pytest

from game.ui.text import fit, wrap, wrap_path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")


@pytest.fixture(scope="module")
def font():
    pygame.font.init()
    return pygame.font.Font(None, 20)


def test_a_long_path_is_broken_at_its_folders(font):
    path = "/home/student/.local/share/thaw/runs/campaign-seed1957-Anna.json"
    text = f"Your run record (for your teacher): {path}"
    width = font.size("Your run record (for your")[0]
    lines = wrap(font, text, width)
    assert all(font.size(line)[0] <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert any(line.endswith("/") for line in lines)


def test_ordinary_text_wraps_between_words(font):
    lines = wrap(font, "one two three four five six seven", font.size("one two three")[0])
    assert lines == ["one two three", "four five six", "seven"]


class MeasuringFont(pygame.font.Font):
    """Counts the characters it is asked to measure."""

    measured = 0

    def size(self, text):
        MeasuringFont.measured += len(text)
        return super().size(text)


def one_by_one(font, text: str, width: int) -> str:
    """What fitting means, done the slow way: cut a character at a time."""
    if font.size(text)[0] <= width:
        return text
    while text and font.size(text + "…")[0] > width:
        text = text[:-1]
    return text.rstrip() + "…"


@pytest.mark.parametrize("width", [1, 30, 120, 400])
def test_fit_cuts_where_cutting_one_by_one_would(font, width):
    for text in ("", "Spring 1953", "The Secret Speech: 1956 · month 1 of 13",
                 "Continue: Хрущёв, Winter 1955-56 (in progress)" * 3):
        assert fit(font, text, width) == one_by_one(font, text, width)


def test_fitting_a_long_line_measures_about_the_slot_not_the_text():
    """A 20,000-character title from a damaged save froze the title screen: fitting it measured
    the whole text once per character cut (about 200 million characters)."""
    font = MeasuringFont(None, 20)
    width = 400
    short = fit(font, "Scenario " * 120, width)
    for length in (1_000, 20_000):
        MeasuringFont.measured = 0
        assert fit(font, ("Scenario " * length)[:length], width) == short
        assert MeasuringFont.measured <= 20 * width, MeasuringFont.measured
    MeasuringFont.measured = 0
    lines = wrap_path(font, "a" * 20_000, width)
    assert "".join(lines) == "a" * 20_000
    assert all(font.size(line)[0] <= width for line in lines)
    assert MeasuringFont.measured <= 20 * width * len(lines), MeasuringFont.measured


def test_a_line_rendered_in_a_font_since_dropped_is_never_reused_for_a_new_font():
    """The cache of rendered lines must not mix up a dropped font with a new one at the same
    address (a play-test saw the news at the largest size after switching back to normal: the
    new font had the old one's id)."""
    import pygame

    from game.ui.text import rendered

    pygame.font.init()
    for i in range(40):
        size = 12 if i % 2 else 40
        font = pygame.font.Font(None, size)
        image = rendered(font, "Stalin is dead", (0, 0, 0))
        fresh = font.render("Stalin is dead", True, (0, 0, 0))
        assert image.get_size() == fresh.get_size(), (i, size)
        del font, image, fresh
