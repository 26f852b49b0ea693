"""A community's wrap-up page of its conference: one `###` heading per session, each over the same
`#### セッション情報` / `#### 資料・動画` sub-headings (time, session link, speakers), a session code before
each title (`A-2 Title`), and a sentence set as a heading for emphasis.

Seen in real notes (batch 15, rewritten in our own words).
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.normalize import titles
from note_text import event_of

WRAP_UP = """
    ---
    title: '港まつり2019  祭りのあと'
    date: '2019-10-07T19:38:12+00:00'
    ---
    ### <font color="blue">港まつり2019は、10月5日に終了いたしました。</font>
    みなさま、ありがとうございました！

    ### A-1 オープニング
    #### セッション情報
    - 10:00〜10:20
    - スピーカー：港 一郎さん

    ### A-2 チームで学ぶふりかえり
    [![](http://example.org/a2.jpg "a2")](http://example.org/a2_full.jpg)
    #### セッション情報
    - 10:20〜12:00
    - セッション：[A-2 チームで学ぶふりかえり【講演】](http://example.org/a2/)
    - スピーカー：[浜田 剛](https://twitter.com/hamada)さん、[岬 涼子](https://twitter.com/misaki)さん
    #### 資料・動画・Blog
    - 動画：[ふりかえり講演](http://youtu.be/abc)

    ### B-1 小さく始めるテスト自動化
    #### セッション情報
    - 13:00-13:45
    - スピーカー：灯台 守さん
    #### 資料・動画・Blog
    - 資料：[テスト自動化](https://www.slideshare.net/toudai/test)
    """


def test_sessions_over_repeated_sub_headings_are_the_talks():
    event = event_of(WRAP_UP)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("チームで学ぶふりかえり", ["浜田 剛", "岬 涼子"]), ("小さく始めるテスト自動化", ["灯台 守"])]


def test_a_sentence_set_as_a_heading_is_the_notes_text():
    # `### …終了いたしました。` is no section: its day is the event's
    assert event_of(WRAP_UP).date == dt.date(2019, 10, 5)


@pytest.mark.parametrize("written, title", [
    ("[S1] Scaling Postgres", "Scaling Postgres"),
    ("A-2 チームで学ぶふりかえり", "A-2 チームで学ぶふりかえり"),  # bare, alone: it may be the title's (see below)
    ("GPT-4 Turbo で作るエージェント", "GPT-4 Turbo で作るエージェント"),
    ("B2B sales for engineers", "B2B sales for engineers"),
])
def test_a_bracketed_session_code_before_the_title_goes(written, title):
    assert titles.clean_talk_title(written) == title


def test_bare_slot_codes_go_where_the_programme_shares_them():
    from generator.normalize.talks import _without_slot_codes
    from generator.core.model import Talk
    coded = _without_slot_codes([Talk(title="A-1 Opening talk"), Talk(title="B-2 Scaling Postgres"), Talk(title="Closing")])
    assert [t.title for t in coded] == ["Opening talk", "Scaling Postgres", "Closing"]
    alone = _without_slot_codes([Talk(title="GPT-4 Turbo で作るエージェント"), Talk(title="Rust"), Talk(title="Go")])
    assert [t.title for t in alone] == ["GPT-4 Turbo で作るエージェント", "Rust", "Go"]


def test_a_title_field_and_a_list_of_every_decks_is_an_event_not_one_talk():
    # a TIL file: `## Title` over the note's title, `## SLIDE` over the decks of every talk of the day
    event = event_of("""
        ## Title
        Rust & Wasm Fest JP 2021 まとめ

        ## TL;DR
        2021/06/12に行われた[Rust & Wasm Fest JP 2021](https://rust-wasm-fest.example.jp/)の発表をまとめました。

        ## SLIDE

        1. [連絡網を Rust で作り直した話](https://example.org/renraku.pdf)
        2. [初めての Wasm サーバ運用](https://speakerdeck.com/mook/first-wasm)
        3. [Actix アプリを1年運用して](https://speakerdeck.com/kanmo/actix-one-year)
        """, name="README.md")
    assert event.title == "Rust & Wasm Fest JP 2021"
    assert event.date == dt.date(2021, 6, 12)
    assert [t.title for t in event.talks] == ["連絡網を Rust で作り直した話", "初めての Wasm サーバ運用", "Actix アプリを1年運用して"]


def test_a_spaced_at_sign_before_a_name_and_its_company_is_the_byline():
    event = event_of("""
        ---
        title: DevFest 港 2019 に参加しました
        date: 2019-12-15
        ---
        ## セッション
        ### Goの10年とその変遷 @ 山口 能迪(Google)
        言語の歴史の話。

        ### 令和元年 機械学習総決算 @ 足立 昌彦(カブク)
        一年の振り返り。
        """)
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in event.talks] == [
        ("Goの10年とその変遷", [("山口 能迪", "Google")]), ("令和元年 機械学習総決算", [("足立 昌彦", "カブク")])]


def test_a_venue_written_as_a_list_item_loses_its_mark():
    event = event_of("""
        ---
        title: DevFest 港 2019
        ---
        - 場所
          - 国立大学法人 港大学
        """)
    assert event.venue == "国立大学法人 港大学"


def test_sessions_attended_listed_under_each_day_of_a_travel_diary():
    event = event_of("""
        ---
        title: PyCon 2016 in Portland
        date: 2016-06-25
        ---
        ## 日記
        ### 1日目 日本発、Portland着
        飛行機が遅れました。

        ### 2日目 PyCon first day
        #### 参加セッション
        - General session
        - Making it Easier to Contribute to Open Source Projects Using Small Reproducible Containers
        - Contribute 101: Packaging and Wheels

        ### 3日目 帰国
        空港で写真を頼まれました。
        """)
    assert [t.title for t in event.talks] == [
        "General session", "Making it Easier to Contribute to Open Source Projects Using Small Reproducible Containers",
        "Contribute 101: Packaging and Wheels"]


FOSDEM_LIKE = """
    ---
    title: Notes from HarbourConf 2020
    ---
    This post is about attending [HarbourConf 2020](https://harbourconf.example.org/2020).

    ## Saturday
    ### Twenty Years of Config Files
    [Twenty Years of Config
    Files](https://harbourconf.example.org/2020/schedule/event/config/) was a talk in the history track.
    It did not live up to its abstract.

    ### Packet Paths with eBPF
    [Packet Paths with eBPF](https://harbourconf.example.org/2020/schedule/event/ebpf/) went deep.

    ## Sunday
    ### Other Sunday talks
    I did not take notes on Sunday. The talks I did attend:

    - [From Go to CRDs and back](https://harbourconf.example.org/2020/schedule/event/gocrd/)
    - [Progressive rollouts](https://harbourconf.example.org/2020/schedule/event/rollouts/)
    - [Speeding up the monolith](https://harbourconf.example.org/2020/schedule/event/monolith/)
    """


def test_headings_linking_their_own_pages_and_a_list_of_others_are_all_talks():
    assert [t.title for t in event_of(FOSDEM_LIKE).talks] == [
        "Twenty Years of Config Files", "Packet Paths with eBPF", "From Go to CRDs and back", "Progressive rollouts",
        "Speeding up the monolith"]


def test_a_list_inside_a_talks_own_sub_section_adds_no_talks():
    event = event_of("""
        ---
        title: 港Ruby会議01 レポート
        ---
        ## 午前の部
        ### たのしい型
        #### 島田さん ([@shimada](https://twitter.com/shimada))
        型の話。

        ### 未経験からの3年間
        #### 伊藤さん ([@ito](https://twitter.com/ito))
        資料: [未経験からの3年間 / #minato01](https://speakerdeck.com/ito/three-years)

        映像 (前半): [[前半] 未経験からの3年間 - YouTube](https://www.youtube.com/watch?v=aaa)

        映像 (後半): [未経験 (後編) と子どもプログラミング](https://www.youtube.com/watch?v=bbb)
        """)
    assert [t.title for t in event.talks] == ["たのしい型", "未経験からの3年間"]


@pytest.mark.parametrize("written, kind, title", [
    ("Keynote1: 世界に広がるコミュニティ", "keynote", "世界に広がるコミュニティ"),
    ("基調講演②：円周率への道", "keynote", "円周率への道"),
    ("Keynote 2019 recap", "keynote", "Keynote 2019 recap"),
])
def test_a_numbered_keynote_label(written, kind, title):
    from generator.normalize import kinds
    assert kinds.classify(written) == (kind, title)


def test_a_kanji_name_and_its_company_closing_a_list_item():
    from generator.normalize import bylines
    title, found = bylines.split_title_speaker("世界に広がるコミュニティとDevFest 鈴木 拓生(Google)", strict=True)
    assert (title, [(s.name, s.affiliation) for s in found]) == ("世界に広がるコミュニティとDevFest", [("鈴木 拓生", "Google")])
    assert bylines.split_title_speaker("Rust 入門 第2版 (前編)", strict=True) == ("Rust 入門 第2版 (前編)", ())
