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
# A slug's length in a URL, percent-encoded: an ASCII character counts 1, a Japanese one 9 (three
# bytes as %XX). 150 keeps about 16 Japanese characters (or 80 ASCII ones, MAX_LENGTH), so a talk's
# URL stays near 330 characters at most, where unbounded Japanese titles made 500 and more.
MAX_ENCODED = 150


@lru_cache(maxsize=65536)  # the same titles, tags and names are slugged on every build and serve rebuild
def make_slug(text: str, fallback: str = "item") -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"(?<=\w)['’`](?=\w)", "", text)  # what's -> whats
    slug = _slugify(text, allow_unicode=True, max_length=MAX_LENGTH, word_boundary=True, save_order=True)
    slug = re.sub(r"[^\w\-]+", "-", slug).strip("-_")  # keep only word characters and dashes
    return bounded(slug) or fallback


def _encoded_length(text: str) -> int:
    return sum(1 if ord(c) < 128 else 3 * len(c.encode("utf-8")) for c in text)


def _script(char: str) -> str:
    if "\u3040" <= char <= "\u309f":
        return "hiragana"
    if "\u30a0" <= char <= "\u30ff" or char == "\u30fc":
        return "katakana"
    if char.isascii():
        return "ascii"
    return "kanji" if "\u3400" <= char <= "\u9fff" else "other"


def bounded(slug: str, limit: int = MAX_ENCODED) -> str:
    """`slug` cut to `limit` percent-encoded characters at a word boundary: a dash, else where hiragana
    (a particle) meets another script (`課題と|解決策`), else any change of script, else a character.

    A boundary is used only when it keeps at least half the limit. Depends on the slug alone, so it
    is as stable as the title.
    """
    if _encoded_length(slug) <= limit:
        return slug
    fits = 0  # how many characters fit
    used = 0
    for char in slug:
        used += _encoded_length(char)
        if used > limit:
            break
        fits += 1
    floor = limit // 2
    dash = particle = script = 0
    used = 0
    for i in range(1, fits + 1):
        used += _encoded_length(slug[i - 1])
        if used < floor or i == len(slug):
            continue
        after = slug[i] if i < len(slug) else "-"
        before_kind, after_kind = _script(slug[i - 1]), _script(after)
        if after == "-":
            dash = i
        elif before_kind == "hiragana" and after_kind != "hiragana":
            particle = i
        elif before_kind != after_kind:
            script = i
    cut = dash or particle or script or fits
    return slug[:cut].strip("-_")


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
