"""sitemap.xml (absolute URLs only, no 404 page) and robots.txt."""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from generator.engine.build import read_and_normalize
from generator.core.config import SiteConfig, load_config
from generator.index.site_index import build_index
from generator.outputs.sitemap import robots_txt, sitemap_xml
from generator.render.urls import Urls

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

NOTES = {
    "content/2023-rust.md": """\
        ---
        canonical: true
        title: 港町 Rust 勉強会 #3
        event_date: 2023-06-17
        tags: [Rust, 型システム]
        talks:
          - title: 所有権を図で理解する
            speakers: [山田 花子]
          - title: Fearless & concurrent <threads>
            speakers: [Jane Doe]
        ---
        """,
    "content/2021-tiny.md": """\
        ---
        title: "Tiny Testing Meetup #1"
        date: 2021-04-10
        tags: [Testing]
        ---
        ## Property-based testing in practice
        - Speaker: Ada Example (@ada_ex)
        """,
}


@pytest.fixture
def site(make_site):
    root = make_site(dict(NOTES, **{"site.yml": "title: T\nbase_url: https://user.github.io/archive/\n"}))
    config, _ = load_config(root.config_path)
    notes, _ = read_and_normalize(config)
    index = build_index([n.event for n in notes], config.aliases)
    paths = ["", "events/", "tags/", "speakers/", "404.html"]
    for e in index.events:
        paths += [e.path] + [t.path for t in e.talks]
    paths += [t.path for t in index.tags] + [s.path for s in index.speakers]
    return config, index, Urls(config), paths


def locs(text: str) -> list[str]:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{NS}urlset"
    return [url.find(f"{NS}loc").text for url in root.findall(f"{NS}url")]


def test_sitemap_lists_every_page_but_404_with_absolute_urls(site):
    config, index, urls, paths = site
    text = sitemap_xml(urls, paths)
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n')
    found = locs(text)
    assert len(found) == len(paths) - 1
    assert not any("404" in u for u in found)
    assert found[0] == "https://user.github.io/archive/"
    assert all(u.startswith("https://user.github.io/archive/") for u in found)  # the base path is kept
    assert urls.absolute(index.events[0].talks[1].path) in found
    assert "https://user.github.io/archive/tags/%E5%9E%8B%E3%82%B7%E3%82%B9%E3%83%86%E3%83%A0/" in found


def test_lastmod_only_where_known_and_duplicates_once(site):
    config, index, urls, paths = site
    entry = index.events[0]
    text = sitemap_xml(urls, paths + [entry.path], {entry.path: dt.date(2023, 6, 18)})
    root = ET.fromstring(text)
    dated = {u.find(f"{NS}loc").text: u.find(f"{NS}lastmod").text
             for u in root.findall(f"{NS}url") if u.find(f"{NS}lastmod") is not None}
    assert dated == {urls.absolute(entry.path): "2023-06-18"}
    assert len(locs(text)) == len(set(locs(text))) == len(paths) - 1


def test_no_sitemap_without_an_absolute_base():
    for base in ("/", "/archive/"):
        urls = Urls(SiteConfig(base_url=base))
        assert sitemap_xml(urls, ["", "events/"]) is None
        assert robots_txt(urls) == "User-agent: *\nAllow: /\n"


def test_robots_names_the_sitemap(site):
    _, _, urls, _ = site
    assert robots_txt(urls) == ("User-agent: *\nAllow: /\n\n"
                                "Sitemap: https://user.github.io/archive/sitemap.xml\n")


def test_empty_site_gives_a_valid_empty_sitemap():
    urls = Urls(SiteConfig(base_url="https://example.org/"))
    assert locs(sitemap_xml(urls, ["404.html"])) == []
