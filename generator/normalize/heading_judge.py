"""Whether a heading with nothing of a talk about it (no speaker, slides, video, room or kind) is a talk.

A note's headings are talks' titles in one note (`## Kotlin/Native for Multiplatform`) and the writer's own
sections in the next (`## We Networked`, `## 印象1: …`, `## プログラムの利用`); a word list cannot tell them
apart, and the rules written for the shapes the team had met did not carry over to notes nobody on the team
wrote. This module weighs a few measurable traits of the heading, its notes and its note (how long the
title is, whether it reads as a sentence or as the writer speaking, how much of it is hiragana, whether the
notes under it name a speaker, how many of the note's other talks show evidence) with a logistic model
whose weights were fitted on labelled real notes (`scripts/fit_heading_judge.py` refits them; the notes
themselves stay outside the repository). Only the weights, a handful of numbers, ship.

It weighs only headings in notes of three talks or more, with notes of their own that say nothing of a talk
(`Jane showed …`, `a short talk on …`, `発表`, `説明`): in smaller notes the fitted model knew too little to
overrule what the note's shape says.
"""
from __future__ import annotations

import math
import re

from ..core.model import Talk
from . import bylines, sections

# what a talk's notes say of its speaker near the top: `発表者`, `登壇者`, `speaker`, `presented by`, `さん`
_SPEAKER_WORDS = re.compile(r"さん|氏|発表者|登壇者|講師|スピーカー|speaker|presented|presenter|talked|spoke|gave\s+a\s+talk"
                            r"|発表|登壇|講演", re.IGNORECASE)
# what notes on a talk say of it near the top: `a short talk on …`, `the slides`, `デモ`, `講演`
_TALK_WORDS = re.compile(r"\b(?:talk|session|presentation|keynote|slides?|demo(?:ed|s)?|shows?|showed|explain(?:s|ed)?|speaker"
                         r"|present(?:s|ed)|spoke|covered|introduced|walked\s+us)\b"
                         r"|講演|発表|セッション|スライド|資料|デモ|紹介|説明|解説|話して|話でした|についての話", re.IGNORECASE)
# notes opening with the speaker's name and what the talk was on: `Jane Doe on value types.`
_NAME_ON = re.compile(r"^\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}\s+(?:on|about)\s+\S")
# a title in the writer's own voice: `We Networked`, `My takeaways`, `私の感想`
WRITER = re.compile(r"^(?:I|We|My|Our|Me)\b|^(?:私|僕|自分|俺)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。！!？?…]\s*$|[。！？]|(?:です|ます|でした|ました|した|だった|たい|よう)\s*$")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_CJK = re.compile(r"[\u3041-\u30ff\u3400-\u9fff]")
_TECH = re.compile(r"[A-Za-z][a-z]+[A-Z]|[A-Za-z]+\.[a-z]{2,}|\b[A-Z]{2,}\b|[A-Za-z]+\d|[ァ-ヴー]{3,}")

FEATURES = ("bias", "title_chars", "title_words", "sentence", "writer", "hiragana", "question_or_exclaim",
            "colon", "technical", "generic_label", "body_chars", "speaker_words", "evidenced_share", "bare_share",
            "talk_count")


def features(talk: Talk, talks: list[Talk], event_title: str, shows: callable) -> tuple[float, ...]:
    """The traits weighed, in FEATURES' order. `shows(talk)`: whether a talk has a talk's evidence."""
    title = talk.title.strip()
    cjk = [ch for ch in title if _CJK.match(ch)]
    body = talk.body.strip()
    opening = " ".join(body.splitlines()[:3])
    others = [t for t in talks if t is not talk]
    evidenced = sum(1 for t in others if shows(t))
    bare = len(others) - evidenced
    return (
        1.0,
        math.log1p(len(title)),
        math.log1p(len(title.split())),
        float(bool(_SENTENCE_END.search(title))),
        float(bool(WRITER.search(title))),
        (len(_HIRAGANA.findall(title)) / len(cjk)) if cjk else 0.0,
        float(title.endswith(("?", "？", "!", "！"))),
        float(":" in title or "：" in title),
        float(bool(_TECH.search(title))),
        float(sections.generic_label(title)),
        math.log1p(len(body)),
        float(bool(_SPEAKER_WORDS.search(opening))),
        evidenced / len(others) if others else 0.0,
        bare / len(others) if others else 0.0,
        math.log1p(len(talks)),
    )


# fitted by `python scripts/fit_heading_judge.py` on the fixture folders, ../shared/seeds and 25 folders of the team's
# real-note corpus (about 480 notes from some 200 public repositories, kept outside the repository): 117 candidate
# headings, 45 of them talks. Left out one folder at a time, the model dropped 2 talks and 26 non-talks below
# THRESHOLD (and 20 talks and 66 non-talks below zero).
WEIGHTS: tuple[float, ...] = (-4.600, 0.417, 0.936, -0.514, -0.447, -0.165, -0.246, 0.016, -0.278, 0.220, -0.184,
                               0.479, 0.533, -0.533, 1.585)


# a heading is left out only when the model is fairly sure (a probability of a talk under about one in five):
# a talk dropped loses its page, and the fitted model's errors cluster near one half
THRESHOLD = -1.5


def tells_of_a_talk(body: str) -> bool:
    """Notes whose first lines speak of a talk (`A short talk on monoliths`, `Ada Byrne shows how`): never weighed."""
    opening = " ".join(body.strip().splitlines()[:3])
    return bool(_TALK_WORDS.search(opening) or _NAME_ON.match(opening) or bylines.speaker_doing(opening)
                or bylines.owner_first(opening))


def candidate(talk: Talk, talks: list[Talk], shows: callable) -> bool:
    """A heading read as a talk on its own word, among three talks or more: nothing of a talk about it, and notes
    of its own (a heading with nothing under it is a programme's line: `## 型の話（前編）` over the next title)."""
    return len(talks) >= 3 and bool(talk.body.strip()) and not tells_of_a_talk(talk.body) and not shows(talk) and any(c.field == "title" and c.reading.startswith("a heading alone") for c in talk.evidence)


def reads_as_talk(talk: Talk, talks: list[Talk], event_title: str, shows: callable) -> bool:
    """Whether the weighed traits leave the bare heading a talk (see THRESHOLD)."""
    score = sum(w * x for w, x in zip(WEIGHTS, features(talk, talks, event_title, shows)))
    return score >= THRESHOLD
