"""The Presidium as people, the removal vote, and how a game ends.

Rule 1 of the design notes (country-study): a Presidium majority against the leader forces a vote;
he survives only if he can take it to the Central Committee and holds its support. The June 1957
and October 1964 plots are both this one rule, met in different states.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.sim.state import Member, News, State, Vote
from game.sim.stats import INDEX, PRESIDIUM

if TYPE_CHECKING:
    from game.sim.world import World

CENTRAL_COMMITTEE = INDEX["central_committee"]


def new_members(world: World) -> list[Member]:
    """The Presidium as a game starts, fresh for each game."""
    return [Member(*start) for start in world.member_start]


def member_start(world: World) -> list[tuple]:
    """Each member as a game starts, as `Member` arguments (worked out once per scenario: a
    game makes its members afresh)."""
    return [(m.id, m.loyalty, m.joins <= 0 < m.leaves, m.faction, m.follows, m.pull, m.opposes,
             m.ceiling, m.full_from <= 0) for m in world.members]


def seat_and_retire(world: World, state: State) -> None:
    """Members join and leave on their dates (a removed member does not come back by date), and
    candidates become full members, with a vote."""
    turn = state.turn
    changed = False
    for index in world.plan[turn].appointments:
        spec, m = world.members[index], state.members[index]
        if spec.joins == turn and not m.sitting and m.id not in state.removed:
            m.sitting = True
            m.voting = turn >= spec.full_from
            changed = True
            state.news.append(News(turn, "seat", m.id, "joins" if m.voting else "candidate"))
        elif spec.leaves == turn and m.sitting:
            m.sitting = False
            changed = True
            state.news.append(News(turn, "seat", m.id, "leaves"))
        if spec.full_from == turn and m.sitting and not m.voting:
            m.voting = True
            changed = True
            state.news.append(News(turn, "seat", m.id, "full"))
    if changed:
        state.reseat()
        state.refresh_presidium("presidium:appointments")


def follow_constituencies(state: State) -> None:
    """Each member's loyalty drifts towards the standing of the body they answer to (the army,
    the apparatus, the planners...)."""
    values = state.values
    moved = False
    total = 0.0  # the voters' loyalty, summed as in `State.refresh_presidium`, in the same pass
    for m in state.seated:
        if m.follows >= 0 and m.pull:
            target = 100.0 - values[m.follows] if m.opposes else values[m.follows]
            if target > m.ceiling:
                target = m.ceiling
            m.loyalty += m.pull * (target - m.loyalty)
            moved = True
        if m.voting:
            total += m.loyalty
    if moved:
        state.set_presidium(total, "presidium:constituencies")


def remove_member(world: World, state: State, member_id: str, cause: str, cost: bool) -> None:
    """Removes a sitting member (they do not come back by date), paying their removal cost unless
    `cost` is false."""
    index = world.member_index[member_id]
    m = state.members[index]
    if not m.sitting:
        return
    m.sitting = False
    state.reseat()
    state.removed.add(member_id)
    state.news.append(News(state.turn, "seat", member_id, "removed"))
    state.refresh_presidium(cause)
    if cost:
        world.members[index].removal_cost(state, f"{cause} (removing {member_id})")


def preview_removal(world: World, state: State, member_id: str, now: list[float],
                    later: list[float], weight: float) -> None:
    """What removing a member would do: the Presidium meter loses that member's loyalty from its
    mean (a voter's), and the member's removal cost is paid (with `weight` 0 when it is
    waived)."""
    index = world.member_index[member_id]
    m = state.members[index]
    if not m.sitting:
        return
    sitting = [x.loyalty for x in state.voters]
    if m.voting and len(sitting) > 1:
        mean = sum(sitting) / len(sitting)
        now[PRESIDIUM] += ((sum(sitting) - m.loyalty) / (len(sitting) - 1) - mean)
    if weight:
        world.members[index].removal_preview(state, now, later, weight)


def seat_member(world: World, state: State, member_id: str, cause: str) -> None:
    """Seats a member now, if not sitting."""
    index = world.member_index[member_id]
    m = state.members[index]
    if not m.sitting:
        m.sitting = True
        m.voting = state.turn >= world.members[index].full_from
        state.reseat()
        state.removed.discard(member_id)
        state.news.append(News(state.turn, "seat", member_id, "seated"))
        state.refresh_presidium(cause)


def vote_due(world: World, state: State) -> bool:
    """Called once at each turn-end: counts how long a majority has held, and says whether the
    plotters move now."""
    vote = world.vote
    if state.against_share(vote.threshold) > vote.share:
        state.plot += 1
    else:
        state.plot = 0
        return False
    if vote.when is not None and not vote.when(state):
        return False
    return state.plot > vote.patience


def removal_vote(world: World, state: State, cause: str) -> None:
    """The plotters move: the Presidium votes. If they lack a majority the motion fails there and
    then; if they have one, the player appeals to the Central Committee if it can be reached."""
    vote = world.vote
    against = [m.id for m in state.voters if m.loyalty < vote.threshold]
    supporting = [m.id for m in state.voters if m.loyalty >= vote.threshold]
    committee = state.values[CENTRAL_COMMITTEE]
    state.plot = 0
    if len(against) <= vote.share * (len(against) + len(supporting)):
        _record_vote(state, Vote(state.turn, against, supporting, False, False,
                                 round(committee, 2), 0.0, True))
        vote.on_survive(state, "vote:survived")
        return
    blocked = vote.blocked is not None and vote.blocked(state)
    roll = 0.0
    if blocked:
        survived = False
    else:
        roll = state.rng.uniform(-vote.noise, vote.noise)
        survived = committee + roll >= vote.needed
    _record_vote(state, Vote(state.turn, against, supporting, not blocked, blocked,
                             round(committee, 2), round(roll, 2), survived))
    if survived:
        vote.on_survive(state, "vote:survived")
    else:
        vote.on_fall(state, "vote:fell")
        if state.ending is None:
            end_game(world, state, vote.fallen_ending)


def _record_vote(state: State, vote: Vote) -> None:
    state.votes.append(vote)
    state.news.append(News(state.turn, "vote", str(len(state.votes) - 1)))


def expel_plotters(world: World, state: State, cause: str) -> None:
    """Removes everyone who voted against the player in the last vote, each at their removal
    cost."""
    if not state.votes:
        return
    for member_id in state.votes[-1].against:
        remove_member(world, state, member_id, cause, True)


def end_game(world: World, state: State, ending: str) -> None:
    """Ends the game with an ending, and notes when (the month of the decision or event that ended
    it)."""
    if state.ending is not None:
        return
    state.ending = ending
    state.ending_turn = state.turn
    # The month: that of the decision that ended it; else that of the latest dated event this
    # turn (a vote follows the turn's events); else the middle of the turn.
    if state.event_date:
        state.ending_date = state.event_date[:7]
        return
    dates = [event.date[:7] for event in world.dated.get(state.turn, ())
             if state.fired.get(event.id) == state.turn]
    state.ending_date = max(dates) if dates else world.calendar.month_of(state.turn)
