"""Talk headings as people decorate them, reduced to title, room, kind and byline.

    ## 🎤 発表1: Title                 -> Title
    ### 1. Title（山田さん）            -> Title, speaker in the trailing parentheses (talks.py)
    ### 1本目: Title / 第2部: Title     -> Title
    【セッション1】Title                -> Title
    ### [Room A] Title                 -> Title, room Room A
    ### Talk: Title — Jane Doe         -> Title, byline Jane Doe
    ## LT1 Title / 山田 太郎            -> Title, lightning, byline 山田 太郎

The order is fixed: decoration, then a bracketed room or label, then numbering,
then a session label; the byline is taken from the end (bylines.heading_tail) only when it reads as
people (people.looks_like_people), so `SwiftUI / UIKit 入門` keeps its slash.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import bylines, kinds, names, people, sections
from .fields import CLOCK, ENTRY_TIME, may_close_with_entry_time
from .speaker_lines import NAME_DASH_ORG
from .structure import ROOM

_DECORATION = re.compile(r"^[\s\u200d\ufe0e\ufe0f]*")
_BRACKET = re.compile(r"^[\[［【(（]\s*(?P<inner>[^\]］】)）]{1,24}?)\s*[\]］】)）]\s*[:：]?\s*(?=\S)")
_SESSION_WORD = r"(?:セッション|発表|講演|登壇|トーク|Session|Talk|Presentation)"
SESSION_WORDS = re.compile(_SESSION_WORD, re.IGNORECASE)
_NUMBERING = re.compile(
    r"^(?:\d{1,2}\s*[.)．、]\s+|\d{1,2}\s*[,，]\s+(?=[^\d\s,，])|\d{1,2}\s*[.)．]\s*(?=[^\d\s.])|[①-⑳]\s*|\d{1,2}\s*本目\s*[:：]?\s*|"
    r"第\s*\d{1,2}\s*(?:部|" + _SESSION_WORD + r")\s*[:：]?\s*)")
# the number and its mark that open a heading as written: `1, `, `2. `, `3) `, `４．` (the first forms _NUMBERING takes off)
_NUMBER_AND_MARK = re.compile(r"^[\s*_]*(?P<n>[0-9０-９]{1,2})\s*(?P<mark>[.)．、,，])\s*\S")


# a capital letter and its mark opening a heading: `A. Title`, `B) Title` (read only in a run: see talks)
_LETTER_AND_MARK = re.compile(r"^[\s*_]*(?P<n>[A-Z])(?P<mark>[.)])\s+\S")


def heading_number(title: str) -> tuple[int, str] | None:
    """(number, mark) of a heading numbered `1, Title` / `2. Title` / `３）Title`, the mark in its ASCII form; a
    heading lettered `A. Title` is numbered by its letter, its mark told apart (`A.`) from a figure's."""
    if (m := _LETTER_AND_MARK.match(title)):
        return ord(m.group("n")) - ord("A") + 1, "A" + m.group("mark")
    m = _NUMBER_AND_MARK.match(title)
    return (int(unicodedata.normalize("NFKC", m.group("n"))), unicodedata.normalize("NFKC", m.group("mark"))) if m else None


_SESSION_LABEL = re.compile(r"^(?:スポンサー|協賛|招待|一般|Sponsor(?:ed)?\s+|Invited\s+)?" + _SESSION_WORD + r"\s*\d{0,2}\s*[:：]\s*(?=\S)", re.IGNORECASE)
_NUMBERED_LT = re.compile(r"^(?:飛び込み|飛込み?|Extra\s+)?(?:LT|ＬＴ)\s*\d{0,2}\s*(?:[:：.]\s*|\s+)(?=\S)", re.IGNORECASE)
_QUOTED = re.compile(r"「(?P<t>[^「」]+)」|『(?P<u>[^『』]+)』")
_SLOT_LABEL_WORD = re.compile(r"講演|発表|セッション|トーク|LT|ＬＴ|枠|コマ|基調|招待|ゲスト|keynote|session|talk", re.IGNORECASE)
_SLOT_ROOM = re.compile(r"[A-Za-z]?\d{2,4}\s*(?:教室|講義室|号室|会議室)|" + ROOM)
_ROOM_NAME = re.compile(ROOM)
_NAMED_ROOM = re.compile(r"(?:Room|Track|Hall|トラック|ルーム|会場)\s*\S{1,8}", re.I)
# a bracketed label naming the kind of slot: `プラチナスポンサーセッション`, `招待講演`, `Sponsor Session`
_KIND_OF_SLOT = re.compile(r"[^\s\d]{0,12}\s?(?:セッション|講演|発表|トーク|Session|Talk|Keynote)", re.IGNORECASE)
_LT_NUMBER = re.compile(r"(?:LT|ＬＴ)\s*\d{0,2}", re.IGNORECASE)
_SESSION_NUMBER = re.compile(_SESSION_WORD + r"\s*\d{0,2}|\d{1,2}", re.IGNORECASE)
_LT_AS_WORD = re.compile(r"(?:LT|ＬＴ)\s+(?:で|の|を|が|は|と)")  # `LT で学んだこと`: the word, not a label


# a slot's time and a session's code after a track's bracket: `10:00～10:50【17-A-1】`
_TIME_THEN_CODE = re.compile(r"\s*" + CLOCK + r"\s*[-–—~〜～]\s*" + CLOCK + r"\s*(?:[【\[［][A-Za-z0-9]{1,4}(?:-[A-Za-z0-9]{1,4}){0,3}[】\]］]\s*)?")


# a conference programme's entry written as one heading: `L7. Title. Jane Doe – Org. 10:15 am, Day 1`,
# `Photo-taking. – 11:45 am, Day 1`: the slot's time closes it (a clock with am/pm, or with the day), a room's
# short code may open it, and the byline follows the title's last full stop
_ENTRY_ROOM = re.compile(r"^(?P<room>[A-Z]{1,2}\d{1,3})\.\s+(?=\S)")
# (the title's last sentence end, never an abbreviation's: `Healthy Habits. Dr. Mira Solberg`)
_ENTRY_BYLINE = re.compile(r"^(?P<t>\S.*?(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)[.?!])\s+"
                           r"(?P<who>(?:[^.?!]|(?<=\b(?:Dr|Mr|Ms|St))\.|(?<=\bMrs)\.|(?<=\bProf)\.){3,80}?)\.?$")


def programme_entry(text: str) -> tuple[str, str | None, str | None, bool] | None:
    """`L7. Title. Jane Doe – Org. 10:15 am, Day 1` -> (the heading without its slot's time and room code, the room,
    the byline as written, whether the slot names nobody), or None when the heading does not close with a slot's
    time. The byline follows the title's last full stop (`Dr. Mira Solberg` keeps hers) and is taken only when it
    reads as people, with where they work after a dash (`Jane Doe – Org`), or as a group of hosts (`PyLadies &
    CodeClub`); `Lunch and Networking. – 12 pm` names nobody after its dash."""
    end = ENTRY_TIME.search(text) if may_close_with_entry_time(text) else None
    if not end or not text[:end.start()].strip():
        return None
    rest, room = text[:end.start()].strip(), None
    if (code := _ENTRY_ROOM.match(rest)) and rest[code.end():].strip():
        room, rest = code.group("room"), rest[code.end():]
    separator = re.match(r"\D*", end.group(0)).group(0)  # (`. – ` before `11:45 am`)
    nobody = any(d in separator for d in "-–—") and (separator.startswith(".") or rest.rstrip().endswith(("?", "!")))
    byline = None
    m = _ENTRY_BYLINE.match(rest)
    if m and not nobody:
        who = m.group("who").strip()
        dashed = NAME_DASH_ORG.match(who)  # `Tomas Linde - Acme Tools`: the person, then where they work
        name, org = (dashed.group("who").strip(), dashed.group("org").strip()) if dashed else (who, "")
        if people.looks_like_people(name, strict=True) or (" & " in who and people.looks_like_people(who, strict=False)):
            rest, byline = m.group("t"), (f"{name} – {org}" if org else who)  # (people.parse_people reads `Name – Org`)
    return rest.rstrip(".").strip(), room, byline, nobody


def slot_then_quoted(text: str) -> tuple[str, str | None] | None:
    """`基調講演 「Title」`, `ゲスト講演 「Title」`: a slot's label naming a kind of talk, then the quoted title ->
    (title, the label's kind when it names one), or None (`ほんとにあった話 「副題」` is one title)."""
    slot = sections.SLOT_THEN_QUOTED.match(text) if ("「" in text or "『" in text) else None
    if not slot or not _SLOT_LABEL_WORD.search(slot.group("pre")):
        return None
    kind = kinds.classify(slot.group("pre"))[0]
    return slot.group("t").strip(), (kind if kind != "talk" else None)


@dataclass(frozen=True)
class Heading:
    title: str
    room: str | None = None
    lightning: bool = False
    byline: str | None = None  # the people named at the end of the heading, as written
    kind: str | None = None  # said before a quoted title (`1コマ目 基調講演 「Title」`)
    nobody: bool = False  # a programme's slot naming nobody after its dash (`Lunch and Networking. – 12 pm, Day 1`)


def _strip_decoration(text: str) -> str:
    """Leading emoji and symbols (🎤, ⚡, ✍️, ■) go; brackets, quotes, letters and digits stay. (An emoji's
    shortcode, `:tada:`, is gone already: the reading layer's dialects.py.)"""
    i = 0
    while i < len(text):
        ch = text[i]
        cat = unicodedata.category(ch)
        if ch.isspace() or cat in ("So", "Sk", "Sm", "Mn", "Cf") and ch not in "#＃":
            i += 1
        else:
            break
    return text[i:]


# a handle or a name with its honorific before a quoted title: `@kaneta 「…」`, `山田さん「…」`
# (never a slot's word before the name: `基調講演 丹波さん（@h）「Title」`)
_PERSON_BEFORE = re.compile(r"(?!(?:基調講演|招待講演|特別講演|ゲスト|キーノート|司会|講師|LT|ＬＴ)[ 　])(?:[@＠][A-Za-z0-9_][\w.-]{0,38}(?:\s*さん)?|[^\s「」『』]{1,12}\s*" + people.HONORIFIC
                            # `杉原 聡「Title」`: a family and a given name, spaced, the quotes the talk's title
                            + r"|[\u4e00-\u9fff々]{1,4}[ 　][\u4e00-\u9fff々\u3040-\u309f]{1,4}"
                            # (`丹波 俊介さん（@tamba_go）「Title」`: spaced, with the honorific, the handle after it)
                            + r"|[\u4e00-\u9fff々\u3040-\u30ff]{1,6}[ 　][\u4e00-\u9fff々\u3040-\u30ff]{1,6}\s*" + people.HONORIFIC
                            + r")(?:\s*[（(][@＠]?[A-Za-z0-9_][\w.-]{0,30}[)）])?")


def _person_before_quotes(pre: str) -> bool:
    """The words before a heading's quoted title name its speaker: a handle or an honoured name, or a spaced family
    and given name the dictionary knows as a name (`杉原 聡`; never `基調講演 前編`, `午後 講演`)."""
    if "@" in pre or "＠" in pre or re.search(people.HONORIFIC + r"$", pre):
        return True
    return names.name_verdict(pre.replace(" ", "").replace("　", "")) is True and kinds.classify(pre + " x")[0] == "talk"


def parse_heading(text: str) -> Heading:
    if "<" in text:  # `#### <i class="fas fa-user"></i> Name`: an icon's or emphasis's tags show nothing
        text = people.INLINE_TAG.sub("", text)
    title = _strip_decoration(text).strip()
    room, kind = None, None
    lightning = False
    entry = programme_entry(title)
    if entry:  # (the slot's time and room code go; its byline is read here, the rest of the heading as any other's)
        title, room = entry[0], entry[1]
    m = _BRACKET.match(title)
    if m:
        inner = unicodedata.normalize("NFKC", m.group("inner")).strip()
        slot = _TIME_THEN_CODE.match(title, m.end())
        if slot and title[slot.end():].strip() and not _LT_NUMBER.fullmatch(inner) \
                and kinds.classify(inner)[0] == "talk":  # (`[LT]10:00-10:05 Title`, `[Keynote] …`: a kind, not a track)
            # `[開発プロセス]10:00～10:50【17-A-1】Title`: a track, the slot's time and the session's code
            room, title = inner, title[slot.end():]
        elif _ROOM_NAME.fullmatch(inner) or _NAMED_ROOM.fullmatch(inner):
            room, title = inner, title[m.end():]
        elif _LT_NUMBER.fullmatch(inner):
            lightning, title = True, title[m.end():]
        elif _SESSION_NUMBER.fullmatch(inner):
            title = title[m.end():]
        elif _KIND_OF_SLOT.fullmatch(inner):
            # `【プラチナスポンサーセッション】Title`, `[招待講演] Title`: the slot's kind, not the talk's words
            title = title[m.end():]
            kind = kinds.classify(inner)[0]
            kind = kind if kind != "talk" else None
    m = _NUMBERING.match(title)
    if m and title[m.end():].strip():
        title = title[m.end():]
    m = _SESSION_LABEL.match(title)
    if m:
        title = title[m.end():]
    m = _NUMBERED_LT.match(title)
    if m and title[m.end():].strip() and not _LT_AS_WORD.match(title):
        lightning, title = True, title[m.end():]
    title = title.strip()
    title, byline = (title, entry[2]) if entry and (entry[2] or entry[3]) else bylines.heading_tail(title)
    quoted = _QUOTED.fullmatch(title)
    if quoted:  # `「Title」 — Name`: the quotes only mark the title
        title = (quoted.group("t") or quoted.group("u")).strip()
    elif (slot := sections.SLOT_THEN_QUOTED.match(title)) and byline is None and _PERSON_BEFORE.fullmatch(slot.group("pre").strip()) \
            and _person_before_quotes(slot.group("pre").strip()):
        # `@kaneta 「Title」`, `山田さん「Title」`: the speaker, then the quoted title
        byline, title = slot.group("pre").strip(), slot.group("t").strip()
    elif slot:
        # `1コマ目 基調講演 「Title」`, `2コマ目:S505教室 「Title」`: a slot, kind or room, then the quoted title
        where = _SLOT_ROOM.search(slot.group("pre"))
        room = room or (where.group(0) if where else None)
        lightning = lightning or bool(_LT_NUMBER.search(slot.group("pre")))
        kind = kinds.classify(slot.group("pre"))[0]
        kind = kind if kind != "talk" else None
        title = slot.group("t").strip()
    return Heading(title=title, room=room, lightning=lightning, byline=byline, kind=kind, nobody=bool(entry and entry[3]))
