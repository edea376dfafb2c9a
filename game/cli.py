"""The `thaw` command: a contract that scripts, teachers and the checks rely on.

Exit codes: 0 ok; 2 bad input or usage (a message naming what is wrong, never a traceback);
1 a bug.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from collections import Counter
from functools import partial
from pathlib import Path

from game import __version__, paths
from game.classroom.page import PAPERS
from game.content.problems import ContentError
from game.files import clean_line, clean_text
from game.settings import TEXT_SIZES
from game.storage import atomic_write, clean_orphans
from game.ui.launch import LaunchOptions

EXIT_OK, EXIT_BAD_INPUT = 0, 2  # and 1 for a bug: Python's own exit code for a traceback


class BadInput(Exception):
    """A usage or input problem: reported in one line, exit 2."""


# --- helpers ------------------------------------------------------------------------------

def _world(ref: str):
    # lazy: the content models take about half a second to load; --help does without
    from game.content import catalog
    from game.content.build import build_world

    return build_world(catalog.find(ref))


def _bot_factory(spec: str, world):
    """A function seed -> bot for a built-in policy name or a strategy file."""
    # lazy: the content models take about half a second to load; --help does without
    from game.content.strategy import load_strategy, strategy_bot
    from game.sim.bots import make_bot

    path = Path(spec)
    if path.suffix in (".yaml", ".yml", ".json") or path.exists():
        if not path.exists():
            raise BadInput(f"{spec}: no such strategy file")
        strategy = load_strategy(path)
        strategy_bot(strategy, world, 0)  # check it against the scenario once
        return lambda seed: strategy_bot(strategy, world, seed), strategy.name
    try:
        make_bot(spec, 0)
    except ValueError as error:
        raise BadInput(str(error)) from None
    return lambda seed: make_bot(spec, seed), spec


def _print_json(data) -> None:
    # allow_nan=False: strict JSON readers refuse NaN, so none may ever be printed.
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n")


def _say(text: str) -> None:
    """Text for the terminal that may hold words from handed-in files: no control characters
    (the files' strings are cleaned when read; this is the second lock)."""
    sys.stdout.write(clean_text(text))


def _write_output(write, path: Path) -> Path:
    """Runs `write(path)`; a place that cannot be written is bad input, said in one line."""
    try:
        return write(path)
    except OSError as error:
        raise BadInput(f"cannot write {path}: {error.strerror or error}") from None


# --- commands -----------------------------------------------------------------------------

def cmd_play(args) -> int:
    named = args.scenario  # None when not given: --continue then picks up any scenario's game
    args.scenario = named or "campaign"
    # Temporary files left by a write that was killed (a crash, a power cut).
    clean_orphans([paths.saves_dir(), paths.runs_dir(), paths.thaw_home() / "reports",
                   paths.thaw_home()])
    if args.text:
        return _play_text(args, named)
    if args.continue_game:
        raise BadInput("--continue goes with --text; in the window, choose Continue")
    try:
        from game.ui.app import run_window  # lazy: pygame and the window only for play
    except ImportError as error:  # the window needs pygame-ce
        raise BadInput(f"the window cannot start ({error}); try `thaw play --text`") from None
    return run_window(launch_options(args))


def launch_options(args):
    """What the window needs of `thaw play`'s command line."""
    return LaunchOptions(scenario=args.scenario or "campaign", seed=args.seed,
                         player=args.player, autoplay=args.autoplay,
                         screenshots=Path(args.screenshots) if args.screenshots else None,
                         exit_after_first_frame=args.exit_after_first_frame,
                         text_size=args.text_size, chapter=args.chapter)


def _play_text(args, named: str | None) -> int:
    # lazy: the content models take about half a second to load; --help does without
    from game.classroom.record import new_run_id
    from game.saves import last_unfinished, unfinished_save
    from game.sim.engine import Game
    from game.textplay import TextUI, ask_before_replacing

    if args.continue_game:
        if args.chapter is not None:
            raise BadInput("--chapter chooses where to begin; --continue goes on where you were")
        if args.seed is not None or args.player:
            raise BadInput("--seed and --player start a new game; --continue goes on with one")
        given = _world(named).scenario if named else None
        slot = last_unfinished(given.id if given else None)
        if slot is None:
            raise BadInput("there is no unfinished game to continue"
                           + (f" of {given.id}" if given else "")
                           + "; `thaw play --text` starts one")
        return _continue_text(slot, given)
    world = _world(args.scenario)
    waiting = unfinished_save(world.id)
    if args.chapter is not None:
        return _play_chapter_text(args, world, waiting)
    if waiting is not None:
        choice = ask_before_replacing(waiting, input, sys.stdout)
        if choice == "continue":
            return _continue_text(waiting, world.scenario)
        if choice == "quit":
            print("Nothing was changed. `thaw play --text --continue` goes on with that game.")
            return EXIT_OK
    seed = args.seed if args.seed is not None else _fresh_seed()
    return TextUI(Game(world, seed), input, sys.stdout, args.player, new_run_id()).run()


def _chapter_id(world, number: int) -> str:
    """The id of a scenario's chapter N (from 1), or a message saying which there are."""
    chapters = world.scenario.info.chapters
    if not chapters:
        raise BadInput(f"{world.id} has no chapters; leave out --chapter")
    if not 1 <= number <= len(chapters):
        raise BadInput(f"{world.id} has chapters 1 to {len(chapters)}: "
                       + "; ".join(f"{i}. {c.title}" for i, c in enumerate(chapters, 1)))
    return chapters[number - 1].id


def _play_chapter_text(args, world, waiting) -> int:
    """`thaw play --text --chapter N`: on with the unfinished game if it is in chapter N, else
    the chapter from Khrushchev's own path (asking first before replacing another game)."""
    # lazy: the rules engine and text mode load only when a chapter is played
    from game.classroom.record import new_run_id
    from game.sim.chapters import begin_at, chapter_of
    from game.textplay import TextUI, ask_before_replacing

    chapter_id = _chapter_id(world, args.chapter)
    if waiting is not None:
        saved = _saved_turn(waiting, world)
        if saved is not None and chapter_of(world, saved) == args.chapter - 1:
            print(f"Your unfinished game ({waiting.date_label}) is in this chapter: going on "
                  "with it.")
            return _continue_text(waiting, world.scenario)
        choice = ask_before_replacing(waiting, input, sys.stdout)
        if choice == "continue":
            return _continue_text(waiting, world.scenario)
        if choice == "quit":
            print("Nothing was changed. `thaw play --text --continue` goes on with that game.")
            return EXIT_OK
    seed = args.seed if args.seed is not None else _fresh_seed()
    try:
        game = begin_at(world, seed, chapter_id)
    except ValueError:
        raise BadInput(f"with seed {seed}, Khrushchev's own path ends before chapter "
                       f"{args.chapter}; choose another --seed") from None
    if game.turn > 0:
        print(f"Chapter {args.chapter} begins from Khrushchev's own path: the game was played "
              f"along his choices up to {game.date_label}; from here every choice is yours.")
    return TextUI(game, input, sys.stdout, args.player, new_run_id()).run()


def _saved_turn(slot, world) -> int | None:
    """The turn an autosave has reached (None if it cannot be replayed)."""
    # lazy: the rules engine loads only when a save is replayed
    from game.saves import SaveError, restore

    try:
        return restore(world, slot.data).turn
    except SaveError:
        return None


def _continue_text(slot, given) -> int:
    """Plays on a saved game in the terminal, saying first if its scenario has changed."""
    # lazy: the content models take about half a second to load; --help does without
    from game.content.build import build_world
    from game.saves import SaveError, content_warning, restore, scenario_of_save
    from game.textplay import TextUI

    try:
        world = build_world(scenario_of_save(slot.data, given))
        warning = content_warning(slot.data, world)
        if warning:
            print(f"Note: {warning}")
        game = restore(world, slot.data)
    except SaveError as error:
        raise BadInput(f"{slot.path.name}: {error}") from None
    return TextUI(game, input, sys.stdout, slot.player, slot.data["run_id"]).run()


def _fresh_seed() -> int:
    return secrets.randbelow(1_000_000)


def cmd_simulate(args) -> int:
    # lazy: the rules engine and the bots, only for simulate
    from game.surveys import summaries

    if args.runs < 1:
        raise BadInput("--runs must be at least 1")
    if args.jobs is not None and args.jobs < 1:
        raise BadInput("--jobs must be at least 1")
    if args.from_record is not None or args.at is not None:
        return _simulate_from(args)
    ref = args.scenario or "campaign"
    world = _world(ref)
    spec = args.policy or "random"
    _, policy_name = _bot_factory(spec, world)  # checks the policy before any game
    record_dir = Path(args.record_dir) if args.record_dir else None
    seeds = range(args.seed, args.seed + args.runs)
    task = partial(_simulated, str(record_dir) if record_dir else None, policy_name)
    runs = []
    show_progress = not args.json and sys.stderr.isatty() and args.runs >= 50
    progress = _Progress(args.runs, enabled=show_progress)
    for game in summaries(ref, spec, seeds, args.jobs, task):
        runs.append({"seed": game.seed, "ending": game.ending, "ended": game.ending_date,
                     "turns": game.turns})
        progress.step()
    progress.done()
    endings = dict(sorted(Counter(r["ending"] for r in runs).items()))
    if args.json:
        _print_json({"scenario": world.id, "policy": policy_name, "runs": runs,
                     "endings": endings})
        return EXIT_OK
    print(f"{world.scenario.info.title} ({world.id}), policy {policy_name}, "
          f"seeds {args.seed}-{args.seed + args.runs - 1}")
    if args.runs <= 20:
        print(f"{'seed':>8}  {'ending':<28} {'ended':<8} {'turns':>5}")
        for r in runs:
            print(f"{r['seed']:>8}  {r['ending']:<28} {r['ended']:<8} {r['turns']:>5}")
        print()
    print(f"{'ending':<28} {'runs':>6} {'share':>7}")
    for ending, count in sorted(endings.items(), key=lambda kv: -kv[1]):
        print(f"{ending:<28} {count:>6} {count / args.runs:>7.1%}")
    return EXIT_OK


def _simulated(record_dir: str | None, policy_name: str, ref: str, spec: str, seed: int):
    """One game of `thaw simulate` (in whichever process): its summary, and its run record
    written when asked."""
    # lazy: the content models take about half a second to load; --help does without
    from game.classroom.record import bot_run_id, record_path, run_record, write_record
    from game.sim.bots import play
    from game.sim.engine import Game
    from game.sim.survey import summarise
    from game.surveys import bot_factory, world_of

    world = world_of(ref)
    game = play(Game(world, seed), bot_factory(spec, world)(seed))
    if record_dir is not None:
        run_id = bot_run_id(world.id, world.scenario.content_hash, policy_name, seed)
        record = run_record(game, run_id, policy=policy_name)
        _write_output(lambda p, r=record: write_record(record_path(p, r), r), Path(record_dir))
    return summarise(game)


def _simulate_from(args) -> int:
    """`simulate --from RUN.json --at K`: the spread of endings from a run's K-th decision on."""
    # lazy: the content models take about half a second to load; --help does without
    from game.classroom.whatif import WhatIfError, spread

    if args.from_record is None or args.at is None:
        raise BadInput("--from RUN.json and --at K go together")
    if args.record_dir:
        raise BadInput("--record-dir does not go with --from (those games replay a record)")
    record, world = _record_and_world(args.from_record, args.scenario)
    bots = None
    policy = "same choices"
    if args.policy:
        bots, policy = _bot_factory(args.policy, world)
    try:
        result = spread(world, record, args.at, args.runs, bots, policy)
    except WhatIfError as error:
        raise BadInput(str(error)) from None
    if args.json:
        _print_json(result.to_json())
        return EXIT_OK
    lines = [f"{world.scenario.info.title} ({world.id}), seed {record['seed']}: from decision "
             f"{result.at} ({result.title}, {world.calendar.label(result.turn)}) on, "
             f"{result.runs} games with fresh luck and "
             + ("the player's own choices" if result.policy == "same choices"
                else f"the {result.policy} policy"),
             f"{'ending':<28} {'runs':>6} {'share':>7}"]
    for ending, count in sorted(result.endings.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"{ending:<28} {count:>6} {count / result.runs:>7.1%}")
    lines += ["", result.reading()]
    _say("\n".join(lines) + "\n")
    return EXIT_OK


class _Progress:
    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.count, self.enabled = total, 0, enabled

    def step(self) -> None:
        self.count += 1
        every = max(1, self.total // 100)
        if self.enabled and (self.count % every == 0 or self.count == self.total):
            filled = 30 * self.count // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.count}/{self.total}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def cmd_validate(args) -> int:
    # lazy: the content models take about half a second to load; --help does without
    from game.content import validate

    targets = []
    for name in args.paths:
        path = Path(name)
        if not path.exists():
            print(f"{name}: no such file or folder", file=sys.stderr)
            return EXIT_BAD_INPUT
        targets += validate.targets(path)
    if not targets:
        print("nothing to validate: no .yaml files found", file=sys.stderr)
        return EXIT_BAD_INPUT
    errors = warnings = 0
    seen: set[Path] = set()
    for target in targets:
        if target.path in seen:
            continue
        seen.add(target.path)
        for problem in validate.problems(target):
            print(clean_line(str(problem)),
                  file=sys.stdout if problem.severity == "warning" else sys.stderr)
            if problem.severity == "error" or args.strict:
                errors += 1
            else:
                warnings += 1
    summary = f"{len(seen)} checked, {errors} error(s), {warnings} warning(s)"
    print(summary, file=sys.stderr if errors else sys.stdout)
    return EXIT_BAD_INPUT if errors else EXIT_OK


def _citations(item) -> dict:
    """How `thaw events --json` lists what a decision cites: each document with the passage to
    look for, or that it goes beyond the documents."""
    found: dict = {"citations": [{"source": c.source, "locator": c.locator}
                                 | ({"note": c.note} if c.note else {}) for c in item.sources]}
    if item.beyond_documents:
        found["beyond_documents"] = True
    return found


def cmd_events(args) -> int:
    # lazy: the content models take about half a second to load; --help does without
    from game.content.prose import neutral  # text that follows the game, read as no game has it

    world = _world(args.scenario)
    events = [{
        "id": e.id,
        "date": e.date[:7] if e.date else None,
        "title": e.title,
        "text": neutral(e.text),
        "options": [{"id": o.id, "label": neutral(o.label), "historical": o.historical}
                    for o in e.options],
        "sources": [c.source for c in e.sources],
        **_citations(e),
    } for e in world.scenario.events]
    if args.json:
        _print_json(events)
    else:
        for e in events:
            print(f"{e['date'] or 'when called':<12} {e['id']:<32} {e['title']}")
    return EXIT_OK


def cmd_endings(args) -> int:
    world = _world(args.scenario)
    endings = [{"id": e.id, "title": e.title} for e in world.scenario.endings]
    if args.json:
        _print_json(endings)
    else:
        for e in endings:
            print(f"{e['id']:<28} {e['title']}")
    return EXIT_OK


def cmd_schema(args) -> int:
    # lazy: the content models take about half a second to load; --help does without
    from game.content.models import ScenarioFile

    schema = ScenarioFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Thaw scenario file"
    _print_json(schema)
    return EXIT_OK


def cmd_scenarios(args) -> int:
    # lazy: the content models take about half a second to load; --help does without
    from game.content import catalog

    good, broken = catalog.available()
    for s in good:
        print(f"{s.id:<24} {s.info.minutes:>4} min  {s.info.title}")
    for entry in broken:
        print(clean_line(f"{entry.stem:<24}  BROKEN  {entry.problems[0]}"), file=sys.stderr)
    return EXIT_OK


def cmd_bench(args) -> int:
    # lazy: the content models take about half a second to load; --help does without
    from game.content import catalog

    catalog.find(args.scenario)  # a missing scenario is bad input, said before any timing
    from game.ui.bench import run  # lazy: pygame and the window only for bench

    result = run(args.scenario, args.seed)
    if args.json:
        _print_json(result)
    else:
        for key, value in result.items():
            print(f"{key:<22} {value}")
    return EXIT_OK


def _record_and_world(path_text: str, scenario: str | None):
    """A run record and its scenario's world: the installed scenario of the record's id (an id,
    never a path), or the scenario named with --scenario, which must have that id. Warns when
    the scenario has changed since the record."""
    # lazy: the content models take about half a second to load; --help does without
    from game.classroom.record import RecordError, read_record
    from game.content import catalog
    from game.content.build import build_world

    try:
        record = read_record(Path(path_text))
    except RecordError as error:
        raise BadInput(str(error)) from None
    if scenario is not None:
        world = _world(scenario)
        if world.id != record["scenario"]:
            raise BadInput(f"{path_text} is a record of scenario {record['scenario']!r}, but "
                           f"{scenario} is scenario {world.id!r}")
    else:
        try:
            world = build_world(catalog.by_id(record["scenario"]))
        except ContentError as error:
            raise BadInput(f"{path_text} is a record of scenario {record['scenario']!r}, which "
                           f"cannot be used here ({error.problems[0].message}); if you have its "
                           "file, name it with --scenario") from None
    if record.get("content_hash") != world.scenario.content_hash:
        print(f"thaw: note: the scenario {world.id!r} has changed since this record was made "
              f"(record version {record.get('content_hash')}, now "
              f"{world.scenario.content_hash}); the replay may not fit it exactly",
              file=sys.stderr)
    return record, world


def _paper(args) -> str:
    return getattr(args, "paper", None) or "auto"


def cmd_report(args) -> int:
    # lazy: the content models take about half a second to load; --help does without
    from game.classroom.report import report_text, write_report

    record, world = _record_and_world(args.record, args.scenario_path)
    if args.html:
        path = _write_output(lambda p: write_report(record, world, p, paper=_paper(args)),
                             Path(args.html))
        print(f"wrote {path}")
    else:
        _say(report_text(record, world))
    return EXIT_OK


def cmd_class_report(args) -> int:
    # lazy: the content models take about half a second to load; --help does without
    from game.classroom.class_page import class_text, write_class_page
    from game.classroom.class_report import class_report, load_folder
    from game.classroom.desk import Worlds

    folder = Path(args.folder)
    if not folder.is_dir():
        raise BadInput(f"{args.folder}: no such folder")
    given = {}
    for ref in args.scenario_path or []:
        world = _world(ref)
        given[world.id] = world
    worlds = Worlds(given)  # by id; labels fall back to the records' own ids without one
    report = class_report(load_folder(folder), worlds, names=args.names)
    if args.html:
        path = _write_output(lambda p: write_class_page(report, worlds.found, p,
                                                        names=args.names, paper=_paper(args)),
                             Path(args.html))
        if not args.json:
            print(f"wrote {path}")
    if args.json:
        _print_json(report)
    elif not args.html:
        _say(class_text(report))
    return EXIT_OK


def cmd_whatif(args) -> int:
    # lazy: the content models take about half a second to load; --help does without
    from game.classroom.whatif import WhatIfError, whatif
    from game.classroom.whatif_page import whatif_text, write_whatif_page

    record, world = _record_and_world(args.record, args.scenario_path)
    try:
        result = whatif(world, record, args.flip, args.option)
    except WhatIfError as error:
        raise BadInput(str(error)) from None
    if args.html:
        path = _write_output(lambda p: write_whatif_page(result, record, p, paper=_paper(args)),
                             Path(args.html))
        if not args.json:
            print(f"wrote {path}")
    if args.json:
        _print_json(result.to_json())
    elif not args.html:
        _say(whatif_text(result, record))
    return EXIT_OK


def _page_out(html: str, args) -> None:
    """A page to the file named with -o, or to standard output."""
    def write(path: Path) -> Path:
        atomic_write(path, html)
        return path

    if args.output:
        path = _write_output(write, Path(args.output))
        print(f"wrote {path}")
    else:
        sys.stdout.write(html)


def cmd_worksheet(args) -> int:
    # lazy: the content models take about half a second to load; --help does without
    from game.classroom.kit import KitError, unit
    from game.classroom.pages import lesson_plan, worksheet

    try:
        found = unit(args.unit)
        html = worksheet(args.unit, paper=_paper(args)) if args.html else None
    except KitError as error:
        raise BadInput(str(error)) from None
    if html is not None:
        _page_out(html, args)
        return EXIT_OK
    lines = [f"{found.title} ({found.scenario}): a 45-minute lesson"]
    at = 0
    for minutes, stage, what in lesson_plan(found):
        lines.append(f"  {at:>2}-{at + minutes:<2} {stage:<18} {what}")
        at += minutes
    lines.append("Add --html (and -o FILE) for the printable set: plan, tally sheet, worksheet, "
                 "pre-reading, content note, answer key, mark scheme, documents.")
    _say("\n".join(lines) + "\n")
    return EXIT_OK


def cmd_class_card(args) -> int:
    # lazy: the content models take about half a second to load; --help does without
    from game.classroom.kit import KitError
    from game.classroom.pages import class_card

    try:
        html = class_card(args.scenario, args.seed, args.hand_in or "", paper=_paper(args))
    except KitError as error:
        raise BadInput(str(error)) from None
    if not args.html:
        _say(f"Class seed {args.seed} for {args.scenario}; add --html (and -o FILE) for the "
             "printable card.\n")
        return EXIT_OK
    _page_out(html, args)
    return EXIT_OK


# --- the parser ---------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # exit 2 with a one-line message, as argparse does
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="thaw", description="Thaw: Khrushchev's years, 1953-1964.")
    parser.add_argument("--version", action="version", version=f"thaw {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    _add_play(sub)
    _add_simulate(sub)
    _add_content(sub)
    bench = sub.add_parser("bench", help="measure the window: first frame, frame times, idle "
                                         "CPU, memory")
    bench.add_argument("--scenario", default="campaign", help="scenario id or path")
    bench.add_argument("--seed", type=int, default=1, help="seed of the scripted game")
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.set_defaults(func=cmd_bench)
    scen = sub.add_parser("scenarios", help="list the scenarios the game can find")
    scen.set_defaults(func=cmd_scenarios)
    _add_classroom(sub)
    _add_kit(sub)
    return parser


def _add_play(sub) -> None:
    play = sub.add_parser("play", help="play a game (in a window, or --text in the terminal)")
    play.add_argument("--text", action="store_true", help="play in the terminal")
    play.add_argument("--scenario", default=None,
                      help="scenario id or path (default campaign; with --continue, any)")
    play.add_argument("--continue", dest="continue_game", action="store_true",
                      help="with --text: go on with the unfinished game saved last")
    play.add_argument("--seed", type=int, help="seed for the harvests and draws")
    play.add_argument("--player", help="player name for the run record")
    play.add_argument("--chapter", type=int, metavar="N",
                      help="a long scenario's chapter N (1 is the start): with --text, goes on "
                           "with the unfinished game if it is in that chapter, else begins it "
                           "from Khrushchev's own path; in the window, offers it first")
    play.add_argument("--autoplay", action="store_true",
                      help="play a whole game through the window with a bot, then exit")
    play.add_argument("--screenshots", metavar="DIR", help="with --autoplay: a PNG per screen")
    play.add_argument("--text-size", choices=TEXT_SIZES, default=None,
                      help="the window's text size for this game only (settings kept as they are)")
    play.add_argument("--exit-after-first-frame", action="store_true",
                      help="exit right after the first frame is drawn")
    play.set_defaults(func=cmd_play)


def _add_simulate(sub) -> None:
    sim = sub.add_parser("simulate", help="play many games with a bot")
    sim.add_argument("--scenario", default=None,
                     help="scenario id or path (default campaign; with --from, the record's)")
    sim.add_argument("--policy", default=None,
                     help="random, historical, first, greedy:STAT, nth:N, or a strategy file "
                          "(default random; with --from, the recorded player's own choices)")
    sim.add_argument("--seed", type=int, default=1, help="first seed")
    sim.add_argument("--runs", type=int, default=1, help="number of games (seeds S..S+N-1)")
    sim.add_argument("--json", action="store_true", help="print one JSON object")
    sim.add_argument("--record-dir", metavar="DIR", help="write a run record per game here")
    sim.add_argument("--jobs", type=int, default=None, metavar="N",
                     help="play on N processes (default: every core; one in the packaged "
                          "game); the results are the same")
    sim.add_argument("--from", dest="from_record", metavar="RUN.json",
                     help="start from a run record: replay it up to decision --at, then play on "
                          "with fresh luck in each run")
    sim.add_argument("--at", type=int, metavar="K", help="with --from: the decision (from 1)")
    sim.set_defaults(func=cmd_simulate)


def _add_content(sub) -> None:
    """The commands that check and list a scenario: validate, events, endings, schema."""
    val = sub.add_parser("validate", help="check scenario and reference files")
    val.add_argument("paths", nargs="+", help="files or folders")
    val.add_argument("--strict", action="store_true", help="treat warnings as errors")
    val.set_defaults(func=cmd_validate)

    for name, func, text in (("events", cmd_events, "list a scenario's events"),
                             ("endings", cmd_endings, "list a scenario's endings")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--scenario", default="campaign", help="scenario id or path")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=func)

    schema = sub.add_parser("schema", help="print the JSON Schema of scenario files")
    schema.set_defaults(func=cmd_schema)


def _add_classroom(sub) -> None:
    """The commands that read run records: report, class-report, whatif."""
    rep = sub.add_parser("report", help="one run record as a printable page")
    rep.add_argument("record", metavar="RUN.json")
    rep.add_argument("--html", metavar="OUT.html", help="write the page here (else a summary)")
    rep.add_argument("--scenario", dest="scenario_path", metavar="ID_OR_PATH",
                     help="the record's scenario, if it is not installed")
    rep.add_argument("--paper", choices=PAPERS, default="auto",
                     help="page size for printing (default: the printer's)")
    rep.set_defaults(func=cmd_report)

    cls = sub.add_parser("class-report", help="merge a folder of run records")
    cls.add_argument("folder", metavar="DIR")
    cls.add_argument("--html", metavar="OUT.html", help="write the printable page here")
    cls.add_argument("--json", action="store_true", help="print the numbers as JSON")
    cls.add_argument("--names", action="store_true", help="show players' names and file names")
    cls.add_argument("--scenario", dest="scenario_path", metavar="ID_OR_PATH", action="append",
                     help="a scenario the records use that is not installed (repeatable)")
    cls.add_argument("--paper", choices=PAPERS, default="auto")
    cls.set_defaults(func=cmd_class_report)

    wif = sub.add_parser("whatif", help="replay a run with one decision taken the other way")
    wif.add_argument("record", metavar="RUN.json")
    wif.add_argument("--flip", type=int, required=True, metavar="K",
                     help="the decision to take differently, counted from 1")
    wif.add_argument("--option", metavar="ID",
                     help="the option to take instead (default: the next one on the card)")
    wif.add_argument("--json", action="store_true", help="print one JSON object")
    wif.add_argument("--html", metavar="OUT.html", help="write both runs on a printable page")
    wif.add_argument("--scenario", dest="scenario_path", metavar="ID_OR_PATH",
                     help="the record's scenario, if it is not installed")
    wif.add_argument("--paper", choices=PAPERS, default="auto")
    wif.set_defaults(func=cmd_whatif)


def _add_kit(sub) -> None:
    """The teacher's kit on paper: worksheet, class-card."""
    wks = sub.add_parser("worksheet", help="a lesson's or chapter's printed kit for teachers")
    wks.add_argument("unit", metavar="LESSON_OR_CHAPTER",
                     help="a lesson scenario's id, or a campaign chapter's id")
    wks.add_argument("--html", action="store_true", help="the printable pages (else the plan)")
    wks.add_argument("-o", "--output", metavar="FILE", help="write the page here (else stdout)")
    wks.add_argument("--paper", choices=PAPERS, default="auto")
    wks.set_defaults(func=cmd_worksheet)

    card = sub.add_parser("class-card", help="the class card: seed, steps, where to hand in")
    card.add_argument("scenario", metavar="SCENARIO", help="the scenario's id")
    card.add_argument("--seed", type=int, required=True, metavar="N", help="the class seed")
    card.add_argument("--hand-in", metavar="TEXT", help="where students hand in, in your words")
    card.add_argument("--html", action="store_true", help="the printable card")
    card.add_argument("-o", "--output", metavar="FILE", help="write the page here (else stdout)")
    card.add_argument("--paper", choices=PAPERS, default="auto")
    card.set_defaults(func=cmd_class_card)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["play", *(argv or [])])
    try:
        return args.func(args)
    except ContentError as error:
        for problem in error.problems:
            print(clean_line(str(problem)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except BadInput as error:
        print(f"thaw: {clean_line(str(error))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


__all__ = ["main", "paths"]
