"""What a teacher's printed kit is made of, read from the content: one `Unit` for each lesson
scenario and each chapter of the campaign, with its decisions, the passages they cite, where the
documents disagree, the essay questions, and what a content note must warn of.

    unit("cuba-1962"), unit("speech")       # a lesson by its id, a chapter by its id
    units()                                  # every lesson and chapter, in teaching order

Nothing here is written by hand for a lesson: change the scenario and the kit changes with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.content import catalog
from game.content.build import build_world
from game.content.prose import neutral
from game.sim.chapters import chapter_turns
from game.sim.world import World

# (document id, locator, note)
Cite = tuple[str, str, str | None]


class KitError(ValueError):
    """A lesson or chapter that does not exist."""


@dataclass
class Decision:
    turn: int
    when: str
    title: str
    options: list[str]
    historical: str | None  # the label of Khrushchev's option (for the teacher only)
    cites: list[Cite]
    conditional: bool = False


@dataclass
class Disputed:
    text: str
    cites: list[Cite]
    where: str  # what it belongs to: a card's title, a rule's, or "the debrief"


@dataclass
class Unit:
    id: str
    kind: str  # "lesson" or "chapter"
    title: str
    scenario: str
    scenario_title: str
    content_hash: str
    brief: str
    minutes: int  # measured minutes of play (tools/pace.py)
    first: str  # the first turn's label
    last: str  # the last turn's label
    turns: int
    decisions: list[Decision]
    sometimes: list[Decision]  # decisions that come up only when the state calls for them
    endings: list[tuple[str, str]]  # (title, outcome)
    questions: list[str]  # the essay questions (the debrief's)
    discussion: list[str]  # the endings' own questions
    disagreements: list[Disputed]
    verdicts: list[tuple[str, str, Cite]]
    notes: list[tuple[str, str]] = field(default_factory=list)  # (topic, where it comes up)

    @property
    def cites(self) -> list[Cite]:
        """Every passage the unit's decisions cite, each once, in order."""
        seen: dict[tuple[str, str], Cite] = {}
        for d in self.decisions + self.sometimes:
            for c in d.cites:
                seen.setdefault((c[0], c[1]), c)
        return list(seen.values())


# The content note's topics and the words that show one comes up. Matched in the texts of the
# unit's cards (their situation, options and what happened) and its endings.
TOPICS = (
    ("Executions", re.compile(
        r"\bexecut|\bfiring squad|\b(?:were|was|be|been|being|are|is|and|people|they|communists)"
        r" shot\b(?! down)|\bshot in 19\d\d|\bsentenc\w*[^.]{0,40}\bto death", re.I)),
    ("The shooting of strikers at Novocherkassk (1962)", re.compile(r"Novocherkassk", re.I)),
    ("Nuclear war", re.compile(r"\bnuclear war\b|\batomic war\b", re.I)),
    ("Suicide", re.compile(r"\b(?:shot|killed|hanged) (?:him|her)self\b|\bsuicide", re.I)),
    ("Religious persecution", re.compile(r"\bchurch(es)?\b|\breligio|\bbelievers\b", re.I)),
)


def _cites(item: object) -> list[Cite]:
    out = []
    for c in getattr(item, "sources", None) or []:
        if getattr(c, "locator", None):
            out.append((c.source, c.locator, c.note))
    return out


def _texts(prose) -> list[str]:
    """Every wording of a piece of prose (all its variants)."""
    if prose is None:
        return []
    if isinstance(prose, str):
        return [prose]
    return [v.text for v in prose]


def _decision(world: World, event, turn: int, conditional: bool) -> Decision:
    model = event.model
    options = [neutral(o.label) for o in model.options]
    historical = next((neutral(o.label) for o in model.options if o.historical), None)
    when = world.calendar.label(turn) if not conditional else "when the state calls for it"
    return Decision(turn, when, model.title, options, historical, _cites(model), conditional)


def _event_texts(model) -> list[str]:
    out = _texts(model.text) + [model.what_happened or "", model.title]
    for option in model.options:
        out += _texts(option.label)
    return out


def _notes(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    notes = []
    for topic, pattern in TOPICS:
        where = list(dict.fromkeys(w for w, t in texts if pattern.search(t)))
        if where:
            notes.append((topic, ", ".join(where[:4]) + (" and more" if len(where) > 4 else "")))
    return notes


def _disputes(world: World, events: list, turns: range | None,
              decisions: list[Decision]) -> list[Disputed]:
    out = []
    for event in events:
        if event.model.disagreement:
            d = event.model.disagreement
            out.append(Disputed(d.text, _cites(d), f"the card \u201c{event.model.title}\u201d"))
    for rule in world.rules:
        if rule.model.disagreement:
            d = rule.model.disagreement
            out.append(Disputed(d.text, _cites(d), f"the rule \u201c{rule.model.title}\u201d"))
    cited = {(c[0], c[1]) for d in decisions for c in d.cites}
    for d in world.scenario.info.debrief.disagreements:
        # In a chapter, a debrief disagreement belongs where a card cites one of its passages;
        # one no card cites belongs to every chapter.
        mine = {(c[0], c[1]) for c in _cites(d)}
        if turns is None or mine & cited or not _cited_anywhere(world, mine):
            out.append(Disputed(d.text, _cites(d), "the debrief"))
    return out


def _cited_anywhere(world: World, passages: set[tuple[str, str]]) -> bool:
    return any(passages & {(c[0], c[1]) for c in _cites(e.model)} for e in world.events.values())


def _unit(world: World, kind: str, uid: str, title: str, brief: str, minutes: int,
          turns: range) -> Unit:
    scenario = world.scenario
    dated, seen = [], set()
    for turn in turns:
        for event in world.dated.get(turn, []):
            if event.model.kind == "decision" and event.model.id not in seen:
                seen.add(event.model.id)
                dated.append((turn, event))
    whole = turns.start == 0 and turns.stop == world.last_turn + 1
    conditional = [e for e in world.conditional if e.model.kind == "decision"]
    decisions = [_decision(world, e, t, False) for t, e in dated]
    sometimes = [_decision(world, e, turns.start, True) for e in conditional]
    texts = [(e.model.title, t) for _, e in dated for t in _event_texts(e.model)]
    news = [e for t in turns for e in world.dated.get(t, []) if e.model.kind == "news"]
    texts += [(e.model.title, t) for e in news for t in _event_texts(e.model)]
    endings = list(world.endings.values())
    texts += [(f"the ending \u201c{e.title}\u201d", t) for e in endings
              for t in _texts(e.text) + [e.title] if e.outcome == "war" or whole]
    debrief = scenario.info.debrief
    questions = list(debrief.questions)
    discussion = list(dict.fromkeys(q for e in endings for q in e.questions
                                    if q not in questions)) if whole else []
    verdicts = [(v.historian, v.gist, _cites(v)[0] if _cites(v) else (v.source.source, "", None))
                for v in debrief.verdicts]
    return Unit(
        id=uid, kind=kind, title=title, scenario=world.id, scenario_title=scenario.info.title,
        content_hash=scenario.content_hash, brief=brief, minutes=minutes,
        first=world.calendar.label(turns.start), last=world.calendar.label(turns.stop - 1),
        turns=len(turns), decisions=decisions, sometimes=sometimes if whole else [],
        endings=[(e.title, e.outcome) for e in endings], questions=questions,
        discussion=discussion,
        disagreements=_disputes(world, [e for _, e in dated], None if whole else turns,
                                decisions),
        verdicts=verdicts, notes=_notes(texts))


def _units_of(world: World) -> list[Unit]:
    info = world.scenario.info
    if info.kind == "lesson":
        return [_unit(world, "lesson", world.id, info.title, neutral(info.brief),
                      info.minutes or 0, range(0, world.last_turn + 1))]
    out = []
    for index, chapter in enumerate(info.chapters):
        out.append(_unit(world, "chapter", chapter.id, chapter.title, neutral(chapter.brief),
                         chapter.minutes or 0, chapter_turns(world, index)))
    return out


def worlds() -> list[World]:
    """The bundled scenarios' worlds: the campaign, then the lessons in their order."""
    good, _ = catalog.available(include_user=False)
    return [build_world(s) for s in sorted(good, key=lambda s: (s.info.kind != "campaign",
                                                                s.info.order))]


def units() -> list[Unit]:
    """Every lesson and every chapter of the bundled content, in teaching order."""
    out: list[Unit] = []
    for world in worlds():
        out += _units_of(world)
    return out


def unit_ids() -> list[str]:
    return [u.id for u in units()]


def unit(ref: str) -> Unit:
    """A lesson by its scenario id, or a chapter of the campaign by its id."""
    for world in worlds():
        for found in _units_of(world):
            if found.id == ref:
                return found
    raise KitError(f"{ref!r} is neither a lesson nor a chapter; choose one of: "
                   + ", ".join(unit_ids()))
