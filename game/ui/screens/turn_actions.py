"""What the turn screen's buttons and keys do: pick an option and decide it (then the outcome),
read the whole situation, end the turn (folding the quiet turns after it into the next card, and
showing a removal vote as a scene), open the policies, the history or the menu."""

from __future__ import annotations

from game.narration.news import member_name
from game.narration.votes import vote_account
from game.ui.screens.history import HistoryScene
from game.ui.screens.menu import MenuScene
from game.ui.screens.turn_digest import fold_quiet_turns
from game.ui.screens.turn_situation import SituationScene
from game.ui.screens.vote import VoteScene


class TurnActions:
    """The actions half of the turn screen (mixed into `TurnScene`, which has the card)."""

    def pick(self, index: int, confirm_if_same: bool = False) -> None:
        if self.decision is None or not 0 <= index < len(self.decision.options):
            return
        if confirm_if_same and self.selected == index and self.decision.options[index].available:
            self.confirm()
            return
        self.selected = index
        self.set_focus(f"option {index + 1}")
        self.card.select(index)
        self.app.dirty = True

    def confirm(self) -> None:
        # lazy: a cycle (the debrief imports this module's vote_text)
        from game.ui.screens.outcome import OutcomeScene

        if self.decision is None:
            return
        if self.selected is None:
            # Decide with nothing picked: the focus goes to the first option (in the order shown,
            # which the seed shuffles), so the student sees where to choose; nothing is picked.
            first = self.card.options[0]
            self.card.scroll_into_view(first)
            self.card.place()
            self.set_focus(first.name)
            self.app.dirty = True
            return
        option = self.decision.options[self.selected]
        if not option.available:
            self.app.message("Not possible now", option.unavailable or
                             "This option cannot be taken now.")
            return
        game = self.game
        now, later = game.preview(self.decision.id, option.id)
        before = len(game.state.causes)
        decision = self.decision
        game.choose(decision.id, option.id)
        self.app.session.autosave(record=game.ending is not None)
        self.app.sounds.play("stamp")
        self.app.push(OutcomeScene(self.app, decision, option, before, later))

    def end_season(self) -> None:
        # lazy: a cycle (the debrief imports this module's vote_text)
        from game.ui.screens.debrief import DebriefScene

        game = self.game
        if not game.can_advance():
            return
        votes = len(game.state.votes)
        game.advance()
        if game.ending is None and len(game.state.votes) == votes:
            fold_quiet_turns(game, votes)  # they are told on the next card
        self.app.session.autosave()
        self.app.sounds.play("stamp")
        if game.ending is not None:
            self.app.replace(DebriefScene(self.app))
            return
        if len(game.state.votes) > votes:
            vote = game.state.votes[-1]
            self.app.push(VoteScene(self.app, vote, vote_text(game, vote)))  # this page waits
            return
        # The next page is laid out now, as the turn ends (the one after a choice is laid out
        # while its outcome is read): the frame that shows it only draws it.
        self.prepare()

    def read_more(self) -> None:
        """The situation on a page of its own."""
        if self.decision is not None:
            self.app.push(SituationScene(self.app, self.decision, self.card.digest))

    def open_policies(self) -> None:
        # lazy: a cycle (the debrief imports this module's vote_text)
        from game.ui.screens.policies import PoliciesScene

        if not self.has_policies:
            return  # a lesson without standing policies has no page for them
        self.app.push(PoliciesScene(self.app))

    def open_history(self) -> None:
        self.app.push(HistoryScene(self.app))

    def open_menu(self) -> None:
        self.app.push(MenuScene(self.app))

    def back(self) -> None:
        self.open_menu()


def vote_text(game, vote) -> str:
    """A removal vote told in full, with the names of those against the player."""
    world = game.world
    return vote_account(vote, world.calendar.label(vote.turn), world.vote.needed,
                        lambda m: member_name(world, m))
