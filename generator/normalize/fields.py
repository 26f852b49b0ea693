"""Front matter in every common spelling, read as one canonical set of fields.

Keys are compared case-insensitively (`title`/`Title`, `Category`); Qiita's
`tags: [{name: ...}]` and comma strings are lists; `URL:` is where the note
itself lives. The canonical correction form is an `event:` mapping and a
`talks:` list (see README, "Correcting a note").
"""
from __future__ import annotations

import functools
import re
from typing import Any, Mapping
from urllib.parse import urlsplit

# a Japanese (or Chinese) character: kana or a kanji
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# a pictograph (`📄`, `🔰`, `☕`, `✨`): an emoji or a symbol of the Miscellaneous Symbols and Dingbats blocks
PICTOGRAPH = r"[\u2600-\u27bf\U0001F300-\U0001FAFF]"
# a pictograph opening a text (`🔰Title`, `👩‍💻 Natasha Jain`), joined pictographs, variation and skin-tone marks with it
LEADING_PICTOGRAPH = re.compile(r"^(?:" + PICTOGRAPH + r"[\u200d\uFE0F\U0001F3FB-\U0001F3FF]*\s*)+(?=\S)")
# inline code, its backticks as many on each side (`` `a` ``, ``` ``a`b`` ```)
CODE_SPAN = re.compile(r"(`+)[^`]*?\1")
# the words that label an event's facts on a line or a heading of their own (`日時：…`, `**When:**`, `会場: …`,
# `Venue | …`): declared once for the date reader, the venue reader and the headings that are no talks
DATE_LABEL_WORDS = r"日時|開催日時?|日程|開催日程|(?:Date|When)(?![A-Za-z])"
# the words that label an event's hours, which may give its whole date too (`- Time: 2015/04/22(Wed)`)
TIME_LABEL_WORDS = r"時間|開催時間|Time(?![A-Za-z])"
# the English words that make a name a place's (`Crystal Ballroom`, `Pier Works Loft`, `Harbor Conference Center`)
PLACE_NOUNS = (r"Hall|Loft|Ballroom|Room|Center|Centre|Building|Hotel|Campus|Office|Labs?|Works|Theat(?:re|er)|Library|House|"
               r"Hub|Space|Studio|Cafe|Café|Bar|Pub|Brewery|Arena|Museum|School|University|College")
VENUE_LABEL_WORDS = r"会場|開催会場|場所|開催場所|Venue|Location|Place|Where"
# the words that label a talk's title (`Title:`, `演題：`, `発表タイトル:`)
EVENT_NAME_LABEL_WORDS = r"イベント名|勉強会名|(?i:event(?:\s+name)?|what)"
# the writer's own talk labelled as theirs: `My talk: …`, `自分の発表：…` (its speaker the note's author)
WRITERS_TALK_LABEL_WORDS = r"(?:my|our)\s+(?:talk|session|lightning\s+talk|LT)|(?:自分|私|僕)の(?:発表|LT|ＬＴ|登壇)"
WRITERS_TALK_LABEL = re.compile(r"^\s*(?:" + WRITERS_TALK_LABEL_WORDS + r")\s*[:：]\s*(?=\S)", re.IGNORECASE)
TITLE_LABEL_WORDS = (r"(?:topic|talk|session)\s+title|title|titel|topic|タイトル|演題|題目|発表タイトル|テーマ|"
                     + WRITERS_TALK_LABEL_WORDS)
# a line giving a talk's title under its label: `- Title: …`, `**タイトル**：…`, `題目: …`
LABELLED_TITLE = re.compile(r"^\s*(?:[-*+]\s*)?(?:\*\*|__)?(?:" + TITLE_LABEL_WORDS + r")(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?P<t>\S.*?)\s*$",
                            re.IGNORECASE)

# an aside in parentheses closing a text: `Pub (the bar downstairs)`, `Title (please pick one)`, `Jo Ode (Acme)`
TRAILING_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")

# a site's display title (`displayTitle:`) beside a slug-like `title:` is what the page shows
TITLE_KEYS = ("displaytitle", "display_title", "title", "name", "event_name", "event_title", "meeting_title", "page_title")
# the event's own day under a key no blog engine writes (`event_date:`, `meeting_date:`)
EVENTS_OWN_DAY_KEYS = ("event_date", "held_on", "held", "meeting_date", "meetup_date", "meetupdate", "meetingdate", "eventdate")
DATE_KEYS = EVENTS_OWN_DAY_KEYS + (
    "start_date", "startdate", "started_at", "starts_on", "event_on",
    "starts_at", "start_time", "event_start", "datetime", "date_time", "when", "dtstart", "start",
    # (a platform's export, `timeStart: '1517212800000.0'`, a meetup.com event's `time:`, a conference
    # system's session, `beginning: '2015-10-23T15:00:00.000-07:00'`)
    "timestart", "time_start", "time", "beginning")
# a site's day written out beside its own date (`date_string: "May 4, 2016"`): the event's only where the post's own
# date does not say the same day
DATE_STRING_KEYS = ("date_string", "datestring")
# keys only a blog engine writes (Jekyll, Hugo, Hatena, Zenn, WordPress exports): in a front matter that has one,
# `date` is when the post was published; in talkarchive's own plain front matter it is the event's day
BLOG_ENGINE_KEYS = frozenset({"layout", "permalink", "comments", "categories", "category", "editurl", "image", "type",
                              "status", "id", "excerpt", "thumbnail", "toc", "weight", "linktitle", "cover", "emoji", "topics",
                              "featured", "share", "subtitle", "header", "published_at", "date_gmt", "wordpress_id",
                              "guid", "lastmod", "publishdate"})


def event_layout(fm: dict) -> bool:
    """Whether the site's template says the page is an event's own (`layout: event`, `type: meetup`): its `date` is
    then the day of the event, not the day a post was written."""
    return any(str(fm.get(k) or "").strip().lower() in ("event", "events", "meetup", "meetups", "meeting")
               for k in ("layout", "type"))


# the front matter's summary of the post (read as its opening lines: it may say the event's day)
SUMMARY_KEYS = ("description", "summary", "excerpt", "subtitle", "lead")
def summary_lines(fm: dict) -> list[str]:
    """The front matter's summary of the post (SUMMARY_KEYS), as lines of text."""
    return [str(v) for v in (fm.get(k) for k in SUMMARY_KEYS) if v and not isinstance(v, (dict, list, bool))]


PUBLISHED_KEYS = ("date", "published", "published_at", "publishdate", "pubdate", "created", "created_at", "posted")
TAG_KEYS = ("tags", "tag", "categories", "category", "keywords", "topics")
SOURCE_URL_KEYS = ("url", "permalink", "source_url", "canonical", "canonical_url")
EVENT_URL_KEYS = ("event_url", "event_page", "eventpage", "connpass", "event_link", "event_site", "meetup_url", "meetup_link",
                  "doorkeeper", "doorkeeper_url", "connpass_url", "compass", "eventbrite", "rsvp", "rsvp_url",
                  "rsvp_link", "rsvplink", "registration", "registration_url", "registration_link", "registrationlink",
                  "register_link", "registerlink", "signup", "signup_url", "signup_link", "signuplink", "techplay", "peatix")
VENUE_KEYS = ("venue", "place", "location", "会場", "場所", "venue_name", "location_name", "place_name", "where", "address")

# a programme in the front matter: a list of talks under one of these keys, each a mapping
# (or a title), its fields under any of the spellings below
TALK_LIST_KEYS = ("talks", "sessions", "schedule", "presentations", "program", "programme", "agenda", "lightning_talks",
                  "lts", "speakers", "timetable")
TALK_FIELD_KEYS = {
    "title": ("title", "talk", "talk_title", "session", "topic", "subject", "name_of_talk", "presentation",
              "presentation_title", "session_title"),
    "speakers": ("speakers", "speaker", "presenters", "presenter", "by", "author", "authors", "name", "who", "speaker_name"),
    "handle": ("handle", "twitter", "github", "x", "twt_name", "twitter_name", "twitter_handle"),
    "affiliation": ("affiliation", "company", "org", "organization", "organisation", "employer"),
    "slides": ("slides", "slide", "deck", "slides_url", "slide_url", "presentation_url"),
    "video": ("video", "youtube", "recording", "video_url"),
    "url": ("url", "link", "href"),
    "kind": ("kind", "type", "format", "category", "presentation_type", "session_type", "talk_type"),
    "room": ("room", "track", "hall", "stage"),
}
HASHTAG_KEYS = ("hashtags", "hashtag")


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def lower_keys(data: Mapping[str, Any] | None) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        return {}
    out: dict[str, Any] = {}
    for key, value in data.items():
        # (`:title:` — Ruby symbols as keys, as Nanoc sites write them — is `title`)
        key = str(key).strip().lstrip(":")
        out.setdefault(key.lower().replace("-", "_"), value)
        # a camelCase key (`publishedAt`, `eventDate`, as Nuxt Content and Astro sites write them) is also
        # its snake_case spelling
        out.setdefault(_CAMEL_HUMP.sub("_", key).lower().replace("-", "_"), value)
    return out


def with_site_params(fm: dict[str, Any]) -> dict[str, Any]:
    """The front matter with the keys a site generator nests under its own table as keys of their own: Hugo's
    `[params]` (`event_date`, `venue`, `[[params.talks]]`), Zola's and Pelican's `[extra]`. A key written at the top
    wins."""
    nested = [v for k in ("params", "extra") if isinstance(v := fm.get(k), Mapping)]
    if not nested:
        return fm
    out = dict(fm)
    for table in nested:
        for key, value in lower_keys(table).items():
            out.setdefault(key, value)
    return out


def with_meta_tags(fm: dict[str, Any]) -> dict[str, Any]:
    """The front matter with the page's meta tags as keys of their own: VuePress and Hexo write
    `meta: [{name: description, content: …}, {name: og:title, content: 'Foo 2019 | Timetable'}]`."""
    tags = fm.get("meta") if isinstance(fm.get("meta"), list) else fm.get("head") if isinstance(fm.get("head"), list) else None
    if not tags:
        return fm
    out = dict(fm)
    for tag in tags:
        if isinstance(tag, Mapping):
            tag = lower_keys(tag)
            name, content = tag.get("name") or tag.get("property"), tag.get("content")
            if isinstance(name, str) and isinstance(content, (str, int, float)):
                out.setdefault(name.strip().lower(), content)
    return out


def first(data: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = data.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def records_the_event(fm: Mapping[str, Any]) -> bool:
    """Whether the front matter is the event's own record (its venue, its page, its own day, an event's mapping or
    layout), as `talkarchive new` and event sites write it: its title is then the event's name as the organiser
    wrote it (`Rust.Tokyo 2025: async & traits`), not a post's title around a name."""
    return bool(event_mapping(fm) or event_layout(fm) or any(fm.get(k) for k in VENUE_KEYS + EVENT_URL_KEYS
                                                              + EVENTS_OWN_DAY_KEYS))


def event_mapping(fm: Mapping[str, Any]) -> dict[str, Any]:
    """The front matter's mapping of the event (`event: {date: …, venue: …}`), or a calendar entry's day and place
    (`calendar: {year: 2016, month: 10, day: 15, location: …}`: its other keys describe the calendar, not the
    event), its keys as lower_keys gives them and its date parts, if written apart, made one `date`."""
    if isinstance(fm.get("event"), dict):
        mapping = lower_keys(fm["event"])
    elif isinstance(fm.get("calendar"), dict):
        mapping = {k: v for k, v in lower_keys(fm["calendar"]).items() if k in _CALENDAR_KEYS}
    else:
        return {}
    parts = [str(mapping.get(k, "")).strip() for k in ("year", "month", "day")]
    if "date" not in mapping and all(p.isdigit() for p in parts):
        mapping["date"] = f"{int(parts[0]):04d}-{int(parts[1]):02d}-{int(parts[2]):02d}"
    return mapping


_CALENDAR_KEYS = {"date", "year", "month", "day", "start", "start_date", "location", "venue", "place"}


def place_value(value: Any) -> str | None:
    """A venue key's text; a mapping of the place (`location: {city: Tokyo, venue: X}`) gives its venue's name."""
    if isinstance(value, dict):
        inner = lower_keys(value)
        return text_value(first(inner, ("venue", "venue_name", "place", "name", "building", "location")))
    return text_value(value)


def text_value(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, tuple, bool)):
        return None
    text = str(value).strip()
    return text or None


_CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f]")


def web_url(value: Any) -> str | None:
    """A front-matter address if it is a web address (http or https with a host), else None.

    A page links to these addresses, so `javascript:`, `vbscript:`, `data:` and anything else
    that is not a web page must never get through (whatever its case or entity spelling).
    """
    text = text_value(value)
    if text is None:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or _CONTROL_CHARACTER.search(text):
        return None
    return text


def string_list(value: Any) -> list[str]:
    """Tags in any spelling: a list, a comma/space string, Qiita's [{name: ...}]."""
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("[") and text.endswith("]"):  # `['Plone', 'Python']` written as one string
            text = text[1:-1]
        parts = text.split(",") if "," in text else text.split()
        return [t for p in parts if (t := p.strip().strip("'\"").strip().lstrip("#"))]
    items: list[str] = []
    if isinstance(value, Mapping):
        value = [value]
    if isinstance(value, (list, tuple)):
        for item in value:
            if isinstance(item, Mapping):
                name = lower_keys(item).get("name")
                if name not in (None, ""):
                    items.append(str(name).strip())
            elif item not in (None, "") and not isinstance(item, (list, tuple)):
                items.append(str(item).strip().lstrip("#"))
    return [i for i in items if i]


def is_folder_path(key: str, value: str) -> bool:
    """A `category:` that is a folder path (esa's `勉強会レポート/2023/09`, `blog/2019/05`), not a tag."""
    if key not in ("category", "categories"):
        return False
    parts = [p for p in value.split("/") if p.strip()]
    return len(parts) >= 2 and (len(parts) >= 3 or any(p.strip().isdigit() for p in parts))


def unique(items, key=lambda s: s.casefold()) -> tuple[str, ...]:
    seen, out = set(), []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return tuple(out)


def yaml_comment_cut(text: str, value: str | None, keys: tuple[str, ...]) -> str | None:
    """The whole unquoted front-matter value when YAML read its ` #...` tail as a comment.

    Hatena and Hugo titles are often unquoted (`Title: Meetup #7 に行ってきた`,
    `title: Conf 参加レポート #tag`); YAML drops everything from ` #`, losing an
    issue number or the event's hashtag. The raw line is only used when the parsed
    value is exactly its beginning and the rest starts with ` #`.
    """
    if not value:
        return value
    text = text.lstrip("\ufeff")
    end = text.find("\n")
    if (text if end < 0 else text[:end]).strip() != "---":
        return value
    key_line = _unquoted_key_line(keys)
    while end >= 0:  # the front matter's lines, read up to its closing `---` (not the whole note)
        start, end = end + 1, text.find("\n", end + 1)
        line = text[start:] if end < 0 else text[start:end]
        if line.strip() == "---":
            break
        m = key_line.match(line)
        if m:
            raw = m.group("v")
            if raw.startswith(value) and _COMMENT_START.match(raw[len(value):]):
                return raw
    return value


_COMMENT_START = re.compile(r"\s+#")


@functools.lru_cache(maxsize=None)
def _unquoted_key_line(keys: tuple[str, ...]) -> re.Pattern:
    """`key: value` for one of `keys`, the value unquoted and not a block, list or mapping."""
    names = "|".join(re.escape(k) for k in keys)
    return re.compile(r"^(?:" + names + r")\s*:\s*(?P<v>[^'\"|>\[{].*?)\s*$", re.IGNORECASE)


_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# emphasis and code marks; `__` only at a word's edge, so `@kou___jp` keeps its underscores
# `<br>` in a line of Markdown or a table cell: a line break, written inline
# a line that is only bold (or `__`) words: a slot's label (`**Ignites**`) or a talk's title under its time
WHOLE_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?P<t>[^*_\n]{2,160}?)(?:\*\*|__)\s*$")
LINE_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
# a talk's length in parentheses after its title: `(30 min)`, `（15分）`
# a slot's length after its title: `(30分)`, `(45 min)`, talk and questions: `(30 + 15 min)`
# the words a text closes with in parentheses, and nothing after: `A Little Order! (Fred Roe)`, `Native Images (Saal Rigi)`
CLOSING_PARENS = re.compile(r"\s*[(（](?P<inner>[^()（）]{1,40})[)）]\s*$")
DURATION_IN_PARENS = r"[(（]\s*\d{1,3}(?:\s*\+\s*\d{1,3})*\s*(?:min(?:ute)?s?|mins?\.?|分(?:間)?)\s*[)）]"
DURATION = re.compile(r"\s*" + DURATION_IN_PARENS + r"\s*$", re.IGNORECASE)
# or, in a programme's list, bare after the speaker: `- Title (山田 @yamada) 45分` (a heading's `AngularJS 20min`
# is its title as written)
LISTED_DURATION = re.compile(DURATION.pattern + r"|(?<=[)）])\s*\d{1,3}\s*(?:分(?:間)?|mins?\.?|minutes)\s*$", re.IGNORECASE)
# a clock time and a slot written with it: `10:00`, `7:30pm`, `10:08 - 10:23`, `12:30 から 13:30`, `18:00〜`
CLOCK = r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[ap]\.?m\.?)?"
# an hour as a sentence gives it, with or without its minutes: `7pm`, `6:30`, `7 p.m.`
TIME_OF_DAY = r"\d{1,2}(?:[:.：]\d{2})?\s*(?:[ap]\.?m\b\.?)?"
CLOCK_RANGE = CLOCK + r"(?:\s*(?:[-–—~〜～]|から|to)\s*(?:" + CLOCK + r")?)?"
# what a page says of a talk instead of its title or its deck: `Slides coming soon`, `Couldn't make it, sadly`,
# `中止になりました`, `スライド未公開？`
STATUS_REMARK = re.compile(r"coming\s+soon|to\s+follow|cancel+ed|postponed|couldn['’]t|could\s+not|can['’]t|sadly|"
                           r"unfortunately|not\s+(?:yet\s+)?(?:available|published|online)|not\s+yet|後日|中止|延期|欠席|"
                           r"キャンセル|準備中|未公開|非公開|(?:資料|スライド)(?:は)?(?:なし|無し)", re.IGNORECASE)
MARKUP = re.compile(r"\*\*|(?<![\w@])__|__(?!\w)|`")
_HANDLE_RUN = re.compile(r"@[A-Za-z0-9_]+")


def without_markup(text: str) -> str:
    """Text without bold, underline and code marks; a handle's own underscores stay (`@___freddi___`)."""
    if "@" not in text or "__" not in text:
        return MARKUP.sub("", text)
    handles = [m.span() for m in _HANDLE_RUN.finditer(text)]
    return MARKUP.sub(lambda m: m.group() if any(a < m.start() < b for a, b in handles) else "", text)
# a backslash before any ASCII punctuation shows that character alone (CommonMark: `\@handle`, `\[PDF\]`, `\_x`)
ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def strip_markdown(text: str) -> str:
    """Text with Markdown links reduced to their label and bold, underline and code marks removed."""
    text = _MD_LINK.sub(r"\1", text)
    return without_markup(text).strip()


# a conference programme's slot written as one heading closes with its time: `Title. Jane Doe. 10:15 am, Day 1`
# (headings.programme_entry); after a full stop, comma or dash only (`Why regexes fail at 9 am` is a title)
ENTRY_TIME = re.compile(r"(?:[.,]\s*(?:[-–—]\s*)?|\s+[-–—]\s*)(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?:\s*,\s*Day\s*\d{1,2})?|"
                        r"\d{1,2}:\d{2}\s*,\s*Day\s*\d{1,2})\s*$", re.IGNORECASE)


def may_close_with_entry_time(text: str) -> bool:
    """A cheap look before ENTRY_TIME: the words a slot's time is written with (most lines have none)."""
    return ("m" in text[-16:] or "M" in text[-16:] or "Day" in text[-12:]) and any(ch.isdigit() for ch in text[-16:])


# a slot not filled yet, as a title or a name: `未定`, `(TBA)`, `To be announced`
# (`(empty)`: a grid's slot a room leaves unfilled)
# (`下記参照`, `See below`: the slot's talks are listed further down, the row itself names none)
PLACEHOLDER = re.compile(r"未定|調整中|募集中|TBA|TBD|TBC|Undecided|To be announced|To be (?:decided|determined|confirmed)|^\(?empty\)?$"
                         r"|^(?:下記|以下)(?:を)?(?:参照|のとおり|の通り)$|^後述$|^see\s+below\.?$|^空き(?:枠)?$|^open\s+slot$",
                         re.IGNORECASE)


# a file on a page's own site, by its path (`/blog/uploads/talk.pdf`): a deck or a paper the page links
SITE_FILE = r"/(?!/)[^\s?#()]+\.(?:pdf|pptx?|key|odp|odt|docx?)"


# one part of a talk or a post in several: `前編`, `後半`
SERIES_PART = r"前編|中編|後編|前篇|後篇|前半|後半|上巻|下巻"


# a word its full stop shortens, so that the stop after it ends no sentence (`Mt. Everest`, `Acme Ltd. Internal …`,
# `12 Main St. (park behind)`, `Jane Q. Roe`)
ABBREVIATED = re.compile(r"\b(?:[A-Za-z]|Mr|Mrs|Ms|Dr|Prof|St|Mt|Ft|Ave|Rd|Blvd|Bldg|Fl|Univ|vs|etc|Inc|Ltd|Corp|Co|Dept|"
                         r"Jr|Sr|No|Vol|ca|approx|Gen|Gov|Rev)$")


# English words a title has and a person's name never does (the people's Latin names and the given-name list)
TITLE_GRAMMAR_WORDS = frozenset({"the", "of", "and", "for", "with", "how", "why", "what", "from", "into", "about", "vs",
                                 "vs.", "&", "if", "when", "while", "because", "is", "are", "your", "our", "this", "that"})


# a conference's code for a session after a bar or in brackets, closing its title: `Title | BRK181`, `Title（BRK 171）`
CLOSING_SESSION_CODE = re.compile(r"\s*(?:[|｜]\s*[A-Z]{2,5}-?\s?\d{2,4}[A-Z]?|[(（]\s*[A-Z]{2,5}-?\s?\d{2,4}[A-Z]?\s*[)）])\s*$")


# a programme's name for one of its slots, on a line of its own: `第一セッション（40分）`, `Session 2 (30 min)`, `講演3`
# (never a part of the day, `第1部`)
SLOT_LABEL = re.compile(r"(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*(?:セッション|講演)|(?:セッション|講演|Session|Talk|Slot)\s*"
                        r"[0-9０-９]{1,2})\s*(?:[（(][^()（）]{1,12}[)）])?", re.IGNORECASE)


def at_least(items, holds, need: int) -> bool:
    """Whether `holds(item)` for `need` items at least, asking no further once the answer is known (the readings that
    weigh a list by how many of its items show a shape stop at the first count that settles it)."""
    hits = misses = 0
    for item in items:
        if holds(item):
            hits += 1
            if hits >= need:
                return True
        else:
            misses += 1
            if misses > len(items) - need:
                return False
    return hits >= need


def sentence_around(text: str, at: int, count: int = 1) -> str:
    """The Japanese sentence of `text` holding position `at` (between 。！？ marks, the closing mark with it), and the
    `count - 1` after it (`川口から。…について話しました。`: what the person did may be told in the next sentence)."""
    start = max(text.rfind(mark, 0, at) for mark in "。！？") + 1
    end = at
    for _ in range(count):
        ends = [e for e in (text.find(mark, end) for mark in "。！？") if e >= 0]
        end = min(ends) + 1 if ends else len(text)
    return text[start:end]
