"""A scenario's chapters begin in order, the first with the calendar, all inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.loader import load_scenario
from game.content.problems import ContentError

TINY = Path(__file__).parent.parent / "fixtures" / "good" / "tiny.yaml"


def with_chapters(tmp_path, starts: list[str]):
    block = "  chapters:\n" + "".join(
        f"    - {{id: c{i}, title: Part {i}, start: {s}, minutes: 10, brief: A part.}}\n"
        for i, s in enumerate(starts))
    text = TINY.read_text(encoding="utf-8").replace("  initial:\n", block + "  initial:\n", 1)
    path = tmp_path / "tiny.yaml"
    path.write_text(text, encoding="utf-8")
    return load_scenario(path)


def test_good_chapters_load(tmp_path):
    assert [c.id for c in with_chapters(tmp_path, ["1957-03", "1957-09"]).info.chapters] == \
        ["c0", "c1"]


@pytest.mark.parametrize("starts, message", [
    (["1957-06", "1957-09"], "the first chapter begins where the calendar does"),
    (["1957-03", "1957-09", "1957-06"], "chapters begin in order"),
    (["1957-03", "1959-01"], "a chapter must begin inside the calendar"),
])
def test_bad_chapters_are_named(tmp_path, starts, message):
    with pytest.raises(ContentError) as error:
        with_chapters(tmp_path, starts)
    assert message in str(error.value) and "chapters" in str(error.value)
