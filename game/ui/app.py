"""The window: the main loop, the scene stack, and what all screens share (theme, settings, the
game being played, sounds).

The loop redraws only when something changed (or a screen animates), and otherwise naps, so an
idle game uses almost no CPU. "Something changed" includes the game itself: every command the game
takes (a choice, a policy, the end of a turn) changes `layout_key`, so every screen lays itself
out again and the frame is redrawn, whichever screen or button moved the game. Input is never
acted on against a frame the player has not seen: after an event that moves the game, the rest of
the queue waits for the frame that shows the move, and a held Enter or Space does not repeat.
"""

from __future__ import annotations

import os
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import __version__
from game.settings import Settings, load_settings, save_settings
from game.ui.images import window_icon
from game.ui.scene import Scene
from game.ui.sound import Cues, Sounds
from game.ui.theme import Theme
from game.ui.writer import WRITER

if TYPE_CHECKING:
    from game.sim.world import World
    from game.ui.session import Session

DEFAULT_SIZE = (1280, 720)
IDLE_NAP = 0.025  # seconds between looks at the event queue when nothing changes
MIN_SIZE = (800, 480)  # the smallest window the player can drag to; layouts aim at 1024x600 up
# A debrief button from elsewhere (the classroom tools): (label, action(app, session)), or
# (label, action, key) with the letter that presses it.
DebriefAction = tuple[str, Callable[["App", "Session"], None]] | \
    tuple[str, Callable[["App", "Session"], None], str]
WARM = pygame.USEREVENT + 1  # posted when the game modules have been imported in the background
# Keys that press buttons: held down, they do not repeat (a held Enter would end turn after turn).
PRESSING_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)


def _save_report(app: App, session: Session) -> None:
    from game.ui.screens.save_report import save_report

    save_report(app, session)


def _what_if(app: App, session: Session) -> None:
    from game.ui.screens.whatif import open_whatif

    open_whatif(app, session)


def _warm_up(app: App) -> None:
    """Imports what the first frame does not need (the rules engine, the content models)
    and reads the scenarios and the glossary, while the title screen is already up:
    the window opens fast and the first press of New game does not wait. Pure Python only (no
    pygame calls off the main thread)."""
    try:
        import importlib

        import game.saves  # noqa: F401
        from game.ui import session

        for screen in ("newgame", "turn", "outcome", "policies", "history", "menu", "saves",
                       "settings", "howto", "debrief", "save_report", "whatif",
                       "whatif_options", "whatif_result"):
            importlib.import_module(f"game.ui.screens.{screen}")
        from game.ui.screens.glossary import reference

        app.refresh_catalog()
        good = app.catalog[0] if app.catalog else []
        wanted = getattr(app.args, "scenario", None) or "campaign"
        for scenario in good:
            if scenario.id == wanted or scenario.info.kind == "campaign":
                session.world_for(scenario)
                break
        reference()
    except Exception:  # noqa: BLE001 - anything wrong here shows up again, on screen, when used
        pass
    finally:
        app.warm = True
        try:
            pygame.event.post(pygame.event.Event(WARM))
        except pygame.error:
            pass  # the window closed meanwhile


class App:
    def __init__(self, args=None, size: tuple[int, int] = DEFAULT_SIZE) -> None:
        self.args = args
        self.settings, settings_problem = load_settings()
        pygame.display.init()
        pygame.font.init()
        pygame.key.set_repeat(400, 40)
        pygame.display.set_caption(f"Thaw: Khrushchev's years, 1953-1964 (version {__version__})")
        icon = window_icon()
        if icon is not None:
            pygame.display.set_icon(icon)  # before the window opens, as SDL wants
        self.fullscreen = False
        self.screen = pygame.display.set_mode(size, pygame.RESIZABLE)
        self._limit_window()
        self.size = self.screen.get_size()
        self.theme = Theme(self.size, self.settings.text_scale, self.settings.high_contrast)
        self.stack: list[Scene] = []
        self.dirty = True
        self.drawn_for: tuple | None = None  # the layout key of the frame on screen
        self.held_events: list[pygame.event.Event] = []  # input waiting for the next frame
        self.keys_down: set[int] = set()
        self.running = True
        self.exit_code = 0
        self.session: Session | None = None
        self.sounds = Sounds()
        self.cues = Cues()  # the vote's bell and the news's teleprinter, as the game moves
        self.debrief_actions: list[DebriefAction] = [("Save report", _save_report, "R"),
                                                     ("What if?", _what_if, "W")]
        self.frames = 0
        self.first_frame_at: float | None = None
        self.frame_ms: list[float] = []  # update+draw time of frames that drew (for the bench)
        self.frame_cpu_ms: list[float] = []  # the same in CPU time of this thread
        self.on_frame: Callable[[App], None] | None = None  # the autoplay driver's hook
        self.fast = False  # autoplay and the bench: no 60 fps cap
        self.pending_messages: list[tuple[str, str]] = []
        self.warm = False
        self._warming: threading.Thread | None = None
        self.catalog: tuple[list, list] | None = None
        self._catalog_thread: threading.Thread | None = None
        self._catalog_stamp: tuple | None = None
        self.idle_tasks: list = []  # generators stepped one step per idle loop turn
        self._shade_key: tuple | None = None
        self._shade_surface: pygame.Surface | None = None
        if settings_problem:
            self.pending_messages.append(("Settings", settings_problem))
        from game.ui.screens.title import TitleScene

        self.push(TitleScene(self))
        if self.settings.fullscreen:
            self.set_fullscreen(True)

    # --- the stack ---------------------------------------------------------------------------
    def layout_key(self) -> tuple:
        """What every screen's layout depends on: the window, the text settings and the game."""
        return (self.size, self.settings.text_scale, self.settings.high_contrast,
                self.game_key())

    def game_key(self) -> tuple:
        """Changes with every command the game being played takes (each one is logged)."""
        if self.session is None:
            return ()
        game = self.session.game
        return (id(game), len(game.log))

    @property
    def top(self) -> Scene:
        return self.stack[-1]

    def push(self, scene: Scene) -> None:
        self.stack.append(scene)
        scene.enter()
        self.dirty = True

    def pop(self) -> None:
        if len(self.stack) <= 1:
            return  # the title screen stays; quitting is its own button
        scene = self.stack.pop()
        scene.exit()
        self.top.resume()
        self.dirty = True

    def pop_to(self, name: str) -> None:
        while len(self.stack) > 1 and self.top.name != name:
            self.pop()

    def replace(self, scene: Scene) -> None:
        old = self.stack.pop()
        old.exit()
        self.push(scene)

    def message(self, title: str, text: str) -> None:
        from game.ui.screens.message import MessageScene

        self.push(MessageScene(self, title, text))

    # --- games -------------------------------------------------------------------------------
    def start(self, session: Session) -> None:
        """Play `session`: the stack becomes the title screen and the turn screen."""
        from game.ui.screens.debrief import DebriefScene
        from game.ui.screens.turn import TurnScene

        self.session = session
        while len(self.stack) > 1:
            self.pop()
        if session.game.ending is not None:
            self.push(DebriefScene(self))
        else:
            self.push(TurnScene(self))
            session.autosave()

    def new_game(self, world: World, seed: int, player: str | None) -> None:
        from game.ui.session import Session

        self.start(Session.new(world, seed, player))

    def load(self, path: Path) -> bool:
        """Loads a save; shows the reason on screen if it cannot, and asks first if its scenario
        has changed since it was saved (the moves are replayed under the rules as they are)."""
        from game.saves import SaveError
        from game.ui.screens.message import QuestionScene
        from game.ui.session import Session

        try:
            session = Session.from_save(path)
        except SaveError as error:
            self.message("This save cannot be loaded", f"{path.name}: {error}")
            return False
        if session.warning:
            self.push(QuestionScene(self, "The scenario has changed", session.warning,
                                    [("Play on", lambda: self.start(session), "P"),
                                     ("Cancel", None, "Esc")]))
            return True
        self.start(session)
        return True

    def leave_game(self) -> None:
        """Back to the title screen; the game is kept in the autosave and its run record."""
        if self.session is not None:
            self.session.autosave()
            self.session.flush_record()
        while len(self.stack) > 1:
            self.pop()

    # --- settings and the window -------------------------------------------------------------
    def apply_settings(self, settings: Settings) -> None:
        fullscreen_changed = settings.fullscreen != self.settings.fullscreen
        self.settings = settings
        self.theme.configure(self.size, settings.text_scale, settings.high_contrast)
        self.idle_tasks.append(self.theme.preload())
        self.sounds.configure(settings)
        problem = save_settings(settings)
        if fullscreen_changed:
            self.set_fullscreen(settings.fullscreen)
        if problem:
            self.message("Settings", problem)
        self.dirty = True

    @staticmethod
    def _limit_window() -> None:
        """The window cannot be dragged smaller than the layouts are meant for (where the
        platform allows it; every layout still survives smaller sizes without breaking)."""
        try:
            with warnings.catch_warnings():  # pygame-ce warns about surfaces, not this use
                warnings.simplefilter("ignore", DeprecationWarning)
                window = pygame.Window.from_display_module()
            window.minimum_size = MIN_SIZE
        except (AttributeError, pygame.error):
            pass

    def set_fullscreen(self, on: bool) -> None:
        try:
            if on:
                self.screen = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            else:
                self.screen = pygame.display.set_mode(DEFAULT_SIZE, pygame.RESIZABLE)
                self._limit_window()
        except pygame.error:
            self.screen = pygame.display.set_mode(DEFAULT_SIZE, pygame.RESIZABLE)
            on = False
        self.fullscreen = on
        if self.settings.fullscreen != on:
            self.settings.fullscreen = on
            save_settings(self.settings)
        self.resized(self.screen.get_size())

    def resized(self, size: tuple[int, int]) -> None:
        self.screen = pygame.display.get_surface()
        self.size = self.screen.get_size()
        self.theme.configure(self.size, self.settings.text_scale, self.settings.high_contrast)
        self.idle_tasks = [self.theme.preload()]
        self.dirty = True

    def click(self) -> None:
        self.sounds.play("click")

    def quit(self) -> None:
        self.running = False

    # --- the loop ----------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.quit()
            return
        if event.type == WARM:
            self.top.laid_out_for = None  # the title screen can now check the autosave
            self.dirty = True
            return
        if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            size = (event.w, event.h) if event.type == pygame.VIDEORESIZE else \
                pygame.display.get_surface().get_size()
            if size != self.size:
                self.resized(size)
            return
        if event.type in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.WINDOWSHOWN):
            self.dirty = True
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F11:
            self.set_fullscreen(not self.fullscreen)
            return
        if event.type == pygame.KEYUP:
            self.keys_down.discard(event.key)
        elif event.type == pygame.WINDOWFOCUSLOST:
            self.keys_down.clear()  # the key-up may go to another window
        elif event.type == pygame.KEYDOWN and event.key in PRESSING_KEYS:
            if event.key in self.keys_down:
                return  # the key is held: the repeat does not press again
            self.keys_down.add(event.key)
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP,
                          pygame.MOUSEMOTION, pygame.MOUSEWHEEL, pygame.TEXTINPUT,
                          pygame.TEXTEDITING, pygame.KEYUP):
            self.top.ensure_layout()
            self.top.handle_event(event)

    def draw(self) -> None:
        base = len(self.stack) - 1
        while base > 0 and not self.stack[base].opaque:
            base -= 1
        for scene in self.stack[base:]:
            scene.ensure_layout()
            if not scene.opaque:
                self.screen.blit(self._shade(), (0, 0))
            scene.draw(self.screen)

    def _shade(self) -> pygame.Surface:
        """The dimming behind a modal window, made once per size and palette."""
        key = (self.size, self.theme.palette.shade)
        if self._shade_key != key:
            self._shade_surface = pygame.Surface(self.size, pygame.SRCALPHA)
            self._shade_surface.fill(self.theme.palette.shade)
            self._shade_key = key
        return self._shade_surface

    def step(self, dt: float) -> bool:
        """Update and (if needed) draw one frame; returns whether it drew."""
        if self.pending_messages and not self.stack[-1].name == "message":
            title, text = self.pending_messages.pop(0)
            self.message(title, text)
        self.top.update(dt)
        self.cues.check(self.session, self.sounds)
        if WRITER.error:
            error, WRITER.error = WRITER.error, None
            self.message("Saving failed", f"The game could not save: {error}. Your game goes on; "
                         "free some disk space or check the folder's permissions.")
        key = self.layout_key()
        if key != self.drawn_for:
            self.dirty = True  # the game moved, or the window or the text size changed
        if not (self.dirty or self.top.animating()):
            return False
        self.draw()
        pygame.display.flip()
        self.dirty = False
        self.drawn_for = key
        self.frames += 1
        return True

    def refresh_catalog(self) -> tuple[list, list]:
        """The scenarios the game can find (good ones, broken ones), read again."""
        from game.content import catalog

        self._catalog_stamp = self._user_scenarios_stamp()
        self.catalog = catalog.available()
        return self.catalog

    @staticmethod
    def _user_scenarios_stamp() -> tuple:
        from game import paths

        folder = paths.user_scenarios_dir()
        try:
            return tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir()))
        except OSError:
            return ()

    def background_busy(self) -> bool:
        """Whether files are being written or content read in the background."""
        threads = (self._warming, self._catalog_thread)
        return any(t is not None and t.is_alive() for t in threads) or WRITER.busy()

    def refresh_catalog_later(self) -> None:
        """Reads the scenarios again in the background (pure Python, no pygame) if a teacher
        has changed the folder of their own scenarios since the last read."""
        if not self.warm:
            return  # the warm-up is reading them already
        stamp = self._user_scenarios_stamp()
        if stamp == self._catalog_stamp and self.catalog is not None:
            return
        self._catalog_thread = threading.Thread(target=self.refresh_catalog, daemon=True,
                                                name="thaw-catalog")
        self._catalog_thread.start()

    def scenarios(self) -> tuple[list, list]:
        """The scenarios, waiting for a background read if one is under way."""
        for thread in (self._warming, self._catalog_thread):
            if thread is not None and thread.is_alive():
                thread.join()
        return self.catalog if self.catalog is not None else self.refresh_catalog()

    def has_idle_work(self) -> bool:
        return bool(self.idle_tasks) or (self.session is not None and self.session.record_due) \
            or any(scene.needs_prepare() for scene in self.stack[:-1])

    def idle_step(self) -> bool:
        """One small step of background work on the main thread; False when there is none."""
        if self.session is not None and self.session.record_due:
            self.session.flush_record()  # the run record, built out of the way of input
            return True
        while self.idle_tasks:
            try:
                next(self.idle_tasks[0])
                return True
            except StopIteration:
                self.idle_tasks.pop(0)
        for scene in reversed(self.stack[:-1]):
            if scene.needs_prepare():
                scene.prepare()
                return True
        return False

    def start_warm_up(self, background: bool = True) -> None:
        if self.warm or self._warming is not None:
            return
        if background:
            self._warming = threading.Thread(target=_warm_up, args=(self,), name="thaw-warm",
                                             daemon=True)
            self._warming.start()
        else:
            _warm_up(self)

    def run(self, exit_after_first_frame: bool = False) -> int:
        clock = pygame.time.Clock()
        last = time.perf_counter()
        while self.running:
            busy = self.dirty or self.top.animating() or self.on_frame is not None or \
                bool(self.held_events)
            if busy:
                events, self.held_events = self.held_events + pygame.event.get(), []
            elif self.has_idle_work() and not pygame.event.peek():
                self.idle_step()
                continue
            else:
                # Nothing to draw: nap and poll. SDL's own wait polls every millisecond (about 2%
                # of a core); a 25 ms nap costs a tenth of that and no one feels the delay.
                events = pygame.event.get()
                if not events:
                    time.sleep(IDLE_NAP)
                    continue
            start = time.perf_counter()
            start_cpu = time.thread_time()
            for i, event in enumerate(events):
                moved_from = self.game_key()
                self.handle(event)
                if not self.running:
                    break
                if self.game_key() != moved_from:
                    # The game moved: what follows is for the screen that shows the move.
                    self.held_events = events[i + 1:]
                    break
            if not self.running:
                break
            drew = self.step(start - last)
            last = start
            if drew:
                self.frame_ms.append((time.perf_counter() - start) * 1000)
                self.frame_cpu_ms.append((time.thread_time() - start_cpu) * 1000)
                if self.first_frame_at is None:
                    self.first_frame_at = time.perf_counter()
                    if os.environ.get("THAW_REPORT_FIRST_FRAME"):  # for `thaw bench`
                        print("first-frame", time.time(), flush=True)
                    if exit_after_first_frame:
                        break
                    self.start_warm_up()
                    self.idle_tasks.append(self.theme.preload())
                    self.sounds.configure(self.settings)
            if self.on_frame is not None:
                self.on_frame(self)
            if busy and not self.fast:
                clock.tick(60)
        self.close()
        return self.exit_code

    def close(self) -> None:
        if self.session is not None:
            self.session.autosave()
            self.session.flush_record()
        WRITER.flush()
        pygame.display.quit()

    def screenshot(self, path: Path) -> None:
        self.draw()
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.screen, str(path))


def run_window(args) -> int:
    """`thaw play` in a window (see game.cli)."""
    os.environ.setdefault("SDL_VIDEO_CENTERED", "1")
    if getattr(args, "autoplay", False):
        from game.ui.autoplay import run_autoplay

        return run_autoplay(args)
    app = App(args)
    chosen = getattr(args, "scenario", "campaign") != "campaign" or \
        getattr(args, "seed", None) is not None or getattr(args, "player", None)
    if chosen and not getattr(args, "exit_after_first_frame", False):
        from game.ui.screens.newgame import NewGameScene

        app.push(NewGameScene(app))
    return app.run(exit_after_first_frame=getattr(args, "exit_after_first_frame", False))
