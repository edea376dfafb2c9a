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
from game.ui.text import fit, wrap
from game.ui.widgets import Widget, focus_ring, heading, paper


class PolicyOptionButton(Widget):
    def __init__(self, theme, rect, label: str, description: str, current: bool, action,
                 name: str) -> None:
        super().__init__(rect, action, name)
        self.current = current
        p = theme.palette
        bold = theme.font("small", "sans-bold")
        small = theme.font("tiny", "serif")
        width = self.rect.width - theme.px(16)
        fg = p.on_red if current else p.ink
        head = label + ("  (in force)" if current else "")
        self.lines = [bold.render(fit(bold, head, width), True, fg)]
        # As many lines of the description as the box holds; the last one cut with an ellipsis.
        room = max(0, (self.rect.height - theme.px(12) - bold.get_linesize()) //
                   small.get_linesize())
        lines = wrap(small, description, width)
        if len(lines) > room:
            lines = lines[:room]
            if lines:
                lines[-1] = fit(small, lines[-1] + " …", width)
        for line in lines:
            self.lines.append(small.render(line, True, p.on_red if current else p.ink_soft))

    def draw(self, surface, theme, focused, hovered) -> None:
        p = theme.palette
        pygame.draw.rect(surface, p.red if self.current else (p.paper if hovered else
                                                              p.paper_dark), self.rect)
        pygame.draw.rect(surface, p.rule, self.rect, 1)
        y = self.rect.y + theme.px(6)
        for img in self.lines:
            surface.blit(img, (self.rect.x + theme.px(8), y))
            y += img.get_height()
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
        game = self.app.session.game
        policies = game.world.scenario.info.policies
        top = header_height(t, True)
        bottom = bar_top(t, (w, h))
        self.sections = []
        y = top
        cols = max(1, len(policies))
        col_w = (w - 2 * t.margin - (cols - 1) * t.margin) // cols if cols <= 2 else \
            w - 2 * t.margin
        x0 = t.margin
        for index, policy in enumerate(policies):
            x = x0 + (index * (col_w + t.margin) if cols <= 2 else 0)
            y = top if cols <= 2 else y
            desc_font = t.font("small", "serif")
            desc = wrap(desc_font, policy.description, col_w)[:4]
            last = game.state.policy_changed.get(policy.id)
            if last is not None and game.turn - last <= policy.quick_change_turns:
                ago = game.turn - last
                unit = turn_unit(game.world) + ("" if ago == 1 else "s")
                warn = (f"Changed {ago} {unit} ago: changing it again now reads as erratic and "
                        "costs support.")
            else:
                warn = "Each change is remembered as a reversal."
            self.sections.append((policy, x, y, col_w, desc, warn))
            y += t.font("small", "sans-bold").get_linesize() + t.px(10)
            y += len(desc) * desc_font.get_linesize()
            y += t.font("tiny", "serif-italic").get_linesize()
            y += t.px(10)
            available = bottom - y
            share = available // max(1, len(policy.options)) - t.px(6)
            opt_h = min(t.px(130), max(t.px(44), share))
            current = game.state.policies.get(policy.id)
            for option in policy.options:
                self.widgets.append(PolicyOptionButton(
                    t, pygame.Rect(x, y, col_w, opt_h), option.label, option.description,
                    option.id == current, lambda p=policy.id, o=option.id: self.change(p, o),
                    f"{policy.id}={option.id}"))
                y += opt_h + t.px(6)
            y += t.margin
        self.widgets += button_bar(t, (w, h), [("Back", self.back, "Esc", True)])
        if self.focus is None:
            self.focus = 0

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
                    from game.ui.screens.debrief import DebriefScene

                    self.app.pop()
                    self.app.replace(DebriefScene(self.app))
                    return
        self.laid_out_for = None
        self.app.dirty = True

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        p = t.palette
        paper(surface, t)
        page_header(surface, t, "Standing policies",
                    self.note or f"They act every {turn_unit(self.app.session.game.world)}. "
                    "Pick one with Enter or a click.")
        for policy, x, y, width, desc, warn in self.sections:
            y = heading(surface, t, policy.title, x, y, width)
            font = t.font("small", "serif")
            for line in desc:
                surface.blit(font.render(line, True, p.ink), (x, y))
                y += font.get_linesize()
            tiny = t.font("tiny", "serif-italic")
            text = f"{warn} Sources: {source_names(source_ids(policy))}"
            surface.blit(tiny.render(fit(tiny, text, width), True, p.red), (x, y))
        self.draw_widgets(surface)
