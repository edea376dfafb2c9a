"""The `thaw` command's contract: output shapes, exit codes, determinism."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game.cli import main

TINY = str(Path(__file__).parent / "fixtures" / "good" / "tiny.yaml")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True,
                          input=stdin)


def test_simulate_json_shape(capsys):
    assert main(["simulate", "--scenario", TINY, "--policy", "random", "--seed", "3",
                 "--runs", "4", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"scenario", "policy", "runs", "endings"}
    assert data["scenario"] == "tiny" and data["policy"] == "random"
    assert [r["seed"] for r in data["runs"]] == [3, 4, 5, 6]
    for r in data["runs"]:
        assert set(r) == {"seed", "ending", "ended", "turns"}
        assert len(r["ended"]) == 7 and r["ended"][4] == "-"
    assert sum(data["endings"].values()) == 4


def test_two_simulate_runs_of_one_seed_are_identical(tmp_path, capsys):
    outputs, records = [], []
    for name in ("a", "b"):
        folder = tmp_path / name
        assert main(["simulate", "--scenario", TINY, "--policy", "random", "--seed", "11",
                     "--runs", "3", "--json", "--record-dir", str(folder)]) == 0
        outputs.append(capsys.readouterr().out)
        records.append({p.name: p.read_bytes() for p in sorted(folder.iterdir())})
    assert outputs[0] == outputs[1]
    assert records[0] == records[1] and len(records[0]) == 3


def test_simulate_table_without_json(capsys):
    assert main(["simulate", "--scenario", TINY, "--policy", "first", "--runs", "2"]) == 0
    out = capsys.readouterr().out
    assert "ending" in out and "share" in out and "seed" in out


def test_simulate_with_a_strategy_file(tmp_path, capsys):
    strategy = tmp_path / "cautious.yaml"
    strategy.write_text("name: cautious\nfallback: first\nchoices: {plot: concede, missiles: no}\n",
                        encoding="utf-8")
    assert main(["simulate", "--scenario", TINY, "--policy", str(strategy), "--runs", "3",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["policy"] == "cautious" and data["endings"] == {"survived": 3}


@pytest.mark.parametrize("args, message", [
    (["simulate", "--scenario", "no-such-scenario"], "no scenario with this id or path"),
    (["simulate", "--scenario", TINY, "--policy", "clever"], "unknown policy 'clever'"),
    (["simulate", "--scenario", TINY, "--runs", "0"], "--runs must be at least 1"),
    (["simulate", "--scenario", TINY, "--policy", "missing.yaml"], "no such strategy file"),
    (["validate", "no/such/path"], "no such file or folder"),
    (["frobnicate"], "invalid choice"),
])
def test_bad_input_exits_2_with_a_message(args, message):
    result = run(*args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_events_and_endings_json(capsys):
    assert main(["events", "--scenario", TINY, "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    plot = events[0]
    assert set(plot) == {"id", "date", "title", "text", "options", "sources", "citations"}
    # Each citation names its document and the passage to look for (none in a bare-id file).
    assert plot["citations"] == [{"source": s, "locator": None} for s in plot["sources"]]
    assert plot["date"] == "1957-06"
    assert plot["options"][0] == {"id": "appeal", "label": "Call the Central Committee to Moscow.",
                                  "historical": True}
    assert events[2]["date"] is None
    assert main(["endings", "--scenario", TINY, "--json"]) == 0
    endings = json.loads(capsys.readouterr().out)
    assert endings == [{"id": "war", "title": "War"}, {"id": "ousted", "title": "Ousted"},
                       {"id": "survived", "title": "Survived"}]


def test_schema_is_a_json_schema_of_the_format(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Thaw scenario file"
    assert "ChangeEffect" in schema["$defs"] and "MeterCondition" in schema["$defs"]


def test_validate_good_file_exits_0():
    result = run("validate", TINY)
    assert result.returncode == 0
    assert "0 error(s)" in result.stdout


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("thaw ")


def key_for(world, seed: int, decision: str, option: str) -> str:
    """The number a player types for an option, as the game shows that seed's card."""
    from game.sim.engine import Game

    return str(Game(world, seed).shown_order(decision).index(option) + 1)


def test_text_play_to_an_ending_leaves_save_and_record(thaw_home, tiny_world):
    # Spring: end the season; summer: appeal; autumn: missiles, refuse; winter: end.
    appeal, refuse = key_for(tiny_world, 2, "plot", "appeal"), key_for(tiny_world, 2, "missiles",
                                                                        "no")
    result = run("play", "--text", "--scenario", TINY, "--seed", "2", "--player", "Anya",
                 stdin=f"\n{appeal}\n\n{refuse}\n\n\n\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "=== Summer 1957 ===" in out and "What changed:" in out
    assert "=== Survived" in out
    path = next((thaw_home / "runs").glob("tiny-seed2-Anya-*.json"))
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["finished"] and record["ending"]["id"] == "survived"
    assert record["player"] == "Anya"
    assert (thaw_home / "saves" / "autosave-tiny.json").exists()


def test_text_play_quits_cleanly_on_end_of_input(thaw_home):
    result = run("play", "--text", "--scenario", TINY, "--seed", "2", stdin="\n")
    assert result.returncode == 0
    assert "Saved." in result.stdout
    record = json.loads(next((thaw_home / "runs").glob("*.json")).read_text(encoding="utf-8"))
    assert not record["finished"] and record["ending"] is None


@pytest.mark.parametrize("content, message", [
    ("name: \"\\e[2Jcleared\"\nchoices: {}\n", "name: String should match pattern"),
    ("name: x\nchoices: {" + ", ".join(f"d{i}: o" for i in range(2001)) + "}\n",
     "choices: Dictionary should have at most 2000 items"),
    ("name: x\nchoices: {\"../x\": y}\n", "choices.../x.[key]: String should match pattern"),
    ("name: x\nfallback: first\npolicies: [{date: 1957-02-30, policy: a, option: b}]\n",
     "policies.0.date: Value error, not a real date"),
    ("name: x\nchoices: {plot: " + "9" * 50 + "}\n", "is too long"),
    ("name: " + "[" * 100 + "]" * 100 + "\n", "nested more than 64 levels deep"),
])
def test_a_damaged_strategy_file_is_one_message(tmp_path, capsys, content, message):
    strategy = tmp_path / "s.yaml"
    strategy.write_text(content, encoding="utf-8")
    assert main(["simulate", "--scenario", TINY, "--policy", str(strategy)]) == 2
    err = capsys.readouterr().err
    assert message in err and "s.yaml" in err and "Traceback" not in err


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs here")
def test_a_fifo_among_the_scenarios_or_as_a_strategy_never_blocks(thaw_home, tmp_path, capsys):
    import os

    folder = thaw_home / "scenarios"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "evil.yaml")  # `thaw scenarios` waited for ever for a writer
    assert main(["scenarios"]) == 0
    assert "evil" in capsys.readouterr().err
    os.mkfifo(tmp_path / "strategy.yaml")
    assert main(["simulate", "--scenario", TINY, "--policy", str(tmp_path / "strategy.yaml")]) == 2
    assert "not an ordinary file" in capsys.readouterr().err
