"""Notes written inline in a test, read as a file of that name would be."""
from __future__ import annotations

import textwrap

from generator.normalize import normalize
from generator.read.sources import parse_note


def event_of(text: str, name: str = "note.md"):
    return normalize(parse_note(textwrap.dedent(text).lstrip("\n").encode("utf-8"), name)).event


def talks_of(text: str, name: str = "note.md"):
    """(title, speaker names, kind) of each talk."""
    return [(t.title, [s.name for s in t.speakers], t.kind) for t in event_of(text, name).talks]
