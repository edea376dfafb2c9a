"""The teacher's printed kit: a page set for every lesson and chapter, true to the content."""

import html
import re

import pytest
from classroom_helpers import Page

from game.classroom.extracts import EXTRACTS
from game.classroom.kit import KitError, unit, units
from game.classroom.page import CSP
from game.classroom.pages import (
    LESSON,
    class_card,
    documents_page,
    lesson_plan,
    source_questions,
    worksheet,
)
from game.cli import main
from game.content.lint import walk_models
from game.content.models import Citation
from game.content.sources import SOURCES
from tests.content.test_locators import bundled_files

PARTS = ("lesson plan", "tally sheet", "student worksheet", "pre-reading", "content note",
         "answer key", "mark scheme", "the documents")
QUOTED = re.compile(r"the passage \u201c<b>(.*?)</b>\u201d")


@pytest.fixture(scope="module")
def all_units():
    return units()


@pytest.fixture(scope="module")
def content_locators():
    return {(m.source, m.locator) for _, model in bundled_files()
            for _, m in walk_models(model) if isinstance(m, Citation) and m.locator}


def test_there_is_a_unit_for_every_lesson_and_chapter(all_units):
    from game.content import catalog

    good, _ = catalog.available(include_user=False)
    wanted = set()
    for scenario in good:
        if scenario.info.kind == "lesson":
            wanted.add(scenario.id)
        wanted |= {c.id for c in scenario.info.chapters}
    assert {u.id for u in all_units} == wanted and len(wanted) >= 8


def test_every_plan_fills_the_lesson_exactly(all_units):
    for u in all_units:
        plan = lesson_plan(u)
        assert sum(m for m, _, _ in plan) == LESSON, u.id
        assert plan[0][1] == "Set up" and plan[0][0] >= 4
        play = next(m for m, stage, _ in plan if stage == "Play")
        assert 0 < play <= u.minutes
        said = " ".join(text for _, _, text in plan)
        assert f"about {u.minutes} minutes" in said
        if play < u.minutes:
            assert f"about {u.minutes - play} minutes carry over" in said


def test_every_unit_has_a_whole_page_set(all_units, content_locators):
    for u in all_units:
        page = worksheet(u.id, paper="a4")
        parsed = Page(page)
        for part in PARTS:
            assert f"Thaw &middot; {part}" in page, (u.id, part)
        sections = [a for t, a in parsed.tags if t == "section"]
        assert len(sections) == len(PARTS)
        assert all("part" in a.get("class", "").split() for a in sections)
        assert parsed.count("script") == 0 and CSP in html.unescape(page)
        assert "@page { size: A4; }" in page
        for decision in u.decisions:
            assert html.escape(decision.title) in page
        quoted = {html.unescape(q) for q in QUOTED.findall(page)}
        assert quoted, u.id
        known = {loc for _, loc in content_locators}
        assert quoted <= known, quoted - known
        assert len(source_questions(u)) == 2, u.id


def test_letter_and_auto_paper(all_units):
    assert "@page { size: letter; }" in worksheet("cuba-1962", paper="letter")
    assert "@page { size" not in worksheet("cuba-1962")
    with pytest.raises(ValueError):
        worksheet("cuba-1962", paper="a3")


def test_the_content_note_lists_only_what_comes_up(all_units):
    fall = unit("fall")
    assert any("Novocherkassk" in topic for topic, _ in fall.notes)
    speech = unit("secret-speech-1956")
    assert not any("Novocherkassk" in topic or "Nuclear" in topic for topic, _ in speech.notes)
    page = worksheet("secret-speech-1956")
    assert "Novocherkassk (1962)</b>" not in page
    assert ("Religious persecution" in {t for t, _ in unit("peak").notes})


def test_every_disagreement_has_its_answer(all_units):
    for u in all_units:
        page = Page(worksheet(u.id)).text
        for d in u.disagreements:
            assert " ".join(d.text.split()) in page
            for _, locator, _ in d.cites:
                assert locator in page


def test_every_country_study_passage_is_in_the_extracts(content_locators):
    cited = {loc for source, loc in content_locators if source == "country-study"}
    extracted = {loc for _, locators in EXTRACTS for loc in locators}
    assert cited == extracted
    for paragraph, locators in EXTRACTS:
        for loc in locators:
            assert loc.lower().replace("\u2019", "'") in paragraph.lower().replace("\u2019", "'")
    page = documents_page()
    assert page.count("<blockquote>") == len(EXTRACTS)


def test_the_references_are_whole():
    for source in SOURCES.values():
        assert source.author and source.date and source.where and source.rights
        assert source.title in source.reference
    assert [s.id for s in SOURCES.values() if s.public_domain] == ["country-study"]


def test_the_class_card(tmp_path):
    card = class_card("cuba-1962", 1962, "<script>USB stick</script> \"Thaw\" folder")
    page = Page(card)
    assert page.count("script") == 0
    assert "1962" in page.text and "Lesson scenarios" in page.text and "Hand in" in page.text
    assert "New game" not in page.text  # a lesson starts from the lessons list
    assert "<script>USB stick</script> \"Thaw\" folder" in page.text
    assert not re.search(r"thaw (play|class-|--)|--seed|terminal|command", page.text.lower())
    with pytest.raises(KitError):
        class_card("no-such", 1, "")
    with pytest.raises(KitError):
        class_card("cuba-1962", -1, "")


def test_the_commands(tmp_path, capsys):
    out = tmp_path / "kit.html"
    assert main(["worksheet", "speech", "--html", "-o", str(out), "--paper", "letter"]) == 0
    assert "size: letter" in out.read_text(encoding="utf-8")
    assert main(["worksheet", "no-such-lesson", "--html"]) == 2
    assert "neither a lesson nor a chapter" in capsys.readouterr().err
    assert main(["worksheet", "plot-1964"]) == 0
    assert "45-minute" in capsys.readouterr().out
    card = tmp_path / "card.html"
    assert main(["class-card", "plot-1964", "--seed", "64", "--hand-in", "USB", "--html",
                 "-o", str(card)]) == 0
    assert "USB" in card.read_text(encoding="utf-8")
    assert main(["class-card", "plot-1964", "--seed", "64", "--html"]) == 0
    assert "<!DOCTYPE html>" in capsys.readouterr().out
    assert main(["class-card", "nope", "--seed", "1", "--html"]) == 2
    blocked = tmp_path / "file"
    blocked.write_text("x", encoding="utf-8")
    assert main(["worksheet", "fall", "--html", "-o", str(blocked / "x.html")]) == 2


def test_every_page_kind_takes_the_paper_size():
    for paper, size in (("a4", "size: A4"), ("letter", "size: letter")):
        assert size in class_card("plot-1964", 1, "", paper=paper)
        assert size in documents_page(paper=paper)
        assert size in worksheet("succession", paper=paper)
