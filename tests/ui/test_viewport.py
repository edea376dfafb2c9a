"""The one scrolling viewport every scrolling screen uses: what it scrolls, what it hides, the
wheel over it and the keys, and a screen laid out again keeping its place."""

from __future__ import annotations

import pygame

from game.ui.theme import Theme
from game.ui.widgets import Button, Viewport
from tests.ui.helpers import make_app, press


def rows(count: int = 30):
    pygame.font.init()
    theme = Theme((1280, 720))
    view = Viewport(theme, pygame.Rect(100, 100, 400, 200), gap=4)
    buttons = [view.add(Button(theme, pygame.Rect(0, 0, view.content_width, 36), f"row {i}",
                               None)) for i in range(count)]
    return view, buttons


def wheel(y: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y)


def test_widgets_stack_at_their_declared_places_and_scroll_within_the_content():
    view, buttons = rows()
    assert [view.top_of(b) for b in buttons[:3]] == [0, 40, 80]
    assert view.content_height == 30 * 36 + 29 * 4
    assert view.max_offset == view.content_height - 200
    assert not view.scroll(-50) and view.offset == 0  # already at the top
    assert view.scroll(10**6) and view.offset == view.max_offset
    assert buttons[-1].rect.bottom == view.rect.bottom
    assert buttons[0].rect.y == view.rect.y - view.max_offset


def test_show_scrolls_just_enough_and_hidden_widgets_cannot_be_hit():
    view, buttons = rows()
    assert view.show(buttons[10])
    assert view.rect.contains(buttons[10].rect) and buttons[10].rect.bottom == view.rect.bottom
    assert not view.show(buttons[9])  # in view already: nothing moves
    first = buttons[0]
    assert not view.visible(first) and view.hides(first, first.rect.center)
    assert not view.hides(buttons[10], buttons[10].rect.center)
    assert not view.show(Button(view.theme, pygame.Rect(0, 0, 10, 10), "elsewhere", None))


def test_the_wheel_scrolls_only_with_the_mouse_over_it_and_keys_only_when_asked():
    view, _ = rows()
    assert not view.handle(wheel(-1), pointer=(10, 10))  # outside
    assert view.handle(wheel(-1), pointer=(150, 150)) and view.offset == view.theme.px(40)
    down = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_PAGEDOWN, mod=0)
    assert not view.handle(down, pointer=(150, 150), keys=False)
    assert view.handle(down) and view.offset == view.theme.px(40) + 200 - view.theme.px(40)
    end = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_END, mod=0)
    home = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_HOME, mod=0)
    assert view.handle(end) and view.offset == view.max_offset
    assert view.handle(home) and view.offset == 0


def test_a_screen_scrolls_by_the_wheel_where_the_mouse_is_and_keeps_its_place(thaw_home):
    """The glossary's list: the wheel over it (after the mouse moved there) scrolls it, a
    click on a row scrolled out of view does nothing, and a new window size keeps the place."""
    app = make_app()
    from game.ui.screens.glossary import GlossaryScene

    app.push(GlossaryScene(app))
    app.step(0.016)
    scene = app.top
    view = scene.list
    assert view.max_offset > 0, "the glossary is long enough to scroll"
    inside = view.rect.center
    app.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=(5, 5), rel=(0, 0), buttons=(0, 0, 0)))
    app.handle(wheel(-3))
    assert view.offset == 0, "the wheel away from the list scrolled it"
    app.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=inside, rel=(0, 0), buttons=(0, 0, 0)))
    app.handle(wheel(-3))
    app.step(0.016)
    offset = view.offset
    assert offset > 0
    hidden = scene.rows[0]
    assert scene.widget_at((hidden.rect.centerx, view.rect.y - 2)) is None
    for _ in range(20):  # the keys pick entries further down: the list follows
        press(app, pygame.K_DOWN)
    offset = view.offset
    assert offset > 0 and view.rect.contains(scene.rows[20].rect)
    pygame.display.set_mode((1400, 720), pygame.RESIZABLE)  # wider: the same scale
    app.handle(pygame.event.Event(pygame.VIDEORESIZE, w=1400, h=720, size=(1400, 720)))
    app.step(0.016)
    assert scene.list is not view and scene.list.offset == offset, "laid out again elsewhere"


def test_keys_scroll_a_document_screen(thaw_home):
    app = make_app()
    from game.ui.screens.howto import HowToScene

    app.push(HowToScene(app))
    app.step(0.016)
    page = app.top.scroller
    assert page.max_offset > 0
    press(app, pygame.K_DOWN)
    assert page.offset > 0
    press(app, pygame.K_END)
    assert page.offset == page.max_offset
    press(app, pygame.K_HOME)
    assert page.offset == 0
