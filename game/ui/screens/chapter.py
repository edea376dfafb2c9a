"""The end of a chapter: what the player decided in it and how the country moved, the chapter
that comes next, and a stop. The game is already saved, so a class can leave here at the end of
a lesson and go on from the same save next time (Continue on the title screen)."""

from __future__ import annotations

import pygame

from game.narration.digest import ChapterEnd, decision_line, meter_line
from game.ui import playing
from game.ui.screens.docscene import DocScene
from game.ui.text import Doc


class ChapterScene(DocScene):
    name = "chapter"

    def __init__(self, app, end: ChapterEnd) -> None:
        super().__init__(app)
        self.end = end
        summary = end.summary
        self.title = f"End of chapter {summary.title}"
        self.subtitle = f"{summary.first} to {summary.last} · your game is saved"

    def build_doc(self) -> Doc:
        end, summary = self.end, self.end.summary
        doc = Doc(self.theme)
        doc.text("Your game is saved. Go on now, or stop here: in the next lesson, Continue on "
                 "the title screen picks the game up where this page leaves it, with every "
                 "choice you made.",
                 "body", "serif-italic", "soft")
        doc.heading("What you decided")
        if not summary.decisions:
            doc.text("No decision came up in this chapter.")
        for title, chosen, followed in summary.decisions:
            doc.text(decision_line(title, chosen, followed), bullet="•")
        if summary.meters:
            doc.heading("How the country moved")
            for stat, start, finish in summary.meters:
                doc.text(meter_line(stat, start, finish), "small", "sans", bullet="•")
        doc.heading(f"Next: {end.next_title}")
        doc.text(f"About {end.next_minutes} minutes.", "small", "sans", "soft")
        doc.text(end.next_brief)
        return doc

    def buttons(self) -> list:
        return [("Title screen", self.title_screen, "T", False),
                ("Go on", self.back, "Enter", True)]

    def title_screen(self) -> None:
        playing.leave_game(self.app)

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_t:
            self.title_screen()
            return True
        return super().handle_event(event)


def check(app) -> None:
    """Shows a chapter's summary once the turn screen is back on top after it ended."""
    from game.narration.digest import chapter_end  # lazy: only when a chapter has ended

    session = app.session
    if session is None or session.chapter_due is None or app.top.name != "turn":
        return
    session.chapter_due = None
    end = chapter_end(session.game)
    if end is not None:
        app.push(ChapterScene(app, end))
