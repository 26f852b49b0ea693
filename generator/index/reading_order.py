"""Reading order for the speaker and tag indexes, as a Japanese reader looks names up.

A name is sorted by its reading in hiragana (堀家 → ほりけ, so 岡田 (おかだ) comes first, as in a
dictionary, not in code-point order), Latin names A-Z, and each index is split into sections headed
by the kana rows あ か さ た な は ま や ら わ and the letters A-Z. Readings come from pykakasi's
dictionary, which guesses: a `reading:` in the site's aliases (`堀家 隆宏: {reading: ほりや たかひろ}`)
wins. pykakasi takes 0.4 s to load its dictionary, so it is loaded only for a name with kanji not
read before: each string is read once per process (`serve` sorts the indexes on every rebuild), and
the build cache keeps the readings between builds (a large build loads the dictionary while its
workers read the notes).
"""
from __future__ import annotations

import re
import unicodedata

ROWS = {
    "あ": "ぁあぃいぅうぇえぉおゔ", "か": "かがきぎくぐけげこごゕゖ", "さ": "さざしじすずせぜそぞ",
    "た": "ただちぢっつづてでとど", "な": "なにぬねの", "は": "はばぱひびぴふぶぷへべぺほぼぽ",
    "ま": "まみむめも", "や": "ゃやゅゆょよ", "ら": "らりるれろ", "わ": "ゎわゐゑをん",
}
_ROW_OF = {kana: row for row, members in ROWS.items() for kana in members}
_ROW_ORDER = {row: i for i, row in enumerate(ROWS)}
OTHER = "#"  # the section of names that start with neither kana nor a Latin letter
_NEEDS_DICTIONARY = re.compile(r"[\u3005\u3006\u3400-\u9fff\uf900-\ufaff]")  # kanji, 々, 〆
_KATAKANA = re.compile(r"[\u30a1-\u30f6]")
_SPACES = re.compile(r"\s+")
_converter = None


def warm_up() -> None:
    """Load the dictionary now (a build does it while its workers read notes)."""
    _kakasi()


def _kakasi():
    global _converter
    if _converter is None:
        import pykakasi

        _converter = pykakasi.kakasi()
    return _converter


_known: dict[str, str] = {}  # text -> its reading: each string is read once per process


def known() -> dict[str, str]:
    """Every reading made (or seeded) so far: the build cache keeps them, so a later build loads the
    dictionary only for a name it has not seen."""
    return _known


def seed(readings: dict[str, str]) -> None:
    for text, read in readings.items():
        _known.setdefault(text, read)


def reading(text: str) -> str:
    """`text` as it is sorted: hiragana for Japanese (katakana and kanji read as hiragana), Latin
    letters case-folded, without spaces."""
    read = _known.get(text)
    if read is None:
        plain = unicodedata.normalize("NFKC", text).strip()
        if _NEEDS_DICTIONARY.search(plain):
            plain = "".join(part["hira"] for part in _kakasi().convert(plain))
        plain = _KATAKANA.sub(lambda m: chr(ord(m.group()) - 0x60), plain)
        read = _known[text] = _SPACES.sub("", plain).casefold()
    return read


def section(read: str) -> str:
    """The index section a reading belongs to: a kana row (`あ`...`わ`), a letter (`A`...`Z`) or OTHER."""
    first = read[:1]
    if first in _ROW_OF:
        return _ROW_OF[first]
    if first.isascii() and first.isalpha():
        return first.upper()
    return OTHER


def order(read: str, language: str) -> tuple:
    """Sort key: kana rows then A-Z on a Japanese site (A-Z first on an English one), others last."""
    sec = section(read)
    kana = sec in _ROW_ORDER
    group = 2 if sec == OTHER else (0 if kana == (language == "ja") else 1)
    return (group, _ROW_ORDER.get(sec, 0), read)
