"""Work done out of the way of input: the warm-up after the first frame (importing the rules engine
and the screens, reading the scenarios and the glossary) and reading the scenarios again when a
teacher drops one in, each in a background thread (pure Python, no pygame calls); and small
steps for the main thread's idle time (opening fonts), one step per idle turn of the loop.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame

from game import paths
from game.ui.jobs import Job
from game.ui.writer import WRITER

if TYPE_CHECKING:
    from game.ui.scene import Scene
    from game.ui.session import Session

WARM = pygame.USEREVENT + 1  # posted when the game modules have been imported in the background
# The screens the warm-up imports, so that the first press of any button does not wait.
SCREENS = ("newgame", "turn", "outcome", "policies", "history", "menu", "saves", "settings",
           "howto", "debrief", "save_report", "whatif", "whatif_options", "whatif_result")


class Background:
    """The threads and idle steps of one window."""

    def __init__(self, wanted: str) -> None:
        self.wanted = wanted  # the scenario the command line named: its world is built first
        self.warm = False  # the warm-up is done (the title screen then checks the autosave)
        self.catalog: tuple[list, list] | None = None  # (good scenarios, broken ones)
        self.tasks: list[Iterator[None]] = []  # generators stepped in idle time
        self._warming: Job[None] | None = None
        self._reading: Job[tuple[list, list]] | None = None
        self._stamp: tuple | None = None

    # --- the warm-up ---------------------------------------------------------------------------
    def start_warm_up(self, background: bool = True) -> None:
        if self.warm or self._warming is not None:
            return
        if background:
            self._warming = Job(self._warm_up, "warm")
        else:
            self._warm_up()

    def _warm_up(self) -> None:
        """Imports what the first frame does not need and reads the scenarios and the glossary,
        while the title screen is already up: the window opens fast and the first press of New
        game does not wait."""
        try:
            # lazy: the warm-up's whole point, importing after the first frame on its own thread
            import game.saves  # noqa: F401
            from game.ui import session

            for screen in SCREENS:
                importlib.import_module(f"game.ui.screens.{screen}")
            from game.ui.screens.glossary import reference  # lazy: the warm-up, as above

            good = self.refresh_catalog()[0]
            for scenario in good:
                if scenario.id == self.wanted or scenario.info.kind == "campaign":
                    session.world_for(scenario)
                    break
            reference()
        except Exception:  # noqa: BLE001 - anything wrong here shows up again, on screen, when used
            pass
        finally:
            self.warm = True
            try:
                pygame.event.post(pygame.event.Event(WARM))
            except pygame.error:
                pass  # the window closed meanwhile

    # --- the scenarios -------------------------------------------------------------------------
    def refresh_catalog(self) -> tuple[list, list]:
        """The scenarios the game can find (good ones, broken ones), read again."""
        # lazy: read on the warm-up's thread, after the first frame
        from game.content import catalog

        self._stamp = _user_scenarios_stamp()
        self.catalog = catalog.available()
        return self.catalog

    def refresh_catalog_later(self) -> None:
        """Reads the scenarios again in the background if a teacher has changed the folder of
        their own scenarios since the last read."""
        if not self.warm:
            return  # the warm-up is reading them already
        if _user_scenarios_stamp() == self._stamp and self.catalog is not None:
            return
        self._reading = Job(self.refresh_catalog, "catalog")

    def scenarios(self) -> tuple[list, list]:
        """The scenarios, waiting for a background read if one is under way."""
        for job in (self._warming, self._reading):
            if job is not None:
                job.wait()
        return self.catalog if self.catalog is not None else self.refresh_catalog()

    # --- idle time -----------------------------------------------------------------------------
    def busy(self) -> bool:
        """Whether files are being written or content read in the background."""
        jobs = (self._warming, self._reading)
        return any(job is not None and not job.done for job in jobs) or WRITER.busy()

    def has_idle_work(self, session: Session | None, below: list[Scene]) -> bool:
        """Whether there is work for the main thread's idle time: a run record to write, an
        idle task, or a screen under the top one to prepare."""
        return bool(self.tasks) or (session is not None and session.record_due) or \
            any(scene.needs_prepare() for scene in below)

    def idle_step(self, session: Session | None, below: list[Scene]) -> bool:
        """One small step of that work; False when there is none."""
        if session is not None and session.record_due:
            session.flush_record()  # the run record, built out of the way of input
            return True
        if self.step():
            return True
        for scene in reversed(below):
            if scene.needs_prepare():
                scene.prepare()
                return True
        return False

    def step(self) -> bool:
        """One step of the first idle task; False when there is none."""
        while self.tasks:
            try:
                next(self.tasks[0])
                return True
            except StopIteration:
                self.tasks.pop(0)
        return False


def _user_scenarios_stamp() -> tuple:
    folder = paths.user_scenarios_dir()
    try:
        return tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir()))
    except OSError:
        return ()
