"""One game being played in the window: the engine's Game plus who plays it, and the files it
leaves behind (the autosave after every turn, named saves, the run record).

Files are written by one background thread in the order asked, each atomically, so a slow disk
never stalls a frame and a kill leaves the last complete save. No pygame here.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from game import paths
from game.classroom.record import record_name, run_record
from game.content import catalog
from game.content.loader import load_scenario
from game.content.problems import ContentError
from game.saves import AUTOSAVE, SaveError, read_save, restore, save_data
from game.sim.engine import Game
from game.sim.world import World, build_world
from game.storage import atomic_write, dumps

_worlds: dict[tuple[str, str], World] = {}


def world_for(scenario) -> World:
    """Compiled once per scenario and content: starting again or loading does not recompile."""
    key = (scenario.info.id, scenario.content_hash)
    world = _worlds.get(key)
    if world is None:
        world = _worlds[key] = build_world(scenario)
    return world


class Writer:
    """Writes files in the background, in order; `flush()` waits for all of them."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Path, object] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self.error: str | None = None

    def write(self, path: Path, data: object) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="thaw-writer", daemon=True)
            self._thread.start()
        self._queue.put((path, data))

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                path, data = item
                try:
                    atomic_write(path, dumps(data))
                except OSError as error:
                    self.error = f"could not write {path.name}: {error.strerror or error}"
            finally:
                self._queue.task_done()

    def flush(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._queue.join()


WRITER = Writer()


class Session:
    def __init__(self, world: World, game: Game, player: str | None = None) -> None:
        self.world = world
        self.game = game
        self.player = player or None
        self.record_path: Path | None = None

    @classmethod
    def new(cls, world: World, seed: int, player: str | None = None) -> Session:
        return cls(world, Game(world, seed), player)

    @classmethod
    def from_save(cls, path: Path) -> Session:
        """Loads a save and replays it. Raises SaveError with a reason a player can read."""
        data = read_save(path)
        world = _world_of_save(data)
        game = restore(world, data)
        return cls(world, game, data.get("player") if isinstance(data.get("player"), str) else None)

    # --- files -------------------------------------------------------------------------------
    def _save(self) -> dict:
        data = save_data(self.game, player=self.player)
        data["log"] = [dict(c) for c in self.game.log]  # a snapshot: the game goes on meanwhile
        return data

    def autosave(self) -> None:
        """The autosave and the run record, after every turn and every choice."""
        WRITER.write(paths.saves_dir() / f"{AUTOSAVE}.json", self._save())
        self.write_record()

    def save_as(self, name: str) -> Path:
        path = paths.saves_dir() / f"{name}.json"
        WRITER.write(path, self._save())
        return path

    def write_record(self) -> Path:
        record = run_record(self.game, player=self.player)
        record["log"] = [dict(c) for c in self.game.log]
        path = paths.runs_dir() / record_name(record)
        WRITER.write(path, record)
        self.record_path = path
        return path


def _world_of_save(data: dict) -> World:
    try:
        scenario = catalog.find(data["scenario"])
    except ContentError:
        where = data.get("scenario_path")
        if not isinstance(where, str) or not Path(where).exists():
            raise SaveError(f"the scenario {data['scenario']!r} of this save is not installed") \
                from None
        try:
            scenario = load_scenario(Path(where))
        except ContentError as error:
            raise SaveError(f"the scenario of this save has problems: {error.problems[0]}") \
                from None
    return world_for(scenario)
