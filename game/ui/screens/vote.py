"""A removal vote as a scene: the Presidium votes member by member (portrait, name, ballot, the
line said of it), then the appeal to the Central Committee, if there is one, in the words of
`game.narration.votes` (the same account the news, the debrief and text mode give).

Enter, Space or a click shows every ballot at once, and then closes; Esc closes at once."""

from __future__ import annotations

import pygame

from game.narration.votes import appeal_heading, ballots
from game.ui.images import portrait
from game.ui.scene import Scene
from game.ui.screens.common import header_height, page_header
from game.ui.text import Doc, fit, rendered, wrap
from game.ui.widgets import Button, Scroller, paper

BEAT = 0.45  # seconds between one ballot and the next


class VoteScene(Scene):
    name = "vote"

    def __init__(self, app, vote, account: str) -> None:
        super().__init__(app)
        world = app.session.game.world
        self.vote = vote
        self.account = account  # the vote told in full (turn.vote_text)
        self.when = world.calendar.label(vote.turn)
        names = {m.model.id: m.model.name for m in world.members}
        roles = {m.model.id: m.model.role for m in world.members}
        order = [m.model.id for m in world.members]
        self.ballots = [(m, names.get(m, m), roles.get(m, ""), against, line)
                        for m, against, line in ballots(vote, order)]
        self.shown = 1  # ballots in view
        self.clock = 0.0

    @property
    def done(self) -> bool:
        return self.shown >= len(self.ballots)

    def update(self, dt: float) -> None:
        if not self.done:
            self.clock += dt
            shown = min(len(self.ballots), 1 + int(self.clock / BEAT))
            if shown != self.shown:
                self.shown = shown
                self.app.dirty = True

    def animating(self) -> bool:
        return not self.done

    # --- layout ------------------------------------------------------------------------------
    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        m = t.margin
        top = header_height(t, subtitle=True)
        cols = 3 if w >= t.px(900) else 2
        self.tile_w = (w - 2 * m - (cols - 1) * t.gap) // cols
        self.face = t.px(80)
        self.tile_h = self.face + t.px(12)
        self.tiles = [pygame.Rect(m + (i % cols) * (self.tile_w + t.gap),
                                  top + (i // cols) * (self.tile_h + t.gap),
                                  self.tile_w, self.tile_h) for i in range(len(self.ballots))]
        below = (self.tiles[-1].bottom if self.tiles else top) + t.px(14)
        bh = t.px(44)
        doc = Doc(t).text(appeal_heading(self.vote), "subheading", "serif-bold")
        doc.text(self.account, "body", "serif", before=4)
        self.appeal = Scroller(t, pygame.Rect(m, below, w - 2 * m,
                                              max(t.px(40), h - m - bh - t.px(10) - below)), doc)
        bw = t.px(260)
        self.button = Button(t, pygame.Rect(w - m - bw, h - m - bh, bw, bh), "Continue",
                             self.proceed, primary=True, hint="Enter", name="continue")
        self.widgets = [self.button]
        self.focus = 0

    # --- input -------------------------------------------------------------------------------
    def proceed(self) -> None:
        """Every ballot at once, if some are still to come; else back to the game."""
        if not self.done:
            self.shown = len(self.ballots)
            self.app.dirty = True
            return
        self.app.pop()

    def back(self) -> None:
        self.app.pop()

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.proceed()
            return True
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER,
                                                          pygame.K_SPACE):
            self.proceed()
            return True
        return super().handle_event(event)

    # --- drawing -----------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        paper(surface, t)
        page_header(surface, t, "The Presidium votes on your removal", self.when)
        for i, rect in enumerate(self.tiles[:self.shown]):
            self._draw_ballot(surface, rect, *self.ballots[i])
        if self.done:
            self.appeal.draw(surface)
        self.draw_widgets(surface)

    def _draw_ballot(self, surface: pygame.Surface, rect: pygame.Rect, member: str, name: str,
                     role: str, against: bool, line: str) -> None:
        t = self.theme
        p = t.palette
        pygame.draw.rect(surface, p.paper_dark, rect)
        pygame.draw.rect(surface, p.red if against else p.rule, rect, p.border)
        pad = t.px(6)
        surface.blit(portrait(t, member, self.face), (rect.x + pad, rect.y + pad))
        x = rect.x + self.face + 2 * pad
        width = rect.right - x - pad
        bold = t.font("small", "sans-bold")
        small = t.font("small", "serif-italic")
        tiny = t.font("tiny", "sans")
        y = rect.y + pad
        surface.blit(rendered(bold, fit(bold, name, width), p.ink), (x, y))
        y += bold.get_linesize()
        surface.blit(rendered(small, fit(small, line, width), p.red if against else p.ink),
                     (x, y))
        y += small.get_linesize()
        lines = wrap(tiny, role, width)
        if y + len(lines) * tiny.get_linesize() <= rect.bottom:  # all of it, or none
            for text in lines:
                surface.blit(rendered(tiny, text, p.ink_soft), (x, y))
                y += tiny.get_linesize()
