"""Saved games. A save is the run itself: its run id, scenario, seed and command log (plus what a
save slot shows), written atomically with a schema version. Loading replays the log.

There is one autosave per scenario (`paths.autosave_file`), so a lesson never replaces an
unfinished campaign; starting a game over an unfinished one of the same scenario asks first:
`unfinished_save(scenario)` says whether there is one to ask about. `last_unfinished()` is the
game `thaw play --text --continue` and the title screen's Continue pick up.

Old saves are migrated one version at a time; a save from a newer game is refused with a message
that says so; a damaged save (a file cut short, a field of the wrong type, a thousand levels of
nesting) is reported as damaged and the others still load. The scenario of a save is found by its
id, never by a path the file holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import Field, ValidationError

from game import paths
from game.content import catalog
from game.content.loader import Scenario
from game.content.problems import ContentError
from game.files import FileModel, Id, Line, Log, RunId, Seed, ShortLine, game_identity, problems_of
from game.sim.engine import Game, GameError
from game.sim.world import World
from game.storage import Unreadable, atomic_write, dumps, read_json

SAVE_SCHEMA = 2  # 2: the run id
# A save of a whole campaign is a few kilobytes.
MAX_SAVE_BYTES = 4 * 1024 * 1024


def _add_run_id(data: dict) -> dict:
    return {**data, "schema": 2, "run_id": None}  # a fresh one is drawn when it is played on


# MIGRATIONS[n] turns a schema-n save into a schema-(n+1) save.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _add_run_id}


class SaveError(Exception):
    """A save that cannot be used, with a reason a player can read."""


class SaveFile(FileModel):
    """Every field of a save that loading, the save list or Continue reads."""

    schema_: Annotated[int, Field(alias="schema", ge=1, le=SAVE_SCHEMA)]
    game_version: ShortLine = "?"
    run_id: RunId | None = None
    scenario: Id
    scenario_title: Line = ""
    content_hash: ShortLine | None = None
    seed: Seed
    player: ShortLine | None = None
    log: Log
    turn: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    date_label: ShortLine = ""
    finished: bool = False
    saved_at: ShortLine = ""


@dataclass
class SaveSlot:
    path: Path
    name: str
    scenario: str
    scenario_title: str
    date_label: str
    turn: int
    saved_at: str
    player: str | None
    finished: bool
    data: dict

    @property
    def autosave(self) -> bool:
        return paths.is_autosave(self.name)


def save_data(game: Game, *, run_id: str, player: str | None = None,
              saved_at: str | None = None) -> dict:
    return {
        "schema": SAVE_SCHEMA,
        **game_identity(game, run_id, player),
        "log": game.log,
        "turn": game.turn,
        "date_label": game.date_label,
        "finished": game.ending is not None,
        "saved_at": saved_at or dt.datetime.now().isoformat(timespec="seconds"),
    }


def write_save(path: Path, game: Game, *, run_id: str, player: str | None = None) -> Path:
    atomic_write(path, dumps(save_data(game, run_id=run_id, player=player)))
    return path


def migrate(data: dict) -> dict:
    version = data.get("schema")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SaveError("this file is not a Thaw save (no schema version)")
    if version > SAVE_SCHEMA:
        raise SaveError(f"this save was made by a newer version of Thaw (save format {version}; "
                        f"this version reads {SAVE_SCHEMA}). Update the game to load it.")
    while version < SAVE_SCHEMA:
        data = MIGRATIONS[version](data)
        version = data["schema"]
    return data


def check_save(data: object) -> dict:
    """A save's data, migrated and checked, as plain data. Raises SaveError."""
    if not isinstance(data, dict):
        raise SaveError("the save file is damaged (not a save)")
    data = migrate(data)
    try:
        return SaveFile.model_validate(data).model_dump(by_alias=True)
    except ValidationError as error:
        raise SaveError(f"the save file is damaged ({problems_of(error, 2)})") from None


def read_save(path: Path) -> dict:
    """Reads a save. Raises SaveError with a reason a player can read, whatever the file
    holds."""
    try:
        raw = read_json(Path(path), limit=MAX_SAVE_BYTES)
    except Unreadable as error:
        raise SaveError(f"the save file is damaged ({error})") from None
    return check_save(raw)


def scenario_of_save(data: dict, given: Scenario | None = None) -> Scenario:
    """The scenario a save is played in: the installed one of its id, or `given` (a scenario
    the player named on the command line) if it has that id. Raises SaveError."""
    if given is not None and given.id == data["scenario"]:
        return given
    try:
        return catalog.by_id(data["scenario"])
    except ContentError as error:
        raise SaveError(f"the scenario {data['scenario']!r} of this save cannot be used "
                        f"({error.problems[0].message})") from None


def content_warning(data: dict, world: World) -> str | None:
    """What to tell the player before a save is replayed under a scenario that has changed
    since it was saved (None: the same scenario)."""
    if data.get("content_hash") in (None, world.scenario.content_hash):
        return None
    return (f"The scenario \u201c{world.scenario.info.title}\u201d has changed since this game "
            "was saved. Your moves are replayed under the rules as they are now, so the game may "
            "not stand where you left it, or may not load at all.")


def restore(world: World, data: dict) -> Game:
    """Replays a save's log in its world."""
    if data["scenario"] != world.id:
        raise SaveError(f"the save is for scenario {data['scenario']!r}, not {world.id!r}")
    try:
        return Game.replay(world, data["seed"], data["log"])
    except (GameError, KeyError, TypeError, ValueError, IndexError) as error:
        raise SaveError("the save no longer fits its scenario (the scenario file has changed "
                        f"since it was saved): {error}") from None


def _slot(path: Path, data: dict) -> SaveSlot:
    return SaveSlot(path, path.stem, data["scenario"], data["scenario_title"] or data["scenario"],
                    data["date_label"], data["turn"], data["saved_at"], data["player"],
                    data["finished"], data)


def list_saves(folder: Path) -> tuple[list[SaveSlot], list[tuple[Path, str]]]:
    """(usable saves, newest first; damaged ones with the reason)."""
    slots: list[SaveSlot] = []
    broken: list[tuple[Path, str]] = []
    try:
        found = sorted(p for p in Path(folder).glob("*.json") if not p.name.startswith("."))
    except OSError:
        return slots, broken
    for path in found:
        try:
            slots.append(_slot(path, read_save(path)))
        except SaveError as error:
            broken.append((path, str(error)))
        except Exception as error:  # noqa: BLE001 - one damaged slot never hides the others
            broken.append((path, f"the save file is damaged ({type(error).__name__})"))
    slots.sort(key=lambda s: s.saved_at, reverse=True)
    return slots, broken


def _autosaves(folder: Path | None) -> list[SaveSlot]:
    slots, _ = list_saves(folder or paths.saves_dir())
    return [s for s in slots if s.autosave]


def unfinished_save(scenario: str, run_id: str | None = None,
                    folder: Path | None = None) -> SaveSlot | None:
    """The unfinished game that playing `scenario` would replace: its autosave, if it holds an
    unfinished game other than run `run_id` (None: a new game). Ask before replacing it."""
    for slot in _autosaves(folder):
        if slot.path.name == paths.autosave_file(scenario).name and not slot.finished and \
                (run_id is None or slot.data.get("run_id") != run_id):
            return slot
    return None


def last_unfinished(scenario: str | None = None, folder: Path | None = None) -> SaveSlot | None:
    """The unfinished game saved last (of `scenario`, if given): what Continue picks up."""
    for slot in _autosaves(folder):  # newest first
        if not slot.finished and (scenario is None or slot.scenario == scenario):
            return slot
    return None


def latest_autosave(folder: Path | None = None) -> SaveSlot | None:
    """The autosave written last, finished or not (the title screen's Continue)."""
    autosaves = _autosaves(folder)
    return autosaves[0] if autosaves else None
