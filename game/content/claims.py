"""The claims check: no text shown in a game may assert a fact that is false in that game.

A scenario declares its facts (`facts:`), each with the condition under which it is true and the
phrases that assert it (`game.content.prose.Fact`). Given a text and the state it is shown in,
`Claims.contradictions` names every fact the text asserts that does not hold. The test suite plays
thousands of games through the narrator and fails on any.
"""

from __future__ import annotations

import re
from functools import lru_cache

from game.content.conditions import fact_check
from game.sim.compiling import Check


def phrase_pattern(phrases: list[str]) -> re.Pattern | None:
    """One pattern for a fact's phrases: whole words, any case, any run of white space."""
    if not phrases:
        return None
    parts = [r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in phrases]
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


class Claims:
    """The facts of one world that text can assert, ready to check texts against a state."""

    def __init__(self, world) -> None:
        self.facts: list[tuple[str, re.Pattern, Check]] = []
        for fact in world.scenario.facts:
            pattern = phrase_pattern(fact.asserts)
            if pattern is not None:
                self.facts.append((fact.id, pattern, fact_check(world.ctx, fact.id)))
        self.asserted = lru_cache(maxsize=50_000)(self._asserted)

    def _asserted(self, text: str) -> tuple[int, ...]:
        """The indices of the facts a text asserts."""
        return tuple(i for i, (_, pattern, _) in enumerate(self.facts) if pattern.search(text))

    def contradictions(self, state, text: str) -> list[str]:
        """The facts a text asserts that are false in this state."""
        return [self.facts[i][0] for i in self.asserted(text) if not self.facts[i][2](state)]
