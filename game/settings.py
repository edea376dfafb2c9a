"""The player's settings: text size, contrast, fullscreen, sound, music and volume.

Kept as JSON in `paths.settings_file()`, written atomically. A damaged or unreadable file never
stops the game: the defaults are used and the reason is handed back for the screen to show.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from game import paths
from game.storage import atomic_write, dumps

TEXT_SIZES: tuple[str, ...] = ("normal", "large", "largest")
TEXT_SCALE: dict[str, float] = {"normal": 1.0, "large": 1.18, "largest": 1.36}
SETTINGS_FORMAT = 1  # fields added later (music, volume) are read as their defaults if missing
VOLUME_STEPS: tuple[int, ...] = (20, 40, 60, 80, 100)  # per cent; Settings steps through them


@dataclass
class Settings:
    text_size: str = "normal"
    high_contrast: bool = False
    fullscreen: bool = False
    sound: bool = True  # every sound, music and effects
    music: bool = True  # the score, when sound is on
    volume: int = 60  # per cent of full loudness

    @property
    def text_scale(self) -> float:
        return TEXT_SCALE.get(self.text_size, 1.0)

    def next_text_size(self) -> str:
        return TEXT_SIZES[(TEXT_SIZES.index(self.text_size) + 1) % len(TEXT_SIZES)]

    def next_volume(self) -> int:
        """The next step up, from the top back to the quietest."""
        return next((v for v in VOLUME_STEPS if v > self.volume), VOLUME_STEPS[0])


def _from_dict(data: object) -> tuple[Settings, str | None]:
    if not isinstance(data, dict):
        return Settings(), "the settings file is damaged; the defaults are in use"
    settings = Settings()
    problems = []
    for f in fields(Settings):
        if f.name not in data:
            continue
        value = data[f.name]
        default = getattr(settings, f.name)
        if f.name == "text_size":
            ok = value in TEXT_SIZES
        elif f.name == "volume":  # a whole per cent (JSON's true is not a number here)
            ok = type(value) is int and 0 <= value <= 100
        else:
            ok = isinstance(value, type(default))
        if ok:
            setattr(settings, f.name, value)
        else:
            problems.append(f.name)
    if problems:
        return settings, f"some settings were unreadable ({', '.join(problems)}); defaults used"
    return settings, None


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """(settings, a message for the player or None). Never raises for a bad file."""
    path = path or paths.settings_file()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), None
    except (OSError, UnicodeDecodeError):
        return Settings(), "the settings file could not be read; the defaults are in use"
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return Settings(), "the settings file is damaged; the defaults are in use"
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
