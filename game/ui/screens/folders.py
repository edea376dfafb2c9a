"""Choosing a folder, on our own widgets (no system dialog): the folder's path in a text field
to type or paste into, the places to start from (the folder used last, the Desktop, Documents,
home, the drives), and the folder's sub-folders as rows to enter. The student's hand-in and the
teacher's class folder are chosen here.

Keys: Tab and the arrows move; Enter on a row enters it; Enter in the path field goes to the
folder typed (and then Enter chooses it); Backspace outside the field goes up a folder; Esc
cancels. A folder that cannot be read says why, in place.

The line under the path follows the typing: whether a folder is there is checked at each key (one
look at the disk), and what the typed folder holds once the typing pauses. Every walk through a
folder's entries (which takes seconds on a large network folder) runs in the background; a frame
waits for it a tenth of a second at most.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import paths
from game.settings import load_settings, save_settings
from game.ui.jobs import Job, take_done
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, header_height, page_header
from game.ui.text import fit, rendered, wrap
from game.ui.textfield import TextField, click_into_field, focused_field
from game.ui.widgets import Button, Viewport, Widget, focus_ring, paper

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.theme import Theme

MAX_ROWS = 500  # sub-folders listed (a folder with more is typed into)
PAUSE = 0.4  # seconds of no typing before the folder typed is looked into
WAIT = 0.1  # seconds a frame waits for a folder to be read before showing it as being read


def remember(app: App, **changes: str) -> None:
    """Keeps a chosen folder in the settings for next time (the settings file as it is on disk
    gets the change: a text size given for this run only stays out of it)."""
    app.window.settings = dataclasses.replace(app.settings, **changes)
    stored, _ = load_settings()
    problem = save_settings(dataclasses.replace(stored, **changes))
    if problem:
        app.pending_messages.append(("Settings", problem))


def read_folder(folder: Path) -> tuple[Path, list[Path], int]:
    """`folder` (its ~ expanded) with its sub-folders and record count; raises OSError (with
    the reason) when it is not a folder or cannot be read."""
    folder = folder.expanduser()
    if not folder.is_dir():
        raise NotADirectoryError(20, "there is no folder of that name")
    return folder, *list_folder(folder)


def holds(records: int, folders: int) -> str:
    """What a folder holds, in a few words."""
    files = f"{records} .json file{'s' * (records != 1)} (run records are .json files)" \
        if records else "No .json files (run records)"
    inside = f"{folders} folder{'s' * (folders != 1)} inside" if folders else "no folders inside"
    return f"{files}; {inside}"


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
        # The folder being opened: its reading in the background, and what to do once shown.
        self.loading: Job[tuple[Path, list[Path], int]] | None = None
        self.then: Callable[[], None] | None = None
        # What the path typed (when it is not the folder shown) points at: None, or (text, tone).
        self.preview: tuple[str, str] | None = None
        self.peek: Job[tuple[Path, list[Path], int]] | None = None  # looking into it
        self.peek_for = ""  # the text typed that `peek` looks into
        self.pause = 0.0  # seconds until the folder typed is looked into (0: not due)
        self.status_lines: list[str] = []
        self.go(self.current)

    # --- where we are ------------------------------------------------------------------------
    def go(self, folder: Path, then: Callable[[], None] | None = None) -> None:
        """Shows `folder` once it is read (in the background); `then` runs when it is shown.
        A folder that is not there or cannot be read stays where we were, and says why."""
        self.loading = Job(lambda: read_folder(folder), "folder")
        self.then = then
        self.pause = 0.0  # no look into the path typed: the folder itself is being read
        self.loading.wait(WAIT)
        self.take_folder()
        self.relayout()

    def take_folder(self) -> None:
        job = take_done(self, "loading")
        if job is None:
            return
        if job.error is not None:
            self.problem = f"That folder cannot be opened: {job.reason}."
            self.then = None
            self.relayout()
            return
        self.current, self.subfolders, self.records = job.result
        self.problem, self.preview, self.pause = None, None, 0.0
        self.typed = _with_separator(str(self.current))
        self.field = None  # the next layout's field starts from the folder's path
        if self.list is not None:
            self.list.offset = 0  # a new folder's list starts at its top
        self.relayout()
        then, self.then = self.then, None
        if then is not None:
            self.ensure_layout()
            then()

    def relayout(self) -> None:
        self.laid_out_for = None
        self.app.dirty = True

    def enter_row(self, folder: Path) -> None:
        self.go(folder, lambda: self.set_focus("folder:0" if self.subfolders else "choose"))

    def up(self) -> None:
        if self.current.parent != self.current:
            self.go(self.current.parent, lambda: self.set_focus(
                "up" if self.current.parent != self.current else "choose"))

    def go_typed(self) -> None:
        typed = self.field.text if self.field is not None else self.typed
        if typed:
            self.go(Path(typed), lambda: self.set_focus("choose"))

    # --- the path as it is typed -------------------------------------------------------------
    def typed_changed(self) -> None:
        """The path field changed: one look at the disk now (is a folder there?), a look into
        it once the typing pauses."""
        typed = self.field.text if self.field is not None else ""
        self.problem = None
        self.pause = 0.0
        if not typed or _same_folder(typed, self.current):
            self.preview = None
        else:
            try:
                there = Path(typed).expanduser().is_dir()
            except (OSError, ValueError):
                there = False
            if there:
                self.preview = ("A folder is there: press Enter to go to it.", "soft")
                self.pause = PAUSE
            else:
                self.preview = ("There is no folder at the path typed (yet).", "soft")
        self.restatus()

    def look_into_typed(self) -> None:
        """The typing has paused on a folder: what it holds, read in the background."""
        typed = self.field.text if self.field is not None else ""
        if not typed:
            return
        self.peek_for = typed
        self.peek = Job(lambda: read_folder(Path(typed)), "peek")

    def take_peek(self) -> None:
        job = take_done(self, "peek")
        if job is None:
            return
        typed = self.field.text if self.field is not None else ""
        if typed != self.peek_for or self.preview is None:
            return  # typed on meanwhile: a later look says what the new path holds
        if job.error is not None:
            self.preview = (f"That folder cannot be opened: {job.reason}.", "red")
        else:
            _, subfolders, records = job.result
            self.preview = (f"{holds(records, len(subfolders))} there. Press Enter to go to it.",
                            "soft")
        self.restatus()

    def update(self, dt: float) -> None:
        self.take_folder()
        if self.pause > 0:
            self.pause -= dt
            if self.pause <= 0:
                self.pause = 0.0
                self.look_into_typed()
        self.take_peek()

    def animating(self) -> bool:
        return self.loading is not None or self.peek is not None or self.pause > 0

    def choose(self) -> None:
        self.app.pop()
        self.on_choose(self.current)

    def status(self) -> tuple[str, str]:
        if self.problem is not None:
            return self.problem, "red"
        if self.loading is not None:
            return "Reading the folder…", "soft"
        if self.preview is not None:
            return self.preview
        return f"{holds(self.records, len(self.subfolders)).replace(';', ' here;', 1)}.", "soft"

    def restatus(self) -> None:
        """The line under the path says the status again; the screen is laid out again only
        when the line needs another number of lines."""
        t = self.theme
        font = t.font("small", "serif-italic")
        lines = wrap(font, self.status()[0], self.app.size[0] - 2 * t.margin)
        if len(lines) != len(self.status_lines):
            self.relayout()
        self.status_lines = lines
        self.app.dirty = True

    # --- the screen --------------------------------------------------------------------------
    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        old = self.field
        if old is not None:
            self.typed = old.value
        y = header_height(t, True)
        label_font = t.font("small", "sans-bold")
        self.labels = [(rendered(label_font, "Folder", t.palette.ink), (t.margin, y))]
        y += label_font.get_linesize()
        bh = t.px(40)
        up_w = label_font.size("Up  [Backspace]")[0] + t.px(32)
        field_w = w - 2 * t.margin - up_w - t.gap
        self.field = TextField(t, pygame.Rect(t.margin, y, field_w, bh), "path", self.typed,
                               limit=1024, select_on_focus=True)
        if old is not None and old.value == self.field.value:
            self.field.caret, self.field.anchor = old.caret, old.anchor  # the same text: as it was
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
        text_colour = t.palette.red if self.status()[1] == "red" else t.palette.ink_soft
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
            if widget.select_on_focus:
                widget.select_all()  # Tab into the path: typing replaces it
            widget.focus_gained()

    def typing(self) -> TextField | None:
        return focused_field(self)

    def handle_event(self, event: pygame.event.Event) -> bool:
        field = self.typing()
        before = field.value if field is not None else None
        if field is not None and field.handle(event):
            if field.value != before:
                self.typed_changed()
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


def _same_folder(typed: str, folder: Path) -> bool:
    return typed.rstrip("/\\") == str(folder).rstrip("/\\")


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
