"""A game in the window: starting one (anew, or at a later chapter), loading one, leaving one for
the title screen. The game itself and its files are the session's (`game.ui.session`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.ui.screens.message import QuestionScene

if TYPE_CHECKING:
    from game.sim.world import World
    from game.ui.app import App
    from game.ui.session import Session


def start(app: App, session: Session) -> None:
    """Play `session`: the stack becomes the title screen and the turn screen (or the debrief of a
    finished game)."""
    # lazy: not before the first frame (it brings the content models, ~0.5 s)
    from game.ui.screens.debrief import DebriefScene
    from game.ui.screens.turn import TurnScene

    app.session = session
    while len(app.stack) > 1:
        app.pop()
    if session.game.ending is not None:
        app.push(DebriefScene(app))
        return
    app.push(TurnScene(app))
    session.autosave()


def new_game(app: App, world: World, seed: int, player: str | None) -> None:
    # lazy: not before the first frame (it brings the content models, ~0.5 s)
    from game.ui.session import Session

    start(app, Session.new(world, seed, player))


def load(app: App, path: Path) -> bool:
    """Loads a save; shows the reason on screen if it cannot, and asks first if its scenario has
    changed since it was saved (the moves are replayed under the rules as they are)."""
    # lazy: not before the first frame (it brings the content models, ~0.5 s)
    from game.saves import SaveError
    from game.ui.session import Session

    try:
        session = Session.from_save(path)
    except SaveError as error:
        app.message("This save cannot be loaded", f"{path.name}: {error}")
        return False
    if session.warning:
        app.push(QuestionScene(app, "The scenario has changed", session.warning,
                               [("Play on", lambda: start(app, session), "P"),
                                ("Cancel", None, "Esc")]))
        return True
    start(app, session)
    return True


def keep(session: Session | None) -> None:
    """Writes the game being played (if any) to its autosave and its run record."""
    if session is not None:
        session.autosave()
        session.flush_record()


def leave_game(app: App) -> None:
    """Back to the title screen; the game is kept in the autosave and its run record."""
    keep(app.session)
    while len(app.stack) > 1:
        app.pop()
