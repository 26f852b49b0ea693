"""People as notes write them: honorifics, handles, affiliations, several speakers.

    堀家 隆宏さん                    -> 堀家 隆宏
    株式会社ほげ 山田さん             -> 山田 (affiliation 株式会社ほげ)
    AWS にしたに [K69](https://twitter.com/K69)さん -> にしたに (@K69, AWS)
    Jane Doe (@jane) and Bob          -> two speakers
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from ..model import Speaker

HONORIFIC = r"(?:さん|氏|様|さま|先生|くん|君|ちゃん)"
_LABEL = re.compile(
    r"^\s*(?:[-*+•・]\s*)?(?:\*\*)?(?:登壇者|発表者|スピーカー|講演者|講師|登壇|発表|Speakers?|Presenters?|Presented\s+by|Talk\s+by)"
    r"(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(?P<rest>.+)$", re.IGNORECASE)
_BY = re.compile(r"^\s*(?:[-*+•]\s*)?by\s+(?P<rest>\S.+)$", re.IGNORECASE)
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
_SPLIT = re.compile(r"\s*(?:、|，|,|＆|&|／|/|\band\b|と(?=[^\s]{1,12}さん))\s*", re.IGNORECASE)
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


def parse_person(text: str) -> Speaker | None:
    """One person's mention -> Speaker, or None when it is not a name."""
    handle = None
    links = list(_MD_LINK.finditer(text))
    for m in links:
        h = handle_from_url(m.group("url"))
        if h and not handle:
            handle = h
    # keep link texts (but not a handle's own text beside a written name), drop URLs
    def link_text(m):
        h = handle_from_url(m.group("url"))
        rest = _MD_LINK.sub("", text)
        if h and m.group("text").lstrip("@") == h and clean_name(rest):
            return " "
        return m.group("text")

    text = _MD_LINK.sub(link_text, text)
    text = re.sub(r"https?://\S+", "", text)
    m = _AT_HANDLE.search(text)
    if m:
        handle = handle or m.group("h")
        text = (text[:m.start()] + " " + text[m.end():])
    affiliation = None
    text = re.sub(HONORIFIC + r"\s*$", "", text.strip())
    paren = re.search(r"[（(]\s*([^()（）]+?)\s*[)）]\s*$", text)
    if paren:
        inner = paren.group(1)
        text = text[:paren.start()]
        if not re.fullmatch(HONORIFIC, inner):
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
    kinds = set()
    for ch in token:
        name = unicodedata.name(ch, "")
        if "KATAKANA" in name:
            kinds.add("kana")
        elif "CJK" in name or "HIRAGANA" in name:
            kinds.add("cjk")
        elif ch.isalpha():
            kinds.add("latin")
    return "+".join(sorted(kinds))


def _affiliation_split(tokens: list[str]) -> int:
    """How many leading tokens are an organisation, not the person (0 when none)."""
    for i in range(len(tokens) - 1, 0, -1):
        if _COMPANY.search(" ".join(tokens[:i])):
            return i
    first, rest = tokens[0], tokens[1:]
    rest_scripts = {_script(t) for t in rest}
    # "AWS にしたに", "オルターブース 知念": an org word in another script before a Japanese name
    if len(tokens) == 2 and rest_scripts <= {"cjk"}:
        if _script(first) == "latin" or (_script(first) == "kana" and len(first) >= 4):
            return 1
    return 0


def split_people(text: str) -> list[str]:
    # keep markdown links whole while splitting
    links: list[str] = []

    def stash(m):
        links.append(m.group(0))
        return f"\x00{len(links) - 1}\x00"

    protected = _MD_LINK.sub(stash, text)
    parts = [p for p in _SPLIT.split(protected) if p and p.strip()]
    return [re.sub(r"\x00(\d+)\x00", lambda m: links[int(m.group(1))], p) for p in parts]


def parse_people(text: str) -> tuple[Speaker, ...]:
    speakers = []
    for part in split_people(text):
        sp = parse_person(part)
        if sp:
            speakers.append(sp)
    return tuple(speakers)


def speaker_line(line: str) -> tuple[Speaker, ...] | None:
    """Speakers when `line` says who is speaking, else None.

    Recognised: a label (登壇者: / 発表者: / Speaker: / by), or a short bullet or
    line whose name ends with an honorific (山田さん, [x](https://twitter.com/x)さん).
    """
    m = _LABEL.match(line) or _BY.match(line)
    if m:
        people = parse_people(m.group("rest"))
        return people or None
    bullet = _BULLET.match(line)
    rest = bullet.group("rest") if bullet else line.strip()
    if len(_MD_LINK.sub(lambda mm: mm.group("text"), rest)) > 60:
        return None
    plain = _MD_LINK.sub(lambda mm: mm.group("text"), rest)
    plain = re.sub(r"[（(]\s*@?[A-Za-z0-9_.\-]+\s*[)）]", "", plain).strip()
    if re.search(HONORIFIC + r"\s*(?:[（(][^)）]*[)）])?\s*$", plain) and not re.search(r"[。？?！!]", plain):
        people = parse_people(rest)
        return people or None
    # a bare profile link: "- [handle](https://twitter.com/handle)"
    links = _MD_LINK.findall(rest)
    if links and all(is_profile_url(u) for _, u in links) and not _MD_LINK.sub("", rest).strip(" 、,&/"):
        return parse_people(rest) or None
    return None


def speaker_key(name: str) -> str:
    """Identity of a person for grouping: NFKC, case-folded, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name).casefold())
