"""Teachers' scenarios in THAW_HOME/scenarios: whatever is wrong with one (an impossible date, a
bug it provokes, the id of a bundled scenario) is a problem listed against that file, as
`file:line: path: problem`; the list, `thaw scenarios`, `thaw validate` and the game go on."""

import subprocess
import sys
from pathlib import Path

import pytest

from game import paths
from game.cli import main
from game.content import catalog

TINY = Path(__file__).parent.parent / "fixtures" / "good" / "tiny.yaml"


def _user_scenario(thaw_home: Path, name: str, text: str) -> Path:
    folder = thaw_home / "scenarios"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _tiny(**changes: str) -> str:
    text = TINY.read_text(encoding="utf-8")
    for old, new in changes.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


IMPOSSIBLE = {
    "an event's date": ("    date: 1957-06\n", "    date: 1957-02-30\n", "events.0.date"),
    "the calendar's start": ("start: 1957-03,", "start: 1957-02-30,", "scenario.calendar.start"),
    "a member's seat": ("joins: 1957-09", "joins: 1957-13", "scenario.presidium.3.joins"),
    "a policy's date": ("{date: 1957-09, policy", "{date: 1957-09-31, policy",
                        "scenario.historical_policies.0.date"),
}


@pytest.mark.parametrize("where", sorted(IMPOSSIBLE))
def test_an_impossible_date_is_a_problem_of_that_file(thaw_home, capsys, where):
    old, new, path = IMPOSSIBLE[where]
    bad = _user_scenario(thaw_home, "bad-date.yaml", _tiny(**{old: new}, **{
        "id: tiny": "id: bad-date"}))
    good, broken = catalog.available()
    assert [e.path.name for e in broken] == ["bad-date.yaml"]
    problem = str(broken[0].problems[0])
    assert problem.startswith(f"{bad}:") and f": {path}: " in problem
    assert "not a real date" in problem
    assert {s.id for s in good} >= {"campaign", "cuba-1962"}
    assert main(["scenarios"]) == 0
    captured = capsys.readouterr()
    assert "bad-date" in captured.err and "BROKEN" in captured.err
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "not a real date" in err and "Traceback" not in err


def test_the_window_lists_the_broken_file_and_plays_on(thaw_home):
    """The window crashed on Lesson scenarios and New game for every scenario."""
    _user_scenario(thaw_home, "bad-date.yaml", _tiny(**{"    date: 1957-06\n":
                                                        "    date: 1957-02-30\n",
                                                        "id: tiny": "id: bad-date"}))
    _user_scenario(thaw_home, "tiny.yaml", TINY.read_text(encoding="utf-8"))
    result = subprocess.run([sys.executable, "-m", "game", "play", "--autoplay", "--scenario",
                             "tiny", "--seed", "3"], capture_output=True, text=True,
                            env={**__import__("os").environ, "THAW_HOME": str(thaw_home),
                                 "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"},
                            timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert list(paths.runs_dir().glob("tiny-seed3-*.json"))


def test_a_copy_of_a_bundled_scenario_is_shown_not_hidden(thaw_home, capsys):
    bundled = paths.bundled("scenarios", "cuba-1962.yaml")
    copy = _user_scenario(thaw_home, "my-cuba.yaml", bundled.read_text(encoding="utf-8"))
    good, broken = catalog.available()
    assert [e.path for e in broken] == [copy]
    problem = str(broken[0].problems[0])
    assert "same id as the bundled cuba-1962: change `id`" in problem
    assert problem.startswith(f"{copy}:") and ": scenario.id: " in problem
    assert [s for s in good if s.id == "cuba-1962"][0].files[0].path == bundled
    assert main(["scenarios"]) == 0
    assert "same id as the bundled cuba-1962" in capsys.readouterr().err
    assert main(["validate", str(copy)]) == 2
    assert "same id as the bundled cuba-1962: change `id`" in capsys.readouterr().err
    # The bundled scenarios themselves are no copies of themselves.
    assert main(["validate", str(paths.bundled("scenarios"))]) == 0


def test_a_file_that_breaks_the_reader_is_a_problem_not_a_crash(thaw_home, monkeypatch):
    """Any other failure a file provokes is listed against it too."""
    from game.content import lint

    path = _user_scenario(thaw_home, "odd.yaml", _tiny(**{"id: tiny": "id: odd"}))
    real = lint.lint_scenario

    def crash(scenario):
        if scenario.id == "odd":
            raise ZeroDivisionError("division by zero")
        return real(scenario)

    monkeypatch.setattr(lint, "lint_scenario", crash)
    good, broken = catalog.available()
    assert [e.path for e in broken] == [path]
    assert "could not be read: division by zero" in str(broken[0].problems[0])


def test_validate_names_the_file_it_was_given(tmp_path, capsys):
    """A file that is part of a folder scenario was reported under its folder's name."""
    part = tmp_path / "lesson" / "events.yaml"
    part.parent.mkdir()
    part.write_text("format: 1\nevents:\n  - id: x\n    title: X\n    text: Something.\n"
                    "    beyond_documents: true\n    options:\n      - {id: a, label: A}\n"
                    "      - {id: b, label: B}\n", encoding="utf-8")
    assert main(["validate", str(part)]) == 2
    lines = [line for line in capsys.readouterr().err.splitlines() if "checked" not in line]
    assert lines and all(line.startswith(str(part)) for line in lines), lines
