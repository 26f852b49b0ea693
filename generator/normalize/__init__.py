"""Normalize stage: a Note as it was written -> an Event with its Talks.

Each concern is a small rule module: fields (front matter spellings),
structure (sections, headings by shape), sections (what is not a talk),
talks (segmentation), people, links, dates, titles, kinds. This module only
orders them: the title, the structure, the talks, then the event's details
from the front matter first and the note's opening lines second.
"""
from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import re
from pathlib import PurePosixPath
from typing import Any

from ..core.model import Clue, Diagnostic, Event, Note, NormalizedNote, Talk
from . import (bylines, dates, dialects, document, fields, kinds, links, names, one_talk_page, own_talk, people, prepare, prose, reconcile,
               sections, speaker_lines, structure, talks, title_span, titles)
from .fields import PLACEHOLDER, first, lower_keys, string_list, strip_markdown, text_value, unique
from .sections import container_kind, generic_label
from .venue import ROOM_GIVEN_WORD, find_venue_read, gathered_venue, held_online, venue_names_the_same_place, labelled_venue, thanked_host

_SITE_LABEL = re.compile(
    r"(?:公式サイト|公式ページ|公式HP|イベントサイト|イベントページ|イベントURL|告知ページ|募集ページ|申込(?:み)?(?:ページ)?|"
    r"申し込み(?:ページ)?|connpass|doorkeeper|(?:Event|Conference|Conf|Meetup)\s+(?:site|page|website|link)|Official\s+(?:site|website|page)|"
    r"Website|Web\s*site|Homepage|Registration|RSVP|Sign[\s-]?up(?:\s+(?:URL|link|page))?|Tickets?|公式)\s*(?:\*\*)?\s*(?:[:：]|\s(?:is|was|は)\s|は|\s*\|)"
    # the event's own programme page: `Schedule and abstracts: https://...`, `タイムテーブル: https://...`
    # `- URL: https://...` among the event's labelled facts (a bare `URL` label only at a line's start)
    r"|^\s*(?:[-*]\s*)?(?:\*\*)?(?:URL|イベントURL|Event\s+URL|Event|Conference|Meetup)(?:\*\*)?\s*[:：]"
    r"|(?:^\s*(?:[-*]\s*)?|(?<=[.。!！]\s)|(?<=[。！]))(?:Schedule|Program(?:me)?|Timetable|Agenda|Talks|スケジュール|タイムテーブル|プログラム)\b[^:：\n]{0,30}[:：]",
    re.IGNORECASE)
_HASHTAG_LINE = re.compile(r"ハッシュタグ|hashtags?|タグ\s*[:：]", re.IGNORECASE)
# a programme table's row (three cells or more: `|A+B [#ccc_a1](…)|Title|Speaker|`): its hashtags are its rooms'
_PROGRAMME_ROW = re.compile(r"^\s*\|(?:[^|]*\|){3,}")
_LABEL_ALONE = re.compile(r"^\s*(?:[-*+]\s+|[■□●○◆◇▼▽★☆・]\s*)?(?:\*\*)?(?:ハッシュタグ|Hashtags?)(?:\*\*)?\s*[:：]?\s*$", re.IGNORECASE)
# the words that label an event's day: `日時：…`, `**When:** …`, a `## 開催日時` or `## 日時詳細` heading over it
_DATE_WORDS = fields.DATE_LABEL_WORDS
# `日時:`, `**When:**`, a table's `| When | Tuesday 24 November 2015 |` row, `**When?** …`
_DATE_LABEL = re.compile(r"^[^\w\s]*\s*(?:[-*]\s*)?(?:\*\*|__)?(?P<label>" + _DATE_WORDS + "|" + fields.TIME_LABEL_WORDS
                         + r")(?:\*\*|__)?\s*(?:[:：|]|[?？](?:\*\*)?\s)", re.IGNORECASE)
_DEADLINE_WORDS = r"締切|締め切り|〆切|deadline"
_DEADLINE = re.compile(_DEADLINE_WORDS + r"|\bdue\b|registration|申込|申し込み", re.IGNORECASE)
_HOURS_LABEL = re.compile(fields.TIME_LABEL_WORDS, re.IGNORECASE)
_DATE_HEADING = re.compile(r"^[^\w\s]*\s*(?:" + _DATE_WORDS + r"|開催概要)", re.IGNORECASE)
_ANY_DATE_LABEL = re.compile(r"(?:^|[^A-Za-z])(?:" + _DATE_WORDS + r"|開催概要)", re.IGNORECASE)
_DATE_ONLY = re.compile(r"^\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*$")
_SENTENCE_MARK = re.compile(r"[。、,，（(]")
_LETTER = re.compile(r"[^\W\d_]")
_YEAR_AFTER_NAME = re.compile(r"\s*[-–]?\s*((?:19|20)\d\d)(?![\d/.\-])")
_YEAR_IN_NAME = re.compile(r"(?<![\d/.\-])(?:19|20)\d\d(?![\d/.\-])")
# a post's stamp as a blog page prints it under the text: the writer's id, the day and the minute it went up
_WRITERS_STAMP = re.compile(r"(?:@?[\w.\-]{2,40}\s+)?\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?")
_HEADING_TEXT = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
# a post's title about the lightning talks of an event: `Hosting the Lightning Talks at DevCon 2022`, `LTs from PyCon`
# (never `LTS`, a release's long-term support; never beside other talks: `talks and lightning talks at …`)
_LIGHTNING_TALKS_AT = re.compile(r"^(?!.*\b(?:talks?|keynotes?|sessions?)\s+(?:and|&)\s)(?:(?i:.*\blightning\s+talks)|.*\bLTs)"
                                 r"\s+(?i:at|@|from|of)\s+\S")
# a line about the event itself (held, attended; a meetup, an event, 勉強会)
_OF_THE_EVENT = re.compile(dates.EVENT_VERBS.pattern + r"|\b(?:meetup|meeting|event|conference)s?\b|勉強会|イベント|カンファレンス|ミートアップ",
                           re.IGNORECASE)
_OTHER_SLOT = re.compile(r"ゲスト|招待|基調|特別|トーク|講演|セッション|guest|invited|keynote|talk\b|session", re.IGNORECASE)
_NUMBERED_THEN_MORE = re.compile(r"^(?P<event>.+?(?:[#＃]\s?\d{1,4}|\bvol\.?\s?\d{1,3}|第\s?\d{1,4}\s?回))\s+(?P<rest>\S.{3,})$",
                                re.IGNORECASE)
# the host's honorific, and what the writer did there, after the place in a title: `メルカリさん に参加してきました`
_HOST_HONORIFIC = re.compile(r"\s*(?:さん|様)?\s*(?:(?:に|で)\s*(?:参加|行って|登壇|発表|LT).*)?$")
_H1 = re.compile(r"^#\s+(?P<t>.+?)\s*#*\s*$")


def normalize(note: Note) -> NormalizedNote:
    written = note
    note = _read_markup(note)
    fm = fields.with_meta_tags(fields.with_site_params(lower_keys(note.front_matter)))
    event_fm = fields.event_mapping(fm)
    diags: list[Diagnostic] = []
    fm_title = text_value(first(event_fm, fields.TITLE_KEYS)) or text_value(first(fm, fields.TITLE_KEYS))
    fm_title = fields.yaml_comment_cut(note.text, fm_title, fields.TITLE_KEYS)
    talk_page = _talk_page(fm, fm_title, note.body)
    if talk_page is not None or fm_title is None and isinstance(fm.get("event"), str) or fm_title and _event_named(fm):
        # (a speaker's page naming no event keeps its own title; a post's front matter naming its event, `event:
        # Tidewater Python — March 2025` beside `title: TidePy, March edition: …`, gives the event's name)
        fm_title = _event_named(fm) or fm_title
    if talk_page is not None:  # the talk's page: its `date` is the day it was given, its `homepage` the event's page
        event_fm = {k: v for k, v in (("date", fm.get("date")), ("url", fm.get("homepage"))) if v}
    if fm_title and generic_label(fm_title) and (shared := text_value(first(fm, ("og:title", "twitter:title")))):
        fm_title = shared  # `title: タイムテーブル` beside `og:title: Foo 2019 | タイムテーブル`: the page's full title
    body, lines = prepare.prepare_lines(note.body, titled=fm_title is not None)  # embeds are plain URLs already
    doc = document.parse(body, note.body_line, lines)
    sections = structure.markdown_sections(lines, note.body_line, doc)
    plain = len(sections) == 1  # the preamble alone: no heading in Markdown (or Hatena notation)
    if plain:
        sections = structure.plain_sections(lines, note.body_line, skip_title=fm_title is None, doc=doc)
        raw_title = fm_title or _numbered_below(_first_meaningful_line(lines), lines) or _stem(note.path)
        title_from = "front matter" if fm_title else "the first line" if raw_title != _stem(note.path) else None
    else:
        sections, h1 = _take_title_heading(sections, fm_title)
        if h1 is None and fm_title is None:
            sections, h1 = _title_field(sections)
        raw_title = (h1 if h1 and fm_title and generic_label(titles.clean_event_title(fm_title)) else fm_title) or h1 or _preamble_title(
            sections)
        title_from = "front matter" if fm_title and raw_title == fm_title else "the title heading" if h1 else (
            "the first line" if raw_title else None)
        if not raw_title and (heading := _first_heading_naming_an_event(sections)):
            raw_title, title_from = heading, "the note's first heading"
        raw_title = raw_title or _stem(note.path)
    page_kind = container_kind(raw_title) if raw_title else None  # (`# Programme`: the text under it is the programme)
    if not plain and raw_title == h1 and _only_a_label(titles.clean_event_title(h1)) and (
            shared := text_value(first(fm, ("og:title", "twitter:title")))) and not generic_label(titles.clean_event_title(shared)) \
            and _names_an_event(titles.clean_event_title(shared)):
        raw_title, title_from = shared, "front matter"  # `<h1>Programme</h1>` on `Programme | EnthusiastiCon`: the page's name

    seg = talks.segment(sections, note.path, plain, page_kind)
    diags.extend(seg.diagnostics)
    talk_list = seg.talks
    extra_event_text: list[str] = []
    programme = _front_matter_programme(fm, talk_list) if talk_page is None else [talk_page]
    if programme is not None:
        talk_list, extra_event_text = _apply_front_matter_talks(programme, talk_list, note.path, diags,
                                                                canonical=fm.get("canonical") is True)

    if fm.get("canonical") is not True and any(titles.is_filler(t.title) for t in talk_list):
        # (`### XXX` over a speaker's line: a title the writer never filled in; its lines stay the event's)
        extra_event_text += [_as_event_text(t) for t in talk_list if titles.is_filler(t.title)]
        talk_list = [t for t in talk_list if not titles.is_filler(t.title)]
    # (a talk a sentence tells, `… at 6pm on August 11 to hear Jane Roe present "Title"`: its line is still the intro's)
    first_talk_line = min((t.line + (1 if prose.told_in_a_sentence(t) else 0) for t in seg.talks if t.line), default=None)
    intro = _intro_text(note, first_talk_line, body)
    event_parts = list(seg.event_parts)
    if programme is None and fm.get("canonical") is not True:
        talk_list, event_parts = _weigh_headings(talk_list, event_parts, fm, raw_title, intro, body, written.body)
        if not any(t.speakers or t.slides or t.video for t in talk_list) \
                and (one := _one_talk_note(sections, raw_title, fm, body)
                     or (one_talk_page.read(raw_title, fm, body) if not talk_list else None)) is not None:
            talk_list, event_parts = [one], []
        talk_list = _writers_own_given_by_the_author(talk_list, fm)
    event_text = "\n\n".join(event_parts)
    if fm.get("canonical") is True:
        # the front matter is the whole record (as `talkarchive import` writes it): guess nothing
        raw_title, intro, event_text, body = (fm_title or _stem(note.path)), "", "", ""

    title = raw_title if fm.get("canonical") is True else titles.clean_event_title(raw_title)
    if raw_title == fm_title and fields.BLOG_ENGINE_KEYS & fm.keys() and not fields.event_layout(fm):
        title = titles.name_before_posts_own_words(title)  # (a blog post's title: the writer's words after the name)
    slug = titles.is_slug(title)  # `2014-talks`: a repository's or file's name, not the event's
    if fm.get("canonical") is not True and (not titles.EVENT_NUMBER.search(title) or titles.is_sentence(title)
                                            or generic_label(title) or slug):
        named = titles.event_named_in([l for l in intro.split("\n") if l.strip()][:6])
        labelled = None if named else titles.labelled_event_name([l for l in intro.split("\n") if l.strip()][:8])
        if labelled and not titles.EVENT_NUMBER.search(title):
            title, title_from = titles.clean_event_title(labelled), "a labelled line"
        elif named:  # the title is the blog post's (`先週末のイベントメモ`); the text names the event
            title, title_from = titles.clean_event_title(named), "an event named in the opening lines"
        elif (titles.names_no_event(title) or _kind_of_gathering_alone(title)) and (linked := titles.event_linked_in(
                # (a post that is one talk under its heading opens inside it: the note's first lines then;
                # a sentence wrapped over lines is read whole)
                [p for _, p in prose.paragraphs(_first_lines(intro if intro.strip() else body, 30))
                 if p.strip() and not p.startswith("#")][:6],
                title, event_pages_only=not titles.names_no_event(title))):
            title, title_from = titles.clean_event_title(linked), "an event linked in the opening lines"
        elif (title_from is None or slug) and (plain := titles.event_named_plainly(
                [l for l in body.split("\n")[:40] if l.strip() and not l.lstrip().startswith("![")])):
            title, title_from = titles.clean_event_title(plain), "a name with its year in the opening lines"
        elif generic_label(title) and (most := titles.event_named_most(
                fields.summary_lines(fm) + intro.split("\n"),
                [l for l in body.split("\n") if l.strip() and not l.lstrip().startswith("![")])):
            # `Schedule`, `Overview`, `Day 1`: the page's title is a part of the event; the text names the event
            title, title_from = titles.clean_event_title(most), "the name with its year the note repeats most"
        elif titles.names_no_event(title) and not titles.name_written_again(title, written.text.replace(raw_title, "", 1)) \
                and (called := titles.event_called_by_its_word(
                    [l for l in body.split("\n") if l.strip() and not l.lstrip().startswith("![")])):
            # `Baby's First Keynote`, `Announcing Speakers!`: a talk's or a page's title, the text calling its event
            # `RailsConf` again and again (never a title whose name the note writes again: that is the name it goes by,
            # `Harbor Go Night のお知らせ` over `Harbor Go Night を開催します`)
            title, title_from = titles.clean_event_title(called), "the event's name the note writes most"
    if fm.get("canonical") is not True and (_only_a_label(title) or re.fullmatch(r"(?:19|20)\d\d", title.strip())) \
            and (described := titles.event_described(fields.summary_lines(fm))):
        # `<title>2013 Agenda</title>` on a page described as `GORUCO is a one-day technical conference …`: the page's
        # title names only its part and year; its description names the event (the year the title gives joins it)
        year = re.search(r"\b(?:19|20)\d\d\b", raw_title)
        title, title_from = f"{described} {year.group(0)}" if year else described, "the page's description"
    elif fm.get("canonical") is not True and re.fullmatch(r"(?:19|20)\d\d", title.strip()) and (
            plain := titles.event_named_plainly([l for l in body.split("\n")[:40] if l.strip()])) \
            and title.strip() in plain:
        # `title: 2022` over `[PyCon US 2022](…) general information:`: a page of a year's notes in a folder named
        # after the event; the opening names the event with that year
        title, title_from = titles.clean_event_title(plain), "a name with its year in the opening lines"
    if fm.get("canonical") is not True and title_from in ("front matter", "the title heading", "the first line"):
        # (the note as written, the title itself left out once: what the note says again, its summary included)
        title = titles.name_the_note_repeats(title, written.text.replace(raw_title, "", 1))
    if fm.get("canonical") is not True and (repeated := _name_written_twice(title, title_from, note.body)):
        # (a subject line, a run-sheet's heading, a person's name, or a part of the event's name, `LT Night #12`)
        title, title_from = titles.clean_event_title(repeated), "the name with its number the note writes twice"
    if fm.get("canonical") is not True and title_from is None and title == titles.clean_event_title(_stem(note.path)):
        # nothing in the note names it: the file's name does, as a person reads it (`hackference-2013-schedule.html`)
        title = titles.name_in_file_name(note.path) or title
    if fm.get("canonical") is not True and not fields.records_the_event(fm) and (
            title_from != "front matter" or fields.BLOG_ENGINE_KEYS & fm.keys()):
        title = title_span.event_name(title, written.text.replace(raw_title, "", 1), note.path)
    event_date, published, date_from = _dates(fm, event_fm, raw_title, intro, event_text, title, note.path, diags,
                                                   body)
    if fm.get("canonical") is not True and (m := _NUMBERED_THEN_MORE.match(title)) and any(
            reconcile.same_title(m.group("rest"), t.title) for t in talk_list):
        title = m.group("event")  # `Foo Meetup #24 <the talk this post is about>`: the event's name
    source_url = _web_url(first(fm, fields.SOURCE_URL_KEYS), "url", note.path, diags)
    url = _web_url(first(event_fm, ("url",) + fields.EVENT_URL_KEYS), "event_url", note.path, diags) or _web_url(
        first(fm, fields.EVENT_URL_KEYS), "event_url", note.path, diags)
    if source_url and not url and links.is_event_page(source_url):
        url, source_url = source_url, None
    url_given = url is not None
    url = url or _event_url(intro, event_text, body, source_url, title)

    venue = fields.place_value(first(event_fm, fields.VENUE_KEYS)) or fields.place_value(first(fm, fields.VENUE_KEYS))
    if venue and venue.strip().isdigit():
        venue = None  # `venue: 24213835`: a platform's venue id, not a place
    venue_from = "front matter" if venue else None
    short = False
    if not venue:
        (venue, short), venue_from = find_venue_read(intro), "the opening lines"
    if not venue or short:
        # (`8月4日 17:00 @大阪北浜` in the opening, `場所: 株式会社… 関西支店 大阪市中央区北浜…` in the event's section: the
        # label says it in full, where it names the same place; the next meetup's `Venue:` names another)
        labelled = labelled_venue(event_text)
        # (the label's whole line, with the street address the venue's name leaves out: `… 大阪市中央区北浜2丁目…`)
        line = next((l for l in event_text.split("\n") if labelled and labelled in l), labelled or "")
        if labelled and (not venue or venue_names_the_same_place(venue, line)):
            venue, venue_from = labelled, "a labelled line in the event's sections"
    if not venue:
        venue, venue_from = held_online(intro), "a sentence saying it was held online"
    if not venue and (at := titles.host_after_at(titles.without_trailing_hashtags(raw_title or ""))):
        # `golang.tokyo #25 @ Wantedly`, `Devops Meetup @ Knowlarity`, `PHP BLT #6 @ メルカリさん に参加してきました`
        venue, venue_from = _HOST_HONORIFIC.sub("", at[1]).strip(), "the title's `@ place`"
    if not venue and ROOM_GIVEN_WORD.search(body):  # (the code blocks are found only in a note that may thank a host)
        venue, venue_from = thanked_host(_prose_text(body)), "the writer thanking the host for the room"
    if not venue:  # (the event's own sections, never a talk's notes: `the outage happened at Cloudflare`)
        venue, venue_from = gathered_venue(_prose_text(f"{intro}\n\n{event_text}")), "a sentence saying where the evening gathered"
    hashtags = unique(string_list(first(event_fm, fields.HASHTAG_KEYS)) + string_list(first(fm, fields.HASHTAG_KEYS))
                      + (links.hashtags_in(raw_title) if fm.get("canonical") is not True else [])
                      + _hashtags(intro, event_text) + _closing_hashtags(body))
    if not hashtags and fm.get("canonical") is not True and _HASHTAG_WORD.search(body) and _TOLD_WORD.search(body):
        hashtags = _told_hashtags(_prose_text(body))  # (looked for in the raw text first: most notes tell none)
    tags = unique([t for source in (event_fm, fm) for k in fields.TAG_KEYS for t in string_list(source.get(k))
                   if not fields.is_folder_path(k, t)])
    tags = tags or unique(_property_tags(intro))

    if event_date is None:
        diags.append(Diagnostic("warning", "no date found; the event is listed as undated "
                                "(add `date: YYYY-MM-DD` to the front matter)", note.path, 1))
    # (the event's name says it, or the name part of the post's own title: `Pittsburgh Ruby lightning talk night: RVM,
    # IRC, …`, never `Riverton Ruby: a feature talk plus lightning talks`)
    named_night = kinds.classify(title)[0] == "lightning"
    lightning_night = named_night or (
        kinds.classify(re.split(r"[:：]\s", titles.clean_event_title(raw_title), maxsplit=1)[0])[0] == "lightning"
    ) or bool(_LIGHTNING_TALKS_AT.search(raw_title or ""))  # `Hosting the Lightning Talks at DevCon 2022`
    if fm.get("canonical") is not True and talk_list and lightning_night and (
            all(t.kind == "talk" for t in talk_list) or all(t.kind in ("talk", "lightning") for t in talk_list)
            and not any(_OTHER_SLOT.search(t.title) or _slot_told(t) for t in talk_list if t.kind == "talk")):
        # (a talk among the LTs that says it is another slot, `ゲストトーク: …`, keeps its kind)
        # an LT night (`Lightning Talks 12`, `新年LTパーティー`) whose talks say no kind of their own: LTs
        talk_list = [dataclasses.replace(t, kind="lightning", evidence=t.evidence + (
            Clue("kind", "the event's title (a lightning-talk event)" if named_night
                 else "the post's title (a lightning-talk night)", None, "medium"),)) if t.kind == "talk" else t
            for t in talk_list]
    evidence = _event_evidence(title_from, date_from if event_date else None, venue_from if venue else None,
                               ("front matter" if url_given else "a link in the note") if url else None)
    diags.extend(_guesses(note.path, evidence, talk_list))
    event = Event(
        source=note.path, title=title, date=event_date, venue=strip_markdown(venue) if venue else None,
        url=url, source_url=source_url, hashtags=hashtags, tags=tags, talks=tuple(talk_list),
        body="\n\n".join(p for p in event_parts + extra_event_text if p.strip()),
        slug=text_value(event_fm.get("slug")) or text_value(fm.get("slug")), published=published,
        evidence=evidence)
    return NormalizedNote(note=written, event=event, diagnostics=tuple(diags))


def _as_event_text(talk: Talk) -> str:
    """A talk given back to the event's text: its heading, who was named and its notes (nothing read is lost)."""
    named = ", ".join(p.name for p in talk.speakers)
    return f"## {talk.title}\n" + (f"{named}\n\n" if named else "") + talk.body


def _slot_told(talk: Talk) -> bool:
    """Whether the talk's title opened with its slot's label (`ゲストトーク: …`, read off by kinds.classify)."""
    return any(c.field == "kind" and c.reading == kinds.SLOT_LABELLED for c in talk.evidence)


# how sure each way of finding an event's field is; anything not named here is "medium"
_SURE = {"front matter": "high", "the title heading": "high", "the note's title": "high", "a labelled date": "high"}
_POSTED = "the day the post went up (the event may have been earlier)"
_FIRST_WRITTEN = "the first date the note writes"
_ADDRESSED = "the day the note's own links are named after"
_UNSURE = {_POSTED: "low", _FIRST_WRITTEN: "low", _ADDRESSED: "low"}


def _event_evidence(*found: str | None) -> tuple[Clue, ...]:
    """The event's clues: which reading gave its title, date, venue and url (None: not found)."""
    return tuple(Clue(name, how, None, "low" if how is None else _SURE.get(how, _UNSURE.get(how, "medium")))
                 for name, how in zip(("title", "date", "venue", "url"), found) if how is not None or name == "title")


def _guesses(path: str, event: tuple[Clue, ...], found: list[Talk]) -> list[Diagnostic]:
    """Notices for `check`: each field a person should look at, with where it was read from."""
    out = [Diagnostic("notice", f"event {c.field} taken from {c.reading or 'the file name'}; please check it", path)
           for c in event if c.confidence == "low"]
    for n, talk in enumerate(found, 1):
        for c in talk.evidence:
            if c.confidence != "high":
                what = "talk" if c.field == "title" else c.field
                out.append(Diagnostic("notice", f"talk {n} '{talk.title}': {what} read from {c.reading} "
                                      f"({c.confidence} confidence)", path, c.line or talk.line))
    return out


def _read_markup(note: Note) -> Note:
    """The note as the rules read it: its body rewritten as Markdown (dialects.py), embeds as plain
    URLs, and the front matter its markup carried (reStructuredText fields) under the front matter's own."""
    reading = dialects.read(links.plain_embeds(note.body), PurePosixPath(note.path).suffix.lower())
    if reading.body == note.body and not reading.front_matter:
        return note
    front = dict(reading.front_matter)
    front.update(note.front_matter)
    return dataclasses.replace(note, body=reading.body, front_matter=front)


def _author(fm: dict[str, Any]) -> str | None:
    """The note's author as its front matter names them (the first of several)."""
    author = first(fm, ("author", "authors"))
    return text_value(author[0] if isinstance(author, list) else author)


def _writers_own_given_by_the_author(talk_list: list[Talk], fm: dict[str, Any]) -> list[Talk]:
    """A talk its heading labels the writer's own (`### 自分の発表：Title`) and that names no one: the note's author."""
    author = _author(fm)
    if not author:
        return talk_list
    return [dataclasses.replace(t, speakers=people.parse_people(author)) if not t.speakers and any(
        c.field == "speakers" and c.reading == talks.WRITERS_LABELLED for c in t.evidence) else t for t in talk_list]


def _weigh_headings(talk_list: list[Talk], event_parts: list[str], fm: dict[str, Any], raw_title: str, intro: str,
                    body: str, source: str) -> tuple[list[Talk], list[str]]:
    """The talks the headings gave, weighed against what the note says of itself (own_talk.py): a post
    about its writer's own talk is that one talk; headings that are the writer's sections go to the event."""
    event_title = titles.clean_event_title(raw_title)
    # the talks a list says were given (`聴いたセッション`, `I went to talks:` over their titles): others' talks, beside
    # which the writer's own may stand
    # (each showing something of a talk: a numbered list of the writer's preparation steps is no one's talks)
    heard = [t for t in talk_list if reconcile.read_as(t, reconcile.SESSION_LIST) and (t.speakers or t.slides or t.video)
             or reconcile.read_as(t, reconcile.ANNOUNCED_LIST)]
    # (headings labelled as a programme's slots, `セッション 1：Title` three times or more: the event's talks, the
    # writer's own among them, not the writer's sections)
    slotted = sum(1 for t in talk_list if _slot_told(t)) >= 3
    if not any(t.speakers for t in talk_list if t not in heard) and not slotted \
            and own_talk.says_writer_spoke(raw_title, intro):
        author = _author(fm)
        sections_text = "\n\n".join(f"## {t.title}\n{t.body}" for t in talk_list if t not in heard)
        own_pages = tuple(u for u in (fields.web_url(first(fm, fields.SOURCE_URL_KEYS)),) if u)
        mine = own_talk.own_talk(raw_title, event_title, intro, sections_text or body, body, author, source, own_pages)
        if mine is not None:
            return [mine] + [t for t in heard if not reconcile.same_title(t.title, mine.title)], event_parts
        # the writer spoke, and nothing says what their talk was called: the headings with nothing of a
        # talk about them (準備, 当日の工夫) are still the writer's own sections, not talks
        # (short headings only: a heading as long as a talk's title may be someone else's talk the writer heard)
        sections_only = [t for t in talk_list if not own_talk.has_evidence(t) and len(sections.key(t.title)) <= 10]
        talk_list = [t for t in talk_list if t not in sections_only]
        event_parts = event_parts + [f"## {t.title}\n{t.body}".strip() for t in sections_only]
    kept, moved = own_talk.sort_out(talk_list, event_title)
    return kept, event_parts + moved


def _web_url(value: Any, key: str, path: str, diags: list[Diagnostic]) -> str | None:
    """A front-matter address that pages may link to (http or https); anything else is left out, with a warning."""
    url = fields.web_url(value)
    if url is None and text_value(value) is not None:
        diags.append(Diagnostic("warning", f"front matter `{key}` is not a web address (http:// or https://); "
                                "it is left out", path))
    return url


def _stem(path: str) -> str:
    return PurePosixPath(path).stem


def _first_meaningful_line(lines: list[str]) -> str | None:
    """The first line with a letter in it, never a bare address (a page copied with its URL on top)."""
    for line in lines:
        if _LETTER.search(line) and not _BARE_URL_LINE.match(line):
            return line.strip()
    return None


def _numbered_below(first_line: str | None, lines: list[str]) -> str | None:
    """A page copy's first line naming the group (`Harbor Infra Meetup`) over the event's numbered name (`Harbor Infra
    Meetup #12 〜Theme〜`) within the next lines: the numbered one."""
    if not first_line or titles.EVENT_NUMBER.search(first_line):
        return first_line
    after = [l.strip() for l in lines if l.strip()]
    at = after.index(first_line) if first_line in after else -1
    return next((l for l in after[at + 1:at + 4] if l.startswith(first_line) and l != first_line
                 and titles.EVENT_NUMBER.search(l[len(first_line):])), first_line)


_BARE_URL_LINE = re.compile(r"^\s*<?https?://\S+>?\s*$")


# a section about the event, not its name: `PyCon JPとは`, `About Harbor Meetup`, `What is RubyKaigi?`
_ABOUT_HEADING = re.compile(r"(?:とは|について|って[?？]?)\s*$|^(?:about|what\s+is|upcoming|next|past|previous|our|all)\b"
                            r"|\b(?:guidelines|rules|sponsors?|code\s+of\s+conduct|schedule|calendar)\b", re.IGNORECASE)


# where the title was read from the note's text naming the event (not the note's own title)
_NAMED_IN_TEXT = ("a labelled line", "an event named in the opening lines", "an event linked in the opening lines",
                  "a name with its year in the opening lines", "the name with its year the note repeats most",
                  "the page's description")


def _name_written_twice(title: str, title_from: str | None, body: str) -> str | None:
    """The event's name the note writes twice before its number (titles.name_numbered_repeatedly), where it should name
    the note: the title names no event (a file's name, a subject line, a heading of the document's own), and the name
    reads as an event's (`iOSDC Japan 2017`, never `Exchange 2007` or `WEB+DB PRESS Vol.130`) and is no other one than a
    name the title gives; or the title is a part of that name (`LT Night #12`, `JuliaCon`) and the note writes no other
    edition of it as often (`last year's Go Conference 2030`). Read only where it may change the title."""
    core = titles.EVENT_NUMBER.sub("", title).strip()
    names_none = title_from not in _NAMED_IN_TEXT and not titles.EVENT_NUMBER.search(title) and (
        title_from is None or not _names_an_event(title))
    if not (names_none or len(core) >= 3 and body.count(core) >= 2):
        return None
    repeated = titles.name_numbered_repeatedly(body)
    if not repeated:
        return None
    title_key, repeated_key = titles.folded(title), titles.folded(repeated)
    if len(title_key) >= 4 and title_key in repeated_key and title_key != repeated_key \
            and not titles.other_editions(repeated, body):
        return repeated
    if names_none and (title_from is None or not _another_name(title, repeated)) \
            and _names_an_event(titles.EVENT_NUMBER.sub("", repeated).strip()):
        return repeated
    return None


def _another_name(title: str, name: str) -> bool:
    """Whether a title names something of its own the name does not hold: capitalised words in a run (`Harbor Go Night
    のお知らせ` beside a sponsor's `Acme Summit 2031`)."""
    return any(run.casefold() not in name.casefold() for run in re.findall(r"[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*)+", title))


def _names_an_event(name: str) -> bool:
    """A page's own name that names an event (`EnthusiastiCon`, `PHP Developer Day 2017`), not only a site (`Quay Labs
    Blog`, `Jane's notebook`): a number, a year or an event's word, or one coined word."""
    return bool(titles.EVENT_NUMBER.search(name) or re.search(r"(?:19|20)\d\d", name) or titles.looks_like_event(name)
                or re.search(r"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b|\b[A-Z]{2,}[a-z]{2,}", name)) \
        and not re.search(r"\bblog\b|ブログ|日記|notebook", name, re.IGNORECASE)


def _only_a_label(title: str) -> bool:
    """A page heading that names no event: a label of the site's page (`Programme`) or a day alone
    (`September 22nd 2017 | The schedule`)."""
    return generic_label(title) or not dates.strip_dates(title).strip(" |｜-–—:：/")


_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")


def _take_title_heading(sections, fm_title):
    """A single `#` heading at the top is the note's title; its text joins the preamble. So is a lone `##`
    heading over all the others that names an event (`## 港町Ruby会議04` over its `###` sections), where the
    front matter gives no title or only a page's label (`title: Report`), and the note's only heading, at any level,
    opening it and naming a numbered event (`### An Event Apart, Chicago 2018`)."""
    h1s = [i for i, s in enumerate(sections) if s.level == 1]
    headed = [i for i, s in enumerate(sections) if s.level]
    if not h1s and len(headed) >= 3 and (not fm_title or generic_label(fm_title)):
        top = sections[headed[0]]
        if all(sections[i].level > top.level for i in headed[1:]) and titles.looks_like_event(top.title) \
                and not titles.is_sentence(top.title):
            h1s = headed[:1]
    if not h1s and len(headed) == 1 and not fm_title and not (sections[0].level == 0 and sections[0].text.strip()) \
            and titles.looks_like_event(sections[headed[0]].title) and titles.EVENT_NUMBER.search(sections[headed[0]].title) \
            and not titles.is_sentence(sections[headed[0]].title) and not re.search(r"[(（:：]", sections[headed[0]].title) \
            and sum(1 for line in sections[headed[0]].lines if _LIST_ITEM.match(line)) >= 3:
        # `### An Event Apart, Chicago 2018` opening the note, its only heading, over a list of the sessions: the note's
        # title (never a talk's own heading naming its event in parentheses or after a colon)
        h1s = headed[:1]
    if not h1s or h1s[0] != headed[0]:
        return sections, None
    first_h1 = sections[h1s[0]].title
    if len(h1s) > 1 and (fm_title or not (titles.EVENT_NUMBER.search(first_h1) or titles.looks_like_event(first_h1)
                                          and not titles.is_sentence(first_h1) and not _ABOUT_HEADING.search(first_h1))
                         or sections[0].level == 0 and sections[0].text.strip()):
        # several `#` headings: the first is the note's title only when it opens the note and names an
        # event, by its number or its word (`# Foo.pm #2 を開催します` over `# テーマ`, `# 詳細`;
        # `# Smalltalk Meetup in Palo Alto` over `# Registration`, `# Program`)
        return sections, None
    h1s = h1s[:1]
    i = h1s[0]
    h1 = sections[i]
    if fm_title and len(headed) == 1:
        return sections, None
    merged = structure.Section(0, "", sections[0].line, sections[0].lines + ("",) + h1.lines)
    rest = [s for j, s in enumerate(sections) if j not in (0, i)] if i != 0 else sections[1:]
    if rest and rest[0].level and reconcile.nearly_equal(rest[0].title, h1.title) \
            and len(rest) > 1 and rest[1].level > rest[0].level:
        # (a post export repeating its title as the first heading under it, `# Title` / `### Title` over the post's own
        # sections: the title again; a heading with none under it is the note's one talk, named as the post is)
        merged = structure.Section(0, "", merged.line, merged.lines + ("",) + rest[0].lines)
        rest = rest[1:]
    return [merged] + rest, h1.title


def _title_field(sections):
    """`## Title` over one line (`Erlang & Elixir Fest JP 2018 まとめ`) as the note's first heading, in a note whose
    front matter gives no title: the line is the note's title, as a title heading would be (the section itself
    is left out; the preamble before it stays)."""
    headed = [i for i, s in enumerate(sections) if s.level]
    if not headed or talks.single_field(sections[headed[0]].title) != "title" or talks.one_talk_sections(sections):
        return sections, None  # (`## Title` / `## Speaker` / `## Slides`: a note about one talk, read as such)
    i = headed[0]
    value = [line.strip() for line in sections[i].lines if line.strip()]
    if len(value) != 1 or len(value[0]) > 120 or value[0].startswith(("#", "-", "*", "|", "!")):
        return sections, None
    merged = structure.Section(0, "", sections[0].line, (sections[0].lines if sections[0].level == 0 else ()) + ("",))
    rest = [s for j, s in enumerate(sections) if j != i and not (j == 0 and s.level == 0)]
    return [merged] + rest, value[0]


# a title naming only its kind of gathering, as the writer saw it: `First Dev Meetup!`, `My first conference`,
# `Monthly meeting` (no capitalised name beside the kind's word but the writer's own ordinal or adjective)
_GATHERING_ALONE = re.compile(r"^(?:(?:my|our|the|a|an|first|1st|second|last|monthly|weekly|local|dev|developer|tech|"
                              r"developers?|coding|programming|big|great|awesome|amazing)\s+)+"
                              r"(?:meetup|meet-up|meeting|conference|conf|user\s+group|study\s+group)[!.]*$", re.IGNORECASE)


def _kind_of_gathering_alone(title: str) -> bool:
    return bool(_GATHERING_ALONE.match(title.strip()))


def _first_heading_naming_an_event(sections) -> str | None:
    """A note with no title of its own that opens with a heading naming an event (`## 2018 Harbor R Workshop Agenda`
    over its `####` facts and its days' `##` headings): that heading is the best name it gives (better than its file's)."""
    if sections and sections[0].level == 0 and sections[0].text.strip():
        return None  # (text before the heading: the note opens with words, not a name)
    first = next((s for s in sections if s.level), None)
    if first is None or _ABOUT_HEADING.search(first.title):
        return None  # (`# Harbor Meetupとは`: what the meetups are, not which one this note is of)
    name = titles.clean_event_title(first.title)
    return first.title if titles.looks_like_event(name) and not titles.is_sentence(name) and not generic_label(name) \
        else None


def _preamble_title(sections) -> str | None:
    pre = sections[0] if sections and sections[0].level == 0 else None
    if not pre:
        return None
    for line in pre.lines:
        if line.strip():
            # (`Location:  Austin, TX` over `MAY 18–19, 2016: CONFERENCE`: a note opening with its facts has no title line)
            return line.strip() if structure.is_title_shaped(line) and not _FACT_LINE.match(line) else None
    return None


# a line giving one of the event's facts under its label: `Location: Austin, TX`, `日時：3月12日`
_FACT_LINE = re.compile(r"^\s*(?:\*\*)?(?:" + fields.DATE_LABEL_WORDS + "|" + fields.TIME_LABEL_WORDS + "|"
                        + fields.VENUE_LABEL_WORDS + r")(?:\*\*)?\s*[:：]", re.IGNORECASE)


def _intro_text(note: Note, first_talk_line: int | None, prepared: str | None = None) -> str:
    # the prepared body (MDX props, outline syntaxes made Markdown) when it kept the note's lines
    text = prepared if prepared is not None and prepared.count("\n") == note.body.count("\n") else note.body
    if first_talk_line:
        text = _first_lines(text, max(0, first_talk_line - note.body_line))
    return text


def _first_lines(text: str, count: int) -> str:
    """The first `count` lines of `text` (all of it when it has fewer), without splitting the rest."""
    end = -1
    for _ in range(count):
        end = text.find("\n", end + 1)
        if end < 0:
            return text
    return text[:end] if count else ""


def _dates(fm, event_fm, raw_title, intro, event_text, title, path, diags,
           body: str = "") -> tuple[dt.date | None, dt.date | None]:
    def safe(value, where, stamp=False):
        try:
            return dates.coerce_date(value, stamp=stamp)
        except dates.InvalidDate as exc:
            diags.append(Diagnostic("warning", f"'{exc}' in {where} is not a real date; it is ignored", path, None))
            return None

    tweeted = dates.tweeted_day(body)
    if tweeted:  # (the tweets' day is read below, after the days the writer gives; their stamps are not those)
        intro, event_text, body = (dates.without_tweet_stamps(text) for text in (intro, event_text, body))
    # Zenn writes `published: true` beside `published_at: 2023-11-20`: a flag is not a date
    stamp = first({k: v for k, v in fm.items() if not isinstance(v, bool)}, fields.PUBLISHED_KEYS)
    if isinstance(stamp, dict):  # (MkDocs Material's blog: `date:` over `created: 2031-03-26` and `updated: …`)
        stamp = first({str(k).lower(): v for k, v in stamp.items()}, ("created", "published", "date"))
    published = safe(stamp, "the front matter's date")
    # (a Jekyll post's day is its file name's, or the `path:` its front matter gives: the day it went up, as a front
    # matter's stamp would say it, and a guess at the event's as a bare `date:` is)
    named = (dates.day_in_file_name(path) or _day_in_path_key(fm)) if published is None and stamp is None else None
    # a post stamped in the small hours was written the night of the day before
    writers_day = published - dt.timedelta(days=1) if published and dates.in_small_hours(stamp) else published or named
    explicit = safe(first(event_fm, ("date",) + fields.DATE_KEYS), "event.date", stamp=True) or safe(
        first(fm, fields.DATE_KEYS), "the front matter", stamp=True)
    if not explicit and (written_out := safe(first(fm, fields.DATE_STRING_KEYS), "the front matter")) != published:
        explicit = written_out  # (`date_string: "May 4, 2016"` beside no date, or another day than the post's)
    in_title = safe(raw_title, "the title") or dates.compact_date_prefix(raw_title)
    if in_title and not explicit and not _names_an_event(dates.strip_dates(raw_title)):
        # a title that is the note's stamp and names no event (`2031-07-07 池田`, `Issue 42 · April 9, 2031 · a 6-minute
        # read`): the day the note was written, as a post's date is; the opening may tell the event's
        # (`金曜の夜（7/4）に … へ行ってきた`, `last Thursday`)
        published, writers_day, stamp_line, in_title = published or in_title, writers_day or in_title, raw_title.strip(), None
    else:
        stamp_line = None
    lines = []
    # (a post without a day of its own: its front matter's summary is its opening too, where it speaks of the
    # event, `description: Slides from … at our May 8th, 2013 meetup`)
    # A dated post's summary counts where it says the day it went (`description: 2019年1月31日、『…』に行ってきました`)
    summary = [line for line in fields.summary_lines(fm) if _OF_THE_EVENT.search(line)] if published is None else [
        sentence for line in fields.summary_lines(fm) if (sentence := _went_on_the_day(line))]
    for line in _outside_code(intro.split("\n")) + summary:
        if dates.publication_marked(line) or stamp_line and stamp_line in line:
            marked = dates.find_date_safe(line)
            published = published or marked
            if not dates.update_marked(line):  # (a `Published: Tue 21 February 2017` line is the post's day;
                writers_day = writers_day or marked  # `Last updated: …` is not)
        else:
            lines.append(dates.without_next_event(line))
    # tried in order, each read only when the ones before found nothing
    facts = [dates.without_next_event(line) for line in _outside_code(event_text.split("\n")) if line.strip()]
    year = _year_named(raw_title) or _year_named(title) or _year_beside(title, intro)
    opening = f"{raw_title}\n{_first_lines(intro or body, 8)[:800]}"  # (where a post says the event was another day)
    # a blog's post of a conference, written after it or before it: its own day is no guess at the conference's unless
    # its words say it went up on a day of it (`today`, live notes; an afternoon's stamp is the day the writer got home);
    # nor is a day in another year than the one the conference's name carries (`PyCon AU 2011` reviewed in February 2012)
    named_year = _year_named(title)
    conference_post = dates.names_a_conference(title or raw_title) and (
        bool(fields.BLOG_ENGINE_KEYS & fm.keys() or named) and not fields.event_layout(fm)
        and not dates.says_written_on_the_day(raw_title, intro)
        or bool(writers_day and named_year and named_year.year != writers_day.year))
    readings = (lambda: (explicit, "front matter"), lambda: (in_title, "the note's title"),
                lambda: _intro_date(lines, published, facts, year), lambda: (_first_day(lines, published), "a day heading"),
                lambda: (_labelled_anywhere(body, writers_day or year), "a labelled date further down"),
                lambda: (_dated_event_heading(body), "a heading naming the event with its day"),
                # (a post that opens inside its one talk has no intro: its first lines then)
                lambda: (dates.relative_day(opened if (opened := intro.replace(stamp_line or "\0", "", 1)).strip()
                                            else _first_lines(body, 15), writers_day)
                         if writers_day else None,
                         "a day said relative to the post's (昨日, yesterday)"),
                # (never after the post went up: tweets sent afterwards tell of the event's echo, not its day)
                lambda: (tweeted if not (published and tweeted and tweeted > published) else None,
                         "the day most of the note's embedded tweets were posted"),
                # nothing says which day and the post has no date of its own: the first full date the note writes
                # (`Wednesday, 17 July 2019` under `Schedule`, `* 2017/03/09 16:00-16:50` under a talk's heading)
                lambda: (_first_written_date(body) if not published else None, _FIRST_WRITTEN),
                # (a canonical note guesses nothing: without `event_date` it is undated, whatever its `date`)
                lambda: (writers_day if fm.get("canonical") is not True and not named and not dates.written_later(intro)
                         and not conference_post and (
                    not (fields.BLOG_ENGINE_KEYS & fm.keys()) or fields.event_layout(fm)
                    or dates.written_on_the_day(stamp, raw_title, intro))
                         else None, "the publication date"),
                # a blog post's bare date, nothing saying the event was another day: most such posts went up on the
                # day of the event (measured on 152 real notes: right 8 times for 2 notes whose day no one could
                # tell); kept as a guess for `check` to show. A morning stamp says the event was earlier (it comes last,
                # below), and the opening may place it another day (`last Thursday`, a month or year not the post's).
                lambda: (writers_day if writers_day and fm.get("canonical") is not True and not conference_post
                         and not dates.stamped_with_a_time(stamp) and not dates.written_later(intro)
                         and not dates.another_day_told(opening, writers_day) else None, _POSTED),
                # (a guess like the one before: never over a day the page gives, nor on a canonical record)
                lambda: (_addressed_day(body, writers_day, year, named is not None or dates.written_later(intro) or (
                    writers_day is not None and dates.another_day_told(opening, writers_day)))
                         if fm.get("canonical") is not True else None, _ADDRESSED),
                # the last guess: a post stamped in the morning most often tells of an earlier day, but nothing says
                # which; its own day is right as often as not (labelled real notes), a guess `check` shows
                lambda: (writers_day if writers_day and fm.get("canonical") is not True and not conference_post
                         and dates.stamped_with_a_time(stamp)
                         and not dates.written_later(intro) and not dates.another_day_told(opening, writers_day)
                         else None, _POSTED))
    for read in readings:
        day, how = read()
        if day:
            return day, published, how
    return None, published, None


# the site's path of the note in a key (`path: _posts/2015-11-21-slug.md`): a Jekyll post's file name
_PATH_KEYS = ("path", "relative_path", "source_path")  # (never `file:` or `slug:`, which may name any file or page)


def _day_in_path_key(fm: dict) -> dt.date | None:
    """The day of a Jekyll post's file name its front matter gives as its path (`path: _posts/2015-11-21-slug.md`)."""
    value = first(fm, _PATH_KEYS)
    return dates.day_in_file_name(value) if isinstance(value, str) and "/" in value else None


# words telling that a sentence's day is another event's, or a deadline (`その1に続き`, `前回`, `previous`)
_ANOTHER_DAYS = re.compile(r"続き|続いて|続編|前回|前編|previous|last\s+time|earlier|" + _DEADLINE_WORDS, re.IGNORECASE)


def _went_on_the_day(summary: str) -> str | None:
    """A dated post's summary that opens with the day the writer went (`2019年1月31日、『…』に行ってきました`):
    its first sentence, holding that one full date and the verb, and nothing of another event's day."""
    sentence = re.split(r"(?<=。)|(?<=[.!?])\s", summary.strip(), maxsplit=1)[0]  # (`『…記念！…』` is one sentence)
    if not dates.find_date_safe(sentence) or not dates.tells_event_verb(sentence) or _ANOTHER_DAYS.search(sentence):
        return None
    return sentence if dates.find_date_safe(dates.strip_dates(sentence)) is None else None


def _prose_text(text: str) -> str:
    """`text` without its code blocks (a thank-you in a code sample thanks no one here)."""
    return "\n".join(_code_blanked(text.split("\n")))


def _outside_code(lines: list[str]) -> list[str]:
    """The lines outside code blocks (a `Date:` header in a code sample is no event's day), read by the
    package's one code reader (structure.code_lines); a block's lines become blank, so the lines keep their places."""
    if not any(_ANY_DATE_LABEL.search(line) for line in lines):
        return lines  # (no label a code sample could lend: not worth parsing the code out)
    return _code_blanked(lines)


def _code_blanked(lines: list[str]) -> list[str]:
    """The lines with those of code blocks blank (read by the package's one code reader, structure.code_lines)."""
    code = structure.code_lines(lines)
    return [("" if i in code else line) for i, line in enumerate(lines)] if code else lines


# how long before the post went up a day in its links may be the event's (measured on 20 sets of real notes: the
# slides, photos and reports of the day were 1-4 days before the post; links 3 weeks to months before it were
# other events' and other posts')
_ADDRESS_DAYS_BEFORE = dt.timedelta(days=14)


def _addressed_day(body: str, posted: dt.date | None, year: dt.date | None, not_that_day: bool) -> dt.date | None:
    """The day the note's own links are named after, when nothing in its words says the day: the slides of that
    evening (`slideshare.net/…/shinjukurb-20151125-paypal`), its photos (`/img/2016-06-23.jpg`), the programme's
    anchor (`schedule/#day_2019-10-28`). The day most links write wins (two as often: none); never after the post
    went up or two weeks before, never out of the year the event's name gives. `not_that_day`: the post's own day
    is not the event's (a Jekyll file name's day, a post written later): links named after it tell nothing."""
    if not dates.may_name_a_day(body):
        return None  # (no address could: not worth reading them)
    # (never a link in code, nor in a sentence of another day's: `前回の様子は…`, `次回は…`, `last week's slides`)
    told = "\n".join(fields.CODE_SPAN.sub("", dates.without_next_event(line)) for line in _code_blanked(body.split("\n"))
                      if not (_ANOTHER_DAYS.search(line) or dates.written_later(line)))
    counts = collections.Counter(
        day for address in links.addresses_in(told) for day in dict.fromkeys(dates.address_days(address))
        if (posted is None or posted - min(_ADDRESS_DAYS_BEFORE, posted - dt.date.min) <= day <= posted)
        and not (not_that_day and day == posted)
        and (year is None or day.year == year.year))
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


# a heading's day that is not the event's: the next one, a call for papers, a deadline (`## Next up: … 2030-06-20`)
_NOT_THIS_DAY = re.compile(dates.NEXT_EVENT_WORDS + "|" + _DEADLINE.pattern + r"|\b(?:next|upcoming|coming\s+up|cfp|closes|"
                           r"call\s+for\s+(?:papers|proposals|speakers))\b|募集", re.IGNORECASE)


def _dated_event_heading(body: str) -> dt.date | None:
    """The day a heading gives beside the event's name (`# Harbor JavaScript Meetup Notes 2019-03-18`): the first
    heading outside code that writes one full date and, once the date is gone, names an event."""
    for line in _code_blanked(body.split("\n")):
        if (heading := _HEADING_TEXT.match(line)) and len(line.lstrip()) - len(line.lstrip().lstrip("#")) <= 2 \
                and (day := dates.find_date_safe(heading.group(1))):
            if _NOT_THIS_DAY.search(heading.group(1)) or _ANOTHER_DAYS.search(heading.group(1)):
                continue  # (`## Next up: Harbor Meetup 2030-06-20`, `CFP closes 2030-12-01`: another day than this one)
            rest = dates.strip_dates(heading.group(1))
            if titles.looks_like_event(titles.clean_event_title(rest)) and dates.find_date_safe(rest) is None:
                return day
    return None


def _first_written_date(body: str) -> dt.date | None:
    """The first full date (with its year) the note writes as a line of its own, the date and little else or the
    date and its hours (`Wednesday, 17 July 2019`, `* 2017/03/09 16:00-16:50`), outside code, publication stamps and
    a next event's section; never a date inside a sentence (`released on October 14, 2019`)."""
    next_event = 0  # the level of the heading over the next event's section, while inside it
    for line in _outside_edit_history(_code_blanked(body.split("\n"))):
        if heading := _HEADING_TEXT.match(line):
            level = len(line.lstrip(" ")) - len(line.lstrip(" ").lstrip("#"))
            if next_event and level > next_event:
                continue
            next_event = level if dates.without_next_event(heading.group(1)) != heading.group(1) else 0
            tail = _HEADING_PARTS.split(heading.group(1))[-1]
            if not next_event and tail != heading.group(1) and (found := dates.date_line(tail)):
                return found  # `## Paul Lewis - @aerotwist - 24th Feb 2016`: a heading's last part, after a dash, is a day
            continue
        if next_event or not line.strip() or dates.publication_marked(line):
            continue
        if found := dates.date_line(_HOURS_AFTER.sub("", _LIST_MARK.sub("", line))):
            return found
    return None


_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+")
_HEADING_PARTS = re.compile(r"\s+[-–—|｜]\s+")
_HOURS_AFTER = re.compile(r"\s+" + fields.CLOCK_RANGE + r"\s*$", re.IGNORECASE)


def _labelled_anywhere(body: str, reference: dt.date | None) -> dt.date | None:
    """The first `日時:`/`When:` line anywhere in the note, or the line under a `## 開催日時` heading: a page
    whose programme starts at once (`Topic:`, `Presenter:`, `When:`) says its day inside what became a talk."""
    if not _ANY_DATE_LABEL.search(body):
        return None
    under_label = 0  # how many more lines under a date's heading may say it (`## 日時詳細` over `* ATND …`, `* 2013/06/15`)
    for line in _outside_code(body.split("\n")):
        if not line.strip():
            continue
        heading = _HEADING_TEXT.match(line)
        if under_label and not heading and not _DEADLINE.search(line):  # (`- 論文登録締切: 3月8日` before `- 開催: …`)
            found = dates.find_date_safe(line) or (dates.find_month_day(line, reference) if reference else None)
            if found:
                return found
            under_label -= 1
        if heading:
            under_label = 3 if _DATE_HEADING.match(heading.group(1)) else 0
        if found := _labelled_day(line, reference):
            return found
    return None


def _labelled_day(line: str, reference: dt.date | None, day: dt.date | None = None) -> dt.date | None:
    """The day a labelled line gives (`日時：3月9日（土）`, `**When:** Sat, 12 Oct 2024`); a line labelled with the
    hours (`Time: 2015/04/22(Wed)`) gives only a whole date (`Time: 19:00 - 21:00` gives none)."""
    label = _DATE_LABEL.match(line)
    if not label:
        return None
    hours = bool(_HOURS_LABEL.fullmatch(label.group("label")))
    # (a month by name under the hours' label is a day all the same: `**Time**: Wednesday, 27th of November, 19.00`)
    return day or dates.find_date_safe(line) or (dates.find_month_day(line, reference, named_month=hours)
                                                 if reference else None)


def _first_day(lines: list[str], published: dt.date | None) -> dt.date | None:
    """`## Day 1 (5/18)` before the first talk: the event's first day."""
    for line in lines:
        m = re.match(r"\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", line)
        found = sections.day_heading_date(m.group(1), published) if m else None
        if isinstance(found, dt.date):
            return found
    return None


def _year_beside(title: str, intro: str) -> dt.date | None:
    """The year the opening lines write after the event's name (`[TSKaigi Hokuriku 2025](…)に参加`)."""
    at = intro.find(title) if title and len(title) >= 4 else -1
    m = _YEAR_AFTER_NAME.match(intro, at + len(title)) if at >= 0 else None
    return dt.date(int(m.group(1)), 12, 31) if m else None


def _year_named(title: str) -> dt.date | None:
    """The last day of the year an event's name carries (`React Conf 2015`): where a month and day are
    written without their year and nothing else gives one."""
    m = _YEAR_IN_NAME.search(links.URL.sub(" ", title or ""))
    return dt.date(int(m.group(0)), 12, 31) if m else None


def _intro_date(lines: list[str], published: dt.date | None, facts: list[str] = (),
                year: dt.date | None = None) -> tuple[dt.date | None, str]:
    """The event's day from the opening lines: a sentence about the event (開催, 参加,
    held...) wins over a date on its own line (which may be a byline's stamp); a date
    without a year takes the year of the publication date, of another full date or of the event's name.
    A labelled date in the event's own sections (`### 日時・場所` after the programme) or a heading that
    is only a date and place counts as said outright. With the date, how it was said (for its evidence)."""
    found, said = _opening_date(lines, published, facts, year)
    if found and year is not None and not published and found.year == year.year + 1 \
            and not any(dates.find_date_safe(line) for line in [*lines, *facts]):
        # (the only year is the event's name: `will take place on Friday, April 12th` under `… Day 2019` is that
        # year's April 12th, never the next one's an announcement would otherwise look to)
        found = _same_day_in(found, year.year)
    return found, said


def _same_day_in(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # (29 February)
        return day


def _opening_date(lines: list[str], published: dt.date | None, facts: list[str],
                  year: dt.date | None) -> tuple[dt.date | None, str]:
    dated = [(line, dates.find_date_safe(line)) for line in lines]
    full = [d for _, d in dated if d]
    reference = published or (full[0] if full else None) or year
    for line, day in dated + [(line, None) for line in facts]:
        # `📅 日時：2024年3月9日（土）`, `**When:** Sat, 12 Oct 2024`: the event's day, said outright
        if found := _labelled_day(line, reference, day):
            return found, "a labelled date"
    # (the earliest of them, in the opening or the event's sections: `## Day 1 4/23` with no talks, `## Day 2 4/24`;
    # never a deadline's: `### 2. 論文の登録（3月9日（土）締切）`)
    headed = [found for line in _outside_edit_history([*lines, *facts])
              if (m := _HEADING_TEXT.match(line)) and not _DEADLINE.search(m.group(1))
              and not _ANOTHER_DAYS.search(m.group(1))  # (`# 前回（#8 2024.11.16）のふりかえり`: the meeting before)
              and not _WRITERS_STAMP.fullmatch(m.group(1).strip())  # (a blog page's footer: `sakura_k 2024-11-30 22:14`)
              and (found := dates.date_line(m.group(1), published))]
    if headed:
        return min(headed), "a heading that is the event's date"
    for k, (line, day) in enumerate(dated):
        if dates.tells_event_verb(line):
            found = day or (dates.find_month_day(line, reference) if reference else None)
            if not found and k + 1 < len(lines) and _WRAPPED.match(lines[k + 1]) and _ENDS_WITH_A_DAY.search(line) \
                    and _OPENS_WITH_A_MONTH.match(lines[k + 1]) \
                    and not dated[k + 1][1] and not (reference and dates.find_month_day(lines[k + 1], reference)):
                # (a sentence wrapped over two lines: `… from Friday 13th to Tuesday 17th` / `September (…)`; never a
                # line and the next one's own date, `…に参加して考えた` over the post's stamp)
                joined = f"{line.rstrip()} {lines[k + 1].strip()}"
                found = dates.find_date_safe(joined) or (dates.find_month_day(joined, reference) if reference else None)
            if found:
                return found, "a sentence about the event"
    # a date alone on a line under the title is the document's stamp (an AsciiDoc revision line);
    # a date written inside a sentence about the event says when it happened
    said = [day for line, day in dated if not _DATE_ONLY.match(line) and _SENTENCE_MARK.search(line) and day]
    if said and len(full) > len(said) and _DATE_ONLY.match(next(line for line, day in dated if day)):
        return said[0], "a sentence about the event"
    stamp_only = bool(full) and all(_DATE_ONLY.match(line) for line, day in dated if day)
    if full and not stamp_only:
        return full[0], "the first date in the opening lines"
    if not full:
        for line in lines:
            found = dates.find_month_day(line, reference) if reference else None
            if found:
                return found, "a month and day in the opening lines"
    # `11/23(日)に金沢市で開催された` in the writer's section about the venue (read before a date the opening gives
    # only alone on its line, `2018.04.23` under the title: the page's stamp)
    for line in facts:
        if dates.tells_event_verb(line):
            found = dates.find_date_safe(line) or (dates.find_month_day(line, reference) if reference else None)
            if found:
                return found, "a sentence about the event in the event's sections"
    if full:
        return full[0], "the first date in the opening lines"
    return None, ""


# a line of a paragraph's text, as a sentence wraps over it: words, no heading, list, table or quote mark before them
_WRAPPED = re.compile(r"^\s{0,3}(?![#>|*+-]\s|\d+[.)]\s|```)\S")
# a sentence wrapped inside a date: a day by its ordinal ending one line (`… to Tuesday 17th`), its month the next's word
_ENDS_WITH_A_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\s*$", re.IGNORECASE)
_OPENS_WITH_A_MONTH = re.compile(r"^\s*(?:of\s+)?" + dates.MONTH_NAME + r"\b", re.IGNORECASE)


def _outside_edit_history(lines: list[str]) -> list[str]:
    """The lines that are not under a heading over the post's record of edits (`## 更新履歴` over `### 2018年10月15日`),
    up to the next heading of its level or above."""
    kept, inside = [], 0
    for line in lines:
        m = _HEADING_TEXT.match(line)
        level = len(line.lstrip(" ")) - len(line.lstrip(" ").lstrip("#")) if m else 0
        if m and inside and level <= inside:
            inside = 0
        if m and not inside and sections.edit_history(m.group(1)):
            inside = level
        if not inside:
            kept.append(line)
    return kept


# a section of the event's text about another meeting of the series: `## 次回`, `## Next meetup`, `## 過去の開催`
_OTHER_MEETING_HEADING = re.compile(r"#{1,6}\s*(?:次回|次の開催|今後の|前回|過去の|(?:the\s+)?next\b|upcoming\b|previous\b|past\s+(?:events|meetups))"
                                    r"(?!.*(?:今回|this\s+(?:time|meetup|event)))", re.IGNORECASE)  # (`## 次回予告と今回の資料`: this one's too)


def _without_other_events(event_text: str) -> str:
    """The event's text without its sections about the series' other meetings (their pages are not this event's)."""
    if "#" not in event_text:
        return event_text
    kept, skipping = [], False
    for line in event_text.split("\n"):
        if line.startswith("#"):
            skipping = bool(_OTHER_MEETING_HEADING.match(line))
        if not skipping:
            kept.append(line)
    return "\n".join(kept)


def _event_url(intro: str, event_text: str, body: str, own: str | None, title: str = "") -> str | None:
    own_host = links.host_of(own) if own else None
    for text in (intro, _without_other_events(event_text)):
        for u in links.urls_in(text):
            if links.is_event_page(u):
                return u
    named = sections.key(title)
    for text, url in people.MD_LINK.findall(intro) if len(named) >= 4 and "](" in intro else ():
        # `[Builderscon 2017](https://builderscon.io/tokyo/2017)に参加`: a link named after the event is its site
        shown = sections.key(text)
        # (never a link showing its own address, `[https://blog…/harbor-2015-keynote](…)`: no name, a page's path)
        if len(shown) >= 4 and (shown in named or named in shown) and links.may_be_event_site(url, own_host) \
                and not text.lstrip().startswith(("http://", "https://")):
            return links.clean_url(url)
    # `attending another fantastic [**Greach Conference**](http://greachconf.com/)` in a post about Greach 2019:
    # a link whose text opens with the event's own name (its first word, not a generic one) and whose
    # address carries that name is its site
    first_word = _NAME_WORD.match(title or "")
    if first_word and len(first_word.group(0)) >= 3 and not _GENERIC_FIRST.fullmatch(first_word.group(0).lower()):
        word = first_word.group(0).lower()
        opening = "\n".join(body.split("\n", 40)[:40]) if body else intro
        for text, url in people.MD_LINK.findall(intro + "\n" + opening):
            shown = bylines.clean(text).strip("*_ ").lower()
            said = shown.startswith(word) and (titles.looks_like_event(shown) or any(
                n in shown for n in re.findall(r"\d{2,4}", title)))  # (`[Django](…)` is the project's, not the event's)
            if said and word in links.host_of(url).lower() and links.may_be_event_site(url, own_host) \
                    and not links.is_slides(url) and url.count("/") <= 5:
                return links.clean_url(url)
    for line in intro.split("\n"):
        label = _SITE_LABEL.search(line)
        if label:
            for u in links.urls_in(line[label.end():]):
                if links.is_event_page(u) or links.may_be_event_site(u, own_host):
                    return u
    everywhere = unique([u for u in links.urls_in(body) if links.is_event_page(u)], key=lambda u: u.rstrip("/"))
    if len(everywhere) == 1:
        return everywhere[0]
    for line in intro.split("\n"):
        m = links.BARE_URL_LINE.match(line)
        if m and links.may_be_event_site(links.clean_url(m.group("u")), own_host):
            return links.clean_url(m.group("u"))
    return None


_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.-]+")
_GENERIC_FIRST = re.compile(r"the|this|that|our|my|meetup|conference|summit|workshop|notes?|report|recap|day|week|"
                            r"january|february|march|april|may|june|july|august|september|october|november|december")
_TAG_PROPERTY = re.compile(r"^\s*(?:[-*]\s*)?(?:\*\*)?(?:タグ|Tags?|キーワード|Keywords?)(?:\*\*)?\s*[:：]\s*(?P<v>[^#＃].*?)\s*$",
                           re.IGNORECASE)


_ORG_TAGS = re.compile(r"^\s*#\+(?:FILETAGS|TAGS)\s*:\s*(?P<v>\S.*?)\s*$", re.IGNORECASE)


def _property_tags(intro: str) -> list[str]:
    """Tags from a property line at the top of a note without front matter (a Notion or
    Obsidian export: `タグ: Ruby, Rails`; Org-mode's `#+FILETAGS: :emacs:meetup:`), among the first lines."""
    for line in [l for l in intro.split("\n") if l.strip()][:12]:
        m = _ORG_TAGS.match(line)
        if m:
            return [t for t in re.split(r"[:\s]+", m.group("v")) if t]
        m = _TAG_PROPERTY.match(line)
        if m and ("," in m.group("v") or "、" in m.group("v") or len(m.group("v")) <= 30):
            return [t.strip() for t in re.split(r"\s*[,、，]\s*", strip_markdown(m.group("v"))) if t.strip()]
    return []


_HASHTAGS_ONLY = re.compile(r"^\s*(?:[#＃][^\s#＃]+\s*)+$")
_HASHTAG_LINK = re.compile(r"\[(#[^\]]+)\]\([^)]*\)")


def _closing_hashtags(body: str) -> list[str]:
    """`#pyconjp #pyconjp_1` alone on the note's last line: the hashtags it was posted with."""
    text = body.rstrip()
    last = text[text.rfind("\n") + 1:]  # the last line that is not blank, less its trailing blanks
    if last and _HASHTAGS_ONLY.match(last):
        return links.hashtags_in(last.strip())
    return []


# a sentence telling readers where the event's posts are: `Photos are on Mastodon under #harborpy`, `Post your photos
# with #forgetalks`, `said hi on #RubyConfLX`, `#swiftmym でツイートしてください`
# (a hashtag ends at a word's end: `#help-beginners` is a chat's channel, cut at its hyphen it would be another tag;
# and its phrase closes after it: `use #pragma once` names a line of code)
_TAG_CLOSED = r"(?=(?:\*\*|__)?[ \t]*(?:[.,;:!?)」』）\n]|$|(?:so|and|or|to|if|when|for|on|at|in|with|too|please|as|during)\b|[^\x00-\x7f]))"
_TOLD_HASHTAG = re.compile(
    r"\b(?:photos?|pictures?|tweet(?:s|ed|ing)?|post(?:s|ed|ing)?|tag(?:ged)?|twitter|mastodon|bluesky|social\s+media|hashtag|"
    r"said\s+hi|follow(?:\s+along)?)\b[^.!?\n#]{0,40}?(?<![\w#])(?:\*\*|__)?[#＃](?P<a>\w{3,40})(?![\w-])"
    r"|(?<![\w#])[#＃](?P<b>\w{3,40})\s*(?:で|を付けて|をつけて)\s*(?:ツイート|投稿|つぶや|呟)"
    # (`Tweeting about it? Use **#AvonKUG** so we can find you`: the question, then the hashtag to use, the phrase closed)
    r"|\b(?:tweet|post)(?:s|ed|ing)?\b[^\n#]{0,30}?\b(?:use|with)\s+(?:\*\*|__)?[#＃](?P<c>\w{3,40})(?![\w-])" + _TAG_CLOSED,
    re.IGNORECASE)
# the weaker word of where the talk goes on: `chatter on #X`, `We're on **#X** if you want to keep the conversation
# going`, read only where no sentence names the event's tag and none names a chat's channel (Slack, Discord, IRC)
_CHATTER_HASHTAG = re.compile(
    r"\b(?:chatter(?:\s+(?:on|at|in|under))?|we(?:'|’)re\s+on|find\s+us\s+on)\s+(?:\*\*|__)?[#＃](?P<a>\w{3,40})(?![\w-])"
    r"(?=(?:\*\*|__)?[ \t]*(?:[.,;:!?)\n]|$|(?:if|to|for|and)\b))", re.IGNORECASE)
_CHAT_CHANNEL = re.compile(r"\b(?:slack|discord|irc|libera|matrix|gitter|zulip|channel)\b", re.IGNORECASE)


_HASHTAG_WORD = re.compile(r"[#＃][^\W\d]")
_TOLD_WORD = re.compile(r"photo|picture|tweet|post|tag|twitter|mastodon|bluesky|social|said\s+hi|follow|chatter|re\s+on|find\s+us|"
                        r"ツイート|投稿|つぶや|呟",
                        re.IGNORECASE)


def _told_hashtags(text: str) -> list[str]:
    """The hashtags a sentence names as where the event's posts and photos are (the note gives no other)."""
    text = re.sub(r"(?<!\n)\n[ \t]*(?!\n)", " ", text)  # (a sentence wrapped over lines is one sentence)
    told = unique([m.group("a") or m.group("b") or m.group("c") for m in _TOLD_HASHTAG.finditer(text)
                   if links.is_hashtag_word(m.group("a") or m.group("b") or m.group("c"))])
    if told or _CHAT_CHANNEL.search(text):
        return told
    return unique([m.group("a") for m in _CHATTER_HASHTAG.finditer(text) if links.is_hashtag_word(m.group("a"))])


def _hashtags(intro: str, event_text: str) -> list[str]:
    """Hashtags on a `ハッシュタグ:` line and in hashtag search links, in the order written.

    A text with no such label anywhere only has its links to read (a URL never spans lines)."""
    found: list[str] = []
    for text in (intro, event_text):
        if not _HASHTAG_LINE.search(text):
            # (a programme's row linking its room's hashtag, `|A+B [#ccc_a1](…)|Title|`, is not the event's)
            found += [tag for line in text.split("\n") if "http" in line and not _PROGRAMME_ROW.match(line)
                      for u in links.urls_in(line) if (tag := links.hashtag_from_url(u))]
            continue
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if _HASHTAG_LINE.search(line):
                # (`` `#tag` ``: a hashtag shown as code on the labelled line is still the hashtag; a label
                # alone, `* ハッシュタグ`, has its value on the next line, `    * #tag`)
                shown = line + (" " + lines[i + 1] if i + 1 < len(lines) and _LABEL_ALONE.match(line) else "")
                found += links.hashtags_in(_HASHTAG_LINK.sub(r" \1 ", shown).replace("`", " "))
            if _PROGRAMME_ROW.match(line) and not _HASHTAG_LINE.search(line):
                continue
            for u in links.urls_in(line):
                tag = links.hashtag_from_url(u)
                if tag:
                    found.append(tag)
    return found


# what a site's schedule calls its entries that are not talks (`type: event`, `kind: break`)
_NOT_A_TALK_TYPE = frozenset({"event", "break", "social", "meal", "food", "lunch", "dinner", "networking", "admin",
                              "logistics", "intro", "opening", "closing", "reception", "registration", "other"})


_NUMBERED_TALK_KEY = re.compile(r"(speaker|talk|session|presentation|presenter)_?(\d{1,2})")


# a speaker's page for one talk (Jekyll `layout: presentation`): the talk's own recording and deck, by id or address
_DECK_ID_KEYS = {"speakerdeck": "https://speakerdeck.com/player/{}", "slideshare": "https://www.slideshare.net/slideshow/embed_code/key/{}"}
_VIDEO_ID_KEYS = {"youtube": "https://www.youtube.com/watch?v={}", "vimeo": "https://vimeo.com/{}"}


# the front matter's name of the event a page is about, beside the page's own `title:`
_EVENT_NAME_KEYS = ("event", "event_name", "event_title", "meeting_title")
# the page's own title where a front matter names its event apart (`title:` beside `event_name:`)
_PAGE_TITLE_KEYS = ("displaytitle", "display_title", "title")
# a site's word for a page that is one of its writer's talks: its template's (`layout: talk`), or its category's
# (`category: speaking_engagement`; a category `talks` may gather recaps of others' talks)
_TALK_RECORD_LAYOUT = re.compile(r"^(?:speaking(?:[_\s-]?engagements?)?|talks?|presentations?|slides|登壇|発表)$", re.IGNORECASE)
_TALK_RECORD_CATEGORY = re.compile(r"^(?:speaking(?:[_\s-]?engagements?)?|presentations?|登壇|発表)$", re.IGNORECASE)


def _event_named(fm: dict[str, Any]) -> str | None:
    """The event's name as a front matter gives it apart from the page's title (`event_name: Kaigi on Rails 2024`)."""
    return next((text_value(fm[k]) for k in _EVENT_NAME_KEYS if isinstance(fm.get(k), str) and text_value(fm[k])), None)


def _talk_page(fm: dict[str, Any], fm_title: str | None, body: str = "") -> dict[str, Any] | None:
    """A front matter that is one talk's record: `event: NY Android Meetup` or `event_name: …` (the event's name)
    beside `title: AutoValue Extensions` (the talk's), with the talk's deck and video (`speakerdeck: <id>`,
    `slides_url: …`, `youtube: <id>`) or a kind saying the page is a talk (`category: speaking_engagement`).
    The talk's entry for the programme, or None."""
    event = _event_named(fm)
    page_title = text_value(first(fm, _PAGE_TITLE_KEYS))
    named_apart = bool(event and page_title and not isinstance(fm.get("event"), str))
    if named_apart:
        fm_title = page_title  # (`event_name:` stood in for the title: the page's own title is the talk's)
    says_talk = any(_TALK_RECORD_LAYOUT.match(text_value(fm.get(k)) or "") for k in ("layout", "type")) \
        or _TALK_RECORD_CATEGORY.match(text_value(fm.get("category")) or "")
    talk = text_value(fm.get("talk")) if isinstance(fm.get("talk"), str) else None
    if not event and talk and not PLACEHOLDER.fullmatch(talk.strip(" ()（）[]")) and (fm.get("speaker") or fm.get("speakers")) \
            and (not fm_title or sections.key(talk) in sections.key(fm_title)
                 or sections.key(fm_title) in {sections.key(text_value(fm.get(k)) or "") for k in ("speaker", "speakers")}) \
            and not _front_matter_programme(fm, []):
        # (the page's title is the talk's, `Title – Jane Doe`, or the speaker's: a report titled by its event keeps its
        # programme)
        # a conference site's speaker page (`speaker: Jane Doe` beside `talk: 'Title'`): the one talk it is about
        fm_title = text_value(fm["talk"])
    elif not event or not fm_title or sections.key(event) == sections.key(fm_title) or _front_matter_programme(fm, []) \
            or not any(fm.get(k) for k in (*_DECK_ID_KEYS, *_VIDEO_ID_KEYS, *fields.TALK_FIELD_KEYS["slides"],
                                           *fields.TALK_FIELD_KEYS["video"])) and not says_talk \
            or named_apart and not says_talk and not own_talk.says_writer_spoke(fm_title or "", body):
        # (`event_name:` beside a deck names a talk's page only where the page says it is one, or the writer says
        # they spoke: an event's own page may link its opening slides)
        # (a talk's record names its deck or recording, or its layout says it is one: a report titled
        # `PyCon JP 2019 参加レポート` beside `event: PyCon JP 2019` is about the whole event)
        return None
    entry: dict[str, Any] = {"title": fm_title}
    # (a host's key holds an id, `youtube: FfBBTHkRC-o`, or an address; the others an address)
    for keys, target in ((dict.fromkeys(fields.TALK_FIELD_KEYS["slides"], "{}") | _DECK_ID_KEYS, "slides"),
                         (dict.fromkeys(fields.TALK_FIELD_KEYS["video"], "{}") | _VIDEO_ID_KEYS, "video")):
        for key_name, pattern in keys.items():
            value = text_value(fm.get(key_name))
            if value:
                entry[target] = value if links.URL.match(value) else pattern.format(value)
                break
    for key_name in ("speaker", "speakers", "author"):
        if fm.get(key_name):
            entry["speakers"] = fm[key_name]
            break
    else:  # (no one named: the writer's page of their own talk, whose deck lives under their account)
        if (account := own_talk.writers_account([v for v in (entry.get("slides"),) if v and links.URL.match(v)])):
            entry["speakers"] = [account]
    return entry


_EMBED_OR_PICTURE = re.compile(r"^\s*(?:<iframe\b|!\[|\[!\[|<img\b|https?://\S+\s*$)", re.IGNORECASE)


# a post's own words about itself in its title: a report, a review, a trip, notes, the night before
_REPORT_WORD = re.compile(r"\b(?:report|recap|wrap-?up|round-?up|weekly|monthly|diary|journal|last\s+night|trip\s+report"
                          r"|(?:book|year|conference|event)\s+review|review\s+of|notes\s+(?:from|on)|slides\s+from|videos\s+from)\b"
                          r"|^\s*(?:\w+\s+)?(?:trip|review)\s*[:：]|レポ|振り返り|ふりかえり|参加|まとめ|日記|週報|月報|感想|旅行", re.IGNORECASE)


def _one_talk_note(sections: list, raw_title: str, fm: dict[str, Any], body: str) -> Talk | None:
    """A note about one talk, as a conference's notes are kept a note a talk: its title names the talk (no event's word
    or number), and the first line under it, or the front matter's tagline, names who gave it (`Masaki Matsushita`,
    `**By Jane Doe @jd**`, `* Speaker Jane Doe`, `tagline: by Jane Doe`); the headings under it are the talk's parts.
    None when the note reads otherwise."""
    if not raw_title or titles.looks_like_event(raw_title) or not sections or sections[0].level \
            or titles.is_sentence(raw_title) or _REPORT_WORD.search(raw_title):
        return None  # (`Last night at Lowport Rust`, `Weekly Report`, `Book review: …`, `Tokyo trip`: the writer's post)
    urls = links.urls_in(body)
    tagline = text_value(first(fm, ("tagline", "subtitle", "byline")))
    speakers = speaker_lines.speaker_line(tagline) if tagline and speaker_lines.labelled_speaker_line(tagline) else None
    if not speakers:
        opening = next((line.strip() for line in sections[0].lines if line.strip() and not _EMBED_OR_PICTURE.match(line)), "")
        said = people.BULLET.sub(r"\g<rest>", opening).strip() if opening else ""
        said = said[2:-2].strip() if said.startswith("**") and said.endswith("**") else said
        if said and speaker_lines.labelled_speaker_line(said):  # (`Speaker Jane Doe`, `By Jane Doe @jd`, `発表者：山田`)
            speakers = speaker_lines.speaker_line(said)
        elif said and names.known_name(said) and any(links.is_slides(u) or links.is_video(u) for u in urls):
            # (a name alone under the title says whose talk it is only beside the talk's deck or recording: `# Interview`
            # over `Jane Doe` is no talk)
            speakers = people.named_people(said, strict=True)
    if not speakers or len(speakers) > 3:
        return None
    if sum(1 for u in urls if links.is_slides(u)) > 1 or sum(1 for u in urls if links.is_video(u)) > 1:
        return None  # (several decks or recordings: several talks, whoever wrote the note)
    title = titles.clean_talk_title(raw_title)
    kind = kinds.classify(title)[0]
    return Talk(title=title, speakers=tuple(speakers), slides=next((u for u in urls if links.is_slides(u)), None),
                video=next((u for u in urls if links.is_video(u)), None), kind=kind, body=body.strip("\n"),
                evidence=(Clue("title", "the note's title, one talk's notes", None, "medium"),
                          Clue("speakers", "the line under the note's title", None, "medium")))


def _front_matter_programme(fm: dict[str, Any], guessed: list[Talk]) -> list[Any] | None:
    """The front matter's list of talks: `talks:` (mappings or titles), numbered keys (`speaker1:`, `speaker2:`)
    whose mappings name a talk, or the first of `sessions:`, `schedule:`, `speakers:`... whose entries are
    mappings that name a talk."""
    if isinstance(fm.get("talks"), list):
        return fm["talks"]
    # `speaker1:`, `speaker2:` … each a mapping naming its talk (a site's template filled in per meeting)
    numbered = sorted(((int(m.group(2)), v) for k, v in fm.items() if isinstance(v, dict)
                       and (m := _NUMBERED_TALK_KEY.fullmatch(k)) and _entry_field(lower_keys(v), "title")),
                      key=lambda kv: kv[0])
    if numbered:
        return [v for _, v in numbered]
    for key_name in fields.TALK_LIST_KEYS[1:]:
        value = fm.get(key_name)
        # a `speakers:` list is a programme only when its entries name talks (else it is a line-up)
        named = (lambda e: first(e, fields.TALK_FIELD_KEYS["title"])) if key_name == "speakers" else (
            lambda e: _entry_field(e, "title"))
        if isinstance(value, list) and any(isinstance(e, dict) and named(lower_keys(e)) for e in value):
            return value
    return _speakers_with_topics(fm.get("speakers"), guessed)


def _speakers_with_topics(value: Any, guessed: list[Talk]) -> list[dict[str, Any]] | None:
    """`speakers: [Jane Roe - Serverless pipelines, …]`: a line-up whose every entry is a person, a dash or
    colon, and what they speak about, is the programme (the key says which side is the person), where the
    note's own talks bear it out: each topic is in the title of one of them (`## Jane Roe: Serverless pipelines`).
    (`Jane Roe - Senior Software Engineer`, `Bo Park: organiser and host`: what people do is no topic, and no
    talk says it.)"""
    if not value or not isinstance(value, list) or not all(isinstance(e, str) for e in value) or not guessed:
        return None
    # (the byline module's name-first shapes: `Jane Roe - Topic`, `Jane Roe: Topic`)
    split = [bylines.NAME_THEN_TITLE.match(e.strip()) or bylines.NAME_COLON_TITLE.match(e.strip()) for e in value]
    if not all(split):
        return None
    told = [sections.key(t.title) for t in guessed]
    if not all(any(sections.key(m.group("t")) in k for k in told) for m in split):
        return None
    return [{"title": m.group("t").strip(), "speakers": [m.group("who").strip()]} for m in split]


def _entry_field(entry: dict[str, Any], name: str) -> Any:
    """One field of a front-matter talk entry under any of its spellings (`speaker`, `presenter`, `by`...).

    `name` is the talk's title in an entry that names no title otherwise (`{name: ..., speaker: ...}`),
    and its speaker in one that does (`{title: ..., name: ...}`)."""
    keys = fields.TALK_FIELD_KEYS[name]
    if name == "speakers":
        has_title = first(entry, fields.TALK_FIELD_KEYS["title"]) is not None
        keys = keys if has_title else tuple(k for k in keys if k != "name")
    value = first(entry, keys)
    if value is None and name == "title":
        value = entry.get("name")
    return value


def _apply_front_matter_talks(entries: list[Any], guessed: list[Talk], path: str, diags,
                              canonical: bool = False) -> tuple[list[Talk], list[str]]:
    """The front matter's list of talks is the list of talks; guessed sections give their notes.
    A site's schedule lists its breaks too (`- title: Lunch`); a canonical note lists only what it means."""
    result: list[Talk] = []
    used: set[int] = set()
    for position, entry in enumerate(entries):
        if isinstance(entry, str):
            entry = {"title": entry}
        if not isinstance(entry, dict):
            diags.append(Diagnostic("warning", f"talks[{position}] must be a mapping or a title; it is ignored", path))
            continue
        e = lower_keys(entry)
        title = text_value(_entry_field(e, "title"))
        raw_kind = text_value(_entry_field(e, "kind"))
        speakers_raw = _entry_field(e, "speakers")
        if not canonical and title and speakers_raw is None and sections.section_role(title) == "event" \
                and len(entries) > 1:
            continue  # `- title: Lunch` / `- title: Opening` in a schedule: not a talk
        if not canonical and raw_kind and speakers_raw is None and sections.key(raw_kind) in _NOT_A_TALK_TYPE:
            continue  # `- type: event / title: Get some tacos`: the schedule says it is no talk
        match = next((t for t in guessed if id(t) not in used and reconcile.same_title(t.title, title)),
                     None) if title else None
        if match is None and len(entries) == len(guessed):
            match = guessed[position]
        if match is not None:
            used.add(id(match))
        base = match or Talk(title=title or f"Talk {position + 1}")
        speakers = base.speakers
        if speakers_raw is not None:
            speakers = _front_matter_speakers(speakers_raw, e)
        elif not canonical and title and not speakers:
            # `title: "[Jenny Wong](https://twitter.com/jw) - Beheading WordPress"`: the byline in the title
            title, speakers = bylines.split_title_speaker(title)
        kind = base.kind
        if raw_kind:
            kind = kinds.normalize_kind(raw_kind) or kind
        link = _web_url(_entry_field(e, "url"), f"talks[{position}].url", path, diags)
        slides = _web_url(_entry_field(e, "slides"), f"talks[{position}].slides", path, diags)
        video = _web_url(_entry_field(e, "video"), f"talks[{position}].video", path, diags)
        slides = slides or (link if link and links.is_slides(link) else None)
        video = video or (link if link and links.is_video(link) else None)
        said = (Clue("title", "front matter", None),) + (
            (Clue("speakers", "front matter", None),) if speakers_raw is not None or speakers and not base.speakers
            else tuple(c for c in base.evidence if c.field == "speakers"))
        result.append(Talk(
            evidence=said, title=title or base.title, speakers=speakers,
            slides=slides or base.slides, video=video or base.video,
            room=text_value(_entry_field(e, "room")) or base.room, kind=kind, body=base.body, line=base.line,
            slug=text_value(e.get("slug")), tags=tuple(string_list(e.get("tags")))))
    leftovers = [f"## {t.title}\n{t.body}" for t in guessed if id(t) not in used]
    return result, leftovers


def _front_matter_speakers(raw: Any, entry: dict[str, Any] | None = None) -> tuple:
    """Speakers given as names, a mapping each (`name`, `handle`, `affiliation` in any spelling), or a
    name string beside the entry's own `twitter:` / `company:` keys."""
    items = raw if isinstance(raw, list) else [raw]
    out = []
    for item in items:
        if isinstance(item, dict):
            d = lower_keys(item)
            handle = text_value(first(d, fields.TALK_FIELD_KEYS["handle"]))
            name = text_value(d.get("name")) or handle
            if name:
                out.append(people.Speaker(name=name, handle=handle.lstrip("@") if handle else None,
                                          affiliation=text_value(first(d, fields.TALK_FIELD_KEYS["affiliation"]))))
        elif text_value(item):
            found = people.parse_people(str(item))
            if len(items) == 1 and len(found) == 1 and entry is not None:
                handle = text_value(first(entry, fields.TALK_FIELD_KEYS["handle"]))
                org = text_value(first(entry, fields.TALK_FIELD_KEYS["affiliation"]))
                found = (people.Speaker(name=found[0].name, handle=found[0].handle or (handle.lstrip("@") if handle else None),
                                        affiliation=found[0].affiliation or org),)
            out.extend(found)
    return tuple(out)
