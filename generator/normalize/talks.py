"""Talk segmentation: which sections are talks, and what each talk says of itself.

Markdown: the talk level is the highest heading level below a single title
heading; `##` tracks or days (`Track A`, `11Fa`, `Day 2`) push talks down to
`###` and give their room. A note whose sections are `Title` / `Speaker` /
`Slide` is one talk. Plain-text exports use the strong/weak headings that
structure.py recovered.

Talks without headings of their own come from lists (timetable.py): a
`Talks`/`LT大会` heading holding a list or sub-headings gives its items as
talks; a `タイムテーブル`/`Schedule` section or, failing that, any numbered
list, time lines or table naming speakers gives the talks when the note has no
talk headings at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Diagnostic, Speaker, Talk
from . import headings, kinds, links, people, timetable
from .sections import EVENT_ONLY, container_kind, group_heading, key, section_role, track_room
from .structure import ROOM_PREFIX, Section

_HEADING_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)[^)]*\)")
_SINGLE_FIELDS = {
    "title": ("title", "タイトル", "題目", "演題", "session", "セッション", "talk"),
    "speaker": ("speaker", "speakers", "登壇者", "発表者", "スピーカー", "講演者", "presenter"),
    "slides": ("slide", "slides", "スライド", "資料", "発表資料", "deck"),
    "video": ("video", "動画", "アーカイブ", "recording"),
}
_SLIDE_LABEL = re.compile(r"(?:スライド|発表資料|資料|slides?|deck)\s*[:：]|\[(?:スライド|発表資料|資料|slides?|deck)\]\(",
                          re.IGNORECASE)
_VIDEO_LABEL = re.compile(r"(?:動画|録画|アーカイブ|video|recording)\s*[:：]|\[(?:動画|録画|アーカイブ|video|recording)\]\(",
                          re.IGNORECASE)
_TITLE_SPEAKER = re.compile(r"^(?P<title>.+?)\s+(?:[/／|｜]|[-–—]|by)\s+(?P<who>[^/／|｜]{1,40}?" + people.HONORIFIC
                            + r"?)\s*$")


@dataclass
class Segmented:
    talks: list[Talk] = field(default_factory=list)
    event_parts: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


_SINGLE_FIELD_OF = {key(word): name for name, words in _SINGLE_FIELDS.items() for word in words}


def _single_field(heading: str) -> str | None:
    return _SINGLE_FIELD_OF.get(key(heading))


def _render_section(section: Section, level: int | None = None) -> str:
    head = f"{'#' * (level or max(section.level, 2))} {section.title}\n" if section.title else ""
    return (head + section.text).strip("\n")


def _title_and_link(raw: str) -> tuple[str, str | None]:
    """`[Title](https://speakerdeck...)` -> ('Title', url)."""
    m = _HEADING_LINK.search(raw)
    url = m.group("url") if m else None
    text = _HEADING_LINK.sub(lambda mm: mm.group("text"), raw)
    text = re.sub(r"\*\*|__|`", "", text)
    return re.sub(r"\s+", " ", text).strip(), url


def _labelled_slides(url: str) -> bool:
    """A URL a `Slides:` label names: a deck on any host, but not a video, image or profile page."""
    return not links.is_video(url) and not people.is_profile_url(url) and not re.search(
        r"\.(?:png|jpe?g|gif|webp|svg)(?:\?|$)", url, re.IGNORECASE)


def _first_url(lines: list[str], test, label: re.Pattern) -> str | None:
    labelled = _labelled_slides if label is _SLIDE_LABEL else test
    for i, line in enumerate(lines):
        if m := label.search(line):
            for candidate in links.urls_in(line[m.end():]):
                if labelled(candidate):
                    return candidate
            for candidate in links.urls_in(line) + (links.urls_in(lines[i + 1]) if i + 1 < len(lines) else []):
                if test(candidate):
                    return candidate
    for line in lines:
        for candidate in links.urls_in(line):
            if test(candidate):
                return candidate
    return None


def _speakers_from_body(lines: list[str]) -> tuple[tuple[Speaker, ...], list[str]]:
    """Speakers named in the first lines of a talk, and the lines without that mention."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith("![") or line.strip().startswith("<!--"):
            continue
        sub = re.match(r"^\s*#{1,6}\s+(?P<h>.+?)\s*#*\s*$", line)
        if sub and _single_field(sub.group("h")) == "speaker":
            # a `### 登壇者` sub-section: the lines under it name the speakers
            named = _speakers_under(lines, i + 1)
            if named:
                return named
            continue
        seen += 1
        if seen > 3:
            break
        found = people.speaker_line(line)
        if found:
            # a sentence (`山田さんによる基調講演。`) is part of the notes; a label line is not
            rest = lines if re.search(r"[。.]\s*$", line) else lines[:i] + lines[i + 1:]
            if people.labelled_speaker_line(line):
                # `- モデレーター: A` then `- パネリスト: B、C`: everyone on stage, one label a line
                j = i + 1
                while j < len(lines) and people.labelled_speaker_line(lines[j]):
                    found = found + tuple(p for p in people.speaker_line(lines[j]) or () if p not in found)
                    rest = [l for l in rest if l is not lines[j]]
                    j += 1
            return found, rest
    # a labelled line further down (`発表者: 山田さん` written after the notes), outside sub-sections
    for i, line in enumerate(lines):
        if line.lstrip().startswith("#"):
            break
        if people.labelled_speaker_line(line):
            return people.speaker_line(line) or (), lines[:i] + lines[i + 1:]
    return (), lines


def _speakers_under(lines: list[str], start: int) -> tuple[tuple[Speaker, ...], list[str]] | None:
    """The speakers written under a `登壇者` / `Speaker` sub-heading, and the lines without them."""
    for j in range(start, min(len(lines), start + 4)):
        text = lines[j].strip()
        if not text:
            continue
        if text.startswith("#"):
            return None
        found = people.speaker_line(text) or people.parse_people(re.sub(r"^[-*+・]\s+", "", text))
        if not found:
            return None
        return found, lines[:start - 1] + lines[j + 1:]
    return None


def build_talk(title_raw: str, lines: list[str], line_no: int, room: str | None, path: str,
               default_kind: str | None = None) -> Talk:
    title, heading_url = _title_and_link(title_raw)
    heading = headings.parse_heading(title)
    title, room = heading.title, room or heading.room
    kind, title = kinds.classify(title)
    if kind == "talk" and heading.lightning:
        kind = "lightning"
    if kind == "talk" and default_kind:
        kind = default_kind
    if room is None:
        m = ROOM_PREFIX.match(title)
        if m:
            room, title = m.group("room"), m.group("title").strip()
            kind, title = kinds.classify(title) if kind == "talk" else (kind, title)
    speakers: tuple[Speaker, ...] = people.parse_people(heading.byline) if heading.byline else ()
    m = None if speakers else _TITLE_SPEAKER.match(title)
    if m and re.search(people.HONORIFIC + r"$|^@", m.group("who").strip()):
        speakers = people.parse_people(m.group("who"))
        if speakers:
            title = m.group("title").strip()
    if not speakers:
        title, speakers = _heading_people(title)
    if not speakers:
        speakers, lines = _speakers_from_body(lines)
    slides = heading_url if heading_url and links.is_slides(heading_url) else None
    video = heading_url if heading_url and links.is_video(heading_url) else None
    slides = slides or _first_url(lines, links.is_slides, _SLIDE_LABEL)
    video = video or _first_url(lines, links.is_video, _VIDEO_LABEL)
    return Talk(title=title, speakers=speakers, slides=slides, video=video, room=room, kind=kind,
                body="\n".join(lines).strip("\n"), line=line_no)


def _heading_people(title: str) -> tuple[str, tuple[Speaker, ...]]:
    """`Title（山田さん）`, `Title（はるさめ）` -> the speaker out of the heading.

    Latin words in parentheses stay in the title unless they carry a handle
    (`(JP)`, `(Part Two)`, `(Remote)` are far more common there than names).
    """
    m = re.search(r"[（(]([^()（）]+)[)）]\s*$", title)
    if not m:
        return title, ()
    who = m.group(1)
    if re.search(r"[A-Za-z]", who) and not re.search(people.HONORIFIC + r"$|@", who.strip()):
        found = people.parse_people(who) if re.search(r"[,，]", who) and people.looks_like_people(
            re.split(r"[,，]", who)[0], strict=True) else ()
        if len(found) == 1 and found[0].affiliation:  # `Title (Jane Doe, Acme Corp)`
            return title[:m.start()].strip(), found
        return title, ()
    return timetable.trailing_people(title, strict=True)


def entry_talk(entry: timetable.Entry, kind: str | None, room: str | None) -> Talk:
    """A talk read from a list item, table row or time line."""
    title, url = _title_and_link(entry.title)
    own_kind, title = kinds.classify(title)
    if own_kind == "talk" and entry.kind_hint:
        own_kind = kinds.normalize_kind(entry.kind_hint) or kinds.classify(entry.kind_hint)[0]
    if own_kind == "talk" and kind:
        own_kind = kind
    lines = list(entry.body)
    slides = url if url and links.is_slides(url) else _first_url(lines, links.is_slides, _SLIDE_LABEL)
    video = url if url and links.is_video(url) else _first_url(lines, links.is_video, _VIDEO_LABEL)
    return Talk(title=title, speakers=entry.speakers, slides=slides, video=video, room=entry.room or room,
                kind=own_kind, body="\n".join(lines).strip("\n"), line=entry.line)


def _single_talk(sections: list[Section], path: str) -> Segmented | None:
    """A note about one talk, laid out as Title / Speaker / Slide sections."""
    found = [_single_field(s.title) for s in sections if s.level and _single_field(s.title)]
    if len(found) != len(set(found)):
        return None  # `### 登壇者` under every talk: per-talk sub-sections, not a note about one talk
    fields = {_single_field(s.title): s for s in sections if s.level and _single_field(s.title)}
    if "title" not in fields or not ({"speaker", "slides"} & set(fields)):
        return None
    if not fields["title"].text.strip():
        return None  # `## セッション` holding `###` talks: a group heading, not the talk's title field
    out = Segmented()
    title_lines = [l for l in fields["title"].lines if l.strip()]
    title = title_lines[0].strip().lstrip("#").strip() if title_lines else fields["title"].title
    speakers: tuple[Speaker, ...] = ()
    if "speaker" in fields:
        text = " ".join(l.strip().lstrip("-*").strip() for l in fields["speaker"].lines if l.strip())
        speakers = people.parse_people(text) if "、" in text or " and " in text else (
            (people.parse_person(text),) if people.parse_person(text) else ())
    notes: list[str] = []
    for s in sections:
        if s.level == 0:
            out.event_parts.append(s.text)
        elif _single_field(s.title) is None:
            notes.append(_render_section(s))
        elif _single_field(s.title) in ("slides", "video"):
            notes.append(_render_section(s))
    note_lines = "\n\n".join(notes).split("\n")
    slide_lines = list(fields["slides"].lines) if "slides" in fields else []
    video_lines = list(fields["video"].lines) if "video" in fields else []
    slides = _first_url(slide_lines, links.is_slides, _SLIDE_LABEL) or _first_url(note_lines, links.is_slides, _SLIDE_LABEL)
    video = _first_url(video_lines + slide_lines, links.is_video, _VIDEO_LABEL) or _first_url(
        note_lines, links.is_video, _VIDEO_LABEL)
    kind, title = kinds.classify(title)
    out.talks.append(Talk(title=title, speakers=speakers, slides=slides, video=video, kind=kind,
                          body="\n".join(note_lines).strip(), line=fields["title"].line))
    return out


def _talk_level(sections: list[Section]) -> tuple[int | None, bool]:
    """(level at which talks are written, whether the level above holds tracks/days)."""
    levels = sorted({s.level for s in sections if s.level})
    if not levels:
        return None, False
    top = levels[0]
    at_top = [s for s in sections if s.level == top and section_role(s.title) == "talk"]
    deeper = [lv for lv in levels[1:] if any(s.level == lv and section_role(s.title) == "talk" for s in sections)]
    if not at_top and deeper:
        # `### 「Title」` talks with only `## まとめ` above them: the talks' own level
        return deeper[0], False
    tracks = [s for s in at_top if track_room(s.title)[0]]
    if tracks and len(tracks) * 2 >= len(at_top) and top + 1 in levels:
        return top + 1, True
    return top, False


def _open_containers(sections: list[Section], level: int) -> list[Section]:
    """`## LT大会` / `## Talks` with `###` talks under it: the sub-headings become talks.
    So does a heading with no text of its own that groups talks (`## メイン発表`, `## 一般セッション`)."""
    out = list(sections)
    for i, s in enumerate(out):
        ck = container_kind(s.title) if s.level == level and not s.kind else None
        if ck is None and s.level == level and not s.kind and not s.text.strip() and group_heading(s.title):
            ck = "talks"
        if ck not in ("talks", "lightning") or i + 1 >= len(out) or out[i + 1].level <= level:
            continue
        children = []
        for child in out[i + 1:]:
            if child.level <= level:
                break
            children.append(child)
        if not any(c.level == level + 1 and section_role(c.title) == "talk" for c in children):
            continue
        out[i] = replace(s, kind="container")
        j = i + 1
        while j < len(out) and out[j].level > level:
            child = out[j]
            stamp = ("lightning" if ck == "lightning" else None) if child.level == level + 1 else child.kind
            out[j] = replace(child, level=child.level - 1, kind=stamp)
            j += 1
    return out


def _listed(s: Section, kinds_of: str | None, room: str | None) -> tuple[list[Talk], str]:
    listing = timetable.find(list(s.lines), s.line + 1, container=kinds_of is not None)
    if not listing:
        return [], ""
    kind = "lightning" if kinds_of == "lightning" else None
    return [entry_talk(e, kind, s.room or room) for e in listing.entries], listing.rest


def _enrich(talks: list[Talk], scheduled: list[Talk]) -> list[Talk]:
    """Heading talks take the speakers and kind a schedule gives for the same title."""
    by_title = {key(t.title): t for t in scheduled}
    out = []
    for t in talks:
        match = by_title.get(key(t.title))
        if match and not t.speakers:
            t = replace(t, speakers=match.speakers, kind=t.kind if t.kind != "talk" else match.kind)
        out.append(t)
    return out


def segment(sections: list[Section], path: str, plain: bool) -> Segmented:
    single = _single_talk(sections, path)
    if single:
        return single
    out = Segmented()
    if plain and not any(s.level == 2 for s in sections):
        # no strong heading at all: short lines between blank lines are the only structure
        sections = [replace(s, level=2) if s.level == 3 else s for s in sections]
    if plain:  # a plain line such as 懇親会 or 全体所感 ends the talk it follows
        sections = [replace(s, level=2) if s.level == 3 and key(s.title) in EVENT_ONLY else s for s in sections]
    level, tracked = _talk_level(sections)
    if level is not None:
        sections = _open_containers(sections, level)
    follow_count = sum(1 for s in sections if s.level == level and section_role(s.title) == "follow")
    talk_sections = [s for s in sections if s.level == level and section_role(s.title) == "talk"]
    last_at_level = max((i for i, s in enumerate(sections) if s.level == level), default=-1)

    current: dict | None = None
    room: str | None = None
    scheduled: list[Talk] = []

    def close():
        nonlocal current
        if current:
            out.talks.append(build_talk(current["title"], current["lines"], current["line"], current["room"], path,
                                        current["kind"]))
            if not current["strong"]:
                out.diagnostics.append(Diagnostic(
                    "warning", f"talk '{out.talks[-1].title}' was recognised by the shape of its heading only",
                    path, current["line"]))
        current = None

    for i, s in enumerate(sections):
        if s.level and container_kind(s.title) == "schedule":
            scheduled += _listed(s, "schedule", room)[0]
        if s.level == 0 or level is None:
            out.event_parts.append(_render_section(s) if s.level else s.text)
            continue
        if s.level < level:
            close()
            is_track, track = track_room(s.title) if tracked else (False, None)
            if is_track:
                room = track
                if s.text.strip():
                    out.event_parts.append(s.text)
            else:
                room = None
                out.event_parts.append(_render_section(s, 2))
            continue
        if s.level == level:
            if s.kind == "container":
                close()
                if s.text.strip():
                    out.event_parts.append(_render_section(s, 2))
                continue
            # a `Talks` / `LT大会` heading, or `## Track A` holding `- 10:10 Title (Speaker)` lines (the
            # track's talks, in its room), may list its talks instead of having headings for them
            ck = container_kind(s.title) if not s.kind else None
            is_track, track = track_room(s.title)
            listings = ([(ck, room)] if ck in ("talks", "lightning") else []) + (
                [(None, track)] if is_track and not s.kind else [])
            listed, rest = next(((found, left) for found, left in (_listed(s, kind, where) for kind, where in listings)
                                 if found), ([], ""))
            if listed:
                close()
                out.talks.extend(listed)
                if rest.strip():
                    out.event_parts.append(f"## {s.title}\n{rest}")
                continue
            role = section_role(s.title)
            lone_final = follow_count == 1 and i == last_at_level and len(talk_sections) >= 2
            if role == "follow" and current and not lone_final:
                current["lines"] += ["", f"### {s.title}", *s.lines]
                continue
            if role != "talk":
                close()
                out.event_parts.append(_render_section(s, 2))
                continue
            close()
            current = {"title": s.title, "lines": list(s.lines), "line": s.line, "strong": s.strong,
                       "room": s.room or room, "kind": s.kind}
            continue
        depth = min(6, 3 + (s.level - level - 1))
        if current:
            current["lines"] += ["", f"{'#' * depth} {s.title}", *s.lines]
        else:
            out.event_parts.append(_render_section(s, depth))
    close()
    if out.talks:
        out.talks = _latin_bylines(_enrich(out.talks, scheduled))
    elif scheduled:
        out.talks = scheduled
    else:
        out.talks = _unheaded_list(sections)
    return out


def _latin_bylines(talks: list[Talk]) -> list[Talk]:
    """`Title（Anna Lindqvist）` among talks whose headings name their speakers the same way: a name.

    A Latin name in a heading's parentheses is read only when most of the note's other talks have
    speakers and the parentheses are full-width (a Japanese heading's byline, not `(Part Two)`)."""
    named = sum(1 for t in talks if t.speakers)
    if named * 2 < len(talks):
        return talks
    out = []
    for t in talks:
        m = None if t.speakers else re.search(r"（(?P<who>[^()（）]+)）\s*$", t.title)
        if m and people.looks_like_people(m.group("who"), strict=True) and t.title[:m.start()].strip():
            found = people.parse_people(m.group("who"))
            if found:
                t = replace(t, title=t.title[:m.start()].strip(), speakers=found)
        out.append(t)
    return out


def _unheaded_list(sections: list[Section]) -> list[Talk]:
    """A note with no talk headings: its first numbered list, time lines or table that names speakers."""
    for s in sections:
        listed, _ = _listed(s, None, s.room)
        if listed:
            return listed
    return []
