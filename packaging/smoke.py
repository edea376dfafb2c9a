"""Smoke test of a packaged `thaw`: the checks `tests/packaging/test_build.py` makes on this
machine and the release workflow makes on each platform's runner, in one place.

    python packaging/smoke.py dist/thaw            # or dist/thaw.exe, dist/thaw-dir/thaw,
                                                   # dist/Thaw.app/Contents/MacOS/thaw

The executable is copied into a fresh folder outside the repository and started from there with
an almost empty environment: no PATH entry to any Python, no PYTHONPATH, no virtual environment,
headless SDL drivers. It must then
- print its version (`thaw --version`, the same as game.__version__);
- play a whole game through the window (`play --autoplay --seed 1`) and leave a finished run
  record, with an ending, in THAW_HOME/runs/;
- make the teacher's pages from that record (report, class report, what-if, the spread);
- list a scenario a teacher dropped into THAW_HOME/scenarios/, and name a broken one without
  failing;
- write nothing beside itself or in the folder it was started from.
Exit 0 when all hold; otherwise 1, with what failed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from builder import exe_name  # noqa: E402,F401 - also used by the benchmark

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "fixtures" / "good" / "tiny.yaml"
TIMEOUT = 600  # seconds per command: a whole autoplay game on a slow shared runner


def clean_env(extra: dict[str, str]) -> dict[str, str]:
    """An environment with nothing of Python in it: what a double-clicked program gets, minus
    the desktop. Windows needs its system folders and a temporary folder to start programs."""
    env: dict[str, str] = {}
    if sys.platform == "win32":
        for key in ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "TEMP", "TMP", "USERPROFILE",
                    "LOCALAPPDATA", "APPDATA", "HOMEDRIVE", "HOMEPATH", "COMPUTERNAME"):
            if key in os.environ:
                env[key] = os.environ[key]
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env["PATH"] = rf"{root}\System32;{root}"
    else:
        env["HOME"] = os.environ.get("HOME", "/tmp")
        env["PATH"] = "/usr/bin:/bin"
        if "TMPDIR" in os.environ:  # where the one-file build unpacks itself
            env["TMPDIR"] = os.environ["TMPDIR"]
        if sys.platform == "darwin":
            env["USER"] = os.environ.get("USER", "")
    env.update(extra)
    return env


def expected_version() -> str:
    sys.path.insert(0, str(ROOT))
    from game import __version__

    return __version__


class Smoke:
    def __init__(self, exe: Path, work: Path) -> None:
        self.work = work
        self.home = work / "thaw-home"
        self.cwd = work / "cwd"
        self.cwd.mkdir(parents=True)
        if exe.parent.name == "MacOS" or (exe.parent / "_internal").is_dir():
            # A one-folder build (or a Mac app) is one with its folder: copy the folder.
            top = exe.parent.parent.parent if exe.parent.name == "MacOS" else exe.parent
            copied = work / "app" / top.name
            shutil.copytree(top, copied, symlinks=True)
            self.exe = copied / exe.relative_to(top)
        else:
            (work / "app").mkdir()
            self.exe = work / "app" / exe.name
            shutil.copy2(exe, self.exe)
        self.app_dir = self.exe.parent
        self.failures: list[str] = []
        self.log: list[str] = []

    def run(self, *args: str) -> subprocess.CompletedProcess:
        env = clean_env({"THAW_HOME": str(self.home), "SDL_VIDEODRIVER": "dummy",
                         "SDL_AUDIODRIVER": "dummy"})
        out = subprocess.run([str(self.exe), *args], cwd=self.cwd, env=env, capture_output=True,
                             text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT)
        self.log.append(f"$ thaw {' '.join(args)}  -> exit {out.returncode}\n"
                        f"{out.stdout[-1500:]}{out.stderr[-3000:]}")
        return out

    def check(self, ok: bool, what: str) -> None:
        if not ok:
            self.failures.append(what)

    def listing(self, folder: Path) -> set[str]:
        return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}

    def classroom(self, record: Path) -> None:
        """The teacher's tools on the record the window left."""
        page = self.work / "report.html"
        out = self.run("report", str(record), "--html", str(page))
        self.check(out.returncode == 0 and page.is_file() and
                   "<html" in page.read_text(encoding="utf-8")[:500].lower(),
                   f"thaw report --html made no page (exit {out.returncode})")
        for args in (["class-report", str(record.parent), "--json"],
                     ["whatif", str(record), "--flip", "1", "--json"],
                     ["simulate", "--from", str(record), "--at", "2", "--runs", "3", "--json"]):
            out = self.run(*args)
            try:
                ok = out.returncode == 0 and isinstance(json.loads(out.stdout), dict)
            except ValueError:
                ok = False
            self.check(ok, f"thaw {args[0]} ... --json gave no JSON (exit {out.returncode})")

    def all(self) -> list[str]:
        before_app = self.listing(self.app_dir)
        version = expected_version()

        out = self.run("--version")
        self.check(out.returncode == 0 and out.stdout.strip() == f"thaw {version}",
                   f"--version printed {out.stdout.strip()!r} (exit {out.returncode}), "
                   f"expected 'thaw {version}'")

        out = self.run("play", "--autoplay", "--seed", "1")
        self.check(out.returncode == 0, f"play --autoplay exited {out.returncode}")
        records = sorted((self.home / "runs").glob("*.json"))
        self.check(len(records) == 1, f"expected one run record in THAW_HOME/runs, found "
                                      f"{[p.name for p in records]}")
        if records:
            record = json.loads(records[0].read_text(encoding="utf-8"))
            ending = record.get("ending") or {}
            self.check(record.get("finished") is True, "the run record is not finished")
            self.check(bool(ending.get("id")), "the run record has no ending")
            self.check(record.get("game_version") == version,
                       f"the run record says version {record.get('game_version')!r}")
            self.check(bool(record.get("decisions")), "the run record has no decisions")

        if records:
            self.classroom(records[0])

        # A teacher's scenario, and a broken file beside it.
        user = self.home / "scenarios"
        user.mkdir(parents=True, exist_ok=True)
        shutil.copy(TINY, user / "lesson.yaml")
        (user / "broken.yaml").write_text("scenario: [unclosed\n", encoding="utf-8")
        out = self.run("scenarios")
        listed = out.stdout.split()
        self.check(out.returncode == 0, f"thaw scenarios exited {out.returncode}")
        self.check("campaign" in listed, "the bundled campaign is not listed")
        self.check(_tiny_id() in listed, "a scenario in THAW_HOME/scenarios is not listed")
        self.check("broken" in out.stderr and "BROKEN" in out.stderr,
                   "a broken scenario in THAW_HOME/scenarios is not named as broken")

        out = self.run("validate", str(user / "lesson.yaml"))
        self.check(out.returncode == 0, f"thaw validate of a good file exited {out.returncode}")

        out = self.run("simulate", "--runs", "2", "--json")
        try:
            runs = json.loads(out.stdout)["runs"]
            self.check(len(runs) == 2 and all(r["ending"] for r in runs),
                       "simulate --json did not give two ended runs")
        except (ValueError, KeyError, TypeError):
            self.check(False, f"simulate --json printed no JSON (exit {out.returncode})")

        self.check(self.listing(self.app_dir) == before_app,
                   "files appeared beside the executable: "
                   f"{sorted(self.listing(self.app_dir) - before_app)}")
        self.check(not any(self.cwd.iterdir()),
                   f"files appeared in the working folder: {sorted(self.listing(self.cwd))}")
        self.check(not (self.home / "crash.txt").exists(), "a crash report was written")
        return self.failures


def _tiny_id() -> str:
    import yaml  # a dependency of the game, so present wherever the game is built

    return yaml.safe_load(TINY.read_text(encoding="utf-8"))["scenario"]["id"]


def smoke(exe: Path) -> tuple[list[str], list[str]]:
    """(failures, log) of every check on the executable `exe`."""
    with tempfile.TemporaryDirectory(prefix="thaw-smoke-") as tmp:
        test = Smoke(exe.resolve(), Path(tmp))
        return test.all(), test.log


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python packaging/smoke.py PATH-TO-THAW-EXECUTABLE", file=sys.stderr)
        return 2
    exe = Path(args[0])
    if not exe.is_file():
        print(f"smoke: {exe}: no such file", file=sys.stderr)
        return 2
    failures, log = smoke(exe)
    print("\n".join(log))
    if failures:
        print(f"\nsmoke test of {exe}: FAILED", file=sys.stderr)
        for failure in failures:
            print(f"  - {failure}", file=sys.stderr)
        return 1
    print(f"\nsmoke test of {exe}: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
