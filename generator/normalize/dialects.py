"""The reading layer: every markup dialect a note may be written in, rewritten as the
Markdown the rules read, before anything is extracted.

A note reaches the rules as one text: Markdown with ATX headings, Markdown tables and
lists, links as `[text](url)`. What real sites write around that is recognised here:

- templates (Liquid tags and output, Hugo shortcodes, present-style `{{image ...}}`, ERB,
  kramdown attribute lists and extensions, HTML comments, PHP tags) are removed, or replaced by
  the address they show (`{% include links.html url="https://..." %}` keeps its URL);
  a Liquid `{% highlight %}` block becomes a fenced code block, so a `# =>` comment in it
  is never read as a heading;
- HTML written in a Markdown note, or a whole page written in HTML, is parsed with an
  HTML parser (selectolax) and written out as Markdown: headings, paragraphs with their
  `<br>` breaks, lists, `<dl>` pairs as `Term: value`, `<table>` as a Markdown table,
  links, bold;
- reStructuredText: section titles underlined (and overlined), `` `Title <url>`_ ``
  links and named link targets, field lists (`:date:`) as front matter, directives;
- setext headings (`Title` over `====`) as ATX headings;
- HTML character references (`&#8211;`, `&amp;`) as the characters they stand for
  (`&lt;` and `&gt;` stay, so text never turns into markup);
- page-copy debris (`2023/09/24に公開`, like and share counters, a trailing
  `Discussion`) as blank lines;
- emoji written as shortcodes (GitHub, jemoji, Hugo's `enableEmoji`: `## The talks :speaking_head:`)
  go, so a heading reads as its words;
- wiki pages (MediaWiki, PukiWiki, Textile as Redmine writes it), and pages copied as text (a meetup.com event
  page, a Discord or Slack message, a Discourse post's BBCode), as the Markdown a reader would have written.

Each dialect is one `Dialect(name, detect, rewrite)` entry of `DIALECTS`, tried in order;
`detect` is a cheap look at the text, `rewrite` does the work. Rewrites keep the
note's line count where they can (a removed line becomes a blank one), so the lines
findings name stay right; an HTML block that turns into fewer lines is padded.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import html
import re
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import unquote

import yaml

from . import dates, exports, links
from .structure import BULLET_SYMBOLS, FENCE as _FENCE, code_lines
from .fields import CLOCK_RANGE, CODE_SPAN, LEADING_PICTOGRAPH, PICTOGRAPH, SITE_FILE, SLOT_LABEL


@dataclass(frozen=True)
class Reading:
    """A note's body rewritten as Markdown, and the front matter its markup carried."""
    body: str
    front_matter: dict[str, Any]


@dataclass(frozen=True)
class Dialect:
    name: str
    detect: Callable[[str, str], bool]  # (body, file suffix) -> is it written in this dialect
    rewrite: Callable[[str], tuple[str, dict[str, Any]]]  # body -> (Markdown, front matter found)


def _outside_code(rewrite_line: Callable[[str], str]) -> Callable[[str], tuple[str, dict]]:
    def rewrite(body: str) -> tuple[str, dict]:
        lines = body.split("\n")
        code = code_lines(lines, body)
        return "\n".join(line if i in code else rewrite_line(line) for i, line in enumerate(lines)), {}
    return rewrite


# --- templates ---------------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s\"'<>{}|\\^`]+")
_LIQUID_BLOCK = re.compile(r"\{%-?\s*(?P<name>highlight|endhighlight|raw|endraw|comment|endcomment)\b(?P<args>[^%]*)-?%\}")
_LIQUID_TAG = re.compile(r"\{%-?.*?-?%\}")
_TEMPLATE_OUTPUT = re.compile(r"\{\{[<%]?.*?[>%]?\}\}")
_ERB_LINK = re.compile(r"<%=\s*link_to\s*\(?\s*[\"'](?P<text>[^\"']+)[\"']\s*,\s*[\"'](?P<url>https?://[^\"']+)[\"'][^%]*%>")
_ERB = re.compile(r"<%.*?%>|<\?(?:php|=).*?\?>")  # ERB, and PHP's tags (`<?php include 'header.php'; ?>`)
_KRAMDOWN_IAL = re.compile(r"\s*\{:?\s*[#.][\w.#:-]*(?:\s+[\w-]+=(?:\"[^\"]*\"|'[^']*'|\S+))*\s*\}\s*$")
# a span IAL right after a link or emphasis: `[Legacy](https://…){:target="_blank"}`
# (or pandoc's, with no colon: `` `30 min`{.backtick} ``, `[Talk](…){#talk-1 .slides}`)
_KRAMDOWN_SPAN_IAL = re.compile(r"(?<=[)*_`])\{(?::\s*(?:[#.][\w.#:-]*\s*)*|\s*(?:[#.][A-Za-z_-][\w.#:-]*\s*)+)"
                                r"(?:[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}]+)\s*)*\}")
_KRAMDOWN_LINE = re.compile(r"^\s*\{:(?:[^}]*)\}\s*$|^\s*\{::(?:options|nomarkdown)[^}]*/?\}\s*$|^\s*\{:/\w*\}\s*$")
_KRAMDOWN_COMMENT = re.compile(r"\{::comment\}.*?\{:/(?:comment)?\}", re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--(?!\s*talkarchive:).*?-->", re.DOTALL)
_TEMPLATE_MARK = re.compile(r"\{%|\{\{|<%|<\?(?:php|=)|\{:|\{#|<!--|\{/\*|[`)]\{\.")
# an MDX comment, `## Title {/*title-anchor*/}` (the heading's anchor on React's sites)
_JSX_COMMENT = re.compile(r"\s*\{/\*.*?\*/\}")


def _without_span_ials(line: str) -> str:
    """The line without its span attributes, but for what a code span shows (`` `f(x){.5}` ``)."""
    spans = [(m.start(), m.end()) for m in CODE_SPAN.finditer(line)] if "`" in line else []
    return _KRAMDOWN_SPAN_IAL.sub(lambda m: m.group(0) if any(a < m.start() < b - 1 for a, b in spans) else "", line)


def _has_templates(body: str, suffix: str) -> bool:
    return bool(_TEMPLATE_MARK.search(body))


def _urls_kept(text: str) -> str:
    """A template tag as the addresses it carries (`url="https://..."`), or nothing."""
    return " ".join(u.rstrip(".,)") for u in _URL.findall(text))


def _blank_spans(body: str, pattern: re.Pattern) -> str:
    """Each match replaced by as many line ends as it spans."""
    return pattern.sub(lambda m: "\n" * m.group(0).count("\n"), body)


def _outside_code_spans(line: str, rewrite: Callable[[str], str]) -> str:
    """`rewrite` applied to the parts of a line outside inline code (`{{ x }}` in backticks is shown as written)."""
    if "`" not in line:
        return rewrite(line)
    parts, done = [], 0
    for m in CODE_SPAN.finditer(line):
        parts += [rewrite(line[done:m.start()]), m.group(0)]
        done = m.end()
    parts.append(rewrite(line[done:]))
    return "".join(parts)


# `{% twid fumieval %}`, `{{< github_user kaz >}}`: a site's tag showing one person's account, as the handle it
# shows (a tweet's number, `{{< twitter_simple 1088… >}}`, is an embed: no handle)
_HANDLE_TAG = re.compile(r"\{(?:%-?|\{[<%])\s*(?:tw|twid|twitter(?:_user|_id)?|github(?:_user|_id)?|gh|user|mention|handle|bsky)"
                         r"\s+[\"']?@?(?P<h>(?=[\w.-]*[A-Za-z])[A-Za-z0-9_][\w.-]{0,38})[\"']?\s*(?:[>%]\}\}|-?%\})")
# `{{% h2 %}}Title{{% /h2 %}}`: a Hugo shortcode that writes a heading
_HEADING_SHORTCODE = re.compile(r"^\s*\{\{[%<]\s*h(?P<n>[1-6])\s*[%>]\}\}(?P<text>.*?)\{\{[%<]\s*/h(?P=n)\s*[%>]\}\}\s*$")


# `{{< ref "/talk.md" >}}`, `{{< relref "talk" >}}`, `{% link _posts/x.md %}`, `{% post_url 2019-01-01-x %}`: a
# template tag that shows the address of another page of the site, as that address (a link's target stays a link)
_PAGE_REF_TAG = re.compile(r"\{\{[<%]\s*(?:rel)?ref\s+[\"']?(?P<a>[^\s\"'<>%{}]+)[\"']?\s*[>%]\}\}"
                           r"|\{%-?\s*(?:link|post_url)\s+(?P<b>[^\s%{}]+)\s*-?%\}")


def _strip_template_tags(line: str) -> str:
    if "{/*" in line:
        line = _JSX_COMMENT.sub("", line)
    line = _HANDLE_TAG.sub(lambda m: "@" + m.group("h"), line)
    if "ref" in line or "{% link" in line or "post_url" in line:
        line = _PAGE_REF_TAG.sub(lambda m: m.group("a") or m.group("b"), line)
    if "{{" in line:  # (before `{% … %}`: a Hugo `{{% shortcode %}}` holds one)
        heading = _HEADING_SHORTCODE.match(line)
        if heading:
            return "#" * int(heading.group("n")) + " " + heading.group("text").strip()
        line = _TEMPLATE_OUTPUT.sub(lambda m: _urls_kept(m.group(0)), line)
        if "]( " in line:  # `[Keynote]( {{ site.baseurl }}/keynote)`: the link's address, its site's prefix gone
            line = re.sub(r"\]\(\s+(?=\S)", "](", line)
    if "{%" in line:
        line = _LIQUID_TAG.sub(lambda m: _urls_kept(m.group(0)), line)
    if "<%" in line or "<?" in line:
        line = _ERB_LINK.sub(lambda m: f"[{m.group('text')}]({m.group('url')})", line)
        line = _ERB.sub("", line)
    return line


def _strip_templates(body: str) -> tuple[str, dict]:
    if "<!--" in body:
        body = _blank_spans(body, _HTML_COMMENT)
    if "{::comment}" in body:
        body = _blank_spans(body, _KRAMDOWN_COMMENT)
    lines = body.split("\n")
    out: list[str] = []
    in_code = skipping = False
    for line in lines:
        block = _LIQUID_BLOCK.search(line) if "{%" in line else None
        if block:
            name = block.group("name")
            if name == "highlight":
                out.append("```" + block.group("args").split()[0] if block.group("args").split() else "```")
                in_code = True
                continue
            if name == "endhighlight":
                out.append("```")
                in_code = False
                continue
            if name == "comment":
                skipping = True
            elif name == "endcomment":
                skipping = False
            out.append(_LIQUID_TAG.sub("", line) if name in ("raw", "endraw") else "")
            continue
        if _FENCE.match(line):
            in_code = not in_code
        if in_code:
            out.append(line)
            continue
        if skipping:
            out.append("")
            continue
        line = _outside_code_spans(line, _strip_template_tags)
        if "{" in line:
            if _KRAMDOWN_LINE.match(line):
                line = ""
            else:
                line = _without_span_ials(_KRAMDOWN_IAL.sub("", line))
        out.append(line)
    return "\n".join(out), {}


# --- HTML -----------------------------------------------------------------------------------

_BLOCK_TAGS = ("table", "dl", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "section", "article",
               "blockquote", "header", "main", "figure", "center", "pre")
_BLOCK_OPEN = re.compile(r"^\s{0,3}<(?P<tag>" + "|".join(_BLOCK_TAGS) + r")(?=[\s>/])", re.IGNORECASE)
# a whole page: its doctype or `<html>` first (after an XML declaration: `<?xml version="1.0"?><!DOCTYPE html …`)
# (a page may leave its `<html>` out and open with its head, then its body: a Google Docs export, `<head><meta …><style>…
# </head><body …>`; never a Markdown note that opens with a `<head>` line of its own)
_DOCUMENT = re.compile(r"^\s*(?:<\?xml\b[^>]*\?>\s*)?(?:<!DOCTYPE\s+html|<html[\s>]|<head[\s>](?=.*?</head>\s*<body[\s>]))",
                       re.IGNORECASE | re.DOTALL)
_TAG_OPEN = {t: re.compile(r"<" + t + r"(?=[\s>/])", re.IGNORECASE) for t in _BLOCK_TAGS}
_TAG_CLOSE = {t: re.compile(r"</" + t + r"\s*>", re.IGNORECASE) for t in _BLOCK_TAGS}


_LONE_WRAPPER = re.compile(r"^\s{0,3}</?(?:div|section|article|main|header|center|figure)\b[^>]*>\s*$", re.IGNORECASE)


def _has_html_blocks(body: str, suffix: str) -> bool:
    return "<" in body and (bool(_DOCUMENT.match(body)) or any(_BLOCK_OPEN.match(line) for line in body.split("\n")))


_INDENTED_BLOCK_OPEN = re.compile(r"^[ \t]{4,}<(?:" + "|".join(_BLOCK_TAGS) + r")(?=[\s>/])", re.IGNORECASE | re.MULTILINE)
_PRE = re.compile(r"<(/?)pre\b", re.IGNORECASE)


def _is_indented_html_page(body: str, suffix: str) -> bool:
    """A page written in HTML (`.html`, `.htm`, a PHP template saved as HTML) that indents its tags: in HTML an
    indent means nothing, in Markdown four spaces make code."""
    return suffix in (".html", ".htm", ".xhtml") and "<" in body and bool(_INDENTED_BLOCK_OPEN.search(body))


def _dedent_html_page(body: str) -> tuple[str, dict]:
    """Each line of the page without its indent (but inside `<pre>`), so its blocks read as HTML blocks."""
    out, in_pre = [], False
    for line in body.split("\n"):
        out.append(line if in_pre else line.lstrip())
        for m in _PRE.finditer(line):
            in_pre = not m.group(1)
    return "\n".join(out), {}


def _html_blocks(body: str) -> tuple[str, dict]:
    """Each HTML block of the note (from a line opening a block tag to the line closing it) as Markdown."""
    if _DOCUMENT.match(body):
        from selectolax.lexbor import LexborHTMLParser

        tree = LexborHTMLParser(body)  # (one parse: what the page says of itself first, then its text)
        front = _page_front_matter(tree)
        return _tree_to_markdown(tree), front
    front: dict[str, str] = {}
    days: list[str] = []  # (the days a fragment's programme marks up with microformats, in its HTML blocks, never its code)
    lines = body.split("\n")
    code = code_lines(lines, body)
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _BLOCK_OPEN.match(lines[i]) if i not in code else None
        if i not in code and _LONE_WRAPPER.match(lines[i]) and (
                lines[i].lstrip().startswith("</") or i + 1 >= len(lines) or not lines[i + 1].strip()):
            # `<div class="table">` then a blank line: CommonMark reads what follows as Markdown
            out.append("")
            i += 1
            continue
        if not m:
            out.append(lines[i])
            i += 1
            continue
        tag = m.group("tag").lower()
        depth, j = 0, i
        while j < len(lines):
            depth += len(_TAG_OPEN[tag].findall(lines[j])) - len(_TAG_CLOSE[tag].findall(lines[j]))
            if depth <= 0:
                break
            if j > i and not lines[j].strip() and tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6"):
                break  # an unclosed <p>: the blank line ends it
            j += 1
        j = min(j, len(lines) - 1)
        chunk = "\n".join(lines[i:j + 1])
        if "dtstart" in chunk or "dt-start" in chunk:
            from selectolax.lexbor import LexborHTMLParser

            days += [day] if (day := _microformat_first_day(LexborHTMLParser(chunk))) else []
        converted = html_to_markdown(chunk).split("\n")
        span = j + 1 - i
        out.extend(converted + [""] * (span - len(converted)) if len(converted) < span else converted)
        if out and out[-1].strip() and j + 1 < len(lines) and lines[j + 1].strip():
            # `<p>One</p>` right over `<p>Two …`: two paragraphs (a line is added, as a longer conversion adds lines)
            out.append("")
        i = j + 1
    if days and (dt.date.fromisoformat(max(days)) - dt.date.fromisoformat(min(days))).days <= 7:
        front["dtstart"] = min(days)
    return "\n".join(out), front


# where a whole page says the day it was published (its text may show it in a footer the reading leaves out)
_STAMPS = (('meta[property="article:published_time"]', "content"), ('meta[name="date"]', "content"),
           ("abbr.published", "title"), ("time.published", "datetime"), ("time.dt-published", "datetime"),
           ("time[pubdate]", "datetime"))


def _page_front_matter(tree) -> dict[str, str]:
    """What a whole page says of itself, as front matter: the day it was published as its `date`
    (`<abbr class="published" title="2017-02-21T…">`, `<meta property="article:published_time" …>`), and its full name
    as its `og:title` (its `og:title` meta, else its `<title>`): what a reader takes the page for when its heading is
    only a label of the site (`<h1>Programme</h1>` in `<title>Programme | EnthusiastiCon</title>`), and its
    description as its `description`. Read before _tree_to_markdown leaves the page's footer out (a stamp may be in
    it)."""
    front: dict[str, str] = {}
    for selector, attribute in _STAMPS:
        node = tree.css_first(selector)
        value = (node.attributes.get(attribute) or "").strip() if node is not None else ""
        if re.match(r"(?:19|20)\d\d-\d\d-\d\d", value):
            front["date"] = value[:10]
            break
    if (day := _microformat_first_day(tree)) is not None:
        front["dtstart"] = day  # (the programme's day: never a code sample's, nor an aside's next meeting)
    meta = tree.css_first('meta[property="og:title"]') or tree.css_first('meta[name="twitter:title"]')
    named = " ".join((meta.attributes.get("content") or "").split()) if meta is not None else ""
    if not named and (title := tree.css_first("head title")) is not None:
        named = " ".join(title.text().split())
    if named:
        front["og:title"] = named
    # (what the page says it is about, `<meta name="description" content="GORUCO is a one-day conference …">`)
    meta = tree.css_first('meta[name="description"]') or tree.css_first('meta[property="og:description"]')
    described = " ".join((meta.attributes.get("content") or "").split()) if meta is not None else ""
    if described:
        front["description"] = described
    # (the tags a blog engine writes into the page's head: `<meta property="article:tag" content="JavaScript">`)
    tagged = [" ".join((node.attributes.get("content") or "").split()) for node in tree.css('meta[property="article:tag"]')]
    if any(tagged):
        front["tags"] = [t for t in tagged if t]
    return front


# microformats' events (hCalendar `vevent`, microformats2 `h-event`): each entry's name, start and end marked by class
_MF_EVENT = ".vevent, .h-event"
_MF_NAME = ".summary, .p-name"
_MF_START = ".dtstart, .dt-start"
_MF_END = ".dtend, .dt-end"
_MF_EVENT_START = ", ".join(f"{e} {s}" for e in _MF_EVENT.split(", ") for s in _MF_START.split(", "))  # (a start inside an event)
_MF_CLOCK = re.compile(r"T(?P<hm>\d\d:\d\d)")
_MF_DAY = re.compile(r"((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?:T|$)")  # (`2031-11-09T09:00`, `20311109T1630+0900`)
_SPEAKER_PAGE = re.compile(r"/(?:speakers?|presenters?)/(?P<slug>[a-z][a-z'-]{1,40})(?:[/#?.]|$)", re.IGNORECASE)


def _microformat_first_day(tree) -> str | None:
    """The first day of the events a page marks up with microformats (`<time class="dtstart" datetime="2031-11-09T09:00">`),
    when they all fall within a week: a programme's day. A page listing a series' meetings over months names no one day."""
    days = sorted({f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
                   for node in tree.css(_MF_EVENT_START)
                   if not _in_aside(node)
                   and (m := _MF_DAY.match(node.attributes.get("datetime") or node.attributes.get("title") or ""))})
    if not days:
        return None
    first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    return days[0] if (last - first).days <= 7 else None


def _in_aside(node) -> bool:
    """Whether a node sits in a page's aside, navigation or footer (`<aside>Next up: …</aside>`): another meeting's."""
    parent = node.parent
    while parent is not None:
        if parent.tag in ("aside", "nav", "footer"):
            return True
        parent = parent.parent
    return False


def _microformat_events(tree) -> None:
    """Each microformats event entry written as one programme line, `09:50 – 10:30 <its name, linked as marked>`:
    the widgets around it (`Finished`, `Up Next`, icons) are the page's script's, no part of the programme."""
    entries = tree.css(_MF_EVENT)
    if len(entries) < 2:
        return  # (one event marked up is the page's own, its facts around its name: no programme to write out)
    for node in entries:
        name = node.css_first(_MF_NAME)
        if name is None or not name.text(strip=True):
            continue
        marked = " ".join(n.text() for n in node.css(f"{_MF_NAME}, {_MF_START}, {_MF_END}"))
        if len(re.sub(r"\s+", "", node.text())) - len(re.sub(r"\s+", "", marked)) > 40:
            continue  # (an entry that holds more than its marks and a widget's words, its talks or notes: read as written)
        clocks = []
        for selector in (_MF_START, _MF_END):
            at = node.css_first(selector)
            if at is not None:
                shown = " ".join(at.text().split())
                m = _MF_CLOCK.search(at.attributes.get("datetime") or at.attributes.get("title") or "")
                clocks.append(shown if re.fullmatch(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?", shown, re.IGNORECASE) else m.group("hm") if m else "")
        clock = " – ".join(c for c in clocks if c)
        named = name.html if name.tag == "a" or name.css_first("a") is not None else html.escape(name.text(strip=True))
        link = name if name.tag == "a" else name.css_first("a")
        # (its name linked to the speaker's page on the site, `/speaker/james#james`: that page names who gave it)
        who = _SPEAKER_PAGE.search(link.attributes.get("href") or "") if link is not None else None
        said = f" – {who.group('slug').replace('-', ' ').title()}" if who else ""
        node.inner_html = f"{clock} {named}{html.escape(said)}".strip()


def html_to_markdown(fragment: str) -> str:
    """HTML (a fragment or a whole page) written out as the Markdown the rules read."""
    from selectolax.lexbor import LexborHTMLParser

    return _tree_to_markdown(LexborHTMLParser(fragment))


def _tree_to_markdown(tree) -> str:
    """A parsed page written out as Markdown (html_to_markdown). It leaves parts of `tree` out as it goes."""
    # what a page shows around its text: navigation, a sidebar, a footer, permalink marks (Sphinx's `¶`)
    # (a page's footer by its id or role, as older sites mark it: `<div id="footer">`; never a sidebar, where a meetup's
    # page may keep the event's day and place)
    # (a name's reading printed over it, `<ruby>安藤<rt>あんどう</rt></ruby>`, is no part of the name as the text writes it)
    for node in tree.css("script, style, nav, noscript, form, button, template, footer, [role=navigation], rt, rp, "
                         "a.headerlink, div.related, div.sphinxsidebar, div.footer, div#footer, "
                         "div#site-footer, div.site-footer, [role=contentinfo]"):
        node.decompose()
    _without_layout_copies(tree)
    _microformat_events(tree)
    # (a one-page site writing each of its sections as an `<article>`, `#about` then `#speakers`: the page is all
    # of them, not the first)
    articles = tree.css("article")
    outermost = [a for a in articles if not any(_within(a, b) for b in articles if b.mem_id != a.mem_id)]
    root = (outermost[0] if len(outermost) == 1 else None) or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return ""
    blocks: list[str] = []
    if root.tag in ("article", "main"):
        # the site's own header beside the text read (`<h2 class="site-subtitle">May 25th & 26th 2019 — Berlin`): what a
        # reader sees above the page, as plain lines (the site's name in it is no heading of the page)
        for header in tree.css("header"):
            if not _within(header, root) and not any(_within(header, h) for h in tree.css("header") if h.mem_id != header.mem_id):
                # (never what it says of the next edition: `Next edition: June 14th & 15th 2031`)
                blocks += [line for node in header.css("h1, h2, h3, h4, h5, h6, p")
                           if (line := " ".join(node.text().split())) and dates.without_next_event(line) == line
                           and not re.search(r"\b(?:next|upcoming|coming)\b", line, re.IGNORECASE)
                           and not any(n.mem_id != node.mem_id for n in node.css("h1, h2, h3, h4, h5, h6, p"))]
    # the page's name: its `<title>`, or the title it gives to shared links (`og:title`), when no `<h1>`
    # says it in words (a logo image is no name)
    h1 = root.css_first("h1")
    if h1 is None or not h1.text(strip=True):
        title = tree.css_first("head title")
        named = " ".join(title.text().split()) if title is not None else ""
        if not named:
            meta = tree.css_first('meta[property="og:title"]') or tree.css_first('meta[name="twitter:title"]')
            named = " ".join((meta.attributes.get("content") or "").split()) if meta is not None else ""
        if named:
            blocks.append("# " + named)
    # what the page says of itself where links to it are shared (`2023/03/04(Sat) 会場：mark MEIZAN`): often the
    # only place a one-page event site gives its day and place in words
    meta = tree.css_first('meta[name="description"]') or tree.css_first('meta[property="og:description"]')
    described = " ".join((meta.attributes.get("content") or "").split()) if meta is not None else ""
    if described and described not in " ".join(root.text().split()):
        blocks.append(described)
    _blocks(root, blocks, 0)
    text = re.sub("[\x00\x01]", "", "\n\n".join(b for b in blocks if b.strip()))  # (a marked name read elsewhere: as it is)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


# a block a responsive page writes once per screen size or a carousel repeats (`carousel-desktop`, `carousel-mobile`,
# `slick-cloned`, `visible-xs`, `d-none d-md-block`)
_LAYOUT_COPY = re.compile(r"carousel|slider|slick|swiper|owl-|mobile|desktop|tablet|visible-|hidden-|d-none|d-(?:sm|md|lg|xl)-"
                          r"|-only\b|\bclone", re.IGNORECASE)


def _without_layout_copies(tree) -> None:
    """Each block the page shows again only for another screen size or as a carousel's copy, left out after its first
    showing: the same speakers once, as a reader sees them (the copy's text the same as the first's, word for word)."""
    shown: dict[str, object] = {}  # a copy's text -> the block first showing it
    for node in tree.css("div, section, ul"):
        if node.parent is None or not _LAYOUT_COPY.search(" ".join(filter(None, (node.attributes.get("class"),
                                                                                 node.attributes.get("id"))))):
            continue
        text = " ".join(node.text().split())
        if len(text) < 40:
            continue
        first = shown.setdefault(text, node)
        if first is not node and not _within(node, first) and not _within(first, node):
            node.decompose()  # (a block inside the first showing, or holding it, is that showing itself)


def _within(node, other) -> bool:
    """Whether `node` lies inside `other`."""
    parent = node.parent
    while parent is not None:
        if parent.mem_id == other.mem_id:
            return True
        parent = parent.parent
    return False


_LEADING_ADDRESSES = re.compile(r"^(?:https?://\S+\s+)+(?=\S)")
_INLINE_SKIP = {"script", "style", "img", "svg"}
# a class a programme gives the line naming a talk's speaker: `session-speaker`, `speaker-name`, `talk__presenter`
# (the class word last, or before `name`; never `speaker-bio`, `speaker-photo`, `call-for-speakers`, `no-speakers`)
_SPEAKER_CLASS_WORDS = r"speakers?|presenters?"
_SPEAKER_CLASS = re.compile(r"(?:^|[\s_-])(?:" + _SPEAKER_CLASS_WORDS + r")(?:[_-]+names?)?(?:$|\s)", re.IGNORECASE)
# a list's class saying its items are a panel's people: `<ul class="panelists">` (never `speakers`, whose items may each
# name a talk: `<ul class="speakers"><li>Jo Ode - <em>Title</em></li>`)
_PEOPLE_LIST_CLASS = re.compile(r"(?:^|[\s_-])(?P<w>panel+ists|moderators)(?:$|[\s_-])", re.IGNORECASE)
_NOT_A_NAME_CLASS = re.compile(r"bio|photo|avatar|image|img|section|cta|call|no-|none|list|about", re.IGNORECASE)


# a class a programme gives a talk's title: `TWM2-talk__title`, `session-title`, `talk_title` (never `page-title`)
_TALK_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:talk|session|presentation|lecture)s?[_-]+title(?:$|\s)", re.IGNORECASE)


# a card a programme lays out for one talk or speaker: `<div class="speaker">`, `<div class="session-card">`; inside it a
# block classed only `title` is the talk's title and one classed `author` its speaker (never a blog post's `author`)
_CARD_CLASS = re.compile(r"(?:^|[\s_-])(?:speakers?|talks?|sessions?|presentations?|lectures?)(?:[_-]+(?:card|item|box|entry))?(?:$|\s)",
                         re.IGNORECASE)
_CARD_TITLE_CLASS = re.compile(r"\s*title\s*", re.IGNORECASE)
# what a person's card calls their work (`<p class="title">Staff Engineer</p>`): no talk's title
_JOB_TITLE = re.compile(r"^(?:(?!\b(?:how|why|what|with|for|to|in|of\s+the)\b).){0,40}?\b(?:engineer|developer|designer|manager|"
                        r"director|head\s+of|lead|architect|founder|ceo|cto|cfo|coo|vp|president|scientist|researcher|"
                        r"consultant|advocate|evangelist|specialist|analyst|officer|intern|student|professor|maintainer)s?\b"
                        r"[^.!?]{0,40}$", re.IGNORECASE)
_CARD_AUTHOR_CLASS = re.compile(r"\s*(?:authors?|by)\s*", re.IGNORECASE)


_SPEAKER_CARD_CLASS = re.compile(r"(?:^|[\s_-])speakers?(?:[_-]+(?:card|item|box|entry|profile))?(?:$|\s)", re.IGNORECASE)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _speaker_card(node) -> tuple[str, str, int] | None:
    """(the talk's title, the speaker's name, the name heading's level) of a speakers page's card for one person: the
    element classed `speaker`, one heading naming a person and one element its class marks as the talk's title
    (`session-title`, `talk__title`, or `title` alone). None for any other element."""
    if not _SPEAKER_CARD_CLASS.search(node.attributes.get("class") or ""):
        return None
    from . import people  # (the people module reads names: it sits above the reading layer)
    titled = [n for n in node.css("*") if _marked_title(n)]
    shown = {" ".join(_inline(n).split()) for n in titled} - {""}
    marked = {n.mem_id for n in titled}
    heads = [n for n in node.css(",".join(_HEADING_TAGS)) if n.mem_id not in marked]
    if len(shown) != 1 or not heads:
        return None
    # (one heading naming the person; a card may name them again in its pop-up, `speaker-modal__name`, beside headings
    # of what they do, `Django Core Developer`)
    named = [(n, name) for n in heads if people.looks_like_people(people.TITLE_OF_ADDRESS.sub(
        "", name := " ".join(_inline(n).split())), strict=True) and not people.works_as(name)]
    if len(heads) != 1 and (len({name for _, name in named}) != 1 or len(named) == len(heads)):
        return None
    head, name = named[0] if named else (heads[0], " ".join(_inline(heads[0]).split()))
    if not people.looks_like_people(people.TITLE_OF_ADDRESS.sub("", name), strict=True):
        return None
    return shown.pop(), name, int(head.tag[1])


def _in_card(node) -> bool:
    parent = node.parent
    return parent is not None and bool(_CARD_CLASS.search(parent.attributes.get("class") or ""))


def _marked_title(node) -> bool:
    """A block its class marks as a talk's title: `session-title`, `talk__title`, or `title` alone where its words name
    no one's job (`<p class="title">Staff Engineer</p>` on a person's card)."""
    classes = node.attributes.get("class") or ""
    return bool(_TALK_TITLE_CLASS.search(classes)) or bool(_CARD_TITLE_CLASS.fullmatch(classes)) \
        and not _JOB_TITLE.search(" ".join(_inline(node).split()))


def _titled_in_card(node) -> bool:
    """`<div class="talk__title">`, or `<div class="speaker"><div class="title">Title</div>…`: the talk's title, by its
    own class or its card's."""
    return _marked_title(node) and (bool(_TALK_TITLE_CLASS.search(node.attributes.get("class") or "")) or _in_card(node))


# a link showing its own address after a name: `Jane Doe [http://jd.example](http://jd.example/)`
_ADDRESS_LINK_AFTER = re.compile(r"\s*\[https?://[^\]\s]+\]\((?P<url>https?://[^)\s]+)\)\s*$")


def _speaker_marked(node) -> str | None:
    """The words of a `<p>` its class marks as a talk's speaker (`session-speaker`), or None: a short line naming
    someone, no sentence and no label of its own (a bio or a notice in such a paragraph is read as any other)."""
    classes = node.attributes.get("class") or ""
    if _CARD_AUTHOR_CLASS.fullmatch(classes) and _in_card(node):
        pass  # (`<div class="speaker">…<div class="author">Jane Doe <a …>@jd</a></div>`: the card's person)
    elif not _SPEAKER_CLASS.search(classes) or _NOT_A_NAME_CLASS.search(classes):
        return None
    said = _ADDRESS_LINK_AFTER.sub(r" \g<url>", _clean_inline(_inline(node)))  # (`Jane Doe <a …>http://jd.example</a>`)
    # (`Jane Doe<a href="https://github.com/jd"><img class="icon"></a>`: the icon's address beside the name, as a handle)
    icon = re.search(r"\s+(https?://\S+)$", said)
    handle = links.handle_from_url(icon.group(1)) if icon else None
    said = said[:icon.start()].strip() + (f" (@{handle})" if handle else "") if icon else said
    if len(said) > 80 or re.search(r"[。！？!?]|\.\s|[:：]", said[:40]):
        return None
    # (`安藤 幸央 / Yukio Andoh`: one person's name written in both scripts, as a bilingual page prints it; never two
    # people, `田中 一郎 / John Smith`: a romanised word must read as one of the Japanese name's)
    both = _NAME_IN_BOTH_SCRIPTS.fullmatch(said)
    return both.group("ja") if both and _romanised(both.group("ja"), said[both.end("ja"):]) else said


@functools.lru_cache(maxsize=1)
def _kakasi():
    """pykakasi's converter, made once (it loads its dictionaries)."""
    import pykakasi
    return pykakasi.kakasi()


def _romanised(ja: str, latin: str) -> bool:
    """Whether a Latin word of `latin` is a reading of a word of the Japanese name `ja` (pykakasi's Hepburn, its first
    three letters: `Andoh` and `andou`; a given name's kanji may read otherwise, the family name is enough)."""
    readings = {w["hepburn"].strip()[:3] for w in _kakasi().convert(ja) if len(w["hepburn"].strip()) >= 3}
    return any(word.lower()[:3] in readings for word in re.findall(r"[A-Za-z]{3,}", latin))


# a name in Japanese, then the same name romanised: `安藤 幸央 / Yukio Andoh`
_NAME_IN_BOTH_SCRIPTS = re.compile(r"(?P<ja>[\u3040-\u30ff\u4e00-\u9fff々][\u3040-\u30ff\u4e00-\u9fff々 　]{0,12}?)\s*[/／]\s*"
                                   r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}")


_NAME_MARK = ("\x00", "\x01")
_MARKED_NAME = re.compile("\x00(?P<name>[^\x00\x01]*)\x01(?P<rest>[^\n]*)")
# the links a talk's line ends with: ` ([Slides](…))`, ` [Video](…)`
_TALK_LINE = re.compile(r"^(?P<t>.*?)(?P<links>(?:\s*[(（]?\s*\[[^\[\]]+\]\([^)\s]+\)\s*[)）]?)*)\s*$")


def _named_bylines(text: str) -> str:
    """Each marked speaker's name written as a byline after the words of the talk it stood before: `From "legacy" to
    the "edge". by Hiroshi Shibata ([Slides](…))`, the form the list readers read (a name with nothing after it stays as
    it is)."""
    def written(m: re.Match) -> str:
        name, line = m.group("name").strip(), _TALK_LINE.match(m.group("rest"))
        title, links = line.group("t").strip(), line.group("links")
        return f"{title} by {name}{links}" if title and name else name + m.group("rest")
    return _MARKED_NAME.sub(written, text) if _NAME_MARK[0] in text else text


# an inline element's class naming the person who gave the talk: a speaker's class (`speaker`, `presenter`), `who`, `by`
_WHO_CLASS = re.compile(r"(?:^|[\s_-])(?:who|by|" + _SPEAKER_CLASS_WORDS + r")(?:[_-]+names?)?(?:$|\s)", re.IGNORECASE)


def _named_after_text(node, parts: list[str]) -> bool:
    """Whether an inline element is a speaker's name its class marks (`<span class="who">`), closing its line after
    the words of the talk (nothing but space after it)."""
    if node.tag not in ("span", "em", "i", "small", "cite") or not parts:
        return False
    classes = node.attributes.get("class") or ""
    if not _WHO_CLASS.search(classes) or _NOT_A_NAME_CLASS.search(classes):
        return False
    before = "".join(parts).split("\n")[-1]
    if not before.strip() or re.search(r"[-–—:：/|｜(（,、]\s*$|\bby\s*$", before):
        return False  # (a byline's own separator before it: `Title — <span class="who">…</span>` is read as written)
    after = node.next
    while after is not None and after.tag == "-text" and not (after.text_content or "").strip():
        after = after.next
    return after is None or after.tag == "br"


def _title_over_bare_name(node, parts: list[str]) -> bool:
    """Whether an inline element opening its parent holds a talk's title whose speaker's name follows it as the parent's
    plain text, set apart by the markup alone: `<a href="/2031/ada-byrne"><span>Loops That Know</span> Ada Byrne</a>`
    (the name read as people, nothing else after it)."""
    if node.tag not in ("span", "em", "i", "cite") or "".join(parts).strip() or node.attributes.get("class"):
        return False
    after, said = node.next, []
    while after is not None:
        if after.tag == "-text":
            said.append(after.text_content or "")
        elif after.tag != "br":
            return False
        after = after.next
    who = " ".join("".join(said).split())
    shown = " ".join(_inline(node).split())
    if not who or len(who) > 40 or not shown:
        return False
    from . import names, people  # (the people module reads names: it sits above the reading layer)
    if people.ROLE_ONLY.fullmatch(label := shown.rstrip(":：")) or label.casefold() == "by":
        return False  # (`<em>Moderator</em> Ken Abe`: the person's role, then the person)
    return people.looks_like_people(who, strict=True) and (not who.isascii() or names.names_someone(who))


def _named_before_text(node) -> bool:
    """Whether an inline element is a speaker's name its class marks (`speakers_name`), with the words of the talk
    straight after it on the same line."""
    if node.tag not in ("span", "em", "i", "small", "strong", "b"):
        return False  # (asked of every inline node of a page: the cheap test first)
    classes = node.attributes.get("class") or ""
    if not _SPEAKER_CLASS.search(classes) or _NOT_A_NAME_CLASS.search(classes):
        return False
    after = getattr(node, "_node", node).next  # (its next sibling on the page, when read alone by _blocks)
    while after is not None and after.tag == "-text" and not (after.text_content or "").strip():
        after = after.next
    # (the words of a title, not an honorific, a handle, a dash or a bracket: `<span>岬 一郎</span>さん「…」` and
    # `<span>Ana</span> – Regexes` are read as written)
    return after is not None and after.tag == "-text" and bool(re.match(r"\s*[^\s(（:：,、/\-–—@「『\"“'‘|｜]", after.text_content or "")) \
        and not re.match(r"\s*(?:さん|様|氏|先生|くん|君)", after.text_content or "")


# a file on the page's own site (`/blog/uploads/talk.pdf`): a deck or a paper, linked as the page links it
_SITE_FILE = re.compile(SITE_FILE, re.IGNORECASE)
_SLASHES_SHORT = re.compile(r"^(?P<s>https?):/?(?!/)", re.IGNORECASE)


_MORE_LINK = re.compile(r"詳細|続き(?:を読む)?|もっと見る|(?:read\s+)?more|details|[»›]", re.IGNORECASE)


def _inline(node) -> str:
    """The Markdown of a node's inline content: links, bold, code and line breaks kept."""
    parts: list[str] = []
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            parts.append(re.sub(r"\s+", " ", child.text_content or ""))
        elif tag == "br":
            parts.append("\n")
        elif tag == "a":
            text = _inline(child).strip()
            href = (child.attributes.get("href") or "").strip()
            if href.startswith("//"):
                href = "https:" + href
            elif _SLASHES_SHORT.match(href):  # `http:/www.x.com/a`: a browser reads `http://www.x.com/a`
                href = _SLASHES_SHORT.sub(r"\g<s>://", href, count=1)
            if not href and _MORE_LINK.fullmatch(text):
                pass  # `<a class="more">詳細</a>`: the page's script opens the abstract; no words of the title
            elif not href.startswith("http") and not (text and _SITE_FILE.fullmatch(href)):
                parts.append(text)  # a page-local or script link: its text only (a file on the site is kept: a deck)
            elif child.child is None:
                pass  # `<a href="…"></a>`: an empty anchor shows nothing on the page
            elif text and text != href:
                parts.append(f"[{text}]({href})")
            else:  # (a link showing only its icon, `Jane Doe<a href="…"><img class="twitter"></a>`: its address, apart)
                parts.append((" " if parts and parts[-1] and not parts[-1][-1].isspace() else "") + href)
        elif tag in ("strong", "b"):
            inner = _inline(child).strip()
            parts.append(f"**{inner}**" if inner else "")
        elif tag == "code":
            parts.append(f"`{child.text()}`")
        elif tag in ("del", "s", "strike"):
            inner = _inline(child).strip()  # (struck out: no longer so, `<del>Title — Jane Roe</del>` withdrawn)
            parts.append(f"~~{inner}~~" if inner else "")
        elif tag == "iframe":
            src = child.attributes.get("src") or ""
            parts.append(("https:" + src if src.startswith("//") else src) if "//" in src else "")
        elif tag in _INLINE_SKIP or tag == "-comment":
            pass
        elif _named_after_text(child, parts):
            # `<li>Title <span class="who">Jane Doe</span></li>`: the page sets the speaker apart after the title by its
            # class alone; written as a byline after a dash
            parts.append(" - " + " ".join(_inline(child).split()))
        elif _title_over_bare_name(child, parts):
            # `<span>Loops That Know</span> Ada Byrne`: the title, then its speaker after the page's own setting apart
            parts.append(" ".join(_inline(child).split()) + " -")
        elif _named_before_text(child):
            # `<span class="speakers_name">Hiroshi Shibata</span>From "legacy"…`: the page sets the name apart by its
            # style alone; marked here, written after the words it stands before (_named_bylines)
            parts.append(_NAME_MARK[0] + " ".join(_inline(child).split()) + _NAME_MARK[1])
        else:
            parts.append(_inline(child))
        child = child.next
    return "".join(parts)


# links in brackets of their own: `[[PDF](a.pdf)]`, `[[PDF](a.pdf)|[ODP](a.odp)]`
_BRACKETED_LINKS = re.compile(r"\[\s*(?P<links>\[[^\[\]]+\]\([^)\s]+\)(?:\s*[|/,]\s*\[[^\[\]]+\]\([^)\s]+\))*)\s*\]")


# a picture's link followed by the same link in words (`<a href=X><img alt=…></a> <a href=X>古橋さん</a>`): once
_ADDRESS_THEN_SAME_LINK = re.compile(r"(?<![\w(\[])(?P<u>https?://[^\s\]()]+)\s*(?=\[[^\[\]]+\]\((?P=u)\))")


def _clean_inline(text: str) -> str:
    text = _named_bylines(text)
    text = _ADDRESS_THEN_SAME_LINK.sub("", text) if "](" in text else text
    # `[<a href="a.pdf">PDF</a>|<a href="a.odp">ODP</a>]`: brackets a page draws round its links only, no text of theirs
    text = _BRACKETED_LINKS.sub(r"\g<links>", text) if "][" in text or "[[" in text else text
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


# `<h2>ACCESS<span>会場</span></h2>`, `<h2>TIME TABLE<span>講演内容</span></h2>`: a page's English caption in capitals
# set against its Japanese heading, which is the heading a reader takes
_EYEBROW = re.compile(r"^[A-Z][A-Z&]+(?: [A-Z&]+){0,2}(?=[\u3040-\u30ff\u4e00-\u9fff])")


def _without_eyebrow(heading, text: str) -> str:
    """The heading's text less its caption, only when the caption is a text of its own before an element holding the
    Japanese heading (`ACCESS<span>会場</span>`): `<h2>LT大会</h2>`, `<h3>OSS活動のすすめ</h3>` are one run of words."""
    m = _EYEBROW.match(text)
    first = heading.child if m else None
    if first is None or first.tag != "-text" or first.next is None or first.next.tag == "-text" \
            or (first.text_content or "").strip() != m.group(0).strip():
        return text
    return text[m.end():].strip()


def _blocks(node, out: list[str], depth: int) -> None:
    """Append the Markdown blocks of `node`'s children to `out`."""
    pending: list[str] = []  # inline content between block children (text directly in a <div>)
    cards: dict[str, int] = {}  # a speakers page's cards read: the talk's title -> its heading's block in `out`
    first = len(out)  # (the blocks this element writes: a speaker's line joins only its own card's title)

    def flush():
        text = _clean_inline("".join(pending))
        if text:
            out.append(text)
        pending.clear()

    child = node.child
    while child is not None:
        tag = child.tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            flush()
            text = _without_eyebrow(child, " ".join(_inline(child).split()))
            # (`<a href="…"><img></a> CHECK-IN`: an icon's link opens no title; a deck's or a recording's goes after it)
            if (lead := _LEADING_ADDRESSES.match(text)):
                kept = [u for u in lead.group(0).split() if _SITE_FILE.fullmatch(u) or links.is_slides(u) or links.is_video(u)]
                text = " ".join([text[lead.end():], *(f"[slides]({u})" for u in kept)])
            if text:
                out.append("#" * int(tag[1]) + " " + text)
        elif tag in ("div", "span") and not _has_block_child(child) and _titled_in_card(child):
            # `<div class="talk__title">Title<br>Its English title</div>`: the page marks the line as a talk's title,
            # a heading of its card (its first line; the lines after it, a translation, are the card's text)
            flush()
            shown = [line.strip() for line in _clean_inline(_inline(child)).split("\n") if line.strip()]
            if shown:
                out.append("### " + shown[0])
                out.extend(shown[1:2])
        elif tag in ("p", "div") and not (tag == "div" and _has_block_child(child)) \
                and (said := _speaker_marked(child)) is not None:
            flush()  # `<p class="session-speaker">Jane Doe</p>`: the page marks the line as the talk's speaker
            # (the last block its card wrote with words in it: a photo's empty paragraph between them is nothing)
            last = next((k for k in range(len(out) - 1, first - 1, -1) if out[k].strip()), None)
            if not said:
                pass  # (`<p class="speaker">` holding only a photo)
            elif last is not None and not out[last].lstrip().startswith(("#", "-", "*", "|", ">")) \
                    and "\n\n" not in out[last]:
                out[last] += "\nSpeaker: " + said  # (under the title's line of its card, in its paragraph: one talk)
            else:
                out.append("Speaker: " + said)
        elif tag == "p":
            flush()
            out.append(_clean_inline(_inline(child)))
        elif tag in ("ul", "ol") and _PEOPLE_LIST_CLASS.search(child.attributes.get("class") or "") \
                and (said_before := next((line for line in reversed(out) if line.strip()), "")).startswith("Speaker: "):
            # `<p class="speaker">Chaired by …</p>` over `<ul class="panelists"><li>Bethan Hughes — software engineer</li>…`:
            # under the slot's speaker line, a list its class says is of the panel's people, one labelled line of their
            # names (what each does, after a dash, is no name); a judges' or moderators' list elsewhere is the page's
            flush()
            label = _PEOPLE_LIST_CLASS.search(child.attributes.get("class") or "").group("w").capitalize()
            names = [re.split(r"\s+[-–—]\s+|[,，、(（]", _clean_inline(_inline(item)).strip(), maxsplit=1)[0].strip()
                     for item in child.iter() if item.tag == "li"]
            out.append(f"{label}: " + ", ".join(n for n in names if n))
        elif tag in ("ul", "ol") and _cards_in_a_list(child):
            # (`<li><h4>10:40- Title</h4><p>…</p><div class="speaker"><h5>Name</h5>…</div></li>`: a list laid out as
            # cards, each with its own headings: read as the blocks it holds, never as one item's line)
            flush()
            item = child.child
            while item is not None:
                if item.tag == "li":
                    _blocks(item, out, depth)
                item = item.next
        elif tag in ("ul", "ol"):
            flush()
            out.append("\n".join(_list(child, tag == "ol", depth)))
        elif tag == "dl":
            flush()
            out.append("\n".join(_definitions(child)))
        elif tag == "table":
            flush()
            if _layout_row(child):
                out.extend(_layout_row_blocks(child, depth))
            else:
                out.append(_table(child))
        elif tag == "pre":
            flush()
            out.append("```\n" + (child.text() or "").strip("\n") + "\n```")
        elif tag == "hr":
            flush()
            out.append("---")
        elif tag == "blockquote":
            flush()
            inner: list[str] = []
            _blocks(child, inner, depth)
            out.append("\n".join("> " + line if line else ">" for line in "\n\n".join(inner).split("\n")))
        elif tag in ("div", "section", "article", "li") and (card := _speaker_card(child)) is not None:
            # (`<article class="speaker"><h2>Jane Doe</h2><p class="bio">…</p><h3 class="session-title">Title</h3>…`:
            # a speakers page's card, read as the talk's heading over its speaker's line and the card's other text)
            flush()
            title, name, level = card
            inner: list[str] = []
            _blocks(child, inner, depth)
            inner = [b for b in inner if b.lstrip("#").strip() not in (title, name) or not b.startswith("#")]
            # (the card's other headings, what the person does, `<h4 class="tagline">Django Core Developer</h4>`, are
            # lines of the card under the talk, no headings of their own)
            inner = [b.lstrip("#").strip() if re.match(r"#{1,6}\s", b) and "\n" not in b else b for b in inner]
            if title in cards:  # (a talk two people give has a card each: one talk, its speakers both named)
                out[cards[title]] += f", {name}"
            else:
                cards[title] = len(out)
                out.append(f"{'#' * level} {title}\nSpeaker: {name}")
            out.extend(inner)
        elif tag in ("div", "section", "article", "header", "main", "figure", "center", "aside", "footer",
                     "body", "html", "span", "details", "summary", "figcaption", "a") and _has_block_child(child):
            # (a link wrapping blocks, a card: `<a class="card" href="…"><h2>Title</h2><p>…</p></a>`, reads as its blocks)
            flush()
            _blocks(child, out, depth)
        elif tag in ("div", "section", "header", "figure", "center", "footer", "summary", "figcaption", "details"):
            flush()
            pending.append(_inline(child))
            flush()
        elif tag in ("head", "-comment", "script", "style"):
            pass
        elif tag == "-text":
            pending.append(re.sub(r"\s+", " ", child.text_content or ""))
        elif tag == "br":
            pending.append("\n")
        else:
            pending.append(_inline_node(child))
        child = child.next
    flush()


class _Last:
    """A node seen without its following siblings (its own children are read as they are)."""
    def __init__(self, node):
        self.next = None
        self._node = node

    def __getattr__(self, name):
        return getattr(self._node, name)


class _Parent:
    """A parent whose only child is `node`: `_inline(_Parent(n))` is the Markdown of `n` itself."""
    def __init__(self, node):
        self.child = _Last(node)


def _inline_node(node) -> str:
    return _inline(_Parent(node))


_BLOCKISH = {"p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote",
             "section", "article", "header", "figure", "hr", "main", "footer", "aside", "details"}


def _has_block_child(node) -> bool:
    """Whether a node holds a block (a paragraph, a heading, a list…), directly or inside a link wrapping blocks."""
    child = node.child
    while child is not None:
        if child.tag in _BLOCKISH or child.tag == "a" and _has_block_child(child):
            return True
        child = child.next
    return False


_PARAGRAPH_BREAK = "\x01"
# (the list's bullet symbols, and the stars and shapes a programme's paragraphs open with: `⭐ Jo - Title`)
_SYMBOL_BULLET = re.compile(r"^[" + BULLET_SYMBOLS + r"⭐★☆▶■●◆]\uFE0F?\s*(?=\S)")
# a slot's time (or its start and end) alone in a paragraph: `7:20pm`, `18:30 - 18:50`, `7:30 PM - 8:00 PM`, `19:00〜19:05`
_OPEN_END = re.compile(r"(?:[:：]|\s[-–—/／|｜])$")
_CLOCK_ALONE = re.compile(r"(?:" + CLOCK_RANGE + r"|\d{1,2}\s*[ap]\.?m\.?)", re.IGNORECASE)


def _paragraphs_in(node) -> list[str]:
    """The paragraphs of a block inside a list item, as the page's blocks are read (`_blocks`), each one line."""
    if not _has_block_child(node):
        return [_inline(node)]
    out: list[str] = []
    _blocks(node, out, 0)
    return [p for p in out if p.strip()]
_BLANK_LINE = re.compile(r"(?<![ \t])[ \t]*\n[ \t]*\n\s*")


def _cards_in_a_list(node) -> bool:
    """A list whose every item (two or more) holds headings of its own, two at least, the last naming a person (the
    talk's and its speaker's): cards a page lays out in a list. (An item with one heading, `<li><h4>08:30
    Registration</h4><p>…</p></li>`, is a line of the list, its heading the line.)"""
    items = [c for c in node.iter() if c.tag == "li"]
    if len(items) < 2 or not all(len(item.css("h1, h2, h3, h4, h5, h6")) >= 2 for item in items):
        return False
    # (the item's last heading names its speaker, a person: never a news item's headline, nor a sponsor under its tier)
    named = sum(1 for item in items if _names_a_person(item.css("h1, h2, h3, h4, h5, h6")[-1].text()))
    return named >= 2 and named * 3 >= len(items) * 2  # (two in three: a name the dictionary lacks, `巴山 竜来`, is one)


def _names_a_person(text: str) -> bool:
    """A card's heading naming a person, its profile's address aside: a name the dictionary knows (a given name in
    Latin letters; in Japanese, one it does not call a word of another kind)."""
    from . import names, people  # (read when a page's lists are; the name dictionaries load then)
    shown = " ".join(re.sub(r"https?://\S+", " ", text).split())
    return bool(shown) and people.looks_like_people(shown, strict=True) and (
        names.names_someone(shown) if shown.isascii() else names.name_verdict(shown.replace(" ", "")) is not False)


def _list(node, ordered: bool, depth: int) -> list[str]:
    lines: list[str] = []
    number = 0
    item = node.child
    while item is not None:
        if item.tag == "li":
            number += 1
            mark = f"{number}." if ordered else "-"
            text_parts: list[str] = []
            nested: list[str] = []
            sub = item.child
            while sub is not None:
                if sub.tag in ("ul", "ol"):
                    nested += _list(sub, sub.tag == "ol", depth + 1)
                elif sub.tag == "p" or sub.tag in ("div", "section") and _has_block_child(sub):
                    # (`<li><time>7:20pm</time><div><p>Part 1</p><p>⭐ Jo - Title</p></div>`: each paragraph its own)
                    text_parts.append(_PARAGRAPH_BREAK + _PARAGRAPH_BREAK.join(_paragraphs_in(sub)) + _PARAGRAPH_BREAK)
                elif sub.tag == "-text" and _BLANK_LINE.search(sub.text_content or ""):
                    # a blank line in an item written in a Markdown file's HTML: a paragraph ends there
                    text_parts.append(_BLANK_LINE.sub(_PARAGRAPH_BREAK, sub.text_content or ""))
                elif _named_after_text(sub, text_parts):
                    text_parts.append(" - " + " ".join(_inline_node(sub).split()))  # (see _inline)
                else:
                    text_parts.append(_inline_node(sub))
                sub = sub.next
            paragraphs = [p for p in (" ".join(_clean_inline(part).split("\n"))
                                      for part in "".join(text_parts).split(_PARAGRAPH_BREAK)) if p]
            if len(paragraphs) >= 2 and (_CLOCK_ALONE.fullmatch(paragraphs[0]) or _OPEN_END.search(paragraphs[0])):
                # the slot's time, then what the slot is; `<p>Jane Doe:</p><p>Title</p>`: a line left open goes on
                paragraphs[:2] = [f"{paragraphs[0]} {paragraphs[1]}"]
            # the item's first paragraph is its line; the paragraphs after it continue it, indented under it
            lines.append("  " * depth + f"{mark} {paragraphs[0] if paragraphs else ''}".rstrip())
            # (`<p>⭐ Jo - Title</p>` paragraphs, each opened with the same mark: the item's own list)
            # (indented past the item's mark, `1. `, as Markdown continues an item)
            lines.extend("  " * depth + " " * (len(mark) + 1) + _SYMBOL_BULLET.sub("- ", p) for p in paragraphs[1:])
            lines.extend(nested)
        item = item.next
    return lines


def _definitions(node) -> list[str]:
    lines: list[str] = []
    term = None
    child = node.child
    while child is not None:
        if child.tag == "dt":
            term = " ".join(_inline(child).split())
        elif child.tag == "dd":
            value = " ".join(_clean_inline(_inline(child)).split("\n"))
            lines.append(f"- {term}: {value}" if term else f"- {value}")
            term = None
        child = child.next
    return lines


def _cell(node) -> str:
    """A table cell on one line; the items or paragraphs of a cell that holds several (a programme's slot
    with three talks listed in it) stay apart, joined with `<br>` as Markdown tables write it."""
    parts = [p for p in node.css("li, p") if not any(d.html != p.html for d in p.css("li, p"))]  # innermost
    defined = node.css("dt, dd")
    if len(parts) < 2 and len(defined) >= 2 and SLOT_LABEL.fullmatch(" ".join(defined[0].text().split())):
        parts = defined  # (a slot written as a definition, `<dl><dt>第一セッション（40分）</dt><dd>Name（Org）</dd><dd>Title</dd>`)
    if len(parts) >= 2:
        texts = [" ".join(_clean_inline(_inline(p)).split()) for p in parts]
        # what the cell says before its paragraphs (`ゲスト講演 <strong>「Title」</strong><br>by @h` over the
        # abstract's `<p>`s): the slot's own lines, first
        whole = _clean_inline(_inline(node))
        first = next((t for t in texts if t), "")
        at = whole.find(first.split(" ")[0]) if first else -1
        lead = [" ".join(line.split()) for line in whole[:at].split("\n")] if at > 0 else []
        return " <br> ".join(t for t in lead + texts if t).replace("|", "\\|")
    text = _clean_inline(_inline(node))
    # (`<strong>Title</strong> by<br><strong>Name</strong>`: a byline's word goes on over the break)
    text = _BYLINE_WORD_AT_BREAK.sub(r"\g<w> ", text)
    return " / ".join(text.split("\n")).replace("|", "\\|")


_BYLINE_WORD_AT_BREAK = re.compile(r"(?<=\s)(?P<w>by|from|with|presented\s+by|par|von)\s*\n(?=\S)", re.IGNORECASE)


def _span(cell, name: str) -> int:
    """A cell's `rowspan` or `colspan`: 1 when missing, not a number or 0 (`rowspan=0`, to the table's
    end, is kept to its own row), and at most 50 (a guard against a typo's thousands of rows)."""
    value = (cell.attributes.get(name) or "").strip()
    return max(1, min(50, int(value))) if value.isdigit() else 1


def _layout_row_blocks(table, depth: int) -> list[str]:
    """A table of one row, no header (`<td>10:15 >> Ninja Talks</td><td>Name Title<br>…</td>`): a page's layout, its
    cells read one after the other as the page shows them side by side. Three cells or more of one line each are the
    row read across, as one line (`19:00 - Title - Jane Doe`); a short label in the first cell heads what the others
    hold (their lines nested under it, as a list's items under an item)."""
    cells: list[list[str]] = []
    for cell in table.css("td"):
        cells.append([])
        _blocks(cell, cells[-1], depth)
    each = [[line for block in cell for line in block.split("\n") if line.strip()] for cell in cells]
    label, held = each[0], [line.strip() for lines in each[1:] for line in lines]
    if len(cells) >= 3 and all(len(lines) == 1 and len(lines[0]) <= 120 for lines in each) \
            and not any(lines[0].startswith(("#", "|", "```")) for lines in each):
        return [" - ".join(lines[0].strip() for lines in each)]
    if len(label) == 1 and len(label[0]) <= 60 and not label[0].startswith(("#", "|", "-", "*", ">")) and held \
            and not any(line.startswith(("#", "|", "```")) for line in held):
        return ["\n".join([label[0]] + ["    - " + line.lstrip("-*+ ") for line in held])]
    return [block for cell in cells for block in cell]


def _layout_row(node) -> bool:
    """Whether a table is one row of cells and nothing else: no header, no second row, no table inside."""
    rows = node.css("tr")
    return len(rows) == 1 and not node.css_first("th") and not node.css_first("table table, td table") \
        and len(rows[0].css("td")) >= 1


def _table(node) -> str:
    """A table's rows as a Markdown table, laid out as a browser lays them out: a cell spanning rows
    (`<td rowspan=3>10:15 / Room H</td>`, a slot's time over its three talks) is written in every row it
    covers, so each row reads whole; one spanning columns (`<td colspan=3>Dinner</td>`) in the first
    column it covers, the others left empty, so the columns keep their places. A row's cells take the
    columns no cell above still covers, in order; a row with fewer cells (or none) still has the
    columns covered from above."""
    rows: list[list[str]] = []
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows it still covers)
    for tr in node.css("tr"):
        cells = [c for c in tr.iter() if c.tag in ("td", "th")]
        if not cells and not carried:
            continue
        row: list[str] = []
        for cell in cells:
            text, down = _cell(cell), _span(cell, "rowspan")
            for across in range(_span(cell, "colspan")):
                while len(row) in carried:
                    row.append(_carry(carried, len(row)))
                if down > 1:
                    carried[len(row)] = (text if not across else "", down - 1)
                row.append(text if not across else "")
        for column in sorted(c for c in carried if c >= len(row)):
            if column in carried:
                row.extend([""] * (column - len(row)))
                row.append(_carry(carried, column))
        rows.append(row)
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def _carry(carried: dict[int, tuple[str, int]], column: int) -> str:
    """The text a cell above spans down into this row's `column` (and one row fewer left to cover)."""
    text, left = carried[column]
    if left <= 1:
        del carried[column]
    else:
        carried[column] = (text, left - 1)
    return text


# --- reStructuredText ------------------------------------------------------------------

_RST_ADORNMENT = re.compile(r"^([=\-~#*^\"+`:'_.])\1{2,}\s*$")
_RST_FIELD = re.compile(r"^:(?P<key>[A-Za-z][\w -]*):\s*(?P<value>.*?)\s*$")
_RST_INLINE_LINK = re.compile(r"`(?P<text>[^`<]+?)\s*<(?P<url>[^>`]+)>`__?")
_RST_NAMED_REF = re.compile(r"`(?P<text>[^`<]+?)`_(?!_)|(?<![\w`])(?P<word>[A-Za-z0-9][\w-]*)_(?![\w])")
_RST_OPEN_TARGET = re.compile(r"^\.\.\s+_[^:`]+$")  # a target's name going on to the next line
_RST_TARGET = re.compile(r"^\.\.\s+_(?:`(?P<q>[^`]+)`|(?P<name>[^:]+)):\s*(?P<url>\S+)\s*$")
_NIKOLA_META = re.compile(r"^\.\.\s+(?P<key>title|slug|date|tags|category|categories|link|description|type|author)"
                          r":\s*(?P<value>.*?)\s*$")
_RST_DIRECTIVE = re.compile(r"^\.\.\s+(?P<name>[\w:-]+)::\s*(?P<arg>.*?)\s*$")
_RST_COMMENT = re.compile(r"^\.\.(?:\s|$)")
_RST_LITERAL = re.compile(r"``(?P<t>[^`]+)``")
_RST_ROLE_AFTER = re.compile(r"(?<!`)`(?P<t>[^`<]+?)`:(?P<role>[\w-]+):")
# a slot's time alone as a definition list's term (`11:10`, `9:30-10:15`), its definition indented under it
# a definition list's term set in emphasis, alone on its line (`*DuckDB as a test fixture*`, `**Title**`)
# a definition list's term, emphasised or plain (`*DuckDB as a test fixture*`, `` `Title <url>`__ ``, `Lightning talks`):
# by reStructuredText's own rule, any short line right over an indented one (no blank between) that is no list's item,
# directive, field or literal block's opening
_RST_TERM = re.compile(r"^(?:(?:\*\*|\*)(?P<t>[^*\s][^*]{1,150}?)(?:\*\*|\*)|(?![-*+•]\s|\d{1,3}[.)]\s|\.\.\s|:\w[\w -]*:(?:\s|$)|#\.\s)"
                       r"(?P<p>[^\s*][^\n]{0,150}?))\s*$")
_RST_CLOCK_TERM = re.compile(r"^\d{1,2}:\d{2}(?:\s*[-–~]\s*\d{1,2}:\d{2})?\s*$")
_RST_ROLE = re.compile(r":[\w-]+:`(?P<t>[^`<]+?)(?:\s*<[^>]+>)?`")


def _is_rst(body: str, suffix: str) -> bool:
    if suffix == ".rst":
        return True
    lines = body.split("\n")
    # (a code fence, ``` or ~~~, under a caption is Markdown closing a block, not an underline)
    underlined = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and _RST_ADORNMENT.match(b)
                     and not _RST_ADORNMENT.match(a) and b.strip()[0] not in "-=`~")
    return underlined >= 1 and ("`_" in body or ".. " in body or "\n:" in body)


_RST_TABLE_BORDER = re.compile(r"^\s*=+(?:[ \t]+=+)+\s*$")
_RST_COLUMN_RULE = re.compile(r"^[\s-]*-[\s-]*$")


_RST_GRID_BORDER = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")


def _rst_grid_table(lines: list[str], start: int) -> tuple[int, list[str]] | None:
    """A grid table (`+------+------+` borders, `|` between cells, a cell's text over several lines) as a Markdown table
    (its first row the header), and the index after its last border; None when its rows do not keep the columns."""
    border = lines[start].rstrip()
    cuts = [k for k, c in enumerate(border) if c == "+"]
    rows: list[list[str]] = []
    cell_lines: list[list[str]] = []
    i = start + 1
    while i < len(lines):
        line = lines[i].rstrip()
        if _RST_GRID_BORDER.match(line):
            if cell_lines:
                rows.append([" ".join(" ".join(part).split()) for part in zip(*cell_lines)])
            cell_lines = []
            i += 1
            if i >= len(lines) or not lines[i].strip().startswith(("|", "+")):
                break
            continue
        if not line.strip().startswith("|") or len(line) < cuts[-1]:
            return None
        cell_lines.append([line[a + 1:b].strip() for a, b in zip(cuts, cuts[1:])])
        i += 1
    if len(rows) < 2:
        return None
    width = len(cuts) - 1
    table = ["| " + " | ".join(c.replace("|", "/") for c in rows[0]) + " |", "|" + "---|" * width]
    table += ["| " + " | ".join(c.replace("|", "/") for c in row) + " |" for row in rows[1:]]
    return i, table


def _rst_simple_table(lines: list[str], start: int) -> tuple[int, list[str]] | None:
    """A simple table (`=====  =====` borders, a header row between the first two) as a Markdown table, and the
    index after its closing border; None for a table without a header row. A row whose first cell is blank
    continues the row above it (reStructuredText's own rule); the last column runs to the end of the line."""
    starts = [m.start() for m in re.finditer(r"=+", lines[start])]
    borders = [start]
    j = start + 1
    while j < len(lines) and lines[j].strip():  # (a blank line ends it: never the border of a table further down)
        if _RST_TABLE_BORDER.match(lines[j]):
            borders.append(j)
            if len(borders) == 3:
                break
        j += 1
    if len(borders) < 3:
        return None  # (a table without a header row names none of its columns: its lines are read as they are)
    top, rule, end = borders

    def rows(first: int, last: int) -> list[list[str]]:
        out: list[list[str]] = []
        for line in lines[first + 1:last]:
            if not line.strip() or _RST_COLUMN_RULE.match(line):
                continue
            cells = [line[a:b].strip() for a, b in zip(starts, starts[1:] + [len(line) + 1])]
            if out and not cells[0]:
                out[-1] = [f"{old} {new}".strip() for old, new in zip(out[-1], cells)]
            else:
                out.append(cells)
        return out

    header = [" ".join(cells) for cells in zip(*rows(top, rule))]
    table = ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |"
             for row in [header, ["---"] * len(starts)] + rows(rule, end)]
    return end + 1, table


def _rst(body: str) -> tuple[str, dict]:
    # a line that is only a template tag (`{% trans -%}` around every paragraph of a translated page) shows
    # nothing, so it neither is a section title nor keeps the one under it from being read
    lines = ["" if "{%" in line and not _LIQUID_TAG.sub("", line).strip() and not _URL.search(line) else line
             for line in body.split("\n")]
    targets = _RstTargets()
    for k, line in enumerate(lines):
        t = _RST_TARGET.match(line)
        if not t and k + 1 < len(lines) and _RST_OPEN_TARGET.match(line):
            t = _RST_TARGET.match(line.rstrip() + " " + lines[k + 1].strip())  # (`.. _slides and` / `examples: url`)
        if t:
            targets.add((t.group("q") or t.group("name")).strip(), t.group("url"))
    out = list(lines)
    styles: list[tuple[str, bool]] = []
    heading_at: list[tuple[int, tuple[str, bool], str]] = []
    terms_at: list[tuple[int, tuple[str, bool], str]] = []  # plain terms, one level below the section they are in
    front: dict[str, Any] = {}
    fields_open = True  # a field list before any paragraph is the document's front matter (docinfo)
    i = 0
    while i < len(lines):
        line = lines[i]
        # a section title: text underlined (and maybe overlined) with one punctuation character
        over = bool(_RST_ADORNMENT.match(line)) and i + 2 < len(lines) and bool(lines[i + 1].strip()) \
            and bool(_RST_ADORNMENT.match(lines[i + 2])) and lines[i + 2].strip()[0] == line.strip()[0]
        under = not over and bool(line.strip()) and not _RST_ADORNMENT.match(line) and i + 1 < len(lines) \
            and bool(_RST_ADORNMENT.match(lines[i + 1])) and (i == 0 or not lines[i - 1].strip())
        if over or under:
            text = lines[i + 1].strip() if over else line.strip()
            style = ((lines[i + 1] if under else line).strip()[0], over)
            if style not in styles:
                styles.append(style)
            heading_at.append((i + 1 if over else i, style, _rst_inline(text, targets)))
            if over:
                out[i], out[i + 2] = "", ""
            else:
                out[i + 1] = ""
            i += 3 if over else 2
            continue
        if _RST_GRID_BORDER.match(line) and (grid := _rst_grid_table(lines, i)):
            end, rows = grid
            out[i:end] = rows + [""] * (end - i - len(rows))
            i = end
            continue
        if _RST_TABLE_BORDER.match(line):
            table = _rst_simple_table(lines, i)
            if table:
                end, rows = table
                out[i:end] = rows + [""] * (end - i - len(rows))
                i = end
                continue
        field = _RST_FIELD.match(line) or (_NIKOLA_META.match(line) if fields_open else None)
        if field and fields_open:  # (Nikola writes its metadata as comments: `.. title: RustConf 2020 thoughts`)
            front.setdefault(field.group("key").strip().lower(), field.group("value"))
            out[i] = ""
            i += 1
            continue
        directive = _RST_DIRECTIVE.match(line)
        if directive or _RST_TARGET.match(line) or _RST_COMMENT.match(line):
            name = directive.group("name").lower() if directive else ""
            arg = directive.group("arg") if directive else ""
            j = _indented_end(lines, i + 1)
            out[i] = _directive(name, arg)
            if name in ("code", "code-block", "sourcecode") and j > i + 1:
                out[i] = "```" + arg
                out[j - 1] = lines[j - 1] + "\n```"
            elif name == "raw" and "html" in arg and j > i + 1:
                converted = html_to_markdown("\n".join(lines[i + 1:j])).split("\n")
                for k in range(i + 1, j):
                    out[k] = converted[k - i - 1] if k - i - 1 < len(converted) else ""
                if len(converted) > j - i - 1:
                    out[j - 1] += "\n" + "\n".join(converted[j - i - 1:])
            elif name in ("meta", "post"):  # (`.. meta::` with `:date:` and `:category:` fields: the page's metadata;
                # ABlog's `.. post:: Apr 23, 2031` with its `:tags:`, `:category:`, `:author:`: the post's)
                if name == "post" and arg.strip():
                    front.setdefault("date", arg.strip())
                for k in range(i + 1, j):
                    field = _RST_FIELD.match(lines[k].strip())
                    if field:
                        front.setdefault(field.group("key").strip().lower(), field.group("value"))
                    out[k] = ""
            elif name not in _ADMONITIONS:
                for k in range(i + 1, j):
                    out[k] = ""  # a comment's text, a directive's options and content (an image's :alt:)
            i = j
            continue
        if line.strip():
            fields_open = False
        if _RST_CLOCK_TERM.match(line) and i + 1 < len(lines) and lines[i + 1][:1] in (" ", "\t") \
                and lines[i + 1].strip():
            # `11:10` over `    `PyWeek` (Petras) [PDF]`: a definition list whose terms are the slots' times, the
            # programme's lines (`- 11:10 …`, as time lines are written), not an indented code block
            j = _indented_end(lines, i + 1)
            out[i] = "- " + line.strip() + " " + " ".join(_rst_inline(lines[k].strip(), targets) for k in range(i + 1, j)
                                                         if lines[k].strip())
            for k in range(i + 1, j):
                out[k] = ""
            i = j
            continue
        if (term := _RST_TERM.match(line)) and i + 1 < len(lines) and lines[i + 1][:1] in (" ", "\t") \
                and lines[i + 1].strip() and (i == 0 or not lines[i - 1].strip()):
            # `*DuckDB as a test fixture*` over `    Ravi showed how …`: a definition list's term over its text, a bold
            # line over a paragraph (as a page sets a short talk's title over its notes)
            j = _indented_end(lines, i + 1)
            if term.group("p") is not None and heading_at:
                # (a plain term under a section title, `Generics, Two Years In` over `   *Aisha Bello*`, `Lightning
                # talks` over `   * …`: a sub-section of that section, as a page shows a term over its indented text,
                # which keeps its own nesting)
                terms_at.append((i, heading_at[-1][1], _rst_inline(term.group("p").strip(), targets)))
                indent = _indent_of(lines, i + 1, j)
                for k in range(i + 1, j):
                    out[k] = _rst_inline(lines[k][indent:], targets)
            else:
                out[i] = "**" + _rst_inline((term.group("t") or term.group("p")).strip(), targets) + "**"
                for k in range(i + 1, j):
                    out[k] = _rst_inline(lines[k].strip(), targets)
            i = j
            continue
        if (field := _RST_FIELD.match(line)) and not line.rstrip().endswith("::"):
            out[i] = f"{field.group('key').strip()}: {_rst_inline(field.group('value'), targets)}"  # `:Speaker: Jane Doe`
            i += 1
            continue
        if line.rstrip().endswith("::"):
            # `Paragraph::` then an indented literal block: a fenced code block
            start = i + 1
            while start < len(lines) and not lines[start].strip():
                start += 1
            end = _indented_end(lines, start) if start < len(lines) and lines[start][:1] in (" ", "\t") else start
            text = line.rstrip()[:-1]
            out[i] = _rst_inline(text if text.strip() != ":" and text.strip() else "", targets)
            if end > start:
                out[i] += "\n```"
                out[end - 1] = lines[end - 1] + "\n```"
                i = end
                continue
            i += 1
            continue
        out[i] = _rst_inline(line, targets)
        i += 1
    levels = _rst_levels(styles)
    for at, style, text in heading_at:
        out[at] = "#" * levels[style] + " " + text
    for at, style, text in terms_at:
        out[at] = "#" * min(6, levels[style] + 1) + " " + text
    return "\n".join(out), front


def _indent_of(lines: list[str], start: int, end: int) -> int:
    """The indent of a definition's text: the least of its lines' (its nested items keep theirs beyond it)."""
    return min((len(line) - len(line.lstrip()) for line in lines[start:end] if line.strip()), default=0)


# the order writers keep for section underlines (Python's docs, Sphinx's guide): `=` over `-` over `~` ...
_RST_PRECEDENCE = "=-~^\"'`*+#:._"


def _rst_levels(styles: list[tuple[str, bool]]) -> dict[tuple[str, bool], int]:
    """Each adornment style's heading level. reStructuredText nests styles in the order they first appear,
    but notes written by hand mix that order (`---` for a notice before the `===` talks): the first style (the
    document's title) comes first, then overlined styles, then underlines in the order writers keep (`=` above
    `-` above `~`), then any other."""
    if not styles:
        return {}
    ranked = styles[:1] + sorted(styles[1:], key=lambda st: (
        not st[1], _RST_PRECEDENCE.find(st[0]) if st[0] in _RST_PRECEDENCE else len(_RST_PRECEDENCE) + styles.index(st),
        styles.index(st)))
    return {st: min(6, ranked.index(st) + 1) for st in styles}


_ADMONITIONS = ("note", "tip", "warning", "attention", "important", "hint", "topic", "sidebar")


def _indented_end(lines: list[str], start: int) -> int:
    """The index after the indented block (blank lines inside it included) that starts at `start`."""
    j = start
    while j < len(lines) and (not lines[j].strip() or lines[j][:1] in (" ", "\t")):
        j += 1
    while j > start and not lines[j - 1].strip():
        j -= 1
    return j


def _directive(name: str, arg: str) -> str:
    if name in ("youtube",):
        return f"https://www.youtube.com/watch?v={arg}" if arg else ""
    if name in ("image", "figure"):
        return ""
    if name in _ADMONITIONS:
        return f"> {arg}" if arg else ""
    return _URL.search(arg).group(0) if _URL.search(arg) else ""


class _RstTargets:
    """A reStructuredText page's named link targets. A name defined more than once (`.. _slides: a.pdf`, then
    `.. _slides: b.pdf` for the next talk) gives its addresses in the order the page refers to it, as its writer
    meant: each `slides`_ the next one (the last serving any reference after)."""

    def __init__(self) -> None:
        self._urls: dict[str, list[str]] = {}
        self._used: dict[str, int] = {}

    def __bool__(self) -> bool:
        return bool(self._urls)

    def add(self, name: str, url: str) -> None:
        self._urls.setdefault(name.casefold(), []).append(url)

    def url(self, name: str) -> str | None:
        urls = self._urls.get(name.strip().casefold())
        if not urls:
            return None
        k = self._used.get(name.strip().casefold(), 0)
        self._used[name.strip().casefold()] = k + 1
        return urls[min(k, len(urls) - 1)]


def _rst_inline(line: str, targets: _RstTargets) -> str:
    if "`" in line:
        line = _RST_INLINE_LINK.sub(lambda m: f"[{m.group('text').strip()}]({m.group('url').strip()})", line)
        line = _RST_ROLE.sub(lambda m: m.group("t"), line)
        # `` `PyWeek`:title: ``: a role written after its text (a title's reference, set in italics as Sphinx shows it)
        line = _RST_ROLE_AFTER.sub(lambda m: f"*{m.group('t')}*" if m.group("role") in ("title", "t", "title-reference")
                                   else m.group("t"), line)
        line = _RST_LITERAL.sub(lambda m: f"`{m.group('t')}`", line)

    def ref(m: re.Match) -> str:
        text = m.group("text") or m.group("word")
        url = targets.url(text)
        return f"[{text.strip()}]({url})" if url else text

    if "_" in line and targets:
        line = _RST_NAMED_REF.sub(ref, line)
    elif "`_" in line:
        line = re.sub(r"`([^`]+)`_", r"\1", line)
    return line


# --- setext headings, character references, page debris ---------------------------------

_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_NOT_PARAGRAPH = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|>|\||#|```|~~~|<|!\[|---)")


# `#Unlimited Frameworks` over `---`: a tight heading mark the underline confirms (not `#3 …`, a slot's number)
_MARKED_SETEXT = re.compile(r"^ {0,3}#{1,6}(?=[^\s#\d])")


# Org's text export (`C-c C-e t u`): the title between two heavy rules, `Table of Contents` over the outline, then each
# heading numbered and underlined by its level (`1 Keynote` over `═══`, `1.1 OS` over `───`, `1.2.1 …` over `╌╌╌`),
# the fourth level a `◊` item
_ORG_TEXT_RULE = {"═": 1, "─": 2, "╌": 3}
_ORG_TEXT_UNDERLINE = re.compile(r"^\s*(?P<c>[═─╌])(?P=c){1,}\s*$")
_ORG_TEXT_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,2}(?:\.\d{1,2}){0,3})\s+(?P<t>\S.*?)\s*$")
_ORG_TEXT_DIAMOND = re.compile(r"^\s*◊\s+(?:\d{1,2}(?:\.\d{1,2}){1,4}\s+)?(?P<t>\S.*?)\s*$")
_ORG_TEXT_TITLE_RULE = re.compile(r"^\s*━{3,}\s*$")
_ORG_TEXT_CONTENTS = re.compile(r"^\s*(?:Table of Contents|Contents|目次)\s*$", re.IGNORECASE)


def _is_org_text_export(body: str, suffix: str) -> bool:
    if "═" not in body and "─" not in body and "╌" not in body:
        return False
    lines = body.split("\n")
    return sum(1 for a, b in zip(lines, lines[1:]) if _ORG_TEXT_UNDERLINE.match(b) and _ORG_TEXT_NUMBERED.match(a)) >= 2


def _org_text_export(body: str) -> tuple[str, dict]:
    """Org's text export made Markdown: the numbered headings at their levels (their numbers dropped, as the outline's
    own), the outline under `Table of Contents` left out, the title between the heavy rules a level-one heading."""
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        below = lines[i + 1] if i + 1 < len(lines) else ""
        underline = _ORG_TEXT_UNDERLINE.match(below)
        if _ORG_TEXT_CONTENTS.match(line) and underline:
            i += 2  # the outline: every line up to the first blank one after it
            while i < len(lines) and not lines[i].strip():
                i += 1
            while i < len(lines) and lines[i].strip():
                i += 1
            continue
        numbered = _ORG_TEXT_NUMBERED.match(line)
        if numbered and underline:
            out += ["#" * (_ORG_TEXT_RULE[underline.group("c")] + 1) + " " + numbered.group("t"), ""]
            i += 2
            continue
        if (diamond := _ORG_TEXT_DIAMOND.match(line)):
            out.append("##### " + diamond.group("t"))
        elif _ORG_TEXT_TITLE_RULE.match(line):
            # `━━━` / title / author / `━━━`: the title block
            end = next((k for k in range(i + 1, min(i + 6, len(lines))) if _ORG_TEXT_TITLE_RULE.match(lines[k])), None)
            shown = [l.strip() for l in lines[i + 1:end] if l.strip()] if end else []
            if shown:
                out += ["# " + shown[0], ""] + shown[1:]
                i = end + 1
                continue
        else:
            out.append(line)
        i += 1
    return "\n".join(out), {}


# AsciiDoc (`.adoc`, or a text whose first line is `= Title` over `:name: value` attributes)
_ADOC_TITLE = re.compile(r"^=\s+(?P<t>\S.*?)\s*$")
_ADOC_START = re.compile(r"[\ufeff\n]*=\s")
_ADOC_ATTRIBUTE = re.compile(r"^:(?P<k>[A-Za-z0-9_][\w-]*):\s*(?P<v>.*?)\s*$")
_ADOC_HEADING = re.compile(r"^(?P<marks>={2,6})\s+(?P<t>\S.*?)\s*$")
_ADOC_LINK = re.compile(r"\blink:(?P<u>[^\s\[]+)\[(?P<t>[^\]]*)\]|(?P<bu>https?://[^\s\[]+)\[(?P<bt>[^\]]+)\]")
_ADOC_STRUCK = re.compile(r"\[\.line-through\]#[^#]*#")
_ADOC_DEFINITION = re.compile(r"^(?P<term>[^\s:].{0,40}?)::(?:\s+(?P<text>.*))?$")
# a block's fence or a macro alone on its line: `toc::[]`, `image::x.png[]`, `--`, `+`, a page break, `[source,ruby]`
_ADOC_MACRO_LINE = re.compile(r"^(?:toc|image|include|video|audio)::.*\[.*\]\s*$|^(?:--|\+|'{3}|<{3}|\[[^\]]*\])\s*$")
_ADOC_KEYS = {"revdate": "date", "event-date": "event_date", "page-tags": "tags", "tags": "tags", "venue": "venue",
              "location": "venue", "hashtag": "hashtags", "author": "author", "description": "description"}
_ADOC_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+")


def _is_asciidoc(body: str, suffix: str) -> bool:
    if suffix in (".adoc", ".asciidoc"):
        return True
    if not _ADOC_START.match(body):
        return False
    lines = body.lstrip("\ufeff\n").split("\n", 12)
    return bool(lines) and bool(_ADOC_TITLE.match(lines[0])) and sum(1 for line in lines[1:] if _ADOC_ATTRIBUTE.match(line)) >= 2


def _asciidoc(body: str) -> tuple[str, dict]:
    """AsciiDoc as Markdown, line for line: the document's attributes its front matter (`:revdate:` the post's day,
    `:event-date:`, `:page-tags:`, `:venue:`, `:hashtag:`) and filled in where the text names them (`{venue}`);
    `==` headings, `link:url[text]` and `url[text]` links, `*bold*`, `term:: text` lines as items, `. item` numbered,
    a ` +` line break, `//` comments, struck-out text (`[.line-through]#…#`), block fences and macros left out; the
    author's and revision's lines under the title left out."""
    lines = body.split("\n")
    for i in range(len(lines) - 1):  # (`Title +` over `Jane Roe`: one item's lines, joined as its byline, in step)
        if re.search(r"\s\+$", lines[i]) and lines[i + 1].strip() and not _ADOC_MACRO_LINE.match(lines[i + 1].strip()):
            lines[i + 1] = re.sub(r"\s\+$", "", lines[i]) + " — " + lines[i + 1].strip()
            lines[i] = ""
    attributes: dict[str, str] = {}
    front: dict[str, Any] = {}
    out: list[str] = []
    header = True
    for i, line in enumerate(lines):
        stripped = line.strip().lstrip("\ufeff")
        if header:
            if i == 0 and (title := _ADOC_TITLE.match(stripped)):
                front["title"] = title.group("t")
            elif (attribute := _ADOC_ATTRIBUTE.match(stripped)):
                attributes[attribute.group("k").lower()] = attribute.group("v")
            elif stripped:
                pass  # (`Jane Roe <jane@…>`, `v1.2, 2031-02-20: …`: the author's and the revision's lines)
            else:
                header = False
            out.append("")
            continue
        if stripped.startswith("//") or _ADOC_MACRO_LINE.match(stripped):
            out.append("")
            continue
        text = re.sub(r"\{(?P<k>[\w-]+)\}", lambda m: attributes.get(m.group("k").lower(), m.group(0)), line)
        text = _ADOC_STRUCK.sub("", text)
        text = _ADOC_LINK.sub(lambda m: f"[{m.group('t') or m.group('bt') or m.group('u')}]({m.group('u') or m.group('bu')})",
                              text)
        text = _ONE_STAR_BOLD.sub(r"**\g<t>**", text)
        text = _ADOC_ADMONITION.sub("", re.sub(r"\s\+$", "", text))
        if (heading := _ADOC_HEADING.match(text.strip())):
            text = "#" * len(heading.group("marks")) + " " + heading.group("t")
        elif (definition := _ADOC_DEFINITION.match(text.strip())):
            text = f"- {definition.group('term')} {definition.group('text') or ''}".rstrip()
        elif re.match(r"^\.\s+\S", text.strip()):
            text = "1. " + text.strip()[2:]
        out.append(text)
    for key, value in attributes.items():
        target = _ADOC_KEYS.get(key)
        if not target or not value:
            continue
        if target == "tags":  # (`:page-tags: [conference, java]`: a list written with its brackets)
            front["tags"] = [t.strip() for t in value.strip().removeprefix("[").removesuffix("]").split(",") if t.strip()]
        elif target == "hashtags":
            front["hashtags"] = [t.strip().lstrip("#") for t in re.split(r"[,\s]+", value) if t.strip()]
        else:
            front.setdefault(target, value)
    return "\n".join(_adoc_tables(_adoc_listings(out), lines)), front


# an AsciiDoc table's fence, its cell (`|09:30`, `|Title |Jane Roe`), its columns (`[cols="1,3,2,2",options="header"]`)
_ADOC_TABLE = re.compile(r"^\s*\|={3,}\s*$")
# (its spec before the bar: `2+|Coffee break` spans two columns, `a|` holds AsciiDoc of its own)
_ADOC_CELL = re.compile(r"(?:^|(?<=\s))(?P<span>\d+\+)?(?:[a-z])?\|")
_ADOC_COLUMNS = re.compile(r"^\s*\[.*\bcols\s*=\s*\"?(?P<cols>[^\"\]]+)\"?", re.IGNORECASE)


def _adoc_tables(out: list[str], source: list[str]) -> list[str]:
    """Each `|===` table as a Markdown table, its rows one after another from the fence's line (the lines it spanned
    blank after them): the cells read one a line or several to a line, as many to a row as `cols` says, or as the
    first row holds. A line with no bar goes on with the cell above it."""
    out = list(out)
    i = 0
    while i < len(out):
        if not _ADOC_TABLE.match(out[i]):
            i += 1
            continue
        end = next((j for j in range(i + 1, len(out)) if _ADOC_TABLE.match(out[j])), None)
        if end is None:
            break
        spec = _ADOC_COLUMNS.match(source[i - 1]) if i and i - 1 < len(source) else None
        cells: list[str] = []
        first_row = 0
        for line in out[i + 1:end]:
            if not line.strip():
                continue
            if line.lstrip().startswith("|") or _ADOC_CELL.match(line.lstrip()):
                marks = list(_ADOC_CELL.finditer(line.strip()))
                parts = []
                for k, mark in enumerate(marks):
                    stop = marks[k + 1].start() if k + 1 < len(marks) else len(line.strip())
                    span = int(mark.group("span")[:-1]) if mark.group("span") else 1
                    parts += [line.strip()[mark.end():stop].strip()] + [""] * (span - 1)
                first_row = first_row or len(parts)
                cells += parts
            elif cells:
                cells[-1] = (cells[-1] + " " + line.strip()).strip()
        count = len([c for c in spec.group("cols").split(",") if c.strip()]) if spec and "," in spec.group("cols") else \
            int(spec.group("cols")) if spec and spec.group("cols").strip().isdigit() else first_row
        if count < 2 or not cells:
            i = end + 1
            continue
        rows = [cells[k:k + count] for k in range(0, len(cells), count)]
        rows[-1] += [""] * (count - len(rows[-1]))
        table = ["| " + " | ".join(c.replace("|", "\\|") for c in rows[0]) + " |", "|" + "---|" * count] + \
                ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows[1:]]
        span = end + 1 - i
        out[i:end + 1] = table + [""] * (span - len(table)) if len(table) <= span else table
        i += max(span, len(table))
    return out


# an AsciiDoc listing or literal block's fence: `----`, `....`
_ADOC_LISTING = re.compile(r"^(?:-{4,}|\.{4,})\s*$")


def _adoc_listings(out: list[str]) -> list[str]:
    """Each `----` (or `....`) block as a fenced code block: code, no notes."""
    out = list(out)
    opened = None
    for i, line in enumerate(out):
        if _ADOC_LISTING.match(line):
            if opened is None:
                opened = i
            else:
                out[opened], out[i], opened = "```", "```", None
    return out


def _has_setext(body: str, suffix: str) -> bool:
    if "\n=" not in body and "\n-" not in body:
        return False
    lines = body.split("\n")
    return any(_SETEXT.match(b) and a.strip() and (not _NOT_PARAGRAPH.match(a) or _MARKED_SETEXT.match(a))
               for a, b in zip(lines, lines[1:]))


def _setext(body: str) -> tuple[str, dict]:
    """A one-line paragraph underlined with `===` or `---` is a heading (level 1 or 2), as CommonMark reads it."""
    lines = body.split("\n")
    code = code_lines(lines, body)
    out = list(lines)
    for i in range(1, len(lines)):
        m = _SETEXT.match(lines[i])
        if not m or i in code or i - 1 in code:
            continue
        above = lines[i - 1]
        marked = _MARKED_SETEXT.match(above)
        if marked:
            above = above[marked.end():]
        if not above.strip() or _NOT_PARAGRAPH.match(above) and not marked or (i >= 2 and lines[i - 2].strip()):
            continue
        if m.group(1).startswith("-") and len(m.group(1)) < 2:
            continue
        out[i - 1] = ("# " if m.group(1).startswith("=") else "## ") + above.strip()
        out[i] = ""
    return "\n".join(out), {}


# `##This Month` (Redcarpet and old Jekyll read it as a heading); one `#` before a word is a hashtag
_TIGHT_HEADING = re.compile(r"^(#{2,6})(?=[^\s#])")
# `#Todd Parker - jQuery Mobile` in a note writing its other headings tight (`##10th Feb`, `###Notes`): a tight
# heading of the first level, where the words after the mark are more than hashtags (`#jquk #jqueryuk`), open with
# a capital (`#protip use a queue` is a hashtag in a sentence) and say no sentence (`#hsday was trending, thanks!`,
# `#ハーバー勉強会 のタグで実況されていました。`); the note's first line may open in lowercase (`#jQuery Conf UK notes.`)
_TIGHT_TOP = re.compile(r"^#(?=[^\s#])(?=\S+\s+[^#\s])(?!.*(?:[,!?、。！？]|\.\s+\S))")
# `###Title###`: the closing marks written tight too (CommonMark wants a space before them)
_TIGHT_CLOSING = re.compile(r"(?<=[^\s#\\])#{2,6}\s*$")
# `- ######Robots by Jane`: heading marks inside a list item only make its text bigger (one `#` before a word
# is the item's hashtag: `* #minatork04`)
_HEADING_IN_ITEM = re.compile(r"^(\s*[-*+]\s+)(?:#{2,6}\s*|#\s+)(?=\S)")


def _has_tight_headings(body: str, suffix: str) -> bool:
    return "##" in body and any(_TIGHT_HEADING.match(line) or _HEADING_IN_ITEM.match(line)
                                for line in body.split("\n") if "#" in line)


def _tight_heading(line: str) -> str:
    m = _TIGHT_HEADING.match(line)
    return f"{m.group(1)} {_TIGHT_CLOSING.sub('', line[m.end():])}" if m else line


def _tight_headings(body: str) -> tuple[str, dict]:
    """Headings written without the space after the marks become headings; marks in list items go."""
    lines = body.split("\n")
    code = code_lines(lines, body)
    out = [line if i in code or "#" not in line else
           _HEADING_IN_ITEM.sub(r"\1", _tight_heading(line)) for i, line in enumerate(lines)]
    if sum(1 for i, line in enumerate(lines) if i not in code and _TIGHT_HEADING.match(line)) >= 2:
        first = next((i for i, line in enumerate(lines) if line.strip()), -1)
        out = [_TIGHT_CLOSING.sub("", "# " + line[1:]) if i not in code and _TIGHT_TOP.match(line)
               and (line[1:2].isupper() or i == first) else line for i, line in enumerate(out)]
    return "\n".join(out), {}


_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9A-Fa-f]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_KEPT_ENTITIES = {"&lt;", "&gt;", "&LT;", "&GT;", "&#60;", "&#62;", "&#x3c;", "&#x3e;", "&#x3C;", "&#x3E;"}


def _has_entities(body: str, suffix: str) -> bool:
    return "&" in body and bool(_ENTITY.search(body))


def _entity(m: re.Match) -> str:
    ref = m.group(0)
    if ref in _KEPT_ENTITIES:
        return ref
    return html.unescape(ref).replace("\u00a0", " ")  # a no-break space reads as a space


# a place marked in HTML for links within the page, no link itself: `### Title (Jane Roe)<a name="title-jane-roe"></a>`,
# `<a id="day-1">Day 1</a>`, `<span id="venue"></span>` (what such a mark wraps is text; the mark shows nothing)
_PLACE_MARK = re.compile(r"<(?P<tag>a|span)\b(?=[^>\n]*\b(?:name|id)\s*=)(?![^>\n]*\bhref\s*=)[^>\n]*?(?:/>|>(?P<text>[^<\n]*)</(?P=tag)\s*>)"
                         r"|<a\b(?=[^>\n]*\bname\s*=)(?![^>\n]*\bhref\s*=)[^>\n]*>(?![^<\n]*</a)", re.IGNORECASE)


def _has_place_marks(body: str, suffix: str) -> bool:
    return ("<a" in body or "<span" in body) and bool(_PLACE_MARK.search(body))


def _without_place_marks(line: str) -> str:
    return _PLACE_MARK.sub(lambda m: m.group("text") or "", line)


# `先日の<a href="https://…">Harbor勉強会 #5</a>に参加`: a link written in HTML inside Markdown text
_INLINE_ANCHOR = re.compile(r"<a\b[^>\n]{0,400}?\bhref\s*=\s*(?P<q>[\"'])(?P<url>(?:https?:)?//[^\"'\s]+)(?P=q)[^>\n]{0,400}>"
                            r"(?P<text>[^<\n]{0,400})</a\s*>",
                            re.IGNORECASE)


def _has_inline_anchors(body: str, suffix: str) -> bool:
    return "<a" in body and bool(_INLINE_ANCHOR.search(body))


def _anchor(m: re.Match) -> str:
    url = ("https:" + m.group("url")) if m.group("url").startswith("//") else m.group("url")
    text = " ".join(m.group("text").split()).replace("[", "(").replace("]", ")")
    return f"[{text}]({url})" if text and text not in (url, m.group("url")) else url


# `@talkto\_me`: an underscore escaped inside a word (a handle) is shown as an underscore, and an
# underscore inside a word never opens emphasis, so the escape can go
_ESCAPED_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9_])\\_(?=[A-Za-z0-9\\])")  # (`y\_\_mattu`: each one)


def _has_escaped_underscores(body: str, suffix: str) -> bool:
    return "\\_" in body and bool(_ESCAPED_UNDERSCORE.search(body))


_DEBRIS = re.compile(
    r"^\s*(?:(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}\s*(?:に公開|に更新|公開|更新)(?:\s*(?:・|·)?\s*(?:(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}\s*に?更新))?"
    r"|[♡❤️👍]\s*\d+|\d+\s*(?:いいね|件のいいね|likes?|stocks?|ストック|ブックマーク|users?)"
    r"|(?:いいね|ストック|シェア|ツイート|Tweet|Like|フォロー|スキ)(?:する)?\s*\d*"
    # (note.com's page copied: the header image's placeholder)
    r"|見出し画像"
    # the post's own byline on a line of its own, `Post by Jane Roe` (one giving a day stays: the date reader's)
    r"|(?:(?:blog\s+)?post(?:ed)?|written|article)\s+by\s+[^\d\s][^\d\n]{1,60})\s*$", re.IGNORECASE)
_TRAILING_DISCUSSION = re.compile(r"\n\s*(?:Discussion|ディスカッション|コメント|Comments?)\s*\n?\s*$", re.IGNORECASE)


_DEBRIS_ANYWHERE = re.compile(_DEBRIS.pattern, re.IGNORECASE | re.MULTILINE)


def _has_debris(body: str, suffix: str) -> bool:
    return bool(_DEBRIS_ANYWHERE.search(body) or _TRAILING_DISCUSSION.search(body))


def _debris(body: str) -> tuple[str, dict]:
    lines = body.split("\n")
    code = code_lines(lines, body)
    out = ["" if i not in code and line.strip() and _DEBRIS.match(line) else line for i, line in enumerate(lines)]
    text = "\n".join(out)
    m = _TRAILING_DISCUSSION.search(text)
    if m:
        text = text[:m.start()] + "\n" * m.group(0).count("\n")
    return text, {}


# `## Title - [Jane Doe][1]` with `[1]: https://…` further down: a reference link, read as the inline link it
# stands for (the definition lines are left blank, so every other line keeps its number)
_LINK_DEFINITION = re.compile(r"^ {0,3}\[(?P<label>[^\[\]]{1,100})\]:\s*<?(?P<url>\S+?)>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*$")
_REFERENCE_LINK = re.compile(r"(?<![\]\\])\[(?P<text>[^\[\]]{1,300})\]\[(?P<label>[^\[\]]{0,100})\]")


# a shortcut reference, `[Title]` alone, whose label a definition names (`[Title]: https://…`)
_SHORTCUT_LINK = re.compile(r"(?<![\]\\!])\[(?P<text>[^\[\]\n]{1,300})\](?![(\[:])")
# a definition the writer left without its address (`[Title]:` alone on its line, under a list of `[Title]`s): a
# link to be filled in later, which shows only its words
_PLACEHOLDER_DEFINITION = re.compile(r"^ {0,3}\[(?P<label>[^\[\]]{1,300})\]:\s*$")


def _has_reference_links(body: str, suffix: str) -> bool:
    return "]:" in body and ("][" in body and bool(_REFERENCE_LINK.search(body)) or bool(_SHORTCUT_LINK.search(body)))


def _reference_links(body: str) -> tuple[str, dict]:
    lines = body.split("\n")
    code = code_lines(lines, body)
    defined: dict[str, str] = {}
    for i, line in enumerate(lines):
        m = (_LINK_DEFINITION.match(line) or _PLACEHOLDER_DEFINITION.match(line)) if i not in code else None
        if m:
            defined.setdefault(" ".join(m.group("label").split()).casefold(), m.groupdict().get("url") or "")

    used: set[str] = set()

    def inline(m: re.Match) -> str:
        return _shown(m.group("text"), " ".join((m.group("label") or m.group("text")).split()).casefold(), m.group(0))

    def shortcut(m: re.Match) -> str:
        return _shown(m.group("text"), " ".join(m.group("text").split()).casefold(), m.group(0))

    def _shown(text: str, label: str, written: str) -> str:
        """The reference as an inline link, or as its words alone where its definition has no address yet."""
        url = defined.get(label)
        if url is None:
            return written
        used.add(label)
        return f"[{text}]({url})" if url else text

    def resolved(part: str) -> str:
        part = _REFERENCE_LINK.sub(inline, part) if "][" in part else part
        return _SHORTCUT_LINK.sub(shortcut, part) if "[" in part else part

    out = [line if i in code or "[" not in line or _LINK_DEFINITION.match(line) else _outside_code_spans(line, resolved)
           for i, line in enumerate(lines)]
    # a definition every reference to it now shows inline goes
    return "\n".join("" if i not in code and (m := _LINK_DEFINITION.match(line) or _PLACEHOLDER_DEFINITION.match(line))
                     and " ".join(m.group("label").split()).casefold() in used else line
                     for i, line in enumerate(out)), {}


# a linked image split over blank lines, as WordPress exports write it: `[` / `![alt](img)` / `](https://…)`
_SPLIT_LINKED_IMAGE = re.compile(r"^[ \t]*\[[ \t]*\n(?:[ \t]*\n)*(?P<image>[ \t]*!\[[^\]\n]*\]\([^)\n]*\))[ \t]*\n"
                                 r"(?:[ \t]*\n)*[ \t]*\]\((?P<url>[^)\s]+)\)[ \t]*$", re.MULTILINE)


def _has_split_linked_images(body: str, suffix: str) -> bool:
    return "](" in body and bool(_SPLIT_LINKED_IMAGE.search(body))


def _split_linked_images(body: str) -> tuple[str, dict]:
    """`[` / `![alt](img)` / `](url)` -> `[![alt](img)](url)`, keeping the note's line count (the blank lines
    after it), so every later line still names its line in the file."""
    def joined(m: re.Match) -> str:
        return f"[{m.group('image').strip()}]({m.group('url')})" + "\n" * m.group(0).count("\n")
    return _SPLIT_LINKED_IMAGE.sub(joined, body), {}


# an emoji's shortcode, `:tada:`, `:+1:`, `:speaking_head::iphone:`: between spaces, punctuation or line ends, never
# inside `std::vector::push`, a time (`10:30:`) or a URL (`https://`)
_EMOJI_CODE = re.compile(r"(?<![\w:/])(?::(?=[a-z0-9_+\-]{0,39}[a-z])[a-z0-9_+\-]{1,40}:)+(?![\w/])")


# (a speed boundary: two colons around a word are looked for first, the lookbehind only where they are;
# the speed tests compare the answer with _EMOJI_CODE.search alone)
_COLON_WORD_COLON = re.compile(r":[a-z0-9_+\-]{1,40}:")


# `# ![1](01.png)`: a heading showing only a picture names no part of the note; it is the picture
_PICTURE_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<img>(?:!\[[^\]]*\]\([^)]*\)\s*)+)#*\s*$", re.MULTILINE)


def _has_picture_headings(body: str, suffix: str) -> bool:
    return "![" in body and bool(_PICTURE_HEADING.search(body))


def _picture_heading(line: str) -> str:
    m = _PICTURE_HEADING.match(line) if "![" in line else None
    return m.group("img").strip() if m else line


def _has_emoji_codes(body: str, suffix: str) -> bool:
    return ":" in body and bool(_COLON_WORD_COLON.search(body)) and bool(_EMOJI_CODE.search(body))


def _without_emoji_codes(line: str) -> str:
    """The line with its emoji shortcodes gone (and the spaces they leave at its end)."""
    if ":" not in line:
        return line
    out = _outside_code_spans(line, lambda part: _EMOJI_CODE.sub("", part))
    return out.rstrip() if out != line else line


# `<br/>` (or `</br>`) alone on a line: spacing between blocks. As an HTML block it would swallow the heading
# written on the next line, so it is a blank line
_BREAK_LINE = re.compile(r"^[ \t]*(?:<\s*/?\s*br\s*/?\s*>[ \t]*)+$", re.IGNORECASE | re.MULTILINE)


def _has_break_lines(body: str, suffix: str) -> bool:
    return "<" in body and bool(_BREAK_LINE.search(body))


def _break_lines(body: str) -> tuple[str, dict]:
    lines = body.split("\n")
    code = code_lines(lines, body)
    return "\n".join("" if i not in code and _BREAK_LINE.fullmatch(line) else line for i, line in enumerate(lines)), {}


# `Kansai.pm 第4回ミーティング<br>`: a page's text saved with the break that ended each of its lines
_ENDING_BREAK = re.compile(r"\s*<br\s*/?>\s*$", re.IGNORECASE)


def _has_ending_breaks(body: str, suffix: str) -> bool:
    said = [line for line in body.split("\n") if line.strip()]
    return len(said) >= 5 and sum(1 for line in said if _ENDING_BREAK.search(line)) * 3 >= len(said) * 2


def _ending_breaks(body: str) -> tuple[str, dict]:
    """Each line's closing `<br>` dropped (a line that was only one is blank), and the indent the first line was
    centred with: the lines as the page showed them."""
    lines = [_ENDING_BREAK.sub("", line) for line in body.split("\n")]
    return "\n".join(line.strip() if k == 0 else line for k, line in enumerate(lines)), {}


# `[Functional (Future) Ruby](talks/Functional_(Future)_Ruby.md)`: a link's address with balanced parentheses
# (CommonMark allows them); they are written %-encoded, so every later reading of `[text](url)` ends the address
# where the link ends
_PARENTHESISED_ADDRESS = re.compile(r"\]\((?P<u>[^()\s]*(?:\([^()\s]*\)[^()\s]*)+)\)")


def _has_parenthesised_addresses(body: str, suffix: str) -> bool:
    return "](" in body and bool(_PARENTHESISED_ADDRESS.search(body))


def _encoded_address(m: re.Match) -> str:
    return "](" + m.group("u").replace("(", "%28").replace(")", "%29") + ")"


_ORG_HEADING = re.compile(r"^(?P<stars>\*{1,5})\s+(?P<text>\S.*)$")
_ORG_LINK = re.compile(r"\[\[(?P<url>[^\]\s]+)\](?:\[(?P<text>[^\]]+)\])?\]")
_ORG_KEYWORD = re.compile(r"^(?P<k>[A-Z]{2,12})\s+(?=\S)")
_ORG_PRIORITY = re.compile(r"^\[#[A-C]\]\s+")
_ORG_TAGS_AFTER = re.compile(r"\s+:(?:[\w@#%]+:)+\s*$")
_ORG_TODO_SETTING = re.compile(r"^#\+(?:SEQ_|TYP_)?TODO:\s*(?P<v>.*)$", re.IGNORECASE | re.MULTILINE)


def _org_keywords(lines: list[str]) -> set[str]:
    """The task keywords a heading may open with: TODO and DONE, or those the file declares."""
    declared = {w for m in _ORG_TODO_SETTING.finditer("\n".join(lines)) for w in re.findall(r"[A-Z]{2,12}", m.group("v"))}
    return declared or {"TODO", "DONE"}


def _org_heading_text(text: str, keywords: set[str]) -> str:
    """A heading's words without its task keyword, priority and tags (`DONE [#A] Title   :talk:`), as org reads them:
    the keywords TODO and DONE, or those the file declares (`#+TODO: NEXT WAITING | DONE`); `NEXT generation parsers`
    in a file declaring none is a title's word."""
    m = _ORG_KEYWORD.match(text)
    if m and m.group("k") in keywords:
        text = text[m.end():]
    text = _ORG_PRIORITY.sub("", text)
    return _ORG_TAGS_AFTER.sub("", text) or text
_ORG_BLOCK = re.compile(r"^\s*#\+(?P<end>END|BEGIN)_(?:SRC|EXAMPLE)\b", re.IGNORECASE)


def _is_org(body: str, suffix: str) -> bool:
    return suffix == ".org"


def _org(body: str) -> tuple[str, dict]:
    """org-mode: `* Section` / `** Talk` headings as `##` / `###` (a note's own title is its `#+TITLE:`), and
    `[[url][text]]` links as Markdown links, tables with GFM's rule (`|---+---|` as `|---|---|`, one added under the first
    row of a table that has none); inside `#+BEGIN_SRC` … `#+END_SRC` nothing changes."""
    out, in_block = [], False
    lines = body.split("\n")
    keywords = _org_keywords(lines)
    for line in lines:
        block = _ORG_BLOCK.match(line)
        if block:
            in_block = block.group("end").upper() == "BEGIN"
            out.append("```")
            continue
        if not in_block:
            if (m := _ORG_HEADING.match(line)):
                # (a task's keyword and priority before the heading's words, `** DONE [#A] Title`, and its tags after
                # them, `Title   :talk:ruby:`, are org's, not the title's)
                text = _org_heading_text(m.group("text"), keywords) or m.group("text")
                line = "#" * (len(m.group("stars")) + 1) + " " + text
            if "[[" in line:
                line = _ORG_LINK.sub(lambda m: f"[{m.group('text') or m.group('url')}]({m.group('url')})", line)
            if _ORG_TABLE_RULE.match(line):
                line = line.replace("+", "|")  # (`|------+------|`: a table's rule, GFM's delimiter row)
            elif line.lstrip().startswith("|") and not (out and out[-1].lstrip().startswith("|")) \
                    and not any(_ORG_TABLE_RULE.match(l) for l in _table_lines(lines, len(out))):
                # (a table with no rule: its first row is read as the header, as org's exporters do)
                line += "\n" + re.match(r"\s*", line).group(0) + "|" + "---|" * max(1, line.strip().strip("|").count("|") + 1)
            if "~" in line or "=" in line:
                line = _ORG_CODE.sub(r"`\g<c>`", line)  # (`~hlint~`, `=verbatim=`: code, as `` `hlint` ``)
            if "::" in line and (item := _ORG_DESCRIPTION.match(line)):
                line = f"{item.group('lead')}{item.group('term')}: {item.group('desc')}"  # `- Where :: X` reads `- Where: X`
            elif _ORG_PLANNING.match(line):
                line = ""  # (`CLOSED: [2023-11-15 Wed 18:58]` under a task's heading: when the writer ticked it, no text;
                # a blank line keeps every later line's number)
        out.append(line)
    return "\n".join(out), {}


# an item of org's description list, `- Where :: Driftwood Labs`, and a task's planning line under its heading
_ORG_DESCRIPTION = re.compile(r"^(?P<lead>\s*[-+]\s+)(?P<term>[^:\n]{1,40}?)\s+::\s+(?P<desc>\S.*)$")
_ORG_PLANNING = re.compile(r"^\s*(?:(?:CLOSED|SCHEDULED|DEADLINE):\s*[<\[][^>\]]*[>\]]\s*)+$")


def _table_lines(lines: list[str], start: int) -> list[str]:
    """The lines of the table starting at `start` (each opening with a bar)."""
    end = start
    while end < len(lines) and lines[end].lstrip().startswith("|"):
        end += 1
    return lines[start:end]


_ORG_TABLE_RULE = re.compile(r"^\s*\|-[-+]*\|?\s*$")
_ORG_CODE = re.compile(r"(?<![\w~=])(?P<m>[~=])(?P<c>[^\s~=](?:[^~=\n]*?[^\s~=])?)(?P=m)(?![\w~=])")


_FENCE_OPENING = re.compile(r"^ {0,3}(?P<f>`{3,}|~{3,})(?P<info>.*)$")


def _has_fenced_line_ups(body: str, suffix: str) -> bool:
    """A cheap look: a dash between words and a fence somewhere (the rewrite reads each fenced block)."""
    return (" - " in body or " – " in body) and ("```" in body or "~~~" in body)


def _fenced_line_ups(body: str) -> tuple[str, dict]:
    """A fence with no language around one `Jane Doe - Title` a line, the writer's way of keeping a programme's
    layout (`Ben Okafor - Logging at Scale` … over 28 lines): the lines are a list, the fences blank lines. Only
    where the lines show the habit by themselves (bylines.names_first: two in three read name first). Every
    fenced block is walked opening to closing fence (same character, at least as long), so a block with a
    language, and whatever it holds, is never touched."""
    from . import bylines  # (the byline module reads people: it sits above the reading layer)
    lines = body.split("\n")
    for i, m, end in _fenced_blocks(lines):
        if end is None:
            break  # (an unclosed fence runs to the end: code)
        inner = [l for l in lines[i + 1:end] if l.strip()]
        if not m.group("info").strip() and len(inner) >= 3 and bylines.names_first(inner) is bylines.NAME_THEN_TITLE \
                and sum(1 for l in inner if bylines.NAME_THEN_TITLE.match(l.strip())) * 3 >= len(inner) * 2:
            lines[i] = lines[end] = ""
            lines[i + 1:end] = [f"- {l.strip()}" if l.strip() else "" for l in lines[i + 1:end]]
    return "\n".join(lines), {}


def _has_quoted_line_ups(body: str, suffix: str) -> bool:
    """A cheap look: a quoted line and a `by` somewhere (the rewrite reads each quote)."""
    return ("\n>" in body or body.startswith(">")) and " by " in body


# words saying a quote holds the programme: `## Speakers & Sessions`, `24 sessions in 4 tracks:` (never a DJ's set list,
# credits, awards or someone's words)
_OF_THE_PROGRAMME = re.compile(r"\b(?:sessions|talks|programme|program|agenda|schedule|line-?up|speakers|tracks)\b"
                               r"|セッション|発表|登壇|プログラム|タイムテーブル", re.IGNORECASE)
_AROUND_THE_TALKS = re.compile(r"\b(?:after|before|between|during|following)\s+(?:the\s+)?$", re.IGNORECASE)  # (`The DJ set after the talks:`)
_QUOTE_LINE = re.compile(r"^ {0,3}>\s?(?P<c>.*)$")
_BOLD_ALONE = re.compile(r"^(?:\*\*|__)[^*_]{2,60}(?:\*\*|__)$")


def _quoted_line_ups(body: str) -> tuple[str, dict]:
    """A quote holding a programme, one `Title by Jane Roe` a line (a track's name in bold among them): the writer's
    way of setting the line-up apart from the recap. Its lines become a list (the names bold lines), so the list's
    reader reads them. Only a quote of three such lines or more, two in three of its lines: a quoted paragraph
    (a speaker's words, a tweet) is never touched."""
    from . import bylines  # (the byline module reads people: it sits above the reading layer)
    lines = body.split("\n")
    i = 0
    while i < len(lines):
        if not _QUOTE_LINE.match(lines[i]):
            i += 1
            continue
        end = i  # (the quote runs on over blank lines to the next quoted line)
        j = i
        while j < len(lines) and (_QUOTE_LINE.match(lines[j]) or not lines[j].strip()):
            if _QUOTE_LINE.match(lines[j]):
                end = j
            j += 1
        inner = [m.group("c").strip() for k in range(i, end + 1) if (m := _QUOTE_LINE.match(lines[k])) and m.group("c").strip()]
        bylined = [c for c in inner if " by " in c and bylines.split_title_speaker(c, strict=True)[1]]
        lead = [line for line in lines[max(0, i - 8):i] if line.strip()][-3:]  # (what the writer says the quote is)
        if len(bylined) >= 3 and len(bylined) * 3 >= len(inner) * 2 \
                and all(c in bylined or _BOLD_ALONE.match(c) for c in inner) \
                and any((w := _OF_THE_PROGRAMME.search(line)) and not _AROUND_THE_TALKS.search(line[:w.start()]) for line in lead):
            for k in range(i, end + 1):
                m = _QUOTE_LINE.match(lines[k])
                content = m.group("c").strip() if m else ""
                lines[k] = f"- {content}" if content in bylined else content
        i = end + 1
    return "\n".join(lines), {}


# Hatena notation's own links: `[https://…:title=Text]`, `[https://…:embed:cite]`, `[https://…:bookmark]`, a photo
# `[f:id:user:20231118193012j:plain]`, the table of contents `[:contents]`
_HATENA_LINK = re.compile(r"\[(?P<url>https?://[^\s\[\]]+?)(?::title(?:=(?P<t>[^\]]*))?|:embed(?::cite)?|:bookmark|:image(?::[^\]]*)?)?\](?!\()")
_HATENA_BRACKET = re.compile(r"\[(?:f:id:[^\]\s]+|:contents|:contents:[^\]]*)\]")
_HATENA_NAME = re.compile(r"\[twitter:@(?P<h>\w+)\]|(?<![\w:/])id:(?P<i>[A-Za-z][\w-]{1,31})(?![\w:])")
_HATENA_FOOTNOTE = re.compile(r"\(\((?!\()[^()]{1,200}\)\)")
_HATENA_HEADING_LINE = re.compile(r"(?m)^\*{1,3}[^\s*][^*\n]*$")  # (no second `**`: `**Venue:** …` is Markdown's bold)
_HATENA_ITEM = re.compile(r"^(?P<marks>-{1,3}|\+{1,3})(?=[^\s\-+])(?P<text>.*)$")


def _has_hatena_notation(body: str, suffix: str) -> bool:
    return ":title=" in body or "[f:id:" in body or "[:contents" in body or (
        "[http" in body and bool(_HATENA_HEADING_LINE.search(body)) and bool(_HATENA_LINK.search(body)))


def _hatena_notation(body: str) -> tuple[str, dict]:
    """はてな記法's links and lists in Markdown: `[url:title=Text]` -> `[Text](url)`, a bare `[url]` -> the address, a
    photo and the table of contents dropped, and (in a note written in Hatena notation, its `*` headings) `-item`,
    `--item`, `+item` as list items. Only the notation's own brackets (an address first) are touched: `[Text](url)`
    and `[1]` are Markdown's and stay."""
    hatena_lists = bool(_HATENA_HEADING_LINE.search(body))

    def link(m: re.Match) -> str:
        text = (m.group("t") or "").strip()
        return f"[{text}]({m.group('url')})" if text else m.group("url")

    def line(text: str) -> str:
        text = _HATENA_BRACKET.sub("", _HATENA_LINK.sub(link, text)) if "[" in text else text
        if hatena_lists:  # (the notation's id and Twitter names are handles; `((…))` is a footnote)
            text = _HATENA_FOOTNOTE.sub("", _HATENA_NAME.sub(lambda m: "@" + (m.group("h") or m.group("i")), text))
        item = _HATENA_ITEM.match(text) if hatena_lists else None
        if item:
            depth = len(item.group("marks")) - 1
            mark = "-" if item.group("marks")[0] == "-" else "1."
            return f"{'  ' * depth}{mark} {item.group('text')}"
        return text

    return _outside_code(line)(body)


# an HTML disclosure block on lines of its own (Notion's toggles, GitHub's and Hugo's `<details>`): `<details>`,
# `<summary>Title</summary>` (or both on one line), the body, `</details>`
_DETAILS_OPEN = re.compile(r"^\s*<details\b[^>]*>\s*(?:<summary\b[^>]*>(?P<s>.*?)</summary>\s*)?$", re.IGNORECASE)
_SUMMARY_LINE = re.compile(r"^\s*<summary\b[^>]*>(?P<s>.*?)</summary>\s*$", re.IGNORECASE)
_DETAILS_CLOSE = re.compile(r"^\s*</details>\s*$", re.IGNORECASE)
_SUMMARY_ANYWHERE = re.compile(r"<summary\b[^>]*>(?P<s>.*?)</summary>", re.IGNORECASE)
_SLOT_TIME = re.compile(r"^\d{1,2}\s*[:：.]\s*\d{2}")


def _has_details_blocks(body: str, suffix: str) -> bool:
    """Two disclosure blocks or more whose summaries read as a programme's entries (a time, a quoted title, a byline):
    toggles for a FAQ, a code sample or a photo are left to the HTML reader."""
    if not ("<details" in body and "</details>" in body and "<summary" in body):
        return False
    from . import bylines  # (the byline module reads people: it sits above the reading layer)
    summaries = [_strip_tags(m.group("s")).strip() for m in _SUMMARY_ANYWHERE.finditer(body)]
    return sum(1 for t in summaries if _SLOT_TIME.match(t) or "“" in t or "「" in t or '"' in t
               or bylines.split_title_speaker(t, strict=True)[1]) >= 2


def _details_blocks(body: str) -> tuple[str, dict]:
    """Each disclosure block as a section: its summary a heading one level below the heading it sits under (a toggle
    under `## Schedule + notes` is a `###`), its body the section's text; the tags themselves go. Blocks in code stay."""
    lines = body.split("\n")
    code = code_lines(lines, body)
    level = 2
    open_at: int | None = None
    for i, line in enumerate(lines):
        if i in code:
            continue
        if (heading := _ATX_HEADING.match(line)) and open_at is None:
            level = len(heading.group("marks"))
        elif (m := _DETAILS_OPEN.match(line)):
            summary = _strip_tags(m.group("s") or "").strip()
            lines[i] = "#" * min(level + 1, 6) + " " + summary if summary else ""
            open_at = i
        elif open_at is not None and (m := _SUMMARY_LINE.match(line)) and not lines[open_at].strip():
            summary = _strip_tags(m.group("s")).strip()
            lines[i] = "#" * min(level + 1, 6) + " " + summary if summary else ""
        elif _DETAILS_CLOSE.match(line):
            lines[i] = ""
            open_at = None
    return "\n".join(lines), {}


def _strip_tags(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


def _fenced_blocks(lines: list[str]):
    """Each fenced block, walked opening to closing fence (same character, at least as long, no info string):
    (the opening's line, its match, the closing's line, or None for a fence left open, which runs to the end).
    A caller may rewrite the lines of a block as it goes, keeping their number."""
    i = 0
    while i < len(lines):
        m = _FENCE_OPENING.match(lines[i])
        if not m:
            i += 1
            continue
        fence = m.group("f")
        end = next((j for j in range(i + 1, len(lines))
                    if (c := _FENCE_OPENING.match(lines[j])) and c.group("f")[0] == fence[0]
                    and len(c.group("f")) >= len(fence) and not c.group("info").strip()), None)
        yield i, m, end
        if end is None:
            return
        i = end + 1


# an ATX heading: its marks and its text
_ATX_HEADING = re.compile(r"^ {0,3}(?P<marks>#{1,6})\s+(?P<t>\S.*?)\s*#*\s*$")


def _has_fences(body: str, suffix: str) -> bool:
    return "```" in body or "~~~" in body


def _stray_fences(body: str) -> tuple[str, dict]:
    """A fence that never closes, where the note goes on past it with headings of the levels its talks were
    headed at before it (`#### Name, Title` … a stray ```` ``` ```` … `#### Name, Title`): a mark left behind
    when the writer pasted code, not code running to the end of the note. CommonMark reads the rest of the
    note as code; a person reads on. The stray fence sits right under a line of text, as if closing a block; a
    fence naming its language, one after a blank line or a lead-in's colon, and one over code whose comments are
    not of the levels the note's headings were (a shell script's `# step`) open code."""
    lines = body.split("\n")
    for i, m, end in _fenced_blocks(lines):
        if end is not None:
            continue
        above = lines[i - 1].strip() if i else ""
        if not above or above.endswith((":", "：")):
            break  # (a fence after a blank line, or a lead-in's colon, opens code the writer meant)
        code = code_lines(lines[:i], "\n".join(lines[:i]))
        before = {len(h.group("marks")) for k, line in enumerate(lines[:i])
                  if k not in code and (h := _ATX_HEADING.match(line)) and len(h.group("marks")) >= 2}
        after = [len(h.group("marks")) for line in lines[i + 1:] if (h := _ATX_HEADING.match(line))]
        if not m.group("info").strip() and sum(1 for level in after if level in before) >= 2:
            lines[i] = ""
            return "\n".join(lines), {}
        break
    return body, {}


# --- lines listed without marks under a talks heading ---------------------------------------------------------------

_SETEXT_RULE = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
_LISTED_LINE = re.compile(r"^(?![ \t]|[-*+>|<#!\[]|\d+[.)]\s)[^\n]{3,100}$")


# a heading (ATX or setext), then three lines or more with no mark opening them
_HEADING_OVER_BARE_LINES = re.compile(r"^(?:#{1,6}[ \t][^\n]*|[^\n]+\n(?:=+|-+)[ \t]*)\n(?:[ \t]*\n)*"
                                      r"(?:(?![ \t]|[-*+>|<#!\[])[^\n]{3,100}\n){2}(?![ \t]|[-*+>|<#!\[])[^\n]{3,100}",
                                      re.MULTILINE)


def _has_unmarked_lists(body: str, suffix: str) -> bool:
    return bool(_HEADING_OVER_BARE_LINES.search(body))


def _unmarked_lists(body: str) -> tuple[str, dict]:
    """`Talks I Attended` over a paragraph of one title a line (no bullets: `A Snake in the Bits` / `Floats are
    Friends` / …, three lines or more): the lines are the list a person sees, so each becomes an item. Only under a
    heading that holds talks (sections.container_kind), and only where no line reads as a sentence (a full stop or
    a comma closing it) or wraps into the next (a line opening in lowercase)."""
    from .sections import container_kind  # (the sections module reads the model's vocabulary, above the dialects)
    lines = body.split("\n")
    headed = [i for i, line in enumerate(lines) if line[:1] in "# " and _ATX_HEADING.match(line) or line.strip()
              and i + 1 < len(lines) and lines[i + 1][:1] in "=-" and _SETEXT_RULE.match(lines[i + 1])]
    if not headed:
        return body, {}
    code = code_lines(lines, body)
    for i in headed:
        line = lines[i]
        atx = _ATX_HEADING.match(line)
        heading = atx.group("t") if atx else line.strip()
        if i in code or container_kind(heading) is None:
            continue
        start = i + 1 if atx else i + 2
        while start < len(lines) and not lines[start].strip():
            start += 1
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        block = lines[start:end]
        if len(block) >= 3 and not any(k in code for k in range(start, end)) and all(
                _LISTED_LINE.match(l.rstrip()) and not l.rstrip().endswith((".", "。", ",", "、", ":", "：", ";"))
                and not l.lstrip()[:1].islower() for l in block):
            lines[start:end] = ["- " + l.strip() for l in block]
    return "\n".join(lines), {}


# a list item closing on a colon (`* 12:00pm: Lightning Talks! Our presenters are:`), the lines set under it each an
# entry that opens with a bold name and a dash (`    **Jane Roe** - Topic,`)
_ITEM_LEAD = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d{1,3}[.)])\s+\S.*[:：]\s*$")
_ENTRY_UNDER_LEAD = re.compile(r"^\s+(?:\*\*|__)[^*_\n]{2,60}(?:\*\*|__)\s*[-–—:]\s+\S")


def _has_entries_under_an_item(body: str, suffix: str) -> bool:
    return ("**" in body or "__" in body) and (":\n" in body or "：\n" in body)


def _entries_under_an_item(body: str) -> tuple[str, dict]:
    """Entries a writer set a line each under a list item's lead (`* 12:00pm: Our presenters are:` over
    `    **Jane Roe** - Topic,`), as `_unmarked_lists` reads lines under a talks heading: Markdown joins them to the
    item's text as wrapped lines, but the writer listed them; each becomes an item of a list nested in the item (two
    entries at least, one a line, nothing else under the lead)."""
    lines = body.split("\n")
    out = list(lines)
    for i, line in enumerate(lines):
        if not (m := _ITEM_LEAD.match(line)):
            continue
        j = i + 1
        while j < len(lines) and _ENTRY_UNDER_LEAD.match(lines[j]):
            j += 1
        if j - i - 1 >= 2 and (j == len(lines) or not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) <= len(m["indent"])):
            for k in range(i + 1, j):
                out[k] = f"{m['indent']}    - {lines[k].strip().rstrip(',')}"
    return "\n".join(out), {}


# --- list items wrapped over lines -----------------------------------------------------------

_ITEM_OPENING = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d+[.)])(?P<gap>\s+)\S")


def _open_link(text: str) -> bool:
    """Whether a line leaves a link unclosed: a `[` without its `]`, or a `](` without its `)`."""
    return text.count("[") > text.count("]") or text.count("](") > 0 and text.rfind("](") > text.rfind(")")


# an item long enough to have reached a wrap column, and an indented line going on under it
_LONG_ITEM_GOING_ON = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S[^\n]{33,}\n[ \t]{2,}(?!(?:[-*+]|\d+[.)])\s)\S",
                                 re.MULTILINE)
# an item with a link's bracket or address left open at its end (_open_link reads it exactly)
_ITEM_LINK_OPEN = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+[^\n]*(?:\[[^\]\n]*|\]\([^)\n]*)$", re.MULTILINE)


def _has_wrapped_items(body: str, suffix: str) -> bool:
    return "\n" in body and bool(_LONG_ITEM_GOING_ON.search(body) or "[" in body and _ITEM_LINK_OPEN.search(body))


_LINK_TARGET = re.compile(r"\]\([^)\s]*\)")
_BLOCK_START = re.compile(r"^\s*(?:#|>|\||<|```|~~~|(?:[-*+]|\d+[.)])\s)")


def _shown_length(line: str) -> int:
    """A line's length as the writer saw it wrap: a link's address (added by a converter) left out."""
    return len(_LINK_TARGET.sub("]", line.rstrip()))


def _went_on(line: str, below: str, width: int) -> bool:
    """Whether `below` continues `line` as an editor's fill wraps it: `line` reached the wrap column and the next
    word would not have fitted on it (a short name under a long item would have), and `below` is neither a
    person (`Jane Doe (Acme Corp)` under a timed title) nor carries a bare address (`(https://…pdf)`)."""
    from . import people  # (the people module reads names: it sits above the reading layer)
    word = below.split()[0] if below.split() else ""
    return _shown_length(line) >= width - 15 and _shown_length(line) + 1 + len(word) > width \
        and not _URL.search(_LINK_TARGET.sub("]", below)) and not people.looks_like_people(below.strip(), strict=True)


def _wrap_width(lines: list[str], code: set[int]) -> int | None:
    """The column a hard-wrapped note (pandoc, an editor's fill, reStructuredText) breaks its lines at: the lines
    a paragraph goes on after, three or more, most of them within a few columns of the longest (50 to 100).
    None for a note whose lines end where its sentences do."""
    ended = [_shown_length(lines[i]) for i in range(len(lines) - 1)
             if i not in code and lines[i].strip() and lines[i + 1].strip() and not _BLOCK_START.match(lines[i + 1])
             and not _BLOCK_START.match(lines[i]) and lines[i].isascii()]
    if len(ended) < 3:
        return None
    width = max(ended)
    near = sum(1 for n in ended if n >= width - 15)
    return width if 50 <= width <= 100 and near >= 3 and near * 3 >= len(ended) * 2 else None


def _wrapped_items(body: str) -> tuple[str, dict]:
    """A list item whose link breaks over lines (`-   [R Basics by` over `    kilometer](https://…)`, as pandoc
    wraps Markdown at 72 columns) is one line again; the lines it took stay as blank lines, so every later line keeps
    its number. Only while a link is open: a wrapped sentence in an item reads the same either way."""
    lines = body.split("\n")
    code = code_lines(lines, body)
    width: int | None = -1  # (measured when an item long enough to have wrapped is met)
    i = 0
    while i < len(lines):
        m = _ITEM_OPENING.match(lines[i]) if i not in code else None
        open_link = bool(m) and "[" in lines[i] and _open_link(lines[i])
        # (in a hard-wrapped note, an item reaching the wrap column goes on in the indented lines under it:
        # `-  Simon Law: Cygwinreg -- Using the Windows registry from` over `   Cygwin (slides)`)
        if m and not open_link and width == -1 and len(lines[i]) >= 35 and i + 1 < len(lines) and lines[i + 1].strip():
            width = _wrap_width(lines, code)
        wrapped = bool(m) and not open_link and width not in (None, -1) and _shown_length(lines[i]) >= width - 15
        if not open_link and not wrapped:
            i += 1
            continue
        column = len(m.group("indent")) + 1 + len(m.group("gap"))
        joined, j = lines[i].rstrip(), i + 1
        while j < len(lines) and j not in code and lines[j].strip() and not _ITEM_OPENING.match(lines[j]) \
                and not _BLOCK_START.match(lines[j]) and len(lines[j]) - len(lines[j].lstrip()) >= column \
                and (_open_link(joined) if open_link else _went_on(lines[j - 1], lines[j], width)) and j - i <= 4:
            joined += " " + lines[j].strip()
            j += 1
        # (a link only where the lines joined close it: `Half-open intervals [0, 1) by Ingrid` opens none)
        if j > i + 1 and (wrapped or not _open_link(joined) and "](" in joined[lines[i].rfind("["):]):
            lines[i:j] = [joined] + [""] * (j - i - 1)
        i = j
    return "\n".join(lines), {}


# an item's line broken after a word and one space, its text going on at the line's start (a lazy continuation line):
# `  - Keynote: Using Diversity as a Source of Scientific Innovation for the ` over `Webの紹介`
_ITEM_BROKEN_AFTER_SPACE = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S[^\n]*[^\s.。:：!！?？] \n(?![ \t\n])", re.MULTILINE)


def _has_items_broken_after_a_space(body: str, suffix: str) -> bool:
    # (Markdown's lazy continuation: a plain text's next line is a line of its own)
    return suffix not in (".txt", ".text") and " \n" in body and bool(_ITEM_BROKEN_AFTER_SPACE.search(body))


def _items_broken_after_a_space(body: str) -> tuple[str, dict]:
    """The item's line and the one going on under it joined; the second left blank, so every line keeps its number.
    One space before the break is a wrap (two are Markdown's line break, and a sentence's end ends the item), where
    the item's line is long (it reached the editor's wrap) and what goes on is the short rest of a phrase closing the
    paragraph: never a labelled line (`会場: …`, `Slides: …`), a bold line or a sentence of its own."""
    lines = body.split("\n")
    code = code_lines(lines, body)
    for i in range(len(lines) - 1):
        if i in code or i + 1 in code or not _ITEM_BROKEN_AFTER_SPACE.match(lines[i] + "\n" + lines[i + 1]):
            continue
        below = lines[i + 1]
        closing = i + 2 >= len(lines) or not lines[i + 2].strip() or bool(_ITEM_OPENING.match(lines[i + 2]))
        if not below.strip() or _BLOCK_START.match(below) or _ITEM_OPENING.match(below) or len(below.strip()) > 40 \
                or _shown_length(lines[i]) < 50 or not closing or re.search(r"[:：]|^\s*(?:\*\*|__)|[.。!！?？]\s*$", below):
            continue
        lines[i], lines[i + 1] = lines[i].rstrip() + ("" if _CJK_START.match(below) else " ") + below.strip(), ""
    return "\n".join(lines), {}


_CJK_START = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


# `10h - 10h50 : Title`, `9h30–10h`: a slot's times as French and other European notes write them, at a line's start
# (or a slot's start alone with its minutes, before the title: `* 09h30 - Title`)
_H_CLOCK_RANGE = re.compile(r"^(?P<lead>\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?)(?P<h1>[012]?\d)h(?P<m1>[0-5]\d)?"
                            r"(?:(?P<sep>\s*[-–—~〜]\s*)(?P<h2>[012]?\d)h(?P<m2>[0-5]\d)?(?![\w:])"
                            r"|(?<=\dh\d\d)(?=\s*[-–—:]\s+\S))", re.MULTILINE)


_DIGIT_THEN_H = re.compile(r"\dh")


# a programme set in two text columns, the slots' times and the talks, a bar between: `10:00-11:00 | Title - Name`,
# then `            | Title - Name` (another talk at that hour) or `            | 概要: …` (the talk's abstract)
_COLUMN_SLOT = re.compile(r"^(?P<time>[ \t]*" + CLOCK_RANGE + r")[ \t]+(?P<bar>[|｜])[ \t]*(?P<text>\S.*)$", re.IGNORECASE)
_COLUMN_GOES_ON = re.compile(r"^(?P<pad>[ \t]+)(?P<bar>[|｜])[ \t]*(?P<text>\S.*)$")
_COLUMN_GOES_ON_ANYWHERE = re.compile(r"^[ \t]+[|｜][ \t]*\S", re.MULTILINE)
# a field of the talk above in its column: `概要: …`, `Abstract: …`
_COLUMN_FIELD = re.compile(r"^[^\s:：|｜]{1,12}[:：]")


def _has_column_programme(body: str, suffix: str) -> bool:
    """Three timed slots at least, and a line going on in the talks' column under one of them (its bar under theirs):
    never a Markdown table, whose rows open with a bar, nor one timed line with a bar."""
    if ("|" not in body and "｜" not in body) or not _COLUMN_GOES_ON_ANYWHERE.search(body):
        return False  # (no line going on in a column: most notes, tables or not, are done here)
    lines = body.split("\n")
    slots = [(i, m.start("bar")) for i, line in enumerate(lines) if (m := _COLUMN_SLOT.match(line))]
    if len(slots) < 3:
        return False
    bars = {bar for _, bar in slots}
    return any((m := _COLUMN_GOES_ON.match(line)) and m.start("bar") in bars for line in lines)


def _column_programme(body: str) -> tuple[str, dict]:
    """Each slot a timed list item (`- 10:00-11:00 Title - Name`), each talk going on in its column at the same hour one
    more, and a field of the talk above (`概要: …`) nested under it: same lines, so every line keeps its number."""
    lines = body.split("\n")
    out = list(lines)
    time, bar = None, None
    for i, line in enumerate(lines):
        if (m := _COLUMN_SLOT.match(line)):
            time, bar = m.group("time").strip(), m.start("bar")
            out[i] = f"- {time} {m.group('text')}"
        elif time and (m := _COLUMN_GOES_ON.match(line)) and m.start("bar") == bar:
            text = m.group("text")
            out[i] = f"  {text}" if _COLUMN_FIELD.match(text) else f"- {time} {text}"
        elif line.strip():
            time = None
    return "\n".join(out), {}


def _has_h_clocks(body: str, suffix: str) -> bool:
    """Two slots so written at least (one may be anything), each starting in the day's hours (7h or later) and the
    day going forward from one to the next: never a list of estimates (`4h - 6h : migrate the schema`)."""
    if not _DIGIT_THEN_H.search(body):
        return False  # (`10h`: a digit before an h, which most notes never write)
    starts = [int(m.group("h1")) * 60 + int(m.group("m1") or 0) for m in _H_CLOCK_RANGE.finditer(body)]
    return len(starts) >= 2 and all(7 * 60 <= t < 24 * 60 for t in starts) \
        and sum(1 for a, b in zip(starts, starts[1:]) if b < a) <= max(0, len(starts) // 4)


def _h_clock(m: re.Match) -> str:
    def clock(h: str, mm: str | None) -> str:
        return f"{int(h)}:{mm or '00'}"
    if int(m.group("h1")) > 23 or m.group("h2") is not None and int(m.group("h2")) > 23:
        return m.group(0)
    if m.group("h2") is None:  # (a start alone: `09h30 - Title`)
        return f"{m.group('lead')}{clock(m.group('h1'), m.group('m1'))}"
    return f"{m.group('lead')}{clock(m.group('h1'), m.group('m1'))}{m.group('sep')}{clock(m.group('h2'), m.group('m2'))}"


# MediaWiki: `== Schedule ==`, bold in three quotes, `[[Page|text]]`, `[https://… text]`, `{| class="wikitable"` tables, an
# infobox template opening the page (`{{Event |name=… |date=… |location=…}}`) and `[[Category:…]]` links
_WIKI_HEADING = re.compile(r"^(?P<eq>={2,6})\s*(?P<t>[^=].*?)\s*(?P=eq)\s*$")
_WIKI_INTERNAL = re.compile(r"\[\[(?!Category:|File:|Image:)(?P<target>[^\[\]|]+)(?:\|(?P<text>[^\[\]]+))?\]\]")
_WIKI_EXTERNAL = re.compile(r"(?<!\[)\[(?P<url>https?://[^\s\]]+)(?:\s+(?P<text>[^\]]+))?\](?!\])")
_WIKI_CATEGORY = re.compile(r"^\s*\[\[Category:(?P<c>[^\]|]+)(?:\|[^\]]*)?\]\]\s*$")
_WIKI_BOLD = re.compile(r"'{3}(?P<t>.+?)'{3}")
_WIKI_ITALIC = re.compile(r"'{2}(?P<t>.+?)'{2}")
_WIKI_FIELD = re.compile(r"^\|\s*(?P<k>[\w ]+?)\s*=\s*(?P<v>.*)$")
_WIKI_ITEM = re.compile(r"^(?P<m>[*#]+)\s*(?P<t>.*)$")
# the infobox's fields a reader takes as the event's facts
_WIKI_INFOBOX_KEYS = {"name": "title", "title": "title", "date": "event_date", "location": "venue", "venue": "venue",
                      "place": "venue", "url": "event_url", "website": "event_url", "hashtag": "hashtags", "hashtags": "hashtags"}
# a date template as an infobox writes its day: `{{start date|2031|09|23|df=y}}`, `{{Start date and age|2031|9|23}}`
_WIKI_DATE_TEMPLATE = re.compile(r"\{\{\s*(?:start|end)[ _]date(?:[ _]and[ _]age)?\s*\|\s*(?P<y>\d{4})\s*\|\s*(?P<m>\d{1,2})\s*\|\s*(?P<d>\d{1,2})"
                                 r"[^{}]*\}\}", re.IGNORECASE)
# an infobox of a person, a company, a place or a thing: its name and website are no event's
_WIKI_NO_EVENTS_TEMPLATE = re.compile(r"\{\{\s*infobox[ _]+(?:person|people|speaker|scientist|engineer|company|software|book|"
                                      r"building|venue|place|settlement|university|school|programming[ _]language)\b",
                                      re.IGNORECASE)
# a template on a line of its own (`{{Event navbox|prev=…}}`), a magic word (`__TOC__`), a footnote (`<ref>…</ref>`)
_WIKI_ONE_LINE_TEMPLATE = re.compile(r"^\s*\{\{[^{}]*\}\}\s*$")
_WIKI_MAGIC_WORD = re.compile(r"^\s*__[A-Z]+__\s*$")
_WIKI_REF = re.compile(r"<ref(?:\s[^>]*)?>.*?</ref>|<ref(?:\s[^>]*)?/>", re.IGNORECASE)
# a table cell's attributes before its text: `colspan="2" | Welcome`, `style="…" | Title`
_WIKI_CELL_ATTRIBUTES = re.compile(r"^\s*(?:[a-z-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|\S+)\s*)+\|(?!\|)\s*", re.IGNORECASE)


def _is_mediawiki(body: str, suffix: str) -> bool:
    if suffix not in (".txt", ".wiki", ".mediawiki", ".text"):
        return False
    headings = len(re.findall(r"^==[^=].*[^=]==\s*$", body, re.MULTILINE))
    return headings >= 1 and ("'" * 3 in body or "[[" in body or "{|" in body)


def _wiki_inline(text: str) -> str:
    text = _WIKI_INTERNAL.sub(lambda m: (m.group("text") or m.group("target").split("/")[-1]).strip(), text)
    text = _WIKI_EXTERNAL.sub(lambda m: f"[{m.group('text').strip()}]({m.group('url')})" if m.group("text")
                              else m.group("url"), text)
    return _WIKI_ITALIC.sub(r"*\g<t>*", _WIKI_BOLD.sub(r"**\g<t>**", text))


def _wiki_item(marks: str, bulleted: bool, text: str) -> str:
    """A wiki's list item (`**`, `--`, `##`: the marks doubled for each level) as a Markdown item nested as deep."""
    return "  " * (len(marks) - 1) + ("- " if bulleted else "1. ") + text


def _markdown_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A table's header and rows as Markdown's, each row as wide as the widest (a wiki's table, a spreadsheet's grid)."""
    width = max([len(header)] + [len(r) for r in rows])
    if not width:
        return []
    head = header or [""] * width
    return ["| " + " | ".join(head + [""] * (width - len(head))) + " |", "|" + "---|" * width] + [
        "| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]


def _mediawiki(body: str) -> tuple[str, dict]:
    """A MediaWiki page as Markdown: headings, bold and italics, links, lists, tables (`!` header cells, `|-` between
    rows, `||` between cells); the infobox template opening it (`{{Event |name=… |date=…}}`) and its categories as
    front matter; a gallery is pictures alone."""
    front: dict[str, Any] = {}
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines) and _WIKI_ONE_LINE_TEMPLATE.match(lines[i]):
        out.append("")  # (a navigation box over the page, `{{Event navbox|prev=…}}`)
        i += 1
    # (an event's or a group's infobox, `{{Infobox event`, `{{Event`; a person's, a company's or a place's names no event)
    about_an_event = i < len(lines) and not _WIKI_NO_EVENTS_TEMPLATE.match(lines[i])
    if i < len(lines) and lines[i].startswith("{{"):
        while i < len(lines):
            line = lines[i].strip()
            field = _WIKI_FIELD.match(line)
            value = _WIKI_DATE_TEMPLATE.sub(lambda d: f"{d['y']}-{int(d['m']):02d}-{int(d['d']):02d}", field.group("v").strip()) \
                if field else ""
            if field and about_an_event and (key := _WIKI_INFOBOX_KEYS.get(field.group("k").lower())) and value:
                link = _WIKI_EXTERNAL.search(value) if key == "event_url" else None  # (`[https://… site.org]`: its address)
                front.setdefault(key, link.group("url") if link else _wiki_inline(value))
            out.append("")
            i += 1
            if line.endswith("}}") and (not field or line.count("}}") > line.count("{{")):  # (not a field's own template)
                break
    table: tuple[list[str], list[list[str]]] | None = None  # (header, rows) of the table being read
    in_gallery = False
    for line in lines[i:]:
        line = _WIKI_REF.sub("", line) if "<ref" in line else line
        stripped = line.strip()
        if _WIKI_MAGIC_WORD.match(stripped):
            out.append("")
            continue
        if stripped.startswith("<gallery") or in_gallery:
            in_gallery = "</gallery>" not in stripped
            continue
        if (cat := _WIKI_CATEGORY.match(line)):
            front.setdefault("categories", []).append(cat.group("c").strip())
        elif stripped.startswith("{|"):
            table = ([], [])
        elif table is not None and stripped.startswith("|}"):
            out.extend(_markdown_table(table[0], [r for r in table[1] if r]))
            table = None
        elif table is not None and stripped.startswith("!"):
            table[0][:] = [_wiki_inline(c.strip()) for c in stripped[1:].split("!!")]
        elif table is not None and stripped.startswith("|-"):
            table[1].append([])
        elif table is not None and stripped.startswith("|"):
            if not table[1]:
                table[1].append([])
            table[1][-1].extend(_wiki_inline(_WIKI_CELL_ATTRIBUTES.sub("", c).strip()).replace("|", "/")
                                for c in stripped[1:].split("||"))
        elif (h := _WIKI_HEADING.match(line)):
            out.append("#" * len(h.group("eq")) + " " + _wiki_inline(h.group("t")))
        elif (item := _WIKI_ITEM.match(line)):
            out.append(_wiki_item(item.group("m"), item.group("m")[-1] == "*", _wiki_inline(item.group("t"))))
        else:
            out.append(_wiki_inline(line))
    return "\n".join(out), front


# PukiWiki (Japanese community wikis): `*Heading [#anchor]`, `-item` lists, `[[text>url]]` links, `''bold''`, `|a|b|h`
# header rows, `#contents`-style directives alone on a line, `~` ending a line for a break
_PUKI_HEADING = re.compile(r"^(?P<stars>\*{1,3})\s*(?P<t>[^*].*?)\s*$")
_PUKI_DIRECTIVE = re.compile(r"^#[a-z_]+(?:\(.*\))?(?:\{\{?)?\s*$")
_PUKI_ITEM = re.compile(r"^(?P<m>[-+]{1,3})(?!-)\s*(?P<t>\S.*)$")
_PUKI_LINK = re.compile(r"\[\[(?P<text>[^\[\]>:]+?)(?:[>:](?P<target>[^\[\]]+?))?\]\]")
_PUKI_BOLD = re.compile(r"''(?!')(?P<t>.+?)''")
_PUKI_ANCHOR = re.compile(r"\s*\[#[A-Za-z0-9_-]{4,}\]\s*$")


def _is_marp_deck(body: str, suffix: str) -> bool:
    if suffix not in (".md", ".markdown") or len(_SLIDE_BREAK.findall(body)) < 2 or not _MARP_MARK.search(body):
        return False
    prose = _outside_code_text(body)  # (a post showing a Marp deck in a code block is no deck)
    return len(_SLIDE_BREAK.findall(prose)) >= 2 and bool(_MARP_MARK.search(prose))


def _outside_code_text(body: str) -> str:
    lines = body.split("\n")
    code = code_lines(lines, body)
    return "\n".join("" if k in code else line for k, line in enumerate(lines)) if code else body


def _slides(body: str) -> list[str]:
    """The deck's slides: the text between `---` lines outside code blocks."""
    lines = body.split("\n")
    code = code_lines(lines, body)
    slides, current = [], []
    for k, line in enumerate(lines):
        if k not in code and _SLIDE_BREAK.fullmatch(line):
            slides.append("\n".join(current))
            current = []
        else:
            current.append(line)
    return slides + ["\n".join(current)]


# what only a Marp (or Marpit) deck writes: a directive in a comment (`<!-- _class: lead -->`, `<!-- paginate: true -->`)
# or a background image (`![bg right:35%](…)`)
_MARP_MARK = re.compile(r"<!--\s*_?(?:class|paginate|footer|header|backgroundColor|backgroundImage|color|theme)\s*:"
                        r"|!\[bg(?:\s[^\]]*)?\]\(")
_SLIDE_BREAK = re.compile(r"^---\s*$", re.MULTILINE)
_BACKGROUND = re.compile(r"!\[bg(?:\s[^\]]*)?\]\([^)]*\)")


def _marp_deck(body: str) -> tuple[str, dict]:
    """A Marp deck as one note: its directives, speaker notes (comments) and background images dropped; the slides
    joined, the first slide's top heading the deck's, each later slide's top heading one level down (`# Talks` on
    slide 5 is a section of the deck titled on slide 1)."""
    slides = _slides(_HTML_COMMENT.sub("", body))
    out = []
    for k, slide in enumerate(slides):
        slide = _BACKGROUND.sub("", slide)
        if k and any(re.match(r"#\s", line) for line in slide.split("\n")) and any(
                re.match(r"#\s", line) for part in slides[:k] for line in part.split("\n")):
            slide = re.sub(r"^(#+)(?=\s)", r"#\1", slide, flags=re.MULTILINE)
        out.append(slide.strip("\n"))
    return "\n\n".join(part for part in out if part.strip()), {}


def _is_dokuwiki(body: str, suffix: str) -> bool:
    if suffix not in (".txt", ".wiki", ".dokuwiki", ".text"):
        return False
    if not _DOKU_HEADING.search(body):
        return False
    kinds_seen = {m.lastgroup for m in _DOKU_MARK.finditer(body)}  # (two kinds of DokuWiki's marks, not one twice)
    return len(kinds_seen) >= 2 and not _MEDIAWIKI_MARK.search(body)


# `====== Title ======` (six marks the page's top heading, two the fifth level)
_DOKU_HEADING = re.compile(r"^(?P<m>={2,6})\s*(?P<t>[^=\n].*?)\s*(?P=m)\s*$", re.MULTILINE)
# what only DokuWiki writes: `~~NOTOC~~`, `{{tag>…}}`, a table's `^ header ^`, `[[url|text]]`, `<WRAP …>`, a list item
# indented two spaces, `//italic//` between words
# (never MediaWiki's own: `[[Page|text]]` links, bold in three quotes, `{|` tables, `{{templates}}`)
_DOKU_MARK = re.compile(r"(?P<notoc>~~NO(?:TOC|CACHE)~~)|(?P<tag>\{\{tag>)|(?P<th>^\^[^\n]*\^\s*$)|(?P<wrap></?WRAP\b)"
                        r"|(?P<item>^ {2,}[*-] \S)|(?P<italic>(?:^|(?<=\s))//\w[^/\n]{0,80}\w//)", re.MULTILINE)
_MEDIAWIKI_MARK = re.compile(r"'''|^\{\||\{\{(?!tag>|\s*:|[^{}|\n]*\.(?:png|jpe?g|gif|svg|webp|pdf)\b)[^{}\n]+\}\}|^\[\[Category:",
                             re.MULTILINE)
_DOKU_MEDIA = re.compile(r"\{\{\s*[^{}|\n]+?(?:\|(?P<caption>[^{}\n]*))?\s*\}\}")
_DOKU_LINK = re.compile(r"\[\[(?P<target>[^\]|\n]+?)(?:\|(?P<text>[^\]\n]*))?\]\]")
_DOKU_ITALIC = re.compile(r"(?<![:/\w])//(?=\S)(?P<t>[^/\n]+?)(?<=\S)//")
_DOKU_MONO = re.compile(r"''(?P<t>[^'\n]+)''")
_DOKU_FOOTNOTE = re.compile(r"\s*\(\((?:(?!\)\)).)*\)\)")
_DOKU_LIST = re.compile(r"^(?P<i>(?: {2})+|\t+)(?P<m>[*-])\s+(?P<t>.*)$")
_DOKU_TAGS = re.compile(r"\{\{tag>(?P<tags>[^}]*)\}\}")
_DOKU_CODE = re.compile(r"^\s*<(?P<k>code|file)(?:\s+(?P<lang>[\w+-]+))?[^>]*>\s*$")


def _doku_inline(text: str) -> str:
    def link(m: re.Match) -> str:
        target, label = m.group("target").strip(), (m.group("text") or "").strip()
        if re.match(r"https?://", target):
            return f"[{label}]({target})" if label else target
        return label or target.split(":")[-1].split("#")[0]  # (a page of the wiki: its name or the label given)
    text = _DOKU_FOOTNOTE.sub("", text)
    text = _DOKU_MEDIA.sub(lambda m: (m.group("caption") or "").strip(), text)  # (an image: its caption, if any)
    text = _DOKU_LINK.sub(link, text)
    text = _DOKU_ITALIC.sub(r"*\g<t>*", text)
    text = _DOKU_MONO.sub(r"`\g<t>`", text)
    return text.replace(" \\\\ ", " ").replace("\\\\ ", " ")


def _dokuwiki(body: str) -> tuple[str, dict]:
    """DokuWiki's page source as Markdown: `====== H ======` headings (more marks, a higher level), `^ header ^` and
    `| cell |` tables, `[[url|text]]` links, `//italic//`, `''mono''`, lists indented by two spaces, `<code>` blocks;
    `~~NOTOC~~`, `<WRAP>` boxes and footnotes dropped; the tag plugin's `{{tag>a b}}` the note's tags."""
    front: dict[str, Any] = {}
    out: list[str] = []
    in_code = None
    header_done = False
    for line in body.split("\n"):
        if in_code:
            if re.match(rf"^\s*</{in_code}>\s*$", line):
                out.append("```")
                in_code = None
            else:
                out.append(line)
            continue
        if (code := _DOKU_CODE.match(line)):
            in_code = code.group("k")
            out.append("```" + (code.group("lang") or ""))
            continue
        if (tags := _DOKU_TAGS.search(line)):
            front.setdefault("tags", [t for t in tags.group("tags").split() if t])
            line = _DOKU_TAGS.sub("", line)
            if not line.strip():
                continue
        stripped = line.strip()
        if re.fullmatch(r"~~[A-Z]+~~|</?WRAP[^>]*>", stripped):
            out.append("")
            continue
        if (h := _DOKU_HEADING.fullmatch(line.rstrip())):
            out.append("#" * (7 - len(h.group("m"))) + " " + _doku_inline(h.group("t")))
            continue
        if stripped.startswith("^") and stripped.endswith(("^", "|")):
            cells = [c.strip() for c in re.split(r"[\^|]", _doku_inline(stripped))[1:-1]]
            out += ["| " + " | ".join(cells) + " |", "|" + "---|" * len(cells)]
            header_done = True
            continue
        if stripped.startswith("|") and stripped.endswith(("|", "^")):
            cells = [c.strip() for c in re.split(r"[\^|]", _doku_inline(stripped))[1:-1]]
            if not header_done:
                out += ["| " + " | ".join(" " for _ in cells) + " |", "|" + "---|" * len(cells)]
                header_done = True
            out.append("| " + " | ".join(cells) + " |")
            continue
        header_done = header_done and stripped.startswith(("|", "^"))
        if (item := _DOKU_LIST.match(line)):
            depth = len(item.group("i").expandtabs(2)) // 2 - 1
            out.append("  " * depth + ("- " if item.group("m") == "*" else "1. ") + _doku_inline(item.group("t")))
            continue
        out.append(_doku_inline(line))
    return "\n".join(out), front


def _is_pukiwiki(body: str, suffix: str) -> bool:
    if suffix not in (".txt", ".wiki", ".pukiwiki", ".text"):
        return False
    anchored = len(re.findall(r"^\*{1,3}[^*\n].*\[#[A-Za-z0-9_-]{4,}\]\s*$", body, re.MULTILINE))
    marks = len(re.findall(r"^(?:#(?:author|contents|norelated|freeze|pcomment|comment|ls2?|include)\b|\[\[[^\]\n]+>[^\]\n]+\]\])",
                           body, re.MULTILINE))
    return anchored >= 1 or marks >= 2 and bool(re.search(r"^\*{1,3}[^*\s]", body, re.MULTILINE))


_PUKI_PLUGIN = re.compile(r"&\w+(?:\([^()]*\))?\{(?P<t>[^{}]*)\};|&br;")


def _puki_inline(text: str) -> str:
    def link(m: re.Match) -> str:
        target, shown = (m.group("target") or "").strip(), m.group("text").strip()
        return f"[{shown}]({target})" if target.startswith(("http://", "https://")) else shown
    text = _PUKI_LINK.sub(link, text)
    if "&" in text:  # `&size(12){下記参照};`: an inline plugin shows its text
        text = _PUKI_PLUGIN.sub(lambda m: m.group("t") or " ", text)
    return _PUKI_BOLD.sub(r"**\g<t>**", text).rstrip("~").rstrip()


def _pukiwiki(body: str) -> tuple[str, dict]:
    """A PukiWiki page as Markdown, line for line: headings (their anchors left out), lists, links, bold, tables (a row
    ending in `h` is the header); the page's directives (`#author(…)`, `#contents`) and its rules are blank lines."""
    out: list[str] = []
    for line in body.split("\n"):
        stripped = line.rstrip()
        if _PUKI_DIRECTIVE.match(stripped) or re.fullmatch(r"-{4,}", stripped):
            out.append("")
        elif (h := _PUKI_HEADING.match(stripped)):
            out.append("#" * len(h.group("stars")) + " " + _puki_inline(_PUKI_ANCHOR.sub("", h.group("t"))))
        elif (item := _PUKI_ITEM.match(stripped)):
            out.append(_wiki_item(item.group("m"), item.group("m")[0] == "-", _puki_inline(item.group("t"))))
        elif stripped.startswith("|") and re.search(r"\|[hHfFcC]?$", stripped):
            header = stripped.endswith(("|h", "|H"))
            cells = [_puki_inline(c.strip()) for c in stripped.rstrip("hHfFcC").strip("|").split("|")]
            out.append("| " + " | ".join(cells) + " |")
            if header:
                out.append("|" + "---|" * len(cells))
        else:
            out.append(_puki_inline(stripped))
    return "\n".join(out), {}


# Hiki (Rubyist Magazine, Japanese Ruby wikis): `!` / `!!` headings, `*`/`**` and `#` lists, `[[text|url]]` links,
# triple-quoted bold, doubled-quote emphasis, `{{plugin}}` calls, `<<<` … `>>>` preformatted blocks, `//` comment lines
_HIKI_HEADING = re.compile(r"^(?P<marks>!{1,5})\s*(?P<t>\S.*?)\s*$")
_HIKI_LINK = re.compile(r"\[\[(?P<text>[^\[\]|]+?)\|(?P<url>[^\[\]]+?)\]\]|\[\[(?P<bare>[^\[\]|]+?)\]\]")
_HIKI_ITEM = re.compile(r"^(?P<m>[*#]{1,3})\s+(?P<t>\S.*)$")
_HIKI_BOLD = re.compile(r"'''(?P<t>.+?)'''")
_HIKI_EMPHASIS = re.compile(r"''(?P<t>.+?)''")


def _is_hiki(body: str, suffix: str) -> bool:
    """A Hiki page: its own suffix, or a wiki's text file whose headings are `!` lines (three at least) beside Hiki's
    links or plugins, and no Markdown heading."""
    # (never an image's `!picture.png!` line, as Textile writes it)
    headings = len(re.findall(r"^!{1,5}\s*[^\s!=][^!\n]*$", body, re.MULTILINE))
    if suffix == ".hiki":
        return headings >= 1
    return suffix in (".txt", ".wiki", ".text") and headings >= 3 and not re.search(r"^h[1-6]\.\s", body, re.MULTILINE) and bool(
        re.search(r"\[\[[^\]\n|]+\|https?://|^\{\{\w+", body, re.MULTILINE)) and not re.search(r"^#{1,6}\s", body, re.MULTILINE)


def _hiki_inline(text: str) -> str:
    def link(m: re.Match) -> str:
        if m.group("bare"):
            bare = m.group("bare").strip()
            return f"<{bare}>" if bare.startswith(("http://", "https://")) else bare
        url, shown = m.group("url").strip(), m.group("text").strip()
        return f"[{shown}]({url})" if url.startswith(("http://", "https://")) else shown
    text = _HIKI_LINK.sub(link, text) if "[[" in text else text
    if "''" in text:
        text = _HIKI_EMPHASIS.sub(r"*\g<t>*", _HIKI_BOLD.sub(r"**\g<t>**", text))
    return text


def _hiki(body: str) -> tuple[str, dict]:
    """A Hiki page as Markdown, line for line: headings, lists, links, emphasis; plugin calls and comment lines are
    blank, a preformatted block fenced."""
    out: list[str] = []
    for line in body.split("\n"):
        stripped = line.rstrip()
        if stripped.startswith(("{{", "//")):
            out.append("")
        elif stripped in ("<<<", ">>>"):
            out.append("```")
        elif (h := _HIKI_HEADING.match(stripped)):
            out.append("#" * len(h.group("marks")) + " " + _hiki_inline(h.group("t")))
        elif (item := _HIKI_ITEM.match(stripped)):
            out.append(_wiki_item(item.group("m"), item.group("m")[0] == "*", _hiki_inline(item.group("t"))))
        else:
            out.append(_hiki_inline(stripped))
    return "\n".join(out), {}


# Textile (Redmine wikis, Textpattern): `h2. Heading`, `# item`/`* item` lists, `*bold*`, `"text":url` links,
# `|_. label | value |` table rows, `p(class). text`, `{{toc}}` macros
_TEXTILE_HEADING = re.compile(r"^h(?P<n>[1-6])(?:\([^)]*\))?\.\s+(?P<t>.*)$")
_TEXTILE_BLOCK = re.compile(r"^(?:p|bq)(?:\([^)]*\)|\{[^}]*\})?\.\s+")
_TEXTILE_ITEM = re.compile(r"^(?P<m>[*#]{1,4})\s+(?P<t>\S.*)$")
_TEXTILE_LINK = re.compile(r"\"(?P<text>[^\"\n]+)\":(?P<url>https?://[^\s<>\"]+?)(?=[.,;:!?)]?(?:\s|$))")
# `*bold*` with one star, as Textile and AsciiDoc write it
_ONE_STAR_BOLD = re.compile(r"(?<![\w*])\*(?P<t>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])")
_TEXTILE_WIKI_LINK = re.compile(r"\[\[(?P<target>[^\[\]|]+)(?:\|(?P<text>[^\[\]]+))?\]\]")
_TEXTILE_MACRO = re.compile(r"^\s*\{\{[<>]?\w+(?:\(.*\))?\}\}\s*$")


def _is_textile(body: str, suffix: str) -> bool:
    """Two `hN.` headings and one more mark only Textile writes: a `"text":url` link, a `|_.` header cell, a `{{toc}}`
    macro, a `p(class).` or `bq.` block (a plain note may open lines with `h1.` in its words)."""
    if suffix not in (".txt", ".textile", ".text", ".redmine"):
        return False
    return len(re.findall(r"^h[1-6](?:\([^)]*\))?\.\s+\S", body, re.MULTILINE)) >= 2 and bool(
        re.search(r"\"[^\"\n]+\":https?://|^\|_\.|^\s*\{\{[<>]?\w+|^(?:p|bq)(?:\([^)]*\))?\.\s", body, re.MULTILINE))


def _textile_inline(text: str) -> str:
    text = _TEXTILE_LINK.sub(lambda m: f"[{m.group('text')}]({m.group('url')})", text)
    text = _TEXTILE_WIKI_LINK.sub(lambda m: (m.group("text") or m.group("target")).strip(), text)
    return _ONE_STAR_BOLD.sub(r"**\g<t>**", text)


def _textile(body: str) -> tuple[str, dict]:
    """A Textile page as Markdown, line for line: headings, lists (`#` numbered, `*` bulleted, doubled marks nested),
    bold, links, wiki links as their text; a table row whose first cell is a header (`|_. 日時 | … |`) is that fact's
    labelled line, other rows a Markdown table (its first row the header); macros and block marks go."""
    out: list[str] = []
    header_done = False
    for line in body.split("\n"):
        stripped = line.rstrip()
        if _TEXTILE_MACRO.match(stripped):
            out.append("")
        elif (h := _TEXTILE_HEADING.match(stripped)):
            out.append("#" * int(h.group("n")) + " " + _textile_inline(h.group("t")))
        elif (item := _TEXTILE_ITEM.match(stripped)):
            out.append(_wiki_item(item.group("m"), item.group("m")[-1] == "*", _textile_inline(item.group("t"))))
        elif stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if len(cells) == 2 and cells[0].startswith("_."):
                out.append(f"- {cells[0][2:].strip()}: {_textile_inline(cells[1])}")
                continue
            cells = [_textile_inline(re.sub(r"^_\.\s*", "", c)) for c in cells]
            out.append("| " + " | ".join(cells) + " |")
            if not header_done:
                out.append("|" + "---|" * len(cells))
                header_done = True
        else:
            header_done = header_done and stripped.startswith("|")
            out.append(_textile_inline(_TEXTILE_BLOCK.sub("", stripped)))
    return "\n".join(out), {}


# an event page of meetup.com copied as text: its menu, `Hosted By` and the hosts, the group's name over `Public group`,
# `Details`, the attendees, photos and comments (each `(N)` over `See all`), and the box of facts at the end (the day,
# its hours, the place and its address, `Attend`, `N going`)
_MEETUP_CHROME = re.compile(r"^(?:Skip to content|Start a new group|Log in|Sign up|Menu|Details|Attend|See all|free|\d+\s+going"
                            r"|(?:Public|Private)\s+group|Organizer|Event host|Member|Co-organizer|\+\d+)\s*$", re.IGNORECASE)
_MEETUP_MARKS = re.compile(r"^(?:Hosted By|(?:Public|Private) group|Details|Attendees \(\d+\)|See all|Attend|\d+ going|"
                           r"Share: https?://(?:www\.)?meetup\.com/\S+)\s*$", re.MULTILINE)
_MEETUP_COUNTED = re.compile(r"^(?:Attendees|Photos|Comments|Discussions)\s*\(\d+\)\s*$")
_MEETUP_DAY = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s*$")
_MEETUP_HOURS = re.compile(r"^\d{1,2}:\d{2}\s*[AP]M\s+to\s+\d{1,2}:\d{2}\s*[AP]M\b.*$", re.IGNORECASE)


def _is_meetup_copy(body: str, suffix: str) -> bool:
    return suffix in (".txt", ".text", ".md") and len(set(m.group(0).split()[0] for m in _MEETUP_MARKS.finditer(body))) >= 4


def _meetup_copy(body: str) -> tuple[str, dict]:
    """The page as the note of its event: the title over `Details` a `#` heading, `Agenda` a heading, the hours, the
    place and its address labelled lines, the shared address the event's page; the site's menu, the hosts, attendees,
    photos and comments blank lines (line for line)."""
    lines = body.split("\n")
    out = list(lines)
    titled = False
    skipping = False  # inside the attendees, photos or comments
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if _MEETUP_COUNTED.match(line):
            skipping = True
        if skipping:
            out[i] = ""
            if _MEETUP_DAY.match(line) or re.match(r"^(?:Public|Private)\s+group$", line, re.IGNORECASE):
                skipping = False  # (the box of the event's facts after the comments)
                if _MEETUP_DAY.match(line):
                    continue
            i += 1
            continue
        if line.lower() == "hosted by":
            out[i] = ""
            if i + 1 < len(lines):
                out[i + 1] = ""
            i += 2
            continue
        if _MEETUP_DAY.match(line):
            out[i] = "" if titled else f"Date: {line}"
            if not titled:
                j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
                if j is not None:
                    out[j] = f"# {lines[j].strip()}"
                    titled = True
                    i = j + 1
                    continue
        elif _MEETUP_HOURS.match(line):
            out[i] = f"Time: {line}"
            place = [k for k in range(i + 1, min(len(lines), i + 4)) if lines[k].strip()][:2]
            if place:
                out[place[0]] = f"Venue: {lines[place[0]].strip()}"
            if len(place) > 1:
                out[place[1]] = f"Address: {lines[place[1]].strip()}"
            i = (place[-1] if place else i) + 1
            continue
        elif (share := re.match(r"^Share:\s*(https?://\S+)\s*$", line)):
            out[i] = f"Event page: {share.group(1)}"
        elif re.fullmatch(r"Agenda|Schedule|Program(?:me)?|Line-?up", line, re.IGNORECASE):
            out[i] = f"## {line}"
        elif _MEETUP_CHROME.match(line) or re.match(r"^(?:Public|Private)\s+group$", lines[i + 1].strip() if i + 1 < len(lines) else "",
                                                    re.IGNORECASE):
            out[i] = ""  # (the group's name over `Public group`: the site's box, not a line of the note)
        i += 1
    return "\n".join(out), {}


# a connpass event page copied as text: its section labels, each a line of its own, and the site's chrome around them
_CONNPASS_LABEL = re.compile(r"^(?:開催日時|開催場所|イベント内容|募集内容|タイムテーブル|ハッシュタグ|資料|参加者への情報|イベントURL|"
                             r"会場協力|注意事項|参加にあたっての注意|主催|管理者|フィード|申込者|参加者)\s*(?:[（(]\d+\s*人[)）])?\s*$")
_CONNPASS_SECTIONS = ("開催日時", "開催場所", "イベント内容", "タイムテーブル", "ハッシュタグ", "資料", "会場協力", "参加にあたっての注意",
                      "注意事項", "参加者への情報", "イベントURL")
_CONNPASS_CHROME = re.compile(r"^(?:connpass|イベントを探す|イベントを作る|ログイン|新規登録|X?でポスト|ポスト|ツイート|シェア|はてなブックマーク|はてブ|"
                              r"ブックマーク|グループ|フォロー(?:する)?|メンバーになる|イベント|イベントに申し込む|フィードを購読|通報する|もっと見る|"
                              r"メッセージを送る|"
                              r"いいね！?\s*\d*|メンバー\s*\d+\s*人|このイベントを通報|参加を申し込む|申込者一覧|参加者一覧(?:（\d+）)?|"
                              r"キャンセル(?:待ち)?|ページトップへ)\s*$")


def _is_connpass_copy(body: str, suffix: str) -> bool:
    if suffix not in (".txt", ".text", ".md") or "connpass" not in body[:2000]:
        return False
    return len({m.group(0).strip() for m in re.finditer(r"(?m)^(?:開催日時|開催場所|イベント内容|募集内容|参加者への情報)\s*$", body)}) >= 3


def _connpass_copy(body: str) -> tuple[str, dict]:
    """The page as the note of its event, line for line: its title (the first line of the page's own after the site's
    menu) a `#` heading, its section labels (`開催日時`, `開催場所`, `イベント内容`, `タイムテーブル`, `資料`…) `##` headings,
    the site's chrome, the group's box and the seats on offer (`募集内容`) blank lines."""
    lines = body.split("\n")
    out = list(lines)
    titled = False
    skipping = False  # inside `募集内容`: the seats, their prices and counts
    # (the group's name, over `グループ`, is written above the event's title too: the site's breadcrumb)
    group = {lines[k - 1].strip() for k in range(1, len(lines)) if lines[k].strip() == "グループ"}
    for i, raw in enumerate(lines):
        line = raw.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if _CONNPASS_LABEL.match(line):
            skipping = line.split("(")[0].split("（")[0].strip() in ("募集内容", "主催", "管理者", "申込者", "参加者", "フィード")
            out[i] = f"## {line}" if line in _CONNPASS_SECTIONS else ""
            valued = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None) if line in ("ハッシュタグ", "イベントURL") else None
            if valued is not None and re.fullmatch(r"#\S+(?:\s+#\S+)*|https?://\S+", lines[valued].strip()):
                out[valued] = f"{line}: {lines[valued].strip()}"  # (`#LT酒場` alone on its line: no heading; the page's address)
            continue
        if skipping or _CONNPASS_CHROME.match(line) or nxt == "グループ":
            out[i] = ""  # (the group's name over `グループ`: the site's box)
            continue
        if not titled and line and not line.startswith("http") and not re.match(r"\d{4}/\d{1,2}/\d{1,2}", line):
            # (the group's name as the page's breadcrumb, over the title that opens with it, is no title)
            crumb = line in group or (nxt.startswith(line) and len(nxt) > len(line))
            out[i], titled = ("", False) if crumb else (f"# {line}", True)
    return "\n".join(out), {}


# a chat message copied as text (Discord, Slack): `Name — 2031/02/03 21:14` over the message, `@everyone`, rules of box
# lines around a section's name, lines opening with a pictograph as its list, `(edited)` and the reactions' counts after it
_CHAT_HEADER = re.compile(r"^(?P<who>\S.{0,40}?)\s+[—–-]\s+(?:(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})|(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/(?P<y2>\d{4}),?"
                          r"|Today at|Yesterday at|今日|昨日)\s*\d{1,2}:\d{2}(?:\s*[AP]M)?\s*$")
_CHAT_MENTION = re.compile(r"^\s*@(?:everyone|here|channel)\s*$")
_CHAT_EDITED = re.compile(r"^\s*[(（](?:編集済み?|edited)[)）]\s*$", re.IGNORECASE)
_CHAT_REACTIONS = re.compile(r"^\s*(?:(?:" + PICTOGRAPH + r"|:[a-z0-9_+-]{2,30}:)[\u200d\uFE0F\U0001F3FB-\U0001F3FF" + PICTOGRAPH[1:-1]
                             + r"]*\s*\d{1,4}\s*){1,12}$")
_BOX_RULE = re.compile(r"^\s*[━─═▬—_=*]{5,}\s*$")
_PICTOGRAPH_ITEM = re.compile(r"^(?:(?:" + PICTOGRAPH + r"|#\uFE0F?\u20E3)[\u200d\uFE0F\U0001F3FB-\U0001F3FF" + PICTOGRAPH[1:-1]
                              + r"]*)+\s*(?P<t>\S.*)$")


def _is_chat_copy(body: str, suffix: str) -> bool:
    """The header line first, and one more mark only a chat shows: a mention of everyone, `(edited)`, the reactions'
    counts (a note's own first line may be `Harbor Go #12 — 2031/04/18 19:00`)."""
    first = next((line for line in body.split("\n", 3) if line.strip()), "")
    if suffix not in (".txt", ".text", ".md") or not _CHAT_HEADER.match(first.strip()):
        return False
    return any(_CHAT_MENTION.match(line) or _CHAT_EDITED.match(line) or _CHAT_REACTIONS.match(line)
               for line in body.split("\n") if line.strip())


def _chat_copy(body: str) -> tuple[str, dict]:
    """The message as a note: the day it was posted its front matter's date (the day the event is counted from), a line
    set between two box rules a heading, lines each opening with a pictograph (two or more together) a list; the
    header, mentions, `(edited)` and the reactions' counts blank lines (line for line)."""
    lines = body.split("\n")
    out = list(lines)
    front: dict[str, Any] = {}
    first = next(i for i, line in enumerate(lines) if line.strip())
    m = _CHAT_HEADER.match(lines[first].strip())
    y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"), m.group("d2"))
    if y:
        front["date"] = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    out[first] = ""
    for i, line in enumerate(lines):
        if i == first:
            continue
        if _CHAT_MENTION.match(line) or _CHAT_EDITED.match(line) or _CHAT_REACTIONS.match(line):
            out[i] = ""
        elif _BOX_RULE.match(line):
            out[i] = ""
            # (`━━━` / `🎤 登壇ラインナップ` / `━━━`: the line between two rules names the section under them)
            if i + 2 < len(lines) and _BOX_RULE.match(lines[i + 2]) and lines[i + 1].strip() and not _BOX_RULE.match(lines[i + 1]):
                named = _PICTOGRAPH_ITEM.match(lines[i + 1].strip())
                out[i + 1] = "## " + (named.group("t") if named else lines[i + 1].strip())
    opened = {i for i, line in enumerate(lines) if out[i] == line and _PICTOGRAPH_ITEM.match(line.strip())}
    for i in sorted(opened):
        if i - 1 in opened or i + 1 in opened:
            out[i] = "- " + _PICTOGRAPH_ITEM.match(lines[i].strip()).group("t")
        elif i == min(opened) and "**" in lines[i]:
            # (the message's first line, the event's name in bold between pictographs: its title)
            out[i] = "# " + LEADING_PICTOGRAPH.sub("", _TRAILING_PICTOGRAPHS.sub("", lines[i].strip())).replace("**", "")
    return "\n".join(out), front


# a thread copied out of Slack: `渡会 しげる  18:52` (the name, two spaces, the time) over each message, a time alone over
# the same person's next one, the channel's name and `スレッド` / `Thread` over them, `返信 26 件` / `26 replies`
_THREAD_HEADER = re.compile(r"^(?P<who>[^\s#@>*|\-][^\t]{0,30}?\S) {2,}(?:\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)\s*$")
_THREAD_HEADER_ANYWHERE = re.compile(r"\S {2,}\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?[ \t]*$", re.MULTILINE)
_THREAD_TIME = re.compile(r"^\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*$")
_THREAD_CHROME = re.compile(r"^\s*(?:#[^\s#]{1,80}|スレッド|Thread|返信\s*\d{1,4}\s*件|\d{1,4}\s+repl(?:y|ies))\s*$", re.IGNORECASE)
_THREAD_EDITED = re.compile(r"\s*[(（](?:編集済み?|edited)[)）]\s*$", re.IGNORECASE)


def _is_thread_copy(body: str, suffix: str) -> bool:
    """Three message headers at least (a name, two spaces and the time alone on a line), in a text file."""
    if suffix not in (".txt", ".text", ".md") or not _THREAD_HEADER_ANYWHERE.search(body):
        return False
    lines = body.split("\n")
    # (each header over a message of its own, and someone posting twice: never `Title  19:00` lines of a timetable)
    posters = [m.group("who") for i, line in enumerate(lines) if (m := _THREAD_HEADER.match(line))
               and i + 1 < len(lines) and lines[i + 1].strip() and not _THREAD_HEADER.match(lines[i + 1])]
    return len(posters) >= 3 and len(set(posters)) < len(posters)


def _thread_copy(body: str) -> tuple[str, dict]:
    """The thread as a note, line for line: each message a paragraph of its own (the headers, the times alone and the
    thread's chrome blank lines; the channel's name only above the first message), `(edited)` left off."""
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if _THREAD_HEADER.match(line)), 0)
    out = []
    for i, line in enumerate(lines):
        if _THREAD_HEADER.match(line) or _THREAD_TIME.match(line.strip()) \
                or _THREAD_CHROME.match(line) and (i < first or not line.lstrip().startswith("#")):
            out.append("")
        else:
            out.append(_THREAD_EDITED.sub("", line))
    return "\n".join(out), {}


# LINE's saved history (`トーク履歴を送信`): `[LINE] Group のトーク履歴` (or `… chat history`), `保存日時：…`, a day's line
# `2031/06/07(土)`, then a message a line, `21:03<TAB>Name<TAB>text`, a message of several lines in double quotes
_LINE_TITLE = re.compile(r"^\ufeff?\[LINE\]\s*(?:(?P<group>.+?)(?:\s*の?トーク履歴|\s+chat\s+history|\s*との?トーク履歴)"
                         r"|chat\s+history\s+(?:in|with)\s+(?P<group2>.+?))\s*$", re.IGNORECASE)
# a message naming an event, the note's title: `港Web交流会 vol.11`, `Harbor.js #12`, `第3回 …勉強会`
_LINE_EVENT_NAMED = re.compile(r"(?:vol\.?\s*\d+|#\s*\d+|第\s*\d+\s*回|勉強会|交流会|LT会|Meetup|Conf\b|Kaigi)", re.IGNORECASE)
_LINE_SAVED = re.compile(r"^\s*(?:保存日時|Saved\s+on)\s*[:：]\s*(?P<day>\S.*?)\s*$", re.IGNORECASE)
_LINE_MESSAGE = re.compile(r"^(?:午前|午後)?\d{1,2}:\d{2}\t(?P<who>[^\t]*)\t(?P<text>.*)$")
_LINE_DAY = re.compile(r"^\d{4}/\d{1,2}/\d{1,2}\s*(?:[(（][^()（）]{1,3}[)）])?\s*$|^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
                       r"\d{1,2}/\d{1,2}/\d{4}\s*$")
_LINE_CHROME = re.compile(r"^\[(?:スタンプ|写真|動画|ファイル|Sticker|Photo|Video|File)\]$|^☎|メッセージの送信を取り消しました|"
                          r"unsent a message|が(?:参加|退出)しました$")


def _names_the_event(line: str) -> bool:
    """A line that is an event's name alone: short, a number or an event's word in it, no sentence."""
    text = line.strip()
    return 3 <= len(text) <= 60 and bool(_LINE_EVENT_NAMED.search(text)) and not re.search(r"[。！!？?、,]|です|ます|ました", text)


def _is_line_history(body: str, suffix: str) -> bool:
    first = _LINE_FIRST.match(body)
    return bool(first) and bool(_LINE_TITLE.match(first.group("line").strip())) and "\t" in body


_LINE_FIRST = re.compile(r"\s*(?P<line>\ufeff?\[LINE\][^\n]*)")


def _line_history(body: str) -> tuple[str, dict]:
    """The history as a note: each message a paragraph of its own (a blank line put before it, so the lines after the
    first message are one further down than the file's), its time and sender left off (a message of several lines
    without the double quotes LINE puts around it), stickers, photos, calls and unsent messages blank, the days kept as
    lines; the save's stamp the copy's own day, never the event's; the group's name no title (the event the group ran
    is in its messages)."""
    lines = body.split("\n")
    front: dict[str, Any] = {}
    out: list[str] = []
    quoted = False
    for line in lines:
        stripped = line.strip()
        if _LINE_TITLE.match(stripped):
            out.append("")
            continue
        if (saved := _LINE_SAVED.match(stripped)) and (day := dates.find_date_safe(saved.group("day"))):
            front["date"] = day.isoformat()  # (the day the history was saved: the copy's own, as a post's date is)
            out.append("")
            continue
        if not quoted and _LINE_DAY.match(stripped):
            out.append("")  # (the day a message was sent: the chat's, never the event's, which a message says)
            continue
        message = _LINE_MESSAGE.match(line) if not quoted else None
        if message:
            text = message.group("text")
            if text.startswith('"') and not (len(text) > 1 and text.endswith('"')):
                quoted, text = True, text[1:]  # (a message of several lines: LINE quotes it)
            elif len(text) > 1 and text.startswith('"') and text.endswith('"'):
                text = text[1:-1]
            text = "" if _LINE_CHROME.search(text.strip()) else text.replace('""', '"')
            if quoted and "title" not in front and _names_the_event(text):
                front["title"] = text.strip()  # (an announcement pasted as a message: the event's name its first line)
            out += ["", text]
            continue
        if quoted:
            closing = len(stripped) - len(stripped.rstrip('"'))
            if closing % 2:  # (`…""` is a quote mark written twice; `…"""` a quoted word that closes the message)
                quoted, line = False, line.rstrip()[:-1]
            out.append(line.replace('""', '"'))
            continue
        out.append(line)
    return "\n".join(out), front


# a page saved as text by a clipper, its first line the clipper's: `saved 2031-09-14 from https://lu.ma/x (page text)`
_CLIPPED_FROM = re.compile(r"^\s*(?:saved|clipped|retrieved|captured|archived)\s+(?:on\s+)?(?P<day>\S.{3,30}?)\s+from\s+"
                           r"<?(?P<url>https?://[^\s>]+)>?(?:\s.*)?$", re.IGNORECASE)


def _is_clipped_page(body: str, suffix: str) -> bool:
    first = next((line for line in body.split("\n", 5) if line.strip()), "")
    return bool(_CLIPPED_FROM.match(first)) and dates.find_date_safe(_CLIPPED_FROM.match(first).group("day")) is not None


def _clipped_page(body: str) -> tuple[str, dict]:
    """The page without the clipper's line: the day it was saved the copy's own date (never the event's: the page
    says that), the address it was saved from the page's own (an event's page, such as lu.ma's, is the event's)."""
    lines = body.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    m = _CLIPPED_FROM.match(lines[first])
    lines[first] = ""
    return "\n".join(lines), {"date": dates.find_date_safe(m.group("day")).isoformat(), "source_url": m.group("url")}


# a web page's menu copied above its text: short lines, two of them at least a site's navigation (`Skip to content`,
# `Discover`, `Sign In`, `ログイン`), the site's name among them; and an event page's state under it (`Past Event`)
_NAV_WORD = re.compile(r"^\s*(?:skip\s+to\s+(?:main\s+)?content|sign\s*in|log\s*in|sign\s*up|discover|explore|menu|search|home|"
                       r"calendar|ログイン|新規登録|会員登録|トレンド|検索|メニュー|ホーム)\s*$", re.IGNORECASE)
_PAGE_STATE = re.compile(r"^\s*(?:past|upcoming)\s+event|^\s*this\s+event\s+(?:ended|has\s+ended)\b.*$|^\s*event\s+ended\s*$",
                         re.IGNORECASE)


def _menu_block(lines: list[str]) -> tuple[int, int] | None:
    """(first, end) of the menu's lines, or None: the page's first run of lines with no blank between them (past a
    clipper's line and a rule), each short, two of them at least and half of them a site's navigation."""
    filled = [i for i, line in enumerate(lines[:40]) if line.strip() and not re.fullmatch(r"\s*[-=_*]{3,}\s*", line)
              and not _CLIPPED_FROM.match(line)]
    if not filled:
        return None
    start = end = filled[0]
    while end < len(lines) and lines[end].strip() and len(lines[end].strip()) <= 30 and len(lines[end].split()) <= 4:
        end += 1
    # (up to its last navigation line: the event's name and day may follow the menu without a blank line)
    last = max((i for i in range(start, end) if _NAV_WORD.match(lines[i])), default=start - 1) + 1
    navigation = sum(1 for line in lines[start:last] if _NAV_WORD.match(line))
    return (start, last) if navigation >= 2 and navigation * 2 >= last - start else None


_NAV_WORD_ANYWHERE = re.compile(_NAV_WORD.pattern.replace("^\\s*", "^[ \\t]*").replace("\\s*$", "[ \\t]*$"),
                                re.IGNORECASE | re.MULTILINE)


def _has_menu_copied(body: str, suffix: str) -> bool:
    return suffix in (".txt", ".text", ".md") and bool(_NAV_WORD_ANYWHERE.search(body, 0, 3000)) \
        and _menu_block(body.split("\n", 45)[:40]) is not None


def _menu_copied(body: str) -> tuple[str, dict]:
    """The page without its menu and its state (line for line)."""
    lines = body.split("\n")
    start, end = _menu_block(lines)
    for i in range(start, end):
        lines[i] = ""
    for i in range(end, min(end + 6, len(lines))):
        if _PAGE_STATE.match(lines[i]):
            lines[i] = ""
    return "\n".join(lines), {}


# a spreadsheet's programme exported as CSV and pasted as text: a header naming a title column and a time or speaker
# column (`start,end,track,type,title,speaker,…`), then rows of as many cells
_CSV_TITLE = re.compile(r"(?:^|,)\s*\"?(?:title|talk|session|topic|タイトル|題目|演題|発表タイトル|セッション)\"?\s*(?:,|$)", re.IGNORECASE)


def _csv_cells(line: str) -> list[str]:
    return next(csv.reader([line]), [])


def _csv_block(lines: list[str], start: int) -> int:
    """The end of the CSV rows under a header at `start` (the header's end when fewer than two rows follow)."""
    width = len(_csv_cells(lines[start]))
    end = start + 1
    while end < len(lines) and lines[end].strip() and len(_csv_cells(lines[end])) == width:
        end += 1
    return end if end - start >= 3 else start + 1


def _has_csv_programme(body: str, suffix: str) -> bool:
    if suffix not in (".txt", ".text", ".md", ".csv") or body.count(",") < 6:
        return False
    lines = body.split("\n")
    return any(line.count(",") >= 2 and _CSV_TITLE.search(line) and len(_csv_cells(line)) >= 3 and _csv_block(lines, i) > i + 1
               for i, line in enumerate(lines[:200]))


def _csv_programme(body: str) -> tuple[str, dict]:
    """Each CSV block under a header that names a title column, its cells parted by tabs (line for line): a table
    copied as text, read as such (timetable.py's rows of tab-parted cells)."""
    lines = body.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.count(",") >= 2 and _CSV_TITLE.search(line) and len(_csv_cells(line)) >= 3 and (end := _csv_block(lines, i)) > i + 1:
            for k in range(i, end):
                lines[k] = "\t".join(" ".join(cell.split()) for cell in _csv_cells(lines[k]))
            i = end
            continue
        i += 1
    return "\n".join(lines), {}


def _is_spreadsheet(body: str, suffix: str) -> bool:
    # (never a sheet the CSV programme's reading has already turned into tab-parted rows)
    return suffix == ".csv" and body.count(",") >= 6 and "\t" not in body and not _has_csv_programme(body, suffix)


# a grid's header naming a column of times or of talks: `時間,Track A,Track B`, `Start,Title,Speaker`
_SHEET_GRID_HEADER = re.compile(r"(?:開始)?(?:時間|時刻)|開始|タイム|(?:start\s*)?time|start|when|(?:time\s*)?slot|タイトル|題目|演題|発表|"
                                r"セッション|講演|(?:talk\s*)?title|talk|session|program(?:me)?|プログラム|agenda|schedule", re.IGNORECASE)
_SHEET_CLOCK = re.compile(r"^\s*\d{1,2}[:：]\d{2}")


def _spreadsheet(body: str) -> tuple[str, dict]:
    """A spreadsheet saved as CSV (Google Sheets' `File > Download > .csv`), as a person reads the sheet: the rows
    above the grid as lines (the sheet's title alone on the first, `開催日,2031/03/15` as `開催日: 2031/03/15`), then
    the grid from its first row of three cells or more as a Markdown table, a cell's own lines joined by `<br>`
    (`"Title\n/ Name"`, a talk over its speaker). Padded to the file's line count: a cell of several lines makes
    the table shorter than the file."""
    rows = list(csv.reader(body.splitlines(keepends=True)))  # (a quoted cell may run over lines)
    out: list[str] = []
    grid: tuple[list[str], list[list[str]]] | None = None  # (the grid being read: its header, its rows)
    for k, row in enumerate(rows):
        cells = [(" ".join(c.split()) if "\n" not in c else "<br>".join(" ".join(p.split()) for p in c.split("\n") if p.strip()))
                 .replace("|", "\\|") for c in row]
        filled = [c for c in cells if c]
        if grid is None:
            # (a grid's header has a row under it: `ハッシュタグ,#x,,※ note` over a blank row is one more fact; and it
            # names a column of times or talks, or times run down its first column: a sheet of sign-ups is no programme)
            below = rows[k + 1:k + 6]
            if len(filled) >= 3 and below and any(c.strip() for c in below[0]) and (
                    any(_SHEET_GRID_HEADER.fullmatch(c.strip()) for c in cells)
                    or sum(1 for r in below if r and _SHEET_CLOCK.match(r[0])) >= 2):
                grid = (cells, [])
            elif len(filled) == 1 and not out:
                out.append("# " + filled[0])
            elif len(filled) <= 2 or len(filled) == 3 and len(cells[0]) <= 12:  # (a fact, maybe with a remark after it)
                out.append(": ".join(filled[:2]) + (f" ({', '.join(filled[2:])})" if filled[2:] else "") if filled else "")
            else:
                out.append(",".join(cells))  # (a row of a table that is no programme, as the sheet wrote it)
            continue
        if filled:
            grid[1].append(cells[:len(grid[0])])
        else:  # (a blank row ends the grid: what follows is the sheet's text again)
            out += _markdown_table(*grid) + [""]
            grid = None
    if grid is not None:
        out += _markdown_table(*grid)
    lines = body.count("\n") + 1
    return "\n".join(out + [""] * max(0, lines - len(out))), {}


# lines opening with the same pictograph, one under another at one indent under a line of their own: items the writer
# marked so under a slot (`   ⚡ Wren Castellanos: "Title"` / `   ⚡ Felix Anand: "Title"` under `Quick-fire talks:`);
# never lines at the margin (`🙏 Acme for the venue`, a sponsors' thanks)
_PICTOGRAPH_MARK = re.compile(r"^(?P<indent>[ \t]+)(?P<mark>" + PICTOGRAPH + r")[\uFE0F]?[ \t]+(?P<t>\S.*)$")


_PICTOGRAPH_LINE = re.compile(r"^[ \t]+" + PICTOGRAPH + r"\uFE0F?[ \t]+\S", re.MULTILINE)


def _pictograph_items(lines: list[str], code: set[int]) -> list[int]:
    """The lines in runs of two or more opening with one pictograph at one indent (outside code)."""
    marks = [(m.group("indent"), m.group("mark")) if i not in code and (m := _PICTOGRAPH_MARK.match(line)) else None
             for i, line in enumerate(lines)]
    return [i for i, key in enumerate(marks)
            if key and (i > 0 and marks[i - 1] == key or i + 1 < len(marks) and marks[i + 1] == key)]


def _has_pictograph_lists(body: str, suffix: str) -> bool:
    if suffix not in (".txt", ".text", ".md", ".markdown") or not _PICTOGRAPH_LINE.search(body):
        return False
    lines = body.split("\n")
    return bool(_pictograph_items(lines, code_lines(lines, body)))


def _pictograph_lists(body: str) -> tuple[str, dict]:
    """Each run of two lines or more opening with one pictograph at one indent, as a Markdown list (line for line)."""
    lines = body.split("\n")
    out = list(lines)
    for i in _pictograph_items(lines, code_lines(lines, body)):
        m = _PICTOGRAPH_MARK.match(lines[i])
        out[i] = f"{m.group('indent')}- {m.group('t')}"
    return "\n".join(out), {}


_TRAILING_PICTOGRAPHS = re.compile(r"(?:\s*" + PICTOGRAPH + r"[\u200d\uFE0F\U0001F3FB-\U0001F3FF]*)+\s*$")


# GitHub's task lists: `- [x] @kina 「Title」`: a ticked box is the item's state, not its words (an open box, `- [ ] …`,
# stays as written: a task not done or a slot not taken is no talk)
_TASK_BOX = re.compile(r"^(?P<item>\s*(?:[-*+]|\d{1,3}[.)])\s+)\[[xX]\]\s+(?=\S)")


def _has_task_boxes(body: str, suffix: str) -> bool:
    return ("[x]" in body or "[X]" in body) and bool(re.search(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[[xX]\]\s", body, re.MULTILINE))


# a Discourse post's BBCode: `[date=2031-06-12 time=19:00:00 timezone="…"]`, `[details="Lightning talks"]…[/details]`,
# `[poll …]…[/poll]`, `[quote="jane, post:3"]…[/quote]`
_BB_DATE = re.compile(r"\[date=(?P<d>\d{4}-\d{2}-\d{2})(?:\s+time=(?P<t>\d{1,2}:\d{2})(?::\d{2})?)?[^\]]*\]")
_BB_DETAILS = re.compile(r"^\s*\[details=[\"“]?(?P<t>[^\"”\]]*)[\"”]?\]\s*$")
_BB_OPEN = re.compile(r"^\s*\[(?P<tag>poll|quote|details|spoiler|wrap)\b[^\]]*\]\s*$")
_BB_CLOSE = re.compile(r"^\s*\[/(?P<tag>poll|quote|details|spoiler|wrap)\]\s*$")


def _has_bbcode(body: str, suffix: str) -> bool:
    return ("[/" in body or "[date=" in body) and bool(re.search(r"\[/(?:poll|quote|details|spoiler|wrap)\]|\[date=\d{4}-", body))


def _bbcode(body: str) -> tuple[str, dict]:
    """The post as Markdown, line for line: a date tag its day and hour, a `details` block a `###` section named by its
    summary, a quote a block quote; a poll (the readers' votes, its question a `#` line) blank lines."""
    out: list[str] = []
    inside: list[str] = []
    for line in body.split("\n"):
        if "[date=" in line:
            line = _BB_DATE.sub(lambda m: m.group("d") + (f" {m.group('t')}" if m.group("t") else ""), line)
        if (details := _BB_DETAILS.match(line)):
            inside.append("details")
            out.append(f"### {details.group('t').strip()}" if details.group("t").strip() else "")
        elif (opened := _BB_OPEN.match(line)):
            inside.append(opened.group("tag"))
            out.append("")
        elif (closed := _BB_CLOSE.match(line)):
            if inside and inside[-1] == closed.group("tag"):
                inside.pop()
            out.append("")
        elif "poll" in inside:
            out.append("")
        elif inside and inside[-1] == "quote":
            out.append("> " + line if line.strip() else ">")
        else:
            out.append(line)
    return "\n".join(out), {}


# a mailing list archive's message page (Mailman's pipermail, copied as text): the subject, the sender's line, the
# day it was sent (`Fri Nov 14 09:12:44 GMT 2031`), the archive's links around the message, the message quoted in a reply
_MAIL_SENT = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<mon>[A-Z][a-z]{2})\s+(?P<d>\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?"
                        r"(?:\s+[A-Z]{2,5}|\s+[+-]\d{4})?\s+(?P<y>\d{4})\s*$")
_MAIL_SENDER = re.compile(r"^\S.*\s+\S+\s+at\s+\S+\.\S+\s*$")
_MAIL_NAVIGATION = re.compile(r"^\s*(?:Previous message|Next message|Messages sorted by|More information about)\b.*$")
_MAIL_SUBJECT_TAGS = re.compile(r"^(?:\s*(?:\[[^\]]{1,40}\]|(?:Re|Fwd?|AW|WG)\s*:))+\s*", re.IGNORECASE)
_MAIL_QUOTING = re.compile(r"^On\s.{6,120}\bwrote:\s*$")
_MAIL_SLOT = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s")


def _is_mail_archive(body: str, suffix: str) -> bool:
    if suffix not in (".txt", ".text", ".md"):
        return False
    head = body.split("\n", 8)[:8]
    return any(_MAIL_SENT.match(line.strip()) for line in head) and any(_MAIL_SENDER.match(line.strip()) for line in head)


def _mail_archive(body: str) -> tuple[str, dict]:
    """The message as the note: its subject (less the list's tag and `Re:`) as the title, the day it was sent as its
    date; the archive's links and the line introducing a quoted message (`On …, X wrote:`, the day that mail was sent)
    left out; the quoted message (`> …`) read as text of its own after it."""
    lines = body.split("\n")
    front: dict[str, Any] = {}
    out: list[str] = []
    opening = True
    for i, line in enumerate(lines):
        stripped = line.strip()
        if opening and i < 8:
            if (sent := _MAIL_SENT.match(stripped)):
                front["date"] = f"{sent.group('y')}-{dates.MONTHS[sent.group('mon').lower()]:02d}-{int(sent.group('d')):02d}"
                opening = False
                continue
            if not stripped or _MAIL_SENDER.match(stripped):
                continue
            front.setdefault("title", _MAIL_SUBJECT_TAGS.sub("", stripped).strip())
            continue
        if _MAIL_NAVIGATION.match(line) or _MAIL_QUOTING.match(line):
            continue  # (the archive's links; `On Mon, 3 Nov 2031 at 20:05, X wrote:`, the day the quoted mail was sent)
        if line.startswith(">"):
            line = line[1:][1:] if line[1:2] == " " else line[1:]
        if line.lstrip().startswith(("-- ", "— ")) and out and _MAIL_SLOT.match(out[-1]) \
                and len(line) - len(line.lstrip()) > len(out[-1]) - len(out[-1].lstrip()):
            out[-1] += " " + line.strip()  # (`19:00  "Title"` over `         -- Bethan Pryce`: the slot's line wrapped)
            continue
        out.append(line)
    return "\n".join(out), front


# a Notion page exported as HTML: its properties in a table of their own under the page's title
# (`<table class="properties">`, a row a property: `<th>…Date</th><td><time>@April 22, 2031 6:30 PM</time></td>`)
_NOTION_PROPERTIES = re.compile(r"<table\s+class=\"properties\">.*?</table>", re.DOTALL | re.IGNORECASE)
# the properties' names an event's page gives, as the front matter's keys they stand for
_NOTION_KEYS = {"event": "event_name", "name": "event_name", "title": "event_name", "イベント名": "event_name",
                "date": "event_date", "when": "event_date", "日時": "event_date", "開催日": "event_date", "日付": "event_date",
                "venue": "venue", "location": "venue", "place": "venue", "where": "venue", "会場": "venue", "場所": "venue",
                "tags": "tags", "タグ": "tags", "hashtag": "hashtags", "ハッシュタグ": "hashtags"}


def _has_notion_properties(body: str, suffix: str) -> bool:
    return suffix in (".html", ".htm") and 'class="properties"' in body and bool(_NOTION_PROPERTIES.search(body))


def _notion_properties(body: str) -> tuple[str, dict]:
    """The page without its properties' table, the properties as front matter: the event's name, day and place, its
    tags (each a value of its own), a link property to an event's page as the event's page; the page's bookkeeping
    (`Status`, `Owner`, `Created`) left out."""
    from selectolax.lexbor import LexborHTMLParser
    m = _NOTION_PROPERTIES.search(body)
    front: dict[str, Any] = {}
    for row in LexborHTMLParser(m.group(0)).css("tr"):
        th, td = row.css_first("th"), row.css_first("td")
        if th is None or td is None:
            continue
        name = " ".join(th.text().split()).lower()
        values = [" ".join(v.text().split()) for v in td.css(".selected-value")] or [" ".join(td.text().split())]
        key = _NOTION_KEYS.get(name)
        if key in ("tags", "hashtags"):
            front[key] = [v for v in values if v]
        elif key == "event_date":
            front[key] = values[0].lstrip("@").split(" → ")[0].strip()
        elif key and values[0]:
            front[key] = values[0]
        elif (link := td.css_first("a")) and links.is_event_page(link.attributes.get("href") or ""):
            front["event_url"] = link.attributes.get("href")
    return body[:m.start()] + body[m.end():], front


# a mail saved or copied as text with its headers (`Subject:`, `From:`, `Date: Fri, 14 Feb 2031 17:26:03 +0000`), the
# messages it replies to or forwards quoted under it
_MAIL_HEADER = re.compile(r"^(?P<key>Subject|From|To|Cc|Bcc|Date|Reply-To|Sent|Message-ID)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_FORWARDED = re.compile(r"^-{3,}\s*(?:Forwarded|Original)\s+message\s*-{3,}\s*$|^Begin forwarded message:\s*$", re.IGNORECASE)
_GROUP_FOOTER = re.compile(r"^(?:You received this message because you are subscribed|To unsubscribe from this group|"
                           r"Groups \"|an email to \S+unsubscribe@|For more options, visit|To view this discussion)", re.IGNORECASE)


_LIST_TAG_NUMBER = re.compile(r"^(?:(?:Re|Fwd?)\s*:\s*)*(?P<tag>\[(?P<n>[^\[\]]*[^\W\d_]{2}[^\[\]]*\s[^\[\]]*)\])\s*(?=#\s?\d)",
                              re.IGNORECASE)


def _is_mail_message(body: str, suffix: str) -> bool:
    if suffix not in (".txt", ".text", ".md", ".eml"):
        return False
    head = [line for line in body.split("\n", 12)[:12] if line.strip()][:8]
    keys = {m.group("key").lower() for line in head if (m := _MAIL_HEADER.match(line))}
    return {"subject", "from"} <= keys


def _mail_message(body: str) -> tuple[str, dict]:
    """The mail as the note, line for line: its subject (less the list's tag, `Re:` and `Fwd:`) the title, the day it was
    sent its date (the post's, never the event's); every quoted message read as text (its `>` marks left off), the lines
    introducing one (`On …, X wrote:`, a forwarded message's mark and headers) and a list's footer left out."""
    lines = body.split("\n")
    front: dict[str, Any] = {}
    out: list[str] = []
    opening = True
    for line in lines:
        stripped = line.strip()
        if opening:
            if (header := _MAIL_HEADER.match(stripped)):
                key, value = header.group("key").lower(), header.group("value").strip()
                if key == "subject":
                    # (a list's tag over the meeting's number names the meeting: `[Harbor JS] #44 is on …`)
                    listed = _LIST_TAG_NUMBER.match(value)
                    front["title"] = f"{listed.group('n').strip()} {value[listed.end('tag'):].strip()}" if listed \
                        else _MAIL_SUBJECT_TAGS.sub("", value).strip()
                elif key in ("date", "sent") and (day := dates.find_date_safe(value)):
                    front["date"] = day.isoformat()
                out.append("")
                continue
            if stripped:
                opening = False
        text = re.sub(r"^(?:\s*>)+ ?", "", line) if line.lstrip().startswith(">") else line
        if _MAIL_QUOTING.match(text.strip()) or _FORWARDED.match(text.strip()) or _GROUP_FOOTER.match(text.strip()) \
                or line.lstrip().startswith(">") and _MAIL_HEADER.match(text.strip()):
            out.append("")
            continue
        out.append(text)
    return "\n".join(out), front


# a link a mail, an invite or a post wraps in a redirect: `https://www.google.com/url?q=https://www.meetup.com/x/&sa=D`,
# Outlook's safe links, Facebook's `l.php?u=`; the address it leads to is the link
_REDIRECT_LINK = re.compile(r"https?://(?:www\.)?google\.[a-z.]{2,6}/url\?(?:[^\s\"'<>()]*?&(?:amp;)?)?q=(?P<g>https?[^&\s\"'<>()]+)"
                            r"[^\s\"'<>()]*"
                            r"|https?://[a-z0-9.-]*safelinks\.protection\.outlook\.com/\?url=(?P<o>https?[^&\s\"'<>()]+)[^\s\"'<>()]*"
                            r"|https?://l\.facebook\.com/l\.php\?u=(?P<f>https?[^&\s\"'<>()]+)[^\s\"'<>()]*", re.IGNORECASE)


def _has_redirect_links(body: str, suffix: str) -> bool:
    return ("/url?" in body or "safelinks" in body or "l.php?u=" in body) and bool(_REDIRECT_LINK.search(body))


def _redirect_target(m: re.Match) -> str:
    return unquote(m.group("g") or m.group("o") or m.group("f"))


# a site's data file pasted as the note (`_data/sessions.yml`): `sessions:` (or `talks:`, `schedule:`) a list of mappings
# with titles, beside `event:` and `speakers:` (people by id)
_DATA_LIST = re.compile(r"^(?:sessions|talks|schedule|programme|program|agenda|timetable)\s*:\s*$", re.MULTILINE)
_YAML_ALIAS = re.compile(r"(?:^|[\s\[{,:-])[&*][A-Za-z0-9_]", re.MULTILINE)


def _is_sessions_data(body: str, suffix: str) -> bool:
    return suffix in (".txt", ".text", ".md") and not body.lstrip().startswith("---") and bool(_DATA_LIST.search(body)) \
        and "\n  - " in body


def _sessions_data(body: str) -> tuple[str, dict]:
    """The data file as front matter: the event's mapping its title (`name` and `edition`), day, venue and page; each
    session a talk of the programme, its speakers' ids (`speakers: [mhale]`) the people the file lists (name, handle,
    company), a lightning session's `children` its talks, breaks and sponsors' slots and withdrawn sessions left out.
    Anything that is not such a file is left as it is."""
    if _YAML_ALIAS.search(body):
        return body, {}  # (anchors and aliases: a data file never needs them, and a note's may expand without end)
    try:
        data = yaml.safe_load(body)
    except (yaml.YAMLError, RecursionError):
        return body, {}
    if not isinstance(data, dict):
        return body, {}
    listed = next((data[k] for k in ("sessions", "talks", "schedule", "programme", "program", "agenda", "timetable")
                   if isinstance(data.get(k), list)), None)
    if not listed or not any(isinstance(e, dict) and e.get("title") for e in listed):
        return body, {}
    people = {str(p.get("id")): p for p in data.get("speakers") or [] if isinstance(p, dict) and p.get("id")}

    def person(ref: Any) -> Any:
        p = people.get(str(ref))
        if not p:
            return ref
        return {"name": p.get("name"), "handle": p.get("social") or p.get("twitter") or p.get("handle"),
                "affiliation": p.get("company") or p.get("affiliation")}

    def entry(e: dict, kind: str | None = None) -> dict | None:
        kind_word = str(e.get("type") or kind or "").lower()
        if not e.get("title") or exports.names_a_slot(kind_word) or str(e.get("status") or "").lower() in exports.WITHDRAWN:
            return None
        out = {"title": " ".join(str(e["title"]).split())}
        named = e.get("speakers") if e.get("speakers") is not None else e.get("speaker")
        refs = named if isinstance(named, list) else [named] if named else []
        if e.get("moderator"):
            refs = [e["moderator"]] + [r for r in refs if r != e["moderator"]]
        if refs:
            out["speakers"] = [person(r) for r in refs]
        for key in ("slides", "video", "room"):
            if e.get(key):
                out[key] = e[key]
        if kind_word in ("keynote", "lightning", "panel", "workshop"):
            out["type"] = kind_word
        return out

    talks = []
    for e in listed:
        if not isinstance(e, dict):
            continue
        children = e.get("children") or e.get("talks")
        if isinstance(children, list):  # (a slot holding its talks: `Lightning talks` over each)
            talks += [t for c in children if isinstance(c, dict) and (t := entry(c, str(e.get("type") or "")))]
        elif (t := entry(e)):
            talks.append(t)
    front: dict[str, Any] = {"talks": talks}
    event = data.get("event") if isinstance(data.get("event"), dict) else {}
    if event.get("name"):
        edition = str(event.get("edition") or "")
        front["title"] = f"{event['name']} {edition}".strip() if edition and edition not in str(event["name"]) else event["name"]
    if event.get("date"):
        front["event_date"] = str(event["date"])
    venue = event.get("venue")
    if isinstance(venue, dict) and venue.get("name"):
        front["venue"] = ", ".join(str(v) for v in (venue.get("name"), venue.get("room")) if v)
    elif isinstance(venue, str):
        front["venue"] = venue
    if event.get("url"):
        front["event_url"] = event["url"]
    if event.get("hashtag"):
        front["hashtags"] = [str(event["hashtag"]).lstrip("#")]
    return "", front


def _is_calendar_invite(body: str, suffix: str) -> bool:
    return bool(_CALENDAR_START.match(body)) and "BEGIN:VEVENT" in body


_CALENDAR_START = re.compile(r"\s*BEGIN:VCALENDAR")


# the start as the invite's text says it, in the place's own time: `Doors 6:30pm`, `18:30 開場`
_LOCAL_CLOCK = re.compile(r"\b(?:doors?|starts?|starting|begins?|from|opens?|talks?|kick(?:s|ing)?\s+off|開場|開始|受付)\b\W{0,3}"
                          r"(?:(?:at|@|:)\s*)?(?:(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>[ap]\.?m\b\.?)"
                          r"|(?P<h24>\d{1,2}):(?P<m24>\d{2})(?![\d:]))", re.IGNORECASE)


def _calendar_invite(body: str) -> tuple[str, dict]:
    """An iCalendar invite pasted as the note (`BEGIN:VCALENDAR`, a Google Calendar or Outlook export): its first event's
    `SUMMARY` the title, `DTSTART` the day, `LOCATION` the venue, `URL` the page; its `DESCRIPTION` (HTML or text) the
    note's text. A start given in UTC (`…T013000Z`) is the place's day by the first time the description says in the
    place's own time (`Doors 6:30pm`): the hours between them are the offset. Not line for line: the folded lines are one."""
    import icalendar  # (read with the package made for the format; only such notes pay for its import)

    try:
        calendar = icalendar.Calendar.from_ical(body.strip())
        events = calendar.walk("VEVENT")
        # (several events: the one with a place or a page, never a deadline's reminder)
        event = next((e for e in events if e.get("LOCATION") or e.get("URL")), events[0] if events else None)
        start = event.decoded("DTSTART") if event is not None and event.get("DTSTART") else None
    except (ValueError, KeyError, IndexError, TypeError):
        return body, {}  # (an invite cut short or mistyped: read as the text it is)
    if event is None:
        return body, {}
    front: dict[str, Any] = {}
    text = str(event.get("DESCRIPTION") or "")
    if event.get("SUMMARY"):
        front["title"] = str(event["SUMMARY"]).strip()
    if isinstance(start, dt.datetime):
        if start.tzinfo is not None and start.utcoffset() == dt.timedelta(0) and (said := _LOCAL_CLOCK.search(
                re.sub(r"<[^>]+>", " ", text))):
            hour = int(said.group("h") or said.group("h24")) % 12 + (12 if (said.group("ap") or "").lower().startswith("p")
                                                                      else 0) if said.group("h") else int(said.group("h24"))
            minute = int(said.group("m") or said.group("m24") or 0)
            offset = ((hour * 60 + minute) - (start.hour * 60 + start.minute)) % (24 * 60)
            offset = offset - 24 * 60 if offset > 14 * 60 else offset
            start = start + dt.timedelta(minutes=offset)
        front["event_date"] = start.date().isoformat()
    elif isinstance(start, dt.date):
        front["event_date"] = start.isoformat()
    if event.get("LOCATION"):
        front["venue"] = str(event["LOCATION"]).strip()
    if event.get("URL"):
        front["event_url"] = str(event["URL"]).strip()
    if "<" in text and _TAG_IN_TEXT.search(text):
        text = html_to_markdown(text)
    return text, front


_TAG_IN_TEXT = re.compile(r"<(?:br|p|ul|ol|li|b|i|a|div|strong|em)\b", re.IGNORECASE)


def _has_grid_tables(body: str, suffix: str) -> bool:
    return suffix != ".rst" and "+-" in body and bool(_GRID_BORDER_LINE.search(body))


_GRID_BORDER_LINE = re.compile(r"^\s*\+(?:[-=]+\+){2,}\s*$", re.MULTILINE)


def _grid_tables(body: str) -> tuple[str, dict]:
    """Pandoc's grid tables in Markdown (`+----+----+` borders), read as reStructuredText's are (_rst_grid_table)."""
    lines = body.split("\n")
    code = set(code_lines(lines))
    out = list(lines)
    i = 0
    while i < len(lines):
        if i not in code and _RST_GRID_BORDER.match(lines[i]) and (grid := _rst_grid_table(lines, i)):
            end, rows = grid
            out[i:end] = rows + [""] * (end - i - len(rows))
            i = end
            continue
        i += 1
    return "\n".join(out), {}


# Zenn's and Qiita's container blocks: `:::details 🦀 Title — 工藤さん` … `:::`, `:::message` … `:::`, `:::note info`
_COLON_BLOCK = re.compile(r"^\s{0,3}(?P<colons>:{3,})\s*(?P<kind>[A-Za-z]+)?(?:\s+(?P<title>\S.*?))?\s*$")
# MkDocs Material's admonitions: `!!! info "開催概要"`, `??? note "LT（5分 × 2本）"`, `???+ tip`, their text indented
_ADMONITION = re.compile(r"^(?P<indent>\s*)(?:!!!|\?\?\?\+?)\s+[A-Za-z][\w-]*(?:\s+[\w-]+)*(?:\s+\"(?P<title>[^\"]*)\")?\s*$")
_HEADING_LEVEL = re.compile(r"^\s{0,3}(?P<h>#{1,6})\s")
_COLON_BLOCK_LINE = re.compile(r"^\s{0,3}:{3,}(?:\s*[A-Za-z]+.*)?$", re.MULTILINE)
_ADMONITION_LINE = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s+[A-Za-z]", re.MULTILINE)


# Obsidian's callouts and GitHub's alerts: `> [!quote] Async drop is here` over its `> …` lines, `> [!NOTE]`
_CALLOUT = re.compile(r"^\s{0,3}>\s*\[!(?P<kind>[A-Za-z][\w-]*)\][+-]?(?:\s+(?P<title>\S.*?))?\s*$")
_CALLOUT_SECTION = re.compile(r"quote|cite", re.IGNORECASE)
_CALLOUT_LINE = re.compile(r"^\s{0,3}>\s*\[![A-Za-z][\w-]*\]", re.MULTILINE)


def _has_container_blocks(body: str, suffix: str) -> bool:
    return ":::" in body and bool(_COLON_BLOCK_LINE.search(body)) \
        or ("!!!" in body or "???" in body) and bool(_ADMONITION_LINE.search(body)) \
        or "[!" in body and bool(_CALLOUT_LINE.search(body))


def _holds_headings(lines: list[str], start: int, colons: str) -> bool:
    """Whether the block opened on the line before `start` holds a heading before it closes (`:::` as long)."""
    for line in lines[start:]:
        if line.strip() == colons:
            return False
        if _HEADING_LEVEL.match(line):
            return True
    return False


def _container_blocks(body: str) -> tuple[str, dict]:
    """A container block the writer titles (`:::details Title`, `??? note "Title"`, `!!! info "開催概要"`, an Obsidian
    callout `> [!quote] Title`) is a section
    of its own: its title a heading one level under the one before it, its text the section's (an admonition's text
    unindented); an untitled block (`:::message`, `:::note info`) is its text alone; the closing `:::` goes."""
    out: list[str] = []
    level = 1  # the level of the last heading seen
    admonition: int | None = None  # the indent of the admonition whose text is being read
    callout = False  # inside a callout's quoted lines
    lines = body.split("\n")
    code = set(code_lines(lines))
    for i, line in enumerate(lines):
        if i in code:
            out.append(line)
            continue
        if callout and line.lstrip().startswith(">"):
            out.append(re.sub(r"^\s{0,3}>\s?", "", line))
            continue
        callout = False
        if (co := _CALLOUT.match(line)):
            callout = True
            title = (co.group("title") or "").strip()
            # (only a quote's box is a section, `> [!quote] Talk title`; the others are the writer's
            # asides, `> [!todo] Follow-ups`, `> [!info] Chapter 5`: their title a bold line)
            aside = not _CALLOUT_SECTION.fullmatch(co.group("kind"))
            out.append(("**" + title + "**" if aside else "#" * min(level + 1, 6) + " " + title) if title else "")
            continue
        if admonition is not None:
            if not line.strip():
                out.append("")
                continue
            if len(line) - len(line.lstrip(" ")) >= admonition + 4:
                out.append(line[admonition + 4:])
                continue
            admonition = None
        if (m := _HEADING_LEVEL.match(line)):
            level = len(m.group("h"))
        if (a := _ADMONITION.match(line)):
            admonition = len(a.group("indent"))
            title = (a.group("title") or "").strip()
            out.append("#" * min(level + 1, 6) + " " + title if title else "")
            continue
        if (c := _COLON_BLOCK.match(line)):
            kind, title = (c.group("kind") or "").lower(), (c.group("title") or "").strip()
            # (a block holding headings of its own, `:::details 🗣️ Discussions Summary` over `## Rachel Andrew`: only
            # folded text, its headings are the sections)
            out.append("#" * min(level + 1, 6) + " " + title if kind == "details" and title
                       and not _holds_headings(lines, i + 1, c.group("colons")) else "")
            continue
        out.append(line)
    return "\n".join(out), {}


# a page's legend for a mark it sets before some titles: `⚡ denotes a lightning talk`, `★ = keynote`
_LEGEND = re.compile(r"(?:^\s*|(?<=[.!?。] ))(?P<mark>[^\w\s\[\]()|*_#>-]{1,2})\s+(?:denotes|marks|indicates|means|=|:)\s+(?:an?\s+)?"
                     r"(?P<kind>lightning\s+talks?|keynotes?|workshops?|panels?)\b", re.IGNORECASE | re.MULTILINE)
_KIND_LABEL = {"lightning": "Lightning talk", "keynote": "Keynote", "workshop": "Workshop", "panel": "Panel"}


def _has_legend(body: str, suffix: str) -> bool:
    # (a legend names a kind: most notes name none of these words, which a substring test says sooner than the pattern)
    lowered = body.lower()
    return any(kind in lowered for kind in ("lightning talk", "keynote", "workshop", "panel")) \
        and any(word in lowered for word in ("denotes", "indicates", "means", "=", "marks", ":")) and bool(_LEGEND.search(body))


def _legend_marks(body: str) -> tuple[str, dict]:
    """Each title the legend's mark opens (`| 10:00 | ⚡ Juno, a Julia IDE / Mike Innes |`) labelled with the kind the
    legend gives it (`Lightning talk: Juno, …`), so the kind is read as any slot's label is."""
    for m in _LEGEND.finditer(body):
        mark, label = m.group("mark"), _KIND_LABEL[m.group("kind").split()[0].lower().rstrip("s")]
        marked = re.compile(r"(?P<at>^|\|\s*|(?:[-*+]|\d{1,2}[.)])\s+)" + re.escape(mark) + r"\uFE0F?\s+(?=\S)", re.MULTILINE)
        body = "\n".join(line if m.group(0) in line else marked.sub(lambda x: f"{x.group('at')}{label}: ", line)
                         for line in body.split("\n"))
    return body, {}


# a definition list (PHP Markdown Extra, kramdown, Pandoc): a term alone on its line over `: its definition`
_DEFINITION = re.compile(r"^ {0,3}:[ \t]+(?P<d>\S.*?)\s*$")
_DEFINITION_ANYWHERE = re.compile(r"^ {0,3}:[ \t]+\S", re.MULTILINE)
_NOT_A_TERM = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|>|\||#|```|~~~|<(?!time\b)|!\[|[=-]{3,}\s*$|:)")
# a term that is a fact's or a talk's label (`開催日`, `会場`, `公式ハッシュタグ`, `発表者 (武将)`, `資料`, `Speaker`), with a
# gloss maybe: only such a term over its definition is one labelled line (`Lena Fischer` over `: Registration desk`
# names a volunteer's job, no talk; a glossary's `Venue` over `: The county where a trial is held.` is a sentence)
_LABEL_TERM = re.compile(r"(?:公式)?(?:日時|日程|開催日|開催日時|日付|会場|場所|住所|開催場所|サイト|ウェブサイト|ページ|イベントページ|URL|"
                         r"ハッシュタグ|タグ|主催|主催者|共催|協賛|発表者|登壇者|講演者|演者|スピーカー|講師|資料|発表資料|スライド|動画|録画|"
                         r"アーカイブ|タイトル|題目|演題|テーマ|Date|When|Time|Where|Venue|Location|Place|Address|Website|Site|"
                         r"Event\s+page|Official\s+site|URL|Hashtags?|Organi[sz]ers?|Hosts?|Speakers?|Presenters?|Slides?|Deck|"
                         r"Video|Recording|Title|Topic)"
                         r"(?:\s*[(（][^()（）\d]{1,20}[)）])?", re.IGNORECASE)
_SENTENCE_DEFINITION = re.compile(r"[.。!！?？]$|[。！？]|(?:です|ます|でした|ました|ません|でしょう|だった|ている|ていた)$")


def _has_definition_lists(body: str, suffix: str) -> bool:
    return ("\n:" in body or "\n :" in body) and bool(_DEFINITION_ANYWHERE.search(body))


def _label_terms(lines: list[str], code: set[int]) -> set[int]:
    """The lines of the terms that are labels, in runs of definitions (blank lines apart) where half the terms or more
    are: a glossary's `会場` among `Pod` and `Service` defines a word, no fact of the event."""
    runs: list[list[tuple[int, bool]]] = [[]]
    gap = 0
    for k, line in enumerate(lines):
        if k in code:
            continue
        if not line.strip():
            gap += 1
            continue
        if k + 1 < len(lines) and _DEFINITION.match(lines[k + 1]) and not _DEFINITION.match(line) \
                or k + 2 < len(lines) and not lines[k + 1].strip() and _DEFINITION.match(lines[k + 2]) \
                and not _DEFINITION.match(line):
            if gap > 2 and runs[-1]:
                runs.append([])
            runs[-1].append((k, bool(_LABEL_TERM.fullmatch(line.strip()))))
            gap = 0
        elif not _DEFINITION.match(line):
            if runs[-1]:
                runs.append([])
            gap = 0
    return {k for run in runs if run and sum(label for _, label in run) * 2 >= len(run) for k, label in run if label}


def _definition_lists(body: str) -> tuple[str, dict]:
    """A label's term with its definitions on one labelled line (`開催日` over `: 2026 年 5 月 30 日` is `開催日: 2026 年
    5 月 30 日`), as a fact or a talk's field is written elsewhere (_label_terms says which terms are labels); the
    definition's line is left blank, so every other line keeps its number. Any other term, and a definition that is
    a sentence, long or wrapped over indented lines, stays a line of its own over its text, the `: ` marker gone."""
    lines = body.split("\n")
    code = code_lines(lines, body)
    out = list(lines)
    for term_at, (at, who) in _titles_over_people(lines, code).items():
        # (on the definition's line, its notes' lines still after it: the term's line is left blank)
        out[term_at], out[at], lines[at] = "", f"{lines[term_at].rstrip()} / {who}", ""
    labels = _label_terms(lines, code)
    i = 0
    while i < len(lines):
        d = _DEFINITION.match(lines[i]) if i not in code else None
        if not d:
            i += 1
            continue
        term_at = i - 1
        while term_at >= 0 and not lines[term_at].strip() and term_at >= i - 2:
            term_at -= 1  # (a blank line may stand between a term and its definition)
        term = lines[term_at].strip() if term_at >= 0 and term_at not in code else ""
        opening = term_at == 0 or term_at > 0 and (not lines[term_at - 1].strip() or _DEFINITION.match(lines[term_at - 1]))
        if not term or _NOT_A_TERM.match(lines[term_at]) or not opening or term.endswith((":", "：")):
            i += 1
            continue
        definitions, going_on, j = [], False, i
        while j < len(lines) and j not in code:
            if (m := _DEFINITION.match(lines[j])):
                definitions.append(m.group("d"))
                out[j] = m.group("d")
            elif lines[j].startswith(("  ", "\t")) and lines[j].strip():
                going_on = True  # (a definition wrapped over indented lines is text, never a label's value)
                out[j] = lines[j].strip()
            else:
                break
            j += 1
        text = ", ".join(definitions)
        if term_at in labels and len(text) <= 200 and not going_on and not _SENTENCE_DEFINITION.search(text):
            out[term_at] = f"{term}: {text}"
            for k in range(term_at + 1, j):
                out[k] = ""
        i = j
    return "\n".join(out), {}


# a term a programme writes as a talk's title: a timed line (`7:15～ 「Title」 (20分)`) or a quoted title (`「Title」`)
_TITLE_TERM = re.compile(r"^\s*(?:\d{1,2}\s*[:：]\s*\d{2}\b.*\S|.*[「『“].+[」』”].*)$")
# one short name linked, an honorific maybe after it: `[蜜葉](http://c-mitsuba.com/)`, `[Jo Ode](https://jo.example)さん`
_LINKED_NAME = re.compile(r"\[[^\[\]\s]{1,20}(?: [^\[\]\s]{1,20})?\]\(https?://[^)\s]+\)\s*(?:さん|氏|様)?")
# the words a definition closes with where the talk's deck or write-up was linked (`: [Name](…) 資料`, `: dragon 解説ブログ`)
_FILE_WORDS_AFTER = re.compile(r"(?:\s*(?:資料|スライド|動画|解説ブログ|ブログ|slides?|deck|video|blog))+\s*$", re.IGNORECASE)


def _titles_over_people(lines: list[str], code: set[int]) -> dict[int, tuple[int, str]]:
    """`「Title」 (20分)` over `: [Name](…)  資料`: a programme written as a definition list, each talk's title the term and
    its speaker the first definition. Read as the note's habit, where two terms or more are titles (timed or quoted)
    and half their first definitions or more read as people; then every such definition that is a few words and no
    sentence is its title's speaker (`: かNEO 資料`), the file words after it gone. term's line -> (definition's line,
    who)."""
    from . import people  # (read only for a note with a definition list)
    entries: list[tuple[int, int, str]] = []
    for i, line in enumerate(lines):
        d = _DEFINITION.match(line) if i not in code else None
        term_at = i - 1
        if not d or term_at < 0 or term_at in code or _DEFINITION.match(lines[term_at]) \
                or _NOT_A_TERM.match(lines[term_at]) or not _TITLE_TERM.match(lines[term_at]):
            continue
        who = _FILE_WORDS_AFTER.sub("", d.group("d")).strip()
        shown = people.MD_LINK.sub(r"\g<text>", who)
        if who and len(shown) <= 40 and not _SENTENCE_DEFINITION.search(shown):
            entries.append((term_at, i, who))
    if len(entries) < 2:
        return {}
    # (a name linked to its owner's site, `[蜜葉](http://…/)`, is a person's in such a list whatever the word lists say)
    named = sum(1 for _, _, who in entries if _LINKED_NAME.fullmatch(who)
                or people.looks_like_people(people.MD_LINK.sub(r"\g<text>", who), strict=False))
    if named < 2 or named * 2 < len(entries):
        return {}
    return {term_at: (at, who) for term_at, at, who in entries}


# a DocC catalog's link to another page by its name (`<doc:Automating-Accessibility>`): the page's title, in words
_DOCC_LINK = re.compile(r"<doc:(?P<name>[^>\s]+)>")


def _has_docc_links(body: str, suffix: str) -> bool:
    return "<doc:" in body


def _docc_link(m: re.Match) -> str:
    return unquote(m.group("name").split("/")[-1].split("#")[0]).replace("-", " ")


DIALECTS: tuple[Dialect, ...] = (
    # (a tool's saved file first: what it holds is then read as the note's text, in the dialects below)
    Dialect("a conference schedule (pretalx, frab: schedule.xml)", exports.is_schedule_xml, exports.schedule_xml),
    Dialect("Sessionize's sessions (JSON)", exports.is_sessionize, exports.sessionize),
    Dialect("an event from connpass's API (JSON)", exports.is_connpass_api, exports.connpass_api),
    Dialect("an Evernote export (.enex)", exports.is_enex, exports.enex),
    Dialect("captions (WebVTT, SubRip)", exports.is_captions, exports.captions),
    Dialect("a chat's messages as JSON (Chatwork, Slack)", exports.is_message_list, exports.message_list),
    Dialect("a WhatsApp chat's export", exports.is_whatsapp, exports.whatsapp),
    Dialect("a Zoom meeting's saved chat", exports.is_zoom_chat, exports.zoom_chat),
    Dialect("org-mode", _is_org, _org),
    Dialect("AsciiDoc", _is_asciidoc, _asciidoc),
    Dialect("a Marp slide deck", _is_marp_deck, _marp_deck),
    Dialect("DokuWiki", _is_dokuwiki, _dokuwiki),
    Dialect("MediaWiki", lambda body, suffix: _is_mediawiki(body, suffix) and not _is_dokuwiki(body, suffix), _mediawiki),
    Dialect("PukiWiki", _is_pukiwiki, _pukiwiki),
    Dialect("Hiki", _is_hiki, _hiki),
    Dialect("Textile", _is_textile, _textile),
    Dialect("an event page of meetup.com copied as text", _is_meetup_copy, _meetup_copy),
    Dialect("an event page of connpass copied as text", _is_connpass_copy, _connpass_copy),
    Dialect("a page saved as text by a clipper", _is_clipped_page, _clipped_page),
    Dialect("a web page's menu copied above its text", _has_menu_copied, _menu_copied),
    Dialect("a programme exported as CSV", _has_csv_programme, _csv_programme),
    Dialect("a spreadsheet saved as CSV", _is_spreadsheet, _spreadsheet),
    Dialect("a chat message copied as text", _is_chat_copy, _chat_copy),
    Dialect("a chat thread copied as text (Slack)", _is_thread_copy, _thread_copy),
    Dialect("a LINE chat's saved history", _is_line_history, _line_history),
    Dialect("Discourse BBCode", _has_bbcode, _bbcode),
    Dialect("task lists", _has_task_boxes, _outside_code(lambda line: _TASK_BOX.sub(r"\g<item>", line))),
    Dialect("grid tables in Markdown", _has_grid_tables, _grid_tables),
    Dialect("a Notion page's properties", _has_notion_properties, _notion_properties),
    Dialect("a mailing list archive's message", _is_mail_archive, _mail_archive),
    Dialect("a mail with its headers", _is_mail_message, _mail_message),
    Dialect("a calendar invite (iCalendar)", _is_calendar_invite, _calendar_invite),
    Dialect("a site's data file of sessions (YAML)", _is_sessions_data, _sessions_data),
    Dialect("links wrapped by a redirect (Google, Outlook, Facebook)", _has_redirect_links,
            _outside_code(lambda line: _REDIRECT_LINK.sub(_redirect_target, line))),
    Dialect("container blocks (Zenn, Qiita, MkDocs admonitions)", _has_container_blocks, _container_blocks),
    Dialect("restructuredtext", _is_rst, _rst),
    Dialect("templates", _has_templates, _strip_templates),
    Dialect("Hatena notation's links and lists", _has_hatena_notation, _hatena_notation),
    Dialect("DocC links", _has_docc_links, _outside_code(lambda line: _DOCC_LINK.sub(_docc_link, line))),
    Dialect("line breaks ending every line", _has_ending_breaks, _ending_breaks),
    Dialect("line breaks alone on a line", _has_break_lines, _break_lines),
    Dialect("an indented HTML page", _is_indented_html_page, _dedent_html_page),
    Dialect("disclosure blocks (<details> with its <summary>)", _has_details_blocks, _details_blocks),
    Dialect("html", _has_html_blocks, _html_blocks),
    Dialect("org-mode's text export (numbered headings over ═ ─ ╌ rules)", _is_org_text_export, _org_text_export),
    Dialect("setext headings", _has_setext, _setext),
    Dialect("headings without a space", _has_tight_headings, _tight_headings),
    Dialect("a fence left open over the note's headings", _has_fences, _stray_fences),
    Dialect("definition lists (PHP Markdown Extra, kramdown, Pandoc)", _has_definition_lists, _definition_lists),
    Dialect("places marked for links within the page (`<a name=…></a>`)", _has_place_marks,
            _outside_code(lambda line: _outside_code_spans(line, _without_place_marks))),
    Dialect("HTML links in Markdown text", _has_inline_anchors,
            _outside_code(lambda line: _outside_code_spans(line, lambda part: _INLINE_ANCHOR.sub(_anchor, part)))),
    Dialect("escaped underscores in words", _has_escaped_underscores,
            _outside_code(lambda line: _outside_code_spans(line, lambda part: _ESCAPED_UNDERSCORE.sub("_", part)))),
    Dialect("list items wrapped over lines", _has_wrapped_items, _wrapped_items),
    Dialect("list items broken after a space, going on at the line's start", _has_items_broken_after_a_space,
            _items_broken_after_a_space),
    Dialect("lines listed without marks under a talks heading", _has_unmarked_lists, _unmarked_lists),
    Dialect("entries set a line each under a list item's lead", _has_entries_under_an_item, _entries_under_an_item),
    Dialect("reference links", _has_reference_links, _reference_links),
    Dialect("link addresses with parentheses", _has_parenthesised_addresses,
            _outside_code(lambda line: _outside_code_spans(line, lambda part: _PARENTHESISED_ADDRESS.sub(_encoded_address, part)))),
    Dialect("linked images split over lines", _has_split_linked_images, _split_linked_images),
    Dialect("character references", _has_entities, _outside_code(lambda line: _ENTITY.sub(_entity, line))),
    Dialect("page-copy debris", _has_debris, _debris),
    Dialect("a line-up fenced to keep its layout", _has_fenced_line_ups, _fenced_line_ups),
    Dialect("a line-up set as a quote", _has_quoted_line_ups, _quoted_line_ups),
    Dialect("emoji shortcodes", _has_emoji_codes, _outside_code(_without_emoji_codes)),
    Dialect("lines marked with one pictograph as a list", _has_pictograph_lists, _pictograph_lists),
    Dialect("a legend's mark before titles of one kind", _has_legend, _legend_marks),
    Dialect("a programme set in two text columns (times, then talks)", _has_column_programme, _column_programme),
    Dialect("clock times written with an h", _has_h_clocks, _outside_code(lambda line: _H_CLOCK_RANGE.sub(_h_clock, line))),
    Dialect("headings showing only a picture", _has_picture_headings, _outside_code(_picture_heading)),
)


def read(body: str, suffix: str = ".md") -> Reading:
    """The note's body as Markdown, with the front matter its markup carried (reStructuredText fields)."""
    front: dict[str, Any] = {}
    for dialect in DIALECTS:
        if dialect.detect(body, suffix):
            body, found = dialect.rewrite(body)
            for key, value in found.items():
                front.setdefault(key, value)
    return Reading(body=body, front_matter=front)
