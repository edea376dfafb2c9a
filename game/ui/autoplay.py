"""`thaw play --autoplay`: a bot plays a whole game through the real window by posting real input
events (keys and mouse clicks), visiting every screen on the way and, if asked, saving a
screenshot of each. The benchmark and the tests drive the same player.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pygame

from game.sim.bots import make_bot
from game.ui.app import App
from game.ui.launch import LaunchOptions

KEY_NAMES = {pygame.K_RETURN: "\r", pygame.K_ESCAPE: "\x1b"}


def key(k: int, mod: int = 0) -> None:
    char = KEY_NAMES.get(k, chr(k) if 32 <= k < 127 else "")
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode=char,
                                         scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=k, mod=mod, unicode=char, scancode=0))


def click(pos: tuple[int, int]) -> None:
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                         buttons=(0, 0, 0)))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))


class Player:
    """Plays through the window: one input per frame once the previous one has been drawn."""

    def __init__(self, seed: int, screenshots: Path | None = None, tour: bool = True,
                 policy: str = "random", max_frames: int = 5000) -> None:
        self.bot = make_bot(policy, seed)
        self.screenshots = screenshots
        self.shots: list[Path] = []
        self.seen: set[str] = set()
        self.tour = ["howto", "settings", "glossary", "load", "lessons"] if tour else []
        self.in_game_tour = ["history", "policies", "menu", "save"] if tour else []
        self.debrief_tour = ["report", "whatif"] if tour else []  # the debrief's own tools
        self.whatif_tried = False
        self.frames = 0
        self.max_frames = max_frames
        self.debrief_tabs_done = False
        self.finished = False
        self.failed: str | None = None
        self.policy_done_turn = -1

    # --- the hook ---------------------------------------------------------------------------
    def __call__(self, app: App) -> None:
        if app.dirty or pygame.event.peek() or app.held_events or app.background.busy() or \
                app.has_idle_work():
            # Like a person, who reads the screen before the next click: the last input has
            # landed and been drawn, and the files and content have been written and read.
            if not app.idle_step():
                time.sleep(0.001)
            return
        self.frames += 1
        if self.frames > self.max_frames:
            self.failed = "the game did not end within the input limit"
            app.exit_code = 1
            app.quit()
            return
        scene = app.top
        if getattr(scene, "working", None) is not None and scene.working():
            time.sleep(0.001)  # a report being written, a game replayed: read the result
            return
        self.shoot(app, getattr(scene, "shot_name", scene.name))
        handler = getattr(self, f"on_{scene.name.replace('-', '_')}", None)
        if handler is None:
            key(pygame.K_ESCAPE)
        else:
            handler(app, scene)

    def shoot(self, app: App, name: str) -> None:
        if self.screenshots is None or name in self.seen:
            return
        self.seen.add(name)
        path = self.screenshots / f"{len(self.shots) + 1:02d}-{name}.png"
        app.draw()
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(app.screen, str(path))
        self.shots.append(path)

    def press_widget(self, scene, name: str) -> bool:
        for widget in scene.widgets:
            if widget.name == name and widget.enabled:
                click(widget.rect.center)
                return True
        return False

    # --- screens ----------------------------------------------------------------------------
    def on_title(self, app: App, scene) -> None:
        if self.finished:
            app.quit()
            return
        while self.tour:
            target = self.tour.pop(0)
            if self.press_widget(scene, target):
                return
        key(pygame.K_RETURN)  # Enter starts a new game

    def on_newgame(self, app: App, scene) -> None:
        if not scene.lessons and not scene.scenarios:
            self.failed = "no scenario can be started (see `thaw scenarios`)"
            app.exit_code = 1
            app.quit()
            return
        if not scene.lessons:
            key(pygame.K_RETURN)
        else:
            key(pygame.K_ESCAPE)

    def on_turn(self, app: App, scene) -> None:
        game = app.session.game
        if self.in_game_tour and game.turn >= 1:
            step = self.in_game_tour.pop(0)
            if step == "save":
                self.in_game_tour.insert(0, "save-slot")
                key(pygame.K_ESCAPE)
                return
            key({"history": pygame.K_h, "policies": pygame.K_p, "menu": pygame.K_ESCAPE}[step])
            return
        if game.turn != self.policy_done_turn and game.world.policies:
            self.policy_done_turn = game.turn
            wanted = self.bot.policies(game)
            if wanted:
                self.wanted_policies = wanted
                key(pygame.K_p)
                return
        if scene.decision is not None:
            decision = scene.decision
            options = game.available_options(decision.id)
            choice = self.bot.pick(game, decision.id, options)
            index = [o.id for o in decision.options].index(choice)
            if scene.selected != index:
                key(pygame.K_1 + index)
            else:
                key(pygame.K_RETURN)
        else:
            key(pygame.K_RETURN)

    def on_policies(self, app: App, scene) -> None:
        wanted = getattr(self, "wanted_policies", [])
        if wanted:
            policy, option = wanted.pop(0)
            if self.press_widget(scene, f"{policy}={option}"):
                return
        key(pygame.K_ESCAPE)

    def on_menu(self, app: App, scene) -> None:
        if self.in_game_tour and self.in_game_tour[0] == "save-slot":
            self.press_widget(scene, "save")
            return
        key(pygame.K_ESCAPE)

    def on_saves(self, app: App, scene) -> None:
        if self.in_game_tour and self.in_game_tour[0] == "save-slot":
            self.in_game_tour.pop(0)
            self.press_widget(scene, "slot-1")
            return
        key(pygame.K_ESCAPE)

    def on_outcome(self, app: App, scene) -> None:
        key(pygame.K_RETURN)

    def on_message(self, app: App, scene) -> None:
        key(pygame.K_RETURN)

    def on_question(self, app: App, scene) -> None:
        # An unfinished game in the way of the bot's own: start anew, as the bot's seed says
        # (a scenario changed since a save: play on).
        answers = [k for _, _, k in scene.answers]
        key(pygame.K_n if "N" in answers else pygame.K_RETURN)

    def on_debrief(self, app: App, scene) -> None:
        if not self.debrief_tabs_done:
            self.shoot(app, f"debrief-{scene.tab + 1}")
            if scene.tab < len(scene.tab_buttons) - 1:
                key(pygame.K_RIGHT)
                return
            self.debrief_tabs_done = True
        if self.debrief_tour:
            key({"report": pygame.K_r, "whatif": pygame.K_w}[self.debrief_tour.pop(0)])
            return
        self.finished = True
        key(pygame.K_ESCAPE)

    def on_whatif(self, app: App, scene) -> None:
        """Tries the decision in the middle of the game (reached by the arrow keys)."""
        rows = scene.rows
        if self.whatif_tried or not rows:
            key(pygame.K_ESCAPE)
            return
        target = rows[len(rows) // 2].name
        if scene.focused_name() != target:
            key(pygame.K_DOWN)
            return
        self.shoot(app, "whatif-scrolled")
        key(pygame.K_RETURN)

    def on_whatif_options(self, app: App, scene) -> None:
        if self.whatif_tried or not any(row.enabled for row in scene.rows):
            key(pygame.K_ESCAPE)
            return
        self.whatif_tried = True
        key(pygame.K_RETURN)  # the option ready: the next after the one taken


def run_autoplay(options: LaunchOptions) -> int:
    seed = options.seed if options.seed is not None else 1
    shots = options.screenshots
    app = App(options)
    app.fast = True
    player = Player(seed, shots)
    app.on_frame = player
    code = app.run()
    if player.failed:
        print(f"thaw: autoplay failed: {player.failed}", file=sys.stderr)
        return 1
    if shots is not None:
        print(f"{len(player.shots)} screenshots in {shots}")
    return code
