"""The endings gallery: which endings this computer has reached and which challenges it has met,
per scenario, with the day each was first seen. Kept in the user data folder beside the settings
(`gallery.json`) and read as untrusted input: a damaged file is read as an empty gallery with a
message saying so, never an error; the next finished game writes a good one.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from pydantic import Field, ValidationError

from game import paths
from game.files import FileModel, Id
from game.storage import Unreadable, atomic_write, dumps, read_json

GALLERY_FORMAT = 1
MAX_GALLERY_BYTES = 256 * 1024
Day = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
Seen = Annotated[dict[Id, Day], Field(max_length=200)]


class ScenarioEntry(FileModel):
    endings: Seen = Field(default_factory=dict)
    challenges: Seen = Field(default_factory=dict)


class GalleryFile(FileModel):
    format: int = GALLERY_FORMAT
    scenarios: Annotated[dict[Id, ScenarioEntry], Field(max_length=500)] = Field(
        default_factory=dict)


@dataclass
class Gallery:
    """Scenario id -> ending or challenge id -> the day it was first reached (YYYY-MM-DD)."""

    endings: dict[str, dict[str, str]] = field(default_factory=dict)
    challenges: dict[str, dict[str, str]] = field(default_factory=dict)
    problem: str | None = None  # why the file could not be read, for the player


def gallery_file() -> Path:
    return paths.thaw_home() / "gallery.json"


def load_gallery(path: Path | None = None) -> Gallery:
    """The gallery as this computer has it. Never raises for a bad file."""
    path = path or gallery_file()
    if not path.exists():
        return Gallery()
    damaged = "the endings gallery file is damaged; it starts again from this game"
    try:
        found = GalleryFile.model_validate(read_json(path, limit=MAX_GALLERY_BYTES))
    except Unreadable as error:
        return Gallery(problem=f"the endings gallery could not be read ({error}); it starts "
                               "again from this game")
    except ValidationError:
        return Gallery(problem=damaged)
    if found.format > GALLERY_FORMAT:
        return Gallery(problem="the endings gallery was written by a newer version of the game")
    return Gallery({sid: dict(e.endings) for sid, e in found.scenarios.items()},
                   {sid: dict(e.challenges) for sid, e in found.scenarios.items()})


def save_gallery(gallery: Gallery, path: Path | None = None) -> str | None:
    """Writes the gallery; returns a message if it could not be written."""
    path = path or gallery_file()
    ids = sorted(set(gallery.endings) | set(gallery.challenges))
    data = {"format": GALLERY_FORMAT,
            "scenarios": {sid: {"endings": gallery.endings.get(sid, {}),
                                "challenges": gallery.challenges.get(sid, {})} for sid in ids}}
    try:
        atomic_write(path, dumps(data))
    except OSError as error:
        return f"the endings gallery could not be saved ({error.strerror or error})"
    return None


def note_game(scenario_id: str, ending: str, challenges: list[str],
              path: Path | None = None) -> tuple[Gallery, list[str]]:
    """Adds a finished game's ending and the challenges it met to the gallery and writes it.
    Returns the gallery and what was new to it ("ending:ID", "challenge:ID")."""
    gallery = load_gallery(path)
    today = datetime.date.today().isoformat()
    new = []
    for kind, seen, ids in (("ending", gallery.endings, [ending]),
                            ("challenge", gallery.challenges, challenges)):
        mine = seen.setdefault(scenario_id, {})
        for item in ids:
            if item not in mine:
                mine[item] = today
                new.append(f"{kind}:{item}")
    if new or gallery.problem:
        problem = save_gallery(gallery, path)
        gallery.problem = gallery.problem or problem
    return gallery, new


def note_finished(game) -> str | None:
    """Notes a finished game (its ending and the challenges it met) in the gallery; returns a
    message for the player if the gallery file could not be read or written."""
    # lazy: the narrator loads only when a game has ended
    from game.narration.challenges import challenges_met

    gallery, _ = note_game(game.world.id, game.ending,
                           [c.id for c in challenges_met(game)])
    return gallery.problem
