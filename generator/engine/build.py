"""build(): the one build engine, used by `talkarchive build` and by `serve` alike.

read -> normalize -> index -> plan -> render -> write, with a BuildState (engine/state.py) that says what
the last build did: `build` loads it from `.talkarchive-cache/` and saves it after; serve keeps it
in memory and passes the paths its watcher saw change. Only notes whose files changed are read
again; an edit that keeps the index's shape patches the index and renders only the pages that show
the edited events (engine/invalidation.py); other pages are kept as the last build wrote them. A note that
cannot be read is reported with its file and line and left out; the rest of the site builds.
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
from typing import Callable, Iterable

from .state import (BuildState, LastBuild, NoteEntry, content_snapshot, file_stamp, load_state, output_intact,
                    unchanged_build)
from ..core.config import SiteConfig
from ..read.credits import note_credit
from ..core.errors import BuildError, ContentError, StrictBuildFailed
from ..read.listed_talks import unlisted_sections
from ..core.model import Diagnostic, NormalizedNote
from ..index import reading_order
from .progress import ProgressBar
from ..index.published_urls import load_published, manual_aliases, published_digest, remember, save_published
from ..read.sources import MAX_NOTE_BYTES, NOTE_SUFFIXES, is_draft, is_note_file, iter_note_files, read_note
from ..render.themes import load_theme
from ..write.output_folder import MARKER, InPlaceUpdate, Staging, check_output_dir


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
    rendered: int | None = None  # pages rendered, when only some were (engine/invalidation.py); None: every one or none
    drafts: int = 0  # draft notes left out (counted in `notes`)
    full: bool = False  # the session started afresh: first build, or the config or theme changed
    written: tuple[str, ...] = ()  # output files written (new or changed bytes): what serve reloads
    deleted: tuple[str, ...] = ()  # output files removed
    notes_read: int = 0  # notes read and normalized again
    notes_text_only: bool = False  # only notes text changed: only the pages showing it were rendered

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
    from ..normalize import normalize

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


def _file_digest(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_NOTE_BYTES:
            return ""
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return ""


def _read_entry(item: tuple[Path, str, Path]) -> NoteEntry:
    path, rel, content_dir = item
    try:
        st = path.stat()
    except OSError:
        st = None
    stamp = file_stamp(st) if st is not None else None
    result = normalize_file(path, rel, content_dir)
    if isinstance(result, Diagnostic):
        return NoteEntry(stamp, _file_digest(path) if st is not None else "", result)  # never saved: read again
    # the event holds everything later stages use; the note's whole text would only double the memory
    slim = replace(result, note=replace(result.note, text="", body=""))
    return NoteEntry(stamp, _file_digest(path), slim)


def _in_folder(path: Path) -> Path:
    """`path` made absolute with its folders' links resolved, not its own (a linked note keeps its name)."""
    path = Path(path)
    return path.parent.resolve() / path.name


def _named_notes(content_dir: Path, known: dict[str, NoteEntry], named: set[Path]) -> list[tuple[Path, str]] | None:
    """The notes among the changed paths `named`, when each is a note read before and still a plain file;
    None when the content folder must be walked (a note added, removed or moved, a folder changed)."""
    found = []
    for path in named:
        try:
            rel = path.relative_to(content_dir).as_posix()
        except ValueError:
            continue  # site.yml, a template: not a note
        if not is_note_file(path):
            if path.is_dir():
                return None
            continue  # an image or another file: it changes the content's stamps, not the notes
        if rel not in known or path.is_symlink() or not path.is_file():
            return None
        found.append((path, rel))
    return found


def refresh_notes(config: SiteConfig, state: BuildState, changed: list[Path] | None = None, jobs: int = 1,
                  bar: ProgressBar | None = None, meanwhile: Callable[[int], None] = lambda todo: None,
                  keep_last_good: bool = False, walk: bool = False) -> tuple[dict[str, NoteEntry | None], int]:
    """Bring `state.notes` up to date with the content folder: (each note read anew -> its entry
    before or None, how many were read).

    With `changed` (the paths a watcher saw), only those notes are looked at when each is a note
    read before (and not `walk`); otherwise every note file is. A note whose file_stamp (or else digest) is unchanged is
    not read again; a named note is compared by digest. New and changed notes are normalized in worker
    processes when there are many. `meanwhile(notes to read)` runs in this process while they read.
    With `keep_last_good` (serve), a note broken mid-edit keeps showing its last good reading.
    """
    content_dir = config.content_dir.resolve()
    known = state.notes
    named = {_in_folder(p) for p in changed} if changed else set()
    candidates = _named_notes(content_dir, known, named) if changed is not None and not walk else None
    entries: dict[str, NoteEntry | None] = dict(known) if candidates is not None else {}
    if candidates is None:
        candidates = list(iter_note_files(content_dir))
    if bar is not None:
        bar.stage("reading", len(candidates))
    progress = bar.advance if bar is not None else (lambda n: None)
    todo: list[tuple[Path, str, Path]] = []
    before: list[NoteEntry | None] = []
    restamped = False
    for path, rel in candidates:
        hit = known.get(rel)
        try:
            st = path.stat()
        except OSError:
            st = None
        if hit is not None and st is not None:
            stamp = file_stamp(st)
            if stamp == hit.stamp and path not in named:
                entries[rel] = hit
                progress(1)
                continue
            digest = _file_digest(path)
            if digest and digest == hit.digest:
                entries[rel] = replace(hit, stamp=stamp)  # touched, not changed
                restamped = True
                progress(1)
                continue
        entries[rel] = None  # keeps the content folder's order
        todo.append((path, rel, content_dir))
        before.append(hit)
    from .parallel import map_notes

    if todo:
        # imported (its patterns compiled, 0.1 s) before the workers fork, not once in each of them
        importlib.import_module("..normalize", __package__)
    reread: dict[str, NoteEntry | None] = {}
    read = map_notes(_read_entry, todo, jobs, progress, lambda: meanwhile(len(todo)))
    for (_, rel, _), old, entry in zip(todo, before, read):
        last_good = None
        if keep_last_good and isinstance(entry.result, Diagnostic) and old is not None:
            last_good = old.result if isinstance(old.result, NormalizedNote) else old.held
        if last_good is not None:
            error = replace(entry.result, message=entry.result.message +
                            " (the pages show the last good version until it is fixed)")
            entry = replace(entry, result=error, held=last_good)
        entries[rel] = entry
        reread[rel] = old
    if todo or restamped or entries.keys() != known.keys():
        state.notes = entries  # a new dict: the cache file needs writing again
    return reread, len(todo)


def shown_notes(config: SiteConfig, state: BuildState) -> tuple[list[NormalizedNote], list[Diagnostic], int]:
    """The notes the site shows (a broken one's last good reading too, in serve), the findings about
    the notes in the content folder's order, and how many drafts were left out."""
    normalized: list[NormalizedNote] = []
    diags: list[Diagnostic] = []
    for entry in state.notes.values():
        if isinstance(entry.result, NormalizedNote):
            normalized.append(entry.result)
            diags.extend(entry.result.diagnostics)
        else:
            diags.append(entry.result)
            if entry.held is not None:
                normalized.append(entry.held)
    return leave_out_drafts(normalized, diags, config)


def read_and_normalize(config: SiteConfig, jobs: int = 1) -> tuple[list[NormalizedNote], list[Diagnostic]]:
    """Every note in the content folder, normalized (drafts too); unreadable ones become error diagnostics."""
    require_content_dir(config)
    state = BuildState(None, "")
    refresh_notes(config, state, jobs=jobs)
    return shown_notes(replace(config, drafts=True), state)[:2]


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


@dataclass
class Planned:
    """What the plan stage gives the render stage."""

    index: object  # the SiteIndex
    plan: object  # the SitePlan
    dirty: set[int] | None  # indexes into plan.pages of the pages to render; None: every one
    fresh: frozenset[str] | set[str] | None  # events whose notes' findings are gathered anew; None: every one
    data: bool  # the data files (feeds, sitemap, calendar, JSON, redirects) are made anew, else kept
    edited: frozenset[str] | None = None  # only these events' notes text changed (invalidation.edited_events)


def build(config: SiteConfig, state: BuildState | None = None, changed: Iterable[Path] | None = None, *,
          strict: bool = False, force: bool = False, progress: Callable[[str], None] | None = None,
          config_warnings: tuple[Diagnostic, ...] = (), jobs: int | None = None, use_cache: bool = True,
          bar: ProgressBar | None = None, record_urls: bool = True, search: bool | None = None,
          keep_last_good: bool = False) -> BuildResult:
    """Bring the output up to date with the content: the one build engine, for `build` and `serve`.

    `state` is what the last build left (serve keeps it between builds); without one it is loaded from
    `.talkarchive-cache/` (with `use_cache`) and saved there after the build. `changed`: the paths a
    watcher saw change since the last build with this state; None: the files' stamps tell.

    `config_warnings` (from loading site.yml) count like any other warning. The URLs the site has
    published are read from `published-urls.json` and every old one gets a redirect page (index/published_urls.py);
    `record_urls` writes today's into it (publish, which never touches the working tree, only reads it).
    `jobs` worker processes read notes and render pages when there are many (default: one per core).
    `search` (default: the config's) indexes the output with Pagefind before it is put in place; serve
    indexes in the background instead. `keep_last_good`: see refresh_notes.
    """
    started = time.perf_counter()
    say = progress or (lambda message: None)
    bar = bar or ProgressBar(enabled=False)
    out = check_output_dir(config, force)
    saving = state is None
    changed = None if changed is None else [Path(p) for p in changed]
    state, full = _begin(config, state, changed, use_cache)
    require_content_dir(config)
    before = _stamps_before(state)
    stamps = _content_stamps(config, state, None if full else changed)
    if saving:
        unchanged = unchanged_build(state, _with_url_map(stamps, config), out, config.drafts)
        if unchanged is not None:
            return _nothing_changed(unchanged, config_warnings, strict, say, started)

    from .parallel import default_jobs  # here, not at the top: a build with nothing changed never needs it

    jobs = jobs or default_jobs()
    last = state.last if state.reusable and state.last.valid_for(config.drafts) else None
    if last is not None and not (state.live and (out / MARKER).is_file() or output_intact(out, last)):
        last = None  # the output is not as the last build left it: every page is written anew
    try:
        with gathering():
            say(f"reading notes in {config.content_dir}")
            reread, notes_read = refresh_notes(config, state, changed, jobs, bar, _preparing(config, state, jobs),
                                               keep_last_good, walk=full)
            shown, diags, drafts = shown_notes(config, state)
            diags[:0] = config_warnings
            planned = index_and_plan(config, state, shown, diags, last, before, stamps, reread, say, record_urls)
            if strict and diags:
                raise StrictBuildFailed(diags)
        records, reports, data_files, search_seconds = render_and_write(
            config, planned, out, state.last, last, jobs, say, bar, diags, strict,
            config.search if search is None else search)
    except BaseException:
        state.session, state.last_stamp, state.live = None, None, False  # the next build starts afresh
        raise
    finally:
        bar.close()
        gc.unfreeze()

    previous = state.last.output if state.last is not None else {}
    index, plan = planned.index, planned.plan
    notes = note_count(shown, drafts, diags)
    state.last = LastBuild(_with_url_map(stamps, config), records, {},
                           (notes, len(index.events), index.talk_count, len(plan.pages), drafts),
                           tuple(diags[len(config_warnings):]), reports, drafts_shown(shown, config), data_files)
    state.last_stamp, state.sources, state.live = state.stamp, stamps, True
    if saving:
        with paused_cycle_collector():  # pickling every record with the collector on took twice as long
            state.save(out)
    written = tuple(rel for rel, record in records.items() if previous.get(rel) != record)
    return BuildResult(
        notes=notes, events=len(index.events), talks=index.talk_count, pages=len(plan.pages), files=len(written),
        diagnostics=tuple(diags), seconds=time.perf_counter() - started, search_seconds=search_seconds,
        unchanged=len(records) - len(written), rendered=None if planned.dirty is None else len(planned.dirty),
        drafts=drafts, full=full, written=written, deleted=tuple(sorted(set(previous) - set(records))),
        notes_read=notes_read, notes_text_only=planned.edited is not None and planned.dirty is not None)


def _begin(config: SiteConfig, state: BuildState | None, changed: list[Path] | None,
           use_cache: bool) -> tuple[BuildState, bool]:
    """The state to build with, its session begun afresh (True) when there is none yet, the config
    changed, or a changed path is the config file, a theme's or the site's templates."""
    if state is None:
        theme = load_theme(config)
        state = load_state(config, theme, use_cache)
        state.begin(config, theme, state.stamp, keep=False)  # a one-off build: it plans once
    elif (state.session is None or changed is None or state.session.config != config
          or _touches_theme(config, changed)):
        state.begin(config, load_theme(config))  # the theme loads first: a bad one keeps the state as it was
    else:
        return state, False
    state.seed_readings()
    return state, True


def _touches_theme(config: SiteConfig, changed: list[Path]) -> bool:
    config_file = (config.config_path or config.root / "site.yml").resolve()
    folders = [config.themes_dir.resolve(), config.templates_dir.resolve()]
    for path in changed:
        path = Path(path).resolve()
        if path == config_file or any(path == f or f in path.parents for f in folders):
            return True
    return False


def _preparing(config: SiteConfig, state: BuildState, jobs: int) -> Callable[[int], None]:
    """What this process does while workers read notes: load the render stage and warm it up (see
    render.warm_up), and the names' dictionary when many notes are read and none of their names known."""
    session = state.session

    def prepare(reading_notes: int) -> None:
        from .parallel import SERIAL_BELOW

        if session.env is None:
            from ..render.render_site import site_environment, warm_up
            from ..render.urls import Urls

            session.urls = Urls(config)
            session.env = site_environment(config, session.theme, session.urls)
            warm_up(session.env, config)
        if jobs > 1 and reading_notes >= SERIAL_BELOW["notes"] and not reading_order.known():
            reading_order.warm_up()  # the workers are reading: loading the dictionary costs no time here

    return prepare


def _stamps_before(state: BuildState) -> dict[str, tuple] | None:
    """The content's stamps at the last build (without the URL map's digest), when it can be reused."""
    if not state.reusable:
        return None
    if state.sources is not None:
        return state.sources
    return {rel: stamp for rel, stamp in state.last.sources if rel != PUBLISHED_KEY}


def _content_stamps(config: SiteConfig, state: BuildState, changed: list[Path] | None) -> dict[str, tuple]:
    """Every content file's stamp now: the last build's with the `changed` paths looked at again when
    a watcher names them (and no folder is among them), else the content folder's snapshot."""
    if changed is not None and state.sources is not None and state.live:
        patched = _restamped(state.sources, config.content_dir.resolve(), changed)
        if patched is not None:
            return patched
    return dict(content_snapshot(config.content_dir))


def _restamped(stamps: dict[str, tuple], content_dir: Path, changed: list[Path]) -> dict[str, tuple] | None:
    """`stamps` with each changed file's stamp as it is now (as cache.content_snapshot takes it);
    None when a folder is among them or a path that was no file is gone."""
    stamps = dict(stamps)
    for path in changed:
        path = _in_folder(path)
        try:
            rel = path.relative_to(content_dir).as_posix()
        except ValueError:
            continue  # site.yml, a template: not content
        if rel == "." or any(part.startswith(".") for part in rel.split("/")):
            if rel == ".":
                return None
            continue  # hidden: not content
        if path.is_dir():
            return None
        try:
            st = path.stat()
        except OSError:
            st = None
        if st is not None and path.is_file():
            stamps[rel] = file_stamp(st)
        elif rel in stamps:
            del stamps[rel]
        else:
            return None  # maybe a folder that went away
    return stamps


def _with_url_map(stamps: dict[str, tuple], config: SiteConfig) -> tuple:
    """What a build reads besides the config and theme, as the cache records it: every content file's
    stamp, and the URL map's digest."""
    return tuple(sorted(stamps.items())) + ((PUBLISHED_KEY, published_digest(config)),)


def _nothing_changed(last: LastBuild, config_warnings, strict: bool, say, started: float) -> BuildResult:
    diags = list(config_warnings) + list(last.diagnostics)
    if strict and diags:
        raise StrictBuildFailed(diags)
    say("nothing changed since the last build")
    notes, events, talks, pages, drafts = last.counts
    return BuildResult(notes=notes, events=events, talks=talks, pages=pages, files=0, diagnostics=tuple(diags),
                       seconds=time.perf_counter() - started, unchanged=len(last.output), drafts=drafts, full=True)


def index_and_plan(config: SiteConfig, state: BuildState, shown: list[NormalizedNote], diags: list[Diagnostic],
                   last: LastBuild | None, before: dict | None, stamps: dict, reread: dict,
                   say: Callable[[str], None], record_urls: bool = True) -> Planned:
    """Index the notes shown and plan the pages, or patch the last build's index and plan when only
    notes text changed (engine/invalidation.py); say which pages to render. Findings join `diags`."""
    from ..index.site_index import build_index
    from .invalidation import edited_events, pages_with_new_inputs, patch_index, patch_plan, shown_reading
    from ..render.render_site import SitePlan

    session = state.session
    last_plan = session.plan
    if last is not None and before is not None:
        index_then = session.index if last_plan is not None else None
        edited = edited_events(index_then, before, stamps, state.notes, reread) if index_then is not None else None
        if edited is not None:
            changed = [shown_reading(state.notes[rel]) for rel in reread if shown_reading(state.notes[rel])]
            patched = patch_index(index_then, changed, config.aliases)
            if patched is not None:
                index, swaps = patched
                dirty: set[int] = set()
                for old, new in swaps:
                    dirty.update(patch_plan(last_plan, index, old, new))
                session.index = index
                diags.extend(list(index.diagnostics) + list(session.planning))
                return Planned(index, last_plan, dirty, edited, False, edited)
    else:
        edited = None

    say(f"indexing {len(shown)} notes")
    index = build_index([n.event for n in shown], config.aliases, config.language)
    diags.extend(index.diagnostics)
    before_urls = session.published if session.published is not None else load_published(config)
    published, moves, found = remember(before_urls, index, manual_aliases(shown), config.base_path)
    diags.extend(found)
    if published != before_urls and record_urls:
        save_published(config, published)
    session.published = published if session.keep else None  # a one-off build needs it no more
    del before_urls
    if last is not None and before is not None and last_plan is None:
        edited = edited_events(index, before, stamps, state.notes, reread)
    others = before is None or any(before.get(rel) != stamps.get(rel) for rel in before.keys() | stamps.keys()
                                   if not rel.lower().endswith(NOTE_SUFFIXES))
    if others and session.keep:
        session.kept.views.clear()  # an image came or went: a note's links may resolve anew, so its views are made anew
    plan = SitePlan(config, index, session.theme, env=session.env, urls=session.urls, kept=session.kept,
                    moves=moves)
    diags.extend(plan.diagnostics)
    session.planning = tuple(found) + tuple(plan.diagnostics)
    session.index, session.plan = index, plan
    if last is None:
        return Planned(index, plan, None, None, True)
    new_files = {i for i, planned in enumerate(plan.pages) if planned.out not in last.output}
    if edited is not None:
        return Planned(index, plan, set(plan.pages_showing(edited)) | new_files, edited, False, edited)
    if last_plan is not None and not others:
        return Planned(index, plan, set(pages_with_new_inputs(last_plan, plan)) | new_files, plan.views.made, True)
    return Planned(index, plan, None, None, True)


def render_and_write(config: SiteConfig, planned: Planned, out: Path, recorded: LastBuild | None,
                     last: LastBuild | None, jobs: int, say: Callable[[str], None], bar: ProgressBar,
                     diags: list[Diagnostic], strict: bool, search: bool):
    """Render the dirty pages (in workers when many) and the data files, and write them through one
    writer: (every file of the site with what was written there, each event's notes' findings and
    images, the data files' names, search seconds).

    `last`: the build whose output is in place, as it left it; its files not rendered now are kept,
    and only new and changed files are staged (write.InPlaceUpdate). Without it the whole site is
    staged and swapped in, linking the files whose bytes `recorded` (the last build, whatever its
    stamp) says are unchanged. Findings made while rendering are added to `diags`; with `strict` any
    stops the build before anything is replaced.
    """
    from .parallel import merge_reports, render_pages
    from ..outputs.pagefind import index_site

    plan, dirty, fresh = planned.plan, planned.dirty, planned.fresh
    count = len(plan.pages) if dirty is None else len(dirty)
    if dirty is None:
        say(f"rendering and writing {count} pages to {out}")
    elif planned.edited is not None and not planned.edited:
        say(f"rendering {count} of {len(plan.pages)} pages to {out}: no note's text changed, only file times")
    elif planned.edited is not None:
        say(f"rendering {count} of {len(plan.pages)} pages to {out}: only the notes of "
            f"{len(planned.edited)} event(s) changed, the other pages stay as they are")
    else:
        say(f"rendering {count} of {len(plan.pages)} pages to {out}: the others show nothing that changed")
    bar.stage("rendering", count)
    searched: list = []  # the search.SearchResult, when search is on

    def index_for_search(folder):
        say(f"indexing {len(plan.search_pages)} pages for search (Pagefind)")
        searched.append(index_site(folder, config.language))

    stage = InPlaceUpdate(out, last.output) if last is not None else Staging(out)
    data_files: dict[str, str] = {}
    try:
        writer = stage.writer(recorded.output if recorded is not None else None)
        only = sorted(dirty) if dirty is not None else None
        records, rendered = render_pages(plan, writer, jobs, bar.advance, only=only,
                                         meanwhile=lambda: data_files.update(plan.data_files()) if planned.data else None)
        bar.close()
        views = plan.views
        unfinished = [] if fresh is None else [s for s in fresh if s not in rendered]
        if unfinished:  # events whose views are new but none of whose pages changed: their notes' findings
            views.restart_reports()
            for slug in unfinished:
                views.finish(views.event_notes[slug])
                for lazy in views.event_notes[slug]:
                    lazy.release()
            rendered.update(merge_reports([views.reports]))
        # an event not rendered keeps the last build's findings: a page rendered now may show some of
        # its notes (a theme can put notes on a list page), but only the last build rendered them all
        reports = {e.slug: (rendered if fresh is None or e.slug in fresh else last.reports).get(e.slug, ((), {}))
                   for e in plan.index.events}
        note_assets: dict[str, Path] = {}
        for found, assets in reports.values():
            diags.extend(found)
            note_assets.update(assets)
        if strict and diags:
            raise StrictBuildFailed(diags)
        for rel, text in data_files.items():
            writer.write(rel, text)
        if dirty is not None:  # the files not made now stay as the last build wrote them
            for i, page in enumerate(plan.pages):
                if i not in dirty:
                    records[page.out] = last.output[page.out]
        if not planned.data:
            records.update((rel, last.output[rel]) for rel in last.data_files)
        for rel, source in {**note_assets, **{f"static/{n}": p for n, p in plan.statics.items()}}.items():
            if rel not in records and rel not in writer.records:
                writer.copy(rel, source)
        records.update(writer.records)
        stage.commit(index_for_search if search else None, records)
    except OSError as exc:
        stage.abort()
        raise BuildError(f"cannot write the site: {exc}", path=str(out)) from None
    except BaseException:
        stage.abort()
        raise
    for result in searched:
        diags.extend(result.diagnostics)
    names = tuple(data_files) if planned.data else last.data_files
    return records, reports, names, (searched[0].seconds if searched else None)


def _published_urls(config: SiteConfig, normalized, index, diags: list[Diagnostic]):
    """The redirects the site's published URLs ask for (index/published_urls.py). Its findings (an alias that
    names a page of the site) join `diags`."""
    memory, moves, found = remember(load_published(config), index, manual_aliases(normalized), config.base_path)
    diags.extend(found)
    return moves


def read_site(config: SiteConfig, state: BuildState, jobs: int = 1):
    """The reading and indexing `check` does as `build` does: (notes shown, drafts left out, SiteIndex,
    findings), line for line what `build` reports of them."""
    from ..index.site_index import build_index

    refresh_notes(config, state, jobs=jobs)
    normalized, diags, drafts = shown_notes(config, state)
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
    from .parallel import default_jobs, render_pages
    from ..render.render_site import SitePlan
    from ..write.output_folder import DiscardingWriter

    theme = load_theme(config)
    require_content_dir(config)
    state = load_state(config, theme)  # its notes' records: read, never written
    jobs = jobs or default_jobs()
    try:
        with gathering():
            normalized, drafts, index, diags = read_site(config, state, jobs)
            moves = _published_urls(config, normalized, index, diags)
            plan = SitePlan(config, index, theme, moves=moves)
            diags.extend(plan.diagnostics)
        _, reports = render_pages(plan, DiscardingWriter(), jobs)
        plan.data_files()  # the redirect pages are rendered with the site's template too
    finally:
        gc.unfreeze()
    rendered = [d for e in index.events for d in reports.get(e.slug, ((), {}))[0]]
    diags = list(config_warnings) + diags + rendered
    notes = note_count(normalized, drafts, diags)
    notices = tuple(Diagnostic("notice", f"talk '{t.title}' has no speaker", n.note.path, t.line)
                    for n in normalized for t in n.event.talks if not t.speakers)
    return CheckResult(notes, drafts, index.talk_count, tuple(diags), notices)
