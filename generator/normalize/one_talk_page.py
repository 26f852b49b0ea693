"""A page about one talk someone gave, told by the page itself rather than by headings or a programme.

Three ways a page says it is one talk's, each naming the talk and who gave it:

- **Its title carries the byline**: `A Chat about Latency, by Nora Fielding` (on a page telling of a talk: an essay's
  title carries its writer so), `Rust: Now and Next - Presentation by Leo Brandtner`, `Title (a talk by Jane Roe)`.
- **It is a session's page**: the front matter names one speaker by a plain name (`speakers: [川口 真一]`) and
  says the page is a session's or a talk's (`categories: session`, `permalink: /session/2/`, `layout: talk`).
- **Its sentence and its title agree**: the title names something (`DataConf - Tracing Requests Like …`) that a sentence
  says someone presents (`Samir will be presenting, "Tracing Requests Like …"`). Two places saying the same title is
  what lets a single given name be the speaker; something presented to someone (`… "Best Newcomer" to Kim`) is none.

Read only when no heading, list or sentence gave a talk at all (normalize()); a page linking several decks or
recordings is not one talk's.
"""
from __future__ import annotations

import re
from typing import Any

from ..core.model import Clue, Speaker, Talk
from . import kinds, links, names, people, titles
from .fields import string_list
from .prose import HANDED_OVER
from .sections import key as _key

# `Title, by Jane Roe`, `Title - Presentation by Jane Roe`, `Title | a talk with Jane Roe`, `Title (talk by Jane Roe)`
# (never a bare ` by `: `Learning by Doing` is a title)
_TITLE_BYLINE = re.compile(
    r"^(?P<t>.{3,}?)\s*(?:(?P<comma>,)\s*by|\s[-–—|:：]\s*(?:an?\s+)?(?:(?:lightning\s+)?talk|presentation|keynote|session|webinar)\s+"
    r"(?:by|with|from))\s+(?P<who>[^()]+?)\s*$"
    r"|^(?P<t2>.{3,}?)\s*\((?:an?\s+)?(?:(?:lightning\s+)?talk|presentation|keynote|session)\s+by\s+(?P<who2>[^()]+)\)\s*$",
    re.IGNORECASE)
# the front matter's word that the page is a session's or a talk's (its category, layout or address)
# (a word of its own, `categories: session`, `layout: talk`; never `talk-show` nor `sessions-recap`)
_SESSION_WORD = re.compile(r"^(?:sessions?|talks?|presentations?|講演|セッション|発表)$", re.IGNORECASE)
_SESSION_KEYS = ("categories", "category", "layout", "type", "section")
# the page's own address under a session's or talk's folder: `/session/2/`, `/talks/rust-now/` (never the folder itself)
_SESSION_ADDRESS = re.compile(r"/(?:sessions?|talks?|presentations?)/[^/\s]+/?$", re.IGNORECASE)
# a word telling that the page is about a talk at all (a page titled `Essay, by Jane Roe` is no talk's)
_TALK_WORDS = re.compile(r"\b(?:talks?|presentations?|presented|presenting|sessions?|keynote|slides|speakers?|meetup|"
                         r"conference|webinar|lightning)\b|発表|講演|登壇|スライド|勉強会", re.IGNORECASE)
_SPEAKER_KEYS = ("speakers", "speaker", "presenters", "presenter")
# `Samir will be presenting, "Title"`, `Jane Roe presents "Title"`: a name, then the verb, then the title in quotes
_PRESENTS_QUOTED = re.compile(r"(?<![\w'’-])(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:will\s+be\s+|is\s+)?"
                              r"present(?:s|ing|ed)\s*,?\s*:?\s*[\"“](?P<t>[^\"”]{3,140})[\"”]")
# capitalised words that open a sentence but name no one (`This will be presenting …` is not said, `We` is no one)
_NOT_SOMEONE = frozenset({"We", "They", "He", "She", "It", "This", "That", "Who", "Our", "You", "I"})


def read(raw_title: str, fm: dict[str, Any], body: str) -> Talk | None:
    """The one talk the page is about, or None when the page does not say it is one talk's."""
    urls = links.urls_in(body)
    decks, videos = [u for u in urls if links.is_slides(u)], [u for u in urls if links.is_video(u)]
    if len(set(decks)) > 1 or len(set(videos)) > 1:
        return None  # (several decks or recordings: several talks)
    read = _titled_with_byline(raw_title, body, bool(decks or videos) or bool(_TALK_WORDS.search(body))) \
        or _session_page(raw_title, fm) or _presented_as_titled(raw_title, body)
    if read is None:
        return None
    title, speakers, reading = read
    return Talk(title=title, speakers=speakers, slides=decks[0] if decks else None, video=videos[0] if videos else None,
                kind=kinds.classify(title)[0], body=body.strip("\n"),
                evidence=(Clue("title", reading, None, "medium"), Clue("speakers", reading, None, "medium")))


def _titled_with_byline(raw_title: str, body: str, of_a_talk: bool) -> tuple[str, tuple[Speaker, ...], str] | None:
    """`of_a_talk`: the page shows a deck or a recording or speaks of talks; `Title, by Jane Roe` needs it, or a text
    telling of the person by name (`Jane walked through …`): an essay's or a review's title carries its writer so.
    `Title - Presentation by Jane Roe` says it itself."""
    m = _TITLE_BYLINE.match(raw_title.strip())
    if not m:
        return None
    title, who = (m.group("t") or m.group("t2")).strip(" -–—|:："), (m.group("who") or m.group("who2")).strip()
    found = people.named_people(who, strict=True)
    if not found or len(found) > 3 or titles.looks_like_event(title) or any(
            people.is_affiliation(p.name) or p.name.isascii() and not names.names_someone(p.name) for p in found):
        return None  # (`Webinar with Acme Cloud`: a company, no one)
    if m.group("comma") and not of_a_talk and not any(
            re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", body) for p in found for word in p.name.split()[:1]):
        return None
    return title, tuple(found), "the page's title and its byline"


def _session_page(raw_title: str, fm: dict[str, Any]) -> tuple[str, tuple[Speaker, ...], str] | None:
    said = [v.strip() for k in _SESSION_KEYS for v in string_list(fm.get(k))]
    address = " ".join(v for k in ("permalink", "url", "slug") for v in string_list(fm.get(k)))
    named = next((fm[k] for k in _SPEAKER_KEYS if fm.get(k)), None)
    if not (any(_SESSION_WORD.match(v) for v in said) or _SESSION_ADDRESS.search(address)) or named is None \
            or titles.looks_like_event(raw_title):
        return None
    entries = named if isinstance(named, list) else [named]
    if len(entries) != 1 or not isinstance(entries[0], str):
        return None  # (several people listed: a page of several talks; a list of mappings is a programme, read elsewhere)
    found = tuple(p for e in entries for p in people.parse_people(e.strip()))
    return (raw_title.strip(), found, "a session's page: its title and its front matter's speakers") if found else None


def _presented_as_titled(raw_title: str, body: str) -> tuple[str, tuple[Speaker, ...], str] | None:
    for m in _PRESENTS_QUOTED.finditer(body):
        title, who = m.group("t").strip().rstrip(",."), m.group("who")
        if who.split()[0] in _NOT_SOMEONE or len(_key(title)) < 4 or _key(title) not in _key(raw_title) \
                or not names.given_name(who.split()[0]) or HANDED_OVER.match(body, m.end()):
            continue  # (`Ken presented "Best Newcomer" to Kim`, `Apple presented "Vision Pro"`: no talk)
        found = people.parse_people(who)
        if found:
            return title, tuple(found), "a sentence presenting the talk the page's title names"
    return None
