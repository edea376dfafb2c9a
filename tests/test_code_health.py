"""Housekeeping that stays done: ruff (style, imports, and no function more complex than 12) and
vulture (no dead code) pass over the whole repository; any exception is named, with its reason,
in pyproject.toml (and tools/vulture_whitelist.py)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    """The tool beside this Python (the test extra installs both), else on the PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is not installed: pip install -e '.[test]'"
    return found


def test_ruff_finds_nothing():
    result = subprocess.run([tool("ruff"), "check", "."], cwd=ROOT, capture_output=True,
                            text=True, encoding="utf-8")
    assert result.returncode == 0, result.stdout + result.stderr


def test_vulture_finds_no_dead_code():
    result = subprocess.run([tool("vulture")], cwd=ROOT, capture_output=True, text=True,
                            encoding="utf-8")
    assert result.returncode == 0, result.stdout + result.stderr


# --- imports you can see ------------------------------------------------------------------------
# An import inside a function hides a dependency from whoever reads the top of the module. One
# stays only where it buys start-up time (the first frame, `thaw --help`) or breaks a cycle, and
# says so in a `# lazy: why` comment on its line or on the line above (a comment above a run of
# imports covers the run).
LAZY = re.compile(r"#\s*lazy:\s*\S.{4,}")
# Files whose function-level imports are not yet explained, each with its reason.
LAZY_ALLOWED: set[str] = set()


def unexplained_imports(source: str) -> list[int]:
    """The lines of function-level imports with no `# lazy:` reason."""
    lines = source.splitlines()
    inner = sorted({node.lineno: node for function in ast.walk(ast.parse(source))
                    if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
                    for node in ast.walk(function)
                    if isinstance(node, ast.Import | ast.ImportFrom)}.items())
    explained: set[int] = set()  # the last lines of the explained imports
    bad = []
    for line, node in inner:
        above = line - 1
        if (LAZY.search(lines[line - 1]) or above in explained
                or (above >= 1 and LAZY.fullmatch(lines[above - 1].strip()))):
            explained.add(node.end_lineno)
        else:
            bad.append(line)
    return bad


def test_function_level_imports_say_why():
    found = []
    for path in sorted((ROOT / "game").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name not in LAZY_ALLOWED:
            found += [f"{name}:{line}" for line in
                      unexplained_imports(path.read_text(encoding="utf-8"))]
    assert found == []
    assert all((ROOT / name).is_file() for name in LAZY_ALLOWED)


def test_the_import_check_notices_an_unexplained_import():
    assert unexplained_imports("def f():\n    import json\n") == [2]
    assert unexplained_imports("class A:\n    def f(self):\n        if x:\n"
                               "            from game import paths\n") == [4]
    assert unexplained_imports("def f():\n    # lazy:\n    import json\n") == [3]
    assert unexplained_imports("def f():\n    # lazy: pygame only for play\n    import a\n"
                               "    import b\n\n    import c\n") == [6]
    assert unexplained_imports("def f():\n    import a  # lazy: a cycle with b\n"
                               "import json\n") == []


# --- rooms that fit on a few screens -------------------------------------------------------------
LONGEST_FUNCTION = 60  # lines, from `def` to the last line of the body
# Files whose functions may still be longer, each with its reason.
LONG_ALLOWED: set[str] = set()
# The two classes the review found doing too much, and the most lines each may have now.
LONGEST_CLASS = {("game/ui/app.py", "App"): 250, ("game/ui/screens/turn.py", "TurnScene"): 250}
LONG_CLASS_ALLOWED: set[tuple[str, str]] = set()


def long_functions(source: str, limit: int = LONGEST_FUNCTION) -> list[tuple[str, int]]:
    """(name, lines) of each function or method over `limit` lines."""
    return [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno - node.lineno + 1 > limit]


def class_lines(source: str, name: str) -> int:
    """How many lines the class `name` takes, from `class` to the end of its body."""
    found = [node for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.ClassDef) and node.name == name]
    assert len(found) == 1, name
    return found[0].end_lineno - found[0].lineno + 1


def test_no_function_in_the_game_is_over_60_lines():
    found = []
    for path in sorted((ROOT / "game").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name not in LONG_ALLOWED:
            found += [f"{name}: {function} has {lines} lines" for function, lines in
                      long_functions(path.read_text(encoding="utf-8"))]
    assert found == []
    assert all((ROOT / name).is_file() for name in LONG_ALLOWED)


def test_app_and_the_turn_screen_stay_small():
    for (name, cls), limit in LONGEST_CLASS.items():
        lines = class_lines((ROOT / name).read_text(encoding="utf-8"), cls)
        if (name, cls) not in LONG_CLASS_ALLOWED:
            assert lines < limit, f"{name}: {cls} has {lines} lines"


def test_the_length_checks_notice_a_long_one():
    lines = [f"x{i} = {i}" for i in range(60)]
    body = "".join(f"    {line}\n" for line in lines)
    assert long_functions("def f():\n" + body.replace("    x0 = 0\n", "")) == []
    assert long_functions("def f():\n" + body) == [("f", 61)]
    method = "".join(f"        {line}\n" for line in lines)
    assert long_functions(f"class A:\n    async def g(self):\n{method}") == [("g", 61)]
    assert class_lines("class App:\n" + body, "App") == 61
