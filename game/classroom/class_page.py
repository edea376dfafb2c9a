"""The class report as a printable page, from the data of `class_report.class_report`."""

from __future__ import annotations

from pathlib import Path

from game import __version__
from game.classroom.charts import spread_charts
from game.classroom.page import esc, page, shorten, table
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
    return row.get("label") or month_label(row.get("date"))


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "\u2014"


def _stops(group: dict, world: World | None) -> list[tuple[int, str, str]]:
    if world is not None and world.id == group["scenario"]:
        return [(t, world.calendar.month_of(t), world.calendar.label(t))
                for t in range(world.calendar.turns)]
    rows = next(iter(group["meters"].values()), [])
    return [(r["turn"], r.get("date") or "", r.get("label") or "") for r in rows]


def _header(report: dict, group: dict, *, names: bool) -> str:
    seeds = group["seeds"]
    if len(seeds) == 1:
        seed_text = f"class seed {esc(next(iter(seeds)))}: everyone had the same luck"
    else:
        seed_text = f"{len(seeds)} different seeds"
    meta = [("Runs", f"{group['runs']} ({group['finished']} finished, "
                     f"{group['unfinished']} unfinished)"),
            ("Seeds", seed_text),
            ("Scenario", f"{esc(group['scenario_title'])} "
                         f"<span class=\"quiet\">({esc(group['scenario'])})</span>"),
            ("Version", f"{esc(group['content_hash'])} <span class=\"quiet\">(game "
                        f"{esc(', '.join(group['game_versions']))})</span>")]
    cells = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta)
    out = ['<p class="kicker">Thaw &middot; class report</p>',
           f"<h1>{esc(group['scenario_title'])}</h1>",
           f'<dl class="meta">{cells}</dl>']
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
        out.append('<p class="note">' + " ".join(esc(n) for n in notes) + "</p>")
    return "\n".join(out)


def _fared(group: dict) -> str:
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
    out = ["<h2>How the class fared</h2>",
           f'<p class="lede"><b>{survived} of {runs}</b> survived ({_pct(survived, runs)}); '
           f"<b>{fell}</b> fell ({_pct(fell, runs)})"
           + (f"; {group['unfinished']} did not finish" if group["unfinished"] else "")
           + ".</p>"]
    if rows:
        out.append(f"<figure>{hbars(rows, title='Endings')}</figure>")
    if group["falls"]:
        # One row per way of falling, with when it happened (falls are listed by date).
        by_ending: dict[str, list[dict]] = {}
        for f in group["falls"]:
            by_ending.setdefault(f["ending"], []).append(f)
        rows = []
        for _, falls in sorted(by_ending.items(),
                               key=lambda kv: (-sum(f["count"] for f in kv[1]), kv[0])):
            dates = ", ".join(esc(when(f)) + (f" <span class=\"quiet\">\u00d7{f['count']}</span>"
                                              if f["count"] > 1 else "") for f in falls)
            rows.append([esc(falls[0]["title"]), str(sum(f["count"] for f in falls)), dates])
        out.append("<h3>How each fell</h3>")
        out.append(table(["Ending", "Students", "When"], rows, numeric={1},
                         widths=[34, 10, 56]))
    return "\n".join(out)


def _choices(group: dict) -> str:
    rows = []
    for k, d in enumerate(group["decisions"], start=1):
        met = d["met"]
        parts, legend = [], []
        for i, (option, count) in enumerate(d["options"].items()):
            historical = option == d["historical"]
            parts.append((count / met if met else 0, OPTION_FILLS[i % len(OPTION_FILLS)],
                          historical))
            legend.append(
                f'<span style="color:{OPTION_FILLS[i % len(OPTION_FILLS)]}">&#9632;</span> '
                f"{'<b>' if historical else ''}"
                f"{esc(shorten(d['labels'][option], 52 if historical else 64))}"
                f"{' (Khrushchev)</b>' if historical else ''} \u2014 {count} "
                f'<span class="quiet">({_pct(count, met)})</span>')
        rows.append([str(k), esc(when(d)), f"<b>{esc(d['title'])}</b>",
                     str(met),
                     bar(parts, label=d["title"]) + '<span class="happened">'
                     + "<br>".join(legend) + "</span>"])
    if not rows:
        return ""
    return ("<h2>Choices, decision by decision</h2>"
            "<p>The share of students who took each option, the first time they met the "
            "decision. The outlined part is the option Khrushchev took.</p>"
            + table(["#", "When", "Decision", "Met", "What they chose"], rows, numeric={3},
                    widths=[3, 11, 18, 5, 63]))


def _followed_text(part: dict, titles: dict[str, str]) -> str:
    if not part["runs"]:
        return '<span class="quiet">nobody</span>'
    endings = ", ".join(f"{esc(titles.get(e, e))} {n}" for e, n in
                        sorted(part["endings"].items(), key=lambda kv: (-kv[1], kv[0])))
    return (f"{part['runs']}: <b>{part['survived']} survived</b>, {part['fell']} fell"
            f'<span class="happened">{endings}</span>')


def _departures(group: dict) -> str:
    if not group["departures"]:
        return ""
    titles = group["ending_titles"]
    rows = [[f"<b>{esc(d['title'])}</b><span class=\"happened\">{esc(when(d))}"
             "</span>",
             f"{d['left']} of {d['met']} <span class=\"quiet\">({_pct(d['left'], d['met'])})"
             "</span>",
             _followed_text(d["after_leaving"], titles),
             _followed_text(d["after_keeping"], titles)] for d in group["departures"]]
    return ("<h2>Where students left Khrushchev's path</h2>"
            "<p>The decisions where most students took another option than his, and how the "
            "games ended for those who left his path there and for those who kept to it.</p>"
            + table(["Decision", "Left his path", "Then, of those who left", "Of those who kept "
                     "to it"], rows))


def _spread(group: dict, world: World | None) -> str:
    charts = spread_charts(group["meters"], _stops(group, world))
    if not charts:
        return ""
    figures = "".join(f"<figure>{svg}</figure>" for svg in charts)
    return ('<h2 class="page-break">The meters across the class</h2>'
            "<p>Each chart shows one meter: the line is the class's median, the dark band the "
            "middle half of the class, the pale band everyone from lowest to highest. Runs that "
            "have ended drop out, so late turns show only those still playing.</p>"
            f'<div class="grid2">{figures}</div>')


def _outliers(group: dict) -> str:
    if not group["outliers"]:
        return ""
    items = "".join(f"<li><b>{esc(o['who'])}</b>: {esc(o['why'])}.</li>"
                    for o in group["outliers"])
    return f'<h2>Runs worth a look</h2><ul class="plain">{items}</ul>'


def _students(group: dict) -> str:
    titles = group["ending_titles"]
    rows = []
    for s in group["students"]:
        ending = titles.get(s["ending"], s["ending"]) if s["ending"] else "Unfinished"
        path = f"{s['historical']} of {s['with_history']}" if s["with_history"] else "\u2014"
        if s.get("flag"):
            ending = f'{esc(ending)}<span class="happened"><b>Check:</b> {esc(s["flag"])}</span>'
        else:
            ending = esc(ending)
        rows.append([esc(s["who"]), ending, esc(when(s)), str(s["seed"]),
                     str(s["decisions"]), path])
    return ("<h2>Every run</h2>" + table(
        ["Student", "Ending", "When", "Seed", "Decisions", "Khrushchev's choice"], rows,
        numeric={3, 4}))


def _group_body(report: dict, group: dict, world: World | None, *, names: bool) -> str:
    return "\n".join(part for part in (
        _header(report, group, names=names),
        _fared(group),
        _choices(group),
        _departures(group),
        _spread(group, world),
        _outliers(group),
        _students(group),
    ) if part)


def _other_group(group: dict, world: World | None) -> str:
    return "\n".join(part for part in (
        f'<h2 class="page-break">Also in the folder: {esc(group["scenario_title"])} '
        f'<span class="quiet">({esc(group["scenario"])}, version {esc(group["content_hash"])})'
        "</span></h2>",
        "<p>These records are of another scenario, or of another version of it, so they are "
        "counted here on their own.</p>",
        _fared(group).replace("<h2>How the class fared</h2>", ""),
        _choices(group),
        _students(group),
    ) if part)


def _problems(report: dict) -> str:
    out = []
    if report["unreadable"]:
        out.append("<h2>Files that could not be read</h2>")
        out.append(table(["File", "Why"], [[esc(u["file"]), esc(u["reason"])]
                                           for u in report["unreadable"]]))
    if report["duplicates"]:
        out.append("<h3>Handed in twice (counted once)</h3>")
        out.append(table(["File", "Same as"], [[esc(d["file"]), esc(d["repeats"])]
                                               for d in report["duplicates"]]))
    return "\n".join(out)


def build_class_page(report: dict, worlds: dict[str, World | None], *, names: bool = False,
                     paper: str = "auto") -> str:
    """The class report page. `worlds` maps a scenario id to its world (or None)."""
    if not report.get("runs"):
        body = ('<p class="kicker">Thaw &middot; class report</p><h1>No run records</h1>'
                f"<p>The folder {esc(report['folder'])} holds no usable run records.</p>"
                + (f"<p>{report['not_read']['files']} files were not read: "
                   f"{esc(report['not_read']['reason'])}.</p>" if report.get("not_read") else "")
                + _problems(report))
        return page("Thaw class report", body, paper=paper)
    world = worlds.get(report["scenario"])
    parts = [_group_body(report, report, world, names=names)]
    for other in report["other_groups"]:
        parts.append(_other_group(other, worlds.get(other["scenario"])))
    parts.append(_problems(report))
    parts.append(f"<footer><p>Made by Thaw {esc(__version__)} from {report['records']} "
                 f"file{'s' * (report['records'] != 1)} in {esc(report['folder'])}.</p></footer>")
    return page(f"Thaw class report: {report['scenario_title']}", "\n".join(parts), paper=paper)


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
