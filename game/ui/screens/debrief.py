"""The ending and the debrief: the ending's text; the player's path beside Khrushchev's; the rules
that decided it; the 1964 charges; the historians' verdicts; questions to discuss; where the
sources disagree. Left/Right (or the tab buttons) move between the parts; a part with nothing in
it for this scenario and this game has no tab.

The button bar has a place for actions from the classroom tools (`TOOLS`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.content.sources import source_ids
from game.narration.challenges import challenges_met
from game.narration.debrief import deciding_causes, ending_stats, path_beside, player_path
from game.narration.endings import charges, ending_words
from game.narration.words import LABELS, dated, signed_change
from game.ui import playing
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, header_height, page_header, source_names
from game.ui.screens.history import HistoryScene
from game.ui.screens.save_report import save_report
from game.ui.screens.turn import vote_text
from game.ui.screens.whatif import open_whatif
from game.ui.text import Doc
from game.ui.widgets import Button, Scroller, paper

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.session import Session

TABS = ["The ending", "Your path", "What decided it", "The 1964 charges", "Historians",
        "To discuss", "Sources disagree"]
# A button from elsewhere (the classroom tools): (label, action(app, session)), or (label, action,
# key) with the letter that presses it.
DebriefAction = tuple[str, Callable[["App", "Session"], None]] | \
    tuple[str, Callable[["App", "Session"], None], str]


def _save_report(app: App, session: Session) -> None:
    save_report(app, session)


def _what_if(app: App, session: Session) -> None:
    open_whatif(app, session)


def _hand_in(app: App, session: Session) -> None:
    # lazy: the class tools and their screens load when first used, not with the window
    from game.ui.screens.hand_in import hand_in

    hand_in(app, session)


TOOLS: list[DebriefAction] = [("Hand in", _hand_in, "I"), ("Save report", _save_report, "R"),
                              ("What if?", _what_if, "W")]
OUTCOMES = {"survived": "You survived", "ousted": "You were ousted", "removed": "You were removed",
            "war": "War"}


class DebriefScene(Scene):
    name = "debrief"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.tab = 0  # a place among the tabs shown
        self.shown: list[int] = []  # the parts (places in TABS) that have something in them
        self.tab_buttons: list[Button] = []
        self.scroller: Scroller | None = None

    def enter(self) -> None:
        self.app.session.write_record()

    @property
    def game(self):
        return self.app.session.game

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        top = header_height(t, True)
        font = t.font("small", "sans-bold")
        x = t.margin
        y = top
        bh = t.px(38)
        self.tab_buttons = []
        self.shown = [part for part in range(len(TABS)) if self.has_content(part)]
        for i, label in enumerate(TABS[part] for part in self.shown):
            bw = font.size(label)[0] + t.px(24)
            if x + bw > w - t.margin:
                x = t.margin
                y += bh + t.px(6)
            button = Button(t, pygame.Rect(x, y, bw, bh), label, lambda i=i: self.show(i),
                            primary=i == self.tab, name=f"tab:{i}")
            self.tab_buttons.append(button)
            x += bw + t.px(6)
        body_top = y + bh + t.px(14)
        width = min(w - 2 * t.margin, t.px(1000))
        rect = pygame.Rect(t.margin, body_top, width, bar_top(t, (w, h)) - body_top)
        self.scroller = Scroller(t, rect, self.build(self.shown[self.tab]))
        self.scrolling(self.scroller, f"part:{self.shown[self.tab]}", keys=True)
        session = self.app.session
        extra = [(label, (lambda a=action: a(self.app, session)), key[0] if key else None,
                  False) for label, action, *key in TOOLS]
        self.widgets += self.tab_buttons
        self.widgets += button_bar(t, (w, h), [*extra, ("History", self.history, "H", False),
                                               ("Title screen", self.title_screen, "Esc", True)])
        if self.focus is None:
            self.set_focus(f"tab:{self.tab}")

    def show(self, index: int) -> None:
        self.tab = index % len(self.shown)
        self.laid_out_for = None
        self.app.dirty = True

    def history(self) -> None:
        self.app.push(HistoryScene(self.app))

    def title_screen(self) -> None:
        playing.leave_game(self.app)

    def back(self) -> None:
        self.title_screen()

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            if event.key in (pygame.K_LEFT, pygame.K_RIGHT):
                self.show(self.tab + (1 if event.key == pygame.K_RIGHT else -1))
                self.set_focus(f"tab:{self.tab}")
                return True
            if event.key == pygame.K_h:
                self.history()
                return True
            for _, action, *key in TOOLS:
                if key and pygame.key.name(event.key) == key[0].lower():
                    action(self.app, self.app.session)
                    return True
        return super().handle_event(event)

    # --- the parts ---------------------------------------------------------------------------
    def has_content(self, part: int) -> bool:
        """Whether a part of the debrief has anything to say in this scenario and game (the
        ending, the path and what decided it always do)."""
        debrief = self.game.world.scenario.info.debrief
        label = TABS[part]
        if label == "The 1964 charges":
            return bool(debrief.charges)
        if label == "Historians":
            return bool(debrief.verdicts)
        if label == "To discuss":
            return bool(self._question_list())
        if label == "Sources disagree":
            return bool(self._disagreement_list())
        return True

    def build(self, tab: int) -> Doc:
        return [self._ending, self._path, self._decided, self._charges, self._verdicts,
                self._questions, self._disagreements][tab](Doc(self.theme))

    def _ending(self, doc: Doc) -> Doc:
        game = self.game
        ending = game.world.endings[game.ending]
        doc.text(f"{OUTCOMES.get(ending.outcome, ending.outcome)} · "
                 f"{game.world.calendar.label(game.state.ending_turn or game.turn)}",
                 "small", "sans-bold", "red")
        doc.text(ending.title, "heading", "serif-bold")
        words = ending_words(game.world, game.state, ending.id)
        doc.rule()
        if words.epilogue:
            doc.text(" ".join(words.epilogue), "body", "serif-italic")
        doc.text(words.text, before=6)
        if ending.lesson:
            doc.heading("What this outcome shows").text(ending.lesson)
        self._challenges(doc)
        doc.text(f"Sources: {source_names(source_ids(ending))}", "tiny", "serif-italic", "soft",
                 before=10)
        record = self.app.session.record_path
        if record is not None:
            doc.text(f"Your run record (for your teacher): {record}", "tiny", "sans", "soft",
                     before=10)
        doc.text(f"Scenario {game.world.scenario.info.title} · seed {game.seed} · "
                 f"{len(player_path(game))} decisions", "tiny", "sans", "soft")
        return doc

    def _challenges(self, doc: Doc) -> None:
        """The scenario's challenges this game met (the endings gallery keeps them)."""
        met = challenges_met(self.game)
        if met:
            doc.heading("Challenges met")
            for challenge in met:
                doc.text(challenge.title, bullet="•")
            doc.text("Kept in the endings gallery on the title screen.", "tiny", "sans", "soft")
        problem = self.app.session.gallery_problem
        if problem:
            doc.text(f"Note: {problem}.", "tiny", "sans", "soft", before=6)

    def _path(self, doc: Doc) -> Doc:
        steps = player_path(self.game)
        doc.text("Your path beside Khrushchev's", "heading", "serif-bold")
        if not steps:
            return doc.text("You took no decisions in this game.", "body", "serif-italic", "soft")
        beside = path_beside(steps, "yours")
        doc.text(f"{beside + ' ' if beside else ''}This is a comparison, not a score: his "
                 "choices were not always the wiser, and where you parted ways is worth asking "
                 "what each road cost and gained.", "body", "serif")
        for step in steps:
            doc.text(dated(step.date_label, step.title), "body", "serif-bold", before=8)
            doc.text(f"You: {step.chosen_label}", "small", "sans", indent=16)
            if step.followed is None:
                doc.text("Khrushchev: no historical choice is marked for this card.", "small",
                         "sans", "soft", indent=16)
            elif step.followed:
                doc.text("Khrushchev: the same.", "small", "sans", "soft", indent=16)
            else:
                doc.text(f"Khrushchev: {step.historical_label}", "small", "sans", "ink",
                         indent=16)
        return doc

    def _decided(self, doc: Doc) -> Doc:
        game = self.game
        stats = ending_stats(game.world, game.ending)
        doc.text("The rules that decided it", "heading", "serif-bold")
        doc.text("The causes that moved the meters behind this ending the most over the whole "
                 f"game ({', '.join(LABELS[s] for s in stats)}).", "small", "serif", "soft")
        causes = deciding_causes(game, stats, top=6)
        if not causes:
            doc.text("Nothing moved those meters after the start.", "body", "serif-italic")
        for i, cause in enumerate(causes, 1):
            verdict = "helped you" if cause.net > 0.05 else "hurt you" if cause.net < -0.05 else \
                "evened out"
            doc.text(f"{i}. {cause.label}", "subheading", "serif-bold", before=10)
            moved = ", ".join(f"{LABELS[s]} {signed_change(d)}" for s, d in cause.stats.items()
                              if signed_change(d) is not None)
            doc.text(f"Moved {cause.weight:.0f} points in all; {verdict}. {moved}", "body",
                     "serif", "ink" if cause.net >= 0 else "red", indent=16)
            if cause.sources:
                doc.text(f"Sources: {source_names(cause.sources)}", "tiny", "serif-italic",
                         "soft", indent=16)
        votes = game.state.votes
        if votes:
            doc.heading("Removal votes")
            for vote in votes:
                doc.text(vote_text(game, vote), "body", "serif", bullet="•")
        return doc

    def _charges(self, doc: Doc) -> Doc:
        debrief = self.game.world.scenario.info.debrief
        doc.text("The charges of October 1964", "heading", "serif-bold")
        doc.text("What the Presidium held against Khrushchev when it removed him. Which of them "
                 "could be laid against you?", "small", "serif", "soft")
        if not debrief.charges:
            doc.text("This scenario lists no charges.", "body", "serif-italic", "soft")
        for text, fits in charges(self.game.world, self.game.state):
            mark = {True: " (fits your record)", False: " (not yours)", None: ""}[fits]
            doc.text(text + mark, bullet="•", before=4)
        return doc

    def _verdicts(self, doc: Doc) -> Doc:
        debrief = self.game.world.scenario.info.debrief
        doc.text("The historians' verdicts", "heading", "serif-bold")
        if not debrief.verdicts:
            doc.text("This scenario quotes no historians.", "body", "serif-italic", "soft")
        for verdict in debrief.verdicts:
            doc.text(verdict.historian, "subheading", "serif-bold", before=10)
            doc.text(verdict.gist)
            doc.text(f"Source: {source_names(source_ids(verdict))}", "tiny", "serif-italic", "soft")
        return doc

    def _question_list(self) -> list[str]:
        game = self.game
        ending = game.world.endings[game.ending]
        return list(ending.questions) + list(game.world.scenario.info.debrief.questions)

    def _questions(self, doc: Doc) -> Doc:
        questions = self._question_list()
        doc.text("Questions to discuss", "heading", "serif-bold")
        if not questions:
            doc.text("This scenario sets no questions.", "body", "serif-italic", "soft")
        for i, q in enumerate(questions, 1):
            doc.text(f"{i}. {q}", before=6)
        return doc

    def _disagreement_list(self) -> list:
        """The scenario's disagreements, then those of the cards that came up in this game, each
        point once. A disagreement is known by the sources that disagree: a card and the
        debrief (or two cards) citing the same ones are one point worded twice, and the first
        wording (the debrief's own, written for this page) is kept."""
        game = self.game
        world = game.world
        found = []
        seen: set[frozenset[str]] = set()
        raised = [world.events[e].model.disagreement for e in world.events
                  if e in game.state.fired]
        for disagreement in [*world.scenario.info.debrief.disagreements, *raised]:
            if disagreement is None:
                continue
            key = frozenset(source_ids(disagreement))
            if key not in seen:
                seen.add(key)
                found.append(disagreement)
        return found

    def _disagreements(self, doc: Doc) -> Doc:
        doc.text("Where the sources disagree", "heading", "serif-bold")
        found = self._disagreement_list()
        if not found:
            doc.text("No disagreement is recorded for what came up in this game.", "body",
                     "serif-italic", "soft")
        for d in found:
            doc.text(d.text, before=8)
            doc.text(f"Sources: {source_names(source_ids(d))}", "tiny", "serif-italic", "soft")
        return doc

    def draw(self, surface: pygame.Surface) -> None:
        paper(surface, self.theme)
        ending = self.game.world.endings[self.game.ending]
        page_header(surface, self.theme, f"The end: {ending.title}",
                    "Left and Right move between the parts of the debrief; Up and Down scroll.")
        self.draw_widgets(surface)
