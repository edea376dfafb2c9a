"""The New game screen's own text fields (class seed, player name): editing at a caret, the cap,
digits only, paste, an input method's composed text, and the whole screen by keyboard and mouse."""

from __future__ import annotations

import pygame
import pytest

from game.ui.textfield import TextField
from game.ui.theme import Theme
from tests.ui.helpers import install_tiny, key_event, make_app, press


@pytest.fixture
def theme() -> Theme:
    pygame.font.init()
    return Theme((1280, 720))


def field(theme: Theme, text: str = "", **kw) -> TextField:
    return TextField(theme, pygame.Rect(20, 20, 300, 44), "player", text, **kw)


def typed(f: TextField, text: str) -> None:
    assert f.handle(pygame.event.Event(pygame.TEXTINPUT, text=text))


def key(f: TextField, k: int, mod: int = 0) -> bool:
    return f.handle(key_event(k, mod))


def test_typing_and_editing_at_the_caret(theme):
    f = field(theme, "Anna")
    assert f.caret == 4
    typed(f, " K")
    assert f.value == "Anna K"
    key(f, pygame.K_HOME)
    typed(f, "Ж")
    assert f.value == "ЖAnna K"
    key(f, pygame.K_DELETE)
    assert f.value == "Жnna K"
    key(f, pygame.K_RIGHT)
    key(f, pygame.K_BACKSPACE)
    assert (f.value, f.caret) == ("Жna K", 1)
    key(f, pygame.K_LEFT)
    key(f, pygame.K_LEFT)  # already at the start: stays
    key(f, pygame.K_BACKSPACE)  # nothing before the caret
    assert (f.value, f.caret) == ("Жna K", 0)
    key(f, pygame.K_END)
    key(f, pygame.K_DELETE)  # nothing after the caret
    key(f, pygame.K_RIGHT)
    assert (f.value, f.caret) == ("Жna K", 5)
    typed(f, "  ")
    assert f.text == "Жna K"  # the spaces around are not part of the name


def test_the_length_cap_holds_for_typing_pasting_and_the_starting_text(theme, monkeypatch):
    f = field(theme, "x" * 30, limit=24)
    assert f.value == "x" * 24
    typed(f, "y")
    assert f.value == "x" * 24
    f = field(theme, "abc", limit=5)
    key(f, pygame.K_HOME)
    monkeypatch.setattr(pygame.scrap, "get_text", lambda: "123456789")
    assert key(f, pygame.K_v, pygame.KMOD_LCTRL)
    assert (f.value, f.caret) == ("12abc", 2)


def test_ctrl_a_selects_all_and_typing_replaces_the_selection(theme, monkeypatch):
    f = field(theme, "/root/", limit=40)
    assert key(f, pygame.K_a, pygame.KMOD_LCTRL)
    assert f.selection() == (0, 6)
    typed(f, "/srv/7B")
    assert (f.value, f.caret, f.selection()) == ("/srv/7B", 7, None)
    key(f, pygame.K_a, pygame.KMOD_META)  # Cmd+A on a Mac
    key(f, pygame.K_BACKSPACE)
    assert f.value == ""
    f = field(theme, "Anna Karenina")
    key(f, pygame.K_HOME, pygame.KMOD_SHIFT)  # Shift+Home: from the caret to the start
    assert f.selection() == (0, 13)
    key(f, pygame.K_RIGHT)  # Right closes the selection at its end
    assert (f.caret, f.selection()) == (13, None)
    for _ in range(8):
        key(f, pygame.K_LEFT, pygame.KMOD_LSHIFT)
    key(f, pygame.K_DELETE)
    assert f.value == "Anna "
    key(f, pygame.K_a, pygame.KMOD_CTRL)
    monkeypatch.setattr(pygame.scrap, "get_text", lambda: "Boris")
    key(f, pygame.K_v, pygame.KMOD_CTRL)  # a paste replaces the selection too
    assert f.value == "Boris"
    key(f, pygame.K_a, pygame.KMOD_CTRL)
    key(f, pygame.K_END)  # End (and Home) move the caret and end the selection
    assert (f.caret, f.selection()) == (5, None)
    key(f, pygame.K_HOME)
    assert f.caret == 0


def test_a_full_field_takes_typing_over_its_selection(theme):
    f = field(theme, "x" * 24, limit=24)
    key(f, pygame.K_a, pygame.KMOD_CTRL)
    typed(f, "y")
    assert f.value == "y"


def test_the_selection_is_drawn(theme):
    surface = pygame.Surface((400, 100))
    f = field(theme, "Khrushchev")
    f.draw(surface, theme, True, False)
    before = pygame.image.tobytes(surface, "RGB")
    key(f, pygame.K_a, pygame.KMOD_CTRL)
    f.draw(surface, theme, True, False)
    assert pygame.image.tobytes(surface, "RGB") != before
    assert any(surface.get_at((x, f.rect.centery))[:3] == theme.palette.red
               for x in range(f.rect.x, f.rect.right))


def test_the_seed_field_takes_digits_only(theme, monkeypatch):
    f = field(theme, "4a2", limit=9, digits=True)
    assert f.value == "42"
    for text in ("x", " ", "-", "٣", "7"):
        typed(f, text)
    assert f.value == "427"
    monkeypatch.setattr(pygame.scrap, "get_text", lambda: " 1 9\n5a3 ")
    key(f, pygame.K_v, pygame.KMOD_META)  # Cmd+V on a Mac
    assert f.value == "4271953"


def test_paste_keeps_one_line_and_no_control_characters(theme, monkeypatch):
    f = field(theme)
    monkeypatch.setattr(pygame.scrap, "get_text", lambda: "Class\n9b\x07\t")
    key(f, pygame.K_v, pygame.KMOD_RCTRL)
    assert f.value == "Class 9b"


def test_paste_without_a_clipboard_does_nothing(theme, monkeypatch):
    def broken() -> str:
        raise pygame.error("no clipboard")

    f = field(theme, "Anna")
    monkeypatch.setattr(pygame.scrap, "get_text", broken)
    assert key(f, pygame.K_v, pygame.KMOD_CTRL)
    assert f.value == "Anna"


def test_input_method_text_is_shown_while_composed_and_kept_when_committed(theme):
    f = field(theme, "A")
    assert f.handle(pygame.event.Event(pygame.TEXTEDITING, text="かな", start=2, length=0))
    assert f.composing == "かな" and f.value == "A"
    typed(f, "仮名")
    assert f.composing == "" and f.value == "A仮名"


def test_keys_for_the_screen_pass_through_and_characters_are_used_up(theme):
    f = field(theme)
    for k in (pygame.K_TAB, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_ESCAPE, pygame.K_F11):
        assert not key(f, k), pygame.key.name(k)
    for k in (pygame.K_SPACE, pygame.K_1, pygame.K_a, pygame.K_UP):
        assert key(f, k), pygame.key.name(k)
    assert f.value == ""  # the characters themselves come as TEXTINPUT


def test_a_click_puts_the_caret_between_the_nearest_characters(theme):
    f = field(theme, "Khrushchev")
    x0 = f.rect.x + f.pad
    f.place_caret(x0 - 50)
    assert f.caret == 0
    f.place_caret(x0 + f.font.size("Khru")[0] + 1)
    assert f.caret == 4
    f.place_caret(f.rect.right + 100)
    assert f.caret == len("Khrushchev")


def _ink_columns(surface: pygame.Surface, rect: pygame.Rect, ink) -> list[int]:
    return [x for x in range(rect.x, rect.right) if any(
        surface.get_at((x, y))[:3] == ink for y in range(rect.y + 6, rect.bottom - 6))]


@pytest.mark.parametrize("scale", [1.0, 1.36])
def test_long_text_scrolls_so_the_caret_stays_inside_the_box(scale):
    pygame.font.init()
    theme = Theme((1280, 720), scale)
    f = TextField(theme, pygame.Rect(100, 20, 160, 44), "player", "W" * 24, limit=24)
    inner = f.rect.inflate(-2 * f.pad, 0)
    surface = pygame.Surface((400, 100))
    for caret in (pygame.K_END, pygame.K_HOME, pygame.K_END):
        key(f, caret)
        surface.fill((255, 255, 255))
        f.draw(surface, theme, True, False)
        assert inner.x <= f.caret_x <= inner.right
        # The text is cut at the box: nothing is printed beyond the focus ring on either side.
        ring = theme.px(8)
        for x in (*range(0, f.rect.x - ring), *range(f.rect.right + ring, 400)):
            assert surface.get_at((x, f.rect.centery))[:3] == (255, 255, 255), x
    assert f.caret_x >= inner.right - f.font.size("W")[0] - 3  # the end of the text in view


def test_unfocused_field_draws_no_caret(theme):
    f = field(theme)
    surface = pygame.Surface((400, 100))
    surface.fill((255, 255, 255))
    f.draw(surface, theme, False, False)
    assert not _ink_columns(surface, f.rect.inflate(-2 * f.pad, -8), theme.palette.ink)
    f.draw(surface, theme, True, False)
    assert _ink_columns(surface, f.rect.inflate(-2 * f.pad, -8), theme.palette.ink)


# --- on the New game screen --------------------------------------------------------------------
def _newgame(thaw_home):
    install_tiny(thaw_home)
    app = make_app()
    app.step(0.016)
    press(app, pygame.K_RETURN)
    assert app.top.name == "newgame"
    return app


def _tab_to(app, name: str) -> None:
    for _ in range(20):
        if app.top.focused_name() == name:
            return
        press(app, pygame.K_TAB)
    raise AssertionError(f"Tab never reached {name}")


def _type(app, text: str) -> None:
    for ch in text:
        app.handle(pygame.event.Event(pygame.KEYDOWN, key=ord(ch.lower()) if ch.isascii() else 0,
                                      mod=0, unicode=ch, scancode=0))
        app.handle(pygame.event.Event(pygame.TEXTINPUT, text=ch))
    app.step(0.016)


def test_keyboard_alone_fills_both_fields_and_starts(thaw_home):
    app = _newgame(thaw_home)
    _tab_to(app, "seed")
    _type(app, "19a56")
    press(app, pygame.K_BACKSPACE)
    press(app, pygame.K_TAB)
    assert app.top.focused_name() == "player"
    _type(app, "Anna K")  # the space types a space; it does not press a button
    assert app.top.name == "newgame"
    press(app, pygame.K_RETURN)
    assert app.top.name == "turn"
    assert app.session.game.seed == 195
    assert app.session.player == "Anna K"


def test_escape_leaves_the_field_and_keeps_the_text(thaw_home):
    app = _newgame(thaw_home)
    _tab_to(app, "player")
    _type(app, "Ivan")
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "newgame" and app.top.focused_name() == "Start"
    press(app, pygame.K_DOWN)  # out of the field the arrows pick a scenario again
    assert app.top.player.text == "Ivan"


def test_a_click_focuses_a_field_and_a_click_on_the_page_leaves_it(thaw_home):
    app = _newgame(thaw_home)
    scene = app.top
    pos = scene.seed.rect.center
    app.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    assert scene.focused_name() == "seed"
    _type(app, "7")
    assert scene.seed.text == "7"
    app.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(app.size[0] - 5, 140), button=1))
    assert scene.focused_name() == "Start"
    _type(app, "8")
    assert scene.seed.text == "7"


def test_what_was_typed_survives_a_resize_and_a_text_size_change(thaw_home):
    app = _newgame(thaw_home)
    _tab_to(app, "player")
    _type(app, "Olga")
    app.handle(pygame.event.Event(pygame.VIDEORESIZE, w=1024, h=640, size=(1024, 640)))
    app.step(0.016)
    import dataclasses

    app.apply_settings(dataclasses.replace(app.settings, text_size="largest"))
    app.step(0.016)
    assert app.top.player.value == "Olga"
    assert app.top.focused_name() == "player"
