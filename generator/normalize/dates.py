"""Dates as people write them: ISO, 2019/03/12 Tue, 2021年11月5日(金), March 3, 2020, ranges.

A range gives its first day. Text inside URLs is never read as a date.
"""
from __future__ import annotations

import collections
import datetime as dt
import re
import unicodedata
from typing import Any

from .fields import PLACE_NOUNS

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
MONTH_NAME = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"

# a day of the week's English name (`Tuesday`); its short forms are the weekday reader's (weekday_beside)
WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

_PATTERNS = [
    # 2019-03-12, 2019/03/12, 2019.03.12 (not part of a longer number)
    # (after a name's hyphen too: `Harbor.js-2013.05.19`, never inside a longer number `1-2019-03-12`)
    re.compile(r"(?<![\d/.])(?<!\d-)(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d])"),
    # 2021年11月5日
    # (the first of two days: `2025年7月11、12日の2日間`; the day's 日 left out before its weekday: `2020 年 1 月 22 (水)`)
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*(?:日|(?=[、,・]\s*\d{1,2}\s*日)|(?=\s*[(（][月火水木金土日]))"),
    # March 3, 2020 / Mar 3-4, 2020 / March 3rd 2020 / May 25th & 26th 2019
    re.compile(MONTH_NAME + r"\s+(?P<d>\d{1,2})\s?(?:st|nd|rd|th)?(?:\s*(?:[-–~&]|and|to|until|through|till)\s*\d{1,2}(?:st|nd|rd|th)?)?,?\s+"
               r"(?P<y>(?:19|20)\d\d)",
               re.IGNORECASE),
    # 11/4/11, 3/12/2019: month first with slashes, as the US writes it (a two-digit year is this century)
    re.compile(r"(?<![\d/.-])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:20)?\d\d)(?![\d/])"),
    # 27-10-2025, 27.10.2025 (day first, as Europe writes it with dashes and dots)
    re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})[-.](?P<m>\d{1,2})[-.](?P<y>(?:19|20)\d\d)(?![\d.-]\d)"),
    # 3 March 2020 / 3-4 March 2020 / 14th September 2019 / 25th & 26th May 2019 / 13th to Tuesday 17th September 2019
    re.compile(r"(?<![\d])(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:[-–&]|and|to|until|through|till)\s*(?:" + WEEKDAY_NAME
               + r",?\s+)?\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?" + MONTH_NAME
               + r",?\s+(?P<y>(?:19|20)\d\d)",
               re.IGNORECASE),
    # 2015 Dec 16 / 2015 December 16th (the year first, as org-mode's `#+DATE:` and some logs write it)
    # (never a count after the year and month: `in 2015 May 3 people came`)
    re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d),?\s+" + MONTH_NAME + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])"
               r"(?!\s+[a-z])", re.IGNORECASE),
]
# (an address ends at a quote or an angle bracket: `<a href="…/1/">June 9, 2015</a>` keeps its day)
_URL = re.compile(r"(?:https?://|www\.)[^\s\"'<>]+|\]\([^)]*\)")
PUBLICATION_MARKERS = re.compile(
    r"に公開|公開日|投稿日|更新日|に投稿|に更新|作成日|posted\s+on|published|updated|last\s+modified|"
    # (a copy's own stamps: when a page was saved, clipped or retrieved, a file last edited, a scrap made or closed)
    r"\b(?:saved|clipped|retrieved|accessed)\s+(?:on\s+)?(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)|\blast\s+edited\b|"
    r"に(?:作成|クローズ)|"
    # (a post's byline: its author, its day and its reading time, `by Seren Price · 28 April 2025 · 4 min read`)
    r"\b\d{1,2}\s*min(?:ute)?s?\s+read\b|^\s*by\s+[^·•|\n]{2,40}?\s*[·•|]\s*(?=[^·•|\n]*\d)", re.IGNORECASE)


# Japanese era years: 令和6年 = 2024, 平成31年 = 2019 (元年 is the first year)
_ERA = re.compile(r"(?P<era>令和|平成|昭和)\s*(?P<n>\d{1,2}|元)\s*年")
_ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925}
# every date pattern needs a 19xx or 20xx year, written so or as an era year (令和6年): a text without one holds no date
_YEAR_OR_ERA = re.compile(r"19|20|令和|平成|昭和")


def _western_years(text: str) -> str:
    return _ERA.sub(lambda m: f"{_ERA_START[m.group('era')] + (1 if m.group('n') == '元' else int(m.group('n')))}年", text)


class InvalidDate(ValueError):
    """A date-shaped string that is not a real day (2019-02-30)."""


def _build(match: re.Match) -> dt.date:
    g = match.groupdict()
    month = int(g["m"]) if g.get("m") else MONTHS[g["mon"][:3].lower()]
    year = int(g["y"]) + (2000 if len(g["y"]) == 2 else 0)
    try:
        return dt.date(year, month, int(g["d"]))
    except ValueError:
        raise InvalidDate(match.group(0)) from None


_US_SHORT = re.compile(r"\d/\d{1,2}/\d\d(?![\d/])")


def find_date(text: str) -> dt.date | None:
    """The first real date written in `text` (URLs ignored), or None.

    Raises InvalidDate when the first date-shaped string is impossible.
    """
    text = unicodedata.normalize("NFKC", text)
    if not _YEAR_OR_ERA.search(text) and not ("/" in text and _US_SHORT.search(text)):
        return None
    text = _western_years(_URL.sub(" ", text))
    best: tuple[int, re.Match] | None = None
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m)
    return _build(best[1]) if best else None


MONTH_DAY = _MONTH_DAY = re.compile(r"(?<![\d/年.])(?:(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|(?P<m2>\d{1,2})/(?P<d2>\d{1,2})"
                        # `4/21(土)`, or said to be the event's day: `2/15,16に開催された`, `去る7/24に行いました`,
                        # `3/11 に東京であった、…のイベント` (where the event was)
                        # (or the first of a span: `07/30〜08/01に渡って、…で開催されました`)
                        r"(?=\s*[(（](?:月|火|水|木|金|土|日|祝)|(?:\s*[,，、〜~\-–]\s*\d{1,2}(?:/\d{1,2})?)*\s*(?:に|で|の)?\s*"
                        r"(?:開催|行われ|行い|行った)|\s*に[^。、\n]{0,60}?(?:開催|行われ|で開かれ|参加|であった(?=、|[^。\n]{0,40}?(?:イベント|勉強会|カンファレンス|ミートアップ|meetup|会議)))"
                        r"|\s*[〜~\-–]\s*\d{1,2}/\d{1,2}\s*に[^。\n]{0,60}?(?:開催|行われ|参加)"
                        # (or its hours after it: `12/20 13:00～16:00`, the day of a `日時` label)
                        r"|\s+\d{1,2}(?:[:：]\d{2}|\s*時)\s*[〜~\-–～]"
                        # (or in parentheses after the weekday: `先週土曜日（7/6）、…`, `金曜の夜（7/4）に`; never `毎日（1/3）`)
                        r"|(?:" + "|".join(rf"(?<={w}[(（]{m}/{d})" for w in ("曜", "曜日", "曜の夜") for m in (r"\d", r"\d\d")
                                          for d in (r"\d", r"\d\d"))
                        + r")[)）]))"
                        # English: `May 18`, `April 25th`, `the 3rd of March`, `18 May` (never `May I`)
                        r"|\b" + MONTH_NAME.replace("?P<mon>", "?P<mon3>") + r"\s+(?P<d3>\d{1,2})(?:st|nd|rd|th)?(?![\d:])"
                        # (the first of a span: `from Friday 13th to Tuesday 17th September`)
                        r"|\b(?P<d4>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|until|through|till)\s*(?:" + WEEKDAY_NAME
                        + r",?\s+)?\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?" + MONTH_NAME.replace("?P<mon>", "?P<mon4>") + r"\b",
                        re.IGNORECASE)
EVENT_VERBS = re.compile(r"開催|参加|行われ|行って|お邪魔|登壇|聴講|held|took\s+place|attended|went\s+to|hosted", re.IGNORECASE)


# Both patterns ignore case, so a search scans every character of the line; most lines hold no
# piece of any of their words, which a few substring tests on the line lowered tell much sooner.
# The pieces leave out i and s: ignoring case, the patterns also match `ı`/`İ` and `ſ` there,
# which str.lower() does not all turn into those letters (`k` is safe: the Kelvin sign lowers to it).
def publication_marked(line: str) -> bool:
    """PUBLICATION_MARKERS.search(line), as a truth value."""
    if not ("公開" in line or "投稿" in line or "更新" in line or "作成" in line or "クローズ" in line):
        lowered = line.lower()  # posted on, updated, edited / published / last modified / saved, clipped, retrieved
        if not ("ted" in lowered or "ubl" in lowered or "mod" in lowered or "ave" in lowered or "clip" in lowered
                or "retr" in lowered or "acc" in lowered or "read" in lowered or "by " in lowered):
            return False
    return bool(PUBLICATION_MARKERS.search(line))


def update_marked(line: str) -> bool:
    """Whether a publication-marked line gives the day the post was changed (`Last updated: …`, `更新日`), not posted."""
    return bool(_UPDATE_MARKER.search(line))


_UPDATE_MARKER = re.compile(r"更新|updated|last\s+modified|last\s+edited|にクローズ", re.IGNORECASE)


def tells_event_verb(line: str) -> bool:
    """EVENT_VERBS.search(line), as a truth value."""
    if not ("開催" in line or "参加" in line or "行われ" in line or "行って" in line or "お邪魔" in line
            or "登壇" in line or "聴講" in line):
        lowered = line.lower()  # held / took place / attended / went to / hosted
        if not ("held" in lowered or "took" in lowered or "tended" in lowered or "went" in lowered
                or "ted" in lowered):
            return False
    return bool(EVENT_VERBS.search(line))


NEXT_EVENT_WORDS = r"次回|次の(?:勉強会|イベント|開催)|\bnext\s+(?:time|meetup|meeting|event|edition)\b"
_NEXT_EVENT = re.compile(NEXT_EVENT_WORDS, re.IGNORECASE)
_NEXT_ASIDE = re.compile(r"[（(][^（）()]*?(?:" + NEXT_EVENT_WORDS + r")[^（）()]*[）)]", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[。！？!?])|(?<=\.\s)")


def without_next_event(line: str) -> str:
    """The line without what it says about the next event: an aside in brackets (`…を開催しました（次回は夏頃）`),
    else each sentence naming it (`次回 7/24 (水) に開催します`, `Our next meetup is on …`): their days and places
    are not this event's."""
    if not ("次" in line or "ext" in line or "EXT" in line) or not _NEXT_EVENT.search(line):
        return line  # (most lines hold neither word: a substring test says so sooner than the pattern)
    line = _NEXT_ASIDE.sub("", line)
    return "".join(s for s in _SENTENCES.split(line) if not _NEXT_EVENT.search(s))


_RELATIVE_DAY = re.compile(
    r"(?P<w>一昨日|おととい|昨日|きのう|昨晩|昨夜|今日|本日|今夜|yesterday(?:'?s)?|last\s+night|today|tonight)"
    r"(?:[^。.!！?？\n]|\.(?=[A-Za-z0-9])){0,60}?(?:開催|参加|始ま|行われ|行って|お邪魔|登壇|発表|(?-i:(?<![A-Za-z])LT(?![A-Za-z]))|話をし|聞いて|聴いて|attended|went|held|hosted"
    r"|took\s+place|spoke|gave|present(?:ed|ing)\b|happened)"
    # (or the gathering itself, owned by the day: `Yesterday's meetup was a small one`, `last night's meetup`)
    r"|(?P<own>yesterday|last\s+night|tonight|today)['’]s\s+(?:\w+\s+){0,2}?(?:meetup|meeting|event|conference|session|gathering|"
    r"workshop|lightning\s+talks|talks)\b"
    r"|(?:attended|went\s+to|was\s+held|took\s+place|spoke\s+at|presented\s+at)[^.!?\n]{0,40}?\b(?P<e>yesterday|last\s+night|today|tonight)\b"
    # (`what I was told last night at [Ignite Cardiff](…)`: the day, then where the writer was, an event's name)
    # (a link, or capitalised words one of which names an event's kind or its number: never `last night at Home`)
    r"|\b(?P<a>yesterday|last\s+night|tonight)\s+at\s+(?:the\s+)?(?=\[|(?:(?-i:[A-Z])[\w.+-]*\s){0,3}(?-i:(?=[A-Z]))[\w.+-]*?"
    r"(?:conf|meetup|kaigi|camp|summit|ignite|hack|js\b|rb\b|py\b|\s?#?\d))",
    re.IGNORECASE)
_DAYS_BACK = {"一昨日": 2, "おととい": 2, "昨日": 1, "きのう": 1, "昨晩": 1, "昨夜": 1, "yesterday": 1}
_SOFT_BREAK = re.compile(r"(?m)^(?![#>|])(.*\S)\n(?=[^\s#>*|-])")
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)|\]\[[^\]]*\]|<a\s[^>]*>|</a>")


def relative_day(text: str, published: dt.date) -> dt.date | None:
    """The event's day when the post says it relative to its own day: `昨日から始まっているPHPerKaigi`,
    `I attended X yesterday`, `本日開催の…`, `yesterday's [DemoCamp](…) in Hamburg happened…` (a link's
    address is not counted in the distance between the word and its verb)."""
    if published is None:
        return None
    text = _SOFT_BREAK.sub(r"\1 ", text)  # (a sentence wrapped over lines is one sentence: `昨日、[Foo](…)の\n[勉強会]に参加`)
    m = _RELATIVE_DAY.search(_LINK_TARGET.sub("]", text) if "](" in text or "][" in text or "<a" in text else text)
    if not m:
        return _last_weekday(text, published)
    word = " ".join((m.group("w") or m.group("e") or m.group("a") or m.group("own")).lower().split())
    word = re.sub(r"'?s$", "", word) if word.startswith("yesterday") else word
    back = _DAYS_BACK.get(word, 1 if word == "last night" else 0)
    return published - dt.timedelta(days=back)


# `Last Thursday, I had a lot of fun talking about …`, `先週の土曜日に参加した…`: a weekday the post counts back to
# (or the evening of a weekday the sentence tells was past: `everyone who came out on Tuesday night`)
_LAST_WEEKDAY = re.compile(r"\blast\s+(?P<en>" + WEEKDAY_NAME + r")\b|先週の?(?P<ja>[月火水木金土日])曜"
                           r"|\b(?:came|come|showed\s+up|turned\s+up|joined\s+us|were\s+there|braved|attended|met)\b[^.!?\n]{0,30}?\bon\s+(?P<en2>"
                           + WEEKDAY_NAME + r")\s+(?:night|evening)\b", re.IGNORECASE)


# what a sentence with `last Thursday` says when it is no day of the event: a rule (`the last Thursday of the month`,
# `before Christmas`), something else that day (`last Sunday's release`), the writing (`先週の金曜日にブログを書いた`)
_NOT_THE_DAY = re.compile(r"^\s*(?:of\s+(?:the|each|every)\b|before\b|after\b|['’]s\s+(?!meetup|event|talk|session|meeting))"
                          r"|ブログ|記事|書い|告知|募集|公開", re.IGNORECASE)
_NEXT_WEEKDAY = re.compile(r"\bnext\s+" + WEEKDAY_NAME + r"\b|来週", re.IGNORECASE)
# (the event's verbs, EVENT_VERBS, and a speaker's or a listener's: `talking about`, `gave`, `LT をしてきました`)
_SPOKEN_OF = re.compile(EVENT_VERBS.pattern + r"|talk(?:ed|ing)?|spoke|speaking|went|came|present(?:ed|ing)|gave|joined\s+us|got\s+together"
                        r"|発表|聞い|聴い|してき|(?-i:(?<![A-Za-z])(?:LT|ＬＴ)(?![A-Za-z]))", re.IGNORECASE)


# (a post saying it is about that day, `This one is mostly about last Thursday, when …`, `a recap of last Tuesday`)
_ABOUT_THE_DAY = re.compile(r"\b(?:about|recap(?:ping)?|of|from)\s+last\s+" + WEEKDAY_NAME + r"\b", re.IGNORECASE)


def _last_weekday(text: str, published: dt.date) -> dt.date | None:
    """The day a `last Thursday` names: the latest Thursday two days or more before the post (the day before is
    `yesterday`); `先週の土曜日`, the Saturday of the week before the post's. Only in a sentence telling of the event
    (`Last Thursday, I had fun talking about …`, `先週の土曜日に参加しました`), never of the next one."""
    m = _LAST_WEEKDAY.search(text)
    if not m:
        return None
    stops = ("。", ". ", "\n", "! ", "? ", "; ")
    start = max(text.rfind(stop, 0, m.start()) for stop in stops) + 1
    ends = [at for stop in stops if (at := text.find(stop, m.end())) >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    if _NOT_THE_DAY.search(text[m.end():m.end() + 30]) or _NOT_THE_DAY.search(sentence) and m.group("ja") \
            or not (_SPOKEN_OF.search(sentence) or m.group("en2") or _ABOUT_THE_DAY.search(text, max(0, m.start() - 12), m.end())) \
            or _NEXT_EVENT.search(sentence) \
            or _NEXT_WEEKDAY.search(text[:start + 200]):  # (`braved the rain on Tuesday night`: the verb tells it)
        return None
    if m.group("ja"):
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return monday + dt.timedelta(days=_WEEKDAYS[m.group("ja")])
    back = (published.weekday() - _WEEKDAYS[(m.group("en") or m.group("en2"))[:3].lower()]) % 7
    return published - dt.timedelta(days=back if back >= 2 else back + 7)


_WRITTEN_LATER = re.compile(
    r"先週|先月|先々週|少し(?:日|時間)が(?:経|た)|(?:報告|レポート|ブログ|記事)が?遅くなり|遅ればせながら|だいぶ前"
    r"|\b(?:last|previous)\s+(?:week|month|weekend)\b|\b(?:a\s+few|several|two|three|couple\s+of)\s+"
    r"(?:days|weeks|months)\s+ago\b|\bthe\s+other\s+day\b|\bearlier\s+this\s+(?:week|month)\b"
    r"|\bwill\s+be\s+(?:held|speaking|attending)\b"
    # (`This blog post is 3 months late!`, `a bit late`, `belated`)
    r"|\b(?:post|write-?up|recap|report)\s+is\s+(?:\w+\s+){0,2}(?:late|overdue)\b|\bbelated\b",
    re.IGNORECASE)


def written_later(text: str) -> bool:
    """The post says it was written some time after (or before) the event without saying the day
    (`先日参加した…`, `Last week I spoke at…`, `A few weeks ago I attended…`): its own date is then
    not the event's."""
    return bool(_WRITTEN_LATER.search(text[:1500]))  # (said in the opening, where a writer sets the scene)


# what makes a post's own day a poor guess at the event's: the writer places the event some other day (`先日`, `last
# Thursday`, `a week ago`, `next week`, `今更ですが`), or names a month or a year that is not the post's
_OTHER_DAY = re.compile(r"先日|昨年|去年|先月|先週|今更|今さら|来週|来月|\b(?:last|this\s+past|next)\s+" + WEEKDAY_NAME + r"\b"
                        r"|\bago\b|\brecently\b|\bback\s+in\b|\bon\s+" + WEEKDAY_NAME + r"\b"
                        r"|\bnext\s+(?:week|month)\b|\bupcoming\b|\bwill\s+be\s+(?:speaking|giving|presenting)\b", re.IGNORECASE)
_MONTH_SAID = re.compile(r"(?<!\d)(?P<m>1[0-2]|0?[1-9])\s*月(?!\s*\d{1,2}\s*日)|\b(?P<name>January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)\b(?!\s+\d)")
_YEAR_SAID = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# words of days to come (`upcoming`, `next week`, 来月): in a report of what was, they speak of later events
_DAYS_TO_COME = re.compile(r"来週|来月|\bnext\s+(?:week|month)\b|\bupcoming\b|\bwill\s+be\s+(?:speaking|giving|presenting)\b",
                           re.IGNORECASE)
# a report: the post says what was (`Recap`, `presented`, 参加してきました)
_A_REPORT = re.compile(r"\b(?:recap|wrap-?up|write-?up|report)\b|\b(?:presented|spoke|talked|gave|attended|was|were|had)\b"
                       r"|レポート|参加して|行ってきました|でした|ました", re.IGNORECASE)


def another_day_told(text: str, published: dt.date) -> bool:
    """Whether `text` (a post's title and opening) tells that the event was not on the post's own day (see above).
    In a report, words of days to come (`See our upcoming meetings`) speak of later events, not of this one's day."""
    text = _URL.sub(" ", text) if "://" in text else text  # (a year in a link's address is no year the writer says)
    told = _OTHER_DAY.search(text)
    if told and _DAYS_TO_COME.fullmatch(told.group(0)) and _A_REPORT.search(text):
        told = next((m for m in _OTHER_DAY.finditer(text) if not _DAYS_TO_COME.fullmatch(m.group(0))), None)
    if told:
        return True
    for m in _MONTH_SAID.finditer(text):
        month = int(m.group("m")) if m.group("m") else MONTHS[m.group("name")[:3].lower()]
        if month != published.month:
            return True
    return any(int(y) != published.year for y in _YEAR_SAID.findall(text))


def find_month_day(text: str, reference: dt.date, named_month: bool = False) -> dt.date | None:
    """A date written without its year (`7月9日（土）`, `4/21(土)`), placed in the year of
    `reference` (a publication date), or the year before when that would put it after
    the publication by more than a month. `named_month`: only a month written by its name (`27th of November`)."""
    plain = _URL.sub(" ", unicodedata.normalize("NFKC", text))
    m = _MONTH_DAY.search(plain)
    if not m:
        return None
    name = m.group("mon3") or m.group("mon4")
    if named_month and not name:
        return None
    month = MONTHS[name[:3].lower()] if name else int(m.group("m") or m.group("m2"))
    day = int(m.group("d") or m.group("d2") or m.group("d3") or m.group("d4"))
    # (`10月15日(土)に定例会を開催します`, posted in September: an announcement's day is this year's, or next)
    # (only the sentence the day is in: `…に開催された。次回は2月に開催予定です` reports a past day)
    said = _SENTENCE_END.split(text[:m.start()])[-1] + _SENTENCE_END.split(text[m.start():], maxsplit=1)[0]
    found = place_month_day(month, day, reference, ahead=bool(_ANNOUNCED.search(said)))
    # (a sentence saying the day is past keeps the year it places: a weekday there may be the writer's slip)
    weekday = weekday_beside(plain, m.start(), m.end()) if found and not _REPORTED.search(said) else None
    if found and weekday is not None and found.weekday() != weekday and abs((found - reference).days) > 62:
        # `東京 10月31日（火）` posted on 24 September, placed the year before: the weekday says it is this year's,
        # within two months of the post (near the post, a weekday that does not fit is the writer's slip)
        for year in (reference.year, reference.year - 1, reference.year + 1):
            try:
                told = dt.date(year, month, day)
            except ValueError:
                continue
            if told.weekday() == weekday and abs((told - reference).days) <= 62:
                return told
    return found


# a sentence reporting what happened (`開催しました`, `was held`)
_REPORTED = re.compile(r"(?:まし|でし|され|行っ|やっ)た|\b(?:was|were|took\s+place|held|had|went)\b", re.IGNORECASE)
_WEEKDAYS = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6,
             "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_ENGLISH_WEEKDAY = r"(?i:" + WEEKDAY_NAME + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?"
# (a Japanese weekday only in its brackets after the day: `開催日 10月15日` is no Sunday)
_WEEKDAY_AFTER = re.compile(r"\s*[(（]\s*(?P<w>[月火水木金土日](?:曜日?)?|" + _ENGLISH_WEEKDAY + r")\s*[)）]")
_WEEKDAY_BEFORE = re.compile(r"(?<![A-Za-z])(?P<w>" + _ENGLISH_WEEKDAY + r"),?\s*(?:the\s+)?$")


def weekday_beside(text: str, start: int, end: int) -> int | None:
    """The day of the week written beside a date (`Friday 15 October`, `10月15日(金)`, `5/17 (Tue)`), 0 for Monday."""
    m = _WEEKDAY_AFTER.match(text, end) or _WEEKDAY_BEFORE.search(text[max(0, start - 14):start])
    if not m:
        return None
    word = m.group("w")
    return _WEEKDAYS.get(word[0]) if word[0] in _WEEKDAYS else _WEEKDAYS.get(word[:3].lower())


_SENTENCE_END = re.compile(r"[。！？!?]|\.\s|;\s")


# a sentence announcing what will happen (`開催します`, `予定です`, `will be held`, `join us`)
_ANNOUNCED = re.compile(r"(?:開催|実施)(?:し|いたし)ます|(?:行い|やり)ます|予定(?:です|しています)|\bwill\s+(?:be\s+(?:held|hosted|at|on)|take\s+place)\b|\bjoin\s+us\b"
                        r"|\bupcoming\b", re.IGNORECASE)


def place_month_day(month: int, day: int, reference: dt.date, ahead: bool = False) -> dt.date | None:
    """month/day in the year of `reference`, or the year before when that would put it more than
    a month after `reference`; None when there is no such day. `ahead` (an announcement): the year of
    `reference`, or the next when that would put it more than a week before `reference`."""
    for year in ((reference.year, reference.year + 1) if ahead else (reference.year, reference.year - 1)):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        if (reference - found).days <= 7 if ahead else (found - reference).days <= 31:
            return found
    return None


def year_by_weekday(found: dt.date, weekday: int, stamp: dt.date) -> dt.date:
    """The day a heading of only a weekday and a date (`Friday 15 October`) names on a page stamped `stamp`: `found`
    (placed by the stamp) when it falls on that weekday or lies within two months of the stamp (a weekday that does
    not fit is then the writer's slip); else the latest year up to the stamp's, within eleven years, where that
    day is that weekday (a programme copied when the site moved, stamped years later); `found` when none is."""
    if found.weekday() == weekday or abs((stamp - found).days) <= 62:
        return found
    for year in range(stamp.year, stamp.year - 12, -1):
        try:
            day = found.replace(year=year)
        except ValueError:  # (29 February)
            continue
        if day.weekday() == weekday and day <= stamp:
            return day
    return found


_LEFT_AFTER_DATE = re.compile(r"[\s,，、.。()（）\[\]|｜:：@\-–—]+")


def date_line(text: str, stamp: dt.date | None = None) -> dt.date | None:
    """The day a line is about when the line says little else (`Gothenburg (Sweden), September 5, 2014`,
    `2024/3/9（土）@ 本社`): a heading like this is the event's date, not a talk. With the post's `stamp` (its
    publication day), a day of the week and a month and day without the year too (`Saturday, May 17`,
    `10月31日（火）`), placed by the stamp and the weekday (year_by_weekday)."""
    day = find_date_safe(text)
    rest = strip_dates(text)
    if day is None and stamp is not None:
        plain = unicodedata.normalize("NFKC", text)
        m = _MONTH_DAY.search(plain)
        weekday = weekday_beside(plain, m.start(), m.end()) if m else None
        # (`May 18` alone may be a talk's title: `May 18, the day we shipped`; a weekday beside it says a date)
        if weekday is None or (day := find_month_day(plain, stamp)) is None:
            return None
        day, rest = year_by_weekday(day, weekday, stamp), _MONTH_DAY.sub(" ", plain)
    if day is None:
        return None
    rest = _LEFT_AFTER_DATE.sub(" ", rest).strip()
    rest = re.sub(r"^\(?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)?|[(（]?[月火水木金土日][)）]?", " ", rest,
                  flags=re.IGNORECASE).strip()
    return day if len(rest.split()) <= 3 and len(rest) <= 30 else None


# an embedded tweet's closing link to itself, its text the day it was posted (the tweet's stamp, not the
# writer's words): `&mdash; Jane (@jd) <a href="https://twitter.com/jd/status/1…">June 16, 2018</a></blockquote>`
# (or, as the reading layer writes the embed, `> — Jane (@jd) [June 16, 2018](https://twitter.com/jd/status/1…)`: the
# link after the author's handle)
_STATUS = r"https?://(?:(?:www|mobile)\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+"
_TWEET_STAMP = re.compile(r"<a\s[^>]*href=[\"']" + _STATUS + r"[^\"']*[\"'][^>]*>(?P<day>[^<]{6,40})</a>(?=\s*</blockquote>)"
                          r"|(?<=\)\s)\[(?P<md>[^\[\]]{6,40})\]\(" + _STATUS + r"[^)\s]*\)", re.IGNORECASE)


def without_tweet_stamps(text: str) -> str:
    """`text` without the days its embedded tweets were posted: a tweet's stamp says when someone wrote it,
    which the note's other date readings must not take for a day the writer gives."""
    return _TWEET_STAMP.sub(lambda m: m.group(0) if find_date_safe(m.group("day") or m.group("md")) is None else "",
                            text) if "/status" in text else text


def tweeted_day(text: str) -> dt.date | None:
    """The day most of the note's embedded tweets were posted: two tweets or more, more than half of them on
    one day. A recap that embeds the tweets sent from the room dates its event by them (measured on the real
    notes that embed two or more: the day labelled for 17 of 18 where one day holds the most)."""
    if "/status" not in text:
        return None
    days = [d for m in _TWEET_STAMP.finditer(text) if (d := find_date_safe(m.group("day") or m.group("md")))]
    if len(days) < 2:
        return None
    day, n = collections.Counter(days).most_common(1)[0]
    return day if n * 2 > len(days) else None


def find_date_safe(text: str) -> dt.date | None:
    try:
        return find_date(text)
    except InvalidDate:
        return None


def strip_dates(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(" ", text)
    return text


_CLOCK = re.compile(r"[T\s](?P<h>\d{1,2}):\d\d")


def in_small_hours(value: Any) -> bool:
    """A publication stamp before 4 a.m. (`2014-07-30 00:30:40 +0900`): the writer's 'today' is still the
    evening before, the night of an evening meetup they are reporting on."""
    # (a stamp in UTC is no writer's local night, nor is `3:30 PM`)
    if isinstance(value, dt.datetime):
        utc = value.tzinfo is not None and value.utcoffset() == dt.timedelta(0)
        return not utc and value.hour < 4 and (value.hour, value.minute, value.second) != (0, 0, 0)
    m = _CLOCK.search(value) if isinstance(value, str) else None
    return bool(m) and int(m.group("h")) < 4 and not re.search(r"[T\s]00:00(?::00)?(?!\d)", value) \
        and not re.search(r"Z$|[+-]00:?00\s*$|UTC|GMT|[ap]\.?m\b", value.strip(), re.IGNORECASE)


def stamped_with_a_time(value: Any) -> bool:
    """Whether a publication stamp tells the time of day it was written (midnight is a date written as a time)."""
    return _stamp_hour(value) is not None


def stamped_after_noon(value: Any) -> bool:
    """A publication stamp with an afternoon or evening time (`2019-09-29T20:26:31+09:00`, `Sep 29, 2019 3:30 PM`): a post
    written on the day it reports. A bare date, or midnight (a date written as a time), says nothing of the day."""
    # (a UTC stamp counts by its own hour: measured on our real notes, reading it so is right more often than not)
    hour = _stamp_hour(value)
    return hour is not None and hour >= 12


def _stamp_hour(value: Any) -> int | None:
    """The hour (0-23) a publication stamp gives; None for a bare date or midnight (a date written as a time)."""
    if isinstance(value, dt.datetime):
        return value.hour if (value.hour, value.minute, value.second) != (0, 0, 0) else None
    m = _CLOCK.search(value) if isinstance(value, str) else None
    if not m or re.search(r"[T\s]00:00(?::00)?(?!\d)", value):
        return None
    hour = int(m.group("h"))
    if re.search(r"\d\s*p\.?m\b", value, re.IGNORECASE) and hour < 12:
        hour += 12
    elif re.search(r"\d\s*a\.?m\b", value, re.IGNORECASE) and hour == 12:
        hour = 0  # `12:30 AM`
    return hour


# the writer's own words that the post is written on the day: `今日は…に参加してきました`, `I'm at … today`,
# `…に来ています`; or a title that says the post is notes taken live (`参加メモ`, `live notes`)
_SAME_DAY = re.compile(r"今日は|本日は|今日の|本日の|\btoday\b|\btonight\b|this evening|に来ています|に来てます|に来ている|参加中",
                       re.IGNORECASE)
_LIVE_NOTES = re.compile(r"(?:参加|聴講|当日|ライブ)メモ|メモ\s*$|実況|\blive[\s-]*(?:notes|blog(?:ging)?)\b", re.IGNORECASE)


# an event's name that says it is a conference (`PyCon AU 2011`, `GR8Conf`, `ElixirConf`, `!!Con West`, `LinuxFest
# NorthWest`, `PHP カンファレンス香川`, `RubyKaigi`, `JAWS Summit`): days long, reported after it ends and announced weeks
# before, so a post's own day is no guess at its day (measured on 75 labelled real posts dated only by their own day:
# for conferences the post's day was the event's 4 times in 19; for other events 26 times in 56)
# (`PyCon`, `!!Con`, never `Pro/Con`, `ConTeXt`; `LinuxFest`, never `Manifest`; `Summit`, never `Summit Hall`)
_CONFERENCE_NAME = re.compile(r"(?:[Cc]onf|[Kk]aigi)(?![a-z])|(?<=[a-z!])Con(?![A-Za-z])|Fest(?![a-z])|\bfest\b|"
                              r"\b(?:Conference|Symposium|Festival)\b|\bSummit\b(?!\s+(?:" + PLACE_NOUNS + r")\b)|"
                              r"カンファレンス|会議(?!室)|サミット|フェス|シンポジウム")
# a name that says the event is a meeting of a series or a study group, whatever else it says (`DevCon Night #12`,
# `会議ファシリテーション勉強会`, `Friday HackFest` held weekly is told by its number or its night)
_MEETING_NAME = re.compile(r"#\s?\d|\bvol\.?\s?\d|第\s?\d+\s?回|\b(?:night|meetup|meet-up|study\s+group|user\s+group|"
                           r"meeting|hack\s?night|weekly|monthly)\b|勉強会|もくもく会|LT会|読書会|輪読会|ミートアップ|ナイト|"
                           r"ツール", re.IGNORECASE)


def names_a_conference(name: str) -> bool:
    """Whether an event's name says it is a conference (see _CONFERENCE_NAME), and no meeting of a series."""
    return bool(_CONFERENCE_NAME.search(name)) and not _MEETING_NAME.search(name)


def written_on_the_day(stamp: Any, title: str, opening: str) -> bool:
    """Whether a post shows it was written on the day of the event it reports: stamped in the afternoon or
    evening (or the small hours after it), saying `today`, or titled as live notes."""
    return stamped_after_noon(stamp) or in_small_hours(stamp) or says_written_on_the_day(title, opening)


def says_written_on_the_day(title: str, opening: str) -> bool:
    """Whether a post's words say it was written on the event's day, in its title or opening (`today`, `本日は`,
    `…に来ている記事`) or by a title of live notes."""
    return bool(_SAME_DAY.search(opening[:1500]) or _SAME_DAY.search(title)) or bool(_LIVE_NOTES.search(title))


def coerce_date(value: Any, stamp: bool = False) -> dt.date | None:
    """A front-matter value (date, datetime, or string) -> date. Raises InvalidDate. `stamp`: the value is a date key's,
    where a number of 10 or 13 digits is a platform's time stamp (never a title's, `1491950358` an ISBN)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    if isinstance(value, (int, float)) or stamp and _EPOCH.fullmatch(str(value).strip()):
        return _epoch_day(float(value))  # (`timeStart: '1517212800000.0'`: a platform's time stamp, in ms or s)
    if stamp and (basic := _ISO_BASIC.fullmatch(str(value).strip())):
        return _compact_day(basic)  # (`startDate: "20130704T19:00"`: ISO 8601's basic form, as schema.org pages write it)
    return find_date(str(value))


# a time stamp as a platform exports it: seconds (10 digits) or milliseconds (13) since 1970
_EPOCH = re.compile(r"\d{10}(?:\d{3})?(?:\.0+)?")


def _epoch_day(stamp: float) -> dt.date | None:
    """The day (UTC) of a time stamp in seconds or milliseconds; None for any other number (`date: 2014`, an id)."""
    seconds = stamp / 1000 if stamp >= 1e12 else stamp
    if not 7.8e8 <= seconds <= 2.3e9:  # (1994 to 2042: a number outside names no day of a note)
        return None
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()


_COMPACT_PREFIX = re.compile(r"^\s*(?P<y>\d{2})(?P<m>\d{2})(?P<d>\d{2})\s*(?:に|の|:|\s)")


_COMPACT_WHOLE = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\s*$")
# a date key's value in ISO 8601's basic form: `20130704`, `20130704T19:00`, `20130704T190000Z`
_ISO_BASIC = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?:T\d{2}(?::?\d{2}){0,2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def _compact_day(m: re.Match) -> dt.date | None:
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def compact_date_prefix(title: str) -> dt.date | None:
    """`120825にHarborの勉強会`: a yymmdd date opening a post title (2000-2099); or a title that is a yyyymmdd date
    and nothing else (`# 20201013`, a day's notes named by it)."""
    if whole := _COMPACT_WHOLE.match(title):
        return _compact_day(whole)
    m = _COMPACT_PREFIX.match(title)
    if not m:
        return None
    try:
        return dt.date(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


# a day written as one token of an address's path (`shinjukurb-20151125-paypal`, `/img/2016-06-23.jpg`,
# `numerai_meetup_20211218.pdf`, `#day_2019-10-28`); a blog's article address (`/2015/05/29/…`) dates that article,
# another writer's, and everything in it is left
# (a token of its own: never inside a hash or an id, `3fa20190312bcd`, `ab20191028Xy`)
_ADDRESS_DAY = re.compile(r"(?<![A-Za-z\d])(?P<y>(?:19|20)\d\d)(?P<sep>[-_.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)"
                          r"(?P<d>0[1-9]|[12]\d|3[01])(?![A-Za-z\d])")
# a page kept on another day (`web.archive.org/web/20150301…`), a mail address, a package's version in its file name
_NOT_A_DAYS_ADDRESS = re.compile(r"^(?:mailto|tel|data|javascript):|//web\.archive\.org/|\.whl$|\.tar\.gz$|/releases?/",
                                 re.IGNORECASE)
_ARTICLE_PATH = re.compile(r"/(?:19|20)\d\d/[01]\d(?:/|$)")


def may_name_a_day(text: str) -> bool:
    """Whether any of the text's addresses could name a day (a cheap test before reading them)."""
    return _ADDRESS_DAY.search(text) is not None


def address_days(address: str) -> list[dt.date]:
    """The days an address's path or anchor writes (never its host's name or its query)."""
    if _NOT_A_DAYS_ADDRESS.search(address):
        return []
    path = re.sub(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/?#]*", "", address, flags=re.IGNORECASE)
    path = re.sub(r"\?[^#]*", "", path)  # (a query's stamps are a campaign's, a cache's, an API's version)
    if _ARTICLE_PATH.search(path):
        return []
    days = []
    for m in _ADDRESS_DAY.finditer(path):
        try:
            days.append(dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
        except ValueError:
            continue
    return days


# a Jekyll post's file name opens with the day it went up (`_posts/2016-06-23-pynash.md`), as may a Hugo bundle's
# folder (`content/blog/2017-06-07_music-city/index.md`): the post's date where its front matter gives none. A name
# kept with a mark before it, as an export or a copy numbers its files (`014_2016-06-23-pynash.md`), is still that
# name: the day opens a part of it, the post's words after it (never a day that ends the name, `pynash-2016-06-23.md`)
_NAMED_DAY = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)[-_](?=.)")
_MARKED_NAMED_DAY = re.compile(r"(?<=[-_])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)[-_](?=[^\W\d_])")


def day_in_file_name(path: str) -> dt.date | None:
    """The day a post's file name (or its bundle's folder, for an `index` page) opens with."""
    parts = re.split(r"[\\/]", path)
    name = parts[-1]
    if re.match(r"_?index\.", name) and len(parts) > 1:
        name = parts[-2] + "-"
    m = _NAMED_DAY.match(name) or _MARKED_NAMED_DAY.search(name)
    if not m:
        return None
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
