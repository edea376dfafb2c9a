"""The few widgets every screen uses: buttons, option cards, scrolling documents, panels and
meter bars. Each is laid out once (labels rendered at layout time) and then only drawn.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui.text import Doc, colour, fit, rendered, wrap
from game.ui.theme import Theme

Action = Callable[[], None]


_paper: dict[tuple, pygame.Surface] = {}


def paper(surface: pygame.Surface, theme: Theme) -> None:
    """The page: paper, faint ruling, and a red double rule at the top like a newspaper masthead.
    Drawn once per size and palette, then blitted."""
    w, h = surface.get_size()
    key = (w, h, theme.palette, theme.scale)
    page = _paper.get(key)
    if page is None:
        _paper.clear()
        page = _paper[key] = pygame.Surface((w, h)).convert()
        p = theme.palette
        page.fill(p.paper)
        if not theme.high_contrast:
            step = theme.px(36)
            faint = tuple(min(255, c + 6) for c in p.paper_dark)
            for y in range(step, h, step):
                pygame.draw.line(page, faint, (0, y), (w, y))
        pygame.draw.rect(page, p.red, (0, 0, w, theme.px(6)))
        pygame.draw.rect(page, p.red, (0, theme.px(9), w, theme.px(2)))
    surface.blit(page, (0, 0))


def panel(surface: pygame.Surface, theme: Theme, rect: pygame.Rect, fill: bool = True) -> None:
    p = theme.palette
    if fill:
        pygame.draw.rect(surface, p.paper_dark, rect)
    pygame.draw.rect(surface, p.rule, rect, p.border)


def dialog(surface: pygame.Surface, theme: Theme, rect: pygame.Rect) -> None:
    """A box over the page (the menu, a message, the saved report): clean paper, a ruled edge,
    a red band along the top."""
    p = theme.palette
    pygame.draw.rect(surface, p.paper, rect)
    panel(surface, theme, rect, fill=False)
    pygame.draw.rect(surface, p.red, (rect.x, rect.y, rect.width, theme.px(6)))


def heading(surface: pygame.Surface, theme: Theme, text: str, x: int, y: int, width: int,
            role: str = "small") -> int:
    """A small-capitals style heading with a red rule under it; returns the y below it."""
    font = theme.font(role, "sans-bold")
    img = rendered(font, fit(font, text.upper(), width), theme.palette.red)
    surface.blit(img, (x, y))
    y += img.get_height() + theme.px(2)
    pygame.draw.line(surface, theme.palette.red, (x, y), (x + width, y), theme.palette.border)
    return y + theme.px(6)


class Widget:
    focusable = True

    def __init__(self, rect: pygame.Rect, action: Action | None = None, name: str = "") -> None:
        self.rect = pygame.Rect(rect)
        self.action = action
        self.name = name
        self.enabled = True

    def contains(self, pos: tuple[int, int]) -> bool:
        return self.rect.collidepoint(pos)

    def activate(self) -> None:
        if self.enabled and self.action is not None:
            self.action()

    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, hovered: bool) -> None:
        raise NotImplementedError


class Button(Widget):
    """A printed label in a ruled box; the primary one is red. The key hint is shown beside it."""

    def __init__(self, theme: Theme, rect: pygame.Rect, label: str, action: Action | None,
                 *, primary: bool = False, hint: str | None = None, enabled: bool = True,
                 name: str = "", role: str = "small") -> None:
        super().__init__(rect, action, name or label)
        self.primary = primary
        self.enabled = enabled
        self.label = label
        font = theme.font(role, "sans-bold")
        text = fit(font, label if not hint else f"{label}  [{hint}]",
                   self.rect.width - theme.px(12))
        p = theme.palette
        # Both looks are rendered now: a button may be enabled later without a new layout.
        self.images = {True: font.render(text, True, p.on_red if primary else p.ink),
                       False: font.render(text, True, p.ink_soft if primary else p.rule)}

    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, hovered: bool) -> None:
        p = theme.palette
        if self.primary and self.enabled:
            pygame.draw.rect(surface, p.red_dark if hovered or focused else p.red, self.rect)
        else:
            pygame.draw.rect(surface, p.paper if hovered and self.enabled else p.paper_dark,
                             self.rect)
            pygame.draw.rect(surface, p.ink if self.enabled else p.rule, self.rect, p.border)
        image = self.images[self.enabled]
        surface.blit(image, image.get_rect(center=self.rect.center))
        if focused:
            focus_ring(surface, theme, self.rect)


def focus_ring(surface: pygame.Surface, theme: Theme, rect: pygame.Rect) -> None:
    """The keyboard focus: a thick ink frame just outside the widget, visible on red and paper."""
    ring = rect.inflate(theme.px(8), theme.px(8))
    pygame.draw.rect(surface, theme.palette.ink, ring, max(2, theme.px(3)))


class OptionCard(Widget):
    """One option of a decision: its number, what you do, and what to expect."""

    def __init__(self, theme: Theme, x: int, y: int, width: int, number: int, label: str,
                 expect: str, available: bool, reason: str | None, action: Action) -> None:
        pad = theme.px(8)
        self.number = number
        self.available = available
        body = theme.font("body", "serif")
        small = theme.font("small", "serif-italic")
        num_w = theme.px(34)
        text_w = max(40, width - num_w - 2 * pad)
        self.label_lines = wrap(body, label, text_w)
        note = expect if available else f"Not possible now. {reason or ''}".strip()
        self.note_lines = wrap(small, note, text_w)
        height = pad * 2 + body.get_linesize() * len(self.label_lines) + \
            small.get_linesize() * len(self.note_lines) + theme.px(2)
        super().__init__(pygame.Rect(x, y, width, height), action, f"option {number}")
        self.enabled = True  # focusable even when unavailable, so the reason can be read
        p = theme.palette
        ink = p.ink if available else p.rule
        self.images: list[tuple[pygame.Surface, int, int]] = []
        ty = pad
        for line in self.label_lines:
            self.images.append((body.render(line, True, ink), num_w + pad, ty))
            ty += body.get_linesize()
        ty += theme.px(2)
        for line in self.note_lines:
            self.images.append((small.render(line, True, p.ink_soft if available else p.red),
                                num_w + pad, ty))
            ty += small.get_linesize()
        num_font = theme.font("heading", "serif-bold")
        self.num_image = num_font.render(str(number), True, p.red if available else p.rule)
        self.num_image_sel = num_font.render(str(number), True, p.on_red)
        self.num_w = num_w
        self.selected = False

    def draw(self, surface: pygame.Surface, theme: Theme, focused: bool, hovered: bool) -> None:
        p = theme.palette
        r = self.rect
        pygame.draw.rect(surface, p.paper if (hovered or self.selected) else p.paper_dark, r)
        pygame.draw.rect(surface, p.red if self.selected else p.rule, r,
                         p.border * (2 if self.selected else 1))
        num_rect = pygame.Rect(r.x, r.y, self.num_w, r.height)
        if self.selected:
            pygame.draw.rect(surface, p.red, num_rect)
        surface.blit(self.num_image_sel if self.selected else self.num_image,
                     self.num_image.get_rect(center=(num_rect.centerx, r.y + theme.px(20))))
        for image, dx, dy in self.images:
            surface.blit(image, (r.x + dx, r.y + dy))
        if focused:
            focus_ring(surface, theme, r)


class Scroller:
    """A `Doc` shown in a rectangle, scrolled by the wheel, the arrow keys and Page Up/Down."""

    def __init__(self, theme: Theme, rect: pygame.Rect, doc: Doc) -> None:
        self.theme = theme
        self.rect = pygame.Rect(rect)
        self.doc = doc
        self.bar_w = theme.px(8)
        doc.layout(max(40, self.rect.width - self.bar_w - theme.px(8)))
        self.offset = 0

    @property
    def max_offset(self) -> int:
        return max(0, self.doc.height - self.rect.height)

    def scroll(self, by: int) -> bool:
        new = max(0, min(self.max_offset, self.offset + by))
        moved = new != self.offset
        self.offset = new
        return moved

    def handle(self, event: pygame.event.Event) -> bool:
        """Scroll on wheel over it, or on keys; returns whether the view moved."""
        line = self.theme.px(40)
        if event.type == pygame.MOUSEWHEEL:
            if self.rect.collidepoint(pygame.mouse.get_pos()):
                return self.scroll(-event.y * line)
            return False
        if event.type == pygame.KEYDOWN:
            step = {pygame.K_UP: -line, pygame.K_DOWN: line,
                    pygame.K_PAGEUP: -self.rect.height + line,
                    pygame.K_PAGEDOWN: self.rect.height - line,
                    pygame.K_HOME: -10**9, pygame.K_END: 10**9}.get(event.key)
            if step is not None:
                return self.scroll(step)
        return False

    def draw(self, surface: pygame.Surface) -> None:
        self.doc.draw(surface, self.rect.x, self.rect.y - self.offset, self.rect)
        if self.max_offset:
            p = self.theme.palette
            track = pygame.Rect(self.rect.right - self.bar_w, self.rect.y, self.bar_w,
                                self.rect.height)
            pygame.draw.rect(surface, p.paper_dark, track)
            share = self.rect.height / self.doc.height
            h = max(self.theme.px(24), int(track.height * share))
            y = track.y + int((track.height - h) * self.offset / self.max_offset)
            pygame.draw.rect(surface, p.ink_soft, (track.x, y, self.bar_w, h))


def meter_bar(surface: pygame.Surface, theme: Theme, rect: pygame.Rect, value: float,
              high_is_bad: bool) -> None:
    """A horizontal bar 0-100 with a tick at the middle; red when it reads as danger."""
    p = theme.palette
    pygame.draw.rect(surface, p.paper, rect)
    danger = value >= 70 if high_is_bad else value < 35
    fill = rect.copy()
    fill.width = int(rect.width * max(0.0, min(100.0, value)) / 100)
    pygame.draw.rect(surface, p.red if danger else p.ink_soft, fill)
    pygame.draw.rect(surface, p.rule, rect, 1)
    mid = rect.x + rect.width // 2
    pygame.draw.line(surface, p.ink, (mid, rect.y - 1), (mid, rect.bottom), 1)


def draw_trend(surface: pygame.Surface, theme: Theme, x: int, cy: int, delta: float,
               high_is_bad: bool) -> int:
    """Triangles for a change since last season (one to three by size, red when it is bad news),
    or a short level dash for no change. Drawn, not typed: the fonts have no arrow glyphs.
    Returns the width used."""
    p = theme.palette
    s = theme.px(6)
    if abs(delta) < 0.5:
        pygame.draw.line(surface, p.ink_soft, (x, cy), (x + 2 * s, cy), max(1, theme.px(2)))
        return 2 * s
    count = 1 if abs(delta) < 5 else 2 if abs(delta) < 10 else 3
    worse = (delta > 0) == high_is_bad
    fill = p.red if worse else p.ink
    for i in range(count):
        left = x + i * (2 * s + theme.px(2))
        if delta > 0:
            points = [(left, cy + s), (left + 2 * s, cy + s), (left + s, cy - s)]
        else:
            points = [(left, cy - s), (left + 2 * s, cy - s), (left + s, cy + s)]
        pygame.draw.polygon(surface, fill, points)
    return count * (2 * s + theme.px(2))


def render(theme: Theme, text: str, role: str = "body", face: str = "serif",
           colour_name: str = "ink", width: int | None = None) -> pygame.Surface:
    font = theme.font(role, face)
    if width is not None:
        text = fit(font, text, width)
    return font.render(text, True, colour(theme, colour_name))
