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
LAZY_ALLOWED = {
    # glance is rewriting TurnScene (issue 14); the screen's imports are settled with it.
    "game/ui/screens/turn.py",
}


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
