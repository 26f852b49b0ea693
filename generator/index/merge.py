"""Notes about the same event become one event; a talk reported twice becomes one talk.

Two notes are about the same event when they give the same event URL, or the
same event name on the same date. Talks are the same when their titles are the
same after NFKC, case folding and removing spaces. The merged talk keeps every
note about it, each credited to its source.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ..core.model import Event, SourceNote, Speaker, Talk
from ..normalize.people import speaker_key


def canon(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"\s+", "", text).rstrip(".。!?！？")


def _url_key(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip()).rstrip("/").casefold()


def event_keys(event: Event) -> list[str]:
    keys = []
    if event.url:
        keys.append("url:" + _url_key(event.url))
    if event.date and event.title:
        keys.append(f"name:{canon(event.title)}@{event.date.isoformat()}")
    return keys


def group_events(events: list[Event]) -> list[list[Event]]:
    """Groups of events that are the same event, in the order their first member was given."""
    parent = list(range(len(events)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, event in enumerate(events):
        for key in event_keys(event):
            if key in owner:
                a, b = find(i), find(owner[key])
                parent[max(a, b)] = min(a, b)
            else:
                owner[key] = i
    groups: dict[int, list[Event]] = {}
    for i, event in enumerate(events):
        groups.setdefault(find(i), []).append(event)
    return list(groups.values())


def _merge_speakers(*lists: tuple[Speaker, ...]) -> tuple[Speaker, ...]:
    seen: dict[str, Speaker] = {}
    for speakers in lists:
        for sp in speakers:
            key = speaker_key(sp.name)
            if key not in seen:
                seen[key] = sp
            elif not seen[key].handle and sp.handle or not seen[key].affiliation and sp.affiliation:
                old = seen[key]
                seen[key] = Speaker(old.name, old.handle or sp.handle, old.affiliation or sp.affiliation)
    return tuple(seen.values())


def _talk_notes(talk: Talk, event: Event) -> tuple[SourceNote, ...]:
    return talk.notes or (SourceNote(event.source, event.source_url, talk.body, talk.line),)


def merge_group(group: list[Event]) -> Event:
    if len(group) == 1:
        return group[0]
    group = sorted(group, key=lambda e: e.source)
    first = group[0]
    talks: dict[str, Talk] = {}
    for event in group:
        for talk in event.talks:
            key = canon(talk.title)
            notes = _talk_notes(talk, event)
            if key not in talks:
                talks[key] = replace(talk, notes=notes)
                continue
            kept = talks[key]
            talks[key] = replace(
                kept, speakers=_merge_speakers(kept.speakers, talk.speakers),
                slides=kept.slides or talk.slides, video=kept.video or talk.video, room=kept.room or talk.room,
                kind=kept.kind if kept.kind != "talk" else talk.kind, notes=kept.notes + notes,
                tags=tuple(dict.fromkeys(kept.tags + talk.tags)))

    def pick(attr):
        return next((getattr(e, attr) for e in group if getattr(e, attr)), None)

    def union(attr):
        seen: dict[str, str] = {}
        for e in group:
            for item in getattr(e, attr):
                seen.setdefault(item.casefold(), item)
        return tuple(seen.values())

    return Event(
        source=first.source, title=first.title, date=pick("date"), venue=pick("venue"), url=pick("url"),
        source_url=first.source_url, hashtags=union("hashtags"), tags=union("tags"), talks=tuple(talks.values()),
        body=first.body, slug=pick("slug"), published=pick("published"),
        notes=tuple(SourceNote(e.source, e.source_url, e.body) for e in group if e.body.strip()),
        sources=tuple(e.source for e in group), draft=all(e.draft for e in group),
        credits=tuple(c for e in group for c in e.credits))


def merge_events(events: list[Event]) -> list[Event]:
    return [merge_group(g) for g in group_events(events)]
