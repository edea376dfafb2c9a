"""Choosing a folder, on our own widgets (no system dialog): the folder's path in a text field
to type or paste into, the places to start from (the folder used last, the Desktop, Documents,
home, the drives), and the folder's sub-folders as rows to enter. The student's hand-in and the
teacher's class folder are chosen here.

Keys: Tab and the arrows move; Enter on a row enters it; Enter in the path field goes to the
folder typed (and then Enter chooses it); Backspace outside the field goes up a folder; Esc
cancels. A folder that cannot be read says why, in place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import paths
from game.settings import load_settings, save_settings
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, header_height, page_header
from game.ui.text import fit, rendered, wrap
from game.ui.textfield import TextField, click_into_field, focused_field
from game.ui.widgets import Button, Viewport, Widget, focus_ring, paper

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.theme import Theme

MAX_ROWS = 500  # sub-folders listed (a folder with more is typed into)


def remember(app: App, **changes: str) -> None:
    """Keeps a chosen folder in the settings for next time (the settings file as it is on disk
    gets the change: a text size given for this run only stays out of it)."""
    app.window.settings = dataclasses.replace(app.settings, **changes)
    stored, _ = load_settings()
    problem = save_settings(dataclasses.replace(stored, **changes))
    if problem:
        app.pending_messages.append(("Settings", problem))


def list_folder(folder: Path) -> tuple[list[Path], int]:
    """The sub-folders of `folder` (not hidden ones, by name, at most MAX_ROWS) and how many
    `.json` files it holds. Raises OSError."""
    subfolders: list[Path] = []
    records = 0
    for entry in folder.iterdir():
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():
                subfolders.append(entry)
            elif entry.suffix.lower() == ".json":
                records += 1
        except OSError:
            continue
    subfolders.sort(key=lambda p: p.name.casefold())
    return subfolders[:MAX_ROWS], records


class FolderRow(Widget):
    """A sub-folder: a drawn folder tab and its name."""

    def __init__(self, theme: Theme, width: int, name: str, action, key: str) -> None:
        font = theme.font("body", "sans")
        self.pad = theme.px(8)
        self.icon_w = theme.px(26)
        height = font.get_linesize() + 2 * self.pad
        super().__init__(pygame.Rect(0, 0, width, height), action, key)
        self.image = rendered(font, fit(font, name, width - self.icon_w - 3 * self.pad),
                              theme.palette.ink)

    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, hovered: bool) -> None:
        p = theme.palette
        r = self.rect
        pygame.draw.rect(surface, p.paper if hovered or focused else p.paper_dark, r)
        pygame.draw.rect(surface, p.rule, r, 1)
        s = theme.px(4)
        body = pygame.Rect(r.x + self.pad, r.centery - 2 * s, self.icon_w - s, 4 * s)
        pygame.draw.rect(surface, p.red, (body.x, body.y - s, body.width // 2, s + 1))
        pygame.draw.rect(surface, p.red, body)
        surface.blit(self.image, (r.x + self.pad * 2 + self.icon_w,
                                  r.centery - self.image.get_height() // 2))
        if focused:
            focus_ring(surface, theme, r)


class FolderPickerScene(Scene):
    name = "folders"

    def __init__(self, app: App, title: str, intro: str, start: Path,
                 on_choose: Callable[[Path], None], *, last: Path | None = None,
                 choose_label: str = "Choose this folder") -> None:
        super().__init__(app)
        self.title = title
        self.intro = intro
        self.on_choose = on_choose
        self.choose_label = choose_label
        self.places = ([("Used last", last)] if last is not None else []) + paths.common_places()
        self.current = Path(start)
        self.subfolders: list[Path] = []
        self.records = 0
        self.problem: str | None = None
        self.field: TextField | None = None
        self.typed = ""
        self.list: Viewport | None = None
        self.go(self.current)

    # --- where we are ------------------------------------------------------------------------
    def go(self, folder: Path) -> bool:
        """Shows `folder`; a folder that is not there or cannot be read stays where we were,
        and says why."""
        try:
            folder = folder.expanduser()
            if not folder.is_dir():
                raise NotADirectoryError(20, "there is no folder of that name")
            subfolders, records = list_folder(folder)
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self.problem = f"That folder cannot be opened: {reason}."
            self.app.dirty = True
            return False
        self.current, self.subfolders, self.records = folder, subfolders, records
        self.problem = None
        self.typed = _with_separator(str(folder))
        if self.list is not None:
            self.list.offset = 0  # a new folder's list starts at its top
        self.laid_out_for = None
        self.app.dirty = True
        return True

    def enter_row(self, folder: Path) -> None:
        if self.go(folder):
            self.ensure_layout()
            self.set_focus("folder:0" if self.subfolders else "choose")

    def up(self) -> None:
        if self.current.parent != self.current and self.go(self.current.parent):
            self.ensure_layout()
            self.set_focus("up" if self.current.parent != self.current else "choose")

    def go_typed(self) -> None:
        typed = self.field.text if self.field is not None else self.typed
        if typed and self.go(Path(typed)):
            self.ensure_layout()
            self.set_focus("choose")

    def choose(self) -> None:
        self.app.pop()
        self.on_choose(self.current)

    def status(self) -> tuple[str, str]:
        if self.problem is not None:
            return self.problem, "red"
        n = self.records
        files = f"{n} .json file{'s' * (n != 1)} (run records are .json files) here" if n \
            else "No .json files (run records) here"
        rows = len(self.subfolders)
        more = f"; {rows} folder{'s' * (rows != 1)} inside" if rows else "; no folders inside"
        return files + more + ".", "soft"

    # --- the screen --------------------------------------------------------------------------
    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        if self.field is not None and self.laid_out_for is not None:
            self.typed = self.field.value
        y = header_height(t, True)
        label_font = t.font("small", "sans-bold")
        self.labels = [(rendered(label_font, "Folder", t.palette.ink), (t.margin, y))]
        y += label_font.get_linesize()
        bh = t.px(40)
        up_w = label_font.size("Up  [Backspace]")[0] + t.px(32)
        field_w = w - 2 * t.margin - up_w - t.gap
        self.field = TextField(t, pygame.Rect(t.margin, y, field_w, bh), "path", self.typed,
                               limit=1024)
        self.widgets.append(self.field)
        self.widgets.append(Button(t, pygame.Rect(w - t.margin - up_w, y, up_w, bh), "Up",
                                   self.up, hint="Backspace", name="up",
                                   enabled=self.current.parent != self.current))
        y += bh + t.px(12)
        y = self.layout_places(y, bh)
        self.status_y = y
        status_font = t.font("small", "serif-italic")
        self.status_lines = wrap(status_font, self.status()[0], w - 2 * t.margin)
        y += status_font.get_linesize() * len(self.status_lines) + t.px(8)
        bottom = bar_top(t, (w, h))
        self.list = Viewport(t, pygame.Rect(t.margin, y, w - 2 * t.margin,
                                            max(t.px(40), bottom - y)), t.px(4))
        for i, sub in enumerate(self.subfolders):
            row = FolderRow(t, self.list.content_width, sub.name, lambda s=sub: self.enter_row(s),
                            f"folder:{i}")
            self.widgets.append(self.list.add(row))
        self.scrolling(self.list, "folders")
        self.widgets += button_bar(t, (w, h), [("Cancel", self.back, "Esc", False),
                                               (self.choose_label, self.choose, None, True)])
        self.widgets[-1].name = "choose"
        if self.focus is None:
            self.set_focus("choose")

    def layout_places(self, y: int, bh: int) -> int:
        """The places to start from, as a row of buttons (wrapping); returns the y below."""
        t = self.theme
        w = self.app.size[0]
        font = t.font("small", "sans-bold")
        x = t.margin
        for label, place in self.places:
            bw = min(font.size(label)[0] + t.px(32), w - 2 * t.margin)
            if x + bw > w - t.margin:
                x = t.margin
                y += bh + t.px(8)
            self.widgets.append(Button(t, pygame.Rect(x, y, bw, bh), label,
                                       lambda p=place: self.go(p), name=f"place:{label}"))
            x += bw + t.gap
        return y + (bh + t.px(12) if self.places else 0)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        paper(surface, t)
        page_header(surface, t, self.title, self.intro)
        for image, pos in self.labels:
            surface.blit(image, pos)
        text_colour = t.palette.red if self.problem else t.palette.ink_soft
        font = t.font("small", "serif-italic")
        for i, line in enumerate(self.status_lines):
            surface.blit(rendered(font, line, text_colour),
                         (t.margin, self.status_y + i * font.get_linesize()))
        self.draw_widgets(surface)

    # --- input -------------------------------------------------------------------------------
    def arrow_focus(self) -> bool:
        return True

    def on_focus(self, widget) -> None:
        super().on_focus(widget)
        if isinstance(widget, TextField):
            widget.focus_gained()

    def typing(self) -> TextField | None:
        return focused_field(self)

    def handle_event(self, event: pygame.event.Event) -> bool:
        field = self.typing()
        if field is not None and field.handle(event):
            self.app.dirty = True
            return True
        if event.type == pygame.KEYDOWN:
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and field is not None:
                self.go_typed()
                return True
            if event.key == pygame.K_BACKSPACE and field is None:
                self.up()
                return True
        if click_into_field(self, event):
            return True
        return super().handle_event(event)


def _with_separator(text: str) -> str:
    """A folder's path ending in its separator, so what is typed after it is a sub-folder."""
    sep = "\\" if "\\" in text and "/" not in text else "/"
    return text if text.endswith(("/", "\\")) else text + sep


def pick_folder(app: App, title: str, intro: str, remembered: str,
                on_choose: Callable[[Path], None], choose_label: str = "Choose this folder",
                ) -> None:
    """Opens the picker at the folder remembered in the settings (said when it is gone, and
    the picker opens at the Desktop or home instead)."""
    # lazy: the class tools and their screens load when first used, not with the window
    from game.settings import remembered_folder

    places = paths.common_places()
    fallback = places[0][1] if places else Path.home()
    start, problem = remembered_folder(remembered, fallback)
    scene = FolderPickerScene(app, title, intro, start, on_choose,
                              last=start if remembered and problem is None else None,
                              choose_label=choose_label)
    app.push(scene)
    if problem:
        app.message("Folder not found", problem)
