"""The print shop behind Thaw's decision-card images: palette, canvas, shading, paper, PNG.

Every picture is drawn at twice its size in a handful of flat colours, then shrunk 2x2 and
mapped onto a fixed palette. The fixed palette keeps the set coherent (one paper, one ink, one
red) and lets the files be small indexed PNGs. Nothing here reads the clock or the machine, and
the only randomness is `random.Random` seeded from the image's name, so a re-run is identical.
"""

from __future__ import annotations

import math
import random
import struct
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pygame

W, H = 640, 400  # the size of every card image
# The size of the picture being printed: a card's unless `render` is given another (a portrait,
# the app icon). Regions, shading and the paper read it, so scenes never pass it around.
_page = [W, H]


def page() -> tuple[int, int]:
    return _page[0], _page[1]
SS = 2  # drawn at 2x, then averaged down: smooth edges without a soft, airbrushed look
FRAME_MARGIN = 8  # paper left outside the inked frame
FRAME_LINE = 3
INSET = FRAME_MARGIN + FRAME_LINE  # where the picture itself starts

Color = tuple[int, int, int]
Point = tuple[float, float]
Density = Callable[[float, float], float]


def mix(a: Color, b: Color, t: float) -> Color:
    """The colour `t` of the way from `a` to `b`."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


# The palette. Scenes may use only these six; everything else is an edge blend of two of them.
PAPER: Color = (0xED, 0xE3, 0xCC)
INK: Color = (0x1F, 0x1A, 0x17)
RED: Color = (0xB3, 0x26, 0x1E)
AGED = mix(PAPER, (0xB8, 0x9C, 0x6A), 0.28)  # paper gone yellow at the edges and in the grain
LIGHT = mix(PAPER, INK, 0.22)  # a flat pale tint of ink, for distance and sky
MID = mix(PAPER, INK, 0.5)  # a flat half tint, for the middle ground
BASE_COLORS: tuple[Color, ...] = (PAPER, AGED, LIGHT, MID, INK, RED)


def _build_palette() -> list[Color]:
    colors = list(BASE_COLORS)
    for i, a in enumerate(BASE_COLORS):
        for b in BASE_COLORS[i + 1 :]:
            for t in (0.25, 0.5, 0.75):
                c = mix(a, b, t)
                if c not in colors:
                    colors.append(c)
    return colors


PALETTE: list[Color] = _build_palette()

_ON = (255, 255, 255)
_OFF = (0, 0, 0)


def _px(p: Point) -> tuple[float, float]:
    return (p[0] * SS, p[1] * SS)


class Pen:
    """Flat drawing in picture coordinates (640x400) onto a 2x surface."""

    def __init__(self, surface: pygame.Surface, default: Color) -> None:
        self.surf = surface
        self.default = default

    def _c(self, color: Color | None) -> Color:
        return self.default if color is None else color

    def poly(self, pts: Sequence[Point], color: Color | None = None) -> None:
        pygame.draw.polygon(self.surf, self._c(color), [_px(p) for p in pts])

    def rect(self, x: float, y: float, w: float, h: float, color: Color | None = None) -> None:
        self.poly([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], color)

    def circle(self, c: Point, r: float, color: Color | None = None) -> None:
        pygame.draw.circle(self.surf, self._c(color), _px(c), r * SS)

    def ring(self, c: Point, r: float, width: float, color: Color | None = None) -> None:
        pygame.draw.circle(self.surf, self._c(color), _px(c), r * SS, max(1, round(width * SS)))

    def ellipse(
        self, cx: float, cy: float, rx: float, ry: float, color: Color | None = None
    ) -> None:
        r = pygame.Rect(0, 0, round(2 * rx * SS), round(2 * ry * SS))
        r.center = (round(cx * SS), round(cy * SS))
        pygame.draw.ellipse(self.surf, self._c(color), r)

    def oval(
        self, c: Point, rx: float, ry: float, angle: float, color: Color | None = None, n: int = 40
    ) -> None:
        """A rotated ellipse (angle in degrees), for leaves, grains and cobs."""
        ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        pts = []
        for i in range(n):
            t = 2 * math.pi * i / n
            x, y = rx * math.cos(t), ry * math.sin(t)
            pts.append((c[0] + x * ca - y * sa, c[1] + x * sa + y * ca))
        self.poly(pts, color)

    def line(self, a: Point, b: Point, width: float, color: Color | None = None) -> None:
        """A thick straight stroke with square ends (pygame's own wide lines are ragged)."""
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length * width / 2, dx / length * width / 2
        self.poly([(a[0] + nx, a[1] + ny), (b[0] + nx, b[1] + ny),
                   (b[0] - nx, b[1] - ny), (a[0] - nx, a[1] - ny)], color)

    def polyline(self, pts: Sequence[Point], width: float, color: Color | None = None) -> None:
        for a, b in zip(pts, pts[1:], strict=False):
            self.line(a, b, width, color)
        for p in pts[1:-1]:
            self.circle(p, width / 2, color)

    def arc_pts(
        self, c: Point, rx: float, ry: float, a0: float, a1: float, n: int = 24
    ) -> list[Point]:
        """Points along an elliptical arc, angles in degrees (0 = east, 90 = south)."""
        return [
            (c[0] + rx * math.cos(math.radians(a0 + (a1 - a0) * i / n)),
             c[1] + ry * math.sin(math.radians(a0 + (a1 - a0) * i / n)))
            for i in range(n + 1)
        ]


class Region(Pen):
    """A shape to fill, shade or hatch: draw it (add) or cut holes in it (cut), then use it."""

    def __init__(self) -> None:
        w, h = page()
        surf = pygame.Surface((w * SS, h * SS))
        surf.fill(_OFF)
        super().__init__(surf, _ON)

    @property
    def cut(self) -> Pen:
        return Pen(self.surf, _OFF)

    def mask(self) -> pygame.mask.Mask:
        return pygame.mask.from_threshold(self.surf, _ON, (1, 1, 1, 255))

    def keep_inside(self, other: Region) -> Region:
        """Trim this region to where it overlaps `other`."""
        m = self.mask().overlap_mask(other.mask(), (0, 0))
        self.surf.fill(_OFF)
        m.to_surface(self.surf, setcolor=_ON, unsetcolor=None)
        return self


def region(*polys: Sequence[Point]) -> Region:
    r = Region()
    for p in polys:
        r.poly(p)
    return r


# Shading laws: how dark the halftone is at a point, 0 (no dots) to 1 (nearly solid).
def const(d: float) -> Density:
    return lambda x, y: d


def linear(a: Point, b: Point, da: float, db: float) -> Density:
    """Darkness going from `da` at `a` to `db` at `b`, flat beyond the ends."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    ll = dx * dx + dy * dy or 1.0

    def f(x: float, y: float) -> float:
        t = min(1.0, max(0.0, ((x - a[0]) * dx + (y - a[1]) * dy) / ll))
        return da + (db - da) * t

    return f


def radial(c: Point, r: float, dc: float, dr: float) -> Density:
    def f(x: float, y: float) -> float:
        t = min(1.0, math.hypot(x - c[0], y - c[1]) / r)
        return dc + (dr - dc) * t

    return f


class Canvas(Pen):
    """One picture being printed."""

    def __init__(self, name: str) -> None:
        self.w, self.h = page()
        surf = pygame.Surface((self.w * SS, self.h * SS))
        surf.fill(PAPER)
        super().__init__(surf, INK)
        self.name = name
        self.rng = random.Random(f"thaw-image:{name}")

    def fill(self, reg: Region | pygame.mask.Mask, color: Color) -> None:
        m = reg.mask() if isinstance(reg, Region) else reg
        m.to_surface(self.surf, setcolor=color, unsetcolor=None)

    def _through(self, reg: Region, marks: pygame.Surface, color: Color) -> None:
        """Print the marks drawn on `marks` only inside `reg`."""
        m = pygame.mask.from_threshold(marks, _ON, (1, 1, 1, 255)).overlap_mask(reg.mask(), (0, 0))
        self.fill(m, color)

    def halftone(
        self,
        reg: Region,
        density: Density,
        color: Color = INK,
        spacing: float = 6.0,
        angle: float = 45.0,
    ) -> None:
        """Round dots on a rotated grid, bigger where `density` is higher, as in a newspaper."""
        marks = pygame.Surface((self.w * SS, self.h * SS))
        marks.fill(_OFF)
        boxes = reg.mask().get_bounding_rects()
        if not boxes:
            return
        box = boxes[0].unionall(boxes[1:])
        x0, y0, x1, y1 = box.left / SS, box.top / SS, box.right / SS, box.bottom / SS
        ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        # Walk the rotated lattice over the box's circumscribed square.
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        half = math.hypot(x1 - x0, y1 - y0) / 2 + spacing
        n = int(half / spacing) + 1
        for i in range(-n, n + 1):
            for j in range(-n, n + 1):
                u, v = i * spacing, j * spacing
                x, y = cx + u * ca - v * sa, cy + u * sa + v * ca
                if not (x0 - spacing <= x <= x1 + spacing and y0 - spacing <= y <= y1 + spacing):
                    continue
                d = density(x, y)
                if d <= 0.02:
                    continue
                # Dot area grows with darkness; at 1 the dots overlap into solid colour.
                r = spacing * 0.72 * math.sqrt(min(1.0, d))
                pygame.draw.circle(marks, _ON, _px((x, y)), max(0.6, r * SS))
        self._through(reg, marks, color)

    def hatch(
        self,
        reg: Region,
        spacing: float = 5.0,
        angle: float = 45.0,
        width: float = 1.2,
        color: Color = INK,
    ) -> None:
        """Parallel engraved lines across a region."""
        marks = pygame.Surface((self.w * SS, self.h * SS))
        marks.fill(_OFF)
        pen = Pen(marks, _ON)
        ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        reach = math.hypot(self.w, self.h)
        k = -reach
        while k <= reach:
            # A line through the centre offset by k along the normal.
            px, py = self.w / 2 - sa * k, self.h / 2 + ca * k
            pen.line((px - ca * reach, py - sa * reach), (px + ca * reach, py + sa * reach), width)
            k += spacing
        self._through(reg, marks, color)

    def rays(
        self,
        c: Point,
        count: int,
        color: Color,
        reg: Region | None = None,
        start: float = 0.0,
        fill: float = 0.5,
    ) -> None:
        """A sunburst of wedges from `c`, the poster's way of saying 'a bright new day'."""
        rays = Region()
        reach = 2 * math.hypot(self.w, self.h)
        step = 360.0 / count
        for i in range(count):
            a0 = math.radians(start + i * step)
            a1 = math.radians(start + (i + fill) * step)
            rays.poly([c, (c[0] + reach * math.cos(a0), c[1] + reach * math.sin(a0)),
                       (c[0] + reach * math.cos(a1), c[1] + reach * math.sin(a1))])
        if reg is not None:
            m = rays.mask().overlap_mask(reg.mask(), (0, 0))
            self.fill(m, color)
        else:
            self.fill(rays, color)

    # The printing itself: grain, worn ink, frame, then shrink and quantise.
    def _age(self) -> None:
        rng = self.rng
        w, h = self.w, self.h
        share = w * h / (W * H)  # as much grain on a small print as on the same area of a card
        grain = pygame.Surface((w * SS, h * SS))
        grain.fill(_OFF)
        for _ in range(round(1400 * share)):
            pygame.draw.circle(grain, _ON, (rng.randrange(w * SS), rng.randrange(h * SS)),
                               rng.choice((1, 1, 2)))
        # Fibres in the pulp: short pale strokes.
        pen = Pen(grain, _ON)
        for _ in range(round(40 * share)):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            a = rng.uniform(0, math.pi)
            ln = rng.uniform(3, 9)
            pen.line((x, y), (x + ln * math.cos(a), y + ln * math.sin(a)), 0.5)
        paper = pygame.mask.from_threshold(self.surf, PAPER, (1, 1, 1, 255))
        gmask = pygame.mask.from_threshold(grain, _ON, (1, 1, 1, 255))
        self.fill(gmask.overlap_mask(paper, (0, 0)), AGED)
        # Worn block: flecks of paper where the ink did not take.
        wear = pygame.Surface((w * SS, h * SS))
        wear.fill(_OFF)
        for _ in range(round(500 * share)):
            pygame.draw.circle(wear, _ON, (rng.randrange(w * SS), rng.randrange(h * SS)), 1)
        inked = pygame.mask.from_threshold(self.surf, INK, (1, 1, 1, 255))
        wmask = pygame.mask.from_threshold(wear, _ON, (1, 1, 1, 255))
        self.fill(wmask.overlap_mask(inked, (0, 0)), MID)

    def _frame(self) -> None:
        w, h = self.w, self.h
        outer = Region()
        outer.rect(0, 0, w, h)
        outer.cut.rect(FRAME_MARGIN, FRAME_MARGIN, w - 2 * FRAME_MARGIN, h - 2 * FRAME_MARGIN)
        self.fill(outer, PAPER)
        edge = Region()
        edge.rect(0, 0, w, h)
        edge.cut.rect(3, 3, w - 6, h - 6)
        self.halftone(edge, const(0.35), AGED, spacing=3)
        line = Region()
        line.rect(FRAME_MARGIN, FRAME_MARGIN, w - 2 * FRAME_MARGIN, h - 2 * FRAME_MARGIN)
        line.cut.rect(INSET, INSET, w - 2 * INSET, h - 2 * INSET)
        self.fill(line, INK)

    def print(self) -> bytes:
        """Finish the picture and return its rows as palette indices (one byte a pixel)."""
        self.surf.set_clip(None)
        self._age()
        self._frame()
        return quantise(self.surf)


def quantise(surf: pygame.Surface) -> bytes:
    """Average each 2x2 block and take the nearest palette colour."""
    data = pygame.image.tobytes(surf, "RGB")
    row = surf.get_width() * 3
    cache: dict[bytes, int] = {}
    out = bytearray()
    for y in range(surf.get_height() // SS):
        r0 = data[2 * y * row : (2 * y + 1) * row]
        r1 = data[(2 * y + 1) * row : (2 * y + 2) * row]
        for x in range(0, row, 6):
            key = r0[x : x + 6] + r1[x : x + 6]
            idx = cache.get(key)
            if idx is None:
                idx = cache[key] = _nearest(key)
            out.append(idx)
    return bytes(out)


def _nearest(block: bytes) -> int:
    r = (block[0] + block[3] + block[6] + block[9]) / 4
    g = (block[1] + block[4] + block[7] + block[10]) / 4
    b = (block[2] + block[5] + block[8] + block[11]) / 4
    best, best_d = 0, float("inf")
    for i, (pr, pg, pb) in enumerate(PALETTE):
        d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2
        if d < best_d:
            best, best_d = i, d
    return best


def png_bytes(indices: bytes, width: int = W, height: int = H) -> bytes:
    """An 8-bit indexed PNG, written by hand so the bytes depend on nothing but the pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF
        )

    raw = b"".join(
        b"\x00" + indices[y * width : (y + 1) * width] for y in range(height)
    )
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)
    plte = b"".join(bytes(c) for c in PALETTE)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"PLTE", plte)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def render(name: str, scene: Callable[[Canvas], None], size: tuple[int, int] = (W, H),
           framed: bool = True) -> bytes:
    """Draw one scene (inside the frame, if `framed`) and return its palette indices."""
    _page[:] = size
    try:
        cv = Canvas(name)
        if framed:
            cv.surf.set_clip(pygame.Rect(INSET * SS, INSET * SS, (cv.w - 2 * INSET) * SS,
                                         (cv.h - 2 * INSET) * SS))
            scene(cv)
            return cv.print()
        scene(cv)
        cv.surf.set_clip(None)
        return quantise(cv.surf)
    finally:
        _page[:] = (W, H)


def write(path: Path, indices: bytes, size: tuple[int, int] = (W, H)) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(indices, *size))


def points(pts: Iterable[Point], dx: float = 0.0, dy: float = 0.0, s: float = 1.0) -> list[Point]:
    """Move and scale a shape: motifs are drawn around (0, 0) and placed with this."""
    return [(dx + x * s, dy + y * s) for x, y in pts]
