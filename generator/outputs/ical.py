"""An iCalendar file (RFC 5545) of the dated events, to subscribe to from a calendar app.

Named ical.py because a module called calendar would shadow the standard library's.

Written by hand rather than with a library, because the format needs only
three rules, and each is easy to get subtly wrong:

- TEXT values escape backslash, semicolon and comma, and write newlines as `\\n`;
- lines end with CRLF;
- lines longer than 75 octets are folded (CRLF + one space), and a fold must
  never fall inside a UTF-8 character, which a fold by character count or a
  naive fold by bytes does with Japanese titles.

Events are all-day (VALUE=DATE; DTEND is the next day, exclusive), since a
note gives a day, not a time. DTSTAMP is the event's day (or SOURCE_DATE_EPOCH
when set), never the wall clock, so the file is reproducible.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from ..core.config import SiteConfig
    from ..index.site_index import EventEntry, SiteIndex
    from ..render.urls import Urls

PRODID = "-//talkarchive//talkarchive//EN"
FOLD_AT = 75  # octets per line, CRLF excluded

# CTLs (HTAB is allowed; newlines are handled before this) and lone surrogates, which UTF-8 cannot encode
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f\ud800-\udfff]")


def escape_text(text: str) -> str:
    """A TEXT property value: backslash, ';' and ',' escaped, newlines as \\n, other controls dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return "\\n".join(_CONTROL.sub("", line) for line in text.split("\n"))


def fold(line: str) -> str:
    """One content line, folded to at most 75 octets per physical line, CRLF-terminated.

    Continuation lines start with a space, which counts towards their 75 octets.
    Folds fall between characters, never inside a UTF-8 sequence.
    """
    data = line.encode("utf-8")
    if len(data) <= FOLD_AT:
        return line + "\r\n"
    parts: list[bytes] = []
    start, limit = 0, FOLD_AT
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte: fold before its character instead
            end -= 1
        parts.append(data[start:end])
        start, limit = end, FOLD_AT - 1
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode("utf-8") + "\r\n"


def _uri(value: str) -> str:
    """A URI property value: no escaping in iCalendar, but no whitespace or controls either."""
    return re.sub(r"[\x00-\x20\x7f\ud800-\udfff]", "", value)


def _host(config: SiteConfig) -> str:
    base = config.absolute_base
    return (urlsplit(base).hostname if base else None) or "talkarchive"


def _dtstamp(day: dt.date) -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        except (ValueError, OverflowError, OSError):
            pass
    return day.strftime("%Y%m%d") + "T000000Z"


def describe_talks(entry: EventEntry) -> str:
    """One line per talk: 'title — speakers'."""
    lines = []
    for t in entry.talks:
        speakers = ", ".join(dict.fromkeys(s.name for s in t.talk.speakers))
        lines.append(f"{t.talk.title} — {speakers}" if speakers else t.talk.title)
    return "\n".join(lines)


def _vevent(config: SiteConfig, urls: Urls, entry: EventEntry) -> list[str]:
    event, day = entry.event, entry.event.date
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(entry.slug)}@{escape_text(_host(config))}",
        f"DTSTAMP:{_dtstamp(day)}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{escape_text(event.title)}",
    ]
    if event.venue:
        lines.append(f"LOCATION:{escape_text(event.venue)}")
    url = urls.absolute(entry.path) if urls.absolute_base else event.url
    if url:
        lines.append(f"URL:{_uri(url)}")
    description = describe_talks(entry)
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines.append("END:VEVENT")
    return lines


def calendar_head(config: SiteConfig) -> str:
    """The calendar's opening lines, folded, before its events."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            f"X-WR-CALNAME:{escape_text(config.title)}"]
    if config.description:
        head.append(f"X-WR-CALDESC:{escape_text(config.description)}")
    return "".join(fold(line) for line in head)


def vevent_text(config: SiteConfig, urls: Urls, entry: EventEntry) -> str:
    """One dated event's VEVENT, folded."""
    return "".join(fold(line) for line in _vevent(config, urls, entry))


CALENDAR_END = fold("END:VCALENDAR")


def events_calendar(config: SiteConfig, index: SiteIndex, urls: Urls) -> str:
    """The .ics text (CRLF line ends, folded) with one all-day VEVENT per dated event, newest first."""
    events = "".join(vevent_text(config, urls, entry) for entry in index.events if entry.event.date)
    return calendar_head(config) + events + CALENDAR_END
