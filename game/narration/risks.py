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


def risks(world: World, state, option) -> list[str]:
    """Each gamble an option takes, in words and numbers."""
    out = []
    for effect in _taken(option.effects, world, state):
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
    return f"the later changes land over the next {turns} {one if turns == 1 else many}"
