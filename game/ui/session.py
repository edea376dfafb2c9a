"""One game being played in the window: the engine's Game plus who plays it, and the files it
leaves behind (the autosave after every choice and season, named saves, the run record), written
in the background by `game.ui.writer`. No pygame here.
"""

from __future__ import annotations

from pathlib import Path

from game import paths
from game.classroom.record import record_name, run_record
from game.content import catalog
from game.content.build import build_world
from game.content.loader import load_scenario
from game.content.problems import ContentError
from game.saves import AUTOSAVE, SaveError, read_save, restore, save_data
from game.sim.engine import Game
from game.sim.world import World
from game.ui.writer import WRITER

_worlds: dict[tuple[str, str], World] = {}


def world_for(scenario) -> World:
    """Compiled once per scenario and content: starting again or loading does not recompile."""
    key = (scenario.info.id, scenario.content_hash)
    world = _worlds.get(key)
    if world is None:
        world = _worlds[key] = build_world(scenario)
    return world




class Session:
    def __init__(self, world: World, game: Game, player: str | None = None) -> None:
        self.world = world
        self.game = game
        self.player = player or None
        self.record_path: Path | None = None
        self.record_due = False

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

    def autosave(self, record: bool = True) -> None:
        """The autosave after every choice; with it, after every season and at the end, the run
        record (the bigger file, so not after every single choice)."""
        WRITER.write(paths.saves_dir() / f"{AUTOSAVE}.json", self._save())
        if record:
            self.record_due = True

    def flush_record(self) -> None:
        """Writes the run record if one is due (the window calls this when it is idle)."""
        if self.record_due:
            self.record_due = False
            self.write_record()

    def save_as(self, name: str) -> Path:
        path = paths.saves_dir() / f"{name}.json"
        WRITER.write(path, self._save())
        return path

    def record(self) -> dict:
        """The game's run record as it stands (its log a snapshot: the game goes on meanwhile).
        What the run record file holds, and what the debrief's report and what-if are made of."""
        record = run_record(self.game, player=self.player)
        record["log"] = [dict(c) for c in self.game.log]
        return record

    def write_record(self) -> Path:
        record = self.record()
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
