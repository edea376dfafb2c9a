import json
import shutil

import pytest
from classroom_helpers import LESSON, played, record_of

from game.classroom.record import run_record
from game.classroom.whatif import WhatIfError, check_fit, options_at, spread, whatif
from game.content.build import build_world
from game.content.loader import load_scenario
from game.sim.bots import make_bot


def test_a_fresh_record_replays_exactly(lesson_world):
    for seed in range(1, 6):
        record = record_of(lesson_world, seed)
        run, fit = check_fit(lesson_world, record)
        assert fit.same_content and fit.fits and fit.first_difference is None
        assert fit.describe() == "the record replays exactly"
        assert run.ending == record["ending"]
        assert run.game.log == record["log"]


def test_crisis_flip_that_changes_the_ending(crisis_world):
    # The first option everywhere: the plot appealed, the missiles sent: war in autumn 1957.
    record = record_of(crisis_world, 3, "listed:0")
    assert record["ending"]["id"] == "war"
    assert [d["decision"] for d in record["decisions"]] == ["plot", "missiles"]
    result = whatif(crisis_world, record, 2)
    assert (result.original_option, result.option) == ("yes", "no")
    assert result.original.ending["id"] == "war"
    assert result.whatif.ending["id"] == "survived"
    # The missiles come in turn 2; the meters part at the close of that turn.
    assert result.diverged["turn"] == 2
    gaps = {m["stat"]: m for m in result.diverged["meters"]}
    assert gaps["nuclear_tension"]["original"] == 100.0
    assert gaps["nuclear_tension"]["whatif"] < 50
    data = result.to_json()
    assert data["original"]["ending"]["id"] == "war"
    assert data["whatif"]["ending"]["id"] == "survived"
    assert data["diverged"]["turn"] == 2 and data["diverged"]["date"] == "1957-10"
    assert data["same_ending"] is False


def test_crisis_flip_that_does_not_change_the_ending(crisis_world):
    record = record_of(crisis_world, 3, "listed:0")
    result = whatif(crisis_world, record, 1)  # the plot: appeal -> holiday
    assert (result.original_option, result.option) == ("appeal", "holiday")
    assert result.original.ending["id"] == result.whatif.ending["id"] == "war"
    assert result.diverged["turn"] == 1  # the Central Committee's +10 is missing
    assert result.to_json()["same_ending"] is True
    # After the flip the same choice came up again (the missiles) and was taken the same way.
    assert result.whatif.as_before == 1 and result.whatif.as_khrushchev == 0
    assert [d["option"] for d in result.whatif.decisions] == ["holiday", "yes"]


def test_the_default_option_is_the_next_one_that_could_be_taken(crisis_world):
    record = record_of(crisis_world, 3, "listed:1")  # holiday; purge (next) needs security above 70
    assert record["decisions"][0]["option"] == "holiday"
    result = whatif(crisis_world, record, 1)
    assert result.option == "appeal"  # wrapped round, skipping the unavailable purge
    options = options_at(crisis_world, record, 1)  # (in the order the card showed them)
    assert sorted((o.id, o.taken, o.historical, o.available, o.default) for o in options) == [
        ("appeal", False, True, True, True),
        ("holiday", True, False, True, False),
        ("purge", False, False, False, False),
    ]
    assert next(o for o in options if o.id == "purge").label == "Remove Molotov first."


def test_bad_flips_say_what_is_wrong(crisis_world):
    record = record_of(crisis_world, 3, "listed:0")
    with pytest.raises(WhatIfError, match="K runs from 1 to 2, not 3"):
        whatif(crisis_world, record, 3)
    with pytest.raises(WhatIfError, match="K runs from 1 to 2, not 0"):
        whatif(crisis_world, record, 0)
    with pytest.raises(WhatIfError, match="no option 'holliday'.*did you mean 'holiday'"):
        whatif(crisis_world, record, 1, "holliday")
    with pytest.raises(WhatIfError, match="is the option this run took"):
        whatif(crisis_world, record, 1, "appeal")
    with pytest.raises(WhatIfError, match="The security organs are not behind you"):
        whatif(crisis_world, record, 1, "purge")


def test_policy_changes_are_kept_by_turn(lesson_world):
    # A random player who re-set standing policies, with a decision late enough to flip after
    # some of them.
    for seed in range(1, 200):
        record = record_of(lesson_world, seed)
        changes = record["policy_changes"]
        late = [k for k, d in enumerate(record["decisions"], 1) if d["turn"] >= 3]
        if len(changes) >= 2 and late:
            break
    else:
        pytest.fail("no fixture run with policy changes and a late decision")
    flip = late[0]
    result = whatif(lesson_world, record, flip)
    flip_turn = record["decisions"][flip - 1]["turn"]
    ended = result.whatif.ending["turn"]
    whatif_changes = run_record(result.whatif.game, "0badc0de")["policy_changes"]
    expected = [c for c in changes if c["turn"] <= ended]
    # Every change the player made is made again on the same turn (those before the flip from
    # the log, those after it from the script), unless the what-if had ended by then.
    kept = [c for c in whatif_changes if c in expected]
    assert kept == expected
    assert all(c["turn"] <= flip_turn or c in changes for c in whatif_changes)


def test_whatif_is_deterministic_and_json_safe(lesson_world):
    record = record_of(lesson_world, 11)
    a = whatif(lesson_world, record, 1).to_json()
    b = whatif(lesson_world, record, 1).to_json()
    assert a == b
    assert json.loads(json.dumps(a)) == a


def test_an_unfinished_run_is_played_on_to_an_ending(lesson_world):
    game = played(lesson_world, 5, "historical")
    # Cut the log after the second turn's decisions: a student who closed the game.
    log = game.log
    cut = [i for i, c in enumerate(log) if c["cmd"] == "advance"][2]
    from game.sim.engine import Game

    partial = Game.replay(lesson_world, 5, log[:cut])
    record = run_record(partial, "0badc0de")
    assert record["ending"] is None and record["decisions"]
    result = whatif(lesson_world, record, 1)
    assert result.original.ending is None
    assert result.whatif.ending is not None


def _changed_lesson(tmp_path, old: str, new: str):
    path = tmp_path / "lesson.yaml"
    shutil.copy(LESSON, path)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return build_world(load_scenario(path))


def test_a_changed_scenario_is_named_and_the_replay_says_where_it_stops(tmp_path, lesson_world):
    record = record_of(lesson_world, 2, "listed:1")  # says nothing at the speech
    assert record["decisions"][0]["option"] == "silent"
    changed = _changed_lesson(tmp_path, "- id: silent", "- id: quiet")
    run, fit = check_fit(changed, record)
    assert not fit.same_content and not fit.fits
    assert fit.stopped["turn"] == 0 and "silent" in fit.stopped["reason"]
    assert "the scenario has changed since this record was made" in fit.describe()
    assert "stops fitting at turn 0" in fit.describe()
    assert run.ending is not None  # played on by the script and Khrushchev's choices
    with pytest.raises(WhatIfError, match="changed.*stops fitting before decision 2"):
        whatif(changed, record, 2)


def test_a_changed_number_shows_where_the_meters_part(tmp_path, lesson_world):
    record = record_of(lesson_world, 2, "historical")
    changed = _changed_lesson(tmp_path, "{type: change, stat: central_committee, by: 6}",
                              "{type: change, stat: central_committee, by: 9}")
    _, fit = check_fit(changed, record)
    assert not fit.same_content and fit.fits
    assert fit.first_difference["turn"] == 0
    assert fit.first_difference["stat"] == "central_committee"
    assert fit.first_difference["replay"] - fit.first_difference["record"] == pytest.approx(3)


def test_spread_counts_and_reading(crisis_world, lesson_world):
    record = record_of(crisis_world, 3, "listed:0")
    result = spread(crisis_world, record, 1, 12)
    # In the crisis scenario the missiles decide everything: luck does not matter.
    assert result.endings == {"war": 12}
    assert "the choices decided it" in result.reading()
    record = record_of(lesson_world, 100)
    result = spread(lesson_world, record, 1, 40)
    assert sum(result.endings.values()) == 40 == sum(result.outcomes.values())
    assert result.same_as_original == result.endings.get(record["ending"]["id"], 0)
    assert spread(lesson_world, record, 1, 40).to_json() == result.to_json()
    bots = spread(lesson_world, record, 1, 10, lambda s: make_bot("historical", s), "historical")
    assert bots.policy == "historical" and sum(bots.endings.values()) == 10
    with pytest.raises(WhatIfError):
        spread(lesson_world, record, 1, 0)


def test_spread_draws_fresh_luck(lesson_world):
    # With the player's own choices and luck drawn afresh, the harvests differ between runs: at
    # least two different endings across the class's seeds show the luck is really redrawn.
    seen = set()
    for seed in range(100, 110):
        record = record_of(lesson_world, seed)
        result = spread(lesson_world, record, 1, 30)
        seen.add(len(result.endings))
    assert max(seen) >= 2


def test_the_whatif_page_shows_both_runs(crisis_world):
    from classroom_helpers import Page

    from game.classroom.whatif_page import build_whatif_page, whatif_text

    record = record_of(crisis_world, 3, "listed:0")
    result = whatif(crisis_world, record, 1)
    page = Page(build_whatif_page(result, record))
    assert page.count("svg", **{"class": "chart"}) >= 1
    # The flipped decision differs; the missiles, met again, are "same".
    rows = [r for r in page.rows if r and r[0] in ("Summer 1957", "Autumn 1957")]
    assert rows[0][2:] == ["Call the Central Committee to Moscow.", "Go on holiday."]
    assert rows[1][2:] == ["Send them.", "same"]
    text = whatif_text(result, record)
    assert "The ending is the same." in text and "The runs part in Summer 1957" in text
    changed = whatif(crisis_world, record, 2)
    assert "The ending changes." in whatif_text(changed, record)
    assert "War" in Page(build_whatif_page(changed, record)).text


def test_the_options_to_try_instead_are_numbered_as_the_card_showed_them(lesson_world):
    """The what-if list numbers the options in the order that game's card showed them (the
    record's `shown`), not in the file's order (the play-test found them numbered otherwise)."""
    differs = 0
    for seed in range(1, 8):
        record = record_of(lesson_world, seed)
        for k, taken in enumerate(record["decisions"], 1):
            listed = [o.id for o in options_at(lesson_world, record, k)]
            assert listed == list(taken["shown"])
            differs += listed != list(lesson_world.events[taken["decision"]].options)
    assert differs > 0  # the shown order is not the file's in every game
