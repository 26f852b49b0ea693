"""Bylines: who gave a talk, written beside its title. The one place that splits a title from its speakers.

    「Title」 by 山田さん / "Title" - Jane Doe        quoted_title
    Title - Jane Doe / Title / 山田さん、佐藤さん      the speakers after the last separator
    Title with Jane Doe / ... led by Jane Doe         with_speaker
    山田太郎 - Rust の話 / [Tom](url) - "Title"        speaker_first
    Title（山田さん）/ Title (Jane Doe, @jane)          trailing_people

`split_title_speaker` reads a list item or table cell (a line that names a talk); `in_heading` and
`in_heading_weak` read a talk heading, which asks for more before it takes words for a name (an honorific,
a handle, a known name), because headings are far more often titles with a subtitle (`Rust - 所有権`).
The decorations of a heading (numbering, rooms, `— Name / 所属`) are taken off first by headings.py.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..core.model import Speaker
from .fields import CJK, CLOSING_PARENS, ESCAPED, LINE_BREAK, PLACEHOLDER, SERIES_PART, TRAILING_ASIDE, at_least, without_markup
from . import dates, kinds, links, names, people
from .sections import bilingual

_HEARD_MARK = re.compile(r"(?<=\S)\s*[★☆✓✔✅⭐🌟]\uFE0F?$")
# (`「Title」 from 松島 史秋 (@h)`: `from` before the people, as `by`)
# (a title in 「」 may quote words of its own in 『』: `「『オープンソース』と『ライセンス』」/ Name`)
_QUOTED = re.compile(r"^[「『\"“](?P<t>(?:『[^』「」]*』|[^」』\"”])+)[」』\"”]\s*(?:(?P<sep>by|from(?=\s)|--|[-–—/／|｜:：])\s*)?(?P<who>.*)$", re.IGNORECASE)
_QUOTE_OPENS = re.compile(r"^(?:[■□●○◆◇▼▽▶►]\s*)?「")  # (never 『』, a book's title: `『Clean Architecture』読書メモ 山田`)
# a plain text's mark opening a line, before a quoted title: `■ 「Title」/ Name`
_LEADING_MARK = re.compile(r"^[■□●○◆◇▼▽▶►]\s*(?=[「『\"“])")
# a kind's word before a quoted title: `基調講演「Title」 from Name`, `Keynote: “Title” - Jane Doe`
_KIND_THEN_QUOTE = re.compile(r"^(?P<kind>[^「『\"“\s:：]{2,12})\s*[:：]?\s*(?=[「『\"“])")
# (`[Title](…), presented by [Jane Doe](…)`: the verb and its comma go with the separator)
# (a spaced colon only before a handle or a person's profile link: `Title : [Jane Doe](https://github.com/jd)`;
# `Docker : Best Practices` is one title)
_SEPARATORS = re.compile(r",?\s+(?:presented|given|delivered|led|moderated|hosted)\s+by\s+|\s+by\s+|\s+from\s+(?=\[?@)|\s+(?:[/|｜]|//)\s+|\s*／\s*|\s+(?:--|[-–—])\s+"
                         r"|\s+[:：]\s+(?=\[?@|\[[^\]]+\]\(https?://(?:www\.)?(?:twitter\.com|x\.com|github\.com|bsky\.app)/)",
                         re.IGNORECASE)
# (the people may be linked to their profiles: `Title ([Jane Doe](https://twitter.com/jd))`)
_PAREN_PEOPLE = r"[（(](?P<who>(?:[^()（）]|\]\([^()\s]*\))+)[)）]"
_TRAILING_PAREN = re.compile(r"^(?P<t>.*\S)\s*" + _PAREN_PEOPLE + r"\s*$")
# `Title (Jane Doe) (Regrettably missed)`: the writer's remark after the people's parentheses
_CALLED_OFF_ASIDE = re.compile(r"cancel|postpone|中止|延期|休講", re.IGNORECASE)
_PEOPLE_THEN_REMARK = re.compile(r"^(?P<t>.*\S)\s*" + _PAREN_PEOPLE + r"\s*[（(](?P<aside>[^()（）]{2,40})[)）]\s*$")
_TITLE_SPEAKER = re.compile(r"^(?P<title>.+?)\s+(?:[/／|｜]|[-–—]|by|from(?=\s+@))\s+(?P<who>[^/／|｜]{1,40}?" + people.HONORIFIC
                            + r"?)\s*$")
# (a byline marked as a person's: an honorific, a handle, or a handle in brackets after the name, `佐藤竜之介(@tricknotes)`)
_NAMED_WHO = re.compile(people.HONORIFIC + r"$|^@|[(（]@[A-Za-z0-9_]{1,30}[)）]$")
_TRAILING_PARENS = re.compile(r"[（(]([^()（）]+)[)）]\s*$")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_HONORIFIC_OR_HANDLE = re.compile(people.HONORIFIC + r"$|@")
_COMMA = re.compile(r"[,，]")



_STRUCK = re.compile(r"<(s|del|strike)>.*?</\1>|~~[^~]+~~", re.IGNORECASE)




@functools.lru_cache(maxsize=16384)
def clean(text: str) -> str:
    """The text of a list item or cell without emphasis marks, struck-out words (`<s>old speaker</s>`: no
    longer true) and the writer's `★` for a talk heard."""
    if "<" in text or "~~" in text:
        text = _STRUCK.sub(" ", text)
    if "_" in text or "*" in text:
        text = _EMPHASIS.sub(r"\g<inner>", text)  # `_[Jane Doe](…)_ - Title`: emphasis around a part (not `\_x\_`)
    if "\\" in text:  # `\_shingt`: a Markdown escape shows the character alone
        text = ESCAPED.sub(r"\1", text)
    if "<br" in text or "<BR" in text:
        text = LINE_BREAK.sub(" ", text)
    text = " ".join(without_markup(text).split())
    return _HEARD_MARK.sub("", text)


_EMPHASIS = re.compile(r"(?<![\w\\*])(?P<m>[_*])(?=[^\s_*])(?P<inner>[^_*]+?)(?<=\S)(?P=m)(?![\w*])")


def opens_with_quote(text: str) -> bool:
    """`"Title" — Jane Doe`, `「Title」 山田さん`: an item that opens with a quoted title."""
    return bool(_QUOTED.match(clean(text)))


_TRAILING_HONORED = re.compile(r"^(?P<t>\S.{2,}?)[ 　]+(?P<who>@?[^\s@「」『』()（）:：、。]{1,20}(?:さん|氏))\s*$")


_LAST_WORD = re.compile(r"(?:^|[ 　])[\u4e00-\u9fff々]{1,4}$")


def _family_name_before(before: str, who: str) -> bool:
    """Whether the word before an honoured name (`古賀` before `美咲さん`) is that name's family name: a word of kanji
    alone, the given name one word, and the two together a name the dictionary knows."""
    family = before.strip()
    given = re.sub(people.HONORIFIC + r"\s*$", "", who).strip()
    return bool(re.fullmatch(r"[\u4e00-\u9fff々]{1,4}", family)) and bool(given) and " " not in given \
        and not given.startswith("@") and names.name_verdict(family + given) is True


def trailing_people(text: str, strict: bool) -> tuple[str, tuple[Speaker, ...]]:
    """`Title（山田さん）`, `Title (Jane Doe, @jane)` -> (title, speakers)."""
    m = _PEOPLE_THEN_REMARK.match(text) if text.endswith((")", "）")) else None
    if m and not _CALLED_OFF_ASIDE.search(m.group("aside")) and not people.looks_like_people(m.group("aside"), strict=True) \
            and (found := people.named_people(m.group("who"), strict=True)) \
            and all(p.handle or names.known_name(p.name) for p in found):
        # `Title (Jane Doe) (Sadly missed)`, `Title (John Roe) (Google)`: the people known as people (a handle, their
        # profile's link, a given name the dictionary knows), then the writer's remark or where they work: one word
        # or a company is theirs (`Title (Part Two) (Beginners)` keeps its parentheses; `(canceled)` is read as before)
        aside = m.group("aside").strip()
        if len(found) == 1 and not found[0].affiliation and (people.is_affiliation(aside) or re.fullmatch(r"[A-Z][\w&.-]{1,30}", aside)):
            found = (replace(found[0], affiliation=aside),)
        return m.group("t").strip(), found
    m = _TRAILING_PAREN.match(text)
    found = people.named_people(m.group("who"), strict=strict) if m else None
    if found:
        return m.group("t").strip(), found
    m = _TRAILING_HONORED.match(text) if "さん" in text or "氏" in text else None
    if m and (found := people.named_people(m.group("who"), strict=False)):
        # `picrinについて stibear1996さん`, `Shenについて　@nobkzさん`: the last word, with its honorific, is who
        title = m.group("t").strip()
        family = _LAST_WORD.search(title)
        if family and _family_name_before(family.group(0), m.group("who")) and title[:family.start()].strip():
            # `型の話 古賀 美咲さん`: the word before the given name is the family name, the person's own
            title, found = title[:family.start()].strip(), people.named_people(
                f"{family.group(0).strip()} {m.group('who')}", strict=False) or found
        return title, found
    return text, ()


def quoted_title(text: str) -> tuple[str, tuple[Speaker, ...]] | None:
    """`“Title” - Jane Doe`, `「Title」 山田さん`: a quoted title and the people after it, or None."""
    text = _LEADING_MARK.sub("", clean(text))
    m = _QUOTED.match(text)
    if not m and (kind := _KIND_THEN_QUOTE.match(text)) and kinds.classify(kind.group("kind"))[0] != "talk":
        m = _QUOTED.match(text[kind.end():])  # (the kind is read from the line as written: the talk's kind)
    if not m:
        return None
    who = m.group("who").strip()
    if re.match(r"[」』\"”][\u3041-\u3096]", text[m.end("t"):]) and not re.search(people.HONORIFIC + r"\s*$", who):
        return None  # `「名古屋で語る会」はじめました`: the sentence goes on after the quotes, which are the title's own
    found = (people.named_people(who, strict=False) or ()) if who else ()
    if not found and who and m.group("sep") in ("/", "／") and _SLASHED_WHO.fullmatch(shown := people.MD_LINK.sub(r"\g<text>", who)) \
            and not _FILE_WORD.fullmatch(shown) and not PLACEHOLDER.fullmatch(shown) and kinds.classify(shown + " x")[0] == "talk" \
            and (people.MD_LINK.fullmatch(who.strip()) or _HANDLE_SHAPED.fullmatch(shown)
                 or people.looks_like_people(shown, strict=False)):
        # `「Title」 / かNEO`, `「Title」 / [蜜葉](…)`: after a quoted title, a slash parts the byline where the words read
        # as someone's, a name linked to its owner's page or a pen name of mixed letters, whatever the word lists make
        # of it (never `/ 初級`, `/ 前編`, `/ English`, `/ オンライン`: the talk's level, part or language)
        found = tuple(people.parse_people(who))
    if found and (m.group("sep") or "").lower() == "from" and not _person_beyond_doubt(who):
        return None  # `「Rails」 from scratch`, `「Go」 from Google`: where the title comes from, no byline
    return m.group("t").strip(), found


# a byline after a quoted title and a slash: a word or two, no digits alone, no sentence's punctuation
_SLASHED_WHO = re.compile(r"(?!\d+\s*(?:分|秒|時間|min|h\b))(?=.*[^\W\d_])[^\s、。,，!?！？()（）]{1,20}(?:\s[^\s、。,，!?！？()（）]{1,20})?(?:さん|氏|様)?")


# a pen name of mixed letters: kana with Latin letters or digits (`かNEO`, `ぱんだ3号`), a handle's shape (`k_maru`)
_HANDLE_SHAPED = re.compile(r"(?=.*[\u3041-\u30ff])(?=.*[A-Za-z0-9])[\u3041-\u30ffA-Za-z0-9_]{2,20}|[a-z][a-z0-9]*_[a-z0-9_]+")


# the people, then the title in quotes, then maybe a short note on the talk (`- 逐次通訳あり`, `(英語)`)
_WHO_THEN_QUOTED = re.compile(r"^(?P<who>[^「『\"“”]{2,120}?)\s*[「『“\"](?P<t>[^」』\"”]{2,200})[」』\"”]"
                              r"\s*(?:[-–—:：]\s*(?P<note>[^「『\"“]{1,30})|[（(](?P<aside>[^()（）]{1,30})[)）])?\s*$")


def _who_then_quoted(text: str) -> tuple[str, tuple[Speaker, ...]] | None:
    """`山田太郎さん「Rustの話」`, `Johnny Mirza, Solutions Architect "An introduction to ClickHouse"`: the speakers
    first, the title in quotes; only when the words before the quotes read as people."""
    m = _WHO_THEN_QUOTED.match(clean(text)) if ("「" in text or "『" in text or "\"" in text or "“" in text) else None
    if not m:
        return None
    who = m.group("who").strip().rstrip(",，、:：-–— ")
    after = (m.group("note") or m.group("aside") or "").strip()
    if after and people.looks_like_people(after, strict=True):
        return None  # `Morning Keynote "Rust in 2030" - Jane Doe`: the person follows the title
    found = people.named_people(who, strict=True)
    # (`今日は「Rustの話」`, `最後に鈴木さん「…」`, `Morning Keynote "…"`: words before the quotes that are no one; each
    # must carry a handle or say where they work, or be a name the dictionary knows)
    if not found or not ("@" in who or any(p.affiliation for p in found) or all(names.name_verdict(p.name) for p in found)):
        return None
    return m.group("t").strip(), found


# a speaker named as a sentence's subject (`Trevor`, `Mia Lund`), and what a recap says they did
_SPEAKER_NAME = r"(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
SPEAKER_DID = (r"(?:talk(?:s|ed)|present(?:s|ed)|spoke|showed|demoed|demonstrated|explained|introduced|covered|discussed|"
               r"shared|(?:walked|took)\s+us|gave|provided|combined|made\s+(?:\w+\s+){0,2}(?:points?|case|argument))")
# `Priya will talk about the Pillow library`, `Tom presented type stubs`: the speaker, a verb, the topic
SPEAKER_VERB = re.compile(
    r"^" + _SPEAKER_NAME + r"\s+(?:will\s+(?:talk|speak|present|show|demo)|"
    r"gave\s+(?:a|an|us\s+an?)\s+(?:\w+\s+)?(?:talk|introduction|overview|demo)\s+(?:on|about|of)|" + SPEAKER_DID + r")\s+"
    r"(?:through\s+|about\s+|on\s+|us\s+)?"
    r"(?P<t>\S.{3,})$")
# `Trevor demoed gnsq, a client for …`: the notes on a talk opening with its speaker doing it
_SPEAKER_DOING = re.compile(r"^\s*" + _SPEAKER_NAME + r"\s+" + SPEAKER_DID + r"\s+\S")


def speaker_doing(line: str) -> tuple[Speaker, ...]:
    """The speaker a line of notes opens with, doing what speakers do (`Trevor demoed …`), or ()."""
    m = _SPEAKER_DOING.match(line)
    if not m or not people.looks_like_people(m.group("who"), strict=False):
        return ()
    return people.parse_people(m.group("who"))


_OWNER_FIRST = re.compile(r"^\s*(?P<who>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){1,2})['’]s\s+(?:\w+\s+){0,2}?"
                          r"(?:talk|keynote|presentation|session|lightning\s+talk|workshop|demo)\b")


# `… by Mikey Ariel, who gave an inspiring talk about …`: the person the notes say gave it
_WHO_GAVE = re.compile(r"(?P<who>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){1,2}),?\s+who\s+(?:gave|presented|delivered|led|ran)\b")


# `The first talk was from Tufan, a Senior Cloud Architect`, `This was a substitute talk, from Jacek, a …`, `the talk was
# given by Dana Ren (Acme)`: the notes' opening sentence saying whom the talk was from
_TALK_FROM = re.compile(r"^(?:The|This|Our|That)\b[^.!?]{0,40}?\b(?:talk|presentation|session|keynote)\b,?\s+(?:was\s+)?"
                        r"(?:(?:given|presented|delivered)\s+)?(?:from|by)\s+" + _SPEAKER_NAME +
                        r"(?P<after>,\s+(?:a|an|the|our|one|who)\b|\s+who\b|\s*[(（])")


def talk_from(line: str) -> tuple[Speaker, ...]:
    """The person an opening sentence says a talk was from (`The first talk was from Tufan, …`), or ()."""
    m = _TALK_FROM.match(line.strip()) if ("from" in line or "by" in line) else None
    # (`The keynote from Microsoft, announcing …`, `… given by Netflix (…)`: a company or a place; a lone first name
    # only before `, a Senior Architect` / `who`, a name in parentheses only when it is a full one)
    strict = m is not None and m.group("after").strip()[:1] in ("(", "（")
    if not m or not people.looks_like_people(m.group("who"), strict=strict) or people.is_affiliation(m.group("who")):
        return ()
    return people.parse_people(m.group("who"))


def owner_first(line: str) -> tuple[Speaker, ...]:
    """The speaker a line of notes names as the talk's owner (`David McIver's keynote was …`, `… by Mikey Ariel,
    who gave an inspiring talk`), or ()."""
    m = _OWNER_FIRST.match(line) or _WHO_GAVE.search(line)
    return people.parse_people(m.group("who")) if m and people.looks_like_people(m.group("who"), strict=True) else ()


def speaker_verb(text: str) -> tuple[str, tuple[Speaker, ...]] | None:
    """`Priya will talk about the Pillow library` -> ('the Pillow library', Priya)."""
    m = SPEAKER_VERB.match(clean(text))
    if not m or not people.looks_like_people(m.group("who"), strict=False):
        return None
    return m.group("t").strip().rstrip("."), people.parse_people(m.group("who"))


_BOLD_ASIDES = re.compile(r"(?<!\s)\s+(?:[\[(（]\d{1,3}\s*(?:min|mins|minutes|分)\.?[\])）]|<?https?://[^\s>]+>?)", re.IGNORECASE)
_BOLD_THEN_WHO = re.compile(r"^(?:\*\*|__)(?P<t>[^*_]{2,200}?)(?:\*\*|__)\s*(?:[,，]|\s[-–—/|]|\s(?:by|with))\s+(?P<who>\S.{1,160})$")


def split_title_speaker(text: str, strict: bool = False) -> tuple[str, tuple[Speaker, ...]]:
    """One line naming a talk and (maybe) its speakers -> (title, speakers).

    `「Title」 by 山田さん`, `Title - Jane Doe`, `Title / 山田さん、佐藤さん`,
    `Title by Jane`, `Title (Jane Doe)`. The speaker part is the text after the
    last separator, and only when it reads as people (people.looks_like_people).
    """
    quoted = ("|" in text or "｜" in text) and _bar_fields(clean(text)) or quoted_title(text) or _who_then_quoted(text)
    if quoted:
        return quoted
    # (`**Fedora.next** [5 min] http://getfedora.org/ - by Jo Dee http://jo.example`: the slot's length and the
    # addresses the programme prints beside the title and the name are neither)
    bold = _BOLD_THEN_WHO.match(_BOLD_ASIDES.sub("", text)) if text.startswith(("**", "__")) else None
    if bold and bold.group("t").strip():  # `**Title**, _Jane Doe_ (Acme)`: the bold marks the title, the people follow a separator
        who = clean(bold.group("who"))
        # (`[_Jane Doe_](images/jane.jpg)`: a name linked to a photo or page reads as the name)
        found = people.named_people(who, strict=strict) or (
            "](" in who and people.named_people(people.MD_LINK.sub(r"\g<text>", who), strict=strict))
        if found:
            return clean(bold.group("t")).strip(), found
    text = clean(text)
    if ("/" in text or "／" in text) and bilingual(text):
        return text, ()  # `計算とCoq / Computing and Coq`: one title said twice
    first = speaker_first(text)
    lead = text[:text.rfind(first[0])].rstrip(" -–—:：/|｜\"'“”「」『』") if first else ""
    lead = people.AND_OTHERS.sub("", lead)  # `名前(所属)他`: and others
    if first and _MARKED_PERSON.search(lead) and (
            len(first[0].split()) >= 4 or not people.looks_like_people(first[0], strict=True)
            or _PROFILE_LINK.fullmatch(lead)):  # `[Jane Doe](https://twitter.com/jd) - Beheading WordPress`
        # `Jane Doe (Acme) - My First Shiny App`: the marked person comes first (but `Title (Part Two) - Jane Doe`)
        return first
    m = TRAILING_PARENS_WHO.search(text) if "：" in text or ":" in text else None
    if m and (at := people.org_colon(m.group("who"))) and people.looks_like_people(at[1], strict=False):
        # `Title（株式会社ほげ：山田 太郎（@yamada））`: the person after where they work, in the title's parentheses
        # (read before the separators: `Title - Subtitle（Org：Name）` is one title)
        person = people.parse_person(at[1])
        return text[:m.start() + 1].strip(), (replace(person, affiliation=at[0]),) if person else ()
    if ("|" in text or "｜" in text) and (barred := _bar_name_dash_org(text)):  # `Title | Jane Doe - Acme`
        return barred[0], tuple(replace(p, affiliation=p.affiliation or barred[2])
                                for p in people.named_people(barred[1], strict=True))
    for sep in reversed(list(_SEPARATORS.finditer(text))):
        title, who = text[:sep.start()].strip().rstrip(",，"), _WRITERS_TAIL.sub("", text[sep.end():].strip())  # (`Title, by Jane`)
        if not title or not who or _unclosed(title):
            continue  # (`Title（ねこやなぎさん / @neko）`: a separator inside the parentheses parts one person's names)
        if sep.group(0).strip() == "//" and not title.endswith(('"', "”", "」", "』")):
            continue  # (`"Title" // Jane Doe`; never `Read Models // Write Models`, one title's two halves)
        is_by = sep.group(0).strip().lower() == "by"
        org_after = _LINKED_THEN_ORG.match(who) if "](" in who else None  # (`Title - [Jane Doe](…), Acme Systems`)
        found = people.named_people(who, strict=strict and not is_by) if not org_after else None
        if not found and "](" in who:  # `Title - [Jane Doe](…) (Acme)`: the people the links show, read strictly
            found = people.named_people(people.MD_LINK.sub(r"\g<text>", org_after.group("who") if org_after else who),
                                        strict=True)
            if found and any(people.is_affiliation(p.name) or _NOT_A_PERSON_LINKED.search(p.name) for p in found):
                found = None  # (`- [Acme Corp](…) (sponsor)`, `[Go Conference](…)`: a company's or an event's page)
            if found and org_after:
                found = tuple(replace(p, affiliation=p.affiliation or org_after.group("org").strip()) for p in found)
        if not found and is_by and (at := _NAME_OF_ORG.match(who)) and (
                named := people.named_people(at.group("who"), strict=True)) and len(named) == 1:
            # `Title by Jane Doe of Acme Labs`, `… from Acme`: the person, then where they work
            # (never `at`: `Learning by Building Things at Google` is a title)
            found = (replace(named[0], affiliation=named[0].affiliation or at.group("org")),)
        if not found and sep.group(0).strip() in ("-", "–", "—") and (role := _name_and_role(who)) \
                and len(named := people.named_people(role[0], strict=True) or ()) == 1:
            # `Title - Vitaly Friedman, founder and editor-in-chief at Smashing Magazine`
            found = (replace(named[0], affiliation=named[0].affiliation or role[1]),)
        if found and _MODERATED.match(sep.group(0)):
            # `Panel on Harbor Business with Chris Bay, Bel Dar, and Jean Arsen, moderated by Shan Smith`: the
            # panellists, then who moderated them
            panel, panellists = with_speaker(people.MD_LINK.sub(r"\g<text>", title))
            return (panel, panellists + found) if panellists else (title, found)
        if found:
            return title, found
    read = _first_reading(text, with_speaker, trailing_handle, _trailing_name_org) or (
        first if first and not _unnamed_latin(first[1]) else None)
    if read:
        return read
    return trailing_people(text, strict)


# a person, a comma, then what they do: `Vitaly Friedman, founder and editor-in-chief at Smashing Magazine`
_NAME_COMMA_ROLE = re.compile(r"^(?P<who>[^,，()\[\]]{3,40}),\s*(?P<role>\S.{2,160})$")


def _name_and_role(text: str) -> tuple[str, str] | None:
    """`Vitaly Friedman, founder and editor-in-chief at Smashing Magazine`, after a title's dash: (the person, as what and
    where they work, however long), where the first part is strictly a person's name and the rest names a job."""
    m = _NAME_COMMA_ROLE.match(text.strip())
    if m and people.works_as(m.group("role")) and people.looks_like_people(m.group("who").strip(), strict=True):
        return m.group("who").strip(), m.group("role").strip()
    return None
_MODERATED = re.compile(r",?\s+(?:moderated|hosted)\s+by\s+$", re.IGNORECASE)
# after the people, the sentence's full stop past a link, or the writer's aside in parentheses, four words or more in
# lower case first: `by [Al Finch](…) (major props to Al for giving this talk with no preparation).`
_WRITERS_TAIL = re.compile(r"(?:\s*[(（](?=[a-z])[^()（）]*?(?:\s+[^\s()（）]+){3,}[)）])?(?<=\))\.$|"
                           r"\s*[(（](?=[a-z])[^()（）]*?(?:\s+[^\s()（）]+){3,}[)）]$")


def _unclosed(text: str) -> bool:
    """Whether `text` leaves a parenthesis open (`Title（ねこやなぎさん`)."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _unnamed_latin(found: tuple[Speaker, ...]) -> bool:
    """People read first in one line alone (`Domain Specific Frameworks - Why they rock`) whose Latin names hold no
    given name the dictionary knows and no handle: a title's first part, capitalised as titles are, more likely."""
    return bool(found) and all(p.name.isascii() and not p.handle and not names.names_someone(p.name) for p in found)


# the words of a linked name that name a company, an event or a page, never a person
_NOT_A_PERSON_LINKED = re.compile(r"\b(?:conf(?:erence)?|meetup|summit|camp|corp|inc|ltd|llc|docs?|blog|team|group|"
                                  r"association|foundation|project|community)\b|\.(?:js|rb|py|go|tokyo|org|com)\b", re.IGNORECASE)


# a title's closing parentheses, one level nested inside them: `Title（株式会社ほげ：山田 太郎（@yamada））`
TRAILING_PARENS_WHO = re.compile(r"\S\s*(?<!\])[(（](?P<who>(?:[^()（）]|[(（][^()（）]{1,30}[)）]){2,80})[)）]\s*$")
def _bar_name_dash_org(text: str) -> tuple[str, str, str] | None:
    """`Title | Jane Doe - Acme` -> (title, who, organisation): after the bar the person, after the dash where
    they work, one word or a company (`Keynote | Rich Hickey - Simple Made Easy` names a talk after the dash)."""
    m = _BAR_NAME_DASH_ORG.match(text)
    if not m or not people.looks_like_people(m.group("who").strip(), strict=True):
        return None
    org = m.group("org").strip()
    if " " in org and not people.is_affiliation(org):
        return None
    return m.group("t").strip(), m.group("who").strip(), org


# a person's card written in fields between bars: `Julia Park | @jpark | Stripe | "Impossible Program"`
_BAR = re.compile(r"\s+[|｜]\s+")
_FIELD_HANDLE = re.compile(r"@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,29}")
_WHOLLY_QUOTED = re.compile(r"^[\"“「『](?P<t>[^\"“”「」『』]{2,200})[\"”」』]$")


def _bar_fields(text: str) -> tuple[str, tuple[Speaker, ...]] | None:
    """`Julia Park | @jpark | Stripe | "Impossible Program"`, `Tea Ho | @teabait | donorschoose.org | Accessibility`
    -> (title, speaker): three fields or more between bars, the first one person (read strictly), the title the one
    field in quotes (else the last), a field of one word the person's handle, the others where they work."""
    fields_ = _BAR.split(text)
    if len(fields_) < 3 or len(found := people.named_people(fields_[0], strict=True) or ()) != 1:
        return None
    quoted = [k for k, f in enumerate(fields_) if _WHOLLY_QUOTED.match(f.strip())]
    if len(quoted) > 1 or quoted and quoted[0] == 0:
        return None
    at = quoted[0] if quoted else len(fields_) - 1
    title = _WHOLLY_QUOTED.match(fields_[at].strip()).group("t") if quoted else fields_[at].strip()
    person, handle, orgs = found[0], found[0].handle, []
    for f in (f.strip() for k, f in enumerate(fields_[1:], 1) if k != at):
        if not handle and _FIELD_HANDLE.fullmatch(f) and (f.startswith("@") or not f[:1].isupper()):
            handle = f.lstrip("@")
        else:
            orgs.append(f)
    return title.strip(), (replace(person, handle=handle, affiliation=person.affiliation or (", ".join(orgs) or None)),)


# linked people, then a comma and where they work: `[Jane Doe](…) and [Jo Bell](…), Acme Systems`
_LINKED_THEN_ORG = re.compile(r"^(?P<who>\[[^\[\]]{2,40}\]\([^)\s]+\)(?:\s*(?:,|and|&)\s*\[[^\[\]]{2,40}\]\([^)\s]+\)){0,3})"
                              r"\s*,\s*(?P<org>(?!(?:Room|Hall|Track|Stage|Floor)\b)[A-Z][^\[\]()\d]{1,39})$")
# (`, 30 min`, `, Room 101`, `, who also runs the group`: no company)
_NAME_OF_ORG = re.compile(r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+(?:of|from)\s+(?P<org>[A-Z0-9][^,;()]{1,40})$")
_BAR_NAME_DASH_ORG = re.compile(r"^(?P<t>.+?)\s+[|｜]\s+(?P<who>[^|｜]+?)\s+[-–—]\s+(?P<org>[^|｜\-–—]{2,40})$")
_LEADING_HANDLE = re.compile(r"^@(?P<h>[A-Za-z0-9_]{2,30})(?![A-Za-z0-9_])\s*(?:" + people.HONORIFIC + r"(?=[\s　\-–—:：|｜/]))?\s*(?:[-–—:：|｜/]\s*)?(?P<t>\S.{2,})$")
# `Mookさん GitのコミットごとにQA環境を作る`: a short name with its honorific, a space, then the title
_LEADING_HONORED = re.compile(r"^(?P<who>[^\s@#「『\[(（]{1,15}?)(?:さん|氏)\s*(?:[-–—:：/|｜／]\s*|[\s　]+)(?P<t>\S.{2,})$")
# (or a pictograph standing between them as a dash would: `**Ben Ode** 🎤 Title`)
# (a pictograph of speaking or pointing only: `Grace Notes 🎵 a synth` and `Ruby ❤ Rails` are titles)
_SPACED_PICTOGRAPH = r"\s+[\U0001F3A4\U0001F399\U0001F5E3\U0001F464\U0001F4AC\U0001F4E2\u25B6\u25BA\u27A1\u2192]\uFE0F?\s+"
_FIRST_SEPARATOR = re.compile(r"\s+[-–—:：/|｜]\s+|" + _SPACED_PICTOGRAPH + r"|\s*[：／｜]\s*")
# `田中哲(港大学)「Title」`, `佐藤雅彦(港大学): Title`, `小島健介(港大学)他: Title`: a person with their
# affiliation in parentheses, then the title quoted or after a colon (`他`, and others, is left out)
_AFFILIATED_THEN_TITLE = re.compile(r"^(?P<who>[^「」『』\"“”:：()（）]{2,30}[(（][^()（）]{2,40}[)）])\s*(?:他|ほか)?\s*"
                                    r"(?:[「『\"“](?P<q>[^「」『』\"“”]{2,})[」』\"”]|[:：]\s*(?P<t>\S.{1,}))$")
_QUOTES = "\"'“”「」『』"
_NAME_LIST = re.compile(r",|、|&|\band\b")


# a person marked as one: an affiliation in parentheses, a handle, an honorific, or a link to their profile
_PROFILE_LINK = re.compile(r"\[[^\]]+\]\(https?://(?:www\.)?(?:twitter\.com|x\.com|github\.com|bsky\.app)/[^)]+\)")
_MARKED_PERSON = re.compile(r"(?<!\])[（(][^()（）]{2,}[)）]\s*$|(?:^|\s|\[)@\w|" + people.HONORIFIC + r"\s*$"
                            r"|^\[[^\]]+\]\(https?://(?:www\.)?(?:twitter\.com|x\.com|github\.com|bsky\.app)/[^)]+\)$")


def marked_person(text: str) -> bool:
    """Whether the part before a line's first separator is marked as a person (affiliation, handle, honorific)."""
    m = _FIRST_SEPARATOR.search(text)
    return bool(m and _MARKED_PERSON.search(text[:m.start()].strip()))


# a name linked to that person's page, a colon, the title: `[Jane Doe](https://conf.example/speakers/doe/): Title`
_LINKED_PERSON_COLON = re.compile(r"^\[(?P<who>[^\[\]]{2,40})\]\((?P<url>[^)\s]+)\)\s*[:：]\s+(?P<t>\S.+)$")


def speaker_first(text: str) -> tuple[str, tuple[Speaker, ...]] | None:
    """`山田太郎 - Rust の話`, `[Tom Stuart](https://tomstu.art) - "Computation in Ruby"`: the speaker
    written before the title. Only when the first part reads as people (strict) and the rest does not."""
    if ("|" in text or "｜" in text) and (carded := _bar_fields(text)):
        return carded  # `Julia Park | @jpark | Stripe | "Impossible Program"`
    lead = _LEADING_HANDLE.match(text)
    if lead:  # `@rerorero protoactor-goで作るアクター`: the handle, then the title
        return lead.group("t").strip(), (Speaker(name=lead.group("h"), handle=lead.group("h")),)
    named = _LEADING_HONORED.match(text)
    if named and people.looks_like_people(named.group("who") + "さん", strict=True):
        return named.group("t").strip(), people.parse_people(named.group("who"))  # `Mookさん Gitの話`
    linked = _LINKED_PERSON_COLON.match(text)
    if linked and links.is_person_page(linked.group("url")) and (
            found := people.named_people(linked.group("who"), strict=True)):
        return linked.group("t").strip(), found  # `[Jane Doe](https://conf.example/speakers/doe/): Title`
    affiliated = _AFFILIATED_THEN_TITLE.match(text)
    if affiliated and (found := people.named_people(affiliated.group("who"), strict=True)):
        return (affiliated.group("q") or affiliated.group("t")).strip(), found  # `田中哲(港大学)「Title」`
    m = _FIRST_SEPARATOR.search(text)
    if not m:
        return None
    who, title = text[:m.start()].strip(), text[m.end():].strip()
    if not who or len(title.strip(_QUOTES)) < 2 or dates.date_line(title):
        return None  # (`New York - June 26, 2017`: a place and its day, not a person and a title)
    # a title in Title Case reads like a name too; the side marked as a person (an affiliation in
    # parentheses, a handle, an honorific) is the speaker
    # (five words or more, with no list between them, are a title: `How To Be A Web A/V Artist`)
    one_phrase = len(title.split()) > 4 and not _NAME_LIST.search(title)
    if not one_phrase and people.looks_like_people(title, strict=False) and not (_MARKED_PERSON.search(who)
                                                               and not _MARKED_PERSON.search(title)):
        return None
    found = people.named_people(who, strict=True)
    if not found or who.isascii() and any(people.SUBJECT_WORD.search(w) for w in who.split(",")[0].split()):
        return None  # (`Zen-Driven Development - Protect Your Sanity`: the subject before its subtitle)
    if len(title) > 2 and title[0] in _QUOTES and title[-1] in _QUOTES:
        title = title[1:-1].strip()
    return title, found


# (each name may say where the person works in brackets: `with Ama Boateng (Fenwick) & Jules Carver (Saltbox)`)
_WITH_SPEAKER = re.compile(r"^(?P<title>.{3,}?)\s+(?:with|presented\s+by|led\s+by)\s+(?P<who>[A-Z][^\s,()]+(?:\s+[A-Z][^\s,()]+){1,2}"
                           r"(?:\s*\([^()]{1,30}\))?"
                           r"(?:(?:\s*,\s*(?:and\s+)?|\s*(?:and|&)\s*)[A-Z][^\s,()]+(?:\s+[A-Z][^\s,()]+){1,2}(?:\s*\([^()]{1,30}\))?)*)\s*$")


_HONORIFIC_TAIL = re.compile(r"\s*(?:さん|氏)\s*$")
_BYLINE_SEPARATOR_END = re.compile(r"\s+(?:by|from|[-–—/／|｜])\s+@?$", re.IGNORECASE)


def without_own_byline(title: str, speakers: tuple[Speaker, ...]) -> str:
    """A title that still ends with its own speaker's byline (`Title by Shunya078` in a table whose
    speaker column says Shunya078, `Title - Jane Doe` over a `Speaker: Jane Doe` line, `Title (Jane Doe)` over
    notes opening `[Jane Doe](…) talked about …`): the title alone."""
    bare = _HONORIFIC_TAIL.sub("", title)
    folded = bare.casefold()
    for sp in speakers:
        for who in {sp.name, sp.handle} - {None, ""}:
            inside = CLOSING_PARENS.search(bare)  # (`型の話（@kuma）`: the handle's @ written or not)
            if inside and inside.group("inner").strip().lstrip("@").casefold() == who.casefold().lstrip("@") \
                    and inside.start() >= 2:
                return bare[:inside.start()].rstrip()
            if not folded.endswith(who.casefold()):
                continue
            m = _BYLINE_SEPARATOR_END.search(bare[:len(bare) - len(who)])
            if m and m.start() >= 2:
                return title[:m.start()].rstrip()
            # `「RubyKaigiの話」@kakutani` over the speaker's own line: the handle after the quoted title
            before = bare[:len(bare) - len(who)]
            if before.endswith("@") and len(before.rstrip("@ ")) >= 2 and before.rstrip("@ ")[-1] in "」』\"”":
                return before.rstrip("@ ")
    return title


def with_speaker(title: str) -> tuple[str, tuple[Speaker, ...]]:
    """`Google Cloud 101 with Jane Doe`, `... led by Jane Doe`: the speaker named after `with`, always
    as a full name (`Testing with Python Mocks` keeps its words when they do not read as a person)."""
    m = _WITH_SPEAKER.match(title) if " with " in title or " by " in title else None
    # (`… with Value Stream Management`: after `with`, only words naming someone the given names know are people)
    who = m.group("who").rstrip(".") if m else ""  # (`Town Hall with Matt Mull.`: the sentence's full stop)
    if m and people.looks_like_people(who, strict=True) and names.names_someone(who):
        found = people.parse_people(who)
        if found:
            return m.group("title").strip(), found
    # `PHP コードの実行モデルを理解する by 新原 雅司`: a plain `by`, then what reads as people and nothing else
    m = _BY_SPEAKER.match(title) if " by " in title else None
    if m and people.looks_like_people(m.group("who"), strict=True):
        found = people.named_people(m.group("who"), strict=True)
        if found:
            return m.group("title").strip(), found
    return title, ()


# (the last `by`: a title may hold the word, `"Building relationships by listening" by Jane Doe`)
_BY_SPEAKER = re.compile(r"^(?P<title>.{3,})\s+by\s+(?P<who>[^\s,]+(?:[\s,、]+[^\s,、]+){0,5})\s*$")



def in_heading(title: str) -> tuple[str, tuple[Speaker, ...]]:
    """A heading's byline when it is unmistakable: `Title / 山田さん`, `Title - @h`, `Title from @h さん`,
    `Title（山田さん）`, `山田太郎 - Title`. (title, ()) when the heading names nobody so."""
    found = _in_heading_as_written(title)
    if found[1] or " -- " not in title:
        return found
    # `[Jane Roe](…) -- Title`: two hyphens typed for the dash they stand for (the title's own stay as written)
    split = _in_heading_as_written(title.replace(" -- ", " – "))
    return (split[0].replace(" – ", " -- ") if " – " not in title else split[0], split[1]) if split[1] else found


# a byline the writer set apart in emphasis after the title: `[Title](…) _by Jane Doe_`, `Title *by Jane and Sam*`
_EMPHASISED_BYLINE = re.compile(r"^(?P<title>\S.*?)\s+(?P<m>_|\*)(?i:by)\s+(?P<who>[^_*]{2,80}?)(?P=m)\s*$")


def _in_heading_as_written(title: str) -> tuple[str, tuple[Speaker, ...]]:
    if (m := _EMPHASISED_BYLINE.match(title)) and people.looks_like_people(m.group("who"), strict=True) and (
            not m.group("who").isascii() or names.names_someone(m.group("who"))):  # (never `_by Popular Demand_`)
        return m.group("title").strip(), people.parse_people(m.group("who"))
    quoted = quoted_title(title) if _QUOTE_OPENS.match(title) else None
    if quoted and quoted[1]:
        return quoted  # `「Title」/ みなと (@minato)`: the quotes hold the title, the people follow them
    m = _TITLE_SPEAKER.match(title)
    if m and _NAMED_WHO.search(m.group("who").strip()) and not _unclosed(m.group("title")):
        found = people.parse_people(m.group("who"))
        if found:
            return m.group("title").strip(), found
    # (`Title @安田 力(やっとこ)`: the at-sign's name first, its parentheses are the name's own)
    # (never a reading that leaves a parenthesis open: `Title（ねこやなぎさん / @neko）` is one person's two names)
    read = _first_reading(title, trailing_handle, _heading_parens, speaker_first, _comma_pair, _possessive)
    if read and _unclosed(read[0]):
        read = _heading_parens(title)
    return read or (title, ())


# `Amy Gebhardt's _From Junior to Senior_`, `Jane Roe’s “Title”`: the person's name, `'s`, then the title marked as one
_POSSESSIVE = re.compile(r"^(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})['’]s\s+"
                         r"(?:_(?P<a>[^_]{3,200})_|\*(?P<b>[^*]{3,200})\*|[\"“](?P<c>[^\"“”]{3,200})[\"”])\s*[.!]?$")


def _possessive(text: str) -> tuple[str, tuple[Speaker, ...]] | None:
    m = _POSSESSIVE.match(text.strip())
    if not m or not people.looks_like_people(m.group("who"), strict=True):
        return None
    return (m.group("a") or m.group("b") or m.group("c")).strip(), people.parse_people(m.group("who"))


def _comma_pair(text: str) -> tuple[str, tuple[Speaker, ...]] | None:
    """`Latest in Visual Studio 2019, Marian Luparu and Simon Brand`: after the last comma, people joined by `and`
    (one name alone after a comma may be the title's: `Code Review, Best Practices`). Split at the last comma, so
    no pattern backtracks over the heading's commas."""
    if "," not in text or not (" and " in text or " & " in text):
        return None
    parts = text.strip().split(",")
    last = parts[-1].strip()
    if not re.search(r"\s(?:and|&)\s", last) or not people.looks_like_people(last, strict=True):
        return None
    # (only the last part: `Code Review, Best Practices, Jane Doe and John Roe` cannot tell a capitalised phrase
    # from a name, so the parts before it stay the title's)
    title, who = ",".join(parts[:-1]).strip(), last
    if len(title) < 3 or re.search(r"\s[-–—]\s", title):
        return None  # (`Title - Jane Doe, John Roe & Ann Poe`: the dash opens the byline, read elsewhere)
    found = people.named_people(who, strict=True)
    return (title, found) if found and len(found) >= 2 else None


# `世界に広がるコミュニティ 鈴木 拓生(Google)`: a family and a given name in kanji, spaced, then where they work
_TRAILING_NAME_ORG = re.compile(r"^(?P<t>\S.{2,}?)\s+(?P<who>[\u4e00-\u9fff々]{1,4}[ 　][\u4e00-\u9fff々\u3040-\u309f]{1,4})"
                                r"\s*[(（](?P<org>[^()（）]{1,30})[)）]\s*$")


def _trailing_name_org(text: str) -> tuple[str, tuple[Speaker, ...]] | None:
    m = _TRAILING_NAME_ORG.match(text)
    if m and people.looks_like_people(m.group("who"), strict=True):
        return m.group("t").strip(), (Speaker(name=m.group("who"), affiliation=m.group("org").strip()),)
    return None


def _first_reading(text: str, *readers) -> tuple[str, tuple[Speaker, ...]] | None:
    """The first of `readers` (each `text -> (title, speakers)` or None) that finds speakers."""
    for read in readers:
        found = read(text)
        if found and found[1] and not people.PARENTHESISED.fullmatch(found[0].strip()):
            return found  # (`山田さん (Stripe)`: a person and where they work, no title left)
    return None


# (the handle may link the speaker's profile: `Puma in Production [@nathany](https://twitter.com/nathany)`)
_TRAILING_HANDLE = re.compile(r"^(?P<t>\S.{2,}?)(?:\s*[:：|｜])?\s+(?P<link>\[)?@(?P<h>[A-Za-z0-9_]{2,30})(?(link)\]\(https?://[^)\s]+\))"
                              r"\s*(?:さん|氏)?\s*$")


# `… の紹介 @安田 力(やっとこ)`, `… @じゅんこ`: a blog's habit of an at-sign before the speaker's written name
_TRAILING_AT_NAME = re.compile(r"^(?P<t>\S.{2,}?)\s+[@＠]\s?(?P<who>[^\s@A-Za-z0-9_][^\s@]{0,9}(?:[ 　][^\s@()（）]{1,10}){0,2}"
                               r"(?:\s*[(（][^()（）]{1,30}[)）])?)\s*(?:さん|氏)?\s*$")


def trailing_handle(text: str) -> tuple[str, tuple[Speaker, ...]] | None:
    """`Collection再入門 @amaya`: the handle closing a title is its speaker; so is a name written after an
    at-sign (`Title @安田 力(やっとこ)`)."""
    m = _TRAILING_HANDLE.match(text)
    if m:
        return m.group("t").strip(), (Speaker(name=m.group("h"), handle=m.group("h")),)
    m = _TRAILING_AT_NAME.match(text) if "@" in text or "＠" in text else None
    if m and _a_persons_name(m.group("who")):
        return m.group("t").strip(), people.parse_people(m.group("who"))
    return None


_PLACE_WORDS = re.compile(r"本社|支社|オフィス|ホール|会議室|ビル|センター|会館|大学|会場|タワー|ヒルズ|ヒカリエ|\d+\s*[FＦ階]")


def _a_persons_name(who: str) -> bool:
    """After an at-sign, a person rather than a place (`@渋谷`, `@新宿` say where): a family and given name
    apart, a name with its nickname in parentheses or its honorific, a nickname in kana, or a name the dictionary
    knows."""
    bare = TRAILING_ASIDE.sub("", who).strip()
    if not people.looks_like_people(who, strict=False) or _PLACE_WORDS.search(who):
        return False  # (`@ 東京 本社(5F)`, `@ 渋谷ヒカリエ`: where, written like a name)
    return " " in bare or "　" in bare or bare != who.strip() or bool(re.fullmatch(r"[\u3040-\u30ffー]{2,}", bare)) \
        or bool(re.search(people.HONORIFIC + r"$", bare)) or names.name_verdict(bare) is True


def in_heading_weak(title: str) -> tuple[str, tuple[Speaker, ...], str]:
    """A heading's byline read only when the lines under it name nobody: a quoted title with the people
    after it, or `Title with Jane Doe`. (title, speakers, how it was read)."""
    quoted = quoted_title(title)
    if quoted and quoted[1]:
        return quoted[0], quoted[1], "the heading's byline"
    rest, found = with_speaker(title)
    return rest, found, "'with' in the heading"


def _heading_parens(title: str) -> tuple[str, tuple[Speaker, ...]]:
    """`Title（山田さん）`, `Title（はるさめ）` -> the speaker out of the heading.

    Latin words in parentheses stay in the title unless they carry a handle
    (`(JP)`, `(Part Two)`, `(Remote)` are far more common there than names).
    """
    m = _TRAILING_PARENS.search(title)
    if not m:
        return title, ()
    who = m.group(1)
    if _LATIN_LETTER.search(who) and not _HONORIFIC_OR_HANDLE.search(who.strip()):
        found = people.parse_people(who) if _COMMA.search(who) and people.looks_like_people(
            _COMMA.split(who)[0], strict=True) else ()
        if len(found) == 1 and found[0].affiliation:  # `Title (Jane Doe, Acme Corp)`
            return title[:m.start()].strip(), found
        return title, ()
    return trailing_people(title, strict=True)


# (the byline follows the last separator: `JSON API -- The ultimate weapon -- Jane Roe` keeps its title's own `--`)
_BYLINE = re.compile(r"^(?P<title>.+?)\s+(?:—|――|―|--|/|／|\||by)\s+(?P<who>(?:(?!\s--\s)[^—―/／|])+)$")
_HANDLE_COLUMN = re.compile(r"\s+[-–—]\s+@[A-Za-z0-9_]{2,30}\s*$")
_BYLINE_ORG = re.compile(r"^(?P<title>.+?)\s+(?:—|――|--|–)\s+(?P<who>[^—/／|]+?)\s*[/／|｜]\s*(?P<org>[^—/／|]+)$")
_BY_NAME_ORG = re.compile(r"^(?P<title>.+?)\s+by\s+(?P<who>[^/／|｜]+?)\s*[/／]\s*(?P<org>[^/／|｜]+)$")
_SPONSOR_ASIDE = re.compile(r"[(（][^()（）]*(?:sponsor|スポンサー|協賛)[^()（）]*[)）]\s*$", re.IGNORECASE)
_BYLINE_DASH = re.compile(r"^(?P<title>.+?)\s+[-–]\s+(?P<who>[^-–—/／|]+)$")
_SPEAKER_FIRST = re.compile(r"^(?P<who>[^「」『』:：]{1,30}?)\s*(?P<hon>さん|氏|様)?\s*[「『](?P<t>[^「」『』]+)[」』]$")


# people closing a heading after a space, each a full name with an honorific: `Title　川口 耕介 氏 / 市谷 聡啓 氏`
# (one word with an honorific, `Title stibear さん`, is trailing_people's `_TRAILING_HONORED`)
_NAME_PART = r"[^\s/／、　\-–—:：|｜@\[\]()（）]{1,8}"
def _one_word_named(part: str) -> bool:
    """An honoured part of one word (`天野さん`) is a name only where the dictionary knows it as one or it is a handle
    (`ようこそ 新人さん`: a word with an honorific); a family and a given name apart (`川原 耕平 氏`) always is."""
    bare = re.sub(r"\s?(?:氏|さん|様)$", "", part).strip()
    # (a nickname in hiragana, `よしそさん`, or a handle, `kbaba1001さん`, is a name too; a word in katakana or a
    # capitalised word is as often a company's or a thing's: `ヤフーさん`, `ピザさん`, `Googleさん`)
    return " " in bare or bool(re.fullmatch(r"[a-z0-9_][\w\-]{1,20}|[\u3040-\u309fー]{2,8}", bare)) or names.name_verdict(bare) is True


# `Title by 一円 真治さん`: the family name after `by`, the honoured given name after it (read by `by`, whole)
_BY_FAMILY_NAME = re.compile(r"\s(?:by|from)\s+\S+$", re.IGNORECASE)
# (a name never opens with a particle: `JavaScript の小技 天野さん` is a title, then 天野さん)
_HONOURED = r"(?!(?:by|from|with)\s)(?![のはがをにでとへや])" + _NAME_PART + r"(?: " + _NAME_PART + r")?\s?(?:氏|さん|様)"
# after the first, a panel's list may name one by a handle: `… / 杉田 真央 氏 / quiet-fox 氏 / 島田 亮 氏`
_HONOURED_OR_HANDLE = r"(?:" + _HONOURED + r"|[A-Za-z][\w\-]{1,20}\s?(?:氏|さん|様))"
_SPACED_HONOURED_BYLINE = re.compile(r"(?<!\sby)(?<!\sfrom)\s(?P<who>" + _HONOURED + r"(?:\s*[/／、,，]\s*" + _HONOURED_OR_HANDLE
                                     + r")*)\s*$")


def _dash_org_byline(title: str) -> tuple[str, str] | None:
    """`Title - 株式会社ほげ 山田太郎`, `Title - 山田太郎（株式会社ほげ）`, `Title - 株式会社ほげ CTO 山田さん`: after a plain dash,
    a person with where they work (a plain dash alone is a subtitle's as often)."""
    m = _BYLINE_DASH.match(title)
    if not m:
        return None
    who = people.parse_person(m.group("who").strip())
    if who and who.affiliation and people.is_affiliation(who.affiliation) and people.looks_like_people(who.name):
        return m.group("title").strip(), f"{who.name}（{who.affiliation}）"
    return None


# `Title – Jane Doe – Acme`, `Title – Jane Doe, Acme Labs`: after the last spaced dashes, a person and where they work
_DASHED_PARTS = re.compile(r"\s+[-–—]\s+")
_ORG_TAIL = re.compile(r"[^\s.!?。！？:：;(（\[【][^!?。！？:：;(（]{0,39}")  # (not `（仮題）`: a note on the title)


def _an_org(text: str) -> bool:
    """Where a person works, as a heading's last part: a company's name (`Harbour Labs`), or words that read as
    no person (`Google`, `1776`; `Jane Roe` is a second speaker)."""
    return people.is_affiliation(text) or not people.looks_like_people(text, strict=True)


def _name_then_org(title: str) -> tuple[str, str] | None:
    """`A Very Long Title – Jane Doe – Acme` (three parts) or `Title – Jane Doe, Acme Labs`: a full name between the
    title and the organisation. The name must read as a person (two words or more) and the organisation be short;
    a title with dashes of its own keeps them (`gRPC 101 – small services – Jane Doe – Acme`)."""
    dashes = list(_DASHED_PARTS.finditer(title))
    if not dashes:
        return None
    last = title[dashes[-1].end():].strip()
    if len(dashes) >= 2 and _ORG_TAIL.fullmatch(last) and _an_org(last):
        who, head = title[dashes[-2].end():dashes[-1].start()].strip(), title[:dashes[-2].start()].strip()
        # (a title of a few words before them: `Intro – Part Two – Google` is one title's three parts)
        if people.looks_like_people(who, strict=True) and "," not in who and (len(head.split()) >= 3 or len(head) >= 12):
            return head, f"{who}（{last}）"
    name, comma, org = last.partition(",")
    if comma and _ORG_TAIL.fullmatch(org.strip()) and people.looks_like_people(name.strip(), strict=True) \
            and _an_org(org.strip()):
        return title[:dashes[-1].start()].strip(), f"{name.strip()}（{org.strip()}）"
    if comma and (role := _name_and_role(last)):  # `Title - Vitaly Friedman, founder and editor-in-chief at Smashing Magazine`
        return title[:dashes[-1].start()].strip(), f"{role[0]}（{role[1]}）"
    return None


def heading_tail(title: str) -> tuple[str, str | None]:
    """A decorated heading's trailing byline, as written: `Title　川口 耕介 氏`, `Title — 山田 太郎 / 株式会社ほげ`, `Title / Name`,
    `Title - 株式会社ほげ 山田太郎` (a plain dash only with an affiliation), `Title - 株式会社ほげ CTO 山田太郎さん`,
    `山田さん「Title」`. (title, byline text or None); the caller parses the byline's people."""
    read = _heading_tail(title)
    if read[1] and _unclosed(read[0]):
        # (never a byline that leaves the title's parenthesis open: `Title（ねこやなぎさん / @neko）` names one person
        # twice, `Title (Mark Lee / Acme Data)` a person and where they work: the parentheses are the byline)
        m = TRAILING_PARENS_WHO.search(title)
        return (title[:m.start() + 1].strip(), m.group("who").strip()) if m else (title, None)
    return read


def _heading_tail(title: str) -> tuple[str, str | None]:
    byline = None
    dashed_org = _dash_org_byline(title) if ("-" in title or "–" in title) else None
    if dashed_org:  # (before the honoured names: `- 株式会社ほげ CTO 山田さん` is one person, with where they work)
        return dashed_org
    name_org = _name_then_org(title) if (" - " in title or " – " in title or " — " in title) else None
    if name_org:
        return name_org
    # (searched in the heading's last 160 characters: a panel's byline is long, and a long line costs no more)
    honoured = _SPACED_HONOURED_BYLINE.search(title, max(0, len(title) - 160)) \
        if "氏" in title or "さん" in title or "様" in title else None
    if honoured and _family_name_before(title[:honoured.start()], honoured.group("who")):
        honoured = None  # `古賀 美咲さん`: the words before the honoured name are its family name, the heading one person
    if honoured and title[:honoured.start()].strip() and title[:honoured.start()].rstrip()[-1] not in "/／|｜-–—:：" \
            and not (_BY_FAMILY_NAME.search(title[:honoured.start()]) and not re.match(r"\s*\S+\s+\S", honoured.group("who"))) \
            and people.looks_like_people(honoured.group("who")) \
            and all(_one_word_named(part) for part in re.split(r"\s*[/／、,，]\s*", honoured.group("who").strip())):
        # `Title　川口 耕介 氏 / 市谷 聡啓 氏`: after a space, people each with their honorific and full name
        return title[:honoured.start()].strip(), honoured.group("who").strip()
    # each byline shape needs its separator in the title: a few characters looked for are much quicker
    dashed = "—" in title or "―" in title or "--" in title or "–" in title
    if dashed and (handle := _DASHED_HANDLE.search(title)) and " -- " in title[:handle.start()]:
        title = title[:handle.start()] + f" (@{handle.group('h')})"  # `Title -- Jane Roe -- @jroe`: the handle is Jane's
    m = _BYLINE_ORG.match(title) if dashed else None
    if m and people.is_affiliation(m.group("org")) and people.looks_like_people(m.group("who").strip()):
        # `Title — 山田 太郎 / 株式会社ほげ`: a person, then where they work
        title, byline = m.group("title").strip(), f"{m.group('who').strip()}（{m.group('org').strip()}）"
    by_org = _BY_NAME_ORG.match(title) if not byline and " by " in title and ("/" in title or "／" in title) else None
    if by_org and people.looks_like_people(by_org.group("who"), strict=True) and not (
            people.looks_like_people(by_org.group("org"), strict=True) and not people.is_affiliation(by_org.group("org"))
            and not _SPONSOR_ASIDE.search(by_org.group("org"))):
        # `Title by Yusuke Kuoka / Z Lab Corporation (silver sponsor)`: `by` marks the person, the rest is theirs
        # (`by Jane Doe / John Smith`: two people, read as any byline; `/ Red Hat (gold sponsor)` a company)
        org = _TRAILING_PARENS.sub("", by_org.group("org")).strip()
        title, byline = by_org.group("title").strip(), f"{by_org.group('who').strip()}（{org}）"
    elif by_org and people.looks_like_people(by_org.group("who") + " / " + by_org.group("org"), strict=True):
        title, byline = by_org.group("title").strip(), f"{by_org.group('who').strip()} / {by_org.group('org').strip()}"
    barred = _bar_name_dash_org(title) if not byline and ("|" in title or "｜" in title) else None
    if barred:
        title, byline = barred[0], f"{barred[1]}（{barred[2]}）"
    m = None if byline or not (dashed or "/" in title or "／" in title or "|" in title or "by" in title) \
        else _BYLINE.match(title)
    if m and (column := _HANDLE_COLUMN.search(m.group("who"))) and not people.looks_like_people(
            m.group("who")[:column.start()], strict=True):
        m = None  # (`Side by Side with Containers - @amsy`: the handle's column is the byline, the `by` the title's)
    if m and people.looks_like_people(m.group("who").strip()) and not (
            bilingual(title) and not _MARKED_PERSON.search(m.group("who"))):
        # (`これまでの会 / Past Meetups` says one thing twice: no byline)
        title, byline = m.group("title").strip(), m.group("who").strip()
    m = None if byline or " from " not in title else _QUOTED_FROM.match(title)
    if m and _person_beyond_doubt(m.group("who").strip()):
        # `「Title」 from 松島 史秋`, `基調講演「Title」 from Name`: the quotes close the title, `from` opens the byline
        title, byline = m.group("title").strip(), m.group("who").strip()
    m = None if byline or not ("「" in title or "『" in title) else _SPEAKER_FIRST.match(title)
    if m and m.group("hon") and people.looks_like_people(m.group("who").strip(), strict=False):
        # `山田 太郎さん「Title」`: the speaker first, the quoted title after
        title, byline = m.group("t").strip(), m.group("who").strip()
    if byline and title.endswith((",", "，", "、")):
        title = title[:-1].rstrip()  # `Making the most of Mypy, by Phil Nachum`
    return title, byline


def _person_beyond_doubt(who: str) -> bool:
    """After `from`, a person only when marked as one (a handle, a profile's link, an honorific) or a full name the
    dictionary knows (`松田 明`, `Jane Doe`): `from scratch`, `from Google`, `from 現場` name where a thing comes from."""
    if re.search(r"@\w|\]\(https?://|" + people.HONORIFIC, who):
        return people.looks_like_people(who, strict=False)
    bare = _TRAILING_PARENS.sub("", who).strip()
    return people.looks_like_people(bare, strict=True) and names.known_name(bare)


_QUOTED_FROM = re.compile(r"^(?P<title>[^「『」』]{0,12}(?:「[^」]+」|『[^』]+』))\s+from\s+(?P<who>\S.{0,60})$")
_DASHED_HANDLE = re.compile(r"\s--\s+@(?P<h>[A-Za-z0-9_]{2,30})\s*$")


# what people said rather than a talk's title (a sentence's end, a polite verb ending)
SENTENCE = re.compile(r"[。！？!?]\s*$|[。！？]|\.\s+\S|(?:です|ます|でした|ました|かった|ている|たい|ません)$")


# the shapes of a list (or a note's headings) naming the speaker first; `Ignites: Jane - Title` keeps its label
NAME_THEN_TITLE = re.compile(r"^(?:[A-Za-z][\w\-]*\s*:\s*)?(?P<who>\[[^\[\]]{2,40}\]\([^)\s]+\)|(?:[^-–—:：|｜]|(?<=\w)-(?=\w)){3,40}?)"
                             r"(?:\s+[-–—]\s+|" + _SPACED_PICTOGRAPH + r")(?P<t>\S.*)$")


# the person may be a link to their profile: `[@syo](https://twitter.com/syo) : [Title](slides)`
# (or a semicolon: `[Pete Goodman](http://…); 5 projects in 5 minutes`)
NAME_COLON_TITLE = re.compile(r"^(?P<who>(?:\[[^\]]{1,40}\]\([^)\s]*\)|[^-–—:：;|｜\[]|(?<=\w)-(?=\w)){1,80}?)\s*[:：;]\s+(?P<t>\S.*)$")


# `Moritz Eysholdt, Patching Models`: a full Latin name and a comma (read only when every item is so written)
# (or two such names joined by `and`, and a colon in some items: `Ben Lee and Kim Opie, Title`, `Tisham Dhar: Title`)
FULL_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_FULL_NAME_COMMA_TITLE = re.compile(r"^(?P<who>" + FULL_NAME + r"(?:\s+(?:and|&)\s+" + FULL_NAME + r")?)[,:]\s+(?P<t>\S+\s+\S.*)$")
# `[@tisonkun](https://github.com/tisonkun/) about Community Growth`, `@wenyx for using X in Y`
_HANDLE_ABOUT_TITLE = re.compile(r"^(?P<who>\[@?[^\]]{1,40}\]\([^)\s]+\)|@[A-Za-z0-9_]{2,30})\s+"
                                 r"(?:about|for|on|talks?\s+about|talked\s+about|presents?|presenting)\s+(?P<t>\S.*)$",
                                 re.IGNORECASE)


# `lapla「[Title](slides)」`, `Mio Tanaka『Title』`: a name (or handle) then the quoted title, no honorific
NAME_QUOTED_TITLE = re.compile(r"^(?P<who>[^\s「」『』:：、。!?！？][^「」『』:：、。!?！？]{0,23}?)\s*[「『](?P<t>[^「」『』]{2,}?)[」』]\s*$")


_HANDLE_LIKE = re.compile(r"@?[A-Za-z][A-Za-z0-9_.\-]{1,29}|(?=.*[A-Za-z])(?=.*[\u3040-\u30ff\u3400-\u9fff])\S{2,16}")


_KANA_ONLY = re.compile(r"[\u3040-\u30ffー]{2,12}")


def quoted_by(who: str) -> bool:
    """Who may stand before a quoted title (`lapla「…」`, `間瀬BB「…」`, `水野ひかり「…」`): a name, a handle, or a
    nickname mixing scripts; not a common noun (`書籍「…」`, `映画「…」`)."""
    who = who.strip()
    if _HANDLE_LIKE.fullmatch(who) or _KANA_ONLY.fullmatch(who):
        return True  # a handle, a nickname mixing scripts or written in kana (`ゆーき`)
    if re.search(r"[(（]@[\w.-]+[)）]$", who) and len(people.parse_people(who)) == 1:
        return True  # `宮城 ちひろさん（@chihiro_mgk）`: a person with their handle (`大野さん「…」` may be a line someone said)
    if who.isascii():
        return people.looks_like_people(who, strict=True)
    return bool(names.name_verdict(who.replace(" ", "")))  # kanji: only a name the dictionary knows as one


# an English sentence explaining a term: a lowercase start, six words or more, a full stop
_EXPLAINED = re.compile(r"^[a-z][^.!?]*(?:\s+\S+){5,}\.$")


_LINK_COLON_LINK = re.compile(r"^\[[^\]]{1,60}\]\([^)\s]*\)\s*[:：]\s*\[[^\]]{2,}\]\([^)\s]*\)$")


_CLOSING_LINKS = re.compile(r"(?:\s*\[[^\[\]]{1,20}\]\([^)\s]+\))+\s*$")


def names_first(texts: list[str]) -> re.Pattern | None:
    """How a list writes `Jane Doe - Title`, `Jane Doe: Title`, `Jane Doe, Title` or `handle「Title」`, if it does: the parts before the first
    dash (or colon) read as people more often than the parts after it, in two items of three (a Title
    Case title reads like a name too)."""
    # (an open slot, `（空き枠）`, is no item of the habit; links closing an item, `[slides](…)`, are the talk's files)
    texts = [text for text in texts if not PLACEHOLDER.fullmatch(clean(text).strip(" ()（）[]"))] or texts
    quoted = [m for text in texts if (m := NAME_QUOTED_TITLE.match(_CLOSING_LINKS.sub("", clean(text))))]
    if len(quoted) >= 2 and len(quoted) * 3 >= len(texts) * 2 and all(quoted_by(m.group("who")) for m in quoted):
        # the quotes mark the title, so the name before them needs no honorific when the items are so written
        return NAME_QUOTED_TITLE
    paired = [text for text in texts if _LINK_COLON_LINK.match(text.strip())]
    if len(paired) == len(texts) and sum(1 for text in paired if _PROFILE_LINK.match(text.strip())) >= 2:
        # `[hoxo_m](https://twitter.com/hoxo_m): [Title](…)` throughout, two people or more linked to their profiles:
        # the others written so (`[Ikeda](): [Title]()`) name their speaker first too
        return NAME_COLON_TITLE
    for shape in (NAME_THEN_TITLE, NAME_COLON_TITLE, _HANDLE_ABOUT_TITLE, _FULL_NAME_COMMA_TITLE):
        split = [(text, m) for text in texts if (m := shape.match(clean(text)))]
        if shape is _FULL_NAME_COMMA_TITLE and len(split) < max(3, len(texts)):
            continue  # (a comma follows a name in many sentences: only a list written so throughout)
        if not at_least(split, lambda pair: people.looks_like_people(pair[1].group("who"), strict=True),
                        max(2, -(-len(split) * 2 // 3))):
            continue  # (the people come first in too few items: what follows them need not be read)
        first = sum(1 for _, m in split if people.looks_like_people(m.group("who"), strict=True))
        after = sum(1 for _, m in split if people.looks_like_people(m.group("t"), strict=True))
        # `@alice: 来年もやります。`: what each person said, not the titles of their talks
        # (`**Batching** – many requests are sent together.`: a term in bold, then what it means)
        said = sum(1 for text, m in split if SENTENCE.search(m.group("t"))
                   or text.lstrip().startswith(("**", "__")) and _EXPLAINED.match(m.group("t")))
        if first >= 2 and first > after and first * 3 >= len(split) * 2 and said * 3 < len(split):
            return shape
    return None


# the shapes in which a programme's siblings (its headings, or one list's items) may each write their speaker
# in a column of their own: after the title (`Title @Jane Doe`, `Title [handle]`, `Title (Jane)`, `Title - Jane`,
# `Title: Jane Doe`)
# or before it (`Jane Doe: Title`, `Jane, on Title`)
# `Title @Jane Doe`, `Title @janedoe`: the one shape whose speakers are marked as people (so one may give several)
_AT_COLUMN = re.compile(r"^(?P<t>\S.*?\S)\s*(?<![\w.])@\s?(?P<who>[^\s@][^@]{0,40})$")
_COLUMN_SHAPES = (  # (side, shape, whether the speaker's part must read as a full name: a colon parts many titles)
    # `<p>Title<br /><small>[Jane Doe](…)</small></p>`: the speaker on a line of their own in the item (read on the
    # text as written, before clean() joins its lines)
    ("below", re.compile(r"^(?:\s*<p>)?(?P<t>(?:(?!<br).)*?\S)\s*<br\s*/?>\s*(?P<who>(?:(?!<br).)+?)\s*(?:</p>)?\s*$",
                         re.IGNORECASE), False),
    ("after", _AT_COLUMN, False),
    ("after", re.compile(r"^(?P<t>\S.*?\S)\s*[\[［](?P<who>[^\[\]［］()]{2,30})[\]］]$"), False),
    # (never a link's own address: `[Title](talk.md)`)
    ("after", re.compile(r"^(?P<t>\S.*?\S)\s*(?<!\])[(（](?P<who>[^()（）]{2,30})[)）]$"), False),
    ("after", re.compile(r"^(?P<t>\S.*?\S)\s+[-–—]\s+(?P<who>[^-–—]{2,40})$"), False),
    # `「Title」 ... 吉岡`, `Title ……… Jane Doe`: a dot leader between the title and who gives it
    ("after", re.compile(r"^(?P<t>\S.*?\S)\s*(?:\.{3,}|…+|・{3,})\s*(?P<who>[^.…・]{2,40})$"), False),
    ("after", re.compile(r"^(?P<t>\S.*?\S)\s*[:：]\s+(?P<who>[^:：]{2,40})$"), True),
    # `Colour management with LittleCMS, Marti Maria`: a comma, then a full name (and where they work, in brackets)
    ("after", re.compile(r"^(?P<t>\S.*?\S),\s+(?P<who>(?!.*\b(?:[Pp]art|[Ss]tep|[Yy]ear|[Ll]essons?|[Ee]dition|[Ee]pisode|[Cc]hapter"
                         r"|[Dd]ay|[Rr]ound|[Ss]eason|[Vv]ol(?:ume)?|[Rr]evisited|[Rr]eloaded|[Rr]edux|[Aa]gain|[Ll]earned)\b)"
                         r"[^,，]{2,40})$"), True),  # (`Testing in Go, Part One`: a title's own second half)
    ("before", re.compile(r"^(?P<who>[^:：]{2,80}?)\s*[:：]\s+(?P<t>\S.{2,})$"), True),
    ("before", re.compile(r"^(?P<who>[^,，]{2,30}?)(?:\s+again)?[,，]\s+on\s+(?P<t>\S.+)$"), False),
    # `Chris Ford, Dueling keyboards`, `Ann Lee and Bo Park, Title`: a full Latin name, a comma, the title
    # (the title opens as a title does: `Serverless Python, the easy way` is one title)
    ("before", re.compile(r"^(?P<who>" + FULL_NAME + r"(?:\s+(?:and|&)\s+" + FULL_NAME + r")?),\s+(?P<t>(?![a-z])\S.{2,})$"), True),
)
# the word that tied the speaker to the title, left at its end once the speaker's column is read off:
# `Vim Renaissance by [Jane Doe]`, `Title from @jane`, `Title presented by (Jane)`
# (in the columns that mark their speaker, `[Jane Doe]` and `@jane`: `Where Bugs Come From (Jane)` keeps its word)
_BYLINE_WORD = re.compile(r"\s+(?:(?:presented\s+)?by|from)\s*$")
# the slot a speaker filled, named before them: `会場/アカツキ枠 Norihiro Funakoshi`, `スポンサー枠 山田`
_MARKED_COLUMNS = (_AT_COLUMN, _COLUMN_SHAPES[2][1])  # `Title @Jane`, `Title [Jane]`
_SLOT_FRAME = re.compile(r"^\S{1,20}枠\s+(?=\S)")
# `mao : ECSベースの…`: a handle in lowercase letters before a Japanese title (which never opens with an English
# word and a colon); a colon after a capitalised word (`Rails : 入門`) may part a title, so such a word needs the
# full name's shape
_HANDLE_BEFORE_JA = re.compile(r"[a-z][a-z0-9_.\-]{1,29}")
_FILE_WORD = re.compile(r"slides?|deck|video|pdf|youtube|資料|スライド|動画", re.IGNORECASE)
_PRONOUN = re.compile(r"me|myself|I|us|we|私|自分|僕|俺", re.IGNORECASE)
_COLUMN_WHO_ORG = re.compile(r"\s*[(（][^()（）]{1,30}[)）]$")


_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.\s+(?=[A-Z])")


# a handle written with digits (`haya14busa`, `budougumi0617`): lowercase, two digits or more between words of
# three letters or more, or three or more closing it; not a version, a numeronym or a tool's name (`python3`,
# `es2015`, `k8s`, `i18next`, `py2neo`, `log4net`, `Office365`)
_DIGITED_HANDLE = re.compile(r"[a-z][a-z_]{2,}\d{2,}[a-z_]{3,}[a-z0-9_]*|[a-z][a-z_]{3,}\d{3,}")


def _column_who(who: str, strict: bool) -> bool:
    """Whether the part of an item a column would make its speaker reads as one: a few words, no sentence,
    no kind or file label, no digits (`(Part 2)`, `(30 min)`) but in a handle, and a person's shape."""
    core = _COLUMN_WHO_ORG.sub("", who).strip()  # `岩尾 エマ はるか(Google)`: the person, then where they work
    parts = people.split_people(core) if len(core.split()) > 4 else [core]  # `Ann Lee, Bo Park, and Cy Ng`
    if not core or any(len(p.split()) > 4 for p in parts) or SENTENCE.search(_INITIAL.sub("", core)) \
            or _FILE_WORD.search(core):  # (`J. Manrique López`: an initial's full stop ends no sentence)
        return False
    if _PRONOUN.fullmatch(core):
        return True  # (`Me, on rspec-given`: the writer's own talk, in the column; no name to give)
    if any(ch.isdigit() for ch in core) and not re.fullmatch(r"@?[A-Za-z][\w.\-]{1,29}", core):
        return False
    if _DIGITED_HANDLE.fullmatch(core):
        return True  # `(haya14busa)`, `(budougumi0617)`: a handle with digits, where the siblings name people so
    if kinds.classify(core + " x")[0] != "talk" or kinds.classify(core)[0] != "talk":
        return False
    return people.looks_like_people(core, strict=strict)


# a name after a spaced dash closing a title: `Title — てらだ`, before the handle in parentheses that names them too
_DASHED_NAME_END = re.compile(r"^(?P<t>\S.*?\S)\s+[-–—]\s+(?P<name>[^-–—\s]{1,20}(?:\s[^-–—\s]{1,20})?)$")


# a title's own part after its dash, never a person: `前編`, `Part 2`, `v2`, `revisited`
_TITLE_PART = re.compile(SERIES_PART + r"|(?:その|第)?\s*[0-9０-９一二三四五六七八九十]+\s*(?:回|部|章)?|(?:part|pt\.?|vol\.?|ep\.?|episode|chapter)\s*\w+|"
                         r"v\d+(?:\.\d+)*|revisited|reloaded|redux|again|continued|cont\.?|\d+", re.IGNORECASE)


def _name_before_handle(title: str, who: str) -> tuple[str, str]:
    """`Title — てらだ` and `@terada`: the name after the title's dash and the handle are one person,
    `てらだ (@terada)`."""
    m = _DASHED_NAME_END.match(title) if who.startswith("@") and " " not in who else None
    if not m or _TITLE_PART.fullmatch(m.group("name")) or not people.looks_like_people(m.group("name"), strict=False):
        return title, who
    return m.group("t"), f"{m.group('name')} ({who})"


_NAME_SHAPED = re.compile(r"[\u4e00-\u9fff\u3041-\u309f\u30a1-\u30ffー々]{2,8}|[A-Z][a-z'’\-]+(?:\s[A-Z][a-z'’\-]+){0,3}")


def byline_column(texts: list[str]) -> list[tuple[str, str] | None] | None:
    """How a programme's siblings write their speakers, when the siblings show it between them: per text,
    (title, who) or None, where two in three of them (two or more) split the same way, the speakers' parts
    read as people, differ from one another, and are shorter than the titles. One item alone never tells:
    `Working with Remote (Teams)`, `Android - 過去と未来`, `Keynote: Title` each read alone as a title."""
    cleaned = [clean(t) for t in texts]
    if len(cleaned) < 2:
        return None
    for side, shape, strict in _COLUMN_SHAPES:
        if side == "below":
            if sum(1 for t in texts if "<br" in t or "<BR" in t) < 2:
                continue
            split = [(clean(m.group("t")), clean(people.MD_LINK.sub(r"\g<text>", people.INLINE_TAG.sub("", m.group("who")))))
                     if (m := shape.match(t)) else None for t in texts]
        else:
            split = [((_BYLINE_WORD.sub("", m.group("t")) or m.group("t")).strip() if shape in _MARKED_COLUMNS
                      else m.group("t").strip(),
                      _SLOT_FRAME.sub("", m.group("who").strip()))
                     if (m := shape.match(t)) else None for t in cleaned]
        if side == "after":
            split = [_name_before_handle(*s) if s else None for s in split]
        matched = sum(1 for s in split if s)
        if matched < 2 or matched * 3 < len(cleaned) * 2:
            continue  # (too few split so for the column, whoever their parts name)
        shaped = split
        split = [s if s and _column_who(s[1], strict=strict and not s[1].startswith("@")
                                        and not (side == "before" and _HANDLE_BEFORE_JA.fullmatch(s[1])
                                                 and CJK.search(s[0])))
                 else None for s in split]
        found = [s for s in split if s]
        if len(found) < 2 or len(found) * 3 < len(cleaned) * 2:
            continue
        whos = [_COLUMN_WHO_ORG.sub("", who).strip().casefold() for _, who in found]
        if len(set(whos)) * 3 < len(whos) * 2 and shape is not _AT_COLUMN:
            continue  # (`(LT)`, `(English)` after every title: the same word each time is no speaker)
        if sum(len(t) for t, _ in found) <= sum(len(w) for _, w in found):
            continue  # (the titles are the longer parts)
        if sum(1 for t, _ in found if people.looks_like_people(t, strict=True)) >= sum(
                1 for _, w in found if people.looks_like_people(w, strict=strict)):
            continue  # (`Title: Jane Doe`, `横田真俊さん (Stripe)`: the other part reads as people as often)
        if len(found) >= 3:
            # (the column's habit set, a sibling written the same way whose part is shaped as a name the dictionary
            # does not know: `- [Title](…) - 小林せかい` among `- [Title](…) - 矢部剛嗣`)
            # (never a status, `欠席`, `後日公開`, `Remote`: words the dictionary reads as words, or one Latin word)
            split = [s or (r if r and _NAME_SHAPED.fullmatch(r[1]) and not people.looks_like_people(r[0], strict=True)
                           and (len(r[1].split()) >= 2 if r[1].isascii() else names.name_verdict(r[1]) is not False)
                           else None) for s, r in zip(split, shaped)]
        return [(s[0], "" if _PRONOUN.fullmatch(s[1]) else s[1]) if s else None for s in split]
    return None
