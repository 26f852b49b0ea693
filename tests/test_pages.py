"""Pages beyond one per event and talk: years, pagination, search, data files, embeds, tables of contents."""
from __future__ import annotations

import json
import re

import pytest

from generator.outputs.pagefind import pagefind_executable


def meetup(n: int, year: int, talks: int = 1, tags: str = "[Python]") -> str:
    body = "\n".join(f"## Talk {n}-{i}\n\nSpeaker {n}-{i}さん\n\nnotes {i}\n" for i in range(1, talks + 1))
    return f"---\ntitle: Meetup {n}\nevent_date: {year}-03-{(n % 27) + 1:02d}\ntags: {tags}\n---\n\n{body}"


def links(html: str) -> list[str]:
    return re.findall(r'href="([^"]+)"', html)


def test_year_pages_list_that_years_events_and_are_linked(make_site):
    site = make_site({"content/a.md": meetup(1, 2019), "content/b.md": meetup(2, 2019),
                      "content/c.md": meetup(3, 2021)})
    site.build()
    y2019 = site.read("events/2019/index.html")
    assert "Meetup 1" in y2019 and "Meetup 2" in y2019 and "Meetup 3" not in y2019
    assert "Meetup 3" in site.read("events/2021/index.html")
    assert "/events/2019/" in links(site.read("events/index.html"))
    assert '<span aria-current="page">2019</span>' in y2019


def test_an_event_slug_never_takes_a_year_page(make_site):
    site = make_site({"content/a.md": "---\ntitle: '2019'\nevent_date: 2019-05-01\n---\n\n## A talk\n\nさくらさん\n"})
    site.build()
    assert "Events in 2019" in site.read("events/2019/index.html")
    assert (site.out / "events/2019-event/index.html").is_file()


def test_long_lists_are_paginated_with_page_size(make_site):
    notes = {f"content/m{n}.md": meetup(n, 2020) for n in range(1, 8)}
    site = make_site(notes, config="title: T\nlanguage: en\nsearch: false\npage_size: 3\n")
    site.build()
    pages = [site.read("events/index.html"), site.read("events/page/2/index.html"),
             site.read("events/page/3/index.html")]
    assert not (site.out / "events/page/4").exists()
    shown = [re.findall(r">Meetup (\d+)</a></h3>", p) for p in pages]
    assert [len(s) for s in shown] == [3, 3, 1]
    assert len({n for s in shown for n in s}) == 7  # every event exactly once
    assert 'rel="next" href="/events/page/2/"' in pages[0] and 'rel="prev"' not in pages[0]
    assert 'rel="prev" href="/events/page/2/"' in pages[2]
    assert "Page 2 of 3" in pages[1] and "7 events" in pages[1]
    assert "<title>Events (page 2) | T</title>" in pages[1]
    # the tag lists the same seven events over three pages too, and the year page likewise
    assert (site.out / "tags/python/page/3/index.html").is_file()
    assert (site.out / "events/2020/page/3/index.html").is_file()


def test_no_pagination_links_for_a_short_list(make_site):
    site = make_site({"content/a.md": meetup(1, 2020)})
    site.build()
    assert 'class="pagination"' not in site.read("events/index.html")


def test_api_events_json_has_the_inspect_schema_and_page_urls(make_site):
    site = make_site({"content/a.md": meetup(1, 2020, talks=2)},
                     config="title: T\nbase_url: https://user.github.io/archive/\nsearch: false\n")
    site.build()
    records = json.loads(site.read("api/events.json"))
    assert len(records) == 1
    record = records[0]
    assert {"source", "title", "date", "venue", "url", "source_url", "hashtags", "tags", "talks"} <= set(record)
    assert record["date"] == "2020-03-02" and record["tags"] == ["Python"]
    assert record["page"] == "https://user.github.io/archive/events/meetup-1/"
    assert [t["title"] for t in record["talks"]] == ["Talk 1-1", "Talk 1-2"]
    assert record["talks"][0]["page"].startswith("https://user.github.io/archive/events/meetup-1/")
    assert record["talks"][0]["speakers"][0]["name"] == "Speaker 1-1"


def test_every_page_links_the_feed_and_the_search_box_goes_to_the_search_page(make_site):
    site = make_site({"content/a.md": meetup(1, 2020)},
                     config="title: T\nbase_url: https://user.github.io/archive/\nsearch: true\n")
    result = site.build()
    home = site.read("index.html")
    assert '<link rel="alternate" type="application/atom+xml" title="T" href="/archive/feed.xml">' in home
    assert re.search(r'<form class="site-search" role="search" action="/archive/search/" method="get">', home)
    assert 'name="q"' in home
    assert "/archive/events.ics" in links(home) and "/archive/api/events.json" in links(home)
    if result.search_seconds is None:
        pytest.skip("Pagefind is not installed")


@pytest.mark.skipif(pagefind_executable() is None, reason="Pagefind is not installed (pip install 'pagefind[extended]')")
def test_search_index_covers_talk_and_event_pages_only(make_site):
    site = make_site({"content/a.md": meetup(1, 2020, talks=2)},
                     config="title: T\nbase_url: https://user.github.io/archive/\n")
    result = site.build()
    assert result.search_seconds is not None and result.warnings == 0
    entry = json.loads(site.read("pagefind/pagefind-entry.json"))
    language = next(iter(entry["languages"].values()))
    assert language["page_count"] == 3  # one event and two talks; lists, tags and speakers are not indexed
    search = site.read("search/index.html")
    assert 'src="/archive/pagefind/pagefind-ui.js"' in search
    assert 'data-bundle="/archive/pagefind/" data-base="/archive/"' in search
    assert (site.out / "pagefind/pagefind-ui.js").is_file()


def test_search_off_builds_no_index_and_no_search_box(make_site):
    site = make_site({"content/a.md": meetup(1, 2020)})  # make_site's default config has search: false
    result = site.build()
    assert result.search_seconds is None
    assert not (site.out / "pagefind").exists()
    assert "site-search" not in site.read("index.html")
    assert "not enabled" in site.read("search/index.html")


def test_a_missing_pagefind_is_a_warning_and_the_site_still_builds(make_site, monkeypatch):
    import generator.outputs.pagefind

    monkeypatch.setattr(generator.outputs.pagefind, "pagefind_executable", lambda: None)
    site = make_site({"content/a.md": meetup(1, 2020)}, config="title: T\n")
    result = site.build()
    assert result.warnings == 1
    assert "Pagefind is not installed" in result.diagnostics[0].message
    assert (site.out / "events/meetup-1/index.html").is_file()


VIDEO_NOTE = """\
---
title: Video Night
event_date: 2021-06-01
talks:
  - title: Recorded talk
    speakers: [Ada]
    video: https://youtu.be/dQw4w9WgXcQ
    slides: https://speakerdeck.com/ada/recorded-talk
---
"""


@pytest.mark.parametrize("mode", ["click", "eager", "off"])
def test_embed_modes(make_site, mode):
    site = make_site({"content/v.md": VIDEO_NOTE.replace("---\n", "---\ncanonical: true\n", 1)},
                     config=f"title: T\nlanguage: en\nsearch: false\nembeds: {mode}\n")
    site.build()
    html = site.read("events/video-night/recorded-talk/index.html")
    player = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    if mode == "click":
        assert f'data-embed-player="{player}"' in html and "<iframe" not in html
        assert "Load the YouTube player" in html and "www.youtube-nocookie.com" in html
    elif mode == "eager":
        assert f'<iframe src="{player}"' in html and 'loading="lazy"' in html and "sandbox=" in html
    else:
        assert player not in html and "<iframe" not in html
    # a deck page has no player id: a link card (or a plain link with embeds off)
    assert 'href="https://speakerdeck.com/ada/recorded-talk"' in html
    assert ('class="link-card link-card-slides"' in html) == (mode != "off")


def test_a_bare_player_url_on_its_own_line_in_the_notes_becomes_a_player(make_site):
    note = ("---\ntitle: Notes Night\nevent_date: 2021-06-02\n---\n\n## Watching later\n\nAdaさん\n\n"
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n\ninline https://vimeo.com/123456789 stays a link\n\n"
            '<iframe src="https://evil.example/x"></iframe>\n')
    site = make_site({"content/n.md": note})
    site.build()
    html = site.read("events/notes-night/watching-later/index.html")
    assert 'data-embed-player="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert "player.vimeo.com" not in html and 'href="https://vimeo.com/123456789"' in html
    assert "<iframe" not in html and 'data-embed-player="https://evil' not in html  # a link at most


def test_hatena_contents_marker_becomes_a_table_of_contents(make_site):
    note = ("---\ntitle: TOC Night\nevent_date: 2021-06-03\n---\n\nIntro text.\n\n[:contents]\n\n"
            "## First talk\n\nAdaさん\n\nnotes\n\n## Second talk\n\nBenさん\n\nnotes\n\n## まとめ\n\nGood night.\n")
    site = make_site({"content/t.md": note})
    site.build()
    html = site.read("events/toc-night/index.html")
    toc = re.search(r'<nav class="toc" aria-label="Contents">(.*?)</nav>', html, flags=re.DOTALL)
    assert toc, "no table of contents"
    assert "/events/toc-night/first-talk/" in toc.group(1) and "/events/toc-night/second-talk/" in toc.group(1)
    heading_id = re.search(r'<h3 id="([^"]+)">まとめ</h3>', html).group(1)
    assert f'href="#{heading_id}"' in toc.group(1)
    assert "[:contents]" not in html and "TABLE-OF-CONTENTS" not in html


def test_heading_ids_are_unique_and_never_clash_with_the_pages_own(make_site):
    note = ("---\ntitle: Ids\nevent_date: 2021-06-04\n---\n\n## Only talk\n\nAdaさん\n\n### Main\n\nx\n\n"
            "### Q&A\n\na\n\n### Q&A\n\nb\n")
    site = make_site({"content/i.md": note})
    site.build()
    html = site.read("events/ids/only-talk/index.html")
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), ids
    assert '<main id="main"' in html and 'id="main-2"' in html


def test_a_talk_in_another_language_than_the_site_is_marked(make_site):
    note = ("---\ntitle: 混在の夜\nevent_date: 2021-06-05\n---\n\n## English title only\n\nAdaさん\n\n"
            "## 日本語のトーク\n\nBenさん\n\n今日の話\n")
    site = make_site({"content/m.md": note}, config="title: T\nlanguage: ja\nsearch: false\n")
    site.build()
    assert '<article class="talk" lang="en"' in site.read("events/混在の夜/english-title-only/index.html")
    assert '<article class="talk" data-pagefind-body' in site.read("events/混在の夜/日本語のトーク/index.html")


def _events_shown(value, event_of: dict[int, str], seen: set[str]) -> set[str]:
    """The events whose views (EventView, TalkView) `value` holds anywhere: in lists, tuples, dicts or
    the fields of a dataclass (a YearGroup, another view), found by identity."""
    import dataclasses

    slug = event_of.get(id(value))
    if slug is not None:
        seen.add(slug)
    if isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _events_shown(item, event_of, seen)
    elif isinstance(value, dict):
        for item in value.values():
            _events_shown(item, event_of, seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _events_shown(getattr(value, f.name), event_of, seen)
    return seen


@pytest.mark.parametrize("page_size", [2, 20])
def test_every_page_declares_exactly_the_events_whose_views_it_shows(make_site, page_size):
    """Page.deps decide which pages a notes-text edit renders again (engine/invalidation.py, for serve and build alike);
    this checks them against a search of every page's context for the views themselves (how those pages
    were found before), and that each page's `remake` gives its context again."""
    from generator.core.config import load_config
    from generator.index.site_index import build_index
    from generator.normalize import normalize
    from generator.render.render_site import SitePlan
    from generator.read.sources import read_note
    from generator.render.themes import load_theme

    notes = {f"content/m{n}.md": meetup(n, 2018 + n % 3, talks=1 + n % 3,
                                        tags=["[Python]", "[Rust, Python]", "[]"][n % 3]) for n in range(1, 9)}
    notes["content/undated.md"] = "---\ntitle: Undated meetup\n---\n\n## Talk\n\nSpeaker 1-1さん\n\nnotes\n"
    site = make_site(notes, config=f"title: Deps\nlanguage: ja\nsearch: false\npage_size: {page_size}\n"
                                   "recent_events: 3\n")
    config, _ = load_config(site.config_path)
    events = [normalize(read_note(path, path.name)).event for path in sorted((site.root / "content").glob("*.md"))]
    plan = SitePlan(config, build_index(events, config.aliases, config.language), load_theme(config))
    event_of = {id(view): slug for slug, view in plan.views.events.items()}
    event_of.update((id(view), slug) for (slug, _), view in plan.views.talks.items())
    assert any(len(p.page.deps) > 1 for p in plan.pages) and any(not p.page.deps for p in plan.pages)
    for planned in plan.pages:
        page = planned.page
        assert page.deps == _events_shown(page.context, event_of, set()), page.path
        assert page.remake is None and not page.deps or page.remake() == page.context, page.path
