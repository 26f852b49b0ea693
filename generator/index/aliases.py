"""Speaker and tag aliases from site.yml, applied before events are merged and indexed."""
from __future__ import annotations

import unicodedata
from dataclasses import replace

from ..core.config import Aliases
from ..core.model import Event, Speaker
from ..normalize.people import speaker_key


def _tag_key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold().strip()


def apply_aliases(events: list[Event], aliases: Aliases) -> list[Event]:
    if not aliases.speakers and not aliases.tags:
        return events
    tag_names = {_tag_key(alias): name for name, others in aliases.tags for alias in (name, *others)}
    person = {speaker_key(alias): name for name, others in aliases.speakers for alias in (name, *others)}

    def fix_speaker(sp: Speaker) -> Speaker:
        name = person.get(speaker_key(sp.name)) or (person.get(speaker_key(sp.handle)) if sp.handle else None)
        return replace(sp, name=name) if name else sp

    def fix_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(tag_names.get(_tag_key(t), t) for t in tags))

    out = []
    for event in events:
        talks = tuple(replace(t, speakers=tuple(fix_speaker(s) for s in t.speakers), tags=fix_tags(t.tags))
                      for t in event.talks)
        out.append(replace(event, talks=talks, tags=fix_tags(event.tags)))
    return out
