"""No event before what it describes: the linter proves the earliest turn an event can come up
and refuses a text that names a later year, or an `after:` fact (a date, another event) that may
not yet be past. The tiny fixture runs four seasons from spring 1957; its `missiles` event comes
up from autumn 1957 (trigger: date since 1957-09), `plot` is dated June 1957 and unconditional."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.build import build_world
from game.content.loader import load_scenario
from game.content.problems import ContentError
from game.content.timeline import Timeline, named_years
from game.sim.compiling import Ctx

TINY = Path(__file__).parent.parent / "fixtures" / "good" / "tiny.yaml"
MISSILES = "    text: Someone proposes missiles.\n"
TRIGGER = "    trigger: [{type: flag, flag: started}, {type: date, since: 1957-09}]"


def tiny(tmp_path, old: str, new: str):
    text = TINY.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "tiny.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def problems(path) -> list[str]:
    try:
        load_scenario(path)
    except ContentError as error:
        return [str(p) for p in error.problems if p.severity == "error"]
    return []


def test_named_years_are_those_of_the_period():
    assert named_years("In 1953 and 1957, and the plan for 1959-65; not 1945 or 1980.") == {
        1953, 1957, 1959}


def test_earliest_turns_follow_dates_triggers_and_flags(tmp_path):
    path = tiny(tmp_path, TRIGGER, "    trigger: [{type: happened, event: harvest-news, "
                                   "turns_ago: 1}]")
    scenario = load_scenario(path)
    world = build_world(scenario)
    earliest = Timeline(scenario, Ctx(world.calendar)).earliest
    assert earliest["plot"] == 1  # summer 1957
    assert earliest["harvest-news"] == 2  # autumn
    assert earliest["missiles"] == 3  # a turn after the harvest news: winter


def test_a_year_the_event_may_come_before_is_refused(tmp_path):
    path = tiny(tmp_path, MISSILES, "    text: Since spring 1958, someone proposes missiles.\n")
    [problem] = problems(path)
    assert problem.endswith("events.2.text: names 1958, but the event can come up as early as "
                            "Autumn 1957: give it a date, or a trigger that rules that out "
                            "(`date: since`, or an event in `after:` it must follow); a year still "
                            "to come is better said another way (1958)")


def test_a_year_already_past_is_fine(tmp_path):
    path = tiny(tmp_path, MISSILES, "    text: As in 1957, someone proposes missiles.\n")
    assert problems(path) == []


def test_an_option_label_is_checked_too(tmp_path):
    path = tiny(tmp_path, "        label: Send them.\n", "        label: Send them, as in 1958.\n")
    [problem] = problems(path)
    assert "events.2.options.0.label: names 1958" in problem


@pytest.mark.parametrize(("after", "ok"), [
    ("[plot]", True),  # dated, unconditional, a turn earlier
    ("[harvest-news]", True),  # dated and unconditional in its first turn: dated events come first
    ("[1957-09]", True),
    ("[1957-12]", False),  # it can come up in autumn 1957
])
def test_after_facts_must_be_past(tmp_path, after, ok):
    path = tiny(tmp_path, MISSILES, f"    after: {after}\n{MISSILES}")
    found = problems(path)
    assert (found == []) is ok, found


def test_an_event_that_may_never_have_happened_is_refused_unless_the_trigger_asks_for_it(tmp_path):
    # `missiles` is conditional: `plot` cannot assume it has come up...
    path = tiny(tmp_path, "    text: The old guard is counting votes.\n",
                "    after: [missiles]\n    text: The old guard is counting votes.\n")
    [problem] = problems(path)
    assert "events.0.after.0: the event can come up without `missiles` having come up first" \
           in problem
    # ...and a conditional event that asks for another in its trigger may.
    path = tiny(tmp_path, TRIGGER,
                "    after: [harvest-news]\n    trigger: [{type: happened, event: harvest-news}]")
    assert problems(path) == []


def test_an_unknown_event_in_after_is_named(tmp_path):
    path = tiny(tmp_path, MISSILES, f"    after: [plott]\n{MISSILES}")
    [problem] = problems(path)
    assert "events.2.after.0: unknown event, did you mean 'plot'? (plott)" in problem
