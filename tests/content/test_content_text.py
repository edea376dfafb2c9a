"""The bundled scenarios as a reader meets them: they all load cleanly, every event cites its
sources, no text is a placeholder, and no sentence is copied from the documents."""

import re

import pytest

from game.content import catalog
from game.content.loader import load_scenario
from game.content.prose import spellings, texts_of
from tools.textcheck import copied, load_documents

PLACEHOLDER = re.compile(r"\b(TODO|TBD|FIXME|lorem ipsum|XXX|placeholder)\b", re.IGNORECASE)


def bundled():
    return [e for e in catalog.entries(include_user=False)]


@pytest.fixture(scope="module")
def documents():
    return load_documents()


@pytest.mark.parametrize("entry", bundled(), ids=lambda e: e.stem)
def test_bundled_scenario_loads_without_errors_or_warnings(entry):
    scenario = load_scenario(entry.path)
    assert [str(w) for w in scenario.warnings] == []


def texts(scenario):
    """(where, text) for every piece of prose a player or teacher reads: every variant of a
    text that follows the game, read both ways round its inline alternatives."""
    return [(where, spelling) for where, prose in _prose(scenario)
            for text in texts_of(prose) for spelling in spellings(text)]


def _prose(scenario):
    info = scenario.info
    out = [("brief", info.brief)]
    out += [(f"member {m.id}", m.role) for m in info.presidium]
    for p in info.policies:
        out += [(f"policy {p.id}", p.description)]
        out += [(f"policy {p.id}.{o.id}", o.description) for o in p.options]
    out += [("charge", c if isinstance(c, str) else c.text) for c in info.debrief.charges]
    out += [("question", q) for q in info.debrief.questions]
    out += [("disagreement", d.text) for d in info.debrief.disagreements]
    for e in scenario.events:
        out += [(e.id, e.title), (e.id, e.text), (e.id, e.what_happened or "")]
        out += [(f"{e.id}.{o.id}", o.label) for o in e.options]
        if e.disagreement:
            out.append((e.id, e.disagreement.text))
    for r in scenario.rules:
        out += [(r.id, r.title), (r.id, r.explain)]
    for en in scenario.endings:
        out += [(en.id, en.title), (en.id, en.text), (en.id, en.lesson or "")]
        out += [(en.id, q) for q in en.questions]
    out += [(f"act {a.id}", a.text) for a in scenario.acts]
    return out


@pytest.mark.parametrize("entry", bundled(), ids=lambda e: e.stem)
def test_no_placeholder_and_no_copied_sentence(entry, documents):
    scenario = load_scenario(entry.path)
    problems = []
    for where, text in texts(scenario):
        if PLACEHOLDER.search(text):
            problems.append((where, "placeholder", text[:60]))
        problems += [(where, doc, run) for doc, run in copied(text, where, documents)]
    assert problems == []


@pytest.mark.parametrize("entry", bundled(), ids=lambda e: e.stem)
def test_every_event_and_rule_names_its_sources(entry):
    scenario = load_scenario(entry.path)
    assert all(e.sources or e.beyond_documents for e in scenario.events)
    assert all(r.sources or r.beyond_documents for r in scenario.rules)
