"""Lines that say who gives a talk: a label (`Speaker:`, `登壇者：`, `by`), a sentence naming the
speaker (`山田さんによる基調講演。`), or a short line ending in a name's honorific (`- 山田さん`).
The names themselves are parsed by people.py."""
from __future__ import annotations

import re
from dataclasses import replace

from ..core.model import Speaker
from . import kinds
from .fields import ENTRY_TIME, TRAILING_ASIDE, may_close_with_entry_time
from .links import is_person_page, is_profile_url
from .names import given_name, known_name, name_verdict
from .people import (HONORIFIC, ROLE, BULLET, EMPTY_PARENS, MD_LINK, PARENTHESISED, is_affiliation,
                     named_then_org, looks_like_people, named_people, parse_people, works_as)

# the slot's kind as the label of its speaker's line: `基調講演: まつもと ゆきひろ さん`, `LT: @x さん`, `Keynote: Jane Doe`
_KIND_LABEL = r"基調講演|特別講演|招待講演|講演|ライトニングトーク|LT|ＬＴ|Keynote|Lightning\s+talk"
# what makes a kind's label a speaker's line: `基調講演: まつもと ゆきひろ さん`, `LT: @x さん`, `講演: 笹田 耕一 氏`
_KIND_LABELLED_PERSON = re.compile(HONORIFIC + r"\s*(?:[（(][^()（）]*[)）])?\s*$|@\w|^\s*\[[^\]]+\]\(https?://")
_LABEL = re.compile(
    r"^\s*(?:>\s*)?(?:[-*+•・]\s*)?(?:\*\*)?(?:登壇者|発表者|スピーカー|講演者|演者|講師|登壇|発表|Speakers?|Presenters?|Lecturers?|(?:Presented|Led|Hosted|Given|Delivered|Shared)\s+by|Talk\s+by|"
    + ROLE + r"|(?P<kind>" + _KIND_LABEL + r"))(?:\*\*)?(?:\s*[(（](?!\s*(?:TBC|TBA|TBD|未定|調整中)\s*[)）])[^()（）:：\d]{1,20}[)）])?\s*[:：]\s*(?:\*\*)?\s*(?P<rest>.+)$", re.IGNORECASE)
# sentences that name the speaker: `山田さんによる基調講演。`, `発表者は @x さん。`, `Talk given by Jane Doe.`
_BY_TALK = (r"\s*(?:（[^（）]{1,80}）\s*|\([^()]{1,60}\)\s*)?(?:による|から(?:の)?|の)"
            r"(?:基調講演|講演|発表|LT|ライトニングトーク|セッション|トーク|お話|おはなし|話)")
_BY_SENTENCE = re.compile(r"^\s*(?P<rest>[^。、,]{1,40}?(?:さん|氏|様))" + _BY_TALK)
# the same after the talk's place in the evening: `次は@x さんの発表`, `最後は`, `3番手は`, `続いて` (the name
# right after it, one word: `最初は Hall B にいて hsbt さんの発表まで` says where the writer was)
_PLACE_THEN_BY = re.compile(r"^\s*(?:(?:最初|お?次|その次|最後|トップバッター|トリ|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:番手|番目|人目|本目))は"
                            r"|続いて|続きまして|次に|最後に)"
                            r"\s*(?P<rest>[^。、,\s]{1,30}\s?(?:さん|氏|様))" + _BY_TALK)
# a paragraph that opens with the speaker: `古賀 真一さん。Lambda が出た頃から…`, `Emily Tran さん、…`, `Jo Lee さんからは、…`
_NAME_FIRST = re.compile(r"^\s*(?P<rest>[^。、,，「」『』:：()（）]{1,30}?)\s*(?:さん|氏)\s*(?:から(?:は|の)?\s*)?[。．、]")
_LATIN_NAME_AFTER_WORDS = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])(?P<who>[A-Za-z][A-Za-z0-9_.-]*(?:\s[A-Z][A-Za-z0-9_.-]*)?)\s*(?:さん|氏|様)$")
_HANDLE_BEFORE_SAN = re.compile(r"(?:^|\s)@(?P<h>[A-Za-z0-9_]{2,30})\s*(?:さん|氏)\s*$")
_BIO_OPENING = re.compile(r"^\s*(?P<who>[^.,;:()]{2,40}?)\s*(?:,\s*)?(?:\b(?:is|was|has|works|leads|lives)\b|[.;]\s|,\s)")
_SENTENCE_BREAK = re.compile(r"[a-z]{2}\.\s+[A-Z]|\s(?:is|was|has|works)\s")
_EMPHASIS_THEN_LINKS = re.compile(r"^\s*(?P<m>\*|_)(?P<inner>[^*_\n]{3,80})(?P=m)(?:\s*\[[^\]]*\]\([^)]*\))+\s*$")
_IS_SENTENCE = re.compile(r"^\s*(?:発表者|登壇者|スピーカー|講演者|講師|発表|登壇|最初|次|最後|続いて|トップバッター|トリ)は\s*"
                          r"(?P<rest>[^。「『]{1,120}?)\s*(?:です|でした|。|$)")  # (never into a title: `…さんによる『Title』`)
# `by Jane`, `Presented by Jane Doe (@jd), who works at X.`: the clause after the names is not a name
# (`-- by [Jane Doe](https://jane.dev) -`: an attribution's dashes around it, before a link, a handle or a capital:
# `— by far the best talk —` is a remark)
_BY = re.compile(r"^\s*(?:[-*+•]\s*|(?P<dash>--|[—―–])\s*)?(?:(?:presented|given|delivered|led|hosted|talk|session)\s+)?by\s+"
                 r"(?(dash)(?=[\[@]|(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])))(?P<rest>\S.+?)"
                 r"(?:,\s*(?:who|from|of|a|an|the|which)\b.*)?(?:\s+(?:-{1,2}|[—―–]))?[.。]?\s*$", re.IGNORECASE)


# a phrase after `by`, opening with a determiner no name opens with: `the numbers`, `far the best`, `all means`
_BY_PHRASE = re.compile(r"(?:the|a|an|far|all|any|no|some|this|that|these|those|its|their|our|my|your|now|then|default|"
                        r"design|hand|chance|accident|popular\s+demand)\b(?!['’])")  # (lower case: `by An Nguyen` names her)
# what follows a line's opening `by` when the line is a wrapped sentence going on: a lower-case word, then the
# sentence's end and another (`by surprise. Some highlights:`); a name after `by` is capitalised or a handle
_SENTENCE_GOING_ON = re.compile(r"[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)*[.!?]\s+\S")
# a name after a speaker's label, each word capitalised (`MASASHI TERUI`, `Dr. Lena Park`)
_CAPITALISED_WORDS = re.compile(r"[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){1,3}")
NAME_DASH_ORG = re.compile(r"^\s*(?:[-*]\s+)?(?P<who>[^-–—:：()（）]{3,40}?)\s+[-–—]\s+(?P<org>[^-–—]{2,50}?)\s*$")
# the notes' opening sentence naming who gave the talk: `This talk was given by Jane Doe the creator of X.`,
# `A talk given by Matt Aimonetti who is the CTO of Y.`
_GIVEN_BY = re.compile(r"^\s*(?:This|The|A|An)\s+(?:(?:lightning|short|great|fun|brilliant|excellent)\s+)?"
                       r"(?:talk|session|presentation|keynote)\s+(?:was\s+)?(?:given|presented|delivered)\s+by\s+"
                       r"(?:the\s+(?:excellent|great|brilliant)\s+)?(?P<who>(?:\[[^\]]+\]\([^)]+\)|[A-Z][\w'’.-]+)"
                       r"(?:\s+(?:and\s+)?(?:\[[^\]]+\]\([^)]+\)|[A-Z][\w'’.-]+)){0,4})(?=[\s,.;:(]|$)")


def labelled(line: str) -> re.Match | None:
    """_LABEL or _BY matched, after a quick look for the characters they need (a speed boundary: the speed
    tests compare it with the patterns themselves)."""
    # a label ends in a colon; `by` holds a `y` (no other character matches it, even ignoring case)
    return ((":" in line or "：" in line) and _LABEL.match(line)) or (("y" in line or "Y" in line) and _BY.match(line)) \
        or None


# the labels of the people a panel puts on stage: `Panelists:`, `Moderator:`, `パネリスト：`, `モデレーター：`
_PANEL_ROLES = r"panel+ists?|moderators?|パネリスト|モデレーター"
PANEL_PEOPLE_LABEL = re.compile(r"\s*(?:[-*+]\s+)?(?:\*\*)?(?:" + _PANEL_ROLES + r")(?:\*\*)?\s*[:：]", re.IGNORECASE)
# the labels of a talk's own people, a panel's among them (never a day's `Host:`, `Guide:` or `司会:`, who give no talk)
TALK_PEOPLE_LABEL = re.compile(r"\s*(?:[-*+]\s+)?(?:\*\*)?(?:speakers?|presenters?|presented\s+by|登壇者|発表者|講演者|講師|スピーカー|"
                               + _PANEL_ROLES + r")(?:\*\*)?\s*[:：]", re.IGNORECASE)
# what a slot's person did, said before their name under a label: `Chaired by`, `Moderated by`, `Presented by`
_ROLE_BY = re.compile(r"^(?:chaired|moderated|hosted|facilitated|led|presented|given|introduced)\s+by\s+(?=\S)", re.IGNORECASE)


def speaker_label(line: str) -> re.Match | None:
    """The label that opens a line saying who speaks (`Speaker:`, `登壇者：`, `by`, `ゲスト:`); its
    `rest` group is what follows."""
    m = labelled(line)
    if m and m.re is _LABEL and m.group("kind") and not _KIND_LABELLED_PERSON.search(m.group("rest")):
        return None  # `Lightning talk: DuckDB on a laptop`, `Keynote: Rust Everywhere`: the kind over a title
    return m


def labelled_kind(line: str) -> str | None:
    """The kind a speaker's line is labelled with (`基調講演: X` -> keynote, `LT: X` -> lightning), else None."""
    m = speaker_label(line)
    return kinds.classify(m.group("kind"))[0] if m and m.groupdict().get("kind") else None


def _unlinked_byline(line: str) -> str:
    """`[By Jane Roe](https://…/speakers#jane-roe)` -> `By Jane Roe`: the speakers' page it links is no one's profile."""
    linked = _LINKED_BYLINE.match(line) if line.lstrip().startswith("[") else None
    return f"{linked.group('by')} {linked.group('who')}" if linked else line


# a line that is one link to the person's page on the event's site, their name and where they work its words:
# `[池原 大然, インフラ社](https://conf.example/2019/speakers/ikehara/)`, `[Jane Roe](https://conf.example/speakers#jane-roe)`
_LINKED_LINE = re.compile(r"^\s*\[(?P<who>[^\[\]]{2,80})\]\((?P<url>[^()\s]+)\)\s*$")


def _linked_card(line: str) -> tuple[Speaker, ...] | None:
    m = _LINKED_LINE.match(line)
    if not m or is_profile_url(m.group("url")) or not is_person_page(m.group("url")):
        return None  # (a profile's link, `[Jane Roe](https://twitter.com/jroe)`, is read with its handle elsewhere)
    name, _, org = m.group("who").partition(",") if "," in m.group("who") else m.group("who").partition("，")
    org = org.strip()
    if not looks_like_people(name.strip(), strict=True) or org and (name_verdict(org) is True or org.isascii() and len(
            org.split()) in (2, 3) and given_name(org.split()[0]) and looks_like_people(org, strict=True)):
        return None  # (`[Ana Ruiz, Ken Ito](…)`: two people, read by the splitter)
    found = parse_people(name.strip())
    return tuple(replace(p, affiliation=p.affiliation or org or None) for p in found) if len(found) == 1 else None


def labelled_byline(line: str) -> bool:
    """labelled_speaker_line, naming people beyond doubt (a handle, or a name read as a person's): `By Jane Roe`,
    `Speaker: @ken`, never `By the numbers`. A heading so written is the talk's byline set large."""
    return labelled_speaker_line(line) and all(s.handle or looks_like_people(s.name, strict=True)
                                               for s in speaker_line(line) or ())


def labelled_speaker_line(line: str) -> bool:
    """`Speaker: X`, `登壇者：X`, `by X`, `ゲスト: X`, `Speaker X`: a line that says outright who speaks."""
    line = _unlinked_byline(line)
    m = speaker_label(line)
    if m:
        return bool(parse_people(m.group("rest")))
    return bool(_BARE_LABEL.match(line) and speaker_line(line))  # `Speaker 島田浩二`


# a line that is only an emphasised phrase: `*Jane Doe, Acme*`, `*👩‍💻 Jane Doe (Architect, Acme)*` (talk_body)
EMPHASISED_LINE = re.compile(r"^\s*(?P<m>\*|_)(?P<inner>[^*_\n]{3,240})(?P=m)\s*$")
_COMMA = re.compile(r"\s*[,，]\s*")
_PARENTHESISED_HANDLE = re.compile(r"[（(]\s*@?[A-Za-z0-9_.\-]+\s*[)）]")
# a name's honorific closing the line, maybe before an affiliation in parentheses: `山田さん（ほげ社）`
_HONORIFIC_CLOSING = re.compile(HONORIFIC + r"\s*(?:[（(][^)）]*[)）])?\s*$")
_SENTENCE_MARK = re.compile(r"[。？?！!]")


def _link_text_only(m: re.Match) -> str:
    return m.group("text")


def _sentence_naming(line: str) -> re.Match | None:
    """A sentence naming the speaker (_PLACE_THEN_BY, _BY_SENTENCE, _IS_SENTENCE, _NAME_FIRST, tried in that order);
    each is tried only when the line holds the honorific or particle it needs."""
    san = "さん" in line
    return (((san or "氏" in line or "様" in line) and (_PLACE_THEN_BY.match(line) or _BY_SENTENCE.match(line)))
            or ("は" in line and _IS_SENTENCE.match(line))
            or ((san or "氏" in line) and _NAME_FIRST.match(line)) or None)


# `**細谷 崇** DojoCon Japan 2016 実行委員長`, `**Jane Doe** Acme Corp`: a bold name, then where they are from
_BOLD_NAME = re.compile(r"^\s*(?:[-*+]\s+)?\*\*(?P<name>[^*\n]{2,120}?)\*\*\s*(?P<org>[^*\n]{0,80}?)\s*\\?\s*$")


_BOLD_SUBJECT = re.compile(
    r"^\s*(?P<who>\*\*[^*]{2,60}\*\*(?:\s*(?:,|and|&|と|、)\s*\*\*[^*]{2,60}\*\*)*)\s*(?:さん)?\s*"
    r"(?:(?:showed|opened|presented|talked|explained|gave|demoed|demonstrated|walked|introduced|shared|told|discussed|"
    r"spoke|took|led|closed|started|began|argued|described|[a-z]{3,}(?:ed|es|s))\b|が|は)")
# `**Bill** led a panel together with **Ann**, **Bo** and **Cy**`: the people on stage with the subject
_LINKED_SUBJECT = re.compile(r"^\s*\[(?P<who>[^\]]{2,40})\]\((?P<url>https?://[^)\s]+)\)\s+(?:[a-z]{3,}(?:s|ed)|gave|took|spoke|led|shared|told)\b")
# `…については、[Jane Doe](https://twitter.com/jd)、[Ann Lee](…) による以下の発表をご覧ください`: the linked
# people a talk is by, inside a sentence
_LINKED_BY_JA = re.compile(r"(?P<who>(?:\[[^\]]{2,40}\]\(https?://[^)\s]+\)\s*[、,，と]\s*)*\[[^\]]{2,40}\]\(https?://[^)\s]+\))"
                           r"\s*(?:さん|氏)?\s*による[^。]{0,12}?(?:基調講演|講演|発表|キーノート|LT|ライトニングトーク|セッション|トーク|お話)")
_BY_LINKED_END = re.compile(r"\bby\s+\[(?P<who>[^\]]{2,40})\]\((?P<url>https?://[^)\s]+)\)\s*[.。]?\s*$")
_TOGETHER_WITH = re.compile(r"\b(?:together\s+with|along\s+with|joined\s+by|with)\s+(?P<who>\*\*[^*]{2,60}\*\*"
                            r"(?:\s*(?:,|and|&)\s*(?:and\s+)?\*\*[^*]{2,60}\*\*)*)")


def bold_name_line(line: str) -> Speaker | None:
    """A speaker written as a bold name with an optional affiliation after it. The bold words must be a
    name the dictionary knows (names.py) or Latin words shaped as a name, so `**重要** ...` is not one."""
    m = _BOLD_NAME.match(line) if "**" in line else None
    if not m or _SENTENCE_MARK.search(m.group("org")):
        return None
    name, org = m.group("name").strip(), m.group("org").strip(" 　/／|｜-–—,，\\")
    link = MD_LINK.fullmatch(name)
    if link:  # `**[Jane Doe](https://www.linkedin.com/in/jane)**`: the name is the link's text
        name = link.group("text").strip()
    if len(name) > 40:
        return None
    if name.isascii():
        # `**Key Takeaways** from the day` is a phrase: a Latin name is followed by nothing or a Name-like org
        if not looks_like_people(name, strict=True) or (org and not org[0].isupper()):
            return None
    elif not (name_verdict(name) or (looks_like_people(name, strict=True) and ("(" in name or "（" in name))):
        return None
    found = parse_people(name)
    if len(found) != 1:
        return None
    return Speaker(name=found[0].name, handle=found[0].handle, affiliation=found[0].affiliation or org or None)


_WHOLE_PARENS = re.compile(r"^\s*[(（](?P<inner>(?:by|presented\s+by|speaker|登壇|発表)[^()（）]{2,120})[)）]\s*$", re.IGNORECASE)
# a line that is one link whose words are the byline: `[By Jane Roe & Ken Ito](https://…/speakers#jane-roe)`, the
# programme linking its speakers' page
_LINKED_BYLINE = re.compile(r"^\s*\[(?P<by>(?:presented\s+)?by)\s+(?P<who>[^\[\]]{2,120})\]\((?P<url>[^()\s]+)\)\s*$", re.IGNORECASE)
_WHOLE_EMPHASIS = re.compile(r"^\s*(?:\*\*(?P<bold>[^*\n]{3,120})\*\*|(?P<m>\*|_)(?P<em>[^*_\n]{3,120})(?P=m))\s*$")
# `Jane Doe says: we sharded too early.`: a talk's notes opening with what its speaker said
# a label without its colon, the name right after it (a programme page's cell): `Speaker 島田浩二` (never a number:
# `Speaker 1-1` is a name)
_BARE_LABEL = re.compile(r"^\s*(?:[-*+]\s+)?(?:Speakers?|登壇者|発表者)\s+(?P<rest>(?=[^\s:：\d])[^\W\d_].{0,80}|\[.{1,80})$")
_SAYS = re.compile(r"^\s*(?:[-*+]\s+)?(?P<rest>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s+says\s*[:：]")


# `**Dana Ren**: Dana started programming…`: a bold name, a colon, then a bio that speaks of them again
_BOLD_NAME_BIO = re.compile(r"^\s*\*\*(?P<who>[^*:：]{3,60}?)\s*\*\*\s*[:：]\s*(?P<bio>\S.{20,})$|"
                            r"^\s*\*\*(?P<who2>[^*:：]{3,60}?)\s*[:：]\s*\*\*\s*(?P<bio2>\S.{20,})$")
# what a bio says its person does or is, after their name or a pronoun: `Dana started…`, `He is…`
_BIO_VERB = (r"(?:is|was|has|had|started|works|worked|joined|leads|led|loves|lives|spent|began|grew|enjoys|holds|helps|"
             r"builds|writes|runs|teaches|studied|graduated|moved|became|comes|came|currently|recently)\b")
_BIO_OPENS = re.compile(r"^(?P<w>[A-Z][\w'’-]*)(?:'s|’s)?\s+" + _BIO_VERB)
_PRONOUN = re.compile(r"^(?:He|She|They)\s+" + _BIO_VERB + r"|^(?:彼|彼女)は")


def _tells_of(who: str, bio: str) -> bool:
    """Whether a bio after a bold name is about that person: it opens with their first or last name or a pronoun,
    then what they do (`Dana started…`, `He is…`; never `Key takeaways were…`)."""
    words = who.split()
    opens = _BIO_OPENS.match(bio)
    return bool(_PRONOUN.match(bio)) or bool(words and opens and opens.group("w") in (words[0], words[-1]))


# `**[株式会社ほげ](https://…) CTO [山田 太郎](https://twitter.com/yamada)**（YAMADA Taro）`: a bold line under the
# talk that links where the person works and the person's own profile
_WHOLE_BOLD = re.compile(r"^\s*\*\*(?P<inner>[^*]+)\*\*\s*(?:[(（][^()（）]{1,40}[)）])?\s*$")


def _bold_profile_line(line: str) -> Speaker | None:
    whole = _WHOLE_BOLD.match(line)
    if not whole:
        return None
    found = list(MD_LINK.finditer(whole.group("inner")))
    profiles = [m for m in found if is_profile_url(m.group("url")) and looks_like_people(m.group("text"), strict=False)]
    if len(profiles) != 1 or len(found) > 2:
        return None
    outside = PARENTHESISED.sub("", MD_LINK.sub("", whole.group("inner"))).strip()
    if len(outside) > 20 or re.search(r"[.!?。！？]|\b(?:and|for|to|with|the)\b", outside):
        return None  # `**Thanks to [Acme](…) and [Jane](…) for the pizza!**`: a sentence, not a speaker's line
    person = parse_people(f"[{profiles[0].group('text')}]({profiles[0].group('url')})")
    others = [m.group("text").strip() for m in found if m is not profiles[0]]
    if len(person) != 1:
        return None
    return replace(person[0], affiliation=person[0].affiliation or (others[0] if others else None))


_EMAIL_ASIDE = re.compile(r"\s*[(（]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)）]")


def _slot_byline(line: str) -> re.Match | None:
    """`Name – Role (mail). 9:30 am, Day 1` -> its who/org match when the line closes with a programme slot's time."""
    end = ENTRY_TIME.search(line) if may_close_with_entry_time(line.rstrip()) else None
    return NAME_DASH_ORG.match(_EMAIL_ASIDE.sub("", line[:end.start()]).rstrip(". ")) if end else None


# a Japanese programme's speaker line: where they work (a company or university marker), what they do, then the name in
# kanji, family and given name apart (`株式会社ハーバー ソリューションアーキテクト 山田 太郎`)
_ORG_MARK = re.compile(r"株式会社|有限会社|合同会社|[(（]株[)）]|大学|研究所|Inc\.?|Ltd\.?|LLC")
_ORG_ROLE_NAME = re.compile(r"^\s*(?:[-*]\s+)?(?P<org>(?:[^\s:：|｜][^:：|｜]{0,40}?)?(?:" + _ORG_MARK.pattern + r")"
                            r"[^\s:：|｜]*(?:\s+[^\s。、！？!?:：|｜]{1,20}){0,4}?)\s+(?P<name>[\u3005\u4e00-\u9fff]{1,4}\s+"
                            r"[\u3005\u4e00-\u9fff\u3040-\u309f\u30a1-\u30fa]{1,4}?)\s*(?:さん|氏|様)?\s*$")


# the last words of an organisation's own line, not a person's (`株式会社X 品川 本社`, `東京大学 本郷 校舎`): the dictionary
# reads `品川 本社` as a name (品川 is a surname), so these words are the fallback the rule needs
_ORG_PART = re.compile(r"(?:本社|支社|支店|本店|オフィス|拠点|校舎|キャンパス|事業|事業部|部|課|室|研究科|学部|センター|化|様|さん|氏)$")
_CO_LABEL = re.compile(r"^\s*(?:[-*]\s+)?(?:主催|共催|協賛|後援|協力|会場)")


def _org_role_name(line: str) -> tuple[Speaker, ...] | None:
    """The person of a `Company Role 山田 太郎` line, when the dictionary does not say the last words are no name."""
    m = _ORG_ROLE_NAME.match(line) if len(line) <= 90 and _ORG_MARK.search(line) else None
    if not m or name_verdict(m.group("name")) is False or _ORG_PART.search(m.group("name")) or _CO_LABEL.match(line):
        return None
    return (Speaker(name=m.group("name"), handle=None, affiliation=m.group("org").strip()),)


def linked_by(line: str) -> tuple[Speaker, ...] | None:
    """The people a sentence says a talk is by, each linked to their profile (_LINKED_BY_JA), else None."""
    by_ja = _LINKED_BY_JA.search(line) if "による" in line and "](" in line else None
    if by_ja and all(is_profile_url(url) for _, url in MD_LINK.findall(by_ja.group("who"))):
        return tuple(p for m in MD_LINK.finditer(by_ja.group("who")) for p in parse_people(m.group(0))) or None
    return None


_PLURAL_LABEL = re.compile(r"speakers|presenters|panell?ists|登壇者たち|(?i:by)\s*$", re.IGNORECASE)


# a byline set under a talk's heading after a long dash: `— Kenji Watanabe, Lumenfold · Day 1`, `— moderated by Ada
# Nwosu, with Ryan Cole and Hila Ben-David · Day 1` (the slot's day or time after a middle dot or a bar)
_ATTRIBUTION = re.compile(r"^\s*[—―]{1,2}\s*(?P<who>[^·|｜]+?)\s*(?:[·|｜]\s*(?P<slot>.+?))?\s*$")
_MODERATED = re.compile(r"^(?:moderated|hosted|chaired|led)\s+by\s+(?P<host>.+?)(?:,?\s+with\s+(?P<guests>.+))?$", re.IGNORECASE)


def _attributed(line: str) -> tuple[Speaker, ...] | None:
    """The people a long dash's byline names (`— Name, Org · Day 1`, `— Jane Roe & Li Wei, Acme`, `— moderated by A,
    with B and C`); None when it is no byline. It must say more than a name (a place, a role, the slot after `·`): a
    name alone after a dash is how a quotation is attributed (`— Alan Kay` under an epigraph)."""
    m = _ATTRIBUTION.match(MD_LINK.sub(r"\g<text>", line))
    if not m:
        return None
    who, slot = m.group("who").strip(" ,"), m.group("slot")
    if mod := _MODERATED.match(who):
        people_text = mod.group("host") + (", " + mod.group("guests") if mod.group("guests") else "")
        named = parse_people(re.sub(r",?\s+and\s+", ", ", people_text))
        return named if named and all(looks_like_people(p.name, strict=True) for p in named) else None
    names_part, _, rest = who.partition(",")
    names_part, rest = names_part.strip(), rest.strip()
    if not (rest or slot) or not looks_like_people(names_part, strict=True) or re.fullmatch(r"(?:c\.\s*)?\d{4}s?", rest):
        return None  # (`— Alan Kay, 1971`: a quotation's source and its year)
    named = parse_people(names_part)
    # (each a given name the dictionary knows, or the slot's day or time after the middle dot says it is a programme's)
    if not named or not (slot or all(p.name.split() and given_name(p.name.split()[0]) for p in named)):
        return None
    # (what follows the names: where they work, unless it says the talk's kind, `opening keynote`, `lightning talk`)
    org = rest if rest and kinds.classify(rest + " x")[0] == "talk" else None
    return tuple(replace(p, affiliation=p.affiliation or org) for p in named)


def _name_comma_org(rest: str) -> tuple[Speaker, ...] | None:
    """`Chloé Tremblay, Northlake Analytics`, `Farid Haddadi ([@faridh](…)), Cascadia Data Co.` after a speaker's label:
    one person (a given name the dictionary knows first) and where they work (whose first word is no given name)."""
    shown = MD_LINK.sub(r"\g<text>", rest).strip()
    parts = shown.split(",")
    if len(parts) != 2 or not parts[1].strip():
        return None
    who, org = parts[0].strip(), parts[1].strip().rstrip(".")
    bare = TRAILING_ASIDE.sub("", who)
    first_org = org.split()[0].strip(".,'’") if org.split() else ""
    # (`Ana Silva, Li Wei`: a name the dictionary knows after the comma is a second person)
    if not bare.split() or not given_name(bare.split()[0]) or given_name(first_org) or not org[:1].isupper() \
            or not looks_like_people(bare, strict=True) or len(org.split()) > 5 or known_name(org):
        return None
    found = parse_people(who)
    return tuple(replace(p, affiliation=p.affiliation or org) for p in found) if len(found) == 1 else None


def speaker_line(line: str) -> tuple[Speaker, ...] | None:
    """Speakers when `line` says who is speaking, else None.

    Recognised: a label (登壇者: / 発表者: / Speaker: / by), also in italics (`*Presented by X*`), a
    short bullet or line whose name ends with an honorific (山田さん, [x](https://twitter.com/x)さん),
    a bold name with an affiliation, a bold name over its bio (`**Dana Ren**: Dana …`), a bold line linking the
    person's profile and where they work, and `Jane Doe says:`.
    """
    if line.lstrip().startswith(("(", "（")) and (paren := _WHOLE_PARENS.match(line)):
        line = paren.group("inner")  # `(by Guillermo Pérez)` on its own line under the title
    line = _unlinked_byline(line)
    if line.lstrip().startswith("[") and (card := _linked_card(line)):
        return card
    whole = _WHOLE_EMPHASIS.match(line) if "*" in line or "_" in line else None
    inner = whole and (whole.group("bold") or whole.group("em"))
    if inner and (speaker_label(inner) or _HONORIFIC_CLOSING.search(inner)):
        line = inner  # `*Presented by X*`, `**山田（@yamada）さん**`
    said = _SAYS.match(line) if "says" in line else None
    if said and (named := named_people(said.group("rest"), strict=True)):
        return named
    if line.lstrip()[:1] in "—―" and (attributed := _attributed(line)) is not None:
        return attributed
    has_dash = " - " in line or " – " in line or " — " in line
    dashed = NAME_DASH_ORG.match(line) if has_dash else None
    entry = _slot_byline(line) if has_dash else None
    if entry and looks_like_people(entry.group("who"), strict=True):
        # `- Ken Jin – CPython Core Developer (ken@python.org). 9:30 am, Day 1`: a programme's slot line under the
        # talk's heading, the speaker with what they do, then the slot's time
        return tuple(replace(p, affiliation=p.affiliation or entry.group("org").strip()) for p in parse_people(entry.group("who")))
    if dashed and looks_like_people(dashed.group("who"), strict=True) and (
            named_then_org(dashed.group("who"), dashed.group("org")) or is_affiliation(dashed.group("org"))):
        # `Lars Knoll - The Qt Company` alone under a talk's heading: its speaker and where they work
        return tuple(replace(p, affiliation=p.affiliation or dashed.group("org").strip())
                     for p in parse_people(dashed.group("who")))
    if (placed := _org_role_name(line)) is not None:
        return placed  # `アマゾン ウェブ サービス ジャパン株式会社 Specialist SA 大薗 純平` under the talk's heading
    given = _GIVEN_BY.match(line) if " by " in line else None
    if given and (named := named_people(given.group("who"), strict=True)):
        return named  # `This talk was given by Fatih Arslan, the creator of vim-go.`
    bare = _BARE_LABEL.match(line) if "peaker" in line or "登壇者" in line or "発表者" in line else None
    if bare and looks_like_people(people_text := MD_LINK.sub(r"\g<text>", bare.group("rest")).strip(), strict=False):
        # `Speaker 島田浩二`, `Speaker 福村彰展（メドピア株式会社 CTO）`: a programme page's label without its colon
        return parse_people(people_text) or None
    m = speaker_label(line)
    if m:
        rest = _ROLE_BY.sub("", m.group("rest"))  # `Speaker: Chaired by Carys Llewellyn`: the chair is who is named
        if _SENTENCE_GOING_ON.match(rest) or _BY_PHRASE.match(rest):
            return None  # `by surprise. Some highlights:`: a wrapped sentence's line opening with `by`, no one named
            # (nor `By the numbers`, `By far the best`: `by` and a phrase, no name opening with a determiner)
        if "," in rest and not _PLURAL_LABEL.search(m.group(0)[:len(m.group(0)) - len(rest)]) \
                and (placed := _name_comma_org(rest)) is not None:
            return placed
        bio = _BIO_OPENING.match(rest) if len(rest) > 30 else None
        if bio and (_SENTENCE_BREAK.search(rest) or not looks_like_people(rest, strict=False)):
            # `Speaker: Dana Ren is a Customer Engineer at …`: the name opens the speaker's bio (or no name does)
            who = bio.group("who")
            return parse_people(who) or None if looks_like_people(who, strict=False) else None
        dashed = NAME_DASH_ORG.match(rest) if has_dash else None
        if dashed and (looks_like_people(dashed.group("who"), strict=False)
                       or _CAPITALISED_WORDS.fullmatch(dashed.group("who").strip())):
            return parse_people(rest) or None  # `by MASASHI TERUI - Willyworks, Serverworks`: the person, where they work
        head = re.split(r"\s+[-–—]\s+", rest, maxsplit=1)[0] if has_dash else rest
        if head != rest and looks_like_people(head, strict=True):
            return parse_people(head) or None  # `Lecturer: Mark Veltzer - CTO of Hinbit and a senior instructor at …`
        if len(rest.split()) >= 5 and rest.isascii() and not looks_like_people(rest, strict=False):
            return None  # `Speaker: Working at Acme as an engineer.`: a sentence, no name
        people = parse_people(rest)
        return people or None
    lead = _EMPHASIS_THEN_LINKS.match(line) if "](" in line and ("_" in line or "*" in line) else None
    if lead and looks_like_people(lead.group("inner"), strict=True):
        # `_Taylor Poe and Scott Hans_ [:video_camera:](…)`: the italic names, then the talk's links
        return parse_people(lead.group("inner")) or None
    m = EMPHASISED_LINE.match(line) if "*" in line or "_" in line else None
    if m:
        # `*Jane Doe, Acme*` standing alone under a talk title (a blog platform's byline style)
        parts = _COMMA.split(m.group("inner").strip(), maxsplit=1)
        if len(parts) == 2 and named_then_org(parts[0], parts[1]):
            return (Speaker(name=parts[0].strip(), affiliation=parts[1].strip()),)
        # `*Jane Doe - Project Leader*`, `_Jane Doe, Staff Engineer_`: the name, then what they do
        parts = parts if len(parts) == 2 else re.split(r"\s+[-–—]\s+", m.group("inner").strip(), maxsplit=1)
        if len(parts) == 2 and looks_like_people(parts[0], strict=True) and works_as(parts[1]):
            return tuple(replace(p, affiliation=p.affiliation or parts[1].strip()) for p in parse_people(parts[0]))
        if " and " in m.group("inner") and looks_like_people(m.group("inner"), strict=True):
            return parse_people(m.group("inner")) or None  # `*Silvia Arias and Oscar Orellana*`: the two of them
    bio = _BOLD_NAME_BIO.match(line) if "**" in line else None
    who, told = (bio.group("who") or bio.group("who2"), bio.group("bio") or bio.group("bio2")) if bio else (None, None)
    if who and looks_like_people(who, strict=True) and _tells_of(who, told):
        # `**Dana Ren**: Dana started programming on a C64…`: the speaker's bio under the talk, opened by the name
        return parse_people(who) or None
    profiled = _bold_profile_line(line) if "**" in line and "](" in line else None
    if profiled:
        return (profiled,)
    bold = bold_name_line(line)
    if bold:
        return (bold,)
    linked = _LINKED_SUBJECT.match(line) or _BY_LINKED_END.search(line) if "](" in line else None
    if linked and is_profile_url(linked.group("url")):
        # `[Sunil Pai](https://twitter.com/…) delivers a talk on …`, `… for CRDTs by [Nik Graf](https://twitter.com/…)`
        return parse_people(f"[{linked.group('who')}]({linked.group('url')})") or None
    told = _BOLD_SUBJECT.match(line) if "**" in line else None
    if told:  # `**Jane Doe** and **Ann Lee** showed us how…`: the bold names open a sentence about the talk
        names = [n.strip() for n in re.findall(r"\*\*([^*]{2,60})\*\*", told.group("who"))]
        joined = _TOGETHER_WITH.search(line, told.end())
        if joined:
            names += [n.strip() for n in re.findall(r"\*\*([^*]{2,60})\*\*", joined.group("who"))]
        if names and all(looks_like_people(n, strict=True) or name_verdict(n) for n in names):
            return tuple(p for n in names for p in parse_people(n))
    m = _sentence_naming(line)
    if m:
        # `最初はハーバーデータの髙田 渉さん…`: the name is what follows the sentence's last の / は before it
        rest = m.group("rest")
        handle = _HANDLE_BEFORE_SAN.search(rest)
        if handle:  # `… をされている @MysticDoll さんのおはなし`: the handle is who
            return (Speaker(name=handle.group("h"), handle=handle.group("h")),)
        latin = _LATIN_NAME_AFTER_WORDS.search(rest)
        if latin:  # `実運用ブログで有名なItoさん`: the Latin name after the sentence's Japanese words
            return parse_people(latin.group("who")) or None
        if (named := named_people(rest, strict=False)) is not None:
            return named or None
        for cut in [i + 1 for i, ch in enumerate(rest) if ch in "のはが"]:
            # a shorter end counts only when the dictionary knows it as a name (not `エンジニア` of `…のエンジニアさん`)
            bare = re.sub(HONORIFIC + r"$", "", rest[cut:]).strip()
            known = name_verdict(bare) or (len(bare.split()) == 2 and name_verdict(bare) is not False)  # `髙田 渉`
            if known and (named := named_people(rest[cut:], strict=False)):
                return named
    bullet = BULLET.match(line)
    rest = bullet.group("rest") if bullet else line.strip()
    plain = MD_LINK.sub(_link_text_only, rest) if "](" in rest else rest
    if len(plain) > 60:
        return None
    plain = (_PARENTHESISED_HANDLE.sub("", plain) if ")" in plain or "）" in plain else plain).strip()
    if _HONORIFIC_CLOSING.search(plain) and not _SENTENCE_MARK.search(plain) \
            and (people := named_people(rest, strict=False)) is not None:
        return people or None
    # a bare profile link: "- [handle](https://twitter.com/handle)"
    links = MD_LINK.findall(rest) if "](" in rest else None
    if links and all(is_profile_url(u) for _, u in links):
        outside = EMPTY_PARENS.sub("", MD_LINK.sub("", rest)).strip(" 、,&/")
        # or a name with its profile beside it: "Jane Doe ([github.com/jane](https://github.com/jane))"
        if not outside or looks_like_people(outside, strict=True):
            return parse_people(rest) or None
    return None
