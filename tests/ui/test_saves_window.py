"""Saves in the window: a new game over an unfinished one of its scenario asks first (continue
it, start anew, cancel); a save of a changed scenario asks before playing on; a damaged slot is
listed as damaged and the others load; what a save file says is cut short on screen."""

from __future__ import annotations

import json

import pygame

from game import paths
from game.content import catalog
from game.saves import read_save
from game.ui import playing
from game.ui.session import WRITER, world_for
from tests.ui.helpers import advance_to_decision, click, install_tiny, make_app, press


def new_game_from_the_title(app) -> None:
    """Title > New game > Start (tiny is the scenario the app was started for)."""
    assert app.top.name == "title"
    click(app, "new")
    assert app.top.name == "newgame"
    assert app.top.scenarios[app.top.selected].id == "tiny"
    click(app, "Start")


def a_move_then_the_title(app) -> None:
    advance_to_decision(app)
    press(app, pygame.K_1)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)  # past the outcome
    press(app, pygame.K_ESCAPE)
    click(app, "title")
    assert app.top.name == "title"
    WRITER.flush()


def test_a_new_game_over_an_unfinished_one_asks_first(thaw_home):
    install_tiny(thaw_home)
    app = make_app()
    app.step(0.016)
    new_game_from_the_title(app)
    assert app.top.name == "turn"  # nothing to ask about the first time
    a_move_then_the_title(app)
    first = read_save(paths.autosave_file("tiny"))
    assert not first["finished"] and first["log"]

    # Cancel (Esc): back on the New game screen, the unfinished game untouched.
    new_game_from_the_title(app)
    assert app.top.name == "question"
    words = " ".join(item.text for item in app.top.scroller.doc.items)
    assert "unfinished game" in words and "tiny test scenario" in words
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "newgame"
    WRITER.flush()
    assert read_save(paths.autosave_file("tiny")) == first

    # Continue it (Enter, the first answer): the unfinished game, exactly.
    click(app, "Start")
    assert app.top.name == "question"
    press(app, pygame.K_RETURN)
    assert app.top.name == "turn"
    assert app.session.run_id == first["run_id"]
    assert app.session.game.log == first["log"]
    press(app, pygame.K_ESCAPE)
    click(app, "title")

    # Start anew (N): a new game takes the autosave's place.
    new_game_from_the_title(app)
    press(app, pygame.K_n)
    assert app.top.name == "turn"
    assert app.session.run_id != first["run_id"] and app.session.game.log == []
    WRITER.flush()
    assert read_save(paths.autosave_file("tiny"))["run_id"] == app.session.run_id


def test_a_lesson_leaves_an_unfinished_campaign_alone(thaw_home):
    install_tiny(thaw_home)
    app = make_app()
    app.step(0.016)
    new_game_from_the_title(app)
    a_move_then_the_title(app)
    tiny = read_save(paths.autosave_file("tiny"))
    click(app, "lessons")
    while app.top.scenarios[app.top.selected].id != "secret-speech-1956":
        press(app, pygame.K_DOWN)
    press(app, pygame.K_RETURN)
    assert app.top.name == "turn"  # no question
    assert app.session.game.world.id == "secret-speech-1956"
    WRITER.flush()
    assert read_save(paths.autosave_file("tiny")) == tiny


def saved(app, name: str, **changes) -> dict:
    """The game being played saved as `name`, with some of its fields changed (after the game's
    own writes, which would otherwise land on top of it)."""
    WRITER.flush()
    data = app.session._save()
    data.update(changes)
    paths.saves_dir().mkdir(parents=True, exist_ok=True)
    (paths.saves_dir() / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    return data


def test_the_load_screen_shows_a_damaged_slot_as_damaged_and_the_rest_load(thaw_home):
    install_tiny(thaw_home)
    app = make_app()
    app.step(0.016)
    playing.new_game(app, world_for(catalog.find("tiny")), 2, "Tester")
    app.step(0.016)
    WRITER.flush()
    saved(app, "slot-1")
    saved(app, "slot-2", turn="abc")
    saved(app, "slot-3", scenario_title="T" * 20_000, player="P" * 5_000,
          date_label="D" * 3_000)
    playing.leave_game(app)
    app.top.laid_out_for = None
    app.step(0.016)
    click(app, "load")
    assert app.top.name == "saves"
    rows = {row.name: row for row in app.top.rows.widgets}
    assert rows["slot-2.json"].enabled is False  # listed, as damaged, with its reason
    assert {"slot-1", "slot-3"} <= set(rows)
    from tests.ui.helpers import screen_text

    for text in screen_text(app):
        assert len(text) <= 200, f"a line from a save is not cut short: {len(text)} characters"
    assert any("slot-2.json: cannot be loaded" in text for text in screen_text(app))
    click(app, "slot-3")
    assert app.top.name == "turn"
    # The same long fields in the autosave: the title screen's note and the question before a
    # new game say them cut short.
    data = saved(app, "autosave-tiny", scenario_title="T" * 20_000, player="P" * 5_000,
                 date_label="D" * 3_000)
    press(app, pygame.K_ESCAPE)
    app.session = None  # leave without writing the autosave again
    click(app, "title")
    saved_again = paths.autosave_file("tiny").read_text(encoding="utf-8")
    assert json.loads(saved_again)["scenario_title"] == data["scenario_title"]
    app.top.laid_out_for = None
    app.step(0.016)
    assert app.top.autosave_note and len(app.top.autosave_note) <= 200, app.top.autosave_note
    new_game_from_the_title(app)
    assert app.top.name == "question"
    words = " ".join(item.text for item in app.top.scroller.doc.items)
    assert len(words) <= 500, len(words)


def test_a_save_of_a_changed_scenario_asks_before_playing_on(thaw_home):
    install_tiny(thaw_home)
    app = make_app()
    app.step(0.016)
    playing.new_game(app, world_for(catalog.find("tiny")), 2, "Tester")
    app.step(0.016)
    data = saved(app, "slot-1", content_hash="0" * 16)
    playing.leave_game(app)
    click(app, "load")
    click(app, "slot-1")
    assert app.top.name == "question"
    words = " ".join(item.text for item in app.top.scroller.doc.items)
    assert "has changed since this game was saved" in words
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "saves"
    click(app, "slot-1")
    press(app, pygame.K_p)  # Play on
    assert app.top.name == "turn" and app.session.run_id == data["run_id"]
