"""A removal vote in words: one line for the news log, one account for the window, the text mode
and the reports. Both read the same typed outcome (`game.sim.state.Vote`), so no front end can
tell it differently: a motion that fails in the Presidium itself never reads as an ouster."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from game.narration.words import signed_change
from game.sim.state import Vote

_LINES = {
    "failed": "The motion to remove you fails in the Presidium itself, {a} votes to {s}.",
    "overturned": "The Presidium voted {a} to {s} to remove you; the Central Committee "
                  "overturned it.",
    "upheld": "The Presidium voted {a} to {s} to remove you; the Central Committee let the vote "
              "stand.",
    "blocked": "The Presidium voted {a} to {s} to remove you; you could not reach the Central "
               "Committee.",
}


def vote_line(vote: Vote) -> str:
    """The vote in one line, for the news log."""
    return _LINES[vote.outcome].format(a=len(vote.against), s=len(vote.supporting))


def vote_account(vote: Vote, when: str, needed: float,
                 name: Callable[[str], str] | None = None,
                 blocked_reason: str | None = None) -> str:
    """The vote told in full: who moved, how the Presidium split, and what the Central Committee
    did, or why it could not be asked. `when` is the vote's date as the player reads it; `name`
    gives a member's name from their id (leave it out to show no names)."""
    a, s = len(vote.against), len(vote.supporting)
    who = f" ({', '.join(name(m) for m in vote.against)})" if name is not None and a else ""
    outcome = vote.outcome
    if outcome == "failed":
        return (f"In {when} a motion to remove you came before the Presidium, but only {a} of "
                f"its {a + s} members were against you{who}. It failed in the Presidium itself: "
                "there was nothing to take to the Central Committee.")
    head = f"In {when} the Presidium voted {a} to {s} to remove you{who}."
    if outcome == "blocked":
        reason = f" {blocked_reason}" if blocked_reason else ""
        return head + f" You could not take the vote to the Central Committee.{reason} You fell."
    roll = signed_change(vote.roll)
    swing = f", with a swing of {roll} on the day" if roll is not None else ""
    verdict = ("overturned the vote: you survived" if outcome == "overturned"
               else "let the vote stand: you fell")
    return (head + f" You took it to the Central Committee, where your support stood at "
            f"{vote.central_committee:.0f}{swing} against the {needed:.0f} needed; it {verdict}.")


def vote_from_record(entry: Mapping) -> Vote:
    """A vote as a run record keeps it (records from before `blocked` was kept: a vote that was
    not appealed and not survived was blocked)."""
    appealed = bool(entry.get("appealed"))
    survived = bool(entry.get("survived"))
    blocked = entry.get("blocked")
    if blocked is None:
        blocked = not appealed and not survived
    return Vote(int(entry.get("turn", 0)), [str(m) for m in entry.get("against") or []],
                [str(m) for m in entry.get("supporting") or []], appealed, bool(blocked),
                float(entry.get("central_committee") or 0.0), float(entry.get("roll") or 0.0),
                survived)


def ballots(vote: Vote, order: list[str]) -> list[tuple[str, bool, str]]:
    """The vote member by member, for the window's vote scene: (member id, against you, the line
    said of their ballot), in `order` (the Presidium as it sits), from the same typed outcome as
    the account above."""
    against = set(vote.against)
    voted = against | set(vote.supporting)
    return [(m, m in against, "Votes to remove you." if m in against else "Votes to keep you.")
            for m in order if m in voted]


def appeal_heading(vote: Vote) -> str:
    """What follows the Presidium's ballots: the Central Committee, or why there is no appeal."""
    return {"failed": "No majority in the Presidium",
            "overturned": "The appeal to the Central Committee",
            "upheld": "The appeal to the Central Committee",
            "blocked": "No appeal to the Central Committee"}[vote.outcome]
