"""The figures docs/teachers.md quotes, measured on the current content, and the sentences that
carry them: tests/classroom/test_teachers_guide.py fails when a sentence of the guide no longer
says what the content gives.

    python -m tools.guide          # every sentence as it must read now (paste into the guide)
    python -m tools.guide --write docs/teachers.md   # or let it put them in, where they stand

A sentence is a template: `{hash}`, `{turns}`, `{minutes}`, `{decisions}`, `{dated}`,
`{conditional}`, `{news}`, `{rules}`, `{policies}`, `{endings}` are the scenario's counts (add
`:word` for the number in words); `{hist:ENDING}` and `{rand:ENDING}` are the games out of 500
(seeds 1-500) that end so with Khrushchev's choices and at random; `{hist%:ENDING}` the same as a
percentage. The single changes on Khrushchev's path over seeds 1-40: `{flip:EVENT/OPTION:ENDING}`
games ending so with that one option changed (`-` for none), `{flipsurvived:EVENT/OPTION}` and
`{flipfell:EVENT/OPTION}` those survived and lost, `{met:EVENT}` the games in which the card comes
up on his path. The replay of `thaw simulate --from` (seed 1, two hundred runs) is tied to the
content by the version hashes the guide quotes.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import cache

from game.content import catalog
from game.content.build import build_world
from game.sim.bots import HistoricalBot, make_bot, play
from game.sim.engine import Game

RUNS = 500
LESSONS = ("secret-speech-1956", "anti-party-1957", "cuba-1962", "plot-1964")
WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen")

# (scenario, sentence template) in the order of the guide.
CLAIMS: tuple[tuple[str, str], ...] = (
    ("campaign", "version hashes: the campaign `{hash}`, the lessons"),
    ("secret-speech-1956", "the lessons `{hash}`,"),
    ("anti-party-1957", "`{hash}`,"),
    ("cuba-1962", "`{hash}` and"),
    ("plot-1964", "and `{hash}`, in the order they appear below"),
    ("campaign", "The full eleven years: {turns} turns, one a season"),
    ("campaign", "{decisions} decisions ({dated} on their historical dates, {conditional} that "
                 "come up when the state calls for them"),
    ("campaign", "{news} news items, {rules} standing rules, {policies:word} standing policies"),
    ("campaign", "and {endings:word} endings:"),
    ("campaign", "The scenario is measured at about {minutes} minutes for one game"),
    ("campaign", "the game ends in the October 1964 ouster {hist:ousted-1964} times "
                 "({hist%:ousted-1964}) and in a removal earlier in 1963-64 the other "
                 "{hist:ousted-other} times"),
    ("campaign", "Taking Khrushchev's choices on seeds 1-40, the player falls in all "
                 "{flipfell:-/-} games"),
    ("campaign", "(*Renewing the leadership*, which came up in {met:rotation} of the 40 games: "
                 "{flipsurvived:rotation/reassure} survived when he reassured his colleagues, and "
                 "{flipsurvived:rotation/reunite} when he reunited the split committees instead)"),
    ("campaign", "(*Two party committees in every province*: {flipsurvived:party-split/specialists}"
                 " of 40 survived)"),
    ("campaign", "Keeping silent about Stalin in 1956 saved him in "
                 "{flipsurvived:secret-speech/silence} of 40 games, and speaking in measured words "
                 "in {flipsurvived:secret-speech/measured} of 40"),
    ("campaign", "Its four chapters are measured at {chapters} minutes"),
    ("lessons", "play, the scenario's measured minutes ({play}); hand in and tally"),
    ("lessons", "discussion, the rest ({talk} minutes)"),
    ("secret-speech-1956", "({turns} turns, about {minutes} minutes)"),
    ("secret-speech-1956", "{decisions} decisions, one of which (the old guard counting votes)"),
    ("secret-speech-1956", "{news:word} news items carry"),
    ("secret-speech-1956", "Khrushchev's choices end in *The speech, and the tanks* in all "
                           "{hist:speech-and-tanks} games"),
    ("secret-speech-1956", "is the commonest ending ({rand:old-guard-triumphant} of 500)"),
    ("secret-speech-1956", "speaking only in general words, or saying nothing, turns every one of "
                           "the {flip:secret-speech/general-words:old-guard-triumphant} games"),
    ("secret-speech-1956", "speaking only in general words, or saying nothing, turns every one of "
                           "the {flip:secret-speech/say-nothing:old-guard-triumphant} games"),
    ("secret-speech-1956", "letting Hungary go loses it in all "
                           "{flip:hungary/let-hungary-go:speech-and-the-bloc-lost} games"),
    ("secret-speech-1956", "bargaining with Nagy keeps *a looser bloc* in "
                           "{flip:hungary/bargain-with-nagy:a-looser-bloc} of 40"),
    ("secret-speech-1956", "backing Nagy instead of Gerő in July gives *a looser bloc* in all "
                           "{flip:rakosi/nagy:a-looser-bloc}."),
    ("anti-party-1957", "({turns} turns, about {minutes} minutes)"),
    ("anti-party-1957", "{decisions} decisions, one of which (whispers in"),
    ("anti-party-1957", "Khrushchev's choices end in *Master of the Presidium* in all "
                        "{hist:master-of-the-presidium} games"),
    ("anti-party-1957", "({rand:collective-leadership-endures} of 500) end with *No showdown, "
                        "and no victory*"),
    ("anti-party-1957", "there is no showdown at all (all "
                        "{flip:the-ministries/drop-it:collective-leadership-endures} games)"),
    ("anti-party-1957", "trying it only as a pilot ends in his removal in "
                        "{flip:the-ministries/pilot:ousted-1957} of 40"),
    ("anti-party-1957", "the plan allows on meat and milk "
                        "({flip:meat-milk-and-butter/what-the-plan-allows:ousted-1957} of 40)"),
    ("anti-party-1957", "to split the plotters instead of appealing to the Central Committee loses "
                        "in {flip:the-june-meeting/split-them:ousted-1957} of 40"),
    ("anti-party-1957", "arresting them at the meeting loses in "
                        "{flip:the-june-meeting/arrest-them:ousted-1957} of 40"),
    ("cuba-1962", "({turns} turns, about {minutes} minutes)"),
    ("cuba-1962", "the answer of 28 October; {decisions} decisions. {news:word} news items"),
    ("cuba-1962", "Khrushchev's choices end with *The missiles go home* in all "
                  "{hist:the-secret-deal} games"),
    ("cuba-1962", "{rand:nuclear-war} of 500 end in nuclear war"),
    ("cuba-1962", "running the quarantine line (war in "
                  "{flip:the-quarantine-line/run-the-line:nuclear-war} of 40 games)"),
    ("cuba-1962", "after the U-2 is shot down (war in "
                  "{flip:the-u2/back-the-commanders:nuclear-war} of 40)"),
    ("cuba-1962", "(still on the brink in {flip:the-answer/stand-firm:on-the-brink}, war in "
                  "{flip:the-answer/stand-firm:nuclear-war})"),
    ("cuba-1962", "Holding out for a public trade over Turkey gets it in "
                  "{flip:the-answer/hold-out-for-turkey:the-public-trade} of 40"),
    ("plot-1964", "({turns} turns, about {minutes} minutes)"),
    ("plot-1964", "holiday on the Black Sea; {decisions} decisions"),
    ("plot-1964", "Khrushchev's choices end in *\"The fear was gone\"* in all "
                  "{hist:the-fear-was-gone} games"),
    ("plot-1964", "(still in the saddle {rand:still-in-the-saddle}, a coup against the coup "
                  "{rand:struck-first}, retired {rand:retired-on-your-own-terms}, the fear was "
                  "gone "
                  "{rand:the-fear-was-gone}), and *Saved by the Central Committee again* came in "
                  "{rand:saved-by-the-committee} of 500"),
    ("plot-1964", "(*Retired on your own terms*, in all "
                  "{flip:the-warning/retire:retired-on-your-own-terms} games)"),
    ("plot-1964", "(*A coup against the coup*, in {flip:the-warning/strike-first:struck-first} of "
                  "40)"),
)


FLIP_SEEDS = range(1, 41)


class _Flip(HistoricalBot):
    """Khrushchev's choices, except one option at one card; notes whether the card came up."""

    def __init__(self, seed: int, decision: str, option: str) -> None:
        super().__init__(seed)
        self.decision, self.option, self.met = decision, option, False

    def pick(self, game: Game, decision: str, options: list[str]) -> str:
        if decision == self.decision:
            self.met = True
            if self.option in options:
                return self.option
        return super().pick(game, decision, options)


@cache
def flipped(scenario: str, decision: str, option: str) -> tuple[Counter, int]:
    """How the games of seeds 1-40 end with one option changed on Khrushchev's path, and in how
    many the card came up."""
    world = _world(scenario)
    ends: Counter = Counter()
    met = 0
    for seed in FLIP_SEEDS:
        bot = _Flip(seed, decision, option)
        ends[play(Game(world, seed), bot).ending] += 1
        met += bot.met
    return ends, met


@cache
def _world(scenario: str):
    return build_world(catalog.by_id(scenario))


@cache
def endings(scenario: str, policy: str) -> Counter:
    """How the games of seeds 1-500 end, by ending id."""
    world = _world(scenario)
    return Counter(play(Game(world, seed), make_bot(policy, seed)).ending
                   for seed in range(1, RUNS + 1))


@cache
def counts(scenario: str) -> dict[str, object]:
    world = _world(scenario)
    info = world.scenario.info
    decisions = [e for e in world.events.values() if e.model.kind == "decision"]
    return {
        "hash": world.scenario.content_hash,
        "turns": world.calendar.turns,
        "minutes": info.minutes,
        "decisions": len(decisions),
        "dated": sum(1 for e in decisions if e.model.date is not None),
        "conditional": sum(1 for e in decisions if e.model.date is None),
        "news": sum(1 for e in world.events.values() if e.model.kind == "news"),
        "rules": len(world.rules),
        "policies": len(world.policies),
        "endings": len(world.endings),
        "chapters": _and([str(c.minutes) for c in info.chapters]),
    }


def _and(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


def _flip_value(scenario: str, name: str, form: str) -> str:
    world = _world(scenario)
    if name == "met":
        return str(flipped(scenario, form, "-")[1])
    change, _, ending = form.partition(":")
    decision, _, option = change.partition("/")
    if decision != "-" and decision not in world.events:
        raise KeyError(f"{scenario} has no card {decision!r}")
    ends, _ = flipped(scenario, decision, option)
    if name == "flip":
        return str(ends.get(ending, 0))
    survived = sum(n for e, n in ends.items() if world.outcomes.get(e) == "survived")
    return str(survived if name == "flipsurvived" else sum(ends.values()) - survived)


def _span(values: list[int]) -> str:
    low, high = min(values), max(values)
    return str(low) if low == high else f"{low} to {high}"


def _lessons_value(name: str) -> str:
    """Figures over the four lessons: the play minutes and the discussion minutes of their
    45-minute plans (game.classroom.pages.lesson_plan)."""
    from game.classroom.kit import unit
    from game.classroom.pages import lesson_plan

    plans = [lesson_plan(unit(lesson)) for lesson in LESSONS]
    stage = {"play": "Play", "talk": "Discuss"}[name]
    return _span([next(m for m, s, _ in plan if s == stage) for plan in plans])


def _value(scenario: str, key: str) -> str:
    name, _, form = key.partition(":")
    if scenario == "lessons":
        return _lessons_value(name)
    if name in ("flip", "flipsurvived", "flipfell", "met"):
        return _flip_value(scenario, name, form)
    if name in ("hist", "rand", "hist%", "rand%"):
        found = endings(scenario, "historical" if name.startswith("hist") else "random")
        if form not in _world(scenario).endings:
            raise KeyError(f"{scenario} has no ending {form!r}")
        n = found.get(form, 0)
        return f"{round(100 * n / RUNS)}%" if name.endswith("%") else str(n)
    value = counts(scenario)[name]
    if form == "word":
        return WORDS[value] if isinstance(value, int) and value < len(WORDS) else str(value)
    return str(value)


def render(scenario: str, template: str) -> str:
    """A sentence of the guide as it must read on the current content."""
    return re.sub(r"\{([^{}]+)\}", lambda m: _value(scenario, m.group(1)), template)


def normal(text: str) -> str:
    """Text with runs of white space as one space and upper case as lower (a number in words
    may start a sentence)."""
    return " ".join(text.split()).lower()


def pattern(template: str) -> re.Pattern:
    """Where a sentence of `template` stands in the guide, whatever its figures say today: the
    words as they are (any white space between them, any case), each figure any one word."""
    parts = re.split(r"\{[^{}]+\}", template)
    words = [r"\s+".join(re.escape(w) for w in part.split(" ")) for part in parts]
    return re.compile(r"\S+?".join(words), re.IGNORECASE)


def write(path: str) -> list[str]:
    """Puts every sentence into the guide at `path` as it must read now; returns the templates
    it could not find there (to be written by hand). A sentence is looked for outside the
    sentences already placed: the short templates ("`{hash}`,") would otherwise match inside a
    longer one placed before them (and put one lesson's hash where the campaign's goes)."""
    with open(path, encoding="utf-8") as f:
        guide = f.read()
    missing = []
    placed: list[tuple[int, int]] = []  # the spans of the sentences placed so far
    for scenario, template in CLAIMS:
        now = render(scenario, template)
        free = [m for m in pattern(template).finditer(guide)
                if not any(a <= m.start() and m.end() <= b for a, b in placed)]
        exact = [m for m in free if normal(m.group(0)) == normal(now)]
        if exact:
            placed.append(exact[0].span())
            continue
        if normal(now) in normal(guide):
            continue  # said already, where another scenario's sentence reads the same
        if not free:
            missing.append(template)
            continue
        start, end = free[0].span()
        guide = guide[:start] + now + guide[end:]
        shift = len(now) - (end - start)
        placed = [(a + shift, b + shift) if a >= end else (a, b) for a, b in placed]
        placed.append((start, start + len(now)))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(guide)
    return missing


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--write"] and len(args) == 2:
        missing = write(args[1])
        for template in missing:
            print(f"not found in {args[1]}, write it by hand: {template}")
        return 1 if missing else 0
    for scenario, template in CLAIMS:
        print(f"[{scenario}] {render(scenario, template)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
