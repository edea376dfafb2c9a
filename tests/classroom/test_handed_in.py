"""Run records are handed in by students: whatever is in them, the teacher's commands give a
clear message or a report, never a traceback, a hang, or a path opened (the review's V1-V3,
V7 and V8)."""

import json
import os
import sys
from pathlib import Path

import pytest
from classroom_helpers import CRISIS, LESSON, record_of

from game.classroom.class_report import Loaded, summarise
from game.classroom.record import check_record
from game.cli import main

SEEDS = 6


@pytest.fixture(scope="module")
def simulated(tmp_path_factory):
    """A few finished lesson records, as `thaw simulate --record-dir` writes them."""
    folder = tmp_path_factory.mktemp("simulated")
    assert main(["simulate", "--scenario", str(LESSON), "--policy", "random", "--runs",
                 str(SEEDS), "--seed", "40", "--record-dir", str(folder)]) == 0
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def _write(path: Path, record: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def test_a_records_scenario_is_an_id_never_a_path(tmp_path, simulated, monkeypatch, capsys):
    """V1: `scenario` of a record was tried as a path: a FIFO hung the teacher's tools and a
    Windows network path would start a login. Now it is an id, checked by its pattern."""
    from game.content import loader

    opened = []
    real = loader.load_scenario
    monkeypatch.setattr(loader, "load_scenario", lambda p, *a, **k: (opened.append(Path(p)),
                                                                      real(p, *a, **k))[1])
    from game.content import catalog
    monkeypatch.setattr(catalog, "load_scenario", loader.load_scenario)
    elsewhere = tmp_path / "elsewhere" / "lesson.yaml"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(LESSON.read_bytes())
    for scenario in (str(elsewhere), str(elsewhere.parent), "../" * 8 + "etc/passwd",
                     r"\\attacker\share\x.yaml"):
        record = dict(simulated[0], scenario=scenario)
        path = _write(tmp_path / "hand-in.json", record)
        for command in (["report", str(path)], ["whatif", str(path), "--flip", "1"],
                        ["simulate", "--from", str(path), "--at", "1"]):
            assert main(command) == 2, command
            assert "Traceback" not in capsys.readouterr().err
    assert [p for p in opened if "elsewhere" in str(p)] == []
    folder = tmp_path / "class"
    _write(folder / "a.json", dict(simulated[0], scenario=str(elsewhere)))
    _write(folder / "b.json", simulated[1])
    assert main(["class-report", str(folder), "--json", "--scenario", str(LESSON)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["runs"] == 1 and len(report["unreadable"]) == 1
    assert [p for p in opened if "elsewhere" in str(p)] == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_handed_in_is_refused_without_waiting(tmp_path, simulated, capsys):
    folder = tmp_path / "class"
    _write(folder / "good.json", simulated[0])
    os.mkfifo(folder / "pipe.json")
    assert main(["report", str(folder / "pipe.json")]) == 2
    assert "not an ordinary file" in capsys.readouterr().err
    assert main(["class-report", str(folder), "--json", "--names", "--scenario",
                 str(LESSON)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["runs"] == 1
    assert [u["file"] for u in report["unreadable"]] == ["pipe.json"]
    assert "not an ordinary file" in report["unreadable"][0]["reason"]


# Each of these crashed report, class-report, whatif or simulate --from before (V2).
DAMAGE = {
    "outcome null": lambda r: r["ending"].update(outcome=None),
    "ending a list": lambda r: r.update(ending=[1, 2]),
    "title null": lambda r: r["decisions"][0].update(title=None),
    "title a list": lambda r: r["decisions"][0].update(title=["a", "b"]),
    "scenario_title a mapping": lambda r: r.update(scenario_title={"a": 1}),
    "values text": lambda r: r["turns"][0]["values"].update(industry="lots"),
    "values a list": lambda r: r["turns"][0].update(values=[1, 2]),
    "turn text": lambda r: r["turns"][0].update(turn="0"),
    "vote against a number": lambda r: r.update(votes=[{"turn": 1, "against": 3}]),
    "seed a float": lambda r: r.update(seed=1.5),
    "seed huge": lambda r: r.update(seed=10 ** 30),
    "log of numbers": lambda r: r.update(log=[1, 2, 3]),
    "command with no option": lambda r: r["log"].__setitem__(
        next(i for i, c in enumerate(r["log"]) if c["cmd"] == "choose"), {"cmd": "choose"}),
    "decision not in the log": lambda r: r["decisions"][0].update(decision="elsewhere"),
    "causes of text": lambda r: r.update(causes=["x"]),
    "player a mapping": lambda r: r.update(player={"name": "x"}),
    "format text": lambda r: r.update(format="1"),
    "content hash a list": lambda r: r.update(content_hash=[1]),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_record_is_a_message_and_the_class_report_goes_on(tmp_path, simulated, capsys,
                                                                   damage):
    record = json.loads(json.dumps(simulated[0]))
    DAMAGE[damage](record)
    folder = tmp_path / "class"
    path = _write(folder / "damaged.json", record)
    for good in simulated[1:]:
        _write(folder / f"good-{good['seed']}.json", good)
    for command in (["report", str(path)], ["whatif", str(path), "--flip", "1"],
                    ["simulate", "--from", str(path), "--at", "1"]):
        code = main([*command, "--scenario", str(LESSON)])
        err = capsys.readouterr().err
        assert code in (0, 2), (command, err)
        if code == 2:
            assert "damaged.json" in err
    assert main(["class-report", str(folder), "--json", "--names", "--scenario",
                 str(LESSON)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["runs"] + len(report["unreadable"]) == SEEDS


def test_numbers_that_are_not_numbers(tmp_path, simulated, capsys):
    """NaN and Infinity went into the charts' coordinates and into `--json`, which strict
    readers refuse; 5000-digit numbers and 1000-deep nesting stopped the report."""
    text = json.dumps(simulated[0])
    variants = {
        "nan.json": text.replace('"industry": ', '"industry": NaN, "x": ', 1),
        "infinity.json": text.replace('"industry": ', '"industry": Infinity, "x": ', 1),
        "big.json": text.replace('"industry": ', '"industry": 1e999, "x": ', 1),
        "digits.json": text.replace('"seed": ', '"seed": ' + "9" * 5000 + ', "x": ', 1),
        "deep.json": text[:-1] + ', "deep": ' + "[" * 100_000 + "]" * 100_000 + "}",
    }
    folder = tmp_path / "class"
    for name, content in variants.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(content, encoding="utf-8")
        assert main(["report", str(folder / name), "--scenario", str(LESSON)]) == 2
        assert name in capsys.readouterr().err
    _write(folder / "good.json", simulated[0])
    assert main(["class-report", str(folder), "--json", "--names", "--scenario",
                 str(LESSON)]) == 0
    out = capsys.readouterr().out
    report = json.loads(out, parse_constant=lambda c: pytest.fail(f"{c} in --json"))
    assert report["runs"] == 1
    assert sorted(u["file"] for u in report["unreadable"]) == sorted(variants)


def test_a_byte_order_mark_is_fine(tmp_path, simulated, capsys):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(simulated[0]).encode())
    assert main(["report", str(path), "--scenario", str(LESSON)]) == 0


def test_terminal_escapes_never_reach_the_terminal(tmp_path, simulated, capsys):
    """V7: a name or title holding escape sequences could clear a teacher's screen or retitle
    the terminal; they are taken out on reading."""
    record = json.loads(json.dumps(simulated[0]))
    evil = "\x1b[2J\x1b]0;owned\x07\u202eevil\x9b31m"
    record["player"] = evil
    record["scenario_title"] = evil
    for taken in record["decisions"]:
        taken["title"] = evil
    record["ending"]["title"] = evil
    folder = tmp_path / "class"
    path = _write(folder / "evil.json", record)
    outputs = []
    for command in (["report", str(path)], ["whatif", str(path), "--flip", "1"],
                    ["simulate", "--from", str(path), "--at", "1"],
                    ["class-report", str(folder), "--names"]):
        assert main([*command, "--scenario", str(LESSON)]) == 0, command
        captured = capsys.readouterr()
        outputs.append(captured.out + captured.err)
    for text in outputs:
        assert not any(ch in text for ch in "\x1b\x07\x9b\u202e"), repr(text[:300])


def _forged(simulated):
    """A record claiming another ending than its moves lead to."""
    first = simulated[0]
    other = next(r for r in simulated if r["ending"]["id"] != first["ending"]["id"])
    forged = json.loads(json.dumps(first))
    forged["ending"] = dict(other["ending"])
    forged["run_id"] = "f0f0f0f0"
    return forged


def test_a_forged_ending_is_flagged(tmp_path, simulated, capsys):
    """V8: the report replays the log but never compared what it found with what the record
    claims."""
    forged = _forged(simulated)
    path = _write(tmp_path / "forged.json", forged)
    assert main(["report", str(path), "--scenario", str(LESSON)]) == 0
    out = capsys.readouterr().out
    assert "does not match" in out
    html = tmp_path / "forged.html"
    assert main(["report", str(path), "--scenario", str(LESSON), "--html", str(html)]) == 0
    assert "does not match" in html.read_text(encoding="utf-8")
    capsys.readouterr()
    folder = tmp_path / "class"
    _write(folder / "forged.json", forged)
    for other in simulated:
        _write(folder / f"{other['seed']}.json", other)
    assert main(["class-report", str(folder), "--json", "--scenario", str(LESSON)]) == 0
    report = json.loads(capsys.readouterr().out)
    flagged = [s for s in report["students"] if s.get("flag")]
    assert len(flagged) == 1 and "does not match" in flagged[0]["flag"]
    assert main(["class-report", str(folder), "--scenario", str(LESSON)]) == 0
    assert "does not match" in capsys.readouterr().out


def test_an_ending_that_claims_only_another_outcome_is_flagged_and_named(tmp_path, simulated,
                                                                        capsys):
    """A record that keeps its ending's title but claims the other outcome ('survived' for
    'ousted') is flagged, and the note says what differs rather than naming one title twice."""
    record = json.loads(json.dumps(simulated[0]))
    real = record["ending"]["outcome"]
    record["ending"]["outcome"] = "ousted" if real == "survived" else "survived"
    path = _write(tmp_path / "outcome.json", record)
    assert main(["report", str(path), "--scenario", str(LESSON)]) == 0
    out = capsys.readouterr().out
    assert "does not match" in out
    assert f"({record['ending']['outcome']}, turn" in out and f"({real}, turn" in out


def test_forged_decisions_are_flagged(tmp_path, simulated, capsys):
    record = json.loads(json.dumps(simulated[0]))
    record["turns"][-1]["values"]["industry"] = 99.0  # the meters claimed
    path = _write(tmp_path / "edited.json", record)
    assert main(["report", str(path), "--scenario", str(LESSON)]) == 0
    assert "does not match" in capsys.readouterr().out


def test_two_anonymous_students_with_the_same_moves_are_two_students(tmp_path, simulated,
                                                                     capsys):
    """Records of the same seed and choices by two students were merged as one hand-in."""
    folder = tmp_path / "class"
    first = json.loads(json.dumps(simulated[0]))
    second = json.loads(json.dumps(simulated[0]))
    first["player"] = second["player"] = None
    first["run_id"], second["run_id"] = "0123abcd", "4567ef01"
    _write(folder / "one.json", first)
    _write(folder / "two.json", second)
    _write(folder / "copy-of-one.json", first)
    assert main(["class-report", str(folder), "--json", "--scenario", str(LESSON)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["runs"] == 2 and len(report["duplicates"]) == 1


def test_the_class_report_has_a_total_size_cap(tmp_path, simulated, capsys, monkeypatch):
    from game.classroom import class_report

    monkeypatch.setattr(class_report, "MAX_TOTAL_BYTES", 3 * len(json.dumps(simulated[0])))
    folder = tmp_path / "class"
    for i in range(6):  # six students' games of one size
        _write(folder / f"{i}.json", dict(simulated[0], run_id=f"{i:08x}"))
    assert main(["class-report", str(folder), "--json", "--scenario", str(LESSON)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["runs"] == 3
    assert "split the folder" in report["not_read"]["reason"]
    assert report["not_read"]["files"] == 6 - report["runs"]
    assert main(["class-report", str(folder), "--scenario", str(LESSON)]) == 0
    assert "split the folder" in capsys.readouterr().out


class CountingList(list):
    """A list that counts how often it is walked through."""

    walks = 0

    def __iter__(self):
        CountingList.walks += 1
        return super().__iter__()


def test_the_class_report_reads_each_record_a_few_times_whatever_its_length(lesson_world):
    """V3: `_departures` walked every record's decisions once per decision of the class, so two
    records of 12,000 decisions took half a minute."""
    def walks_for(repeat: int) -> int:
        group = []
        for seed in range(4):
            record = json.loads(json.dumps(record_of(lesson_world, seed)))
            # The same game again and again, each time with decisions of new names.
            log, decisions = [], []
            for copy in range(repeat):
                log += [dict(c, decision=f"{c['decision']}-{copy}") if c["cmd"] == "choose"
                        else c for c in record["log"]]
                decisions += [dict(d, decision=f"{d['decision']}-{copy}")
                              for d in record["decisions"]]
            record["log"], record["decisions"] = log, decisions
            record = check_record(record)
            record["decisions"] = CountingList(record["decisions"])
            record["turns"] = CountingList(record["turns"])
            group.append(Loaded(Path(f"{seed}.json"), f"{seed}.json", record))
        CountingList.walks = 0
        summarise(group, lesson_world)
        return CountingList.walks

    assert walks_for(8) == walks_for(1)


def test_output_that_cannot_be_written_is_a_message(tmp_path, simulated, capsys):
    path = _write(tmp_path / "run.json", simulated[0])
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    for command in (["report", str(path), "--html", str(blocked / "out.html")],
                    ["whatif", str(path), "--flip", "1", "--html", str(blocked / "out.html")],
                    ["class-report", str(tmp_path), "--html", str(blocked / "out.html")]):
        assert main([*command, "--scenario", str(LESSON)]) == 2
        err = capsys.readouterr().err
        assert "cannot write" in err and "out.html" in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_replacing_an_output_keeps_its_mode(tmp_path, simulated):
    path = _write(tmp_path / "run.json", simulated[0])
    out = tmp_path / "out.html"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert main(["report", str(path), "--scenario", str(LESSON), "--html", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o640
    fresh = tmp_path / "fresh.html"
    assert main(["report", str(path), "--scenario", str(LESSON), "--html", str(fresh)]) == 0
    assert fresh.stat().st_mode & 0o644 == 0o644


def test_a_scenario_named_on_the_command_line_must_be_the_records(tmp_path, simulated, capsys):
    path = _write(tmp_path / "run.json", simulated[0])
    assert main(["report", str(path), "--scenario", str(CRISIS)]) == 2
    err = capsys.readouterr().err
    assert "is a record of scenario 'classroom-test'" in err and "None" not in err
    assert "crisis-test" in err
