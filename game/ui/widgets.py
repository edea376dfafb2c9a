"""The few widgets every screen uses: buttons, option cards, the scrolling viewport (and a
document in one), panels and meter bars. Each is laid out once (labels rendered at layout time)
and then only drawn.
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


def stack(surface: pygame.Surface, images: list[pygame.Surface], x: int, y: int) -> int:
    """Lines already rendered, drawn one under another from (x, y); returns the y below them."""
    for img in images:
        surface.blit(img, (x, y))
        y += img.get_height()
    return y


def stacked_height(images: list[pygame.Surface]) -> int:
    """How tall `stack` draws `images`."""
    return sum(img.get_height() for img in images)


def focus_ring(surface: pygame.Surface, theme: Theme, rect: pygame.Rect) -> None:
    """The keyboard focus: a thick ink frame just outside the widget, visible on red and paper."""
    ring = rect.inflate(theme.px(8), theme.px(8))
    pygame.draw.rect(surface, theme.palette.ink, ring, max(2, theme.px(3)))


def option_frame(surface: pygame.Surface, theme: Theme, rect: pygame.Rect, num_w: int,
                 selected: bool, hovered: bool, number: pygame.Surface) -> None:
    """An option's card under its lines: the panel and its border, and the option's number in a
    column `num_w` wide at the left (on red when the option is picked)."""
    p = theme.palette
    pygame.draw.rect(surface, p.paper if (hovered or selected) else p.paper_dark, rect)
    pygame.draw.rect(surface, p.red if selected else p.rule, rect,
                     p.border * (2 if selected else 1))
    num_rect = pygame.Rect(rect.x, rect.y, num_w, rect.height)
    if selected:
        pygame.draw.rect(surface, p.red, num_rect)
    surface.blit(number, number.get_rect(center=(num_rect.centerx, rect.y + theme.px(20))))


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
        r = self.rect
        option_frame(surface, theme, r, self.num_w, self.selected, hovered,
                     self.num_image_sel if self.selected else self.num_image)
        for image, dx, dy in self.images:
            surface.blit(image, (r.x + dx, r.y + dy))
        if focused:
            focus_ring(surface, theme, r)


class Viewport:
    """A window onto content taller than it: a document (see `Scroller`) or widgets stacked in it
    (each at its declared place in the content). It keeps the scroll offset; scrolls by the wheel
    over it and by the arrows, Page Up/Down and Home/End; brings a widget or a span into view;
    and hides what is scrolled out of it, which can be neither seen nor clicked. Its scroll bar
    sits inside its right edge, beside the content (`content_width`).

    A scene lists its viewports in `Scene.viewports`: the scene then draws them, sends them the
    wheel, keeps the focused widget in view and ignores clicks on hidden widgets."""

    def __init__(self, theme: Theme, rect: pygame.Rect, gap: int = 0) -> None:
        self.theme = theme
        self.rect = pygame.Rect(rect)
        self.name = ""  # given by the scene (see `Scene.scrolling`)
        self.gap = gap  # between widgets stacked with `add`
        self.bar_w = theme.px(8)
        self.content_height = 0
        self.offset = 0
        self.widgets: list[Widget] = []
        self._tops: dict[int, int] = {}  # id(widget) -> its y in the content

    @property
    def content_width(self) -> int:
        """The width the content is laid out to (the scroll bar has the rest)."""
        return max(40, self.rect.width - self.bar_w - self.theme.px(8))

    @property
    def max_offset(self) -> int:
        return max(0, self.content_height - self.rect.height)

    # --- content -----------------------------------------------------------------------------
    def add(self, widget: Widget, top: int | None = None, left: int = 0) -> Widget:
        """Places `widget` in the content at (`left`, `top`); by default under the last one,
        after the gap, at the left edge."""
        if top is None:
            top = self.content_height + (self.gap if self.widgets else 0)
        self._tops[id(widget)] = top
        self.widgets.append(widget)
        widget.rect.x = self.rect.x + left
        self.content_height = max(self.content_height, top + widget.rect.height)
        widget.rect.y = self.rect.y + top - self.offset
        return widget

    def holds(self, widget: Widget | None) -> bool:
        return widget is not None and id(widget) in self._tops

    def top_of(self, widget: Widget) -> int:
        """The widget's y in the content."""
        return self._tops[id(widget)]

    def visible(self, widget: Widget) -> bool:
        return widget.rect.bottom > self.rect.y and widget.rect.y < self.rect.bottom

    def hides(self, widget: Widget, pos: tuple[int, int]) -> bool:
        """Whether a click at `pos` on `widget` falls on a part scrolled out of view."""
        return self.holds(widget) and not self.rect.collidepoint(pos)

    # --- scrolling ---------------------------------------------------------------------------
    def scroll_to(self, offset: int) -> bool:
        """Scrolls to `offset` (kept within the content); returns whether the view moved."""
        new = max(0, min(self.max_offset, offset))
        moved = new != self.offset
        self.offset = new
        for widget in self.widgets:
            widget.rect.y = self.rect.y + self._tops[id(widget)] - new
        return moved

    def scroll(self, by: int) -> bool:
        return self.scroll_to(self.offset + by)

    def show_span(self, top: int, height: int) -> bool:
        """Scrolls just enough to bring the content from `top`, `height` high, into view."""
        if top < self.offset:
            return self.scroll_to(top)
        if top + height > self.offset + self.rect.height:
            return self.scroll_to(min(top, top + height - self.rect.height))
        return False

    def show(self, widget: Widget | None) -> bool:
        """Scrolls just enough to bring one of its widgets into view."""
        if not self.holds(widget):
            return False
        return self.show_span(self.top_of(widget), widget.rect.height)

    def handle(self, event: pygame.event.Event, pointer: tuple[int, int] | None = None,
               keys: bool = True) -> bool:
        """The wheel with the mouse over it (at `pointer`, else where SDL says the mouse is),
        and, with `keys`, the arrows, Page Up/Down and Home/End; returns whether it moved."""
        line = self.theme.px(40)
        if event.type == pygame.MOUSEWHEEL:
            at = pointer if pointer is not None else pygame.mouse.get_pos()
            return self.rect.collidepoint(at) and self.scroll(-event.y * line)
        if event.type == pygame.KEYDOWN and keys:
            step = {pygame.K_UP: -line, pygame.K_DOWN: line,
                    pygame.K_PAGEUP: -self.rect.height + line,
                    pygame.K_PAGEDOWN: self.rect.height - line,
                    pygame.K_HOME: -10**9, pygame.K_END: 10**9}.get(event.key)
            if step is not None:
                return self.scroll(step)
        return False

    # --- drawing -----------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, focused: Widget | None = None,
             hover: Widget | None = None) -> None:
        """Its widgets, clipped to it (the focus ring, which lies just outside a widget, is
        drawn unclipped so that it shows whole at the very top or bottom), and the bar."""
        old = surface.get_clip()
        surface.set_clip(self.rect.clip(old))
        for widget in self.widgets:
            if self.visible(widget):
                widget.draw(surface, self.theme, False, widget is hover)
        surface.set_clip(old)
        if focused is not None and self.holds(focused) and self.visible(focused):
            focus_ring(surface, self.theme, focused.rect)
        self.draw_bar(surface)

    def draw_bar(self, surface: pygame.Surface) -> None:
        if not self.max_offset:
            return
        p = self.theme.palette
        track = pygame.Rect(self.rect.right - self.bar_w, self.rect.y, self.bar_w,
                            self.rect.height)
        pygame.draw.rect(surface, p.paper_dark, track)
        share = self.rect.height / max(1, self.content_height)
        h = max(self.theme.px(24), int(track.height * share))
        y = track.y + int((track.height - h) * self.offset / self.max_offset)
        pygame.draw.rect(surface, p.ink_soft, (track.x, y, self.bar_w, h))


class Scroller(Viewport):
    """A `Doc` in a viewport."""

    def __init__(self, theme: Theme, rect: pygame.Rect, doc: Doc) -> None:
        super().__init__(theme, rect)
        self.doc = doc
        doc.layout(self.content_width)
        self.content_height = doc.height

    def draw(self, surface: pygame.Surface, focused: Widget | None = None,
             hover: Widget | None = None) -> None:
        self.doc.draw(surface, self.rect.x, self.rect.y - self.offset, self.rect)
        super().draw(surface, focused, hover)


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
