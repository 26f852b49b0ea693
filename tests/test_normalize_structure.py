"""structure.py, sections.py, talks.py and timetable.py: which parts of a note are talks."""
from __future__ import annotations


import pytest

from generator.normalize import bylines, sections, structure, timetable

from note_text import talks_of


# --- headings by shape (plain text) ---------------------------------------------------------

def test_is_title_shaped():
    assert structure.is_title_shaped("Scaling Postgres reads")
    assert not structure.is_title_shaped("This is a sentence.")
    assert not structure.is_title_shaped("- a list item")
    assert not structure.is_title_shaped("2021/04/01に公開")
    assert not structure.is_title_shaped("Published 3 Apr 2021 · 6 min read")
    assert not structure.is_title_shaped("Updated on March 2, 2020")


@pytest.mark.parametrize("line, title, room", [
    ("Room B: Scaling Postgres", "Scaling Postgres", "Room B"),
    ("3F 分散トレーシング入門", "分散トレーシング入門", "3F"),
    ("■ 分散トレーシング入門", "■ 分散トレーシング入門", None),
    ("分散トレーシング入門（森さん）", "分散トレーシング入門（森さん）", None),
])
def test_strong_headings(line, title, room):
    assert structure.strong_heading(line) == (title, room)


def test_plain_text_title_followed_by_a_speaker_label_is_a_heading():
    lines = ["Meetup", "", "Scaling Postgres reads", "Speaker: Ana Silva", "", "- notes"]
    heads = [s.title for s in structure.plain_sections(lines, 1, skip_title=True) if s.level]
    assert heads == ["Scaling Postgres reads"]


def test_a_block_of_time_lines_is_not_a_list_of_headings():
    lines = ["Meetup", "", "18:00 Doors", "", "18:30 Talk one", "", "19:00 Talk two", "", "end"]
    heads = [s.title for s in structure.plain_sections(lines, 1, skip_title=True) if s.level]
    assert not any(h[0].isdigit() for h in heads)


# --- non-talk sections and containers ---------------------------------------------------------

@pytest.mark.parametrize("heading, role", [
    ("はじめに", "event"), ("Wrap-up", "event"), ("懇親会", "event"), ("メモ", "event"), ("My notes", "event"),
    ("Q&A", "follow"), ("感想", "follow"), ("Kubernetes operators", "talk"),
])
def test_section_role(heading, role):
    assert sections.section_role(heading) == role


@pytest.mark.parametrize("heading, kind", [
    ("LT大会", "lightning"), ("Lightning Talks", "lightning"), ("LT枠", "lightning"),
    ("Talks", "talks"), ("発表一覧", "talks"), ("タイムテーブル", "schedule"), ("Agenda", "schedule"),
    ("LT: my talk", None), ("Kubernetes operators", None),
])
def test_container_kind(heading, kind):
    assert sections.container_kind(heading) == kind


# --- timetable.py ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, title, who", [
    ("「型で守る API」 by 森さん", "型で守る API", ["森"]),
    ("Fast builds with Bazel - Ana Silva", "Fast builds with Bazel", ["Ana Silva"]),
    ("Fast builds with Bazel - Ana Silva & Li Wei", "Fast builds with Bazel", ["Ana Silva", "Li Wei"]),
    ("型で守る API / 森 健さん、林さん", "型で守る API", ["森 健", "林"]),
    ("Fast builds with Bazel (Ana Silva, @anas)", "Fast builds with Bazel", ["Ana Silva"]),
    ("Go - the good parts (Ana Silva)", "Go - the good parts", ["Ana Silva"]),
    ("React 入門（前編）", "React 入門（前編）", []),
    ("CI/CD の話", "CI/CD の話", []),
])
def test_split_title_speaker(text, title, who):
    got_title, speakers = bylines.split_title_speaker(text)
    assert (got_title, [s.name for s in speakers]) == (title, who)


def test_breaks_are_not_talks():
    for row in ("受付開始", "休憩", "Doors open, snacks", "Lunch", "懇親会", "Networking"):
        assert timetable.is_break(row)
    assert not timetable.is_break("Scaling Postgres reads")


def test_find_reads_a_markdown_table_by_its_header():
    lines = ["| Time | Speaker | Title |", "|---|---|---|", "| 10:00 | | Registration |",
             "| 10:30 | Ana Silva | Fast builds |", "| 11:00 | Li Wei | LT: Tiny tools |"]
    listing = timetable.find(lines, 1, container=True)
    assert [(e.title, [s.name for s in e.speakers], e.line) for e in listing.entries] == [
        ("Fast builds", ["Ana Silva"], 4), ("LT: Tiny tools", ["Li Wei"], 5)]


def test_find_needs_named_speakers_outside_a_container():
    remarks = ["- Lambda - 便利だった", "- S3 - 安い", "- 懇親会 - 楽しかった"]
    assert timetable.find(remarks, 1, container=False) is None
    numbered_remarks = ["1. 型を書く - 大事", "2. テスト - 重要", "3. CI - 必須"]
    assert timetable.find(numbered_remarks, 1, container=False) is None
    numbered = ["1. Fast builds - Ana Silva", "2. Tiny tools - Li Wei"]
    assert len(timetable.find(numbered, 1, container=False).entries) == 2


def test_find_keeps_nested_notes_with_their_item_and_the_rest_apart():
    lines = ["1. Fast builds - Ana Silva", "   - remote cache", "2. Tiny tools - Li Wei", "", "Both were great."]
    listing = timetable.find(lines, 10, container=True)
    assert listing.entries[0].body == ("- remote cache",)
    assert listing.entries[1].line == 12
    assert listing.rest == "Both were great."


# --- whole notes ----------------------------------------------------------------------------------

def test_talk_headings_with_tracks():
    assert talks_of("""
        # DevFest 2019

        ## Track A

        ### Fast builds

        Speaker: Ana Silva

        ## Track B

        ### Tiny tools

        by Li Wei
        """) == [("Fast builds", ["Ana Silva"], "talk"), ("Tiny tools", ["Li Wei"], "talk")]


def test_a_talks_heading_holding_a_numbered_list():
    assert talks_of("""
        # Elixir Meetup #4

        2022-02-02

        ## Talks

        1. Phoenix LiveView in production - Ana Silva
           - fewer moving parts
        2. LT: Mix tasks you should know - Li
        3. Nerves on a Pi - Omar Haddad & Li Wei

        ## Summary

        Good.
        """) == [("Phoenix LiveView in production", ["Ana Silva"], "talk"),
                 ("Mix tasks you should know", ["Li"], "lightning"),
                 ("Nerves on a Pi", ["Omar Haddad", "Li Wei"], "talk")]


def test_an_lt_heading_gives_lightning_talks_from_its_bullets_or_subheadings():
    bullets = talks_of("""
        # 勉強会

        ## LT大会

        - 「dotfiles 自慢」 by 森さん
        - 「Vim 縛り 1 ヶ月」 by 林さん
        """)
    assert bullets == [("dotfiles 自慢", ["森"], "lightning"), ("Vim 縛り 1 ヶ月", ["林"], "lightning")]
    nested = talks_of("""
        # 勉強会

        ## はじめに

        2021-01-01

        ## LT

        ### dotfiles 自慢

        発表者: 森さん

        ### Vim 縛り 1 ヶ月

        ## まとめ
        """)
    assert nested == [("dotfiles 自慢", ["森"], "lightning"), ("Vim 縛り 1 ヶ月", [], "lightning")]


def test_a_schedule_gives_the_talks_when_there_are_no_talk_headings():
    assert talks_of("""
        # Rust 勉強会 #3

        ## タイムテーブル

        | 時間 | タイトル | 発表者 |
        |---|---|---|
        | 19:00 | オープニング | |
        | 19:10 | 所有権を理解する | 森 健さん |
        | 19:40 | LT: 小さな CLI | @tiny_cli |

        ## メモ

        - 所有権の図がわかりやすかった
        """) == [("所有権を理解する", ["森 健"], "talk"), ("小さな CLI", ["tiny_cli"], "lightning")]


def test_a_schedule_and_the_sections_under_it_are_reconciled():
    # the schedule lists the event's talks; the one section gives its talk the notes (the writer took
    # no notes on the second talk, which still happened)
    assert talks_of("""
        # Rust 勉強会 #3

        ## タイムテーブル

        - 19:10 所有権を理解する / 森 健さん
        - 19:40 非同期の話 / 林さん

        ## 所有権を理解する

        - 図がわかりやすい
        """) == [("所有権を理解する", ["森 健"], "talk"), ("非同期の話", ["林"], "talk")]


def test_time_lines_in_plain_text():
    assert talks_of("""
        Go Night #9

        2020/02/02

        Timetable

        19:00-19:10 Welcome
        19:10-19:40 Profiling with pprof (Ana Silva)
        19:40-19:50 Break
        19:50-20:00 Lightning talk: go:embed tricks (Li Wei)

        Notes

        • pprof is great
        """, "note.txt") == [("Profiling with pprof", ["Ana Silva"], "talk"),
                             ("go:embed tricks", ["Li Wei"], "lightning")]


def test_plain_text_markers_are_stripped_and_a_named_parenthesis_is_the_speaker():
    assert talks_of("""
        第3回 IoT 勉強会

        日時：2019年3月3日

        ■ 温度センサーの話
        発表者：森さん
        ・値がぶれる

        【LT】 ラズパイで植物の水やり（はなこ）
        ・ポンプ制御

        ● ハンズオン：はじめての MQTT
        ・ブローカーを立てる

        ■ 懇親会
        楽しかった
        """, "note.txt") == [("温度センサーの話", ["森"], "talk"), ("ラズパイで植物の水やり", ["はなこ"], "lightning"),
                             ("はじめての MQTT", [], "discussion")]


def test_a_note_without_headings_or_lists_has_no_talks():
    assert talks_of("""
        # 勉強会メモ

        2019-01-01 開催。

        - Lambda の話 - 便利だった
        - S3 の話 - 安い
        """) == []


def test_parenthesised_annotations_stay_in_talk_titles():
    assert talks_of("""
        # Meetup

        ## 型の話（前編）

        ## Serverless in 2019 (JP)
        """) == [("型の話（前編）", [], "talk"), ("Serverless in 2019 (JP)", [], "talk")]


def test_a_byline_is_not_a_talk():
    assert talks_of("""
        Data Night #2

        Posted on 3 Apr 2021 · 6 min read

        Intro

        We met on April 1, 2021.
        """, "note.txt") == []
