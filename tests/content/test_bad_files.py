"""Every deliberately broken fixture is refused with exactly the message a scenario author needs:
the file, the line, the dotted path, the problem, and the offending value."""

import subprocess
import sys
from pathlib import Path

import pytest

from game.content.loader import load_scenario
from game.content.problems import ContentError

BAD = Path(__file__).parent.parent / "fixtures" / "bad"

EXPECTED = {
    "effect-type-typo.yaml": "effect-type-typo.yaml:34: scenario.policies.0.options.0.per_turn.0: "
    "unknown type 'chnage', did you mean 'change'? (known: change, loyalty, set_flag, clear_flag, "
    "remove_member, seat_member, set_policy, chance, draw, if, end, news, removal_vote, "
    "expel_plotters)",
    "stat-typo.yaml": "stat-typo.yaml:98: events.2.options.0.effects.0.stat: must be one of "
    "presidium, central_committee, military, security, industry, agriculture, living_standards, "
    "prestige, bloc_unity, nuclear_tension, openness, soil, reversals, did you mean "
    "'nuclear_tension'? (nuclear_tensoin)",
    "unknown-member.yaml": "unknown-member.yaml:77: events.0.options.3.effects.0.member: unknown "
    "member, did you mean 'molotov'? (molotv)",
    "flag-never-set.yaml": "flag-never-set.yaml:91: events.2.trigger.0.flag: no effect ever sets "
    "this flag, so this can never hold, did you mean 'started'? (strated)",
    "missing-title.yaml": "missing-title.yaml:89: events.2.title: missing",
    "unknown-field.yaml": "unknown-field.yaml:97: events.2.options.0.efects: unknown field "
    "'efects', did you mean 'effects'?",
    "duplicate-event-id.yaml": "duplicate-event-id.yaml:89: events.2.id: this id is used twice "
    "(plot)",
    "one-option.yaml": "one-option.yaml:89: events.2: a decision has 2 to 4 options, this one "
    "has 1",
    "all-options-require.yaml": "all-options-require.yaml:94: events.2.options: every option has "
    "`requires`; the decision could come up with nothing selectable (missiles)",
    "no-trigger.yaml": "no-trigger.yaml:89: events.2.trigger: an undated event needs a `trigger` "
    "(or a `date`), else it never comes up (missiles)",
    "date-outside.yaml": "date-outside.yaml:81: events.1.date: this date is outside the "
    "scenario's calendar (1957-03 to 1958-02), so it never comes (1962-09)",
    "chance-in-requires.yaml": "chance-in-requires.yaml:75: events.0.options.3.requires.0: a "
    "`chance` condition is allowed only in event triggers and rule conditions (use a `chance` "
    "effect)",
    "unknown-source.yaml": "unknown-source.yaml:83: events.1.sources.0: must be one of "
    "reform-communism, modernisation, transformed, student-essay, country-study, did you mean "
    "'modernisation'? (modernisaton)",
    "format-too-new.yaml": "format-too-new.yaml:1: format: this file is format 7; this version of "
    "the game reads format 1 at most (update the game) (7)",
    "unknown-ending.yaml": "unknown-ending.yaml:45: scenario.removal_vote.fallen_ending: unknown "
    "ending, did you mean 'ousted'? (outsed)",
    "unreachable-ending.yaml": "unreachable-ending.yaml:122: endings.2.id: this ending can never "
    "be reached: no effect ends the game with it, and it has no `trigger` and is not `final` "
    "(vanished)",
    "python-tag.yaml": "python-tag.yaml:82: the tag !!python/object/apply:os.system is not "
    "allowed here",
    "alias-bomb.yaml": "alias-bomb.yaml:7: aliases add more than 100,000 values (an alias bomb?)",
    "deep-nesting.yaml": "deep-nesting.yaml:2: nested more than 64 levels deep",
    "huge-number.yaml": "huge-number.yaml:3: the number 99999999999999999999... is too long",
    "binary-junk.yaml": "binary-junk.yaml: the file is binary, not YAML text",
    "not-yaml.yaml": "not-yaml.yaml:3: not valid YAML: did not find expected node content",
    "not-a-mapping.yaml": "not-a-mapping.yaml:1: the file must be a mapping of `format:`, "
    "`scenario:`, `events:`... (or `reference: true` for a glossary)",
}


def _messages(name: str) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_scenario(BAD / name)
    return [str(p) for p in caught.value.problems if p.severity == "error"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_file_gets_its_exact_message(name):
    messages = _messages(name)
    assert any(m.endswith(EXPECTED[name]) for m in messages), messages
    assert all(name in m for m in messages)


def test_every_bad_fixture_has_an_expected_message():
    assert {p.name for p in BAD.glob("*.yaml")} == set(EXPECTED)


def test_all_problems_are_reported_at_once(tmp_path):
    text = (BAD.parent / "good" / "tiny.yaml").read_text(encoding="utf-8")
    text = text.replace("stat: nuclear_tension, by: 80", "stat: nuclear_tensoin, by: 80")
    text = text.replace("    title: Missiles\n", "")
    text = text.replace("sources: [modernisation]", "sources: [modernisaton]")
    path = tmp_path / "three.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_scenario(path)
    paths = {p.path for p in caught.value.problems}
    assert {"events.2.options.0.effects.0.stat", "events.2.title", "events.1.sources.0"} <= paths


@pytest.mark.parametrize("name", ["stat-typo.yaml", "python-tag.yaml", "binary-junk.yaml",
                                  "alias-bomb.yaml"])
def test_thaw_validate_exits_2_naming_the_file(name):
    result = subprocess.run([sys.executable, "-m", "game", "validate", str(BAD / name)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert name in result.stderr
    assert "Traceback" not in result.stderr


def test_a_user_scenario_that_is_broken_is_listed_not_fatal(thaw_home):
    from game.content import catalog

    folder = thaw_home / "scenarios"
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_bytes((BAD / "stat-typo.yaml").read_bytes())
    good, broken = catalog.available()
    assert [e.stem for e in broken if not e.bundled] == ["mine"]
    assert "nuclear_tensoin" in str(broken[-1].problems[0])
