"""The printable page the reports share: one self-contained HTML file, no scripts, nothing fetched.

The game's print style: paper, ink, one red. Print rules fit A4 and Letter alike (the content is
narrower than either page less its margins); `paper` pins the page size when a teacher wants it.
Pages are built with game.classroom.html, which escapes every text: a record is a file a student
hands in, and a player name is whatever they typed. Every page carries a Content-Security-Policy
that forbids scripts and every network load.
"""

from __future__ import annotations

from game import __version__
from game.classroom.html import DOCTYPE, Child, Markup, h, join

PAPERS = ("auto", "a4", "letter")

_CSS = """
:root { --ink: #1b1b1b; --red: #a8231a; --paper: #fbf8f1; --grey: #6e6a62; --faint: #d9d2c3;
        --wash: #f1ebdd; }
html { background: #ddd6c8; }
body { font-family: "PT Serif", Georgia, Cambria, "Times New Roman", serif; color: var(--ink);
       background: var(--paper); max-width: 186mm; margin: 0 auto; padding: 12mm 12mm 16mm;
       font-size: 10.5pt; line-height: 1.42; }
h1, h2, h3, th, .kicker, .meta dt, .chip, svg text, .small-caps {
       font-family: "PT Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
.kicker { text-transform: uppercase; letter-spacing: .2em; font-size: 8pt; font-weight: 700;
          color: var(--red); margin: 0 0 1mm; }
h1 { font-size: 21pt; line-height: 1.1; margin: 0 0 2mm; }
h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: .12em; margin: 8mm 0 3mm;
     padding-bottom: 1mm; border-bottom: 1.6pt solid var(--ink); }
h3 { font-size: 10pt; margin: 4mm 0 1mm; }
p { margin: 0 0 2.5mm; }
.lede { font-size: 11.5pt; }
.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 1mm 4mm;
        margin: 3mm 0; font-size: 9.5pt; }
.meta dt { color: var(--grey); text-transform: uppercase; letter-spacing: .08em;
           font-size: 7.5pt; padding-top: .6mm; }
.meta dd { margin: 0; }
.box { border: 1.6pt solid var(--ink); padding: 3mm 5mm; margin: 3mm 0; }
.box.fell { border-color: var(--red); }
.box h3 { margin-top: 0; font-size: 13pt; }
.outcome { color: var(--red); text-transform: uppercase; letter-spacing: .12em;
           font-size: 8pt; font-weight: 700; }
.note { border-left: 3pt solid var(--red); background: var(--wash); padding: 2mm 4mm;
        margin: 3mm 0; font-size: 9.5pt; }
.quiet { color: var(--grey); font-size: 9pt; }
table { border-collapse: collapse; width: 100%; font-size: 9.3pt; margin: 1mm 0 3mm; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.6mm;
         border-bottom: .5pt solid var(--faint); }
th { font-size: 7.5pt; text-transform: uppercase; letter-spacing: .07em; color: var(--grey);
     border-bottom: 1pt solid var(--ink); font-weight: 700; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.when { white-space: nowrap; }
tr.left td.yours { color: var(--red); font-weight: 700; }
tr.policy td { color: var(--grey); font-style: italic; }
tr.differs td { background: var(--wash); }
.chip { display: inline-block; font-size: 7.5pt; letter-spacing: .06em; text-transform: uppercase;
        border: .8pt solid currentColor; padding: 0 1.2mm; border-radius: 1mm; }
.chip.same { color: var(--grey); }
.chip.diff { color: var(--red); }
.happened { display: block; color: var(--grey); font-size: 8.5pt; margin-top: .6mm; }
figure { margin: 2mm 0 4mm; }
figcaption { font-size: 8.5pt; color: var(--grey); margin-top: 1mm; }
svg.chart { width: 100%; height: auto; display: block; }
svg .chart-title { font-size: 10.5px; font-weight: 700; letter-spacing: .06em; fill: var(--ink); }
svg .tick { font-size: 8.5px; fill: var(--grey); }
svg .mark { font-size: 8px; font-weight: 700; }
svg .end-label { font-size: 9px; }
svg.bar { vertical-align: middle; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; }
ol.questions li, ul.plain li { margin-bottom: 1.5mm; }
ul.plain { padding-left: 5mm; }
.sources { font-size: 8.5pt; color: var(--grey); }
footer { margin-top: 10mm; padding-top: 2mm; border-top: .5pt solid var(--grey);
         font-size: 8pt; color: var(--grey); }
@page { margin: 13mm 12mm 14mm; }
@media print {
  html, body { background: #fff; }
  body { max-width: none; margin: 0; padding: 0; font-size: 9.8pt; }
  h2, h3 { break-after: avoid; }
  figure, .box, tr, .keep, .note { break-inside: avoid; }
  thead { display: table-header-group; }
  .page-break { break-before: page; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

_SIZES = {"a4": "@page { size: A4; }", "letter": "@page { size: letter; }"}

# No scripts, nothing fetched: the style is inline and the charts are inline SVG.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def page(title: str, body: Child, *, paper: str = "auto", style: str = "") -> Markup:
    """A whole HTML document around `body`; `style` is more of the game's own CSS."""
    if paper not in PAPERS:
        raise ValueError(f"paper is one of {', '.join(PAPERS)}, not {paper!r}")
    size = _SIZES.get(paper, "")
    head = join(
        h("meta", charset="utf-8"), "\n",
        h("meta", http_equiv="Content-Security-Policy", content=CSP), "\n",
        h("meta", name="viewport", content="width=device-width, initial-scale=1"), "\n",
        h("meta", name="generator", content=f"Thaw {__version__}"), "\n",
        h("title", title), "\n",
        h("style", Markup(_CSS + style + size)), "\n")
    return join(DOCTYPE,
                h("html", "\n", h("head", "\n", head), "\n",
                  h("body", "\n", body, "\n"), "\n", lang="en"), "\n")


def table(head: list[Child], rows: list[list[Child]], *, numeric: set[int] | None = None,
          row_classes: list[str] | None = None, widths: list[int] | None = None) -> Markup:
    """A table; each cell text (escaped) or Markup; `widths` in per cent of the page, one per
    column."""
    numeric = numeric or set()

    def klass(i: int) -> str | None:
        return "num" if i in numeric else None

    colgroup = (h("colgroup", [h("col", style=f"width:{w}%") for w in widths])
                if widths else None)
    thead = h("thead", h("tr", [h("th", cell, class_=klass(i)) for i, cell in enumerate(head)]))
    body = []
    for r, row in enumerate(rows):
        cls = row_classes[r] if row_classes and row_classes[r] else None
        body.append(h("tr", [h("td", cell, class_=klass(i) if i < len(head) else None)
                             for i, cell in enumerate(row)], class_=cls))
    return h("table", colgroup, thead, h("tbody", body))


def shorten(text: str, most: int = 80) -> str:
    """Cuts a long label at a word boundary with an ellipsis (for dense tables)."""
    if len(text) <= most:
        return text
    cut = text[:most - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "\u2026"


def signed(delta: float) -> str:
    """+4.5 / −3 with a real minus sign, for the printed page."""
    text = f"{abs(delta):.1f}".rstrip("0").rstrip(".")
    return ("+" if delta > 0 else "\u2212" if delta < 0 else "") + text
