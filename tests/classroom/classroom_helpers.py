"""Helpers for the classroom tests: records played by bots, a class's folder."""

from html.parser import HTMLParser
from pathlib import Path

from game.classroom.record import bot_run_id, record_name, run_record, write_record
from game.sim.bots import make_bot, play
from game.sim.engine import Game

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
LESSON = HERE / "fixtures" / "lesson.yaml"
CRISIS = HERE / "fixtures" / "crisis.yaml"

# Made-up first names for the fixture records (the --names tests look for them).
NAMES = ("Alyona", "Boris", "Chiara", "Dmitri", "Esther", "Farid", "Greta", "Hiroshi", "Ines",
         "Jonas", "Kemal", "Lena", "Mateo", "Nadia", "Olek", "Priya", "Quentin", "Rosa", "Sven",
         "Tamar", "Umar", "Vera", "Wanda", "Xavier", "Yuki", "Zofia", "Anton", "Bea", "Cyril",
         "Daria")


def played(world, seed: int, policy: str = "random") -> Game:
    return play(Game(world, seed), make_bot(policy, seed))


def record_of(world, seed: int, policy: str = "random", player: str | None = None) -> dict:
    run_id = bot_run_id(world.id, world.scenario.content_hash, f"{policy}/{player}", seed)
    return run_record(played(world, seed, policy), run_id, player=player, policy=policy)


def class_folder(world, folder: Path, count: int = 30, first_seed: int = 100) -> list[dict]:
    """`count` students' records, each with a name, as a shared folder would hold them."""
    records = []
    for i in range(count):
        record = record_of(world, first_seed + i, "random", NAMES[i % len(NAMES)])
        write_record(folder / record_name(record), record)
        records.append(record)
    return records


class Page(HTMLParser):
    """The text of a page, its tags, and its table rows as lists of cell texts."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        self.texts.append(data)
        if self._cell is not None:
            self._cell.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())

    def count(self, tag: str, **attrs) -> int:
        return sum(1 for t, a in self.tags if t == tag and all(a.get(k) == v
                                                               for k, v in attrs.items()))
