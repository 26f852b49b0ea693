"""Render stage: SiteIndex -> page plan -> HTML strings. Nothing is written here.

The views handed to templates are frozen dataclasses (the theme contract is in
themes/README.md). Every URL is made by `Urls`, which honours `base_url`:
links are root-relative with the base path (`/archive/events/x/`), so a page
works at any depth (404.html included); canonical URLs are absolute when
base_url is.
"""
from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from .config import SiteConfig
from .index import EventEntry, SiteIndex, TalkEntry
from .markup import MarkdownRenderer
from .model import Diagnostic
from .sources import NOTE_SUFFIXES
from .themes import Theme, get_template, make_environment, static_files


class Urls:
    def __init__(self, config: SiteConfig):
        self.base_path = config.base_path
        self.absolute_base = config.absolute_base

    def url(self, path: str) -> str:
        """Site path ('events/x/', 'static/style.css', '') -> link honouring base_url."""
        return self.base_path + quote(path, safe="/#?=&")

    def absolute(self, path: str) -> str:
        if self.absolute_base:
            return self.absolute_base + quote(path, safe="/#?=&")
        return self.url(path)


def output_file(path: str) -> str:
    """Site path -> file under the output folder: 'events/x/' -> 'events/x/index.html'."""
    return path + "index.html" if path == "" or path.endswith("/") else path


@dataclass(frozen=True)
class SiteView:
    title: str
    description: str
    language: str
    base_url: str
    author: str


@dataclass(frozen=True)
class PageMeta:
    url: str
    title: str
    kind: str
    canonical: str
    description: str = ""


@dataclass(frozen=True)
class TagRef:
    name: str
    url: str
    count: int


@dataclass(frozen=True)
class SpeakerRef:
    name: str
    url: str
    handle: str | None
    affiliation: str | None
    count: int


@dataclass(frozen=True)
class EventRef:
    title: str
    url: str
    date: dt.date | None


@dataclass(frozen=True)
class TalkView:
    title: str
    url: str
    speakers: tuple[SpeakerRef, ...]
    slides: str | None
    video: str | None
    room: str | None
    kind: str
    notes_html: Markup
    event: EventRef
    position: int


@dataclass(frozen=True)
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
    notes_html: Markup


@dataclass(frozen=True)
class YearGroup:
    year: int | None
    events: tuple[EventView, ...]


@dataclass(frozen=True)
class Counts:
    events: int
    talks: int
    speakers: int
    tags: int


@dataclass(frozen=True)
class Page:
    path: str  # site path; the file is output_file(path)
    template: str
    title: str
    kind: str
    context: dict = field(default_factory=dict)
    description: str = ""


@dataclass(frozen=True)
class Rendered:
    files: dict[str, str]  # output-relative file -> HTML
    assets: dict[str, Path]  # output-relative file -> source file (note images and the theme's static files)
    diagnostics: tuple[Diagnostic, ...]


class _Views:
    """Builds the template views once per object, so a talk on five pages is rendered once."""

    def __init__(self, config: SiteConfig, index: SiteIndex, urls: Urls, t):
        self.config, self.index, self.urls, self.t = config, index, urls, t
        self.markdown = MarkdownRenderer(config.markdown)
        self.assets: dict[str, Path] = {}
        self.diagnostics: list[Diagnostic] = []
        self.tags = {t.slug: TagRef(t.name, urls.url(t.path), len(t.event_slugs)) for t in index.tags}
        self.speakers = {s.slug: SpeakerRef(s.name, urls.url(s.path), s.handle, s.affiliation, len(s.talks))
                         for s in index.speakers}
        self.events: dict[str, EventView] = {}
        self.talks: dict[tuple[str, str], TalkView] = {}
        for entry in index.events:
            self.events[entry.slug] = self._event(entry)

    def _credited(self, notes, fallback_source: str) -> Markup:
        """Notes from several sources, each under a heading naming where it came from."""
        if len(notes) <= 1:
            only = notes[0] if notes else None
            return self._notes(only.body, only.source, only.line) if only else Markup("")
        parts = []
        for note in notes:
            html = self._notes(note.body, note.source, note.line, heading_top=4)
            if not html:
                continue
            label = note.source_url or posixpath.basename(note.source)
            link = Markup('<a href="{}">{}</a>').format(note.source_url, label) if note.source_url else label
            parts.append(Markup('<section class="note-source"><h3>{} {}</h3>\n{}</section>').format(
                self.t("notes_from"), link, html))
        return Markup("\n").join(parts)

    def _notes(self, text: str, source: str, line: int | None, heading_top: int = 3) -> Markup:
        if not text.strip():
            return Markup("")
        content_dir = self.config.content_dir.resolve()
        note_dir = posixpath.dirname(source)

        def resolve(tag: str, url: str) -> str | None:
            target = url.split("#")[0].split("?")[0]
            rel = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(note_dir, target))
            if rel.startswith("..") or not rel or rel == ".":
                return None
            file = (content_dir / rel).resolve()
            if not file.is_file() or content_dir not in file.parents or file.suffix.lower() in NOTE_SUFFIXES:
                return None
            out = f"media/{rel}"
            self.assets[out] = file
            return self.urls.url(out)

        rendered = self.markdown.render(text, resolve, heading_top=heading_top)
        for missing in rendered.dropped:
            self.diagnostics.append(Diagnostic(
                "warning", f"'{missing}' is not a file in the content folder; the link or image is left out",
                source, line))
        return Markup(rendered.html)

    def _event(self, entry: EventEntry) -> EventView:
        e = entry.event
        ref = EventRef(e.title, self.urls.url(entry.path), e.date)
        talks = tuple(self._talk(t, ref, e.source) for t in entry.talks)
        return EventView(
            title=e.title, url=ref.url, date=e.date, venue=e.venue, event_url=e.url, source_url=e.source_url,
            source=e.source, hashtags=e.hashtags, tags=tuple(self.tags[s] for s in entry.tag_slugs), talks=talks,
            notes_html=self._credited(e.notes, e.source) if e.notes else self._notes(e.body, e.source, None))

    def _talk(self, entry: TalkEntry, event: EventRef, source: str) -> TalkView:
        t = entry.talk
        view = TalkView(
            title=t.title, url=self.urls.url(entry.path),
            speakers=tuple(self.speakers[s] for s in dict.fromkeys(entry.speaker_slugs)),
            slides=t.slides, video=t.video, room=t.room, kind=t.kind,
            notes_html=self._credited(t.notes, source) if t.notes else self._notes(t.body, source, t.line),
            event=event, position=entry.position)
        self.talks[(entry.event_slug, entry.slug)] = view
        return view


def plan_pages(config: SiteConfig, index: SiteIndex, views: _Views, t) -> list[Page]:
    """Every page of the site: which template renders it and with what. `t` gives UI strings."""
    events = [views.events[e.slug] for e in index.events]
    pages: list[Page] = []
    pages.append(Page("", "home.html", config.title, "home", {
        "recent_events": events[: config.recent_events],
        "tags": sorted(views.tags.values(), key=lambda t: (-t.count, t.name.casefold()))[:30],
        "speakers": sorted(views.speakers.values(), key=lambda s: (-s.count, s.name.casefold()))[:30],
        "counts": Counts(len(events), index.talk_count, len(index.speakers), len(index.tags)),
    }, description=config.description))

    groups: dict[int | None, list[EventView]] = {}
    for view in events:  # already newest first, undated last
        groups.setdefault(view.date.year if view.date else None, []).append(view)
    pages.append(Page("events/", "events.html", t("events"), "events",
                      {"groups": [YearGroup(y, tuple(v)) for y, v in groups.items()]}))

    for entry in index.events:
        view = views.events[entry.slug]
        pages.append(Page(entry.path, "event.html", view.title, "event", {"event": view},
                          description=_describe_event(view)))
        for i, talk in enumerate(view.talks):
            pages.append(Page(entry.talks[i].path, "talk.html", talk.title, "talk", {
                "talk": talk, "event": view,
                "prev": view.talks[i - 1] if i > 0 else None,
                "next": view.talks[i + 1] if i + 1 < len(view.talks) else None,
            }, description=f"{view.title}: {talk.title}"))

    pages.append(Page("tags/", "tags.html", t("tags"), "tags",
                      {"tags": [views.tags[t.slug] for t in index.tags]}))
    for tag in index.tags:
        pages.append(Page(tag.path, "tag.html", tag.name, "tag",
                          {"tag": views.tags[tag.slug], "events": [views.events[s] for s in tag.event_slugs]}))
    pages.append(Page("speakers/", "speakers.html", t("speakers"), "speakers",
                      {"speakers": [views.speakers[s.slug] for s in index.speakers]}))
    for sp in index.speakers:
        pages.append(Page(sp.path, "speaker.html", sp.name, "speaker",
                          {"speaker": views.speakers[sp.slug], "talks": [views.talks[k] for k in sp.talks]}))
    pages.append(Page("404.html", "404.html", t("not_found_title"), "404", {}))
    return pages


def _describe_event(view: EventView) -> str:
    parts = [view.title]
    if view.date:
        parts.append(view.date.isoformat())
    if view.venue:
        parts.append(view.venue)
    return " / ".join(parts)


def render_site(config: SiteConfig, index: SiteIndex, theme: Theme) -> Rendered:
    urls = Urls(config)
    env = make_environment(theme, config.language)
    statics = static_files(theme)
    env.globals.update({
        "site": SiteView(config.title, config.description, config.language, config.base_url, config.author),
        "home_url": urls.url(""), "events_url": urls.url("events/"), "tags_url": urls.url("tags/"),
        "speakers_url": urls.url("speakers/"),
        "static_url": lambda name: urls.url(f"static/{name}"),
    })
    views = _Views(config, index, urls, env.globals["t"])
    files: dict[str, str] = {}
    templates: dict[str, Any] = {}
    for page in plan_pages(config, index, views, env.globals["t"]):
        template = templates.get(page.template) or templates.setdefault(page.template, get_template(env, page.template))
        meta = PageMeta(url=urls.url(page.path), title=page.title, kind=page.kind,
                        canonical=urls.absolute(page.path), description=page.description)
        files[output_file(page.path)] = _render(template, page, meta)
    assets = dict(views.assets)
    for name, path in statics.items():
        assets[f"static/{name}"] = path
    return Rendered(files=files, assets=assets, diagnostics=tuple(views.diagnostics))


def _render(template, page: Page, meta: PageMeta) -> str:
    import jinja2

    from .errors import ThemeError

    try:
        return template.render(page=meta, **page.context)
    except jinja2.TemplateNotFound as exc:
        searched = ", ".join(str(Path(d) / exc.name) for d in getattr(template.environment, "template_dirs", ()))
        raise ThemeError(f"template '{exc.name}' not found (needed by {Path(template.filename).name}); "
                         f"searched: {searched}", path=template.filename,
                         line=_template_line(exc, template.filename)) from None
    except jinja2.TemplateError as exc:
        raise ThemeError(f"template error while rendering {page.path or 'the home page'}: {exc}",
                         path=getattr(exc, "filename", None) or template.filename,
                         line=getattr(exc, "lineno", None)) from None
    except Exception as exc:  # a template calling a filter on the wrong thing, and the like
        line = _template_line(exc, template.filename)
        raise ThemeError(f"template failed while rendering {page.path or 'the home page'}: "
                         f"{type(exc).__name__}: {exc}", path=template.filename, line=line) from None


def _template_line(exc: BaseException, filename: str | None) -> int | None:
    """The template line the error happened on, from the traceback Jinja rewrote."""
    import traceback

    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename and frame.filename.endswith(".html"):
            return frame.lineno
    return None
