"""Worker processes give exactly what one process gives: the same files, the same warnings in the same
order; an error in a worker reaches the user whole. Plus the progress bar and the staging folder's recovery."""
from __future__ import annotations

import io
import os
from types import SimpleNamespace

import pytest

import generator.engine.parallel as parallel
from generator.core.errors import BuildError, ThemeError
from generator.engine.progress import ProgressBar
from generator.write.output_folder import MARKER, FileWriter, recover_interrupted

NOTE = """---
title: Pool Night {n}
event_date: 2021-{m:02d}-0{d}
tags: [{tag}]
---

## Talk {n}.1

Alice{n}さん

![diagram](missing-{n}.png)

## Talk {n}.2

Bob{n}さん

Some **notes** with a [link](https://example.com/{n}).
"""


def site_files(count: int) -> dict[str, str]:
    return {f"content/n{n:02d}.md": NOTE.format(n=n, m=n % 12 + 1, d=n % 9 + 1, tag=["go", "rust", "python"][n % 3])
            for n in range(count)}


def tree(out) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def as_if_single_threaded(monkeypatch):
    """Let parallel._can_fork see one thread: threads other tests left running in this process (a
    preview server, a watcher) would otherwise keep every build here in one process."""
    monkeypatch.setattr(parallel, "threading", SimpleNamespace(active_count=lambda: 1))


@pytest.fixture
def tiny_thresholds(monkeypatch):
    """Make the pool kick in for a small site, with several tasks per worker."""
    as_if_single_threaded(monkeypatch)
    monkeypatch.setitem(parallel.SERIAL_BELOW, "notes", 1)
    monkeypatch.setitem(parallel.SERIAL_BELOW, "pages", 1)
    monkeypatch.setitem(parallel.TASK_SIZE, "notes", 3)
    monkeypatch.setitem(parallel.TASK_SIZE, "pages", 5)


@pytest.mark.skipif(not parallel._can_fork(), reason="worker processes need fork (not on Windows)")
def test_workers_build_the_same_site_as_one_process(make_site, tiny_thresholds):
    site = make_site(site_files(24))
    serial = site.build(jobs=1, use_cache=False)
    serial_tree = tree(site.out)
    pooled = site.build(jobs=2, use_cache=False)
    assert tree(site.out) == serial_tree
    assert pooled.diagnostics == serial.diagnostics
    assert len([d for d in serial.diagnostics if "missing-" in d.message]) == 24  # every note's warning, once
    assert (pooled.pages, pooled.talks, pooled.events) == (serial.pages, serial.talks, serial.events)


@pytest.mark.skipif(not parallel._can_fork(), reason="worker processes need fork (not on Windows)")
def test_a_template_error_in_a_worker_is_reported_whole_and_nothing_is_lost(make_site, tiny_thresholds):
    site = make_site(site_files(12))
    site.build(jobs=2)
    before = tree(site.out)
    site.write("templates/talk.html", "{% extends 'default:talk.html' %}{% block content %}{{ talk.nope.deeper }}"
                                      "{% endblock %}")
    with pytest.raises(ThemeError) as info:
        site.build(jobs=2)
    assert info.value.path.endswith("talk.html") and "while rendering events/" in info.value.message
    assert tree(site.out) == before
    assert [p.name for p in site.root.iterdir() if p.name.startswith(".output")] == []


def test_render_tasks_keep_an_event_with_its_talks(make_site):
    from generator.core.config import load_config
    from generator.index.site_index import build_index
    from generator.engine.build import read_and_normalize
    from generator.render.render_site import SitePlan
    from generator.render.themes import load_theme

    site = make_site(site_files(10))
    config, _ = load_config(site.config_path)
    normalized, _ = read_and_normalize(config)
    plan = SitePlan(config, build_index([n.event for n in normalized], config.aliases), load_theme(config))
    tasks = parallel.render_tasks(plan, size=4)
    assert sorted(i for t in tasks for i in t.pages) == list(range(len(plan.pages)))
    owner = {}
    for n, task in enumerate(tasks):
        for i in task.pages:
            event = plan.pages[i].page.event
            if event:
                assert owner.setdefault(event, n) == n  # all of an event's pages in one task
                assert event in task.events


def test_progress_bar_draws_only_when_enabled_and_erases_itself():
    quiet = io.StringIO()
    bar = ProgressBar(quiet)  # a StringIO is not a terminal
    bar.stage("rendering", 10)
    bar.advance(10)
    bar.close()
    assert quiet.getvalue() == ""

    shown = io.StringIO()
    bar = ProgressBar(shown, enabled=True, delay=0)
    bar.stage("rendering", 4)
    bar.advance(4)
    assert "rendering" in shown.getvalue() and "4/4" in shown.getvalue()
    bar.close()
    assert shown.getvalue().endswith("\r\033[K")


def test_progress_bar_waits_a_second_before_drawing():
    out = io.StringIO()
    bar = ProgressBar(out, enabled=True, delay=60)
    bar.stage("reading", 3)
    bar.advance(3)
    bar.close()
    assert out.getvalue() == ""


def test_writer_refuses_paths_outside_its_root(tmp_path):
    writer = FileWriter(tmp_path / "stage")
    (tmp_path / "stage").mkdir()
    for rel in ("../x.html", "a/../../x.html", "/etc/x.html", "a/\0b.html"):
        with pytest.raises(BuildError, match="outside the output folder"):
            writer.write(rel, "x")
    writer.write("a/b/index.html", "ok")
    assert (tmp_path / "stage/a/b/index.html").read_text() == "ok"
    assert not (tmp_path / "x.html").exists()


def test_an_output_half_swapped_by_a_killed_build_is_put_back(tmp_path):
    out = tmp_path / "output"
    dead = 2**22 + 12345  # above the usual pid_max, so no such process
    old = tmp_path / f".output.old-{dead}"
    old.mkdir()
    (old / MARKER).write_text("x")
    (old / "index.html").write_text("previous site")
    staging = tmp_path / f".output.staging-{dead}"
    staging.mkdir()
    (staging / "half.html").write_text("half")
    recover_interrupted(out)
    assert (out / "index.html").read_text() == "previous site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_a_running_builds_staging_folder_is_left_alone(tmp_path):
    out = tmp_path / "output"
    busy = tmp_path / f".output.staging-{os.getppid()}"  # a live process that is not us
    busy.mkdir()
    recover_interrupted(out)
    assert busy.is_dir()


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork")
def test_workers_are_forked_only_while_the_process_has_one_thread(make_site, tiny_thresholds, monkeypatch):
    """A child forked while another thread holds a lock could wait forever, so serve's rebuilds,
    which run beside its server threads, stay in one process; the output is the same."""
    import threading

    pools = []
    real = parallel.multiprocessing.get_context
    monkeypatch.setattr(parallel.multiprocessing, "get_context", lambda method=None: pools.append(method) or real(method))
    site = make_site(site_files(12))
    site.build(jobs=2, use_cache=False)
    assert pools.count("fork") == 2  # one pool reads the notes, one renders the pages
    pooled = tree(site.out)
    monkeypatch.setattr(parallel, "threading", threading)  # the real count, with one more thread running
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not parallel._can_fork()
        site.build(jobs=2, use_cache=False)
    finally:
        stop.set()
        other.join()
    assert pools.count("fork") == 2 and tree(site.out) == pooled
