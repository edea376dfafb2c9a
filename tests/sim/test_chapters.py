"""Chapters: one game across them, or a later chapter begun from Khrushchev's own path."""

from __future__ import annotations

import pytest

from game.content import catalog
from game.content.build import build_world
from game.narration.digest import chapter_summary, quiet_turns
from game.sim.bots import make_bot, play_turn
from game.sim.chapters import begin_at, begins_chapter, chapter_of, chapter_turns
from game.sim.engine import Game


@pytest.fixture(scope="module")
def campaign():
    return build_world(catalog.find("campaign"))


def test_chapters_cover_the_calendar_in_order(campaign):
    starts = [start for _, start in campaign.chapters]
    assert starts[0] == 0 and starts == sorted(starts) and len(starts) in (3, 4)
    turns = [t for i in range(len(starts)) for t in chapter_turns(campaign, i)]
    assert turns == list(range(campaign.last_turn + 1))
    assert chapter_of(campaign, starts[1]) == 1 and chapter_of(campaign, starts[1] - 1) == 0
    assert begins_chapter(campaign, starts[1]) == campaign.chapters[1][0]
    assert begins_chapter(campaign, 0) is None


def test_a_later_chapter_begins_from_khrushchevs_path(campaign):
    chapter_id, start = campaign.chapters[2]
    game = begin_at(campaign, 7, chapter_id)
    assert game.turn == start and game.ending is None
    # The same as playing Khrushchev's path by hand up to there: the log holds his choices.
    replayed = Game.replay(campaign, 7, game.log)
    assert replayed.state.values == game.state.values and replayed.pending == game.pending
    historical = [c for c in game.log if c["cmd"] == "choose"]
    assert historical and all(
        campaign.events[c["decision"]].historical in (c["option"], None) for c in historical)


def test_a_chapter_summary_tells_its_decisions_and_meters(campaign):
    game = Game(campaign, 3)
    bot = make_bot("historical", 3)
    while game.turn < campaign.chapters[1][1]:
        play_turn(game, bot)
    summary = chapter_summary(game, "I", chapter_turns(campaign, 0))
    assert summary.first == "Spring 1953" and summary.decisions
    assert all(followed for _, _, followed in summary.decisions if followed is not None)
    assert len(summary.meters) == 10


def test_a_digest_of_quiet_turns_tells_their_news_and_moves(campaign):
    game = Game(campaign, 3)
    bot = make_bot("historical", 3)
    for _ in range(3):
        play_turn(game, bot)
    digest = quiet_turns(game, 0)
    assert [q.turn for q in digest] == [0, 1, 2]
    assert any(q.news for q in digest) and all(len(q.moves) <= 4 for q in digest)
