"""Index stage: normalized events -> SiteIndex (slugs, URLs, tags, speakers, years).

Everything the pages need to link to each other is decided here, once, so the
render stage only looks things up. No step is quadratic: each grouping is a
dict keyed by a normalised name.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable

from .aliases import apply_aliases
from ..core.config import Aliases
from .merge import merge_events
from ..core.model import Diagnostic, Event, Talk
from ..normalize.people import speaker_key
from .reading_order import order, reading, section
from .slugs import SlugRegistry, make_slug, reserved_event_slug, reserved_list_slug, safe_front_matter_slug


@dataclass(frozen=True, slots=True)
class TalkEntry:
    talk: Talk
    slug: str
    path: str  # site path, e.g. "events/<event>/<talk>/"
    event_slug: str
    position: int  # 1-based
    speaker_slugs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventEntry:
    event: Event
    slug: str
    path: str
    talks: tuple[TalkEntry, ...]
    tag_slugs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TagEntry:
    name: str
    slug: str
    path: str
    event_slugs: tuple[str, ...]  # newest first
    section: str = ""  # the index section it is listed under (reading.section): あ, か, ..., A, ..., #


@dataclass(frozen=True, slots=True)
class SpeakerEntry:
    name: str
    slug: str
    path: str
    handle: str | None
    affiliation: str | None
    talks: tuple[tuple[str, str], ...]  # (event slug, talk slug), newest first
    section: str = ""  # the index section it is listed under (reading.section)


@dataclass(frozen=True, slots=True)
class SiteIndex:
    events: tuple[EventEntry, ...]  # newest first, undated last
    tags: tuple[TagEntry, ...]  # in reading order (index/reading_order.py)
    speakers: tuple[SpeakerEntry, ...]  # in reading order
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def talk_count(self) -> int:
        return sum(len(e.talks) for e in self.events)


def tag_key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold().strip()


def _newest_first(event: Event) -> tuple:
    return (event.date is None, -(event.date.toordinal()) if event.date else 0, event.source)


def build_index(events: list[Event], aliases: Aliases | None = None, language: str = "ja") -> SiteIndex:
    """Apply aliases, merge notes about the same event, then decide slugs, URLs and groupings.
    Tags and speakers are listed in reading order for the site's `language` (index/reading_order.py)."""
    diags: list[Diagnostic] = []
    aliases = aliases or Aliases()
    events = merge_events(apply_aliases(events, aliases))
    given = {speaker_key(name): value for name, value in aliases.readings}

    def read(name: str) -> str:
        return reading(given.get(speaker_key(name)) or name)
    for event in events:
        if len(event.sources) > 1:
            diags.append(Diagnostic("info", f"{len(event.sources)} notes about '{event.title}' were merged into "
                                    f"one event: {', '.join(event.sources)}", event.source))
    # slugs are claimed oldest first, so an existing event keeps its URL when newer ones arrive
    oldest_first = sorted(events, key=lambda e: (e.date is None, e.date.toordinal() if e.date else 0, e.source))
    event_slugs = SlugRegistry(reserved_event_slug, "event")
    slug_of: dict[int, str] = {}
    claimed_by: dict[str, str] = {}  # casefolded slug -> the note that got it
    for event in oldest_first:
        wanted = _front_matter_slug(event.slug, event.source, None, diags) or make_slug(event.title, "event")
        slug, clashed = event_slugs.claim(wanted)
        if clashed and event.date and f"{wanted}-{event.date.isoformat()}".casefold() not in event_slugs.taken:
            event_slugs.taken.discard(slug.casefold())
            slug, _ = event_slugs.claim(f"{wanted}-{event.date.isoformat()}")
        if clashed:
            other = claimed_by.get(wanted.casefold())
            by = f" by {other}" if other else ""
            hint = "give one of them another `slug:`" if event.slug else "set `slug:` to choose"
            diags.append(Diagnostic("warning", f"the URL slug '{wanted}' is already used{by}; "
                                    f"this event is published as '{slug}' ({hint})", event.source))
        claimed_by.setdefault(slug.casefold(), event.source)
        claimed_by.setdefault(wanted.casefold(), event.source)
        slug_of[id(event)] = slug

    tag_names: dict[str, Counter] = defaultdict(Counter)
    for event in events:
        for tag in event.tags:
            tag_names[tag_key(tag)][tag] += 1
    tag_slug_of: dict[str, str] = {}
    tag_slugs = SlugRegistry(reserved_list_slug, "tag")
    for key in sorted(tag_names):
        name = tag_names[key].most_common(1)[0][0]
        tag_slug_of[key], _ = tag_slugs.claim(make_slug(name, "tag"))

    speaker_ids, identity = _speaker_identities(events)
    speaker_slug_of: dict[str, str] = {}
    speaker_slugs = SlugRegistry(reserved_list_slug, "speaker")
    for ident in sorted(speaker_ids):
        names, handles, _ = speaker_ids[ident]
        name = names.most_common(1)[0][0]
        fallback = handles.most_common(1)[0][0] if handles else "speaker"
        speaker_slug_of[ident], _ = speaker_slugs.claim(make_slug(name, make_slug(fallback, "speaker")))

    entries: list[EventEntry] = []
    for event in sorted(events, key=_newest_first):
        slug = slug_of[id(event)]
        talk_slugs = SlugRegistry()
        talks = []
        for position, talk in enumerate(event.talks, start=1):
            wanted = (_front_matter_slug(talk.slug, event.source, talk.line, diags)
                      or make_slug(talk.title, f"talk-{position}"))
            tslug, clashed = talk_slugs.claim(wanted)
            if clashed:
                diags.append(Diagnostic("warning", f"two talks in this note share the slug '{wanted}'; "
                                        f"the later one is published as '{tslug}'", event.source, talk.line))
            talks.append(TalkEntry(
                talk=talk, slug=tslug, path=f"events/{slug}/{tslug}/", event_slug=slug, position=position,
                speaker_slugs=tuple(speaker_slug_of[identity(s)] for s in talk.speakers)))
        entries.append(EventEntry(event=event, slug=slug, path=f"events/{slug}/", talks=tuple(talks),
                                  tag_slugs=tuple(dict.fromkeys(tag_slug_of[tag_key(t)] for t in event.tags))))

    events_of_tag: dict[str, list[str]] = defaultdict(list)
    talks_of_speaker: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for entry in entries:
        for tslug in entry.tag_slugs:
            events_of_tag[tslug].append(entry.slug)
        for t in entry.talks:
            for sslug in dict.fromkeys(t.speaker_slugs):
                talks_of_speaker[sslug].append((entry.slug, t.slug))

    tags = []
    for k, s in tag_slug_of.items():
        name = tag_names[k].most_common(1)[0][0]
        tags.append((order(read(name), language), tag_key(name), s, TagEntry(
            name=name, slug=s, path=f"tags/{s}/", event_slugs=tuple(events_of_tag[s]), section=section(read(name)))))
    speakers = []
    for ident, sslug in speaker_slug_of.items():
        names, handles, affiliations = speaker_ids[ident]
        name = names.most_common(1)[0][0]
        speakers.append((order(read(name), language), speaker_key(name), sslug, SpeakerEntry(
            name=name, slug=sslug, path=f"speakers/{sslug}/",
            handle=handles.most_common(1)[0][0] if handles else None,
            affiliation=affiliations.most_common(1)[0][0] if affiliations else None,
            talks=tuple(talks_of_speaker[sslug]), section=section(read(name)))))
    tags = tuple(t[-1] for t in sorted(tags, key=lambda t: t[:-1]))
    speakers = [s[-1] for s in sorted(speakers, key=lambda s: s[:-1])]
    return SiteIndex(events=tuple(entries), tags=tags, speakers=tuple(speakers), diagnostics=tuple(diags))


def _front_matter_slug(value: str | None, source: str, line: int | None, diags: list[Diagnostic]) -> str | None:
    """A `slug:` from front matter, made safe. One that tries to leave its folder is reported."""
    if not value:
        return None
    slug = safe_front_matter_slug(value)
    parts = re.split(r"[\\/]+", value.strip())
    if len(parts) > 1 or value.strip() in (".", "..") or re.match(r"^[A-Za-z]:", value.strip()):
        published = f"it is published as '{slug}'" if slug else "the title is used instead"
        diags.append(Diagnostic("warning", f"`slug: {value}` is not a plain name (a slug cannot hold "
                                f"'/', '\\', '..' or a drive); {published} (use letters, digits and dashes)",
                                source, line))
    return slug


def _speaker_identities(events: list[Event]) -> tuple[dict[str, tuple[Counter, Counter, Counter]], Callable]:
    """One identity per person, across all notes: the same name (normalised) or the same handle.

    Names and handles are joined with a union-find, so `アリス (@alice)`, `Alice Smith` and
    `Alice Smith (@alice)` in three notes are one person. Gives the identities (names,
    handles and affiliations seen) and a function from a Speaker to its identity.
    """
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def nodes(sp) -> list[str]:
        return ["n:" + speaker_key(sp.name)] + (["h:" + sp.handle.casefold()] if sp.handle else [])

    speakers = [sp for event in events for talk in event.talks for sp in talk.speakers]
    for sp in speakers:
        first, *others = nodes(sp)
        for other in others:
            a, b = find(first), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)

    def identity(sp) -> str:
        return find(nodes(sp)[0])

    ids: dict[str, tuple[Counter, Counter, Counter]] = {}
    for sp in speakers:
        names, handles, affiliations = ids.setdefault(identity(sp), (Counter(), Counter(), Counter()))
        names[sp.name] += 1
        if sp.handle:
            handles[sp.handle] += 1
        if sp.affiliation:
            affiliations[sp.affiliation] += 1
    return ids, identity
