"""What if: replay a recorded run with one decision taken the other way, and see where it leads.

The replay uses the record's seed, so the harvests and draws come in the same order for as long
as the two games ask for them in the same order. Up to the flipped decision the record's commands
are carried out one by one; the flip takes another option; after it the game is played on by a
script of the original run: its policy changes on the turns it made them, its choices wherever the
same decisions come up, and Khrushchev's choice (the historical bot) where they do not.

`spread` answers a different question: from a decision on, with the player's own choices kept,
how do the endings spread when the luck is drawn afresh? A fall that happens under almost any
luck was chosen; one that happens under a few was bad luck.

Everything here drives the engine API only (`Game.apply`, `pending`, `available_options`,
`choose`, `set_policy`, `advance`), so what it shows is what a player would have got.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from game.classroom.record import decisions_taken
from game.content.problems import did_you_mean
from game.narration.words import LABELS, option_label
from game.sim.bots import Bot, HistoricalBot, play_turn
from game.sim.engine import Game, GameError, command_turns
from game.sim.stats import METERS, STATS
from game.sim.world import World

# Meters closer than this are the same: records keep two decimals.
SAME = 0.005


class WhatIfError(ValueError):
    """A what-if that cannot be run (bad K or option, or a record that no longer fits)."""


@dataclass
class Fit:
    """How well a record still fits its scenario as it is now, and whether what it claims (its
    ending, its decisions, its meters) is what its own moves give."""

    same_content: bool  # the record's content hash is the scenario's
    fits: bool  # every command of the log could be carried out
    stopped: dict | None = None  # {index, turn, date, command, reason} of the first that could not
    first_difference: dict | None = None  # {turn, date, stat, record, replay}: meters part
    claims: str | None = None  # the ending or decisions claimed that the replay does not give

    @property
    def exact(self) -> bool:
        return self.same_content and self.fits and self.first_difference is None \
            and self.claims is None

    @property
    def mismatch(self) -> bool:
        """The scenario is the record's own, yet the record is not what its moves give: it was
        changed after the game (by hand, or to claim a better ending)."""
        return self.same_content and not self.exact

    def describe(self) -> str:
        if self.exact:
            return "the record replays exactly"
        parts = []
        if not self.same_content:
            parts.append("the scenario has changed since this record was made")
        else:
            parts.append("this record does not match a replay of its own moves under the same "
                         "scenario, so it was changed after the game")
        if self.stopped is not None:
            s = self.stopped
            parts.append(f"the replay stops fitting at turn {s['turn']} ({s['date']}): "
                         f"{s['reason']}")
        if self.claims is not None:
            parts.append(self.claims)
        if self.first_difference is not None:
            d = self.first_difference
            parts.append(f"the replayed meters first differ from the record's at turn "
                         f"{d['turn']} ({d['date']}): {LABELS.get(d['stat'], d['stat'])} "
                         f"{d['replay']:.0f} instead of {d['record']:.0f}")
        return "; ".join(parts)


@dataclass
class Run:
    """One game of a comparison, as far as it went."""

    game: Game
    decisions: list[dict]  # as in a run record
    as_recorded: int = 0  # decisions carried out from the record's log
    as_before: int = 0  # later decisions taken the way the original player took them
    as_khrushchev: int = 0  # later decisions taken by the historical bot

    @property
    def ending(self) -> dict | None:
        state, world = self.game.state, self.game.world
        if state.ending is None:
            return None
        model = world.endings[state.ending]
        return {"id": model.id, "title": model.title, "outcome": model.outcome,
                "turn": state.ending_turn, "date": state.ending_date}

    @property
    def history(self) -> list[tuple[int, tuple[float, ...]]]:
        return self.game.history


@dataclass
class WhatIf:
    flip: int  # counted from 1
    decision: str
    title: str
    turn: int
    date: str
    label: str
    original_option: str
    option: str
    original: Run
    whatif: Run
    diverged: dict | None  # {turn, date, label, meters: [{stat, original, whatif}]}
    fit: Fit

    def to_json(self) -> dict:
        world = self.original.game.world
        event = world.events[self.decision]

        def side(run: Run) -> dict:
            return {"ending": run.ending, "turns": len(run.history),
                    "decisions_as_recorded": run.as_recorded,
                    "decisions_as_before": run.as_before,
                    "decisions_as_khrushchev": run.as_khrushchev,
                    "decisions": run.decisions}

        return {
            "scenario": world.id,
            "seed": self.original.game.seed,
            "flip": {"k": self.flip, "decision": self.decision, "title": self.title,
                     "turn": self.turn, "date": self.date, "label": self.label,
                     "original_option": self.original_option,
                     "original_label": option_label(world, event.id, self.original_option),
                     "option": self.option,
                     "option_label": option_label(world, event.id, self.option),
                     "historical": event.historical},
            "original": side(self.original),
            "whatif": side(self.whatif),
            "diverged": self.diverged,
            "same_ending": (self.original.ending or {}).get("id") ==
                           (self.whatif.ending or {}).get("id"),
            "fit": {"same_content": self.fit.same_content, "fits": self.fit.fits,
                    "stopped": self.fit.stopped, "first_difference": self.fit.first_difference,
                    "text": self.fit.describe()},
        }


# --- the driver ----------------------------------------------------------------------------

class Script:
    """What the original player did from a point in the log on: policy changes by turn, and
    choices by decision (in the order they were made; for a decision met again after those run
    out, the player's last choice for it)."""

    def __init__(self, log: list[dict], start: int) -> None:
        turns = command_turns(log)
        self.policies: dict[int, list[tuple[str, str]]] = {}
        self.choices: dict[str, list[str]] = {}
        self.last: dict[str, str] = {}
        for i, command in enumerate(log):
            if command.get("cmd") == "choose":
                self.last[command["decision"]] = command["option"]
                if i >= start:
                    self.choices.setdefault(command["decision"], []).append(command["option"])
            elif command.get("cmd") == "policy" and i >= start:
                self.policies.setdefault(turns[i], []).append((command["policy"],
                                                               command["option"]))

    def choice(self, decision: str) -> str | None:
        queue = self.choices.get(decision)
        if queue:
            return queue.pop(0)
        return self.last.get(decision)


def replay_prefix(world: World, seed: int, log: list[dict], upto: int) -> tuple[Game, dict | None]:
    """The game after the first `upto` commands of a log, and where it stopped fitting (or None).

    A command that the scenario as it is now refuses (an option or decision renamed, a game that
    ended sooner) stops the replay there; the game is left as it stood before that command.
    """
    game = Game(world, seed)
    turns = command_turns(log)
    for i, command in enumerate(log[:upto]):
        reason = None
        if game.ending is not None:
            reason = "the game had already ended by then"
        else:
            try:
                game.apply(command)
            except (GameError, KeyError, TypeError) as error:
                reason = str(error).strip("'\"") or type(error).__name__
        if reason is not None:
            return game, {"index": i, "turn": turns[i], "date": world.calendar.month_of(
                min(turns[i], world.last_turn)), "command": command, "reason": reason}
    return game, None


def play_on(game: Game, script: Script, run: Run, *, until_turn: int | None = None) -> None:
    """Plays to an ending: the script's policy changes and choices, else Khrushchev's choice."""
    world = game.world
    khrushchev = HistoricalBot(game.seed)
    while game.ending is None and (until_turn is None or game.turn <= until_turn):
        for policy, option in script.policies.pop(game.turn, []):
            if game.ending is not None:
                break
            compiled = world.policies.get(policy)
            if compiled is None or option not in compiled.options:
                continue  # a policy the scenario no longer has
            if game.state.policies.get(policy) != option:
                game.set_policy(policy, option)
        while game.pending and game.ending is None:
            decision = game.pending[0]
            options = game.available_options(decision)
            wanted = script.choice(decision)
            if wanted in options:
                game.choose(decision, wanted)
                run.as_before += 1
            else:
                game.choose(decision, khrushchev.pick(game, decision, options))
                run.as_khrushchev += 1
        if game.ending is None:
            game.advance()


def _count_choices(log: list[dict], upto: int) -> int:
    return sum(1 for c in log[:upto] if c.get("cmd") == "choose")


def check_fit(world: World, record: dict) -> tuple[Run, Fit]:
    """Replays a record as it stands under the scenario as it is now.

    The run is the whole log if it fits; where it stops fitting, the rest is played by the
    original's script (its choices and policy changes), so there is still an ending to compare.
    """
    log = record["log"]
    game, stopped = replay_prefix(world, record["seed"], log, len(log))
    run = Run(game, [], _count_choices(log, stopped["index"] if stopped else len(log)))
    if stopped is not None:
        play_on(game, Script(log, stopped["index"]), run)
    run.decisions = decisions_taken(game)
    fit = Fit(record.get("content_hash") == world.scenario.content_hash, stopped is None, stopped,
              _first_difference(world, record, game), _claims(record, run))
    return run, fit


def _claims(record: dict, run: Run) -> str | None:
    """What the record says happened that its replay does not give: the ending, the decisions."""
    claimed, replayed = record.get("ending"), run.ending
    keys = ("id", "outcome", "turn")
    if [(claimed or {}).get(k) for k in keys] != [(replayed or {}).get(k) for k in keys]:
        return f"it claims the ending {_ending_words(claimed)}, but its moves lead to " \
               f"{_ending_words(replayed)}"
    mine = [(d["turn"], d["decision"], d["option"]) for d in record["decisions"]]
    theirs = [(d["turn"], d["decision"], d["option"]) for d in run.decisions]
    if mine != theirs:
        k = next((i for i, (a, b) in enumerate(zip(mine, theirs, strict=False))
                  if a != b),
                 min(len(mine), len(theirs)))
        return f"its decisions differ from its moves' from decision {k + 1} on"
    return None


def _ending_words(ending: dict | None) -> str:
    """An ending as the note names it: its title, what it meant and when ('unfinished' if none)."""
    if not ending:
        return "'unfinished'"
    return f"{ending.get('title') or ending.get('id')!r} ({ending.get('outcome')}, " \
           f"turn {ending.get('turn')})"


def _first_difference(world: World, record: dict, game: Game) -> dict | None:
    replayed = dict(game.history)
    for entry in record["turns"]:
        values = replayed.get(entry["turn"])
        if values is None:
            return None  # the replay ended sooner: `stopped` or the ending says so
        for i, stat in enumerate(STATS):
            recorded = entry["values"].get(stat)
            if recorded is not None and abs(round(values[i], 2) - recorded) > SAME:
                return {"turn": entry["turn"], "date": world.calendar.month_of(entry["turn"]),
                        "stat": stat, "record": recorded, "replay": round(values[i], 2)}
    return None


def _choose_index(record: dict, k: int) -> int:
    """The log index of the k-th choice (counted from 1)."""
    decisions = record["decisions"]
    if not decisions:
        raise WhatIfError("this run has no decisions to flip")
    if not 1 <= k <= len(decisions):
        raise WhatIfError(f"this run has {len(decisions)} decision(s): K runs from 1 to "
                          f"{len(decisions)}, not {k}")
    chooses = [i for i, c in enumerate(record["log"]) if c.get("cmd") == "choose"]
    if len(chooses) != len(decisions) or \
            record["log"][chooses[k - 1]].get("decision") != decisions[k - 1]["decision"]:
        raise WhatIfError("the record's decisions do not match its command log (the file was "
                          "edited by hand?)")
    return chooses[k - 1]


@dataclass(frozen=True)
class FlipOption:
    id: str
    label: str
    taken: bool  # the option the run took
    historical: bool
    available: bool  # could be taken at that point of the replay
    default: bool  # what `whatif` takes when no option is named


def options_at(world: World, record: dict, flip: int) -> list[FlipOption]:
    """The options of the `flip`-th decision as they stood at that point of the run, in the
    order the card showed them, for a screen that lets the player pick what to try instead."""
    log = record["log"]
    index = _choose_index(record, flip)
    game, stopped = replay_prefix(world, record["seed"], log, index)
    decision, taken = log[index]["decision"], log[index]["option"]
    if stopped is not None or decision not in game.pending:
        raise WhatIfError(f"the scenario has changed since this record was made: decision "
                          f"{flip} cannot be reached in a replay")
    event = world.events[decision]
    available = game.available_options(decision)
    default = _next_option(list(event.options), taken, available)
    # In the order the card showed them in that game (the record's `shown`), so the numbers
    # match what the player saw.
    return [FlipOption(o, option_label(world, event.id, o), o == taken, o == event.historical,
                       o in available, o == default)
            for o in game.shown_order(decision)]


def _next_option(order: list[str], taken: str, available: list[str]) -> str | None:
    """The option after the one taken, in the card's order, wrapping round, that could be
    taken."""
    start = order.index(taken) if taken in order else -1
    candidates = [o for o in order[start + 1:] + order[:start + 1] if o != taken]
    return next((o for o in candidates if o in available), None)


def whatif(world: World, record: dict, flip: int, option: str | None = None) -> WhatIf:
    """The run again, with the `flip`-th decision (from 1) taken as `option` (by default the
    option after the one taken, in the card's order, that could be taken then)."""
    original, fit = check_fit(world, record)
    log = record["log"]
    index = _choose_index(record, flip)
    game, stopped = replay_prefix(world, record["seed"], log, index)
    decision = log[index]["decision"]
    taken = log[index]["option"]
    turn = command_turns(log)[index]
    if stopped is not None:
        raise WhatIfError("the scenario has changed since this record was made and the replay "
                          f"stops fitting before decision {flip}: at turn {stopped['turn']} "
                          f"({stopped['date']}), {stopped['reason']}")
    if game.ending is not None or decision not in game.pending:
        raise WhatIfError(f"the scenario has changed since this record was made: decision "
                          f"{flip} ({decision}) does not come up in the replay")
    event = world.events[decision]
    available = game.available_options(decision)
    if option is None:
        option = _next_option(list(event.options), taken, available)
        if option is None:
            raise WhatIfError(f"decision {flip} ({event.model.title}) had no other option that "
                              "could be taken at that point")
    elif option not in event.options:
        raise WhatIfError(f"decision {flip} ({event.model.title}) has no option {option!r}"
                          f"{did_you_mean(option, list(event.options))} "
                          f"(its options: {', '.join(event.options)})")
    elif option == taken:
        raise WhatIfError(f"{option!r} is the option this run took at decision {flip}; name "
                          "another")
    elif option not in available:
        why = event.options[option].model.unavailable or "its requirements did not hold"
        raise WhatIfError(f"option {option!r} could not be taken at that point: {why}")
    run = Run(game, [], _count_choices(log, index))
    game.choose(decision, option)
    play_on(game, Script(log, index + 1), run)
    run.decisions = decisions_taken(game)
    return WhatIf(flip, decision, event.model.title, turn, world.calendar.month_of(turn),
                  world.calendar.label(turn), taken, option, original, run,
                  diverged(world, original.game, game), fit)


def diverged(world: World, a: Game, b: Game) -> dict | None:
    """The first turn at whose close the two games' meters differ, with the biggest gaps; or the
    turn one of them ended if they ran the same until then; None if they never part."""
    other = dict(b.history)
    for turn, values in a.history:
        mine = other.get(turn)
        if mine is None:
            break
        gaps = [(abs(values[i] - mine[i]), stat, values[i], mine[i])
                for i, stat in enumerate(STATS) if stat in METERS]
        gaps = [g for g in gaps if g[0] > SAME]
        if gaps:
            # Name the gaps a reader can see; tiny ones only when there are no others.
            gaps = [g for g in gaps if g[0] >= 0.5] or gaps
            gaps.sort(key=lambda g: (-g[0], g[1]))
            return {"turn": turn, "date": world.calendar.month_of(turn),
                    "label": world.calendar.label(turn),
                    "meters": [{"stat": s, "original": round(x, 1), "whatif": round(y, 1)}
                               for _, s, x, y in gaps[:4]]}
    if a.state.ending != b.state.ending or len(a.history) != len(b.history):
        turn = min(a.history[-1][0] if a.history else 0, b.history[-1][0] if b.history else 0)
        return {"turn": turn, "date": world.calendar.month_of(turn),
                "label": world.calendar.label(turn), "meters": []}
    return None


# --- luck or choice ------------------------------------------------------------------------

@dataclass
class Spread:
    at: int  # the decision (from 1) from which the luck is drawn afresh
    decision: str
    title: str
    turn: int
    date: str
    runs: int
    policy: str  # "same choices" or a bot's name
    original: dict | None  # the record's ending
    endings: dict[str, int] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    outcomes: dict[str, int] = field(default_factory=dict)

    @property
    def same_as_original(self) -> int:
        if self.original is None:
            return 0
        return self.endings.get(self.original["id"], 0)

    def reading(self) -> str:
        """One plain sentence for a class: was the ending luck or choice?"""
        if self.original is None:
            return "The run was not finished, so there is no ending to compare."
        share = self.same_as_original / self.runs
        title = self.original["title"]
        who = "the same choices" if self.policy == "same choices" else f"the {self.policy} policy"
        head = (f"{self.same_as_original} of {self.runs} games with {who} and fresh luck from "
                f"this decision on ended as this one did ({title}).")
        if self.policy != "same choices":
            return head
        if share >= 0.9:
            return head + " Under almost any luck: the choices decided it."
        if share >= 0.6:
            return head + " Usually, but not always: choices weighed more than luck."
        if share >= 0.3:
            return head + " Often not: luck played a large part."
        return head + " Rarely: this ending took unusual luck."

    def to_json(self) -> dict:
        return {"at": {"k": self.at, "decision": self.decision, "title": self.title,
                       "turn": self.turn, "date": self.date},
                "runs": self.runs, "policy": self.policy, "original": self.original,
                "endings": dict(sorted(self.endings.items())), "outcomes": self.outcomes,
                "same_as_original": self.same_as_original, "reading": self.reading()}


def luck_seed(seed: int, run: int) -> int:
    """A fresh, reproducible seed for run `run` of a spread (never the record's own)."""
    return random.Random(seed * 1_000_003 + run).randrange(1, 2**31)


def spread(world: World, record: dict, at: int, runs: int,
           bots: Callable[[int], Bot] | None = None, policy: str = "same choices") -> Spread:
    """Replays up to the `at`-th decision, then plays `runs` games on, each with the luck drawn
    afresh: with the player's own later choices (by default), or with a bot made by `bots(seed)`
    (named `policy`)."""
    if runs < 1:
        raise WhatIfError("the number of runs must be at least 1")
    log = record["log"]
    index = _choose_index(record, at)
    decision = log[index]["decision"]
    turn = command_turns(log)[index]
    endings: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    for r in range(runs):
        game, stopped = replay_prefix(world, record["seed"], log, index)
        if stopped is not None or decision not in game.pending:
            raise WhatIfError("the scenario has changed since this record was made and the "
                              f"replay does not reach decision {at}")
        # The rest of the game draws from a new generator: new harvests, new votes' swings.
        game.state.rng.seed(luck_seed(record["seed"], r))
        if bots is None:
            play_on(game, Script(log, index), Run(game, []))
        else:
            bot = bots(luck_seed(record["seed"], r))
            while game.ending is None:
                play_turn(game, bot)
        endings[game.state.ending] += 1
        outcomes[world.endings[game.state.ending].outcome] += 1
    event = world.events[decision]
    return Spread(at, decision, event.model.title, turn, world.calendar.month_of(turn), runs,
                  policy if bots is not None else "same choices", record.get("ending"),
                  dict(endings), {e: world.endings[e].title for e in endings},
                  dict(sorted(outcomes.items())))
