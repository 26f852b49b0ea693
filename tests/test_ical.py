"""The events calendar: valid iCalendar, TEXT escaping that round-trips, CRLF, folding that keeps UTF-8 whole."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from generator.engine.build import read_and_normalize
from generator.core.config import SiteConfig, load_config
from generator.outputs.ical import escape_text, events_calendar, fold
from generator.index.site_index import build_index
from generator.core.model import Event, Speaker, Talk
from generator.render.urls import Urls

D = dt.date
LONG_JA = "所有権とライフタイムを図で理解するための、とても長い長い発表タイトル（前編）：借用チェッカーとの和解"

NOTES = {
    "content/2023-rust.md": f"""\
        ---
        canonical: true
        title: 港町 Rust 勉強会 #3 〜型とライフタイムの夜〜 長いイベント名でも折り返しが正しいことを確かめる
        event_date: 2023-06-17
        venue: 港町コワーキング 3F, 大会議室; 北側
        event_url: https://minato-rust.connpass.com/event/4242/
        talks:
          - title: {LONG_JA}
            speakers: [山田 花子, Jane Doe]
          - title: 'Paths like C:\\temp; commas, and semicolons'
            speakers: [佐藤 次郎]
        ---
        """,
    "content/2021-tiny.md": """\
        ---
        title: "Tiny Testing Meetup #1"
        date: 2021-04-10
        ---
        ## Property-based testing in practice
        - Speaker: Ada Example (@ada_ex)
        """,
    "content/undated.md": """\
        # An evening with no date

        ## Some talk
        - by Someone Else
        """,
}
SITE_YML = "title: 勉強会アーカイブ, 港町; 記録\nlanguage: ja\nbase_url: https://user.github.io/archive/\n"


@pytest.fixture(autouse=True)
def no_source_date_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture
def site(make_site):
    root = make_site(dict(NOTES, **{"site.yml": SITE_YML}))
    config, _ = load_config(root.config_path)
    notes, _ = read_and_normalize(config)
    index = build_index([n.event for n in notes], config.aliases)
    return config, index, Urls(config)


def events_of(text: str) -> dict[str, object]:
    cal = Calendar.from_ical(text)
    return {str(ev["SUMMARY"]): ev for ev in cal.walk("VEVENT")}


def assert_physical_lines_ok(text: str):
    data = text.encode("utf-8")
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"") and b"\r" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold never splits a multibyte character


def test_calendar_header(site):
    config, index, urls = site
    text = events_calendar(config, index, urls)
    cal = Calendar.from_ical(text)
    assert cal["VERSION"] == "2.0"
    assert cal["PRODID"] == "-//talkarchive//talkarchive//EN"
    assert cal["CALSCALE"] == "GREGORIAN"
    assert "\r\nX-WR-CALNAME:勉強会アーカイブ\\, 港町\\; 記録\r\n" in text  # escaped as TEXT


def test_one_all_day_event_per_dated_event(site):
    config, index, urls = site
    events = events_of(events_calendar(config, index, urls))
    assert len(events) == 2  # the undated note is left out
    rust = events["港町 Rust 勉強会 #3 〜型とライフタイムの夜〜 長いイベント名でも折り返しが正しいことを確かめる"]
    assert rust.decoded("DTSTART") == D(2023, 6, 17)
    assert rust.decoded("DTEND") == D(2023, 6, 18)
    assert rust.decoded("DTSTAMP") == dt.datetime(2023, 6, 17, tzinfo=dt.timezone.utc)
    assert str(rust["UID"]) == f"{index.events[0].slug}@user.github.io"
    assert index.events[0].slug.startswith("港町-rust-勉強会-3-")
    assert str(rust["URL"]) == urls.absolute(index.events[0].path)
    assert str(rust["URL"]).startswith("https://user.github.io/archive/events/%E6%B8%AF%E7%94%BA-rust-")
    tiny = events["Tiny Testing Meetup #1"]
    assert tiny.decoded("DTSTART") == D(2021, 4, 10) and tiny.decoded("DTEND") == D(2021, 4, 11)
    assert str(tiny["UID"]) == "tiny-testing-meetup-1@user.github.io"
    assert "LOCATION" not in tiny


def test_text_escaping_round_trips(site):
    config, index, urls = site
    text = events_calendar(config, index, urls)
    assert "LOCATION:港町コワーキング 3F\\, 大会議室\\; 北側\r\n" in text
    rust = [ev for ev in Calendar.from_ical(text).walk("VEVENT") if "LOCATION" in ev][0]
    assert str(rust["LOCATION"]) == "港町コワーキング 3F, 大会議室; 北側"
    assert str(rust["DESCRIPTION"]).split("\n") == [
        f"{LONG_JA} — 山田 花子, Jane Doe",
        "Paths like C:\\temp; commas, and semicolons — 佐藤 次郎",
    ]


def test_crlf_and_folding_never_split_utf8(site):
    config, index, urls = site
    text = events_calendar(config, index, urls)
    assert_physical_lines_ok(text)
    assert any(line.startswith(" ") for line in text.split("\r\n"))  # the long Japanese lines were folded


@pytest.mark.parametrize("prefix", ["", "a", "ab", "DESCRIPTION:", "X"])
def test_fold_japanese_at_every_byte_offset(prefix):
    line = prefix + "あいうえお漢字🎤" * 20
    folded = fold(line)
    assert_physical_lines_ok(folded)
    assert folded[:-2].replace("\r\n ", "") == line


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\r\n"), max_size=400))
def test_fold_property(text):
    folded = fold("SUMMARY:" + text)
    assert_physical_lines_ok(folded)
    assert folded[:-2].replace("\r\n ", "") == "SUMMARY:" + text


def test_escape_text():
    assert escape_text("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"
    assert escape_text("bell\x07 tab\t") == "bell tab\t"


def test_path_only_base_falls_back_to_the_event_page(site):
    config, index, _ = site
    config = dataclasses.replace(config, base_url="/archive/")
    events = events_of(events_calendar(config, index, Urls(config)))
    rust = [ev for ev in events.values() if "LOCATION" in ev][0]
    assert str(rust["URL"]) == "https://minato-rust.connpass.com/event/4242/"
    assert "URL" not in events["Tiny Testing Meetup #1"]  # no absolute page and no event page
    assert str(rust["UID"]).endswith("@talkarchive")


def test_every_url_carries_the_base_path(site):
    config, index, urls = site
    for ev in Calendar.from_ical(events_calendar(config, index, urls)).walk("VEVENT"):
        assert str(ev["URL"]).startswith("https://user.github.io/archive/events/")


def test_source_date_epoch_sets_dtstamp(site, monkeypatch):
    config, index, urls = site
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for ev in Calendar.from_ical(events_calendar(config, index, urls)).walk("VEVENT"):
        assert ev.decoded("DTSTAMP") == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.timezone.utc)


def test_empty_calendar_and_control_characters():
    config = SiteConfig(title="Empty")
    empty = Calendar.from_ical(events_calendar(config, build_index([]), Urls(config)))
    assert empty.walk("VEVENT") == []
    talk = Talk(title="Bell\x07 talk", speakers=(Speaker("Ann\x1b Lee"),))
    index = build_index([Event("a.md", "Night\x00 one", date=D(2024, 2, 2), venue="Hall\x01 B", talks=(talk,))])
    text = events_calendar(config, index, Urls(config))
    assert_physical_lines_ok(text)
    (ev,) = Calendar.from_ical(text).walk("VEVENT")
    assert str(ev["SUMMARY"]) == "Night one" and str(ev["DESCRIPTION"]) == "Bell talk — Ann Lee"
