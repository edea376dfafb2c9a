"""Pictures of power at home: the Kremlin, the party, the police, the press, faith and letters."""

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
    Region,
    const,
    linear,
    radial,
    region,
)
from motifs import figure_front, officer_cap, sky, star


def _swallowtail_wall(cv: Canvas, x0: float, x1: float, top: float, color=INK) -> None:
    """The Kremlin wall: a long block crowned with forked merlons."""
    cv.rect(x0, top, x1 - x0, 400 - top, color)
    x = x0
    while x < x1:
        cv.poly([(x, top), (x, top - 16), (x + 6, top - 10), (x + 12, top - 16), (x + 12, top)],
                color)
        x += 20


def _tower(cv: Canvas, cx: float, base: float, w: float, body: float, spire: float,
           star_r: float) -> None:
    """A Kremlin tower: a square body, a narrower drum, a steep tent roof and a star."""
    cv.rect(cx - w / 2, base - body, w, body)
    drum_w = w * 0.72
    drum_h = body * 0.3
    cv.rect(cx - drum_w / 2, base - body - drum_h, drum_w, drum_h)
    roof = base - body - drum_h
    cv.poly([(cx - drum_w / 2 - 3, roof), (cx, roof - spire), (cx + drum_w / 2 + 3, roof)])
    # Pale slits: the windows of the drum.
    for i in (-1, 0, 1):
        cv.rect(cx + i * drum_w * 0.28 - 2, roof + drum_h * 0.25, 4, drum_h * 0.45, LIGHT)
    cv.line((cx, roof - spire), (cx, roof - spire - star_r * 0.9), 2)
    star(cv, (cx, roof - spire - star_r * 1.6), star_r, RED)


def kremlin(cv: Canvas) -> None:
    cx = 320
    cv.rays((cx, 48), 28, LIGHT)
    sky(cv, 300, top=0.16, bottom=0.0)
    _tower(cv, 95, 312, 60, 80, 70, 11)
    _tower(cv, 545, 312, 60, 80, 70, 11)
    _swallowtail_wall(cv, 0, 640, 300)
    # The Spasskaya tower: stacked tiers with a clock, pinnacles and the big star.
    cv.rect(cx - 56, 196, 112, 220)
    cv.rect(cx - 46, 146, 92, 52)
    for dx in (-52, 52):
        cv.poly([(cx + dx - 5, 198), (cx + dx, 166), (cx + dx + 5, 198)])
    cv.circle((cx, 172), 20, PAPER)
    cv.ring((cx, 172), 20, 3, INK)
    cv.line((cx, 172), (cx, 158), 2.5)
    cv.line((cx, 172), (cx + 9, 176), 2.5)
    cv.rect(cx - 36, 116, 72, 32)
    for i in (-1, 0, 1):
        cv.poly([(cx + i * 22 - 6, 144), (cx + i * 22 - 6, 128), (cx + i * 22, 122),
                 (cx + i * 22 + 6, 128), (cx + i * 22 + 6, 144)], LIGHT)
    cv.poly([(cx - 40, 118), (cx, 62), (cx + 40, 118)])
    # A gate arch at the tower's foot, lit from inside.
    cv.poly(cv.arc_pts((cx, 340), 20, 22, 180, 360) + [(cx + 20, 400), (cx - 20, 400)], MID)
    shade = Region()
    shade.poly([(cx + 4, 62), (cx + 40, 118), (cx + 46, 118), (cx + 46, 148), (cx + 56, 148),
                (cx + 56, 400), (cx + 24, 400), (cx + 24, 198)])
    cv.halftone(shade, const(0.25), MID, spacing=4)
    cv.line((cx, 64), (cx, 56), 2)
    star(cv, (cx, 40), 21, RED)
    cv.ring((cx, 40), 26, 1.5, RED)
    ground = Region()
    ground.rect(0, 372, 640, 40)
    cv.fill(ground, MID)
    cv.hatch(ground, spacing=4, angle=0, width=1.0)


def _wreath(cv: Canvas, c: tuple[float, float], rx: float, ry: float) -> None:
    """A funeral wreath: a thick ring of leaves, a red ribbon across it with long tails."""
    for side in (-1, 1):
        cv.poly([(c[0] + side * 10, c[1] + ry), (c[0] + side * 46, c[1] + ry + 84),
                 (c[0] + side * 32, c[1] + ry + 76), (c[0] + side * 22, c[1] + ry + 90),
                 (c[0] - side * 6, c[1] + ry + 6)], RED)
    ring = Region()
    ring.ellipse(c[0], c[1], rx + 16, ry + 16)
    ring.cut.ellipse(c[0], c[1], rx - 16, ry - 16)
    cv.fill(ring, INK)
    n = 30
    for i in range(n):
        a = 2 * math.pi * i / n
        for k, (off, turn, color) in enumerate(((8, 35, MID), (-8, -35, LIGHT))):
            b = a + k * 0.1
            p = (c[0] + (rx + off) * math.cos(b), c[1] + (ry + off) * math.sin(b))
            tilt = math.degrees(math.atan2(ry * math.cos(a), -rx * math.sin(a))) + turn
            cv.oval(p, 15, 5.5, tilt, color)
            t = math.radians(tilt)
            end = (p[0] + 10 * math.cos(t), p[1] + 10 * math.sin(t))
            cv.line(p, end, 1.2, INK)
    # The ribbon wound across the ring's foot.
    cv.poly([(c[0] - 40, c[1] + ry - 22), (c[0] - 16, c[1] + ry - 26), (c[0] + 36, c[1] + ry + 18),
             (c[0] + 12, c[1] + ry + 22)], RED)
    cv.ellipse(c[0], c[1] + ry, 14, 10, RED)


def funeral(cv: Canvas) -> None:
    back = Region()
    back.rect(0, 0, 640, 400)
    cv.fill(back, INK)
    cv.halftone(back, radial((320, 150), 300, 0.55, 0.0), MID, spacing=6)
    # Mourning banners: red with a black border, hanging at the sides.
    for x in (50, 530):
        cv.poly([(x, 0), (x + 60, 0), (x + 60, 320), (x + 30, 290), (x, 320)], INK)
        cv.poly([(x + 8, 0), (x + 52, 0), (x + 52, 302), (x + 30, 278), (x + 8, 302)], RED)
    # The portrait: a heavy frame round a faceless figure in a tunic, a silhouette.
    fx, fy, fw, fh = 235, 36, 170, 216
    cv.rect(fx - 14, fy - 14, fw + 28, fh + 28, AGED)
    cv.rect(fx - 8, fy - 8, fw + 16, fh + 16, INK)
    cv.rect(fx - 5, fy - 5, fw + 10, fh + 10, MID)
    cv.rect(fx, fy, fw, fh, LIGHT)
    inside = Region()
    inside.rect(fx, fy, fw, fh)
    cv.halftone(inside, linear((0, fy), (0, fy + fh), 0.05, 0.4), MID, spacing=4)
    bust = Region()
    bust.ellipse(320, 120, 32, 40)
    bust.poly([(302, 146), (338, 146), (344, 168), (296, 168)])
    bust.poly([(fx, fy + fh), (fx + 10, 190), (290, 166), (350, 166), (fx + fw - 10, 190),
               (fx + fw, fy + fh)])
    cv.fill(bust, MID)
    cv.halftone(bust, linear((260, 0), (390, 0), 0.15, 0.95), INK, spacing=4)
    cv.rect(308, 166, 24, 90, INK)  # the tunic's closed collar and front
    # Black crepe across the frame's upper corners.
    for sx in (-1, 1):
        cx = 320 + sx * (fw / 2 + 14)
        cv.poly([(cx, fy + 62), (cx, fy + 36), (cx - sx * 70, fy - 14),
                 (cx - sx * 100, fy - 14)], INK)
    _wreath(cv, (320, 276), 92, 60)


def arrest(cv: Canvas) -> None:
    # A dark room; a door thrown open onto a lit corridor.
    wall = Region()
    wall.rect(0, 0, 640, 270)
    cv.fill(wall, INK)
    floor = Region()
    floor.rect(0, 270, 640, 140)
    cv.fill(floor, MID)
    cv.hatch(floor, spacing=5, angle=0, width=1.6)
    dx0, dx1, dtop = 226, 414, 40
    cv.rect(dx0 - 10, dtop - 10, dx1 - dx0 + 20, 240, MID)  # the door frame
    cv.rect(dx0, dtop, dx1 - dx0, 230, PAPER)
    # Light spilling from the doorway onto the floor.
    cv.poly([(dx0, 270), (dx1, 270), (590, 400), (40, 400)], LIGHT)
    # The open door leaf, swung into the room.
    cv.poly([(dx1, dtop), (dx1 + 70, dtop - 18), (dx1 + 70, 300), (dx1, 270)], MID)
    cv.hatch(region([(dx1, dtop), (dx1 + 70, dtop - 18), (dx1 + 70, 300), (dx1, 270)]),
             spacing=4, angle=80, width=1.2)
    # Two officers in the doorway, lit from behind, and their long shadows.
    for x, h in ((276, 190), (364, 200)):
        cv.poly([(x - 16, 270), (x + 16, 270), (x + 76 + (x - 320) * 0.6, 400),
                 (x - 52 + (x - 320) * 0.6, 400)], INK)
        head = figure_front(cv, x, 270, h, INK)
        officer_cap(cv, head, h * 0.07, INK, RED)
    # Shoulder boards catch the light.
    for x, h in ((276, 190), (364, 200)):
        u = h / 100
        head_y = 270 - h + 13 * u
        for s in (-1, 1):
            cv.rect(x + s * 13 * u - 4 * u, head_y + 14 * u, 8 * u, 2.5 * u, RED)


def _hall_rows(cv: Canvas, rows: list[tuple[float, float, float]]) -> None:
    """Delegates seen from behind: rows of heads and shoulders (y, head radius, shade step)."""
    for n, (y, r, offset) in enumerate(rows):
        color = MID if n % 2 == 0 else INK
        x = -r * offset
        while x < 660:
            cv.ellipse(x, y + r * 2.1, r * 2.1, r * 1.3, color)
            cv.circle((x, y), r, color)
            x += r * 3.2
        cv.rect(0, y + r * 2.1, 640, 400, color)


def congress(cv: Canvas) -> None:
    stage = Region()
    stage.rect(0, 0, 640, 250)
    cv.fill(stage, LIGHT)
    cv.halftone(stage, linear((0, 0), (0, 250), 0.35, 0.05), spacing=6)
    # Banners from the ceiling and a great star in a roundel above the presidium.
    cv.rect(0, 11, 640, 30, RED)
    for x in (60, 150, 490, 580):
        cv.poly([(x - 22, 40), (x + 22, 40), (x + 22, 170), (x, 150), (x - 22, 170)], RED)
        cv.rect(x - 22, 40, 44, 4, INK)
    cv.circle((320, 110), 62, PAPER)
    cv.rays((320, 110), 24, LIGHT, reg=_disc(320, 110, 60))
    cv.ring((320, 110), 62, 4, INK)
    star(cv, (320, 112), 44, RED)
    # The presidium: a long table with a heavy cloth, people seated behind it.
    for i in range(13):
        x = 128 + i * 32
        cv.circle((x, 186), 8, INK)
        cv.ellipse(x, 204, 13, 10, INK)
    cv.rect(100, 200, 440, 46, MID)
    cv.hatch(region([(100, 200), (540, 200), (540, 246), (100, 246)]), spacing=4, angle=90,
             width=1.0)
    cv.rect(100, 200, 440, 6, INK)
    cv.rect(70, 246, 500, 12, INK)
    # The hall, packed, from behind.
    _hall_rows(cv, [(268, 7, 0.3), (288, 9, 1.1), (314, 11, 0.5), (346, 14, 1.3),
                    (386, 18, 0.2)])


def _disc(x: float, y: float, r: float) -> Region:
    d = Region()
    d.circle((x, y), r)
    return d


def _microphone(cv: Canvas, head: tuple[float, float], foot: tuple[float, float],
                r: float) -> None:
    """A period microphone: a capsule with a grille and a band, on a thin neck."""
    cv.line(foot, head, 3)
    cv.rect(foot[0] - 5, foot[1] - 8, 10, 8, INK)
    tilt = math.degrees(math.atan2(head[1] - foot[1], head[0] - foot[0]))
    cv.oval(head, r * 1.2 + 2, r + 2, tilt, INK)
    cv.oval(head, r * 1.2, r, tilt, MID)
    grille = Region()
    grille.oval(head, r * 1.2, r, tilt)
    cv.halftone(grille, const(0.45), spacing=3, angle=tilt)
    d = (math.cos(math.radians(tilt)), math.sin(math.radians(tilt)))
    band = (head[0] - d[0] * r * 0.5, head[1] - d[1] * r * 0.5)
    cv.line((band[0] - d[1] * r, band[1] + d[0] * r), (band[0] + d[1] * r, band[1] - d[0] * r),
            4, INK)
    cv.oval((head[0] + d[0] * r * 0.6 - d[1] * r * 0.3, head[1] + d[1] * r * 0.6 + d[0] * r * 0.3),
            r * 0.35, r * 0.18, tilt, LIGHT)


def speech(cv: Canvas) -> None:
    # A curtain of heavy folds behind the rostrum, lit in the middle.
    curtain = Region()
    curtain.rect(0, 0, 640, 400)
    cv.fill(curtain, MID)
    for i in range(17):
        x = i * 40
        fold = Region()
        fold.poly([(x, 0), (x + 22, 0), (x + 26, 400), (x + 4, 400)])
        light = 0.35 + 0.55 * min(1.0, abs(x + 12 - 320) / 300)
        cv.halftone(fold, linear((x, 0), (x + 22, 0), light, 0.15), spacing=4)
    cv.rect(0, 11, 640, 24, INK)
    for x in range(0, 640, 40):
        cv.poly(cv.arc_pts((x + 20, 34), 20, 12, 0, 180), INK)
    # The rostrum: a red front with a star, its top edge and its shadow.
    cv.poly([(170, 232), (470, 232), (450, 400), (190, 400)], RED)
    side = Region()
    side.poly([(400, 232), (470, 232), (450, 400), (410, 400)])
    cv.halftone(side, const(0.35), spacing=4)
    cv.rect(150, 218, 340, 16, INK)
    cv.rect(160, 234, 320, 6, INK)
    emblem = (320, 312)
    cv.circle(emblem, 42, PAPER)
    cv.ring(emblem, 42, 3, INK)
    star(cv, emblem, 32, RED)
    # Microphones on stalks, bunched where the speaker will stand.
    for head, foot, r in (((258, 150), (290, 218), 15), ((314, 128), (314, 218), 17),
                          ((372, 146), (340, 218), 15), ((216, 184), (272, 218), 11),
                          ((420, 184), (362, 218), 11)):
        _microphone(cv, head, foot, r)
    # A glass of water on the ledge.
    cv.poly([(440, 186), (458, 186), (456, 218), (442, 218)], LIGHT)
    cv.rect(442, 202, 14, 16, PAPER)
    cv.polyline([(440, 186), (442, 218), (456, 218), (458, 186)], 1.5)


def _raised_hand(cv: Canvas, x: float, base: float, s: float, color, card: bool) -> None:
    """An arm raised for the vote, the fist holding up a red party card."""
    top = base - 150 * s
    cv.poly([(x - 12 * s, base), (x + 12 * s, base), (x + 9 * s, top + 40 * s),
             (x - 9 * s, top + 40 * s)], color)
    if card:
        cv.poly([(x - 15 * s, top + 22 * s), (x + 13 * s, top + 18 * s), (x + 10 * s, top - 20 * s),
                 (x - 17 * s, top - 16 * s)], RED)
        cv.line((x - 14 * s, top - 4 * s), (x + 11 * s, top - 8 * s), 2 * s, INK)
    cv.poly([(x - 11 * s, top + 44 * s), (x - 12 * s, top + 18 * s), (x - 6 * s, top + 12 * s),
             (x + 10 * s, top + 12 * s), (x + 13 * s, top + 22 * s), (x + 10 * s, top + 44 * s)],
            color)
    cv.poly([(x - 12 * s, top + 24 * s), (x - 19 * s, top + 16 * s), (x - 16 * s, top + 8 * s),
             (x - 8 * s, top + 16 * s)], color)


def ballot(cv: Canvas) -> None:
    cv.rays((320, 470), 36, LIGHT)
    sky(cv, 300, top=0.12, bottom=0.0)
    # Rows of delegates, each with an arm up; the far row paler and smaller.
    rows = ((250, 0.62, MID, 58, 10), (352, 0.95, INK, 100, 40))
    for base, s, color, step, offset in rows:
        people = Region()
        x = offset
        i = 0
        while x < 680:
            people.circle((x, base - 4 * s), 22 * s)
            people.ellipse(x, base + 44 * s, 40 * s, 32 * s)
            people.rect(x - 40 * s, base + 44 * s, 80 * s, 80 * s)
            if i % 4 != 3:  # not every hand is up at once
                _raised_hand(cv, x + 30 * s, base + 40 * s + (i % 3) * 6 * s, s, color, card=True)
            x += step
            i += 1
        cv.fill(people, color)


def _barbed_wire(cv: Canvas, a: tuple[float, float], b: tuple[float, float],
                 width: float = 1.5, barb_every: float = 22) -> None:
    cv.line(a, b, width)
    length = math.hypot(b[0] - a[0], b[1] - a[1])
    n = int(length / barb_every)
    for i in range(1, n + 1):
        t = i / (n + 1)
        x, y = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        cv.line((x - 3, y - 3), (x + 3, y + 3), width)
        cv.line((x - 3, y + 3), (x + 3, y - 3), width)


def gulag_release(cv: Canvas) -> None:
    horizon = 250
    sun_c = (320, horizon)
    cv.rays(sun_c, 30, LIGHT)
    cv.circle(sun_c, 54, RED)
    land = Region()
    land.rect(0, horizon, 640, 200)
    cv.fill(land, MID)
    cv.halftone(land, linear((0, horizon), (0, 400), 0.2, 0.7), spacing=5)
    # The road out, running to the sunrise.
    cv.poly([(300, horizon), (340, horizon), (470, 400), (170, 400)], LIGHT)
    cv.poly([(318, horizon), (322, horizon), (330, 400), (310, 400)], AGED)
    # A watchtower left behind.
    cv.line((78, 250), (92, 120), 4)
    cv.line((128, 250), (114, 120), 4)
    cv.line((80, 230), (126, 180), 2)
    cv.line((126, 230), (80, 180), 2)
    cv.rect(80, 98, 46, 26)
    cv.poly([(72, 100), (103, 76), (134, 100)])
    # The fence: posts and barbed wire, cut and gone at the gate.
    for x0, x1 in ((0, 196), (444, 640)):
        for x in range(int(x0) + 18, int(x1), 58):
            cv.rect(x - 4, 200, 8, 130, INK)
        for k in range(5):
            y = 212 + k * 24
            _barbed_wire(cv, (x0, y), (x1, y))
    # The gate leaves, swung wide open towards us.
    for side in (-1, 1):
        hinge = 320 + side * 124
        cv.rect(hinge - 6, 176, 12, 170, INK)
        far = hinge + side * 120
        leaf = [(hinge, 190), (far, 216), (far, 372), (hinge, 334)]
        cv.polyline(leaf + [leaf[0]], 6)
        cv.line(leaf[0], leaf[2], 5)
        for k in range(1, 5):
            t = k / 5
            y0 = 190 + (334 - 190) * t
            y1 = 216 + (372 - 216) * t
            _barbed_wire(cv, (hinge, y0), (far, y1), 1.4, 18)
    # Loose wire ends curling from the gap.
    for side in (-1, 1):
        pts = [(320 + side * (124 - 10 * k) + side * 4 * math.sin(k), 236 + 14 * math.cos(k * 1.3))
               for k in range(7)]
        cv.polyline(pts, 1.5)


def books(cv: Canvas) -> None:
    wall = Region()
    wall.rect(0, 0, 640, 270)
    cv.fill(wall, LIGHT)
    cv.halftone(wall, radial((420, 60), 520, 0.0, 0.5), spacing=6)
    desk = Region()
    desk.rect(0, 270, 640, 140)
    cv.fill(desk, MID)
    cv.hatch(desk, spacing=4, angle=-8, width=1.2)
    cv.rect(0, 266, 640, 6, INK)
    # A stack of books, spines towards us; one red.
    stack = ((40, 270, 190, 30, INK), (52, 240, 170, 30, MID), (34, 214, 196, 26, RED),
             (60, 182, 160, 32, INK), (46, 156, 180, 26, MID))
    for x, y, w, h, color in stack:
        cv.rect(x, y - h, w, h, color)
        band = PAPER if color in (INK, RED) else INK
        cv.rect(x + 16, y - h + 5, 4, h - 10, band)
        cv.rect(x + w - 22, y - h + 5, 4, h - 10, band)
        cv.rect(x + 40, y - h * 0.62, w - 90, h * 0.24, band)
    # An open book with lines of type (too small to read) and its shadow.
    cv.poly([(250, 290), (420, 300), (420, 176), (250, 168)], INK)
    for side in (-1, 1):
        spine = 332
        pts = [(spine, 182)] + [(spine + side * 86 * t, 182 - 14 * math.sin(t * math.pi) - 4 * t)
                                for t in (0.2, 0.5, 0.8, 1.0)]
        pts += [(spine + side * 86, 286), (spine, 298)]
        cv.poly(pts, PAPER)
        for k in range(13):
            y = 194 + k * 7
            x0, x1 = spine + side * 10, spine + side * (74 if k % 5 != 4 else 40)
            cv.line((x0, y + abs(x0 - spine) * 0.02), (x1, y - 6 + abs(x1 - spine) * 0.04), 2,
                    MID)
    cv.line((332, 182), (332, 298), 2)
    # A manuscript: handwritten sheets with a pen lying across them.
    sheet = [(450, 300), (610, 286), (596, 160), (440, 170)]
    cv.poly([(p[0] + 6, p[1] + 6) for p in sheet], INK)
    cv.poly(sheet, PAPER)
    for k in range(11):
        y = 184 + k * 10
        pts = [(454 + j * 13, y + 5 * 0.0 + 2.5 * math.sin(j * 1.9 + k) - j * 0.8 + k * 0.2)
               for j in range(11)]
        cv.polyline(pts, 1.4)
    cv.line((470, 318), (606, 236), 6)
    cv.poly([(606, 236), (622, 226), (610, 240)], INK)
    cv.line((470, 318), (488, 307), 7, RED)
    # The inkwell.
    cv.rect(236, 240, 40, 30, INK)
    cv.rect(246, 230, 20, 12, MID)


def _onion(cv: Canvas, cx: float, base: float, w: float, h: float, color) -> None:
    """An onion dome on its drum, with a three-barred cross."""
    prof = [(0.5, 0.0), (0.64, 0.18), (0.64, 0.36), (0.5, 0.56), (0.28, 0.74), (0.12, 0.86),
            (0.04, 0.95), (0.0, 1.0)]
    right = [(cx + w * a, base - h * b) for a, b in prof]
    left = [(cx - w * a, base - h * b) for a, b in reversed(prof)]
    cv.poly(right + left, color)
    cv.rect(cx - w * 0.55, base - 2, w * 1.1, 5, INK)
    top = base - h
    cv.line((cx, top + 2), (cx, top - h * 0.5), 3)
    cv.line((cx - h * 0.14, top - h * 0.32), (cx + h * 0.14, top - h * 0.32), 3)
    cv.line((cx - h * 0.08, top - h * 0.43), (cx + h * 0.08, top - h * 0.43), 2)
    cv.line((cx - h * 0.1, top - h * 0.14), (cx + h * 0.1, top - h * 0.2), 2.5)


def church(cv: Canvas) -> None:
    horizon = 330
    cv.rays((320, 150), 24, LIGHT)
    sky(cv, horizon, top=0.2)
    snow = Region()
    snow.rect(0, horizon, 640, 80)
    cv.fill(snow, PAPER)
    cv.halftone(snow, linear((0, horizon), (0, 400), 0.0, 0.3), spacing=5)
    # The bell tower with its tent roof.
    cv.rect(470, 130, 60, 210)
    cv.rect(478, 100, 44, 32)
    cv.poly([(472, 102), (500, 20), (528, 102)])
    for y in (150, 210):
        cv.poly(cv.arc_pts((500, y + 14), 10, 14, 180, 360) + [(510, y + 38), (490, y + 38)],
                LIGHT)
    _onion(cv, 500, 24, 22, 26, INK)
    # The church: a block with rounded gables, five drums with their domes.
    cv.rect(170, 210, 280, 130)
    for x in (205, 275, 345, 415):
        cv.poly(cv.arc_pts((x, 212), 35, 30, 180, 360), INK)
    for x, y, w in ((222, 130, 42), (398, 130, 42), (260, 120, 48), (360, 120, 48)):
        cv.rect(x - w * 0.4, y, w * 0.8, 210 - y)
        _onion(cv, x, y, w, w * 1.2, MID if x in (222, 398) else INK)
    cv.rect(282, 110, 76, 100)
    _onion(cv, 320, 112, 70, 84, RED)
    shade = Region()
    shade.rect(400, 180, 50, 160)
    cv.halftone(shade, const(0.3), MID, spacing=4)
    # Tall narrow windows and the door.
    for x in (200, 240, 380, 420):
        cv.poly(cv.arc_pts((x, 258), 7, 8, 180, 360) + [(x + 7, 290), (x - 7, 290)], LIGHT)
    cv.poly(cv.arc_pts((320, 282), 22, 24, 180, 360) + [(342, 340), (298, 340)], MID)
    for x in (292, 348):
        cv.poly(cv.arc_pts((x, 150), 6, 8, 180, 360) + [(x + 6, 180), (x - 6, 180)], LIGHT)


def _type_block(cv: Canvas, to_page, x: float, y: float, w: float, lines: int,
                gap: float = 6.0, width: float = 1.6) -> None:
    """Grey lines standing for a column of small print, never legible."""
    for k in range(lines):
        end = w if (k + 1) % 6 else w * 0.55
        cv.line(to_page(x, y + k * gap), to_page(x + end, y + k * gap), width, MID)


def newspaper(cv: Canvas) -> None:
    table = Region()
    table.rect(0, 0, 640, 400)
    cv.fill(table, MID)
    cv.hatch(table, spacing=5, angle=20, width=1.6)
    ang = math.radians(-6)
    ox, oy = 120, 42

    def to_page(u: float, v: float) -> tuple[float, float]:
        ca, sa = math.cos(ang), math.sin(ang)
        return (ox + u * ca - v * sa, oy + u * sa + v * ca)

    def page_rect(u: float, v: float, w: float, h: float, color) -> None:
        cv.poly([to_page(u, v), to_page(u + w, v), to_page(u + w, v + h), to_page(u, v + h)],
                color)

    page_rect(10, 12, 420, 340, INK)  # the shadow under the sheet
    page_rect(0, 0, 420, 340, PAPER)
    # Masthead: a black block with a red star and two badges, the headline band below.
    page_rect(20, 16, 380, 40, INK)
    cv.poly(star_points_on(to_page(46, 36), 17), RED)
    cv.circle(to_page(372, 36), 12, RED)
    page_rect(20, 62, 380, 3, INK)
    page_rect(20, 72, 380, 20, RED)
    page_rect(20, 98, 380, 2, INK)
    # A photograph block in halftone: factory chimneys against a bright sky.
    px, py, pw, ph = 20, 110, 180, 110
    photo = Region()
    photo.poly([to_page(px, py), to_page(px + pw, py), to_page(px + pw, py + ph),
                to_page(px, py + ph)])
    cv.halftone(photo, linear(to_page(0, py), to_page(0, py + ph), 0.15, 0.6), spacing=4,
                angle=39)
    for u, h in ((50, 80), (80, 95), (130, 70)):
        page_rect(px + u, py + ph - h, 12, h, INK)
    page_rect(px, py + ph - 24, pw, 24, INK)
    # Columns of type.
    for col in range(2):
        _type_block(cv, to_page, 214 + col * 96, 114, 86, 18)
    for col in range(4):
        page_rect(20 + col * 96, 232, 70, 7, INK)
        _type_block(cv, to_page, 20 + col * 96, 248, 86, 15)
    for col in range(1, 4):
        page_rect(20 + col * 96 - 6, 232, 1.2, 100, MID)
    # The fold across the middle of the page.
    page_rect(0, 226, 420, 2, LIGHT)


def star_points_on(c: tuple[float, float], r: float) -> list[tuple[float, float]]:
    from motifs import star_points

    return star_points(c, r)


SCENES = {
    "kremlin": kremlin,
    "funeral": funeral,
    "arrest": arrest,
    "congress": congress,
    "speech": speech,
    "ballot": ballot,
    "gulag-release": gulag_release,
    "books": books,
    "church": church,
    "newspaper": newspaper,
}
