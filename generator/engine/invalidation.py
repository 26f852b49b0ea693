"""What a change to the content makes dirty: the one change check of the build engine (build.build).

The commonest change, while someone writes up a meetup in `serve` or edits a note before a deploy,
touches only the text of an event's or its talks' notes. Then slugs, tags, speakers, lists, feeds,
the calendar and the JSON API are all as they were (none of them shows notes), and a page can
differ from the last build's only if it shows a view of an edited event, which each page declares
(Page.deps: the event's own pages, its talks' pages, and list pages carrying its card or its talks).
`edited_events` says when that holds:

- among the content files only notes changed: none was added, removed or renamed, and no image or
  other file changed (a note's local links resolve against them);
- each changed note reads as before but for its notes text (`index_shape`: same title, date, talks,
  speakers, tags, links, aliases), and made an event by itself (not merged with another note's);
- a note that could not be read before and still cannot changes nothing shown.

Then the index is patched (`patch_index`) and the plan given the edited events' new views
(`patch_plan`) when the last plan is at hand (serve keeps it), or planned anew (a build): either
way only `plan.pages_showing(edited)` is rendered. Anything else re-indexes and re-plans; serve,
which keeps the last plan, then renders only the pages whose inputs differ from the last plan's
(`pages_with_new_inputs`). tests/test_serve_rebuild_equals_clean_build.py and
tests/test_build_renders_only_edited_events.py check both against clean builds.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..index.aliases import apply_aliases
from ..core.config import Aliases
from ..index.site_index import EventEntry, SiteIndex
from ..core.model import Event, NormalizedNote
from ..index.published_urls import manual_aliases

if TYPE_CHECKING:
    from .state import NoteEntry
    from ..render.render_site import SitePlan


def index_shape(event: Event) -> Event:
    """The event without what only its pages' notes show: the bodies, and where talks start in the
    note (which moves as text is typed above them), and the evidence of how each field was read
    (its line numbers move the same way; no page shows it)."""
    return replace(event, body="", evidence=(), talks=tuple(replace(t, body="", line=None, evidence=())
                                                            for t in event.talks))


def shown_reading(entry: NoteEntry | None) -> NormalizedNote | None:
    """What the site shows of a note: its reading, or the last good one while it is broken (serve)."""
    if entry is None:
        return None
    return entry.result if isinstance(entry.result, NormalizedNote) else entry.held


def edited_events(index: SiteIndex, before: dict[str, tuple], now: dict[str, tuple], notes: dict[str, NoteEntry],
                  reread: dict[str, NoteEntry | None]) -> frozenset[str] | None:
    """The slugs of the events whose notes text alone changed, or None when the index's shape may have
    changed (see the module's docstring).

    `before` and `now` are the content folder's stamps (relative path -> file_stamp) at the last build
    and now, `notes` every note's entry now, and `reread` each note read anew with its entry before
    (None if it had none). `index` is an index of the notes as they were or as they are: its shape is
    the same either way when this gives a set.
    """
    if before.keys() != now.keys():
        return None  # a file added, removed or renamed
    if any(stamp != before[rel] and rel not in notes for rel, stamp in now.items()):
        return None  # an image or another file changed
    changed: set[str] = set()
    for rel, old in reread.items():
        was, shown = shown_reading(old), shown_reading(notes.get(rel))
        if was is None and shown is None:
            continue  # could not be read before and still cannot: nothing shown changed
        if was is None or shown is None:
            return None
        if index_shape(was.event) != index_shape(shown.event) or manual_aliases([was]) != manual_aliases([shown]):
            return None
        changed.add(rel)
    edited: set[str] = set()
    found: set[str] = set()
    for entry in index.events:
        read_from = entry.event.sources or (entry.event.source,)
        if any(rel in changed for rel in read_from):
            if len(read_from) > 1 or entry.event.notes:
                return None  # merged with another note's event
            edited.add(entry.slug)
            found.update(read_from)
    if found != changed:
        return None  # a changed note that made no event of its own (a draft left out)
    return frozenset(edited)


def patch_index(index: SiteIndex, notes: list[NormalizedNote], aliases: Aliases
                ) -> tuple[SiteIndex, list[tuple[EventEntry, EventEntry]]] | None:
    """`index` with the entries read from `notes` given their new readings: (index, [(old entry, new
    entry)]). Only for notes `edited_events` found changed in notes text alone; None when indexing
    reported something about one of them (its warnings name talks' lines, which the text may have
    moved), so it must be indexed again."""
    by_source = {e.event.source: e for e in index.events}
    swaps: list[tuple[EventEntry, EventEntry]] = []
    for note in notes:
        old = by_source[note.event.source]
        if any(d.path == note.event.source for d in index.diagnostics):
            return None
        event = apply_aliases([note.event], aliases)[0]
        new = replace(old, event=event,
                      talks=tuple(replace(entry, talk=talk) for entry, talk in zip(old.talks, event.talks)))
        swaps.append((old, new))
    swapped = {id(old): new for old, new in swaps}
    return replace(index, events=tuple(swapped.get(id(e), e) for e in index.events)), swaps


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
    reuse = plan.kept.views if plan.kept is not None else None
    if reuse is not None and new.slug in reuse:
        key, _, talks, _ = reuse[new.slug]
        reuse[new.slug] = ((new,) + key[1:], new_view, {k: views.talks[k] for k in talks}, new_notes)

    plan.replace_schema(new)
    shown = plan.pages_showing({new.slug})
    for i in shown:
        page = plan.pages[i].page
        plan.pages[i] = replace(plan.pages[i], page=replace(page, context=page.remake()))
    return shown


def pages_with_new_inputs(last: SitePlan, plan: SitePlan) -> list[int]:
    """Indexes into `plan.pages` of the pages whose inputs (SitePlan.page_inputs) differ from those of
    the page `last` wrote to the same file, or that `last` did not have. Compared by equality, never by
    hash, so a page is never wrongly kept; events whose views were kept compare by identity."""
    before = {planned.out: planned for planned in last.pages}
    dirty = []
    for i, planned in enumerate(plan.pages):
        old = before.get(planned.out)
        if old is None or last.page_inputs(old) != plan.page_inputs(planned):
            dirty.append(i)
    return dirty
