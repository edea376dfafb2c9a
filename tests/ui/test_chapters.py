"""Chapters that fit a lesson, through the real window and text mode: the new-game screen lists
the campaign's chapters with their minutes; the game stops at the end of a chapter on its summary,
saved; Continue (or choosing the next chapter) goes on from that save; a later chapter without a
save begins from Khrushchev's own path."""

from __future__ import annotations

import io

import pygame

from game import paths
from game.content import catalog
from game.saves import read_save
from game.sim.bots import HistoricalBot, play_turn
from game.ui import playing
from game.ui.session import WRITER, world_for
from tests.ui.helpers import click, make_app, press, screen_text


def campaign_app(*argv: str):
    app = make_app("--scenario", "campaign", *argv)
    app.step(0.016)
    return app


def to_the_last_season_of_chapter_one(app) -> None:
    """A campaign game played along Khrushchev's path to the last season of chapter 1, on the
    turn screen with nothing left to decide."""
    world = world_for(catalog.find("campaign"))
    playing.new_game(app, world, 5, "Tester")
    game = app.session.game
    bot = HistoricalBot(5)
    start = dict(world.chapters)["speech"]
    while game.turn < start - 1:
        play_turn(game, bot)
    while game.pending:
        decision = game.pending[0]
        game.choose(decision, bot.pick(game, decision, game.available_options(decision)))
    app.top.laid_out_for = None
    app.step(0.016)
    assert app.top.name == "turn" and game.ending is None


def end_the_season(app) -> None:
    for _ in range(6):
        if app.top.name == "chapter":
            return
        if app.top.name == "message":
            press(app, pygame.K_RETURN)
            continue
        press(app, pygame.K_RETURN)
        if app.top.name == "turn" and app.top.decision is None:
            continue
    assert app.top.name == "chapter", app.top.name


def test_the_new_game_screen_lists_the_chapters_with_their_minutes(thaw_home):
    app = campaign_app()
    click(app, "new")
    assert app.top.name == "newgame"
    words = " ".join(screen_text(app))
    for chapter in catalog.find("campaign").info.chapters:
        assert chapter.title in words and f"about {chapter.minutes} min" in words
    press(app, pygame.K_DOWN)
    press(app, pygame.K_DOWN)  # chapter II
    assert app.top.chapter == 1
    brief = " ".join(item.text for item in app.top.brief.doc.items)
    assert "The 20th Party Congress is coming" in brief and "Khrushchev's own path" in brief


def test_a_chapter_ends_on_its_summary_saved_and_continue_goes_on(thaw_home):
    app = campaign_app()
    to_the_last_season_of_chapter_one(app)
    run_id = app.session.run_id
    end_the_season(app)
    doc = " ".join(item.text for item in app.top.scroller.doc.items)
    assert "What you decided" in doc and "II. The speech and the plot" in doc
    WRITER.flush()
    saved = read_save(paths.autosave_file("campaign"))
    start = dict(app.session.world.chapters)["speech"]
    assert not saved["finished"] and saved["run_id"] == run_id
    press(app, pygame.K_t)  # stop here: the title screen
    assert app.top.name == "title"
    click(app, "continue")
    assert app.top.name == "turn"  # not the summary again
    assert app.session.run_id == run_id and app.session.game.turn == start
    for _ in range(3):
        app.step(0.016)
    assert app.top.name == "turn"


def test_choosing_the_next_chapter_goes_on_from_the_save(thaw_home):
    app = campaign_app()
    to_the_last_season_of_chapter_one(app)
    run_id = app.session.run_id
    end_the_season(app)
    press(app, pygame.K_t)
    click(app, "new")
    while app.top.chapter != 1:
        press(app, pygame.K_DOWN)
    click(app, "Start")
    assert app.top.name == "turn" and app.session.run_id == run_id


def test_a_later_chapter_without_a_save_begins_from_khrushchevs_path(thaw_home):
    app = campaign_app("--seed", "11")
    click(app, "new")
    while app.top.chapter != 2:
        press(app, pygame.K_DOWN)
    click(app, "Start")
    assert app.top.name == "turn"
    game = app.session.game
    world = game.world
    assert game.turn == dict(world.chapters)["peak"] and game.seed == 11
    chosen = [c for c in game.log if c.get("cmd") == "choose"]
    assert chosen and all(world.events[c["decision"]].historical in (None, c["option"])
                          for c in chosen)
    for _ in range(3):
        app.step(0.016)
    assert app.top.name == "turn"  # a game begun at a chapter does not open on a summary


def _text_game(answers):
    from game.content.build import build_world
    from game.sim.chapters import begin_at
    from game.textplay import TextUI

    world = build_world(catalog.find("campaign"))
    game = begin_at(world, 5, "speech")
    bot = HistoricalBot(5)
    while game.turn < dict(world.chapters)["peak"] - 1:
        play_turn(game, bot)
    out = io.StringIO()
    replies = iter(answers)

    def read(prompt: str) -> str:
        out.write(prompt + "\n")
        if prompt.startswith("Choose"):
            return "1"
        return next(replies) if "stop here" in prompt else ""

    return TextUI(game, read, out), out


def test_text_mode_stops_at_the_end_of_a_chapter(thaw_home):
    ui, out = _text_game(["q"])
    assert ui.run() == 0
    text = out.getvalue()
    assert "*** End of chapter II. The speech and the plot" in text
    assert "What you decided:" in text and "Saved." in text
    assert "III. At the summit" in text
    saved = read_save(paths.autosave_file("campaign"))
    assert saved["finished"] is False
    assert ui.game.turn == dict(ui.game.world.chapters)["peak"]


def test_text_mode_goes_on_into_the_next_chapter(thaw_home):
    ui, out = _text_game(["", "q"])  # go on after chapter II, stop after chapter III
    assert ui.run() == 0
    text = out.getvalue()
    assert "*** III. At the summit, 1959-1961 (about" in text
    assert "*** End of chapter III. At the summit" in text
    assert ui.game.turn == dict(ui.game.world.chapters)["fall"]


def test_text_mode_chapter_option(thaw_home):
    from tests.test_cli import run

    result = run("play", "--text", "--chapter", "3", "--seed", "5", stdin="q\n")
    assert result.returncode == 0, result.stderr
    assert "Chapter 3 begins from Khrushchev's own path" in result.stdout
    assert "*** III. At the summit, 1959-1961" in result.stdout
    wrong = run("play", "--text", "--chapter", "9")
    assert wrong.returncode != 0 and "chapters 1 to 4" in wrong.stderr
    lesson = run("play", "--text", "--scenario", "cuba-1962", "--chapter", "2")
    assert lesson.returncode != 0 and "has no chapters" in lesson.stderr
    assert "--chapter" in run("play", "--help").stdout
