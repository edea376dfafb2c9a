"""One game being played in the window: the engine's Game plus who plays it, and the files it
leaves behind (the autosave after every choice and season, named saves, the run record), written
in the background by `game.ui.writer`. No pygame here.
"""

from __future__ import annotations

from pathlib import Path

from game import paths
from game.classroom.record import new_run_id, record_path, run_record
from game.content.build import build_world
from game.gallery import note_finished
from game.saves import (
    SaveError,
    SaveSlot,
    content_warning,
    read_save,
    restore,
    save_data,
    scenario_of_save,
    unfinished_save,
)
from game.sim.chapters import begin_at, begins_chapter, chapter_of
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




def unfinished_game(scenario_id: str) -> SaveSlot | None:
    """The unfinished game a new game of this scenario would take the autosave of, if any
    (the autosaves being written are waited for first)."""
    WRITER.flush()
    return unfinished_save(scenario_id)


def saved_chapter(slot: SaveSlot) -> int | None:
    """The chapter (counted from 0) an unfinished game's autosave is in; None if it cannot be
    read or its scenario has no chapters."""
    try:
        data = read_save(slot.path)
        world = world_for(scenario_of_save(data))
        return chapter_of(world, restore(world, data).turn)
    except SaveError:
        return None


class Session:
    def __init__(self, world: World, game: Game, player: str | None = None,
                 run_id: str | None = None) -> None:
        self.world = world
        self.game = game
        self.player = player or None
        # The game's own id, in its saves and its record: a record is only ever rewritten by
        # the game that made it. A save from before run ids plays on under a new one.
        self.run_id = run_id or new_run_id()
        self.record_path: Path | None = None
        self.record_due = False
        # Said before a loaded game is shown: its scenario changed since it was saved.
        self.warning: str | None = None
        # A chapter just finished, for its summary page (a game that begins or is loaded at a
        # chapter's first turn has seen that page already, or never played the chapter before).
        self.chapter_due: str | None = None
        self.chapters_seen = {None, begins_chapter(world, game.turn)}
        # The endings gallery notes a game once, when it ends (a finished game loaded is not
        # noted again); a gallery file that could not be read or written is said on the debrief.
        self.gallery_noted = game.ending is not None
        self.gallery_problem: str | None = None

    @classmethod
    def new(cls, world: World, seed: int, player: str | None = None) -> Session:
        return cls(world, Game(world, seed), player)

    @classmethod
    def at_chapter(cls, world: World, seed: int, chapter_id: str,
                   player: str | None = None) -> Session:
        """A game begun at a later chapter, from Khrushchev's own path up to its first turn.
        Raises ValueError if his path ends before it with this seed."""
        return cls(world, begin_at(world, seed, chapter_id), player)

    @classmethod
    def from_save(cls, path: Path) -> Session:
        """Loads a save and replays it. Raises SaveError with a reason a player can read."""
        data = read_save(path)
        world = world_for(scenario_of_save(data))
        game = restore(world, data)
        session = cls(world, game, data["player"], data["run_id"])
        session.warning = content_warning(data, world)
        return session

    # --- files -------------------------------------------------------------------------------
    def _save(self) -> dict:
        data = save_data(self.game, run_id=self.run_id, player=self.player)
        data["log"] = [dict(c) for c in self.game.log]  # a snapshot: the game goes on meanwhile
        return data

    def autosave(self, record: bool = True) -> None:
        """The autosave after every choice; with it, after every season and at the end, the run
        record (the bigger file, so not after every single choice)."""
        WRITER.write(paths.autosave_file(self.world.id), self._save())
        if record:
            self.record_due = True
        if self.game.ending is not None and not self.gallery_noted:
            self.gallery_noted = True
            self.gallery_problem = note_finished(self.game)
        chapter = begins_chapter(self.world, self.game.turn)
        if chapter not in self.chapters_seen and self.game.ending is None:
            self.chapters_seen.add(chapter)
            self.chapter_due = chapter  # saved first: the class may stop at its summary

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
        record = run_record(self.game, self.run_id, player=self.player)
        record["log"] = [dict(c) for c in self.game.log]
        return record

    def write_record(self) -> Path:
        record = self.record()
        if self.record_path is None:  # its own name, or a free one beside another game's file
            self.record_path = record_path(paths.runs_dir(), record)
        WRITER.write(self.record_path, record)
        return self.record_path
