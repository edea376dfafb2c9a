"""docs/architecture.md stays true: every file, folder, class, function and attribute it names in
`code` exists in the tree (a renamed function shows up here, not in a newcomer's lost hour)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
NAME = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")


def definitions(root: Path) -> tuple[set[str], dict[str, set[str]]]:
    """Every name defined in the Python files under game/, tools/ and tests/ (classes,
    functions, assigned names and attributes, imported names, modules), and each class's own
    (its methods, class fields and `self.x` attributes)."""
    names: set[str] = set()
    members: dict[str, set[str]] = {}
    for folder in ("game", "tools", "tests"):
        for path in (root / folder).rglob("*.py"):
            names.add(path.stem)
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names |= _defined(node)
                if isinstance(node, ast.ClassDef):
                    own = members.setdefault(node.name, set())
                    for inner in ast.walk(node):
                        own |= _defined(inner) - {node.name}
    return names, members


def _defined(node: ast.AST) -> set[str]:
    if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
        return {node.name}
    if isinstance(node, ast.ImportFrom | ast.Import):
        return {(alias.asname or alias.name).split(".")[-1] for alias in node.names}
    targets = node.targets if isinstance(node, ast.Assign) else \
        [node.target] if isinstance(node, ast.AnnAssign) else []
    found = set()
    for target in targets:
        for part in ast.walk(target):
            if isinstance(part, ast.Name):
                found.add(part.id)
            elif isinstance(part, ast.Attribute):
                found.add(part.attr)
    return found


def unknown_names(doc: str, root: Path) -> list[str]:
    """The `code` spans of `doc` (outside fenced blocks) that name nothing in the tree: paths
    that do not exist, names not defined, `Class.member` where the class has no such member."""
    names, members = definitions(root)
    text = re.sub(r"```.*?```", "", doc, flags=re.S)
    bad = []
    for span in re.findall(r"`([^`\n]+)`", text):
        if "/" in span or span.endswith((".py", ".md")):
            if not (root / span.rstrip("/")).exists():
                bad.append(span)
        elif NAME.fullmatch(span):
            first, *rest = span.split(".")
            if first not in names or (rest and (first not in members or
                                                any(r not in members[first] for r in rest))):
                bad.append(span)
    return bad


def test_every_name_in_the_map_exists():
    doc = DOC.read_text(encoding="utf-8")
    assert len(re.findall(r"`[^`\n]+`", doc)) > 50  # the check reads the spans it should
    assert unknown_names(doc, ROOT) == []


def test_the_map_check_notices_a_wrong_name():
    assert unknown_names("`Game.choose` `game/sim/engine.py` `thaw schema`", ROOT) == []
    assert unknown_names("`Game.chose` `Gme` `game/sim/engin.py` `Game.choose.x`", ROOT) == \
        ["Game.chose", "Gme", "game/sim/engin.py", "Game.choose.x"]


def test_the_readme_links_the_map():
    assert "(docs/architecture.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
