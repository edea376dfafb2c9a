"""What several screens share: the page header, a column of menu buttons, a bottom button bar."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui.text import rendered
from game.ui.theme import Theme
from game.ui.widgets import Button, fit

LEVELS = (0, 25, 50, 75, 100)  # the level lines of a meter chart


def page_header(surface: pygame.Surface, theme: Theme, title: str,
                subtitle: str | None = None) -> int:
    """The title of a full screen under the masthead rule; returns the y below it."""
    m = theme.margin
    p = theme.palette
    y = theme.px(22)
    font = theme.font("heading", "serif-bold")
    img = rendered(font, fit(font, title, surface.get_width() - 2 * m), p.ink)
    surface.blit(img, (m, y))
    y += img.get_height()
    if subtitle:
        small = theme.font("small", "serif-italic")
        img = rendered(small, fit(small, subtitle, surface.get_width() - 2 * m), p.ink_soft)
        surface.blit(img, (m, y))
        y += img.get_height()
    y += theme.px(4)
    pygame.draw.line(surface, p.ink, (m, y), (surface.get_width() - m, y), p.border)
    return y + theme.px(10)


def header_height(theme: Theme, subtitle: bool = False) -> int:
    h = theme.px(22) + theme.font("heading", "serif-bold").get_linesize() + theme.px(14)
    if subtitle:
        h += theme.font("small", "serif-italic").get_linesize()
    return h


def button_bar(theme: Theme, size: tuple[int, int],
               buttons: list[tuple[str, Callable[[], None] | None, str | None, bool]],
               align: str = "right") -> list[Button]:
    """A row of buttons along the bottom: (label, action, key hint, primary)."""
    m = theme.margin
    h = theme.px(44)
    y = size[1] - m - h
    font = theme.font("small", "sans-bold")
    widths = [font.size(f"{label}  [{hint}]" if hint else label)[0] + theme.px(32)
              for label, _, hint, _ in buttons]
    total = sum(widths) + theme.gap * (len(buttons) - 1)
    x = size[0] - m - total if align == "right" else m
    out = []
    for (label, action, hint, primary), w in zip(buttons, widths, strict=True):
        out.append(Button(theme, pygame.Rect(x, y, w, h), label, action, primary=primary,
                          hint=hint, enabled=action is not None, name=label))
        x += w + theme.gap
    return out


def bar_top(theme: Theme, size: tuple[int, int]) -> int:
    """The y where the bottom button bar begins (content stops above it)."""
    return size[1] - theme.margin - theme.px(44) - theme.gap


def chart_levels(surface: pygame.Surface, theme: Theme, plot: pygame.Rect,
                 font: pygame.font.Font, labelled: tuple[int, ...] = LEVELS) -> None:
    """A meter chart's ground and its levels 0 to 100 across it, the `labelled` ones numbered up
    the side (the history and the what-if charts)."""
    p = theme.palette
    pygame.draw.rect(surface, p.paper_dark, plot)
    for level in LEVELS:
        y = plot.bottom - plot.height * level // 100
        pygame.draw.line(surface, p.rule, (plot.x, y), (plot.right, y), 1)
        if level in labelled:
            img = rendered(font, str(level), p.ink_soft)
            surface.blit(img, (plot.x - img.get_width() - theme.px(4), y - img.get_height() // 2))


def source_names(ids) -> str:
    """Source ids as a reader sees them: the documents' titles, and "beyond the documents" for
    what none of them supports (see `game.content.sources.source_ids`)."""
    # lazy: the title screen's first frame imports this module, and needs no content
    from game.content.sources import title_of

    return "; ".join(title_of(i) for i in dict.fromkeys(ids))  # a document cited twice: once


def from_file(text: str, limit: int = 80) -> str:
    """Text from a file a player has (a save's title, a name), cut to `limit` characters: what
    a damaged or doctored file holds never runs off a line or a dialog."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def turn_unit(world) -> str:
    """What one turn of this scenario is called: season (the campaign), month, week or day."""
    return world.calendar.step


# A candidate member is listed with the rest but has no vote: the list says so instead of how
# they lean.
CANDIDATE = "candidate, no vote"


def leaning(loyalty: float, threshold: float) -> str:
    """How a Presidium member leans, in words (the vote counts those below the threshold)."""
    if loyalty < threshold:
        return "against you"
    return "with you" if loyalty >= threshold + 15 else "wavering"
