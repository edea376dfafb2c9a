"""Where things live: bundled files (read-only) and the player's folder (saves, runs, settings).

One helper finds bundled files whether the game runs from source, from an installed package or
from a PyInstaller build. Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "thaw"


def bundle_root() -> Path:
    """The folder holding `scenarios/` and `assets/`."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    here = Path(__file__).resolve().parent.parent
    if (here / "scenarios").is_dir():
        return here
    shared = Path(sys.prefix) / "share" / APP_NAME
    if (shared / "scenarios").is_dir():
        return shared
    return here


def bundled(*parts: str) -> Path:
    """A bundled file or folder, e.g. `bundled("assets", "fonts", "PTS55F.ttf")`."""
    return bundle_root().joinpath(*parts)


def thaw_home() -> Path:
    """The player's folder: `THAW_HOME` if set, else the platform's user data folder.

    It is not created here; writers create the sub-folder they need.
    """
    env = os.environ.get("THAW_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs  # lazy: only when the home folder is asked for (not for --help)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def saves_dir() -> Path:
    return thaw_home() / "saves"


def runs_dir() -> Path:
    return thaw_home() / "runs"


def user_scenarios_dir() -> Path:
    return thaw_home() / "scenarios"


def settings_file() -> Path:
    return thaw_home() / "settings.json"


# One autosave per scenario, so that a lesson never replaces an unfinished campaign. Saves of
# games from before this rule sit in `autosave.json` and are still read.
AUTOSAVE_PREFIX = "autosave"


def autosave_file(scenario_id: str) -> Path:
    """The autosave of a scenario's game (ids are lower-case letters, digits, - and _)."""
    return saves_dir() / f"{AUTOSAVE_PREFIX}-{scenario_id}.json"


def is_autosave(name: str) -> bool:
    """Whether a save's name (its file name without `.json`) is an autosave's."""
    return name == AUTOSAVE_PREFIX or name.startswith(f"{AUTOSAVE_PREFIX}-")


def autosave_files() -> list[Path]:
    """Every autosave on disk, the newest first (cheap: no file is read, for the title
    screen's first frame)."""
    found = []
    try:
        for path in saves_dir().glob(f"{AUTOSAVE_PREFIX}*.json"):
            if is_autosave(path.stem):
                found.append((path.stat().st_mtime, path.name, path))
    except OSError:
        return []
    return [path for _, _, path in sorted(found, reverse=True)]


def common_places() -> list[tuple[str, Path]]:
    """The folders a folder picker offers to start from: the home folder, the Desktop and
    Documents in it, and where USB sticks and network drives appear on this system; only those
    that are there."""
    home = Path.home()
    user = home.name
    candidates = [("Desktop", home / "Desktop"), ("Documents", home / "Documents"),
                  ("Home", home)]
    if sys.platform == "darwin":
        candidates.append(("Drives", Path("/Volumes")))
    elif sys.platform.startswith("win"):
        candidates.append(("OneDrive", Path(os.environ.get("OneDrive", home / "OneDrive"))))
    else:
        candidates += [("Drives", Path("/media") / user), ("Drives", Path("/run/media") / user)]
    found: list[tuple[str, Path]] = []
    for label, path in candidates:
        try:
            if path.is_dir() and label not in (f[0] for f in found):
                found.append((label, path))
        except OSError:
            continue
    return found
