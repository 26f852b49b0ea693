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

        Much can change in three years. If you are new in town, just like Omar was not long ago, here is what
        you missed.
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
