"""Draw every decision-card image and every portrait for Thaw: assets/images/<name>.png and
assets/portraits/<id>.png.

    .venv/bin/python tools/images/make_images.py                  # all of them
    .venv/bin/python tools/images/make_images.py kremlin beria    # just these
    .venv/bin/python tools/images/make_images.py --sheet out/sheet.png   # and contact sheets

The output is deterministic: the same code gives the same files, byte for byte.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # no window: we only draw off-screen
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # run as a script or imported by the tests
    sys.path.insert(0, str(HERE))

import faces  # noqa: E402
import inkprint  # noqa: E402
import portraits  # noqa: E402
import scenes_home  # noqa: E402
import scenes_land  # noqa: E402
import scenes_world  # noqa: E402

ROOT = HERE.parent.parent
OUT = ROOT / "assets" / "images"
PORTRAITS_OUT = ROOT / "assets" / "portraits"
PORTRAIT_SIZE = (faces.PORTRAIT, faces.PORTRAIT)

Scene = Callable[[inkprint.Canvas], None]
SCENES: dict[str, Scene] = {**scenes_home.SCENES, **scenes_land.SCENES, **scenes_world.SCENES}


def render(name: str) -> bytes:
    """The picture as palette indices, 640x400, one byte a pixel."""
    return inkprint.render(name, SCENES[name])


def render_portrait(member: str) -> bytes:
    """The portrait as palette indices, 256x256, one byte a pixel."""
    look = portraits.SITTERS[member].look
    return inkprint.render(f"portrait:{member}", lambda cv: faces.draw(cv, look),
                           size=PORTRAIT_SIZE)


def contact_sheet(paths: list[Path], dest: Path, cols: int = 6,
                  size: tuple[int, int] = (inkprint.W // 2, inkprint.H // 2)) -> None:
    """All pictures at one size with a gap, to judge them side by side as players will."""
    tw, th, gap = size[0], size[1], 8
    rows = (len(paths) + cols - 1) // cols
    sheet = pygame.Surface((cols * (tw + gap) + gap, rows * (th + gap) + gap))
    sheet.fill((90, 90, 90))
    for i, p in enumerate(paths):
        img = pygame.transform.smoothscale(pygame.image.load(str(p)).convert(), (tw, th))
        sheet.blit(img, (gap + (i % cols) * (tw + gap), gap + (i // cols) * (th + gap)))
    dest.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(dest))


def portrait_sheet(paths: list[Path], dest: Path, sizes: tuple[int, ...] = (72, 180)) -> None:
    """Each portrait at the sizes the game shows (a panel row, a card), side by side, one
    sitter a row in columns, to judge a likeness where it will be seen."""
    pygame.font.init()
    font = pygame.font.Font(str(ROOT / "assets" / "fonts" / "PTS55F.ttf"), 15)
    gap, cols, label = 8, 4, font.get_linesize()
    cell_w = sum(sizes) + gap * len(sizes)
    cell_h = max(sizes) + label
    rows = (len(paths) + cols - 1) // cols
    sheet = pygame.Surface((cols * cell_w + gap, rows * (cell_h + gap) + gap))
    sheet.fill((90, 90, 90))
    for i, p in enumerate(paths):
        raw = pygame.image.load(str(p)).convert()
        x = gap + (i % cols) * cell_w
        y = gap + (i // cols) * (cell_h + gap)
        sheet.blit(font.render(p.stem, True, (240, 235, 220)), (x, y))
        for side in sizes:
            sheet.blit(pygame.transform.smoothscale(raw, (side, side)), (x, y + cell_h - side))
            x += side + gap
    dest.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(dest))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="images to draw (default: all)")
    ap.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs")
    ap.add_argument("--portraits-out", type=Path, default=PORTRAITS_OUT,
                    help="folder for the portraits")
    ap.add_argument("--sheet", type=Path,
                    help="also write contact sheets here (portraits beside it, -portraits)")
    args = ap.parse_args(argv)
    known = set(SCENES) | set(portraits.SITTERS)
    unknown = [n for n in args.names if n not in known]
    if unknown:
        ap.error(f"no such image: {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    names = [n for n in args.names if n in SCENES] if args.names else sorted(SCENES)
    members = [n for n in args.names if n in portraits.SITTERS] if args.names else \
        sorted(portraits.SITTERS)
    pygame.display.init()
    pygame.display.set_mode((1, 1))  # convert() in the contact sheet needs a display format
    total = 0
    for name in names:
        path = args.out / f"{name}.png"
        inkprint.write(path, render(name))
        total += _report(name, path)
    for member in members:
        path = args.portraits_out / f"{member}.png"
        inkprint.write(path, render_portrait(member), PORTRAIT_SIZE)
        total += _report(member, path)
    print(f"{'total':16} {total / 1024:6.1f} KB in {len(names) + len(members)} images")
    if args.sheet:
        if names:
            contact_sheet([args.out / f"{n}.png" for n in names], args.sheet)
            print(f"contact sheet: {args.sheet}")
        if members:
            dest = args.sheet.with_name(f"{args.sheet.stem}-portraits{args.sheet.suffix}")
            portrait_sheet([args.portraits_out / f"{m}.png" for m in members], dest)
            print(f"portraits: {dest}")
    return 0


def _report(name: str, path: Path) -> int:
    size = path.stat().st_size
    print(f"{name:16} {size / 1024:6.1f} KB")
    return size


if __name__ == "__main__":
    raise SystemExit(main())
