"""What the build bundles and leaves out (packaging/bundle.py), checked from source in the normal
suite, so that a change to the game or an upgraded dependency that would break the packaged game
is caught before anyone builds it.

- every scenario and asset file is bundled; tools/, tests/ and docs/ are not;
- with every excluded module made unimportable, the game still plays a whole game in the window,
  in the terminal, and runs every command.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402


def test_every_scenario_and_asset_file_is_bundled_under_its_own_path():
    names = bundle.bundled_names()
    for top in ("scenarios", "assets"):
        for path in (ROOT / top).rglob("*"):
            rel = path.relative_to(ROOT)
            if path.is_file() and "__pycache__" not in rel.parts:
                assert rel.as_posix() in names, f"{rel} would be left out of the build"
    # What the issue names: the campaign folder, the glossary, fonts with their licence.
    assert "scenarios/_reference.yaml" in names
    assert any(n.startswith("scenarios/campaign/") for n in names)
    assert "assets/fonts/LICENSE-ParaType.txt" in names
    assert {f"assets/fonts/{f}" for f in ("PTF55F.ttf", "PTS55F.ttf", "PTS75F.ttf")} <= names


def test_tools_tests_and_docs_are_not_bundled():
    for source, dest in bundle.data_files():
        assert Path(source).parts[0] in bundle.DATA_DIRS
        assert Path(dest).parts[0] in bundle.DATA_DIRS
    assert not {"tools", "tests", "docs"} & set(bundle.DATA_DIRS)


def test_editor_and_system_leftovers_are_skipped(tmp_path):
    for top in bundle.DATA_DIRS:
        (tmp_path / top / "sub").mkdir(parents=True)
        (tmp_path / top / "sub" / "real.yaml").write_text("x: 1\n", encoding="utf-8")
        for junk in (".DS_Store", "real.yaml~", "notes.swp", "Thumbs.db"):
            (tmp_path / top / "sub" / junk).write_text("", encoding="utf-8")
        (tmp_path / top / ".git").mkdir()
        (tmp_path / top / ".git" / "HEAD").write_text("", encoding="utf-8")
    names = bundle.bundled_names(tmp_path)
    assert names == {f"{top}/sub/real.yaml" for top in bundle.DATA_DIRS}


def test_the_spec_uses_the_shared_lists_and_our_hooks():
    spec = (ROOT / "thaw.spec").read_text(encoding="utf-8")
    assert "from bundle import EXCLUDES, data_files" in spec
    assert "excludes=sorted(EXCLUDES)" in spec and "datas=data_files()" in spec
    assert 'hookspath=[os.path.join("packaging", "hooks")]' in spec
    hooks = {p.name for p in (ROOT / "packaging" / "hooks").glob("hook-*.py")}
    assert "hook-pydantic.py" in hooks
    # Relative paths only: the spec must build from any clone.
    assert str(ROOT) not in spec and "/home/" not in spec and "C:\\" not in spec


def test_the_linux_build_uses_the_machines_own_cpp_runtime():
    assert not bundle.keep_binary("libstdc++.so.6", "linux")
    assert not bundle.keep_binary("libgcc_s.so.1", "linux")
    assert bundle.keep_binary("pygame_ce.libs/libSDL2-2-50d19f93.0.so.0.3200.10", "linux")
    assert bundle.keep_binary("libpython3.11.so.1.0", "linux")
    assert bundle.keep_binary("libstdc++-6.dll", "win32")  # elsewhere nothing is left out


def test_the_one_file_stores_uncompressed_the_libraries_that_shrink_least(tmp_path):
    import random

    rng = random.Random(1)
    noise = tmp_path / "noise.so"  # does not shrink at all
    noise.write_bytes(rng.randbytes(300_000))
    half = tmp_path / "half.so"  # shrinks to about half
    half.write_bytes(b"".join(rng.randbytes(16) + bytes(16) for _ in range(20_000)))
    zeros = tmp_path / "zeros.so"  # shrinks to nothing
    zeros.write_bytes(bytes(400_000))
    binaries = [("noise.so", str(noise), "BINARY"), ("half.so", str(half), "BINARY"),
                ("zeros.so", str(zeros), "BINARY"), ("ext.so", str(zeros), "EXTENSION")]
    # A budget that buys the noise (grows the file by almost nothing) and the half, not the zeros.
    out = bundle.onefile_binaries(binaries, budget=400_000)
    assert [t for _, _, t in out] == ["EXTENSION", "EXTENSION", "BINARY", "EXTENSION"]
    assert out == bundle.onefile_binaries(binaries, budget=400_000)  # the same every build
    # With nothing to spend, only what compression would make larger is stored as it is.
    assert [t for _, _, t in bundle.onefile_binaries(binaries, budget=0)][:3] == \
        ["EXTENSION", "BINARY", "BINARY"]


# Runs the game with the left-out modules not findable, as in the build: a finder in front of all
# the others answers "no such module" for them (find_spec returns None, as for a module that is
# not installed, which is what optional imports test for) and asks the others for the rest.
BLOCKER = """
import importlib.abc, sys
LEFT_OUT = {left_out!r}
already = sorted(m for m in sys.modules if m.split(".")[0] in LEFT_OUT or m in LEFT_OUT)
assert not already, already

class LeftOut(importlib.abc.MetaPathFinder):
    def __init__(self, finders):
        self.finders = finders

    def find_spec(self, name, path=None, target=None):
        if any(name == m or name.startswith(m + ".") for m in LEFT_OUT):
            return None
        for finder in self.finders:
            spec = finder.find_spec(name, path, target) if hasattr(finder, "find_spec") else None
            if spec is not None:
                return spec
        return None

sys.meta_path[:] = [LeftOut(list(sys.meta_path))]
sys.path.insert(0, {root!r})
from game.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("command", [
    ["play", "--autoplay", "--seed", "4"],
    ["play", "--text", "--seed", "4"],
    ["simulate", "--runs", "3", "--json"],
    ["validate", "scenarios"],
    ["schema"],
    ["scenarios"],
    ["events", "--json"],
    ["endings", "--json"],
], ids=lambda c: "-".join(c[:2]))
def test_the_game_never_needs_a_module_the_build_leaves_out(command, thaw_home):
    script = BLOCKER.format(left_out=sorted(bundle.EXCLUDES), root=str(ROOT))
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
               THAW_HOME=str(thaw_home), PYGAME_HIDE_SUPPORT_PROMPT="1")
    # The terminal game: a few choices, a look at every screen, then save and quit.
    stdin = "1\n1\ns\np\nw\nn\nh\n1\nq\n" if "--text" in command else ""
    out = subprocess.run([sys.executable, "-c", script, *command], cwd=ROOT, env=env,
                         input=stdin, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    if command[0] == "play":
        records = list((thaw_home / "runs").glob("*.json"))
        assert records, "no run record"
        if "--autoplay" in command:
            assert json.loads(records[0].read_text(encoding="utf-8"))["finished"] is True


def _blocked(args: list[str], home: Path) -> subprocess.CompletedProcess:
    script = BLOCKER.format(left_out=sorted(bundle.EXCLUDES), root=str(ROOT))
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
               THAW_HOME=str(home), PYGAME_HIDE_SUPPORT_PROMPT="1")
    return subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def test_the_teachers_tools_never_need_a_module_the_build_leaves_out(thaw_home, tmp_path):
    out = _blocked(["simulate", "--runs", "1", "--seed", "3", "--policy", "historical",
                    "--record-dir", str(tmp_path / "runs")], thaw_home)
    assert out.returncode == 0, out.stderr[-3000:]
    record = next((tmp_path / "runs").glob("*.json"))
    for args in (["report", str(record), "--html", str(tmp_path / "report.html")],
                 ["class-report", str(tmp_path / "runs"), "--html", str(tmp_path / "c.html")],
                 ["whatif", str(record), "--flip", "2", "--html", str(tmp_path / "w.html")],
                 ["simulate", "--from", str(record), "--at", "3", "--runs", "5"]):
        out = _blocked(args, thaw_home)
        assert out.returncode == 0, (args, out.stderr[-3000:])
    assert all((tmp_path / name).is_file() for name in ("report.html", "c.html", "w.html"))


def test_the_blocker_above_does_block():
    """The check above would pass for nothing if the blocker let left-out modules through."""
    script = BLOCKER.format(left_out=["tkinter"], root=str(ROOT)).replace(
        "from game.cli import main\nsys.exit(main(sys.argv[1:]))", "import tkinter")
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode != 0 and "No module named 'tkinter'" in out.stderr
