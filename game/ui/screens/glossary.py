"""Glossary and people: the terms (Presidium, sovnarkhoz, Komsomol...) and the people of the
period, from `scenarios/_reference.yaml`. If that file is missing or broken, the screen says so."""

from __future__ import annotations

import pygame

from game.content.loader import load_reference
from game.content.problems import ContentError
from game.content.sources import source_ids
from game.paths import bundled
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, header_height, page_header, source_names
from game.ui.text import Doc, wrap
from game.ui.widgets import Scroller, Viewport, Widget, focus_ring, paper, stack, stacked_height

_reference: tuple[object | None, str | None] | None = None


def reference():
    """(ReferenceFile or None, a message when it cannot be shown). Loaded once."""
    global _reference
    if _reference is None:
        path = bundled("scenarios", "_reference.yaml")
        if not path.is_file():
            _reference = (None, "The glossary file (scenarios/_reference.yaml) is not installed "
                                "with this copy of the game, so there are no entries to show.")
        else:
            try:
                _reference = (load_reference(path), None)
            except ContentError as error:
                _reference = (None, "The glossary file has problems and cannot be shown: "
                                    f"{error.problems[0]}")
    return _reference


class EntryRow(Widget):
    """A term or a name in the list: wrapped to the column, as tall as its lines."""

    def __init__(self, theme, width: int, text: str, action, name: str) -> None:
        font = theme.font("small", "sans-bold")
        lines = wrap(font, text, width - theme.px(12))
        super().__init__(pygame.Rect(0, 0, width, len(lines) * font.get_linesize() +
                                     theme.px(10)), action, name)
        self.selected = False
        p = theme.palette
        self.normal = [font.render(line, True, p.ink) for line in lines]
        self.inverse = [font.render(line, True, p.on_red) for line in lines]

    def draw(self, surface, theme, focused, hovered) -> None:
        p = theme.palette
        if self.selected:
            pygame.draw.rect(surface, p.red, self.rect)
        elif hovered:
            pygame.draw.rect(surface, p.paper, self.rect)
        images = self.inverse if self.selected else self.normal
        stack(surface, images, self.rect.x + theme.px(6),
              self.rect.centery - stacked_height(images) // 2)
        if focused:
            focus_ring(surface, theme, self.rect)


class GlossaryScene(Scene):
    name = "glossary"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.tab = "terms"
        self.index = 0
        self.list: Viewport | None = None
        self.rows: list[EntryRow] = []
        self.detail: Scroller | None = None
        self.detail_rect = pygame.Rect(0, 0, 0, 0)

    def entries(self) -> list:
        ref, _ = reference()
        if ref is None:
            return []
        return list(ref.glossary) if self.tab == "terms" else list(ref.people)

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        top = header_height(t, True)
        bottom = bar_top(t, (w, h))
        list_w = min(t.px(300), (w - 3 * t.margin) // 3)
        self.list = Viewport(t, pygame.Rect(t.margin, top, list_w, bottom - top))
        self.rows = []
        for i, entry in enumerate(self.entries()):
            label = entry.term if self.tab == "terms" else entry.name
            row = EntryRow(t, self.list.content_width, label, lambda i=i: self.select(i),
                           f"entry:{i}")
            self.rows.append(row)
            self.list.add(row)
        self.widgets += self.rows
        self.scrolling(self.list, f"list:{self.tab}")
        self.detail_rect = pygame.Rect(list_w + 2 * t.margin, top, w - list_w - 3 * t.margin,
                                       bottom - top)
        other = "People" if self.tab == "terms" else "Terms"
        self.widgets += button_bar(t, (w, h), [(f"Show {other.lower()}", self.switch, "T", False),
                                               ("Back", self.back, "Esc", True)])
        self.select(self.index)
        if self.focus is None:
            self.focus = len(self.focusables()) - 1

    def _detail(self) -> Doc:
        t = self.theme
        ref, problem = reference()
        doc = Doc(t)
        if ref is None:
            return doc.text("Glossary not available", "heading", "serif-bold").text(problem or "")
        entries = self.entries()
        if not entries:
            return doc.text("No entries", "heading", "serif-bold").text(
                "The reference file has no entries of this kind yet.")
        entry = entries[self.index]
        if self.tab == "terms":
            doc.text(entry.term, "heading", "serif-bold")
            if entry.russian:
                doc.text(entry.russian, "subheading", "serif-italic", "red")
            doc.rule().text(entry.definition)
        else:
            doc.text(entry.name, "heading", "serif-bold")
            doc.text(" · ".join(x for x in (entry.years, entry.role) if x), "small", "sans", "soft")
            doc.rule().text(entry.text)
        doc.text(f"Sources: {source_names(source_ids(entry))}", "tiny", "serif-italic", "soft",
                 before=10)
        return doc

    def select(self, index: int) -> None:
        """Shows entry `index` (the list scrolls to it)."""
        n = len(self.rows)
        self.index = index % n if n else 0
        for i, row in enumerate(self.rows):
            row.selected = i == self.index
        if self.rows and self.list is not None:
            self.list.show(self.rows[self.index])
        self.detail = Scroller(self.theme, self.detail_rect, self._detail())
        self.scrolling(self.detail, "detail", keys=True)
        self.app.dirty = True

    def switch(self) -> None:
        self.tab = "people" if self.tab == "terms" else "terms"
        self.index = 0
        self.laid_out_for = None
        self.app.dirty = True

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            if event.key in (pygame.K_UP, pygame.K_DOWN) and self.rows:
                self.select(self.index + (1 if event.key == pygame.K_DOWN else -1))
                return True
            if event.key in (pygame.K_t, pygame.K_LEFT, pygame.K_RIGHT):
                self.switch()
                return True
        return super().handle_event(event)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        paper(surface, t)
        page_header(surface, t, "Glossary: terms" if self.tab == "terms" else "Glossary: people",
                    "Up and Down pick an entry; T switches between terms and people.")
        if self.rows and self.list is not None:
            x = self.list.rect.right + t.margin // 2
            pygame.draw.line(surface, t.palette.rule, (x, self.list.rect.y),
                             (x, self.list.rect.bottom), 1)
        self.draw_widgets(surface)
