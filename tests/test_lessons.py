"""The four lessons (scenarios/<id>.yaml): each a complete, self-contained scenario that plays to a
proper ending, reaches every ending it has, follows history when played as Khrushchev played,
and does not always end the same way when played at random.

Bots play a few hundred seeds per lesson; a game of a lesson takes well under a millisecond, so
the whole file runs in a few seconds. The copy check is the project's (tools/textcheck.py), run
here over every string in a lesson, nested ones included.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pytest
from pydantic import BaseModel

from game.content import catalog
from game.content import conditions as c
from game.content.build import build_world
from game.content.loader import load_scenario
from game.content.prose import spellings, texts_of
from game.sim.bots import Bot, ScriptBot, make_bot, play
from game.sim.calendar import parse_date
from game.sim.engine import Game
from game.sim.world import World
from game.textplay import TextUI
from tests.sim.test_invariants import check_invariants
from tools.textcheck import copied, load_documents

ROOT = Path(__file__).parent.parent

SEEDS = range(300)

# Each lesson: its calendar step, the ending Khrushchev's own choices lead to, and a way of
# playing (choices by decision, the rest as Khrushchev chose) that reaches each other ending.
LESSONS = {
    "secret-speech-1956": {
        "step": "month",
        "historical": "speech-and-tanks",
        "strategies": {
            "old-guard-triumphant": {"secret-speech": "say-nothing"},
            "speech-and-the-bloc-lost": {"hungary": "let-hungary-go",
                                         "old-guard-counts": "work-on-the-committee"},
            "a-looser-bloc": {"rakosi": "nagy"},
            # Zhukov, a candidate member, has no vote: it takes more blunders to lose the rest.
            "ousted-1956": {"the-files": "case-by-case", "secret-speech": "open-session",
                            "the-camps": "one-file-at-a-time",
                            "deported-peoples": "let-them-go-home",
                            "june-resolution": "publish-nothing", "rakosi": "nagy",
                            "poland": "tanks-into-warsaw", "hungary": "let-hungary-go",
                            "december-plenum": "break-up-the-ministries",
                            "old-guard-counts": "retreat"},
        },
    },
    "anti-party-1957": {
        "step": "month",
        "historical": "master-of-the-presidium",
        "strategies": {
            "collective-leadership-endures": {"the-ministries": "drop-it"},
            "the-marshals-shadow": {"zhukov": "make-him-a-partner"},
            "stalins-methods": {"the-june-meeting": "arrest-them"},
            "ousted-1957": {"the-ministries": "pilot", "the-writers": "defend-them",
                            "meat-milk-and-butter": "what-the-plan-allows",
                            "whispers": "watch-them"},
        },
    },
    "cuba-1962": {
        "step": "day",
        "historical": "the-secret-deal",
        "strategies": {
            "nuclear-war": {"the-ships-at-sea": "announce-now",
                            "the-night-meeting": "pliyev-decides",
                            "the-quarantine-line": "run-the-line",
                            "the-u2": "back-the-commanders", "the-answer": "stand-firm"},
            "the-public-trade": {"the-answer": "hold-out-for-turkey"},
            "on-the-brink": {"the-answer": "hold-out-for-turkey"},
            # Retreat first, then swing to defiance: the cautious and the hard-liners both turn.
            "ousted-1962": {"the-ships-at-sea": "hold-the-rest-back",
                            "gromyko-at-the-white-house": "tell-him-privately",
                            "the-night-meeting": "stand-down",
                            "the-quarantine-line": "stop-everything",
                            "at-the-united-nations": "raise-turkey",
                            "the-first-letter": "war-footing",
                            "raise-the-price": "keep-to-the-first-letter",
                            "the-u2": "back-the-commanders", "the-answer": "stand-firm"},
        },
    },
    "plot-1964": {
        "step": "month",
        "historical": "the-fear-was-gone",
        "strategies": {
            "retired-on-your-own-terms": {"the-warning": "retire"},
            "struck-first": {"the-split-party": "reunite-the-party",
                             "rotation": "rotate-the-rivals"},
            "still-in-the-saddle": {"the-split-party": "reunite-the-party",
                                    "rotation": "drop-rotation",
                                    "another-reorganisation": "leave-the-farms-alone"},
            # Win the party officials back, and face the plotters in Moscow, not from a beach.
            "saved-by-the-committee": {"the-split-party": "reunite-the-party",
                                       "another-reorganisation": "leave-the-farms-alone",
                                       "the-holiday": "stay-in-moscow"},
        },
    },
}
IDS = list(LESSONS)

# The card images the artwork provides (the content guide's list).
IMAGES = set("""kremlin funeral arrest wheat virgin-lands drought corn livestock factory
consumer-goods housing sputnik rocket missile tanks congress speech gulag-release books church
europe-map berlin blockade u2 summit telephone china dacha ballot sovnarkhoz school soldiers
newspaper bread-queue talks""".split())


def readings(prose) -> list[str]:
    """Every way a text that follows the game can read (each variant, each side of its inline
    alternatives): the lengths below hold for each."""
    return [s for t in texts_of(prose) for s in spellings(t)] or [""]


def words(text) -> int:
    """The words of the longest reading."""
    return max(len(r.split()) for r in readings(text))


def fewest_words(text) -> int:
    return min(len(r.split()) for r in readings(text))


@pytest.fixture(scope="module")
def worlds() -> dict[str, World]:
    return {i: build_world(load_scenario(ROOT / "scenarios" / f"{i}.yaml")) for i in IDS}


def play_all(world: World, make, seeds=SEEDS, check=None) -> Counter:
    endings: Counter = Counter()
    for seed in seeds:
        endings[play(Game(world, seed), make(seed), check).ending] += 1
    return endings


def strategy(world: World, choices: dict[str, str]):
    for decision, option in choices.items():  # a typo here would silently test nothing
        assert option in world.events[decision].options, (decision, option)

    def make(seed: int) -> Bot:
        return ScriptBot(seed, "strategy", choices, make_bot("historical", seed), {})
    return make


# --- each file is a complete, clean scenario -------------------------------------------------

@pytest.mark.parametrize("lesson", IDS)
def test_file_loads_without_errors_or_warnings(lesson):
    scenario = load_scenario(ROOT / "scenarios" / f"{lesson}.yaml")  # raises on any error
    assert [str(w) for w in scenario.warnings] == []


@pytest.mark.parametrize("lesson", IDS)
def test_header(worlds, lesson):
    info = worlds[lesson].scenario.info
    assert info.id == lesson
    assert info.kind == "lesson"
    assert 15 <= info.minutes <= 25
    assert 90 <= words(info.brief) <= 160
    assert info.calendar.step == LESSONS[lesson]["step"]
    assert info.presidium and info.removal_vote.appeal.needed == 55


def test_orders_follow_the_dates(worlds):
    by_date = sorted(IDS, key=lambda i: parse_date(worlds[i].scenario.info.calendar.start))
    assert [worlds[i].scenario.info.order for i in by_date] == [1, 2, 3, 4]


def test_the_catalog_finds_each_lesson_by_id():
    for lesson in IDS:
        assert catalog.find(lesson).id == lesson
    good, _ = catalog.available()
    lessons = [s.id for s in good if s.info.kind == "lesson" and s.id in LESSONS]
    assert lessons == IDS  # listed in lesson order


@pytest.mark.parametrize("lesson", IDS)
def test_decisions(worlds, lesson):
    events = worlds[lesson].scenario.events
    decisions = [e for e in events if e.kind == "decision"]
    assert 6 <= len(decisions) <= 10
    for e in decisions:
        assert 80 <= fewest_words(e.text) and words(e.text) <= 200, e.id
        assert 30 <= words(e.what_happened) <= 100, e.id
        assert sum(o.historical for o in e.options) == 1, e.id
        assert all(len(r) < 200 for o in e.options for r in readings(o.label)), e.id
        assert e.image in IMAGES, e.id
    for e in events:
        assert e.sources or e.beyond_documents, e.id
        if e.kind == "news":
            assert 30 <= fewest_words(e.text) and words(e.text) <= 120, e.id
            assert len(e.title) <= 100, e.id  # the title is what the news log shows


@pytest.mark.parametrize("lesson", IDS)
def test_endings(worlds, lesson):
    world = worlds[lesson]
    endings = world.scenario.endings
    assert 3 <= len(endings) <= 5
    for e in endings:
        assert 150 <= fewest_words(e.text) and words(e.text) <= 300, e.id
        assert e.lesson, e.id
        assert 2 <= len(e.questions) <= 4, e.id
    assert any(e.final and not e.final_when for e in endings)
    assert world.endings[world.scenario.info.removal_vote.fallen_ending].outcome == "ousted"
    assert LESSONS[lesson]["historical"] in world.endings
    assert set(LESSONS[lesson]["strategies"]) <= set(world.endings)


def test_cuba_rules_are_about_days_not_seasons(worlds):
    rules = worlds["cuba-1962"].scenario.rules
    assert rules
    for rule in rules:
        for cond in rule.when:
            assert not any(isinstance(x, c.SeasonCondition) for x in c.walk(cond)), rule.id


# --- playing them --------------------------------------------------------------------------

def invariants(game: Game) -> None:
    check_invariants(game)


@pytest.mark.parametrize("lesson", IDS)
@pytest.mark.parametrize("policy", ["random", "historical", "first"])
def test_bots_play_to_an_ending_keeping_the_invariants(worlds, lesson, policy):
    world = worlds[lesson]
    endings = play_all(world, lambda seed: make_bot(policy, seed), check=invariants)
    assert sum(endings.values()) == len(SEEDS)
    assert None not in endings


@pytest.mark.parametrize("lesson", IDS)
def test_khrushchevs_choices_lead_to_the_historical_outcome(worlds, lesson):
    endings = play_all(worlds[lesson], lambda seed: make_bot("historical", seed))
    assert endings[LESSONS[lesson]["historical"]] / len(SEEDS) >= 0.9, endings


@pytest.mark.parametrize("lesson", IDS)
def test_random_play_does_not_always_end_the_same_way(worlds, lesson):
    endings = play_all(worlds[lesson], lambda seed: make_bot("random", seed))
    common = [e for e, n in endings.items() if n / len(SEEDS) >= 0.10]
    assert len(common) >= 2, endings


@pytest.mark.parametrize("lesson", IDS)
def test_every_ending_is_reached(worlds, lesson):
    world = worlds[lesson]
    reached: set[str] = set()
    for policy in ("random", "historical", "first"):
        reached |= set(play_all(world, lambda seed, p=policy: make_bot(p, seed)))
    for target, choices in LESSONS[lesson]["strategies"].items():
        endings = play_all(world, strategy(world, choices), seeds=range(100))
        assert endings[target] > 0, (target, endings)
        reached |= set(endings)
    assert reached == set(world.endings)


@pytest.mark.parametrize("lesson", IDS)
def test_a_game_replays_exactly(worlds, lesson):
    world = worlds[lesson]
    game = play(Game(world, 11), make_bot("random", 11))
    again = Game.replay(world, 11, game.log)
    assert again.history == game.history and again.ending == game.ending


@pytest.mark.parametrize("lesson", IDS)
def test_a_student_can_play_it_in_the_terminal(worlds, lesson):
    world = worlds[lesson]
    out = io.StringIO()

    def answer(prompt: str) -> str:
        return "1" if prompt.startswith("Choose") else ""

    TextUI(Game(world, 3), answer, out).run()
    text = out.getvalue()
    game_over = re.search(r"^=== (.+) \(\d{4}-\d{2}\) ===$", text, re.MULTILINE)
    assert game_over and game_over.group(1) in {e.title for e in world.scenario.endings}
    assert "What actually happened:" in text


# --- our own words -------------------------------------------------------------------------

def _prose(model) -> list[str]:
    """Every string a player or teacher reads in a scenario, nested ones included (news lines
    inside effects, labels of draws), which the campaign-wide text check does not reach."""
    if isinstance(model, str):
        return [model]
    found: list[str] = []
    if isinstance(model, list):
        for item in model:
            found += _prose(item)
    elif isinstance(model, BaseModel):
        for name in type(model).model_fields:
            found += _prose(getattr(model, name))
    return found


@pytest.fixture(scope="module")
def documents() -> dict[str, set[str]]:
    return load_documents()


@pytest.mark.parametrize("lesson", IDS)
def test_no_sentence_is_copied_from_the_documents(worlds, documents, lesson):
    scenario = worlds[lesson].scenario
    texts = _prose(scenario.info) + _prose(scenario.events) + _prose(scenario.endings) \
        + _prose(scenario.rules)
    assert [found for text in texts for found in copied(text, lesson, documents)] == []
