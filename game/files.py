"""The field types shared by the models of files people hand us: run records, saves, settings,
strategy files; and the fields that say which game a save or a run record is of. Every value is
bounded: finite numbers of a sane size, text of a capped length with no control characters
(nothing from a file can move a teacher's terminal cursor, clear the screen or reverse the
text), ids in the scenario files' own pattern.

The models built from these are strict (a number written as text is wrong, not converted) and
ignore fields they do not know, so a file from a newer game of the same format still reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from game import __version__

if TYPE_CHECKING:
    from game.sim.engine import Game

# Control characters (C0 and C1, DEL) and the Unicode controls that reorder text on screen.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")
_LINE_BREAKS = re.compile("[\t\n]")


def clean_text(text: str) -> str:
    """`text` without control characters (tabs and line breaks kept)."""
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """`text` as one line: no control characters, tabs and line breaks as spaces."""
    return _LINE_BREAKS.sub(" ", _CONTROLS.sub("", text))


class FileModel(BaseModel):
    """A model of a file a person hands us."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


# Numbers: meters run 0-100 and every other quantity of a game is far smaller than this bound,
# so sums and averages over a whole class stay finite.
BOUND = 1e9
Number = Annotated[float, Field(allow_inf_nan=False, ge=-BOUND, le=BOUND)]
Whole = Annotated[int, Field(ge=-(2**53), le=2**53)]
Turn = Annotated[int, Field(ge=-1, le=1_000_000)]
Seed = Annotated[int, Field(ge=-(2**63), le=2**63)]
Count = Annotated[int, Field(ge=0, le=1_000_000)]



def _cut(limit: int):
    """Text longer than `limit` is cut there: a name or a title is only shown, and a file
    holding a long one is still of use."""
    def cut(value: object) -> object:
        return value[:limit] if isinstance(value, str) else value
    return BeforeValidator(cut)


# Text: a name or a title on one line; a paragraph of news.
Line = Annotated[str, _cut(400), AfterValidator(clean_line)]
ShortLine = Annotated[str, _cut(100), AfterValidator(clean_line)]
Paragraph = Annotated[str, _cut(5_000), AfterValidator(clean_text)]
Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
RunId = Annotated[str, Field(pattern=r"^[0-9a-f]{8,32}$")]


# The logged commands, as run records and saves hold them (what `Game.apply` carries out).
class Choose(FileModel):
    cmd: Literal["choose"]
    decision: Id
    option: Id


class SetPolicy(FileModel):
    cmd: Literal["policy"]
    policy: Id
    option: Id


class Advance(FileModel):
    cmd: Literal["advance"]


Command = Annotated[Choose | SetPolicy | Advance, Field(discriminator="cmd")]
MAX_COMMANDS = 50_000
Log = Annotated[list[Command], Field(max_length=MAX_COMMANDS)]


# pydantic's error types in the words of a person who opened the file in an editor.
_WORDS = {
    "missing": "missing",
    "string_type": "should be text",
    "int_type": "should be a whole number",
    "int_parsing": "should be a whole number",
    "int_from_float": "should be a whole number",
    "float_type": "should be a number",
    "finite_number": "should be a finite number",
    "bool_type": "should be true or false",
    "list_type": "should be a list",
    "dict_type": "should be a mapping",
    "model_type": "should be a mapping",
    "model_attributes_type": "should be a mapping",
    "string_pattern_mismatch": "is not of the right form (an id is lower-case letters, digits, "
                               "- and _)",
    "greater_than_equal": "is out of range",
    "less_than_equal": "is out of range",
    "union_tag_invalid": "is not a known command",
    "union_tag_not_found": "is not a known command",
    "too_long": "has too many items",
}


def problems_of(error: ValidationError, most: int = 3) -> str:
    """A pydantic error as a short plain sentence: `turns.3.values.industry: ...; ...`."""
    parts = []
    errors = error.errors()
    for item in errors[:most]:
        where = ".".join(str(p) for p in item["loc"])
        message = _WORDS.get(item["type"]) or \
            item["msg"].removeprefix("Value error, ").replace("Input should be", "should be")
        parts.append(f"{where}: {message}" if where else message)
    more = len(errors) - most
    if more > 0:
        parts.append(f"and {more} more problem{'s' * (more != 1)}")
    return clean_line("; ".join(parts))[:600]


def game_identity(game: Game, run_id: str, player: str | None) -> dict:
    """Which game a save or a run record is of, in the order both write it: the game's version,
    the run, the scenario (id, title, content hash), the seed and the player."""
    world = game.world
    return {"game_version": __version__, "run_id": run_id, "scenario": world.id,
            "scenario_title": world.scenario.info.title,
            "content_hash": world.scenario.content_hash, "seed": game.seed, "player": player}
