"""Body text -> sections (heading, level, line, lines).

Markdown headings, and what is code, come from the document model (document.py:
cmark-gfm's reading of the text), so a `# comment` in a code block or an HTML block
is never a heading; a heading quoted in a block quote is the quoted page's, not the
note's. Plain-text exports (a page copied out of a browser) lost their headings:
they are recovered from their shape, a short line on its own between blank lines
(outside code, HTML blocks and tables). "Strong" shapes name a talk for sure (a room
prefix like `26F`, `Room A`, `Track 2`, or a marker like `■`, `●`, `【LT】`);
other short lines are "weak" and become sub-headings. A title-shaped line
directly followed by `Speaker:`/`登壇者：`/`by X`, or ending in `（山田さん）`, is
strong too. Bylines (`Posted on ... · 4 min read`) and blocks of time lines
(a timetable, read by timetable.py) are never headings. `•` bullets are turned
back into Markdown lists.

Hatena notation (はてな記法) headings count as Markdown headings: `*見出し` (h3),
`**小見出し` (h4), `***` (h5) and `*1234567890*見出し` (a timestamped heading), in a
note with no Markdown heading and at least two such lines outside code and HTML
blocks. A Markdown bullet (`* item`) has a space after its star, and an emphasis
line (`*italic*`, `**bold** by X`) closes its stars, so neither is read as one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import document, speaker_lines
from .fields import CLOCK_RANGE
from .dates import PUBLICATION_MARKERS, find_date_safe, strip_dates
from .people import HONORIFIC, looks_like_people
from .speaker_lines import labelled_speaker_line

FENCE = re.compile(r"^ {0,3}(```+|~~~+)")  # a code fence line, as dialects.py reads Liquid templates around code
ROOM = (r"(?:\d{1,2}F[A-Za-z]?|B\d{1,2}F[A-Za-z]?|(?:Room|Track|Hall|Stage|Session|ROOM|TRACK|HALL|STAGE)\s*[-_]?(?!s\b)[A-Za-z0-9]{1,3}"
        r"|[A-Z]\s*(?:会場|ホール|トラック|ルーム)|(?:会場|ホール|トラック|ルーム|部屋)\s*[A-Za-z0-9０-９Ａ-Ｚ]{1,2}"
        r"|[A-Z](?=[:：]))")
ROOM_PREFIX = re.compile(r"^(?P<room>" + ROOM + r")\s*(?:[:：|｜\-–]\s*|\s+)(?P<title>\S.*)$")
_LT_WORD = r"LT|ＬＴ|Lightning\s*Talks?|ライトニングトーク"
# a kind marker opening a plain-text talk heading: `【LT】`, `【ＬＴ2】`, `[LT]`, `LT:`, `LT枠:`, `ライトニングトーク：`
MARKER = re.compile(r"^\s*(?:[■□●○◆◇▼▽★☆]\uFE0F?|【\s*(?:" + _LT_WORD + r"|Keynote|KEYNOTE|基調講演|セッション|Session)\s*\d*\s*】"
                    r"|[\[［]\s*(?:LT|ＬＴ)\s*\d*\s*[\]］]|(?:" + _LT_WORD + r")\s*枠?\s*\d*\s*[:：])\s*(?P<title>\S.*)$")
# an LT heading (`【LT】 Title / Name`, `■ LT: Title`): several in a row, one per line, are several talks
_LT_HEADING = re.compile(r"^\s*(?:[■□●○◆◇▼▽★☆]\uFE0F?\s*)?(?:【\s*(?:" + _LT_WORD + r")\s*\d*\s*】|[\[［]\s*(?:LT|ＬＴ)\s*\d*\s*[\]］]"
                         r"|(?:" + _LT_WORD + r")\s*枠?\s*\d*\s*[:：])\s*\S")
# the symbols some writers type for a list's bullets (read as Markdown's `-`)
BULLET_SYMBOLS = "•・◦▪‣·"  # (`·`, a middle dot, as an event page copied from the web lists its agenda)
_BULLET = re.compile(r"^(?P<indent>[ \t\u3000]*)[" + BULLET_SYMBOLS + r"]\s*(?P<text>.*)$")
_NUMBERED = re.compile(r"^[ \t\u3000]+(?P<num>\d{1,2}[.)、])\s+(?P<text>.*)$")
_NOT_HEADING_START = re.compile(r"^\s*(?:[-*+>|▶→※(（「『\"']|\d+[.)]\s|https?://|!\[|<)")
_SENTENCE_END = re.compile(r"(?:[。．.、,，:：]|:-)$")  # (`Following was the agenda :-`: a colon and a dash lead in too)
_TIME_LED = re.compile(r"^\s*(?:[-*+]\s+)?\d{1,2}\s*[:：]\s*\d{2}(?!\d)")
_READING_TIME = re.compile(r"\b\d+\s*min(?:ute)?s?\s+read\b|\d+\s*分で読め", re.IGNORECASE)
# `■日時：...`, `● 会場: ...`, `元ページ: https://...`: the event's details, never a talk heading
_META_LABEL = re.compile(
    r"^\s*(?:[■□●○◆◇▼▽★☆・]\uFE0F?\s*)?(?:イベント名|イベントページ|イベントURL|日時|日程|開催日時?|会場|場所|開催場所|URL|"
    r"ハッシュタグ|主催|共催|協賛|定員|参加費|参加者数?|申込(?:み)?|申し込み|connpass|doorkeeper|対象|Date|When|Venue|Where|"
    r"Place|Location|Time|Hashtags?|Event(?:\s+(?:name|page|site|URL))?|Organi[sz]ers?)\s*[:：]", re.IGNORECASE)
_LABELLED_URL = re.compile(r"^[^:：]{1,30}[:：]\s*<?https?://\S+>?\s*$"
                           # `[Video Link](https://youtu.be/…)`, `[Slides](…)`: a file's link, labelled by what it is
                           r"|^\[(?:the\s+)?(?:video|slides?|deck|recording|pdf|動画|スライド|資料|録画)(?:\s*(?:link|here))?\]"
                           r"\([^)\s]+\)\s*$", re.IGNORECASE)
# a talk given as labelled fields: `タイトル：Title` with `登壇者：Name` on the next lines
TITLE_FIELD = re.compile(r"^\s*(?:[■□●○◆◇▼▽★☆・\-*]\s*)?(?:タイトル|演題|題目|発表タイトル|Title|Talk)\s*[:：]\s*(?P<title>\S.*)$",
                         re.IGNORECASE)
# a talk named in a sentence (a thread, a diary): `1本目は山田さん「Title」`, `最後は LT、もちこさんの「Title」`
_ORDINAL_TALK = re.compile(
    r"^\s*(?:(?:\d{1,2}|[一二三四五六七八九十])\s*(?:本目|人目|番目)|最初|次|続いて|最後|ラスト|トップバッター|トリ)(?:は|の発表は)?"
    r"\s*[、,]?\s*(?P<lt>(?:LT|ＬＴ)\s*[、,:：]?\s*)?(?P<who>[^「」『』。、]{1,40}?)\s*(?:さん|氏|様)?\s*(?:の|による|から)?\s*"
    r"[「『](?P<title>[^」』]{2,120})[」』]")
_LETTER = re.compile(r"[^\W\d_]")
_HASHTAGS_ONLY = re.compile(r"(?:[#＃][^\s#＃]+\s*){2,}")


def _tells_on(rest: str) -> bool:
    """Whether what follows a talk named in a sentence goes on in sentences of its own (`。研修で作ったアプリを…。`)."""
    rest = rest.strip(" 。.、")
    return len(rest) > 20 and "。" in rest
_NAMED_AT_END = re.compile(r"[（(][^()（）]{1,30}" + HONORIFIC + r"[)）]\s*$")


@dataclass(frozen=True)
class Section:
    level: int  # 0 preamble; Markdown heading level; plain text: 2 strong, 3 weak
    title: str
    line: int  # 1-based line of the heading in the file (of the first line for the preamble)
    lines: tuple[str, ...] = ()
    strong: bool = True  # False: recognised only by its shape (a short line between blank lines)
    room: str | None = None  # a room prefix that came with a plain-text heading
    kind: str | None = None  # 'container' for a Talks/LT heading whose sub-headings are the talks; else their kind

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip("\n")

    @property
    def text_line(self) -> int:
        """The file line of lines[0]: the one after the heading's, or the preamble's own first line."""
        return self.line + 1 if self.level else self.line

    @property
    def text_first_line(self) -> int:
        """The file line of `text`'s first line (the blank lines `text` leaves out come before it)."""
        return self.text_line + next((i for i, line in enumerate(self.lines) if line), 0)


# はてな記法: `*見出し`, `**小見出し`, `***小小見出し`, `*1234567890*見出し`; the text starts with a
# letter, digit, bracket or symbol such as an emoji, never with a space, a star or punctuation
_HATENA = re.compile(r"^(?P<stars>\*{1,3})(?:\d{9,10}\*)?(?P<text>[^\s*.,;:/\\\-_)\]}>|~=+!?'\"`].*?)\s*$")
_HATENA_PRE_OPEN = re.compile(r"^>\|[A-Za-z0-9_+#-]*\|\s*$|^>\|\|\s*$")  # >|python| ... ||<  and >|| ... ||<
_HATENA_PRE_CLOSE = re.compile(r"^\|\|<\s*$")
_FOOTNOTE_NUMBER = re.compile(r"\d+(?:[\s:：)）.,、]|$)")
_SENTENCE_END_MARK = re.compile(r"[。．.、,，]$")


# Markdown emphasis closing the stars a line opened with: `*italic*`, `**bold** by X`
_CLOSING_STARS = {stars: re.compile(r"(?<![\\*])" + re.escape(stars) + r"(?!\*)") for stars in ("*", "**", "***")}


def _hatena_heading(line: str) -> tuple[int, str] | None:
    """(level, text) of a Hatena notation heading line; None for anything else."""
    m = _HATENA.match(line) if line.startswith("*") else None
    if not m:
        return None
    text = m.group("text")
    if len(text) > 120 or _FOOTNOTE_NUMBER.match(text) or _SENTENCE_END_MARK.search(text):
        return None  # a footnote (`*1: ...`, `*2 ...`) or a sentence, not a heading
    if _CLOSING_STARS[m.group("stars")].search(text) or text.endswith("*"):
        return None  # `*italic*`, `**bold** by X`, `*a* and *b*`: Markdown emphasis closes its stars
    return len(m.group("stars")) + 2, text.strip()


def _may_hold_code(text: str) -> bool:
    """A code block needs a fence, or a line indented by four columns (a tab is four): a text with
    neither has none, and is not parsed for them (dialects.py asks for the code lines of each text it
    rewrites). Looked for as plain substrings, which is many times quicker than a pattern."""
    return "```" in text or "~~~" in text or "    " in text or "\t" in text


def code_lines(lines: list[str], text: str | None = None) -> set[int]:
    """Indexes of the lines inside a code block (as cmark reads the text: fenced or indented, fences
    included) or a Hatena `>|lang|` ... `||<` block (not Markdown: a `>|` line, read to its `||<` or the end).
    A code block inside a block quote is left to the quote: its lines start with `>`, so no rewrite
    that skips code takes them for Markdown, and the quote's text is read as before (a quoted
    address's `&amp;` decoded as the character reference it is in a blog's escaped copy).

    `text`: the lines joined, when the caller has it."""
    text = "\n".join(lines) if text is None else text
    code: set[int] = set()
    if _may_hold_code(text):
        doc = document.parse(text, 1, lines)
        code = {n - 1 for n in doc.lines_of("code") - doc.lines_of("quote")}
    return code | _hatena_pre_lines(lines, code) if ">|" in text else code


def _hatena_pre_lines(lines: list[str], code: set[int] | frozenset[int]) -> set[int]:
    """Indexes of the lines of Hatena super-pre blocks (`>|lang|` ... `||<`) outside Markdown code."""
    found: set[int] = set()
    pre = False
    for i, line in enumerate(lines):
        if pre:
            found.add(i)
            pre = not _HATENA_PRE_CLOSE.match(line)
        elif i not in code and _HATENA_PRE_OPEN.match(line):
            found.add(i)
            pre = True
    return found


# a heading that is the writer's finished sentence, set large for emphasis (`### XP祭りは、9月15日に終了いたしました。`):
# the note's text, not a section's title
_FINISHED_SENTENCE = re.compile(r"(?:ました|でした|です|ます)[。．]\s*$")
_TAG = re.compile(r"<[^<>\n]+>")


def _markdown_heads(lines: list[str], doc: document.Document) -> dict[int, tuple[int, str, int]]:
    """(level, text, index of its last line) by line index of each heading the note writes in Markdown;
    failing any, of its Hatena notation headings when it has at least two (outside code, HTML blocks
    and tables).

    A heading inside a block quote is the quoted text's (a card quoting the event's page), not the note's.
    A setext heading is one when its text is one line: lines of `key: value` over a `---` (a front
    matter's closing fence without its opening one) are a paragraph to the rules, as to dialects.py."""
    quoted = doc.lines_of("quote") if doc.headings else ()
    heads = {b.line - doc.first_line: (b.level, b.text, b.end_line - doc.first_line) for b in doc.headings
             if b.text and b.line not in quoted and (b.marker == "#" or b.end_line == b.line + 1)
             and not (b.level >= 3 and _FINISHED_SENTENCE.search(_TAG.sub("", b.text)))}
    if heads or not (doc.text.startswith("*") or "\n*" in doc.text):
        return heads
    skip = {n - doc.first_line for n in doc.lines_of("code", "html", "row")}
    if any(line.startswith(">|") for line in lines):
        skip |= _hatena_pre_lines(lines, skip)
    found = {i: h + (i,) for i, line in enumerate(lines)
             if line.startswith("*") and i not in skip and (h := _hatena_heading(line)) is not None}
    return found if len(found) >= 2 else {}


def has_markdown_headings(lines: list[str], doc: document.Document | None = None) -> bool:
    """`doc`: the document model of `lines`, when the caller has it already."""
    return bool(_markdown_heads(lines, doc or document.parse("\n".join(lines), 1, lines)))


# `### Qt Roadmap (10:23 - 11:10)`, `## 開場・受付(9:00 - 10:08)`: the heading's time slot, not its words
_TRAILING_SLOT = re.compile(r"\s*[(（]\s*" + CLOCK_RANGE + r"\s*[)）]\s*$", re.IGNORECASE)


_WHOLE_CODE_SPAN = re.compile(r"(?P<ticks>`+)\s*(?P<t>[^`]*?[^`\s])\s*(?P=ticks)\s*")


def markdown_sections(lines: list[str], first_line: int, doc: document.Document | None = None) -> list[Section]:
    """The sections the note's headings open, after its preamble (only the preamble: it has no heading).

    `doc`: the document model of `lines` (its first line being `first_line`), when the caller has it."""
    heads = _ranked(_markdown_heads(lines, doc or document.parse("\n".join(lines), first_line, lines)))
    heads, lines = _without_byline_headings(heads, lines)
    sections: list[Section] = []
    current_title, current_level, current_line, start, underline = "", 0, first_line, 0, ()
    for i, (level, title, last) in sorted(heads.items()):
        sections.append(Section(current_level, current_title, current_line, underline + tuple(lines[start:i])))
        if title.startswith("`") and (whole := _WHOLE_CODE_SPAN.fullmatch(title)):
            title = whole.group("t")  # `#### ``` TECH TALKS ``` `: a heading set in code reads as its words
        current_level, current_title = level, _TRAILING_SLOT.sub("", title) or title
        current_line = first_line + i
        # a setext heading's underline is the heading's: a blank line of its section (which starts on
        # the line after the heading's first, as the rules count a section's lines)
        start, underline = last + 1, ("",) * (last - i)
    sections.append(Section(current_level, current_title, current_line, underline + tuple(lines[start:])))
    return sections


# a heading that is only a byline: `By Jane Roe`, `[By Jane Roe](…)`, `Speaker: Ken Ito`, `登壇者：山田 太郎`
_BYLINE_HEADING = re.compile(r"^\s*\[?\s*(?:(?:presented\s+)?by\s|(?:speakers?|presenters?)\s*[:：]|(?:登壇者|発表者|講演者|スピーカー)\s*[:：])",
                             re.IGNORECASE)


def _without_byline_headings(heads: dict[int, tuple[int, str, int]], lines: list[str]
                              ) -> tuple[dict[int, tuple[int, str, int]], list[str]]:
    """`## Title` then, right under it, `### [By Jane Roe](…/speakers#jane-roe)` or `#### Speaker: Ken Ito`: the
    deeper heading is the title's byline set large, a line of its section (written as its words), never a section of
    its own."""
    def shaped(text: str) -> bool:
        return bool(_BYLINE_HEADING.match(text)) and speaker_lines.labelled_byline(text)

    def alone(above: int, i: int) -> bool:
        """(the one byline among its parent's headings: `# Lightning talks` over `## Speaker: A`, `## Speaker: B` is a
        page of speakers' headings)"""
        end = min((j for j in heads if j > above and heads[j][0] <= heads[above][0]), default=len(lines))
        return sum(1 for j in heads if above < j < end and heads[j][0] == heads[i][0] and shaped(heads[j][1])) == 1
    byline = [i for i, (level, text, _) in heads.items()
              if shaped(text)
              and (above := max((j for j in heads if j < i), default=None)) is not None
              and heads[above][0] < level and not any(line.strip() for line in lines[heads[above][2] + 1:i])
              and alone(above, i)]
    if not byline:
        return heads, lines
    lines = list(lines)
    for i in byline:
        lines[i] = heads.pop(i)[1]
    return heads, lines


def _ranked(heads: dict[int, tuple[int, str, int]]) -> dict[int, tuple[int, str, int]]:
    """Heading levels as ranks: a page that writes `<h4>` sections with `<h6>` talks under them
    (skipping h5) has the same outline as one writing `##` and `###`. Level 1 stays the title's."""
    used = sorted({level for level, *_ in heads.values() if level > 1})
    if not used or used == list(range(2, 2 + len(used))):
        return heads
    rank = {level: 2 + i for i, level in enumerate(used)}
    if used[0] > 2 and not any(level == 1 for level, *_ in heads.values()):
        rank = {level: used[0] + i for i, level in enumerate(used)}  # only the gaps close
    return {i: (rank.get(level, level), title, last) for i, (level, title, last) in heads.items()}


def _bullets_to_markdown(lines: list[str]) -> list[str]:
    indents = sorted({len(m.group("indent").expandtabs(4)) for line in lines if (m := _BULLET.match(line))})
    level_of = {w: i for i, w in enumerate(indents)}
    out = []
    for line in lines:
        m = _BULLET.match(line)
        if m:
            out.append("  " * level_of[len(m.group("indent").expandtabs(4))] + "- " + m.group("text"))
            continue
        n = _NUMBERED.match(line)
        out.append(f"{n.group('num').rstrip('、')} {n.group('text')}" if n else line)
    return out


def is_title_shaped(line: str) -> bool:
    """A line that could stand as a heading: short, no sentence end, not a list item or link."""
    s = line.strip()
    if not s or len(s) > 90 or _NOT_HEADING_START.match(s) or _SENTENCE_END.search(s) or _LABELLED_URL.match(s):
        return False
    if not _LETTER.search(s) or _HASHTAGS_ONLY.fullmatch(s):
        return False  # (`#UX #デザイン #福井`: a post's hashtags, no heading)
    if ":" in s or "：" in s:
        said = speaker_lines.speaker_label(s)
        if said and not said.groupdict().get("kind"):
            return False  # `Speaker : Jane Roe @jroe`: who spoke, a talk's field, never its title
    # a line that is only a date (`2023/09/24に公開`) is metadata, not a heading;
    # so is a byline (`Posted on 14 Oct 2022 · 4 min read`)
    if find_date_safe(s) and len(re.sub(r"[\s\W]|に公開|公開|更新|投稿", "", strip_dates(s))) < 3:
        return False
    if (find_date_safe(s) and PUBLICATION_MARKERS.search(s)) or _READING_TIME.search(s):
        return False
    return True


def strong_heading(line: str) -> tuple[str, str | None] | None:
    """(title, room) when the line is unmistakably a talk heading."""
    s = line.strip()
    if len(s) > 120 or _META_LABEL.match(s):
        return None
    m = ROOM_PREFIX.match(s)
    if m and re.search(r"[^\W\d_]{2,}", m.group("title")):
        return m.group("title").strip(), m.group("room")
    m = MARKER.match(s)
    if m:
        return s, None  # kind markers are read from the full text later
    if _NAMED_AT_END.search(s) and is_title_shaped(s):  # `Title（山田さん）`
        return s, None
    return None


_NOT_TEXT = ("code", "html", "row")  # blocks whose lines are never a heading recovered by its shape


def _speakers_over_titles(lines: list[str], heads: dict) -> dict[int, int]:
    """A plain text's speaker line set above each title (`登壇者：山田 太郎` / `型ヒントの現在地` / notes), the writer's
    habit where the first title has one above it and two titles at least do: {title's line: its speaker's line}, the
    speaker's line to be read under the title it introduces (never as the end of the notes before it)."""
    pairs: dict[int, int] = {}
    for j in sorted(heads):
        k = j - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        if k >= 0 and k < j - 1 and k not in heads and labelled_speaker_line(lines[k]) and (k == 0 or not lines[k - 1].strip()):
            pairs[j] = k
    first = min(heads, default=None)
    return pairs if len(pairs) >= 2 and first in pairs else {}


def plain_sections(lines: list[str], first_line: int, skip_title: bool,
                   doc: document.Document | None = None) -> list[Section]:
    """Sections of a plain-text export, headings found by shape; never in a code block, an HTML block
    or a table (as the document model `doc` of `lines`, whose first line is `first_line`, reads them)."""
    doc = doc or document.parse("\n".join(lines), first_line, lines)
    kept = {n - first_line for n in doc.lines_of(*_NOT_TEXT)}
    lines = _bullets_to_markdown(lines)
    n = len(lines)
    title_index = -1
    if skip_title:
        title_index = next((i for i, l in enumerate(lines) if _LETTER.search(l)), -1)

    def blank(i):
        return i < 0 or i >= n or not lines[i].strip()

    heads: dict[int, tuple[str, str | None, bool]] = {}
    # (the note's habit: where every turn's line goes on past its title, the lines are paragraphs; where some stop at
    # the title, each is a heading, as before)
    turns = [line[m.end():] for line in lines if (m := _ORDINAL_TALK.match(line))]
    told_on = bool(turns) and all(_tells_on(rest) for rest in turns)

    def timed(i):
        return 0 <= i < n and bool(_TIME_LED.match(lines[i]))

    for i, line in enumerate(lines):
        if i in kept:
            continue
        said = _ORDINAL_TALK.match(line)
        # (a line going on past the title is a paragraph telling it, `3 本目は…さんの「…」。研修で作った…`: prose.py reads it)
        if said and looks_like_people(said.group("who"), strict=False) and not (told_on and _tells_on(line[said.end():])):
            lt = "LT: " if said.group("lt") else ""
            heads[i] = (f"{lt}{said.group('title').strip()}（{said.group('who').strip()}さん）", None, True)
            continue
        field = TITLE_FIELD.match(line)
        if field and any(labelled_speaker_line(lines[j]) for j in range(i + 1, min(n, i + 3))):
            heads[i] = (field.group("title").strip(), None, True)  # `タイトル：X` / `登壇者：Y`
            continue
        # a run of LT headings with no notes between them: each line is a talk
        in_run = i - 1 in heads and heads[i - 1][2] and bool(_LT_HEADING.match(lines[i - 1])) \
            and bool(_LT_HEADING.match(line))
        if i == title_index or not line.strip() or not (blank(i - 1) or in_run):
            continue
        if timed(i) and (timed(i + 1) or timed(i + 2) and blank(i + 1) or timed(i - 2) and blank(i - 1)):
            continue  # a block of time lines is a timetable (timetable.py), not headings
        followed = i + 1 < n and not blank(i + 1) or i + 2 < n and blank(i + 1) and not blank(i + 2)
        if not followed and not in_run:
            continue
        strong = strong_heading(line)
        if strong and (blank(i + 1) or len(line.strip()) <= 80):
            heads[i] = (strong[0], strong[1], True)
        elif not blank(i + 1) and is_title_shaped(line) and labelled_speaker_line(lines[i + 1]) \
                and not labelled_speaker_line(line):
            heads[i] = (line.strip(), None, True)  # a title with its speaker on the next line
        elif blank(i + 1) and is_title_shaped(line) and len(line.strip()) <= 60:
            heads[i] = (line.strip(), None, False)

    over = _speakers_over_titles(lines, heads)
    sections: list[Section] = []
    title, level, start, strong, room, buf = "", 0, first_line, True, None, []
    for i, line in enumerate(lines):
        if i == title_index:
            continue
        if i in heads:
            sections.append(Section(level, title, start, tuple(buf), strong, room))
            title, room, strong = heads[i]
            level, start, buf = (2 if strong else 3), first_line + i, [lines[over[i]]] if i in over else []
        else:
            buf.append("" if i in over.values() else line)
    sections.append(Section(level, title, start, tuple(buf), strong, room))
    return sections
