"""A thousand damaged run records, made by a seeded mutator from real ones, go through every
command that reads a handed-in record: `report`, `class-report`, `whatif` and `simulate --from`.
Whatever a file holds, the command exits 0 or 2 (never a traceback), prints no NaN in JSON and
no control character to the terminal, and the class report is always written.
"""

import functools
import json
import os
import random

import pytest
from classroom_helpers import LESSON

from game import cli

MUTANTS = int(os.environ.get("THAW_FUZZ_MUTANTS", "1000"))
BATCH = 50  # records per class folder


def _nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


# What a value may be replaced with: wrong types, nulls, huge and odd numbers, control
# characters, long texts, deep nesting.
REPLACEMENTS = (
    None, True, False, 0, -1, 2 ** 31, 10 ** 30, 1e308, -1e308, 0.5, "", "x", "0", "1957-02-30",
    "\x1b[2J\x1b]0;owned\x07", "\u202e\u0000\u009b", "a" * 100_000, [], {}, [None], {"id": None},
    [1, "two", None], {"turn": "1"}, _nested(40), "DEEP", "../../etc/passwd",
    r"\\server\share\x.yaml", "NaN",
)
DEEP = "[" * 3000 + "]" * 3000  # written into the text: no JSON writer goes this deep


def _paths(value, path=()):
    """Every place in a JSON value, down to a depth: (path to it, its value)."""
    yield path, value
    if len(path) > 12:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*path, i))


def _set(root, path, value):
    if not path:
        return value
    parent = root
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return root


def _delete(root, path):
    parent = root
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    return root


def mutate(record: dict, rng: random.Random) -> bytes:
    """One damaged copy of `record`, as the bytes of a file."""
    data = json.loads(json.dumps(record))
    for _ in range(rng.choice((1, 1, 2, 3))):
        places = list(_paths(data))
        path, value = rng.choice(places)
        action = rng.random()
        if action < 0.55 or not path:
            data = _set(data, path, rng.choice(REPLACEMENTS))
        elif action < 0.7:
            data = _delete(data, path)
        elif action < 0.8 and isinstance(value, list) and value:
            value.extend(value * rng.randint(1, 3))
        elif action < 0.9 and isinstance(value, dict):
            value[rng.choice(("extra", "turn", "id", "cmd", "\x1b"))] = rng.choice(REPLACEMENTS)
        else:
            data = _set(data, path, type(value)() if value is not None else 0)
    text = json.dumps(data, allow_nan=True).replace('"DEEP"', DEEP)
    raw = rng.random()
    if raw < 0.05:
        text = text.replace("0", "NaN", 1)
    elif raw < 0.1:
        text = text.replace("1", "-Infinity", 1)
    elif raw < 0.13:
        text = text.replace('"seed": ', '"seed": ' + "7" * 5000 + ', "x": ', 1)
    elif raw < 0.16:
        text = text[: rng.randrange(len(text))]
    elif raw < 0.18:
        text = text.replace(",", ",\x00", 1)
    data_bytes = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.1:
        data_bytes = b"\xef\xbb\xbf" + data_bytes
    return data_bytes


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("originals")
    assert cli.main(["simulate", "--scenario", str(LESSON), "--policy", "random", "--runs", "4",
                     "--seed", "70", "--record-dir", str(folder)]) == 0
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


@pytest.fixture
def one_world(monkeypatch):
    """The lesson is read once, not for every command: the records are what is under test."""
    monkeypatch.setattr(cli, "_world", functools.lru_cache(maxsize=None)(cli._world))


def _run(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    captured = capsys.readouterr()
    assert code in (0, 2), (argv, captured.err[-2000:])
    assert "Traceback" not in captured.err
    assert not any(ch in captured.out for ch in "\x1b\x07\x9b\u202e\x00"), argv
    return code, captured.out, captured.err


def test_a_thousand_damaged_records(tmp_path, originals, capsys, one_world):
    rng = random.Random(1953)
    lesson = ["--scenario", str(LESSON)]
    codes = {0: 0, 2: 0}
    for batch in range(MUTANTS // BATCH):
        folder = tmp_path / f"class-{batch}"
        folder.mkdir()
        for i in range(BATCH):
            path = folder / f"{i:03}.json"
            path.write_bytes(mutate(rng.choice(originals), rng))
            for argv in (["report", str(path), *lesson],
                         ["whatif", str(path), "--flip", "1", *lesson],
                         ["simulate", "--from", str(path), "--at", "1", "--runs", "2", *lesson]):
                code, _, _ = _run(capsys, argv)
                codes[code] += 1
        code, out, _ = _run(capsys, ["class-report", str(folder), "--json", "--names", *lesson])
        assert code == 0
        report = json.loads(out, parse_constant=lambda c: pytest.fail(f"{c} in --json"))
        runs = report["runs"] + sum(g["runs"] for g in report["other_groups"])
        assert runs + len(report["unreadable"]) + len(report["duplicates"]) == BATCH
        page = tmp_path / f"class-{batch}.html"
        assert _run(capsys, ["class-report", str(folder), "--html", str(page), *lesson])[0] == 0
        assert page.stat().st_size > 0
        assert _run(capsys, ["class-report", str(folder), *lesson])[0] == 0
    # The mutator is not too gentle nor too rough: both kinds of answer come up often.
    assert codes[0] > 0.3 * MUTANTS and codes[2] > MUTANTS, codes
