"""The class card: one printable page a teacher hands out or projects before a lesson, with the
scenario, the class seed, the steps for students from the title screen to handing in, and where
to hand in. Written from the teacher's screen (the Class card button).

(A small first version, to move into the teacher's kit pages with the worksheets.)
"""

from __future__ import annotations

from pathlib import Path

from game.classroom.desk import fresh_path
from game.classroom.page import esc, page
from game.content.loader import Scenario
from game.storage import atomic_write

CARD_STEM = "class-card"


def card_steps(scenario: Scenario, seed: int, hand_in_at: str) -> list[str]:
    """What a student does, in order, in the words of the game's own screens."""
    info = scenario.info
    entry = "New game" if info.kind == "campaign" else "Lesson scenarios"
    where = hand_in_at.strip() or "the folder your teacher names"
    return [
        f"Start Thaw. On the title screen choose {entry}, then \u201c{info.title}\u201d.",
        f"Type the class seed {seed} in the Class seed box, and your name (or the number your "
        "teacher gives you) in the Your name box. Press Start.",
        f"Play to the end: about {info.minutes} minutes. Everyone with this seed has the same "
        "luck, so the endings differ only by your choices.",
        f"At the end, on the debrief, press Hand in (key I), choose {where}, and press Hand in "
        "here. The game says the name of the file it saved.",
    ]


def class_card(scenario: Scenario, seed: int, hand_in_at: str, *, paper: str = "auto") -> str:
    """The class card page (HTML, self-contained, nothing fetched)."""
    info = scenario.info
    steps = "".join(f"<li>{esc(step)}</li>" for step in card_steps(scenario, seed, hand_in_at))
    where = esc(hand_in_at.strip() or "the folder your teacher names")
    body = (f'<p class="kicker">Thaw &middot; class card</p><h1>{esc(info.title)}</h1>'
            f'<div class="box"><h3>Class seed: {esc(seed)}</h3>'
            f"<p>Hand in to: <strong>{where}</strong></p></div>"
            f"<h2>Steps</h2><ol>{steps}</ol>"
            '<p class="quiet">For the teacher: on the title screen, For teachers, choose the '
            "folder the class handed in to (or drop the files onto the window) to see the "
            "class report, print it, and replay any game with one decision changed.</p>")
    return page(f"Thaw class card: {info.title}", body, paper=paper)


def write_class_card(scenario: Scenario, seed: int, hand_in_at: str, folder: Path) -> Path:
    """The class card written into `folder` under a fresh name (never over a file). Raises
    OSError."""
    path = fresh_path(folder, CARD_STEM, ".html")
    try:
        atomic_write(path, class_card(scenario, seed, hand_in_at))
    except OSError:
        path.unlink(missing_ok=True)
        raise
    return path
