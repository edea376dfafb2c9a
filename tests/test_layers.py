"""The layers point one way: files -> content -> sim <- narration <- (ui, text mode, classroom).

`game.sim` holds the compiled rules, the state, the engine, politics and the bots; it imports
neither pydantic nor the content layer, and words nothing for the player. `game.content` owns the
file format (the pydantic models of every kind, the reader, the linter) and compiles it into the
simulation's world. `game.narration` turns the simulation's typed outcomes into words for every
front end. The front ends sit on top. Every import in every module is checked, including those
inside functions and under `TYPE_CHECKING`.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

GAME = Path(__file__).resolve().parent.parent / "game"

# For each layer: the packages (first-party) and libraries (third-party) it may import.
FIRST_PARTY_ALLOWED: dict[str, tuple[str, ...]] = {
    "game.sim": ("game.sim",),
    "game.content": ("game.content", "game.sim", "game.paths", "game.storage"),
    "game.narration": ("game.narration", "game.content", "game.sim"),
    "game.classroom": ("game.classroom", "game.narration", "game.content", "game.sim",
                       "game.storage", "game.paths", "game.files"),
}
THIRD_PARTY_ALLOWED: dict[str, tuple[str, ...]] = {
    "game.sim": (),
    "game.content": ("pydantic", "yaml", "platformdirs"),
    "game.narration": (),
    "game.classroom": ("pydantic",),
}
THIRD_PARTY = ("pydantic", "pydantic_core", "yaml", "platformdirs", "pygame", "pygame_gui")


def imports_of(source: str, module: str) -> list[tuple[int, str]]:
    """(line, module imported) for every import statement in a module's source."""
    found = []
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((node.lineno, name))
            # `from game import paths` imports the module game.paths
            found.extend((node.lineno, f"{name}.{alias.name}") for alias in node.names
                         if name == "game")
    return found


def violations(layer: str, module: str, source: str) -> list[str]:
    """What a module of `layer` imports that the layer may not."""
    allowed = FIRST_PARTY_ALLOWED[layer]
    libraries = THIRD_PARTY_ALLOWED[layer]
    bad = []
    for line, name in imports_of(source, module):
        top = name.split(".")[0]
        if name == "game" or name.startswith("game."):
            if name == "game" or name == "game.__init__":
                continue
            if name.count(".") == 1 and name in ("game.__version__",):
                continue
            if not any(name == a or name.startswith(a + ".") for a in allowed):
                bad.append(f"{module}:{line} imports {name}")
        elif top in THIRD_PARTY and top not in libraries:
            bad.append(f"{module}:{line} imports {name}")
    return bad


def modules_of(layer: str) -> list[tuple[str, Path]]:
    folder = GAME.joinpath(*layer.split(".")[1:])
    return [(layer + "." + ".".join(p.relative_to(folder).with_suffix("").parts), p)
            for p in sorted(folder.rglob("*.py"))]


def test_every_layer_imports_only_what_it_may():
    found = []
    for layer in FIRST_PARTY_ALLOWED:
        modules = modules_of(layer)
        assert modules, layer
        for module, path in modules:
            found += violations(layer, module, path.read_text(encoding="utf-8"))
    assert found == []


def test_the_check_notices_a_wrong_import():
    """The check is not vacuous: each kind of wrong import is caught."""
    assert violations("game.sim", "game.sim.x", "import pydantic\n")
    assert violations("game.sim", "game.sim.x", "def f():\n    from game.content import loader\n")
    assert violations("game.sim", "game.sim.x",
                      "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                      "    from game.content.models import Event\n")
    assert violations("game.content", "game.content.x", "from game.narration import words\n")
    assert violations("game.narration", "game.narration.x", "from ..ui import theme\n")
    assert violations("game.classroom", "game.classroom.x", "import pygame\n")
    assert not violations("game.content", "game.content.x", "from game.sim.state import State\n")


def test_importing_the_whole_simulation_loads_no_pydantic():
    """The same, at run time: every module of game.sim imported, and nothing else came with it."""
    check = (
        "import importlib, pkgutil, sys\n"
        "import game.sim\n"
        "for info in pkgutil.walk_packages(game.sim.__path__, 'game.sim.'):\n"
        "    importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'yaml', 'pygame') or m.startswith(('game.content', 'game.narration')))\n"
        "print(','.join(bad))\n")
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""


TOOLS = GAME.parent / "tools"


def tools_importing_tests(tools: Path) -> list[str]:
    """Each import of the test suite by a module under `tools` (the tools stand on their own: the
    tests may use the tools, never the other way round)."""
    found = []
    for path in sorted(tools.rglob("*.py")):
        module = ".".join(("tools",) + path.relative_to(tools).with_suffix("").parts)
        for line, name in imports_of(path.read_text(encoding="utf-8"), module):
            if name == "tests" or name.startswith("tests."):
                found.append(f"{path.relative_to(tools.parent).as_posix()}:{line} imports {name}")
    return found


def test_tools_do_not_import_the_tests(tmp_path):
    assert (TOOLS / "locators.py").is_file() and (TOOLS / "textcheck.py").is_file()
    assert tools_importing_tests(TOOLS) == []
    # The check is not vacuous: a tree with the imports the tools once had, one of them inside a
    # function in a sub-package, is caught.
    planted = tmp_path / "tools"
    (planted / "images").mkdir(parents=True)
    (planted / "source_runs.py").write_text("from tests.textcheck import runs\n", encoding="utf-8")
    (planted / "images" / "x.py").write_text("def f():\n    import tests.locators\n",
                                            encoding="utf-8")
    (planted / "fine.py").write_text("import tools.locators\n", encoding="utf-8")
    assert tools_importing_tests(planted) == ["tools/images/x.py:2 imports tests.locators",
                                              "tools/source_runs.py:1 imports tests.textcheck"]
