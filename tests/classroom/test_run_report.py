import re
import shutil

from classroom_helpers import LESSON, Page, record_of

from game.classroom.deciding import analyse_ending
from game.classroom.report import build_report, path_rows, report_text, write_report
from game.content.build import build_world
from game.content.loader import load_scenario
from game.content.sources import SOURCES


def _ousted(world):
    for seed in range(100, 400):
        record = record_of(world, seed, "random", "Greta")
        if record["ending"]["id"] == "ousted" and len(record["decisions"]) >= 2:
            return record
    raise AssertionError("no ousted run")


def test_the_report_says_what_happened(lesson_world):
    record = _ousted(lesson_world)
    page = Page(build_report(record, lesson_world))
    text = page.text
    assert "Three years in the Kremlin" in text
    assert "Greta" in text and str(record["seed"]) in text
    ending = lesson_world.endings["ousted"]
    assert ending.title in text and ending.text in text and ending.lesson in text
    vote = record["votes"][-1]
    assert f"the Presidium voted {len(vote['against'])} to {len(vote['supporting'])}" in text


def test_the_charts_are_inline_svg_with_every_meter_and_decision(lesson_world):
    record = _ousted(lesson_world)
    html = build_report(record, lesson_world)
    page = Page(html)
    assert page.count("svg", **{"class": "chart"}) == 3  # Party, Economy, Foreign
    # One line per meter (leaders to the labels are thinner).
    assert len(re.findall(r'<polyline [^>]*stroke-width="1.7"', html)) == 10
    for label in ("Presidium", "Central Committee", "Nuclear tension", "Living standards"):
        assert label in page.texts
    marks = [t for t in page.texts if re.fullmatch(r"[\d\u2013 ]+(vote|end)?[ \w]*", t.strip())]
    numbers = {int(n) for m in marks for n in re.findall(r"\d+", m)}
    # Every decision's number is on the chart (a range 3-5 names its ends).
    for k in range(1, len(record["decisions"]) + 1):
        assert k in numbers or any(a < k < b for a in numbers for b in numbers)


def test_the_path_is_beside_khrushchevs(lesson_world):
    record = _ousted(lesson_world)
    page = Page(build_report(record, lesson_world))
    rows = [r for r in page.rows if r and r[0].isdigit()]
    assert len(rows) == len(record["decisions"])
    different = 0
    for row, taken in zip(rows, record["decisions"], strict=True):
        event = lesson_world.events[taken["decision"]]
        assert event.model.title in row[2]
        assert row[3] == event.options[taken["option"]].model.label
        if taken["historical"] == taken["option"]:
            assert row[4] == "same"
        elif taken["historical"]:
            label = event.options[taken["historical"]].model.label
            assert row[4] == f"different {label}"
            different += 1
        else:
            assert row[4] == "not recorded"
    with_history = sum(1 for t in record["decisions"] if t["historical"])
    assert (f"You took Khrushchev's option in {with_history - different} of {with_history} "
            "decisions") in page.text


def test_the_deciding_rules_have_their_sources(lesson_world):
    record = _ousted(lesson_world)
    page = Page(build_report(record, lesson_world))
    analysis = analyse_ending(lesson_world, record)
    assert analysis.causes
    rule_rows = {r[0]: r for r in page.rows if r}
    for cause in analysis.causes:
        row = next(r for k, r in rule_rows.items() if k.startswith(cause.label))
        for source in cause.sources:
            assert SOURCES[source].title in row[2]
    assert "What decided this ending" in page.text


def test_the_debrief_questions_are_there(lesson_world):
    record = _ousted(lesson_world)
    text = Page(build_report(record, lesson_world)).text
    for question in lesson_world.endings["ousted"].questions:
        assert question in text
    debrief = lesson_world.scenario.info.debrief
    for line in [*debrief.questions, *debrief.charges]:
        assert line in text
    assert "McCauley" in text and "Hope gave way to despair." in text


def test_the_page_is_self_contained_and_the_same_each_time(lesson_world):
    record = _ousted(lesson_world)
    html = build_report(record, lesson_world)
    assert html == build_report(record, lesson_world)
    page = Page(html)
    assert page.count("script") == 0
    assert not [a for _, a in page.tags if "src" in a or "href" in a]
    assert "@import" not in html and "url(" not in html
    assert "@page" in html and "@media print" in html


def test_a_players_name_cannot_break_the_page(lesson_world):
    record = record_of(lesson_world, 7, "random", "<script>alert(1)</script><b>x")
    html = build_report(record, lesson_world)
    assert "<script>" not in html and "<b>x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x" in html
    assert Page(html).count("script") == 0


def test_unfinished_and_changed(tmp_path, lesson_world):
    record = record_of(lesson_world, 8, "historical")
    record["ending"] = None
    record["finished"] = False
    assert "Unfinished" in Page(build_report(record, lesson_world)).text
    changed_path = tmp_path / "lesson.yaml"
    shutil.copy(LESSON, changed_path)
    changed = changed_path.read_text(encoding="utf-8").replace("by: 6}", "by: 7}", 1)
    changed_path.write_text(changed, encoding="utf-8")
    changed = build_world(load_scenario(changed_path))
    text = Page(build_report(record_of(lesson_world, 8, "historical"), changed)).text
    assert "The scenario has changed since this record was made" in text


def test_paper_sizes_and_writing(tmp_path, lesson_world):
    record = record_of(lesson_world, 9)
    assert "size: A4" in build_report(record, lesson_world, paper="a4")
    assert "size: letter" in build_report(record, lesson_world, paper="letter")
    assert "@page { size" not in build_report(record, lesson_world)
    path = write_report(record, lesson_world, tmp_path / "out" / "report.html")
    assert path.read_text(encoding="utf-8") == build_report(record, lesson_world)


def test_policy_changes_are_on_the_path_and_the_text_summary(lesson_world):
    for seed in range(1, 100):
        record = record_of(lesson_world, seed)
        if record["policy_changes"]:
            break
    rows = path_rows(lesson_world, record)
    policies = [r for r in rows if r["kind"] == "policy"]
    assert len(policies) == len(record["policy_changes"])
    assert [r["turn"] for r in policies] == [c["turn"] for c in record["policy_changes"]]
    text = report_text(record, lesson_world)
    assert record["ending"]["title"] in text
    assert text.count("\n") >= len(record["decisions"]) + 2


def test_an_ending_chosen_outright_says_so(lesson_world):
    for seed in range(1, 300):
        record = record_of(lesson_world, seed)
        if record["ending"]["id"] == "resigned":
            break
    text = Page(build_report(record, lesson_world)).text
    assert "Your choice ended the game: The plot: Resign at once." in text


def test_axis_labels_for_short_calendars():
    from game.classroom.charts import ticks

    days = [(t, "1962-10", f"{14 + t} October 1962") for t in range(15)]
    assert ticks(days, most=8)[:2] == [(0, "14 Oct"), (2, "16 Oct")]
    months = [(t, f"1957-{t + 2:02d}", f"{m} 1957") for t, m in
              enumerate(["February", "March", "April"])]
    assert [label for _, label in ticks(months)] == ["Feb", "Mar", "Apr"]
    seasons = [(0, "1956-01", "Winter 1955-56"), (1, "1956-04", "Spring 1956")]
    assert ticks(seasons) == [(0, "Winter"), (1, "Spring")]
    years = [(t, f"{1953 + (t + 1) // 4}-{1 + 3 * ((t + 1) % 4):02d}", "") for t in range(47)]
    assert [label for _, label in ticks(years)] == [str(y) for y in range(1953, 1965)]
