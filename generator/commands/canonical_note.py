"""The canonical form of a note: everything extracted, written down as front matter.

`talkarchive import` writes it, so that a note read once by guessing is kept
in a form that reads back to the same record, and a person can correct any
field by editing it.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from ..core.errors import GeneratorError
from ..core.model import Event, Speaker
from ..normalize.people import parse_people
from ..index.slugs import make_slug


def _speaker(sp: Speaker):
    if not sp.handle and not sp.affiliation and parse_people(sp.name) == (sp,):
        return sp.name
    out = {"name": sp.name}
    if sp.handle:
        out["handle"] = sp.handle
    if sp.affiliation:
        out["affiliation"] = sp.affiliation
    return out


def front_matter(event: Event) -> dict:
    data: dict = {"canonical": True, "title": event.title}
    if event.date:
        data["event_date"] = event.date
    if event.published and event.published != event.date:
        data["date"] = event.published
    author = next((c.author for c in event.credits if c.author), None)  # the note's own, kept for its credit
    for key, value in (("venue", event.venue), ("event_url", event.url), ("url", event.source_url),
                       ("author", author)):
        if value:
            data[key] = value
    if event.hashtags:
        data["hashtags"] = list(event.hashtags)
    if event.tags:
        data["tags"] = list(event.tags)
    if event.slug:
        data["slug"] = event.slug
    talks = []
    for talk in event.talks:
        entry: dict = {"title": talk.title, "speakers": [_speaker(s) for s in talk.speakers]}
        for key in ("slides", "video", "room"):
            if getattr(talk, key):
                entry[key] = getattr(talk, key)
        entry["kind"] = talk.kind
        if talk.slug:
            entry["slug"] = talk.slug
        talks.append(entry)
    data["talks"] = talks
    return data


def to_canonical(event: Event) -> str:
    head = yaml.safe_dump(front_matter(event), allow_unicode=True, sort_keys=False, width=1000)
    parts = [f"---\n{head}---\n"]
    if event.body.strip():
        parts.append(event.body.strip() + "\n")
    for talk in event.talks:
        parts.append(f"## {talk.title}\n\n{talk.body.strip()}\n" if talk.body.strip() else f"## {talk.title}\n")
    return "\n".join(parts)


def canonical_file_name(event: Event) -> str:
    stem = make_slug(event.title, "note")
    return f"{event.date.isoformat()}-{stem}.md" if event.date else f"{stem}.md"


def already_there(source: Path, event: Event, into: Path) -> tuple[Path, str] | None:
    """A note in `into` that is the note at `source` already, and why: the file itself, the same bytes as
    the note or as its canonical form, or the same `source_url` (where the note is published)."""
    from ..normalize.fields import SOURCE_URL_KEYS
    from ..read.sources import iter_note_files, split_front_matter

    if not into.is_dir():
        return None
    if into.resolve() in source.resolve().parents:
        return source, "it is in that folder"
    try:
        original = source.read_bytes()
    except OSError:
        original = None
    canonical = to_canonical(event).encode("utf-8")
    for path, _ in iter_note_files(into):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if data in (original, canonical):
            return path, "the same text"
        if event.source_url:
            try:
                front, _, _ = split_front_matter(data.decode("utf-8-sig"), str(path))
            except (ValueError, GeneratorError):  # not UTF-8, or front matter that does not parse
                continue
            urls = {str(v).strip() for k, v in front.items() if str(k).lower() in SOURCE_URL_KEYS and isinstance(v, str)}
            if event.source_url in urls:
                return path, f"the same source_url, {event.source_url}"
    return None


def write_canonical(event: Event, into: Path, force: bool = False) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    name = canonical_file_name(event)
    target = into / name
    n = 2
    while target.exists() and not force:
        target = into / f"{Path(name).stem}-{n}.md"
        n += 1
    target.write_text(to_canonical(event), encoding="utf-8")
    return target
