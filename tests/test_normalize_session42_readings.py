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
    * Piet Amsel: A compiler ate my weekend! (mostly) - see also
      https://example.org/parsers and the code after it
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
    for title in ("Django at scale - how we serve a million requests a day",
                  "Rust - a language empowering everyone to build reliable software",
                  "Kubernetes in production. Lessons Learned the Hard Way", "Python 3.13. Faster Startup and Better Errors",
                  "Stop. Collaborate and Listen", "Climbing Mt. Everest with Node streams",
                  "Terraform at Acme Ltd. Internal modules for everyone"):
        assert titles.before_remarks(title) == title
    assert titles.before_remarks("CSS queries in practice (slides: https://example.org/q)") == "CSS queries in practice"
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


# --- headings: a byline set in emphasis, a label parted by a bar, the writer's own talk ---------------------------------

def test_a_heading_closing_with_an_emphasised_byline_names_its_speakers():
    found = _talks(event_of("""
        ---
        title: Digesting Harbor Loop
        date: 2031-10-01
        ---

        Some of my favourites were fun.

        ## [The Mess We Made](https://www.youtube.com/watch?v=aaaa) _by Joan Armer_
        was my favourite keynote.

        ## [Web Apps without Servers](https://www.youtube.com/watch?v=bbbb) *by Rick Feld*

        ## [Our Shared Joy](https://www.youtube.com/watch?v=cccc) _by Cara Meyer and Sam Aron_
        """))
    assert found == [("The Mess We Made", ["Joan Armer"]), ("Web Apps without Servers", ["Rick Feld"]),
                     ("Our Shared Joy", ["Cara Meyer", "Sam Aron"])]


def test_an_emphasised_phrase_after_by_that_names_no_one_stays_in_the_title():
    found = _talks(event_of("""
        ---
        title: Riverton Hack Night
        date: 2031-10-01
        ---

        ## Testing _by example_

        Jane Roe showed how.
        """))
    assert found[0][1] == [] and "by example" in found[0][0]


def test_a_kind_parted_from_the_title_by_a_bar_and_the_writers_own_talk():
    from generator.normalize import kinds
    assert kinds.classify("Keynote | Zen and the Art of Tests") == ("keynote", "Zen and the Art of Tests")
    assert kinds.classify("LT｜ちょっとした話") == ("lightning", "ちょっとした話")
    assert kinds.classify("Rust | Go") == ("talk", "Rust | Go")
    assert kinds.classify("My Talk - Shipping on Fridays") == ("talk", "Shipping on Fridays")


_TRIP_REPORT = """
    ---
    title: Trip report, Harbor TestCon 2031
    date: 2031-10-25
    ---

    ## Day 1

    ### **Keynote | Code Without Care: the Next Disaster - Leigh Rowan**

    Hall 5. A sobering start.

    ### **Large Models Are Coming For Your Test Suites! - Adam Sand**

    ### **Defining "DevEx", the Developer Experience in Testing - Thomas Schoen**

    ### Break and Practise

    ### **My Talk - Observability and DORA: Cleaning Up! - Peter Soule**

    ### **The Fear of Becoming Irrelevant - Jonas Herman**

    ### **Keynote | Zen-Driven Development - Protect Your Sanity**

    ## Day 2

    ### **Keynote | How to Steal a Robot's Job**

    ### **Navigating the Testing Wilderness: Mind Maps as Your Compass**

    ### **Testing Documentation: Why So Technical?**
    """


def test_headings_closing_with_given_names_after_a_dash_in_half_the_headings_name_their_speakers():
    found = _talks(event_of(_TRIP_REPORT))
    assert ("Code Without Care: the Next Disaster", ["Leigh Rowan"]) in found
    assert ("Observability and DORA: Cleaning Up!", ["Peter Soule"]) in found
    assert ("The Fear of Becoming Irrelevant", ["Jonas Herman"]) in found
    # a subject and its subtitle is no speaker and a title
    assert ("Zen-Driven Development - Protect Your Sanity", []) in found


# --- a recap in prose over the days of a trip ---------------------------------------------------------------------------

_TRIP_DIARY = """
    ---
    title: Agility was the theme of Riverton PloneConf 2031
    date: 2031-10-18
    ---

    **Tuesday Arrival**

    We landed late and found the hotel by the river.

    **Wednesday**

    "Ten Percent Time" was my first session, and a good one.

    I started Thursday as a member of the "So you want to be a consultant?" panel. Good questions.

    Later I went to Stephan Rich's "Forms Without Tears" session, and then to the "Speed of light" workshop.

    **Saturday and Sunday Sprints**

    We fixed eleven bugs.

    **Monday, Heading Home**

    A long flight.
    """


def test_a_quoted_title_between_an_article_or_an_owner_and_a_talks_word_is_a_talk():
    event = event_of(_TRIP_DIARY)
    found = [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks]
    assert ("So you want to be a consultant?", [], "panel") in found
    assert ("Speed of light", [], "discussion") in found
    assert ("Ten Percent Time", [], "talk") in found
    assert ("Forms Without Tears", ["Stephan Rich"], "talk") in found


def test_the_days_of_a_writers_trip_are_no_talks():
    titles_found = [t.title for t in event_of(_TRIP_DIARY).talks]
    assert not any(day in " ".join(titles_found) for day in ("Arrival", "Sprints", "Heading Home"))
    from generator.normalize import sections
    assert sections.names_a_days_doings("Monday, Heading Home")
    assert not sections.names_a_days_doings("Monday")  # (a day alone: sections.is_day)
    assert not sections.names_a_days_doings("Why Mondays Matter")


def test_a_remark_under_a_long_item_stays_out_of_its_title():
    found = _talks(event_of("""
        ---
        title: Riverton Java Night
        date: 2031-09-20
        ---

        ## Talks

        * Jane Doe: Spring Boot and native images in a real project at the office today
          really enjoyed this one.
        * Piet Amsel: Records and sealed types
        """))
    assert found[0] == ("Spring Boot and native images in a real project at the office today", ["Jane Doe"])


def test_an_organisation_after_a_speakers_name_is_no_subject():
    from generator.normalize import bylines
    assert bylines.speaker_first("Jane Doe, Mozilla Foundation - The state of web privacy")[1][0].name == "Jane Doe"


def test_emphasised_words_after_by_that_name_no_one_and_a_length_after_a_bar_stay():
    from generator.normalize import bylines, kinds
    assert bylines.in_heading("Rust in 2031 _by Popular Demand_") == ("Rust in 2031 _by Popular Demand_", ())
    assert kinds.classify("Lightning talk | 5 minutes each")[1] == "Lightning talk | 5 minutes each"


def test_half_the_headings_naming_people_after_a_dash_is_no_habit():
    found = _talks(event_of("""
        ---
        title: Riverton History Night
        date: 2031-09-20
        ---

        ## Compilers - Grace Hopper

        Told by Omar Lind, with photos.

        ## Engines - Ada Lovelace

        Told by Jo Bell.

        ## Information - Claude Shannon

        Told by Sam Roe.

        ## Introductions and club news

        ## Demo of the restored loom

        ## Plans for the summer exhibition
        """))
    assert not any(speakers == ["Grace Hopper"] for _, speakers in found)


def test_notes_writing_the_headings_title_again_then_by_whom_name_its_speaker():
    found = _talks(event_of("""
        ---
        title: Trip report, Harbor NixCon 2031
        date: 2031-09-07
        ---

        ### “What if CI were local-first?”

        The first technical talk of the day was “What if CI were local-first?” by Dana Kovar, the person behind
        half the tools I use.

        ### “Rewriting the Queue Runner in Rust”

        Next up: “Rewriting the Queue Runner in Rust” by Simon Hauer from the infra team.

        ### Lunch at the lake

        Lovely.
        """))
    assert ("What if CI were local-first?", ["Dana Kovar"]) in found
    assert ("Rewriting the Queue Runner in Rust", ["Simon Hauer"]) in found


# --- a programme, then its decks listed by the talks' titles --------------------------------------------------------------

_DECKS_BY_TITLE = """
    ---
    title: みなとセキュリティ夜話 #4
    date: 2031-03-08
    ---

    ## タイムテーブル

    | 時間 | 内容 | 発表者 |
    |---|---|---|
    | 19:05 | ゼロトラスト最初の90日 | 熱田 里奈 |
    | 19:35 | IdP 乗り換えの話 | 大須 健吾 |
    | 20:15 | LT① CSP レポートを眺めた | 角王 山 |
    | 20:22 | LT② （取り下げ） | ~~本山~~ |

    ## 発表資料

    - ゼロトラスト最初の90日：https://speakerdeck.com/rina/zero-trust-90
    - IdP 乗り換えの話：[Google スライド](https://docs.google.com/presentation/d/abc/edit)
    - CSP レポートを眺めた：https://www.docswell.com/s/kaku/csp

    - **Place:** The Lantern Room, Minato Library (ground floor, side entrance on Cooper Street after 18:00)
    """


def test_decks_listed_by_the_talks_titles_are_their_slides():
    event = event_of(_DECKS_BY_TITLE)
    assert [(t.title, t.kind, t.slides) for t in event.talks] == [
        ("ゼロトラスト最初の90日", "talk", "https://speakerdeck.com/rina/zero-trust-90"),
        ("IdP 乗り換えの話", "talk", "https://docs.google.com/presentation/d/abc/edit"),
        ("CSP レポートを眺めた", "lightning", "https://www.docswell.com/s/kaku/csp"),
    ]


def test_a_venue_after_its_label_keeps_its_name_without_the_way_in():
    from generator.normalize import venue
    assert venue._clean_venue("The Lantern Room, Minato Library (ground floor, side entrance on Cooper Street "
                              "after 18:00)") == "The Lantern Room, Minato Library"


# --- guards from the second review -------------------------------------------------------------------------------------

def test_a_quoted_talk_not_given_at_this_event_is_no_talk():
    found = [t.title for t in event_of("""
        ---
        title: Riverton Cloud Night
        date: 2031-05-20
        ---

        Sadly the "Kubernetes Anti-Patterns" talk was cancelled. Next month we will run a "Testing in Production"
        workshop. Jo mentioned the "Rust for Linux" talk from Kangrejos. I worked through the "Tour of Go" tutorial at home.

        We joined the "Ask the Maintainers" panel, which was great.
        """).talks]
    assert found == ["Ask the Maintainers"]


def test_a_weekday_heading_over_notes_of_a_talk_stays_a_talk():
    found = [t.title for t in event_of("""
        ---
        title: Riverton Dev Night
        date: 2031-05-20
        ---

        ## Friday Deploys Without Fear

        The speaker argued for small batches. Strong talk.

        ## Sunday Projects: Home Automation

        Pia gave a short talk on her sensors.

        ## Tuesday Arrival

        We landed late.
        """).talks]
    assert "Friday Deploys Without Fear" in found and "Sunday Projects: Home Automation" in found
    assert "Tuesday Arrival" not in found


def test_a_quoted_title_named_after_a_book_names_no_speaker():
    from generator.normalize import talks
    assert talks._titled_again_by("Working Effectively with Old Code", [
        "The title is a nod to “Working Effectively with Old Code” by Michael Feathers, and Jane walked us through it."]) == ()
    assert talks._titled_again_by("Lessons Learned the Hard Way", [
        "Unlike last year's “Lessons Learned the Hard Way” by Tom Baker, this one was about databases."]) == ()
    assert [p.name for p in talks._titled_again_by("Rewriting the Queue Runner", [
        "Next up: “Rewriting the Queue Runner” by Simon Hauer from the infra team."])] == ["Simon Hauer"]


def test_a_marp_deck_shown_in_a_code_block_is_no_deck():
    from generator.normalize import dialects
    post = ("# Slides as code\n\nHere is a deck:\n\n```markdown\n---\nmarp: true\n---\n\n<!-- _class: lead -->\n\n# Hi\n\n"
            "---\n\n# Bye\n```\n\n---\n\n## Docs-as-Code Pipelines\n\nSpeaker: Imran Qureshi\n")
    assert not dialects._is_marp_deck(post, ".md")


def test_a_withdrawn_slots_replacement_stays_a_talk():
    found = [t.title for t in event_of("""
        ---
        title: Vim 勉強会 #30
        date: 2031-02-15
        ---

        ## LT

        - （辞退）→ 代打：Vim script 再入門 / 田中 優
        - プラグインを作る / 林 葵
        """).talks]
    assert any("Vim script 再入門" in t for t in found)


def test_a_line_saying_where_it_is_located_and_a_street_after_the_place():
    from generator.normalize import venue
    assert venue.find_venue("Located at the Box Jar 307c Kamani Street, inside Fishbowl") == "the Box Jar"
    assert venue._clean_venue("Galvanic: 1062 Delta Street, Denver CO 80204") == "Galvanic"
    assert venue._clean_venue("Room 101 King Street") == "Room 101 King Street"
    assert venue._clean_venue("Studio 5 Main Street") == "Studio 5 Main Street"  # (the room's number, no comma)
    assert venue.find_venue("Located at the corner of 5th and Main") is None
