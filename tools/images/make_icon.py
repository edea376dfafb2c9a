"""Draw Thaw's app icon with the card images' print shop and write it for every system.

    .venv/bin/python tools/images/make_icon.py           # write the icons
    .venv/bin/python tools/images/make_icon.py --check   # exit 1 if a committed icon is stale

The picture: a red star on a pale roundel, its lower points running into drops (a thaw), before
a sunburst, on an ink ground. At 48 px and below a plainer cut is printed (no halftone, bolder
shapes), since dots turn to mud at that size.

Writes (all deterministic, byte for byte):
    assets/icon.png                 128 px: the window's icon (pygame.display.set_icon)
    packaging/icons/thaw-<n>.png    16-512 px: the Linux set (hicolor sizes)
    packaging/icons/thaw.ico        Windows: 16, 24, 32, 48, 64, 128, 256 px (PNG entries)
    packaging/icons/thaw.icns       macOS: 16-1024 px (PNG entries)
"""

from __future__ import annotations

import argparse
import io
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import inkprint  # noqa: E402
from inkprint import INK, LIGHT, PAPER, RED, Canvas, Region, mix  # noqa: E402
from motifs import star_points  # noqa: E402

ROOT = HERE.parent.parent
WINDOW_ICON = ROOT / "assets" / "icon.png"
ICONS = ROOT / "packaging" / "icons"
MASTER = 512  # the detailed print; the plain one is printed at SMALL
SMALL = 64
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types: (type, pixels). ic10 is the 1024-pixel (512 pt at 2x) image.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def draw(cv: Canvas, detailed: bool) -> None:
    s = cv.w / 100  # drawn on a 100-unit square
    c = (50 * s, 50 * s)
    ground = Region()
    ground.rect(0, 0, cv.w, cv.h)
    cv.fill(ground, INK)
    disc = Region()
    disc.circle(c, 45 * s)
    cv.fill(disc, PAPER)
    if detailed:
        cv.rays((50 * s, 44 * s), 18, LIGHT, reg=disc, start=5, fill=0.4)
        cv.ring(c, 41 * s, 1.2 * s, RED)
    # The star, folded like a badge (its right-hand facets a shade darker), its two lower points
    # running down into drops: the thaw.
    sc = (50 * s, 45 * s)
    r = 31 * s
    pts = star_points(sc, r, inner=0.42)
    if detailed:
        for tip, length, drop in ((pts[4], 7.5, 2.6), (pts[6], 4.5, 2.1)):
            x, y = tip
            # A trickle from the very tip, swelling into a hanging drop.
            trickle = [(x - 0.5 * s, y - 1.5 * s), (x + 0.5 * s, y - 1.5 * s)]
            for k in range(1, 9):
                t = k / 8
                trickle.insert(0, (x - (0.5 + t * t * (drop - 0.5)) * s, y + t * length * s))
                trickle.append((x + (0.5 + t * t * (drop - 0.5)) * s, y + t * length * s))
            cv.poly(trickle, RED)
            cv.circle((x, y + length * s), drop * s, RED)
    cv.poly(pts, RED)
    dark = mix(RED, INK, 0.25)
    for i in range(0, 10, 2):  # the right half of each point
        cv.poly([sc, pts[i], pts[(i + 1) % 10]], dark)
    if detailed:
        for i in range(0, 10, 2):
            cv.line(sc, pts[i], 0.7 * s, INK)
    cv.ring(c, 45 * s, (2.2 if detailed else 3.5) * s, INK)


def _print(size: int, detailed: bool) -> pygame.Surface:
    indices = inkprint.render(f"icon:{size}", lambda cv: draw(cv, detailed), size=(size, size),
                              framed=False)
    surf = pygame.image.frombytes(_rgb(indices), (size, size), "RGB")
    return surf


def _rgb(indices: bytes) -> bytes:
    out = bytearray(len(indices) * 3)
    for channel in range(3):
        table = bytes(c[channel] for c in inkprint.PALETTE).ljust(256, b"\0")
        out[channel::3] = indices.translate(table)
    return bytes(out)


def icon(size: int, masters: dict[bool, pygame.Surface]) -> pygame.Surface:
    """The icon at `size`: the detailed print above 48 px, the plain one at 48 and below."""
    detailed = size > 48
    master = masters[detailed]
    if master.get_width() == size:
        return master
    if size > master.get_width():
        return pygame.transform.smoothscale(master, (size, size))
    shrunk = master
    while shrunk.get_width() // 2 >= size:  # halve step by step: a clean, even average
        shrunk = pygame.transform.smoothscale(shrunk, (shrunk.get_width() // 2,) * 2)
    return pygame.transform.smoothscale(shrunk, (size, size))


def png(surface: pygame.Surface) -> bytes:
    """An RGB PNG of the surface, written by hand so its bytes depend only on the pixels."""
    import zlib

    w, h = surface.get_size()
    raw = pygame.image.tobytes(surface, "RGB")
    rows = b"".join(b"\x00" + raw[y * w * 3:(y + 1) * w * 3] for y in range(h))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + \
            struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (Windows Vista and later read them)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, data = io.BytesIO(), io.BytesIO()
    for size in sizes:
        body = images[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries.write(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(body),
                                  offset + data.tell()))
        data.write(body)
    return header + entries.getvalue() + data.getvalue()


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(kind.encode() + struct.pack(">I", 8 + len(images[size])) + images[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> dict[Path, bytes]:
    """Every icon file and its bytes."""
    masters = {True: _print(MASTER, True), False: _print(SMALL, False)}
    wanted = set(LINUX_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES}
    pngs = {size: png(icon(size, masters)) for size in sorted(wanted)}
    files = {WINDOW_ICON: pngs[128]}
    for size in LINUX_SIZES:
        files[ICONS / f"thaw-{size}.png"] = pngs[size]
    files[ICONS / "thaw.ico"] = ico({s: pngs[s] for s in ICO_SIZES})
    files[ICONS / "thaw.icns"] = icns(pngs)
    return files


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only compare with the committed files")
    args = ap.parse_args(argv)
    stale = []
    for path, data in outputs().items():
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(_shown(path))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{_shown(path):32} {len(data) / 1024:7.1f} KB")
    if stale:
        print(f"stale icons (run tools/images/make_icon.py): {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
