"""Which scenarios there are: the bundled ones, and those a teacher drops into
`THAW_HOME/scenarios/`. A broken user scenario is listed with its problems; it never stops the
game from starting. A user scenario with the id of a bundled one (a teacher's edited copy) is
listed as broken with the reason, never silently hidden.

Two ways to name a scenario: `find(ref)` for what a person types after `--scenario` (an id, or
a path to a file or folder), and `by_id(id)` for an id read from a file (a run record, a save),
which is checked against the id pattern and never used as a path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from game import paths
from game.content import yamlsafe
from game.content.loader import Scenario, load_scenario
from game.content.problems import ContentError, Problem, did_you_mean, show
from game.storage import Unreadable, read_bytes

SCENARIO_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass
class Entry:
    """One scenario on disk, loaded on first use."""

    path: Path
    bundled: bool
    _scenario: Scenario | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def stem(self) -> str:
        """The scenario's name on disk: its file's name without `.yaml`, or its folder's."""
        return self.path.stem if self.path.is_file() else self.path.name

    def load(self) -> Scenario | None:
        """The scenario, loaded on first use (None if it has problems: see `problems`)."""
        if self._scenario is None and not self.problems:
            try:
                self._scenario = load_checked(self.path)
            except ContentError as error:
                self.problems = error.problems
        return self._scenario


def load_checked(path: Path) -> Scenario:
    """`load_scenario`, with any failure (a bug the file provokes) reported against the file
    like any other problem, so one teacher's file never stops the list or the game."""
    try:
        return load_scenario(path)
    except ContentError:
        raise
    except (Exception, RecursionError) as error:  # noqa: BLE001
        name = str(path)
        raise ContentError([Problem(name, "", "this file could not be read: "
                                              f"{show(str(error) or type(error).__name__, 200)}")]
                           ) from None


def _is_scenario(path: Path) -> bool:
    if path.name.startswith(("_", ".")):
        return False
    if path.is_dir():
        return any(p.suffix in (".yaml", ".yml") for p in path.iterdir())
    return path.suffix in (".yaml", ".yml")


def entries(include_user: bool = True) -> list[Entry]:
    """Every scenario on disk, bundled first, then the player's own (if asked)."""
    found = []
    roots = [(paths.bundled("scenarios"), True)]
    if include_user:
        roots.append((paths.user_scenarios_dir(), False))
    for root, bundled in roots:
        if root.is_dir():
            found.extend(Entry(p, bundled) for p in sorted(root.iterdir()) if _is_scenario(p))
    return found


def available(include_user: bool = True) -> tuple[list[Scenario], list[Entry]]:
    """(scenarios that load, sorted by their `order`; entries that do not, with problems).
    The bundled scenarios come first, so a user scenario that reuses one's id is the broken
    one."""
    good, broken = [], []
    seen: dict[str, Entry] = {}
    for entry in entries(include_user):
        scenario = entry.load()
        if scenario is not None and scenario.id in seen:
            entry.problems = [_same_id(entry, scenario, seen[scenario.id])]
            entry._scenario = None
            scenario = None
        if scenario is None:
            broken.append(entry)
        else:
            seen[scenario.id] = entry
            good.append(scenario)
    good.sort(key=lambda s: (s.info.order, s.info.title))
    return good, broken


def _same_id(entry: Entry, scenario: Scenario, first: Entry) -> Problem:
    file, path, line = scenario.where("scenario", 0, "id")
    which = f"the bundled {scenario.id}" if first.bundled else f"{first.path.name}"
    return Problem(file, path, f"same id as {which}: change `id` to list this one too",
                   scenario.id, line)


def clashes(scenario: Scenario) -> list[Problem]:
    """A problem if `scenario` (checked by `thaw validate`) has the id of a bundled scenario
    other than itself: the game would list it as broken."""
    for entry in entries(include_user=False):
        bundled = entry.load()
        if bundled is None or bundled.id != scenario.id:
            continue
        if [f.path.resolve() for f in bundled.files] == [f.path.resolve() for f in scenario.files]:
            return []  # the bundled scenario itself
        return [_same_id(Entry(scenario.files[0].path, False, scenario), scenario, entry)]
    return []


def by_id(scenario_id: object) -> Scenario:
    """An installed scenario by its id, as read from a run record or a save. The id is checked
    against the pattern of ids and never used as a path. A bundled scenario wins over a user's
    of the same id (which the list shows as broken). Raises ContentError."""
    if not isinstance(scenario_id, str) or not SCENARIO_ID.match(scenario_id):
        raise ContentError([Problem(show(scenario_id), "", "not a scenario id (ids are lower-case "
                                    "letters, digits, - and _)")])
    all_entries = entries()
    bundled = [e for e in all_entries if e.bundled]
    users = [e for e in all_entries if not e.bundled]
    # Files are usually named by their ids: those are tried first, to load few files.
    for group in ([e for e in bundled if e.stem == scenario_id], bundled,
                  sorted(users, key=lambda e: e.stem != scenario_id)):
        for entry in group:
            scenario = entry.load()
            if scenario is not None and scenario.id == scenario_id:
                return scenario
    for entry in all_entries:
        if entry.problems and entry.stem == scenario_id:
            raise ContentError(entry.problems)
    raise _unknown(scenario_id, "no installed scenario has this id", all_entries)


def _unknown(ref: str, what: str, all_entries: list[Entry]) -> ContentError:
    known = sorted(e.stem for e in all_entries)
    return ContentError([Problem(ref, "", f"{what}{did_you_mean(ref, known)} (known: "
                                          f"{', '.join(known) or 'none'})")])


def find(ref: str) -> Scenario:
    """A scenario a person named after `--scenario`: a path (file or folder) or an id. Never
    for a name read from a file: that is `by_id`. Raises ContentError naming what is wrong."""
    path = Path(ref)
    if path.exists() and (path.is_dir() or path.suffix in (".yaml", ".yml")):
        return load_checked(path)
    all_entries = entries()
    if SCENARIO_ID.match(ref):
        try:
            return by_id(ref)
        except ContentError:
            if any(e.stem == ref for e in all_entries):
                raise  # the scenario is there, with problems: say them
    raise _unknown(ref, "no scenario with this id or path", all_entries)


def peek_kind(path: Path) -> str:
    """'scenario', 'part' (a file of a folder scenario), 'reference' or 'unknown'."""
    try:
        data, _ = yamlsafe.load(read_bytes(path, limit=yamlsafe.MAX_BYTES))
    except (Unreadable, yamlsafe.YamlProblem):
        return "unknown"
    if not isinstance(data, dict):
        return "unknown"
    if "reference" in data:
        return "reference"
    if "scenario" in data:
        return "scenario"
    return "part" if any(k in data for k in ("events", "rules", "endings")) else "unknown"
