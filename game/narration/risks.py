"""Risk readable before choosing: an option's gambles in words and numbers ("a gamble: about 1 in
3 (35%) that Beria strikes first"), and when its delayed effects land. Read from the option's own
effects in the state the card is shown in; nothing is drawn."""

from __future__ import annotations

from game.content import effects as e
from game.sim.stats import INDEX
from game.sim.world import World

# The fractions a player reads at a glance.
FRACTIONS = ((1, 20), (1, 10), (1, 6), (1, 5), (1, 4), (1, 3), (2, 5), (1, 2), (3, 5), (2, 3),
             (3, 4), (4, 5), (5, 6), (9, 10), (19, 20))
UNITS = {"season": ("season", "seasons"), "month": ("month", "months"),
         "week": ("week", "weeks"), "day": ("day", "days")}


def odds(p: float) -> str:
    """A probability in words and a number: "about 1 in 3 (35%)"."""
    if p <= 0.02:
        return f"almost no chance ({p:.0%})"
    if p >= 0.98:
        return f"almost certain ({p:.0%})"
    n, d = min(FRACTIONS, key=lambda f: abs(f[0] / f[1] - p))
    return f"about {n} in {d} ({p:.0%})"


def _p(p, state) -> float:
    if isinstance(p, e.Linear):
        value = p.at_0 + (p.at_100 - p.at_0) * state.values[INDEX[p.stat]] / 100.0
    else:
        value = p
    return min(1.0, max(0.0, value))


def _taken(effects: list, world: World, state) -> list:
    """The effects that would run now: an `if` is followed down the branch that holds now."""
    out = []
    for effect in effects:
        if isinstance(effect, e.IfEffect):
            holds = world.texts.holds(effect, "when", state)
            out += _taken(effect.then if holds else effect.otherwise, world, state)
        else:
            out.append(effect)
    return out


def _blind(world: World, state) -> bool:
    """Whether the security organs no longer tell the player who is against them."""
    vote = world.scenario.info.removal_vote
    return bool(vote.blind_when) and world.texts.holds(vote, "blind_when", state)


def vote_risk(world: World, state, committee: float) -> str:
    """What a vote on removing the player, called by this option now, would come to: the count
    in the Presidium and the odds of the Central Committee's appeal (`committee`: its support
    once the option's own changes are made), as `politics.removal_vote` decides it."""
    vote = world.vote
    against = sum(1 for m in state.voters if m.loyalty < vote.threshold)
    voters = len(state.voters)
    head = f"A vote on removing you follows at once: {against} of {voters} in the Presidium are " \
           "against you"
    if against <= vote.share * voters:
        return f"{head}, not a majority, so it fails."
    if vote.blocked is not None and vote.blocked(state):
        return f"{head}, and the Central Committee cannot be called in time: you would fall."
    p = (committee + vote.noise - vote.needed) / (2 * vote.noise) if vote.noise else \
        float(committee >= vote.needed)
    p = min(1.0, max(0.0, p))
    if p >= 0.98:
        return f"{head}; the Central Committee would almost surely overturn it ({p:.0%})."
    if p <= 0.02:
        return f"{head}; the Central Committee would almost surely not save you ({p:.0%})."
    return f"{head}; a gamble: {odds(p)} that the Central Committee overturns it."


def risks(world: World, state, option, now: list[float] | None = None) -> list[str]:
    """Each gamble an option takes, in words and numbers; `now` is its immediate change to each
    meter (`Game.preview`), for a vote it calls."""
    out = []
    if _blind(world, state):
        # The organs are blind: whether this option brings a vote turns on who is against you,
        # which the player cannot see; it is said of every option that may bring one.
        if any(isinstance(effect, e.RemovalVoteEffect) for effect in e.walk(option.effects)):
            out.append("If the Presidium has turned against you, this brings a vote on "
                       "removing you at once.")
    for effect in _taken(option.effects, world, state):
        if isinstance(effect, e.RemovalVoteEffect) and not _blind(world, state):
            committee = state.values[INDEX["central_committee"]] + \
                (now[INDEX["central_committee"]] if now else 0.0)
            out.append(vote_risk(world, state, committee))
            continue
        if isinstance(effect, e.ChanceEffect):
            p = _p(effect.p, state)
            if 0.0 < p < 1.0:
                what = effect.label or "it goes your way"
                out.append(f"A gamble: {odds(p)} that {what}.")
        elif isinstance(effect, e.DrawEffect):
            total = sum(o.weight for o in effect.outcomes)
            parts = [f"{o.label} ({o.weight / total:.0%})" for o in effect.outcomes]
            out.append("Uncertain: " + ", ".join(parts) + ".")
    return out


def delay(world: World, state, option) -> str | None:
    """When an option's delayed changes have all landed ("over the next 4 seasons"), or None if
    it has none."""
    turns = 0
    for effect in e.walk(_taken(option.effects, world, state)):
        if isinstance(effect, e.ChangeEffect) and (effect.after or effect.over > 1):
            turns = max(turns, effect.after + effect.over - 1)
    if not turns:
        return None
    one, many = UNITS.get(world.calendar.step, ("turn", "turns"))
    if turns == 1:
        return f"the later changes land next {one}"
    return f"the later changes land over the next {turns} {many}"
