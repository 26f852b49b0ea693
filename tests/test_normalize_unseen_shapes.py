"""Shapes met in batch 20's real notes (rewritten in our own words, names and titles changed): a recap whose
headings give the talk, the speaker and where they work after dashes; and the habits around it that must stay
as they were."""
from __future__ import annotations

from generator.normalize import bylines, kinds, timetable
from note_text import event_of


_RECAP = """
    ---
    title: "DevDays Harbour City"
    date: 2019-10-04
    ---
    Five of us went to DevDays Harbour City at the Pier Hall, two days of talks.

    ## A Lighthouse That Knows Your Face – Mira Okon – Lumen

    Mira showed how a camera and a small board open the lighthouse door for the keepers it knows.

    ## Shipping Fast with Small Services – Tomas Reyes – Northwind

    Tomas walked through the services his team runs:

    - **Batching** – many small requests are sent together over one connection.
    - **Back Pressure** – a slow reader tells the writer to wait before more data comes.
    - **Retry Budget** – each caller may retry only a share of its requests, so a failure does not spread.

    ## Keynote: Why Now Is a Good Time to Build – Ada Brook, Harbour Labs

    Ada looked back at thirty years of tools.
    """


def test_a_heading_gives_title_speaker_and_organisation_after_dashes():
    event = event_of(_RECAP)
    assert [t.title for t in event.talks] == [
        "A Lighthouse That Knows Your Face", "Shipping Fast with Small Services", "Why Now Is a Good Time to Build"]
    assert [[(s.name, s.affiliation) for s in t.speakers] for t in event.talks] == [
        [("Mira Okon", "Lumen")], [("Tomas Reyes", "Northwind")], [("Ada Brook", "Harbour Labs")]]
    assert event.talks[2].kind == "keynote"


def test_a_terms_list_inside_a_talks_notes_stays_its_notes():
    event = event_of(_RECAP)
    assert not any("Batching" in t.title or "requests" in t.title for t in event.talks)
    assert "Back Pressure" in event.talks[1].body


def test_dashes_that_are_the_titles_own_stay_in_the_title():
    # guards: a subtitle after a dash, a note in parentheses, two people after the dash
    assert bylines.heading_tail("Go - The Good - The Bad") == ("Go - The Good - The Bad", None)
    assert bylines.heading_tail("待ち行列 - 入門編 - （仮題）")[1] is None
    assert bylines.heading_tail("Title – Jane Doe, John Roe") == ("Title – Jane Doe, John Roe", None)  # two people
    assert bylines.heading_tail("gRPC 201 – small and quick services – Jo Park – Acme") == (
        "gRPC 201 – small and quick services", "Jo Park（Acme）")


_SCHEDULE = """
    # Harbour DevFest 2031 Schedule

    ## Saturday (Day 1)

    ####``` LOGISTICS ```

     * ```08:30am``` **Registration & Breakfast**
     * ```12:00pm``` **Lunch: Pick up and go**

    </br>
    ####```TALKS TRACK ```

     * ```09:30am``` **Building a Shop with Signals**, [_Rui Amaral_](images/speakers/rui.jpg) (GDE: Web)
     * ```10:10am``` **Maps That Draw Themselves **, _Ana Ruiz_ (Data Science Institute, Coast University)
     * ```10:50am``` **[FIRESIDE CHAT] The City's Next Ten Years** with _Li Wen_ (Harbour Digital Office)
     * ```11:30am``` **[PANEL] Where Search Goes Next**

    <br/>
    ####``` WORKSHOPS TRACK```

     * ```09:30am``` **Getting Started With Clusters**, _Omar Haddad_ (Keel)
     * ```01:30pm``` **Sketching Interfaces on Paper**, _Ines Vale_ (Studio Vale)
    """


def test_a_schedule_of_timed_items_in_code_with_bold_titles():
    event = event_of(_SCHEDULE)
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers], t.room, t.kind) for t in event.talks] == [
        ("Building a Shop with Signals", [("Rui Amaral", "GDE: Web")], "TALKS TRACK", "talk"),
        ("Maps That Draw Themselves", [("Ana Ruiz", "Data Science Institute, Coast University")], "TALKS TRACK", "talk"),
        ("The City's Next Ten Years", [("Li Wen", "Harbour Digital Office")], "TALKS TRACK", "talk"),
        ("Where Search Goes Next", [], "TALKS TRACK", "panel"),
        ("Getting Started With Clusters", [("Omar Haddad", "Keel")], "WORKSHOPS TRACK", "talk"),
        ("Sketching Interfaces on Paper", [("Ines Vale", "Studio Vale")], "WORKSHOPS TRACK", "talk"),
    ]


_TABLE_OF_NOTES = """
    # Harbour Ruby Days 2031 Notes

    ## Day 1

    | Speaker | Title |
    | ------- | ----- |
    | Mara Olsen [@maraolsen](https://twitter.com/maraolsen) | 👉 **[Keynote: Pure (Future) Ruby](talks/0101_-_Keynote_-_Pure_(Future)_Ruby.md)** |
    | Jon Vik [@jonvik](https://twitter.com/jonvik) | 👉 **[From Many Apps to One](talks/0102_-_From_Many_Apps_to_One.md)** |
    | Sana Idris [@sanaidris](https://twitter.com/sanaidris) | 👉 **[What Makes Memory Grow?](talks/0103_-_What_Makes_Memory_Grow.md)** |
    """


def test_a_pointing_hand_and_a_link_address_with_parentheses():
    event = event_of(_TABLE_OF_NOTES)
    assert [(t.title, t.kind, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Pure (Future) Ruby", "keynote", ["Mara Olsen"]),
        ("From Many Apps to One", "talk", ["Jon Vik"]),
        ("What Makes Memory Grow?", "talk", ["Sana Idris"]),
    ]


def test_a_pictograph_may_be_the_titles_own():
    # guard: only a pointing hand or arrow is a marker (`🎓 Title` keeps its pictograph)
    assert kinds.classify("🎓 図書室に API を生やす") == ("talk", "🎓 図書室に API を生やす")
    assert kinds.classify("👉 [PANEL] Where Search Goes Next") == ("panel", "Where Search Goes Next")
    assert kinds.classify("[AWS] Cheaper Queues") == ("talk", "[AWS] Cheaper Queues")


_DAY_TABLE = """
    # Elbe PHP Day 2031

    ## Schedule

    | Time       | Topic                                       | Speaker      | Language |
    |------------|---------------------------------------------|--------------|----------|
    | 08:30      | Doors Open                                  |              |          |
    | 09:15      | Smaller, not Bigger                         | Kai Brenner  | English  |
    | 10:10      | Local Stacks in One Command                 | Uta Lindqvist| English  |
    | 11:05      | Agents in Plain PHP                         | Noor Haddad  | English  |
    | 12:00      | Workshop Teasers                            |              |          |
    | from 13:15 | Modelling with the Team (limited to 15 persons) | Kai Brenner | English |
    | from 13:15 | Panel: Where PHP Goes                       |              | German   |
    | from 17:00 | Outro                                       |              |          |
    | from 17:30 | Community & Socializing                     |              |          |
    """


def test_rows_naming_nobody_in_a_programme_that_names_its_speakers_are_parts_of_the_day():
    event = event_of(_DAY_TABLE)
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks] == [
        ("Smaller, not Bigger", ["Kai Brenner"], "talk"),
        ("Local Stacks in One Command", ["Uta Lindqvist"], "talk"),
        ("Agents in Plain PHP", ["Noor Haddad"], "talk"),
        ("Modelling with the Team", ["Kai Brenner"], "talk"),
        ("Where PHP Goes", [], "panel"),  # a kind of session said: kept, named or not
    ]


def test_a_kind_label_over_only_a_person_names_the_speaker():
    event = event_of("""
        # カンファレンス1日目

        ## Keynote: Dana Whitfield

        最初のキーノートは Dana Whitfield 氏によるもので、コミュニティの話でした。

        ## Keynote: Finding Tea Again

        登壇者: 松田 葵さん

        お茶の話。
        """)
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks] == [
        ("Keynote: Dana Whitfield", ["Dana Whitfield"], "keynote"),
        ("Finding Tea Again", ["松田 葵"], "keynote"),  # (a speaker's line under it: the heading is the title)
    ]


def test_an_opening_list_naming_each_topics_speaker_with_by_in_parentheses():
    event = event_of("""
        ---
        title: First meetup
        date: 2031-07-21
        ---
        We kept it informal: after a quick introduction we had two topics to discuss:

        * What came out of the spring conference (By Milo)
        * Tiny databases on phones (By Rhea)

        ## What came out of the spring conference

        We mostly watched the keynote together.

        ## Tiny databases on phones

        A small library that keeps records on the phone.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("What came out of the spring conference", ["Milo"]), ("Tiny databases on phones", ["Rhea"])]


def test_a_speakers_own_post_whose_title_is_said_with_words_about_it():
    event = event_of("""
        +++
        title = "港カンファレンス 2031 でトークをした"
        date = "2031-08-30"
        +++

        初参加の港カンファレンスで "新人が勉強会に飛び込んでみた話 - 一歩目の踏み出し方" という長めでよくわからないタイトルでトークした。

        ## 結局何が言いたかったのか

        コミュニティはどんどん使おう、ということです。
        """)
    assert [t.title for t in event.talks] == ["新人が勉強会に飛び込んでみた話 - 一歩目の踏み出し方"]


def test_i_had_the_pleasure_of_speaking_at_says_the_writer_spoke():
    event = event_of("""
        ---
        title: Tools for Harbour Developers (DevDay)
        author: Rob Vance
        date: 2031-11-11
        ---
        This past Saturday, I had the pleasure of speaking at [DevDay Harbour 2031](https://devday.example/).

        I spoke about “Small Tools for the Open Web”. My goal was to show tools people might find useful.

        ## Older tools

        * The toolbar has many utilities packed into its menus.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Small Tools for the Open Web", ["Rob Vance"])]


def test_a_table_row_naming_lightning_talks_gives_the_rows_after_it_their_kind():
    event = event_of("""
        # Harbour Ruby Days 2031 Notes

        | Speaker | Title |
        | ------- | ----- |
        | Mara Olsen | **Pure Ruby** |
        | ---     | Lightning Talks |
        | Jon Vik | **The Singing Ruby** |
        | Sana Idris | **Borrow This Talk** |
        """)
    assert [(t.title, t.kind) for t in event.talks] == [
        ("Pure Ruby", "talk"), ("The Singing Ruby", "lightning"), ("Borrow This Talk", "lightning")]


def test_review_guards_for_this_sessions_readings():
    # guards from a review of the change: a title opening with `Am…` keeps its letters after a time; three dashed
    # parts after a short title are the title's; the lightning talks end at a break and leave later parts of the day
    assert timetable._TIMED.match("10:00 Amazon at scale").group("time", "rest") == ("10:00", "Amazon at scale")
    assert bylines.heading_tail("Intro – Part Two – Google") == ("Intro – Part Two – Google", None)
    event = event_of("""
        # Harbour Rust Day 2031

        ## Programme

        | Time | Title | Speaker |
        | ---- | ----- | ------- |
        | 10:00 | Rust in Production | Jane Doe |
        | 11:00 | Lightning Talks | |
        | 11:05 | Tiny Parsers | Ann Lee |
        | 11:30 | Lunch | |
        | 13:00 | Testing at Scale | Bo Kim |
        | 17:00 | Outro | |
        """)
    assert [(t.title, t.kind) for t in event.talks] == [
        ("Rust in Production", "talk"), ("Tiny Parsers", "lightning"), ("Testing at Scale", "talk")]
