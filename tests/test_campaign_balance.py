"""The campaign's balance and its calibration against the documents, on fixed seeds (the same
ones `make balance` uses for docs/balance.md)."""

from pathlib import Path

import pytest

from game.content import catalog
from game.content.build import build_world
from game.content.strategy import load_strategy, strategy_bot
from game.sim.bots import make_bot
from game.sim.stats import METERS
from game.sim.survey import survey
from tests.sim.test_invariants import check_invariants
from tools.checkpoints import CHECKPOINTS, COURSE

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def world():
    return build_world(catalog.find("campaign"))


@pytest.fixture(scope="module")
def historical(world):
    return survey(world, lambda s: make_bot("historical", s), range(1, 501))


@pytest.fixture(scope="module")
def random_play(world):
    return survey(world, lambda s: make_bot("random", s), range(1, 2001))


def survived(result) -> float:
    return result.outcome_share("survived")


def test_historical_path_ends_in_the_october_1964_ouster(historical):
    assert historical.endings["ousted-1964"] / historical.runs >= 0.60


def test_historical_path_rarely_falls_in_1957(historical):
    endings = historical.world.endings
    fell = sum(n for (ending, date), n in historical.ended.items()
               if date.startswith("1957") and endings[ending].outcome != "survived")
    assert fell / historical.runs <= 0.10


def test_random_play_survives_sometimes(random_play):
    assert 0.10 <= survived(random_play) <= 0.35


def test_always_first_survives_at_most_40_percent(world):
    assert survived(survey(world, lambda s: make_bot("first", s), range(1, 2001))) <= 0.40


@pytest.mark.parametrize("spec", ["nth:1", "nth:2", "nth:3"] + [f"greedy:{m}" for m in METERS])
def test_no_fixed_pattern_or_greedy_bot_survives_more_than_half(world, spec):
    runs = 500 if spec.startswith("nth") else 300
    assert survived(survey(world, lambda s: make_bot(spec, s), range(1, runs + 1))) <= 0.50


def written(world, name: str, runs: int = 500):
    strategy = load_strategy(ROOT / "docs" / "strategies" / f"{name}.yaml")
    return survey(world, lambda s: strategy_bot(strategy, world, s), range(1, runs + 1))


@pytest.mark.parametrize("name", ["reformer", "strongman", "balancer"])
def test_three_ways_of_different_character_each_survive_a_fair_share(world, name):
    assert 0.25 <= survived(written(world, name)) <= 0.70


def test_the_reformer_mostly_ends_as_a_reformer(world):
    result = written(world, "reformer")
    assert result.endings["survived-reformer"] >= 0.9 * result.runs * survived(result)


def test_the_cold_line_that_ignores_the_people_survives_at_most_half(world):
    assert survived(written(world, "cold-line")) <= 0.50


def test_the_bold_reformer_has_a_narrow_road(world):
    assert survived(written(world, "bold-reformer")) >= 0.10


def test_every_ending_is_reached_by_some_bot(world, historical, random_play):
    strategy = load_strategy(ROOT / "docs" / "strategies" / "reformer.yaml")
    reached = set(historical.endings) | set(random_play.endings)
    reached |= set(survey(world, lambda s: strategy_bot(strategy, world, s), range(1, 101)).endings)
    assert reached == set(world.endings)


@pytest.mark.parametrize("checkpoint", CHECKPOINTS, ids=lambda c: c.claim)
def test_calibration_checkpoint(historical, checkpoint):
    """Each checkpoint names the documents and passages it comes from (checkpoint.sources)."""
    assert checkpoint.sources
    then, now = checkpoint.values(historical)
    assert checkpoint.holds(historical), (checkpoint.describe(), then, now)


@pytest.mark.parametrize("point", COURSE, ids=lambda c: c.claim)
def test_the_documented_course(historical, point):
    """Khrushchev's path over 500 seeds: the June 1957 vote, Zhukov and Bulganin gone, the grain
    of 1963, the plotters of 1964... each names its documents and passages (point.sources)."""
    assert point.sources
    assert point.holds(historical), (point.claim, point.share(historical), point.at_least)


def test_random_games_keep_the_invariants_every_turn(world):
    from game.sim.bots import RandomBot, play
    from game.sim.engine import Game

    for seed in range(200):
        play(Game(world, seed), RandomBot(seed), check=check_invariants)


def test_every_event_comes_up_and_every_option_is_taken_in_random_play(world, random_play):
    assert set(world.events) - set(random_play.fired) == set()
    options = {(e.id, o) for e in world.events.values() for o in e.options}
    assert options - set(random_play.chosen) == set()
