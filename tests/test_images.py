"""The decision-card images and the portraits: every name the content may use is drawn,
committed, sound and small, every member of every bundled scenario has a face, and every committed
file, card and portrait alike, is exactly what the drawing script makes today."""

from __future__ import annotations

import sys
from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "assets" / "images"
PORTRAITS = ROOT / "assets" / "portraits"
sys.path.insert(0, str(ROOT / "tools" / "images"))

import faces  # noqa: E402
import inkprint  # noqa: E402
import make_images  # noqa: E402
import portraits  # noqa: E402

# The names scenario writers may put in an event's `image:` field.
NAMES = [
    "kremlin", "funeral", "arrest", "wheat", "virgin-lands", "drought", "corn", "livestock",
    "factory", "consumer-goods", "housing", "sputnik", "rocket", "missile", "tanks", "congress",
    "speech", "gulag-release", "books", "church", "europe-map", "berlin", "blockade", "u2",
    "summit", "telephone", "china", "dacha", "ballot", "sovnarkhoz", "school", "soldiers",
    "newspaper", "bread-queue", "talks",
]
MAX_FILE = 60 * 1024
MAX_TOTAL = 2 * 1024 * 1024


# Who the play-test and the issue name beyond the Presidium: the First Secretary himself, the KGB
# chairman who appears in the events, and the foreign leaders who matter.
FOREIGN = ["eisenhower", "kennedy", "mao", "tito", "nagy", "gomulka", "ulbricht", "castro"]
OTHERS = ["khrushchev", "semichastny"]
# Members of 1957-64 the campaign is about to gain.
COMING = ["furtseva", "aristov", "belyaev", "ignatov", "kuusinen", "mukhitdinov", "shvernik",
          "shelepin"]
MEMBERS = sorted(portraits.SITTERS)


def _load(name: str, folder: Path = IMAGES) -> pygame.Surface:
    """The committed picture as a 32-bit surface, so colours compare as colours."""
    img = pygame.image.load(str(folder / f"{name}.png"))
    flat = pygame.Surface(img.get_size(), depth=32)
    flat.blit(img, (0, 0))
    return flat


def _share(surf: pygame.Surface, color: inkprint.Color) -> float:
    """The fraction of the picture printed in (very nearly) this colour."""
    hits = pygame.transform.threshold(None, surf, color, (12, 12, 12, 255), set_behavior=0)
    return hits / (surf.get_width() * surf.get_height())


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
    stray = sorted(p.stem for p in PORTRAITS.glob("*.png") if p.stem not in portraits.SITTERS)
    assert not stray, f"assets/portraits has PNGs the script does not make: {stray}"


def test_every_member_of_every_bundled_scenario_has_a_portrait() -> None:
    from game.content import catalog

    scenarios, broken = catalog.available(include_user=False)
    assert scenarios and not broken
    members = {m.id for s in scenarios for m in s.info.presidium}
    assert "beria" in members  # the scenario files name members by these ids
    wanted = members | set(FOREIGN) | set(OTHERS) | set(COMING)
    missing = sorted(m for m in wanted if not (PORTRAITS / f"{m}.png").is_file())
    assert not missing, f"no portrait for {missing}: add a Sitter in tools/images/portraits.py"


@pytest.mark.parametrize("member", MEMBERS)
def test_portrait_is_a_real_picture(member: str) -> None:
    path = PORTRAITS / f"{member}.png"
    assert path.stat().st_size < 20 * 1024, f"{member}.png is {path.stat().st_size} bytes"
    surf = _load(member, PORTRAITS)
    assert surf.get_size() == (faces.PORTRAIT, faces.PORTRAIT)
    shares = {c: _share(surf, c) for c in inkprint.BASE_COLORS}
    assert shares[inkprint.INK] >= 0.05, f"{member}: too little ink {shares[inkprint.INK]:.3f}"
    assert shares[inkprint.PAPER] >= 0.08, f"{member}: no bare paper (a face is paper)"
    assert shares[inkprint.RED] >= 0.005, f"{member}: no red ({shares[inkprint.RED]:.4f})"
    # Soviet leaders sit on a red roundel, foreign leaders on a pale one ringed in red.
    behind_shoulder = surf.get_at((faces.PORTRAIT // 2 - 80, 100))[:3]
    foreign = portraits.SITTERS[member].look.foreign
    assert (behind_shoulder == inkprint.RED) != foreign, (member, behind_shoulder)
    m = inkprint.FRAME_MARGIN + 1
    side = faces.PORTRAIT
    for x, y in ((side // 2, m), (m, side // 2), (side - 1 - m, side // 2)):
        assert surf.get_at((x, y))[:3] == inkprint.INK, f"{member}: frame missing at {(x, y)}"


def test_portraits_differ_from_one_another() -> None:
    """No two sitters print the same: each look is someone's own."""
    looks = [s.look for s in portraits.SITTERS.values()]
    assert len(set(looks)) == len(looks)
    assert len(set(FOREIGN)) == sum(1 for s in portraits.SITTERS.values() if s.look.foreign)


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


@pytest.mark.parametrize("name", NAMES)
def test_committed_card_image_is_what_the_script_draws(name: str) -> None:
    committed = pygame.image.tobytes(_load(name), "RGB")
    assert committed == _rgb(make_images.render(name)), (
        f"assets/images/{name}.png is not what the script draws now: "
        "run tools/images/make_images.py and commit the result"
    )


@pytest.mark.parametrize("member", MEMBERS)
def test_committed_portrait_is_what_the_script_draws(member: str) -> None:
    committed = pygame.image.tobytes(_load(member, PORTRAITS), "RGB")
    assert committed == _rgb(make_images.render_portrait(member)), (
        f"assets/portraits/{member}.png is not what the script draws now: "
        "run tools/images/make_images.py and commit the result"
    )


@pytest.mark.parametrize("render", [lambda: make_images.render("kremlin"),
                                    lambda: make_images.render_portrait("beria")],
                         ids=["card", "portrait"])
def test_drawing_is_deterministic(render) -> None:
    assert render() == render()


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
