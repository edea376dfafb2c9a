"""Chapters and lessons that fit a lesson: the minutes measured from the words shown and the
decisions on Khrushchev's path (game/narration/pace.py, tools/pace.py) stay in range, and the
minutes the scenario files state (shown on the new-game screen and by `thaw list`) are the
measured ones."""

from __future__ import annotations

import pytest

from game.content import catalog
from tools.pace import measure

LESSON = (15, 25)  # minutes a lesson scenario may take
CHAPTER = (30, 45)  # minutes a chapter of a long scenario may take


@pytest.fixture(scope="module")
def measured() -> dict:
    scenarios = catalog.available(include_user=False)[0]
    return {s.id: (s, measure(s)) for s in scenarios}


def test_every_bundled_scenario_is_measured(measured):
    kinds = {s.info.kind for s, _ in measured.values()}
    assert kinds == {"campaign", "lesson"}
    assert sum(s.info.kind == "lesson" for s, _ in measured.values()) >= 4


def test_lessons_fit_a_lesson(measured):
    low, high = LESSON
    for scenario, minutes in measured.values():
        if scenario.info.kind == "lesson" and not scenario.info.chapters:
            assert low <= minutes[None] <= high, (scenario.id, minutes[None])


def test_chapters_fit_a_lesson(measured):
    low, high = CHAPTER
    chaptered = [(s, m) for s, m in measured.values() if s.info.chapters]
    assert chaptered, "the campaign has chapters"
    for scenario, minutes in chaptered:
        for chapter in scenario.info.chapters:
            assert low <= minutes[chapter.id] <= high, (scenario.id, chapter.id,
                                                        minutes[chapter.id])


def test_the_files_state_the_measured_minutes(measured):
    """`python -m tools.pace --write` after any change to the text or the decisions."""
    for scenario, minutes in measured.values():
        assert scenario.info.minutes == minutes[None], scenario.id
        for chapter in scenario.info.chapters:
            assert chapter.minutes == minutes[chapter.id], (scenario.id, chapter.id)


def test_a_longer_text_is_measured_longer():
    """The measure reads the words shown: doubling a card's situation lengthens the game."""
    from game.content.build import build_world
    from game.narration.pace import measured_minutes
    from game.sim.bots import make_bot

    scenario = catalog.find("plot-1964")
    before = measured_minutes(build_world(scenario), lambda s: make_bot("historical", s),
                              range(1, 4))[None]
    event = next(e for e in scenario.events if e.kind == "decision")
    event.text = (event.text + " ") * 6
    after = measured_minutes(build_world(scenario), lambda s: make_bot("historical", s),
                             range(1, 4))[None]
    assert after > before + 1
