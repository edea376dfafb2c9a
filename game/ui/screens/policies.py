"""The standing policies: each acts every season. Changing one is remembered, and changing it
again soon reads as erratic; the screen says so before the player presses anything."""

from __future__ import annotations

import pygame

from game.content.sources import source_ids
from game.sim.engine import GameError
from game.ui.scene import Scene
from game.ui.screens.common import (
    bar_top,
    button_bar,
    header_height,
    page_header,
    source_names,
    turn_unit,
)
from game.ui.screens.debrief import DebriefScene
from game.ui.text import wrap
from game.ui.widgets import (
    Viewport,
    Widget,
    focus_ring,
    heading,
    paper,
    stack,
    stacked_height,
)


class Lines(Widget):
    """Words that are read, not pressed: a policy's description and its warning, laid out in
    the column's viewport so that they scroll with its options."""

    focusable = False

    def __init__(self, rect: pygame.Rect, images: list[pygame.Surface]) -> None:
        super().__init__(pygame.Rect(rect.x, rect.y, rect.width, stacked_height(images)))
        self.images = images

    def draw(self, surface, theme, focused, hovered) -> None:
        stack(surface, self.images, self.rect.x, self.rect.y)


class PolicyOptionButton(Widget):
    """One option of a policy: its name and its whole description, as tall as they need."""

    def __init__(self, theme, x: int, width: int, label: str, description: str, current: bool,
                 action, name: str) -> None:
        p = theme.palette
        bold = theme.font("small", "sans-bold")
        small = theme.font("tiny", "serif")
        inner = width - theme.px(16)
        head = label + ("  (in force)" if current else "")
        self.lines = [bold.render(line, True, p.on_red if current else p.ink)
                      for line in wrap(bold, head, inner)]
        self.lines += [small.render(line, True, p.on_red if current else p.ink_soft)
                       for line in wrap(small, description, inner)]
        height = theme.px(12) + stacked_height(self.lines)
        super().__init__(pygame.Rect(x, 0, width, height), action, name)
        self.current = current

    def draw(self, surface, theme, focused, hovered) -> None:
        p = theme.palette
        pygame.draw.rect(surface, p.red if self.current else (p.paper if hovered else
                                                              p.paper_dark), self.rect)
        pygame.draw.rect(surface, p.rule, self.rect, 1)
        stack(surface, self.lines, self.rect.x + theme.px(8), self.rect.y + theme.px(6))
        if focused:
            focus_ring(surface, theme, self.rect)


class PoliciesScene(Scene):
    name = "policies"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.note: str | None = None

    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        policies = self.app.session.game.world.scenario.info.policies
        top = header_height(t, True)
        bottom = bar_top(t, (w, h)) - t.px(6)
        self.headings = []
        cols = min(2, max(1, len(policies)))
        col_w = (w - 2 * t.margin - (cols - 1) * t.margin) // cols
        # Two policies side by side, each in its own scrolling column; more go one under another.
        column = None
        for index, policy in enumerate(policies):
            x = t.margin + (index % cols) * (col_w + t.margin)
            if column is None or cols == 2:
                self.headings.append((policy.title, x, top, col_w))
                y = top + t.font("small", "sans-bold").get_linesize() + t.px(10)
                column = self.scrolling(Viewport(t, pygame.Rect(x, y, col_w, bottom - y),
                                                 t.px(6)), f"policy:{policy.id}")
            self._fill(column, policy)
        self.widgets += button_bar(t, (w, h), [("Back", self.back, "Esc", True)])
        if self.focus is None:
            self.focus = 0

    def _fill(self, column: Viewport, policy) -> None:
        """A policy's description, warning and sources, then its options, in `column`."""
        t = self.theme
        p = t.palette
        game = self.app.session.game
        width = column.content_width
        serif, italic = t.font("small", "serif"), t.font("tiny", "serif-italic")
        images = [serif.render(line, True, p.ink) for line in wrap(serif, policy.description,
                                                                    width)]
        text = f"{self._warning(policy)} Sources: {source_names(source_ids(policy))}"
        images += [italic.render(line, True, p.red) for line in wrap(italic, text, width)]
        column.add(Lines(pygame.Rect(column.rect.x, 0, width, 0), images))
        current = game.state.policies.get(policy.id)
        for option in policy.options:
            button = PolicyOptionButton(
                t, column.rect.x, width, option.label, option.description,
                option.id == current, lambda p=policy.id, o=option.id: self.change(p, o),
                f"{policy.id}={option.id}")
            self.widgets.append(column.add(button))

    def _warning(self, policy) -> str:
        game = self.app.session.game
        last = game.state.policy_changed.get(policy.id)
        if last is not None and game.turn - last <= policy.quick_change_turns:
            ago = game.turn - last
            unit = turn_unit(game.world)
            when = f"this {unit}" if ago == 0 else \
                f"{ago} {unit}{'' if ago == 1 else 's'} ago"
            return (f"Changed {when}: changing it again now reads as erratic and costs "
                    "support.")
        return "Each change is remembered as a reversal."

    def arrow_focus(self) -> bool:
        return True

    def change(self, policy: str, option: str) -> None:
        game = self.app.session.game
        if game.state.policies.get(policy) == option:
            self.note = "That policy is already in force."
        else:
            try:
                game.set_policy(policy, option)
            except GameError as error:
                self.note = str(error)
            else:
                self.app.session.autosave()
                self.note = ("Policy changed. It acts from the start of the next "
                             f"{turn_unit(game.world)}.")
                self.app.sounds.play("stamp")
                if game.ending is not None:
                    self.app.pop()
                    self.app.replace(DebriefScene(self.app))
                    return
        self.laid_out_for = None
        self.app.dirty = True

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        paper(surface, t)
        page_header(surface, t, "Standing policies",
                    self.note or f"They act every {turn_unit(self.app.session.game.world)}. "
                    "Pick one with Enter or a click.")
        for title, x, y, width in self.headings:
            heading(surface, t, title, x, y, width)
        self.draw_widgets(surface)
