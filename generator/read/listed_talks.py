"""Sections a note's front matter does not list: reported, never dropped silently.

When front matter lists the talks (`talks:`, `sessions:`, `schedule:`...), that list is the list of
talks; a body section gives a listed talk its notes when it has the talk's title (or its position,
when the counts match). A section read as a talk that matches none would otherwise vanish (in a
canonical note) or end up among the event's notes, and a speaker with it. This finds each such
section by reading the note once more without its list, so it names exactly what the normalizer
would have read as a talk, with its line.
"""
from __future__ import annotations

from dataclasses import replace

from ..core.model import Diagnostic, Note, NormalizedNote
from ..normalize.fields import TALK_LIST_KEYS


def unlisted_sections(note: Note, result: NormalizedNote) -> tuple[Diagnostic, ...]:
    """A warning for each body section that reads as a talk but matches no talk the front matter lists."""
    listing = {k for k, v in note.front_matter.items() if str(k).lower() in TALK_LIST_KEYS and isinstance(v, list)}
    if not listing:
        return ()
    from ..normalize import normalize

    canonical = any(str(k).lower() == "canonical" and v is True for k, v in note.front_matter.items())
    unlisted = replace(note, front_matter={k: v for k, v in note.front_matter.items()
                                           if k not in listing and str(k).lower() != "canonical"})
    kept = {t.line for t in result.event.talks if t.line}  # a listed talk takes the line of its section
    where = "so its text is left out" if canonical else "so it is shown with the event's notes, not as a talk"
    key = sorted(listing, key=str)[0]
    return tuple(
        Diagnostic("warning", f"the section '{t.title}' reads as a talk, but the front matter's `{key}:` list "
                   f"does not name it, {where} (add it to `{key}:`, or give the heading a listed talk's title)",
                   note.path, t.line)
        for t in normalize(unlisted).event.talks if t.line and t.line not in kept)
