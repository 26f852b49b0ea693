"""Atom feeds: well-formed, parsed cleanly by feedparser, dated by events (never the clock), base_url honoured."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import xml.etree.ElementTree as ET

import feedparser
import pytest

from generator.engine.build import read_and_normalize
from generator.core.config import SiteConfig, load_config
from generator.outputs.feeds import atom_feed, site_feeds
from generator.index.site_index import build_index
from generator.core.model import Event, Speaker, Talk
from generator.render.urls import Urls

D = dt.date
ATOM = "{http://www.w3.org/2005/Atom}"

NOTES = {
    "content/2023-rust.md": """\
        ---
        canonical: true
        title: 港町 Rust 勉強会 #3
        event_date: 2023-06-17
        venue: 港町コワーキング 3F, 大会議室; 北側
        event_url: https://minato-rust.connpass.com/event/4242/
        tags: [Rust, 型システム]
        talks:
          - title: 所有権とライフタイムを図で理解するための、とても長い長い発表タイトル
            speakers: [山田 花子, Jane Doe]
          - title: </script><script>alert(1)</script> & friends
            speakers: [{name: 佐藤 次郎, handle: jiro_s}]
        ---
        """,
    "content/2021-tiny.md": """\
        ---
        title: "Tiny Testing Meetup #1"
        date: 2021-04-10
        tags: [Testing, Rust]
        ---
        ## Property-based testing in practice
        - Speaker: Ada Example (@ada_ex)
        - shrinking finds the smallest failing case

        ## LT: Snapshot tests without tears
        - by Ben Sample
        """,
}
SITE_YML = "title: 勉強会アーカイブ\nauthor: 記録係\nlanguage: ja\nbase_url: https://user.github.io/archive/\n"


@pytest.fixture(autouse=True)
def no_source_date_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture
def site(make_site):
    root = make_site(dict(NOTES, **{"site.yml": SITE_YML}))
    config, _ = load_config(root.config_path)
    notes, diags = read_and_normalize(config)
    assert [d for d in diags if d.level == "error"] == []
    index = build_index([n.event for n in notes], config.aliases)
    return config, index, Urls(config)


def parse(text: str):
    ET.fromstring(text.encode("utf-8"))  # well-formed XML, declaration included
    feed = feedparser.parse(text.encode("utf-8"))
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


def index_of(*events: Event):
    return build_index(list(events))


def test_site_and_tag_feeds_are_produced(site):
    config, index, urls = site
    files = site_feeds(config, index, urls)
    assert set(files) == {"feed.xml", "tags/rust/feed.xml", "tags/testing/feed.xml", "tags/型システム/feed.xml"}
    for text in files.values():
        assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n')
        parse(text)


def test_site_feed_entries(site):
    config, index, urls = site
    feed = parse(site_feeds(config, index, urls)["feed.xml"])
    assert feed.version == "atom10"
    assert feed.feed.title == "勉強会アーカイブ"
    assert feed.feed.author == "記録係"
    assert feed.feed.updated == "2023-06-17T00:00:00Z"
    assert feed.feed.generator == "talkarchive"
    links = {link.rel: link.href for link in feed.feed.links}
    assert links == {"self": "https://user.github.io/archive/feed.xml", "alternate": "https://user.github.io/archive/"}
    assert feed.feed.id == "https://user.github.io/archive/feed.xml"

    assert [e.title for e in feed.entries] == ["港町 Rust 勉強会 #3", "Tiny Testing Meetup #1"]
    first, second = feed.entries
    assert first.link == first.id == "https://user.github.io/archive/events/%E6%B8%AF%E7%94%BA-rust-%E5%8B%89%E5%BC%B7%E4%BC%9A-3/"
    assert first.updated_parsed[:6] == (2023, 6, 17, 0, 0, 0)
    assert first.published_parsed[:6] == (2023, 6, 17, 0, 0, 0)
    assert second.updated == "2021-04-10T00:00:00Z"
    assert [t.term for t in first.tags] == ["Rust", "型システム"]
    assert sorted(t.term for t in second.tags) == ["Rust", "Testing"]
    assert first.author == "記録係"


def test_entry_content_lists_talks_with_speakers_and_escapes_titles(site):
    config, index, urls = site
    text = site_feeds(config, index, urls)["feed.xml"]
    entry = parse(text).entries[0]
    (content,) = entry.content
    assert content.type == "text/html"
    html = content.value
    assert "所有権とライフタイムを図で理解するための、とても長い長い発表タイトル" in html
    assert "山田 花子, Jane Doe" in html and "佐藤 次郎" in html
    assert "港町コワーキング 3F, 大会議室; 北側" in html
    # the title is text in the HTML, never markup: feedparser's sanitizer would have dropped a real <script>
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends" in html
    assert "<script" not in text  # not even once-escaped in the XML itself
    # talk links are absolute
    assert re.findall(r'href="([^"]+)"', html) and all(
        h.startswith("https://user.github.io/archive/events/") for h in re.findall(r'href="([^"]+)"', html))


def test_tag_feed_has_only_its_events_and_links_to_the_tag_page(site):
    config, index, urls = site
    files = site_feeds(config, index, urls)
    feed = parse(files["tags/testing/feed.xml"])
    assert [e.title for e in feed.entries] == ["Tiny Testing Meetup #1"]
    assert feed.feed.title == "勉強会アーカイブ: Testing"
    links = {link.rel: link.href for link in feed.feed.links}
    assert links["self"] == "https://user.github.io/archive/tags/testing/feed.xml"
    assert links["alternate"] == "https://user.github.io/archive/tags/testing/"
    ja = parse(files["tags/型システム/feed.xml"])
    assert [e.title for e in ja.entries] == ["港町 Rust 勉強会 #3"]
    assert {link.rel: link.href for link in ja.feed.links}["self"] == \
        "https://user.github.io/archive/tags/%E5%9E%8B%E3%82%B7%E3%82%B9%E3%83%86%E3%83%A0/feed.xml"


def test_every_url_carries_the_base_path(site):
    config, index, urls = site
    for path, text in site_feeds(config, index, urls).items():
        root = ET.fromstring(text.encode("utf-8"))
        found = [el.get("href") for el in root.iter(f"{ATOM}link")] + [el.text for el in root.iter(f"{ATOM}id")]
        for content in root.iter(f"{ATOM}content"):
            found += re.findall(r'href="([^"]+)"', content.text)
        assert found
        for url in found:
            assert url.startswith("https://user.github.io/archive/"), (path, url)


def test_path_only_base_url_gives_root_relative_links_and_tag_ids(site):
    config, index, _ = site
    config = dataclasses.replace(config, base_url="/archive/")
    urls = Urls(config)
    feed = parse(site_feeds(config, index, urls)["feed.xml"])
    assert {link.rel: link.href for link in feed.feed.links}["self"] == "/archive/feed.xml"
    assert feed.entries[1].link == "/archive/events/tiny-testing-meetup-1/"
    ids = [feed.feed.id] + [e.id for e in feed.entries]
    assert all(i.startswith("tag:talkarchive,2024:%E5%8B%89%E5%BC%B7%E4%BC%9A") for i in ids), ids
    assert feed.entries[1].id.endswith("/events/tiny-testing-meetup-1/")
    assert len(set(ids)) == len(ids)
    # stable: the same input gives the same ids
    assert [e.id for e in parse(site_feeds(config, index, urls)["feed.xml"]).entries] == ids[1:]


def test_entries_dated_by_event_then_publication_and_undated_left_out():
    index = index_of(
        Event("a.md", "Dated Meetup", date=D(2022, 3, 1), tags=("x",)),
        Event("b.md", "Published Only", published=D(2022, 5, 9), tags=("x",)),
        Event("c.md", "Nothing Known", tags=("x",)),
    )
    config = SiteConfig(title="T", base_url="https://example.org/")
    feed = parse(site_feeds(config, index, Urls(config))["feed.xml"])
    assert [e.title for e in feed.entries] == ["Published Only", "Dated Meetup"]
    assert feed.entries[0].updated == "2022-05-09T00:00:00Z"
    assert feed.feed.updated == "2022-05-09T00:00:00Z"


def test_limit_keeps_the_newest():
    events = [Event(f"{i}.md", f"Meetup {i}", date=D(2020, 1, 1) + dt.timedelta(days=i)) for i in range(25)]
    index = index_of(*events)
    config = SiteConfig(title="T", base_url="https://example.org/")
    urls = Urls(config)
    assert len(parse(site_feeds(config, index, urls)["feed.xml"]).entries) == 20
    few = parse(site_feeds(config, index, urls, limit=3)["feed.xml"])
    assert [e.title for e in few.entries] == ["Meetup 24", "Meetup 23", "Meetup 22"]


def test_empty_feed_has_a_fixed_date(monkeypatch):
    config = SiteConfig(title="Empty")
    urls = Urls(config)
    text = atom_feed(config, urls, [], feed_path="feed.xml", title="Empty")
    feed = parse(text)
    assert feed.entries == [] and feed.feed.updated == "1970-01-01T00:00:00Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert parse(atom_feed(config, urls, [], feed_path="feed.xml", title="Empty")).feed.updated == \
        "2023-11-14T22:13:20Z"


def test_output_is_deterministic(site):
    config, index, urls = site
    assert site_feeds(config, index, urls) == site_feeds(config, index, urls)


def test_characters_invalid_in_xml_are_stripped():
    bad = "Bell\x07 \x0bnight\x00 \ufffe"
    talk = Talk(title=f"Talk {bad}", speakers=(Speaker("Ann\x1b Lee"),))
    index = index_of(Event("a.md", f"Meetup {bad}", date=D(2024, 2, 2), venue="Hall\x01 B", talks=(talk,),
                           tags=("t\x02ag",)))
    config = SiteConfig(title="Site\x08", author="Me\x0c", description="desc\x1f", base_url="https://example.org/")
    files = site_feeds(config, index, Urls(config))
    for text in files.values():
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe]", text)
        parse(text)
    entry = parse(files["feed.xml"]).entries[0]
    assert entry.title.strip() == "Meetup Bell night"
    assert "Ann Lee" in entry.content[0].value


def test_custom_content_function(site):
    config, index, urls = site
    files = site_feeds(config, index, urls, content=lambda e: f"<p>{len(e.talks)} talks</p>")
    assert [e.content[0].value for e in parse(files["feed.xml"]).entries] == ["<p>2 talks</p>", "<p>2 talks</p>"]
