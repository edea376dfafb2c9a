"""The same on every system: every text file is read and written as UTF-8 by name (Windows would
otherwise use its own code page), and the repository's files keep LF line endings on checkout
(the scenario's content hash is taken over its bytes)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("game", "tools", "tests", "benchmarks", "packaging")
NOT_TEXT = {"os", "tarfile", "zipfile", "gzip", "wave", "webbrowser", "io"}


def _mode(call: ast.Call, position: int) -> str | None:
    """The mode of an open() call, if it is written as a constant (None: unknown)."""
    for keyword in call.keywords:
        if keyword.arg == "mode":
            return keyword.value.value if isinstance(keyword.value, ast.Constant) else None
    if len(call.args) > position:
        arg = call.args[position]
        return arg.value if isinstance(arg, ast.Constant) else None
    return "r"


def unnamed_encodings(source: str) -> list[int]:
    """The lines of text reads and writes that do not name their encoding."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or any(k.arg == "encoding" for k in node.keywords):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("read_text", "write_text"):
            found.append(node.lineno)
        elif isinstance(func, ast.Name) and func.id == "open":
            mode = _mode(node, 1)
            if isinstance(mode, str) and "b" not in mode:
                found.append(node.lineno)
        elif isinstance(func, ast.Attribute) and func.attr == "open" and not (
                isinstance(func.value, ast.Name) and func.value.id in NOT_TEXT):
            mode = _mode(node, 0)
            if isinstance(mode, str) and "b" not in mode:
                found.append(node.lineno)
    return found


def test_every_text_file_names_its_encoding():
    missing = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            lines = unnamed_encodings(path.read_text(encoding="utf-8"))
            missing += [f"{path.relative_to(ROOT)}:{line}" for line in lines]
    assert missing == []


def test_the_check_notices_a_text_read_without_an_encoding():
    assert unnamed_encodings("p.read_text()\n") == [1]
    assert unnamed_encodings("open(p)\nopen(p, 'w')\n") == [1, 2]
    assert unnamed_encodings("p.open('a')\n") == [1]
    assert unnamed_encodings("open(p, 'rb')\np.read_text(encoding='utf-8')\nos.open(p, 0)\n") == []


def test_line_endings_are_lf_on_every_checkout():
    attributes = (ROOT / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert "* text=auto eol=lf" in attributes
    for binary in ("*.png", "*.ttf", "*.ogg", "*.ico", "*.icns"):
        assert any(line.startswith(binary) and "binary" in line for line in attributes), binary
