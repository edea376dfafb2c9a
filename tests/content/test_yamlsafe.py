"""The YAML reader, directly: plain data only, YAML 1.2's numbers and booleans, the line of every
value, duplicate keys refused, anchors bound where they are defined, exact tags, and limits that
stop a hostile file without calling a large honest one an attack."""

import pytest

from game.content import yamlsafe
from game.content.yamlsafe import YamlProblem, load


def value(text: str | bytes):
    return load(text if isinstance(text, bytes) else text.encode())[0]


def problem(text: str | bytes) -> YamlProblem:
    with pytest.raises(YamlProblem) as error:
        load(text if isinstance(text, bytes) else text.encode())
    return error.value


@pytest.mark.parametrize("text, expected", [
    ("017", 17),  # YAML 1.1 read 15 (octal)
    ("0o17", 15),
    ("0x1F", 31),
    ("-42", -42),
    ("+12", 12),
    ("1:30", "1:30"),  # YAML 1.1 read 90 (base 60)
    ("190:20:30", "190:20:30"),
    ("1_000", "1_000"),  # YAML 1.1 read 1000
    ("0b101", "0b101"),  # YAML 1.1 read 5
    ("1e3", 1000.0),  # PyYAML's 1.1 read text
    ("1.5e3", 1500.0),
    ("2.5", 2.5),
    (".5", 0.5),
    ("yes", "yes"),
    ("no", "no"),
    ("on", "on"),
    ("true", True),
    ("False", False),
    ("null", None),
    ("~", None),
    ("1957-06", "1957-06"),
    ("1957-06-01", "1957-06-01"),  # dates stay text: the calendar reads them
])
def test_numbers_booleans_and_dates_read_as_yaml_1_2(text, expected):
    found = value(f"x: {text}\n")["x"]
    assert found == expected and type(found) is type(expected)


@pytest.mark.parametrize("text", [".inf", "-.inf", ".nan", "1e400"])
def test_numbers_that_are_not_finite_are_refused(text):
    assert "not finite" in problem(f"x: {text}\n").message


def test_every_value_has_its_line():
    data, lines = load(b"format: 1\nscenario:\n  id: x\n  list:\n    - a\n    - {b: 2}\n")
    assert data == {"format": 1, "scenario": {"id": "x", "list": ["a", {"b": 2}]}}
    assert lines[("format",)] == 1 and lines[("scenario",)] == 2
    assert lines[("scenario", "id")] == 3
    assert lines[("scenario", "list", 0)] == 5 and lines[("scenario", "list", 1, "b")] == 6


def test_a_key_twice_is_refused_with_its_line():
    found = problem("a: 1\nb: 2\na: 3\n")
    assert found.message == "the key 'a' appears twice" and found.line == 3


def test_keys_are_text():
    assert "a key must be text" in problem("1: x\n").message


def test_anchors_and_aliases_are_plain_copies():
    data = value("a: &x {k: [1, 2]}\nb: *x\n")
    assert data == {"a": {"k": [1, 2]}, "b": {"k": [1, 2]}}
    assert data["a"] is not data["b"]  # changing one never changes the other


def test_an_alias_means_what_its_anchor_meant_where_it_was_defined():
    """An anchor named again later does not change what an earlier anchor already holds."""
    data = value("x: &a 1\ny: &b [*a]\nz: &a 2\nw: *b\n")
    assert data == {"x": 1, "y": [1], "z": 2, "w": [1]}


def test_an_unknown_alias_is_refused():
    assert "unknown alias *nope" in problem("a: *nope\n").message


@pytest.mark.parametrize("tag", [
    "!!python/object/apply:os.system", "!!python/name:seq", "!!python/tuple:seq",
    "!!python/dict:map", "!!set", "!!omap", "!!binary", "!custom",
    "tag:yaml.org,2002:python/x:seq",
])
def test_only_the_plain_tags_are_allowed(tag):
    for node in ("[1, 2]", "{a: 1}", "text"):
        found = problem(f"x: !<{tag}> {node}\n" if tag.startswith("tag:") else
                        f"x: {tag} {node}\n")
        assert "is not allowed" in found.message and found.line == 1


def test_the_plain_tags_are_allowed():
    assert value("x: !!str 17\ny: !!int 017\nz: !!seq [1]\nw: !!map {a: 1}\n") == \
        {"x": "17", "y": 17, "z": [1], "w": {"a": 1}}


def test_an_alias_bomb_is_stopped_and_called_one():
    levels = zip("abcdefg", "bcdefgh", strict=True)
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in levels)
    found = problem(bomb)
    assert "alias bomb" in found.message


def test_a_large_honest_file_is_read_or_refused_for_its_size_never_called_a_bomb():
    many = "items:\n" + "".join(f"  - {{id: item-{i}, n: {i}}}\n" for i in range(60_000))
    assert len(many.encode()) < yamlsafe.MAX_BYTES
    assert len(value(many)["items"]) == 60_000
    just_under = "[" + "1," * (yamlsafe.MAX_BYTES // 2 - 10) + "1]"
    assert len(value(just_under)) == yamlsafe.MAX_BYTES // 2 - 9
    over = "[" + "1," * (yamlsafe.MAX_BYTES // 2) + "1]"
    assert problem(over).message == f"the file is {len(over):,} bytes; the limit is " \
                                    f"{yamlsafe.MAX_BYTES:,}"


def test_nesting_is_capped_with_the_same_words_wherever_it_happens():
    deep_flow = "x: " + "[" * (yamlsafe.MAX_DEPTH + 5) + "]" * (yamlsafe.MAX_DEPTH + 5) + "\n"
    deep_block = "".join("  " * i + f"k{i}:\n" for i in range(yamlsafe.MAX_DEPTH + 5)) + \
        "  " * (yamlsafe.MAX_DEPTH + 5) + "end\n"
    anchored = "a: &a " + "[" * (yamlsafe.MAX_DEPTH - 2) + "1" + "]" * (yamlsafe.MAX_DEPTH - 2) + \
        "\nb: [[[[*a]]]]\n"
    for text in (deep_flow, deep_block, anchored):
        assert problem(text).message == f"nested more than {yamlsafe.MAX_DEPTH} levels deep"


def test_utf16_is_text_and_binary_is_binary():
    text = "format: 1\nname: Хрущёв\n"
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        assert value(text.encode(encoding) if encoding == "utf-16" else
                     "\ufeff".encode(encoding) + text.encode(encoding)) == \
            {"format": 1, "name": "Хрущёв"}
    assert value(b"\xef\xbb\xbf" + text.encode()) == {"format": 1, "name": "Хрущёв"}
    assert problem(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").message == \
        "the file is binary, not YAML text"


def test_limits():
    assert "is longer than" in problem("x: " + "a" * (yamlsafe.MAX_SCALAR + 1)).message
    assert "is too long" in problem("x: " + "9" * (yamlsafe.MAX_NUMBER + 1)).message
    assert "the limit is" in problem(b"#" * (yamlsafe.MAX_BYTES + 1)).message
    assert "exactly one YAML document" in problem("a: 1\n---\nb: 2\n").message
    assert problem("").message == "the file is empty"


def test_the_authors_guide_states_the_readers_limits():
    from pathlib import Path

    guide = Path(__file__).parent.parent.parent / "docs" / "authoring.md"
    guide = guide.read_text(encoding="utf-8")
    assert f"nesting {yamlsafe.MAX_DEPTH} deep" in guide
    assert f"{yamlsafe.MAX_BYTES // 1_000_000} MB" in guide
    assert f"texts of {yamlsafe.MAX_SCALAR:,} characters" in guide
    assert f"{yamlsafe.MAX_ALIASED:,} values added by aliases" in guide
