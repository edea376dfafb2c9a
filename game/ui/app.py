"""The window's loop and its scene stack; the parts it is built from are their own modules: the
window and the settings (`window`), the game being played (`session`, `playing`), work in the
background and in idle time (`background`), frame timing for the bench (`frames`), and what the
command line asked for (`launch`).

The loop redraws only when something changed (or a screen animates), and otherwise naps, so an
idle game uses almost no CPU. "Something changed" includes the game itself: every command the game
takes (a choice, a policy, the end of a turn) changes `layout_key`, so every screen lays itself
out again and the frame is redrawn, whichever screen or button moved the game. Input is never
acted on against a frame the player has not seen: after an event that moves the game, the rest of
the queue waits for the frame that shows the move, and a held Enter or Space does not repeat.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.settings import Settings, load_settings
from game.ui import playing
from game.ui.background import WARM, Background
from game.ui.frames import FrameMeter
from game.ui.launch import LaunchOptions
from game.ui.scene import Scene
from game.ui.screens import chapter
from game.ui.screens.message import MessageScene
from game.ui.screens.title import TitleScene
from game.ui.sound import Cues, Sounds
from game.ui.theme import Theme
from game.ui.window import DEFAULT_SIZE, Window
from game.ui.writer import WRITER

if TYPE_CHECKING:
    from game.ui.session import Session

IDLE_NAP = 0.025  # seconds between looks at the event queue when nothing changes
# Keys that press buttons: held down, they do not repeat (a held Enter would end turn after turn).
PRESSING_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
INPUT = (pygame.KEYDOWN, pygame.KEYUP, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP,
         pygame.MOUSEMOTION, pygame.MOUSEWHEEL, pygame.TEXTINPUT, pygame.TEXTEDITING,
         pygame.DROPBEGIN, pygame.DROPFILE, pygame.DROPCOMPLETE)  # files dropped on the window


class App:
    def __init__(self, options: LaunchOptions | None = None,
                 size: tuple[int, int] = DEFAULT_SIZE) -> None:
        self.options = options or LaunchOptions()
        settings, settings_problem = load_settings()
        if self.options.text_size is not None:  # for this run only: the file is not touched
            settings = dataclasses.replace(settings, text_size=self.options.text_size)
        self.window = Window(settings, size)
        self.stack: list[Scene] = []
        self.dirty = True
        self.drawn_for: tuple | None = None  # the layout key of the frame on screen
        self.presented: Scene | None = None  # the screen on top in the frame on screen
        self.held_events: list[pygame.event.Event] = []  # input waiting for the next frame
        self.keys_down: set[int] = set()
        self.pointer: tuple[int, int] | None = None  # where the mouse was last seen
        self.running = True
        self.exit_code = 0
        self.session: Session | None = None
        self.sounds = Sounds()
        self.cues = Cues()  # the vote's bell and the news's teleprinter, as the game moves
        self.background = Background(self.options.scenario)
        self.meter = FrameMeter()
        self.on_frame: Callable[[App], None] | None = None  # the autoplay driver's hook
        self.fast = False  # autoplay and the bench: no 60 fps cap
        self.pending_messages: list[tuple[str, str]] = []
        if settings_problem:
            self.pending_messages.append(("Settings", settings_problem))

        self.push(TitleScene(self))
        if settings.fullscreen:
            self.window.set_fullscreen(True)

    # --- what the screens read -------------------------------------------------------------
    @property
    def size(self) -> tuple[int, int]:
        return self.window.size

    @property
    def theme(self) -> Theme:
        return self.window.theme

    @property
    def settings(self) -> Settings:
        return self.window.settings

    @property
    def screen(self) -> pygame.Surface:
        return self.window.screen

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

    def where(self) -> tuple[int, int]:
        """Where the mouse is (as the events said, else as SDL says)."""
        return self.pointer if self.pointer is not None else pygame.mouse.get_pos()

    # --- the stack ---------------------------------------------------------------------------
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
        self.push(MessageScene(self, title, text))

    def apply_settings(self, settings: Settings) -> None:
        problem = self.window.apply(settings)
        self.background.tasks.append(self.theme.preload())
        self.sounds.configure(settings)
        if problem:
            self.message("Settings", problem)
        self.dirty = True

    def click(self) -> None:
        self.sounds.play("click")

    def quit(self) -> None:
        self.running = False

    # --- a frame -----------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if self.window.handle(event):  # resized, shown again, or F11
            self.background.tasks = [self.theme.preload()]
            self.dirty = True
        elif event.type in INPUT:
            if not self.held_again(event):
                self.pointer = getattr(event, "pos", self.pointer)
                self.top.ensure_layout()
                self.top.handle_event(event)
        elif event.type == pygame.QUIT:
            self.quit()
        elif event.type == WARM:
            self.top.laid_out_for = None  # the title screen can now check the autosave
            self.dirty = True
        elif event.type == pygame.WINDOWFOCUSLOST:
            self.keys_down.clear()  # the key-up may go to another window

    def held_again(self, event: pygame.event.Event) -> bool:
        """Whether a key event is the repeat of a pressing key held down."""
        if event.type == pygame.KEYUP:
            self.keys_down.discard(event.key)
        elif event.type == pygame.KEYDOWN and event.key in PRESSING_KEYS:
            if event.key in self.keys_down:
                return True
            self.keys_down.add(event.key)
        return False

    def draw(self) -> None:
        base = len(self.stack) - 1
        while base > 0 and not self.stack[base].opaque:
            base -= 1
        for scene in self.stack[base:]:
            scene.ensure_layout()
            if not scene.opaque:
                self.screen.blit(self.window.shade(), (0, 0))
            scene.draw(self.screen)

    def step(self, dt: float) -> bool:
        """Update and (if needed) draw one frame; returns whether it drew."""
        self.meter.begin(self.top.name)
        if self.pending_messages and not self.stack[-1].name == "message":
            self.message(*self.pending_messages.pop(0))
        self.top.update(dt)
        self.cues.check(self.session, self.sounds)
        chapter.check(self)  # a chapter just ended: its summary, a place to stop
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
        self.present()
        self.dirty = False
        self.drawn_for = key
        self.meter.drew()
        return True

    def present(self) -> None:
        """Shows the frame drawn: only the parts the screen on top says changed, when the frame
        before was its own too; else the whole window."""
        changed = self.top.changed_rects() if self.presented is self.top else None
        if changed is None:
            pygame.display.flip()
        elif changed:
            pygame.display.update(changed)
        self.presented = self.top

    # --- idle time and the loop --------------------------------------------------------------
    def has_idle_work(self) -> bool:
        return self.background.has_idle_work(self.session, self.stack[:-1])

    def idle_step(self) -> bool:
        """One small step of work on the main thread; False when there is none."""
        return self.background.idle_step(self.session, self.stack[:-1])

    def next_events(self) -> list[pygame.event.Event] | None:
        """The input for the next frame; None when there is none yet (after an idle step or a
        nap: nothing to draw costs a tenth of SDL's own wait, which polls every millisecond)."""
        if self.dirty or self.top.animating() or self.on_frame is not None or self.held_events:
            events, self.held_events = self.held_events + pygame.event.get(), []
            return events
        if self.has_idle_work() and not pygame.event.peek():
            self.idle_step()
            return None
        events = pygame.event.get()
        if not events:
            time.sleep(IDLE_NAP)
            return None
        return events

    def run(self, exit_after_first_frame: bool = False) -> int:
        clock = pygame.time.Clock()
        last = time.perf_counter()
        while self.running:
            busy = self.dirty or self.top.animating() or self.on_frame is not None or \
                bool(self.held_events)
            events = self.next_events()
            if events is None:
                continue
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
            now = time.perf_counter()
            if self.step(now - last) and self.meter.count == 1:
                if exit_after_first_frame:
                    break
                self.background.start_warm_up()
                self.background.tasks.append(self.theme.preload())
                self.sounds.configure(self.settings)
            last = now
            if self.on_frame is not None:
                self.on_frame(self)
            if busy and not self.fast:
                clock.tick(60)
        self.close()
        return self.exit_code

    def close(self) -> None:
        playing.keep(self.session)
        WRITER.flush()
        pygame.display.quit()


def run_window(options: LaunchOptions) -> int:
    """`thaw play` in a window (see game.cli)."""
    os.environ.setdefault("SDL_VIDEO_CENTERED", "1")
    if options.autoplay:
        from game.ui.autoplay import run_autoplay  # lazy: the bots, only for --autoplay

        return run_autoplay(options)
    app = App(options)
    if options.chosen and not options.exit_after_first_frame:
        # lazy: not before the first frame (it brings the content models, ~0.5 s)
        from game.ui.screens.newgame import NewGameScene

        app.push(NewGameScene(app))
    return app.run(exit_after_first_frame=options.exit_after_first_frame)
