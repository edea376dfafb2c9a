"""The warning a player is always given when the Presidium has turned: how many are against, and
when the plotters may move. It is read from the state every turn (no cooldown can skip it), the
same way in the window and text mode."""

from __future__ import annotations

from game.sim.engine import Game

UNITS = {"season": ("season", "seasons"), "month": ("month", "months"),
         "week": ("week", "weeks"), "day": ("day", "days")}


# Said every turn while the organs are blind, whatever the count: the player knows they cannot see.
BLIND = ("The security organs no longer tell you who in the Presidium is against you, or when a "
         "session may be called: a vote could come without warning.")


def against_count(game: Game) -> tuple[int, int]:
    """(members against the player now, members sitting)."""
    threshold = game.world.vote.threshold
    seated = game.state.seated
    return sum(1 for m in seated if m.loyalty < threshold), len(seated)


def threat_warning(game: Game) -> str | None:
    """"6 of 10 in the Presidium are against you: ..." whenever a majority has turned; else
    None."""
    world, state = game.world, game.state
    if state.ending is not None:
        return None
    vote = world.scenario.info.removal_vote
    if vote.blind_when and world.texts.holds(vote, "blind_when", state):
        return BLIND
    against, sitting = against_count(game)
    vote = world.vote  # the compiled vote: its threshold, share and patience
    if not sitting or against <= vote.share * sitting:
        return None
    one, many = UNITS.get(world.calendar.step, ("turn", "turns"))
    # The plotters move at the end of a turn once the majority has held at more than `patience`
    # turn-ends in a row; `state.plot` counts those already past.
    wait = max(0, vote.patience - state.plot)
    if wait == 0:
        when = f"a vote to remove you may come at the end of this {one}"
    elif wait == 1:
        when = f"if it holds, a vote to remove you may come at the end of next {one}"
    else:
        when = f"if it holds for {wait} more {many}, a vote to remove you may come"
    return f"{against} of {sitting} in the Presidium are against you: {when}."
