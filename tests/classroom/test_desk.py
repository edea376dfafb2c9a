"""The teacher's desk without the window: dropped files, fresh names, hand-ins that never
replace another game's record, and the rows the teacher's screen draws."""

from __future__ import annotations

import datetime
import shutil

from game.classroom.class_report import load_dropped, load_folder
from game.classroom.desk import (
    ending_rows,
    fresh_path,
    hand_in,
    hand_in_name,
    luck_lines,
    open_class,
    split_rows,
    student_path,
    unreadable_rows,
)
from game.classroom.record import read_record
from game.settings import remembered_folder
from tests.classroom.classroom_helpers import class_folder, record_of

DAY = datetime.date(2026, 12, 2)


def test_dropped_files_and_folders_read_as_the_folder_would(tiny_world, tmp_path):
    folder = tmp_path / "class"
    class_folder(tiny_world, folder, count=4)
    (folder / "bad.json").write_text("[", encoding="utf-8")
    whole = load_folder(folder)
    files = sorted(folder.glob("*.json"))
    dropped = load_dropped(files)
    assert [r.name for r in dropped.records] == [r.name for r in whole.records]
    assert dropped.unreadable == whole.unreadable and dropped.root == folder
    assert len(load_dropped([folder]).records) == 4
    # A file and a folder together, and the same file twice: read once.
    other = tmp_path / "more"
    other.mkdir()
    games = sorted(folder.glob("tiny-*.json"))
    shutil.copy(games[0], other / "again.json")
    both = load_dropped([games[1], games[1], other])
    assert len(both.records) == 2 and not both.duplicates


def test_the_rows_the_screen_draws(tiny_world, tmp_path):
    folder = tmp_path / "class"
    class_folder(tiny_world, folder, count=12)
    desk = open_class([folder])
    report = desk.report()
    rows = ending_rows(report)
    assert sum(r.count for r in rows) == report["runs"]
    fell = {report["ending_titles"][s["ending"]] for s in report["students"]
            if s["outcome"] in ("ousted", "removed", "war")}
    assert {r.label for r in rows if r.fell} == fell
    for split in split_rows(report):
        assert sum(b.count for b in split.options) == split.met
        assert sum(1 for b in split.options if b.count) >= 2
    assert luck_lines(report) and not unreadable_rows(report, names=False)
    loaded = desk.loaded_of(1)
    steps = student_path(tiny_world, read_record(loaded.path))
    assert len(steps) == len(loaded.record["decisions"])


def test_fresh_names_never_replace_a_file(tmp_path):
    (tmp_path / "class-report.html").write_text("mine", encoding="utf-8")
    path = fresh_path(tmp_path, "class-report", ".html")
    assert path.name == "class-report-2.html" and path.exists()
    assert fresh_path(tmp_path, "class-report", ".html").name == "class-report-3.html"
    assert (tmp_path / "class-report.html").read_text(encoding="utf-8") == "mine"


def test_a_hand_in_never_replaces_another_games_record(tiny_world, tmp_path):
    record = record_of(tiny_world, 5, player="Anna K.")
    name = hand_in_name(record, DAY)
    assert name == f"AnnaK-tiny-seed5-2026-12-02-{record['run_id']}.json"
    # Another game's file already has the name: the record goes beside it.
    (tmp_path / name).write_text("{}", encoding="utf-8")
    path = hand_in(record, tmp_path, DAY)
    assert path.name != name and (tmp_path / name).read_text(encoding="utf-8") == "{}"
    # The same game again: its own file is brought up to date, no third file.
    assert hand_in(record, tmp_path, DAY) == path
    assert len(list(tmp_path.glob("*.json"))) == 2
    anonymous = record_of(tiny_world, 5)
    assert hand_in_name(anonymous, DAY) == f"tiny-seed5-2026-12-02-{anonymous['run_id']}.json"


def test_a_remembered_folder_that_cannot_be_used_falls_back(tmp_path):
    assert remembered_folder("", tmp_path) == (tmp_path, None)
    assert remembered_folder(str(tmp_path), tmp_path / "x") == (tmp_path, None)
    for bad in ("relative/folder", str(tmp_path / "gone"), "nul\0in it", "x" * 5000):
        folder, message = remembered_folder(bad, tmp_path)
        assert folder == tmp_path and "cannot be found" in message
