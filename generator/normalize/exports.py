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

# a programme's slots that are no talks, by the type a tool or a data file gives (`Opening`, `Break`, `sponsor`) or a
# title that is only such words (`Lunch`, `Registration & coffee`; never `Closing the loop: …`, `Networking in
# Kubernetes`, nor the type `Opening Keynote`)
_SLOT_WORD = (r"(?:(?:coffee|tea|lunch|short|long)\s+)?break|coffee|tea|lunch|dinner|breakfast|registration|doors(?:\s+open)?|"
              r"(?:opening|closing|welcome)(?:\s+(?:remarks|words|address|session|note))?|welcome|housekeeping|social|networking|drinks|"
              r"party|after-?party|raffle|sponsors?(?:'s)?(?:\s+(?:break|pitch|slot|words))?|announcements")
_NOT_A_TALK = re.compile(r"^\s*(?:" + _SLOT_WORD + r")(?:\s*(?:[&,/+]|and)\s*(?:" + _SLOT_WORD + r"))*\s*[.!]?\s*$",
                         re.IGNORECASE)
_CANCELLED = re.compile(r"^\s*(?:\[?(?:cancell?ed|withdrawn|postponed)\]?\s*[:：-]?)\s*|^\s*(?:中止|キャンセル)\s*[:：]?", re.IGNORECASE)
# the statuses a programme gives a session that will not be given
WITHDRAWN = frozenset({"cancelled", "canceled", "withdrawn", "moved", "postponed", "declined"})


def names_a_slot(text: str) -> bool:
    """Whether a session's type or title names a slot that is no talk (`Break`, `Registration & coffee`)."""
    return bool(_NOT_A_TALK.match(text))


def _called_off(title: str) -> bool:
    """`CANCELLED: Title`, `[Withdrawn] Title`, `中止：Title`: the tool's mark that the session will not be given."""
    m = _CANCELLED.match(title)
    return bool(m and m.group(0).strip())


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
        if names_a_slot(kind_word) or names_a_slot(title) or _called_off(title):
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
        if s.get("isServiceSession") or status in WITHDRAWN or names_a_slot(title) \
                or _called_off(title):
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
    return any(detect(head, suffix) for detect in (is_schedule_xml, is_sessionize, is_connpass_api, is_enex, is_captions,
                                                   is_message_list))


# --- chats exported by their apps: WhatsApp, Zoom's saved chat, a JSON list of messages (Chatwork, Slack) --------------
# Each message becomes a paragraph of its own, its sender and time left off (as a LINE history is read in dialects.py);
# the app's own lines (encryption notices, reactions, deleted messages, media left out) are dropped. The day of the first
# message is the copy's own day, as a post's date is: the event's day is in what the messages say.

_WHATSAPP = re.compile(r"^\[?(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{2}|\d{4}),\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
                       r"(?:\s?[APap]\.?\s?[Mm]\.?)?(?:\]|\s+-)\s+(?P<rest>.*)$")
_WHATSAPP_SENDER = re.compile(r"^(?P<who>[^:]{1,60}?):\s(?P<text>.*)$")
_CHAT_CHROME = re.compile(r"end-to-end encrypted|^<Media omitted>$|^This message was deleted$|^You deleted this message$|"
                          r"^<attached: [^>]+>$|\(file attached\)$|^(?:Reacted|Removed a reaction) (?:to|from) .* with |"
                          r"^Replying to \".*\":?$|メッセージの送信を取り消しました|^\(?(?:image|sticker|GIF|video|audio) omitted\)?$",
                          re.IGNORECASE)


def is_whatsapp(body: str, suffix: str) -> bool:
    if suffix not in (".txt", ".text"):
        return False
    lines = [line for line in body.lstrip("\ufeff").split("\n", 40)[:40] if line.strip()]
    stamped = [m for line in lines if (m := _WHATSAPP.match(line))]
    # (a log whose lines only open with a day and a time, `3/14/2024, 6:30 PM - booked the room`, names no senders)
    sent = sum(1 for m in stamped if _WHATSAPP_SENDER.match(m.group("rest")))
    return len(lines) >= 3 and len(stamped) * 2 >= len(lines) and sent * 3 >= len(stamped) * 2


def whatsapp(body: str) -> tuple[str, dict]:
    """`22/01/2024, 20:14 - Priya Shah: Right, Feb meetup…` (Android), `[22/01/2024, 20:14:05] Priya Shah: …` (iOS),
    `1/22/24, 8:14 PM - …` (a US phone): each message a paragraph, the lines it runs on to kept with it; messages the
    app writes itself (a group created, people added) dropped."""
    lines = body.lstrip("\ufeff").split("\n")
    stamps = [m for line in lines if (m := _WHATSAPP.match(line))]
    # (the day first, as most phones write it, unless a stamp's second number is over 12 and no first one is: `1/22/31`)
    month_first = any(int(m.group("b")) > 12 for m in stamps) and not any(int(m.group("a")) > 12 for m in stamps)
    out: list[str] = []
    for line in lines:
        m = _WHATSAPP.match(line)
        if not m:
            if out and out[-1] != "":
                out.append(line)  # (a message over several lines)
            continue
        sent = _WHATSAPP_SENDER.match(m.group("rest"))
        text = sent.group("text") if sent else ""
        out += ["", "" if _CHAT_CHROME.search(text.strip()) else text]
    front: dict[str, Any] = {}
    if stamps:
        first = stamps[0]
        day, month = (first.group("b"), first.group("a")) if month_first else (first.group("a"), first.group("b"))
        year = int(first.group("y")) + (2000 if len(first.group("y")) == 2 else 0)
        try:
            front["date"] = dt.date(year, int(month), int(day)).isoformat()
        except ValueError:
            pass
    return _chat(out, front)


def _chat(out: list[str], front: dict[str, Any]) -> tuple[str, dict]:
    """The chat's messages as the note's text, and the event's name the messages give (`Meetup page is up: Lamplight
    JS #31`, `Welcome to Infra Coffee Hour #18`) as its title: a chat's first message is no title."""
    text = "\n".join(out).strip("\n")
    if name := titles.event_named_plainly(text.split("\n")) or titles.name_numbered_repeatedly(text):
        front["title"] = name
    return text, front


_ZOOM_FROM = re.compile(r"^(?P<t>\d{1,2}:\d{2}:\d{2})\s+From\s+(?P<who>.+?)(?:\s+to\s+(?P<to>.+?))?\s*:\s*(?P<text>.*)$")


def is_zoom_chat(body: str, suffix: str) -> bool:
    if suffix not in (".txt", ".text"):
        return False
    lines = [line for line in body.lstrip("\ufeff").split("\n", 40)[:40] if line.strip()]
    froms = sum(1 for line in lines if _ZOOM_FROM.match(line))
    return froms >= 3 and all(_ZOOM_FROM.match(line) or line[:1] in "\t " for line in lines[:10])


def zoom_chat(body: str) -> tuple[str, dict]:
    """Zoom's `meeting_saved_chat.txt`: `18:58:21 From Dana Whitfield to Everyone:` over the message's lines, indented by
    a tab (or the message on the same line, in older versions); reactions and the quoted line of a reply dropped."""
    out: list[str] = []
    for line in body.lstrip("\ufeff").split("\n"):
        m = _ZOOM_FROM.match(line)
        if m:
            out += ["", "" if _CHAT_CHROME.search(m.group("text").strip()) else m.group("text").strip()]
            continue
        text = line.strip()
        out.append("" if _CHAT_CHROME.search(text) else text)
    return _chat(out, {})


_TEXT_KEYS = ("body", "text", "message", "content")
_TIME_KEYS = ("send_time", "ts", "timestamp", "date", "created_at", "time")
# a chat's own markup in a message's text: Chatwork's `[To:123]汐見さん` (the line naming whom it is for), `[rp aid=1 to=2-3]`, `[info]…[/info]`, `[qt]`, its
# emoticons `(bow)`; Slack's `<@U123>` and `<https://…|label>`
_CHAT_TAG = re.compile(r"\[To:\d+\][^\n\[]*\n?|\[(?:rp|pid|piconname|picon|preview|download|dtext)[:\s][^\]]*\]|\[/?(?:info|title|code|qt|qtmeta|hr)"
                       r"(?:\s[^\]]*)?\]|\((?:bow|clap|cracker|dance|roger|flex|gogo|think|please|quick|anger|devil|"
                       r"lightbulb|star|heart|coffee|eat|gift|talk|yawn|puke|emo|ec14|whew|tears|sweat|blush|inlove|wink|"
                       r"tongueout|sad|surprise|smile|lol|blush)\)|<@[A-Z0-9]+>")
_SLACK_LINK = re.compile(r"<(?P<url>https?://[^|>\s]+)(?:\|(?P<label>[^>]*))?>")


# a list of records, bare or under `messages` (never a mapping of settings that happens to hold a `text`)
_RECORD_LIST = re.compile(r'\s*(?:\[\s*\{|\{\s*"(?:messages|items|data|history)"\s*:\s*\[)')


_SENDER_KEYS = ("account", "user", "user_name", "username", "author", "sender", "from")


def is_message_list(body: str, suffix: str) -> bool:
    """A list of records each with a text, a time and a sender, and no title (a list of posts or talks is no chat)."""
    return suffix == ".json" and bool(_RECORD_LIST.match(body)) and '"title"' not in body \
        and any(body.count(f'"{k}"') >= 2 for k in _TEXT_KEYS) and any(body.count(f'"{k}"') >= 2 for k in _TIME_KEYS) \
        and any(body.count(f'"{k}"') >= 2 for k in _SENDER_KEYS)


def message_list(body: str) -> tuple[str, dict]:
    """A JSON list of a chat's messages (`[{"body": …, "send_time": …, "account": {…}}]` from Chatwork's API, Slack's
    export `[{"type": "message", "text": …, "ts": …}]`, or `{"messages": [...]}`): each message's text a paragraph, in
    the order sent, the chat's own markup dropped; the first message's day the copy's own."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return body, {}
    if isinstance(data, dict):
        data = next((v for v in data.values() if isinstance(v, list)), None)
    if not isinstance(data, list):
        return body, {}
    messages = []
    for m in data:
        if not isinstance(m, dict):
            continue
        text = next((m[k] for k in _TEXT_KEYS if isinstance(m.get(k), str)), None)
        when = next((m[k] for k in _TIME_KEYS if m.get(k) not in (None, "")), None)
        if text is None:
            continue
        messages.append((_sent_at(when), text))
    if len(messages) < 2:
        return body, {}
    if all(day is not None for day, _ in messages):
        messages.sort(key=lambda pair: pair[0])
    out = []
    for _, text in messages:
        text = _SLACK_LINK.sub(lambda m: f"[{m.group('label')}]({m.group('url')})" if m.group("label") else m.group("url"),
                               _CHAT_TAG.sub("", text))
        out += ["" if _CHAT_CHROME.search(text.strip()) else text.strip(), ""]
    front: dict[str, Any] = {}
    first = next((day for day, _ in messages if day is not None), None)
    if first is not None:
        front["date"] = first.date().isoformat()
    return _chat(out, front)


def _sent_at(value: Any) -> dt.datetime | None:
    """A message's time: epoch seconds (Chatwork, Slack's `"1717377161.000200"`) or an ISO 8601 string."""
    try:
        if isinstance(value, (int, float)) or isinstance(value, str) and re.fullmatch(r"\d{9,11}(?:\.\d+)?", value):
            return dt.datetime.fromtimestamp(float(value), tz=dt.timezone.utc)
        if isinstance(value, str):
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)  # (one clock for the sort)
    except (ValueError, OverflowError, OSError):
        return None
    return None
