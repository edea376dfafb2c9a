import json
import shutil
from collections import Counter

import pytest
from classroom_helpers import NAMES, Page, class_folder, record_of

from game.classroom.class_page import build_class_page, class_text
from game.classroom.class_report import class_report, load_folder
from game.classroom.record import record_name, write_record


@pytest.fixture
def folder(tmp_path, lesson_world):
    root = tmp_path / "class"
    records = class_folder(lesson_world, root)
    return root, records


def _report(root, world, names=False):
    return class_report(load_folder(root), lambda r: world if r["scenario"] == world.id else None,
                        names=names)


def test_thirty_students_counts_match_the_records(folder, lesson_world):
    root, records = folder
    report = _report(root, lesson_world)
    assert report["runs"] == 30 and report["records"] == 30
    assert report["unreadable"] == [] and report["other_groups"] == []
    endings = Counter(r["ending"]["id"] for r in records)
    assert report["endings"] == dict(endings)
    outcomes = Counter(r["ending"]["outcome"] for r in records)
    assert report["survived"] == outcomes["survived"]
    assert report["fell"] == 30 - outcomes["survived"]
    assert report["survived"] + report["fell"] + report["unfinished"] == 30
    assert sum(f["count"] for f in report["falls"]) == report["fell"]
    # Each decision: how many met it and what they took, counted straight from the records.
    for row in report["decisions"]:
        firsts = []
        for r in records:
            taken = next((d for d in r["decisions"] if d["decision"] == row["decision"]), None)
            if taken:
                firsts.append(taken["option"])
        assert row["met"] == len(firsts)
        assert {k: v for k, v in row["options"].items() if v} == dict(Counter(firsts))
        if row["historical"]:
            assert row["took_historical"] == firsts.count(row["historical"])
            assert row["historical_share"] == round(firsts.count(row["historical"]) / len(firsts),
                                                    3)
    met = {d["decision"] for r in records for d in r["decisions"]}
    assert {row["decision"] for row in report["decisions"]} == met
    # Decisions in the order the class met them.
    turns = [row["turn"] for row in report["decisions"]]
    assert turns == sorted(turns)
    assert len(report["students"]) == 30


def test_departures_and_what_followed(folder, lesson_world):
    root, records = folder
    report = _report(root, lesson_world)
    assert report["departures"]
    shares = [d["share"] for d in report["departures"]]
    assert shares == sorted(shares, reverse=True)
    for d in report["departures"]:
        left = []
        for r in records:
            first = next((t for t in r["decisions"] if t["decision"] == d["decision"]), None)
            if first is not None and first["option"] != first["historical"]:
                left.append(r)
        assert d["left"] == len(left) == d["after_leaving"]["runs"]
        assert d["after_leaving"]["survived"] == sum(
            1 for r in left if r["ending"]["outcome"] == "survived")
        assert d["after_leaving"]["runs"] + d["after_keeping"]["runs"] == d["met"]


def test_the_meters_spread(folder, lesson_world):
    root, records = folder
    report = _report(root, lesson_world)
    rows = report["meters"]["central_committee"]
    first = rows[0]
    values = sorted(r["turns"][0]["values"]["central_committee"] for r in records)
    assert first["n"] == 30
    assert first["min"] == round(values[0], 1) and first["max"] == round(values[-1], 1)
    assert first["min"] <= first["q1"] <= first["median"] <= first["q3"] <= first["max"]
    # Runs that ended drop out.
    last = rows[-1]
    assert last["n"] == sum(1 for r in records if r["turns"][-1]["turn"] >= last["turn"])


def test_names_are_hidden_unless_asked(folder, lesson_world):
    root, records = folder
    hidden = _report(root, lesson_world)
    text = json.dumps(hidden) + build_class_page(hidden, {lesson_world.id: lesson_world})
    assert not [n for n in NAMES if n in text]
    assert [s["who"] for s in hidden["students"]] == [f"Student {i}" for i in range(1, 31)]
    shown = _report(root, lesson_world, names=True)
    text = json.dumps(shown) + build_class_page(shown, {lesson_world.id: lesson_world},
                                                names=True)
    assert all(n in text for n in NAMES)


def test_corrupt_files_are_listed_not_fatal(folder, lesson_world):
    root, records = folder
    good = (root / record_name(records[0])).read_text(encoding="utf-8")
    (root / "cut-short.json").write_text(good[: len(good) // 2], encoding="utf-8")
    (root / "notes.json").write_text("this is not json", encoding="utf-8")
    (root / "a-list.json").write_text("[1, 2, 3]", encoding="utf-8")
    (root / "binary.json").write_bytes(b"\xff\xfe\x00garbage")
    newer = json.loads(good)
    newer["format"] = 99
    (root / "newer.json").write_text(json.dumps(newer), encoding="utf-8")
    broken = json.loads(good)
    del broken["turns"]
    (root / "no-turns.json").write_text(json.dumps(broken), encoding="utf-8")
    bad_turns = json.loads(good)
    bad_turns["turns"][1]["values"]["presidium"] = "lots"
    (root / "bad-turns.json").write_text(json.dumps(bad_turns), encoding="utf-8")
    (root / "readme.txt").write_text("not a record and not .json: ignored", encoding="utf-8")
    report = _report(root, lesson_world, names=True)
    assert report["runs"] == 30
    reasons = {u["file"]: u["reason"] for u in report["unreadable"]}
    assert set(reasons) == {"cut-short.json", "notes.json", "a-list.json", "binary.json",
                            "newer.json", "no-turns.json", "bad-turns.json"}
    assert "newer than this game reads" in reasons["newer.json"]
    assert "turns: missing" in reasons["no-turns.json"]
    assert "turns.1.values.presidium" in reasons["bad-turns.json"]
    hidden = _report(root, lesson_world)
    assert all(u["file"].startswith("(name hidden") for u in hidden["unreadable"])
    page = Page(build_class_page(report, {lesson_world.id: lesson_world}, names=True))
    assert "Files that could not be read" in page.text and "cut-short.json" in page.text


def test_mixed_scenarios_and_versions_are_grouped_not_mixed(folder, lesson_world, crisis_world):
    root, records = folder
    other = root / "other"
    for seed in (1, 2, 3):
        write_record(other / f"tiny-{seed}.json", record_of(crisis_world, seed, "listed:0"))
    for i in (0, 1):
        old = dict(records[i])
        old["content_hash"] = "0123456789abcdef"  # the same lesson, an older version
        old["player"] = f"{old['player']}-old"
        old["run_id"] = f"{i:08x}"  # played by another student
        write_record(other / f"old-{i}.json", old)

    def world_for(record):
        return {"classroom-test": lesson_world, "crisis-test": crisis_world}[record["scenario"]]

    report = class_report(load_folder(root), world_for)
    assert report["runs"] == 30 and report["scenario"] == "classroom-test"
    assert report["content_hash"] == lesson_world.scenario.content_hash
    assert report["endings"] == dict(Counter(r["ending"]["id"] for r in records))
    groups = {(g["scenario"], g["content_hash"]): g for g in report["other_groups"]}
    tiny = groups[("crisis-test", crisis_world.scenario.content_hash)]
    assert tiny["runs"] == 3 and tiny["endings"] == {"war": 3}
    old = groups[("classroom-test", "0123456789abcdef")]
    assert old["runs"] == 2
    assert "war" not in report["endings"] or report["endings"]["war"] == sum(
        1 for r in records if r["ending"]["id"] == "war")
    assert report["records"] == 35
    # Students are numbered across the groups, never twice.
    whos = [s["who"] for g in [report, *report["other_groups"]] for s in g["students"]]
    assert len(whos) == len(set(whos)) == 35
    worlds = {"classroom-test": lesson_world, "crisis-test": crisis_world}
    page = Page(build_class_page(report, worlds))
    assert "Also in the folder: A tiny crisis" in page.text
    assert "reported separately at the end, not mixed in" in page.text


def test_a_record_handed_in_twice_counts_once(folder, lesson_world):
    root, records = folder
    name = record_name(records[3])
    (root / "copies").mkdir()
    shutil.copy(root / name, root / "copies" / name)
    report = _report(root, lesson_world, names=True)
    assert report["runs"] == 30 and report["records"] == 31
    assert report["duplicates"] == [{"file": f"copies/{name}", "repeats": name}]


def test_an_empty_folder(tmp_path, lesson_world):
    (tmp_path / "empty").mkdir()
    report = _report(tmp_path / "empty", lesson_world)
    assert report["runs"] == 0 and report["endings"] == {} and report["decisions"] == []
    assert "No run records" in build_class_page(report, {})
    assert "No usable run records" in class_text(report)


def test_rare_endings_are_worth_a_look(tmp_path, crisis_world):
    root = tmp_path / "crisis-test"
    for seed in range(1, 6):
        write_record(root / f"war-{seed}.json",
                     record_of(crisis_world, seed, "listed:0", f"p{seed}"))
    write_record(root / "calm.json", record_of(crisis_world, 9, "listed:1", "calm"))
    report = class_report(load_folder(root), lambda r: crisis_world)
    rare = [o for o in report["outliers"] if o["kind"] == "rare ending"]
    assert len(rare) == 1 and rare[0]["ending"] == "survived"
    assert "the only run to end in" in rare[0]["why"]


def test_the_class_page_shows_the_numbers(folder, lesson_world):
    root, records = folder
    report = _report(root, lesson_world)
    html = build_class_page(report, {lesson_world.id: lesson_world})
    page = Page(html)
    assert f"{report['survived']} of 30 survived" in page.text
    for ending, count in report["endings"].items():
        title = lesson_world.endings[ending].title
        # The bar chart writes each ending with its count beside it.
        i = page.texts.index(title)
        assert page.texts[i + 1] == str(count)
    for row in report["decisions"]:
        assert row["title"] in page.text
    assert page.count("svg", **{"class": "chart"}) == 1 + 10  # endings, and one per meter
    assert page.count("script") == 0
    assert html == build_class_page(report, {lesson_world.id: lesson_world})


def test_hostile_records_cannot_break_the_class_page(tmp_path, lesson_world):
    root = tmp_path / "class"
    for seed in range(3):
        record = record_of(lesson_world, seed, "random", f"<script>x{seed}</script>")
        for taken in record["decisions"]:
            taken["title"] = '<img src="http://example.org/x.png">'
        record["scenario_title"] = "<style>body{display:none}</style>"
        write_record(root / f"r{seed}.json", record)
    report = class_report(load_folder(root), lambda r: None, names=True)
    html = build_class_page(report, {}, names=True)
    page = Page(html)
    assert page.count("script") == 0 and page.count("img") == 0
    assert page.count("style") == 1  # the page's own
    assert "&lt;script&gt;x0&lt;/script&gt;" in html


def test_decisions_keep_the_order_met_and_the_cards_own_dates(tmp_path):
    """Two cards of one turn are listed in the order the students met them (not by title), and
    each decision is dated as its card is ("dated 1955-05") beside the turn it came up in."""
    from game.content import catalog
    from game.content.build import build_world

    world = build_world(catalog.by_id("campaign"))
    root = tmp_path / "class"
    root.mkdir()
    records = [record_of(world, seed, "historical", player=f"P{seed}") for seed in (5, 6)]
    for record in records:
        write_record(root / record_name(record), record)
    report = _report(root, world)
    order = [(d["turn"], d["decision"]) for d in report["decisions"]]
    for record in records:
        met = list(dict.fromkeys((d["turn"], d["decision"]) for d in record["decisions"]))
        # Each turn's cards in the order this student met them (a card that came up in another
        # turn for another student is listed at the first turn it came up).
        assert [d for d in order if d in met] == [d for d in met if d in order]
    # A turn with two cards whose titles sort the other way round (so the test means something).
    rows = report["decisions"]
    pairs = [(a, b) for a, b in zip(rows, rows[1:], strict=False)
             if a["turn"] == b["turn"] and a["title"] > b["title"]]
    assert pairs
    for d in report["decisions"]:
        assert d["dated"] == world.events[d["decision"]].model.date
    page = Page(str(build_class_page(report, {world.id: world})))
    first = report["decisions"][0]
    assert f"{first['label']} \u00b7 dated {first['dated']}" in page.text
