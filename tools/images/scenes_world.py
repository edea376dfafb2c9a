"""Pictures of the world: space, arms, the Cold War's borders and seas, diplomacy, China."""

from __future__ import annotations

import math
from collections.abc import Callable

from inkprint import (
    AGED,
    INK,
    LIGHT,
    MID,
    PAPER,
    RED,
    Canvas,
    Color,
    Point,
    Region,
    const,
    linear,
    radial,
    region,
)
from motifs import person, puffs, sky, smoke_column, star, star_points, wheel, windows


def _night(cv: Canvas, count: int = 90) -> None:
    back = Region()
    back.rect(0, 0, 640, 400)
    cv.fill(back, INK)
    rng = cv.rng
    for _ in range(count):
        p = (rng.uniform(0, 640), rng.uniform(0, 400))
        cv.circle(p, rng.choice((0.8, 1.0, 1.3, 1.8)), PAPER)
    for _ in range(6):
        p = (rng.uniform(20, 620), rng.uniform(20, 200))
        cv.poly(star_points(p, 6, inner=0.2), PAPER)


def _globe(cv: Canvas, c: Point, r: float) -> Region:
    """The Earth: a disc shaded towards its night side, with parallels and meridians."""
    earth = Region()
    earth.circle(c, r)
    cv.fill(earth, LIGHT)
    cv.halftone(earth, linear((c[0] - r * 0.6, c[1] - r * 0.6), (c[0] + r * 0.5, c[1] + r * 0.5),
                              0.0, 0.85), spacing=6)
    grid = Region()
    for k in range(-3, 4):
        lat = k * 0.28
        grid.ring((c[0], c[1] + r * math.sin(lat) * 0.35), r * math.cos(lat), 1.3)
    for k in range(-4, 5):
        rx = abs(r * math.sin(k * 0.35))
        grid.ring((c[0], c[1]), rx if rx > 2 else 2, 1.3)
        if k == 0:
            grid.rect(c[0] - 0.7, c[1] - r, 1.4, 2 * r)
    grid.keep_inside(earth)
    cv.fill(grid, MID)
    return earth


def sputnik(cv: Canvas) -> None:
    _night(cv)
    _globe(cv, (470, 560), 360)
    # The orbit, in red, sweeping round the globe.
    orbit = [(470 + 440 * math.cos(math.radians(a)), 470 + 250 * math.sin(math.radians(a)))
             for a in range(180, 340, 4)]
    for k in range(0, len(orbit) - 1, 2):
        cv.line(orbit[k], orbit[k + 1], 4.5, RED)
    # Radio signal rings.
    sat = (196, 150)
    for r in (62, 84, 106):
        arc = cv.arc_pts(sat, r, r, -60, 30)
        cv.polyline(arc, 2.5, LIGHT)
    # The satellite: a polished ball with four long antennae swept back.
    for a, ln in ((146, 210), (156, 230), (166, 220), (176, 200)):
        t = math.radians(a)
        base = (sat[0] + 30 * math.cos(t), sat[1] + 30 * math.sin(t))
        cv.line(base, (sat[0] + ln * math.cos(t), sat[1] + ln * math.sin(t) + 40), 2.2, PAPER)
    cv.circle(sat, 38, PAPER)
    ball = Region()
    ball.circle(sat, 38)
    cv.halftone(ball, radial((sat[0] - 14, sat[1] - 14), 56, 0.0, 1.0), spacing=4)
    cv.line((sat[0] - 38, sat[1] + 4), (sat[0] + 38, sat[1] - 4), 1.5, MID)
    cv.circle((sat[0] - 13, sat[1] - 14), 7, PAPER)


def _rocket_body(cv: Canvas, cx: float, base: float, s: float) -> None:
    """A Vostok-type rocket: a slim core with a nose fairing, four tapered boosters."""
    core_w, core_h = 26 * s, 230 * s
    top = base - core_h
    cv.rect(cx - core_w / 2, top, core_w, core_h, PAPER)
    cv.poly([(cx - core_w / 2, top), (cx - core_w * 0.35, top - 24 * s), (cx, top - 52 * s),
             (cx + core_w * 0.35, top - 24 * s), (cx + core_w / 2, top)], PAPER)
    cv.rect(cx - core_w / 2 - 3 * s, top + 44 * s, core_w + 6 * s, 8 * s, INK)
    for side in (-1, 1):
        # Boosters: cones wide at the foot, meeting the core a third of the way up.
        cv.poly([(cx + side * core_w * 0.5, base - 150 * s), (cx + side * (core_w * 0.5 + 5 * s),
                 base - 152 * s), (cx + side * (core_w * 0.5 + 26 * s), base),
                 (cx + side * core_w * 0.5, base)], LIGHT)
        cv.poly([(cx + side * (core_w * 0.5 + 20 * s), base), (cx + side * (core_w * 0.5 + 30 * s),
                 base + 12 * s), (cx + side * (core_w * 0.5 + 14 * s), base)], INK)
    shade = Region()
    shade.rect(cx + 2 * s, top - 52 * s, core_w, core_h + 52 * s)
    shade.rect(cx + core_w / 2, base - 152 * s, 30 * s, 152 * s)
    cv.halftone(shade, const(0.45), spacing=4)
    star(cv, (cx, top + 86 * s), 8 * s, RED)
    cv.rect(cx - core_w / 2, base - 12 * s, core_w, 12 * s, INK)


def rocket(cv: Canvas) -> None:
    cv.rays((320, 250), 32, LIGHT)
    sky(cv, 400, top=0.35, bottom=0.0)
    # Launch towers swung back from the rocket.
    for side in (-1, 1):
        x = 320 + side * 150
        cv.line((x, 400), (x + side * 10, 150), 5)
        cv.line((x + side * 26, 400), (x + side * 30, 160), 5)
        y = 390
        while y > 170:
            cv.line((x, y), (x + side * 28, y - 18), 2)
            y -= 18
        cv.line((x + side * 6, 170), (x - side * 48, 120), 5)
    # Smoke billowing out from the pad, and the flame.
    cloud = Region()
    puffs(cloud, [(170, 380, 60), (250, 360, 56), (320, 372, 50), (390, 360, 56), (470, 380, 60),
                  (90, 396, 50), (550, 396, 50), (210, 330, 40), (430, 330, 40)])
    cv.fill(cloud, PAPER)
    cv.halftone(cloud, linear((0, 300), (0, 400), 0.05, 0.6), spacing=5)
    cv.poly([(300, 300), (340, 300), (350, 326), (320, 380), (290, 326)], RED)
    cv.poly([(310, 300), (330, 300), (332, 318), (320, 346), (308, 318)], AGED)
    _rocket_body(cv, 320, 300, 0.94)


def _launcher_truck(cv: Canvas, x: float, ground: float) -> None:
    """A long transporter: cab, trailer on many wheels, outriggers down."""
    cv.rect(x, ground - 56, 70, 40, INK)  # cab
    cv.poly([(x + 6, ground - 52), (x + 28, ground - 52), (x + 28, ground - 32),
             (x + 2, ground - 32)], LIGHT)
    cv.rect(x + 70, ground - 38, 380, 22, INK)
    for wx in (x + 26, x + 96, x + 140, x + 330, x + 374, x + 418):
        wheel(cv, (wx, ground - 14), 15, INK, MID)
    for ox in (x + 190, x + 300):
        cv.line((ox, ground - 30), (ox - 16, ground), 5)
        cv.rect(ox - 26, ground - 4, 20, 4, INK)


def missile(cv: Canvas) -> None:
    ground = 350
    cv.rays((560, 60), 24, LIGHT)
    sky(cv, ground, top=0.3, bottom=0.05)
    cv.poly([(0, 300), (120, 250), (260, 290), (380, 240), (520, 280), (640, 250), (640, 360),
             (0, 360)], MID)
    land = Region()
    land.rect(0, ground - 6, 640, 80)
    cv.fill(land, AGED)
    cv.hatch(land, spacing=5, angle=0, width=1.0, color=MID)
    _launcher_truck(cv, 60, ground)
    # The missile, raised on its erector arm.
    a = math.radians(-38)
    d = (math.cos(a), math.sin(a))
    n = (-d[1], d[0])
    foot = (300, ground - 44)
    length, r = 330, 17

    def at(t: float, v: float) -> Point:
        return (foot[0] + d[0] * t + n[0] * v, foot[1] + d[1] * t + n[1] * v)

    cv.poly([at(-10, 26), at(200, 26), at(200, 18), at(-10, 18)], INK)  # the erector arm
    cv.line(at(40, 22), (250, ground - 36), 6)
    body = [at(0, -r), at(length - 60, -r), at(length - 20, -r * 0.55), at(length, 0),
            at(length - 20, r * 0.55), at(length - 60, r), at(0, r)]
    cv.poly(body, PAPER)
    shade = region([at(0, 0), at(length - 60, 0), at(length, 0), at(length - 60, r), at(0, r)])
    cv.halftone(shade, const(0.4), spacing=4, angle=0)
    for t in (70, 160, length - 60):
        cv.poly([at(t - 2, -r), at(t + 2, -r), at(t + 2, r), at(t - 2, r)], INK)
    for v in (-1, 1):
        cv.poly([at(0, v * r), at(36, v * r), at(-4, v * (r + 26)), at(-14, v * (r + 26))], INK)
    star(cv, at(115, 0), 15, RED)
    cv.poly([at(length - 60, -r), at(length - 20, -r * 0.55), at(length, 0),
             at(length - 20, r * 0.55), at(length - 60, r)], RED)
    cv.polyline(body + [body[0]], 2)


def _tank_front(cv: Canvas, cx: float, ground: float, s: float) -> None:
    """A medium tank seen head-on: tracks, a sloped glacis, a dome turret, the gun at us."""
    hw = 90 * s
    for side in (-1, 1):
        tx = cx + side * (hw - 16 * s)
        cv.rect(tx - 16 * s, ground - 58 * s, 32 * s, 58 * s, INK)
        for k in range(6):
            cv.rect(tx - 14 * s, ground - 54 * s + k * 9 * s, 28 * s, 3 * s, MID)
        cv.rect(tx - 20 * s, ground - 66 * s, 40 * s, 8 * s, INK)  # mudguard
    cv.poly([(cx - hw + 30 * s, ground - 20 * s), (cx + hw - 30 * s, ground - 20 * s),
             (cx + hw - 34 * s, ground - 66 * s), (cx - hw + 34 * s, ground - 66 * s)], MID)
    glacis = region([(cx - hw + 30 * s, ground - 20 * s), (cx + hw - 30 * s, ground - 20 * s),
                     (cx + hw - 34 * s, ground - 66 * s), (cx - hw + 34 * s, ground - 66 * s)])
    cv.hatch(glacis, spacing=4 * s, angle=0, width=1.2 * s)
    cv.rect(cx - hw + 4 * s, ground - 74 * s, 2 * hw - 8 * s, 10 * s, INK)
    cv.poly(cv.arc_pts((cx, ground - 74 * s), 60 * s, 44 * s, 180, 360), INK)
    cv.rect(cx - 14 * s, ground - 132 * s, 28 * s, 10 * s, INK)  # the hatch
    cv.circle((cx, ground - 88 * s), 16 * s, MID)  # the mantlet
    cv.circle((cx, ground - 88 * s), 11 * s, INK)
    cv.circle((cx, ground - 88 * s), 6 * s, PAPER)
    cv.circle((cx, ground - 88 * s), 4 * s, INK)
    star(cv, (cx - 38 * s, ground - 98 * s), 11 * s, RED)
    star(cv, (cx + 38 * s, ground - 98 * s), 11 * s, RED)
    for side in (-1, 1):
        cv.circle((cx + side * 50 * s, ground - 56 * s), 6 * s, LIGHT)  # headlamps


def tanks(cv: Canvas) -> None:
    vy = 170  # the far end of the street
    sky(cv, vy, top=0.45)
    # Smoke from a burning roof over the street.
    smoke = Region()
    puffs(smoke, smoke_column((470, 150), 150, 0.9, 14, 44, 9))
    cv.fill(smoke, MID)
    cv.halftone(smoke, const(0.4), spacing=5)
    # Facades on both sides, converging on the end of the street.
    for side in (-1, 1):
        near, far = 320 + side * 400, 320 + side * 60
        cv.poly([(far, vy - 90), (near, -60), (near, 420), (far, vy + 30)],
                MID if side < 0 else INK)
        for k in range(5):
            t0, t1 = k / 5 + 0.04, (k + 1) / 5 - 0.04
            for fl in range(4):
                yn0, yn1 = 20 + fl * 80, 70 + fl * 80  # window top and foot, nearest
                yf0, yf1 = vy - 80 + fl * 24, vy - 66 + fl * 24  # and at the far end
                quad = [(t0, yn0, yf0), (t1, yn0, yf0), (t1, yn1, yf1), (t0, yn1, yf1)]
                # Fire behind some windows on the right, where the smoke is rising.
                burning = side > 0 and (k + fl) % 3 == 0
                cv.poly([(far + (near - far) * t, yf + (yn - yf) * t) for t, yn, yf in quad],
                        RED if burning else LIGHT if side < 0 else MID)
    cv.rect(260, vy - 70, 120, 100, LIGHT)
    windows(cv, 272, vy - 60, 4, 3, 16, 14, 12, 12, MID)
    street = region([(260, vy + 30), (380, vy + 30), (720, 420), (-80, 420)])
    cv.fill(street, AGED)
    cv.hatch(street, spacing=6, angle=0, width=1.6, color=MID)
    _tank_front(cv, 250, vy + 82, 0.45)
    _tank_front(cv, 360, 392, 1.35)


# A rough map of Europe between 5-45 E and 40.5-57.5 N, in (longitude, latitude).
_SEAS = {
    "north": [(4.5, 57.5), (8.1, 57.5), (8.2, 56.5), (8.1, 55.6), (8.6, 55.4), (8.6, 54.9),
              (8.9, 54.2), (8.6, 53.9), (8.3, 53.5), (7, 53.6), (4.5, 53.45)],
    "baltic": [(10.4, 57.5), (10.4, 57), (10.3, 56.5), (10.9, 56.4), (10.2, 55.9), (9.8, 55.5),
               (10, 55), (9.6, 54.8), (10, 54.4), (10.9, 53.95), (11.5, 54), (12.1, 54.2),
               (12.5, 54.45), (13.4, 54.6), (14.2, 53.95), (15.6, 54.2), (17.5, 54.75),
               (18.8, 54.6), (18.6, 54.4), (19.6, 54.45), (20, 54.95), (21.1, 55.7), (21, 56.5),
               (21.05, 57.5), (16.6, 57.5), (16.4, 56.7), (16.0, 56.2), (15.6, 56.15),
               (14.6, 56.05), (14.3, 55.6), (13.8, 55.4), (12.9, 55.35), (13.0, 55.5),
               (12.6, 55.9), (12.8, 56.2), (12.3, 56.5), (11.9, 57), (11.8, 57.5)],
    "black": [(28.0, 41.97), (27.6, 42.4), (27.9, 42.7), (28.0, 43.2), (28.6, 43.74),
              (28.7, 44.2), (29.6, 44.8), (29.7, 45.3), (30.2, 45.8), (30.8, 46.5), (31.6, 46.6),
              (32.0, 46.5), (32.6, 46.1), (33.6, 46.1), (32.5, 45.4), (33.6, 44.5), (34.3, 44.45),
              (35.4, 45.0), (36.5, 45.3), (37.3, 45.0), (37.8, 44.7), (39.7, 43.6), (41.6, 41.6),
              (41.4, 41.3), (40.0, 40.95), (37.0, 41.1), (35.0, 42.0), (33.0, 42.0),
              (31.3, 41.3), (29.1, 41.2)],
    "azov": [(35.0, 45.65), (35.5, 46.3), (36.8, 46.7), (38.3, 47.0), (39.2, 47.25),
             (38.7, 46.6), (38.0, 46.1), (38.2, 45.6), (37.5, 45.35), (36.6, 45.45),
             (35.9, 45.4), (35.3, 45.35)],
    "adriatic": [(12.3, 45.4), (13.1, 45.7), (13.7, 45.7), (13.6, 45.1), (13.9, 44.8),
                 (14.3, 45.3), (14.9, 44.6), (15.5, 43.9), (16.4, 43.5), (17.4, 43.0),
                 (18.1, 42.6), (18.7, 42.3), (19.4, 41.9), (19.5, 41.3), (19.4, 40.3),
                 (17.5, 40.3), (16.9, 41.1), (16.2, 41.5), (15.0, 42.0), (14.2, 42.4),
                 (13.6, 43.6), (12.5, 44.2)],
    "tyrrhenian": [(4.5, 43.1), (7.3, 43.7), (8.2, 43.9), (8.9, 44.4), (9.8, 44.1), (10.3, 43.5),
                   (10.5, 42.9), (11.1, 42.4), (12.2, 41.7), (13.0, 41.2), (13.7, 40.3),
                   (4.5, 40.3)],
    "aegean": [(22.6, 40.3), (22.9, 40.6), (23.7, 40.7), (24.4, 40.9), (25.2, 40.95),
               (26.0, 40.8), (26.3, 40.6), (26.2, 40.3)],
    "marmara": [(26.7, 40.3), (27.5, 40.95), (28.9, 41.0), (29.1, 41.2), (29.3, 40.9),
                (29.3, 40.3)],
}
_ISLANDS = [
    [(11.1, 55.7), (12.2, 56.1), (12.6, 55.7), (12.2, 55.2), (11.2, 55.2)],  # Zealand
    [(9.8, 55.4), (10.6, 55.5), (10.8, 55.1), (10.2, 55.0)],  # Funen
    [(11.0, 54.85), (11.9, 54.85), (11.9, 54.6), (11.1, 54.65)],  # Lolland
    [(9.4, 43.0), (9.6, 42.2), (9.2, 41.4), (8.6, 41.7), (8.7, 42.5)],  # Corsica
    [(8.2, 40.3), (8.5, 41.0), (9.2, 41.25), (9.8, 40.3)],  # Sardinia's northern tip
    [(16.4, 56.2), (16.6, 56.2), (17.0, 57.5), (16.8, 57.5)],  # Öland
]
_USSR = [(19.6, 54.45), (20, 54.95), (21.1, 55.7), (21, 56.5), (21.05, 57.5), (45, 57.5),
         (45, 41.2), (43.5, 41.1), (42.8, 41.5), (41.6, 41.5), (29.7, 45.2), (28.2, 45.5),
         (28.1, 46.5), (26.6, 48.25), (24.9, 47.7), (22.9, 47.95), (22.15, 48.4), (22.55, 49.05),
         (22.9, 49.0), (23.5, 49.8), (24.1, 50.5), (23.6, 51.5), (23.2, 52.3), (23.9, 52.7),
         (23.5, 53.9), (22.8, 54.35)]
_BLOC = {
    "poland": [(14.2, 53.95), (15.6, 54.2), (17.5, 54.75), (18.8, 54.6), (18.6, 54.4),
               (19.6, 54.45), (22.8, 54.35), (23.5, 53.9), (23.9, 52.7), (23.2, 52.3),
               (23.6, 51.5), (24.1, 50.5), (23.5, 49.8), (22.9, 49.0), (22.55, 49.05),
               (20.9, 49.3), (19.5, 49.6), (18.8, 49.5), (17.7, 50.3), (16.7, 50.2), (16.3, 50.7),
               (15.0, 51.0), (14.95, 51.3), (14.7, 51.8), (14.6, 52.6), (14.15, 52.9),
               (14.3, 53.5)],
    "gdr": [(10.9, 54.0), (11.5, 54.0), (12.1, 54.2), (12.5, 54.45), (13.4, 54.6), (14.2, 53.95),
            (14.3, 53.5), (14.15, 52.9), (14.6, 52.6), (14.7, 51.8), (14.95, 51.3), (15.0, 51.0),
            (14.3, 50.9), (13.0, 50.5), (12.3, 50.2), (11.9, 50.4), (10.2, 50.6), (10.0, 51.3),
            (10.55, 51.6), (10.95, 52.0), (10.6, 52.8), (11.4, 53.1), (10.8, 53.6)],
    "czechoslovakia": [(12.1, 50.3), (12.3, 50.2), (13.0, 50.5), (14.3, 50.9), (15.0, 51.0),
                       (16.3, 50.7), (16.7, 50.2), (17.7, 50.3), (18.8, 49.5), (19.5, 49.6),
                       (20.9, 49.3), (22.55, 49.05), (22.15, 48.4), (21.7, 48.4), (20.5, 48.5),
                       (19.6, 48.2), (18.8, 47.8), (17.8, 47.75), (17.05, 48.0), (16.9, 48.6),
                       (16.0, 48.75), (15.0, 49.0), (14.7, 48.6), (13.8, 48.8), (13.0, 49.3),
                       (12.5, 49.7)],
    "hungary": [(17.05, 48.0), (17.8, 47.75), (18.8, 47.8), (19.6, 48.2), (20.5, 48.5),
                (21.7, 48.4), (22.15, 48.4), (22.9, 47.95), (22.0, 47.6), (21.5, 47.0),
                (21.2, 46.4), (20.3, 46.15), (18.9, 45.9), (17.3, 46.0), (16.6, 46.5),
                (16.1, 46.85), (16.5, 47.5)],
    "romania": [(22.9, 47.95), (24.9, 47.7), (26.6, 48.25), (28.1, 46.5), (28.2, 45.5),
                (29.7, 45.2), (29.6, 44.8), (28.7, 44.2), (28.6, 43.74), (27.3, 44.1),
                (26.5, 44.05), (25.5, 43.6), (24.5, 43.7), (23.0, 43.8), (22.7, 44.2),
                (22.5, 44.6), (21.4, 44.8), (21.4, 45.2), (20.7, 45.5), (20.3, 46.15), (21.2, 46.4),
                (21.5, 47.0), (22.0, 47.6)],
    "bulgaria": [(22.7, 44.2), (23.0, 43.8), (24.5, 43.7), (25.5, 43.6), (26.5, 44.05),
                 (27.3, 44.1), (28.6, 43.74), (28.0, 43.2), (27.9, 42.7), (27.6, 42.4),
                 (28.0, 41.97), (26.6, 41.9), (26.1, 41.35), (24.5, 41.5), (23.0, 41.4),
                 (22.4, 42.3), (22.9, 42.9), (22.4, 43.4)],
    "albania": [(19.4, 41.9), (19.35, 42.5), (19.7, 42.6), (20.1, 42.55), (20.5, 42.2),
                (20.6, 41.1), (20.5, 40.5), (19.4, 40.5), (19.5, 41.3)],
}
_NEUTRAL = {
    "yugoslavia": [(13.7, 45.7), (13.6, 46.5), (14.6, 46.4), (16.0, 46.7), (16.1, 46.85),
                   (16.6, 46.5), (17.3, 46.0), (18.9, 45.9), (20.3, 46.15), (20.7, 45.5),
                   (21.4, 45.2), (21.4, 44.8), (22.5, 44.6), (22.7, 44.2), (22.4, 43.4),
                   (22.9, 42.9), (22.4, 42.3), (23.0, 41.4), (22.7, 41.15), (20.6, 41.1),
                   (20.5, 42.2), (20.1, 42.55), (19.7, 42.6), (19.35, 42.5), (19.4, 41.9),
                   (18.7, 42.3), (18.1, 42.6), (17.4, 43.0), (16.4, 43.5), (15.5, 43.9),
                   (14.9, 44.6), (14.3, 45.3), (13.9, 44.8), (13.6, 45.1)],
    "austria": [(9.6, 47.5), (10.5, 47.55), (12.2, 47.7), (13.0, 47.5), (12.9, 48.2),
                (13.8, 48.8), (14.7, 48.6), (15.0, 49.0), (16.0, 48.75), (16.9, 48.6),
                (17.05, 48.0), (16.5, 47.5), (16.1, 46.85), (16.0, 46.7), (14.6, 46.4),
                (13.6, 46.5), (12.4, 46.9), (10.5, 46.9), (9.6, 47.1)],
}


def _lonlat(p: tuple[float, float]) -> Point:
    lon, lat = p
    return (11 + (lon - 5) / 40 * 618, 11 + (57.5 - lat) / 17 * 378)


def europe_map(cv: Canvas) -> None:
    land = Region()
    land.rect(0, 0, 640, 400)
    cv.fill(land, AGED)
    cv.fill(region([_lonlat(p) for p in _USSR]), RED)
    for shape in _BLOC.values():
        r = region([_lonlat(p) for p in shape])
        cv.fill(r, PAPER)
        cv.halftone(r, const(0.55), RED, spacing=5)
    for shape in _NEUTRAL.values():
        r = region([_lonlat(p) for p in shape])
        cv.fill(r, LIGHT)
        cv.hatch(r, spacing=5, angle=45, width=1.0, color=MID)
    for shape in [*_BLOC.values(), *_NEUTRAL.values(), _USSR]:
        pts = [_lonlat(p) for p in shape]
        cv.polyline(pts + [pts[0]], 1.6, INK)
    seas = Region()
    for shape in _SEAS.values():
        seas.poly([_lonlat(p) for p in shape])
    for shape in _ISLANDS:
        seas.cut.poly([_lonlat(p) for p in shape])
    cv.fill(seas, MID)
    cv.hatch(seas, spacing=5, angle=0, width=1.2, color=LIGHT)
    for shape in _SEAS.values():
        pts = [_lonlat(p) for p in shape]
        cv.polyline(pts + [pts[0]], 2.0, INK)
    for shape in _ISLANDS:
        pts = [_lonlat(p) for p in shape]
        cv.polyline(pts + [pts[0]], 1.6, INK)
    # Capitals as dots; Moscow as a star; Berlin ringed.
    for city in ((21.0, 52.2), (14.4, 50.1), (19.0, 47.5), (26.1, 44.4), (23.3, 42.7),
                 (19.8, 41.3), (30.5, 50.45), (16.4, 48.2), (20.5, 44.8)):
        cv.circle(_lonlat(city), 4.5, INK)
    berlin = _lonlat((13.4, 52.5))
    cv.circle(berlin, 8, INK)
    cv.circle(berlin, 4, PAPER)
    moscow = _lonlat((37.6, 55.75))
    cv.circle(moscow, 20, PAPER)
    star(cv, moscow, 17, INK)


def _brandenburg_gate(cv: Canvas, cx: float, base: float, s: float, color: Color) -> None:
    w, h = 220 * s, 110 * s
    cv.rect(cx - w / 2, base - h, w, 22 * s, color)
    cv.rect(cx - w / 2 - 6 * s, base - h + 20 * s, w + 12 * s, 6 * s, color)
    cv.rect(cx - w * 0.22, base - h - 22 * s, w * 0.44, 22 * s, color)
    cv.poly([(cx - 26 * s, base - h - 22 * s), (cx - 20 * s, base - h - 44 * s),
             (cx + 18 * s, base - h - 48 * s), (cx + 26 * s, base - h - 22 * s)], color)
    for k in range(6):
        x = cx - w / 2 + 8 * s + k * (w - 28 * s) / 5
        cv.rect(x, base - h + 26 * s, 12 * s, h - 26 * s, color)
    cv.rect(cx - w / 2 - 10 * s, base - 10 * s, w + 20 * s, 10 * s, color)


def berlin(cv: Canvas) -> None:
    horizon = 220
    sky(cv, horizon, top=0.4)
    _brandenburg_gate(cv, 320, 232, 1.0, MID)
    # Buildings on either side of the street.
    for side in (-1, 1):
        near = 320 + side * 340
        cv.poly([(320 + side * 150, 90), (near, 20), (near, 400), (320 + side * 150, 260)], INK)
        for k in range(3):
            x0 = 320 + side * (165 + k * 55)
            x1 = x0 + side * 30
            y_top = 100 - k * 22
            for fl in range(4):
                y = y_top + fl * (46 + k * 8)
                cv.poly([(x0, y), (x1, y - 6), (x1, y + 26 + k * 4), (x0, y + 28)], MID)
    street = region([(170, 260), (470, 260), (720, 420), (-80, 420)])
    cv.fill(street, AGED)
    cv.hatch(street, spacing=6, angle=0, width=1.2, color=MID)
    # The wall: concrete slabs across the whole street, wire along the top.
    cv.rect(0, 222, 640, 70, LIGHT)
    for x in range(0, 640, 36):
        cv.rect(x, 222, 2.5, 70, MID)
    shade = Region()
    shade.rect(0, 262, 640, 30)
    cv.halftone(shade, const(0.3), spacing=4)
    cv.rect(0, 216, 640, 8, INK)
    for x in range(0, 640, 40):
        cv.line((x, 216), (x + 4, 200), 2)
        cv.line((x + 4, 200), (x + 14, 204), 1.5)
    for y in (203, 209):
        cv.line((0, y), (640, y + 1), 1.2)
    cv.rect(0, 292, 640, 6, INK)
    # The checkpoint: a striped barrier before a gap held shut.
    cv.rect(150, 292, 10, 60, INK)
    for k in range(8):
        cv.rect(160 + k * 30, 300, 30, 12, RED if k % 2 == 0 else PAPER)
    cv.polyline([(160, 300), (400, 300), (400, 312), (160, 312)], 1.5)
    cv.rect(470, 170, 60, 40, INK)  # a guard tower above the wall
    cv.rect(478, 178, 44, 14, LIGHT)
    cv.poly([(462, 172), (500, 152), (538, 172)], INK)
    cv.rect(494, 210, 12, 20, INK)


def _warship(cv: Canvas, x: float, water: float, length: float, color: Color) -> None:
    """A destroyer in profile: raked bow, turrets fore and aft, bridge, funnels and a mast."""
    u = length / 100
    cv.poly([(x, water - 6 * u), (x + 100 * u, water - 8 * u), (x + 94 * u, water),
             (x + 4 * u, water)], color)
    cv.rect(x + 30 * u, water - 14 * u, 40 * u, 8 * u, color)
    cv.rect(x + 60 * u, water - 22 * u, 12 * u, 10 * u, color)  # bridge
    cv.rect(x + 44 * u, water - 20 * u, 6 * u, 8 * u, color)
    cv.rect(x + 34 * u, water - 19 * u, 6 * u, 6 * u, color)
    cv.line((x + 66 * u, water - 22 * u), (x + 66 * u, water - 38 * u), 1.6 * u, color)
    cv.line((x + 60 * u, water - 32 * u), (x + 72 * u, water - 32 * u), 1.2 * u, color)
    for tx, d in ((x + 80 * u, 1), (x + 18 * u, -1)):
        cv.rect(tx - 4 * u, water - 11 * u, 8 * u, 5 * u, color)
        cv.line((tx, water - 9 * u), (tx + d * 9 * u, water - 10 * u), 1.2 * u, color)


def blockade(cv: Canvas) -> None:
    horizon = 200
    sky(cv, horizon, top=0.4)
    sea = Region()
    sea.rect(0, horizon, 640, 200)
    cv.fill(sea, LIGHT)
    rng = cv.rng
    for k in range(26):
        y = horizon + 4 + (k ** 1.5) * 1.3
        x = rng.uniform(-40, 0)
        while x < 640:
            ln = 20 + k * 3
            cv.line((x, y), (x + ln, y), 1 + k * 0.08, MID)
            x += ln * rng.uniform(1.5, 2.6)
    # The quarantine line: red buoys marking the sea, ships strung along it.
    line_y = horizon + 26
    for x in range(0, 640, 24):
        cv.rect(x, line_y - 1, 14, 5, RED)
    for k, x in enumerate((20, 190, 350, 500)):
        s = 110 - k * 12
        _warship(cv, x, line_y + 2 + (3 - k) * 2, s, INK)
    # A freighter heading for the line, in the foreground.
    fx, fy = 150, 330
    cv.poly([(fx - 120, fy - 34), (fx + 200, fy - 40), (fx + 176, fy + 8), (fx - 104, fy + 8)], INK)
    cv.rect(fx + 110, fy - 78, 60, 40, INK)
    cv.rect(fx + 118, fy - 70, 44, 10, MID)
    cv.rect(fx + 128, fy - 104, 18, 26, INK)
    cv.rect(fx + 128, fy - 96, 18, 6, RED)
    for kx in (-40, 30):
        cv.line((fx + kx, fy - 34), (fx + kx, fy - 110), 3)
        cv.line((fx + kx, fy - 100), (fx + kx + 40, fy - 36), 1.5)
    for k, x in enumerate(range(int(fx) - 90, int(fx) + 100, 40)):
        cv.rect(x, fy - 56, 34, 20, MID if k % 2 else LIGHT)
        cv.polyline([(x, fy - 56), (x + 34, fy - 56), (x + 34, fy - 36), (x, fy - 36),
                     (x, fy - 56)], 1.5)
    wake = Region()
    wake.poly([(fx - 104, fy + 8), (fx + 176, fy + 8), (fx + 220, fy + 40), (fx - 180, fy + 40)])
    cv.fill(wake, PAPER)
    cv.halftone(wake, linear((0, fy + 8), (0, fy + 40), 0.5, 0.0), MID, spacing=4)


def _plane_frame(c: Point, s: float, angle: float) -> Callable[[float, float], Point]:
    """Coordinates along (t) and across (v) an aircraft's body, turned by `angle` degrees."""
    a = math.radians(angle)
    d = (math.cos(a), math.sin(a))
    n = (-d[1], d[0])

    def at(t: float, v: float) -> Point:
        return (c[0] + (d[0] * t + n[0] * v) * s, c[1] + (d[1] * t + n[1] * v) * s)

    return at


def _spy_plane(cv: Canvas, c: Point, s: float, angle: float) -> None:
    """A high-flying reconnaissance jet seen from below: glider wings, a slim body, one wing
    snapped off near the tip."""
    at = _plane_frame(c, s, angle)
    cv.poly([at(-70, 0), at(-60, -5), at(40, -6), at(70, -3), at(78, 0), at(70, 3), at(40, 6),
             at(-60, 5)], INK)
    cv.poly([at(12, -4), at(4, -150), at(-6, -150), at(-12, -4), at(-12, 4), at(-6, 120),
             at(6, 116), at(12, 4)], INK)
    cv.poly([at(-54, -3), at(-62, -30), at(-68, -30), at(-68, 30), at(-62, 30), at(-54, 3)], INK)
    cv.poly([at(8, 126), at(-4, 128), at(-24, 176), at(-10, 180)], INK)


def _burst(cv: Canvas, c: Point, r: float) -> None:
    """An explosion: a ragged many-pointed flash, red inside a pale ring."""
    rng = cv.rng
    for scale, color in ((1.0, PAPER), (0.78, RED), (0.32, AGED)):
        pts = []
        for k in range(28):
            a = math.radians(k * 360 / 28)
            rr = r * scale * (1.0 if k % 2 == 0 else rng.uniform(0.45, 0.6))
            pts.append((c[0] + rr * math.cos(a), c[1] + rr * math.sin(a)))
        cv.poly(pts, color)


def u2(cv: Canvas) -> None:
    back = Region()
    back.rect(0, 0, 640, 400)
    cv.halftone(back, linear((0, 0), (0, 300), 0.95, 0.15), spacing=6)
    earth = Region()
    earth.ellipse(320, 1100, 1000, 780)
    cv.fill(earth, LIGHT)
    cloud = Region()
    for k in range(9):
        cloud.ellipse(40 + k * 80, 360 - (k % 3) * 8, 60, 14)
    cloud.keep_inside(earth)
    cv.fill(cloud, PAPER)
    cv.polyline(cv.arc_pts((320, 1100), 1000, 780, 235, 305, 40), 3, PAPER)
    # The trail it left, curling down from the upper right.
    trail = Region()
    for k in range(24):
        t = k / 23
        trail.circle((620 - t * 300 - 20 * math.sin(t * 6), 30 + t * 150 + 10 * math.cos(t * 6)),
                     3 + t * 15)
    cv.fill(trail, MID)
    cv.halftone(trail, const(0.35), spacing=4)
    plane, angle = (250, 214), 128
    at = _plane_frame(plane, 1.0, angle)
    _burst(cv, at(-4, 130), 62)
    _spy_plane(cv, plane, 1.0, angle)
    # Debris and the pilot's parachute drifting away.
    for p in ((360, 140), (392, 176), (330, 108), (400, 222), (352, 246)):
        cv.poly([p, (p[0] + 9, p[1] + 3), (p[0] + 3, p[1] + 10)], INK)
    chute = (520, 250)
    cv.poly(cv.arc_pts(chute, 30, 18, 180, 360), PAPER)
    cv.polyline(cv.arc_pts(chute, 30, 18, 180, 360), 2)
    for dx in (-30, -10, 10, 30):
        cv.line((chute[0] + dx, chute[1]), (chute[0], chute[1] + 40), 1)
    cv.circle((chute[0], chute[1] + 44), 4, INK)
    cv.rect(chute[0] - 2, chute[1] + 46, 4, 10, INK)


def _chair(cv: Canvas, x: float, floor: float, facing: int) -> None:
    """A high-backed conference chair in profile, facing into the table."""
    back_x = x - facing * 30
    cv.rect(back_x - 6, floor - 190, 12, 190, INK)
    cv.poly([(back_x - 10, floor - 196), (back_x + 10, floor - 196), (back_x + 8, floor - 110),
             (back_x - 8, floor - 110)], INK)
    seat = [(back_x, floor - 96), (x + facing * 30, floor - 96), (x + facing * 30, floor - 82),
            (back_x, floor - 82)]
    cv.poly(seat, INK)
    cv.rect(x + facing * 26 - 4, floor - 84, 8, 84, INK)


def _handshake(cv: Canvas, c: Point) -> None:
    """Two sleeves from either side meeting in a clasp: one hand's fingers wrap the other's."""
    x, y = c
    cv.poly([(-10, y + 10), (x - 66, y - 6), (x - 60, y + 56), (-10, y + 96)], INK)
    cv.poly([(650, y - 20), (x + 70, y - 2), (x + 64, y + 58), (650, y + 50)], MID)
    cv.hatch(region([(650, y - 20), (x + 70, y - 2), (x + 64, y + 58), (650, y + 50)]),
             spacing=5, angle=80, width=1.0)
    for pts in ([(x - 72, y - 8), (x - 56, y - 10), (x - 50, y + 58), (x - 66, y + 60)],
                [(x + 74, y - 4), (x + 60, y - 4), (x + 54, y + 58), (x + 68, y + 60)]):
        cv.poly(pts, PAPER)
        cv.polyline(pts + [pts[0]], 2)
    # The right-hand palm, gripped from the left.
    palm = [(x + 58, y - 2), (x - 10, y + 6), (x - 30, y + 28), (x - 10, y + 52), (x + 56, y + 54)]
    cv.poly(palm, AGED)
    cv.polyline(palm, 3)
    # The left hand: the back of it, four fingers curled over, the thumb on top.
    back = [(x - 54, y - 6), (x - 10, y - 14), (x + 6, y + 2), (x + 2, y + 50), (x - 52, y + 56)]
    cv.poly(back, AGED)
    cv.polyline(back + [back[0]], 3)
    for k in range(4):
        f = (x + 14 + k * 4, y + 6 + k * 12)
        cv.oval(f, 16, 6.5, 8, AGED)
        cv.polyline(cv.arc_pts(f, 16, 6.5, -90, 90, 12), 2.5)
    thumb = [(x - 40, y - 8), (x - 4, y - 26), (x + 24, y - 22), (x + 26, y - 14), (x - 2, y - 10),
             (x - 20, y + 2)]
    cv.poly(thumb, AGED)
    cv.polyline(thumb + [thumb[0]], 3)


def summit(cv: Canvas) -> None:
    """A handshake across a table with the Soviet flag and the American one."""
    _talks(cv, "stripes")


def talks(cv: Canvas) -> None:
    """The same table with a guest's flag in three upright bands, no country's: talks with
    Yugoslavia, India or Egypt, or young guests from abroad."""
    _talks(cv, "bands")


def _talks(cv: Canvas, guest: str) -> None:
    wall = Region()
    wall.rect(0, 0, 640, 400)
    cv.fill(wall, LIGHT)
    cv.halftone(wall, radial((320, 120), 420, 0.0, 0.5), spacing=6)
    floor = 390
    cv.rect(0, 300, 640, 100, MID)
    cv.hatch(region([(0, 300), (640, 300), (640, 400), (0, 400)]), spacing=5, angle=0,
             width=1.0)
    _chair(cv, 110, floor, 1)
    _chair(cv, 530, floor, -1)
    # The table: a cloth to the floor, two small flags on stands.
    cv.rect(180, 250, 280, 12, INK)
    cloth = region([(186, 262), (454, 262), (460, 380), (180, 380)])
    cv.fill(cloth, PAPER)
    cv.hatch(cloth, spacing=14, angle=90, width=1.2, color=MID)
    cv.rect(176, 378, 288, 8, INK)
    for x, kind in ((290, "red"), (350, guest)):
        cv.rect(x - 10, 242, 20, 8, INK)
        cv.line((x, 244), (x, 180), 2)
        if kind == "red":
            cv.rect(x - 46, 182, 46, 30, RED)
        elif kind == "bands":
            cv.rect(x, 182, 46, 30, PAPER)
            cv.rect(x, 182, 15, 30, MID)
            cv.rect(x + 31, 182, 15, 30, MID)
            cv.polyline([(x, 182), (x + 46, 182), (x + 46, 212), (x, 212), (x, 182)], 1)
        else:
            cv.rect(x, 182, 46, 30, PAPER)
            for k in range(0, 7, 2):
                cv.rect(x, 182 + k * 30 / 7, 46, 30 / 7, INK)
            cv.rect(x, 182, 20, 15, MID)
            for k in range(3):
                cv.circle((x + 5 + k * 5, 188), 1.2, PAPER)
    _handshake(cv, (320, 78))


def telephone(cv: Canvas) -> None:
    wall = Region()
    wall.rect(0, 0, 640, 280)
    cv.fill(wall, LIGHT)
    cv.halftone(wall, radial((320, 170), 380, 0.0, 0.7), spacing=6)
    desk = Region()
    desk.rect(0, 280, 640, 130)
    cv.fill(desk, INK)
    cv.hatch(desk, spacing=8, angle=-12, width=1.2, color=MID)
    cv.rect(0, 276, 640, 6, MID)
    cv.ellipse(320, 318, 190, 24, INK)  # shadow on the desk
    # The set: a red body, a cream dial, the handset in its cradle, a curly cord.
    body = [(180, 310), (460, 310), (420, 170), (220, 170)]
    cv.poly(body, RED)
    side = region([(400, 170), (420, 170), (460, 310), (430, 310)])
    cv.halftone(side, const(0.45), spacing=4)
    cv.rect(170, 306, 300, 12, INK)
    dial = (320, 240)
    cv.circle(dial, 54, INK)
    cv.circle(dial, 50, PAPER)
    for k in range(10):
        a = math.radians(-60 - k * 30)
        cv.circle((dial[0] + 34 * math.cos(a), dial[1] + 34 * math.sin(a)), 8, INK)
    cv.circle(dial, 16, RED)
    cv.line((dial[0] + 44, dial[1] + 20), (dial[0] + 56, dial[1] + 32), 4)
    for x in (244, 396):
        cv.rect(x - 12, 150, 24, 24, INK)
    cv.poly([(170, 142), (470, 142), (470, 120), (420, 104), (220, 104), (170, 120)], RED)
    for x in (170, 420):
        cv.poly([(x, 120), (x + 50, 120), (x + 50, 160), (x + 40, 170), (x + 10, 170),
                 (x, 160)], RED)
    cv.polyline([(170, 120), (220, 104), (420, 104), (470, 120)], 3)
    shade = region([(170, 130), (470, 130), (470, 142), (170, 142)])
    cv.halftone(shade, const(0.5), spacing=3)
    cords = [(460 + k * 4, 300 + 10 * math.sin(k * 1.3) + k * 1.6) for k in range(36)]
    cv.polyline(cords, 3, INK)


def _ridge(x0: float, x1: float, base: float, amp: float, phase: float,
           peaks: float) -> list[Point]:
    pts = []
    for k in range(61):
        t = k / 60
        x = x0 + (x1 - x0) * t
        y = base - amp * (0.5 + 0.5 * math.sin(t * peaks * math.pi * 2 + phase)) \
            - amp * 0.3 * math.sin(t * peaks * 5.3 + phase * 2)
        pts.append((x, y))
    return pts


def china(cv: Canvas) -> None:
    cv.rays((470, 90), 24, LIGHT)
    sky(cv, 260, top=0.2)
    star(cv, (470, 90), 46, RED)
    for base, amp, phase, peaks, color in ((220, 70, 0.3, 1.6, LIGHT), (280, 80, 2.0, 1.2, MID)):
        ridge = _ridge(-20, 660, base, amp, phase, peaks)
        cv.poly(ridge + [(660, 420), (-20, 420)], color)
    near = _ridge(-20, 660, 360, 90, 4.1, 1.0)
    cv.poly(near + [(660, 420), (-20, 420)], INK)
    # The wall rides the near ridge: a pale band with battlements and towers.
    wall = [(x, y - 4) for x, y in near]
    top = [(x, y - 22) for x, y in wall]
    cv.poly(top + wall[::-1], PAPER)
    cv.polyline(wall, 3)
    cv.polyline(top, 3)
    for k in range(0, len(top) - 1):
        if k % 2 == 0:
            x, y = top[k]
            cv.rect(x - 3, y - 8, 7, 9, PAPER)
            cv.polyline([(x - 3, y), (x - 3, y - 8), (x + 4, y - 8), (x + 4, y)], 1.5)
    for k in (8, 30, 50):
        x, y = top[k]
        cv.rect(x - 16, y - 34, 32, 40, PAPER)
        cv.polyline([(x - 16, y + 6), (x - 16, y - 34), (x + 16, y - 34), (x + 16, y + 6)], 2.5)
        cv.rect(x - 5, y - 24, 10, 14, INK)
        for j in range(3):
            cv.rect(x - 16 + j * 12, y - 42, 8, 8, PAPER)
            cv.polyline([(x - 16 + j * 12, y - 34), (x - 16 + j * 12, y - 42),
                         (x - 8 + j * 12, y - 42), (x - 8 + j * 12, y - 34)], 2)
    far_wall = _ridge(-20, 660, 280, 80, 2.0, 1.2)
    cv.polyline([(x, y - 2) for x, y in far_wall[10:40]], 4, LIGHT)


def soldiers(cv: Canvas) -> None:
    ground = 330
    cv.rays((80, ground), 30, LIGHT)
    sky(cv, ground, top=0.2)
    land = Region()
    land.rect(0, ground, 640, 80)
    cv.fill(land, MID)
    cv.hatch(land, spacing=5, angle=0, width=1.0)
    # A column marching right, each man with a rifle at the slope.
    x, h = 560, 250
    marchers = []
    while x > -40:
        marchers.append((x, h))
        x -= h * 0.34
        h *= 0.93
    for k, (x, h) in enumerate(reversed(marchers)):
        u = h / 100
        feet = ground + 30 - (len(marchers) - 1 - k) * 3
        rifle_top = (x - 26 * u, feet - h - 20 * u)
        cv.line((x + 2 * u, feet - h * 0.55), rifle_top, 3.2 * u, INK)
        cv.line(rifle_top, (rifle_top[0] - 5 * u, rifle_top[1] - 12 * u), 1.2 * u, INK)
        person(cv, x, feet, h, "helmet", INK, coat=0.9, stride=7 if k % 2 else 4)
    # The colour party at the head of the column.
    x, h = marchers[0]
    cv.line((x + 20, ground + 30), (x + 30, ground - h - 44), 5)
    flag = [(x + 30, ground - h - 44)]
    for k in range(1, 11):
        t = k / 10
        flag.append((x + 30 - 120 * t, ground - h - 40 + 10 * math.sin(t * 5)))
    for k in range(10, -1, -1):
        t = k / 10
        flag.append((x + 30 - 120 * t, ground - h + 16 + 10 * math.sin(t * 5 + 0.6)))
    cv.poly(flag, RED)


SCENES = {
    "sputnik": sputnik,
    "rocket": rocket,
    "missile": missile,
    "tanks": tanks,
    "europe-map": europe_map,
    "berlin": berlin,
    "blockade": blockade,
    "u2": u2,
    "summit": summit,
    "talks": talks,
    "telephone": telephone,
    "china": china,
    "soldiers": soldiers,
}
