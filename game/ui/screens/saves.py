"""Save and load slots: scenario, date, season, when saved. A save that cannot be read is listed
with the reason, and the others still load."""

from __future__ import annotations

import pygame

from game import paths
from game.saves import SaveSlot, list_saves
from game.ui import playing
from game.ui.scene import Scene
from game.ui.screens.common import bar_top, button_bar, from_file, header_height, page_header
from game.ui.text import wrap
from game.ui.widgets import Viewport, Widget, focus_ring, paper, stack, stacked_height
from game.ui.writer import WRITER

SLOTS = 6


class SlotRow(Widget):
    """A save: its name, then what it holds, wrapped (what a file says is already capped)."""

    def __init__(self, theme, width: int, title: str, detail: str, action, name: str,
                 broken: bool = False) -> None:
        p = theme.palette
        bold = theme.font("body", "sans-bold")
        small = theme.font("small", "sans")
        inner = width - theme.px(20)
        self.lines = [bold.render(line, True, p.red if broken else p.ink)
                      for line in wrap(bold, title, inner)]
        self.lines += [small.render(line, True, p.red if broken else p.ink_soft)
                       for line in wrap(small, detail, inner)]
        height = stacked_height(self.lines) + theme.px(12)
        super().__init__(pygame.Rect(0, 0, width, height), action, name)
        self.enabled = action is not None

    def draw(self, surface, theme, focused, hovered) -> None:
        p = theme.palette
        pygame.draw.rect(surface, p.paper if hovered and self.enabled else p.paper_dark,
                         self.rect)
        pygame.draw.rect(surface, p.rule, self.rect, 1)
        stack(surface, self.lines, self.rect.x + theme.px(10), self.rect.y + theme.px(5))
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
        self.note: str | None = None
        self.rows: Viewport | None = None
        self.empty = False

    def entries(self) -> list[tuple[str, str, object, str, bool]]:
        """(title, detail, action, name, damaged) of each row: the slots to save to; or the
        autosaves (one per scenario, newest first), then the named saves, then those that
        cannot be read."""
        slots, broken = list_saves(paths.saves_dir())
        if self.saving:
            by_name = {s.name: s for s in slots}
            return [(f"Slot {i}", describe(by_name[f"slot-{i}"]) if f"slot-{i}" in by_name
                     else "empty", lambda n=f"slot-{i}": self.save(n), f"slot-{i}", False)
                    for i in range(1, SLOTS + 1)]
        auto = [s for s in slots if s.autosave]
        rest = sorted((s for s in slots if not s.autosave), key=lambda s: s.saved_at,
                      reverse=True)
        rows: list[tuple[str, str, object, str, bool]] = []
        for slot in auto + rest:
            title = f"Autosave: {from_file(slot.scenario_title)}" if slot.autosave else \
                slot.name.replace("slot-", "Slot ")
            rows.append((title, describe(slot), lambda p=slot.path: self.load(p), slot.name,
                         False))
        rows += [(f"{path.name}: cannot be loaded", reason, None, path.name, True)
                 for path, reason in broken]
        return rows

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        top = header_height(t, True)
        area = pygame.Rect(t.margin, top, min(w - 2 * t.margin, t.px(914)),
                           bar_top(t, (w, h)) - top)
        self.rows = Viewport(t, area, t.px(6))
        entries = self.entries()
        for title, detail, action, name, bad in entries:
            row = SlotRow(t, self.rows.content_width, title, detail, action, name, bad)
            self.widgets.append(self.rows.add(row))
        self.scrolling(self.rows, "saves")
        self.widgets += button_bar(t, (w, h), [("Back", self.back, "Esc", True)])
        self.empty = not entries
        if self.focus is None:
            self.focus = 0

    def arrow_focus(self) -> bool:
        return True

    def save(self, name: str) -> None:
        self.app.session.save_as(name)

        WRITER.flush()  # the list below must show the new save
        self.note = f"Saved to {name.replace('slot-', 'slot ')}."
        self.laid_out_for = None
        self.app.dirty = True

    def load(self, path) -> None:
        playing.load(self.app, path)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        paper(surface, t)
        if self.saving:
            page_header(surface, t, "Save the game", self.note or
                        "Pick a slot; a full slot is overwritten. The game also saves itself "
                        "after every season.")
        else:
            page_header(surface, t, "Load a game", "Saves, newest first, with the autosave on top.")
        if self.empty and self.rows is not None:
            font = t.font("body", "serif-italic")
            surface.blit(font.render("No saved games yet. The game saves itself as you play.",
                                     True, t.palette.ink_soft), self.rows.rect.topleft)
        self.draw_widgets(surface)
