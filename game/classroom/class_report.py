"""The class report's numbers: a folder of run records merged into what a teacher discusses.

    loaded = load_folder(folder)                 # records, and the files that are not usable
    report = class_report(loaded, worlds, names=False)   # plain data, the JSON of `--json`

Records of different scenarios, or of different versions of one scenario (its content hash),
are grouped and never mixed: the largest group is the class, the others are reported beside it.
Records are handed in by students and trusted for nothing: a file that cannot be read, or a
record that fails while it is being summarised, is listed with the reason and the rest of the
class is reported; a record whose claims (ending, decisions, meters) are not what its own moves
give is flagged. A record handed in twice (the same run id) counts once. Names are hidden unless
asked for: students are numbered in the order of their files.

Every record is walked a fixed number of times, so the time grows with the size of the folder,
never with its square; the folder as a whole is capped in files and bytes.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from game.classroom.record import MAX_RECORD_BYTES, RecordError, read_record
from game.classroom.whatif import check_fit
from game.files import clean_line
from game.narration.words import LABELS, option_label
from game.sim.stats import METERS
from game.sim.world import World

# A class of thirty hands in a few megabytes; this is a whole school's year, and then some.
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_FILES = 5_000
FELL = ("ousted", "removed", "war")
# What a class report keeps of a record after reading it (causes and news are the bulk).
KEPT = ("format", "game_version", "run_id", "scenario", "scenario_title", "content_hash", "seed",
        "player", "policy", "log", "turns", "decisions", "ending", "finished")


@dataclass
class Loaded:
    path: Path
    name: str  # the path inside the folder
    record: dict
    flag: str | None = None  # what the record claims that a replay of its moves does not give


@dataclass
class Folder:
    root: Path
    records: list[Loaded] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (name, name it repeats)
    not_read: int = 0  # files left unread: the folder is over the caps


def _same_game(record: dict) -> str:
    """Two files of one game: the same run id. Records of format 1 had none: for them, the
    same scenario, version, seed, player and moves."""
    if record.get("run_id"):
        return f"run {record['scenario']} {record['run_id']}"
    return json.dumps([record["scenario"], record.get("content_hash"), record["seed"],
                       record.get("player"), record["log"]], sort_keys=True)


def load_folder(root: Path) -> Folder:
    """Every `.json` file under `root` (sub-folders too), sorted by path, up to the caps."""
    root = Path(root)
    folder = Folder(root)
    try:
        paths = sorted(p for p in root.rglob("*.json") if not p.name.startswith("."))
    except OSError as error:
        folder.unreadable.append((".", f"the folder cannot be read ({error.strerror})"))
        return folder
    _load_files(folder, paths)
    return folder


def load_dropped(dropped: list[Path]) -> Folder:
    """Files and folders dropped together onto the window: each folder's `.json` files (as
    `load_folder` reads them) and each file, named by their path inside the folder they were
    dropped from (the first one's), which is the folder the report is of."""
    dropped = [Path(p) for p in dict.fromkeys(dropped)]
    if len(dropped) == 1 and dropped[0].is_dir():
        return load_folder(dropped[0])
    root = dropped[0].parent if dropped else Path(".")
    folder = Folder(root)
    paths: list[Path] = []
    for path in dropped:
        if path.is_dir():
            try:
                paths += sorted(p for p in path.rglob("*.json") if not p.name.startswith("."))
            except OSError as error:
                folder.unreadable.append((clean_line(path.name),
                                          f"the folder cannot be read ({error.strerror})"))
        else:
            paths.append(path)
    _load_files(folder, list(dict.fromkeys(paths)))
    return folder


def _name_in(root: Path, path: Path) -> str:
    try:
        return clean_line(path.relative_to(root).as_posix())
    except ValueError:  # dropped from elsewhere
        return clean_line(path.name)


def _load_files(folder: Folder, paths: list[Path]) -> None:
    """Reads `paths` into `folder`, up to the caps; a game handed in twice counts once."""
    seen: dict[str, int] = {}  # same-game key -> index in folder.records
    total = 0
    for path in paths:
        name = _name_in(folder.root, path)
        try:
            if path.is_dir():
                continue
            size = path.stat().st_size
            if len(folder.records) + len(folder.unreadable) >= MAX_FILES or \
                    total + min(size, MAX_RECORD_BYTES) > MAX_TOTAL_BYTES:
                folder.not_read += 1
                continue
            total += min(size, MAX_RECORD_BYTES)
            record = read_record(path)
        except RecordError as error:
            folder.unreadable.append((name, str(error).split(": ", 1)[-1]))
            continue
        except Exception as error:  # noqa: BLE001 - one bad hand-in never stops the class
            folder.unreadable.append((name, f"unreadable: {_reason(error)}"))
            continue
        _keep(folder, seen, Loaded(path, name, {k: record[k] for k in KEPT if k in record}))


def _keep(folder: Folder, seen: dict[str, int], loaded: Loaded) -> None:
    """Adds a record read, or, for the same game twice, keeps the copy that went furthest (a
    finished record beside an earlier, unfinished copy of it) and notes the other."""
    key = _same_game(loaded.record)
    if key not in seen:
        seen[key] = len(folder.records)
        folder.records.append(loaded)
        return
    kept = folder.records[seen[key]]
    if len(loaded.record["log"]) > len(kept.record["log"]):
        folder.records[seen[key]] = loaded
        loaded, kept = kept, loaded
    folder.duplicates.append((loaded.name, kept.name))


def _reason(error: BaseException) -> str:
    return clean_line(str(error) or type(error).__name__)[:300]


def group_key(record: dict) -> tuple[str, str]:
    return record["scenario"], str(record.get("content_hash") or "?")


def groups(records: list[Loaded]) -> list[list[Loaded]]:
    """Records by scenario and version, the largest group first."""
    found: dict[tuple[str, str], list[Loaded]] = defaultdict(list)
    for loaded in records:
        found[group_key(loaded.record)].append(loaded)
    return sorted(found.values(), key=lambda g: (-len(g), group_key(g[0].record)))


# --- numbers ---------------------------------------------------------------------------------

def _quantile(ordered: list[float], q: float) -> float:
    """Linear interpolation between the closest ranks (the 'inclusive' method)."""
    if len(ordered) == 1:
        return ordered[0]
    pos = q * (len(ordered) - 1)
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def _r(x: float) -> float:
    return round(x, 1) + 0.0


@dataclass
class Run:
    """What the report needs of one record, read from it once."""

    loaded: Loaded
    ending: dict | None
    labels: dict[int, str]  # the record's own words for each turn (`Summer 1957`)
    left: dict[str, bool]  # per decision met (first time): did the player leave his path?
    firsts: list[dict]  # the record's decisions, each the first time it was met

    @property
    def record(self) -> dict:
        return self.loaded.record

    @property
    def ending_id(self) -> str | None:
        return self.ending["id"] if self.ending else None

    @property
    def outcome(self) -> str | None:
        return self.ending.get("outcome") if self.ending else None

    def label(self, turn: int | None) -> str | None:
        return self.labels.get(turn) if turn is not None else None


def read_run(loaded: Loaded) -> Run:
    """One pass over the record's turns and one over its decisions."""
    record = loaded.record
    labels: dict[int, str] = {}
    for t in record["turns"]:
        labels.setdefault(t["turn"], t["label"])
    left: dict[str, bool] = {}
    firsts: list[dict] = []
    seen: set[str] = set()
    for taken in record["decisions"]:
        decision = taken["decision"]
        historical = taken.get("historical")
        if historical is not None and decision not in left:
            left[decision] = taken["option"] != historical
        if decision not in seen:
            seen.add(decision)
            firsts.append(taken)
    return Run(loaded, record.get("ending") or None, labels, left, firsts)


@dataclass
class Labels:
    """Titles and option labels: from the scenario when it is at hand, else from the records."""

    world: World | None
    titles: dict[str, str] = field(default_factory=dict)

    def option(self, decision: str, option: str) -> str:
        if self.world is not None:
            return option_label(self.world, decision, option)
        return option

    def card_date(self, decision: str) -> str | None:
        """The date the decision's card shows ("dated 1955-05"), when the scenario is at hand
        and the card has one."""
        if self.world is not None and decision in self.world.events:
            return self.world.events[decision].model.date
        return None

    def options_of(self, decision: str) -> list[str]:
        if self.world is not None and decision in self.world.events:
            return list(self.world.events[decision].options)
        return []

    def ending(self, ending_id: str, fallback: str) -> str:
        if self.world is not None and ending_id in self.world.endings:
            return self.world.endings[ending_id].title
        return fallback


def summarise(group: list[Loaded], world: World | None, *, names: bool = False,
              start: int = 1) -> dict:
    """The report of one group (one scenario, one version) as plain data."""
    runs_of = [read_run(g) for g in group]
    first = group[0].record
    labels = Labels(world)
    runs = len(group)
    who = {id(r): _who(r.loaded, i, names) for i, r in enumerate(runs_of, start=start)}

    endings: Counter[str] = Counter()
    titles: dict[str, str] = {}
    outcomes: Counter[str] = Counter()
    falls: Counter[tuple[int, str, str, str]] = Counter()  # (turn, ending, date, label)
    unfinished = 0
    for r in runs_of:
        ending = r.ending
        if not ending:
            unfinished += 1
            continue
        endings[ending["id"]] += 1
        titles[ending["id"]] = labels.ending(ending["id"], ending.get("title") or ending["id"])
        outcomes[ending.get("outcome", "?")] += 1
        if ending.get("outcome") in FELL:
            turn = ending["turn"]
            falls[(turn, ending["id"], str(ending.get("date", "")), r.label(turn) or "")] += 1
    survived = outcomes.get("survived", 0)
    fell = sum(outcomes.get(o, 0) for o in FELL)

    decisions = _decisions(runs_of, labels)
    meters = _meters(runs_of)
    summary = {
        "scenario": first["scenario"],
        "scenario_title": first.get("scenario_title") or first["scenario"],
        "content_hash": first.get("content_hash"),
        "game_versions": sorted({str(g.record.get("game_version", "?")) for g in group}),
        "seeds": dict(sorted(Counter(g.record["seed"] for g in group).items())),
        "runs": runs,
        "finished": runs - unfinished,
        "unfinished": unfinished,
        "survived": survived,
        "fell": fell,
        "endings": dict(sorted(endings.items())),
        "ending_titles": dict(sorted(titles.items())),
        "outcomes": dict(sorted(outcomes.items())),
        "falls": [{"ending": e, "title": titles.get(e, e), "turn": t, "date": d, "label": label,
                   "count": n} for (t, e, d, label), n in sorted(falls.items())],
        "decisions": decisions,
        "meters": meters,
        "departures": _departures(runs_of, decisions),
        "outliers": _outliers(runs_of, who, titles, meters),
        "students": [_student(r, who[id(r)], names) for r in runs_of],
        "flagged": sum(1 for g in group if g.flag),
    }
    return summary


def _who(loaded: Loaded, number: int, names: bool) -> str:
    if names:
        return str(loaded.record.get("player") or loaded.name)
    return f"Student {number}"


def _student(run: Run, who: str, names: bool) -> dict:
    r = run.record
    ending = run.ending
    out = {"who": who, "seed": r["seed"], "ending": ending["id"] if ending else None,
           "outcome": ending.get("outcome") if ending else None,
           "date": ending.get("date") if ending else None,
           "label": run.label(ending.get("turn")) if ending else None,
           "turns": len(r["turns"]), "decisions": len(r["decisions"]),
           "historical": sum(1 for v in run.left.values() if not v),
           "with_history": len(run.left)}
    if run.loaded.flag:
        out["flag"] = run.loaded.flag
    if names:
        out["file"] = run.loaded.name
        out["player"] = r.get("player")
    return out


def _decisions(runs: list[Run], labels: Labels) -> list[dict]:
    """For each decision met: how many met it, and how many took each option (the first time
    they met it), against the historical option. In the order the students met them: by turn,
    and within a turn in the order the records give (the order of the cards)."""
    met: dict[str, dict] = {}
    for r in runs:
        in_turn: Counter[int] = Counter()  # decisions met so far in each turn of this run
        for taken in r.firsts:
            d = taken["decision"]
            place = in_turn[taken["turn"]]
            in_turn[taken["turn"]] += 1
            entry = met.get(d)
            if entry is None:
                entry = met[d] = {"decision": d, "title": taken.get("title") or d,
                                  "first_turn": taken["turn"], "place": place,
                                  "date": taken.get("date"), "label": r.label(taken["turn"]),
                                  "met": 0, "historical": taken.get("historical"),
                                  "options": Counter()}
            elif (taken["turn"], place) < (entry["first_turn"], entry["place"]):
                entry["first_turn"], entry["date"] = taken["turn"], taken.get("date")
                entry["label"], entry["place"] = r.label(taken["turn"]), place
            entry["met"] += 1
            entry["options"][taken["option"]] += 1
    rows = []
    for entry in sorted(met.values(), key=lambda e: (e["first_turn"], e["place"], e["title"],
                                                     e["decision"])):
        order = labels.options_of(entry["decision"])
        options = entry["options"]
        ids = order + sorted(o for o in options if o not in order)
        historical = entry["historical"]
        took = options.get(historical, 0) if historical else None
        rows.append({
            "decision": entry["decision"], "title": entry["title"], "date": entry["date"],
            "label": entry["label"], "dated": labels.card_date(entry["decision"]),
            "turn": entry["first_turn"], "met": entry["met"],
            "historical": historical,
            "options": {o: options.get(o, 0) for o in ids},
            "labels": {o: labels.option(entry["decision"], o) for o in ids},
            "took_historical": took,
            "historical_share": None if took is None else round(took / entry["met"], 3),
        })
    return rows


def _meters(runs: list[Run]) -> dict[str, list[dict]]:
    """Per meter, per turn: the spread of the class (runs still playing that turn)."""
    by_turn: dict[int, dict] = {}
    for r in runs:
        for t in r.record["turns"]:
            slot = by_turn.get(t["turn"])
            if slot is None:
                slot = by_turn[t["turn"]] = {"date": t.get("date"), "label": t.get("label"),
                                             "values": defaultdict(list)}
            values = t["values"]
            for stat in METERS:
                if stat in values:
                    slot["values"][stat].append(float(values[stat]))
    out: dict[str, list[dict]] = {}
    for stat in METERS:
        rows = []
        for turn in sorted(by_turn):
            values = sorted(by_turn[turn]["values"].get(stat, []))
            if not values:
                continue
            rows.append({"turn": turn, "date": by_turn[turn]["date"],
                         "label": by_turn[turn]["label"], "n": len(values),
                         "min": _r(values[0]), "q1": _r(_quantile(values, 0.25)),
                         "median": _r(_quantile(values, 0.5)),
                         "q3": _r(_quantile(values, 0.75)), "max": _r(values[-1])})
        out[stat] = rows
    return out


def _followed(runs: list[Run]) -> dict:
    finished = [r for r in runs if r.ending]
    return {"runs": len(runs),
            "survived": sum(1 for r in finished if r.outcome == "survived"),
            "fell": sum(1 for r in finished if r.outcome in FELL),
            "endings": dict(sorted(Counter(r.ending_id for r in finished).items()))}


def _departures(runs: list[Run], decisions: list[dict]) -> list[dict]:
    """The decisions where students most often left Khrushchev's path, and what followed for
    those who left and those who kept to it."""
    left_by: dict[str, list[Run]] = defaultdict(list)
    kept_by: dict[str, list[Run]] = defaultdict(list)
    for r in runs:
        for decision, left in r.left.items():
            (left_by if left else kept_by)[decision].append(r)
    rows = []
    for d in decisions:
        if d["historical"] is None or d["met"] < 2:
            continue
        left, kept = left_by.get(d["decision"], []), kept_by.get(d["decision"], [])
        if not left:
            continue
        rows.append({"decision": d["decision"], "title": d["title"], "date": d["date"],
                     "label": d["label"], "dated": d["dated"], "met": d["met"],
                     "left": len(left),
                     "share": round(len(left) / d["met"], 3),
                     "after_leaving": _followed(left),
                     "after_keeping": _followed(kept)})
    rows.sort(key=lambda r: (-r["share"], -r["left"], r["title"]))
    return rows[:6]


def _distance(record: dict, medians: dict[tuple[str, int], float]) -> tuple[float, str, float]:
    """Mean distance of a run's meters from the class median, and the meter furthest off."""
    total, count = 0.0, 0
    per_stat: dict[str, list[float]] = defaultdict(list)
    for t in record["turns"]:
        for stat in METERS:
            median = medians.get((stat, t["turn"]))
            if median is not None and stat in t["values"]:
                gap = float(t["values"][stat]) - median
                total += abs(gap)
                count += 1
                per_stat[stat].append(gap)
    if not count:
        return 0.0, "", 0.0
    stat, gaps = max(per_stat.items(), key=lambda kv: sum(abs(g) for g in kv[1]) / len(kv[1]))
    return total / count, stat, sum(gaps) / len(gaps)


def _outliers(runs: list[Run], who: dict[int, str], titles: dict[str, str],
              meters: dict[str, list[dict]]) -> list[dict]:
    """Runs worth a look: endings only one student reached, and paths far from the class's
    typical one (two standard deviations and more)."""
    out: list[dict] = []
    if len(runs) < 3:
        return out
    counts = Counter(r.ending_id for r in runs if r.ending)
    for r in runs:
        ending = r.ending_id
        if ending is not None and counts[ending] == 1:
            out.append({"who": who[id(r)], "kind": "rare ending", "ending": ending,
                        "why": f"the only run to end in \u201c{titles.get(ending, ending)}\u201d"
                               f" ({r.ending.get('date', '')})"})
    medians: dict[tuple[str, int], float] = {}
    for stat, rows in meters.items():
        for row in rows:
            medians[(stat, row["turn"])] = row["median"]
    distances = [(r, *_distance(r.record, medians)) for r in runs]
    values = [d for _, d, _, _ in distances]
    if len(values) >= 5:
        mean, spread = statistics.fmean(values), statistics.pstdev(values)
        for r, d, stat, gap in distances:
            if spread > 0 and (d - mean) / spread >= 2:
                direction = "above" if gap > 0 else "below"
                out.append({"who": who[id(r)], "kind": "unusual path",
                            "ending": r.ending_id,
                            "why": f"far from the class's typical path: {LABELS[stat]} ran "
                                   f"{abs(gap):.0f} points {direction} the class median on "
                                   "average"})
    return out


# --- the whole folder ------------------------------------------------------------------------

def check_claims(loaded: Loaded, world: World | None) -> None:
    """Flags a record that is not what its own moves give under the very scenario it was made
    with (an ending, decisions or meters changed after the game). Unchecked without the world."""
    if world is None or world.id != loaded.record["scenario"]:
        return
    _, fit = check_fit(world, loaded.record)
    if fit.mismatch:
        loaded.flag = fit.describe()


# What stands for a hidden file name, with how to show it: the command's flag, or in the window
# the teacher's screen's Show names button (the page saved from there says that instead).
HIDDEN_NAME = "(name hidden; use --names)"
HIDDEN_IN_WINDOW = "(name hidden; press Show names on the For teachers screen, then save the page)"


def class_report(folder: Folder, world_for: Callable[[dict], World | None], *,
                 names: bool = False, hidden: str = HIDDEN_NAME) -> dict:
    """The report of a folder: the largest group at the top level, the others under
    `other_groups`, and the files that could not be used under `unreadable`.

    `world_for(record)` gives the scenario of a group when it can be found (for option labels
    and to check each record against a replay), or None; the numbers never depend on it.
    `hidden` stands for a file name when names are hidden.
    """
    usable: list[Loaded] = []
    unreadable = list(folder.unreadable)
    for loaded in folder.records:
        try:  # a record that breaks anything on the way is listed, never the end of the report
            check_claims(loaded, world_for(loaded.record))
            read_run(loaded)
            usable.append(loaded)
        except Exception as error:  # noqa: BLE001
            unreadable.append((loaded.name, f"unreadable: {_reason(error)}"))
    found = groups(usable)
    report: dict = {
        "folder": clean_line(str(folder.root) if names else folder.root.name),
        "records": len(folder.records) + len(folder.duplicates),
        "unreadable": [{"file": n if names else hidden, "reason": r} for n, r in unreadable],
        "duplicates": [{"file": n if names else hidden, "repeats": o if names else hidden}
                       for n, o in folder.duplicates],
    }
    if folder.not_read:
        report["not_read"] = {
            "files": folder.not_read,
            "reason": f"the folder holds more than {MAX_FILES:,} files or "
                      f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB of records, more than one class "
                      "report reads: split the folder and report each part"}
    if not found:
        report.update({"runs": 0, "endings": {}, "decisions": [], "other_groups": []})
        return report
    number = 1
    summaries = []
    for group in found:
        try:
            world = world_for(group[0].record)
        except Exception:  # noqa: BLE001 - labels then come from the records themselves
            world = None
        summaries.append(summarise(group, world, names=names, start=number))
        number += len(group)
    main = summaries[0]
    report.update(main)
    report["other_groups"] = summaries[1:]
    return report
