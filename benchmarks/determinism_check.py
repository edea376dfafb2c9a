"""Checks that an engine change leaves every game exactly as it was.

For each bot and seed it plays a whole game and writes down a fingerprint: the ending, its date,
a hash of the run record's JSON (what teachers see), and a hash of the raw state (every recorded
cause, every value at every turn-end, every loyalty, flag and draw: floats to the last bit). Two
engines that print the same fingerprints play the same games.

    # compare this working tree's engine with another revision's, on this tree's scenario:
    python benchmarks/determinism_check.py compare --against main
    # or keep a baseline file and check against it later (same scenario content):
    python benchmarks/determinism_check.py record --out /tmp/baseline.json
    python benchmarks/determinism_check.py check --baseline /tmp/baseline.json

`compare` exports the other revision's `game/` package with `git archive` into a temporary
folder and plays it in a child process, so the two sides share the scenario files and differ only
in code. That makes it usable while the campaign's numbers are being tuned: a baseline file goes
stale when the content changes, a comparison does not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _import_root() -> None:
    # THAW_CODE_ROOT points the child process of `compare` at another revision's code.
    sys.path.insert(0, os.environ.get("THAW_CODE_ROOT", str(ROOT)))


def _raw(game, news: list) -> str:
    """Everything the state holds that a game's course could touch, floats exactly (repr). The
    news log is taken as worded in the run record (`news`), so that a change in how the state
    keeps it (text, or data for the narrator) is not mistaken for a change in the game."""
    s = game.state
    return repr((
        s.causes, game.history, s.values,
        [(m.id, m.loyalty, m.sitting) for m in s.members],
        sorted(s.flags), sorted(s.removed), sorted(s.fired.items()), sorted(s.chosen.items()),
        sorted(s.policies.items()), sorted(s.policy_changed.items()),
        sorted((t, list(v)) for t, v in s.delayed.items()), news,
        [(v.turn, v.against, v.supporting, v.appealed, v.blocked, v.central_committee, v.roll,
          v.survived) for v in s.votes],
        s.plot, s.ending, s.ending_turn, s.ending_date, s.rng.getstate(), game.log,
    ))


# The run id in every record: fixed, so that the record's hash says whether the game changed.
RUN_ID = "00c0ffee"


def _record(run_record, game, bot: str) -> dict:
    try:
        return run_record(game, RUN_ID, player="check", policy=bot)
    except TypeError:  # a revision from before run ids (its records differ from here on)
        return run_record(game, player="check", policy=bot)


def fingerprints(scenario: str, bots: list[str], seeds: range) -> dict:
    _import_root()
    from game.classroom.record import run_record
    from game.content.loader import load_scenario
    from game.sim.bots import make_bot, play
    from game.sim.engine import Game
    try:
        from game.content.build import build_world
    except ImportError:  # a revision from before the content layer compiled the world
        from game.sim.world import build_world
    from game.storage import dumps

    loaded = load_scenario(Path(scenario))
    world = build_world(loaded)
    games: dict[str, list] = {}
    for bot in bots:
        rows = []
        for seed in seeds:
            game = play(Game(world, seed), make_bot(bot, seed))
            data = _record(run_record, game, bot)
            record = dumps(data)
            rows.append([seed, game.ending, game.state.ending_date,
                         hashlib.sha256(record.encode()).hexdigest()[:20],
                         hashlib.sha256(_raw(game, data["news"]).encode()).hexdigest()[:20]])
        games[bot] = rows
    return {"scenario": loaded.id, "content_hash": loaded.content_hash,
            "seeds": [seeds.start, seeds.stop], "games": games}


def differences(base: dict, new: dict) -> list[str]:
    found = []
    if base["content_hash"] != new["content_hash"]:
        found.append(f"the scenario content differs ({base['content_hash']} vs "
                     f"{new['content_hash']}): the baseline is stale; use `compare`")
    for bot, rows in base["games"].items():
        mine = {row[0]: row for row in new["games"].get(bot, [])}
        for row in rows:
            other = mine.get(row[0])
            if other != row:
                found.append(f"{bot} seed {row[0]}: was {row[1:]}, now {other and other[1:]}")
    return found


def _dumps(data: dict) -> str:
    """JSON with one game a line, so two fingerprint files diff line by line."""
    games = ",\n".join(
        f" {json.dumps(bot)}: [\n" + ",\n".join(f"  {json.dumps(row)}" for row in rows) + "\n ]"
        for bot, rows in data["games"].items())
    head = json.dumps({k: v for k, v in data.items() if k != "games"})[:-1]
    return f"{head}, \"games\": {{\n{games}\n}}}}\n"


def _scenario_path(ref: str) -> str:
    path = Path(ref)
    return str(path if path.exists() else ROOT / "scenarios" / ref)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["record", "check", "compare"])
    parser.add_argument("--scenario", default="campaign", help="a folder or file, or a name in "
                                                                "scenarios/ (default: campaign)")
    parser.add_argument("--bots", default="random,historical")
    parser.add_argument("--seeds", type=int, nargs=2, default=[1, 301], metavar=("FIRST", "END"))
    parser.add_argument("--out", type=Path, help="record: where to write the fingerprints")
    parser.add_argument("--baseline", type=Path, help="check: the recorded fingerprints")
    parser.add_argument("--against", default="main", help="compare: a git revision")
    args = parser.parse_args()
    scenario = _scenario_path(args.scenario)
    bots = args.bots.split(",")
    seeds = range(*args.seeds)

    if args.mode == "record":
        data = fingerprints(scenario, bots, seeds)
        text = _dumps(data)
        if args.out:
            args.out.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0

    if args.mode == "check":
        if not args.baseline:
            parser.error("check needs --baseline")
        base = json.loads(args.baseline.read_text(encoding="utf-8"))
        bots = list(base["games"])
        seeds = range(*base["seeds"])
    else:
        with tempfile.TemporaryDirectory(prefix="thaw-determinism-") as folder:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.against, "game"],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
            child = subprocess.run(
                [sys.executable, __file__, "record", "--scenario", scenario, "--bots",
                 ",".join(bots), "--seeds", str(seeds.start), str(seeds.stop)],
                check=True, capture_output=True, text=True,
                env={**os.environ, "THAW_CODE_ROOT": folder})
            base = json.loads(child.stdout)
    new = fingerprints(scenario, bots, seeds)
    found = differences(base, new)
    games = sum(len(rows) for rows in base["games"].values())
    if found:
        print(f"DIFFERENT: {len(found)} of {games} games differ", *found[:20], sep="\n")
        return 1
    print(f"identical: {games} games ({', '.join(bots)}; seeds {seeds.start}-{seeds.stop - 1}) "
          f"on {base['scenario']} {base['content_hash']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
