"""Talk kinds from the words around a title: LT, keynote, panel, workshop."""
from __future__ import annotations

import re

from .fields import LEADING_PICTOGRAPH

_LT_LABEL = re.compile(
    r"^\s*(?:【\s*LT\s*】|\[\s*LT\s*\]|［\s*LT\s*］|[(（]\s*LT\s*[)）]|LT\s*枠?\s*[.#＃\-]?\s*\d*\s*[:：.\-]|LT\s*枠\s*\d{0,2}\s+(?=\S)|LT\s+(?=\S)|LT\d{1,2}\s+(?=\S)|LT\s*[①-⑳]\s*(?=\S)|"
    r"Lightning(?:\s+Talks?)?\s*[:：\-]|Ignites?\s*[:：]|ライトニングトーク\s*[:：]?)\s*", re.IGNORECASE)
_KEYNOTE_LABEL = re.compile(r"^\s*(?:(?:キーノート(?:セッション|スピーチ|講演)?|基調講演)(?:\s+|(?=[「『]))(?!by\s|[(（\d]|(?:セッション|スピーチ|質疑応答|Q\s*&\s*A)\s*$)|(?:(?:(?:Opening|Closing|Ending|Morning|Afternoon|Evening)\s+[Kk]eynote|(?:Opening|Closing|Day\s*\d\s+)?\s*(?:KEYNOTE|Keynote))(?:\s+(?:talk|speech|session|address))?|基調講演)"
                            r"\s*(?:#?\d{1,2}|[①-⑨])?\s*(?:[:：]|\s(?:--|[-–—])\s)|[【\[［(（]\s*(?:(?![Pp]re-|[Pp]ost-|[Nn]ot\s|前回)[^\]】］)）\sの]{1,20}\s?)?(?:KEYNOTE|Keynote|基調講演)\s*[】\]］)）]"
                            r"\s*[:：]?)\s*(?=\S)")
# (and a Japanese heading's word before its title, `キーノートセッション Title`, `基調講演「Title」`, as `LT Title` is)
# Each kind word's pattern is searched for only when the title holds a piece of every word it
# matches (`may_hold(title, title.lower())`). The pieces leave out i, k and s: ignoring case, the
# patterns also match `ı`/`İ`, `K` (Kelvin) and `ſ` there, which str.lower() does not all turn
# into those letters; every other letter is matched only by its two ASCII cases.
_KIND_WORDS = [
    # (`Lightening talks`: the word as often misspelt)
    # (and `Quick-fire talks, 5 minutes each`)
    ("lightning", re.compile(r"(?<![A-Za-z])LT(?![A-Za-z])|(?<![A-Za-z])lighte?ning\s+(?:talk|session|round)|\bignites?\b|ライトニングトーク|"
                             r"\bquick[\s-]?fire\s+talks?\b", re.IGNORECASE),
     lambda title, lowered: "lt" in lowered or "ghtn" in lowered or "ghten" in lowered or "gnite" in lowered
     or "ライトニングトーク" in title or "fire" in lowered),
    ("keynote", re.compile(r"keynote|基調講演|キーノート", re.IGNORECASE),
     lambda title, lowered: "eynote" in lowered or "基調講演" in title or "キーノート" in title),
    ("panel", re.compile(r"panel|パネル", re.IGNORECASE),
     lambda title, lowered: "panel" in lowered or "パネル" in title),
    ("discussion", re.compile(r"workshop|discussion|ワークショップ|ディスカッション|ハンズオン|hands-on", re.IGNORECASE),
     lambda title, lowered: "wor" in lowered or "cu" in lowered or "hand" in lowered or "ワークショップ" in title
     or "ディスカッション" in title or "ハンズオン" in title),
]


# a marker before the title: a symbol, or a hand or arrow pointing at it (`👉`, `➡️`, with a skin tone); a
# pictograph (`🎓 Title`) may be the title's own
_SYMBOL = re.compile(r"^\s*(?:[■□●○◆◇▼▽★☆▶▷►◎➡→⇒☛☞\U0001F446-\U0001F449][\uFE0F\U0001F3FB-\U0001F3FF]*\s*)+")
_NOTE_ONLY = re.compile(r"\s*(?:[(（][^()（）]*[)）])?\s*")
# a session's format in brackets before its title: `[PANEL] …`, `[Fireside chat] …`, `【ワークショップ】…` (`[Keynote]`
# and `[LT]` are read by their own labels below)
_FORMAT_BRACKET = re.compile(
    r"^\s*[\[【［(（]\s*(?P<f>panel(?:\s+discussion)?|workshop|hands-on|tutorial|fireside(?:\s+chat)?|brown[\s-]*bag|"
    r"talk|session|demo|lightning\s+talks?|パネル(?:ディスカッション)?|ワークショップ|ハンズオン|招待講演|セッション|デモ)"
    r"\s*[\]】］)）]\s*[:：]?\s*(?=\S)", re.IGNORECASE)
# the same, in square brackets after the title: `Dueling keyboards [Keynote]`, `Beyond Reduce [Talk]`, `… 【LT】`
_FORMAT_TAG_AFTER = re.compile(
    r"\s*[\[【［]\s*(?P<f>keynote|LT|lightning\s+talks?|panel(?:\s+discussion)?|workshop|hands-on|tutorial|talk|session|"
    r"基調講演|パネル(?:ディスカッション)?|ワークショップ|ハンズオン|セッション)\s*[\]】］]\s*$", re.IGNORECASE)
# the slot a talk filled, named before its title: `Talk 1 - Title`, `Main talk: Title`, `メイントーク: タイトル`,
# `セッション2：タイトル`, `登壇1. タイトル`, `TALK - Title` (a numbered `Talk 2` alone is no title: the label needs a title after it)
_SLOT_LABEL = re.compile(
    r"^\s*(?:(?:Main|Featured|Guest|Invited|Sponsor(?:ed)?|My|Our)\s+(?:talk|session)|(?:Talk|Session|Presentation)\s*#?\s*\d{1,2}(?:\.\d{1,2}(?=\s*[:：]))?|Talk|Presentation|"
    r"メイン(?:トーク|セッション)|ゲスト(?:トーク|講演)|招待講演|特別講演|スポンサー(?:トーク|セッション)|"
    r"(?:セッション|発表|講演|トーク|登壇)\s*[#＃]?\s*[0-9０-９]{1,2})\s*(?:[:：]|\s[-–—]\s|(?<=[0-9０-９])[.．]\s)\s*(?=\S)",
    re.IGNORECASE)  # (`登壇1. Title`, `Talk 3. Title`: a numbered slot and a full stop)
_LABELS = [
    ("panel", re.compile(r"^\s*(?:パネル(?:ディスカッション|トーク)?|(?:(?:Opening|Closing|Morning|Afternoon|Evening)\s+)?Panel(?:\s+discussion)?)"
                         r"\s*(?:[:：]|\s(?:--|[-–—])\s)\s*(?=\S)"
                         r"|^\s*パネル(?:ディスカッション|トーク)?\s*(?=[「『])", re.IGNORECASE)),  # (`パネル「Title」`)
    ("discussion", re.compile(r"^\s*(?:ワークショップ|ハンズオン|ディスカッション|(?:Hands[-\s]on\s+)?Workshop|Hands[-\s]on|Discussion)\s*(?:[:：]|\s(?:--|[-–—])\s)\s*(?=\S)|Fireside\s+chat\s*[:：]\s*(?=[\"“「])",
                              re.IGNORECASE)),
]


SLOT_LABELLED = "the slot's label before the title (`Main talk:`, `Talk 2 -`)"
# the reading of a kind a heading's own label gives, before its title (`Panel: Title`, `Closing keynote: Title`)
KIND_LABELLED = "the kind's label before the heading's title (`Panel:`, `Closing keynote:`)"


def slot_labelled(title: str) -> bool:
    """Whether a title opens with the label of the slot its talk filled (`メイントーク: …`, `Talk 2 - …`): the talk
    then says its own kind, which an LT night's kind never overrides."""
    return bool(_SLOT_LABEL.match(_SYMBOL.sub("", title)))


# a label parted from the title by a bar, as a table's cells would be: `Keynote | Title`, `LT ｜ Title`
_LENGTH_ALONE = re.compile(r"\d{1,3}\s*(?:min(?:ute)?s?\.?|分)(?:\s+each|ずつ)?\s*$", re.IGNORECASE)
_BARRED_LABEL = re.compile(r"^\s*(?P<label>[^|｜]{2,30}?)(?:\s+\|\s+|\s*｜\s*)(?=\S)")


def classify(title: str) -> tuple[str, str]:
    """(kind, title without a leading marker (`■`, `●`) or kind label such as `LT:`, `KEYNOTE:`, `Workshop:`)."""
    marked = _SYMBOL.sub("", title)
    if not _NOTE_ONLY.fullmatch(marked):  # (`📺 (Apple TV)`: the emoji is the title's word)
        title = marked
    if title.startswith("\u26a1") and (pictured := LEADING_PICTOGRAPH.match(title)) is not None:
        # `⚡ Lightning: Title`: the lightning mark before the kind's label says it too, and goes with it (another
        # pictograph may be a legend's, `🌎【基調講演】Title` an English talk: the title's own)
        kind, rest = classify(title[pictured.end():])
        if kind == "lightning" and rest != title[pictured.end():].strip():
            return kind, rest
    if "|" in title or "｜" in title:
        m = _BARRED_LABEL.match(title)
        if m and (labelled := classify(m.group("label") + ": x")) and labelled[1] == "x" \
                and not _LENGTH_ALONE.match(title[m.end():]):  # (`Lightning talk | 5 minutes each`: no title)
            return classify(m.group("label") + ": " + title[m.end():])
    m = _FORMAT_TAG_AFTER.search(title)
    if m and title[:m.start()].strip():
        told = classify(m.group("f") + ":")[0]
        inner, rest = classify(title[:m.start()])
        return (told if told != "talk" else inner), rest
    m = _FORMAT_BRACKET.match(title)
    if m:
        told = classify(m.group("f") + ":")[0]
        inner, rest = classify(title[m.end():])  # (`[Talk] LT: Title`: the label after the bracket goes too)
        return (told if told != "talk" else inner), rest
    m = _SLOT_LABEL.match(title)
    if m:  # (`Session 2 - Keynote: Title`: the slot's label, then the talk's own kind)
        return classify(title[m.end():])
    for kind, label in _LABELS:
        m = label.match(title)
        if m:
            return kind, title[m.end():].strip()
    m = _LT_LABEL.match(title)
    if m and title[m.end():].strip():
        return "lightning", title[m.end():].strip()
    m = _KEYNOTE_LABEL.match(title)
    if m:
        return "keynote", title[m.end():].strip()
    lowered = title.lower()
    for kind, pattern, may_hold in _KIND_WORDS:
        if may_hold(title, lowered) and pattern.search(title):
            return kind, title.strip()
    return "talk", title.strip()


def normalize_kind(value: str) -> str | None:
    """A kind written in front matter (`LT`, `Keynote`, `lightning`...) -> a model kind."""
    v = str(value).strip().lower()
    aliases = {"lt": "lightning", "lightning talk": "lightning", "workshop": "discussion",
               "基調講演": "keynote", "パネル": "panel", "ワークショップ": "discussion", "session": "talk"}
    v = aliases.get(v, v)
    return v if v in ("talk", "lightning", "keynote", "panel", "discussion") else None
