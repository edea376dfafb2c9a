"""The debrief's "Hand in": the game's run record saved into a folder the student picks (a
shared drive, a USB stick, the Desktop), named with the student's name, the scenario, the seed,
the day and the game's run id, so the teacher's screen can read the folder and no record of
another game is ever replaced. The folder is remembered for next time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.session import Session


def hand_in(app: App, session: Session) -> None:
    """The debrief's button: the folder picker, then the record written there."""
    # lazy: the class tools and their screens load when first used, not with the window
    from game.ui.screens.folders import pick_folder

    pick_folder(app, "Hand in your run record",
                "Choose the folder your teacher named (a shared drive, a USB stick, the "
                "Desktop), then Hand in here.",
                app.settings.hand_in_folder, lambda folder: hand_in_to(app, session, folder),
                choose_label="Hand in here")


def hand_in_to(app: App, session: Session, folder: Path) -> Path | None:
    """Writes the record into `folder` and says where; a folder that cannot be written says
    why. Returns the file written."""
    # lazy: the class tools and their screens load when first used, not with the window
    from game.classroom.desk import hand_in as write_hand_in
    from game.ui.screens.folders import remember

    try:
        path = write_hand_in(session.record(), folder)
    except OSError as error:
        app.message("Not handed in", f"Your run record could not be saved in {folder}: "
                    f"{error.strerror or error}. Check that the folder can be written to (a "
                    "USB stick may be full or locked), or choose another folder.")
        return None
    remember(app, hand_in_folder=str(folder))
    app.message("Handed in", f"Your run record is saved as {path.name} in the folder "
                f"{folder}. Your teacher opens that folder on the For teachers screen. Handing "
                "in this game again is safe: the class report counts it once.")
    return path
