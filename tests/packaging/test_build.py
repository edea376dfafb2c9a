"""The built game (`make dist`): a one-file and a one-folder executable that play a whole game
headless with no Python anywhere around them, carry everything they need and nothing the game
does not use, within the size targets.

Building takes a minute or two, so these run in `make test-dist` (THAW_DIST_TESTS=1), which
builds first; CI runs it after `make test` (see .ci/run). Run by plain `make test` they are
reported as skipped, with this reason.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402
from builder import SIZE_TARGETS_MB, exe_name, size_bytes  # noqa: E402
from smoke import smoke  # noqa: E402

if os.environ.get("THAW_DIST_TESTS") != "1":
    pytest.skip("the packaged game is built and tested by `make test-dist` (CI runs it after "
                "`make test`)", allow_module_level=True)

DIST = ROOT / "dist"
ONEFILE = DIST / exe_name("thaw")
FOLDER = DIST / "thaw-dir"
SOURCES = ["game", "scenarios", "assets", "packaging", "thaw.spec", "pyproject.toml"]


def _newest_source() -> tuple[float, Path]:
    newest = (0.0, ROOT)
    for name in SOURCES:
        top = ROOT / name
        for path in [top] if top.is_file() else top.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, (path.stat().st_mtime, path))
    return newest


@pytest.fixture(scope="module")
def built() -> None:
    assert ONEFILE.is_file() and FOLDER.is_dir(), "no build in dist/: run `make test-dist`"
    when, path = _newest_source()
    for product in (ONEFILE, FOLDER / exe_name("thaw")):
        assert product.stat().st_mtime >= when, \
            f"{product.name} is older than {path.relative_to(ROOT)}: run `make test-dist`"


def _onefile_contents() -> set[str]:
    """The names inside the one-file executable's archive (what it unpacks at start)."""
    from PyInstaller.archive.readers import CArchiveReader

    return {name.replace("\\", "/") for name in CArchiveReader(str(ONEFILE)).toc}


def _folder_contents() -> set[str]:
    internal = FOLDER / "_internal"
    return {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_it_plays_a_whole_game_headless_with_no_python_around(built, kind):
    exe = ONEFILE if kind == "file" else FOLDER / exe_name("thaw")
    failures, log = smoke(exe)
    assert not failures, "\n".join(failures) + "\n\n" + "\n".join(log)


def test_sizes_are_within_the_targets(built):
    file_mb = size_bytes(ONEFILE) / 1e6
    folder_mb = size_bytes(FOLDER) / 1e6
    assert file_mb <= SIZE_TARGETS_MB["file"], f"one file: {file_mb:.1f} MB"
    assert folder_mb <= SIZE_TARGETS_MB["folder"], f"one folder: {folder_mb:.1f} MB"


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_it_carries_every_scenario_and_asset(built, kind):
    contents = _onefile_contents() if kind == "file" else _folder_contents()
    missing = bundle.bundled_names() - contents
    assert not missing, f"not in the {kind} build: {sorted(missing)[:10]}"


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_it_leaves_out_what_the_game_does_not_use(built, kind):
    contents = _onefile_contents() if kind == "file" else _folder_contents()
    tops = {name.split("/")[0] for name in contents}
    assert not {"tools", "tests", "docs"} & tops
    # No pygame_gui (the game's text fields are its own) and nothing it brought along.
    assert not {"pygame_gui", "i18n"} & tops
    # No Tk, no OpenSSL, no MIDI, no camera: their libraries would show up as files.
    words = ("tcl", "tk8", "_tkinter", "libssl", "libcrypto", "_ssl.", "_hashlib.", "portmidi",
             "pypm", "_camera", "_sdl2")
    if sys.platform.startswith("linux"):
        words += ("libstdc++", "libgcc_s")  # the machine's own (bundle.SYSTEM_LIBRARIES_LINUX)
    found = sorted(n for n in contents if any(w in n.lower() for w in words))
    assert not found, found
    if kind == "folder":
        # Modules inside the bundled Python archive: none that were excluded.
        from PyInstaller.archive.readers import ZlibArchiveReader

        archive = ROOT / "build" / "thaw" / "PYZ-00.pyz"
        modules = set(ZlibArchiveReader(str(archive)).toc)
        for name in bundle.EXCLUDES:
            leaked = sorted(m for m in modules if m == name or m.startswith(name + "."))
            assert not leaked, leaked


def test_bundled_binaries_are_stripped(built):
    if not sys.platform.startswith("linux"):
        pytest.skip("checked on Linux, where `strip` runs")
    libpython = next((FOLDER / "_internal").glob("libpython3*.so*"))
    with libpython.open("rb") as f:
        data = f.read()
    assert b".debug_info" not in data and b".symtab" not in data
