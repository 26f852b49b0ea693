"""build(): the stages in order, gathering everything before anything is written.

read -> normalize -> index -> render -> write. A note that cannot be read is
reported with its file and line and left out; the rest of the site builds.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib
import os
import time
from pathlib import Path
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable

from .cache import (BuildCache, LastBuild, NoteEntry, content_snapshot, file_stamp, folder_stamps, load_cache,
                    output_intact, unchanged_build)
from .config import SiteConfig
from .credits import note_credit
from .errors import BuildError, ContentError, StrictBuildFailed
from .listed_talks import unlisted_sections
from .model import Diagnostic, NormalizedNote
from . import reading
from .progress import ProgressBar
from .published import load_published, manual_aliases, published_digest, remember, save_published
from .sources import MAX_NOTE_BYTES, is_draft, iter_note_files, read_note
from .themes import load_theme
from .write import InPlaceUpdate, Staging, check_output_dir

if TYPE_CHECKING:
    from .parallel import Reports
    from .reuse import Reuse


PUBLISHED_KEY = "\0" + "published-urls"  # the URL map's digest among the content's stamps: no file has this name


class Findings:
    """How many warnings and errors a result's `diagnostics` hold (build and check count alike)."""

    diagnostics: tuple[Diagnostic, ...]

    @property
    def warnings(self) -> int:
        return sum(1 for d in self.diagnostics if d.level == "warning")

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.level == "error")


@dataclass(frozen=True)
class BuildResult(Findings):
    notes: int
    events: int
    talks: int
    pages: int
    files: int
    diagnostics: tuple[Diagnostic, ...]
    seconds: float
    search_seconds: float | None = None  # None when search was off; part of `seconds`
    unchanged: int = 0  # output files left as they were (same bytes as the last build's)
    rendered: int | None = None  # pages rendered, when only some were (see reuse.py); None: every one or none
    drafts: int = 0  # draft notes left out (counted in `notes`)

    @property
    def error_diagnostics(self) -> tuple[Diagnostic, ...]:
        """The errors themselves (`errors` counts them)."""
        return tuple(d for d in self.diagnostics if d.level == "error")

    @property
    def to_look_at(self) -> int:
        """Notes with a guess a person should check (their notices, listed by `talkarchive check`)."""
        return len({d.path for d in self.diagnostics if d.level == "notice" and d.path})

    def summary(self, out: str) -> str:
        search = f" (search index {self.search_seconds:.2f} s)" if self.search_seconds is not None else ""
        if self.files == 0 and self.unchanged:
            written = f"{self.pages} pages in {out} up to date (nothing changed)"
        elif self.rendered is not None:
            written = (f"{self.pages} pages in {out} ({self.rendered} rendered as only notes text changed, "
                       f"{self.files} files written, {self.unchanged} unchanged)")
        elif self.unchanged:
            written = f"{self.pages} pages in {out} ({self.files} files written, {self.unchanged} unchanged)"
        else:
            written = f"{self.pages} pages written to {out}"
        drafts = f" ({self.drafts} drafts left out; build --drafts shows them)" if self.drafts else ""
        n = self.to_look_at
        look = f", {n} note{'s' if n != 1 else ''} to look at (talkarchive check)" if n else ""
        return (f"{self.notes} notes{drafts}, {self.events} events, {self.talks} talks, {written}, "
                f"{self.warnings} warnings, {self.errors} errors{look}, {self.seconds:.2f} s{search}")


def note_count(shown: list[NormalizedNote], drafts: int, diags) -> int:
    """Every note in the content folder: those shown, the drafts left out, and those that could not be read."""
    return len(shown) + drafts + sum(1 for d in diags if d.level == "error" and d.path)


def drafts_shown(shown: list[NormalizedNote], config: SiteConfig) -> int:
    """How many of the notes shown are drafts (none unless `config.drafts`): see LastBuild.valid_for."""
    return sum(1 for n in shown if n.event.draft) if config.drafts else 0


def content_sources(config: SiteConfig) -> tuple:
    """What a build reads besides the config and theme: every content file's stamp, and the URL map's digest."""
    return content_snapshot(config.content_dir) + ((PUBLISHED_KEY, published_digest(config)),)


def require_content_dir(config: SiteConfig) -> None:
    if not config.content_dir.is_dir() and config.config_path is None:
        raise BuildError(f"no site.yml in {config.root} or any folder above it, and no content folder "
                         f"{config.content_dir}",
                         hint="run `talkarchive init DIR` to start a site, cd into a site's folder, "
                              "or pass --config or --content DIR")
    if not config.content_dir.is_dir():
        raise BuildError(f"content folder {config.content_dir} does not exist",
                         path=str(config.config_path or "site.yml"),
                         hint="create it, set `content_dir`, or pass --content DIR")


def _file_digest(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_NOTE_BYTES:
            return ""
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return ""


def _read_entry(item: tuple[Path, str, Path]) -> NoteEntry | Diagnostic:
    path, rel, content_dir = item
    try:
        st = path.stat()
    except OSError:
        st = None
    result = normalize_file(path, rel, content_dir)
    if isinstance(result, Diagnostic) or st is None:
        return result  # problems are never cached: the note is read again next time
    # the event holds everything later stages use; the note's whole text would only double the memory
    slim = replace(result, note=replace(result.note, text="", body=""))
    return NoteEntry(file_stamp(st), _file_digest(path), slim)


def read_and_normalize(config: SiteConfig, cache: BuildCache | None = None, jobs: int = 1,
                       progress: Callable[[int], None] = lambda n: None, reread: dict | None = None,
                       meanwhile: Callable[[], None] = lambda: None,
                       ) -> tuple[list[NormalizedNote], list[Diagnostic]]:
    """Every note in the content folder, normalized; unreadable ones become error diagnostics.

    With a cache, a note whose file_stamp (or else bytes) is unchanged is not normalized again.
    `reread`, when given, gets each note normalized anew with its cache entry from before (or None).
    `meanwhile` runs in this process while workers read (after the notes when they are read here).
    """
    require_content_dir(config)
    content_dir = config.content_dir
    known = cache.notes if cache is not None else {}
    entries: dict[str, NoteEntry | Diagnostic] = {}
    todo: list[tuple[Path, str, Path]] = []
    restamped = False  # a note touched but not changed: its entry gets the new stamp
    for path, rel in iter_note_files(content_dir):
        hit = known.get(rel)
        if hit is not None:
            try:
                st = path.stat()
            except OSError:
                st = None
            if st is not None and file_stamp(st) == hit.stamp:
                entries[rel] = hit
                progress(1)
                continue
            if st is not None and hit.digest and _file_digest(path) == hit.digest:
                entries[rel] = NoteEntry(file_stamp(st), hit.digest, hit.result)
                restamped = True
                progress(1)
                continue
        entries[rel] = None  # keeps the content folder's order
        todo.append((path, rel, content_dir))
        if reread is not None:
            reread[rel] = hit
    from .parallel import map_notes

    if todo:
        # imported (its patterns compiled, 0.1 s) before the workers fork, not once in each of them
        importlib.import_module(".normalize", __package__)
    for (_, rel, _), entry in zip(todo, map_notes(_read_entry, todo, jobs, progress, meanwhile)):
        entries[rel] = entry
    if cache is not None:
        kept = {rel: e for rel, e in entries.items() if isinstance(e, NoteEntry)}
        if todo or restamped or kept.keys() != known.keys():
            cache.notes = kept  # a new dict: the cache file needs writing again
    results: list[NormalizedNote] = []
    diags: list[Diagnostic] = []
    for entry in entries.values():
        if isinstance(entry, Diagnostic):
            diags.append(entry)
        else:
            results.append(entry.result)
            diags.extend(entry.result.diagnostics)
    return results, diags


def leave_out_drafts(normalized: list[NormalizedNote], diags: list[Diagnostic], config: SiteConfig
                     ) -> tuple[list[NormalizedNote], list[Diagnostic], int]:
    """The notes a site shows, the findings about them, and how many drafts were left out (none
    when `config.drafts`). A draft's own findings wait until it is published or shown."""
    if config.drafts:
        return normalized, diags, 0
    drafts = {n.note.path for n in normalized if n.event.draft}
    if not drafts:
        return normalized, diags, 0
    return ([n for n in normalized if n.note.path not in drafts], [d for d in diags if d.path not in drafts],
            len(drafts))


def normalize_file(path, display: str, content_dir=None) -> NormalizedNote | Diagnostic:
    """One note, normalized; never raises. A link to a file outside `content_dir` is not followed.

    Only the file itself can be a link: the content folder is walked without following linked
    folders, and serve checks a path it is given before calling this.
    """
    if content_dir is not None and os.path.islink(path):
        root, target = Path(content_dir).resolve(), Path(path).resolve()
        if root not in target.parents:
            return Diagnostic(
                "error", f"is a link to a file outside the content folder ({target}); it is not read "
                "(copy the file into the content folder instead)", display)
    from .normalize import normalize

    try:
        note = read_note(path, display)
        result = normalize(note)
        credit = note_credit(note, result.event)  # from the note as written, before its text is let go
        result = replace(result, event=replace(result.event, credits=(credit,), draft=is_draft(note.front_matter)))
        unlisted = unlisted_sections(note, result)
        return replace(result, diagnostics=result.diagnostics + unlisted) if unlisted else result
    except ContentError as exc:
        return Diagnostic("error", exc.message + (f" ({exc.hint})" if exc.hint else ""), exc.path, exc.line)
    except RecursionError:
        return Diagnostic("error", "the note is nested too deeply to read", display)
    except Exception as exc:  # a bug of ours must not stop the rest of the site
        return Diagnostic("error", f"could not be read (an internal error, please report it): "
                          f"{type(exc).__name__}: {exc}", display)


@contextlib.contextmanager
def paused_cycle_collector(freeze: bool = False):
    """Pause Python's cycle collector; with `freeze`, move what exists to its permanent generation after.

    Each full collection rescans every live object, so while hundreds of thousands of long-lived
    records pile up, reading and indexing grow faster than the site (at 10,000 notes the collector
    was over half of indexing; in serve, most of a one-note rebuild). The build makes little cyclic
    garbage. Frozen, the gathered records are never rescanned while pages render, and forked
    workers leave their memory shared.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def gathering():
    """The records a build gathers before rendering: collector paused, then frozen."""
    return paused_cycle_collector(freeze=True)


def build(config: SiteConfig, *, strict: bool = False, force: bool = False,
          progress: Callable[[str], None] | None = None, config_warnings: tuple[Diagnostic, ...] = (),
          jobs: int | None = None, use_cache: bool = True, bar: ProgressBar | None = None,
          record_urls: bool = True) -> BuildResult:
    """Build the site. `config_warnings` (from loading site.yml) count like any other warning.

    The URLs the site has published are read from `published-urls.json` and every old one gets a
    redirect page (published.py); `record_urls` writes today's into it (publish, which never
    touches the working tree, only reads it).

    `jobs` worker processes read notes and render pages (default: one per core); `use_cache`
    keeps `.talkarchive-cache/` so unchanged notes are not read again and, when nothing at
    all changed, nothing is rendered or written.
    """
    started = time.perf_counter()
    say = progress or (lambda message: None)
    bar = bar or ProgressBar(enabled=False)
    out = check_output_dir(config, force)
    theme = load_theme(config)
    require_content_dir(config)
    cache = load_cache(config, theme, use_cache)
    sources = content_sources(config)
    unchanged = unchanged_build(cache, sources, out, config.drafts)
    if unchanged is not None:
        diags = list(config_warnings) + list(unchanged.diagnostics)
        if strict and diags:
            raise StrictBuildFailed(diags)
        say("nothing changed since the last build")
        notes, events, talks, pages, drafts = unchanged.counts
        return BuildResult(notes=notes, events=events, talks=talks, pages=pages, files=0, diagnostics=tuple(diags),
                           seconds=time.perf_counter() - started, unchanged=len(unchanged.output), drafts=drafts)

    from .parallel import default_jobs  # here, not at the top: a build with nothing changed never needs it

    jobs = jobs or default_jobs()
    previous = cache.last.output if cache.last is not None else None
    reread: dict[str, NoteEntry | None] = {}
    try:
        with gathering():
            normalized, drafts, index, plan, diags, memory = _gather(config, theme, cache, jobs, say, bar, reread)
            diags[:0] = config_warnings
            if strict and diags:
                raise StrictBuildFailed(diags)
        from .reuse import pages_to_render

        in_place = previous is not None and output_intact(out, cache.last)
        comparable = in_place and cache.last.valid_for(config.drafts)
        reuse = pages_to_render(plan, cache.last, sources, cache.notes, reread) if comparable else None
        records, reports, search_seconds = _render_and_write(config, plan, out, previous, in_place, reuse, jobs,
                                                             say, bar, diags, strict)
    finally:
        bar.close()
        gc.unfreeze()

    if record_urls and memory is not None and save_published(config, memory):
        sources = sources[:-1] + ((PUBLISHED_KEY, published_digest(config)),)
    notes = note_count(normalized, drafts, diags)
    cache.last = LastBuild(sources, records, folder_stamps(out, records),
                           (notes, len(index.events), index.talk_count, len(plan.pages), drafts),
                           tuple(diags[len(config_warnings):]), reports, drafts_shown(normalized, config))
    with paused_cycle_collector():  # pickling every record with the collector on took twice as long
        cache.save()
    kept = sum(1 for rel, record in records.items() if previous and previous.get(rel) == record)
    return BuildResult(
        notes=notes, events=len(index.events), talks=index.talk_count, pages=len(plan.pages),
        files=len(records) - kept, diagnostics=tuple(diags), seconds=time.perf_counter() - started,
        search_seconds=search_seconds, unchanged=kept, rendered=len(reuse.render) if reuse else None, drafts=drafts)


def _gather(config: SiteConfig, theme, cache: BuildCache, jobs: int, say: Callable[[str], None],
            bar: ProgressBar, reread: dict):
    """Read, normalize and index every note and plan every page: (notes, drafts left out, index, plan,
    diagnostics, the published URLs to remember). `reread` gets the notes normalized anew (see
    read_and_normalize)."""
    from .urls import Urls

    from .parallel import SERIAL_BELOW

    say(f"reading notes in {config.content_dir}")
    notes = sum(1 for _ in iter_note_files(config.content_dir))
    bar.stage("reading", notes)
    known = cache.load_readings()
    reading.seed(known)
    urls = Urls(config)
    env = None

    def prepare_rendering():
        """While the workers read: load the render stage and warm it up (see render.warm_up)."""
        nonlocal env
        from .render import site_environment, warm_up

        env = site_environment(config, theme, urls)
        warm_up(env, config)
        if jobs > 1 and notes >= SERIAL_BELOW["notes"] and not known:
            reading.warm_up()  # the workers are reading: loading the names' dictionary costs no time here

    normalized, drafts, index, diags = read_site(config, cache, jobs, bar.advance, reread, meanwhile=prepare_rendering,
                                                 say=say)
    if len(reading.known()) > len(known):
        cache.save_readings(dict(reading.known()))
    moves, memory = _published_urls(config, normalized, index, diags)
    from .render import SitePlan

    plan = SitePlan(config, index, theme, env=env, urls=urls, moves=moves)
    diags.extend(plan.diagnostics)
    return normalized, drafts, index, plan, diags, memory


def _published_urls(config: SiteConfig, normalized, index, diags: list[Diagnostic]):
    """The redirects the site's published URLs ask for (published.py), and the URL map to write (None:
    unchanged). Its findings (an alias that names a page of the site) join `diags`."""
    published = load_published(config)
    memory, moves, found = remember(published, index, manual_aliases(normalized), config.base_path)
    diags.extend(found)
    return moves, (None if memory == published else memory)


def read_site(config: SiteConfig, cache: BuildCache | None = None, jobs: int = 1,
              progress: Callable[[int], None] = lambda n: None, reread: dict | None = None,
              meanwhile: Callable[[], None] = lambda: None, say: Callable[[str], None] = lambda m: None):
    """The reading and indexing `build` and `check` share: (notes shown, drafts left out, SiteIndex,
    findings). One function, so `check` reports what `build` would, line for line."""
    from .index import build_index

    normalized, diags = read_and_normalize(config, cache, jobs, progress, reread, meanwhile=meanwhile)
    normalized, diags, drafts = leave_out_drafts(normalized, diags, config)
    say(f"indexing {len(normalized)} notes")
    index = build_index([n.event for n in normalized], config.aliases, config.language)
    diags.extend(index.diagnostics)
    return normalized, drafts, index, diags


@dataclass(frozen=True)
class CheckResult(Findings):
    notes: int  # every note in the content folder, drafts and unreadable ones included
    drafts: int
    talks: int
    diagnostics: tuple[Diagnostic, ...]  # what `build` reports
    notices: tuple[Diagnostic, ...] = ()  # what only `check` lists: talks read with no speaker


def check_site(config: SiteConfig, config_warnings: tuple[Diagnostic, ...] = (), jobs: int | None = None
               ) -> CheckResult:
    """What `build` would report, without writing anything: the same reading and indexing (read_site),
    the same published-URL check, and every page rendered in memory, so findings made while rendering
    (a missing image, a broken template) are found too. The build cache and URL map are read, never written."""
    from .parallel import default_jobs, render_plan_in_workers
    from .render import RenderCache, SitePlan

    theme = load_theme(config)
    require_content_dir(config)
    cache = load_cache(config, theme)
    jobs = jobs or default_jobs()
    try:
        with gathering():
            normalized, drafts, index, diags = read_site(config, cache, jobs)
            moves, _ = _published_urls(config, normalized, index, diags)
            plan = SitePlan(config, index, theme, RenderCache(), moves=moves)
            diags.extend(plan.diagnostics)
        rendered = render_plan_in_workers(plan, jobs)
    finally:
        gc.unfreeze()
    diags = list(config_warnings) + diags + list(rendered.diagnostics)
    notes = note_count(normalized, drafts, diags)
    notices = tuple(Diagnostic("notice", f"talk '{t.title}' has no speaker", n.note.path, t.line)
                    for n in normalized for t in n.event.talks if not t.speakers)
    return CheckResult(notes, drafts, index.talk_count, tuple(diags), notices)


def _render_and_write(config: SiteConfig, plan, out: Path, previous: dict | None, in_place: bool,
                      reuse: Reuse | None, jobs: int, say: Callable[[str], None],
                      bar: ProgressBar, diags: list[Diagnostic], strict: bool) -> tuple[dict, Reports, float | None]:
    """Render the pages and data files into a staging folder and put it in place:
    (files written, each event's notes' warnings and images, search seconds).

    `in_place`: the output is as the last build (`previous`) left it, so only changed files are staged.
    `reuse`: only its pages are rendered, the others kept as they are, with their notes' findings.

    Warnings found while rendering are added to `diags`; with `strict` any warning stops the build
    before the swap, so nothing is replaced.
    """
    from .parallel import render_pages
    from .search import index_site

    count = len(plan.pages) if reuse is None else len(reuse.render)
    if reuse is None:
        say(f"rendering and writing {count} pages to {out}")
    elif not reuse.edited:
        say(f"rendering {count} of {len(plan.pages)} pages to {out}: no note's text changed, only file times")
    else:
        say(f"rendering {count} of {len(plan.pages)} pages to {out}: only the notes of "
            f"{len(reuse.edited)} event(s) changed, the other pages stay as they are")
    bar.stage("rendering", count)
    searched: list = []  # the search.SearchResult, when search is on

    def index_for_search(staging):
        say(f"indexing {len(plan.search_pages)} pages for search (Pagefind)")
        searched.append(index_site(staging, config.language))

    stage = InPlaceUpdate(out, previous) if in_place else Staging(out)
    data_files: dict[str, str] = {}
    try:
        writer = stage.writer(previous)
        if reuse is not None:
            rendered = set(reuse.render)
            for i, planned in enumerate(plan.pages):
                if i not in rendered:
                    writer.keep(planned.out)
        records, fresh = render_pages(plan, writer, jobs, bar.advance,
                                      meanwhile=lambda: data_files.update(plan.data_files()),
                                      only=reuse.render if reuse is not None else None)
        bar.close()
        # an event not edited keeps the last build's findings: a page rendered now may show some of
        # its notes (a theme can put notes on a list page), but only the last build rendered them all
        reports = {e.slug: (fresh if reuse is None or e.slug in reuse.edited else reuse.reports).get(e.slug, ((), {}))
                   for e in plan.index.events}
        note_assets: dict[str, Path] = {}
        for found, assets in reports.values():
            diags.extend(found)
            note_assets.update(assets)
        if strict and diags:
            raise StrictBuildFailed(diags)
        for rel, text in data_files.items():
            writer.write(rel, text)
        for rel, source in {**note_assets, **{f"static/{n}": p for n, p in plan.statics.items()}}.items():
            if rel not in records and rel not in writer.records:
                writer.copy(rel, source)
        records.update(writer.records)
        stage.commit(index_for_search if config.search else None, records)
    except OSError as exc:
        stage.abort()
        raise BuildError(f"cannot write the site: {exc}", path=str(out)) from None
    except BaseException:
        stage.abort()
        raise
    for result in searched:
        diags.extend(result.diagnostics)
    return records, reports, (searched[0].seconds if searched else None)
