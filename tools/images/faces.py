"""A head-and-shoulders portrait cut as a linocut, put together from a written description.

Every sitter is the same print: a front view, lit from the left, the face in bare paper with an
inked outline and halftone shade on its right, on a roundel (red for the Soviet leadership, a
pale tint ringed in red for foreign leaders). What tells them apart is what a description in
words can check: the head's shape, the hair, brows, glasses, moustache or beard, the clothes and
the decorations. Nothing is exaggerated: proportions stay within a plain face's range, as in an
official portrait of the period.

Drawn on a PORTRAIT x PORTRAIT page; `draw(cv, look)` prints one `Look`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

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
    mix,
    radial,
)
from motifs import star, star_points

PORTRAIT = 256  # the page: square, so one picture serves a panel, a vote row and a card
CX = 128.0  # the face's vertical axis


@dataclass(frozen=True)
class Look:
    """What a sitter looks like, in the words a student could check against a photograph."""

    face: str = "oval"  # round | oval | long | square | broad
    age: int = 55  # about how old in the years the game shows them: lines, jowls, grey
    hair: str = "swept"  # swept | receding | bald | parted | wavy | waved | cap | none
    hair_colour: Color = INK
    brows: float = 1.0  # thickness: 1 ordinary, 2 heavy and dark
    eyes: float = 1.0  # how open: 0.7 narrow, 1 ordinary
    glasses: str = "none"  # none | pince-nez | round | heavy
    moustache: str = "none"  # none | clipped | brush | full
    beard: str = "none"  # none | goatee | full
    smile: float = 0.0  # 0 set mouth, 1 a broad smile; negative turns the corners down
    nose: float = 1.0  # width
    mole: tuple[float, float] | None = None  # a mark on the face, as a share of (width, height)
    dress: str = "suit"  # suit | tunic | marshal | mao | fatigues | blouse | white-uniform
    suit: Color = INK
    medals: int = 0  # rows of ribbons on the chest
    stars: int = 0  # gold Hero stars on the left breast
    foreign: bool = False  # not a member of the Soviet leadership: a pale roundel
    extra: tuple[str, ...] = field(default_factory=tuple)  # small marks: "pipe-cord", "earrings"


# --- geometry -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Head:
    cy: float  # centre of the face
    hw: float  # half width at the cheekbones
    top: float  # crown of the skull
    chin: float
    jaw: float  # width of the jaw as a share of hw

    def outline(self, n: int = 72, grow: float = 0.0) -> list[Point]:
        """The face and skull: an ellipse above the cheekbones, tapering to the jaw below."""
        pts = []
        up, down = self.cy - self.top, self.chin - self.cy
        for i in range(n):
            a = 2 * math.pi * i / n
            x, y = math.cos(a), math.sin(a)
            if y >= 0:  # below the cheekbones the sides draw in towards the chin
                width = 1 - (1 - self.jaw) * y ** 1.6
                py = self.cy + (down + grow) * y
            else:
                width = 1.0
                py = self.cy + (up + grow) * y
            pts.append((CX + (self.hw + grow) * width * x, py))
        return pts

    def y(self, share: float) -> float:
        """A height on the face: 0 at the crown, 1 at the chin."""
        return self.top + (self.chin - self.top) * share

SHAPES = {  # half width, crown, chin, jaw
    "round": (50.0, 40.0, 170.0, 0.86),
    "broad": (52.0, 38.0, 172.0, 0.8),
    "oval": (45.0, 38.0, 170.0, 0.74),
    "long": (41.0, 34.0, 174.0, 0.7),
    "square": (47.0, 38.0, 170.0, 0.88),
}


def head_for(look: Look) -> Head:
    hw, top, chin, jaw = SHAPES[look.face]
    return Head(cy=top + (chin - top) * 0.46, hw=hw, top=top, chin=chin, jaw=jaw)


# --- the print ----------------------------------------------------------------------------------
def draw(cv: Canvas, look: Look) -> None:
    head = head_for(look)
    _backdrop(cv, look)
    _body(cv, look, head)
    _neck(cv, look, head)
    _ears(cv, head)
    _face(cv, look, head)
    _hair(cv, look, head)
    _features(cv, look, head)
    _facial_hair(cv, look, head)
    _glasses(cv, look, head)
    _headwear(cv, look, head)


def _backdrop(cv: Canvas, look: Look) -> None:
    page = Region()
    page.rect(0, 0, PORTRAIT, PORTRAIT)
    cv.halftone(page, radial((CX, 104), 190, 0.0, 0.32), LIGHT, spacing=4)
    c, r = (CX, 104.0), 90.0
    if look.foreign:
        disc = Region()
        disc.circle(c, r)
        cv.fill(disc, LIGHT)
        cv.halftone(disc, linear((CX - r, 0), (CX + r, 0), 0.05, 0.4), MID, spacing=4)
        cv.ring(c, r, 4, RED)
        cv.ring(c, r + 5, 1.2, INK)
    else:
        cv.circle(c, r, RED)
        cv.halftone(_disc(c, r), linear((CX, 0), (CX + r, 0), 0.0, 0.3), INK, spacing=4)
        cv.ring(c, r - 6, 1.2, mix(RED, PAPER, 0.25))
        cv.ring(c, r + 3, 1.5, INK)


def _disc(c: Point, r: float) -> Region:
    reg = Region()
    reg.circle(c, r)
    return reg


def _shoulders(head: Head, drop: float = 0.0) -> list[Point]:
    neck_y = head.chin + 6
    return [
        (CX - 30, neck_y), (CX + 30, neck_y),
        (CX + 78, neck_y + 22 + drop), (CX + 108, neck_y + 38 + drop), (CX + 122, 262),
        (CX - 122, 262), (CX - 108, neck_y + 38 + drop), (CX - 78, neck_y + 22 + drop),
    ]


def _body(cv: Canvas, look: Look, head: Head) -> None:
    neck_y = head.chin + 6
    coat = look.suit
    body = Region()
    body.poly(_shoulders(head))
    cv.fill(body, coat)
    # Light from the left: the right shoulder falls into shade, the left catches a little light.
    if coat == INK:
        cv.halftone(body, linear((CX - 120, 0), (CX - 40, 0), 0.55, 0.0), MID, spacing=3.5)
    else:
        cv.halftone(body, linear((CX - 20, 0), (CX + 120, 0), 0.0, 0.7), INK, spacing=3.5)
    dress = look.dress
    if dress == "suit":
        _suit_front(cv, look, neck_y)
    elif dress == "blouse":
        _blouse_front(cv, look, neck_y)
    elif dress in ("tunic", "mao", "marshal", "white-uniform", "fatigues"):
        _tunic_front(cv, look, neck_y)
    if look.medals:
        _ribbons(cv, look.medals, neck_y)
    for i in range(look.stars):
        _hero_star(cv, (CX - 62 + i * 17, neck_y + 34 - (6 if look.medals else 0)))


def _suit_front(cv: Canvas, look: Look, neck_y: float) -> None:
    shirt = [(CX - 26, neck_y - 4), (CX + 26, neck_y - 4), (CX + 4, neck_y + 64),
             (CX - 4, neck_y + 64)]
    cv.poly(shirt, PAPER)
    cv.halftone(_region(shirt), linear((CX - 10, 0), (CX + 26, 0), 0.0, 0.35), spacing=3)
    # Collar points, the tie's knot and blade.
    cv.poly([(CX - 24, neck_y - 4), (CX - 4, neck_y + 10), (CX - 14, neck_y + 16)], PAPER)
    cv.poly([(CX + 24, neck_y - 4), (CX + 4, neck_y + 10), (CX + 14, neck_y + 16)], PAPER)
    cv.line((CX - 24, neck_y - 4), (CX - 14, neck_y + 16), 1.2, MID)
    cv.line((CX + 24, neck_y - 4), (CX + 14, neck_y + 16), 1.2, MID)
    tie = MID if look.suit == INK else INK
    cv.poly([(CX - 6, neck_y + 4), (CX + 6, neck_y + 4), (CX + 4, neck_y + 14),
             (CX - 4, neck_y + 14)], tie)
    cv.poly([(CX - 4, neck_y + 14), (CX + 4, neck_y + 14), (CX + 9, neck_y + 70),
             (CX, neck_y + 80), (CX - 9, neck_y + 70)], tie)
    # Lapels: a pale edge where they fold over the coat.
    for s in (-1, 1):
        cv.polyline([(CX + s * 27, neck_y - 2), (CX + s * 44, neck_y + 30),
                     (CX + s * 34, neck_y + 36), (CX + s * 6, neck_y + 78)], 1.6,
                    MID if look.suit == INK else INK)


def _blouse_front(cv: Canvas, look: Look, neck_y: float) -> None:
    """A jacket over a pale blouse with a rounded collar, and a brooch."""
    v = [(CX - 26, neck_y - 4), (CX + 26, neck_y - 4), (CX + 2, neck_y + 58),
         (CX - 2, neck_y + 58)]
    cv.poly(v, PAPER)
    cv.halftone(_region(v), linear((CX, 0), (CX + 26, 0), 0.0, 0.3), spacing=3)
    for s in (-1, 1):
        cv.poly([(CX + s * 4, neck_y + 2), (CX + s * 30, neck_y - 6), (CX + s * 36, neck_y + 8),
                 (CX + s * 22, neck_y + 22)], PAPER)
        cv.polyline([(CX + s * 4, neck_y + 2), (CX + s * 22, neck_y + 22),
                     (CX + s * 36, neck_y + 8)], 1.4, MID)
        cv.polyline([(CX + s * 30, neck_y - 2), (CX + s * 46, neck_y + 34),
                     (CX + s * 4, neck_y + 72)], 1.6, MID)
    cv.circle((CX - 42, neck_y + 40), 5, RED)
    cv.ring((CX - 42, neck_y + 40), 5, 1.2, INK)


def _tunic_front(cv: Canvas, look: Look, neck_y: float) -> None:
    dress = look.dress
    dark = look.suit == INK
    edge = MID if dark else INK
    if dress == "fatigues":
        # An open field shirt: a turned-down collar, the throat bare.
        cv.poly([(CX - 20, neck_y - 6), (CX + 20, neck_y - 6), (CX, neck_y + 30)], PAPER)
        cv.halftone(_region([(CX - 20, neck_y - 6), (CX + 20, neck_y - 6), (CX, neck_y + 30)]),
                    linear((CX - 16, 0), (CX + 20, 0), 0.1, 0.5), spacing=3)
        for s in (-1, 1):
            cv.poly([(CX + s * 18, neck_y - 8), (CX + s * 40, neck_y + 4),
                     (CX + s * 30, neck_y + 24), (CX + s * 2, neck_y + 30)], look.suit)
            cv.polyline([(CX + s * 18, neck_y - 8), (CX + s * 40, neck_y + 4),
                         (CX + s * 30, neck_y + 24), (CX + s * 2, neck_y + 30)], 1.4, INK)
            cv.rect(CX + s * 44 - 13, neck_y + 44, 26, 22, look.suit)
            cv.polyline([(CX + s * 44 - 13, neck_y + 44), (CX + s * 44 + 13, neck_y + 44),
                         (CX + s * 44 + 13, neck_y + 66), (CX + s * 44 - 13, neck_y + 66),
                         (CX + s * 44 - 13, neck_y + 44)], 1.2, INK)
        return
    # A closed collar: a stand collar (tunic, uniform) or a turned-down one (Mao's).
    if dress == "mao":
        for s in (-1, 1):
            cv.poly([(CX, neck_y + 6), (CX + s * 26, neck_y - 6), (CX + s * 34, neck_y + 8),
                     (CX + s * 6, neck_y + 18)], look.suit)
            cv.polyline([(CX, neck_y + 6), (CX + s * 26, neck_y - 6), (CX + s * 34, neck_y + 8),
                         (CX + s * 6, neck_y + 18)], 1.4, INK)
    else:
        collar = [(CX - 27, neck_y - 10), (CX + 27, neck_y - 10), (CX + 29, neck_y + 6),
                  (CX - 29, neck_y + 6)]
        cv.poly(collar, look.suit)
        cv.polyline(collar + [collar[0]], 1.4, edge)
        if dress in ("marshal", "white-uniform"):
            # Oak leaves embroidered on the collar, and the Marshal's Star at the throat.
            for s in (-1, 1):
                for k in range(3):
                    cv.oval((CX + s * (10 + k * 6), neck_y - 2), 3.5, 1.8, s * 30,
                            LIGHT if dark else INK)
            star(cv, (CX, neck_y + 18), 8, PAPER if dark else INK)
            star(cv, (CX, neck_y + 18), 4.5, RED)
    # Buttons down the front and breast pockets with flaps.
    for k in range(4):
        cv.circle((CX, neck_y + 30 + k * 18), 2.6, edge)
    for s in (-1, 1):
        px = CX + s * 46
        cv.polyline([(px - 17, neck_y + 46), (px + 17, neck_y + 46), (px + 15, neck_y + 56),
                     (px - 15, neck_y + 56), (px - 17, neck_y + 46)], 1.3, edge)
        cv.circle((px, neck_y + 52), 2.0, edge)
    if dress in ("marshal", "white-uniform"):
        # Shoulder boards, embroidered, with the great star.
        board = LIGHT if dark else MID
        for s in (-1, 1):
            pts = [(CX + s * 72, neck_y + 16), (CX + s * 104, neck_y + 32),
                   (CX + s * 100, neck_y + 42), (CX + s * 68, neck_y + 26)]
            cv.poly(pts, board)
            cv.polyline(pts + [pts[0]], 1.0, INK)
            star(cv, (CX + s * 88, neck_y + 29), 5, INK if dark else PAPER)


def _ribbons(cv: Canvas, rows: int, neck_y: float) -> None:
    """Rows of medal ribbons on the left breast (the viewer's right)."""
    pattern = (RED, LIGHT, MID, RED, AGED, LIGHT)
    for r in range(rows):
        y = neck_y + 36 + r * 7
        for k in range(5 - (r % 2)):
            x = CX + 24 + k * 11 + (r % 2) * 5
            cv.rect(x, y, 10, 5.5, pattern[(r + k) % len(pattern)])
            cv.line((x + 5, y), (x + 5, y + 5.5), 1.0, INK)


def _hero_star(cv: Canvas, c: Point) -> None:
    """A gold Hero star on its small ribbon bar (viewer's left: the sitter's right breast is
    where orders go; Hero stars sit above them on the left breast, drawn here on the left)."""
    cv.rect(c[0] - 5, c[1] - 14, 10, 5, RED)
    cv.poly(star_points(c, 8.5, inner=0.45), INK)
    cv.poly(star_points(c, 6.5, inner=0.45), AGED)


def _neck(cv: Canvas, look: Look, head: Head) -> None:
    w = head.hw * (0.56 if look.face in ("round", "broad") else 0.5)
    top = head.y(0.8)
    neck = [(CX - w, top), (CX + w, top), (CX + w + 2, head.chin + 12), (CX - w - 2,
                                                                        head.chin + 12)]
    cv.poly(neck, PAPER)
    shade = _region(neck)
    cv.halftone(shade, linear((CX - w, 0), (CX + w, 0), 0.05, 0.6), spacing=3)


def _ears(cv: Canvas, head: Head) -> None:
    ey = head.cy + 6
    for s in (-1, 1):
        c = (CX + s * (head.hw - 1), ey)
        cv.oval(c, 8.5, 15, s * 8, INK)
        cv.oval(c, 6.5, 13, s * 8, PAPER)
        cv.oval((c[0] + s * 1.5, c[1]), 2.5, 7, s * 8, MID)
    cv.halftone(_region([(CX + head.hw - 10, ey - 18), (CX + head.hw + 12, ey - 18),
                         (CX + head.hw + 12, ey + 18), (CX + head.hw - 10, ey + 18)]),
                const(0.35), spacing=3)


def _face(cv: Canvas, look: Look, head: Head) -> None:
    cv.poly(head.outline(grow=2.2), INK)
    face = head.outline()
    cv.poly(face, PAPER)
    # Shade on the right cheek and temple, and under the cheekbone.
    shade = _region(face)
    cv.halftone(shade, linear((CX + head.hw * 0.1, 0), (CX + head.hw, 0), 0.0, 0.55),
                spacing=3.2)
    if look.age >= 60 or look.face in ("round", "broad"):
        # Jowls: a soft fold from the cheek to the jaw on each side.
        for s in (-1, 1):
            x0 = CX + s * head.hw * 0.62
            pts = [(x0, head.y(0.62)), (x0 + s * 3, head.y(0.74)), (x0 - s * 2, head.y(0.85))]
            cv.polyline(pts, 1.3, MID)
    if look.face in ("round", "broad") and look.beard != "full":
        # A second chin.
        cv.polyline(cv.arc_pts((CX, head.chin - 6), head.hw * 0.36, 7, 20, 160, 12), 1.4, MID)


def _hair(cv: Canvas, look: Look, head: Head) -> None:
    kind = look.hair
    colour = look.hair_colour
    if kind in ("none", "cap"):
        if kind == "cap":
            _fringe(cv, head, colour, 0.42)
        return
    if kind == "bald":
        _fringe(cv, head, colour, 0.42)
        # The shine of a bald crown, and its shade on the right.
        cv.polyline(cv.arc_pts((CX - 6, head.top + 34), 24, 20, 200, 250, 8), 2.0, LIGHT)
        return
    hairline = {"swept": 0.18, "receding": 0.24, "parted": 0.17, "wavy": 0.16,
                "waved": 0.15}[kind]
    volume = {"swept": 4.0, "receding": 3.0, "parted": 9.0, "wavy": 8.0, "waved": 10.0}[kind]
    line_y = head.y(hairline)
    cap = Region()
    cap.poly(head.outline(grow=volume))
    # Everything below the hairline is face: cut it away. The hairline curves down at the
    # temples towards the ears; a receding one is drawn back above the temples.
    drop = (head.cy - 4 - line_y) * 0.9
    recess = 13.0 if kind == "receding" else 0.0
    cut = [(CX - head.hw - 20, 400)]
    for i in range(41):
        u = -1.15 + 2.3 * i / 40
        a = min(1.0, abs(u))
        y = line_y + drop * a ** 2.6 - recess * math.exp(-((a - 0.58) / 0.2) ** 2)
        cut.append((CX + u * head.hw, y))
    cut.append((CX + head.hw + 20, 400))
    if kind in ("waved",):  # long hair framing the face down to the ears
        cut = [(CX - head.hw * 0.86, 400), (CX - head.hw * 0.86, line_y + 30),
               (CX - head.hw * 0.5, line_y + 6), (CX, line_y + 2), (CX + head.hw * 0.5,
                                                                    line_y + 6),
               (CX + head.hw * 0.86, line_y + 30), (CX + head.hw * 0.86, 400)]
    cap.cut.poly(cut)
    if kind != "waved":
        cap.cut.rect(0, head.cy - 4, PORTRAIT, 400)
    cv.fill(cap, colour)
    # Combed hair catches the light on the left: a few long curved strokes, following the comb.
    strands = Region()
    for k in range(4):
        x0 = CX - head.hw * (0.75 - k * 0.2)
        if kind == "parted":  # from the parting on the right, swept across to the left
            pts = [(CX + head.hw * 0.38, head.top - volume + 8 + k * 6),
                   (CX - head.hw * 0.1, head.top - volume + 4 + k * 8),
                   (CX - head.hw * 0.7, line_y - 6 + k * 6)]
        elif kind in ("wavy", "waved"):  # combed back in broad waves
            span = line_y - head.top + volume - 6
            pts = [(x0 - k * j * 0.5 + math.sin(j * 1.1 + 0.5) * 2.2, line_y - 1 - j * span / 6)
                   for j in range(7)]
        else:
            pts = [(x0, line_y - 1), (x0 - 3 - k, (line_y + head.top) / 2),
                   (x0 - 2 - 2 * k, head.top - volume + 6)]
        strands.polyline(pts, 1.4)
    strands.keep_inside(cap)
    cv.fill(strands, MID if colour == INK else (INK if colour == MID else MID))
    # Shade over the right of the hair.
    cv.halftone(cap, linear((CX, 0), (CX + head.hw, 0), 0.0, 0.6), INK, spacing=3)
    if kind == "parted":
        cv.line((CX + head.hw * 0.4, head.top - volume + 6), (CX + head.hw * 0.5, line_y + 4),
                1.6, PAPER)
    if kind != "waved":
        _fringe(cv, head, colour, 0.25)


def _fringe(cv: Canvas, head: Head, colour: Color, depth: float) -> None:
    """Short hair over the ears and at the temples (all a bald head keeps)."""
    for s in (-1, 1):
        top = head.y(depth)
        pts = [(CX + s * (head.hw + 3), top), (CX + s * (head.hw - 6), top + 4),
               (CX + s * (head.hw - 4), head.cy - 4), (CX + s * (head.hw + 4), head.cy + 2),
               (CX + s * (head.hw + 6), top + 8)]
        cv.poly(pts, colour)


def _features(cv: Canvas, look: Look, head: Head) -> None:
    eye_y = head.y(0.47)
    gap = head.hw * 0.4
    brow_col = look.hair_colour if look.hair_colour != LIGHT else MID
    if look.brows >= 1.5:
        brow_col = INK
    for s in (-1, 1):
        ex = CX + s * gap
        # The socket's shade, the lid, the eye.
        cv.oval((ex, eye_y - 1), 11, 6 * look.eyes, 0, LIGHT)
        if s > 0:
            cv.halftone(_region(_ellipse_pts((ex, eye_y - 1), 11, 6.5)), const(0.35), spacing=3)
        open_h = 3.6 * look.eyes
        almond = [(ex - 9, eye_y), (ex - 4, eye_y - open_h), (ex + 4, eye_y - open_h),
                  (ex + 9, eye_y), (ex + 4, eye_y + open_h * 0.7), (ex - 4, eye_y + open_h * 0.7)]
        cv.poly(almond, PAPER)
        cv.circle((ex + s * 0.5, eye_y - 0.3), 3.3 * min(1.0, 0.55 + 0.45 * look.eyes), INK)
        cv.polyline([(ex - 10, eye_y + 0.5), (ex - 4, eye_y - open_h - 0.6),
                     (ex + 4, eye_y - open_h - 0.6), (ex + 10, eye_y + 0.5)], 2.0, INK)
        if look.age >= 55:  # bags under the eyes
            cv.polyline([(ex - 7, eye_y + 6), (ex, eye_y + 8), (ex + 7, eye_y + 6)], 1.0, MID)
        # Brows.
        bw = 2.4 * look.brows
        by = eye_y - 11 - (1 if look.brows >= 1.5 else 0)
        cv.polyline([(CX + s * 7, by + 1.5), (ex + s * 2, by - 2.5), (ex + s * 13, by + 2)], bw,
                    brow_col)
    # The nose: its shaded side, the tip, the wings.
    nose_y = head.y(0.66)
    nw = 8.5 * look.nose
    cv.polyline([(CX + 4, eye_y + 3), (CX + 6, nose_y - 8), (CX + nw * 0.7, nose_y - 1)], 1.6,
                MID)
    cv.halftone(_region([(CX + 3, eye_y + 4), (CX + 9, nose_y - 8), (CX + nw, nose_y + 2),
                         (CX + 3, nose_y + 2)]), const(0.45), spacing=2.6)
    cv.polyline(cv.arc_pts((CX, nose_y - 2), nw, 4.5, 20, 160, 10), 1.8, INK)
    for s in (-1, 1):
        cv.circle((CX + s * nw * 0.45, nose_y + 0.5), 1.7, INK)
    # Lines from the nose's wings to the mouth: deeper with age.
    mouth_y = head.y(0.77)
    if look.age >= 50:
        for s in (-1, 1):
            cv.polyline([(CX + s * (nw + 3), nose_y - 2), (CX + s * (nw + 8), nose_y + 8),
                         (CX + s * (nw + 10), mouth_y + 3)], 1.2 + (look.age - 50) / 40, MID)
    # The mouth: a dark line and the lower lip's shade.
    mw = 14 + 5 * max(0.0, look.smile)
    curve = 3.5 * look.smile
    cv.polyline([(CX - mw, mouth_y - curve), (CX - mw * 0.4, mouth_y + curve * 0.3),
                 (CX + mw * 0.4, mouth_y + curve * 0.3), (CX + mw, mouth_y - curve)], 2.2, INK)
    if look.smile > 0.5:
        cv.poly([(CX - mw * 0.7, mouth_y - curve * 0.4), (CX + mw * 0.7, mouth_y - curve * 0.4),
                 (CX + mw * 0.35, mouth_y + 2.5 + curve * 0.2),
                 (CX - mw * 0.35, mouth_y + 2.5 + curve * 0.2)], INK)
        cv.rect(CX - mw * 0.55, mouth_y - curve * 0.4, mw * 1.1, 1.6, PAPER)
    cv.polyline([(CX - 6, mouth_y + 6), (CX, mouth_y + 7), (CX + 6, mouth_y + 6)], 1.2, MID)
    if look.mole:
        cv.circle((CX + look.mole[0] * head.hw, head.y(look.mole[1])), 2.0, INK)


def _facial_hair(cv: Canvas, look: Look, head: Head) -> None:
    colour = look.hair_colour
    nose_y = head.y(0.66)
    mouth_y = head.y(0.77)
    kind = look.moustache
    if look.beard in ("goatee", "full"):
        kind = kind if kind != "none" else "clipped"
    if kind != "none":
        # Always wider than the nose, with a curved lower edge and tapering ends: the shapes of
        # the period's moustaches, never a square block under the nose.
        half = {"clipped": 12.5, "brush": 15.5, "full": 21.0}[kind]
        depth = {"clipped": 4.2, "brush": 5.5, "full": 8.5}[kind]
        droop = {"clipped": 1.0, "brush": 3.0, "full": 7.0}[kind]
        top = nose_y + 4.5
        upper, lower = [], []
        for i in range(13):
            t = -1 + 2 * i / 12
            x = CX + half * t
            edge = abs(t) ** 2
            upper.append((x, top + 1.5 * edge + droop * edge ** 2 - (0.8 if abs(t) < 0.1 else 0)))
            lower.append((x, top + depth * (1 - edge ** 1.5) + 1.5 * edge + droop * edge ** 2))
        pts = upper + lower[::-1]
        cv.poly(pts, colour)
        cv.halftone(_region(pts), linear((CX, 0), (CX + half, 0), 0.0, 0.5), INK, spacing=2.6)
    if look.beard == "goatee":
        pts = [(CX - 13, mouth_y + 5), (CX + 13, mouth_y + 5), (CX + 11, head.chin - 2),
               (CX + 3, head.chin + 14), (CX - 3, head.chin + 14), (CX - 11, head.chin - 2)]
        cv.poly(pts, colour)
        strands = Region()
        for k in range(-2, 3):
            strands.line((CX + k * 4, mouth_y + 8), (CX + k * 1.5, head.chin + 10), 0.9)
        strands.keep_inside(_region(pts))
        cv.fill(strands, MID if colour == INK else (LIGHT if colour == MID else MID))
    elif look.beard == "full":
        outer = head.outline(grow=5)
        beard = Region()
        beard.poly(outer)
        beard.cut.rect(0, 0, PORTRAIT, head.y(0.56))
        # Cheeks stay bare above a line from the ears to the moustache.
        beard.cut.poly([(CX - head.hw * 0.78, head.y(0.56)), (CX - 14, nose_y + 4),
                        (CX + 14, nose_y + 4), (CX + head.hw * 0.78, head.y(0.56))])
        beard.poly([(CX - 22, head.chin - 4), (CX + 22, head.chin - 4), (CX + 12,
                    head.chin + 16), (CX - 12, head.chin + 16)])
        cv.fill(beard, colour)
        curls = Region()
        rng = cv.rng
        for _ in range(14):
            x = rng.uniform(CX - head.hw * 0.9, CX - 4)
            y = rng.uniform(head.y(0.62), head.chin)
            curls.line((x, y), (x + rng.uniform(-2, 2), y + rng.uniform(6, 10)), 1.0)
        curls.keep_inside(beard)
        cv.fill(curls, MID)
        # The lips show through the beard.
        cv.poly([(CX - 10, mouth_y - 1), (CX + 10, mouth_y - 1), (CX + 7, mouth_y + 4),
                 (CX - 7, mouth_y + 4)], MID)
        cv.line((CX - 10, mouth_y), (CX + 10, mouth_y), 1.8, INK)


def _glasses(cv: Canvas, look: Look, head: Head) -> None:
    kind = look.glasses
    if kind == "none":
        return
    eye_y = head.y(0.47)
    gap = head.hw * 0.4
    if kind == "pince-nez":
        rx, ry, width = 10.5, 8.0, 1.5
    elif kind == "round":
        rx, ry, width = 12.0, 11.0, 1.6
    else:  # heavy frames
        rx, ry, width = 13.5, 10.0, 3.2
    for s in (-1, 1):
        c = (CX + s * gap, eye_y)
        lens = _ellipse_pts(c, rx, ry)
        cv.polyline(lens + [lens[0]], width, INK)
        # A glint across the lens.
        cv.line((c[0] - rx * 0.55, c[1] - ry * 0.1), (c[0] - rx * 0.1, c[1] - ry * 0.6), 1.6,
                PAPER)
        if kind != "pince-nez":  # arms back to the ears
            cv.line((c[0] + s * rx, c[1] - 2), (CX + s * (head.hw - 2), eye_y + 1), width, INK)
    inner = gap - rx
    if kind == "pince-nez":
        # The spring bridge, and the cord that hangs from the lens to the lapel.
        cv.polyline(cv.arc_pts((CX, eye_y - 1), inner + 1, 4, 180, 360, 8), 1.6, INK)
        cv.polyline([(CX + gap + rx, eye_y + 2), (CX + gap + rx + 6, head.y(0.8)),
                     (CX + gap + rx + 4, head.chin + 30)], 0.9, INK)
    else:
        cv.polyline(cv.arc_pts((CX, eye_y - 1), inner + 1, 3, 180, 360, 8), width, INK)


def _headwear(cv: Canvas, look: Look, head: Head) -> None:
    if look.hair != "cap":
        return
    # The olive patrol cap of the Cuban rebel army: flat top, straight sides, a short peak.
    top = head.top - 4
    band = head.y(0.24)
    crown = [(CX - head.hw - 5, band), (CX - head.hw - 1, top + 3), (CX - head.hw + 6, top),
             (CX + head.hw - 6, top), (CX + head.hw + 1, top + 3), (CX + head.hw + 5, band)]
    cv.poly(crown, MID)
    cv.halftone(_region(crown), linear((CX - head.hw, 0), (CX + head.hw, 0), 0.1, 0.7),
                spacing=3)
    cv.polyline(crown + [crown[0]], 1.8, INK)
    cv.line((CX, top + 4), (CX, band - 4), 1.2, INK)  # the seam down the front
    peak = cv.arc_pts((CX, band - 3), head.hw + 3, 5, 180, 360, 16) + \
        cv.arc_pts((CX, band - 1), head.hw * 0.85, 13, 0, 180, 16)
    cv.poly(peak, INK)
    # The shadow the peak throws across the brow.
    cv.halftone(_region([(CX - head.hw * 0.8, band + 9), (CX + head.hw * 0.8, band + 9),
                         (CX + head.hw * 0.7, band + 16), (CX - head.hw * 0.7, band + 16)]),
                const(0.4), spacing=3)


# --- helpers ------------------------------------------------------------------------------------
def _region(pts: list[Point]) -> Region:
    reg = Region()
    reg.poly(pts)
    return reg


def _ellipse_pts(c: Point, rx: float, ry: float, n: int = 28) -> list[Point]:
    return [(c[0] + rx * math.cos(2 * math.pi * i / n), c[1] + ry * math.sin(2 * math.pi * i / n))
            for i in range(n)]
