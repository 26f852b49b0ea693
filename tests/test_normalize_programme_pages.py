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
    ("A-2 チームで学ぶふりかえり", "チームで学ぶふりかえり"),
    ("TR1-3: Scaling Postgres", "Scaling Postgres"),
    ("[S1] Scaling Postgres", "Scaling Postgres"),
    ("F-35 avionics in Rust", "F-35 avionics in Rust"),  # a lowercase word after it: the code is the title's
    ("B2B sales for engineers", "B2B sales for engineers"),
])
def test_a_slot_code_before_the_title_goes(written, title):
    assert titles.clean_talk_title(written) == title
