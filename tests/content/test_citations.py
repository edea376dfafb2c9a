"""Citations in the format: a bare source id or {source, locator, note}; content no document
supports is marked `beyond_documents` and shown so wherever sources are shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from game.cli import main
from game.content.loader import load_scenario
from game.content.models import Disagreement, Event, Verdict
from game.content.sources import BEYOND, citation_rows, source_ids, title_of

FIXTURES = Path(__file__).parent.parent / "fixtures"

DECISION = {
    "id": "plot", "title": "The plot", "text": "The old guard counts votes.",
    "options": [{"id": "a", "label": "Fight"}, {"id": "b", "label": "Yield"}],
}


def event(**fields) -> Event:
    return Event.model_validate(DECISION | fields)


def test_a_bare_id_and_a_mapping_are_both_citations():
    e = event(sources=["country-study",
                       {"source": "transformed", "locator": "forced to resign by senior",
                        "note": "the charges of 1964"}])
    assert [(c.source, c.locator, c.note) for c in e.sources] == [
        ("country-study", None, None),
        ("transformed", "forced to resign by senior", "the charges of 1964")]
    assert source_ids(e) == ["country-study", "transformed"]
    assert citation_rows(e) == [
        ("Russia - The Khrushchev Era", None, None),
        ("Khrushchev's leadership transformed the USSR", "forced to resign by senior",
         "the charges of 1964")]


@pytest.mark.parametrize("locator", ["two words", "one two three four five six seven eight"])
def test_a_locator_is_three_to_seven_words(locator):
    with pytest.raises(ValidationError, match="a locator is 3 to 7 words"):
        event(sources=[{"source": "country-study", "locator": locator}])


def test_an_item_cites_a_document_or_says_it_goes_beyond_them():
    with pytest.raises(ValidationError, match="cite at least one document"):
        event(sources=[])
    with pytest.raises(ValidationError, match="cite at least one document"):
        event()
    beyond = event(beyond_documents=True)
    assert source_ids(beyond) == [BEYOND]
    assert citation_rows(beyond) == [("beyond the documents", None, None)]
    both = event(sources=["country-study"], beyond_documents=True)
    assert source_ids(both) == ["country-study", BEYOND]


def test_a_disagreement_names_two_documents_or_one_beyond_them():
    with pytest.raises(ValidationError, match="at least 2 document"):
        Disagreement(text="It was Pitsunda.", sources=["country-study"])
    note = Disagreement(text="It was Pitsunda.", sources=["country-study"], beyond_documents=True)
    assert source_ids(note) == ["country-study", BEYOND]


def test_a_verdict_cites_one_document_either_way():
    for source in ("reform-communism", {"source": "reform-communism", "locator": "hope and "
                                                                                 "despair"}):
        verdict = Verdict(historian="McCauley", gist="Hope, then despair.", source=source)
        assert source_ids(verdict) == ["reform-communism"]  # one `source`, not `sources`


def test_the_marker_reads_beyond_the_documents_on_screen_and_in_reports():
    from game.classroom.report import _sources_html
    from game.ui.screens.common import source_names

    assert title_of(BEYOND) == "beyond the documents"
    assert source_names(["country-study", BEYOND]) == ("Russia - The Khrushchev Era; "
                                                       "beyond the documents")
    assert _sources_html(["country-study", BEYOND]) == ("<i>Russia - The Khrushchev Era</i>; "
                                                        "beyond the documents")


def test_thaw_events_lists_citations_and_beyond(tmp_path, capsys):
    text = (FIXTURES / "good" / "tiny.yaml").read_text(encoding="utf-8")
    # The first event: cite a passage, and mark the second one beyond the documents.
    text = text.replace(
        "    text: The old guard is counting votes.\n    sources: [country-study]\n",
        "    text: The old guard is counting votes.\n"
        "    sources: [{source: country-study, locator: united to vote him out}]\n", 1)
    path = tmp_path / "tiny.yaml"
    path.write_text(text, encoding="utf-8")
    scenario = load_scenario(path)
    second = scenario.events[1]
    assert main(["events", "--scenario", str(path), "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert events[0]["citations"] == [{"source": "country-study",
                                       "locator": "united to vote him out"}]
    assert "beyond_documents" not in events[0]
    assert events[1]["citations"] == [{"source": c.source, "locator": None}
                                      for c in second.sources]


def test_a_mistyped_source_in_a_mapping_names_its_path(tmp_path):
    from game.content.problems import ContentError

    text = (FIXTURES / "good" / "tiny.yaml").read_text(encoding="utf-8")
    old = "    text: The old guard is counting votes.\n    sources: [country-study]\n"
    text = text.replace(old, "    text: The old guard is counting votes.\n"
                        "    sources: [{source: country-studdy, locator: a b c}]\n", 1)
    path = tmp_path / "tiny.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_scenario(path)
    assert "events.0.sources.0.source: must be one of" in str(caught.value.problems[0])
    assert "did you mean 'country-study'?" in str(caught.value.problems[0])
