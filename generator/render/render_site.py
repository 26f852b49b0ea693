"""Render stage: SiteIndex -> every output file as a string. Nothing is written here.

Views (render/views.py) are built once; the page plan (render/page_plan.py) says which template
renders each page; the data files (feeds, sitemap, calendar, JSON) come from
their own modules. URLs all come from `Urls` (render/urls.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from jinja2 import Environment
from markupsafe import Markup

from ..core.config import SiteConfig
from ..outputs.feeds import atom_feed, feed_sources, newest_dated
from ..outputs.ical import CALENDAR_END, calendar_head, vevent_text
from ..index.site_index import SiteIndex
from ..outputs.jsonld import event_jsonld, speakers_by_slug, talk_jsonld
from ..outputs.jsontext import indented_json
from .note_html import MarkdownRenderer
from ..core.model import Diagnostic
from .page_plan import Page, plan_pages
from ..index.published_urls import Move, alias_conflicts, redirect_moves
from ..outputs.sitemap import robots_txt, sitemap_files
from .themes import Theme, get_template, make_environment, precompile, static_files
from .urls import Urls, output_file
from .views import SiteView, Views

__all__ = ["Urls", "output_file", "render_site", "render_plan", "Rendered", "PageMeta", "SitePlan", "PlannedPage"]


@dataclass(frozen=True, slots=True)
class PageMeta:
    url: str
    title: str
    kind: str
    canonical: str
    description: str = ""
    jsonld: Markup = Markup("")  # schema.org data, already safe inside <script>
    search: bool = False  # the page's main content is indexed for search


@dataclass(frozen=True)
class Rendered:
    files: dict[str, str]  # output-relative file -> text (pages, feeds, sitemap, calendar, JSON)
    assets: dict[str, Path]  # output-relative file -> source file (note images and the theme's static files)
    diagnostics: tuple[Diagnostic, ...]
    pages: int  # how many of `files` are HTML pages
    search_pages: tuple[str, ...] = ()  # output files worth indexing for search


def api_record_json(entry, urls: Urls) -> str:
    """One event's record in /api/events.json: its normalized record (the `inspect --json` schema), with
    each page's URL added, indented as in the array."""
    record = entry.event.to_json()
    record["page"] = urls.absolute(entry.path)
    for talk_record, talk in zip(record["talks"], entry.talks):
        talk_record["page"] = urls.absolute(talk.path)
    return " " + indented_json(record, level=1)


def json_array(records: list[str]) -> str:
    """The records (api_record_json) as json.dumps(records, indent=1) writes the array."""
    return ("[\n" + ",\n".join(records) + "\n]" if records else "[]") + "\n"


def api_events_json(index: SiteIndex, urls: Urls) -> str:
    """/api/events.json: every event's record (api_record_json)."""
    return json_array([api_record_json(entry, urls) for entry in index.events])


@dataclass
class Kept:
    """What a process that plans again and again (serve) keeps from one plan to the next, so a new
    plan makes again only what changed: each event's views (views.Views) and the parts of the data
    files (one event's JSON record or VEVENT, one feed), each with what it was made from. Compared by
    equality, never by hash."""

    views: dict = field(default_factory=dict)  # event slug -> what Views made for it
    data: dict = field(default_factory=dict)  # (kind, key) -> (what the part is made from, its text)


def site_environment(config: SiteConfig, theme: Theme, urls: Urls) -> Environment:
    """The theme's Jinja environment with the site's globals, set before any template loads (a
    template keeps a copy of the globals it loaded with; see jinja_tuning.TunedEnvironment.make_globals)."""
    env = make_environment(theme, config.language)
    env.globals.update({
        "site": SiteView(config.title, config.description, config.language, config.base_url, config.author),
        "home_url": urls.url(""), "events_url": urls.url("events/"), "tags_url": urls.url("tags/"),
        "speakers_url": urls.url("speakers/"), "search_url": urls.url("search/"),
        "feed_url": urls.url("feed.xml"), "calendar_url": urls.url("events.ics"),
        "api_url": urls.url("api/events.json"), "pagefind_url": urls.url("pagefind/"),
        "search_enabled": config.search, "embed_mode": config.embeds,
        "static_url": lambda name: urls.url(f"static/{name}"),
    })
    return env


def warm_up(env: Environment, config: SiteConfig) -> None:
    """Compile the theme's templates and load the Markdown engine and the sanitizer in this process.

    A build calls it while its read workers normalize notes (this process waits then), so the
    render workers forked later inherit all of it instead of each making its own: once per worker,
    and again for each fresh worker that replaces a recycled one (parallel.RECYCLE_AFTER).
    """
    precompile(env)
    MarkdownRenderer(config.markdown).render("*talkarchive* <b>warm-up</b> [x](https://example.org/)")


@dataclass(frozen=True, slots=True)
class PlannedPage:
    page: Page
    meta: PageMeta
    out: str  # the output file


class SitePlan:
    """Everything needed to render the site, prepared once before any page is rendered.

    Building it is cheap (note HTML is rendered lazily), so a build can prepare it and
    then fork workers that each render a share of `pages` (engine/parallel.py).
    """

    def __init__(self, config: SiteConfig, index: SiteIndex, theme: Theme, *, env: Environment | None = None,
                 urls: Urls | None = None, kept: Kept | None = None, moves: tuple[Move, ...] = ()):
        """`env` and `urls`: made already by the caller (a build makes them before reading, see
        warm_up; serve keeps them for its session), else made here. `kept`: what the last plan made
        (serve's; see Kept). `moves`: old URLs of pages (see index/published_urls.py), each written as a redirect
        page unless a page of the site holds it."""
        self.config, self.index, self.kept = config, index, kept
        if env is None or urls is None:
            urls = Urls(config)
            env = site_environment(config, theme, urls)
        self.urls, self.env = urls, env
        self.statics = static_files(theme)
        t = env.globals["t"]
        self.views = Views(config, index, urls, t, self._partial, kept.views if kept is not None else None)
        self.pages = [
            PlannedPage(page, PageMeta(url=urls.url(page.path), title=page.title, kind=page.kind,
                                       canonical=urls.absolute(page.path), description=page.description,
                                       search=page.search and config.search),
                        output_file(page.path))
            for page in plan_pages(config, index, self.views, urls, t)]
        # JSON-LD is made when its page is rendered: kept for every page, it would be much of a large site's memory
        self._speakers = speakers_by_slug(index)
        self._schema_of: dict[str, tuple] = {}
        for entry in index.events:
            self.replace_schema(entry)
        self._templates: dict[str, Any] = {}
        live = {p.page.path for p in self.pages}
        self.redirects = redirect_moves(moves, live)
        self.diagnostics = alias_conflicts(moves, live)  # findings of planning (the notes' own come when rendered)

    def pages_showing(self, events: set[str] | frozenset[str]) -> list[int]:
        """Indexes into `pages` of the pages that show a view of one of `events` (slugs), as they declare (Page.deps)."""
        return [i for i, planned in enumerate(self.pages) if not planned.page.deps.isdisjoint(events)]

    def replace_schema(self, entry) -> None:
        """Make the JSON-LD of an event's pages from `entry` (patched in: invalidation.patch_plan)."""
        self._schema_of[entry.path] = (entry, None)
        for talk in entry.talks:
            self._schema_of[talk.path] = (entry, talk)

    def _partial(self, template: str, macro: str):
        return getattr(get_template(self.env, template).module, macro)

    def _jsonld_inputs(self, path: str) -> tuple:
        """(event entry, talk entry or None, what the page's JSON-LD is made from); entry None: no JSON-LD."""
        entry, talk = self._schema_of.get(path, (None, None))
        if entry is None:
            return None, None, None
        talks = entry.talks if talk is None else (talk,)
        people = tuple((p.name, p.path) if p else None for p in (self._speakers.get(s) for t in talks for s in t.speaker_slugs))
        return entry, talk, (entry, talk, people)  # of a speaker, JSON-LD shows only the name and page

    def _jsonld(self, path: str) -> Markup:
        entry, talk, _ = self._jsonld_inputs(path)
        if entry is None:
            return Markup("")
        if talk is None:
            return Markup(event_jsonld(self.config, self.urls, entry, self._speakers))
        return Markup(talk_jsonld(self.config, self.urls, entry, talk, self._speakers))

    def render(self, planned: PlannedPage) -> str:
        """One page's HTML."""
        page = planned.page
        template = self._templates.get(page.template)
        if template is None:
            template = self._templates[page.template] = get_template(self.env, page.template)
        return _render(template, page, self._meta(planned))

    def _meta(self, planned: PlannedPage) -> PageMeta:
        if planned.page.path in self._schema_of:
            return replace(planned.meta, jsonld=self._jsonld(planned.page.path))
        return planned.meta

    def page_inputs(self, planned: PlannedPage) -> tuple:
        """What a page's HTML is made from, as a comparable value: a page whose inputs equal those of
        the page a previous plan wrote to the same file renders the same bytes (engine/invalidation.py). The
        inputs name what the page's JSON-LD is made from rather than the JSON-LD itself."""
        page = planned.page
        schema = self._jsonld_inputs(page.path)[2] if page.path in self._schema_of else None
        return (page.template, page.title, page.kind, planned.meta, page.context, schema)

    def data_files(self) -> dict[str, str]:
        """Feeds, sitemap, robots.txt, the calendar and the JSON API: everything but the pages."""
        config, index, urls = self.config, self.index, self.urls
        used: set = set()
        part = self._part_maker(used)
        files = {}
        tag_names = {t.slug: t.name for t in index.tags}
        shown_tags = tuple(sorted(tag_names.items()))
        for path, entries, title, alternate in feed_sources(config, index):
            shown = (tuple(newest_dated(entries, config.feed_size)), title, shown_tags)
            files[path] = part(("feed", path), shown, lambda: atom_feed(
                config, urls, entries, feed_path=path, title=title, alternate_path=alternate, tag_names=tag_names,
                limit=config.feed_size))
        files.update(sitemap_files(urls, [p.page.path for p in self.pages]))
        files["robots.txt"] = robots_txt(urls)
        files["events.ics"] = calendar_head(config) + "".join(
            part(("ical", e.slug), e, lambda: vevent_text(config, urls, e)) for e in index.events if e.event.date
        ) + CALENDAR_END
        files["api/events.json"] = json_array([part(("api", e.slug), e, lambda: api_record_json(e, urls))
                                               for e in index.events])
        files.update(self._redirect_files(files))
        if self.kept is not None:
            for gone in self.kept.data.keys() - used:
                del self.kept.data[gone]
        return files

    def _part_maker(self, used: set) -> Callable[[tuple, Any, Callable[[], str]], str]:
        """part(key, inputs, make): the text `make` gives, or the one the last plan made from equal inputs (Kept)."""
        kept = self.kept.data if self.kept is not None else None

        def part(key: tuple, inputs, make: Callable[[], str]) -> str:
            if kept is None:
                return make()
            used.add(key)
            before = kept.get(key)
            if before is not None and before[0] == inputs:
                return before[1]
            text = make()
            kept[key] = (inputs, text)
            return text

        return part

    def _redirect_files(self, taken: dict[str, str]) -> dict[str, str]:
        """A small page at each old URL: canonical link, noindex, an immediate refresh and a visible link.
        Not pages of the plan, so no sitemap, feed, search index or list ever names them."""
        if not self.redirects:
            return {}
        taken = set(taken) | {p.out for p in self.pages} | {f"static/{n}" for n in self.statics}
        template = get_template(self.env, "redirect.html")
        files = {}
        for move in self.redirects:
            out = output_file(move.path)
            folders = {out.rsplit("/", n)[0] for n in range(1, out.count("/") + 1)}
            if out in taken or folders & taken:
                continue  # a file of the site is there (or where its folder would be)
            try:
                files[out] = template.render(title=move.title, target=self.urls.url(move.target),
                                             canonical=self.urls.absolute(move.target))
            except Exception as exc:  # noqa: BLE001 (a site's own redirect.html may fail in any way)
                from ..core.errors import ThemeError

                raise ThemeError(f"template failed while rendering the redirect at {move.path}: "
                                 f"{type(exc).__name__}: {exc}", path=template.filename,
                                 line=_template_line(exc, template.filename)) from None
        return files

    def assets(self) -> dict[str, Path]:
        """Note images (known once the notes are rendered) and the theme's static files."""
        assets = dict(self.views.assets)
        for name, path in self.statics.items():
            assets[f"static/{name}"] = path
        return assets

    @property
    def search_pages(self) -> tuple[str, ...]:
        return tuple(p.out for p in self.pages if p.meta.search)


def render_site(config: SiteConfig, index: SiteIndex, theme: Theme) -> Rendered:
    """Every file of the site, rendered in this process (kept in memory: for tests and small sites)."""
    return render_plan(SitePlan(config, index, theme))


def render_plan(plan: SitePlan) -> Rendered:
    """Every file a plan makes, rendered in this process."""
    return finish_plan(plan, {planned.out: plan.render(planned) for planned in plan.pages})


def finish_plan(plan: SitePlan, files: dict[str, str]) -> Rendered:
    """The plan's rendered pages (`files`) completed: every note's warnings and images, and the data files."""
    plan.views.finish()
    page_count = len(files)
    files.update(plan.data_files())
    return Rendered(files=files, assets=plan.assets(), diagnostics=tuple(plan.views.diagnostics),
                    pages=page_count, search_pages=plan.search_pages)


def _render(template, page: Page, meta: PageMeta) -> str:
    import jinja2

    from ..core.errors import ThemeError

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
