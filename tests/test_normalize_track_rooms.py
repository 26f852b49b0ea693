"""Rooms and tracks written the ways programmes write them: the room's name before the word (`A track`,
`メイツトラック`, `Main Hall`), the track's hours after it, a track heading over a list of talks, a line naming the
room over a table, and a speaker's cell with where they work on the line over the name. Our own notes."""
from __future__ import annotations

import pytest

from generator.normalize import sections
from note_text import event_of


@pytest.mark.parametrize("heading, room", [
    ("A track", "A track"),
    ("B Track", "B Track"),
    ("Main Hall", "Main Hall"),
    ("Ocean Stage", "Ocean Stage"),
    ("ミナトトラック", "ミナトトラック"),
    ("Technical & Features トラック (13:35 - 18:45)", "Technical & Features トラック"),
    ("General トラック(10:08 - 12:30)", "General トラック"),
    ("Hall", "Hall"),
])
def test_headings_that_name_a_room(heading, room):
    assert sections.track_room(heading) == (True, room)


@pytest.mark.parametrize("heading", ["How we track bugs", "Back to the Hall", "チャットルームを作る", "Go 1.21 (10:00-10:30)"])
def test_titles_that_only_mention_a_room_word(heading):
    assert sections.track_room(heading)[1] is None


def test_track_headings_over_lists_of_talks_give_their_rooms():
    event = event_of("""
        ---
        title: Harbor Go Conference 2023
        date: 2023-06-02
        ---
        # A track
        - [ユニットテストを並行に走らせる](https://speakerdeck.com/a/parallel)

        - [メモリモデルを図で読む](https://speakerdeck.com/b/memory)

        - [読みやすいコードの書き方](https://speakerdeck.com/c/readable)

        # B track
        - [スライスで遊ぶ](https://speakerdeck.com/d/slices)

        - [GC のチューニング](https://speakerdeck.com/e/gc)

        - [cgo の使い方入門](https://speakerdeck.com/f/cgo)
        """)
    assert [(t.title, t.room) for t in event.talks] == [
        ("ユニットテストを並行に走らせる", "A track"), ("メモリモデルを図で読む", "A track"),
        ("読みやすいコードの書き方", "A track"), ("スライスで遊ぶ", "B track"), ("GC のチューニング", "B track"),
        ("cgo の使い方入門", "B track")]


def test_a_line_naming_the_room_over_each_table():
    event = event_of("""
        ---
        title: 港Java Day 2023 の動画一覧
        ---
        公開された動画をトラック別に表にしました。

        A トラック
        | Title | Speaker |
        |---|---|
        | [プロになるための再入門](https://youtu.be/aaaaaaaaaaa) | 白石隆さん |
        | [LINE でのJava移行の歩み](https://youtu.be/bbbbbbbbbbb) | みなと商事<br>森田賢司さん |

        B トラック
        | Title | Speaker |
        |---|---|
        | [CI を CircleCI で組んだ話](https://youtu.be/ccccccccccc) | 篠田正太さん |
        | [分散トレーシングの実践](https://youtu.be/ddddddddddd) | 内山理絵さん |
        """)
    assert [(t.title, t.room) for t in event.talks] == [
        ("プロになるための再入門", "A トラック"), ("LINE でのJava移行の歩み", "A トラック"), ("CI を CircleCI で組んだ話", "B トラック"),
        ("分散トレーシングの実践", "B トラック")]
    second = event.talks[1].speakers[0]
    assert (second.name, second.affiliation) == ("森田賢司", "みなと商事")


def test_a_paragraphs_last_line_is_no_tables_caption():
    event = event_of("""
        ---
        title: 港Java Day 2023
        ---
        当日はたくさんの発表がありました。
        A トラック
        | Title | Speaker |
        |---|---|
        | [プロになるための再入門](https://youtu.be/aaaaaaaaaaa) | 白石隆さん |
        | [CI を CircleCI で組んだ話](https://youtu.be/ccccccccccc) | 篠田正太さん |
        """)
    assert [t.room for t in event.talks] == [None, None]
