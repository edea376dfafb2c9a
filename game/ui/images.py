"""Decision card images (`assets/images/<name>.png`) and portraits of the people in the game
(`assets/portraits/<member id>.png`), scaled once per size and kept.

When a card names no image, or its file is missing or unreadable, an emblem is drawn in the same
style (a red star on a ruled paper panel); a member with no portrait (a teacher's own scenario)
gets a plain silhouette on the same roundel. No screen ever shows an empty box.
"""

from __future__ import annotations

import math
import re

import pygame

from game.paths import bundled
from game.ui.theme import Theme

_cache: dict[tuple[str | None, int, int, bool], pygame.Surface] = {}
CACHE_SIZE = 24  # scaled images kept (a card is seen a few times: on the turn, after resizes)
_portraits: dict[tuple[str, int, int, bool], pygame.Surface] = {}
PORTRAIT_CACHE = 64  # the Presidium panel and a vote show a dozen faces at one or two sizes
# A member id as the scenario files spell it. Anything else (a teacher's file may hold any
# string) is never turned into a path: it gets the silhouette.
_MEMBER_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,40}")
# Small portraits (a panel row, a vote) show the head and collar only, cut from the 256-pixel
# print: at 64 px the whole print leaves a face 22 px wide, this one 32 px.
CLOSE_UP = 112  # at or below this many pixels a side
CLOSE_CROP = pygame.Rect(40, 22, 176, 176)


def _load(name: str, folder: str = "images") -> pygame.Surface | None:
    """The full-size image, read when a new size is needed and not kept (memory matters more
    than the 2 ms a read costs)."""
    path = bundled("assets", folder, f"{name}.png")
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


def window_icon() -> pygame.Surface | None:
    """The app icon for the window's title bar and task bar (drawn by tools/images/make_icon.py),
    or None if it cannot be read: the window opens without one."""
    try:
        return pygame.image.load(str(bundled("assets", "icon.png")))
    except (pygame.error, OSError, ValueError):
        return None


def portrait(theme: Theme, member_id: str, size: int | tuple[int, int]) -> pygame.Surface:
    """The portrait of a Presidium member or a foreign leader by id (`beria`, `kennedy`), scaled
    to `size` (one side of a square, or (width, height): filled and cropped at the centre, so
    a tall slot shows the face and shoulders). At CLOSE_UP pixels or less it is a close-up of
    the head. An id with no portrait gets a plain silhouette. The surface is shared: blit it,
    do not draw on it."""
    w, h = (size, size) if isinstance(size, int) else size
    w, h = max(8, w), max(8, h)
    key = (member_id, w, h, theme.high_contrast)
    image = _portraits.get(key)
    if image is None:
        raw = _load(member_id, "portraits") if _MEMBER_ID.fullmatch(member_id) else None
        if raw is None:
            image = silhouette(theme, (w, h))
        elif min(w, h) <= CLOSE_UP and raw.get_rect().contains(CLOSE_CROP):
            image = _cover(raw.subsurface(CLOSE_CROP), (w, h))
            pygame.draw.rect(image, theme.palette.ink, image.get_rect(), 1)  # the print's frame
        else:
            image = _cover(raw, (w, h))
        if len(_portraits) >= PORTRAIT_CACHE:
            _portraits.pop(next(iter(_portraits)))
        _portraits[key] = image
    return image


def has_portrait(member_id: str) -> bool:
    """Whether a drawn portrait exists for this id (else `portrait` gives the silhouette)."""
    return bool(_MEMBER_ID.fullmatch(member_id)) and \
        bundled("assets", "portraits", f"{member_id}.png").is_file()


def silhouette(theme: Theme, size: tuple[int, int]) -> pygame.Surface:
    """The fallback: a head and shoulders cut in one tint on a ruled roundel, like the printed
    portraits but with no face, so it reads as 'someone' and names no one."""
    w, h = size
    p = theme.palette
    surface = pygame.Surface((w, h))
    surface.fill(p.paper_dark)
    s = min(w, h)
    cx, cy = w / 2, h / 2 - s * 0.09
    line = max(1, s // 48)
    pygame.draw.circle(surface, p.paper, (cx, cy), s * 0.36)
    pygame.draw.circle(surface, p.rule, (cx, cy), s * 0.36, line)
    figure = p.ink_soft
    pygame.draw.ellipse(surface, figure, (cx - s * 0.15, cy - s * 0.24, s * 0.3, s * 0.36))
    shoulders = [(cx - s * 0.1, cy + s * 0.16), (cx + s * 0.1, cy + s * 0.16),
                 (cx + s * 0.42, cy + s * 0.3), (cx + s * 0.48, h), (cx - s * 0.48, h),
                 (cx - s * 0.42, cy + s * 0.3)]
    pygame.draw.polygon(surface, figure, shoulders)
    pygame.draw.rect(surface, p.ink, surface.get_rect(), line)
    return surface
