"""Conditional prose, facts and the claims check, on a copy of the tiny scenario."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.build import build_world
from game.content.claims import Claims
from game.content.loader import load_scenario
from game.content.problems import ContentError
from game.content.prose import neutral, spellings
from game.narration.audit import audit_game
from game.narration.cards import open_cards
from game.narration.endings import charges, ending_words
from game.sim.bots import ScriptBot, make_bot
from game.sim.engine import Game

TINY = Path(__file__).parent.parent / "fixtures" / "good" / "tiny.yaml"

FACTS = """
facts:
  - id: on-holiday
    means: You are away on holiday.
    when: [{type: flag, flag: on-holiday}]
    asserts: ["your holiday"]
  - id: molotov-sits
    means: Molotov sits in the Presidium.
    when: [{type: member, member: molotov, sitting: true}]
    asserts: ["Molotov sits", "Molotov's seat"]
acts:
  - id: went-away
    when: [{type: chose, event: plot, option: holiday}]
    text: You went on holiday while they counted votes.
    weight: 90
  - id: stood
    when: [{type: chose, event: plot, option: appeal}]
    text: You called the Central Committee to Moscow.
"""


def scenario(tmp_path, change=lambda text: text):
    text = TINY.read_text(encoding="utf-8").replace("\nevents:\n", FACTS + "events:\n", 1)
    path = tmp_path / "tiny.yaml"
    path.write_text(change(text), encoding="utf-8")
    return load_scenario(path)


def world_of(tmp_path, change=lambda text: text):
    return build_world(scenario(tmp_path, change))


def variants(text: str) -> str:
    return text.replace(
        "    text: Someone proposes missiles.\n",
        "    text:\n"
        "      - when: [{type: fact, fact: on-holiday}]\n"
        "        text: A telegram reaches you on your holiday{molotov-sits? ; Molotov sits at "
        "home | }.\n"
        "      - text: Someone proposes missiles{not molotov-sits? , now that Molotov is gone}.\n",
        1)


def test_the_most_specific_variant_that_holds_is_shown(tmp_path):
    world = world_of(tmp_path, variants)
    for away, expected in ((True, "A telegram reaches you on your holiday; Molotov sits at home."),
                           (False, "Someone proposes missiles.")):
        game = Game(world, 1)
        game.advance()
        game.choose("plot", "concede")
        game.advance()
        if away:
            game.state.flags.add("on-holiday")
        [card] = [c for c in open_cards(game) if c.id == "missiles"]
        assert card.text == expected


def test_an_inline_alternative_follows_a_member_leaving(tmp_path):
    world = world_of(tmp_path, variants)
    game = Game(world, 1)
    game.state.values[3] = 80.0  # security above 70: the purge is open
    game.advance()
    game.choose("plot", "purge")
    game.advance()
    [card] = [c for c in open_cards(game) if c.id == "missiles"]
    assert card.text == "Someone proposes missiles, now that Molotov is gone."


def test_text_with_no_game_reads_neutrally(tmp_path):
    event = next(e for e in scenario(tmp_path, variants).events if e.id == "missiles")
    assert neutral(event.text) == "Someone proposes missiles."
    assert spellings("a {x? yes | no} b") == ["a yes b", "a no b"]


@pytest.mark.parametrize("change, message", [
    (lambda t: t.replace("text: Someone proposes missiles.", "text: The {kgb? KGB} waits."),
     "unknown fact in an inline alternative"),
    (lambda t: t.replace("text: Someone proposes missiles.", "text: A stray { brace."),
     "a brace that is not an inline alternative"),
    (lambda t: t.replace("text: Someone proposes missiles.",
                         "text:\n      - when: [{type: flag, flag: on-holiday}]\n"
                         "        text: Only this."),
     "a list of variants needs a default"),
    (lambda t: t.replace("    when: [{type: flag, flag: on-holiday}]\n    asserts",
                         "    when: [{type: chance, p: 0.5}]\n    asserts"),
     "a `chance` condition is not allowed where text"),
    (lambda t: t.replace("    when: [{type: flag, flag: on-holiday}]\n    asserts",
                         "    when: [{type: fact, fact: on-holiday}]\n    asserts"),
     "defined in terms of itself"),
])
def test_the_linter_catches_text_that_cannot_be_shown(tmp_path, change, message):
    with pytest.raises(ContentError) as error:
        scenario(tmp_path, change)
    assert message in str(error.value)


def test_the_claims_check_catches_a_planted_contradiction(tmp_path):
    """A card that says Molotov sits, shown after he was removed, is caught; the same card shown
    while he sits (the player gave the old guard what they wanted) is not."""
    planted = world_of(tmp_path, lambda t: t.replace(
        "text: Someone proposes missiles.", "text: Someone proposes missiles; Molotov sits "
                                            "silent."))
    purge = lambda seed: ScriptBot(seed, "purge", {"plot": "purge"},  # noqa: E731
                                   make_bot("listed:0", seed), {})

    def purger_game(seed: int):
        bot = purge(seed)
        game_findings = []
        # Security must be above 70 for the purge: start the game there.
        original = planted.initial[3]
        planted.initial[3] = 80.0
        try:
            game_findings = audit_game(planted, bot, seed)
        finally:
            planted.initial[3] = original
        return game_findings

    found = purger_game(1)
    assert [f.detail for f in found if f.kind == "contradiction"] == ["molotov-sits"]
    assert "Molotov sits silent" in found[0].text
    concede = ScriptBot(1, "concede", {"plot": "concede"}, make_bot("listed:1", 1), {})
    assert audit_game(planted, concede, 1) == []


def test_phrases_match_whole_words_in_any_case(tmp_path):
    claims = Claims(world_of(tmp_path))
    game = Game(claims_world := world_of(tmp_path), 1)
    del claims_world
    assert claims.contradictions(game.state, "It was YOUR  HOLIDAY that did it.") == \
        ["on-holiday"]
    assert claims.contradictions(game.state, "Your holidays are over.") == []


def test_the_epilogue_tells_the_players_own_acts(tmp_path):
    world = world_of(tmp_path)
    game = Game(world, 1)
    game.advance()
    game.choose("plot", "holiday")
    while game.ending is None:
        for decision in list(game.pending):
            game.choose(decision, game.available_options(decision)[0])
        if game.ending is None:
            game.advance()
    words = ending_words(world, game.state, game.ending)
    assert words.epilogue == ("You went on holiday while they counted votes.",)


def test_a_charge_says_whether_it_fits_the_run(tmp_path):
    world = world_of(tmp_path, lambda t: t.replace(
        "  historical_policies:",
        "  debrief:\n    charges:\n      - {text: He went on holiday., fits: [{type: flag, flag: "
        "on-holiday}]}\n      - Erratic rule.\n  historical_policies:", 1))
    game = Game(world, 1)
    assert charges(world, game.state) == [("He went on holiday.", False), ("Erratic rule.", None)]
    game.state.flags.add("on-holiday")
    assert charges(world, game.state)[0] == ("He went on holiday.", True)


def test_people_speak_on_a_card_and_remember(tmp_path):
    world = world_of(tmp_path, lambda t: t.replace(
        "    text: Someone proposes missiles.\n",
        "    text: Someone proposes missiles.\n"
        "    voices:\n"
        "      - {speaker: molotov, says: Missiles are the only argument they understand.}\n"
        "      - speaker: mikoyan\n"
        "        when: [{type: chose, event: plot, option: concede}]\n"
        "        says: You gave them what they wanted in June; do not do it again.\n"
        "      - {speaker: kennedy, says: We will not be moved.}\n", 1))
    game = Game(world, 1)
    game.advance()
    game.choose("plot", "concede")
    game.advance()
    [card] = [c for c in open_cards(game) if c.id == "missiles"]
    assert [(v.name, v.line) for v in card.voices] == [
        ("Vyacheslav Molotov", "Missiles are the only argument they understand."),
        ("Anastas Mikoyan", "You gave them what they wanted in June; do not do it again."),
        ("Kennedy", "We will not be moved.")]
    game.state.members[0].sitting = False
    game.state.reseat()
    [card] = [c for c in open_cards(game) if c.id == "missiles"]
    assert [v.speaker for v in card.voices] == ["mikoyan", "kennedy"]


@pytest.mark.parametrize("text, readings", [
    # The three glued words the play-test found in the Secret Speech lesson ("Warsawwith",
    # "Saburov,backed", "Commissionunder"): the space inside the braces belongs to both readings.
    ("to Warsaw{x? with Molotov | with a delegation}, while",
     ["to Warsaw with Molotov, while", "to Warsaw with a delegation, while"]),
    ("the planners{x? , led by Saburov,}{x? backed by Bulganin,} propose",
     ["the planners, led by Saburov, backed by Bulganin, propose", "the planners propose"]),
    ("a Commission{x? under Pervukhin} with powers",
     ["a Commission under Pervukhin with powers", "a Commission with powers"]),
    ("celebrates; {x? Molotov calls | the old guard calls} it", [
        "celebrates; Molotov calls it", "celebrates; the old guard calls it"]),
    ("word{x?s} end", ["words end", "word end"]),
])
def test_inline_alternatives_keep_the_spaces_round_them(text, readings):
    assert spellings(text) == readings


@pytest.mark.parametrize("p, details", [
    ("1.0", ("a good gamble",)),
    ("0.0", ("it did not happen: a good gamble",)),
])
def test_the_player_is_told_whether_a_gamble_came_off(tmp_path, p, details):
    """A chance is named in the 'why' both when it comes off and when it does not (the
    play-test could not tell whether a gamble had worked); no move reads its details twice."""
    from game.narration.debrief import moves

    world = world_of(tmp_path, lambda text: text.replace(
        "{type: chance, p: 0.5, label: a good gamble, then: [{type: change, stat: prestige, "
        "by: 10}]}",
        f"{{type: chance, p: {p}, label: a good gamble, then: [{{type: change, stat: prestige, "
        "by: 10}], otherwise: [{type: change, stat: prestige, by: -5}]}"))
    bot = make_bot("historical", 1)
    game = Game(world, 1)
    while not any(d.id == "missiles" for d in game.decisions()):
        assert game.ending is None
        for d in game.decisions():
            game.choose(d.id, bot.pick(game, d.id, [o.id for o in d.options if o.available]))
        game.advance()
    before = len(game.state.causes)
    game.choose("missiles", "yes")
    prestige = [m for m in moves(world, game.state.causes[before:]) if m.stat == "prestige"]
    assert [m.details for m in prestige] == [details]
    assert prestige[0].head == "Missiles: Send them."
    assert prestige[0].label == f"Missiles: Send them. ({details[0]})"


def test_the_openness_of_the_thaw_is_never_called_bad_news():
    """A fall in openness is not 'bad for you' (the play-test read that as the game telling a
    student what to value); nuclear tension rising still is."""
    from game.narration.debrief import Move

    assert Move("openness", "x", -5.0, "x", ()).good
    assert Move("openness", "x", 5.0, "x", ()).good
    assert not Move("nuclear_tension", "x", 5.0, "x", ()).good
    assert not Move("military", "x", -5.0, "x", ()).good
