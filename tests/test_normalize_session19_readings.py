"""Readings from the session-19 development sets (batch 25 opened, d3), rewritten in our own words with names
and titles changed: a conference programme written one slot a heading (`L3. Title. Jane Doe – Org. 10:15 am,
Day 1`), ..."""
from __future__ import annotations

from note_text import event_of


PROGRAMME_NOTES = """
    # Notes from HarbourPy 2031

    ## Typing the untypable: a tour of gradual types

    - Mira Solberg – Maintainer of a type checker (mira@example.org). 9:30 am, Day 1
    - Gradual types let old code keep running
    - #Q: Does this slow the interpreter?

    ## ⭐ R4. Packaging Without Tears: Wheels for Everyone. Tomas Linde – Acme Tools. 10:15 am, Day 1

    - The build backend decides more than you think

    ## Group photo. – 11:45 am, Day 1

    ## Lunch and Networking. – 12 pm, Day 1

    ## ⭐ R4. Lightning Talks. – 1:30 pm, Day 1

    ## ⭐ R4. Sound from Scratch: Synthesis in Python. Ada Fenwick. 2:30 pm, Day 1

    ## Can Robots Read Receipts? Kiri Vale – Ledgerly. 2:30 pm, Day 1

    ## Day 1 Closing. – 4:30 pm, Day 1

    ## Intro to Notebooks Workshop. PyGirlsHB & CodeClubHB. 9 am, Day 2
    """


def test_a_programme_written_one_slot_a_heading_gives_title_speaker_and_room():
    event = event_of(PROGRAMME_NOTES)
    got = [(t.title, [s.name for s in t.speakers], t.room) for t in event.talks]
    assert got == [
        ("Typing the untypable: a tour of gradual types", ["Mira Solberg"], None),
        ("Packaging Without Tears: Wheels for Everyone", ["Tomas Linde"], "R4"),
        ("Sound from Scratch: Synthesis in Python", ["Ada Fenwick"], "R4"),
        ("Can Robots Read Receipts?", ["Kiri Vale"], None),
        ("Intro to Notebooks Workshop", ["PyGirlsHB", "CodeClubHB"], None),
    ]
    assert event.talks[1].speakers[0].affiliation == "Acme Tools"
    # the programme's own slots (naming nobody after the dash) stay in the event's text, nothing lost
    assert "Group photo" in event.body and "Day 1 Closing" in event.body


def test_only_a_time_after_a_full_stop_closes_a_programme_entry():
    """`Title. Name. 7 pm` is an entry; a title that merely ends in a time (`… fail at 9 am`) keeps it."""
    event = event_of("""
        # Pizza & Parsers night

        ## Parsing with combinators. Ivo Brandt. 7 pm

        Ivo walked us through small parsers that compose.

        ## Why regexes fail at 9 am

        Speaker: Lena Koss
        """)
    got = [(t.title, [s.name for s in t.speakers]) for t in event.talks]
    assert got == [("Parsing with combinators", ["Ivo Brandt"]), ("Why regexes fail at 9 am", ["Lena Koss"])]
