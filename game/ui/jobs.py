"""Work that might take longer than a frame, done in a background thread while the window keeps
drawing: writing a report, replaying a game for a what-if, handing a file to the web browser.

The work is pure Python and calls no pygame (pygame is not safe off the main thread); the screen
that started it polls `done` each frame and shows the result or the error. Light to import.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Job(Generic[T]):
    """One piece of work in its own daemon thread (a closing window does not wait for it)."""

    def __init__(self, work: Callable[[], T], name: str) -> None:
        self.result: T | None = None
        self.error: Exception | None = None
        self._thread = threading.Thread(target=self._run, args=(work,), name=f"thaw-{name}",
                                        daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[], T]) -> None:
        try:
            self.result = work()
        except Exception as error:  # noqa: BLE001 - handed to the screen, which says what failed
            self.error = error

    @property
    def reason(self) -> str:
        """Why the work failed, in words (an OS error's own: "Permission denied")."""
        return getattr(self.error, "strerror", None) or str(self.error)

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Blocks until the work is done (the autoplay and tests; never a frame)."""
        self._thread.join(timeout)
        return self.done


def take_done(owner: object, name: str) -> Job | None:
    """The job kept in `owner.<name>` once it has finished, taken off it (so it is told once);
    None while it runs, or when there is none."""
    job = getattr(owner, name)
    if job is None or not job.done:
        return None
    setattr(owner, name, None)
    return job
