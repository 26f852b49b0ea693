"""A speaker's post about the one talk they gave: how it says so, where its title is, who gave it.

Seen in real notes (batch 10 to 13, rewritten in our own words): `Last week I gave a "Title" talk at …`,
a post titled `Lightning Talk: Title`, `` `Title` というタイトルの発表をさせてもらいました ``, a post titled
`TitleをEventで発表しました`, `Event #3 Title` and `Title - Event`, a post with no author whose deck lives
under the writer's account, and a programme list of `Title by 名前` items.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.normalize import own_talk
from note_text import event_of, talks_of


def test_i_gave_a_quoted_talk_names_the_talk():
    talks = talks_of("""
        ---
        title: Slides and a screencast
        date: 2024-03-02
        author: Jo Marsh
        ---
        Last week I gave a "Quicker Parsers in Nim" talk at the Leeds Nim Group, whom I thank for the room.

        The room had no camera, so I recorded the talk again at home.
        """)
    assert talks == [("Quicker Parsers in Nim", ["Jo Marsh"], "talk")]


def test_a_post_titled_lightning_talk_colon_is_that_talk():
    talks = talks_of("""
        ---
        title: "Lightning Talk: Are Your Branch Names Lying?"
        author: Pat Kerr
        ---
        GLASGOW — [Clyde Ruby 2019][conf] — Teams share branches for weeks, and the names drift away
        from what the branches hold.

        [conf]: https://clyderuby.example.org/
        """)
    assert talks == [("Are Your Branch Names Lying?", ["Pat Kerr"], "lightning")]


def test_a_backquoted_title_before_to_iu_taitoru_names_the_talk():
    talks = talks_of("""
        ---
        title: "Kotlin Fest 2019 で発表してきた"
        author: hanada
        ---
        8月24日に[Kotlin Fest 2019](https://kotlinfest.example.jp/)で `grep & Coroutine` というタイトルの発表をさせてもらいました。

        ツールを速くした経緯を順に話しました。
        """)
    assert talks == [("grep & Coroutine", ["hanada"], "talk")]


def test_a_post_titled_title_wo_event_de_happyou_names_the_talk_before_wo():
    talks = talks_of("""
        ---
        title: 社内ポータルの作り直しを渋谷Goで発表しました
        author: kurosawa
        ---
        [渋谷Go#4](https://shibuya-go.example.connpass.com/event/1/)で社内ポータルの作り直しについて発表しました。
        """)
    assert [t[0] for t in talks] == ["社内ポータルの作り直し"]


def test_an_event_name_between_wo_and_de_has_no_verb_in_it():
    # `Quartoを活用してTokyo.Rで発表しました`: を belongs to 活用して, the title is not `Quarto`
    assert own_talk._titled("Quartoを活用して森の勉強会で発表しました") is None


def test_the_post_title_after_the_event_name_is_the_talk():
    talks = talks_of("""
        ---
        title: "NimTokyo #3 Audio Filters in Nim"
        author: r-kudo
        ---
        [NimTokyo #3](http://nimtokyo.example.connpass.com/event/3/)でLT発表してきました。前回の[NimTokyo #2](http://nimtokyo.example.connpass.com/event/2/)でも発表したのですが、今回はその続きです。

        ## スライド
        <iframe src="//www.slideshare.net/slideshow/embed_code/key/abc"></iframe>

        ## コード
        https://github.com/r-kudo/NimTokyo3
        """)
    assert [t[0] for t in talks] == ["Audio Filters in Nim"]


def test_the_post_title_before_a_dash_and_the_event_name_is_the_talk():
    event = event_of("""
        ---
        title: 海辺の町でプログラミング言語の話をした - PyCon mini Kamakura 2018
        author: shio
        ---
        [PyCon mini Kamakura 2018](https://pycon-kamakura.example.connpass.com/event/5/)というイベントに参加した。

        参加したといっても、基調講演をするという立場だった。
        """)
    assert event.title == "PyCon mini Kamakura 2018"
    assert [t.title for t in event.talks] == ["海辺の町でプログラミング言語の話をした"]


def test_a_remainder_that_opens_with_a_particle_is_no_title():
    # `…LT 大会で LT してきました`: after the event's name the sentence goes on; no title is told
    talks = talks_of("""
        ---
        title: 港の大学×企業 春の LT 大会で LT してきました
        author: minato
        ---
        [港の大学×企業 春のLT大会](https://minato.example.connpass.com/event/9/)に登壇させてもらえる機会があったので行ってきました。
        """)
    assert talks == []


def test_without_an_author_the_decks_account_names_the_writer():
    event = event_of("""
        ---
        title: Speaking at SwiftLake
        date: 2017-10-02
        ---
        Last week I attended and [gave a talk](https://speakerdeck.com/tessr/ninety-proposals-in-twenty-minutes)
        at [SwiftLake](http://swiftlake.example.org) in Como.

        ### Talk
        The slides from my talk are [on Speaker Deck](https://speakerdeck.com/tessr/ninety-proposals-in-twenty-minutes).
        """)
    (talk,) = event.talks
    assert talk.title == "ninety proposals in twenty minutes"
    assert [s.name for s in talk.speakers] == ["tessr"]
    assert any(c.field == "speakers" and c.confidence == "low" for c in talk.evidence)


@pytest.mark.parametrize("url, account", [
    ("https://speakerdeck.com/jane/my-deck", "jane"),
    ("https://www.slideshare.net/kazu/slides-1234", "kazu"),
    ("https://www.docswell.com/s/momo/ABCD-title", "momo"),
    ("https://nabe.hatenablog.com/entry/2019/05/18/235446", "nabe"),
    ("https://www.slideshare.net/slideshow/embed_code/key/abc", None),  # an embed: no account in it
    ("https://speakerdeck.com/player/0123abcd", None),
])
def test_writers_account(url, account):
    assert own_talk.writers_account([url]) == account


def test_a_list_item_title_by_a_japanese_name_is_split():
    talks = talks_of("""
        ---
        title: PHP カンファレンス瀬戸内2024に参加した
        date: 2024-12-14
        ---
        ## 聴いたセッション
        - [PHP の型を読み解く by 瀬戸 一郎](https://fortee.example.jp/setouchi/proposal/1)
        - [Fat Model は悪か？ by ヰモリ](https://fortee.example.jp/setouchi/proposal/2)
        """)
    assert [(t[0], t[1]) for t in talks] == [("PHP の型を読み解く", ["瀬戸 一郎"]), ("Fat Model は悪か？", ["ヰモリ"])]


@pytest.mark.parametrize("title", ["Machine learning by example", "Talk by the community", "Rust by Example"])
def test_by_before_words_that_are_not_people_stays_in_the_title(title):
    from generator.normalize import bylines
    assert bylines.with_speaker(title) == (title, ())


def test_days_as_list_items_over_linked_talks_with_bylines_inside_the_links():
    event = event_of("""
        # try! Kotlin Conference 2019 に行ってきた
        ## 所感
        * 英語を勉強しよう
        ## メモ
        * Day 1
            * [コルーチンに飛び込む - Sho Ikemi](./day1/01.md)
            * [実践的マルチプラットフォーム - Jan Simons](./day1/02.md)
        * Day 2
            * [型を消し去る - Gwen Weston](./day2/01.md)
            * [エラー処理の三つの話 - Yuki Koshiba](./day2/02.md)
        """)
    assert event.title == "try! Kotlin Conference 2019"
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("コルーチンに飛び込む", ["Sho Ikemi"]), ("実践的マルチプラットフォーム", ["Jan Simons"]),
        ("型を消し去る", ["Gwen Weston"]), ("エラー処理の三つの話", ["Yuki Koshiba"])]


def test_one_linked_title_with_a_dash_keeps_its_words():
    # a capitalised phrase before a dash reads like a name; alone, nothing says the list puts people there
    talks = talks_of("""
        ---
        title: Scala Harbour Days 2023
        date: 2023-06-01
        ---
        ## Talks
        - [Abstract Typeclasses - How To Design a Sturdy Typeclass](https://drive.example.com/file/d/1/view)
        - [Effects at the edges](https://drive.example.com/file/d/2/view)
        """)
    assert [t[0] for t in talks] == ["Abstract Typeclasses - How To Design a Sturdy Typeclass", "Effects at the edges"]


def test_a_my_talk_section_in_a_recap_is_named_by_its_prose():
    talks = talks_of("""
        ---
        title: PyHarbour 2014 recap
        ---
        # Talks
        ## Ports of Call
        A good talk by [Ann Poe](https://twitter.com/annpoe) on shipping data.

        ## My Talk
        I gave a talk titled ["Teaching with Notebooks"][mine] that focused on how notebooks help students.

        [mine]: https://pyharbour.example.org/talks/42/
        """)
    assert "Teaching with Notebooks" in [t[0] for t in talks]
    assert "My Talk" not in [t[0] for t in talks]


@pytest.mark.parametrize("heading, title, names", [
    ("Latest in Visual Studio 2019 for C++, Marian Lupu and Simon Brandt", "Latest in Visual Studio 2019 for C++",
     ["Marian Lupu", "Simon Brandt"]),
    ("J.F. Bastien - Deprecation of volatile", "Deprecation of volatile", ["J.F. Bastien"]),
    ("Testing, Mocking and Faking", "Testing, Mocking and Faking", []),
])
def test_heading_bylines_with_a_comma_pair_or_initials(heading, title, names):
    from generator.normalize import bylines
    found_title, found = bylines.in_heading(heading)
    assert (found_title, [s.name for s in found]) == (title, names)


def test_a_talk_pages_front_matter_names_the_event_and_the_talk():
    # a speaker's site with one page per talk (`layout: presentation`)
    event = event_of("""
        ---
        layout: presentation
        event: Harbour Android Meetup
        location: Harbour City
        homepage: http://www.meetup.com/harbour-android/events/1234/
        date: 2016-03-08
        title: Value Type Extensions
        speakerdeck: dad26cd952b24c5c97faf409803f1889
        youtube: FfBBTHkRC-o
        ---
        A library gives value types through code generation; this talk introduces its extensions.
        """)
    assert (event.title, event.date, event.url) == ("Harbour Android Meetup", dt.date(2016, 3, 8),
                                                    "http://www.meetup.com/harbour-android/events/1234/")
    (talk,) = event.talks
    assert (talk.title, talk.slides, talk.video) == (
        "Value Type Extensions", "https://speakerdeck.com/player/dad26cd952b24c5c97faf409803f1889",
        "https://www.youtube.com/watch?v=FfBBTHkRC-o")


def test_an_event_key_equal_to_the_title_is_the_events_name_only():
    event = event_of("""
        ---
        event: Harbour Android Meetup
        title: Harbour Android Meetup
        date: 2016-03-08
        ---
        ## Value Types
        Jane Doe on value types.
        """)
    assert event.title == "Harbour Android Meetup" and [t.title for t in event.talks] == ["Value Types"]
