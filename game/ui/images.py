"""Decision card images: `assets/images/<name>.png`, scaled once per size and kept. When a card
names no image, or its file is missing or unreadable, an emblem is drawn in the same style (a red
star on a ruled paper panel), so no card ever shows an empty box.
"""

from __future__ import annotations

import math

import pygame

from game.paths import bundled
from game.ui.theme import Theme

_cache: dict[tuple[str | None, int, int, bool], pygame.Surface] = {}
CACHE_SIZE = 24  # scaled images kept (a card is seen a few times: on the turn, after resizes)


def _load(name: str) -> pygame.Surface | None:
    """The full-size image, read when a new size is needed and not kept (memory matters more
    than the 2 ms a read costs)."""
    path = bundled("assets", "images", f"{name}.png")
    try:
        return pygame.image.load(str(path)).convert() if path.is_file() else None
    except (pygame.error, OSError, ValueError):
        return None


def star_points(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        a = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return points


def emblem(theme: Theme, size: tuple[int, int]) -> pygame.Surface:
    """The fallback: a red star on ruled paper inside a double frame, like a printed vignette."""
    w, h = size
    p = theme.palette
    surface = pygame.Surface((w, h))
    surface.fill(p.paper_dark)
    pad = max(3, min(w, h) // 25)
    step = max(6, h // 12)
    for y in range(2 * pad + step, h - 2 * pad, step):
        pygame.draw.line(surface, p.rule, (2 * pad, y), (w - 2 * pad, y), 1)
    pygame.draw.rect(surface, p.ink, (pad, pad, w - 2 * pad, h - 2 * pad), max(1, pad // 2))
    pygame.draw.rect(surface, p.ink, (2 * pad, 2 * pad, w - 4 * pad, h - 4 * pad), 1)
    r = min(w, h) * 0.3
    cx, cy = w / 2, h / 2
    pygame.draw.circle(surface, p.paper, (cx, cy), r * 1.25)
    pygame.draw.circle(surface, p.ink, (cx, cy), r * 1.25, max(1, pad // 2))
    pygame.draw.polygon(surface, p.red, star_points(cx, cy, r, r * 0.4))
    return surface


def card_image(theme: Theme, name: str | None, size: tuple[int, int]) -> pygame.Surface:
    w, h = max(8, size[0]), max(8, size[1])
    key = (name, w, h, theme.high_contrast)
    image = _cache.get(key)
    if image is None:
        raw = _load(name) if name else None
        if raw is None:
            image = emblem(theme, (w, h))
        else:
            image = _cover(raw, (w, h))
            pygame.draw.rect(image, theme.palette.ink, image.get_rect(), max(1, theme.px(2)))
        if len(_cache) >= CACHE_SIZE:
            _cache.pop(next(iter(_cache)))  # the oldest
        _cache[key] = image
    return image


def _cover(raw: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    """Scaled to fill `size`, cropped at the centre (the images are 640x400, about 16:10)."""
    w, h = size
    rw, rh = raw.get_size()
    scale = max(w / rw, h / rh)
    size_scaled = (max(1, round(rw * scale)), max(1, round(rh * scale)))
    scaled = pygame.transform.smoothscale(raw, size_scaled)
    x = (scaled.get_width() - w) // 2
    y = (scaled.get_height() - h) // 2
    return scaled.subsurface((x, y, w, h)).copy()
