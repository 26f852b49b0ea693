"""Front matter in every common spelling, read as one canonical set of fields.

Keys are compared case-insensitively (`title`/`Title`, `Category`); Qiita's
`tags: [{name: ...}]` and comma strings are lists; `URL:` is where the note
itself lives. The canonical correction form is an `event:` mapping and a
`talks:` list (see README, "Correcting a note").
"""
from __future__ import annotations

from typing import Any, Mapping

TITLE_KEYS = ("title", "name", "event_name")
DATE_KEYS = ("event_date", "held_on", "held")
PUBLISHED_KEYS = ("date", "published", "publishdate", "pubdate", "created", "created_at", "posted")
TAG_KEYS = ("tags", "tag", "categories", "category", "keywords", "topics")
SOURCE_URL_KEYS = ("url", "permalink", "source_url", "canonical", "canonical_url")
EVENT_URL_KEYS = ("event_url", "event_page", "eventpage", "connpass", "event_link", "event_site")
VENUE_KEYS = ("venue", "place", "location", "会場", "場所")
HASHTAG_KEYS = ("hashtags", "hashtag")


def lower_keys(data: Mapping[str, Any] | None) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        return {}
    out: dict[str, Any] = {}
    for key, value in data.items():
        out.setdefault(str(key).strip().lower().replace("-", "_"), value)
    return out


def first(data: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = data.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def text_value(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, tuple, bool)):
        return None
    text = str(value).strip()
    return text or None


def string_list(value: Any) -> list[str]:
    """Tags in any spelling: a list, a comma/space string, Qiita's [{name: ...}]."""
    if value is None:
        return []
    if isinstance(value, str):
        parts = value.split(",") if "," in value else value.split()
        return [p.strip().lstrip("#") for p in parts if p.strip().lstrip("#")]
    items: list[str] = []
    if isinstance(value, Mapping):
        value = [value]
    if isinstance(value, (list, tuple)):
        for item in value:
            if isinstance(item, Mapping):
                name = lower_keys(item).get("name")
                if name not in (None, ""):
                    items.append(str(name).strip())
            elif item not in (None, "") and not isinstance(item, (list, tuple)):
                items.append(str(item).strip().lstrip("#"))
    return [i for i in items if i]


def unique(items, key=lambda s: s.casefold()) -> tuple[str, ...]:
    seen, out = set(), []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return tuple(out)
