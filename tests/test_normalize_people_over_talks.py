"""Programmes that name the person first and the talk under them (batch 13's development notes, in our words).

- a user group's README: `## Presenters`, each item a person (linked to a profile or not) over one nested
  item, their talk's title;
- a company blog's lunch LTs: `## handle` over `### The talk's title`;
- an academic meeting's programme: `* 13:40〜14:10 田中哲(港大学)「Title」`, `佐藤(港大学)他: Title`.
"""
from __future__ import annotations

from generator.normalize import bylines
import pytest

from note_text import event_of, talks_of


def _read(talks):
    return [(title, names) for title, names, _ in talks]


def test_a_list_of_people_each_over_their_talks_title():
    talks = talks_of("""
        # Harbor PowerShell: Community Code Share

        ## Presenters

        - Ada Byrne
          - Managing SQL data with a module
        - [Omar Haddad](https://twitter.com/omarh)
          - Executing Markdown with PowerShell
        - Lena Krüger
          - Helpful Hints From The Field
        - [Sam Lee](https://twitter.com/samlee)
          - Random Password Generator

        ### Date: 1 Dec 2021
        """)
    assert _read(talks) == [("Managing SQL data with a module", ["Ada Byrne"]),
                            ("Executing Markdown with PowerShell", ["Omar Haddad"]),
                            ("Helpful Hints From The Field", ["Lena Krüger"]),
                            ("Random Password Generator", ["Sam Lee"])]


def test_a_nested_name_is_a_second_person_not_a_title():
    talks = talks_of("""
        # Harbor meetup

        ## Speakers

        - Ada Byrne
          - Omar Haddad
        - Lena Krüger
          - Sam Lee
        """)
    assert talks == []  # two people each over another: no talk, and no person taken for a title
    flipped = talks_of("""
        # Harbor meetup

        ## Talks

        - Rust Macros
          - Jane Roe Smith
        - Async in Depth
          - Omar Haddad
        """)
    assert _read(flipped) == [("Rust Macros", ["Jane Roe Smith"]), ("Async in Depth", ["Omar Haddad"])]


def test_a_handle_heading_over_one_sub_heading_is_the_speaker_of_that_talk():
    talks = talks_of("""
        ---
        title: 社内ランチLT 第3回
        ---
        ## ランチLT について

        毎月の社内勉強会です。

        ## minatoyama

        ### 超簡易 動画プレイヤー

        作ったものの紹介でした。

        ## atomita

        ### [hyperapp](https://github.com/hyperapp/hyperapp)を使ってみての所感

        感想です。
        """)
    assert _read(talks) == [("超簡易 動画プレイヤー", ["minatoyama"]), ("hyperappを使ってみての所感", ["atomita"])]


def test_a_room_heading_over_one_sub_heading_is_no_speaker():
    talks = talks_of("""
        # Harbor Go Day

        ## Chillout Space

        ### Codelabs

        - [Go on functions](https://example.org/codelab)

        ## Main Hall

        ### Keynote: The Year in Go

        Slides later.
        """)
    # rooms, never speakers: `Main Hall` names its room (the keynote under it is held there); `Chillout Space`,
    # no room word, holds its one sub-heading as a talk
    assert _read(talks) == [("Codelabs", []), ("The Year in Go", [])]
    one = talks_of("""
        # Harbor meetup

        ## background

        ### Why we migrated

        Because.

        ## Results

        Good.
        """)
    assert _read(one) == [("background", []), ("Results", [])]  # one lowercase word alone shows no habit of handles


def test_a_person_with_an_affiliation_then_the_quoted_or_colon_title():
    assert bylines.speaker_first("田中哲(港大学)「Coq からの C コード生成」")[0] == "Coq からの C コード生成"
    title, who = bylines.speaker_first("小島健介(港大学)他: TPPmark 2017")
    assert (title, who[0].name, who[0].affiliation) == ("TPPmark 2017", "小島健介", "港大学")
    assert bylines.speaker_first("Docker(コンテナ)「入門」") is None  # not a person
    talks = talks_of("""
        # 港町形式検証研究会

        ## Technical Program

        * 13:40〜14:10 田中哲(港大学)「Coq からの C コード生成」
        * 14:10〜14:40 佐藤雅彦(港大学): A common notation system
        * 15:00〜15:45 小島健介(港大学)他: TPPmark 2017
        """)
    assert _read(talks) == [("Coq からの C コード生成", ["田中哲"]), ("A common notation system", ["佐藤雅彦"]),
                            ("TPPmark 2017", ["小島健介"])]


def test_a_list_of_full_names_then_a_comma_or_a_colon_and_the_title():
    talks = talks_of("""
        # Harbor Dask Day

        ## Executive Summary

        A day of talks about Dask in the harbour.

        ## Watch the talks

        ### Invited talks

        Featured talks include:
        * Ada Byrne Okafor, Interactive visualization of satellite images
        * Omar Haddad: DevOps for Remote Sensing
        * Lena Krüger and Sam Lee, Image Processing Using Dask - vegetation across the coast
        * Nick Mortimer, Making the most of your schedule: From HPC to Local Cluster

        ## First Impressions

        Good coffee.

        ## Recommendations

        Come early.
        """)
    assert _read(talks) == [
        ("Interactive visualization of satellite images", ["Ada Byrne Okafor"]),
        ("DevOps for Remote Sensing", ["Omar Haddad"]),
        ("Image Processing Using Dask - vegetation across the coast", ["Lena Krüger", "Sam Lee"]),
        ("Making the most of your schedule: From HPC to Local Cluster", ["Nick Mortimer"])]


def test_when_the_talk_is_after_its_title_and_a_break_in_the_venue_go():
    from generator.normalize import titles
    assert titles.clean_talk_title("Programme Updates (September 8; 9:45 - 10:45am)") == "Programme Updates"
    assert titles.clean_talk_title("Go 1.21 (released 2023)") == "Go 1.21 (released 2023)"
    event = event_of("""
        # Harbor Identity Summit

        **Venue:** Harbor Marriott - Lyon<br>
        """)
    assert event.venue == "Harbor Marriott - Lyon"


def test_a_table_of_names_beside_titles_whose_header_carries_an_aside():
    talks = talks_of("""
        # HarborCon 2015 lightning talk results

        The lightning talks chosen for the day:

        Name | Title (please pick one)
        -------------|-------------------
        Ada Byrne | Never Type "ls" Again: a web shell
        Omar Haddad | Compile-Time Code Weaving
        Lena Krüger | Sets and The Universal Type
        """)
    assert _read(talks) == [('Never Type "ls" Again: a web shell', ["Ada Byrne"]),
                            ("Compile-Time Code Weaving", ["Omar Haddad"]), ("Sets and The Universal Type", ["Lena Krüger"])]


def test_a_name_and_a_colon_among_headings_written_name_dash_title():
    talks = talks_of("""
        # HarborJS 2017

        #### Ada Byrne - The guide to loading everything
        Notes.

        #### Omar Haddad: Immutable data structures for functional JS
        Notes.

        #### Lena Krüger - A Brief History of Modularity
        Notes.

        #### Sam Lee - Parsing JavaScript, lazily
        Notes.
        """)
    assert _read(talks)[1] == ("Immutable data structures for functional JS", ["Omar Haddad"])
    alone = talks_of("""
        # HarborJS 2017

        ## Development Milestones: 1.0 Onwards
        Notes.
        """)
    assert _read(alone) == [("Development Milestones: 1.0 Onwards", [])]  # one heading shows no habit


def test_labelled_fact_headings_and_a_talks_materials_are_no_talks():
    talks = talks_of("""
        # Harbor Python February Meetup

        ## When: Tuesday February 21st, 6:30pm

        ## Where: Harbor Library, room 405

        ## Topic: Making Debian Packages

        Ada Byrne shows how.
        """)
    assert [title for title, _, _ in talks] == ["Making Debian Packages"]
    own = talks_of("""
        ---
        title: 港Railsで発表しました
        ---
        港Rails#7 で「チュートリアルの裏側」という話をしました。

        ## スライド資料

        https://speakerdeck.com/minato/tutorial

        ## 発表動画

        https://www.youtube.com/watch?v=abcdefghijk
        """)
    assert "スライド資料" not in [t for t, _, _ in own] and "発表動画" not in [t for t, _, _ in own]


def test_a_numbered_list_of_linked_people_then_a_semicolon_and_what_they_show():
    talks = talks_of("""
        # Harbor JS Show and Tell

        [Update]: The demos

        1. [Ada Byrne](http://ada.example.org); 5 projects in 5 minutes.
        1. [Omar Haddad](http://omar.example.org); how we track front-end errors at Acme.
        1. [Lena Krüger](http://lena.example.org); using the Harbor API.
        """)
    assert _read(talks) == [("5 projects in 5 minutes", ["Ada Byrne"]),
                            ("how we track front-end errors at Acme", ["Omar Haddad"]),
                            ("using the Harbor API", ["Lena Krüger"])]
    from generator.normalize import titles
    assert titles.without_full_stop("Tools, libs etc.") == "Tools, libs etc."


def test_a_numbered_lightning_talks_heading_is_one_talk_over_its_notes():
    talks = talks_of("""
        # 第59回 港Ruby勉強会

        ## IT系の同人誌の話

        - 本を作った

        ## LT1 ダジャレ

        - 昔読んだ本の話
        - 形態素解析で分解して置き換え
        - 評価関数

        ## Ruby 港 10 周年

        - 多様性は善
        """)
    assert [(title, kind) for title, _, kind in talks] == [
        ("IT系の同人誌の話", "talk"), ("ダジャレ", "lightning"), ("Ruby 港 10 周年", "talk")]


def test_a_list_of_who_came_is_no_talk():
    talks = talks_of("""
        # 港読書会 合宿

        ## 参加者

        - minato
        - hamabe

        ## LT 大会

        | 発表者 | タイトル |
        |---|---|
        | minato | 型の話 |
        | hamabe | 本の話 |
        """)
    assert "参加者" not in [title for title, _, _ in talks]


def test_a_programmes_extra_links_and_a_called_off_slot():
    talks = talks_of("""
        # Harbor Fest 2023

        ## スケジュール

        |時間|内容|
        |---|---|
        |13:10 ~ 13:45|基調講演：港の未来 [📄(未)]()|
        |15:00 ~ 15:15|セッション 4：港の検索機能 [📄(未)]() [Source](https://github.com/minato/search)|
        ||セッション 5 中止|
        |15:30 ~ 15:45|セッション 6：投稿サイトを作ってみた話 [📄(未)]() [App](https://example.org/app) [Source](https://github.com/minato/app)|
        |15:45 ~ 16:00|セッション 7：FFI を速くする|
        |16:00 ~ 16:15|セッション 8：Web 標準の力|
        """)
    assert [title for title, _, _ in talks] == ["港の未来", "港の検索機能", "投稿サイトを作ってみた話", "FFI を速くする", "Web 標準の力"]


def test_a_recruiting_notice_and_a_question_corner_are_no_talks():
    from generator.normalize import sections
    assert sections.section_role("スタッフ募集してます") == "event"
    assert sections.section_role("発表者募集中！") == "event"
    assert sections.section_role("質問コーナー") == "follow"
    assert sections.section_role("LT募集の仕組み") == "talk"  # a talk about recruiting speakers


def test_an_address_a_waiting_label_and_a_bare_talks_heading_are_no_talks():
    talks = talks_of("""
        # Harbor DevCon 2023

        ## 港の API 再入門

        - 山田 花子さん

        ## 参加費：

        無料

        ## https://example.org/.a/6a0167607c2431970b-pi

        ## Talks

        Many good ones.
        """)
    assert [title for title, _, _ in talks] == ["港の API 再入門"]


def test_a_list_announced_as_the_talks_heard_is_the_talks():
    talks = talks_of("""
        ---
        title: "Harbor Java Conference 2017 Fall"
        ---
        港町の Java カンファレンスが今季も開催されました。

        聴講したセッションは以下の 3 セッションです。

        1. AsciiDocとPlantUMLでドキュメント作成
        2. サーバサイド Kotlin
        3. JDKの新しいリリースモデル

        もっとも人が多かったのは 3 番目でした。
        """)
    assert [title for title, _, _ in talks] == ["AsciiDocとPlantUMLでドキュメント作成", "サーバサイド Kotlin",
                                                "JDKの新しいリリースモデル"]
    remarks = talks_of("""
        # Harbor meetup

        Things to bring:

        1. A laptop with Java
        2. A charger
        """)
    assert remarks == []


def test_a_days_heading_with_its_playlist_is_no_talk_and_day_one_is_no_person():
    from generator.normalize import people, sections
    talks = talks_of("""
        # My trip to HarborFest 2015

        ### Day One - CSS Day

        <iframe src="https://www.youtube.com/embed/jWDZP8twWDg"></iframe>

        The first day was CSS day.

        ### Day Two - Client-side Day

        <iframe src="https://www.youtube.com/embed/mvS4oxHFXxM"></iframe>

        More talks.
        """)
    assert talks == []
    assert sections.is_day("Day One - CSS Day") and sections.is_day("2日目: インフラの日")
    assert not people.looks_like_people("Day One", strict=False)


def test_a_heading_over_the_talks_the_writer_found_interesting_holds_them():
    from generator.normalize import sections
    assert sections.container_kind("興味深かった話") == "talks"
    assert sections.container_kind("面白かった発表") == "talks"
    talks = talks_of("""
        ---
        title: 港町関数型の集いに参加してきた
        ---
        # 興味深かった話
        ## [エンジニアとモナド](http://www.slideshare.net/minato/monads)

        モナドの話。

        ## [shapelessの紹介](http://minato.github.io/slides/shapeless/)

        型レベルの話。
        """)
    assert [title for title, _, _ in talks] == ["エンジニアとモナド", "shapelessの紹介"]


def test_days_over_rooms_over_talks_give_each_talk_its_room():
    from generator.normalize import sections
    event = event_of("""
        # Harbor Serverless Conf 2017

        ### Day1

        Workshops all day.

        ### Day2

        #### Conference(HALL A)

        ##### Software Productivity and Serverless | Ada Byrne - Acme

        Notes.

        ##### Growing up Serverless | Omar Haddad - Harbor Labs

        Notes.

        #### Conference(Jeffs Room)

        ##### Continuous Delivery for serverless | Lena Krüger - Acme

        Notes.
        """)
    assert [(t.title, t.room) for t in event.talks] == [
        ("Software Productivity and Serverless", "HALL A"), ("Growing up Serverless", "HALL A"),
        ("Continuous Delivery for serverless", "Jeffs Room")]
    assert sections.track_room("Go 1.21 (Track 2)") == (False, None)  # a talk in a room, not a room's heading


def test_a_handle_heading_over_notes_opening_with_the_quoted_title():
    talks = talks_of("""
        ---
        title: 第1回 港Edge Rails勉強会に参加したよ！
        ---
        ## LT

        ### [@ppwork](http://twitter.com/ppwork)さん

        「HerokuでRails7 - 開発事例」です。
        スライドは[こちら](http://speakerdeck.com/u/ppwork/p/we-love-heroku)。

        ## Edge Rails

        ### [@onk](http://twitter.com/onk)さん

        「Rails7って何が変わるの？」のお話し。

        ### [@arih](http://twitter.com/arih)さん

        「ソーシャルアプリで使うjpmobile」のお話し。
        """)
    assert [(t[0], t[1]) for t in talks] == [("HerokuでRails7 - 開発事例", ["ppwork"]), ("Rails7って何が変わるの？", ["onk"]),
                                             ("ソーシャルアプリで使うjpmobile", ["arih"])]


@pytest.mark.parametrize("heading", ["@ppworksさん", "@onkさん"])
def test_a_handle_alone_with_its_honorific_is_not_split(heading):
    from generator.normalize import bylines
    assert bylines.speaker_first(heading) is None


def test_a_thing_over_a_remark_on_it_is_no_person_over_a_talk():
    talks = talks_of("""
        ---
        title: 港Swift 2021 参加記
        ---
        ## 前夜祭
        お気に入り
        - タンブラー
          - エッジの処理が気に入りました。もう10回くらい洗った。
        - ボトルオープナー
          - 本格的。インパクトもあった。
        """)
    assert talks == []
