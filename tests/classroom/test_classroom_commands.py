import json
from collections import Counter

import pytest
from classroom_helpers import CRISIS, LESSON, record_of

from game.classroom.record import write_record
from game.cli import main


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_thirty_simulated_students_and_their_class_report(tmp_path, capsys):
    folder = tmp_path / "runs"
    assert main(["simulate", "--scenario", str(LESSON), "--policy", "random", "--runs", "30",
                 "--seed", "500", "--record-dir", str(folder), "--json"]) == 0
    simulated = _json(capsys)
    files = sorted(folder.glob("*.json"))
    assert len(files) == 30
    assert main(["class-report", str(folder), "--json", "--scenario", str(LESSON)]) == 0
    report = _json(capsys)
    assert report["runs"] == 30
    assert report["endings"] == simulated["endings"]
    records = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    assert report["endings"] == dict(Counter(r["ending"]["id"] for r in records))
    for row in report["decisions"]:
        assert row["met"] == sum(1 for r in records
                                 if any(d["decision"] == row["decision"] for d in r["decisions"]))
    out = tmp_path / "class.html"
    assert main(["class-report", str(folder), "--html", str(out), "--scenario", str(LESSON)]) == 0
    assert "wrote" in capsys.readouterr().out
    assert "Choices, decision by decision" in out.read_text(encoding="utf-8")
    assert main(["class-report", str(folder), "--scenario", str(LESSON)]) == 0
    assert "30 runs" in capsys.readouterr().out


def test_report_command(tmp_path, capsys, lesson_world):
    record = record_of(lesson_world, 12, "random", "Vera")
    path = write_record(tmp_path / "run.json", record)
    out = tmp_path / "run.html"
    assert main(["report", str(path), "--html", str(out), "--scenario", str(LESSON),
                 "--paper", "a4"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Vera" in html and "size: A4" in html
    assert main(["report", str(path), "--scenario", str(LESSON)]) == 0
    assert record["ending"]["title"] in capsys.readouterr().out


def test_whatif_command(tmp_path, capsys, crisis_world):
    path = write_record(tmp_path / "run.json", record_of(crisis_world, 4, "listed:0"))
    assert main(["whatif", str(path), "--flip", "2", "--json", "--scenario", str(CRISIS)]) == 0
    data = _json(capsys)
    assert data["original"]["ending"]["id"] == "war"
    assert data["whatif"]["ending"]["id"] == "survived"
    assert data["diverged"] == {"turn": 2, "date": "1957-10", "label": "Autumn 1957",
                                "meters": data["diverged"]["meters"]}
    assert main(["whatif", str(path), "--flip", "1", "--option", "holiday", "--scenario",
                 str(CRISIS)]) == 0
    text = capsys.readouterr().out
    assert "The ending is the same." in text and "Go on holiday." in text
    out = tmp_path / "whatif.html"
    assert main(["whatif", str(path), "--flip", "2", "--html", str(out), "--scenario",
                 str(CRISIS)]) == 0
    assert "The two paths from the flip on" in out.read_text(encoding="utf-8")


def test_simulate_from_a_record(tmp_path, capsys, lesson_world):
    path = write_record(tmp_path / "run.json", record_of(lesson_world, 21))
    assert main(["simulate", "--from", str(path), "--at", "1", "--runs", "15", "--json",
                 "--scenario", str(LESSON)]) == 0
    data = _json(capsys)
    assert data["runs"] == 15 and sum(data["endings"].values()) == 15
    assert data["policy"] == "same choices"
    assert main(["simulate", "--from", str(path), "--at", "1", "--runs", "5", "--policy",
                 "historical", "--scenario", str(LESSON)]) == 0
    assert "the historical policy" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["report", "missing.json"], "no such file"),
    (["whatif", "{run}", "--flip", "9", "--scenario", str(CRISIS)], "K runs from 1 to 2"),
    (["whatif", "{run}", "--flip", "1", "--option", "nope", "--scenario", str(CRISIS)],
     "has no option 'nope'"),
    (["whatif", "{run}", "--flip", "1", "--scenario", str(LESSON)], "is a record of scenario"),
    (["simulate", "--from", "{run}", "--scenario", str(CRISIS)], "go together"),
    (["class-report", "no-such-folder"], "no such folder"),
    (["report", "{junk}"], "not a readable run record"),
    (["report", "{save}"], "not a usable run record"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, crisis_world, argv, message):
    run = write_record(tmp_path / "run.json", record_of(crisis_world, 4, "listed:0"))
    junk = tmp_path / "junk.json"
    junk.write_text("{not json", encoding="utf-8")
    save = tmp_path / "save.json"
    save.write_text(json.dumps({"format": 1, "seed": 3, "scenario": "crisis-test"}),
                    encoding="utf-8")
    argv = [a.format(run=run, junk=junk, save=save) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_simulate_without_from_keeps_its_defaults(capsys):
    # The campaign with the random bot, as before --from was added (the campaign may not be
    # installed yet: then the error names it).
    code = main(["simulate", "--runs", "1", "--json"])
    captured = capsys.readouterr()
    if code == 0:
        data = json.loads(captured.out)
        assert (data["scenario"], data["policy"]) == ("campaign", "random")
    else:
        assert code == 2 and "campaign" in captured.err
