"""Session 42: readings of real notes' shapes, in the team's own words."""
from __future__ import annotations

from generator.normalize import titles
from note_text import event_of


def _talks(event) -> list[tuple[str, list[str]]]:
    return [(t.title, [p.name for p in t.speakers]) for t in event.talks]


# --- a list of lightning talks, `Name: Title` and the writer's remarks on each ------------------------------------------

_REMARKED_LIGHTNING = """
    ---
    title: Notes on Riverton PyDay 2031
    date: 2031-09-20
    ---

    Lightning talks
    ---------------

    I do not promise this list is right:

    * Nora Quill: drawing maps with tiles. She showed her new tile library, which I must try
    * Piet Amsel: A compiler ate my weekend! (mostly) - using parser combinators for
      everything at once
    * Lin Mei-ho: Running a meetup is like running a bakery
    * Omar Castell: Sorting socks in linear time - see also
      https://example.org/socks and the blog post after it
    * Dee Brandt: Knitting in loops: stitches, and their parallels to
      recursion. "Teach it and you learn it".
    * Sam: How to write a good error message that people will read to the very
      end.
    * Teo Varga: Where the trains go. The speaker drives trains in his spare time
    """


def test_a_remark_after_the_talks_title_is_no_part_of_it():
    found = _talks(event_of(_REMARKED_LIGHTNING))
    assert found == [
        ("drawing maps with tiles", ["Nora Quill"]),
        ("A compiler ate my weekend! (mostly)", ["Piet Amsel"]),
        ("Running a meetup is like running a bakery", ["Lin Mei-ho"]),
        ("Sorting socks in linear time", ["Omar Castell"]),
        ("Knitting in loops: stitches, and their parallels to recursion", ["Dee Brandt"]),
        ("How to write a good error message that people will read to the very end", ["Sam"]),
        ("Where the trains go", ["Teo Varga"]),
    ]


def test_a_subtitle_after_a_dash_stays():
    assert titles.before_remarks("Docker - an introduction") == "Docker - an introduction"
    assert titles.before_remarks("Mapping rivers - notes from the workshop") == "Mapping rivers - notes from the workshop"
    assert titles.before_remarks("Regexes - Understanding the automata") == "Regexes - Understanding the automata"
    assert titles.before_remarks("Mr. Smith goes to the cloud") == "Mr. Smith goes to the cloud"
    assert titles.before_remarks("Node.js in 2031. What changed") == "Node.js in 2031. What changed"
    assert titles.before_remarks("Are you sure? or are you guessing?") == "Are you sure? or are you guessing?"


def test_a_short_item_over_an_indented_remark_keeps_its_own_line():
    found = _talks(event_of("""
        ---
        title: Riverton Hack Night
        date: 2031-09-20
        ---

        ## Talks

        * Nora Quill: Tiles
          great talk, learned a lot.
        * Piet Amsel: Parsers
        """))
    assert found == [("Tiles", ["Nora Quill"]), ("Parsers", ["Piet Amsel"])]
