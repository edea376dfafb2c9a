"""Random clicks, keys, wheel turns, typing and resizes: no exception, and the game stays whole."""

from __future__ import annotations

import random

import pygame
import pytest

from game.sim.engine import Game
from tests.ui.helpers import install_tiny, make_app

KEYS = [pygame.K_RETURN, pygame.K_ESCAPE, pygame.K_TAB, pygame.K_SPACE, pygame.K_UP,
        pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_PAGEUP, pygame.K_PAGEDOWN,
        pygame.K_HOME, pygame.K_END, pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4,
        pygame.K_p, pygame.K_h, pygame.K_t, pygame.K_a, pygame.K_BACKSPACE, pygame.K_KP_ENTER,
        pygame.K_F11]


@pytest.mark.parametrize("seed", [1, 2])
def test_random_input_never_breaks_the_window(thaw_home, seed):
    install_tiny(thaw_home)
    rng = random.Random(seed)
    app = make_app()
    app.step(0.016)
    app.quit = lambda: None  # the Quit button would end the loop; keep going
    size = app.size
    visited: set[str] = set()
    moved: tuple = ()
    replays = 0
    for _ in range(2500):
        visited.add(app.top.name)
        roll = rng.random()
        if roll < 0.45:
            k = rng.choice(KEYS)
            mod = pygame.KMOD_SHIFT if rng.random() < 0.1 else 0
            app.handle(pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="",
                                          scancode=0))
            if rng.random() < 0.9:  # now and then a key is held, and repeats
                app.handle(pygame.event.Event(pygame.KEYUP, key=k, mod=mod, unicode="",
                                              scancode=0))
        elif roll < 0.8:
            pos = (rng.randrange(size[0]), rng.randrange(size[1]))
            app.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                          buttons=(0, 0, 0)))
            app.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
            app.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
        elif roll < 0.88:
            app.handle(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=rng.choice((-3, -1, 1, 3)),
                                          flipped=False, precise_x=0.0, precise_y=1.0))
        elif roll < 0.95:
            app.handle(pygame.event.Event(pygame.TEXTINPUT, text=rng.choice("7aЖ ")))
        else:
            size = (rng.randrange(300, 1921), rng.randrange(200, 1081))
            pygame.display.set_mode(size, pygame.RESIZABLE)
            app.handle(pygame.event.Event(pygame.VIDEORESIZE, w=size[0], h=size[1], size=size))
            size = app.size
        app.step(0.016)
        assert app.stack and app.stack[0].name == "title"
        if app.session is not None and (id(app.session.game), len(app.session.game.log)) != moved:
            # The game moved: the window's game is the game its log replays to (a screen that
            # changed the game behind the log's back would show here).
            game = app.session.game
            moved = (id(game), len(game.log))
            replayed = Game.replay(game.world, game.seed, game.log)
            assert (replayed.state.values, replayed.turn, replayed.ending, replayed.pending) == \
                (game.state.values, game.turn, game.ending, game.pending)
            replays += 1
    print(sorted(visited))
    assert "turn" in visited  # the random player did get into a game
    assert replays >= 10  # and moved it, again and again
