"""Markdown -> sanitized HTML.

cmarkgfm (GitHub's own parser) is the default: two-space nested lists nest, a
list right after a paragraph is a list, bare URLs link, tables and fenced code
work. Raw HTML in a note is parsed, then everything goes through nh3 (Rust
ammonia): no script, event handler, `javascript:` URL or unknown iframe from a
note reaches a page. Local links and images (`/images/x.png`) are resolved
against the content folder by a callback, so the page never points at a file
that is not in the output.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import nh3

from ..core.config import MarkdownConfig

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption",
    "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p",
    "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "u", "ul", "var",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"align"},
    "th": {"align"},
    "ol": {"start"},
    "code": {"class"},
    "input": {"type", "checked", "disabled"},
    "*": set(),  # no generic attributes (ammonia would allow `lang` and `title` everywhere)
}
URL_SCHEMES = {"http", "https", "mailto"}
_HEADING = re.compile(r"<(/?)h([1-6])(\b[^>]*)>")

# Decides what a local URL in a note becomes: a new URL, or None to drop it.
LocalResolver = Callable[[str, str], "str | None"]


TOC_PLACEHOLDER = "TALKARCHIVE-TABLE-OF-CONTENTS"  # what a note's `[:contents]` marker becomes until the page fills it
_TOC_PARAGRAPH = re.compile(rf"<p>{TOC_PLACEHOLDER}</p>\n?|{TOC_PLACEHOLDER}")
_STANDALONE_LINK = re.compile(r'<p><a href="([^"<>]+)" rel="[^"]*">([^<]+)</a></p>')


@dataclass(frozen=True)
class Heading:
    level: int
    id: str
    text: str


@dataclass(frozen=True)
class Rendered:
    html: str
    dropped: tuple[str, ...] = ()  # local URLs that pointed at nothing and were removed
    headings: tuple[Heading, ...] = ()
    has_toc: bool = False  # the note asked for a table of contents; `fill_toc` puts it in


def fill_toc(html: str, toc_html: str) -> str:
    """Put the table of contents where the note's marker was (only the first marker)."""
    html = _TOC_PARAGRAPH.sub(lambda _: toc_html, html, count=1)
    return _TOC_PARAGRAPH.sub("", html)


def replace_standalone_links(html: str, replace: Callable[[str], "str | None"]) -> str:
    """Give a paragraph holding nothing but a bare link (`<p><a href=U>U</a></p>`) to `replace`.

    A URL alone on its line is how Hatena, Qiita and Zenn notes place an embed;
    `replace` returns the new HTML, or None to keep the link.
    """
    import html as html_lib

    def sub(match: re.Match) -> str:
        href, text = html_lib.unescape(match.group(1)), html_lib.unescape(match.group(2))
        if href.rstrip("/") != text.strip().rstrip("/"):
            return match.group(0)
        new = replace(href)
        return match.group(0) if new is None else new

    return _STANDALONE_LINK.sub(sub, html)


def _heading_id(text: str, used: set[str]) -> str:
    base = re.sub(r"[^\w\-]+", "-", text.casefold()).strip("-")[:60] or "section"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def add_heading_ids(html: str, used: set[str]) -> tuple[str, tuple[Heading, ...]]:
    """Give each heading an id (unique among `used`, which the page shares) for links and the TOC."""
    import html as html_lib

    headings: list[Heading] = []

    def sub(match: re.Match) -> str:
        level, inner = int(match.group(1)), match.group(2)
        text = html_lib.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        ident = _heading_id(text, used)
        headings.append(Heading(level, ident, text))
        return f'<h{level} id="{html_lib.escape(ident)}">{inner}</h{level}>'

    html = re.sub(r"<h([1-6])>(.*?)</h\1>", sub, html, flags=re.DOTALL)
    return html, tuple(headings)


def _cmark(text: str, config: MarkdownConfig) -> str:
    from cmarkgfm.cmark import Options

    from .gfm import to_html

    options = Options.CMARK_OPT_UNSAFE
    if config.hard_breaks:
        options |= Options.CMARK_OPT_HARDBREAKS
    html = to_html(text, options)
    # GitHub's wrapper always writes <pre lang="x">; `lang` is for human languages, so use a class
    return _PRE_LANG.sub(r'<pre><code class="language-\1">', html) if "<pre lang=" in html else html


def _python_markdown(text: str, config: MarkdownConfig) -> str:
    import markdown

    extensions = ["tables", "fenced_code", "sane_lists"]
    if config.hard_breaks:
        extensions.append("nl2br")
    return markdown.markdown(text, extensions=extensions, tab_length=2)


ENGINES = {"cmarkgfm": _cmark, "python-markdown": _python_markdown}


def _is_local(url: str) -> bool:
    u = url.strip()
    return bool(u) and not u.startswith("#") and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:|^//", u)


_PRE_LANG = re.compile(r'<pre lang="([^"]*)"><code>')
_IMG_WITHOUT_SOURCE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
_INPUT_NOT_CHECKBOX = re.compile(r"<input(?![^>]*\stype=\"checkbox\")[^>]*>")
_LINK_WITHOUT_HREF = re.compile(r"<a(?=[\s>])(?![^>]*\shref=)[^>]*>(.*?)</a>", re.DOTALL)
_IMG_OR_LINK = re.compile(r"<img\s[^>]*>|<a\s[^>]*>|</a>")
_ATTRIBUTE = re.compile(r'\s([a-z]+)="([^"]*)"')  # as nh3 writes them: double quotes


def remote_images_as_links(html: str) -> str:
    """An image from another host becomes a link to it: a page makes no request that leaves the site.

    Local images were already rewritten by the resolver (to a root-relative URL on the site) or dropped;
    anything else (`https://...`, `//host/...`) would be fetched by every reader's browser. Inside a
    link the image becomes its text only (a link in a link is not HTML).
    """
    import html as html_lib

    depth = 0

    def sub(match: re.Match) -> str:
        nonlocal depth
        tag = match.group(0)
        if tag.startswith("<a"):
            depth += 1
            return tag
        if tag == "</a>":
            depth = max(0, depth - 1)
            return tag
        attrs = {k: html_lib.unescape(v) for k, v in _ATTRIBUTE.findall(tag)}
        src = attrs.get("src", "")
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:|^[/\\]{2}", src):
            return tag
        label = html_lib.escape(attrs.get("alt") or attrs.get("title") or src)
        if depth:
            return label
        return f'<a href="{html_lib.escape(src)}" rel="noopener noreferrer nofollow">{label}</a>'

    return _IMG_OR_LINK.sub(sub, html)


def shift_headings(html: str, top: int) -> str:
    """Move headings so the highest one in the fragment is <h{top}> (a page has one <h1>)."""
    levels = [int(m.group(2)) for m in _HEADING.finditer(html)]
    if not levels:
        return html
    shift = top - min(levels)
    return _HEADING.sub(lambda m: f"<{m.group(1)}h{min(6, max(1, int(m.group(2)) + shift))}{m.group(3)}>", html)


class _Filtering(threading.local):
    """What the sanitizer's attribute callback needs for the note being cleaned, per thread."""

    resolve: LocalResolver | None = None
    dropped: list[str] | None = None


_filtering = _Filtering()


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    if attr in ("href", "src") and _is_local(value):
        resolve = _filtering.resolve
        try:
            new = resolve(tag, value) if resolve else None
        except Exception:  # noqa: BLE001 (a name the file system refuses, too long say: not a file then)
            # nh3 would swallow the exception and drop the attribute unseen; this way it is reported
            new = None
        if new is None:
            _filtering.dropped.append(value)
        return new
    return value


_RULES = dict(tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
              attribute_filter=_filter_attribute, clean_content_tags={"script", "style"},
              link_rel="noopener noreferrer nofollow")


@lru_cache(maxsize=1)
def _clean() -> Callable[[str], str]:
    """One sanitizer for the process: nh3.clean() builds its rules again on every call, which was
    about 40% of its cost on a note. The callback finds each note's resolver in `_filtering`.
    (nh3 releases before 0.3 have no Cleaner.)"""
    if hasattr(nh3, "Cleaner"):
        return nh3.Cleaner(**_RULES).clean
    return lambda raw: nh3.clean(raw, **_RULES)


def sanitize(raw: str, resolve_local: LocalResolver | None = None) -> tuple[str, tuple[str, ...]]:
    """Sanitized HTML, and the local URLs `resolve_local` turned down (they are removed)."""
    outer = _filtering.resolve, _filtering.dropped
    _filtering.resolve, _filtering.dropped = resolve_local, []
    try:
        return _clean()(raw), tuple(_filtering.dropped)
    finally:
        _filtering.resolve, _filtering.dropped = outer


class MarkdownRenderer:
    def __init__(self, config: MarkdownConfig):
        self.config = config
        self.engine = ENGINES[config.engine]

    def render(self, text: str, resolve_local: LocalResolver | None = None, heading_top: int = 3,
               heading_ids: set[str] | None = None) -> Rendered:
        from ..normalize.links import TOC_MARKER

        has_toc = TOC_MARKER in text
        if has_toc:
            text = text.replace(TOC_MARKER, f"\n\n{TOC_PLACEHOLDER}\n\n")
        html, dropped = sanitize(self.engine(text, self.config), resolve_local)
        if "<img" in html:
            html = _IMG_WITHOUT_SOURCE.sub("", html)  # an image left without a source
            html = remote_images_as_links(html)
        if "<input" in html:
            html = _INPUT_NOT_CHECKBOX.sub("", html)  # only task-list checkboxes
        if "<a" in html:
            html = _LINK_WITHOUT_HREF.sub(r"<span>\1</span>", html)
        headings: tuple[Heading, ...] = ()
        if "<h" in html:
            html = shift_headings(html, heading_top)
            html, headings = add_heading_ids(html, heading_ids if heading_ids is not None else set())
        return Rendered(html, dropped, headings, has_toc and TOC_PLACEHOLDER in html)
