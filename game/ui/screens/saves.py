"""Save and load slots: scenario, date, season, when saved. A save that cannot be read is listed
with the reason, and the others still load."""

from __future__ import annotations

import pygame

from game import paths
from game.saves import SaveSlot, list_saves
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, from_file, header_height, page_header
from game.ui.text import fit
from game.ui.widgets import Widget, focus_ring, paper

SLOTS = 6


class SlotRow(Widget):
    def __init__(self, theme, rect, title: str, detail: str, action, name: str,
                 broken: bool = False) -> None:
        super().__init__(rect, action, name)
        self.enabled = action is not None
        p = theme.palette
        bold = theme.font("body", "sans-bold")
        small = theme.font("small", "sans")
        width = self.rect.width - theme.px(20)
        self.lines = [bold.render(fit(bold, title, width), True, p.red if broken else p.ink),
                      small.render(fit(small, detail, width), True,
                                   p.red if broken else p.ink_soft)]

    def draw(self, surface, theme, focused, hovered) -> None:
        p = theme.palette
        pygame.draw.rect(surface, p.paper if hovered and self.enabled else p.paper_dark,
                         self.rect)
        pygame.draw.rect(surface, p.rule, self.rect, 1)
        y = self.rect.y + theme.px(5)
        for img in self.lines:
            surface.blit(img, (self.rect.x + theme.px(10), y))
            y += img.get_height()
        if focused:
            focus_ring(surface, theme, self.rect)


def describe(slot: SaveSlot) -> str:
    """A save's line in the list; what the file says is cut short (see `from_file`)."""
    who = f" · {from_file(slot.player, 40)}" if slot.player else ""
    state = "finished" if slot.finished else "in progress"  # a turn may be a season or a day
    when = from_file(slot.saved_at.replace("T", " "), 40)
    return (f"{from_file(slot.scenario_title)} · {from_file(slot.date_label, 40)} · {state}"
            f"{who} · saved {when}")


class SavesScene(Scene):
    name = "saves"

    def __init__(self, app, saving: bool) -> None:
        super().__init__(app)
        self.saving = saving
        self.shot_name = "save" if saving else "load"
        self.offset = 0
        self.note: str | None = None

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        slots, broken = list_saves(paths.saves_dir())
        by_name = {s.name: s for s in slots}
        rows: list[tuple[str, str, object, str, bool]] = []
        if self.saving:
            for i in range(1, SLOTS + 1):
                name = f"slot-{i}"
                slot = by_name.get(name)
                detail = describe(slot) if slot else "empty"
                rows.append((f"Slot {i}", detail, lambda n=name: self.save(n), name, False))
        else:
            # The autosaves first (one per scenario), newest first; then the named slots.
            auto = [s for s in slots if s.autosave]
            rest = sorted((s for s in slots if not s.autosave), key=lambda s: s.saved_at,
                          reverse=True)
            for slot in auto + rest:
                title = f"Autosave: {from_file(slot.scenario_title)}" if slot.autosave else \
                    slot.name.replace("slot-", "Slot ")
                rows.append((title, describe(slot), lambda p=slot.path: self.load(p), slot.name,
                             False))
            for path, reason in broken:
                rows.append((f"{path.name}: cannot be loaded", reason, None, path.name, True))
        top = header_height(t, True)
        self.area = pygame.Rect(t.margin, top, min(w - 2 * t.margin, t.px(900)),
                                bar_top(t, (w, h)) - top)
        row_h = t.font("body", "sans-bold").get_linesize() + \
            t.font("small", "sans").get_linesize() + t.px(12)
        self.rows: list[SlotRow] = []
        for i, (title, detail, action, name, bad) in enumerate(rows):
            row = SlotRow(t, pygame.Rect(self.area.x, self.area.y, self.area.width, row_h), title,
                          detail, action, name, bad)
            row.base_y = i * (row_h + t.px(6))
            self.rows.append(row)
        self.content_h = len(rows) * (row_h + t.px(6))
        self.widgets += self.rows
        self.widgets += button_bar(t, (w, h), [("Back", self.back, "Esc", True)])
        self.empty = not rows
        self._place()
        if self.focus is None:
            self.focus = 0

    def _place(self) -> None:
        self.offset = max(0, min(self.offset, self.content_h - self.area.height))
        for row in self.rows:
            row.rect.y = self.area.y + row.base_y - self.offset

    def on_focus(self, widget) -> None:
        if widget in self.rows:
            if widget.base_y < self.offset:
                self.offset = widget.base_y
            elif widget.base_y + widget.rect.height > self.offset + self.area.height:
                self.offset = widget.base_y + widget.rect.height - self.area.height
            self._place()

    def widget_at(self, pos):
        hit = super().widget_at(pos)
        if hit in self.rows and not self.area.collidepoint(pos):
            return None
        return hit

    def arrow_focus(self) -> bool:
        return True

    def save(self, name: str) -> None:
        self.app.session.save_as(name)
        from game.ui.session import WRITER

        WRITER.flush()  # the list below must show the new save
        self.note = f"Saved to {name.replace('slot-', 'slot ')}."
        self.laid_out_for = None
        self.app.dirty = True

    def load(self, path) -> None:
        self.app.load(path)

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.MOUSEWHEEL and self.area.collidepoint(pygame.mouse.get_pos()):
            self.offset -= event.y * self.theme.px(40)
            self._place()
            self.app.dirty = True
            return True
        return super().handle_event(event)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        paper(surface, t)
        if self.saving:
            page_header(surface, t, "Save the game", self.note or
                        "Pick a slot; a full slot is overwritten. The game also saves itself "
                        "after every season.")
        else:
            page_header(surface, t, "Load a game", "Saves, newest first, with the autosave on top.")
        if self.empty:
            font = t.font("body", "serif-italic")
            surface.blit(font.render("No saved games yet. The game saves itself as you play.",
                                     True, t.palette.ink_soft), (self.area.x, self.area.y))
        old = surface.get_clip()
        surface.set_clip(self.area.inflate(t.px(10), t.px(10)))
        focused = self.focused_widget()
        for row in self.rows:
            if row.rect.bottom >= self.area.y and row.rect.y <= self.area.bottom:
                row.draw(surface, t, row is focused, row is self.hover)
        surface.set_clip(old)
        for widget in self.widgets:
            if widget not in self.rows:
                widget.draw(surface, t, widget is focused, widget is self.hover)
