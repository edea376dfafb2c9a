"""The scenario format: one pydantic model per kind of content.

A scenario is one YAML file, or a folder of them, each of the form `ScenarioFile`; exactly one file
carries the `scenario:` header. The reference (glossary and people) is a `ReferenceFile`.
`thaw schema` prints the JSON Schema of these models for editors.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from game.content.conditions import Condition, DateText, Id, MeterCondition
from game.content.effects import Effect
from game.content.prose import Fact, Prose
from game.content.sources import SourceId
from game.sim.stats import StatId

FORMAT_VERSION = 1

Text = Annotated[str, Field(min_length=1, max_length=4000)]
# An `after` fact: a date (YYYY-MM or YYYY-MM-DD) or an event id.
AFTER_PATTERN = r"^(\d{4}-\d{2}(-\d{2})?|[a-z0-9][a-z0-9_-]*)$"


class Model(BaseModel):
    """A part of a scenario file: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")


class Citation(Model):
    """One document cited, and where in it: a teacher finds the passage with Ctrl+F."""

    source: SourceId = Field(description="The document's id.")
    locator: str | None = Field(
        None, min_length=1, max_length=120,
        description="3 to 7 consecutive words that appear verbatim in the document (case, runs "
                    "of white space and typographic quotes and dashes aside).")
    note: str | None = Field(None, min_length=1, max_length=200,
                             description="What the citation stands for, when it needs saying "
                                         "(e.g. 'citing Filtzer').")

    @model_validator(mode="after")
    def _locator_words(self) -> Citation:
        if self.locator is not None and not 3 <= len(self.locator.split()) <= 7:
            raise ValueError(f"a locator is 3 to 7 words, this one has "
                             f"{len(self.locator.split())}")
        return self


def _citation(value: object) -> object:
    """A bare source id is a citation without a locator (still valid, for teachers' own
    scenarios)."""
    return {"source": value} if isinstance(value, str) else value


CitationEntry = Annotated[Citation, BeforeValidator(_citation)]
Sources = Annotated[list[CitationEntry], Field(
    default_factory=list,
    description="The documents cited: each a source id, or {source, locator, note}.")]


class Cited(Model):
    """Content that names its documents: at least one, unless it is marked as going beyond them
    (then it is shown so, wherever its sources are shown)."""

    sources: Sources
    beyond_documents: bool = Field(
        False, description="No document supports this: it is shown as beyond the documents.")

    @model_validator(mode="after")
    def _cites_or_says_it_does_not(self) -> Cited:
        if not self.sources and not self.beyond_documents:
            raise ValueError("`sources` is empty: cite at least one document, or mark the item "
                             "`beyond_documents: true`")
        return self


class Disagreement(Model):
    """Where the documents disagree, or where the game departs from its only document: shown to
    players, discussed by teachers."""

    text: Text = Field(description="What each document says, in our own words.")
    sources: Sources
    beyond_documents: bool = Field(
        False, description="The game departs from the document(s) on the strength of what lies "
                           "beyond them: one source is then enough.")

    @model_validator(mode="after")
    def _two_sides(self) -> Disagreement:
        least = 1 if self.beyond_documents else 2
        if len(self.sources) < least:
            raise ValueError(f"a disagreement names at least {least} document(s) (the documents "
                             "that disagree; one, with `beyond_documents: true`, when the game "
                             "departs from its only source)")
        return self


class Option(Model):
    """One choice on a decision card."""

    id: Id
    label: Prose = Field(description="What you do, in one short line (conditional prose).")
    historical: bool = Field(False, description="The option Khrushchev took.")
    requires: list[Condition] = Field(default_factory=list,
                                      description="Shown but not selectable unless all hold.")
    unavailable: Prose | None = Field(None, description="Why the option cannot be taken, when "
                                                         "it cannot.")
    effects: list[Effect] = Field(default_factory=list)


class Voice(Model):
    """One line a person says on a card before the player chooses: their stance, in their own
    voice. Said when its conditions hold (and, for a Presidium member, while they sit), so a
    member can remember a slight: `when: [{type: chose, event: ..., option: ...}]`."""

    speaker: Id = Field(description="A Presidium member's id, or a person of the reference "
                                    "(foreign leaders and others).")
    when: list[Condition] = Field(default_factory=list, description="Said when all hold.")
    says: Prose = Field(description="One line, in the speaker's voice (conditional prose).")


class Event(Cited):
    """A decision card, or a news item that moves the state without a choice."""

    id: Id
    kind: Literal["decision", "news"] = "decision"
    title: str = Field(min_length=1, max_length=100)
    date: DateText | None = Field(None, description="Comes up in the turn containing this date.")
    trigger: list[Condition] = Field(
        default_factory=list,
        description="For an undated event: comes up when all hold. For a dated one: skipped "
                    "unless all hold on its date.")
    after: list[Annotated[str, Field(pattern=AFTER_PATTERN, max_length=64)]] = Field(
        default_factory=list,
        description="What the text takes as already past: event ids (they must have come up "
                    "first) and dates (YYYY-MM or YYYY-MM-DD). The linter proves that the event "
                    "cannot come up before them, nor before any year from 1953 to 1964 that its "
                    "text names.")
    once: bool = Field(True, description="Comes up at most once.")
    cooldown: int = Field(0, ge=0, le=200,
                          description="Turns before a repeatable event may return.")
    priority: int = Field(0, ge=-100, le=100,
                          description="Higher comes first among conditional events.")
    text: Prose = Field(description="The situation, in the game's own words (conditional "
                                    "prose: it may follow what the player has done).")
    image: Id | None = Field(None, description="Card image name in assets/images (no extension).")
    options: list[Option] = Field(default_factory=list)
    voices: list[Voice] = Field(default_factory=list, max_length=6,
                                description="People who speak on the card before the choice "
                                            "(the first three whose conditions hold).")
    effects: list[Effect] = Field(default_factory=list, description="Applied when it comes up.")
    what_happened: str | None = Field(None, max_length=2000,
                                      description="What actually happened, for the history view.")
    disagreement: Disagreement | None = None

    @model_validator(mode="after")
    def _shape(self) -> Event:
        if self.kind == "decision" and not 2 <= len(self.options) <= 4:
            raise ValueError(f"a decision has 2 to 4 options, this one has {len(self.options)}")
        if self.kind == "news" and self.options:
            raise ValueError("a news item has no options (make it a decision)")
        ids = [o.id for o in self.options]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"option ids must be unique, repeated: {', '.join(dupes)}")
        if sum(o.historical for o in self.options) > 1:
            raise ValueError("at most one option is marked historical")
        return self


class Rule(Cited):
    """A standing rule taken from the documents, applied at the start of each turn it holds."""

    id: Id
    title: str = Field(min_length=1, max_length=100)
    explain: str = Field(min_length=1, max_length=1000,
                         description="One or two sentences for the 'why' panel and the debrief.")
    claim: int | None = Field(None, ge=1, le=12,
                              description="The causal claim of the design notes it encodes.")
    when: list[Condition] = Field(default_factory=list, description="Empty: every turn.")
    effects: list[Effect] = Field(min_length=1)
    disagreement: Disagreement | None = None


class Member(Cited):
    """A person in the Presidium, and how their loyalty to the player moves."""

    id: Id
    name: str = Field(min_length=1, max_length=60)
    role: str = Field(min_length=1, max_length=120, description="Post and leaning, one line.")
    faction: Id = Field(description="Effects on a faction move all its members.")
    loyalty: float = Field(ge=0, le=100, description="0 hostile, 100 devoted; below the vote's "
                                                    "threshold the member votes against.")
    joins: DateText | None = Field(None, description="Takes a seat on this date (else at start). "
                                   "A month means its turn; a day inside a turn, the next turn.")
    leaves: DateText | None = Field(None, description="Leaves on this date, if still sitting.")
    candidate_until: DateText | None = Field(
        None, description="A candidate member until this date: listed in the Presidium, but "
                          "without a vote, so neither the removal vote nor the Presidium meter "
                          "counts them; a full member from then. (A date with a day that falls "
                          "inside a turn, like `joins` and `leaves`, counts from the next turn.)")
    follows: StatId | None = Field(None, description="Loyalty drifts towards this stat's level.")
    opposes: StatId | None = Field(None, description="Loyalty drifts towards 100 minus this "
                                   "stat's level (e.g. the old guard and the thaw).")
    pull: float = Field(0.0, ge=0, le=1, description="Share of the gap closed each turn.")
    ceiling: float = Field(100, ge=0, le=100,
                           description="The drift never carries loyalty above this: a rival "
                                       "may tolerate you but will not come to love you.")
    removal_cost: list[Effect] = Field(default_factory=list,
                                       description="Paid when the player removes this member.")

    @model_validator(mode="after")
    def _one_drift(self) -> Member:
        if self.follows and self.opposes:
            raise ValueError("a member either `follows` or `opposes` a stat, not both")
        return self


class PolicyOption(Model):
    """One setting of a standing policy, and what it does every turn."""

    id: Id
    label: str = Field(min_length=1, max_length=80)
    description: str = Field(min_length=1, max_length=600)
    per_turn: list[Effect] = Field(default_factory=list)


class Policy(Cited):
    """A standing policy the player may re-set at any turn; each option acts every turn."""

    id: Id
    title: str = Field(min_length=1, max_length=80)
    description: str = Field(min_length=1, max_length=600)
    options: list[PolicyOption] = Field(min_length=2, max_length=6)
    initial: Id
    change_cost: list[Effect] = Field(default_factory=list, description="Paid on every change.")
    quick_change_turns: int = Field(4, ge=0, le=100,
                                    description="A change within this many turns of the last...")
    quick_change_cost: list[Effect] = Field(default_factory=list,
                                            description="...also pays this: it reads as erratic.")


class Appeal(Model):
    """Taking the vote to the Central Committee."""

    blocked_when: list[Condition] = Field(default_factory=list,
                                          description="No appeal when all of these hold.")
    needed: float = Field(50, ge=0, le=100, description="Central Committee support needed.")
    noise: float = Field(10, ge=0, le=50, description="Seeded +/- swing on the count.")


class RemovalVote(Cited):
    """Rule 1: a Presidium majority against the player forces a vote; the player survives only by
    taking it to the Central Committee and holding its support."""

    against_below: float = Field(45, ge=0, le=100,
                                 description="A member whose loyalty is below this votes against.")
    share: float = Field(0.5, ge=0, le=1,
                         description="A vote when more than this share is against.")
    patience: int = Field(0, ge=0, le=100, description="The plotters move only once the majority "
                                                       "has held at this many turn-ends in a row.")
    when: list[Condition] = Field(default_factory=list, description="Votes only when all hold.")
    blind_when: list[Condition] = Field(
        default_factory=list,
        description="While all hold, the player is no longer told how many are against them or "
                    "when a vote may come (the organs no longer report): the warning says so "
                    "instead, every turn.")
    appeal: Appeal = Field(default_factory=Appeal)
    on_survive: list[Effect] = Field(default_factory=list)
    on_fall: list[Effect] = Field(default_factory=list,
                                  description="Should end the game; see `fallen_ending`.")
    fallen_ending: Id = Field(description="The ending when `on_fall` names none.")


class Ending(Cited):
    """A way the game ends, with its text and debrief."""

    id: Id
    title: str = Field(min_length=1, max_length=100)
    outcome: Literal["survived", "ousted", "removed", "war"]
    text: Prose = Field(description="What became of the player (conditional prose: it may "
                                    "follow the state the game ended in).")
    trigger: list[Condition] = Field(
        default_factory=list, description="Checked at the end of every turn: ends the game when "
                                          "all hold. Empty: not checked.")
    final: bool = Field(False, description="A candidate when the calendar runs out.")
    final_when: list[Condition] = Field(default_factory=list,
                                        description="With `final`: chosen when all hold (the first "
                                                    "such ending in file order wins).")
    lesson: str | None = Field(None, max_length=2000, description="What this outcome shows.")
    questions: list[str] = Field(default_factory=list, description="Discussion questions.")


class CalendarSpec(Model):
    """The scenario's calendar: its first and last dates and the length of a turn."""

    start: DateText
    end: DateText = Field(description="The last turn contains this date.")
    step: Literal["season", "month", "week", "day"] = "season"


class Initial(Model):
    """How a game starts: the meters and quantities, and flags already set."""

    meters: dict[StatId, float] = Field(description="Starting values (the Presidium meter is the "
                                                    "mean loyalty of its members; leave it out).")
    flags: list[Id] = Field(default_factory=list)


class PolicySetting(Model):
    """A policy change the historical bot makes on a date."""

    date: DateText
    policy: Id
    option: Id


class Verdict(Model):
    """A historian's verdict, as a document quotes it, for the debrief."""

    historian: str = Field(min_length=1, max_length=80)
    gist: str = Field(min_length=1, max_length=600)
    source: CitationEntry = Field(description="The document that quotes the historian: a source "
                                              "id, or {source, locator, note}.")


class Charge(Model):
    """One of the charges of October 1964, and when it could be laid against the player too."""

    text: Text
    fits: list[Condition] = Field(default_factory=list,
                                  description="It fits the player's own record when all hold "
                                              "(empty: not judged).")


class Act(Model):
    """One of the player's key acts, told in the epilogue that opens an ending when its
    conditions hold; the weightiest three to five are told, in the order they are listed."""

    id: Id
    when: list[Condition] = Field(min_length=1, description="The player did this when all hold.")
    text: Prose = Field(description="One sentence, in the second person, in the past tense.")
    weight: int = Field(50, ge=1, le=100, description="The weightiest acts are told.")


class Debrief(Model):
    """What the debrief shows beside the ending: the 1964 charges, the historians, questions,
    disagreements."""

    charges: list[Charge | str] = Field(default_factory=list, description="The 1964 charges.")
    verdicts: list[Verdict] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)


class Chapter(Model):
    """A part of a long scenario that fits one lesson: it runs from its `start` to the next
    chapter's (the last to the end of the calendar). A class can play one chapter a lesson from the
    same save, or begin at a later chapter from Khrushchev's own path."""

    id: Id
    title: str = Field(min_length=1, max_length=100)
    start: DateText = Field(description="The chapter begins with the turn containing this date.")
    brief: Text = Field(description="What the chapter is about, for its first screen.")
    minutes: int = Field(ge=1, le=600, description="How long it takes to play, measured from the "
                                                   "words shown and the decisions (tools/pace.py).")


class Challenge(Model):
    """A goal a player may set themselves for another game: a constraint on how to play (never a
    hint at a right answer), checked when the game ends. Shown on the debrief when it is met and
    in the endings gallery."""

    id: Id
    title: str = Field(min_length=1, max_length=100,
                       description="The constraint, as the player reads it ('Reach 1964 without "
                                   "building the Berlin Wall').")
    outcome: Literal["survived", "ousted", "removed", "war"] | None = Field(
        None, description="The outcome the game must end in, if any.")
    when: list[Condition] = Field(default_factory=list,
                                  description="What must hold when the game ends.")
    always: list[MeterCondition] = Field(default_factory=list,
                                         description="Meters that must stay within these bounds "
                                                     "all game (checked as every turn ends).")


class ScenarioInfo(Cited):
    """The header: what the scenario is and how it starts."""

    id: Id
    title: str = Field(min_length=1, max_length=100)
    kind: Literal["campaign", "lesson"] = "lesson"
    order: int = Field(0, description="Position in the scenario list.")
    brief: Text = Field(description="A paragraph a teacher can read out.")
    minutes: int = Field(ge=1, le=2000, description="How long one game takes, measured from the "
                                                    "words shown and the decisions "
                                                    "(tools/pace.py).")
    calendar: CalendarSpec
    chapters: list[Chapter] = Field(default_factory=list,
                                    description="Parts that each fit a lesson (long scenarios).")
    initial: Initial
    presidium: list[Member] = Field(min_length=1)
    policies: list[Policy] = Field(default_factory=list)
    removal_vote: RemovalVote
    conditional_per_turn: int = Field(1, ge=0, le=4,
                                      description="Most conditional events in one turn.")
    historical_policies: list[PolicySetting] = Field(
        default_factory=list, description="Policy changes the historical bot makes, by date.")
    debrief: Debrief = Field(default_factory=Debrief)
    challenges: list[Challenge] = Field(default_factory=list, max_length=8,
                                        description="Goals for a replay, checked at the end.")


class ScenarioFile(Model):
    """One file of a scenario."""

    format: Literal[1] = Field(description="The format version of this file.")
    scenario: ScenarioInfo | None = None
    facts: list[Fact] = Field(default_factory=list,
                              description="What the scenario's text may assert, and when it is "
                                          "true (see the claims check).")
    acts: list[Act] = Field(default_factory=list,
                            description="The player's key acts, for the epilogue of an ending.")
    events: list[Event] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    endings: list[Ending] = Field(default_factory=list)


class Term(Cited):
    """A glossary entry."""

    id: Id
    term: str = Field(min_length=1, max_length=80)
    russian: str | None = Field(None, max_length=80)
    definition: str = Field(min_length=1, max_length=1500)


class Person(Cited):
    """A person of the reference: who they were, in a few sentences."""

    id: Id
    name: str = Field(min_length=1, max_length=80)
    years: str | None = Field(None, max_length=40)
    role: str = Field(min_length=1, max_length=160)
    text: str = Field(min_length=1, max_length=2000)


class ReferenceFile(Model):
    """The glossary and the people, shown in the game and the reports."""

    format: Literal[1]
    reference: Literal[True] = Field(description="Marks the file as reference content.")
    glossary: list[Term] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
