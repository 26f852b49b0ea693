"""Who wrote the notes a page is built from: each note's own title, its author and where it is published.

Every talk and event page credits its notes by these, never by a file name. Read from the note as
written (before the normalizer turns the post's title into the event's name): the front matter's
`title`, else the note's first `#` heading (or, for plain text, its first line); the front matter's
`author` (Hugo, Jekyll and Hatena spellings); and `source_url`, the address the note gives for itself.
The site's configured author stands in for a note that names none (render/views.py).
"""
from __future__ import annotations

import posixpath
import re
from typing import Any, Mapping

from ..core.model import Credit, Event, Note

MAX_TITLE = 200
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$")
_PLAIN_SUFFIXES = (".txt", ".text")


def _value(mapping: Mapping, *names: str) -> Any:
    for key, value in mapping.items():
        if isinstance(key, str) and key.casefold() in names and value not in (None, "", [], {}):
            return value
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, Mapping):  # Jekyll's `author: {name: ..., url: ...}`, Qiita's `user: {name, id}`
        value = _value(value, "name", "id")
    if value is None or isinstance(value, (bool, list, tuple, Mapping)):
        return None
    text = " ".join(str(value).split())
    return text[:MAX_TITLE] or None


def note_author(front_matter: Mapping) -> str | None:
    value = _value(front_matter, "author", "authors", "creator", "user")
    names = value if isinstance(value, list) else [value]
    found = [n for n in (_text(v) for v in names) if n]
    return ", ".join(dict.fromkeys(found)) or None


def note_title(note: Note, fallback: str) -> str:
    """The note's own title: front matter, else its first heading or first line, else `fallback`."""
    title = _text(_value(note.front_matter, "title")) if isinstance(note.front_matter, Mapping) else None
    if title:
        return title
    plain = posixpath.splitext(note.path)[1].lower() in _PLAIN_SUFFIXES
    for line in note.body.splitlines()[:40]:
        line = line.strip()
        if not line:
            continue
        heading = _HEADING.match(line)
        if heading:
            return " ".join(heading.group(1).split())[:MAX_TITLE]
        if plain and not line.startswith(("<", "{", "---", "+++")):
            return " ".join(line.lstrip("#*■●◆ ").split())[:MAX_TITLE] or fallback
        if not plain:
            break
    return fallback


def note_credit(note: Note, event: Event) -> Credit:
    fm = note.front_matter if isinstance(note.front_matter, Mapping) else {}
    return Credit(source=note.path, title=note_title(note, event.title), author=note_author(fm),
                  url=event.source_url)
