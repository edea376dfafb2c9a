"""One student's game on the teacher's screen: how it ended, and every decision beside
Khrushchev's; What if (W) starts the what-if screens from this record, as the debrief does for the
game just played; Luck or choice (L) plays the game again from its first decision with the
student's own choices and fresh luck, in the background (`thaw simulate --from RECORD --at 1`),
and says how often it ended the same way. Shown by name only when the teacher's screen shows
names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.narration.debrief import decisions, path_beside
from game.ui.jobs import Job
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, header_height, page_header
from game.ui.text import Doc
from game.ui.widgets import Scroller, panel, paper

if TYPE_CHECKING:
    from game.classroom.desk import ClassDesk
    from game.classroom.whatif import Spread
    from game.ui.app import App

LUCK_RUNS = 40  # games played again for Luck or choice


class StudentScene(Scene):
    name = "student"

    def __init__(self, app: App, desk: ClassDesk, number: int, names: bool) -> None:
        super().__init__(app)
        self.desk = desk
        self.number = number
        self.names = names
        self.record: dict | None = None
        self.world = None
        self.steps: list = []
        self.problem: str | None = None
        self.luck: Job[Spread] | None = None
        self.luck_words: tuple[str, str] | None = None  # (what it found, tone)
        self.luck_shown = False  # the result is in luck_words
        self.side: pygame.Rect | None = None  # the summary beside the decisions, when wide

    def enter(self) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.classroom.desk import full_record, student_path, students_of
        from game.classroom.record import RecordError

        self.student = students_of(self.desk.report(self.names))[self.number - 1]
        loaded = self.desk.loaded_of(self.number)
        try:
            if loaded is None:
                raise RecordError("the file is no longer in the class")
            self.record = full_record(loaded)
            self.world = self.desk.worlds(self.record)
            self.steps = student_path(self.world, self.record)
        except RecordError as error:
            self.problem = f"This record cannot be read again: {error}"

    def whatif_problem(self) -> str | None:
        """Why a what-if cannot start from this record, or None."""
        if self.problem is not None:
            return self.problem
        if self.world is None:
            return (f"This game does not have the scenario of this record "
                    f"({self.record['scenario']}), so it cannot replay it.")
        if not self.steps:
            return "No decision was taken in this game, so none can be taken another way."
        return None

    def luck_or_choice(self) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.classroom.whatif import spread

        if self.whatif_problem() is not None or self.luck is not None:
            return
        world, record = self.world, self.record
        self.luck_words = (f"Playing this game again {LUCK_RUNS} times from its first decision, "
                           "with the same choices and fresh luck…", "soft")
        self.luck = Job(lambda: spread(world, record, 1, LUCK_RUNS), "luck")
        self.relayout()

    def update(self, dt: float) -> None:
        job = self.luck
        if job is None or not job.done or self.luck_shown:
            return
        self.luck_shown = True
        if job.error is not None:
            self.luck_words = (f"It could not be played again: {job.error}", "red")
        else:
            self.luck_words = (f"Luck or choice, from the first decision on: "
                               f"{job.result.reading()}", "ink")
        self.relayout()

    def animating(self) -> bool:
        return self.luck is not None and not self.luck.done

    def relayout(self) -> None:
        self.laid_out_for = None
        self.app.dirty = True

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        top = header_height(t, True)
        bottom = bar_top(t, (w, h))
        room = w - 2 * t.margin
        self.side = None
        # Two columns when both stay readable (the summary 24 letters wide at least, the
        # decisions 55): the decisions on the left, what the game comes to beside them, so no
        # band stays empty on a wide window. Else one column, the summary on top.
        side_w = max(room * 3 // 10, t.font("body", "serif").size("n" * 24)[0])
        path_w = room - side_w - t.gap
        if path_w >= t.font("small", "sans").size("n" * 55)[0]:
            self.side = pygame.Rect(t.margin + path_w + t.gap, top, side_w, bottom - top)
            inner = self.side.inflate(-2 * t.px(14), -2 * t.px(12))
            self.scrolling(Scroller(t, inner, self.summary(Doc(t), True)), "summary")
            steps = self.steps_of(Doc(t))
        else:
            path_w = min(room, t.px(1000))
            steps = self.steps_of(self.summary(Doc(t), False))
        rect = pygame.Rect(t.margin, top, path_w, bottom - top)
        self.scrolling(Scroller(t, rect, steps), "path", keys=True)
        whatif = self.whatif if self.whatif_problem() is None else None
        luck = self.luck_or_choice if whatif is not None and self.luck is None else None
        self.widgets += button_bar(t, (w, h), [("Luck or choice?", luck, "L", False),
                                               ("What if…", whatif, "W", True),
                                               ("Back to the class", self.back, "Esc", False)])
        if self.focus is None or not self.focused_widget().enabled:
            self.set_focus("What if…" if whatif is not None else "Back to the class")

    def summary(self, doc: Doc, side: bool) -> Doc:
        """What the game comes to: any problem, Luck or choice's finding, the path beside
        Khrushchev's in a sentence; beside the decisions, also how to read them and what Luck
        or choice does."""
        if side:
            doc.text("This student's game", "subheading", "serif-bold")
        problem = self.whatif_problem()
        if problem is not None:
            doc.text(problem, "small", "serif-italic", "red", before=4)
        if self.luck_words is not None:
            text, tone = self.luck_words
            doc.text(text, "body", "serif-italic" if tone == "soft" else "serif-bold", tone,
                     before=4)
        if self.record is not None and self.world is not None and \
                self.record.get("content_hash") != self.world.scenario.content_hash:
            doc.text("The scenario has changed since this record was made: a replay may not "
                     "fit it exactly, and the what-if will say so.", "small", "serif-italic",
                     "soft", before=4)
        beside = path_beside(self.steps, "this student's")
        if beside:
            doc.text(beside, "body", "serif", before=4)
        if side:
            doc.text("In red: Khrushchev's choice, where this student's differed.", "small",
                     "serif-italic", "soft", before=8)
            if self.luck is None and self.whatif_problem() is None:
                doc.text(f"Luck or choice? plays the game again {LUCK_RUNS} times with the same "
                         "choices and fresh luck.", "small", "serif-italic", "soft", before=8)
        return doc

    def steps_of(self, doc: Doc) -> Doc:
        """Every decision, the student's choice and Khrushchev's."""
        for k, step in enumerate(self.steps, 1):
            doc.text(f"{k}. {step.date_label}: {step.title}", "body", "serif-bold",
                     before=8 if doc.items else 0)
            doc.text(f"Chose: {step.chosen_label}", "small", "sans", indent=16)
            if step.followed is False:
                doc.text(f"Khrushchev: {step.historical_label}", "small", "sans", "red",
                         indent=16)
            elif step.followed:
                doc.text("Khrushchev: the same.", "small", "sans", "soft", indent=16)
        return doc

    def whatif(self) -> None:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.ui.screens.whatif import WhatIfScene

        if self.whatif_problem() is None:
            self.app.push(WhatIfScene(self.app, self.world, self.record, self.steps,
                                      back_label="Back to the student"))

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_w:
            self.whatif()
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_l:
            self.luck_or_choice()
            return True
        return super().handle_event(event)

    def arrow_focus(self) -> bool:
        return False

    def draw(self, surface: pygame.Surface) -> None:
        paper(surface, self.theme)
        if self.side is not None:
            panel(surface, self.theme, self.side)
        student = self.student
        ending = student.get("ending")
        titles = self.desk.report(self.names).get("ending_titles", {})
        end = f"{titles.get(ending, ending)}, {student.get('label') or student.get('date')}" \
            if ending else "not finished"
        page_header(surface, self.theme, f"{student['who']}: {end}",
                    f"{decisions(student['decisions'])} · seed {student['seed']} · Up and Down "
                    "scroll; What if takes one decision another way.")
        self.draw_widgets(surface)
