"""docs/authoring.md must stay true: its example loads and plays as it says, and it describes
every kind of condition and effect the format has."""

import re
import typing
from collections import Counter

from classroom_helpers import ROOT

from game.content import conditions, effects
from game.content.build import build_world
from game.content.loader import load_scenario
from game.sim.bots import make_bot, play
from game.sim.engine import Game

DOC = ROOT / "docs" / "authoring.md"


def _example(tmp_path, text: str | None = None):
    doc = DOC.read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# yaml-language-server.*?)```", doc, re.S).group(1)
    if text is not None:
        block = text(block)
    path = tmp_path / "june-1957.yaml"
    path.write_text(block, encoding="utf-8")
    return load_scenario(path)


def _endings(world, policy: str) -> Counter:
    return Counter(play(Game(world, seed), make_bot(policy, seed)).ending
                   for seed in range(1, 201))


def test_the_example_loads_with_only_length_warnings(tmp_path):
    scenario = _example(tmp_path)
    assert scenario.id == "june-1957"
    assert all("words" in w.message for w in scenario.warnings)


def test_the_example_plays_as_the_guide_says(tmp_path):
    world = build_world(_example(tmp_path))
    doc = DOC.read_text(encoding="utf-8")
    said = "the guide's numbers for the example no longer hold: rerun and update docs/authoring.md"
    historical = _endings(world, "historical")
    assert f"survived {historical['survived']} times and fell {historical['ousted']}" in doc, said
    assert _endings(world, "listed:1") == Counter({"ousted": 200}), said
    assert f"random play survived {_endings(world, 'random')['survived']} times" in doc, said
    def earlier_draft(text: str) -> str:
        return text.replace("central_committee: 52", "central_committee: 58").replace(
            "faction: old-guard, by: 6}", "faction: old-guard, by: 12}")

    draft = build_world(_example(tmp_path, earlier_draft))
    for policy in ("historical", "listed:1", "random"):
        assert _endings(draft, policy) == Counter({"survived": 200}), said


def test_every_kind_is_described():
    doc = DOC.read_text(encoding="utf-8")
    effect_kinds = typing.get_args(typing.get_args(effects.Effect)[0])
    for kind in (*conditions.CONDITION_KINDS, *effect_kinds):
        name = typing.get_args(kind.model_fields["type"].annotation)[0]
        rows = [line for line in doc.splitlines() if line.startswith("| `") and
                re.search(rf"`{name}`", line.split("|")[1])]
        assert rows, f"docs/authoring.md does not describe the {name!r} kind"
        for field in kind.model_fields:
            if field != "type":
                assert any(f"`{field}`" in row for row in rows), \
                    f"docs/authoring.md does not name {name}'s field {field!r}"


def test_the_strategy_example_fits_the_campaign(tmp_path):
    from game.content import catalog
    from game.content.strategy import load_strategy, strategy_bot

    doc = DOC.read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(name: reformer.*?)```", doc, re.S).group(1)
    path = tmp_path / "reformer.yaml"
    path.write_text(block, encoding="utf-8")
    world = build_world(catalog.find("campaign"))
    bot = strategy_bot(load_strategy(path), world, 1)  # raises if an id is not in the campaign
    assert play(Game(world, 1), bot).ending is not None


def test_the_teachers_guide_has_a_plan_for_every_bundled_scenario():
    from game.content import catalog

    guide = (ROOT / "docs" / "teachers.md").read_text(encoding="utf-8")
    assert len(guide.split()) >= 1500
    good, _ = catalog.available(include_user=False)
    for scenario in good:
        if scenario.info.kind == "lesson":
            assert f"(`{scenario.id}`)" in guide, f"docs/teachers.md has no plan for {scenario.id}"
        else:
            assert "Lesson plan: the campaign" in guide
