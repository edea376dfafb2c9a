"""Citations that hold: every citation in the bundled content names a passage (a locator of 3 to
7 words) that a teacher can find in that document with Ctrl+F, and content no document supports
says so instead of citing one for show.

The check reads the five documents when they are beside the repository (tools/locators.py says
where it looks) and the committed hashes of their runs of words otherwise, so it never skips.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content import catalog
from game.content.lint import walk_models
from game.content.loader import load_reference, load_scenario
from game.content.models import Citation
from tools.locators import (
    FIXTURE,
    build_fixture,
    document_runs,
    find_documents,
    fold,
    found,
    load_fixture,
    runs,
)

ROOT = Path(__file__).resolve().parent.parent.parent
REFERENCE = ROOT / "scenarios" / "_reference.yaml"


def bundled_files():
    """(name, model) for every file of the bundled content, the reference included."""
    out = []
    for entry in catalog.entries(include_user=False):
        for source in load_scenario(entry.path).files:
            out.append((source.name, source.model))
    out.append(("_reference.yaml", load_reference(REFERENCE)))
    return out


def citations():
    """(where, citation) for every citation in the bundled content."""
    out = []
    for name, model in bundled_files():
        for loc, m in walk_models(model):
            if isinstance(m, Citation):
                out.append((f"{name}: {'.'.join(map(str, loc))}", m))
    return out


@pytest.fixture(scope="module")
def documents():
    return document_runs()[0]


def test_every_citation_in_the_bundled_content_names_a_passage():
    bare = [where for where, c in citations() if not c.locator]
    assert bare == []


def test_every_locator_is_found_in_the_document_it_cites(documents):
    missing = [(where, c.source, c.locator) for where, c in citations()
               if c.locator and not found(c.locator, c.source, documents)]
    assert missing == []


def test_every_cited_item_cites_a_passage_or_says_it_goes_beyond_the_documents():
    """Every card, rule, member, ending... of the campaign and the lessons, and every glossary
    entry and person: at least one citation with a locator, or `beyond_documents`."""
    unsupported = []
    for name, model in bundled_files():
        for loc, m in walk_models(model):
            if "sources" in type(m).model_fields and not getattr(m, "beyond_documents", False):
                if not any(c.locator for c in m.sources):
                    unsupported.append(f"{name}: {'.'.join(map(str, loc))}")
    assert unsupported == []


def test_every_decision_has_a_verified_citation_or_goes_beyond_the_documents(documents):
    for entry in catalog.entries(include_user=False):
        for event in load_scenario(entry.path).events:
            if event.kind != "decision":
                continue
            verified = [c for c in event.sources
                        if c.locator and found(c.locator, c.source, documents)]
            assert verified or event.beyond_documents, (entry.stem, event.id)


# --- the check itself can fail ------------------------------------------------------------

MADE_UP = [
    ("country-study", "Khrushchev flew to Belgrade"),  # a true event no document words so
    ("transformed", "the Virgin Lands failed entirely"),
    ("reform-communism", "Molotov became the ambassador to Mongolia"),  # the essay's words
    ("country-study", "vacationing in the Crimea"),  # "in Crimea": one word too many
    ("student-essay", "eight to nine million political prisoners"),  # "8 to 9" in the essay
]


@pytest.mark.parametrize(("source", "locator"), MADE_UP)
def test_a_made_up_locator_is_not_found(documents, source, locator):
    assert not found(locator, source, documents)
    assert not found(locator, source, load_fixture())


def test_found_forgives_case_white_space_typographic_marks_and_edge_punctuation():
    doc = {"doc": runs("Stalin’s fifth Five Year Plan was scrapped. He was “vacationing in\n"
                       "Crimea,” — they said (1959–1965).")}
    assert found("stalin's FIFTH five year plan", "doc", doc)
    assert found('was "vacationing in crimea', "doc", doc)
    assert found("vacationing in Crimea", "doc", doc)  # the comma and quote after it
    assert found("vacationing   in Crimea,", "doc", doc)
    assert found("they said (1959-1965)", "doc", doc)  # the full stop after it
    assert not found("vacationing in Crimea", "other", doc)
    assert not found("Plan was scrapped He", "doc", doc)  # a full stop inside is not forgiven
    assert not found("fifth Five Year", "doc", {"doc": runs("fifth FiveYear plan")})
    assert not found("two words", "doc", doc)
    assert fold("A  “B” – C") == 'a "b" - c'


def test_the_fixture_is_committed():
    assert FIXTURE.is_file() and set(load_fixture()) == {
        "reform-communism", "modernisation", "transformed", "student-essay", "country-study"}


@pytest.mark.skipif(find_documents() is None,
                    reason="the five documents are not beside the repository here")
def test_the_fixture_matches_the_documents():
    """Regenerate with `python -m tools.locator_runs` if the documents change."""
    assert build_fixture(find_documents()) == FIXTURE.read_text(encoding="utf-8")


def test_every_point_of_the_documented_course_names_passages_found_in_its_documents(documents):
    from tools.checkpoints import CHECKPOINTS, COURSE

    for point in (*CHECKPOINTS, *COURSE):
        assert point.sources, point.claim
        for source, locator in point.sources:
            assert found(locator, source, documents), (point.claim, source, locator)
