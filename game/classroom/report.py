"""One student's game on a printable page: the run report.

    html = build_report(record, world)              # the page as text
    write_report(record, world, path)               # what the debrief's "Save report" calls

The page: who played what with which seed; the ending and its text; the meters over time with
the decisions marked; the path beside Khrushchev's, decision by decision; the rules that decided
the ending, with their documents; the removal votes; the debrief's questions. The same record
gives the same bytes: nothing on the page comes from the clock.
"""

from __future__ import annotations

from pathlib import Path

from game import __version__
from game.classroom.charts import meter_charts
from game.classroom.deciding import EndingAnalysis, analyse_ending
from game.classroom.page import esc, page, signed, table
from game.classroom.svg import Mark
from game.classroom.whatif import Fit, check_fit
from game.content.sources import SOURCES, source_ids, title_of
from game.narration.endings import charges, ending_words
from game.narration.votes import vote_account, vote_from_record
from game.narration.words import LABELS, option_label
from game.sim.engine import command_turns
from game.sim.state import State
from game.sim.stats import METERS
from game.sim.world import World
from game.storage import atomic_write

# Beside each charge of 1964: whether it fits the student's own record too.
FITS = {True: " <i>(fits your record)</i>", False: " <i>(not yours)</i>", None: ""}
OUTCOME_WORDS = {"survived": "Survived", "ousted": "Ousted", "removed": "Removed", "war": "War"}


# --- what the page says, as data ------------------------------------------------------------

def turn_label(world: World, turn: int) -> str:
    return world.calendar.label(min(max(turn, 0), world.last_turn))


def path_rows(world: World, record: dict) -> list[dict]:
    """The run's decisions and policy changes in the order they were made, each decision beside
    the option Khrushchev took."""
    rows = []
    decisions = iter(record["decisions"])
    k = 0
    for turn, command in zip(command_turns(record["log"]), record["log"], strict=True):
        kind = command.get("cmd")
        if kind == "choose":
            taken = next(decisions, None)
            if taken is None:
                break
            k += 1
            event = world.events.get(taken["decision"])
            historical = taken.get("historical")
            rows.append({
                "kind": "decision", "k": k, "turn": taken["turn"],
                "when": turn_label(world, taken["turn"]),
                "decision": taken["decision"],
                "title": event.model.title if event else taken.get("title", taken["decision"]),
                "option": taken["option"],
                "yours": option_label(world, taken["decision"], taken["option"]),
                "historical": historical,
                "khrushchev": option_label(world, taken["decision"], historical),
                "same": None if historical is None else historical == taken["option"],
                "what_happened": event.model.what_happened if event else None,
            })
        elif kind == "policy":
            policy = next((p for p in world.scenario.info.policies
                           if p.id == command.get("policy")), None)
            label = next((o.label for o in policy.options if o.id == command.get("option")),
                         command.get("option")) if policy else command.get("option")
            rows.append({"kind": "policy", "turn": turn, "when": turn_label(world, turn),
                         "title": policy.title if policy else command.get("policy"),
                         "yours": label})
    return rows


def _series(record: dict) -> dict[str, list[tuple[int, float]]]:
    return {stat: [(t["turn"], float(t["values"][stat])) for t in record["turns"]
                   if stat in t["values"]] for stat in METERS}


def stops(world: World) -> list[tuple[int, str, str]]:
    """Every turn of the scenario's calendar: an early ending shows as early on the chart."""
    return [(t, world.calendar.month_of(t), world.calendar.label(t))
            for t in range(world.calendar.turns)]


def decision_marks(record: dict) -> list[Mark]:
    """Decisions numbered as in the path table (several in one turn share a mark), the votes,
    and the ending."""
    by_turn: dict[int, list[int]] = {}
    for k, taken in enumerate(record["decisions"], start=1):
        by_turn.setdefault(taken["turn"], []).append(k)
    marks = []
    for turn, ks in sorted(by_turn.items()):
        text = str(ks[0]) if len(ks) == 1 else f"{ks[0]}\u2013{ks[-1]}"
        marks.append(Mark(turn, text, "decision", f"decision {text}"))
    for vote in record.get("votes") or []:
        marks.append(Mark(vote["turn"], "vote", "vote", "a removal vote"))
    ending = record.get("ending")
    if ending:
        marks.append(Mark(ending["turn"], "end", "end", ending.get("title", "")))
    return marks


def vote_text(world: World, vote: dict) -> str:
    """A removal vote from the record, told as every front end tells it."""
    return vote_account(vote_from_record(vote), turn_label(world, int(vote.get("turn", 0))),
                        world.vote.needed)


# --- the page -------------------------------------------------------------------------------

def _paragraphs(text: str | None) -> str:
    if not text:
        return ""
    return "".join(f"<p>{esc(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


def _sources_html(ids: list[str]) -> str:
    """Source ids as titles; what no document supports reads "beyond the documents"."""
    return "; ".join(f"<i>{esc(SOURCES[s].title)}</i>" if s in SOURCES else esc(title_of(s))
                     for s in ids)


def _header(world: World, record: dict, fit: Fit) -> str:
    player = record.get("player") or "not given"
    played_by = record.get("policy")
    decisions = len(record["decisions"])
    turns = len(record["turns"])
    meta = [("Player", esc(player)),
            ("Seed", esc(record["seed"])),
            ("Scenario", f"{esc(record.get('scenario_title') or world.scenario.info.title)} "
                         f"<span class=\"quiet\">({esc(record['scenario'])})</span>"),
            ("Played", f"{turns} turn{'s' * (turns != 1)}, {decisions} decision"
                       f"{'s' * (decisions != 1)}")]
    if played_by:
        meta.append(("Played by", f"the {esc(played_by)} bot"))
    meta.append(("Version", f"{esc(record.get('content_hash', '?'))} "
                            f"<span class=\"quiet\">(game {esc(record.get('game_version', '?'))})"
                            "</span>"))
    cells = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta)
    out = ['<p class="kicker">Thaw &middot; run report</p>',
           f"<h1>{esc(record.get('scenario_title') or world.scenario.info.title)}</h1>",
           f'<dl class="meta">{cells}</dl>']
    if not fit.exact:
        out.append(f'<p class="note"><b>Note:</b> {esc(fit.describe().capitalize())}. The '
                   "meters and choices below are the record's; the texts are the scenario's "
                   "as it is now.</p>")
    return "\n".join(out)


def _ending_section(world: World, record: dict, analysis: EndingAnalysis, state: State) -> str:
    ending = record.get("ending")
    if not ending:
        last = record["turns"][-1]["turn"] if record["turns"] else 0
        return ('<div class="box keep"><p class="outcome">Unfinished</p>'
                f"<h3>The game stopped in {esc(turn_label(world, last))}</h3>"
                "<p>The record was saved before the game reached an ending. The chart and the "
                "path below show how far it went.</p></div>")
    model = world.endings.get(ending["id"])
    fell = ending.get("outcome") != "survived"
    out = [f'<div class="box keep{" fell" if fell else ""}">',
           f'<p class="outcome">{esc(OUTCOME_WORDS.get(ending.get("outcome"), ""))} &middot; '
           f'{esc(turn_label(world, ending["turn"]))}</p>',
           f"<h3>{esc(model.title if model else ending.get('title'))}</h3>"]
    if model:
        words = ending_words(world, state, model.id)
        if words.epilogue:
            out.append("<p><b>What you did.</b> " + " ".join(esc(a) for a in words.epilogue)
                       + "</p>")
        out.append(_paragraphs(words.text))
    if analysis.vote:
        out.append(f"<p><b>How it ended.</b> {esc(vote_text(world, analysis.vote))}</p>")
    elif analysis.decided_by:
        out.append(f"<p><b>How it ended.</b> Your choice ended the game: "
                   f"{esc(analysis.decided_by)}.</p>")
    out.append("</div>")
    if model and model.lesson:
        out.append(f'<p class="note"><b>What this shows.</b> {esc(model.lesson)}</p>')
    return "\n".join(out)


def _chart_section(world: World, record: dict) -> str:
    if not record["turns"]:
        return ""
    charts = meter_charts(_series(record), stops(world), decision_marks(record))
    first, last = record["turns"][0]["values"], record["turns"][-1]["values"]
    rows = []
    for stat in METERS:
        if stat in first and stat in last:
            delta = last[stat] - first[stat]
            rows.append([esc(LABELS[stat]), f"{first[stat]:.0f}", f"{last[stat]:.0f}",
                         esc(signed(round(delta))) if round(delta) else "0"])
    figures = "".join(f"<figure>{svg}</figure>" for svg in charts)
    return ("<h2>The meters over time</h2>"
            f"{figures}"
            '<p class="quiet">Numbers above the charts are the decisions in the table below; '
            "<b>vote</b> marks a removal vote and <b>end</b> the ending. All meters run from 0 "
            "to 100; for nuclear tension, high is bad.</p>"
            '<h3>Where things stood</h3>'
            + table(["Meter", "At the start", "At the end", "Change"], rows, numeric={1, 2, 3}))


def _path_section(world: World, record: dict) -> str:
    rows = path_rows(world, record)
    decisions = [r for r in rows if r["kind"] == "decision"]
    if not decisions:
        return "<h2>Your path beside Khrushchev's</h2><p>No decisions were taken.</p>"
    with_history = [r for r in decisions if r["same"] is not None]
    same = sum(1 for r in with_history if r["same"])
    cells, classes = [], []
    for r in rows:
        if r["kind"] == "policy":
            cells.append(["", esc(r["when"]), f"Policy: {esc(r['title'])}",
                          f"set to {esc(r['yours'])}", ""])
            classes.append("policy")
            continue
        if r["same"] is None:
            khrushchev = '<span class="quiet">not recorded</span>'
        elif r["same"]:
            khrushchev = '<span class="chip same">same</span>'
        else:
            # What actually happened is in the game's history view; on paper a campaign's worth
            # of it would run to pages, so the report keeps to the choices.
            khrushchev = f'<span class="chip diff">different</span> {esc(r["khrushchev"])}'
        cells.append([str(r["k"]), esc(r["when"]), f"<b>{esc(r['title'])}</b>", esc(r["yours"]),
                      khrushchev])
        classes.append("left" if r["same"] is False else "")
    summary = (f"<p>You took Khrushchev's option in <b>{same} of {len(with_history)}</b> "
               "decisions where the documents record his choice.</p>" if with_history else "")
    return ("<h2>Your path beside Khrushchev's</h2>" + summary
            + table(["#", "When", "Decision", "Your choice", "Khrushchev's choice"], cells,
                    row_classes=classes, widths=[4, 12, 22, 29, 33]))


def _deciding_section(world: World, analysis: EndingAnalysis, record: dict) -> str:
    if not analysis.causes:
        return ""
    meters = ", ".join(LABELS[m] for m in analysis.meters)
    rows = []
    rules = {r.id: r.model for r in world.rules}
    for cause in analysis.causes:
        moves = "; ".join(f"{esc(LABELS[m])} {esc(signed(v))}" for m, v in cause.stats.items())
        rule = rules.get(cause.cause[5:]) if cause.cause.startswith("rule:") else None
        extra = f'<span class="happened">{esc(rule.explain)}</span>' if rule else ""
        if rule and rule.disagreement:
            extra += (f'<span class="happened"><b>The documents disagree:</b> '
                      f"{esc(rule.disagreement.text)}</span>")
        rows.append([f"<b>{esc(cause.label)}</b>{extra}", moves,
                     f'<span class="sources">{_sources_html(list(cause.sources))}'
                     "</span>"])
    what = "this ending" if record.get("ending") else "where the game stood"
    out = [f"<h2>What decided {what}</h2>",
           f"<p>The rules and choices that moved the meters that matter here ({esc(meters)}) "
           "the most over the whole game, net of what they gave back.</p>",
           table(["Rule or choice", "Net effect", "From the documents"], rows)]
    votes = record.get("votes") or []
    if votes:
        out.append("<h3>Removal votes</h3>")
        out.append("<ul class=\"plain\">" + "".join(
            f"<li>{esc(vote_text(world, v))}</li>" for v in votes) + "</ul>")
    return "\n".join(out)


def _debrief_section(world: World, record: dict, state: State) -> str:
    ending = record.get("ending")
    model = world.endings.get(ending["id"]) if ending else None
    debrief = world.scenario.info.debrief
    questions = list(model.questions if model else []) + list(debrief.questions)
    out = ['<h2 class="keep">For discussion</h2>']
    if questions:
        out.append('<ol class="questions">' + "".join(f"<li>{esc(q)}</li>" for q in questions)
                   + "</ol>")
    if debrief.charges:
        out.append("<h3>The charges of October 1964</h3><ul class=\"plain\">"
                   + "".join(f"<li>{esc(text)}{FITS[fits]}</li>"
                             for text, fits in charges(world, state)) + "</ul>")
    if debrief.verdicts:
        out.append("<h3>What historians have said</h3><ul class=\"plain\">" + "".join(
            f"<li><b>{esc(v.historian)}:</b> {esc(v.gist)} "
            f'<span class="sources">({_sources_html(source_ids(v))})</span></li>'
            for v in debrief.verdicts) + "</ul>")
    if debrief.disagreements:
        out.append("<h3>Where the documents disagree</h3><ul class=\"plain\">" + "".join(
            f"<li>{esc(d.text)} <span class=\"sources\">({_sources_html(source_ids(d))})"
            "</span></li>" for d in debrief.disagreements) + "</ul>")
    return "\n".join(out) if len(out) > 1 else ""


def _footer(world: World, record: dict, analysis: EndingAnalysis) -> str:
    cited: list[str] = []

    def cite(ids) -> None:
        for s in ids:
            if s in SOURCES and s not in cited:
                cited.append(s)

    for cause in analysis.causes:
        cite(cause.sources)
    for taken in record["decisions"]:
        event = world.events.get(taken["decision"])
        if event:
            cite(source_ids(event.model))
    ending = record.get("ending")
    if ending and ending["id"] in world.endings:
        cite(source_ids(world.endings[ending["id"]]))
    cite(v.source.source for v in world.scenario.info.debrief.verdicts)
    docs = "".join(f"<li><i>{esc(SOURCES[s].title)}</i>, {esc(SOURCES[s].kind)}</li>"
                   for s in sorted(cited))
    return (f'<footer><p>The documents this game\'s rules come from, as cited above:</p>'
            f'<ul class="plain">{docs}</ul>'
            f"<p>Made by Thaw {esc(__version__)} from the run record of scenario "
            f"{esc(record['scenario'])} (version {esc(record.get('content_hash', '?'))}), seed "
            f"{esc(record['seed'])}. The same seed and the same choices give the same game.</p>"
            "</footer>")


def build_report(record: dict, world: World, *, paper: str = "auto") -> str:
    """The run report as one HTML document."""
    run, fit = check_fit(world, record)
    state = run.game.state  # the replayed game: the texts read as it left things
    analysis = analyse_ending(world, record)
    player = record.get("player")
    title = f"Thaw run report: {record.get('scenario_title') or world.scenario.info.title}" + \
            (f" ({player})" if player else "")
    body = "\n".join(part for part in (
        _header(world, record, fit),
        _ending_section(world, record, analysis, state),
        _chart_section(world, record),
        _path_section(world, record),
        _deciding_section(world, analysis, record),
        _debrief_section(world, record, state),
        _footer(world, record, analysis),
    ) if part)
    return page(title, body, paper=paper)


def write_report(record: dict, world: World, path: Path, *, paper: str = "auto") -> Path:
    """Writes the run report to `path` (atomically) and returns the path."""
    path = Path(path)
    atomic_write(path, build_report(record, world, paper=paper))
    return path


def report_text(record: dict, world: World) -> str:
    """The same report in a few lines, for the terminal."""
    analysis = analyse_ending(world, record)
    ending = record.get("ending")
    lines = [f"{record.get('scenario_title')} ({record['scenario']}), seed {record['seed']}, "
             f"player {record.get('player') or 'not given'}"]
    if ending:
        lines.append(f"Ending: {ending.get('title')} ({ending.get('outcome')}), "
                     f"{turn_label(world, ending['turn'])}")
    else:
        lines.append("Unfinished")
    _, fit = check_fit(world, record)
    if not fit.exact:
        lines.append(f"Note: {fit.describe()}.")
    rows = [r for r in path_rows(world, record) if r["kind"] == "decision"]
    if rows:
        lines.append("")
        lines.append("Your path beside Khrushchev's:")
        for r in rows:
            mark = " " if r["same"] is None else "=" if r["same"] else "*"
            lines.append(f" {mark}{r['k']:>3}  {r['when']:<16} {r['title']}: {r['yours']}"
                         + (f"  [Khrushchev: {r['khrushchev']}]" if r["same"] is False else ""))
    if analysis.causes:
        lines.append("")
        lines.append("What decided it:")
        for cause in analysis.causes:
            moves = ", ".join(f"{LABELS[m]} {v:+.1f}" for m, v in cause.stats.items())
            lines.append(f"  {cause.label}  ({moves})")
    return "\n".join(lines) + "\n"
