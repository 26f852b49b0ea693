"""Programme pages and recaps in shapes met in real notes (batch 18, rewritten in our own words): a slot heading
holding only the time over the talk's title in bold and a labelled speaker line; a heading's handle after a colon; a
site's display title beside a slug; a page title that lists the sessions; a stage of the event read as no venue; a
speaker on a line of its own in a list item; an event layout's date; several top headings; a programme announced in
prose; arrivals and the pub; run-on addresses."""
from __future__ import annotations

from note_text import event_of


def test_a_time_slot_heading_over_a_bold_title_gives_the_talk():
    event = event_of("""
        # Harbor Cloud Day 2025 Community Stage セッション一覧

        Harbor Cloud Day 2025のCommunity Stageで開催される全セッションをまとめました。

        ## Day 1 (6月25日)

        ### 11:30 - 12:00
        **コミュニティプログラムのご紹介**
        - **発表者**: Harbor　沢口茂
        - **概要**: 国内のユーザーグループの活動を紹介します。

        ### 12:00 - 12:20
        **社内だけで完結していた私が外に出るまで**
        - **発表者**: Community Builder　五十嵐なぎ
        - **概要**: 一歩を踏み出した話。

        ### 12:30 - 12:50
        **開発ツールの魅力**
        - **発表者**: Community Builder　山吹 直人
        """)
    assert [t.title for t in event.talks] == ["コミュニティプログラムのご紹介", "社内だけで完結していた私が外に出るまで", "開発ツールの魅力"]
    assert [[s.name for s in t.speakers] for t in event.talks] == [["沢口茂"], ["五十嵐なぎ"], ["山吹 直人"]]
    assert event.title == "Harbor Cloud Day 2025 Community Stage"
    assert event.venue is None  # (the event's own stage is no place)


def test_a_time_slot_heading_over_a_bold_line_without_a_speaker_is_no_talk():
    event = event_of("""
        ---
        title: Harbor Meetup #3
        date: 2024-05-01
        ---
        ## 19:00 - 19:30
        **Talks**
        - **発表者**: 山吹 直人

        ## 20:00 - 20:30
        **Thanks everyone!**

        See you next time.
        """)
    assert all(t.title != "Thanks everyone!" for t in event.talks)
    assert "Talks" in [t.title for t in event.talks]


def test_a_handle_after_a_colon_leaves_no_colon_on_the_title():
    event = event_of("""
        ---
        title: Harbor Mobile 2019 参加レポート
        date: 2019-10-11
        ---
        ## 共創アプリの歩み: [@ujiharu](https://twitter.com/ujiharu)

        最初のセッションは氏原さんの話。

        ## アーキテクチャ入門: [@hidemaru](https://twitter.com/hidemaru)

        日高さんのターン。
        """)
    assert [(t.title, t.speakers[0].handle) for t in event.talks] == [
        ("共創アプリの歩み", "ujiharu"), ("アーキテクチャ入門", "hidemaru")]


def test_a_display_title_wins_over_a_slug_title():
    event = event_of("""
        ---
        title: harbor-mobile-niigata-report
        displayTitle: HARBOR MOBILE NIIGATA参加レポート
        publishedAt: 2019-10-16T23:00:00+09:00
        ---
        2019年10月11日、新潟で開かれたイベントに参加してきました。
        """)
    assert event.title == "HARBOR MOBILE NIIGATA"


def test_a_speaker_first_heading_yields_to_the_speaker_named_under_it():
    event = event_of("""
        ---
        title: Harbor Rails Day 2023
        date: 2023-04-24
        ---
        ## Teaching Capybara Testing - An Illustrated Journey

        - **Speaker:** Brandon Walsh

        Notes on the talk.

        ## Rails at Scale - Lessons Learned

        - **Speaker:** Ana Ortiz
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Teaching Capybara Testing - An Illustrated Journey", ["Brandon Walsh"]),
        ("Rails at Scale - Lessons Learned", ["Ana Ortiz"])]


def test_a_handle_first_heading_keeps_its_speaker_over_a_line_naming_the_same_person():
    event = event_of("""
        ---
        title: Harbor Mobile 2019
        date: 2019-10-11
        ---
        ## @ujiharu - 共創アプリの歩み

        - 登壇者: 氏原 翔

        ## Jane Doe - Rails at Scale

        - Speaker: Jane Doe
        """)
    assert [t.title for t in event.talks] == ["共創アプリの歩み", "Rails at Scale"]


def test_a_pointer_to_the_talk_in_another_language_is_no_part_of_its_title():
    from generator.normalize import titles
    assert titles.clean_talk_title("Vim プラグインの紹介 (In English)") == "Vim プラグインの紹介"
    assert titles.clean_talk_title("Rust の所有権（英語版）") == "Rust の所有権"
    assert titles.clean_talk_title("Speaking English (English)") == "Speaking English (English)"
    assert titles.clean_talk_title("Rust in English (for Engineers)") == "Rust in English (for Engineers)"


EVENT_PAGE = """
    ---
    layout: event
    title: "Lightning Talks, Again"
    date: 2016-07-19T18:00:00-06:00
    event_id: 214
    ---
    We will hear from members of the group. Each presenter gets 2 minutes!

    The presenters are:

    1. <p>April 2nd, 2012<br /><small><a href='https://twitter.com/derekeast'>Derek East</a></small></p>
    1. <p>Maps of Europe<br /><small><a href='https://twitter.com/stevevale'>Steven Vale</a></small></p>
    1. <p>Predicting Beach Closures<br /><small>Rebecca Jonas</small></p>
    """


def test_items_that_set_the_speaker_on_a_line_of_its_own_after_the_title():
    event = event_of(EVENT_PAGE)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("April 2nd, 2012", ["Derek East"]), ("Maps of Europe", ["Steven Vale"]),
        ("Predicting Beach Closures", ["Rebecca Jonas"])]


def test_an_event_layouts_date_is_the_events_day_and_a_talks_words_are_not_the_opening_lines():
    event = event_of(EVENT_PAGE)
    assert event.date.isoformat() == "2016-07-19"  # (not the first talk's title, nor the page's stamp read as a post's)
    assert event.talks[0].line == 11  # (the preamble's list: each talk on its own line of the file)


def test_an_event_layouts_date_yields_to_the_day_the_page_states():
    event = event_of("""
        ---
        title: "Harbor Tech Talks January 2020"
        date: 2020-01-03T09:17:07+05:30
        type: "meetup"
        ---
        Happy to announce another meetup.

        | **Time**  | January 25, 2020, 3pm - 5pm |
        |---|---|
        """)
    assert event.date.isoformat() == "2020-01-25"


MEETUP_PAGE = """
    # Harbor Smalltalk Meetup in Palo Verde, CA

    On Saturday 25 of January 2020, we will hold a Smalltalk Meetup.

    # Registration

    - register on the [online form](https://forms.example.org/x).

    # Program

    We will have the following presentations:

    - Agile Artificial Intelligence (Deep learning, Neuroevolution)
    - Unit Testing Generation
    - Bridging Smalltalk and Python

    # Location

    824 Harbor Road
    """


def test_the_first_of_several_top_headings_that_names_an_event_is_the_title():
    assert event_of(MEETUP_PAGE).title == "Harbor Smalltalk Meetup in Palo Verde, CA"
    for heading in ("# Harbor Meetupとは", "# Upcoming Meetups", "# Meetup Guidelines"):
        about = event_of(MEETUP_PAGE.replace("# Harbor Smalltalk Meetup in Palo Verde, CA", heading), "2020-01.md")
        assert about.title == "January 2020", heading  # (the opening lines' month and year, as with no heading)


def test_a_list_the_programme_announces_as_its_presentations_is_its_talks():
    assert [t.title for t in event_of(MEETUP_PAGE).talks] == [
        "Agile Artificial Intelligence (Deep learning, Neuroevolution)", "Unit Testing Generation",
        "Bridging Smalltalk and Python"]


def test_arriving_the_pub_and_a_video_link_are_no_talks():
    event = event_of("""
        ---
        layout: post
        title: Harbor Apple Admins September 2018 Meet Up
        date: 2018-09-24 09:47:53+00:00
        ---
        For our September meet, the people at Harbor Bank hosted us.

        The schedule was as follows:

          * 18:30 - 19:00: Arrive and mingle
          * 19:00 - 19:15: "[Mobile Accounts? Go local](/presentations/ryan.pdf)" - Ryan Slate
          * 19:20 - 19:35: "[Good Packages gone Bad](/presentations/rich.pdf)" - Richard Purvis
          * 19:40 - 19:55: Break
          * 21:00 - ?: To the pub!

        As well as our guest speakers, we had a panel.

        [Video Link](https://youtu.be/b9WEaYK3yeE)

        Your nearest tube is Old Street.
        """)
    assert [t.title for t in event.talks] == ["Mobile Accounts? Go local", "Good Packages gone Bad"]


def test_an_address_run_into_another_is_cut_where_the_second_begins():
    from generator.normalize import links
    assert links.clean_url("https://a.example/x-pihttps://b.example/y") == "https://a.example/x-pi"
    assert links.clean_url("https://a.example/r?url=https://b.example/") == "https://a.example/r?url=https://b.example/"
    assert links.clean_url("https://web.archive.org/web/2019/https://b.example/") == \
        "https://web.archive.org/web/2019/https://b.example/"
