"""What decided a recorded game's ending, for the printed report: the ranking of causes is the
debrief's own (`game.narration.debrief`), read here from the record instead of a live game, so the
screen and the page always agree. Beside it: the choice that ended the game outright, if one did,
and the removal vote that brought a fall.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.content import effects as e
from game.narration.debrief import DecidingCause, ending_stats, rank_causes
from game.narration.words import cause_label
from game.sim.world import World


@dataclass
class EndingAnalysis:
    ending: str | None
    meters: list[str]  # the meters that decide this ending, in STATS order
    causes: list[DecidingCause]  # biggest first
    decided_by: str | None  # a choice that ended the game outright, as a label
    vote: dict | None  # the last removal vote, when the ending came from one


def meters_that_matter(world: World, ending_id: str | None) -> list[str]:
    return list(ending_stats(world, ending_id))


def _ends_game(world: World, decision: str, option: str, ending_id: str) -> bool:
    event = world.events.get(decision)
    if event is None or option not in event.options:
        return False
    found = e.walk(event.options[option].model.effects)
    return any(isinstance(x, e.EndEffect) and x.ending == ending_id for x in found)


def analyse_ending(world: World, record: dict, top: int = 5) -> EndingAnalysis:
    """The few causes that decided the record's ending (or, unfinished, where it stood)."""
    ending = record.get("ending") or None
    ending_id = ending["id"] if ending else None
    meters = meters_that_matter(world, ending_id)
    changes = ((str(c.get("stat")), float(c.get("delta", 0.0)), str(c.get("cause")))
               for c in record.get("causes", []))
    causes = rank_causes(world, changes, tuple(meters), top)
    decided_by = None
    vote = None
    if ending is not None:
        for taken in record.get("decisions", []):
            if taken.get("turn") == ending.get("turn") and _ends_game(
                    world, taken["decision"], taken["option"], ending_id):
                decided_by = cause_label(world, f"{taken['decision']}/{taken['option']}")
        votes = record.get("votes") or []
        if votes and votes[-1].get("turn") == ending.get("turn") and not votes[-1].get("survived"):
            vote = votes[-1]
    return EndingAnalysis(ending_id, meters, causes, decided_by, vote)
