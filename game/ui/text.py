"""Text laid out ahead of time: wrapped once per width, each line rendered on first sight and kept.

A general text box that re-lays out on every change (50-100 ms for a page), which would stall a
frame; a `Doc` wraps in a few milliseconds and renders only the lines that come into view.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.ui.theme import Theme


def colour(theme: Theme, name: str) -> tuple[int, int, int]:
    p = theme.palette
    return {"ink": p.ink, "soft": p.ink_soft, "red": p.red, "on_red": p.on_red}[name]


_rendered: dict[tuple[pygame.font.Font, str, tuple[int, ...]], pygame.Surface] = {}


def rendered(font: pygame.font.Font, text: str, rgb: tuple[int, ...]) -> pygame.Surface:
    """A rendered line, kept: labels, names and headings are drawn every frame but rendered once.
    The font itself is the key (it is kept alive with its lines): keyed by its id, a font made
    after a text-size change could take a dropped font's address and its lines."""
    key = (font, text, tuple(rgb))
    image = _rendered.get(key)
    if image is None:
        if len(_rendered) > 2000:
            _rendered.clear()
        image = _rendered[key] = font.render(text, True, rgb)
    return image


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """Lines no wider than `width` (a word longer than that gets a line of its own), except that
    a file path longer than a line is broken after its folder separators."""
    lines: list[str] = []
    space = font.size(" ")[0]
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        line: list[str] = []
        used = 0
        for word in words:
            w = font.size(word)[0]
            if w > width and ("/" in word or "\\" in word):
                if line:
                    lines.append(" ".join(line))
                *whole, word = wrap_path(font, word, width)
                lines.extend(whole)
                line, used = [word], font.size(word)[0]
                continue
            if line and used + space + w > width:
                lines.append(" ".join(line))
                line, used = [word], w
            else:
                used = used + space + w if line else w
                line.append(word)
        lines.append(" ".join(line))
    return lines


@dataclass
class _Line:
    text: str
    font: pygame.font.Font
    colour: str
    x: int
    y: int
    height: int
    surface: pygame.Surface | None = None


@dataclass
class _Item:
    kind: str  # "text" | "rule" | "space"
    text: str = ""
    role: str = "body"
    face: str = "serif"
    colour: str = "ink"
    indent: int = 0
    before: int = 0
    bullet: str | None = None


@dataclass
class Doc:
    """A column of styled paragraphs. Add items, `layout(width)`, then `draw` any part of it."""

    theme: Theme
    items: list[_Item] = field(default_factory=list)
    lines: list[_Line] = field(default_factory=list)
    rules: list[tuple[int, int, int]] = field(default_factory=list)  # (x, y, width)
    height: int = 0
    width: int = 0
    anchors: dict[str, int] = field(default_factory=dict)

    def text(self, text: str, role: str = "body", face: str = "serif", colour: str = "ink",
             indent: int = 0, before: int = 0, bullet: str | None = None) -> Doc:
        self.items.append(_Item("text", text, role, face, colour, indent, before, bullet))
        return self

    def heading(self, text: str, before: int = 14) -> Doc:
        return self.text(text, "subheading", "serif-bold", "ink", before=before)

    def rule(self, before: int = 8) -> Doc:
        self.items.append(_Item("rule", before=before))
        return self

    def space(self, px: int) -> Doc:
        self.items.append(_Item("space", before=px))
        return self

    def anchor(self, name: str) -> Doc:
        self.items.append(_Item("anchor", text=name))
        return self

    def layout(self, width: int) -> int:
        theme = self.theme
        self.width = width
        self.lines, self.rules, self.anchors = [], [], {}
        y = 0
        for item in self.items:
            y += theme.px(item.before) if item.before else 0
            if item.kind == "anchor":
                self.anchors[item.text] = y
                continue
            if item.kind == "space":
                continue
            if item.kind == "rule":
                self.rules.append((0, y + theme.px(4), width))
                y += theme.px(10)
                continue
            font = theme.font(item.role, item.face)
            indent = theme.px(item.indent)
            bullet_w = 0
            if item.bullet:
                bullet_w = font.size(item.bullet + " ")[0]
                self.lines.append(_Line(item.bullet, font, "red", indent, y, font.get_linesize()))
            x = indent + bullet_w
            for number, paragraph in enumerate(item.text.split("\n")):
                if number:
                    y += font.get_linesize() // 3  # a little air between paragraphs
                for text in wrap(font, paragraph, max(40, width - x)):
                    self.lines.append(_Line(text, font, item.colour, x, y, font.get_linesize()))
                    y += font.get_linesize()
            y += theme.px(4)
        self.height = y
        return y

    def draw(self, surface: pygame.Surface, x: int, y: int,
             clip: pygame.Rect | None = None) -> None:
        """Draw with the doc's top-left at (x, y); only lines inside `clip` are rendered."""
        clip = clip or surface.get_rect()
        theme = self.theme
        old_clip = surface.get_clip()
        surface.set_clip(clip)
        for rx, ry, rw in self.rules:
            if clip.top <= y + ry <= clip.bottom:
                pygame.draw.line(surface, theme.palette.rule, (x + rx, y + ry),
                                 (x + rx + rw, y + ry), theme.palette.border)
        for line in self.lines:
            top = y + line.y
            if top + line.height < clip.top or top > clip.bottom or not line.text:
                continue
            if line.surface is None:
                line.surface = line.font.render(line.text, True, colour(theme, line.colour))
            surface.blit(line.surface, (x + line.x, top))
        surface.set_clip(old_clip)


def fitting(font: pygame.font.Font, text: str, width: int, tail: str = "") -> int:
    """How many characters of `text` fit in `width` with `tail` after them (0 if none do).

    A binary search, as a line grows wider with every character, over no more than `width`
    characters, as no glyph is narrower than a pixel: the work grows with the width of the slot,
    not with the length of the text (a 20,000-character title from a damaged save is measured
    about ten times, a few hundred characters each)."""
    lo, hi = 0, min(len(text), max(0, width))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if font.size(text[:mid] + tail)[0] <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


# The texts `fit` had to cut, while someone is looking (tools/screens.py sets a list here).
CUT: list[str] | None = None


def fit(font: pygame.font.Font, text: str, width: int) -> str:
    """The text cut with an ellipsis to fit `width`."""
    if len(text) <= width and font.size(text)[0] <= width:
        return text
    if CUT is not None:
        CUT.append(text)
    return text[:fitting(font, text, width, "…")].rstrip() + "…"


def wrap_path(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """A file path in lines no wider than `width`, broken after a folder separator (or, for a
    name too long for a line, anywhere): a path has no spaces for `wrap` to break at."""
    parts: list[str] = []
    start = 0
    for i, ch in enumerate(text):
        if ch in "/\\":
            parts.append(text[start:i + 1])
            start = i + 1
    if start < len(text):
        parts.append(text[start:])
    lines: list[str] = []
    line = ""
    for part in parts:
        if line and (len(line + part) > width or font.size(line + part)[0] > width):
            lines.append(line)
            line = ""
        line += part
        # A name too long for a line is cut where the line is full (one character at least).
        while len(line) > 1 and (len(line) > width or font.size(line)[0] > width):
            cut = max(1, fitting(font, line, width))
            lines.append(line[:cut])
            line = line[cut:]
    if line or not lines:
        lines.append(line)
    return lines


def wrap_around(font: pygame.font.Font, text: str, narrow: int, wide: int,
                narrow_lines: int) -> list[tuple[str, int]]:
    """Wrap `text` to `narrow` for its first `narrow_lines` lines (beside an image), then `wide`.
    Returns (line, width used for it)."""
    out: list[tuple[str, int]] = []
    space = font.size(" ")[0]
    for number, paragraph in enumerate(text.split("\n")):
        if number:  # an empty entry between paragraphs: the caller leaves a small gap there
            out.append(("", narrow if len(out) < narrow_lines else wide))
        words = paragraph.split()
        if not words:
            out.append(("", narrow if len(out) < narrow_lines else wide))
            continue
        line: list[str] = []
        used = 0
        for word in words:
            limit = narrow if len(out) < narrow_lines else wide
            w = font.size(word)[0]
            if line and used + space + w > limit:
                out.append((" ".join(line), limit))
                line, used = [word], w
            else:
                used = used + space + w if line else w
                line.append(word)
        out.append((" ".join(line), narrow if len(out) < narrow_lines else wide))
    return out
