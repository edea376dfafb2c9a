"""The news log in words: each line the simulation recorded as data (`game.sim.state.News`),
worded the same way in the window, text mode, the run record and the reports."""

from __future__ import annotations

from game.narration.votes import vote_line
from game.sim.state import News, State
from game.sim.world import World

SEAT_WORDS = {
    "joins": "{name} takes a seat in the Presidium.",
    "leaves": "{name} leaves the Presidium.",
    "removed": "{name} is removed from the Presidium.",
    "seated": "{name} joins the Presidium.",
    "candidate": "{name} joins the Presidium as a candidate member, without a vote.",
    "full": "{name} becomes a full member of the Presidium, with a vote.",
}


def member_name(world: World, member_id: str) -> str:
    """A member's name as the scenario gives it (the id, for one it does not list)."""
    index = world.member_index.get(member_id)
    return world.members[index].model.name if index is not None else member_id


def news_text(world: World, state: State, item: News) -> str:
    """One line of the news log."""
    if item.kind == "text":
        return item.subject
    if item.kind == "event":
        event = world.events.get(item.subject)
        return event.model.title if event is not None else item.subject
    if item.kind == "seat":
        return SEAT_WORDS[item.detail].format(name=member_name(world, item.subject))
    if item.kind == "vote":
        return vote_line(state.votes[int(item.subject)])
    raise ValueError(f"unknown kind of news {item.kind!r}")


def news_lines(world: World, state: State, turn: int | None = None,
               start: int = 0) -> list[tuple[int, str]]:
    """(turn, line) for the news log from its `start`-th line on (of one turn, if given)."""
    return [(item.turn, news_text(world, state, item)) for item in state.news[start:]
            if turn is None or item.turn == turn]
