"""Pictures of the economy: fields and farms, factories and shops, homes, schools and regions."""

from __future__ import annotations

import math

from inkprint import (
    AGED,
    INK,
    LIGHT,
    MID,
    PAPER,
    RED,
    Canvas,
    Color,
    Region,
    const,
    linear,
    radial,
    region,
)
from motifs import (
    gear,
    ground_furrows,
    leaf_points,
    person,
    puffs,
    shrink,
    sky,
    smoke_column,
    star,
    voronoi,
    windows,
)


def _field(cv: Canvas, horizon: float, color: Color = MID, density: float = 0.5) -> Region:
    land = Region()
    land.rect(0, horizon, 640, 420 - horizon)
    cv.fill(land, color)
    cv.halftone(land, linear((0, horizon), (0, 400), 0.05, density), spacing=5)
    return land


def _sheaf(cv: Canvas, cx: float, ground: float, h: float) -> None:
    """A sheaf of wheat standing in the stubble: splayed foot, tied waist, a crown of ears."""
    w = h * 0.55
    waist = ground - h * 0.45
    crown = ground - h * 0.78
    body = [(cx - w * 0.5, ground), (cx - w * 0.16, waist), (cx - w * 0.42, crown),
            (cx + w * 0.42, crown), (cx + w * 0.16, waist), (cx + w * 0.5, ground)]
    cv.poly(body, INK)
    # Straws: pale lines following the shape.
    for k in range(-4, 5):
        t = k / 4
        cv.polyline([(cx + t * w * 0.45, ground - 2), (cx + t * w * 0.12, waist),
                     (cx + t * w * 0.38, crown + 4)], 1.3, MID)
    cv.rect(cx - w * 0.2, waist - h * 0.04, w * 0.4, h * 0.08, AGED)
    cv.line((cx - w * 0.2, waist), (cx + w * 0.2, waist), 1.5, INK)
    # Ears fanned out on top, each with its awns.
    n = 13
    for k in range(n):
        a = math.radians(-90 + (k - (n - 1) / 2) * 10)
        base = (cx + math.cos(a) * w * 0.28, crown + 6 + math.sin(a) * 6)
        length = h * (0.24 + 0.04 * ((k * 7) % 3))
        tip = (base[0] + math.cos(a) * length, base[1] + math.sin(a) * length)
        mid = ((base[0] + tip[0]) / 2, (base[1] + tip[1]) / 2)
        cv.line(base, mid, 2, INK)
        cv.oval(((mid[0] + tip[0]) / 2, (mid[1] + tip[1]) / 2), length * 0.3, length * 0.09,
                math.degrees(a), INK)
        for d in (-8, 0, 8):
            b = a + math.radians(d)
            cv.line(tip, (tip[0] + math.cos(b) * length * 0.4, tip[1] + math.sin(b) * length * 0.4),
                    1.0, INK)


def wheat(cv: Canvas) -> None:
    horizon = 268
    cv.rays((320, horizon), 32, LIGHT)
    cv.circle((320, horizon), 96, RED)
    land = _field(cv, horizon, AGED, 0.6)
    cv.hatch(land, spacing=6, angle=90, width=1.0)
    for x in (60, 580):
        _sheaf(cv, x, 330, 150)
    for x in (180, 460):
        _sheaf(cv, x, 350, 190)
    _sheaf(cv, 320, 385, 250)


def _crawler(cv: Canvas, x: float, ground: float, s: float, smoke: bool = True) -> None:
    """A crawler tractor of the 1950s in profile, facing left, with a plough behind."""
    u = s
    track_top = ground - 18 * u
    cv.poly(cv.arc_pts((x + 9 * u, ground - 9 * u), 9 * u, 9 * u, 90, 270)
            + cv.arc_pts((x + 61 * u, ground - 9 * u), 9 * u, 9 * u, -90, 90), INK)
    for k in range(5):
        cv.circle((x + (10 + k * 12.5) * u, ground - 9 * u), 4 * u, MID)
    cv.rect(x + 2 * u, track_top - 16 * u, 44 * u, 16 * u, INK)  # engine
    cv.rect(x + 44 * u, track_top - 34 * u, 26 * u, 34 * u, RED)  # cab
    cv.rect(x + 49 * u, track_top - 29 * u, 16 * u, 12 * u, LIGHT)
    cv.rect(x + 12 * u, track_top - 28 * u, 3 * u, 12 * u, INK)  # exhaust
    for k in range(4):
        cv.rect(x + (6 + k * 9) * u, track_top - 12 * u, 5 * u, 8 * u, MID)
    # The plough: a drawbar and a row of shares cutting the soil.
    cv.line((x + 70 * u, ground - 8 * u), (x + 100 * u, ground - 8 * u), 2.5 * u)
    for k in range(3):
        bx = x + (86 + k * 12) * u
        cv.poly([(bx, ground - 10 * u), (bx + 4 * u, ground - 10 * u), (bx + 8 * u, ground),
                 (bx - 2 * u, ground)], INK)
    if smoke:
        cloud = Region()
        puffs(cloud, smoke_column((x + 13.5 * u, track_top - 30 * u), 46 * u, 1.4, 3 * u, 9 * u,
                                  14))
        cv.halftone(cloud, const(0.6), spacing=3 + u)


def virgin_lands(cv: Canvas) -> None:
    horizon = 282
    sky(cv, horizon, top=0.4)
    for y, x0, x1 in ((80, 60, 300), (120, 380, 600), (170, 120, 260)):
        cv.poly([(x0, y), (x1, y - 6), (x1 + 30, y + 6), (x0 + 20, y + 12)], PAPER)
    land = Region()
    land.rect(0, horizon, 640, 130)
    cv.fill(land, AGED)
    ground_furrows(cv, horizon, 420, 30, MID, width=14)
    cv.rect(0, horizon - 1, 640, 3, INK)
    # The tent camp, with its flag, far off on the left.
    for k, x in enumerate((40, 78, 118, 150)):
        h = 26 - k * 2
        cv.poly([(x - h, horizon), (x, horizon - h), (x + h, horizon)], PAPER)
        cv.polyline([(x - h, horizon), (x, horizon - h), (x + h, horizon)], 2)
        cv.poly([(x - 4, horizon), (x, horizon - h * 0.5), (x + 4, horizon)], INK)
    cv.line((60, horizon), (60, horizon - 80), 2.5)
    cv.poly([(60, horizon - 80), (108, horizon - 72), (60, horizon - 56)], RED)
    # A column of tractors across the steppe.
    _crawler(cv, 250, horizon + 4, 0.55)
    _crawler(cv, 400, horizon + 10, 0.8)
    _crawler(cv, 90, horizon + 92, 2.0)


def _perspective_cells(cv: Canvas, horizon: float) -> None:
    """Cracked clay: cells laid out on the ground plane and projected towards the horizon.

    Seeds are sparser with distance (density 1/z^2), so cells keep their width on screen and
    flatten as they recede, which is what makes the ground read as lying down.
    """
    rng = cv.rng
    seeds = []
    for _ in range(170):
        z = math.exp(rng.uniform(0.0, math.log(12.0)))
        seeds.append((rng.uniform(-1.3 * z, 1.3 * z), z))
    cells = voronoi(seeds, (-16, 0.5, 16, 13))

    def project(p: tuple[float, float]) -> tuple[float, float]:
        return (320 + 300 * p[0] / p[1], horizon + 200 / p[1])

    for (_, z), cell in zip(seeds, cells, strict=True):
        cv.poly([project(p) for p in shrink(cell, 0.035 * z)], AGED)


def drought(cv: Canvas) -> None:
    horizon = 220
    back = Region()
    back.rect(0, 0, 640, horizon)
    cv.fill(back, LIGHT)
    cv.halftone(back, radial((430, 100), 420, 0.0, 0.5), spacing=6)
    for r, d in ((150, 0.25), (112, 0.45)):
        ring = Region()
        ring.circle((430, 100), r)
        cv.fill(ring, PAPER)
        cv.halftone(ring, const(d), LIGHT, spacing=5)
    cv.circle((430, 100), 76, RED)
    earth = Region()
    earth.rect(0, horizon, 640, 200)
    cv.fill(earth, INK)
    _perspective_cells(cv, horizon)
    cv.rect(0, horizon - 2, 640, 4, INK)
    # A dead tree, its branches bare.
    cv.polyline([(118, horizon + 70), (112, horizon - 20), (122, horizon - 80), (116, 70)], 9)
    for a, b in (((114, 160), (60, 112)), ((119, 140), (172, 92)), ((117, 110), (92, 66)),
                 ((84, 134), (62, 146)), ((146, 116), (158, 130)), ((120, 90), (140, 60)),
                 ((70, 118), (56, 90))):
        cv.line(a, b, 4.5)


def _cob(cv: Canvas, c: tuple[float, float], length: float, width: float, angle: float) -> None:
    """An ear of maize standing up, husk leaves peeled back, the cob in rows of kernels."""
    a = math.radians(angle)
    d = (math.cos(a), math.sin(a))
    n = (-d[1], d[0])
    foot = (c[0] - d[0] * length * 0.5, c[1] - d[1] * length * 0.5)
    for turn, bend, color in ((-125, 70, INK), (125, -70, INK), (-105, 60, MID), (105, -60, MID)):
        cv.poly(leaf_points(foot, angle + turn, length * 0.8, width * 0.55, bend), color)
    cv.oval(c, length * 0.5 + 4, width * 0.5 + 4, angle, INK)
    rows, cols = 7, 16
    for i in range(cols):
        t = (i + 0.5) / cols - 0.5
        taper = math.sqrt(max(0.0, 1 - (2 * t) ** 4))
        for j in range(rows):
            v = ((j + 0.5) / rows - 0.5) * width * 0.86 * taper
            p = (c[0] + d[0] * t * length * 0.95 + n[0] * v,
                 c[1] + d[1] * t * length * 0.95 + n[1] * v)
            cv.oval(p, length / cols * 0.42, width / rows * 0.4 * max(0.5, taper), angle,
                    PAPER if (i + j) % 5 else AGED)
    # The husks that still cling to the lower cob.
    for side in (-1, 1):
        cv.poly(leaf_points(foot, angle + side * 14, length * 0.55, width * 0.5, -side * 12),
                LIGHT)
        cv.poly(leaf_points(foot, angle + side * 14, length * 0.55, width * 0.2, -side * 12),
                MID)
    tip = (c[0] + d[0] * length * 0.5, c[1] + d[1] * length * 0.5)
    for k in range(-2, 3):
        cv.polyline([tip, (tip[0] + d[0] * 14 + n[0] * k * 3, tip[1] + d[1] * 14 + n[1] * k * 3),
                     (tip[0] + d[0] * 26 + n[0] * k * 7, tip[1] + d[1] * 30 + n[1] * k * 7)], 1.5)


def _maize_plant(cv: Canvas, x: float, top: float, color: Color, width: float,
                 flip: int) -> None:
    """A maize stalk with long leaves arching out and drooping, and a tassel on top."""
    cv.line((x, 410), (x + 4, top), width, color)
    for k in range(5):
        cv.line((x + 4, top), (x + 4 + (k - 2) * 7, top - 34 + abs(k - 2) * 6), 2, color)
    for k, y in enumerate(range(int(top) + 50, 390, 62)):
        side = flip if k % 2 else -flip
        cv.poly(leaf_points((x + 3, y), -90 + side * 35, 150, 14, side * 110), color)


def corn(cv: Canvas) -> None:
    cv.rays((320, 150), 30, LIGHT)
    cv.circle((320, 150), 80, RED)
    for k, x in enumerate((40, 170, 470, 600)):
        _maize_plant(cv, x, 70 + (k % 2) * 30, MID, 6, 1 if k % 2 else -1)
    for k, x in enumerate((90, 560)):
        _maize_plant(cv, x, 40, INK, 9, 1 if k else -1)
    land = Region()
    land.rect(0, 370, 640, 50)
    cv.fill(land, INK)
    _cob(cv, (320, 215), 250, 84, -82)


def _cow(cv: Canvas, x: float, ground: float, s: float) -> None:
    """A dairy cow in profile facing left, black with pale patches."""
    u = s
    body_top = ground - 78 * u
    cv.ellipse(x + 50 * u, body_top + 22 * u, 56 * u, 24 * u, INK)
    cv.rect(x + 6 * u, body_top, 92 * u, 38 * u, INK)
    # Neck and a long head held low, horns, ears and a pale muzzle.
    bt = body_top
    cv.poly([(x + 14 * u, bt + 2 * u), (x - 12 * u, bt + 2 * u), (x - 16 * u, bt + 24 * u),
             (x + 14 * u, bt + 38 * u)], INK)
    cv.poly([(x - 6 * u, bt - 2 * u), (x - 26 * u, bt - 4 * u), (x - 40 * u, bt + 34 * u),
             (x - 38 * u, bt + 46 * u), (x - 26 * u, bt + 48 * u), (x - 12 * u, bt + 22 * u)], INK)
    cv.ellipse(x - 33 * u, bt + 44 * u, 8 * u, 6 * u, MID)
    cv.polyline([(x - 24 * u, bt - 2 * u), (x - 32 * u, bt - 8 * u), (x - 30 * u, bt - 16 * u)],
                3 * u)
    cv.polyline([(x - 10 * u, bt - 2 * u), (x - 4 * u, bt - 10 * u), (x - 8 * u, bt - 18 * u)],
                3 * u)
    cv.oval((x - 2 * u, bt + 6 * u), 9 * u, 3.5 * u, 25, INK)
    cv.oval((x - 34 * u, bt + 4 * u), 8 * u, 3.5 * u, -25, INK)
    cv.circle((x - 25 * u, bt + 12 * u), 2 * u, PAPER)
    # Legs, hooves, udder and tail.
    for lx in (4, 18, 80, 94):
        cv.poly([(x + lx * u, body_top + 30 * u), (x + (lx + 10) * u, body_top + 30 * u),
                 (x + (lx + 8) * u, ground), (x + (lx + 2) * u, ground)], INK)
    cv.ellipse(x + 74 * u, body_top + 48 * u, 12 * u, 8 * u, MID)
    cv.polyline([(x + 104 * u, body_top + 6 * u), (x + 110 * u, body_top + 30 * u),
                 (x + 108 * u, ground - 20 * u)], 2.5 * u)
    cv.ellipse(x + 108 * u, ground - 18 * u, 3 * u, 6 * u, INK)
    for px, py, rx, ry in ((30, 14, 18, 11), (70, 26, 14, 10), (92, 8, 9, 7), (-22, 6, 4, 5)):
        cv.ellipse(x + px * u, body_top + py * u, rx * u, ry * u, PAPER)


def _churn(cv: Canvas, x: float, ground: float, s: float) -> None:
    """A milk churn: a tall drum with shoulders, a neck, a lid, two handles and a red band."""
    w, h = 52 * s, 92 * s
    cv.rect(x - w / 2 - 3, ground - h - 3, w + 6, h + 3, INK)
    cv.poly([(x - w / 2 - 3, ground - h), (x - 15 * s, ground - h - 22 * s),
             (x + 15 * s, ground - h - 22 * s), (x + w / 2 + 3, ground - h)], INK)
    cv.rect(x - 17 * s, ground - h - 42 * s, 34 * s, 22 * s, INK)
    cv.rect(x - w / 2, ground - h, w, h - 3, PAPER)
    cv.poly([(x - w / 2, ground - h), (x - 13 * s, ground - h - 19 * s),
             (x + 13 * s, ground - h - 19 * s), (x + w / 2, ground - h)], PAPER)
    cv.rect(x - 14 * s, ground - h - 39 * s, 28 * s, 18 * s, LIGHT)
    cv.rect(x - 20 * s, ground - h - 46 * s, 40 * s, 7 * s, INK)
    shade = Region()
    shade.rect(x + w * 0.1, ground - h - 20 * s, w * 0.4, h + 18 * s)
    cv.halftone(shade, linear((x + w * 0.1, 0), (x + w / 2, 0), 0.1, 0.8), spacing=4)
    cv.rect(x - w / 2, ground - h * 0.55, w, 8 * s, RED)
    cv.rect(x - w / 2, ground - 12 * s, w, 5 * s, INK)
    for side in (-1, 1):
        cv.ring((x + side * (w / 2 + 2), ground - h - 4 * s), 8 * s, 3 * s, INK)


def livestock(cv: Canvas) -> None:
    horizon = 250
    sky(cv, horizon, top=0.25)
    # The collective farm's long barn and its fence.
    cv.poly([(40, horizon), (40, 150), (110, 112), (180, 150), (180, horizon)], MID)
    cv.rect(180, 160, 330, 90, MID)
    cv.poly([(170, 166), (190, 140), (520, 140), (520, 160)], INK)
    cv.poly([(30, 156), (110, 104), (190, 156), (190, 150), (110, 96), (30, 150)], INK)
    windows(cv, 200, 180, 8, 1, 22, 16, 16, 0, INK)
    door = region([(84, 176), (136, 176), (136, 250), (84, 250)])
    cv.fill(door, LIGHT)
    cv.hatch(door, spacing=5, angle=90, width=1.2, color=MID)
    star(cv, (110, 140), 12, RED)
    _field(cv, horizon, AGED, 0.45)
    for x in range(0, 640, 34):
        cv.rect(x, horizon - 20, 4, 36, INK)
    cv.rect(0, horizon - 12, 640, 3, INK)
    cv.rect(0, horizon + 2, 640, 3, INK)
    _cow(cv, 150, 360, 1.9)
    for x, s in ((500, 1.0), (570, 0.9), (440, 0.85)):
        _churn(cv, x, 384 - (1 - s) * 40, s)


def factory(cv: Canvas) -> None:
    horizon = 300
    sky(cv, horizon, top=0.55, bottom=0.1)
    # Chimneys with their smoke, blown to the right.
    for x, top, w in ((300, 90, 26), (360, 120, 22), (420, 76, 28), (480, 130, 20), (560, 100, 24)):
        smoke = Region()
        puffs(smoke, smoke_column((x, top), 70, 3.0, w * 0.5, w * 1.2, 12))
        cv.fill(smoke, LIGHT)
        cv.halftone(smoke, const(0.25), spacing=4)
        cv.poly([(x - w * 0.5, top), (x + w * 0.5, top), (x + w * 0.7, horizon),
                 (x - w * 0.7, horizon)], INK)
        for k in range(3):
            cv.rect(x - w * 0.55, top + 14 + k * 16, w * 1.1, 5, MID)
    # The shop halls with saw-tooth roofs and rows of lit windows.
    x = 240
    while x < 640:
        cv.poly([(x, 230), (x + 50, 190), (x + 50, 230)], INK)
        cv.poly([(x + 8, 226), (x + 46, 196), (x + 46, 226)], MID)
        x += 50
    cv.rect(240, 226, 400, 120, INK)
    windows(cv, 256, 246, 9, 2, 26, 18, 17, 10, MID)
    # The steelworks floor: a ladle pours a stream of molten steel; sparks fly.
    floor = Region()
    floor.rect(0, 330, 640, 80)
    cv.fill(floor, INK)
    cv.line((150, 11), (150, 70), 3)
    cv.line((96, 70), (204, 70), 4)
    cv.line((100, 70), (80, 120), 3)
    cv.line((200, 70), (212, 150), 3)
    ladle = [(60, 110), (200, 150), (186, 250), (90, 240)]
    cv.poly(ladle, INK)
    cv.poly([(202, 146), (224, 152), (214, 166), (198, 160)], INK)
    glow = Region()
    glow.ellipse(170, 340, 150, 44)
    cv.halftone(glow, radial((170, 340), 150, 1.0, 0.1), RED, spacing=6)
    cv.poly([(214, 160), (226, 166), (196, 330), (176, 330)], RED)
    cv.ellipse(186, 334, 60, 12, RED)
    for k in range(26):
        a = math.radians(-170 + k * 6.5)
        r = 30 + (k * 37) % 70
        p = (186 + math.cos(a) * r * 1.6, 326 + math.sin(a) * r * 0.9)
        cv.circle(p, 2.5 if k % 3 else 3.5, RED)
    cv.rect(116, 334, 140, 44, INK)  # the ingot mould, filling
    cv.rect(124, 334, 124, 8, RED)


def _fridge(cv: Canvas, x: float, y: float, w: float, h: float) -> None:
    """A rounded white refrigerator of the late fifties with a chrome handle and a badge."""
    cv.poly(cv.arc_pts((x + 20, y + 20), 20, 20, 180, 270)
            + cv.arc_pts((x + w - 20, y + 20), 20, 20, 270, 360)
            + [(x + w, y + h), (x, y + h)], INK)
    x1, y1, w1 = x + 4, y + 4, w - 8
    cv.poly(cv.arc_pts((x1 + 17, y1 + 17), 17, 17, 180, 270)
            + cv.arc_pts((x1 + w1 - 17, y1 + 17), 17, 17, 270, 360)
            + [(x1 + w1, y + h - 22), (x1, y + h - 22)], PAPER)
    shade = Region()
    shade.rect(x + w - 34, y + 4, 30, h - 26)
    cv.halftone(shade, linear((x + w - 34, 0), (x + w - 4, 0), 0.05, 0.6), spacing=4)
    cv.rect(x + 4, y + h * 0.72, w - 8, 3, MID)
    cv.rect(x + w - 30, y + h * 0.3, 10, 52, INK)
    cv.rect(x + w - 28, y + h * 0.3 + 4, 6, 44, LIGHT)
    cv.ellipse(x + w / 2 - 8, y + 40, 22, 8, RED)
    cv.rect(x + 10, y + h - 18, w - 20, 6, MID)


def _radio(cv: Canvas, x: float, y: float, w: float, h: float) -> None:
    """A table radio: a red cabinet, a cloth speaker grille, a dial and two knobs."""
    cv.rect(x, y, w, h, INK)
    cv.poly(cv.arc_pts((x + w / 2, y + 10), w / 2, 22, 180, 360), INK)
    cv.rect(x + 5, y + 5, w - 10, h - 10, RED)
    cv.poly(cv.arc_pts((x + w / 2, y + 10), w / 2 - 5, 17, 180, 360), RED)
    grille = Region()
    grille.rect(x + 14, y + 10, w * 0.55, h - 44)
    cv.fill(grille, LIGHT)
    cv.hatch(grille, spacing=4, angle=90, width=1.5)
    cv.rect(x + 14 + w * 0.55 + 10, y + 12, w * 0.28, h - 48, PAPER)
    for k in range(6):
        cv.line((x + 24 + w * 0.55 + k * 6, y + 16), (x + 24 + w * 0.55 + k * 6, y + h - 42),
                1, INK)
    cv.line((x + 36 + w * 0.55, y + 14), (x + 32 + w * 0.55, y + h - 40), 2, RED)
    for k in range(2):
        cv.circle((x + 30 + k * (w - 60), y + h - 18), 9, INK)
        cv.circle((x + 30 + k * (w - 60), y + h - 18), 4, MID)


def consumer_goods(cv: Canvas) -> None:
    wall = Region()
    wall.rect(0, 0, 640, 400)
    cv.fill(wall, LIGHT)
    cv.halftone(wall, radial((300, 120), 520, 0.05, 0.55), spacing=6)
    cv.rect(0, 340, 640, 70, MID)
    cv.hatch(region([(0, 340), (640, 340), (640, 400), (0, 400)]), spacing=6, angle=0, width=1.2)
    # Shelves on the right, stocked with tins, jars and boxes.
    for y in (130, 230):
        cv.rect(390, y, 240, 10, INK)
        cv.rect(390, y + 10, 240, 5, MID)
    for k, x in enumerate(range(400, 620, 36)):
        cv.rect(x, 92, 28, 38, MID if k % 2 else INK)
        cv.rect(x, 104, 28, 12, PAPER if k % 2 else AGED)
        cv.ellipse(x + 14, 92, 14, 4, INK)
    for k, x in enumerate(range(398, 620, 46)):
        cv.rect(x, 176, 38, 54, INK if k % 2 else MID)
        cv.rect(x + 6, 186, 26, 18, PAPER if k % 2 else LIGHT)
        cv.rect(x + 9, 168, 20, 8, INK)
    # The counter with the radio on it; the refrigerator on the left.
    cv.rect(180, 264, 460, 80, INK)
    cv.rect(180, 258, 460, 10, MID)
    cv.hatch(region([(196, 276), (624, 276), (624, 334), (196, 334)]), spacing=5, angle=90,
             width=1.5, color=MID)
    _radio(cv, 226, 150, 150, 108)
    _fridge(cv, 40, 70, 130, 290)
    cv.ellipse(105, 364, 80, 8, INK)


def _prefab_block(cv: Canvas, x: float, base: float, w: float, floors: int,
                  color: Color = PAPER, rows: int = 5) -> None:
    """A five-storey panel block: a flat roof, a grid of windows, panel seams, entrances."""
    fh = 26
    h = floors * fh + 8
    cv.rect(x - 3, base - h - 6, w + 6, 6, INK)
    cv.rect(x, base - h, w, h, color)
    cols = int(w // 30)
    for f in range(floors):
        y = base - h + 8 + f * fh
        cv.rect(x, y - 1, w, 1.5, MID)
        for c in range(cols):
            wx = x + 8 + c * 30
            cv.rect(wx, y + 5, 14, 13, INK)
            cv.rect(wx + 6, y + 5, 2, 13, MID)
    for c in range(0, cols, 4):
        cv.rect(x + 8 + c * 30 + 30, base - 18, 16, 18, INK)
        cv.rect(x + 5 + c * 30 + 30, base - 22, 22, 4, INK)
    shade = Region()
    shade.rect(x + w - 22, base - h, 22, h)
    cv.halftone(shade, const(0.4), spacing=4)


def _tower_crane(cv: Canvas, mast_x: float, base: float, top: float, jib_l: float, jib_r: float,
                 hook: float, color: Color = RED) -> None:
    """A tower crane: a lattice mast, a long jib with its counterweight, a load on the hook."""
    w = 14
    cv.line((mast_x - w / 2, base), (mast_x - w / 2, top), 3, color)
    cv.line((mast_x + w / 2, base), (mast_x + w / 2, top), 3, color)
    y = base
    while y > top + 12:
        cv.line((mast_x - w / 2, y), (mast_x + w / 2, y - 12), 1.5, color)
        cv.line((mast_x - w / 2, y - 12), (mast_x + w / 2, y - 12), 1.5, color)
        y -= 12
    cv.poly([(mast_x - 5, top - 36), (mast_x + 5, top - 36), (mast_x + 8, top),
             (mast_x - 8, top)], color)
    cv.line((mast_x - jib_l, top), (mast_x + jib_r, top), 4, color)
    cv.line((mast_x - jib_l, top + 10), (mast_x + jib_r * 0.9, top + 8), 2, color)
    x = mast_x - jib_l
    while x < mast_x + jib_r * 0.9:
        cv.line((x, top), (x + 10, top + 9), 1.3, color)
        x += 12
    cv.line((mast_x, top - 36), (mast_x + jib_r, top), 1.2, INK)
    cv.line((mast_x, top - 36), (mast_x - jib_l, top), 1.2, INK)
    cv.rect(mast_x - jib_l, top + 2, 28, 20, INK)
    cv.rect(mast_x + 8, top + 4, 18, 16, INK)
    hx = mast_x + jib_r * 0.7
    cv.line((hx, top + 4), (hx, hook), 1.4, INK)
    cv.line((hx, hook), (hx - 26, hook + 18), 1.2, INK)
    cv.line((hx, hook), (hx + 26, hook + 18), 1.2, INK)
    cv.rect(hx - 32, hook + 18, 64, 24, PAPER)
    cv.polyline([(hx - 32, hook + 18), (hx + 32, hook + 18), (hx + 32, hook + 42),
                 (hx - 32, hook + 42), (hx - 32, hook + 18)], 2)
    cv.rect(hx - 20, hook + 24, 14, 12, INK)
    cv.rect(hx + 6, hook + 24, 14, 12, INK)


def housing(cv: Canvas) -> None:
    horizon = 330
    cv.rays((200, 330), 30, LIGHT)
    sky(cv, horizon, top=0.15)
    _prefab_block(cv, 24, horizon - 60, 220, 5, LIGHT)
    _prefab_block(cv, 430, horizon - 40, 190, 5, LIGHT)
    _prefab_block(cv, 120, horizon + 10, 300, 5)
    # The next block going up: three floors done, the panels for the fourth arriving.
    _prefab_block(cv, 440, horizon + 30, 180, 3, AGED)
    _tower_crane(cv, 410, horizon + 30, 60, 90, 200, 120)
    ground = Region()
    ground.rect(0, horizon + 10, 640, 80)
    cv.fill(ground, MID)
    cv.hatch(ground, spacing=5, angle=0, width=1.0)
    for x in range(30, 640, 52):
        cv.line((x, horizon + 40), (x, horizon + 24), 2)
        cv.circle((x, horizon + 20), 7, INK)


def bread_queue(cv: Canvas) -> None:
    horizon = 330
    sky_r = Region()
    sky_r.rect(0, 0, 640, horizon)
    cv.fill(sky_r, LIGHT)
    cv.halftone(sky_r, linear((0, 0), (0, horizon), 0.45, 0.1), spacing=6)
    # Buildings down the street, then the shop itself on the right.
    cv.rect(0, 120, 120, 210, LIGHT)
    windows(cv, 14, 140, 3, 5, 22, 18, 14, 20, MID)
    cv.rect(120, 160, 220, 170, LIGHT)
    windows(cv, 134, 176, 6, 4, 20, 16, 16, 22, MID)
    facade = region([(360, 40), (640, 40), (640, 340), (360, 340)])
    cv.fill(facade, MID)
    cv.halftone(facade, linear((360, 0), (640, 0), 0.15, 0.5), spacing=5)
    cv.rect(356, 34, 288, 10, INK)
    cv.rect(392, 72, 224, 70, RED)  # the shop sign, with a loaf painted on it
    cv.ellipse(504, 108, 56, 22, PAPER)
    for k in range(-2, 3):
        cv.line((504 + k * 18 - 6, 96), (504 + k * 18 + 6, 120), 3, RED)
    cv.rect(400, 170, 86, 110, LIGHT)
    cv.hatch(region([(400, 170), (486, 170), (486, 280), (400, 280)]), spacing=6, angle=60,
             width=1.0, color=MID)
    cv.rect(520, 168, 70, 162, INK)
    cv.rect(526, 176, 58, 60, LIGHT)
    cv.rect(510, 326, 90, 8, MID)
    pavement = Region()
    pavement.rect(0, horizon, 640, 80)
    cv.fill(pavement, AGED)
    cv.hatch(pavement, spacing=7, angle=0, width=1.0, color=MID)
    # The queue: people in coats and headscarves, nearest at the door, the tail far off.
    hats = ("scarf", "ushanka", "fedora", "scarf", "cap", "scarf", "fedora", "ushanka", "scarf",
            "cap", "scarf")
    x, h = 492, 150
    for k, hat in enumerate(hats):
        person(cv, x, horizon + 30 - k * 2.5, h, hat, INK, coat=1.0 if k % 3 else 0.85)
        x -= h * 0.3 + 6
        h *= 0.93
    cv.rect(560, 240, 4, 100, INK)  # a lamp post by the door
    cv.poly([(548, 240), (576, 240), (570, 226), (554, 226)], INK)


def _vise(cv: Canvas, x: float, top: float) -> None:
    """A bench vise, painted red, its jaws closed on a block of wood."""
    cv.rect(x, top + 20, 90, 36, RED)
    cv.rect(x - 6, top, 36, 48, RED)
    cv.rect(x + 60, top, 36, 48, RED)
    cv.rect(x + 30, top + 6, 30, 14, AGED)
    cv.hatch(region([(x + 30, top + 6), (x + 60, top + 6), (x + 60, top + 20), (x + 30, top + 20)]),
             spacing=3, angle=0, width=1.0, color=MID)
    cv.line((x + 96, top + 34), (x + 150, top + 34), 6)
    cv.line((x + 150, top + 10), (x + 150, top + 58), 5)
    cv.rect(x + 10, top + 60, 70, 8, INK)


def _hammer(cv: Canvas, x: float, y: float, s: float, color: Color = INK) -> None:
    """A hammer hanging head-up at (x, y)."""
    cv.rect(x - 3 * s, y, 6 * s, 70 * s, MID if color == INK else color)
    cv.rect(x - 16 * s, y - 8 * s, 32 * s, 12 * s, color)
    cv.poly([(x + 16 * s, y - 8 * s), (x + 24 * s, y - 4 * s), (x + 16 * s, y + 4 * s)], color)


def _wrench(cv: Canvas, x: float, y: float, s: float) -> None:
    cv.line((x, y + 10 * s), (x, y + 70 * s), 7 * s)
    for end, flip in ((y, -1), (y + 80 * s, 1)):
        cv.circle((x, end), 10 * s, INK)
        cv.rect(x - 4 * s, end - (4 * s if flip < 0 else -4 * s) - 8 * s, 8 * s, 8 * s, MID)


def _saw(cv: Canvas, x: float, y: float, s: float) -> None:
    teeth = [(x + k * 6 * s + (3 * s if k % 2 else 0), y + 80 * s + (5 * s if k % 2 else 0))
             for k in range(8)]
    cv.poly([(x, y + 10 * s), (x + 44 * s, y + 24 * s)] + teeth[::-1], LIGHT)
    cv.polyline([(x, y + 10 * s), (x + 44 * s, y + 24 * s), (x + 45 * s, y + 80 * s)], 2)
    cv.rect(x - 6 * s, y - 14 * s, 26 * s, 26 * s, INK)
    cv.rect(x + 1 * s, y - 6 * s, 12 * s, 10 * s, MID)


def school(cv: Canvas) -> None:
    wall = Region()
    wall.rect(0, 0, 640, 400)
    cv.fill(wall, LIGHT)
    cv.halftone(wall, linear((0, 0), (0, 260), 0.35, 0.05), spacing=6)
    # The blackboard: a chalk drawing of a gear and a bolt, measured but unlabelled.
    bx, by = 330, 30
    cv.rect(bx, by, 290, 170, MID)
    cv.rect(bx + 10, by + 10, 270, 150, INK)
    gc = (bx + 85, by + 85)
    gear(cv, gc, 52, 12, LIGHT, hole=INK)
    cv.circle(gc, 26, INK)
    cv.ring(gc, 17, 2, LIGHT)
    cv.line((gc[0], gc[1] - 65), (gc[0], gc[1] + 65), 1.2, LIGHT)
    cv.line((gc[0] - 65, gc[1]), (gc[0] + 65, gc[1]), 1.2, LIGHT)
    cv.rect(bx + 180, by + 50, 80, 14, LIGHT)
    cv.rect(bx + 184, by + 54, 72, 6, INK)
    for k in range(6):
        cv.line((bx + 186 + k * 11, by + 54), (bx + 192 + k * 11, by + 60), 1.5, LIGHT)
    cv.rect(bx + 166, by + 44, 16, 26, LIGHT)
    cv.polyline([(bx + 170, by + 110), (bx + 170, by + 130), (bx + 260, by + 130),
                 (bx + 260, by + 110)], 1.2, LIGHT)
    cv.rect(bx + 10, by + 160, 270, 8, MID)
    # A tool board: hammer, spanner, saw.
    cv.rect(24, 36, 140, 176, AGED)
    _hammer(cv, 50, 66, 1.1)
    _wrench(cv, 92, 62, 1.0)
    _saw(cv, 122, 76, 0.6)
    # A pupil in a school cap at the vise, filing.
    person(cv, 236, 450, 320, "cap", INK)
    cv.line((244, 196), (300, 238), 16)
    cv.circle((302, 240), 10, INK)
    cv.line((290, 226), (356, 222), 5, INK)
    # The workbench, with the vise, a hammer, a file and a set square.
    cv.rect(0, 270, 640, 20, MID)
    cv.hatch(region([(0, 270), (640, 270), (640, 290), (0, 290)]), spacing=4, angle=0,
             width=1.0)
    cv.rect(0, 290, 640, 120, INK)
    for x in (60, 580):
        cv.rect(x - 14, 290, 28, 110, MID)
    _vise(cv, 290, 214)
    cv.poly([(456, 266), (456, 206), (502, 266)], PAPER)
    cv.polyline([(456, 266), (456, 206), (502, 266), (456, 266)], 2)
    cv.line((516, 264), (600, 256), 7, MID)
    cv.rect(592, 236, 18, 32, INK)
    cv.poly([(582, 238), (620, 238), (616, 248), (586, 248)], INK)


def _cypress(cv: Canvas, x: float, ground: float, h: float, color: Color = INK) -> None:
    """A Crimean cypress: a tall narrow flame, widest a third of the way up."""
    w = h * 0.09
    right = []
    for k in range(13):
        t = k / 12  # 0 at the tip, 1 at the foot
        bulge = math.sin(math.pi / 2 * t / 0.7) if t < 0.7 else 1.0 - (t - 0.7) / 0.3 * 0.6
        right.append((x + w * bulge * (1.0 if k % 2 else 0.9), ground - h + h * t))
    left = [(2 * x - px, py) for px, py in reversed(right)]
    cv.poly(right + left, color)
    cv.rect(x - 2, ground - 8, 4, 10, color)


def dacha(cv: Canvas) -> None:
    horizon = 214
    cv.rays((150, horizon), 26, LIGHT)
    cv.circle((150, horizon), 58, RED)
    sea = Region()
    sea.rect(0, horizon, 640, 200)
    cv.fill(sea, LIGHT)
    for k in range(14):
        y = horizon + 6 + k * k * 1.3 + k * 6
        x0 = (k * 53) % 90
        while x0 < 640:
            cv.poly(cv.arc_pts((x0, y), 10 + k * 1.6, 2 + k * 0.3, 180, 360), MID)
            x0 += 40 + k * 5
    cv.poly([(140, horizon + 4), (160, horizon + 4), (176, 390), (124, 390)], PAPER)
    # The mountains of the south coast, and the slope under the villa.
    cv.poly([(300, horizon), (380, 110), (440, 150), (520, 70), (640, 130), (640, horizon)], MID)
    cv.poly([(320, 400), (360, 300), (420, 268), (640, 250), (640, 400)], INK)
    # The villa: white walls, a colonnade, dark windows, a terrace with a balustrade.
    cv.rect(430, 160, 190, 100, PAPER)
    cv.rect(420, 150, 210, 12, INK)
    cv.rect(470, 120, 110, 32, PAPER)
    cv.rect(462, 112, 126, 10, INK)
    for k in range(6):
        cv.rect(446 + k * 30, 178, 10, 72, LIGHT)
        cv.rect(444 + k * 30, 174, 14, 6, INK)
    for k in range(5):
        cv.rect(460 + k * 30, 186, 14, 56, INK)
    for k in range(4):
        cv.rect(482 + k * 24, 128, 12, 18, INK)
    shade = Region()
    shade.rect(590, 160, 30, 100)
    cv.halftone(shade, const(0.35), spacing=4)
    cv.rect(380, 258, 260, 8, PAPER)
    for x in range(386, 640, 12):
        cv.rect(x, 266, 5, 22, PAPER)
    cv.rect(380, 286, 260, 6, PAPER)
    for x, h in ((412, 190), (378, 150), (352, 120), (612, 200)):
        _cypress(cv, x, 300, h)
    _cypress(cv, 40, 400, 290)
    _cypress(cv, 86, 400, 220, INK)


def _offices(cv: Canvas, p: tuple[float, float], s: float) -> None:
    """A regional economic council: a small public building with a pediment."""
    x, y = p
    cv.rect(x - 11 * s, y - 7 * s, 22 * s, 13 * s, PAPER)
    cv.poly([(x - 13 * s, y - 7 * s), (x, y - 15 * s), (x + 13 * s, y - 7 * s)], INK)
    for k in range(4):
        cv.rect(x - 9 * s + k * 5.5 * s, y - 5 * s, 2.4 * s, 10 * s, INK)
    cv.rect(x - 13 * s, y + 5 * s, 26 * s, 3 * s, INK)


# A rough outline of the Soviet Union: enough to read as 'the whole country', not a survey.
_LAND = [(30, 200), (60, 150), (50, 110), (110, 80), (150, 90), (200, 60), (260, 70), (300, 40),
         (360, 56), (420, 30), (480, 50), (540, 40), (600, 70), (628, 110), (600, 140),
         (612, 190), (570, 230), (560, 290), (520, 270), (480, 300), (420, 290), (360, 320),
         (300, 310), (240, 330), (190, 310), (150, 340), (110, 320), (90, 280), (50, 260)]


def sovnarkhoz(cv: Canvas) -> None:
    sea = Region()
    sea.rect(0, 0, 640, 400)
    cv.fill(sea, LIGHT)
    cv.hatch(sea, spacing=6, angle=0, width=1.2, color=MID)
    land = Region()
    land.poly(_LAND)
    cv.fill(land, INK)
    rng = cv.rng
    seeds: list[tuple[float, float]] = []
    while len(seeds) < 26:
        p = (rng.uniform(40, 620), rng.uniform(40, 330))
        if land.mask().get_at((int(p[0] * 2), int(p[1] * 2))) and all(
                math.hypot(p[0] - q[0], p[1] - q[1]) > 62 for q in seeds):
            seeds.append(p)
    cells = voronoi(seeds, (0, 0, 640, 400))
    shades = (PAPER, AGED, LIGHT)
    for k, cell in enumerate(cells):
        r = Region()
        r.poly(shrink(cell, 3.0))
        r.keep_inside(land)
        cv.fill(r, shades[k % 3])
        if k % 3 == 2:
            cv.halftone(r, const(0.2), spacing=4)
    # Each region's office linked to its neighbours; Moscow's star in the west.
    links = set()
    for i, p in enumerate(seeds):
        near = sorted(range(len(seeds)), key=lambda j: math.dist(p, seeds[j]))[1:4]
        for j in near:
            links.add((min(i, j), max(i, j)))
    for i, j in sorted(links):
        a, b = seeds[i], seeds[j]
        n = max(2, int(math.dist(a, b) / 10))
        for k in range(0, n, 2):
            t0, t1 = k / n, (k + 1) / n
            cv.line((a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0),
                    (a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1), 2.5, RED)
    moscow = min(seeds, key=lambda p: p[0] + abs(p[1] - 200) * 0.5)
    for p in seeds:
        if p is moscow:
            cv.circle(p, 18, PAPER)
            star(cv, p, 16, RED)
        else:
            _offices(cv, p, 1.1)


SCENES = {
    "wheat": wheat,
    "virgin-lands": virgin_lands,
    "drought": drought,
    "corn": corn,
    "livestock": livestock,
    "factory": factory,
    "consumer-goods": consumer_goods,
    "housing": housing,
    "bread-queue": bread_queue,
    "school": school,
    "dacha": dacha,
    "sovnarkhoz": sovnarkhoz,
}
