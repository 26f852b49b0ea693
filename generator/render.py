"""Render stage: SiteIndex -> every output file as a string. Nothing is written here.

Views (views.py) are built once; the page plan (pages.py) says which template
renders each page; the data files (feeds, sitemap, calendar, JSON) come from
their own modules. URLs all come from `Urls` (urls.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from .config import SiteConfig
from .feeds import site_feeds
from .ical import events_calendar
from .index import SiteIndex
from .jsonld import event_jsonld, speakers_by_slug, talk_jsonld
from .model import Diagnostic
from .pages import Page, plan_pages
from .sitemap import robots_txt, sitemap_files
from .themes import Theme, get_template, make_environment, static_files
from .urls import Urls, output_file
from .views import NotesCache, SiteView, Views

__all__ = ["Urls", "output_file", "render_site", "Rendered", "PageMeta"]


@dataclass(frozen=True)
class PageMeta:
    url: str
    title: str
    kind: str
    canonical: str
    description: str = ""
    jsonld: Markup = Markup("")  # schema.org data, already safe inside <script>
    search: bool = False  # the page's main content is indexed for search


@dataclass
class RenderCache:
    """What a previous render made, for serve: note HTML, and each page's HTML with the inputs it came from.

    A page is rendered again only when its inputs differ (compared by equality, not by hash, so a
    page is never wrongly reused). Valid for one config and theme; serve starts a new one when they change.
    """

    notes: NotesCache = field(default_factory=NotesCache)
    pages: dict = field(default_factory=dict)  # output file -> (inputs, html)
    env: Any = None  # the Jinja environment, so templates are compiled once per serve session


def _frozen(value):
    """A page's context as a comparable value (lists become tuples; the views are frozen dataclasses)."""
    if isinstance(value, dict):
        return tuple((k, _frozen(v)) for k, v in value.items())
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


@dataclass(frozen=True)
class Rendered:
    files: dict[str, str]  # output-relative file -> text (pages, feeds, sitemap, calendar, JSON)
    assets: dict[str, Path]  # output-relative file -> source file (note images and the theme's static files)
    diagnostics: tuple[Diagnostic, ...]
    pages: int  # how many of `files` are HTML pages
    search_pages: tuple[str, ...] = ()  # output files worth indexing for search


def _jsonld_by_path(config: SiteConfig, index: SiteIndex, urls: Urls) -> dict[str, str]:
    speakers = speakers_by_slug(index)
    data: dict[str, str] = {}
    for entry in index.events:
        data[entry.path] = event_jsonld(config, urls, entry, speakers)
        for talk in entry.talks:
            data[talk.path] = talk_jsonld(config, urls, entry, talk, speakers)
    return data


def api_events_json(index: SiteIndex, urls: Urls) -> str:
    """/api/events.json: the normalized records (the `inspect --json` schema), with each page's URL added."""
    records = []
    for entry in index.events:
        record = entry.event.to_json()
        record["page"] = urls.absolute(entry.path)
        for talk_record, talk in zip(record["talks"], entry.talks):
            talk_record["page"] = urls.absolute(talk.path)
        records.append(record)
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def render_site(config: SiteConfig, index: SiteIndex, theme: Theme, cache: RenderCache | None = None) -> Rendered:
    urls = Urls(config)
    env = cache.env if cache is not None and cache.env is not None else make_environment(theme, config.language)
    if cache is not None:
        cache.env = env
    statics = static_files(theme)
    env.globals.update({
        "site": SiteView(config.title, config.description, config.language, config.base_url, config.author),
        "home_url": urls.url(""), "events_url": urls.url("events/"), "tags_url": urls.url("tags/"),
        "speakers_url": urls.url("speakers/"), "search_url": urls.url("search/"),
        "feed_url": urls.url("feed.xml"), "calendar_url": urls.url("events.ics"),
        "api_url": urls.url("api/events.json"), "pagefind_url": urls.url("pagefind/"),
        "search_enabled": config.search, "embed_mode": config.embeds,
        "static_url": lambda name: urls.url(f"static/{name}"),
    })

    def partial(template: str, macro: str):
        return getattr(get_template(env, template).module, macro)

    t = env.globals["t"]
    views = Views(config, index, urls, t, partial, cache.notes if cache else None)
    jsonld = _jsonld_by_path(config, index, urls)
    files: dict[str, str] = {}
    templates: dict[str, Any] = {}
    page_paths: list[str] = []
    search_pages: list[str] = []
    for page in plan_pages(config, index, views, urls, t):
        template = templates.get(page.template) or templates.setdefault(page.template, get_template(env, page.template))
        meta = PageMeta(url=urls.url(page.path), title=page.title, kind=page.kind,
                        canonical=urls.absolute(page.path), description=page.description,
                        jsonld=Markup(jsonld.get(page.path, "")), search=page.search and config.search)
        out = output_file(page.path)
        if cache is None:
            files[out] = _render(template, page, meta)
        else:
            inputs = (page.template, page.title, page.kind, meta, _frozen(page.context))
            previous = cache.pages.get(out)
            if previous is not None and previous[0] == inputs:
                files[out] = previous[1]
            else:
                files[out] = _render(template, page, meta)
                cache.pages[out] = (inputs, files[out])
        page_paths.append(page.path)
        if meta.search:
            search_pages.append(output_file(page.path))
    page_count = len(files)
    if cache is not None:
        for gone in set(cache.pages) - set(files):
            del cache.pages[gone]

    files.update(site_feeds(config, index, urls, limit=config.feed_size))
    files.update(sitemap_files(urls, page_paths))
    files["robots.txt"] = robots_txt(urls)
    files["events.ics"] = events_calendar(config, index, urls)
    files["api/events.json"] = api_events_json(index, urls)

    assets = dict(views.assets)
    for name, path in statics.items():
        assets[f"static/{name}"] = path
    return Rendered(files=files, assets=assets, diagnostics=tuple(views.diagnostics), pages=page_count,
                    search_pages=tuple(search_pages))


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
