"""A what-if, in words for the terminal and on a printable page with both runs on the charts."""

from __future__ import annotations

from pathlib import Path

from game.classroom.charts import comparison_charts
from game.classroom.html import Markup, entity, h, join, text
from game.classroom.page import page, table
from game.classroom.report import OUTCOME_WORDS, option_label, stops, turn_label
from game.classroom.svg import Mark
from game.classroom.whatif import WhatIf
from game.narration.words import LABELS
from game.sim.stats import METERS, STATS
from game.storage import atomic_write

NAMES = ("This run", "What if")


def _ending_words(world, ending: dict | None) -> str:
    if ending is None:
        return "unfinished"
    outcome = OUTCOME_WORDS.get(ending.get("outcome"), ending.get("outcome", ""))
    return f"{ending['title']} ({outcome.lower()}), {turn_label(world, ending['turn'])}"


def _parting(result: WhatIf) -> str:
    d = result.diverged
    if d is None:
        return "The two runs never part: the other option changed nothing the meters show."
    def pair(m: dict) -> str:
        digits = 0 if round(m["whatif"]) != round(m["original"]) else 1
        return f"{LABELS[m['stat']]} {m['whatif']:.{digits}f} instead of {m['original']:.{digits}f}"

    gaps = "; ".join(pair(m) for m in d["meters"])
    on = "on" if d["label"][:1].isdigit() or d["label"].startswith("Week") else "in"
    where = f"The runs part {on} {d['label']}"
    return f"{where}: {gaps}." if gaps else f"{where}, where one of them ends."


def whatif_text(result: WhatIf, record: dict) -> str:
    world = result.original.game.world
    event = world.events[result.decision]
    lines = [f"What if? {world.scenario.info.title} ({world.id}), seed {record['seed']}",
             f"Decision {result.flip} of {len(record['decisions'])}: {result.title} "
             f"({result.label})",
             f"  this run took:     {option_label(world, result.decision, result.original_option)}",
             f"  the what-if takes: {option_label(world, result.decision, result.option)}"]
    if event.historical:
        historical = option_label(world, result.decision, event.historical)
        lines.append(f"  Khrushchev took:   {historical}")
    lines.append(_parting(result))
    lines.append(f"  this run: {_ending_words(world, result.original.ending)}")
    lines.append(f"  what if:  {_ending_words(world, result.whatif.ending)}")
    same = (result.original.ending or {}).get("id") == (result.whatif.ending or {}).get("id")
    lines.append("The ending is the same." if same else "The ending changes.")
    w = result.whatif
    lines.append(f"After the flip the what-if took {w.as_before} decision(s) the way this run "
                 f"did and {w.as_khrushchev} the way Khrushchev did (where this run never met "
                 "them, or its choice could not be taken).")
    if not result.fit.exact:
        lines.append(f"Note: {result.fit.describe()}.")
    return "\n".join(lines) + "\n"


def _series(history) -> dict[str, list[tuple[int, float]]]:
    return {stat: [(t, values[i]) for t, values in history]
            for i, stat in enumerate(STATS) if stat in METERS}


def differing_meters(result: WhatIf, most: int = 6) -> list[str]:
    """The meters the two runs differ on, the biggest gap first."""
    a, b = dict(result.original.history), dict(result.whatif.history)
    gaps = {}
    for i, stat in enumerate(STATS):
        if stat not in METERS:
            continue
        gap = max((abs(a[t][i] - b[t][i]) for t in a if t in b), default=0.0)
        if gap > 0.5:
            gaps[stat] = gap
    chosen = sorted(gaps, key=lambda s: -gaps[s])[:most]
    return chosen or ["presidium", "central_committee"]


def _paths(result: WhatIf) -> Markup:
    world = result.original.game.world
    after = result.turn
    keys: dict[tuple[int, str], dict] = {}
    for side, run in (("original", result.original), ("whatif", result.whatif)):
        for taken in run.decisions:
            if taken["turn"] < after:
                continue
            key = (taken["turn"], taken["decision"])
            keys.setdefault(key, {"title": taken["title"]})[side] = taken["option"]

    def cell(decision: str, option: str | None) -> Markup:
        if option is None:
            return h("span", "did not come up", class_="quiet")
        return text(option_label(world, decision, option))

    rows, classes = [], []
    for (turn, decision), entry in sorted(keys.items()):
        mine, other = entry.get("original"), entry.get("whatif")
        theirs = (h("span", "same", class_="chip same") if mine is not None and mine == other
                  else cell(decision, other))
        rows.append([turn_label(world, turn), h("b", entry["title"]), cell(decision, mine),
                     theirs])
        classes.append("differs" if mine != other else "")
    if not rows:
        return join()
    return join(h("h2", "The two paths from the flip on"),
                table(["When", "Decision", NAMES[0], NAMES[1]], rows, row_classes=classes))


def _quoted(words: str) -> Markup:
    return h("b", f"\u201c{words}\u201d")


def _lede(result: WhatIf, record: dict) -> Markup:
    world = result.original.game.world
    event = world.events[result.decision]
    player = record.get("player")
    khrushchev = (join(" (Khrushchev took \u201c",
                       option_label(world, result.decision, event.historical), "\u201d)")
                  if event.historical else None)
    return h("p", f"{world.scenario.info.title}, seed {record['seed']}",
             f", {player}" if player else None,
             f". Decision {result.flip} of {len(record['decisions'])}: this run took ",
             _quoted(option_label(world, result.decision, result.original_option)),
             "; the what-if takes ", _quoted(option_label(world, result.decision, result.option)),
             khrushchev, ".", class_="lede")


def build_whatif_page(result: WhatIf, record: dict, *, paper: str = "auto") -> Markup:
    world = result.original.game.world
    head = [h("p", "Thaw ", entity("middot"), " what if?", class_="kicker"),
            h("h1", f"{result.title}, {result.label}: the other way"),
            _lede(result, record)]
    if not result.fit.exact:
        head.append(h("p", h("b", "Note:"), f" {result.fit.describe().capitalize()}.",
                      class_="note"))
    boxes = []
    for name, run in zip(NAMES, (result.original, result.whatif), strict=True):
        ending = run.ending
        fell = ending is not None and ending.get("outcome") != "survived"
        boxes.append(h("div", h("p", name, class_="outcome"),
                       h("h3", _ending_words(world, ending)),
                       class_="box keep fell" if fell else "box keep"))
    head.append(h("div", boxes, class_="grid2"))
    head.append(h("p", f"{_parting(result)} After the flip the what-if took "
                  f"{result.whatif.as_before} decision(s) the way this run did and "
                  f"{result.whatif.as_khrushchev} the way Khrushchev did."))
    marks = [Mark(result.turn, "flip", "part", "the flipped decision")]
    for name, run in zip(NAMES, (result.original, result.whatif), strict=True):
        if run.ending:
            marks.append(Mark(run.ending["turn"], "end", "end", f"{name} ends"))
    charts = comparison_charts(_series(result.original.history), _series(result.whatif.history),
                               stops(world), marks, NAMES, differing_meters(result))
    head.append(h("h2", "The meters, both runs"))
    head.append(h("p", "Ink: this run. Red, dashed: the what-if. The meters shown are those the "
                  "two runs differ on most.", class_="quiet"))
    head.append(h("div", [h("figure", c) for c in charts], class_="grid2"))
    head.append(_paths(result))
    out: list = []
    for part in head:
        if out:
            out.append("\n")
        out.append(part)
    return page(f"Thaw what-if: {result.title}", join(out), paper=paper)


def write_whatif_page(result: WhatIf, record: dict, path: Path, *, paper: str = "auto") -> Path:
    path = Path(path)
    atomic_write(path, build_whatif_page(result, record, paper=paper))
    return path
