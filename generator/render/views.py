"""What templates see: frozen views of the SiteIndex, each built once.

The theme contract is in themes/README.md. A talk listed on five pages is
rendered to HTML once here. Note HTML is the only markup marked safe, and
it comes out of the sanitizer (render/note_html.py); embeds and the table of contents
are added afterwards from the theme's own partials, never from the note.
"""
from __future__ import annotations

import datetime as dt
import itertools
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import unquote

from markupsafe import Markup

from ..core.config import SiteConfig
from .embeds import Embed, embed_for
from ..index.site_index import EventEntry, SiteIndex, TalkEntry
from .note_html import MarkdownRenderer, fill_toc, replace_standalone_links
from ..core.errors import ContentError
from ..core.model import Credit, Diagnostic
from ..read.sources import NOTE_SUFFIXES, read_note
from .urls import Urls

# ids the templates use themselves; a note heading never takes one of them
RESERVED_IDS = frozenset({"main", "search", "toc", "notes", "talks", "content", "top"})
_JAPANESE = re.compile(r"[\u3005-\u3007\u3040-\u30ff\u3400-\u9fff]")


def _is_web_url(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://"))


def text_language(text: str, site_language: str) -> str:
    """The language of a piece of text, as far as it matters for `lang`: ja when it has kana or kanji."""
    if not text.strip():
        return site_language
    return "ja" if _JAPANESE.search(text) else "en"


def _line_in_note(content_dir: Path, source: str, target: str, after: int | None) -> int | None:
    """The line of the note where the address `target` is written, from line `after` on (the start of the
    part of the note being rendered); `after` when it is not found. Read only when a link is missing."""
    try:
        text = read_note(content_dir / source, source).text
    except (ContentError, OSError):
        return after
    wanted = {target, unquote(target)}
    start = after or 1
    for number, written in enumerate(text.split("\n")[start - 1:], start=start):
        if any(w in written for w in wanted):
            return number
    return after


@dataclass(frozen=True, slots=True)
class SiteView:
    title: str
    description: str
    language: str
    base_url: str
    author: str


@dataclass(frozen=True, slots=True)
class TagRef:
    name: str
    url: str
    count: int
    feed_url: str = ""


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    name: str
    url: str
    handle: str | None
    affiliation: str | None
    count: int


@dataclass(frozen=True, slots=True)
class EventRef:
    title: str
    url: str
    date: dt.date | None


class NotesHTML:
    """A note's HTML, rendered the first time a template shows it, with what rendering it found.

    Rendering Markdown is the costly part of views; built lazily, each build process renders
    only the notes of the pages it writes, and releases them once those pages are written. Compares
    by what the HTML is made from (its key), so a page's inputs can be compared without rendering anything.
    """

    __slots__ = ("key", "_render", "_html", "_found", "owner", "place")

    def __init__(self, key: tuple, render: Callable[[Views], Markup], owner: Views, place: tuple[str, int] = ("", 0)):
        self.key, self._render, self._html, self._found = key, render, None, None
        self.owner = owner  # the Views whose warnings and images list gets what rendering finds
        self.place = place  # (event slug, which of its notes): where its warnings and images are filed

    @property
    def rendered(self) -> bool:
        return self._html is not None

    def __html__(self) -> Markup:
        if self._html is None:
            owner = self.owner
            self._html, self._found = owner._render_note(lambda: self._render(owner))
            owner._replay(self)
        return self._html

    def release(self) -> None:
        """Forget the rendered HTML (it is rendered again if needed): a build drops it once its page is written."""
        self._html = self._found = None

    def __str__(self) -> str:
        return str(self.__html__())

    def __bool__(self) -> bool:
        return bool(self.__html__())

    def __len__(self) -> int:
        return len(self.__html__())

    def __eq__(self, other) -> bool:
        return isinstance(other, NotesHTML) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"NotesHTML({self.key[0]}, rendered={self._html is not None})"


@dataclass(frozen=True, slots=True)
class CreditView:
    """A note a page is built from: its own title, its author (or the site's), where it is published."""

    title: str
    author: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class TalkView:
    title: str
    url: str
    speakers: tuple[SpeakerRef, ...]
    slides: str | None
    video: str | None
    room: str | None
    kind: str
    notes_html: NotesHTML
    event: EventRef
    position: int
    slides_embed: Embed | None = None
    video_embed: Embed | None = None
    language: str = "ja"  # of the title and notes; templates set `lang` when it differs from the site's
    credits: tuple[CreditView, ...] = ()  # the notes it comes from


@dataclass(frozen=True, slots=True)
class EventView:
    title: str
    url: str
    date: dt.date | None
    venue: str | None
    event_url: str | None
    source_url: str | None
    source: str
    hashtags: tuple[str, ...]
    tags: tuple[TagRef, ...]
    talks: tuple[TalkView, ...]
    notes_html: NotesHTML
    language: str = "ja"
    event_page: Embed | None = None  # a link card for the event's own page (connpass and the like)
    draft: bool = False  # a draft note shown by `serve` or `build --drafts`: the theme marks it
    credits: tuple[CreditView, ...] = ()  # the notes it comes from


@dataclass(frozen=True, slots=True)
class YearGroup:
    year: int | None
    events: tuple[EventView, ...]
    url: str | None = None  # the year's own page


@dataclass(frozen=True, slots=True)
class YearLink:
    """A year in the year navigation: only what a link shows, so a page listing years does not
    change (and serve need not render it again) when an event's details do."""

    year: int
    url: str
    count: int  # events that year


@dataclass(frozen=True, slots=True)
class Counts:
    events: int
    talks: int
    speakers: int
    tags: int


class Views:
    """Builds the template views once per object.

    `partial(name, macro)` gives a macro from the theme's partials (the lookup
    order applies), used for embeds and the table of contents.
    """

    def __init__(self, config: SiteConfig, index: SiteIndex, urls: Urls, t: Callable,
                 partial: Callable[[str, str], Callable], reuse: dict | None = None):
        """`reuse` (serve keeps one): event slug -> what the last Views made for it; an event whose
        entry and tag and speaker refs are unchanged keeps its view objects, so comparing its pages'
        inputs is an identity check. `made` lists the events whose views were made anew."""
        self.config, self.index, self.urls, self.t = config, index, urls, t
        self.partial = partial
        self.markdown = MarkdownRenderer(config.markdown)
        self.content_dir = config.content_dir.resolve()
        self.assets: dict[str, Path] = {}
        self.diagnostics: list[Diagnostic] = []
        # event slug -> {which of its notes: (warnings, images)}, as rendering finds them (see _replay)
        self.reports: dict[str, dict[int, tuple[tuple[Diagnostic, ...], dict[str, Path]]]] = {}
        self._notes_made: dict[str, int] = {}  # event slug -> how many NotesHTML it has (numbers their places)
        self.tags = {t.slug: TagRef(t.name, urls.url(t.path), len(t.event_slugs), urls.url(t.path + "feed.xml"))
                     for t in index.tags}
        self.speakers = {s.slug: SpeakerRef(s.name, urls.url(s.path), s.handle, s.affiliation, len(s.talks))
                         for s in index.speakers}
        self.notes: list[NotesHTML] = []  # every note's HTML, in the order of index.events
        self.event_notes: dict[str, list[NotesHTML]] = {}  # event slug -> its own and its talks' note HTML
        self.events: dict[str, EventView] = {}
        self.talks: dict[tuple[str, str], TalkView] = {}
        self._replayed: set[tuple] = set()  # note keys whose warnings and images this Views has
        self.made: set[str] = set()  # events whose views were made here, not kept from `reuse`
        for entry in index.events:
            key = (entry, tuple(self.tags[s] for s in entry.tag_slugs),
                   tuple(tuple(self.speakers[s] for s in t.speaker_slugs) for t in entry.talks))
            kept = reuse.get(entry.slug) if reuse is not None else None
            if kept is not None and kept[0] == key:
                _, view, talks, notes = kept
                for lazy in notes:
                    lazy.owner = self
                self.events[entry.slug] = view
                self.talks.update(talks)
                self.notes.extend(notes)
                self.event_notes[entry.slug] = notes
                continue
            first, talk_keys = len(self.notes), len(self.talks)
            self.made.add(entry.slug)
            self.events[entry.slug] = self._event(entry)
            self.event_notes[entry.slug] = self.notes[first:]
            if reuse is not None:
                talks = dict(itertools.islice(self.talks.items(), talk_keys, None))
                reuse[entry.slug] = (key, self.events[entry.slug], talks, self.event_notes[entry.slug])
        if reuse is not None:
            for gone in set(reuse) - set(self.events):
                del reuse[gone]

    # -- note HTML -----------------------------------------------------------------------------

    def _cached(self, key: tuple, render: Callable[[Views], Markup], event: str) -> NotesHTML:
        """The HTML for `key`, rendered on first use; its warnings and assets are replayed on every use."""
        number = self._notes_made.get(event, 0)
        self._notes_made[event] = number + 1
        lazy = NotesHTML(key, render, self, (event, number))
        self.notes.append(lazy)
        return lazy

    def _replay(self, lazy: NotesHTML) -> None:
        """Count a note's warnings and images once in this Views, however many pages show it; they are
        also filed under the note's event in `reports` (a build keeps them for the events whose pages
        it does not render next time)."""
        found = lazy._found
        if found is not None and lazy.key not in self._replayed:
            self.diagnostics.extend(found[0])
            self.assets.update(found[1])
            self._replayed.add(lazy.key)
            self.reports.setdefault(lazy.place[0], {})[lazy.place[1]] = (tuple(found[0]), dict(found[1]))

    def restart_reports(self) -> None:
        """Gather warnings and images afresh: for each render task (parallel.run_render_task)."""
        self.diagnostics, self.assets, self._replayed, self.reports = [], {}, set(), {}

    def _render_note(self, render: Callable[[], Markup]) -> tuple[Markup, tuple]:
        """(the HTML, (its warnings, its images)), gathered apart from what other notes found."""
        outer = self.diagnostics, self.assets
        self.diagnostics, self.assets = [], {}
        try:
            html = render()
            return html, (tuple(self.diagnostics), self.assets)
        finally:
            self.diagnostics, self.assets = outer

    def finish(self, notes: Iterable[NotesHTML] | None = None) -> None:
        """Render every note not rendered yet (a theme may not show them all), so that every
        warning is reported and every image the notes use is copied."""
        for lazy in self.notes if notes is None else notes:
            if lazy.rendered:
                self._replay(lazy)  # rendered earlier: they still count
            else:
                lazy.__html__()

    def _credited(self, notes, keep_links: frozenset[str], toc: Callable | None,
                  credits: dict[str, CreditView]) -> Markup:
        """Notes from several sources, each under a heading naming the note (title, author, link)."""
        if len(notes) <= 1:
            only = notes[0] if notes else None
            return self._notes(only.body, only.source, only.line, keep_links=keep_links, toc=toc) if only else Markup("")
        parts = []
        ids: set[str] = set(RESERVED_IDS)
        for note in notes:
            html = self._notes(note.body, note.source, note.line, heading_top=4, ids=ids, keep_links=keep_links,
                               toc=toc)
            if not html:
                continue
            credit = credits.get(note.source) or CreditView(self.t("untitled_note"), self.config.author or None,
                                                            note.source_url if _is_web_url(note.source_url) else None)
            label = Markup("{}{}").format(credit.title, f" ({credit.author})" if credit.author else "")
            link = Markup('<a href="{}">{}</a>').format(credit.url, label) if credit.url else label
            parts.append(Markup('<section class="note-source"><h3>{} {}</h3>\n{}</section>').format(
                self.t("notes_from"), link, html))
        return Markup("\n").join(parts)

    def _notes(self, text: str, source: str, line: int | None, heading_top: int = 3, ids: set[str] | None = None,
               keep_links: frozenset[str] = frozenset(), toc: Callable | None = None) -> Markup:
        if not text.strip():
            return Markup("")
        content_dir = self.content_dir
        note_dir = posixpath.dirname(source)

        def resolve(tag: str, url: str) -> str | None:
            target = unquote(url.split("#")[0].split("?")[0])  # the Markdown engine percent-encodes links
            rel = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(note_dir, target))
            if rel.startswith("..") or not rel or rel == ".":
                return None
            file = (content_dir / rel).resolve()
            if not file.is_file() or content_dir not in file.parents or file.suffix.lower() in NOTE_SUFFIXES:
                return None
            out = f"media/{rel}"
            self.assets[out] = file
            return self.urls.url(out)

        rendered = self.markdown.render(text, resolve, heading_top=heading_top,
                                        heading_ids=ids if ids is not None else set(RESERVED_IDS))
        for missing in rendered.dropped:
            self.diagnostics.append(Diagnostic(
                "warning", f"'{unquote(missing)}' is not a file in the content folder; the link or image is left out",
                source, _line_in_note(content_dir, source, missing, line)))
        html = rendered.html
        if self.config.embeds != "off":
            html = replace_standalone_links(html, lambda url: self._inline_embed(url, keep_links))
        if rendered.has_toc:
            html = fill_toc(html, str(toc(rendered.headings) if toc else
                                      self.partial("partials/_toc.html", "toc")(rendered.headings, ())))
        return Markup(html)

    def _inline_embed(self, url: str, keep_links: frozenset[str]) -> str | None:
        """A player or link card for a bare slides or video URL in the notes (not for one the page already shows)."""
        embed = embed_for(url)
        if embed is None or url in keep_links:
            return None
        return str(self.partial("partials/_embed.html", "embed")(embed))

    # -- events and talks ------------------------------------------------------------------------

    def _credits(self, event) -> dict[str, CreditView]:
        """note path -> how pages credit it. A note that names no author gets the site's."""
        made = {}
        for c in event.credits or (Credit(event.source, event.title, None, event.source_url),):
            url = c.url if _is_web_url(c.url) else None  # the normalizer checks too
            made[c.source] = CreditView(c.title, c.author or self.config.author or None, url)
        return made

    def _event(self, entry: EventEntry) -> EventView:
        e = entry.event
        ref = EventRef(e.title, self.urls.url(entry.path), e.date)
        credits = self._credits(e)
        talks = tuple(self._talk(t, ref, e.source, credits) for t in entry.talks)

        def notes_html_of(views: Views) -> Markup:
            def toc(headings):
                return views.partial("partials/_toc.html", "toc")(headings, talks)

            if e.notes:
                return views._credited(e.notes, frozenset(), toc, credits)
            return views._notes(e.body, e.source, None, toc=toc)

        key = ("event", e.notes, e.body, e.source, tuple((t.title, t.url) for t in talks), tuple(credits.items()))
        notes_html = self._cached(key, notes_html_of, entry.slug)
        card = embed_for(e.url)
        return EventView(
            title=e.title, url=ref.url, date=e.date, venue=e.venue, event_url=e.url, source_url=e.source_url,
            source=e.source, hashtags=e.hashtags, tags=tuple(self.tags[s] for s in entry.tag_slugs), talks=talks,
            notes_html=notes_html, language=text_language(e.title + e.body[:400], self.config.language),
            event_page=card if card and card.player is None else None, draft=e.draft,
            credits=tuple(credits[s] for s in (e.sources or (e.source,)) if s in credits))

    def _talk(self, entry: TalkEntry, event: EventRef, source: str, credits: dict[str, CreditView]) -> TalkView:
        t = entry.talk
        shown = frozenset(u for u in (t.slides, t.video) if u)
        from_notes = tuple(dict.fromkeys(n.source for n in t.notes)) or (source,)
        notes = self._cached(("talk", t.notes, t.body, source, t.line, shown,
                              tuple((s, credits.get(s)) for s in from_notes) if t.notes else None),
                             lambda views: views._credited(t.notes, shown, None, credits) if t.notes
                             else views._notes(t.body, source, t.line, keep_links=shown), entry.event_slug)
        embeds_on = self.config.embeds != "off"
        view = TalkView(
            title=t.title, url=self.urls.url(entry.path),
            speakers=tuple(self.speakers[s] for s in dict.fromkeys(entry.speaker_slugs)),
            slides=t.slides, video=t.video, room=t.room, kind=t.kind,
            notes_html=notes, event=event, position=entry.position,
            slides_embed=embed_for(t.slides) if embeds_on else None,
            video_embed=embed_for(t.video) if embeds_on else None,
            language=text_language(t.title + " " + t.body[:400], self.config.language),
            credits=tuple(credits[s] for s in from_notes if s in credits))
        self.talks[(entry.event_slug, entry.slug)] = view
        return view
