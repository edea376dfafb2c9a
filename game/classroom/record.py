"""The run record: one small JSON file per game, finished or not.

It holds the format version, the scenario and its content hash, the seed, the command log, the
meters at the close of every turn, why they moved, the votes, and the ending. The same scenario,
seed and choices give a byte-identical file: nothing in it comes from the clock.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from game import __version__
from game.narration.news import news_lines
from game.sim.engine import Game, command_turns
from game.sim.stats import STATS
from game.storage import atomic_write, dumps

RECORD_FORMAT = 1


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


def run_record(game: Game, *, player: str | None = None, policy: str | None = None) -> dict:
    world, state = game.world, game.state
    calendar = world.calendar
    ending = None
    if state.ending is not None:
        model = world.endings[state.ending]
        ending = {"id": model.id, "title": model.title, "outcome": model.outcome,
                  "turn": state.ending_turn, "date": state.ending_date}
    return {
        "format": RECORD_FORMAT,
        "game_version": __version__,
        "scenario": world.id,
        "scenario_title": world.scenario.info.title,
        "content_hash": world.scenario.content_hash,
        "seed": game.seed,
        "player": player,
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
                   "central_committee": v.central_committee, "roll": v.roll,
                   "survived": v.survived} for v in state.votes],
        "presidium": [{"id": m.id, "sitting": m.sitting, "loyalty": _round(m.loyalty)}
                      for m in state.members],
        "news": [{"turn": t, "text": text} for t, text in news_lines(world, state)],
        "ending": ending,
        "finished": ending is not None,
    }


def record_name(record: dict) -> str:
    player = "".join(ch for ch in (record.get("player") or "") if ch.isalnum() or ch in "-_")[:24]
    base = f"{record['scenario']}-seed{record['seed']}"
    return f"{base}-{player}.json" if player else f"{base}.json"


def write_record(path: Path, record: dict) -> Path:
    atomic_write(path, dumps(record))
    return path


def read_record(path: Path) -> dict:
    """Reads a record; raises ValueError with a plain reason if it is not one we can use."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not a readable run record ({error})") from None
    if not isinstance(data, dict) or "format" not in data or "seed" not in data:
        raise ValueError(f"{path}: not a run record")
    if not isinstance(data["format"], int) or data["format"] > RECORD_FORMAT:
        raise ValueError(f"{path}: record format {data['format']} is newer than this game reads "
                         f"({RECORD_FORMAT})")
    return data


# What the reports need from a record, and of which type. A record that lacks one of these (a
# hand-edited file, a save dropped in the wrong folder) is listed as unreadable, never half-used.
_REQUIRED: tuple[tuple[str, type | tuple[type, ...]], ...] = (
    ("scenario", str),
    ("seed", int),
    ("log", list),
    ("turns", list),
    ("decisions", list),
    ("causes", list),
)


def record_problems(data: dict) -> list[str]:
    """What makes a record read by `read_record` unusable for the reports (empty: usable)."""
    problems = []
    for key, kind in _REQUIRED:
        if not isinstance(data.get(key), kind) or isinstance(data.get(key), bool):
            problems.append(f"no {key}" if key not in data else f"{key} is not a {_kind(kind)}")
    if problems:
        return problems
    for i, turn in enumerate(data["turns"]):
        if not (isinstance(turn, dict) and isinstance(turn.get("turn"), int)
                and isinstance(turn.get("values"), dict)
                and all(isinstance(v, (int, float)) for v in turn["values"].values())):
            problems.append(f"turns[{i}] is damaged")
            break
    for i, decision in enumerate(data["decisions"]):
        if not (isinstance(decision, dict) and isinstance(decision.get("decision"), str)
                and isinstance(decision.get("option"), str)
                and isinstance(decision.get("turn"), int)):
            problems.append(f"decisions[{i}] is damaged")
            break
    for i, command in enumerate(data["log"]):
        if not (isinstance(command, dict) and isinstance(command.get("cmd"), str)):
            problems.append(f"log[{i}] is damaged")
            break
    ending = data.get("ending")
    if ending is not None and not (isinstance(ending, dict) and isinstance(ending.get("id"), str)):
        problems.append("ending is damaged")
    return problems


def _kind(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "whole number", list: "list", dict: "mapping"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)
