"""Which pages a build must render when only notes text changed since the last build.

serve renders only an edited event's pages (body_edit.py); a plain `talkarchive build` after the same
edit (a deploy job with its cache restored, or a build run by hand) rendered every page: 4-5 s at
1,000 notes for one changed paragraph. A build keeps the last build's file of every page that does
not show an edited event, when all of this holds:

- the last build is valid (same generator, config and theme) and its output is still intact, so
  its files are there to keep (the build updates the output in place);
- among the content files only notes changed: none was added, removed or renamed, and no image or
  other file changed (a note's local links resolve against them);
- each changed note reads as before but for its notes text (body_edit.index_shape: same title, date,
  talks, speakers, tags, links), and made an event by itself (not merged with another note's).

Then slugs, lists, tags and speakers are what they were, and a page can differ from the last build's
only if it shows a view of an edited event, which each page declares (Page.deps: the event's own
pages, its talks' pages, and list pages carrying its card or its talks). Those are rendered; so is any page the
last build did not write. The notes' warnings and images of every event not edited are the last
build's (LastBuild.reports), even when a rendered list page shows some of its notes: only the last
build rendered them all. A note that could not be read last time and was not touched since does not
count as changed. tests/test_build_renders_only_edited_events.py checks output and problems against clean builds.
"""
from __future__ import annotations

from dataclasses import dataclass

from .body_edit import index_shape
from .cache import LastBuild, NoteEntry
from .model import NormalizedNote
from .render import SitePlan


@dataclass(frozen=True)
class Reuse:
    render: tuple[int, ...]  # indexes into plan.pages of the pages to render; the others are kept
    edited: frozenset[str]  # slugs of the events whose notes changed
    reports: dict  # the last build's: event slug -> its notes' (warnings, images), for the events not rendered


def pages_to_render(plan: SitePlan, last: LastBuild | None, sources: tuple, notes: dict[str, NoteEntry],
                    reread: dict[str, NoteEntry | None]) -> Reuse | None:
    """The pages to render (see the module's docstring), or None when every page must be.

    `sources` is the content folder's snapshot now, `notes` every readable note's entry now, and
    `reread` each note normalized anew with its entry from the last build (None if it had none).
    """
    if last is None:
        return None
    before, now = dict(last.sources), dict(sources)
    if before.keys() != now.keys():
        return None  # a file added, removed or renamed
    if any(stamp != before[rel] and rel not in notes for rel, stamp in now.items()):
        return None  # an image or another file changed, or a note that cannot be read
    # a note that could not be read last time either, and was not touched since, changes nothing
    reread = {rel: old for rel, old in reread.items()
              if not (old is None and rel not in notes and before[rel] == now[rel])}
    for rel, old in reread.items():
        new = notes.get(rel)
        if old is None or new is None or not isinstance(old.result, NormalizedNote) \
                or not isinstance(new.result, NormalizedNote):
            return None
        if index_shape(old.result.event) != index_shape(new.result.event):
            return None
    edited: set[str] = set()
    found: set[str] = set()
    for entry in plan.index.events:
        read_from = entry.event.sources or (entry.event.source,)
        if any(rel in reread for rel in read_from):
            if len(read_from) > 1 or entry.event.notes:
                return None  # merged with another note's event
            edited.add(entry.slug)
            found.update(read_from)
    if found != reread.keys():
        return None  # a changed note that made no event of its own
    shown = set(plan.pages_showing(edited))
    render = tuple(i for i, planned in enumerate(plan.pages) if planned.out not in last.output or i in shown)
    return Reuse(render, frozenset(edited), last.reports)
