"""Atom feeds (RFC 4287): one for the site, one per tag, one entry per event.

Why Atom and not RSS: Atom has one date format, a required stable `id`, and
`content type="html"` with clear escaping rules, so feed readers agree on it.

Feeds must be byte-for-byte reproducible (the golden tests compare them), so
no date here comes from the wall clock: an entry is dated by its event (or,
failing that, by the note's publication date; an event with neither is left
out, since a feed entry must have a date), and the feed is dated by its newest
entry. An empty feed is dated SOURCE_DATE_EPOCH, or 1970-01-01.

Entry ids must never change once published, or readers show every event again
as new. With an absolute base_url the id is the event's absolute URL. With a
path-only base_url there is no host to own an id, so a `tag:` URI (RFC 4151)
is made from a fixed authority, the site title and the event's site path:
`tag:talkarchive,2024:<title>/events/<slug>/`. Renaming the site (or an
event's slug) changes those ids; setting an absolute base_url avoids that.

The functions return strings and write nothing; render_site puts them into
its output files.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import xml.etree.ElementTree as ET
from html import escape as html_escape
from typing import TYPE_CHECKING, Callable, Iterable
from urllib.parse import quote

if TYPE_CHECKING:
    from ..core.config import SiteConfig
    from ..index.site_index import EventEntry, SiteIndex
    from ..render.urls import Urls

ATOM_NS = "http://www.w3.org/2005/Atom"
TAG_AUTHORITY = "tag:talkarchive,2024:"
DEFAULT_LIMIT = 20

# characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text with the characters XML 1.0 cannot carry removed (escaping is ElementTree's job)."""
    return _NOT_XML.sub("", text)


def source_date_epoch() -> dt.datetime:
    """SOURCE_DATE_EPOCH as a UTC datetime (reproducible builds), else 1970-01-01T00:00:00Z."""
    try:
        return dt.datetime.fromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "0")), dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        return dt.datetime.fromtimestamp(0, dt.timezone.utc)


def entry_date(entry: EventEntry) -> dt.date | None:
    """The day an event's feed entry is dated: the event's day, else the note's publication day."""
    return entry.event.date or entry.event.published


def _timestamp(day: dt.date | dt.datetime) -> str:
    if isinstance(day, dt.datetime):
        return day.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{day.isoformat()}T00:00:00Z"


def atom_id(config: SiteConfig, urls: Urls, path: str) -> str:
    """A permanent id for a site path: its absolute URL, or a tag: URI without an absolute base_url."""
    if urls.absolute_base:
        return urls.absolute(path)
    return TAG_AUTHORITY + quote(xml_text(config.title).strip() or "site", safe="") + "/" + quote(path, safe="/")


def talks_html(urls: Urls, entry: EventEntry) -> str:
    """The default entry content: venue, then each talk with its speakers, as an HTML fragment."""
    parts = []
    if entry.event.venue:
        parts.append(f"<p>{html_escape(entry.event.venue)}</p>")
    items = []
    for t in entry.talks:
        speakers = ", ".join(dict.fromkeys(s.name for s in t.talk.speakers))
        line = f'<a href="{html_escape(urls.absolute(t.path))}">{html_escape(t.talk.title)}</a>'
        items.append(f"<li>{line} — {html_escape(speakers)}</li>" if speakers else f"<li>{line}</li>")
    if items:
        parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
    return "\n".join(parts)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_text(text)
    return el


def newest_dated(entries: Iterable[EventEntry], limit: int) -> list[tuple]:
    """(day, entry) for the dated entries, newest first, at most `limit`: what a feed shows."""
    dated = [(entry_date(e), e) for e in entries]
    return sorted([(d, e) for d, e in dated if d], key=lambda de: de[0], reverse=True)[:limit]


def atom_feed(config: SiteConfig, urls: Urls, entries: Iterable[EventEntry], *, feed_path: str, title: str,
              alternate_path: str = "", tag_names: dict[str, str] | None = None, limit: int = DEFAULT_LIMIT,
              content: Callable[[EventEntry], str] | None = None) -> str:
    """The Atom document for some events.

    feed_path: the feed's own site path ('feed.xml', 'tags/python/feed.xml'), for rel=self and the feed id.
    alternate_path: the HTML page the feed mirrors ('' for the home page, 'tags/python/').
    tag_names: tag slug -> tag name, for the entries' categories (left out when not given).
    content: EventEntry -> HTML fragment for the entry body (default: talks_html).
    Entries are the dated events, newest first, at most `limit`.
    """
    dated = newest_dated(entries, limit)
    author = config.author.strip() or config.title
    content = content or (lambda e: talks_html(urls, e))

    feed = ET.Element("feed", {"xmlns": ATOM_NS, "xml:lang": config.language})
    _sub(feed, "id", atom_id(config, urls, feed_path))
    _sub(feed, "title", title)
    if config.description:
        _sub(feed, "subtitle", config.description)
    _sub(feed, "updated", _timestamp(dated[0][0] if dated else source_date_epoch()))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=urls.absolute(feed_path))
    _sub(feed, "link", rel="alternate", type="text/html", href=urls.absolute(alternate_path))
    _sub(_sub(feed, "author"), "name", author)
    _sub(feed, "generator", "talkarchive")  # no version: a release must not change every feed
    for day, entry in dated:
        event = entry.event
        item = _sub(feed, "entry")
        _sub(item, "id", atom_id(config, urls, entry.path))
        _sub(item, "title", event.title)
        _sub(item, "link", rel="alternate", type="text/html", href=urls.absolute(entry.path))
        _sub(item, "published", _timestamp(day))
        _sub(item, "updated", _timestamp(day))
        _sub(_sub(item, "author"), "name", author)
        for slug in entry.tag_slugs:
            if tag_names and slug in tag_names:
                _sub(item, "category", term=tag_names[slug])
        html = content(entry)
        if html:
            _sub(item, "content", html, type="html")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def feed_sources(config: SiteConfig, index: SiteIndex) -> list[tuple[str, list[EventEntry], str, str]]:
    """(feed path, its events, its title, the page it mirrors) of every feed of the site: 'feed.xml'
    and 'tags/<slug>/feed.xml' for each tag."""
    by_slug = {e.slug: e for e in index.events}
    feeds = [("feed.xml", list(index.events), config.title, "")]
    for tag in index.tags:
        feeds.append((f"{tag.path}feed.xml", [by_slug[s] for s in tag.event_slugs if s in by_slug],
                      f"{config.title}: {tag.name}", tag.path))
    return feeds


def site_feeds(config: SiteConfig, index: SiteIndex, urls: Urls, *, limit: int = DEFAULT_LIMIT,
               content: Callable[[EventEntry], str] | None = None) -> dict[str, str]:
    """Every feed of the site, by output path (see feed_sources)."""
    tag_names = {t.slug: t.name for t in index.tags}
    return {path: atom_feed(config, urls, entries, feed_path=path, title=title, alternate_path=alternate,
                            tag_names=tag_names, limit=limit, content=content)
            for path, entries, title, alternate in feed_sources(config, index)}
