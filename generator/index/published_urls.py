"""The URLs a site has published, remembered so that none of them ever breaks.

Slugs come from titles, so correcting a title moves an event's pages (and all its talks' pages).
`published-urls.json`, beside site.yml, remembers every URL each event and talk has had. `build`
(and `serve`) read it, match today's events and talks to what it remembers, write a redirect page
at every old URL that no page holds now, and write it back with today's URLs added. Committed with
the notes, it survives a fresh checkout in CI, where the build that deploys has no other memory.

An event is known by the notes it was read from (a note's path does not change when its title
is corrected), else by its URL (a note renamed or moved, its title unchanged). A talk is known
within its event by its URL, then its title, then its slug, then its position. `aliases:` in a
note's front matter (for the event, or for a talk in its `talks:` list) adds URLs by hand: a page
moved by a `slug:` change before the map existed, or one from another site generator.
"""
from __future__ import annotations

import hashlib
import json
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from ..core.errors import BuildError
from .merge import canon
from ..core.model import Diagnostic, NormalizedNote

MAP_FILE = "published-urls.json"
ABOUT = ("Every URL this site's events and talks have had. talkarchive build keeps it; commit it with "
         "your notes, so that an old URL keeps working as a redirect to the page's new one.")


@dataclass
class TalkRecord:
    title: str
    urls: list[str]


@dataclass(eq=False)
class EventRecord:
    """One event's URLs. Compared by identity: remember() keeps a record that did not change and makes
    a new one for a record that did, so `new == old` for the map's lists tells whether to write it."""

    notes: list[str]  # the notes the event was read from
    title: str
    urls: list[str]  # oldest first; the last is the URL it has now
    talks: list[TalkRecord] = field(default_factory=list)
    text: str = field(default="", repr=False)  # its lines in the map, once written (serve writes the map often)


@dataclass(frozen=True, slots=True)
class Move:
    """An old URL (a site path) and the page that now answers for it."""

    path: str
    target: str
    title: str  # of the target page
    note: str | None = None  # the note whose `aliases:` asked for it; None for a remembered URL


@dataclass(frozen=True, slots=True)
class ManualAliases:
    """`aliases:` from one note's front matter: the event's, and each talk's by title."""

    event: tuple[str, ...] = ()
    talks: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (talk title, its aliases)


def map_path(config) -> Path:
    return config.root / MAP_FILE


def load_published(config) -> list[EventRecord]:
    """The remembered URLs; none when the file does not exist. A broken file is an error: going on
    without it would forget every old URL."""
    path = map_path(config)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"cannot read the published URLs: {exc}", path=str(path)) from None
    hint = "restore it with `git checkout -- published-urls.json`, or fix it by hand"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BuildError(f"not valid JSON: {exc.msg}", path=str(path), line=exc.lineno, hint=hint) from None
    try:
        return [EventRecord(notes=[str(n) for n in e["notes"]], title=str(e.get("title", "")),
                            urls=[str(u) for u in e["urls"]],
                            talks=[TalkRecord(str(t.get("title", "")), [str(u) for u in t["urls"]])
                                   for t in e.get("talks", [])])
                for e in data["events"]]
    except (KeyError, TypeError, AttributeError) as exc:
        raise BuildError(f"not a published-URLs map (an entry lacks {exc})", path=str(path), hint=hint) from None


def dump_published(records: list[EventRecord]) -> str:
    """The map as JSON, one line per talk, so that a change shows as a small diff in git."""
    def one(value) -> str:
        return json.dumps(value, ensure_ascii=False)

    events = []
    for r in records:
        if not r.text:
            head = f' {{"notes": {one(r.notes)}, "title": {one(r.title)}, "urls": {one(r.urls)}, "talks": ['
            talks = ",\n".join(f'  {{"title": {one(t.title)}, "urls": {one(t.urls)}}}' for t in r.talks)
            r.text = f"{head}\n{talks}\n ]}}" if talks else f"{head}]}}"
        events.append(r.text)
    body = ",\n".join(events)
    return f'{{"about": {one(ABOUT)},\n"events": [\n{body}\n]}}\n' if events else \
        f'{{"about": {one(ABOUT)},\n"events": []}}\n'


def published_digest(config) -> str:
    """What the build cache compares: a map changed by hand (or by git) means the redirects may differ."""
    try:
        return hashlib.blake2b(map_path(config).read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return ""


def save_published(config, records: list[EventRecord]) -> bool:
    """Write the map when its text changed; True when it did."""
    path = map_path(config)
    text = dump_published(records)
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    temp = path.with_name(f".{path.name}.tmp")
    try:
        temp.write_text(text, encoding="utf-8")
        temp.replace(path)
    except OSError as exc:
        raise BuildError(f"cannot write the published URLs: {exc}", path=str(path)) from None
    return True


# -- manual aliases -------------------------------------------------------------------------------

def _key(mapping: Mapping, name: str):
    for key, value in mapping.items():
        if isinstance(key, str) and key.casefold() == name:
            return value
    return None


def _alias_list(value) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    return tuple(str(v) for v in items if isinstance(v, (str, int)) and str(v).strip())


def manual_aliases(normalized: Iterable[NormalizedNote]) -> dict[str, ManualAliases]:
    """note path -> the `aliases:` its front matter gives (top level or under `event:`, and under
    each entry of `talks:`)."""
    found: dict[str, ManualAliases] = {}
    for item in normalized:
        fm = item.note.front_matter
        if not isinstance(fm, Mapping) or not fm:
            continue
        event = _key(fm, "event")
        own = _alias_list(_key(fm, "aliases"))
        if isinstance(event, Mapping):
            own += _alias_list(_key(event, "aliases"))
        talks = _key(fm, "talks")
        if not isinstance(talks, list) and isinstance(event, Mapping):
            talks = _key(event, "talks")
        per_talk = []
        for entry in talks if isinstance(talks, list) else ():
            if isinstance(entry, Mapping):
                aliases = _alias_list(_key(entry, "aliases"))
                title = _key(entry, "title")
                if aliases and title:
                    per_talk.append((str(title), aliases))
        if own or per_talk:
            found[item.event.source] = ManualAliases(own, tuple(per_talk))
    return found


def _site_path(alias: str, base_path: str) -> str | None:
    """An alias as written (`/events/old/`, `events/old`, `/archive/events/old/` under that base
    path, or a full URL) -> a site path (`events/old/`); None when it cannot be one."""
    value = alias.strip()
    value = re.sub(r"^https?://[^/]+", "", value)
    value = value.split("#")[0].split("?")[0]
    if base_path != "/" and value.startswith(base_path):
        value = value[len(base_path):]
    value = value.lstrip("/")
    if not value or "\\" in value or "\0" in value:
        return None
    parts = value.split("/")
    if any(p in (".", "..") for p in parts):
        return None
    if not value.endswith("/") and not value.lower().endswith((".html", ".htm")):
        value += "/"
    return posixpath.normpath(value) + ("/" if value.endswith("/") else "")


# -- matching --------------------------------------------------------------------------------------

def _last_segment(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def _match_talks(talks, old: list[TalkRecord]) -> tuple[list[TalkRecord | None], list[TalkRecord]]:
    """For each current talk (TalkEntry) its record or None; and the records no talk has now."""
    found: list[TalkRecord | None] = [None] * len(talks)
    free = list(range(len(old)))

    def claim(test) -> None:
        for i, talk in enumerate(talks):
            if found[i] is not None:
                continue
            for j in free:
                if test(talk, old[j], j):
                    found[i] = old[j]
                    free.remove(j)
                    break

    claim(lambda talk, rec, j: talk.path in rec.urls)
    claim(lambda talk, rec, j: canon(talk.talk.title) == canon(rec.title))
    claim(lambda talk, rec, j: any(_last_segment(u) == talk.slug for u in rec.urls))
    claim(lambda talk, rec, j: j == talk.position - 1)
    return found, [old[j] for j in free]


def _as_remembered(record: EventRecord, entry, sources: tuple[str, ...]) -> bool:
    """The record says exactly what the entry is now: its notes, title, URL and talks in order."""
    if record.urls[-1:] != [entry.path] or record.title != entry.event.title or len(record.talks) != len(entry.talks):
        return False
    if any(n not in record.notes for n in sources):
        return False
    return all(trec.urls[-1:] == [talk.path] and trec.title == talk.talk.title
               for talk, trec in zip(entry.talks, record.talks))


def _manual_moves(entry, sources: tuple[str, ...], manual: Mapping[str, ManualAliases], base_path: str,
                  moves: list[Move], found: list[Diagnostic]) -> None:
    """The moves the notes' `aliases:` ask for (added to `moves`); an unusable alias is reported."""
    for note in sources:
        hand = manual.get(note)
        if hand is None:
            continue
        wanted = [(a, entry.path, entry.event.title) for a in hand.event]
        titles = {canon(t.talk.title): t for t in entry.talks}
        for title, aliases in hand.talks:
            talk = titles.get(canon(title))
            if talk is not None:
                wanted += [(a, talk.path, talk.talk.title) for a in aliases]
        for alias, target, title in wanted:
            path = _site_path(alias, base_path)
            if path is None:
                found.append(Diagnostic("warning", f"`aliases: {alias}` is not a path on this site; it is "
                                        "left out (write it as /events/old-name/)", note))
            else:
                moves.append(Move(path, target, title, note))


def remember(records: list[EventRecord], index, manual: Mapping[str, ManualAliases] | None = None,
             base_path: str = "/") -> tuple[list[EventRecord], tuple[Move, ...], list[Diagnostic]]:
    """Match the index's events and talks to the remembered ones: (the map to write, the moves, findings).

    Moves are every remembered URL that is not today's URL of its page, plus the manual aliases;
    the caller leaves out those a page of the site holds. A talk no longer in its event moves to
    the event's page. An event no longer in the site is remembered (its note may come back) but
    makes no move. The findings say which URLs moved in this build (info) and which aliases are
    not usable (warnings).
    """
    manual = manual or {}
    old = records  # never changed here: a record that changes is made anew
    by_note: dict[str, list[int]] = {}
    by_url: dict[str, list[int]] = {}
    for i, r in enumerate(old):
        for n in r.notes:
            by_note.setdefault(n, []).append(i)
        for u in r.urls:
            by_url.setdefault(u, []).append(i)
    # oldest first, as slugs are claimed: an older event keeps its record when two could take it
    entries = sorted(index.events, key=lambda e: (e.event.date is None, e.event.date.toordinal() if e.event.date
                                                  else 0, e.event.source))
    claimed: dict[int, str] = {}  # record -> event slug
    mine: dict[str, list[int]] = {e.slug: [] for e in entries}

    def sources(entry) -> tuple[str, ...]:
        return entry.event.sources or (entry.event.source,)

    for entry in entries:  # the same note and the same URL
        for i in by_url.get(entry.path, ()):
            if i not in claimed and set(old[i].notes) & set(sources(entry)):
                claimed[i] = entry.slug
                mine[entry.slug].append(i)
    for entry in entries:  # the same note: the title (and so the URL) changed; notes now merged
        for note in sources(entry):
            for i in by_note.get(note, ()):
                if i not in claimed:
                    claimed[i] = entry.slug
                    mine[entry.slug].append(i)
    for entry in entries:  # the same URL: the note was renamed or moved
        if not mine[entry.slug]:
            for i in by_url.get(entry.path, ()):
                if i not in claimed:
                    claimed[i] = entry.slug
                    mine[entry.slug].append(i)
                    break

    found: list[Diagnostic] = []
    moves: list[Move] = []
    kept: list[EventRecord] = []
    for entry in entries:
        rec_ids = sorted(mine[entry.slug])
        if len(rec_ids) == 1 and _as_remembered(old[rec_ids[0]], entry, sources(entry)):
            record = old[rec_ids[0]]  # the common case: nothing moved, nothing to make
            kept.append(record)
            if len(record.urls) > 1:
                moves += [Move(u, entry.path, entry.event.title) for u in record.urls[:-1]]
            for talk, trec in zip(entry.talks, record.talks):
                if len(trec.urls) > 1:
                    moves += [Move(u, talk.path, talk.talk.title) for u in trec.urls[:-1]]
            _manual_moves(entry, sources(entry), manual, base_path, moves, found)
            continue
        if rec_ids:
            first = old[rec_ids[0]]
            record = EventRecord(list(first.notes), first.title, list(first.urls), list(first.talks))
            for i in rec_ids[1:]:
                r = old[i]
                record.notes += [n for n in r.notes if n not in record.notes]
                record.urls += [u for u in r.urls if u not in record.urls]
                record.talks += r.talks
        else:
            record = EventRecord([], entry.event.title, [])
        was = record.urls[-1] if record.urls else None
        if was is not None and was != entry.path:
            found.append(Diagnostic("info", f"the URL of '{entry.event.title}' changed from /{was} to /{entry.path}; "
                                    f"the old one redirects (commit {MAP_FILE})", entry.event.source))
        record.notes += [n for n in sources(entry) if n not in record.notes]
        record.title = entry.event.title
        if entry.path in record.urls:
            record.urls.remove(entry.path)
        record.urls.append(entry.path)
        moves += [Move(u, entry.path, entry.event.title) for u in record.urls[:-1]]

        matched, gone = _match_talks(entry.talks, record.talks)
        talks: list[TalkRecord] = []
        for talk, trec in zip(entry.talks, matched):
            trec = TalkRecord(trec.title, list(trec.urls)) if trec else TalkRecord(talk.talk.title, [])
            if talk.path in trec.urls:
                trec.urls.remove(talk.path)
            trec.urls.append(talk.path)
            trec.title = talk.talk.title
            moves += [Move(u, talk.path, talk.talk.title) for u in trec.urls[:-1]]
            talks.append(trec)
        for trec in gone:  # a talk taken out of the event: its old URLs go to the event
            moves += [Move(u, entry.path, entry.event.title) for u in trec.urls]
            talks.append(trec)
        record.talks = talks
        kept.append(record)
        _manual_moves(entry, sources(entry), manual, base_path, moves, found)

    kept += [old[i] for i in range(len(old)) if i not in claimed]  # events gone from the site, remembered
    kept.sort(key=lambda r: (r.notes, r.urls))
    return kept, tuple(moves), found


def alias_conflicts(moves: Iterable[Move], live: set[str]) -> list[Diagnostic]:
    """Warnings for the `aliases:` that name a page the site has: no redirect can be written there."""
    return [Diagnostic("warning", f"`aliases:` names /{m.path}, a page of this site; no redirect is written "
                       "there (remove the alias)", m.note)
            for m in moves if m.note is not None and m.path in live and m.path != m.target]


def redirect_moves(moves: Iterable[Move], live: set[str]) -> tuple[Move, ...]:
    """The moves that get a redirect page: not a path a page of the site holds, and each path once
    (the first move for it wins: remembered URLs come before manual aliases of the same event)."""
    out: dict[str, Move] = {}
    for move in moves:
        if move.path in live or move.path in out or move.path == move.target:
            continue
        out[move.path] = move
    return tuple(sorted(out.values(), key=lambda m: m.path))
