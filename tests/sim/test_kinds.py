"""Each condition and effect kind on its own, on a bare state."""

import random

import pytest
from pydantic import TypeAdapter

from game.content.conditions import Condition
from game.content.effects import Effect
from game.sim.calendar import Calendar
from game.sim.compiling import Ctx
from game.sim.state import Member, State
from game.sim.stats import INDEX, STATS

CONDITION = TypeAdapter(Condition)
EFFECT = TypeAdapter(Effect)


@pytest.fixture
def ctx():
    return Ctx(Calendar.spanning("1953-03", "1964-10", "season"))


@pytest.fixture
def state():
    s = State(seed=1, values=[50.0] * len(STATS),
              members=[Member("a", 60, True, "old-guard", -1, 0.0),
                       Member("b", 30, True, "apparatus", -1, 0.0),
                       Member("c", 80, False, "apparatus", -1, 0.0)],
              policies={"investment": "heavy"}, rng=random.Random(1))
    s.refresh_presidium("start")
    return s


def cond(ctx, data):
    return CONDITION.validate_python(data).compile(ctx)


def effect(ctx, data):
    return EFFECT.validate_python(data).compile(ctx)


def test_meter_condition_bounds(ctx, state):
    assert cond(ctx, {"type": "meter", "stat": "industry", "below": 51})(state)
    assert not cond(ctx, {"type": "meter", "stat": "industry", "above": 50})(state)
    assert cond(ctx, {"type": "meter", "stat": "industry", "above": 40, "below": 60})(state)
    with pytest.raises(ValueError, match="give `below`, `above` or both"):
        CONDITION.validate_python({"type": "meter", "stat": "industry"})


def test_flag_date_season_policy_conditions(ctx, state):
    state.flags.add("x")
    assert cond(ctx, {"type": "flag", "flag": "x"})(state)
    assert cond(ctx, {"type": "flag", "flag": "y", "set": False})(state)
    state.turn = ctx.calendar.turn_of("1957-06")
    assert cond(ctx, {"type": "date", "since": "1957-01", "until": "1957-12"})(state)
    assert not cond(ctx, {"type": "date", "since": "1958-01"})(state)
    assert cond(ctx, {"type": "season", "seasons": ["summer"]})(state)
    assert cond(ctx, {"type": "policy", "policy": "investment", "option": "heavy"})(state)


def test_member_plot_and_presidium_against_conditions(ctx, state):
    assert cond(ctx, {"type": "member", "member": "a", "sitting": True})(state)
    assert cond(ctx, {"type": "member", "member": "c", "sitting": False})(state)
    assert cond(ctx, {"type": "member", "member": "b", "loyalty_below": 45})(state)
    assert not cond(ctx, {"type": "member", "member": "c", "loyalty_above": 10})(state)
    ctx.hooks.vote_threshold = 45
    assert cond(ctx, {"type": "presidium_against", "above": 0.4})(state)  # 1 of 2 sitting
    assert not cond(ctx, {"type": "presidium_against", "above": 0.5})(state)
    assert not cond(ctx, {"type": "plot", "at_least": 1})(state)
    state.plot = 2
    assert cond(ctx, {"type": "plot", "at_least": 2})(state)


def test_all_any_not_and_chose_happened(ctx, state):
    state.chosen["speech"] = "deliver"
    state.fired["speech"] = 2
    state.turn = 5
    yes = {"type": "chose", "event": "speech", "option": "deliver"}
    no = {"type": "chose", "event": "speech", "option": "silence"}
    assert cond(ctx, {"type": "all", "of": [yes, {"type": "chose", "event": "speech"}]})(state)
    assert cond(ctx, {"type": "any", "of": [no, yes]})(state)
    assert cond(ctx, {"type": "not", "of": no})(state)
    assert cond(ctx, {"type": "happened", "event": "speech", "turns_ago": 3})(state)
    assert not cond(ctx, {"type": "happened", "event": "speech", "turns_ago": 4})(state)


def test_chance_condition_draws_from_the_state_generator(ctx, state):
    check = cond(ctx, {"type": "chance", "p": 0.5})
    draws = [check(state) for _ in range(200)]
    assert 60 < sum(draws) < 140


def test_change_now_later_and_scaled(ctx, state):
    apply, preview = effect(ctx, {"type": "change", "stat": "industry", "by": 6, "after": 0,
                                  "over": 3})
    apply(state, "test")
    assert state.values[INDEX["industry"]] == 52
    assert state.delayed == {1: [(INDEX["industry"], 2.0, "test")],
                             2: [(INDEX["industry"], 2.0, "test")]}
    state.values[INDEX["soil"]] = 25
    apply, preview = effect(ctx, {"type": "change", "stat": "agriculture", "by": 8,
                                  "scaled_by": "soil"})
    apply(state, "harvest")
    assert state.values[INDEX["agriculture"]] == 52
    now, later = [0.0] * len(STATS), [0.0] * len(STATS)
    preview(state, now, later, 1.0)
    assert now[INDEX["agriculture"]] == 2


def test_change_is_clamped_and_records_the_real_delta(ctx, state):
    apply, _ = effect(ctx, {"type": "change", "stat": "industry", "by": 80})
    apply(state, "boom")
    assert state.values[INDEX["industry"]] == 100
    assert state.causes[-1] == (0, INDEX["industry"], 50.0, "boom")


def test_loyalty_by_faction_moves_the_presidium_meter(ctx, state):
    assert state.values[INDEX["presidium"]] == 45  # (60 + 30) / 2; c does not sit
    apply, preview = effect(ctx, {"type": "loyalty", "faction": "old-guard", "by": -20})
    now, later = [0.0] * len(STATS), [0.0] * len(STATS)
    preview(state, now, later, 1.0)
    assert now[INDEX["presidium"]] == -10
    apply(state, "speech")
    assert state.members[0].loyalty == 40
    assert state.values[INDEX["presidium"]] == 35
    assert state.causes[-1] == (0, INDEX["presidium"], -10.0, "speech")


def test_chance_draw_and_if(ctx, state):
    apply, preview = effect(ctx, {"type": "chance", "p": 1.0, "label": "luck",
                                  "then": [{"type": "set_flag", "flag": "lucky"}],
                                  "otherwise": [{"type": "set_flag", "flag": "unlucky"}]})
    apply(state, "roll")
    assert "lucky" in state.flags
    apply, preview = effect(ctx, {"type": "draw", "outcomes": [
        {"weight": 1, "label": "up", "effects": [{"type": "change", "stat": "prestige", "by": 4}]},
        {"weight": 3, "label": "down", "effects": [{"type": "change", "stat": "prestige",
                                                    "by": -4}]}]})
    now, later = [0.0] * len(STATS), [0.0] * len(STATS)
    preview(state, now, later, 1.0)
    assert now[INDEX["prestige"]] == pytest.approx(-2)
    apply(state, "weather")
    assert state.causes[-1][3] in ("weather: up", "weather: down")
    apply, _ = effect(ctx, {"type": "if", "when": [{"type": "flag", "flag": "lucky"}],
                            "then": [{"type": "clear_flag", "flag": "lucky"}]})
    apply(state, "x")
    assert "lucky" not in state.flags


def test_linear_probability_moves_with_a_stat(ctx, state):
    state.values[INDEX["soil"]] = 0
    apply, preview = effect(ctx, {"type": "chance", "p": {"stat": "soil", "at_0": 1, "at_100": 0},
                                  "then": [{"type": "change", "stat": "agriculture", "by": -10}]})
    now, later = [0.0] * len(STATS), [0.0] * len(STATS)
    preview(state, now, later, 1.0)
    assert now[INDEX["agriculture"]] == -10


def test_engine_hooks_are_called(ctx, state):
    calls = []
    ctx.hooks.end = lambda s, ending: calls.append(("end", ending))
    ctx.hooks.removal_vote = lambda s, cause: calls.append(("vote", cause))
    ctx.hooks.remove_member = lambda s, m, cause, cost: calls.append(("remove", m, cost))
    ctx.hooks.seat_member = lambda s, m, cause: calls.append(("seat", m))
    ctx.hooks.expel_plotters = lambda s, cause: calls.append(("expel",))
    ctx.hooks.set_policy = lambda s, p, o, cause: calls.append(("policy", p, o))
    for data in ({"type": "end", "ending": "war"}, {"type": "removal_vote"},
                 {"type": "remove_member", "member": "a", "cost": False},
                 {"type": "seat_member", "member": "c"}, {"type": "expel_plotters"},
                 {"type": "set_policy", "policy": "investment", "option": "consumer"},
                 {"type": "news", "text": "Hello"}):
        effect(ctx, data)[0](state, "cause")
    assert calls == [("end", "war"), ("vote", "cause"), ("remove", "a", False), ("seat", "c"),
                     ("expel",), ("policy", "investment", "consumer")]
    assert state.news[-1] == (0, "text", "Hello", "")


def test_calendar_labels_and_turns():
    cal = Calendar.spanning("1953-03", "1964-10", "season")
    assert cal.turns == 47
    assert cal.label(0) == "Spring 1953" and cal.label(3) == "Winter 1953-54"
    assert cal.label(46) == "Autumn 1964"
    assert cal.turn_of("1956-02") == 11 and cal.label(11) == "Winter 1955-56"
    assert cal.month_of(46) == "1964-10"
    days = Calendar.spanning("1962-10-14", "1962-10-28", "day")
    assert days.turns == 15 and days.label(8) == "22 October 1962"
    assert days.turn_of("1962-10") is None  # 1 October is before the start
    weeks = Calendar.spanning("1962-10-01", "1962-11-30", "week")
    assert weeks.label(0) == "Week of 1 October 1962"


def test_spans_read_as_words():
    from game.sim.calendar import span_text, year_span

    assert span_text("1953-03", "1964-10", "season") == \
        "March 1953 to October 1964, season by season"
    assert span_text("1962-10-14", "1962-10-28", "day") == \
        "14 October 1962 to 28 October 1962, day by day"
    assert year_span("1957-02", "1957-10") == "1957"
    assert year_span("1953-03", "1964-10") == "1953-1964"
