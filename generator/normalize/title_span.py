"""Which part of an event's title is the event's name: `Monitorama 2014 wrapup`, `Back from FOSDEM!`,
`GR8Conf 2012: Fredag i Danmark`, `Travel report to Meeting C++ 2018` name `Monitorama 2014`, `FOSDEM`,
`GR8Conf 2012` and `Meeting C++ 2018`.

A post's title says the event's name and, around it, what the post is (`wrapup`, `参加レポート`), what the writer did
(`Back from`, `に登壇しました`) or a subtitle of the writer's (`: Fredag i Danmark`). The rules of titles.py read the
shapes the team met one at a time and do not carry over to titles nobody on the team wrote (in the team's
real-note corpus two titles in five that were wrong held the name with more words around it). A person reading
the post sees which part is the name because the post writes that part again, it reads as a name (a number, an
event's word, a written name such as `GopherCon`), and what is left around it reads as the writer's words
(a separator before it, a preposition before the name, words about the post, no number or place of its own).

This module weighs those traits of every part of the title (a run of its words, as UniDic splits them) with a
conditional logistic model, fitted by `scripts/fit_title_span.py` on the labelled notes: the part the model
likes best is the name, the whole title among the parts, so a title that is the name alone stays as it is.
Only the weights, a handful of numbers, ship.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from . import dates, titles

# the words a title's parts are made of: (white space before it, surface, UniDic pos1, pos3)
_Word = tuple[str, str, str, str]

# where a title's parts meet: a colon, a dash or bar between spaces, a comma, an exclamation, an opening bracket
_BREAK_AFTER = re.compile(r"^\s*(?:[:：,，、|｜!！?？(（「『【\[/]|[-–—~〜]\s|[-–—]$)")
_BREAK_BEFORE = re.compile(r"(?:[:：,，、|｜!！?？)）」』】\]/]|\s[-–—~〜])\s*$")
# an English phrase ending where the name begins: `Back from`, `Travel report to`, `Slides from my`, `Day 2 at the`
_BEFORE_A_NAME = re.compile(r"\b(?:at|to|from|of|for|about|on|into|with|in|@|visiting|attending|announcing|revisiting|"
                            r"previewing|remembering|liveblogging|recapping)(?:\s+(?:the|my|our|this|a|an))?\s*$",
                            re.IGNORECASE)
# what a post is, in its title's words: `wrapup`, `notes`, `recap`, `参加レポート`, `まとめ` (titles.POST_NOUNS)
_POST_WORD = re.compile(r"\b(?:recap|wrap-?up|round-?up|memo|notes?|report|review|retrospective|retro|post-?mortem|aftermath|"
                        r"highlights|takeaways|thoughts|impressions|summary|diary|journal|debrief|digest|write-?up|"
                        r"reflections|experience|talks?|slides|presentation|schedule|agenda|trip|travel)\b|"
                        + "|".join(sorted(titles.POST_NOUNS | {"資料", "発表", "登壇"}, key=len, reverse=True)), re.IGNORECASE)
# the writer speaking: `I`, `my`, `we`, `私`
_WRITER = re.compile(r"\b(?:I|I'm|I've|my|we|our|me)\b|私|僕|自分", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
# what names no event of its own: an event's kind, a month, a day, a part of the day (`April Meetup`, `Thursday night`)
_GENERIC = re.compile(r"\b(?:" + dates.MONTH_NAME + r"|" + dates.WEEKDAY_NAME + r"|night|evening|morning|spring|summer|autumn|"
                      r"fall|winter|meeting|session|gathering|event|edition|episode|talks?|next|the|our|my|public|monthly|"
                      r"weekly|annual)\b|\d+|[#＃]", re.IGNORECASE)
# what closes a name at the title's end: its short form or place in brackets, a place's code or name after a comma
# (`Harbor Software Meetup (HSM)`, `Render Summit III (Portland)`, `… in Palo Verde, CA`)
_SHORT_FORM_OR_PLACE = re.compile(r"^\s*(?:[(（][^()（）\s]+(?:\s[^()（）\s]+)?[)）]|[「『][^「」『』]{1,20}[」』]"
                                  r"|,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s*$")
_INNER_BREAK = re.compile(r"[:：,，|｜]\s|\s[-–—|]\s")
# words a name never opens or closes with (`After` of `… 2023 After Talk`)
_NOT_AN_EDGE = titles.NOT_A_NAMES_EDGE | {"&", "or", "after", "before", "under", "over", "into", "about", "vs", "vs."}
_JOINS = {"助詞", "助動詞", "補助記号", "記号"}
_INSIDE_A_WORD = {":", "!", "/", "：", "！"}
_LATIN_WORD = re.compile(r"(?=\S*[A-Za-z])\S*[A-Za-z0-9][.!]?")
_DAYS_PART = re.compile(r"(?:Day|Part|Track|Session|Room|Hall)\s+\S+$|(?:Day|Part)\s+\S+\s", re.IGNORECASE)
_JOINING = {"and", "&", "x", "×", "or", "+", "vs", "vs.", "and/or", "/", "・", "＆", "と"}
_SENTENCE_PARTICLES = {"が", "を", "に", "で", "へ", "は", "も", "から", "まで", "より"}
_OPENING, _CLOSING = "「『（([【", "」』）)]】"

FEATURES = ("whole", "kept_share", "written", "written_times", "number", "event_word", "written_name",
            "dropped_event_word", "dropped_place", "name_after_phrase", "break_after",
            "break_before", "dropped_post_word", "dropped_writer", "dropped_words", "lowercase_start", "dropped_kana",
            "in_file_name", "named", "named_then_subtitle", "phrase_then_name", "post_words_only", "named_then_japanese")

# fitted by `python scripts/fit_title_span.py` on the fixture folders (holdout18 left out: half of it is held back),
# ../shared/seeds and 30 folders of the team's real-note corpus kept outside the repository (327 notes from some
# 250 public repositories): 422 event titles the model reads. Left out one folder at a time, the model's part was an
# accepted name of the event for 313 titles, the whole title for 292
WEIGHTS: tuple[float, ...] = (2.666, 0.620, 0.905, 1.224, 0.288, 0.381, -1.024, -0.381, -1.735, 1.038, 1.790, -0.453,
                              2.464, -0.167, 0.767, -1.271, -0.912, 1.290, -0.167, 1.773, 0.809, 0.628, 1.806)


@lru_cache(maxsize=512)
def _words(title: str) -> tuple[_Word, ...]:
    from . import names
    return tuple((w.white_space, w.surface, w.feature.pos1, w.feature.pos3) for w in names.tagger()(title))


def _text(words) -> str:
    return "".join((ws if k else "") + surface for k, (ws, surface, _, _) in enumerate(words))


def _script(char: str) -> str:
    """Latin letters and digits (with the signs inside a written name, `C++`, `PgConf.EU`) are one script; kanji,
    hiragana and katakana one each; any other sign is its own (a part may end at it)."""
    if char.isascii() and (char.isalnum() or char in "+._#'"):
        return "latin"
    if "\u4e00" <= char <= "\u9fff" or char in "々〆ヶ":
        return "kanji"
    if "\u3040" <= char <= "\u309f":
        return "hiragana"
    if "\u30a0" <= char <= "\u30ff":
        return "katakana"
    return char


def _may_be_a_name(kept) -> bool:
    """A part that could be a name at all: its edges no particle, symbol or English function word (but a bracket it
    closes), its brackets balanced, three letters or more."""
    first, last = kept[0], kept[-1]
    if first[2] in ("助詞", "助動詞") or last[2] in ("助詞", "助動詞"):
        return False
    if first[2] in ("補助記号", "記号") and first[1] not in "#＃.!:" \
            or last[2] in ("補助記号", "記号") and last[1] not in _CLOSING + "+!#":
        return False
    if first[1].lower() in _NOT_AN_EDGE or last[1].lower() in _NOT_AN_EDGE:
        return False
    if any(w[2] == "助詞" and w[1] in _SENTENCE_PARTICLES for w in kept[1:-1]):
        return False  # (`関数型の勉強会に畳の上`: a particle of a sentence inside it; `の` joins a name's words)
    name = _text(kept)
    if any(name.count(o) != name.count(c) for o, c in zip(_OPENING, _CLOSING)):
        return False
    return len(_LETTER.findall(name)) >= 3


def _reads_as_name(name: str) -> bool:
    """An event's number or year, an event's word, or a written name (`GopherCon`, `FOSDEM`, `Scotland.js`), and more
    than an event's kind and when (never `Meetup`, `April Meetup`, `Thursday night` alone), never in the writer's
    voice (`I gave my first conference talk`)."""
    return bool(titles.EVENT_NUMBER.search(name) or titles.EVENT_WORD.search(name) or titles.WRITTEN_NAME.search(name)) \
        and not _generic(name) and not _WRITER.search(name)


def _names_when(part: str) -> bool:
    """A part left out that is the instance's month, season or day in words (`June`, `Spring 2025`, `Q2`), a word
    for the gathering beside it or not (`May session`)."""
    part = part.strip(" :：-–—,|()（）")
    return bool(_LETTER.search(part)) and bool(titles.WHEN.fullmatch(part) or _generic(part) and re.search(
        dates.MONTH_NAME + r"|spring|summer|autumn|fall|winter", part, re.IGNORECASE))


def _name_goes_on(name: str, before: str, after: str) -> bool:
    """Whether the words around a part are more of the name: a Latin word right before it, no phrase ending there
    (`AWS` of `AWS Summit Tokyo 2023`, `Yahoo!` of `Yahoo! Hack Day`; never `Back from`, `Announcing`) or an event's
    word before it (`Kaigi on` of `Kaigi on Rails 2023`, `Global Day of`); a capitalised word right after it, not a
    post's word (`After Talk`, `NZ Day` after `OWASP`); or a short subtitle after a break written as a name
    (`: Reloaded`, `: Prague`, `: Women Techmakers Edition`), not a day's part (`: Day 2`), the page's or the post's
    word (`- Speakers`) nor the writer's words (`: what a night`)."""
    last = before.split()[-1] if before.strip() else ""
    if _LATIN_WORD.fullmatch(last) and not _BEFORE_A_NAME.search(before) or titles.EVENT_WORD.search(before):
        return True  # (`Kaigi on` of `Kaigi on Rails`: an event's word before the part is the name's)
    if last.lower() == "of" and len(words_before := before.split()[:-1]) > 1 and all(
            w[:1].isupper() for w in words_before[1:]) and not _POST_WORD.search(before):
        return True  # (`Global Day of` of `Global Day of Coderetreat`, never `The best of`, `Highlights of`)
    following = after.split()[0] if after.strip() else ""
    if following[:1].isupper() and _LATIN_WORD.fullmatch(following) and after[:1].isspace() \
            and not _POST_WORD.match(following) and not titles.PAGE_WORD.match(following):
        return True  # (`After Talk` after `iOSDC Japan 2023`, `NZ Day` after `OWASP`)
    subtitle = _BREAK_AFTER.match(after)
    rest = after[subtitle.end():].strip() if subtitle and after.lstrip()[:1] in ":：-–—|｜" else ""
    words_after = rest.split()
    return 0 < len(words_after) <= 3 and all(w[:1].isupper() for w in words_after) \
        and not _DAYS_PART.match(rest) and not _POST_WORD.search(rest) and not titles.PAGE_WORD.search(rest)


def _spelled_out(name: str, rest: str) -> bool:
    """Whether the words left out spell out the part kept, an initialism (`OGM` of `OGM : Open Graphics Meeting`)."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", rest) if w[0].isupper())
    return bool(re.fullmatch(r"[A-Z]{2,6}", name)) and name in initials


def _generic(name: str) -> bool:
    return not _LETTER.search(_GENERIC.sub(" ", titles.EVENT_WORD.sub(" ", name)))


def features(title: str, name: str, before: str, after: str, dropped_words, text_folded: str, file_folded: str,
             next_word: _Word | None = None) -> tuple[float, ...]:
    """The traits weighed, in FEATURES' order, of `name`, the part of `title` kept (`before` and `after` it left out,
    `next_word` the word after it)."""
    folded = titles.folded(name)
    times = text_folded.count(folded) if folded else 0
    dropped = (before + " " + after).strip()
    named = _reads_as_name(name)
    letters = [w[1] for w in dropped_words if _LETTER.search(w[1])]
    return (
        float(name == title),
        len(name) / max(len(title), 1),
        float(times > 0),
        math.log1p(times),
        float(bool(titles.EVENT_NUMBER.search(name))),
        float(bool(titles.EVENT_WORD.search(name))),
        float(bool(titles.WRITTEN_NAME.search(name))),
        float(bool(titles.EVENT_WORD.search(dropped))),
        float(any(pos3 == "地名" for _, _, _, pos3 in dropped_words)),
        float(bool(before) and bool(_BEFORE_A_NAME.search(before))),
        float(bool(after) and bool(_BREAK_AFTER.match(after))),
        float(bool(before) and bool(_BREAK_BEFORE.search(before))),
        float(bool(_POST_WORD.search(dropped))),
        float(bool(_WRITER.search(dropped))),
        math.log1p(sum(1 for w in dropped_words if _LETTER.search(w[1]))),
        float(name[:1].islower()),
        float(bool(titles.KANA.search(dropped))),
        float(bool(folded) and folded in file_folded),
        float(named),
        float(named and not before and bool(after) and bool(_BREAK_AFTER.match(after))),
        float(named and not after.strip(" !！?？.。") and bool(before) and bool(_BEFORE_A_NAME.search(before))),
        float(bool(letters) and all(_POST_WORD.fullmatch(w) or w.lower() in titles.NOT_A_NAMES_EDGE or _WRITER.fullmatch(w)
                                    for w in letters)),
        float(named and not before and next_word is not None and next_word[2] == "助詞" and bool(titles.KANA.search(after))),
    )


def candidates(title: str, text: str, path: str = "") -> list[tuple[str, tuple[float, ...]]]:
    """(part, traits) of the whole title and of every run of its words that may be a name and reads as one: its start
    or end, or a run inside it that the note writes again (`text`: the note, its title left out once)."""
    title = title.strip()
    text_folded = titles.folded(text)
    file_folded = titles.folded(re.sub(r"[-_./]+", " ", path.rsplit("/", 1)[-1]))
    out = [(title, features(title, title, "", "", (), text_folded, file_folded))]
    words = _words(title)
    if len(words) < 2 or len(title) > 200:
        return out
    seen = {title}
    # where a part may begin or end: at a space, or where the script changes at a particle or a sign (`JAWS-UG横浜支部|で`,
    # `（第3回）|発表資料`); never inside a word (`C++`, `PgConf.EU`, `開催記録`, `みちのくSRE`), nor after a colon or an
    # exclamation inside one (`re:Invent`, `Yahoo!JAPAN`)
    edges = [True] + [bool(words[k][0]) or _script(words[k - 1][1][-1]) != _script(words[k][1][0])
                      and (words[k - 1][2] in _JOINS or words[k][2] in _JOINS)
                      and not (words[k - 1][1] in _INSIDE_A_WORD and _LETTER.match(words[k][1]))
                      for k in range(1, len(words))] + [True]
    for start in range(len(words)):
        if not edges[start]:
            continue
        for end in range(start + 1, min(len(words), start + 16) + 1):
            if end - start == len(words) or not edges[end]:
                continue
            kept = words[start:end]
            if not _may_be_a_name(kept) or any(0 <= k < len(words) and words[k][1].lower() in _JOINING
                                                for k in (start - 1, end)):
                continue  # (`SVG` of `SVG and MathML Night`: a name the title joins to another goes on)
            name = _text(kept)
            if _INNER_BREAK.search(name):
                continue  # (`April Meetup: Generics` of `April Meetup: Generics, gRPC & Gophers`: a subtitle is kept whole)
            if name in seen or not _reads_as_name(name):
                continue  # (a part that reads as no name never stands for the title: `Ferries` of `Ferries, … & talks`)
            if titles.folded(name) not in text_folded and 0 < start and end < len(words):
                continue  # (a part inside the title only when the note writes it again)
            seen.add(name)
            before, after = _text(words[:start]), "".join(ws + s for ws, s, _, _ in words[end:])
            if _name_goes_on(name, before, after):
                continue
            if _names_when(before) or _names_when(after) or _SHORT_FORM_OR_PLACE.match(after) \
                    or _spelled_out(name, before + " " + after) or titles.EVENT_NUMBER.search(before + " " + after):
                continue  # (`Southport Kotlin User Group - June`: the month says which meeting; `… Meetup (HSM)`,
                #          `… in Palo Verde, CA`: the name's short form or its place close it; `HarborConf 2031:
                #          Planning for 2032`: a year or an edition's number is never left out)
            out.append((name, features(title, name, before, after, words[:start] + words[end:], text_folded, file_folded,
                                       words[end] if end < len(words) else None)))
    return out


# a part replaces the whole title only when the model likes it clearly better: left out one folder at a time, a
# margin of 0.5 kept 4 of the 5 right titles the bare maximum broke and lost few it fixed
MARGIN = 0.5


def score(traits: tuple[float, ...]) -> float:
    return sum(w * x for w, x in zip(WEIGHTS, traits))


def event_name(title: str, text: str, path: str = "") -> str:
    """The part of the title the model weighs as the event's name (the title itself when it weighs that most)."""
    options = candidates(title, text, path)
    if len(options) == 1:
        return title
    best = max(options, key=lambda o: score(o[1]))
    return best[0] if score(best[1]) > score(options[0][1]) + MARGIN else title
