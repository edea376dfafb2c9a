"""The turn screen's decision card, laid out to be read at a glance: the date and the title on top,
"Read more" (the whole situation on a page of its own, `turn_situation`) beside them; the options
and the Decide button pinned at the bottom; between them the situation, its picture scaled to fit
(never cut) and the text scrolling beside it in whole lines.

The options take the body type when that leaves the situation five lines, else a smaller type;
where even then the situation would have fewer than three (four long options, the largest text),
it folds to its "Read more", Decide goes under it, and the options scroll below the title."""

from __future__ import annotations

import pygame

from game.narration.cards import card_count
from game.narration.threats import threat_warning
from game.ui.images import card_image
from game.ui.screens.common import source_names
from game.ui.screens.turn_digest import digest_paragraphs
from game.ui.text import colour, rendered, wrap, wrap_around
from game.ui.widgets import Button, Widget, focus_ring, option_frame, panel

Items = list[tuple[pygame.Surface, int, int]]  # rendered lines and images, with their places
TYPES = (("body", "small"), ("small", "tiny"))  # the options' label and forecast, largest first
IMAGE_RATIO = 0.625  # the card pictures' height to width


class TurnOption(Widget):
    """One option: its number, what you do, and under it, each on its own line, what to expect
    and its gambles (or why it is not possible now). Wrapped when made (to know its height),
    rendered when first drawn."""

    def __init__(self, theme, rect: pygame.Rect, number: int, option, types: tuple[str, str],
                 action) -> None:
        t = theme
        self.theme = theme
        pad = t.px(6)
        self.label_font = t.font(types[0], "serif")
        self.note_font = t.font(types[1], "serif-italic")
        self.num_w = t.px(34)
        text_w = max(40, rect.width - self.num_w - 2 * pad)
        if option.available:
            notes = ["Expect: " + option.expect, *option.risks]
        else:
            notes = [f"Not possible now. {option.unavailable or ''}".strip()]
        self.lines: list[tuple[str, bool, int]] = []  # (text, a note?, y)
        y = pad
        for line in wrap(self.label_font, option.label, text_w):
            self.lines.append((line, False, y))
            y += self.label_font.get_linesize()
        y += t.px(2)
        for note in notes:
            for line in wrap(self.note_font, note, text_w):
                self.lines.append((line, True, y))
                y += self.note_font.get_linesize()
        super().__init__(pygame.Rect(rect.x, rect.y, rect.width, y + pad), action,
                         f"option {number}")
        self.number = number
        self.available = option.available
        self.selected = False
        self._images: list[tuple[pygame.Surface, pygame.Surface, int, int]] | None = None

    def images(self) -> list[tuple[pygame.Surface, pygame.Surface, int, int]]:
        """Each line as drawn plain and selected (the forecast set in full ink when selected:
        it is what is about to happen), with its place."""
        if self._images is None:
            p = self.theme.palette
            ink = p.ink if self.available else p.rule
            soft = p.ink_soft if self.available else p.red
            sharp = p.ink if self.available else p.red
            x = self.num_w + self.theme.px(6)
            self._images = []
            for text, note, y in self.lines:
                if note:
                    self._images.append((rendered(self.note_font, text, soft),
                                         rendered(self.note_font, text, sharp), x, y))
                else:
                    image = rendered(self.label_font, text, ink)
                    self._images.append((image, image, x, y))
        return self._images

    def number_image(self, selected: bool) -> pygame.Surface:
        p = self.theme.palette
        colour = p.on_red if selected else (p.red if self.available else p.rule)
        return rendered(self.theme.font("heading", "serif-bold"), str(self.number), colour)

    def warm(self) -> None:
        """Renders its lines ahead of the frame that first shows them (see TurnScene.prepare)."""
        self.images()
        self.number_image(False)
        self.number_image(True)

    def draw(self, surface: pygame.Surface, theme, focused: bool, hovered: bool) -> None:
        r = self.rect
        option_frame(surface, theme, r, self.num_w, self.selected, hovered,
                     self.number_image(self.selected))
        for soft, sharp, dx, dy in self.images():
            surface.blit(sharp if self.selected else soft, (r.x + dx, r.y + dy))
        if focused:
            focus_ring(surface, theme, r)


class DecisionCard:
    """One open decision laid out in `rect`; `pick(i)`, `confirm()` and `read_more()` are the
    scene's actions. `offset` is how far the scrolling part is scrolled (kept while the decision
    stays open): the situation's text beside its picture, or, folded, the options."""

    def __init__(self, theme, rect: pygame.Rect, game, decision,
                 selected: int | None, offset: int, actions) -> None:
        self.theme = theme
        self.rect = rect
        self.decision = decision
        self.selected = selected
        self.offset = offset
        pick, confirm, read_more = actions
        pad = theme.px(14)
        self.inner = rect.inflate(-2 * pad, -2 * pad)
        self.items: Items = []  # scrolling, in scroll space
        self.picture: pygame.Rect | None = None  # where the card's picture is, whole
        self.fixed_items: Items = []  # pinned, in screen space
        self.digest = digest_paragraphs(game)
        # Read more in the bottom row, at the left of Decide (placed with it): the date and the
        # title have the card's width.
        self.more_w = min(self.inner.width // 3, theme.px(200))
        self.read_more = Button(theme, pygame.Rect(self.inner.x, 0, self.more_w, theme.px(40)),
                                "Read more", read_more, hint="R", name="read more")
        head_h = self._place_head(game, self.inner.width)
        line = theme.font("body", "serif").get_linesize()
        for types, least in zip(TYPES, (5, 3), strict=True):
            self._options(types, pick, confirm)
            room = self.inner.bottom - self.options_h - theme.px(12) - self.inner.y - head_h
            if room >= least * line:
                break
        self.folded = room < 3 * line
        if self.folded:
            self._fold(game)
        else:
            self.top = self.inner.y + head_h
            self._situation(room)
        self.place()

    # --- layout ------------------------------------------------------------------------------
    def _place_head(self, game, width: int) -> int:
        """The head, `width` wide, pinned at the top; sets `top` below it; returns its height."""
        head, head_h = self._head(game, width)
        self.fixed_items = [(img, self.inner.x + x, self.inner.y + y) for img, x, y in head]
        self.top = self.inner.y + head_h  # where the situation begins
        return head_h

    def _head(self, game, width: int) -> tuple[Items, int]:
        """When and what: the date line, the title, any warning."""
        t = self.theme
        p = t.palette
        d = self.decision
        inner = pygame.Rect(self.inner.x, self.inner.y, width, self.inner.height)
        small = t.font("small", "sans")
        head: Items = []
        y = 0
        number, of = card_count(game)
        meta = f"Decision {number} of {of} · {game.date_label}"
        if d.date:
            meta += f" · dated {d.date}"
        for line in wrap(small, meta, inner.width):
            head.append((rendered(small, line, p.red), 0, y))
            y += small.get_linesize()
        y += t.px(2)
        title_font = t.font("heading", "serif-bold")
        for line in wrap(title_font, d.title, inner.width):
            head.append((rendered(title_font, line, p.ink), 0, y))
            y += title_font.get_linesize()
        warning = threat_warning(game)
        if warning:
            for line in wrap(small, warning, inner.width):
                head.append((rendered(small, line, p.red), 0, y))
                y += small.get_linesize()
        return head, y + t.px(6)

    def _options(self, types: tuple[str, str], pick, confirm) -> None:
        """The options (each at its `base_y` in the options block, laid out in `types`), the
        Decide button and the hint beside it."""
        t = self.theme
        d = self.decision
        inner = self.inner
        self.options = []
        oy = 0
        for i, option in enumerate(d.options):
            card = TurnOption(t, pygame.Rect(inner.x, 0, inner.width, 0), i + 1, option, types,
                              lambda i=i: pick(i, confirm_if_same=True))
            card.base_y = oy
            self.options.append(card)
            oy += card.rect.height + t.px(4)
        self.row_h = t.px(40)
        bw = min(inner.width, t.px(240))
        self.decide_y = oy + t.px(2)
        self.options_h = self.decide_y + self.row_h
        tiny = t.font("tiny", "sans")
        hint = f"Press 1-{len(d.options)} or click an option, then Decide."
        room = inner.width - bw - self.more_w - 2 * t.gap
        lines = wrap(tiny, hint, room)
        # Between Read more and Decide, where it fits in the row (on a narrow card it is left
        # to How to play: Decide says Enter, and the numbers are on the options).
        self.hint_lines = [rendered(tiny, line, t.palette.ink_soft) for line in lines] \
            if len(lines) * tiny.get_linesize() <= self.row_h and \
            all(tiny.size(line)[0] <= room for line in lines) else []
        self.decide_button = Button(t, pygame.Rect(inner.right - bw, 0, bw, self.row_h), "Decide",
                                    confirm, primary=True, hint="Enter",
                                    enabled=self.selected is not None, name="Decide")

    def _situation(self, room: int) -> None:
        """The options pinned at the bottom; above them, in `room`, the picture scaled to fit and
        the text beside it, scrolling (and all of it under "Read more")."""
        t = self.theme
        inner = self.inner
        bottom = inner.bottom - self.options_h
        for card in self.options:
            card.rect.y = bottom + card.base_y
            del card.base_y  # pinned: it does not scroll
        self._bottom_row(bottom + self.decide_y)
        self.rule_y = bottom - t.px(7)
        img_h = min(room, int(inner.width * 0.36 * IMAGE_RATIO))
        img_w = int(img_h / IMAGE_RATIO)
        x = inner.x
        if img_h >= 3 * t.font("body", "serif").get_linesize():
            picture = card_image(t, self.decision.image, (img_w, img_h))
            self.fixed_items.append((picture, inner.x, self.top))
            self.picture = pygame.Rect(inner.x, self.top, img_w, img_h)
            x += img_w + t.px(14)
        self.scroll_rect = pygame.Rect(x, self.top, inner.right - x, room)
        width = self.scroll_rect.width - t.px(10)
        self.items, self.height = situation_items(t, self.decision, width, self.digest)
        if self.height > room:  # whole lines only: the text never shows half a line
            bottoms = [y + image.get_height() for image, _, y in self.items
                       if y + image.get_height() <= room]
            self.scroll_rect.height = max(bottoms, default=room)

    def _fold(self, game) -> None:
        """No room for the situation: the date and the title across the card, the options
        scrolling under them, and "Read more" and Decide in a row at the bottom (where Decide is
        on an unfolded card too)."""
        t = self.theme
        inner = self.inner
        y = inner.bottom - self.row_h
        self._bottom_row(y)
        self.rule_y = self.top - t.px(4)
        self.top += t.px(1)
        self.scroll_rect = pygame.Rect(inner.x, self.top, inner.width, y - t.px(2) - self.top)
        self.items = []
        self.height = self.decide_y

    def _bottom_row(self, y: int) -> None:
        """Read more, the hint and Decide in a row at `y`."""
        self.read_more.rect.y = self.decide_button.rect.y = y
        y += (self.row_h - sum(image.get_height() for image in self.hint_lines)) // 2
        for image in self.hint_lines:
            self.fixed_items.append((image, self.inner.x + self.more_w + self.theme.gap, y))
            y += image.get_height()

    @property
    def widgets(self) -> list:
        more = [self.read_more] if self.read_more is not None else []
        return [*self.options, self.decide_button, *more]

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

    @property
    def step(self) -> int:
        """How far the wheel scrolls: a line of the situation, or a bit of the options."""
        return self.theme.px(40) if self.folded else self.theme.font("body", "serif").get_linesize()

    @property
    def page(self) -> int:
        """How far Page Up/Down scroll: what is in view less a step, to keep one's place."""
        return max(self.step, self.scroll_rect.height - self.step)

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
        surface.set_clip(area.clip(old))
        for image, x, y in self.items:
            yy = area.y + y - self.offset
            if yy + image.get_height() >= area.y and yy <= area.bottom:
                surface.blit(image, (area.x + x, yy))
        surface.set_clip(old)
        pygame.draw.line(surface, t.palette.rule, (self.inner.x, self.rule_y),
                         (self.inner.right, self.rule_y), 1)
        if self.height > area.height and not self.folded:
            self._draw_scrollbar(surface)

    @property
    def bar_rect(self) -> pygame.Rect:
        """Where the scroll bar runs: beside the text, or, folded, along the card's edge."""
        t = self.theme
        area = self.scroll_rect
        x = self.rect.right - t.px(8) if self.folded else area.right - t.px(5)
        return pygame.Rect(x, area.y, t.px(5), area.height)

    def _draw_scrollbar(self, surface: pygame.Surface) -> None:
        t = self.theme
        area = self.scroll_rect
        bar = self.bar_rect
        share = area.height / self.height
        h = max(t.px(24), int(bar.height * share))
        span = max(1, self.height - area.height)
        y = bar.y + int((bar.height - h) * self.offset / span)
        pygame.draw.rect(surface, t.palette.ink_soft, (bar.x, y, bar.width, h))

    def draw_widgets(self, surface: pygame.Surface, focused, hover, only=None) -> None:
        """The options and Decide, and Read more (those of them in `only`, if given); those
        that scroll clipped to where they do."""
        t = self.theme
        old = surface.get_clip()
        clip = self.scroll_rect.inflate(t.px(10), 0).clip(self.rect)
        for widget in self.widgets:
            if only is not None and widget not in only:
                continue
            scrolls = hasattr(widget, "base_y")
            if scrolls and (widget.rect.bottom < clip.y or widget.rect.y > clip.bottom):
                continue
            surface.set_clip(clip if scrolls else old)
            widget.draw(surface, t, widget is focused, widget is hover)
        surface.set_clip(old)
        if self.folded and self.height > self.scroll_rect.height:
            self._draw_scrollbar(surface)  # folded, the options scroll over the page below


DIGEST_STYLE = {"when": ("small", "sans-bold", "red", ""), "news": ("small", "serif", "ink", "• "),
                "moved": ("small", "sans", "soft", "")}


def digest_items(theme, paragraphs: list[tuple[str, str]], width: int) -> tuple[Items, int]:
    """The digest of the quiet turns before this card, in lines `width` wide, and a rule under
    it; with the height they take."""
    t = theme
    items: Items = []
    y = 0
    for kind, text in paragraphs:
        role, face, colour_name, bullet = DIGEST_STYLE[kind]
        font = t.font(role, face)
        ink = colour(t, colour_name)
        for line in wrap(font, bullet + text, width):
            items.append((rendered(font, line, ink), 0, y))
            y += font.get_linesize()
    if items:
        rule = pygame.Surface((width, max(1, t.px(1))))
        rule.fill(t.palette.rule)
        items.append((rule, 0, y + t.px(6)))
        y += t.px(14)
    return items, y


def situation_items(theme, decision, width: int,
                    digest: list[tuple[str, str]] = ()) -> tuple[Items, int]:
    """The digest of the quiet turns before it (if any), the situation's text, what was said and
    the sources, in lines `width` wide; with the height they take."""
    t = theme
    p = t.palette
    body = t.font("body", "serif")
    items, y = digest_items(t, list(digest), width)
    for line, _ in wrap_around(body, decision.text, width, width, 0):
        if line:
            items.append((rendered(body, line, p.ink), 0, y))
            y += body.get_linesize()
        else:
            y += body.get_linesize() // 3
    y += t.px(8)
    italic = t.font("small", "serif-italic")
    for said in decision.voices:
        for line in wrap(italic, f"{said.name}: \u201c{said.line}\u201d", width):
            items.append((rendered(italic, line, p.ink), 0, y))
            y += italic.get_linesize()
        y += t.px(4)
    tiny = t.font("tiny", "sans")
    for line in wrap(tiny, "Sources: " + source_names(decision.sources), width):
        items.append((rendered(tiny, line, p.ink_soft), 0, y))
        y += tiny.get_linesize()
    return items, y + t.px(4)
