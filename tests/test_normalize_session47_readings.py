"""Session 47: readings of real notes' shapes, in the team's own words."""
from __future__ import annotations

from note_text import event_of


# --- places marked for links within the page ------------------------------------------------------------------------

def test_a_named_anchor_closing_a_heading_is_no_part_of_the_talk():
    event = event_of("""
        # Trip report: Harbour C++ 2031

        ### Day 1 (Thursday)<a name="day-1-thursday"></a>

        #### Opening Keynote: Tomorrow's Loops (Ada Byrne)<a name="tomorrows-loops-ada-byrne"></a>

        [Ada Byrne](https://twitter.com/ada_byrne) talked about loops that know their bounds.

        #### Sorting Out Sorting (Ben Oduya)<a name="sorting-out-sorting-ben-oduya"></a>

        Ben compared the standard sorts on real data.

        ### Day 2 (Friday)<a name="day-2-friday"></a>

        #### Allocators by Hand (Cy Dane)<a name="allocators-by-hand-cy-dane"></a>

        Cy wrote an arena allocator live.

        #### Ranges in Practice (Dana Eames)<a name="ranges-in-practice-dana-eames"></a>

        Dana piped views together.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Tomorrow's Loops", ["Ada Byrne"]), ("Sorting Out Sorting", ["Ben Oduya"]), ("Allocators by Hand", ["Cy Dane"]),
        ("Ranges in Practice", ["Dana Eames"])]
    assert event.talks[0].kind == "keynote"


def test_an_anchor_wrapping_words_keeps_its_words():
    event = event_of("""
        # Meetup notes

        ## <a id="first"></a>Parsing with Care - Jo Ode

        Jo showed parsers.

        ## <a name="second">Types at the Edges</a> - Kit Marr

        Kit showed types.
        """)
    assert [t.title for t in event.talks] == ["Parsing with Care", "Types at the Edges"]
    assert [t.speakers[0].name for t in event.talks] == ["Jo Ode", "Kit Marr"]


def test_an_anchor_inside_code_is_shown_as_written():
    event = event_of("""
        # Markup night

        ## Links inside pages - Jo Ode

        Jo wrote `<a name="top"></a>` over every page.
        """)
    assert '<a name="top"></a>' in event.talks[0].body


# --- a title closing with its own speaker in parentheses ------------------------------------------------------------

def test_a_title_closing_with_the_speaker_its_notes_name_loses_the_name():
    event = event_of("""
        # Harbour Data Day

        ## Streams Without Tears (Mara Holt)

        [Mara Holt](https://twitter.com/mara_holt) talked about back pressure.

        ## Rust (beta)

        Speaker: Ivo Lind

        Notes on the beta.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Streams Without Tears", ["Mara Holt"]), ("Rust (beta)", ["Ivo Lind"])]


def test_two_headings_closing_with_words_that_read_as_names_keep_them():
    event = event_of("""
        # Harbour Rust Day

        ## Borrowing Explained (Mara Holt)

        [Mara Holt](https://twitter.com/mara_holt) talked about lifetimes.

        ## Ownership Basics (Hands On)

        Petra Lind walked us through moves.

        ## Error Handling Patterns (Live Coding)

        Bram Oort wrote a parser live.
        """)
    assert [t.title for t in event.talks][1:] == ["Ownership Basics (Hands On)", "Error Handling Patterns (Live Coding)"]


def test_two_headings_closing_with_other_words_keep_them():
    event = event_of("""
        # Harbour Data Day

        ## Streams Without Tears (Mara Holt)

        [Mara Holt](https://twitter.com/mara_holt) talked about back pressure.

        ## Rust on the Server (Beginners)

        Notes on the beta.

        ## Go Generics (Advanced)

        Notes on the draft.
        """)
    assert [t.title for t in event.talks][1:] == ["Rust on the Server (Beginners)", "Go Generics (Advanced)"]


# --- a day's heading naming its weekday -----------------------------------------------------------------------------

def test_a_day_heading_naming_its_weekday_in_parentheses_holds_the_talks():
    event = event_of("""
        # Harbour Conf 2031 notes

        ## 1日目（木）

        ### 型で守るAPI - 岬 一郎

        型の話。

        ## Day 2 (Friday)

        ### Streams in Practice - Jo Ode

        Notes.
        """)
    assert [t.title for t in event.talks] == ["型で守るAPI", "Streams in Practice"]


def test_a_workshop_on_a_weekday_names_no_room():
    event = event_of("""
        # Harbour Conf 2031 notes

        ## Workshop (Wednesday)

        ### Hands-on Parsers - Jo Ode

        We wrote a parser.

        ### Hands-on Types - Kit Marr

        We wrote a checker.
        """)
    assert [t.room for t in event.talks] == [None, None]


# --- an HTML programme setting the title apart from its speaker by markup alone -------------------------------------

_LINKED_SLOTS = """
    <html><head><title>Home</title></head><body>
    <section class="schedule">
      <h3>Conference Schedule</h3>
      <dl>
        <dt>9:30 - 10:20 AM</dt>
        <dd class="speaker"><a href="/2031/ada-byrne"><span>Loops That Know Their Bounds</span> Ada Byrne</a></dd>
        <dt>10:30 - 11:20 AM</dt>
        <dd class="speaker"><a href="/2031/ben-oduya"><span>Sorting Out <br />Sorting</span> Ben Oduya</a></dd>
        <dt>9/29 4:10 - 5:15 PM</dt>
        <dd class="speaker"><a href="/2031/cy-dane"><span>Allocators by Hand</span> Cy Dane</a></dd>
      </dl>
    </section>
    <section>
      <h3>Conference location</h3>
      <dl><dt>Date</dt><dd>September 28, 2031</dd><dt>Address</dt><dd>Harbour Station Hotel, 1 Quay St</dd></dl>
    </section>
    </body></html>
    """


def test_a_title_in_a_span_then_the_speakers_name_as_plain_text_is_a_byline():
    event = event_of(_LINKED_SLOTS, "index.html")
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Loops That Know Their Bounds", ["Ada Byrne"]), ("Sorting Out Sorting", ["Ben Oduya"]),
        ("Allocators by Hand", ["Cy Dane"])]


def test_words_after_a_span_that_name_no_one_stay_one_line():
    event = event_of("""
        <html><body><h1>Harbour Night</h1>
        <ul>
          <li><span>Loops That Know Their Bounds</span> and other stories - Ada Byrne</li>
          <li><span class="tag">New</span> Sorting Out Sorting - Ben Oduya</li>
        </ul></body></html>
        """, "index.html")
    assert [t.title for t in event.talks] == ["Loops That Know Their Bounds and other stories", "New Sorting Out Sorting"]


# --- a slot's day before its hours ----------------------------------------------------------------------------------

def test_a_slot_opening_with_its_day_before_its_hours_is_a_slot():
    event = event_of("""
        # Harbour Days 2031

        ## Schedule

        - 9:30 - 10:20 AM: Loops That Know - Ada Byrne
        - 10:30 - 11:20 AM: Sorting Out Sorting - Ben Oduya
        - 9/29 4:10 - 5:15 PM: Allocators by Hand - Cy Dane
        - Sat 10:00 - 10:45: Types at the Edges - Di Eno
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Loops That Know", ["Ada Byrne"]), ("Sorting Out Sorting", ["Ben Oduya"]),
        ("Allocators by Hand", ["Cy Dane"]), ("Types at the Edges", ["Di Eno"])]


# --- one of the event's facts said of the event ---------------------------------------------------------------------

def test_a_heading_naming_the_events_location_is_no_talk():
    event = event_of("""
        # Harbour Data Day 2031

        ## Streams Without Tears - Mara Holt

        Notes on back pressure.

        ## Joins at Scale - Ivo Lind

        Shuffles and skew.

        ## Conference location

        - Date: September 28, 2031
        - Address: [Harbour Station Hotel](http://hotel.example/) 1 Quay St
        - Room: [Ballroom E (map)](http://hotel.example/map.pdf) Coffee in the foyer
        """)
    assert [t.title for t in event.talks] == ["Streams Without Tears", "Joins at Scale"]


def test_a_talk_on_the_event_loop_stays_a_talk():
    event = event_of("""
        # Harbour JS Night

        ## Event Loop Internals - Mara Holt

        Notes on microtasks.

        ## Workshop Notes - Ivo Lind

        Notes from the workshop.
        """)
    assert [t.title for t in event.talks] == ["Event Loop Internals", "Workshop Notes"]


# --- a diary of the writer's days -----------------------------------------------------------------------------------

def test_a_diary_of_weekdays_and_what_was_done_has_no_talks_of_its_own():
    event = event_of("""
        # Harbour PHP Week 2031 recap

        ### Saturday / Sunday: Arrive, walk the quay, meet the team

        We got in late and ate well.

        ### Monday - Partner Summit / Opening party

        The summit was busy. [Photos](https://photos.example.org/monday)

        ### Tuesday - Presentation / Women in PHP

        I gave my talk in the morning: [slides](https://speakerdeck.com/jroe/caching-by-hand).

        ### Wednesday - Sessions and the team party

        Watched [the keynote](https://www.youtube.com/watch?v=abcdefghijk) and two more sessions.
        """)
    assert event.talks == ()


def test_a_weekly_diary_heading_naming_its_speaker_stays_a_talk():
    event = event_of("""
        # Harbour lunch talks, spring 2031

        ## Monday: Rust in Production - Jane Roe

        Jane showed the service.

        ## Tuesday - Typed Queries - Kit Marr

        Kit showed queries.

        ## Wednesday - Sprint planning and a walk

        Nothing to report.
        """)
    assert [[s.name for s in t.speakers] for t in event.talks] == [["Jane Roe"], ["Kit Marr"]]
    assert "Rust in Production" in event.talks[0].title


def test_ordinal_days_and_parts_of_the_day_are_no_talks():
    event = event_of("""
        # Harbour Conf 2031 notes

        # First Day At Harbour Conf

        ## Forge Workflows

        Otto Kell showed the forge's review queue.

        ## Gaming on Linux

        Ned Hale on shader caches.

        # Post-Lunch

        Coffee and hallway talk.

        # End of Day 1 in Harbour

        Dinner by the water.

        # 2nd day

        ## Packaging at Scale

        Ana Ruiz on the build farm.
        """)
    assert [t.title for t in event.talks] == ["Forge Workflows", "Gaming on Linux", "Packaging at Scale"]


def test_a_talk_named_for_its_first_steps_stays_a_talk():
    event = event_of("""
        # Harbour Rust Night

        ## First Steps in Rust - Jo Ode

        Jo showed ownership.

        ## The Last Day of Legacy Code - Kit Marr

        Kit removed a monolith.
        """)
    assert [t.title for t in event.talks] == ["First Steps in Rust", "The Last Day of Legacy Code"]


# --- a page opening with its head -----------------------------------------------------------------------------------

def test_a_page_opening_with_its_head_and_no_html_tag_is_read_as_a_page():
    event = event_of(
        '<head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
        'li{color:#000000}.c1{color:#1155cc;font-weight:400}</style></head><body class="c8">'
        '<h1 class="c5">Harbour WordCamp 2031</h1><ol class="c7"><li class="c10">Gutenberg Blocks</li></ol>'
        '<ul><li>Block patterns by Ada Byrne</li></ul><p>#harbourwp</p></body>', "notes.html")
    assert event.title == "Harbour WordCamp 2031"
    assert not any("font" in h or "color" in h for h in event.hashtags)


# --- an hour's heading, its host and its talk -----------------------------------------------------------------------

def test_hours_of_a_day_long_programme_hold_their_talks_and_hosts_give_none():
    event = event_of("""
        # Talk Abstracts - Chapters Day

        ## Hour 01 - Opening Session

        ### Session Host: Ada Byrne, *Chapter Leader*

        -------------

        ## Hour 02 - Hosted by the Harbour Chapter

        ### Session Host: Ben Oduya, *Chapter Leader*

        ### Threat Models for Everyone
        *Cyrus Dane - Project Leader*

        #### Abstract

        Building security in from the start.

        ## Hour 03 - Hosted by the Quay Chapter

        ### Session Hosts: Dara Eno and Ed Fahl, *Chapter Leaders*

        ### Is Your Phone Your Friend?
        *Silvia Arias Becker and Oscar Orellana Artigas*

        #### Abstract

        Phones, permissions and people.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Threat Models for Everyone", ["Cyrus Dane"]),
        ("Is Your Phone Your Friend?", ["Silvia Arias Becker", "Oscar Orellana Artigas"])]
    assert event.talks[0].speakers[0].affiliation == "Project Leader"


def test_an_italic_name_with_what_they_do_under_a_title_is_its_speaker():
    event = event_of("""
        Smart Patterns for the Front End
        --------------------------------
        *Vitaly Fried, Editor-in-Chief, Harbour Magazine*

        ### Language handling
        - JSON files per country

        A Cartoon Guide to Rendering
        ----------------------------
        *Lin Clarke, Code Cartoonist, Senior Developer Tools Engineer, Harbour Browser*

        ### Notes
        - cartoons
        """, "notes.md")
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Smart Patterns for the Front End", ["Vitaly Fried"]), ("A Cartoon Guide to Rendering", ["Lin Clarke"])]


def test_an_hour_of_code_talk_stays_a_talk():
    event = event_of("""
        # Harbour Kids Coding Night

        ## Hour of Code with Scratch - Jo Ode

        Jo ran the hour.

        ## Robots on the Rug - Kit Marr

        Kit brought robots.

        ## Host: the Quay Library

        Thanks to the library for the room.
        """)
    assert [t.title for t in event.talks] == ["Hour of Code with Scratch", "Robots on the Rug"]


# --- AsciiDoc tables and listings -----------------------------------------------------------------------------------

_ADOC_PROGRAMME = """= Harbour JVM Days 2031 — my notes
Jo Ode <jo@example.org>
:revdate: 2031-09-17
:page-tags: [conference, java]

I spent the day at https://harbourjvm.example/2031/[Harbour JVM Days].

== Day 1 — Thursday

[cols="1,3,2,2",options="header"]
|===
|Time |Session |Speaker |Room

|09:30
|*Keynote:* Bytecode at 30: What Stays, What Goes
|Ingrid Sol
|Hall Quay

|10:45
|Threads in Production: Six Months Later
|Matteo Rin
|Hall Pier
|===

=== Bytecode at 30

A tour of what lasts.

=== Threads in Production

[source,java]
----
# not a heading
executor.submit(task);
----

Slides: https://speakerdeck.com/mrin/threads

== Day 2 — Friday

=== Native Images: The Bill Comes Due (Hall Pier)

Speaker: Aylin Demir.
Startup time is amazing.

=== Panel: Is Spring Still the Default? (Hall Quay)

A lively discussion.
"""


def test_an_asciidoc_table_with_a_cell_a_line_is_the_programme():
    event = event_of(_ADOC_PROGRAMME, "notes.adoc")
    assert list(event.tags) == ["conference", "java"]
    assert [(t.title, [s.name for s in t.speakers], t.room, t.kind) for t in event.talks] == [
        ("Bytecode at 30: What Stays, What Goes", ["Ingrid Sol"], "Hall Quay", "keynote"),
        ("Threads in Production: Six Months Later", ["Matteo Rin"], "Hall Pier", "talk"),
        ("Native Images: The Bill Comes Due", ["Aylin Demir"], "Hall Pier", "talk"),
        ("Is Spring Still the Default?", [], "Hall Quay", "panel")]
    assert "executor.submit" in event.talks[1].body


def test_a_heading_mentioning_a_keynote_in_a_sentence_beside_a_programme_is_no_talk():
    event = event_of("""
        # Harbour Night 12

        | Time | Title | Speaker |
        |---|---|---|
        | 19:00 | Loops That Know | Ada Byrne |
        | 19:30 | Sorting Out Sorting | Ben Oduya |

        ## 9/24 キーノートの資料を追記しました

        資料のリンクを足しました。
        """)
    assert [t.title for t in event.talks] == ["Loops That Know", "Sorting Out Sorting"]


def test_parentheses_naming_no_room_of_the_programme_stay_in_the_title():
    event = event_of("""
        # Harbour Night 12

        | Time | Title | Speaker | Room |
        |---|---|---|---|
        | 19:00 | Loops That Know | Ada Byrne | Hall Quay |
        | 19:30 | Sorting Out Sorting | Ben Oduya | Hall Pier |

        ## Day 2

        ### Rust on the Server (beta)

        Speaker: Cy Dane

        Notes.
        """)
    assert [(t.title, t.room) for t in event.talks][-1] == ("Rust on the Server (beta)", None)


# --- a pictograph before a kind's label; a venue in quotes ----------------------------------------------------------

def test_a_pictograph_before_a_kinds_label_goes_with_the_label():
    event = event_of("""
        # Harbour Data Circle 9

        | Time | Talk | Speaker |
        |---|---|---|
        | 19:15 | Loops That Know | Ada Byrne |
        | 20:00 | ⚡ Lightning: Tests You Are Not Writing | Ben Oduya |
        """)
    assert [(t.title, t.kind) for t in event.talks] == [("Loops That Know", "talk"), ("Tests You Are Not Writing", "lightning")]


def test_a_venue_named_in_quotes_loses_the_quotes_and_the_hosts_honorific():
    event = event_of("""
        # 港 Flutter 勉強会 #9

        会場はポートアイランドにある「港島テックラボ」さん。駅から10分ちょっと。

        ## 型の話 - 岬 一郎

        メモ。
        """)
    assert event.venue == "港島テックラボ"


# --- a speakers page's cards naming the person twice ----------------------------------------------------------------

def _card(slug: str, name: str, tagline: str, title: str) -> str:
    return f"""
      <div class="speakers__item">
        <h3 class="speakers__name" data-reveal-id="{slug}">{name}</h3>
        <h4 class="speakers__tagline">{tagline}</h4>
        <div id="{slug}" class="speaker-modal">
          <h2 class="speaker-modal__name">{name}</h2>
          <h3 class="speaker-modal__tagline">{tagline}</h3>
          <p>{name.split()[0]} works on storage.</p>
          <h3 class="speaker-modal__talk-title">Talk: {title}</h3>
          <p>What the talk is about.</p>
        </div>
      </div>"""


def test_a_speakers_card_naming_the_person_again_in_its_pop_up_gives_the_talk():
    page = ("<html><head><title>Harbour Py Summit</title></head><body><h1>Harbour Py Summit</h1>"
            "<div class=\"speakers\"><h2 class=\"speakers__title\">Speakers</h2>"
            + _card("ada", "Ada Byrne", "Storage Engineer at Quayside", "Small Data for the Rest of Us")
            + _card("ben", "Ben Oduya", "Core Developer", "Hoisting Your I/O")
            + "</div></body></html>")
    event = event_of(page, "index.html")
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Small Data for the Rest of Us", ["Ada Byrne"]), ("Hoisting Your I/O", ["Ben Oduya"])]


# --- timed slots linking their entries on the programme's page ------------------------------------------------------

def test_timed_slots_linking_their_entries_on_the_speakers_page_are_the_programme():
    event = event_of("""
        # Harbour Planet 2031

        A few picks for our members.

        ## Saturday

        10:10 - 10:55 [Bridging the divide with free hardware](https://harbourplanet.example/2031/speakers/#4650)

        11:05 - 11:50 [The state of software in schools](https://harbourplanet.example/2031/speakers/#4909)

        12:55 - 13:40 [Gamifying education](https://harbourplanet.example/2031/speakers/#4821)
        """)
    assert [t.title for t in event.talks] == [
        "Bridging the divide with free hardware", "The state of software in schools", "Gamifying education"]


def test_timed_activities_linking_a_page_of_no_talk_are_no_programme():
    event = event_of("""
        # Harbour family weekend

        ## Saturday

        10:10 - 10:55 [Walk to the pier](https://maps.example.org/#pier)

        11:05 - 11:50 [Ice cream at Lucia's](https://lucias.example/#menu)

        12:55 - 13:40 [Boat trip](https://boats.example/tickets)
        """)
    assert event.talks == ()


# --- a slot's start written with an h -------------------------------------------------------------------------------

def test_slots_starting_at_hours_written_with_an_h_are_timed_slots():
    event = event_of("""
        # Rencontre Python du Port 12

        ## Programme

        * 10h00 - Typage progressif - Ana Ruiz
        * 10h45 - Les tests de demain - Ben Oduya
        * 11h30 - Packaging sans douleur - Cy Dane
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Typage progressif", ["Ana Ruiz"]), ("Les tests de demain", ["Ben Oduya"]), ("Packaging sans douleur", ["Cy Dane"])]


def test_estimates_in_hours_stay_as_written():
    from generator.normalize import dialects
    body = "# Plan\n\n- 4h - 6h : migrate the schema\n- took 2h30 - long\n"
    assert dialects.read(body, ".md").body == body


# --- guards: what the review's probes showed the new readings must leave alone --------------------------------------

def test_talks_named_for_a_first_or_last_day_or_an_hour_stay_talks():
    event = event_of("""
        # Harbour Ops Night

        ## First Day at Work: Onboarding Juniors

        Speaker: Priya Lanford

        ### What worked

        Pairing.

        ## The Last Day in Production

        Speaker: Tomas Berg

        ### Notes

        Turning it off.

        ## Hour 13 - Speedrunning Your Own Game

        Speaker: Ivan Kos

        Frames and routes.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("First Day at Work: Onboarding Juniors", ["Priya Lanford"]), ("The Last Day in Production", ["Tomas Berg"]),
        ("Hour 13 - Speedrunning Your Own Game", ["Ivan Kos"])]


def test_a_host_labels_words_that_name_no_one_are_a_talks_title():
    event = event_of("""
        # Harbour Games Night

        ## MC: Monte Carlo Tree Search for Board Game Bots

        Speaker: Theo Kaplan

        Rollouts.

        ## 司会：AIに勉強会の進行を任せてみた

        発表者：岬 一郎

        司会ボットの話。
        """)
    assert [t.title for t in event.talks] == ["MC: Monte Carlo Tree Search for Board Game Bots", "司会：AIに勉強会の進行を任せてみた"]


def test_a_talk_called_after_the_events_running_stays_a_talk():
    event = event_of("""
        # 港 勉強会 #5

        ## 勉強会の運営

        発表者：岬 一郎

        運営の話。

        ## Event Time

        Speaker: Katrin Vogel

        Clocks in event sourcing.
        """)
    assert [t.title for t in event.talks] == ["勉強会の運営", "Event Time"]


def test_a_weekly_series_by_weekday_is_no_diary():
    event = event_of("""
        # Harbour lunch talks, spring 2031

        ## Monday: Building Search at Minato Corp

        発表者の田村 悠さんが検索基盤の話をしました。[資料](https://speakerdeck.com/tamura/search)

        ## Tuesday: Typed Queries in Practice

        発表者の岬 一郎さんが型の話をしました。

        ## Wednesday: Caching Without Tears

        発表者の小布施 まどかさんがキャッシュの話をしました。

        ## Thursday: Design Systems in Figma

        中川 楓さんのデザインシステム運用の話。
        """)
    assert [t.title for t in event.talks] == [
        "Monday: Building Search at Minato Corp", "Tuesday: Typed Queries in Practice", "Wednesday: Caching Without Tears",
        "Thursday: Design Systems in Figma"]


def test_an_italic_volunteers_line_makes_no_talk_of_a_thanks_section():
    event = event_of("""
        # Harbour Rust Night

        ## Borrowing Explained - Mara Holt

        Lifetimes.

        ## Who Made It Happen

        *Mia Ito - Volunteer Coordinator*

        Thank you all.
        """)
    assert not any(s.name == "Mia Ito" for t in event.talks for s in t.speakers)


def test_a_role_in_emphasis_before_a_name_is_no_title():
    from generator.normalize import dialects
    assert dialects.html_to_markdown("<p><em>Moderator</em> Ken Abe</p>") == "Moderator Ken Abe"


def test_a_markdown_note_opening_with_a_head_line_is_read_as_markdown():
    event = event_of("""
        <head><meta name="robots" content="noindex"></head>

        # Harbour Go Night 4

        ## Channels in Anger - Jo Ode

        Notes.

        ## Generics at Work - Kit Marr

        Notes.
        """)
    assert [t.title for t in event.talks] == ["Channels in Anger", "Generics at Work"]


def test_an_asciidoc_cell_spanning_columns_keeps_the_rows_in_step():
    event = event_of("""
        = Harbour Clojure Day 2031

        [cols="1,3,2",options="header"]
        |===
        |Time |Talk |Speaker
        |10:00 |Babashka Scripts |Ana Ruiz
        |10:30
        2+|Coffee break
        |11:00 |Datomic in Anger |Ben Oduya
        |12:00 |Spec at Work |Cy Dane
        |===
        """, "day.adoc")
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Babashka Scripts", ["Ana Ruiz"]), ("Datomic in Anger", ["Ben Oduya"]), ("Spec at Work", ["Cy Dane"])]


def test_a_placeholder_venue_in_quotes_is_no_venue():
    event = event_of("""
        # 港 勉強会 #6

        会場：『未定』

        ## 型の話 - 岬 一郎
        """)
    assert event.venue is None


def test_a_kind_labelled_heading_the_programme_lists_in_other_words_or_the_writers_takeaways_add_no_talk():
    event = event_of("""
        # Harbour Rust Day

        | Time | Title | Speaker |
        |---|---|---|
        | 09:30 | Keynote: The Future of Rust Tooling | Ada Byrne |
        | 10:30 | Borrowing Explained | Mara Holt |
        | 11:30 | Panel: Hiring Rustaceans | Ben Oduya, Cy Dane |

        ## Keynote: Rust Tooling's Future

        Notes on the keynote.

        ## Panel: My Takeaways

        What I took from the panel.
        """)
    assert [t.title for t in event.talks] == ["The Future of Rust Tooling", "Borrowing Explained", "Hiring Rustaceans"]


# --- a line leading a list in with a kind's name --------------------------------------------------------------------

def test_a_lead_in_line_naming_lightning_talks_gives_its_items_the_kind():
    event = event_of("""
        # Harbour Ruby Nights 27

        ## The lineup

        Main talks:

        - Hana Orrell - Turbo Streams in a legacy app
        - Chidi Nwosu - Hotwire Native: first impressions

        Lightning talks:

        - [Five gems I deleted](https://slides.com/lizpk/five-gems) by @lizpk
        - Arjun Mehta - a tour of rails credentials
        """)
    assert [(t.title, t.kind) for t in event.talks] == [
        ("Turbo Streams in a legacy app", "talk"), ("Hotwire Native: first impressions", "talk"),
        ("Five gems I deleted", "lightning"), ("a tour of rails credentials", "lightning")]
