"""A guide that stays true: every figure docs/teachers.md quotes is measured again on the current
content (tools/guide.py plays the games), and the test fails when a sentence no longer says what
the content gives. `python -m tools.guide` prints each sentence as it must read."""

from pathlib import Path

import pytest

from game.content.sources import SOURCES
from tools import guide

ROOT = Path(__file__).resolve().parent.parent.parent
GUIDE = ROOT / "docs" / "teachers.md"


@pytest.fixture(scope="module")
def text():
    return guide.normal(GUIDE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("scenario,template", guide.CLAIMS,
                         ids=[f"{s}-{i}" for i, (s, _) in enumerate(guide.CLAIMS)])
def test_every_figure_in_the_guide_matches_the_content(text, scenario, template):
    sentence = guide.render(scenario, template)
    assert guide.normal(sentence) in text, (
        f"docs/teachers.md should read: {sentence!r} (python -m tools.guide prints every "
        "sentence as it must read now)")


def test_a_changed_figure_fails(text):
    """The check can fail: the same sentence with one number off is not in the guide."""
    scenario, template = next(c for c in guide.CLAIMS if "{turns}" in c[1])
    wrong = template.replace("{turns}", str(guide.counts(scenario)["turns"] + 1))
    assert guide.normal(guide.render(scenario, wrong)) not in text


def test_the_writer_puts_a_stale_figure_right(tmp_path):
    """`python -m tools.guide --write` finds a sentence whose figure went stale and rewrites it
    where it stands, so a content change is followed by one command, not by hand."""
    scenario, template = next(c for c in guide.CLAIMS if "{turns}" in c[1])
    now = guide.render(scenario, template)
    stale = guide.render(scenario, template.replace(
        "{turns}", str(guide.counts(scenario)["turns"] + 1)))
    text = GUIDE.read_text(encoding="utf-8")
    start = guide.normal(text).index(guide.normal(now))
    assert start >= 0
    copy = tmp_path / "teachers.md"
    copy.write_text(guide.pattern(template).sub(lambda m: stale, text, count=1),
                    encoding="utf-8")
    assert guide.normal(now) not in guide.normal(copy.read_text(encoding="utf-8"))
    assert guide.write(str(copy)) == []
    assert guide.normal(now) in guide.normal(copy.read_text(encoding="utf-8"))


def test_the_guide_gives_every_documents_full_reference(text):
    for source in SOURCES.values():
        assert guide.normal(source.title) in text
    for words in ("ukessays.com", "8 february 2020", "library of congress", "17 u.s.c.",
                  "not subject to copyright in the united states"):
        assert words in text


def test_the_guide_says_the_historical_option_is_shown_after_the_choice(text):
    assert "marked on every card" not in text
    assert "after each choice the game shows which option khrushchev took" in text


def test_the_guide_points_to_the_printed_kit(text):
    assert "thaw worksheet" in text and "thaw class-card" in text
    assert "45-minute lesson" in text and "50-minute" not in text


def test_the_curriculum_map_covers_every_lesson_and_chapter():
    from game.classroom.kit import unit_ids

    mapping = (ROOT / "docs" / "curriculum.md").read_text(encoding="utf-8")
    for uid in unit_ids():
        assert f"`{uid}`" in mapping, uid
    assert "unverified: check against the current specification" in mapping


def test_writing_the_guide_puts_each_hash_in_its_own_place(tmp_path):
    """With two hashes stale at once, `python -m tools.guide --write` put the anti-party
    lesson's hash where the campaign's goes (its short template matched inside the campaign's
    sentence): each sentence is now looked for outside those already placed."""
    import re

    text = GUIDE.read_text(encoding="utf-8")
    hashes = re.compile(r"(the campaign `)[0-9a-f]{16}(`, the lessons `[0-9a-f]{16}`, `)"
                        r"[0-9a-f]{16}")
    stale = hashes.sub(r"\g<1>0000000000000000\g<2>1111111111111111", text, count=1)
    assert stale != text
    copy = tmp_path / "teachers.md"
    copy.write_text(stale, encoding="utf-8")
    assert guide.write(str(copy)) == []
    assert copy.read_text(encoding="utf-8") == text
