from classroom_helpers import record_of

from game.classroom.deciding import analyse_ending, meters_that_matter


def _find(world, policy, ending, seeds=range(1, 300)):
    for seed in seeds:
        record = record_of(world, seed, policy)
        if record["ending"] and record["ending"]["id"] == ending:
            return record
    raise AssertionError(f"no seed gives {ending}")


def test_meters_come_from_the_ending(lesson_world):
    assert meters_that_matter(lesson_world, "war") == ["nuclear_tension"]
    assert meters_that_matter(lesson_world, "ousted") == ["presidium", "central_committee"]
    # `final_when` tests openness, a quantity: it acts through the meters, which are what count.
    assert meters_that_matter(lesson_world, "reformer") == ["presidium", "central_committee"]


def test_a_war_is_decided_by_the_crisis(crisis_world):
    record = record_of(crisis_world, 3, "listed:0")
    analysis = analyse_ending(crisis_world, record)
    assert analysis.ending == "war" and analysis.meters == ["nuclear_tension"]
    top = analysis.causes[0]
    assert top.cause == "missiles/yes"
    assert top.label == "Missiles: Send them."
    assert top.stats["nuclear_tension"] == 72.0  # 28 -> 100, clamped at the top
    assert top.sources == ("country-study",)
    # The tension rule took some back; it counts, net and smaller.
    assert analysis.causes[1].label == "Slow drift"
    assert analysis.causes[1].stats["nuclear_tension"] < 0


def test_the_vote_and_the_removals_it_brought_are_one_cause(crisis_world):
    record = record_of(crisis_world, 3, "listed:1")
    analysis = analyse_ending(crisis_world, record)
    labels = [c.label for c in analysis.causes]
    assert labels.count("The removal vote: you survived") == 1
    vote = next(c for c in analysis.causes if c.label == "The removal vote: you survived")
    # +5 for surviving, -5 for removing Molotov: net nothing on the Central Committee.
    assert "central_committee" not in vote.stats
    assert vote.stats["presidium"] > 0


def test_an_ouster_names_the_vote(lesson_world):
    record = _find(lesson_world, "random", "ousted")
    analysis = analyse_ending(lesson_world, record)
    assert analysis.vote is not None and analysis.vote["survived"] is False
    assert analysis.vote["turn"] == record["ending"]["turn"]
    assert set(analysis.meters) == {"presidium", "central_committee"}
    assert analysis.causes
    # Sizes are sorted and each is the sum of its net changes.
    sizes = [c.weight for c in analysis.causes]
    assert sizes == sorted(sizes, reverse=True)
    for c in analysis.causes:
        assert abs(sum(abs(v) for v in c.stats.values()) - c.weight) < 0.11


def test_an_option_that_ends_the_game_is_named(lesson_world):
    record = _find(lesson_world, "random", "resigned")
    analysis = analyse_ending(lesson_world, record)
    assert analysis.decided_by == "The plot: Resign at once."
    assert analysis.vote is None


def test_an_unfinished_record_is_read_as_it_stood(lesson_world):
    record = record_of(lesson_world, 4, "historical")
    record["ending"] = None
    analysis = analyse_ending(lesson_world, record)
    assert analysis.ending is None
    assert analysis.meters == ["presidium", "central_committee"]
