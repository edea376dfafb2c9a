"""The shapes the engine is compiled into for speed keep the rules' meaning: conjunctions test in
order and stop where `all` stops, only draw-free date tests move into a turn's plan, runs of
changes record what single changes record, and a turn's plan holds exactly the rules and events
its dates allow."""

import random

import pytest
from pydantic import TypeAdapter

from game.content import catalog
from game.content.build import build_world
from game.content.conditions import Condition, compile_gated, conjunction, disjunction
from game.content.effects import Effect, compile_effects
from game.sim.calendar import Calendar
from game.sim.compiling import Ctx
from game.sim.state import Member, State
from game.sim.stats import INDEX, STATS

CONDITION = TypeAdapter(Condition)
EFFECT = TypeAdapter(Effect)


def _state(seed: int = 1) -> State:
    s = State(seed=seed, values=[50.0] * len(STATS),
              members=[Member("a", 60, True, "old-guard", -1, 0.0),
                       Member("b", 30, True, "apparatus", -1, 0.0)],
              policies={}, rng=random.Random(seed))
    s.refresh_presidium("start")
    return s


@pytest.fixture
def ctx():
    return Ctx(Calendar.spanning("1953-03", "1964-10", "season"))


@pytest.mark.parametrize("size", range(1, 7))
def test_conjunction_and_disjunction_test_in_order_and_stop_where_all_and_any_stop(size):
    def check(k: int, answers: list[bool], asked: list[int]):
        def test(s) -> bool:
            asked.append(k)
            return answers[k]
        return test

    for pattern in range(2 ** size):
        answers = [bool(pattern >> k & 1) for k in range(size)]
        asked: list[int] = []
        checks = [check(k, answers, asked) for k in range(size)]
        assert conjunction(checks)(None) is all(answers)
        stop = answers.index(False) if not all(answers) else size - 1
        assert asked == list(range(stop + 1))
        asked.clear()
        assert disjunction(checks)(None) is any(answers)
        stop = answers.index(True) if any(answers) else size - 1
        assert asked == list(range(stop + 1))


def test_only_date_tests_ahead_of_a_draw_move_into_the_turns(ctx):
    date = {"type": "date", "since": "1957-01", "until": "1957-12"}
    chance = {"type": "chance", "p": 0.5}
    flag = {"type": "flag", "flag": "x"}
    conditions = [CONDITION.validate_python(c) for c in (flag, date, chance)]
    turns, rest = compile_gated(conditions, ctx)
    assert turns == frozenset(range(ctx.first_turn_from("1957-01"),
                                    ctx.last_turn_until("1957-12") + 1))
    # After a draw, a date test stays in the check: the draw comes first, on every turn.
    conditions = [CONDITION.validate_python(c) for c in (chance, date)]
    turns, rest = compile_gated(conditions, ctx)
    assert turns is None
    state = _state()
    state.turn = 0
    before = state.rng.getstate()
    assert rest(state) is False
    assert state.rng.getstate() != before


def test_outside_its_turns_a_gated_list_was_false_without_drawing(ctx):
    lists = [
        [{"type": "date", "since": "1955-01"}, {"type": "chance", "p": 0.9}],
        [{"type": "season", "seasons": ["winter"]}, {"type": "chance", "p": 0.9}],
        [{"type": "not", "of": {"type": "date", "until": "1958-06"}},
         {"type": "chance", "p": 0.9}],
        [{"type": "any", "of": [{"type": "date", "until": "1954-01"},
                                {"type": "date", "since": "1963-01"}]}],
        [{"type": "meter", "stat": "industry", "above": 10}, {"type": "date", "since": "1960-01"},
         {"type": "chance", "p": 0.9}],
    ]
    for data in lists:
        conditions = [CONDITION.validate_python(c) for c in data]
        full = conjunction([c.compile(ctx) for c in conditions])
        turns, rest = compile_gated(conditions, ctx)
        assert turns is not None
        for turn in range(ctx.calendar.turns):
            a, b = _state(turn), _state(turn)
            a.turn = b.turn = turn
            expected = full(a)
            if turn not in turns:
                assert expected is False and a.rng.getstate() == b.rng.getstate()
            else:
                assert (True if rest is None else rest(b)) is expected
                assert a.rng.getstate() == b.rng.getstate()


def test_a_run_of_changes_records_what_changes_one_by_one_record(ctx):
    data = [{"type": "change", "stat": "industry", "by": 30},
            {"type": "change", "stat": "prestige", "by": -70},
            {"type": "change", "stat": "industry", "by": 30},
            {"type": "loyalty", "by": 5},
            {"type": "change", "stat": "military", "by": 0},
            {"type": "change", "stat": "security", "by": 3, "after": 2}]
    effects = [EFFECT.validate_python(e) for e in data]
    together, one_by_one = _state(), _state()
    compile_effects(effects, ctx)[0](together, "why")
    for e in effects:
        compile_effects([e], ctx)[0](one_by_one, "why")
    assert together.causes == one_by_one.causes
    assert together.values == one_by_one.values
    assert together.delayed == one_by_one.delayed
    assert together.values[INDEX["industry"]] == 100
    assert together.values[INDEX["prestige"]] == 0


def test_effects_stop_at_the_end_and_do_nothing_once_ended(ctx):
    effects = [EFFECT.validate_python(e) for e in (
        {"type": "change", "stat": "industry", "by": 5},
        {"type": "end", "ending": "done"},
        {"type": "change", "stat": "industry", "by": 5})]

    def end(state, ending):
        state.ending = ending

    ctx.hooks.end = end
    apply = compile_effects(effects, ctx)[0]
    state = _state()
    apply(state, "why")
    assert state.ending == "done" and state.values[INDEX["industry"]] == 55
    apply(state, "again")
    assert state.values[INDEX["industry"]] == 55


@pytest.mark.parametrize("scenario", ["tiny", "campaign"])
def test_each_turn_plan_holds_the_rules_and_events_its_dates_allow(scenario, tiny_world):
    world = tiny_world if scenario == "tiny" else build_world(catalog.find("campaign"))
    triggered = [e for e in world.conditional if e.model.trigger]
    for turn, plan in enumerate(world.plan):
        planned_rules = [cause for _, _, cause in plan.rules]
        assert planned_rules == [r.cause for r in world.rules
                                 if r.turns is None or turn in r.turns]
        assert [e for e, *_ in plan.conditional] == [
            e for e, (turns, _) in ((e, compile_gated(e.model.trigger, world.ctx))
                                    for e in triggered) if turns is None or turn in turns]
        for rule in world.rules:
            if rule.when is not None and rule.cause not in planned_rules:
                state = _state(turn)
                state.turn = turn
                before = state.rng.getstate()
                assert rule.when(state) is False and state.rng.getstate() == before
