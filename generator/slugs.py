"""Readable, stable, unique slugs.

Japanese stays Japanese (as Hugo does): never the pinyin-like strings plain
transliteration gives. A `slug:` in front matter wins. Collisions get `-2`,
`-3`... in a stable order (the caller sorts), and the caller reports them.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable

from slugify import slugify as _slugify

MAX_LENGTH = 80


@lru_cache(maxsize=65536)  # the same titles, tags and names are slugged on every build and serve rebuild
def make_slug(text: str, fallback: str = "item") -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"(?<=\w)['’`](?=\w)", "", text)  # what's -> whats
    slug = _slugify(text, allow_unicode=True, max_length=MAX_LENGTH, word_boundary=True, save_order=True)
    slug = re.sub(r"[^\w\-]+", "-", slug).strip("-_")  # keep only word characters and dashes
    return slug or fallback


def safe_front_matter_slug(value: str) -> str | None:
    """A user-given slug, made safe: no separators, dots or path escapes; None when nothing is left."""
    parts = re.split(r"[\\/]+", value.strip())
    slug = make_slug(" ".join(p for p in parts if p not in ("", ".", "..")), fallback="")
    return slug or None


class SlugRegistry:
    """Hands out unique slugs within one namespace (events, talks of an event, tags...)."""

    def __init__(self, reserved: Callable[[str], bool] | None = None, kind: str = "") -> None:
        self.taken: set[str] = set()
        self.reserved = reserved
        self.kind = kind

    def claim(self, wanted: str) -> tuple[str, bool]:
        """(slug, whether a suffix had to be added because another claimed it first).

        A slug the site needs for its own pages (a year, `page`) gets the kind added: `2019-event`.
        """
        if self.reserved and self.reserved(wanted.casefold()):
            wanted = f"{wanted}-{self.kind or 'item'}"
        slug, n = wanted, 1
        while slug.casefold() in self.taken:
            n += 1
            slug = f"{wanted}-{n}"
        self.taken.add(slug.casefold())
        return slug, n > 1


def reserved_list_slug(slug: str) -> bool:
    """Slugs that list pages use below them: `page` (pagination)."""
    return slug == "page"


def reserved_event_slug(slug: str) -> bool:
    """Below /events/ the site has year pages (`2019`) and pagination (`page`)."""
    return slug == "page" or (len(slug) == 4 and slug.isdigit())
