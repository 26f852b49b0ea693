"""Talks written as a list rather than as headings: timetables and talk lists.

Three shapes real notes use when they do not give each talk a heading:

    | 時間 | タイトル | 登壇者 |            a Markdown table (time, title, speaker, room, kind columns)
    19:00-19:25 Title (Speaker)           time lines, with or without a bullet
    1. Title - Speaker / 1. Title / 山田さん / - 「Title」 by 山田さん   list items

Each gives `Entry`s: a title, its speakers, and the notes nested under the
item. Schedule rows that are not talks (受付, 休憩, Break, Networking, 懇親会)
are dropped. Whether a list is read at all is decided by the caller (talks.py):
under a `Talks`/`LT大会`/`タイムテーブル`-like heading, or when a note has no
talk headings at all.
"""
from __future__ import annotations

import functools
import re
import textwrap
from dataclasses import dataclass, replace

from ..core.model import Speaker
from . import bylines, dates, document, kinds, links, names, people, prose, speaker_lines, titles
from .dates import MONTH_NAME, WEEKDAY_NAME
from .fields import (CJK, CLOCK_RANGE, DURATION_IN_PARENS, LABELLED_TITLE, LINE_BREAK, LISTED_DURATION, PLACEHOLDER, SITE_FILE, SLOT_LABEL, STATUS_REMARK,
                     TRAILING_ASIDE, WHOLE_BOLD_LINE, at_least)
from .structure import BULLET_SYMBOLS
from .sections import KIND_CONTAINERS, NOTE_AFTER, TALK_CONTAINERS, container_kind, fact_label, fact_line, group_heading, is_day, key, section_role, track_room

# (a video's chapter marks its seconds too: `1:46:20 Title - Jane Roe`)
_TIME = r"\d{1,2}\s*[:：]\s*\d{2}(?::\d{2}(?!\d))?"
# (a time may be in code or bold, and say its half of the day: `` `09:30am` ``, `**6:30 PM**`)
# (or the hour alone before its AM/PM, `10AM`, `6 p.m.`, as a conference's programme writes it)
_CLOCK = r"(?:" + _TIME + r"(?:\s?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?|(?:1[0-2]|0?[1-9])\s?[AaPp]\.?[Mm]\.?(?![A-Za-z]))"
# `11.00 - 11:45`, `14.00 - 15.00`: a time written with a full stop, read only as one end of a range (`3.10 release`
# is no time)
# (on the five minutes: `3.12 - 3.13` are versions; `7.20pm - 7.35pm` says its half of the day)
_DOT_CLOCK = r"(?:[01]?\d|2[0-3])\.[0-5][05](?:\s?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?"
_RANGE_START = _CLOCK + r"|" + _DOT_CLOCK + r"(?=\s*[-–~〜～]\s*(?:" + _TIME + r"|" + _DOT_CLOCK + r"))"
# (never hours and their time zone alone: `6:00 PM - 9:00 PM GMT+1`; looked for only where a time starts)
# (the slot's day may open it, before its hours: `9/28 4:10 - 5:15 PM: Title`, `Sat 10:00 Title`)
_TIMED = re.compile(r"^(?P<indent>\s*)(?:(?:[-*+・•]|\d{1,2}[.)])\s+)?(?:\*\*|`{1,3})?"
                    r"(?:(?:\d{1,2}/\d{1,2}|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?)\s+(?=\d{1,2}[:.]\d\d))?"
                    r"(?=\d)(?![^\n]*?\d\s*(?:[AaPp]\.?[Mm]\.?)?\s+(?:GMT|UTC|JST|KST|[PMCE][SD]T|BST|CES?T|EES?T|WES?T|AES[DT]|IST|HKT|SGT)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?\s*$)(?P<time>(?:" + _RANGE_START + r")(?:\s*[-–~〜～]\s*(?:"
                    + _CLOCK + r"|" + _DOT_CLOCK + r"|\?(?=\s*[:：]))?)?)(?:\*\*|`{1,3})?\s*(?:[|｜·•]\s*|[-–—:：]\s+|(?:>>|»|→)\s*)?(?P<rest>\S.*)$")
# a slot's length between its quoted title and its speaker: `「Title」 (20分) / Name`, `"Title" (5 min) - Name`
_INNER_DURATION = re.compile(r"(?<=[」』”\"])\s*" + DURATION_IN_PARENS + r"(?=\s*[/／|｜\-–—]\s)", re.IGNORECASE)
_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>\d{1,2}[.)．]|[-*+・•])\s+(?P<rest>\S.*)$")
# a block's length for each of its talks: `(各3分)`, `(5 min each)`
_EACH_LENGTH = re.compile(r"各\s*\d{1,2}\s*分|\d{1,2}\s*min(?:utes?|s)?\.?\s+each", re.IGNORECASE)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# the sponsors' own minutes, whoever the programme names for them: `A word from sponsors (Intel, Invenia)`
_FROM_SPONSORS = (r"(?:a\s+)?(?:(?:brief|short|quick)\s+)?(?:(?:few\s+)?words?|message|interlude|pitch)\s+from\s+(?:our\s+|the\s+)?"
                  r"sponsors?\b")
_SPONSORS_MINUTES = re.compile(_FROM_SPONSORS, re.IGNORECASE)
_BREAK = re.compile(
    # (`Post-event Networking`, `Pre-talk drinks`, `Morning break`: the slot's place in the day before its word)
    r"^(?:(?:post|pre|after)[\s-]*(?:event|talks?|meetup|session)\s+|(?:morning|afternoon|evening|mid-?morning|mid-?afternoon)\s+"
    r"(?=(?:break|coffee|tea|snacks?|lunch|social|reception|networking|drinks)\b))?"
    # (`挨拶`, `最後の挨拶`, `セッション開始`, `退出`: the evening's opening and closing words, its start, leaving)
    r"(?:(?:(?:最後|最初|はじめ|始め|終わり|開会|閉会|主催者)の)?(?:挨拶|あいさつ)|(?:セッション|発表|講演)(?:開始|スタート)|退出|退場|"
    r"退館|(?:参加者)?受付|アナウンス|開場|開会|閉会|休憩|昼食|昼休み|ランチ|乾杯|移動|集合写真|写真撮影|会場説明|諸連絡|アンケート|撤収|解散|終了|"
    r"懇親会|ネットワーキング|オープニング|クロージング|doors?\s*open|doors?\s*$|open\s+doors?(?:\s*$|\s*[,&/+]|\s+and\b)|"
    # (`もくもく / 交流タイム`: working side by side, then mingling)
    r"交流(?:タイム|時間|会)|雑談(?:タイム|時間|会)?\s*(?:[/／・&＆(（]|$)|もくもく(?:作業|会)?(?:タイム|時間)?\s*(?:[/／・&＆]|$)|"
    # a block of the programme with its count, its talks listed elsewhere: `通常枠 × 3`, `LT × 5`
    r"(?:通常|一般|LT|ＬＴ|スポンサー)?枠?\s*(?:LT|ＬＴ|枠|talks?|sessions?)\s*[×xX✕]\s*\d{1,2}\s*(?:本)?$|"
    # a block of the day named by its number (`**Block 1**` over its talks)
    r"(?:block|part|slot)\s*\d{1,2}\s*$|"
    # (whole words, plurals and `…time`/`…break` compounds: `Breaking, then rewriting …`, `Endless Scroll` are talks)
    r"(?:registration|check-?in|welcome|break|breakfast|coffee|lunch|dinner|pizza|drinks|networking|social|opening|closing|wrap-?up|end)"
    r"(?:s|time|break)?(?![a-z])|arrivals?\b|intermission\b|interval\s*$|open\s*spaces?\b|sponsors?\s*$|"
    r"close\s+(?:day|of\s+day)|logistics|breakouts?\b|unconferenc\w*|space\s+opens|doors?\s+open|stage\s+opens?\b|"
    r"sociali[sz](?:ation|ing)\s*$|"
    r"(?:\d+\s*min(?:ute)?s?\s+)?break\b|ice\s*cream|close(?:\s+(?:up|out))?\s*$|"
    r"(?:intro(?:duction)?s?|announcements?|q\s*&\s*a)\s*$|(?:開始|スタート|start)\s*$|"
    # a day's meal or the evening's party: `Thursday Lunch`, `Friday Snack`, `Reception & …`
    r"(?:" + WEEKDAY_NAME + r"|day\s*\d)\s+(?:lunch|snacks?|dinner|breakfast)\s*$|"
    r"(?:after|closing|opening|welcome|conference|evening)[\s-]*party\s*$|reception\s*(?:[&+/]|and\b|$)|"
    # `Arrive and mingle`, `To the pub!`, `Pub`: arriving, and the evening after
    r"arrive\b|mingl\w*(?:\s+(?:until|till|til)\s+\S+)?\s*[!.]?$|(?:raffle|giveaways?|prize\s+draw|swag|wrap)\s*$|"
    r"(?:sponsors?\s+thanks|thanks\s+to\s+(?:our\s+)?sponsors)\s*$|抽選会?\s*$|じゃんけん大会\s*$|food\s*$|chat(?:ting)?\s*$|"
    # (the pub, maybe named after a dash: `Pub – The Sunflower`)
    r"(?:(?:off\s+)?to\s+the\s+)?pub\b(?:[!.]*\s*$|\s*[-–—:@]\s*\S.{0,40}$)|happy\s+hour\b|" + _FROM_SPONSORS + r")", re.IGNORECASE)
# a sponsor's slot named by no title, maybe by its company only: `Sponsor slot`, `スポンサーセッション 株式会社X`,
# `Sponsor talk (Acme Inc.)`
_SPONSOR_SLOT = re.compile(r"(?:sponsor(?:'s|ed)?|スポンサー)\s*(?:slot|talk|session|pitch|lt|ＬＴ|セッション|枠|トーク)\s*"
                           r"(?:(?:[:：(（]|\s[-–—―])?\s*(?:株式会社\S+|\S+株式会社|[\w .&-]+?(?:Inc|Ltd|LLC|GmbH|Corp)\.?)\s*(?:[(（]?(?:TBC|TBA|未定)[)）]?)?"
                           r"\s*[)）]?)?\s*$", re.IGNORECASE)
# `LT & 懇親会`, `Talks + networking`: a short slot that ends in the social part, with nobody named
_SOCIAL_SLOT = re.compile(r"[&＆・/+]\s*(?:懇親会|ネットワーキング|networking|drinks|pizza|social)\s*$", re.IGNORECASE)
_HEADER_WORDS = {
    "time": ("時間", "時刻", "開始", "time", "when", "start"),
    "title": ("タイトル", "題目", "題名", "演題", "発表", "発表タイトル", "セッション", "内容", "title", "talk", "session", "topic",
              "演目", "プログラム", "テーマ", "発表テーマ", "description", "what"),
    "order": ("発表順", "順番", "順", "no", "no.", "#", "番号"),
    "speaker": ("登壇者", "発表者", "スピーカー", "講演者", "講師", "登壇", "名前", "speaker", "speakers", "presenter", "presenters", "author", "authors", "who",
                "by"),
    "room": ("会場", "部屋", "ルーム", "トラック", "room", "track", "hall", "stage", "location", "where"),
    "kind": ("種別", "区分", "枠", "形式", "type", "kind", "format"),
    "slides": ("資料", "発表資料", "スライド", "slides", "slide", "deck", "slide_url", "slides_url", "slideurl", "deck_url"),
    "video": ("動画", "録画", "アーカイブ", "video", "recording", "video_url", "videourl", "youtube"),
}


@dataclass(frozen=True)
class Entry:
    title: str
    speakers: tuple[Speaker, ...] = ()
    body: tuple[str, ...] = ()
    line: int | None = None
    room: str | None = None
    kind_hint: str = ""  # a kind the row says apart from its title (`LT`), read where the title says none
    kind_said: str = ""  # the kind said beside the speaker's name (`(Jane Doe, lightning talk)`): it wins over the title's


@dataclass(frozen=True)
class Listing:
    entries: tuple[Entry, ...]
    rest: str  # the section's text that is not part of the list (a closing remark)
    sessions: bool = False  # each item says it is a session (`セッション１ Title`): talks, named or not
    announced: bool = False  # the line above the list says it is of the talks (_announced_talks)


_DASHED = re.compile(r"^(?P<a>\S.*?)\s+[-–—]\s+(?P<b>\S.*?)$")
# the same at the last dash: a title with a dash of its own before its speaker's (`Drop It – Or Not? - Dr Jane Roe`)
_LAST_DASHED = re.compile(r"^(?P<a>\S.*)\s+[-–—]\s+(?P<b>\S.*?)$")
_COLON_INSIDE = re.compile(r"^(?P<a>[^:：\s][^:：]{0,39}?)\s*[:：]\s+(?P<b>\S.*)$")


# `R Basics by kilometer0101`, `Shiny for Beginners by Kyoko Ono`: a link's text ending with its byline
_BY_INSIDE = re.compile(r"^(?P<a>\S.*?)\s+by\s+(?P<b>@?[A-Za-z0-9_.-]{2,30}|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})$")


def _dashed_byline(text: str, side: str | None = None) -> tuple[str, tuple[Speaker, ...]] | None:
    """`Title - Jane Doe` or `Jane Doe - Title`: a dash between a title and what reads strictly as people
    (`side`: "after" or "before", the one the list's items agree on; None: either). `side` "by": `Title by handle`,
    where the list's links agree on it."""
    if side == "by":
        m = _BY_INSIDE.match(text.strip())
        return (m.group("a"), people.parse_people(m.group("b"))) if m and people.parse_people(m.group("b")) else None
    if side == "surname":  # `[Beyond Engagement - Zeldman](…)`: the list's column of family names (_surnames_after_dashes)
        m = _DASHED.match(text.strip())
        return (m.group("a"), (Speaker(m.group("b")),)) if m else None
    if side == "colon":  # `[にぽたん: 正規表現信者の憂鬱](…)`: the name, a colon, the title
        m = _COLON_INSIDE.match(text.strip())
        # (`[Panel Discussion: …]`, `[Closing Remarks: …]`: a slot's kind or a break before the colon, no one)
        return (m.group("b"), people.parse_people(m.group("a"))) if m and _names_no_slot(m.group("a")) \
            and people.parse_people(m.group("a")) else None
    m = _DASHED.match(text.strip())
    if not m:
        return None
    a, b = m.group("a"), m.group("b")
    # (where the list's items agree on a side, the other part may read as a name too: `Fast Salami - Ada Byrne`)
    if side != "before" and people.looks_like_people(b, strict=True) and (
            side == "after" or not people.looks_like_people(a, strict=True)):
        return a, people.named_people(b, strict=True)
    if side != "after" and people.looks_like_people(a, strict=True) and (
            side == "before" or not people.looks_like_people(b, strict=True)):
        return b, people.named_people(a, strict=True)
    last = _LAST_DASHED.match(text.strip()) if side != "before" else None
    if last and last.group("b") != b and _named_person(last.group("b")) \
            and not people.looks_like_people(last.group("a"), strict=True):
        return last.group("a"), people.named_people(last.group("b"), strict=True)
    return None


def _named_person(text: str) -> bool:
    """People beyond a Title Case phrase's doubt: a given name the dictionary knows or a title before the name
    (`Dr Sean Brody`, `Katie Bell`; never `Main Hall`, `Open Mic`)."""
    named = people.TITLE_OF_ADDRESS.sub("", text).split()
    return people.looks_like_people(text, strict=True) and (
        bool(people.TITLE_OF_ADDRESS.match(text)) or bool(named and names.given_name(named[0])))


def _names_no_slot(text: str) -> bool:
    """Words before a colon that name no slot: no kind (`Panel Discussion`, `Keynote`), no break or part of the
    event (`Closing Remarks`, `Happy Hour`)."""
    return kinds.classify(text)[0] == "talk" and section_role(text) == "talk" and not is_break(text)


# one capitalised word: a speaker called by their family name alone (`Zeldman`, `McGovern`, `O'Neil`, `Wirfs-Brock`)
_SURNAME = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# a title's own word after a dash, never a person: `Kubernetes - Introduction`, `Testing - Revisited`
_SUBTITLE_WORD = re.compile(r"(?:introduction|intro|overview|basics|revisited|recap|keynote|workshop|tutorial|panel|"
                            r"demo|q&a|qa|part|reloaded|redux|again|beginners?|advanced|live|remote|online|slides?|video|"
                            r"recording|transcript|code|notes|summary|english|japanese|german|spanish|french|chinese|"
                            r"korean|portuguese|italian|edition|version)", re.IGNORECASE)


def _surnames_after_dashes(texts: list[str]) -> bool:
    """`[Beyond Engagement - Zeldman](…)` on every item of a list of four or more: each link's text a title, a dash and
    one capitalised word (all items but one), a different one each time, the titles three words long or more on
    average: the speakers
    called by their family names, as a writer's list of sessions may (a column of subtitles would repeat or read as
    words of a title)."""
    if len(texts) < 4:
        return False
    split = []
    for text in texts:
        whole = _WHOLE_LINK.fullmatch(bylines.clean(text))
        m = _DASHED.match(whole.group("text").strip()) if whole else None
        if m and (not _SURNAME.fullmatch(m.group("b")) or _SUBTITLE_WORD.fullmatch(m.group("b"))):
            return False  # (an item dashed otherwise: no column of names)
        split += [(m.group("a"), m.group("b"))] if m else []
    # (all but one item so: a link the writer left broken is no vote against the others)
    # (the titles differ too: `Rust Meetup Recap - Tokyo`, `… - Osaka` is one title in several places, no column of names)
    return len(split) >= max(4, len(texts) - 1) and len({b for _, b in split}) == len(split) \
        and len({a.casefold() for a, _ in split}) == len(split) and sum(len(a.split()) for a, _ in split) >= 3 * len(split)


def _bylines_inside_links(texts: list[str]) -> str | None:
    """Where a list's items, each one whole link, name their speakers inside the link's text: "after" the title
    (`[Title - Jane Doe](…)`) or "before" it; only when two or more items, and two in three, agree."""
    before = after = by = colon = full = 0
    for text in texts:
        whole = _WHOLE_LINK.fullmatch(bylines.clean(text))
        # (`[Jane Doe: Title](…)`: a name before the colon, as a list's `Name: Title` items write it)
        named = _COLON_INSIDE.match(whole.group("text").strip()) if whole else None
        named = named if named and _names_no_slot(named.group("a")) else None
        colon += bool(named and people.looks_like_people(named.group("a"), strict=False)
                      and not people.looks_like_people(named.group("b"), strict=True))
        full += bool(named and people.looks_like_people(named.group("a"), strict=True))
        m = _DASHED.match(whole.group("text").strip()) if whole else None
        if m:
            before += people.looks_like_people(m.group("a"), strict=True)
            last = _LAST_DASHED.match(whole.group("text").strip())
            after += people.looks_like_people(m.group("b"), strict=True) or (
                last.group("b") != m.group("b") and _named_person(last.group("b")))
        # (a deck's link, `[R Basics by kilometer](https://speakerdeck.com/…)`: never `[Refactoring by Martin Fowler](a shop)`)
        by += bool(whole and _BY_INSIDE.match(whole.group("text").strip()) and links.is_slides(whole.group("url")))
    if by >= 2 and by * 3 >= len(texts) * 2:
        return "by"
    if _surnames_after_dashes(texts):
        return "surname"
    # (two names at least read as full names: `[Rust: the hard parts](…)` names a language, not a person)
    if colon >= 3 and colon * 3 >= len(texts) * 2 and full >= 2:
        return "colon"
    # (a Title Case title reads as a name too: the side that reads as people more often, in two items of three)
    for side, named, other in (("after", after, before), ("before", before, after)):
        if named >= 2 and named * 3 >= len(texts) * 2 and named > other:
            return side
    return None


_ANY_LINK = re.compile(r"\[(?P<text>[^\[\]]*)\]\([^)\s]*\)")  # (`[Ikeda]()`: a link the writer left empty too)
_WHOLE_LINK = re.compile(r"\[(?P<text>[^\[\]]{3,200})\]\((?P<url>[^)\s]+)\)")
_LONE_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)")
_ADDRESS_TEXT = re.compile(r"^\s*(?:https?://|www\.)|^\S+\.[a-z]{2,}/")
_SESSION_ITEM = re.compile(r"^\s*(?:セッション|Session|発表|講演|Talk|LT|ＬＴ)\s*[0-9０-９]{1,2}\s*(?:[:：.．]\s*|\s+)(?=\S)",
                           re.IGNORECASE)


_OPENING_WORD = re.compile(r"\s*(?:opening|closing|welcome|オープニング|クロージング|開会|閉会)", re.IGNORECASE)
_TALK_KIND_WORD = re.compile(r"keynote|talk|session|講演|基調|セッション|トーク|\bLT\b", re.IGNORECASE)


def is_break(title: str, speakers: tuple[Speaker, ...] = ()) -> bool:
    """A schedule row that is not a talk: reception, breaks, networking, opening remarks."""
    t = bylines.clean(people.MD_LINK.sub(r"\g<text>", title) if "](" in title else title)  # `[Welcome](…)`: its words
    if speakers:
        # `オープニング | 運営`, `懇親会 | 全員`, `開会あいさつ | 主催`: a named host does not make a talk;
        # a longer title that starts with such a word (`Opening keynote`) stays a talk
        k = key(t)
        # (`オープニングスピーチ | 発表者：…`, `Opening speech`: the opening however long, unless it names a talk's kind)
        # (`Doors + food | Dev`, `Wrap / raffle | Dev`: the day's own slots named together, each a break's word)
        joined = [p for p in _JOINED.split(t) if p] if any(c in t for c in ",、&+/・") else []
        return section_role(t) == "event" and (len(k) <= 8 or _OPENING_WORD.match(t) and not _TALK_KIND_WORD.search(t)) \
            or len(k) <= 6 and bool(_BREAK.match(t)) or bool(_SPONSORS_MINUTES.match(t)) or bool(_SPONSOR_SLOT.match(t)) \
            or len(joined) > 1 and all(_BREAK.match(p) or section_role(p) == "event" for p in joined)
    if not key(t) or bool(_BREAK.match(t)) or section_role(t) == "event" or len(key(t)) <= 16 and bool(_SOCIAL_SLOT.search(t)) \
            or bool(_SPONSOR_SLOT.match(t)):
        return True
    # `Pub (the Tramshed bar, then wherever)`: the break with an aside; `Doors, pizza`: breaks named together
    bare = TRAILING_ASIDE.sub("", t).strip() if t.endswith((")", "）")) else t
    if bare != t and bare and is_break(bare):
        return True
    parts = [p for p in _JOINED.split(bare) if p] if any(c in bare for c in ",、&/・") or " and " in bare else []
    # (`Snacks, Beer, socialization`: each a break's word, or a part of the evening that is the event's)
    return len(parts) > 1 and all(_BREAK.match(p) or section_role(p) == "event" for p in parts)


_JOINED = re.compile(r"\s*(?:,|、|&|\+|\band\b|/|・)\s*")


# --- tables ------------------------------------------------------------------------------

def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)]


_HEADER_KEYS = {name: {key(w) for w in words} - {""} for name, words in _HEADER_WORDS.items()}


def _header_role(cell: str) -> str | None:
    """The column a header cell names: a header word as written (`登壇者`, `Speaker`), else the longest
    header word inside it (`発表者名` a speaker, `発表予定タイトル` a title, `Speaker name` a speaker)."""
    k = key(TRAILING_ASIDE.sub("", cell) or cell)  # `Title (please pick one)`: the aside names nothing
    if not k:
        return "order" if cell.strip() in ("#", "＃") else None  # an empty header names nothing
    for name, words in _HEADER_KEYS.items():
        if k in words:
            return name
    inside = [(len(w), name) for name, words in _HEADER_KEYS.items() for w in words
              if len(w) >= 2 and w in k and (not w.isascii() or re.search(r"\b" + re.escape(w) + r"s?\b", cell.casefold()))]
    return max(inside)[1] if inside and len(k) <= 16 else None




_FIGURE = re.compile(r"[-+]?[\d.,]+%?")
# a slot's length standing in a cell of its own: `35min`, `20 minutes`, `15分`
_LENGTH_CELL = re.compile(r"\d{1,3}\s*(?:mins?\.?|minutes|分(?:間)?)", re.IGNORECASE)


# header words of a column describing the session, never naming it
_DESCRIBING = {key(w) for w in ("description", "what", "内容", "abstract", "概要", "summary")}


def _columns(header: list[str], rows: list[list[str]]) -> dict[str, int]:
    cols: dict[str, int] = {}
    roles = [_header_role(cell) for cell in header]
    for i, name in enumerate(roles):
        if name and name not in cols:
            cols[name] = i
    said_titles = [i for i, name in enumerate(roles) if name == "title"]
    if len(said_titles) >= 2:
        # `| Session | Presenters | Talk |`: of two columns a title's header words name, the titles are the one with
        # the most distinct cells; the other, written once over its rows (`Lightning Talks`), groups the sessions
        # (only where the first is left blank under its groups' names: `| 内容 | トーク内容 |` naming `Talk: who` in
        # the first column on every row is read below, as the kind and the speaker)
        def blanks(i: int) -> int:
            return sum(1 for r in rows if not (i < len(r) and key(r[i])))
        first, best = said_titles[0], min(said_titles, key=lambda i: (blanks(i), i))
        speaker = cols.get("speaker")
        # (the rows under a group's name name their speakers: `| 18:30 | | | Doors open |` is a break, not a group)
        grouped = speaker is not None and all(speaker < len(r) and key(r[speaker]) for r in rows
                                              if not (first < len(r) and key(r[first])))
        if blanks(first) * 3 >= len(rows) and blanks(best) < blanks(first) and grouped \
                and key(header[best]) not in _DESCRIBING:
            cols["title"] = best
            cols.setdefault("kind", first)
    if "title" in cols and "speaker" not in cols and (named := [i for i, cell in enumerate(header)
                                                              if key(cell) in ("name", "names", "fullname")]):
        cols["speaker"] = named[0]  # `Name | Title`: beside a title, a name is who gives it
    if "title" not in cols and "slides" in cols and _titles_in(rows, cols["slides"]):
        cols["title"] = cols.pop("slides")  # `| Speaker | Slide Deck |` whose cells name the decks: the talks' titles
    if "title" not in cols:
        free = [i for i in range(len(header)) if i not in cols.values()
                and not all(re.fullmatch(_TIME + r".*", r[i]) or _FIGURE.fullmatch(r[i]) or _LENGTH_CELL.fullmatch(r[i])
                            for r in rows if i < len(r) and r[i])]  # (nor a column of figures: `1`, `6281002`, `-1.72`,
        # nor of the slots' lengths: `35min`)
        figures = [i for i in range(len(header)) if i != cols.get("order") and any(i < len(r) and r[i] for r in rows)
                   and all(_FIGURE.fullmatch(r[i]) for r in rows if i < len(r) and r[i])]
        if free and not (len(figures) >= 2 and len(rows) >= 2 and not _titles_in(rows, free[0])):
            cols["title"] = free[0]  # (`| 1 | you | 6281002 |`: a table of data, short words beside figures)
            if "speaker" not in cols and len(free) > 1:
                cols["speaker"] = free[1]
    return cols


# what a link to a deck says of itself, anywhere in its text: `Speaker Deck`, `View slides`, `Slides (PDF)`,
# `発表資料はこちら` (a short label, `link`, `here`, `n/a`, is too short to be a title)
_DECK_WORDS = re.compile(r"slide|deck|pdf|download|view\b|資料|スライド|こちら", re.IGNORECASE)


def _titles_in(rows: list[list[str]], col: int) -> bool:
    """Whether most of a column's cells are words of their own (a deck's title), not a link's label or an address."""
    cells = [people.MD_LINK.sub(r"\g<text>", r[col]).strip() for r in rows if col < len(r)]
    worded = [c for c in cells if len(c) >= 6 and not _DECK_WORDS.search(c) and not _ADDRESS_TEXT.search(c)]
    return len(set(worded)) >= 2 and len(worded) * 2 > len(cells)


def _table_at(lines: list[str], i: int) -> bool:
    """A table starts at lines[i]: a row between pipes, or a GFM header without its outer pipes
    (`Title | Speaker`) over its rule (`--- | ---`)."""
    return bool(_TABLE_ROW.match(lines[i]) or "|" in lines[i] and i + 1 < len(lines) and "|" in lines[i + 1]
                and _TABLE_RULE.match(lines[i + 1]))


_HONOURED_END = re.compile(people.HONORIFIC + r"\s*$")


def _org_over_name(cell: str) -> str:
    """`LINE<br>森藤賢司さん`: a speaker's cell with where they work on the line over the name, as `Name（Org）`."""
    parts = [bylines.clean(p).strip() for p in LINE_BREAK.split(cell) if p.strip()]
    if len(parts) == 2 and people.looks_like_people(parts[1], strict=False) and (
            people.is_affiliation(parts[0]) or not people.looks_like_people(parts[0])
            or _HONOURED_END.search(parts[1]) and not _HONOURED_END.search(parts[0])):
        return f"{parts[1]}（{parts[0]}）"
    if len(parts) >= 2 and sum(1 for p in parts if _MARKED_PERSON.search(p)) >= 2:
        # `[古橋さん](https://twitter.com/284km) <br> [大森さん](…)`: one person a line, each marked as one (an honorific,
        # a handle, a profile's link): the people, as a list names them
        raw = [p.strip() for p in LINE_BREAK.split(cell) if p.strip()]  # (as written: `sachin21__` keeps its underscores)
        return "、".join(p for p in raw if people.looks_like_people(p, strict=False) and not PLACEHOLDER.fullmatch(p))
    return " ".join(parts)


_MARKED_PERSON = re.compile(people.HONORIFIC + r"|@\w|\]\(https?://(?:www\.)?(?:twitter|x|github|facebook)\.com/")


def _in_captioned_room(entries: list[Entry], before: list[str]) -> list[Entry]:
    """`A トラック` on the line over a table (`**Track B**`, `Main Hall:`): the table's talks are in that room."""
    at = next((j for j in range(len(before) - 1, -1, -1) if before[j].strip()), None)
    if at is None or len(before) - 1 - at > 1 or at > 0 and before[at - 1].strip():
        return entries  # (a line of its own, right over the table: never the last line of a paragraph)
    _, room = track_room(bylines.clean(before[at]).strip().rstrip(":：").strip())
    if not room:
        return entries
    return [replace(e, room=e.room or room) for e in entries]


ANY_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")  # (`|-|-|`: one dash is a rule too)


def _table(lines: list[str], start: int, first_line: int) -> tuple[list[Entry], int]:
    end = start
    bare = not _TABLE_ROW.match(lines[start])  # rows without outer pipes: any line with a pipe
    while end < len(lines) and (_TABLE_ROW.match(lines[end]) or bare and "|" in lines[end] and lines[end].strip()):
        end += 1
    block = lines[start:end]
    if not bare and len(block) >= 3 and not any(ANY_RULE.match(row) for row in block) \
            and len({len(_cells(row)) for row in block}) == 1:
        # `|09:30-10:00|welcome coffee|` rows with no rule (a page's table copied as it showed): a table all the same
        # when its rows are a day's slots, times down the first column; a first row of header words is its header
        header = _cells(block[0])
        said = sum(1 for c in header if _header_role(bylines.clean(c)))
        rows = [_cells(r) for r in (block[1:] if said >= 2 else block)]
        if sum(1 for r in rows if _TIME_CELL.match(bylines.clean(r[0]))) * 3 >= len(rows) * 2:
            return _table_entries(header if said >= 2 else [""] * len(header), rows,
                                  first_line + start + (1 if said >= 2 else 0)), end
        return [], end
    if not bare and len(block) >= 2 and ANY_RULE.match(block[0]) and not any(ANY_RULE.match(row) for row in block[1:]):
        # `| :---: | :--- |` over the rows, no header over it (kramdown's table without one): each row under it a row
        rows = [_cells(r) for r in block[1:]]
        return _table_entries([""] * len(rows[0]), rows, first_line + start + 1), end
    if len(block) < 3 or not (_TABLE_RULE.match(block[1]) or "|" in block[1] and ANY_RULE.match(block[1])):
        return [], end
    return _table_entries(_cells(block[0]), [_cells(r) for r in block[2:]], first_line + start + 2), end


def _activities(entries: list, *header_lines: str) -> bool:
    """A grid of rooms with no column of titles whose cells are a day's activities (`Team formation`, `Hacking`,
    `Mentor matching`), not talks: two cells in three of two words or fewer."""
    if any({"time", "room", "title"} <= {_header_role(c) for c in _cells(h)} for h in header_lines if "|" in h):
        return False  # (a column named for the titles says so itself)
    short = sum(1 for e in entries if len(e.title.split()) <= 2 and not CJK.search(e.title))
    return short * 3 >= len(entries) * 2


def _timed_header(line: str) -> bool:
    """A table's header naming a time, a room and a title column (`| Start | End | Location | Description |`), or a time
    and a column for each room (`| Time | Track 1 | Track 2 |`): a conference's programme, even one that names no
    speakers (a planned day there). (A day's outline, `| 時間 |
    内容 |`, names no rooms: its rows are talks only where a heading or a list says so.)"""
    cells = [_header_role(c) for c in (_cells(line) if "|" in line else line.split("\t"))]
    # (`| Time | Track 1 | Track 2 |`: a column of times beside a column a room, two rooms or more, each cell a title)
    return {"time", "room", "title"} <= set(cells) or "time" in cells and cells.count("room") >= 2


# an abstract signed at its end, after a dash: `… をお話します。 / - Jim Quanci、Toshiaki Isezaki`
_SIGNED = re.compile(r"(?:^|\s)[-–—]\s*(?P<who>[^-–—/|]{3,80}?)\s*$")


# header words that say the column is of talks, not of a day's parts (`内容`, `What`): `セッション名`, `Talk title`
_TALKS_HEADER = re.compile(r"(?:セッション|講演|発表|登壇|トーク)(?:名|タイトル|テーマ|内容)?|演題|(?:session|talk|presentation)s?(?:\s*(?:title|name)s?)?",
                           re.IGNORECASE)


def _talks_header(line: str) -> bool:
    """A table's header whose title column says it lists talks (`| セッション名 | 概要 |`, `| Talk | Abstract |`):
    its rows are talks though they name no speakers."""
    return any(_header_role(c) == "title" and _TALKS_HEADER.fullmatch(TRAILING_ASIDE.sub("", bylines.clean(c)).strip())
               for c in (_cells(line) if "|" in line else line.split("\t")))


def _tsv_header(line: str) -> list[str] | None:
    """The header of a table copied out of a web page (cells separated by tabs), when it names a title column."""
    if "\t" not in line:
        return None
    cells = [c.strip() for c in line.strip("\r\n").split("\t")]
    cols = {key(c) for c in cells}
    titles = {key(w) for w in _HEADER_WORDS["title"]}
    others = {key(w) for name in ("time", "speaker") for w in _HEADER_WORDS[name]}
    return cells if len(cells) >= 2 and cols & titles and cols & others else None


def _tsv_table(lines: list[str], start: int, first_line: int) -> tuple[list[Entry], int]:
    """A timetable pasted from a web page: a header row and rows whose cells are separated by tabs."""
    header = _tsv_header(lines[start]) or []
    end = start + 1
    while end < len(lines) and "\t" in lines[end] and lines[end].strip():
        end += 1
    rows = [[c.strip() for c in line.split("\t")] for line in lines[start + 1:end]]
    if not header or not rows:
        return [], end
    return _table_entries(header, rows, first_line + start + 1), end


# (a cell's clock may say its half of the day, or be written in words: `9 a.m. – 9:15 a.m.`, `11:20 a.m. – noon`)
_CELL_CLOCK = r"(?:" + _TIME + r"(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2}\s?[AaPp]\.?[Mm]\.?|[Nn]oon|[Mm]idnight)"
_TIME_CELL = re.compile(r"^\s*~?" + _CELL_CLOCK + r"(?:\s*[-–~〜～]\s*~?(?:" + _CELL_CLOCK + r")?)?\s*$")
_LINKED_CELL = re.compile(r"^\[(?P<inner>.+)\]\((?P<url>[^)\s]+)\)$")
_BOLD_TITLE = re.compile(r"^\*\*(?P<t>[^*]+)\*\*\s*(?P<who>.*)$")


def _grid(header: list[str], rows: list[list[str]]) -> bool:
    """A timetable with a column per room or track: times down the first column, rooms across the
    header (`| | Track A | Track B |`), a talk in each cell."""
    if len(header) < 3 or not rows:
        return False
    named = [key(bylines.clean(_LINKED_CELL.sub(r"\g<inner>", h.strip()))) for h in header[1:]]
    if not all(named) or any(n in {key(w) for name in ("title", "speaker", "time") for w in _HEADER_WORDS[name]}
                             for n in named):
        return False
    times = sum(1 for r in rows if r and _TIME_CELL.match(bylines.clean(r[0])))  # (`**11:00**` too)
    return times * 3 >= sum(1 for r in rows if any(c.strip() for c in r)) * 2  # (a blank row is no slot)


def _grid_cell(cell: str, names_first: re.Pattern | None = None) -> tuple[str, tuple[Speaker, ...], str | None]:
    """`[**Title**Jane Doe](/speakers/jane)`, `**Title** Jane Doe`, `Title / 山田さん`: (title, speakers, link).
    `names_first`: the grid's cells write `Jane Doe - Title` (bylines.names_first), after a session code maybe."""
    text, url = cell.strip(), None
    linked = _LINKED_CELL.match(text)
    if linked:
        text, url = linked.group("inner").strip(), linked.group("url")
    bold = _BOLD_TITLE.match(text)
    if bold:
        who = re.sub(r"^(?:\s*<br\s*/?>)+", "", bold.group("who"), flags=re.IGNORECASE).strip(" -–—/／|｜")  # (`**Title**<br>Name`)
        found = people.named_people(who, strict=False) if who else None
        return bold.group("t").strip(), found or (), url
    if names_first and (m := names_first.match(_GRID_CODE.sub("", bylines.clean(text)))) \
            and people.looks_like_people(m.group("who"), strict=True):
        return m.group("t").strip(), people.parse_people(m.group("who")), url
    title, found = bylines.split_title_speaker(text)
    return title, found, url


# a session's code before what the cell says: `P1 - Jane Doe - Title`, `KeyNote: Jane Doe - Title`
_GRID_CODE = re.compile(r"^\s*(?:[A-Z]{1,2}\d{1,2}\s*[-–—:：]\s*|(?:key\s*note|keynote|invited\s+talk|基調講演)\s*[:：]\s*)",
                        re.IGNORECASE)
# a column headed by a day, not a room: `Monday / July 31` (with `Day 2`, `10月31日`: sections.is_day)
_WEEKDAY_WORD = re.compile(r"\b" + WEEKDAY_NAME + r"\b", re.IGNORECASE)


def _grid_entries(header: list[str], rows: list[list[str]], row_line: int) -> list[Entry]:
    """Each cell of a room-per-column timetable is a talk in that room; breaks (`Coffee`, `-`) are not."""
    # (a header's first line names the room; the lines under it say what it holds: `Venue A<br>(Lecture)`)
    rooms = [bylines.clean(_LINKED_CELL.sub(r"\g<inner>", next((p for p in LINE_BREAK.split(h) if p.strip()), h).strip()))
             for h in header]
    rooms = [_ROOMS_ASIDE.sub("", room) for room in rooms]  # (`Venue A / (Lecture)`: the room, then what it holds)
    rooms = [None if is_day(room) or _WEEKDAY_WORD.search(room) else room for room in rooms]  # (a day's column: no room)
    cells = [_GRID_CODE.sub("", bylines.clean(c)) for r in rows for c in r[1:len(header)] if c.strip(" -–—")]
    names_first = bylines.names_first(cells) if len(cells) >= 3 else None
    # `Title <br> Jane Doe <br> Title <br> John Roe`: cells whose lines pair each title with its people (two such
    # cells at least, so the grid shows the habit), each pair a talk of the slot's room
    paired = {c: pairs for r in rows for c in r[1:len(header)] if (pairs := _title_person_pairs(c))}
    if len(paired) >= 2:  # (the habit shown: a cell of the same shape whose names mostly read as people is so written)
        paired.update({c: pairs for r in rows for c in r[1:len(header)]
                       if c not in paired and (pairs := _title_person_pairs(c, habit=True))})
    # (a column of remarks, `備考`, `Notes`, says things of the slots beside it: no room, no talks)
    remarks = {i for i, h in enumerate(header) if _REMARKS_HEADER.fullmatch(bylines.clean(h).strip())}
    entries = []
    slot_kind: dict[int, str] = {}  # (a column's cell naming a block of talks, `LT（5分×4）`, over the cell listing them)
    for offset, row in enumerate(rows):
        filled = [c for i, c in enumerate(row[1:len(header)], start=1) if c.strip(" -–—") and i not in remarks]
        for i, raw in enumerate(row[1:len(header)], start=1):
            if not raw.strip(" -–—") or i in remarks:
                continue
            pairs = paired.get(raw) if len(paired) >= 2 else None
            # (each reading of the cell gives its talks as (title, speakers, the lines of their notes: their links))
            lightning = _lightning_in_cell(raw)
            bulleted = [] if lightning else _bulleted_in_cell(raw)
            kind_above = slot_kind.pop(i, "")
            for title, speakers, extra in (_labelled_in_cell(raw) or lightning or bulleted or (
                    [(t, people.parse_people(who), urls) for t, who, urls in pairs] if pairs
                    else [_linked_grid_cell(raw, names_first)])):
                told = kinds.classify(bylines.clean(raw))[0]  # (`KeyNote: Jane Doe - Title`: the cell says its kind)
                told = kind_above if bulleted and kind_above else told
                title = bylines.clean(title)
                if not speakers and not bulleted and container_kind(title) in KIND_CONTAINERS \
                        and offset + 1 < len(rows) and i < len(rows[offset + 1]) and _bulleted_in_cell(rows[offset + 1][i]):
                    slot_kind[i] = container_kind(title)  # (the block's own cell; its talks are listed in the cell under it)
                    continue
                if not title or is_break(title, speakers) or (len(filled) == 1 and not speakers and not lightning
                                                              and not bulleted):
                    continue  # a break, or a slot across every room that names nobody (`Harbour walk, networking`)
                entries.append(Entry(title, speakers, extra, row_line + offset, rooms[i] or None,
                                     told if told != "talk" else ""))
    return entries


# a speaker's cell naming several people, none in particular: `various`, `各位` (never `TBA`: one talk, its speaker to come)
_NOBODY_NAMED = re.compile(r"various|several|multiple|many|everyone|all|各位|複数|みなさん|皆さん", re.IGNORECASE)
_REMARKS_HEADER = re.compile(r"備考|メモ|注記|補足|コメント|notes?|remarks?|comments?|memo", re.IGNORECASE)


# a cell's lines: `<br>`, or ` / ` where a page's cell of lines was written on one
_CELL_LINE = re.compile(r"\s*<br\s*/?>\s*|\s+/\s+", re.IGNORECASE)
# a short link in a cell, its text maybe in brackets of its own: `[slide](…)`, `[[資料]](…)`, `[website (GitHub)](…)`
_CELL_LINK = re.compile(r"\[\[?(?P<text>[^\[\]]{1,30})\]?\]\((?P<url>https?://[^)\s]+)\)")


# a grid cell's talk: its title, its speakers, the lines of its notes (the links the cell gives it)
CellTalk = tuple[str, tuple[Speaker, ...], tuple[str, ...]]


def _linked_grid_cell(cell: str, names_first: re.Pattern | None) -> CellTalk:
    """_grid_cell's reading, the cell's own link (`[**Title**Jane Doe](https://…)`) a line of its notes."""
    title, speakers, url = _grid_cell(cell, names_first)
    return title, speakers, (f"link: {url}",) if url and url.startswith("http") else ()


def _lightning_in_cell(cell: str) -> list[CellTalk]:
    """A grid cell naming a block of lightning talks on its first line, each talk on a line of its own under it
    (`Lightning Talks Day One <br> Title <br> Title <br> …`, three at least): its talks, or []."""
    if "<br" not in cell.lower():
        return []
    parts = [bylines.clean(p).strip() for p in LINE_BREAK.split(cell) if p.strip()]
    if len(parts) < 4 or len(parts[0]) > 40 or container_kind(parts[0]) != "lightning" \
            and kinds.classify(parts[0])[0] != "lightning":
        return []
    return [(*bylines.split_title_speaker(p), ()) for p in parts[1:]]


# a cell's line opening with a bullet, as a spreadsheet's cell lists a slot's talks: `・Title / Name`
# a cell's bullet, a symbol (never `*` or `-`, which may open emphasis or a dash)
_SYMBOL_BULLET = re.compile(r"^\s*[" + BULLET_SYMBOLS + r"●]\s*(?=\S)")
_CELL_BULLET = re.compile(r"^\s*[・•●◦▪‣*-]\s*(?=\S)")


def _bulleted_in_cell(cell: str) -> list[CellTalk]:
    """A grid cell listing talks a bulleted line each (`・Title / Name <br> ・Title / Name`, two at least): its talks,
    a slot given up (`・（辞退）`, `・(空き)`) left out; [] when its lines are not all bulleted."""
    if "<br" not in cell.lower():
        return []
    parts = [bylines.clean(p).strip() for p in LINE_BREAK.split(cell) if p.strip()]
    if len(parts) < 2 or not all(_CELL_BULLET.match(p) for p in parts):
        return []
    items = [_CELL_BULLET.sub("", p) for p in parts]
    return [(*bylines.split_title_speaker(item), ()) for item in items
            if not _GIVEN_UP.fullmatch(item.strip(" ()（）[]【】"))]


# a slot given up or left open, the whole of what a line says: `辞退`, `空き`, `withdrawn`, `TBA`
_GIVEN_UP = re.compile(r"(?:" + PLACEHOLDER.pattern + r")|辞退|欠番|キャンセル|中止|withdrawn|cancell?ed", re.IGNORECASE)


def _labelled_in_cell(cell: str) -> list[CellTalk]:
    """A grid cell's talks each as a title then a labelled speaker's line, its deck's link maybe after
    (`「Title」 / 発表者：Name（Org） / [[資料]](…)`, several in a slot's cell of lightning talks): its talks, or []
    when no line of the cell says who speaks. Lines before the first talk (`ランチタイム`, `※ LT 大会を行います`) are
    the slot's own."""
    if "：" not in cell and ":" not in cell or ("/" not in cell and "<br" not in cell.lower()):
        return []
    parts = [p.strip() for p in _CELL_LINE.split(cell) if p.strip()]
    said = [k for k, p in enumerate(parts) if k and speaker_lines.speaker_label(bylines.clean(p))
            and not speaker_lines.speaker_label(bylines.clean(parts[k - 1]))]
    if not said:
        return []
    talks = []
    for n, k in enumerate(said):
        speakers = speaker_lines.speaker_line(bylines.clean(parts[k])) or ()
        after = parts[k + 1:said[n + 1] - 1] if n + 1 < len(said) else parts[k + 1:]
        link = next((m for p in after if (m := _CELL_LINK.search(p))), None)
        # (a link whose words name the deck, `[資料]`, is the talk's slides wherever it points)
        extra = () if not link else (f"slides: {link.group('url')}",) if _DECK_WORDS.search(link.group("text")) \
            else (f"link: {link.group('url')}",)
        start = k - 1
        while start > 0 and parts[start].count("」") > parts[start].count("「"):
            start -= 1  # (`「Scala 3 / Kotlin 比較」`: a slash inside the quotes is the title's own)
        title = bylines.clean(" / ".join(parts[start:k]))
        more = [p for p in after if not _CELL_LINK.search(p) and (speaker_lines.speaker_label(bylines.clean(p))
                                                               or people.looks_like_people(bylines.clean(p), strict=True))]
        for p in more:  # (`発表者：湊 太郎 / 佐伯 陽`, `パネリスト：…`: the people go on over the slash or the next label)
            speakers = speakers + (speaker_lines.speaker_line(bylines.clean(p)) or people.parse_people(bylines.clean(p)))
        quoted = re.fullmatch(r"[「『](?P<t>.+)[」』]", title)
        talks.append((quoted.group("t") if quoted else title, speakers, extra))
    return talks


def _title_person_pairs(cell: str, habit: bool = False) -> list[tuple[str, str, tuple[str, ...]]] | None:
    """A grid cell's lines (`<br>`) as titles each over its people (`Title <br> Jane Doe`): (title, people, the links
    under the title) each, or None: an even number of lines (links apart), every second one people (a name, names
    joined, a handle) and none of the others. `habit`: other cells
    of the grid are so written; half the names reading as people will do (`okkez`, `Yugui - 園田 裕貴`), and more of
    them than of the titles (`Edo Cabinet` reads as a name too), and a remark in parentheses may open the cell."""
    if "<br" not in cell:
        return None
    parts = [p.strip() for p in LINE_BREAK.split(cell)]
    if habit and len(parts) % 2 and _REMARK_LINE.fullmatch(parts[0]):
        parts = parts[1:]  # (`(この部屋の開始時刻は10:00です)`: the room's remark over its talks)
    if parts and _SESSION_CODE_LINE.fullmatch(parts[0]):
        parts = parts[1:]  # (`A-1`, `S-2`: the session's code over its title)
    # (a line that is only a link to the talk's site, deck or recording, `[slide](…)`, goes with the title over it)
    links_of: dict[int, list[str]] = {}
    kept: list[str] = []
    for part in parts:
        if kept and len(kept) % 2 == 1 and (m := _CELL_LINK.fullmatch(part)) \
                and not links.is_profile_url(m.group("url")):  # (`[Rosa Almeida](https://twitter.com/rosa)`: the person)
            links_of.setdefault(len(kept) - 1, []).append(m.group("url"))
        else:
            kept.append(part)
    parts = kept
    if len(parts) < 2 or len(parts) % 2 or not all(parts):
        return None
    titles_, names_ = parts[0::2], parts[1::2]
    read = sum(1 for n in names_ if people.looks_like_people(bylines.clean(n), strict=False))
    named = sum(1 for t in titles_ if people.looks_like_people(bylines.clean(t), strict=True))
    # (a title in Title Case reads as a name too: where every name line marks its person, a handle, a profile's link
    # or an honorific, and no title line does, the lines are read so)
    marked = all(_MARKED_PERSON.search(n) for n in names_) and not any(_MARKED_PERSON.search(t) for t in titles_)
    # (the cells that show the habit name people beyond doubt: marked, or names the dictionary knows; `Rust in
    # Production <br> Lessons Learned` is a title over its subtitle)
    known = all(_MARKED_PERSON.search(n) or _known_name(bylines.clean(n)) for n in names_)
    if habit and (read * 2 < len(names_) or named >= read and not marked) or not habit and (
            read < len(names_) or named and not marked or not known):
        return None
    return [(t, n, tuple(links_of.get(2 * k, ()))) for k, (t, n) in enumerate(zip(titles_, names_))]


def _known_name(text: str) -> bool:
    """People the dictionary knows: each part of `text` a given name's full name (`Scott Chacon`) or, in Japanese, a
    name (`大場 寧子`)."""
    parts = people.split_people(text)
    return bool(parts) and all(names.known_name(re.sub(r"\s*[(（].*$", "", p.strip()) or p.strip()) for p in parts)



_SESSION_CODE_LINE = re.compile(r"[A-Z]{1,2}\s?-?\s?\d{1,2}")
# what a room's header says after its name: `Venue A / (Lecture)`, `会場A / [ニコ生](…)` (its stream)
_ROOMS_ASIDE = re.compile(r"\s*/\s*(?:[(（][^()（）]{1,30}[)）]|\[[^\[\]]{1,30}\]\([^)\s]+\))\s*$")
_REMARK_LINE = re.compile(r"[(（][^()（）]{2,60}[)）]")


_KIND_AND_PERSON = re.compile(r"^(?P<kind>Talk|LT|ＬＴ|Keynote|基調講演|Session|セッション|Lightning(?:\s+Talk)?)\s*[:：]\s*"
                              r"(?P<who>\S.{0,40})$", re.IGNORECASE)


_JOINT = re.compile(r"\s+/\s+|\s*<br\s*/?>\s*", re.IGNORECASE)


def _joint_columns_apart(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """`| Time / Room |` over `| 10:15 - 11:30 / Hall H |`: a header naming the time and the room in one,
    its cells written the same way in half the rows or more (an HTML page's `<td>10:15<br>Hall H</td>`),
    read as the two columns. A cell with one part (`| 8:00 - 9:00 |`, no room) keeps it in the first."""
    for i, cell in enumerate(header):
        parts = [p for p in _JOINT.split(cell) if p.strip()]
        if len(parts) != 2 or {_header_role(p) for p in parts} != {"time", "room"}:
            continue  # (`Title / Speaker` stays one column: a title may hold a slash, `Input / Output`)
        split = [[p.strip() for p in _JOINT.split(r[i], maxsplit=1)] if i < len(r) else [""] for r in rows]
        if sum(1 for p in split if len(p) == 2) * 2 < len(rows):
            continue
        header = header[:i] + parts + header[i + 1:]
        rows = [r[:i] + (p + [""])[:2] + r[i + 1:] if i < len(r) else r for r, p in zip(rows, split)]
        return header, rows
    return header, rows


_BY_WORD = re.compile(r"\sby\s", re.IGNORECASE)
_WHOLLY_BOLD = re.compile(r"^(\*\*|__)[^*_]+\1$")
_BYLINE_IN_LABEL = re.compile(r"\sby\s|[,，、@（(:：]", re.IGNORECASE)  # (`**Keynote: Ruby at sea, by …**` is a talk)


def _days_apart(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """`| September 7th | | |` over `| Time | Track 1 | Track 2 |` over the day's rows, then the next day's two such
    rows: a table of several days, each opening with its day and the columns' names again. The columns' names are
    the header; the rows naming a day or the columns again are no rows of talks: left blank, so each row keeps its line."""
    if len(rows) < 2 or not _day_alone(header) \
            or sum(1 for c in rows[0] if _header_role(bylines.clean(c))) < 2:
        return header, rows
    names = [key(c) for c in rows[0]]
    return rows[0], [[""] * len(r) if [key(c) for c in r] == names or (
        _day_alone(r)) else r for r in rows]


def _day_alone(cells: list[str]) -> bool:
    """`| Day 1 - Thursday, August 17 | | |`: a row (or header) whose first cell names a day and whose others are blank."""
    return bool(cells) and sum(1 for c in cells if c.strip()) == 1 and _names_a_day(cells[0])


def _names_a_day(cell: str) -> bool:
    """`September 7th`, `Day 2`, `7月17日(金)`: a cell naming one day of the event."""
    text = bylines.clean(cell).strip()
    return bool(text) and (is_day(text) or dates.find_date_safe(text + " 2000") is not None and len(text) <= 30)


def _table_entries(header: list[str], rows: list[list[str]], row_line: int) -> list[Entry]:
    header, rows = _days_apart(header, rows)
    if len(header) >= 2 and _names_a_day(header[0]) and any(c.strip() for c in header[1:]):
        # `| Wednesday | Track 1 - Room 123 | Track 2 - Room 141 |` as the header, `| Thursday | Track 1 … |` again
        # further down: each day's header row, no row of talks (left blank, so each row keeps its line)
        names = [key(c) for c in header[1:]]
        rows = [[""] * len(r) if [key(c) for c in r[1:]] == names and _names_a_day(r[0]) else r for r in rows]
    if _day_alone(header) and rows and rows[0] and _TIME_CELL.match(rows[0][0]):
        # `| Day 1 - Thursday, August 17 | | |` over `| 9:15 | Title | Jane Doe |` rows (an HTML page's `<th colspan>`):
        # the day names no column; the rows are a timetable with no header, the next day's row left blank
        header = ["time"] + [""] * (len(header) - 1)
        rows = [[""] * len(r) if _day_alone(r) else r for r in rows]
    if header and _TIME_CELL.match(header[0]) and rows:
        # `| 12:30 | 開場 |` as the first row: a table without a header (an HTML page's `<td>` rows); its first
        # column the times
        # (unless its words are set bold where the rows' are not: `| 11:15 - 13:15 | **Block 1** |` names the part of
        # the day its rows fill, as a heading would)
        named_part = all(_WHOLLY_BOLD.match(c.strip()) and len(c.strip()) <= 34 and not _BYLINE_IN_LABEL.search(c)
                         for c in header[1:] if c.strip()) and any(c.strip() for c in header[1:]) \
            and not any(_WHOLLY_BOLD.match(c.strip()) for row in rows for c in row[1:])
        header, rows, row_line = ["time"] + [""] * (len(header) - 1), ([] if named_part else [header]) + rows, row_line - (0 if named_part else 1)
    if _grid(header, rows):
        return _grid_entries(header, rows, row_line)
    header, rows = _joint_columns_apart(header, rows)
    cols = _columns(header, rows)
    if "title" not in cols:
        return []
    # a column taken for the speakers because it is the second free one (no `登壇者` / `Speaker` header)
    # names people only where its cells read as people: `| Filter + group by | 94 s | 7 s |` is data
    guessed = "speaker" in cols and key(header[cols["speaker"]]) not in {key(w) for w in _HEADER_WORDS["speaker"]}

    def cell(row, name):
        i = cols.get(name)
        return row[i] if i is not None and i < len(row) else ""

    people_first = False
    if guessed and "time" in cols and key(header[cols["title"]]) not in _HEADER_KEYS["title"] and _people_column_first(
            [(bylines.clean(cell(row, "title")), bylines.clean(cell(row, "speaker"))) for row in rows]):
        # `| 14:40 | cesare | これからの珈琲の話をしよう |` with no header: the first free column names the speakers
        # (its cells read as people, the next column's do not); a row with one cell filled is a slot of the day
        cols = {**cols, "title": cols["speaker"], "speaker": cols["title"]}
        rows = [_lone_cell_as_title(row, cols["title"], cols["speaker"]) for row in rows]
        guessed, people_first = False, True  # (rows naming nobody are then parts of the day)
    labelled = [m for row in rows if (m := _KIND_AND_PERSON.match(bylines.clean(cell(row, "title"))))]
    swapped = False
    if "speaker" not in cols and len(labelled) * 2 >= len(rows) >= 2:
        # `| 19:10 | Talk: zoncoen | テストの話 |`: the column read as titles names the kind and the speaker;
        # the talk's title is the next column with text
        after = [i for i in range(cols["title"] + 1, len(header)) if i not in cols.values()]
        if after:
            cols = {**cols, "speaker": cols["title"], "title": after[0]}
            guessed, swapped = False, True
    entries = []
    group_kind = ""  # `| --- | Lightning Talks |`: a row naming the kind of the rows after it
    grouped: set[int] = set()
    # a kind column headed as sessions (`Session`) names each group once, over the rows it holds
    kind_over_rows = "kind" in cols and _header_role(header[cols["kind"]]) == "title"
    session_group = ""
    for offset, row in enumerate(rows):
        if kind_over_rows and cols["kind"] < len(row):
            if bylines.clean(row[cols["kind"]]).strip():
                session_group = row[cols["kind"]]
            else:
                row = row[:cols["kind"]] + [session_group] + row[cols["kind"] + 1:]
        written = cell(row, "title")
        if "speaker" in cols and _NOBODY_NAMED.fullmatch(cell(row, "speaker").strip()) \
                and container_kind(bylines.clean(written)) in KIND_CONTAINERS:
            continue  # (`Lightning talks (see below) | various`: the block's own row, its talks listed elsewhere)
        if "speaker" in cols and not cell(row, "speaker").strip(" -–—") \
                and (group := container_kind(bylines.clean(written))) in KIND_CONTAINERS:
            group_kind = group
            continue
        parts = LINE_BREAK.split(written) if "speaker" not in cols and LINE_BREAK.search(written) else []
        slot = _labelled_slot(parts) if parts else None
        if slot:  # `第一セッション（40分） <br> 長谷川 広武（フリーランス） <br> Title`: one slot's talk
            if not is_break(slot[0], slot[1]) and not PLACEHOLDER.fullmatch(slot[0].strip()):
                entries.append(Entry(slot[0], slot[1], (), row_line + offset, bylines.clean(cell(row, "room")) or None,
                                     bylines.clean(cell(row, "kind"))))
            continue
        if len(parts) >= 2 and SLOT_LABEL.fullmatch(bylines.clean(parts[0]).strip()):
            # (a slot's label over lines read no other way: the label is no talk of its own)
            written = " <br> ".join(parts[1:])
            row = row[:cols["title"]] + [written] + row[cols["title"] + 1:]
        split = [bylines.split_title_speaker(bylines.clean(item)) for item in LINE_BREAK.split(written)] \
            if "speaker" not in cols and LINE_BREAK.search(written) else []
        over = _title_over_person(LINE_BREAK.split(written)) if split else None
        if len(split) >= 2 and not over and (sum(1 for _, speakers in split if speakers) * 2 >= len(split)
                                or not any(bylines.SENTENCE.search(title) for title, _ in split)):
            # `| 11:30 | Title, by Ann <br> Other title, by Bo |`: a slot listing several talks (a cell of a
            # talk's abstract broken into lines, its sentences naming nobody, is one slot)
            block_kind = ""  # (the kind a block's name gives the talks after it in the cell)
            items = LINE_BREAK.split(written)
            for at, (title, speakers) in enumerate(split):
                if title and not speakers and (block := container_kind(title)):
                    # `**Lightning Talks Session 1 (各10分)** <br> 「Title」@a <br> …`: the block's name, then its talks
                    block_kind = block if block in KIND_CONTAINERS else block_kind
                    continue
                if at == 0 and not speakers and WHOLE_BOLD_LINE.match(items[0].strip()) and sum(
                        1 for _, named in split[1:] if named) >= 2 and (_EACH_LENGTH.search(title) or all(
                        _SYMBOL_BULLET.match(bylines.clean(item)) for item in items[1:] if item.strip())
                        and kinds.classify(title)[0] == "talk"
                        and not any(re.fullmatch(people.ROLE, _SYMBOL_BULLET.sub("", t).strip(), re.IGNORECASE) for t, _ in split[1:])):
                    # `**県内コミュニティ活動の紹介 (各3分)** <br> 「Title」@a <br> …`: a block's name, its talks' length;
                    # `**First Session!** <br/> • *Title* (Name) <br/> • …`: a block's name over its bulleted talks
                    continue
                title = _SYMBOL_BULLET.sub("", title)  # (`• Opening remarks`: the cell's bullet is no part of the title)
                if at and speakers and _MODERATED.fullmatch(title.strip()) and entries \
                        and entries[-1].line == row_line + offset and not entries[-1].speakers:
                    # `Panel: Title <br> Moderated by John Smith`: who leads the slot above, no talk of its own
                    entries[-1] = replace(entries[-1], speakers=speakers)
                    continue
                if title and not is_break(title, speakers):
                    entries.append(Entry(title, speakers, (), row_line + offset, bylines.clean(cell(row, "room")) or None,
                                         bylines.clean(cell(row, "kind")) or block_kind))
            continue
        title = bylines.clean(cell(row, "title"))
        who = cell(row, "speaker")
        kind_label = ""
        if swapped:
            m = _KIND_AND_PERSON.match(bylines.clean(who))
            if m:
                kind_label, who = m.group("kind"), m.group("who")
            else:  # `| 19:00 | アナウンス | やらないかも |`: a slot of the day, named in the speakers' column
                title, who = bylines.clean(who), ""
        who = _org_over_name(who) if LINE_BREAK.search(who) else who
        if people_first and is_break(bylines.clean(who)):
            continue  # `| 20:15 | 懇親会 | ピザ |`: the people's column names a part of the day
        speakers = people.parse_people(who) if who.strip(" -–—") and (
            not guessed or people.looks_like_people(who, strict=False)) else ()
        if split:  # a cell of lines that are not several talks: its first line says what the slot is,
            # the next may say who (`ゲスト講演 「Title」 <br> by @h <br> the abstract…`)
            lines = LINE_BREAK.split(written)
            title = bylines.clean(lines[0])
            if not speakers and len(lines) >= 2 and "speaker" not in cols:
                speakers = over or speaker_lines.speaker_line(bylines.clean(lines[1])) or ()
            if bylines.SENTENCE.search(title) and not speakers:
                continue  # the slot's abstract, its talk unnamed
        if not speakers and ("speaker" not in cols or guessed and not who.strip(" -–—") and _BY_WORD.search(title)):
            # (a column only guessed to be the speakers', empty in this row: `| **Title** by **Jane Doe** |  |  |`)
            title, speakers = bylines.split_title_speaker(title)
        if not speakers and "speaker" not in cols:
            # `| Title | The abstract … - Jane Doe、Bo Lee |`: a programme with no speakers' column signs each abstract
            # (a cell of the abstract's length, never one the header names: `3F - Main Hall` is the room)
            speakers = next((found for k, c in enumerate(row) if k not in cols.values()
                             and (m := _SIGNED.search(bylines.clean(c))) and m.start() >= 12
                             and (found := people.named_people(m.group("who"), strict=True))), ())
        if not title:
            continue
        if not speakers and entries and entries[-1].line == row_line + offset - 1 \
                and len(entries[-1].title) <= 120 and len(title) >= 80 and bylines.SENTENCE.search(title) \
                and not any(c.strip() for k, c in enumerate(row) if k != cols.get("title")):
            # `| You likely use open source software every day: … |  |  |` under `| **Title** by **Jane** |`: the talk's
            # abstract in a row of its own, no talk
            entries[-1] = replace(entries[-1], body=entries[-1].body + (title,))
            continue
        if _DAY_ROW.match(bylines.clean(written)) and not cell(row, "time").strip() \
                and not any(people.looks_like_people(p.name, strict=True) for p in speakers):
            continue  # `| 7th August - Workshops |`: the day the rows after it were held, a heading among them
        if is_break(title, speakers):
            group_kind = ""  # (the lightning talks end at a break)
            continue
        # the slides and video columns' cells, labelled as such (a `[Link]` in a Slides column is the deck)
        extra = tuple(f"{label}: {c}" for label, c in (("Slides", cell(row, "slides")), ("Video", cell(row, "video")))
                      if c.strip(" -–—"))
        entries.append(Entry(title, speakers, extra, row_line + offset,
                             _room(cell(row, "room")) or None, bylines.clean(cell(row, "kind")) or kind_label or group_kind))
        if group_kind and not (bylines.clean(cell(row, "kind")) or kind_label):
            grouped.add(row_line + offset)  # (a kind the group row gave, not one the row states)
    if "speaker" not in cols and not any(e.speakers for e in entries):
        entries = _speakers_in_the_title_column(entries)
    named = sum(1 for e in entries if e.speakers)
    # (a table with no header whose title cells mostly close with their speakers says as much: `Title, Jane Doe`)
    if "speaker" in cols and not guessed and named * 2 >= len(entries) \
            or not any(h.strip() for h in header) and named >= 2 and named * 3 >= len(entries) * 2:
        # `| 12:00 | Workshop Teasers | |`, `| 17:00 | Outro | |`: in a programme whose rows name their speakers, a
        # row naming nobody, showing no slides or video and labelled as no kind of session (`Panel: …`) is a part
        # of the day
        entries = [e for e in entries if e.speakers or e.body or (e.kind_hint and e.line not in grouped)
                   or kinds.classify(e.title)[1] != e.title.strip()]
    return entries


# a row that opens with a day (`7th August - Workshops`, `Day 2 (Sunday)`, `8月7日 ワークショップ`)
_MONTH = MONTH_NAME.replace("(?P<mon>", "(?:")
_DAY_ROW = re.compile(r"^\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b"
                      r"|\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s*(?:[-–—:：,]|$))", re.IGNORECASE)


_MODERATED = re.compile(r"(?:moderated|hosted|chaired|led)(?:\s+by)?|moderators?|host|chair|司会|モデレーター|ファシリテーター",
                        re.IGNORECASE)


def _labelled_slot(items: list[str]) -> tuple[str, tuple[Speaker, ...]] | None:
    """A grid cell naming one slot's talk under the slot's label (`第一セッション（40分） <br> 長谷川 広武（フリーランス） <br>
    Title`): (title, speakers), the speaker's line and the title's in either order; a single line after the label is
    what the programme shows for the slot (its title, or whoever fills it)."""
    lines = [line for item in items if (line := bylines.clean(item).strip())]
    if len(lines) not in (2, 3) or not SLOT_LABEL.fullmatch(lines[0]):
        return None
    if len(lines) == 2:
        return lines[1], ()
    for who, title in ((lines[1], lines[2]), (lines[2], lines[1])):
        found = people.named_people(who, strict=True) or (people.named_people(who, strict=False)
                                                           if _AFFILIATED.search(who) else None)
        # (`Designing APIs` reads as a name too: the person is the one the dictionary knows, or marked by where they work)
        if found and (not people.looks_like_people(title, strict=True)
                      or (names.known_name(found[0].name) or _AFFILIATED.search(who)) and not names.known_name(title)):
            return title, found
    return None


def _title_over_person(items: list[str]) -> tuple[Speaker, ...] | None:
    """`Title <br> 須藤功平 <br> [GitHub](…) <br> [Twitter](…)`: one talk's cell, its title over the speaker's name and
    their profile links; the speaker when the second line is a name (or the account the profile links name)."""
    lines = [bylines.clean(item).strip() for item in items if item.strip()]
    if len(lines) < 2 or len(lines[0]) < 2:
        return None
    profiles = [m for line in lines[2:] if (m := _LONE_LINK.fullmatch(line))]
    if len(profiles) != len(lines) - 2 or not all(links.is_profile_url(m.group("url")) for m in profiles):
        return None
    who = lines[1]
    if who.lstrip("@").casefold() in {(links.handle_from_url(m.group("url")) or "").casefold() for m in profiles}:
        return (Speaker(name=who.lstrip("@"), handle=who.lstrip("@")),)
    found = people.named_people(who, strict=True) if len(who) <= 40 else None
    if found and not profiles and (people.looks_like_people(lines[0], strict=True) or not (
            "@" in who or _HONOURED_END.search(who) or all(names.name_verdict(p.name) for p in found))):
        return None  # (`Service Mesh Basics <br> Serverless Java`: two titles; without profile links, a name the
        # dictionary knows or one marked as a person, under a first line that is no person)
    return found


def _lone_cell_as_title(row: list[str], title: int, speaker: int) -> list[str]:
    """A row filling only the speakers' column (`| 16:10 | 休憩 | |`, a spanning cell) names a slot: its title."""
    if max(title, speaker) >= len(row) or row[title].strip():
        return row
    row = list(row)
    row[title], row[speaker] = row[speaker], ""
    return row


_LOWER_HANDLE = re.compile(r"[a-z][a-z0-9_]{1,14}(?:[A-Z][a-z0-9_]+){0,2}(?:\s*[(（][^()（）]{1,20}[)）])?")


def _people_column_first(pairs: list[tuple[str, str]]) -> bool:
    """Whether, in a headerless timetable's two free columns, the first names the speakers and the second the titles:
    in the rows filling both, half or more of the first column's cells read as people, and at most a quarter of
    the second's read as people or hold no word (a number, a price)."""
    both = [(a, b) for a, b in pairs if a.strip() and b.strip()]
    if len(both) < 3:
        return False
    # (a person's cell: a name as names read (`Jane Doe`, `大場寧子`) or a handle in lower case (`cesare`, `tatsuoSakurai`);
    # a capitalised word alone is a slot's label as often as a name: `| 18:30 | Doors | Pizza and drinks |`)
    first = sum(1 for a, _ in both if people.looks_like_people(a, strict=True) or _LOWER_HANDLE.fullmatch(a))
    second = sum(1 for _, b in both if people.looks_like_people(b, strict=False) or not re.search(r"[^\W\d_]", b))
    return first * 2 >= len(both) and second * 4 <= len(both)


def _speakers_in_the_title_column(entries: list[Entry]) -> list[Entry]:
    """`| 10:15 | Jane Roe: Open Sourcing for a Living | [PDF](…) |`: a programme with no speakers' column,
    whose sessions' cells write the speaker the same way in two rows of three (bylines.byline_column; a
    kind's label first, `Keynote: Jane Roe: Title`, is the row's kind). One cell alone never tells."""
    read = [(e, kinds.classify(e.title)) for e in entries]
    column = bylines.byline_column([title for _, (_, title) in read])
    if not column:
        return entries
    out = []
    for (entry, (kind, _)), split in zip(read, column):
        speakers = people.parse_people(split[1]) if split and split[1] else ()
        out.append(replace(entry, title=split[0], speakers=speakers,
                           kind_hint=entry.kind_hint or (kind if kind != "talk" else "")) if speakers else entry)
    return out


# a room's own hashtag beside its name: `A+B [#ccc_a1](https://twitter.com/search?q=%23ccc_a1)`, `Hall B #hallb`
_ROOM_HASHTAG = re.compile(r"\[[#＃](?=[^\W\d_])[^\]]*\]\([^)]*\)|(?<!\S)[#＃](?=[^\W\d_])\w+")  # (`Room #1` stays)


def _room(text: str) -> str:
    """A room's cell as the room's name (without the hashtag the room's talks are tweeted under)."""
    return bylines.clean(_ROOM_HASHTAG.sub(" ", text) if "#" in text or "＃" in text else text)


# --- time lines and list items -------------------------------------------------------------


# a line cut mid-phrase: after a word that never ends a title (`for`, `with`, `the`) or a verb's -ing form (`simulating`)
_CUT_BEFORE = re.compile(r"\s(?:for|with|of|and|or|to|in|on|the|a|an|by|from|into|about|[a-z]+ing)$")
_WRAPPED = re.compile(r"^[ \t]{1,8}[a-z][a-z'’-]*(?:\s|[,:.!?]?$)")


_SENTENCE_ENDED = re.compile(r"^[ \t]{1,8}(?P<end>[a-z][^.!?]{0,40}?[a-z)`'’\"”][.!?])(?:\s+(?P<rest>\S.*))?$")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
# a line cut where no title ends: before the word its last one leads to (`… parallels to`, `… your modules more`)
_CUT_MID_PHRASE = re.compile(_CUT_BEFORE.pattern[:-2] + r"|more|less|most|than|as|very|so|its|their|our|your|my|his|her)$")


def _items(lines: list[str], pattern: re.Pattern) -> tuple[list[tuple[int, str, list[str]]], list[str]] | None:
    """Top-level items matching `pattern` with the lines nested under each; other lines apart."""
    indents = [len(m.group("indent").expandtabs(4)) for line in lines if (m := pattern.match(line))]
    if not indents:
        return None
    top = min(indents)
    items: list[tuple[int, str, list[str]]] = []
    rest: list[str] = []
    open_item = False
    for i, line in enumerate(lines):
        m = pattern.match(line)
        if m and len(m.group("indent").expandtabs(4)) == top:
            items.append((i, m.group("rest"), []))
            open_item = True
        elif open_item and not items[-1][2] and _WRAPPED.match(line) and len(lines[items[-1][0]].rstrip()) >= 72 \
                and len(line.strip()) <= 50 and "://" not in line and "," not in line \
                and not _NESTED_ITEM.match(line) and items[-1][1][-1:].isalpha() \
                and (line.rstrip()[-1:] in ":!?" or _CUT_BEFORE.search(items[-1][1])):
            # `4. Jane Doe, A high-performance package for simulating` over `   planetary orbits:`: the item's own
            # sentence wrapped onto the next line (it opens in lowercase and is short, after a line cut between words at
            # the width text is wrapped at; never a remark under the item, `great talk, learned a lot`, or a link)
            items[-1] = (items[-1][0], f"{items[-1][1].rstrip()} {line.strip()}", items[-1][2])
        elif open_item and not items[-1][2] and (end := _SENTENCE_ENDED.match(line)) \
                and len(lines[items[-1][0]].rstrip()) >= 60 and _CUT_MID_PHRASE.search(items[-1][1]) \
                and not _SENTENCE_INSIDE.search(items[-1][1]) and "://" not in end.group("end"):
            # `* Sam: How to make use of __getattr__ to make your modules more` over `  interesting. A fine talk`:
            # the item's sentence, wrapped at the text's width, ends on the next line (what follows is a remark)
            items[-1] = (items[-1][0], f"{items[-1][1].rstrip()} {end.group('end')}", items[-1][2])
            if end.group("rest"):
                items[-1][2].append(" " * (top + 2) + end.group("rest"))
        elif open_item and line.strip() and len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()) > top:
            items[-1][2].append(line)
        elif open_item and not line.strip():
            items[-1][2].append(line)
        else:
            open_item = False
            rest.append(line)
    return items, rest


# (in parentheses after a dash too: `[Title](…) – Jane Doe - ([video](…))`)
# (its label in parentheses, or the link in brackets: `[(slides)](…)`, `[[video](…)]`)
_TRAILING_LINK = re.compile(r"\s*(?:[-–—|]\s*(?=[(（]))?(?P<open>[(（\[])?\[(?P<label>[^\[\]]{1,20})\]"
                            r"\((?P<url>https?://[^)\s]+|" + SITE_FILE + r")\)(?(open)[)）\]])\s*[,，、/|｜]?\s*$", re.IGNORECASE)


# `Title by [Jane](her site)`, `「Title」[山田](his site)`: the link after these is the byline, not a file
# (`[Jane](profile): [Title](repo)`: the link after a linked name and its colon is the title)
# (`二本松 聡さん：[Title](…)`: a person's name and its colon lead to the linked title too)
_BY_END = re.compile(r"\s(?:by|from|with|in|on|for|of|at|and|to|using|via|into)\s*$|[/／|｜」』”]\s*$|\s[-–—:：]\s*$"
                     r"|\]\([^)\s]*\)[:：]\s*$|(?:さん|氏|様|くん|先生)\s*[:：]\s*$", re.IGNORECASE)


# (`Deep work & [Pomodoro](…)`: a link the title joins to its words is the title's last word, no file of the talk)
_JOINED_END = re.compile(r"(?:\s&|\s(?:and|und|et|y|と|や)|[+＆])\s*$")


def _trailing_links(text: str) -> tuple[str, list[str]]:
    """`Title — Name [slides](url) [video](url)` -> ('Title — Name', ['slides: url', 'video: url'])."""
    found: list[str] = []
    # a link to a person (`by [@alice](https://twitter.com/alice)`) is the byline, not a file of the talk
    # (a file's label, `[PDF](…)|[ODP](…)`, is a file's after a bar too)
    while (m := _TRAILING_LINK.search(text)) and text[:m.start()].strip() and not m.group("label").startswith("@") \
            and not links.is_profile_url(m.group("url")) and (
                not _JOINED_END.search(text[:m.start()]) or titles.FILE_LABEL.fullmatch(m.group("label").strip())) and (
                not _BY_END.search(text[:m.start()]) or titles.FILE_LABEL.fullmatch(m.group("label").strip())):
        found.insert(0, f"{m.group('label')}: {m.group('url')}")
        text = text[:m.start()]
    # `Title — Name https://…` or `<https://…>`: a bare address closing the item is the talk's link as well
    # (never a label's value, `Slides: https://…`: the item is the label's line, no talk)
    if (bare := _TRAILING_ADDRESS.search(text)) and text[:bare.start()].strip() \
            and not re.search(r"[:：]\s*$", text[:bare.start()]) and not links.is_profile_url(bare.group("url")):
        found.insert(0, bare.group("url"))
        text = text[:bare.start()]
    # (a file's label in brackets with no address, `Title (Jane Doe) [PDF]`: the page's link, lost in the copy)
    while (m := _TRAILING_FILE_LABEL.search(text)) and text[:m.start()].strip():
        text = text[:m.start()]
    if found:  # `Title (Jane Doe): [Slides](…), [Video](…)`, `Title (Jane Doe) — [slides](…)`: the colon or dash led to the links
        text = re.sub(r"(?<=\S)\s*(?:[:：]|\s[-–—])\s*$", "", text)
    return text, found


_TRAILING_ADDRESS = re.compile(r"\s+<?(?P<url>https?://[^\s<>()]+)>?\s*$")
_TRAILING_FILE_LABEL = re.compile(r"\s*\[(?:" + titles.FILE_LABEL.pattern + r")\]\s*$", re.IGNORECASE)


_AFFILIATED = re.compile(r"\S[(（][^()（）]{2,40}[)）]\s*$")


# a person and the link to their profile, with a mark between (`::`, a dash) and maybe a reference after it
_NAME_THEN_PROFILE = re.compile(r"^(?P<who>[^\[\]()@:]{2,40}?)\s*(?:::|[-–—|/,:])?\s*(?P<link>\[@?[^\]]{1,40}\]\((?P<url>[^)\s]+)\))"
                                r"(?:\s*\(\[[^\]]*\]\([^)\s]*\)\))?\s*$")


# a profile link's label, not its owner: `Twitter: [@jsato](…)`, `GitHub - [leechan](…)`
_SERVICE = re.compile(r"twitter|x|github|gitlab|bluesky|bsky|mastodon|linkedin|facebook|instagram|blog|web|site|"
                      r"contact|follow(?:\s+(?:her|him|them|me|us))?(?:\s+on)?|profile|handle", re.IGNORECASE)


def _nested_speaker(nested: list[str]) -> tuple[tuple[Speaker, ...], list[str]]:
    """`* 10:00 Title` with `* 佐伯 由紀(どこか大学)` as its first nested line: the nested line names the
    speaker (strictly a name, or any name with its affiliation); (speakers, the nested lines left)."""
    at = next((k for k, line in enumerate(nested) if line.strip()), None)
    if at is None:
        return (), nested
    m = _ITEM.match(nested[at])
    text = bylines.clean(m.group("rest") if m else nested[at].strip())  # (clean drops a closing `<br>`)
    profiled = _NAME_THEN_PROFILE.match(text) if "](" in text else None
    if profiled and links.is_profile_url(profiled.group("url")) and not speaker_lines.speaker_label(text) \
            and people.looks_like_people(profiled.group("who"), strict=False) \
            and not _SERVICE.fullmatch(profiled.group("who").strip()):
        text = f"{profiled.group('who')} {profiled.group('link')}"  # `James Sadler :: [@freshtonic](…) ([#18](…))`
    elif len(text) > 60 or "](" in text and not text.startswith("["):
        return (), nested
    # `* by ma2kiさん`, `* Speaker: Jane Doe`: a labelled line says who, as anywhere else (speaker_lines)
    labelled = speaker_lines.speaker_label(text)
    found = (speaker_lines.speaker_line(text) if labelled else None) or people.named_people(text, True) or (
        people.named_people(text, False) if _AFFILIATED.search(text) else None)
    if not found:
        return (), nested
    taken = [at]
    if labelled:  # (a panel's `Moderator: …` over `Panelists: …`: each labelled line of people right under it is theirs too)
        for k in range(at + 1, len(nested)):
            line = bylines.clean((m := _ITEM.match(nested[k])) and m.group("rest") or nested[k].strip())
            more = speaker_lines.speaker_line(line) if line and speaker_lines.speaker_label(line) else None
            if not more:
                break
            found, taken = tuple(found) + tuple(p for p in more if p not in found), taken + [k]
    return tuple(found), [line for k, line in enumerate(nested) if k not in taken]


# the line under a slot's title naming its kind and its people: `LT 永松歩`, `Talk Session はぅ君 / nasana`, `Keynote Jane Doe`
_KIND_THEN_PEOPLE = re.compile(r"^(?P<kind>LT|ＬＴ|Lightning\s+Talk|Talk(?:\s+Session)?|Keynote|Session|Panel|Performance|Workshop|"
                               r"基調講演|講演|発表|パネル)\s+(?P<who>\S.{0,80})$", re.IGNORECASE)


# words of a sentence about the slot, never of its people's names
_NOT_PEOPLE_WORDS = re.compile(r"\b(?:with|about|to|be|will|the|of|for|on|in|your|and\s+more|announced|later|shared|"
                               r"materials|format|experts|speakers?|tba|tbd)\b|未定|予定|について|です|ます", re.IGNORECASE)


def _title_over_kind_and_people(text: str, nested: list[str]) -> tuple[str, tuple[Speaker, ...], str] | None:
    """`- 13:10 Title` over one line `  LT 永松歩`: (title, the people, the kind's hint) when the line under the slot
    names a kind of talk and then people, read leniently (a programme's handles and nicknames: `@moxus`, `ニイノミ`)."""
    children = [line.strip() for line in nested if line.strip()]
    m = _KIND_THEN_PEOPLE.match(children[0]) if len(children) == 1 and not _NESTED_ITEM.match(children[0]) else None
    title = bylines.clean(text).strip()
    if not m or not title or bylines.SENTENCE.search(title) or is_break(title):
        return None
    who = m.group("who")
    if _NOT_PEOPLE_WORDS.search(who) or who[:1].islower() and who.isascii() or ";" in who:
        return None  # (`Talk about building CLI tools`, `Keynote speaker to be announced`, `Panel with industry experts`)
    found = people.named_people(who, strict=False) or (
        people.parse_people(who) if len(who) <= 40 and not bylines.SENTENCE.search(who) else None)
    kind = kinds.classify(m.group("kind") + ": x")[0]
    return (title, found, kind if kind != "talk" else "") if found else None


_LEADING_CLOCK = re.compile(r"^\d{1,2}[:：]\d{2}\s*(?:[-–~〜]\s*(?:\d{1,2}[:：]\d{2})?\s*)?")
_LINK_ALONE_WHO = re.compile(r"^\[(?P<who>[^\[\]]{1,40})\]\([^)\s]+\)$")
_CLOCK_THEN_LINK = re.compile(_LEADING_CLOCK.pattern + r"\[(?P<who>[^\[\]]{1,40})\]\([^)\s]+\)$")


def _linked_person(text: str, who: str, title: str) -> bool:
    """A slot's link that names who gives the talk (`13:15 [水落 大](https://mizumasa.net)` over the talk's title): the
    link's words no label of a file, a break or a part of the day (`[Slides](…)`, `[受付開始](…)`, `[Doors open](…)`),
    nor a title leading to its deck or recording, and the line under it a title, not the people (`Jane Doe, Acme`)."""
    url = (_LONE_LINK.search(text) or re.search(r"\]\((?P<url>[^)\s]+)\)", text)).group("url")
    word = who.strip()
    # (in Latin letters, a person's first and last name or a handle: `Figma`, `Storybook`, `The Crown` are no one)
    latin_person = not word.isascii() or bool(re.fullmatch(r"@?[a-z0-9][\w.-]*|[\w-]*[_\d][\w.-]*", word)) or (
        len(word.split()) >= 2 and people.looks_like_people(word, strict=False))
    return latin_person and bool(word) and not (titles.FILE_LABEL.fullmatch(word.split()[0])
                or is_break(word) or section_role(word) != "talk" or links.is_slides(url) or links.is_video(url)
                or people.looks_like_people(title, strict=True) and not people.looks_like_people(word, strict=True)
                or bylines.SENTENCE.search(title) or title.endswith(("。", "です", "ます")))


def _person_over_title(text: str, nested: list[str], timed_slot: bool = False, lenient: bool = False
                       ) -> tuple[str, tuple[Speaker, ...]] | None:
    """`- [Jane Doe](https://twitter.com/jd)` over one nested `  - The talk's title`: the item names the
    speaker (strictly a name, or linked to a profile; `lenient`, one word read as a name loosely, where the list's
    other items are so written), its one nested item the talk."""
    children = [line for line in nested if line.strip()]
    m = _ITEM.match(children[0]) if len(children) == 1 else None
    # (`timed_slot`: the item's time already read off by the caller, its text the rest)
    timed = _CLOCK_THEN_LINK.match(text.strip()) or (_LINK_ALONE_WHO.match(text.strip()) if timed_slot else None)
    if not m and not (timed and len(children) == 1 and not _NESTED_ITEM.match(children[0])):
        return None
    # (`- 13:15 [水落 大](https://…)` over its continuation line `シェーダーを生成するガチャ`: a timed slot, the person who
    # gives it linked to their page, then the talk's title: the person is whoever the link names)
    who, title = bylines.clean(text), bylines.clean(m.group("rest") if m else children[0].strip())
    if fact_label(who) or speaker_lines.speaker_label(title):
        # `- 日時` over `  - 2031年12月14日(土)`: a fact's label over its value; `- Feature Flags` over `  - Speaker: …`:
        # the nested line says who speaks, so the item is the title, whatever its two capitals look like
        return None
    if "。" in title or re.search(r"(?<![\s.][A-Z])(?<!^[A-Z])[.!?]\s+[A-Z]", title) or not m and title.endswith("."):
        return None  # `- タンブラー` over `  - エッジの処理が気に入りました。`: a remark on a thing, no talk's title
        # (an initial's full stop ends no sentence: `ACM A.M. Turing Award Lecture`)
    if timed and not m and not _linked_person(text, timed.group("who"), title):
        return None  # (`20:00 [Slides](speakerdeck.com/…)` over `All slides from tonight`: no one's talk)
    found = people.named_people(_LEADING_CLOCK.sub("", who) if timed else who, strict=True) or (
        people.parse_people(who) if lenient and _ONE_WORD_NAME.fullmatch(who) and container_kind(who) is None
        and not is_break(who) and section_role(who) == "talk" else None) or (
        people.parse_people(timed.group("who")) if timed and not m else None)
    # (a nested two-word name is a second person or an employer, never a title: `Mark Dean` over `Jane Roe`)
    if not found or not title or len(people.MD_LINK.sub(r"\g<text>", who)) > 40 or len(title.split()) <= 2 and people.looks_like_people(title, strict=True):
        return None
    return title, found


# one word a list of people may hold where its siblings are names: `ファムフーロン`, `Jingwei` (katakana or Latin: a
# word of kanji, `乾杯`, is as often the day's part)
_ONE_WORD_NAME = re.compile(r"[\u30a0-\u30ff]{3,12}|[A-Z][a-z]{2,15}")


def _people_over_nested_titles(lines: list[str], items, container: bool | str) -> list:
    """Every item a person over their nested titles (_person_over_titles), each (item's line, (title, speakers, decks)),
    or []: the items naming a break left out. Read where some item has nested lines (none has, most lists)."""
    # (several titles under one person only in a list of talks: its heading or the lines above it say so, `発表詳細`;
    # `## Who does what` over each person's tasks is none)
    several = container in ("talks", "lightning", "schedule") or bool(items) and bool(
        _SPEAKS_OF_TALKS.search(" ".join(lines[max(0, items[0][0] - 2):items[0][0]])))
    read, loose, people_items = [], [], 0
    for i, text, nested in items:
        held = any(line.strip() for line in nested)
        found = _person_over_titles(text, nested, several=several) if held else None
        if not found and held and is_break(bylines.clean(text)):
            continue  # (a break among the people, `- Networking` over `  - Drinks upstairs`: the evening's, no one's)
        people_items += 1
        if found:
            read.append((i, found))
            continue
        loose.append((i, text, nested))
        if len(loose) * 3 > len(items):
            return []  # (more than one in three items naming no one strictly: no list of people, read no further)
    # (where two in three items or more name their person strictly, a sibling's one word is read loosely: `ファムフーロン`)
    for i, text, nested in loose:
        if len(read) < 2 or not (found := _person_over_titles(text, nested, lenient=True, several=several)):
            return []
        read.append((i, found))
    return [(i, one) for i, many in sorted(read, key=lambda r: r[0]) for one in many]


def _person_over_titles(text: str, nested: list[str], lenient: bool = False, several: bool = False
                        ) -> list[tuple[str, tuple[Speaker, ...], tuple[str, ...]]] | None:
    """`- 芦澤亜里紗` over `  - Title one` and `  - Title two`: the item names the speaker of every nested item (each a
    title, all at one depth, none over items of its own), where `several` (the list is announced as talks); one
    nested item is _person_over_title's. Each (title, speakers, its lines): a nested link labelled as a deck
    (`  - [資料](https://speakerdeck.com/…)`) is the title's above it, never a title."""
    children = [line for line in nested if line.strip()]
    if len(children) < 2:
        found = _person_over_title(text, nested, lenient=lenient)
        return [(*found, ())] if found else None
    indents = {len(line) - len(line.lstrip()) for line in children}
    if len(indents) != 1 or not all(_ITEM.match(line) for line in children):
        return None
    # (or where a nested item links a deck: `  - [資料](https://speakerdeck.com/…)` says the others are talks)
    if not several and not any((d := _LONE_LINK.fullmatch(_ITEM.match(line).group("rest").strip())) and links.is_slides(d.group("url"))
                               for line in children):
        return None
    read: list[tuple[str, tuple[Speaker, ...], tuple[str, ...]]] = []
    for line in children:
        item = _ITEM.match(line).group("rest").strip()
        deck = _LONE_LINK.fullmatch(item)
        if deck and (titles.FILE_LABEL.fullmatch(deck.group("text").strip()) or links.is_slides(deck.group("url"))):
            if not read:
                return None
            read[-1] = (*read[-1][:2], (*read[-1][2], deck.group("url")))
            continue
        if people.works_as(item) or people.is_affiliation(item):
            return None  # (`  - Staff Engineer at Kumo`: where the person works, a bio's list, no talk)
        found = _person_over_title(text, [line], lenient=lenient)
        if not found:
            return None
        read.append((*found, ()))
    return read if read and len({r[1] for r in read}) == 1 else None


_UNREAD = object()
_NESTED_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")


# a room named with its floor, opening an item: `Terrace (3rd floor) - Title`, `St. Patrick (3rd Floor) -  Title`,
# `大ホール（2階）：Title`
_FLOOR_ROOM = re.compile(r"^\s*(?P<room>[^\s()（）\-–—:：][^()（）\-–—:：]{0,30}?\s*[(（]\s*(?:\d{1,2}(?:st|nd|rd|th)\s+floor"
                         r"|\d{1,2}\s*F|B\d{1,2}\s*F|\d{1,2}\s*階|地下\d{1,2}階)\s*[)）])\s*[-–—:：]\s+(?P<t>\S.*)$", re.IGNORECASE)

def _kind_beside_name(text: str, speakers: tuple[Speaker, ...]) -> str:
    """The kind an item says beside its speaker's name (`**Title** (Simone Roy, lightning talk)`), or ""."""
    said = people.KIND_AFTER_NAME.search(text) if speakers and "," in text else None
    kind = kinds.classify(said.group("kind") + " x")[0] if said else "talk"
    return kind if kind != "talk" else ""


# a room's name labelling the item: `A トラック: 「Title」 Name さん`, `Track 2: Title - Jane Doe` (narrower than
# structure.ROOM, which a heading's shape bounds: an item's `Room 101: …`, `Stage 2: …`, `Q: …` are titles' words)
_ROOM_LABELLED = re.compile(r"^\s*(?P<room>(?:Room|Track|Hall)\s*[-_]?[A-Z0-9]|[A-Z]\s*(?:会場|ホール|トラック|ルーム)"
                            r"|(?:会場|ホール|トラック|ルーム|部屋)\s*[A-Za-z0-9０-９Ａ-Ｚ]{1,2})\s*[:：]\s*(?P<t>\S.*)$", re.IGNORECASE)

# (only small print holding a link or a label: `10<sup>6</sup> users`, `CO<sub>2</sub>` keep theirs)
_SMALL_PRINT = re.compile(r"\s*<(sub|sup)>(?=(?:(?!</\1>).)*(?:\]\(|https?://|<a\s|[:：]))(?:(?!</\1>).)*</\1>\s*",
                          re.IGNORECASE)


def _entries_from_items(items, first_line: int, strict: bool, depth: int = 0, names_first=_UNREAD) -> list[Entry]:
    """`names_first`: the list's `Name - Title` shape when the caller has read it (bylines.names_first)."""
    if "<su" in "".join(text for _, text, _ in items):
        # `__Jane Doe__ <sub><sup>twitter: [@jd](…)</sup></sub> - *Title*`: the small print beside a name is no part
        # of the item's byline or title
        items = [(i, _SMALL_PRINT.sub(" ", text), nested) for i, text, nested in items]
    entries = []
    if names_first is _UNREAD:
        names_first = bylines.names_first([text for _, text, _ in items]) if len(items) >= 2 else None
    inside_links = _bylines_inside_links([text for _, text, _ in items])
    # (`Title (Jane)`, `Title @Jane Doe`, `Title [handle]`: a speaker the list's items write in a column of their own)
    # (an item over a nested list is a group of talks, no sibling in the column: `- Hardware Track` over its talks)
    plain = [k for k, (_, _, nested) in enumerate(items) if not any(_NESTED_ITEM.match(line) for line in nested)]
    every = list(range(len(items)))
    column: dict = {}
    # (the column read without the links each item ends with: `Title (Jane Doe): [Slides](…), [Video](…)`)
    peeled = [_trailing_links(text)[0] for _, text, _ in items] if not names_first and len(items) >= 2 else []
    for among in ([every, plain] if plain != every else [every]):
        read = bylines.byline_column([peeled[k] for k in among]) if peeled and len(among) >= 2 else None
        if read:
            column = dict(zip(among, read))
            break
    # (each item one whole link: the column read inside the links' texts, `[Title, Jane Doe](…)`)
    wholes = [_WHOLE_LINK.fullmatch(bylines.clean(text)) for _, text, _ in items]
    linked_column: dict = {}
    # (links to recordings, decks or talks' pages: `[Page title - Site](blog)` names a site after its dash, no one)
    talk_links = sum(1 for w in wholes if w and (links.is_video(w.group("url")) or links.is_slides(w.group("url"))
                                                 or links.is_talk_page(w.group("url"))))
    if not column and not inside_links and not names_first and len(items) >= 2 and talk_links * 3 >= len(items) * 2:
        read = bylines.byline_column([w.group("text") if w else bylines.clean(text) for w, (_, text, _) in zip(wholes, items)])
        linked_column = dict(enumerate(read)) if read else {}
    own_split: list[tuple[int, str, tuple[Speaker, ...]]] = []  # (entry's index, item's text, the people its own split read)
    for k, (i, text, nested) in enumerate(items):
        room = None
        if ":" in text and (slot := _LINK_THEN_SLOT.match(text.strip())):
            text, room = slot.group("t"), slot.group("room")  # `[Title](…) 11:30-12:30 E350`: its time and its room
            if room and (_BYLINE_START.match(room) or people.looks_like_people(room, strict=True)):
                text, room = f"{text} {room}", None  # (`… 11:30-12:30 by Jane Doe`: the byline, not a room)
        if room is None and (floor := _FLOOR_ROOM.match(text)):
            room, text = floor.group("room").strip(), floor.group("t")  # `Terrace (3rd floor) - Title`: where it was
        if room is None and ("：" in text or ":" in text) and (labelled := _ROOM_LABELLED.match(text)):
            room, text = labelled.group("room").strip(), labelled.group("t")  # `A トラック: 「Title」 Name さん`
        text, link_lines = _trailing_links(LISTED_DURATION.sub("", _INNER_DURATION.sub("", text)) or text)
        title, speakers = bylines.split_title_speaker(text, strict=strict)
        own = (text, speakers) if speakers and not column and not names_first and not inside_links else None
        if speakers and column.get(k) and column[k][1] \
                and not any(p.name.lstrip("@") in column[k][1] or p.affiliation and p.affiliation in column[k][1]
                            or p.handle and p.handle in column[k][1] and _names_the_columns_person(p, text, column[k][0])
                            for p in speakers):
            # the list's habit over one item's own split: `Title - Fiber @eielh` in a list closing each item with
            # a handle, `Hire Education – making interviews rock (Dan North)` in a list closing each with a name
            speakers = ()
        if not speakers and column.get(k) and column[k][1]:
            title, speakers = column[k][0], people.parse_people(column[k][1])
        if not speakers and inside_links and (whole := _WHOLE_LINK.fullmatch(bylines.clean(text))) and (
                inside := _dashed_byline(whole.group("text"), inside_links)):
            # `[Title - Jane Doe](./day1/01.md)`: the byline inside the link's text (the link is the talk's)
            title, speakers = f"[{inside[0]}]({whole.group('url')})", inside[1]
        if not speakers and linked_column.get(k) and linked_column[k][1] and (
                whole := _WHOLE_LINK.fullmatch(bylines.clean(text))):
            # `[Title, Jane Doe](https://youtu.be/…)`: the list's links write their speakers in a column of their own
            title, speakers = f"[{linked_column[k][0]}]({whole.group('url')})", people.parse_people(linked_column[k][1])
        m = names_first.match(bylines.clean(text)) if names_first else None
        if m and (bylines.quoted_by(m.group("who")) if names_first is bylines.NAME_QUOTED_TITLE
                  else people.looks_like_people(_ANY_LINK.sub(r"\g<text>", m.group("who")), strict=False)):
            label = re.match(r"^[A-Za-z][\w\-]*\s*:\s*", bylines.clean(text))  # `Ignites: Jane - Title`
            fields, handle, addresses = _record_fields(m.group("t"))
            title = (label.group(0) if label and kinds.classify(label.group(0) + "x")[0] != "talk" else "") + \
                titles.without_full_stop(_before_remarks(fields, nested))
            speakers = people.parse_people(m.group("who"))
            if handle and len(speakers) == 1 and not speakers[0].handle:
                speakers = (replace(speakers[0], handle=handle),)
            link_lines = [*link_lines, *addresses]
        # `* 15:50 Lightning Sessions` over talks of their own (read before a nested line is taken for the slot's
        # speaker: `- [Ruth Jonas](…) - Audio in 10 min` is a talk of the block, not who gives the block)
        opening = next((people.BULLET.sub(r"\g<rest>", line).strip() for line in nested if line.strip()), "")
        if not speakers and depth == 0 and not speaker_lines.speaker_label(opening) and (
                grouped := _grouped_talks(title, nested, first_line + i + 1)):
            entries.extend(grouped)  # (`- Host: Alice Chen - Acme` under the slot: who runs it, not a talk)
            continue
        if not speakers and nested:
            speakers, nested = _nested_speaker(nested)
        nested = [*link_lines, *nested]
        if not title or is_break(title, speakers) or not speakers and container_kind(title) is not None:
            continue  # (`- 13:00-14:30: Talks`: the slot where the talks are, listed further down)
        if speakers and (quoted := titles.quoted_before_sentence(title)):
            title = quoted  # `Jane Roe: "Title". It was more like four minutes`: the title, without the remark after it
        body = textwrap.dedent("\n".join(nested)).strip("\n")
        if own and own[1] is speakers:
            own_split.append((len(entries), own[0], speakers))
        entries.append(Entry(title, speakers, tuple(body.split("\n")) if body else (), first_line + i, room=room,
                             kind_said=_kind_beside_name(text, speakers)))
    return _unshown_names_kept_in_titles(entries, own_split, len(items))


def _unshown_names_kept_in_titles(entries: list[Entry], own_split: list[tuple[int, str, tuple[Speaker, ...]]],
                                  listed: int) -> list[Entry]:
    """A list whose items mostly name nobody (fewer than one in three): an item's tail read as people only by its
    capitals (`Specification by Example`, `Journey – Continuous Delivery and Scaling Scrum`) is its title's own words.
    People the item marks (a handle, an honorific, a link, where they work), holding a given name
    (names.names_someone: `Title - Tiago Luchini`) or written as one full name after a dash stay its speakers. Where
    the list's items name their speakers, the column shows it, and its capitalised names are read as they are."""
    if listed < 3 or len(own_split) * 3 >= listed:
        return entries
    # (a tail after `by` or `with` of one word, `Specification by Example`, or of two or more people none of whom the
    # dictionary knows, `Journey – Continuous Delivery and Scaling Scrum`; one unknown full name after a dash,
    # `Building forms – Nkechi Okonkwo`, is read as the person it most likely is)
    undone = {at: text for at, text, speakers in own_split if all(_unmarked_unknown_name(s) for s in speakers)
              and (len(speakers) >= 2 or len(speakers[0].name.split()) == 1
                   or re.search(r"\s(?:by|with)\s+" + re.escape(speakers[0].name) + r"\W*$", text, re.IGNORECASE))}
    return [replace(e, title=undone[k], speakers=()) if k in undone else e for k, e in enumerate(entries)]


def _unmarked_unknown_name(person: Speaker) -> bool:
    """A Latin-script name read from capitals alone: no handle, no affiliation, no honorific, and none of its words a
    given name the dictionary knows (either order: `Zhang Wei`)."""
    name = person.name.strip()
    return not person.handle and not person.affiliation and name.isascii() and not re.search(r"[@(（\[]", name) \
        and not names.names_someone(name) if name else False


# a field of a dash-parted record that is no title: a handle (`@rauchg`, `+Jane Doe` on Google+), an address, nothing
_RECORD_HANDLE = re.compile(r"@(?P<h>[A-Za-z0-9_]{1,30})|\+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}")
_RECORD_ADDRESS = re.compile(r"https?://\S+")


def _record_fields(text: str) -> tuple[str, str | None, list[str]]:
    """`@rauchg - IO Insights - https://speakerdeck.com/…` after the speaker's name, in a list written as records
    (`speaker - handle - title - slides`): (the title, the handle, the addresses as lines of the talk's notes).
    A text without such fields is returned as it is: `Rails - 過去と未来` keeps its dash."""
    if m := _RECORD_HANDLE.fullmatch(text.strip()):
        return "", m.group("h"), []  # (`Jane Doe - @jane`: a person and their handle, no talk named)
    pieces = re.split(r"(\s+[-–—]\s+|\s+[-–—]$)", text.strip())  # (fields, each after the dash that parts it)
    if len(pieces) < 3:
        return text, None, []
    dashes = {piece.strip(): (" " + dash.strip() + " ") for dash, piece in zip([""] + pieces[1::2], pieces[0::2])}
    parts = [p.strip() for p in pieces[0::2] if p.strip()]
    handle, addresses, rest = None, [], []
    for k, part in enumerate(parts):
        # a handle opens the record's fields or comes before its address (`Kubernetes - @Scale` is a title)
        m = _RECORD_HANDLE.fullmatch(part) if k == 0 or k + 1 < len(parts) and _RECORD_ADDRESS.fullmatch(parts[k + 1]) \
            else None
        if m:
            handle = handle or m.group("h")
        elif _RECORD_ADDRESS.fullmatch(part):
            addresses.append(part)
        else:
            rest.append(part)
    if len(rest) == len(parts) or not rest:
        return text, None, []  # (no field that is not the title's: the dashes are the title's own)
    return rest[0] + "".join((dashes.get(part) or " - ").rstrip() + " " + part for part in rest[1:]), handle, addresses


# a linked title, then the slot's time and maybe its room
_BYLINE_START = re.compile(r"(?:by\b|[-–—(（/|｜])", re.IGNORECASE)
_LINK_THEN_SLOT = re.compile(r"^(?P<t>\[[^\[\]]+\]\([^)\s]+\))\s+" + _TIME + r"\s*[-–~〜]\s*" + _TIME + r"(?:\s+(?P<room>\S.{0,40}))?$")


_TITLE_LINE = re.compile(r"^[^.!?。！？]{3,100}$")


_FIRST_SENTENCE = re.compile(r".*?(?:[.!?](?=\s|$)|$)", re.DOTALL)


def _before_remarks(text: str, nested: list[str]) -> str:
    """titles.before_remarks over the item's first paragraph, cut no further than its own line."""
    told = titles.before_remarks(_paragraph(text, nested))
    return told if len(told) < len(text.rstrip()) and text.startswith(told) else titles.before_remarks(text)


def _paragraph(text: str, nested: list[str]) -> str:
    """An item's first paragraph: its line and the lines continuing it, up to a blank line."""
    lines = [text]
    for line in nested:
        if not line.strip():
            break
        lines.append(line.strip())
    return " ".join(lines)


# the person on a line of their own under a title: `Jane Roe, Lead at Acme`, `Jo Bell (@jobell on most places)`
_PERSON_LINE = re.compile(r"^(?P<who>[^,(（]{3,40}?)\s*(?:,\s*\S.{0,80}|[(（]\s*(?P<h>@[A-Za-z0-9_]{2,30})?[^()（）]{0,60}[)）])?\s*$")


def _quoted_titles_over_people(items, first_line: int) -> list[Entry]:
    """Items that are each a quoted title alone, the line right under it naming its speaker (`1. "Title"` over
    `   Jane Roe, Lead at Acme`): the talks, where two items or more, and two in three, are so written. The person is
    the words before a comma or parentheses, with the handle the parentheses give."""
    entries: list[Entry] = []
    shaped = 0
    for i, text, nested in items:
        # (a slot of short talks, `3. Lightning round (5 minutes each)`, over its lettered items `a) "Title" -- Jane Roe`)
        lettered = [(k, found) for k, line in enumerate(nested) if (sub := _LETTERED.match(line))
                    and bylines.opens_with_quote(sub.group("rest")) and (found := bylines.quoted_title(sub.group("rest")))
                    and found[1]]
        if lettered and not bylines.opens_with_quote(text):
            kind = kinds.classify(text)[0]
            entries += [Entry(title, who, (), first_line + i + 1 + k, kind_hint=kind if kind != "talk" else "")
                        for k, (title, who) in lettered]
            shaped += 1
            continue
        quoted = bylines.quoted_title(text) if bylines.opens_with_quote(text) else None
        under = nested[0].strip() if nested and nested[0].strip() else ""
        m = _PERSON_LINE.match(under) if quoted and not quoted[1] and under else None
        who = m.group("who").strip() if m else ""
        if m and people.looks_like_people(who, strict=True):
            speakers = people.parse_people(who)
            if m.group("h") and len(speakers) == 1:  # (`Jo Bell (@jobell on most places)`: the one person's handle)
                speakers = (replace(speakers[0], handle=speakers[0].handle or m.group("h")[1:]),)
            body = textwrap.dedent("\n".join(nested[1:])).strip("\n")
            entries.append(Entry(quoted[0], speakers, tuple(body.split("\n")) if body else (), first_line + i))
            shaped += 1
    return entries if shaped >= 2 and shaped * 3 >= len(items) * 2 else []


_LETTERED = re.compile(r"^\s*(?:[a-h][).]|[ivx]{1,3}[).])\s+(?P<rest>\S.*)$")


def _titles_over_notes(items, first_line: int) -> list[Entry]:
    """Items that are each a talk's title over a nested paragraph of notes opening with the speaker
    (`+ Nsq and Python` / `  Trevor demoed gnsq, …`), or an item saying who showed what (`Jerry walked us
    through his web application`): the talks, where two in three items are one or the other (three or more).
    A title over notes that name nobody (the writer's own talk among them) is one of the talks too, once the
    others show the list is the programme; it does not count towards the two in three."""
    if len(items) < 3:
        return []
    entries: list[Entry] = []
    need = max(2, -(-len(items) * 2 // 3))
    for k, (i, text, nested) in enumerate(items):
        if sum(1 for e in entries if e.speakers) + len(items) - k < need:
            return []  # (too few items left to name their speakers)
        opening = next((line for line in nested if line.strip()), "")
        doing = bylines.speaker_doing(opening)
        title = bylines.clean(text).strip()
        if doing and _TITLE_LINE.match(title):
            body = textwrap.dedent("\n".join(nested)).strip("\n")
            entries.append(Entry(title, doing, tuple(body.split("\n")), first_line + i))
        elif said := bylines.speaker_verb(_FIRST_SENTENCE.match(_paragraph(text, nested)).group(0)):
            entries.append(Entry(said[0], said[1], (), first_line + i))
        elif _TITLE_LINE.match(title) and nested and not nested[0].strip() and any(line.strip() for line in nested):
            # (a title over notes that name nobody, the writer's own talk among them: still one of the talks)
            entries.append(Entry(title, (), tuple(textwrap.dedent("\n".join(nested)).strip("\n").split("\n")),
                                 first_line + i))
    return entries if sum(1 for e in entries if e.speakers) >= need else []


_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)(?P<t>[^*_\n]{3,120}?)(?:\*\*|__)\s*[:：.\-–—]?\s+(?P<notes>\S.{15,})$")


def _bold_titles_then_notes(items, first_line: int) -> list[Entry]:
    """Items that each open with a title in bold, then the writer's notes on it (`**Unsafe At Any Speed** Rae Knowler
    made great points …`): the talks, where every item (three or more) is so written. The notes' first words name the
    speaker when they open with a person doing something (`Rae Knowler made …`) or owning it (`David McIver's keynote`)."""
    if len(items) < 3:
        return []
    entries: list[Entry] = []
    for i, text, nested in items:
        m = _BOLD_LEAD.match(text.strip())
        if not m:
            return []
        title, by = bylines.split_title_speaker(text.strip())
        if by:  # `**Fedora.next** [5 min] - by Jo Dee`: the item's line is the title and its byline
            entries.append(Entry(title, by, tuple(nested), first_line + i, kind_said=_kind_beside_name(text, by)))
            continue
        notes = m.group("notes")
        doing = bylines.speaker_doing(notes) or bylines.owner_first(notes)
        entries.append(Entry(m.group("t").strip(), doing or (), (notes,) + tuple(nested), first_line + i))
    return entries


# `[Title](video) by Jane Doe & John Roe gave an overview of …`: a linked title, then who gave it
# (prose.people_after_by), then the writer's notes
_LINK_LEAD = re.compile(r"^\s*\[(?P<t>[^\[\]]{3,200})\]\((?P<url>[^)\s]+)\)\s*(?P<rest>.*)$")


def _linked_titles_then_notes(items, first_line: int) -> list[Entry]:
    """Items that each open with a linked title, most of them then `by` and the people who gave it, then the
    writer's notes (`[Testing Microservices](…) by Jane Doe showed how …`): the talks, where every item (three or
    more) opens with its link and two in three name their people so. The link is the talk's (its recording, deck or
    page); the notes are the talk's."""
    if len(items) < 3:
        return []
    entries: list[Entry] = []
    for i, text, nested in items:
        # (the lines a wrapped link was joined from are left blank: the sentence goes on after them)
        m = _LINK_LEAD.match(_paragraph(text, nested[next((k for k, line in enumerate(nested) if line.strip()),
                                                          len(nested)):]))
        if not m or _ADDRESS_TEXT.search(m.group("t")):  # (a title may ask or exclaim: `Break your event chains!`)
            return []
        by = prose.people_after_by(m.group("rest"))
        who = by[0] if by else ""
        speakers = people.named_people(who, strict=False) if who and people.looks_like_people(who, strict=False) else ()
        notes = (m.group("rest")[by[1]:] if speakers else m.group("rest")).strip(" :;,.")
        body = [notes] if notes else []
        entries.append(Entry(f"[{m.group('t').strip()}]({m.group('url')})", tuple(speakers or ()),
                             tuple(body), first_line + i))
    named = sum(1 for e in entries if e.speakers)
    return entries if named >= 2 and named * 3 >= len(entries) * 2 else []


def _names_a_group(label: str) -> bool:
    """An item's text that names a group of talks: `一般発表`, `Lightning Talks`, `LT`, `Talks`, or the day they
    were given on (`Day 1`, `2日目`)."""
    return len(label) <= 30 and (container_kind(label) in TALK_CONTAINERS or group_heading(label)
                                 or kinds.classify(label)[0] == "lightning" and len(key(label)) <= 16
                                 or is_day(label))


# the people of a slot who give no talk in it: `Lightning talk judges:`, `LT MC:`, `司会`
_SLOT_STAFF = re.compile(r"judges?|jury|\bMCs?\b|hosts?|moderat|emcee|司会|審査|進行", re.IGNORECASE)


def _grouped_talks(title: str, nested: list[str], first_line: int) -> list[Entry]:
    """The items nested under a programme slot that are talks of their own, each naming its speaker in
    its own nested line (two or more); they take the slot's kind (`Lightning Sessions`)."""
    sub = _items(nested, _ITEM)
    # (one is enough under a slot named by its kind: `11:20 >> Invited Talk` over `- Title by Jane Doe`)
    least = 1 if _names_a_group(bylines.clean(title)) or kinds.classify(bylines.clean(title))[0] != "talk" else 2
    if not sub or len(sub[0]) < least:
        return []
    entries = _entries_from_items(sub[0], first_line, strict=True, depth=1)
    if sum(1 for e in entries if e.speakers) < least:
        # `- Lightning talks:` over `- Mara Ode` / `- Lucia Gil`: a slot of short talks the programme names by their
        # speakers alone, one each, titled by its speaker (no title to give; two people at least, each alone on an item)
        texts = [bylines.clean(text).strip() for _, text, _ in sub[0]]
        alone = [people.parse_people(t) for t in texts if people.looks_like_people(t, strict=True)]
        if kinds.classify(bylines.clean(title))[0] == "lightning" and len(alone) == len(texts) >= 2 \
                and not _SLOT_STAFF.search(title) \
                and all(len(found) == 1 for found in alone):
            return [Entry(found[0].name, found, (), first_line + i, kind_hint=title)
                    for (i, _, _), found in zip(sub[0], alone)]
        return []
    return [replace(e, kind_hint=title) for e in entries]


def _clearly_named(text: str, speakers: tuple[Speaker, ...]) -> bool:
    """An honorific, a handle, a profile link, `by` before the name (`Sugar ORM (by Ross)`), a full name, or a name
    the dictionary knows (`清水直樹`)."""
    return bool(re.search(people.HONORIFIC + r"|@\w|\]\(https?://|(?i:[\s(（]by\s)", text)) or all(
        s.handle or " " in s.name or names.name_verdict(s.name) for s in speakers)


_PARAGRAPH_BYLINE = re.compile(r"^(?P<t>[^\s\[#>|].{2,160}?)(?:\s*\(\*\))?,?\s+by\s+(?P<who>(?:[^.;\[\]()]|\([^()]{1,80}\)){3,300}?)\s*[.;]?\s*(?:\[|;|$)")


def _paragraphs(lines: list[str]) -> list[tuple[int, list[str]]]:
    """The section's runs of non-blank lines, each with the index of its first line."""
    paragraphs: list[tuple[int, list[str]]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if i and lines[i - 1].strip() and paragraphs:
            paragraphs[-1][1].append(line)
        else:
            paragraphs.append((i, [line]))
    return paragraphs


_URL_LINE = re.compile(r"^\s*(?:<?https?://\S+>?|!?\[[^\]]*\]\(\S+\))\s*$")
_HANDLE_OR_NAMES = re.compile(r"@[A-Za-z0-9_]{2,30}|^\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}\s*$")


# `taiki komaba / @r_plus`: a name as its owner writes it, marked as a person by the handle after it (read so only
# under a title of some words: `Organizer` / `jo roe / @jroe` is a page's credits)
_NAME_SLASH_HANDLE = re.compile(r"[^/@\s][^/@]{0,29}?\s*/\s*@[A-Za-z0-9_]{2,30}")


def _no_deck_yet(line: str) -> bool:
    """A short line where a deck's address would be, saying there is none yet: `スライド未公開？`, `Slides not published`."""
    return len(line) <= 40 and bool(_DECK_WORDS.search(line)) and bool(STATUS_REMARK.search(line))


def _titles_over_speakers(lines: list[str], first_line: int) -> Listing | None:
    """Paragraphs that are each a title, its speaker on the next line (`稲見 泰宏 (@inamiy)`, `ezura / @eduraaa`,
    `Kishikawa Katsumi`) and maybe the deck's address (a page of talks copied as text, its markup lost): three or
    more, two in three of the paragraphs."""
    paragraphs = _paragraphs(lines)
    entries = []
    rest: list[str] = []
    for i, para in paragraphs:
        para = [p.strip() for p in para]
        title, who = (para + ["", ""])[:2]
        # (a version's or an ellipsis' full stops end no sentence: `Swift 4.0 対応…`; `スライド未公開` stands for the deck)
        if 2 <= len(para) <= 6 and 3 <= len(title) <= 100 and not _URL_LINE.match(title) \
                and not bylines.SENTENCE.search(title) and _HANDLE_OR_NAMES.search(who) \
                and not _NO_TALKS_NAME.search(bylines.clean(title).strip()) \
                and (people.looks_like_people(who, strict=False) or _NAME_SLASH_HANDLE.fullmatch(who)
                     and (len(title.split()) >= 3 or bool(CJK.search(title)))) \
                and all(_URL_LINE.match(p) or _no_deck_yet(p) for p in para[2:]):
            entries.append(Entry(title, people.parse_people(who), tuple(para[2:]), first_line + i))
        else:
            rest.extend(para + [""])
    if len(entries) < 3 or len(entries) * 3 < len(paragraphs) * 2:
        return None
    return Listing(tuple(entries), "\n".join(rest).strip("\n"))


def _linked_people_over_titles(lines: list[str], first_line: int) -> Listing | None:
    """Paragraphs that are each one person linked to their page (`[hayajoさん](https://twitter.com/hayajo)`), each
    over a paragraph that is the talk's title (`Perlでプチコン`): a timetable page made text, its cells' markup lost.
    Three pairs or more, and most of the paragraphs linking a person so followed."""
    paragraphs = [(i, [p.strip() for p in para]) for i, para in _paragraphs(lines)]
    entries: list[Entry] = []
    used: set[int] = set()
    linked_people = 0
    for k, (i, para) in enumerate(paragraphs):
        person = _LONE_LINK.fullmatch(para[0]) if len(para) == 1 else None
        who = person.group("text").strip() if person else ""
        # (a person by an honorific, a full name, or a name linked to its profile; never a site's name, `[GitHub](…)`)
        if not person or not (_HONOURED_END.search(who) and people.looks_like_people(who, strict=False)
                              or people.looks_like_people(who, strict=True)
                              or (people.handle_from_url(person.group("url")) or "").casefold() == who.lstrip("@").casefold()):
            continue
        linked_people += 1
        if k + 1 >= len(paragraphs):
            continue
        j, title_lines = paragraphs[k + 1]
        title = " ".join(title_lines)
        if len(title_lines) > 4 or not 2 <= len(title) <= 160 or _LONE_LINK.fullmatch(title_lines[0]) \
                or _URL_LINE.match(title) or _TIME_CELL.match(title) or is_break(title) \
                or title.isascii() and bylines.SENTENCE.search(title.rstrip("!?")):  # (a Japanese LT's title may say a lot)
            continue
        entries.append(Entry(title, people.parse_people(person.group(0)), (), first_line + i))
        used.update((k, k + 1))
    # (a roster's roles, `Treasurer`, `Community Manager`, are no talks: two titles in three of two words or fewer)
    if len(entries) < 3 or len(entries) * 3 < linked_people * 2 or _activities(entries):
        return None
    rest = [line for k, (_, para) in enumerate(paragraphs) if k not in used for line in para + [""]]
    return Listing(tuple(entries), "\n".join(rest).strip("\n"), sessions=True)


# a card's line of where and when: `Metropolis, 09:15 - 10:00`, `Room 4.11, 10:15 - 11:00`, `10:15-11:00 @ Hall A`
_ROOM_AND_TIME = re.compile(r"^\s*(?:(?P<room>[^,\d][^,]{0,40}),\s*(?P<t1>" + CLOCK_RANGE + r")|(?P<t2>" + CLOCK_RANGE
                            + r")\s*(?:[,@|]\s*|\s+(?:in|at)\s+)(?P<room2>\S.{0,40}?))\s*$", re.IGNORECASE)
# a card's kind before its title: `Keynote - Scala with Style`
_KIND_DASH = re.compile(r"^\s*(?P<kind>Keynote|Lightning\s+talk|Panel|Workshop|基調講演|LT)\s*[-–—:：]\s+(?P<t>\S.*)$", re.IGNORECASE)


def _person_cards(lines: list[str], first_line: int) -> Listing | None:
    """Paragraphs that are each a talk's card: its speakers (bold or linked, `&` between two, a colon after them),
    over its title (linked to its page, or after its kind: `Keynote - Scala with Style`), maybe over where and when
    (`Metropolis, 09:15 - 10:00`). Three cards or more, and two in three of the section's paragraphs."""
    paragraphs = [(i, [p.strip() for p in para if p.strip()]) for i, para in _paragraphs(lines)]
    entries: list[Entry] = []
    used: set[int] = set()
    placed = 0
    for k, (i, para) in enumerate(paragraphs):
        if len(para) >= 3 and re.search(r"(?:&|\band|,)$", para[0]):
            para = [para[0] + " " + para[1], *para[2:]]  # (`**Jane Doe** &` over `**John Roe**:`: two people, wrapped)
        if not 2 <= len(para) <= 3 or "](" not in para[0] and "**" not in para[0]:
            continue
        who = para[0].rstrip(" :：")
        plain = bylines.clean(who)
        found = people.parse_people(who) if people.looks_like_people(plain, strict=True) else ()
        if not found or bylines.SENTENCE.search(plain):
            continue
        title, kind = bylines.clean(para[1]), ""
        if (m := _KIND_DASH.match(title)):
            kind, title = m.group("kind"), m.group("t")
        room = None
        if len(para) == 3:
            if not (place := _ROOM_AND_TIME.match(bylines.clean(para[2]))):
                continue
            room = (place.group("room") or place.group("room2") or "").strip() or None
        shown = people.MD_LINK.sub(r"\g<text>", title)
        link = _LONE_LINK.fullmatch(para[1].strip())
        # (a title linked to a page that is no one's profile is a title, though it reads as a name: `[Fast Folds](…)`)
        named = people.looks_like_people(shown, strict=True) and not (link and not links.is_profile_url(link.group("url")))
        # (a card says it is a talk's: its title linked to a talk's page, deck or recording, its kind before it, or where
        # and when under it; never a bio's sentence under a name, `Runs the harbour office.`, a book, a post, an employer
        # (`[株式会社…](…)`), or a panel's role, `Moderator - CTO at Hollowbrook`)
        talk_link = bool(link) and (links.is_talk_page(link.group("url")) or links.is_slides(link.group("url"))
                                    or links.is_video(link.group("url")))
        if not 3 <= len(shown) <= 200 or named or is_break(shown) \
                or shown.isascii() and bylines.SENTENCE.search(shown.rstrip("!?")) or shown.endswith((".", "。")) \
                or not (talk_link or kind or room) or people.names_a_position(shown) or shown in ("フリーランス", "Freelance"):
            continue
        body = (link.group("url"),) if link and links.is_slides(link.group("url")) else ()
        said = kinds.classify(kind + ": x")[0] if kind else ""  # (`基調講演`, `LT`, `Keynote`: the kind's own word)
        entries.append(Entry(title, found, body, first_line + i, room=room, kind_said=said if said != "talk" else ""))
        used.add(k)
        placed += len(para) == 3
    # (fewer cards will do where every paragraph is one, each saying where and when: a day of one keynote)
    whole = bool(entries) and len(entries) == len(paragraphs) == placed
    if len(entries) < 3 and not whole or len(entries) * 3 < len(paragraphs) * 2 or _activities(entries):
        return None
    rest = [line for k, (_, para) in enumerate(paragraphs) if k not in used for line in para + [""]]
    return Listing(tuple(entries), "\n".join(rest).strip("\n"), sessions=True)


# what names a part, a credit or a prize, never a talk: `Organized by`, `Photos by`, `Best Hack`, `最優秀賞`, `司会`
_NO_TALKS_NAME = re.compile(r"(?:\bby|\b(?:award|prize|winner|sponsors?|judges?|chair|lead|host|mc)|賞|係|担当|司会|撮影|受付|審査員?)\s*[:：]?$"
                            r"|^(?:best|winner|runner|special|organi[sz]ed|hosted|sponsored|photos?|drinks|food|venue)\b",
                            re.IGNORECASE)


# a talk's card: its title in bold, over one line or wrapped over several, and its speakers alone on the line under it
_BOLD_CARD = re.compile(r"^\s*(?:\*\*|__)(?P<t>[^*_\s][^*_]*?)(?:\*\*|__)[ \t]*\n\s*(?P<who>[^\n]+?)\s*$")


# the notes' first words naming the speaker and where they work, then what they spoke on: `Jo Whitford (Salish Sea
# Freight) on tagging every DAG …`
_PERSON_ON = re.compile(r"^\s*(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s*(?:\((?P<org>[^()]{2,50})\))?,?\s+on\s+(?!stage\b|the\s+stage\b|whether\b)\S")
_BOLD_ALONE = re.compile(r"^\s*(?:\*\*|__)(?P<t>[^*_\s][^*_]*?)(?:\*\*|__)\s*$")


def _bold_titles_over_told_notes(lines: list[str], first_line: int) -> Listing | None:
    """Under a heading over talks (`### Lightning talks`), paragraphs that each open with a title in bold on its own
    line, then notes whose first words name the speaker doing it (`Ravi Ode showed how …`, `Jo Whit (Acme) on …`): the
    talks, two at least and two in three of the paragraphs that open in bold."""
    blocks = _model(tuple(lines)).blocks
    bold_led = [b for b in blocks if b.kind == "paragraph" and b.text.lstrip().startswith(("**", "__"))]
    cards: list[tuple[int, str, tuple, tuple[str, ...]]] = []  # (first line, title, speakers, notes)
    for block in bold_led:
        first, _, rest = block.text.strip().partition("\n")
        m = _BOLD_ALONE.match(first)
        if not m or not rest.strip() or section_role(m.group("t")) != "talk" or bylines.SENTENCE.search(m.group("t").rstrip("!?")):
            continue
        opening = rest.strip().split("\n", 1)[0]
        found = bylines.speaker_doing(opening)
        on = _PERSON_ON.match(opening) if not found else None
        if on and (names.given_name(on.group("who").split()[0]) or people.looks_like_people(on.group("who"), strict=True)):
            found = tuple(replace(p, affiliation=on.group("org")) for p in people.parse_people(on.group("who")))
        if found:
            cards.append((block.line, " ".join(m.group("t").split()), found, tuple(rest.strip().split("\n"))))
    if len(cards) < 2 or len(cards) * 3 < len(bold_led) * 2:
        return None
    entries = [Entry(title, speakers, notes, first_line + at) for at, title, speakers, notes in cards]
    return Listing(tuple(entries), "\n".join(lines[:cards[0][0]]).strip("\n"))


def _bold_cards(lines: list[str], first_line: int) -> Listing | None:
    """Paragraphs that are each a talk's card, as a programme page copied into notes prints them: the title in bold
    (wrapped over lines or not), the speakers alone on the next line (`Julie Lerman - @julielerman`, `Ann Lee & Bo
    Park`), read strictly as people. What follows a card up to the next one (the writer's remarks, a rule `---`) is
    that talk's notes; what comes before the first is the section's own text. Three cards at least, two in three of
    the paragraphs that open in bold (a bold lead-in to the writer's own paragraphs is no card)."""
    blocks = _model(tuple(lines)).blocks
    bold_led = [b for b in blocks if b.kind == "paragraph" and b.text.lstrip().startswith(("**", "__"))]
    cards: list[tuple[int, int, str, tuple]] = []  # (first line, last line, title, speakers)
    for block in bold_led:
        m = _BOLD_CARD.match(block.text)
        title = " ".join(m.group("t").split()) if m else ""
        if not m or not 2 <= len(title) <= 160 or bylines.SENTENCE.search(title.rstrip("!！?？")) \
                or _NO_TALKS_NAME.search(title) or section_role(title) != "talk":
            continue  # (`**Best Hack**`, `**Organized by**`, `**司会**` over a name: an award, a credit, a part)
        found = people.named_people(bylines.clean(m.group("who")), strict=True)
        if found:
            cards.append((block.line, block.end_line, title, found))
    if len(cards) < 3 or len(cards) * 3 < len(bold_led) * 2:
        return None
    # (titles as a talk's are: three words or eight characters of Japanese, on average; `**Chair**`, `**MC**` are parts)
    if sum(len(t.split()) if t.isascii() else max(len(t.split()), len(t) // 3) for _, _, t, _ in cards) < 3 * len(cards):
        return None
    entries = []
    for k, (start, end, title, speakers) in enumerate(cards):
        stop = cards[k + 1][0] if k + 1 < len(cards) else len(lines)
        notes = [line for line in lines[end + 1:stop] if not _THEMATIC_BREAK.match(line)]
        body = textwrap.dedent("\n".join(notes)).strip("\n")
        entries.append(Entry(title, speakers, tuple(body.split("\n")) if body else (), first_line + start))
    return Listing(tuple(entries), "\n".join(line for line in lines[:cards[0][0]] if not _THEMATIC_BREAK.match(line)).strip("\n"))


_THEMATIC_BREAK = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")


def _bylined_paragraphs(lines: list[str], first_line: int) -> Listing | None:
    """Paragraphs that each open with `Title, by Name (Affiliation), Name (Affiliation).` (a programme of
    a session written as prose, abstracts linked after): two or more, making up most of the text."""
    paragraphs = _paragraphs(lines)
    entries, rest = [], []
    for i, para in paragraphs:
        m = _PARAGRAPH_BYLINE.match(" ".join(p.strip() for p in para))
        found = people.named_people(m.group("who"), strict=False) if m else None
        if found:
            # the lines after the byline (an abstract's link, slides) are the talk's own
            tail = " ".join(p.strip() for p in para)[m.end("who"):].lstrip(" .;")
            entries.append(Entry(m.group("t").strip().rstrip(","), found, (tail,) if tail else (), first_line + i))
        else:
            rest.extend(para + [""])
    if len(entries) < 2 or len(entries) * 3 < len(paragraphs) * 2:
        return None
    return Listing(tuple(entries), "\n".join(rest).strip("\n"))


# (each end with its half of the day maybe: `8:15 AM - 8:35 AM`, as an event page's agenda writes it)
_BARE_TIME = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*)?(?P<time>" + _CLOCK + r"(?:\s*[-–~〜～]\s*(?:" + _CLOCK
                        + r"|late|end|close)?)?)(?:\*\*)?\s*[:：]?\s*$", re.IGNORECASE)  # (`- 10:00:` over its slot)


_NESTED_BULLET = re.compile(r"^\s+[-*+]\s+(?=\S)")
_BULLETED = re.compile(r"^\s*[-*+]\s")


# a list item closing with its slot's time in brackets: `3. 「Title」— 早坂 瑛人 (15:00〜15:30)`, `- Intro (6:30 PM - 7:00 PM)`
_TIME_AT_END = re.compile(r"^(?P<mark>\s*(?:\d{1,2}[.)．]|[-*+・•])\s+)(?P<rest>\S.*?)\s*[(（]\s*(?P<time>(?:" + _CLOCK + r")"
                          r"(?:\s*[-–~〜～]\s*(?:" + _CLOCK + r")?)?)\s*[)）]\s*$")


def _times_to_front(lines: list[str]) -> list[str]:
    """A list whose items close with their slots' times in brackets (three at least, two in three of its items), written
    as time lines: `3. 「Title」— Name (15:00〜15:30)` -> `3. 15:00〜15:30 「Title」— Name`. Same number of lines."""
    items = [i for i, line in enumerate(lines) if _ITEM.match(line) and not line[:1].isspace()]
    timed = {i: m for i in items if (m := _TIME_AT_END.match(lines[i]))}
    if len(timed) < 3 or len(timed) * 3 < len(items) * 2:
        return lines
    return [f"{m.group('mark')}{m.group('time')} {m.group('rest')}" if (m := timed.get(i)) else line
            for i, line in enumerate(lines)]


def _slots_on_own_lines(lines: list[str], least: int = 3) -> list[str]:
    """A programme whose times stand on lines of their own (an HTML grid made text: `09:10-09:40`, then
    `Jane Doe - Title`), written as time lines: each line of a slot becomes `- 09:10-09:40 Jane Doe - Title`;
    a bold label in a slot (`**Ignites**`, `**Hands-On Workshop**`) gives the lines after it their kind.
    Same number of lines, so every line keeps its number. `least`: the times it takes (fewer under a heading
    that announces the programme: the afternoon's two slots after `#### 12:20 LUNCH`)."""
    # (a time whose next line is a time too opens no slot: `10:00` / `11:00` / … down a grid's edge, its hours)
    said = [i for i, line in enumerate(lines) if line.strip()]
    axis = {i for i, j in zip(said, said[1:]) if _BARE_TIME.match(lines[i]) and _TIMED.match(lines[j])}
    times = [line for i, line in enumerate(lines) if "\u003a" in line and _BARE_TIME.match(line) and i not in axis]
    if len(times) < 3 and not (len(times) >= least and all(_BULLETED.match(line) for line in times)):
        return lines  # (fewer than three only as items of a list: `- 13:45:` over its slot, never a plain `13:15〜13:45`)
    out = list(lines)
    time = label = None
    level: int | None = None  # the indent of a bulleted time's slot lines (`- 10:00:` over `  - Title`)
    slots: dict[int, tuple[str, list[tuple[int, str]]]] = {}  # each slot's time and the lines written for it
    slot = 0
    last_time = max(i for i, line in enumerate(lines) if i not in axis and _BARE_TIME.match(line))
    for i, line in enumerate(lines):
        m = _BARE_TIME.match(line) if i not in axis else None
        if i in axis:
            time = None
        elif m:
            time, label, out[i], level = m.group("time"), None, "", None
            slot += 1
            continue
        if time is not None and not line.strip() and slot in slots and i > last_time and _ends_slot(lines, i):
            time = None  # (a blank line, then no time: the programme is over, `Frequently asked questions` is the page's)
        if time is None or not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        if _BULLETED.match(line) and indent:
            level = indent if level is None else level
            if indent > level:
                continue  # (`    - Q&A about async` under the slot's `  - Title`: the talk's notes, kept as written)
        if (lm := WHOLE_BOLD_LINE.match(line)) is not None and len(lm.group("t")) <= 40:
            label, out[i] = lm.group("t").strip(), ""
            continue
        text = _NESTED_BULLET.sub("", line).strip()  # (`- 10:00:` over `  - Keynote: Jane Doe`: the slot's own line)
        if label and kinds.classify(f"{label}: {text}")[0] != "talk":
            text = f"{label}: {text}"
        out[i] = f"- {time} {text}"
        slots.setdefault(slot, (time, []))[1].append((i, text))
    for time, written in slots.values():
        _fields_as_one_talk(out, time, written)
    return out


# a line opening with a label of its own (`内容：…`, `Note: …`), never a title
_LABEL_FIRST = re.compile(r"^[^\s:：]{1,16}\s*[:：]\s+\S|^[^\s:：]{1,16}：")


def _ends_slot(lines: list[str], at: int) -> bool:
    """Whether the blank line at `at`, past the programme's last time, closes its last slot: the next line is no item
    of the slot's (`  - Q&A`) nor a line indented under it."""
    following = next((line for line in lines[at + 1:] if line.strip()), None)
    return following is not None and following[:1] not in (" ", "\t") and not _BULLETED.match(following)


def _fields_as_one_talk(out: list[str], time: str, written: list[tuple[int, str]]) -> None:
    """A slot whose lines are one talk's labelled fields (`- 20:00 - 20:30` over `- 講演者： @jane` / `- タイトル：…` /
    `- 内容：…`) written as that one talk: the title on the slot's first line, the other fields nested under it (the
    speaker's first, where a slot's first nested line says who speaks). Same lines, same number of them."""
    if len(written) < 2:
        return
    said = [k for k, (_, text) in enumerate(written) if speaker_lines.speaker_label(text)
            and not speaker_lines.labelled_kind(text)]
    titled = [k for k, (_, text) in enumerate(written) if LABELLED_TITLE.match(text)]
    if said and not titled and said[0] == 1 and len(written[0][1]) <= 150 and speaker_lines.TALK_PEOPLE_LABEL.match(written[1][1]) and (
            not _LABEL_FIRST.match(written[0][1]) or kinds.classify(written[0][1])[0] != "talk"):
        # (an event page's agenda made text: `8:15 AM - 8:35 AM` / `Title` / `Speaker: Jane Doe` / what it covers,
        # or a panel's `Moderator:` and `Panelists:` lines: the slot's first line its title, its people under it)
        at = [i for i, _ in written]
        for i, (_, text) in zip(at[1:], written[1:]):
            out[i] = f"  - {text}"
        return
    if len(said) != 1 or len(titled) != 1:
        return
    fields = [written[said[0]][1]] + [text for k, (_, text) in enumerate(written) if k not in (said[0], titled[0])]
    at = [i for i, _ in written]
    out[at[0]] = f"- {time} {LABELLED_TITLE.match(written[titled[0]][1]).group('t')}"
    for i, text in zip(at[1:], fields):
        out[i] = f"  - {text}"


def _cells_on_lines(lines: list[str], first_line: int) -> Listing | None:
    """A table copied out of a web page, one cell a paragraph (`発表順` / `発表テーマ` / `お名前 (所属)`, then
    `1` / `scheme to c++` / `新妻 弘` ...): a run of short header cells naming a title and a speaker column,
    then its rows, as many cells each. Lines keep their numbers (each row's first cell's line)."""
    blocks: list[tuple[int, str]] = []  # (index of the first line, the cell's lines joined)
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if blocks and i > 0 and lines[i - 1].strip():
            blocks[-1] = (blocks[-1][0], blocks[-1][1] + " " + line.strip())
        else:
            blocks.append((i, line.strip()))
    if len(blocks) < 6 or sum(1 for _, b in blocks if len(b) <= 12) < 3:
        return None
    for start in range(min(len(blocks) - 3, 12)):
        roles = []
        for _, cell in blocks[start:start + 6]:
            role = _header_role(cell) if len(cell) <= 16 else None
            if role is None or role in roles:
                break
            roles.append(role)
        if len(roles) < 2 or "title" not in roles or "speaker" not in roles:
            continue
        k = len(roles)
        rows, j = [], start + k
        while j + k <= len(blocks):
            cells = [b for _, b in blocks[j:j + k]]
            if roles[0] in ("order", "time") and not re.fullmatch(r"[\d０-９]{1,2}\.?|" + _TIME + r".*", cells[0]):
                break
            rows.append((blocks[j][0], cells))
            j += k
        if len(rows) < 2:
            return None
        header = ["番号" if r == "order" else _HEADER_WORDS[r][0] for r in roles]
        entries = [e for at, cells in rows for e in _table_entries(header, [cells], first_line + at)]
        if sum(1 for e in entries if e.speakers) < 2:
            return None
        end = blocks[j][0] if j < len(blocks) else len(lines)
        rest = [line for i, line in enumerate(lines) if i < blocks[start][0] or i >= end]
        return Listing(tuple(entries), "\n".join(rest).strip("\n"))
    return None


@functools.lru_cache(maxsize=32)
def _model(lines: tuple[str, ...]) -> document.Document:
    """The document model of a section's lines (numbered from 0: a block's line is its index in `lines`), read
    once for the readings below that ask for it."""
    return document.parse("\n".join(lines), 0, list(lines))


_NAME_SEPARATOR = re.compile(r"[:：]\s|\s[-–—]\s")
# what a person said, not a title: opening in lower case, or ending as a question or a sentence
_REMARK = re.compile(r"^[a-z]|[?？。]\s*$")


def _name_title_lines(lines: list[str], container: bool | str = False
                            ) -> tuple[list[tuple[int, str, list[str]]], list[str]] | None:
    """Two lines or more in a row (in one paragraph or in several), each `Name: Title` or `Name - Title` (the
    list's shape read as a list's is, bylines.names_first), as a list's items; the section's other lines apart."""
    if sum(1 for line in lines if _NAME_SEPARATOR.search(line)) < 2:
        return None  # (two lines at least must have a name's separator: read no model for less)
    doc = _model(tuple(lines))
    written = [(block.line + k, part.strip()) for block in doc.blocks if block.kind == "paragraph"
               for k, part in enumerate(block.text.split("\n")) if part.strip()]
    if len(written) < 2:
        return None
    shape = bylines.names_first([text for _, text in written])
    if not shape:
        return None
    run: list[tuple[int, str]] = []
    shown: dict[int, list[str]] = {}  # a line's recording or deck, its address alone on the next line (an embed)
    for i, text in written:
        m = shape.match(bylines.clean(text))
        if m and people.looks_like_people(m.group("who"), strict=True):
            run.append((i, text))
        elif run and _URL_LINE.match(text) and run[-1][0] not in shown:
            shown[run[-1][0]] = [text]
        elif len(run) >= 2:
            break
        else:
            run, shown = [], {}
    if len(run) < 2:
        return None
    if not container and any(_REMARK.search(shape.match(bylines.clean(text)).group("t")) for _, text in run):
        return None  # `Tom Lee: how do you handle async`: who said what (a Q&A log), not who gave which talk
    taken = {i for i, _ in run} | {i + 1 + k for i in shown for k in range(len(shown[i]))}
    return [(i, text, shown.get(i, [])) for i, text in run], [line for i, line in enumerate(lines) if i not in taken]


# (「」 only: 『』 quotes a book's title, `『リーダブルコード』 Dustin Boswell`)
_QUOTED_TITLE_LINE = re.compile(r"^\s*「(?P<t>[^「」『』]{2,120})」\s*(?:[-–—/／:：]\s*)?(?P<who>[^「」『』\s].{0,60})$")


def _quoted_title_lines(lines: list[str]) -> tuple[list[tuple[int, str, list[str]]], list[str]] | None:
    """Lines in a row (three or more), each a title in 「」 and the person who gave it (`「最近のPDFJ」  中島靖`): a
    programme written without list marks; the section's other lines apart."""
    run: list[int] = []
    for i, line in enumerate(lines):
        m = _QUOTED_TITLE_LINE.match(line)
        if m and people.looks_like_people(m.group("who").strip(), strict=False):
            run.append(i)
        elif len(run) >= 3:
            break
        elif line.strip() or run:
            run = []
    if len(run) < 3:  # (three at least: two quoted sayings with their speakers are a conversation)
        return None
    return [(i, lines[i].strip(), []) for i in run], [line for i, line in enumerate(lines) if i not in set(run)]


_LEADING_LINKED_NAME = re.compile(r"^\[(?P<who>[^\[\]]{2,40})\]\([^)\s]*\)")
_LINKED_TEXT = re.compile(r"\[(?P<text>[^\[\]]{3,120})\]\([^)\s]*\)")


def _names_the_talk(link: re.Match) -> bool:
    """Whether a link in a sentence telling who presented what names the talk: its words are no file's label (`slides`),
    no person or company, and it points to a page of the site itself (`LeavingRails/`) or to a talk's deck, recording or
    page; never a project's or an employer's site (`[great overview](https://docs.example)`, `[Acme Corp](…)`)."""
    text, url = link.group("text").strip(), link.group(0)[link.group(0).rindex("](") + 2:-1]
    if titles.FILE_LABEL.fullmatch(text) or people.looks_like_people(text, strict=True) or people.is_affiliation(text):
        return False
    return not url.startswith(("http://", "https://", "//")) or links.is_slides(url) or links.is_video(url) \
        or links.is_talk_page(url) or links.shows_a_talk(url)


def _paragraphs_told(lines: list[str], first_line: int) -> Listing | None:
    """Under a heading about the talks, paragraphs that each open with who presented what, the talk's linked
    title in that sentence (`James presented an in depth look at [API alternatives](…).`, `[Dave](…) gave a [quick
    demonstration](…) of how …`): the talks, two at least and two paragraphs in three. The words linked name the
    talk (its page or deck); a sentence without a link is the writer's account, no title."""
    paragraphs = [b for b in _model(tuple(lines)).blocks if b.kind == "paragraph"]
    entries: list[Entry] = []
    told: set[int] = set()  # the lines of the paragraphs read as talks
    for block in paragraphs:
        text = " ".join(block.text.split())
        text = _LEADING_LINKED_NAME.sub(r"\g<who>", text)  # (the speaker's name linked to their profile)
        said = bylines.speaker_verb(_FIRST_SENTENCE.match(text).group(0))
        linked = next((m for m in _LINKED_TEXT.finditer(said[0]) if _names_the_talk(m)), None) if said else None
        if linked:
            rest = text[len(_FIRST_SENTENCE.match(text).group(0)):].strip()
            entries.append(Entry(linked.group("text").strip(), said[1], (rest,) if rest else (), first_line + block.line))
            told.update(range(block.line, block.end_line + 1))
    if len(entries) < 2 or len(entries) * 3 < len(paragraphs) * 2:
        return None
    return Listing(tuple(entries), "\n".join(line for k, line in enumerate(lines) if k not in told).strip("\n"),
                   sessions=True)


def _opening_linked_paragraphs(lines: list[str], first_line: int) -> Listing | None:
    """Under a heading that announces talks (`## LT資料`), paragraphs that are each one linked title, opening
    the section: the talks, as a list of them would be (what follows them is the section's own text)."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if not _LONE_LINK.fullmatch(first):
        return None
    run: list[tuple[int, str]] = []
    end = -1
    for block in _model(tuple(lines)).blocks:
        text = " ".join(block.text.split())
        m = _LONE_LINK.fullmatch(text) if block.kind == "paragraph" else None
        if not m or _ADDRESS_TEXT.search(m.group("text")):
            break
        run.append((block.line, text))
        end = block.end_line
    if len(run) < 2:
        return None
    entries = _entries_from_items([(i, text, []) for i, text in run], first_line, strict=True)
    rest = lines[end + 1:]
    return Listing(tuple(entries), "\n".join(rest).strip("\n"), sessions=True) if entries else None


def find(lines: list[str], first_line: int, container: bool | str) -> Listing | None:
    """The talks listed in a section's lines (_listed), or else the talks its items and paragraphs link
    to their recordings, decks or talk pages (_linked_recordings). Where both read the lines, the links'
    reading wins when it finds as many talks, naming as many speakers: a link to a talk's page says more than a
    list's shape."""
    listing = _listed(lines, first_line, container)
    linked = None
    if not listing or not listing.sessions:
        linked = _linked_recordings(lines, first_line, container)
        if linked and (not listing or len(linked.entries) >= len(listing.entries)
                       and sum(bool(e.speakers) for e in linked.entries) >= sum(bool(e.speakers) for e in listing.entries)):
            listing = linked
    if listing and listing is linked:
        listing = _with_the_lists_other_items(lines, first_line, listing)
    return _without_shared_tail(listing) if listing and len(listing.entries) >= 2 else listing


def _with_the_lists_other_items(lines: list[str], first_line: int, listing: Listing) -> Listing:
    """A list whose items mostly link their talks' decks or pages (three at least, more than half its items): its other
    items naming their speakers in the list's own words (`Title by Jane Doe`, `Title - Jane Doe, Acme`) are talks too,
    unless one reads as a sentence or as the writer's own section (`Photos`)."""
    listed = _items(lines, _ITEM)
    if not listed or not listed[0]:
        return listing
    items = listed[0]
    taken = {e.line - first_line for e in listing.entries}
    covered = sum(1 for i, _, _ in items if i in taken)
    if covered < 3 or covered * 2 <= len(items) or covered == len(items):
        return listing
    extra = [(i, text, nested) for i, text, nested in items if i not in taken
             and 2 <= len(shown := people.MD_LINK.sub(r"\g<text>", bylines.clean(text)).strip()) <= 120
             and not bylines.SENTENCE.search(shown.rstrip("!！?？"))  # (a title may ask: `Does it matter?`)
             and section_role(shown) == "talk" and not _URL_LINE.match(shown)]
    # (each naming its speaker in the list's words: `Title by Jane Doe`; a title alone, `Thanks everyone for coming`,
    # `資料は後日公開予定`, or a name alone, `Evan You`, may be anything)
    entries = [e for e in (_entries_from_items(extra, first_line, strict=True) if extra else [])
               if e.speakers and not people.looks_like_people(e.title, strict=True)]
    if not entries:
        return listing
    kept_at = {e.line - first_line for e in entries}
    dropped = {line for i, _, nested in extra if i in kept_at for line in [lines[i], *nested] if line.strip()}
    rest = "\n".join(line for line in listing.rest.split("\n") if line not in dropped).strip("\n")
    return replace(listing, entries=tuple(sorted(listing.entries + tuple(entries), key=lambda e: e.line)), rest=rest)


# what a link's text adds after its title when it is the linked page's own title: `Title - HarborConf 2015`,
# `Title | Harbor Meetup`
_PAGE_TAIL = re.compile(r"\s+(?:[-–—|｜]|::)\s+(?P<tail>[^-–—|｜]{3,60}?)\s*$")


def _without_shared_tail(listing: Listing) -> Listing:
    """`[Title - HarborConf 2015](…)` on every item: the talks' pages' titles copied with the site's name, which
    is no part of any talk's title. Only when every entry ends with the same words after a dash or a bar, and
    no entry names a speaker (a column of one speaker's talks is read as bylines)."""
    if any(e.speakers for e in listing.entries):
        return listing
    # (the words inside the item's opening link, `[Title - HarborConf 2015](…)`, or the whole title)
    texts = [(m.group("text"), m.start("text")) if (m := _LINK_FIRST.match(e.title)) else (e.title, 0)
             for e in listing.entries]
    tails = [_PAGE_TAIL.search(text) for text, _ in texts]
    if not all(tails) or len({m.group("tail").casefold() for m in tails}) != 1 \
            or not titles.looks_like_event(tails[0].group("tail")) \
            or any(len(text[:m.start()].strip()) < 2 for (text, _), m in zip(texts, tails)):
        return listing  # (`Kubernetes - lessons learned`: a subtitle the talks share, no event's name)
    return replace(listing, entries=tuple(
        replace(e, title=e.title[:at + m.start()].rstrip() + e.title[at + m.end():])
        for e, (_, at), m in zip(listing.entries, texts, tails)))


_LINK_FIRST = re.compile(r"^\[(?P<text>[^\[\]]+)\]\(")


# an item or paragraph opening with a link (bold or not), after a short label (`Testing: [Title](…)`, `**Opening
# keynote**: [Title](…)`):
# `[Title](https://youtu.be/…) by Name`, `[**Title**](https://conf.example/talk/x), by [Name](…)`,
# `[Name - Title](https://youtu.be/…): what the writer thought`
_OPENING_LINK = re.compile(r"^(?:[-*+]\s+)?(?:(?:\*\*)?(?P<label>[^\[\]:*]{1,24})(?:\*\*)?:(?:\*\*)?\s+)?(?:\*\*)?\[(?:\*\*)?(?P<text>[^\[\]*]{3,200})(?:\*\*)?\]"
                           r"\((?P<url>https?://[^)\s]+)\)(?:\*\*)?(?P<after>.*)$")
# (an item that is one link to a page beside the note, by its relative address: `* [An Intro to ARIA](aria_intro.md)`)
_OPENING_LOCAL_LINK = re.compile(r"^(?:[-*+]\s+|\d{1,2}[.)]\s+)?\[(?P<text>[^\[\]*]{3,200})\]\((?P<url>[^)\s]+)\)(?P<after>.*)$")
_AND_LINK = re.compile(r"^\s*(?:,|and|&)\s*(?:\*\*)?\[(?:\*\*)?(?P<text>[^\[\]*]{3,200})(?:\*\*)?\]\((?P<url>https?://[^)\s]+)\)"
                       r"(?:\*\*)?(?P<after>.*)$")
_LINK_BYLINE = re.compile(r"^\s*,?\s*(?:by|from)\s+(?P<who>.+?)\s*(?:[.;]\s|[-–—:]\s|$)", re.IGNORECASE)
# `[Title](…) – Jane Doe - ([video](…))`, `[Title](…) – [Jane](…) and [Bo](…)`: people after a dash, up to the next
# dash, parenthesis or the end (read only where they are strictly names)
# (`[Title](…) - Jane Roe: what the talk covered`, `- José F. Ruiz: …`: a colon closes the byline too, an initial's full
# stop does not, nor a title's, `Dr. Lena Park`; a run of spaces is one step of the reading, never one a space)
_LINK_DASH_BYLINE = re.compile(r"^\s*[-–—]\s+(?P<who>(?:\[[^\[\]]{2,40}\]\([^)\s]+\)|[^-–—()\[\]\s]|\s+(?=\S)|(?<=\w)-(?=\w))+?)\s*"
                               r"(?:[-–—]\s|(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bJr)(?<!\bSt)[.;]\s|[:：]\s|[(（]|$)")


# a link's text naming the talk and, after a dash, its speaker (never a page's title after a bar: `Notes ｜ jane ｜ note`)
_DASHED_BYLINE = re.compile(r"^[^|｜]+\s[-–—]\s[^|｜]+$")


def _units(lines: list[str]) -> list[tuple[int, int, list[str]]]:
    """The section's paragraphs, in list items at any depth or not, each as its first and last lines' indexes in
    `lines` and its lines (stripped), as the document model reads them (a list item's paragraph without its mark)."""
    doc = _model(tuple(lines))
    return [(block.line, block.end_line, [part.strip() for part in block.text.split("\n")])
            for block in doc.walk() if block.kind == "paragraph"]


# a page of the same notes beside this one: `intersection.md`, `talks/aria-intro.markdown`, `perl-6/` (never a site's
# own page by its address, `/about`, nor a page of another site)
_NOTES_PAGE = re.compile(r"(?![a-z][a-z0-9+.-]*:|/|#)[^\s?#]+?(?:\.(?:md|markdown|mdown|rst|txt|org|adoc|html?)|/)(?:#[^\s]*)?")


# a page of a project's documentation or of the notes' own navigation, never a talk's: `Getting Started`,
# `Contributing Guide`, `Release Notes` (`CHANGELOG.md`), `Harbor Go Night 11 notes`, `All our meetup notes`
_NOT_A_TALKS_PAGE = re.compile(r"\b(?:getting\s+started|contribut\w*|guide|readme|changelog|release\s+notes|licen[cs]e|faq|"
                               r"install\w*|usage|reference|documentation|docs?|notes|recap|report|archive|index|home|about)\b"
                               r"|^(?:all|previous|next|back|more)\b", re.IGNORECASE)
_NOT_A_TALKS_FILE = re.compile(r"(?:^|/)(?:readme|changelog|contributing|license|index|_index|faq|install)\.\w+$", re.IGNORECASE)


def _notes_page(m: re.Match) -> bool:
    """An item that is one link to a page of the notes beside it, titled in two words or more (`* [An Intro to
    ARIA](aria_intro.md)`): a conference's notes, one page a talk, listed on the index page (never a project's
    documentation, `[Getting Started](getting-started.md)`, nor the notes' navigation, `[All our meetup notes](index.md)`)."""
    text = m.group("text").strip()
    return not m.group("after").strip(" .") and bool(_NOTES_PAGE.fullmatch(m.group("url"))) and len(text.split()) >= 2 \
        and not _NOT_A_TALKS_PAGE.search(text) and not _NOT_A_TALKS_FILE.search(m.group("url")) \
        and section_role(text) == "talk" and not (people.looks_like_people(text, strict=True)
                                                  and names.given_name(text.split()[0]))


def _linked_recordings(lines: list[str], first_line: int, container: bool | str) -> Listing | None:
    """Items or paragraphs that each open with a link to a talk's recording, deck or own page, titled by the
    link (and named by a `by Name` after it, or a `Name - Title` in it): what the writer says after the
    link is the talk's notes. Three or more (two under a heading announcing talks)."""
    if sum(1 for line in lines if "](" in line and "[" in line.lstrip(" \t-*+0123456789.)")[:40]) < 2:
        return None  # (two paragraphs or items at least must open with a link: read no model for less)
    found: list[tuple[int, str, str, str, str, str]] = []  # (line, link text, url, who or "", notes, kind's label)
    used: set[int] = set()
    for start, end, parts in _units(lines):
        m = _OPENING_LINK.match(" ".join(parts))
        if not m and (local := _OPENING_LOCAL_LINK.match(" ".join(parts))) and _notes_page(local):
            m = local  # (`* [An Intro to ARIA](aria_intro.md)`: the talk's notes on a page beside these)
        if m and not m.group("after").strip() and len(parts) > 1 and m.end("url") >= len(" ".join(parts[:-1])):
            m = None  # (a link that ends the paragraph it opens is its whole text: no talk listing)
        # `[Title](…)` ending its line (the link may wrap), the speaker alone on the next: `by` them
        if m:
            ends = [len(" ".join(parts[:k + 1])) for k in range(len(parts))]
            k = ends.index(m.end("url") + 1) if m.end("url") + 1 in ends else -1
            if 0 <= k < len(parts) - 1 and people.looks_like_people(parts[k + 1], strict=True):
                m = _OPENING_LINK.match(" ".join(parts[:k + 1]) + f" by {parts[k + 1]}. " + " ".join(parts[k + 2:]))
        # (a link to a page of no known host counts where its text names the talk and its speaker:
        # `[Real Time Salami - Jane Doe](https://…/videos/1291-…)`)
        while m and (links.shows_a_talk(m.group("url")) or _DASHED_BYLINE.search(m.group("text"))
                     and bylines.split_title_speaker(m.group("text"))[1] or m.re is _OPENING_LOCAL_LINK) \
                and not _ADDRESS_TEXT.search(m.group("text")):
            after = m.group("after")
            by = _LINK_BYLINE.match(after)
            if by and not people.looks_like_people(by.group("who"), strict=False):
                by = None  # `[Title](…) from the team at Acme, …`: a remark, not a byline
            if not by and (by := _LINK_DASH_BYLINE.match(after)) and not people.looks_like_people(
                    people.MD_LINK.sub(r"\g<text>", by.group("who")), strict=True):
                by = None  # `[Title](…) - a great intro to it`: what the writer thought, not who spoke
            rest = after[by.end():] if by else after
            # (`**LT**: [Title](…)`, `Opening keynote: [Title](…)`: the label says the talk's kind, which stays with it;
            # `**動画**: [アーカイブ](…)` labels a file of the talk above, no talk of its own)
            label = (m.groupdict().get("label") or "").strip()  # (an `and [Title](…)` after a talk has none)
            if label and titles.FILE_LABEL.fullmatch(label):
                used.update(range(start, end + 1))
                break
            if titles.FILE_LABEL.fullmatch(m.group("text").strip()):
                break  # (`- [Video](…)`, `- [Slides](…)`: a file of the talk above, labelled by what it is)
            kind_label = label if label and kinds.classify(label + ": x")[0] != "talk" else ""
            found.append((start, m.group("text").strip(), m.group("url"), by.group("who") if by else "",
                          rest.strip(" -–—:."), kind_label))
            used.update(range(start, end + 1))
            m = _AND_LINK.match(rest)
    if len(found) < (2 if container else 3):
        return None
    # `[Jane Doe - Title](…)`: the links' texts name the speaker first, as a list's items may
    shape = bylines.names_first([text for _, text, _, _, _, _ in found])
    items = []
    for i, text, url, who, notes, kind_label in found:
        split = shape.match(bylines.clean(text)) if shape is bylines.NAME_THEN_TITLE and not who else None
        if split:  # (a colon in a link's text opens a subtitle more often than a title: dashes only)
            text, who = split.group("t"), split.group("who")
        # (a page of the notes beside these, by its relative address, is no deck nor recording: its title alone)
        shown = f"[{text}]({url})" if url.startswith(("http://", "https://")) else text
        items.append((i, (f"{kind_label.strip()}: " if kind_label else "") + shown + (f" by {who}" if who else ""),
                      [notes] if notes else []))
    entries = _entries_from_items(items, first_line, strict=False, names_first=None)
    rest = [line for i, line in enumerate(lines) if i not in used]
    return Listing(tuple(entries), "\n".join(rest).strip("\n"), sessions=True) if len(entries) >= 2 else None


# a sentence announcing the list under it as talks: `聴講したセッションは以下の 8 セッション`, `Featured talks include:`,
# `The talks I attended:`
_GOES_ON_ITEM = re.compile(r"(?=\S)(?:\.{2,}|…+)?\s*(?:(?:and\s+)?(?:many|much|lots|plenty)\s+more|and\s+more|etc\.?|and\s+so\s+on|など(?:など)?|その他|ほか多数|他多数)?"
                           r"\s*(?:\.{2,}|…+|!|！)?", re.IGNORECASE)
# `Some of the topics talked about on the day included:` (the topics a day's talks were on: its talks, never its groups)
_TOPICS_TALKED = (r"(?!.*\b(?:drinks?|beers?|pub|dinner|lunch|tables?|Q\s*&\s*A|afterwards)\b)"
                  r"\b(?:topics|subjects)\s+(?:that\s+were\s+)?(?:talked\s+about|presented|spoken\s+about)\b[^.\n]{0,40}:-?\s*$")
_ANNOUNCES_TALKS = re.compile(
    r"(?:セッション|発表|講演|トーク|LT)[^。\n]{0,12}(?:以下|次の)|(?:以下|次)の[^。\n]{0,12}(?:セッション|発表|講演|トーク|LT)"
    r"|(?:聴講|聞いた|聴いた|見た|観た|参加した)(?:セッション|発表|講演|トーク)"
    # `それまでに見たものについては以下のとおりです。`: what the writer heard, listed below
    r"|(?:聴講した|聞いた|聴いた|見た|観た)(?:もの|の)[^。\n]{0,12}(?:以下|いか|次)の?\s*(?:とおり|通り)"
    r"|\b(?:talks|sessions|presentations|lightning\s+talks)\b[^.\n]{0,30}\b(?:include[sd]?|attended|saw|watched|heard|were|list)\b[^.\n]{0,20}:-?\s*$"
    r"|\b(?:the\s+)?(?:talks|sessions|presentations)\s*(?:I\s+(?:attended|saw|watched|heard))?\s*:-?\s*$"
    r"|\bfollowing\s+(?:lightning\s+)?(?:talks|sessions|presentations)\b[^.\n]{0,50}:-?\s*$"
    # `Here are, in chronological order, my favourite talks of this year:`
    # (never `The speakers behind my favourite talks:`, people; nor the favourites of other years)
    r"|^\s*(?:(?:here\s+are|these\s+(?:are|were))\b[^:\n]{0,40}?)?\b(?:my|the)\s+(?:\w+\s+)?(?:favou?rite|best|top)\s+"
    r"(?:\d{1,2}\s+|(?:lightning\s+))?(?:talks|sessions|presentations)\b(?![^.\n]{0,30}\b(?:previous|past|last|earlier|other)\s+"
    r"(?:years?|editions?|conferences?|events?))[^.\n]{0,30}:-?\s*$"
    r"|" + _TOPICS_TALKED +
    # `Attended sessions as follows:`
    r"|\b(?:talks|sessions|presentations)\s+(?:\w+\s+){0,2}as\s+follows\s*:-?\s*$", re.IGNORECASE)


# a sentence that counts the talks: `jumping straight into 3 very different talks!`, `three lightning talks`,
# `4つのセッション`, `LTは5本`
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_A_COUNT = r"\d{1,2}|" + "|".join(_NUMBER_WORDS)
_COUNTED_TALKS = re.compile(
    r"\b(?P<n>" + _A_COUNT + r")\s+(?:(?!of\b|days?\b|weeks?\b|hours?\b)[\w'-]+\s+){0,3}?"
    r"(?:lightning\s+)?(?:talks|sessions|presentations)\b"
    r"|(?P<j>\d{1,2})\s*(?:つの|本の|件の)\s*(?:セッション|発表|講演|トーク|LT|お?話)|(?:セッション|発表|講演|トーク|LT)\S{0,3}?(?P<k>\d{1,2})\s*(?:本|件)",
    re.IGNORECASE)


# after the talks' count, another count or another clause (`, so please bring:`): the list is of something else
_COUNT_OR_CLAUSE = re.compile(r"\d|\b(?:" + _A_COUNT + r")\b|[,，、;]|\bso\b", re.IGNORECASE)


# a Japanese sentence ending with its verb or copula (`大阪城に登った。`, `良かったです。`): no title
_SAID_SENTENCE = re.compile(r"(?:た|だ|ます|です|でした|ました|ない|たい|よ|ね)\s*[。！!]")


_RELATED_POSTS = re.compile(r"(?:you\s+(?:might|may)\s+also\s+(?:like|enjoy)|related\s+(?:posts?|articles?|reading)|see\s+also|"
                            r"more\s+(?:posts|from\s+(?:this|the)\s+blog)|read\s+next|関連記事|あわせて読みたい|合わせて読みたい|"
                            r"こちらもおすすめ|こちらもどうぞ)\W*$", re.IGNORECASE)


def _related_posts_over(lines: list[str], first_item: int) -> bool:
    """Whether the line of text right above a list says it lists the blog's other posts (`You might also like:`)."""
    above = [line for line in lines[max(0, first_item - 3):first_item] if line.strip()]
    # (never a line naming talks: `For the keynotes, see also:`, `録画で見たい発表。こちらもおすすめ：`)
    return bool(above) and bool(_RELATED_POSTS.search(above[-1].strip())) and not _TALKS_WORD.search(above[-1]) \
        and not re.search(r"keynote|talks", above[-1], re.IGNORECASE)


def _runs(lines: list[str], items) -> list[list]:
    """A section's top-level items in runs: a line of text between two items (not nested in the first) ends a list."""
    runs: list[list] = []
    end = -1
    for item in items:
        if not runs or any(line.strip() for line in lines[end:item[0]]):
            runs.append([item])
        else:
            runs[-1].append(item)
        end = item[0] + 1 + len(item[2])
    return runs


def _notes_between_items(lines: list[str], items, rest: list[str]):
    """`- 「Title」` then paragraphs of notes, then the next `- 「Title」`: announced talks, each item followed by
    its notes written without indenting them. Where text stands between every two items and no item holds
    lines of its own, the lines after an item (to the next item; after the last, its first paragraph) are
    its notes."""
    if len(items) < 2 or any(line.strip() for _, _, nested in items for line in nested):
        return items, rest
    starts = [i for i, _, _ in items] + [len(lines)]
    between = [lines[a + 1:b] for a, b in zip(starts, starts[1:])]
    if not all(any(line.strip() for line in part) for part in between[:-1]):
        return items, rest
    # (the last item's notes end with its first paragraph: what follows may close the section, `まとめ：…`)
    last = between[-1]
    opened = next((k for k, line in enumerate(last) if line.strip()), len(last))
    closed = next((k for k in range(opened, len(last)) if not last[k].strip()), len(last))
    between[-1] = last[:closed]
    attached = [(i, text, part) for (i, text, _), part in zip(items, between)]
    return attached, lines[:starts[0]] + last[closed:]


# (every line _ANNOUNCES_TALKS or _COUNTED_TALKS reads holds one of these)
_ANNOUNCING_HINT = re.compile(r"[Tt]alk|[Ss]ession|[Pp]resentation|[Tt]opics|[Ss]ubjects|TALK|SESSION|以下|次の|セッション|発表|講演|トーク|LT|ＬＴ|話|聴|聞|見た|観た|参加した")
_ITEM_INDENT = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+]|\d{1,2}[.)])\s+(?P<text>\S.*)$")


def _talks_under_an_item(lines: list[str], first_line: int) -> Listing | None:
    """`- 8 つのセッションに参加` over its nested items, `* Talks I attended:` over its own: an item saying it holds the
    talks (as a line over a list would, _announced_talks) holds them in the list nested under it."""
    for k, line in enumerate(lines):
        # (cheap tests first: a deeper line under it, past blank lines, and a word the readings below need)
        below = next((n for n in lines[k + 1:k + 3] if n.strip()), "")
        if len(below) - len(below.lstrip()) <= len(line) - len(line.lstrip()) or not _ANNOUNCING_HINT.search(line):
            continue
        m = _ITEM_INDENT.match(line)
        if not m or not (_ANNOUNCES_TALKS.search(m.group("text")) or any(
                int(_NUMBER_WORDS.get(n.lower(), n)) >= 2 for c in _COUNTED_TALKS.finditer(m.group("text"))
                if (n := c.group("n") or c.group("j") or c.group("k")))):
            continue
        depth = len(m.group("indent").expandtabs(4))
        end = k + 1
        while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > depth):
            end += 1
        nested = lines[k + 1:end]
        while nested and not nested[-1].strip():
            nested.pop()
        if sum(1 for n in nested if _ITEM_INDENT.match(n)) < 2:
            continue
        inner = textwrap.dedent("\n".join(nested)).split("\n")
        items = (_items(inner, _ITEM) or ([], []))[0]
        if sum(1 for _, text, _ in items if people.looks_like_people(bylines.clean(text), strict=True)) * 2 >= len(items):
            continue  # (`- Lightning talks:` over `- Mara Ode` / `- Lucia Gil`: a slot's people, read as the slot's)
        found = _listed(inner, first_line + k + 1, "talks")
        if not found and len(items) >= 2 and all(
                2 <= len(shown := people.MD_LINK.sub(r"\g<text>", bylines.clean(text))) <= 120
                and not (_SAID_SENTENCE.search(shown) if not shown.isascii() else bylines.SENTENCE.search(shown.rstrip("!！?？")))
                and not bylines.speaker_verb(text) for _, text, _ in items):
            # (titles alone, one an item: the talks the item above says the writer heard)
            found = Listing(tuple(_entries_from_items(items, first_line + k + 1, strict=True)), "", sessions=True)
        if found and len(found.entries) >= 2:
            rest = lines[:k] + lines[k + len(nested) + 1:]
            return replace(found, rest="\n".join(rest).strip("\n"), announced=True)
    return None


def _wrapped_announcement(lines: list[str], first_item: int) -> bool:
    """Whether the paragraph right above a list, its lines joined (three at most), announces talks."""
    end = max(k for k in range(max(0, first_item - 3), first_item) if lines[k].strip())
    start = end
    while start > 0 and lines[start - 1].strip() and not lines[start - 1].lstrip().startswith(("#", "-", "*", "+", "|")):
        start -= 1
    return start < end and bool(_ANNOUNCES_TALKS.search(" ".join(line.strip() for line in lines[max(start, end - 3):end + 1])))


def _announced_talks(lines: list[str], first_item: int, count: int = 0) -> bool:
    """Whether the last line of text right above a list (a blank line between them at most) announces talks:
    it says so (`聴講したセッションは以下の`, `The talks I attended:`), or it counts as many talks as the list has
    items (`jumping straight into 3 very different talks!` over three items)."""
    above = [line for line in lines[max(0, first_item - 3):first_item] if line.strip()]
    if not above or above[-1].lstrip().startswith(("#", "-", "*", "+", "|")) or _NOT_ANNOUNCING.search(above[-1]):
        return False
    if _ANNOUNCES_TALKS.search(above[-1]):
        return True
    # (the sentence may be wrapped over the paragraph's lines: `… about the following talks, from people who have` /
    # `attended them:`)
    # (only a sentence leading into the list with a colon, or a Japanese one closing, is read so)
    if above[-1].rstrip().endswith((":", "：", "。")) and _wrapped_announcement(lines, first_item):
        return True
    # the count that matters is the sentence's last, in its last clause: never `3 talks, so please bring:`
    # over a list of things, nor `after 3 talks we went to these three bars:`
    line = above[-1]
    # (in Japanese a clause after the count says what the writer thought of them: `4つのお話があり、どれも…`;
    # only another number there tells of something else)
    counted = [m for m in _COUNTED_TALKS.finditer(line)
               if not (re.search(r"\d", line[m.end():]) if m.group("j") or m.group("k")
                       else _COUNT_OR_CLAUSE.search(line[m.end():]))]
    return count >= 2 and any(int(_NUMBER_WORDS.get(n.lower(), n)) == count for m in counted
                              if (n := m.group("n") or m.group("j") or m.group("k")))


def _groups_listed(lines: list[str], first_item: int) -> bool:
    """Whether the text right above a list says it lists the programme's groups, not its talks
    (`次のようなカテゴリでグループ分けされていました`, `The tracks were:`)."""
    above = [line for line in lines[max(0, first_item - 3):first_item] if line.strip()]
    return bool(above) and bool(_GROUPS.search(above[-1])) and not re.search(_TOPICS_TALKED, above[-1], re.IGNORECASE)


_GROUPS = re.compile(r"カテゴリ|ジャンル|トラック|分野|グループ分け|\b(?:categories|tracks|topics|themes|streams)\b", re.IGNORECASE)
# (`以下のセッションは満席でした`, `セッションの感想は次のとおり`, `発表資料は以下`: about the talks, not a list of them)
_NOT_ANNOUNCING = re.compile(r"満席|感想|資料|スライド|動画|写真|slides|videos|photos", re.IGNORECASE)


_CLOSING_HANDLE = re.compile(r"\S\s*(?<![\w.@])\[?@[A-Za-z0-9_]{2,30}\]?\s*$")
_SPACED_BYLINE = re.compile(r"\S\s+(?:--|[-–—/|｜])\s+\S")


# the line a list of sponsors follows: `we would like to thank our sponsors:`, `協賛企業`
_SPONSORS_LEAD = re.compile(r"sponsor|スポンサー|協賛|協力企業|後援", re.IGNORECASE)
_TALKS_WORD = re.compile(r"talk|session|speaker|presentation|lightning|発表|登壇|講演|セッション|トーク|\bLTs?\b|ＬＴ", re.IGNORECASE)


def _sponsor_lists_apart(lines: list[str], items, rest: list[str]):
    """The items of a list the line before it says are the sponsors (`… thank our sponsors:` over `- gold: Acme`)
    set apart with the text: the companies that paid, no talks."""
    def lead(i: int) -> str:
        while i > 0 and (not lines[i - 1].strip() or _ITEM.match(lines[i - 1]) or lines[i - 1][:1].isspace()):
            i -= 1
        return lines[i - 1] if i > 0 else ""
    # (a line introducing the sponsors: it says so, ends as a list's lead does or is a label, and speaks of no talk:
    # `Thanks to Quay Books for sponsoring the pizza. The talks were:` leads the talks)
    def introduces_sponsors(line: str) -> bool:
        text = line.strip()
        return bool(_SPONSORS_LEAD.search(text)) and not _ITEM.match(line) and not _TALKS_WORD.search(text) \
            and (text.endswith((":", "：")) or len(text) <= 20 and not bylines.SENTENCE.search(text))
    if not _SPONSORS_LEAD.search("\n".join(lines)):
        return items, rest  # (no line names sponsors: no list is theirs)
    sponsored = {i for i, _, _ in items if introduces_sponsors(lead(i))}
    if not sponsored:
        return items, rest
    kept = [item for item in items if item[0] not in sponsored]
    taken = {i + k for i, _, nested in kept for k in range(len(nested) + 1)}
    return kept, [line for k, line in enumerate(lines) if k not in taken]


# `[Title](talk.md)  -- My personal favorite`: a linked title, then the writer's word on it after a dash
_LINK_THEN_REMARK = re.compile(r"^(?P<link>\[[^\[\]]{2,200}\]\([^)\s]+\))\s+(?:--|[–—])\s+(?P<remark>\S.*)$")


def _remarks_after_links(items: list) -> list:
    """Items whose linked title the writer follows with a remark (`-- My personal favorite`), in a list of linked
    titles (two in three items at least a link alone): the title, the remark its note. A remark that names
    people (`-- Jane Doe`) is a byline, and stays."""
    lone = sum(1 for _, text, _ in items if people.MD_LINK.fullmatch(text.strip()))
    if lone * 3 < len(items) * 2:
        return items
    out = []
    for i, text, nested in items:
        m = _LINK_THEN_REMARK.match(text.strip())
        if m and not people.looks_like_people(bylines.clean(m.group("remark")), strict=False):
            out.append((i, m.group("link"), [m.group("remark")] + list(nested)))
        else:
            out.append((i, text, nested))
    return out


def _every_item(items, read) -> list:
    """`read(i, text, nested)` of every item, or [] as soon as one item reads as nothing: the readings a list
    takes only when all its items share them stop at the first that does not."""
    out = []
    for item in items:
        found = read(*item)
        if not found:
            return []
        out.append(found)
    return out


def _two_in_three(texts: list[str], holds) -> bool:
    """Whether `holds(text)` for two texts in three at least, asking no further once the answer is known."""
    return at_least(texts, holds, -(-len(texts) * 2 // 3))


def _ranged_slots(item_lines: list[str], entries: list[Entry], around: list[str]) -> bool:
    """Lines that each open with a slot's start and end (`10:40 - 11:00 : MySQL 8 vs MariaDB 10.4`), three or more and
    every line so written, titled in words of a talk (never a day's activities, `Hacking`, `Team formation`), where the
    section's other lines speak of talks, or two in three of the slots link a talk's page, deck or recording
    (`10:10 - 10:55 [Title](https://…/speakers/#4650)`): the programme's slots, named or not."""
    ranged = [line for line in item_lines if (m := _TIMED.match(line)) and re.search(r"\d\s*[-–~〜～]\s*\d", m.group("time"))]
    linked = sum(1 for e in entries if (m := _LONE_LINK.search(e.title)) and links.shows_a_talk(m.group("url")))
    return len(entries) >= 3 and len(ranged) == len(item_lines) and not _activities(entries) \
        and (bool(_SPEAKS_OF_TALKS.search(" ".join(around))) or linked * 3 >= len(entries) * 2)


# what the words around a list of slots (or before a table) say when the slots are talks: `These are some conferences I
# was able to attend`, `The programme:`, `聴講したセッション` (never a family's day out, `Our plan for Saturday:`)
_SPEAKS_OF_TALKS = re.compile(r"\b(?:talks?|sessions?|presentations?|conferences?|attend(?:ed)?|programm?e?|agenda|schedule|"
                              r"line-?up|speakers?|keynotes?|lightning)\b|発表|講演|セッション|タイムテーブル|プログラム|登壇|LT",
                              re.IGNORECASE)


def _listed(lines: list[str], first_line: int, container: bool | str) -> Listing | None:
    """The talks listed in a section's lines (table, time lines or list items), or None.

    `first_line` is the file line of lines[0]. In a `container` (a heading that
    announces talks) any list whose items mostly name a speaker counts; elsewhere
    only numbered lists, time lines and tables with named speakers do, so a
    bullet list of remarks is never read as talks.
    """
    # every table of the section (a two-day programme: one table a day), each read as a programme when it is one
    tabled: list[Entry] = []
    kept: list[str] = []
    timed = False  # a table of slots by their times: each row is a session, named or not
    i = 0
    while i < len(lines):
        if _table_at(lines, i) or _tsv_header(lines[i]):
            entries, end = (_table if _table_at(lines, i) else _tsv_table)(lines, i, first_line)
            if entries and not container and "|" in lines[i] and _day_alone(_cells(lines[i])) \
                    and sum(bool(e.speakers) for e in entries) * 3 < len(entries) * 2 \
                    and not _SPEAKS_OF_TALKS.search(" ".join(lines[:i])):
                # (a day's header over timed rows, few naming anyone and no word of talks before them: an itinerary)
                entries = []
            # (a table of slots by their times whose cells name their speakers rarely, one in four at most: `Alice in
            # Performanceland with Frank Wiles` among titles alone)
            # (the header row may be the day's, `| September 7th | | |`, the columns' names on the row under it)
            slots = len(entries) >= 3 and sum(bool(e.speakers) for e in entries) * 4 <= len(entries) and (
                _timed_header(lines[i]) or _talks_header(lines[i]) or i + 2 < len(lines) and _timed_header(lines[i + 2])) \
                and not _activities(entries, lines[i], lines[i + 2] if i + 2 < len(lines) else "")
            if len(entries) >= 1 and (container or sum(bool(e.speakers) for e in entries) >= 2 or slots):
                timed = timed or slots
                tabled.extend(_in_captioned_room(entries, kept))
                i = max(end, i + 1)
                continue
            # (a timed table of breaks alone, `| 09:00 | Doors open |`, is the day's start: read on)
            first_cell = next(iter(_cells(lines[i])), "")
            if not tabled and not (entries == [] and _TIME_CELL.match(bylines.clean(first_cell))):
                break  # the section's first table is data, not a programme: read it as before
            kept.extend(lines[i:max(end, i + 1)])
            i = max(end, i + 1)
            continue
        kept.append(lines[i])
        i += 1
    if tabled:
        return Listing(tuple(tabled), "\n".join(kept).strip("\n"), sessions=timed)
    celled = _cells_on_lines(lines, first_line)
    if celled:
        return celled
    announced = container in ("schedule", "talks")  # (a heading says the lines are the programme: one slot will do)
    # (items closing with their times only under a heading of the programme: elsewhere an itinerary's)
    slot_lines = _slots_on_own_lines(_times_to_front(lines) if container else lines, 1 if announced else 3)
    timed = _items(slot_lines, _TIMED)
    if timed and len(timed[0]) >= (1 if announced else 2):
        # (`- 13:15 [水落 大](…)` over `  Title`: the slot names its speaker, the line under it the talk)
        over = [(i, found) for i, text, nested in timed[0] if (found := _person_over_title(text, nested, timed_slot=True))]
        if len(over) >= 2 and len(over) * 3 >= len(timed[0]) * 2:
            return Listing(tuple(Entry(title, speakers, (), first_line + i) for i, (title, speakers) in over),
                           "\n".join(timed[1]).strip("\n"))
        # (`- 13:10 Title` over `  LT 永松歩`: the slot's title, the line under it its kind and its people; the slots
        # with no such line, `14:40 休憩` and one more at most, `13:00 イントロダクション`, are the day's own)
        under = [(i, found) for i, text, nested in timed[0] if (found := _title_over_kind_and_people(text, nested))]
        taken = {j for j, _ in under}
        others = sum(1 for i, text, _ in timed[0] if i not in taken and not is_break(bylines.clean(text)))
        if len(under) >= 2 and (others <= 1 or len(under) * 3 >= len(timed[0]) * 2):
            return Listing(tuple(Entry(title, speakers, (), first_line + i, kind_hint=kind)
                                 for i, (title, speakers, kind) in under), "\n".join(timed[1]).strip("\n"))
        entries = _entries_from_items(timed[0], first_line, strict=False)
        if entries and (container or sum(bool(e.speakers) for e in entries) >= 2
                        or _ranged_slots([slot_lines[i] for i, _, _ in timed[0]], entries, timed[1])):
            return Listing(tuple(entries), "\n".join(timed[1]).strip("\n"))
    if container:
        opening = _opening_linked_paragraphs(lines, first_line) or (
            _paragraphs_told(lines, first_line) if container == "talks" and "](" in "".join(lines) else None)
        if opening:
            return opening
    joined = "".join(lines)
    carded = _bold_cards(lines, first_line) if "**" in joined or "__" in joined else None
    if carded:
        return carded
    told = _bold_titles_over_told_notes(lines, first_line) if container in ("lightning", "talks") and "**" in joined else None
    if told:
        return told
    # (`[hayajoさん](…)` over `Perlでプチコン`, paragraph after paragraph: a timetable page's cells made text; a title
    # may be a numbered list of its parts)
    people_over = _linked_people_over_titles(lines, first_line) if "](" in joined else None
    if people_over:
        return people_over
    # (`**[Jane Doe](…)**:` over `[Title](…)` over `Metropolis, 09:15 - 10:00`: a programme's cards made text)
    cards = _person_cards(lines, first_line) if "](" in joined or "**" in joined else None
    if cards:
        return cards
    if not container or container == "schedule":
        under = _talks_under_an_item(lines, first_line)
        if under:
            return under
    listed = _items(lines, _ITEM)
    if not listed or not listed[0]:
        lined = _name_title_lines(lines, container) or _quoted_title_lines(lines)
        if lined:
            listed = lined  # `Scott Nakada: Startup MVP in 54hrs` on each line of a paragraph: a list without marks
        else:
            return (_bylined_paragraphs(lines, first_line) if any("by " in line for line in lines) else None) \
                or _titles_over_speakers(lines, first_line)
    items, rest = listed
    # (`* ... many more ...`, `- etc.`, `- など`: the list says it goes on, no entry of its own)
    items = [item for item in items if not _GOES_ON_ITEM.fullmatch(bylines.clean(item[1]).strip())]
    items, rest = _sponsor_lists_apart(lines, items, rest)
    if not items:
        return None
    items, rest = _facts_apart(lines, items, rest)
    if not items or _one_talks_fields(items):
        return None  # `- 演者: 山田 太郎` / `- 題目: Title` / `- 概要: …`: one talk's labelled fields, read by its heading
    every_run = _runs(lines, items)
    if related := [run for run in every_run if _related_posts_over(lines, run[0][0])]:
        # (`If you liked this, you might also like:` over links to the blog's other posts: no talks, the writer's)
        if len(related) == len(every_run):
            return None
        taken = {k for run in related for i, _, nested in run for k in range(i, i + 1 + len(nested))}
        items = [item for run in every_run if not any(run is r for r in related) for item in run]
        rest = [*rest, *(line for k, line in enumerate(lines) if k in taken)]
        every_run = _runs(lines, items)
    runs = every_run if container in (False, "schedule") else [items]
    if any(" by " in text for _, text, _ in items):
        # (each list read apart, one may remark on its talks and one not; only a list of the talks, as its heading or
        # the line above it says: never `## Books people recommended` over `- Fluent Python by Luciano Ramalho. …`)
        runs = [_bylines_then_remarks(run) if container in ("talks", "lightning") or _announced_talks(lines, run[0][0], len(run))
                else run for run in runs]
        items = [item for run in runs for item in run]
    heard = [run for run in runs if _announced_talks(lines, run[0][0], len(run))] if len(runs) >= 2 else []
    if heard and len(heard) < len(runs):
        # (`Attended sessions as follows:` over one list, `I attended the following sessions:` over another, the
        # writer's own lists around them: the lists the lines above them announce, and no other)
        taken = {k for run in heard for i, _, nested in run for k in range(i, i + 1 + len(nested))}
        rest = [line for k, line in enumerate(lines) if k not in taken]
        items = [item for run in heard for item in run]
    announced = container in (False, "schedule") and bool(items) and _announced_talks(lines, items[0][0], len(items))
    if announced:
        container = "talks"  # `聴講したセッションは以下の 8 セッションです。` over the list: the list is the talks
        items, rest = _notes_between_items(lines, items, rest)
    # `- [Title](https://fortee.jp/conf/proposal/…)`: every item links a talk's own page on a conference platform
    if len(items) >= 2 and all((m := _LONE_LINK.fullmatch(text.strip())) and links.is_talk_page(m.group("url"))
                               for _, text, _ in items):
        entries = [Entry(_LONE_LINK.fullmatch(text.strip()).group("text").strip(), (), tuple(nested), first_line + i)
                   for i, text, nested in items]
        return Listing(tuple(entries), "\n".join(rest).strip("\n"), sessions=True)
    # under a heading that announces talks (`## LT`), items that are each one linked title (the slides) are talks
    linked = [m for _, text, _ in items if (m := _LONE_LINK.fullmatch(NOTE_AFTER.sub("", text.strip())))
              and not _ADDRESS_TEXT.search(m.group("text"))]  # `[github.com/x/y](…)` names a page, not a talk
    if container and len(items) >= 2 and len(linked) * 3 >= len(items) * 2:
        entries = _entries_from_items([(i, text, nested) for i, text, nested in items], first_line, strict=True)
        return Listing(tuple(entries), "\n".join(rest).strip("\n"), sessions=True)
    # `1. "Title"` over `   Jane Roe, Lead at Acme`: quoted titles over their speaker's line (a newsletter's line-up)
    over_people = _quoted_titles_over_people(items, first_line)
    if over_people:
        return Listing(tuple(over_people), "\n".join(rest).strip("\n"), sessions=True)
    # under a heading about the talks heard: `* **Unsafe At Any Speed** Rae Knowler made great points about …`
    bold = _bold_titles_then_notes(items, first_line) if container in ("talks", "lightning") else []
    if bold:
        return Listing(tuple(bold), "\n".join(rest).strip("\n"), sessions=True)
    # under a heading about the talks heard: `* [Testing Microservices](…) by Jane Doe showed how …`
    linked_lead = _linked_titles_then_notes(items, first_line) if container in ("talks", "lightning") else []
    if linked_lead:
        return Listing(tuple(linked_lead), "\n".join(rest).strip("\n"), sessions=True)
    # under a heading about lightning talks or announcing talks (`聞いた発表`), a list of short titles with no
    # sentence among them: the talks
    # (each title may be over its notes, when every one is: `- Title` over `  - what was said`)
    # (an address alone under a page's title is a bookmark, no notes; `- 良かった点` over its remarks is the writer's)
    over_notes = all(any(line.strip() and not _URL_LINE.match(people.BULLET.sub(r"\g<rest>", line)) for line in nested)
                     and section_role(bylines.clean(text)) == "talk" for _, text, nested in items)
    if container in ("lightning", "talks") and len(items) >= 2 and not _groups_listed(lines, items[0][0]) and all(
            (announced or over_notes or not "".join(nested).strip()) and 2 <= len(shown := people.MD_LINK.sub(r"\g<text>", bylines.clean(text))) <= 120
            and (announced and not shown.isascii() and not _SAID_SENTENCE.search(shown)
                 or not bylines.SENTENCE.search(shown.rstrip("!！?？")))
            and not bylines.speaker_verb(text)
            and not _ADDRESS_TEXT.search(shown)  # (`[github.com/x/y](…)` names a page, not a talk)
            for _, text, nested in items):
        # (a title may end with an exclamation: `FPGAを触ってみよう！`; under a line announcing the talks, a
        # title may hold a full stop: `PHPで稼ぐには。　伝説の…`)
        entries = _entries_from_items(_remarks_after_links(items), first_line, strict=True)
        return Listing(tuple(entries), "\n".join(rest).strip("\n"), sessions=True, announced=announced)
    # `* セッション１   音声でブログを書く`, `- LT2: 型の話`: every item is a numbered session
    if len(items) >= 2 and all(_SESSION_ITEM.match(bylines.clean(text)) for _, text, _ in items):
        entries = _entries_from_items([(i, _SESSION_ITEM.sub("", bylines.clean(text)), nested)
                                       for i, text, nested in items], first_line, strict=True)
        return Listing(tuple(entries), "\n".join(rest).strip("\n"), sessions=True)
    # `• Sarah will talk about X`: most items name a speaker and what they talk about
    verbed = [(i, said, nested) for i, text, nested in items if (said := bylines.speaker_verb(text))]
    if len(verbed) >= 2 and len(verbed) * 3 >= len(items) * 2:
        entries = []
        for i, (title, speakers), nested in verbed:
            body = textwrap.dedent("\n".join(nested)).strip("\n")
            entries.append(Entry(title, speakers, tuple(body.split("\n")) if body else (), first_line + i))
        return Listing(tuple(entries), "\n".join(rest).strip("\n"))
    # `- [Jane Doe](https://twitter.com/jd)` over `  - Title`: every item a person over their talk's title, the
    # people read as people more often than the titles do (never `- Rust Macros` over `  - Jane Roe Smith`)
    # (a person over several nested titles gave each of them: `- 芦澤亜里紗` over `  - Title one`, `  - Title two`)
    # (several titles under one person only in a list of talks: its heading or the lines above it say so, `発表詳細`;
    # `## Who does what` over each person's tasks is none)
    over = _people_over_nested_titles(lines, items, container) if any(
        any(line.strip() for line in nested) for _, _, nested in items) else []
    if len(over) >= 2 and sum(1 for _, (title, _, _) in over if people.looks_like_people(title, strict=True)) * 2 < len(over):
        return Listing(tuple(Entry(title, speakers, decks, first_line + i) for i, (title, speakers, decks) in over),
                       "\n".join(rest).strip("\n"))
    told = _titles_over_notes(items, first_line)
    if told:
        return Listing(tuple(told), "\n".join(rest).strip("\n"))
    # `- Rosa Lind (Harbor Labs) - Word Clouds`: every item names its speaker first, marked as a
    # person (an affiliation, a handle), so the list reads one way even where a title looks like a name
    led = _every_item(items, lambda i, text, nested: bylines.speaker_first(bylines.clean(text)))
    if led and all(bylines.marked_person(bylines.clean(text)) for _, text, _ in items):
        entries = [Entry(title, speakers, tuple(textwrap.dedent("\n".join(nested)).strip("\n").split("\n"))
                         if "".join(nested).strip() else (), first_line + i)
                   for (i, _, nested), (title, speakers) in zip(items, led)]
        return Listing(tuple(entries), "\n".join(rest).strip("\n"))
    numbered = all(re.match(r"\s*\d", lines[i]) for i, _, _ in items)
    # `- "Title" — Jane Doe (Company)`: every item opens with a quoted title
    quoted = len(items) >= 2 and all(bylines.opens_with_quote(text) for _, text, _ in items)
    # `- Robots by [Jane Doe](https://...)`: every item names its speaker after `by`
    bylined = len(items) >= 2 and all(re.search(r"[\s(（]by\s", text, re.IGNORECASE) for _, text, _ in items)
    # `- Code Review in Action (Naoto Takai)`: the items end with the people who gave them, in parentheses
    worded = [text for _, text, _ in items if bylines.clean(text).strip(" -*")]
    parenthesized = len(worded) >= 2 and _two_in_three(worded, lambda text: bool(
        (m := bylines.TRAILING_PARENS_WHO.search(_trailing_links(LISTED_DURATION.sub("", bylines.clean(text)))[0]))
        and people.looks_like_people(m.group("who"), strict=True)))
    # `+ 一般発表` / `  * Title - [@h](…)` in a list of the day's parts (no heading says it holds talks): the
    # item naming a group of talks holds them, each named in its nested item; the parts naming nobody are no talks
    if not container and any(nested and _names_a_group(bylines.clean(text)) for _, text, nested in items):
        named = [e for e in _entries_from_items(items, first_line, strict=True) if e.speakers]
        if len(named) >= 2:
            return Listing(tuple(named), "\n".join(rest).strip("\n"))
    shape = bylines.names_first([text for _, text, _ in items]) if len(items) >= 2 else None
    if shape in (None, bylines.NAME_THEN_TITLE) and len(items) >= 2 and any("](" in text for _, text, _ in items):
        # `- Jane Roe - Title` beside `- [John Doe - Title](slides)`: some items linked whole, their links' texts
        # written as the other items are; the link is the talk's (read after the item's text, as a link closing it is)
        wholes = [_WHOLE_LINK.fullmatch(bylines.clean(text)) for _, text, _ in items]
        shown = [f"{w.group('text')} [link]({w.group('url')})" if w else text for w, (_, text, _) in zip(wholes, items)]
        unwrapped = bylines.names_first([w.group("text") if w else text for w, (_, text, _) in zip(wholes, items)]) \
            if any(wholes) and not all(wholes) else None
        if unwrapped is not None:
            shape, items = unwrapped, [(i, shown[k], nested) for k, (i, _, nested) in enumerate(items)]
    # `* Ceylon -- Tomas Hradec`: most items end with a byline after a spaced dash or bar (the people must
    # still be plainly named, below)
    dashed = len(worded) >= 2 and _two_in_three(worded, lambda text: bool(_SPACED_BYLINE.search(bylines.clean(text))))
    # `* Fiber のサンプルをかいてみた @eielh`: most items close with the handle of the person who gave them
    # (never a panel's `- Speaker: Yui Nakamura @yui_nkmr`: each item a speaker's labelled line)
    handled = len(worded) >= 2 and _two_in_three(worded, lambda text: bool(
        _CLOSING_HANDLE.search(bylines.clean(text)) and not speaker_lines.speaker_label(bylines.clean(text))))
    if not container and not numbered and not quoted and not bylined and not parenthesized and not shape and not dashed \
            and not handled:
        return None
    # a list whose items mostly close with people in parentheses reads its other closing parentheses the
    # same way (`Coding for yourself (Hibariya)`)
    entries = _entries_from_items(items, first_line, strict=not (container or parenthesized), names_first=shape)
    if container or shape is bylines.NAME_QUOTED_TITLE:  # (quotes mark the title: what comes before is who)
        named = sum(bool(e.speakers) for e in entries)
    else:  # `1. 型を書く - 大事` is a remark; a talk list names people unmistakably
        text_at = {first_line + i: text for i, text, _ in items}
        named = sum(1 for e in entries if e.speakers and _clearly_named(text_at.get(e.line, ""), e.speakers))
    need = max(1 if container else 2, -(-len(items) * 2 // 3))
    if named < need:
        return None
    if dashed and not (container or numbered or quoted or bylined or parenthesized or shape or handled) \
            and not _titles_outweigh_names(entries):
        return None  # `* Serverless - Amazon Web Services`: a topic and who offers it, no talks
    return Listing(tuple(entries), "\n".join(rest).strip("\n"))


def _names_the_columns_person(person: Speaker, text: str, column_title: str) -> bool:
    """Whether an item's own split names, before the handle the list's column holds, the same person more fully: where
    quotes mark the title (`「Title」 かもめ（@kamome）`), or the name the column leaves in its title is a person's
    (`Title — 北上さん（@kitakami）`; never `Title - 前編 @kmp`, `Title - Fiber @eielh`)."""
    return bylines.opens_with_quote(text) or person.name in column_title and (
        people.looks_like_people(person.name, strict=True)
        or re.search(re.escape(person.name) + r"\s*" + people.HONORIFIC, text) is not None)


# `* The Diabolical Developer by Martijn Verburg. Challenging the agile establishment…`: a title, its byline, then what the
# writer made of it
_BYLINE_THEN_REMARK = re.compile(r"^(?P<t>\S.*?,?\s+by\s+(?P<who>[^.!?\n]{3,80}?))[.!]\s+(?P<rest>[A-Z\"“'(].*)$")


def _bylines_then_remarks(items):
    """A list whose items mostly give a title and its byline, then a sentence of the writer's (two in three at least,
    two at least): each item is the title and byline, the sentences its notes."""
    if len(items) < 2:
        return items
    split = {k: m for k, (_, text, _) in enumerate(items)
             if " by " in text and (m := _BYLINE_THEN_REMARK.match(text.strip()))
             and people.looks_like_people(bylines.clean(m.group("who")), strict=True)}
    if len(split) < 2 or len(split) * 3 < len(items) * 2:
        return items
    return [(i, split[k].group("t"), [split[k].group("rest"), *nested]) if k in split else (i, text, nested)
            for k, (i, text, nested) in enumerate(items)]


_LABEL_VALUE = re.compile(r"^[^:：\[\]()]{2,24}[:：]\s*\S.{0,60}$")


def _facts_apart(lines: list[str], items, rest: list[str]):
    """A list of facts among a section's lists (`- Date: Apr 05, 2007 16:30` / `- Where: Tsuda Hall` / `- Spoken in:
    Japanese` over the talks' list): items next to each other, each a short label and its value, half of them the
    event's own facts, three at least, set apart with the text; no item of it is a talk."""
    runs: list[list[int]] = []
    for k, (i, _, nested) in enumerate(items):
        if runs and items[runs[-1][-1]][0] + len(items[runs[-1][-1]][2]) + 1 == i:
            runs[-1].append(k)
        else:
            runs.append([k])
    facts = {k for run in runs if len(run) >= 3 and all(_LABEL_VALUE.match(bylines.clean(items[k][1])) for k in run)
             and sum(1 for k in run if fact_line(bylines.clean(items[k][1]))) * 2 >= len(run)
             # (`- 湊 太郎：ジェネリクスの使いどころ` beside `- 時間：…`: a person's label names a talk)
             and not any(people.looks_like_people(re.split(r"[:：]", bylines.clean(items[k][1]), maxsplit=1)[0], strict=True)
                         for k in run) for k in run}
    if not facts:
        return items, rest
    kept = [item for k, item in enumerate(items) if k not in facts]
    taken = {i + n for i, _, nested in kept for n in range(len(nested) + 1)}
    return kept, [line for n, line in enumerate(lines) if n not in taken]


def _one_talks_fields(items: list[tuple[int, str, list[str]]]) -> bool:
    """Whether a list's items are the labelled fields of one talk: one title's line and one speaker's line among them
    (`- Speaker: Jane Doe` / `- Title: …` / `- Abstract: …`), so no item is a talk of its own. (A kind's label is no
    field: `- テーマ: …` over `- LT: @a さん「Title」` lines is an evening's theme over its talks.)"""
    texts = [bylines.clean(text) for _, text, _ in items]
    said = [t for t in texts if speaker_lines.speaker_label(t)]
    return sum(1 for t in texts if LABELLED_TITLE.match(t)) == 1 and len(said) == 1 \
        and not speaker_lines.labelled_kind(said[0])


def _titles_outweigh_names(entries: list[Entry]) -> bool:
    """Whether the titles of a list's named items have more words than their names: a talk's title says more than
    who gave it (`Architecting Large Java Projects -- Jane Doe`), where `Serverless - Amazon Web Services` or
    `Ansible -- Configuration Management` pair a word with a longer phrase."""
    named = [e for e in entries if e.speakers]
    return sum(len(e.title.split()) for e in named) > sum(len(s.name.split()) for e in named for s in e.speakers)
