"""The teacher's printed kit, as pages the window and the command line both call:

    class_card(scenario_id, seed, hand_in_hint)   # the card for the board: seed, steps, hand-in
    worksheet(lesson_or_chapter_id)                # plan, tally, worksheet, pre-reading, notes...
    documents_page()                               # the five documents and the printable extracts

Each returns one self-contained HTML document (no scripts, nothing fetched) built from the
content (game.classroom.kit), so the pages always match the scenarios. A bad id raises KitError.
"""

from __future__ import annotations

from game import __version__
from game.classroom.extracts import EXTRACTS
from game.classroom.html import Markup, entity, h, join
from game.classroom.kit import Cite, Disputed, KitError, Unit, unit
from game.classroom.page import page, shorten, table
from game.content import catalog
from game.content.problems import ContentError
from game.content.sources import SOURCES

__all__ = ["KitError", "class_card", "documents_page", "lesson_plan", "worksheet"]

LESSON = 45  # minutes

# The kit's own style: writing space, a big seed, and each part of the set on a page of its own.
STYLE = """
.seed { font-family: "PT Sans", Arial, sans-serif; font-size: 54pt; font-weight: 700;
        letter-spacing: .06em; margin: 2mm 0 4mm; }
ol.steps li { font-size: 12.5pt; margin-bottom: 3mm; }
td.write { height: 16mm; }
td.tally { width: 40%; }
.part { break-before: page; }
.part:first-of-type { break-before: auto; }
mark { background: #f3e3a0; }
blockquote { margin: 2mm 0 3mm; padding-left: 4mm; border-left: 2pt solid var(--faint);
             font-size: 9.8pt; }
.total { font-weight: 700; }
.compact table { font-size: 8.6pt; margin-bottom: 2mm; }
.compact th, .compact td { padding: .55mm 1.4mm; }
.compact h2 { margin: 4mm 0 2mm; }
.compact .lede { font-size: 10pt; }
"""

OUTCOMES = {"survived": "survives", "ousted": "ousted", "removed": "removed", "war": "war"}


# --- small parts ----------------------------------------------------------------------------

def _cite(c: Cite) -> Markup:
    """A citation as a student finds it: the document's title and, beside it, the passage's
    words to search for."""
    source, locator, note = c
    title = SOURCES[source].title if source in SOURCES else source
    return join(h("i", title), ", the passage \u201c", h("b", locator), "\u201d",
                f" ({note})" if note else None)


def _cites(cites: list[Cite]) -> Markup:
    return h("ul", [h("li", _cite(c)) for c in cites], class_="plain sources")


def _kicker(u: Unit, what: str) -> Markup:
    return h("p", "Thaw ", entity("middot"), f" {what}", class_="kicker")


def _part(u: Unit, what: str, title: str, *body, compact: bool = False) -> Markup:
    return h("section", _kicker(u, what), h("h1", title), *body,
             class_="part compact" if compact else "part")


def _meta(rows: list[tuple[str, object]]) -> Markup:
    return h("dl", [join(h("dt", k), h("dd", v)) for k, v in rows], class_="meta")


def _where(u: Unit) -> str:
    if u.kind == "lesson":
        return f"the lesson \u201c{u.title}\u201d"
    return f"chapter {u.title} of the campaign"


def start_button(kind: str) -> str:
    """The title screen's button a scenario of this kind is started from: a lesson from the list
    of lessons, the campaign from New game (game.ui.screens.title names them the same)."""
    return "Lesson scenarios" if kind == "lesson" else "New game"


# --- the plan -------------------------------------------------------------------------------

def lesson_plan(u: Unit) -> list[tuple[int, str, str]]:
    """(minutes, stage, what happens) for one lesson of `LESSON` minutes: the stages add up to
    it exactly, setting up included. Play gets the measured minutes, as far as the lesson
    holds them; what does not fit is said in the last stage."""
    first = u.kind == "lesson" or u.id == _first_chapter()
    setup = 5 if first else 4
    predict = 3 if u.kind == "lesson" else 2
    tally = 4 if u.kind == "lesson" else 3
    least_talk = 8 if u.kind == "lesson" else 6
    play = min(u.minutes, LESSON - setup - predict - tally - least_talk)
    talk = LESSON - setup - predict - play - tally
    start = ("Project or pin up the class card. Students open Thaw, choose "
             f"{start_button(u.kind)}, choose "
             f"\u201c{u.scenario_title}\u201d, type the class seed and their name, and start."
             if first else "Students open Thaw and choose Continue: the game saved itself at the "
             "end of the last lesson and goes on where they stopped.")
    carry = u.minutes - play
    play_text = (f"Students play alone or in pairs (measured: about {u.minutes} minutes to the "
                 "end). Before each decision they write a prediction on the worksheet.")
    if carry > 0:
        play_text += (f" The chapter is measured at {u.minutes} minutes, more than this lesson "
                      f"holds: about {carry} minutes carry over to the start of the next lesson "
                      "(the game saves after every choice).")
    return [
        (setup, "Set up", start),
        (predict, "Predict", "Read the brief on the screen together. Each student writes one "
                             "prediction: how will this end for them, and why?"),
        (play, "Play", play_text),
        (tally, "Hand in and tally", _hand_in(u)),
        (talk, "Discuss", "Compare the tally with Khrushchev's own path. Take one essay question "
                          "and one source question; the answer key has the disagreements."),
    ]


def _hand_in(u: Unit) -> str:
    count = ("Count the endings, the hardest decision and the show of hands on the tally sheet "
             "(paper only: no files needed).")
    if u.kind == "lesson":
        return ("A student whose game has ended presses Hand in and chooses the class folder. "
                + count)
    return ("Students leave the game where it stands (it saves itself); at the campaign's end "
            "they press Hand in and choose the class folder. " + count)


def _first_chapter() -> str | None:
    try:
        campaign = catalog.by_id("campaign")
    except ContentError:
        return None
    chapters = campaign.info.chapters
    return chapters[0].id if chapters else None


def _plan_part(u: Unit) -> Markup:
    plan = lesson_plan(u)
    rows, at = [], 0
    for minutes, stage, what in plan:
        rows.append([f"{at}\u2013{at + minutes}", str(minutes), h("b", stage), what])
        at += minutes
    rows.append(["", h("span", str(at), class_="total"), h("b", "Total"), ""])
    return _part(
        u, "lesson plan", f"{u.title}: a {LESSON}-minute lesson",
        _meta([("Scenario", join(u.scenario_title, " ", h("span", f"({u.scenario})",
                                                         class_="quiet"))),
               ("Covers", f"{u.first} to {u.last}, {u.turns} turns"),
               ("Decisions", f"{len(u.decisions)} on their dates"
                             + (f", up to {len(u.sometimes)} more when the state calls for them"
                                if u.sometimes else "")),
               ("Version", u.content_hash)]),
        h("p", u.brief, class_="lede"),
        table(["Minutes", "Length", "Stage", "What happens"], rows, numeric={1},
              widths=[11, 8, 16, 65]),
        h("p", h("b", "Before the lesson."), " Hand out the pre-reading (one page) as homework. "
          "Read the content note and decide how to prepare the class. Print the tally sheet "
          "in case collecting files is not possible: it needs nothing but a pen.",
          class_="note"),
        h("p", "The play minutes are measured from the words the game shows and the decisions "
          "it asks for (tools/pace.py), as the median over many games; a slow reader needs "
          "longer.", class_="quiet"))


# --- the tally sheet ------------------------------------------------------------------------

def _tally_part(u: Unit) -> Markup:
    endings = [[f"{title}", OUTCOMES.get(outcome, outcome), "", ""] for title, outcome in
               u.endings]
    if u.kind == "chapter":
        endings.append(["Still in power at the end of the chapter", "\u2014", "", ""])
    endings.append(["Did not finish", "\u2014", "", ""])
    hardest = [[d.when, d.title, "", ""] for d in u.decisions]
    hands = [[d.title, shorten(d.historical, 56), ""] for d in u.decisions if d.historical][:4]
    return _part(
        u, "tally sheet (no files needed)", f"Tally: {u.title}",
        h("p", "Count by a show of hands; write the strokes, then the total."),
        h("h2", "How did your game end?"),
        table(["Ending", "Outcome", "Tally", "Total"], endings, widths=[44, 14, 30, 12]),
        h("h2", "Which decision was the hardest?"),
        table(["When", "Decision", "Tally", "Total"], hardest, widths=[18, 40, 30, 12]),
        h("h2", "Show of hands: who took Khrushchev's option?"),
        h("p", "For the teacher: his option is named here, so read the question out after the "
          "game, not before.", class_="quiet"),
        table(["Decision", "Khrushchev's option", "Hands"], hands, widths=[30, 55, 15]),
        compact=True)


# --- the student worksheet ------------------------------------------------------------------

def source_questions(u: Unit) -> list[tuple[str, list[Cite]]]:
    """Two questions that send a student to the documents, each with the passages to find."""
    out: list[tuple[str, list[Cite]]] = []
    for d in u.disagreements:
        docs = {c[0] for c in d.cites}
        if len(docs) >= 2:
            out.append(("Find both passages. What does each say? Why might they differ, and "
                        "which would you trust more?", d.cites[:3]))
            break
    used = {(c[0], c[1]) for _, cites in out for c in cites}
    docs = {c[0] for _, cites in out for c in cites}
    # Then a card's passage, from a document not used yet if there is one.
    cards = [(d, c) for d in u.decisions for c in d.cites[:1]]
    while len(out) < 2:
        fresh = [(d, c) for d, c in cards if (c[0], c[1]) not in used]
        if not fresh:
            break
        decision, c = next(((d, c) for d, c in fresh if c[0] not in docs), fresh[0])
        out.append((f"Find the passage behind the card \u201c{decision.title}\u201d. Does "
                    "the game's card say the same as the document? What does the game leave "
                    "out?", [c]))
        used.add((c[0], c[1]))
        docs.add(c[0])
    return out


def _worksheet_part(u: Unit) -> Markup:
    rows = [[str(k), d.when, h("b", d.title), "", "", ""] for k, d in
            enumerate(u.decisions, start=1)]
    questions = [h("li", h("p", q), _cites(cites), h("p", "Answer:", class_="quiet"),
                   h("p", entity("nbsp"), class_="box", style="height:22mm"))
                 for q, cites in source_questions(u)]
    return _part(
        u, "student worksheet", u.title,
        _meta([("Name", ""), ("Class seed", ""), ("Ending", ""), ("Date", "")]),
        h("h2", "Before you start"),
        h("p", "How do you think this will end for you, and why? ", h("span", "(2 lines)",
                                                                   class_="quiet")),
        h("p", entity("nbsp"), class_="box", style="height:14mm"),
        h("h2", "Decisions log"),
        h("p", "Before each decision, write what you expect your choice to do. After it, the "
          "game shows the option Khrushchev took: note it, and whether your prediction held."),
        table(["#", "When", "Decision", "Before: I predict", "My choice", "Khrushchev's / "
               "did it hold?"], rows, widths=[4, 13, 21, 24, 19, 19],
              row_classes=["write"] * len(rows)),
        h("h2", "Source questions"),
        h("p", "Each passage is named by a few of its own words: search for them in the "
          "document (Ctrl+F in a browser), or find them in the printed extracts."),
        h("ol", questions, class_="questions"),
        h("h2", "Afterwards"),
        h("ol", [h("li", q) for q in u.questions[:2]], class_="questions"))


# --- pre-reading, content note --------------------------------------------------------------

def _prereading_part(u: Unit) -> Markup:
    rows = [[d.when, d.title] for d in u.decisions]
    docs = sorted({c[0] for c in u.cites})
    return _part(
        u, "pre-reading", u.title,
        h("p", u.brief, class_="lede"),
        h("h2", "What will come up"),
        h("p", "The decisions that come up on their dates, in order. Think about what you "
          "would want to know before each one."),
        table(["When", "Decision"], rows, widths=[22, 78]),
        h("h2", "The documents behind it"),
        h("p", "The game's rules and cards come from these documents; each card names the "
          "passage it rests on:"),
        h("ul", [h("li", h("i", SOURCES[s].title), f", {SOURCES[s].kind}") for s in docs],
          class_="plain"),
        h("h2", "Keep in mind"),
        h("ul", [h("li", q) for q in u.questions], class_="plain"),
        compact=True)


def _note_part(u: Unit) -> Markup:
    topics = ("executions, the Novocherkassk shooting, nuclear war, religious persecution (and "
              "suicide where it is mentioned)")
    if u.notes:
        rows = [[h("b", topic), where] for topic, where in u.notes]
        body = [h("p", f"Topics that come up in {_where(u)}, and where (the titles are the "
                  "cards', news items' and endings' as the game shows them):"),
                table(["Topic", "Where"], rows, widths=[30, 70])]
    else:
        body = [h("p", f"None of these topics comes up in {_where(u)}: {topics}.")]
    return _part(
        u, "content note", f"Content note: {u.title}", *body,
        h("p", f"The list is made by searching every text of {_where(u)} for these topics: "
          f"{topics}. Nothing is shown in pictures beyond the card images; the game describes, "
          "in words, what the documents describe.", class_="quiet"),
        h("p", "Students play a real person and real events. Some will have family histories "
          "touched by them; let a student sit out a card's discussion without saying why.",
          class_="note"))


# --- answer key, mark scheme, extracts ------------------------------------------------------

def _answer(d: Disputed) -> Markup:
    docs = [SOURCES[c[0]] for c in d.cites if c[0] in SOURCES]
    kinds = "; ".join(dict.fromkeys(f"{s.title}: {s.kind}" for s in docs))
    return h("div",
             h("h3", d.text),
             h("p", h("b", "Where it is shown: "), d.where, "."),
             h("p", h("b", "The passages:")), _cites(d.cites),
             h("p", h("b", "What the documents are: "), kinds, "."),
             h("p", h("b", "A strong answer "), "quotes each document's figure or claim with "
               "where it comes from; notices what kind of document each is (revision notes, a "
               "student's essay citing a historian, a country study) and how far each shows its "
               "own evidence; and says what further evidence would settle it. The documents "
               "alone do not say which is right: an answer that simply picks one without "
               "reasons is weak."),
             class_="keep")


def _key_part(u: Unit) -> Markup:
    if not u.disagreements:
        body = [h("p", f"The content of {_where(u)} has no note of disagreement between the "
                  "documents.")]
    else:
        body = [h("p", "Each note of disagreement in this content, with the passages to find "
                  "and what a good answer does.")] + [_answer(d) for d in u.disagreements]
    return _part(u, "answer key", f"Where the documents disagree: {u.title}", *body)


LEVELS = (
    ("4", "A sustained judgement that answers the question set, weighing several factors "
          "against each other; precise evidence from the documents (named, with the passage) "
          "and from the game (the student's own path and the class's); aware that the documents "
          "disagree and that the game is a model."),
    ("3", "A judgement that answers the question, supported by accurate evidence for more than "
          "one factor; some weighing; uses at least one document by name."),
    ("2", "Describes relevant events or policies accurately, with an implicit or unsupported "
          "judgement; evidence general rather than precise."),
    ("1", "Some relevant knowledge, loosely linked to the question; no judgement."),
)


def _scheme_part(u: Unit) -> Markup:
    evidence = [h("li", h("b", f"{name}: "), gist, " ", h("span", "(", _cite(c), ")",
                                                          class_="sources"))
                for name, gist, c in u.verdicts if c[1]]
    evidence += [h("li", f"The card \u201c{d.title}\u201d ({d.when}): ", _cite(d.cites[0]))
                 for d in u.decisions if d.cites][:8]
    return _part(
        u, "mark scheme", f"Essay questions and mark scheme: {u.title}",
        h("p", "This scheme is ours, written for these questions; it is not an examination "
          "board's. Fit its levels to the marks your course uses.", class_="quiet"),
        h("h2", "The questions"),
        h("ol", [h("li", q) for q in u.questions], class_="questions"),
        h("h2", "Levels (for each question)"),
        table(["Level", "What the answer does"], [[h("b", lvl), text] for lvl, text in LEVELS],
              widths=[8, 92]),
        h("h2", "Evidence a good answer may use"),
        h("ul", evidence, class_="plain"))


def _marked(paragraph: str, locators: tuple[str, ...]) -> Markup:
    """The paragraph with each locator marked (matched as the locator check matches)."""
    folded = _fold(paragraph)
    spans = sorted((folded.find(_fold(loc)), len(loc)) for loc in locators
                   if folded.find(_fold(loc)) >= 0)
    out, at = [], 0
    for start, length in spans:
        if start < at:
            continue
        out += [paragraph[at:start], h("mark", paragraph[start:start + length])]
        at = start + length
    out.append(paragraph[at:])
    return join(out)


def _fold(text: str) -> str:
    return text.lower().translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"',
                                                 "\u201d": '"', "\u2013": "-", "\u2014": "-"}))


def _extracts(wanted: set[str] | None) -> list[Markup]:
    out = []
    for paragraph, locators in EXTRACTS:
        mine = tuple(loc for loc in locators if wanted is None or loc in wanted)
        if mine:
            out.append(h("blockquote", _marked(paragraph, mine)))
    return out


def _references() -> Markup:
    rows = []
    for s in SOURCES.values():
        rows.append([h("b", s.title), join(s.author, h("span", s.kind, class_="happened")),
                     s.date, join(s.where, h("span", s.rights, class_="happened"))])
    return table(["Document", "Author or publisher", "Date", "Where to find it"], rows,
                 widths=[24, 24, 16, 36])


def _documents_part(u: Unit | None, paper_cites: list[Cite]) -> Markup:
    wanted = {c[1] for c in paper_cites if c[0] == "country-study"}
    extracts = _extracts(wanted if u is not None else None)
    return h("section",
             h("p", "Thaw ", entity("middot"), " the documents", class_="kicker"),
             h("h1", "The five documents" + (f": {u.title}" if u else "")),
             h("p", "The game's rules come from these five documents. Each citation in the game "
               "names a passage by a few of its own words (its locator): search for them to find "
               "the passage."),
             _references(),
             h("h2", "Printable extracts: the country study"),
             h("p", "The Library of Congress country study is a work of the United States "
               "government, so its passages are printed here whole, with the words each "
               "citation searches for marked. The other four documents are in copyright: the "
               "pages show only their locators, a few words each."),
             *(extracts or [h("p", "No passage of the country study is cited here.")]),
             class_="part")


# --- the pages ------------------------------------------------------------------------------

def _footer(u: Unit) -> Markup:
    return h("footer", h("p", f"Made by Thaw {__version__} from {u.scenario_title} "
                              f"({u.scenario}, version {u.content_hash}). Every part of this "
                              "set is generated from the scenario, so it matches the game."))


def worksheet(ref: str, *, paper: str = "auto") -> Markup:
    """The printed set for one lesson or chapter (its id): the 45-minute plan, the tally sheet,
    the student worksheet, the pre-reading, the content note, the answer key, the mark scheme
    and the documents with their extracts."""
    u = unit(ref)
    cites = u.cites + [c for d in u.disagreements for c in d.cites] + \
        [c for _, _, c in u.verdicts]
    body = join(_plan_part(u), _tally_part(u), _worksheet_part(u), _prereading_part(u),
                _note_part(u), _key_part(u), _scheme_part(u), _documents_part(u, cites),
                _footer(u))
    return page(f"Thaw lesson kit: {u.title}", body, paper=paper, style=STYLE)


def documents_page(*, paper: str = "auto") -> Markup:
    """The five documents, their full references, and every extract of the country study."""
    return page("Thaw: the five documents", _documents_part(None, []), paper=paper, style=STYLE)


def class_card(scenario_id: str, seed: int, hand_in_hint: str, *, paper: str = "auto") -> Markup:
    """The card for the board: the scenario, the class seed, the steps for students (no command
    line) and where to hand in (`hand_in_hint`, in the teacher's words)."""
    try:
        scenario = catalog.by_id(scenario_id)
    except ContentError as error:
        raise KitError(f"{scenario_id!r} is not a scenario the game has") from error
    if not 0 <= int(seed) <= 999_999_999:
        raise KitError(f"the class seed is a whole number from 0 to 999999999, not {seed}")
    info = scenario.info
    steps = [
        h("li", "Open Thaw."),
        h("li", "Choose ", h("b", start_button(info.kind)), "."),
        h("li", "Choose ", h("b", info.title), "."),
        h("li", "Type the class seed ", h("b", str(seed)), " in the ", h("b", "Class seed"),
          " box, and your name in the ", h("b", "Your name"), " box."),
        h("li", "Start, and play to the end."),
        h("li", "At the end, press ", h("b", "Hand in"), " and choose the folder: ",
          h("b", hand_in_hint or "the folder your teacher names"), "."),
    ]
    body = h("section",
             h("p", "Thaw ", entity("middot"), " class card", class_="kicker"),
             h("h1", info.title),
             h("p", "Class seed", class_="quiet"),
             h("p", str(seed), class_="seed"),
             h("p", "With the same seed everyone gets the same luck: any difference between "
               "your games comes from your choices.", class_="lede"),
             h("h2", "What to do"),
             h("ol", steps, class_="steps"),
             h("h2", "Where to hand in"),
             h("p", h("b", hand_in_hint or "the folder your teacher names")),
             h("footer", h("p", f"{info.title} ({scenario.id}, version {scenario.content_hash})"
                                f"; made by Thaw {__version__}.")))
    return page(f"Thaw class card: {info.title}, seed {seed}", body, paper=paper, style=STYLE)
