"""For teachers: the class report in the window. The teacher chooses the folder the class handed
in to (or drops the run records, or their folder, onto the window) and sees the endings as a
chart, where the class split, luck or choice, each student's game on request (names hidden
until asked for) and every file that could not be used with the reason. From here the printable
class page is saved beside the records (never over a file) and opened in the web browser, and a
what-if is started from any student's record.

The figures come from `game.classroom.desk` (on `class_report`); this screen only draws them.
Reading a class and writing the page happen in the background, so the window keeps drawing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.narration.debrief import chose_as_khrushchev, decisions
from game.ui.jobs import Job, take_done
from game.ui.scene import Scene
from game.ui.screens.common import header_height, page_header
from game.ui.text import Doc, rendered, wrap, wrap_path
from game.ui.widgets import Button, Scroller, Viewport, Widget, focus_ring, panel, paper

if TYPE_CHECKING:
    from game.classroom.desk import Bar, ClassDesk
    from game.ui.app import App
    from game.ui.theme import Theme

TABS = [("endings", "Endings"), ("split", "Where the class split"), ("luck", "Luck or choice"),
        ("students", "Each student"), ("unreadable", "Files not used")]
DROPS = (pygame.DROPBEGIN, pygame.DROPFILE, pygame.DROPCOMPLETE)


def read_class(paths: list[Path]) -> ClassDesk:
    """The class of the folder or files (both reports made, so Show names is instant)."""
    # lazy: the class tools and their screens load when first used, not with the window
    from game.classroom.desk import open_class

    desk = open_class(paths)
    desk.report(names=True)
    return desk


def save_and_open(desk: ClassDesk, names: bool, page: Path | None) -> tuple[Path, bool]:
    """The page (written now unless it already is) handed to the web browser."""
    # lazy: the class tools and their screens load when first used, not with the window
    from game.classroom.desk import save_class_page
    from game.ui.screens.save_report import open_in_browser

    path = page or save_class_page(desk, names)
    return path, open_in_browser(path)


class TextBlock(Widget):
    """Lines of text wrapped to a width; not a control (the focus passes it by)."""

    focusable = False

    def __init__(self, theme: Theme, width: int, parts: list[tuple[str, str, str, str]],
                 gap: int = 0) -> None:
        self.images: list[tuple[pygame.Surface, int]] = []
        y = 0
        for text, role, face, tone in parts:
            font = theme.font(role, face)
            colour = {"red": theme.palette.red, "soft": theme.palette.ink_soft}.get(
                tone, theme.palette.ink)
            for line in wrap(font, text, width):
                self.images.append((rendered(font, line, colour), y))
                y += font.get_linesize()
        super().__init__(pygame.Rect(0, 0, width, y + gap))

    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, hovered: bool) -> None:
        for image, y in self.images:
            surface.blit(image, (self.rect.x, self.rect.y + y))


class BarRow(Widget):
    """A row of a chart: its label (wrapped) and note, a bar for its share, and the figure."""

    focusable = False

    def __init__(self, theme: Theme, width: int, bar: Bar) -> None:
        p = theme.palette
        body = theme.font("body", "serif")
        small = theme.font("small", "serif-italic")
        figure_font = theme.font("small", "sans-bold")
        self.pad = theme.px(6)
        self.label_w = max(theme.px(120), int(width * 0.45))
        self.images = [(rendered(body, line, p.ink), i * body.get_linesize())
                       for i, line in enumerate(wrap(body, bar.label, self.label_w))]
        y = len(self.images) * body.get_linesize()
        for line in wrap(small, bar.note, self.label_w) if bar.note else []:
            self.images.append((rendered(small, line, p.ink_soft), y))
            y += small.get_linesize()
        self.figure = rendered(figure_font, bar.figure, p.ink)
        self.figure_w = figure_font.size("000 (100%)")[0]
        self.bar = bar
        super().__init__(pygame.Rect(0, 0, width, y + 2 * self.pad))

    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, hovered: bool) -> None:
        p = theme.palette
        r = self.rect
        pygame.draw.line(surface, p.rule, (r.x, r.bottom - 1), (r.right, r.bottom - 1))
        for image, y in self.images:
            surface.blit(image, (r.x, r.y + self.pad + y))
        left = r.x + self.label_w + 2 * self.pad
        room = max(theme.px(20), r.right - left - self.figure_w - 2 * self.pad)
        height = theme.px(18)
        track = pygame.Rect(left, r.y + self.pad + theme.px(3), room, height)
        pygame.draw.rect(surface, p.paper, track)
        filled = track.copy()
        filled.width = round(room * self.bar.share)
        pygame.draw.rect(surface, p.red if self.bar.fell else p.ink_soft, filled)
        pygame.draw.rect(surface, p.rule, track, 1)
        surface.blit(self.figure, (track.right + self.pad,
                                   track.centery - self.figure.get_height() // 2))


class StudentRow(Widget):
    """One student: who, how the game ended and when, and how often they chose as Khrushchev."""

    def __init__(self, theme: Theme, width: int, number: int, student: dict, ending: str,
                 action) -> None:
        p = theme.palette
        bold = theme.font("body", "sans-bold")
        small = theme.font("small", "sans")
        self.pad = theme.px(8)
        inner = width - 2 * self.pad
        when = f", {student['label'] or student['date']}" if student.get("ending") else ""
        lines = [(f"{student['who']}: {ending}{when}", bold, p.ink)]
        same = chose_as_khrushchev(student["historical"], student["with_history"])
        lines.append((f"{decisions(student['decisions'])}, {same} · seed {student['seed']}",
                      small, p.ink_soft))
        if student.get("flag"):
            lines.append((f"Check this record: {student['flag']}", small, p.red))
        self.images = []
        y = self.pad
        for text, font, colour in lines:
            for line in wrap(font, text, inner):
                self.images.append((rendered(font, line, colour), y))
                y += font.get_linesize()
        super().__init__(pygame.Rect(0, 0, width, y + self.pad), action, f"student:{number}")

    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, hovered: bool) -> None:
        p = theme.palette
        r = self.rect
        pygame.draw.rect(surface, p.paper if hovered or focused else p.paper_dark, r)
        pygame.draw.rect(surface, p.rule, r, 1)
        for image, y in self.images:
            surface.blit(image, (r.x + self.pad, r.y + y))
        if focused:
            focus_ring(surface, theme, r)


class TeacherScene(Scene):
    name = "teacher"

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.desk: ClassDesk | None = None
        self.loading: Job[ClassDesk] | None = None
        self.problem: str | None = None  # the class could not be read
        self.names = False
        self.tab = "endings"
        self.dropped: list[Path] = []
        self.dropping = False  # between DROPBEGIN and DROPCOMPLETE
        self.pages: dict[bool, Path] = {}  # the page written, names shown or not
        self.work: Job | None = None  # saving the page, or asking for a browser
        self.note: tuple[str, str | None, str] | None = None  # (text, path, tone)

    # --- the class ---------------------------------------------------------------------------
    def open(self, paths: list[Path]) -> None:
        """Reads a folder, or files and folders dropped together, in the background."""
        if not paths or (self.loading is not None and not self.loading.done):
            return
        self.desk, self.problem, self.note, self.pages = None, None, None, {}
        self.loading = Job(lambda: read_class(list(paths)), "class")
        self.loading.wait(0.05)
        self.take_loaded()

    def take_loaded(self) -> None:
        job = take_done(self, "loading")
        if job is None:
            return
        if job.error is not None:
            self.problem = f"The records could not be read: {job.error}"
        else:
            # lazy: the class tools and their screens load when first used, not with the window
            from game.ui.screens.folders import remember

            self.desk = job.result
            self.tab = "endings"
            self.focus = None  # on the first tab
            self.kept_offsets.clear()
            remember(self.app, class_folder=str(self.desk.root))
        self.relayout()

    def choose_folder(self) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.ui.screens.folders import pick_folder

        pick_folder(self.app, "For teachers: the class folder",
                    "Choose the folder your class handed in to (a shared drive, a USB stick).",
                    self.app.settings.class_folder, lambda folder: self.open([folder]),
                    choose_label="Open this folder")

    def pages_folder(self) -> Path:
        """Where printed pages go: the class folder (or the folder used last, or the Desktop
        or home when there is none yet)."""
        # lazy: the class tools and their screens load when first used, not with the window
        from game import paths
        from game.settings import remembered_folder

        if self.desk is not None:
            return self.desk.root
        places = paths.common_places()
        fallback = places[0][1] if places else Path.home()
        return remembered_folder(self.app.settings.class_folder, fallback)[0]

    def class_card(self) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.ui.screens.class_card import ClassCardScene

        folder = self.pages_folder()
        scenario = self.report.get("scenario") if self.report.get("runs") else None
        self.app.push(ClassCardScene(self.app, folder, str(folder), scenario))

    def worksheets(self) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.ui.screens.worksheets import WorksheetsScene

        self.app.push(WorksheetsScene(self.app, self.pages_folder()))

    def toggle_names(self) -> None:
        if self.desk is not None:
            self.names = not self.names
            self.relayout()

    @property
    def report(self) -> dict:
        return self.desk.report(self.names) if self.desk is not None else {}

    # --- the page ----------------------------------------------------------------------------
    def busy(self) -> bool:
        return any(job is not None and not job.done for job in (self.loading, self.work))

    def save_page(self) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.classroom.desk import save_class_page

        if self.desk is None or self.busy():
            return
        desk, names = self.desk, self.names
        self.note = ("Writing the printable page…", None, "soft")
        self.work = Job(lambda: (save_class_page(desk, names), None), "class-page")
        self.work.wait(0.05)
        self.relayout()

    def open_browser(self) -> None:
        if self.desk is None or self.busy():
            return
        desk, names, page = self.desk, self.names, self.pages.get(self.names)
        self.note = ("Asking your web browser to open the page…", None, "soft")
        self.work = Job(lambda: save_and_open(desk, names, page), "browser")
        self.relayout()

    def take_work(self) -> None:
        job = take_done(self, "work")
        if job is None:
            return
        if job.error is not None:
            self.note = (f"The page could not be saved in the class folder: {job.reason}. "
                         "Check that the folder can be written to, or choose another.", None,
                         "red")
        else:
            path, opened = job.result
            self.pages[self.names] = path
            if opened is None:
                text = "The printable class page is saved beside the records:"
            elif opened:
                text = "The page has been handed to your web browser. If no window opens, " \
                       "open this file yourself:"
            else:
                text = "No web browser could be found on this computer. Open this file " \
                       "yourself:"
            self.note = (text, str(path), "soft" if opened is not False else "red")
        self.relayout()

    def relayout(self) -> None:
        self.laid_out_for = None
        self.app.dirty = True

    # --- frames ------------------------------------------------------------------------------
    def update(self, dt: float) -> None:
        if self.dropped and not self.dropping:
            dropped, self.dropped = self.dropped, []
            self.open(dropped)
        self.take_loaded()
        self.take_work()

    def animating(self) -> bool:
        return self.busy()

    # --- the screen --------------------------------------------------------------------------
    def tabs(self) -> list[tuple[str, str]]:
        report = self.report
        bad = len(report.get("unreadable", [])) + len(report.get("duplicates", []))
        return [(key, f"{label} ({bad})" if key == "unreadable" else label)
                for key, label in TABS if key != "unreadable" or bad]

    def column(self) -> list[tuple[str, object, str, str]]:
        ready = self.desk is not None and not self.busy()
        return [("Choose a folder…", self.choose_folder, "F", "choose"),
                ("Hide names" if self.names else "Show names",
                 self.toggle_names if self.desk is not None else None, "N", "names"),
                ("Save the printable page", self.save_page if ready else None, "S", "save"),
                ("Open in browser", self.open_browser if ready else None, "O", "open"),
                ("Class card", self.class_card, "C", "card"),
                ("Worksheets", self.worksheets, "K", "sheets"),
                ("Title screen", self.back, "Esc", "title")]

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        top = header_height(t, True)
        col_w = self.layout_column(top)
        x = t.margin * 2 + col_w
        width = w - x - t.margin
        bottom = h - t.margin - self.layout_note(x, width, h - t.margin)
        self.empty_rect: pygame.Rect | None = None
        if self.desk is None:
            self.layout_empty(pygame.Rect(x, top, width, max(t.px(60), bottom - top)))
        else:
            if self.tab not in dict(self.tabs()):
                self.tab = "endings"
            y = self.layout_tabs(x, top, width)
            self.layout_tab(pygame.Rect(x, y, width, max(t.px(60), bottom - y)))
        if self.focus is None or not self.focused_widget().enabled:
            self.set_focus("choose" if self.desk is None else f"tab:{self.tab}")

    def layout_column(self, top: int) -> int:
        """The buttons down the left; returns the column's width."""
        t = self.theme
        w = self.app.size[0]
        font = t.font("small", "sans-bold")
        buttons = self.column()
        col_w = min(w // 3, max(font.size(f"{label}  [{hint}]")[0] for label, _, hint, _ in
                                buttons) + t.px(32))
        bh = t.px(42)
        y = top
        for label, action, hint, name in buttons:
            self.widgets.append(Button(t, pygame.Rect(t.margin, y, col_w, bh), label, action,
                                       primary=name == "choose" and self.desk is None,
                                       hint=hint, name=name, enabled=action is not None))
            y += bh + t.px(8)
        return col_w

    def layout_note(self, x: int, width: int, bottom: int) -> int:
        """What happened to the page, with its path, along the bottom; returns its height."""
        t = self.theme
        self.note_images: list[tuple[pygame.Surface, int, int]] = []
        if self.note is None:
            return 0
        text, path, tone = self.note
        small = t.font("small", "serif-italic")
        mono = t.font("small", "sans-bold")
        colour = t.palette.red if tone == "red" else t.palette.ink
        lines = [(small, line, colour) for line in wrap(small, text, width - t.px(16))]
        lines += [(mono, line, t.palette.ink) for line in
                  (wrap_path(mono, path, width - t.px(16)) if path else [])]
        height = sum(font.get_linesize() for font, _, _ in lines) + t.px(16)
        y = bottom - height + t.px(8)
        for font, line, tone_colour in lines:
            self.note_images.append((rendered(font, line, tone_colour), x + t.px(8), y))
            y += font.get_linesize()
        self.note_rect = pygame.Rect(x, bottom - height, width, height)
        return height + t.px(8)

    def layout_empty(self, rect: pygame.Rect) -> None:
        t = self.theme
        doc = Doc(t)
        if self.busy():
            doc.text("Reading the records…", "subheading", "serif-bold")
        else:
            doc.text("Open a class", "subheading", "serif-bold")
        if self.problem:
            doc.text(self.problem, "body", "serif", "red", before=6)
        doc.text("Drop your students' run records onto this window: the files, or the whole "
                 "folder they handed in to. Or press Choose a folder.", before=6)
        doc.text("Students hand in at the end of a game: the Hand in button on their debrief "
                 "saves the game's run record into a folder they choose (a shared drive, a USB "
                 "stick, the Desktop). Files handed in twice count once; a damaged file is "
                 "listed with the reason and the rest of the class is reported.", "small",
                 "serif-italic", "soft", before=8)
        self.empty_rect = rect
        inner = rect.inflate(-2 * t.px(16), -2 * t.px(16))
        self.scrolling(Scroller(t, inner, doc), "empty")

    def layout_tabs(self, x: int, y: int, width: int) -> int:
        t = self.theme
        font = t.font("small", "sans-bold")
        bh = t.px(38)
        left = x
        for key, label in self.tabs():
            bw = min(width, font.size(label)[0] + t.px(24))
            if x + bw > left + width:
                x = left
                y += bh + t.px(6)
            self.widgets.append(Button(t, pygame.Rect(x, y, bw, bh), label,
                                       lambda k=key: self.show(k), primary=key == self.tab,
                                       name=f"tab:{key}"))
            x += bw + t.px(6)
        return y + bh + t.px(12)

    def show(self, tab: str) -> None:
        self.tab = tab
        self.relayout()

    def next_tab(self, step: int) -> None:
        keys = [key for key, _ in self.tabs()]
        self.show(keys[(keys.index(self.tab) + step) % len(keys)])
        self.set_focus(f"tab:{self.tab}")

    def layout_tab(self, rect: pygame.Rect) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.classroom.desk import luck_lines

        t = self.theme
        if self.tab == "luck":
            doc = Doc(t)
            for line in luck_lines(self.report):
                doc.text(line, before=6)
            self.scrolling(Scroller(t, rect, doc), "tab:luck", keys=True)
            return
        view = Viewport(t, rect, t.px(6))
        for widget in self.tab_widgets(view.content_width):
            view.add(widget)
            if widget.focusable:
                self.widgets.append(widget)
        self.scrolling(view, f"tab:{self.tab}", keys=True)

    def tab_widgets(self, width: int) -> list[Widget]:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.classroom.desk import ending_rows, split_rows, unreadable_rows

        t = self.theme
        report = self.report
        out: list[Widget] = []
        if self.tab == "endings":
            runs = report.get("runs", 0)
            if not runs:
                return [TextBlock(t, width, [("No usable run records in this folder.", "body",
                                              "serif-italic", "soft")])]
            out.append(TextBlock(t, width, [(f"How the {runs} games ended", "subheading",
                                             "serif-bold", "ink")], t.px(4)))
            out += [BarRow(t, width, bar) for bar in ending_rows(report)]
            for group in report.get("other_groups", []):
                out.append(TextBlock(t, width, [(
                    f"Kept apart: {group['runs']} of {group['scenario_title']} (another "
                    "scenario, or another version of it).", "small", "serif-italic", "soft")]))
        elif self.tab == "split":
            splits = split_rows(report)
            if not splits:
                out.append(TextBlock(t, width, [("No decision divided the class: every decision "
                                                 "met by two or more went one way.", "body",
                                                 "serif-italic", "soft")]))
            for split in splits:
                out.append(TextBlock(t, width, [
                    (split.title, "subheading", "serif-bold", "ink"),
                    (f"{split.when} · met by {split.met}", "small", "sans", "soft")], t.px(2)))
                out += [BarRow(t, width, bar) for bar in split.options]
        elif self.tab == "students":
            out += self.student_rows(width)
        else:
            for file, reason in unreadable_rows(report, self.names):
                out.append(TextBlock(t, width, [(file, "body", "sans-bold", "ink"),
                                                (reason, "small", "serif", "soft")], t.px(6)))
            for d in report.get("duplicates", []):
                same = d["repeats"] if self.names else "another file"
                name = d["file"] if self.names else "A copy"
                out.append(TextBlock(t, width, [(f"{name}: handed in twice, the same game as "
                                                 f"{same} (counted once)", "small", "serif",
                                                 "soft")], t.px(6)))
        return out

    def student_rows(self, width: int) -> list[Widget]:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.classroom.desk import students_of

        report = self.report
        titles = dict(report.get("ending_titles", {}))
        for group in report.get("other_groups", []):
            titles.update(group.get("ending_titles", {}))
        rows: list[Widget] = []
        for number, student in enumerate(students_of(report), 1):
            ending = titles.get(student["ending"], student["ending"]) if student["ending"] \
                else "not finished"
            rows.append(StudentRow(self.theme, width, number, student, ending,
                                   lambda n=number: self.open_student(n)))
        return rows

    def open_student(self, number: int) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.ui.screens.teacher_student import StudentScene

        if self.desk is not None:
            self.app.push(StudentScene(self.app, self.desk, number, self.names))

    def draw(self, surface: pygame.Surface) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.classroom.desk import counts_line

        t = self.theme
        paper(surface, t)
        report = self.report
        title = f"For teachers: {report['scenario_title']}" if report.get("runs") else \
            "For teachers: the class report"
        sub = counts_line(report) if self.desk is not None else \
            "Choose the class folder, or drop run records onto this window."
        page_header(surface, t, title, sub)
        if self.empty_rect is not None:
            panel(surface, t, self.empty_rect)
        if self.note_images:
            panel(surface, t, self.note_rect)
            for image, x, y in self.note_images:
                surface.blit(image, (x, y))
        self.draw_widgets(surface)

    # --- input -------------------------------------------------------------------------------
    def arrow_focus(self) -> bool:
        return self.tab == "students" or self.desk is None

    def drop(self, event: pygame.event.Event) -> None:
        """Files and folders dropped onto the window: collected until the drop is complete
        (or until the next frame, where the system sends no begin and end)."""
        if event.type == pygame.DROPBEGIN:
            self.dropping = True
        elif event.type == pygame.DROPCOMPLETE:
            self.dropping = False
        elif getattr(event, "file", None):
            self.dropped.append(Path(event.file))
        self.app.dirty = True

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type in DROPS:
            self.drop(event)
            return True
        if event.type == pygame.KEYDOWN:
            keys = {pygame.K_f: self.choose_folder, pygame.K_n: self.toggle_names,
                    pygame.K_s: self.save_page, pygame.K_o: self.open_browser,
                    pygame.K_c: self.class_card, pygame.K_k: self.worksheets}
            if event.key in keys:
                keys[event.key]()
                return True
            if event.key in (pygame.K_LEFT, pygame.K_RIGHT) and self.desk is not None:
                self.next_tab(1 if event.key == pygame.K_RIGHT else -1)
                return True
        return super().handle_event(event)
