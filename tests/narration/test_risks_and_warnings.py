"""Risk readable before choosing, and a turned Presidium always warned about."""

from __future__ import annotations

from game.content import catalog
from game.content.build import build_world
from game.narration.cards import open_cards
from game.narration.risks import odds
from game.narration.threats import threat_warning
from game.sim.engine import Game


def test_odds_read_in_words_and_numbers():
    assert odds(0.35) == "about 1 in 3 (35%)"
    assert odds(0.4) == "about 2 in 5 (40%)"
    assert odds(0.6) == "about 3 in 5 (60%)"
    assert odds(0.01).startswith("almost no chance")
    assert odds(0.99).startswith("almost certain")


def test_a_gamble_shows_its_chance_before_choosing():
    world = build_world(catalog.find("campaign"))
    game = Game(world, 1)
    while "beria" not in game.pending:
        for decision in list(game.pending):
            game.choose(decision, world.events[decision].historical
                        or game.available_options(decision)[0])
        game.advance()
    [card] = [c for c in open_cards(game) if c.id == "beria"]
    options = {o.id: o for o in card.options}
    assert "A gamble: about 2 in 5 (40%) that Malenkov and Bulganin act without you." \
        in options["wait"].risks
    assert any("about 3 in 5 (60%) that the Central Committee dismisses him" in r
               for r in options["plenum"].risks)
    assert options["arrest"].risks == ()


def test_delayed_effects_say_when_they_land(tiny_world):
    game = Game(tiny_world, 1)
    game.advance()
    game.choose("plot", "concede")
    game.advance()
    [card] = [c for c in open_cards(game) if c.id == "missiles"]
    refuse = next(o for o in card.options if o.id == "no")
    assert refuse.expect.endswith("(the later changes land over the next 2 seasons)")


def test_the_warning_names_the_count_and_when(tiny_world):
    game = Game(tiny_world, 1)
    for m in game.state.members:
        if m.id in ("molotov", "malenkov"):
            m.loyalty = 30.0
    assert threat_warning(game) == ("2 of 3 in the Presidium are against you: a vote to remove "
                                    "you may come at the end of this season.")


def test_a_turned_majority_is_warned_about_every_turn():
    """No cooldown: at every turn a majority is against the player, the warning is given (the
    play-test lost a game to a vote whose warning a cooldown had skipped)."""
    from game.narration.threats import against_count
    from game.sim.bots import make_bot, play_turn

    world = build_world(catalog.find("campaign"))
    turned = 0
    for seed in range(1, 41):
        game, bot = Game(world, seed), make_bot("random", seed)
        while game.ending is None:
            against, sitting = against_count(game)
            if against > world.vote.share * sitting:
                turned += 1
                assert threat_warning(game) is not None
            play_turn(game, bot)
    assert turned > 20


def test_no_warning_without_a_majority(tiny_world):
    assert threat_warning(Game(tiny_world, 1)) is None


def test_blind_organs_hide_the_count_but_say_so():
    """With the security organs at their floor the warning no longer counts the plotters; it says
    every turn that the player cannot see, majority or not."""
    from game.narration.threats import BLIND
    from game.sim.stats import INDEX

    world = build_world(catalog.find("campaign"))
    game = Game(world, 1)
    assert threat_warning(game) is None
    game.state.values[INDEX["security"]] = 5.0
    assert threat_warning(game) == BLIND
    for m in game.state.seated:
        m.loyalty = 10.0
    assert threat_warning(game) == BLIND
