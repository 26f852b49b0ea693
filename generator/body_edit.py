"""serve's fast path for the commonest save: only the text of an event's or its talks' notes changed.

While someone writes up a meetup in `serve`, almost every save changes the Markdown under a
heading and nothing else. Then slugs, tags, speakers, lists, feeds, the calendar and the JSON API
are all as they were: none of them shows notes. Only the pages holding that event's views (its
own page, its talks' pages, and list pages whose cards carry the views) can change, so the
Rebuilder swaps the event's entry in the index, makes the contexts of the pages that declare they
show the event (Page.deps) again from its new views, and renders only them: a few dozen milliseconds on a 1,000-note site instead of re-planning 7,000 pages.

Anything else (a title, a speaker, a date, a talk added, a merged event, a note with index
warnings) returns None here and the Rebuilder does its ordinary rebuild. tests/test_serve_rebuild_equals_clean_build.py
checks both paths against a clean build of the same content.
"""
from __future__ import annotations

from dataclasses import replace

from .aliases import apply_aliases
from .config import Aliases
from .index import EventEntry, SiteIndex
from .model import Event
from .render import SitePlan


def index_shape(event: Event) -> Event:
    """The event without what only its pages' notes show: the bodies, and where talks start in the
    note (which moves as text is typed above them), and the evidence of how each field was read
    (its line numbers move the same way; no page shows it)."""
    return replace(event, body="", evidence=(), talks=tuple(replace(t, body="", line=None, evidence=())
                                                            for t in event.talks))


def patch_index(index: SiteIndex, source: str, event: Event, aliases: Aliases
                ) -> tuple[SiteIndex, EventEntry, EventEntry] | None:
    """`index` with the entry read from `source` given `event`'s notes: (index, old entry, new entry).

    None unless the new reading differs from the old one in notes text only, the event was made
    from this note alone (not merged) and indexing reported nothing about the note (its warnings
    name talks' lines, which the text may have moved).
    """
    old = next((e for e in index.events if e.event.source == source), None)
    if old is None or len(old.event.sources) > 1 or old.event.notes:
        return None
    if any(d.path == source for d in index.diagnostics):
        return None
    event = apply_aliases([event], aliases)[0]
    if index_shape(event) != index_shape(old.event):
        return None
    new = replace(old, event=event, talks=tuple(replace(entry, talk=talk) for entry, talk in zip(old.talks, event.talks)))
    return replace(index, events=tuple(new if e is old else e for e in index.events)), old, new


def patch_plan(plan: SitePlan, index: SiteIndex, old: EventEntry, new: EventEntry) -> list[int]:
    """Give `plan` the new entry's views: the indexes of the pages that show them (those whose
    `deps` name the event), each with its context made again from the new views.

    The views' old note HTML objects are released and replaced where they stood, so the plan's
    notes stay in index order (the order their warnings are reported in).
    """
    views = plan.views
    old_notes = views.event_notes[old.slug]
    first = len(views.notes)
    new_view = views._event(new)
    new_notes = views.notes[first:]
    del views.notes[first:]
    if old_notes:
        at = next(i for i, lazy in enumerate(views.notes) if lazy is old_notes[0])
        views.notes[at:at + len(old_notes)] = new_notes
    else:
        views.notes.extend(new_notes)
    for lazy in old_notes:
        lazy.release()
    views.events[new.slug] = new_view
    views.event_notes[new.slug] = new_notes
    views.index = plan.index = index
    reuse = plan.cache.views if plan.cache is not None else None
    if reuse is not None and new.slug in reuse:
        key, _, talks, _ = reuse[new.slug]
        reuse[new.slug] = ((new,) + key[1:], new_view, {k: views.talks[k] for k in talks}, new_notes)

    plan.replace_schema(new)
    shown = plan.pages_showing({new.slug})
    for i in shown:
        page = plan.pages[i].page
        plan.pages[i] = replace(plan.pages[i], page=replace(page, context=page.remake()))
    return shown
