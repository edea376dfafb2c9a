"""Loading scenario and reference files: safe YAML, then the pydantic models, then the linter.

Every problem in every file is collected before anything is reported, each naming its file, the
dotted path to the value, the line, and a "did you mean" where an id or field is mistyped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError

from game.content import yamlsafe
from game.content.models import (
    FORMAT_VERSION,
    Act,
    Ending,
    Event,
    ReferenceFile,
    Rule,
    ScenarioFile,
    ScenarioInfo,
)
from game.content.problems import ContentError, Problem, did_you_mean, show
from game.content.prose import Fact
from game.storage import Unreadable, read_bytes

Lines = dict[tuple, int]


@dataclass
class SourceFile:
    """One file as read: where it is, its lines, its model (None if it did not validate)."""

    path: Path
    name: str
    lines: Lines
    model: BaseModel | None

    def line(self, loc: tuple) -> int | None:
        """The line of a location in the file, or of the nearest location above it."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get(())


@dataclass
class Scenario:
    """A whole scenario, merged from its files, with where each part came from."""

    info: ScenarioInfo
    events: list[Event]
    rules: list[Rule]
    endings: list[Ending]
    files: list[SourceFile]
    content_hash: str
    facts: list[Fact] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)
    # (section, index in merged list) -> (file, index in that file's list)
    origin: dict[tuple[str, int], tuple[SourceFile, int]] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def id(self) -> str:
        """The scenario's id, from its header."""
        return self.info.id

    def where(self, section: str, index: int, *rest: str | int) -> tuple[str, str, int | None]:
        """(file name, dotted path, line) of a part of the merged scenario."""
        if section == "scenario":
            header = next(f for f in self.files if getattr(f.model, "scenario", None))
            loc = ("scenario", *rest)
            return header.name, dotted(loc), header.line(loc)
        source, i = self.origin[(section, index)]
        loc = (section, i, *rest)
        return source.name, dotted(loc), source.line(loc)


# The parts of a scenario that may stand in any of its files, merged in file order.
SECTIONS = ("facts", "acts", "events", "rules", "endings")


def dotted(loc: tuple) -> str:
    """A location as a dotted path (`events.3.options.0.label`)."""
    return ".".join(str(part) for part in loc)


def _display_name(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# --- pydantic errors into problems ----------------------------------------------------------

def _all_field_names(model: type[BaseModel], seen: set | None = None) -> set[str]:
    seen = seen if seen is not None else set()
    if model in seen:
        return set()
    seen.add(model)
    names = set(model.model_fields)
    for f in model.model_fields.values():
        for inner in _types_in(f.annotation):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                names |= _all_field_names(inner, seen)
    return names


def _types_in(annotation: Any) -> list:
    found = [annotation]
    for arg in get_args(annotation):
        found.extend(_types_in(arg))
    if get_origin(annotation) is not None:
        found.append(get_origin(annotation))
    return found


_FIELDS: set[str] | None = None


def _field_names() -> set[str]:
    global _FIELDS
    if _FIELDS is None:
        _FIELDS = _all_field_names(ScenarioFile) | _all_field_names(ReferenceFile)
    return _FIELDS


def _clean_loc(loc: tuple, data: Any) -> tuple:
    """Drops the union tags pydantic puts in a location: `effects.0.change.stat` becomes
    `effects.0.stat`."""
    clean: list = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part not in node and node.get("type") == part:
            continue
        if isinstance(part, str) and part.startswith(("function-", "tagged-union[")):
            continue
        if isinstance(node, str) and isinstance(part, str):
            continue  # a bare source id, read as {source: id}: the path ends at the id
        clean.append(part)
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            node = None
    return tuple(clean)


def _message(error: dict) -> tuple[str, str | None]:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind == "missing":
        return "missing", None
    if kind == "extra_forbidden":
        name = error["loc"][-1]
        return f"unknown field {name!r}{did_you_mean(name, _field_names())}", None
    if kind == "union_tag_invalid":
        expected = [t.strip().strip("'") for t in str(ctx.get("expected_tags", "")).split(",")]
        tag = ctx.get("tag")
        return (f"unknown type {tag!r}{did_you_mean(tag, expected)} (known: {', '.join(expected)})",
                None)
    if kind == "union_tag_not_found":
        return "needs a `type` naming its kind", None
    if kind == "literal_error":
        expected = [t.strip().strip("'") for t in
                    str(ctx.get("expected", "")).replace(" or ", ", ").split(",")]
        hint = did_you_mean(value, expected) if isinstance(value, str) else ""
        return f"must be one of {', '.join(expected)}{hint}", show(value)
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    shown = None if isinstance(value, (dict, list)) else show(value)
    return message[0].lower() + message[1:], shown


def _validation_problems(error: ValidationError, data: Any, source: SourceFile) -> list[Problem]:
    problems = []
    for item in error.errors():
        loc = _clean_loc(tuple(item["loc"]), data)
        message, value = _message(item)
        problems.append(Problem(source.name, dotted(loc), message, value, source.line(loc)))
    return problems


# --- reading files --------------------------------------------------------------------------

def read_file(path: Path) -> tuple[SourceFile, list[Problem]]:
    """Reads and validates one file as a scenario file or a reference file."""
    source, problems, _ = _read_file(path)
    return source, problems


def _read_file(path: Path) -> tuple[SourceFile, list[Problem], bytes | None]:
    """`read_file`, and the bytes read (None if the file could not be read)."""
    name = _display_name(path)
    source = SourceFile(path, name, {}, None)
    try:  # an ordinary file only: a FIFO dropped among the scenarios would block for ever
        raw = read_bytes(path, limit=yamlsafe.MAX_BYTES)
    except Unreadable as error:
        return source, [Problem(name, "", f"cannot read the file: {error}")], None
    source, problems = _parse_file(source, raw)
    return source, problems, raw


def _parse_file(source: SourceFile, raw: bytes) -> tuple[SourceFile, list[Problem]]:
    name = source.name
    try:
        data, source.lines = yamlsafe.load(raw)
    except yamlsafe.YamlProblem as problem:
        return source, [Problem(name, "", problem.message, None, problem.line)]
    if not isinstance(data, dict):
        return source, [Problem(name, "", "the file must be a mapping of `format:`, `scenario:`, "
                                          "`events:`... (or `reference: true` for a glossary)",
                                None, 1)]
    version = data.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        return source, [Problem(name, "format", f"this file is format {version}; this version of "
                                                f"the game reads format {FORMAT_VERSION} at most "
                                                f"(update the game)", show(version),
                                source.line(("format",)))]
    model_type = ReferenceFile if "reference" in data else ScenarioFile
    try:
        source.model = model_type.model_validate(data)
    except ValidationError as error:
        return source, _validation_problems(error, data, source)
    return source, []


def _scenario_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return [path]


def load_scenario(path: Path, *, lint: bool = True) -> Scenario:
    """A scenario from one file or a folder of files. Raises ContentError with every problem."""
    path = Path(path)
    sources, content_hash = _read_scenario_files(path)
    headers = [s for s in sources if s.model.scenario is not None]  # type: ignore[union-attr]
    if len(headers) != 1:
        where = _display_name(path) if not headers else ", ".join(h.name for h in headers)
        raise ContentError([Problem(where, "scenario", "a scenario has exactly one `scenario:` "
                                                       f"header; found {len(headers)}")])
    scenario = Scenario(headers[0].model.scenario, [], [], [], sources,  # type: ignore[union-attr]
                        content_hash)
    for source in sources:
        for section in SECTIONS:
            merged = getattr(scenario, section)
            for i, item in enumerate(getattr(source.model, section)):
                scenario.origin[(section, len(merged))] = (source, i)
                merged.append(item)
    if lint:
        # lazy: a cycle (the linter imports this module)
        from game.content.lint import lint_scenario

        found = lint_scenario(scenario)
        errors = [p for p in found if p.severity == "error"]
        scenario.warnings = [p for p in found if p.severity == "warning"]
        if errors:
            raise ContentError(errors + scenario.warnings)
    return scenario


def _read_scenario_files(path: Path) -> tuple[list[SourceFile], str]:
    """Every file of a scenario, read and validated, and the hash of their bytes (the content
    hash saves and records carry). Raises ContentError with every problem of every file."""
    files = _scenario_files(path)
    name = _display_name(path)
    if not path.exists():
        raise ContentError([Problem(name, "", "no such file or folder")])
    if not files:
        raise ContentError([Problem(name, "", "the folder holds no .yaml files")])
    problems: list[Problem] = []
    sources: list[SourceFile] = []
    digest = hashlib.sha256()
    for file in files:
        source, found, raw = _read_file(file)
        problems.extend(found)
        sources.append(source)
        if raw is not None:
            digest.update(file.name.encode() + b"\0" + raw + b"\0")
        if source.model is not None and not isinstance(source.model, ScenarioFile):
            problems.append(Problem(source.name, "reference",
                                    "a reference file is not part of a scenario"))
    if problems:
        raise ContentError(problems)
    return sources, digest.hexdigest()[:16]


def load_reference(path: Path) -> ReferenceFile:
    """The glossary and people from a reference file. Raises ContentError with every problem."""
    source, problems = read_file(Path(path))
    if not problems and not isinstance(source.model, ReferenceFile):
        problems = [Problem(source.name, "", "not a reference file (it needs `reference: true`)")]
    if problems:
        raise ContentError(problems)
    return source.model  # type: ignore[return-value]
