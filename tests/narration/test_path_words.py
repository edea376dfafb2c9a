"""How often a path went Khrushchev's way, said in words: "once", "twice", "N times", and one
sentence the debrief and the teacher's screen share."""

from __future__ import annotations

from game.narration.debrief import PathStep, chose_as_khrushchev, path_beside, times


def steps(same: int, other: int, unmarked: int = 0) -> list[PathStep]:
    def step(chosen: str, historical: str | None) -> PathStep:
        return PathStep(1, "April 1955", "d", "A decision", chosen, chosen, historical, historical)

    return [step("a", "a")] * same + [step("b", "a")] * other + [step("a", None)] * unmarked


def test_times_says_once_twice_and_n_times():
    assert [times(n) for n in (0, 1, 2, 3, 11)] == \
        ["0 times", "once", "twice", "3 times", "11 times"]


def test_the_path_beside_his_in_plain_words():
    assert path_beside(steps(1, 8), "yours") == ("Where Khrushchev's own choice is known "
                                                  "(9 decisions), yours was the same once and "
                                                  "different 8 times.")
    assert path_beside(steps(2, 1, unmarked=3), "this student's").endswith(
        "(3 decisions), this student's was the same twice and different once.")
    assert path_beside(steps(0, 4), "yours").endswith("yours was different every time.")
    assert path_beside(steps(3, 0), "yours").endswith("yours was the same every time.")
    assert path_beside(steps(1, 0), "yours").endswith("(1 decision), yours was the same.")
    assert path_beside(steps(0, 0, unmarked=2), "yours") is None


def test_the_teachers_line_says_what_the_count_is_of():
    assert chose_as_khrushchev(1, 9) == "chose as Khrushchev did in 1 of 9 decisions"
    assert chose_as_khrushchev(1, 1) == "chose as Khrushchev did in 1 of 1 decision"
    assert chose_as_khrushchev(0, 0) == "no decision with Khrushchev's own choice known"
