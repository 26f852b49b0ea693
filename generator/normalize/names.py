"""Is a piece of text a person's name? Asked of dictionaries made for it, not of word lists.

Japanese: UniDic (below). Latin script: `given_name`, the 45,000 given names of many countries in the
dictionary `gender-guesser` packages (Jörg Michael's `nam_dict.txt`): 89% of the 1,843 Latin full names the
team's labelled notes give as speakers open with one (the US census list: 61%). A name it does not know
is no evidence either way, and the list holds words of technology too (`Ruby`, `Spring`, `Deep`), so it is asked
one thing only: whether the words after `with` in a title name someone (`Title with Value Stream Management` names
no one). As a tie-breaker for `Name, Org` or which side of a dash is the person it misread real names it lacks
(`Jez Humble`) and titles it holds (`Deep Learning`), so it is not one.

UniDic (the dictionary of the NINJAL corpora, packaged as `unidic-lite` and read through
`fugashi`, a MeCab binding) tags surnames and given names as proper nouns of kind 人名.
Measured on the 249 Japanese speaker names and 60 short talk titles of the team's
labelled notes (2026-12-04): every token tagged 人名 for 205 of the names and none of
the titles (SudachiPy's small dictionary: 179; Janome: 132, and 20x slower); 3 µs a
string. So the dictionary answers first and the shape rules of `people` are the fallback.

What the dictionary cannot judge it leaves undecided (None): nicknames written in
hiragana (`にしむら` splits into particles), unknown spellings, a single common noun
that may be a handle (`しば`, `はやて`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .fields import TITLE_GRAMMAR_WORDS

_KANJI_OR_KATAKANA = re.compile(r"[\u3005\u4e00-\u9fff\u30a1-\u30fa]")
_LATIN = re.compile(r"[A-Za-z]")
_KATAKANA_ONLY = re.compile(r"[\u30a1-\u30faー]+")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The dictionary's given names, case-folded (`Jun+ichi` as `junichi` and `jun`); read once, 15 ms."""
    from importlib.resources import files
    text = files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="iso8859-1")
    found: set[str] = set()
    for line in text.splitlines():
        if line[:1] in ("#", "=", "") or len(line) < 4:
            continue
        name = line[3:29].strip().casefold()
        found.update((name.replace("+", ""), name.split("+")[0]) if "+" in name else (name,))
    # (no one-letter or two-letter entry, `Go`, `Li`, and no word of a title's grammar the list holds by mistake:
    # `the`, `and`, `is`; a two-letter name beside another word still names someone, `Li Wei`)
    return frozenset(n for n in found if len(n) >= 3 and n not in TITLE_GRAMMAR_WORDS)


def given_name(word: str) -> bool:
    """Whether a Latin-script word is a given name somewhere (`Joe`, `Takuya`, `Ganesh`; also `Will`, `Ruby`)."""
    word = word.strip(".,'’").casefold()
    # (`Chloé`, `José`: the dictionary's names are written without their accents as often as with them)
    return word in _given_names() or (not word.isascii() and _unaccented(word) in _given_names())


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def names_someone(text: str) -> bool:
    """Whether any word of a Latin-script text (hyphens apart) is a given name: `Jane Doe`, `Doe, Jane`, `Xu Wei`."""
    return any(given_name(w) for w in re.split(r"[\s\-]+", text) if w)


@lru_cache(maxsize=1)
def tagger():
    """The one UniDic tagger of the package (person names here, event names in titles.py)."""
    import fugashi
    return fugashi.Tagger()


def _words(text: str) -> list[tuple[str, str, str, str]]:
    """(surface, pos1, pos2, pos3) of each word, symbols and spaces left out."""
    out = []
    for word in tagger()(text):
        f = word.feature
        if word.surface.strip() and f.pos1 not in ("補助記号", "記号", "空白"):
            out.append((word.surface, f.pos1, f.pos2, f.pos3))
    return out


def _content(surface: str) -> bool:
    return bool(_KANJI_OR_KATAKANA.search(surface))


@lru_cache(maxsize=32768)
def known_name(name: str) -> bool:
    """A person's name the dictionary knows, beyond doubt: in Latin script a given name among its words (`Ruth Okafor`),
    else one UniDic reads as a name (`湊 太郎`)."""
    name = name.strip()
    return names_someone(name) if name.isascii() else bool(name_verdict(name.replace(" ", "")))


def name_verdict(text: str) -> bool | None:
    """True when UniDic reads `text` as a person's name, False when it reads as a phrase
    or a compound of common words (`窓関数`, `並列処理のテスト`, `コンポーネント棚卸し`),
    None when it cannot tell (the caller's shape rules decide)."""
    parts = text.split()
    words = _words(text)
    if not words:
        return None
    if all(pos3 == "人名" for _, _, _, pos3 in words):
        return True
    # a surname the dictionary knows, then a given name it reads as a common word: 松浦 ひなた
    if len(parts) == 2 and all(w[3] in ("人名", "地名") for w in _words(parts[0])) and len(parts[1]) <= 4:
        return True
    if len(words) == 1 and words[0][2] == "普通名詞" and len(text) >= 5 and _KATAKANA_ONLY.fullmatch(text):
        return False  # `モデリング`, `ライティング`, `アニメーション`: a loanword the dictionary knows, not a nickname (`ミナト`)
    if not _content(text) or _LATIN.search(text):
        return None
    if any(pos3 in ("人名", "地名") for _, _, _, pos3 in words):
        return None
    if any(pos1 in ("動詞", "形容詞", "助動詞") and _content(s) for s, pos1, _, _ in words):
        return False
    # a particle between words of substance: 並列処理のテスト, 未来はサーバー
    for i in range(1, len(words) - 1):
        if words[i][1] == "助詞" and _content(words[i - 1][0]) and _content(words[i + 1][0]):
            return False
    common = [s for s, pos1, pos2, _ in words if pos1 == "名詞" and pos2 == "普通名詞" and _content(s)]
    # or a サ変 noun (紹介, 入門, 講演, 処理): the head of a topic, never part of a name
    if len(common) >= 2 or any(pos3 == "サ変可能" and _content(s) and len(s) >= 2 for s, _, _, pos3 in words):
        return False
    return None
