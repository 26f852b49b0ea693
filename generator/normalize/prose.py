"""Talks told in sentences: the reading of a recap that names its talks only in prose.

    ... brought out [Greg](https://twitter.com/g) and [John](https://twitter.com/j) for a talk titled "Title".
    We ended the night with a talk by [Ana Ruiz](https://twitter.com/ana) titled "Another title".
    山田さんの「タイトル」という発表では…

A sentence counts only when it says it is about a talk (talk, presentation, session, keynote; 発表, LT,
講演) and quotes the title; its speakers are the people it links to their profiles or names with `by`
or さん. Used only when neither the headings nor a programme gave talks with evidence (talks.segment).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..core.model import Clue, Speaker, Talk
from . import kinds, links, names, people, reconcile, titles
from .fields import CJK, sentence_around
from .people import MD_LINK

# a sentence ends at `.`, `!` or `?` before a capital (or a link), or at 。！？ (never inside a URL or `...`)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\[])|(?<=[。！？])")
# a title of address before a speaker's name: `by Dr. Jane Doe`
_ADDRESSED = r"(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?"
# `a talk titled "Title"`, `a talk by [Ana](…) titled "Title"`, or the quote right after the word:
# `his lovely talk "Title"` (a long way from `talk` only with titled/called, so `talk to people … "a-ha!"` is not one)
_TITLED = re.compile(
    r"\b(?P<word>lightning\s+talk|talk|presentation|session|keynote)\b(?:(?P<between>[^\"“”]{0,160}?)"
    r"\b(?:titled|called|entitled|named)\s*[:,]?\s*|(?P<was>[^\"“”.]{0,40}?\b(?:was|were|is)\s+)|\s+(?:on|about)\s+"
    # (`the keynote by Ana Ruiz (aruiz) about "Title"`: whose it was, then what it was on)
    r"|\s+by\s+(?P<bywho>(?-i:[A-Z][\w'’.-]*\w(?:\s+[A-Z][\w'’.-]*\w){1,2}))(?:\s*\([^()]{1,30}\))?\s+(?:on|about)\s+|[:,]?\s*)"
    r"\[?(?:[\"“](?P<t>[^\"”]{4,140})[\"”]|`(?P<code>[^`]{4,80})`)"
    # or the talk the writer attended, quoted or set in bold: `After that, I attended **JS Authentication with Auth0**`
    r"|\bI\s+attended\s+(?:the\s+)?(?:(?P<seenword>talk|session|keynote|presentation|workshop)\s+)?[\"“](?P<seen>[^\"”]{4,140})[\"”]"
    # or the quote right after whose it is: `[@amjithr](…)'s "Introduction to docker"`
    r"|(?<=['’]s)\s+[\"“](?P<owned>[^\"”]{4,140})[\"”]"
    # or the quote with its speaker's full name right after it: `there was "JavaScript ♥ Unicode" by Mathias Bynens`
    r"|[\"“](?P<byq>[^\"”]{4,140})[\"”](?=\s*,?\s*(?-i:by)\s+" + _ADDRESSED + r"(?-i:[A-Z][\w'’.-]*\w\s+[A-Z]))"
    # or the person the day came to next, then the quote: `Next was Rachel Andrews on "How to understand CSS"`
    r"|\b(?:next|then|first|finally|last|after\s+that|up\s+next|(?:opening|ending|closing)\s+the\s+day)\s*,?\s+(?:up\s+)?"
    r"(?:was|came|were|is)\s+(?P<ww>(?-i:[A-Z][\w'’.-]*\w(?:\s+[A-Z][\w'’-]*\w){1,2}))\s+(?:on|with|about|presenting|"
    r"talking\s+about)\s+[\"“](?P<wt>[^\"”]{4,140})[\"”]"
    # or a link's text the sentence says is the talk's title: `The most visual talk was by [Jane](…) called [Title](…)`,
    # `A great talk that stood out was [Title](…)`
    r"|\b(?P<word2>talk|presentation|session|keynote)\b(?:(?P<between2>(?:[^.\[\]\"“”]|\[[^\[\]]{2,40}\]\([^)\s]+\)){0,80}?)"
    r"\b(?:titled|called|entitled|named)\s*[:,]?\s*|[^.\[\]\"“”]{0,40}?\b(?:was|were|is)\s+)\[(?P<lt>[^\[\]]{4,140})\]\((?=[^)\s]+\))",
    re.IGNORECASE)
# what is read rather than heard: `a quote from "…" by`, `recommended "…" by`, `the book "…" by`
_LINK_WORDS = re.compile(r"(?:(?:the|my|our|his|her|their)\s+)?(?:here|online|this|that|slides?|deck|video|recording|recorded(?:\s+here)?|"
                         r"link|available|youtube|live|streamed|announced|posted|published)", re.IGNORECASE)
# (the link's address, then its speaker linked: `[Title](…) by [Sarah Day](…)`)
_LINKED_BY_AFTER = re.compile(r"[^)\s]+\)\s*,?\s*by\s+\[(?P<who>[^\[\]]{2,40})\]\(")
_READING_WORDS = re.compile(r"\b(?:books?|read(?:ing)?|recommend(?:ed|s)?|quot(?:e|ed|ing)\s+from|novel|article|paper|"
                            r"essay|post|blog|resources)\b", re.IGNORECASE)
# a title set in bold or italics is quoted as surely as in quotation marks: `was ***SNMPv3 Made Easy*** by …`
# `"Title" by Dr. "Jane Doe"`, `"Title" by Jane Doe`: the speaker named right after the title
_BY_AFTER_TITLE = re.compile(r"\]?(?:\([^)\s]+\))?\s*,?\s*by\s+" + _ADDRESSED + r"[“\"]?(?P<who>[A-Z][\w'’.-]*\w(?:\s+[A-Z][\w'’-]*\w){1,3})")
_LINK_AFTER_QUOTE = re.compile(r"\]\((?P<url>https?://[^)\s]+)\)")
_EMPHASIS = re.compile(r"(?<![*\w])\*{1,3}(?P<t>[^*\n]{2,140}?)\*{1,3}(?![*\w])"
                       # (or underscores, never inside a word: `a talk titled _Fast Maps_`, not `@kou___jp`)
                       r"|(?<![_\w@])_{1,2}(?P<u>[^_\s][^_\n]{0,138}?[^_\s])_{1,2}(?![_\w])")


def without_emphasis(text: str) -> str:
    """`**Title**`, `_Title_` -> `Title`: the words without the marks that set them in bold or italics."""
    return _EMPHASIS.sub(lambda e: e.group("t") or e.group("u"), text)


# the next sentence speaking of a person: `His team …`, `She showed …`
# (one person's pronouns only: a band or a team goes on with `They played …`)
_PERSON_GOES_ON = re.compile(r"\s*(?:He|She|His|Her)\b")


def _sentence_end(line: str, at: int) -> int:
    """Where the sentence holding `at` ends (after its full stop), or the line's end."""
    m = _SENTENCE_END.search(line, at)
    return m.start() if m else len(line)


_A_TEAM = re.compile(r"^The\s+\S+\s+(?:Team|Crew|Folks|Group)$")  # `***The Icinga Team*** presenting …`: people
_BY = re.compile(r"\bby\s+(?P<who>(?:[A-Z][\w'’.-]+\s?){2,4})")
# (`田村氏に「Title」というテーマでお話頂きました`: who was asked to speak, the title, then the talk said as お話)
_JA_TITLED = re.compile(r"(?P<who>[^\s、。「」（）()]{2,15})(?:さん|氏|先生)(?:(?:の|による|が)[^。「」]{0,12}?"
                        r"「(?P<t>[^」]{4,100})」(?:という(?:タイトル|題|テーマ))?[^。]{0,12}?"
                        r"(?:発表|LT|ＬＴ|講演|トーク|セッション)"
                        # (asked to speak on a titled theme: the title said to be one, never a remark quoted)
                        r"|(?:に|から|より)[^。「」]{0,12}?「(?P<t2>[^」]{4,100})」(?:という(?:タイトル|題|テーマ)で|と題して)[^。]{0,12}?"
                        r"(?:発表|LT|ＬＴ|講演|トーク|セッション|お話|ご説明))")


_SURNAME_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{1,4})[ 　]$")


def _speakers(sentence: str, between: str) -> tuple[Speaker, ...]:
    """The people a sentence links to their profiles, else the name after `by`."""
    found = [m.group("text").strip() for m in MD_LINK.finditer(sentence) if links.is_profile_url(m.group("url"))]
    if found:
        return tuple(s for name in found for s in people.parse_people(name))
    by = _BY.search(between)
    if by and people.looks_like_people(by.group("who").strip(), strict=True):
        return people.parse_people(by.group("who").strip())
    return ()


_POSSESSIVE = re.compile(r"(?P<who>(?:[A-Z][\w.\-]+\s){0,3}[A-Z][\w.\-]+|\[@?[^\]]{2,40}\]\([^)]+\)"
                         r"(?:\s+and\s+(?:[A-Z][\w.\-]+\s?){1,3})?)['’]s?\s+(?:[a-z]+\s+){0,3}$")
_BY_AFTER = re.compile(r"^\s*by\s+(?P<who>.+?)\s*[.。]?\s*$")


def _owner(before: str) -> tuple[Speaker, ...]:
    """The person whose talk the words before a talk's title or its word name (`Jane Doe's [evening] talk`,
    `Mel Perez's **Title**`), read as _POSSESSIVE reads a recording's owner, and only a full name."""
    m = _POSSESSIVE.search(before[-80:] + " ") if "'" in before or "’" in before else None
    return people.parse_people(m.group("who")) if m and people.looks_like_people(m.group("who"), strict=True) else ()


# people named by their links, one after another: `[Jane Doe](…)`, `[Jane](…) and [Kim](…)`
_LINKED_PEOPLE = re.compile(r"\[[^\[\]]{2,60}\]\([^)\s]+\)(?:\s*(?:,|and|&)\s*\[[^\[\]]{2,60}\]\([^)\s]+\))*")


def _linked_people(who: str) -> str:
    """The leading links of `who` that each name a person (`[Jane](…) and [Kim](…)`), up to the first that does not
    (`[GitHub](…)`, `[slides](…)`, `[the Django team](…)`)."""
    kept = []
    for m in MD_LINK.finditer(_LINKED_PEOPLE.match(who).group(0)):
        if links.is_slides(m.group("url")) or links.is_video(m.group("url")) \
                or not people.looks_like_people(m.group("text"), strict=True):
            break
        kept.append(m.group(0))
    return " and ".join(kept)


# what a person did on stage, after their name (and where they are from): ` from the maths department presented`,
# ` finished the day with`, ` gave`
_DID_ON_STAGE = (r"(?:\s+\([^()]{1,60}\))?(?:\s+(?:from|of|at|with)\s+[^,.;:\"“]{1,60}?)?,?\s+(?:[a-z]+\s+){0,2}?"
                 r"(?:presented|gave|talked|spoke|showed|introduced|demonstrated|walked|finished|closed|opened|wrapped|"
                 r"started|kicked|delivered|shared)\b")
_LINKED_NAME = r"\[[^\[\]]{2,40}\]\([^)\s]+\)"
# the person a sentence opens with: `Milan Ortez from the maths department presented`, `Next, [Tom Reyes](…) gave`
_SUBJECT = re.compile(r"^\s*(?:(?:Then|Next|Finally|After\s+that|Afterwards|Later|Next\s+up\s+was)\s*,?\s+)?"
                      r"(?P<who>" + _LINKED_NAME + r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})" + _DID_ON_STAGE)
# or a linked person after words setting the scene: `Not very surprisingly [Dora Quist](…) talked about`
_LINKED_SUBJECT = re.compile(r"(?<![\w\]])(?P<who>" + _LINKED_NAME + r")" + _DID_ON_STAGE)


def _subject(sentence: str) -> tuple[Speaker, ...]:
    """The person `sentence` opens with, before a verb of giving a talk: linked, or a full name opening with a given
    name (`Milan Ortez`, never `Next Steps`)."""
    m = _SUBJECT.match(sentence) or _LINKED_SUBJECT.search(sentence)
    if not m:
        return ()
    who = m.group("who")
    linked = MD_LINK.fullmatch(who)
    name = linked.group("text").strip() if linked else who
    if not people.looks_like_people(name, strict=True) or not (
            linked and links.is_profile_url(linked.group("url")) or names.given_name(name.split()[0])):
        return ()
    return people.parse_people(name)


def talks_linked_to_recordings(text: str, first_line: int = 1, alone: bool = False) -> list[Talk]:
    """Lines (captions, quotes, list items) that each link a talk's title to its recording or slides, with who
    gave it: `Jane Doe's [Title](youtube…)`, `[@h](…)'s talk [Title](…)`, `[Title](…) by [@h](…)`. Two or more,
    or none: one such link alone may be anything (`alone`: under a heading of the day's, one is enough)."""
    out: list[Talk] = []
    for number, line in enumerate(text.split("\n")):
        if "](" not in line:
            continue
        plain = line.lstrip(" >-*+")
        for m in MD_LINK.finditer(plain):
            url = m.group("url")
            page = not (links.is_video(url) or links.is_slides(url))  # (else a recording or deck)
            if page and not links.is_talks_own_page(url) or links.is_profile_url(url):
                continue
            title = without_emphasis(m.group("text")).replace("**", "").strip(" \"“”'‘’")
            before, after = plain[:m.start()], plain[m.end():]
            owner = _POSSESSIVE.search(before)
            # (a talk's page linked in a sentence: `by` the people named up to the next link or the sentence's end)
            # (`[Title](youtube…) — by Jane Roe, [Next](…) — by …`: a dash, or a quote closed, before the `by`)
            dashed = _DASH_BEFORE_BY.match(after) if not _RECOMMENDED.search(MD_LINK.sub(r"\g<text>", before)) else None
            by = _BY_PEOPLE.match(after.split("](", 1)[0]) if page else _BY_AFTER.match(after) or (
                _BY_PEOPLE.match(after[dashed.end():].split("](", 1)[0]) if dashed else None)
            who = owner.group("who") if owner else by.group("who") if by else ""
            if not owner and _LINKED_PEOPLE.match(who):
                who = _linked_people(who)  # `by [Jane Doe](…), author of [A Book](…)`: the linked people, not what follows
            if page or dashed:
                who = _SENTENCE_STOP.sub("", people.TITLE_OF_ADDRESS.sub("", who))  # (`by Prof. Ana Ruiz.`: the name alone)
            speakers = people.parse_people(who) if who and (people.looks_like_people(who, strict=False) or "](" in who) \
                else ()
            if len(title) < 3 or not speakers:
                continue
            at = first_line + number
            reading = "a sentence linking the talk's own page" if page else "a line linking the talk's recording or slides"
            out.append(Talk(title=title, speakers=speakers, slides=url if links.is_slides(url) else None,
                            video=url if links.is_video(url) else None, line=at, evidence=(
                                Clue("title", reading, at, "medium"), Clue("speakers", reading, at, "medium"))))
            if not page and not dashed:
                break  # (a caption links one recording; a sentence may link several talks' pages or recordings, each
                # `by` its speaker)
    # (a talk's own page linked `by` its speakers says enough alone; a recording or deck needs another beside it)
    return out if len(out) >= 2 or alone or out and not (out[0].slides or out[0].video) else []


_NOT_PROSE = re.compile(r"^\s*(?:#|>|<|[-*+]\s|\d+[.)]\s|\|.*\|\s*$)")
# videos the writer recommends watching, no talks of the day: `Recommended homework videos: [Title](…) — by Channel`
_RECOMMENDED = re.compile(r"\b(?:recommend(?:ed|s)?|homework|watch(?:\s+list|\s+later)?|check\s+out|playlist)\b|おすすめ|宿題",
                          re.IGNORECASE)
# what may stand between a linked title and its `by`: a closing quote, a dash (in bold, as a post export writes it)
_DASH_BEFORE_BY = re.compile(r"^[’'”\"]?\s*(?:\*\*)?\s*[-–—]\s*(?:\*\*)?(?=\s*by\s)")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(index of its first line, the paragraph on one line) for each run of prose lines: a sentence may
    wrap (`… by Dr.` / `***Jane Doe***.`); headings, tables, quotes and list items stay lines of their own."""
    out: list[tuple[int, str]] = []
    joining = False
    for number, line in enumerate(text.split("\n")):
        plain = bool(line.strip()) and not _NOT_PROSE.match(line)
        if plain and joining:
            out[-1] = (out[-1][0], out[-1][1] + " " + line.strip())
        else:
            out.append((number, line))
        joining = plain
    return out


def sentence_telling(text: str, at: int, title: str) -> str:
    """The sentence of the paragraph whose first line is line `at` of `text` (paragraphs) that holds `title`: the
    paragraph whole when no one sentence does, empty when no paragraph starts there."""
    paragraph = next((p for number, p in paragraphs(text) if number == at), "")
    return next((s for s in _SENTENCE_END.split(paragraph) if title[:20] in s), paragraph)


def told_in_a_sentence(talk: Talk) -> bool:
    """Whether the talk's title came from a sentence of the note's prose (whose line tells of the event too)."""
    return any(c.field == "title" and c.reading.startswith("a sentence") for c in talk.evidence)


def talks_in_prose(text: str, first_line: int = 1) -> list[Talk]:
    """The talks the sentences of `text` name with a quoted title, in order (no heading or list gave them)."""
    out: list[Talk] = []
    for number, line in paragraphs(text):
        emphasised: set[str] = set()
        if "*" in line or "_" in line:
            emphasised = {(m.group("t") or m.group("u")).strip() for m in _EMPHASIS.finditer(line)}
            line = _EMPHASIS.sub(lambda m: f"“{m.group('t') or m.group('u')}”", line)
            line = line.replace("\"“", "“").replace("”\"", "”").replace("““", "“").replace("””", "”")  # (`"**Title**"`: quoted and in bold, quoted once)
        if line.lstrip().startswith(("#", ">")) or _NOT_PROSE.match(line) and "|" in line \
                or ("\"" not in line and "“" not in line and "「" not in line and "`" not in line and "](" not in line):
            continue
        found: list[tuple] = []  # (title, speakers, kind[, the deck or recording its quoted title links])
        matches = list(_TITLED.finditer(line))
        start = 0
        for m in matches:  # the people named since the last title, else the paragraph's when it names one talk
            if _ANOTHER_TIME.search(_before_in_sentence(line, m.start())[-50:]) or _TO_COME.search(_before_in_sentence(line, m.start())):
                continue  # (`last year's keynote titled "…"`, `next month's workshop "…"`: another time's talk)
            if m.group("byq") and _READING_WORDS.search(line[max(0, m.start() - 60):m.start()]):
                continue  # (`a quote from "The Mythical Man-Month" by Fred Brooks`: a book, not a talk)
            title = (m.group("t") or m.group("code") or m.group("owned") or m.group("byq") or m.group("wt")
                     or m.group("lt") or m.group("seen")).strip()
            if m.group("seen") and (not m.group("seenword") and title not in emphasised or _NOT_A_SEEN_TITLE.search(title)
                                    or titles.looks_like_event(title) or title[:1].islower()):
                continue  # (`I attended "Harbor Brewing" for dinner`, `**PyCon US 2031**`, `**two**`, `**Sara's workshop**`)
            if m.group("bywho") and (_COMPANY_END.search(m.group("bywho")) or title[:1].islower()):
                continue  # (`the keynote by Ferrous Systems about "…"`, `… about "the future"`: no one, no title)
            if m.group("lt") and (_LINK_WORDS.fullmatch(title) or re.match(r"[a-z]", title)):
                continue  # (`the talk is [online](…)`, `[on YouTube](…)`, `[rejected this time](…)`: where or how, no title)
            if title in emphasised and len(title.split()) <= 3 and (
                    people.looks_like_people(title, strict=True)
                    and names.given_name(people.TITLE_OF_ADDRESS.sub("", title).split()[0])
                    or _A_TEAM.match(title)):
                continue  # `The next session was ***Georg Kostner***`: a person set in bold, not a title
            after = _BY_AFTER_TITLE.match(line, m.end())
            linked_by = _LINKED_BY_AFTER.match(line, m.end()) if m.group("lt") else None
            if m.group("ww") and not (people.looks_like_people(m.group("ww"), strict=True) and (
                    names.names_someone(m.group("ww")) or _PERSON_GOES_ON.match(line, _sentence_end(line, m.end())))):
                # (a name the dictionary does not know is a person's when the next sentence goes on about them: `First
                # up was Oluwaseun Adeyemi with "…". His team had …`)
                continue  # (`Next was Team Rocket with "Blast off"`, `Then came Central Station on "…"`: no one named)
            speakers = (people.parse_people(m.group("ww")) if m.group("ww") else ()) or (
                people.parse_people(m.group("bywho")) if m.group("bywho") else ()) or (
                people.named_people(linked_by.group("who"), strict=True) if linked_by else ()) or (
                people.parse_people(_person_after_role(line, after.group("who"), after.end("who")) or after.group("who"))
                if after else ()) or _speakers(
                line[start:m.end()], m.group("between") or m.group("between2") or "") or _owner(line[start:m.start("word") if m.group("word")
                                                                           else m.start()]) \
                or (_speakers(line, "") if len(matches) == 1 else ()) \
                or _subject(_SENTENCE_END.split(line[start:m.start()])[-1])
            # (`'s keynote on "Title"`: the word says the kind)
            linked = _LINK_AFTER_QUOTE.match(line, m.end())  # `his talk ["Title"](https://speakerdeck.com/…)`
            found.append((title, speakers, kinds.classify(m.group("word"))[0] if m.group("word") else "talk",
                          linked.group("url") if linked else None))
            start = m.end()
        if not matches:
            for sentence in _SENTENCE_END.split(line):
                ja = _JA_TITLED.search(sentence)
                if not ja:
                    continue
                who = ja.group("who")
                surname = _SURNAME_BEFORE.search(sentence[:ja.start("who")])
                if surname:  # `山田 太郎さん`: the family name before the space
                    who = f"{surname.group(1)} {who}"
                # `次に佐藤さんの…`: the longest end of the words before さん that reads as a name
                who = people.name_ending(who)
                if who:
                    found.append(((ja.group("t") or ja.group("t2")).strip(), people.parse_people(who), "talk"))
        for title, speakers, kind, *url in found:
            if any(t.title == title for t in out):
                continue
            at = first_line + number
            url = url[0] if url else None
            out.append(Talk(title=title, speakers=speakers, kind=kind, line=at,
                            slides=url if url and links.is_slides(url) else None,
                            video=url if url and links.is_video(url) else None, evidence=(
                Clue("title", "a sentence naming the talk", at, "medium"),) + (
                (Clue("speakers", "a sentence naming the talk", at, "medium"),) if speakers else ())))
    return out


# people as a recap writes them: linked (`[Jane Doe](https://twitter.com/jd)`) or capitalised, joined by `and`
_PERSON = r"(?:\[[^\[\]]{2,40}\]\([^)\s]+\)|[A-Z][\w'’.-]+(?:\s+(?:van|de|von|der|da)?\s*[A-Z][\w'’.-]+){1,3})"
_PEOPLE = _PERSON + r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)" + _PERSON + r"){0,3}"
# a name's end with its sentence's (`by Jeff Lo. In the main track…`; never an initial's `Mary K. Stone`)
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.(?:\s.*)?$")
# `[Title](…) by Jane Roe and Jo Bell, [Next](…)`: the people after a linked title, up to whatever is not a name
# (never a company's people: `by Red Hat engineers`)
_BY_PEOPLE = re.compile(r"\s*,?\s*by\s+(?P<who>" + _PEOPLE + r")(?![\w'’-])"
                        r"(?!\s+(?:engineers?|developers?|devs|folks|people|team|staff|members|crew|guys)\b)")
def people_after_by(text: str) -> tuple[str, int] | None:
    """`by Jane Doe & John Roe gave an overview …` at the start of `text` -> ('Jane Doe & John Roe', where the names
    end): capitalised full names (or linked), up to the sentence's end (`by Lina Corvo. The talk …`)."""
    m = _BY_PEOPLE.match(text)
    if not m:
        return None
    who = _SENTENCE_STOP.sub("", m.group("who")).strip()
    return (who, m.start("who") + len(who)) if who else None


# what the talk is called: its title linked to its deck, recording or own page, or quoted
_NAMED = r"(?:\[(?P<lt>[^\[\]]{3,140})\]\((?P<lu>[^)\s]+)\)|[\"“](?P<qt>[^\"”]{3,140})[\"”]" \
         r"|(?P<ct>[A-Z][\w'’-]*(?:\s+(?:[A-Z0-9(][\w'’()-]*|of|the|and|to|for|in|on|a|an|with|at|by|vs\.?)){1,12})(?=[.,;:!?]|\s*$))"
_SAID_BY_VERB = re.compile(
    r"(?P<who>" + _PEOPLE + r")\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:[a-z]+\s+){0,2}?"
    r"(?:gave|delivered|presented|presenting|giving|did)\s+(?:us\s+)?(?:a|an|the|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:(?:talk|presentation|keynote|session|walkthrough|overview|introduction|primer)\s+)?"
    r"(?:(?:on|about|titled|called|entitled|named)\s*:?\s*)?(?:the\s+(?=\[))?" + _NAMED
    + r"|(?P<who2>" + _PEOPLE + r")\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:[a-z]+\s+){0,2}?"
    r"(?:(?:talked|talking|spoke|speaking|presented|presenting)\s+(?:to\s+us\s+)?(?:about|on)"
    # (`[Jane Roe](…) told us all about [Yii2](/videos/…)`, `… introduced us to [ZeroMQ](/videos/…)`)
    r"|told\s+us\s+(?:all\s+)?about|introduced\s+us\s+to|walked\s+us\s+through)\s+(?:the\s+(?=\[))?"
    + _NAMED.replace("?P<", "?P<b_")
    # `Frank Lyle's talk on [embracing database diversity](…)`: whose talk, then what it was on, linked
    + r"|(?P<who3>" + _PEOPLE + r")['’]s\s+(?:[a-z]+\s+){0,2}?(?:talk|presentation|keynote|session)\s+(?:on|about)\s+"
    r"(?:the\s+)?\[(?P<c_lt>[^\[\]]{3,140})\]\((?P<c_lu>[^)\s]+)\)"
    # `Maria Lopez from the ecology lab presented at our March meeting: "Title"`, `… to hear Ravi Shahani present "Title"`:
    # the person, the verb of presenting (where, at most), then the title quoted
    r"|(?P<who4>" + _PEOPLE + r")\s*(?:\([^()]{1,60}\)\s*)?(?:\s+(?:from|of)\s+[^,.;:\"“]{1,60}?)?,?\s+"
    r"(?:will\s+be\s+|is\s+|was\s+)?present(?:s|ed|ing)?(?:\s+at\s+[^\"“:.]{1,60}?)?\s*:?\s*[\"“](?P<d_qt>[^\"”]{3,140})[\"”]")


_COMPANY_END = re.compile(r"\b(?:Systems|Inc|Labs?|Corp(?:oration)?|Technologies|Software|Group|Team|Foundation|Ltd|GmbH|LLC)\.?$")
_US_VERB = re.compile(r"\b(?:told\s+us|introduced\s+us|walked\s+us)\b")
_NOT_A_TITLE_LEAD = re.compile(r"(?-i:[a-z])|(?:the|our|my|their|his|her)\s", re.IGNORECASE)
# `presented "Best Newcomer" to Kim Lee`: something handed to someone; an award, a prize, the next meeting's talk
HANDED_OVER = re.compile(r"\s*(?:to|for)\s+(?:the\s+|our\s+)?(?:[A-Z@]|(?:board|team|committee|jury|winners?)\b)")
_NOT_THIS_TALK = re.compile(r"\b(?:awards?|prizes?|trophy|trophies|certificates?|next\s+(?:month|time|week|meetup|meeting))\b",
                            re.IGNORECASE)
_FUNCTION_WORDS = {"of", "the", "and", "to", "for", "in", "on", "a", "an", "with", "at", "by", "vs", "vs."}
# capitalised words that open a sentence before the person it is about: `Then`, `Last Thursday`, `Next up`
_NOT_A_NAME_LEAD = re.compile(r"^(?:(?:Then|Next|Last|Finally|After|Afterwards|Also|And|But|So|Later|Meanwhile|Up|Later on|"
                              r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday)\s+)+")


_BEFORE_SENTENCE_END = re.compile(r"^.*(?<=[a-z]{2})(?<!Prof)(?<!Mrs)\.\s+")  # (after a word, not `Jane Q.` nor `St.`)


def _named_in_full(who: str, paragraph: str) -> str:
    """`Prof. Akata` (or `Amsterdam. Prof. Akata`, a sentence's end caught before it) -> `Zeynep Akata`, the full
    name the paragraph gave the person before; the words after any sentence's end when it gave none."""
    tail = _BEFORE_SENTENCE_END.sub("", who)
    bare = people.TITLE_OF_ADDRESS.sub("", tail).strip()
    if not bare or " " in bare or "[" in bare:
        return bare or tail
    full = re.search(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+" + re.escape(bare) + r"\b", paragraph)
    return full.group(0) if full and not people.TITLE_OF_ADDRESS.match(full.group(0)) and not _NOT_A_NAME_LEAD.match(
        full.group(0)) and people.looks_like_people(full.group(0), strict=True) else tail


def _titled_page(title: str, url: str) -> bool:
    """`talked about [Scaling Lean: Principles over Process](https://…/v/craft/1070)`: a link in words shaped as a
    talk's title (three words or more, two capitalised, the first too) to a page deeper than a site's front page,
    never a person's profile: the talk's own page on a site the team does not know."""
    words = title.split()
    path = links.split(url).path.strip("/")
    return len(words) >= 3 and title[:1].isupper() and sum(w[:1].isupper() for w in words) >= 2 \
        and path.count("/") >= 1 and not links.is_profile_url(url) and not _DOCS_PATH.search("/" + path + "/")


# a guide's or a manual's address, words linked to it no talk's title (a wiki may hold a meetup's talk pages)
_GUIDE_PATH = re.compile(r"/(?:docs?|documentation|guides?|manual|reference|api)/", re.IGNORECASE)
# a documentation page's address, never a talk's: `…/docs/intro`, `/wiki/…`, `/reference/…`
_DOCS_PATH = re.compile(r"/(?:docs?|documentation|wiki|guides?|manual|reference|api|learn|tutorials?|book)/", re.IGNORECASE)


def talks_named_with_verbs(text: str, first_line: int = 1) -> list[Talk]:
    """Talks a recap tells in sentences of who did what: `[Una Kravets](…) gave a [Primer on Performance](slides)`,
    `Becky Stafford and Preet Sandhu talked about [Adaptive Testing](deck)`. The title is linked to the talk's deck,
    recording or own page, or quoted; the speakers are the people right before the verb."""
    out: list[Talk] = []
    for number, line in paragraphs(text):
        if _NOT_PROSE.match(line) or not (" gave " in line or " talk" in line or " spoke " in line or " present" in line
                                          or " deliver" in line or " did " in line or " giving " in line or " speaking " in line
                                          or " us " in line):
            continue
        for m in _SAID_BY_VERB.finditer(line):
            who = _NOT_A_NAME_LEAD.sub("", m.group("who") or m.group("who2") or m.group("who3") or m.group("who4"))  # (`Then Jane Doe …`)
            who = _named_in_full(who, line)
            if not who or who.startswith(("The ", "Our ", "This ")):
                continue  # `The organisers gave …`: no one by name
            title = m.group("lt") or m.group("qt") or m.group("b_lt") or m.group("b_qt") or m.group("ct") or m.group("b_ct") \
                or m.group("c_lt") or m.group("d_qt")
            if m.group("d_qt") and (HANDED_OVER.match(line, m.end()) or _NOT_THIS_TALK.search(line)):
                continue  # (`presented "Best Newcomer" to Kim`, an award; `next month Jane Roe will be presenting "…"`)
            url = m.group("lu") or m.group("b_lu") or m.group("c_lu")
            gave = bool(m.group("who"))
            if m.group("who2") and _US_VERB.search(m.group(0)) and not (url and links.shows_a_talk(url)
                                                                         and not _NOT_A_TITLE_LEAD.match(title)):
                continue  # (`introduced us to Helen Ward`, `told us about [the talks we have lined up](/talks/upcoming)`)
            if url and not links.shows_a_talk(url) and (not gave or len(title.split()) < 2 or links.is_profile_url(url)) \
                    and not _titled_page(title, url):
                continue  # `talked about [Rust](https://www.rust-lang.org/)`: a subject's page, not a talk's
            if url and m.group("lt") and not links.shows_a_talk(url) and _GUIDE_PATH.search(
                    "/" + links.split(url).path.strip("/") + "/"):
                continue  # `gave a [great overview](https://docs…/guide) of packaging`: words linked to a guide, no title
            if (m.group("ct") or m.group("b_ct")) and (title.split()[-1].lower() in _FUNCTION_WORDS
                                                       or sum(w[0].isupper() for w in title.split()) < 2):
                continue  # a capitalised run is a title only as a whole phrase of two or more capitalised words
            found = tuple(s for s in people.parse_people(MD_LINK.sub(r"\g<text>", who))
                          if people.looks_like_people(s.name, strict=True) or "](" in who)
            if not found or not title or any(t.title == title for t in out):
                continue
            at = first_line + number
            # (`gave a [Title](url)`: the link the title carries is the talk's own, its deck unless a recording)
            deck = url if url and (links.is_slides(url) or gave and url.startswith("http") and not links.is_video(url)
                                   and not links.is_article(url) and not links.is_event_page(url)
                                   and links.host_of(url) not in ("github.com", "gitlab.com")) else None
            out.append(Talk(title=title.strip(), speakers=found, slides=deck,
                            video=url if url and links.is_video(url) else None, line=at, evidence=(
                                Clue("title", "a sentence of who gave which talk", at, "medium"),
                                Clue("speakers", "a sentence of who gave which talk", at, "medium"))))
        for m in _TITLE_WAS.finditer(line) if "title of" in line.lower() else ():
            title = (m.group("w_lt") or m.group("w_qt") or m.group("w_ct") or "").strip()
            if len(title) < 3 or any(reconcile.same_title(t.title, title) for t in out):
                continue
            # (`[Dora Quist](…) talked about testing. The title of her presentation was …`: the sentence before's person)
            before = [x for x in _SENTENCE_END.split(line[:m.start()]) if x.strip()]
            # (only `his`/`her`/`their` point back at a person: `The title of the keynote was …` names nobody)
            found = _subject(before[-1]) if before and m.group("whose").lower() in ("his", "her", "their") else ()
            at = first_line + number
            url = m.group("w_lu")
            out.append(Talk(title=title, speakers=found, line=at, slides=url if url and links.is_slides(url) else None,
                            video=url if url and links.is_video(url) else None, evidence=(
                                Clue("title", "a sentence giving a talk's title", at, "medium"),) + ((
                                    Clue("speakers", "the sentence before it", at, "medium"),) if found else ())))
    return out


# `The title of her presentation was [Title](…)`: a sentence that says which title the talk just told of had
_TITLE_WAS = re.compile(r"\bThe\s+title\s+of\s+(?P<whose>his|her|their|the|my|our)\s+(?:talk|presentation|keynote|session)"
                        r"\s+(?:was|is)\s*:?\s*" + _NAMED.replace("?P<", "?P<w_"))


def may_tell_of_talks(text: str) -> bool:
    """A speed boundary: whether `text` can tell of two talks at all, each needing a title in quotes, a link or
    a phrase after `about`/`gave` (counted with str.count, far cheaper than the readers' patterns). talks_told's
    callers that want two or more ask this first; a test compares both paths on every fixture."""
    # (a title set in emphasis with its speaker after it, `**Title** by Jane Doe`, is one too)
    if text.count('"') + text.count("“") + text.count("「") + text.count("『") + text.count("](") + text.count(" about ") \
            + text.count(" gave ") + text.count("* by ") < 2:
        return False
    # (every reading needs a word of talks or of giving one)
    lowered = text.lower()
    return any(word in lowered for word in _TALK_WORDS)


_TALK_WORDS = ("talk", "present", "keynote", "session", " gave ", " spoke", "speaking", "deliver", "発表", "講演",
               "トーク", "セッション", "lt",
               # (a Japanese recap's talks in turns, `トップバッターは…さんの「…」`, and a pair's, `…のお二人による「…」`)
               "最初", "まずは", "はじめに", "続いて", "続きまして", "次は", "次に", "最後", "ラスト", "トリ", "トップバッター",
               "本目", "人目", "番目", "二人", "ふたり", "お三方", "三人", "3人",
               # (a quoted title with its speaker after it, no talk's word: `"Title" by Jane Doe`)
               '" by ', "” by ")


def talks_told(text: str, first_line: int = 1) -> list[Talk]:
    """Every talk the sentences of `text` tell of, in order: quoted titles (talks_in_prose), and who gave which
    (talks_named_with_verbs) where the quotes did not already name it."""
    quoted = talks_in_prose(text, first_line)
    verbed_all = talks_named_with_verbs(text, first_line)
    # (`Prof. Akata gave a talk on "Title"`: the quote names the talk, the verb its speaker)
    quoted = [q if q.speakers else next((replace(q, speakers=v.speakers, evidence=q.evidence + tuple(
        c for c in v.evidence if c.field == "speakers")) for v in verbed_all if v.speakers
        and reconcile.same_title(v.title, q.title)), q) for q in quoted]
    verbed = [t for t in verbed_all if not any(reconcile.same_title(t.title, q.title) for q in quoted)]
    found = quoted + verbed
    # (then the titles set off and tied to a word of talks, the bold leads and a Japanese recap's quoted titles, each
    # where no reading before it named the talk)
    for read in (talks_in_marked_sentences, talks_led_by_bold, talks_in_japanese_quotes):
        found += [t for t in read(text, first_line) if not any(reconcile.same_title(t.title, u.title) for u in found)]
    return sorted(found, key=lambda t: t.line or 0)


# ---- titles a sentence sets off (linked, quoted, in bold or italics) and ties to a word of talks ----
# a span the writer set off: a link's text, a quote, bold or italics (Markdown or HTML)
_MARKED = re.compile(
    r"\[(?P<lt>[^\[\]]{3,140})\]\((?P<lu>[^)\s]+)\)"
    r"|<a\s[^>]*?href=[\"'](?P<hu>[^\"']+)[\"'][^>]*>(?P<ht>[^<]{3,140})</a>"
    r"|<(?P<tag>em|strong|b|i|cite)>(?P<et>[^<]{3,140})</(?P=tag)>"
    r"|(?<![*\w])\*{1,3}(?P<st>[^*\n]{3,140}?)\*{1,3}(?![*\w])"
    r"|(?<![_\w@])_{1,2}(?P<ut>[^_\s][^_\n]{1,138}?[^_\s])_{1,2}(?![_\w])"
    r"|[\"“](?P<qt>[^\"“”]{3,140})[\"”]", re.IGNORECASE)
_SPAN = "\x01"  # a set-off span in a sentence's skeleton: \x01<index>\x02
_ONE_TALK_WORD = r"(?:lightning\s+talk|talk|keynote|presentation|session|workshop|tutorial|panel)"
_TALK_WORD = _ONE_TALK_WORD + "s?"
_SKELETON_NAME = r"(?:\x01\d+\x02|(?-i:[A-Z][\w'’.-]*\w(?:\s+(?:van|de|von|der|da)?\s*(?-i:[A-Z])[\w'’.-]*\w){1,3}))"
# people named together: `Tobias Kranz and Nell Achterberg`
_SKELETON_NAMES = _SKELETON_NAME + r"(?:(?:\s+and\s+|\s*&\s*)" + _SKELETON_NAME + r"){0,3}"
# how a sentence ties a set-off span (`\x01k\x02`) to a talk: `talk on ⟦T⟧`, `keynote was dubbed ⟦T⟧`, `⟦T⟧ by Jane
# Roe` in a sentence of talks, `⟦T⟧ was a perfect talk`, `In ⟦T⟧, Jane Roe showed`, `the session was by Jane Roe on ⟦T⟧`
_TIED = re.compile(
    # (one talk's word: `watch all the talks on [Channel](…)` names where they are, not a title)
    r"\b" + _ONE_TALK_WORD + r"(?:\s+(?:was|is))?\s+(?P<aw>on|about|titled|called|entitled|named|dubbed)\s*:?\s*(?:the\s+)?"
    r"\x01(?P<a>\d+)\x02"
    r"|\b" + _ONE_TALK_WORD + r"\s+(?:was|is)\s+by\s+(?P<bw>" + _SKELETON_NAME + r")\s+(?:on|about)\s+\x01(?P<b>\d+)\x02"
    r"|\b(?:title\s+of\s+(?:his|her|their|the)\s+" + _ONE_TALK_WORD + r"|" + _ONE_TALK_WORD + r")\s+(?:was|is)\s*:?\s*"
    r"\x01(?P<c>\d+)\x02"
    r"|\x01(?P<d>\d+)\x02\s*,?\s+by\s+(?P<dw>" + _SKELETON_NAME + r")"
    r"|\x01(?P<e>\d+)\x02\s+(?:was|is)\s+(?:a|an|the|my|one|another)\s+(?:[\w-]+\s+){0,3}?" + _TALK_WORD + r"\b"
    r"|^\s*In\s+\x01(?P<f>\d+)\x02\s*,\s+(?P<fw>" + _SKELETON_NAME + r")\s+(?:\w+\s+){0,2}?"
    r"(?:gave|showed|talked|spoke|presented|demonstrated|walked)\b"
    # (the span between an article or an owner and one talk's word: `a member of the "Title" panel`, `Jane Roe's
    # "Title" session`)
    r"|(?:\b(?:the|a|an|his|her|their|my|our)|['’]s)\s+\x01(?P<h>\d+)\x02\s+"
    r"(?:lightning\s+talk|talk|keynote|presentation|session|workshop|panel)\b"
    # (a person, then a verb of speaking about the span: `Jonah Whitfield talked about **Title**`)
    r"|(?P<iw>" + _SKELETON_NAMES + r")\s+(?:talked|spoke|presented)\s+(?:about|on)\s+\x01(?P<i>\d+)\x02"
    # (a person opening or closing the night with the span: `Mere Tāwhiri opened with **Title**`)
    r"|(?P<jw>" + _SKELETON_NAMES + r")\s+(?:opened|closed|kicked\s+off|started|finished)\s+(?:the\s+(?:main\s+)?(?:night|evening|"
    r"day|meetup|event|talks|session)\s+)?with\s+\x01(?P<j>\d+)\x02"
    # (the span, then whom it was from, in a sentence of talks: `three lightning talks: **Title** from Kiri Moana`)
    r"|\x01(?P<k>\d+)\x02\s*,?\s+from\s+(?P<kw>" + _SKELETON_NAME + r")"
    # (a person giving the span: `Marguerite Osei gave "Webrings Are Back"`)
    # (never a prize, a gift or a plug: `gave "Best Hack" to …`, `gave "Thanks Everyone" as her last slide`, `gave "…" a plug`)
    r"|(?P<lw>" + _SKELETON_NAMES + r")\s+(?:gave|presented|delivered)\s+(?:us\s+)?\x01(?P<l>\d+)\x02(?!\s+(?:to|as|a|an)\b)",
    re.IGNORECASE)
# who the person is before their name, when they host rather than speak: `Our host Sofia Rossi opened with …`
_HOST_BEFORE = re.compile(r"\b(?:host|hosts|organi[sz]ers?|MC|emcee|chair|compère|sponsor|rep|judge)\s*,?\s*$", re.IGNORECASE)
# what follows: before the talks, `… before the first talk`
_BEFORE_THE_TALKS = re.compile(r"^[^.]*\bbefore\s+(?:the\s+)?(?:first\s+)?(?:talks?|sessions?|keynote)\b", re.IGNORECASE)
# a sentence listing talks: `three lightning talks:`, `the talks were`
_TALKS_LISTED = re.compile(r"\b(?:talks|sessions|presentations|lightning\s+talks|LTs)\s*(?::|were\b|included\b)", re.IGNORECASE)
# a sentence of a talk still to come: `… is already booked to talk about **Title**`, `next month …`
# (never `next meetup` or `will talk`: an announcement's next meetup is the event it announces, its talks still to come)
_TO_COME = re.compile(r"\b(?:next\s+(?:month|week|time|year)|(?:is|are)\s+already\s+booked)\b", re.IGNORECASE)
# a sentence about a talk that was not given at this event: called off, still to come, run before, given elsewhere
_NOT_GIVEN_HERE = re.compile(r"\b(?:cancell?ed|called\s+off|postponed|dropped|next\s+(?:month|week|meetup|meeting|time|year)|"
                             r"will\s+(?:run|hold|host|have|be)|(?:we|they)\s+ran|ran\s+(?:in|last|before)|"
                             r"(?:talk|session|keynote|presentation|workshop|panel)\s+(?:from|at)\s+(?-i:[A-Z]))", re.IGNORECASE)
# a talk's word the span itself opens with: `Luke Miller's [talk on developing an indie game](…)`
_TALK_WORD_IN = re.compile(r"\b" + _TALK_WORD + r"\b", re.IGNORECASE)
_SPAN_TALK_ON = re.compile(r"^" + _TALK_WORD + r"\s+(?:on|about)\s+(?P<t>\S.{2,})$", re.IGNORECASE)
# a sentence of another time's talk: the writer's own elsewhere last year, next month's workshop
# (never `the next meetup`: an announcement's next meetup is the event it announces)
_ANOTHER_TIME = re.compile(r"\b(?:last|previous)\s+(?:year|month|week|time|meetup|meeting)\b|\bnext\s+(?:year|time)\b"
                           r"|\byears?\s+ago\b|\bpreviously\b", re.IGNORECASE)
# what opens words that describe rather than name: `her blog post about …`, `this new release`
_DESCRIBING = re.compile(r"^(?:her|his|their|my|our|this|that|some|one)\s", re.IGNORECASE)
# the writer's own talk given at another event: `my own talk on [Title](…) at HarborConf 2030`
_OWN_ELSEWHERE = re.compile(r"\bmy\s+(?:own\s+)?(?:\w+\s+)?(?:talk|session|presentation|keynote)\b.*\bat\s+(?-i:[A-Z])", re.IGNORECASE)
_WRITING = re.compile(r"\b(?:blog|blog\s+post|article|book|podcast)\b", re.IGNORECASE)  # (words naming a piece of writing)
_BOOK_PAGE = re.compile(r"goodreads\.|amazon\.|/books?/|/dp/|isbn", re.IGNORECASE)


def _person_after_role(text: str, who: str, end: int) -> str | None:
    """`who`, the words `by` names ending at `end` in `text`, when they open with a given name; after a role that names
    no one (`by HarborWare Founder, Mark Murphy`), the person named after the comma; else None."""
    if names.given_name(who.split()[0]):
        return who
    named = _APPOSED_NAME.match(text, end)
    return named.group("who") if named and names.given_name(named.group("who").split()[0]) else None


_APPOSED_NAME = re.compile(r"\s*,\s*(?P<who>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}))")
_SKELETON_OWNER = re.compile(r"(?P<who>" + _SKELETON_NAME + r")['’]s\s+(?:[a-z-]+\s+){0,2}$")


def _names_its_site(title: str, url: str | None) -> bool:
    """Words linked to the site they name, `[YouTube Live](https://youtube.com/live/x)`: a place, not a title."""
    host = links.host_of(url) if url and url.startswith("http") else ""
    site = host.removeprefix("www.").split(".")[0] if host else ""
    return len(site) >= 3 and site in title.lower().replace(" ", "")


def _before_in_sentence(line: str, at: int) -> str:
    """The words of `line` before the position `at`, back to the end of the sentence before (_SENTENCE_END)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, at)]
    return line[ends[-1] if ends else 0:at]


def _marked_spans(sentence: str) -> tuple[str, list[tuple[str, str | None]]]:
    """The sentence with each set-off span replaced by `\x01k\x02`, and the spans' (text, link address)."""
    spans: list[tuple[str, str | None]] = []

    def keep(m: re.Match) -> str:
        text = next(g for g in (m.group("lt"), m.group("ht"), m.group("et"), m.group("st"), m.group("ut"), m.group("qt")) if g)
        spans.append((text.strip(), m.group("lu") or m.group("hu")))
        return f"{_SPAN}{len(spans) - 1}\x02"

    return _MARKED.sub(keep, sentence), spans


def _skeleton_people(who: str, spans: list[tuple[str, str | None]]) -> tuple[Speaker, ...]:
    """The person a skeleton names: a span's text (a linked name) or capitalised words, when they read as people."""
    name = re.sub(r"\x01(\d+)\x02", lambda m: spans[int(m.group(1))][0], who)  # (`⟦Jane⟧ and ⟦Li⟧`: the links' texts)
    name = _NOT_A_NAME_LEAD.sub("", name).strip()
    return people.parse_people(name) if name and people.looks_like_people(name, strict=True) \
        and not titles.looks_like_event(name) else ()


def talks_in_marked_sentences(text: str, first_line: int = 1) -> list[Talk]:
    """Talks whose titles a recap's sentences set off (a link's text, a quote, bold or italics) and tie to a word of
    talks: `Jane Roe's talk on [Title](…)`, `His keynote was dubbed <em>Title</em>`, `one of the talks I liked was
    "**Title**" by [Jo Bell](…)`, `_Title_ was a perfect talk for me`, `In **Title**, Jane Roe showed …`. Its speaker
    is the person the sentence ties to it (`by`, whose it was, the sentence's subject), else nobody."""
    out: list[Talk] = []
    for number, line in paragraphs(text):
        if _NOT_PROSE.match(line) or not _MARKED.search(line):
            continue
        for sentence in _SENTENCE_END.split(line):
            skeleton, spans = _marked_spans(sentence)
            if not spans or _ANOTHER_TIME.search(sentence) or _WRITING.search(sentence) \
                    or _OWN_ELSEWHERE.search(sentence):
                continue  # (another time's talk, a podcast's or a post's name, the writer's own talk at another event)
            # (a span opening with its word of talks is tied to it by itself: `Luke Miller's [talk on Title](…)`)
            own = [(m, "g") for k, (text, _) in enumerate(spans) if _SPAN_TALK_ON.match(text)
                   for m in [re.search(f"\x01(?P<g>{k})\x02", skeleton)]]
            for m, key in sorted([(m, next(k for k in "abcdefhijkl" if m.group(k) is not None)) for m in _TIED.finditer(skeleton)]
                                 + own, key=lambda pair: pair[0].start()):
                title, url = spans[int(m.group(key))]
                title = without_emphasis(title).strip("\"“” ")
                inner = _SPAN_TALK_ON.match(title)
                title = inner.group("t") if inner and key in "deg" else title
                if key in "ijl" and (_SOCIAL.search(sentence) or _HOST_BEFORE.search(skeleton[:m.start()])
                                    or _BEFORE_THE_TALKS.search(skeleton[m.end():])):
                    continue  # (`Over drinks, Liam talked about **X**`, `Our host Sofia opened with **House Rules** before
                    # the first talk`: talk around the talks, not one)
                if key == "k" and not _TALKS_LISTED.search(skeleton[:m.start()]):
                    continue  # (`**Title** from Jane` only in a sentence listing talks: `three lightning talks: **…** from …`)
                if key in "dek" and (not _TALK_WORD_IN.search(skeleton)
                                    or _READING_WORDS.search(skeleton) or url and _BOOK_PAGE.search(url)):
                    continue  # (`"Dune" by Frank Herbert`: a span by someone is a talk only in a sentence of talks, not of
                    # books: `the resources for our workshop: [Title](goodreads…) by Jane Roe`)
                # (one word names a topic, a product or a site, `talk was about **Figma**`, unless said to be the title)
                one_word = len(title.split()) < 2 and not CJK.search(title) and not (key == "a" and m.group("aw").lower()
                                                                                        not in ("on", "about"))
                if one_word or _DESCRIBING.match(title) or _WRITING.search(title) or _names_its_site(title, url) \
                        or _LINK_WORDS.fullmatch(title) or "://" in title or len(title) < 3 or titles.looks_like_event(title) \
                        or key in "cdefhijkl" and title[:1].islower() or _TO_COME.search(sentence) \
                        or (url and links.is_profile_url(url)) or people.looks_like_people(title, strict=True) \
                        and names.given_name(title.split()[0]):
                    continue  # (`the talk is [online](…)`, a person or the event set off, no title)
                who = (m.group("bw") or m.group("dw") or m.group("fw") or m.group("iw") or m.group("jw") or m.group("kw")
                       or m.group("lw")) \
                    if key != "g" else None
                if who and not who.startswith("\x01") and key in "bdf":
                    who = _person_after_role(skeleton, who, m.end())  # (`by HarborWare Founder, Mark Murphy`: the person)
                speakers = _skeleton_people(who, spans) if who else ()
                if key in "ijl" and not speakers:
                    continue  # (the person the verb ties it to is no one: `The Hosting Team gave "…"`)
                if not speakers:
                    # (whose it was, before the span: `Jane Roe's "Title" session`)
                    owner = _SKELETON_OWNER.search(skeleton[:m.start("h") - 1 if key == "h" else m.start()])
                    speakers = _skeleton_people(owner.group("who"), spans) if owner else ()
                if not speakers:
                    speakers = _subject(sentence)
                if any(reconcile.same_title(t.title, title) for t in out):
                    continue
                at = first_line + number
                if key == "h" and _NOT_GIVEN_HERE.search(sentence):
                    continue  # (`the "Title" talk was cancelled`, `a "Title" workshop next month`, `the "Title" talk from X`)
                # (the talk's word after the span says its kind: `the "Title" panel`)
                kind = kinds.classify(m.group(0).rsplit(None, 1)[-1])[0] if key == "h" else "talk"
                out.append(Talk(title=title, speakers=speakers, line=at, kind=kind,
                                slides=url if url and links.is_slides(url) else None,
                                video=url if url and links.is_video(url) else None, evidence=(
                                    Clue("title", "a sentence naming the talk", at, "medium"),) + (
                                    (Clue("speakers", "a sentence naming the talk", at, "medium"),) if speakers else ())))
    return out


# a paragraph opening with its talk's title in bold, then what the talk was: `**Title**: Jane Roe of Acme shared …`
_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)(?P<t>[^*_\n]{3,140}?)(?:\*\*|__)\s*(?::|[-–—]\s)\s*(?P<rest>\S.*)$")
# what the sentence after it says of a talk: a word of talks, or a verb of giving one
_OF_A_TALK = re.compile(r"\b(?:talks?|keynote|presentation|session|workshop|demo|slides|shared|provided|presented|gave"
                        r"|talked|spoke|showed|demonstrated|explained|introduced|covered|walked\s+(?:us|through))\b",
                        re.IGNORECASE)
# a part of the evening that is no talk: `**Dinner at Izakaya Tora**`, `**Hallway conversations**`, `**After-party**`
_SOCIAL = re.compile(r"\b(?:dinner|lunch|breakfast|party|drinks|beers?|pizza|hallway|networking|karaoke|izakaya|after-?party)\b"
                     r"|懇親会|二次会|打ち上げ|ランチ", re.IGNORECASE)
# a bold lead that labels rather than names a talk: the day, a fact, the writer's verdict, a company
_NOT_A_LEAD_TITLE = re.compile(r"^(?:day|part|track|room|session|note|update|tl;?dr|venue|food|drinks?|highlights?|lowlights?|"
                               r"slides|video|organi[sz]ers?|sponsors?|pros|cons|summary|conclusion|verdict|bonus|edit)\b"
                               r"|\b(?:Corp|Inc|Ltd|LLC|GmbH|Co)\.?$", re.IGNORECASE)
# the person the sentence after it opens with: `Mike Lee of example.com shared`, `[Jane Roe](…) gave`
_LEAD_PERSON = re.compile(r"(?P<who>" + _LINKED_NAME + r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?=[\s,(])")


def talks_led_by_bold(text: str, first_line: int = 1) -> list[Talk]:
    """Paragraphs that each open with a talk's title in bold and go on to tell of it, `**Title**: Jane Roe of Acme
    shared a fun talk on …`: two or more in `text` (one is a label, `**Update**: …`). The speaker is the person the
    sentence opens with, when it reads as a name."""
    found: list[Talk] = []
    for number, line in paragraphs(text):
        m = _BOLD_LEAD.match(line) if line.lstrip().startswith(("**", "__")) else None
        if not m or not _OF_A_TALK.search(m.group("rest")[:200]):
            continue
        title = m.group("t").strip()
        if titles.looks_like_event(title) or people.looks_like_people(title, strict=True) and names.given_name(title.split()[0]) \
                or _NOT_A_LEAD_TITLE.search(title) or len(title.split()) < 2 and not CJK.search(title) \
                or _SOCIAL.search(title):
            continue  # (`**Update**:`, `**Venue**:`, `**Day 1**:`, `**Acme Corp**:`, a person: labels and names, no talk)
        who = _LEAD_PERSON.match(m.group("rest"))
        name = who and (MD_LINK.fullmatch(who.group("who")).group("text") if MD_LINK.fullmatch(who.group("who")) else who.group("who"))
        speakers = people.parse_people(name) if name and people.looks_like_people(name, strict=True) \
            and (names.given_name(name.split()[0]) or "](" in who.group("who")) else ()
        at = first_line + number
        found.append(Talk(title=title, speakers=speakers, line=at, evidence=(
            Clue("title", "a sentence naming the talk", at, "medium"),) + (
            (Clue("speakers", "a sentence naming the talk", at, "medium"),) if speakers else ())))
    return found if len(found) >= 2 and any(t.speakers for t in found) else []


# ---- a Japanese recap's quoted titles ----
# a title in 「」 or 『』 the sentence says is one: `「Title」というタイトルで`, `「Title」と題して`, `タイトルは『Title』`,
# `「Title」としてまとめて`, a kind's word right before it (`パネルディスカッション「Title」`, `LT「Title」`), or whose it was in a
# paragraph of talks (`岡崎さんの「Title」`)
_JA_QUOTE = r"[「『](?P<{0}>[^「」『』]{{3,100}})[」』]"
_JA_SAID_TITLE = re.compile(
    _JA_QUOTE.format("a") + r"\s*(?:という(?:タイトル|題名?|テーマ|演題)|と(?:いう)?題(?:して|した|する)|として(?:まとめ|発表|話|お話))"
    r"|(?:タイトル|題名|演題)\s*(?:は|が|：|:)\s*" + _JA_QUOTE.format("b")
    + r"|(?P<kw>パネルディスカッション|パネル|基調講演|キーノート|LT|ＬＴ|ライトニングトーク|セッション|講演|ハンズオン)\s*[:：]?\s*"
    + _JA_QUOTE.format("c")
    + r"|(?P<who>(?:@[A-Za-z0-9_]{2,30}|[^\s、。「」『』（）()\[\]]{1,15})\s*)(?:さん|氏|先生)"
    # (the person's handle in parentheses after the name, `ふじもんさん（@fujimon）の『…』`; `による` as well as `の`)
    r"(?:\s*[（(](?:\[[^\[\]]{1,40}\]\([^()\s]{1,200}\)|[^（）()]){1,40}[)）])?"
    # (`…さんと近藤 航さんのお二人による「…」`: the people counted, then whose the talk is)
    r"\s*(?P<pair>の?(?:お二人|おふたり|二人|ふたり|お三方|三人|3\s*人)で?)?\s*(?:の|による)\s*" + _JA_QUOTE.format("d")
    # (a sentence opening with the person, then its title closing the clause: `堀井 さくらさんは「Title」。`, `小牧さん（@k）は、
    # …の記録『Title』。`; read only where the recap writes its talks so, two at least: talks_in_japanese_quotes)
    + r"|^\s*(?P<ew>(?:[^\s、。「」『』（）()\[\]@]{1,6}[ 　])?(?:@[A-Za-z0-9_]{2,30}|[^\s、。「」『』（）()\[\]]{1,15}))\s*(?:さん|氏|先生)"
    r"(?:\s*[（(][^（）()]{1,40}[)）])?\s*は[、,]?\s*[^。「」『』]{0,40}?" + _JA_QUOTE.format("e")
    + r"(?=\s*(?:[。、]|で[、\s]|$))"
    # (a sentence opening with the talk's turn, then the person and the title: `最後は根室 杏さんで、「Title」。`,
    # `4 本目は飛び入りで、主催の江別さんが「Title」を話してくれました`)
    + r"|^\s*(?:最初は|まずは|続いて|続きまして|次は|次に|その次は|最後は|ラストは|トリは|(?:\d{1,2}|[一二三四五六七八九十])\s*(?:本目|人目|番目)は)"
    r"[^。「」『』]{0,30}?(?P<gw>@[A-Za-z0-9_]{2,30}|[^\s、。「」『』（）()\[\]]{1,15}?)\s*(?:さん|氏|先生)(?:\s*[（(][^（）()]{1,40}[)）])?"
    r"\s*(?:で|が|の(?:発表|LT|ＬＴ|講演|トーク)は)[、,]?\s*" + _JA_QUOTE.format("g")
    + r"(?=\s*(?:[。、！!]|を(?:話|発表)|について(?:話|発表)|$))")
# what a talk's title holds and a remark rarely does: Latin letters, digits, a katakana word, or ten characters at least
_TITLE_LIKE = re.compile(r"[A-Za-z0-9０-９]|[ァ-ヴー]{3,}|^.{10,}$")
# a paragraph of what people said, not of talks: `参加者の感想`, `コメント`, `パネルディスカッション`
_REMARKS = re.compile(r"感想|コメント|声|発言|一言|パネル|ディスカッション|談|言って|語って")
_JA_CLAUSE_END = re.compile(r"\s*(?:[。、,，！!]|は[、,\s]|も[、,\s]|$)")
# a sentence that opens with the talk's place in the evening: `最初は`, `続いて`, `次に`, `最後は、`
_JA_IN_TURN = re.compile(r"^\s*(?:最初は|まずは|はじめに|続いて|続きまして|次は|次に|その次は|最後は|ラストは|トリは|トップバッターは|"
                         r"(?:\d{1,2}|[一二三四五六七八九十])\s*(?:本目|人目|番目)[はが])")
# what follows a quoted title when it is no talk's: the writing it names (`でブログ記事を書いた`, `の本`), a remark
# (`という言葉`), or the gathering's own theme (`というテーマで今回の趣旨を`)
_JA_NOT_A_TALK = re.compile(r"\s*(?:で|の|を)?\s*(?:この|その)?(?:ブログ|記事|エントリ|本\b|本を|本が|本で|書籍|投稿|ツイート|下書き|論文|雑誌|"
                            r"今回の趣旨|会の趣旨|趣旨|全体テーマ)")
_JA_QUOTE_THEN = re.compile(r"[」』]?\s*という\s*(?:締めの|最後の|結びの)?(?:言葉|一言|発言|名言|セリフ|台詞|コメント|感想|フレーズ|問い|質問|指摘|本|ブログ|記事|話題)")
_JA_TALKS_SAID = re.compile(r"LT|ＬＴ|発表|登壇|トーク|セッション|講演|スライド|ライトニング")
_JA_SENTENCE = re.compile(r"(?<=[。！？!?])(?![」』）)])")  # (never inside a quote: `「…どうしてる？」`)
_JA_HONORED = re.compile(r"(?P<who>@[A-Za-z0-9_]{2,30}|[^\s、。「」『』（）()\[\]]{1,15}?)\s*(?:さん|氏|先生)(?![のにがはをでと]?「)")


_COUNTING_MARK = re.compile(r"^[\u2460-\u2473\u24f5-\u24fe\u2776-\u2793]+")


def _ja_speaker(words: str) -> tuple[Speaker, ...]:
    """The last person `words` names with さん (a family name and a given name apart: `早瀬 みのりさん`)."""
    named = _ja_named(words)
    return people.parse_people(named[-1]) if named else ()


def _ja_speakers(words: str) -> tuple[Speaker, ...]:
    """Every person `words` names with さん, in order."""
    return tuple(p for named in _ja_named(words) for p in people.parse_people(named))


def _ja_named(words: str) -> list[str]:
    """The names `words` gives with さん, in order."""
    found = []
    for m in _JA_HONORED.finditer(words):
        who = m.group("who")
        surname = _SURNAME_BEFORE.search(words[:m.start("who")])
        who = f"{surname.group(1)} {who}" if surname and not who.startswith("@") else who
        named = who if who.startswith("@") else people.name_ending(who)
        if named:
            found.append(named)
    return found


def _person_named(sentence: str, at: int, named: str) -> tuple[Speaker, ...]:
    """The person a sentence names with さん at `at` (`named`): the family name before a given name joined
    (`一宮 レンさんの「…」`), the words before the name left (`そして運営の潮見`)."""
    surname = _SURNAME_BEFORE.search(sentence[:at]) if not named.startswith("@") else None
    named = f"{surname.group(1)} {named}" if surname else named
    named = named if named.startswith("@") else (people.name_ending(named) or named)
    return people.parse_people(named) if people.looks_like_people(named, strict=False) else ()


def talks_in_japanese_quotes(text: str, first_line: int = 1) -> list[Talk]:
    """Talks a Japanese recap names in its sentences with a quoted title the sentence says is one (see _JA_SAID_TITLE):
    the speaker is the person named with さん in that sentence before the title, else in the sentence before it
    (`トップバッターは早瀬 みのりさん。「Title」というタイトルで…`). A remark quoted (`「…」という正直な振り返り`) is none."""
    out: list[Talk] = []
    told = [(number, line) for number, line in paragraphs(text)
            if ("「" in line or "『" in line) and not _NOT_PROSE.match(line)]
    # (none in or right after a paragraph of remarks: `参加者の感想をいくつか…`, a panel's words)
    every = paragraphs(text)
    said_around = {number for k, (number, line) in enumerate(every)
                   if _REMARKS.search(line) or k and _REMARKS.search(every[k - 1][1])}
    subjects = sum(1 for number, line in told if number not in said_around
                   for s in _JA_SENTENCE.split(line) if (m := _JA_SAID_TITLE.search(s)) and m.group("e"))
    for number, line in told:
        before = len(out)
        sentences = [s for s in _JA_SENTENCE.split(line) if s.strip()]
        for k, sentence in enumerate(sentences):
            for m in _JA_SAID_TITLE.finditer(sentence):
                if m.group("e") and (subjects < 2 or number in said_around or not _TITLE_LIKE.search(m.group("e"))):
                    # (`山田さんは「楽しかった」。` once, among remarks, or in plain words alone: words quoted; the recap's
                    # habit is two, each title naming its subject as talks do)
                    continue
                if m.group("d") and not _JA_TALKS_SAID.search(line) and not (
                        _JA_IN_TURN.match(sentence) and _JA_CLAUSE_END.match(sentence, m.end())):
                    # (`佐藤さんの「口癖」`: whose words, not a talk, outside a paragraph of talks or a turn's, where the
                    # quote ends its clause: `続いて話題になったのは、増田さんの『本』との比較` names a book)
                    continue
                if _JA_NOT_A_TALK.match(sentence, m.end()) or _JA_QUOTE_THEN.match(sentence, m.end()):
                    continue  # (`「…」というタイトルでブログ記事を`, `…の本`, `…という言葉`, `というテーマで今回の趣旨`)
                if m.group("g") and (not _TITLE_LIKE.search(m.group("g")) or not (_JA_TALKS_SAID.search(line) or out)):
                    # (`最後は山田さんが「まとめ」。`: a word quoted; a turn in a paragraph saying nothing of talks, slides or
                    # LTs, no talk told before it, `最後は鈴木さんで、「Webを支える技術」。` at a reading meet-up: a book's)
                    continue
                title = next(m.group(g) for g in "abcdeg" if m.group(g)).strip()
                # (an event's name quoted, `「RubyKaigi 2031」に参加`, unless the sentence says it is a title: `タイトルは「… 2025 年の
                # ラック事情」`)
                if any(reconcile.same_title(t.title, title) for t in out) or titles.looks_like_event(title) \
                        and not (m.group("a") or m.group("b")):
                    continue
                # (a circled number counting the talks is no part of the name: `①クニオさんの「…」`)
                named = _COUNTING_MARK.sub("", m.group("who")).strip() if m.group("who") else ""
                who = _person_named(sentence, m.start("who"), named) if named else ()
                if who and m.group("pair"):  # (`宇佐美 しおりさんと近藤 航さんのお二人による`: each of them)
                    who = _ja_speakers(sentence[:m.start("pair")]) or who
                if m.group("e") and people.looks_like_people(m.group("ew").strip(), strict=False):
                    who = people.parse_people(m.group("ew").strip())  # (the person the sentence opens with)
                if m.group("g"):  # (the person named with さん before the title, `主催の江別 宗一郎さんが`)
                    who = _person_named(sentence, m.start("gw"), m.group("gw").strip())
                who = who or _ja_speaker(sentence[:m.start()]) \
                    or (_ja_speaker(sentences[k - 1]) if k and not m.group("d") and not m.group("e") else ())
                at = first_line + number
                # (the kind its word says, `パネルディスカッション「…」`; in a paragraph of LTs, `LT が 4 本`, a lightning talk)
                kind = kinds.classify(m.group("kw") + " x")[0] if m.group("kw") else (
                    "lightning" if _JA_LT.search(line) else "talk")
                out.append(Talk(title=title, speakers=who, kind=kind, line=at, evidence=(
                    Clue("title", "a sentence naming the talk", at, "medium"),) + (
                    (Clue("speakers", "a sentence naming the talk", at, "medium"),) if who else ())))
        decks = {u for u in links.urls_in(line) if links.is_slides(u)}
        if len(out) == before + 1 and len(decks) == 1:
            out[-1] = replace(out[-1], slides=decks.pop())  # (`スライドは[こちら](…)で公開`: the paragraph's one talk's deck)
    return out


_JA_LT = re.compile(r"(?<![A-Za-z])(?:LT|ＬＴ)(?![A-Za-z])|ライトニングトーク")


COUNTED_SPEAKER = "a sentence counting the speakers (`2人目は山田さんで、…`)"
# a recap counting its speakers, each sentence opening with the next one: `まずは山田さんで、…`, `2人目は佐藤さんで、…`,
# `最後は鈴木さんの発表で、…` (the talk named by its speaker, as a programme without titles is)
_COUNTED_SPEAKER = re.compile(
    r"(?:^|(?<=[。！!\n]))\s*(?P<ord>まずは|最初は|はじめは|\d{1,2}\s*人目は|[一二三四五六七八九十]\s*人目は|次は|続いては?|最後は|ラストは|トリは)"
    r"\s*[、,]?\s*(?P<who>[^\s、。「」『』()（）\[\]]{1,20}?)\s*(?:さん|氏)(?:で|の(?:発表|LT|ＬＴ|トーク)(?:で|は)|から|が)[、,]")


_ACCOUNT_NAME = re.compile(r"[a-z][a-z0-9_-]{1,30}|[A-Za-z][A-Za-z_-]*\d[A-Za-z0-9_-]*")  # (`koji000さん`; never `Google`)
OF_TALKS_JA = re.compile(r"(?<![A-Za-z])LT|ＬＴ|発表|登壇|講演|トーク|スライド|セッション|プレゼン")
# a sentence counting people who did something else: asked questions, ran a job, brought food, won a prize, introduced
# themselves, sat on a panel; or came to another meeting
_NOT_SPEAKING_JA = re.compile(r"質問|担当|差し入れ|注文|自己紹介|当選|当たり|景品|受付|司会|パネリスト|前回|次回|参加者|子ども|お子")


# a bold phrase the writer attended that is no talk's title: a count, someone's session, a kind's word at its end
_NOT_A_SEEN_TITLE = re.compile(r"^(?:one|two|three|four|five|six|several|many|all|some|\d+)\b|['’]s\b|"
                               r"\b(?:talks?|sessions?|workshops?|keynotes?|tutorials?)$", re.IGNORECASE)


def talks_by_counted_speakers(text: str, first_line: int = 1, about_talks: bool = False) -> list[Talk]:
    """The talks of a recap that counts its speakers (`2人目は山田さんで、…という話。`): one each, named by its
    speaker. Two such sentences at least, one of them counting (`N人目`), or nothing."""
    if not about_talks and not OF_TALKS_JA.search(text):
        return []  # (a recap counting people says somewhere that they spoke: `LT`, `発表`, `登壇`)
    found = [(number, m) for number, line in paragraphs(text) for m in _COUNTED_SPEAKER.finditer(line)
             if not _NOT_SPEAKING_JA.search(sentence_around(line, m.start()))]
    if len(found) < 2 or not any("人目" in m.group("ord") for _, m in found):
        return []
    out: list[Talk] = []
    for number, m in found:
        who = m.group("who").strip()
        if any(t.title == who for t in out) or not (people.looks_like_people(who, strict=False) or _ACCOUNT_NAME.fullmatch(who)):
            continue
        at = first_line + number
        out.append(Talk(title=who, speakers=tuple(people.parse_people(who)), line=at, evidence=(
            Clue("title", COUNTED_SPEAKER, at, "low"), Clue("speakers", COUNTED_SPEAKER, at, "medium"))))
    return out


ANNOUNCED_SLOT = "a line announcing the slot's talk (`LT2 「Title」 @name さん`)"
# a host's line calling the next talk by its slot's number: `LT1 「Title」 @小椋 ゆうた さん`, `LT4（繰り上げ）「Title」 @h`,
# `最後 LT5 「Title」 @h さん`,
# `Talk 2: "Title" by Jane Doe`
_SLOT_CALLED = re.compile(r"^\s*(?:[-*]\s+)?(?:(?:最後|次|次は|続いて|Next(?:\s+up)?:?|Finally,?)\s*)?(?P<slot>LT|ＬＴ|Talk|Session|トーク|セッション|登壇|発表)\s*[#＃]?\s*(?P<n>\d{1,2})\s*"
                          r"(?:[（(][^()（）]{1,12}[)）])?\s*[:：.\-–—]?\s*[「『\"“](?P<t>[^」』\"”]{2,120})[」』\"”]\s*"
                          r"(?:(?:by|from|[-–—/／])\s*)?(?P<who>[^「」『』\"“”]{0,60})$", re.IGNORECASE)


def talks_announced(lines: list[tuple[int, str]]) -> list[Talk]:
    """Lines (with their line numbers) in which a host calls each talk by its slot's number (a chat's or a live note's),
    two different slots at least: one talk each, in order, its speaker the name after the title (a mention, `@小椋 ゆうた
    さん`, is a name)."""
    found: list[Talk] = []
    numbers = set()
    for at, line in sorted(lines):
        m = _SLOT_CALLED.match(line) if line else None
        if not m:
            continue
        who = people.HONORIFIC_END.sub("", m.group("who").strip()).strip()
        who = re.sub(r"^@(?=[^\x00-\x7f])", "", who)  # (a chat's mention of a display name in Japanese is the name)
        speakers = people.named_people(who, strict=False) if who else ()
        kind = "lightning" if m.group("slot").upper() in ("LT", "ＬＴ") else "talk"
        numbers.add(int(m.group("n")))
        found.append(Talk(title=m.group("t").strip(), speakers=tuple(speakers or ()), kind=kind, line=at,
                          evidence=(Clue("title", ANNOUNCED_SLOT, at, "medium"),) + (
                              (Clue("speakers", ANNOUNCED_SLOT, at, "medium"),) if speakers else ())))
    return found if len(numbers) >= 2 else []
