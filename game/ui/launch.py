"""What the window was asked for when it was started: a small record `game.cli` builds from the
command line (the window never reads argparse). No pygame here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LaunchOptions:
    """`thaw play` in a window: the scenario to offer first, the class seed and the player's name
    to fill in, and the ways the game is driven by machine (the autoplay, its screenshots, the
    bench's one frame)."""

    scenario: str = "campaign"  # an id, or the path of a scenario file
    seed: int | None = None
    player: str | None = None
    autoplay: bool = False  # a bot plays a whole game through the window
    screenshots: Path | None = None  # with autoplay: a PNG of every screen here
    exit_after_first_frame: bool = False  # for the bench: start, draw once, quit
    text_size: str | None = None  # this run's text size; the player's settings file is untouched
    chapter: int | None = None  # the chapter to offer (counted from 1), for a long scenario

    @property
    def chosen(self) -> bool:
        """Whether the command line chose a game (then the window opens on New game)."""
        return self.scenario != "campaign" or self.seed is not None or bool(self.player) or \
            self.chapter is not None
