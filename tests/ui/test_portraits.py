"""The portrait loader: a drawn face by member id at any size, and a plain silhouette for an id
with none (a teacher's own member), which is never turned into a path."""

from __future__ import annotations

import pygame
import pytest

from game.ui import images
from game.ui.theme import Theme


@pytest.fixture
def theme() -> Theme:
    pygame.display.init()
    pygame.display.set_mode((64, 64))  # convert() needs a display format
    return Theme((1280, 720))


def _colours(surface: pygame.Surface) -> set:
    w, h = surface.get_size()
    return {surface.get_at((x, y))[:3] for x in range(0, w, 3) for y in range(0, h, 3)}


def test_a_member_gets_the_drawn_portrait_at_the_size_asked(theme):
    for size in (64, 96, 180):
        face = images.portrait(theme, "beria", size)
        assert face.get_size() == (size, size)
        assert len(_colours(face)) > 12  # a print, not a flat placeholder
    tall = images.portrait(theme, "khrushchev", (90, 120))
    assert tall.get_size() == (90, 120)
    assert images.portrait(theme, "beria", 96) is images.portrait(theme, "beria", 96)
    assert images.has_portrait("beria") and images.has_portrait("kennedy")


def test_an_unknown_member_gets_the_silhouette(theme):
    plain = images.portrait(theme, "petrov-of-class-9b", 96)
    assert plain.get_size() == (96, 96)
    assert not images.has_portrait("petrov-of-class-9b")
    assert pygame.image.tobytes(plain, "RGB") == \
        pygame.image.tobytes(images.silhouette(theme, (96, 96)), "RGB")
    assert len(_colours(plain)) <= 6
    assert pygame.image.tobytes(plain, "RGB") != \
        pygame.image.tobytes(images.portrait(theme, "beria", 96), "RGB")


@pytest.mark.parametrize("member_id", ["../images/kremlin", "/etc/passwd", "Beria", "",
                                       "beria.png", "a" * 200, "beria/../beria"])
def test_an_id_that_is_not_a_plain_id_is_never_a_path(theme, member_id, monkeypatch):
    opened = []
    real = images.bundled
    monkeypatch.setattr(images, "bundled", lambda *parts: opened.append(parts) or real(*parts))
    plain = images.portrait(theme, member_id, 64)
    assert opened == []
    assert not images.has_portrait(member_id)
    assert pygame.image.tobytes(plain, "RGB") == \
        pygame.image.tobytes(images.silhouette(theme, (64, 64)), "RGB")


def test_small_portraits_are_close_ups_of_the_head(theme):
    raw = pygame.image.load(str(images.bundled("assets", "portraits", "kennedy.png"))).convert()
    small = images.portrait(theme, "kennedy", 64)
    whole = pygame.transform.smoothscale(raw, (64, 64))
    close = pygame.transform.smoothscale(raw.subsurface(images.CLOSE_CROP), (64, 64))
    inside = pygame.Rect(1, 1, 62, 62)

    def pixels(surface: pygame.Surface) -> bytes:
        return pygame.image.tobytes(surface.subsurface(inside), "RGB")

    assert pixels(small) == pixels(close) != pixels(whole)
    card = images.portrait(theme, "kennedy", 180)
    assert card.get_size() == (180, 180)
    assert card.get_at((2, 90))[:3] != theme.palette.ink  # the print's own paper margin shows
