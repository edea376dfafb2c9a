"""The second pass over a scenario, after the schema: ids that point nowhere, decisions nobody can
take, events and endings that can never come up. Each finding names its file, path and line.
"""

from __future__ import annotations

from typing import Any, get_args

from pydantic import BaseModel

from game.content import conditions as c
from game.content import effects as e
from game.content.loader import Scenario, dotted
from game.content.models import (
    Act,
    Challenge,
    Charge,
    Option,
    PolicySetting,
    RemovalVote,
    Voice,
)
from game.content.problems import Problem, did_you_mean
from game.content.prose import Fact, Variant, inline_facts, stray_braces, texts_of
from game.content.timeline import timeline_problems
from game.sim.calendar import Calendar
from game.sim.compiling import Ctx

_FIELDS: dict[type, dict[str, None]] = {}
_NESTING: dict[type, tuple[str, ...]] = {}


def _fields(kind: type[BaseModel]) -> dict[str, None]:
    """A model class's field names, in order (pydantic's `model_fields` is a computed property
    on the class, too slow to ask for every model in a scenario)."""
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = dict.fromkeys(kind.model_fields)
    return names


def _can_hold_models(annotation: Any) -> bool:
    if annotation is Any:
        return True
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_can_hold_models(arg) for arg in get_args(annotation))


def _nesting(kind: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model class that can hold models, in order: the walk below looks only at
    these (a text or a number has nothing inside it)."""
    names = _NESTING.get(kind)
    if names is None:
        names = _NESTING[kind] = tuple(name for name, f in kind.model_fields.items()
                                       if _can_hold_models(f.annotation))
    return names


# What `references` checks on a model, by the kinds it is an instance of. Asked once per class:
# `isinstance` against a pydantic model class goes through the ABC machinery, slow enough to show
# when asked a dozen times for each of the thousands of models in a scenario.
_ROLE_KINDS: dict[str, tuple[type, ...]] = {
    "member": (e.LoyaltyEffect, e.RemoveMemberEffect, e.SeatMemberEffect, c.MemberCondition),
    "faction": (e.LoyaltyEffect,),
    "ending": (e.EndEffect,),
    "sets_flag": (e.SetFlagEffect,),
    "event": (c.ChoseCondition, c.HappenedCondition),
    "chose": (c.ChoseCondition,),
    "policy": (c.PolicyCondition, e.SetPolicyEffect, PolicySetting),
    "flag": (c.FlagCondition,),
    "date": (c.DateCondition,),
    "previewed": (Option, e.IfEffect),
    "option": (Option,),
    "fact": (c.FactCondition,),
    # Said or judged without drawing: text is read, never played (the field holding conditions).
    "said": (Variant, Fact, Act, Charge, Voice, RemovalVote, Challenge),
}
_SAID_FIELD = {Variant: "when", Fact: "when", Act: "when", Charge: "fits", Voice: "when",
               RemovalVote: "blind_when", Challenge: "when"}
_ROLES: dict[type, frozenset[str]] = {}
_MODEL_CLASS = type(BaseModel)  # the class of every model class


def _roles(kind: type) -> frozenset[str]:
    roles = _ROLES.get(kind)
    if roles is None:
        roles = _ROLES[kind] = frozenset(role for role, kinds in _ROLE_KINDS.items()
                                         if issubclass(kind, kinds))
    return roles


def _is_model(value: object) -> bool:
    """`isinstance(value, BaseModel)`, asked of the value's class (see `_ROLE_KINDS`)."""
    return isinstance(type(value), _MODEL_CLASS)


def walk_models(model: BaseModel, loc: tuple = ()) -> list[tuple[tuple, BaseModel]]:
    """Every model inside `model` (itself included) with its location, in file order."""
    found: list[tuple[tuple, BaseModel]] = []

    def visit(m: BaseModel, where: tuple) -> None:
        found.append((where, m))
        for name in _nesting(type(m)):
            value = getattr(m, name)
            if _is_model(value):
                visit(value, (*where, name))
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if _is_model(item):
                        visit(item, (*where, name, i))

    visit(model, loc)
    return found


def _words(text) -> int:
    """The words of a text (of a list of variants, the longest variant's)."""
    return max((len(t.split()) for t in texts_of(text)), default=0)


class _Linter:
    def __init__(self, scenario: Scenario) -> None:
        self.s = scenario
        self.problems: list[Problem] = []
        info = scenario.info
        self.calendar = Calendar.spanning(info.calendar.start, info.calendar.end,
                                          info.calendar.step)
        self.events = {ev.id: ev for ev in scenario.events}
        self.members = {m.id: m for m in info.presidium}
        self.factions = {m.faction for m in info.presidium}
        self.policies = {p.id: p for p in info.policies}
        self.endings = {en.id: en for en in scenario.endings}
        self.facts = {f.id: f for f in scenario.facts}
        # Each file's models are walked once, here, for every pass below. On the way, the flags
        # set and the endings reached by the effects inside each header, event, rule and
        # ending are noted, for the search for what can happen (by id of the model).
        self.walks = [(source, walk_models(source.model)) for source in scenario.files]
        self.flags_set: set[str] = set(info.initial.flags)
        self._outcomes: dict[int, tuple[set[str], set[str]]] = {}
        for _, models in self.walks:
            flags: set[str] = set()
            endings: set[str] = set()
            for loc, m in models:
                if loc == ("scenario",) or (len(loc) == 2 and isinstance(loc[1], int)):
                    flags, endings = set(), set()
                    self._outcomes[id(m)] = (flags, endings)
                roles = _roles(type(m))
                if "sets_flag" in roles:
                    self.flags_set.add(m.flag)
                    flags.add(m.flag)
                elif "ending" in roles:
                    endings.add(m.ending)

    def add(self, file: str, loc: tuple, message: str, value=None, line=None,
            severity="error") -> None:
        self.problems.append(Problem(file, dotted(loc), message,
                                     None if value is None else str(value), line, severity))

    def run(self) -> list[Problem]:
        self.unique_ids()
        for source, models in self.walks:
            for loc, m in models:
                self.references(source, loc, m)
        self.facts_defined_in_terms_of_themselves()
        self.header()
        self.decisions()
        self.reachability()
        self.problems += timeline_problems(self.s, Ctx(self.calendar))
        self.texts()
        return self.problems

    # --- ids -------------------------------------------------------------------------------
    def unique_ids(self) -> None:
        for section in ("facts", "acts", "events", "rules", "endings"):
            seen: dict[str, int] = {}
            for i, item in enumerate(getattr(self.s, section)):
                if item.id in seen:
                    file, path, line = self.s.where(section, i, "id")
                    self.problems.append(Problem(file, path, "this id is used twice", item.id,
                                                 line))
                seen[item.id] = i
        info = self.s.info
        for key, items in (("presidium", info.presidium), ("policies", info.policies)):
            ids = [x.id for x in items]
            for i, x in enumerate(items):
                if ids.index(x.id) != i:
                    file, path, line = self.s.where("scenario", 0, key, i, "id")
                    self.problems.append(Problem(file, path, "this id is used twice", x.id, line))
        for p_i, policy in enumerate(info.policies):
            options = [o.id for o in policy.options]
            if policy.initial not in options:
                file, path, line = self.s.where("scenario", 0, "policies", p_i, "initial")
                hint = did_you_mean(policy.initial, options)
                self.problems.append(Problem(file, path, f"no such option{hint}", policy.initial,
                                             line))

    def _ref(self, source, loc, field, value, known, what) -> None:
        if value is not None and value not in known:
            where = (*loc, field)
            self.add(source.name, where, f"unknown {what}{did_you_mean(value, known)}", value,
                     source.line(where))

    def references(self, source, loc: tuple, m: BaseModel) -> None:
        """Every check of one model: the ids it names, its dates, its text, and no draw where
        the game only looks."""
        kind = type(m)
        roles = _roles(kind)
        fields = _fields(kind)
        self._ids(source, loc, m, roles)
        self.prose(source, loc, m, fields)
        for field in ("date", "joins", "leaves"):
            value = getattr(m, field, None) if field in fields else None
            if isinstance(value, str):
                self._date(source, (*loc, field), value)
        if "date" in roles:
            for field in ("since", "until"):
                if getattr(m, field):
                    self._date(source, (*loc, field), getattr(m, field), outside_ok=True)
        if "said" in roles:
            self._no_draw(source, loc, m, _SAID_FIELD[kind], "a `chance` condition is not "
                          "allowed where text is chosen or judged (reading must not change the "
                          "game)")
        if "previewed" in roles:
            # Drawing in a place that is previewed would change the game by looking at it.
            self._no_draw(source, loc, m, "requires" if "option" in roles else "when",
                          "a `chance` condition is allowed only in event triggers and rule "
                          "conditions (use a `chance` effect)")

    def _ids(self, source, loc: tuple, m: BaseModel, roles: frozenset[str]) -> None:
        """The members, factions, endings, events, options, policies, facts and flags a model
        names exist (a flag: some effect sets it)."""
        for role, known in (("member", self.members), ("faction", self.factions),
                            ("ending", self.endings), ("event", self.events),
                            ("policy", self.policies), ("fact", self.facts)):
            if role in roles:
                self._ref(source, loc, role, getattr(m, role), known, role)
        event = self.events.get(m.event) if "chose" in roles else None
        if event is not None:
            if event.kind == "news":
                self.add(source.name, (*loc, "event"), "a news item has no options to choose; "
                         "test it with `happened`", m.event, source.line((*loc, "event")))
            self._ref(source, loc, "option", m.option, [o.id for o in event.options], "option")
        policy = self.policies.get(m.policy) if "policy" in roles else None
        if policy is not None:
            self._ref(source, loc, "option", m.option, [o.id for o in policy.options], "option")
        if "flag" in roles and m.set and m.flag not in self.flags_set:
            where = (*loc, "flag")
            self.add(source.name, where, "no effect ever sets this flag, so this can never hold"
                     f"{did_you_mean(m.flag, self.flags_set)}", m.flag, source.line(where))

    def _no_draw(self, source, loc: tuple, m: BaseModel, field: str, message: str) -> None:
        """No `chance` condition in a list of conditions the game only looks at."""
        for i, cond in enumerate(getattr(m, field)):
            if any(isinstance(x, c.ChanceCondition) for x in c.walk(cond)):
                where = (*loc, field, i)
                self.add(source.name, where, message, None, source.line(where))

    def prose(self, source, loc: tuple, m: BaseModel, fields) -> None:
        """Conditional prose: inline alternatives name declared facts, no stray braces, and a
        list of variants has a default (a variant without conditions), so it is never silent."""
        for field in fields:
            value = getattr(m, field)
            if isinstance(value, str):
                texts = [(value, (*loc, field))] if "{" in value or "}" in value else []
            elif isinstance(value, list) and value and isinstance(value[0], Variant):
                texts = [(v.text, (*loc, field, i, "text")) for i, v in enumerate(value)
                         if "{" in v.text or "}" in v.text]
                if not any(not v.when for v in value):
                    where = (*loc, field)
                    self.add(source.name, where, "a list of variants needs a default: one "
                             "variant without `when`, said when no other fits", None,
                             source.line(where))
            else:
                continue
            for text, where in texts:
                for fact in inline_facts(text):
                    if fact not in self.facts:
                        self.add(source.name, where, "unknown fact in an inline alternative"
                                 f"{did_you_mean(fact, self.facts)}", fact, source.line(where))
                if stray_braces(text):
                    self.add(source.name, where, "a brace that is not an inline alternative "
                             "`{fact? text if it holds | text if not}`", None,
                             source.line(where))

    def facts_defined_in_terms_of_themselves(self) -> None:
        def uses(fact) -> set[str]:
            found = {x.fact for cond in fact.when for x in c.walk(cond)
                     if isinstance(x, c.FactCondition)}
            return found

        for i, fact in enumerate(self.s.facts):
            seen, todo = set(), list(uses(fact))
            while todo:
                name = todo.pop()
                if name == fact.id:
                    file, path, line = self.s.where("facts", i, "when")
                    self.problems.append(Problem(file, path, "this fact is defined in terms of "
                                                 "itself", fact.id, line))
                    break
                if name in seen or name not in self.facts:
                    continue
                seen.add(name)
                todo.extend(uses(self.facts[name]))

    def _date(self, source, loc, value: str, outside_ok: bool = False) -> None:
        try:
            turn = self.calendar.turn_of(value)
        except ValueError as error:
            self.add(source.name, loc, str(error), value, source.line(loc))
            return
        if turn is None and not outside_ok:
            self.add(source.name, loc, "this date is outside the scenario's calendar "
                     f"({self.s.info.calendar.start} to {self.s.info.calendar.end}), so it never "
                     "comes", value, source.line(loc))

    # --- the header ------------------------------------------------------------------------
    def chapters(self) -> None:
        """Chapters begin in order, the first with the calendar, none outside it."""
        chapters = self.s.info.chapters
        previous = -1
        for i, chapter in enumerate(chapters):
            file, path, line = self.s.where("scenario", 0, "chapters", i, "start")
            try:
                turn = self.calendar.turn_of(chapter.start)
            except ValueError:
                continue  # the date itself is reported elsewhere
            if turn is None:
                self.problems.append(Problem(file, path, "a chapter must begin inside the "
                                             "calendar", chapter.start, line))
            elif i == 0 and turn != 0:
                self.problems.append(Problem(file, path, "the first chapter begins where the "
                                             "calendar does", chapter.start, line))
            elif turn <= previous:
                self.problems.append(Problem(file, path, "chapters begin in order, each after "
                                             "the one before", chapter.start, line))
            if turn is not None:
                previous = turn
        ids = [c.id for c in chapters]
        for i, chapter in enumerate(chapters):
            if ids.index(chapter.id) != i:
                file, path, line = self.s.where("scenario", 0, "chapters", i, "id")
                self.problems.append(Problem(file, path, "this id is used twice", chapter.id,
                                             line))

    def header(self) -> None:
        self.chapters()
        info = self.s.info
        if "presidium" in info.initial.meters:
            file, path, line = self.s.where("scenario", 0, "initial", "meters", "presidium")
            self.problems.append(Problem(file, path, "the Presidium meter is the mean loyalty of "
                                         "its members: set their loyalty instead", None, line))
        vote = info.removal_vote
        if vote.fallen_ending not in self.endings:
            file, path, line = self.s.where("scenario", 0, "removal_vote", "fallen_ending")
            self.problems.append(Problem(file, path, "unknown ending"
                                         f"{did_you_mean(vote.fallen_ending, self.endings)}",
                                         vote.fallen_ending, line))
        if not any(en.final and not en.final_when for en in self.s.endings):
            file, path, line = self.s.where("scenario", 0, "id")
            self.problems.append(Problem(file, "endings", "no ending has `final: true` without "
                                         "`final_when`, so a game that reaches the end of the "
                                         "calendar may have no ending", None, line))

    # --- decisions -------------------------------------------------------------------------
    def decisions(self) -> None:
        for i, event in enumerate(self.s.events):
            if event.kind == "decision" and all(o.requires for o in event.options):
                file, path, line = self.s.where("events", i, "options")
                self.problems.append(Problem(file, path, "every option has `requires`; the "
                                             "decision could come up with nothing selectable",
                                             event.id, line))
            if event.date is None and not event.trigger:
                file, path, line = self.s.where("events", i, "trigger")
                self.problems.append(Problem(file, path, "an undated event needs a `trigger` "
                                             "(or a `date`), else it never comes up", event.id,
                                             line))

    # --- what can ever happen ---------------------------------------------------------------
    def _possible(self, conditions: list, flags: set[str], reached: set[str]) -> bool:
        """False when a condition in the list can plainly never hold."""
        for cond in conditions:
            if isinstance(cond, c.FlagCondition) and cond.set and cond.flag not in flags:
                return False
            if isinstance(cond, (c.ChoseCondition, c.HappenedCondition)) \
                    and cond.event not in reached:
                return False
            if isinstance(cond, c.AllCondition) and not self._possible(cond.of, flags, reached):
                return False
            if isinstance(cond, c.AnyCondition) and not any(
                    self._possible([x], flags, reached) for x in cond.of):
                return False
            if isinstance(cond, c.DateCondition):
                lo = 0 if not cond.since else self.calendar.turn_of(cond.since)
                if cond.since and lo is None and cond.since > self.s.info.calendar.start:
                    return False
        return True

    def _outcomes_of(self, model: BaseModel) -> tuple[set[str], set[str]]:
        """(flags set, endings reached) by the effects inside a model (noted during the walk
        for the parts of the files; the search asks about them again and again)."""
        known = self._outcomes.get(id(model))
        if known is None:
            flags, endings = set(), set()
            for _, m in walk_models(model):
                if isinstance(m, e.SetFlagEffect):
                    flags.add(m.flag)
                elif isinstance(m, e.EndEffect):
                    endings.add(m.ending)
            known = self._outcomes[id(model)] = (flags, endings)
        return known

    def _flags_of(self, model: BaseModel) -> set[str]:
        return self._outcomes_of(model)[0]

    def _endings_of(self, model: BaseModel) -> set[str]:
        return self._outcomes_of(model)[1]

    def _can_come(self, event) -> bool:
        """Whether an event can come up at all, by its date and trigger alone."""
        if event.date is not None:
            return self.calendar.turn_of(event.date) is not None
        return bool(event.trigger)

    def _reach(self) -> tuple[set[str], set[str]]:
        """(events that can come up, endings that effects can reach): what the header and the
        rules that can hold set, then every event whose trigger can hold, and what it sets, until
        nothing more is found."""
        info = self.s.info
        flags = set(info.initial.flags)
        endings = {info.removal_vote.fallen_ending}
        for model in [info] + [r for r in self.s.rules if self._possible(r.when, flags, set())]:
            flags |= self._flags_of(model)
            endings |= self._endings_of(model)
        reached: set[str] = set()
        changed = True
        while changed:
            before = (len(reached), len(flags))
            for event in self.s.events:
                if event.id not in reached and self._can_come(event) \
                        and self._possible(event.trigger, flags, reached):
                    reached.add(event.id)
                    flags |= self._flags_of(event)
                    endings |= self._endings_of(event)
            for rule in self.s.rules:
                if self._possible(rule.when, flags, reached):
                    flags |= self._flags_of(rule)
                    endings |= self._endings_of(rule)
            changed = (len(reached), len(flags)) != before
        return reached, endings

    def reachability(self) -> None:
        reached, endings = self._reach()
        for i, event in enumerate(self.s.events):
            if event.id not in reached and self._can_come(event):
                file, path, line = self.s.where("events", i, "trigger")
                self.problems.append(Problem(file, path, "this event can never come up: its "
                                             "trigger needs a flag or event that never happens",
                                             event.id, line))
        for i, ending in enumerate(self.s.endings):
            if not (ending.final or ending.trigger or ending.id in endings):
                file, path, line = self.s.where("endings", i, "id")
                self.problems.append(Problem(file, path, "this ending can never be reached: no "
                                             "effect ends the game with it, and it has no "
                                             "`trigger` and is not `final`", ending.id, line))

    # --- text lengths (warnings: a teacher's own scenario may be terse) ----------------------
    def texts(self) -> None:
        for i, event in enumerate(self.s.events):
            if event.kind == "decision" and not 80 <= _words(event.text) <= 200:
                file, path, line = self.s.where("events", i, "text")
                self.problems.append(Problem(file, path, f"the situation has {_words(event.text)} "
                                             "words; 80-200 reads best", None, line, "warning"))
            if event.what_happened and not 30 <= _words(event.what_happened) <= 100:
                file, path, line = self.s.where("events", i, "what_happened")
                self.problems.append(Problem(file, path, f"{_words(event.what_happened)} words; "
                                             "30-100 reads best", None, line, "warning"))
        for i, ending in enumerate(self.s.endings):
            if not 150 <= _words(ending.text) <= 300:
                file, path, line = self.s.where("endings", i, "text")
                self.problems.append(Problem(file, path, f"the ending has {_words(ending.text)} "
                                             "words; 150-300 reads best", None, line, "warning"))


def lint_scenario(scenario: Scenario) -> list[Problem]:
    """Every problem the linter finds in a scenario, errors and warnings."""
    return _Linter(scenario).run()
