"""Headings that are the writer's own sections, not talks, and a programme's slots under day headings.

Seen in real notes (batch 9 and earlier, rewritten in our own words): an attendee's diary whose headings
are plain Japanese (`きっかけ`, `下準備`), an English recap's verdict (`The Good`, `In summary`), a
conference schedule with one `##` heading per weekday, and a heading that is only the kind of a slot
(`### Lightning talks` with a time and nothing else).
"""
from __future__ import annotations

import pytest

from generator.normalize import sections
from note_text import event_of, talks_of
import datetime as dt


def test_a_diary_of_plain_japanese_headings_has_no_talks():
    talks = talks_of("""
        ---
        title: はじめてのカンファレンス参加記
        date: 2025-05-20
        ---
        ## きっかけ
        会社の先輩に誘われて、初めて大きなカンファレンスに行きました。

        ## 下準備
        前日に聞きたいセッションを決めて、交通手段を調べました。

        ## 楽しかった！
        廊下で話しかけてくれた人とたくさん話せました。

        ## 次回は…
        来年は発表する側になりたいです。
        """)
    assert talks == []


def test_a_heading_with_a_technical_word_is_still_a_talk_beside_the_diary():
    talks = talks_of("""
        ---
        title: はじめてのカンファレンス参加記
        date: 2025-05-20
        ---
        ## きっかけ
        会社の先輩に誘われて行きました。

        ## Rust で書く小さなインタプリタ
        字句解析から評価器までを一時間で作る発表でした。

        ## パケットキャプチャ入門
        tcpdump の使い方を一から説明していました。

        ## 楽しかった！
        また行きたいです。
        """)
    assert [t for t, _, _ in talks] == ["Rust で書く小さなインタプリタ", "パケットキャプチャ入門"]


def test_a_plain_japanese_title_without_speaker_slides_or_video_is_read_as_the_writers_section():
    # the trade-off, measured: of 543 labelled Japanese talk titles 29 are kanji and kana alone and 4 of those
    # name no speaker, while headings of that shape without evidence were the writer's sections four times in
    # five; such a talk is lost unless its speaker, slides or video is written down
    talks = talks_of("""
        ---
        title: 秋の勉強会
        date: 2025-10-02
        ---
        ## 関数型言語の型推論
        単一化の仕組みを図で説明していました。

        ## 自然言語処理入門
        形態素解析から始める話でした。
        """)
    assert talks == []


def test_a_heading_that_mostly_is_the_events_name_goes_but_one_about_a_part_of_it_stays():
    talks = talks_of("""
        ---
        title: DjangoCon 2019 に参加しました
        date: 2019-04-12
        ---
        ## DjangoCon とは
        毎年ヨーロッパで開かれるカンファレンスです。

        ## The history of DjangoCon Europe
        Ten years of the conference told by its first organiser.
        """)
    assert [t for t, _, _ in talks] == ["The history of DjangoCon Europe"]


def test_a_lead_in_sentence_with_its_slides_is_still_a_talk():
    talks = talks_of("""
        ---
        title: Rust night
        date: 2025-01-20
        ---
        ## What I wish I knew about lifetimes:
        Slides: https://speakerdeck.com/ana/lifetimes
        """)
    # (without the colon that leads to its notes: a title never ends in one)
    assert [t for t, _, _ in talks] == ["What I wish I knew about lifetimes"]


def test_plain_japanese_words_with_a_speaker_are_a_talk():
    talks = talks_of("""
        ---
        title: 秋の勉強会
        date: 2025-10-02
        ---
        ## 正規表現のはなし
        発表者: 森川 澄子さん

        後方参照の使いどころを紹介していました。

        ## 感想
        面白かったです。
        """)
    assert talks == [("正規表現のはなし", ["森川 澄子"], "talk")]


@pytest.mark.parametrize("verdict", ["The Good", "The Bad", "In summary", "Final words", "About the conference",
                                     "Next meetup", "Upcoming conferences", "Group photo", "The venue"])
def test_an_english_recaps_own_sections_are_no_talks(verdict):
    talks = talks_of(f"""
        ---
        title: Notes from Harbour Data Day 2025
        date: 2025-03-08
        ---
        ## Streaming joins without tears
        Priya Raman showed how she keeps two event streams in step.

        ## {verdict}
        A few words from me about the day as a whole, the room and the people.
        """)
    assert [t for t, _, _ in talks] == ["Streaming joins without tears"]


def test_a_heading_about_the_event_itself_goes_to_the_event():
    event = event_of("""
        ---
        title: Frontend Harbor 2025 に参加しました
        date: 2025-09-14
        ---
        ## Frontend Harbor とは
        港町で毎年開かれるフロントエンドのカンファレンスです。

        ## CSS Container Queries 実践
        発表者: 浜田 悠さん

        実案件での使い方の話でした。
        """)
    assert [t.title for t in event.talks] == ["CSS Container Queries 実践"]
    assert "港町で毎年開かれる" in event.body


@pytest.mark.parametrize("heading", ["Day 2", "Monday", "Day one", "2日目", "Tuesday, June 3rd"])
def test_a_day_heading_is_a_day(heading):
    assert sections.is_day(heading)


@pytest.mark.parametrize("heading", ["Track A", "Mondays are hard", "Sunday Morning Coffee Chats", "Rust 入門"])
def test_other_headings_are_not_days(heading):
    assert not sections.is_day(heading)


def test_a_schedule_by_weekday_gives_the_slots_under_each_day_with_their_speakers():
    talks = talks_of("""
        ---
        title: Schedule
        ---
        # Schedule

        ## Monday

        ### Beginners' workshop

        -  9:00am -  5:00pm

        ### Getting going with Elixir

        - 10:00am - 12:00pm
        - Corinne Vasquez

        <p>A first morning with the language and its tools.</p>

        ## Tuesday

        ### Opening

        -  9:15am -  9:30am

        ### Queues that never lose a message

        - 10:45am - 11:30am
        - Tobias Lind, Amara Okafor

        What we learned running them for five years.

        ### Lightning talks

        -  4:00pm -  4:45pm

        ## Wednesday

        ### Dinner on your own

        -  6:00pm

        ### Typed configuration

        -  9:30am - 10:15am
        - Henrik Solberg
        """)
    # (a workshop is a session of its kind, led by nobody named here; the slot that is only a kind's name is not)
    assert [(t, s) for t, s, _ in talks] == [
        ("Beginners' workshop", []),
        ("Getting going with Elixir", ["Corinne Vasquez"]),
        ("Queues that never lose a message", ["Tobias Lind", "Amara Okafor"]),
        ("Typed configuration", ["Henrik Solberg"]),
    ]


def test_a_backslash_escaped_handle_in_a_heading_is_the_speaker_and_the_news_sections_are_not_talks():
    talks = talks_of(r"""
        ---
        title: Riverside Ruby, June
        date: 2025-06-11
        ---
        ### Releases

        \* [Sinatra 5](https://example.org/sinatra-5)\
        \* [Puma 9](https://example.org/puma-9)

        ### Next Meetup

        July 9th, same place.

        ### "Caching without regret" by [\@lenaorr](https://example.org/lenaorr)

        Lena walked through the cache keys she stopped writing by hand.

        ### "A tour of Ractors" by [\@tkoval](https://example.org/tkoval)

        ### [Rails 9 changes](https://example.org/r9) by [\@mo_diallo](https://example.org/mo)
        """)
    assert talks == [("Caching without regret", ["lenaorr"], "talk"), ("A tour of Ractors", ["tkoval"], "talk"),
                     ("Rails 9 changes", ["mo_diallo"], "talk")]


def test_a_list_of_titles_over_notes_that_open_with_the_speaker_gives_the_talks():
    talks = talks_of("""
        ---
        title: Lightning round, March
        date: 2025-03-19
        ---
        Five minutes each, a hard stop.

        - Parsing dates without tears

          Oskar showed us the three calendars his library handles.

        - Queues in Postgres

          Wen demoed a job queue built on `SKIP LOCKED`.

        - Shell history as a database

          I went through my own setup, too fast as always.

        - Petra walked us through her home weather station and its dashboard.
          She logs every reading since 2019.
        """)
    # (a night named a lightning round, five minutes each: its talks are lightning talks, as an LT night's are; read
    # so since session 40, when `lightning round` became a word of the kind)
    assert talks == [("Parsing dates without tears", ["Oskar"], "lightning"), ("Queues in Postgres", ["Wen"], "lightning"),
                     ("Shell history as a database", [], "lightning"),
                     ("her home weather station and its dashboard", ["Petra"], "lightning")]


def test_a_list_of_points_with_explanations_is_no_programme():
    talks = talks_of("""
        ---
        title: Retro of our study group
        date: 2025-03-19
        ---
        - The room was too small

          Next time we book the bigger one.

        - Snacks ran out

          We will order more.

        - Start on time

          Everyone agreed.
        """)
    assert talks == []


@pytest.mark.parametrize("label", ["Schedule", "Overview", "Day 1", "Accepted Talks", "February 2017", "Time Table"])
def test_a_generic_page_title_gives_way_to_the_event_the_text_names_most(label):
    event = event_of(f"""
        ---
        title: {label}
        ---
        Harbor Data Summit 2025 opened with a welcome from the organizers.

        ## Streaming joins without tears
        Priya Raman showed how she keeps two event streams in step.

        ## Notes
        Harbor Data Summit 2025 was the biggest so far; Open Space #1 ran beside the talks.
        """)
    assert event.title == "Harbor Data Summit 2025"


def test_a_name_said_once_late_in_the_text_does_not_replace_a_generic_title():
    event = event_of("""
        ---
        title: Schedule
        ---
        ## Monday

        ### Getting going with Elixir

        - Corinne Vasquez

        A month before Elixir Days 2019 the first release came out.
        """)
    assert event.title == "Schedule"


@pytest.mark.parametrize("title", ["RubyKaigi 2019", "Intro to Rust", "Post PyCon"])
def test_an_events_own_name_is_no_generic_label(title):
    assert not sections.generic_label(title)


@pytest.mark.parametrize("title", ["Next.js in production", "About time: scheduling in Rust", "Final Tagless in Scala",
                                   "Social networks in Python", "Summary statistics done right"])
def test_talk_titles_that_open_with_a_recap_word_are_still_talks(title):
    talks = talks_of(f"""
        ---
        title: Notes from Harbor Data Day 2025
        date: 2025-03-08
        ---
        ## {title}
        A talk I enjoyed, with a demo at the end.

        ## Streaming joins without tears
        Another one, on event streams.
        """)
    assert [t for t, _, _ in talks] == [title, "Streaming joins without tears"]


def test_emoji_shortcodes_and_the_speakers_biography_are_not_talks():
    talks = talks_of("""
        ---
        title: Harbor Cloud Summit 2025
        date: 2025-05-04
        ---
        #### :white_check_mark: Migrations at the speed of light
        Great pacing.

        #### :heavy_minus_sign: Service meshes without the mess
        Too many slides.

        #### About Ines Calvo and Ruth Abara
        Both run the platform team at a harbour logistics firm.

        #### Booths

        #### Missed
        - Observability 101
        """)
    assert [t for t, _, _ in talks] == ["Migrations at the speed of light", "Service meshes without the mess"]


def test_a_meetup_page_speaking_to_its_reader_has_no_talks_in_its_headings():
    # a group's "next meetup" page: What? / When? / Where? labels, then headings that are the page's own asides
    event = event_of("""
        # Next Meetup
        **What?** [PHP Galway — May 2016](https://www.meetup.com/PHP-Galway/events/1/)
        **When?** May 17th 2016 @ 7:00pm
        **Where?** [Harbour Labs, Dock Road, Galway](https://maps.example.org/?q=dock+road)

        ### What if I'm hungry and thirsty?
        Pizza and drinks, thanks to our sponsors.

        ### I wanna talk!
        Great! Send us the details of your talk.

        ### Doors open 7pm
        """)
    assert event.title == "PHP Galway — May 2016"
    assert event.date == dt.date(2016, 5, 17)
    assert event.venue == "Harbour Labs, Dock Road, Galway"
    assert event.talks == ()


@pytest.mark.parametrize("title", ["Closing the loop on flaky tests", "Are you sure your tests test anything?"])
def test_a_talk_heading_with_notes_under_it_is_kept(title):
    talks = talks_of(f"""
        ---
        title: Notes from Harbor Test Day 2025
        date: 2025-03-08
        ---
        ## {title}
        {"A long talk with many details on retries, quarantine lists and the cost of reruns. " * 6}

        ## Streaming joins without tears
        Another one, on event streams.
        """)
    assert [t for t, _, _ in talks] == [title, "Streaming joins without tears"]
