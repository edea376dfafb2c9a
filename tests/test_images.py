"""The decision-card images: every name the content may use is drawn, committed, sound and small,
and the committed files are exactly what the drawing script makes today."""

from __future__ import annotations

import sys
from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "assets" / "images"
sys.path.insert(0, str(ROOT / "tools" / "images"))

import inkprint  # noqa: E402
import make_images  # noqa: E402

# The names scenario writers may put in an event's `image:` field.
NAMES = [
    "kremlin", "funeral", "arrest", "wheat", "virgin-lands", "drought", "corn", "livestock",
    "factory", "consumer-goods", "housing", "sputnik", "rocket", "missile", "tanks", "congress",
    "speech", "gulag-release", "books", "church", "europe-map", "berlin", "blockade", "u2",
    "summit", "telephone", "china", "dacha", "ballot", "sovnarkhoz", "school", "soldiers",
    "newspaper", "bread-queue",
]
AREA = inkprint.W * inkprint.H
MAX_FILE = 60 * 1024
MAX_TOTAL = 2 * 1024 * 1024


def _load(name: str) -> pygame.Surface:
    """The committed picture as a 32-bit surface, so colours compare as colours."""
    img = pygame.image.load(str(IMAGES / f"{name}.png"))
    flat = pygame.Surface(img.get_size(), depth=32)
    flat.blit(img, (0, 0))
    return flat


def _share(surf: pygame.Surface, color: inkprint.Color) -> float:
    """The fraction of the picture printed in (very nearly) this colour."""
    hits = pygame.transform.threshold(None, surf, color, (12, 12, 12, 255), set_behavior=0)
    return hits / AREA


def _rgb(indices: bytes) -> bytes:
    """Palette indices spelled out as RGB bytes, to compare with a decoded PNG."""
    out = bytearray(len(indices) * 3)
    for channel in range(3):
        table = bytes(c[channel] for c in inkprint.PALETTE).ljust(256, b"\0")
        out[channel::3] = indices.translate(table)
    return bytes(out)


def test_every_name_has_a_scene_and_a_file() -> None:
    missing_scene = [n for n in NAMES if n not in make_images.SCENES]
    missing_file = [n for n in NAMES if not (IMAGES / f"{n}.png").is_file()]
    assert not missing_scene, f"no drawing for {missing_scene}"
    assert not missing_file, f"not generated: {missing_file} (run tools/images/make_images.py)"


def test_no_stray_images() -> None:
    """A PNG nobody draws would go stale silently; every file must come from the script."""
    stray = sorted(p.stem for p in IMAGES.glob("*.png") if p.stem not in make_images.SCENES)
    assert not stray, f"assets/images has PNGs the script does not make: {stray}"


@pytest.mark.parametrize("name", NAMES)
def test_image_is_a_real_picture(name: str) -> None:
    path = IMAGES / f"{name}.png"
    assert path.stat().st_size < MAX_FILE, f"{name}.png is {path.stat().st_size} bytes"
    surf = _load(name)
    assert surf.get_size() == (inkprint.W, inkprint.H)
    shares = {c: _share(surf, c) for c in inkprint.BASE_COLORS}
    # Not blank: several of the print colours each cover a real part of the picture.
    assert sum(1 for s in shares.values() if s >= 0.03) >= 3, shares
    assert shares[inkprint.INK] >= 0.05, f"{name}: too little ink {shares[inkprint.INK]:.3f}"
    # The accent red is there and visible, not a stray pixel.
    assert shares[inkprint.RED] >= 0.002, f"{name}: no accent red ({shares[inkprint.RED]:.4f})"
    # The inked frame: the line just inside the paper margin is ink all round.
    m = inkprint.FRAME_MARGIN + 1
    for x, y in ((inkprint.W // 2, m), (inkprint.W // 2, inkprint.H - 1 - m),
                 (m, inkprint.H // 2), (inkprint.W - 1 - m, inkprint.H // 2)):
        assert surf.get_at((x, y))[:3] == inkprint.INK, f"{name}: frame missing at {(x, y)}"


def test_images_are_small_together() -> None:
    total = sum((IMAGES / f"{n}.png").stat().st_size for n in NAMES)
    assert total < MAX_TOTAL, f"images total {total} bytes"


@pytest.mark.parametrize("name", ["kremlin", "drought", "europe-map"])
def test_drawing_is_deterministic_and_committed_files_are_current(name: str) -> None:
    first = make_images.render(name)
    assert make_images.render(name) == first, f"{name}: two renders differ"
    committed = pygame.image.tobytes(_load(name), "RGB")
    assert committed == _rgb(first), (
        f"assets/images/{name}.png is not what the script draws now: "
        "run tools/images/make_images.py and commit the result"
    )


def test_png_writer_round_trips(tmp_path: Path) -> None:
    """Our hand-written indexed PNG decodes to the same colours we wrote."""
    indices = bytes((x * 7 + y * 3) % len(inkprint.PALETTE) for y in range(inkprint.H)
                    for x in range(inkprint.W))
    path = tmp_path / "round.png"
    inkprint.write(path, indices)
    img = pygame.image.load(str(path))
    flat = pygame.Surface(img.get_size(), depth=32)
    flat.blit(img, (0, 0))
    assert pygame.image.tobytes(flat, "RGB") == _rgb(indices)
