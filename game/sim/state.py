"""The state of one game: every number, person and flag, the seeded generator, and the record of
why each number moved.

The state is changed only through the methods here, so that each change is clamped to 0-100 and
written down with the rule that made it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from game.sim.stats import HIGH, LOW, PRESIDIUM

# One recorded change: (turn, stat index, actual delta after clamping, cause id).
Cause = tuple[int, int, float, str]


class News(NamedTuple):
    """One line of the news log, as data; `game.narration.news` words it.

    kind "event": a news item came up (subject: its event id);
    kind "text": a line in the scenario's own words (subject: the text);
    kind "seat": a member's seat changed hands (subject: the member id; detail: "joins",
        "leaves", "removed", "seated"; "candidate" when a member joins without a vote, "full" when
        a candidate becomes a full member);
    kind "vote": a removal vote was held (subject: its index in `State.votes`, as text).
    """

    turn: int
    kind: str
    subject: str
    detail: str = ""


@dataclass(slots=True)
class Member:
    """A seat in the Presidium and the person in it."""

    id: str
    loyalty: float
    sitting: bool
    faction: str
    follows: int  # index of the stat whose level the member's loyalty drifts towards, or -1
    pull: float
    opposes: bool = False  # drift towards 100 minus the stat instead
    ceiling: float = 100.0  # the drift's target is never above this
    # A candidate member sits (is listed, and effects on loyalty reach them) but has no vote:
    # neither the removal vote nor the Presidium meter counts them.
    voting: bool = True


@dataclass(slots=True)
class Vote:
    """One removal vote, as it happened."""

    turn: int
    against: list[str]
    supporting: list[str]
    appealed: bool
    blocked: bool
    central_committee: float
    roll: float
    survived: bool

    @property
    def outcome(self) -> str:
        """"failed": the plotters had no majority in the Presidium itself; "overturned": they
        had one and the Central Committee overturned it; "upheld": it let the vote stand;
        "blocked": the vote could not be taken to the Central Committee."""
        if self.blocked:
            return "blocked"
        if not self.appealed:
            return "failed"
        return "overturned" if self.survived else "upheld"


@dataclass
class State:
    seed: int
    values: list[float]
    members: list[Member]
    policies: dict[str, str]
    rng: random.Random = field(repr=False)
    turn: int = 0
    flags: set[str] = field(default_factory=set)
    policy_changed: dict[str, int] = field(default_factory=dict)
    delayed: dict[int, list[tuple[int, float, str]]] = field(default_factory=dict)
    causes: list[Cause] = field(default_factory=list)
    news: list[News] = field(default_factory=list)
    removed: set[str] = field(default_factory=set)
    chosen: dict[str, str] = field(default_factory=dict)
    fired: dict[str, int] = field(default_factory=dict)  # event id -> the last turn it came up
    times: dict[str, int] = field(default_factory=dict)  # event id -> how often it has come up
    votes: list[Vote] = field(default_factory=list)
    event_date: str | None = None  # the date of the decision being carried out, if dated
    plot: int = 0  # turn-ends in a row with a majority of the Presidium against the player
    ending: str | None = None
    ending_turn: int | None = None
    ending_date: str | None = None
    # The sitting members, in the order of `members`, and those of them with a vote: the
    # Presidium meter and the vote look only at the voters, several times a turn. Kept by
    # `reseat()`, called whenever a seat changes hands or a candidate gets a vote.
    seated: list[Member] = field(init=False, repr=False)
    voters: list[Member] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.reseat()

    # --- numbers -------------------------------------------------------------------------
    def change(self, index: int, delta: float, cause: str) -> None:
        """Move a stat by `delta`, clamped to 0-100, and record why."""
        if index == PRESIDIUM:
            shift_loyalty(None, None, delta, self, cause)
            return
        values = self.values
        old = values[index]
        new = old + delta
        if new < LOW:
            new = LOW
        elif new > HIGH:
            new = HIGH
        if new != old:
            values[index] = new
            self.causes.append((self.turn, index, new - old, cause))

    def schedule(self, at_turn: int, index: int, delta: float, cause: str) -> None:
        """Notes a change to land at the start of a later turn."""
        landing = self.delayed.get(at_turn)
        if landing is None:
            self.delayed[at_turn] = [(index, delta, cause)]
        else:
            landing.append((index, delta, cause))

    # --- the Presidium -------------------------------------------------------------------
    def reseat(self) -> None:
        """Re-reads who sits and who votes, after a member's `sitting` or `voting` has been
        changed."""
        self.seated = [m for m in self.members if m.sitting]
        self.voters = [m for m in self.seated if m.voting]

    def refresh_presidium(self, cause: str) -> None:
        """Sets the Presidium meter from the sitting members' loyalty, after a seat changed
        hands."""
        # Summed in seat order from 0.0, one by one (not `sum()`, whose rounding differs between
        # Python versions): the same seed must give the same meter everywhere.
        total = 0.0
        for m in self.voters:
            total += m.loyalty
        self.set_presidium(total, cause)

    def set_presidium(self, total: float, cause: str) -> None:
        """Sets the Presidium meter from the sum of the voting members' loyalty (made in seat
        order) and records why it moved."""
        voters = self.voters
        new = total / len(voters) if voters else 50.0
        old = self.values[PRESIDIUM]
        if new != old:
            self.values[PRESIDIUM] = new
            self.causes.append((self.turn, PRESIDIUM, new - old, cause))

    def against_share(self, threshold: float) -> float:
        """The share of voting members whose loyalty is below `threshold`."""
        voters = self.voters
        against = 0
        for m in voters:
            if m.loyalty < threshold:
                against += 1
        return against / len(voters) if voters else 0.0


def changer(changes: tuple[tuple[int, float], ...]) -> Callable[[State, str], None]:
    """An effect's `apply(state, cause)` for a run of plain changes: each (stat index, delta),
    in order, as `state.change` makes it (never the Presidium meter, which moves through its
    members). A run of change effects is compiled into one of these: a closure with the loop
    inside costs a fraction of a call per change (see `effects.compile_sequence`). The
    arithmetic is `State.change`'s; keep the two in step."""

    def apply(state: State, cause: str) -> None:
        values, causes, turn = state.values, state.causes, state.turn
        for index, delta in changes:
            old = values[index]
            new = old + delta
            if new < LOW:
                new = LOW
            elif new > HIGH:
                new = HIGH
            if new != old:
                values[index] = new
                causes.append((turn, index, new - old, cause))

    return apply


def shift_loyalty(faction: str | None, member: str | None, delta: float, state: State,
                  cause: str) -> None:
    """Shifts the loyalty of sitting members (all, one faction, or one person) and records the
    resulting move of the Presidium meter. The arguments are in the order that lets a loyalty
    effect be `functools.partial(shift_loyalty, faction, member, by)`, called as
    `apply(state, cause)`."""
    # The voters' new loyalties are summed as they are made, in seat order: the same sum that
    # `refresh_presidium` would make in a second pass over the seats.
    total = 0.0
    if faction is None and member is None:
        for m in state.seated:
            new = m.loyalty + delta
            m.loyalty = new = LOW if new < LOW else HIGH if new > HIGH else new
            if m.voting:
                total += new
    else:
        for m in state.seated:
            if ((member is None or m.id == member)
                    and (faction is None or m.faction == faction)):
                new = m.loyalty + delta
                m.loyalty = LOW if new < LOW else HIGH if new > HIGH else new
            if m.voting:
                total += m.loyalty
    state.set_presidium(total, cause)
