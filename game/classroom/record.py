"""The run record: one small JSON file per game, finished or not.

It holds the format version, the game's run id, the scenario and its content hash, the seed,
the command log, the meters at the close of every turn, why they moved, the votes, and the
ending. The same game (same run id, scenario, seed and choices) gives a byte-identical file:
nothing in it comes from the clock.

Records are handed in by students, so reading one goes through `RunRecord`, a strict model of
every field a report reads, with every number finite and bounded and every text capped and
free of control characters.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import defaultdict
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationError, model_validator

from game.files import (
    FileModel,
    Id,
    Line,
    Log,
    Number,
    Paragraph,
    RunId,
    Seed,
    ShortLine,
    Turn,
    clean_line,
    game_identity,
    problems_of,
)
from game.narration.news import news_lines
from game.sim.engine import Game, command_turns
from game.sim.stats import STATS
from game.storage import Unreadable, atomic_write, dumps, read_json

# 2: the run id, and each vote's `blocked`. Records of format 1 are still read.
RECORD_FORMAT = 2
# The biggest record of a whole campaign is about 160 kB.
MAX_RECORD_BYTES = 8 * 1024 * 1024


def new_run_id() -> str:
    """A fresh run id for a game a person starts: random, never from the clock."""
    return secrets.token_hex(4)


def bot_run_id(scenario: str, content_hash: str, policy: str, seed: int) -> str:
    """The run id of a bot's game (`thaw simulate --record-dir`): the same game gets the same
    id, and so the same record file; a different game a different one."""
    key = f"{scenario}\0{content_hash}\0{policy}\0{seed}".encode()
    return hashlib.sha256(key).hexdigest()[:8]


def _round(x: float) -> float:
    return round(x, 2) + 0.0  # + 0.0 turns -0.0 into 0.0


def decisions_taken(game: Game) -> list[dict]:
    """Each choice with its turn."""
    world = game.world
    taken = []
    for turn, command in zip(command_turns(game.log), game.log, strict=True):
        if command["cmd"] == "choose":
            event = world.events[command["decision"]]
            taken.append({
                "turn": turn,
                "date": world.calendar.month_of(turn),
                "decision": event.id,
                "title": event.model.title,
                "option": command["option"],
                "historical": event.historical,
                "shown": list(game.shown_order(event.id)),
            })
    return taken


def policy_changes(game: Game) -> list[dict]:
    return [{"turn": turn, "policy": command["policy"], "option": command["option"]}
            for turn, command in zip(command_turns(game.log), game.log, strict=True)
            if command["cmd"] == "policy"]


def aggregated_causes(game: Game) -> list[dict]:
    """Causes summed per turn, stat and rule: the 'why' behind every move of every meter."""
    sums: dict[tuple[int, int, str], float] = defaultdict(float)
    for turn, index, delta, cause in game.state.causes:
        sums[(turn, index, cause)] += delta
    return [{"turn": t, "stat": STATS[i], "cause": c, "delta": _round(d)}
            for (t, i, c), d in sorted(sums.items()) if _round(d) != 0]


def run_record(game: Game, run_id: str, *, player: str | None = None,
               policy: str | None = None) -> dict:
    """The record of `game`, whose run id (`new_run_id`, kept in its saves) is `run_id`."""
    world, state = game.world, game.state
    calendar = world.calendar
    ending = None
    if state.ending is not None:
        model = world.endings[state.ending]
        ending = {"id": model.id, "title": model.title, "outcome": model.outcome,
                  "turn": state.ending_turn, "date": state.ending_date}
    return {
        "format": RECORD_FORMAT,
        **game_identity(game, run_id, player),
        "policy": policy,
        "log": game.log,
        "turns": [{"turn": t, "date": calendar.month_of(t), "label": calendar.label(t),
                   "values": {STATS[i]: _round(v) for i, v in enumerate(values)}}
                  for t, values in game.history],
        "decisions": decisions_taken(game),
        "policy_changes": policy_changes(game),
        "causes": aggregated_causes(game),
        "votes": [{"turn": v.turn, "date": calendar.month_of(v.turn), "against": v.against,
                   "supporting": v.supporting, "appealed": v.appealed,
                   "blocked": v.blocked, "central_committee": v.central_committee,
                   "roll": v.roll, "survived": v.survived} for v in state.votes],
        "presidium": [{"id": m.id, "sitting": m.sitting, "voting": m.voting,
                       "loyalty": _round(m.loyalty)}
                      for m in state.members],
        "news": [{"turn": t, "text": text} for t, text in news_lines(world, state)],
        "ending": ending,
        "finished": ending is not None,
    }


# --- the model of a record someone hands in ---------------------------------------------------

class TurnRecord(FileModel):
    turn: Turn
    date: ShortLine = ""
    label: Line = ""
    values: dict[Id, Number] = Field(max_length=64)


class DecisionRecord(FileModel):
    turn: Turn
    date: ShortLine = ""
    decision: Id
    title: Line = ""
    option: Id
    historical: Id | None = None


class PolicyRecord(FileModel):
    turn: Turn
    policy: Id
    option: Id


class CauseRecord(FileModel):
    turn: Turn
    stat: Id
    cause: Line
    delta: Number


class VoteRecord(FileModel):
    turn: Turn
    date: ShortLine = ""
    against: list[Id] = Field(max_length=64)
    supporting: list[Id] = Field(max_length=64)
    appealed: bool
    blocked: bool | None = None  # format 1 did not keep it
    central_committee: Number
    roll: Number
    survived: bool


class MemberRecord(FileModel):
    id: Id
    sitting: bool
    voting: bool = True  # False: a candidate member (records before candidates had none)
    loyalty: Number


class NewsRecord(FileModel):
    turn: Turn
    text: Paragraph


class EndingRecord(FileModel):
    id: Id
    title: Line = ""
    outcome: Literal["survived", "ousted", "removed", "war"]
    turn: Turn
    date: ShortLine = ""


class RunRecord(FileModel):
    """Every field of a run record that any report, page or replay reads."""

    format: Annotated[int, Field(ge=1, le=RECORD_FORMAT)]
    game_version: ShortLine = "?"
    run_id: RunId | None = None  # format 1 had none
    scenario: Id
    scenario_title: Line = ""
    content_hash: ShortLine | None = None
    seed: Seed
    player: Line | None = None
    policy: Line | None = None
    log: Log
    turns: list[TurnRecord] = Field(max_length=20_000)
    decisions: list[DecisionRecord] = Field(max_length=20_000)
    policy_changes: list[PolicyRecord] = Field([], max_length=20_000)
    causes: list[CauseRecord] = Field(max_length=200_000)
    votes: list[VoteRecord] = Field([], max_length=1_000)
    presidium: list[MemberRecord] = Field([], max_length=64)
    news: list[NewsRecord] = Field([], max_length=20_000)
    ending: EndingRecord | None = None
    finished: bool = False

    @model_validator(mode="after")
    def _decisions_are_the_logs(self) -> RunRecord:
        choices = [c for c in self.log if c.cmd == "choose"]
        if len(choices) != len(self.decisions) or any(
                c.decision != d.decision or c.option != d.option
                for c, d in zip(choices, self.decisions, strict=True)):
            raise ValueError("its decisions are not the choices of its command log")
        return self


def record_name(record: dict) -> str:
    """`{scenario}-seed{seed}-{player}-{run id}.json`: the run id keeps two games apart however
    alike their players' names (`Anna K.` and `AnnaK`, two anonymous players, one student
    playing the same seed twice, letter case on a file system that ignores it)."""
    player = "".join(ch for ch in (record.get("player") or "") if ch.isalnum() or ch in "-_")[:24]
    parts = [f"{record['scenario']}-seed{record['seed']}", player, record.get("run_id") or ""]
    return "-".join(part for part in parts if part) + ".json"


def record_path(folder: Path, record: dict, name: str | None = None) -> Path:
    """Where a game's record goes in `folder`: its own name (`record_name`, or `name`), unless a
    file of another game is there already (a run id drawn twice, a file renamed by hand); then
    the first free name beside it. So a record is only ever replaced by the game that made it."""
    name = Path(name or record_name(record))
    path = Path(folder) / name
    number = 1
    while path.exists() and not _same_run(path, record):
        number += 1
        path = Path(folder) / f"{name.stem}-{number}{name.suffix}"
    return path


def _same_run(path: Path, record: dict) -> bool:
    run_id = record.get("run_id")
    if not run_id:
        return False
    try:
        found = read_json(path, limit=MAX_RECORD_BYTES)
    except Unreadable:
        return False
    return isinstance(found, dict) and found.get("run_id") == run_id \
        and found.get("scenario") == record.get("scenario") \
        and found.get("seed") == record.get("seed")


def write_record(path: Path, record: dict) -> Path:
    """Writes `record` to `path` (a name from `record_path`); raises OSError."""
    atomic_write(path, dumps(record))
    return path


class RecordError(ValueError):
    """A file that is not a run record we can use; the message says why."""


def check_record(data: object) -> dict:
    """A run record's data, checked against the model and returned as plain data (control
    characters gone, every field present with its type). Raises RecordError (no file name)."""
    if not isinstance(data, dict):
        raise RecordError("not a run record (not a JSON object)")
    version = data.get("format")
    if "seed" not in data or version is None:
        raise RecordError("not a run record (no format or seed)")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RecordError("not a run record (its format is not a version number)")
    if version > RECORD_FORMAT:
        raise RecordError(f"record format {version} is newer than this game reads "
                          f"({RECORD_FORMAT}): update the game to read it")
    try:
        return RunRecord.model_validate(data).model_dump()
    except ValidationError as error:
        raise RecordError(f"not a usable run record ({problems_of(error)})") from None


def read_record(path: Path) -> dict:
    """Reads a run record someone handed in; raises RecordError naming the file and the
    reason. Never blocks on a FIFO, never reads more than MAX_RECORD_BYTES."""
    name = clean_line(str(path))
    try:
        data = read_json(Path(path), limit=MAX_RECORD_BYTES)
    except Unreadable as error:
        raise RecordError(f"{name}: not a readable run record ({error})") from None
    try:
        return check_record(data)
    except RecordError as error:
        raise RecordError(f"{name}: {error}") from None
