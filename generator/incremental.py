"""Incremental rebuilds, as `serve` uses them: after a change, redo only what the change touches.

The first build is an ordinary atomic build. After it, a `Rebuilder` keeps in memory:
- each note's normalized record, with the file's size, mtime and bytes, so an unchanged note is
  never read or normalized again;
- the render cache (note HTML, and each page's HTML with the inputs it was made from), so a page is
  rendered again only when something it shows changed;
- what it last wrote to each output file, so only files whose text changed are written.

After each rebuild it holds what `build` records of a build (cache.LastBuild: the content's stamps,
every output file's record, counts, findings, reports), and `record()` writes it, with the notes'
records, to `.talkarchive-cache/`: a `talkarchive build` after a serve session then finds nothing
changed, or renders only what changed since. (serve records when it is idle, not in a rebuild.)

Indexing (slugs, tags, speakers, merging) is redone in full each time: it is cheap, and a change to
one note can move slugs or lists anywhere. A change to site.yml, a theme or the site's templates
starts from scratch. The output after any sequence of rebuilds is byte-identical to a clean build of
the same content (tests/test_serve_rebuild_equals_clean_build.py checks it on random edit sequences).
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from .body_edit import patch_index, patch_plan
from .build import (PUBLISHED_KEY, BuildResult, content_sources, drafts_shown, leave_out_drafts, normalize_file, note_count,
                    paused_cycle_collector, require_content_dir)
from .cache import BuildCache, LastBuild, NoteEntry, file_stamp, folder_stamps, load_cache
from .config import SiteConfig
from .index import build_index
from .model import Diagnostic, NormalizedNote
from .parallel import default_jobs, map_notes, merge_reports, render_plan_in_workers
from . import reading
from .published import load_published, manual_aliases, published_digest, remember, save_published
from .render import RenderCache, Rendered, SitePlan, render_plan
from .sources import NOTE_SUFFIXES, iter_note_files
from .themes import load_theme
from .write import (MARKER, FileRecord, check_output_dir, inside_output, remove_empty_folders, replace_copy,
                    replace_file, write_site)

KEEP = (MARKER, "pagefind/")  # in the output but not written by a rebuild: never deleted by one


@dataclass(frozen=True)
class RebuildResult(BuildResult):
    """A build's result (counts, findings, `files` written, `unchanged`, `rendered`) with what serve
    reports besides: which files, and whether it started from scratch."""

    full: bool = False  # started from scratch (first build, or site.yml / theme / templates changed)
    written: tuple[str, ...] = ()  # output files written (new or changed text)
    deleted: tuple[str, ...] = ()  # output files removed
    notes_read: int = 0  # notes read and normalized again
    notes_text_only: bool = False  # only notes text changed: only the pages showing it were rendered (body_edit)


@dataclass(frozen=True)
class _NoteState:
    stat: tuple[int, int, int, int] | None  # cache.file_stamp
    data: bytes
    result: NormalizedNote | Diagnostic
    error: Diagnostic | None = None  # the note is broken now; `result` is its last good reading


def _stat(path: Path) -> tuple[int, int, int, int] | None:
    try:
        return file_stamp(path.stat())
    except OSError:
        return None


def _same_file(path: Path, stamp: tuple) -> bool:
    try:
        return file_stamp(path.stat()) == stamp
    except OSError:
        return False


class Rebuilder:
    """Builds a site, then rebuilds it after changes. Not thread-safe: one rebuild at a time.

    `load_config` gives a fresh (config, warnings) pair; it is called again when site.yml changes.
    """

    def __init__(self, load_config: Callable[[], tuple[SiteConfig, list[Diagnostic]]], *, force: bool = False,
                 keep_last_good: bool = False):
        self.load_config = load_config
        self._force = force
        self._keep_last_good = keep_last_good  # serve: a note broken mid-edit keeps its pages until fixed
        self.config: SiteConfig | None = None
        self._config_warnings: tuple[Diagnostic, ...] = ()
        self._theme = None
        self._notes: dict[str, _NoteState] = {}
        self._known: dict = {}  # the build cache's records, used once for the first reading of each note
        self._cache = RenderCache()
        self._plan: SitePlan | None = None  # the last rebuild's, which a notes-only edit patches (body_edit)
        self._written: dict[str, str] = {}  # output file -> the text written there
        self._assets: dict[str, tuple[Path, tuple[int, int] | None]] = {}
        self._published: list = []  # the URLs the site has had (published.py), kept in step with the file
        self._planning: tuple[Diagnostic, ...] = ()  # what remembering URLs and planning pages found
        self._build_cache: BuildCache | None = None  # `build`'s cache, which record() brings up to date
        self._sources: dict[str, tuple] = {}  # content file -> its file_stamp when the last rebuild began
        self._records: dict[str, FileRecord] = {}  # output file -> what was written there (as a build records it)
        self._build_record: LastBuild | None = None  # the last rebuild as `build` records a build (folders aside)
        self._entries: dict[str, tuple[_NoteState, NoteEntry]] = {}  # the notes' cache entries, made once per state

    # -- what decides a full rebuild -------------------------------------------------------------

    def watched_roots(self) -> dict[str, Path]:
        """Folders (and the config file) whose changes matter, by kind."""
        assert self.config is not None
        roots = {"content": self.config.content_dir, "themes": self.config.themes_dir,
                 "templates": self.config.templates_dir}
        roots["config"] = self._config_file()
        return roots

    def _config_file(self) -> Path:
        """site.yml, also when the site started without one (creating it later is a change too)."""
        return self.config.config_path or self.config.root / "site.yml"

    def _needs_full(self, changed: Iterable[Path]) -> bool:
        if self.config is None:
            return True
        content = self.config.content_dir.resolve()
        for path in changed:
            path = Path(path).resolve()
            if path == self._config_file().resolve():
                return True
            if path == content or content in path.parents:
                continue
            for folder in (self.config.themes_dir, self.config.templates_dir):
                folder = folder.resolve()
                if path == folder or folder in path.parents:
                    return True
        return False

    # -- building --------------------------------------------------------------------------------

    def rebuild(self, changed: Iterable[Path] = ()) -> RebuildResult:
        """Bring the output up to date after `changed` paths changed (all of them when first called)."""
        with paused_cycle_collector():  # see build.gathering: with the site in memory, its passes cost most of a rebuild
            return self._rebuild(changed)

    def _rebuild(self, changed: Iterable[Path]) -> RebuildResult:
        started = time.perf_counter()
        changed = [Path(p) for p in changed]
        full = self._needs_full(changed)
        if full:
            config, warnings = self.load_config()
            theme = load_theme(config)  # before anything is replaced: a bad theme keeps the old state whole
            self.config, self._theme, self._config_warnings = config, theme, tuple(warnings)
            self._notes.clear()
            self._cache = RenderCache()
            cache = self._build_cache = load_cache(config, theme)
            self._entries.clear()
            self._known = dict(cache.notes)  # what `build` normalized already, by file (used up as read)
            reading.seed(cache.load_readings())  # and the names it read (the dictionary loads only for new ones)
        config = self.config
        out = check_output_dir(config, self._force) if full else config.output_dir.resolve()
        if not full:
            quick = self._notes_text_edit(config, out, changed, started)
            if quick is not None:
                return quick
        if not full and any(not p.name.lower().endswith(NOTE_SUFFIXES) for p in changed):
            self._cache.notes.entries.clear()  # an image or a folder changed: local links may resolve anew
            self._cache.pages.clear()  # pages compare note HTML by its inputs, which do not name the images
            self._cache.views.clear()  # and the views hold the note HTML they rendered

        named = {p.resolve() for p in changed}
        require_content_dir(config)
        self._sources = dict(content_sources(config)[:-1])  # before reading: a save while reading counts as a change
        notes_read = self._read_notes(config, named)
        normalized = [s.result for s in self._notes.values() if isinstance(s.result, NormalizedNote)]
        normalized, diags, drafts = leave_out_drafts(normalized, self._note_diagnostics(), config)
        index = build_index([n.event for n in normalized], config.aliases, config.language)
        diags.extend(index.diagnostics)
        if full:
            self._published = load_published(config)
        published, moves, found = remember(self._published, index, manual_aliases(normalized), config.base_path)
        diags.extend(found)
        if published != self._published:
            save_published(config, published)  # as build does: a URL seen in the preview is remembered
        self._published = published
        self._plan = SitePlan(config, index, self._theme, self._cache, moves=moves)
        self._planning = tuple(found) + tuple(self._plan.diagnostics)  # kept for a notes-text-only rebuild
        diags.extend(self._plan.diagnostics)
        rendered = render_plan_in_workers(self._plan, default_jobs()) if full else render_plan(self._plan)
        diags.extend(rendered.diagnostics)

        if full or not out.is_dir():
            before = set(self._written) | set(self._assets) if self._written else _files_in(out)
            self._records = write_site(out, rendered.files, rendered.assets)
            written = tuple(rendered.files) + tuple(rendered.assets)
            # the whole output was replaced: what it had and the new site has not is gone
            deleted = tuple(sorted(before - set(written)))
            self._written = dict(rendered.files)
            self._assets = {rel: (src, _stat(src)) for rel, src in rendered.assets.items()}
        else:
            written, deleted = self._write_changes(out, rendered, named)
        self._build_record = self._as_recorded(normalized, drafts, diags)
        return self._result(normalized, drafts, diags, started, written, deleted, full=full, notes_read=notes_read)

    def _result(self, shown: list[NormalizedNote], drafts: int, diags: list[Diagnostic], started: float,
                written: tuple[str, ...], deleted: tuple[str, ...], **serve) -> RebuildResult:
        """The result as `build` counts one (notes, pages, files written and unchanged), with serve's own fields."""
        plan = self._plan
        return RebuildResult(notes=note_count(shown, drafts, diags), events=len(plan.index.events),
                             talks=plan.index.talk_count, pages=len(plan.pages), files=len(written),
                             diagnostics=tuple(diags), seconds=time.perf_counter() - started,
                             unchanged=len(self._records) - len(set(written) & set(self._records)), drafts=drafts,
                             written=written, deleted=deleted, **serve)

    # -- what `build` records ---------------------------------------------------------------------

    def _as_recorded(self, shown: list[NormalizedNote], drafts: int, diags: list[Diagnostic]) -> LastBuild | None:
        """This rebuild as `build` would record it (its output folders' times are taken in record());
        None while a broken note shows its last good pages, which no build would write."""
        if any(state.error is not None for state in self._notes.values()):
            return None
        plan, config = self._plan, self.config
        reports = merge_reports([plan.views.reports])
        return LastBuild(tuple(sorted(self._sources.items())), dict(self._records), {},
                         (note_count(shown, drafts, diags), len(plan.index.events), plan.index.talk_count,
                          len(plan.pages), drafts),
                         tuple(diags[len(self._config_warnings):]),
                         {e.slug: reports.get(e.slug, ((), {})) for e in plan.index.events},
                         drafts_shown(shown, config))

    def record(self, search_diagnostics: tuple[Diagnostic, ...] = ()) -> bool:
        """Write the last rebuild to `.talkarchive-cache/` as `build` records a build, with every note's
        record, so the next `talkarchive build` of the same content changes nothing. Call it when the
        output is as the rebuild (and the search indexer, whose warnings are `search_diagnostics`) left
        it. False when there is nothing to record (no rebuild yet, or a note shows its last good pages)."""
        last, cache = self._build_record, self._build_cache
        if last is None or cache is None or cache.folder is None:
            return False
        out = self.config.output_dir.resolve()
        sources = last.sources + ((PUBLISHED_KEY, published_digest(self.config)),)
        try:
            folders = folder_stamps(out, last.output)
        except OSError:
            return False  # the output was changed meanwhile: leave the record as it was
        cache.last = replace(last, sources=sources, folders=folders,
                             diagnostics=last.diagnostics + tuple(search_diagnostics))
        cache.notes = self._note_entries(cache.notes)
        with paused_cycle_collector():
            cache.save()
        return True

    def _note_entries(self, saved: dict[str, NoteEntry]) -> dict[str, NoteEntry]:
        """The build cache's entry of every note that reads without an error (`saved`, when they are the same)."""
        entries: dict[str, NoteEntry] = {}
        for rel, state in self._notes.items():
            if not isinstance(state.result, NormalizedNote) or state.stat is None:
                continue
            made = self._entries.get(rel)
            if made is None or made[0] is not state:
                result = state.result
                slim = replace(result, note=replace(result.note, text="", body=""))
                made = self._entries[rel] = (state, NoteEntry(state.stat, _digest(state.data), slim))
            entries[rel] = made[1]
        for gone in set(self._entries) - set(entries):
            del self._entries[gone]
        same = entries.keys() == saved.keys() and all(saved[k].stamp == e.stamp and saved[k].digest == e.digest
                                                       for k, e in entries.items())
        return saved if same else entries

    def _forget_findings_in(self, notes: set[str]) -> None:
        """Drop the note HTML whose warnings name one of `notes` (content-relative): their line numbers
        were looked up in the file, which changed, even where the Markdown they were made from did not
        (a line added above it). Was a bug: a rebuild reported a missing image at its old line."""
        if not notes:
            return
        entries = self._cache.notes.entries
        stale = {key for key, hit in entries.items() if any(d.path in notes for d in hit[1])}
        for key in stale:
            del entries[key]
        if stale:  # an event whose views are kept renders them again when its notes' findings are gathered
            for _, _, _, kept in self._cache.views.values():
                for lazy in kept:
                    if lazy.key in stale:
                        lazy.release()

    def _note_diagnostics(self) -> list[Diagnostic]:
        """site.yml's warnings, then each note's problems, in the content folder's order."""
        diags: list[Diagnostic] = list(self._config_warnings)
        for state in self._notes.values():
            r = state.result
            diags.extend([state.error] if state.error else [r] if isinstance(r, Diagnostic) else r.diagnostics)
        return diags

    def _notes_text_edit(self, config: SiteConfig, out: Path, changed: list[Path], started: float
                         ) -> RebuildResult | None:
        """The rebuild after saves that changed only notes text (see body_edit), or None to rebuild as usual.

        Only the notes the watcher named are read: each must be a note this Rebuilder read before.
        """
        plan = self._plan
        if plan is None or not changed or not out.is_dir():
            return None
        content_dir = config.content_dir.resolve()
        states: dict[str, _NoteState] = {}
        for path in changed:
            if not path.name.lower().endswith(NOTE_SUFFIXES) or path.is_symlink() or not path.is_file():
                return None
            try:
                rel = path.resolve().relative_to(content_dir).as_posix()
            except ValueError:
                return None
            old = self._notes.get(rel)
            if old is None or old.error is not None or not isinstance(old.result, NormalizedNote):
                return None
            data = path.read_bytes()
            if data == old.data:
                states[rel] = replace(old, stat=_stat(path))
                continue
            result = normalize_file(path, rel, config.content_dir)
            if not isinstance(result, NormalizedNote):
                return None
            if manual_aliases([result]) != manual_aliases([old.result]):
                return None  # its `aliases:` changed: the redirects are made anew (published.py)
            states[rel] = _NoteState(_stat(path), data, result)

        for path in changed:
            self._sources[os.path.relpath(path.resolve(), content_dir)] = file_stamp(path.stat())
        index, swaps = plan.index, []
        for rel, state in states.items():
            if state.result is self._notes[rel].result:
                continue
            patched = patch_index(index, state.result.event.source, state.result.event, config.aliases)
            if patched is None:
                return None
            index, old, new = patched
            swaps.append((old, new))
        shown: set[int] = set()
        for old, new in swaps:
            shown.update(patch_plan(plan, index, old, new))
        self._forget_findings_in({rel for rel, state in states.items() if state.data is not self._notes[rel].data})
        self._notes.update(states)

        plan.views.restart_reports()
        files = dict(self._written)
        for i in sorted(shown):
            files[plan.pages[i].out] = plan.render(plan.pages[i])
        plan.views.finish()  # every note's warnings and images, as a full rebuild gathers them
        notes = [s.result for s in self._notes.values() if isinstance(s.result, NormalizedNote)]
        notes, diags, drafts = leave_out_drafts(notes, self._note_diagnostics(), config)
        diags += list(index.diagnostics) + list(self._planning) + plan.views.diagnostics
        rendered = Rendered(files=files, assets=plan.assets(), diagnostics=tuple(plan.views.diagnostics),
                            pages=len(plan.pages))
        written, deleted = self._write_changes(out, rendered, {p.resolve() for p in changed})
        self._build_record = self._as_recorded(notes, drafts, diags)
        return self._result(notes, drafts, diags, started, written, deleted, notes_read=len(swaps),
                            rendered=len(shown), notes_text_only=True)

    def _read_notes(self, config: SiteConfig, named: set[Path]) -> int:
        """Bring every note's state up to date; the notes that must be normalized again are done in
        worker processes when there are many (the first build of a large site)."""
        require_content_dir(config)
        seen: dict[str, _NoteState | None] = {}
        pending: list[tuple[str, Path, tuple | None, bytes, _NoteState | None]] = []
        content_dir = config.content_dir.resolve()  # so a note's path can be matched against `named` as it is
        for path, rel in iter_note_files(content_dir):
            stat = _stat(path)
            old = self._notes.get(rel)
            if old is not None and old.stat == stat and path not in named and (
                    not path.is_symlink() or path.resolve() not in named):
                seen[rel] = old
                continue
            try:
                data = path.read_bytes()
            except OSError:
                data = b""
            if old is not None and old.data == data:
                seen[rel] = replace(old, stat=stat)
                continue
            known = self._known.pop(rel, None) if old is None else None
            if known is not None and _same_file(path, known.stamp) and path not in named:
                seen[rel] = _NoteState(stat, data, known.result)  # normalized by an earlier `build`
                continue
            seen[rel] = None  # keeps the content folder's order
            pending.append((rel, path, stat, data, old))
        results = map_notes(lambda item: normalize_file(item[1], item[0], config.content_dir), pending, default_jobs())
        for (rel, _, stat, data, old), result in zip(pending, results):
            if self._keep_last_good and isinstance(result, Diagnostic) and old is not None:
                last_good = old.result if isinstance(old.result, NormalizedNote) else None
                if last_good is not None:
                    kept = replace(result, message=result.message + " (the pages show the last good version "
                                   "until it is fixed)")
                    seen[rel] = _NoteState(stat, data, last_good, kept)
                    continue
            seen[rel] = _NoteState(stat, data, result)
        self._forget_findings_in({rel for rel, *_ in pending})
        read = len(pending)
        self._notes = seen
        return read

    def _write_changes(self, out: Path, rendered: Rendered,
                       named: set[Path] = frozenset()) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Write only the files whose text changed, each atomically; remove the ones that are gone."""
        written: list[str] = []
        root = out.resolve()
        for rel, text in rendered.files.items():
            previous = self._written.get(rel)
            if previous is text or previous == text:
                continue
            self._records[rel] = replace_file(root, rel, text)
            written.append(rel)
        assets = {rel: (src, _stat(src)) for rel, src in rendered.assets.items() if rel not in rendered.files}
        for rel, (src, stat) in assets.items():
            if self._assets.get(rel) == (src, stat) and (root / rel).exists() and src.resolve() not in named:
                continue  # a file the watcher names is copied again even if size and mtime look the same
            self._records[rel] = replace_copy(root, rel, src)
            written.append(rel)
        deleted: list[str] = []
        for rel in sorted((set(self._written) | set(self._assets)) - set(rendered.files) - set(assets)):
            if rel.startswith(KEEP):
                continue
            self._records.pop(rel, None)
            target = inside_output(root, rel)
            if target.is_file():
                target.unlink()
                deleted.append(rel)
            remove_empty_folders(target.parent, root)
        self._written = dict(rendered.files)
        self._assets = assets
        return tuple(written), tuple(deleted)


def _digest(data: bytes) -> str:
    """A note's digest as the build cache keeps it (build._file_digest)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _files_in(out: Path) -> set[str]:
    """The files an output folder holds (relative, POSIX), except those a rebuild never writes (KEEP)."""
    if not out.is_dir():
        return set()
    found = set()
    for dirpath, _, filenames in os.walk(out):
        for name in filenames:
            rel = Path(dirpath, name).relative_to(out).as_posix()
            if not rel.startswith(KEEP):
                found.add(rel)
    return found


