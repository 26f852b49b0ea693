"""Session 24: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import datetime as dt

from note_text import event_of, talks_of


# --- reStructuredText -----------------------------------------------------------------------------------------------------

_TRANSLATED_RST = """
    {% trans -%}
    =========
    HarborCon
    =========
    {%- endtrans %}
    .. meta::
       :author: mira
       :date: 2019-03-02
       :category: meetup harborcon

    {% trans -%}
    HarborCon will take place in Lisbon on April 6-7.
    {%- endtrans %}

    {% trans -%}
    Schedule
    ========
    {%- endtrans %}

    {% trans -%}
    Day 1, April 6
    --------------
    {%- endtrans %}

    ======  =============  =======
     Time      Speaker      Title
    ======  =============  =======
    2:00PM  Ana Sousa      Welcome
    2:30PM  Rui Lopes      "Tide Tables for Everyone" How we model the estuary with open data
    3:30PM                 *Break*
    4:00PM  Ines Faria     Keynote: "Boats Have Feelings Too"
    4:45PM  kelp           Shipping firmware
                           over the air
    ======  =============  =======
    """


def test_a_translated_rst_page_keeps_its_title_and_metadata():
    # `{% trans -%}` lines around every block show nothing: the overlined title under one is still the title,
    # and the fields of a `.. meta::` directive are the page's metadata
    event = event_of(_TRANSLATED_RST, "harborcon.rst")
    assert event.title == "HarborCon"
    assert event.date == dt.date(2019, 4, 6)  # (`will take place in Lisbon on April 6-7`: announced, after the stamp)
    assert list(event.tags) == ["meetup", "harborcon"]


def test_an_rst_simple_table_is_the_programme():
    talks = talks_of(_TRANSLATED_RST, "harborcon.rst")
    by_title = {title: who for title, who, _ in talks}
    # a cell's quoted title before its abstract is the title
    assert by_title["Tide Tables for Everyone"] == ["Rui Lopes"]
    assert by_title["Boats Have Feelings Too"] == ["Ines Faria"]
    # a row whose first cell is blank continues the row above
    assert by_title["Shipping firmware over the air"] == ["kelp"]
    assert not any("Break" in title for title in by_title)


def test_an_rst_table_of_figures_in_a_talks_notes_is_no_programme():
    # Guard: a data table (short words beside columns of figures) under a talk's heading holds no talks
    talks = talks_of("""
        PyHarbor 2014
        =============

        :date: 2014-05-10

        Counting words
        --------------

        Jana Novak showed how often words occur.

        ==== ======== =========
        Rank Word     Frequency
        ==== ======== =========
        1    you      6281002
        2    i        5685306
        3    the      4768490
        ==== ======== =========

        Packaging
        ---------

        Olek Berg showed wheels.
        """, "pyharbor.rst")
    assert [title for title, _, _ in talks] == ["Counting words", "Packaging"]


def test_a_quoted_word_opening_a_title_stays_in_it():
    # Guard: `"Rails" is dead` is the whole title (what follows the quotes is not an abstract: it opens lowercase),
    # and so is a short quoted name before a capitalised word
    talks = talks_of("""
        ---
        title: Quote Night
        ---
        | Time | Speaker | Title |
        |---|---|---|
        | 19:00 | Ana Sousa | "Rails" is dead, long live Rails |
        | 19:30 | Rui Lopes | "Tide" Tables and Other Stories |
        """)
    assert [title for title, _, _ in talks] == ['"Rails" is dead, long live Rails', '"Tide" Tables and Other Stories']


# --- days without their year ----------------------------------------------------------------------------------------

def test_a_weekday_beside_a_day_places_its_year():
    # the only year is the event's name; `will take place` announces the day, and `Friday` says which year's April 12th
    event = event_of("""
        ---
        title: Full Schedule for Lantern Day 2019
        ---
        As a reminder, this event will take place on Friday, April 12th, at the Community Space.
        """)
    assert event.date == dt.date(2019, 4, 12)


def test_an_announcement_in_english_is_placed_after_its_stamp():
    event = event_of("""
        ---
        title: Tidewater Meetup
        date: 2021-11-20
        ---
        Tidewater Meetup will take place in Porto on January 8, with three talks.
        """)
    assert event.date == dt.date(2022, 1, 8)


# --- headings and bylines ---------------------------------------------------------------------------------------------

def test_a_tight_heading_mark_over_an_underline_and_a_byline_with_the_company():
    # `#Title` over `---`: the writer's heading mark, confirmed by the underline (never kept in the title);
    # `by Name - Company` under it: the speaker, then where they work
    talks = talks_of("""
        ---
        title: Harbor Serverless Day
        ---
        #Opening Workshop
        ---
        by Aiko Mori - Cloudworks

        Notes on the workshop.

        #2 Keynote: Functions Everywhere
        ---
        by Dr. Lena Park - Acme Labs

        Notes on the keynote.

        #Unbounded Frameworks
        ---
        by KENJI ODA - Harbor Systems

        [Slides](https://speakerdeck.com/kenji/unbounded)
        """)
    by_title = {title: who for title, who, _ in talks}
    assert by_title["Opening Workshop"] == ["Aiko Mori"]
    assert by_title["Unbounded Frameworks"] == ["KENJI ODA"]
    assert not any(title.startswith("#") for title in by_title)
    event = event_of("""
        ---
        title: Harbor Serverless Day
        ---
        #Unbounded Frameworks
        ---
        by KENJI ODA - Harbor Systems

        [Slides](https://speakerdeck.com/kenji/unbounded)
        """)
    assert event.talks[0].speakers[0].affiliation == "Harbor Systems"


def test_an_mdx_heading_anchor_is_no_part_of_the_title():
    talks = talks_of("""
        ---
        title: Harbor UI Conf 2021 recap
        ---
        ## 並行描画の未来 {/*concurrent-future*/}

        キーノートでは将来の話をしました。

        [Aya Kimura](https://twitter.com/ayakimura)、[Ben Ito](https://twitter.com/benito) によるキーノートの全編は以下でご覧ください：

        <YouTubeIframe src="https://www.youtube.com/embed/abc123" />

        ## 開発者ツール {/*developer-tooling*/}

        新しい機能のデモについては、[Chie Sato](https://twitter.com/chiesato) による発表をご覧ください：

        <YouTubeIframe src="https://www.youtube.com/embed/def456" />
        """, "recap.mdx")
    assert talks == [("並行描画の未来", ["Aya Kimura", "Ben Ito"], "talk"), ("開発者ツール", ["Chie Sato"], "talk")]


def test_guard_a_sentence_linking_a_non_profile_page_names_nobody():
    # Guard: `[the docs](https://example.com/docs) による発表` links no person's profile
    talks = talks_of("""
        ---
        title: Harbor UI Conf
        ---
        ## 開発者ツール

        詳しくは [公式ドキュメント](https://example.com/docs) による発表資料をご覧ください。
        """)
    assert talks[0][1] == []


def test_the_notes_linking_their_speaker_first_count_the_talks_read_already():
    # two talks say `[name](profile)によるセッション` (read as the speaker), one only links its speaker first: the
    # note's habit of linking the speaker first holds for all three
    talks = talks_of("""
        ---
        title: Harbor Go Conference 2019 Spring
        ---
        ## 参加したセッション

        #### エラー設計について
        こちらは[moriさん](https://twitter.com/mori)によるセッションです。

        #### 外部プロセスの扱い方
        こちらは[taroさん](https://twitter.com/taro)によるセッションです。有名な方ですね。

        #### 観測できるGo
        Developer Advocateをされている[hanakoさん](https://twitter.com/hanako)のチューニングに関するセッションです。
        """)
    assert [who for _, who, _ in talks] == [["mori"], ["taro"], ["hanako"]]


# --- pandoc-wrapped lists, linked people first, lists beside headed talks ------------------------------------------------

_WRAPPED_ROUNDUP = """
    ---
    title: "12th HarborR Meetup Roundup"
    ---
    BeginneR Session
    ================

    As with every meetup, we began
    with a set of beginner user focused talks:

    -   [Data Frames by
        kumiko01](https://speakerdeck.com/kumiko/data-frames-intro)
    -   [Plots for Beginners by
        tanaka\\_k](https://speakerdeck.com/tanaka/plots)

    Main Talks
    ==========

    [ren\\_\\_o](https://twitter.com/ren__o): Testing Shiny Apps!
    ------------------------------------------------------------

    -   [Slides](https://www.slideshare.net/ren/testing-shiny)

    Notes on the first main talk.

    [mika](https://twitter.com/mika/): Maps with {leaflet}!
    -------------------------------------------------------

    -   [Slides](https://speakerdeck.com/mika/maps)

    Notes on the second main talk.

    Other talks
    ===========

    -   [sora](https://twitter.com/sora/): [Finding my favourite
        songs]()
    -   [Ikeda](): [A statistics app for the
        office]()
    -   [kos12](https://twitter.com/kos12/): [Interactive
        Charts](https://github.com/kos12/interactive)

    Food and Drinks
    ===============

    We went for dinner.
    """


def test_a_pandoc_wrapped_roundup_reads_every_talk():
    talks = talks_of(_WRAPPED_ROUNDUP)
    by_title = {title: who for title, who, _ in talks}
    # a link wrapped over two lines of a list item, its text ending with `by handle` in each item
    assert by_title["Data Frames"] == ["kumiko01"]
    assert by_title["Plots for Beginners"] == ["tanaka_k"]
    # `[handle](profile): Title` headings: the linked person, then the title
    assert by_title["Testing Shiny Apps!"] == ["ren__o"]
    assert by_title["Maps with {leaflet}!"] == ["mika"]
    # `[name](profile): [Title]()` under `Other talks`, the empty links written the same way
    assert by_title["Finding my favourite songs"] == ["sora"]
    assert by_title["A statistics app for the office"] == ["Ikeda"]
    assert by_title["Interactive Charts"] == ["kos12"]
    assert len(talks) == 7


def test_guard_a_wrapped_sentence_in_a_list_item_is_left_as_it_is():
    # Guard: only an open link joins the lines of an item; a wrapped sentence stays two lines of one item
    event = event_of("""
        ---
        title: Harbor Notes
        ---
        ## Links

        -   Read the [guide](https://example.com/guide) first, then
            come back here.
        -   [Unclosed bracket
        -   Next item
        """)
    assert "come back here." in event.body
    assert "Next item" in event.body


def test_a_list_closing_each_item_with_a_handle_is_the_programme():
    # no heading says the list holds talks; its items close with the handle of who gives each
    talks = talks_of("""
        ---
        title: "港Ruby勉強会 #031"
        date: 2013-03-01
        ---
        港Ruby勉強会 #031 を開催します。

        # 内容

        * 標準ライブラリを探検する - Fiber @minato
        * Fiber のサンプルを書いてみた @minato
        * テストを勉強してみた(RSpecとか) @kaiun
        * JSON パーサの作り方 @hatoba
        * Rails Guide を読もう @minato
        """)
    by_title = {title: who for title, who, _ in talks}
    assert by_title["Fiber のサンプルを書いてみた"] == ["minato"]
    assert by_title["JSON パーサの作り方"] == ["hatoba"]
    # a dash inside a title the list closes with a handle: the handle is who, the dash part of the title
    assert by_title["標準ライブラリを探検する - Fiber"] == ["minato"]


def test_guard_a_panels_labelled_speaker_lines_are_no_programme():
    # Guard: `- Speaker: Name @handle` lines under a panel's heading are its speakers, not talks
    talks = talks_of("""
        ---
        title: Harbor React Night
        ---
        ## Panel: Choosing a framework

        - Speaker: Yui Kato @yuikato
        - Speaker: Ollie Grant @olgrant
        - Speaker: Hiro Sano @hirosano

        A friendly discussion.
        """)
    assert [title for title, _, _ in talks] == ["Choosing a framework"]


# --- guards from the review of this session's change -----------------------------------------------------------------

def test_guard_review_an_rst_line_with_text_between_template_tags_is_kept():
    # `{% trans %}Title{% endtrans %}` underlined: a title whose text sits between two tags is still a title
    talks = talks_of("""
        HarborPy Notes
        ==============

        :date: 2019-10-05

        {% trans %}Keynote by Ana Lima{% endtrans %}
        --------------------------------------------

        Ana spoke about the community.

        {% trans %}Type hints at scale by Joao Pinto{% endtrans %}
        ----------------------------------------------------------

        Joao showed a type checker on a big codebase.
        """, "harborpy.rst")
    assert [(title, who) for title, who, _ in talks] == [("Keynote", ["Ana Lima"]), ("Type hints at scale", ["Joao Pinto"])]


def test_guard_review_a_quoted_phrase_opening_a_title_case_title_stays():
    talks = talks_of("""
        ---
        title: Quote Night
        ---
        ## "Move Fast and Break Things" Is Not a Strategy

        by Ana Lima

        ## “Works on My Machine” Syndrome and How to Cure It

        by Rui Lopes
        """)
    assert [title for title, _, _ in talks] == ['"Move Fast and Break Things" Is Not a Strategy',
                                                 "“Works on My Machine” Syndrome and How to Cure It"]


def test_guard_review_will_be_in_a_playlist_is_no_announcement():
    event = event_of("""
        ---
        title: Harbor Go Meetup
        date: 2019-06-20
        ---
        The talks from our meetup on June 2 will be in our YouTube playlist soon.
        """)
    assert event.date == dt.date(2019, 6, 2)


def test_guard_review_a_retrospective_next_year_keeps_its_written_date():
    # the event's name carries 2019; the day the event's own section writes in full is the next year's
    event = event_of("""
        # HarborKaigi 2019 振り返り会 レポート

        HarborKaigi 2019 の振り返り会に参加しました。

        ## 発表

        ### 型について

        発表者: 山田太郎

        ### JIT の現状

        発表者: 佐藤花子

        ## 開催概要

        - 日時: 2020年1月15日（水）
        - 場所: 東京
        """)
    assert event.date == dt.date(2020, 1, 15)


def test_guard_review_a_project_linked_before_a_heading_s_colon_is_no_speaker():
    talks = talks_of("""
        ---
        title: Harbor Rust Night
        ---
        ## [serde](https://github.com/serde-rs): Serialization without tears

        by Anna Keller

        Notes.

        ## [tokio](https://github.com/tokio-rs): Async in practice

        by Marco Bianchi

        Notes.
        """)
    assert [who for _, who, _ in talks] == [["Anna Keller"], ["Marco Bianchi"]]


def test_guard_review_a_label_further_down_wins_over_a_sentence_about_another_talk():
    talks = talks_of("""
        ---
        title: 港Go勉強会
        ---
        ## 型パラメータの続き

        前回の [山田太郎](https://twitter.com/yamada_t) による発表の続編です。

        発表者: 鈴木一郎
        """)
    assert talks[0][1] == ["鈴木一郎"]


def test_guard_review_recommended_videos_beside_headed_talks_are_no_talks():
    # a list of recordings naming two of the headed talks (from lines of its own) is about those talks: the two
    # recommended recordings beside them are no talks of the evening
    talks = talks_of("""
        # Harbor Elm Meetup 4

        2019-12-12

        ## Layouts with elm-ui

        by Nora Field

        Nora showed her layouts.

        ## Ports and flags

        by Owen Hart

        Owen talked about interop.

        ## Elm and GraphQL

        by Lena Brook

        Lena generated a client.

        ## Fuzz testing Elm

        by Paul Stone

        Paul wrote fuzz tests.

        ## Videos

        - [Layouts with elm-ui](https://www.youtube.com/watch?v=aaa111) - Nora Field
        - [Ports and flags](https://www.youtube.com/watch?v=bbb222) - Owen Hart
        - [Impossible States](https://www.youtube.com/watch?v=ccc333) - Rick Fielding
        - [Going mainstream](https://www.youtube.com/watch?v=ddd444) - Evan Czar
        """)
    assert [title for title, _, _ in talks] == ["Layouts with elm-ui", "Ports and flags", "Elm and GraphQL",
                                                 "Fuzz testing Elm"]


def test_guard_review_a_reading_list_in_a_talk_is_its_notes():
    talks = talks_of("""
        ---
        title: Harbor Book Club
        ---
        ## Reading list review

        by Emma Stone

        - [Refactoring by Martin Fowler](https://example.com/books/refactoring)
        - [Domain-Driven Design by Eric Evans](https://example.com/books/ddd)
        - [Working Effectively with Legacy Code by Michael Feathers](https://example.com/books/legacy)
        """)
    assert talks == [("Reading list review", ["Emma Stone"], "talk")]


def test_guard_review_one_column_of_slot_numbers_beside_short_titles():
    # a column of slot numbers (`枠`) is no data table: the short titles beside it are the talks
    talks = talks_of("""
        # 港Ruby会議 LT大会

        2019年9月7日

        ## LT

        | 枠 | 発表者 | ネタ |
        |---|---|---|
        | 1 | 山田太郎 | 型の話 |
        | 2 | 佐藤花子 | 並行処理 |
        | 3 | 鈴木一郎 | 自作GC |
        """)
    assert [title for title, _, _ in talks] == ["型の話", "並行処理", "自作GC"]


def test_guard_review_a_dash_before_a_handle_keeps_the_handle():
    event = event_of("""
        ---
        title: Harbor Night
        ---
        ## Typed pipelines

        Speaker: Ana Lima - @analima
        """)
    speaker = event.talks[0].speakers[0]
    assert (speaker.name, speaker.handle, speaker.affiliation) == ("Ana Lima", "analima", None)


def test_guard_review_a_stray_bracket_joins_no_lines():
    event = event_of("""
        ---
        title: Harbor Numerics
        ---
        ## Talks

        -   Half-open intervals [0, 1) by Ingrid Dahl
            and why they matter in numpy
        -   Fast sums by Ola Berg
        """)
    titles = [t.title for t in event.talks]
    assert not any("why they matter" in title for title in titles)
