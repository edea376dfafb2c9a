"""One narrator for a removal vote: the news log, the window and the printed report tell the same
typed outcome the same way (the review found a vote that failed in the Presidium narrated three
ways, the printed report's version false)."""

from __future__ import annotations

import pytest

from game.classroom.report import vote_text as report_vote_text
from game.narration.votes import vote_account, vote_from_record, vote_line
from game.sim.state import Vote

VOTES = {
    "failed": Vote(3, ["molotov"], ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"], False,
                   False, 61.0, 0.0, True),
    "overturned": Vote(3, ["molotov", "malenkov"], ["c"], True, False, 62.0, -3.2, True),
    "upheld": Vote(3, ["molotov", "malenkov"], ["c"], True, False, 41.0, 1.4, False),
    "blocked": Vote(3, ["molotov", "malenkov"], ["c"], False, True, 70.0, 0.0, False),
}


def as_record(vote: Vote, keep_blocked: bool = True) -> dict:
    entry = {"turn": vote.turn, "against": vote.against, "supporting": vote.supporting,
             "appealed": vote.appealed, "central_committee": vote.central_committee,
             "roll": vote.roll, "survived": vote.survived}
    if keep_blocked:
        entry["blocked"] = vote.blocked
    return entry


@pytest.mark.parametrize("outcome", VOTES)
def test_each_vote_has_its_own_outcome(outcome):
    assert VOTES[outcome].outcome == outcome


@pytest.mark.parametrize("outcome", VOTES)
@pytest.mark.parametrize("keep_blocked", [True, False])
def test_a_record_gives_back_the_same_vote(outcome, keep_blocked):
    """Records written before `blocked` was kept still tell the four cases apart."""
    assert vote_from_record(as_record(VOTES[outcome], keep_blocked)) == VOTES[outcome]


def test_a_motion_that_fails_in_the_presidium_never_reads_as_an_ouster(tiny_world):
    vote = VOTES["failed"]
    line = vote_line(vote)
    account = vote_account(vote, "Summer 1957", 50)
    report = report_vote_text(tiny_world, as_record(vote))
    assert "fails in the Presidium itself, 1 votes to 10" in line
    for text in (account, report):
        assert "failed in the Presidium itself" in text
        assert "voted 1 to 10 to remove you" not in text
        assert "could not take" not in text and "fell" not in text


def test_the_report_and_the_window_tell_every_vote_alike(tiny_world):
    for vote in VOTES.values():
        when = tiny_world.calendar.label(vote.turn)
        assert report_vote_text(tiny_world, as_record(vote)) == \
            vote_account(vote, when, tiny_world.vote.needed)


def test_each_account_says_what_decided_it():
    assert "overturned the vote: you survived" in vote_account(VOTES["overturned"], "x", 50)
    assert "swing of -3" in vote_account(VOTES["overturned"], "x", 50)
    assert "let the vote stand: you fell" in vote_account(VOTES["upheld"], "x", 50)
    blocked = vote_account(VOTES["blocked"], "x", 50, blocked_reason="You were on holiday.")
    assert "could not take the vote to the Central Committee. You were on holiday." in blocked
    named = vote_account(VOTES["upheld"], "x", 50, name=str.title)
    assert "(Molotov, Malenkov)" in named
