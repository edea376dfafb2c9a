"""Reasons to come back: the endings gallery (which endings this computer has reached, per
scenario; a damaged file falls back with a message, never a traceback) and the challenges (data
in the scenario files, checked when a game ends), through the window and text mode."""

from __future__ import annotations

import io
import json

import pygame
import pytest

from game.content import catalog
from game.content.build import build_world
from game.gallery import gallery_file, load_gallery, note_game
from game.narration.challenges import challenges_met
from game.sim.bots import make_bot, play_turn
from game.sim.engine import Game
from game.sim.stats import INDEX

SEEDS = range(1, 101)


def finished(world, bot: str, seed: int) -> Game:
    game = Game(world, seed)
    player = make_bot(bot, seed)
    while game.ending is None:
        play_turn(game, player)
    return game


@pytest.mark.parametrize("scenario", [s.id for s in catalog.available(include_user=False)[0]])
def test_every_challenge_is_met_in_some_games_and_missed_in_others(scenario):
    world = build_world(catalog.find(scenario))
    challenges = world.scenario.info.challenges
    assert challenges, f"{scenario} has no challenges"
    met = {c.id: 0 for c in challenges}
    games = [finished(world, bot, seed) for bot in ("random", "historical") for seed in SEEDS]
    for game in games:
        for challenge in challenges_met(game):
            met[challenge.id] += 1
    for cid, count in met.items():
        assert 0 < count < len(games), (scenario, cid, count)


def test_a_challenge_is_checked_against_the_run():
    world = build_world(catalog.find("campaign"))
    wall = next(c for c in world.scenario.info.challenges if c.id == "no-wall")
    games = [finished(world, "random", seed) for seed in SEEDS]
    for game in games:
        reached_1964 = game.state.turn >= world.ctx.first_turn_from("1964-01")
        expected = reached_1964 and "berlin-wall" not in game.state.flags
        assert (wall in challenges_met(game)) == expected, game.seed
    living = next(c for c in world.scenario.info.challenges if c.id == "living-standards")
    for game in games:  # the meter at every turn's end, and at the end
        lowest = min([v[INDEX["living_standards"]] for _, v in game.history]
                     + [game.state.values[INDEX["living_standards"]]])
        assert (living in challenges_met(game)) == (lowest > 25), game.seed


def test_the_gallery_keeps_endings_and_challenges_once(thaw_home):
    gallery, new = note_game("campaign", "ousted-1964", ["no-wall"])
    assert new == ["ending:ousted-1964", "challenge:no-wall"] and gallery.problem is None
    gallery, new = note_game("campaign", "ousted-1964", [])
    assert new == []
    assert set(load_gallery().endings["campaign"]) == {"ousted-1964"}
    assert set(load_gallery().challenges["campaign"]) == {"no-wall"}


@pytest.mark.parametrize("content", [
    b"\x00\xff not json",
    b'{"format": 1, "scenarios": []}',
    b'{"format": 1, "scenarios": {"campaign": {"endings": {"x": 5}}}}',
    b'{"format": 1, "scenarios": {"Bad Id!": {}}}',
    b"[" * 5000 + b"]" * 5000,
    b'{"format": 1, "scenarios": {"campaign": {"endings": {"a": "' + b"9" * 100_000 + b'"}}}}',
])
def test_a_damaged_gallery_is_read_as_empty_with_a_message(thaw_home, content):
    path = gallery_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    gallery = load_gallery()
    assert gallery.endings == {} and gallery.problem
    gallery, new = note_game("campaign", "ousted-1964", [])  # the next game writes a good file
    assert new == ["ending:ousted-1964"]
    assert json.loads(path.read_text(encoding="utf-8"))["scenarios"]["campaign"]["endings"]
    assert load_gallery().problem is None


def _challenge_game():
    """A finished lesson game (seed found by play) that met a challenge."""
    world = build_world(catalog.find("plot-1964"))
    for seed in SEEDS:
        game = finished(world, "random", seed)
        if challenges_met(game):
            return world, seed
    raise AssertionError("no game met a challenge")


def test_the_debrief_and_the_gallery_show_what_was_met(thaw_home):
    from game.ui import playing
    from game.ui.session import Session
    from tests.ui.helpers import click, make_app, press

    world, seed = _challenge_game()
    app = make_app()
    app.step(0.016)
    session = Session(world, finished(world, "random", seed), "Tester")
    session.gallery_noted = False  # as if it had just ended on the turn screen
    session.autosave()
    playing.start(app, session)
    app.step(0.016)
    assert app.top.name == "debrief"
    met = challenges_met(session.game)
    words = " ".join(item.text for item in app.top.build(0).items)  # the ending's tab
    assert "Challenges met" in words and met[0].title in words
    press(app, pygame.K_ESCAPE)
    while app.top.name != "title":
        press(app, pygame.K_ESCAPE)
    click(app, "gallery")
    assert app.top.name == "gallery"
    words = " ".join(item.text for item in app.top.scroller.doc.items)
    ending = world.endings[session.game.ending]
    assert ending.title in words and f"{met[0].title} · met" in words
    assert "Endings reached: 1 of" in words


def test_the_gallery_screen_says_when_its_file_is_damaged(thaw_home):
    from tests.ui.helpers import click, make_app

    gallery_file().parent.mkdir(parents=True, exist_ok=True)
    gallery_file().write_text("{not json", encoding="utf-8")
    app = make_app()
    app.step(0.016)
    click(app, "gallery")
    words = " ".join(item.text for item in app.top.scroller.doc.items)
    assert app.top.name == "gallery" and "Note: the endings gallery could not be read" in words


def test_text_mode_names_the_challenges_met_and_keeps_the_game(thaw_home):
    from game.textplay import TextUI

    world, seed = _challenge_game()
    game = finished(world, "random", seed)
    out = io.StringIO()
    TextUI(game, lambda prompt: "", out).finish(quit=False)
    text = out.getvalue()
    assert "Challenges met (kept in the endings gallery):" in text
    assert game.ending in load_gallery().endings["plot-1964"]
