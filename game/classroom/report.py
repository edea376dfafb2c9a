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
from game.classroom.html import Markup, entity, h, join
from game.classroom.page import page, signed, table
from game.classroom.svg import Mark
from game.classroom.whatif import Fit, check_fit
from game.content.sources import BEYOND_TEXT, SOURCES, citation_rows, source_ids, title_of
from game.narration.endings import charges, ending_words
from game.narration.votes import vote_account, vote_from_record
from game.narration.words import LABELS, option_label
from game.sim.engine import command_turns
from game.sim.state import State
from game.sim.stats import METERS
from game.sim.world import World
from game.storage import atomic_write

# Beside each charge of 1964: whether it fits the student's own record too.
FITS = {True: join(" ", h("i", "(fits your record)")), False: join(" ", h("i", "(not yours)")),
        None: ""}
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

def _paragraphs(text: str | None) -> Markup:
    if not text:
        return join()
    return join(h("p", part.strip()) for part in text.split("\n\n") if part.strip())


def _sources_html(ids: list[str]) -> Markup:
    """Source ids as titles; what no document supports reads "beyond the documents"."""
    return _semi(h("i", SOURCES[s].title) if s in SOURCES else title_of(s) for s in ids)


def _citations_html(item: object) -> Markup:
    """An item's citations as a student finds them: each document's title with, beside it, the
    words of the passage to search for; "beyond the documents" where none supports it."""
    parts = []
    for title, locator, note in citation_rows(item):
        if locator:
            parts.append(join(h("i", title), " \u201c", locator, "\u201d",
                              f" ({note})" if note else None))
        elif title == BEYOND_TEXT:
            parts.append(title)
        else:
            parts.append(h("i", title))
    return _semi(parts)


def _cause_sources(world: World, cause) -> Markup:
    """A deciding cause's documents, with their passages when the rule or card is known."""
    if cause.cause.startswith("rule:"):
        model = next((r.model for r in world.rules if r.id == cause.cause[5:]), None)
    else:
        event = world.events.get(cause.cause.split("/")[0])
        model = event.model if event else None
    return _citations_html(model) if model is not None else _sources_html(list(cause.sources))


def _semi(parts) -> Markup:
    """Parts separated by semicolons."""
    out: list = []
    for part in parts:
        if out:
            out.append("; ")
        out.append(part)
    return join(out)


def _meta(rows: list[tuple[str, object]]) -> Markup:
    return h("dl", [join(h("dt", k), h("dd", v)) for k, v in rows], class_="meta")


def _header(world: World, record: dict, fit: Fit) -> Markup:
    player = record.get("player") or "not given"
    played_by = record.get("policy")
    decisions = len(record["decisions"])
    turns = len(record["turns"])
    title = record.get("scenario_title") or world.scenario.info.title
    meta: list[tuple[str, object]] = [
        ("Player", player),
        ("Seed", record["seed"]),
        ("Scenario", join(title, " ", h("span", f"({record['scenario']})", class_="quiet"))),
        ("Played", f"{turns} turn{'s' * (turns != 1)}, {decisions} decision"
                   f"{'s' * (decisions != 1)}")]
    if played_by:
        meta.append(("Played by", f"the {played_by} bot"))
    meta.append(("Version", join(record.get("content_hash", "?"), " ",
                                 h("span", f"(game {record.get('game_version', '?')})",
                                   class_="quiet"))))
    out = [h("p", "Thaw ", entity("middot"), " run report", class_="kicker"),
           h("h1", title), _meta(meta)]
    if not fit.exact:
        out.append(h("p", h("b", "Note:"), f" {fit.describe().capitalize()}. The meters and "
                     "choices below are the record's; the texts are the scenario's as it is now.",
                     class_="note"))
    return _lines(out)


def _lines(parts) -> Markup:
    """Parts one to a line."""
    out: list = []
    for part in parts:
        if out:
            out.append("\n")
        out.append(part)
    return join(out)


def _ending_section(world: World, record: dict, analysis: EndingAnalysis, state: State) -> Markup:
    ending = record.get("ending")
    if not ending:
        last = record["turns"][-1]["turn"] if record["turns"] else 0
        return h("div", h("p", "Unfinished", class_="outcome"),
                 h("h3", f"The game stopped in {turn_label(world, last)}"),
                 h("p", "The record was saved before the game reached an ending. The chart and "
                   "the path below show how far it went."), class_="box keep")
    model = world.endings.get(ending["id"])
    fell = ending.get("outcome") != "survived"
    inside = [h("p", OUTCOME_WORDS.get(ending.get("outcome"), ""), " ", entity("middot"), " ",
                turn_label(world, ending["turn"]), class_="outcome"),
              h("h3", model.title if model else ending.get("title"))]
    if model:
        words = ending_words(world, state, model.id)
        if words.epilogue:
            inside.append(h("p", h("b", "What you did."), " ", " ".join(words.epilogue)))
        inside.append(_paragraphs(words.text))
    if analysis.vote:
        inside.append(h("p", h("b", "How it ended."), " ", vote_text(world, analysis.vote)))
    elif analysis.decided_by:
        inside.append(h("p", h("b", "How it ended."),
                        f" Your choice ended the game: {analysis.decided_by}."))
    out = [h("div", "\n", _lines(inside), "\n", class_="box keep fell" if fell else "box keep")]
    if model and model.lesson:
        out.append(h("p", h("b", "What this shows."), " ", model.lesson, class_="note"))
    return _lines(out)


def _chart_section(world: World, record: dict) -> Markup:
    if not record["turns"]:
        return join()
    charts = meter_charts(_series(record), stops(world), decision_marks(record))
    first, last = record["turns"][0]["values"], record["turns"][-1]["values"]
    rows = []
    for stat in METERS:
        if stat in first and stat in last:
            delta = last[stat] - first[stat]
            rows.append([LABELS[stat], f"{first[stat]:.0f}", f"{last[stat]:.0f}",
                         signed(round(delta)) if round(delta) else "0"])
    return join(
        h("h2", "The meters over time"),
        [h("figure", svg) for svg in charts],
        h("p", "Numbers above the charts are the decisions in the table below; ", h("b", "vote"),
          " marks a removal vote and ", h("b", "end"), " the ending. All meters run from 0 to "
          "100; for nuclear tension, high is bad.", class_="quiet"),
        h("h3", "Where things stood"),
        # The record keeps the meters at the end of each turn: its first column is after the
        # first turn, not the opening position (which a player saw before choosing).
        table(["Meter", f"After {record['turns'][0].get('label') or 'the first turn'}",
               "At the end", "Change"], rows, numeric={1, 2, 3}))


def _path_section(world: World, record: dict) -> Markup:
    rows = path_rows(world, record)
    decisions = [r for r in rows if r["kind"] == "decision"]
    heading = h("h2", "Your path beside Khrushchev's")
    if not decisions:
        return join(heading, h("p", "No decisions were taken."))
    with_history = [r for r in decisions if r["same"] is not None]
    same = sum(1 for r in with_history if r["same"])
    cells, classes = [], []
    for r in rows:
        if r["kind"] == "policy":
            cells.append(["", r["when"], f"Policy: {r['title']}", f"set to {r['yours']}", ""])
            classes.append("policy")
            continue
        if r["same"] is None:
            khrushchev = h("span", "not recorded", class_="quiet")
        elif r["same"]:
            khrushchev = h("span", "same", class_="chip same")
        else:
            # What actually happened is in the game's history view; on paper a campaign's worth
            # of it would run to pages, so the report keeps to the choices.
            khrushchev = join(h("span", "different", class_="chip diff"), " ", r["khrushchev"])
        cells.append([str(r["k"]), r["when"], h("b", r["title"]), r["yours"], khrushchev])
        classes.append("left" if r["same"] is False else "")
    summary = (h("p", "You took Khrushchev's option in ", h("b", f"{same} of {len(with_history)}"),
                 " decisions where the documents record his choice.") if with_history else None)
    return join(heading, summary,
                table(["#", "When", "Decision", "Your choice", "Khrushchev's choice"], cells,
                      row_classes=classes, widths=[4, 12, 22, 29, 33]))


def _deciding_section(world: World, analysis: EndingAnalysis, record: dict) -> Markup:
    if not analysis.causes:
        return join()
    meters = ", ".join(LABELS[m] for m in analysis.meters)
    rows = []
    rules = {r.id: r.model for r in world.rules}
    for cause in analysis.causes:
        moves = "; ".join(f"{LABELS[m]} {signed(v)}" for m, v in cause.stats.items())
        rule = rules.get(cause.cause[5:]) if cause.cause.startswith("rule:") else None
        extra = [h("span", rule.explain, class_="happened")] if rule else []
        if rule and rule.disagreement:
            extra.append(h("span", h("b", "The documents disagree:"),
                           f" {rule.disagreement.text}", class_="happened"))
        rows.append([join(h("b", cause.label), extra), moves,
                     h("span", _cause_sources(world, cause), class_="sources")])
    what = "this ending" if record.get("ending") else "where the game stood"
    out = [h("h2", f"What decided {what}"),
           h("p", f"The rules and choices that moved the meters that matter here ({meters}) the "
             "most over the whole game, net of what they gave back."),
           table(["Rule or choice", "Net effect", "From the documents"], rows)]
    votes = record.get("votes") or []
    if votes:
        out.append(h("h3", "Removal votes"))
        out.append(h("ul", [h("li", vote_text(world, v)) for v in votes], class_="plain"))
    return _lines(out)


def _debrief_section(world: World, record: dict, state: State) -> Markup:
    ending = record.get("ending")
    model = world.endings.get(ending["id"]) if ending else None
    debrief = world.scenario.info.debrief
    questions = list(model.questions if model else []) + list(debrief.questions)
    out = [h("h2", "For discussion", class_="keep")]
    if questions:
        out.append(h("ol", [h("li", q) for q in questions], class_="questions"))
    if debrief.charges:
        out.append(join(h("h3", "The charges of October 1964"), h("ul", [
            h("li", text, FITS[fits]) for text, fits in charges(world, state)], class_="plain")))
    if debrief.verdicts:
        out.append(join(h("h3", "What historians have said"), h("ul", [
            h("li", h("b", f"{v.historian}:"), f" {v.gist} ",
              h("span", "(", _citations_html(v), ")", class_="sources"))
            for v in debrief.verdicts], class_="plain")))
    if debrief.disagreements:
        out.append(join(h("h3", "Where the documents disagree"), h("ul", [
            h("li", d.text, " ", h("span", "(", _citations_html(d), ")", class_="sources"))
            for d in debrief.disagreements], class_="plain")))
    return _lines(out) if len(out) > 1 else join()


def _footer(world: World, record: dict, analysis: EndingAnalysis) -> Markup:
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
    docs = [h("li", h("i", SOURCES[s].title), f", {SOURCES[s].kind}. {SOURCES[s].author}; "
                f"{SOURCES[s].date}. {SOURCES[s].where}") for s in sorted(cited)]
    return h("footer",
             h("p", "The documents this game's rules come from, as cited above (each citation "
               "gives a few words of its passage: search for them in the document):"),
             h("ul", docs, class_="plain"),
             h("p", f"Made by Thaw {__version__} from the run record of scenario "
               f"{record['scenario']} (version {record.get('content_hash', '?')}), seed "
               f"{record['seed']}. The same seed and the same choices give the same game."))


def build_report(record: dict, world: World, *, paper: str = "auto") -> str:
    """The run report as one HTML document."""
    run, fit = check_fit(world, record)
    state = run.game.state  # the replayed game: the texts read as it left things
    analysis = analyse_ending(world, record)
    player = record.get("player")
    title = f"Thaw run report: {record.get('scenario_title') or world.scenario.info.title}" + \
            (f" ({player})" if player else "")
    body = _lines(part for part in (
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
