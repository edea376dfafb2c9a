"""Whole games through the window: keyboard only, mouse only, saves, damage, resizes."""

from __future__ import annotations

import dataclasses
import json

import pygame

from game import paths
from game.saves import read_save
from game.ui import playing
from tests.ui.helpers import advance_to_decision, click, install_tiny, make_app, press, start_game


def test_keyboard_only_game_to_an_ending(thaw_home):
    install_tiny(thaw_home)
    app = make_app("--seed", "5")
    app.step(0.016)
    press(app, pygame.K_RETURN)  # title: Enter starts a new game
    assert app.top.name == "newgame"
    press(app, pygame.K_RETURN)  # the scenario chosen, Enter starts
    assert app.top.name == "turn"
    assert app.session.game.seed == 5
    keys = 0
    while app.top.name != "debrief":
        top = app.top
        if top.name == "turn" and top.decision is not None:
            press(app, pygame.K_1 if top.selected is None else pygame.K_RETURN)
        else:
            press(app, pygame.K_RETURN)
        keys += 1
        assert keys < 200, f"stuck on {app.top.name}"
    game = app.session.game
    assert game.ending is not None
    # The run record and the autosave are written.
    from game.ui.session import WRITER

    WRITER.flush()
    assert list(paths.runs_dir().glob("tiny-seed5*.json"))
    assert read_save(paths.autosave_file("tiny"))["finished"] is True
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "title"


def test_mouse_only_game_to_an_ending(thaw_home):
    install_tiny(thaw_home)
    app = make_app("--seed", "9")
    app.step(0.016)
    click(app, "new")
    click(app, "Start")
    clicks = 0
    while app.top.name != "debrief":
        top = app.top
        if top.name == "turn" and top.decision is not None:
            option = next(o for o in top.decision.options if o.available)
            index = top.decision.options.index(option)
            click(app, f"option {index + 1}")
            click(app, "Decide")
        elif top.name == "turn":
            click(app, "end turn")
        elif top.name == "outcome":
            click(app, "Continue")
        elif top.name == "message":
            click(app, "Close")
        clicks += 1
        assert clicks < 200, f"stuck on {app.top.name}"
    assert app.session.game.ending is not None


def test_tab_moves_focus_and_enter_presses(thaw_home):
    install_tiny(thaw_home)
    app = make_app()
    app.step(0.016)
    assert app.top.focused_name() == "new"
    press(app, pygame.K_TAB)
    assert app.top.focused_name() == "load"
    press(app, pygame.K_TAB, pygame.KMOD_SHIFT)
    press(app, pygame.K_TAB, pygame.KMOD_SHIFT)
    assert app.top.focused_name() == "quit"  # Continue is disabled: Tab skips it
    press(app, pygame.K_TAB)
    assert app.top.focused_name() == "new"
    press(app, pygame.K_DOWN)  # arrows move too
    press(app, pygame.K_RETURN)
    assert app.top.name == "saves"


def test_save_and_load_round_trip(thaw_home):
    install_tiny(thaw_home)
    app = make_app()
    game = start_game(app, seed=11)
    advance_to_decision(app)
    press(app, pygame.K_1)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)  # past the outcome
    log = [dict(c) for c in game.log]
    values = list(game.state.values)
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "menu"
    click(app, "save")
    assert app.top.name == "saves"
    click(app, "slot-2")
    assert (paths.saves_dir() / "slot-2.json").is_file()
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_ESCAPE)
    click(app, "title")
    assert app.top.name == "title"
    # A new app (as after closing the window): Continue resumes exactly.
    app2 = make_app()
    app2.step(0.016)
    click(app2, "continue")
    assert app2.top.name == "turn"
    assert app2.session.game.log == log
    assert app2.session.game.state.values == values
    assert app2.session.player == "Tester"
    # And the named slot loads from the Load screen.
    playing.leave_game(app2)
    click(app2, "load")
    click(app2, "slot-2")
    assert app2.top.name == "turn" and app2.session.game.log == log


def test_corrupt_and_too_new_saves_show_a_message_and_others_load(thaw_home):
    install_tiny(thaw_home)
    app = make_app()
    start_game(app, seed=2)
    app.session.save_as("slot-1")
    from game.ui.session import WRITER

    WRITER.flush()
    saves = paths.saves_dir()
    (saves / "slot-3.json").write_text('{"schema": 1, "scenario": "tiny", "se', encoding="utf-8")
    data = json.loads((saves / "slot-1.json").read_text(encoding="utf-8"))
    data["schema"] = 99
    (saves / "slot-4.json").write_text(json.dumps(data), encoding="utf-8")
    playing.leave_game(app)  # writes the autosave: damage it after that
    WRITER.flush()
    paths.autosave_file("tiny").write_bytes(b"\x00\xff garbage")
    app.top.laid_out_for = None
    app.step(0.016)
    assert next(w for w in app.top.widgets if w.name == "continue").enabled is False
    click(app, "load")
    names = {w.name for w in app.top.widgets}
    assert {"slot-1", "slot-3.json", "slot-4.json", "autosave-tiny.json"} <= names
    broken = next(w for w in app.top.widgets if w.name == "slot-4.json")
    assert broken.enabled is False
    # Loading a save that reads but no longer fits its scenario shows a message.
    data = json.loads((saves / "slot-1.json").read_text(encoding="utf-8"))
    data["log"] = [{"cmd": "choose", "decision": "nothing", "option": "x"}]
    (saves / "slot-5.json").write_text(json.dumps(data), encoding="utf-8")
    app.top.laid_out_for = None
    click(app, "slot-5")
    assert app.top.name == "message"
    press(app, pygame.K_RETURN)
    click(app, "slot-1")
    assert app.top.name == "turn"


def test_resize_mid_game_keeps_the_game_and_the_choice(thaw_home):
    install_tiny(thaw_home)
    app = make_app()
    game = start_game(app)
    advance_to_decision(app)
    shown = game.available_options(app.top.decision.id)
    index = [o.id for o in app.top.decision.options].index(shown[1])
    press(app, pygame.K_1 + index)
    for size in ((1024, 600), (1920, 1080), (700, 500), (1280, 720)):
        pygame.display.set_mode(size, pygame.RESIZABLE)
        app.handle(pygame.event.Event(pygame.VIDEORESIZE, w=size[0], h=size[1],
                                      size=size))
        app.step(0.016)
        assert app.size == size
        assert app.top.selected == index
    press(app, pygame.K_RETURN)
    assert app.top.name == "outcome"
    assert game.log[-1]["cmd"] == "choose"


def test_settings_apply_and_persist(thaw_home):
    install_tiny(thaw_home)
    app = make_app()
    app.step(0.016)
    click(app, "settings")
    before = app.theme.font("body").get_height()
    click(app, "text")
    click(app, "contrast")
    click(app, "sound")
    assert app.theme.font("body").get_height() > before
    assert app.theme.high_contrast
    saved = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert saved["text_size"] == "large" and saved["high_contrast"] is True
    assert saved["sound"] is False
    app.step(0.016)


def test_damaged_settings_file_shows_a_message(thaw_home):
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text("{not json", encoding="utf-8")
    app = make_app()
    app.step(0.016)
    assert app.top.name == "message"
    assert app.settings.text_size == "normal"
    press(app, pygame.K_RETURN)
    assert app.top.name == "title"


def test_policy_change_from_the_turn_screen(thaw_home):
    install_tiny(thaw_home)
    app = make_app()
    game = start_game(app)
    press(app, pygame.K_p)
    assert app.top.name == "policies"
    click(app, "investment=consumer")
    assert game.state.policies["investment"] == "consumer"
    assert game.log[-1] == {"cmd": "policy", "policy": "investment", "option": "consumer"}
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "turn"


def test_no_scenarios_is_said_on_screen(thaw_home, tmp_path, monkeypatch):
    """No scenario the game can load (the bundled folder empty, a teacher's file broken): the New
    game and Lesson screens say so and name the broken file, and nothing can be started."""
    from game.content import catalog

    bundled, empty = catalog.paths.bundled, tmp_path / "no-scenarios"
    empty.mkdir()
    monkeypatch.setattr(catalog.paths, "bundled",
                        lambda *parts: empty if parts == ("scenarios",) else bundled(*parts))
    (thaw_home / "scenarios").mkdir(parents=True)
    (thaw_home / "scenarios" / "broken.yaml").write_text("scenario: [", encoding="utf-8")
    app = make_app()
    app.step(0.016)
    for screen, heading in (("new", "No scenarios found"), ("lessons", "No lesson scenarios")):
        click(app, screen)
        scene = app.top
        assert scene.name == "newgame" and scene.scenarios == []
        start = next(w for w in scene.widgets if w.name == "Start")
        assert not start.enabled
        words = [item.text for item in scene.brief.doc.items]
        assert heading in words and any(w.startswith("broken.yaml: ") for w in words), words
        press(app, pygame.K_RETURN)
        click(app, "Start")
        assert app.top is scene and app.session is None
        press(app, pygame.K_ESCAPE)
        assert app.top.name == "title"


def test_a_scenario_named_by_path_is_offered_first(thaw_home):
    from tests.ui.helpers import FIXTURES

    app = make_app()  # tiny is not installed: only its path is given
    app.options = dataclasses.replace(app.options, scenario=str(FIXTURES / "good" / "tiny.yaml"))
    from game.ui.screens.newgame import NewGameScene

    scene = NewGameScene(app)
    assert scene.scenarios[scene.selected].id == "tiny"
    app.options = dataclasses.replace(app.options, scenario="no/such/file.yaml")
    scene = NewGameScene(app)
    assert scene.problems_named and "no/such/file.yaml" in scene.problems_named


def test_tab_reaches_the_seed_and_name_past_the_list_in_two_presses(thaw_home):
    """The scenario list is one Tab stop (at its chosen row), so a student who tabs to type a
    seed gets there without passing every scenario and chapter; Up and Down in the list take
    the focus along with the choice."""
    install_tiny(thaw_home)
    app = make_app()
    app.step(0.016)
    press(app, pygame.K_RETURN)
    scene = app.top
    assert scene.name == "newgame" and len(scene.items) > 3
    names = []
    for _ in range(len(scene.focusables()) + 2):
        press(app, pygame.K_TAB)
        names.append(scene.focused_name())
    rows = [n for n in names if n.startswith(("scenario:", "chapter:"))]
    assert rows and len(set(rows)) == 1, names  # one stop: the chosen row
    assert rows[0] == scene.items[scene.row].name
    at = names.index(rows[0])
    assert names[at + 1] == "seed", names
    press(app, pygame.K_DOWN)
    assert scene.focused_name() == scene.items[scene.row].name != rows[0]
    press(app, pygame.K_TAB, pygame.KMOD_SHIFT)  # back out of the list
    assert not scene.focused_name().startswith(("scenario:", "chapter:"))


def test_enter_on_the_chosen_row_starts_the_game(thaw_home):
    """The screen says Enter starts: it does with the focus on the list too (a play-test pressed
    Enter three times on the chosen row and nothing happened)."""
    install_tiny(thaw_home)
    app = make_app("--seed", "5")
    app.step(0.016)
    press(app, pygame.K_RETURN)
    scene = app.top
    press(app, pygame.K_TAB)
    assert scene.focused_name() == scene.items[scene.row].name
    title = scene.scenarios[scene.selected].info.title
    press(app, pygame.K_RETURN)
    assert app.top.name == "turn" and app.session.game.world.scenario.info.title == title
