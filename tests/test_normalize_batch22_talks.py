"""Talks in batch 22's shapes (rewritten in our own words, names and titles changed)."""
from __future__ import annotations

from note_text import event_of


def test_a_slots_length_with_its_question_time_leaves_the_title():
    event = event_of("""
        ---
        title: The 9th Proof Tools Workshop
        ---
        ## Programme

        ### Day 1
        * 13:10 - 13:55 **Typing small robots in Agda** (30 + 15 min) ([slides](<slides/kano.pdf>))<br/>
           加納 直樹 @ 港大学 <br/>
           We report on typing a toy robot language.

        * 13:55 - 14:20 **有限群の形式化** (15 + 10 min) ([slides](<slides/mori.pdf>))<br/>
           Emma Holt @ North Institute<br/>
           Work in progress on finite groups.
        """)
    assert [t.title for t in event.talks] == ["Typing small robots in Agda", "有限群の形式化"]
    assert [s.name for t in event.talks for s in t.speakers] == ["加納 直樹", "Emma Holt"]


_DASHED = """
    ---
    title: Harbor Java Group, March
    date: 2019-03-14
    ---
    Thanks to our host for the pizza. And now the talks.

    # Streams for the impatient – [Ada Marsh](https://www.linkedin.com/in/adamarsh) – [Slides](https://example.org/streams.pdf)

    {first}

    # Aftermath

    We went for drinks.
    """


def test_a_dashed_name_linked_to_a_profile_page_is_the_speaker():
    event = event_of(_DASHED.format(first="A calm introduction to streams, with many examples."))
    talk = event.talks[0]
    assert talk.title == "Streams for the impatient"
    assert [s.name for s in talk.speakers] == ["Ada Marsh"]


def test_a_dashed_name_the_notes_speak_of_is_the_speaker():
    event = event_of("""
        ---
        title: "Meeting Tuesday May 9th"
        ---
        ## Three years of Ruby in Harbor City - Omar Vance

        Much can change in three years. Omar walked us through what you missed if you are new in town.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Three years of Ruby in Harbor City", ["Omar Vance"])]


def test_a_dashed_pair_of_words_the_notes_use_as_a_thing_is_no_speaker():
    # guard: `Elixir – Pattern Matching` over notes on pattern matching names no person
    event = event_of("""
        ---
        title: Harbor Elixir, June
        ---
        ## Elixir – Pattern Matching

        We looked at how Pattern Matching works in Elixir, and why pattern matching reads so well.
        """)
    assert event.talks and event.talks[0].speakers == ()
    assert "Pattern Matching" in event.talks[0].title


def test_a_dashed_product_name_the_notes_mention_is_no_speaker():
    # guard: the notes naming `Visual Studio` in passing do not make it a person
    event = event_of("""
        ---
        title: Harbor .NET, July
        ---
        ## Debugging tips – Visual Studio

        Most of the tips work in Visual Studio and in other editors.
        """)
    assert event.talks and event.talks[0].speakers == ()


def test_a_blogs_category_tags_before_the_title_are_no_part_of_the_events_name():
    event = event_of("""
        ---
        title: "[harbor-conf][web] Harbor Web カンファレンス 2019 開催後記"
        date: 2019-06-02
        ---
        Harbor Web カンファレンス 2019 を開催しました。
        """)
    assert event.title == "Harbor Web カンファレンス 2019"


def test_a_title_that_is_one_link_is_read_as_its_text():
    event = event_of("""
        # [Slides for HarborProofs2024](https://example.org/slides/main.pdf)

        The slides of my talk.
        """)
    assert event.title == "HarborProofs2024"


def test_the_pages_part_of_the_event_around_its_name_is_left_out():
    full = event_of("""
        ---
        title: Full Schedule for Harbor Community Day 2019 - Bay City
        ---
        We're excited to share the schedule.
        """)
    assert full.title.startswith("Harbor Community Day 2019")
    after = event_of("""
        ---
        title: DevFest Harbor 2016 Schedule
        ---
        The day's sessions.
        """)
    assert after.title == "DevFest Harbor 2016"


def test_a_lower_case_phrase_after_slides_for_is_no_events_name():
    # guard: `Deck for my talk` names no event to cut the title down to
    event = event_of("""
        ---
        title: Deck for my talk
        ---
        Here it is.
        """)
    assert event.title == "Deck for my talk"


_HTML_PROGRAMME = """
    # Schedule: May 14, 2024
    <table>
    <thead><tr><th>Time / Room</th><th>Sessions</th><th>Slides</th></tr></thead><tbody>
     <tr><td>8:00 - 9:00</td><td>Registration & Coffee</td><td></td></tr>
     <tr><td>9:15 - 9:45<br>Hall A</td><td>Keynote: <a href="#ines-park">Ines Park</a>: Growing a Data Commons</td><td></td></tr>
     <tr><td>10:00 - 11:00<br>Hall B</td><td><a href="#tom-ruiz">Tom Ruiz</a>, <a href="#ann-lee">Ann Lee</a>, and <a href="#bo-chan">Bo Chan</a>: Metrics Workshop</td><td></td></tr>
     <tr><td rowspan=2>10:00 - 11:00<br>Hall A</td><td><a href="#kay-obi">Kay Obi</a>: Counting Contributors Fairly</td><td><a href="https://example.org/obi.pdf">PDF</a></td></tr>
     <tr><td><a href="#lu-berg">Lu Berg</a>: Health Signals in Small Projects</td><td></td></tr>
     <tr><td>12:00 - 1:00</td><td colspan="2">Lunch<br />The Roof Terrace</td></tr>
    </tbody></table>
    """


def test_an_html_programme_with_spanned_cells_and_speaker_colon_title_sessions():
    event = event_of(_HTML_PROGRAMME)
    got = [(t.title, [s.name for s in t.speakers], t.kind, t.room) for t in event.talks]
    assert got == [
        ("Growing a Data Commons", ["Ines Park"], "keynote", "Hall A"),
        ("Metrics Workshop", ["Tom Ruiz", "Ann Lee", "Bo Chan"], "discussion", "Hall B"),
        ("Counting Contributors Fairly", ["Kay Obi"], "talk", "Hall A"),
        ("Health Signals in Small Projects", ["Lu Berg"], "talk", "Hall A"),
    ]
    assert event.talks[2].slides == "https://example.org/obi.pdf"


def test_a_programmes_sessions_with_colons_alone_keep_their_titles():
    # guard: `Rust: The Good Parts` in one row of a programme of plain titles names no speaker
    event = event_of("""
        ---
        title: Harbor Day
        ---
        ## Programme

        | Time | Session |
        |---|---|
        | 9:15 | Rust: The Good Parts |
        | 10:15 | Open Sourcing for a Living |
        | 11:15 | Counting Contributors Fairly |
        """)
    assert [t.title for t in event.talks] == [
        "Rust: The Good Parts", "Open Sourcing for a Living", "Counting Contributors Fairly"]
    assert all(t.speakers == () for t in event.talks)


_COUNTED_JA = """
    ---
    title: "第12回ハーバー勉強会に参加してきました"
    ---
    2021/07/31(土)に開催された勉強会に参加しました。

    ## 学んだこと

    {count}

    - 「静的サイトを速くする」

    画像の配信を見直すお話でした。

    - 「表計算で日報を自動化した」

    三十行ほどで下書きが作れるそうです。

    - 「配色のすすめ」

    色の選び方が勉強になりました。

    ## 感想

    楽しかったです。
    """


def test_a_counted_list_of_talks_with_their_notes_written_below_each_item():
    event = event_of(_COUNTED_JA.format(count="3つのお話があり、どれも学びになりました。"))
    assert [t.title for t in event.talks] == ["静的サイトを速くする", "表計算で日報を自動化した", "配色のすすめ"]
    assert "画像の配信" in event.talks[0].body
    assert "三十行" in event.talks[1].body and "画像の配信" not in event.talks[1].body


def test_a_count_with_another_number_after_it_reads_nothing_into_the_list():
    # guard: `3つのお話のあと、2つの…`: the clause after the count tells of something else
    event = event_of(_COUNTED_JA.format(count="3つのお話のあと、2つのお店に寄りました。"))
    assert "配色のすすめ" not in [t.title for t in event.talks]


_SESSIONS_HEARD = """
    ハーバー DAYS 2017 に参加しました

    皆さんこんにちは
    @harbor-dev です。

    3/11 に東京であった、ハーバーユーザーグループのイベントに参加してきました。

    # 会場

    会場は五反田のハーバーホール です。

    # 内容

    ## アプリ開発で知っておくべきこと

    http://days2017.harbor-ug.example/session/1789/

    はじめに聞いたセッションは濃い内容でした。

    ## SECURITY の話 by Security-HARBOR

    http://days2017.harbor-ug.example/session/1512/

    支部の方々の発表です。

    ## コンテナに挫折したあなたへ by HARBOR-UGコンテナ支部

    http://days2017.harbor-ug.example/session/1601/

    入門の話でした。

    # まとめ

    楽しかったです。
    """


def test_headings_each_linking_their_sessions_page_are_the_talks():
    event = event_of(_SESSIONS_HEARD)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("アプリ開発で知っておくべきこと", []),
        ("SECURITY の話", ["Security-HARBOR"]),
        ("コンテナに挫折したあなたへ", ["HARBOR-UGコンテナ支部"]),
    ]


def test_the_writers_handle_introducing_them_is_no_venue_and_a_day_where_it_was_is_the_events():
    event = event_of(_SESSIONS_HEARD)
    assert event.venue == "五反田のハーバーホール"
    assert str(event.date) == "2017-03-11"


def test_in_a_note_writing_title_by_speaker_a_speaker_in_words_is_read_too():
    event = event_of("""
        ---
        title: Harbor Swift Day 2023 聴講メモ
        ---
        ### 低レイヤーを学ぶ by s_shimo

        スライドなし。

        ### WebView連携へのアプローチ by marcy_h

        面白かった。

        ### watchOS開発最前線 by 蔀

        省略。

        ### Swizzling Swizzling by Taiki Koma

        黒魔術。
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("低レイヤーを学ぶ", ["s_shimo"]), ("WebView連携へのアプローチ", ["marcy_h"]),
        ("watchOS開発最前線", ["蔀"]), ("Swizzling Swizzling", ["Taiki Koma"])]


_SPEAKERS_DAY = """
    ハーバーカンファレンス 2016 に参加してきました

    先日の2016/7/16 に**ハーバーカンファレンス**にスピーカーとして参加してきました。

    # 前夜祭

    前夜祭は会場から駅を挟んで反対側にあるお店で行われました。

    # 当日

    自分の発表は最後のセッションなので、それまでに見たものについては以下のとおりです。

    - 依存解決を速くするために必要だったもの
    - 全てを結ぶ力
    - PHPで稼ぐには。　伝説の資料も解説

    ## 発表した

    いよいよ私の発表でした。詳細はこちらです。
    https://speakerdeck.com/harbordev/async-php
    """


def test_a_list_the_writer_says_they_heard_is_talks_even_in_a_section_with_their_own_slides():
    event = event_of(_SPEAKERS_DAY)
    titles = [t.title for t in event.talks]
    assert titles[:3] == ["依存解決を速くするために必要だったもの", "全てを結ぶ力", "PHPで稼ぐには。 伝説の資料も解説"]
    assert "当日" not in titles


def test_the_place_of_the_eve_party_is_no_venue():
    # guard: once the eve party's heading is no talk, its sentence must not name the venue
    assert event_of(_SPEAKERS_DAY).venue is None


def test_english_remarks_under_a_line_about_the_talks_are_no_talks():
    # guard: `Ideas from the talks I saw:` over sentences is a list of the writer's ideas (a full stop inside
    # a Japanese title is allowed under such a line; English sentences are not)
    event = event_of("""
        ---
        title: Harbor Summit 2022
        ---
        # Ideas and Highlights

        Ideas from the talks I saw:
        - Data visibility in the company is key. Share it widely.
        - Consider the impact a custom experience could have. Customers notice.
        - When building a model, look at existing use cases first. Then build.
        """)
    assert not any("Data visibility" in t.title for t in event.talks)


def test_headings_whose_bylines_were_read_show_the_habit_for_one_word_names():
    event = event_of("""
        ---
        title: Harbor TechHub 6
        ---
        # Alembicでマイグレーションしてみた by 井口 雅士

        メモ。

        # CDKのAspectsを覗いてみる by Shota Kawa

        メモ。

        # 責任感のあるアラームを設計しよう by アキキー

        メモ。
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks][2] == (
        "責任感のあるアラームを設計しよう", ["アキキー"])


def test_a_quoted_title_holding_the_word_by_keeps_it():
    event = event_of("""
        ---
        title: Harbor Conf 2017
        ---
        ## Conference Monday - Day 1

        The talks were all pretty good. My personal highlights of day 1 were:

        [_"Mapping the harbour"_ by Christa Heil](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        {{< youtube aaaaaaaaaaa >}}

        [_"Breaking the grid"_ by Nadia Brem](https://www.youtube.com/watch?v=ccccccccccc)

        {{< youtube ccccccccccc >}}

        and

        [_"Building relationships by listening with empathy"_ by Sharon Steel](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        {{< youtube bbbbbbbbbbb >}}
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Mapping the harbour", ["Christa Heil"]), ("Breaking the grid", ["Nadia Brem"]),
        ("Building relationships by listening with empathy", ["Sharon Steel"])]


def test_a_dashed_product_the_notes_build_with_is_no_speaker():
    # guard (review): `with Azure Functions`, `Spring is …` are said of products as of people
    for heading, notes in (("Serverless at scale – Azure Functions", "We deployed the demo with Azure Functions."),
                           ("Microservices – Spring Boot", "Spring is a framework for Java.")):
        event = event_of(f"""
            ---
            title: Harbor Cloud, May
            ---
            ## {heading}

            {notes}
            """)
        assert event.talks and event.talks[0].speakers == (), heading


def test_words_after_by_in_a_note_of_bylines_are_no_speaker_unless_written_as_a_name():
    # guard (review): `Speed up CI by caching layers` beside `Title by ken` headings
    event = event_of("""
        ---
        title: Harbor Dev Night 5
        ---
        ### Rust macros by ken_h

        Notes.

        ### Fuzzing in practice by kenji_t

        Notes.

        ### Speed up CI by caching layers

        [slides](https://speakerdeck.com/harbor/speed-up-ci)
        """)
    assert [(t.title, t.speakers) for t in event.talks][2] == ("Speed up CI by caching layers", ())


def test_sentences_under_a_line_announcing_what_the_writer_saw_are_no_talks():
    # guard (review): `見たものは以下のとおりです。` over sightseeing
    event = event_of("""
        ---
        title: 大阪旅行
        ---
        ## 観光

        見たものは以下のとおりです。

        - 大阪城に登った。景色が良かった。
        - 通天閣にも行きました。
        - たこ焼きを食べた。おいしかった。
        """)
    assert event.talks == ()


def test_a_plan_that_was_is_no_events_day():
    # guard (review): `4/1 にリリース予定であった` says nothing of the event's day
    event = event_of("""
        ---
        title: ハーバー勉強会 2019
        ---
        v2.0 は 4/1 にリリース予定であったが、延期になりました。
        """)
    assert event.date is None


def test_html_table_cells_spanning_rows_and_columns_keep_every_row_in_its_columns():
    from selectolax.lexbor import LexborHTMLParser

    from generator.normalize.dialects import _table

    def laid_out(html):
        return [[cell.strip() for cell in line.strip()[1:-1].split("|")]
                for line in _table(LexborHTMLParser(html).css_first("table")).split("\n") if not line.startswith("|---")]

    assert laid_out("<table><tr><td>a1</td><td>b1</td><td rowspan=3>c1</td></tr><tr><td>a2</td></tr>"
                    "<tr><td>a3</td><td>b3</td></tr><tr><td>a4</td><td>b4</td><td>c4</td></tr></table>") == [
        ["a1", "b1", "c1"], ["a2", "", "c1"], ["a3", "b3", "c1"], ["a4", "b4", "c4"]]
    assert laid_out("<table><tr><td rowspan=2>T</td><td>x</td></tr><tr></tr><tr><td>y</td><td>z</td></tr></table>") == [
        ["T", "x"], ["T", ""], ["y", "z"]]
    assert laid_out("<table><tr><td rowspan=2>Keynote</td><td>a</td></tr><tr><td colspan=2>Lunch</td></tr>"
                    "<tr><td>b</td><td>c</td></tr></table>") == [["Keynote", "a", ""], ["Keynote", "Lunch", ""], ["b", "c", ""]]


def test_words_of_a_name_after_a_pages_word_stay():
    # guard (review): `Deck of Cards Meetup`, `[JSConf][2019] Recap`
    from generator.normalize.titles import clean_event_title
    assert clean_event_title("Deck of Cards Meetup 2019") == "Deck of Cards Meetup 2019"
    assert clean_event_title("Program for Kids Summit 2018") == "Program for Kids Summit 2018"
    assert clean_event_title("[JSConf][2019] Recap") != "Recap"


def test_a_heading_that_only_starts_with_a_social_word_keeps_its_venue_and_a_title_speaker_header_stays_whole():
    # guards (review): `## Social media track` is no party; `Title / Speaker` is no time and room
    from generator.normalize.venue import find_venue
    assert find_venue("## Social media track\n\n会場: Harbor Hall") == "Harbor Hall"
    assert find_venue("## 懇親会\n\n会場: Harbor Bar\n") is None
    listed = event_of("""
        ---
        title: Harbor Rust 3
        ---
        ## Programme

        | Time | Title / Speaker |
        |---|---|
        | 19:00 | Input / Output in Rust / Jane Doe |
        | 19:30 | Borrowing / Bo Lin |
        """)
    assert all(t.title != "Input" for t in listed.talks)
