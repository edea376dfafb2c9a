"""Reading YAML that a user hands us, safely.

PyYAML's event parser (libyaml where available) feeds a small composer of our own that builds
plain dicts, lists and scalars, and remembers the line of every value. Only the plain tags are
accepted (text, numbers, booleans, null, dates, lists and mappings, named exactly): `!!python/...`
and every other tag are refused. Scalars are read as YAML 1.2 reads them: `017` is 17, `1:30`
and `1_000` are text, `yes` and `no` are text, `1e3` is a number.

Limits: the size of the file, the depth of nesting, the length of a text or a number, and how
much aliases may add (an alias bomb). The number of values in a file is bounded by its size.
An anchor holds the value it had where it was defined; an alias is a copy of that value.
A UTF-8 or UTF-16 file with or without a byte-order mark is text; a file with NUL bytes that is
not UTF-16 is binary.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass

import yaml
from yaml import events as ev

try:
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

MAX_BYTES = 2_000_000
MAX_DEPTH = 64
MAX_ALIASED = 100_000  # values that aliases may add to a file
MAX_SCALAR = 20_000
MAX_NUMBER = 32

Path = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP = (
    _TAG + kind for kind in ("str", "int", "float", "bool", "null", "timestamp"))
_MAP, _SEQ = _TAG + "map", _TAG + "seq"

# YAML 1.2's core schema, tried in this order on a plain scalar; what matches none is text.
# Dates (`1957-06-01`) stay text: the calendar reads them.
_PLAIN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (_NULL, re.compile(r"^(?:~|null|Null|NULL|)$")),
    (_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")),
    (_INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")),
    (_FLOAT, re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")),
)


@dataclass
class YamlProblem(Exception):
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return self.message


def _short(tag: str) -> str:
    return tag.replace(_TAG, "!!")


def _line(event: ev.Event) -> int:
    return event.start_mark.line + 1 if event.start_mark else 0


def _resolve(value: str) -> str:
    for tag, pattern in _PLAIN:
        if pattern.match(value):
            return tag
    return _STR


def _number(tag: str, value: str, line: int) -> int | float:
    """A scalar that `_resolve` found to be an int or a float, as one."""
    if len(value) > MAX_NUMBER:
        raise YamlProblem(f"the number {value[:20]}... is too long", line)
    if tag == _INT:
        text = value.lstrip("+")
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return int(text, 10)
    number = math.inf if value.lstrip("+-").lower() in (".inf", ".nan") else float(value)
    if not math.isfinite(number):
        raise YamlProblem(f"the number {value} is not finite", line)
    return number


def _scalar(event: ev.ScalarEvent):
    """One scalar, by its tag (given, or resolved as YAML 1.2 does)."""
    value = event.value
    line = _line(event)
    if len(value) > MAX_SCALAR:
        raise YamlProblem(f"a text of {len(value)} characters is longer than {MAX_SCALAR}", line)
    tag = event.tag
    if tag is None or tag == "!":
        tag = _resolve(value) if event.implicit[0] else _STR
    if tag == _STR:
        return value
    if tag == _TIMESTAMP:
        return value.strip()
    found = _resolve(value)
    if tag == _INT or tag == _FLOAT:
        if found != _INT and found != _FLOAT or tag == _INT and found == _FLOAT:
            kind = "a whole number" if tag == _INT else "a number"
            raise YamlProblem(f"cannot read {value!r} as {kind}", line)
        number = _number(found, value, line)
        return float(number) if tag == _FLOAT else number
    if tag == _BOOL and found == _BOOL:
        return value.lower() == "true"
    if tag == _NULL and found == _NULL:
        return None
    if tag in (_BOOL, _NULL):
        raise YamlProblem(f"cannot read {value!r} as {_short(tag)}", line)
    raise YamlProblem(f"the tag {_short(tag)} is not allowed here", line)


_UNSEEN = object()


class _Composer:
    """Builds values from the list of parse events, depth first.

    The parse has already checked the nesting of every list and mapping; what is checked here is
    what aliases add (their depth where they are used, and how many values they copy).

    Shaped for speed, as every scenario file passes through here at each start: scalars without
    an anchor are built inline, and the value of each plain scalar is remembered by its text,
    since a file repeats the same words (`type`, `change`, stat names, small numbers) thousands of
    times and working out a plain scalar's type takes a string of regular expressions.
    """

    def __init__(self, events: list[ev.Event]) -> None:
        self.events = events
        self.lines: dict[Path, int] = {}
        self.anchors: dict[str, tuple[object, int, int]] = {}  # name -> (value, values, depth)
        self.aliased = 0  # values added by aliases
        self.plain: dict[str, object] = {}  # plain scalar text -> its value

    def scalar(self, event: ev.ScalarEvent):
        if event.tag is None and event.implicit[0]:
            known = self.plain.get(event.value, _UNSEEN)
            if known is _UNSEEN:
                known = self.plain[event.value] = _scalar(event)
            return known
        return _scalar(event)

    @staticmethod
    def check_tag(event, wanted: str) -> None:
        if event.tag not in (None, "!", wanted):  # exactly !!map or !!seq, nothing like them
            raise YamlProblem(f"the tag {_short(event.tag)} is not allowed here", _line(event))

    def alias(self, event: ev.AliasEvent, depth: int) -> tuple[object, int, int]:
        found = self.anchors.get(event.anchor)
        if found is None:
            raise YamlProblem(f"unknown alias *{event.anchor}", _line(event))
        value, count, below = found
        check_depth(depth + below, event)
        self.aliased += count
        if self.aliased > MAX_ALIASED:
            raise YamlProblem(f"aliases add more than {MAX_ALIASED:,} values (an alias bomb?)",
                              _line(event))
        return copy.deepcopy(value), count, below

    def build(self, pos: int, path: Path, depth: int) -> tuple[object, int, int, int]:
        """The value starting at events[pos]: (value, next position, how many values it holds,
        how deep it goes below `depth`)."""
        event = self.events[pos]
        kind = event.__class__
        if path not in self.lines:
            self.lines[path] = event.start_mark.line + 1
        if kind is ev.AliasEvent:
            value, count, below = self.alias(event, depth)  # type: ignore[arg-type]
            return value, pos + 1, count, below
        if kind is ev.ScalarEvent:
            value, pos, count, below = self.scalar(event), pos + 1, 1, 0  # type: ignore[arg-type]
        elif kind is ev.MappingStartEvent:
            self.check_tag(event, _MAP)
            value, pos, count, below = self.mapping(pos + 1, path, depth)
        elif kind is ev.SequenceStartEvent:
            self.check_tag(event, _SEQ)
            value, pos, count, below = self.sequence(pos + 1, path, depth)
        else:
            raise YamlProblem(f"unexpected {kind.__name__}", _line(event))
        if event.anchor:  # bound here, to the value as it is here
            self.anchors[event.anchor] = (value, count, below)
        return value, pos, count, below

    def mapping(self, pos: int, path: Path, depth: int) -> tuple[dict, int, int, int]:
        """A mapping whose first key is at events[pos], as `build` returns it."""
        events, lines, scalar = self.events, self.lines, self.scalar
        value: dict = {}
        count, below = 1, 0
        while events[pos].__class__ is not ev.MappingEndEvent:
            key_event = events[pos]
            key_line = key_event.start_mark.line + 1
            if key_event.__class__ is ev.ScalarEvent and not key_event.anchor:
                key, pos = scalar(key_event), pos + 1
            else:
                key, pos, _, _ = self.build(pos, (*path, "\0key"), depth + 1)
            if not isinstance(key, str):
                raise YamlProblem(f"a key must be text, not {key!r}", key_line)
            if key in value:
                raise YamlProblem(f"the key {key!r} appears twice", key_line)
            item_path = (*path, key)
            lines[item_path] = key_line
            item = events[pos]
            if item.__class__ is ev.ScalarEvent and not item.anchor:
                value[key], pos = scalar(item), pos + 1
                count += 2
            else:
                value[key], pos, n, deep = self.build(pos, item_path, depth + 1)
                count, below = count + 1 + n, max(below, deep + 1)
        return value, pos + 1, count, below

    def sequence(self, pos: int, path: Path, depth: int) -> tuple[list, int, int, int]:
        """A list whose first item is at events[pos], as `build` returns it."""
        events, lines, scalar = self.events, self.lines, self.scalar
        value: list = []
        count, below = 1, 0
        while events[pos].__class__ is not ev.SequenceEndEvent:
            item = events[pos]
            if item.__class__ is ev.ScalarEvent and not item.anchor:
                lines[(*path, len(value))] = item.start_mark.line + 1
                value.append(scalar(item))
                pos += 1
                count += 1
            else:
                built, pos, n, deep = self.build(pos, (*path, len(value)), depth + 1)
                value.append(built)
                count, below = count + n, max(below, deep + 1)
        return value, pos + 1, count, below


def check_depth(depth: int, event: ev.Event) -> None:
    """The one check of nesting: in the parse for lists and mappings, here for aliases."""
    if depth > MAX_DEPTH:
        raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep", _line(event))


def _decode(data: bytes) -> str:
    """The text of a file: UTF-8 (a byte-order mark allowed), or UTF-16 or UTF-32 with a
    byte-order mark or in the pattern of NULs that UTF-16 text has."""
    boms = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
            (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"))
    encoding = next((name for bom, name in boms if data.startswith(bom)), None)
    if encoding is None and b"\0" in data:
        if len(data) % 2 == 0 and data[1::2].count(0) > len(data) // 4:
            encoding = "utf-16-le"
        elif len(data) % 2 == 0 and data[0::2].count(0) > len(data) // 4:
            encoding = "utf-16-be"
        else:
            raise YamlProblem("the file is binary, not YAML text")
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as error:
        raise YamlProblem(f"the file is not {(encoding or 'UTF-8').upper()} text (byte "
                          f"{error.start})") from None
    if "\0" in text:
        raise YamlProblem("the file is binary, not YAML text")
    return text


def _parse(text: str) -> tuple[list[ev.Event], list[int]]:
    """The parse events of `text` and where each document starts. Nesting is checked here too,
    before anything is built."""
    events: list[ev.Event] = []
    documents: list[int] = []
    append = events.append
    parser = _Parser(text)
    get = parser.get_event
    opening, closing = (ev.MappingStartEvent, ev.SequenceStartEvent), \
        (ev.MappingEndEvent, ev.SequenceEndEvent)
    try:
        depth = 0
        while True:
            event = get()
            if event is None:
                break
            kind = event.__class__
            if kind is not ev.ScalarEvent:  # half of all events: let them through first
                if kind in opening:
                    depth += 1
                    check_depth(depth, event)
                elif kind in closing:
                    depth -= 1
                elif kind is ev.DocumentStartEvent:
                    documents.append(len(events))
            append(event)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        raise YamlProblem(f"not valid YAML: {error.problem}", mark.line + 1 if mark else None) \
            from None
    except yaml.YAMLError as error:
        raise YamlProblem(f"not valid YAML: {error}") from None
    finally:
        parser.dispose()
    return events, documents


def load(data: bytes) -> tuple[object, dict[Path, int]]:
    """Parses one YAML document from bytes into (value, line of each path); raises
    YamlProblem."""
    if len(data) > MAX_BYTES:
        raise YamlProblem(f"the file is {len(data):,} bytes; the limit is {MAX_BYTES:,}")
    events, documents = _parse(_decode(data))
    if len(documents) != 1:
        raise YamlProblem("a file holds exactly one YAML document"
                          if documents else "the file is empty")
    composer = _Composer(events)
    value, _, _, _ = composer.build(documents[0] + 1, (), 0)
    return value, composer.lines
