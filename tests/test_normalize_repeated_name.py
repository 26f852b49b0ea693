"""The event's name inside a post's title, found by what the note repeats (batch 21's shapes, our own words):
`Liveblogging HarborCon 2017`, `Talks at MeriConf`, `KAIGAN.JS 初開催です`, `Pier Meetup Kansai リポート`."""
from __future__ import annotations

from generator.normalize import titles
from note_text import event_of


def test_a_post_word_before_the_name_goes_when_the_note_repeats_the_name():
    event = event_of("""
        ---
        title: 'Liveblogging HarborCon 2017'
        date: 2017-07-12
        ---
        We are the liveblogging partner for HarborCon 2017! Summaries of the talks follow.

        HarborCon 2017 starts tomorrow in the main hall.
        """)
    assert event.title == "HarborCon 2017"


def test_what_the_writer_did_at_a_written_name_goes():
    event = event_of("""
        ---
        title: Lumenware at RuKaSo
        ---
        Three of us went to RuKaSo this year. RuKaSo is the biggest Ruby event of the region.
        """)
    assert event.title == "RuKaSo"


def test_a_japanese_post_word_after_the_name_goes():
    event = event_of("""
        ---
        title: KAIGAN.JS 初開催です
        date: 2019-06-01
        ---
        KAIGAN.JS という勉強会を始めました。第1回の KAIGAN.JS には30人が来てくれました。
        """)
    assert event.title == "KAIGAN.JS"
    event = event_of("""
        ---
        title: Pier Meetup Kansai リポート
        ---
        Pier Meetup Kansai に行ってきました。次回の Pier Meetup Kansai も楽しみです。
        """)
    assert event.title == "Pier Meetup Kansai"


def test_the_name_stays_whole_when_the_rest_is_part_of_it():
    # guards: a place, a number, an edition and an English name the note writes shorter all stay
    assert titles.name_the_note_repeats("NDC Harbour 2017", "Harbour 2017 ... Harbour 2017") == "NDC Harbour 2017"
    assert titles.name_the_note_repeats("Pier Summit Tokyo", "Pier Summit ... Pier Summit") == "Pier Summit Tokyo"
    assert titles.name_the_note_repeats("Pier Summit London Edition", "Pier Summit .. Pier Summit") \
        == "Pier Summit London Edition"
    assert titles.name_the_note_repeats("builderscon tokyo 2016", "2016 .. 2016 .. builderscon") \
        == "builderscon tokyo 2016"
    assert titles.name_the_note_repeats("Third meetup at Acme.io", "Acme.io .. Acme.io") == "Third meetup at Acme.io"


def test_the_title_stays_when_the_note_repeats_it_whole_or_never_the_part():
    assert titles.name_the_note_repeats("Liveblogging HarborCon 2017", "the conference, never named") \
        == "Liveblogging HarborCon 2017"
    whole = "Liveblogging HarborCon 2017"
    assert titles.name_the_note_repeats(whole, f"{whole} ... HarborCon 2017 .. HarborCon 2017") == whole


def test_a_photo_album_named_after_the_event_is_not_its_page():
    event = event_of("""
        ---
        title: 'Harbor.rb#1'
        date: 2011-03-12
        ---
        Harbor.rb#1 を開催しました。Harbor.rb は港町の Ruby コミュニティです。

        [Harbor.rb#1 の写真](http://www.flickr.com/photos/harbor/sets/72157626236654358/)
        """)
    assert event.title == "Harbor.rb#1"
    assert event.url is None


def test_review_cases_keep_their_names_whole():
    # guards from the review: a romanised place, a name of its own before `to`, another event's Japanese name
    body = "QCon this week. QCon is great. RubyKaigi 2019 RubyKaigi 2019 JAWS-UG JAWS-UG DroidKaigi 2019 DroidKaigi 2019"
    for title in ("QCon Beijing", "PyCon Reading", "Road to RubyKaigi 2019", "RubyKaigi 2019 前夜祭",
                  "JAWS-UG 初心者支部", "DroidKaigi 2019 振り返り会"):
        assert titles.name_the_note_repeats(title, body) == title


def test_the_title_in_front_matter_is_not_counted_as_the_note_naming_the_event():
    event = event_of("""
        ---
        title: 'Liveblogging HarborCon 2017'
        ---
        The conference starts tomorrow.
        """)
    assert event.title == "Liveblogging HarborCon 2017"
