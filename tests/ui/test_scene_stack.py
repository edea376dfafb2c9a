"""The scene stack: push, pop, replace, modal scenes drawing over the one below, and layout only
when the window or the settings change."""

from __future__ import annotations

import pygame

from game.ui.scene import Scene
from tests.ui.helpers import make_app


class Probe(Scene):
    def __init__(self, app, name: str, opaque: bool = True) -> None:
        super().__init__(app)
        self.name = name
        self.opaque = opaque
        self.calls: list[str] = []

    def enter(self) -> None:
        self.calls.append("enter")

    def exit(self) -> None:
        self.calls.append("exit")

    def resume(self) -> None:
        super().resume()
        self.calls.append("resume")

    def layout(self) -> None:
        self.calls.append("layout")

    def draw(self, surface) -> None:
        self.calls.append("draw")
        surface.fill((10, 20, 30))


def test_push_pop_replace_and_lifecycle(thaw_home):
    app = make_app()
    a, b, c = Probe(app, "a"), Probe(app, "b"), Probe(app, "c")
    app.push(a)
    app.push(b)
    assert [s.name for s in app.stack] == ["title", "a", "b"]
    app.replace(c)
    assert [s.name for s in app.stack] == ["title", "a", "c"]
    assert b.calls == ["enter", "exit"]
    app.pop()
    assert a.calls[-1] == "resume" and app.top is a
    app.pop()
    app.pop()  # the title screen is never popped
    assert [s.name for s in app.stack] == ["title"]


def test_only_from_the_top_opaque_scene_down_is_drawn(thaw_home):
    app = make_app()
    a, modal = Probe(app, "a"), Probe(app, "modal", opaque=False)
    app.push(a)
    app.push(modal)
    app.step(0.016)
    assert "draw" in a.calls and "draw" in modal.calls
    title_draws = app.stack[0]
    assert title_draws.laid_out_for is None  # under an opaque scene: not even laid out


def test_nothing_is_redrawn_when_nothing_changed(thaw_home):
    app = make_app()
    a = Probe(app, "a")
    app.push(a)
    assert app.step(0.016) is True
    draws = a.calls.count("draw")
    for _ in range(10):
        assert app.step(0.016) is False
    assert a.calls.count("draw") == draws
    layouts = a.calls.count("layout")
    app.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=(5, 5), rel=(0, 0), buttons=(0, 0, 0)))
    app.step(0.016)
    assert a.calls.count("layout") == layouts  # input alone does not lay out again
    pygame.display.set_mode((1024, 600), pygame.RESIZABLE)
    app.handle(pygame.event.Event(pygame.VIDEORESIZE, w=1024, h=600, size=(1024, 600)))
    app.step(0.016)
    assert a.calls.count("layout") == layouts + 1
