"""What `thaw validate` checks: the scenario and reference files under the paths it is given (a
folder of parts is one scenario), and every problem of each, said against the file the user named.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.content import catalog
from game.content.loader import load_reference
from game.content.problems import ContentError, Problem

YAML = (".yaml", ".yml")


@dataclass(frozen=True)
class Target:
    """One thing to check: a file, or a folder scenario."""

    kind: str  # as catalog.peek_kind says, with a part's folder a 'scenario'
    path: Path  # the file, or the scenario folder, to load
    given: Path | None = None  # the part the user named, when `path` is its folder


def targets(path: Path) -> list[Target]:
    """The files and folder scenarios at `path`: itself if a file, else what its folders hold,
    in order (a folder with parts in it is one scenario)."""
    if not path.is_dir():
        kind = catalog.peek_kind(path)
        if kind == "part":
            return [Target("scenario", path.parent, path)]
        return [Target(kind, path)]
    if any(catalog.peek_kind(p) == "part" for p in path.iterdir() if p.suffix in YAML):
        return [Target("scenario", path)]
    found = []
    for child in sorted(path.iterdir()):
        if child.is_dir() or child.suffix in YAML:
            found += targets(child)
    return found


def problems(target: Target) -> list[Problem]:
    """Everything wrong with one target, warnings too, each said against the file the user
    named."""
    try:
        if target.kind == "reference":
            load_reference(target.path)
            found = []
        else:
            scenario = catalog.load_checked(target.path)
            found = scenario.warnings + catalog.clashes(scenario)
    except ContentError as error:
        found = error.problems
    return [_against_given(problem, target) for problem in found]


def _against_given(problem: Problem, target: Target) -> Problem:
    """A problem of a whole folder scenario, said against the part the user named."""
    if target.given is None or problem.file.endswith(YAML):
        return problem
    return Problem(str(target.given), problem.path, f"{problem.message} (in the folder scenario "
                   f"{target.path}, of which this file is a part)", problem.value, None,
                   problem.severity)
