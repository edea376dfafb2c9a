"""A one-line text field on our own widgets: the class seed and the player's name on the New game
screen.

Focused by a click or by Tab like every other widget; while it has the focus it takes the typing:
characters arrive as TEXTINPUT events (so accents, Cyrillic and an input method's composed text
work), and Backspace, Delete, Left, Right, Home and End edit at the caret. Ctrl+A (Cmd+A on a Mac)
selects the whole text, and Shift with Left, Right, Home or End selects from the caret: typing,
pasting, Backspace and Delete then replace the selection. Ctrl+V (Cmd+V) pastes when the system
clipboard can be read, and does nothing when it cannot. A length cap and, for the seed, digits
only, are kept on every way in (typing, pasting, the starting text).

A field made with `select_on_focus` (a folder's path, prefilled) has its whole text selected when
it takes the focus by a click or by Tab, so what is typed replaces it.

The caret does not blink: a steady caret costs no redraws while the screen sits idle, and the
focus ring already says where the typing goes.
"""

from __future__ import annotations

import pygame

from game.ui.text import rendered
from game.ui.theme import Theme
from game.ui.widgets import Widget, focus_ring

DIGITS = "0123456789"
# Keys a field leaves to its screen: moving on (Tab), starting (Enter), leaving (Esc), the
# function keys (F11 is full screen).
_PASS_KEYS = {pygame.K_TAB, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_ESCAPE,
              *(getattr(pygame, f"K_F{n}") for n in range(1, 16))}


def _paste_text() -> str:
    """The clipboard's text, or '' when there is none or it cannot be read (no clipboard on this
    system, the dummy video driver, a pygame built without it)."""
    try:
        text = pygame.scrap.get_text()
    except (pygame.error, AttributeError, NotImplementedError, OSError):
        return ""
    return text if isinstance(text, str) else ""


class TextField(Widget):
    """One line of text with a caret. `text` is what was typed, without the spaces around it."""

    def __init__(self, theme: Theme, rect: pygame.Rect, name: str, text: str = "",
                 limit: int = 24, digits: bool = False, select_on_focus: bool = False) -> None:
        super().__init__(rect, None, name)
        self.limit = limit
        self.digits = digits
        self.select_on_focus = select_on_focus
        self.value = self._clean(text)[:limit]
        self.caret = len(self.value)
        self.anchor: int | None = None  # the other end of the selection, if there is one
        self.composing = ""  # an input method's text not yet committed, shown after the caret
        self.font = theme.font("body", "sans")
        self.pad = theme.px(8)
        self._shift = 0  # pixels the text is moved left so the caret stays in view
        self.caret_x = 0  # where the caret was last drawn, in window pixels

    @property
    def text(self) -> str:
        return self.value.strip()

    # --- editing (no drawing here, so the tests can drive it directly) -----------------------
    def _clean(self, text: str) -> str:
        """What may go into the field: no line breaks or control characters; for a digits-only
        field, only the digits."""
        text = " ".join(text.splitlines())
        if self.digits:
            return "".join(ch for ch in text if ch in DIGITS)
        return "".join(ch for ch in text if ch.isprintable())

    def selection(self) -> tuple[int, int] | None:
        """(start, end) of the selected text, or None when nothing is selected."""
        if self.anchor is None or self.anchor == self.caret:
            return None
        return min(self.anchor, self.caret), max(self.anchor, self.caret)

    def select_all(self) -> None:
        self.anchor, self.caret = 0, len(self.value)

    def take_selection(self) -> bool:
        """Removes the selected text (the caret where it was); whether there was any."""
        chosen = self.selection()
        self.anchor = None
        if chosen is None:
            return False
        start, end = chosen
        self.value = self.value[:start] + self.value[end:]
        self.caret = start
        return True

    def insert(self, text: str) -> bool:
        """Puts text at the caret (in place of the selection), as much as the cap leaves room
        for; whether anything went in."""
        text = self._clean(text)
        if not text:
            return False
        self.take_selection()
        room = self.limit - len(self.value)
        text = text[:max(0, room)]
        if not text:
            return False
        self.value = self.value[:self.caret] + text + self.value[self.caret:]
        self.caret += len(text)
        return True

    def backspace(self) -> None:
        if self.take_selection():
            return
        if self.caret > 0:
            self.value = self.value[:self.caret - 1] + self.value[self.caret:]
            self.caret -= 1

    def delete(self) -> None:
        if self.take_selection():
            return
        self.value = self.value[:self.caret] + self.value[self.caret + 1:]

    def move(self, to: int, extend: bool = False) -> None:
        """The caret to `to`; with `extend` (Shift held) the selection grows or shrinks with it,
        else any selection ends."""
        if extend and self.anchor is None:
            self.anchor = self.caret
        elif not extend:
            self.anchor = None
        self.caret = max(0, min(len(self.value), to))

    def paste(self) -> bool:
        return self.insert(_paste_text())

    def handle(self, event: pygame.event.Event) -> bool:
        """An event while the field has the focus; returns whether the field used it. Keys that
        only produce a character are used up here (the character itself comes as TEXTINPUT), so
        Space or a digit never also presses a button."""
        if event.type == pygame.TEXTINPUT:
            self.composing = ""
            self.insert(event.text)
            return True
        if event.type == pygame.TEXTEDITING:
            self.composing = event.text
            return True
        if event.type != pygame.KEYDOWN or event.key in _PASS_KEYS:
            return False
        command = event.mod & (pygame.KMOD_CTRL | pygame.KMOD_META)
        shift = bool(event.mod & pygame.KMOD_SHIFT)
        chosen = self.selection()
        # Left and Right without Shift close a selection at its near end, as text boxes do.
        left = chosen[0] if chosen and not shift else self.caret - 1
        right = chosen[1] if chosen and not shift else self.caret + 1
        edits = {
            pygame.K_BACKSPACE: self.backspace,
            pygame.K_DELETE: self.delete,
            pygame.K_LEFT: lambda: self.move(left, shift),
            pygame.K_RIGHT: lambda: self.move(right, shift),
            pygame.K_HOME: lambda: self.move(0, shift),
            pygame.K_END: lambda: self.move(len(self.value), shift),
        }
        if event.key in edits:
            edits[event.key]()
        elif command and event.key == pygame.K_a:
            self.select_all()
        elif command and event.key == pygame.K_v:
            self.paste()
        return True

    def place_caret(self, x: int) -> None:
        """A click at window x: the caret goes to the nearest gap between characters."""
        inside = x - (self.rect.x + self.pad) + self._shift
        best, best_d = 0, abs(inside)
        for i in range(1, len(self.value) + 1):
            d = abs(self.font.size(self.value[:i])[0] - inside)
            if d < best_d:
                best, best_d = i, d
        self.caret = best
        self.anchor = None

    def focus_gained(self) -> None:
        """Tells an input method where the field is, so its candidate list opens beside it."""
        try:
            pygame.key.start_text_input()
            pygame.key.set_text_input_rect(self.rect)
        except pygame.error:
            pass

    # --- drawing ------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, hovered: bool) -> None:
        p = theme.palette
        pygame.draw.rect(surface, p.paper if focused or hovered else p.paper_dark, self.rect)
        pygame.draw.rect(surface, p.ink if focused else p.rule, self.rect, p.border)
        inner = self.rect.inflate(-2 * self.pad, -2 * p.border)
        before = self.value[:self.caret]
        caret_x = self.font.size(before)[0]
        composing_w = self.font.size(self.composing)[0] if self.composing else 0
        # Scroll so the caret (and any text being composed) stays inside the box.
        if caret_x + composing_w - self._shift > inner.width - 2:
            self._shift = caret_x + composing_w - inner.width + 2
        elif caret_x - self._shift < 0:
            self._shift = caret_x
        self._shift = max(0, min(self._shift, max(0, self.font.size(self.value)[0] + composing_w
                                                  - inner.width + 2)))
        clip = surface.get_clip()
        surface.set_clip(inner.clip(clip))
        y = self.rect.centery - self.font.get_linesize() // 2
        x = inner.x - self._shift
        if self.value:
            surface.blit(rendered(self.font, before, p.ink), (x, y))
            if self.composing:
                img = rendered(self.font, self.composing, p.ink_soft)
                surface.blit(img, (x + caret_x, y))
                under = y + self.font.get_ascent() + theme.px(3)
                pygame.draw.line(surface, p.ink_soft, (x + caret_x, under),
                                 (x + caret_x + composing_w, under), 1)
            after = self.value[self.caret:]
            if after:
                surface.blit(rendered(self.font, after, p.ink), (x + caret_x + composing_w, y))
        elif self.composing:
            surface.blit(rendered(self.font, self.composing, p.ink_soft), (x, y))
        chosen = self.selection()
        if chosen is not None and not self.composing:
            # The selection in the colours of a pressed button, over the text drawn above.
            start = self.font.size(self.value[:chosen[0]])[0]
            part = self.value[chosen[0]:chosen[1]]
            pygame.draw.rect(surface, p.red, (x + start, y, self.font.size(part)[0],
                                              self.font.get_linesize()))
            surface.blit(rendered(self.font, part, p.on_red), (x + start, y))
        self.caret_x = x + caret_x + composing_w
        if focused:
            pygame.draw.line(surface, p.ink, (self.caret_x, y + theme.px(2)),
                             (self.caret_x, y + self.font.get_linesize() - theme.px(2)),
                             max(2, theme.px(2)))
        surface.set_clip(clip)
        if focused:
            focus_ring(surface, theme, self.rect)


def focused_field(scene) -> TextField | None:
    """The text field that has the scene's focus, if one has."""
    widget = scene.focused_widget()
    return widget if isinstance(widget, TextField) else None


def click_into_field(scene, event: pygame.event.Event) -> bool:
    """A left click on one of the scene's text fields: the caret goes where the click fell and
    the field takes the focus. Returns whether the click was on a field."""
    if event.type != pygame.MOUSEBUTTONDOWN or event.button != 1:
        return False
    hit = scene.widget_at(event.pos)
    if not isinstance(hit, TextField):
        return False
    if hit.select_on_focus and scene.focused_widget() is not hit:
        hit.select_all()  # the first click into a prefilled path: typing replaces it
    else:
        hit.place_caret(event.pos[0])
    scene.set_focus(hit.name)
    hit.focus_gained()
    scene.app.dirty = True
    return True

