"""What goes into the packaged game and what stays out: one list, read by `thaw.spec` (the build),
by `tests/packaging` (which checks a build against it) and, through the spec, by the release
workflow, so the three cannot drift apart.

Standard library only: the spec imports this inside PyInstaller, the tests import it from source.
"""

from __future__ import annotations

import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Folders copied into the bundle, whole, under the same name: the game finds them through
# `game.paths.bundled(...)`. tools/, tests/ and docs/ are never bundled.
DATA_DIRS = ("scenarios", "assets")

# Files inside DATA_DIRS that are not the game's data: editor and OS leftovers, caches.
SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini", "__pycache__", ".gitkeep"}
SKIP_SUFFIXES = (".pyc", ".pyo", ".swp", ".tmp", "~", ".orig", ".rej", ".bak")

# Python modules left out, each with why. PyInstaller follows every import it can see, including
# optional ones inside try/except; these are the ones the game never reaches at run time.
# tests/packaging/test_bundle.py runs every command, a whole game in the window and in the
# terminal and the teachers' tools, with these made unimportable; the built game's smoke test
# (packaging/smoke.py) checks the same on the build.
EXCLUDES: dict[str, str] = {
    # GUI toolkits and developer tools the standard library drags in.
    "tkinter": "pygame draws the window; Tk is never opened",
    "_tkinter": "the C half of tkinter (and its Tcl/Tk libraries)",
    "turtle": "imports tkinter",
    "turtledemo": "imports tkinter",
    "idlelib": "the IDLE editor",
    "pydoc": "help() pages; nothing calls help() in a game",
    "pydoc_data": "the text of pydoc's help topics",
    "doctest": "a test runner",
    "unittest": "a test runner (pytest is not bundled either)",
    "pytest": "tests are not shipped",
    "_pytest": "tests are not shipped",
    "hypothesis": "tests are not shipped",
    "lib2to3": "a Python 2 converter",
    "ensurepip": "installs pip; the build has no pip",
    "venv": "creates virtual environments",
    "distutils": "a build tool",
    "setuptools": "a build tool, pulled in by optional imports",
    "pkg_resources": "setuptools' resource API; the game uses game.paths",
    "pip": "the installer",
    "PyInstaller": "the builder itself",
    "curses": "terminal drawing; `thaw play --text` prints plain lines",
    "readline": "line editing for an interactive Python prompt",
    "sqlite3": "no database",
    "_sqlite3": "no database (and its libsqlite3)",
    "xmlrpc": "no network",
    "multiprocessing": "the game uses threads, never processes",
    "asyncio": "the game uses threads; nothing awaits",
    "concurrent": "imported only by asyncio",
    # No network anywhere: the game never opens a connection, so no TLS and no OpenSSL.
    "ssl": "no network; drops OpenSSL's libssl",
    "_ssl": "no network; drops OpenSSL's libssl",
    "_hashlib": "hashlib falls back to its built-in digests; drops OpenSSL's libcrypto",
    # The build runs in Python's UTF-8 mode (thaw.spec), so no locale's legacy encoding is ever
    # picked for files or output, and nothing in the game names an East Asian codec; the text it
    # shows is drawn by SDL_ttf, which needs no Unicode database from Python.
    "unicodedata": "only for \\N{...} in regular expressions, IDNA host names and the width of "
                   "wide characters in tracebacks with source lines (a build has none)",
    "_multibytecodec": "the East Asian codecs' common part",
    "_codecs_cn": "GB2312/GBK/GB18030", "_codecs_hk": "Big5-HKSCS", "_codecs_tw": "Big5",
    "_codecs_jp": "Shift-JIS/EUC-JP", "_codecs_kr": "EUC-KR/CP949/Johab",
    "_codecs_iso2022": "ISO-2022 encodings",
    # Optional imports of our dependencies that the game never takes.
    "numpy": "pygame.surfarray/sndarray are not used",
    "pygame.examples": "pygame's demo programs",
    "pygame.tests": "pygame's own test suite",
    "pygame.docs": "pygame's documentation server",
    "pygame.midi": "no MIDI (and its libportmidi)",
    "pygame.pypm": "no MIDI (the C half of pygame.midi)",
    "pygame.camera": "no camera",
    "pygame._camera": "no camera",
    "pygame._camera_opencv": "no camera",
    "pygame._camera_vidcapture": "no camera",
    "pygame._sdl2": "the experimental SDL2 window/renderer API; the game uses pygame.display",
    "pygame.sndarray": "needs numpy; sounds are made from plain arrays",
    "pygame.surfarray": "needs numpy",
    "pydantic.v1": "the game uses the pydantic 2 API only",
    "pygame_gui": "not a dependency any more (the text fields are game/ui/textfield.py); left "
                  "out in case an old environment still has it installed",
    "email_validator": "no e-mail fields in the scenario models",
}

# Shared libraries left out of the Linux build, found on the player's machine instead. The C++
# runtime (needed by the MIDI synthesizer inside SDL_mixer) is on every Linux desktop, and a newer
# one than any build machine's: bundling the build machine's copy would be loaded first and then
# refused by the machine's own graphics drivers (which SDL opens for the window and which are
# built against the newer one: "version `GLIBCXX_3.4.xx' not found").
SYSTEM_LIBRARIES_LINUX = ("libstdc++.so", "libgcc_s.so")


def keep_binary(dest: str, platform: str) -> bool:
    """Whether a shared library PyInstaller found goes into the build for `platform`."""
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    if platform.startswith("linux"):
        return not name.startswith(SYSTEM_LIBRARIES_LINUX)
    return True


# How many bytes the one-file build may grow by storing shared libraries uncompressed. It unpacks
# everything at every start, and inflating is most of what that costs (a tenth of a second here),
# so the libraries zlib shrinks least are stored as they are, the worst first, until this much
# size is spent: about a fifth less to inflate, for a file that stays well inside its 30 MB.
ONEFILE_RAW_BUDGET = 2_500_000


def onefile_binaries(binaries: list, budget: int = ONEFILE_RAW_BUDGET) -> list:
    """PyInstaller's binaries list for the one-file build: the libraries to store uncompressed
    are marked EXTENSION (which the spec's ONEFILE_COMPRESSION stores as it is) instead of
    BINARY, the only way PyInstaller lets a single file be stored uncompressed. Deterministic:
    the same files give the same choice."""
    candidates = []
    for dest, src, typecode in binaries:
        if typecode == "BINARY":
            size = Path(src).stat().st_size
            packed = len(zlib.compress(Path(src).read_bytes(), 6))
            candidates.append((packed / max(1, size), dest, size - packed))
    raw: set[str] = set()
    spent = 0
    for _, dest, growth in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if spent + growth <= budget:
            raw.add(dest)
            spent += growth
    return [(dest, src, "EXTENSION" if dest in raw else typecode)
            for dest, src, typecode in binaries]


def _skipped(path: Path) -> bool:
    return any(part in SKIP_NAMES or part.startswith(".") for part in path.parts) or \
        path.name.endswith(SKIP_SUFFIXES)


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) for every file of DATA_DIRS, as
    PyInstaller's `datas` wants them. Paths are relative to `root` (the spec's folder)."""
    found = []
    for top in DATA_DIRS:
        base = root / top
        if not base.is_dir():
            raise SystemExit(f"thaw.spec: {base} is missing; build from the repository root")
        for path in sorted(base.rglob("*")):
            rel = path.relative_to(root)
            if path.is_file() and not _skipped(rel):
                found.append((str(rel), str(rel.parent)))
    return found


def bundled_names(root: Path = ROOT) -> set[str]:
    """The bundle-relative paths (with /) of every data file the build must contain."""
    return {Path(dest, Path(src).name).as_posix() for src, dest in data_files(root)}
