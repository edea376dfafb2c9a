"""`make bench-dist`: the packaged game against the game run from source, in numbers (JSON).

- size: bytes of dist/thaw (one file) and of dist/thaw-dir/ (one folder), against the targets
  (30 MB and 60 MB, 1 MB = 10^6 bytes).
- start to first frame: seconds from spawning `thaw play --exit-after-first-frame` to the moment
  the window reports its first frame (`THAW_REPORT_FIRST_FRAME`, printed right after the first
  flip), for source (`python -m game` in the venv), the one folder and the one file; medians of
  --runs starts each, taken in turn (so a busy moment of a shared machine hits all three alike),
  after one untimed start of each. Also the CPU seconds (user + system, the one file's unpacking
  process included) of each start: less disturbed by other programs than wall time.
- under the SDL dummy video driver and under Xvfb (SDL_FRAMEBUFFER_ACCELERATION=0), if Xvfb is
  installed; the packaged builds run with an empty environment (no Python on PATH).

Targets (from the issue): one folder within 1.5x, one file within 2.5x of source. A benchmark
prints; it does not fail on a slow machine. Exit code 2 only when the builds are missing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from smoke import clean_env, exe_name  # noqa: E402

TARGETS = {"file_mb": 30.0, "folder_mb": 60.0, "folder_ratio": 1.5, "file_ratio": 2.5}


def tree_bytes(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _start(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(seconds to the first frame, CPU seconds of the whole start) of one start."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    out = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    for line in out.stdout.splitlines():
        if line.startswith("first-frame "):
            return float(line.split()[1]) - start, cpu
    raise RuntimeError(f"{argv[0]}: no first frame (exit {out.returncode}): {out.stderr[-800:]}")


class Xvfb:
    """A private X server for the run, on the first free display from :91, stopped after."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        for n in range(91, 120):
            if Path(f"/tmp/.X11-unix/X{n}").exists() or Path(f"/tmp/.X{n}-lock").exists():
                continue
            self.display = f":{n}"
            self.proc = subprocess.Popen(
                ["Xvfb", self.display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(100):  # up to 5 s for the socket
                if Path(f"/tmp/.X11-unix/X{n}").exists():
                    return self
                if self.proc.poll() is not None:
                    break
                time.sleep(0.05)
            self.__exit__()
        raise RuntimeError("Xvfb did not start")

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.proc = None


def measure(driver: str, runs: int, python: str, folder: Path, onefile: Path,
            display: str = "") -> dict:
    video = {"SDL_VIDEODRIVER": "dummy"} if driver == "dummy" else \
        {"SDL_VIDEODRIVER": "x11", "DISPLAY": display, "SDL_FRAMEBUFFER_ACCELERATION": "0"}
    kinds = {
        "source": ([python, "-m", "game"], ROOT, True),
        "folder": ([str(folder)], None, False),
        "file": ([str(onefile)], None, False),
    }
    times: dict[str, list[float]] = {k: [] for k in kinds}
    cpus: dict[str, list[float]] = {k: [] for k in kinds}
    with tempfile.TemporaryDirectory(prefix="thaw-bench-") as tmp:
        outside = Path(tmp)  # the builds start in a folder outside the repository
        for i in range(runs + 1):
            for kind, (argv, cwd, keep_env) in kinds.items():
                home = outside / f"home-{kind}-{i}"
                extra = {"THAW_HOME": str(home), "THAW_REPORT_FIRST_FRAME": "1",
                         "SDL_AUDIODRIVER": "dummy", **video}
                env = dict(os.environ, **extra) if keep_env else clean_env(extra)
                seconds, cpu = _start([*argv, "play", "--exit-after-first-frame"], env,
                                      cwd or outside)
                if i > 0:  # the first start of each only warms the caches
                    times[kind].append(seconds)
                    cpus[kind].append(cpu)
    med = {k: statistics.median(v) for k, v in times.items()}
    cpu_med = {k: statistics.median(v) for k, v in cpus.items()}
    folder_ratio = med["folder"] / med["source"]
    file_ratio = med["file"] / med["source"]
    return {
        "first_frame_s": {k: round(v, 3) for k, v in med.items()},
        "first_frame_all_s": {k: [round(x, 3) for x in v] for k, v in times.items()},
        "cpu_s": {k: round(v, 3) for k, v in cpu_med.items()},
        "folder_ratio": round(folder_ratio, 2),
        "file_ratio": round(file_ratio, 2),
        "cpu_folder_ratio": round(cpu_med["folder"] / cpu_med["source"], 2),
        "cpu_file_ratio": round(cpu_med["file"] / cpu_med["source"], 2),
        "within_targets": folder_ratio <= TARGETS["folder_ratio"] and
        file_ratio <= TARGETS["file_ratio"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="timed starts of each (default 9)")
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="the build folder")
    parser.add_argument("--drivers", default="dummy,xvfb",
                        help="comma-separated: dummy, xvfb (default both)")
    args = parser.parse_args(argv)
    dist = Path(args.dist)
    onefile = dist / exe_name("thaw")
    folder = dist / "thaw-dir" / exe_name("thaw")
    if not onefile.is_file() or not folder.is_file():
        print(f"dist_bench: no build in {dist}; run `make dist` first", file=sys.stderr)
        return 2
    file_mb = tree_bytes(onefile) / 1e6
    folder_mb = tree_bytes(folder.parent) / 1e6
    result: dict = {
        "platform": sys.platform,
        "cpus": os.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "runs": args.runs,
        "size_mb": {"file": round(file_mb, 1), "folder": round(folder_mb, 1)},
        "size_within_targets": file_mb <= TARGETS["file_mb"] and
        folder_mb <= TARGETS["folder_mb"],
        "targets": TARGETS,
        "drivers": {},
    }
    python = sys.executable
    for driver in [d.strip() for d in args.drivers.split(",") if d.strip()]:
        if driver == "dummy":
            result["drivers"]["dummy"] = measure("dummy", args.runs, python, folder, onefile)
        elif driver == "xvfb":
            if shutil.which("Xvfb") is None:
                result["drivers"]["xvfb"] = {"skipped": "Xvfb is not installed"}
                continue
            with Xvfb() as xvfb:
                result["drivers"]["xvfb"] = measure("xvfb", args.runs, python, folder, onefile,
                                                    xvfb.display)
        else:
            parser.error(f"unknown driver {driver!r}")
    result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
