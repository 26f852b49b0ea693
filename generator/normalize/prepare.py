"""Rewrite other outline syntaxes as Markdown, line for line (line numbers stay right).

- Scrapbox / Cosense exports: `[** Heading]` headings, tab-indented lines as
  nested bullets, `[text url]` and `[url text]` links, `[page]` links as text.
- Hatena super-pre code blocks (`>|python|` ... `||<`, `>||` ... `||<`) as fenced code,
  so a `# comment` inside one is never read or rendered as a heading.
- Backlog wiki notation: `* 見出し` / `** 見出し` headings, `--` nested bullets, `[[text:url]]` links.
- A thread copied from X/Twitter: author lines, post stamps and view counts are dropped.
- Bold lines standing as headings (`**Title** by Name` between blank lines) in
  notes with no Markdown heading at all, as blog posts often write talk titles.
"""
from __future__ import annotations

import re

from .fields import WHOLE_BOLD_LINE

_SB_HEADING = re.compile(r"^\[(?P<stars>\*{1,5})\s+(?P<text>[^\]]+?)\s*\]\s*$")
_SB_LINK = re.compile(r"\[(?:(?P<text1>[^\[\]]*?)\s+(?P<url1>https?://[^\s\[\]]+)|(?P<url2>https?://[^\s\[\]]+)\s+(?P<text2>[^\[\]]+?)"
                      r"|(?P<url3>https?://[^\s\[\]]+))\]")
_SB_PAGE = re.compile(r"\[(?![*\-/])(?P<page>[^\[\]\n]{1,60}?)\](?!\()")
_BOLD_LINE = re.compile(r"^\s*\*\*(?P<title>[^*\n]{2,120}?)\*\*(?P<rest>\s*(?:(?:by|/|／|—|–|-)\s+\S.*|[（(][^()（）]+[)）]))?\s*$")
_BY_INSIDE = re.compile(r"\S\s+[Bb]y\s+[A-Z]")  # `**Title by Name**`
_ATX = re.compile(r"^ {0,3}#{1,6}\s+\S")
_HATENA_PRE = re.compile(r"^>\|(?P<lang>[A-Za-z0-9_+#-]*)\|\s*$")
_HATENA_PRE_CLOSE = re.compile(r"^\|\|<\s*$")


def _is_scrapbox(lines: list[str]) -> bool:
    return sum(1 for line in lines if _SB_HEADING.match(line)) >= 1 and sum(
        1 for line in lines if line.startswith("\t")) >= 2


def _scrapbox_links(line: str) -> str:
    def link(m: re.Match) -> str:
        url = m.group("url1") or m.group("url2") or m.group("url3")
        text = (m.group("text1") or m.group("text2") or "").strip()
        return f"[{text}]({url})" if text else url

    line = _SB_LINK.sub(link, line)
    line = _SB_ICON.sub("", line) if ".icon" in line else line  # (`[urata_m.icon]`: the person's picture, no words)
    return _SB_PAGE.sub(lambda m: m.group("page"), line)


_SB_ICON = re.compile(r"\[[^\[\]\s]{1,60}\.icon(?:\*\d{1,2})?\]\s*")


def _scrapbox(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        m = _SB_HEADING.match(line)
        if m:
            out.append(f"{'#' * max(2, 5 - len(m.group('stars')))} {_scrapbox_links(m.group('text'))}")
            continue
        depth = len(line) - len(line.lstrip("\t"))
        text = _scrapbox_links(line.lstrip("\t"))
        out.append(f"{'  ' * (depth - 1)}- {text}" if depth and text.strip() else text)
    return out


def _bold_headings(lines: list[str], titled: bool) -> list[str]:
    """Bold lines standing between blank lines, two or more, as the note's headings, where the note has none of
    its own but (at most) one `# Title` naming it: that title then names the note, and every bold line is a
    section under it. A note with sections of its own (`## Programme`) uses bold for emphasis within them."""
    headings = [line for line in lines if _ATX.match(line)]
    if len(headings) > 1 or headings and not headings[0].lstrip().startswith("# "):
        return lines
    titled = titled or bool(headings)
    candidates = [i for i, line in enumerate(lines) if _BOLD_LINE.match(line)
                  and (i == 0 or not lines[i - 1].strip()) and i + 1 < len(lines)]
    if headings:  # (under a title, only bold lines naming their speakers: `**Key takeaways**` is the writer's)
        candidates = [i for i in candidates if (m := _BOLD_LINE.match(lines[i])).group("rest")
                      or _BY_INSIDE.search(m.group("title"))]
    if len(candidates) < 2:
        return lines
    top = next((i for i, line in enumerate(lines) if line.strip()), None)
    out = list(lines)
    for i in candidates:
        m = _BOLD_LINE.match(lines[i])
        # a document with no title of its own (a Google Docs export) opens with its title in bold
        level = "#" if i == top and not titled and not m.group("rest") else "##"
        out[i] = f"{level} {m.group('title').strip()}{(' ' + m.group('rest').strip()) if m.group('rest') else ''}"
    return out


_HEADING_OR_ITEM = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||>|<)")


def _labels_over_values(lines: list[str]) -> list[str]:
    """`**日時/場所：**` alone on its line, its values on the next lines (`東京 10月31日（火）…`, then the place): each
    value as its labelled line (`日時：東京 10月31日…`, `場所：…`), as the facts' readers read them. A label over a
    heading, a list or another label is left as it is (`- 日時` over its nested item is read as a list's)."""
    from .sections import fact_labels, fact_line  # (sections reads prepared text: imported when a label is seen)
    out = list(lines)
    for i, line in enumerate(lines):
        if not line.strip() or _HEADING_OR_ITEM.match(line) or (":" not in line and "：" not in line):
            continue
        labels = fact_labels(line)
        if not labels:
            continue
        at, values = i + 1, []
        while at < len(lines) and len(values) < len(labels):
            if lines[at].strip():
                if _HEADING_OR_ITEM.match(lines[at]) or fact_labels(lines[at]) or fact_line(lines[at]):
                    break  # (a value may hold a colon, `10/31(火) 19:00〜`; another labelled fact ends the values)
                values.append(at)
            at += 1
        if not values:
            continue
        out[i] = ""
        for label, v in zip(labels, values):
            value = lines[v].strip()
            bold = WHOLE_BOLD_LINE.match(value)
            out[v] = f"{label}：{bold.group('t') if bold else value}"
    return out


# Backlog wiki notation: `* 見出し1`, `** 見出し2` (a space after the stars), `-`/`--` bullets,
# `[[text:url]]` / `[[text>url]]` links, `''bold''`
_BACKLOG_HEADING = re.compile(r"^(?P<stars>\*{1,3})[ \t]+(?P<text>\S.*?)\s*$")
_BACKLOG_BULLET = re.compile(r"^(?P<dashes>-{2,4})[ \t]*(?P<text>\S.*)$")
_BACKLOG_LINK = re.compile(r"\[\[(?P<text>[^\[\]:>]{1,80}?)\s*[:>]\s*(?P<url>https?://[^\]\s]+)\]\]")


def _is_backlog(lines: list[str]) -> bool:
    """Backlog notation: no Markdown heading, and headings of two or three stars and a space
    (which Markdown never writes: `** x` is neither a bullet nor bold)."""
    deep = sum(1 for line in lines if (m := _BACKLOG_HEADING.match(line)) and len(m.group("stars")) >= 2)
    return deep >= 2 and not any(_ATX.match(line) for line in lines)


def _backlog(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        line = _BACKLOG_LINK.sub(lambda m: f"[{m.group('text').strip()}]({m.group('url')})", line)
        line = re.sub(r"''(?P<t>[^'\n]+?)''", r"**\g<t>**", line)
        m = _BACKLOG_HEADING.match(line)
        if m:
            out.append(f"{'#' * len(m.group('stars'))} {m.group('text')}")
            continue
        b = _BACKLOG_BULLET.match(line)
        out.append(f"{'  ' * (len(b.group('dashes')) - 1)}- {b.group('text')}" if b else line)
    return out


# a thread copied from X/Twitter: each post is the author's name, `@handle`, the text, then a
# `午後7:05 · 2024年6月8日` / `7:05 PM · Jun 8, 2024` stamp (and sometimes `·` and a view count)
_POST_STAMP = re.compile(r"^\s*(?:(?:午前|午後)\s*\d{1,2}:\d{2}\s*·\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
                         r"|\d{1,2}:\d{2}\s*(?:AM|PM)\s*·\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*(?:19|20)\d\d)\s*$")
_POST_HANDLE = re.compile(r"^\s*@[A-Za-z0-9_]{1,15}\s*$")
_POST_NOISE = re.compile(r"^\s*(?:·|[\d,.]+\s*(?:万|K|M)?\s*(?:件の表示|回表示|Views?))\s*$", re.IGNORECASE)


def _is_thread(lines: list[str]) -> bool:
    return sum(1 for line in lines if _POST_STAMP.match(line)) >= 2 and sum(
        1 for line in lines if _POST_HANDLE.match(line)) >= 2


def _thread(lines: list[str]) -> list[str]:
    """The posts' text only: author lines, repeated stamps and view counts become blank lines
    (the first stamp stays: it is the day the posts were written)."""
    out = list(lines)
    stamps = 0
    for i, line in enumerate(lines):
        if _POST_HANDLE.match(line):
            out[i] = ""
            if i > 0 and lines[i - 1].strip() and (i < 2 or not lines[i - 2].strip()) and len(lines[i - 1]) <= 50:
                out[i - 1] = ""  # the author's display name above the handle
        elif _POST_NOISE.match(line):
            out[i] = ""
        elif _POST_STAMP.match(line):
            stamps += 1
            out[i] = line if stamps == 1 else ""
    return out


def _hatena_code_blocks(lines: list[str]) -> list[str]:
    out = list(lines)
    i = 0
    while i < len(out):
        m = _HATENA_PRE.match(out[i])
        close = next((j for j in range(i + 1, len(out)) if _HATENA_PRE_CLOSE.match(out[j])), None) if m else None
        if m and close is not None:
            out[i], out[close] = f"```{m.group('lang')}", "```"
            i = close
        i += 1
    return out


# AsciiDoc: `= Document title`, `== Section`, `label:: value` (a description list), `:attr:` lines
_ADOC_HEADING = re.compile(r"^(?P<eq>={1,5})[ \t]+(?P<text>\S.*?)\s*$")
_ADOC_ATTRIBUTE = re.compile(r"^:[A-Za-z0-9_-]+!?:(?:[ \t].*)?$")
_ADOC_DLIST = re.compile(r"^(?P<label>[^:\s][^:]{0,30}?)::(?:[ \t]+(?P<value>\S.*))?$")
_ADOC_BULLET = re.compile(r"^(?P<stars>\*{2,5})[ \t]+(?P<text>\S.*)$")


def _is_asciidoc(lines: list[str]) -> bool:
    """A document title `= Title` on its first line and `==` section headings below it."""
    top = next((line for line in lines if line.strip()), "")
    m = _ADOC_HEADING.match(top)
    return bool(m and len(m.group("eq")) == 1) and sum(
        1 for line in lines if (h := _ADOC_HEADING.match(line)) and len(h.group("eq")) >= 2) >= 2


def _asciidoc(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        m = _ADOC_HEADING.match(line)
        if m:
            out.append(f"{'#' * len(m.group('eq'))} {m.group('text')}")
        elif _ADOC_ATTRIBUTE.match(line):
            out.append("")
        elif (d := _ADOC_DLIST.match(line)) and d.group("value"):
            out.append(f"{d.group('label').strip()}: {d.group('value')}")
        elif b := _ADOC_BULLET.match(line):
            out.append(f"{'  ' * (len(b.group('stars')) - 1)}- {b.group('text')}")
        else:
            out.append(line)
    return out


# Org-mode property drawers: `:PROPERTIES:` / `:SPEAKER: 山田 太郎` / `:END:` -> `SPEAKER: 山田 太郎`
_ORG_DRAWER = re.compile(r"^\s*:(?:PROPERTIES|END):\s*$", re.IGNORECASE)
_ORG_DRAWER_WORD = re.compile(r":(?:PROPERTIES|END):", re.IGNORECASE)
_ORG_PROPERTY = re.compile(r"^(?P<indent>\s*):(?P<name>[A-Za-z_][\w-]*):[ \t]+(?P<value>\S.*)$")


def _org_drawers(lines: list[str]) -> list[str]:
    out = list(lines)
    inside = False
    for i, line in enumerate(lines):
        if _ORG_DRAWER.match(line):
            inside = line.strip().upper() == ":PROPERTIES:"
            out[i] = ""
        elif inside and (m := _ORG_PROPERTY.match(line)):
            out[i] = f"{m.group('indent')}{m.group('name').title()}: {m.group('value')}"
    return out


# a rule drawn with box-drawing characters (`━━━━━━`, `──────`, `＝＝＝＝`): a separator, read as a blank line
_DRAWN_RULE = re.compile(r"^\s*[\u2500-\u257F\u2015\uFF1D\u30FC]{3,}\s*$")


# MDX: `import ... from '...'` / `export const ...` lines, and JSX components whose props carry the facts:
# `<SpeakerCard name="Jane Doe" handle="jane" />`, `<EventInfo date="..." venue="..." url="..." />`
_MDX_IMPORT = re.compile(r"^(?:import\s+.+\s+from\s+[\"'][^\"']+[\"'];?|import\s+[\"'][^\"']+[\"'];?|export\s+(?:const|default|let|function)\b.*)\s*$")
_JSX_OPEN = re.compile(r"^\s*<(?P<name>[A-Z][A-Za-z0-9]*)(?=[\s/>]|$)")
_JSX_PROP = re.compile(r"(?P<key>[A-Za-z][\w-]*)\s*=\s*(?:\"(?P<v1>[^\"]*)\"|'(?P<v2>[^']*)'|\{\s*[\"'](?P<v3>[^\"']*)[\"']\s*\})")
_PERSON_COMPONENT = re.compile(r"speaker|author|presenter|person|profile|member|panelist", re.IGNORECASE)
_PROP_LABELS = {"date": "Date", "datetime": "Date", "when": "Date", "venue": "Venue", "location": "Venue", "place": "Venue",
                "where": "Venue", "url": "Event page", "href": "Event page", "link": "Event page", "eventurl": "Event page"}


_JSX_TITLE = re.compile(r"\btitle=(?:\{\s*<a\b[^>]*>(?P<t>[^<]+)</a>\s*\}|[\"'](?P<u>[^\"']+)[\"'])")
_JSX_CLOSE = re.compile(r"^\s*</[A-Z][A-Za-z0-9]*>\s*$")


def _level_above(lines: list[str], i: int) -> int:
    """The level of the last ATX heading the note wrote before line i (1 when none)."""
    for line in reversed(lines[:i]):
        m = re.match(r"^ {0,3}(#{1,6})\s", line)
        if m:
            return len(m.group(1))
    return 1


def _is_mdx(lines: list[str]) -> bool:
    return any(_MDX_IMPORT.match(line) for line in lines) and any(_JSX_OPEN.match(line) for line in lines)


def _jsx_facts(name: str, props: dict[str, str]) -> list[str]:
    if _PERSON_COMPONENT.search(name) and props.get("name"):
        handle = props.get("handle") or props.get("twitter") or props.get("github")
        org = props.get("company") or props.get("org") or props.get("affiliation")
        return [f"- Speaker: {props['name']}" + (f" @{handle.lstrip('@')}" if handle else "") + (f" ({org})" if org else "")]
    return [f"- {_PROP_LABELS[k.lower()]}: {v}" for k, v in props.items() if k.lower() in _PROP_LABELS and v]


def _mdx(lines: list[str]) -> list[str]:
    out = list(lines)
    i = 0
    while i < len(lines):
        if _MDX_IMPORT.match(lines[i]):
            out[i] = ""
            i += 1
            continue
        m = _JSX_OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        end = i
        while end < len(lines) and ">" not in lines[end] and end - i < 20:
            end += 1
        tag = " ".join(lines[i:end + 1])
        if not re.search(r"/>\s*$", tag.split(">")[0] + ">") and "/>" not in tag:
            # a container component (`<Callout>text</Callout>`): its text stays; one with a title
            # (`<Admonition title={<a href="…">Talk</a}>`) is a section headed by that title
            titled = _JSX_TITLE.search(tag)
            if titled:
                level = min(6, _level_above(lines, i) + 1)  # below the note's own heading, as its siblings
                out[i] = "#" * level + " " + re.sub(r"<[^>]+>", "", titled.group("t") or titled.group("u") or "").strip()
                for k in range(i + 1, end + 1):
                    out[k] = ""
            i = end + 1
            continue
        props = {p.group("key"): p.group("v1") or p.group("v2") or p.group("v3") or "" for p in _JSX_PROP.finditer(tag)}
        facts = _jsx_facts(m.group("name"), props)
        if facts:
            span = end - i + 1
            facts = facts[:span - 1] + ["  ".join(facts[span - 1:])] if len(facts) > span else facts
            for k in range(span):
                out[i + k] = facts[k] if k < len(facts) else ""
        i = end + 1
    return out


# a Medium export: `# Title`, a `## subtitle`, then the byline spread over lines (avatar, author, `·`,
# `5 min read`, `·`, the date, `--`). The subtitle is not a section; the byline's separators are noise.
_READ_TIME = re.compile(r"^\s*(?:·\s*)?\d{1,3}\s+min\s+read\s*(?:·.*)?$", re.IGNORECASE)
_BYLINE_NOISE = re.compile(r"^\s*(?:·|--|\d{1,3}\s+min\s+read|Listen|Share|Follow)\s*$", re.IGNORECASE)


def _medium_byline(lines: list[str]) -> list[str]:
    at = next((i for i, line in enumerate(lines[:40]) if _READ_TIME.match(line)), None)
    if at is None:
        return lines
    out = list(lines)
    heads = [i for i in range(at) if _ATX.match(lines[i])]
    if len(heads) >= 2 and lines[heads[0]].lstrip().startswith("# ") and re.match(r"^ {0,3}#{2,6}\s", lines[heads[1]]):
        out[heads[1]] = re.sub(r"^ {0,3}#{2,6}\s+", "", lines[heads[1]])  # the subtitle: a line of the intro
    for i in range(min(len(lines), at + 8)):
        if _BYLINE_NOISE.match(lines[i]):
            out[i] = ""
    return out


def prepare(body: str, titled: bool = False) -> str:
    """`titled`: the front matter names the note, so a bold first line is a talk, not the title."""
    return prepare_lines(body, titled)[0]


def prepare_lines(body: str, titled: bool = False) -> tuple[str, list[str]]:
    """prepare(body), and that text split into its lines.

    A syntax is only looked for line by line when the whole text holds the marks it is written
    with (`[*`, `·`, `import`...): most notes are plain Markdown and skip every rewrite. A mark of
    two or more characters is looked for after one of its characters: finding one character in a
    note is many times quicker than finding a longer string."""
    lines = body.split("\n")
    rules = [i for i, line in enumerate(lines) if _DRAWN_RULE.match(line)]
    for i in rules:
        lines[i] = ""
    unchanged = lines if not rules else None  # while `lines` is this list, it is `body` split
    text = body  # where the marks are looked for: blanking a rule only took characters away
    if _ORG_DRAWER_WORD.search(text) and any(_ORG_DRAWER.match(line) for line in lines):
        lines = _org_drawers(lines)
        text = "\n".join(lines)
    read = lines
    if _is_asciidoc(lines):
        lines = _asciidoc(lines)
    elif "*" in text and "[*" in text and _is_scrapbox(lines):
        lines = _scrapbox(lines)
    elif "*" in text and (text.startswith("**") or "\n**" in text) and _is_backlog(lines):
        lines = _backlog(lines)
    elif "·" in text and _is_thread(lines):
        lines = _thread(lines)
    lines = _medium_byline(lines)
    if lines is not read:
        text = "\n".join(lines)
    if "<" in text and ("import" in text or "export" in text) and _is_mdx(lines):  # a JSX tag opens with `<`
        lines = _mdx(lines)
        text = "\n".join(lines)
    if "|" in text and ">|" in text and any(line.startswith(">|") for line in lines):
        lines = _hatena_code_blocks(lines)
        text = "\n".join(lines)
    if "：" in text or ":" in text:  # (before bold lines are read as headings: `**日時：**` is a label)
        lines = _labels_over_values(lines)
    if "*" in text and "**" in text:  # bold lines standing as headings
        lines = _bold_headings(lines, titled)
    if "*" in text or "_" in text:  # (a title set in italics or bold over its speaker's line, a card each)
        lines = _titles_over_speakers(lines)
    return (body if lines is unchanged else "\n".join(lines)), lines


# (in italics only: a title in bold over its speaker is read as the card it is by the list and heading readers)
_EMPHASISED_LINE = re.compile(r"^\s*(?P<m>[*_])(?P<t>[^*_\n]{3,160}?)(?P=m)\s*$")


# a card's third line, its deck: `Slides`, `[Slides](…)`, `資料`, a bare address
_DECK_LINE = re.compile(r"^\s*(?:\[?(?:slides?|deck|資料|スライド)\]?(?:\([^)\s]+\))?|<?https?://\S+>?)\s*$", re.IGNORECASE)
# an italic line over a name that is no talk's title: a quote (`*“Ship it.”*`), a caption (`*Photo: …*`)
_NOT_A_CARD_TITLE = re.compile(r"^\s*[\"“「『]|^\s*(?:photo|image|picture|写真|画像|credit)s?\b", re.IGNORECASE)


def _titles_over_speakers(lines: list[str]) -> list[str]:
    """Cards of a talk each, `*Title*` in italics over its speaker's name (then its deck's link): the titles as headings one
    level below the heading above them. Two such cards or more, each right after a blank line and with its deck's line
    (`Slides`, a link) under the name; a quote or a caption over a person's name (`*“Ship it.”*` / `Jane Roe`, a book
    over its author) stays as it is."""
    from . import people  # (the people module reads names: it sits above the reading layer)
    cards = [i for i, line in enumerate(lines[:-2]) if (i == 0 or not lines[i - 1].strip()) and (m := _EMPHASISED_LINE.match(line))
             and not _NOT_A_CARD_TITLE.match(m.group("t")) and lines[i + 1].strip() and not _EMPHASISED_LINE.match(lines[i + 1])
             and people.looks_like_people(people.MD_LINK.sub(r"\g<text>", lines[i + 1].strip()), strict=True)
             and _DECK_LINE.match(lines[i + 2])]
    if len(cards) < 2:
        return lines
    out = list(lines)
    level = 1
    for i, line in enumerate(lines):
        if _ATX.match(line) and not any(c < i for c in cards):
            level = len(line.strip()) - len(line.strip().lstrip("#"))
        if i in cards:
            out[i] = "#" * min(level + 1, 6) + " " + _EMPHASISED_LINE.match(line).group("t").strip()
    return out
