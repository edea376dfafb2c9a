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
from game.ui.session import saved_chapter, unfinished_game, world_for
from game.ui.text import Doc, fit, wrap
from game.ui.textfield import TextField, click_into_field, focused_field
from game.ui.widgets import Scroller, Viewport, Widget, focus_ring, heading, paper

ROW_FONTS = {False: (("body", "serif-bold"), ("small", "sans")),
             True: (("small", "serif-bold"), ("tiny", "sans"))}


class ScenarioItem(Widget):
    """A row of the list: a scenario (its title and what it is), or, smaller and indented, one
    of its chapters (its title and length). Its lines wrap: nothing is cut to fit."""

    def __init__(self, theme, x: int, width: int, title: str, detail: str, action, name: str,
                 compact: bool = False) -> None:
        faces = [theme.font(*face) for face in ROW_FONTS[compact]]
        p = theme.palette
        inner = width - theme.px(20)
        self.images = [(font.render(line, True, ink), font.render(line, True, p.on_red))
                       for font, text, ink in zip(faces, (title, detail), (p.ink, p.ink_soft),
                                                  strict=True)
                       for line in wrap(font, text, inner)]
        height = sum(normal.get_height() for normal, _ in self.images) + theme.px(12)
        super().__init__(pygame.Rect(x, 0, width, height), action, name)
        self.selected = False

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
        # The list's rows: each scenario, and under a long one each of its chapters (New game).
        self.rows = [(i, c) for i, s in enumerate(self.scenarios)
                     for c in [None, *([] if lessons else range(len(s.info.chapters)))]]
        self.row = self.rows.index((self.selected, None)) if self.scenarios else 0
        chapter = options.chapter
        if chapter is not None and (self.selected, chapter - 1) in self.rows:
            self.row = self.rows.index((self.selected, chapter - 1))
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
        self.listing = Viewport(t, pygame.Rect(t.margin, top + t.px(34), list_w,
                                            bottom - top - t.px(34)), t.px(6))
        for row, (i, c) in enumerate(self.rows):
            item = self._item(row, i, c, self.listing.content_width)
            self.items.append(item)
            self.listing.add(item, left=item.rect.x)
            self.widgets.append(item)
        self.scrolling(self.listing, "list")
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
        self.select_row(self.row)
        if self.focus is None:
            self.set_focus("Start")

    def _item(self, row: int, i: int, chapter: int | None, width: int) -> ScenarioItem:
        """A row of the list, its rect's x its indent in the list."""
        t = self.theme
        s = self.scenarios[i]
        if chapter is None:
            span = year_span(s.info.calendar.start, s.info.calendar.end)
            detail = f"{'Campaign' if s.info.kind == 'campaign' else 'Lesson'} · {span} · " \
                     f"about {s.info.minutes} min"
            return ScenarioItem(t, 0, width, s.info.title, detail,
                                lambda r=row: self.select_row(r), f"scenario:{s.id}")
        part = s.info.chapters[chapter]
        indent = t.px(24)
        return ScenarioItem(t, indent, width - indent, part.title,
                            f"Chapter {chapter + 1} · about {part.minutes} min",
                            lambda r=row: self.select_row(r), f"chapter:{s.id}:{part.id}",
                            compact=True)

    @property
    def chapter(self) -> int | None:
        """The chapter chosen in the list (None: the scenario from its beginning)."""
        return self.rows[self.row][1] if self.rows else None

    def select(self, index: int) -> None:
        """Chooses a scenario (from its beginning)."""
        self.select_row(self.rows.index((index % len(self.scenarios), None)))

    def select_row(self, row: int) -> None:
        if not self.scenarios:
            self.brief = Scroller(self.theme, self.brief_rect, self._empty_doc())
            self.scrolling(self.brief, "brief")
            return
        self.row = row % len(self.rows)
        self.selected = self.rows[self.row][0]
        for i, item in enumerate(self.items):
            item.selected = i == self.row
        if self.items:
            self.listing.show(self.items[self.row])
        s = self.scenarios[self.selected]
        doc = self._chapter_doc(s, self.chapter) if self.chapter is not None else \
            self._scenario_doc(s)
        if self.problems_named:
            doc.heading("The scenario you named could not be loaded")
            doc.text(self.problems_named, "small", "sans", "red", bullet="•")
        if self.broken:
            doc.heading("Scenarios that could not be loaded")
            for entry in self.broken:
                first = entry.problems[0] if entry.problems else "unknown problem"
                doc.text(f"{entry.path.name}: {first}", "small", "sans", "red", bullet="•")
        self.brief = Scroller(self.theme, self.brief_rect, doc)
        self.scrolling(self.brief, "brief")
        self.app.dirty = True

    def _scenario_doc(self, s) -> Doc:
        doc = Doc(self.theme).text(s.info.title, "heading", "serif-bold")
        cal = s.info.calendar
        doc.text(f"{span_text(cal.start, cal.end, cal.step)} · about {s.info.minutes} minutes",
                 "small", "sans", "soft")
        doc.rule().text(s.info.brief)
        chapters = s.info.chapters
        if chapters and not self.lessons:
            doc.heading("In chapters, one a lesson")
            doc.text(f"The game goes on through {len(chapters)} chapters and stops at the end of "
                     "each, saved, so a class can play one a lesson and go on next time with "
                     "Continue. Choose a chapter in the list to begin there.", "small", "sans")
            for part in chapters:
                doc.text(f"{part.title} · about {part.minutes} minutes", "small", "sans-bold",
                         bullet="•")
        return doc

    def _chapter_doc(self, s, chapter: int) -> Doc:
        part = s.info.chapters[chapter]
        doc = Doc(self.theme).text(part.title, "heading", "serif-bold")
        doc.text(f"{s.info.title} · chapter {chapter + 1} of {len(s.info.chapters)} · about "
                 f"{part.minutes} minutes", "small", "sans", "soft")
        doc.rule().text(part.brief)
        if chapter > 0:
            doc.heading("Where it begins")
            doc.text("If you have an unfinished game of this scenario in this chapter, Start "
                     "carries on from it. Otherwise the chapter begins from Khrushchev's own "
                     "path: the game is played along his choices up to its first season, and "
                     "from there every choice is yours.", "small", "sans")
        return doc

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
        if self.chapter:  # a later chapter: the save if it is there, else Khrushchev's path
            if waiting is not None and saved_chapter(waiting) == self.chapter:
                playing.load(self.app, waiting.path)
                return
            if waiting is None:
                self.start_chapter()
                return
        elif waiting is None:
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
             ("Start anew", self.start_chapter if self.chapter else self.start_anew, "N"),
             ("Cancel", None, "Esc")]))

    def _seed(self) -> int:
        seed_text = self.seed.text
        return int(seed_text) if seed_text.isdigit() else secrets.randbelow(1_000_000)

    def start_chapter(self) -> None:
        """Begins the chosen chapter from Khrushchev's own path, with the class seed."""
        from game.ui.session import Session  # lazy: the rules engine only when a chapter begins

        scenario = self.scenarios[self.selected]
        part = scenario.info.chapters[self.chapter or 0]
        seed = self._seed()
        try:
            session = Session.at_chapter(world_for(scenario), seed, part.id,
                                         self.player.text or None)
        except ValueError:
            self.app.message("This chapter cannot begin with this seed",
                             f"With seed {seed}, Khrushchev's own path ends before "
                             f"{part.title} begins. Choose another class seed, or leave it "
                             "empty for a fresh one.")
            return
        self.app.sounds.play("stamp")
        playing.start(self.app, session)

    def start_anew(self) -> None:
        scenario = self.scenarios[self.selected]
        self.app.sounds.play("stamp")
        playing.new_game(self.app, world_for(scenario), self._seed(), self.player.text or None)

    # --- input -------------------------------------------------------------------------------
    def move_focus(self, step: int) -> None:
        """Tab (and Left/Right): the list is one stop, at its chosen row, so that Tab reaches the
        seed and the name in two presses, not after every scenario; Up and Down choose in it."""
        was_in_list = isinstance(self.focused_widget(), ScenarioItem)
        super().move_focus(step)
        if not isinstance(self.focused_widget(), ScenarioItem):
            return
        if not was_in_list:
            self.set_focus(self.items[self.row].name)
            return
        for _ in self.items:  # out of the list, the way Tab was going
            super().move_focus(step)
            if not isinstance(self.focused_widget(), ScenarioItem):
                return

    def on_focus(self, widget) -> None:
        if isinstance(widget, TextField):
            widget.focus_gained()

    def typing(self) -> TextField | None:
        """The text field that has the focus, if one has."""
        return focused_field(self)

    def handle_event(self, event: pygame.event.Event) -> bool:
        field = self.typing()
        if field is not None and field.handle(event):
            self.app.dirty = True
            return True
        if event.type == pygame.KEYDOWN:
            focused = self.focused_widget()
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and (
                    field is not None or isinstance(focused, ScenarioItem)):
                if isinstance(focused, ScenarioItem):  # as the subtitle says: Enter starts
                    self.select_row(self.items.index(focused))
                self.start()
                return True
            if event.key == pygame.K_ESCAPE and field is not None:
                self.set_focus("Start")
                self.app.dirty = True
                return True
            if event.key in (pygame.K_UP, pygame.K_DOWN) and self.scenarios:
                in_list = isinstance(self.focused_widget(), ScenarioItem)
                self.select_row(self.row + (1 if event.key == pygame.K_DOWN else -1))
                if in_list:  # the focus goes with the choice
                    self.set_focus(self.items[self.row].name)
                return True
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            if click_into_field(self, event):
                return True
            hit = self.widget_at(event.pos)
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
        list_w = self.listing.rect.width if self.items else t.px(300)
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
