"""Choosing a game: each scenario's brief and length, an optional class seed (the same seed gives
every student the same harvests and draws) and an optional player name for the run record."""

from __future__ import annotations

import secrets

import pygame

from game import paths
from game.content import catalog
from game.content.problems import ContentError
from game.sim.calendar import span_text, year_span
from game.ui import playing
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, from_file, header_height, page_header
from game.ui.screens.message import QuestionScene
from game.ui.session import unfinished_game, world_for
from game.ui.text import Doc, fit
from game.ui.textfield import TextField
from game.ui.widgets import Scroller, Widget, focus_ring, heading, paper


class ScenarioItem(Widget):
    def __init__(self, theme, rect, title: str, detail: str, action, name: str) -> None:
        super().__init__(rect, action, name)
        self.selected = False
        font = theme.font("body", "serif-bold")
        small = theme.font("small", "sans")
        width = self.rect.width - theme.px(20)
        p = theme.palette
        self.images = [(font.render(fit(font, title, width), True, p.ink),
                        font.render(fit(font, title, width), True, p.on_red)),
                       (small.render(fit(small, detail, width), True, p.ink_soft),
                        small.render(fit(small, detail, width), True, p.on_red))]

    def draw(self, surface, theme, focused, hovered) -> None:
        p = theme.palette
        pygame.draw.rect(surface, p.red if self.selected else
                         (p.paper if hovered else p.paper_dark), self.rect)
        pygame.draw.rect(surface, p.rule, self.rect, 1)
        y = self.rect.y + theme.px(6)
        for normal, inverse in self.images:
            surface.blit(inverse if self.selected else normal, (self.rect.x + theme.px(10), y))
            y += normal.get_height()
        if focused:
            focus_ring(surface, theme, self.rect)


class NewGameScene(Scene):
    name = "newgame"

    def __init__(self, app, lessons: bool = False) -> None:
        super().__init__(app)
        self.lessons = lessons
        self.shot_name = "lessons" if lessons else "newgame"
        good, self.broken = app.background.scenarios()
        self.scenarios = [s for s in good if s.info.kind == "lesson"] if lessons else good
        self.selected = 0
        self._named = None
        self.problems_named: str | None = None
        options = app.options
        wanted = options.scenario
        ids = [s.id for s in self.scenarios]
        if wanted and wanted not in ids and wanted != "campaign":
            self._add_named(wanted)  # `thaw play --scenario some/file.yaml`
            ids = [s.id for s in self.scenarios]
        if wanted in ids:
            self.selected = ids.index(wanted)
        elif self._named is not None:
            self.selected = ids.index(self._named.id)
        self.seed_text = "" if options.seed is None else str(options.seed)
        self.player_text = options.player or ""
        self.seed: TextField | None = None

    def _add_named(self, ref: str) -> None:
        """A scenario given by path on the command line goes first in the list."""
        try:
            scenario = catalog.find(ref)
        except ContentError as error:
            self.problems_named = f"{ref}: {error.problems[0]}"
            return
        if all(s.id != scenario.id for s in self.scenarios):
            self.scenarios.insert(0, scenario)
        self._named = scenario

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        if self.seed is not None:  # a new layout keeps what was typed
            self.seed_text, self.player_text = self.seed.value, self.player.value
        top = header_height(t, True)
        bottom = bar_top(t, (w, h))
        list_w = min(t.px(400), (w - 3 * t.margin) // 2)
        self.items: list[ScenarioItem] = []
        y = top + t.px(34)
        item_h = t.font("body", "serif-bold").get_linesize() + \
            t.font("small", "sans").get_linesize() + t.px(12)
        for i, s in enumerate(self.scenarios):
            span = year_span(s.info.calendar.start, s.info.calendar.end)
            detail = f"{'Campaign' if s.info.kind == 'campaign' else 'Lesson'} · {span} · " \
                     f"about {s.info.minutes} min"
            item = ScenarioItem(t, pygame.Rect(t.margin, y, list_w, item_h), s.info.title, detail,
                                lambda i=i: self.select(i), f"scenario:{s.id}")
            self.items.append(item)
            self.widgets.append(item)
            y += item_h + t.px(6)
        right = t.margin * 2 + list_w
        right_w = w - right - t.margin
        field_h = t.px(40)
        label_h = t.font("small", "sans-bold").get_linesize()
        fields_top = bottom - 2 * (field_h + label_h + t.px(10))
        self.brief_rect = pygame.Rect(right, top + t.px(34), right_w,
                                      max(t.px(40), fields_top - top - t.px(44)))
        fw = min(right_w, t.px(300))
        self.seed_label_y = fields_top
        self.seed = TextField(t, pygame.Rect(right, fields_top + label_h, fw, field_h),
                              "seed", self.seed_text, limit=9, digits=True)
        py = fields_top + label_h + field_h + t.px(10)
        self.player_label_y = py
        self.player = TextField(t, pygame.Rect(right, py + label_h, fw, field_h), "player",
                                self.player_text, limit=24)
        self.widgets += [self.seed, self.player]
        start = self.start if self.scenarios else None
        self.widgets += button_bar(t, (w, h), [("Back", self.back, "Esc", False),
                                               ("Start", start, "Enter", True)])
        self.fields_x = right
        self.select(self.selected, relayout=False)
        if self.focus is None:
            self.set_focus("Start")

    def select(self, index: int, relayout: bool = True) -> None:
        if not self.scenarios:
            self.brief = Scroller(self.theme, self.brief_rect, self._empty_doc())
            self.scrolling(self.brief, "brief")
            return
        self.selected = index % len(self.scenarios)
        for i, item in enumerate(self.items):
            item.selected = i == self.selected
        s = self.scenarios[self.selected]
        t = self.theme
        doc = Doc(t).text(s.info.title, "heading", "serif-bold")
        cal = s.info.calendar
        doc.text(f"{span_text(cal.start, cal.end, cal.step)} · about {s.info.minutes} minutes",
                 "small", "sans", "soft")
        doc.rule().text(s.info.brief)
        if self.problems_named:
            doc.heading("The scenario you named could not be loaded")
            doc.text(self.problems_named, "small", "sans", "red", bullet="•")
        if self.broken:
            doc.heading("Scenarios that could not be loaded")
            for entry in self.broken:
                first = entry.problems[0] if entry.problems else "unknown problem"
                doc.text(f"{entry.path.name}: {first}", "small", "sans", "red", bullet="•")
        self.brief = Scroller(t, self.brief_rect, doc)
        self.scrolling(self.brief, "brief")
        self.app.dirty = True

    def _empty_doc(self) -> Doc:
        doc = Doc(self.theme)
        if self.lessons:
            doc.text("No lesson scenarios", "heading", "serif-bold")
            doc.text("No short lesson scenario is installed with this copy of the game. The full "
                     "game is under New game. A teacher can add lesson files to "
                     f"{paths.user_scenarios_dir()}.")
        else:
            doc.text("No scenarios found", "heading", "serif-bold")
            doc.text("The game found no scenario it can load, so a game cannot start. Scenarios "
                     "live in the game's scenarios folder and in "
                     f"{paths.user_scenarios_dir()}.")
        for entry in self.broken:
            first = entry.problems[0] if entry.problems else "unknown problem"
            doc.text(f"{entry.path.name}: {first}", "small", "sans", "red", bullet="•")
        return doc

    def start(self) -> None:
        """Starts the game chosen; first asks, if an unfinished game of this scenario would lose
        its autosave to it."""
        if not self.scenarios:
            return
        scenario = self.scenarios[self.selected]
        waiting = unfinished_game(scenario.id)
        if waiting is None:
            self.start_anew()
            return
        who = f", played by {from_file(waiting.player, 40)}" if waiting.player else ""
        when = from_file(waiting.saved_at.replace("T", " at "), 40)
        self.app.push(QuestionScene(
            self.app, "An unfinished game",
            f"You have an unfinished game of \u201c{from_file(waiting.scenario_title)}\u201d "
            f"({from_file(waiting.date_label, 40)}{who}), saved {when}. Starting anew "
            "replaces its autosave; its run record stays.",
            [("Continue it", lambda: playing.load(self.app, waiting.path), "C"),
             ("Start anew", self.start_anew, "N"),
             ("Cancel", None, "Esc")]))

    def start_anew(self) -> None:
        scenario = self.scenarios[self.selected]
        seed_text = self.seed.text
        seed = int(seed_text) if seed_text.isdigit() else secrets.randbelow(1_000_000)
        self.app.sounds.play("stamp")
        playing.new_game(self.app, world_for(scenario), seed, self.player.text or None)

    # --- input -------------------------------------------------------------------------------
    def on_focus(self, widget) -> None:
        if isinstance(widget, TextField):
            widget.focus_gained()

    def typing(self) -> TextField | None:
        """The text field that has the focus, if one has."""
        widget = self.focused_widget()
        return widget if isinstance(widget, TextField) else None

    def handle_event(self, event: pygame.event.Event) -> bool:
        field = self.typing()
        if field is not None and field.handle(event):
            self.app.dirty = True
            return True
        if event.type == pygame.KEYDOWN:
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and field is not None:
                self.start()
                return True
            if event.key == pygame.K_ESCAPE and field is not None:
                self.set_focus("Start")
                self.app.dirty = True
                return True
            if event.key in (pygame.K_UP, pygame.K_DOWN) and self.scenarios:
                self.select(self.selected + (1 if event.key == pygame.K_DOWN else -1))
                return True
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            hit = self.widget_at(event.pos)
            if isinstance(hit, TextField):
                hit.place_caret(event.pos[0])
                self.set_focus(hit.name)
                hit.focus_gained()
                self.app.dirty = True
                return True
            if hit is None and field is not None:  # a click on the page leaves the field
                self.set_focus("Start")
                self.app.dirty = True
        return super().handle_event(event)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        paper(surface, t)
        title = "Lesson scenarios" if self.lessons else "New game"
        page_header(surface, t, title, "Choose a scenario. Up and Down pick one; Enter starts.")
        top = header_height(t, True)
        list_w = self.items[0].rect.width if self.items else t.px(300)
        heading(surface, t, "Scenarios", t.margin, top, list_w)
        heading(surface, t, "The brief", self.fields_x, top, self.brief_rect.width)
        small = t.font("small", "sans-bold")
        soft = t.font("tiny", "sans")
        for y, text, note in ((self.seed_label_y, "Class seed (optional)",
                               "same seed, same harvests: leave empty for a fresh one"),
                              (self.player_label_y, "Your name (optional)",
                               "written in the run record for your teacher")):
            img = small.render(text, True, t.palette.ink)
            surface.blit(img, (self.fields_x, y))
            x = self.seed.rect.right + t.gap
            avail = surface.get_width() - t.margin - x
            if avail > t.px(60):
                note_img = soft.render(fit(soft, note, avail), True, t.palette.ink_soft)
                surface.blit(note_img, (x, y + small.get_linesize() + t.px(10)))
        self.draw_widgets(surface)
