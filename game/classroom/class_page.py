"""The class report as a printable page, from the data of `class_report.class_report`."""

from __future__ import annotations

from pathlib import Path

from game import __version__
from game.classroom.charts import spread_charts
from game.classroom.html import Markup, entity, h, join
from game.classroom.page import page, shorten, table
from game.classroom.svg import GREY, INK, OPTION_FILLS, RED, bar, hbars
from game.sim.calendar import MONTH_NAMES
from game.sim.world import World
from game.storage import atomic_write

FELL = ("ousted", "removed", "war")


def month_label(date: str | None) -> str:
    """`1957-06` -> `June 1957`."""
    if not date or len(date) < 7 or not date[:4].isdigit() or not date[5:7].isdigit():
        return date or ""
    month = int(date[5:7])
    return f"{MONTH_NAMES[month - 1]} {date[:4]}" if 1 <= month <= 12 else date


def when(row: dict) -> str:
    """When a row happened: its turn ("Spring 1955"); for a decision whose card has a date of
    its own, that date as the card shows it beside the turn ("Spring 1955 · dated 1955-05")."""
    turn = row.get("label") or month_label(row.get("date"))
    return f"{turn} \u00b7 dated {row['dated']}" if row.get("dated") else turn


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "\u2014"


def _stops(group: dict, world: World | None) -> list[tuple[int, str, str]]:
    if world is not None and world.id == group["scenario"]:
        return [(t, world.calendar.month_of(t), world.calendar.label(t))
                for t in range(world.calendar.turns)]
    rows = next(iter(group["meters"].values()), [])
    return [(r["turn"], r.get("date") or "", r.get("label") or "") for r in rows]


def _lines(parts) -> Markup:
    """Parts one to a line."""
    out: list = []
    for part in parts:
        if out:
            out.append("\n")
        out.append(part)
    return join(out)


def _header(report: dict, group: dict, *, names: bool) -> Markup:
    seeds = group["seeds"]
    if len(seeds) == 1:
        seed_text = f"class seed {next(iter(seeds))}: everyone had the same luck"
    else:
        seed_text = f"{len(seeds)} different seeds"
    meta = [("Runs", f"{group['runs']} ({group['finished']} finished, "
                     f"{group['unfinished']} unfinished)"),
            ("Seeds", seed_text),
            ("Scenario", join(group["scenario_title"], " ",
                              h("span", f"({group['scenario']})", class_="quiet"))),
            ("Version", join(group["content_hash"], " ", h(
                "span", f"(game {', '.join(group['game_versions'])})", class_="quiet")))]
    out = [h("p", "Thaw ", entity("middot"), " class report", class_="kicker"),
           h("h1", group["scenario_title"]),
           h("dl", [join(h("dt", k), h("dd", v)) for k, v in meta], class_="meta")]
    notes = []
    others = report.get("other_groups") or []
    if others:
        count = sum(g["runs"] for g in others)
        notes.append(f"{count} record{'s' * (count != 1)} of another scenario or another "
                     "version of this one are reported separately at the end, not mixed in.")
    if report.get("unreadable"):
        n = len(report["unreadable"])
        notes.append(f"{n} file{'s' * (n != 1)} could not be read; see the end of the report.")
    if group.get("flagged"):
        n = group["flagged"]
        notes.append(f"{n} record{'s' * (n != 1)} {'do' if n != 1 else 'does'} not match a "
                     f"replay of {'their' if n != 1 else 'its'} own moves (changed after the "
                     "game?): see \u201cEvery run\u201d.")
    if report.get("not_read"):
        notes.append(f"{report['not_read']['files']} files were not read: "
                     f"{report['not_read']['reason']}.")
    if report.get("duplicates"):
        n = len(report["duplicates"])
        notes.append(f"{n} record{'s were' if n != 1 else ' was'} handed in twice and "
                     "counted once.")
    if not names:
        notes.append("Names are hidden: students are numbered in the order of their files.")
    if notes:
        out.append(h("p", " ".join(notes), class_="note"))
    return _lines(out)


def _fared(group: dict, *, heading: bool = True) -> Markup:
    runs, survived, fell = group["runs"], group["survived"], group["fell"]
    titles = group["ending_titles"]
    outcome_of = {}
    for s in group["students"]:
        if s["ending"]:
            outcome_of[s["ending"]] = s["outcome"]
    rows = [(titles.get(e, e), n, RED if outcome_of.get(e) in FELL else INK)
            for e, n in sorted(group["endings"].items(), key=lambda kv: (-kv[1], kv[0]))]
    if group["unfinished"]:
        rows.append(("Unfinished", group["unfinished"], GREY))
    out = [h("h2", "How the class fared") if heading else join(),
           h("p", h("b", f"{survived} of {runs}"), f" survived ({_pct(survived, runs)}); ",
             h("b", fell), f" fell ({_pct(fell, runs)})",
             f"; {group['unfinished']} did not finish" if group["unfinished"] else None,
             ".", class_="lede")]
    if rows:
        out.append(h("figure", hbars(rows, title="Endings")))
    if group["falls"]:
        # One row per way of falling, with when it happened (falls are listed by date).
        by_ending: dict[str, list[dict]] = {}
        for f in group["falls"]:
            by_ending.setdefault(f["ending"], []).append(f)
        rows = []
        for _, falls in sorted(by_ending.items(),
                               key=lambda kv: (-sum(f["count"] for f in kv[1]), kv[0])):
            dates = _commas(join(when(f), (" ", h("span", f"\u00d7{f['count']}", class_="quiet"))
                                 if f["count"] > 1 else None) for f in falls)
            rows.append([falls[0]["title"], str(sum(f["count"] for f in falls)), dates])
        out.append(h("h3", "How each fell"))
        out.append(table(["Ending", "Students", "When"], rows, numeric={1},
                         widths=[34, 10, 56]))
    return _lines(out)


def _commas(parts) -> Markup:
    out: list = []
    for part in parts:
        if out:
            out.append(", ")
        out.append(part)
    return join(out)


def _legend(d: dict, option: str, count: int, fill: str) -> Markup:
    historical = option == d["historical"]
    label = shorten(d["labels"][option], 52 if historical else 64)
    name = h("b", label, " (Khrushchev)") if historical else label
    return join(h("span", entity("#9632"), style=f"color:{fill}"), " ", name,
                f" \u2014 {count} ", h("span", f"({_pct(count, d['met'])})", class_="quiet"))


def _choices(group: dict) -> Markup:
    rows = []
    for k, d in enumerate(group["decisions"], start=1):
        met = d["met"]
        parts, legend = [], []
        for i, (option, count) in enumerate(d["options"].items()):
            fill = OPTION_FILLS[i % len(OPTION_FILLS)]
            parts.append((count / met if met else 0, fill, option == d["historical"]))
            if legend:
                legend.append(h("br"))
            legend.append(_legend(d, option, count, fill))
        rows.append([str(k), when(d), h("b", d["title"]), str(met),
                     join(bar(parts, label=d["title"]), h("span", legend, class_="happened"))])
    if not rows:
        return join()
    return join(h("h2", "Choices, decision by decision"),
                h("p", "The share of students who took each option, the first time they met the "
                  "decision. The outlined part is the option Khrushchev took."),
                table(["#", "When", "Decision", "Met", "What they chose"], rows, numeric={3},
                      widths=[3, 11, 18, 5, 63]))


def _followed_text(part: dict, titles: dict[str, str]) -> Markup:
    if not part["runs"]:
        return h("span", "nobody", class_="quiet")
    endings = ", ".join(f"{titles.get(e, e)} {n}" for e, n in
                        sorted(part["endings"].items(), key=lambda kv: (-kv[1], kv[0])))
    return join(f"{part['runs']}: ", h("b", f"{part['survived']} survived"),
                f", {part['fell']} fell", h("span", endings, class_="happened"))


def _departures(group: dict) -> Markup:
    if not group["departures"]:
        return join()
    titles = group["ending_titles"]
    rows = [[join(h("b", d["title"]), h("span", when(d), class_="happened")),
             join(f"{d['left']} of {d['met']} ",
                  h("span", f"({_pct(d['left'], d['met'])})", class_="quiet")),
             _followed_text(d["after_leaving"], titles),
             _followed_text(d["after_keeping"], titles)] for d in group["departures"]]
    return join(h("h2", "Where students left Khrushchev's path"),
                h("p", "The decisions where most students took another option than his, and how "
                  "the games ended for those who left his path there and for those who kept to "
                  "it."),
                table(["Decision", "Left his path", "Then, of those who left", "Of those who kept "
                       "to it"], rows))


def _spread(group: dict, world: World | None) -> Markup:
    charts = spread_charts(group["meters"], _stops(group, world))
    if not charts:
        return join()
    return join(h("h2", "The meters across the class", class_="page-break"),
                h("p", "Each chart shows one meter: the line is the class's median, the dark "
                  "band the middle half of the class, the pale band everyone from lowest to "
                  "highest. Runs that have ended drop out, so late turns show only those still "
                  "playing."),
                h("div", [h("figure", svg) for svg in charts], class_="grid2"))


def _outliers(group: dict) -> Markup:
    if not group["outliers"]:
        return join()
    return join(h("h2", "Runs worth a look"), h("ul", [
        h("li", h("b", o["who"]), f": {o['why']}.") for o in group["outliers"]], class_="plain"))


def _students(group: dict) -> Markup:
    titles = group["ending_titles"]
    rows = []
    for s in group["students"]:
        ending = titles.get(s["ending"], s["ending"]) if s["ending"] else "Unfinished"
        path = f"{s['historical']} of {s['with_history']}" if s["with_history"] else "\u2014"
        if s.get("flag"):
            ending = join(ending, h("span", h("b", "Check:"), f" {s['flag']}", class_="happened"))
        rows.append([s["who"], ending, when(s), str(s["seed"]), str(s["decisions"]), path])
    return join(h("h2", "Every run"), table(
        ["Student", "Ending", "When", "Seed", "Decisions", "Khrushchev's choice"], rows,
        numeric={3, 4}))


def _group_body(report: dict, group: dict, world: World | None, *, names: bool) -> Markup:
    return _lines(part for part in (
        _header(report, group, names=names),
        _fared(group),
        _choices(group),
        _departures(group),
        _spread(group, world),
        _outliers(group),
        _students(group),
    ) if part)


def _other_group(group: dict, world: World | None) -> Markup:
    return _lines(part for part in (
        h("h2", f"Also in the folder: {group['scenario_title']} ",
          h("span", f"({group['scenario']}, version {group['content_hash']})", class_="quiet"),
          class_="page-break"),
        h("p", "These records are of another scenario, or of another version of it, so they are "
          "counted here on their own."),
        _fared(group, heading=False),
        _choices(group),
        _students(group),
    ) if part)


def _problems(report: dict) -> Markup:
    out = []
    if report["unreadable"]:
        out.append(h("h2", "Files that could not be read"))
        out.append(table(["File", "Why"], [[u["file"], u["reason"]]
                                           for u in report["unreadable"]]))
    if report["duplicates"]:
        out.append(h("h3", "Handed in twice (counted once)"))
        out.append(table(["File", "Same as"], [[d["file"], d["repeats"]]
                                               for d in report["duplicates"]]))
    return _lines(out)


def build_class_page(report: dict, worlds: dict[str, World | None], *, names: bool = False,
                     paper: str = "auto") -> Markup:
    """The class report page. `worlds` maps a scenario id to its world (or None)."""
    if not report.get("runs"):
        not_read = report.get("not_read")
        body = join(h("p", "Thaw ", entity("middot"), " class report", class_="kicker"),
                    h("h1", "No run records"),
                    h("p", f"The folder {report['folder']} holds no usable run records."),
                    h("p", f"{not_read['files']} files were not read: {not_read['reason']}.")
                    if not_read else None,
                    _problems(report))
        return page("Thaw class report", body, paper=paper)
    world = worlds.get(report["scenario"])
    parts = [_group_body(report, report, world, names=names)]
    for other in report["other_groups"]:
        parts.append(_other_group(other, worlds.get(other["scenario"])))
    parts.append(_problems(report))
    parts.append(h("footer", h("p", f"Made by Thaw {__version__} from {report['records']} "
                                    f"file{'s' * (report['records'] != 1)} in "
                                    f"{report['folder']}.")))
    return page(f"Thaw class report: {report['scenario_title']}", _lines(parts), paper=paper)


def write_class_page(report: dict, worlds: dict[str, World | None], path: Path, *,
                     names: bool = False, paper: str = "auto") -> Path:
    path = Path(path)
    atomic_write(path, build_class_page(report, worlds, names=names, paper=paper))
    return path


def class_text(report: dict) -> str:
    """The class report in a few lines, for the terminal."""
    if not report.get("runs"):
        lines = [f"No usable run records in {report['folder']}."]
    else:
        lines = [f"{report['scenario_title']} ({report['scenario']}, version "
                 f"{report['content_hash']}): {report['runs']} runs, {report['survived']} "
                 f"survived, {report['fell']} fell, {report['unfinished']} unfinished"]
        titles = report["ending_titles"]
        for e, n in sorted(report["endings"].items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {titles.get(e, e):<40} {n:>4}  {_pct(n, report['runs']):>4}")
        if report["departures"]:
            lines.append("Where students most often left Khrushchev's path:")
            for d in report["departures"][:5]:
                lines.append(f"  {d['title']:<40} {d['left']:>3} of {d['met']:<3} left; then "
                             f"{d['after_leaving']['survived']} survived, "
                             f"{d['after_leaving']['fell']} fell (kept: "
                             f"{d['after_keeping']['survived']} survived, "
                             f"{d['after_keeping']['fell']} fell)")
        for o in report["outliers"]:
            lines.append(f"  worth a look: {o['who']}: {o['why']}")
        for g in [report, *report["other_groups"]]:
            for student in g["students"]:
                if student.get("flag"):
                    lines.append(f"  check: {student['who']}: {student['flag']}")
        for g in report["other_groups"]:
            lines.append(f"Also: {g['scenario_title']} ({g['scenario']}, version "
                         f"{g['content_hash']}): {g['runs']} runs, kept apart")
    for u in report["unreadable"]:
        lines.append(f"Unreadable: {u['file']}: {u['reason']}")
    for d in report["duplicates"]:
        lines.append(f"Handed in twice: {d['file']} (same as {d['repeats']})")
    if report.get("not_read"):
        lines.append(f"Not read: {report['not_read']['files']} files: "
                     f"{report['not_read']['reason']}")
    return "\n".join(lines) + "\n"
