"""Helpers for the classroom tests: records played by bots, a class's folder."""

from pathlib import Path

from game.classroom.record import record_name, run_record, write_record
from game.sim.bots import make_bot, play
from game.sim.engine import Game

HERE = Path(__file__).parent
LESSON = HERE / "fixtures" / "lesson.yaml"
TINY = HERE.parent / "fixtures" / "good" / "tiny.yaml"

# Made-up first names for the fixture records (the --names tests look for them).
NAMES = ("Alyona", "Boris", "Chiara", "Dmitri", "Esther", "Farid", "Greta", "Hiroshi", "Ines",
         "Jonas", "Kemal", "Lena", "Mateo", "Nadia", "Olek", "Priya", "Quentin", "Rosa", "Sven",
         "Tamar", "Umar", "Vera", "Wanda", "Xavier", "Yuki", "Zofia", "Anton", "Bea", "Cyril",
         "Daria")


def played(world, seed: int, policy: str = "random") -> Game:
    return play(Game(world, seed), make_bot(policy, seed))


def record_of(world, seed: int, policy: str = "random", player: str | None = None) -> dict:
    return run_record(played(world, seed, policy), player=player, policy=policy)


def class_folder(world, folder: Path, count: int = 30, first_seed: int = 100) -> list[dict]:
    """`count` students' records, each with a name, as a shared folder would hold them."""
    records = []
    for i in range(count):
        record = record_of(world, first_seed + i, "random", NAMES[i % len(NAMES)])
        write_record(folder / record_name(record), record)
        records.append(record)
    return records
