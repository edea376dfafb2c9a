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


def _at(scenario: str, decision: str, seed: int = 3) -> Game:
    """A game on the historical path, stopped where `decision` is open."""
    from game.sim.bots import make_bot

    world = build_world(catalog.find(scenario))
    game, bot = Game(world, seed), make_bot("historical", seed)
    while decision not in game.pending:
        assert game.ending is None, f"{decision} never came"
        for d in list(game.pending):
            game.choose(d, bot.pick(game, d, game.available_options(d)))
        game.advance()
    return game


def test_an_option_that_calls_a_removal_vote_says_so_with_the_count_and_odds():
    """The 1964 holiday read "no direct effect on the meters", and the 1957 appeal "Central
    Committee +", while each brought a vote on removing the player at once: a play-test took the
    calm forecast for a safe choice. The vote is a risk shown before choosing, with the count and
    the odds of the Central Committee's appeal as the vote itself decides them."""
    from game.narration.risks import vote_risk
    from game.sim.stats import INDEX

    game = _at("plot-1964", "the-holiday")
    [card] = [c for c in open_cards(game) if c.id == "the-holiday"]
    go = next(o for o in card.options if o.historical)
    assert any(r.startswith("A vote on removing you follows at once: ") and
               " of " in r and "in the Presidium are against you" in r for r in go.risks), go.risks

    game = _at("anti-party-1957", "the-june-meeting")
    [card] = [c for c in open_cards(game) if c.id == "the-june-meeting"]
    appeal = next(o for o in card.options if o.id == "appeal-to-the-committee")
    [said] = [r for r in appeal.risks if r.startswith("A vote on removing you")]
    # The odds are those of the vote: the committee's support after the option's own change.
    world, state = game.world, game.state
    now, _ = game.preview("the-june-meeting", "appeal-to-the-committee")
    committee = state.values[INDEX["central_committee"]] + now[INDEX["central_committee"]]
    assert said == vote_risk(world, state, committee)
    low = vote_risk(world, state, world.vote.needed - world.vote.noise / 2)
    assert "a gamble: about 1 in 4 (25%) that the Central Committee overturns it" in low


def test_blind_organs_do_not_reveal_which_options_bring_a_vote():
    """With the organs blind, an option that may bring a vote says so whatever the count (saying
    it only when a majority has turned would tell the player what the organs no longer can)."""
    from game.sim.stats import INDEX

    game = _at("campaign", "crimea-holiday")
    game.state.values[INDEX["security"]] = 5.0
    for loyalty in (10.0, 90.0):  # a majority against, then none
        for m in game.state.seated:
            m.loyalty = loyalty
        [card] = [c for c in open_cards(game) if c.id == "crimea-holiday"]
        for option in card.options:
            assert option.risks == ("If the Presidium has turned against you, this brings a "
                                    "vote on removing you at once.",), option.risks


def test_one_season_later_reads_as_next_season():
    """Not "over the next 1 season" (a play-test's wording slip)."""
    from types import SimpleNamespace

    from game.content import effects as e
    from game.narration.risks import delay

    world = build_world(catalog.find("campaign"))
    game = Game(world, 1)
    for after, over, said in ((1, 1, "the later changes land next season"),
                              (0, 2, "the later changes land next season"),
                              (1, 2, "the later changes land over the next 2 seasons")):
        change = e.ChangeEffect(type="change", stat="prestige", by=2, after=after, over=over)
        assert delay(world, game.state, SimpleNamespace(effects=[change])) == said
