"""Small wording slips a play-test read: a colon after a question mark ("Who rules after
Stalin?: Let ..."), and a change given as -7.6 on one page and -8 on the next."""

from __future__ import annotations

from game.content import catalog
from game.content.build import build_world
from game.narration.words import cause_label, titled


def test_no_colon_after_a_question():
    assert titled("The Beria question", "Arrest him") == "The Beria question: Arrest him"
    assert titled("Who rules after Stalin?", "Let Malenkov keep the government") == \
        "Who rules after Stalin? Let Malenkov keep the government"
    world = build_world(catalog.find("campaign"))
    questions = [event for event in world.events.values()
                 if event.model.title.endswith("?") and event.options]
    assert questions
    for event in questions:
        option = next(iter(event.options))
        label = cause_label(world, f"{event.model.id}/{option}")
        assert "?:" not in label, label
