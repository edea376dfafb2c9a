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
from game.ui.text import Doc, fit
from game.ui.widgets import Scroller, Widget, focus_ring, paper

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
    def __init__(self, theme, rect, text: str, action, name: str) -> None:
        super().__init__(rect, action, name)
        self.selected = False
        font = theme.font("small", "sans-bold")
        width = self.rect.width - theme.px(12)
        self.normal = font.render(fit(font, text, width), True, theme.palette.ink)
        self.inverse = font.render(fit(font, text, width), True, theme.palette.on_red)

    def draw(self, surface, theme, focused, hovered) -> None:
        p = theme.palette
        if self.selected:
            pygame.draw.rect(surface, p.red, self.rect)
        elif hovered:
            pygame.draw.rect(surface, p.paper, self.rect)
        img = self.inverse if self.selected else self.normal
        surface.blit(img, (self.rect.x + theme.px(6),
                           self.rect.centery - img.get_height() // 2))
        if focused:
            focus_ring(surface, theme, self.rect)


class GlossaryScene(Scene):
    name = "glossary"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.tab = "terms"
        self.index = 0
        self.offset = 0

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
        self.list_area = pygame.Rect(t.margin, top, list_w, bottom - top)
        self.rows: list[EntryRow] = []
        row_h = t.font("small", "sans-bold").get_linesize() + t.px(10)
        for i, entry in enumerate(self.entries()):
            label = entry.term if self.tab == "terms" else entry.name
            row = EntryRow(t, pygame.Rect(t.margin, top, list_w, row_h), label,
                           lambda i=i: self.select(i), f"entry:{i}")
            row.base_y = i * row_h
            self.rows.append(row)
        self.content_h = len(self.rows) * row_h
        self.detail_rect = pygame.Rect(list_w + 2 * t.margin, top, w - list_w - 3 * t.margin,
                                       bottom - top)
        self.widgets += self.rows
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
        n = len(self.rows)
        self.index = index % n if n else 0
        for i, row in enumerate(self.rows):
            row.selected = i == self.index
        if self.rows:
            row = self.rows[self.index]
            if row.base_y < self.offset:
                self.offset = row.base_y
            elif row.base_y + row.rect.height > self.offset + self.list_area.height:
                self.offset = row.base_y + row.rect.height - self.list_area.height
        self.offset = max(0, min(self.offset, max(0, self.content_h - self.list_area.height)))
        for row in self.rows:
            row.rect.y = self.list_area.y + row.base_y - self.offset
        self.detail = Scroller(self.theme, self.detail_rect, self._detail())
        self.app.dirty = True

    def switch(self) -> None:
        self.tab = "people" if self.tab == "terms" else "terms"
        self.index = self.offset = 0
        self.laid_out_for = None
        self.app.dirty = True

    def widget_at(self, pos):
        hit = super().widget_at(pos)
        if hit in self.rows and not self.list_area.collidepoint(pos):
            return None
        return hit

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            if event.key in (pygame.K_UP, pygame.K_DOWN) and self.rows:
                self.select(self.index + (1 if event.key == pygame.K_DOWN else -1))
                return True
            if event.key in (pygame.K_t, pygame.K_LEFT, pygame.K_RIGHT):
                self.switch()
                return True
            if event.key in (pygame.K_PAGEUP, pygame.K_PAGEDOWN, pygame.K_HOME, pygame.K_END) \
                    and self.detail.handle(event):
                self.app.dirty = True
                return True
        if event.type == pygame.MOUSEWHEEL:
            if self.list_area.collidepoint(pygame.mouse.get_pos()) and self.rows:
                self.offset = max(0, min(self.offset - event.y * self.theme.px(40),
                                         max(0, self.content_h - self.list_area.height)))
                for row in self.rows:
                    row.rect.y = self.list_area.y + row.base_y - self.offset
                self.app.dirty = True
                return True
            if self.detail.handle(event):
                self.app.dirty = True
                return True
        return super().handle_event(event)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        paper(surface, t)
        title = "Glossary" if self.tab == "terms" else "People"
        page_header(surface, t, f"Glossary and people: {title.lower()}",
                    "Up and Down pick an entry; T switches between terms and people.")
        old = surface.get_clip()
        surface.set_clip(self.list_area.inflate(t.px(10), t.px(10)))
        focused = self.focused_widget()
        for row in self.rows:
            if row.rect.bottom >= self.list_area.y and row.rect.y <= self.list_area.bottom:
                row.draw(surface, t, row is focused, row is self.hover)
        surface.set_clip(old)
        if self.rows:
            pygame.draw.line(surface, t.palette.rule, (self.list_area.right + t.margin // 2,
                                                       self.list_area.y),
                             (self.list_area.right + t.margin // 2, self.list_area.bottom), 1)
        self.detail.draw(surface)
        for widget in self.widgets:
            if widget not in self.rows:
                widget.draw(surface, t, widget is focused, widget is self.hover)
