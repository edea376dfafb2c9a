"""Text mode's prompts: an extra Enter is not a mistake, and what it prints of changes is rounded
and names each cause once."""

from __future__ import annotations

import io
import itertools
import re

from game.content import catalog
from game.content.build import build_world
from game.sim.engine import Game
from game.textplay import TextUI

ZERO = re.compile(r"(?<![\w.])[+-]0(?:\.0+)?(?![\w.])")


def play(scenario_id: str, answers) -> str:
    out = io.StringIO()
    world = build_world(catalog.find(scenario_id))
    TextUI(Game(world, 3), answers, out).run()
    return out.getvalue()


def test_enter_between_two_decisions_asks_again():
    """A student presses Enter once more after reading what a choice changed: at the next
    decision that is not a command the game failed to understand."""
    asked: list[str] = []

    def answer(prompt: str) -> str:
        asked.append(prompt)
        if prompt.startswith("Choose"):
            # Every other time, an Enter first; the next question is the same prompt again.
            return "" if len(asked) % 2 else "1"
        if prompt.startswith("Press Enter"):
            return "w" if prompt.endswith("(or a command): ") else ""
        return ""

    text = play("anti-party-1957", answer)
    assert "=== " in text and "did not understand" not in text
    assert sum(p.startswith("Choose") for p in asked) > 10
    # Between two decisions of the same month, too (the 1957 lesson has such months).
    months = text.split("\n=== ")
    assert any(sum(line.startswith("== ") for line in month.splitlines()) >= 2
               for month in months)


def test_a_word_it_does_not_know_is_still_said():
    answers = iter(["xyz"])
    text = play("secret-speech-1956", lambda prompt: next(answers, "q"))
    assert "I did not understand that" in text


def test_changes_are_rounded_and_each_cause_is_named_once():
    def answer(prompt: str) -> str:
        if prompt.startswith("Choose"):
            return "1"
        return "w" if prompt.endswith("(or a command): ") else ""

    text = play("secret-speech-1956", answer)
    zeros = [line for line in text.splitlines() if ZERO.search(line)]
    assert not zeros, zeros
    # The why list: one line per cause (its changes together), never the same cause twice
    # in one turn.
    played = text.partition("To discuss:")[0]  # the ending's questions are a list too
    for block in played.split("=== "):
        entries: list[str] = []
        for line in block.splitlines():
            if line.startswith("  - "):
                entries.append(line[4:])
            elif line.startswith("    ") and entries:
                entries[-1] += " " + line.strip()
        causes = [entry.partition(": ")[2] for entry in entries]  # the changes come first
        assert len(causes) == len(set(causes)), causes
    assert "\n  - " in played


def test_what_decided_it_reads_as_sentences():
    """A cause whose label is a sentence (a lesson's option ending in a full stop) is not
    followed by a colon after its stop ("... Kremlin.: hurt you")."""
    picks = itertools.cycle("2134")  # one not possible now: the next is asked

    def answer(prompt: str) -> str:
        if prompt.startswith("Choose"):
            return next(picks)
        return "w" if prompt.endswith("(or a command): ") else ""

    checked = 0
    for scenario_id in ("secret-speech-1956", "anti-party-1957", "cuba-1962", "plot-1964"):
        decided = play(scenario_id, answer).partition("What decided it:")[2]
        assert decided, scenario_id
        assert ".:" not in decided, decided
        checked += 1
    assert checked == 4
