"""Reading YAML that a user hands us, safely.

PyYAML's event parser (libyaml where available) feeds a small composer of our own that builds
plain dicts, lists and scalars, and remembers the line of every value. Only the standard scalar
tags are accepted: `!!python/...` and other tags are refused. Size, depth, node count (alias
bombs), scalar length and number length are all capped, so a hostile file fails fast with a clear
message instead of eating the machine.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import yaml
from yaml import events as ev
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

try:
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

MAX_BYTES = 2_000_000
MAX_DEPTH = 64
MAX_NODES = 100_000
MAX_SCALAR = 20_000
MAX_NUMBER = 32

Path = tuple[str | int, ...]

_ALLOWED_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq",
}


@dataclass
class YamlProblem(Exception):
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return self.message


class _Scalars(SafeConstructor):
    """Builds one scalar by its resolved tag, with PyYAML's own rules for ints, floats, bools."""


class _Resolver(Resolver):
    """YAML 1.2's booleans: only true and false. `yes`, `no`, `on` and `off` stay text, so that
    an option may be called `no` without turning into False."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if not tag.endswith(":bool")]
        for first, resolvers in Resolver.yaml_implicit_resolvers.items()
    }


_resolver = _Resolver()
_resolver.add_implicit_resolver("tag:yaml.org,2002:bool",
                                re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                list("tTfF"))
_scalars = _Scalars()


def _short(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


def _scalar(event: ev.ScalarEvent):
    value = event.value
    if len(value) > MAX_SCALAR:
        raise YamlProblem(f"a text of {len(value)} characters is longer than {MAX_SCALAR}",
                          event.start_mark.line + 1)
    tag = event.tag
    if tag is None or tag == "!":
        tag = _resolver.resolve(ScalarNode, value, event.implicit)
    if tag not in _ALLOWED_TAGS or tag.endswith((":map", ":seq")):
        raise YamlProblem(f"the tag {event.tag or tag} is not allowed here",
                          event.start_mark.line + 1)
    node = ScalarNode(tag, value, event.start_mark, event.end_mark)
    if tag.endswith(":str"):
        return value
    if tag.endswith(":timestamp"):
        return value.strip()
    if tag.endswith((":int", ":float")) and len(value) > MAX_NUMBER:
        raise YamlProblem(f"the number {value[:20]}... is too long", event.start_mark.line + 1)
    try:
        if tag.endswith(":int"):
            return _scalars.construct_yaml_int(node)
        if tag.endswith(":float"):
            number = _scalars.construct_yaml_float(node)
            if not math.isfinite(number):
                raise YamlProblem(f"the number {value} is not finite", event.start_mark.line + 1)
            return number
        if tag.endswith(":bool"):
            return _scalars.construct_yaml_bool(node)
        return None
    except (ValueError, yaml.YAMLError) as error:
        raise YamlProblem(f"cannot read {value!r}: {error}", event.start_mark.line + 1) from None


_STR = "tag:yaml.org,2002:str"
_UNSEEN = object()


class _Composer:
    """Builds values from the list of parse events, depth first.

    Shaped for speed, as every scenario file passes through here at each start: a text key and
    a scalar value are handled inline, without a call to `build` (with the same checks and
    count); and the value of each plain scalar is remembered by its text, since a file repeats
    the same words (`type`, `change`, stat names, small numbers) thousands of times and working
    out a plain scalar's type takes a string of regular expressions.
    """

    def __init__(self) -> None:
        self.lines: dict[Path, int] = {}
        self.anchors: dict[str, list[ev.Event]] = {}
        self.nodes = 0
        self.plain: dict[str, object] = {}  # plain scalar text -> its value

    def _count(self, line: int) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise YamlProblem(f"more than {MAX_NODES} values (an alias bomb?)", line)

    def _scalar(self, event: ev.ScalarEvent):
        """`_scalar(event)`, with the common cases first: text, and plain scalars seen
        before."""
        tag = event.tag
        if tag is None or tag == "!":
            value = event.value
            if not event.implicit[0]:  # quoted or block text: the resolver makes it text
                if len(value) > MAX_SCALAR:
                    return _scalar(event)  # (raises)
                return value
            known = self.plain.get(value, _UNSEEN)
            if known is _UNSEEN:
                known = self.plain[value] = _scalar(event)
            return known
        return _scalar(event)

    def build(self, events: list[ev.Event], pos: int, path: Path, depth: int):
        """Builds the value starting at events[pos]; returns (value, next position)."""
        event = events[pos]
        line = event.start_mark.line + 1 if event.start_mark else None
        if depth > MAX_DEPTH:
            raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep", line)
        self._count(line or 0)
        lines = self.lines
        if path not in lines:
            lines[path] = line or 0
        start = pos
        kind = event.__class__
        if kind is ev.ScalarEvent:
            value, pos = self._scalar(event), pos + 1  # type: ignore[arg-type]
        elif kind is ev.MappingStartEvent:
            self._check_tag(event, ":map", line)
            value = {}
            pos += 1
            inner = depth + 1
            plain = self.plain
            while events[pos].__class__ is not ev.MappingEndEvent:
                key_event = events[pos]
                key_line = key_event.start_mark.line + 1
                if key_event.__class__ is ev.ScalarEvent and not key_event.anchor:
                    if inner > MAX_DEPTH:
                        raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep", key_line)
                    self.nodes += 1
                    if self.nodes > MAX_NODES:
                        self._count(key_line)  # (raises)
                    # A plain key seen before (nearly all keys are): `_scalar` inline.
                    key = (plain.get(key_event.value, _UNSEEN)
                           if key_event.implicit[0] and key_event.tag is None else _UNSEEN)
                    if key is _UNSEEN:
                        key = self._scalar(key_event)
                    pos += 1
                else:
                    key, pos = self.build(events, pos, (*path, "\0key"), inner)
                if not isinstance(key, str):
                    raise YamlProblem(f"a key must be text, not {key!r}", key_line)
                if key in value:
                    raise YamlProblem(f"the key {key!r} appears twice", key_line)
                item_path = (*path, key)
                lines[item_path] = key_line
                item_event = events[pos]
                if item_event.__class__ is ev.ScalarEvent and not item_event.anchor:
                    # (its path already has a line: the key's)
                    if inner > MAX_DEPTH:
                        raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep",
                                          item_event.start_mark.line + 1)
                    self.nodes += 1
                    if self.nodes > MAX_NODES:
                        self._count(item_event.start_mark.line + 1)  # (raises)
                    value[key], pos = self._scalar(item_event), pos + 1
                else:
                    value[key], pos = self.build(events, pos, item_path, inner)
            pos += 1
        elif kind is ev.SequenceStartEvent:
            self._check_tag(event, ":seq", line)
            value = []
            pos += 1
            inner = depth + 1
            while events[pos].__class__ is not ev.SequenceEndEvent:
                item, pos = self.build(events, pos, (*path, len(value)), inner)
                value.append(item)
            pos += 1
        elif kind is ev.AliasEvent:
            span = self.anchors.get(event.anchor)
            if span is None:
                raise YamlProblem(f"unknown alias *{event.anchor}", line)
            value, _ = self.build(span, 0, path, depth + 1)
            return value, pos + 1
        else:
            raise YamlProblem(f"unexpected {type(event).__name__}", line)
        anchor = event.anchor
        if anchor:
            self.anchors[anchor] = events[start:pos]
        return value, pos

    @staticmethod
    def _check_tag(event, kind: str, line: int | None) -> None:
        if event.tag not in (None, "!") and not (event.tag.startswith("tag:yaml.org,2002:")
                                                and event.tag.endswith(kind)):
            raise YamlProblem(f"the tag {_short(event.tag)} is not allowed here", line)


def load(data: bytes) -> tuple[object, dict[Path, int]]:
    """Parses one YAML document from bytes into (value, line of each path); raises
    YamlProblem."""
    if len(data) > MAX_BYTES:
        raise YamlProblem(f"the file is {len(data):,} bytes; the limit is {MAX_BYTES:,}")
    if b"\0" in data:
        raise YamlProblem("the file is binary, not YAML text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise YamlProblem(f"the file is not UTF-8 text (byte {error.start})") from None
    events: list[ev.Event] = []
    documents: list[int] = []  # where each document starts
    append = events.append
    # The parser is driven directly (`yaml.parse` wraps the same calls in a generator), and
    # scalars, half of all events, are let through first.
    parser = _Parser(text)
    get = parser.get_event
    try:
        depth = 0
        while True:
            event = get()
            if event is None:
                break
            kind = event.__class__
            if kind is not ev.ScalarEvent:
                if kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                    depth += 1
                    if depth > MAX_DEPTH:
                        raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep",
                                          event.start_mark.line + 1)
                elif kind is ev.MappingEndEvent or kind is ev.SequenceEndEvent:
                    depth -= 1
                elif kind is ev.DocumentStartEvent:
                    documents.append(len(events))
            append(event)
            if len(events) > MAX_NODES * 2:
                raise YamlProblem(f"more than {MAX_NODES} values")
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        raise YamlProblem(f"not valid YAML: {error.problem}", mark.line + 1 if mark else None) \
            from None
    except yaml.YAMLError as error:
        raise YamlProblem(f"not valid YAML: {error}") from None
    finally:
        parser.dispose()
    if len(documents) != 1:
        raise YamlProblem("a file holds exactly one YAML document"
                          if documents else "the file is empty")
    composer = _Composer()
    value, _ = composer.build(events, documents[0] + 1, (), 0)
    return value, composer.lines
