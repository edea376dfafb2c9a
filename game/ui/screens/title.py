"""The title screen: Continue, New game, Load, Lesson scenarios, Glossary and people, For
teachers, Settings, How to play, Quit; the version. Enter starts a new game. Run records (or a
folder of them) dropped onto the window open the teacher's screen with them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game import __version__, paths
from game.ui import playing
from game.ui.images import star_points
from game.ui.scene import Scene
from game.ui.screens.common import from_file
from game.ui.screens.howto import HowToScene
from game.ui.screens.settings import SettingsScene
from game.ui.text import fit
from game.ui.widgets import Button, paper

if TYPE_CHECKING:
    from game.ui.screens.teacher import TeacherScene


class TitleScene(Scene):
    name = "title"

    def enter(self) -> None:
        self.autosave_note = None
        self.focus = None

    def resume(self) -> None:
        super().resume()
        # A teacher may have dropped in a scenario meanwhile.
        self.app.background.refresh_catalog_later()
        self.focus = None  # Enter starts a new game again, whatever was clicked before

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        # Continue: the autosave written last (one per scenario; see game.saves).
        autosaves = paths.autosave_files()
        self.autosave_path = autosaves[0] if autosaves else None
        can_continue = False
        self.autosave_note: str | None = None
        if autosaves and not self.app.background.warm:
            # The first frame comes before the rules engine is imported; the check follows.
            can_continue = True
        elif autosaves:
            # lazy: not before the first frame (it brings the content models, ~0.5 s)
            from game.saves import latest_autosave

            slot = latest_autosave()
            if slot is not None:
                self.autosave_path = slot.path
                can_continue = True
                state = "finished" if slot.finished else "in progress"
                self.autosave_note = (f"Continue: {from_file(slot.scenario_title)}, "
                                      f"{from_file(slot.date_label, 40)} ({state})")
            else:
                self.autosave_note = "The autosave cannot be used: it is damaged"
        entries = [
            ("Continue", self.continue_game if can_continue else None, "continue"),
            ("New game", self.new_game, "new"),
            ("Load a saved game", self.load, "load"),
            ("Lesson scenarios", self.lessons, "lessons"),
            ("Endings and challenges", self.gallery, "gallery"),
            ("Glossary and people", self.glossary, "glossary"),
            ("For teachers", self.teachers, "teachers"),
            ("Settings", self.settings, "settings"),
            ("How to play", self.howto, "howto"),
            ("Quit", self.app.quit, "quit"),
        ]
        bw = min(t.px(380), w - 2 * t.margin)
        bh = t.px(42)
        gap = t.px(8)
        x = w - t.margin * 3 - bw if w > t.px(900) else (w - bw) // 2
        total = len(entries) * (bh + gap)
        y = max(t.px(150) if w <= t.px(900) else t.px(60), (h - total) // 2 + t.px(20))
        for label, action, name in entries:
            self.widgets.append(Button(t, pygame.Rect(x, y, bw, bh), label, action,
                                       primary=name == "new", enabled=action is not None,
                                       name=name, role="body"))
            y += bh + gap
        self.menu_x = x
        if self.focus is None:
            self.set_focus("new")

    def arrow_focus(self) -> bool:
        return True

    def on_enter(self) -> bool:
        self.new_game()
        return True

    def back(self) -> None:
        pass  # Esc on the title screen does nothing: Quit is a button

    def continue_game(self) -> None:
        playing.load(self.app, self.autosave_path)

    def new_game(self) -> None:
        # lazy: not before the first frame (it brings the content models, ~0.5 s)
        from game.ui.screens.newgame import NewGameScene

        self.app.push(NewGameScene(self.app, lessons=False))

    def lessons(self) -> None:
        # lazy: not before the first frame (it brings the content models, ~0.5 s)
        from game.ui.screens.newgame import NewGameScene

        self.app.push(NewGameScene(self.app, lessons=True))

    def load(self) -> None:
        # lazy: not before the first frame (it brings the content models, ~0.5 s)
        from game.ui.screens.saves import SavesScene

        self.app.push(SavesScene(self.app, saving=False))

    def gallery(self) -> None:
        from game.ui.screens.gallery import GalleryScene  # lazy: a screen loads when it is opened

        self.app.push(GalleryScene(self.app))

    def glossary(self) -> None:
        # lazy: not before the first frame (it brings the content models, ~0.5 s)
        from game.ui.screens.glossary import GlossaryScene

        self.app.push(GlossaryScene(self.app))

    def teachers(self) -> TeacherScene:
        # lazy: the class tools and their screens load when first used, not with the window
        from game.ui.screens.teacher import TeacherScene

        scene = TeacherScene(self.app)
        self.app.push(scene)
        return scene

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type in (pygame.DROPBEGIN, pygame.DROPFILE):
            self.teachers().drop(event)  # what follows of the drop goes to the teacher's screen
            return True
        return super().handle_event(event)

    def settings(self) -> None:
        self.app.push(SettingsScene(self.app))

    def howto(self) -> None:
        self.app.push(HowToScene(self.app))

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        p = t.palette
        paper(surface, t)
        w, h = surface.get_size()
        wide = w > t.px(900)
        left = t.margin * 3
        col_w = (self.menu_x - 2 * left) if wide else w - 2 * left
        if wide:
            # A poster block: a red field with a paper star, the title beside it.
            r = t.px(70)
            cy = t.px(170)
            pygame.draw.rect(surface, p.red, (left, cy - r - t.px(20), 2 * r + t.px(40),
                                              2 * r + t.px(40)))
            pygame.draw.polygon(surface, p.on_red, star_points(left + r + t.px(20), cy, r,
                                                               r * 0.4))
            tx = left + 2 * r + t.px(70)
            ty = cy - r - t.px(10)
            width = max(40, self.menu_x - tx - t.margin)
        else:
            tx, ty, width = left, t.px(24), col_w
        big = t.font_px("serif-bold", max(28, round(72 * t.scale * min(1.0, t.text_scale))))
        surface.blit(big.render(fit(big, "THAW", width), True, p.ink), (tx, ty))
        ty += big.get_linesize() - t.px(8)
        ru = t.font("subheading", "serif-italic")
        surface.blit(ru.render(fit(ru, "Оттепель", width), True, p.red), (tx, ty))
        ty += ru.get_linesize() + t.px(4)
        sub = t.font("body", "serif")
        surface.blit(sub.render(fit(sub, "Khrushchev's years, 1953-1964", width), True, p.ink),
                     (tx, ty))
        if wide:
            y = t.px(290)
            body = t.font("body", "serif")
            lines = ["March 1953: Stalin is dead. You are Nikita Khrushchev.",
                     "Hold the Presidium, feed the country, face the world,",
                     "and keep your seat until October 1964 - or past it."]
            for line in lines:
                surface.blit(body.render(fit(body, line, col_w), True, p.ink_soft), (left, y))
                y += body.get_linesize()
            if self.autosave_note:
                small = t.font("small", "serif-italic")
                y += t.px(16)
                surface.blit(small.render(fit(small, self.autosave_note, col_w), True, p.red),
                             (left, y))
        tiny = t.font("tiny", "sans")
        foot = (f"Version {__version__}  ·  Enter: new game  ·  Tab and arrows: move  ·  "
                "F11: full screen")
        img = tiny.render(fit(tiny, foot, w - 2 * t.margin), True, p.ink_soft)
        surface.blit(img, (t.margin, h - t.margin - img.get_height()))
        self.draw_widgets(surface)
