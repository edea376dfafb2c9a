"""Pages built safely: the HTML builder escapes every text, every page forbids scripts and
network loads, and a hostile string from a handed-in record stays text."""

import re
from pathlib import Path

import pytest
from classroom_helpers import Page, class_folder, record_of

from game.classroom.class_page import build_class_page
from game.classroom.class_report import class_report, load_folder
from game.classroom.html import Markup, entity, h, join, text
from game.classroom.page import CSP, page
from game.classroom.record import record_name, write_record
from game.classroom.report import build_report
from game.classroom.whatif import whatif
from game.classroom.whatif_page import build_whatif_page

HOSTILE = "Zoë <script>alert(1)</script> \"quoted\" 'single' </style><b>bold"
CLASSROOM = Path(__file__).resolve().parents[2] / "game" / "classroom"


def test_text_is_escaped_and_markup_is_kept():
    assert h("p", "<b>") == "<p>&lt;b&gt;</p>"
    assert h("p", h("b", "x")) == "<p><b>x</b></p>"
    assert h("a", "x", title='"><script>') == '<a title="&quot;&gt;&lt;script&gt;">x</a>'
    assert h("td", "1", class_="num") == '<td class="num">1</td>'
    assert h("meta", http_equiv="x", content="y") == '<meta http-equiv="x" content="y">'
    assert h("p", None, "a", ["b", h("i", "c")], 3) == "<p>ab<i>c</i>3</p>"
    assert h("p", class_=None) == "<p></p>"
    assert join("<", h("br")) == "&lt;<br>"
    assert text(Markup("<i>")) == "<i>" and text("<i>") == "&lt;i&gt;"
    assert entity("middot") == "&middot;" and entity("#9632") == "&#9632;"
    with pytest.raises(ValueError):
        entity("lt;<script>")


def test_a_plain_string_is_never_markup():
    # The one way in for raw markup is the named type: a str that looks like HTML is text.
    built = h("div", "<svg></svg>")
    assert "<svg>" not in built and isinstance(built, Markup)


def test_every_page_carries_the_policy(tmp_path, lesson_world):
    record = record_of(lesson_world, 3, "random", HOSTILE)
    class_folder(lesson_world, tmp_path, count=3)
    report = class_report(load_folder(tmp_path), lambda r: lesson_world, names=True)
    pages = [page("t", "b"), build_report(record, lesson_world),
             build_class_page(report, {lesson_world.id: lesson_world}, names=True),
             build_whatif_page(whatif(lesson_world, record, 1, None), record)]
    for html in pages:
        metas = [a for t, a in Page(html).tags if t == "meta"
                 and a.get("http-equiv") == "Content-Security-Policy"]
        assert [m["content"] for m in metas] == [CSP]
        assert "script-src" not in CSP and "default-src 'none'" in CSP
        assert Page(html).count("script") == 0


def _hostile_folder(world, folder: Path) -> None:
    for seed in (5, 6):
        record = record_of(world, seed, "random", HOSTILE)
        write_record(folder / record_name(record), record)
    (folder / f"{HOSTILE[:20]}.json").write_text("{not json", encoding="utf-8")


def _check_escaped(html: str) -> None:
    page = Page(html)
    assert page.count("script") == 0
    assert "<b>bold" not in html
    assert html.count("</style>") == 1  # the style sheet's own end, in the head
    assert html.index("</style>") < html.index("<body>")


def test_a_hostile_record_stays_text(tmp_path, lesson_world):
    record = record_of(lesson_world, 3, "random", HOSTILE)
    report = build_report(record, lesson_world)
    _check_escaped(report)
    assert HOSTILE in Page(report).text
    _check_escaped(build_whatif_page(whatif(lesson_world, record, 1, None), record))
    _hostile_folder(lesson_world, tmp_path)
    for names in (True, False):
        data = class_report(load_folder(tmp_path), lambda r: lesson_world, names=names)
        html = build_class_page(data, {lesson_world.id: lesson_world}, names=names)
        _check_escaped(html)
        if names:
            assert HOSTILE in Page(html).text


def test_no_page_writes_tags_in_strings():
    """Markup is built with `h`; only the builder and the SVG drawing write tags as text, and no
    page is rewritten by replacing strings in it afterwards."""
    found = []
    for path in sorted(CLASSROOM.glob("*.py")):
        if path.name in ("html.py", "svg.py"):
            continue
        source = path.read_text(encoding="utf-8")
        for n, line in enumerate(source.splitlines(), start=1):
            if re.search(r"""["'][^"'\n]*<(/?[a-z]+[ >/]|!DOCTYPE)""", line) or \
                    re.search(r"\.replace\(\s*['\"]<", line):
                found.append(f"{path.name}:{n}: {line.strip()}")
    assert found == []
