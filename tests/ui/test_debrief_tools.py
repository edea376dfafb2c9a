"""The debrief's Save report and What if, through the window (dummy video driver)."""

from __future__ import annotations

import webbrowser

import pygame
import pytest

from game import paths
from game.cli import main as thaw
from game.sim.bots import make_bot, play
from game.sim.engine import Game
from game.ui import playing
from tests.ui.helpers import blank, click, install_tiny, make_app, press

SIZES = [(1024, 600), (1280, 720), (1920, 1080)]


def finished(thaw_home, scenario: str = "tiny", seed: int = 4, bot: str = "listed:2",
             size: tuple[int, int] = (1280, 720), player: str | None = "Tester"):
    """A window on the debrief of a game played to its end by a bot."""
    from game.content import catalog
    from game.ui.session import Session, world_for

    install_tiny(thaw_home)
    app = make_app(size=size)
    world = world_for(catalog.find(scenario))
    game = Game(world, seed)
    play(game, make_bot(bot, seed))
    assert game.ending is not None
    playing.start(app, Session(world, game, player))
    app.step(0.016)
    assert app.top.name == "debrief"
    return app


def settle(app, job_of) -> None:
    """Lets the background work of the top screen finish, then draws what it shows."""
    job = job_of(app.top)
    assert job is not None
    assert job.wait(timeout=60)
    app.step(0.016)
    app.step(0.016)


# --- Save report -----------------------------------------------------------------------------

def test_save_report_writes_what_thaw_report_writes_and_says_where(thaw_home, tmp_path):
    app = finished(thaw_home)
    press(app, pygame.K_r)
    scene = app.top
    assert scene.name == "report"
    settle(app, lambda s: s.saving)
    # Named as the run record is: the run id keeps another game's report from being replaced.
    target = thaw_home / "reports" / f"tiny-seed4-Tester-{app.session.run_id}.html"
    assert scene.saved and scene.path == target and target.is_file()
    # The run record the game wrote, through the command line: the same bytes.
    from game.ui.writer import WRITER

    WRITER.flush()
    record = paths.runs_dir() / f"tiny-seed4-Tester-{app.session.run_id}.json"
    out = tmp_path / "by-cli.html"
    assert thaw(["report", str(record), "--html", str(out)]) == 0
    assert target.read_bytes() == out.read_bytes()
    # The whole path is on screen, line by line, and the words say it is saved.
    scene.ensure_layout()
    assert "".join(scene.path_lines) == str(target)
    assert len(scene.path_lines) >= 1
    assert "saved" in scene.words()[0]
    assert scene.focused_name() == "open"
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "debrief"


def test_save_report_by_mouse_and_the_browser_when_there_is_none(thaw_home, monkeypatch):
    asked: list[str] = []

    def no_browser(url: str, *args, **kwargs) -> bool:
        asked.append(url)
        return False

    monkeypatch.setattr(webbrowser, "open", no_browser)
    app = finished(thaw_home, player=None)
    click(app, "Save report")
    assert app.top.name == "report"
    settle(app, lambda s: s.saving)
    click(app, "open")
    settle(app, lambda s: s.browser)
    target = thaw_home / "reports" / f"tiny-seed4-{app.session.run_id}.html"
    assert asked == [target.resolve().as_uri()]
    assert asked[0].startswith("file://")
    assert "No web browser" in app.top.words()[2]
    click(app, "close")
    assert app.top.name == "debrief"


def test_save_report_hands_the_page_to_a_browser_only_when_asked(thaw_home, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: asked.append(url) or True)
    app = finished(thaw_home)
    press(app, pygame.K_r)
    settle(app, lambda s: s.saving)
    assert asked == []
    press(app, pygame.K_o)
    settle(app, lambda s: s.browser)
    assert len(asked) == 1
    assert "handed to your web browser" in app.top.words()[2]


def test_save_report_that_cannot_be_written_says_why(thaw_home):
    app = finished(thaw_home)
    thaw_home.mkdir(parents=True, exist_ok=True)
    (thaw_home / "reports").write_text("a file where the folder should be", encoding="utf-8")
    press(app, pygame.K_r)
    settle(app, lambda s: s.saving)
    scene = app.top
    assert not scene.saved and scene.problem
    assert "could not be saved" in scene.words()[0]
    assert [w.name for w in scene.widgets] == ["close"]
    press(app, pygame.K_RETURN)
    assert app.top.name == "debrief"


# --- What if ---------------------------------------------------------------------------------

def test_whatif_by_keyboard_shows_both_endings_and_where_they_part(thaw_home):
    from game.classroom.whatif import options_at, whatif

    app = finished(thaw_home, seed=6)
    session = app.session
    record = session.record()
    press(app, pygame.K_w)
    assert app.top.name == "whatif"
    assert len(app.top.rows) == len(record["decisions"])
    assert app.top.focused_name() == "decision:1"
    press(app, pygame.K_DOWN)
    assert app.top.focused_name() == "decision:2"
    press(app, pygame.K_UP)
    press(app, pygame.K_RETURN)
    assert app.top.name == "whatif-options"
    options = options_at(session.world, record, 1)
    default = next(o for o in options if o.default)
    taken = next(o for o in options if o.taken)
    assert app.top.focused_name() == f"option:{default.id}"
    assert not next(r for r in app.top.rows if r.name == f"option:{taken.id}").enabled
    press(app, pygame.K_RETURN)
    assert app.top.name == "whatif-result"
    settle(app, lambda s: s.job)
    expected = whatif(session.world, record, 1, default.id)
    words = " ".join(app.top.texts)
    assert expected.original.ending["title"] in words
    assert expected.whatif.ending["title"] in words
    if expected.diverged is not None:
        assert expected.diverged["label"] in words
    else:
        assert "never part" in words
    assert app.top.charts, "no chart drawn"
    # Esc goes back a step at a time, to the debrief.
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "whatif-options"
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "whatif"
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "debrief"


def test_whatif_on_the_campaign_scrolls_and_parts(thaw_home):
    app = finished(thaw_home, scenario="campaign", seed=2, bot="historical", size=(1024, 600))
    press(app, pygame.K_w)
    scene = app.top
    rows = scene.rows
    assert len(rows) >= 40
    assert scene.list.max_offset > 0
    press(app, pygame.K_END)
    last = rows[-1]
    assert scene.focused_name() == last.name
    assert scene.list.rect.contains(last.rect), "the last decision is not scrolled into view"
    press(app, pygame.K_HOME)
    assert scene.list.offset == 0 and scene.focused_name() == rows[0].name
    press(app, pygame.K_PAGEDOWN)
    focused = scene.focused_widget()
    assert focused is not rows[0] and scene.list.rect.contains(focused.rect)
    # Rows scrolled out of the list cannot be clicked through the header.
    assert scene.widget_at((rows[0].rect.centerx, scene.list.rect.y - 2)) is None
    # Decision 20, by the arrow keys from the top: the result says how each game ended.
    press(app, pygame.K_HOME)
    for _ in range(19):
        press(app, pygame.K_DOWN)
    assert scene.focused_name() == "decision:20"
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    settle(app, lambda s: s.job)
    result = app.top.result
    assert result is not None and result.flip == 20
    words = " ".join(app.top.texts)
    assert result.original.ending["title"] in words and result.whatif.ending["title"] in words


def test_whatif_by_mouse_and_number_keys(thaw_home):
    app = finished(thaw_home, seed=6)
    click(app, "What if?")
    assert app.top.name == "whatif"
    click(app, "decision:1")
    assert app.top.name == "whatif-options"
    taken = next(r for r in app.top.rows if not r.enabled)
    number = app.top.rows.index(taken) + 1
    press(app, pygame.K_0 + number)  # the taken option cannot be tried again
    assert app.top.name == "whatif-options"
    other = next(r for r in app.top.rows if r.enabled)
    click(app, other.name)
    assert app.top.name == "whatif-result"
    settle(app, lambda s: s.job)
    assert app.top.result.option == other.name.split(":", 1)[1]
    click(app, "Debrief")
    assert app.top.name == "debrief"


def test_a_slow_replay_shows_it_is_working_and_the_window_keeps_drawing(thaw_home,
                                                                       monkeypatch):
    import threading

    import game.classroom.whatif as whatif_module

    release = threading.Event()
    real = whatif_module.whatif

    def slow(*args, **kwargs):
        release.wait(timeout=60)  # as on a slow machine: done only when the test says so
        return real(*args, **kwargs)

    monkeypatch.setattr(whatif_module, "whatif", slow)
    app = finished(thaw_home, seed=6)
    press(app, pygame.K_w)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    scene = app.top
    assert scene.name == "whatif-result" and scene.working() and scene.animating()
    frames = app.meter.count
    for _ in range(3):
        assert app.step(0.016), "the window stopped drawing while the replay ran"
    assert app.meter.count == frames + 3
    assert any("Playing the game again" in text for text in scene.texts)
    press(app, pygame.K_ESCAPE)  # the player may leave before it is done
    assert app.top.name == "whatif-options"
    release.set()
    assert scene.job.wait(timeout=60)
    press(app, pygame.K_RETURN)
    settle(app, lambda s: s.job)
    assert app.top.result is not None and app.top.charts


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_new_screens_render_at_three_sizes(thaw_home, size):
    app = finished(thaw_home, size=size)

    def drawn(name: str) -> None:
        app.dirty = True
        app.step(0.016)
        surface = pygame.display.get_surface()
        assert surface.get_size() == size
        assert not blank(surface), f"{name} at {size} drew nothing"

    press(app, pygame.K_r)
    settle(app, lambda s: s.saving)
    drawn("report")
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_w)
    drawn("whatif")
    press(app, pygame.K_RETURN)
    drawn("whatif-options")
    press(app, pygame.K_RETURN)
    drawn("whatif-working")
    settle(app, lambda s: s.job)
    drawn("whatif-result")
    # Bigger text and high contrast lay out again without losing the result.
    settings = app.settings
    settings.text_size, settings.high_contrast = "largest", True
    app.apply_settings(settings)
    drawn("whatif-result-largest")
    assert app.top.result is not None and app.top.charts
    press(app, pygame.K_b)
    assert app.top.name == "debrief"


def test_wrap_path_keeps_every_character_and_fits(thaw_home):
    from game.ui.text import wrap_path

    app = make_app()
    font = app.theme.font("body", "sans-bold")
    path = "/home/a-student/.local/share/thaw/reports/" + "campaign-seed123456-" * 4 + ".html"
    lines = wrap_path(font, path, 240)
    assert "".join(lines) == path
    assert len(lines) > 2
    assert all(font.size(line)[0] <= 240 for line in lines)
    windows = r"C:\Users\student\AppData\Local\thaw\reports\cuba-1962-seed7.html"
    lines = wrap_path(font, windows, 300)
    assert "".join(lines) == windows and lines[0].endswith("\\")


def test_the_time_axis_reads_in_years_or_in_a_lesson_s_months_and_days(thaw_home):
    from game.content import catalog
    from game.ui.screens.whatif_result import axis_ticks
    from game.ui.session import world_for

    campaign = axis_ticks(world_for(catalog.find("campaign")), 6)
    assert all(text.isdigit() and len(text) == 4 for _, text in campaign)
    cuba = axis_ticks(world_for(catalog.find("cuba-1962")), 6)
    assert len(cuba) >= 3 and cuba[0][1] == "14 Oct 1962"
    assert all("1962" not in text for _, text in cuba[1:])  # the year once, where it starts
    speech = axis_ticks(world_for(catalog.find("secret-speech-1956")), 6)
    assert [text for _, text in speech if text.endswith("1956")], "the new year is not marked"


def test_number_keys_pick_the_numbered_decisions(thaw_home):
    # Fewer than ten decisions: a digit opens that decision at once.
    app = finished(thaw_home, seed=6)
    press(app, pygame.K_w)
    rows = app.top.rows
    assert 2 <= len(rows) <= 9
    press(app, pygame.K_2)
    assert app.top.name == "whatif-options" and app.top.k == 2
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_0)  # no decision 0: nothing happens
    assert app.top.name == "whatif"
    # Dozens of decisions: "1" waits for a second digit (it may be 12); "1", "2" opens 12; a
    # digit that no longer number can follow opens at once; Enter opens what was typed.
    app = finished(thaw_home, scenario="campaign", seed=2, bot="historical", size=(1024, 600))
    press(app, pygame.K_w)
    scene = app.top
    count = len(scene.rows)
    assert 20 <= count < 100
    press(app, pygame.K_1)
    assert app.top is scene and scene.focused_name() == "decision:1"
    press(app, pygame.K_2)
    assert app.top.name == "whatif-options" and app.top.k == 12
    press(app, pygame.K_ESCAPE)
    last = count // 10 + 1  # a first digit with no two-digit number after it
    press(app, pygame.K_0 + last)
    assert app.top.name == "whatif-options" and app.top.k == last
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_2)
    assert scene.focused_name() == "decision:2"
    assert scene.list.visible(scene.focused_widget())
    press(app, pygame.K_RETURN)
    assert app.top.name == "whatif-options" and app.top.k == 2
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_1)
    press(app, pygame.K_DOWN)  # another key ends the number
    press(app, pygame.K_3)
    assert scene.focused_name() == "decision:3"


def test_work_done_between_frames_is_shown_without_input(thaw_home, monkeypatch):
    """The window's loop only steps a screen that is animating or was touched: a report or a
    replay that finishes while nothing moves must keep the screen animating until its result is
    drawn (the play-test saw "Writing the report..." frozen until the mouse moved)."""
    import threading

    import game.ui.screens.save_report as save_report_module

    release = threading.Event()
    real = save_report_module.write_run_report

    def slow(*args, **kwargs):
        release.wait(timeout=60)
        return real(*args, **kwargs)

    monkeypatch.setattr(save_report_module, "write_run_report", slow)
    app = finished(thaw_home)
    press(app, pygame.K_r)
    scene = app.top
    assert scene.name == "report" and scene.working()
    release.set()
    assert scene.saving.wait(timeout=60)
    assert scene.animating(), "the report is written but the screen would wait for input"
    app.step(0.016)  # the loop steps an animating screen: it lays out the saved state
    app.step(0.016)
    assert "saved" in scene.words()[0] and not scene.animating()
    press(app, pygame.K_ESCAPE)

    import game.classroom.whatif as whatif_module

    replayed = threading.Event()
    real_whatif = whatif_module.whatif

    def slow_whatif(*args, **kwargs):
        replayed.wait(timeout=60)
        return real_whatif(*args, **kwargs)

    monkeypatch.setattr(whatif_module, "whatif", slow_whatif)
    press(app, pygame.K_w)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    result = app.top
    assert result.name == "whatif-result" and result.working()
    replayed.set()
    assert result.job.wait(timeout=60)
    assert result.animating(), "the replay is done but the screen would wait for input"
    app.step(0.016)
    app.step(0.016)
    assert result.result is not None and not result.animating()
