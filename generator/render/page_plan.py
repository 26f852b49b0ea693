"""The page plan: every HTML page of the site, which template renders it and with what.

Long lists are split into pages of `page_size` items: the first page keeps the
list's own URL, later ones live under `page/<n>/` below it
(`/events/page/2/`, `/tags/aws/page/3/`). Years get their own pages
(`/events/2019/`); the index reserves those slugs so no event can take them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Sequence, TypeVar

from ..core.config import SiteConfig
from ..index.site_index import SiteIndex
from ..index.reading_order import OTHER
from .urls import Urls
from .views import Counts, EventView, Views, YearGroup, YearLink

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page:
    path: str  # site path; the file is output_file(path)
    template: str
    title: str
    kind: str
    context: dict = field(default_factory=dict)
    description: str = ""
    search: bool = False  # indexed by Pagefind (talks and events: what readers search for)
    event: str = ""  # the event slug of an event or talk page: the pages that show its notes
    # the events (slugs) whose views the context holds: the page changes when one of their views does
    deps: frozenset[str] = frozenset()
    # makes `context` again from the plan's Views, after an event's views were replaced (invalidation.patch_plan)
    remake: Callable[[], dict] | None = field(default=None, compare=False, repr=False)


def _page(path: str, template: str, title: str, kind: str, make: Callable[[], dict], deps, **more) -> Page:
    """A page whose context `make` gives (and gives again when the views of `deps` are replaced)."""
    return Page(path, template, title, kind, make(), deps=frozenset(deps), remake=make, **more)


def _events_context(views: Views, slugs: tuple[str, ...], key: str, **more) -> dict:
    return {key: [views.events[s] for s in slugs], **more}


def _groups_context(views: Views, urls: Urls, slugs: tuple[str, ...], **more) -> dict:
    return {"groups": _year_groups([views.events[s] for s in slugs], urls), **more}


def _event_context(views: Views, slug: str) -> dict:
    return {"event": views.events[slug]}


def _talk_context(views: Views, slug: str, i: int) -> dict:
    view = views.events[slug]
    return {"talk": view.talks[i], "event": view, "prev": view.talks[i - 1] if i > 0 else None,
            "next": view.talks[i + 1] if i + 1 < len(view.talks) else None}


def _talks_context(views: Views, keys: tuple[tuple[str, str], ...], **more) -> dict:
    return {"talks": [views.talks[k] for k in keys], **more}


@dataclass(frozen=True, slots=True)
class IndexSection:
    """One heading of the speaker or tag index (a kana row, a letter, or the others) and what is under it."""

    label: str
    id: str  # the heading's id, for the index's jump links
    items: tuple


def index_sections(items: Sequence, sections: Sequence[str], t: Callable) -> tuple[IndexSection, ...]:
    """`items` (in reading order) under their `sections` (reading.section of each, in the same order)."""
    groups: dict[str, list] = {}
    for item, sec in zip(items, sections):
        groups.setdefault(sec, []).append(item)
    return tuple(IndexSection(t("index_other") if sec == OTHER else sec, f"index-{n}", tuple(members))
                 for n, (sec, members) in enumerate(groups.items(), start=1))


@dataclass(frozen=True, slots=True)
class PageLink:
    number: int
    url: str


@dataclass(frozen=True, slots=True)
class Pagination:
    number: int  # 1-based
    total: int
    items_total: int
    prev_url: str | None
    next_url: str | None
    pages: tuple[PageLink, ...]

    @property
    def is_paged(self) -> bool:
        return self.total > 1


def paginate(items: Sequence[T], path: str, size: int, urls: Urls) -> list[tuple[str, Sequence[T], Pagination]]:
    """Split `items` listed at `path` into (page path, items on it, Pagination); always at least one page."""
    chunks = [items[i:i + size] for i in range(0, len(items), size)] or [items[:0]]
    paths = [path] + [f"{path}page/{n}/" for n in range(2, len(chunks) + 1)]
    links = tuple(PageLink(n, urls.url(p)) for n, p in enumerate(paths, start=1))
    result = []
    for i, chunk in enumerate(chunks):
        result.append((paths[i], chunk, Pagination(
            number=i + 1, total=len(chunks), items_total=len(items),
            prev_url=links[i - 1].url if i > 0 else None,
            next_url=links[i + 1].url if i + 1 < len(chunks) else None, pages=links)))
    return result


def _page_title(title: str, pagination: Pagination, t: Callable) -> str:
    return title if pagination.number == 1 else f"{title} ({t('page_n', n=pagination.number)})"


def _year_groups(events: Sequence[EventView], urls: Urls) -> list[YearGroup]:
    groups: dict[int | None, list[EventView]] = {}
    for view in events:  # already newest first, undated last
        groups.setdefault(view.date.year if view.date else None, []).append(view)
    return [YearGroup(y, tuple(v), urls.url(f"events/{y}/") if y is not None else None) for y, v in groups.items()]


def plan_pages(config: SiteConfig, index: SiteIndex, views: Views, urls: Urls, t: Callable) -> list[Page]:
    """Every page of the site, in a stable order. `t` gives UI strings."""
    size = config.page_size
    slugs = tuple(e.slug for e in index.events)
    events = [views.events[s] for s in slugs]
    all_years = _year_groups(events, urls)
    dated_years = [g for g in all_years if g.year is not None]
    year_links = tuple(YearLink(g.year, g.url, len(g.events)) for g in dated_years)
    recent = slugs[: config.recent_events]
    pages: list[Page] = [_page("", "home.html", config.title, "home", partial(
        _events_context, views, recent, "recent_events",
        years=year_links,
        tags=sorted(views.tags.values(), key=lambda t: (-t.count, t.name.casefold()))[:30],
        speakers=sorted(views.speakers.values(), key=lambda s: (-s.count, s.name.casefold()))[:30],
        counts=Counts(len(events), index.talk_count, len(index.speakers), len(index.tags)),
    ), recent, description=config.description)]

    for path, chunk, pagination in paginate(slugs, "events/", size, urls):
        pages.append(_page(path, "events.html", _page_title(t("events"), pagination, t), "events", partial(
            _groups_context, views, urls, chunk, years=year_links, pagination=pagination), chunk))
    year_of = {s: v.date.year for s, v in zip(slugs, events) if v.date}
    for group in dated_years:
        in_year = tuple(s for s in slugs if year_of.get(s) == group.year)
        for path, chunk, pagination in paginate(in_year, f"events/{group.year}/", size, urls):
            pages.append(_page(path, "year.html", _page_title(str(group.year), pagination, t), "year", partial(
                _events_context, views, chunk, "events", year=group.year, years=year_links, pagination=pagination),
                chunk, description=f"{config.title}: {group.year}"))

    for entry in index.events:
        view = views.events[entry.slug]
        deps = (entry.slug,)
        pages.append(_page(entry.path, "event.html", view.title, "event", partial(_event_context, views, entry.slug),
                           deps, description=_describe_event(view), search=True, event=entry.slug))
        for i, talk in enumerate(view.talks):
            pages.append(_page(entry.talks[i].path, "talk.html", talk.title, "talk",
                               partial(_talk_context, views, entry.slug, i), deps,
                               description=_describe_talk(view, talk), search=True, event=entry.slug))

    tag_refs = [views.tags[tag.slug] for tag in index.tags]
    pages.append(Page("tags/", "tags.html", t("tags"), "tags", {
        "tags": tag_refs, "sections": index_sections(tag_refs, [tag.section for tag in index.tags], t)}))
    for tag in index.tags:
        for path, chunk, pagination in paginate(tuple(tag.event_slugs), tag.path, size, urls):
            pages.append(_page(path, "tag.html", _page_title(tag.name, pagination, t), "tag", partial(
                _events_context, views, chunk, "events", tag=views.tags[tag.slug], pagination=pagination), chunk))

    speakers = [views.speakers[s.slug] for s in index.speakers]
    section_of = {s.slug: s.section for s in index.speakers}
    for path, chunk, pagination in paginate(list(zip(index.speakers, speakers)), "speakers/", size, urls):
        pages.append(Page(path, "speakers.html", _page_title(t("speakers"), pagination, t), "speakers", {
            "speakers": [ref for _, ref in chunk], "pagination": pagination,
            "sections": index_sections([ref for _, ref in chunk], [section_of[e.slug] for e, _ in chunk], t)}))
    for sp in index.speakers:
        for path, chunk, pagination in paginate(tuple(sp.talks), sp.path, size, urls):
            pages.append(_page(path, "speaker.html", _page_title(sp.name, pagination, t), "speaker", partial(
                _talks_context, views, chunk, speaker=views.speakers[sp.slug], pagination=pagination),
                (event for event, _ in chunk)))

    pages.append(Page("search/", "search.html", t("search"), "search", {}))
    pages.append(Page("404.html", "404.html", t("not_found_title"), "404", {}))
    return pages


def _describe_event(view: EventView) -> str:
    parts = [view.title]
    if view.date:
        parts.append(view.date.isoformat())
    if view.venue:
        parts.append(view.venue)
    if view.talks:
        parts.append(", ".join(t.title for t in view.talks[:5]))
    return " / ".join(parts)[:300]


def _describe_talk(event: EventView, talk) -> str:
    names = ", ".join(s.name for s in talk.speakers)
    return f"{talk.title}{' (' + names + ')' if names else ''} / {event.title}"[:300]
