"""`make screens` (tools/screens.py) pictures every screen of the real window at the smallest and
the largest text size, and lists every text a screen had to cut to fit. No text is cut on any
screen a player reaches (the play-test found names and labels cut at the largest size)."""

from __future__ import annotations

import pygame

from game.settings import TEXT_SIZES
from tools import screens

# Cut today, with the reason; each is a bug to fix, and this list only ever shrinks.
KNOWN: dict[str, str] = {}


def test_every_screen_is_pictured_and_no_text_is_cut(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("THAW_HOME", str(tmp_path / "home"))
    assert screens.main(["--out", str(tmp_path / "shots")]) == 0
    for size in (TEXT_SIZES[0], TEXT_SIZES[-1]):
        taken = {p.stem for p in (tmp_path / "shots" / size).glob("*.png")}
        for name in ("title", "new-game", "how-to-play", "settings", "glossary", "load",
                     "campaign-card-1", "campaign-card-1-selected", "campaign-outcome",
                     "campaign-policies", "campaign-history", "campaign-debrief-1",
                     "campaign-what-if", "lesson-what-if-options", "lesson-what-if-result",
                     "campaign-save-report", "campaign-chapter-end", "gallery",
                     "teacher-empty", "teacher-picker", "teacher-endings", "teacher-split",
                     "teacher-students", "teacher-unreadable", "teacher-student",
                     "teacher-student-luck", "teacher-class-card", "teacher-worksheets"):
            assert name in taken, f"{size}/{name} was not pictured"
        image = pygame.image.load(str(tmp_path / "shots" / size / "campaign-card-1.png"))
        assert image.get_size() == screens.SIZE
    cut = (tmp_path / "shots" / "cut.txt").read_text(encoding="utf-8").splitlines()
    unexpected = [line for line in cut if line.split(":")[0].split("/")[1] not in KNOWN]
    assert not unexpected, "text cut to fit:\n" + "\n".join(unexpected)


def test_the_pictures_are_taken_in_a_home_of_their_own(tmp_path, monkeypatch):
    """Taking the pictures never reads or writes the saves and records of whoever runs it."""
    home = tmp_path / "home"
    monkeypatch.setenv("THAW_HOME", str(home))
    screens.main(["--out", str(tmp_path / "shots"), "--sizes", TEXT_SIZES[0], "--only", "load"])
    assert not home.exists() or not any(home.rglob("*.json"))
