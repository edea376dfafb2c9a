"""The turn screen's right column: the Presidium and how each member leans, the standing policies
(where the scenario has them) and the news."""

from __future__ import annotations

import pygame

from game.narration.news import news_lines
from game.ui.screens.common import CANDIDATE, leaning
from game.ui.text import Doc, fit, rendered
from game.ui.widgets import Button, Scroller, Viewport, focus_ring, heading, meter_bar


class PolicyButton(Button):
    """A standing policy on the turn screen: its title and current setting; opens the policies."""

    def __init__(self, theme, rect, title: str, current: str, action, name: str) -> None:
        super().__init__(theme, rect, title, action, name=name)
        small = theme.font("small", "sans")
        bold = theme.font("small", "sans-bold")
        width = self.rect.width - theme.px(16)
        self.lines = [small.render(fit(small, title, width), True, theme.palette.ink_soft),
                      bold.render(fit(bold, current, width), True, theme.palette.ink)]

    def draw(self, surface, theme, focused, hovered) -> None:
        p = theme.palette
        pygame.draw.rect(surface, p.paper if hovered else p.paper_dark, self.rect)
        pygame.draw.rect(surface, p.rule, self.rect, 1)
        y = self.rect.y + theme.px(4)
        for img in self.lines:
            surface.blit(img, (self.rect.x + theme.px(8), y))
            y += img.get_height()
        if focused:
            focus_ring(surface, theme, self.rect)


class SidePanel:
    """The right column in `rect`, laid out from the game; its policy buttons open the policies
    page (`open_policies`)."""

    def __init__(self, theme, rect: pygame.Rect, game, open_policies) -> None:
        self.theme = theme
        self.rect = rect
        world, state = game.world, game.state
        t = theme
        y = rect.y
        self.presidium_top = y
        names = {m.model.id: m.model.name for m in world.members}
        line = t.font("small", "sans").get_linesize()
        sitting = [m for m in state.members if m.sitting]
        self.member_rows = [(names.get(m.id, m.id), m.loyalty,
                             leaning(m.loyalty, world.vote.threshold) if m.voting
                             else CANDIDATE) for m in sitting]
        y += t.font("small", "sans-bold").get_linesize() + t.px(10)
        y += len(sitting) * (line + t.px(2)) + t.px(12)
        self.policies_top = y
        self.has_policies = bool(world.scenario.info.policies)
        self.policy_buttons = self._policy_buttons(game, open_policies)
        y = self.news_top
        y += t.font("small", "sans-bold").get_linesize() + t.px(10)
        self.news = KeptScroller(t, pygame.Rect(rect.x, y, rect.width,
                                                max(t.px(30), rect.bottom - y)), news_doc(t, game))

    def _policy_buttons(self, game, open_policies) -> list[PolicyButton]:
        """One button per standing policy; sets `news_top` below them."""
        t = self.theme
        world, state = game.world, game.state
        r = self.rect
        line = t.font("small", "sans").get_linesize()
        y = self.policies_top
        buttons = []
        policies = world.scenario.info.policies
        if policies:
            y += t.font("small", "sans-bold").get_linesize() + t.px(10)
        for policy in policies:
            current = state.policies.get(policy.id)
            label = next((o.label for o in policy.options if o.id == current), current or "")
            bh = line * 2 + t.px(8)
            buttons.append(PolicyButton(t, pygame.Rect(r.x, y, r.width, bh), policy.title, label,
                                        open_policies, f"policy:{policy.id}"))
            y += bh + t.px(4)
        if policies:
            y += t.px(8)
        self.news_top = y
        return buttons

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        r = self.rect
        y = heading(surface, t, "The Presidium", r.x, self.presidium_top, r.width)
        font = t.font("small", "sans")
        # A candidate's note is set small, so that the name beside it still fits; where even a
        # surname would not (the largest text), every candidate's note is cut to "no vote".
        tiny = t.font("tiny", "sans")
        room = r.width - t.px(40) - t.px(12)
        note = CANDIDATE if all(
            font.size(name.split()[-1])[0] + tiny.size(CANDIDATE)[0] <= room
            for name, _, lean in self.member_rows if lean == CANDIDATE) else "no vote"
        # Where one full name would not fit beside its leaning, every member goes by surname:
        # a column of names in one style reads faster than a mix.
        bold = t.font("small", "sans-bold")
        widest = max((bold.size(lean)[0] for _, _, lean in self.member_rows
                      if lean != CANDIDATE), default=0)
        surnames = any(font.size(name)[0] > r.width - widest - t.px(52)
                       for name, _, _ in self.member_rows)
        for name, loyalty, lean in self.member_rows:
            shown = name.split()[-1] if surnames else name
            y = self._draw_member(surface, y, shown, loyalty, lean, note)
        if self.has_policies:
            heading(surface, t, "Standing policies", r.x, self.policies_top, r.width)
        heading(surface, t, "News", r.x, self.news_top, r.width)
        self.news.draw(surface)

    def _draw_member(self, surface: pygame.Surface, y: int, name: str, loyalty: float, lean: str,
                     note: str) -> int:
        """One member's row: name, leaning and loyalty bar; returns the y below it."""
        t = self.theme
        p = t.palette
        r = self.rect
        font = t.font("small", "sans")
        bold = t.font("small", "sans-bold")
        tiny = t.font("tiny", "sans")
        colour = p.red if lean == "against you" else (p.ink if lean == "with you"
                                                      else p.ink_soft)
        bar_w = t.px(40)
        if lean == CANDIDATE:
            lean_img = rendered(tiny, note, colour)
            lean_y = y + font.get_ascent() - tiny.get_ascent()
        else:
            lean_img = rendered(bold, lean, colour)
            lean_y = y
        name_w = r.width - lean_img.get_width() - bar_w - t.px(12)
        # A name too long for the row keeps its surname whole rather than losing it.
        if font.size(name)[0] > name_w:
            name = name.split()[-1]
        surface.blit(rendered(font, fit(font, name, name_w), p.ink), (r.x, y))
        surface.blit(lean_img, (r.right - bar_w - t.px(6) - lean_img.get_width(), lean_y))
        meter_bar(surface, t, pygame.Rect(r.right - bar_w, y + t.px(6), bar_w, t.px(8)),
                  loyalty, False)
        return y + font.get_linesize() + t.px(2)


class KeptScroller(Scroller):
    """A Scroller over a document kept from the last layout: wrapped again only for a new width
    (its lines keep their rendered images too)."""

    def __init__(self, theme, rect: pygame.Rect, doc: Doc) -> None:
        Viewport.__init__(self, theme, rect)
        self.doc = doc
        if doc.width != self.content_width or not doc.lines:
            doc.layout(self.content_width)
        self.content_height = doc.height


_news_docs: dict[tuple, Doc] = {}


def news_doc(theme, game) -> Doc:
    """The news, latest first (the last 40 items): kept while the news and the theme (window
    scale, text size, contrast) stay the same, so laying out the turn screen again does not wrap
    it again (a Scroller lays it out for its width, which it remembers)."""
    world, state = game.world, game.state
    key = (id(world), len(state.news), state.turn, id(theme), theme.scale, theme.text_scale,
           theme.high_contrast)
    doc = _news_docs.get(key)
    if doc is None:
        _news_docs.clear()
        doc = _news_docs[key] = Doc(theme)
        items = list(reversed(news_lines(world, state)))
        if not items:
            doc.text("No news yet.", "small", "serif", "soft")
        for turn, text in items[:40]:
            doc.text(world.calendar.label(turn), "tiny", "sans-bold", "red", before=2)
            doc.text(text, "small", "serif")
    return doc
