"""People as notes write them: honorifics, handles, affiliations, several speakers.

    小川 直樹さん                    -> 小川 直樹
    株式会社ほげ 山田さん             -> 山田 (affiliation 株式会社ほげ)
    GCP みやざき [mz9](https://twitter.com/mz9)さん -> みやざき (@mz9, GCP)
    Jane Doe (@jane) and Bob          -> two speakers
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..core.model import Speaker
from .fields import LEADING_PICTOGRAPH, PLACEHOLDER, TITLE_GRAMMAR_WORDS, without_markup
from .links import handle_from_url, is_profile_url
from . import names

# (`san` written in Latin letters after a Japanese name or a space: `トミーsan`, `yuuu san`, `Jane-san`; never `Hassan`)
HONORIFIC = r"(?:さん|氏|様|さま|先生|くん|君|ちゃん|(?:(?<=[\u3040-\u30ff\u4e00-\u9fff])|(?<=\S)[ -])san(?![A-Za-z]))"
# Japanese script classes, for use inside [...]: the one definition every rule shares.
# Kanji include the marks written inside names: 々 (佐々木, 野々村), 〆 (〆木), 〇, 〻.
KANJI = r"\u3005-\u3007\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HIRAGANA = r"\u3041-\u309f"  # with ゝ ゞ
# with ー, ヶ (霞ヶ関), ヵ, ノ (一ノ瀬), ヽ ヾ, the small kana extension and half-width katakana
KATAKANA = r"\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_KANJI_CH = re.compile(f"[{KANJI}]")
_HIRAGANA_CH = re.compile(f"[{HIRAGANA}]")
_KATAKANA_CH = re.compile(f"[{KATAKANA}]")
# people on stage who are not "the speaker": guests, panelists, moderators, hosts of a workshop
ROLE = (r"(?:ゲスト|進行|司会|モデレーター|モデレータ|ファシリテーター|パネリスト|パネラー|"
        r"Guests?|Moderators?|Panell?ists?|Facilitators?|Hosts?|MC)")
# a role's word alone, no person: `(司会)`, `Moderator`, `<em>Speaker</em>` before a name
ROLE_ONLY = re.compile(ROLE + r"|司会者|進行役|登壇者|発表者|講師|speakers?|presenters?|chair", re.IGNORECASE)
BULLET = re.compile(r"^\s*(?:[-*+•]\s+)(?P<rest>.+)$")
MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
# (a Discord name's number after it, `@jane#2174`, is part of the handle as written)
_AT_HANDLE = re.compile(r"[（(]?\s*@(?P<h>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,38})(?:#\d{4}\b)?\s*[)）]?")
_COMPANY = re.compile(
    r"株式会社|有限会社|合同会社|一般社団法人|機構|協会|財団|\(株\)|（株）|㈱|Inc\.?$|Corp\.?$|Corporation|LLC|Ltd\.?|GmbH|大学|研究所|高専|"
    r"Co\.,?|Labs?$|Company$|事務所|\b[KG]\.K\.")
# the Japanese words for a job, written before a name (`エヴァンジェリスト 亀田治伸`); never one found inside a name
# (`部長` in 服部長治, `課長` or `室長` the same way): those stay `_ROLE_END`'s, read only at a word's end before a name
JA_JOBS = (r"エンジニア|アーキテクト|エ(?:ヴァ|バ)ンジェリスト|マネージャー?|ディレクター|本部長|研究員|教授|コンサルタント|デザイナー"
           r"|アナリスト|スペシャリスト|実行委員(?:長)?|新人")
# what a person does, or the part of an organisation they work in, written beside their name
# (`Johnny Mirza, ClickHouse Solutions Architect`, `Backpack Exchange シニア ソフトウェア エンジニア, 南 良介`)
JOB = re.compile(r"\b(?:Engineer|Developer|Architect|Evangelist|Advocate|Manager|Director|(?:Co-?)?[Ff]ounder|CEO|CTO|COO|CPO|VP"
                 r"|Head\s+of|Consultant|Scientist|Researcher|Designer|Analyst|Specialist|Officer|President|Professor|Lecturer"
                 r"|Leader|Maintainer|Editor(?:-in-Chief)?"
                 r"|Team|Division|Department|Headquarters)s?\b|" + JA_JOBS + r"|取締役|本部|事業部|チーム")
# where a person works when it is not a company: freelance, a student, on their own
_SELF_EMPLOYED = re.compile(r"フリーランス|個人(?:開発者?)?|学生|大学院生|無所属|freelancer?|independent|self-employed|student",
                            re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:、|，|,|＆|&|／|/|\band\b|(?<!\s)と(?=[^\s]{1,12}さん)|(?:(?<=さん)|(?<=[氏様]))\s*・)\s*", re.IGNORECASE)
_NAMEISH_MAX = 40
_HONORIFIC_WORD_END = re.compile(HONORIFIC + r"(?=$|[\s)）(（,、。:：!！])")
HONORIFIC_END = re.compile(HONORIFIC + r"\s*$")
_HONORIFIC_ONLY = re.compile(HONORIFIC)
_SPACES = re.compile(r"\s+")
_URL = re.compile(r"https?://\S+")
_ROLE_PREFIX = re.compile(r"^\s*" + ROLE + r"\s*[:：]\s*", re.IGNORECASE)
EMPTY_PARENS = re.compile(r"[（(]\s*[)）]")
_TRAILING_PARENS = re.compile(r"[（(]\s*([^()（）]+?)\s*[)）]\s*$")
_ORG_NO = re.compile(r"^(.+?)\s*の\s*(?=[^\sの]+(?:[ 　][^\sの]{1,4})?" + HONORIFIC + ")")  # 株式会社ほげの山田(　太郎)さん
# what may stand before `の` as a person's organisation: not one kana (`きのこさん` is a name)
_ORG_BEFORE_NO = re.compile(r"[A-Za-z0-9][\w .&\-]{1,40}|\S*[\u30a0-\u30ff\u4e00-\u9fff]\S*|[\u3040-\u309f]{3,}")
# a part in parentheses, either width (`(Stripe)`, `（英語）`)
PARENTHESISED = re.compile(r"[（(][^()（）]*[)）]")
_STASHED = re.compile(r"\x00(\d+)\x00")
_LONE_HANDLE = re.compile(r"\s*[（(]?\s*@[\w.\-]+\s*[)）]?\s*")


def clean_name(text: str) -> str:
    text = without_markup(text)
    text = _HONORIFIC_WORD_END.sub("", text.strip())
    # (`👩‍💻 Natasha Jain`, `🎤 山田 太郎`: a pictograph worn before the name)
    text = LEADING_PICTOGRAPH.sub("", text.strip(" \t-–—:：・,、。()（）[]「」"))
    text = text.strip(" \t-–—:：・,、。()（）[]「」")
    text = text.strip("*")  # (`佐藤 花子*`, `**Jane Doe`: an emphasis's mark; no name or handle holds one)
    if " " in text and text.endswith("_") and not text.startswith("_"):
        text = text.rstrip("_")  # `Willem Jan Glerum_` of `_Willem Jan Glerum_`: the mark's other half (no handle's)
    return " ".join(text.split())


# what a profile page's title adds to the person (`… | Twitter`, `… on X`, `…さんのプロフィール - connpass`,
# a `#KubeCon` worn in a display name), kept when a blog tool wrote the linked page's title as the link's text
_PROFILE_PAGE_TITLE = re.compile(r"(?:さんのプロフィール)?(?<!\s)\s*(?:[|｜/\-–—]\s*|\son\s+)(?:Twitter|X|GitHub|Facebook|LinkedIn|connpass|Qiita|Zenn"
                                 r"|note|Speaker\s?Deck)\s*$|さんのプロフィール$|(?<=\S)\s+#\w+(?=\s*(?:[(（]\s*@\w+\s*[)）])?\s*$)",
                                 re.IGNORECASE)


def _link_text(m: re.Match, whole: str) -> str:
    """A link's text, or a blank when it only repeats the account the URL names
    (`[@x](https://x.com/x)`, `[github.com/x](https://github.com/x)`) beside a written name."""
    h = handle_from_url(m.group("url"))
    shown = m.group("text").strip()
    if h:  # `[Hiroyuki Sato (@hiroponz79) | Twitter](https://twitter.com/hiroponz79)`: the profile page's title
        shown = _PROFILE_PAGE_TITLE.sub("", _PROFILE_PAGE_TITLE.sub("", shown))  # (the tag sits before the site)
    if h and (shown.lstrip("@") == h or shown.rstrip("/").endswith("/" + h)
              or shown.rstrip("/") == m.group("url").rstrip("/")):
        others = clean_name(EMPTY_PARENS.sub("", MD_LINK.sub("", whole)))
        if others:
            return " "
        return h if shown.rstrip("/").endswith("/" + h) else shown
    return shown


_LONE_HANDLE_TEXT = re.compile(r"@[A-Za-z0-9_][A-Za-z0-9_.\-]{0,38}")
INLINE_TAG = re.compile(r"</?(?:b|strong|em|i|u|span|small|font|mark)\b[^>]*>", re.IGNORECASE)
_AKA = re.compile(r"\s+(?P<o>[(（]\s*)?(?:a\.k\.a\.?|aka|通称)\s+@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,30})(?(o)\s*[)）])", re.IGNORECASE)
# (`Duncan Blandford (aka Axelodtl)`: in parentheses too)


_SLOT_WORDS = re.compile(r"\b(?:keynote|lightning|talk|session|panel|workshop|LT)\b|講演|発表|登壇", re.IGNORECASE)


# a handle in brackets: marked (`@jd`), or written as handles are (`edhel`, `jd_42`), not a capitalised word
_BRACKETED_HANDLE = re.compile(r"@[A-Za-z0-9_][A-Za-z0-9_.-]{0,29}|(?=[a-z0-9_.-]*[a-z])[a-z0-9_][a-z0-9_.-]{1,29}")


# a title of address before a name: `Dr. Jane Doe`, `Prof. Akata`
TITLE_OF_ADDRESS = re.compile(r"^(?:(?:Prof|Dr|Mr|Mrs|Ms|Professor)\.?\s+)+")
# a slot's status set in bold after a name, no part of it: `Tom Berg **cancelled**`
_STATUS_WORDS = r"cancel+ed|postponed|tb[acd]"
_BOLD_STATUS_AFTER = re.compile(r"\s+(?:\*\*|__)(?i:" + _STATUS_WORDS + r")(?:\*\*|__)\s*$")
# a name, then where the person works set in bold: `Julius Volz **Prometheus**`, `Mo Bo / **Edgeworks**`, `Ben Ode, **Quay**`
_BOLD_ORG_AFTER = re.compile(r"^(?P<who>(?:(?!\*\*|__|\s/\s).)*?[^\s*_/,])\s*(?:,\s*|\s/\s+|\s)(?:\*\*|__)"
                             # (never a status or a slot's kind set in bold: `**cancelled**`, `**keynote**`)
                             r"(?!(?i:" + _STATUS_WORDS + r"|new|updated|keynote|lightning|lt|panel|moderator|host|mc)(?:\*\*|__))"
                             r"(?P<org>[^*_]{2,60})(?:\*\*|__)$")


def _bold_org(text: str) -> re.Match | None:
    """`Julius Volz **Prometheus**` -> the match naming `who` and `org` (None for any other text)."""
    text = text.strip()
    return _BOLD_ORG_AFTER.match(text) if text.endswith(("**", "__")) else None


_DOT_LEADER = re.compile(r"^\s*(?:\.{3,}|…+)\s*")


_FEDIVERSE_HANDLE = re.compile(r"(@[A-Za-z0-9_]{1,30})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


@functools.lru_cache(maxsize=4096)
def parse_person(text: str) -> Speaker | None:
    """One person's mention -> Speaker, or None when it is not a name (kept: a note often names a
    speaker more than once, in a heading's byline, the line under it, a timetable)."""
    handle = None
    if "<" in text:
        text = INLINE_TAG.sub("", text)
    if "." in text or "…" in text:
        text = _DOT_LEADER.sub("", text)  # `... @ttakeda`: the dot leader after a title, no part of the name
    if PLACEHOLDER.fullmatch(text.strip(" ()（）[]")) or _GROUP.fullmatch(_HONORIFIC_AT_END.sub("", text.strip(" ()（）[]")).strip()):
        return None  # `| 未定 | 未定 |`, `| 自己紹介 | 全員 |`: a speaker not known yet, or everyone, is no one person
    dash_org = None
    if text.rstrip().endswith(("**", "__")):  # `Tom Berg **cancelled**`: the slot's status set in bold is no part of the name
        text = _BOLD_STATUS_AFTER.sub("", text)
    if bold := _bold_org(text):
        # `Julius Volz **Prometheus**` (a programme's cell, the name over its company set in bold): where they work
        text, dash_org = bold.group("who"), bold.group("org").strip()
    if " – " in text or " — " in text or " - " in text:
        # `Hilton – SchedMD`, `David Jarvis — BYU`, `by Yuki Sato - Acme`: the person, then where they work
        who, _, org = re.split(r"\s+([–—-])\s+", text, maxsplit=1)
        # (never `Ana Lima - @analima`, her handle, nor `Li Wei - Lightning talk`, the slot)
        if who.strip() and 2 <= len(org.strip()) <= 40 and not HONORIFIC_END.search(org.strip()) \
                and not org.strip().startswith("@") and not _SLOT_WORDS.search(org):
            text, dash_org = who, org.strip()
    if "a" in text or "通称" in text:  # `川中 真耶 a.k.a. mayah`: the name, and the handle known by
        m = _AKA.search(text)
        if m:
            handle, text = m.group("h"), text[:m.start()] + text[m.end():]
    if "](" in text:  # a Markdown link
        for m in MD_LINK.finditer(text):
            shown = m.group("text").strip()
            # `[@drming](https://github.com/someone-else/)`: the handle the note writes wins over the link's
            h = shown[1:] if _LONE_HANDLE_TEXT.fullmatch(shown) else handle_from_url(m.group("url"))
            if h and not handle:
                handle = h
        whole = text
        text = MD_LINK.sub(lambda m: _link_text(m, whole), text)
    if "://" in text:
        text = _URL.sub("", text)
    text = _ROLE_PREFIX.sub("", text)
    affiliation_at = None
    if (at_org := org_colon(text)) is not None:  # `株式会社ほげ：山田 太郎`
        affiliation_at, text = at_org
    if "@" in text and (fedi := _FEDIVERSE_HANDLE.search(text)):
        text = text[:fedi.start()] + fedi.group(1) + text[fedi.end():]  # `@morag@fosstodon.example`: the handle, its server aside
    if " @ " in text or " ＠ " in text:  # `Greg Weng @ Acme`: the person at their organisation
        text, affiliation_at = re.split(r"\s+[@＠]\s+", text, maxsplit=1)
    if "@" in text:
        m = _AT_HANDLE.search(text)
        if m:
            handle = handle or m.group("h")
            text = (text[:m.start()] + " " + text[m.end():])
    affiliation = None
    parenthesised = ")" in text or "）" in text
    if parenthesised:
        text = EMPTY_PARENS.sub(" ", text)
    org_of = None
    if "の" in text and (m := _ORG_NO.match(text.strip())) and _ORG_BEFORE_NO.fullmatch(m.group(1)):
        # `株式会社ほげの山田さん`, `MapR Technologiesの山田 賢さん`: where the person works, then the person
        org_of, text = m.group(1), text.strip()[m.end():]
    text = HONORIFIC_END.sub("", text.strip())
    paren = _TRAILING_PARENS.search(text) if parenthesised else None
    if paren:
        inner = paren.group(1)
        text = text[:paren.start()]
        if not _HONORIFIC_ONLY.fullmatch(inner) and not ROLE_ONLY.fullmatch(inner.strip()):
            affiliation = inner
        # `Karine Delvare (edhel) (en Français)`: a second pair of brackets, right after the name, holds the
        # name the person goes by (or where they work: `山田太郎 (ほげ株式会社) (CTO)`)
        second = _TRAILING_PARENS.search(text)
        if second and text[:second.start()].strip():
            text, inner = text[:second.start()], second.group(1).strip()
            if _BRACKETED_HANDLE.fullmatch(inner) and not handle:
                handle = inner.lstrip("@")
            elif inner and not _HONORIFIC_ONLY.fullmatch(inner):
                affiliation = f"{inner}, {affiliation}" if affiliation else inner
    if "の" in text:
        text = _ORG_NO.sub(r"\1 ", text)
    name = clean_name(text)
    if name.endswith(".") and _SENTENCES_STOP.search(name):
        name = name[:-1]  # `Speaker: Erik Lind.`, `…, by Joe Nuxoll.`: the sentence's full stop, never `Jr.`
    if not name and handle:
        name = handle
    if not name:
        return None
    tokens = name.split(" ")
    if len(tokens) >= 2 and affiliation is None:
        split_at = _affiliation_split(tokens)
        if split_at:
            affiliation = " ".join(tokens[:split_at])
            name = " ".join(tokens[split_at:])
    if handle and name.lstrip("@") == handle:
        name = handle
    if len(name) > _NAMEISH_MAX:
        return None
    affiliation = affiliation or affiliation_at or org_of or dash_org
    return Speaker(name=name, handle=handle, affiliation=(clean_name(affiliation) or None) if affiliation else None)


# a full stop after a word of three letters or more closing a name: the sentence's, not an abbreviation's
_SENTENCES_STOP = re.compile(r"(?<![A-Za-z])(?!(?:Jr|Sr|Inc|Ltd|Co|Corp|Esq|Bros)\.$)[^\W\d_]{3,}\.$")


@functools.lru_cache(maxsize=4096)
def _script(token: str) -> str:
    """'cjk' (kanji, hiragana), 'kana' (katakana), 'latin' (other letters), or several joined by '+'."""
    kinds = set()
    for ch in token:
        if _KATAKANA_CH.match(ch):
            kinds.add("kana")
        elif _KANJI_CH.match(ch) or _HIRAGANA_CH.match(ch):
            kinds.add("cjk")
        elif ch.isalpha():
            name = unicodedata.name(ch, "")
            kinds.add("kana" if "KATAKANA" in name else "cjk" if "CJK" in name or "HIRAGANA" in name else "latin")
    return "+".join(sorted(kinds))


def latin_script(text: str) -> bool:
    """Whether every letter of `text` is a Latin one, accents included (`Siân Griffin`, `Łukasz Langa`)."""
    return all(_script(token) in ("latin", "") for token in text.split())


_ROLE_END = re.compile(r"(?:代表|代表取締役|社長|取締役|主宰|主催|理事長?|会長|部長|課長|室長|CEO|CTO|COO|" + JA_JOBS + r")$")


def _affiliation_split(tokens: list[str]) -> int:
    """How many leading tokens are an organisation, not the person (0 when none).

    The organisation ends at the last token carrying a company marker
    (`株式会社ひなたクラウド 野口 俊介` -> 1); a Japanese personal name is at
    most two tokens, so `株式会社 ほげ 山田 太郎` keeps `山田 太郎` whole.
    """
    marked = [j for j, t in enumerate(tokens[:-1]) if _COMPANY.search(t)]
    if not marked:
        marked = [i - 1 for i in range(len(tokens) - 1, 0, -1) if _COMPANY.search(" ".join(tokens[:i]))][:1]
    if marked:
        split = marked[-1] + 1
        if len(tokens) - split > 2 and all(_script(t) in ("cjk", "kana", "cjk+kana") for t in tokens[split:]):
            split = len(tokens) - 2
        # `株式会社ほげ GAME STUDIO 古川秀樹`, `Claude Labs株式会社 CTO Perez Dana`: the organisation's other words
        # (in capitals) and the person's role belong to the organisation, up to the name
        while len(tokens) - split > 1 and (tokens[split].isupper() and tokens[split].isascii() and len(tokens[split]) >= 2
                                           or _ROLE_END.search(tokens[split])) \
                and not (len(tokens) - split == 2 and _script(tokens[split + 1]) == "latin"):
            split += 1
        return split
    # `好きい夢代表 笹川 賢一`, `FILM ASSEMBLER 豊住耕一`: a role or a Latin-script organisation, then a Japanese name
    for name_len in (2, 1):
        if len(tokens) > name_len and all(_script(t) == "cjk" for t in tokens[-name_len:]) and (
                _ROLE_END.search(tokens[-name_len - 1]) or all(_script(t) == "latin" for t in tokens[:-name_len])
                and len(tokens) - name_len >= 2):
            return len(tokens) - name_len
    first, rest = tokens[0], tokens[1:]
    rest_scripts = {_script(t) for t in rest}
    # "GCP みやざき", "ハコブネラボ 新垣": an org word in another script before a Japanese name
    if len(tokens) == 2 and rest_scripts <= {"cjk"}:
        if _script(first) == "latin" or (_script(first) == "kana" and len(first) >= 4):
            return 1
    return 0


_SEPARATOR_IN_NAMES = re.compile(r"[,、，&＆・]|\band\b|\s[/／]\s")


_KANJI_WORD = r"[\u4e00-\u9fff々]{1,4}"
_GIVEN_NAME = r"(?:[\u3041-\u309f]{1,4}|[\u4e00-\u9fff々]{1,3}|[\u30a1-\u30ffー]{1,4})"  # (`まどか`, `健太`, `エミ`)
_SPACED_NAMES_DOTTED = re.compile(_KANJI_WORD + r"[ 　]" + _GIVEN_NAME + r"(?:・" + _KANJI_WORD + r"[ 　]" + _GIVEN_NAME + r")+")
_PLACES_PART = re.compile(r"(?:本社|支社|支店|本店|本部|事業部|営業所|工場|研究所|大学|会場|会議室|拠点|オフィス|ラボ|ベース|スタジオ|"
                          r"センター|ホール|チーム|グループ|ハブ)(?=・|$)"
                          # (or parts named by their roles: `司会 香椎・解説 箱崎`)
                          r"|(?:^|・)(?:司会|解説|進行|講師|登壇|発表|聞き手|モデレーター?)[ 　]")


def split_people(text: str) -> list[str]:
    """Split a list of people; links and parentheses (`(Fable & Co)`) stay whole."""
    if "by " in text[:6] or "By " in text[:6]:
        text = _BY_FIRST.sub("", text)  # `Title / by [@h](…)`: the byline's word, after its separator
    elif text.lstrip()[:1] in "SsPp" and (role := _ROLE_WORD_FIRST.match(text)):
        text = text[role.end():]  # `Title - Speaker Davis Vaughan`: the byline's role word, before the name
    if (bold := _bold_org(text)) and not _SEPARATOR_IN_NAMES.search(bold.group("who")):
        return [text.strip()]  # `Mo Bostrom / **Edgeworks**`: one person, the company set in bold after the break
    kept: list[str] = []

    def stash(m):
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    protected = MD_LINK.sub(stash, text) if "](" in text else text
    if "(" in protected or "（" in protected:
        protected = PARENTHESISED.sub(stash, protected)
    if "・" in protected and _SPACED_NAMES_DOTTED.fullmatch(protected.strip()) and not _PLACES_PART.search(protected):
        # `大濠 まどか・箱崎 健太`: two people, each a kanji family name and a given name (never `東京 本社・福岡 支社`,
        # `マリア ルイサ・ガルシア ロペス`, one person's names)
        protected = protected.replace("・", "、")
    parts = [p for p in _SPLIT.split(protected) if p and p.strip()]
    if "\x00" not in protected:  # nothing was set aside
        return parts
    out = []
    for p in parts:
        while _STASHED.search(p):
            p = _STASHED.sub(lambda m: kept[int(m.group(1))], p)
        out.append(p)
    return out


_BY_FIRST = re.compile(r"^[\s/／|｜:：\-–—]*by\s+", re.IGNORECASE)
# a role's word before a capitalised name, with no colon (a programme's byline, `Speaker Davis Vaughan`)
_ROLE_WORD_FIRST = re.compile(r"^\s*(?i:speakers?|presenters?)\s+(?=[A-Z\[@])")


def parse_people(text: str) -> tuple[Speaker, ...]:
    """Several people; a lone handle or organisation among them belongs to the person beside it.

    `Rui Antunes, @rui_ant` is one person with an account; `山田 太郎さん / 株式会社ほげ`
    and `株式会社ほげ / 山田さん` are one person with an affiliation.
    """
    if "<" in text:
        text = INLINE_TAG.sub("", text)  # `講演者: <b>山田さん</b>`: the page's bold, not the name
    if "://" in text:  # `Scott Came https://docs.google.com/…`: the deck's address after the name is no one's name
        text = _BARE_ADDRESS.sub("", text).strip(" ,、")
    text = AND_OTHERS.sub("", text)
    if "：" in text or ":" in text:
        # `モデレーター：桑原 拓 パネリスト：近江 康平、朝比奈 ゆい`: each part of a panel named after its role
        text = _ROLE_LABEL.sub("、", text).strip(" 、,")
    return _parse_parts(text, split_people(text))


# a role in a panel's cell before the people who filled it
_ROLE_LABEL = re.compile(r"(?:^|\s+|、)(?:モデレーター|モデレータ|パネリスト|司会|ファシリテーター|登壇者|Moderator|Panell?ists?|Facilitator|Host)"
                         r"\s*[:：]\s*", re.IGNORECASE)


# an address standing alone among names, or an empty link to one (`[](https://…)`); never a profile link's text
# (an address runs over ASCII only: `山田 https://x.com/a、鈴木` keeps 鈴木; `<https://…>` goes with its brackets)
_BARE_ADDRESS = re.compile(r"\[\s*\]\([^)\s]*\)|<https?://[^>\s]*>|(?<![(\[])\bhttps?://[!-~]+")


# `小島(港大学)他`, `Jane Doe et al.`: the person named, and others not
AND_OTHERS = re.compile(r"(?<=[)）])\s*(?:他|ほか)\s*$|,?\s+et\s+al\.?\s*$")


# the slot's kind said after a name, at the end or before the bracket closing the byline: `(Simone Roy, lightning talk)`
KIND_AFTER_NAME = re.compile(r",\s*(?:an?\s+)?(?P<kind>lightning\s+talk|LT|keynote|panel|workshop)\s*(?=[)）]|$)", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def named_people(text: str, strict: bool) -> tuple[Speaker, ...] | None:
    """parse_people(text) when looks_like_people(text, strict), else None (the text split once). Cached per string: a
    list's item is asked again for each title nested under it (the answer a tuple of frozen Speakers)."""
    if "," in text and (said := KIND_AFTER_NAME.search(text)) and not text[said.end():].strip():
        text = text[:said.start()]  # `Simone Roy, lightning talk`: the slot's kind after the name, no person
    parts = _people_parts(text, strict)
    if parts is None:
        return None
    speakers = _parse_parts(text, parts)
    if (at_org := org_colon(text)) is not None:  # `株式会社ほげ | 山田 太郎さん`: where they work, read off before the names
        speakers = tuple(Speaker(s.name, s.handle, s.affiliation or clean_name(at_org[0]) or None) for s in speakers)
    return speakers


def works_as(part: str) -> bool:
    """`Scientific Developer`, `株式会社ほげ`, `ClickHouse ソリューションアーキテクト`: among names, a part saying where or as
    what the person beside it works (never a part with an honorific or a handle: `株式会社ほげ 山田さん` is a person)."""
    # (`Sota (Platform Team)`: a job in the person's parentheses is their affiliation, the part is the person)
    bare = PARENTHESISED.sub(" ", part) if "(" in part or "（" in part else part
    return bool((_COMPANY.search(bare) or JOB.search(bare)) and not HONORIFIC_END.search(part.strip()) and "@" not in part)


def _parse_parts(text: str, parts: list[str]) -> tuple[Speaker, ...]:
    """parse_people for `text` split into `parts` by split_people."""
    speakers: list[Speaker] = []
    org: str | None = None
    if len(parts) >= 2 and any(JOB.search(p) and works_as(p) for p in parts):
        return _people_with_jobs(parts)
    if len(parts) == 2 and _LONE_HANDLE.fullmatch(parts[0].strip()) and "@" not in parts[1] \
            and re.search(r"\S[/／]\S", text) and text.count("/") + text.count("／") == 1 \
            and not _looks_like_person(parts[1], True):  # (`@kiri_maru/佐伯 陽`: two people)
        # `@jane/OpenSUSI`: a handle, then where its owner works after a slash (a second person has a handle too)
        sp = parse_person(parts[0])
        return (Speaker(sp.name, sp.handle, clean_name(parts[1]) or None),) if sp else ()
    if len(parts) == 2 and text.count(",") + text.count("，") == 1 and named_then_org(parts[0], parts[1]):
        # `Lena Krüger, DataWerk GmbH`, `Sam Lee, freelance`: a full name, then where the person works
        sp = parse_person(parts[0])
        if sp and sp.affiliation is None:
            return (Speaker(sp.name, sp.handle, clean_name(parts[1]) or None),)
    if len(parts) >= 2 and "," in text and _LATIN_NAME.fullmatch(parts[0].strip()) \
            and all((_ORG_PART.search(p.strip()) or _COMPANY.search(p)) and not re.search(r"[(（]", p) for p in parts[1:]):
        # `Noam Ross, EcoHealth Alliance`, `Laura Erban, US EPA, ORD/NHEERL`: a full name, then where the person works,
        # its parts after commas (an agency, its office, a region); never `Ines Valdez, Omar Haddad (Northern
        # Institute)`, a second person with where they work in parentheses
        sp = parse_person(parts[0])
        if sp and sp.affiliation is None:
            org = text[text.index(parts[1].strip()):] if parts[1].strip() in text else ", ".join(parts[1:])
            return (Speaker(sp.name, sp.handle, clean_name(org) or None),)  # (the organisation as written, slashes kept)
    for part in parts:
        sp = parse_person(part)
        if not sp:
            continue
        if speakers and _LONE_HANDLE.fullmatch(part) and speakers[-1].handle is None:
            speakers[-1] = Speaker(speakers[-1].name, sp.handle, speakers[-1].affiliation)
            continue
        # (or an organisation's words closing a list of people: `Beth Carver, Nadia Rahman, Lowfell Digital`)
        closing_org = bool(speakers) and part is parts[-1] and "," in text and bool(_ORG_PART.search(part)) \
            and speakers[-1].affiliation is None and not names.names_someone(part.strip())
        if (_COMPANY.search(part) or closing_org) and not HONORIFIC_END.search(part.strip()) and not sp.handle \
                and sp.affiliation is None:
            if speakers and speakers[-1].affiliation is None:
                speakers[-1] = Speaker(speakers[-1].name, speakers[-1].handle, sp.name)
            else:
                org = sp.name
            continue
        if org and sp.affiliation is None:
            sp, org = Speaker(sp.name, sp.handle, org), None
        speakers.append(sp)
    return tuple(speakers)


def _people_with_jobs(parts: list[str]) -> tuple[Speaker, ...]:
    """`Name, Role`, `Role, Name`, `Name, Role, Company`: each part saying where or as what someone works joins the
    affiliation of the person before it, or of the next person when it comes first."""
    speakers: list[Speaker] = []
    held: list[str] = []  # parts read before any person
    for part in parts:
        sp = parse_person(part)
        if not sp:
            continue
        if works_as(part) and not sp.handle and not _person_after_work(part):
            said = clean_name(part)
            if speakers and not held:
                last = speakers[-1]
                speakers[-1] = Speaker(last.name, last.handle, f"{last.affiliation}, {said}" if last.affiliation else said)
            else:
                held.append(said)
            continue
        if held:
            sp = Speaker(sp.name, sp.handle, ", ".join(held + ([sp.affiliation] if sp.affiliation else [])))
            held = []
        speakers.append(sp)
    return tuple(speakers)


_LATIN_NAME = re.compile(r"[A-Z][\w'’.\-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.\-]*){1,3}")
_ORG_WORD = re.compile(r"[A-Z][A-Za-z0-9&.\-]*|[a-z][a-z\-]+")


# a part of a byline naming an organisation, never a person: an institution's word, an acronym (`US EPA`, `ORD/NHEERL`),
# a numbered part of it (`Region 2`)
_ORG_PART = re.compile(r"\b(?:Alliance|Office|University|Department|Dept|Institute|Center|Centre|Agency|Association|"
                       r"Foundation|Society|Council|Region|Ministry|School|College|Hospital|Studios?|Labs?|Group|Team|"
                       # (a company's closing word: `Lea Tremblay, Northbank Software`, `Nadia Rahman, Lowfell Digital`)
                       r"Software|Digital|Systems|Technologies|Solutions|Consulting|Analytics|Networks)\b"
                       r"|^[A-Z][A-Z0-9&/.\-]+(?:\s+[A-Z][A-Z0-9&/.\-]+)*$|^Region\s+\d{1,3}$")


def named_then_org(first: str, second: str) -> bool:
    """`Jane Doe` + `Acme`, `Jane Doe` + `DataWerk GmbH`, `Jane Doe` + `freelance`: a person's full Latin name,
    then one word or a company (two full names, `Jane Doe, John Roe`, are two people)."""
    first, second = first.strip(), second.strip()
    if not _LATIN_NAME.fullmatch(first) or "@" in second:
        return False
    if _LATIN_NAME.fullmatch(second) and not _COMPANY.search(second):
        return False  # (`Jane Doe, John Roe`: two people; a name the given names miss, `Jez Humble`, is one too)
    return bool(_ORG_WORD.fullmatch(second) or _COMPANY.search(second))


def org_colon(text: str) -> tuple[str, str] | None:
    """`株式会社ほげ：山田 太郎`, `Imgix, Inc.：Jane Doe`, `株式会社ほげ | 山田 太郎さん`: (where the person works, the
    person) when an organisation comes first, before a colon or a column rule."""
    if " | " in text or "｜" in text:  # `株式会社ほげ | 山田 太郎さん`: a table's or a list's column rule between them
        org, _, who = re.split(r"(\s\|\s|\s*｜\s*)", text, maxsplit=1)
        org = MD_LINK.sub(r"\g<text>", org).strip() if "](" in org else org.strip()
        if org and who.strip() and "|" not in who and is_affiliation(org):
            return org, who.strip()
    if "：" not in text and ": " not in text:
        return None
    org, _, who = re.split(r"(：|:\s)", text, maxsplit=1)
    return (org.strip(), who.strip()) if who.strip() and is_affiliation(org) else None


def names_a_position(text: str) -> bool:
    """Whether `text`, where a title might stand, says where or as what someone works instead: an organisation
    (`株式会社ミナトデザイン`), a job with its place (`Senior Engineer at Northwind`, `CTO, Globex Labs`), or a panel's
    role (`Moderator - CTO at Hollowbrook`). A job's word alone is no sign (`Load Shedding for Small Teams`), nor in a
    long title with a comma (`Scala Developer Tools in IntelliJ IDEA: SBT, Play and Scalate`)."""
    return is_affiliation(text) or works_as(text) and bool(
        re.search(r"\sat\s|@", text) or "," in text and len(text.split()) <= 5) \
        or bool(re.match(ROLE + r"\b", text, re.IGNORECASE))


def is_affiliation(text: str) -> bool:
    """`株式会社ほげ`, `Ferrous Labs`, `DataWerk GmbH`, `フリーランス`: an organisation (or none), not a person."""
    text = text.strip()
    return bool(_COMPANY.search(text) or _SELF_EMPLOYED.fullmatch(text))


# the people of a slot that is no one's talk: `全員`, `ボランティア`, `Everyone`, `Organizers`
_GROUP = re.compile(r"全員|皆さん|みなさん|みんな|参加者(?:全員|の皆さん|の皆様)?|ボランティア|有志|運営(?:チーム|メンバー|一同)?|スタッフ|"
                    r"主催者?|事務局|各社|各位|一同|関係者(?:各位)?|誰か(?:さん)?|あなた|everyone|everybody|anyone|anybody|you(?:\s*[?!]+)?|all|volunteers?|attendees|participants|audience|"
                    r"(?:the\s+)?(?:organi[sz]ers?|staff|hosts?|organi[sz]ing\s+team)", re.IGNORECASE)
_NOT_A_NAME = re.compile(
    r"前編|後編|中編|続編|完結編|再演|仮|仮題|初級|中級|上級|初心者向け|入門|完全版|拡大版|ショート版|English|英語|日本語|"
    r"Japanese|同時通訳|通訳|オンライン|online|remote|リモート|LTs?|代理|代読|予定|TBA|TBD|未定|録画|動画|資料|スライド|slides?|"
    r"(?:資料|スライド)(?:なし|無し)|no\s+slides|discussions?|breakouts?|conclusion|networking|lunch|お父|お母|皆|みな|お客|奥|お兄|お姉|お爺|お婆|お嬢|息子|娘|"
    r"video|demo|デモ|ハンズオン|hands-on|workshop|ワークショップ|keynote|panel|パネル|招待|sponsored|スポンサー|"
    r"beginners?|advanced|intro|part\s*\d*|day\s*(?:\d*|one|two|three|four|five)|\d+日目|"
    r"(?:talks?|sessions?|presentations?|slot|track|room|lt)\s*(?:\d{1,2}|[A-Z])?|株式会社|有限会社|"
    # a room of the venue, a letter or number after its name: `Hall B`, `Main Hall`, `Visboekzaal B`, `Stage 2`
    r"(?:(?:main|small|large|grand|great|lecture|conference|meeting|seminar|east|west|north|south)\s+)?"
    r"(?:hall|stage|auditorium|theat(?:er|re)|ballroom|foyer|lobby)(?:\s*(?:\d{1,2}|[A-Z]))?|"
    r"(?-i:[A-Z][a-z]{3,}\s+[A-Z])|"
    r"(?:lightning|short|main|invited|sponsor)\s+(?:talks?|sessions?)|"
    # a sponsor's tier (`- gold: Acme`, `- bronze: O'Reilly and AESS`)
    r"(?:platinum|gold|silver|bronze|diamond|community|media)(?:\s+sponsors?)?|"
    # a group of people on the programme, named by their part: `Invited Speakers`, `Ninja Talks`, `Opening Act`
    r"(?:[\w'’-]+\s+){1,3}(?:speakers?|talks|presenters|organi[sz]ers|guests|hosts|panelists|act)",
    re.IGNORECASE)
_SECTION_MARK = re.compile(r"^[■□◆◇▼▽▲△]")
# a verb or particle between kanji reads as a phrase (動く, 作った, 未来はサーバー), not a name
_VERB_END = re.compile(f"[{KANJI}][{HIRAGANA}]*[るたくいすうぶむつぬだてれ]$")
_PARTICLE_INSIDE = re.compile(f"[{KATAKANA}{KANJI}][のはをがでにへも][{HIRAGANA}{KATAKANA}{KANJI}]")
# the end of a verb or auxiliary written in hiragana: `話 をする`, `未来 はない`, `やってみた`
_KANA_VERB_END = re.compile(r"(?:する|した|して|ない|ます|ました|れる|った|んだ|みた|よう)$")
_KANA_GIVEN_NAME = re.compile(f"[{HIRAGANA}ー]+")
_PARTICLE_BETWEEN = re.compile(f"[{KANJI}{KATAKANA}A-Za-z0-9][はのが][{KANJI}{KATAKANA}A-Za-z]")
_PARTICLE_END = re.compile(f"[{KANJI}{KATAKANA}A-Za-z][はがをにでへも]$")  # `最初は`, `Hall に`: words of a sentence


def _reads_as_phrase(tokens: list[str]) -> bool:
    """Japanese words that read as a phrase, not a name: a verb or particle between kanji
    (動く, 作った, 未来はサーバー). A given name in hiragana after a surname (佐藤 ゆい,
    霞ヶ関 はるか) is not a verb ending or a particle, so only the surname is checked there."""
    if len(tokens) == 2 and _KANA_GIVEN_NAME.fullmatch(tokens[1]):
        return bool(_VERB_END.search(tokens[0]) or _PARTICLE_INSIDE.search(tokens[0])
                    or _KANA_VERB_END.search(tokens[1]))
    joined = "".join(tokens)
    return bool(_VERB_END.search(joined) or _PARTICLE_INSIDE.search(joined))


_HANDLE_WORD = re.compile(r"(?:^|[\s(（])@[A-Za-z0-9_]")
_TRAILING_PAREN_NOTE = re.compile(r"\s*[（(][^()（）]*[)）]\s*$")
# `平沼 健司 氏`: a family name and a given name in kanji, apart, before an honorific: a name, whatever the
# dictionary makes of its words (健司 may read as common words too)
_SPACED_KANJI_NAME = re.compile(r"[\u3005\u4e00-\u9fff]{1,3}[ 　][\u3005\u4e00-\u9fff]{1,3}")
_HONORIFIC_AFTER_NAME = re.compile(r"\S\s*" + HONORIFIC + r"$")
_HONORIFIC_AT_END = re.compile(HONORIFIC + r"$")
# a clause before the name (`SRE をされている佐々木`, `登壇した山田`): words about the person, not their name
_CLAUSE = re.compile(r"(?:ている|てる|されて|をされ|をして|している|した|です|でした|を務め|で働)")
_NOT_IN_A_NAME = re.compile(r"[。、！？!?:：「」『』【】\[\]/]")
_DIGIT = re.compile(r"\d")
_LOWERCASE_HANDLE = re.compile(r"[a-z][a-z0-9_.\-]{1,30}")
# a Japanese family name in romaji (`NUMATA`, `SEKI`, `HATTORI`), not an acronym (`JSON`, `HTTP`, `AJAX`)
_ROMAJI = re.compile(r"(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwfj])?[aiueo]|n(?![aiueo])|([kstp])(?=\1)){2,}")
_CAPITAL_WORDS = {"TODO", "DATA", "NODE", "MEMO", "DEMO", "NOTE", "SAKE", "SUSHI", "ANIME", "MANGA", "KAIZEN"}
_NAME_PARTICLES = {"de", "da", "das", "do", "dos", "van", "von", "der", "den", "le", "la", "di", "del", "bin", "al", "y", "vom"}


def name_ending(words: str, strict: bool = False) -> str | None:
    """The longest end of `words` (what a sentence says before さん) that reads as a name: `次に佐藤` -> `佐藤`,
    `思われる、Kyle` -> `Kyle`. Never from the middle of a word after a particle."""
    return next((words[k:] for k in range(len(words) - 1) if not words[k].isspace()
                 and not (k and words[k] in "はがをにでへもとの、，,。")
                 and not _OF_BETWEEN.search(words[k:])  # (`CTOの竹内`: the role, then the name)
                 and looks_like_people(words[k:], strict=strict)), None)


_OF_BETWEEN = re.compile(r"[A-Za-z0-9\u4e00-\u9fff]の[\u4e00-\u9fffA-Za-z]")


def looks_like_people(text: str, strict: bool = True) -> bool:
    """Whether `text` reads as one or more people rather than words of a title.

    Written names (`山田さん`, `@yamada`, `Jane Doe`, `杉山 健一`) pass; annotations
    that share the shape (`(前編)`, `(English)`, `(JP)`, `(2019年3月版)`, `(動く)`) do not.
    `strict` asks for more than one Latin word; lenient mode (a timetable, a list
    under a Talks heading) also takes `Sota` or a bare handle.
    """
    return _people_parts(text, strict) is not None


def _people_parts(text: str, strict: bool) -> list[str] | None:
    """split_people(text) when every part reads as a person, else None."""
    if (at_org := org_colon(text)) is not None:  # (`Imgix, Inc.：Jane Doe`: the comma is the company's)
        text = at_org[1]
    parts = split_people(text)
    if not parts:
        return None
    persons = [_looks_like_person(p, strict) for p in parts]
    if all(persons):
        return parts
    # `ClickHouse ソリューションアーキテクト, ジョニー ミルザ`: a person, and where or as what they work
    if any(persons) and all(ok or works_as(p) for ok, p in zip(persons, parts)) and (
            not all(works_as(p) for p, ok in zip(parts, persons) if ok)):
        return parts
    if len(parts) == 1 and _person_after_work(parts[0]):
        return parts  # `Cloudflare Japan株式会社 エヴァンジェリスト 亀田治伸`
    return None


def _person_after_work(part: str) -> Speaker | None:
    """`Cloudflare Japan株式会社 エヴァンジェリスト 亀田治伸`: one person after where and as what they work, when the words
    left after the organisation and the role read as a name."""
    if not works_as(part):
        return None
    sp = parse_person(part)
    return sp if sp and sp.affiliation and not works_as(sp.name) and _looks_like_person(sp.name, True) else None


def _looks_like_person(part: str, strict: bool) -> bool:
    raw = _AKA.sub("", INLINE_TAG.sub("", part) if "<" in part else part).strip()
    if bold := _bold_org(raw):
        raw = bold.group("who")  # `Julius Volz **Prometheus**`: the name over its company set in bold
    if " – " in raw or " — " in raw:  # `Hilton – SchedMD`: the name before its organisation
        raw = re.split(r"\s+[–—]\s+", raw, maxsplit=1)[0].strip()
    if " @ " in raw or " ＠ " in raw:  # `Greg Weng @ Acme`: the name before the organisation
        raw = re.split(r"\s+[@＠]\s+", raw, maxsplit=1)[0].strip()
    if (at_org := org_colon(raw)) is not None:  # `株式会社ほげ：山田 太郎`: the name after its organisation
        raw = at_org[1]
    if "](" in raw and any(is_profile_url(u) for _, u in MD_LINK.findall(raw)):
        return len(MD_LINK.sub(lambda m: m.group("text"), raw)) <= 60
    linked = MD_LINK.fullmatch(raw) if raw.startswith("[") else None
    if linked:  # `[David Rice](http://www.davidlukerice.com/)`: a name linked to the person's own site
        raw = linked.group("text").strip()
    base = _TRAILING_PAREN_NOTE.sub("", raw).strip() if raw.endswith((")", "）")) else raw
    # (a long affiliation in parentheses is no sentence: `Ana Ruiz (Data Science Institute, Coast University)`)
    if not raw or len(base) > 60 or len(raw) > 120:
        return False
    if "@" in raw and _HANDLE_WORD.search(raw):
        return True
    honorific = _HONORIFIC_AFTER_NAME.search(base)
    base = _HONORIFIC_AT_END.sub("", base).strip()
    if not base or _NOT_IN_A_NAME.search(base) or _NOT_A_NAME.fullmatch(base) or _SECTION_MARK.match(base):
        return False  # (`■定員`: a plain text's section mark before a word, no name)
    if honorific:
        # `最初は Hall B にいて hsbt さん`: words of a sentence before the honorific, not a name
        tokens = base.split()
        # `2番目はAcmeの杉本 敦さん`: a particle between words of other scripts, in a long run before さん
        sentence = (len(tokens) >= 3 and any(_PARTICLE_END.search(t) for t in tokens)) or (
            len(base) > 8 and bool(_PARTICLE_BETWEEN.search(base))) or bool(_CLAUSE.search(base))
        return len(base) <= 30 and not sentence and (len(tokens) > 2 or bool(_SPACED_KANJI_NAME.fullmatch(base))
                                                     or names.name_verdict(base) is not False)
    if _DIGIT.search(base):
        return False
    tokens = base.split()
    scripts = {_script(t) for t in tokens}
    if scripts == {"latin"}:
        # initials (`A N M Bazlur Rahman`, `Md. Amir`) do not count toward a name's four words
        words = [t for t in tokens if t.lower() not in _NAME_PARTICLES]
        full = [w for w in words if len(w.rstrip(".")) > 1 and not _INITIALS.fullmatch(w)]  # (`J.F. Bastian`)
        if any(w.lower() in TITLE_GRAMMAR_WORDS for w in words):
            return False  # `The Build Trap`, `A Day Of Rust`: a title's words, capitalised as titles are
        if len(words) >= 2 and words[-1].lower() in _PUBLICATION_WORDS:
            return False  # `SmartHR Tech Blog`, `Ruby Weekly`: a page's site after its title, no one's name
        if not 1 <= len(full) <= 4 or any(len(w.rstrip(".")) > 1 and not _INITIALS.fullmatch(w) and w.isupper() and not (
                len(words) >= 2 and len(w) >= 4 and _ROMAJI.fullmatch(w.lower()) and w not in _CAPITAL_WORDS)
                for w in words):
            return False  # `Python API` is no one; `Kazuya NUMATA` writes the family name in capitals
        if all(w[0].isupper() for w in words):
            return len(words) >= 2 or not strict
        return not strict and len(words) == 1 and bool(_LOWERCASE_HANDLE.fullmatch(words[0]))
    if scripts <= {"cjk", "kana", "cjk+kana"}:
        if len(tokens) > 2 or not 2 <= len(base) <= 12:
            return False
        verdict = names.name_verdict(base)
        return verdict if verdict is not None else not _reads_as_phrase(tokens)
    return False


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# what names a site or a publication at a name's end: `SmartHR Tech Blog`, `Ruby Weekly`, `Rabbit Slide Show`
# (never a word some people bear as a name: `Weekly`, `Wiki`, `Show`, `Times`)
_PUBLICATION_WORDS = {"blog", "blogs", "magazine", "journal", "podcast", "newsletter", "digest", "gazette"}
# the endings of English nouns that name a subject (`Development`, `Automation`, `Methodology`,
# `Middleware`) and the second halves of compound adjectives (`Test-Driven`, `Cloud-Native`); never `Clement`, nor an
# organisation's word after a name (`Mozilla Foundation`, `Cabinet Department`)
SUBJECT_WORD = re.compile(r"^(?!(?:Foundation|Corporation|Association|Federation|Institution|Administration|Organi[sz]ation"
                          r"|Department|Government)s?$)[\w-]*?(?<![Cc]le)(?<=[a-z]{2})(?:tion|ment|ology|ware)s?$"
                          r"|(?<=\w)-(?i:driven|based|first|native|oriented|powered|friendly|aware|ready|free|centric|scale)$")
# English words a title has and a person's name never does


def speaker_key(name: str) -> str:
    """Identity of a person for grouping: NFKC, case-folded, no spaces."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", name).casefold())
