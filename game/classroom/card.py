"""The teacher's printed pages written from the window: the class card and a lesson's or
chapter's worksheets, each the page `game.classroom.pages` makes (the same as `thaw class-card`
and `thaw worksheet`), saved into the class folder under a fresh name (never over a file).
"""

from __future__ import annotations

from pathlib import Path

from game.classroom.desk import fresh_path
from game.content.loader import Scenario
from game.storage import atomic_write

CARD_STEM = "class-card"


def _write_fresh(folder: Path, stem: str, text: str) -> Path:
    path = fresh_path(folder, stem, ".html")
    try:
        atomic_write(path, text)
    except OSError:
        path.unlink(missing_ok=True)
        raise
    return path


def write_class_card(scenario: Scenario, seed: int, hand_in_at: str, folder: Path) -> Path:
    """The class card written into `folder`. Raises OSError, or KitError for a bad seed."""
    # lazy: the page kit (documents, extracts) loads only when a page is written
    from game.classroom.pages import class_card

    return _write_fresh(folder, CARD_STEM, str(class_card(scenario.id, seed, hand_in_at)))


def write_worksheets(ref: str, folder: Path) -> Path:
    """The printed set of one lesson or chapter (its id) written into `folder`."""
    # lazy: the page kit (documents, extracts) loads only when a page is written
    from game.classroom.pages import worksheet

    return _write_fresh(folder, f"worksheets-{ref}", str(worksheet(ref)))
