"""The scene stack: each screen is a Scene with a plain lifecycle.

`enter()` when it becomes part of the stack, `exit()` when it leaves; `layout()` builds its widgets
for the current window size and theme (again after a resize or a settings change);
`handle_event()` returns whether it used the event; `update(dt)` changes things; `draw()` only
draws. The app redraws only when something is marked dirty or the layout key changes (the window,
the text settings, or the game: every move of the game lays every screen out again), so an idle
screen costs nothing and no screen shows a game that has moved on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.widgets import Viewport, Widget

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.theme import Theme


class Scene:
    name = "scene"
    opaque = True  # False: the scene below shows through (menus, messages)

    def __init__(self, app: App) -> None:
        self.app = app
        # Laid out by `layout()` for the current window, text size and game; rebuilt whole.
        self.widgets: list[Widget] = []
        self.viewports: list[Viewport] = []  # the scrolling parts (see `scrolling`)
        self.scroll_keys: Viewport | None = None  # the one the arrows and Page keys scroll
        self.focus: int | None = None
        self.hover: Widget | None = None
        self.laid_out_for: tuple | None = None
        self.kept_offsets: dict[str, int] = {}  # where each viewport was scrolled to, by name

    @property
    def theme(self) -> Theme:
        return self.app.theme

    # --- lifecycle ---------------------------------------------------------------------------
    def enter(self) -> None:
        pass

    def exit(self) -> None:
        pass

    def resume(self) -> None:
        """The scene above it was closed: it is on top again."""
        self.laid_out_for = None  # what it shows may have changed (settings, a save)

    def ensure_layout(self) -> None:
        key = self.app.layout_key()
        if key != self.laid_out_for:
            focused = self.focused_name()
            hovered = self.hover.name if self.hover is not None else None
            self.kept_offsets = {v.name: v.offset for v in self.viewports if v.name}
            self.widgets, self.viewports, self.scroll_keys = [], [], None
            self.layout()
            self.laid_out_for = key
            self.restore_focus(focused)
            self.hover = next((w for w in self.widgets if hovered and w.name == hovered), None)

    def forget_layout(self) -> None:
        """Drops everything laid out or drawn ahead: the next draw starts from the game and the
        settings alone (what the tests compare the frame on screen with)."""
        self.laid_out_for = None

    def layout(self) -> None:
        """Build `self.widgets` and `self.viewports` (and pre-render text) for `self.app.size`."""

    def scrolling(self, viewport: Viewport, name: str, keys: bool = False) -> Viewport:
        """Makes a filled viewport part of the screen: drawn with the widgets, scrolled by the
        wheel over it (and by the keys, with `keys`), scrolled back to where it was when the
        screen is laid out again (by `name`), and hiding its widgets where they are out of it.
        One of a name already there is replaced, and starts at the top (new content)."""
        viewport.name = name
        old = next((v for v in self.viewports if v.name == name), None)
        if old is not None:
            self.viewports[self.viewports.index(old)] = viewport
        else:
            viewport.scroll_to(self.kept_offsets.get(name, 0))
            self.viewports.append(viewport)
        if keys or (old is not None and self.scroll_keys is old):
            self.scroll_keys = viewport
        return viewport

    def needs_prepare(self) -> bool:
        """Whether `prepare()` has work to do (for a scene under the top one)."""
        return False

    def prepare(self) -> None:
        """Get ready to be shown again, in idle time."""

    def update(self, dt: float) -> None:
        pass

    def animating(self) -> bool:
        """True while the screen changes on its own (then the app redraws every frame)."""
        return False

    def draw(self, surface: pygame.Surface) -> None:
        raise NotImplementedError

    def changed_rects(self) -> list[pygame.Rect] | None:
        """Where the frame just drawn differs from this screen's frame before it (the window
        then shows only those parts anew); None for everywhere."""
        return None

    def draw_widgets(self, surface: pygame.Surface) -> None:
        """The viewports (each with its widgets), then the widgets outside them."""
        focused = self.focused_widget()
        for viewport in self.viewports:
            viewport.draw(surface, focused, self.hover)
        inside = {id(w) for viewport in self.viewports for w in viewport.widgets}
        for widget in self.widgets:
            if id(widget) not in inside:
                widget.draw(surface, self.theme, widget is focused, widget is self.hover)

    # --- focus -------------------------------------------------------------------------------
    def focusables(self) -> list[Widget]:
        return [w for w in self.widgets if w.focusable]

    def focused_widget(self) -> Widget | None:
        items = self.focusables()
        if self.focus is None or not items:
            return None
        return items[self.focus % len(items)]

    def focused_name(self) -> str | None:
        widget = self.focused_widget()
        return widget.name if widget else None

    def restore_focus(self, name: str | None) -> None:
        items = self.focusables()
        if name is not None:
            for i, w in enumerate(items):
                if w.name == name:
                    self.focus = i
                    return
        if self.focus is not None and items:
            self.focus = min(self.focus, len(items) - 1)
        elif self.focus is not None:
            self.focus = None

    def set_focus(self, name: str) -> None:
        for i, w in enumerate(self.focusables()):
            if w.name == name:
                self.focus = i
                return

    def move_focus(self, step: int) -> None:
        """Next (or previous) enabled widget; disabled ones keep their place but are skipped."""
        items = self.focusables()
        if not any(w.enabled for w in items):
            return
        index = self.focus
        if index is None:
            index = -1 if step > 0 else len(items)
        for _ in range(len(items)):
            index = (index + step) % len(items)
            if items[index].enabled:
                break
        self.focus = index
        self.on_focus(items[index])

    def on_focus(self, widget: Widget | None) -> None:
        """The focus moved to `widget`: it is scrolled into view."""
        for viewport in self.viewports:
            if viewport.show(widget):
                self.app.dirty = True

    # --- input -------------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> bool:
        """The common part: hover, click, the wheel, Tab, Enter/Space, Esc, the arrows and the
        Page keys. Screens add their keys first and call this for the rest."""
        if event.type == pygame.MOUSEWHEEL:
            return self.wheel(event)
        if event.type == pygame.MOUSEMOTION:
            hit = self.widget_at(event.pos)
            if hit is not self.hover:
                self.hover = hit
                self.app.dirty = True
            return False
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            hit = self.widget_at(event.pos)
            if hit is None:
                return False
            items = self.focusables()
            if hit in items:
                self.focus = items.index(hit)
            self.press(hit)
            return True
        if event.type == pygame.KEYDOWN:
            return self.key(event)
        return False

    def press(self, widget: Widget) -> None:
        self.app.click()
        widget.activate()
        self.app.dirty = True

    def key(self, event: pygame.event.Event) -> bool:
        """A key the screen did not take itself."""
        step = {pygame.K_DOWN: 1, pygame.K_RIGHT: 1, pygame.K_UP: -1, pygame.K_LEFT: -1}
        if event.key == pygame.K_TAB or (event.key in step and self.arrow_focus()):
            back = event.key == pygame.K_TAB and event.mod & pygame.KMOD_SHIFT
            self.move_focus(-1 if back else step.get(event.key, 1))
            self.app.dirty = True
            return True
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
            widget = self.focused_widget()
            if widget is None:
                return self.on_enter()
            self.press(widget)
            return True
        if event.key == pygame.K_ESCAPE:
            self.back()
            return True
        if self.scroll_keys is not None and self.scroll_keys.handle(event):
            self.app.dirty = True
            return True
        return False

    def wheel(self, event: pygame.event.Event) -> bool:
        """The wheel scrolls the viewport under the mouse."""
        for viewport in self.viewports:
            if viewport.handle(event, self.app.where(), keys=False):
                self.app.dirty = True
                return True
        return False

    def arrow_focus(self) -> bool:
        """Whether the arrow keys move the focus (menus) or do something else (scrolling)."""
        return False

    def on_enter(self) -> bool:
        """Enter with nothing focused."""
        return False

    def widget_at(self, pos: tuple[int, int]) -> Widget | None:
        """The widget under `pos` (none where a viewport has scrolled it out of view)."""
        for widget in reversed(self.widgets):
            if widget.contains(pos) and not any(v.hides(widget, pos) for v in self.viewports):
                return widget
        return None

    def back(self) -> None:
        self.app.pop()
