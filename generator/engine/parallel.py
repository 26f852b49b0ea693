"""Reading notes and rendering pages across processes.

Workers are forked, so they inherit what the parent prepared (the SitePlan,
the staging writer) instead of receiving it through a pipe. A render worker
writes its pages straight into the staging folder and sends back only what it
wrote, its warnings and the images its notes use. Small jobs run in this
process: below SERIAL_BELOW items a pool's start-up costs more than it saves,
and where `fork` is not available (Windows) everything is serial.
"""
from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence, TypeVar

from ..core.model import Diagnostic

if TYPE_CHECKING:  # the read workers need none of these: they fork before the render modules load
    from ..render.render_site import SitePlan
    from ..write.output_folder import FileRecord, FileWriter

T = TypeVar("T")
R = TypeVar("R")

SERIAL_BELOW = {"notes": 150, "pages": 600}
TASK_SIZE = {"notes": 20, "pages": 150}
# A worker is replaced by a fresh fork after this many tasks: each grows as it copies the pages of
# shared memory it touches, and a fresh one starts from the parent's shared pages again.
RECYCLE_AFTER = 100

Progress = Callable[[int], None]  # called with how many items were just done


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _can_fork() -> bool:
    """Whether workers can be forked here: the platform has fork, and this process runs one thread.

    A child forked while another thread holds a lock (serve's HTTP server or watcher writing to
    the terminal) would wait for it forever; so serve forks workers for its first build, before
    those threads start, and rebuilds in its own process after that.
    """
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


_inherited: Callable | None = None  # the work function, set before the pool forks


def _call_inherited(item):
    return _inherited(item)


def _map(fn: Callable[[T], R], items: Sequence[T], jobs: int, serial: bool, progress: Progress,
         size: Callable[[T], int] = lambda item: 1, meanwhile: Callable[[], None] = lambda: None) -> list[R]:
    """fn over items in order, in `jobs` forked workers unless `serial`.

    `meanwhile` runs in this process once the workers have their tasks (after the items when serial).
    """
    global _inherited
    if serial or jobs <= 1 or not _can_fork():
        results = []
        for item in items:
            results.append(fn(item))
            progress(size(item))
        meanwhile()
        return results
    _inherited = fn
    try:
        with multiprocessing.get_context("fork").Pool(jobs, maxtasksperchild=RECYCLE_AFTER) as pool:
            results = []
            done = pool.imap(_call_inherited, items)
            meanwhile()
            for item, result in zip(items, done):
                results.append(result)
                progress(size(item))
            return results
    finally:
        _inherited = None


def _chunks(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def map_notes(fn: Callable[[T], R], items: Sequence[T], jobs: int, progress: Progress = lambda n: None,
              meanwhile: Callable[[], None] = lambda: None) -> list[R]:
    """fn over every note (reading and normalizing), in order. `meanwhile` as for render_pages."""
    chunks = _chunks(items, TASK_SIZE["notes"])
    done = _map(lambda chunk: [fn(item) for item in chunk], chunks, jobs,
                len(items) < SERIAL_BELOW["notes"], progress, size=len, meanwhile=meanwhile)
    return list(itertools.chain.from_iterable(done))


@dataclass(frozen=True)
class RenderTask:
    pages: tuple[int, ...]  # indexes into plan.pages
    events: tuple[str, ...]  # events whose notes this task renders (their pages are all in it)


Reports = dict[str, tuple[tuple[Diagnostic, ...], dict[str, Path]]]  # event slug -> its notes' warnings and images
NoteReports = dict[str, dict[int, tuple[tuple[Diagnostic, ...], dict[str, Path]]]]  # the same, per note (Views.reports)


@dataclass(frozen=True)
class RenderResult:
    records: dict[str, FileRecord]
    reports: NoteReports


def render_tasks(plan: SitePlan, size: int = TASK_SIZE["pages"], only: Sequence[int] | None = None
                 ) -> list[RenderTask]:
    """The pages (all, or the indexes in `only`) in consecutive groups of about `size`; an event's
    page and its talks' pages stay together."""
    tasks: list[RenderTask] = []
    pages: list[int] = []
    events: list[str] = []
    for i in range(len(plan.pages)) if only is None else only:
        event = plan.pages[i].page.event
        if len(pages) >= size and (not event or event not in events):
            tasks.append(RenderTask(tuple(pages), tuple(events)))
            pages, events = [], []
        pages.append(i)
        if event and event not in events:
            events.append(event)
    if pages:
        tasks.append(RenderTask(tuple(pages), tuple(events)))
    return tasks


def run_render_task(plan: SitePlan, writer: FileWriter, task: RenderTask) -> RenderResult:
    views = plan.views
    views.restart_reports()
    first = len(writer.records)
    for i in task.pages:
        planned = plan.pages[i]
        writer.write(planned.out, plan.render(planned))
    for slug in task.events:
        views.finish(views.event_notes[slug])
        for lazy in views.event_notes[slug]:  # these pages are written: their notes are not needed again
            lazy.release()
    written = dict(itertools.islice(writer.records.items(), first, None))
    return RenderResult(written, views.reports)


def merge_reports(parts: Iterable[NoteReports]) -> Reports:
    """Each event's warnings and images from the notes reports of several tasks, in the order of its
    notes: a note shown by pages of two tasks counts once (two equal warnings of one note both count)."""
    merged: NoteReports = {}
    for part in parts:
        for slug, notes in part.items():
            merged.setdefault(slug, {}).update(notes)
    reports: Reports = {}
    for slug, notes in merged.items():
        diagnostics: list[Diagnostic] = []
        assets: dict[str, Path] = {}
        for number in sorted(notes):
            diagnostics.extend(notes[number][0])
            assets.update(notes[number][1])
        reports[slug] = (tuple(diagnostics), assets)
    return reports


def render_pages(plan: SitePlan, writer: FileWriter, jobs: int, progress: Progress = lambda n: None,
                 meanwhile: Callable[[], None] = lambda: None, only: Sequence[int] | None = None,
                 ) -> tuple[dict[str, FileRecord], Reports]:
    """Render the pages of `plan` (all, or the indexes in `only`) and write them with `writer`:
    (files written, each event's notes' warnings and images).

    `meanwhile` runs in this process while the workers render (the data files: feeds, calendar...).
    """
    tasks = render_tasks(plan, only=only)
    count = len(plan.pages) if only is None else len(only)
    results = _map(lambda task: run_render_task(plan, writer, task), tasks, jobs,
                   count < SERIAL_BELOW["pages"], progress, size=lambda task: len(task.pages),
                   meanwhile=meanwhile)
    records: dict[str, FileRecord] = {}
    for result in results:
        records.update(result.records)
    return records, merge_reports(result.reports for result in results)
