"""The teacher's flow in the window alone: records dropped onto the window or a folder chosen with
the folder picker, the class report on screen, the printable page saved and opened, a what-if
from a student's record; and the student's Hand in from the debrief (dummy video driver)."""

from __future__ import annotations

import json
import shutil
import webbrowser
from pathlib import Path

import pygame
import pytest

from game.classroom.record import new_run_id, read_record, record_path, run_record, write_record
from game.cli import main as thaw
from game.settings import load_settings, save_settings
from game.sim.bots import make_bot, play
from game.sim.engine import Game
from game.ui import playing
from tests.ui.helpers import install_tiny, make_app, press, screen_text


@pytest.fixture(autouse=True)
def home(thaw_home, monkeypatch):
    """The test's own home folder (see conftest), with a Desktop: the picker's first place. The
    picker waits for a folder to be read as long as it takes (in the window a frame waits a
    tenth of a second at most, which a busy test machine may not be enough for)."""
    from game.ui.screens import folders

    monkeypatch.setattr(folders, "WAIT", 30.0)
    home = Path.home()
    (home / "Desktop").mkdir(parents=True, exist_ok=True)
    return home


def tiny_class(thaw_home, folder: Path) -> list[Path]:
    """Three games of one seed, a damaged file and one game handed in twice."""
    from game.content import catalog
    from game.ui.session import world_for

    install_tiny(thaw_home)
    world = world_for(catalog.find("tiny"))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i, name in enumerate(["Anna", "Boris", "Chen"]):
        game = Game(world, 4)
        play(game, make_bot("random", 10 + i))
        record = run_record(game, new_run_id(), player=name)
        written.append(write_record(record_path(folder, record), record))
    shutil.copy(written[0], folder / "copy of anna.json")
    (folder / "broken.json").write_text('{"format": 2, "seed": ', encoding="utf-8")
    return written


def drop(app, *paths: Path, begin_and_end: bool = True) -> None:
    """Files dropped onto the window, as SDL sends them."""
    if begin_and_end:
        app.handle(pygame.event.Event(pygame.DROPBEGIN, file=None, window=None))
    for path in paths:
        app.handle(pygame.event.Event(pygame.DROPFILE, file=str(path), window=None))
    if begin_and_end:
        app.handle(pygame.event.Event(pygame.DROPCOMPLETE, file=None, window=None))
    settle(app)


def settle(app) -> None:
    """A frame; the background work of the top screen finished; two more frames."""
    app.step(0.016)
    scene = app.top
    for job in (getattr(scene, "loading", None), getattr(scene, "work", None)):
        if job is not None:
            assert job.wait(timeout=60)
    app.step(0.016)
    app.step(0.016)


def type_text(app, text: str) -> None:
    app.handle(pygame.event.Event(pygame.TEXTINPUT, text=text))
    app.step(0.016)


def show_tab(app, tab: str) -> None:
    for _ in range(6):
        if app.top.tab == tab:
            return
        press(app, pygame.K_RIGHT)
    raise AssertionError(f"no tab {tab}")


def test_a_dropped_folder_opens_the_class_with_its_counts_and_unreadable_files(thaw_home,
                                                                              tmp_path):
    folder = tmp_path / "class 7B"
    tiny_class(thaw_home, folder)
    app = make_app()
    app.step(0.016)
    assert app.top.name == "title"
    drop(app, folder)  # onto the title screen: the teacher's screen opens with it
    scene = app.top
    assert scene.name == "teacher" and scene.desk is not None
    report = scene.report
    assert report["runs"] == 3 and len(report["unreadable"]) == 1
    assert len(report["duplicates"]) == 1
    words = " ".join(screen_text(app))
    assert "3 runs" in words and "1 unreadable" in words and "1 handed in twice" in words
    assert "Anna" not in words and "Student 1" not in words  # names hidden; endings shown
    show_tab(app, "unreadable")
    words = " ".join(screen_text(app))
    assert "File 1" in words and "broken.json" not in words
    assert "not a readable run record" in words
    press(app, pygame.K_n)  # Show names
    words = " ".join(screen_text(app))
    assert "broken.json" in words and "copy of anna.json" in words
    # The class folder is remembered for next time.
    assert load_settings()[0].class_folder == str(folder)


def test_dropped_files_without_begin_and_end_are_read_on_the_next_frame(thaw_home, tmp_path):
    folder = tmp_path / "hand-ins"
    records = tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    drop(app, records[0], records[1], folder / "broken.json", begin_and_end=False)
    report = app.top.report
    assert report["runs"] == 2 and len(report["unreadable"]) == 1
    show_tab(app, "students")
    assert [w.name for w in app.top.widgets if w.name.startswith("student:")] == \
        ["student:1", "student:2"]


def test_choosing_the_class_folder_with_the_keys(thaw_home, tmp_path):
    folder = tmp_path / "class"
    tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    app.step(0.016)
    press(app, pygame.K_f)
    picker = app.top
    assert picker.name == "folders" and picker.current == Path.home() / "Desktop"
    press(app, pygame.K_TAB)  # from "Open this folder" round to the path field
    assert picker.focused_name() == "path"
    for _ in range(len(picker.field.value)):
        press(app, pygame.K_BACKSPACE)
    type_text(app, str(tmp_path))
    press(app, pygame.K_RETURN)  # goes there
    assert picker.current == tmp_path and picker.problem is None
    row = next(w for w in picker.widgets if w.name.startswith("folder:")
               and w.image is not None and picker.subfolders[int(w.name[7:])].name == "class")
    picker.set_focus(row.name)
    press(app, pygame.K_RETURN)  # into the class folder
    assert picker.current == folder
    assert picker.status()[0].startswith("5 .json files")  # 3 games, a copy, a damaged one
    press(app, pygame.K_BACKSPACE)  # up again, and back in by the path field
    assert picker.current == tmp_path
    press(app, pygame.K_TAB)
    picker.set_focus("path")
    type_text(app, "class")
    press(app, pygame.K_RETURN)
    assert picker.current == folder and picker.focused_name() == "choose"
    press(app, pygame.K_RETURN)  # Open this folder
    settle(app)
    assert app.top.name == "teacher" and app.top.report["runs"] == 3
    # A folder that is not there says so and stays where it was.
    press(app, pygame.K_f)
    assert app.top.current == folder  # the folder used last
    app.top.set_focus("path")
    type_text(app, "no such folder")
    press(app, pygame.K_RETURN)
    assert app.top.current == folder and "cannot be opened" in app.top.status()[0]


def test_a_remembered_folder_that_is_gone_falls_back_with_a_message(thaw_home, home):
    settings, _ = load_settings()
    settings.class_folder = str(home / "a USB stick taken out")
    assert save_settings(settings) is None
    app = make_app()
    app.top.teachers()
    app.step(0.016)
    press(app, pygame.K_f)
    assert app.top.name == "message" and "cannot be found" in app.top.text
    press(app, pygame.K_RETURN)
    assert app.top.name == "folders" and app.top.current == home / "Desktop"


def test_the_printable_page_is_the_commands_and_never_replaces_a_file(thaw_home, tmp_path,
                                                                       monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: asked.append(url) or True)
    folder = tmp_path / "class"
    tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    drop(app, folder)
    press(app, pygame.K_s)
    settle(app)
    first = folder / "class-report.html"
    assert first.is_file() and app.top.note[1] == str(first)
    by_cli = tmp_path / "by-cli.html"
    assert thaw(["class-report", str(folder), "--html", str(by_cli)]) == 0
    # The command's page, but for what stands for a hidden file name: the window's page says
    # what the window offers (Show names), the command's its flag.
    from game.classroom.class_report import HIDDEN_IN_WINDOW, HIDDEN_NAME

    windows, commands = (p.read_text(encoding="utf-8") for p in (first, by_cli))
    assert "--names" not in windows and "Show names" in windows
    assert "--names" in commands
    assert windows.replace(HIDDEN_IN_WINDOW, HIDDEN_NAME) == commands
    # A second save: a fresh name; the first page is untouched.
    first.write_text("the teacher's own notes", encoding="utf-8")
    press(app, pygame.K_s)
    settle(app)
    second = folder / "class-report-2.html"
    assert second.is_file() and first.read_text(encoding="utf-8") == "the teacher's own notes"
    # Open in browser: the page written last, as a file URI; nothing else.
    press(app, pygame.K_o)
    settle(app)
    assert asked == [second.resolve().as_uri()]
    assert "handed to your web browser" in app.top.note[0]


def test_a_whatif_from_a_students_record(thaw_home, tmp_path):
    folder = tmp_path / "class"
    records = tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    drop(app, folder)
    show_tab(app, "students")
    app.top.set_focus("student:1")
    press(app, pygame.K_RETURN)
    assert app.top.name == "student"
    record = read_record(records[0])
    assert app.top.record["run_id"] == record["run_id"]
    press(app, pygame.K_w)
    assert app.top.name == "whatif"
    assert len(app.top.rows) == len(record["decisions"])
    press(app, pygame.K_RETURN)
    assert app.top.name == "whatif-options"
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "student"
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "teacher"


def finished_game(app, seed: int = 4, player: str = "Tester"):
    from game.content import catalog
    from game.ui.session import Session, world_for

    world = world_for(catalog.find("tiny"))
    game = Game(world, seed)
    play(game, make_bot("listed:2", seed))
    playing.start(app, Session(world, game, player))
    app.step(0.016)
    assert app.top.name == "debrief"


def test_hand_in_twice_from_two_games_of_one_seed_and_name(thaw_home, tmp_path):
    install_tiny(thaw_home)
    target = tmp_path / "shared drive" / "7B"
    target.mkdir(parents=True)
    app = make_app()
    finished_game(app)
    first_id = app.session.run_id
    press(app, pygame.K_i)  # Hand in
    picker = app.top
    assert picker.name == "folders" and picker.choose_label == "Hand in here"
    picker.set_focus("path")
    for _ in range(len(picker.field.value)):
        press(app, pygame.K_BACKSPACE)
    type_text(app, str(target))
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.top.name == "message" and app.top.title == "Handed in"
    press(app, pygame.K_RETURN)
    assert app.top.name == "debrief"
    # Another game of the same seed and name: the folder is remembered, Enter hands it in.
    finished_game(app)
    assert app.session.run_id != first_id
    press(app, pygame.K_i)
    assert app.top.current == target
    press(app, pygame.K_RETURN)
    assert app.top.title == "Handed in"
    files = sorted(target.glob("*.json"))
    assert len(files) == 2
    assert all(f.name.startswith("Tester-tiny-seed4-") for f in files)
    assert {read_record(f)["run_id"] for f in files} == {first_id, app.session.run_id}
    # The same game handed in again replaces only its own file.
    press(app, pygame.K_RETURN)
    press(app, pygame.K_i)
    press(app, pygame.K_RETURN)
    assert len(list(target.glob("*.json"))) == 2
    # The teacher's screen reads the folder.
    app.pop_to("title")
    app.top.teachers()
    drop(app, target)
    assert app.top.report["runs"] == 2 and not app.top.report["unreadable"]


def test_hand_in_to_a_folder_that_cannot_be_written_says_why(thaw_home, tmp_path):
    from game.ui.screens.hand_in import hand_in_to

    install_tiny(thaw_home)
    app = make_app()
    finished_game(app)
    gone = tmp_path / "unplugged"
    assert hand_in_to(app, app.session, gone) is None
    assert app.top.name == "message" and app.top.title == "Not handed in"
    assert load_settings()[0].hand_in_folder == ""


def test_the_title_screen_has_the_teachers_entry(thaw_home):
    app = make_app()
    app.step(0.016)
    assert "For teachers" in screen_text(app)
    app.top.set_focus("teachers")
    press(app, pygame.K_RETURN)
    assert app.top.name == "teacher" and app.top.desk is None
    assert "Open a class" in screen_text(app)
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "title"


def test_a_record_file_is_never_read_as_a_path_to_open(thaw_home, tmp_path, monkeypatch):
    """What the browser is handed is the page we wrote, whatever a record holds."""
    asked: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: asked.append(url) or True)
    folder = tmp_path / "class"
    records = tiny_class(thaw_home, folder)
    data = json.loads(records[1].read_text(encoding="utf-8"))
    data["scenario_title"] = "file:///etc/passwd"
    data["player"] = "http://example.invalid/"
    records[1].write_text(json.dumps(data), encoding="utf-8")
    app = make_app()
    app.top.teachers()
    drop(app, folder)
    press(app, pygame.K_o)
    settle(app)
    assert asked == [(folder / "class-report.html").resolve().as_uri()]


def test_the_class_card_from_the_teachers_screen(thaw_home, tmp_path, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: asked.append(url) or True)
    folder = tmp_path / "class"
    tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    drop(app, folder)
    press(app, pygame.K_c)
    card = app.top
    assert card.name == "class-card" and card.folder == folder
    card.set_focus("seed")
    for _ in range(len(card.seed.value)):
        press(app, pygame.K_BACKSPACE)
    type_text(app, "1957")
    card.set_focus("where")
    for _ in range(len(card.where.value)):
        press(app, pygame.K_BACKSPACE)
    type_text(app, "S:\\History\\7B")
    press(app, pygame.K_RETURN)  # Enter in a field saves
    settle(app)
    first = folder / "class-card.html"
    text = first.read_text(encoding="utf-8")
    title = card.scenarios[card.selected].info.title
    assert "1957" in text and "S:\\History\\7B" in text and title in text
    assert "Hand in" in text and "Class seed" in text
    # Open in browser shows that card; a second save never replaces the first.
    press(app, pygame.K_TAB)
    card.set_focus("Open in browser")
    press(app, pygame.K_RETURN)
    settle(app)
    assert asked == [first.resolve().as_uri()]
    card.set_focus("Save the class card")
    press(app, pygame.K_RETURN)
    settle(app)
    assert (folder / "class-card-2.html").is_file() and first.read_text(encoding="utf-8") == text
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "teacher"


def test_luck_or_choice_for_a_students_game(thaw_home, tmp_path):
    from game.classroom.whatif import spread
    from game.ui.screens.teacher_student import LUCK_RUNS

    folder = tmp_path / "class"
    records = tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    drop(app, folder)
    show_tab(app, "students")
    app.top.set_focus("student:2")
    press(app, pygame.K_RETURN)
    scene = app.top
    press(app, pygame.K_l)
    assert scene.luck is not None and scene.luck.wait(timeout=60)
    app.step(0.016)
    record = read_record(records[1])
    expected = spread(scene.world, record, 1, LUCK_RUNS).reading()
    assert scene.luck_words == (f"Luck or choice, from the first decision on: {expected}", "ink")
    assert expected in " ".join(screen_text(app))


def test_worksheets_from_the_teachers_screen(thaw_home, tmp_path, monkeypatch):
    from game.classroom.pages import worksheet

    asked: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: asked.append(url) or True)
    folder = tmp_path / "class"
    tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    drop(app, folder)
    press(app, pygame.K_k)
    scene = app.top
    assert scene.name == "worksheets" and scene.loading.wait(timeout=120)
    app.step(0.016)
    first = scene.units[0][0]
    assert scene.focused_name() == f"unit:{first}"
    press(app, pygame.K_RETURN)
    assert scene.work is not None and scene.work.wait(timeout=120)
    app.step(0.016)
    page = folder / f"worksheets-{first}.html"
    assert page.read_text(encoding="utf-8") == str(worksheet(first))
    assert asked == [page.resolve().as_uri()]


def test_a_click_into_the_prefilled_path_selects_it_so_typing_replaces_it(thaw_home, tmp_path):
    from tests.ui.helpers import click

    folder = tmp_path / "class"
    tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    app.step(0.016)
    press(app, pygame.K_f)
    picker = app.top
    assert picker.field.value == f"{Path.home() / 'Desktop'}/"
    click(app, "path")  # the first click: the whole path is selected
    assert picker.focused_name() == "path" and picker.field.selection() == \
        (0, len(picker.field.value))
    type_text(app, str(folder))
    assert picker.field.value == str(folder)  # replaced, not appended
    click(app, "path")  # a second click places the caret
    assert picker.field.selection() is None
    press(app, pygame.K_a, pygame.KMOD_CTRL)  # Ctrl+A selects it all again
    type_text(app, str(tmp_path))
    assert picker.field.value == str(tmp_path)
    press(app, pygame.K_RETURN)
    settle(app)
    assert picker.current == tmp_path


def test_the_line_under_the_path_follows_the_typing(thaw_home, tmp_path):
    folder = tmp_path / "class"
    tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    app.step(0.016)
    press(app, pygame.K_f)
    picker = app.top
    before = picker.status()[0]
    picker.set_focus("path")
    press(app, pygame.K_a, pygame.KMOD_CTRL)
    type_text(app, str(tmp_path / "cla"))
    assert "no folder at the path typed" in picker.status()[0]
    assert "no folder at the path typed" in " ".join(screen_text(app))
    type_text(app, "ss")  # now a folder is there: said at once, without Enter
    assert "A folder is there" in picker.status()[0]
    assert picker.current != folder  # not gone there: Enter does that
    for _ in range(40):  # after a short pause, what it holds
        app.step(0.016)
        if picker.peek is not None:
            assert picker.peek.wait(timeout=30)
    assert picker.status()[0].startswith("5 .json files") and "Press Enter" in \
        picker.status()[0]
    assert picker.status()[0] != before
    press(app, pygame.K_BACKSPACE)  # typing on drops the look into the old path
    assert "no folder at the path typed" in picker.status()[0]


def test_a_slow_folder_is_read_without_holding_up_the_frames(thaw_home, tmp_path, monkeypatch):
    """A folder that takes long to read (a large folder on a network drive): the frames go on,
    the line under the path says it is being read, and the folder shows when it is read."""
    import threading
    import time

    from game.ui.screens import folders

    folder = tmp_path / "class"
    tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    app.step(0.016)
    press(app, pygame.K_f)
    picker = app.top
    gate = threading.Event()
    real = folders.list_folder

    def slow(path):
        gate.wait(30)
        return real(path)

    monkeypatch.setattr(folders, "list_folder", slow)
    monkeypatch.setattr(folders, "WAIT", 0.1)  # as in the window
    picker.set_focus("path")
    press(app, pygame.K_a, pygame.KMOD_CTRL)
    type_text(app, str(folder))
    start = time.perf_counter()
    press(app, pygame.K_RETURN)
    for _ in range(5):
        app.step(0.016)
    assert time.perf_counter() - start < 1.0
    assert picker.current != folder and picker.status()[0] == "Reading the folder…"
    gate.set()
    settle(app)
    assert picker.current == folder and picker.focused_name() == "choose"
    assert picker.status()[0].startswith("5 .json files")


def test_the_students_lines_say_plainly_how_often_they_chose_as_khrushchev(thaw_home, tmp_path):
    import re

    folder = tmp_path / "class"
    tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    drop(app, folder)
    show_tab(app, "students")
    words = " ".join(screen_text(app))
    assert "chose as Khrushchev did in" in words and "as Khrushchev 1 of" not in words
    for number in (1, 2, 3):
        app.top.set_focus(f"student:{number}")
        press(app, pygame.K_RETURN)
        words = " ".join(screen_text(app))
        assert "Where Khrushchev's own choice is known" in words
        assert not re.search(r"\b1 times|\b1 decisions\b|\b2 times", words), words
        press(app, pygame.K_ESCAPE)


def test_the_class_card_starts_at_the_class_scenario_and_names_the_lessons_button(
        thaw_home, tmp_path, monkeypatch):
    """The card opens on the scenario of the class loaded (not the campaign); says nothing is
    saved before anything is; and a lesson's card sends students to the title screen's lessons
    button, by the name the title screen gives it."""
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: True)
    folder = tmp_path / "class"
    tiny_class(thaw_home, folder)  # a class of the tiny lesson, listed after the campaign:
    listed = thaw_home / "scenarios" / "tiny.yaml"
    listed.write_text(listed.read_text(encoding="utf-8").replace(
        "  kind: lesson\n", "  kind: lesson\n  order: 99\n", 1), encoding="utf-8")
    app = make_app()
    app.step(0.016)
    title_words = screen_text(app)
    app.top.teachers()
    drop(app, folder)
    press(app, pygame.K_c)
    card = app.top
    assert card.scenarios[card.selected].id == "tiny"
    assert card.selected > 0 and card.scenarios[0].id == "campaign"
    words = " ".join(screen_text(app))
    assert "Saved into" not in words and "Not saved yet" in words
    press(app, pygame.K_RETURN)  # Save the class card
    settle(app)
    words = " ".join(screen_text(app))
    assert "The class card is saved" in words and "Not saved yet" not in words
    text = (folder / "class-card.html").read_text(encoding="utf-8")
    assert "<b>Lesson scenarios</b>" in text and "<b>New game</b>" not in text
    assert "Lesson scenarios" in title_words
    # With no class loaded, the card starts at the first scenario (the campaign).
    press(app, pygame.K_ESCAPE)
    app.pop_to("title")
    app.top.teachers()
    app.step(0.016)
    press(app, pygame.K_c)
    assert app.top.selected == 0


def test_a_campaign_card_and_plan_say_new_game_and_a_lessons_say_lesson_scenarios():
    from game.classroom.kit import unit
    from game.classroom.pages import class_card, lesson_plan

    assert "<b>New game</b>" in str(class_card("campaign", 1957, "S:\\7B"))
    lesson = str(class_card("cuba-1962", 1957, "S:\\7B"))
    assert "<b>Lesson scenarios</b>" in lesson and "New game" not in lesson
    start = lesson_plan(unit("cuba-1962"))[0][2]
    assert "choose Lesson scenarios" in start and "New game" not in start


def test_the_split_tab_dates_a_decision_as_its_card_does(thaw_home, tmp_path):
    folder = tmp_path / "class"
    tiny_class(thaw_home, folder)
    app = make_app()
    app.top.teachers()
    drop(app, folder)
    report = app.top.report
    dated = [d for d in report["decisions"] if d.get("dated")]
    assert dated, "the tiny scenario has a dated card"
    show_tab(app, "split")
    words = " ".join(screen_text(app))
    from game.classroom.desk import split_rows

    for split in split_rows(report):
        assert split.when in words
    assert any(f"dated {d['dated']}" in s.when for s in split_rows(report) for d in dated)


@pytest.mark.parametrize("size", ["normal", "largest"])
def test_the_student_page_uses_the_width_of_the_window(thaw_home, tmp_path, size):
    """At 1280x720 the decisions and the summary beside them fill the width (no empty band at
    the right); the smallest window at the largest text keeps one column."""
    folder = tmp_path / "class"
    tiny_class(thaw_home, folder)
    for window, columns in (((1280, 720), 2), ((800, 480), 2 if size == "normal" else 1)):
        app = make_app("--text-size", size, size=window)
        app.top.teachers()
        drop(app, folder)
        show_tab(app, "students")
        app.top.set_focus("student:1")
        press(app, pygame.K_RETURN)
        scene = app.top
        scene.ensure_layout()
        t = scene.theme
        assert len(scene.viewports) == columns
        right = max(v.rect.right for v in scene.viewports)
        if columns == 2:
            assert right >= window[0] - t.margin - t.px(20)  # the summary, inside its panel
            side = scene.side
            assert side is not None and side.right >= window[0] - t.margin - 1
            assert side.x > scene.viewports[-1].rect.x  # beside the decisions, not under
        words = " ".join(screen_text(app))
        assert "Where Khrushchev's own choice is known" in words and "Chose:" in words
