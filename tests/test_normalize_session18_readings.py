"""Readings from the session-18 development sets (d1, batch 24, d2), rewritten in our own words with names
and titles changed: a post's record of edits and the next meeting's day are not the event's day, ..."""
from __future__ import annotations

import datetime as dt

from note_text import event_of


def test_a_dated_heading_under_the_record_of_edits_is_not_the_event_day():
    event = event_of("""
        ---
        title: 第2回 すだちカンファレンス 開催報告
        ---
        2019年4月14日、港区のレンタルスペースにて第2回すだちカンファレンスを開催しました。

        ## タイムテーブル

        ### 型のある暮らし
        発表者: 山吹 花子

        ## 更新履歴

        ### 2019年9月2日
        会計報告を追加しました。
        """)
    assert event.date == dt.date(2019, 4, 14)


def test_the_next_meetings_day_is_not_this_meetings():
    event = event_of("""
        ---
        date: 2019-08-04
        title: 第5回 かもがわ Vue 勉強会を開きました
        tags: [Vue]
        slug: kamogawa-vue-5
        category: report
        ---
        今回は初めての会場でした。

        ### 会場のこと

        広い部屋をお借りできました。次回 9/18 (水) 新しい会場で開催します。

        ## 発表

        ### コンポーネントを小さく保つ
        発表者: 白川 一郎
        """)
    assert event.date != dt.date(2019, 9, 18)
    assert event.venue != "新しい会場"


def test_a_heading_about_the_venue_names_no_venue():
    event = event_of("""
        # 第3回 しじみ会

        ## 会場のこと

        駅から近くて助かりました。

        ## 発表

        ### 小さなパーサを書く
        発表者: 青木 直
        """)
    assert event.venue is None
