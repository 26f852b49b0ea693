"""The hostile corpus (tests/fixtures/hostile/) built into a site: static checks on every page, no browser.

Every note in the corpus carries payloads (script tags, event handlers, `javascript:` / `vbscript:` /
`data:` URLs, SVG and MathML mutation XSS, CSS with url()/expression(), <style>/<link>/<meta>/<base>/<form>,
iframes/objects to unknown hosts, attribute break-outs in front-matter fields, Jinja syntax, crafted embed
ids). The site is built with the build API in two configurations (click-to-load embeds with cmarkgfm, and
eager embeds with Python-Markdown) and every written HTML file is parsed with html.parser:

- the only <script> elements are the theme's own (src under the site's static/ or pagefind/) and
  JSON-LD (type application/ld+json) that parses as JSON and cannot close its element;
- no `on*` attribute, no `style` attribute, no javascript:/vbscript:/data: URL in any URL attribute;
- no iframe/object/embed/svg/math/style/base/form/meta-refresh from a note: an iframe only in eager mode,
  and only with a player URL of the exact shape the generator builds from its allowlist (the same check
  applies to the click-to-load `data-embed-player` attribute);
- every resource the page loads by itself (img, script, stylesheet, icon) is on the site: no request
  leaves it;
- Jinja syntax in notes and front matter is printed literally, never evaluated;
- the Atom feeds' HTML content passes the same checks, and api/events.json parses.
"""
from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.engine.build import build
from generator.core.config import load_config

CORPUS = Path(__file__).resolve().parent / "fixtures" / "hostile"
BASE_URL = "https://example.github.io/talkarchive/"
BASE_PATH = "/talkarchive/"

# The exact player URLs generator/render/embeds.py builds (and themes/default/static/site.js re-checks).
PLAYER_URL = re.compile(
    r"https://www\.youtube-nocookie\.com/embed/[A-Za-z0-9_-]{11}(\?start=[0-9]+)?"
    r"|https://player\.vimeo\.com/video/[0-9]{4,12}\?dnt=1"
    r"|https://www\.docswell\.com/slide/[A-Z0-9]{6,12}/embed"
    r"|https://docs\.google\.com/presentation/d/(e/)?[A-Za-z0-9_-]{20,120}/embed"
    r"|https://speakerdeck\.com/player/[0-9a-f]{32}")

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "data", "xlink:href", "srcset", "background",
                  "cite", "ping", "codebase", "archive", "longdesc", "usemap", "manifest", "lowsrc", "dynsrc",
                  "data-embed-player"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:", "mocha:")
NEVER = {"object", "embed", "applet", "frame", "frameset", "svg", "math", "style", "base", "template", "xmp",
         "noembed", "textarea", "video", "audio", "source", "track", "portal", "mglyph", "maction", "foreignobject",
         "select", "option", "isindex", "marquee", "blink", "frame"}
LINK_RELS = {"stylesheet", "icon", "canonical", "alternate", "prev", "next"}

CONFIGS = {
    "click-cmarkgfm": "embeds: click\n",
    "eager-python-markdown": "embeds: eager\nmarkdown:\n  engine: python-markdown\n",
}


def squash(value: str) -> str:
    """A URL as a browser reads its scheme: control characters and whitespace removed, lower case."""
    return "".join(ch for ch in value if ch > " " and ch != "\x7f").lower()


class Page(HTMLParser):
    """Every start tag with its attributes (entities decoded), script bodies and visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.text: list[str] = []
        self._script: dict[str, str] | None = None
        self._script_body: list[str] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = {name.lower(): (value or "") for name, value in attrs}
        self.tags.append((tag.lower(), attributes))
        if tag.lower() == "script":
            self._script, self._script_body = attributes, []

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag.lower() == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._script_body)))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script_body.append(data)
        else:
            self.text.append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    @property
    def visible_text(self) -> str:
        return "".join(self.text)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def on_site(url: str) -> bool:
    """A URL the browser resolves to this site (root-relative under the base path, or a fragment)."""
    return (url.startswith(BASE_PATH) and not url.startswith("//")) or url.startswith("#")


def problems_in(html: str, *, eager: bool, fragment: bool = False) -> list[str]:
    """Everything in one HTML document (or fragment) that a note could have smuggled in."""
    found: list[str] = []
    page = parse(html)
    for tag, attrs in page.tags:
        where = f"<{tag} {attrs}>"
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"event handler attribute {name}: {where}")
            if name == "style":
                found.append(f"style attribute: {where}")
            if name in URL_ATTRIBUTES and squash(value).startswith(BAD_SCHEMES):
                found.append(f"dangerous URL in {name}: {where}")
            if name == "srcset" or (tag == "meta" and name == "http-equiv"):
                found.append(f"{name} attribute: {where}")
        if tag == "iframe":
            if not (eager and PLAYER_URL.fullmatch(attrs.get("src", "")) and "sandbox" in attrs):
                found.append(f"iframe not built by the generator: {where}")
            continue
        if tag == "form":
            if not (attrs.get("action") == BASE_PATH + "search/" and attrs.get("role") == "search"):
                found.append(f"form: {where}")
            continue
        if tag in NEVER:
            found.append(f"<{tag}> on the page: {where}")
        if "data-embed-player" in attrs and not PLAYER_URL.fullmatch(attrs["data-embed-player"]):
            found.append(f"click-to-load player URL not built by the generator: {where}")
        if tag in ("img", "input", "image") and "src" in attrs and not on_site(attrs["src"]):
            found.append(f"resource loaded from outside the site (a request leaving it): {where}")
        if tag == "link":
            rel = set(attrs.get("rel", "").lower().split())
            if not rel or not rel <= LINK_RELS:
                found.append(f"<link> with rel {rel}: {where}")
            if rel & {"stylesheet", "icon"} and not on_site(attrs.get("href", "")):
                found.append(f"stylesheet or icon from outside the site: {where}")
        if tag == "button" and (attrs.get("type") not in ("button", "submit") or "formaction" in attrs):
            found.append(f"button: {where}")
        if tag == "input" and attrs.get("type") not in ("search", "checkbox"):
            found.append(f"input: {where}")
    for attrs, body in page.scripts:
        if attrs.get("type") == "application/ld+json" and "src" not in attrs:
            lowered = body.lower()
            if "</script" in lowered or "<!--" in lowered or "<script" in lowered:
                found.append(f"JSON-LD that could close or confuse its element: {body[:200]}")
            try:
                json.loads(body)
            except ValueError as exc:
                found.append(f"JSON-LD that does not parse ({exc}): {body[:200]}")
        elif set(attrs) <= {"src", "defer", "type"} and attrs.get("type", "text/javascript") == "text/javascript" \
                and re.fullmatch(re.escape(BASE_PATH) + r"(static|pagefind)/[\w.-]+\.js", attrs.get("src", "")) \
                and not body.strip() and not fragment:
            pass  # the theme's own script
        else:
            found.append(f"script not from the theme: {attrs} {body[:200]!r}")
    script_tags = sum(1 for tag, _ in page.tags if tag == "script")
    if script_tags != len(page.scripts):
        found.append("a <script> element that is never closed")
    if re.search(r"<\s*/?\s*script\b", "".join(page.comments), re.I):
        found.append(f"a comment carrying a script tag: {page.comments}")
    return found


@pytest.fixture(scope="module", params=sorted(CONFIGS))
def hostile_site(request, tmp_path_factory) -> tuple[Path, bool]:
    root = tmp_path_factory.mktemp("hostile") / request.param
    shutil.copytree(CORPUS, root / "content")
    (root / "site.yml").write_text(
        f"title: Hostile corpus\nlanguage: en\nsearch: false\nbase_url: {BASE_URL}\n" + CONFIGS[request.param],
        encoding="utf-8")
    config, warnings = load_config(root / "site.yml")
    assert not warnings, [str(w) for w in warnings]
    result = build(config)
    assert result.errors == 0, [str(d) for d in result.diagnostics if d.level == "error"]
    assert result.events == len([p for p in CORPUS.iterdir() if p.suffix in (".md", ".txt")]), result.summary("out")
    return config.output_dir, request.param.startswith("eager")


def html_files(out: Path) -> list[Path]:
    files = sorted(out.rglob("*.html"))
    assert len(files) > 40, f"only {len(files)} pages were written"
    return files


def test_corpus_has_several_formats():
    suffixes = {p.suffix for p in CORPUS.iterdir()}
    heads = {p.read_text(encoding="utf-8").split("\n", 1)[0] for p in CORPUS.iterdir()}
    assert {".md", ".txt"} <= suffixes and {"---", "+++"} <= heads
    assert len(list(CORPUS.iterdir())) >= 8


def test_every_written_path_stays_inside_the_output_folder(hostile_site):
    out, _ = hostile_site
    for path in out.rglob("*"):
        assert out.resolve() in path.resolve().parents
        assert not path.is_symlink()
        assert ".." not in path.relative_to(out).parts


def test_no_page_carries_anything_a_note_smuggled_in(hostile_site):
    out, eager = hostile_site
    report = {}
    for path in html_files(out):
        found = problems_in(path.read_text(encoding="utf-8"), eager=eager)
        if found:
            report[str(path.relative_to(out))] = found
    assert not report, json.dumps(report, indent=1, ensure_ascii=False)


def test_payload_text_is_shown_as_text(hostile_site):
    """The sanitizer keeps what people wrote as text: a code span with a script tag is visible, escaped."""
    out, _ = hostile_site
    texts = "\n".join(parse(p.read_text(encoding="utf-8")).visible_text for p in html_files(out))
    assert "<script>alert(1)</script>" in texts  # from a code span, a title or a tag name, as text
    assert "Breakout Night #1" in texts and "TOML" in texts and "SVG and MathML Night" in texts


def test_the_real_player_is_still_offered(hostile_site):
    """The allowlisted YouTube and SpeakerDeck URLs in the corpus still become players (the checks bite)."""
    out, eager = hostile_site
    players = set()
    for path in (out / "events").rglob("*.html"):
        for tag, attrs in parse(path.read_text(encoding="utf-8")).tags:
            if eager and tag == "iframe":
                players.add(attrs["src"])
            elif "data-embed-player" in attrs:
                players.add(attrs["data-embed-player"])
    assert "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" in players
    assert "https://speakerdeck.com/player/0123456789abcdef0123456789abcdef" in players
    assert all(PLAYER_URL.fullmatch(p) for p in players), players


def test_jinja_syntax_is_printed_literally_never_evaluated(hostile_site):
    """Front matter and notes go into templates as data: `{{ 7*7 }}` stays as written, never 49.

    (Markdown itself may read `*7*` or `__class__` as emphasis in the notes; that is not Jinja.)"""
    out, _ = hostile_site
    [event] = [p for p in (out / "events").glob("jinja*/index.html")]
    pages = [event, *sorted(event.parent.glob("*/index.html"))]
    assert len(pages) == 3
    texts = [parse(p.read_text(encoding="utf-8")).visible_text for p in pages]
    joined = "\n".join(texts)
    # front matter is data, printed as written; in a note's text a template tag is the site's template
    # language (Liquid, Hugo), which the reading layer removes (normalize/dialects.py), unless it is code
    for literal in ("Jinja {{ 7*7 }} Night {% raw %}", "{% for x in range(3) %}loop{% endfor %}", "{{ config }} Hall",
                    "{{ request }}", "Template {{ self.__init__.__globals__ }} talk", "Another {# comment #} talk",
                    "{{ 7*7 }} in a code span"):
        assert literal in joined, literal
    for removed in ("{% include '/etc/passwd' %}", "{% extends 'base.html' %}", "ITERATION{{ x }}"):
        assert removed not in joined, removed
    for page_text in texts:
        assert "49" not in page_text
    everything = "\n".join(p.read_text(encoding="utf-8") for p in html_files(out))
    for evaluated in ("ITERATION0", "ITERATION1", "<class &#39;str&#39;>", "<class 'str'>", "SiteConfig(",
                      "uid=", "WHITESPACEWHITESPACE", "&lt;Config", "jinja2.", "builtin_function_or_method",
                      "loop loop loop", "looplooploop"):
        assert evaluated not in everything, evaluated


def test_feeds_carry_no_active_html(hostile_site):
    out, eager = hostile_site
    feeds = [out / "feed.xml", *sorted((out / "tags").glob("*/feed.xml"))]
    assert len(feeds) > 3
    for feed in feeds:
        root = ET.parse(feed).getroot()
        for element in root.iter():
            if element.get("type") in ("html", "xhtml") and element.text:
                found = problems_in(element.text, eager=False, fragment=True)
                assert not found, (feed, found)
            href = element.get("href")
            if href is not None:
                assert not squash(href).startswith(BAD_SCHEMES), (feed, href)


def test_api_json_parses_and_carries_the_strings_as_data(hostile_site):
    out, _ = hostile_site
    data = json.loads((out / "api/events.json").read_text(encoding="utf-8"))
    titles = json.dumps(data, ensure_ascii=False)
    assert "Breakout Night" in titles


# --------------------------------------------------------------------------- the checker itself

@pytest.mark.parametrize("html", [
    '<p><img src="x" onerror="alert(1)"></p>',
    '<a href=" jav&#x61;script:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<iframe src="https://evil.test/"></iframe>',
    '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>',  # no sandbox
    '<script>alert(1)</script>',
    '<script src="/talkarchive/static/site.js">alert(1)</script>',
    '<script src="https://evil.test/static/site.js"></script>',
    '<script type="application/ld+json">{"a": "</script><script>alert(1)"}</script>',
    '<img src="http://evil.test/x.png">',
    '<img src="//evil.test/x.png">',
    '<link rel="stylesheet" href="http://evil.test/x.css">',
    '<meta http-equiv="refresh" content="0;url=http://evil.test/">',
    '<figure data-embed-player="javascript:alert(1)"></figure>',
    '<svg><a href="#">x</a></svg>',
    '<p style="background:url(http://evil.test/x.png)">x</p>',
    '<form action="http://evil.test/"></form>',
])
def test_the_checker_catches_what_it_looks_for(html):
    assert problems_in(html, eager=True), html


def test_the_checker_accepts_the_theme_s_own_markup():
    html = ('<script type="application/ld+json">{"name": "\\u003c/script\\u003e"}</script>'
            '<script src="/talkarchive/static/site.js" defer></script>'
            '<link rel="stylesheet" href="/talkarchive/static/style.css">'
            '<form class="site-search" role="search" action="/talkarchive/search/" method="get">'
            '<input type="search" name="q"><button type="submit">Search</button></form>'
            '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" sandbox="allow-scripts"></iframe>'
            '<img src="/talkarchive/media/a.png" alt="">')
    assert problems_in(html, eager=True) == []


# --------------------------------------------------------------------------- the fixes this corpus led to

@pytest.mark.parametrize("engine", ["cmarkgfm", "python-markdown"])
def test_an_image_on_another_host_becomes_a_link_not_a_request(engine):
    """generator/render/note_html.py: `![alt](https://host/x.png)` would make every reader's browser ask another host."""
    from generator.core.config import MarkdownConfig
    from generator.render.note_html import MarkdownRenderer

    renderer = MarkdownRenderer(MarkdownConfig(engine=engine))
    html = renderer.render('![a "b" <c>](https://img.example/a.png)\n\n![](//evil.test/p.png)\n\n'
                           '[![in a link](http://evil.test/l.png)](https://ok.example/)\n\n'
                           '<img src="https://evil.test/raw.png" alt="<script>alert(1)</script>">\n\n'
                           '![local](images/a.png)\n', resolve_local=lambda tag, url: "/media/" + url).html
    tags = parse(html).tags
    assert [a["src"] for t, a in tags if t == "img"] == ["/media/images/a.png"]
    hrefs = [a["href"] for t, a in tags if t == "a"]
    assert hrefs == ["https://img.example/a.png", "//evil.test/p.png", "https://ok.example/", "https://evil.test/raw.png"]
    assert "<script" not in html and 'a "b" <c>' in parse(html).visible_text


def test_only_task_list_checkboxes_are_kept_as_inputs():
    from generator.core.config import MarkdownConfig
    from generator.render.note_html import MarkdownRenderer

    html = MarkdownRenderer(MarkdownConfig()).render("- [x] done\n\n<input autofocus onfocus=alert(1)>\n"
                                                     '<input type="text" value="login">\n').html
    inputs = [a for t, a in parse(html).tags if t == "input"]
    assert [a.get("type") for a in inputs] == ["checkbox"]


@pytest.mark.parametrize("value", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x61;script:alert(1)",
                                   " vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
                                   "\x01javascript:alert(1)", "//evil.test/x", "/relative", "https://", "mailto:a@b"])
def test_front_matter_urls_that_are_not_web_addresses_are_left_out(tmp_path, value):
    """generator/normalize: event_url, url, and a talk's slides and video are linked from pages: http(s) only."""
    from generator.engine.build import normalize_file

    quoted = json.dumps(value)
    note = tmp_path / "n.md"
    note.write_text(f"---\ntitle: T\nevent_date: 2024-01-01\nevent_url: {quoted}\nurl: {quoted}\n"
                    f"talks:\n  - title: A\n    speakers: [Ann]\n    slides: {quoted}\n    video: {quoted}\n---\n",
                    encoding="utf-8")
    result = normalize_file(note, "n.md")
    event = result.event
    assert (event.url, event.source_url, event.talks[0].slides, event.talks[0].video) == (None, None, None, None)
    assert sum("is not a web address" in d.message for d in result.diagnostics) == 4


def test_front_matter_web_urls_are_kept(tmp_path):
    from generator.engine.build import normalize_file

    note = tmp_path / "n.md"
    note.write_text("---\ntitle: T\nevent_date: 2024-01-01\nevent_url: https://example.connpass.com/event/1/\n"
                    "url: HTTPS://blog.example/entry/1\ntalks:\n  - title: A\n    speakers: [Ann]\n"
                    "    slides: https://speakerdeck.com/a/b\n    video: http://www.youtube.com/watch?v=dQw4w9WgXcQ\n---\n",
                    encoding="utf-8")
    result = normalize_file(note, "n.md")
    event = result.event
    assert event.url == "https://example.connpass.com/event/1/" and event.source_url == "HTTPS://blog.example/entry/1"
    assert event.talks[0].slides == "https://speakerdeck.com/a/b"
    assert event.talks[0].video == "http://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert not [d for d in result.diagnostics if "web address" in d.message]
