"""The window never shows a game that has moved on.

A lesson and a stretch of the campaign are played through the real window (the App and its scene
stack, dummy video driver) by key presses and clicks. After every input the frame on screen must
equal a fresh drawing of the current state, and whenever the game took a command the frame must
have changed. Input that arrives before the frame showing a move has been drawn waits for it, and
a held Enter does not repeat.
"""

from __future__ import annotations

import pygame
import pytest

from game.content import catalog
from game.sim.engine import Game
from game.ui import playing
from game.ui.screens import turn_digest
from tests.ui.helpers import click, frame, fresh_frame, key_event, make_app, press

DIGITS = [pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4]


def game_key(app) -> tuple:
    """The game's state as far as the screen is concerned: every command is logged."""
    return () if app.session is None else (id(app.session.game), len(app.session.game.log))


class Script:
    """Plays by reading the screen, as a student would, and checks the frame after each input."""

    def __init__(self, app) -> None:
        self.app = app
        self.inputs = 0
        self.moves = 0  # inputs after which the game had taken a command
        self.visited: set[tuple[str, int]] = set()  # (screen, turn): side screens seen

    def check(self, what: str, act) -> None:
        app = self.app
        game_before = game_key(app)
        shown_before = frame(app)
        act()
        self.inputs += 1
        shown = frame(app)
        where = f"input {self.inputs} ({what}) on the {app.top.name} screen"
        if game_key(app) != game_before:
            self.moves += 1
            if shown == shown_before:
                pytest.fail(f"the game moved but the frame did not change: {where}")
        if shown != fresh_frame(app):
            pytest.fail(f"the frame on screen is not a fresh drawing of the state after {where}")

    def key(self, key: int) -> None:
        self.check(pygame.key.name(key), lambda: press(self.app, key))

    def click(self, name: str) -> None:
        self.check(f"click {name}", lambda: click(self.app, name))

    def play(self, until, visit_policies: bool = False, mouse_every: int = 3) -> None:
        """Inputs, chosen from what is on screen, until `until(game)` or the debrief."""
        app = self.app
        game = app.session.game
        for _ in range(800):
            top = app.top
            if top.name == "debrief" or until(game):
                return
            n = self.inputs
            if top.name == "turn" and top.decision is not None:
                options = top.decision.options
                if top.selected is None:
                    wanted = (game.turn + len(game.log)) % len(options)
                    index = next(i for k in range(len(options))
                                 if options[i := (wanted + k) % len(options)].available)
                    if n % mouse_every == 0:
                        self.click(f"option {index + 1}")
                    else:
                        self.key(DIGITS[index])
                elif n % mouse_every == 0:
                    self.click("Decide")
                else:
                    self.key(pygame.K_RETURN)
            elif top.name == "turn":
                if visit_policies and game.turn % 3 == 1 and ("p", game.turn) not in self.visited:
                    self.visited.add(("p", game.turn))
                    self.key(pygame.K_p)
                    self.key(pygame.K_DOWN)
                    self.key(pygame.K_RETURN)  # a policy changed: the game takes a command
                    self.key(pygame.K_ESCAPE)
                    continue
                if game.turn % 4 == 2 and ("h", game.turn) not in self.visited:
                    self.visited.add(("h", game.turn))
                    self.key(pygame.K_h)  # history, and back
                    self.key(pygame.K_ESCAPE)
                if n % mouse_every == 0:
                    self.click("end turn")
                else:
                    self.key(pygame.K_RETURN)
            elif top.name in ("outcome", "message"):
                self.key(pygame.K_RETURN)
            else:
                self.key(pygame.K_ESCAPE)
        raise AssertionError(f"stuck on {app.top.name}")


def open_lesson(app, scenario_id: str) -> None:
    """Title > Lesson scenarios > the lesson > Start, by keys."""
    app.step(0.016)
    click(app, "lessons")
    assert app.top.name == "newgame"
    for _ in range(len(app.top.scenarios)):
        if app.top.scenarios[app.top.selected].id == scenario_id:
            break
        press(app, pygame.K_DOWN)
    assert app.top.scenarios[app.top.selected].id == scenario_id
    press(app, pygame.K_RETURN)
    assert app.top.name == "turn" and app.session.game.world.id == scenario_id


@pytest.mark.parametrize("text_size", ["normal", "largest"])
def test_every_input_of_a_lesson_leaves_a_fresh_frame(thaw_home, text_size):
    app = make_app("--seed", "7")
    app.settings.text_size = text_size
    app.apply_settings(app.settings)
    open_lesson(app, "secret-speech-1956")
    script = Script(app)
    script.play(until=lambda game: False)
    assert app.top.name == "debrief"
    for _ in range(8):  # every part of the debrief
        script.key(pygame.K_RIGHT)
    assert script.moves >= app.session.game.world.last_turn + 1  # every month ended on screen


def test_a_stretch_of_the_campaign_leaves_a_fresh_frame(thaw_home):
    app = make_app("--seed", "4")
    app.step(0.016)
    world = catalog.find("campaign")
    from game.ui.session import world_for

    playing.new_game(app, world_for(world), 4, "Tester")
    app.step(0.016)
    script = Script(app)
    script.play(until=lambda game: game.turn >= 8, visit_policies=True)
    assert script.moves >= 8
    assert any(c["cmd"] == "policy" for c in app.session.game.log)


def quiet_turns_ahead(app) -> bool:
    """Whether this turn and the next have nothing to decide (two Enters could end both)."""
    game = app.session.game
    if game.decisions():
        return False
    ahead = Game.replay(game.world, game.seed, [*game.log, {"cmd": "advance"}])
    return ahead.ending is None and not ahead.decisions()


def reach_two_quiet_turns(app) -> None:
    for _ in range(400):
        if app.top.name == "turn" and quiet_turns_ahead(app):
            return
        top = app.top
        if top.name == "turn" and top.decision is not None and top.selected is None:
            press(app, pygame.K_1)
        else:
            press(app, pygame.K_RETURN)
    raise AssertionError("no two quiet turns in a row")


def no_folding(monkeypatch) -> None:
    """Each Enter on a quiet turn ends that turn alone (the turn screen otherwise ends the quiet
    turns after it too, see turn_digest): these tests count one move per key."""
    monkeypatch.setattr(turn_digest, "MAX_QUIET", 0)


def test_a_held_enter_ends_one_turn_only(thaw_home, monkeypatch):
    no_folding(monkeypatch)
    app = make_app("--seed", "7")
    open_lesson(app, "secret-speech-1956")
    reach_two_quiet_turns(app)
    game = app.session.game
    turn = game.turn
    app.handle(key_event(pygame.K_RETURN))
    app.step(0.016)
    app.handle(key_event(pygame.K_RETURN))  # the key repeats: it was never let go
    app.step(0.016)
    assert game.turn == turn + 1
    app.handle(pygame.event.Event(pygame.KEYUP, key=pygame.K_RETURN, mod=0, unicode="",
                                  scancode=0))
    press(app, pygame.K_RETURN)  # pressed again: that is meant
    assert game.turn == turn + 2


def test_input_waits_for_the_frame_that_shows_the_move(thaw_home, monkeypatch):
    """Two Enters in one batch of events: the second acts only after the frame showing the first
    move is drawn (the loop that reads the real queue)."""
    no_folding(monkeypatch)
    app = make_app("--seed", "7")
    open_lesson(app, "secret-speech-1956")
    reach_two_quiet_turns(app)
    game = app.session.game
    start = len(game.log)
    pygame.event.clear()
    for _ in range(2):
        pygame.event.post(key_event(pygame.K_RETURN))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=pygame.K_RETURN, mod=0,
                                             unicode="", scancode=0))
    drawn: list[int] = []

    def watch(app) -> None:
        drawn.append(len(game.log))
        if len(drawn) > 6:
            app.quit()

    app.on_frame = watch
    app.close = lambda: None  # keep the window for the assertions
    app.run()
    assert len(game.log) == start + 2
    assert start + 1 in drawn, f"the first move was never on screen: {drawn}"
