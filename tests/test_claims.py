"""The claims check over the bundled scenarios: thousands of games, random and written strategies
and Khrushchev's own path, and no text shown may assert a fact that game contradicts, nor show a
situation the player has already read in that game. (How the check works, and that it catches a
planted contradiction: tests/narration; the play-test's own cases: tests/narration/
test_the_world_remembers.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content import catalog
from game.content.build import build_world
from game.content.claims import Claims
from game.content.strategy import load_strategy, strategy_bot
from game.narration.audit import audit_game
from game.sim.bots import make_bot

STRATEGIES = sorted((Path(__file__).parent.parent / "docs" / "strategies").glob("*.yaml"))
# (bot, games) for the campaign; each lesson gets a fifth of that.
CAMPAIGN_BOTS = (("random", 700), ("historical", 150), ("first", 150), ("nth:1", 100),
                 ("greedy:central_committee", 60), ("greedy:living_standards", 60),
                 ("greedy:prestige", 60), ("greedy:military", 60))
STRATEGY_GAMES = 80


def bundled():
    return catalog.available(include_user=False)[0]


@pytest.fixture(scope="module", params=bundled(), ids=lambda s: s.id)
def audited(request):
    """(findings, games) over every bot and strategy, each game played once for both checks."""
    scenario = request.param
    world = build_world(scenario)
    claims = Claims(world)
    share = 1 if scenario.info.kind == "campaign" else 5
    plans = [(spec, runs // share, lambda seed, spec=spec: make_bot(spec, seed))
             for spec, runs in CAMPAIGN_BOTS]
    if scenario.info.kind == "campaign":
        for path in STRATEGIES:
            strategy = load_strategy(path)
            plans.append((strategy.name, STRATEGY_GAMES,
                          lambda seed, s=strategy: strategy_bot(s, world, seed)))
    games, found = 0, []
    for _, runs, make in plans:
        for seed in range(1, runs + 1):
            found += audit_game(world, make(seed), seed, claims)
            games += 1
    assert games >= (1400 if share == 1 else 250)  # over 2,000 in all
    return found, games


def test_no_text_shown_contradicts_its_game(audited):
    found, games = audited
    bad = [str(f) for f in found if f.kind == "contradiction"]
    assert bad[:20] == [], f"{len(bad)} contradictions in {games} games"


def test_no_situation_is_read_twice_in_one_game(audited):
    found, games = audited
    again = [str(f) for f in found if f.kind == "repeated"]
    assert again[:20] == [], f"{len(again)} repeated situations in {games} games"
