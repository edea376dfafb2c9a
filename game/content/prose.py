"""Text that follows the game: conditional prose in scenario files, and the facts it asserts.

A piece of prose is one text, or a list of variants, each with the conditions under which it is
said. The most specific variant whose conditions all hold is shown: the one with the most
conditions, and among equals the first. The variant without conditions is the default and must
be there, so a scenario can deepen a text case by case without ever leaving a hole:

    text:
      - when: [{type: fact, fact: speech-given}]
        text: The man who denounced Stalin ...
      - text: The First Secretary ...

Inside any text an inline alternative says a phrase only when a declared fact holds, and another
(or nothing) when it does not; the phrase after `|` is the neutral one, used where a text is
shown with no game in front of it (a class report's list of options). The question mark keeps
the text plain YAML (a colon and a space would not be):

    "{kgb? the KGB's new chairman | the new head of the security police} Shelepin"
    "{not speech-given? Stalin's heirs still honour him.}"

Facts are declared once per scenario (`facts:`), each with its condition and the phrases that
assert it; the claims check (`game.content.claims`) proves that no text shown in a game asserts a
fact that is false in that game. Rendering never draws from the game's generator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from game.content.conditions import Condition, Id, compile_all, fact_check
from game.sim.compiling import Check, Ctx

Render = Callable[[Any], str]  # state -> text


class Variant(BaseModel):
    """One way of saying a text, said when all its conditions hold (none: the default)."""

    model_config = ConfigDict(extra="forbid")
    when: list[Condition] = Field(default_factory=list,
                                  description="Said when all hold; empty: the default.")
    text: str = Field(min_length=1, max_length=4000)


Prose = Annotated[str | list[Variant], Field(
    description="A text, or a list of variants ({when: [...], text: ...}); the most specific "
                "variant whose conditions hold is shown. Texts may hold inline alternatives "
                "{fact? if it holds | if not}.")]


class Fact(BaseModel):
    """Something the game's text may assert, with the condition under which it is true."""

    model_config = ConfigDict(extra="forbid")
    id: Id
    means: str = Field(min_length=1, max_length=300, description="What the fact is, in words.")
    when: list[Condition] = Field(min_length=1, description="The fact holds when all hold.")
    asserts: list[Annotated[str, Field(min_length=2, max_length=120)]] = Field(
        default_factory=list,
        description="Phrases that assert the fact: a text shown while the fact is false must not "
                    "contain any of them (matched whole-word, ignoring case).")


# {fact? yes | no}, {not fact? yes}, with the fact an id; no nesting.
INLINE = re.compile(r"\{\s*(not\s+)?([a-z0-9][a-z0-9_-]*)\s*\?([^{}|]*)(?:\|([^{}]*))?\}")
_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_STOP = re.compile(r"[ \t]+([,.;:!?])")


def inline_facts(text: str) -> list[str]:
    """The facts named by a text's inline alternatives."""
    return [m.group(2) for m in INLINE.finditer(text)]


def stray_braces(text: str) -> bool:
    """Whether a text holds a brace that is not part of an inline alternative."""
    return "{" in INLINE.sub("", text) or "}" in INLINE.sub("", text)


def _branches(m: re.Match) -> tuple[str, str]:
    """An inline alternative's two readings. The space an author left just inside the braces
    belongs to both (`Warsaw{fact? with Molotov | with a delegation}` reads "Warsaw with ..."
    either way); the spaces round the `|` are only layout."""
    yes, no = m.group(3), m.group(4) or ""
    lead = yes[:len(yes) - len(yes.lstrip())]
    tail = (no if m.group(4) is not None else yes)
    trail = tail[len(tail.rstrip()):]
    return lead + yes.strip() + trail, (lead + no.strip() + trail) if no.strip() else lead + trail


def _tidy(text: str) -> str:
    """Spaces left by an empty alternative: never two in a row, never before a stop."""
    return _SPACE_BEFORE_STOP.sub(r"\1", _SPACES.sub(" ", text)).strip(" \t")


def compile_text(text: str, ctx: Ctx | None) -> Render:
    """One text with its inline alternatives, as a function of the state. With no `ctx`, the
    neutral rendering: every alternative's `|` part."""
    if "{" not in text:
        return lambda s: text
    parts: list[str | tuple[Check | None, bool, str, str]] = []
    last = 0
    for m in INLINE.finditer(text):
        parts.append(text[last:m.start()])
        check = fact_check(ctx, m.group(2)) if ctx is not None else None
        parts.append((check, bool(m.group(1)), *_branches(m)))
        last = m.end()
    parts.append(text[last:])

    def render(s) -> str:
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
            else:
                check, negated, yes, no = part
                holds = check is not None and check(s) != negated
                out.append(yes if holds else no)
        return _tidy("".join(out))

    return render


def compile_prose(prose: str | list[Variant], ctx: Ctx | None) -> Render:
    """A piece of prose (a text or a list of variants) as a function of the state."""
    if isinstance(prose, str):
        return compile_text(prose, ctx)
    ranked = sorted(enumerate(prose), key=lambda iv: (-len(iv[1].when), iv[0]))
    if ctx is None:  # the neutral rendering: the default variant
        default = next(v for _, v in ranked if not v.when)
        return compile_text(default.text, None)
    choices = [(compile_all(v.when, ctx), compile_text(v.text, ctx)) for _, v in ranked]

    def render(s) -> str:
        for holds, say in choices:
            if holds is None or holds(s):
                return say(s)
        raise AssertionError("the linter guarantees a default variant")

    return render


def texts_of(prose: str | list[Variant] | None) -> list[str]:
    """Every text a piece of prose may show (each variant's, alternatives unresolved)."""
    if prose is None:
        return []
    if isinstance(prose, str):
        return [prose]
    return [v.text for v in prose]


def spellings(text: str) -> list[str]:
    """Every way an inline text can read, for checks over all the words a scenario may show
    (the copy check): each alternative's two branches, taken together per text."""
    if "{" not in text:
        return [text]
    yes = INLINE.sub(lambda m: _branches(m)[0], text)
    no = INLINE.sub(lambda m: _branches(m)[1], text)
    return [_tidy(yes), _tidy(no)]


class TextBook:
    """The prose of one world, compiled on first use and kept: `say(model, "text", state)`."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self._compiled: dict[tuple[int, str], tuple[BaseModel, Render]] = {}

    def render(self, model: BaseModel, field: str) -> Render:
        """A prose field of a model, compiled on first use into a function of the state."""
        key = (id(model), field)
        known = self._compiled.get(key)
        if known is None:
            # The model is kept beside its render, so its id cannot be reused while cached.
            known = self._compiled[key] = (model, compile_prose(getattr(model, field), self.ctx))
        return known[1]

    def say(self, model: BaseModel, field: str, state) -> str:
        """A prose field of a model, as it reads in this state."""
        if getattr(model, field) is None:
            return ""
        return self.render(model, field)(state)

    def holds(self, model: BaseModel, field: str, state) -> bool:
        """Whether a list of conditions on a model (an act's `when`, a charge's `fits`) holds
        in this state (an empty list holds)."""
        key = (id(model), "?" + field)
        known = self._compiled.get(key)
        if known is None:
            known = self._compiled[key] = (model, compile_all(getattr(model, field), self.ctx))
        check = known[1]
        return check is None or check(state)


def neutral(prose: str | list[Variant] | None) -> str:
    """A piece of prose read with no game in front of it: the default variant, every inline
    alternative's neutral part."""
    if prose is None:
        return ""
    return compile_prose(prose, None)(None)
