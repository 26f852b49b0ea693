"""What pages hang on a talk's heading besides its title, seen in real recaps and programmes (our own words):
a reference-style link for the speaker (`- [Name][1]` with `[1]: url` below), a `[SLIDES](…)` link after the
speaker, a time slot in parentheses, and an LT block whose talks are the headings after it at its level."""
from __future__ import annotations

from generator.normalize import dialects
from note_text import event_of, talks_of


def test_reference_links_are_read_as_the_links_they_stand_for():
    body = "## Widgets at scale - [Mara Oduya][1]\n\nNotes.\n\n[1]: https://mara.example/\n"
    read = dialects.read(body).body
    assert "## Widgets at scale - [Mara Oduya](https://mara.example/)" in read
    assert "[1]:" not in read and read.count("\n") == body.count("\n")


def test_a_reference_link_without_its_definition_is_left_as_written():
    assert "[Mara][9]" in dialects.read("## Widgets - [Mara][9]\n\nNotes.\n").body


def test_speakers_written_as_reference_links_in_headings():
    talks = talks_of("""
        ---
        title: Notes from Harbor Swift Days
        date: 2025-04-12
        ---
        ## Evolving an old app with new views - [Mara Oduya][1]

        She started from a screen nobody dared touch.

        ## Text layout by hand - [Ilkka Saari][2] 🌟

        The best talk of the day.

        [1]: https://mara.example/
        [2]: https://ilkka.example/
        """)
    assert talks == [("Evolving an old app with new views", ["Mara Oduya"], "talk"),
                     ("Text layout by hand", ["Ilkka Saari"], "talk")]


def test_a_slides_link_after_the_speaker_is_the_talks_deck():
    event = event_of("""
        ---
        title: Frontend Harbor 2024 write-up
        date: 2024-11-30
        ---
        ### Layout that breathes - Rhea Castell [SLIDES](https://speakerdeck.com/rhea/layout)

        Grid, subgrid and the rest.

        ### Screen readers, remixed - Tomas Berg - [SLIDES](https://tomas.example/decks/remix/)

        A live demo with a screen reader.
        """)
    assert [(t.title, [s.name for s in t.speakers], t.slides) for t in event.talks] == [
        ("Layout that breathes", ["Rhea Castell"], "https://speakerdeck.com/rhea/layout"),
        ("Screen readers, remixed", ["Tomas Berg"], "https://tomas.example/decks/remix/"),
    ]


def test_a_headings_time_slot_is_not_part_of_its_title_and_an_lt_block_gives_its_kind_to_the_headings_after_it():
    talks = talks_of("""
        ---
        title: Toolkit Day 2025
        date: 2025-06-01
        ---
        ## 開場・受付(9:00 - 10:00)

        ## General track (10:00 - 12:30)

        ### Roadmap of the toolkit (10:00 - 10:45)
        Speaker: Anna Berg

        ### ライトニングトーク大会 (12:30 から 13:30)

        ### ロボットと遊ぶ
        @kumo_dev

        ### 音ゲーを作った
        @latte

        ## まとめ
        楽しかった
        """)
    assert talks == [("Roadmap of the toolkit", ["Anna Berg"], "talk"), ("ロボットと遊ぶ", ["kumo_dev"], "lightning"),
                     ("音ゲーを作った", ["latte"], "lightning")]


def test_first_names_before_a_dash_in_every_heading_are_the_speakers_and_the_lead_in_sentence_is_no_talk():
    talks = talks_of("""
        Title: Third meetup: June
        Date: 2025-06-30 13:00
        Category: Blog

        Our third meetup was held at the hackerspace.

        ###We had 3 talks (+ a chat) on the day. These were:

        ###Ilse - Presenting her bookkeeping tool:

        Ilse showed how the tool grew from a desktop program to a web one.

        ###Marek - Presenting [Generators](https://marek.example/generators) within Jupyter:

        Marek explained lazy sequences, step by step.

        ###Tariq - Packaging with Hatch:

        Tariq walked us from an empty folder to a wheel.
        """)
    assert talks == [("her bookkeeping tool", ["Ilse"], "talk"), ("Generators within Jupyter", ["Marek"], "talk"),
                     ("Packaging with Hatch", ["Tariq"], "talk")]


def test_tool_names_before_a_dash_are_no_speakers():
    talks = talks_of("""
        ---
        title: Web frameworks night
        date: 2025-02-02
        ---
        ## Django - the batteries included web framework
        Django makes the admin free.

        ## Flask - a small core and many extensions
        Flask keeps out of the way.

        ## FastAPI - types all the way down
        FastAPI reads the type hints.
        """)
    assert all(speakers == [] for _, speakers, _ in talks)


def test_a_title_opening_with_on_keeps_it():
    talks = talks_of("""
        ---
        title: Harbor talks
        date: 2025-02-02
        ---
        ## Mia Lund - On the Shoulders of Giants
        Mia Lund showed what she built on old libraries.

        ## Jon Berg - Writing Parsers by Hand
        Jon Berg explained recursive descent.
        """)
    assert [t for t, _, _ in talks] == ["On the Shoulders of Giants", "Writing Parsers by Hand"]


def test_a_track_a_slot_time_and_a_session_code_before_the_title_and_honoured_people_after_it():
    from generator.normalize.headings import parse_heading
    h = parse_heading("[開発プロセス]10:00～10:50【17-A-1】継続的デリバリーの抽象　川原 耕平 氏")
    assert (h.title, h.room, h.byline) == ("継続的デリバリーの抽象", "開発プロセス", "川原 耕平 氏")
    h = parse_heading("[Special]17:40～19:10【17-E-7】帆に風を感じているか？　野口 恭子 氏 / 市川 聡 氏")
    assert (h.title, h.byline) == ("帆に風を感じているか？", "野口 恭子 氏 / 市川 聡 氏")
    # a dash or slash before the name is heading_tail's to read; a plain title keeps its words
    assert parse_heading("Rust 入門 - 山田さん").title == "Rust 入門 - 山田さん"
    assert parse_heading("Rust 入門 / 山田さん").byline == "山田さん"
    assert parse_heading("Go の話").byline is None
    assert (parse_heading("Goと私 by 山田 さん").title, parse_heading("Goと私 by 山田 さん").byline) == ("Goと私", "山田 さん")
    assert parse_heading("ようこそ 新人さん").byline is None  # a word with an honorific is no full name
    # a kind in the bracket is no track: `[LT]` keeps its lightning talk
    assert parse_heading("[LT]10:00-10:05 Rustの話").lightning and parse_heading("[LT]10:00-10:05 Rustの話").room is None
