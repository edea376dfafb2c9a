"""The debrief's "Save report": the run report of the game just played, written where the player
can find it, with the full path on screen and, when asked, the page opened in the web browser.

The page is the one `thaw report RUN.json --html OUT.html` writes from the game's run record:
the record goes through its JSON form first, as the file the command reads. Writing (a few ms
of building, then a synced write) and asking for a browser (which may start programs) happen in
background threads, so a slow disk or a slow desktop never stalls the window; it waits 30 ms for
the file (usually enough) before it shows the work under way.
"""

from __future__ import annotations

import json
import webbrowser
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import paths
from game.classroom.record import record_name
from game.classroom.report import write_report
from game.storage import dumps
from game.ui.jobs import Job
from game.ui.scene import Scene
from game.ui.text import fit, rendered, wrap, wrap_path
from game.ui.widgets import Button, dialog, panel

if TYPE_CHECKING:
    from game.sim.world import World
    from game.ui.app import App
    from game.ui.session import Session

REPORTS = "reports"
SHORT_WAIT = 0.03  # seconds the window waits for the file before it shows the work under way


def report_path(record: dict) -> Path:
    """`THAW_HOME/reports/`, named as the run record is (scenario, seed, player), in .html."""
    return paths.thaw_home() / REPORTS / Path(record_name(record)).with_suffix(".html").name


def write_run_report(record: dict, world: World) -> Path:
    """Writes the run report of `record` (creating the folder) and returns where."""
    record = json.loads(dumps(record))  # what `thaw report` reads from the run record file
    return write_report(record, world, report_path(record))


def open_in_browser(path: Path) -> bool:
    """Hands the page to the system's web browser; False if there is none to hand it to."""
    try:
        return bool(webbrowser.open(path.resolve().as_uri()))
    except (webbrowser.Error, OSError):
        return False


def save_report(app: App, session: Session) -> None:
    """The debrief's button."""
    app.push(SaveReportScene(app, session))


class SaveReportScene(Scene):
    """A window over the debrief: writing..., then where the file is, with Open and Close."""

    name = "report"
    opaque = False

    def __init__(self, app: App, session: Session) -> None:
        super().__init__(app)
        self.session = session
        self.path: Path | None = None
        self.saving: Job[Path] | None = None
        self.problem: str | None = None
        self.browser: Job[bool] | None = None
        self.browser_note: str | None = None
        self.laid_stage: tuple = ()

    def enter(self) -> None:
        record = self.session.record()  # taken here: the thread only reads its own copy
        self.path = report_path(record)
        world = self.session.world
        self.saving = Job(lambda: write_run_report(record, world), "report")
        self.saving.wait(SHORT_WAIT)  # a report is usually written by then: no flash of "Writing"

    # --- the work ----------------------------------------------------------------------------
    @property
    def saved(self) -> bool:
        return self.saving is not None and self.saving.done and self.saving.error is None

    def working(self) -> bool:
        """Whether work is under way in the background."""
        return any(job is not None and not job.done for job in (self.saving, self.browser))

    def animating(self) -> bool:
        """While work runs, and until what it ended in is shown: a report written between two
        frames must still be shown as saved without waiting for the player to touch anything
        (the play-test saw "Writing..." frozen until the mouse moved)."""
        return self.working() or (self.laid_out_for is not None and
                                  self.stage() != self.laid_stage)

    def stage(self) -> tuple:
        """What the window shows depends on this; a change lays it out again."""
        return (self.saved, self.problem, self.browser is not None and not self.browser.done,
                self.browser_note)

    def update(self, dt: float) -> None:
        if self.saving is not None and self.saving.done and self.saving.error is not None and \
                self.problem is None:
            error = self.saving.error
            self.problem = getattr(error, "strerror", None) or str(error) or type(error).__name__
        if self.browser is not None and self.browser.done and self.browser_note is None:
            if self.browser.result:
                self.browser_note = ("The page has been handed to your web browser. If no "
                                     "window opens, open the file yourself from the folder "
                                     "above.")
            else:
                self.browser_note = ("No web browser could be found on this computer. Open the "
                                     "file yourself from the folder above.")
        if self.laid_out_for is not None and self.stage() != self.laid_stage:
            if self.saved and not self.laid_stage[0]:
                self.focus = None  # just saved: Open becomes the default
            self.relayout()

    def relayout(self) -> None:
        self.laid_out_for = None
        self.app.dirty = True

    def open_browser(self) -> None:
        if not self.saved or self.path is None or \
                (self.browser is not None and not self.browser.done):
            return
        path = self.path
        self.browser_note = None
        self.browser = Job(lambda: open_in_browser(path), "browser")

    # --- the window --------------------------------------------------------------------------
    def words(self) -> tuple[str, str | None, str | None, str]:
        """(what is happening, the path or None, a note under it, the note's colour)."""
        if self.problem is not None:
            return (f"The report could not be saved: {self.problem}. Your game is not affected; "
                    "free some disk space or check that this folder can be written to:",
                    str(self.path), None, "soft")
        if not self.saved:
            return "Writing the report of this game…", None, None, "soft"
        if self.browser is not None and not self.browser.done:
            note, tone = "Asking your web browser to open it…", "soft"
        elif self.browser_note is not None:
            note = self.browser_note
            tone = "red" if self.browser.result is False else "soft"
        else:
            note, tone = "Open it in your web browser to read or print it.", "soft"
        return ("The report of this game is saved: the ending, the meters over time, your path "
                "beside Khrushchev's, what decided it and the questions to discuss, on a page "
                "to read, print or hand to your teacher. The file is:", str(self.path), note,
                tone)

    def layout(self) -> None:
        t = self.theme
        p = t.palette
        w, h = self.app.size
        self.laid_stage = self.stage()
        box_w = min(w - 2 * t.margin, t.px(760))
        inner = box_w - 2 * t.margin
        text, path, note, tone = self.words()
        heading = t.font("heading", "serif-bold")
        body = t.font("body", "serif")
        mono = t.font("body", "sans-bold")
        small = t.font("small", "serif-italic")
        # (image, x, y) relative to the box, and the path's frame.
        self.items: list[tuple[pygame.Surface, int, int]] = []
        y = t.margin
        title = "The report could not be saved" if self.problem else "Run report"
        self.items.append((rendered(heading, fit(heading, title, inner), p.ink), t.margin, y))
        y += heading.get_linesize() + t.px(4)
        self.rule_y = y
        y += t.px(10)
        for line in wrap(body, text, inner):
            self.items.append((body.render(line, True, p.ink), t.margin, y))
            y += body.get_linesize()
        self.frame: pygame.Rect | None = None
        self.path_lines = wrap_path(mono, path, inner - 2 * t.px(10)) if path else []
        if path:
            pad = t.px(10)
            y += t.px(8)
            top = y
            y += pad
            for line in self.path_lines:
                self.items.append((mono.render(line, True, p.ink), t.margin + pad, y))
                y += mono.get_linesize()
            y += pad
            self.frame = pygame.Rect(t.margin, top, inner, y - top)
        if note:
            y += t.px(8)
            colour = p.red if tone == "red" else p.ink_soft
            for line in wrap(small, note, inner):
                self.items.append((small.render(line, True, colour), t.margin, y))
                y += small.get_linesize()
        btn_h = t.px(44)
        box_h = min(h - 2 * t.margin, y + t.margin + btn_h + t.margin)
        self.box = pygame.Rect((w - box_w) // 2, (h - box_h) // 2, box_w, box_h)
        self._lay_buttons(btn_h)

    def _lay_buttons(self, btn_h: int) -> None:
        """Open in browser (unless the report could not be saved) and Close, at the box's
        bottom right; the focus on the first one that can be pressed."""
        t = self.theme
        buttons = []
        if self.problem is None:
            buttons.append(("Open in browser", self.open_browser, "O", "open"))
        buttons.append(("Close", self.app.pop, "Esc", "close"))
        font = t.font("small", "sans-bold")
        widths = [font.size(f"{label}  [{hint}]")[0] + t.px(32) for label, _, hint, _ in buttons]
        x = self.box.right - t.margin - sum(widths) - t.gap * (len(widths) - 1)
        by = self.box.bottom - t.margin - btn_h
        busy = self.browser is not None and not self.browser.done
        for (label, action, hint, name), bw in zip(buttons, widths, strict=True):
            enabled = name == "close" or (self.saved and not busy)
            self.widgets.append(Button(t, pygame.Rect(x, by, bw, btn_h), label, action,
                                       primary=name == buttons[0][3], hint=hint, name=name,
                                       enabled=enabled))
            x += bw + t.gap
        focused = self.focused_widget()
        if focused is None or not focused.enabled:
            self.set_focus(buttons[0][3] if self.saved else "close")

    def arrow_focus(self) -> bool:
        return True

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_o:
            self.open_browser()
            return True
        return super().handle_event(event)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        p = t.palette
        box = self.box
        dialog(surface, t, box)
        old = surface.get_clip()
        surface.set_clip(box)
        pygame.draw.line(surface, p.rule, (box.x + t.margin, box.y + self.rule_y),
                         (box.right - t.margin, box.y + self.rule_y), p.border)
        if self.frame is not None:
            panel(surface, t, self.frame.move(box.x, box.y))
        for image, x, y in self.items:
            surface.blit(image, (box.x + x, box.y + y))
        if self.animating():
            self._draw_busy(surface)
        surface.set_clip(old)
        self.draw_widgets(surface)

    def _draw_busy(self, surface: pygame.Surface) -> None:
        """Three dots that take turns in red, beside the buttons: the work is going on."""
        t = self.theme
        step = int(pygame.time.get_ticks() / 250) % 3
        r = t.px(4)
        y = self.box.bottom - t.margin - t.px(22)
        for i in range(3):
            colour = t.palette.red if i == step else t.palette.rule
            pygame.draw.circle(surface, colour, (self.box.x + t.margin + r + i * 3 * r, y), r)
