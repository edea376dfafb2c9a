"""HTML built from Python: every text escaped unless it is `Markup`.

    h("p", "Seed ", h("b", seed), class_="quiet")     # <p class="quiet">Seed <b>7</b></p>
    join(h("li", a), h("li", b))                       # siblings, no wrapper

A page's words come from scenario files, from run records a student hands in and from names a
player typed: any of them may hold `<script>`, quotes or `</style>`. So nothing here trusts a
`str`: `h` and `join` escape every child and every attribute value that is not `Markup`.
`Markup` is the one way markup enters a page, and only three things make it: `h` and `join`
themselves, the SVG the game draws (game.classroom.svg), and the page's own style sheet. A page
is built once and never rewritten by string replacement afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

# Elements without an end tag (HTML's void elements; the SVG drawing writes its own).
VOID = frozenset({"meta", "col", "br", "hr", "img", "link", "wbr"})

Child = object  # a str (escaped), Markup (kept), a number, None (nothing) or an iterable of them


class Markup(str):
    """Markup the game made itself: an element built by `h`, or SVG drawn by game.classroom.svg.
    Anything else is text and is escaped."""

    __slots__ = ()


DOCTYPE = Markup("<!DOCTYPE html>\n")


def text(value: object) -> Markup:
    """`value` as safe HTML: Markup as it is, anything else escaped (None is nothing)."""
    if isinstance(value, Markup):
        return value
    return Markup(escape("" if value is None else str(value)))


def _children(children: Iterable[Child]) -> str:
    out = []
    for child in children:
        if child is None or child is False:
            continue
        if isinstance(child, (list, tuple)) or (
                not isinstance(child, str) and isinstance(child, Iterable)):
            out.append(_children(child))
        else:
            out.append(text(child))
    return "".join(out)


def join(*children: Child) -> Markup:
    """Several children side by side (each escaped unless Markup), with no element around
    them."""
    return Markup(_children(children))


def _attrs(attrs: dict[str, object]) -> str:
    out = []
    for name, value in attrs.items():
        if value is None or value is False:
            continue
        name = name.rstrip("_").replace("_", "-")  # class_ -> class, http_equiv -> http-equiv
        if value is True:
            out.append(f" {name}")
        else:
            out.append(f' {name}="{escape(str(value), quote=True)}"')
    return "".join(out)


def h(tag: str, *children: Child, **attrs: object) -> Markup:
    """One element: `tag` with its attributes (`class_` for class; None leaves one out) and its
    children, every text escaped."""
    start = f"<{tag}{_attrs(attrs)}>"
    if tag in VOID:
        return Markup(start)
    return Markup(f"{start}{_children(children)}</{tag}>")


def entity(name: str) -> Markup:
    """A character reference such as `middot` or `#9632` (letters or digits only)."""
    if not name.lstrip("#").isalnum():
        raise ValueError(f"not an entity name: {name!r}")
    return Markup(f"&{name};")
