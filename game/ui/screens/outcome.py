"""After a choice: what changed and why (each change with the rule that made it and its sources),
what is still to come, and what actually happened when Khrushchev faced the same card."""

from __future__ import annotations

import pygame

from game.content.sources import source_ids
from game.narration.debrief import moves
from game.narration.words import LABELS, expected, option_label, signed_change, titled
from game.ui.screens.common import source_names, turn_unit
from game.ui.screens.debrief import DebriefScene
from game.ui.screens.docscene import DocScene
from game.ui.screens.history import HistoryScene
from game.ui.text import Doc


class OutcomeScene(DocScene):
    name = "outcome"
    title = "What changed and why"

    def __init__(self, app, decision, option, before: int, later: list[float]) -> None:
        super().__init__(app)
        self.decision = decision
        self.option = option
        self.before = before
        self.later = later
        game = app.session.game
        self.subtitle = f"{decision.title} · {game.date_label}"

    def build_doc(self) -> Doc:
        game = self.app.session.game
        world = game.world
        event = world.events[self.decision.id]
        doc = Doc(self.theme)
        doc.text("You chose", "small", "sans-bold", "red")
        doc.text(self.option.label, "subheading", "serif-bold")
        historical = event.historical
        if historical == self.option.id:
            doc.text("This is the course Khrushchev took.", "small", "serif-italic", "soft")
        self._changes(doc)
        later = [(stat, b) for stat, _, b in expected([0.0] * len(self.later), self.later) if b]
        if later:
            doc.heading("Still to come")
            doc.text("; ".join(f"{LABELS[s]} {b}" for s, b in later) +
                     f" (in the {turn_unit(world)}s ahead)", "body", "serif")
        model = event.model
        if model.what_happened or (historical and historical != self.option.id):
            doc.heading("What actually happened")
            if historical and historical != self.option.id:
                doc.text(f"Khrushchev's choice: {option_label(world, event.id, historical)}",
                         "body",
                         "serif-bold")
            if model.what_happened:
                doc.text(model.what_happened)
        if model.disagreement:
            doc.heading("Where the sources disagree")
            doc.text(model.disagreement.text)
            doc.text(f"Sources: {source_names(source_ids(model.disagreement))}", "tiny",
                     "serif-italic", "soft")
        if game.ending is not None:
            doc.heading("The game is over")
            doc.text("This choice ended the game. Continue to see how and why.", "body",
                     "serif-bold", "red")
        return doc

    def _changes(self, doc: Doc) -> None:
        """What changed at once: one paragraph per cause, what it moved, then why and on what
        evidence (changes to a tenth of a point; one that rounds to nothing is left out)."""
        game = self.app.session.game
        world = game.world
        doc.heading("What changed")
        changes = [m for m in moves(world, game.state.causes[self.before:])
                   if signed_change(m.delta) is not None]
        if not changes:
            doc.text(f"Nothing moved at once; the effects come in later {turn_unit(world)}s.",
                     "body", "serif", "soft")
        groups: dict[str, list] = {}
        for move in changes:
            groups.setdefault(move.label, []).append(move)
        own = titled(self.decision.title, self.option.label)
        for group in groups.values():
            parts = [f"{LABELS[m.stat]} {signed_change(m.delta)}" for m in group]
            bad = [m for m in group if not m.good]
            doc.text("; ".join(parts), "body", "sans-bold", "red" if len(bad) == len(group)
                     else "ink", before=6)
            if bad and len(bad) < len(group):
                doc.text("Bad for you: " + ", ".join(LABELS[m.stat] for m in bad), "small",
                         "sans", "red", indent=16)
            head, details = group[0].head, group[0].details
            why = ("your choice" if head == own else head) + \
                "".join(f" ({detail})" for detail in details)
            doc.text(f"Why: {why}", "small", "serif", indent=16)
            if group[0].sources:
                doc.text(f"Sources: {source_names(group[0].sources)}", "tiny", "serif-italic",
                         "soft", indent=16)

    def buttons(self) -> list:
        return [("History", self.history, "H", False), ("Continue", self.proceed, "Enter", True)]

    def history(self) -> None:
        self.app.push(HistoryScene(self.app))

    def proceed(self) -> None:
        if self.app.session.game.ending is not None:
            self.app.pop()
            self.app.replace(DebriefScene(self.app))
        else:
            self.app.pop()

    def back(self) -> None:
        self.proceed()

    def on_enter(self) -> bool:
        self.proceed()
        return True

    def handle_event(self, event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_h:
            self.history()
            return True
        return super().handle_event(event)
