"""What the lines under a talk's heading say of the talk: who speaks, where its slides and video are.

    - 株式会社ほげ 山田さん               -> the speaker (and the line leaves the talk's notes)
    ### 登壇者 / - 山田 太郎                -> the speaker, from a sub-section
    - スライド: https://speakerdeck.com/...  -> the slides (a labelled URL first, else any deck URL)
    Video: https://youtu.be/...            -> the video

Also the field names of a note about one talk (`## Title`, `## Speaker`, `## Slide`).
"""
from __future__ import annotations

import itertools
import re

from ..core.model import Speaker
from . import bylines, links, names, people, speaker_lines, titles
from .fields import CLOCK_RANGE, LEADING_PICTOGRAPH, SITE_FILE, TRAILING_ASIDE, sentence_around
from .sections import key

_SINGLE_FIELDS = {
    "title": ("title", "タイトル", "題目", "演題", "session", "セッション", "talk"),
    "speaker": ("speaker", "speakers", "登壇者", "発表者", "スピーカー", "講演者", "presenter"),
    "slides": ("slide", "slides", "スライド", "資料", "発表資料", "deck"),
    "video": ("video", "動画", "アーカイブ", "recording"),
}
# (`資料は[こちら](…)`: the sentence pointing at the talk's own deck labels it too)
_SLIDE_LABEL = re.compile(r"(?:スライド|発表資料|資料|slides?|deck)\s*[:：]|\[(?:スライド|発表資料|資料|slides?|deck)\]\("
                          r"|(?<!参考)(?<!関連)(?:スライド|発表資料|資料)は\s*\[(?:こちら|ここ|これ|コチラ)\]\(", re.IGNORECASE)
_VIDEO_LABEL = re.compile(r"(?:動画|録画|アーカイブ|video|recording)\s*[:：]|\[(?:動画|録画|アーカイブ|video|recording)\]\(",
                          re.IGNORECASE)
_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg)(?:\?|$)", re.IGNORECASE)
_SUB_HEADING = re.compile(r"^\s*#{1,6}\s+(?P<h>.+?)\s*#*\s*$")
_SENTENCE_END = re.compile(r"[。.｡]\s*$")
_SENTENCE_MARK = re.compile(r"[。｡](?=.*\S)")
_BULLET_MARK = re.compile(r"^[-*+・]\s+")

_SINGLE_FIELD_OF = {key(word): name for name, words in _SINGLE_FIELDS.items() for word in words}


def single_field(heading: str) -> str | None:
    """'title', 'speaker', 'slides' or 'video' for a heading naming one field of a talk, else None."""
    return _SINGLE_FIELD_OF.get(key(heading))


def _labelled_slides(url: str) -> bool:
    """A URL a `Slides:` label names: a deck on any host, but not a video, image or profile page, nor an event's
    page (`[発表資料](https://x.connpass.com/event/1/presentation/)`: the event's list of decks)."""
    return not links.is_video(url) and not links.is_profile_url(url) and not _IMAGE.search(url) \
        and not links.is_article(url) and not links.is_event_page(url)


def _first_url(lines: list[str], test, label: re.Pattern, urls: list[str]) -> str | None:
    """The first URL passing `test`, preferring one on (or after) a line with the label.

    `urls`: the URLs of the lines joined (a URL never spans lines). A label ends in a colon or
    opens a link (`Slides:`, `[slides](`), and gives a URL only when its line or the next holds
    one, so only such lines are searched for it."""
    labelled = _labelled_slides if label is _SLIDE_LABEL else test
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if "://" not in line and (i == last or "://" not in lines[i + 1]):
            continue
        if (":" in line or "：" in line or "](" in line) and (m := label.search(line)):
            for candidate in links.urls_in(line[m.end():]):
                if labelled(candidate):
                    return candidate
            for candidate in links.urls_in(line) + (links.urls_in(lines[i + 1]) if i < last else []):
                if test(candidate):
                    return candidate
    for candidate in urls:
        if test(candidate):
            return candidate
    return None


def talk_urls(lines: list[str]) -> list[str]:
    """The URLs written in a talk's lines, in order: what first_slides and first_video choose from."""
    text = "\n".join(lines)
    return links.urls_in(text) if "://" in text else []


def first_slides(lines: list[str], urls: list[str] | None = None) -> str | None:
    """`urls`: talk_urls(lines), when the caller has them. With no deck among them, a file on the page's own site
    under a file's label (`PDF: /uploads/talk.pdf`, a list item's link peeled off) is the deck."""
    urls = talk_urls(lines) if urls is None else urls
    found = _first_url(lines, links.is_slides, _SLIDE_LABEL, urls) if urls else None
    if not found and "/" in (text := "\n".join(lines)) and (site := _SITE_FILE_LINE.search(text)):
        return site.group("path")
    if found and "/embed_code/" in found:
        # SlideShare's embed code: the player's key, then a link to the deck's own page; the page is the deck
        page = next((u for u in urls if "slideshare.net/" in u and "/embed_code/" not in u and links.is_slides(u)), None)
        return page or found
    return found


_SITE_FILE_LINE = re.compile(r"^\s*(?:[-*+]\s+)?(?:" + titles.FILE_LABEL.pattern + r")\s*[:：]\s*(?P<path>" + SITE_FILE + r")\s*$",
                             re.IGNORECASE | re.MULTILINE)


def first_video(lines: list[str], urls: list[str] | None = None) -> str | None:
    """`urls`: talk_urls(lines), when the caller has them.

    A URL on a labelled line is one of `urls` or a piece of one (the same characters up to the
    same end), so when none of `urls` names a video host, no URL of the lines is a video."""
    urls = talk_urls(lines) if urls is None else urls
    if not any(links.may_hold_video(u) for u in urls):
        return None
    return _first_url(lines, links.is_video, _VIDEO_LABEL, urls)


_LABEL_ITEM = re.compile(r"^\s*[-*+]\s+(?:\*\*)?(?P<label>[^:：*]{1,20}?)(?:\*\*)?\s*[:：]?\s*$")


# (the embed's links read as Markdown links by then: see dialects, `HTML links in Markdown text`)
_SLIDESHARE_FROM = re.compile(
    r"</strong>\s*from\s*<strong>\s*\[\s*(?P<name>[^\[\]<]{1,60}?)\s*\]\(https?://(?:www\.)?slideshare\.net/(?P<user>[\w.\-]+)/?\)",
    re.IGNORECASE)


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


# a talk's sub-heading over its own facts (time, room, speaker): `#### セッション情報`, `### Session details`
_DETAILS = re.compile(r"(?:セッション|講演|発表|トーク)?(?:情報|概要|詳細)|(?i:(?:session|talk)\s+)?(?i:info(?:rmation)?|details|about)")


# a line whose English sentence goes on to the next: it ends with a word, a comma or a quotation (no full stop, no colon)
_GOES_ON = re.compile(r"[A-Za-z0-9,\"”’)]\s*$")


_ITEM_OPENS = re.compile(r"\s*(?:[-*+]|\d{1,2}[.)])\s+\S")
# an item whose sentence is not over at the line's end: a word in lower case or a comma closing it (`, organized`)
_ITEM_GOES_ON = re.compile(r"(?:[a-z]{2,}|,)\s*$")


def _items_wrapped(lines: list[str]) -> set[int]:
    """The lines that go on with the list item above them, no blank line between (`2. [San Francisco](…), organized`
    / `by our own Jane Doe`): the item's text wrapped, never a line of its own."""
    out: set[int] = set()
    for i in range(1, len(lines)):
        line = lines[i]
        if line.strip() and not _ITEM_OPENS.match(line) and not line.lstrip().startswith(("#", "|", ">")) \
                and (_ITEM_OPENS.match(lines[i - 1]) and _ITEM_GOES_ON.search(lines[i - 1]) or i - 1 in out):
            out.add(i)
    return out


def _goes_on(line: str) -> bool:
    """Whether a line's English sentence goes on to the next one (no list item, no hard line break)."""
    return bool(line.strip()) and bool(_GOES_ON.search(line)) and not line.endswith("  ") \
        and not re.match(r"\s*(?:[-*+]|\d{1,2}[.)]|\\-)\s", line) and not re.search(r"https?://\S+\s*$", line) \
        and bool(re.search(r"\b[a-z]+\s+[a-z]+\b", line))  # (prose: `スライド: https://…` goes on to nothing)


# a line that quotes: a Markdown quotation, or a line set whole in italics or quotation marks
_QUOTATION_LINE = re.compile(r"^\s*(?:>|[*_](?![*_\s]).*[*_]\s*$|[\"“「『].*[\"”」』][.。]?\s*$)")


def _after_a_quotation(lines: list[str], i: int) -> bool:
    """Whether the line before lines[i] (blank lines aside) quotes someone: a long dash's line under it names the
    quotation's source (`— Alan Kay, 1971`), not the talk's speaker."""
    before = next((line for line in reversed(lines[:i]) if line.strip()), "")
    return bool(_QUOTATION_LINE.match(before))


def speakers_from_body(lines: list[str]) -> tuple[tuple[Speaker, ...], list[str]]:
    """Speakers named in the first lines of a talk, and the lines without that mention."""
    seen = 0
    wrapped = _items_wrapped(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith(("![", "[![", "<!--")) or _TIME_ONLY.match(line):
            continue
        if i in wrapped:
            seen += 1
            continue
        if (profile := _PROFILE_LABEL.match(stripped)) and seen < 3 \
                and not any(speaker_lines.labelled_speaker_line(after) for after in lines[i + 1:i + 6]):
            # `Twitter: [@jd](https://twitter.com/jd)` under a talk's heading: the speaker's own account (a `Speaker:`
            # line after it names the speaker, the account perhaps their company's)
            return (Speaker(name="@" + profile.group("h"), handle=profile.group("h")),), lines[:i] + lines[i + 1:]
        if _SHORT_LABEL.match(stripped) and not speaker_lines.speaker_label(stripped):
            continue  # (`Rating: ★★★`, `Level: beginner` over the speaker's name: the talk's facts, not its notes)
        if stripped[:1] in "—―" and _after_a_quotation(lines, i):
            seen += 1
            continue  # (`> We tested it …` over `— Grace Hopper, Rear Admiral`: the quotation's source, no speaker)
        sub = _SUB_HEADING.match(line) if "#" in line else None
        if sub and single_field(sub.group("h")) == "speaker":
            # a `### 登壇者` sub-section: the lines under it name the speakers
            named = _speakers_under(lines, i + 1)
            if named:
                return named
            continue
        label = _LABEL_ITEM.match(line)
        if label and single_field(label.group("label")) == "speaker" and i + 1 < len(lines) \
                and _indent(lines[i + 1]) > _indent(line):
            # `* 発表者` over the nested item `  * 三浦 英樹 (@miura1729)`: the label's value is nested
            named = _speakers_under(lines, i + 1)
            if named and named[0]:
                return named
        seen += 1
        if seen > 3:
            break
        # a sub-heading naming the speaker (`#### 水野 葵さん` under `### Title`) is read as its text
        said = sub.group("h") if sub else line
        found = speaker_lines.speaker_line(said) or (_name_alone(lines, i) if seen == 1 and not sub else None) \
            or (_person_sub_heading(said) if seen == 1 and sub else None)
        if found and speaker_lines.bold_name_line(said):
            return _bold_names_from(lines, i)
        if found:
            # a sentence (`山田さんによる基調講演。`) is part of the notes; a label line is not
            # (`続いて@x さんの発表でした｡資料は[こちら](…)`: a sentence goes on past the name)
            rest = lines if _SENTENCE_END.search(line) or _SENTENCE_MARK.search(line) else lines[:i] + lines[i + 1:]
            if speaker_lines.speaker_label(line):  # the label `found` was read from: a labelled_speaker_line
                # `- モデレーター: A` then `- パネリスト: B、C`: everyone on stage, one label a line
                # (a blank line may part them, as a page's paragraphs are, before a panel's own line: `Speaker: Chaired
                # by A` / `` / `Panelists: B, C`; never the evening's `Host:` or `司会:` below a talk's speaker)
                j = i + 1
                while (k := next((k for k in range(j, len(lines)) if lines[k].strip()), len(lines))) < len(lines) \
                        and speaker_lines.labelled_speaker_line(lines[k]) and (k == j or speaker_lines.PANEL_PEOPLE_LABEL.match(lines[k])):
                    found = found + tuple(p for p in speaker_lines.speaker_line(lines[k]) or () if p not in found)
                    rest = [l for l in rest if l is not lines[k]]
                    j = k + 1
            return found, rest
    # a labelled line further down (`発表者: 山田さん` written after the notes), outside sub-sections
    told: tuple[Speaker, ...] = ()
    for i, line in enumerate(lines):
        heading = line.lstrip().lstrip("#").strip() if line.lstrip().startswith("#") else None
        if heading is not None and _SUB_HEADING.match(line) and speaker_lines.labelled_byline(heading):
            # `##### by Forbes Lindesay` after the slides and links: a sub-heading that is the speaker's labelled line
            # (never `### By the numbers`, a part of the notes)
            return speaker_lines.speaker_line(heading) or (), lines[:i] + lines[i + 1:]
        if heading is not None and not _DETAILS.fullmatch(heading):
            break  # (a `#### セッション情報` sub-section holds the talk's own facts: read on)
        if speaker_lines.labelled_speaker_line(line) and not (i and _goes_on(lines[i - 1])) and i not in wrapped:
            # (never a line going on with the sentence above it: `… a talk called "Title"` / `by Jane Roe which I missed.`)
            return speaker_lines.speaker_line(line) or (), lines[:i] + lines[i + 1:]
        # `[Jane Doe](…) による以下の発表をご覧ください` over the recording: a sentence of the notes, where no label
        # further down names someone else
        told = told or speaker_lines.linked_by(line) or ()
    if told:
        return told, lines
    # a tweet the notes quote, its author saying they spoke (`> …というお題で登壇しました。` / `> — Jane Doe (@jd) [date](…)`)
    tweeted = _speaker_tweeting(lines)
    if tweeted:
        return tweeted, lines
    # SlideShare's embed code credits the deck: `<strong><a …>Title</a></strong> from <strong><a href=
    # "//www.slideshare.net/yuyamada">Yu Yamada</a></strong>` (its links read as Markdown links by now);
    # one such credit under a talk names its speaker
    credits = [m for line in lines if "slideshare" in line for m in _SLIDESHARE_FROM.finditer(line)]
    if len({m.group("user").lower() for m in credits}) == 1:
        m = credits[0]
        return (Speaker(name=" ".join(m.group("name").split()), handle=m.group("user")),), lines
    return (), lines


# an embedded tweet's signature, read as Markdown: `> — Jane Doe (@jd) [November 30, 2031](https://twitter.com/jd/status/…)`
_TWEET_SIGNED = re.compile(r"^\s*>\s*(?:—|&mdash;|--)\s*(?P<name>[^()\[\]\n]{1,40}?)\s*\(@(?P<h>\w{1,15})\)\s*"
                           r"\[[^\]]*\]\(https?://(?:mobile\.)?(?:twitter|x)\.com/(?P<user>\w{1,15})/status/", re.IGNORECASE)
# what the author says of their own talk in the tweet: they spoke, or these are their slides
# (what was done, in the past: `登壇しました`, `発表した資料です`, `my slides`; never `発表します`, a plan, nor `このスライド
# わかりやすい`, a listener's word on someone else's)
_SAYS_SPOKE = re.compile(r"(?:登壇|発表|講演|(?<![A-Za-z])LT(?![A-Za-z])|ＬＴ)(?:しました|した|させていただきました|させて頂きました|してきました"
                         r"|させてもらいました|させてもらった)"
                         r"|(?:登壇|発表|講演|LT|ＬＴ)(?:資料|スライド)|\b(?:my\s+(?:talk|slides|deck)|slides\s+(?:from|for)\s+my"
                         r"|I\s+(?:gave|presented|delivered)\s+(?:a|my|the)\b|I\s+spoke\s+(?:at|about|on)\b)", re.IGNORECASE)


def _speaker_tweeting(lines: list[str]) -> tuple[Speaker, ...]:
    """The author of a tweet the talk's notes quote, where the tweet says its author gave the talk (`…というお題で
    登壇しました`, `昨日発表した資料です`, `slides from my talk`), and only one author says so."""
    authors: list[Speaker] = []
    for i, line in enumerate(lines):
        m = _TWEET_SIGNED.match(line) if "status/" in line else None
        if not m or m.group("h").lower() != m.group("user").lower():
            continue
        start = i
        while start > 0 and lines[start - 1].lstrip().startswith(">"):
            start -= 1
        if _SAYS_SPOKE.search(" ".join(lines[start:i])):
            person = Speaker(name=m.group("name").strip(), handle=m.group("h"))
            if person not in authors:
                authors.append(person)
    return (authors[0],) if len(authors) == 1 else ()


# whose talk the notes say it was: `Bryan Hall's talk on …`, `Jessica Kerr's presentation style`, `Kerri Moss did so
# like a champ`, `Corey Ek did a great job of …`
_TOLD_SPEAKER = re.compile(r"(?<![\w'’.-])(?P<who>[A-Z][\w.-]*[a-z](?:\s+[A-Z][\w.-]*[a-z]){1,2})(?:['’]s\s+(?:[a-z-]+\s+){0,2}"
                           r"(?:talk|presentation|session|keynote)\b|\s+(?:did\s+(?:so|a|an|the|it)|gave|presented|delivered)\s)")
# the same with the other verbs of a speaker at work (`Paul Royer shared his experience …`, `Jeff Milewski will be giving
# a talk`): only where the name opens a sentence, after an opening phrase's comma, a title (`Miss. Sadia Kapoor talked
# about …`) or another speaker (`Bas Lit & Rob Haber showed …`), never inside one (`As Martin Fowler explained …`)
_TOLD_SUBJECT = re.compile(r"(?:^|(?<=[.!?;]\s)|(?<=,\s)|(?<=&\s)|(?<=\sand\s)|(?<=Mr\.\s)|(?<=Ms\.\s)|(?<=Dr\.\s)|(?<=Mrs\.\s)|(?<=Miss\.\s))"
                           r"(?P<who>[A-Z][\w.-]*[a-z](?:\s+[A-Z][\w.-]*[a-z]){1,2})"
                           # (where they work may come between: `Jonas Reinholt from Kassenwart will show …`)
                           r"(?P<org>\s+(?:from|of|at)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})?\s+(?:" + bylines.SPEAKER_DID
                           + r"|will\s+(?:be\s+giving|give|discuss|talk|present|show|demo|share|walk\s+us))\b")


def _presents(rest: str) -> bool:
    """Whether the sentence after a person opening a talk's notes has them giving the talk (`— live demo …`, `… will
    show what broke`), not introducing someone else or keeping a project (`introduced our speaker`, `maintains …`)."""
    sentence = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
    if _NOT_PRESENTING.search(sentence):
        return False
    return bool(re.match(r"\s*[—–-]\s", sentence) or _PRESENTING_VERB.search(sentence))


_PRESENTING_VERB = re.compile(r"\b(?:will\s+(?:show|talk|present|demo|share|walk\s+us|explain|give)|" + bylines.SPEAKER_DID
                              + r"|shows|presents|demos|explains)\b")
_NOT_PRESENTING = re.compile(r"\b(?:introduc\w*|welcom\w*|host(?:s|ed|ing)?|maintain\w*|organi[sz]\w*|thank\w*|MC'?d?)\b",
                             re.IGNORECASE)


# a talk's notes opening with who gave it, a handle and the name it stands for: `@mara_k (Mara Kowalczyk) has been …`
_OPENS_WITH_HANDLED = re.compile(r"^@(?P<h>[A-Za-z0-9_]{2,30})\s*[(（](?P<name>[^()（）@]{2,40})[)）]")
# `… presented by Sulidi Maimaitiming`, `A talk by Christian James Hansen who …`
_TOLD_BY = re.compile(r"\b(?:presented|given|delivered|talk|session)\s+by\s+(?P<who>[A-Z][\w.-]*[a-z](?:\s+[A-Z][\w.-]*[a-z]){1,2})\b")
# words that open a sentence before a name, never a name's: `As Martin Fowler explained …`
_OPENING_WORD = frozenset("as like when if while since because then and but so after before unlike here there also "
                          "today finally next first".split())


_TOLD_SPEAKER_JA = re.compile(r"(?P<before>[^\s、。「」（）()]{1,20})さん(?:の|による|が)(?:発表|講演|トーク|LT|ＬＴ|セッション|お話)")


# a company's blog telling which of its people a session came from: `まずはマネージャーの川口から。`, `…エンジニアである
# 森田（id:morita:detail）からお話ししました` (a family name the dictionary knows, after の/である, before から/より)
_TOLD_FROM_JA = re.compile(r"(?:(?<![県州都府道市区町村駅国回付場会])の|である|、)(?P<who>[\u4e00-\u9fff々]{1,4})(?:さん)?"
                           r"(?:[（(](?:id:(?P<h>[A-Za-z0-9_-]{2,32})(?::detail)?|[^()（）]{1,30})[)）])?(?:から|より)"
                           r"(?=[、。！!]|\s|$|は|お話|発表|紹介|登壇|説明|ご紹介|の(?:発表|講演|セッション|お話|LT|ＬＴ))")


_TALK_WORD_JA = re.compile(r"発表|話|講演|登壇|セッション|トーク|(?<![A-Za-z])LT|ＬＴ|紹介|説明")


def speaker_told_in_notes(lines: list[str]) -> tuple[Speaker, ...]:
    """The one person the first paragraph of a talk's notes says gave it (`Bryan Hall's talk on the ways …`), when the
    heading and the lines under it name no one. Two people told so, or a name that is no person's: nobody."""
    paragraph: list[str] = []
    for line in lines:
        if not line.strip():
            if paragraph:
                break
            continue
        if line.lstrip().startswith(("#", "|", "<", "![", ">")):
            break
        paragraph.append(line.strip())
    text = " ".join(paragraph)
    if text.startswith("@") and (opened := _OPENS_WITH_HANDLED.match(text)) \
            and people.looks_like_people(opened.group("name"), strict=True) and _presents(text[opened.end():]):
        return (Speaker(name=opened.group("name").strip(), handle=opened.group("h")),)
    text = people.MD_LINK.sub(r"\g<text>", text) if "](" in text else text  # (`[teppeis](…)さんのセッション`)
    if "さん" in text:  # `…と思われる、Kyleさんの発表です。`
        said = {who for m in _TOLD_SPEAKER_JA.finditer(text) if (who := people.name_ending(m.group("before")))}
        if len(said) == 1:
            return people.parse_people(said.pop())
    if "から" in text or "より" in text:  # `マネージャーの川口から。`, `エンジニアである森田（id:morita:detail）からお話し`
        told_from = [m for m in _TOLD_FROM_JA.finditer(text) if names.known_name(m.group("who"))
                     and _TALK_WORD_JA.search(sentence_around(text, m.start(), 2))]
        said_from = {(m.group("who"), m.group("h")) for m in told_from}
        if len(said_from) > 1:  # (`先の川口からの発表でも…、森田から。`: one mentioned by their talk, the other giving this one)
            said_from = {(m.group("who"), m.group("h")) for m in told_from if not text.startswith("の", m.end())}
        if len(said_from) == 1:
            who, handle = said_from.pop()
            return (Speaker(name=who, handle=handle),)
    # (a subject's verb names the speaker only where the sentence opens with the name: `As Martin Fowler explained …`
    # quotes someone)
    found = [m.group("who") for m in _TOLD_SPEAKER.finditer(text)] + [m.group("who") for m in _TOLD_BY.finditer(text)] \
        + [m.group("who") for m in _TOLD_SUBJECT.finditer(text) if m.group("who").split()[0].lower() not in _OPENING_WORD
           # (`Acme Robotics from Riverton will demo …`: where the subject comes from names no one but a person's)
           and (not m.group("org") or names.given_name(m.group("who").split()[0]))]
    told = {who for name in found if (who := people.name_ending(name, strict=True))}
    return people.parse_people(told.pop()) if len(told) == 1 else ()


_SHOWN_LINE = re.compile(r"^\s*(?:[-*+]\s+)?(?:(?:\*\*)?(?:スライド|発表資料|資料|動画|録画|slides?|deck|video|recording)"
                         r"(?:\*\*)?\s*[:：]\s*)?<?(?P<url>https?://\S+?)>?\s*$", re.IGNORECASE)


def without_shown(lines: list[str], shown: tuple[str | None, ...]) -> list[str]:
    """The notes without the lines that only give the slides or video the page already shows
    (`https://speakerdeck.com/player/…` under `### Slide`, `スライド: URL`), and without a
    `### Slide` / `### 動画` sub-heading left with nothing under it."""
    urls = {u for u in shown if u}
    if not urls or not any(u in line for line in lines for u in urls):
        return lines
    kept = [line for line in lines if not ((m := _SHOWN_LINE.match(line)) and links.clean_url(m.group("url")) in urls)]
    out: list[str] = []
    for i, line in enumerate(kept):
        sub = _SUB_HEADING.match(line) if "#" in line else None
        if sub and single_field(sub.group("h")) in ("slides", "video"):
            following = next((x for x in kept[i + 1:] if x.strip()), "")
            if not following or _SUB_HEADING.match(following):
                continue
        out.append(line)
    return out


_BREAK_TAG = re.compile(r"^\s*<br\s*/?>\s*$", re.IGNORECASE)


def _bold_names_from(lines: list[str], i: int) -> tuple[tuple[Speaker, ...], list[str]]:
    """Bold-name lines one after another (blank lines and `<br>` between them): everyone on stage."""
    found: list[Speaker] = []
    used: set[int] = set()
    j = i
    while j < len(lines):
        if not lines[j].strip() or _BREAK_TAG.match(lines[j]):
            j += 1
            continue
        who = speaker_lines.bold_name_line(lines[j])
        if who is None:
            break
        found.append(who)
        used.add(j)
        j += 1
    return tuple(found), [line for k, line in enumerate(lines) if k not in used]


_NAME_ALONE = re.compile(r"^\s*(?:[-*+]\s+|[—–]\s*)?(?P<m>\*|_)?(?P<name>[^*_:：。.!?！？()（）\[\]#@…、,，「」]{2,40}?"
                         r"(?:,\s+[A-Z][^*_:：。.!?！？()（）\[\]#@…、,，「」]{2,40}?)*)(?P=m)?\s*$")
# `- 10:00am - 12:00pm` over the speaker's name: the slot's time, before anything is said of the talk
_TIME_ONLY = re.compile(r"^\s*(?:[-*+]\s+)?" + CLOCK_RANGE + r"\s*$", re.IGNORECASE)
_HANDLE_ALONE = re.compile(r"^\s*(?:[-*+]\s+)?@(?P<h>[A-Za-z0-9_]{1,30})\s*$")


# a short labelled fact under a talk's heading (`Rating: ★★★`, `Level: beginner`, `Room: B`)
# (no digit in it: `Tuesday: Nov 18, 2014` over the time and place is the event's own notice)
_SHORT_LABEL = re.compile(r"^(?:[-*+]\s+)?[A-Z][A-Za-z]{1,15}(?:\s[A-Za-z]{1,10})?\s*:(?:\s+[^\d]{0,40})?$")
# the speaker's account, labelled: `Twitter: @jd`, `Twitter: [@jd](https://twitter.com/jd)`
_PROFILE_LABEL = re.compile(r"^(?:[-*+]\s+)?(?:Twitter|X|GitHub|Mastodon)\s*[:：]\s*\[?@(?P<h>[A-Za-z0-9_]{2,30})(?:\]\([^)\s]+\))?\s*$",
                            re.IGNORECASE)


_BOLD_CARD = re.compile(r"^\s*\*\*(?P<n>[^*]{2,60})\*\*\s*$")


# a speaker's line under a talk's title: the name, then the company in parentheses, after a comma or after an at
# (`Liz Rice (Aqua Security)`, `— Liz Rice, Aqua Security`, `- Liz Rice @ Aqua Security`)
_NAME_WITH_ORG = re.compile(r"^\s*(?:[-*+]\s+|[—–]\s*|--\s*)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})"
                            r"(?:\s*[(（](?P<o1>[^()（）]{2,50})[)）]|\s*,\s+(?P<o2>[A-Z][^,()]{1,50})|\s+@\s+(?P<o3>[^@()]{2,50})"
                            r"|\s+[|｜]\s+(?P<o4>[^|｜]{2,50}))\s*$")
# a word in lower case that is no joining word: after a comma, words of a topic, not a company's name
# a slot's length or room after a bar, never where the person works: `| 25 min`, `| Room B`
_SLOT_FACT = re.compile(r"^\d+\s*(?:min|mins|minutes|分)\b|^(?:room|hall|track|stage)\b", re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?<![\w&])(?!(?:of|and|de|the|for|&)\b)[a-z][\w'’-]*")
_ORG_IN_PARENS_AT_END = re.compile(r"\S\s*[(（][^()（）]{2,60}[)）]\s*$")


def name_under_title(lines: list[str], i: int) -> tuple[Speaker, ...] | None:
    """The speaker a line under a talk's title names alone, as pages write it (see _name_alone)."""
    return _name_alone(lines, i)


def _name_alone(lines: list[str], i: int) -> tuple[Speaker, ...] | None:
    """A person's name or handle alone (or in italics) as the first line under a talk heading, as pages write
    the speaker under the title (`Marc Tamlyn`, `*Suz Hinton*`, `- Janis` then `- @jezdez`, `@shiho_h`)."""
    # `@shiho_h` alone under the title: the speaker's handle (set as code, `` `@dataclass` ``, it is code)
    if lone := _HANDLE_ALONE.match(lines[i]):
        return (Speaker(name=lone.group("h"), handle=lone.group("h")),)
    marked = speaker_lines.EMPHASISED_LINE.match(lines[i])  # (`*👨‍💻 Jane Doe (Architect, Acme)*`)
    # (or no pictograph, the person's company in parentheses: `*Liz Rice (Aqua Security)*` under the title)
    if marked and (LEADING_PICTOGRAPH.match(marked.group("inner")) or _ORG_IN_PARENS_AT_END.search(marked.group("inner"))):
        inner = LEADING_PICTOGRAPH.sub("", marked.group("inner")).strip()
        # (the pictograph before it, `🎙️`, `👩‍💻`, marks the person as the list of a page's speakers does; two people
        # each with what they do: `Jane Doe (VP, Acme) & Joe Roe (Director, Acme)`)
        each = [TRAILING_ASIDE.sub("", part) for part in re.split(r"\s+(?:&|and)\s+(?![^()（）]*[)）])", inner)]
        if all(people.looks_like_people(who, strict=True) for who in each):
            return people.parse_people(inner) or None
    if (with_org := _NAME_WITH_ORG.match(lines[i])) and names.given_name(with_org.group("name").split()[0]) \
            and people.looks_like_people(with_org.group("name"), strict=True) \
            and not names.given_name((org := (with_org.group("o1") or with_org.group("o2") or with_org.group("o3") or with_org.group("o4")).strip())
                                     .split()[0]) \
            and not (with_org.group("o2") and _LOWER_WORD.search(org)):  # (`Grace Hopper, COBOL and the first compiler`)
        # `Liz Rice (Aqua Security)`, `— Liz Rice, Aqua Security`, `Liz Rice @ Aqua Security` under the title: the person
        # (a given name the dictionary knows) and where they work (whose first word is no given name: not two people)
        # (`Jo Ode | 25 min`, `| Room B`: the slot's length or room after the bar, no company)
        return (Speaker(name=with_org.group("name").strip(),
                        affiliation=None if with_org.group("o4") and _SLOT_FACT.search(org) else org),)
    said = lines[i].strip()
    if 2 <= len(said) <= 40 and not re.search(r"[。！？!?:：]|\.\s|https?://", said) \
            and any(_BOLD_CARD.match(l) and _BOLD_CARD.match(l).group("n").strip() == said for l in lines[i + 1:]):
        # (the card says it is a person, whatever the name looks like: `misoji engineer`)
        # `清水川 貴之` under the title, then `**清水川 貴之**` opening the profile further down: the speaker's card
        return people.parse_people(said) or None
    m = _NAME_ALONE.match(lines[i])
    # a Japanese word alone (`いろいろ`, `感想`) is a name only when the dictionary knows it as one
    # (a name in Latin letters, `Siân Griffin`, `Łukasz Langa`, is read as one whatever its accents)
    known = m and (people.latin_script(m.group("name")) or names.name_verdict(m.group("name").strip()))
    if not m or not known or not people.looks_like_people(m.group("name"), strict=True):
        if not (m and i + 1 < len(lines) and _HANDLE_ALONE.match(lines[i + 1])
                and people.looks_like_people(m.group("name"), strict=False)):
            return None
    found = people.parse_people(m.group("name"))
    if m.group("m") is None and people.latin_script(m.group("name")) and not any(
            names.names_someone(people.TITLE_OF_ADDRESS.sub("", sp.name)) for sp in found) \
            and not (i + 1 < len(lines) and _HANDLE_ALONE.match(lines[i + 1])):
        # (a plain item in capitals under a heading, `- WorldShare Collection Manager`, is the notes' first point:
        # a name alone there opens with a given name the dictionary knows, or is set in italics, or has its handle)
        return None
    if len(found) == 1 and i + 1 < len(lines) and (h := _HANDLE_ALONE.match(lines[i + 1])) and not found[0].handle:
        found = (Speaker(name=found[0].name, handle=h.group("h"), affiliation=found[0].affiliation),)
    return found or None


def _person_sub_heading(text: str) -> tuple[Speaker, ...] | None:
    """`##### Ryan Neimeyer, Epic Systems` or `#### 水野 葵` as the first line under a talk's heading: its speaker,
    where the sub-heading plainly names a person (a Latin name opening with a given name, then maybe where they
    work; a name the dictionary knows), never a section of the notes (`#### Why Kubernetes`)."""
    who, _, org = text.partition(",")
    # (where they work, `Maple Systems`, `Head of Data at Acme`: never `Grace Hopper, COBOL and the first compiler`)
    if org and who.strip() and org.strip() and people.looks_like_people(who, strict=True) and names.given_name(who.split()[0]) \
            and (people.named_then_org(who, org) or not names.names_someone(org)) \
            and (org.strip().startswith("@") or _reads_as_workplace(org)):
        if handle := re.fullmatch(r"\s*@(\w{1,30})\s*", org):  # (`Todd Gardner, @tgardner`: the handle)
            return (Speaker(name=who.strip(), handle=handle.group(1)),)
        return (Speaker(name=who.strip(), affiliation=org.strip()),)
    found = _name_alone([text], 0)
    if found and len(found) == 1 and (not people.latin_script(text) or names.given_name(text.split()[0])):
        return found
    return None


def _reads_as_workplace(text: str) -> bool:
    """A few words, most of them capitalized, the first one too: a company or a role at one, not a phrase."""
    words = text.split()
    return 1 <= len(words) <= 8 and words[0][:1].isupper() and \
        sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) * 2 > len(words)


def _speakers_under(lines: list[str], start: int) -> tuple[tuple[Speaker, ...], list[str]] | None:
    """The speakers written under a `登壇者` / `Speaker` sub-heading, and the lines without them."""
    for j in range(start, min(len(lines), start + 4)):
        text = lines[j].strip()
        if not text:
            continue
        if text.startswith("#"):
            return None
        block = list(itertools.takewhile(lambda l: l.strip() and not l.lstrip().startswith("#"), lines[j:j + 6]))
        if (card := _card_person([l.strip() for l in block])) is not None:
            return (card,), lines[:start - 1] + lines[j + len(block):]
        found = speaker_lines.speaker_line(text) or people.parse_people(_BULLET_MARK.sub("", text))
        if not found:
            return None
        return found, lines[:start - 1] + lines[j + 1:]
    return None


def _card_person(block: list[str]) -> Speaker | None:
    """A profile card's lines under a `speaker` heading, a line each: where the person works and as what, then the
    person (`株式会社ほげ` / `フロントエンドエンジニア` / `山田 太郎さん`). The person is the one line with an honorific, or
    else the last line under lines that each say where or as what someone works; None for anything else (a line
    each for two speakers, a list, a sentence)."""
    if not 2 <= len(block) <= 4 or any(_BULLET_MARK.match(l) or _SENTENCE_END.search(l) for l in block):
        return None
    honoured = [l for l in block if people.HONORIFIC_END.search(l)]
    if len(honoured) == 1 and block.index(honoured[0]) > 0:
        who, rest = honoured[0], [l for l in block if l is not honoured[0]]
    elif not honoured and all(people.works_as(l) or people.is_affiliation(l) for l in block[:-1]) \
            and not people.works_as(block[-1]) and not people.is_affiliation(block[-1]) \
            and (people.looks_like_people(block[-1], strict=True) or re.fullmatch(r"@?[a-z0-9_.]{2,30}", block[-1])):
        # (a name or a handle, `wattanx`; never `Runs the Harbor Data Night`, a line of a bio)
        who, rest = block[-1], block[:-1]
    else:
        return None
    found = people.parse_people(who)
    if len(found) != 1:
        return None
    org = next((l for l in rest if people.is_affiliation(l)), rest[0])
    return Speaker(found[0].name, found[0].handle, found[0].affiliation or people.clean_name(org) or None)


_TIMED_ROOM = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}.*?\b(?P<room>(?:track|room|hall|stage)\s*[-_]?\s*[A-Za-z0-9]{1,3})\b"
                         r"|\b(?P<room2>(?:track|room|hall|stage)\s*[-_]?\s*[A-Za-z0-9]{1,3})\b.*?\d{1,2}\s*[:：]\s*\d{2}",
                         re.IGNORECASE)


def room_line(lines: list[str]) -> str | None:
    """`* Day 1 - 11:00 – 12:00 - track 1` among a talk's first lines: the room or track it was in."""
    seen = 0
    for line in lines:
        if not line.strip():
            continue
        seen += 1
        if seen > 4:
            break
        m = _TIMED_ROOM.search(line)
        if m:
            return (m.group("room") or m.group("room2")).strip()
    return None
