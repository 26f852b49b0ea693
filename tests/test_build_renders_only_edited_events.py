"""A build after only notes text changed renders only the pages that show the edited events (engine/invalidation.py),
and its output, warnings and images are exactly a clean build's."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from generator.engine.build import build
from generator.core.config import load_config

PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)

NOTES = {
    "content/2023-04-kanazawa-go.md": """\
        ---
        title: 金沢 Go 勉強会 #4
        event_date: 2023-04-15
        venue: 金沢市文化ホール
        tags: [go, backend]
        ---

        会場は満員でした。

        ## 並行処理の落とし穴

        - 登壇者: 田中 一郎

        チャネルの close は送信側で。

        ![構成図](img/arch.png)

        ## pprof 入門

        - 登壇者: 佐藤 花子

        flame graph の読み方。
        """,
    "content/2023-06-kanazawa-go.md": """\
        ---
        title: 金沢 Go 勉強会 #5
        event_date: 2023-06-17
        tags: [go]
        ---

        ## ジェネリクス再入門

        - 登壇者: 佐藤 花子

        型パラメータの制約について。

        ![なくなった図](img/missing.png)
        """,
    "content/2022-11-frontend.md": """\
        ---
        title: Frontend Evening 7
        event_date: 2022-11-02
        tags: [frontend]
        ---

        ## CSS container queries

        - Speaker: Alex Kim

        Cards that fit their column.

        ## Signals everywhere

        - Speaker: 田中 一郎

        A tour of fine-grained reactivity.
        """,
}


def tree(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def problems(result) -> list[tuple]:
    """The build's findings, without the note that a URL moved: only the build that saw it move says
    so (a clean build of the same notes finds the old URL in the map already)."""
    return [(d.level, d.message, d.path, d.line) for d in result.diagnostics
            if not (d.level == "info" and "the old one redirects" in d.message)]


@pytest.fixture
def site(make_site):
    site = make_site(NOTES)
    site.write("content/img/arch.png", PNG)
    first = site.build()
    assert first.rendered is None and first.warnings == 1  # the missing image
    return site


def clean_build(site, tmp_path):
    config, _ = load_config(site.config_path, overrides={"output_dir": str(tmp_path / "clean")})
    result = build(config, use_cache=False)
    return tree(tmp_path / "clean"), result


def assert_same_as_clean(site, result, tmp_path):
    files, clean = clean_build(site, tmp_path)
    assert tree(site.out) == files
    assert problems(result) == problems(clean)  # the same problems in the same order


def edit(site, rel: str, old: str, new: str) -> None:
    path = site.root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_editing_one_talks_notes_renders_only_that_events_pages(site, tmp_path):
    before = tree(site.out)
    edit(site, "content/2022-11-frontend.md", "Cards that fit their column.", "Cards that fit their column, at last.")
    messages = []
    result = site.build(progress=messages.append)
    assert result.rendered is not None and 0 < result.rendered < result.pages
    assert any("only the notes of 1 event(s) changed" in m for m in messages)
    changed = {rel for rel, data in tree(site.out).items() if before.get(rel) != data}
    assert changed and all(rel.startswith("events/frontend-evening-7/") for rel in changed), changed
    assert_same_as_clean(site, result, tmp_path)


def test_editing_an_events_own_notes_renders_its_page(site, tmp_path):
    edit(site, "content/2023-04-kanazawa-go.md", "会場は満員でした。", "会場は満員でした。懇親会もありました。")
    result = site.build()
    assert result.rendered is not None
    assert "懇親会もありました。" in site.read("events/金沢-go-勉強会-4/index.html")
    assert_same_as_clean(site, result, tmp_path)


def test_warnings_and_images_of_events_not_rendered_again_are_still_reported_and_kept(site, tmp_path):
    edit(site, "content/2022-11-frontend.md", "A tour of", "A short tour of")
    result = site.build()
    assert result.rendered is not None
    assert [d.path for d in result.diagnostics] == ["2023-06-kanazawa-go.md"]  # the other note's missing image
    assert (site.out / "media/img/arch.png").read_bytes() == PNG
    assert_same_as_clean(site, result, tmp_path)


def test_fixing_the_edited_notes_own_warning_removes_it(site, tmp_path):
    edit(site, "content/2023-06-kanazawa-go.md", "![なくなった図](img/missing.png)", "図は省略。")
    result = site.build()
    assert result.rendered is not None and result.warnings == 0
    assert_same_as_clean(site, result, tmp_path)


def test_an_edited_note_that_now_shows_an_image_copies_it_and_one_that_drops_it_removes_it(site, tmp_path):
    edit(site, "content/2023-06-kanazawa-go.md", "型パラメータの制約について。", "型パラメータの制約について。\n\n![図](img/arch.png)")
    edit(site, "content/2023-04-kanazawa-go.md", "![構成図](img/arch.png)", "")
    result = site.build()
    assert result.rendered is not None
    assert (site.out / "media/img/arch.png").is_file()  # still shown, by the other note now
    assert_same_as_clean(site, result, tmp_path)
    edit(site, "content/2023-06-kanazawa-go.md", "\n\n![図](img/arch.png)", "")
    result = site.build()
    assert result.rendered is not None and not (site.out / "media/img/arch.png").exists()
    assert_same_as_clean(site, result, tmp_path)


@pytest.mark.parametrize("change", ["title", "speaker", "tag", "talk added", "image added", "note added",
                                    "note removed", "date"])
def test_anything_but_notes_text_renders_every_page(site, tmp_path, change):
    rel = "content/2022-11-frontend.md"
    if change == "title":
        edit(site, rel, "title: Frontend Evening 7", "title: Frontend Evening Seven")
    elif change == "speaker":
        edit(site, rel, "Speaker: Alex Kim", "Speaker: Alex Kimura")
    elif change == "tag":
        edit(site, rel, "tags: [frontend]", "tags: [frontend, css]")
    elif change == "talk added":
        edit(site, rel, "## Signals", "## Web components\n\n- Speaker: Mo Lee\n\nShadow DOM.\n\n## Signals")
    elif change == "image added":
        site.write("content/img/new.png", PNG)
    elif change == "note added":
        site.write("content/2024-01-new.md", "---\ntitle: New Year Talks\nevent_date: 2024-01-10\n---\n\n## Hello\n")
    elif change == "note removed":
        (site.root / rel).unlink()
    else:
        edit(site, rel, "event_date: 2022-11-02", "event_date: 2022-11-03")
    result = site.build()
    assert result.rendered is None
    assert_same_as_clean(site, result, tmp_path)


def test_merged_events_render_every_page(make_site, tmp_path):
    note = "---\ntitle: Shared Meetup\nevent_date: 2021-05-05\n---\n\n## One talk\n\n- Speaker: Ann\n\n{text}\n"
    site = make_site({"content/a.md": note.format(text="From A."), "content/b.md": note.format(text="From B.")})
    site.build()
    edit(site, "content/a.md", "From A.", "From A, edited.")
    result = site.build()
    assert result.rendered is None
    assert_same_as_clean(site, result, tmp_path)


def test_output_changed_by_hand_renders_every_page(site, tmp_path):
    (site.out / "events/frontend-evening-7/index.html").write_text("changed", encoding="utf-8")
    edit(site, "content/2022-11-frontend.md", "A tour of", "A long tour of")
    result = site.build()
    assert result.rendered is None
    assert_same_as_clean(site, result, tmp_path)


def test_many_random_text_edits_match_clean_builds(site, tmp_path):
    """Text typed into random notes, some builds strict, some edits touching two notes at once."""
    rng = random.Random(7)
    words = ["追記。", "A new line.", "`code`", "**太字**", "- a list item", "[link](https://example.com/x)",
             "![図](img/arch.png)", "![なし](img/none.png)", "> quote"]
    rels = sorted(NOTES)
    for step in range(8):
        for rel in rng.sample(rels, rng.choice([1, 1, 2])):
            path = site.root / rel
            lines = path.read_text(encoding="utf-8").splitlines()
            # anywhere after the front matter, but never a line that would read as a talk's field
            at = rng.choice([i for i in range(lines.index("---", 1) + 1, len(lines) + 1)
                             if i == len(lines) or not lines[i].startswith("- ")])
            lines.insert(at, "\n" + rng.choice(words) + "\n")
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = site.build()
        assert result.rendered is not None, f"step {step}: every page was rendered"
        assert_same_as_clean(site, result, tmp_path / f"step{step}")


def test_a_theme_showing_notes_on_list_pages_keeps_every_events_findings(site, tmp_path):
    """The home page re-rendered for the edited event also shows other events' notes (only some of
    them): those events' warnings and images must stay whole, as the last build found them."""
    site.write("templates/home.html", """\
        {% extends "default:home.html" %}
        {% block content %}{{ super() }}{% for event in recent_events %}<div>{{ event.notes_html }}</div>{% endfor %}{% endblock %}
        """)
    site.build()
    edit(site, "content/2022-11-frontend.md", "A tour of", "A quick tour of")
    result = site.build()
    assert result.rendered is not None
    assert result.warnings == 1 and (site.out / "media/img/arch.png").is_file()
    assert_same_as_clean(site, result, tmp_path)
    edit(site, "content/2022-11-frontend.md", "A quick tour of", "A slow tour of")
    result = site.build()  # and the build after that still has them
    assert result.warnings == 1 and (site.out / "media/img/arch.png").is_file()
    assert_same_as_clean(site, result, tmp_path / "again")


def test_two_equal_warnings_of_one_note_both_count_as_in_serve(make_site, tmp_path):
    from generator.render.render_site import render_site
    from generator.index.site_index import build_index
    from generator.engine.build import read_and_normalize
    from generator.render.themes import load_theme

    site = make_site({"content/a.md": "---\ntitle: Twice\nevent_date: 2024-01-01\n---\n\n## One talk\n\n"
                                      "- Speaker: Ann\n\n![a](img/none.png) and ![b](img/none.png)\n"})
    result = site.build()
    config, _ = load_config(site.config_path)
    notes, _ = read_and_normalize(config)
    rendered = render_site(config, build_index([n.event for n in notes], config.aliases), load_theme(config))
    assert result.warnings == 2 == sum(1 for d in rendered.diagnostics if d.level == "warning")


def test_a_note_touched_but_not_changed_renders_nothing_and_its_new_stamp_is_kept(site, tmp_path):
    import os

    from generator.engine.state import load_state
    from generator.render.themes import load_theme

    path = site.root / "content/2022-11-frontend.md"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    before = tree(site.out)
    messages = []
    result = site.build(progress=messages.append)
    assert result.rendered == 0 and tree(site.out) == before
    assert any("no note's text changed" in m for m in messages)
    config, _ = load_config(site.config_path)
    assert load_state(config, load_theme(config)).notes["2022-11-frontend.md"].stamp[1] == path.stat().st_mtime_ns


def test_a_note_that_cannot_be_read_does_not_stop_the_others_from_being_kept(site, tmp_path):
    site.write("content/broken.md", "---\ntitle: [unclosed\n---\n\n## T\n")
    site.build()
    edit(site, "content/2022-11-frontend.md", "A tour of", "A fine tour of")
    result = site.build()
    assert result.rendered is not None and result.errors == 1
    assert_same_as_clean(site, result, tmp_path)


def test_kept_pages_through_forked_workers(site, tmp_path, monkeypatch):
    import multiprocessing
    from types import SimpleNamespace

    from generator.engine import parallel

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("worker processes need fork (not on Windows)")
    # threads other tests left running would keep every build in one process (see test_parallel)
    monkeypatch.setattr(parallel, "threading", SimpleNamespace(active_count=lambda: 1))
    monkeypatch.setitem(parallel.SERIAL_BELOW, "pages", 0)
    monkeypatch.setitem(parallel.TASK_SIZE, "pages", 2)
    forked = []
    real_map = parallel._map
    monkeypatch.setattr(parallel, "_map", lambda fn, items, jobs, serial, *a, **k:
                        forked.append(not serial) or real_map(fn, items, jobs, serial, *a, **k))
    import shutil

    from generator.engine.state import CACHE_DIR

    shutil.rmtree(site.root / CACHE_DIR)
    site.build(jobs=2)  # a full build through workers, so the findings come back from them
    assert forked and forked[-1], "the pages were not rendered in workers"
    edit(site, "content/2023-04-kanazawa-go.md", "flame graph の読み方。", "flame graph の読み方と注意。")
    result = site.build(jobs=2)
    assert result.rendered is not None and result.warnings == 1
    assert_same_as_clean(site, result, tmp_path)


def test_killed_between_writing_the_two_cache_files(site, tmp_path):
    """The build record is written first: with the notes' records of the build before, the next build
    reads the edited note again and renders its pages again."""
    from generator.engine.state import CACHE_DIR, NOTES_FILE

    records = site.root / CACHE_DIR / NOTES_FILE
    old_records = records.read_bytes()
    edit(site, "content/2022-11-frontend.md", "A tour of", "A long, long tour of")
    site.build()
    records.write_bytes(old_records)  # as if killed after the build record, before the notes' records
    result = site.build()
    assert "A long, long tour of" in site.read("events/frontend-evening-7/signals-everywhere/index.html")
    assert_same_as_clean(site, result, tmp_path)


def test_a_cache_of_an_older_format_is_a_full_build(site, tmp_path):
    import pickle

    from generator.engine.state import CACHE_DIR, LAST_FILE

    last = site.root / CACHE_DIR / LAST_FILE
    fmt, stamp, value = pickle.loads(last.read_bytes())
    last.write_bytes(pickle.dumps((fmt - 1, stamp, value)))
    edit(site, "content/2022-11-frontend.md", "A tour of", "An old tour of")
    result = site.build()
    assert result.rendered is None
    assert_same_as_clean(site, result, tmp_path)


def test_an_upgraded_library_starts_the_cache_afresh(site, tmp_path, monkeypatch):
    """Pages kept from the last build must not be ones an older Jinja or cmark rendered."""
    import importlib.metadata

    from generator.engine import state as cache

    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "99.0" if name == "cmarkgfm" else real(name))
    cache.code_stamp.cache_clear()
    try:
        edit(site, "content/2022-11-frontend.md", "A tour of", "A new tour of")
        result = site.build()
    finally:
        cache.code_stamp.cache_clear()
    assert result.rendered is None and result.unchanged == 0  # nothing trusted: every file written again
    assert_same_as_clean(site, result, tmp_path)
