"""Where an event took place, from the opening text of a note.

A labelled line first (`会場:`, `Venue:`, `日時・会場:`, a label with the place on the
next line, `date @ place`), then a sentence (`X にて開催`, `「X」で開催`, `held at X`,
`<date>に X で開催`). Online-only places are no venue.
"""
from __future__ import annotations

import re

from . import dates, names, people, sections
from .fields import ABBREVIATED, CJK, LINE_BREAK, PLACE_NOUNS, PLACEHOLDER, TIME_OF_DAY, VENUE_LABEL_WORDS, strip_markdown


# the labels of a venue's line (`会場:`, `開催会場`, `Venue:`)
_VENUE_LABEL = r"(?:" + VENUE_LABEL_WORDS + r")"
_VENUE_LINE = re.compile(r"^\s*(?:[-*]\s*|\|\s*|[■□●○◆◇▼▽★☆・]\s*)?(?:\*\*)?" + _VENUE_LABEL
                         # (`**Where?** Hall 3`: a label asked as a question needs no colon)
                         # (`**Location** [Hall](…)`: a bold label, a space, then a place; never a sentence after it)
                         + r"(?:[?？](?:\*\*)?\s+|\*\*\s+(?=\[|[A-Z0-9][^.!?。]{0,60}$|[^\x00-\x7f])|(?:\*\*)?\s*(?:[:：]|\||\s[-–—]\s))"
                         r"\s*(?P<v>[^|]+?)\s*\|?\s*$",
                         re.IGNORECASE)


_VENUE_IS = re.compile(r"(?:^|[\s。、！!]|開催|(?:当日|今回|本日|今日|この日)の)(?:会場|場所)\s*は\s*[、,]?\s*(?P<v>[^。!！?？、,]{2,50}?)\s*"
                       r"(?:(?:です|でした|になります|にて|だった(?:けど|が)?|で(?=[、,]))?\s*[。.!！、,]|という(?=\S))")
# (`当日の会場は X という共創スペースをお借りして`: the place's name, then what it is)


# (`Hosted at X.`, `Held by X`, `Located at the X, 307c Kamani Street`: a line of its own saying where)
# (never a part of a place: `Located at the corner of 5th and Main`, `… at the back of the room`)
_HOSTED_AT = re.compile(r"^\s*(?:[-*]\s*)?(?:(?:Hosted|Held)\s+(?:at|by)|Located\s+at)\s+"
                        r"(?!the\s+(?:corner|back|front|end|top|bottom|side|rear|entrance)\s+of\b)(?P<v>[^.;]{2,80}?)\s*\.?\s*$",
                        re.IGNORECASE)


_HELD = r"held|took\s+place|hosted|happened"
_PLACE_AFTER = r"\s+(?:the\s+)?(?P<v>[A-Z][^,.;()]{1,60}?)\s*(?:[,.;(]|$)"
_HELD_AT = re.compile(r"\b(?:" + _HELD + r"|met|gathered)\b[^.]{0,60}?\bat" + _PLACE_AFTER)
# `took place in Cracow's Multikino cinema`, `attending the conference in Cardiff City Hall`: `in` a place
# whose name says it is a building (never `held in London`)
_HELD_IN = re.compile(r"\b(?:" + _HELD + r"|attend(?:ed|ing)?)\b[^.]{0,60}?\bin" + _PLACE_AFTER)
# the words a building's name ends with (`Cardiff City Hall`, `FedEx Institute of Technology`)
_BUILDING_WORDS = (r"Hall|Cent(?:er|re)|Hotel|Theat(?:er|re)|Th[ée]âtre|Cinema|Campus|University|Universit[ée]|College|"
                   r"Library|Building|Arena|Brewery|Ballroom|Resort|HQ|Headquarters|Office|Offices|Tower|Auditorium|Museum|"
                   r"Pavilion|Forum|Stadium|Dome|Conservatory|Institute(?:\s+of\s+[A-Z]\w+)?|School|Garage|Pub|Caf[ée]|Coffee|"
                   r"Space|Hub|Lab|Labs|Loft|Studio|Inn")
_BUILDING = re.compile(r"\b(?:" + _BUILDING_WORDS + r")\b", re.IGNORECASE)


_CONNECTOR = {"of", "de", "du", "des", "la", "le", "the", "and", "&", "in"}


def _held_in(line: str):
    m = _HELD_IN.search(line) if " in " in line else None
    if not m or not _BUILDING.search(m.group("v")):
        return None
    # the place's words, up to the first that is neither capitalised, a connector nor a building's word
    # (`Cardiff City Hall for the third year in a row`)
    kept = []
    for word in m.group("v").split():
        if not (word[:1].isupper() or word[:1].isdigit() or word in _CONNECTOR or _BUILDING.fullmatch(word)):
            break
        kept.append(word)
    while kept and kept[-1] in _CONNECTOR:
        kept.pop()
    return _Found(" ".join(kept)) if kept and _BUILDING.search(" ".join(kept)) else None


# `オンラインで開催`, `リモート形式での開催`, `RustConf 2020 was entirely online`, `this virtual meetup`: the event
# itself held online (never `the recording is online`, `昨年はオンライン開催でしたが`, `次回はオンライン開催予定`)
_HELD_ONLINE_JA = re.compile(r"(?:オンライン|リモート)(?:形式)?\s*(?:で|にて|での)\s*(?:の)?(?:開催|行われ|実施)|(?:オンライン|リモート)開催")
_HELD_ONLINE_EN = re.compile(r"\b(?:was|were)\s+(?:held|hosted|run)\s+(?:entirely\s+|fully\s+|completely\s+)?(?:online|virtually|remotely)\b"
                             r"|\btook\s+place\s+(?:entirely\s+|fully\s+)?online\b|\b(?:was|were|is)\s+(?:entirely|fully|completely)\s+"
                             r"(?:online|virtual|remote)\b|\bthis\s+(?:online|virtual)\s+(?:event|meetup|conference|edition)\b",
                             re.IGNORECASE)
# a sentence about another time than this event's: its place or its format is not this event's
# (never `前回同様に` / `前回に引き続き`: as last time, so this time too)
_OTHER_TIME = re.compile(r"これまで|今まで|従来|いつもは|普段は|前回(?!同様|と同じ|に引き続き|に続き)|昨年|去年|次回|来年|予定|\blast\s+year|\bnext\s+(?:time|year)"
                         r"|\bprevious|\bunlike\b"
                         # (history: `back in 2015`, `Years ago the founders got together at …`)
                         r"|\bback\s+in\s+(?:19|20)\d\d|\byears?\s+ago\b|\bback\s+then\b|\bused\s+to\b",
                         re.IGNORECASE)


def held_online(text: str) -> str | None:
    """`オンライン` or `online` when the note says the event itself was held online (in the note's language)."""
    for sentence in _SENTENCE_END.split(text[:3000]):  # (the opening says how the event was held)
        if ("オンライン" in sentence or "リモート" in sentence) and _HELD_ONLINE_JA.search(sentence) \
                and not _OTHER_TIME.search(sentence):
            return "オンライン"
        if _HELD_ONLINE_EN.search(sentence) and not _OTHER_TIME.search(sentence):
            return "online"
    return None


_SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=\.)\s+|\n")


_JA_HELD_AT = re.compile(r"(?:に[、,]?|を|(?<=[日)）])[、,]|(?<=[今年回季])も)\s*(?P<v>[^\s、。「」『』()（）](?:[^、。「」『』()（）]{0,40}?[^\s、。「」『』()（）])?)\s*(?:で|にて)(?:開催|行われ|開かれ|行い)")

# `株式会社ほげさんを会場に`, `会場提供は株式会社ほげ`, `株式会社ほげ様に会場をお借りし`: the host's place
_HOST_VENUE = re.compile(r"(?:^|[、。\s])(?P<v>[^\s、。「」『』()（）][^、。「」『』()（）]{1,30}?)\s*(?:さん|様)?\s*(?:を会場に|に会場を(?:お借り|ご提供|提供))"
                         r"|会場(?:提供|スポンサー)は\s*(?P<w>[^\s、。「」『』()（）][^、。「」『』()（）\s]{1,30}?)\s*(?:さん|様)?(?:[、。\s]|で|と|に|$)")


def _host_venue(line: str):
    """(never a sentence about the events before this one: `これまでの meetup は、X を会場に…`)"""
    m = _HOST_VENUE.search(line) if "会場" in line and not _OTHER_TIME.search(line) else None
    # (after the sentence's topic: `今回はサイボウズさんに会場を提供して頂き`; never `はてなさん`, a name)
    return _Found(_TOPIC_FIRST.sub("", m.group("v") or m.group("w"))) if m else None


_TOPIC_FIRST = re.compile(r"^(?:(?:今回|今年|本日|当日|この日|今日|前回|毎回)(?:も|は)[、,\s]*)?(?:前回(?:同様|と同じく?|に引き続き|に続き)に?\s*)?(?=\S)")


# `welcome the community to Harbor HQ on January 28`, `join us … in Room 12B of Pier Center`,
# `We were back at Dev Bootcamp`: an English sentence putting the event in a named place
_EN_PLACE = re.compile(r"\bto\s+(?P<v>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})\s+on\s+(?:[A-Z][a-z]+\s+\d|\d)"
                       r"|\bin\s+(?P<v2>(?:Room|Hall|Suite)\s+\w+\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})"
                       r"|\b(?:were|are|was|be)\s+(?:back\s+)?at\s+(?:the\s+)?(?P<v3>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})"
                       # `This will be a lunchtime meetup in Beavercreek at Applied Information Sciences`: the meetup's place
                       r"|\b(?:will\s+be|is|was)\s+(?:an?|our|the)\s+(?:[a-z]+\s+){0,2}(?:meetup|meeting|event)\s+"
                       r"(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?at\s+(?:the\s+)?(?P<v5>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})"
                       # `We'll be graciously hosted by the FedEx Institute of Technology`: a host that is a place
                       r"|\b(?:be|been|is|are|was|were)\s+(?:[a-z]+ly\s+)?hosted\s+(?:at|by|in)\s+(?:the\s+)?"
                       r"(?P<v4>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|the|for|and|&)){0,6}?\s+" + r"(?:" + _BUILDING_WORDS + r"))\b")
# `@Harbor Works Inc` alone on a line: where (a Japanese note's `@ 会場`); never the writer introducing
# themself by their handle (`@harbor-dev です。`)
_AT_LINE = re.compile(r"^\s*[@＠]\s*(?![A-Za-z0-9_.\-]+\s*(?:\([^()]{1,30}\)\s*)?(?:です|と申します|といいます|でございます|だよ|here\b))"
                      r"(?P<v>[^\s@＠#][^@＠#]{1,40}?)\s*$")


def _en_place(line: str):
    m = _EN_PLACE.search(line)
    if not m:
        return None
    if m.group("v5"):  # (`… meetup in Riverton at Tidewater. Remote folks …`: the place ends with its sentence)
        place = re.split(r"(?<=[a-z]{3})\.\s", m.group("v5"), maxsplit=1)[0]
        return None if _NO_PLACE.fullmatch(place) else _Found(place)
    return _Found(m.group("v") or m.group("v2") or m.group("v3") or m.group("v4"))


# the hours and days a sentence's `at` may tell: `at Noon`, `at Midnight`, `at Lunchtime`, `at Monday's meetup`
_TIME_WORDS = r"Noon|Midnight|Lunch(?:time)?|Dawn|Dusk|" + dates.WEEKDAY_NAME
# a time said where a place would be: `our last meetup at Christmas`, `at Noon`
_NO_PLACE = re.compile(r"Christmas|Easter|Halloween|Thanksgiving|New\s+Year'?s?(?:\s+Eve)?|Night|Half\s+Past\s+\w+|"
                       + _TIME_WORDS, re.IGNORECASE)
# a place's words opening with a time (`Noon for lunch first`) or holding a day (`Black Friday levels`)
_AT_A_TIME = re.compile(r"(?:" + _TIME_WORDS + r")\b", re.IGNORECASE)


class _Found:
    """A match-like result for a venue found by a function rather than one pattern."""

    def __init__(self, venue: str):
        self.venue = venue

    def group(self, name: str) -> str:
        return self.venue


_DATE_AND_VENUE = re.compile(r"^\s*(?:[-*]\s*)?(?:\*\*)?(?:日時|日程|開催日時?)\s*[・/／&＆と]\s*(?:会場|場所)(?:\*\*)?\s*[:：]"
                             r"(?:\*\*)?\s*(?P<v>.+?)\s*$")


_NOT_A_VENUE = re.compile(r"^(?:オンライン|online|zoom|youtube|discord|teams|google\s*meet|各自|自宅|remote|リモート)",
                          re.IGNORECASE)


_NITE = re.compile(r"^\s*(?:[-*]\s*)?(?:@\s*)?(?P<v>[^。！!?？]{2,50}?)(?:" + people.HONORIFIC + r")?\s*(?:にて|で開催|での開催)(?:開催)?[。.]?\s*$")


_CLOCK = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}\s*(?:[-–~〜～]\s*(?:\d{1,2}\s*[:：]\s*\d{2})?)?|[(（](?:月|火|水|木|金|土|日|祝)[)）]"
                    r"|\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\)", re.IGNORECASE)


_LABELLED_VENUE = (_VENUE_LINE.match,)
# `| Address | **HarborWorks, 12 Quay Rd** |`, `住所: …`: where no line names the venue, the address says where
_ADDRESS_LINE = re.compile(r"^\s*(?:[-*]\s*|\|\s*)?(?:\*\*)?(?:Address|住所)(?:\*\*)?\s*(?:[:：]|\|)\s*(?P<v>[^|]+?)\s*\|?\s*$",
                           re.IGNORECASE)
_ADDRESSED = (_ADDRESS_LINE.match,)
_THANKED_FOR = re.compile(r"\s*(?:さん|様)?\s*(?:に|より|から)\s*(?:ご協力|ご提供|提供|お借り|貸して|協賛).*$")


_QUOTED_AT = re.compile(r"「(?P<v>[^」]{2,40})」\s*(?:にて|で開催|で行われ|での開催)")


_PAREN_WHEN_WHERE = re.compile(r"[（(](?P<when>[^()（）]*?\d[^()（）]*?)[、,，]\s*(?P<v>[^()（）、,，\d][^()（）、,，]{1,40}?)\s*[)）]")


def _paren_when_where(line: str):
    """`Foo 2024（2024年6月29日、ほげホール）で…`: the day, then the place, in parentheses."""
    m = _PAREN_WHEN_WHERE.search(line)
    return m if m and dates.find_date_safe(m.group("when")) else None


# `X にて Haskell Day 2019 を開催しました`: the place, then the event held there
_NITE_EVENT = re.compile(r"(?:^|[、。\s]|(?<=[日)）]))(?P<v>[^\s、。「」『』()（）に][^、。「」『』()（）]{1,40}?)\s*にて\s*\S.{0,60}?を\s*開催")
# `will be June 27, 2014 at Hatch Norfolk`: the day, then the place
_BE_AT = re.compile(r"\b(?:will\s+be|is|was)\b[^.]{0,40}?\d\b[^.]{0,10}?\bat\s+(?:the\s+)?(?P<v>[A-Z][^,.;()<]{1,60}?)\s*(?:[,.;(<]|$)")
# `2015年2月21日、渋谷マークシティでFoo Conferenceを開催`: the day, the place, then the event held there
_DE_EVENT = re.compile(r"(?:日|[)）])\s*(?:[、,]|に[、,]?)\s*(?P<v>[^\s、。「」『』()（）で][^、。「」『』()（）]{1,30}?)\s*で\s*\S.{0,40}?を\s*開催")
# `会場のLoco Partnersさん素敵なオフィスでした`: the venue named after 会場の, a host's honorific after it
# (never a word about the venue: `## 会場のこと`, `会場の様子`)
_VENUE_OF = re.compile(r"(?:^|[、。\s(（])会場(?:の|である|となった)\s*[「『]?(?!(?:こと|話|様子|雰囲気|感想|紹介|写真|準備|設営|都合|確保|選び|選定)(?:[、。はがにでのも]|$))(?P<v>[^\s、。「」『』()（）][^、。「」『』()（）]{1,30}?)[」』]?\s*"
                       r"(?:さん|様)?\s*(?:[、。はがにでのも]|素敵|$)")
# `GoConnect#1(@サイボウズさん)でLTしてきました`: the host in parentheses after the event, with an at-sign
_AT_HOST_IN_PARENS = re.compile(r"[(（]\s*[@＠]\s*(?P<v>[^()（）@＠\s,、][^()（）@＠,、]{1,30}?)\s*(?:さん|様)\s*[)）]\s*(?:で|にて)")
# `聖地秋葉原にて Deno Fest が開催され`, `…に渡って、Xで開催されました`: the place before にて or で, then the event held
_NITE_HELD = re.compile(r"(?:^|[、。\s]|(?<=[日)）])|(?<=て[、,])|(?<=間[、,]))(?P<v>[^\s、。「」『』()（）に\d][^、。「」『』()（）に]{1,40}?)\s*"
                        r"(?:にて|で)\s*(?:\S.{0,60}?\s*が\s*)?開催(?:され|しま|いたしま)")
# `at Zynga’s San Francisco office`, `in Microsoft's Victoria offices`: an organisation's office, in a sentence
# about the event; `Wantedly のオフィスにて`
_ORGS_OFFICE = re.compile(r"\b(?i:meetup|event|talk|conference|session|group|gathering)\b[^.]{0,80}?\b(?:at|in)\s+(?:the\s+)?"
                          r"(?P<v>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s\s+(?:[A-Z][\w-]*\s+){0,2}offices?)\b")
_ORGS_OFFICE_JA = re.compile(r"(?P<v>[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,2})\s*(?:さん|様)?\s*の\s*(?:オフィス|本社|会議室)\s*(?:にて|で)")
_CAPITALISED = r"[A-Z][\w&'’-]*(?:\.[\w]+)*(?:\s+(?:of\s+|the\s+)?[A-Z0-9][\w&'’-]*){0,4}"
# `The event took place into the Soho Factory`, `The place was the premises of Eurobank`
_TOOK_PLACE_INTO = re.compile(r"\b(?:took\s+place|was\s+held|were\s+held)\s+(?:into|inside)\s+(?:the\s+)?(?P<v>" + _CAPITALISED + r")")
_PREMISES_OF = re.compile(r"\bpremises\s+of\s+(?:the\s+)?(?P<v>" + _CAPITALISED + r")")


# a sentence telling where the evening gathered, the place's capitalised name after `at` or `into`: `we had **Foo #18**
# at the Foundry Loft on Welsh Back`, `joined us at **Quayside Print Works**`, `squeezed into the Ouseburn Digital Hub`,
# `It ran on Saturday, September 21, at the Haymarket Exhibition Hall`, `I attended the NoSql Conference at Dundee
# University` (the name's words up to the first lower-case one: `at Web Directions office` names Web Directions)
_GATHERED_AT = re.compile(
    r"\b(?:we\s+(?:had|held|met|gathered|got\s+together|welcomed)|joined\s+us|got\s+together|(?:was|were)\s+(?:held|hosted)|"
    r"took\s+place|happened|(?:it|conference|meetup|event|evening|night|day|workshop)\s+ran|"
    r"(?:it|this)\s*(?:['’]s|\s+is|\s+was|\s+will\s+be)\s+on|"
    # (people squeezed in, never a talk packing a history into years: `74 people squeezed into`, `we packed 58 people into`)
    r"(?:\d+|people|we|everyone|folks|attendees|of\s+(?:us|you))\s+(?:\w+\s+)?(?:squeezed|packed)|"
    r"(?:the\s+)?(?:evening|night|meetup|event)(?=\s*,)|(?:we\s*['’]re|we\s+are|we\s+were)\s+back|(?<!had\s)attended(?!\s+at\b))\b"
    r"(?P<between>[^.!?]{0,60}?)\b(?:at|into)\s+(?:(?-i:the)\s+(?:amazing|lovely|wonderful|brand[-\s]new|new)\s+|a\s+new\s+venue,\s+(?-i:the)\s+|(?-i:the)\s+)?"
    r"(?P<v>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?:of|de|the|and)\b|&|(?-i:[A-Z0-9])[\w'’&.-]*))*)", re.IGNORECASE)


def _gathered_at(line: str):
    """_GATHERED_AT's place, unless the sentence tells of where someone works, a social, another time or someone's words,
    or the place reads as a town, a company, another event or a time."""
    if " at " not in line and " into " not in line:
        return None
    line = _BOLD_MARKS.sub("", line)
    m = _GATHERED_AT.search(line)
    if not m or _WORKS_AT.search(line[:m.start("v")]) or _SOCIAL.search(line[:m.start("v")]) or _AFTERWARDS.search(line) \
            or _DRINKS.search(line[m.end("v"):m.end("v") + 40]) \
            or _OTHER_TIME.search(line[:m.end("v") + 20]) or _QUOTED_SPEECH.search(line):
        return None  # (`We had Jane Roe, an engineer at Acme, …`: where she works; `a terrace party hosted at X`, `we then
        # squeezed into the Golden Lion afterwards`: the social's; `back in 2015`, `Years ago …`: another time's;
        # `“We got together at …,” Pat recalled`: someone's words)
    place = re.sub(r"(?:\s+(?:of|de|the|and|&))+$", "", m.group("v")).rstrip(".")
    if (named_for := _NAMED_FOR.match(line, m.end("v"))) and re.search(r"\b(?:Centre|Center|Institute|Museum|School|Society|"
                                                                      r"Foundation|Council|Hall|House)$", place):
        place += named_for.group(0).rstrip()  # `the Centre for Computing History`: the name goes on after `for`
    elif office := re.match(r"\s+(?:office|offices|headquarters|campus|building)\b", line[m.end("v"):]):
        place += office.group(0)  # `at Web Directions office`: the company's office is the place
    # (never a time, a day or a person's name: `at Noon`, `at Jane Roe's`)
    # (nor an event, its edition's number closing its name: `attended and presented at Zope Essentials 6`)
    if re.search(r"\s#?\d{1,4}$", place) and not _BUILDING.search(place):
        return None
    # (one word is a place only where it says so, `Hub`, `Loft`: never a company, a service or a town, `at Hetzner`,
    # `into Slack`, `at Sheffield`; nor another event, `at Strange Loop`, `KubeCon`, nor a day, `Black Friday`)
    if " " not in place and not _BUILDING.search(place) and not _PLACE_NOUN.search(place) \
            or _EVENT_NAME_WORD.search(place) or _AT_A_TIME.search(place):
        return None
    if _NO_PLACE.fullmatch(place) or len(place) < 3 or dates.find_date_safe(place) or place.endswith(("'s", "’s")) \
            or people.looks_like_people(place, strict=True) and names.given_name(place.split()[0]) \
            and not _PLACE_NOUN.search(place) and not _BUILDING.search(place):
        return None
    return _Found(place)


_AFTERWARDS = re.compile(r"\b(?:after\s+the\s+(?:event|talks|meetup|conference|sessions)|afterwards|later\s+that\s+(?:day|night|evening))\b",
                         re.IGNORECASE)
_SOCIAL = re.compile(r"\b(?:party|parties|dinner|drinks?|pints?|bar|pub|lunch|breakfast|social|socializing|socialising|after-?party|"
                     r"karaoke|pub\s+crawl|beers?)\b", re.IGNORECASE)
_DRINKS = re.compile(r"\b(?:drinks?|pints?|beers?|dinner|food)\b", re.IGNORECASE)
_QUOTED_SPEECH = re.compile(r"[“”\"]|,\s+(?:\w+\s+){0,2}(?:said|says|noted|recalled|reminded|explained|told|joked)\b", re.IGNORECASE)
# the words of another event's name: `at Strange Loop`, `KubeCon`, `NeurIPS`, `PyCon`, `Summit`
_EVENT_NAME_WORD = re.compile(r"(?:Conf|Con|Summit|Camp|Loop|Days|Fest|Meetup|Kaigi|IPS|Hackathon|Expo)\b")
_WORKS_AT = re.compile(r"\b(?:engineer|developer|designer|manager|lead|founder|CEO|CTO|VP|head|architect|scientist|researcher|"
                       r"works?|working|worked|intern|student|professor|employee|evangelist|advocate|now|currently|formerly|"
                       r"previously)\s+(?:at|into)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_NAMED_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:of|and)\b|&|(?-i:[A-Z])[\w'’-]*))*")
_BOLD_MARKS = re.compile(r"\*\*|__|</?(?:strong|b|em)>")


def _where(words, find):
    """`find`, read only on a line holding one of `words` (a quick look spares the pattern most lines)."""
    words = (words,) if isinstance(words, str) else words
    return lambda line: find(line) if any(w in line for w in words) else None


def _held_at(line: str):
    """_HELD_AT, never in a sentence about the social (`a terrace party hosted at Terraza`), another time (`The first
    one was held at X in 2016`) or in someone's words (`…, Mo noted`)."""
    m = _HELD_AT.search(line)
    return None if m is None or _SOCIAL.search(line[max(0, m.start("v") - 80):m.start("v")]) \
        or _OTHER_TIME.search(line[:m.end("v") + 20]) or _QUOTED_SPEECH.search(line) else m


_SENTENCE_VENUE = (_DE_EVENT.search, _NITE.match, _QUOTED_AT.search, _paren_when_where, _VENUE_IS.search, _HOSTED_AT.match, _held_at,
                   _held_in, _host_venue,
                   _JA_HELD_AT.search, _NITE_EVENT.search, _BE_AT.search, _AT_LINE.match, _en_place) + (
                   # (read last: the older readers' sentences first; each only where its words are)
                   _LATE_READERS := (
                       _where("会場", _VENUE_OF.search), _where(("@", "＠"), _AT_HOST_IN_PARENS.search),
                       _where("開催", _NITE_HELD.search),
                       _where("office", _ORGS_OFFICE.search), _where(("オフィス", "本社", "会議室"), _ORGS_OFFICE_JA.search),
                       _where(("took place", "held"), _TOOK_PLACE_INTO.search), _where("premises", _PREMISES_OF.search))) + (
                   _gathered_at,)


# what a sentence about the room says instead of its name: `会場は満員でした`, `会場は熱気がありました`
_PHRASE = re.compile(r"[\u4e00-\u9fff][\u3040-\u309f]*[たいるすく]$|[\u4e00-\u9fff\u30a0-\u30ffA-Za-z][がをはもへ][\u3040-\u30ff\u4e00-\u9fff]"
                     r"|^(?:超?満員|満席|ほぼ満席|大?盛況|大入り|熱気|静か|広|狭|寒|暑|綺麗|きれい|快適)")


def _without_when(text: str) -> str:
    """`2019/05/18 (土) 14:00〜 @ ほげホール` -> `ほげホール` (a `日時・会場:` value)."""
    text = _CLOCK.sub(" ", dates.strip_dates(text))
    return re.sub(r"^[\s,，、/／|｜]*(?:@|＠|at\s)?\s*", "", text.strip())


_LEADING_SYMBOLS = re.compile(r"^(?:[\u2190-\u2BFF\U0001F000-\U0001FAFF\u200d\ufe0f\u20e3#*]+\s*)+(?=[^\s#*])")


# a heading over the social part of the day: where it was held is not the event's venue
_SOCIAL_HEADING = re.compile(r"^#{1,6}\s+(?:前夜祭|懇親会|二次会|三次会|打ち上げ|飲み会|after[\s-]*party|social|dinner|drinks)"
                             r"\s*(?:について|の様子|にて)?\s*#*\s*$", re.IGNORECASE)
_HEADING_LINE = re.compile(r"^#{1,6}\s")


def _without_socials(lines: list[str]) -> list[str]:
    """The lines, less those under a heading about the social part (`## 前夜祭`, `## After party`) up to
    the next heading: `前夜祭は駅の反対側のお店で行われました` names the party's place, not the venue."""
    out, social = [], False
    for line in lines:
        if _HEADING_LINE.match(line.lstrip()):
            social = bool(_SOCIAL_HEADING.match(line.lstrip()))
        if not social:
            out.append(line)
    return out


# the writer thanking the host for the room, anywhere in the note (often its closing lines): `会場をご提供いただきました
# 株式会社アララ様`, `会場をお借りしました X様`, `会場、飲食のご支援を頂きました X 様`, `会場を提供して下さってる X の方`; `Thanks to Lesson.ly for
# providing the space`, `Thanks again to CrowdCompass for hosting us!`. The host is a company or a place, never a person
# (`山田さん`, `Jane Doe`: whoever lent the room, the room is not theirs to name), and never the room of another gathering
# (`次回の会場`, `懇親会会場`, `オンライン会場`).
_JA_ROOM_GIVER = re.compile(r"会場(?:[、,・][^、。を]{1,10}?)?(?:を|の)\s*(?:ご|お)?(?:提供|支援|貸し出し|貸し|用意|借り)(?:を)?\s*"
                            r"(?:して|し)?(?:いただき|頂き|下さり|くださり|くれ)?(?:いただいた|頂いた|くださった|下さった|くださってる|"
                            r"下さってる|くれた|くれてる|ました|まして|ている|てる|た)\s*(?P<v>[^\s、。「」『』()（）][^、。「」『』()（）の]{1,40}?)"
                            r"\s*(?:さん|様|の方)")
def _proper_noun(text: str) -> bool:
    """Whether UniDic reads a word of `text` as a proper noun (`富士通`), never a common one (`大家`, `お店`)."""
    return any(w.feature.pos2 == "固有名詞" for w in names.tagger()(text.strip()))


_NAMED_PLACE = re.compile(r"[A-Za-z\u30a1-\u30fa]|株式会社|有限会社|社|大学|会館|ホール|センター|オフィス|ビル|ラボ|スペース|カフェ")
_ANOTHER_ROOM = re.compile(r"(?:次回|前回|懇親会|二次会|打ち上げ|オンライン|リモート)(?:の)?\s*$")
_EN_ROOM_GIVER = re.compile(r"\b(?i:thanks?|thank\s+you|grateful)\b[^.!]{0,30}?\b(?i:to)\s+(?:(?i:the)\s+(?i:folks|people|team)\s+at\s+)?"
                            r"(?P<v>" + _CAPITALISED + r")\s+(?i:for)\s+(?:kindly\s+)?(?i:(?:providing|lending|offering)\s+"
                            r"(?:us\s+)?the\s+(?:space|venue|room|location|meeting\s+room|event\s+space)\b"
                            r"|hosting\s+us\b(?!\s+(?:for\s+free|on\s+their|online|virtually)))")


# a word every thank-you above holds: the cheap look before them (lines, and whole notes, without one are not read)
ROOM_GIVEN_WORD = re.compile(r"会場|\b(?i:hosting|providing|lending|offering)")


def thanked_host(text: str) -> str | None:
    """The venue from the writer thanking its host for the room (the patterns above), anywhere in `text`."""
    for line in text.split("\n"):
        if len(line) > 600 or not ROOM_GIVEN_WORD.search(line):
            continue
        line = people.MD_LINK.sub(r"\g<text>", line) if "](" in line else line
        line = re.sub(r"`(?P<t>[^`<]+?)`_", r"\g<t>", line)  # (reStructuredText's `3dHubs`_)
        line = re.sub(r"[*/]([A-Za-z][^*/]{1,40}?)[*/]", r"\1", line)  # (`/CrowdCompass/`, org's italics)
        m = _JA_ROOM_GIVER.search(line)
        if m and (_ANOTHER_ROOM.search(line[:m.start()]) or names.name_verdict(m.group("v").strip()) is True):
            m = None  # (another gathering's room; a person thanked, `山田さん`)
        if m and "借り" in m.group(0) and not _NAMED_PLACE.search(m.group("v")) and not _proper_noun(m.group("v")):
            m = None  # (`会場をお借りした大家さん`, `お店の方`: whoever lent it, in plain words; a company or a place is named)
        m = m or _EN_ROOM_GIVER.search(line)
        found = m.group("v").strip() if m else None
        if found and m.re is _EN_ROOM_GIVER and people.looks_like_people(found, strict=True) \
                and not people.is_affiliation(found):
            continue  # a person thanked (`Jane Doe`), not the place
        venue = _clean_venue(found) if found else None
        if venue:
            return venue
    return None


def find_venue(intro: str) -> str | None:
    """The venue from a labelled line (`会場:`, `Venue:`, `日時・会場:`), else from a
    sentence that says where the event was (`会場は X です`, `Hosted at X`,
    `held on <date> at X`, `<date>に X で開催`)."""
    return find_venue_read(intro)[0]


def gathered_venue(text: str) -> str | None:
    """The place a sentence of the event's own text says the evening gathered at (_GATHERED_AT: `joined us at X`,
    `The evening, at the amazing X, was …`, `We held our first meetup at X`; or _held_in's building), where the opening
    lines named none. A paragraph wrapped over lines is read as one, a sentence at a time; a quoted line is someone
    else's words."""
    if " at " not in text and " into " not in text and " in " not in text:
        return None
    paragraphs = [" ".join(" ".join(line for line in block.split("\n") if not line.lstrip().startswith((">", "#", "|", "```"))).split())
                  for block in re.split(r"\n\s*\n", text)]
    for paragraph in paragraphs:
        paragraph = people.MD_LINK.sub(r"\g<text>", paragraph) if "](" in paragraph else paragraph
        paragraph = _TAGS.sub("", paragraph) if "<" in paragraph else paragraph
        for sentence in _SENTENCES.split(paragraph):
            # (`took place in Globex's office in Montréal` in a long paragraph the opening lines' readers pass over)
            if len(sentence) <= 300 and (found := _gathered_at(sentence) or _held_in(sentence)):
                venue = _clean_venue(found.group("v"))
                if venue:
                    return venue
    return None


def venue_names_the_same_place(short: str, full: str) -> bool:
    """Whether a place's short form and a fuller line share a word of it (`大阪北浜` and `… 大阪市中央区北浜2丁目…`,
    `Quay Labs` and `Quay Labs, 3rd floor`): two characters running in a Japanese one, a word in a Latin one."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’.-]{2,}", short) if w.lower() not in ("the", "and", "floor")]
    pairs = {short[k:k + 2] for k in range(len(short) - 1) if CJK.fullmatch(short[k]) and CJK.fullmatch(short[k + 1])}
    return any(w.lower() in full.lower() for w in words) or any(p in full for p in pairs)


def find_venue_read(intro: str) -> tuple[str | None, bool]:
    """find_venue, and whether the place was only written after the day's `@` (`8月4日 17:00 @大阪北浜`): a short
    form a labelled line elsewhere (`場所: 株式会社… 関西支店`) says in full."""
    # a venue line is short; deep indentation and long lines would only make the patterns backtrack (gathered_venue
    # reads a long paragraph a sentence at a time)
    lines = [line.strip() for line in _without_socials(intro.split("\n")) if len(line.strip()) <= 300]
    # `会場は[雅叙園](https://…)ではなく…`: a link's text is what the sentence says
    lines = [people.MD_LINK.sub(r"\g<text>", line) if "](" in line else line for line in lines]
    # `📍 会場：X`, `#️⃣ ハッシュタグ：…`: a pictograph in front of a label
    lines = [_LEADING_SYMBOLS.sub("", line) if not line.startswith("**") else line for line in lines]
    # `<li><span>場所:</span> X</li>`, `__Location__: X <br/>`: a page's tags and underscored bold show nothing
    lines = [_TAGS.sub("", line).strip() if "<" in line else line for line in lines]
    lines = [_UNDERSCORE_BOLD.sub(r"**\g<t>**", line) if "__" in line else line for line in lines]
    lines = [dates.without_next_event(line) for line in lines]  # (`次回は新しい会場で開催します`: the next one's place)
    wrapped = _unwrapped(lines)
    below = _venue_below_label([l for l in wrapped if l])
    if below:
        return below, False
    for finders in (_LABELLED_VENUE, _ADDRESSED, _SENTENCE_VENUE, _AT_AFTER_DATE):
        for line in (wrapped if finders is _SENTENCE_VENUE else lines):
            both = _DATE_AND_VENUE.match(line) if finders is _LABELLED_VENUE else None
            if both:
                found = _without_when(both.group("v"))
            else:
                m = next((m for find in finders if (m := find(line))), None)
                found = m.group("v") if m else None
            venue = _clean_venue(found) if found else None
            if venue and finders is _SENTENCE_VENUE and re.fullmatch(r"[\u4e00-\u9fff]{1,3}[市区町村都府県]?", venue):
                venue = None  # `博多で開かれた`: a town, not the place
            if venue and finders is _SENTENCE_VENUE and re.search(r"\bhosted\s+by\b", line, re.IGNORECASE) \
                    and venue.isascii() and len(venue.split()) in (2, 3) \
                    and people.looks_like_people(venue, strict=True) and names.given_name(venue.split()[0]) \
                    and not _PLACE_NOUN.search(venue):
                venue = None  # `Hosted By` / `Noor Haddad` on an event page: the people who host it, not the place
            if venue and finders is _SENTENCE_VENUE:
                # `held at the X Center in Madison, WI`: the place, not its town
                venue = re.sub(r"^(?P<place>[A-Z]\S*(?:\s+\S+){1,6}?)\s+in\s+[A-Z][\w.\s-]*$", r"\g<place>", venue)
            if venue and (finders in (_LABELLED_VENUE, _ADDRESSED) or not _PHRASE.search(venue)):
                return venue, finders is _AT_AFTER_DATE
    return None, False


# the words that make a name a place's: `Crystal Ballroom`, `Pier Works Loft`
_PLACE_NOUN = re.compile(r"\b(?:" + PLACE_NOUNS + r")\b")
_TAGS = re.compile(r"</?(?:li|ul|ol|p|div|span|b|strong|em|i|u|small|font|br|td|tr|dd|dt|a)\b[^>]*/?>", re.IGNORECASE)
_UNDERSCORE_BOLD = re.compile(r"__(?P<t>[^_]{2,30})__")


_NOT_RUNNING_TEXT = re.compile(r"^(?:[-*+|#>@＠]|\d+[.)]\s|\S+\s*[:：])")


# a line that stops mid-sentence: it ends with a word that needs what follows (`hosted by the`, `held at`)
_CONTINUES = re.compile(r"\s(?:the|a|an|of|at|by|in|to|for|and|with|on|from|our|their)$", re.IGNORECASE)


_SENTENCES = re.compile(r"(?<=[.!?。！？])\s+")


def _unwrapped(lines: list[str]) -> list[str]:
    """The lines with an English sentence wrapped over two of them joined again (`We'll be hosted by the` /
    `FedEx Institute of Technology.`), where a line stops mid-sentence; list items, labels, headings and
    table rows stay lines of their own."""
    out: list[str] = []
    for line in lines:
        if out and line and out[-1] and out[-1].isascii() and line.isascii() and not _NOT_RUNNING_TEXT.match(line) \
                and not _NOT_RUNNING_TEXT.match(out[-1]) and _CONTINUES.search(out[-1]) and len(out[-1]) + len(line) <= 300:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


_LABEL_ALONE = re.compile(r"^(?:[■□●○◆◇▼▽★☆・]\s*|[-*]\s+|#{1,6}\s+)?(?:\*\*)?(?:" + _VENUE_LABEL + r"|会場情報)"
                          r"(?:\*\*)?\s*[:：]?(?:\*\*)?$", re.IGNORECASE)


# a Japanese street address: a postcode, a prefecture, then its city or ward
_POSTCODE = r"〒\s*\d{3}-?\d{4}\s*"
_PREFECTURE = r"(?:東京都|北海道|(?:京都|大阪)府|[\u4e00-\u9fff]{2,3}県)"
_ADDRESS = re.compile(r"^(?:〒\s*\d|" + _PREFECTURE + r"\S*?[市区町村郡])")
# after the place's name: `株式会社ほげ 東京都港区赤坂1-2-3(森ビル34F)`, or in parentheses: `センター講義室 (札幌市東区 北11条東7丁目1-1)`
# (a city's ward without its prefecture too: `大阪市中央区北浜2丁目3番9号`)
_ADDRESS_AFTER = re.compile(r"(?<=\S)[\s　]+(?:" + _POSTCODE + r")?(?:" + _PREFECTURE + r"\S*?[市区町村郡]|[\u4e00-\u9fff]{1,4}市[\u4e00-\u9fff]{1,4}区)"
                            r"\S*\d.*$")
_ADDRESS_IN_PARENS = re.compile(r"(?<=\S)\s*[(（]\s*(?:" + _POSTCODE + r")?[^()（）]*?[都道府県市区町村郡][^()（）]*\d[^()（）]*[)）]\s*$")
# an English street address after the place's name: `HI Space, 307a Kamani Street Honolulu, 96813`
_STREET_AFTER = re.compile(r"(?:\s*,\s*|\s+)\d+[a-z]?\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln"
                           r"|Drive|Dr|Way|Square|Sq|Parkway|Pkwy|Court|Ct|Highway|Hwy)\b.*$")
_NUMBERED_ROOM_WORD = re.compile(r"\b(?:Studio|Room|Hall|Building|Bldg|Pier|Suite|Level|Floor|Unit|Gate|Terminal|Stage|Track)$",
                                 re.IGNORECASE)
_ONLY_A_FLOOR = re.compile(r"(?:Level|Floor|Suite|Room|Unit|Ste)\.?\s*\S{1,6}|\S{1,4}\s+(?:Floor|Fl\.?)"
                           r"|(?:the\s+)?(?:Level|Floor|Suite|Room|Unit|Ste|Building|Bldg|Pier|Studio|Hall)\.?", re.IGNORECASE)
# the way there after the place: `… ([Open in Google Maps](…))`
_MAP_LINK = re.compile(r"\s*[(（][^()（）]*(?:map|地図|open\s+in|行き方|アクセス|access|directions)[^()（）]*(?:[)）]|$)\s*$",
                       re.IGNORECASE)


# `2024/2/10(土) @ ちゅらテックラボ（那覇）`: a date, then the place after an at-sign
_DATE_AT = re.compile(r"^(?:[-*]\s+)?(?P<when>.*?\d.*?)\s+[@＠]\s*(?P<v>[^@＠\s].{1,60})$")


# `Thursday, November 14th, 6:30pm at DevOpsGroup offices, Cardiff.`: the day, its hour, then `at` the place
_DATE_TIME_AT = re.compile(r"^(?:>\s*)?(?:[-*]\s+)?(?P<when>[^@＠]*?\d[^@＠]*?(?:\d\s*(?i:[ap]\.?m\.?)|\d[:.]\d\d))\s*,?\s+at\s+"
                           r"(?:the\s+)?(?P<v>[A-Z][^.;()<>]{2,60}?)\s*\.?\s*$")


def _at_after_date(line: str):
    m = _DATE_AT.match(line) or _DATE_TIME_AT.match(line)
    if m and (dates.find_date_safe(m.group("when")) or dates.MONTH_DAY.search(m.group("when"))) \
            and not re.match(r"[A-Za-z0-9_]+\b\s*$", m.group("v")) and not _TIME_ONLY.match(m.group("v")):
        return m
    return None


# `June 23rd 2015 @ 7:00pm`: the at-sign gives the hour, not the place
_TIME_ONLY = re.compile(r"^\s*" + TIME_OF_DAY + r"\s*(?:[-–〜~]\s*" + TIME_OF_DAY + r")?\s*(?:<[^>]*>)*\s*$", re.IGNORECASE)
_AT_AFTER_DATE = (_at_after_date,)


def labelled_venue(text: str) -> str | None:
    """The venue only where a label names it (`Venue: X`, a `## Location` heading over the place):
    for the event's sections after the talks, where a sentence's `at X` is about something else."""
    lines = [line.strip() for line in _without_socials(text.split("\n")) if line.strip() and len(line.strip()) <= 300]
    found = _venue_below_label(lines)
    if found:
        return found
    for line in lines:
        m = _VENUE_LINE.match(line)
        venue = _clean_venue(m.group("v")) if m else None
        if venue:
            return venue
    return None


_HEADING_MARKS = re.compile(r"^#{1,6}\s+")


def _venue_below_label(lines: list[str]) -> str | None:
    """A label on its own line with the place on the next (a web page copied as text):
    `会場` / `みなと神戸ラボ 3F`; when the first line under it is the street address, the
    place's name follows it."""
    for i, line in enumerate(lines[:-1]):
        if not _LABEL_ALONE.match(line):
            continue
        value = _HEADING_MARKS.sub("", lines[i + 1])  # (`## 開催場所` over `### オンライン配信`: the sub-heading says where)
        # (the postcode and the street on lines of their own before the name: `〒130-0013` / `東京都墨田区…` / `株式会社…`)
        j = i + 1
        while _ADDRESS.match(lines[j]) and j + 1 < len(lines) and j < i + 3 and _ADDRESS.match(lines[j + 1]):
            j += 1
        if _ADDRESS.match(value) and j + 1 < len(lines) and len(lines[j + 1]) <= 40 \
                and not _LABEL_ALONE.match(lines[j + 1]) and not _ADDRESS.match(lines[j + 1]):
            value = lines[j + 1]
        if sections.fact_line(value):
            continue  # `# Place` over `- Time: …` / `- Place: …`: a heading over labelled lines, read line by line
        venue = _clean_venue(value) if len(value) <= 60 and not re.search(r"[。.!！?？]$|[:：]\**$", value) else None
        if venue and not _VENUE_LINE.match(value) and not _PHRASE.search(venue):
            return venue
    return None


_QUOTED_NAME = re.compile(r"[^「」]*?(?:の|、|\s)?「(?P<name>[^」]{2,40})」")
_SUBJECT = re.compile(r"^\S.*?\s*が\s*(?P<rest>\S.*)$")
_STREAMED = re.compile(r"\s*[（(][^()（）]*(?:配信|中継|同時|併催|ハイブリッド|オンライン|リモート|online|stream|hybrid|remote|zoom)[^()（）]*[)）]\s*$",
                       re.IGNORECASE)


# `mark MEIZAN [行き方](…)`, `Harbor Hall (map)`: the way there, after the place
# how to get there, in parentheses after the place: `（地下鉄 勾当台公園駅 徒歩 2 分）`, `(5 min walk from Central Station)`
_WALK_IN_PARENS = re.compile(r"\s*[(（][^()（）]{0,40}?(?:徒歩\s*約?\s*\d+\s*分|駅\s*(?:から|より)?\s*すぐ|\d+[\s-]*min(?:ute)?s?\.?[\s-]+walk)"
                             r"[^()（）]{0,30}[)）]\s*$",
                            re.IGNORECASE)
_DIRECTIONS = re.compile(r"[\s(（]*(?:行き方|地図|アクセス|マップ|map|directions|google\s*maps)[)）]?\s*$", re.IGNORECASE)
# an aside in parentheses telling the reader what to do there, in lower case: `(badge in at the front desk)`, `(use
# the side door)`; never the place's own part (`(Norfolk, VA)`, `(3F)`, `(old town hall)`)
_ASIDE_TO_THE_READER = re.compile(r"\s*\((?=[a-z])(?:please\s+)?(?:badge|sign|check|ring|knock|use|take|enter|come|go|ask|"
                                  r"follow|look|buzz|bring|show|walk)\b[^()]{3,60}\)\s*$")
# `12月02日に 21cafe`: a day without its year before the place
# (or `11/30 に高崎`)
_MONTH_DAY_BEFORE = re.compile(r"^\d{1,2}\s*(?:月\s*\d{1,2}\s*日|/\s*\d{1,2}(?=\s*(?:[(（]|に|、)))\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:に|、|,)?\s*(?=\S)")
# where the place is, said before its name: `大通にある…`, `伏見駅すぐの…`, `金沢駅西口から歩いて 10 分ほどの…`
# (a landmark's: never inside brackets, `天神ラボ（天神駅から徒歩3分のビル）`, nor the host's own building or floor,
# `株式会社ミナト 本社にある大会議室`, `天神ラボ 3階にある…`)
_LOCATED_BEFORE = re.compile(r"^(?:[^、。「」\s（）()／/]{1,14}にある|[^、。「」\s（）()／/]{1,12}駅(?:前|すぐ|近く|直結|[東西南北]口)の"
                             r"|[^、。「」\s（）()／/]{1,12}駅[^、。「」\s（）()／/]{0,6}(?:から|より)\s*(?:徒歩|歩いて)\s*\d+\s*分"
                             r"(?:ほど|くらい|程度)?の)\s*(?=\S)")
_POSSESSIVE_OFFICE = re.compile(r"(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:office|offices|headquarters|HQ|premises)(?:\s+in\s+[A-Z]\S*(?:\s+[A-Z]\S*)*)?")
# the host named with an honorific before their space's own name: `ヤマハ発動機さんの`
_HOSTS_SPACE = re.compile(r"^[^、。「」\s（）()のさ]{2,20}(?:さん|様)の\s*(?=[^\sオ会本支社])(?!.*(?:オフィス|本社|支社|支店|会議室|事務所|ビル))")
_HOSTS_OWN = re.compile(r"本社|支社|会社|\d\s*(?:F|Ｆ|階)|[内棟部階FＦ]にある")


_CAPACITY = re.compile(r"\s*[（(]\s*(?:定員|先着|最大|capacity|max\.?|up\s+to|seats?)\s*[^()（）]{0,30}[)）]\s*$", re.IGNORECASE)
_NOT_A_PLACE_WORD = {"right", "left", "here", "there", "true", "false", "null", "none", "yes", "no", "tbd", "tba"}


_PARTICLE_OPENING = re.compile(r"(?:よって|よる|より|について|として|における|において|により|にて|での|から|はじめ)"
                               r"|.*(?:世界中|世界各地|全国各地|各地)$")  # (`…をはじめ世界中で開催`: everywhere is no place)


# an event's name (Latin words, then its year), then の and a part of it
_EVENTS_OWN_PART = re.compile(r"^[A-Za-z][A-Za-z .!&'-]*?\s(?:19|20)\d\d\s*の")


# a place's line, then a sentence of advice after it: `12 Main Street. (Please park on Elm Ave.)`, `… Floor 3. Take the lift.`
_ASIDE_AFTER = re.compile(r"(?<=[a-z0-9)])\.\s+(?=\(?[A-Z][a-z]*\s+[a-z])")
# a word shortened with a full stop, never a sentence's end: `St. John church hall`, `Acme Inc. Main hall`
# words of a sentence, never of a place's name (`If we continue to grow, …`)
_SPEAKING = re.compile(r"\b(?:we|you|I|if|will|is|are|was|were|please)\b", re.IGNORECASE)


# a sentence in parentheses after the place, said to the reader: `（参加者あてに通知されます）`, `(詳細は後日ご連絡します)`
_REMARK_IN_PARENS = re.compile(r"\s*[(（][^()（）]{2,60}?(?:ます|です|ください|下さい)[。.]?\s*[)）]\s*$")


def _clean_venue(found: str) -> str | None:
    if _AT_A_TIME.match(found.strip()):
        return None  # (`We met at Noon for lunch first`: when, not where)
    if "<" in found:  # `<b>電気通信大学</b>`: the page's bold, not the name
        found = people.INLINE_TAG.sub("", LINE_BREAK.sub(" ", found))
    venue = strip_markdown(found).strip(" 　:：,，、")
    if _PARTICLE_OPENING.match(venue):
        return None  # `…コミュニティによって世界各地で開かれる`: the sentence's particle, not a place's name
    venue = re.sub(r"^(?:[-*+•・]|\d+[.)])\s+", "", venue)  # `  - 国立大学法人 電気通信大学`: the item, not its mark
    venue = _DIRECTIONS.sub("", venue).strip() or venue
    venue = _ASIDE_TO_THE_READER.sub("", venue).strip() or venue
    venue = _MONTH_DAY_BEFORE.sub("", venue)
    if ("の" in venue or "ある" in venue) and (m := _LOCATED_BEFORE.match(venue)) and not _HOSTS_OWN.search(m.group(0)):
        venue = venue[m.end():]
    venue = _THANKED_FOR.sub("", venue).strip()  # `Xさんにご協力頂き`: the place, not the thanks
    if "s " in venue and (owned := _POSSESSIVE_OFFICE.fullmatch(venue)):
        venue = owned.group("org")  # `Microsoft's office`: the company whose office it is
    if (hosts := _HOSTS_SPACE.match(venue)) and len(venue) - hosts.end() >= 4:
        venue = venue[hosts.end():]  # `ヤマハ発動機さんのYAMAHA MOTOR Regenerative Lab`: the host's own space, named
    if venue.isascii() and venue.endswith((" in", " at", " on", " of", " near", " by")):
        venue = venue.rsplit(" ", 1)[0].rstrip(" ,")  # `… Pier 9 Conference Hall in` / `Duluth.`: a line wrapped mid-phrase
    if venue.isascii():  # `Brigham Young University from September 12-13`: the place, not when
        venue = re.sub(r"\s+(?:from|on)\s+(?:[A-Z][a-z]+\s+\d|\d).*$", "", venue).strip()
    if venue.isascii() and venue.endswith("!"):
        venue = venue.rstrip("!").rstrip()  # `… at Globex HQ!`: the sentence's mark
    if venue.isascii() and venue.endswith(".") and not re.search(r"\b(?:Inc|Co|Ltd|Corp|St|Ave|Bldg|[A-Z])\.$", venue):
        venue = venue[:-1].rstrip()  # `… at Applied Information Sciences.`: the sentence's full stop, not the name's
    if venue.isascii() and (town := re.search(r"\s+in\s+[A-Z][\w .'-]*$", venue)):
        venue = venue[:town.start()].strip()  # `Belong in Jeevan Bhima Nagar`: the place, not its part of town
    if "ではなく" in venue:  # `お馴染みの A ではなく B`: not the usual place, this one
        venue = venue.rsplit("ではなく", 1)[1].strip()
    venue = re.sub(r"^(?:お馴染みの|いつもの|おなじみの)", "", venue).strip()
    quoted = _QUOTED_NAME.fullmatch(venue)
    if quoted and re.search(r"(?:会議室|研修室|教室|セミナールーム|Room|room)\s*$", venue[:quoted.start("name") - 1]):
        quoted = None  # `本社 5F 会議室「かもめ」`: a room and the name it goes by, together the place
    if quoted:  # `駅から徒歩5分の「ほげホール」`: the quoted part is the place's name
        venue = quoted.group("name").strip()
    elif venue.startswith("「") and (opening := re.match(r"「(?P<name>[^「」]{2,40})」\s*(?=\S)", venue)):
        # `「みやぎプラザ」5F の大会議室`: the name, then the room (`「X」さん`: the host's honorific, read off below)
        rest = venue[opening.end():]
        venue = opening.group("name") + ("" if re.fullmatch(people.HONORIFIC + r"\W*", rest) else " ") + rest
    if dates.find_date_safe(venue):  # `2019/01/01(土)に X で開催`: the place follows the day
        venue = re.sub(r"^.*?(?:日|\d)\s*(?:[(（][^)）]{1,4}[)）])?(?:\s*(?:に|、|,)\s*|\s+)", "", venue).strip()
        if re.match(r"\d{4}\s*[/.\-年]\s*\d{1,2}", venue) or re.search(r"(?:期間|日程|期間中)$", venue):
            return None  # `2025/11/18～21の期間で開催`: when it was held, no place
    # `<event> が <place> で開催`: what comes before が is the event, not the place
    subject = _SUBJECT.match(venue) if "が" in venue else None
    if subject and re.search(r"[#＃\d]|[A-Za-z]{3}", venue[:subject.start("rest")]):
        venue = subject.group("rest").strip()
    if _EVENTS_OWN_PART.match(venue):
        return None  # `AWS Summit Japan 2025のCommunity Stage`: a part of the event (its stage, its hall), not where it was
    # `株式会社ほげ 東京都港区赤坂1-2-3(森ビル34F)`: the place's name, then its street address
    venue = _ADDRESS_AFTER.sub("", venue).strip() or venue
    venue = _ADDRESS_IN_PARENS.sub("", venue).strip() or venue
    street = _STREET_AFTER.search(venue)
    if street and "," not in venue[street.start():street.start() + 3] \
            and _NUMBERED_ROOM_WORD.search(venue[:street.start()]):
        street = None  # (`Studio 5 Main Street`: the number is the room's, and no comma parts it from the street)
    if street and not _ONLY_A_FLOOR.fullmatch(venue[:street.start()].strip()):
        venue = venue[:street.start()].strip(" :：,") or venue  # (`Level 5, 123 Collins St`: the floor alone is no place)
    venue = _MAP_LINK.sub("", venue).strip() or venue
    # `ひろしまハブ 2F（YouTube Live 同時配信）`: how it was streamed is not where it was
    venue = _STREAMED.sub("", venue).strip()
    venue = _CAPACITY.sub("", venue).strip() or venue  # `セミナールーム （定員100 名）`: how many it holds is no part of it
    venue = _REMARK_IN_PARENS.sub("", venue).strip() or venue  # `Hangout Meet（参加者あてに通知されます）`: a word to the reader
    venue = _WALK_IN_PARENS.sub("", venue).strip() or venue  # `… セミナールーム（地下鉄 勾当台公園駅 徒歩 2 分）`: the way there
    # `クリークアンドリバー社さん`: the host's honorific is not part of the place's name
    # (so is it before the floor or the room: `テラスベイ株式会社さん 14F セミナールーム`)
    venue = re.sub(r"(?<=[^\sさ])(?:さん|様)$|(?<=[社所館A-Za-z.])(?:さん|様)(?=\s+(?:\d{1,2}\s*[FＦ階]|セミナー|会議室|ルーム|イベント|ホール|Room|Hall))",
                   "", venue).strip()
    if (whole := re.fullmatch(r"[「『](?P<name>[^「」『』]+)[」』]", venue)) is not None:
        venue = whole.group("name").strip()  # `「港島ラボ」さん`: the name the quotes set apart, its host's honorific gone
    if not venue or venue.startswith("http") or _NOT_A_VENUE.match(venue) or PLACEHOLDER.fullmatch(venue):
        return None
    # a place's name, never a paragraph (`Venue: If we continue to grow, … will soon be too small. …`) nor one
    # lowercase word (`where: right` in a code sample)
    aside = next((m for m in _ASIDE_AFTER.finditer(venue) if not ABBREVIATED.search(venue[:m.start()])), None) \
        if venue.isascii() else None
    if aside and not _SPEAKING.search(venue[:aside.start()]):
        venue = venue[:aside.start()].strip()  # `X, 12 Main Street. (Please park on Elm Ave.)`: the place, not the advice after it
    if len(venue.split()) > 12 and (inside := re.search(r"\s*\([^()]{12,}\)$", venue)) and venue[:inside.start()].strip():
        venue = venue[:inside.start()].strip()  # `X, Fernside Library (ground floor, side entrance on … after 18:00)`: the way in
    if len(venue.split()) > 12 or re.search(r"[a-z][.!?]\s+[A-Z][a-z]*\s+[a-z]", venue) or venue in _NOT_A_PLACE_WORD:
        return None
    return venue
