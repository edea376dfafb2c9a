"""How long the window's frames take, for `thaw bench` (game.ui.bench): each frame that drew, with
the screen on top when it began, in wall-clock and this thread's CPU time; and the moment of the
first frame, reported on stdout when `THAW_REPORT_FIRST_FRAME` is set (the bench starts the game
as a program and reads it).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Frame:
    """One frame that drew: the screen on top as it began, its update+draw time in ms."""

    screen: str
    wall_ms: float
    cpu_ms: float


@dataclass
class FrameMeter:
    frames: list[Frame] = field(default_factory=list)
    first_frame_at: float | None = None
    _start: tuple[float, float, str] = (0.0, 0.0, "")

    def begin(self, screen: str) -> None:
        """A frame begins, with `screen` on top."""
        # The CPU clock is read first: reading it (a system call, slow on a busy machine) is
        # then not counted in the frame's wall time.
        cpu = time.thread_time()
        self._start = (time.perf_counter(), cpu, screen)

    def drew(self) -> bool:
        """The frame begun last has drawn; returns whether it was the first."""
        wall, cpu, screen = self._start
        self.frames.append(Frame(screen, (time.perf_counter() - wall) * 1000,
                                 (time.thread_time() - cpu) * 1000))
        if self.first_frame_at is not None:
            return False
        self.first_frame_at = time.perf_counter()
        if os.environ.get("THAW_REPORT_FIRST_FRAME"):  # for `thaw bench`
            print("first-frame", time.time(), flush=True)
        return True

    @property
    def count(self) -> int:
        """How many frames have drawn."""
        return len(self.frames)

    def wall_ms(self, screen: str | None = None) -> list[float]:
        """Update+draw times of the frames drawn (with `screen` on top, if given)."""
        return [f.wall_ms for f in self.frames if screen is None or f.screen == screen]

    def cpu_ms(self, screen: str | None = None) -> list[float]:
        """The same in CPU time of the main thread."""
        return [f.cpu_ms for f in self.frames if screen is None or f.screen == screen]
