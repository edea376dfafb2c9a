"""Writes game/classroom/extracts.py: the passages of the public-domain document (the Library of
Congress country study) that the game cites, one paragraph each, for the printable extracts.

    python -m tools.extracts [SEEDS_FOLDER]     (default: ../shared/seeds)

Only the country study is extracted: it is a work of the United States government. The other
four documents are in copyright, so the pages show only their locators (a few words each).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from game.content import catalog
from game.content.lint import walk_models
from game.content.loader import load_reference, load_scenario
from game.content.models import Citation

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "game" / "classroom" / "extracts.py"
PUBLIC = ("004", "country-study")


def _fold(text: str) -> str:
    text = text.lower().translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"',
                                                 "\u201d": '"', "\u2013": "-", "\u2014": "-"}))
    return re.sub(r"\s+", " ", text)


def locators(source: str) -> list[str]:
    """Every locator the bundled content cites in `source`, in a stable order."""
    models = []
    for entry in catalog.entries(include_user=False):
        models += [f.model for f in load_scenario(entry.path).files]
    models.append(load_reference(ROOT / "scenarios" / "_reference.yaml"))
    found = {m.locator for model in models for _, m in walk_models(model)
             if isinstance(m, Citation) and m.source == source and m.locator}
    return sorted(found)


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if len(p.split()) > 12]


def _pieces(text: str, width: int = 80) -> list[str]:
    """The text cut at spaces into pieces of about `width` characters (each keeps its space)."""
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) > width:
            out.append(line)
            line = ""
        line += word + " "
    out.append(line.rstrip(" "))
    return out


def build(folder: Path) -> str:
    path = next(folder.glob(f"{PUBLIC[0]}_*.txt"))
    paras = paragraphs(path.read_text(encoding="utf-8"))
    used: dict[int, list[str]] = {}
    for locator in locators(PUBLIC[1]):
        hits = [i for i, p in enumerate(paras) if _fold(locator) in _fold(p)]
        if not hits:
            raise SystemExit(f"{locator!r} is not in {path.name}")
        used.setdefault(hits[0], []).append(locator)
    lines = ['"""The passages of the Library of Congress country study (a work of the United',
             "States government, not subject to copyright there) that the game cites, whole",
             "paragraphs in the document's order, each with the locators that point into it.",
             "Written by",
             '`python -m tools.extracts`; do not edit by hand."""', "",
             "EXTRACTS: tuple[tuple[str, tuple[str, ...]], ...] = ("]
    for i in sorted(used):
        lines.append("    (")
        lines += [f"        {piece!r}" for piece in _pieces(paras[i])]
        lines.append("        , (")
        lines += [f"            {locator!r}," for locator in used[i]]
        lines.append("        )),")
    lines.append(")")
    return "\n".join(lines) + "\n"


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    if not list(folder.glob(f"{PUBLIC[0]}_*.txt")):
        print(f"{folder}: the country study is not there", file=sys.stderr)
        return 2
    OUT.write_text(build(folder), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
