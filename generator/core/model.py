"""The data that flows between stages: frozen dataclasses, never a shared dict.

read      -> Note
normalize -> Event (with Talks) + Diagnostics
index     -> SiteIndex (see index/site_index.py)
"""
from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field, fields
from typing import Any, Mapping

TALK_KINDS = ("talk", "lightning", "keynote", "panel", "discussion")


def quick_pickle(cls):
    """Give a frozen, slotted dataclass a quicker way to pickle: its fields as one tuple, read by
    attrgetter and set through the slots' own descriptors.

    dataclasses' own __getstate__/__setstate__ for such classes look up fields() and call
    object.__setattr__ for every field of every object. Notes travel pickled from the read workers
    and live pickled in the cache, some 200 objects a note: a third less time both ways.
    Apply it above @dataclass (slots=True makes a new class).
    """
    names = tuple(f.name for f in fields(cls))
    setters = tuple(cls.__dict__[name].__set__ for name in names)
    get = operator.attrgetter(*names)

    if len(names) == 1:
        def __getstate__(self):
            return (get(self),)
    else:
        def __getstate__(self):
            return get(self)

    def __setstate__(self, state):
        for set_field, value in zip(setters, state):
            set_field(self, value)

    cls.__getstate__, cls.__setstate__ = __getstate__, __setstate__
    return cls


@quick_pickle
@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A warning or error about the input, located as precisely as we can."""

    level: str  # "warning" | "error"
    message: str
    path: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.level}: {self.message}"


@quick_pickle
@dataclass(frozen=True, slots=True)
class Note:
    """One content file, decoded, with its front matter split off."""

    path: str  # as given or relative to the content folder, POSIX separators
    text: str  # the whole decoded text, line ends normalised to \n
    front_matter: Mapping[str, Any] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1  # 1-based line number of the body's first line in the file
    encoding: str = "utf-8"


@quick_pickle
@dataclass(frozen=True, slots=True)
class SourceNote:
    """Notes about one talk or event from one note, credited to where they came from."""

    source: str  # the note's path
    source_url: str | None
    body: str  # Markdown
    line: int | None = None


@quick_pickle
@dataclass(frozen=True, slots=True)
class Credit:
    """Who wrote a note and where it is published: what a page built from it credits (read/credits.py)."""

    source: str  # the note's path: which talks and events it gave
    title: str  # the note's own title (a blog post's, not the event's name)
    author: str | None = None
    url: str | None = None  # where the note is published (its source_url)


@quick_pickle
@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    handle: str | None = None
    affiliation: str | None = None

    def to_json(self) -> dict:
        out = {"name": self.name, "handle": self.handle, "affiliation": self.affiliation}
        if self.handle and self.name == self.handle:
            out["display"] = "@" + self.handle  # (a person known only by their handle is called by it, `@kita_rs`)
        return out


@quick_pickle
@dataclass(frozen=True, slots=True)
class Clue:
    """Where one field of an event or talk was read: the reading that gave it, its source line, and
    how sure that reading is ("high": written outright, e.g. front matter or a labelled line;
    "medium": read from a shape that usually means it; "low": a guess a person should look at)."""

    field: str
    reading: str
    line: int | None = None
    confidence: str = "high"

    def to_json(self) -> dict:
        return {"reading": self.reading, "line": self.line, "confidence": self.confidence}


def evidence_json(clues: tuple[Clue, ...]) -> dict:
    """The `evidence` object of `inspect --json`: each field's clue (the last one said wins)."""
    return {c.field: c.to_json() for c in clues}


@quick_pickle
@dataclass(frozen=True, slots=True)
class Talk:
    title: str
    speakers: tuple[Speaker, ...] = ()
    slides: str | None = None
    video: str | None = None
    room: str | None = None
    kind: str = "talk"
    body: str = ""  # Markdown: the notes taken during the talk
    line: int | None = None  # where the talk starts in its note
    slug: str | None = None  # set by the note's front matter, else derived in index
    tags: tuple[str, ...] = ()
    notes: tuple[SourceNote, ...] = ()  # set when notes from several sources were merged
    evidence: tuple[Clue, ...] = ()  # where each field was read (normalize), for inspect and check

    def to_json(self) -> dict:
        return {
            "title": self.title,
            "speakers": [s.to_json() for s in self.speakers],
            "slides": self.slides,
            "video": self.video,
            "room": self.room,
            "kind": self.kind,
        }


@quick_pickle
@dataclass(frozen=True, slots=True)
class Event:
    source: str
    title: str
    date: dt.date | None = None
    venue: str | None = None
    url: str | None = None  # the event's own page
    source_url: str | None = None  # where the note itself is published
    hashtags: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    talks: tuple[Talk, ...] = ()
    body: str = ""  # Markdown: the event's own notes (intro, summary, impressions)
    slug: str | None = None
    published: dt.date | None = None  # the note's publication date, when given apart
    notes: tuple[SourceNote, ...] = ()  # set when several notes about this event were merged
    sources: tuple[str, ...] = ()  # every note this event was read from, when merged
    evidence: tuple[Clue, ...] = ()  # where each field was read (normalize), for inspect and check
    draft: bool = False  # the note says it is not ready (sources.is_draft): left out unless drafts are shown
    credits: tuple[Credit, ...] = ()  # each note's title, author and address (read/credits.py); not in to_json

    def to_json(self) -> dict:
        """The record `inspect --json` prints and /api/events.json carries."""
        return {
            "source": self.source,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "venue": self.venue,
            "url": self.url,
            "source_url": self.source_url,
            "hashtags": list(self.hashtags),
            "tags": list(self.tags),
            "talks": [t.to_json() for t in self.talks],
        }


@quick_pickle
@dataclass(frozen=True, slots=True)
class NormalizedNote:
    """What the normalize stage gives for one note."""

    note: Note
    event: Event
    diagnostics: tuple[Diagnostic, ...] = ()
