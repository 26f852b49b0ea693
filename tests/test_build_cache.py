"""The build cache (.talkarchive-cache/): nothing changed means nothing written; a change rewrites only
the files whose bytes changed; any change of config, theme or generator starts afresh; a broken or deleted
cache is only a slower build."""
from __future__ import annotations

import os
from pathlib import Path

from generator.engine.state import CACHE_DIR, LAST_FILE, NOTES_FILE
from generator.write.output_folder import MARKER

NOTE = """---
title: Cache Meetup {n}
event_date: 2022-0{m}-1{n}
tags: [python]
---

## Talk {n} about caching

Speaker{n}さん

Notes for talk {n}.
"""


def notes(count: int = 3) -> dict[str, str]:
    return {f"content/n{n}.md": NOTE.format(n=n, m=n % 9 + 1) for n in range(count)}


def inodes(out: Path) -> dict[str, tuple[int, int]]:
    """rel -> (inode, mtime_ns) of every file: a file rewritten gets a new inode (staging) or mtime."""
    return {p.relative_to(out).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in out.rglob("*") if p.is_file()}


def contents(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def test_nothing_changed_writes_nothing(make_site):
    site = make_site(notes())
    first = site.build()
    assert first.files > 0 and first.unchanged == 0
    assert (site.root / CACHE_DIR / LAST_FILE).is_file() and (site.root / CACHE_DIR / NOTES_FILE).is_file()
    before = inodes(site.out)
    again = site.build()
    assert again.files == 0 and again.unchanged == len(before) - 1  # every file but the output marker
    assert "up to date (nothing changed)" in again.summary("output/")
    assert (again.notes, again.events, again.talks, again.pages) == (first.notes, first.events, first.talks,
                                                                      first.pages)
    assert inodes(site.out) == before


def test_the_cache_ignores_itself_in_git(make_site):
    site = make_site(notes())
    site.build()
    assert (site.root / CACHE_DIR / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"


def test_one_edit_rewrites_only_the_files_that_changed(make_site):
    site = make_site(notes())
    site.build()
    before = inodes(site.out)
    site.write("content/n1.md", NOTE.format(n=1, m=2).replace("Notes for talk 1.", "Edited notes."))
    result = site.build()
    after = inodes(site.out)
    changed = {rel for rel in after if after[rel] != before.get(rel)} - {MARKER}  # the marker is always new
    assert "events/cache-meetup-1/talk-1-about-caching/index.html" in changed
    assert "events/cache-meetup-0/index.html" not in changed  # same bytes: hard-linked from the last build
    assert result.files == len(changed) and result.unchanged == len(after) - len(changed) - 1
    assert "Edited notes." in site.read("events/cache-meetup-1/talk-1-about-caching/index.html")


def test_cached_build_output_equals_an_uncached_one(make_site, tmp_path):
    site = make_site(notes(5))
    site.build()
    site.write("content/n2.md", NOTE.format(n=2, m=3).replace("python", "rust"))
    (site.root / "content/n4.md").unlink()
    site.build()
    cached = contents(site.out)
    site.build(use_cache=False)
    assert contents(site.out) == cached


def test_a_note_touched_but_not_changed_is_not_normalized_again(make_site, monkeypatch):
    site = make_site(notes())
    site.build()
    path = site.root / "content/n0.md"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    (site.out / "stray.txt").write_text("x", encoding="utf-8")  # and the output changed: a real build runs
    import generator.engine.build as build_module

    read = []
    real = build_module.normalize_file
    monkeypatch.setattr(build_module, "normalize_file", lambda *a, **k: read.append(a[1]) or real(*a, **k))
    result = site.build(jobs=1)
    assert read == []  # the bytes were the same: the cached record was used
    assert result.files == 0 and not (site.out / "stray.txt").exists()


def test_a_file_added_to_the_output_is_removed_by_the_next_build(make_site):
    site = make_site(notes())
    site.build()
    (site.out / "events" / "stray.html").write_text("x", encoding="utf-8")
    site.build()
    assert not (site.out / "events" / "stray.html").exists()


def test_a_changed_output_file_is_written_again(make_site):
    site = make_site(notes())
    site.build()
    page = site.out / "events/cache-meetup-0/index.html"
    good = page.read_bytes()
    page.write_bytes(b"vandalised")
    result = site.build()
    assert page.read_bytes() == good and result.files >= 1


def test_the_notes_records_are_written_again_only_when_a_note_changed(make_site):
    """Pickling every note's record was most of what a large build did after rendering; a build that
    read no note anew leaves the file alone, and one that did writes it (while its pages render)."""
    site = make_site(notes())
    site.build()
    records = site.root / CACHE_DIR / NOTES_FILE
    stamp = (records.stat().st_ino, records.stat().st_mtime_ns)
    page = site.out / "events/cache-meetup-0/index.html"
    page.write_bytes(b"vandalised")  # the output changed, the notes did not
    site.build()
    assert (records.stat().st_ino, records.stat().st_mtime_ns) == stamp
    site.write("content/n1.md", NOTE.format(n=1, m=2).replace("Notes for talk 1.", "Edited notes."))
    site.build()
    assert (records.stat().st_ino, records.stat().st_mtime_ns) != stamp
    stamp = (records.stat().st_ino, records.stat().st_mtime_ns)
    (site.root / "content/n2.md").unlink()  # a note removed: its record goes too
    site.build()
    assert (records.stat().st_ino, records.stat().st_mtime_ns) != stamp
    cached = load_state_of(site).notes
    assert sorted(cached) == ["n0.md", "n1.md"]
    assert "Edited notes." in cached["n1.md"].result.event.talks[0].body


def load_state_of(site):
    from generator.core.config import load_config
    from generator.engine.state import load_state
    from generator.render.themes import load_theme

    config, _ = load_config(site.root / "site.yml")
    return load_state(config, load_theme(config))


def test_config_change_invalidates_the_cache(make_site):
    site = make_site(notes())
    site.build()
    before = inodes(site.out)
    site.write("site.yml", "title: Renamed\nlanguage: en\nsearch: false\n")
    result = site.build()
    assert result.unchanged == 0  # a new stamp: nothing is trusted, every file is written
    assert inodes(site.out).keys() == before.keys()
    assert "Renamed" in site.read("index.html")


def test_template_change_invalidates_the_cache(make_site):
    site = make_site(notes())
    site.build()
    site.write("templates/404.html", "{% extends 'default:404.html' %}{% block content %}GONE{% endblock %}")
    result = site.build()
    assert result.unchanged == 0 and "GONE" in site.read("404.html")


def test_a_corrupt_or_deleted_cache_is_only_a_slower_build(make_site):
    site = make_site(notes())
    site.build()
    reference = contents(site.out)
    for name in (LAST_FILE, NOTES_FILE):
        (site.root / CACHE_DIR / name).write_bytes(b"\x80\x04 not a pickle")
    assert site.build().diagnostics == () and contents(site.out) == reference
    import shutil

    shutil.rmtree(site.root / CACHE_DIR)
    assert site.build().files > 0 and contents(site.out) == reference


def test_no_cache_neither_reads_nor_writes_it(make_site):
    site = make_site(notes())
    result = site.build(use_cache=False)
    assert result.files > 0 and not (site.root / CACHE_DIR).exists()


def test_warnings_are_reported_again_when_nothing_changed(make_site):
    site = make_site({**notes(), "content/odd.md": "---\ntitle: Odd\nevent_date: 2019-02-30\n---\n\n## T\n\nAさん\n"})
    first = site.build()
    again = site.build()
    assert again.files == 0 and again.diagnostics == first.diagnostics and again.errors == 1


def test_serve_starts_from_what_build_normalized(make_site, monkeypatch):
    """Normalized notes depend only on talkarchive's code: serve (another output folder here) reuses them."""
    import generator.engine.build as build_module
    from generator.core.config import load_config
    from generator.preview.serve import LiveSite

    site = make_site(notes(4))
    site.build()
    site.write("content/n3.md", NOTE.format(n=3, m=4).replace("Notes for talk 3.", "Changed since the build."))
    read = []
    real = build_module.normalize_file
    monkeypatch.setattr(build_module, "normalize_file", lambda *a, **k: read.append(a[1]) or real(*a, **k))
    overrides = {"output_dir": str(site.root / "preview"), "search": False}
    rebuilder = LiveSite(lambda: load_config(site.config_path, overrides=overrides))
    result = rebuilder.rebuild()
    assert result.full and read == ["n3.md"]  # only the note edited since the build was read again
    assert "Changed since the build." in (site.root / "preview/events/cache-meetup-3/talk-3-about-caching/index.html"
                                          ).read_text(encoding="utf-8")
