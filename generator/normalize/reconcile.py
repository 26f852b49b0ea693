"""Reconcile two readings of a note's talks, as a careful reader does.

A note often says what its talks were twice: a programme (a timetable table, time lines, a numbered list
naming speakers) and sections headed by the talk or by its speaker. Each is a reading; neither is trusted
alone:

- the two are aligned talk by talk: the same title (compared with rapidfuzz, so `「Title」` and
  `Title (前編)` still meet), or a heading that names the programme talk's speaker (`### 古賀さん`);
- the reading with more talk evidence (speakers, slides, video) gives the list of talks. When it is the
  programme, each matched section gives its talk the notes, slides and video written under it, and a
  heading that matched nothing and shows no evidence of a talk (`## 懇親会`, `## 感想`) goes to the event;
- when the headings give the list, the programme lends each matched talk its speakers, kind and room.
"""
from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from ..core.model import Clue, Talk
from . import heading_judge, kinds, people
from .fields import SERIES_PART
from .sections import PLACEHOLDER, key, section_role


# the reading of a list whose items say they are sessions (numbered, or linked titles under a talks heading)
SESSION_LIST = "a list of sessions (numbered, or linked titles under a talks heading)"
# the reading of a list the line above says is of the talks (`聴講したセッションは以下の`, `4つのお話があり`)
ANNOUNCED_LIST = "a list the line above it says is of the talks"


def read_as(talk: Talk, *readings: str) -> bool:
    """Whether the talk's title was read by one of `readings`."""
    return any(c.field == "title" and c.reading in readings for c in talk.evidence)


def _in_the_notes_order(talk: Talk) -> int:
    """A talk's place in the note (one with no line, read from front matter, keeps to the end)."""
    return talk.line if talk.line else 1 << 30


def shows_talk(talk: Talk) -> bool:
    """Evidence that a talk is one: a speaker, slides or a video, or a title read with high confidence
    (an item that says it is a session: `セッション１ Title`)."""
    return bool(talk.speakers or talk.slides or talk.video
                or any(c.field == "title" and c.confidence == "high" for c in talk.evidence))


def evidenced(found: list[Talk]) -> int:
    """How many talks carry evidence of being talks (shows_talk), each title counted once: a label every talk's
    notes repeat (`#### セッション情報` with its speaker line under each `### A-2 Title`) is one heading, not many talks."""
    return len({key(t.title) if key(t.title) and not PLACEHOLDER.fullmatch(t.title.strip(" ()（）[]")) else str(id(t))
                for t in found if shows_talk(t)})


_NUMBERS = re.compile(r"\d+")


def _apart(a: list[str], b: list[str]) -> bool:
    return bool(a) and bool(b) and a != b
_HALVES = re.compile(SERIES_PART)


def nearly_equal(a: str, b: str) -> bool:
    """Whether two titles are one written twice, a typo apart at most (`An Unforgettable Journey` and `Ans …`): equal
    once normalized, or one edit in twenty; never one holding the other (`Next up: Foo 2031` is not `Foo`)."""
    ka, kb = key(a), key(b)
    return bool(ka and kb) and (ka == kb or len(ka) >= 12 and fuzz.ratio(ka, kb) >= 95)


def same_title(a: str, b: str) -> bool:
    """Whether two titles name one talk: equal once normalized, or nearly (one edit in ten), or one
    containing the other when the shorter is most of the longer (a subtitle added or left out)."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if _apart(_NUMBERS.findall(ka), _NUMBERS.findall(kb)) or _apart(_HALVES.findall(ka), _HALVES.findall(kb)):
        # `Session – Day 1` and `Session – Day 2`, `前半` and `後半`: numbered apart, two talks (a number only one of
        # them writes, `What's new in Go` and `… Go 1.21`, may be the same talk's)
        return False
    short, long_ = sorted((ka, kb), key=len)
    if len(short) < 5:
        return False
    if fuzz.ratio(ka, kb) >= 88:
        return True
    first, second = sorted((a.strip(), b.strip()), key=len)  # (as written: whether the rest names someone asks its case)
    if len(short) >= 8 and second.casefold().startswith(first.casefold()) \
            and (sub := _SUBTITLE_AFTER.match(second[len(first):])) and not _NOT_A_SUBTITLE.match(sub.group("s")) \
            and not people.looks_like_people(sub.group("s"), strict=True):
        # `You don't need that` and `You don't need that - Design Patterns and Python`: a subtitle added (never a
        # part's number, `Intro to Rust - Part 2`, nor a speaker, `Keynote #1 - Mira Solberg`)
        return True
    return len(short) * 2 >= len(long_) and len(short) >= 8 and fuzz.partial_ratio(short, long_) >= 95


_SUBTITLE_AFTER = re.compile(r"^\s*(?:[-–—:：|]|--)\s*(?P<s>\S.*)$")
_NOT_A_SUBTITLE = re.compile(r"(?:part|day|vol\.?|session|episode|round|#)\s*\d|\d+\s*$|第|" + SERIES_PART, re.IGNORECASE)


def names_speaker(heading: Talk, scheduled: Talk) -> bool:
    """A heading that is the programme talk's speaker (`### 古賀さん`, `### @koga`), with no speaker of its own."""
    if heading.speakers or not scheduled.speakers or not people.looks_like_people(heading.title, strict=False):
        return False
    said = people.parse_people(heading.title)
    names = {people.speaker_key(p.name) for p in said} | {people.speaker_key(p.handle) for p in said if p.handle}
    return any(called(s.name, names) or (s.handle and people.speaker_key(s.handle) in names)
               for s in scheduled.speakers)


def called(full_name: str, names: set[str]) -> bool:
    """`藤井 亮` is called `藤井` (family name first) or `藤井 亮`; `Jane Doe` is called `Jane`, `Doe` or `Jane Doe`."""
    whole = people.speaker_key(full_name)
    parts = [people.speaker_key(p) for p in full_name.split()]
    return whole in names or any(len(p) >= 2 and p in names for p in parts[:1] + parts[-1:]) or any(
        len(n) >= 2 and whole.startswith(n) and not full_name.isascii() for n in names)


def distinct(programme: list[Talk]) -> list[Talk]:
    """The programme without a talk listed twice (a page that repeats its timetable for small screens)."""
    out: list[Talk] = []
    for talk in programme:
        if not any(talk.speakers == seen.speakers and same_title(talk.title, seen.title) for seen in out):
            out.append(talk)
    return out


def merged_repeats(found: list[Talk]) -> list[Talk]:
    """One talk read twice in one reading (`## 参加したセッション` listing the talks whose own headings follow): the
    first place it is read, with the notes, slides and video the other gives. The same title (written the same,
    not only alike: `Sora 説明` and `Sora SDK 説明` are two) by the same people, or by people only one of them names,
    is one talk; by other people, two (`LT` by Jane, `LT` by Bo)."""
    out: list[Talk] = []
    by_title: dict[str, list[int]] = {}  # a title's key -> where talks so titled are in `out` (one pass, no rescans)
    for talk in found:
        title_key = key(talk.title)
        keys = {people.speaker_key(s.name) for s in talk.speakers}
        at = next((k for k in by_title.get(title_key, ()) if _one_talk(out[k], talk, keys)), None) if title_key else None
        if at is None:
            by_title.setdefault(title_key, []).append(len(out))
            out.append(talk)
        else:
            out[at] = _notes_into(out[at], talk)
    return out


def _one_talk(seen: Talk, talk: Talk, keys: set[str]) -> bool:
    """Two readings of one title are one talk when they share a speaker, or one of them names the speakers and the
    other nobody (a list's item, then the talk's heading); never when neither names anyone (`## Lightning Talk` twice,
    `### 自己紹介` under each talk) nor when they link different decks or recordings."""
    if any(a and b and a != b for a, b in ((seen.slides, talk.slides), (seen.video, talk.video))):
        return False
    theirs = {people.speaker_key(s.name) for s in seen.speakers}
    return bool(keys & theirs) if keys and theirs else bool(keys or theirs)


def _align(headed: list[Talk], programme: list[Talk]) -> dict[int, int]:
    """Heading talk index -> programme talk index, each used once, in the note's order of headings."""
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for i, h in enumerate(headed):
        for j, p in enumerate(programme):
            if j not in taken and (same_title(h.title, p.title) or names_speaker(h, p)):
                pairs[i] = j
                taken.add(j)
                break
    # a talk renamed by the day (the timetable's title, the section's new one) is still one talk: the one section and
    # the one row left over that share a speaker (by name or handle), where that speaker has no other talk either side
    for i, h in enumerate(headed):
        if i in pairs or not h.speakers:
            continue
        mine = _speaker_keys(h)
        # (of one kind: a speaker's lightning talk beside their panel or talk in the timetable is another talk)
        rows = [j for j, p in enumerate(programme) if j not in taken and mine & _speaker_keys(p) and p.kind == h.kind]
        if len(rows) == 1 and sum(1 for k, other in enumerate(headed) if k not in pairs and mine & _speaker_keys(other)) == 1 \
                and sum(1 for p in programme if mine & _speaker_keys(p)) == 1:
            pairs[i] = rows[0]
            taken.add(rows[0])
    return pairs


def _speaker_keys(talk: Talk) -> set[str]:
    return {people.speaker_key(s.name) for s in talk.speakers} | {people.speaker_key(s.handle) for s in talk.speakers
                                                                   if s.handle}


def _notes_into(scheduled: Talk, section: Talk) -> Talk:
    """The programme's talk with the notes, slides and video its matching section gives."""
    return replace(
        scheduled, speakers=scheduled.speakers or section.speakers, slides=scheduled.slides or section.slides,
        video=scheduled.video or section.video, room=scheduled.room or section.room,
        kind=scheduled.kind if scheduled.kind != "talk" else section.kind,
        body="\n\n".join(b for b in (scheduled.body, section.body) if b.strip()), line=scheduled.line or section.line,
        evidence=scheduled.evidence + (Clue("body", "the section matched to the programme", section.line),))


def _lent(section: Talk, scheduled: Talk) -> Talk:
    """The heading's talk with what the programme says of it and the heading did not."""
    if section.speakers and section.kind != "talk" and section.room:
        return section
    evidence = section.evidence
    if scheduled.speakers and not section.speakers:
        evidence += (Clue("speakers", "the programme row of the same talk", scheduled.line, "medium"),)
    # (`### Bytecode at 30` over the notes of the row `Bytecode at 30: What Stays, What Goes`: the title in full)
    written, full = section.title.strip(), scheduled.title.strip()
    fuller = len(full) > len(written) >= 5 and full.casefold().startswith(written.casefold()) \
        and bool(_SUBTITLE_AFTER.match(full[len(written):]))
    return replace(section, title=full if fuller else section.title,
                   speakers=section.speakers or scheduled.speakers, room=section.room or scheduled.room,
                   kind=section.kind if section.kind != "talk" else scheduled.kind,
                   slides=section.slides or scheduled.slides, video=section.video or scheduled.video,
                   evidence=evidence)


def without_repeats(listings: list[list[Talk]]) -> list[list[Talk]]:
    """A list that repeats an earlier one talk for talk (a page's English summary of its programme,
    a timetable shown again for small screens) adds nothing: same length and one title in common."""
    kept: list[list[Talk]] = []
    for listing in listings:
        if not any(len(seen) == len(listing) and any(same_title(a.title, b.title) for a, b in zip(seen, listing))
                   for seen in kept):
            kept.append(listing)
    return kept


def _kind_labelled_apart(heading: Talk, programme: list[Talk]) -> bool:
    """A heading its own label calls a keynote or a panel (`### Panel: Is Spring Still the Default?` on a day the
    programme does not cover): a talk by its own word, unless the writer's words follow the label (`Panel: My
    Takeaways`) or the programme lists a talk of that kind in other words (`Keynote: Rust Tooling's Future` beside the
    row `Keynote: The Future of Rust Tooling`)."""
    if heading.kind not in ("keynote", "panel") or not any(
            c.field == "kind" and c.reading == kinds.KIND_LABELLED for c in heading.evidence):
        return False
    title = heading.title.strip()
    return not heading_judge.WRITER.match(title) and section_role(title) == "talk" and not any(
        fuzz.token_set_ratio(t.title.casefold(), heading.title.casefold()) >= 80 for t in programme)


def reconcile(headed: list[Talk], listings: list[list[Talk]]) -> tuple[list[Talk], list[Talk]]:
    """(the talks, the heading sections that turned out not to be talks: they belong to the event).

    `listings`: each table or list the programme reading found. A list with no speaker, slides or video
    at all beside one that names them is the day's outline (`18:10 LT（第１部）`), not more talks:
    its rows count only where a heading matches them."""
    listings = without_repeats(listings)
    outlined = False
    if any(evidenced(listing) >= 2 for listing in listings):
        outline = [t for listing in listings if not evidenced(listing) for t in listing]
        listings = [listing for listing in listings if evidenced(listing)] + [
            [t for t in outline if any(same_title(h.title, t.title) for h in headed)]]
        outlined = bool(outline)
    programme = distinct([t for listing in listings for t in listing])
    if outlined:  # (the outline's rows a heading matches keep their places in the note: the day's order)
        programme = sorted(programme, key=_in_the_notes_order)
    if not programme:
        return headed, []
    pairs = _align(headed, programme)
    if all(t.kind == "lightning" for t in programme) and headed and (
            evidenced([t for t in headed if t.kind != "lightning"]) >= 2 or not pairs and evidenced(headed) >= 2):
        # an LT list beside talks with headings of their own (`## LT` over linked titles), or LTs none of the
        # headed talks are (the party's drop-in LTs after the programme): the day has both
        merged = [_lent(h, programme[pairs[i]]) if i in pairs else h for i, h in enumerate(headed)]
        extra = [t for j, t in enumerate(programme) if j not in set(pairs.values())]
        return sorted(merged + extra, key=_in_the_notes_order), []
    if evidenced(programme) >= 2 and evidenced(programme) > evidenced(headed):
        talks = list(programme)
        for i, j in pairs.items():
            talks[j] = _notes_into(programme[j], headed[i])
        unmatched = [h for i, h in enumerate(headed) if i not in pairs]
        # (a heading saying it is a keynote or a panel, `### Panel: Is Spring Still the Default?` on a day the
        # programme does not cover, is a talk by its own word)
        kept = [h for h in unmatched if evidenced([h]) or _kind_labelled_apart(h, programme)]
        # (talks of both readings: in the note's order, when no heading lent its notes to a row)
        together = sorted(talks + kept, key=_in_the_notes_order) if kept and not pairs else talks + kept
        return together, [h for h in unmatched if not any(h is k for k in kept)]
    heard = {people.speaker_key(s.name) for h in headed for s in h.speakers}
    unpaired = [t for j, t in enumerate(programme) if j not in set(pairs.values())]
    lent = [_lent(h, programme[pairs[i]]) if i in pairs else h for i, h in enumerate(headed)]
    # (a talk both readings took from the same line, `- [Jane](…): [Title](…)` under `# Other talks`, ties nothing
    # together; a row naming a headed talk from another line does: the list is about those talks)
    crossed = any(headed[i].line != programme[j].line for i, j in pairs.items())
    if not crossed and evidenced(unpaired) >= 2 and evidenced(headed) >= 2 \
            and not any(people.speaker_key(s.name) in heard for t in unpaired for s in t.speakers):
        # two readings with evidence, the talks one holds beyond those they share naming none of the other's
        # speakers (`### Title` sections on Saturday, `- [Title](…)` items for Sunday; a list under `# Other talks`
        # read both ways beside a beginners' list): the day has both
        # (only a list the note announces as talks, or whose items each name a speaker, adds its talks)
        added = [t for t in unpaired if t.speakers and all(people.looks_like_people(p.name, strict=True) for p in t.speakers)
                 or read_as(t, SESSION_LIST, ANNOUNCED_LIST)]
        return sorted(lent + added, key=_in_the_notes_order), []
    if len(pairs) >= 3 and len(pairs) * 2 >= len(programme):
        # the programme lists the day's talks, sections give notes on most of them (`- 16:20: BDD in Python` with no
        # `### TALK 9` of its own): the talks it lists beyond the sections are talks too, in the programme's order
        return _in_programme_order(lent, pairs, programme), []
    return lent, []


def _in_programme_order(lent: list[Talk], pairs: dict[int, int], programme: list[Talk]) -> list[Talk]:
    """The headed talks (each lent its programme row's fields) and the programme's other talks, in the
    programme's order; a headed talk the programme does not list follows the headed talk before it. A row joins
    only with a person or a deck of its own, or a room and a title of some length (`Lunch`, `Group photo` stay
    out)."""
    row_of = {j: i for i, j in pairs.items()}
    out: list[Talk] = []
    placed: set[int] = set()
    for j, row in enumerate(programme):
        if j in row_of:
            i = row_of[j]
            out.append(lent[i])
            placed.add(i)
            # (the headings after it that no row names, up to the next heading a row names)
            k = i + 1
            while k < len(lent) and k not in pairs:
                out.append(lent[k])
                placed.add(k)
                k += 1
        elif section_role(row.title) == "talk" and (row.slides or row.video or row.speakers and all(
                people.looks_like_people(p.name, strict=True) for p in row.speakers)
                                                   or row.room and len(row.title) >= 15):
            # (a row showing what a talk's row shows: whose, its deck, or a room and a title of some length; not
            # `Catered Lunch Break`, nor `Ballroom - Group photo`)
            out.append(row)
    return [t for i, t in enumerate(lent) if i not in placed and i < min(pairs, default=0)] + out
