"""The engine API on the tiny fixture: turns, choices, policies, votes, endings, replay."""

import pytest

from game.narration.cards import open_cards
from game.sim.bots import FirstBot, HistoricalBot, RandomBot, play
from game.sim.engine import Game, GameError
from game.sim.stats import INDEX


def test_a_game_starts_in_spring_with_nothing_to_decide(tiny_world):
    game = Game(tiny_world, seed=1)
    assert game.date_label == "Spring 1957"
    assert game.decisions() == []
    assert game.can_advance()
    # The Presidium meter is the mean loyalty of the sitting members (Brezhnev joins in autumn).
    assert game.state.values[INDEX["presidium"]] == pytest.approx((50 + 50 + 70) / 3)


def test_dated_event_arrives_on_its_turn_with_its_options(tiny_world):
    game = Game(tiny_world, seed=1)
    game.advance()
    assert game.date_label == "Summer 1957"
    [plot] = game.decisions()
    assert plot.id == "plot"
    shown = [o.id for o in plot.options]
    assert sorted(shown) == sorted(["appeal", "holiday", "concede", "purge"])
    purge = shown.index("purge")
    assert not plot.options[purge].available
    [card] = open_cards(game)
    assert card.options[purge].unavailable == "The security organs are not behind you."
    assert game.available_options("plot") == [o for o in shown if o != "purge"]
    assert not game.can_advance()


def test_bad_commands_are_refused_without_changing_the_game(tiny_world):
    game = Game(tiny_world, seed=1)
    game.advance()
    with pytest.raises(GameError, match="decide first"):
        game.advance()
    with pytest.raises(GameError, match="no open decision"):
        game.choose("missiles", "yes")
    with pytest.raises(GameError, match="has no option"):
        game.choose("plot", "flee")
    with pytest.raises(GameError, match="cannot be taken now"):
        game.choose("plot", "purge")
    with pytest.raises(GameError, match="already"):
        game.set_policy("investment", "heavy")
    with pytest.raises(GameError, match="no policy"):
        game.set_policy("culture", "thaw")
    assert game.log == [{"cmd": "advance"}]


def test_removal_vote_the_central_committee_backs_you(tiny_world):
    game = Game(tiny_world, seed=1)
    game.advance()
    game.choose("plot", "appeal")  # CC 60 -> 70; the old guard falls to 35: 2 of 3 against
    game.advance()
    assert game.ending is None
    [vote] = game.state.votes
    assert vote.against == ["molotov", "malenkov"] and vote.survived and vote.appealed
    sitting = [m.id for m in game.state.members if m.sitting]
    assert "molotov" not in sitting and "malenkov" not in sitting
    # Molotov's removal cost (-5 CC) and the survival bonus (+5 CC) are both paid and recorded.
    causes = [(c[3], c[2]) for c in game.state.causes if c[1] == INDEX["central_committee"]]
    assert ("vote:survived (removing molotov)", -5.0) in causes
    assert ("vote:survived", 5.0) in causes


def test_removal_vote_a_weak_central_committee_lets_it_stand(tiny_world):
    game = Game(tiny_world, seed=1)
    game.advance()
    game.choose("plot", "appeal")
    game.state.values[INDEX["central_committee"]] = 40.0  # below the 50 needed (noise 0)
    game.advance()
    assert game.ending == "ousted"
    [vote] = game.state.votes
    assert vote.appealed and not vote.survived
    assert game.state.ending_date == "1957-06"  # the month of the plot, not the turn's middle


def test_removal_vote_cannot_be_appealed_from_holiday(tiny_world):
    game = Game(tiny_world, seed=1)
    game.advance()
    game.choose("plot", "holiday")
    game.advance()
    assert game.ending == "ousted"
    assert game.state.votes[0].blocked
    with pytest.raises(GameError, match="over"):
        game.advance()
    assert game.decisions() == []


def test_no_vote_without_a_majority_against(tiny_world):
    game = Game(tiny_world, seed=1)
    game.advance()
    game.choose("plot", "concede")
    game.advance()
    assert game.state.votes == [] and game.ending is None


def test_members_join_on_their_date(tiny_world):
    game = Game(tiny_world, seed=1)
    assert not next(m for m in game.state.members if m.id == "brezhnev").sitting
    game.advance()
    game.choose("plot", "concede")
    game.advance()
    assert game.date_label == "Autumn 1957"
    assert next(m for m in game.state.members if m.id == "brezhnev").sitting


def test_policies_act_every_turn_and_quick_changes_cost_more(tiny_world):
    game = Game(tiny_world, seed=1)
    industry = game.state.values[INDEX["industry"]]
    game.set_policy("investment", "consumer")
    assert game.state.values[INDEX["reversals"]] == 2  # the change cost
    game.set_policy("investment", "heavy")  # again within 2 turns: erratic
    assert game.state.values[INDEX["reversals"]] == 4
    assert game.state.values[INDEX["central_committee"]] == 57  # 60 - 3
    game.advance()
    assert game.state.values[INDEX["industry"]] == industry + 1  # heavy acts at the turn's start


def test_delayed_effects_land_later_spread_over_turns(tiny_world):
    game = Game(tiny_world, seed=3)
    game.advance()
    game.choose("plot", "concede")
    game.advance()  # autumn: missiles come up
    assert "missiles" in [d.id for d in game.decisions()]
    military = game.state.values[INDEX["military"]]
    now, later = game.preview("missiles", "no")
    assert now[INDEX["military"]] == 0 and later[INDEX["military"]] == -10
    game.choose("missiles", "no")
    assert game.state.values[INDEX["military"]] == military  # nothing yet
    game.advance()
    assert game.state.values[INDEX["military"]] == military - 5  # first share after one turn
    assert sorted(game.state.delayed) == [game.turn + 1]


def test_draws_come_from_the_seeded_generator(tiny_world):
    outcomes = set()
    for seed in range(40):
        game = Game(tiny_world, seed)
        game.advance()
        game.choose("plot", "concede")
        game.advance()
        labels = {c[3] for c in game.state.causes if c[3].startswith("harvest-news")}
        outcomes |= labels
        again = Game(tiny_world, seed)
        again.advance()
        again.choose("plot", "concede")
        again.advance()
        assert again.state.causes == game.state.causes
    assert outcomes == {"harvest-news: good harvest", "harvest-news: drought"}


def test_an_ending_trigger_ends_the_game_at_the_turn_end(tiny_world):
    game = Game(tiny_world, seed=2)
    game.advance()
    game.choose("plot", "concede")
    game.advance()
    game.choose("missiles", "yes")  # tension 30 - 1 + 80: above 99 only with the drift... check
    game.state.values[INDEX["nuclear_tension"]] = 100.0
    game.advance()
    assert game.ending == "war"


def test_the_calendar_ends_in_the_final_ending(tiny_world):
    """A game neither lost to a vote nor to war runs to the last turn and ends in the scenario's
    final ending; one the Presidium ends earlier does not reach it."""
    assert [e.id for e in tiny_world.scenario.endings if e.final] == ["survived"]
    game = play(Game(tiny_world, seed=2), FirstBot(2))
    assert not game.state.votes and game.state.values[INDEX["nuclear_tension"]] <= 99
    assert game.ending == "survived"
    assert game.state.ending_turn == tiny_world.last_turn
    ousted = play(Game(tiny_world, seed=5), FirstBot(5))
    assert ousted.ending == "ousted" and ousted.state.votes
    assert ousted.state.ending_turn == ousted.state.votes[-1].turn < tiny_world.last_turn


def test_a_run_is_its_seed_plus_its_log(tiny_world):
    for seed in range(10):
        game = play(Game(tiny_world, seed), RandomBot(seed))
        again = Game.replay(tiny_world, seed, game.log)
        assert again.log == game.log
        assert again.history == game.history
        assert again.state.causes == game.state.causes
        assert again.ending == game.ending


def test_historical_bot_takes_marked_options_and_scheduled_policies(tiny_world):
    game = play(Game(tiny_world, 1), HistoricalBot(1))
    assert {"cmd": "choose", "decision": "plot", "option": "appeal"} in game.log
    assert {"cmd": "policy", "policy": "investment", "option": "consumer"} in game.log


def test_every_change_is_recorded_with_its_cause(tiny_world):
    game = play(Game(tiny_world, 4), RandomBot(4))
    first = tiny_world.initial
    # Replaying the recorded causes from the start gives the final values (clamping included).
    for index in range(len(first)):
        if index == INDEX["presidium"]:
            continue
        total = first[index] + sum(c[2] for c in game.state.causes if c[1] == index)
        assert total == pytest.approx(game.state.values[index])


def test_an_ending_is_dated_by_its_decision_else_the_turn_s_events(tiny_world):
    from game.sim import politics

    game = Game(tiny_world, seed=2)
    game.advance()
    game.state.event_date = "1957-07-21"  # as while a dated decision's effects are applied
    politics.end_game(tiny_world, game.state, "war")
    assert game.state.ending_date == "1957-07"
    game = Game(tiny_world, seed=2)
    game.advance()
    game.choose("plot", "concede")
    game.advance()
    game.choose("missiles", "no")
    game.state.values[INDEX["nuclear_tension"]] = 100.0
    game.advance()  # war by trigger at the end of autumn: dated like the harvest report
    assert game.ending == "war" and game.state.ending_date == "1957-09"


def test_the_preview_of_a_removal_shows_its_cost_and_the_presidium_s_new_mean(tiny_world):
    game = Game(tiny_world, seed=1)
    game.advance()
    game.state.values[INDEX["security"]] = 80.0  # the purge becomes possible
    now, later = game.preview("plot", "purge")
    assert now[INDEX["central_committee"]] == -5  # Molotov's removal cost
    assert now[INDEX["presidium"]] == pytest.approx((50 + 70) / 2 - (50 + 50 + 70) / 3)
