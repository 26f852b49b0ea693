"""Session 27: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import datetime as dt

from generator.normalize import dates, links
from note_text import event_of


def _date_clue(event) -> tuple[str, str] | None:
    return next(((c.reading, c.confidence) for c in event.evidence if c.field == "date"), None)


# --- the day the note's own links are named after ------------------------------------------------------------------

_SLIDES_NAMED_BY_DAY = """
    # Harbor.rb #31 まとめ

    今回もたくさんの発表がありました。

    ## 発表

    - [Queues in Practice / @kaede](https://www.slideshare.net/kaede/harborrb-20311125-queues-in-practice)
    - [Fibers 101 / @tomo](https://speakerdeck.com/tomo/fibers-101)

    ## 懇親会

    ピザを食べました。
"""


def test_an_undated_note_takes_the_day_its_slides_are_named_after():
    event = event_of(_SLIDES_NAMED_BY_DAY)
    assert event.date == dt.date(2031, 11, 25)
    assert _date_clue(event) == ("the day the note's own links are named after", "low")


_POSTED_NEXT_DAY = """
    ---
    layout: post
    title: Casual Talks vol.9 に行ってきた
    date: 2031-10-26 09:30:00 +0900
    ---

    勉強会のメモです。

    ## 発表

    - [Index Tricks](https://example.org/talks/20311025-casual9/) by @ren
    - [Replication Notes](https://www.slideshare.net/mio/20311025-casual-replication) by @mio
"""


def test_a_morning_post_takes_its_slides_day_where_its_own_is_no_guess():
    assert event_of(_POSTED_NEXT_DAY).date == dt.date(2031, 10, 25)


def test_a_photo_and_a_programme_anchor_name_the_day_too():
    photo = event_of("""
        # Riverside Python, June

        ![Riverside Python June Meetup](/img/meetups/2031-06-23.jpg)

        Two talks tonight: one on packaging, one on async.
    """)
    anchor = event_of("""
        # Gopher Day 2031 Autumn

        Refs: <https://gopherday.example/schedule/#day_2031-10-28>

        Keynote first, then the hallway track.
    """)
    assert (photo.date, anchor.date) == (dt.date(2031, 6, 23), dt.date(2031, 10, 28))


def test_another_writers_blog_article_dates_only_that_article():
    event = event_of("""
        # Rust Riverside, first meetup

        We talked about the [impending 1.0](https://blog.example.org/2031/02/13/final-timeline.html) and the
        [numbers](https://news.example.com/2031/02/14/20310213-benchmarks/).
    """)
    assert event.date is None


def test_links_named_after_two_days_as_often_name_neither():
    event = event_of("""
        # Tofu Conf 5 の感想

        - [資料その1](https://example.org/decks/20310909-tofuconf-a.pdf)
        - [資料その2](https://example.org/decks/20311026-tofuconf-b.pdf)
    """)
    assert event.date is None


def test_a_link_weeks_before_the_post_is_another_events():
    event = event_of("""
        ---
        title: Room Metro 10 に行ってきた
        date: 2031-12-19T21:00:00+09:00
        ---

        前回のまとめは [こちら](https://example.org/archives/20311007_roommetro9.html)。
    """)
    assert event.date != dt.date(2031, 10, 7)


def test_a_day_out_of_the_year_the_events_name_gives_is_not_its_day():
    event = event_of("""
        # PyData Riverside 2031

        We went over the [tutorial from last time](/talks/2030-05-10-mlops-workshop.md) again.
    """)
    assert event.date is None


def test_an_address_in_a_code_sample_names_no_day():
    event = event_of("""
        # Shell Night

        ```
        curl https://example.org/dumps/20310411-backup.tar.gz
        ```

        We talked about backups.
    """)
    assert event.date is None


def test_address_days_read_one_token_of_the_path_never_the_host_or_a_longer_number():
    assert dates.address_days("https://www.slideshare.net/a/shinjukurb-20311125-paypal-101") == [dt.date(2031, 11, 25)]
    assert dates.address_days("/assets/2031_05_22_badge.png") == [dt.date(2031, 5, 22)]
    assert dates.address_days("https://20311125.example.org/deck") == []
    assert dates.address_days("/img/20310220221200.jpg") == []  # (a camera's stamp with its hour)
    assert dates.address_days("https://example.org/2031/05/29/20310528-story/") == []
    assert dates.address_days("https://example.org/deck/20311340-x") == []  # (no thirteenth month)


def test_addresses_in_reads_links_images_attributes_and_references():
    text = ('[a](/decks/one.pdf) ![b](<../img/two.png>) <img src="/p/three.jpg"> '
            'see https://example.org/four and\n[ref]: https://example.org/five\n')
    assert sorted(links.addresses_in(text)) == sorted([
        "/decks/one.pdf", "../img/two.png", "/p/three.jpg", "https://example.org/four", "https://example.org/five"])


# --- a Jekyll post's day is its file name's -------------------------------------------------------------------------

_YESTERDAY = """
    ---
    layout: post
    title: Riverside.rb 2031 に参加して
    ---

    昨日は Riverside.rb 2031 に参加してきました。

    ## Keynote: Small Objects

    小さなオブジェクトの話。
"""


def test_a_jekyll_posts_file_name_gives_the_day_its_words_count_from():
    assert event_of(_YESTERDAY, "_posts/2031-08-31-riverside-rb.md").date == dt.date(2031, 8, 30)
    assert event_of(_YESTERDAY, "notes/riverside-rb.md").date is None


def test_a_hugo_bundles_folder_names_the_day_of_its_index_page():
    assert event_of(_YESTERDAY, "content/blog/2031-08-31_riverside-rb/index.md").date == dt.date(2031, 8, 30)


def test_a_file_names_day_alone_is_a_guess_at_the_events_as_a_bare_date_is():
    event = event_of("""
        ---
        layout: post
        title: Notes from Strange Circle 2031
        ---

        The talks I liked best.

        ## Keynote: Knitting Compilers
    """, "_posts/2031-09-27-strange-circle.md")
    # (a Jekyll post's file name is its `date:`: the day it went up, a low guess at the event's that `check` shows)
    assert event.date == dt.date(2031, 9, 27)
    assert [c.confidence for c in event.evidence if c.field == "date"] == ["low"]


def test_the_front_matters_date_wins_over_the_file_names():
    event = event_of("""
        ---
        title: Riverside.rb 2031 に参加して
        date: 2031-09-02 21:00:00 +0900
        ---

        昨日は Riverside.rb 2031 に参加してきました。
    """, "_posts/2031-08-31-riverside-rb.md")
    assert event.date == dt.date(2031, 9, 1)


def test_day_in_file_name_reads_only_a_day_opening_the_name():
    assert dates.day_in_file_name("_posts/2031-06-23-pynash.markdown") == dt.date(2031, 6, 23)
    assert dates.day_in_file_name("site/2031-06-23_slug/_index.md") == dt.date(2031, 6, 23)
    assert dates.day_in_file_name("notes/pynash-2031-06-23.md") is None
    assert dates.day_in_file_name("meetings/2031-06-23.md") is None  # (a name that is only a day: the note's own)
    assert dates.day_in_file_name("_posts/2031-13-23-pynash.md") is None


# --- bylines and sections -------------------------------------------------------------------------------------------

def test_a_by_inside_a_title_stays_when_a_handle_column_follows():
    assert event_of("""
        # Cluster Meetup #15 まとめ

        ### Running Jobs Side by Side with Services - @amsy
        ### Joint Work by Harbor and Friends - @capsule
        ### Admission Control in Practice - @tkus
    """).talks[0].title == "Running Jobs Side by Side with Services"


def test_a_by_line_with_a_name_and_where_they_work_is_still_read():
    talk = event_of("""
        # Harbor Conf 2031

        ## Talks

        ### Caching the Edge by Jane Doe / Acme Corp
    """).talks[0]
    assert (talk.title, [s.name for s in talk.speakers]) == ("Caching the Edge", ["Jane Doe"])


_LUNCH_SESSION = """
    # DevDay Tokyo 2031 参加レポート

    ## 日時・場所

    日時と場所は以下のとおりです。駅から歩いて5分程でした。

    - 日時
        - 2031年12月14日(土)
    - 場所
        - 港区のホール

    ## DevDayとは

    世界中で開かれている開発者のお祭りです。

    ## 参加セッション(午前)

    - Keynote1: 世界のコミュニティ 鈴木 拓生(Google)

    ## ランチ

    キッチンカーでカレーを食べました。

    ### クラスタを本番で運用する(ランチセッション) @ 富永裕貴(クラウドエース)

    ノードのアップグレード戦略の話。

    ## 参加セッション(午後)

    ### 機械学習の一年 @ 足立 昌彦(カブク)

    今年のアップデートの振り返り。

    ### データ基盤の一年 @ なかむら さとる

    たくさんのアップデートの話。

    ## まとめ

    楽しかった。
"""


def test_a_lunch_session_under_the_lunch_heading_is_a_talk():
    assert [(t.title, [s.name for s in t.speakers]) for t in event_of(_LUNCH_SESSION).talks] == [
        ("世界のコミュニティ", ["鈴木 拓生"]), ("クラスタを本番で運用する", ["富永裕貴"]), ("機械学習の一年", ["足立 昌彦"]),
        ("データ基盤の一年", ["なかむら さとる"])]


def test_what_was_eaten_at_lunch_is_no_talk():
    titles = [t.title for t in event_of(_LUNCH_SESSION.replace(
        "### クラスタを本番で運用する(ランチセッション) @ 富永裕貴(クラウドエース)", "### 熟成ハラミステーキ丼")).talks]
    assert titles == ["世界のコミュニティ", "機械学習の一年", "データ基盤の一年"]


def test_a_facts_label_over_its_value_is_no_speaker_over_a_title():
    event = event_of(_LUNCH_SESSION)
    assert (event.date, event.venue) == (dt.date(2031, 12, 14), "港区のホール")
    assert not any(t.title in ("2031年12月14日(土)", "港区のホール") for t in event.talks)


# --- names as pages decorate them -----------------------------------------------------------------------------------

def test_an_emphasised_name_in_a_recaps_sentence_loses_its_marks():
    talks = event_of("""
        = Harborconf 2031

        After the coffee, _Tomas Serrano_ talked about "Event Loops, Reconsidered" to a full room.

        Then _Ines Kovac_ talked about "Tracing in Practice" with live demos.
    """, "harborconf.adoc").talks
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [
        ("Event Loops, Reconsidered", ["Tomas Serrano"]), ("Tracing in Practice", ["Ines Kovac"])]


def test_a_pictograph_worn_before_a_name_is_not_the_names():
    from generator.normalize import people
    assert people.clean_name("👩\u200d💻 Natasha Jain") == "Natasha Jain"
    assert people.clean_name("rui_ant_") == "rui_ant_"  # (a handle's own underscore stays)


# --- the review's guards ----------------------------------------------------------------------------------------------

def test_guard_review_a_link_days_before_never_overrides_the_pages_own_date():
    event = event_of("""
        ---
        title: Harbor.rb #31
        layout: event
        date: 2031-11-26
        ---

        Announced [here](https://harbor.example/news/2031-11-20-harborrb31-announced).
    """)
    assert event.date == dt.date(2031, 11, 26)


def test_guard_review_files_named_after_the_posts_own_day_say_nothing_of_the_events():
    event = event_of("""
        ---
        layout: post
        title: Riverside.rb 2031
        ---

        ![venue](/assets/images/2031-10-28-riverside-rb/venue.jpg)

        Good talks all round.
    """, "_posts/2031-10-28-riverside-rb.md")
    # (the image named after the post's day adds nothing: the day is the file name's, a low guess)
    assert event.date == dt.date(2031, 10, 28)
    assert [(c.reading, c.confidence) for c in event.evidence if c.field == "date"] == [
        ("the day the post went up (the event may have been earlier)", "low")]


def test_guard_review_a_file_names_day_leaves_the_first_written_date_reading_alone():
    text = """
        ---
        layout: post
        title: PyRiverside
        ---

        ## Packaging Today

        * 2031/07/17 16:00-16:50

        ## Async Tomorrow

        * 2031/07/17 17:00-17:50
    """
    assert event_of(text, "_posts/2031-07-20-recap.md").date == event_of(text, "recap.md").date == dt.date(2031, 7, 17)


def test_guard_review_stamps_in_queries_ids_mail_and_archives_are_no_days():
    for address in ("https://x.example/?utm_campaign=jsw_20310812", "/logo.png?v=20310812",
                    "https://github.com/a/b/commit/3fa20310312bcd", "https://youtube.com/watch?v=ab20311028Xy",
                    "https://web.archive.org/web/20310301/https://x.example/", "mailto:harbor+20311021@example.org",
                    "https://github.com/x/y/releases/tag/2031.07.22"):
        assert dates.address_days(address) == [], address


def test_guard_review_a_link_in_a_sentence_of_the_last_meetup_is_not_this_ones():
    event = event_of("""
        # Harbor.rb #31 まとめ

        前回: [https://harbor.example/r/20311021-rb30](https://harbor.example/r/20311021-rb30)

        Last week's slides are [here](https://harbor.example/slides/2031-10-14-rb29.pdf).

        ### Queues in Practice / @kaede

        [slides](https://speakerdeck.com/kaede/harborrb-20311125-queues)
    """)
    assert event.date == dt.date(2031, 11, 25)


def test_guard_review_a_year_one_date_is_no_crash():
    event = event_of("""
        ---
        title: Riverside meetup
        date: 0001-01-10
        ---

        [slides](https://x.example/slides/20310101-x.pdf)
    """)
    assert event.date == dt.date(1, 1, 10)


def test_guard_review_a_persons_by_before_a_handle_column_still_names_them():
    talks = event_of("""
        # Cluster Meetup #15

        ### Intro to Rust by Jane Doe - @jane
        ### Fast Builds by Ken Sato - @ken
    """).talks
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [
        ("Intro to Rust", ["Jane Doe"]), ("Fast Builds", ["Ken Sato"])]


def test_guard_review_what_a_caterer_served_at_lunch_is_no_session():
    titles = [t.title for t in event_of(_LUNCH_SESSION.replace(
        "### クラスタを本番で運用する(ランチセッション) @ 富永裕貴(クラウドエース)", "### 牛すき弁当 @ 今半(浅草)")).talks]
    assert "牛すき弁当" not in titles


def test_guard_review_an_agenda_items_pictograph_still_keeps_it_from_reading_as_a_person():
    from generator.normalize import people
    assert not people.looks_like_people("🍕 Pizza Party", strict=True)
    assert people.clean_name("_why the lucky stiff") == "_why the lucky stiff"
    assert people.clean_name("山田太郎*") == "山田太郎"
