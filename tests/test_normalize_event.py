"""__init__.py: the event's own details (title, date, venue, url, hashtags)."""
from __future__ import annotations

import datetime as dt

import pytest

from note_text import event_of


@pytest.mark.parametrize("line, venue", [
    ("会場: 札幌テックラウンジ", "札幌テックラウンジ"),
    ("- **Venue:** The Old Library", "The Old Library"),
    ("会場は札幌テックラウンジです。", "札幌テックラウンジ"),
    ("場所は 札幌テックラウンジ 3F でした。", "札幌テックラウンジ 3F"),
    ("Hosted at The Old Library, Leeds", "The Old Library, Leeds"),
    ("We met on May 4, 2021 at The Old Library, as usual.", "The Old Library"),
    ("2021年5月4日(火)に札幌テックラウンジで開催されました。", "札幌テックラウンジ"),
    ("- 日時・会場: 2021/05/04 (火) 19:00〜 @ 札幌テックラウンジ", "札幌テックラウンジ"),
    ("株式会社ほげさんにて", "株式会社ほげ"),
])
def test_venue_spellings(line, venue):
    assert event_of(f"# Meetup #1\n\n{line}\n").venue == venue


def test_a_labelled_venue_wins_over_a_sentence():
    ev = event_of("# Meetup #1\n\n2021年5月4日(火)に札幌テックラウンジで開催されました。\n\n会場: 札幌テックラウンジ 3F\n")
    assert ev.venue == "札幌テックラウンジ 3F"


@pytest.mark.parametrize("line", ["会場は満員でした。", "会場は熱気がありました。"])
def test_remarks_about_the_room_are_not_venues(line):
    assert event_of(f"# Meetup #1\n\n{line}\n").venue is None


def test_an_event_held_online_says_so_in_its_venue():
    # (no room's name, but where a reader finds the event: the blind labels of real notes write it so)
    assert event_of("# Meetup #1\n\nオンラインで開催しました。\n").venue == "オンライン"


def test_event_url_from_a_labelled_line():
    ev = event_of("# Conf 2022\n\nOfficial site: https://conf.example.org/2022/\n\n## A talk\n\ntext\n")
    assert ev.url == "https://conf.example.org/2022/"
    ev = event_of("# Conf 2022\n\n公式サイト: https://conf.example.org/2022/\n")
    assert ev.url == "https://conf.example.org/2022/"


def test_event_url_from_a_hatena_embed():
    ev = event_of("# Conf\n\n[https://grp.doorkeeper.jp/events/42:embed:cite]\n")
    assert ev.url == "https://grp.doorkeeper.jp/events/42"


def test_hashtags_from_a_label_line_and_from_the_title():
    ev = event_of("# Conf 2022\n\nハッシュタグ: #conf22 #conf_jp\n")
    assert set(ev.hashtags) == {"conf22", "conf_jp"}


def test_an_unquoted_front_matter_title_keeps_its_issue_number_and_hashtag():
    ev = event_of("---\nTitle: Swift 会 #8 に行ってきた #swiftkai\nDate: 2020-02-02T10:00:00+09:00\n---\n\nbody\n")
    assert ev.title == "Swift 会 #8"
    assert "swiftkai" in ev.hashtags


def test_event_date_prefers_the_day_of_the_event_over_publication():
    ev = event_of("""
        Data Night #2

        Posted on 9 Apr 2021 · 6 min read

        Intro

        We met on April 1, 2021 at The Old Library.
        """, "note.txt")
    assert ev.date == dt.date(2021, 4, 1)
    assert ev.venue == "The Old Library"


def test_tags_written_as_a_list_literal_and_a_venue_with_the_hosts_honorific():
    from generator.normalize.fields import string_list
    assert string_list("['Plone', 'Python', 'CMS']") == ["Plone", "Python", "CMS"]
    from generator.normalize.venue import _clean_venue
    assert _clean_venue("クリークアンドリバー社さん") == "クリークアンドリバー社"


@pytest.mark.parametrize("intro, venue", [
    ("It was a joy to welcome the community to Harbor HQ on January 28–29 for the first HarborConf.", "Harbor HQ"),
    ("Join us 6pm March 15 for pizza and talks in Room 12B of Pier Center. Same building as last time.",
     "Room 12B of Pier Center"),
    ("We were back at Code Foundry again, and as always they were great hosts.", "Code Foundry"),
    ("@Harbor Works Inc", "Harbor Works Inc"),
    ("HarborPy 2018のカンファレンスを港区産業プラザで行いました。", "港区産業プラザ"),
])
def test_english_sentences_and_at_lines_that_name_the_place(intro, venue):
    from generator.normalize.venue import find_venue
    assert find_venue(intro) == venue


def test_the_facts_section_after_the_programme_gives_date_and_venue_and_is_no_talk():
    ev = event_of("""
        ---
        title: 関数型ミートアップ 2019 in 仙台
        ---

        今年も開催します。

        ### プログラム

        * 10:00 型クラスの気持ち
            * 佐伯 由紀
        * 11:00 モナドで書く設定ファイル
            * 森田 健

        ### 日時・場所

        * 日程：2019/06/15(土)
        * 会場：青葉テックホール 3階
        * 交通アクセス：[地図](https://example.org/map)
        """)
    assert ev.date == dt.date(2019, 6, 15)
    assert ev.venue == "青葉テックホール 3階"
    assert "日時・場所" not in [t.title for t in ev.talks]


@pytest.mark.parametrize("heading, role", [
    ("日時・場所", "event"), ("Food & Parking", "event"), ("Date and venue", "event"),
    ("Ruby と Rails", "talk"), ("Rust and Go", "talk"),
])
def test_a_heading_joining_the_events_own_words_is_the_events(heading, role):
    from generator.normalize.sections import section_role
    assert section_role(heading) == role


def test_a_heading_that_is_only_a_place_and_a_day_dates_the_event_and_is_no_talk():
    ev = event_of("""
        Functional Workshop 2016 - Programme
        ------------------------------------
        #### Lisbon (Portugal), October 3, 2016

        #### 09:00 - Effects in practice
        Effects in practice, by Ana Souza (Universidade X).
        [Slides](https://speakerdeck.com/ana/effects)

        #### 10:00 - Types at work
        Types at work, by Rui Costa (Empresa Y).
        [Slides](https://speakerdeck.com/rui/types)
        """)
    assert ev.date == dt.date(2016, 10, 3)
    assert all("Lisbon" not in t.title for t in ev.talks)


def test_a_day_without_its_year_takes_the_year_of_the_events_name():
    ev = event_of("""
        ---
        title: Widget Conf Round-up 2015
        ---

        It was a joy to welcome everyone to the Harbour Hall on January 28–29 for the first Widget Conf.
        """)
    assert ev.date == dt.date(2015, 1, 28)


def test_a_link_named_after_the_event_in_the_opening_lines_is_its_site():
    ev = event_of("""
        ---
        title: Makercon 2017 参加レポート
        ---

        先日[Makercon 2017](https://makercon.example.org/tokyo/2017)に参加してきたので、レポートを残します。
        会場の写真は[こちら](https://photos.example.com/abc)。
        """)
    assert ev.url == "https://makercon.example.org/tokyo/2017"


@pytest.mark.parametrize("line, venue", [
    ("* 開催場所 - [大須ホール](http://example.org/)", "大須ホール"),
    ("会場はお馴染みの[雅の館](https://example.org/a)ではなく[空港ホール](https://example.org/b)でした。", "空港ホール"),
    ("先日、[TECH SPACE SHIBUYA](https://example.org/space)にて[Foo Day 2019](https://example.org/e)を開催しました。",
     "TECH SPACE SHIBUYA"),
    ("The June meetup will be June 27, 2014 at Hatch Harbor.", "Hatch Harbor"),
    ("The talks happened at the [Belong](https://belong.example) in Jeevan Nagar. 50 people came.", "Belong"),
])
def test_venues_said_with_a_dash_label_a_correction_an_event_held_there_or_a_day_and_place(line, venue):
    assert event_of(f"# Meetup\n\n{line}\n").venue == venue


def test_a_numeric_front_matter_venue_is_a_platforms_id_not_a_place():
    assert event_of("---\ntitle: Night #3\nvenue: 24213835\n---\n\nHello.\n").venue is None


@pytest.mark.parametrize("heading", ["House Keeping", "Thank You", "Community Announcements", "Get involved!", "Pizza",
                                     "We are hiring", "事前アンケート結果", "参加者レポート", "来年に向けて"])
def test_a_meetup_decks_own_slides_are_the_events(heading):
    from generator.normalize.sections import section_role
    assert section_role(heading) == "event"


def test_a_place_and_day_heading_over_the_events_links_is_the_events_day_not_a_talk():
    ev = event_of("""
        ---
        title: "Papers Night - Summer Edition"
        date: 2017-08-03
        ---

        ## Boston - June 26, 2017

        * **Meetup:** [https://www.meetup.com/papers/events/1/](https://www.meetup.com/papers/events/1/)
        * **Video:** [watch](https://www.youtube.com/watch?v=abcdefghijk)
        """)
    assert ev.date == dt.date(2017, 6, 26)
    assert not any("June" in t.title for t in ev.talks)


@pytest.mark.parametrize("line, venue", [
    ("また、会場は[株式会社ロックオン本社](http://example.org/)さんにご協力頂き、ありがとうございます。", "株式会社ロックオン本社"),
    ("The meeting will be held in person at Brigham Hall from September 12-13, 2023.", "Brigham Hall"),
    ("2015年2月21日、渋谷マークタワーでFront Conferenceを開催し、多くの方にご参加いただきました。", "渋谷マークタワー"),
])
def test_venues_said_with_thanks_a_time_after_them_or_before_the_event_held_there(line, venue):
    assert event_of(f"# Meetup\n\n{line}\n").venue == venue


def test_a_numbered_event_title_at_a_place_and_an_address_key():
    assert event_of("---\ntitle: golang.kyoto #25 @ Wantedly\n---\n\nHello.\n").venue == "Wantedly"
    assert event_of("---\ntitle: Doors open @ 630pm\n---\n\nHello.\n").venue is None
    assert event_of("---\ntitle: JS Night #3\naddress: The Story House, 42 Pembroke St\n---\n\nHi.\n").venue \
        == "The Story House, 42 Pembroke St"


def test_a_front_matter_agenda_entry_whose_title_carries_the_byline():
    ev = event_of("""
        ---
        title: Data, APIs, and Other Things
        agenda:
          - time: 7:30pm
            type: speaker
            title: "[Jen Wong](https://twitter.com/jen_w) - Beheading the CMS"
          - time: 8:30pm
            type: speaker
            title: "Git, by Henry Bly"
        ---

        Two talks this month.
        """)
    assert [(t.title, [(s.name, s.handle) for s in t.speakers]) for t in ev.talks] == [
        ("Beheading the CMS", [("Jen Wong", "jen_w")]), ("Git", [("Henry Bly", None)])]


def test_the_day_from_a_sentence_in_the_writers_section_with_the_year_written_beside_the_events_name():
    ev = event_of("""
        ---
        title: "[スポンサー参加記] Widget Kaigi Hokuriku が最高だった話"
        published: false
        ---

        こんにちは。

        弊社は[Widget Kaigi Hokuriku 2025](https://hokuriku.example.org/)にスポンサーとして参加しました。

        ## 会場の雰囲気

        三連休の真っ只中、11/23(日)に金沢市で開催されたWidget Kaigi Hokurikuは大盛況でした。

        ## 推しセッション

        どれもよかった。
        """)
    assert ev.date == dt.date(2025, 11, 23)
