"""Files written by one background thread, in the order asked, each atomically: a slow disk never
stalls a frame, and a kill leaves the last complete file. Light to import (no game modules)."""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from game.storage import atomic_write, dumps


class Writer:
    """Writes files in the background, in order; `flush()` waits for all of them."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Path, object] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self.error: str | None = None

    def write(self, path: Path, data: object) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="thaw-writer", daemon=True)
            self._thread.start()
        self._queue.put((path, data))

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                path, data = item
                try:
                    atomic_write(path, dumps(data))
                except OSError as error:
                    self.error = f"could not write {path.name}: {error.strerror or error}"
            finally:
                self._queue.task_done()

    def busy(self) -> bool:
        return self._queue.unfinished_tasks > 0

    def flush(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._queue.join()


WRITER = Writer()
