"""schema.org JSON-LD: Event with talks as subEvents, performers with speaker pages, safe inside <script>."""
from __future__ import annotations

import dataclasses
import json
from html.parser import HTMLParser

import pytest

from generator.engine.build import read_and_normalize
from generator.core.config import SiteConfig, load_config
from generator.index.site_index import build_index
from generator.outputs.jsonld import event_jsonld, script_safe_json, speakers_by_slug, talk_jsonld
from generator.core.model import Event, Speaker, Talk
from generator.render.urls import Urls

EVIL = "</script><script>alert(1)</script> & <!-- friends"

NOTES = {
    "content/2023-rust.md": f"""\
        ---
        canonical: true
        title: 港町 Rust 勉強会 #3
        event_date: 2023-06-17
        venue: 港町コワーキング 3F
        event_url: https://minato-rust.connpass.com/event/4242/
        talks:
          - title: 所有権とライフタイムを図で理解する
            speakers: [山田 花子, Jane Doe]
          - title: '{EVIL}'
            speakers: [{{name: 佐藤 次郎, handle: jiro_s}}]
          - title: 休憩中の雑談
        ---
        """,
    "content/2021-online.md": """\
        ---
        title: "Remote Testing Meetup #1"
        date: 2021-04-10
        venue: オンライン (Zoom)
        event_url: https://remote-testing.connpass.com/event/77/
        ---
        ## Property-based testing in practice
        - Speaker: Ada Example (@ada_ex)
        """,
}
SITE_YML = "title: 勉強会アーカイブ\nlanguage: ja\nbase_url: https://user.github.io/archive/\n"


@pytest.fixture
def site(make_site):
    root = make_site(dict(NOTES, **{"site.yml": SITE_YML}))
    config, _ = load_config(root.config_path)
    notes, _ = read_and_normalize(config)
    index = build_index([n.event for n in notes], config.aliases)
    return config, index, Urls(config)


def by_title(index, title):
    return next(e for e in index.events if e.event.title == title)


def all_urls(data):
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("url", "@id") and isinstance(value, str):
                yield value
            else:
                yield from all_urls(value)
    elif isinstance(data, list):
        for item in data:
            yield from all_urls(item)


def test_event_page(site):
    config, index, urls = site
    entry = by_title(index, "港町 Rust 勉強会 #3")
    data = json.loads(event_jsonld(config, urls, entry, speakers_by_slug(index)))
    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["name"] == "港町 Rust 勉強会 #3"
    assert data["url"] == urls.absolute(entry.path)
    assert data["startDate"] == "2023-06-17"
    assert data["location"] == {"@type": "Place", "name": "港町コワーキング 3F"}
    assert "eventAttendanceMode" not in data and "eventStatus" not in data and "organizer" not in data
    assert data["sameAs"] == "https://minato-rust.connpass.com/event/4242/"
    assert len(data["subEvent"]) == len(entry.talks) == 3
    first, evil, chat = data["subEvent"]
    assert first["@type"] == "Event" and first["name"] == "所有権とライフタイムを図で理解する"
    assert first["url"] == urls.absolute(entry.talks[0].path)
    assert [(p["@type"], p["name"]) for p in first["performer"]] == [("Person", "山田 花子"), ("Person", "Jane Doe")]
    assert first["performer"][1]["url"] == "https://user.github.io/archive/speakers/jane-doe/"
    assert all("sameAs" not in p for p in first["performer"])  # no profile URL is known
    assert evil["name"] == EVIL
    assert "performer" not in chat


def test_talk_page(site):
    config, index, urls = site
    entry = by_title(index, "港町 Rust 勉強会 #3")
    talk = entry.talks[0]
    data = json.loads(talk_jsonld(config, urls, entry, talk, speakers_by_slug(index)))
    assert data["@type"] == "Event" and data["name"] == "所有権とライフタイムを図で理解する"
    assert data["url"] == urls.absolute(talk.path)
    assert data["startDate"] == "2023-06-17"
    assert data["superEvent"] == {"@type": "Event", "name": "港町 Rust 勉強会 #3",
                                  "url": urls.absolute(entry.path), "startDate": "2023-06-17"}
    assert [p["name"] for p in data["performer"]] == ["山田 花子", "Jane Doe"]
    assert data["performer"][0]["url"] == urls.absolute("speakers/山田-花子/")


def test_online_venue_is_a_virtual_location(site):
    config, index, urls = site
    entry = by_title(index, "Remote Testing Meetup #1")
    data = json.loads(event_jsonld(config, urls, entry, speakers_by_slug(index)))
    assert data["location"] == {"@type": "VirtualLocation", "name": "オンライン (Zoom)",
                                "url": "https://remote-testing.connpass.com/event/77/"}
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


class Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts: list[str] = []
        self.inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.inside = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.scripts[-1] += data


@pytest.mark.parametrize("page", ["event", "talk"])
def test_script_break_out_is_impossible(site, page):
    config, index, urls = site
    entry = by_title(index, "港町 Rust 勉強会 #3")
    speakers = speakers_by_slug(index)
    text = (event_jsonld(config, urls, entry, speakers) if page == "event"
            else talk_jsonld(config, urls, entry, entry.talks[1], speakers))
    assert not set("<>&") & set(text)
    assert "\\u003c/script\\u003e" in text
    html = f'<html><head><script type="application/ld+json">{text}</script></head><body></body></html>'
    parser = Scripts()
    parser.feed(html)
    assert len(parser.scripts) == 1  # nothing broke out into a second script
    data = json.loads(parser.scripts[0])
    names = [s["name"] for s in data["subEvent"]] if page == "event" else [data["name"]]
    assert EVIL in names


def test_script_safe_json_escapes_line_separators_and_surrogates():
    text = script_safe_json({"a": "x\u2028y\u2029z<>&", "b": "\ud800"})
    assert "\u2028" not in text and "\u2029" not in text
    text.encode("utf-8")  # a lone surrogate is written as an escape, so the page can be written
    assert json.loads(text)["a"] == "x\u2028y\u2029z<>&"


def test_undated_and_venueless_event_says_nothing_it_does_not_know():
    index = build_index([Event("a.md", "Open Mic", talks=(Talk("First", (Speaker("Ann Lee"),)),))])
    config = SiteConfig(title="T", base_url="https://example.org/")
    urls = Urls(config)
    (entry,) = index.events
    data = json.loads(event_jsonld(config, urls, entry, speakers_by_slug(index)))
    assert set(data) == {"@context", "@type", "name", "url", "subEvent"}
    talk = json.loads(talk_jsonld(config, urls, entry, entry.talks[0], speakers_by_slug(index)))
    assert "startDate" not in talk and "location" not in talk and "startDate" not in talk["superEvent"]


def test_every_url_carries_the_base_path(site):
    config, index, urls = site
    speakers = speakers_by_slug(index)
    for entry in index.events:
        texts = [event_jsonld(config, urls, entry, speakers)]
        texts += [talk_jsonld(config, urls, entry, t, speakers) for t in entry.talks]
        for text in texts:
            found = list(all_urls(json.loads(text)))
            own = [u for u in found if "connpass.com" not in u]
            assert own
            assert all(u.startswith("https://user.github.io/archive/") for u in own), own


def test_path_only_base_url_gives_root_relative_urls(site):
    config, index, _ = site
    config = dataclasses.replace(config, base_url="/archive/")
    urls = Urls(config)
    entry = by_title(index, "港町 Rust 勉強会 #3")
    data = json.loads(event_jsonld(config, urls, entry, speakers_by_slug(index)))
    assert data["url"].startswith("/archive/events/")
    assert data["subEvent"][0]["performer"][1]["url"] == "/archive/speakers/jane-doe/"
