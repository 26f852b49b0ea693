"""Venues as real notes state them in passing (venue.py's later sentence readers, the title's `@ host`). Our own
sentences, in the shapes real notes use."""
from __future__ import annotations

import pytest

from generator.normalize import venue
from note_text import event_of


@pytest.mark.parametrize("line, place", [
    ("__Location__: Harbor Tech - Dock 107 <br/>", "Harbor Tech - Dock 107"),
    ("* **Location** [Pier Tables](https://example.org/pier)", "Pier Tables"),
    ('<li><span style="font-weight:bold">場所:</span> 港シアター3F 301教室(<a href="/route">行き方はこちら</a>)</li>',
     "港シアター3F 301教室"),
    ("会場のMinato Partnersさん素敵なオフィスでしたー。", "Minato Partners"),
    ("HarborConnect#1(@みなと商事さん)でLTしてきました。", "みなと商事"),
    ("さる2023年10月20日、聖地秋葉原にて Harbor Fest が開催され、こっそり現地参加してきました。", "聖地秋葉原"),
    ("イベントHarbor Next'19が07/30〜08/01に渡って、ザ・ハーバー　パークタワーで開催されました。", "ザ・ハーバー　パークタワー"),
    ("Back from my talk, given for the Harbour Developers Group in Minato's Victoria offices, London UK.",
     "Minato's Victoria offices"),
    ("I went to the Pier Native Meetup at Dockly’s San Francisco office.", "Dockly’s San Francisco office"),
    ("The event took place into the Pier Factory. It was hard to get there.", "Pier Factory"),
    ("The place was the premises of [Harborbank](https://example.org/bank) one of the largest banks.", "Harborbank"),
    ("2015年8月5日に、同僚と一緒に Dockly のオフィスにて Pier Product Meetup を開きました。", "Dockly"),
])
def test_a_venue_said_in_passing(line, place):
    assert venue.find_venue(line) == place


@pytest.mark.parametrize("line", [
    "会場の雰囲気は最高でした。",
    "  * Scrapboxをはじめよう (@minato_k, 15分)",  # a speaker's handle in parentheses
    "12/13に神戸にてHarbor Workshop 2025が開催されました。",  # a town, after the day
    "The meetup took place in London last week.",  # a town
])
def test_no_venue_in_these(line):
    assert venue.find_venue(line) is None


def test_a_label_with_an_empty_value_does_not_take_the_next_label():
    found = venue.find_venue('**Date:**\n**Location:**<span style="color: #333;"> </span>\n**RSVP Required:**\n')
    assert found is None


@pytest.mark.parametrize("title, place", [
    ("Pier Devops Meetup @ Dockly", "Dockly"),
    ("PHP Pier #6 @ みなと商事さん に参加してきました #phppier", "みなと商事"),
])
def test_the_host_after_an_at_sign_in_the_title_is_the_venue(title, place):
    event = event_of(f"""
        ---
        title: "{title}"
        ---
        Notes from the evening.
        """)
    assert event.venue == place


def test_each_late_reader_looks_only_where_its_words_are_and_finds_what_the_plain_pattern_finds():
    """The speed boundary (`venue._where`): a finder read only on lines holding its words finds, on every line of
    the fixture notes and of this file's cases, exactly what its pattern finds read everywhere."""
    from pathlib import Path
    root = Path(__file__).resolve().parent / "fixtures"
    lines = [line for path in root.rglob("*") if path.is_file() and path.suffix in (".md", ".txt", ".markdown", ".html")
             for line in path.read_text(encoding="utf-8", errors="replace").split("\n")]
    lines += [line for line, _ in [
        ("会場のMinato Partnersさん素敵なオフィスでしたー。", None), ("HarborConnect#1(@みなと商事さん)でLTしてきました。", None),
        ("I went to the Pier Native Meetup at Dockly’s San Francisco office.", None),
        ("The event took place into the Pier Factory.", None)]]
    plain = (venue._VENUE_OF.search, venue._AT_HOST_IN_PARENS.search, venue._NITE_HELD.search, venue._ORGS_OFFICE.search,
             venue._ORGS_OFFICE_JA.search, venue._TOOK_PLACE_INTO.search, venue._PREMISES_OF.search)
    guarded = venue._LATE_READERS
    found = 0
    for fast, slow in zip(guarded, plain):
        for line in lines:
            a, b = fast(line), slow(line)
            assert (a.group("v") if a else None) == (b.group("v") if b else None), line
            found += bool(b)
    assert found >= 4
