"""Which scenarios there are: the bundled ones, and those a teacher drops into
`THAW_HOME/scenarios/`. A broken user scenario is listed with its problems; it never stops the
game from starting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game import paths
from game.content import yamlsafe
from game.content.loader import Scenario, load_scenario
from game.content.problems import ContentError, Problem, did_you_mean


@dataclass
class Entry:
    """One scenario on disk, loaded on first use."""

    path: Path
    bundled: bool
    _scenario: Scenario | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return self.path.stem if self.path.is_file() else self.path.name

    def load(self) -> Scenario | None:
        if self._scenario is None and not self.problems:
            try:
                self._scenario = load_scenario(self.path)
            except ContentError as error:
                self.problems = error.problems
        return self._scenario


def _is_scenario(path: Path) -> bool:
    if path.name.startswith(("_", ".")):
        return False
    if path.is_dir():
        return any(p.suffix in (".yaml", ".yml") for p in path.iterdir())
    return path.suffix in (".yaml", ".yml")


def entries(include_user: bool = True) -> list[Entry]:
    found = []
    roots = [(paths.bundled("scenarios"), True)]
    if include_user:
        roots.append((paths.user_scenarios_dir(), False))
    for root, bundled in roots:
        if root.is_dir():
            found.extend(Entry(p, bundled) for p in sorted(root.iterdir()) if _is_scenario(p))
    return found


def available(include_user: bool = True) -> tuple[list[Scenario], list[Entry]]:
    """(scenarios that load, sorted by their `order`; entries that do not, with problems)."""
    good, broken = [], []
    seen: set[str] = set()
    for entry in entries(include_user):
        scenario = entry.load()
        if scenario is None:
            broken.append(entry)
        elif scenario.id not in seen:
            seen.add(scenario.id)
            good.append(scenario)
    good.sort(key=lambda s: (s.info.order, s.info.title))
    return good, broken


def find(ref: str) -> Scenario:
    """A scenario by path (file or folder) or by id. Raises ContentError naming what is wrong."""
    path = Path(ref)
    if path.exists() and (path.is_dir() or path.suffix in (".yaml", ".yml")):
        return load_scenario(path)
    all_entries = entries()
    for entry in all_entries:
        if entry.stem == ref:
            scenario = entry.load()
            if scenario is not None and scenario.id == ref:
                return scenario
    for entry in all_entries:
        scenario = entry.load()
        if scenario is not None and scenario.id == ref:
            return scenario
    for entry in all_entries:
        if entry.problems and entry.stem == ref:
            raise ContentError(entry.problems)
    known = [e.stem for e in all_entries]
    hint = did_you_mean(ref, known)
    raise ContentError([Problem(ref, "", f"no scenario with this id or path{hint}"
                                         f" (known: {', '.join(sorted(known)) or 'none'})")])


def peek_kind(path: Path) -> str:
    """'scenario', 'part' (a file of a folder scenario), 'reference' or 'unknown'."""
    try:
        data, _ = yamlsafe.load(path.read_bytes())
    except (OSError, yamlsafe.YamlProblem):
        return "unknown"
    if not isinstance(data, dict):
        return "unknown"
    if "reference" in data:
        return "reference"
    if "scenario" in data:
        return "scenario"
    return "part" if any(k in data for k in ("events", "rules", "endings")) else "unknown"
