"""schema.org JSON-LD for event and talk pages, so search engines see events, not just pages.

An event is a schema.org `Event` whose talks are its `subEvent`s; a talk page is
an `Event` with `performer`s and a `superEvent`. Only what a note actually says
is stated: no eventStatus, no organizer, no attendance mode for a physical
venue (the note does not say whether it was streamed too), no sameAs for a
speaker unless a profile URL is known (the model has none yet).

The text goes inside `<script type="application/ld+json">`, where HTML
escaping does not apply and a title containing `</script>` would end the
element. So `<`, `>` and `&` (and U+2028/U+2029, which old JavaScript parsers
treat as line ends) are written as `\\uXXXX` escapes, which JSON parsers read
back as the same characters. The result is safe to mark as Markup as it is.
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from ..core.config import SiteConfig
    from ..index.site_index import EventEntry, SiteIndex, SpeakerEntry, TalkEntry
    from ..render.urls import Urls

# a venue that is only a stream: オンライン, Online, Zoom, YouTube Live, ...
_ONLINE = re.compile(r"オンライン|リモート|\bonline\b|\bvirtual\b|\bremote\b|\bzoom\b|youtube|google\s*meet|"
                     r"\bteams\b|discord|twitch", re.IGNORECASE)
_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def speakers_by_slug(index: SiteIndex) -> dict[str, SpeakerEntry]:
    """The `speakers` argument of event_jsonld and talk_jsonld: speaker slug -> SpeakerEntry."""
    return {s.slug: s for s in index.speakers}


def script_safe_json(data: Any) -> str:
    """JSON text that cannot end or confuse the <script> element it is placed in."""
    text = json.dumps(data, ensure_ascii=False)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _location(entry: EventEntry) -> dict:
    event = entry.event
    if not event.venue:
        return {}
    if _ONLINE.search(event.venue):
        place = {"@type": "VirtualLocation", "name": event.venue}
        if event.url:
            place["url"] = event.url
        return {"location": place, "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"}
    return {"location": {"@type": "Place", "name": event.venue}}


def _date(entry: EventEntry) -> dict:
    return {"startDate": entry.event.date.isoformat()} if entry.event.date else {}


def _performers(urls: Urls, talk: TalkEntry, speakers: Mapping[str, SpeakerEntry]) -> list[dict]:
    people = []
    for slug in dict.fromkeys(talk.speaker_slugs):
        sp = speakers.get(slug)
        if sp is not None:
            people.append({"@type": "Person", "name": sp.name, "url": urls.absolute(sp.path)})
    return people


def _talk(urls: Urls, entry: EventEntry, talk: TalkEntry, speakers: Mapping[str, SpeakerEntry]) -> dict:
    data = {"@type": "Event", "name": talk.talk.title, "url": urls.absolute(talk.path), **_date(entry)}
    performers = _performers(urls, talk, speakers)
    if performers:
        data["performer"] = performers
    return data


def event_data(urls: Urls, entry: EventEntry, speakers: Mapping[str, SpeakerEntry]) -> dict:
    """The schema.org Event of an event page, as a dict."""
    event = entry.event
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Event", "name": event.title,
                            "url": urls.absolute(entry.path), **_date(entry), **_location(entry)}
    if event.url:
        data["sameAs"] = event.url
    if entry.talks:
        data["subEvent"] = [_talk(urls, entry, t, speakers) for t in entry.talks]
    return data


def talk_data(urls: Urls, entry: EventEntry, talk: TalkEntry, speakers: Mapping[str, SpeakerEntry]) -> dict:
    """The schema.org Event of a talk page, as a dict: the talk, its performers, its event as superEvent."""
    data = {"@context": "https://schema.org", **_talk(urls, entry, talk, speakers), **_location(entry)}
    data["superEvent"] = {"@type": "Event", "name": entry.event.title, "url": urls.absolute(entry.path),
                          **_date(entry)}
    return data


def event_jsonld(config: SiteConfig, urls: Urls, entry: EventEntry, speakers: Mapping[str, SpeakerEntry]) -> str:
    """JSON-LD text for an event page's <script type="application/ld+json">."""
    return script_safe_json(event_data(urls, entry, speakers))


def talk_jsonld(config: SiteConfig, urls: Urls, entry: EventEntry, talk: TalkEntry,
                speakers: Mapping[str, SpeakerEntry]) -> str:
    """JSON-LD text for a talk page's <script type="application/ld+json">."""
    return script_safe_json(talk_data(urls, entry, talk, speakers))
