"""Text layout: long words (file paths) never run past the line."""

import os

import pygame
import pytest

from game.ui.text import wrap

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
