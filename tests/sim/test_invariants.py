"""Random choice sequences never break the game's invariants: meters stay in range, there is
always a choice or an ending, and the game always ends."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.sim.engine import Game
from game.sim.stats import HIGH, LOW


def check_invariants(game: Game) -> None:
    state = game.state
    assert all(LOW <= v <= HIGH for v in state.values)
    assert all(LOW <= m.loyalty <= HIGH for m in state.members)
    assert state.seated == [m for m in state.members if m.sitting]
    assert state.turn < game.world.calendar.turns  # never past the last turn of the calendar
    if game.ending is None:
        assert game.decisions() or game.can_advance()
        for decision in game.decisions():
            assert game.available_options(decision.id), decision.id
    else:
        assert game.ending in game.world.endings
        assert game.decisions() == []
        assert state.ending_date is not None


def play_by_numbers(game: Game, numbers: list[int]) -> Game:
    """Drives the game from a list of numbers: each picks an option, a policy change or none."""
    world = game.world
    policies = list(world.policies.values())
    steps = 0
    k = 0
    while game.ending is None:
        n = numbers[k % len(numbers)] if numbers else 0
        k += 1
        if policies and n % 7 == 0:
            policy = policies[n % len(policies)]
            option = list(policy.options)[n % len(policy.options)]
            if game.state.policies[policy.id] != option:
                game.set_policy(policy.id, option)
        for decision in game.decisions():
            options = game.available_options(decision.id)
            game.choose(decision.id, options[n % len(options)])
            if game.ending is not None:
                break
        check_invariants(game)
        if game.ending is None:
            game.advance()
            steps += 1
            check_invariants(game)
        assert steps <= world.calendar.turns
    return game


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), numbers=st.lists(st.integers(0, 1000), max_size=60))
def test_random_choices_never_break_invariants_tiny(tiny_world, seed, numbers):
    game = play_by_numbers(Game(tiny_world, seed), numbers)
    again = Game.replay(tiny_world, seed, game.log)
    assert again.history == game.history and again.ending == game.ending
