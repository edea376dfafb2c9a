"""Builds the packaged game: `make dist` and the release workflow both run this, so the two
build the same way. It runs PyInstaller on thaw.spec from the repository root, then reports what
was made (sizes against the targets, and how long it took).

    python packaging/builder.py                  # dist/thaw (one file), dist/thaw-dir/ (one folder)
    python packaging/builder.py --assets DIR     # also the release files, named per platform
    python packaging/builder.py --no-build --assets DIR   # only name and pack an existing build

Release files (what a teacher downloads):
    thaw-linux-x86_64                   the one file
    thaw-linux-x86_64-folder.tar.gz     the one folder, for machines that forbid running
                                        programs from the temporary folder; with the app
                                        icon in every size (thaw-dir/icons/) for a menu entry
    thaw-windows-x86_64.exe             the one file
    thaw-windows-x86_64-folder.zip      the one folder (same reason)
    thaw-macos-arm64.zip                Thaw.app (Apple silicon); thaw-macos-x86_64.zip (Intel)

Exit code: PyInstaller's, or 1 when a product is missing after the build.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "packaging" / "icons"  # drawn by tools/images/make_icon.py
SIZE_TARGETS_MB = {"file": 30.0, "folder": 60.0}  # 1 MB = 10^6 bytes


def exe_name(stem: str) -> str:
    return stem + (".exe" if sys.platform == "win32" else "")


def products(dist: Path) -> dict[str, Path]:
    found = {"file": dist / exe_name("thaw"), "folder": dist / "thaw-dir"}
    if sys.platform == "darwin":
        found["app"] = dist / "Thaw.app"
    return found


def size_bytes(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path | None = None, work: Path | None = None, quiet: bool = True) -> float:
    """Runs PyInstaller; returns the seconds it took. Raises CalledProcessError on failure."""
    argv = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "thaw.spec"]
    if quiet:
        # WARN still shows what matters. Expected on Linux and macOS: "Library ole32/shell32/
        # msvcrt required via ctypes not found" (Windows-only code in platformdirs).
        argv[3:3] = ["--log-level", "WARN"]
    if dist is not None:
        argv[3:3] = ["--distpath", str(dist)]
    if work is not None:
        argv[3:3] = ["--workpath", str(work)]
    start = time.perf_counter()
    # pygame greets on import, and PyInstaller imports it while analysing: keep the log quiet.
    env = dict(os.environ, PYGAME_HIDE_SUPPORT_PROMPT="1")
    subprocess.run(argv, cwd=ROOT, check=True, env=env)
    return time.perf_counter() - start


def platform_tag() -> str:
    """e.g. linux-x86_64, windows-x86_64, macos-arm64."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    if system.startswith("linux"):
        system = "linux"
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def release_assets(dist: Path, out: Path) -> list[Path]:
    """The files to attach to a release, made from the build in `dist`, written to `out`."""
    out.mkdir(parents=True, exist_ok=True)
    tag = platform_tag()
    made = []
    if sys.platform == "darwin":
        # ditto keeps the app's symbolic links and code signature, which a plain zip breaks.
        target = out / f"thaw-{tag}.zip"
        subprocess.run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent",
                        str(dist / "Thaw.app"), str(target)], check=True)
        return [target]
    onefile = out / f"thaw-{tag}{'.exe' if sys.platform == 'win32' else ''}"
    shutil.copy2(dist / exe_name("thaw"), onefile)
    made.append(onefile)
    if sys.platform.startswith("linux"):
        # A Linux executable has no icon of its own: a desktop menu entry points at these.
        icons = dist / "thaw-dir" / "icons"
        icons.mkdir(exist_ok=True)
        for png in sorted(ICONS.glob("thaw-*.png")):
            shutil.copy2(png, icons / png.name)
    archive_format = "zip" if sys.platform == "win32" else "gztar"
    base = out / f"thaw-{tag}-folder"
    # Unpacks to a folder thaw-dir/ holding the executable `thaw` (thaw.exe) and _internal/.
    made.append(Path(shutil.make_archive(str(base), archive_format, root_dir=dist,
                                         base_dir="thaw-dir")))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the packaged game with PyInstaller.")
    parser.add_argument("--assets", metavar="DIR", help="also write the release files here")
    parser.add_argument("--no-build", action="store_true", help="use the build in dist/")
    args = parser.parse_args(argv)
    dist = ROOT / "dist"
    if not args.no_build:
        try:
            seconds = build()
        except subprocess.CalledProcessError as error:
            print(f"build: PyInstaller failed (exit {error.returncode})", file=sys.stderr)
            return error.returncode or 1
        print(f"built in {seconds:.0f} s:")
    missing = [str(p) for p in products(dist).values() if not p.exists()]
    if missing:
        print(f"build: missing: {', '.join(missing)}", file=sys.stderr)
        return 1
    for kind, path in products(dist).items():
        mb = size_bytes(path) / 1e6
        target = SIZE_TARGETS_MB.get(kind)
        note = f" (target <= {target:.0f} MB{', OVER' if mb > target else ''})" if target else ""
        print(f"  {path.relative_to(ROOT)}: {mb:.1f} MB{note}")
    if args.assets:
        print("release files:")
        for path in release_assets(dist, Path(args.assets)):
            print(f"  {path}: {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
