"""People as notes write them: honorifics, handles, affiliations, several speakers.

    小川 直樹さん                    -> 小川 直樹
    株式会社ほげ 山田さん             -> 山田 (affiliation 株式会社ほげ)
    GCP みやざき [mz9](https://twitter.com/mz9)さん -> みやざき (@mz9, GCP)
    Jane Doe (@jane) and Bob          -> two speakers
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from ..model import Speaker

HONORIFIC = r"(?:さん|氏|様|さま|先生|くん|君|ちゃん)"
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
_LABEL = re.compile(
    r"^\s*(?:[-*+•・]\s*)?(?:\*\*)?(?:登壇者|発表者|スピーカー|講演者|講師|登壇|発表|Speakers?|Presenters?|Presented\s+by|Talk\s+by|"
    + ROLE + r")(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(?P<rest>.+)$", re.IGNORECASE)
_ROLE_ONLY = re.compile(ROLE + r"|司会者|進行役|登壇者|発表者|speaker|chair", re.IGNORECASE)
# sentences that name the speaker: `山田さんによる基調講演。`, `発表者は @x さん。`, `Talk given by Jane Doe.`
_BY_SENTENCE = re.compile(
    r"^\s*(?P<rest>[^。、,]{1,40}?" + r"(?:さん|氏|様))\s*(?:による|から(?:の)?|の)"
    r"(?:基調講演|講演|発表|LT|ライトニングトーク|セッション|トーク|お話|話)")
# a paragraph that opens with the speaker: `古賀 真一さん。Lambda が出た頃から…`, `Emily Tran さん、…`
_NAME_FIRST = re.compile(r"^\s*(?P<rest>[^。、,，「」『』:：()（）]{1,30}?)\s*(?:さん|氏)\s*[。．、]")
_IS_SENTENCE = re.compile(r"^\s*(?:発表者|登壇者|スピーカー|講演者|講師|発表|登壇)は\s*(?P<rest>[^。]{1,60}?)\s*"
                          r"(?:です|でした|。|$)")
# `by Jane`, `Presented by Jane Doe (@jd), who works at X.`: the clause after the names is not a name
_BY = re.compile(r"^\s*(?:[-*+•]\s*)?(?:(?:presented|given|delivered|talk|session)\s+)?by\s+(?P<rest>\S.+?)"
                 r"(?:,\s*(?:who|from|of|a|an|the|which)\b.*)?[.。]?\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*+•]\s+)(?P<rest>.+)$")
_MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_AT_HANDLE = re.compile(r"[（(]?\s*@(?P<h>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,38})\s*[)）]?")
_PROFILE_HOSTS = {
    "twitter.com": 0, "x.com": 0, "github.com": 0, "speakerdeck.com": 0, "qiita.com": 0,
    "zenn.dev": 0, "note.com": 0, "www.facebook.com": 0, "facebook.com": 0, "bsky.app": 1,
    "connpass.com": None,  # /user/<name>/
}
_COMPANY = re.compile(
    r"株式会社|有限会社|合同会社|一般社団法人|\(株\)|（株）|㈱|Inc\.?$|Corp\.?$|Corporation|LLC|Ltd\.?|GmbH|大学|研究所|高専|"
    r"Co\.,?|Labs?$|事務所")
# where a person works when it is not a company: freelance, a student, on their own
_SELF_EMPLOYED = re.compile(r"フリーランス|個人(?:開発者?)?|学生|大学院生|無所属|freelancer?|independent|self-employed|student",
                            re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:、|，|,|＆|&|／|/|\band\b|と(?=[^\s]{1,12}さん)|(?:(?<=さん)|(?<=[氏様]))\s*・)\s*", re.IGNORECASE)
_NAMEISH_MAX = 40


def handle_from_url(url: str) -> str | None:
    """The account name in a profile URL (X/Twitter, GitHub, connpass, SpeakerDeck...)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = parts.netloc.lower()
    host = host[4:] if host.startswith("www.") and host[4:] in _PROFILE_HOSTS else host
    segments = [s for s in parts.path.split("/") if s]
    if host.endswith("connpass.com"):
        return segments[1] if len(segments) >= 2 and segments[0] == "user" else None
    if host in _PROFILE_HOSTS and segments:
        index = _PROFILE_HOSTS[host] or 0
        if len(segments) > index:
            name = segments[index].lstrip("@")
            if name.lower() not in {"search", "hashtag", "intent", "share", "home", "i"}:
                return name
    return None


def is_profile_url(url: str) -> bool:
    return handle_from_url(url) is not None


def clean_name(text: str) -> str:
    text = re.sub(r"\*\*|__|`", "", text)
    text = re.sub(HONORIFIC + r"(?=$|[\s)）(（,、。:：!！])", "", text.strip())
    text = text.strip(" \t-–—:：・,、。()（）[]「」")
    return re.sub(r"\s+", " ", text).strip()


def _link_text(m: re.Match, whole: str) -> str:
    """A link's text, or a blank when it only repeats the account the URL names
    (`[@x](https://x.com/x)`, `[github.com/x](https://github.com/x)`) beside a written name."""
    h = handle_from_url(m.group("url"))
    shown = m.group("text").strip()
    if h and (shown.lstrip("@") == h or shown.rstrip("/").endswith("/" + h)
              or shown.rstrip("/") == m.group("url").rstrip("/")):
        others = clean_name(re.sub(r"[（(]\s*[)）]", "", _MD_LINK.sub("", whole)))
        if others:
            return " "
        return h if shown.rstrip("/").endswith("/" + h) else shown
    return m.group("text")


def parse_person(text: str) -> Speaker | None:
    """One person's mention -> Speaker, or None when it is not a name."""
    handle = None
    for m in _MD_LINK.finditer(text):
        h = handle_from_url(m.group("url"))
        if h and not handle:
            handle = h
    whole = text
    text = _MD_LINK.sub(lambda m: _link_text(m, whole), text)
    text = re.sub(r"https?://\S+", "", text)
    text = re.sub(r"^\s*" + ROLE + r"\s*[:：]\s*", "", text, flags=re.IGNORECASE)
    m = _AT_HANDLE.search(text)
    if m:
        handle = handle or m.group("h")
        text = (text[:m.start()] + " " + text[m.end():])
    affiliation = None
    text = re.sub(r"[（(]\s*[)）]", " ", text)
    text = re.sub(HONORIFIC + r"\s*$", "", text.strip())
    paren = re.search(r"[（(]\s*([^()（）]+?)\s*[)）]\s*$", text)
    if paren:
        inner = paren.group(1)
        text = text[:paren.start()]
        if not re.fullmatch(HONORIFIC, inner) and not _ROLE_ONLY.fullmatch(inner.strip()):
            affiliation = inner
    text = re.sub(r"^(.+?)\s*の\s*(?=\S+" + HONORIFIC + ")", r"\1 ", text)  # 株式会社ほげの山田さん
    name = clean_name(text)
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
    return Speaker(name=name, handle=handle, affiliation=(clean_name(affiliation) or None) if affiliation else None)


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
        return split
    first, rest = tokens[0], tokens[1:]
    rest_scripts = {_script(t) for t in rest}
    # "GCP みやざき", "ハコブネラボ 新垣": an org word in another script before a Japanese name
    if len(tokens) == 2 and rest_scripts <= {"cjk"}:
        if _script(first) == "latin" or (_script(first) == "kana" and len(first) >= 4):
            return 1
    return 0


def split_people(text: str) -> list[str]:
    """Split a list of people; links and parentheses (`(Fable & Co)`) stay whole."""
    kept: list[str] = []

    def stash(m):
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    protected = _MD_LINK.sub(stash, text)
    protected = re.sub(r"[（(][^()（）]*[)）]", stash, protected)
    parts = [p for p in _SPLIT.split(protected) if p and p.strip()]
    restore = re.compile(r"\x00(\d+)\x00")
    out = []
    for p in parts:
        while restore.search(p):
            p = restore.sub(lambda m: kept[int(m.group(1))], p)
        out.append(p)
    return out


def parse_people(text: str) -> tuple[Speaker, ...]:
    """Several people; a lone handle or organisation among them belongs to the person beside it.

    `Rui Antunes, @rui_ant` is one person with an account; `山田 太郎さん / 株式会社ほげ`
    and `株式会社ほげ / 山田さん` are one person with an affiliation.
    """
    speakers: list[Speaker] = []
    org: str | None = None
    parts = split_people(text)
    if len(parts) == 2 and text.count(",") + text.count("，") == 1 and _named_then_org(parts[0], parts[1]):
        # `Lena Krüger, DataWerk GmbH`, `Sam Lee, freelance`: a full name, then where the person works
        sp = parse_person(parts[0])
        if sp and sp.affiliation is None:
            return (Speaker(sp.name, sp.handle, clean_name(parts[1]) or None),)
    for part in parts:
        sp = parse_person(part)
        if not sp:
            continue
        if speakers and re.fullmatch(r"\s*[（(]?\s*@[\w.\-]+\s*[)）]?\s*", part) and speakers[-1].handle is None:
            speakers[-1] = Speaker(speakers[-1].name, sp.handle, speakers[-1].affiliation)
            continue
        if _COMPANY.search(part) and not re.search(HONORIFIC + r"\s*$", part.strip()) and not sp.handle \
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


_LATIN_NAME = re.compile(r"[A-Z][\w'’.\-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.\-]*){1,3}")
_ORG_WORD = re.compile(r"[A-Z][A-Za-z0-9&.\-]*|[a-z][a-z\-]+")


def _named_then_org(first: str, second: str) -> bool:
    """`Jane Doe` + `Acme`, `Jane Doe` + `DataWerk GmbH`, `Jane Doe` + `freelance`: a person's full Latin name,
    then one word or a company (two full names, `Jane Doe, John Roe`, are two people)."""
    first, second = first.strip(), second.strip()
    if not _LATIN_NAME.fullmatch(first) or "@" in second or _LATIN_NAME.fullmatch(second) and not _COMPANY.search(second):
        return False
    return bool(_ORG_WORD.fullmatch(second) or _COMPANY.search(second))


def is_affiliation(text: str) -> bool:
    """`株式会社ほげ`, `Ferrous Labs`, `DataWerk GmbH`, `フリーランス`: an organisation (or none), not a person."""
    text = text.strip()
    return bool(_COMPANY.search(text) or _SELF_EMPLOYED.fullmatch(text))


def labelled_speaker_line(line: str) -> bool:
    """`Speaker: X`, `登壇者：X`, `by X`, `ゲスト: X`: a line that says outright who speaks."""
    m = _LABEL.match(line) or _BY.match(line)
    return bool(m and parse_people(m.group("rest")))


_EMPHASISED = re.compile(r"^\s*(?P<m>\*|_)(?P<inner>[^*_\n]{3,80})(?P=m)\s*$")


def speaker_line(line: str) -> tuple[Speaker, ...] | None:
    """Speakers when `line` says who is speaking, else None.

    Recognised: a label (登壇者: / 発表者: / Speaker: / by), or a short bullet or
    line whose name ends with an honorific (山田さん, [x](https://twitter.com/x)さん).
    """
    m = _LABEL.match(line) or _BY.match(line)
    if m:
        people = parse_people(m.group("rest"))
        return people or None
    m = _EMPHASISED.match(line)
    if m:
        # `*Jane Doe, Acme*` standing alone under a talk title (a blog platform's byline style)
        parts = re.split(r"\s*[,，]\s*", m.group("inner").strip(), maxsplit=1)
        if len(parts) == 2 and _named_then_org(parts[0], parts[1]):
            return (Speaker(name=parts[0].strip(), affiliation=parts[1].strip()),)
    m = _BY_SENTENCE.match(line) or _IS_SENTENCE.match(line) or _NAME_FIRST.match(line)
    if m and looks_like_people(m.group("rest"), strict=False):
        return parse_people(m.group("rest")) or None
    bullet = _BULLET.match(line)
    rest = bullet.group("rest") if bullet else line.strip()
    if len(_MD_LINK.sub(lambda mm: mm.group("text"), rest)) > 60:
        return None
    plain = _MD_LINK.sub(lambda mm: mm.group("text"), rest)
    plain = re.sub(r"[（(]\s*@?[A-Za-z0-9_.\-]+\s*[)）]", "", plain).strip()
    if re.search(HONORIFIC + r"\s*(?:[（(][^)）]*[)）])?\s*$", plain) and not re.search(r"[。？?！!]", plain) \
            and looks_like_people(rest, strict=False):
        people = parse_people(rest)
        return people or None
    # a bare profile link: "- [handle](https://twitter.com/handle)"
    links = _MD_LINK.findall(rest)
    if links and all(is_profile_url(u) for _, u in links):
        outside = re.sub(r"[（(]\s*[)）]", "", _MD_LINK.sub("", rest)).strip(" 、,&/")
        # or a name with its profile beside it: "Jane Doe ([github.com/jane](https://github.com/jane))"
        if not outside or looks_like_people(outside, strict=True):
            return parse_people(rest) or None
    return None


_NOT_A_NAME = re.compile(
    r"前編|後編|中編|続編|完結編|再演|仮|仮題|初級|中級|上級|初心者向け|入門|完全版|拡大版|ショート版|English|英語|日本語|"
    r"Japanese|同時通訳|通訳|オンライン|online|remote|リモート|LTs?|代理|代読|予定|TBA|TBD|未定|録画|動画|資料|スライド|slides?|"
    r"video|demo|デモ|ハンズオン|hands-on|workshop|ワークショップ|keynote|panel|パネル|招待|sponsored|スポンサー|"
    r"beginners?|advanced|intro|part\s*\d*|day\s*\d*", re.IGNORECASE)
# a verb or particle between kanji reads as a phrase (動く, 作った, 未来はサーバー), not a name
_VERB_END = re.compile(f"[{KANJI}][{HIRAGANA}]*[るたくいすうぶむつぬだてれ]$")
_PARTICLE_INSIDE = re.compile(f"[{KATAKANA}{KANJI}][のはをがでにへも][{HIRAGANA}{KATAKANA}{KANJI}]")
# the end of a verb or auxiliary written in hiragana: `話 をする`, `未来 はない`, `やってみた`
_KANA_VERB_END = re.compile(r"(?:する|した|して|ない|ます|ました|れる|った|んだ|みた|よう)$")
_KANA_GIVEN_NAME = re.compile(f"[{HIRAGANA}ー]+")


def _reads_as_phrase(tokens: list[str]) -> bool:
    """Japanese words that read as a phrase, not a name: a verb or particle between kanji
    (動く, 作った, 未来はサーバー). A given name in hiragana after a surname (佐藤 ゆい,
    霞ヶ関 はるか) is not a verb ending or a particle, so only the surname is checked there."""
    if len(tokens) == 2 and _KANA_GIVEN_NAME.fullmatch(tokens[1]):
        return bool(_VERB_END.search(tokens[0]) or _PARTICLE_INSIDE.search(tokens[0])
                    or _KANA_VERB_END.search(tokens[1]))
    joined = "".join(tokens)
    return bool(_VERB_END.search(joined) or _PARTICLE_INSIDE.search(joined))


_NAME_PARTICLES = {"de", "da", "das", "do", "dos", "van", "von", "der", "den", "le", "la", "di", "del", "bin", "al", "y"}


def looks_like_people(text: str, strict: bool = True) -> bool:
    """Whether `text` reads as one or more people rather than words of a title.

    Written names (`山田さん`, `@yamada`, `Jane Doe`, `杉山 健一`) pass; annotations
    that share the shape (`(前編)`, `(English)`, `(JP)`, `(2019年3月版)`, `(動く)`) do not.
    `strict` asks for more than one Latin word; lenient mode (a timetable, a list
    under a Talks heading) also takes `Sota` or a bare handle.
    """
    parts = split_people(text)
    if not parts:
        return False
    return all(_looks_like_person(p, strict) for p in parts)


def _looks_like_person(part: str, strict: bool) -> bool:
    raw = part.strip()
    if any(is_profile_url(u) for _, u in _MD_LINK.findall(raw)):
        return len(_MD_LINK.sub(lambda m: m.group("text"), raw)) <= 60
    if not raw or len(raw) > 60:
        return False
    if re.search(r"(?:^|[\s(（])@[A-Za-z0-9_]", raw):
        return True
    base = re.sub(r"\s*[（(][^()（）]*[)）]\s*$", "", raw).strip()
    honorific = re.search(r"\S\s*" + HONORIFIC + r"$", base)
    base = re.sub(HONORIFIC + r"$", "", base).strip()
    if not base or re.search(r"[。、！？!?:：「」『』【】\[\]/]", base) or _NOT_A_NAME.fullmatch(base):
        return False
    if honorific:
        return len(base) <= 30
    if re.search(r"\d", base):
        return False
    tokens = base.split()
    scripts = {_script(t) for t in tokens}
    if scripts == {"latin"}:
        words = [t for t in tokens if t.lower() not in _NAME_PARTICLES]
        if not 1 <= len(words) <= 4 or any(len(w) > 1 and w.isupper() for w in words):
            return False
        if all(w[0].isupper() for w in words):
            return len(words) >= 2 or not strict
        return not strict and len(words) == 1 and bool(re.fullmatch(r"[a-z][a-z0-9_.\-]{1,30}", words[0]))
    if scripts <= {"cjk", "kana", "cjk+kana"}:
        if len(tokens) > 2 or not 2 <= len(base) <= 12:
            return False
        return not _reads_as_phrase(tokens)
    return False


def speaker_key(name: str) -> str:
    """Identity of a person for grouping: NFKC, case-folded, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name).casefold())
