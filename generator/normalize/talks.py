"""Talk segmentation: which sections are talks, and what each talk's heading says of it
(what the lines under the heading say is read by talk_body.py).

Markdown: the talk level is the highest heading level below a single title
heading; `##` tracks or days (`Track A`, `11Fa`, `Day 2`) push talks down to
`###` and give their room. A note whose sections are `Title` / `Speaker` /
`Slide` is one talk. Plain-text exports use the strong/weak headings that
structure.py recovered.

Talks without headings of their own come from lists (timetable.py): a
`Talks`/`LT大会` heading holding a list or sub-headings gives its items as
talks; a `タイムテーブル`/`Schedule` section or, failing that, any numbered
list, time lines or table naming speakers gives the talks when the note has no
talk headings at all.
"""
from __future__ import annotations

import collections
import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace

from ..core.model import Clue, Diagnostic, Speaker, Talk
from .fields import (VENUE_LABEL_WORDS, CJK, CLOCK, CLOCK_RANGE, ESCAPED, LABELLED_TITLE, LEADING_PICTOGRAPH, LINE_BREAK, STATUS_REMARK,
                     WHOLE_BOLD_LINE, without_markup)
from . import bylines, fields, heading_judge, headings, kinds, links, names, people, prose, reconcile, speaker_lines, talk_body, timetable, titles
from .sections import (EVENT_ONLY, KIND_CONTAINERS, PLACEHOLDER, TALK_CONTAINERS, a_break, container_kind, earlier_events, fact_label, group_heading, heard_list,
                       is_day, not_a_programme, roster_heading, key, opens_with_day, section_role, track_room)
from .structure import ROOM, ROOM_PREFIX, Section
from .talk_body import (first_slides, first_video, room_line, single_field, speakers_from_body, talk_urls,
                        without_shown)

_HEADING_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)[^)]*\)")
_TRAILING_PARENS = re.compile(r"[（(]([^()（）]+)[)）]\s*$")
_TRAILING_FULL_WIDTH_PARENS = re.compile(r"（(?P<who>[^()（）]+)）\s*$")
# `Webアプリの仕組み(Takayuki Mori)`: a Japanese heading's byline in ASCII parentheses
_TRAILING_ASCII_PARENS = re.compile(r"\((?P<who>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\)\s*$")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_HONORIFIC_OR_HANDLE = re.compile(people.HONORIFIC + r"$|@")
_COMMA = re.compile(r"[,，]")


@dataclass
class Segmented:
    talks: list[Talk] = field(default_factory=list)
    event_parts: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    contained: frozenset[int] = frozenset()  # lines of the headings under a `## Talks` heading, raised to the talks' level


def _render_section(section: Section, level: int | None = None) -> str:
    head = f"{'#' * (level or max(section.level, 2))} {section.title}\n" if section.title else ""
    return (head + section.text).strip("\n")


_PARENTHESISED_PROFILE = re.compile(r"\(\s*\[(?P<name>[^\[\]]{2,60})\]\((?P<url>[^)\s]+)\)\s*\)\s*$")


_LEADING_PROFILE = re.compile(r"^\[(?P<text>[^\]]{1,60})\]\((?P<url>https?://[^)\s]+)\)\s*(?:--|[:：\-–—|｜])\s*(?P<rest>\S.*)$")


def _title_and_link(raw: str) -> tuple[str, str | None]:
    """`[Title](https://speakerdeck...)` -> ('Title', url). A person linked to their profile in the heading's
    closing parentheses keeps the handle the address gives: `[Title](talk page) ([Jane Doe](https://twitter.com/jd))`
    -> ('Title (Jane Doe @jd)', talk page)."""
    profile = _PARENTHESISED_PROFILE.search(raw) if raw.endswith(")") and "[" in raw else None
    if profile and links.is_profile_url(profile.group("url")):
        found = people.parse_people(profile.group(0)[1:-1].strip())
        if len(found) == 1 and found[0].handle:
            # (`松田 明 ([@a_matsuda](https://github.com/amatsuda))`: the handle alone, after the name written before it)
            who = f"@{found[0].handle}" if found[0].name == found[0].handle else f"{found[0].name} @{found[0].handle}"
            raw = raw[:profile.start()] + f"({who})"
    lead = _LEADING_PROFILE.match(raw) if raw.startswith("[") else None
    if lead and links.is_social_profile(lead.group("url")):
        # `[hoxo_m](https://twitter.com/hoxo_m): Title`: the person first, linked to their profile (never the talk's link)
        found = people.parse_people(f"[{lead.group('text')}]({lead.group('url')})")
        if len(found) == 1 and found[0].handle:
            who = f"@{found[0].handle}" if found[0].name == found[0].handle else f"{found[0].name} (@{found[0].handle})"
            raw = f"{who} - {lead.group('rest')}"
    m = _HEADING_LINK.search(raw)
    url = m.group("url") if m else None
    text = _HEADING_LINK.sub(lambda mm: mm.group("text"), raw) if m else raw
    text = without_markup(text)
    if "\\" in text:
        text = ESCAPED.sub(r"\1", text)
    return " ".join(text.split()), url


_TRAILING_TIMES = re.compile(r"[\s\-–—|｜/]*\(?" + CLOCK_RANGE + r"\)?\s*$", re.IGNORECASE)


# `セッション 5 中止`, `Talk 3 (cancelled)`: a slot whose talk was called off
# a slot still open, the reader asked to take it: `飛び入り枠：当日 #lt に書き込んでください！`, `your slot here — reply to this post!`
def _this_meetings_lines(text: str, first_line: int) -> list[tuple[int, str]]:
    """The lines of a section with their numbers, less a run under a line about another meeting (`次回予告` over its LTs,
    up to the next blank line)."""
    out, other = [], False
    for k, line in enumerate(text.split("\n")):
        if _ANOTHER_MEETING.match(line):
            other = True
        elif not line.strip():
            other = False
        elif not other:
            out.append((first_line + k, line))
    return out


# (narrower than titles._ANOTHER_EDITION_WORDS: a host's `Next up: LT3 「…」` calls this meeting's next slot)
_ANOTHER_MEETING = re.compile(r"^\s*(?:前回|次回|過去の|last\s+time|previously|next\s+time|next\s+month)", re.IGNORECASE)
# an open slot named so, then what to do about it: `TBD -- grab a slot on the whiteboard`, `未定：募集中`
_PLACEHOLDER_THEN_NOTE = re.compile(r"^(?:TBD|TBA|TBC|未定|調整中)\s*(?:--|[-–—:：])\s*\S", re.IGNORECASE)
_OPEN_SLOT = re.compile(r"^\S{0,10}(?:枠|slot)\s*[:：(（].*(?:ください|下さい|してね|どうぞ|お待ちして|reply|sign\s*up|let\s+us\s+know|DM\b)"
                        r"|^your\s+(?:talk|slot|name)\s+here\b"
                        # (`LT（枠募集中！ connpass の LT 枠から申し込んでください）`: a slot still looking for its speaker)
                        r"|^\S{0,10}[(（]?\s*枠?募集中"
                        # (`Want a lightning slot? Reply in this thread and let us know!`)
                        r"|^(?:want|fancy|interested\s+in)\b.{0,40}\b(?:slot|talk|LT)\b.*\b(?:reply|let\s+us\s+know|sign\s*up|DM)\b",
                        re.IGNORECASE)
# a link named for the file it opens, `[発表動画（前半）](https://vimeo.com/…)`, `[Slides](…)`: the recording or the deck of
# talks named elsewhere, no talk of its own (titles.FILE_LABEL's words for a recording or a deck; never its `keynote`,
# a slot's name as well as a file's)
_FILES_LINK = re.compile(r"(?:発表|講演|当日の?|LTの?)?(?:動画|資料|スライド|録画)|(?:the\s+)?(?:full\s+)?(?:video|slides?|deck|recording|"
                         r"pdf)(?:\s+link)?", re.IGNORECASE)
_RECORDINGS_PART = re.compile(r"前半|後半|前編|後編|中編|その\s*\d|第?\s*\d\s*部|part\s*\d{1,2}", re.IGNORECASE)
# a slot's label alone, its talk named elsewhere: `Talk 1`, `LT 2`, `セッション3` (a schedule's row for a talk headed below;
# a heading so named over notes is a talk whose title went unsaid)
_SLOT_NUMBER_ONLY = re.compile(r"^(?:talk|session|LT|lightning\s+talk|keynote|セッション|発表|講演|トーク)\s*[#＃]?\s*[0-9０-９]{1,2}$",
                               re.IGNORECASE)
_CALLED_OFF = re.compile(r"^(?:(?:セッション|session|talk|LT|slot|枠)\s*\d{0,2}\s*[:：]?\s*)?[(（]?(?:中止|キャンセル|休講|取り下げ|取下げ|辞退|cancell?ed|withdrawn)[)）]?$"
                         # (or the mark before the title the slot had: `（キャンセル）Title`, `[Cancelled] Title`)
                         r"|^[(（【\[]\s*(?:中止|キャンセル|休講|cancell?ed|withdrawn)\s*[)）】\]]", re.IGNORECASE)
_SLOT = re.compile(r"^\s*(?:\d{1,2}\s*[:：]\s*\d{2}\s*(?:[-–~〜～]\s*(?:\d{1,2}\s*[:：]\s*\d{2})?)?|"
                   r"(?:session|slot|talk|lt|セッション|枠|第)\s*(?:\d{1,2}|[A-Z])?\s*(?:部|枠)?)\s*$", re.IGNORECASE)
# a heading naming only the slot's kind (`## Keynote-Speaker`, `## Evening Keynote`, `## Workshop`): over a labelled
# title line (`__Topic__: …`) it is the slot, the line its talk
_KIND_ONLY = re.compile(r"^\s*(?:(?:opening|closing|evening|morning|afternoon|day\s*\d|guest|invited|main|featured|special|"
                        r"sponsor(?:ed)?)\s+)?(?:keynote|workshop|panel(?:\s+discussion)?|lightning\s+talk|ignite|基調講演|"
                        r"招待講演|特別講演|ワークショップ|ハンズオン|パネルディスカッション|(?:メイン|一般|スポンサー|ライトニング)(?:トーク|講演|セッション)|"
                        r"(?:main|regular|sponsor(?:ed)?)\s+talk)(?:[\s\-]*(?:speaker|talk|session|speech|address))?"
                        r"\s*\d{0,2}\s*$", re.IGNORECASE)


def _slots_talks(s: Section, found: list[Talk]) -> bool:
    """Whether a slot's list is of the talks given then: two at least, every item naming who gave it and quoting its
    title or naming its room (never `- 会場設営: 田中さん`, the staff's chores, nor people introducing themselves)."""
    return len(found) >= 2 and all(t.speakers for t in found) and (all(t.room for t in found) or _quoting_each(s, found))


def _quoting_each(s: Section, found: list[Talk]) -> bool:
    """Whether every listed talk's line quotes its title (`- 「Title」 Name さん`, `- "Title" - Jane Doe`)."""
    lines = {s.text_line + k: line for k, line in enumerate(s.lines)}
    return all(re.search(r"[「『\"“][^「『」』\"“”]{2,}[」』\"”]", lines.get(t.line, "")) for t in found)


def _names_only_its_slot(title: str) -> bool:
    """`## Talk 1`, `##### 14:00~`, `## Evening Keynote`: a heading naming only the slot or the kind of session (its
    time before it and its room after it in brackets: `## 10:00〜10:40 基調講演（A トラック / ホール）`)."""
    if _SLOT.match(title) or _KIND_ONLY.match(title):
        return True
    if not (title[:1].isdigit() or title.rstrip().endswith((")", "）"))):
        return False  # (the fuller reading needs a time before or a room's brackets after)
    bare = _ROOM_IN_BRACKETS.sub("", _OPENING_CLOCK.sub("", title, count=1)).strip()
    return bare != title.strip() and bool(_KIND_ONLY.match(bare))


_ROOM_IN_BRACKETS = re.compile(r"\s*[(（][^()（）]*(?:" + ROOM + r"|ホール|Hall\b|Room\b|Track\b)[^()（）]*[)）]\s*$", re.IGNORECASE)


def _speaker_first(title: str, lines: list[str], profile: bool = False
                   ) -> tuple[str, tuple[Speaker, ...], list[str], bool] | None:
    """A heading that names the speaker (`## Jane Doe 12:05-12:20`) or only a time slot (`##### 14:00~`)
    over a labelled title line (`- Title: ...`, `タイトル: ...`) among its first lines: (the talk's title,
    the speakers the heading names, the lines left). A slot heading's speaker is read from its lines. `profile`: the
    heading links a person's profile (`## [Dan Twining](https://twitter.com/…)`)."""
    slot = _names_only_its_slot(title)
    who = "" if slot else _LEADING_ORDER.sub("", _TRAILING_TIMES.sub("", title)).strip()  # (`### 1. Jane Roe`: the order goes)
    # `## Speaker: Jane Doe` over `- Talk Title: …`: a heading that is the speaker's labelled line
    said = speaker_lines.speaker_line(who) if who and speaker_lines.speaker_label(who) else None
    if said:
        who = ", ".join(p.name for p in said)
    if not slot and (not who or not people.looks_like_people(who, strict=False)):
        return None
    heading_people = said or (people.parse_people(who) if who else ())
    if not slot and (sub := _only_sub_heading_first(lines)) is not None and (
            # (a handle, a Japanese name or a person marked as one: `Chillout Space` over `### Codelabs` is a room)
            _BARE_HANDLE.match(who) or bylines.marked_person(who + " - x")
            or people.looks_like_people(who, strict=True) and (CJK.search(who) or profile)) \
            and not _SLOT_WORD.search(who) and not people.looks_like_people(sub[1], strict=True):
        # `## ameyamashiro` over `### The talk's title` (and no other sub-heading): the speaker, then the talk
        at, sub_title = sub
        # (a lone lowercase word reads as a handle only where the note's habit says so: _handles_over_sub_headings)
        return sub_title, heading_people, lines[:at] + lines[at + 1:], bool(_BARE_HANDLE.match(who)) and not (
            bylines.marked_person(who + " - x") or people.looks_like_people(who, strict=True) and CJK.search(who))
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > 6:
            break
        m = LABELLED_TITLE.match(line)
        if m:
            return m.group("t").strip("*_ "), heading_people, lines[:i] + lines[i + 1:], False
        below = [a for a in lines[i + 1:] if a.strip()] if seen == 1 and slot else []
        if below and (b := WHOLE_BOLD_LINE.match(line)) and (
                any(speaker_lines.labelled_speaker_line(after) for after in below[:2]) or talk_body.name_under_title(below, 0)):
            # `### 11:30 - 12:00` over `**Title**` and the speaker's labelled line (or the person and their company,
            # `Jane Park | Chair, Green Forum`): a slot heading, its talk's title in bold
            return b.group("t").strip(), (), lines[:i] + lines[i + 1:], False
        if seen == 1 and who and not slot and (b := WHOLE_BOLD_LINE.match(line)) and bylines.marked_person(who + " - x") \
                and not people.looks_like_people(b.group("t"), strict=True) and section_role(b.group("t")) == "talk":
            # `### 北見 颯太さん（株式会社ポプラテック）` over `**Title**`: a heading naming its speaker (marked as a person:
            # an honorific, a company, a handle) over the talk's title in bold
            return b.group("t").strip(), heading_people, lines[:i] + lines[i + 1:], False
        if seen == 1 and who and not slot and _lone_title_line(line, lines[i + 1:]) and _plainly_a_person(who):
            # `#### Jane Doe [@jd](https://twitter.com/jd)` over `Swift for Tensorflow - An intro` and nothing more:
            # a heading naming its speaker over the talk's title
            return line.strip(), heading_people, lines[:i] + lines[i + 1:], False
        if seen == 1 and who and not slot and (q := _WHOLE_QUOTE.match(line)) and _only_addresses(lines[i + 1:]) \
                and not _ADDRESSING_THE_READER.search(q.group("t")):
            # `### 大倉雅史` over `｢Rubyではじめる自動テスト｣` and the speaker's profile addresses: a speaker's card,
            # the quoted line its talk's title
            return q.group("t").strip(), heading_people, lines[:i] + lines[i + 1:], False
        if seen == 1 and who and (q := _OPENING_QUOTE.match(line)) and bylines.marked_person(title + " - x"):
            # `### [@ppworks](…)さん` over `「Title」です。スライドは…`: a heading naming only its speaker, the notes
            # opening with the talk's title in quotes (the sentence stays in the notes)
            return q.group("t").strip(), heading_people, lines, False
    return None


_LEADING_ORDER = re.compile(r"^\s*\d{1,2}[.)．]\s+")


def _lone_title_line(line: str, after: list[str]) -> bool:
    """A section's only line, short and no sentence, no item, address, label (`Twitter: @jd`), remark on the talk
    (`Slides coming soon`) or where the person works (`株式会社ほげ`, `フリーランス`): a title."""
    text = line.strip()
    return not any(a.strip() for a in after) and 3 <= len(text) <= 120 and not bylines.SENTENCE.search(text) \
        and not people.is_affiliation(text) and text.casefold() not in ("フリーランス", "freelance", "freelancer", "個人") \
        and not text.endswith(".") and not text.startswith(("http", "<", "!", "|", ">", "#", "*", "-", "+", "_")) \
        and not re.match(r"^[^\s:：]{1,20}[:：]", text) and not STATUS_REMARK.search(text) \
        and not PLACEHOLDER.search(text)


# a sub-heading in a talk's lines: `##### 中西 泰人 https://twitter.com/nakanaka`
_SUB_HEADING_WITH_PROFILE = re.compile(r"^\s{0,3}#{3,6}\s+(?P<who>[^#\n]+?)(?:\s+<?(?P<url>https?://\S+?)>?)?\s*#*\s*$")


def _speakers_sub_headings(lines: list[str]) -> tuple[Speaker, ...]:
    """`#### 10:40 Title` over its abstract, then `##### 久保田 晃弘 https://twitter.com/…` over their biography: a
    speaker's card inside the talk's section, as programme pages lay them out. Every sub-heading of the section names
    plainly one person (a name the dictionary knows, beside their profile's address), one or two of them."""
    found = [m for line in lines if line.lstrip().startswith("#") and (m := _SUB_HEADING_WITH_PROFILE.match(line))]
    # (each with the person's profile beside the name, as a card shows it: `### Leslie Lamport` over the paper's
    # summary names whom the talk was about)
    if not 1 <= len(found) <= 2 or not all(_plainly_a_person(m.group("who")) and m.group("url")
                                           and links.handle_from_url(m.group("url")) for m in found):
        return ()
    return tuple(replace(p, handle=p.handle or links.handle_from_url(m.group("url")))
                 for m in found for p in people.parse_people(m.group("who")))


def _plainly_a_person(who: str) -> bool:
    """A heading that names a person and nothing else, beyond doubt: each name it gives is one the dictionary knows
    (`水野 葵さん`), Latin words opening with a given name (`Jesse Collis`, never `Earning User Trust`), or one word
    beside the person's handle (`Raunak [@raun](…)`); never a title with its byline (`@deeeeさん CoreOSの基礎`)."""
    if not people.looks_like_people(who, strict=True):
        return False
    found = people.parse_people(who)
    return bool(found) and all(
        names.name_verdict(p.name) is True if CJK.search(p.name) else
        names.given_name(p.name.split()[0]) or bool(p.handle and re.fullmatch(r"[A-Z][a-z]+", p.name))
        for p in found)


# the notes' first sentence opening with a quoted title: `「Rails3.2って何が変わるの？」のお話し。`, `"Title" was …`
_OPENING_QUOTE = re.compile(r"^\s*(?:[-*]\s+)?[「『“\"](?P<t>[^「」『』“”\"\n]{3,120})[」』”\"]")


# a line that is only a quoted phrase: `｢Title｣`, `「Title」`, `"Title"` (the title's own quotes kept inside it)
_WHOLE_QUOTE = re.compile(r"^\s*[「｢『“\"](?P<t>.{3,120})[」｣』”\"]\s*$")


# a line said to the reader, not a talk's title: `「今年もよろしくお願いします！」`, `"See you there!"`
_ADDRESSING_THE_READER = re.compile(r"(?:お願い(?:いた)?します|よろしく|ましょう|ください|see\s+you|welcome|thank\s+you)"
                                    r"[^ぁ-んァ-ン一-龥A-Za-z]*$", re.IGNORECASE)


_TOLD_BEFORE_QUOTE = re.compile(r"(?:\b(?:was|is|were|then|next(?:\s+up)?|first|up|talk|session|keynote|presentation|"
                                r"opened\s+with|started\s+with|came)\s*[:：,—–-]?\s*|^\s*)$", re.IGNORECASE)


def _titled_again_by(title: str, lines: list[str]) -> tuple[Speaker, ...]:
    """`### “Rewriting the Queue Runner in Rust”` over `Next up: “Rewriting the Queue Runner in Rust” by Simon Hauser
    from …`: the notes' first paragraph writes the heading's title again, quoted, and who gave it after `by`."""
    paragraph = " ".join(itertools.takewhile(str.strip, itertools.dropwhile(lambda line: not line.strip(), lines[:12])))
    bare = title.strip("\"“”'‘’ ")
    if len(bare) < 8 or not paragraph:
        return ()
    at = re.search(r"[\"“‘']" + re.escape(bare) + r"[\"”’']", paragraph, re.IGNORECASE)
    # (the sentence tells of this talk, `The first talk was “Title” by …`, `Next up: “Title” by …`; never a book or an
    # older talk named after, `a nod to “Title” by its author`, `Unlike last year's “Title” by …`)
    told = at and _TOLD_BEFORE_QUOTE.search(paragraph[max(0, at.start() - 40):at.start()])
    by = prose.people_after_by(paragraph[at.end():]) if told else None
    return people.parse_people(by[0]) if by else ()


def _only_addresses(lines: list[str]) -> bool:
    """Whether the lines hold addresses and nothing else (a profile's links, one or several a line)."""
    words = [word for line in lines for word in line.split()]
    return bool(words) and all(links.URL.fullmatch(word) or word.startswith("<http") for word in words)


_SUB_HEADING_LINE = re.compile(r"^#{3,6}\s+(?P<h>\S.*?)\s*#*\s*$")
_BARE_HANDLE = re.compile(r"^@?[a-z][a-z0-9_-]{2,20}$")
_SLOT_WORD = re.compile(r"\b(?:talks?|session|keynote|lightning|workshop|panel|LTs?)\b|セッション|発表|講演|トーク|基調", re.IGNORECASE)


def _sub_heading_first(lines: list[str]) -> tuple[int, str] | None:
    """(its index, its text) when a section's first line is a sub-heading."""
    at = next((i for i, line in enumerate(lines) if line.strip()), None)
    sub = _SUB_HEADING_LINE.match(lines[at]) if at is not None else None
    return (at, sub.group("h")) if sub else None


def _only_sub_heading_first(lines: list[str]) -> tuple[int, str] | None:
    """_sub_heading_first, when no other sub-heading follows it but the talk's own parts or asides (`### Links:`,
    `### Slides`, `### Q&A`: no talk's heading by section_role)."""
    sub = _sub_heading_first(lines)
    if not sub or any(line.startswith("#") and (m := _SUB_HEADING_LINE.match(line))
                      and section_role(m.group("h").rstrip(" :：")) == "talk" for line in lines[sub[0] + 1:]):
        return None
    return sub


def build_talk(title_raw: str, lines: list[str], line_no: int, room: str | None, path: str,
               default_kind: str | None = None, numbered: bool = False, heard: bool = False) -> Talk:
    """`numbered`: the heading is one of its level's headings numbered in one sequence (`## 1, …`, `## 2, …`).
    `heard`: the heading is under the writer's heading over the talks they heard (`## 聞いたセッション`)."""
    title_raw, file_lines = titles.without_file_links(title_raw)  # `Title - Name [SLIDES](…)`: the deck's link
    lines = file_lines + _fields_of_rows(lines)
    if title_raw.rstrip().endswith((":", "：")):
        # `## めんたいトーク #1:` over `### Title`: the heading is the slot's label, the sub-heading its talk
        sub = _sub_heading_first(lines)
        if sub:
            label = title_raw.rstrip(" :：")
            at, title_raw = sub
            lines = lines[:at] + lines[at + 1:]
            default_kind = default_kind or (kinds.classify(label)[0] if kinds.classify(label)[0] != "talk" else None)
    title, heading_url = _title_and_link(title_raw)
    # `### ライトニングトーク10` over `TBA`: a slot the programme has not filled yet
    filled = [line.strip(" -*_.。") for line in lines if line.strip()]
    unfilled = _names_only_its_slot(title) and bool(filled) and all(PLACEHOLDER.fullmatch(line) for line in filled)
    under = _title_under_slot_label(title, lines)
    # (`## Track 1 10:00-10:40` over what happens then, no title set apart under it: the slot, no talk's title)
    unfilled = unfilled or under is None and bool(_slot_room(title))
    if under is not None:
        # (`## 10:35 Room A`; `## 10:00〜10:40 基調講演（A トラック / ホール）`, the slot's kind and room)
        bracket = _ROOM_IN_BRACKETS.search(title)
        in_brackets = re.search(ROOM, bracket.group(0)) if bracket else None
        room = room or _slot_room(title) or (in_brackets.group(0) if in_brackets else None)
        if not default_kind and kinds.classify(title)[0] != "talk":
            default_kind = kinds.classify(title)[0]
        title, lines = under  # `### Session1` over `*Slim down App size.*`: the slot's label, then the talk's title
    named = _speaker_first(title, lines, profile=bool(heading_url) and links.is_profile_url(heading_url))
    # a heading naming only its slot (`## Talk 1`, `## Evening Keynote`) over the talk's labelled title: a talk
    slot_titled = bool(named) and _names_only_its_slot(title)
    if named:
        if _KIND_ONLY.match(title):  # (`## Evening Keynote` over `Topic: …`: the heading says the talk's kind)
            default_kind = default_kind or kinds.classify(title)[0]
        title, lines = named[0], named[2]
        if "](" in title:  # (a sub-heading taken as the title: its link read as the heading's is)
            title, heading_url = _title_and_link(title)
    heading = headings.parse_heading(title)
    slotted = kinds.slot_labelled(title) or kinds.slot_labelled(heading.title)  # (`セッション 1：…`, read off by the heading)
    title, room = heading.title, room or heading.room
    written = title
    kind, title = kinds.classify(written)
    kind_labelled = kind != "talk" and bool(title) and title != written
    if title == written and (bare := titles.without_time_prefix(written)) != written \
            and (read := kinds.classify(bare))[1] != bare:
        kind, title = read  # (a kind's label after the slot's time, `09:30 · Opening keynote — “Title”`: read past the time)
    if kind == "talk" and heading.lightning:
        kind = "lightning"
    if kind == "talk" and heading.kind:
        kind = heading.kind
    if kind == "talk" and default_kind:
        kind = default_kind
    if room is None:
        m = ROOM_PREFIX.match(title)
        if m:
            room, title = m.group("room"), m.group("title").strip()
            kind, title = kinds.classify(title) if kind == "talk" else (kind, title)
    speakers: tuple[Speaker, ...] = people.parse_people(heading.byline) if heading.byline else ()
    said = "the heading's byline"
    if named and named[1]:
        speakers, said = named[1], "the heading, over a labelled title"
        if named[3]:
            said = HANDLE_OVER_SUB_HEADING
    if not speakers and _HANDLES_ONLY.fullmatch(title.strip()) and _tells_one_title(lines):
        # `## @tobias_k and @nell` over `Tobias and Nell closed the talks with "Title"`: the heading is its speakers'
        # handles, all of them, the notes telling the title (never `## @sponsor_co` over `They lent us the room`)
        speakers, said = tuple(Speaker(name="@" + h, handle=h) for h in re.findall(r"@([A-Za-z0-9_.]{2,30})", title)), \
            "the heading, its speakers' handles"
    if not speakers:
        written = title
        title, speakers = bylines.in_heading(title)
        if speakers and not written.startswith(title):
            said = "the heading, speaker first"
            below, below_lines = speakers_from_body(lines) if not any(
                s.handle or bylines.marked_person(s.name + " - x") for s in speakers) else ((), lines)
            heading_names = {people.speaker_key(s.name) for s in speakers}
            if below and not any(reconcile.called(s.name, heading_names) for s in below):
                # `Teaching Capybara Testing - An Illustrated Adventure` over `<Speaker name='…'>`: the lines
                # under the heading name someone else, so the heading's first part was its title's
                title, speakers, lines, said = written, below, below_lines, "a line under the heading"
    if not speakers:
        if kind == "talk":  # `基調講演: まつもと ゆきひろ さん` under the heading: the speaker's line says the kind too
            kind = next((k for line in [l for l in lines if l.strip()][:3]
                         if (k := speaker_lines.labelled_kind(line))), None) or kind
        speakers, lines = speakers_from_body(lines)
        said = "a line under the heading"
        opening = next((line for line in lines if line.strip()), "")
        if not speakers and (speakers := bylines.talk_from(opening)):
            said = "the opening sentence under the heading"  # `The first talk was from Tufan, a …`
        if not speakers and (speakers := _titled_again_by(title, lines)):
            said = "the notes under the heading, naming its title and by whom"
    if not speakers and kind != "talk" and title != heading.title.strip() and not named \
            and people.looks_like_people(title, strict=True) and (
                not title.isascii() or names.names_someone(people.TITLE_OF_ADDRESS.sub("", title.replace(".", ". ", 1)))):
        # `## Keynote: Jane Doe` over notes naming no one else: after the kind's label, only the person; the
        # heading as written names the talk
        speakers, title, said = people.parse_people(title), heading.title.strip(), "the heading, a kind's label over a person"
        if dashed := re.match(r"^(?P<label>\S.*?)\s+[-–—]\s+\S", title):
            title = dashed.group("label")  # `Opening Keynote - Yehuda Katz, Tom Dale`: the slot's name, a byline after the dash
    if not speakers:
        weak_title, speakers, said = bylines.in_heading_weak(title)
        if speakers and said == "'with' in the heading" and _said_in_lower_case(speakers, lines):
            speakers = ()  # `Breaking the Bank with Contract Testing` over `… on breaking the bank with contract testing`
        elif speakers:
            title = weak_title
    if not speakers and (tail := _dash_tail_person(title, title_raw, lines)):
        title, speakers, said = tail[0], tail[1], NAMED_DASH_TAIL
    if not speakers and (carded := _speakers_sub_headings(lines)):
        speakers, said = carded, "a sub-heading naming the speaker"
    if not speakers and (whose := _WHOSE_TALK.fullmatch(title.strip())) and (
            whose.group("honorific") and people.looks_like_people(whose.group("who"), strict=True)
            or whose.group("who").startswith("@") or _plainly_a_person(whose.group("who"))):
        speakers, said = people.parse_people(whose.group("who")), "the heading, naming whose talk it is"  # `### あおとさんの発表`
    writers = not speakers and bool(fields.WRITERS_TALK_LABEL.match(title))  # (`### 自分の発表：Title`)
    title = titles.clean_talk_title(bylines.without_own_byline(title, speakers))
    slides = heading_url if heading_url and links.is_slides(heading_url) else None
    video = heading_url if heading_url and links.is_video(heading_url) else None
    urls = talk_urls(lines) if not (slides and video) else []
    slides = slides or first_slides(lines, urls)
    video = video or first_video(lines, urls)
    lines = without_shown(lines, (slides, video))
    room = room or room_line(lines)
    own_page = not (speakers or slides or video) and _links_own_page(title, heading_url, lines)
    shown = bool(speakers or slides or video or own_page or writers)
    title_reading = ("heading, linking the talk's own page" if own_page else "heading") if shown else \
        PROGRAMMES_OWN_SLOT if heading.nobody or unfilled else BARE_HEADING
    if heard and title_reading == BARE_HEADING:
        title_reading += UNDER_HEARD_LIST
    if numbered and title_reading in ("heading", BARE_HEADING):
        title_reading += IN_SEQUENCE
    if under is not None:
        title_reading = "the line set apart under the slot's label" + ("" if shown else " (no speaker, slides or video)")
    elif slot_titled and not shown:
        title_reading, shown = SLOT_TITLED, True
    evidence = (Clue("title", title_reading, line_no, "high" if shown else "low"),) + (
        (Clue("speakers", said, line_no, "medium" if said.startswith("'with'") else "high"),) if speakers else
        (Clue("speakers", WRITERS_LABELLED, line_no, "medium"),) if writers else ()) + (
        (Clue("kind", kinds.SLOT_LABELLED, line_no),) if slotted else
        (Clue("kind", kinds.KIND_LABELLED, line_no),) if kind_labelled else ())
    return Talk(title=title, speakers=speakers, slides=slides, video=video, room=room, kind=kind,
                body="\n".join(lines).strip("\n"), line=line_no, evidence=evidence)


# the clue of a talk its heading labels the writer's own (`自分の発表：`, `My talk:`): the note's author gave it
WRITERS_LABELLED = "the note's author (the heading labels the talk the writer's own)"


# a heading naming whose talk it is, and nothing more: `### Kanadeの発表`, `### あおとさんのLT`
# (the honorific or the handle says it is a person: `Rustの発表` is a subject's)
_WHOSE_TALK = re.compile(r"(?P<who>@?[^\s、。「」『』（）()の]{1,20}?)\s*(?P<honorific>さん|氏|先生|くん|君)?の(?:発表|LT|ＬＴ|講演|トーク|セッション)")
# a table row of a talk's fields: `| **題目** | Title |`, `| Speaker | Jane Doe |`
_FIELD_ROW = re.compile(r"^\s*\|\s*(?:\*\*|__)?(?P<k>[^|*_]{1,16}?)(?:\*\*|__)?\s*\|\s*(?P<v>[^|]*?\S)\s*\|?\s*$")
_NAME_FIELD = re.compile(r"(?:氏名|名前|お名前|name)", re.IGNORECASE)
_ORG_FIELD = re.compile(r"(?:所属|affiliation|company|organi[sz]ation)", re.IGNORECASE)


def _fields_of_rows(lines: list[str]) -> list[str]:
    """A talk's fields written as a two-column table under its heading (`| **題目** | Title |` / `| **氏名** | 永井 佑紀 |`
    / `| **所属** | 東京大学 |`), as the labelled lines the readings know (`題目: Title`, `Speaker: 永井 佑紀（東京大学）`):
    only where the rows give a title's label and a person's, so a table of anything else stays as written."""
    start = next((i for i, line in enumerate(lines[:6]) if line.strip()), None)
    if start is None or not lines[start].lstrip().startswith("|"):
        return lines
    end = next((i for i in range(start, len(lines)) if not lines[i].lstrip().startswith("|")), len(lines))
    # (the table that opens the section, and only it: a notes table further down stays a table)
    rows = {i: m for i in range(start, min(end, start + 12)) if not timetable.ANY_RULE.match(lines[i])
            and (m := _FIELD_ROW.match(lines[i]))}
    labels = {i: m.group("k").strip() for i, m in rows.items()}
    titled = any(LABELLED_TITLE.match(f"{k}: x") for k in labels.values())
    named = [i for i, k in labels.items() if _NAME_FIELD.fullmatch(k) or speaker_lines.speaker_label(f"{k}: x")]
    if not titled or len(named) != 1:
        return lines
    org = next((" ".join(LINE_BREAK.sub(" ", rows[i].group("v")).split()) for i, k in labels.items()
                if _ORG_FIELD.fullmatch(k)), None)
    org = org if org and len(org) <= 60 else None  # (a long one, a whole career, stays out of the speaker's line)
    out = []
    for i, line in enumerate(lines):
        if i in rows and i in named:
            out.append(f"Speaker: {rows[i].group('v')}" + (f"（{org}）" if org else ""))
        elif i in rows and _ORG_FIELD.fullmatch(labels[i]) and org:
            continue
        elif i in rows:
            out.append(f"{labels[i]}: {rows[i].group('v')}")
        elif not (start <= i < end and timetable.ANY_RULE.match(line)):  # (the table's rule goes)
            out.append(line)
    return out


BARE_HEADING = "a heading alone (no speaker, slides or video)"
SLOT_TITLED = "the title line under a heading naming only its slot"
IN_SEQUENCE = ", numbered in sequence with its level's headings"
UNDER_HEARD_LIST = ", under the writer's heading over the talks they heard"


def numbered_in_sequence(titles: list[tuple[int, str]]) -> frozenset[int]:
    """The lines of the headings (line, title as written) numbered one after another with the same mark
    (`## 1, Title`, `## 2, Title`, … `## 6, Title`): three or more, counting up by one from the first. The
    headings of one sequence are one kind of thing, the same as those of them that show a talk."""
    run: list[int] = []
    last: tuple[int, str] | None = None
    best: list[int] = []
    for line, title in titles:
        number = headings.heading_number(title)
        if number and last and number == (last[0] + 1, last[1]):
            run.append(line)
        else:
            run = [line] if number else []
        last = number
        if len(run) > len(best):
            best = list(run)
    return frozenset(best) if len(best) >= 3 else frozenset()


def _links_own_page(title: str, heading_url: str | None, lines: list[str]) -> bool:
    """`### Title` over `[Title](https://fosdem.org/2020/schedule/event/x/) was a talk in …`: the heading (or its
    notes' first line) links the talk's own page on the conference's site, by the talk's title."""
    if heading_url and links.is_talks_own_page(heading_url):
        return True
    start = next((i for i, l in enumerate(lines) if l.strip()), len(lines))
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    first_line = " ".join(l.strip() for l in lines[start:min(end, start + 3)])  # (a link's text may wrap)
    m = people.MD_LINK.search(first_line)
    if (bare := links.BARE_URL_LINE.match(first_line)) and links.is_talks_own_page(bare.group("u")):
        return True  # `http://conf.example/session/1789/` alone on the first line: the session's page on the event's site
    return bool(m and m.start() <= 2 and links.is_talks_own_page(m.group("url"))
                and reconcile.same_title(m.group("text"), title))



NAMED_DASH_TAIL = "the heading's byline, a person the notes or a profile link name"
_DASH_TAIL = re.compile(r"^(?P<t>(?=.*[^\W\d_])\S.{2,}?)\s+(?:[-–—]{1,2}|&#821[12];)\s+(?P<who>[^-–—&]{3,60}?)\s*$")
_LATIN_NAME_WORD = re.compile(r"^[A-Z][A-Za-z'’.\-]+$")


def _dash_tail_person(title: str, title_raw: str, lines: list[str]) -> tuple[str, tuple[Speaker, ...]] | None:
    """`# Java is still free – Jane Roe` after a dash, a name in Latin letters the heading's words cannot tell
    from a title's (`Elixir – Pattern Matching`): taken as the speaker only with evidence, the heading linking
    it to a person's page (`– [Jane Roe](https://www.linkedin.com/in/jroe)`) or the notes under the heading
    speaking of them as of a speaker (`The first talk was by Jane Roe`, `Jane showed …`: _named_in)."""
    m = _DASH_TAIL.match(title)
    if not m or not people.looks_like_people(m.group("who"), strict=True):
        return None
    who = m.group("who").strip()
    if _CJK_NAME.fullmatch(who) and names.known_name(who) and not _CJK_NAME.fullmatch(m.group("t").strip()) \
            and re.search(re.escape(who[:2]) + r"(?:\S{0,3})?さん", "\n".join(lines)):
        # `## Title - 梅本祥平` over notes speaking of `梅本さん`: a name the dictionary knows, whose notes use it
        return m.group("t").strip(), people.parse_people(who)
    found = people.parse_people(m.group("who"))
    if not found or any(s.handle or not all(_LATIN_NAME_WORD.match(w) for w in s.name.split()) or
                        not 2 <= len(s.name.split()) <= 4 for s in found):
        return None
    linked = {people.speaker_key(l.group("text")) for l in people.MD_LINK.finditer(title_raw)
              if links.is_profile_url(l.group("url")) or links.is_person_page(l.group("url"))}
    text = "\n".join(lines)
    if _said_in_lower_case(found, lines):
        return None
    if all(people.speaker_key(s.name) in linked or _named_in(s.name, text) for s in found):
        return m.group("t").strip(), found
    return None


_CJK_NAME = re.compile(r"[\u4e00-\u9fff\u3041-\u309f\u30a1-\u30ff]{2,4}\s?[\u4e00-\u9fff\u3041-\u309f\u30a1-\u30ff]{1,4}")
_TOLD_VERB = (r"(?:talked|spoke|showed|presented|explained|gave|shared|told|demonstrated|walked|introduced|described|"
              r"discussed|started|began|took|went|led|opened|closed)")


def _named_in(name: str, text: str) -> bool:
    """Whether `text` speaks of the person as notes on a talk do: `by Jane Roe`, `Jane Roe showed …`,
    `Jane's talk` (the whole name, or its first word: `Jane explained`). Nothing weaker: a product's or
    company's name follows `with` and opens sentences (`built with React Native`, `Spring is …`) as a
    person's does."""
    words = name.split()
    said = r"(?:" + re.escape(name) + r"|" + re.escape(words[0]) + r")"
    return bool(re.search(r"\b(?:by|thanks\s+to)\s+" + said + r"\b|\b" + said + r"(?:'s|’s)?\s+" + _TOLD_VERB + r"\b|"
                          r"\b" + said + r"(?:'s|’s)\s+(?:talk|presentation|session|slides)\b", text))


def _said_in_lower_case(speakers: tuple[Speaker, ...], lines: list[str]) -> bool:
    """Whether the notes write a would-be speaker's name as common words (`contract testing`, `Kalman filters and
    Stone Soup`: not as a name is written, nor in capitals): no person, then."""
    text = "\n".join(lines)
    return any(m.group(0) != s.name and not m.group(0).isupper() for s in speakers
               for m in re.finditer(re.escape(s.name), text, re.IGNORECASE)) if text.strip() else False


_NAME_COMMA_TITLE = re.compile(r"^(?P<who>[^,，]{3,40}),\s+(?P<t>\S.{2,})$")


def entry_talk(entry: timetable.Entry, kind: str | None, room: str | None, reading: str = "list item") -> Talk:
    """A talk read from a list item, table row or time line (`reading` says which, for its evidence)."""
    written, file_lines = titles.without_file_links(entry.title)
    title, url = _title_and_link(written)
    title = titles.linked_page_title(title, url)
    slotted = kinds.slot_labelled(title)
    own_kind, title = kinds.classify(title)
    if entry.kind_said:  # (`**Panel recap from KubeCon** (Jane Doe, lightning talk)`: what the row says of it wins)
        own_kind = entry.kind_said
    if own_kind == "talk" and entry.kind_hint:
        own_kind = kinds.normalize_kind(entry.kind_hint) or kinds.classify(entry.kind_hint)[0]
    if own_kind == "talk" and kind:
        own_kind = kind
    speakers = entry.speakers
    if not speakers and own_kind != "talk" and (m := _NAME_COMMA_TITLE.match(title)) \
            and people.looks_like_people(m.group("who"), strict=True) and kinds.classify(m.group("who"))[0] == "talk" \
            and not people.looks_like_people(m.group("t"), strict=True):  # (`Lightning Talks, 5 min each`: the kind)
        # `Keynote talk: Mia Bern, The Art of Focus`: after the kind's label, the speaker, then the title
        title, speakers = m.group("t"), people.parse_people(m.group("who"))
    if not speakers:
        title, speakers = bylines.with_speaker(title)
    if (slotted := headings.slot_then_quoted(title)) is not None:  # `ゲスト講演 「Title」`: the row's slot, then its title
        title, own_kind = slotted[0], (own_kind if own_kind != "talk" else slotted[1] or own_kind)
    title = titles.clean_talk_title(bylines.without_own_byline(title, speakers))
    lines = file_lines + list(entry.body)
    urls = talk_urls(lines)
    slides = url if url and links.is_slides(url) else first_slides(lines, urls)
    video = url if url and links.is_video(url) else first_video(lines, urls)
    lines = without_shown(lines, (slides, video))
    evidence = (Clue("title", reading, entry.line, "high" if speakers or slides or video else "medium"),) + (
        (Clue("speakers", reading, entry.line, "high" if entry.speakers else "medium"),) if speakers else ()) + (
        (Clue("kind", kinds.SLOT_LABELLED, entry.line),) if slotted else ())
    return Talk(title=title, speakers=speakers, slides=slides, video=video, room=entry.room or room,
                kind=own_kind, body="\n".join(lines).strip("\n"), line=entry.line, evidence=evidence)


_LISTED_LINK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+.*\]\(https?://")


def one_talk_sections(sections: list[Section]) -> bool:
    """Whether the note is one talk laid out as Title / Speaker / Slide sections (_single_talk)."""
    return _single_talk(sections, "") is not None


def _single_talk(sections: list[Section], path: str) -> Segmented | None:
    """A note about one talk, laid out as Title / Speaker / Slide sections."""
    named = [(name, s) for s in sections if s.level and (name := single_field(s.title))]
    if len(named) != len({name for name, _ in named}):
        return None  # `### 登壇者` under every talk: per-talk sub-sections, not a note about one talk
    fields = dict(named)
    if "title" not in fields or not ({"speaker", "slides"} & set(fields)):
        return None
    if not fields["title"].text.strip():
        return None  # `## セッション` holding `###` talks: a group heading, not the talk's title field
    if "speaker" not in fields and len({u for l in fields["slides"].lines if _LISTED_LINK.match(l)
                                        for u in links.urls_in(l)}) >= 2:
        return None  # `## SLIDE` over a list of decks: every talk of an event, not one talk's slides
    out = Segmented()
    title_lines = [l for l in fields["title"].lines if l.strip()]
    title = title_lines[0].strip().lstrip("#").strip() if title_lines else fields["title"].title
    speakers: tuple[Speaker, ...] = ()
    if "speaker" in fields:
        text = " ".join(l.strip().lstrip("-*").strip() for l in fields["speaker"].lines if l.strip())
        speakers = people.parse_people(text) if "、" in text or " and " in text else (
            (people.parse_person(text),) if people.parse_person(text) else ())
    notes: list[str] = []
    for s in sections:
        if s.level == 0:
            out.event_parts.append(s.text)
        elif single_field(s.title) is None:
            notes.append(_render_section(s))
        elif single_field(s.title) in ("slides", "video"):
            notes.append(_render_section(s))
    note_lines = "\n\n".join(notes).split("\n")
    slide_lines = list(fields["slides"].lines) if "slides" in fields else []
    video_lines = list(fields["video"].lines) if "video" in fields else []
    slides = first_slides(slide_lines) or first_slides(note_lines)
    video = first_video(video_lines + slide_lines) or first_video(note_lines)
    kind, title = kinds.classify(title)
    line = fields["title"].line
    out.talks.append(Talk(title=title, speakers=speakers, slides=slides, video=video, kind=kind,
                          body="\n".join(note_lines).strip(), line=line,
                          evidence=(Clue("title", "Title / Speaker / Slide sections", line),) + (
                              (Clue("speakers", "Title / Speaker / Slide sections", fields["speaker"].line),)
                              if speakers else ())))
    return out


def _people_over_several_titles(sections: list[Section], top: int) -> bool:
    """Whether the top headings that hold sub-headings are people (two at least, each named beyond doubt: linked to a
    profile, or a name the dictionary knows), most of them over two titles or more and no person below them: the
    titles are the talks (a member's picks of a conference's sessions, a speaker's talks)."""
    people_heads, over_two = 0, 0
    titles_below: list[str] = []
    for k, s in enumerate(sections):
        if s.level != top or section_role(s.title) != "talk":
            continue
        below = []
        for t in sections[k + 1:]:
            if t.level and t.level <= top:
                break
            if t.level == top + 1:
                below.append(t)
        if not below:
            continue
        name = s.title.strip()
        linked = people.MD_LINK.fullmatch(name)
        who = linked.group("text").strip() if linked and links.is_person_page(linked.group("url")) else name
        if not (people.looks_like_people(who, strict=True) and (linked or names.known_name(who))) \
                or any(people.looks_like_people(t.title, strict=True) or section_role(t.title) != "talk" for t in below):
            return False
        people_heads += 1
        over_two += len(below) >= 2
        titles_below.extend(key(t.title) for t in below)
    # (the same sub-headings under each person, `### Key points` / `### Demo`: how the notes are laid out, no talks)
    return people_heads >= 2 and over_two * 2 >= people_heads and len(set(titles_below)) == len(titles_below)


def _talk_level(sections: list[Section]) -> tuple[int | None, bool]:
    """(level at which talks are written, whether the level above holds tracks/days)."""
    levels = sorted({s.level for s in sections if s.level})
    if not levels:
        return None, False
    top = levels[0]
    at_top = [s for s in sections if s.level == top and section_role(s.title) == "talk"]
    deeper = [lv for lv in levels[1:] if any(s.level == lv and section_role(s.title) == "talk" for s in sections)]
    if not at_top and deeper:
        # `### 「Title」` talks with only `## まとめ` above them: the talks' own level
        return deeper[0], False
    if _people_over_several_titles(sections, top):
        return top + 1, False  # `## [Jane Doe](profile)` over three `### Title` each: whoever picked or gave them
    tracks = [s for s in at_top if track_room(s.title)[0]]
    if tracks and len(tracks) * 2 >= len(at_top) and top + 1 in levels:
        # days over rooms over talks (`### Day2` / `#### Conference(HALL A)` / `##### Title`): the talks two
        # levels down, each in the room above it
        rooms = [s for s in sections if s.level == top + 1 and track_room(s.title)[1]]
        below = [s for s in sections if s.level == top + 1 and section_role(s.title) == "talk"]
        if len(rooms) >= 2 and len(rooms) * 2 >= len(below) and top + 2 in levels:
            return top + 2, True
        return top + 1, True
    return top, False


def _open_containers(sections: list[Section], level: int) -> tuple[list[Section], frozenset[int]]:
    """`## LT大会` / `## Talks` with `###` talks under it: the sub-headings become talks.
    So does a heading with no text of its own that groups talks (`## メイン発表`, `## 一般セッション`).
    (the sections, the lines of the sub-headings raised to the talks' level)"""
    out = list(sections)
    raised: set[int] = set()
    for i, s in enumerate(out):
        ck = container_kind(s.title) if s.level == level and not s.kind else None
        if ck is None and s.level == level and not s.kind and not s.text.strip() and group_heading(s.title):
            ck = "talks"
        if ck == "lightning" and not s.text.strip() and i + 1 < len(out) and out[i + 1].level == level \
                and section_role(out[i + 1].title) == "talk":
            # `### ライトニングトーク大会` with nothing under it, its talks the headings after it at its level
            # (up to a heading of another part of the day): they take its kind
            out[i] = replace(s, kind="container")
            j = i + 1
            while j < len(out) and out[j].level >= level:
                if out[j].level == level:
                    if section_role(out[j].title) != "talk" or container_kind(out[j].title):
                        break
                    out[j] = replace(out[j], kind=out[j].kind or ck)
                j += 1
            continue
        if ck is None and s.level == level and not s.kind and a_break(s.title):
            ck = "break"  # (`## ランチ` over `### Title @ 山田 太郎(Acme)`: a lunch session, given in the break)
        track = track_room(s.title) if ck is None and s.level == level and not s.kind and not s.text.strip() else (False, None)
        if track[0] and track[1]:
            ck = "track"  # (`### Track A（メインホール）` beside a keynote's `###`, over its `####` talks: in its room)
        if ck not in TALK_CONTAINERS + ("schedule", "break", "track") or i + 1 >= len(out) \
                or out[i + 1].level <= level:
            continue
        children = []
        for child in out[i + 1:]:
            if child.level <= level:
                break
            children.append(child)
        slots = [c for c in children if c.level == level + 1 and section_role(c.title) == "talk"]
        if ck == "track" and any(single_field(c.title) or c.title.strip().casefold() in ("notes", "メモ", "感想")
                                 for c in children if c.level == level + 1):
            continue  # (`### Clean Room` over `#### Speaker` and `#### Notes`: a talk named after a room, its fields)
        # (a panel is one talk: `## Panel` over its one title; over two sub-headings or more, `### Q1: …`, `### What
        # worked`, the heading is the panel and they are its notes)
        if not slots or ck == "panel" and len([c for c in children if c.level == level + 1]) != 1 \
                or ck == "schedule" and not _schedule_of_slots(slots, sections) or ck == "break" and not all(
                _says_a_session(c.title) and (bylines.heading_tail(c.title)[1] or bylines.in_heading(c.title)[1])
                for c in slots):
            continue
        out[i] = replace(s, kind="container")
        j = i + 1
        while j < len(out) and out[j].level > level:
            child = out[j]
            stamp = (ck if ck in KIND_CONTAINERS else None) if child.level == level + 1 else child.kind
            out[j] = replace(child, level=child.level - 1, kind=stamp, room=track[1] if ck == "track" else child.room)
            if child.level == level + 1:
                raised.add(child.line)
            j += 1
    return out, frozenset(raised)


def _says_a_session(title: str) -> bool:
    """A heading under a break that says it is a session (`Title(ランチセッション) @ Name`, `LT: Title - @h`), not what
    was served there."""
    return bool(headings.SESSION_WORDS.search(title)) or kinds.classify(title)[0] != "talk"


def _schedule_of_slots(slots: list[Section], sections: list[Section]) -> bool:
    """`## タイムテーブル 昼の部` over three slots' headings or more, none of them a day (`### Day 1: 移動`), in a note
    whose talks no other heading lists (`## Talks I saw`): the programme, written a heading a slot."""
    return len(slots) >= 3 and not any(is_day(c.title) or opens_with_day(c.title) for c in slots) \
        and not any(container_kind(s.title) in TALK_CONTAINERS for s in sections if s.level)


# the readings of a programme's rows: a list's items or a table's rows, or a schedule's (under `## Schedule`)
LISTED_ROW = "list item or table row"
SCHEDULE_ROW = "schedule row"


def _listed(s: Section, kinds_of: str | None, room: str | None, seen: dict) -> tuple[list[Talk], str]:
    """The talks a section lists (timetable.find) and the rest of its text. `seen` keeps each section's
    listing for one note: the heading readings at each level and the programme reading ask for the same."""
    key_ = (s.line, s.lines, kinds_of)
    if key_ not in seen:
        seen[key_] = timetable.find(list(s.lines), s.text_line, container=kinds_of or False)
    listing = seen[key_]
    if not listing:
        return [], ""
    kind = kinds_of if kinds_of in KIND_CONTAINERS else None
    reading = SCHEDULE_ROW if kinds_of == "schedule" else LISTED_ROW
    if listing.sessions:
        reading = reconcile.ANNOUNCED_LIST if listing.announced else reconcile.SESSION_LIST
    found = [entry_talk(e, kind, s.room or room, reading) for e in listing.entries]
    # `- [Track 1](https://youtu.be/…)`: a track's recording is no talk of its own
    found = [t for t in found if t.speakers or not (t.video and track_room(t.title)[0])]
    if listing.sessions:  # each item says it is a session: a talk, even with no speaker named
        found = [replace(t, evidence=tuple(replace(c, confidence="high") if c.field == "title" else c
                                           for c in t.evidence)) for t in found]
    return _rooms_over_talks(s, _kinds_led_in(s, found)), listing.rest


# a line leading a list in, its label alone: `Lightning talks:`, `**Keynotes:**`, `LT枠：`
_LEAD_IN = re.compile(r"^\s*(?:\*\*|__)?(?P<label>[^:：*_]{2,40}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*$")


def _kinds_led_in(s: Section, found: list[Talk]) -> list[Talk]:
    """`Lightning talks:` on a line of its own over a list of talks (after `Main talks:` over another): the items under
    it are of that kind, as under a heading saying so (a talk whose own words say another kind keeps it)."""
    if not found or not any(":" in line or "：" in line for line in s.lines):
        return found
    out = []
    for t in found:
        i = (t.line or 0) - s.text_line - 1
        while 0 <= i < len(s.lines) and (not s.lines[i].strip() or _PLAIN_ITEM.match(s.lines[i])
                                         or s.lines[i].startswith((" ", "\t"))):
            i -= 1
        lead = _LEAD_IN.match(s.lines[i]) if 0 <= i < len(s.lines) else None
        kind = container_kind(lead.group("label").strip()) if lead else None
        out.append(replace(t, kind=kind) if kind in KIND_CONTAINERS and t.kind == "talk" else t)
    return out


_PLACE_LABEL = re.compile(r"(?:" + VENUE_LABEL_WORDS + r")", re.IGNORECASE)


def _mostly_named(found: list[Talk]) -> bool:
    """Whether most talks of a listing name their speakers as people beyond doubt (half at least, two at least): a
    handle, or a name the dictionary knows (`Ruth Okafor`, `湊 太郎`); `(Berlin)`, `(Pergamon Museum)` name places."""
    named = sum(1 for t in found if t.speakers and all(s.handle or names.known_name(s.name) for s in t.speakers))
    return named >= 2 and named * 2 >= len(found)


def _rooms_over_talks(s: Section, found: list[Talk]) -> list[Talk]:
    """A programme grid made text, each talk under its room's name on a line of its own (`講義室B(左)` over `[Title](…)`,
    then `講義室A(右)` over the next): the talk is in that room. A room's name is a short line standing alone that
    the section repeats; two such names at least, each said twice or more, and the nearest one above a talk since
    the slot's time is its room."""
    if not found or all(t.room for t in found):
        return found
    lines = [line.strip() for line in s.lines]
    alone = [k for k, line in enumerate(lines) if line and len(line) <= 24 and (k == 0 or not lines[k - 1])
             and (k + 1 == len(lines) or not lines[k + 1]) and not _CLOCK_IN_LINE.search(line)
             and not re.search(r"[\[\]*_#|:：]|https?://", line) and not a_break(line) and section_role(line) == "talk"]
    counts = collections.Counter(lines[k] for k in alone)
    room_names = {name for name, n in counts.items() if n >= 2}
    if len(room_names) < 2:
        return found
    at = {t.line: t for t in found}
    out = []
    for t in found:
        k = t.line - s.text_line
        room = None
        for j in range(k - 1, -1, -1):
            if not (0 <= j < len(lines)) or _CLOCK_IN_LINE.search(lines[j]) or (s.text_line + j) in at:
                break
            if lines[j] in room_names and j in alone:
                room = lines[j]
                break
        if room and not t.room:
            t = replace(t, room=room, evidence=t.evidence + (Clue("room", "the room's name over the talk in the programme",
                                                                   s.text_line + j, "medium"),))
        out.append(t)
    return out


_NEWS = re.compile(r"(?:community|hardware|software|industry|tech|weekly|monthly)?(?:news|headlines)(?:roundup|update|updates)?"
                   r"|ニュース|最近のニュース|今月のニュース")


def _news_held(sections: list[Section]) -> list[Section]:
    """`## News Round-up` over `### Headlines` / `#### v1.23 released`: the headings under a news heading are
    its items, never talks; they become part of its text."""
    out: list[Section] = []
    holder: int | None = None  # the index in `out` of the news heading whose items are being gathered
    for s in sections:
        if holder is not None and s.level > out[holder].level:
            depth = min(6, 3 + s.level - out[holder].level - 1)
            out[holder] = replace(out[holder], lines=out[holder].lines + ("", f"{'#' * depth} {s.title}") + s.lines)
            continue
        holder = None
        if s.level and _NEWS.fullmatch(key(s.title)):
            holder = len(out)
        out.append(s)
    return out


def _heading_habits(found: list[Talk], presenters: frozenset[int] = frozenset()) -> list[Talk]:
    """What the note's headings show of their speakers, read across them (each level tried reads it alike)."""
    found = _handles_over_sub_headings(_by_habit(_speakers_first(_people_over_titles(found))))
    return [_habit_named(t, t.title, t.title, "a heading naming its presenter alone")
            if t.line in presenters and not t.speakers else t for t in found]


# a link to what a presenter showed: their code, their project's page (never their profile alone)
_PROJECT_LINK = re.compile(r"\]\((?!https?://(?:www\.)?(?:twitter|x|linkedin|bsky|mastodon|facebook)\.)https?://[^)\s]+\)")
# a heading over people the page thanks or introduces, not over what they presented
_THANKED = re.compile(r"\b(?:thanks?|thank\s+you|organi[sz]ers?|organi[sz]ing|team|crew|staff|hosts?|panel|panell?ists|"
                      r"volunteers?|sponsors?|judges?|mentors?|writers?|authors?|contributors?|about\s+us)\b|運営|スタッフ",
                      re.IGNORECASE)


def _presenter_headings(sections: list[Section]) -> tuple[frozenset[int], frozenset[int]]:
    """The lines of headings that each name a presenter alone, over what they showed (`## Projects Presented` /
    `### Leocadio Tiné` / notes / `### Jon Distad` / …): three sibling headings or more so, two in three of their
    level under that parent, each a leaf over notes of its own (never a writer's section over the sessions they
    heard) and two in three linking what they showed; no heading up to the parent a roster of the day's people or a
    thanks (`## Speakers`, `## Thank you to the organisers`, `## Meet the panel`). (Their lines, their parents' lines.)"""
    found: set[int] = set()
    parents: set[int] = set()
    for i, parent in enumerate(sections):
        j = i + 1
        while j < len(sections) and sections[j].level > parent.level:
            j += 1
        inner = sections[i + 1:j]
        level = min((c.level for c in inner if c.level), default=0)
        if not level:
            continue
        siblings = [k for k in range(i + 1, j) if sections[k].level == level]
        alone = [sections[k] for k in siblings if _full_name_alone(sections[k].title) and sections[k].text.strip()
                 and (k + 1 >= len(sections) or sections[k + 1].level <= level)]
        # (each over what they showed, its link: `* [github](…)`; a team's impressions or a speakers' page's
        # biographies link nothing so)
        shown = [s for s in alone if _PROJECT_LINK.search(s.text)]
        if len(alone) >= 3 and len(alone) * 3 >= len(siblings) * 2 and len(shown) * 3 >= len(alone) * 2 \
                and not any(_speaker_list_heading(s.title) or _THANKED.search(s.title) for s in sections[:i + 1] if s.level):
            found.update(s.line for s in alone)
            parents.add(parent.line)
    return frozenset(found), frozenset(parents)


def _full_name_alone(title: str) -> bool:
    """`Leocadio Tiné`, `Dan Foreman-Mackey`: two or three capitalised words, the first a given name."""
    words = title.strip().split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and names.given_name(words[0]) \
        and people.looks_like_people(title.strip(), strict=True)


def segment(sections: list[Section], path: str, plain: bool, page_kind: str | None = None) -> Segmented:
    """The note's talks and the event's parts. `page_kind` is what the note's own title says the page holds
    (`Programme`, `タイムテーブル`: container_kind): the text under that title is then the programme, as it would be
    under a `## Programme` heading."""
    single = _single_talk(sections, path)
    if single:
        return single
    sections = _field_headings_held(_rosters_folded(sections))
    if any(s.level and _NEWS.fullmatch(key(s.title)) for s in sections):
        sections = _news_held(sections)
    if plain and not any(s.level == 2 for s in sections):
        # no strong heading at all: short lines between blank lines are the only structure
        sections = [replace(s, level=2) if s.level == 3 else s for s in sections]
    if plain:  # a plain line such as 懇親会 or 全体所感 ends the talk it follows
        sections = [replace(s, level=2) if s.level == 3 and key(s.title) in EVENT_ONLY else s for s in sections]
    level, tracked = _talk_level(sections)
    seen: dict = {}  # each section's list, read once for this note (_listed)
    best = _segment_at(sections, level, tracked, path, seen)
    best.talks = _heading_habits(best.talks)
    # (headings each naming a presenter alone are the talks only where no other heading of the note shows a talk: the
    # heading over them, `## Projects Presented`, reads its first presenter as its speaker)
    presenters, parents = _presenter_headings(sections)
    if presenters and reconcile.evidenced([t for t in best.talks if t.line not in parents]):
        presenters = frozenset()
    if presenters:
        best.talks = _heading_habits(best.talks, presenters)
    # the headings may hold the talks one level deeper (`## 午前の部` / `### Title` / `#### Speaker`)
    # or higher: the level whose sections carry the most talk evidence is the talks' level
    found = reconcile.evidenced(best.talks)
    for other in sorted({s.level for s in sections if s.level and s.level != level}):
        # a level cannot give more evidenced talks than it has talk headings: not worth reading
        if sum(1 for s in sections if s.level == other and section_role(s.title) == "talk") <= max(1, found):
            continue
        tried = _segment_at(sections, other, False, path, seen)
        tried.talks = _heading_habits(tried.talks, presenters)
        # (a level reading a day's heading as a talk with a speaker, `## Day 2 — Friday` over its talks' sections taking
        # the first one's, is not the talks' level)
        if any(is_day(t.title) and reconcile.shows_talk(t) for t in tried.talks):
            continue
        if reconcile.evidenced(tried.talks) > max(1, found) and not _one_talks_notes(tried.talks, best.talks, sections):
            best, found = tried, reconcile.evidenced(tried.talks)
    # (the talks' level chosen: a sentence of each talk's notes may say whose it was, or tell its title under a heading
    # naming the person; read after, so that sentences naming people never make a level of sub-headings look like talks)
    best.talks = _persons_over_titled_lines(_told_titles_as_habit(_told_speaker_habit(best.talks)))
    # a slot not filled yet (`タイトル: 未定`, `TBA`) is no talk
    best.talks = [t for t in best.talks if not PLACEHOLDER.fullmatch(t.title.strip(" ()（）[]"))]
    best = _bare_headings_beside_a_list(best)
    best.talks = _without_slot_codes(_sections_telling_of_talks(best.talks))
    # the programme (tables, time lines, lists naming speakers) is the other reading: the two are reconciled
    programme, holders = _programme(sections, best.talks, seen, page_kind)
    if holders:
        best.event_parts += [f"## {t.title}\n{holders[t.line]}".strip() for t in best.talks if t.line in holders]
        best.talks = [t for t in best.talks if t.line not in holders]
    if not best.talks:
        found, not_talks = reconcile.distinct([t for listing in reconcile.without_repeats(programme) for t in listing]), []
    else:
        found, not_talks = reconcile.reconcile(best.talks, programme)
    # (never under `前回の様子` or `次回予告`: another meeting's programme)
    this_time = [s for s in sections if not (s.level and _ANOTHER_MEETING.search(s.title))]
    announced = prose.talks_announced([(s.line, s.title) for s in this_time if s.level] + [
        line for s in this_time for line in _this_meetings_lines(s.text, s.text_first_line)]) if plain else []
    if len(announced) > reconcile.evidenced(found):
        # (a chat's or a live note's lines calling each talk by its slot, `LT2 「Title」 @name さん`, among what the
        # listeners wrote: the programme the thread tells)
        not_talks, found = not_talks + found, announced
    if not reconcile.evidenced(found):
        # no heading or list shows a talk: a recap may name them in its sentences (prose.py)
        told = [t for s in sections for t in _told_here(s)]
        linked = [t for s in sections for t in prose.talks_linked_to_recordings(s.text, s.text_first_line)]
        told = linked if len(linked) > len(told) else told
        if len(told) >= 2 or (told and not found):
            not_talks, found = not_talks + found, told
    elif len(found) <= 4 and all(t.line is not None and not any(c.field == "title" and c.reading.startswith("heading")
                                                                for c in t.evidence) for t in found):
        # (the recap's sentences tell the talks another reading of its paragraphs found and more, `A great talk that
        # stood out was [Title](…)` beside `… was [Title](…) by [Jane](…)`: the sentences are the programme; never over
        # headings, whose own talks a sentence may only mention)
        told = [t for s in sections for t in _told_here(s)]
        if len(told) > len(found) and all(any(reconcile.same_title(t.title, u.title) for u in told) for t in found):
            # (each talk found is one the sentences tell: nothing of the event's is left out, nor who gave it)
            found = [u if u.speakers else next((replace(u, speakers=t.speakers) for t in found
                                                if t.speakers and reconcile.same_title(t.title, u.title)), u) for u in told]
    if reconcile.evidenced(found):
        # (paragraphs led by a talk's bold title, `**Title**: Jane Roe shared …`, are a reading as sure as headings: the
        # talks they lead that no heading or list gave join them, in the note's order)
        # (never the writer's takeaways of a talk found, its speaker the same: `**Why archetypes are fast**: Olga …`)
        given = {people.speaker_key(p.name) for u in found for p in u.speakers}
        led = [t for s in sections for t in prose.talks_led_by_bold(s.text, s.text_first_line)
               if not any(reconcile.same_title(t.title, u.title) for u in found)
               and not any(people.speaker_key(p.name) in given for p in t.speakers)]
        found = sorted(found + led, key=lambda t: t.line or 0) if led else found
        found = _told_in_sections_without_talks(found, this_time)
    found = _with_counted_speakers(found, sections)
    # a slot naming only its speaker, or one the programme marks as its own: the event's text
    untitled = [t for t in found if _untitled(t) or _programmes_own_slot(t)]
    found = [t for t in found if not any(t is u for u in untitled)] if untitled else found
    found = _decks_listed(found, sections)
    best.talks = [t for t in _speakers_in_order(_latin_bylines(_without_shared_markers(_rooms_closing_titles(_tracks_by_letter(
        _group_slots_split(reconcile.merged_repeats(found)), sections)))), sections)
                  if (t.speakers or not PLACEHOLDER.fullmatch(t.title.strip(" ()（）[]"))) and not _CALLED_OFF.match(t.title.strip())
                  and not ((t.video or t.slides) and _FILES_LINK.fullmatch(t.title.strip())
                           and all(_RECORDINGS_PART.fullmatch(p.name) for p in t.speakers))
                  and not (not t.speakers and (_OPEN_SLOT.search(t.title) or _PLACEHOLDER_THEN_NOTE.match(t.title)
                                               or _SLOT_NUMBER_ONLY.match(t.title.strip()) and not t.body.strip()))]
    best.event_parts += [f"## {t.title}\n{t.body}".strip() for t in not_talks + untitled]
    return best


def _told_in_sections_without_talks(found: list[Talk], sections: list[Section]) -> list[Talk]:
    """The talks told in the sentences of sections where no other reading found a talk (`## The talks` over `First up
    was Jane Roe with "Title".` beside a `## Lightning round` list), joining the talks found, in the note's order.
    Only sections that hold no talk found: a talk's notes may name another talk in passing. Two told at least, or one
    with its speaker, and never a title or speaker already found."""
    def holds_a_talk(s: Section) -> bool:
        return any(t.line is not None and s.line <= t.line <= s.text_line + len(s.lines) for t in found)
    given = {people.speaker_key(p.name) for t in found for p in t.speakers}
    # (never a section about another meeting or about people, `## Last month, in case you missed it`, `## About the
    # organisers`; nor a sentence placing its talk at another time, `In case you missed October: …`)
    told = [t for s in sections if not holds_a_talk(s) and section_role(s.title) != "event"
            and not _ANOTHER_TIME_OR_PEOPLE.search(s.title)
            for t in _told_here(s)]
    told = [t for t in told if not any(reconcile.same_title(t.title, u.title) for u in found)
            and not any(people.speaker_key(p.name) in given for p in t.speakers)]
    if not (len(told) >= 2 or told and told[0].speakers):
        return found
    return sorted(found + told, key=lambda t: t.line or 0)


_ANOTHER_TIME_OR_PEOPLE = re.compile(r"\b(?:last|previous|past|earlier|upcoming|next|about|organi[sz]ers?|team|hosts?|speakers?)\b"
                                     r"|前回|次回|過去|運営|主催|登壇者", re.IGNORECASE)
# a sentence placing its talk at another time: opening with `Last month`, `In case you missed October: …`, `at last
# month's meetup`, `back in March` (never `at <Event> 2031`, which names this event as often as another; nor `last year`
# or `where last month's discussion left off`, said of a talk given here)
_GIVEN_ELSEWHERE = re.compile(r"^\W*(?i:last\s+month)\b|\b(?i:at\s+last\s+month['’]s\s+(?:meetup|meeting|session|event))\b"
                              r"|\b(?i:in\s+case\s+you\s+missed)\b|\b(?:missed|back\s+in)\s+(?:January|February|March|April|May|June|"
                              r"July|August|September|October|November|December)\b")


def told_of_another_time(text: str, at: int, title: str) -> bool:
    """Whether the sentence of the paragraph starting at line `at` of `text` that tells `title` places it at another
    time."""
    return bool(_GIVEN_ELSEWHERE.search(prose.sentence_telling(text, at, title)))


def _told_here(s: Section) -> list[Talk]:
    """The talks the sentences of a section tell (prose.talks_told), but those a sentence places at another time
    (`In case you missed October: …`, `Last month Jane Roe presented "…"`)."""
    return [t for t in prose.talks_told(s.text, s.text_first_line)
            if not told_of_another_time("\n".join(s.lines), (t.line or 0) - s.text_line, t.title)]


def _one_talks_notes(deeper: list[Talk], talks: list[Talk], sections: list[Section]) -> bool:
    """Whether the few sub-headings that show a talk (a link, a name), fewer than the talks already found and than the
    sub-headings that show none, all sit under one of those talks, itself shown as a talk (`## Title` / `伊藤 昌毅様` over `### 日本` linking a timetable's PDF): that talk's notes, not a level of
    talks."""
    shown_at = {t.line for t in talks if reconcile.shows_talk(t)}
    heads = sorted(t.line for t in talks)
    # (three talks found at least, more than the sub-headings that show one, and those half of them at most: a heading
    # over talks is no talk of its own, and sub-headings most of which name a speaker are talks)
    shown = sum(map(reconcile.shows_talk, deeper))
    if len(heads) < 3 or not shown_at or shown >= len(heads) or shown * 2 > len(deeper):
        return False
    owners = set()
    for t in deeper:
        if reconcile.shows_talk(t):
            above = [line for line in heads if line <= t.line]
            if not above:
                return False
            owners.add(above[-1])
    return len(owners) == 1 and owners <= shown_at


# a name's shape, capitalised words, two or three: `JD Harrington`, `Mary-Ann O'Neil`
_NAME_SHAPED = re.compile(r"[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z'’-]+){1,2}")
# a slot's name for a group of talks: `Ninja Talks 1`, `Guest Talks`, `Micro Talks #2` (talks, plural)
_GROUP_TITLE = re.compile(r"[A-Za-z]+\s+[Tt]alks(?:\s*#?\d{1,2})?")
# the words that name short talks given together (`Ninja Talks`, `Lightning talks`, `Microtalks`)
_SHORT_TALK_WORDS = r"ninja|flash|micro|lightning|short|rapid|sprint"
# the same in one word: `Microtalks`, `Flash-talks`
_SHORT_TALKS_WORD = re.compile(r"(?:" + _SHORT_TALK_WORDS + r")[\s-]*talks?", re.IGNORECASE)
# a slot of short talks naming only who gives them: `Microtalks with Jane Doe, Bo Lund, and Mia Park.`
_GROUP_SLOT = re.compile(r"^(?:micro|lightning|flash|short)[\s-]*talks?\s+(?:with|by|from)\s+(?P<who>\S.*?)\.?$", re.IGNORECASE)


def _group_slots_split(found: list[Talk]) -> list[Talk]:
    """`Microtalks with Jane Doe, Bo Lund, and Mia Park.` (three people or more, all but one read strictly), or a slot
    named for a group of talks over two speakers or more (`Ninja Talks 1` / 古橋さん, 大森さん, …): short talks the
    programme names by their speakers alone, one lightning talk each, titled by its speaker (no title to give)."""
    out: list[Talk] = []
    for talk in found:
        group = _GROUP_TITLE.fullmatch(talk.title.strip()) or _SHORT_TALKS_WORD.fullmatch(talk.title.strip()) \
            or container_kind(talk.title) == "lightning"
        if group and len(talk.speakers) == 1 and not talk.slides and not talk.video and (
                container_kind(talk.title) == "lightning" or _SHORT_TALKS_GROUP.search(talk.title)):
            # (a speakers page's group, its people's cards one under another: `Speaker: Jane Roe` over her links, then
            # `Speaker: Bo Lund` over his)
            lines = [line for line in talk.body.split("\n") if line.strip()]
            more = [p for line in lines if speaker_lines.labelled_speaker_line(line)
                    for p in speaker_lines.speaker_line(line) or ()]
            # (the cards and nothing else: each line a person's labelled line, an address or a handle; a title under
            # a name is a talk of its own)
            if more and all(p.name != talk.speakers[0].name for p in more) and all(
                    speaker_lines.labelled_speaker_line(line) or _CARD_LINE.match(line) for line in lines):
                talk = replace(talk, speakers=talk.speakers + tuple(more))
        if group and len(talk.speakers) >= 2 and not talk.slides and not talk.video:
            # (`Ninja Talks 1` over three people, `Lightning Talks` over four: a slot of short talks, one each)
            out.extend(_one_each(talk, talk.speakers))
            continue
        m = _GROUP_SLOT.match(talk.title.strip()) if not talk.speakers else None
        parts = people.split_people(m.group("who")) if m else []
        # (all but one read strictly as people, the one left as a person at least: `JD Harrington`)
        people_named = people.parse_people(m.group("who")) if len(parts) >= 3 and sum(
            people.looks_like_people(p, strict=True) for p in parts) >= len(parts) - 1 and all(
            people.looks_like_people(p, strict=False) or _NAME_SHAPED.fullmatch(p.strip()) for p in parts) \
            and sum(1 for p in parts if names.names_someone(re.sub(r"^\s*and\s+", "", p))) * 3 >= len(parts) * 2 else None
        # (two in three open with a given name: `Mozilla Foundation, Google Cloud, and Red Hat` are companies)
        out.extend(_one_each(talk, people_named) if people_named and len(people_named) >= 3 else [talk])
    return out


# a heading over the talks' decks, listed by who gave them: `講演資料`, `発表資料`, `スライド一覧`, `Slides`, `Materials`
_DECKS_HEADING = {key(w) for w in ("講演資料", "発表資料", "資料", "スライド", "発表スライド", "スライド一覧", "資料一覧", "Slides",
                                   "Decks", "Materials", "Slides and materials", "Presentations")}
# a decks section's own heading, a word more after it: `資料まとめ（イベント後に追記）`, `Slides from the night`
_DECKS_HEADING_OPENS = re.compile(r"^(?:発表|講演|登壇|LT)?(?:資料|スライド)(?:まとめ|一覧)|^(?:slides|decks)\s+(?:from|of)\b",
                                  re.IGNORECASE)
# a line leading into the decks' list, its words a decks heading's (an aside in brackets after them)
_DECKS_LEAD = re.compile("|".join(re.escape(w) for w in sorted(_DECKS_HEADING, key=len, reverse=True)))
_READING_SECTION = re.compile(r"\b(?:reading|links?|resources|references|see\s+also|archive)\b|参考|関連|リンク|アーカイブ", re.IGNORECASE)
_LEAD_ASIDE = re.compile(r"\s*[(（][^()（）]{1,30}[)）]\s*$")
# `- Title：https://speakerdeck.com/…`, `- Title: [Google スライド](…)`: a talk's title, then its deck
_DECK_TITLE_ITEM = re.compile(r"^\s*[-*+]\s+(?P<t>\S.{1,150}?)\s*(?:[:：]|\s[-–—])\s*(?P<rest>(?:\[[^\]]{1,40}\]\()?<?https?://\S+.*)$")
# `- 葛西 氏：[SlideShare](https://…)`, `- Jane Roe - https://…`: who, then the deck
_DECK_ITEM = re.compile(r"^\s*[-*+]\s+(?P<who>[^:：\[\]()（）\-–—]{1,30}?)\s*(?:[:：]|\s[-–—])\s*(?P<rest>.*\S)\s*$")


# what a decks list's item gives for a title when it names only its deck: a host's or a file's name, or that none is out
_DECK_ONLY_TITLE = re.compile(r"(?:" + titles.FILE_LABEL.pattern + r"|speaker\s*deck|slide\s*share|docswell|google\s*slides|"
                              r"非公開|公開予定|後日公開|後日|なし|未公開|こちら|here|link|TBA)", re.IGNORECASE)


def _decks_listed(found: list[Talk], sections: list[Section]) -> list[Talk]:
    """A section of the talks' decks listed by who gave them (`**講演資料**` over `- 葛西 氏：[SlideShare](…)`) or by their
    titles (`## 発表資料` over `- Title：https://speakerdeck.com/…`): each deck becomes the slides of the one talk the item
    names; the section is no talk of its own when every deck it links went to a talk (an item naming no one and no talk
    on the programme, or a deck not on a slide host, stays its text)."""
    heads = [(s, 0) for s in sections if s.level and (key(s.title) in _DECKS_HEADING or _DECKS_HEADING_OPENS.match(s.title))]
    # (or a line of a section leading into the list: `発表資料（公開していただいたもの）：` over `- 早坂さん：https://…`)
    # (never under `## Further reading` or `## 参考`: other decks, other events')
    heads += [(s, n + 1) for s in sections if not _READING_SECTION.search(s.title) for n, line in enumerate(s.lines)
              if line.rstrip().endswith((":", "：")) and _DECKS_LEAD.fullmatch(key(_LEAD_ASIDE.sub("", line.rstrip(" :："))))]
    if not heads or not found:
        return found
    out = list(found)
    for s, start in heads:
        given, items, named = 0, 0, 0
        for n, line in enumerate(s.lines):
            if n < start:
                continue
            if start and not line.strip() and items:
                break  # (the lead line's list ends at the first blank line after it)
            titled = _DECK_TITLE_ITEM.match(line)
            if not (m := _DECK_ITEM.match(line)) and not titled:
                continue
            # (the item read as a talk of a list, `- 桐生 氏：[SpeakerDeck](…)`, its link's label or `非公開` its title, or
            # an address in it: a deck's line, no talk)
            out = [t for t in out if not (t.line == s.text_line + n and (_DECK_ONLY_TITLE.fullmatch(t.title.strip())
                                                                        or links.URL.search(t.title)))]
            rest = (m or titled).group("rest")
            decks = [u for u in links.urls_in(rest) if links.is_slides(u)]
            items += bool(links.urls_in(rest))
            who = {people.speaker_key(people.clean_name(m.group("who")))} if m else set()
            owners = [k for k, t in enumerate(out) if any(reconcile.called(p.name, who) for p in t.speakers)] if m else []
            if not owners and titled:  # (the item names the talk by its title: `- Title：https://…`)
                owners = [k for k, t in enumerate(out) if t.line != s.line
                          and reconcile.same_title(t.title, bylines.clean(titled.group("t")))]
            if len(owners) > 1:  # (a panel names the speaker too: the talk that is theirs alone)
                owners = [k for k in owners if len(out[k].speakers) == 1]
            named += bool(links.urls_in(rest)) and len(owners) == 1
            if len(decks) == 1 and len(owners) == 1 and out[owners[0]].slides in (None, decks[0]):
                out[owners[0]] = replace(out[owners[0]], slides=decks[0], evidence=out[owners[0]].evidence + (
                    Clue("slides", "a list of the talks' decks by who gave them or their titles", s.line, "medium"),))
                given += 1
        if given and named == items and not start:  # (every item with a link names a talk: the section is their decks' list)
            out = [t for t in out if t.line != s.line]
    return out


# a group named for its short talks (`Ninja Talks`, `Flash Talks`), never `Invited Talks`
_SHORT_TALKS_GROUP = re.compile(r"\b(?:" + _SHORT_TALK_WORDS + r")\b", re.IGNORECASE)
# a line of a person's card on a speakers page: a link to a profile, an address, a handle (`- https://github.com/jane`,
# `- @jane`)
_CARD_LINE = re.compile(r"^\s*(?:[-*+]\s+)?(?:<?https?://\S+>?|@[A-Za-z0-9_.]{1,30}|\[[^\]]{0,40}\]\(https?://[^)\s]+\))\s*$")


def _one_each(slot: Talk, speakers: tuple[Speaker, ...]) -> list[Talk]:
    """A slot's short talks, one a speaker, each titled by its speaker."""
    clue = Clue("title", "a slot of short talks naming their speakers", slot.line, "medium")
    return [replace(slot, title=p.name, speakers=(p,), kind="lightning", body="", evidence=(clue,)) for p in speakers]


def _without_shared_markers(found: list[Talk]) -> list[Talk]:
    """`🔰Title`, `🌎Title` in a programme: a pictograph opening two or more of its titles is the programme's mark
    (beginners', English), not a word of each title; one alone (`🎓 Graduation`) may be the title's own.
    A title's own kind label after the mark is read then (`🌎【Oracle基調講演】Title`)."""
    marks = [m.group().strip() for t in found if (m := LEADING_PICTOGRAPH.match(t.title))]
    shared = {mark for mark in marks if marks.count(mark) >= 2}
    if not shared:
        return found
    marked = []
    for t in found:
        m = LEADING_PICTOGRAPH.match(t.title)
        if not m or m.group().strip() not in shared:
            marked.append(t)
            continue
        kind, title = kinds.classify(t.title[m.end():])
        marked.append(replace(t, title=titles.clean_talk_title(title), kind=t.kind if kind == "talk" else kind))
    return marked


# `LT by @pospome さん`, `LT by @yoshi さん from Acme`: a slot naming only its speaker, no title to archive
_ONLY_A_BYLINE = re.compile(r"^(?:by|from)\s+(?P<who>\S.*)$", re.IGNORECASE)
_HANDLE_OR_HONORIFIC = re.compile(r"[@＠][A-Za-z0-9_]|" + people.HONORIFIC)


def _untitled(talk: Talk) -> bool:
    """A heading left with only its byline (`by @pospome さん`, after its `LT` label): the person is marked as one
    (a handle or an honorific), so `By Design` or `From Scratch` stay titles."""
    m = _ONLY_A_BYLINE.match(talk.title.strip()) if talk.title[:4].lower().startswith(("by ", "from")) else None
    if not m:
        return False
    who = re.sub(r"\s+from\s+\S.*$", "", m.group("who"))
    return bool(_HANDLE_OR_HONORIFIC.search(who)) and people.looks_like_people(who, strict=False)


# `Lunch and Networking. – 12 pm, Day 1` in a programme written one slot a heading (headings.programme_entry), or
# `### Lightning Talk 10` over `TBA`
PROGRAMMES_OWN_SLOT = "a programme's slot naming nobody"


def _programmes_own_slot(talk: Talk) -> bool:
    """A slot the programme marks as naming nobody, where nothing under it names anyone either."""
    return not talk.speakers and any(c.field == "title" and c.reading == PROGRAMMES_OWN_SLOT for c in talk.evidence)


HANDLE_OVER_SUB_HEADING = "the heading, a handle over its one sub-heading"
TOLD_UNDER_PERSON = "the heading, a person whose notes quote the talk's title"


def _told_titles_as_habit(found: list[Talk]) -> list[Talk]:
    """`## Mina Slater` over `Next up was [Mina Slater](…) with her talk "Error Messages Are Your Friends."`: headings
    naming a person whose notes open naming them too and telling their talk's title (prose.talks_in_prose), where two
    or more of the note's headings are so written (one alone may quote what the person said): the told title is the
    talk's, the person its speaker (the sentence stays in the notes)."""
    told = {id(t): title for t in found if (title := _told_under_person(t))}
    if len(told) < 2:
        return found
    return [replace(t, title=told[id(t)][0], speakers=told[id(t)][1] or t.speakers or people.parse_people(t.title), evidence=tuple(
        c for c in t.evidence if c.field not in ("title", "speakers")) + (
        Clue("title", "the title the notes tell", t.line, "medium"), Clue("speakers", TOLD_UNDER_PERSON, t.line, "medium")))
        if id(t) in told else t for t in found]


def _told_under_person(talk: Talk) -> tuple[str, tuple[Speaker, ...]] | None:
    """The title a talk's first line tells, when its heading is a person that line names (and names no one else), and
    the people the line says gave it: nobody new where the heading names them; where the heading is only handles
    (`## @quillfeather`, `## @tobias_k and @nell`), the people the sentence names (`Ada Lindgren opened the evening with
    "Title"`), else the handles."""
    handles = _HANDLES_ONLY.fullmatch(talk.title.strip())
    if talk.speakers and not handles and {people.speaker_key(s.name) for s in talk.speakers} != {people.speaker_key(talk.title)}:
        return None  # (a heading that is a title with its own speaker stays as it is)
    first = next((line for line in talk.body.split("\n") if line.strip()), "")
    if not ('"' in first or "“" in first) or not handles and (talk.title not in people.MD_LINK.sub(r"\g<text>", first)
                                                             or not people.looks_like_people(talk.title, strict=True)):
        return None
    told = prose.talks_in_prose(first) if not handles else prose.talks_told(first)
    if len(told) != 1:
        return None
    return told[0].title.rstrip(".。"), (told[0].speakers or people.parse_people(talk.title)) if handles else ()


PERSON_OVER_TITLED_LINE = "the heading, a person over the talk's title in the first line"
# the title set off in the notes' first line: a whole line in emphasis (`**Title**`, `*Title*`), a quoted opening
# (`"Title" — [slides](…)`, `「Title」`), or the one bold phrase of a sentence (`… swapped in with **Title**. …`)
_EMPHASISED_LINE = re.compile(r"^\s*(?P<m>\*\*|__|\*|_)(?P<t>[^*_\n]{3,150}?)(?P=m)\s*$")
# (a quote with a link or nothing after it; a dash then words is the weaker habit: `"Just submit the CFP" — her advice`)
_QUOTED_OPENING = re.compile(r"^\s*(?:[「『“\"])(?P<t>[^「」『』“”\"\n]{3,150})[」』”\"](?P<after>\s*(?:$|[(（\[]|[-–—:：]\s*\[|[-–—:：]\s*\S|\s[-–—]\s))")
_ONE_BOLD = re.compile(r"\*\*(?P<t>[^*\n]{3,150}?)\*\*")
# the weaker habit, under the same heading: the title before a dash opening the line (`SBOMs, Briefly — what goes in one`)
_TITLE_THEN_DASH = re.compile(r"^\s*(?P<t>[^\s\[(「『“\"*_#>|-][^—–\n]{2,80}?)\s+[—–]\s+\S")


# a page's markup naming the title (`<span class="talk-title">Title</span>`, over lines), or setting it in bold
_TAGGED_TITLE = re.compile(r"^\s*<(?P<tag>span|div|p|strong|b|em)\b(?P<attrs>[^>]*)>(?P<t>[^<]{3,300})</(?P=tag)>\s*$")
_IMAGE_ONLY = re.compile(r"^\s*(?:<img\b[^>]*>|!\[[^\]]*\]\([^)]*\))\s*$", re.IGNORECASE)


# what says the line is about the person, not a talk: `Fukuoka native — she organised the evening`
_BIO_AFTER_DASH = re.compile(r"\s*[—–]\s*(?:she|he|they|I|we|who|her|his|their)\b", re.IGNORECASE)
# the set-off words that name a person's part or slot, never a talk: `**広報担当**`, `**Pizza logistics**`, `**Day 2, Room B**`
_PART_NOT_TITLE = re.compile(r"担当|係$|幹事|運営|主催|司会|受付|\b(?:organi[sz](?:er|ers|ing)|volunteers?|staff|hosts?|MC|contact|"
                             r"logistics|treasurer|sponsors?|coordinator|since\s+(?:19|20)\d\d)\b"
                             r"|^\s*(?:day\s*\d|room\s+\w|track\s+\w|hall\s+\w|\d{1,2}[:：]\d{2})"
                             # (the session's language or length: `**English session, 30 min**`)
                             r"|\b(?:english|japanese)\s+session|\b\d+\s*(?:min|minutes)\b|\d+\s*分|interpretation|同時通訳",
                             re.IGNORECASE)


# the notes' first sentence telling the talk's title in Japanese prose: `Title、のお話。`, `Title、というタイトルで…したお話。`,
# `「A」と「B」という2本立てのお話。` (the words before the telling are the title)
_TOLD_IN_PROSE = re.compile(r"^\s*(?P<t>[^。\n]{4,120}?)\s*(?:、\s*の\s*お話し?|、?\s*という\s*(?:タイトル|題名?|テーマ|お題)で|"
                            r"という[^。、\n]{0,10}?の?\s*お話し?|のお話し?)[^。\n]*(?:[。！!]|\s*$)")  # (the first sentence)


def _title_in_first_line(body: str) -> tuple[str, int, bool, bool] | None:
    """(the title the notes' first line sets off; the index of the body's line after it where the lines up to it
    held the title alone, else 0; whether the setting is the strong kind; whether the page's markup names it a title)
    or None. A picture before it (the speaker's photo) is passed over."""
    lines = body.split("\n")
    at = 0
    while at < len(lines) and (not lines[at].strip() or _IMAGE_ONLY.match(lines[at])
                               or lines[at].lstrip().lower().startswith("<img") and ">" not in lines[at]):
        if lines[at].lstrip().lower().startswith("<img") and ">" not in lines[at]:
            while at < len(lines) and ">" not in lines[at]:
                at += 1  # (a photo's tag wrapped over lines: `<img … alt="Profile Photo of` over `Jane Doe"/>`)
        at += 1
    first = lines[at] if at < len(lines) else ""
    if first.lstrip().startswith("<"):
        end = next((j for j in range(at, min(at + 4, len(lines))) if "</" in lines[j]), None)
        joined = " ".join(line.strip() for line in lines[at:end + 1]) if end is not None else ""
        if (m := _TAGGED_TITLE.match(joined)) and (m.group("tag") in ("strong", "b", "em") or "title" in m.group("attrs")):
            return " ".join(m.group("t").split()), end + 1, True, "title" in m.group("attrs")
    if (m := _EMPHASISED_LINE.match(first)):
        return m.group("t").strip(), at + 1, True, False
    if (m := _QUOTED_OPENING.match(first)):
        linked = "[" in m.group("after") or not m.group("after").strip() or m.group("after").strip()[:1] in "(（"
        return m.group("t").strip(), 0, linked, False
    if len(bold := _ONE_BOLD.findall(first)) == 1 and not bylines.SENTENCE.search(bold[0]):
        return bold[0].strip(), 0, True, False
    if (m := _TITLE_THEN_DASH.match(first)) and not bylines.SENTENCE.search(m.group("t")) \
            and not _BIO_AFTER_DASH.match(first[m.end("t"):]):
        return m.group("t").strip(), 0, False, False
    if "話" in first or "で" in first:
        if (m := _TOLD_IN_PROSE.match(first)) and (told := people.MD_LINK.sub(r"\g<text>", m.group("t")).strip(" 、")) \
                and not people.HONORIFIC_END.search(told) and "は" not in told[:4]:
            return told, 0, True, True  # (the sentence itself says the words are a talk's title or topic)
    return None


def _persons_over_titled_lines(found: list[Talk]) -> list[Talk]:
    """`## Aisha Morgan` over `**Chaos Engineering on a Shoestring**`, `### Jess Oduya` over `Jess swapped in with
    **Title**.`: headings naming a person (nothing else), the talk's title set off in the first line of their notes,
    where two headings or more are so written in a strong way (one alone may be a bio's bold company), and the page's
    markup names the titles (`<span class="talk-title">`) or half the notes or more tell of a talk: the set-off words
    are the title, the person its speaker. A line that is the title alone leaves the notes; a sentence stays. Never a
    role, a slot, a greeting or a name set off (`**広報担当**`, `**Day 2, Room B**`, `「来年も絶対来たい」`)."""
    def person(t: Talk) -> bool:
        who = kinds.classify(t.title)[1]  # (`LT-1 : @kanade さん`: after the kind's label)
        return not bylines.SENTENCE.search(who) and people.looks_like_people(who, strict=True) and (
            not t.speakers or {people.speaker_key(s.name) for s in t.speakers} in (
                {people.speaker_key(who)}, {people.speaker_key(p.name) for p in people.parse_people(who)}))
    # (a name set off, `**Jane Doe**`, is no title; four words or more read as a title's, capitalised as titles are)
    # (nor is a greeting, `「今年もよろしくお願いします！」`, nor any sentence)
    # (a title the page's markup names, `<span class="talk-title">`, may close with `!` or `?`)
    # (nor a bio's first line, `**Senior Engineer at Northwind**`)
    read = {id(t): said for t in found if (said := _title_in_first_line(t.body)) and person(t)
            and not people.names_a_position(said[0])
            and not _PART_NOT_TITLE.search(said[0])
            and (said[3] or not bylines.SENTENCE.search(said[0]) and not _ADDRESSING_THE_READER.search(said[0]))
            and not (len(said[0].split()) <= 3 and people.looks_like_people(said[0], strict=True))}
    # (and the notes say they are talks: a marked title, or half the notes or more with a deck, a recording or a word of
    # a talk; `## Anna Gruber` over `**Keeps the lights on**` and `Anna books rooms.` is a crew page)
    def tells(t: Talk) -> bool:  # (the notes without the set-off title: `**Stream and slides**` says nothing of a talk)
        rest = "\n".join(t.body.split("\n")[read[id(t)][1]:]) if read[id(t)][1] else t.body.replace(read[id(t)][0], "")
        return bool(t.slides or t.video or heading_judge.tells_of_a_talk(rest))
    told = sum(1 for t in found if id(t) in read and tells(t))
    if sum(1 for said in read.values() if said[2]) < 2 or not (any(said[3] for said in read.values()) or told * 2 >= len(read)):
        return found
    out = []
    for t in found:
        if id(t) not in read:
            out.append(t)
            continue
        title, after, _, _ = read[id(t)]
        body = "\n".join(t.body.split("\n")[after:]).strip("\n") if after else t.body
        out.append(replace(t, title=title, speakers=t.speakers or people.parse_people(kinds.classify(t.title)[1]), body=body, evidence=tuple(
            c for c in t.evidence if c.field not in ("title", "speakers")) + (
            Clue("title", "the title set off in the notes' first line", t.line, "medium"),
            Clue("speakers", PERSON_OVER_TITLED_LINE, t.line, "medium"))))
    return out


def _tells_one_title(lines: list[str]) -> bool:
    """Whether the notes' first line tells exactly one talk's quoted title (prose.talks_told)."""
    first = next((line for line in lines if line.strip()), "")
    return ('"' in first or "“" in first) and len(prose.talks_told(first)) == 1


# a heading that is only people's handles: `@quillfeather`, `@tobias_k and @nell`
_HANDLES_ONLY = re.compile(r"@[A-Za-z0-9_.]{2,30}(?:\s*(?:,|&|and|＆|と)\s*@[A-Za-z0-9_.]{2,30})*")


def _handles_over_sub_headings(found: list[Talk]) -> list[Talk]:
    """`## atomita` over `### The talk`: a lone lowercase word over one sub-heading names the speaker only where
    two or more of the note's headings are so written (one alone could be `## background` over `### Why`);
    otherwise the heading is the talk's title again and its sub-heading opens the notes."""
    marked = [t for t in found if any(c.field == "speakers" and c.reading == HANDLE_OVER_SUB_HEADING for c in t.evidence)]
    if len(marked) >= 2 or not marked:
        return found
    ids = {id(t) for t in marked}
    return [replace(t, title=t.speakers[0].name, speakers=(), body=f"### {t.title}\n{t.body}".strip(),
                    evidence=tuple(c for c in t.evidence if c.field != "speakers")) if id(t) in ids else t for t in found]


def _without_slot_codes(found: list[Talk]) -> list[Talk]:
    """`A-1 Title`, `A-2 Title`, `B-1 Title`: where two or more titles (and most) open with a slot code, the codes go."""
    found = _without_closing_codes(found)
    coded = [t for t in found if titles.BARE_SLOT_CODE.match(t.title)]
    if len(coded) < 2 or len(coded) * 2 < len(found):
        return _without_bracketed_slots(_without_slot_labels(_without_letters(found)))
    return [replace(t, title=titles.BARE_SLOT_CODE.sub("", t.title)) if t in coded else t for t in found]


def _without_closing_codes(found: list[Talk]) -> list[Talk]:
    """`Title | BRK181`, `Title（BRK 171）`, `Title (THR101)`: where three titles or more (and half or more) close with
    session codes, the programme's habit (three codes apart at least, each of letters and three digits), the codes go
    (`Virtual Threads (JDK 21)` keeps its release, alone or repeated; `(RFC 8446)` is no session's code)."""
    coded = [(t, m) for t in found if (m := fields.CLOSING_SESSION_CODE.search(t.title)) and m.start() > 0]
    codes = [re.sub(r"[^A-Z0-9]", "", m.group(0)) for _, m in coded]
    # (a programme numbers its sessions, each code its own, three digits after the letters: BRK181, THR101, DEM545;
    # one release or standard repeated, `(JDK 21)` three times, is the titles' subject)
    if len(coded) < 3 or len(coded) * 2 < len(found) or len(set(codes)) < 3 \
            or not all(re.fullmatch(r"[A-Z]{2,5}\d{3}[A-Z]?", c) for c in codes):
        return found
    cut = {id(t): t.title[:m.start()].strip() for t, m in coded}
    return [replace(t, title=cut[id(t)]) if id(t) in cut else t for t in found]


# a slot's label and its number or code opening a title: `一般発表A1: Title`, `発表2 Title`, `Session 3 - Title`
_SLOT_LABEL_CODE = re.compile(r"^\s*(?P<label>[^\s\d:：\-–—]{1,12}?)\s*(?:[A-Z]?\d{1,2}|[A-Z])\s*(?:[:：.\-–—]\s*|\s+)(?=\S)")


def _without_slot_labels(found: list[Talk]) -> list[Talk]:
    """`一般発表A1: Title`, `一般発表B2: Title`: where two or more titles (and half or more) open with one slot's label
    (a talk's kind: 発表, Session, Talk, LT) and its code, the label and code go; the title is what follows."""
    labelled = [(t, m) for t in found if (m := _SLOT_LABEL_CODE.match(t.title)) and _SLOT_WORD.search(m.group("label"))
                and len(t.title) > m.end() + 1]
    labels = collections.Counter(m.group("label").casefold() for _, m in labelled)
    shared = {label for label, n in labels.items() if n >= 2 and n * 2 >= len(found)}
    if not shared:
        return found
    cut = {id(t): t.title[m.end():].strip() for t, m in labelled if m.group("label").casefold() in shared}
    return [replace(t, title=cut[id(t)]) if id(t) in cut else t for t in found]


# a slot's place in brackets before the title: `[東軍 先鋒] Title`, `【Day1 午後】Title`, `[Track B #3] Title`
# (a space after a square bracket: `[Re]thinking` is one word; a label of two parts or a number, `東軍 先鋒`, `Day1`: a
# tag of one word, `【Rust】`, `【初心者向け】`, is the title's own)
_BRACKETED_SLOT = re.compile(r"^\s*(?:[\[［](?P<label>[^\[\]［］【】()（）]{1,12})[\]］]\s+|【(?P<label2>[^\[\]［］【】()（）]{1,12})】\s*)(?=\S)")


def _without_bracketed_slots(found: list[Talk]) -> list[Talk]:
    """`[東軍 先鋒] Title`, `[西軍 先鋒] Title`, `[東軍 次鋒] Title`: where three titles or more (and half or more) open with
    a short label in brackets, the programme's habit, the labels go. A label naming the talk's kind (`【LT】`,
    `[Keynote]`) is left to the kind's readers; one bracketed word alone may be the title's own (`[WIP] …`)."""
    def slot(label: str) -> bool:  # (never a person, `[@kmr_dev]`, `【山本】`: the only word of who spoke)
        return bool(re.search(r"\s|\d", label.strip())) and not _SLOT_WORD.search(label) and "@" not in label \
            and not (label.isascii() and people.looks_like_people(label, strict=True))
    labelled = [(t, m) for t in found if (m := _BRACKETED_SLOT.match(t.title)) and slot(m.group("label") or m.group("label2"))
                and len(t.title) > m.end() + 1]
    if len(labelled) < 3 or len(labelled) * 2 < len(found):
        return found
    cut = {id(t): t.title[m.end():].strip() for t, m in labelled}
    return [replace(t, title=cut[id(t)]) if id(t) in cut else t for t in found]


# a track's letter in brackets opening a programme's title: `[A] Title`, `［B］Title`, `【A】 Title`
_TRACK_LETTER = re.compile(r"^\s*(?:[\[［](?P<a>[A-Z])[\]］]|【(?P<b>[A-Z])】)\s*(?=\S)")
# a room or track the note names (structure.ROOM: `Room A`, `Track B`, `A 会場`, `B ルーム`), and the one letter or digit
# standing alone in its name (`A` in `Room A`; never `ROOM`'s letters, nor the `3` of `3F`)
_NAMED_ROOM = re.compile(r"(?<![\w])(?:" + ROOM + r")(?![\w])")
_ROOM_LETTER = re.compile(r"(?<![A-Za-z0-9])[A-Z0-9](?![A-Za-z0-9])")


def _tracks_by_letter(found: list[Talk], sections) -> list[Talk]:
    """`[A] Title`, `[B] Title` at the same hour, `[A] …`: a programme of two tracks or more marks each talk with its
    track's letter (two letters at least, each on two titles, the note naming a room or track by one of them at least:
    `Room A：せとうちポートホール 3F`, `A 会場`); the letter goes from the title and is the talk's room, as the note names
    it (or the letter alone), over any room carried from elsewhere. One `[A]` may be a title's own."""
    lettered = [(t, m.group("a") or m.group("b")) for t in found if (m := _TRACK_LETTER.match(t.title))
                and len(t.title) > m.end() + 1]
    counts = collections.Counter(letter for _, letter in lettered)
    if len(counts) < 2 or min(counts.values()) < 2:
        return found
    text = "\n".join(s.text for s in sections) + "\n" + "\n".join(s.title for s in sections)
    named = {}
    for m in _NAMED_ROOM.finditer(text):
        if len(letters := _ROOM_LETTER.findall(m.group(0))) == 1 and m.group(0).strip() != letters[0]:
            named.setdefault(letters[0], m.group(0).strip())
    rooms = {letter: named.get(letter, letter) for letter in counts}
    if all(room == letter for letter, room in rooms.items()):
        return found  # (no room or track the note names by these letters: `[E]`/`[J]` languages, `[B]`/`[I]` levels)
    cut = {id(t): letter for t, letter in lettered}
    return [replace(t, title=_TRACK_LETTER.sub("", t.title, count=1), room=rooms[cut[id(t)]])
            if id(t) in cut else t for t in found]


def _rooms_closing_titles(found: list[Talk]) -> list[Talk]:
    """`### GraalVM Native Images (Saal Rigi)` where the programme gives other talks that room: the parentheses name
    the talk's room, as the note calls it elsewhere (never a name no talk is in, `Rust (beta)`)."""
    rooms = {t.room.casefold(): t.room for t in found if t.room}
    if not rooms:
        return found
    return [replace(t, title=t.title[:m.start()].rstrip(), room=rooms[m.group("inner").strip().casefold()])
            if not t.room and (m := fields.CLOSING_PARENS.search(t.title)) and m.group("inner").strip().casefold() in rooms
            and m.start() >= 2 else t for t in found]


_LETTERED = re.compile(r"^\s*(?P<letter>[A-Z])[.)]\s+(?=\S)")


def _without_letters(found: list[Talk]) -> list[Talk]:
    """`A. Model Calibration …`, `B. What Data Engineers …`, `C. …`: titles lettered in order from A (three or
    more) lose their letters. A letter alone is no code (`A. Lee on …`, `I. Introduction`): only the run tells."""
    lettered = [(t, m) for t in found if (m := _LETTERED.match(t.title))]
    letters = "".join(m.group("letter") for _, m in lettered)
    if len(lettered) < 3 or not "ABCDEFGHIJKLMNOPQRSTUVWXYZ".startswith(letters):
        return found
    stripped = {id(t): t.title[m.end():] for t, m in lettered}
    # (a heading left unlettered among them with nothing of a talk's, `## To Google` after `## F. …`, is the
    # writer's own section)
    return [replace(t, title=stripped[id(t)]) if id(t) in stripped else t for t in found
            if id(t) in stripped or t.kind != "talk"
            or not any(c.field == "title" and c.reading == BARE_HEADING for c in t.evidence)]


def _sections_telling_of_talks(found: list[Talk]) -> list[Talk]:
    """A heading of the writer's (`### The big finale`) over paragraphs that tell of two or more talks, who gave
    which (`[Una](…) gave a [Primer on Performance](…)`, `"Title" by [Trisha](…)`): those talks, not the heading.
    A heading that names one of them, or shows a speaker or deck of its own beyond theirs, stays the talk it is."""
    out: list[Talk] = []
    for talk in found:
        # (a heading that names its own speaker is that speaker's talk: its notes are not read for others')
        bylined = any(c.field == "speakers" and c.reading.startswith("the heading") for c in talk.evidence)
        told = [] if bylined else _told_in(talk)
        # (under a heading that is never a talk of its own, `## Day 2`, one talk its sentences tell is enough)
        # (a heading that holds talks, `## メインセッション`, is no talk of its own: a deck under it is its first talk's)
        holder = _holds_talks(talk.title)
        if len(told) >= (1 if holder else 2) and not any(reconcile.same_title(t.title, talk.title) for t in told) \
                and not _more_than_told(talk, told, decks=not holder):
            out.extend(told)
        else:
            out.append(talk)
    return out


def _more_than_told(talk: Talk, told: list[Talk], decks: bool = True) -> bool:
    """Whether a heading's talk shows something of its own beyond the talks its notes tell of: a speaker or a deck
    none of them has (`## Fearless Concurrency` / `Speaker: Ann Poe` over notes mentioning last year's talks); `decks`
    False: a speaker only (under a heading that holds talks, a deck on a line of its own is its first talk's)."""
    names = {people.speaker_key(s.name) for t in told for s in t.speakers}
    shown = {u for t in told for u in (t.slides, t.video) if u}
    # (a deck counts only on a line of its own, `Slides: <url>`: one linked inside a sentence is the sentence's)
    alone = {found[0] for line in talk.body.split("\n") if len(line.split()) <= 3 and len(found := links.urls_in(line)) == 1}
    return any(people.speaker_key(s.name) not in names for s in talk.speakers) or decks and any(
        u and u not in shown and u in alone for u in (talk.slides, talk.video))


def _told_in(talk: Talk) -> list[Talk]:
    """The talks a section's notes tell of, each with who gave it (two or more, or none: prose.may_tell_of_talks),
    or, under a heading of the day's or a group's, the recordings its lines link `by` someone (`… was [Title](youtube…)
    by [Jane Doe](…)`), whichever finds more. (`## Ownership Deep Dive` recommending other talks' recordings stays
    the talk it is.)"""
    holder = _holds_talks(talk.title)
    linked = prose.talks_linked_to_recordings(talk.body, (talk.line or 0) + 1, alone=True) \
        if "](" in talk.body and holder else []
    # (under a day's or a group's heading, a talk its sentences tell without naming who gave it is one too)
    # (a title of one word with nobody named, `The keynote was "Unforgettable"`, is a remark, not a talk)
    # (never a sentence placing its talk at another time or event: `In case you missed October: …`)
    told = [t for t in prose.talks_told(talk.body, (talk.line or 0) + 1)
            if (t.speakers or holder and (len(t.title.split()) >= 2 or not t.title.isascii()))
            and not told_of_another_time(talk.body, (t.line or 0) - (talk.line or 0) - 1, t.title)] \
        if prose.may_tell_of_talks(talk.body) else []
    return linked if len(linked) > len(told) else told


def _holds_talks(title: str) -> bool:
    """A heading of the day's, a group's or a programme's (`## Day 2`, `## Lightning talks`, `## Sessions`)."""
    return bool(is_day(title) or group_heading(title) or container_kind(title))


def _bare_headings_beside_a_list(found: Segmented) -> Segmented:
    """`## Travel`, `## Badge` beside `## The talks` over a table (or `###` headings) naming two or more talks
    with their speakers, slides or video: where no heading outside it shows anything of a talk, those headings
    are the writer's other sections."""
    listed = [t for t in found.talks if reconcile.shows_talk(t) and (not _headed(t) or t.line in found.contained)]
    others = [t for t in found.talks if _headed(t) and t.line not in found.contained]
    bare = [t for t in others if not reconcile.shows_talk(t)]
    if len(listed) < 2 or not bare or any(reconcile.shows_talk(t) for t in others):
        return found  # (where some headings show their talks, the others may be talks too: their notes say)
    return replace(found, talks=[t for t in found.talks if not any(t is b for b in bare)],
                   event_parts=found.event_parts + [f"## {t.title}\n{t.body}".strip() for t in bare])


def _headed(talk: Talk) -> bool:
    """Whether a talk was read from a heading of its own (rather than a list item or a table's row)."""
    return any(c.field == "title" and c.reading.startswith(("heading", "a heading")) for c in talk.evidence)


_HANDLE_WORD = re.compile(r"@?[A-Za-z][A-Za-z0-9_.\-]{1,29}")
_BY_ONE_WORD = re.compile(r"^(?P<t>\S.*?)\s+(?i:by)\s+(?P<who>[A-Za-z0-9_.\-]{2,30}|[A-Za-z0-9_.\-]*[^\x00-\x7f\s][^\s]{0,29})\s*$")
_NOT_A_NAME_START = re.compile(r"(?:the|a|an|my|our|your|their|this|that)\b", re.IGNORECASE)
_BY_WORDS = re.compile(r"^(?P<t>\S.*?)\s+(?i:by)\s+(?P<who>[^\s,.;:!?。、][^,.;:!?。、]{0,30}?)\s*$")
# a group giving a talk, written as one word: `by Harbor-UGコンテナ支部`, `by チームA` (a user group's branch, a team)
_TEAM_NAME = re.compile(r"\S{1,24}(?:支部|チーム|部会|分科会|運営|有志)|チーム\S{1,20}|[A-Za-z]+-[A-Z]{2,}[A-Za-z]*|[A-Z]{2,}[A-Za-z]*-[A-Za-z]+")


_LONE_HANDLE_LINE = re.compile(r"^\s*(?:[-*+]\s+)?@(?P<h>[A-Za-z0-9_]{2,30})\s*$")


def _lone_handle_habit(found: list[Talk]) -> list[Talk]:
    """`- @noelrap` alone on a line of a talk's notes (beside its slides): the speaker, where two or more of
    the note's talks without a speaker each hold exactly one such line."""
    lone = {id(t): hs for t in found if not t.speakers
            and len(hs := [m.group("h") for line in t.body.split("\n") if (m := _LONE_HANDLE_LINE.match(line))]) == 1}
    if len(lone) < 2:
        return found
    out = []
    for t in found:
        if id(t) in lone:
            h = lone[id(t)][0]
            t = replace(t, speakers=(Speaker(name=h, handle=h),), body="\n".join(
                line for line in t.body.split("\n") if not _LONE_HANDLE_LINE.match(line)).strip("\n"),
                evidence=t.evidence + (Clue("speakers", "the note's lone `@handle` lines in its talks' notes", t.line,
                                            "medium"),))
        out.append(t)
    return out


# `Laura Eck does a good job discussing…`, `Justin Searls tries to cram…`: a paragraph opening with a full name
# and what the person does or did (a verb in the third person or the past)
_OPENING_NAME = re.compile(r"^(?P<who>[A-Z][a-z\u00c0-\u024f'’-]+(?:\s+[A-Z][a-z\u00c0-\u024f'’-]+){1,2})\s+"
                           r"(?:[a-z]{2,}(?<!s)s|[a-z]{2,}ed|is|was|gave|spoke|took|showed|made|ran|led)\b")


def _opening_name_habit(found: list[Talk]) -> list[Talk]:
    """The notes under a talk's heading open with its speaker doing something (`Nadia Brook does a fine job…`):
    the speaker, where two or more of the note's talks without a speaker open that way. Only talks that show
    they are talks (their recording or slides linked) are read so, and never with words of the title (`Docker
    Compose makes…` under `Docker Compose in production` is the topic, not a person)."""
    opening = {}
    for t in found:
        if t.speakers or not (t.slides or t.video):
            continue
        first = next((line.strip() for line in t.body.split("\n") if line.strip()), "")
        m = _OPENING_NAME.match(first)
        if m and people.looks_like_people(m.group("who"), strict=True) and not any(
                w.casefold() in t.title.casefold() for w in m.group("who").split()):
            opening[id(t)] = m.group("who")
    if len(opening) < 2:
        return found
    clue = "the note's notes that open with the speaker's name"
    return [replace(t, speakers=people.parse_people(opening[id(t)]), evidence=t.evidence + (
        Clue("speakers", clue, t.line, "medium"),)) if id(t) in opening else t for t in found]


def _told_speaker_habit(found: list[Talk]) -> list[Talk]:
    """`Bryan Hall's talk on …`, `Kerri Moss did so like a champ`: the one person the first paragraph under a talk's
    heading says gave it (talk_body.speaker_told_in_notes), where two or more of the note's talks without a speaker,
    and at least half of them, are told so."""
    bare = [t for t in found if not t.speakers]
    told = {id(t): who for t in bare if (who := talk_body.speaker_told_in_notes(t.body.split("\n")))}
    if len(told) < 2 or len(told) * 2 < len(bare):
        return found
    clue = "a sentence of the talk's notes saying whose talk it was"
    return [replace(t, speakers=told[id(t)], evidence=t.evidence + (
        Clue("speakers", clue, t.line, "medium"),)) if id(t) in told else t for t in found]


_FIRST_PARAGRAPH = re.compile(r"^\s*(?P<p>[^\n#|>].*?)(?:\n\s*\n|\Z)", re.DOTALL)


def _linked_person_habit(found: list[Talk]) -> list[Talk]:
    """`We kicked off with [Jane Doe](https://www.linkedin.com/in/jane)'s talk…`: the first person the notes under
    a talk's heading link to their page, in the notes' first paragraph, is its speaker, where two or more of the
    note's talks open that way and at least half of those without a speaker do (the talks whose speaker was read
    already count where their notes open so: `[songmuさん](…)によるセッションです`)."""
    linked = {}
    if all(t.speakers for t in found):
        return found
    for t in found:
        m = _FIRST_PARAGRAPH.match(t.body)
        if not m or "](" not in m.group("p"):
            continue
        who = next((l for l in people.MD_LINK.finditer(m.group("p")) if links.is_person_page(l.group("url"))
                    and people.looks_like_people(l.group("text").strip(), strict=True)), None)
        if who:  # (a profile's address gives the handle: `[ゆきしば (@pastelcoder)](https://twitter.com/…)`)
            linked[id(t)] = people.parse_people(who.group(0) if links.is_profile_url(who.group("url"))
                                                else who.group("text").strip())
    if len(linked) < 2 or len(linked) * 2 < sum(1 for t in found if not t.speakers or id(t) in linked):
        return found
    return [replace(t, speakers=linked[id(t)], evidence=t.evidence + (
        Clue("speakers", NOTES_LINK, t.line, "medium"),)) if linked.get(id(t)) and not t.speakers else t for t in found]


NOTES_LINK = "the person the talk's notes link to first"


def _by_habit(found: list[Talk]) -> list[Talk]:
    """`GopherJS と Wasm by haji_h`: a handle after `by` is the speaker where two or more of the
    note's headings end that way (one alone could be `Testing by example`). Where two in three headings end `by`
    and a few words and the notes under them named the speaker already, a byline naming that speaker leaves the
    title (`Channels By ANDREW GODWIN` over `@andrewgodwin`)."""
    found = _column_habit(_linked_person_habit(_opening_name_habit(_comma_habit(_lone_handle_habit(
        _paren_habit(_dash_habit(found)))))))
    shaped = [(t, m) for t in found if not t.speakers and (m := _BY_ONE_WORD.match(t.title))]
    clear = [(t, m) for t, m in shaped if people.looks_like_people(m.group("who"), strict=False)
             or _TEAM_NAME.fullmatch(m.group("who"))]
    # (the headings whose byline was read already show the habit too: `# Title by 井口 雅士` beside `# Title by utause`)
    bylined = sum(1 for t in found if any(c.field == "speakers" and c.reading == "the heading's byline" for c in t.evidence))
    worded = [(t, m) for t in found if not _BY_ONE_WORD.match(t.title) and (m := _BY_WORDS.match(t.title))
              and len(m.group("who").split()) <= 3 and not _NOT_A_NAME_START.match(m.group("who"))]
    if len(worded) >= 3 and len(worded) * 3 >= len(found) * 2:
        # (two in three headings so, the speaker of each already read from the notes under it, `@andrewgodwin`: where
        # the byline names that person, `Channels By ANDREW GODWIN`, it leaves the title and names the handle)
        own = {id(t): m for t, m in worded if t.speakers and _byline_names(m.group("who"), t.speakers)}
        found = [_with_heading_name(t, m.group("t"), m.group("who")) if (m := own.get(id(t))) else t for t in found]
    worded = [(t, m) for t, m in worded if not t.speakers]
    if len(clear) < 2 and not (shaped and bylined >= 2):
        return found
    # the habit shown by two clear names, the other headings of that shape name handles too (`by Shunya078`),
    # and the people written in words (`by 所 友太`, `by 蔀`, `by Taiki Koma`; never `by caching layers`)
    cands = [(t, m) for t, m in shaped if _HANDLE_WORD.fullmatch(m.group("who")) or _TEAM_NAME.fullmatch(m.group("who"))
             or not m.group("who").isascii()]
    cands += [(t, m) for t, m in worded if all(not w.isascii() or w[:1].isupper() for w in m.group("who").split())]
    named = {id(t): m for t, m in cands}
    return [_habit_named(t, m.group("t"), m.group("who"), "the note's `Title by handle` headings")
            if (m := named.get(id(t))) else t for t in found]


def _with_counted_speakers(found: list[Talk], sections: list[Section]) -> list[Talk]:
    """The talks a recap's sentences count by their speakers (`2人目は山田さんで、…`, prose.talks_by_counted_speakers),
    beside the talks the headings gave (the writer's own LT under a heading of its own): each speaker the others do not
    already name, in the note's order."""
    counted = [t for s in sections if "人目" in s.text and not (s.level and _ANOTHER_MEETING.search(s.title))
               for t in prose.talks_by_counted_speakers(s.text, s.text_first_line, bool(prose.OF_TALKS_JA.search(s.title)))]
    if not counted:
        return found
    named = {people.speaker_key(p.name) for t in found for p in t.speakers} | {key(t.title) for t in found}
    # (`山田さん` counted where a heading named `山田 太郎`: the same person, by the family name)
    families = {p.name.split()[0] for t in found for p in t.speakers if " " in p.name.strip()}
    more = [t for t in counted if people.speaker_key(t.title) not in named and key(t.title) not in named
            and t.title not in families]
    return sorted(found + more, key=lambda t: t.line or 0) if more else found


def _column_habit(found: list[Talk]) -> list[Talk]:
    """`Title @Jane Doe`, `Title [handle]`, `Title (Jane)`, `Jane Doe: Title`, `Colin, on Title`: the headings that
    name nobody yet, where two in three of them write a speaker the same way (bylines.byline_column)."""
    bare = [t for t in found if not t.speakers]
    column = bylines.byline_column([t.title for t in bare]) if len(bare) >= 2 else None
    if not column:
        return found
    named = {id(t): split for t, split in zip(bare, column) if split}
    return [(_habit_named(t, split[0], split[1], "the note's headings, each naming its speaker the same way")
             if split[1] else replace(t, title=split[0], evidence=tuple(c for c in t.evidence if c.field != "title") + (
                 Clue("title", "heading, in the note's speaker column (the writer's own)", t.line, "high"),)))
            if (split := named.get(id(t))) else t for t in found]


# (a hyphen inside a name is the name's: `Title - Hassan Abdel-Rahman`)
_TITLE_DASH_NAMES = re.compile(r"^(?P<t>\S.*?)\s+[-–—]\s+(?P<who>(?=[^-–—]*[A-Za-z\u3040-\u30ff\u3400-\u9fff])"
                               r"(?:[^-–—]|(?<=\w)-(?=\w))+?)\s*$")


def _dash_habit(found: list[Talk]) -> list[Talk]:
    """`## How Fast is Fast Enough? - Tammy Everts`: the full name after the last dash is the speaker where
    most of the note's unnamed headings end that way, two or more (one alone could be `Android - 過去と未来`)."""
    bare = [t for t in found if not t.speakers]
    # (a name with a hyphen inside, `Hassan Abdel-Rahman`, is one the dictionary knows: never `Self-Hosted Runners`)
    shaped = [(t, m) for t in bare if (m := _TITLE_DASH_NAMES.match(t.title))
              and people.looks_like_people(m.group("who"), strict=True)
              and ("-" not in m.group("who") or names.names_someone(m.group("who")))]
    # (a heading whose dash named its speaker by evidence already (_dash_tail_person) shows the habit too)
    shown = sum(1 for t in found if any(c.field == "speakers" and c.reading == NAMED_DASH_TAIL for c in t.evidence))
    # (three names or more that each open with a given name show the habit over half the headings that are no breaks: the
    # others are the writer's or a talk written otherwise, `genesis framework [Sarah Moyer]`)
    given = len(shaped) >= 3 and all(m.group("who").isascii() and names.given_name(m.group("who").split()[0])
                                     for _, m in shaped)
    if len(shaped) + shown < 2 or (len(shaped) + shown) * 3 < (len(bare) + shown) * 2 and not (
            given and (len(shaped) + shown) * 2 > sum(1 for t in bare if not timetable.is_break(t.title)) + shown):
        return found
    named = {id(t): m for t, m in shaped}
    return [_habit_named(t, m.group("t"), m.group("who"), "the note's `Title - Name` headings")
            if (m := named.get(id(t))) else t for t in found]


_TITLE_PAREN_NAME = re.compile(r"^(?P<t>\S.{2,}?)\s*[(（](?P<who>[^()（）\d]{2,30})[)）]\s*$")


def _paren_habit(found: list[Talk]) -> list[Talk]:
    """`## [Title（higak9）](…)`, `## Title (Yuki Terashima)`: the words in the closing parentheses name the speaker
    where two in three of the note's unnamed headings end so, three or more, each read as people (one alone could
    be `Rust (beta)`; two could be `(Hands On)` and `(Live Coding)`, which read as names)."""
    bare = [t for t in found if not t.speakers]
    shaped = [(t, m) for t in bare if (m := _TITLE_PAREN_NAME.match(t.title))]
    if len(shaped) < 3 or len(shaped) * 3 < len(bare) * 2:
        return found
    named = {id(t): m for t, m in shaped if people.looks_like_people(m.group("who"), strict=True)
             and not PLACEHOLDER.fullmatch(m.group("who").strip())}
    if len(named) * 3 < len(shaped) * 2:
        return found
    # (the habit shown, the other closing words that are one handle-like word name people too: `（higak9）`, `(IORI)`;
    # never an English word, `(Beginners)`)
    named |= {id(t): m for t, m in shaped if _HANDLE_WORD.fullmatch(w := m.group("who").strip().lstrip("@"))
              and (w[:1].islower() or w.isupper() or any(c.isdigit() or c == "_" for c in w))}
    return [_habit_named(t, m.group("t"), m.group("who"), "the note's `Title (Name)` headings")
            if (m := named.get(id(t))) else t for t in found]


_TITLE_COMMA_NAME = re.compile(r"^(?P<t>\S.{2,}?),\s+(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*$")


def _comma_habit(found: list[Talk]) -> list[Talk]:
    """`### API Versioning for Zero Downtime, Patrice Krak` among headings that name their speakers: the full
    name after the last comma is the speaker, where two in three of the note's talks name theirs (three or more)."""
    named = sum(1 for t in found if t.speakers)
    if named < 3 or named * 3 < len(found) * 2:
        return found
    return [_habit_named(t, m.group("t"), m.group("who"), "the note's headings that name their speakers")
            if not t.speakers and (m := _TITLE_COMMA_NAME.match(t.title)) and len(m.group("t").split()) >= 3
            and people.looks_like_people(m.group("who"), strict=True) else t for t in found]
    # (`Microservices, Done Right`: a short title's second half reads like a name too; three words or more before it)


# a heading that only numbers a slot: `Session1`, `LT 2`, `発表3`, `Talk #4`, `2人目`
_SLOT_LABEL_ONLY = re.compile(r"(?:(?:LT|ＬＴ|Session|Talk|Presentation|セッション|発表|講演|トーク|登壇)\s*[#＃]?\s*\d{1,2}"
                              r"|\d{1,2}\s*(?:本目|人目))\s*[:：.]?", re.IGNORECASE)
# a line that is only an emphasized or quoted phrase: `*Slim down App size.*`, `**Title**`, `「Title」`
_SET_APART = re.compile(r"^\s*(?:(?P<m>\*\*|__|\*|_)(?P<t>[^*_\n]{3,150}?)(?P=m)|「(?P<q>[^「」\n]{3,150})」|『(?P<r>[^『』\n]{3,150})』"
                        # (or linked, to the talk's page: `[Title](https://sessionize.com/…)`, under a time's heading)
                        r"|\[(?P<l>[^\[\]\n]{3,150})\]\(https?://[^)\s]+\))\s*$")
# a heading naming only a slot's time and room: `## 10:35 Room A`
_OPENING_CLOCK = re.compile(r"^\s*" + CLOCK_RANGE + r"(?=\s|$)", re.IGNORECASE)
_TIMED_ROOM = re.compile(CLOCK_RANGE + r"\s+(?P<room>" + ROOM + r")", re.IGNORECASE)
# (or the room first: `## Track 1 10:00-10:40`)
_ROOM_THEN_TIME = re.compile(r"(?P<room>" + ROOM + r")\s+" + CLOCK_RANGE, re.IGNORECASE)


def _slot_room(title: str) -> str | None:
    """The room a heading naming only a slot's time and room names (`## 10:35 Room A`, `## Track 1 10:00-10:40`)."""
    m = _TIMED_ROOM.fullmatch(title.strip()) or _ROOM_THEN_TIME.fullmatch(title.strip())
    return m.group("room") if m else None


def _title_under_slot_label(title: str, lines: list[str]) -> tuple[str, list[str]] | None:
    """(the title, the other lines) when the heading only numbers its slot and the first line under it is a phrase set
    apart (emphasized or quoted): that phrase is the talk's title. None otherwise."""
    numbered = bool(_SLOT_LABEL_ONLY.fullmatch(title.strip()))  # `### Session1`, `LT 2`
    # `## 10:35 Room A`, `##### 14:00~`, `## Keynote`: a heading naming only a time (and room) or a kind of slot
    bare_slot = not numbered and bool(_names_only_its_slot(title) or _slot_room(title))
    if not numbered and not bare_slot:
        return None
    at = next((i for i, line in enumerate(lines) if line.strip()), None)
    m = _SET_APART.match(lines[at]) if at is not None else None
    kind_named = bare_slot and bool(_KIND_ONLY.match(_ROOM_IN_BRACKETS.sub("", _OPENING_CLOCK.sub("", title, count=1))))
    if m and bare_slot and not m.group("l") and not (kind_named and m.group("t") and _QUOTED_TITLE_IN.search(m.group("t"))):
        # (under a time's heading only a linked line: `## 20:00` over `**Thanks everyone!**` is no talk; under a kind's,
        # `## 基調講演` over `**「Title」 Name さん**`, the bold line too)
        m = None
    if m and m.group("l") and (not bare_slot or titles.FILE_LABEL.fullmatch(m.group("l").strip()) or links.is_slides(lines[at])
                               or timetable.is_break(m.group("l"))):
        m = None  # (`[Slides](…)` alone is the deck, not a title; `[Lunch menu](…)` under `## 12:00 Room A` no talk)
    phrase = (m.group("t") or m.group("q") or m.group("r") or m.group("l")).strip() if m else ""
    # (never a person's name, `**Kim Lee**`, nor a remark, `*スライドは後日公開予定です*`, `_Cancelled: the speaker was ill._`;
    # a link's text may hold a colon, `[Concurrency: the next step](…)`)
    if not phrase or people.looks_like_people(phrase, strict=True) or _REMARK.search(phrase) and not m.group("l"):
        return None
    return phrase, (lines if m.group("l") else lines[:at] + lines[at + 1:])  # (a link stays, for the talk's page or deck)


# a title quoted inside a bold line, `**「Title」 Name さん**` (never `**持ち物：ノート PC**`, `**Bring your laptop!**`)
_QUOTED_TITLE_IN = re.compile(r"^\s*[「『\"“][^「『」』\"“”]{3,}[」』\"”]")
_REMARK = re.compile(r"[:：]\s|(?:です|ます|ました|でした|予定|ません)[。.！!]?$|。$")


def _byline_names(who: str, speakers: tuple[Speaker, ...]) -> bool:
    """Whether the words of a heading's byline name the speaker read from the notes: one of them (three letters or
    more, accents aside) is in the speaker's handle or name (`ANDREW GODWIN` and `@andrewgodwin`, `LOÏC` and
    `@loic84`; never `time zone` and `@kimlee`)."""
    def plain(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum())
    known = [plain(k) for s in speakers for k in (s.name, s.handle) if k]
    return any(len(w) >= 3 and any(w in k for k in known) for w in map(plain, who.split()))


def _with_heading_name(talk: Talk, title: str, who: str) -> Talk:
    """The talk whose heading still ends with its speaker's byline (`Channels By ANDREW GODWIN`) while its speaker
    came from its notes: the title alone; a lone speaker known only by a handle takes the heading's name."""
    lone = talk.speakers[0] if len(talk.speakers) == 1 else None
    speakers = ((replace(lone, name=who.strip()),) if lone and lone.handle and lone.name == lone.handle
                else talk.speakers)
    clues = tuple(c for c in talk.evidence if c.field != "title") + (
        Clue("title", "heading, without the byline the note's headings end with", talk.line, "high"),)
    return replace(talk, title=title.strip(), speakers=speakers, evidence=clues)


def _habit_named(talk: Talk, title: str, who: str, reading: str) -> Talk:
    """The talk with the title and speaker a note's heading habit gives it: the heading is a talk now
    (it names its speaker), the speaker a medium-confidence reading."""
    clues = tuple(c for c in talk.evidence if c.field != "title") + (
        Clue("title", "heading", talk.line, "high"), Clue("speakers", reading, talk.line, "medium"))
    # (`Jane Roe: "Elixir Elevated"`: the title the habit leaves is cleaned as any talk's title, its quotes off)
    return replace(talk, title=titles.clean_talk_title(title.strip()), speakers=people.parse_people(who), evidence=clues)




_NAME_THEN_WORD = re.compile(r"^(?P<who>" + bylines.FULL_NAME + r")\s+@?(?P<h>[a-z][a-z0-9_.]{2,29})$")


def _named_with_own_handle(text: str) -> tuple[Speaker, ...]:
    """`Jerome Ribot jeromeribot` (the handle's link gone to the heading's): a full name, then a handle made of
    it (holding the first or the last name) -> that person with the handle; else ()."""
    m = _NAME_THEN_WORD.match(text)
    if not m or not people.looks_like_people(m.group("who"), strict=True):
        return ()
    words = [w.lower() for w in m.group("who").split() if len(w) >= 3]
    if not any(w in m.group("h") for w in (words[:1] + words[-1:])):
        return ()
    return (Speaker(name=m.group("who"), handle=m.group("h")),)


_NOT_A_FIRST_NAME = frozenset({"we", "our", "my", "you", "your", "the", "they", "their", "his", "her", "its"})
PERSON_OVER_TITLE = "the heading before, naming the speaker (the note's person-then-title headings)"


def _people_over_titles(found: list[Talk]) -> list[Talk]:
    """`### Andy Budd @andybudd` (with the speaker's bio) over `### Using Design for Competitive Advantage` (with
    the abstract): a programme page that gives each speaker a heading of its own, then the talk's. Read so where
    two or more such pairs follow one another from the first heading, every person's heading opens one, the
    abstract under each title speaks of the person by name (`We Networked` over `We Played Bingo!` is no one;
    titles each over a speaker's bio are the other order, not read), and the pairs make up two in three of the
    note's headings; the two headings are one talk, the person's heading naming its speaker and its bio opening
    the talk's notes."""
    def person(t: Talk) -> bool:
        return bool(_named_with_own_handle(t.title)) or \
            people.looks_like_people(t.title, strict=True) and not bylines.SENTENCE.search(t.title)

    def spoken_of(a: Talk, b: Talk) -> bool:  # the abstract under the title: `In his talk Andy will explain …`
        first = a.title.split()[0]
        return len(first) >= 3 and first.lower() not in _NOT_A_FIRST_NAME and \
            re.search(r"(?<!\w)" + re.escape(first) + r"(?!\w)", b.body) is not None

    pairs, i = [], 0
    while i + 1 < len(found):
        a, b = found[i], found[i + 1]
        if person(a) and not person(b) and not b.speakers and spoken_of(a, b):
            pairs.append(i)
            i += 2
        else:
            i += 1
    persons = sum(1 for t in found if person(t))
    if len(pairs) < 2 or len(pairs) * 2 * 3 < len(found) * 2 or persons != len(pairs) or pairs[0] != 0 \
            and any(not person(t) for t in found[:pairs[0]]):
        return found  # (every person's heading opens a pair, the first heading of the run a person's)
    out, at = [], set(pairs)
    for i, t in enumerate(found):
        if i - 1 in at:
            continue
        if i not in at:
            out.append(t)
            continue
        b = found[i + 1]
        named = _named_with_own_handle(t.title) or people.parse_people(t.title)
        handles = [s.handle for s in t.speakers if s.handle]
        if len(named) == 1 and not named[0].handle and len(handles) == 1:
            named = (replace(named[0], handle=handles[0]),)  # `Jason Mesut [@jasonmesut](…)`: the link's handle
        out.append(replace(b, speakers=named, body="\n\n".join(x for x in (t.body.strip(), b.body.strip()) if x),
                           evidence=b.evidence + (Clue("speakers", PERSON_OVER_TITLE, t.line, "medium"),)))
    return out


def _speakers_first(found: list[Talk]) -> list[Talk]:
    """`Jeff Okoro - Legacy`, `Ana - Paper Crane` among headings written `Name - Title`: the name first, where
    the note's habit says so: the parts before the dash read as names more often than the parts after it
    (a Title Case title reads like a name too, so one heading alone cannot tell), counting the headings
    already read as the speaker first."""
    # (the name set off in italics or bold, `*Jane Roe* - Title`, is read without its marks)
    cands = [(t, m, prose.without_emphasis(m.group("who").strip()))
             for t in found if not t.speakers and (m := bylines.NAME_THEN_TITLE.match(t.title))]
    already = sum(1 for t in found if any(c.field == "speakers" and c.reading == "the heading, speaker first"
                                          for c in t.evidence))
    names_first = sum(1 for _, _, who in cands if people.looks_like_people(who, strict=True)) + already
    names_after = sum(1 for _, m, _ in cands if people.looks_like_people(m.group("t"), strict=True))
    total = len(cands) + already
    # first names alone (`Frank - Presenting his accounting package:`) are no full names: three or more
    # headings whose first part reads as a name and whose second does not, even loosely, show the habit too
    # (the notes under each say what that person did: `Frank demonstrated …`, so `Django - …` is no speaker)
    loosely = sum(1 for t, m, who in cands if people.looks_like_people(who, strict=False)
                  and not people.looks_like_people(m.group("t"), strict=False)
                  and re.search(r"\b" + re.escape(who) + r"\s+" + bylines.SPEAKER_DID + r"\b", t.body))
    habit = names_first > names_after and names_first * 3 >= total * 2 or loosely >= 3 and loosely * 3 >= total * 2
    if already >= 2 and already >= len(cands):
        found = _colon_after_names(found)  # `Jane Doe: Title` among `Jane Doe - Title` headings
    if not cands or total < 2 or not habit:
        return found
    out = []
    for t in found:
        m = bylines.NAME_THEN_TITLE.match(t.title) if not t.speakers else None
        if m and people.looks_like_people(named := prose.without_emphasis(m.group("who").strip()), strict=False):
            title = _PRESENTING.sub("", m.group("t")).rstrip(" :：") or m.group("t")
            t = _habit_named(t, title, named, "the note's `Name - Title` headings")
        out.append(t)
    return out


_NAME_COLON = re.compile(r"^(?P<who>" + bylines.FULL_NAME + r"):\s+(?P<t>\S.{2,})$")


def _colon_after_names(found: list[Talk]) -> list[Talk]:
    """`Ruth John: How To Be A Web A/V Artist` among headings read `Name - Title`: the same habit, with a colon."""
    out = []
    for t in found:
        m = _NAME_COLON.match(t.title) if not t.speakers else None
        if m and people.looks_like_people(m.group("who"), strict=True) and not (
                len(m.group("t").split()) <= 2 and people.looks_like_people(m.group("t"), strict=True)):
            t = _habit_named(t, m.group("t"), m.group("who"), "the note's `Name - Title` headings")
        out.append(t)
    return out


# `Nelis - Presenting Decorators within iPython:`: what the speaker did, before what the talk was about
_PRESENTING = re.compile(r"^(?:presenting|presents|presented|talking\s+about|talked\s+about)\s+(?=\S)", re.IGNORECASE)


_SPEAKER_LIST = {key(w) for w in ("スピーカー", "登壇者", "登壇者一覧", "発表者", "講演者", "Speakers", "The speakers",
                                  "Presenters", "Line-up", "Lineup")}


def _said_either_way(title: str) -> list[str]:
    """A heading and, where it says it twice apart by a slash or a bar (`登壇者 / Speakers`, `忍者のみなさん / Ninja
    Talks`), each of its halves."""
    return [title, *re.split(r"\s+[/｜|]\s+", title)]


def _speaker_list_heading(title: str) -> bool:
    """`## Speakers`, `## 登壇者 / Speakers`, `## 登壇者紹介`: a heading over the people who speak (either half of a
    two-language one)."""
    return any(key(part) in _SPEAKER_LIST or roster_heading(part) for part in _said_either_way(title))


def _only_people(s: Section) -> bool:
    """A section whose text is a list of people and nothing else (`- [Aaron Patterson @tenderlove](…)`), or a person's
    card: a heading naming a person over their profile's labelled lines alone (`所属: …`, `Twitter: [@h](…)`)."""
    said = [line for line in s.lines if line.strip()]
    items = [m.group("rest") for line in said if (m := people.BULLET.match(line))]
    if bool(items) and len(items) == len(said) and all(people.looks_like_people(item) for item in items):
        # (under a heading naming the group by its part, `### 基調講演 / Keynote`, `### Ninja Talks`: a talk's title over
        # its speaker's link, `### Streams without tears` / `- [Jane Doe](…)`, is a talk)
        return any(_PART_OF_PROGRAMME.search(half) or kinds.classify(half)[0] != "talk"
                   for half in _said_either_way(s.title))
    return bool(said) and people.looks_like_people(s.title, strict=True) and any(_PROFILE_LINE.match(l) for l in said) \
        and all(_PROFILE_LINE.match(line) or links.URL.fullmatch(line.strip()) for line in said)


# a heading naming a group of the programme's people by their part: `Invited Speakers`, `Opening Act`, `忍者のみなさん`
_PART_OF_PROGRAMME = re.compile(r"(?:speakers?|talks|act|guests|presenters|panel(?:ists)?|講演|登壇者|のみなさん|の皆さん|の皆様)\s*$",
                                re.IGNORECASE)


# a line of a person's profile: where they work, their accounts (`所属: [Acme](…)`, `twitter: [@h](…)`, `GitHub: …`)
_PROFILE_LINE = re.compile(r"^\s*(?:[-*+]\s+)?(?:所属|会社|肩書き?|twitter|x|github|gitlab|blog|ブログ|web|website|site|affiliation|"
                           r"company|organi[sz]ation|role|job\s+title|facebook|linkedin|mastodon|bluesky|qiita|zenn|note|speakerdeck)"
                           r"\s*[:：]\s*\S", re.IGNORECASE)


def _field_headings_held(sections: list[Section]) -> list[Section]:
    """A heading naming one field of a talk (`### speaker`, `### Slides`) written at its talk's own level, right under
    the talk's heading, where the note's other talks hold that field one level deeper: a sub-section of the talk above
    it (a heading naming a field is never a talk of its own)."""
    deeper = {s.level for i, s in enumerate(sections) if i and s.level and single_field(s.title)
              and sections[i - 1].level == s.level - 1}
    if not deeper:
        return sections
    out = list(sections)
    for i, s in enumerate(sections):
        above = sections[i - 1] if i else None
        # (one talk's field: a few lines, one address at most; a `## Slides` listing every talk's deck is the note's)
        if s.level and above is not None and above.level == s.level and s.level + 1 in deeper and single_field(s.title) \
                and not single_field(above.title) and not above.text.strip() \
                and len([l for l in s.lines if l.strip()]) <= 4 and len(links.urls_in(s.text)) <= 1:
            out[i] = replace(s, level=s.level + 1)
    return out


def _rosters_folded(sections: list[Section]) -> list[Section]:
    """A `## 登壇者 / Speakers` roster whose sub-headings group its people by their part (`### 基調講演 / Keynote`,
    `### Ninja Talks`, each over a list of people only): one section of the event, its groups folded into its text.
    The group names a part of the programme, not a talk; the talks are wherever the programme names them."""
    out: list[Section] = []
    i = 0
    while i < len(sections):
        s = sections[i]
        j = i + 1
        while j < len(sections) and sections[j].level > s.level:
            j += 1
        children = sections[i + 1:j]
        if s.level and _speaker_list_heading(s.title) and children and all(_only_people(c) for c in children):
            lines = list(s.lines)
            for c in children:
                lines += ["", f"**{c.title}**", "", *c.lines]
            out.append(replace(s, lines=tuple(lines)))
            i = j
            continue
        out.append(s)
        i += 1
    return out


def _speakers_in_order(found: list[Talk], sections: list[Section]) -> list[Talk]:
    """A `スピーカー` / `Speakers` list of exactly as many people as there are talks, none of which names
    a speaker: the talks' speakers, in order (a guess, said so in the evidence)."""
    if len(found) < 2 or any(t.speakers for t in found):
        return found
    for s in sections:
        if not s.level or key(s.title) not in _SPEAKER_LIST:
            continue
        items = [m.group("rest") for line in s.lines if (m := people.BULLET.match(line))]
        named = [people.parse_people(item) if people.looks_like_people(item, strict=False) else () for item in items]
        if len(named) == len(found) and all(len(n) == 1 for n in named):
            clue = Clue("speakers", "the speakers' list, in the same order", s.line, "low")
            return [replace(t, speakers=n, evidence=t.evidence + (clue,)) for t, n in zip(found, named)]
    return found


# `## LT1 ダジャレ`, `### LT #2: Title`: one numbered lightning talk with its title, not a heading over their list
_NUMBERED_LT = re.compile(r"^\s*(?:LT|ＬＴ|Lightning\s+Talk)\s*[#＃]?\s*[0-9０-９]{1,2}\s*[:：.．\-–]?\s*\S", re.IGNORECASE)


_CLOCK_IN_LINE = re.compile(r"(?<!\d)" + CLOCK + r"(?!\d)", re.IGNORECASE)


_PLAIN_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,2}[.)])\s+(?P<rest>\S.*)$")


def _titles_written_up_later(s: Section, headed: list[Talk]) -> bool:
    """Whether a section's list (three items or more, each alone on its line) names a talk a later heading of the note
    writes up: the list is then of the talks the writer heard, the titles alone."""
    items = [bylines.clean(m.group("rest")) for line in s.lines if (m := _PLAIN_ITEM.match(line))]
    later = [t.title for t in headed if t.line and t.line > s.line]
    matched = sum(1 for item in items if any(reconcile.same_title(item, title) for title in later))
    # (a table of contents names every later heading: the list names the talks heard where most are not written up)
    return len(items) >= 3 and 1 <= matched and matched * 2 < len(items)


def _programme(sections: list[Section], headed: list[Talk], seen: dict, page_kind: str | None = None
               ) -> tuple[list[list[Talk]], dict[int, str]]:
    """Every list of talks the note writes as a table, time lines or list items (timetable.find), in
    order, leaving out the sections that are themselves talks with evidence (their lists are their notes)
    unless the list is a programme (three talks or more, or two with little else beside them). With the lines of the headings over such
    programmes: those headings are not talks themselves (`### プログラム` holding the day's slots)."""
    talk_lines = {t.line for t in headed if t.speakers or t.slides or t.video}
    # what each heading shows of itself: a heading whose slides are the first of its list's links shows nothing
    headed_links = {t.line: {t.slides, t.video} - {None} for t in headed if not t.speakers}
    out: list[list[Talk]] = []
    holders: dict[int, str] = {}  # the heading's line -> the section's text beside its programme
    # the headings over this one (and it), with what they hold, their lines and the rooms they name
    above: list[tuple[int, str | None, int, str | None]] = []
    for s in sections:
        while above and s.level and above[-1][0] >= s.level:
            above.pop()
        ck = container_kind(s.title) if s.level else None
        if ck is None and s.level and kinds.classify(s.title)[0] == "lightning" and not _NUMBERED_LT.match(s.title):
            ck = "lightning"  # `## 懇親会飛び込みLTで出た話`, `## LT資料`: a heading about lightning talks holds their list
        if s.level and ck is None and any(k == "talks" for _, k, _, _ in above) and track_room(s.title)[0]:
            ck = "talks"  # `# Sessions` over `## Wednesday` over its list: the day's list is the talks, as the parent's is
        elif s.level and ck is None and _OPENING_CLOCK.match(s.title) and any(k in ("schedule", "talks") for _, k, _, _ in above):
            # `### Schedule` over `#### 12:20 LUNCH` over the afternoon's slots: a timed heading inside the programme
            # (a break's) goes on with it
            ck = next(k for _, k, _, _ in reversed(above) if k in ("schedule", "talks"))
        if s.level:
            above.append((s.level, ck, s.line, track_room(s.title)[1]))
        if s.level and (ck is None or earlier_events(s.title)) and not_a_programme(s.title):
            continue  # `## Job announcements` listing `Company - [opening](…)`: no talks
        # (`# A track` over its list of talks, or over the heading that lists them: the talks are in that room)
        found, rest = _listed(s, ck, s.room or next((r for *_, r in reversed(above) if r), None), seen)
        if not found and s.level and ck is None and s.line not in talk_lines and _titles_written_up_later(s, headed):
            # `## 何見たん？` over the titles of the talks the writer saw, one of which a later heading writes up: the
            # list is of talks, as a heading saying so would make it
            ck = "talks"
            found, rest = _listed(s, ck, s.room or next((r for *_, r in reversed(above) if r), None), seen)
        if not found and not s.level and page_kind and sum(1 for line in s.lines if _CLOCK_IN_LINE.search(line)) >= 2:
            # (the text under a title that says the page is the programme, `# Programme` over a day's tables whose talks'
            # rows give no times: read as a programme's, when it shows no talks read as any text's and its lines give
            # the day's times; three talks at least)
            found, rest = _listed(s, page_kind, None, seen)
            found, rest = (found, rest) if len(found) >= 3 else ([], "")
        # a sub-section of a headed talk (`#### 伊藤さん` under `### Title`) holds that talk's notes, as its own text does
        within = s.level and any(line in talk_lines for _, _, line, _ in above[:-1])
        if s.level and (s.line in talk_lines or within):
            # (counting what the list shows of each talk, not what its heading says of them: a talk's own
            # notes under a heading about LTs are short lines too)
            shown = sum(1 for t in found if t.speakers or t.slides or t.video)
            borrowed = bool(headed_links.get(s.line)) and headed_links[s.line] <= {u for t in found for u in (t.slides, t.video)}
            announced = bool(found) and all(reconcile.read_as(t, reconcile.ANNOUNCED_LIST) for t in found)
            if shown < 3 and not (shown >= 2 and (len(rest.strip()) < 40 or borrowed)) and not announced:
                continue  # a talk's own list is its notes, unless it is a programme (three talks, or two and little
                # else, or a list the line above says is of the talks the writer heard)
            holders[s.line] = rest
        elif s.level and (ck in ("schedule", "talks") and found or ck == "lightning" and len(found) >= 2):
            holders[s.line] = rest  # `## Programme` over its table: the heading holds the talks, it is none
            # (`## [Lightning Talks](its page)` over the talks' list: the slot holding them, none of them)
        # `## LT会` / `### スケジュール` / a table: the rows are lightning talks
        inherited = next((k for _, k, _, _ in reversed(above) if k in KIND_CONTAINERS), None) or (
            "lightning" if s.level and kinds.classify(s.title)[0] == "lightning" else None)
        if found:
            out.append([replace(t, kind=inherited) if inherited and t.kind == "talk" else t for t in found])
    return out, holders


def _segment_at(sections: list[Section], level: int | None, tracked: bool, path: str, seen: dict) -> Segmented:
    """The talks when the headings of `level` are the talks (tracks above them when `tracked`)."""
    out = Segmented()
    if level is not None:
        sections, out.contained = _open_containers(sections, level)
    follow_count = sum(1 for s in sections if s.level == level and section_role(s.title) == "follow")
    talk_sections = [s for s in sections if s.level == level and section_role(s.title) == "talk"]
    last_at_level = max((i for i, s in enumerate(sections) if s.level == level), default=-1)
    sequence = numbered_in_sequence([(s.line, s.title) for s in sections if s.level == level])

    current: dict | None = None
    room: str | None = None
    kind_over: str | None = None  # the kind a heading over the talks' level says its talks are
    fact_over: int | None = None  # the level of a fact's label heading (`## 開催場所`) the sections are under
    # `## 僕が聞いたセッション` over its talks: a heading beside it at its level that shows nothing of a talk is
    # the writer's own section (`## 個人的オススメポイント`), not one more talk heard
    heard = bool(out.contained) and any(s.kind == "container" and s.level == level and heard_list(s.title)
                                        for s in sections)

    def close():
        nonlocal current
        if current:
            talk = build_talk(current["title"], current["lines"], current["line"], current["room"], path,
                              current["kind"], numbered=current["line"] in sequence,
                              heard=heard and current["line"] in out.contained)
            if heard and talk.line not in out.contained and not reconcile.shows_talk(talk) and talk.kind == "talk":
                out.event_parts.append(f"## {current['title']}\n" + "\n".join(current["lines"]).strip("\n"))
                current = None
                return
            out.talks.append(talk)
            if not current["strong"]:
                out.diagnostics.append(Diagnostic(
                    "warning", f"talk '{out.talks[-1].title}' was recognised by the shape of its heading only",
                    path, current["line"]))
        current = None

    for i, s in enumerate(sections):
        if s.level == 0 or level is None:
            out.event_parts.append(_render_section(s) if s.level else s.text)
            continue
        if s.level < level:
            close()
            # (`## 開催場所` over `### 港区民センター`: the headings under a fact's label are its value, no talk)
            # (a place's label only: `## 日程` / `## Time` may hold the day's talks under it)
            fact_over = s.level if fact_label(s.title) and _PLACE_LABEL.fullmatch(key(s.title).rstrip(":：")) else None
            is_track, track = track_room(s.title) if tracked else (False, None)
            # (`## LT` over `### 名前さん「Title」` headings: the talks under it are lightning talks)
            kind_over = "lightning" if container_kind(s.title) == "lightning" else None
            if is_track:
                room = track
                if s.text.strip():
                    out.event_parts.append(s.text)
            else:
                room = None
                out.event_parts.append(_render_section(s, 2))
            continue
        if fact_over is not None and s.level > fact_over:
            close()
            out.event_parts.append(_render_section(s, min(6, 3 + (s.level - level))))
            continue
        if s.level == level:
            if s.kind == "container":
                close()
                if s.text.strip():
                    out.event_parts.append(_render_section(s, 2))
                continue
            # a `Talks` / `LT大会` heading, or `## Track A` holding `- 10:10 Title (Speaker)` lines (the
            # track's talks, in its room), may list its talks instead of having headings for them
            ck = container_kind(s.title) if not s.kind else None
            is_track, track = track_room(s.title)
            # (a day's heading, `### Saturday`, holds that day's talks as a talks heading does, when most of its
            # list's items name their speakers: `- Title (Jane Doe)`)
            slot = not ck and not is_track and not s.kind and _names_only_its_slot(s.title)
            listings = ([(ck, room)] if ck in TALK_CONTAINERS else []) + (
                [("talks", None)] if is_track and track is None and not s.kind else []) + (
                # (a slot's heading, `## 11:00〜11:40`, over a list of the talks given at that time in each room)
                [("talks", room)] if slot else []) + (
                [(None, track)] if is_track and not s.kind else [])
            listed, rest = next(((found, left) for (kind, where), (found, left) in (
                (listing, _listed(s, *listing, seen)) for listing in listings)
                if found and (kind != "talks" or ck == "talks" or (_slots_talks(s, found) if slot else _mostly_named(found)))),
                ([], ""))
            if listed:
                close()
                out.talks.extend(listed)
                if rest.strip():
                    out.event_parts.append(f"## {s.title}\n{rest}")
                continue
            role = section_role(s.title)
            lone_final = follow_count == 1 and i == last_at_level and len(talk_sections) >= 2
            if role == "follow" and current and not lone_final:
                current["lines"] += ["", f"### {s.title}", *s.lines]
                continue
            if role != "talk":
                close()
                out.event_parts.append(_render_section(s, 2))
                continue
            close()
            current = {"title": s.title, "lines": list(s.lines), "line": s.line, "strong": s.strong,
                       "room": s.room or room, "kind": s.kind or kind_over}
            continue
        depth = min(6, 3 + (s.level - level - 1))
        if current:
            current["lines"] += ["", f"{'#' * depth} {s.title}", *s.lines]
        else:
            out.event_parts.append(_render_section(s, depth))
    close()
    return out


def _latin_bylines(talks: list[Talk]) -> list[Talk]:
    """`Title（Anna Lindqvist）` among talks whose headings name their speakers the same way: a name.

    A Latin name in a heading's parentheses is read only when most of the note's other talks have
    speakers and the parentheses are full-width, or close a Japanese title around a capitalized full
    name (a Japanese heading's byline, not `(Part Two)` after an English title)."""
    named = sum(1 for t in talks if t.speakers)
    if named * 2 < len(talks):
        return talks
    out = []
    for t in talks:
        m = None if t.speakers else (_TRAILING_FULL_WIDTH_PARENS.search(t.title) or (
            _TRAILING_ASCII_PARENS.search(t.title) if CJK.search(t.title) else None))
        if m and people.looks_like_people(m.group("who"), strict=True) and t.title[:m.start()].strip():
            found = people.parse_people(m.group("who"))
            if found:
                t = replace(t, title=t.title[:m.start()].strip(), speakers=found, evidence=t.evidence + (
                    Clue("speakers", "a name in the heading's parentheses", t.line, "medium"),))
        out.append(t)
    return out
