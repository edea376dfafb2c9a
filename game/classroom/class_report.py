"""The class report's numbers: a folder of run records merged into what a teacher discusses.

    loaded = load_folder(folder)                 # records, and the files that are not usable
    report = class_report(loaded, worlds, names=False)   # plain data, the JSON of `--json`

Records of different scenarios, or of different versions of one scenario (its content hash),
are grouped and never mixed: the largest group is the class, the others are reported beside it.
A file that is not a usable record is listed with the reason and does not stop the rest. A record
handed in twice (same scenario, seed, player and moves) counts once. Names are hidden unless
asked for: students are numbered in the order of their files.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from game.classroom.record import read_record, record_problems
from game.sim.stats import LABELS, METERS
from game.sim.world import World

# Ignore files bigger than this: no record of a long campaign comes near it, and a teacher's
# folder may hold videos.
MAX_BYTES = 20 * 1024 * 1024
FELL = ("ousted", "removed", "war")


@dataclass
class Loaded:
    path: Path
    name: str  # the path inside the folder
    record: dict


@dataclass
class Folder:
    root: Path
    records: list[Loaded] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (name, name it repeats)


def load_folder(root: Path) -> Folder:
    """Every `.json` file under `root` (sub-folders too), sorted by path."""
    root = Path(root)
    folder = Folder(root)
    seen: dict[str, str] = {}
    for path in sorted(p for p in root.rglob("*.json") if p.is_file()):
        name = path.relative_to(root).as_posix()
        if path.name.startswith("."):
            continue  # an editor's or a copy's temporary file
        try:
            if path.stat().st_size > MAX_BYTES:
                folder.unreadable.append((name, "too large to be a run record"))
                continue
            record = read_record(path)
        except (ValueError, OSError) as error:
            reason = str(error).split(": ", 1)[-1] if ": " in str(error) else str(error)
            folder.unreadable.append((name, reason))
            continue
        problems = record_problems(record)
        if problems:
            folder.unreadable.append((name, "not a usable run record: " + ", ".join(problems)))
            continue
        key = json.dumps([record["scenario"], record.get("content_hash"), record["seed"],
                          record.get("player"), record["log"]], sort_keys=True)
        if key in seen:
            folder.duplicates.append((name, seen[key]))
            continue
        seen[key] = name
        folder.records.append(Loaded(path, name, record))
    return folder


def group_key(record: dict) -> tuple[str, str]:
    return record["scenario"], str(record.get("content_hash") or "?")


def groups(folder: Folder) -> list[list[Loaded]]:
    """Records by scenario and version, the largest group first."""
    found: dict[tuple[str, str], list[Loaded]] = defaultdict(list)
    for loaded in folder.records:
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


def turn_label(record: dict, turn: int | None) -> str | None:
    """The record's own words for a turn (`Summer 1957`), if it has them."""
    for t in record["turns"]:
        if t.get("turn") == turn and isinstance(t.get("label"), str):
            return t["label"]
    return None


def _ending_id(record: dict) -> str | None:
    ending = record.get("ending")
    return ending["id"] if ending else None


def _outcome(record: dict) -> str | None:
    ending = record.get("ending")
    return ending.get("outcome") if ending else None


def _left(record: dict) -> dict[str, bool]:
    """For each decision met (first time only): did the player leave Khrushchev's path?"""
    left: dict[str, bool] = {}
    for taken in record["decisions"]:
        historical = taken.get("historical")
        if historical is not None and taken["decision"] not in left:
            left[taken["decision"]] = taken["option"] != historical
    return left


@dataclass
class Labels:
    """Titles and option labels: from the scenario when it is at hand, else from the records."""

    world: World | None
    titles: dict[str, str] = field(default_factory=dict)

    def option(self, decision: str, option: str) -> str:
        if self.world is not None:
            event = self.world.events.get(decision)
            if event is not None and option in event.options:
                return event.options[option].model.label
        return option

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
    first = group[0].record
    labels = Labels(world)
    runs = len(group)
    who = {id(g): _who(g, i, names) for i, g in enumerate(group, start=start)}

    endings: Counter[str] = Counter()
    titles: dict[str, str] = {}
    outcomes: Counter[str] = Counter()
    falls: Counter[tuple[int, str, str, str]] = Counter()  # (turn, ending, date, label)
    unfinished = 0
    for g in group:
        ending = g.record.get("ending")
        if not ending:
            unfinished += 1
            continue
        endings[ending["id"]] += 1
        titles[ending["id"]] = labels.ending(ending["id"], ending.get("title", ending["id"]))
        outcomes[ending.get("outcome", "?")] += 1
        if ending.get("outcome") in FELL:
            turn = ending.get("turn") if isinstance(ending.get("turn"), int) else -1
            falls[(turn, ending["id"], str(ending.get("date", "")),
                   turn_label(g.record, ending.get("turn")) or "")] += 1
    survived = outcomes.get("survived", 0)
    fell = sum(outcomes.get(o, 0) for o in FELL)

    decisions = _decisions(group, labels)
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
        "meters": _meters(group),
        "departures": _departures(group, decisions, titles),
        "outliers": _outliers(group, who, titles),
        "students": [_student(g, who[id(g)], names) for g in group],
    }
    return summary


def _who(loaded: Loaded, number: int, names: bool) -> str:
    if names:
        return str(loaded.record.get("player") or loaded.name)
    return f"Student {number}"


def _student(loaded: Loaded, who: str, names: bool) -> dict:
    r = loaded.record
    ending = r.get("ending")
    left = _left(r)
    out = {"who": who, "seed": r["seed"], "ending": ending["id"] if ending else None,
           "outcome": ending.get("outcome") if ending else None,
           "date": ending.get("date") if ending else None,
           "label": turn_label(r, ending.get("turn")) if ending else None,
           "turns": len(r["turns"]), "decisions": len(r["decisions"]),
           "historical": sum(1 for v in left.values() if not v), "with_history": len(left)}
    if names:
        out["file"] = loaded.name
        out["player"] = r.get("player")
    return out


def _decisions(group: list[Loaded], labels: Labels) -> list[dict]:
    """For each decision met: how many met it, and how many took each option (the first time
    they met it), against the historical option."""
    met: dict[str, dict] = {}
    for g in group:
        seen: set[str] = set()
        for taken in g.record["decisions"]:
            d = taken["decision"]
            if d in seen:
                continue
            seen.add(d)
            entry = met.setdefault(d, {"decision": d, "title": taken.get("title", d),
                                       "first_turn": taken["turn"], "date": taken.get("date"),
                                       "label": turn_label(g.record, taken["turn"]), "met": 0,
                                       "historical": taken.get("historical"),
                                       "options": Counter()})
            if taken["turn"] < entry["first_turn"]:
                entry["first_turn"], entry["date"] = taken["turn"], taken.get("date")
                entry["label"] = turn_label(g.record, taken["turn"])
            entry["met"] += 1
            entry["options"][taken["option"]] += 1
    rows = []
    for entry in sorted(met.values(), key=lambda e: (e["first_turn"], e["title"], e["decision"])):
        order = labels.options_of(entry["decision"])
        options = entry["options"]
        ids = order + sorted(o for o in options if o not in order)
        historical = entry["historical"]
        took = options.get(historical, 0) if historical else None
        rows.append({
            "decision": entry["decision"], "title": entry["title"], "date": entry["date"],
            "label": entry["label"], "turn": entry["first_turn"], "met": entry["met"],
            "historical": historical,
            "options": {o: options.get(o, 0) for o in ids},
            "labels": {o: labels.option(entry["decision"], o) for o in ids},
            "took_historical": took,
            "historical_share": None if took is None else round(took / entry["met"], 3),
        })
    return rows


def _meters(group: list[Loaded]) -> dict[str, list[dict]]:
    """Per meter, per turn: the spread of the class (runs still playing that turn)."""
    by_turn: dict[int, dict] = {}
    for g in group:
        for t in g.record["turns"]:
            slot = by_turn.setdefault(t["turn"], {"date": t.get("date"), "label": t.get("label"),
                                                  "values": defaultdict(list)})
            for stat in METERS:
                if stat in t["values"]:
                    slot["values"][stat].append(float(t["values"][stat]))
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


def _followed(records: list[dict], titles: dict[str, str]) -> dict:
    finished = [r for r in records if r.get("ending")]
    return {"runs": len(records),
            "survived": sum(1 for r in finished if _outcome(r) == "survived"),
            "fell": sum(1 for r in finished if _outcome(r) in FELL),
            "endings": dict(sorted(Counter(_ending_id(r) for r in finished).items()))}


def _departures(group: list[Loaded], decisions: list[dict], titles: dict[str, str]) -> list[dict]:
    """The decisions where students most often left Khrushchev's path, and what followed for
    those who left and those who kept to it."""
    rows = []
    for d in decisions:
        if d["historical"] is None or d["met"] < 2:
            continue
        left, kept = [], []
        for g in group:
            choice = _left(g.record).get(d["decision"])
            if choice is True:
                left.append(g.record)
            elif choice is False:
                kept.append(g.record)
        if not left:
            continue
        rows.append({"decision": d["decision"], "title": d["title"], "date": d["date"],
                     "label": d["label"], "met": d["met"], "left": len(left),
                     "share": round(len(left) / d["met"], 3),
                     "after_leaving": _followed(left, titles),
                     "after_keeping": _followed(kept, titles)})
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


def _outliers(group: list[Loaded], who: dict[int, str], titles: dict[str, str]) -> list[dict]:
    """Runs worth a look: endings only one student reached, and paths far from the class's
    typical one (two standard deviations and more)."""
    out = []
    runs = len(group)
    if runs < 3:
        return out
    counts = Counter(_ending_id(g.record) for g in group if g.record.get("ending"))
    for g in group:
        ending = _ending_id(g.record)
        if ending is not None and counts[ending] == 1:
            out.append({"who": who[id(g)], "kind": "rare ending", "ending": ending,
                        "why": f"the only run to end in \u201c{titles.get(ending, ending)}\u201d"
                               f" ({g.record['ending'].get('date', '')})"})
    medians: dict[tuple[str, int], float] = {}
    for stat, rows in _meters(group).items():
        for row in rows:
            medians[(stat, row["turn"])] = row["median"]
    distances = [(g, *_distance(g.record, medians)) for g in group]
    values = [d for _, d, _, _ in distances]
    if len(values) >= 5:
        mean, spread = statistics.fmean(values), statistics.pstdev(values)
        for g, d, stat, gap in distances:
            if spread > 0 and (d - mean) / spread >= 2:
                direction = "above" if gap > 0 else "below"
                out.append({"who": who[id(g)], "kind": "unusual path",
                            "ending": _ending_id(g.record),
                            "why": f"far from the class's typical path: {LABELS[stat]} ran "
                                   f"{abs(gap):.0f} points {direction} the class median on "
                                   "average"})
    return out


# --- the whole folder ------------------------------------------------------------------------

def class_report(folder: Folder, world_for: Callable[[dict], World | None], *,
                 names: bool = False) -> dict:
    """The report of a folder: the largest group at the top level, the others under
    `other_groups`, and the files that could not be used under `unreadable`.

    `world_for(record)` gives the scenario of a group when it can be found (for option labels),
    or None; the numbers never depend on it.
    """
    found = groups(folder)
    hidden = "(name hidden; use --names)"
    report: dict = {
        "folder": str(folder.root) if names else folder.root.name,
        "records": len(folder.records) + len(folder.duplicates),
        "unreadable": [{"file": n if names else hidden, "reason": r}
                       for n, r in folder.unreadable],
        "duplicates": [{"file": n if names else hidden, "repeats": o if names else hidden}
                       for n, o in folder.duplicates],
    }
    if not found:
        report.update({"runs": 0, "endings": {}, "decisions": [], "other_groups": []})
        return report
    number = 1
    summaries = []
    for group in found:
        summaries.append(summarise(group, world_for(group[0].record), names=names,
                                   start=number))
        number += len(group)
    main = summaries[0]
    report.update(main)
    report["other_groups"] = summaries[1:]
    return report
