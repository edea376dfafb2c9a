"""Playing in the terminal: plain numbered lines that a screen reader reads in order.

The game autosaves after every turn (the same save the window uses: one per scenario) and leaves
its run record in `THAW_HOME/runs/` when it ends or the player quits. `thaw play --text
--continue` picks up the unfinished game saved last; a new game over an unfinished one of the
same scenario asks first.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from game import paths
from game.classroom.record import new_run_id, record_path, run_record, write_record
from game.gallery import note_finished
from game.narration.cards import open_cards
from game.narration.challenges import challenges_met
from game.narration.debrief import deciding_causes
from game.narration.digest import chapter_end, decision_line, meter_line
from game.narration.endings import ending_words
from game.narration.news import news_lines
from game.narration.threats import threat_warning
from game.narration.words import LABELS, cause_label, signed_change
from game.saves import SaveSlot, write_save
from game.sim.engine import Game
from game.sim.stats import METER_GROUPS, QUANTITIES, STATS

HELP = """Type the number of an option and press Enter. Other commands:
  s  status: every meter and the Presidium
  p  standing policies and how to change them (where the scenario has them)
  w  why: what moved the meters this turn
  n  the news
  h  this help
  q  save and quit (continue later in the window or with `thaw play --text --continue`)"""


def ask_before_replacing(slot: SaveSlot, read: Callable[[str], str], out: TextIO) -> str:
    """Asks what to do about an unfinished game a new one would replace: 'continue', 'new' or
    'quit' (also at the end of the input: nothing is replaced unasked)."""
    who = f", {slot.player}" if slot.player else ""
    print(f"An unfinished game of {slot.scenario_title} is saved ({slot.date_label}, seed "
          f"{slot.data['seed']}{who}). A new game would replace its autosave.", file=out)
    while True:
        try:
            answer = read("Continue it (c), start a new game in its place (n), or quit (q)? ")
        except EOFError:
            answer = "q"
        answer = answer.strip().lower()[:1]
        if answer in ("c", "n", "q"):
            return {"c": "continue", "n": "new", "q": "quit"}[answer]
        print("Type c, n or q.", file=out)


class TextUI:
    def __init__(self, game: Game, read: Callable[[str], str], out: TextIO,
                 player: str | None = None, run_id: str | None = None) -> None:
        self.game = game
        self.read = read
        self.out = out
        self.player = player
        self.run_id = run_id or new_run_id()  # the game's own: in its saves and its record
        self.record_file: Path | None = None
        self.width = 78

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    def wrap(self, text: str, indent: str = "") -> None:
        for paragraph in text.split("\n"):
            self.say(textwrap.fill(paragraph, self.width, initial_indent=indent,
                                   subsequent_indent=indent) if paragraph else "")

    # --- screens ----------------------------------------------------------------------------
    def status(self) -> None:
        values = self.game.state.values
        for group, stats in METER_GROUPS.items():
            cells = ", ".join(f"{LABELS[s]} {values[STATS.index(s)]:.0f}" for s in stats)
            self.say(f"{group}: {cells}")
        also = ", ".join(f"{LABELS[q]} {values[STATS.index(q)]:.0f}" for q in QUANTITIES)
        self.say(f"Also: {also}")
        names = {m.model.id: m.model.name for m in self.game.world.members}
        sitting = [f"{names[m.id]} "
                   f"{self._leaning(m.loyalty) if m.voting else '(candidate, no vote)'}"
                   for m in self.game.state.members if m.sitting]
        self.say("Presidium: " + "; ".join(sitting))

    def _leaning(self, loyalty: float) -> str:
        threshold = self.game.world.vote.threshold
        if loyalty < threshold:
            return "(against you)"
        return "(with you)" if loyalty >= threshold + 15 else "(wavering)"

    def policies(self) -> None:
        world, state = self.game.world, self.game.state
        if not world.scenario.info.policies:
            self.say("This scenario has no standing policies to set.")
            return
        for policy in world.scenario.info.policies:
            current = state.policies[policy.id]
            label = next(o.label for o in policy.options if o.id == current)
            self.say(f"{policy.title}: now {label}")
            for i, option in enumerate(policy.options, 1):
                self.say(f"  {policy.id} {i}. {option.label}: {option.description}")
        self.say("To change one, type its name and number, e.g. `investment 2`.")

    def why(self, turn: int | None = None) -> None:
        turn = self.game.turn if turn is None else turn
        moves: dict[tuple[str, str], float] = {}
        for t, index, delta, cause in self.game.state.causes:
            if t == turn:
                key = (STATS[index], cause)
                moves[key] = moves.get(key, 0.0) + delta
        # One line per cause, biggest first, with what it moved (a change rounding to nothing
        # left out): the cause is named once, not on every meter line.
        by_cause: dict[str, list[str]] = {}
        for (stat, cause), delta in sorted(moves.items(), key=lambda kv: -abs(kv[1])):
            change = signed_change(delta)
            if change is not None:
                label = cause_label(self.game.world, cause)
                by_cause.setdefault(label, []).append(f"{LABELS[stat]} {change}")
        if not by_cause:
            self.say("Nothing has moved the meters this turn yet.")
        for label, changes in by_cause.items():
            self.say(textwrap.fill(f"- {', '.join(changes)}: {label}", self.width,
                                   initial_indent="  ", subsequent_indent="    "))

    def news(self, turn: int | None = None) -> None:
        world = self.game.world
        for t, text in news_lines(world, self.game.state, turn):
            self.say(f"  [{world.calendar.label(t)}] {text}")

    def news_items(self, turn: int) -> None:
        """The news items that came up this turn, in full (their titles are in the news log)."""
        for event_id, fired in self.game.state.fired.items():
            event = self.game.world.events[event_id].model
            if fired == turn and event.kind == "news":
                self.say(f"-- {event.title} --")
                self.wrap(event.text)

    # --- the loop ---------------------------------------------------------------------------
    def command(self, text: str) -> bool:
        """Non-choice commands. Returns False when the player quits."""
        word, _, arg = text.partition(" ")
        handlers = {"s": self.status, "p": self.policies, "w": self.why, "n": self.news,
                    "h": lambda: self.say(HELP)}
        if word in handlers:
            handlers[word]()
        elif word == "q":
            return False
        elif word in self.game.world.policies and arg.strip().isdigit():
            options = list(self.game.world.policies[word].options)
            k = int(arg) - 1
            if 0 <= k < len(options):
                try:
                    self.game.set_policy(word, options[k])
                    self.say(f"Policy set. {word}: {options[k]}")
                except ValueError as error:
                    self.say(str(error))
            else:
                self.say(f"{word} has options 1-{len(options)}.")
        else:
            self.say("I did not understand that. Type h for help.")
        return True

    def decide(self, decision) -> bool:
        game = self.game
        self.say()
        self.say(f"== {decision.title} ==")
        self.wrap(decision.text)
        for said in decision.voices:
            self.wrap(f"{said.name}: \u201c{said.line}\u201d", "  ")
        for i, option in enumerate(decision.options, 1):
            if option.available:
                self.wrap(f"{i}. {option.label}", "  ")
                self.wrap(f"Expect: {option.expect}", "      ")
                for risk in option.risks:
                    self.wrap(risk, "      ")
            else:
                why = f": {option.unavailable}" if option.unavailable else ""
                self.wrap(f"{i}. (not possible now{why}) {option.label}", "  ")
        while True:
            answer = self.read(f"Choose 1-{len(decision.options)} (h for help): ").strip().lower()
            if not answer:
                continue  # Enter alone (one more after reading the last choice): ask again
            if answer.isdigit() and 1 <= int(answer) <= len(decision.options):
                option = decision.options[int(answer) - 1]
                if not option.available:
                    self.say("That option is not possible now.")
                    continue
                before, news_before = len(game.state.causes), len(game.state.news)
                game.choose(decision.id, option.id)
                self.after_choice(decision.id, option.id, before, news_before)
                return True
            if not self.command(answer):
                return False

    def after_choice(self, decision: str, option: str, before: int, news_before: int) -> None:
        world, state = self.game.world, self.game.state
        for _, text in news_lines(world, state, start=news_before):
            self.wrap(text)
        moved: dict[str, float] = {}
        for _, index, delta, _ in state.causes[before:]:
            moved[STATS[index]] = moved.get(STATS[index], 0.0) + delta
        changes = ", ".join(f"{LABELS[s]} {signed_change(d)}" for s, d in moved.items()
                            if signed_change(d) is not None)
        if changes:
            self.say(f"What changed: {changes}.")
        elif state.ending is None:
            self.say("What changed: nothing yet; the effects come later.")
        event = world.events[decision].model
        if event.what_happened:
            took = "You took Khrushchev's course. " if option == world.events[decision].historical \
                else ""
            self.wrap(f"{took}What actually happened: {event.what_happened}")

    def run(self) -> int:
        game = self.game
        self.say(f"{game.world.scenario.info.title}. Seed {game.seed}. Type h for help.")
        self.chapter_intro()
        try:
            while game.ending is None:
                self.say()
                self.say(f"=== {game.date_label} ===")
                self.news_items(game.turn)
                self.news(game.turn)
                self.status()
                warning = threat_warning(game)
                if warning:
                    self.wrap(f"WARNING: {warning}")
                for decision in open_cards(game):
                    if not self.decide(decision):
                        self.finish(quit=True)
                        return 0
                if game.ending is None:
                    step = game.world.calendar.step
                    unit = {"season": "season", "month": "month", "week": "week"}.get(step, "day")
                    answer = self.read(f"Press Enter to end the {unit} (or a command): ").strip()
                    while answer:
                        if not self.command(answer.lower()):
                            self.finish(quit=True)
                            return 0
                        answer = self.read(f"Press Enter to end the {unit}: ").strip()
                    game.advance()
                    self.autosave()
                    if not self.chapter_break():
                        self.finish(quit=True)
                        return 0
        except EOFError:
            self.say()
            self.finish(quit=True)
            return 0
        self.finish(quit=False)
        return 0

    def chapter_intro(self) -> None:
        """A chapter's title, length and brief, when the game stands at its first turn."""
        world, turn = self.game.world, self.game.turn
        for chapter, (_, start) in zip(world.scenario.info.chapters, world.chapters, strict=True):
            if start == turn:
                self.say()
                self.say(f"*** {chapter.title} (about {chapter.minutes} minutes) ***")
                self.wrap(chapter.brief)

    def chapter_break(self) -> bool:
        """At the end of a chapter: what happened in it, and a place to stop (the game is
        saved). False when the player stops here."""
        end = chapter_end(self.game)
        if end is None:
            return True
        summary = end.summary
        self.say()
        self.say(f"*** End of chapter {summary.title} ({summary.first} to {summary.last}) ***")
        self.say("What you decided:")
        for title, chosen, followed in summary.decisions:
            self.wrap(f"- {decision_line(title, chosen, followed)}", "  ")
        if summary.meters:
            self.wrap("How the country moved: "
                      + "; ".join(meter_line(*moved) for moved in summary.meters) + ".")
        answer = self.read(f"Your game is saved. Press Enter to go on to {end.next_title}, or q "
                           "to stop here (next lesson: thaw play --text --continue): ")
        if answer.strip().lower()[:1] == "q":
            return False
        self.chapter_intro()
        return True

    def autosave(self) -> None:
        write_save(paths.autosave_file(self.game.world.id), self.game, run_id=self.run_id,
                   player=self.player)

    def decided(self) -> None:
        """What decided the ending: the causes that moved its meters the most (as the window's
        debrief shows them)."""
        causes = deciding_causes(self.game, top=5)
        if not causes:
            return
        self.say()
        self.say("What decided it:")
        for i, cause in enumerate(causes, 1):
            verdict = "helped you" if cause.net > 0.05 else "hurt you" if cause.net < -0.05 \
                else "evened out"
            moved = ", ".join(f"{LABELS[s]} {signed_change(d)}" for s, d in cause.stats.items()
                              if signed_change(d) is not None)
            self.wrap(f"{i}. {cause.label.rstrip('.')}: {verdict} ({moved})", "  ")

    def challenges(self) -> None:
        """The scenario's challenges this game met; the game goes into the endings gallery."""
        met = challenges_met(self.game)
        if met:
            self.say()
            self.say("Challenges met (kept in the endings gallery):")
            for challenge in met:
                self.wrap(f"- {challenge.title}", "  ")
        problem = note_finished(self.game)
        if problem:
            self.say(f"Note: {problem}.")

    def finish(self, quit: bool) -> None:
        game = self.game
        self.autosave()
        record = run_record(game, self.run_id, player=self.player)
        if self.record_file is None:
            self.record_file = record_path(paths.runs_dir(), record)
        path = write_record(self.record_file, record)
        if quit:
            self.say(f"Saved. Your run record is in {path}.")
            return
        words = ending_words(game.world, game.state, game.ending)  # type: ignore[arg-type]
        self.say()
        self.say(f"=== {words.title} ({game.state.ending_date}) ===")
        if words.epilogue:
            self.wrap(" ".join(words.epilogue))
            self.say()
        self.wrap(words.text)
        self.decided()
        self.challenges()
        if words.questions:
            self.say()
            self.say("To discuss:")
            for q in words.questions:
                self.wrap(f"- {q}", "  ")
        self.say(f"Your run record is in {path}.")
