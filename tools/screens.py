"""Pictures of every screen of the window, at the smallest and the largest text size, for
docs/screens/ (`make screens`), and a list of every text a screen had to cut to fit.

The window is the real one (the dummy video driver draws exactly what a window shows), playing
the bundled campaign and a lesson with a fixed seed, at 1280x720. Each picture is a PNG named
`<text size>/<screen>.png`. The texts cut with an ellipsis are printed per screen (and written to
`cut.txt` beside the pictures): a cut name or label on a screen a player reaches is a bug to fix.

    python -m tools.screens [--out docs/screens] [--sizes normal,largest] [--only NAME,...]

Exit status: 0, or 1 if any text was cut and `--strict` was given.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402  (after the driver is chosen)

from game.content import catalog  # noqa: E402
from game.settings import TEXT_SIZES  # noqa: E402
from game.ui import playing, text  # noqa: E402
from game.ui.app import App  # noqa: E402
from game.ui.launch import LaunchOptions  # noqa: E402
from game.ui.screens.gallery import GalleryScene  # noqa: E402
from game.ui.screens.glossary import GlossaryScene  # noqa: E402
from game.ui.screens.history import HistoryScene  # noqa: E402
from game.ui.screens.howto import HowToScene  # noqa: E402
from game.ui.screens.menu import MenuScene  # noqa: E402
from game.ui.screens.newgame import NewGameScene  # noqa: E402
from game.ui.screens.policies import PoliciesScene  # noqa: E402
from game.ui.screens.save_report import SaveReportScene  # noqa: E402
from game.ui.screens.saves import SavesScene  # noqa: E402
from game.ui.screens.settings import SettingsScene  # noqa: E402
from game.ui.screens.whatif import open_whatif  # noqa: E402
from game.ui.session import world_for  # noqa: E402
from game.ui.writer import WRITER  # noqa: E402

SIZE = (1280, 720)
SEED = 7
PLAYER = "Student"


class Camera:
    """Takes the pictures: draws the top screen, saves it, and keeps what was cut to fit."""

    def __init__(self, app: App, folder: Path, only: set[str] | None) -> None:
        self.app, self.folder, self.only = app, folder, only
        self.cut: dict[str, list[str]] = {}
        self.taken: list[str] = []

    def shoot(self, name: str) -> None:
        if self.only and name not in self.only:
            return
        text.CUT = []
        for scene in self.app.stack:
            scene.forget_layout()
        self.app.dirty = True
        for _ in range(3):  # the layout, a drawn-ahead layer, the frame on screen
            self.app.step(0.016)
        cut, text.CUT = text.CUT, None
        if cut:
            self.cut[name] = sorted(set(cut))
        self.folder.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.app.screen, str(self.folder / f"{name}.png"))
        self.taken.append(name)


def press(app: App, key: int, frames: int = 2) -> None:
    """A key pressed and let go, then a few frames."""
    for kind in (pygame.KEYDOWN, pygame.KEYUP):
        app.handle(pygame.event.Event(kind, key=key, mod=0, unicode="", scancode=0))
    for _ in range(frames):
        app.step(0.016)


def pushed(camera: Camera, name: str, make: Callable[[], object]) -> None:
    """A screen opened over the current one, pictured, and closed."""
    app = camera.app
    depth = len(app.stack)
    app.push(make())
    app.step(0.016)
    camera.shoot(name)
    while len(app.stack) > depth:
        app.pop()


def title_screens(camera: Camera) -> None:
    """The title and every screen it opens."""

    app = camera.app
    camera.shoot("title")
    for name, make in (("new-game", lambda: NewGameScene(app)),
                       ("lessons", lambda: NewGameScene(app, True)),
                       ("how-to-play", lambda: HowToScene(app)),
                       ("settings", lambda: SettingsScene(app)),
                       ("glossary", lambda: GlossaryScene(app))):
        pushed(camera, name, make)


def return_screens(camera: Camera) -> None:
    """What a returning player sees: the title with games saved, the load screen and the
    endings gallery."""

    app = camera.app
    app.stack[1:] = []
    camera.shoot("title-again")
    pushed(camera, "load", lambda: SavesScene(app, False))
    pushed(camera, "gallery", lambda: GalleryScene(app))  # the games played above, kept


def decisions(app: App) -> Iterator[None]:
    """Plays on by keyboard (the second option shown, or the first), stopping at each new card."""
    seen = None
    for _ in range(2000):
        top = app.top
        if top.name == "debrief":
            return
        if top.name == "turn" and top.decision is not None:
            if top.decision != seen:
                seen = top.decision
                yield
            key = pygame.K_RETURN if top.selected is not None else pygame.K_2
            press(app, key)
            if top.selected is None:
                press(app, pygame.K_1)
        else:
            press(app, pygame.K_RETURN)


def game_screens(camera: Camera, scenario: str, prefix: str, cards: int) -> None:
    """A game of `scenario`: its first cards (with an option selected), the screens opened from
    the turn, the outcome of a decision, and on to the debrief's tabs and tools."""

    app = camera.app
    playing.new_game(app, world_for(catalog.find(scenario)), SEED, PLAYER)
    app.step(0.016)
    camera.shoot(f"{prefix}turn-start")
    played = decisions(app)
    for k in range(cards):
        if next(played, "end") == "end":
            break
        camera.shoot(f"{prefix}card-{k + 1}")
        if k == 0:
            press(app, pygame.K_1)
            camera.shoot(f"{prefix}card-1-selected")
            for name, make in (("policies", lambda: PoliciesScene(app)),
                               ("history", lambda: HistoryScene(app)),
                               ("menu", lambda: MenuScene(app)),
                               ("save", lambda: SavesScene(app, True))):
                pushed(camera, f"{prefix}{name}", make)
            press(app, pygame.K_RETURN)
            if app.top.name == "outcome":
                camera.shoot(f"{prefix}outcome")
    for _ in played:
        pass
    debrief_screens(camera, prefix)


def debrief_screens(camera: Camera, prefix: str) -> None:
    """The debrief's tabs, then its what-if and save-report screens."""

    app = camera.app
    if app.top.name != "debrief":
        return
    for tab in range(len(getattr(app.top, "tabs", ())) or 7):
        camera.shoot(f"{prefix}debrief-{tab + 1}")
        press(app, pygame.K_RIGHT)
    session = app.session
    pushed(camera, f"{prefix}save-report", lambda: SaveReportScene(app, session))
    open_whatif(app, session)
    app.step(0.016)
    camera.shoot(f"{prefix}what-if")
    press(app, pygame.K_1)
    if app.top.name != "whatif":
        camera.shoot(f"{prefix}what-if-options")
        press(app, pygame.K_2, frames=4)  # (the first option shown may be the one taken)
        for _ in range(600):  # the replay runs in idle steps
            if app.top.name.startswith("whatif-result") or app.top.name == "debrief":
                break
            app.step(0.016)
        camera.shoot(f"{prefix}what-if-result")


def chapter_screen(camera: Camera) -> None:
    """The end of a chapter: the campaign played along Khrushchev's path to chapter 1's last
    season, then that season ended on the turn screen."""
    from game.sim.bots import HistoricalBot, play_turn

    app = camera.app
    app.stack[1:] = []
    world = world_for(catalog.find("campaign"))
    playing.new_game(app, world, SEED, PLAYER)
    game, bot = app.session.game, HistoricalBot(SEED)
    while game.turn < world.chapters[1][1] - 1 and game.ending is None:
        play_turn(game, bot)
    while game.pending and game.ending is None:
        decision = game.pending[0]
        game.choose(decision, bot.pick(game, decision, game.available_options(decision)))
    app.top.laid_out_for = None
    for _ in range(8):
        if app.top.name == "chapter":
            camera.shoot("campaign-chapter-end")
            return
        press(app, pygame.K_RETURN)


CLASS = ["Anna", "Boris", "Chen", "Dilnoza", "Emil", "Fatima"]


def class_folder(home: Path) -> Path:
    """A class's hand-ins: six games of the Cuba lesson on one seed (played by the bots, one
    following Khrushchev's path) and a damaged file."""
    # lazy: the class tools are only needed for the teacher's screens
    from game.classroom.record import new_run_id, record_path, run_record, write_record
    from game.sim.bots import make_bot, play
    from game.sim.engine import Game

    folder = home / "Class 9B"
    folder.mkdir(parents=True)
    world = world_for(catalog.find("cuba-1962"))
    for i, name in enumerate(CLASS):
        game = Game(world, SEED)
        play(game, make_bot("historical" if i == 0 else "random", 100 + i))
        record = run_record(game, new_run_id(), player=name)
        write_record(record_path(folder, record), record)
    (folder / "broken.json").write_text('{"format": 2, "seed": ', encoding="utf-8")
    return folder


def settled(app: App, scene) -> None:
    """The screen's background work (a folder read, a report, a replay) done, and drawn."""
    app.step(0.016)
    for job in (getattr(scene, "loading", None), getattr(scene, "work", None),
                getattr(scene, "luck", None)):
        if job is not None:
            job.wait(timeout=300)
    app.step(0.016)


def teacher_screens(camera: Camera, home: Path) -> None:
    """The teacher's desk: empty, its folder picker, a class in each tab, one student's page
    (with luck or choice), the class card and the worksheets."""
    app = camera.app
    app.stack[1:] = []
    desk = app.stack[0].teachers()
    camera.shoot("teacher-empty")
    desk.choose_folder()
    app.step(0.016)
    camera.shoot("teacher-picker")
    app.pop()
    folder = class_folder(home)
    for kind, file in ((pygame.DROPBEGIN, None), (pygame.DROPFILE, str(folder)),
                       (pygame.DROPCOMPLETE, None)):
        app.handle(pygame.event.Event(kind, file=file, window=None))
    settled(app, desk)
    for tab, _ in desk.tabs():
        desk.show(tab)
        settled(app, desk)
        camera.shoot(f"teacher-{tab}")
    desk.show("students")
    app.step(0.016)
    desk.set_focus("student:1")
    press(app, pygame.K_RETURN)
    student = app.top
    camera.shoot("teacher-student")
    press(app, pygame.K_l)
    settled(app, student)
    camera.shoot("teacher-student-luck")
    app.pop()
    for key, name in ((pygame.K_c, "teacher-class-card"), (pygame.K_k, "teacher-worksheets")):
        press(app, key)
        settled(app, app.top)
        camera.shoot(name)
        app.pop()


def take(folder: Path, size: str, only: set[str] | None) -> Camera:
    """Every screen at one text size, in a home of its own (no saves, records or settings of
    the person running it are read or written)."""
    home = Path(tempfile.mkdtemp(prefix="thaw-screens-"))
    (home / "Desktop").mkdir()
    before = {name: os.environ.get(name) for name in ("THAW_HOME", "HOME")}
    os.environ["THAW_HOME"] = str(home / "game")
    os.environ["HOME"] = str(home)  # where the folder picker starts
    pygame.init()
    app = App(LaunchOptions(text_size=size), size=SIZE)
    app.background.start_warm_up(background=False)
    camera = Camera(app, folder / size, only)
    title_screens(camera)
    game_screens(camera, "cuba-1962", "lesson-", cards=2)
    app.stack[1:] = []
    game_screens(camera, "campaign", "campaign-", cards=3)
    chapter_screen(camera)
    return_screens(camera)
    teacher_screens(camera, home)
    WRITER.flush()
    pygame.quit()
    for name, value in before.items():
        if value is None:
            del os.environ[name]
        else:
            os.environ[name] = value
    shutil.rmtree(home, ignore_errors=True)
    return camera


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screens",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screens"))
    parser.add_argument("--sizes", default=f"{TEXT_SIZES[0]},{TEXT_SIZES[-1]}")
    parser.add_argument("--only", default="", help="screen names, comma-separated")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any text was cut")
    args = parser.parse_args(argv)
    only = {n for n in args.only.split(",") if n} or None
    lines, cut_any = [], False
    for size in args.sizes.split(","):
        camera = take(args.out, size, only)
        print(f"{size}: {len(camera.taken)} screens in {args.out / size}")
        for name, texts in camera.cut.items():
            cut_any = True
            lines += [f"{size}/{name}: {t}" for t in texts]
    (args.out / "cut.txt").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    print("\n".join(lines) if lines else "no text cut on any screen")
    return 1 if (cut_any and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
