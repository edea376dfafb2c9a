"""The app icon: drawn by tools/images/make_icon.py, committed as it draws it, readable in every
system's format, and wired into the build (thaw.spec), the release and the window."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
ICONS = ROOT / "packaging" / "icons"
sys.path.insert(0, str(ROOT / "tools" / "images"))
sys.path.insert(0, str(ROOT / "packaging"))
import make_icon  # noqa: E402


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_committed_icons_are_what_the_script_draws():
    stale = [str(p.relative_to(ROOT)) for p, data in make_icon.outputs().items()
             if not p.is_file() or p.read_bytes() != data]
    assert not stale, f"run tools/images/make_icon.py and commit: {stale}"


def test_the_check_mode_fails_on_a_stale_icon(tmp_path, monkeypatch):
    monkeypatch.setattr(make_icon, "WINDOW_ICON", tmp_path / "icon.png")
    monkeypatch.setattr(make_icon, "ICONS", tmp_path / "icons")
    assert make_icon.main(["--check"]) == 1
    assert make_icon.main([]) == 0
    assert make_icon.main(["--check"]) == 0
    (tmp_path / "icons" / "thaw.ico").write_bytes(b"old")
    assert make_icon.main(["--check"]) == 1


def test_the_linux_set_has_every_size_as_a_real_picture():
    for size in make_icon.LINUX_SIZES:
        path = ICONS / f"thaw-{size}.png"
        assert _png_size(path.read_bytes()) == (size, size)
        img = pygame.image.load(str(path))
        colours = {img.get_at((x, y))[:3] for x in range(0, size, max(1, size // 16))
                   for y in range(0, size, max(1, size // 16))}
        assert len(colours) >= 3, size  # ink, paper and the red star at least
    centre = pygame.image.load(str(ICONS / "thaw-256.png")).get_at((128, 128))[:3]
    assert centre[0] > centre[1] + 60, f"the red star is not at the centre: {centre}"


def test_the_windows_ico_holds_every_size_as_png():
    data = (ICONS / "thaw.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icon.ICO_SIZES))
    found = []
    for i in range(count):
        w, h, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        side = w or 256
        assert (w, h, planes, bits) == (w, h, 1, 32) and w == h
        assert _png_size(data[offset:offset + length]) == (side, side)
        found.append(side)
    assert found == sorted(make_icon.ICO_SIZES)


def test_the_macos_icns_holds_every_type_as_png():
    data = (ICONS / "thaw.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind = data[pos:pos + 4].decode()
        length = struct.unpack(">I", data[pos + 4:pos + 8])[0]
        found[kind] = _png_size(data[pos + 8:pos + length])[0]
        pos += length
    assert found == dict(make_icon.ICNS_TYPES)


def test_the_build_the_release_and_the_window_use_it():
    spec = (ROOT / "thaw.spec").read_text(encoding="utf-8")
    assert '"thaw.ico"' in spec and '"thaw.icns"' in spec and spec.count("**EXE_ICON") == 2
    assert 'icon=os.path.join(ICONS, "thaw.icns")' in spec
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "python tools/images/make_icon.py --check" in workflow
    from game.ui.images import window_icon

    icon = window_icon()
    assert icon is not None and icon.get_size() == (128, 128)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux release files")
def test_the_linux_folder_release_carries_the_icon_set(tmp_path):
    import tarfile

    from builder import release_assets

    dist = tmp_path / "dist"
    (dist / "thaw-dir").mkdir(parents=True)
    (dist / "thaw").write_bytes(b"exe")
    (dist / "thaw-dir" / "thaw").write_bytes(b"exe")
    made = release_assets(dist, tmp_path / "upload")
    archive = next(p for p in made if p.name.endswith(".tar.gz"))
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    for size in make_icon.LINUX_SIZES:
        assert f"thaw-dir/icons/thaw-{size}.png" in names


def test_the_script_runs_on_its_own():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "images" / "make_icon.py"),
                          "--check"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
