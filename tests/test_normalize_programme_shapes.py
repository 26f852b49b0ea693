"""Shapes from the session-17 development batch (d1), rewritten in our own words, names and titles changed:
slot labels before titles, year-first dates, ..."""
from __future__ import annotations

from note_text import event_of


_RST_EVENT = """
==============================
fold() - a small Python meetup
==============================

We are glad to announce the fifth edition of the meetup, hosted by `Harbor Labs`_.

Schedule
========

Thursday, 12 March 2020

18:00 - 19:00 - Welcome with food

19:00 - 19:30 - `Talk 1`_ - Parsing logs without tears (Mira Holm)

19:30 - 19:40 - Short break

19:40 - 20:10 - `Talk 2`_ - Shipping wheels for three platforms (Tomas Berg)

20:10 - 21:00 - Networking

Parsing logs without tears
--------------------------
How we moved from regular expressions to a real parser.

Shipping wheels for three platforms
-----------------------------------
What we learnt building wheels in CI.

.. _Harbor Labs: https://example.org/harbor
"""


def test_a_numbered_slot_label_before_a_timetable_title_is_left_out():
    event = event_of(_RST_EVENT, name="note.rst")
    assert [t.title for t in event.talks] == ["Parsing logs without tears", "Shipping wheels for three platforms"]
    assert [s.name for t in event.talks for s in t.speakers] == ["Mira Holm", "Tomas Berg"]
    assert str(event.date) == "2020-03-12"


def test_a_main_talk_label_before_a_heading_is_left_out_and_kept_as_its_kind():
    event = event_of("""
        ---
        title: 港フロントエンド LT会 #4 レポート
        date: 2025-06-20
        ---
        ## メイントーク: 描画の仕組みを知っておく

        山田 太郎 さん。

        ## LT1: 状態管理の小さな工夫

        鈴木 花子 さん。

        ## LT2: テストを書く時間の作り方

        佐藤 次郎 さん。
        """)
    assert [t.title for t in event.talks] == ["描画の仕組みを知っておく", "状態管理の小さな工夫", "テストを書く時間の作り方"]
    assert [t.kind for t in event.talks] == ["talk", "lightning", "lightning"]


def test_a_word_that_starts_like_a_slot_label_stays_in_the_title():
    event = event_of("""
        ---
        title: Harbor Devs, May
        date: 2021-05-04
        ---
        ## Talking to printers - a short story

        By Ann Lee. [Slides](https://speakerdeck.com/annlee/printers)

        ## Session types: a practical look

        By Bo Chen. [Slides](https://speakerdeck.com/bochen/session-types)
        """)
    assert [t.title for t in event.talks] == ["Talking to printers - a short story", "Session types: a practical look"]


def test_an_org_date_written_year_first_is_the_events_day():
    event = event_of("""
        #+TITLE:  Notes from the fourth meeting
        #+DATE:   2016 Jan 20
        #+TAGS:   emacs community

        * Agenda
        - Introductions
        - Talks

        * Writing packages
        Ann Lee showed how she writes small packages.
        """, name="note.org")
    assert str(event.date) == "2016-01-20"


_HEARD = """
---
title: HarborConf 2016 に行ってきた
date: 2016-09-02
---
# 聞いたトーク

- [型で守る設定ファイル - HarborConf 2016](https://harborconf.example/2016/talk/show/1001)
- [社内ツールを OSS にするまで - HarborConf 2016](https://harborconf.example/2016/talk/show/1002)
- [小さなチームの監視入門 - HarborConf 2016](https://harborconf.example/2016/talk/show/1003)

どれも面白かった。
"""


def test_the_site_name_every_linked_item_repeats_is_left_out_of_the_titles():
    event = event_of(_HEARD)
    assert [t.title for t in event.talks] == ["型で守る設定ファイル", "社内ツールを OSS にするまで", "小さなチームの監視入門"]


def test_a_dashed_tail_that_differs_between_items_stays_in_the_titles():
    event = event_of(_HEARD.replace("監視入門 - HarborConf 2016", "監視入門 - 第二部"))
    assert "小さなチームの監視入門 - 第二部" in [t.title for t in event.talks]
    assert "型で守る設定ファイル - HarborConf 2016" in [t.title for t in event.talks]


def test_talk_pages_linked_in_sentences_with_their_speakers_are_the_talks():
    event = event_of("""
        ---
        title: "HarborFOSS 2021 - the talks I liked"
        date: 2021-02-20
        ---
        HarborFOSS is a free two-day conference run by volunteers.

        ## Favourite talks

        ### Saturday

        In the **Storage** room my favourite was [Snapshots done right](https://harborfoss.example/2021/schedule/event/snapshots/) by Ana Ruiz.
        Later [Small kernels, big wins](https://harborfoss.example/2021/schedule/event/kernels/) by Li Wei and Tom Ash and [Tracing in the wild](https://harborfoss.example/2021/schedule/event/tracing/) by Jeff Moor. In the afternoon I rested.

        ### Sunday

        I closed with [Licences for humans](https://harborfoss.example/2021/schedule/event/licences/) by Mary K. Stone were the best of the day.

        ## Conclusion

        I will be back next year.
        """)
    assert [t.title for t in event.talks] == ["Snapshots done right", "Small kernels, big wins", "Tracing in the wild",
                                              "Licences for humans"]
    assert [[s.name for s in t.speakers] for t in event.talks] == [
        ["Ana Ruiz"], ["Li Wei", "Tom Ash"], ["Jeff Moor"], ["Mary K. Stone"]]


def test_notes_and_presenters_headings_over_no_talk_are_not_talks():
    event = event_of("""
        # Harbor Node, March 2018

        ## Meetup Notes
        * Our first evening in the new room.
        * About thirty people came.

        ## Presenters
        * Ann Lee and Bo Chen spoke; slides follow on the site.

        ## Other Notes
        * Office hours move to Thursdays.
        """)
    assert [t.title for t in event.talks] == []


def test_a_guest_talks_slot_in_brackets_after_its_title_is_left_out():
    event = event_of("""
        ---
        title: 港Ruby会議 03
        date: 2019-11-02
        ---
        ### 港でRubyを書き始めたきっかけ (ゲスト講演)

        - 発表者: 山本 一郎 さん
        - 資料: https://speakerdeck.com/yamamoto/minato-ruby

        ### テストの速い書き方

        - 発表者: 中村 花 さん
        - 資料: https://speakerdeck.com/nakamura/fast-tests
        """)
    assert [t.title for t in event.talks] == ["港でRubyを書き始めたきっかけ", "テストの速い書き方"]


def test_a_speaker_first_heading_with_two_hyphens_for_its_dash_is_split():
    event = event_of("""
        ---
        title: Harbor C++ 2019 trip report
        date: 2019-11-20
        ---
        ## Day 1
        ### Keynote: [Rosa Vidal](https://twitter.com/rosavidal) -- Values all the way down
        She argued for regular types.

        ### [Omar Haddad](https://twitter.com/omarh) (me!) -- How linkers find things
        My own talk, slides below.

        ### [Ines Park](https://inespark.example/) -- Ranges in practice
        Many examples with views.
        """)
    assert [t.title for t in event.talks] == ["Values all the way down", "How linkers find things", "Ranges in practice"]
    assert [s.name for t in event.talks for s in t.speakers] == ["Rosa Vidal", "Omar Haddad", "Ines Park"]
    assert event.talks[0].kind == "keynote"


def test_two_hyphens_in_a_title_naming_no_one_stay():
    event = event_of("""
        ---
        title: Harbor Ops Night
        date: 2019-11-21
        ---
        ### Logs -- the boring parts

        By Ann Lee. [Slides](https://speakerdeck.com/annlee/logs)
        """)
    assert [t.title for t in event.talks] == ["Logs -- the boring parts"]


# --- guards from the review of this reading (each a way it misread ordinary notes) ---


def test_a_slot_label_leaves_the_talks_own_kind_label_to_be_read():
    event = event_of("""
        ---
        title: Harbor Python Meetup, June
        date: 2021-06-10
        ---
        ## Session 1 - Panel discussion on packaging

        With Ann Lee and Bo Chen. [Video](https://www.youtube.com/watch?v=abc123)

        ## Session 2 - Keynote: the future of typing

        By Carl Dunn. [Slides](https://speakerdeck.com/carl/typing)
        """)
    assert [(t.title, t.kind) for t in event.talks] == [("Panel discussion on packaging", "panel"),
                                                        ("the future of typing", "keynote")]


def test_a_title_of_address_and_a_companys_people_are_no_speakers_in_a_sentence():
    event = event_of("""
        ---
        title: HarborFOSS 2022 notes
        date: 2022-02-10
        ---
        ## Favourites

        First [Snapshots done right](https://harborfoss.example/2022/schedule/event/snapshots/) by Prof. Ana Ruiz.
        Then [Podman in depth](https://harborfoss.example/2022/schedule/event/podman/) by Red Hat engineers, and
        [Small kernels](https://harborfoss.example/2022/schedule/event/kernels/) by Li Wei.
        """)
    speakers = {t.title: [s.name for s in t.speakers] for t in event.talks}
    assert speakers["Snapshots done right"] == ["Ana Ruiz"]
    assert speakers.get("Podman in depth", []) == []


def test_a_subtitle_every_item_shares_is_no_sites_name():
    event = event_of("""
        ---
        title: Harbor Infra Night
        date: 2021-05-04
        ---
        ## Talks

        - [Kubernetes - lessons learned](https://speakerdeck.com/annlee/k8s)
        - [Terraform - lessons learned](https://speakerdeck.com/bochen/tf)
        """)
    assert [t.title for t in event.talks] == ["Kubernetes - lessons learned", "Terraform - lessons learned"]


def test_a_count_after_a_year_and_a_month_is_no_day():
    event = event_of("""
        ---
        title: Harbor Python Meetup
        ---
        We started in 2015 May 3 people came to the first one. This meetup was held on March 12, 2019.

        ## Faster builds

        By Ann Lee. [Slides](https://speakerdeck.com/annlee/builds)
        """)
    assert str(event.date) == "2019-03-12"


def test_a_titles_own_two_hyphens_stay_when_the_byline_is_split_at_the_first():
    event = event_of("""
        ---
        title: Harbor C++ night
        date: 2019-11-20
        ---
        ### [Jane Roe](https://twitter.com/janeroe) -- C++ -- the good parts

        Notes on the good parts.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [("C++ -- the good parts", ["Jane Roe"])]
