"""The turn screen's card when nothing is left to decide this turn: what moved the meters, the
news, and the button that ends the turn."""

from __future__ import annotations

import pygame

from game.narration.debrief import turn_moves
from game.narration.news import news_lines
from game.narration.threats import threat_warning
from game.narration.words import LABELS, signed_change
from game.ui.text import Doc
from game.ui.widgets import Button, Scroller


def moved_by_cause(game) -> dict[str, list[tuple[str, bool]]]:
    """What moved the meters this turn, one entry per cause, biggest first: the cause once, with
    how it came out in brackets (a chance drawn or not, a member removed), then what it moved
    (with whether it was good news), each change rounded as the meters show it; a change that
    rounds to nothing is left out."""
    causes: dict[str, list[tuple[str, bool]]] = {}
    for move in turn_moves(game, game.turn):
        change = signed_change(move.delta)
        if change is not None:
            causes.setdefault(move.label, []).append((f"{LABELS[move.stat]} {change}",
                                                      move.good))
    return causes


class IdleCard:
    """No decision left this turn: what moved, and the button to end the turn (`end_turn`)."""

    def __init__(self, theme, inner: pygame.Rect, game, unit: str, has_policies: bool,
                 end_turn) -> None:
        t = theme
        doc = self._doc(theme, game, unit, has_policies)
        bh = t.px(48)
        self.scroller = Scroller(t, pygame.Rect(inner.x, inner.y, inner.width,
                                                inner.height - bh - t.px(12)), doc)
        bw = min(inner.width, t.px(320))
        self.end_button = Button(t, pygame.Rect(inner.right - bw, inner.bottom - bh, bw, bh),
                                 f"End the {unit}", end_turn, primary=True, hint="Enter",
                                 name="end turn", role="body")

    @staticmethod
    def _doc(theme, game, unit: str, has_policies: bool) -> Doc:
        doc = Doc(theme).text(game.date_label, "small", "sans", "red")
        this_turn = []
        for command in reversed(game.log):
            if command["cmd"] == "advance":
                break
            this_turn.append(command)
        # A turn with nothing to decide says so: two quiet turns in a row do not look alike.
        done = f"The {unit}'s business is done" if any(c["cmd"] == "choose" for c in this_turn) \
            else f"Nothing to decide this {unit}"
        doc.text(done, "heading", "serif-bold")
        ready = f"When you are ready, end the {unit}: the next one's events arrive."
        if has_policies:
            ready = f"Standing policies act every {unit}; you may re-set them now [P]. " + ready
        doc.text(ready, "body", "serif", "soft")
        warning = threat_warning(game)
        if warning:
            doc.text(warning, "body", "sans-bold", "red", before=6)
        doc.heading(f"What moved the meters this {unit}")
        causes = moved_by_cause(game)
        for label, changes in list(causes.items())[:8]:
            doc.text(label, "small", "sans-bold", bullet="•", before=4)
            for good in (True, False):
                moved = ", ".join(text for text, g in changes if g == good)
                if moved:
                    doc.text(moved, "small", "sans", "ink" if good else "red", indent=14)
        if not causes:
            doc.text(f"Nothing has moved yet this {unit}.", "small", "sans", "soft")
        news = [text for _, text in news_lines(game.world, game.state, game.turn)]
        if news:
            doc.heading("In the news")
            for text in news:
                doc.text(text, "small", "serif", bullet="•")
        return doc
