"""Programmes and notes saved by the tools that hold them, read as the rules read a note.

An organizer's programme is often kept in a call-for-papers tool, and a note in an app, rather than in a
Markdown file: a pretalx or frab `schedule.xml`, the JSON of Sessionize's API, the JSON connpass's API
gives for an event, an Evernote export (`.enex`), or the captions of the opening's video (`.vtt`, `.srt`).
Each reader here turns one such file into what dialects.py gives the rest of the package: front matter (the
event's name, day, page, place, hashtags and `talks:` as a site's data file would write them) and a body of
text (the words the programme gives beyond its talks: a welcome's abstract, an event's description), so
nothing downstream needs to know where the note came from. A file that is not what its reader expects is
left as it is.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import urljoin

from . import kinds, titles

# a programme's slots that are no talks, by their type, or their title when the tool has no type
_NOT_A_TALK = re.compile(r"^(?:break|coffee(?:\s+break)?|lunch|opening|closing|welcome|housekeeping|registration|"
                         r"doors|social|networking|party|after-?party|dinner|sponsor(?:'s|s)?(?:\s+(?:break|pitch|slot))?)\b",
                         re.IGNORECASE)
_CANCELLED = re.compile(r"^\s*(?:\[?(?:cancell?ed|withdrawn|postponed)\]?\s*[:：-]?)\s*|^\s*(?:中止|キャンセル)\s*[:：]?", re.IGNORECASE)
_SLIDES_WORD = re.compile(r"slide|deck|資料|スライド", re.IGNORECASE)


def _kind(*words: str) -> str | None:
    """A talk's kind from the tool's words for its format (`Lightning talk (5 min)`, `Keynote`, `Panel`)."""
    for word in words:
        if not word:
            continue
        kind = kinds.normalize_kind(word) or kinds.classify(str(word))[0]
        if kind != "talk":
            return kind
    return None


def _talk(title: str, speakers: list[Any], kind: str | None = None, room: str | None = None,
          slides: str | None = None, video: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"title": " ".join(title.split())}
    if speakers:
        out["speakers"] = speakers
    for key, value in (("type", kind), ("room", room), ("slides", slides), ("video", video)):
        if value:
            out[key] = value
    return out


def _paragraphs(texts: list[str]) -> str:
    return "\n\n".join(" ".join(t.split()) for t in texts if t and t.strip())


# --- pretalx / frab schedule.xml -----------------------------------------------------------------------------------------

def is_schedule_xml(body: str, suffix: str) -> bool:
    return suffix == ".xml" and "<schedule" in body[:2000] and "<event" in body


def schedule_xml(body: str) -> tuple[str, dict]:
    """`<schedule><conference>…</conference><day><room><event>…`: the conference's title and first day, each event a
    talk (its persons, type, room, and attachments or links that are slides), openings, breaks and cancelled
    events left out; their abstracts are the note's text."""
    try:
        root = ET.fromstring(body.encode("utf-8"))
    except ET.ParseError:
        return body, {}
    if root.tag != "schedule":
        return body, {}
    conference = root.find("conference")
    base = (conference.findtext("base_url") if conference is not None else None) or ""
    talks, told = [], []
    for event in root.iter("event"):
        title = (event.findtext("title") or "").strip()
        kind_word = (event.findtext("type") or "").strip()
        if not title:
            continue
        if _NOT_A_TALK.match(kind_word) or _NOT_A_TALK.match(title) or _CANCELLED.match(title) and \
                _CANCELLED.match(title).group(0).strip():
            told += [f"{title}: {event.findtext('abstract') or ''}"]
            continue
        people = [" ".join((p.text or "").split()) for p in event.iter("person") if (p.text or "").strip()]
        files = [(a.get("href") or "", (a.text or "")) for a in [*event.iter("attachment"), *event.iter("link")]]
        slides = next((urljoin(base + "/", href) for href, label in files if href and _SLIDES_WORD.search(label + href)),
                      None)
        talks.append(_talk(title, people, _kind(kind_word, title), (event.findtext("room") or "").strip() or None, slides))
        if event.findtext("abstract"):
            told.append(f"{title}: {event.findtext('abstract')}")
    if not talks:
        return body, {}
    front: dict[str, Any] = {"talks": talks}
    if conference is not None:
        if conference.findtext("title"):
            front["title"] = conference.findtext("title").strip()
        if conference.findtext("start"):
            front["event_date"] = conference.findtext("start").strip()[:10]
        url = conference.findtext("url")
        if url and url.strip():
            front["event_url"] = url.strip()
    return _paragraphs(told), front


# --- Sessionize's API ("All" or "Sessions") ----------------------------------------------------------------------------

def is_sessionize(body: str, suffix: str) -> bool:
    head = body.lstrip()[:1]
    return suffix == ".json" and head in "[{" and '"sessions"' in body and ('"startsAt"' in body or '"speakers"' in body)


def sessionize(body: str) -> tuple[str, dict]:
    """Sessionize's sessions with the speakers, rooms and categories they refer to by id: each session not a service
    session (registration, breaks, the welcome) a talk, its format's category its kind, an answer to a question about
    slides its deck, its recording its video; the service sessions' descriptions are the note's text."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return body, {}
    if isinstance(data, list):  # ("Sessions": the sessions grouped, each group `{groupName, sessions}`)
        data = {"sessions": [s for g in data if isinstance(g, dict) for s in g.get("sessions") or []]}
    if not isinstance(data, dict) or not isinstance(data.get("sessions"), list):
        return body, {}
    speakers = {str(p.get("id")): p for p in data.get("speakers") or [] if isinstance(p, dict)}
    rooms = {str(r.get("id")): r.get("name") for r in data.get("rooms") or [] if isinstance(r, dict)}
    items = {str(i.get("id")): i.get("name") for c in data.get("categories") or [] if isinstance(c, dict)
             for i in c.get("items") or [] if isinstance(i, dict)}
    slide_questions = {str(q.get("id")) for q in data.get("questions") or []
                       if isinstance(q, dict) and _SLIDES_WORD.search(str(q.get("question") or ""))}

    def person(ref: Any) -> Any:
        p = speakers.get(str(ref.get("id") if isinstance(ref, dict) else ref)) or (ref if isinstance(ref, dict) else {})
        name = p.get("fullName") or p.get("name") or " ".join(str(p.get(k) or "") for k in ("firstName", "lastName")).strip()
        return name or None

    talks, told, days = [], [], []
    for s in data["sessions"]:
        if not isinstance(s, dict) or not s.get("title"):
            continue
        title = str(s["title"])
        if s.get("startsAt"):
            days.append(str(s["startsAt"])[:10])
        status = str(s.get("status") or "").lower()
        if s.get("isServiceSession") or status in ("declined", "cancelled", "canceled") or _NOT_A_TALK.match(title) \
                or (_CANCELLED.match(title) and _CANCELLED.match(title).group(0).strip()):
            told.append(f"{title}: {s.get('description') or ''}")
            continue
        formats = [str(items.get(str(i)) or "") for i in s.get("categoryItems") or []]
        formats += [str(i.get("name") or "") for c in s.get("categories") or [] if isinstance(c, dict)
                    for i in c.get("categoryItems") or [] if isinstance(i, dict)]
        slides = next((str(a.get("answerValue")) for a in s.get("questionAnswers") or [] if isinstance(a, dict)
                       and str(a.get("questionId")) in slide_questions and a.get("answerValue")), None)
        room = rooms.get(str(s.get("roomId"))) or s.get("room")
        people = [n for r in s.get("speakers") or [] if (n := person(r))]
        talks.append(_talk(title, people, _kind(*formats, title), room if isinstance(room, str) else None, slides,
                           s.get("recordingUrl")))
        if s.get("description"):
            told.append(f"{title}: {s['description']}")
    if not talks:
        return body, {}
    front: dict[str, Any] = {"talks": talks}
    if days:
        front["event_date"] = min(days)
    text = _paragraphs(told)
    # (Sessionize holds no name for the event: the one its sessions' words name, `Welcome to Kestrel Bay DevDay 2024`)
    if name := titles.event_named_plainly(text.split("\n")):
        front["title"] = name
    return text, front


# --- connpass's API: an event's record -------------------------------------------------------------------------------

def is_connpass_api(body: str, suffix: str) -> bool:
    return suffix == ".json" and '"events"' in body and '"started_at"' in body


def connpass_api(body: str) -> tuple[str, dict]:
    """`{"events": [{title, started_at, url, place, address, hash_tag, description}]}` (connpass's API, v1 or v2):
    the first event's facts as front matter and its description (HTML) as the note's body."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return body, {}
    events = data.get("events") if isinstance(data, dict) else None
    event = events[0] if isinstance(events, list) and events and isinstance(events[0], dict) else None
    if not event or not event.get("title"):
        return body, {}
    front: dict[str, Any] = {"title": str(event["title"])}
    if event.get("started_at"):
        front["event_date"] = str(event["started_at"])[:10]
    if event.get("url") or event.get("event_url"):
        front["event_url"] = str(event.get("url") or event.get("event_url"))
    if event.get("place"):
        front["venue"] = str(event["place"])
    if event.get("hash_tag"):
        front["hashtags"] = [str(event["hash_tag"]).lstrip("#＃")]
    return str(event.get("description") or ""), front


# --- Evernote's export ---------------------------------------------------------------------------------------------------

def is_enex(body: str, suffix: str) -> bool:
    return suffix == ".enex" or "<en-export" in body[:1000]


def enex(body: str) -> tuple[str, dict]:
    """`<en-export><note><title>…<content><![CDATA[<en-note>…]]>`: the first note's title, day of writing and tags
    as front matter, its content (ENML, which is HTML) as the body; attached files' data is dropped."""
    try:
        root = ET.fromstring(body.encode("utf-8"))
    except ET.ParseError:
        return body, {}
    note = root.find("note")
    if note is None:
        return body, {}
    front: dict[str, Any] = {}
    if note.findtext("title"):
        front["title"] = note.findtext("title").strip()
    created = (note.findtext("created") or "").strip()
    if re.fullmatch(r"\d{8}T\d{6}Z", created):
        front["date"] = dt.datetime.strptime(created, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.timezone.utc).isoformat()
    tags = [t.text.strip() for t in note.findall("tag") if t.text and t.text.strip()]
    if tags:
        front["tags"] = tags
    content = note.findtext("content") or ""
    content = re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", "", content)
    content = re.sub(r"</?en-note[^>]*>", "", content)
    content = re.sub(r"<en-todo\s+checked=\"true\"\s*/?>", "[x] ", content)
    content = re.sub(r"<en-todo[^>]*/?>", "[ ] ", content)
    content = re.sub(r"<en-media[^>]*/?>", "", content)
    return content.strip(), front


# --- captions: WebVTT and SubRip -----------------------------------------------------------------------------------------

_CUE_TIME = re.compile(r"^\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}.*$")
_CUE_TAG = re.compile(r"</?(?:c|v|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{2}:\d{2}[^>]*>")


def is_captions(body: str, suffix: str) -> bool:
    return suffix in (".vtt", ".srt") or body.lstrip("\ufeff").startswith("WEBVTT")


def captions(body: str) -> tuple[str, dict]:
    """The words said, in order, one paragraph for each pause: cue numbers, times, settings, the `WEBVTT` header and
    its NOTE/STYLE blocks, and a line a rolling caption repeats from the cue before it are dropped."""
    out: list[str] = []
    previous = ""
    block: list[str] = []
    skipping = False
    for raw in body.lstrip("\ufeff").splitlines() + [""]:
        line = raw.strip()
        if not line:
            skipping = False
            if block:
                out.append(" ".join(block))
                block = []
            continue
        if skipping:
            continue
        if line.startswith(("WEBVTT", "NOTE", "STYLE", "REGION")) or (line.startswith(("Kind:", "Language:")) and not out):
            skipping = line.startswith(("NOTE", "STYLE", "REGION"))
            continue
        if _CUE_TIME.match(line) or line.isdigit():
            continue
        text = " ".join(_SOUND.sub(" ", _CUE_TAG.sub("", line)).split())
        if text and text != previous:
            block.append(text)
            previous = text
    # (a cue is a piece of a sentence said: the pieces joined, a paragraph closed where a sentence ends)
    paragraphs, said = [], ""
    for cue in out:
        said = _joined(said, cue)
        if _SAID_TO_THE_END.search(cue):
            paragraphs.append(said)
            said = ""
    return "\n\n".join(paragraphs + ([said] if said else [])), {}


def _joined(said: str, cue: str) -> str:
    """A sentence's pieces joined as it is written: with a space, but none between two Japanese characters (a caption
    breaks `「地方から OSS に` / `コントリビュートし続ける方法」` mid-phrase)."""
    if not said:
        return cue
    return said + ("" if _JAPANESE.match(said[-1]) and _JAPANESE.match(cue[0]) else " ") + cue


_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々〆ー、。「」『』]")
# what a caption says of the sound, not the words: `[拍手]`, `[Applause]`, `（笑）`, `♪～（BGM）`
_SOUND = re.compile(r"\[[^\[\]]{1,12}\]|[（(](?:笑|拍手|BGM|音楽|music|laughter|applause|laughs)[)）]|♪+[～〜]?", re.IGNORECASE)


_SAID_TO_THE_END = re.compile(r"(?:[。！？!?.]|です|ます|ました|でした|ください)[」』)）\]]?$")


def recognised(head: str, suffix: str) -> bool:
    """Whether a file's opening (its first 64 KB) is one of the files read here: a content folder's `.json` or `.xml`
    of any other kind is no note."""
    return any(detect(head, suffix) for detect in (is_schedule_xml, is_sessionize, is_connpass_api, is_enex, is_captions))
