"""The player's settings: text size, contrast, fullscreen, sound, music and volume, and the
folders last chosen to hand in to and to open as a class.

Kept as JSON in `paths.settings_file()`, written atomically. A damaged or unreadable file never
stops the game: the defaults are used and the reason is handed back for the screen to show.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationError

from game import paths
from game.files import FileModel
from game.storage import Unreadable, atomic_write, dumps, read_json

TEXT_SIZES: tuple[str, ...] = ("normal", "large", "largest")
TEXT_SCALE: dict[str, float] = {"normal": 1.0, "large": 1.18, "largest": 1.36}
SETTINGS_FORMAT = 1  # fields added later (music, volume) are read as their defaults if missing
VOLUME_STEPS: tuple[int, ...] = (20, 40, 60, 80, 100)  # per cent; Settings steps through them
MAX_SETTINGS_BYTES = 64 * 1024
MAX_FOLDER_CHARS = 4096  # a remembered folder's path


@dataclass
class Settings:
    text_size: str = "normal"
    high_contrast: bool = False
    fullscreen: bool = False
    sound: bool = True  # every sound, music and effects
    music: bool = True  # the score, when sound is on
    volume: int = 60  # per cent of full loudness
    hand_in_folder: str = ""  # where this student handed in last ("": not yet)
    class_folder: str = ""  # the class folder the teacher opened last

    @property
    def text_scale(self) -> float:
        return TEXT_SCALE.get(self.text_size, 1.0)

    def next_text_size(self) -> str:
        return TEXT_SIZES[(TEXT_SIZES.index(self.text_size) + 1) % len(TEXT_SIZES)]

    def next_volume(self) -> int:
        """The next step up, from the top back to the quietest."""
        return next((v for v in VOLUME_STEPS if v > self.volume), VOLUME_STEPS[0])


class SettingsFile(FileModel):
    """The settings file as it may be found: every field optional, each checked on its own."""

    text_size: Literal["normal", "large", "largest"] = "normal"
    high_contrast: bool = False
    fullscreen: bool = False
    sound: bool = True
    music: bool = True
    volume: Annotated[int, Field(ge=0, le=100)] = 60  # a whole per cent
    hand_in_folder: Annotated[str, Field(max_length=MAX_FOLDER_CHARS)] = ""
    class_folder: Annotated[str, Field(max_length=MAX_FOLDER_CHARS)] = ""


def _from_dict(data: object) -> tuple[Settings, str | None]:
    if not isinstance(data, dict):
        return Settings(), "the settings file is damaged; the defaults are in use"
    data = {f.name: data[f.name] for f in fields(Settings) if f.name in data}
    problems: list[str] = []
    while True:
        try:
            found = SettingsFile.model_validate(data)
            break
        except ValidationError as error:  # drop the fields that are wrong and keep the rest
            wrong = {str(e["loc"][0]) for e in error.errors() if e["loc"]}
            if not wrong:
                return Settings(), "the settings file is damaged; the defaults are in use"
            problems += sorted(wrong)
            data = {k: v for k, v in data.items() if k not in wrong}
    settings = Settings(**found.model_dump())
    if problems:
        return settings, f"some settings were unreadable ({', '.join(problems)}); defaults used"
    return settings, None


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """(settings, a message for the player or None). Never raises for a bad file: whatever it
    holds (nesting a thousand deep, a number of 5000 digits, the wrong types) the defaults are
    used where it cannot be read, and the message says so."""
    path = path or paths.settings_file()
    if not path.exists():
        return Settings(), None
    try:
        data = read_json(path, limit=MAX_SETTINGS_BYTES)
    except Unreadable as error:
        return Settings(), f"the settings file could not be read ({error}); the defaults are in use"
    return _from_dict(data)


def save_settings(settings: Settings, path: Path | None = None) -> str | None:
    """Writes the settings; returns a message if they could not be written (disk full, no
    rights)."""
    path = path or paths.settings_file()
    try:
        atomic_write(path, dumps({"format": SETTINGS_FORMAT, **asdict(settings)}))
    except OSError as error:
        return f"the settings could not be saved ({error.strerror or error})"
    return None


def remembered_folder(text: str, fallback: Path) -> tuple[Path, str | None]:
    """A folder kept in the settings, if it can still be used; else `fallback` and a message
    saying why (the file is the player's: the folder may have been a USB stick taken out, a
    drive no longer there, or anything typed into the file by hand)."""
    if not text:
        return fallback, None
    shown = "".join(ch for ch in text if ch.isprintable())[:200]
    try:
        path = Path(text)
        usable = path.is_absolute() and path.is_dir()
    except (OSError, ValueError):  # a name the system refuses (a NUL byte, too long)
        usable = False
    if usable:
        return path, None
    return fallback, (f"The folder used last time ({shown}) cannot be found: a USB stick or a "
                      "network drive may not be connected. Choose the folder again.")
