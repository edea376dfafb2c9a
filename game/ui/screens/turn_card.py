"""The turn screen's decision card: date and title on top; the situation (with its image, the
voices and the sources) in the middle, scrolling if long; the options and the Decide button
pinned at the bottom, so they are always in view. In a window too small for that, the whole card
scrolls."""

from __future__ import annotations

import pygame

from game.narration.threats import threat_warning
from game.ui.images import card_image
from game.ui.screens.common import source_names
from game.ui.text import fit, rendered, wrap, wrap_around
from game.ui.widgets import Button, OptionCard, panel

Items = list[tuple[pygame.Surface, int, int]]  # rendered lines and images, with their places


class DecisionCard:
    """One open decision laid out in `rect`; `pick(i)` and `confirm()` are the scene's actions.
    `offset` is how far the scrolling part is scrolled (kept while the decision stays open)."""

    def __init__(self, theme, rect: pygame.Rect, game, decision, count: int,
                 selected: int | None, offset: int, pick, confirm) -> None:
        self.theme = theme
        self.rect = rect
        self.decision = decision
        self.count = count
        self.selected = selected
        self.offset = offset
        pad = theme.px(16)
        self.inner = rect.inflate(-2 * pad, -2 * pad)
        self.scroll_rect = self.inner
        self.items: Items = []  # scrolling, in scroll space
        self.fixed_items: Items = []  # pinned, in screen space
        head, head_h = self._head(game)
        situation, situation_h = self._situation()
        self._options(pick, confirm)
        self._arrange(head, head_h, situation, situation_h)

    # --- layout ------------------------------------------------------------------------------
    def _head(self, game) -> tuple[Items, int]:
        """When and what: the date line, the title, any warning."""
        t = self.theme
        p = t.palette
        d = self.decision
        inner = self.inner
        small = t.font("small", "sans")
        head: Items = []
        y = 0
        meta = f"Decision 1 of {self.count} · {game.date_label}"
        if d.date:
            meta += f" · dated {d.date}"
        head.append((small.render(fit(small, meta, inner.width), True, p.red), 0, y))
        y += small.get_linesize() + t.px(4)
        title_font = t.font("heading", "serif-bold")
        for line in wrap(title_font, d.title, inner.width):
            head.append((title_font.render(line, True, p.ink), 0, y))
            y += title_font.get_linesize()
        warning = threat_warning(game)
        if warning:
            for line in wrap(small, warning, inner.width):
                head.append((small.render(line, True, p.red), 0, y))
                y += small.get_linesize()
        return head, y + t.px(8)

    def _situation(self) -> tuple[Items, int]:
        """The situation: image and text, the voices, the sources."""
        t = self.theme
        p = t.palette
        d = self.decision
        inner = self.inner
        img_w = int(inner.width * 0.42)
        if img_w >= t.px(120):
            situation, y = self._text_beside_image(img_w)
        else:
            situation, y = self._text(inner.width)
        italic = t.font("small", "serif-italic")
        for said in d.voices:
            for line in wrap(italic, f"{said.name}: \u201c{said.line}\u201d", inner.width):
                situation.append((italic.render(line, True, p.ink), 0, y))
                y += italic.get_linesize()
            y += t.px(4)
        tiny = t.font("tiny", "sans")
        for line in wrap(tiny, "Sources: " + source_names(d.sources), inner.width):
            situation.append((tiny.render(line, True, p.ink_soft), 0, y))
            y += tiny.get_linesize()
        return situation, y + t.px(8)

    def _text_beside_image(self, img_w: int) -> tuple[Items, int]:
        t = self.theme
        body = t.font("body", "serif")
        inner = self.inner
        img_h = int(img_w * 0.625)
        paragraph_gap = body.get_linesize() // 3
        items: Items = [(card_image(t, self.decision.image, (img_w, img_h)), 0, 0)]
        narrow = inner.width - img_w - t.px(16)
        n = -(-img_h // body.get_linesize())
        ty = 0
        for line, width in wrap_around(body, self.decision.text, narrow, inner.width, n):
            beside = width == narrow
            if not beside and ty < img_h:
                ty = img_h + t.px(8)  # a full-width line starts below the image
            if line:
                x = img_w + t.px(16) if beside else 0
                items.append((body.render(line, True, t.palette.ink), x, ty))
                ty += body.get_linesize()
            else:
                ty += paragraph_gap
        return items, max(ty, img_h) + t.px(10)

    def _text(self, width: int) -> tuple[Items, int]:
        t = self.theme
        body = t.font("body", "serif")
        paragraph_gap = body.get_linesize() // 3
        items: Items = []
        y = 0
        for line in wrap(body, self.decision.text, width):
            if line:
                items.append((body.render(line, True, t.palette.ink), 0, y))
                y += body.get_linesize()
            else:
                y += paragraph_gap
        return items, y + t.px(10)

    def _options(self, pick, confirm) -> None:
        """The option cards (each at its `base_y` in the options block), the Decide button and
        the hint beside it."""
        t = self.theme
        d = self.decision
        inner = self.inner
        cards = []
        oy = 0
        for i, option in enumerate(d.options):
            forecast = " ".join(("Expect: " + option.expect, *option.risks))
            card = OptionCard(t, inner.x, 0, inner.width, i + 1, option.label, forecast,
                              option.available,
                              option.unavailable, lambda i=i: pick(i, confirm_if_same=True))
            card.base_y = oy
            cards.append(card)
            oy += card.rect.height + t.px(6)
        self.row_h = t.px(44)
        bw = min(inner.width, t.px(240))
        self.decide_y = oy + t.px(2)
        self.options_h = self.decide_y + self.row_h
        tiny = t.font("tiny", "sans")
        hint = f"Press 1-{len(d.options)} or click an option, then Decide."
        self.hint_img = tiny.render(fit(tiny, hint, inner.width - bw - t.gap), True,
                                    t.palette.ink_soft)
        self.decide_button = Button(t, pygame.Rect(inner.right - bw, 0, bw, self.row_h), "Decide",
                                    confirm, primary=True, hint="Enter",
                                    enabled=self.selected is not None, name="Decide")
        self.options = cards

    def _arrange(self, head: Items, head_h: int, situation: Items, situation_h: int) -> None:
        """Pins the options at the bottom when the situation keeps four lines above them, else
        lets the whole card scroll."""
        t = self.theme
        inner = self.inner
        min_body = t.font("body", "serif").get_linesize() * 4
        self.pinned = inner.height - head_h - self.options_h - t.px(12) >= min_body
        hint_dy = self.row_h // 2 - self.hint_img.get_height() // 2
        if self.pinned:
            for img, x, yy in head:
                self.fixed_items.append((img, inner.x + x, inner.y + yy))
            bottom = inner.bottom - self.options_h
            for card in self.options:
                card.rect.y = bottom + card.base_y
                del card.base_y  # pinned: it does not scroll
            self.decide_button.rect.y = bottom + self.decide_y
            self.fixed_items.append((self.hint_img, inner.x, bottom + self.decide_y + hint_dy))
            self.scroll_rect = pygame.Rect(inner.x, inner.y + head_h, inner.width,
                                           bottom - t.px(12) - inner.y - head_h)
            self.items = situation
            self.height = situation_h
        else:
            self.items = head + [(img, x, yy + head_h) for img, x, yy in situation]
            top = head_h + situation_h
            for card in self.options:
                card.base_y += top
            self.decide_button.base_y = top + self.decide_y
            self.items.append((self.hint_img, 0, top + self.decide_y + hint_dy))
            self.height = top + self.options_h + t.px(8)
        self.place()

    @property
    def widgets(self) -> list:
        return [*self.options, self.decide_button]

    # --- scrolling ---------------------------------------------------------------------------
    def place(self) -> None:
        """Puts the scrolling widgets where the offset has them; marks the selected option."""
        top = self.scroll_rect.y
        for widget in self.widgets:
            if hasattr(widget, "base_y"):
                widget.rect.y = top + widget.base_y - self.offset
        self.decide_button.enabled = self.selected is not None and \
            self.decision.options[self.selected].available
        for i, card in enumerate(self.options):
            card.selected = i == self.selected

    def select(self, index: int) -> None:
        self.selected = index
        self.scroll_into_view(self.options[index])
        self.place()

    def scroll_into_view(self, widget) -> None:
        if not hasattr(widget, "base_y"):
            return
        top = widget.base_y
        bottom = top + widget.rect.height
        if top < self.offset:
            self.offset = top
        elif bottom > self.offset + self.scroll_rect.height:
            self.offset = bottom - self.scroll_rect.height
        self.clamp()

    def scroll(self, by: int) -> None:
        self.offset += by
        self.clamp()

    def clamp(self) -> None:
        self.offset = max(0, min(self.offset, max(0, self.height - self.scroll_rect.height)))
        self.place()

    def hides(self, widget, pos) -> bool:
        """Whether a click at `pos` on `widget` falls where the card has scrolled it out."""
        return hasattr(widget, "base_y") and not self.scroll_rect.collidepoint(pos)

    # --- drawing -----------------------------------------------------------------------------
    def draw_static(self, surface: pygame.Surface) -> None:
        """The card below its widgets: the panel, the text and images, the rule, the bar."""
        t = self.theme
        panel(surface, t, self.rect)
        area = self.scroll_rect
        for image, x, y in self.fixed_items:
            surface.blit(image, (x, y))
        old = surface.get_clip()
        clip = area if self.pinned else area.inflate(t.px(10), t.px(10)).clip(self.rect)
        surface.set_clip(clip)
        for image, x, y in self.items:
            yy = area.y + y - self.offset
            if yy + image.get_height() >= area.y - t.px(10) and yy <= area.bottom:
                surface.blit(image, (area.x + x, yy))
        surface.set_clip(old)
        if self.pinned:
            pygame.draw.line(surface, t.palette.rule, (area.x, area.bottom + t.px(5)),
                             (area.right, area.bottom + t.px(5)), 1)
        if self.height > area.height:
            self._draw_scrollbar(surface)

    def _draw_scrollbar(self, surface: pygame.Surface) -> None:
        t = self.theme
        area = self.scroll_rect
        bar = pygame.Rect(self.rect.right - t.px(8), area.y, t.px(5), area.height)
        share = area.height / self.height
        h = max(t.px(24), int(bar.height * share))
        span = max(1, self.height - area.height)
        y = bar.y + int((bar.height - h) * self.offset / span)
        pygame.draw.rect(surface, t.palette.ink_soft, (bar.x, y, bar.width, h))

    def draw_widgets(self, surface: pygame.Surface, focused, hover) -> None:
        """The options and Decide, clipped to the card, and the strip if they are below."""
        t = self.theme
        area = self.scroll_rect if not self.pinned else self.inner
        old = surface.get_clip()
        surface.set_clip(area.inflate(t.px(10), t.px(10)).clip(self.rect))
        for widget in self.widgets:
            if widget.rect.bottom >= area.y - t.px(10) and widget.rect.y <= area.bottom:
                widget.draw(surface, t, widget is focused, widget is hover)
        surface.set_clip(old)
        if not self.pinned and self.options and \
                self.options[0].rect.y > self.scroll_rect.bottom - t.px(20):
            self._draw_more_below(surface)

    def _draw_more_below(self, surface: pygame.Surface) -> None:
        """A strip at the foot of the card while the options are scrolled out of view."""
        t = self.theme
        p = t.palette
        area = self.scroll_rect
        font = t.font("small", "sans-bold")
        strip = pygame.Rect(self.rect.x + t.px(2), area.bottom - font.get_linesize() - t.px(8),
                            self.rect.width - t.px(4), font.get_linesize() + t.px(8) + t.px(14))
        strip.bottom = self.rect.bottom - t.px(2)
        pygame.draw.rect(surface, p.red, strip)
        text = f"The options are below: scroll, or press 1-{len(self.options)}"
        img = rendered(font, fit(font, text, strip.width - t.px(40)), p.on_red)
        x = strip.centerx - img.get_width() // 2
        surface.blit(img, (x, strip.centery - img.get_height() // 2))
        s6 = t.px(6)
        cx, cy = x - t.px(16), strip.centery
        pygame.draw.polygon(surface, p.on_red, [(cx - s6, cy - s6 // 2), (cx + s6, cy - s6 // 2),
                                                (cx, cy + s6)])
