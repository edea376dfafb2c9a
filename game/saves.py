"""Saved games. A save is the run itself: scenario, seed and command log (plus what a save slot
shows), written atomically with a schema version. Loading replays the log.

Old saves are migrated one version at a time; a save from a newer game is refused with a message
that says so; a corrupt save is reported and the others still load.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from game import __version__
from game.sim.engine import Game, GameError
from game.sim.world import World
from game.storage import atomic_write, dumps

SAVE_SCHEMA = 1
AUTOSAVE = "autosave"

# MIGRATIONS[n] turns a schema-n save into a schema-(n+1) save.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


class SaveError(Exception):
    """A save that cannot be used, with a reason a player can read."""


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


def save_data(game: Game, *, player: str | None = None, saved_at: str | None = None) -> dict:
    world = game.world
    return {
        "schema": SAVE_SCHEMA,
        "game_version": __version__,
        "scenario": world.id,
        "scenario_title": world.scenario.info.title,
        "scenario_path": str(world.scenario.files[0].path.parent
                             if len(world.scenario.files) > 1 else world.scenario.files[0].path),
        "content_hash": world.scenario.content_hash,
        "seed": game.seed,
        "player": player,
        "log": game.log,
        "turn": game.turn,
        "date_label": game.date_label,
        "finished": game.ending is not None,
        "saved_at": saved_at or dt.datetime.now().isoformat(timespec="seconds"),
    }


def write_save(path: Path, game: Game, *, player: str | None = None) -> Path:
    atomic_write(path, dumps(save_data(game, player=player)))
    return path


def migrate(data: dict) -> dict:
    version = data.get("schema")
    if not isinstance(version, int) or version < 1:
        raise SaveError("this file is not a Thaw save (no schema version)")
    if version > SAVE_SCHEMA:
        raise SaveError(f"this save was made by a newer version of Thaw (save format {version}; "
                        f"this version reads {SAVE_SCHEMA}). Update the game to load it.")
    while version < SAVE_SCHEMA:
        data = MIGRATIONS[version](data)
        version = data["schema"]
    return data


def read_save(path: Path) -> dict:
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise SaveError(f"cannot read the save: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise SaveError("the save file is damaged (not text)") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        raise SaveError("the save file is damaged (cut short or overwritten)") from None
    if not isinstance(data, dict):
        raise SaveError("the save file is damaged (not a save)")
    data = migrate(data)
    for key, kind in (("scenario", str), ("seed", int), ("log", list)):
        if not isinstance(data.get(key), kind):
            raise SaveError(f"the save file is damaged (no {key})")
    return data


def restore(world: World, data: dict) -> Game:
    """Replays a save's log in its world."""
    if data["scenario"] != world.id:
        raise SaveError(f"the save is for scenario {data['scenario']!r}, not {world.id!r}")
    try:
        return Game.replay(world, data["seed"], data["log"])
    except (GameError, KeyError, TypeError) as error:
        raise SaveError("the save no longer fits its scenario (the scenario file has changed "
                        f"since it was saved): {error}") from None


def list_saves(folder: Path) -> tuple[list[SaveSlot], list[tuple[Path, str]]]:
    """(usable saves, newest first; broken ones with the reason)."""
    slots: list[SaveSlot] = []
    broken: list[tuple[Path, str]] = []
    if not folder.is_dir():
        return slots, broken
    for path in sorted(folder.glob("*.json")):
        try:
            data = read_save(path)
        except SaveError as error:
            broken.append((path, str(error)))
            continue
        slots.append(SaveSlot(path, path.stem, data["scenario"],
                              str(data.get("scenario_title", data["scenario"])),
                              str(data.get("date_label", "")), int(data.get("turn", 0)),
                              str(data.get("saved_at", "")), data.get("player"),
                              bool(data.get("finished")), data))
    slots.sort(key=lambda s: s.saved_at, reverse=True)
    return slots, broken
