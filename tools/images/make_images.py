"""Draw every decision-card image for Thaw and write assets/images/<name>.png.

    .venv/bin/python tools/images/make_images.py              # all images
    .venv/bin/python tools/images/make_images.py kremlin u2   # just these
    .venv/bin/python tools/images/make_images.py --sheet out/sheet.png   # and a contact sheet

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

import inkprint  # noqa: E402
import scenes_home  # noqa: E402
import scenes_land  # noqa: E402
import scenes_world  # noqa: E402

ROOT = HERE.parent.parent
OUT = ROOT / "assets" / "images"

Scene = Callable[[inkprint.Canvas], None]
SCENES: dict[str, Scene] = {**scenes_home.SCENES, **scenes_land.SCENES, **scenes_world.SCENES}


def render(name: str) -> bytes:
    """The picture as palette indices, 640x400, one byte a pixel."""
    return inkprint.render(name, SCENES[name])


def contact_sheet(paths: list[Path], dest: Path, cols: int = 6) -> None:
    """All pictures at half size with a gap, to judge them side by side as players will."""
    tw, th, gap = inkprint.W // 2, inkprint.H // 2, 8
    rows = (len(paths) + cols - 1) // cols
    sheet = pygame.Surface((cols * (tw + gap) + gap, rows * (th + gap) + gap))
    sheet.fill((90, 90, 90))
    for i, p in enumerate(paths):
        img = pygame.transform.smoothscale(pygame.image.load(str(p)).convert(), (tw, th))
        sheet.blit(img, (gap + (i % cols) * (tw + gap), gap + (i // cols) * (th + gap)))
    dest.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(dest))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="images to draw (default: all)")
    ap.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs")
    ap.add_argument("--sheet", type=Path, help="also write a contact sheet here")
    args = ap.parse_args(argv)
    unknown = [n for n in args.names if n not in SCENES]
    if unknown:
        ap.error(f"no such image: {', '.join(unknown)} (known: {', '.join(sorted(SCENES))})")
    names = args.names or sorted(SCENES)
    pygame.display.init()
    pygame.display.set_mode((1, 1))  # convert() in the contact sheet needs a display format
    total = 0
    for name in names:
        path = args.out / f"{name}.png"
        inkprint.write(path, render(name))
        size = path.stat().st_size
        total += size
        print(f"{name:16} {size / 1024:6.1f} KB")
    print(f"{'total':16} {total / 1024:6.1f} KB in {len(names)} images")
    if args.sheet:
        contact_sheet([args.out / f"{n}.png" for n in names], args.sheet)
        print(f"contact sheet: {args.sheet}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
