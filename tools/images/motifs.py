"""Shapes that several pictures share: stars, suns, skies, people, flags, gears, wheels, smoke.

Each takes a pen (a Canvas or a Region) and picture coordinates, so the same figure can be
printed flat, cut as a hole, or used as the area of a halftone.
"""

from __future__ import annotations

import math

from inkprint import (
    INK,
    INSET,
    MID,
    PAPER,
    Canvas,
    Color,
    Pen,
    Point,
    Region,
    W,
    linear,
)


def star_points(c: Point, r: float, inner: float = 0.4, turn: float = 0.0) -> list[Point]:
    pts = []
    for i in range(10):
        a = math.radians(-90 + turn + i * 36)
        rr = r if i % 2 == 0 else r * inner
        pts.append((c[0] + rr * math.cos(a), c[1] + rr * math.sin(a)))
    return pts


def star(pen: Pen, c: Point, r: float, color: Color | None = None, turn: float = 0.0) -> None:
    pen.poly(star_points(c, r, turn=turn), color)


def sky(cv: Canvas, horizon: float, top: float = 0.55, bottom: float = 0.0,
        spacing: float = 6.0) -> None:
    """A halftone sky: dark at the top of the frame, fading towards the horizon."""
    reg = Region()
    reg.rect(0, 0, W, horizon)
    cv.halftone(reg, linear((0, INSET), (0, horizon), top, bottom), spacing=spacing)


def flag(pen: Pen, base: Point, height: float, color: Color, pole: Color = INK,
         size: float = 1.0, wave: float = 1.0) -> None:
    """A flag on a pole, flying to the right."""
    x, y = base
    top = y - height
    pen.line((x, y), (x, top), 2.0 * size, pole)
    w, h = 46 * size, 28 * size
    pts = []
    n = 10
    for i in range(n + 1):
        t = i / n
        pts.append((x + w * t, top + 2 * size + math.sin(t * math.pi * 1.5) * 4 * size * wave))
    for i in range(n, -1, -1):
        t = i / n
        pts.append((x + w * t, top + 2 * size + h + math.sin(t * math.pi * 1.5 + 0.4) * 4 * size
                    * wave))
    pen.poly(pts, color)


def gear(pen: Pen, c: Point, r: float, teeth: int, color: Color,
         hole: Color | None = PAPER, turn: float = 0.0) -> None:
    pts = []
    depth = r * 0.16
    for i in range(teeth * 4):
        a = math.radians(turn + i * 360 / (teeth * 4))
        rr = r if i % 4 in (1, 2) else r - depth
        pts.append((c[0] + rr * math.cos(a), c[1] + rr * math.sin(a)))
    pen.poly(pts, color)
    if hole is not None:
        pen.circle(c, r * 0.32, hole)


def wheel(pen: Pen, c: Point, r: float, color: Color = INK, hub: Color = PAPER) -> None:
    pen.circle(c, r, color)
    pen.ring(c, r * 0.62, max(1.0, r * 0.1), hub)
    pen.circle(c, r * 0.18, hub)


def puffs(reg: Region, pts: list[tuple[float, float, float]]) -> None:
    """Smoke or cloud as a bunch of circles (x, y, r)."""
    for x, y, r in pts:
        reg.circle((x, y), r)


def smoke_column(base: Point, length: float, drift: float, r0: float, r1: float,
                 n: int = 8) -> list[tuple[float, float, float]]:
    """Circles rising from `base` and bending with the wind (`drift` > 0 blows right)."""
    out = []
    for i in range(n):
        t = i / (n - 1)
        x = base[0] + drift * t * t * length
        y = base[1] - length * t
        out.append((x, y, r0 + (r1 - r0) * t))
    return out


# People. Profiles face right; `h` is the height from the feet at `ground` to the crown.
def person(pen: Pen, x: float, ground: float, h: float, hat: str = "none",
           color: Color | None = None, coat: float = 1.0, lean: float = 0.0,
           stride: float = 0.0) -> None:
    """A figure in profile in a long coat, standing or (with `stride`) marching."""
    u = h / 100.0
    top = ground - h
    hr = 7.5 * u
    head = (x + 2 * u + lean * u, top + hr + 1 * u)
    pen.circle(head, hr, color)
    # Nose and chin give the profile its direction.
    pen.poly([(head[0] + hr * 0.8, head[1] - 1 * u), (head[0] + hr + 2.5 * u, head[1] + 2 * u),
              (head[0] + hr * 0.7, head[1] + 3.5 * u)], color)
    neck_y = head[1] + hr
    shoulder = neck_y + 3 * u
    hem = ground - 22 * u * coat
    pen.poly([
        (x - 2 * u + lean * u, neck_y - 1 * u), (x + 5 * u + lean * u, neck_y - 1 * u),
        (x + 10 * u + lean * 0.6 * u, shoulder + 4 * u), (x + 12 * u, hem),
        (x - 13 * u, hem), (x - 11 * u, shoulder + 6 * u), (x - 8 * u + lean * 0.6 * u, shoulder),
    ], color)
    # Legs and boots; a marching stride swings them apart from the hip.
    for hip, foot in ((x - 4 * u, x - 4 * u - stride * u), (x + 4 * u, x + 4 * u + stride * u)):
        pen.poly([(hip - 3.5 * u, hem - 1), (hip + 3.5 * u, hem - 1),
                  (foot + 3.5 * u, ground - 2 * u), (foot - 3.5 * u, ground - 2 * u)], color)
        pen.rect(foot - 4 * u, ground - 3.5 * u, 9.5 * u, 3.5 * u, color)
    hat_on(pen, head, hr, hat, color)


def hat_on(pen: Pen, head: Point, hr: float, hat: str, color: Color | None) -> None:
    x, y = head
    u = hr / 7.5
    if hat == "fedora":
        pen.ellipse(x - 0.5 * u, y - hr * 0.55, hr * 1.6, 2.2 * u, color)
        pen.poly([(x - hr * 0.9, y - hr * 0.5), (x - hr * 0.75, y - hr * 1.5),
                  (x + hr * 0.75, y - hr * 1.5), (x + hr * 0.9, y - hr * 0.5)], color)
    elif hat == "cap":
        pen.ellipse(x - 0.5 * u, y - hr * 0.65, hr * 1.15, hr * 0.6, color)
        pen.poly([(x + hr * 0.4, y - hr * 0.7), (x + hr * 1.6, y - hr * 0.45),
                  (x + hr * 0.5, y - hr * 0.3)], color)
    elif hat == "scarf":
        pen.circle((x - 0.8 * u, y - 0.6 * u), hr * 1.15, color)
        pen.poly([(x - hr * 0.9, y + hr * 0.3), (x - hr * 1.8, y + hr * 1.6),
                  (x - hr * 0.2, y + hr * 0.9)], color)
    elif hat == "ushanka":
        pen.ellipse(x - 0.5 * u, y - hr * 0.6, hr * 1.35, hr * 0.85, color)
        pen.rect(x - hr * 1.1, y - hr * 0.4, hr * 0.8, hr * 1.2, color)
    elif hat == "helmet":
        # The Soviet steel helmet: a deep dome with a small flared rim.
        pen.ellipse(x - 0.5 * u, y - hr * 0.35, hr * 1.35, hr * 1.15, color)
        pen.poly([(x - hr * 1.5, y + hr * 0.15), (x + hr * 1.45, y - hr * 0.1),
                  (x + hr * 1.5, y + hr * 0.05), (x - hr * 1.55, y + hr * 0.35)], color)
        # A glint along the rim sets the helmet off from the face in a dark silhouette.
        pen.line((x - hr * 1.3, y + hr * 0.05), (x + hr * 1.3, y - hr * 0.17), hr * 0.14, MID)
        pen.poly([(x - hr * 0.9, y - hr * 1.2), (x - hr * 0.2, y - hr * 1.42),
                  (x - hr * 0.5, y - hr * 1.1)], MID)


def officer_cap(pen: Pen, head: Point, hr: float, crown: Color, band: Color,
                visor: Color = INK) -> None:
    """The peaked service cap seen from the front: wide crown, coloured band, dark visor."""
    x, y = head
    pen.poly([(x - hr * 1.75, y - hr * 1.45), (x + hr * 1.75, y - hr * 1.45),
              (x + hr * 1.15, y - hr * 0.75), (x - hr * 1.15, y - hr * 0.75)], crown)
    pen.ellipse(x, y - hr * 1.5, hr * 1.8, hr * 0.32, crown)
    pen.rect(x - hr * 1.12, y - hr * 0.86, hr * 2.24, hr * 0.46, band)
    pen.poly([(x - hr * 1.1, y - hr * 0.42), (x + hr * 1.1, y - hr * 0.42),
              (x + hr * 0.8, y - hr * 0.12), (x - hr * 0.8, y - hr * 0.12)], visor)


def windows(pen: Pen, x: float, y: float, cols: int, rows: int, w: float, h: float,
            gx: float, gy: float, color: Color) -> None:
    for r in range(rows):
        for c in range(cols):
            pen.rect(x + c * (w + gx), y + r * (h + gy), w, h, color)


def ground_furrows(cv: Canvas, horizon: float, vanish_x: float, count: int, color: Color = INK,
                   width: float = 4.0, spread: float = 3.0) -> None:
    """Wedges running from a point on the horizon to the foreground: ploughland, steppe, road."""
    for i in range(count + 1):
        t = i / count
        xb = -W * (spread - 1) / 2 + W * spread * t
        cv.poly([(vanish_x, horizon), (xb - width / 2, 420), (xb + width / 2, 420)], color)


def figure_front(pen: Pen, x: float, ground: float, h: float, color: Color | None = None,
                 flare: float = 1.0) -> Point:
    """A standing figure seen from the front in a greatcoat; returns the head's centre."""
    u = h / 100.0
    hr = 7.0 * u
    head = (x, ground - h + hr + 6 * u)
    pen.circle(head, hr, color)
    neck = head[1] + hr
    pen.rect(x - 3.5 * u, neck - 2 * u, 7 * u, 5 * u, color)
    pen.poly([
        (x - 16 * u, neck + 5 * u), (x + 16 * u, neck + 5 * u),
        (x + 19 * u, neck + 30 * u), (x + 15 * u * flare, ground - 16 * u),
        (x - 15 * u * flare, ground - 16 * u), (x - 19 * u, neck + 30 * u),
    ], color)
    pen.ellipse(x - 16 * u, neck + 8 * u, 5 * u, 5 * u, color)
    pen.ellipse(x + 16 * u, neck + 8 * u, 5 * u, 5 * u, color)
    pen.rect(x - 10 * u, ground - 17 * u, 8 * u, 15 * u, color)
    pen.rect(x + 2 * u, ground - 17 * u, 8 * u, 15 * u, color)
    pen.rect(x - 11 * u, ground - 3 * u, 10 * u, 3 * u, color)
    pen.rect(x + 1 * u, ground - 3 * u, 10 * u, 3 * u, color)
    return head


def leaf_points(base: Point, angle: float, length: float, width: float, bend: float = 0.0,
                n: int = 14) -> list[Point]:
    """A long curved leaf (maize, grass, laurel): a centre line that bends, swelling and tapering.

    `angle` is the direction at the base in degrees; `bend` turns the tip by that many degrees.
    """
    a0 = math.radians(angle)
    a1 = math.radians(angle + bend)
    mid = (base[0] + math.cos(a0) * length * 0.5, base[1] + math.sin(a0) * length * 0.5)
    tip = (mid[0] + math.cos(a1) * length * 0.5, mid[1] + math.sin(a1) * length * 0.5)
    spine = []
    for i in range(n + 1):
        t = i / n
        x = (1 - t) ** 2 * base[0] + 2 * (1 - t) * t * mid[0] + t * t * tip[0]
        y = (1 - t) ** 2 * base[1] + 2 * (1 - t) * t * mid[1] + t * t * tip[1]
        spine.append((t, x, y))
    left, right = [], []
    for k, (t, x, y) in enumerate(spine):
        nx_, ny_ = spine[min(k + 1, n)][1] - spine[max(k - 1, 0)][1], \
            spine[min(k + 1, n)][2] - spine[max(k - 1, 0)][2]
        ln = math.hypot(nx_, ny_) or 1.0
        w = width * 0.5 * math.sin(math.pi * min(1.0, 0.15 + t * 0.85))
        left.append((x - ny_ / ln * w, y + nx_ / ln * w))
        right.append((x + ny_ / ln * w, y - nx_ / ln * w))
    return left + right[::-1]


def clip_half(poly: list[Point], a: Point, normal: Point) -> list[Point]:
    """Keep the part of a convex polygon where (p - a) . normal <= 0."""

    def side(p: Point) -> float:
        return (p[0] - a[0]) * normal[0] + (p[1] - a[1]) * normal[1]

    out: list[Point] = []
    for i, p in enumerate(poly):
        q = poly[(i + 1) % len(poly)]
        sp, sq = side(p), side(q)
        if sp <= 0:
            out.append(p)
        if (sp <= 0) != (sq <= 0):
            t = sp / (sp - sq)
            out.append((p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t))
    return out


def voronoi(seeds: list[Point], box: tuple[float, float, float, float]) -> list[list[Point]]:
    """The cell around each seed inside a box (x0, y0, x1, y1): cracked clay, regions of a map."""
    x0, y0, x1, y1 = box
    cells = []
    for i, s in enumerate(seeds):
        cell: list[Point] = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
        for j, t in enumerate(seeds):
            if i == j or not cell:
                continue
            mid = ((s[0] + t[0]) / 2, (s[1] + t[1]) / 2)
            cell = clip_half(cell, mid, (t[0] - s[0], t[1] - s[1]))
        cells.append(cell)
    return cells


def shrink(poly: list[Point], by: float) -> list[Point]:
    """Pull a convex polygon's corners towards its centre, leaving a gap (a crack, a border)."""
    if not poly:
        return poly
    cx = sum(p[0] for p in poly) / len(poly)
    cy = sum(p[1] for p in poly) / len(poly)
    out = []
    for x, y in poly:
        d = math.hypot(x - cx, y - cy) or 1.0
        k = max(0.0, (d - by) / d)
        out.append((cx + (x - cx) * k, cy + (y - cy) * k))
    return out
