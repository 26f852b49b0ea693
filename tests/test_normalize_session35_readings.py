"""Session 35: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from note_text import event_of

from generator.normalize import titles


def _post(title: str, stamp: str, text: str):
    """A blog post's event: its front matter (`layout: post`, the title, its date) over `text`."""
    return event_of(f"---\nlayout: post\ntitle: \"{title}\"\ndate: {stamp}\n---\n\n{textwrap.dedent(text).strip()}\n")


def _date_reading(event):
    return [(c.reading, c.confidence) for c in event.evidence if c.field == "date"]


# --- a Jekyll post's path in its front matter --------------------------------------------------------------------

def test_the_post_path_a_front_matter_gives_names_the_posts_day():
    event = event_of("""
        ---
        layout: post
        title: "Types Today - a talk by Ren Osaka"
        path: _posts/2031-11-21-types-today-video.md
        ---
        <iframe src="https://www.youtube.com/embed/abc"></iframe>
    """)
    assert event.date == dt.date(2031, 11, 21)
    assert _date_reading(event) == [("the day the post went up (the event may have been earlier)", "low")]


# --- a report's words of later days ---------------------------------------------------------------------------------

_RECAP = """
    ---
    layout: post
    title: "February Meeting Recap"
    date: 2031-02-26
    ---

    Nadia Orr from the geography department presented at our February meeting: "Maps From Messy Data"

    A version of her slides is available [here](https://slides.example/maps).

    See our upcoming meeting dates on the [Events page](https://users.example/events.html).
"""


def test_a_reports_upcoming_meetings_say_nothing_of_its_own_day():
    event = event_of(_RECAP)
    assert event.date == dt.date(2031, 2, 26)


def test_an_announcement_of_upcoming_days_still_says_another_day():
    assert _post("Spring meetings", "2031-02-26", "Our upcoming meetings are listed below; come along.").date is None


# --- a conference recap that names its talks only in sentences ------------------------------------------------------

_PROSE_RECAP = """
    ---
    title: Widgetconf 2031 retrospective
    date: 2031-05-02
    ---

    This was my first [Widgetconf](https://widgetconf.example/), and I hope to go again.

    The opening keynote was by [Ann Berg](https://annberg.example/), who talked about [Shipping Small Things on Purpose](https://videos.example.com/v/wc-2031/1001).

    Next, [Tom Reyes](https://tomreyes.example/) gave a talk called **Caching Without Tears**. I liked it.

    Not very surprisingly [Dora Quist](https://dq.example/) talked about testing again.
    The title of her presentation was [Testing the Untestable, Gently](https://videos.example.com/v/wc-2031/1002).

    [Lars Peck](https://lars.example.net/) finished the day with a talk titled _Fast Maps in Rust_. Great demo.

    Milan Ortez from the maths department presented at the evening session: "Proofs You Can Run"
"""


def test_a_recap_in_sentences_gives_each_talk_with_who_gave_it():
    talks = event_of(_PROSE_RECAP).talks
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [
        ("Shipping Small Things on Purpose", ["Ann Berg"]),
        ("Caching Without Tears", ["Tom Reyes"]),  # (set in bold, its words no one's name)
        ("Testing the Untestable, Gently", ["Dora Quist"]),  # (the sentence before says whose)
        ("Fast Maps in Rust", ["Lars Peck"]),  # (underscores emphasise as asterisks do)
        ("Proofs You Can Run", ["Milan Ortez"]),  # (the person the sentence opens with)
    ]


def test_a_recap_in_html_sentences_reads_as_in_markdown():
    html = _PROSE_RECAP.replace("[Ann Berg](https://annberg.example/)", '<a href="https://annberg.example/">Ann Berg</a>') \
        .replace("[Shipping Small Things on Purpose](https://videos.example.com/v/wc-2031/1001)",
                 '<a href="https://videos.example.com/v/wc-2031/1001">Shipping Small Things on Purpose</a>')
    talks = event_of(html).talks
    assert (talks[0].title, [s.name for s in talks[0].speakers]) == ("Shipping Small Things on Purpose", ["Ann Berg"])


def test_guard_a_subjects_page_talked_about_is_no_talk():
    talks = event_of("""
        ---
        title: Harbor.rb 31
        date: 2031-05-02
        ---

        [Jo Park](https://jopark.example/) talked about [Rust](https://www.rust-lang.org/) for a while.
        Then [Kim Lee](https://kimlee.example/) talked about [the new router](https://router.example/docs/v3).
    """).talks
    assert not talks


def test_guard_a_person_set_in_bold_is_no_title():
    talks = event_of("""
        ---
        title: Harbor.rb 31
        date: 2031-05-02
        ---

        The first session was **Georg Kostner** on stage, and the second a talk called "Streams for Everyone".
    """).talks
    assert [t.title for t in talks] == ["Streams for Everyone"]


# --- the event's name in a post's title, the writer's words around it gone -------------------------------------------

@pytest.mark.parametrize("title, name", [
    ("Harborconf 2031 Unofficial Notes", "Harborconf 2031"),
    ("HarborCon US 2031 talk links and notes", "HarborCon US 2031"),
    ("Harbor Summit 2031 session videos & notes", "Harbor Summit 2031"),
    ("Riverside Conj Sketchnotes", "Riverside Conj"),
    ("Looking back on Harbor EU 2031", "Harbor EU 2031"),
    ("Thoughts on Riverside Conf 2031", "Riverside Conf 2031"),
    ("2031 Harbor R User Group Workshop Agenda", "2031 Harbor R User Group Workshop"),
    ("第10回 港湾セキュリティ勉強会 資料", "第10回 港湾セキュリティ勉強会"),
])
def test_the_events_name_in_a_posts_title(title, name):
    assert titles.clean_event_title(title) == name


@pytest.mark.parametrize("title", ["Lessons from production", "Field Guide to Rust", "The Program"])
def test_guard_titles_that_only_share_the_words_stay_whole(title):
    assert titles.clean_event_title(title) == title


# --- headings `title - Name`, written in lower case as some notes write every heading --------------------------------

def test_dashed_names_that_open_with_given_names_show_the_habit_over_half_the_headings():
    # (a name in lower case, `joe casanova`, is left in its title: `Retries - will fail` shows why)
    talks = event_of("""
        # Harbor WordCamp 2031

        ## building decks (responsive themes) - [joe casanova](http://casanova.example) ##
        * notes
        ## hooks + filters for theme dev [Sara Moyle](http://moyle.example) ##
        * notes
        ## css, the exciting parts - [Beth Sodermann](http://bethsodermann.example) ##
        * notes
        ## version control for small teams - [Liam Dempster](http://dempster.example) ##
        * notes
        ## using backbone - Nick Smythe ##
        * notes
        ## documentation for all - Jeff Matsen ##
        * notes
        ## themes at scale - Anna Kowal ##
        * notes
        ## streams - gentle primer ##
        * notes
        ## get involved! (in non-code ways!) ##
        * notes
    """).talks
    named = {t.title: [s.name for s in t.speakers] for t in talks}
    assert named["css, the exciting parts"] == ["Beth Sodermann"]
    assert named["using backbone"] == ["Nick Smythe"]
    assert "streams" not in named  # (lower-case words with no given name are no one's: the title's words)


# --- an index page of conference notes, one page beside it a talk ------------------------------------------------

def test_an_index_of_the_notes_pages_beside_it_lists_the_talks():
    talks = event_of("""
        # Harbor Accessibility Camp 2031

        * [Accessibility where visual design meets the front end](intersection.md)
        * [Testing Tools for Developers](testing_tools.md)
        * [An Intro to ARIA](aria_intro.md)
        * [Machine Learning Through Captions](captions/)
    """).talks
    assert [t.title for t in talks] == ["Accessibility where visual design meets the front end",
                                        "Testing Tools for Developers", "An Intro to ARIA", "Machine Learning Through Captions"]
    assert all(not t.speakers and not t.slides for t in talks)


def test_guard_a_sites_own_pages_are_no_talks():
    talks = event_of("""
        # Harbor.rb 31

        Notes from the evening.

        * [About us](/about.html)
        * [Code of Conduct](https://harbor.example/coc)
        * [Past meetups](archive/)
        * [Jane Doe](jane.md)
    """).talks
    assert not talks


# --- a heading the programme's slot label opens ---------------------------------------------------------------------

def test_headings_opened_by_slot_labels_are_talks_over_their_sub_headings():
    talks = event_of("""
        ---
        title: 港湾パフォーマンス部 第二回勉強会 メモ
        date: 2031-06-05 22:00 JST
        ---

        [港湾パフォーマンス部 第二回勉強会](https://harbor.connpass.com/event/1/)に参加したのでそのメモです。

        # Session 1. 品質管理と統計学 ― 開発の現場へどうつなぐ？

        ## 個人の品質を高める

        - 遅れるのはなぜかを考える

        ## 品質管理の考え方

        - PDCAサイクル

        # Session 2. ソフトウェア工学の基礎を学ぶ

        ## ソフトウェア工学とは？

        ### 本質的な難しさ

        - 見えない、変わる

        # 締めくくりの挨拶

        - また次回
    """).talks
    assert [t.title for t in talks] == ["品質管理と統計学 ― 開発の現場へどうつなぐ？", "ソフトウェア工学の基礎を学ぶ"]


# --- a note with no title of its own that opens with a heading naming its event ---------------------------------

def test_a_note_opening_with_a_heading_that_names_its_event_is_titled_by_it():
    event = event_of("""
        ## 2031 Harbor R User Group Workshop Agenda

        #### On-line participation details:

        Details will be posted here closer to the workshop.

        ## Mon, Sep. 10

        * 9:00 - 9:30 Introduction to R - Part 1 - Jo Hollis
    """, "notes/agenda.md")
    assert event.title == "2031 Harbor R User Group Workshop"
    assert [(c.reading, c.confidence) for c in event.evidence if c.field == "title"] == [("the note's first heading", "medium")]


def test_guard_a_first_heading_that_names_no_event_leaves_the_file_name():
    event = event_of("""
        ## Why we moved to Rust

        Some notes.

        ## What went wrong
    """, "notes/rust-notes.md")
    assert event.title != "Why we moved to Rust"


@pytest.mark.parametrize("title, name", [
    ("Harbor Conf 2031 (Portside) - Nov 11", "Harbor Conf 2031"),
    ("HarborKaigi 2031 (Fukuoka)", "HarborKaigi 2031"),
])
def test_where_and_when_after_the_name_go(title, name):
    assert titles.clean_event_title(title) == name


@pytest.mark.parametrize("title", ["Harbor Meetup - Nov 11", "Go (Golang)"])
def test_guard_a_day_with_no_year_before_it_or_words_in_parentheses_stay(title):
    assert titles.clean_event_title(title) == title


# --- a programme table whose only header cell names the day ------------------------------------------------------

_DAY_HEADED_TABLE = """
    ---
    title: Schedule
    ---

    ## HarborMetrics 2031 Schedule

    <table class="table schedule-table">
      <tr class="day"><th colspan="3">Day 1 - Thursday, August 14</th></tr>
      <tr class="break"><td>8:15</td><td>Breakfast and Registration</td><td></td></tr>
      <tr class="talk">
        <td>9:30</td>
        <td><a href="/2031/talks/edge">Watching a Planet-Scale Edge with Counters</a></td>
        <td><a href="/2031/speakers/mo">Mo Bostrom</a><br><b>Edgeworks</b></td>
      </tr>
      <tr class="talk">
        <td>10:00</td>
        <td><a href="/2031/talks/load">White Box Monitoring for Load Tests</a></td>
        <td><a href="/2031/speakers/alex">Alexa Schwarz</a><br><b>msg harbor ag</b></td>
      </tr>
      <tr class="break"><td>18:30</td><td>Happy Hour at the Old Brewery, Until Late</td><td></td></tr>
      <tr class="day"><th colspan="3">Day 2 - Friday, August 15</th></tr>
      <tr class="talk">
        <td>9:30</td>
        <td><a href="/2031/talks/storage">Storing 16 Bytes at Scale</a></td>
        <td><a href="/2031/speakers/fab">Fabia Reinhart</a></td>
      </tr>
    </table>
"""


def test_a_table_whose_header_names_only_the_day_is_a_timetable_of_its_rows():
    talks = event_of(_DAY_HEADED_TABLE).talks
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in talks] == [
        ("Watching a Planet-Scale Edge with Counters", [("Mo Bostrom", "Edgeworks")]),  # (the company set in bold)
        ("White Box Monitoring for Load Tests", [("Alexa Schwarz", "msg harbor ag")]),
        ("Storing 16 Bytes at Scale", [("Fabia Reinhart", None)]),
    ]  # (breakfast and the happy hour are breaks)


# --- a list of slots, each with its start and end, none naming a speaker -------------------------------------------

_SLOTS = """
    ---
    title: 'HarborFOSS`31'
    date: 2031-02-01
    ---

    These are some sessions I was able to attend:

    <details>
      <summary> <b> Saturday 1st Feb 2031 </b></summary>

    * 10h - 10h50 : The Kernel: We Have to Finish It One Day
    - 10h40 - 11h : Postgres 18 vs MariaDB 12
    - 11h - 11h25 : Speeding up Python with Rust
    - 14h - 14h50 : The Hidden Early History of Pipes

    </details>
"""


def test_slots_each_with_its_start_and_end_are_the_programme_and_h_clocks_are_clocks():
    talks = event_of(_SLOTS).talks
    assert [t.title for t in talks] == ["The Kernel: We Have to Finish It One Day", "Postgres 18 vs MariaDB 12",
                                        "Speeding up Python with Rust", "The Hidden Early History of Pipes"]


def test_guard_a_days_activities_with_their_hours_are_no_talks():
    talks = event_of("""
        ---
        title: Harbor Hack Day 2031
        date: 2031-02-01
        ---

        The plan for the day:

        - 10:00 - 12:00 Hacking
        - 12:00 - 13:00 Lunch
        - 13:00 - 17:00 Team hacking
        - 17:00 - 18:00 Demos
    """).talks
    assert not talks


def test_guard_one_hour_written_with_an_h_is_left_as_written():
    from generator.normalize import dialects
    assert dialects.read("- 10h - 11h : one slot only\n").body == "- 10h - 11h : one slot only\n"


def test_an_outline_a_heading_matches_keeps_its_place_before_a_later_list():
    talks = event_of("""
        # Harbor Rust meetup #2 at [QUAYWORKS]

        Harbor Rust invites you to this free meetup for all interested in the language [Rust].

        We are still working on the program, but it will be something like the following:

        - 18:00 - 18:10: Welcome by Tia Hansen
        - 18:15 - 18:35: "When lifetimes give you lemons - an introduction to Rust lifetimes" and Q&A by Per Kristensen (15+5 min)
        - 18:40 - 19:00: Lightning talks
        - 19:00 - 19:45: Light dinner sponsored by [QUAYWORKS]
        - 19:45 - 20:15: "Sudoku solving with Rust iterators for amusement" and Q&A by Nils Kristian Skov (25+5 min)
        - 20:20 - 20:40: "Ansible in Rust" and Q&A by Mads (15+5 min)
        - 20:40 - 21:00: Free play - bring your laptop!
        - ~21:00: Thank you for a hopefully wonderful evening.

        ## When lifetimes give you lemons - an introduction to Rust lifetimes
        [Per Kristensen][pk] is a senior consultant at [QUAYWORKS] and works with everything.

        In this talk we will first get everyone up to speed on what lifetimes are.

        ## Sudoku solving with Rust iterators for amusement
        [INFORMATION ABOUT THE SPEAKER]

        [ADD DESCRIPTION OF THE TALK HERE]

        ## Ansible in Rust
        [Mads Duhl][md] is a system administrator at [NORDVAX A/S][nv] and works with servers.

        This talk will cover implementing Ansible in Rust.

        ## Lightning Talks
        Lighting talks for the evening:
         - Ola Frisk Østergaard - Olas first open source contribution
         - Tia Hansen - cargo deny


        [rust]: https://www.rust-lang.org/
        [quayworks]: https://www.linkedin.com/company/quayworks/
        [pk]: https://www.linkedin.com/in/per-kristensen-3b894b8/
        [md]: https://www.linkedin.com/in/mads-duhl-8076441a8/
        [nv]: https://www.linkedin.com/company/nordvax/
    """).talks
    order = [next(i for i, t in enumerate(talks) if words in t.title)
             for words in ("When lifetimes", "Ansible in Rust", "Olas first open source", "cargo deny")]
    assert order == sorted(order)  # (the programme's talks first, as the note gives them, the evening's LTs after)


# --- a title naming only the writer's kind of gathering; a meetup's quarter --------------------------------------

def test_a_title_naming_only_its_kind_of_gathering_takes_the_event_page_the_opening_links():
    event = event_of("""
        ---
        layout: post
        title: First Dev Meetup!
        ---

        # My First Developer Meetup!

        So I went to my first ever developer meetup tonight! The [Riverside JavaScript Meetup](https://www.meetup.com/RiversideJS/) was one of the first results I found.
    """)
    assert event.title == "Riverside JavaScript Meetup"


def test_guard_a_link_to_another_site_never_names_a_gathering_the_title_names_alone():
    event = event_of("""
        ---
        layout: post
        title: Monthly meeting
        ---

        We talked about [the Riverside JavaScript book](https://books.example/riverside-js) a lot.
    """)
    assert event.title == "Monthly meeting"


@pytest.mark.parametrize("title", ["Flutter Harbor Meetup 2031 - Q2", "Harbor Meetup 2031 - Spring"])
def test_a_quarter_or_season_after_the_name_says_which_meeting_and_stays(title):
    assert titles.clean_event_title(title) == title


def test_a_heading_naming_the_event_with_its_day_dates_it():
    event = event_of("""
        ---
        layout: post
        title: First Dev Meetup!
        comments: true
        ---

        # My First Developer Meetup!

        First off, I am proud of myself for posting on time. It is late Monday night.

        So I went to my first ever developer meetup tonight! It was one of the top results I found.

        It is getting late, so I should wrap this one up. See below for my notes from the meetup!

        ### Jo.

        ---

        # Riverside JavaScript Meetup Notes 2031-03-18

        ## JS News

        - a new release of the bundler
    """)
    assert event.date == dt.date(2031, 3, 18)
    assert [c.reading for c in event.evidence if c.field == "date"] == ["a heading naming the event with its day"]


def test_a_year_in_a_links_address_is_no_year_the_writer_says():
    event = _post("Harbor Goes to DevCamp Riverside", "Mar 19, 2031", """
        I attended my first [DevCamp in Riverside](https://riverside-2031.devcamp.example/) with a colleague.

        Our colleague gave a talk featuring our own [OneHack](https://www.harbor.example/blog/2030/12/14/onehack/) hackathon.
    """)
    assert event.date == dt.date(2031, 3, 19)


def test_guard_a_year_the_writer_says_still_tells_of_another_day():
    event = _post("Harbor Goes to DevCamp Riverside", "Mar 19, 2031",
                  "Back in 2030 I attended my first DevCamp in Riverside with a colleague.")
    assert event.date is None


# --- a timetable page made text: each person's link over the title of their talk ----------------------------------

def test_linked_people_each_over_a_title_paragraph_are_the_talks():
    talks = event_of("""
        # タイムテーブル｜港湾 LT-THON 2031

        ### 28日 - 金

        10:00

        [しんぺい@港技研さん](https://twitter.com/harbor_shinpei)

        小さなプログラムによる実験音楽

        [Dan Nakaさん](https://twitter.com/dan_naka)

        飲食店のアナログをどう変えるか

        12:00

        おひるごはん

        [moznaさん](https://twitter.com/mozna)

        1) Perl でCUDA を触ってみよう
        2) 素晴らしきかなP 言語

        [issaさん](https://twitter.com/issa)

        No Title
    """).talks
    assert [(t.title, [s.handle for s in t.speakers]) for t in talks] == [
        ("小さなプログラムによる実験音楽", ["harbor_shinpei"]),
        ("飲食店のアナログをどう変えるか", ["dan_naka"]),
        ("1) Perl でCUDA を触ってみよう 2) 素晴らしきかなP 言語", ["mozna"]),
        ("No Title", ["issa"]),
    ]


def test_guard_linked_pages_over_descriptions_are_no_talks():
    talks = event_of("""
        # Harbor.rb 31

        [GitHub](https://github.com/harbor-rb)

        Our code lives here.

        [Slack](https://harbor.slack.example)

        Join us for chat.

        [Meetup](https://www.meetup.com/harbor-rb/)

        Sign up for the next night.
    """).talks
    assert not talks


# --- a programme's legend, its sponsors' minutes, each day's header row again ----------------------------------

_LEGEND_TABLE = """
    # HarborLang 2031

    ## Talk Schedule

    Most talks are 30 minutes long. ⚡ denotes a lightning talk. These talks are 8 minutes long.

    | Wednesday | Track 1 - Room 12 | Track 2 - Room 14 |
    |---|---|---|
    | 8:00 | LIGHT BREAKFAST |  |
    | 9:30 | Gallium Internals / Kei Fisher |  |
    | 10:00 | ⚡ Juno, an IDE for Us / Mika Innes |  |
    | 11:55 | A word from sponsors (Quayside, Harborworks) |  |
    | 13:30 | Automatic differentiation in practice / Miles Luben | Visualizing at Scale / Simone Danisch |
    | Thursday | Track 1 - Room 12 | Track 2 - Room 14 |
    | 9:30 | ⚡ Typed tables for everyone / Andi Ferro |  |
"""


def test_a_legends_mark_gives_its_kind_and_sponsor_minutes_and_day_rows_are_no_talks():
    talks = event_of(_LEGEND_TABLE).talks
    assert [(t.title, t.kind) for t in talks] == [
        ("Gallium Internals", "talk"), ("Juno, an IDE for Us", "lightning"),
        ("Automatic differentiation in practice", "talk"), ("Visualizing at Scale", "talk"),
        ("Typed tables for everyone", "lightning")]


def test_guard_a_mark_with_no_legend_says_no_kind():
    talks = event_of(_LEGEND_TABLE.replace("⚡ denotes a lightning talk. ", "")).talks
    assert all(t.kind == "talk" for t in talks)


# --- the review's guards (probe notes of the team's own, near each new reading) ------------------------------------

def test_guard_review_a_familys_day_with_its_hours_is_no_programme():
    assert not event_of("""
        ---
        title: Saturday in Portside
        date: 2031-06-14
        ---
        Our family plan for Saturday:

        - 10:00 - 12:00 : Guided tour of the old town
        - 12:30 - 13:30 : Picnic in the harbour park
        - 14:00 - 16:00 : Boat trip around the islands
    """).talks


def test_guard_review_estimates_in_hours_are_no_clock_times():
    from generator.normalize import dialects
    text = "- 4h - 6h : migrate the database schema\n- 2h - 3h : rewrite the importer\n"
    assert dialects.read(text).body == text


def test_guard_review_an_itinerary_under_a_days_header_is_no_programme():
    assert not event_of("""
        <html><head><title>Portside team offsite</title></head><body>
        <h1>Portside team offsite</h1>
        <p>Our plan for the offsite week.</p>
        <table>
        <tr><th colspan="3">Day 1 - Monday, June 3</th></tr>
        <tr><td>9:00</td><td>Flight to Lisbon</td><td>TAP 1357</td></tr>
        <tr><td>14:00</td><td>Walking tour of the old district</td><td>Guide: Rita Sousa</td></tr>
        <tr><td>17:00</td><td>Boat trip along the river</td><td></td></tr>
        </table>
        </body></html>
    """, "offsite.html").talks


@pytest.mark.parametrize("heading", ["## Next up: Portside Ruby Meetup 2031-06-20",
                                     "## HarborConf 2032 Call for Papers closes 2031-12-01"])
def test_guard_review_a_headings_day_of_another_event_or_a_deadline_dates_nothing(heading):
    event = event_of(f"""
        ---
        layout: post
        title: Portside Ruby notes
        ---

        # Portside Ruby Meetup

        Two talks tonight, both about parsers, and a long chat afterwards about the next steps for the group.

        More words about the evening, and the pizza, and the room, which was warm.

        {heading}
    """)
    assert event.date is None


@pytest.mark.parametrize("opening, day", [("Yesterday's meetup was a small one, just two talks.", 18),
                                          ("Last night's meetup was packed.", 18)])
def test_guard_review_a_morning_post_about_yesterdays_meetup_is_dated_the_day_before(opening, day):
    event = event_of(f"""
        ---
        layout: post
        title: "Harbor Elixir #11"
        date: 2031-07-19 08:05:00 +0200
        ---
        {opening}
    """)
    assert event.date == dt.date(2031, 7, day)


def test_guard_review_a_file_key_names_no_day_of_the_post():
    event = event_of("""
        ---
        layout: post
        title: Harbor.rb sponsors
        file: downloads/2031-01-04-sponsor-pack.md
        ---
        Our sponsor pack.
    """)
    assert event.date is None


def test_guard_review_a_projects_documentation_index_is_no_talks():
    assert not event_of("""
        # harbor-cli

        A command-line tool for the Harbor API.

        * [Getting Started](getting-started.md)
        * [Configuration Reference](docs/config.md)
        * [Contributing Guide](CONTRIBUTING.md)
        * [Release Notes](CHANGELOG.md)
    """).talks


def test_guard_review_a_rosters_linked_people_over_their_roles_are_no_talks():
    assert not event_of("""
        # Harbor.rb organisers

        [Ben Oduya](https://github.com/benoduya)

        Treasurer

        [Cleo Marsh](https://github.com/cleomarsh)

        Community Manager

        [Dana Kimura](https://github.com/danakimura)

        Venue Liaison
    """).talks


def test_guard_review_a_status_in_bold_after_a_name_is_no_company():
    from generator.normalize import people
    assert people.parse_people("Tom Berg **cancelled**") == people.parse_people("Tom Berg")


@pytest.mark.parametrize("title", ["Lessons Learned from Migrating to Kubernetes", "What I learned at Work",
                                   "Harbor Summit 2031 (Cancelled)", "Harbor Summit 2031 (Remote)"])
def test_guard_review_talk_titles_and_statuses_stay_whole(title):
    assert titles.clean_event_title(title) == title


def test_guard_review_one_workshops_numbered_parts_are_not_talks_by_their_labels():
    talks = event_of("""
        ---
        title: Portside Python notes
        date: 2031-03-02
        ---
        A long workshop this time.

        ## Session 1. Setup
        - installed things

        ## Session 2. Lexing
        - tokens

        ## Session 3. Parsing
        - trees
    """).talks
    assert not any(t.title in ("Setup", "Lexing", "Parsing") for t in talks)


# --- a speaker in italics with the company under a timed heading; a day's notes headed by its compact date ---------

_TIMED_HEADINGS = """
    ---
    title: Harbor Ops Conf 2031
    date: 2031-11-06
    ---

    ## Wednesday

    ### 11:35 - A beginner guide to tracing
    {first}
    - tracing is fun

    ### 12:15 - What remains of dashboards
    {second}
    - notes
"""


def test_an_italic_line_naming_a_person_and_company_under_a_heading_is_the_speaker():
    talks = event_of(_TIMED_HEADINGS.format(first="*Lia Rice (Aqua Harbor)*", second="*Bjorn Raben (Grafana Harbor)*")).talks
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in talks] == [
        ("A beginner guide to tracing", [("Lia Rice", "Aqua Harbor")]),
        ("What remains of dashboards", [("Bjorn Raben", "Grafana Harbor")])]


def test_guard_an_italic_remark_with_parentheses_is_no_speaker():
    talks = event_of(_TIMED_HEADINGS.format(first="*Slides coming soon (promised)*", second="*A good one (really)*")).talks
    assert all(not t.speakers for t in talks)


def test_a_title_that_is_a_compact_date_dates_the_note():
    assert event_of("""
        # 20311013

        ## Keynote: Collaborating at Scale
        notes
    """).date == dt.date(2031, 10, 13)


def test_a_number_written_in_kanji_numbers_the_event():
    assert titles.EVENT_NUMBER.search("第一回 港湾ヘルスケアユーザー会")
    assert titles.EVENT_NUMBER.search("第十二回 港湾勉強会")
    assert not titles.EVENT_NUMBER.search("一回目の感想")


def test_a_first_point_in_capitals_under_a_heading_is_no_speaker():
    talks = event_of("""
        Harbor Library Forum, Ames, July 31, 2031
        =========================================

        ## Your cooperative: what is new with the library network

        ### Cataloging

        - WorldShare Collection Manager
          - front-end of the knowledge base
        - WorldShare Record Manager

        ### Community Center

        - Collection Manager
        - Record Manager

        ## Communicating with the network: tips and secrets

        ### Training

        - webinars
    """).talks
    assert [t.title for t in talks] == ["Your cooperative: what is new with the library network",
                                        "Communicating with the network: tips and secrets"]
    assert all(not t.speakers for t in talks)


def test_a_name_alone_under_a_heading_with_a_given_name_is_still_the_speaker():
    talks = _TIMED_HEADINGS.format(first="- Lia Rice", second="- Bjorn Raben")
    assert [[s.name for s in t.speakers] for t in event_of(talks).talks] == [["Lia Rice"], ["Bjorn Raben"]]


# --- reStructuredText programmes as definition lists; DocC links ------------------------------------------------------

def test_a_rst_definition_list_of_times_is_the_programme():
    talks = event_of("""
        Harbor PyCon 2031 programme
        ===========================

        11:10
            `Tiny Games`:title: (Petra Zdan) [PDF]

        11:50
            `Python as a helper`:title: (Dalia Dobrova) [PDF]

        12:30
            Lunch

        12:45
            `From Django to Flask`:title: (Domas Jakun)
    """, "programme.rst").talks
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [
        ("Tiny Games", ["Petra Zdan"]), ("Python as a helper", ["Dalia Dobrova"]),
        ("From Django to Flask", ["Domas Jakun"])]


def test_docc_links_read_as_the_pages_titles():
    from generator.normalize import dialects
    assert dialects.read("- <doc:Automating-Accessibility>\n").body == "- Automating Accessibility\n"


def test_a_name_a_comma_and_a_company_in_bold_is_one_person():
    from generator.normalize import people
    assert [(s.name, s.affiliation) for s in people.parse_people("Ben Oduya, **Quay Data**")] == [("Ben Oduya", "Quay Data")]
    assert [s.name for s in people.parse_people("Ana Lima, Bo Lund")] == ["Ana Lima", "Bo Lund"]


@pytest.mark.parametrize("first, second", [
    ("Lia Rice (Aqua Harbor)", "Bjorn Raben (Grafana Harbor)"),
    ("- Lia Rice, Aqua Harbor", "- Bjorn Raben, Grafana Harbor"),
    ("Lia Rice @ Aqua Harbor", "Bjorn Raben @ Grafana Harbor"),
])
def test_a_speakers_line_with_the_company_under_a_heading_names_both(first, second):
    talks = event_of(_TIMED_HEADINGS.format(first=first, second=second)).talks
    assert [[(s.name, s.affiliation) for s in t.speakers] for t in talks] == [
        [("Lia Rice", "Aqua Harbor")], [("Bjorn Raben", "Grafana Harbor")]]


def test_a_name_after_a_dash_under_a_heading_is_the_speaker():
    talks = event_of(_TIMED_HEADINGS.format(first="— Lia Rice", second="— Bjorn Raben")).talks
    assert [[s.name for s in t.speakers] for t in talks] == [["Lia Rice"], ["Bjorn Raben"]]


@pytest.mark.parametrize("first, second", [("Lia Rice, Tom Berg", "Bjorn Raben, Ana Lima"),
                                           ("Tracing (part one)", "Dashboards (intro)"),
                                           ("Kubernetes, Docker", "Grafana, Loki")])
def test_guard_two_people_or_a_topic_under_a_heading_are_no_person_and_company(first, second):
    talks = event_of(_TIMED_HEADINGS.format(first=first, second=second)).talks
    assert not any(s.affiliation for t in talks for s in t.speakers)
