"""The teacher's desk in the window: a class's run records opened from a folder (or from files
dropped onto the window), the class report's figures as the rows the teacher's screen draws, the
printable page written beside the records under a name of its own, and a student's hand-in.

    desk = open_class([folder])            # or the paths dropped onto the window
    desk.report(names=False)               # the data of `thaw class-report --json`
    ending_rows(report), split_rows(report), luck_lines(report), unreadable_rows(report, names)
    save_class_page(desk, names=False)     # class-report.html, class-report-2.html, ...

The records are read and checked by `class_report` (every bad one a row with its reason); this
module only arranges its figures for a screen. Pure Python: no pygame, no settings.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from game.classroom.class_page import month_label, write_class_page
from game.classroom.class_page import when as when_of
from game.classroom.class_report import (
    FELL,
    HIDDEN_IN_WINDOW,
    Folder,
    Loaded,
    class_report,
    load_dropped,
)
from game.classroom.record import read_record, record_name, record_path, write_record
from game.content import catalog
from game.content.build import build_world
from game.content.problems import ContentError
from game.narration.debrief import PathStep
from game.narration.words import option_label
from game.sim.world import World

PAGE_STEM = "class-report"


class Worlds:
    """The scenarios of a class's records, found by their id (never by a path from a record)
    and compiled once each; None for one this game does not have (labels then come from the
    records). `given` are scenarios named by the teacher, which take precedence."""

    def __init__(self, given: dict[str, World] | None = None) -> None:
        self.given = dict(given or {})
        self.found: dict[str, World | None] = {}

    def __call__(self, record: dict) -> World | None:
        scenario = record["scenario"]
        if scenario not in self.found:
            world = self.given.get(scenario)
            if world is None:
                try:
                    world = build_world(catalog.by_id(scenario))
                except ContentError:
                    world = None
            self.found[scenario] = world
        return self.found[scenario]


@dataclass
class ClassDesk:
    """A class opened on the teacher's screen: the records read, and the report both ways
    (names hidden, and shown), made once each."""

    folder: Folder
    worlds: Worlds
    reports: dict[bool, dict] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        """The folder the records are in: where the printable page goes."""
        return self.folder.root

    def report(self, names: bool = False) -> dict:
        if names not in self.reports:
            self.reports[names] = class_report(self.folder, self.worlds, names=names,
                                               hidden=HIDDEN_IN_WINDOW)
        return self.reports[names]

    def loaded_of(self, number: int) -> Loaded | None:
        """The record of the student numbered `number` (from 1, in the report's order)."""
        students = students_of(self.report(names=True))
        if not 1 <= number <= len(students):
            return None
        name = students[number - 1].get("file")
        matches = [loaded for loaded in self.folder.records if loaded.name == name]
        # Two files of one name (dropped from two folders): the n-th student of that name.
        earlier = sum(1 for s in students[:number - 1] if s.get("file") == name)
        return matches[earlier] if earlier < len(matches) else None


def open_class(paths: list[Path]) -> ClassDesk:
    """Reads a folder, or the files and folders dropped together, and makes the report."""
    desk = ClassDesk(load_dropped(paths), Worlds())
    desk.report(names=False)
    return desk


def students_of(report: dict) -> list[dict]:
    """Every student of the report, the class first and then the other groups, numbered in this
    order as the report numbers them."""
    out = list(report.get("students", []))
    for group in report.get("other_groups", []):
        out += group["students"]
    return out


# --- the figures as rows ---------------------------------------------------------------------

@dataclass(frozen=True)
class Bar:
    """One row of a chart: what, how many of how many, and whether it reads as a fall."""

    label: str
    count: int
    whole: int
    fell: bool = False
    note: str = ""

    @property
    def share(self) -> float:
        return self.count / self.whole if self.whole else 0.0

    @property
    def figure(self) -> str:
        return f"{self.count} ({round(100 * self.share)}%)" if self.whole else str(self.count)


def ending_rows(report: dict) -> list[Bar]:
    """The class's endings, the most common first, then the games not finished."""
    runs = report.get("runs", 0)
    titles = report.get("ending_titles", {})
    fell = {f["ending"] for f in report.get("falls", [])}
    outcomes = {s["ending"]: s["outcome"] for s in report.get("students", []) if s["ending"]}
    rows = [Bar(titles.get(e, e), n, runs, e in fell or outcomes.get(e) in FELL)
            for e, n in sorted(report.get("endings", {}).items(), key=lambda kv: (-kv[1], kv[0]))]
    if report.get("unfinished"):
        rows.append(Bar("Not finished", report["unfinished"], runs, note="still playing"))
    return rows


@dataclass(frozen=True)
class Split:
    """A decision that divided the class: its title, when, and each option's share."""

    title: str
    when: str
    met: int
    options: list[Bar]


def split_rows(report: dict, most: int = 6) -> list[Split]:
    """The decisions where the class was most divided (the largest option taken by the fewest),
    among those met by two students or more."""
    found = []
    for d in report.get("decisions", []):
        taken = [n for n in d["options"].values() if n]
        if d["met"] < 2 or len(taken) < 2:
            continue
        bars = [Bar(d["labels"].get(o, o), n, d["met"],
                    note="Khrushchev's choice" if o == d.get("historical") else "")
                for o, n in d["options"].items()]
        when = when_of(d)
        found.append((max(taken) / d["met"], -d["met"], Split(d["title"], when, d["met"], bars)))
    found.sort(key=lambda f: (f[0], f[1]))
    return [split for _, _, split in found[:most]]


def _games(n: int) -> str:
    return f"{n} game{'s' * (n != 1)}"


def luck_lines(report: dict) -> list[str]:
    """Luck or choice, in words: whether the class shared its luck (one seed), and, where
    students left Khrushchev's path most, how the games went for those who left and kept it."""
    seeds = report.get("seeds", {})
    if len(seeds) == 1:
        seed = next(iter(seeds))
        lines = [f"Everyone played seed {seed}: the same harvests, droughts and swings of the "
                 "vote. Where the endings differ, the choices made the difference."]
    elif seeds:
        lines = [f"The class played {len(seeds)} different seeds, so luck differed as well as "
                 "the choices: compare the games of one seed to see what the choices did."]
    else:
        lines = []
    for d in report.get("departures", [])[:4]:
        gone, kept = d["after_leaving"], d["after_keeping"]
        when = when_of(d)
        then = (f"of the {_games(kept['runs'])} that kept to it, {kept['survived']} survived "
                f"and {kept['fell']} fell" if kept["runs"] else "none kept to it")
        lines.append(f"{d['title']} ({when}): {d['left']} of {d['met']} left Khrushchev's path. "
                     f"Of those {_games(gone['runs'])}, {gone['survived']} survived and "
                     f"{gone['fell']} fell; {then}.")
    return lines


def unreadable_rows(report: dict, names: bool) -> list[tuple[str, str]]:
    """(file, reason) for each file not used; with names hidden, files are numbered."""
    return [(u["file"] if names else f"File {i}", u["reason"])
            for i, u in enumerate(report.get("unreadable", []), 1)]


def counts_line(report: dict) -> str:
    """The class in one line: records, finished, unreadable, handed in twice."""
    parts = [f"{report.get('runs', 0)} run{'s' * (report.get('runs', 0) != 1)}"]
    if report.get("runs"):
        parts.append(f"{report['finished']} finished, {report['unfinished']} not finished")
    others = sum(g["runs"] for g in report.get("other_groups", []))
    if others:
        parts.append(f"{others} of another scenario or version, kept apart")
    bad = len(report.get("unreadable", []))
    if bad:
        parts.append(f"{bad} unreadable")
    twice = len(report.get("duplicates", []))
    if twice:
        parts.append(f"{twice} handed in twice (counted once)")
    return " · ".join(parts)


def student_path(world: World | None, record: dict) -> list[PathStep]:
    """A record's decisions beside Khrushchev's, in the words of its scenario when this game
    has it (else the record's own titles and ids)."""
    steps = []
    labels = {t["turn"]: t.get("label") for t in record.get("turns", [])}
    for d in record["decisions"]:
        turn, event = d["turn"], d["decision"]
        if world is not None and world.id == record["scenario"]:
            when = world.calendar.label(turn) if 0 <= turn < world.calendar.turns else str(turn)
            chosen, historical = (option_label(world, event, d["option"]),
                                  option_label(world, event, d["historical"])
                                  if d.get("historical") else None)
        else:
            when = labels.get(turn) or month_label(d.get("date"))
            chosen, historical = d["option"], d.get("historical")
        steps.append(PathStep(turn, when, event, d.get("title") or event, d["option"], chosen,
                              d.get("historical"), historical))
    return steps


def full_record(loaded: Loaded) -> dict:
    """The whole record of a student (read again and checked: a what-if replays all of it)."""
    return read_record(loaded.path)


# --- files -----------------------------------------------------------------------------------

def fresh_path(folder: Path, stem: str, suffix: str) -> Path:
    """A name in `folder` that no file has yet (`stem.html`, `stem-2.html`, ...), taken at once
    (an empty file made with exclusive creation), so nothing already there is ever replaced."""
    number = 1
    while True:
        path = Path(folder) / (f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}")
        try:
            with open(path, "x", encoding="utf-8"):
                return path
        except FileExistsError:
            number += 1


def save_class_page(desk: ClassDesk, names: bool = False) -> Path:
    """The printable class page `thaw class-report FOLDER --html` writes, into the records'
    folder under a fresh name. Raises OSError (a folder that cannot be written)."""
    report = desk.report(names)
    path = fresh_path(desk.root, PAGE_STEM, ".html")
    try:
        return write_class_page(report, desk.worlds.found, path, names=names)
    except OSError:
        path.unlink(missing_ok=True)
        raise


def hand_in_name(record: dict, day: datetime.date) -> str:
    """`{player}-{scenario}-seed{seed}-{day}-{run id}.json`: the student's name first, so a
    folder of hand-ins reads by name."""
    base = Path(record_name(record)).stem  # scenario-seedN-player-runid, cleaned
    player = base.removeprefix(f"{record['scenario']}-seed{record['seed']}").strip("-")
    run_id = record.get("run_id") or ""
    player = player.removesuffix(run_id).strip("-")
    parts = [player, f"{record['scenario']}-seed{record['seed']}", day.isoformat(), run_id]
    return "-".join(p for p in parts if p) + ".json"


def hand_in(record: dict, folder: Path, day: datetime.date | None = None) -> Path:
    """Writes a student's record into `folder` under its hand-in name; a file of another game
    there is never replaced (the first free name beside it is used). Raises OSError."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(2, "the folder is not there any more", str(folder))
    name = hand_in_name(record, day or datetime.date.today())
    return write_record(record_path(folder, record, name), record)
