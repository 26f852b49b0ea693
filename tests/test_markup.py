"""Markdown -> sanitized HTML: GFM behaviour, sanitizing, heading shift, local links and images."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest

from generator.core.config import MarkdownConfig
from generator.render.note_html import MarkdownRenderer, shift_headings

CMARK = MarkdownRenderer(MarkdownConfig())
PYMD = MarkdownRenderer(MarkdownConfig(engine="python-markdown"))


class Tree(HTMLParser):
    """Records every start tag with its attributes, and the list depth of each <li>'s first text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.depth = 0
        self.li_depth: dict[str, int] = {}
        self._pending_li = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("ul", "ol"):
            self.depth += 1
        if tag == "li":
            self._pending_li = True

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self.depth -= 1

    def handle_data(self, data):
        if self._pending_li and data.strip():
            self.li_depth[data.strip()] = self.depth
            self._pending_li = False

    def names(self) -> list[str]:
        return [t for t, _ in self.tags]


def render(text: str, **kwargs) -> str:
    return CMARK.render(text, **kwargs).html


# --- GitHub-flavoured Markdown -----------------------------------------------------------------------

@pytest.mark.parametrize("renderer", [CMARK, PYMD], ids=["cmarkgfm", "python-markdown"])
def test_two_space_nested_lists_nest(renderer):
    html = renderer.render("- top\n  - middle\n    - bottom\n- second top\n").html
    depth = Tree(html).li_depth
    assert depth == {"top": 1, "middle": 2, "bottom": 3, "second top": 1}


def test_list_right_after_a_paragraph_is_a_list():
    tree = Tree(render("今日のメモ:\n- ひとつめ\n- ふたつめ\n"))
    assert tree.names()[:2] == ["p", "ul"]
    assert tree.li_depth == {"ひとつめ": 1, "ふたつめ": 1}


def test_numbered_list_after_paragraph():
    tree = Tree(render("Agenda\n1. opening\n2. talks\n"))
    assert "ol" in tree.names()
    assert tree.li_depth == {"opening": 1, "talks": 1}


def test_bare_urls_become_links():
    html = render("slides: https://slides.example.com/deck/42 (in English)\n")
    links = [a for t, a in Tree(html).tags if t == "a"]
    assert [a["href"] for a in links] == ["https://slides.example.com/deck/42"]
    assert "nofollow" in links[0].get("rel", "")


def test_tables():
    tree = Tree(render("| 時間 | 内容 |\n|---|---|\n| 19:00 | 開場 |\n| 19:30 | LT |\n"))
    names = tree.names()
    assert names.count("table") == 1
    assert names.count("th") == 2 and names.count("td") == 4


def test_fenced_code_is_escaped_and_keeps_language():
    html = render("```python\nprint('<b>hi</b>')\n```\n")
    tree = Tree(html)
    assert "pre" in tree.names() and "code" in tree.names()
    assert "b" not in tree.names()
    assert "&lt;b&gt;" in html
    assert any("python" in " ".join(a.values()) for t, a in tree.tags if t in ("pre", "code"))


def test_hard_breaks_follow_the_config():
    assert "<br" in MarkdownRenderer(MarkdownConfig(hard_breaks=True)).render("a\nb\n").html
    assert "<br" not in MarkdownRenderer(MarkdownConfig(hard_breaks=False)).render("a\nb\n").html


def test_python_markdown_engine_is_selectable_and_renders_tables():
    html = PYMD.render("| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx < y\n```\n").html
    names = Tree(html).names()
    assert "table" in names and "pre" in names
    assert "x &lt; y" in html


# --- sanitizing -------------------------------------------------------------------------------------------

PAYLOADS = [
    "<script>alert(1)</script>",
    "before <script src=https://evil.example/x.js></script> after",
    '<img src="https://img.example/a.png" onerror="alert(1)">',
    "<img src=x onerror=alert(1)>",
    '<div onmouseover="alert(1)">hover me</div>',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href=" javascript:alert(1)">click</a>',
    '<a href="java&#x09;script:alert(1)">click</a>',
    '<a href="&#106;avascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(document.cookie))",
    "![img](javascript:alert(1))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<svg onload=alert(1)>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>',
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe src="https://evil.example/"></iframe>',
    "<details open ontoggle=alert(1)>d</details>",
    '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<body onload="alert(1)">',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    "<<script>script>alert(1)<</script>/script>",
    '<a href="vbscript:msgbox(1)">vb</a>',
]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("renderer", [CMARK, PYMD], ids=["cmarkgfm", "python-markdown"])
def test_no_script_handler_or_javascript_url_survives(renderer, payload):
    html = renderer.render(f"Some notes.\n\n{payload}\n\nMore notes.\n").html
    tree = Tree(html)
    bad_tags = {"script", "iframe", "object", "embed", "svg", "math", "style", "form", "button", "body"}
    assert not bad_tags & set(tree.names()), html
    for tag, attrs in tree.tags:
        for name, value in attrs.items():
            assert not name.lower().startswith("on"), (tag, name, html)
            assert name.lower() != "style", html
            cleaned = "".join(ch for ch in (value or "") if ch > " ").lower()
            assert not cleaned.startswith(("javascript:", "vbscript:", "data:")), (tag, name, value)
    assert "<script" not in html.lower()
    assert "Some notes." in html


def test_harmless_html_survives():
    html = render("<kbd>Ctrl</kbd> + <kbd>C</kbd> and <del>old</del> <mark>new</mark>\n")
    names = Tree(html).names()
    assert names.count("kbd") == 2 and "del" in names and "mark" in names


def test_abbr_next_to_a_link_is_left_alone():
    html = render('<abbr title="Application Programming Interface">API</abbr> docs: https://example.com/api\n')
    tree = Tree(html)
    assert "abbr" in tree.names()
    assert [a.get("href") for t, a in tree.tags if t == "a"] == ["https://example.com/api"]
    assert "</span>" not in html


# --- headings ------------------------------------------------------------------------------------------

def test_headings_are_shifted_so_the_top_is_h3():
    tree = Tree(render("# Top\n\ntext\n\n## Second\n\n### Third\n"))
    assert [t for t in tree.names() if t[0] == "h" and t[1:].isdigit()] == ["h3", "h4", "h5"]


def test_headings_starting_at_h2_also_start_at_h3():
    tree = Tree(render("## A\n\n### B\n\n## C\n"))
    assert [t for t in tree.names() if t[0] == "h" and t[1:].isdigit()] == ["h3", "h4", "h3"]


def test_deep_headings_are_clamped_to_h6():
    tree = Tree(render("# A\n\n##### E\n\n###### F\n"))
    assert [t for t in tree.names() if t[0] == "h" and t[1:].isdigit()] == ["h3", "h6", "h6"]


def test_heading_top_is_configurable():
    tree = Tree(render("### low\n\n#### lower\n", heading_top=2))
    assert [t for t in tree.names() if t[0] == "h"] == ["h2", "h3"]


def test_shift_headings_leaves_hr_and_text_alone():
    html = "<h1 id=\"x\">A</h1><hr><p>h1 text</p><h2>B</h2>"
    assert shift_headings(html, 3) == "<h3 id=\"x\">A</h3><hr><p>h1 text</p><h4>B</h4>"
    assert shift_headings("<p>none</p>", 3) == "<p>none</p>"


# --- local links and images ---------------------------------------------------------------------------------

def test_local_image_that_does_not_exist_is_dropped_and_reported():
    seen = []

    def resolve(tag, url):
        seen.append((tag, url))
        return None

    result = CMARK.render("Photo:\n\n![stage](images/missing.png)\n\nand [the doc](docs/gone.pdf)\n",
                          resolve_local=resolve)
    tree = Tree(result.html)
    assert "img" not in tree.names()
    assert not any("href" in a for t, a in tree.tags if t == "a")
    assert "the doc" in result.html  # the link text stays
    assert set(result.dropped) == {"images/missing.png", "docs/gone.pdf"}
    assert ("img", "images/missing.png") in seen and ("a", "docs/gone.pdf") in seen


def test_a_resolver_that_raises_drops_the_url_and_reports_it():
    """nh3 swallows an exception raised in its attribute callback; the URL must still be reported."""
    def resolve(tag, url):
        if "long" in url:
            raise OSError(36, "File name too long")
        return "/media/" + url

    result = CMARK.render("![a](long-name.png) ![b](fine.png) [c](docs/long.pdf)\n", resolve_local=resolve)
    assert result.dropped == ("long-name.png", "docs/long.pdf")
    assert [a["src"] for t, a in Tree(result.html).tags if t == "img"] == ["/media/fine.png"]


def test_local_image_that_exists_is_rewritten_by_the_resolver():
    result = CMARK.render("![stage](images/stage.jpg)\n",
                          resolve_local=lambda tag, url: "/archive/media/" + url)
    imgs = [a for t, a in Tree(result.html).tags if t == "img"]
    assert [i["src"] for i in imgs] == ["/archive/media/images/stage.jpg"]
    assert imgs[0]["alt"] == "stage"
    assert result.dropped == ()


def test_remote_and_fragment_urls_are_not_sent_to_the_resolver():
    calls = []
    text = "![a](https://img.example/a.png) [b](#section) [c](mailto:x@example.com)\n"
    result = CMARK.render(text, resolve_local=lambda tag, url: calls.append(url))
    assert calls == []
    assert result.dropped == ()
    assert "https://img.example/a.png" in result.html and 'href="#section"' in result.html


def test_each_note_is_resolved_by_its_own_resolver_in_nested_and_threaded_calls():
    """One sanitizer serves the process; the resolver and the dropped URLs belong to the note being cleaned."""
    from concurrent.futures import ThreadPoolExecutor

    def note(n):
        inner = CMARK.render(f"![x](inner{n}.png)\n", resolve_local=lambda tag, url: None)
        outer = CMARK.render(f"[a](a{n}.pdf) [b](b{n}.pdf)\n",
                             resolve_local=lambda tag, url: f"/n{n}/{url}" if url.startswith("a") else None)
        return inner.dropped, outer.dropped, outer.html

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(note, range(40)))
    for n, (inner, outer, html) in enumerate(results):
        assert inner == (f"inner{n}.png",) and outer == (f"b{n}.pdf",)
        assert f'href="/n{n}/a{n}.pdf"' in html


def test_sanitizing_without_nh3_cleaner_gives_the_same_html(monkeypatch):
    """nh3 releases before 0.3 have no Cleaner: nh3.clean() with the same rules is used instead."""
    import nh3

    from generator.render import note_html

    text = ("# T\n\n<script>x</script>\n\n[a](https://e.example/) ![i](gone.png) [l](doc.pdf)\n\n"
            "<iframe src=x></iframe><b onclick=y>b</b>\n\n- [x] done\n")
    resolve = lambda tag, url: "/media/doc.pdf" if url == "doc.pdf" else None  # noqa: E731
    with_cleaner = CMARK.render(text, resolve_local=resolve)
    monkeypatch.delattr(nh3, "Cleaner")
    note_html._clean.cache_clear()
    try:
        without = CMARK.render(text, resolve_local=resolve)
    finally:
        note_html._clean.cache_clear()
    assert without == with_cleaner
    assert with_cleaner.dropped == ("gone.png",) and 'href="/media/doc.pdf"' in with_cleaner.html


def test_build_drops_missing_image_reports_it_and_copies_existing_one(make_site):
    png = b"\x89PNG\r\n\x1a\n" + bytes(16)
    site = make_site({
        "content/2021/pics.md": """\
            ---
            title: Picture Meetup
            date: 2021-06-05
            ---

            ## Photos of the venue

            Speaker: Kenta Mori

            ![hall](hall.png)

            ![gone](nothere.png)
            """,
        "content/2021/hall.png": png,
    })
    result = site.build()
    warnings = [d for d in result.diagnostics if "nothere.png" in d.message]
    assert len(warnings) == 1 and warnings[0].path == "2021/pics.md"
    copied = site.out / "media" / "2021" / "hall.png"
    assert copied.read_bytes() == png
    talk_pages = list((site.out / "events").glob("*/*/index.html"))
    assert len(talk_pages) == 1
    html = talk_pages[0].read_text(encoding="utf-8")
    assert "media/2021/hall.png" in html
    assert "nothere.png" not in html
