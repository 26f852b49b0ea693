"""Session 29: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import pytest

from note_text import event_of


def _talks(event) -> list[tuple[str, list[str]]]:
    return [(t.title, [s.name for s in t.speakers]) for t in event.talks]


# --- a programme page: slot headings over each talk's labelled fields -----------------------------------------------

_SLOTS_OVER_FIELDS = """
    ---
    title: 港町数値計算の会 2031
    date: 2031-11-08
    ---

    ## 招待講演

    ### 招待講演1

    - 演者: 川辺 真一（港町大学 教授）
    - 題目: 行列分解の百年
    - 概要: 行列分解の歴史を振り返ります。

    ## メイントーク

    ### メイントーク1

    - 演者: 森下 葵（港町高校）
    - 題目: 高校数学と数値計算
    - 概要: 授業で試したことを話します。

    ### メイントーク2

    - 演者: 石田 圭
    - 題目: 疎行列ソルバーの選び方
    - 資料: [PDF](https://harbor-num.example/ishida.pdf)

    ## ライトニングトーク

    ### ライトニングトーク1

    - 演者: 三宅 悠（港町大学D1）
    - 題目: 自動微分の小話
    - 概要: TBA

    ### ライトニングトーク2

    - 演者: 小池 航
    - 題目: 並列化のつまずき
    - 概要: 並列化で転んだ話。

    ### ライトニングトーク3

    TBA
"""


def test_slot_headings_over_labelled_fields_are_talks_with_their_speakers():
    event = event_of(_SLOTS_OVER_FIELDS)
    assert _talks(event) == [
        ("行列分解の百年", ["川辺 真一"]),
        ("高校数学と数値計算", ["森下 葵"]),
        ("疎行列ソルバーの選び方", ["石田 圭"]),
        ("自動微分の小話", ["三宅 悠"]),
        ("並列化のつまずき", ["小池 航"]),
    ]
    assert [t.kind for t in event.talks][-2:] == ["lightning", "lightning"]
    assert event.talks[2].slides == "https://harbor-num.example/ishida.pdf"


def test_a_list_of_one_talks_fields_under_a_lightning_heading_is_no_list_of_talks():
    # (the items `演者: …` / `題目: …` / `概要: …` are one talk's fields, never three talks named after their labels)
    event = event_of(_SLOTS_OVER_FIELDS)
    assert not any(s.name in ("演者", "題目", "概要") for t in event.talks for s in t.speakers)
    assert not any(t.title.startswith(("三宅", "小池")) for t in event.talks)


def test_a_slot_heading_over_a_placeholder_is_no_talk():
    event = event_of(_SLOTS_OVER_FIELDS)
    assert "3" not in [t.title for t in event.talks]
    assert len(event.talks) == 5


# --- session codes with a length mark ---------------------------------------------------------------------------

_CODED_SESSIONS = """
    ---
    title: Harbor Go Day Sessions
    date: 2031-04-20
    ---

    ### H1 (S): Inside the Compiler's Escape Analysis

    - Speaker: Mara Lind

    ### A1 (S): Libraries Your Users Will Like

    - Speaker: Omar Feld

    ### B1 (S): My First Patch to the Standard Library

    - Speaker: Ivo Stern

    ### B2 (L): Designing Errors for Humans

    - Speaker: Lena Park
"""


def test_session_codes_with_a_length_mark_leave_the_titles():
    event = event_of(_CODED_SESSIONS)
    assert _talks(event) == [
        ("Inside the Compiler's Escape Analysis", ["Mara Lind"]),
        ("Libraries Your Users Will Like", ["Omar Feld"]),
        ("My First Patch to the Standard Library", ["Ivo Stern"]),
        ("Designing Errors for Humans", ["Lena Park"]),
    ]


def test_a_letter_and_number_without_a_floor_mark_is_no_room():
    # (`B1F` is a basement floor; `B1` before a title is the programme's code for room B's first slot)
    event = event_of(_CODED_SESSIONS)
    assert [t.room for t in event.talks] == [None, None, None, None]


# --- a heading opening with the word `Talk` as its label --------------------------------------------------------

_TALK_LABELLED_HEADINGS = """
    # Harbor JS notes

    ## TALK - Ten years of code review

    Twitter: [@maralind](https://twitter.com/maralind)

    Reviews work best when they are small.

    ## TALK - Everything about accessible forms

    Labels matter more than colours.

    ## Lean coffee

    We voted on topics and talked for an hour.
"""


def test_the_word_talk_as_a_heading_s_label_goes_from_the_title():
    titles = [t.title for t in event_of(_TALK_LABELLED_HEADINGS).talks]
    assert titles[:2] == ["Ten years of code review", "Everything about accessible forms"]


# --- a heading naming its speaker over the talk's title, alone on its line ------------------------------------------

_SPEAKERS_OVER_TITLE_LINES = """
    ---
    title: July Meetup Agenda
    date: 2031-07-08
    ---

    ## Speakers

    #### Nora Quill [@noraq](https://www.twitter.com/noraq)

    Differentiable programming - a gentle intro

    #### Raul [@raulb](https://www.twitter.com/raulb)

    Conference season recap

    #### Jesse Holm

    Layouts that adapt
"""


def test_a_heading_naming_its_speaker_over_a_lone_title_line_is_the_talk():
    assert _talks(event_of(_SPEAKERS_OVER_TITLE_LINES)) == [
        ("Differentiable programming - a gentle intro", ["Nora Quill"]),
        ("Conference season recap", ["Raul"]),
        ("Layouts that adapt", ["Jesse Holm"]),
    ]


_TITLES_OVER_REMARKS = """
    ---
    title: Docs day notes
    date: 2031-05-02
    ---

    ## Earning User Trust

    Meh.

    ## Fixing Search Twice

    Good talk, clear slides
"""


def test_a_title_heading_over_a_one_line_remark_keeps_its_title():
    # (`Earning User Trust` opens with no given name and carries no mark of a person: it is the title)
    titles = [t.title for t in event_of(_TITLES_OVER_REMARKS).talks]
    assert "Earning User Trust" in titles and "Meh." not in titles
    assert "Good talk, clear slides" not in titles


# --- a time-and-room heading over the talk's linked title ---------------------------------------------------------

_TIMED_ROOMS_OVER_LINKS = """
    # Harbor Go mini

    ## 10:35 Room A

    [Guard rails for fast Go teams](https://sessions.example/view/grid#)

    - slides
      - https://t.example/abc

    - small packages help
    - tests against a real database

    ## 11:30 Room C

    [Concurrency: the first step and the next](https://sessions.example/view/grid#)

    - errgroup is worth a try
"""


def test_a_time_and_room_heading_over_a_linked_line_is_that_talk_in_that_room():
    event = event_of(_TIMED_ROOMS_OVER_LINKS)
    assert [(t.title, t.room) for t in event.talks] == [
        ("Guard rails for fast Go teams", "Room A"),
        ("Concurrency: the first step and the next", "Room C"),
    ]


# --- headings closing with their speakers in parentheses, as the note's habit ---------------------------------------

_TITLES_WITH_PARENTHESIZED_SPEAKERS = """
    # Day 1

    ## [Types as a skill for your assistant（Mika Hori）](https://conf.example/talks/7)

    - what the assistant knows of types

    ## [Agents in one language, front to back（福田 開）](https://conf.example/talks/20)

    - one language everywhere

    ## [Server functions that keep their types（Yuki Terada）](https://conf.example/talks/25)

    - the boundary is the design

    ## [Reading a router's type definitions（IORA）](https://conf.example/talks/27)

    - generics all the way down
"""


def test_closing_parentheses_name_the_speakers_where_the_notes_headings_so_end():
    assert _talks(event_of(_TITLES_WITH_PARENTHESIZED_SPEAKERS)) == [
        ("Types as a skill for your assistant", ["Mika Hori"]),
        ("Agents in one language, front to back", ["福田 開"]),
        ("Server functions that keep their types", ["Yuki Terada"]),
        ("Reading a router's type definitions", ["IORA"]),
    ]


_TITLES_WITH_PARENTHESIZED_LEVELS = """
    # Workshop day

    ## Building a parser (Beginner)

    - we wrote a tokenizer

    ## Profiling services (Advanced)

    - flame graphs

    ## Writing docs people read (Everyone)

    - short pages
"""


def test_closing_parentheses_that_name_no_one_stay_in_the_titles():
    event = event_of(_TITLES_WITH_PARENTHESIZED_LEVELS)
    assert not any(t.speakers for t in event.talks)
    assert [t.title for t in event.talks][0] == "Building a parser (Beginner)"


# --- a sub-heading naming the speaker under each talk's heading -----------------------------------------------------

_SPEAKER_SUB_HEADINGS = """
    # Notes from Lakeside Dev Days

    ### Talk 1: Walking Through the Binding Forest (1:00pm)
    ##### Ryan Holt, Maple Systems
    ##### http://bindings.example

    Declarative bindings keep the view honest.

    ### Talk 2: Structuring Client Applications
    ##### Tara Gold, @taragold
    ##### Slides: https://speakerdeck.com/taragold/structuring

    Small modules, one job each.

    ### Talk 2.5: Contextual Design
    ##### Joe Lind

    Watch people work before drawing anything.

    ### Talk 3: Why Caches Lie
    ##### Why it matters

    Stale reads hurt. Slides: https://speakerdeck.com/lakeside/caches
"""


def test_a_sub_heading_plainly_naming_a_person_is_the_talk_s_speaker():
    event = event_of(_SPEAKER_SUB_HEADINGS)
    assert [(t.title, [(s.name, s.handle, s.affiliation) for s in t.speakers]) for t in event.talks] == [
        ("Walking Through the Binding Forest", [("Ryan Holt", None, "Maple Systems")]),
        ("Structuring Client Applications", [("Tara Gold", "taragold", None)]),
        ("Contextual Design", [("Joe Lind", None, None)]),
        # (`##### Why it matters` opens the notes: no person's name)
        ("Why Caches Lie", []),
    ]


# --- a linked title, a dash, the speaker and a colon before the abstract ---------------------------------------------

_LINKED_TITLES_DASH_SPEAKER_COLON = """
    This is the list of talks I went to on the Saturday.

    * `Welcome and opening <https://conf.example/2031/schedule/event/welcome>`_: the opening talk.
    * `Free software as a business <https://conf.example/2031/schedule/event/business>`_ - Rhea Dawson: This talk tells how a small company lived on free software.
    * `An introduction to Ada 2031 <https://conf.example/2031/schedule/event/ada>`_ - Jean-Luc Moreau: Overview of the language, with stress on its types.
    * `Robots in Ada <https://conf.example/2031/schedule/event/robots>`_ - José F. Ortiz: Small robots, real time.
"""


def test_the_speaker_after_a_linked_title_s_dash_ends_at_the_colon_of_the_abstract():
    talks = {t.title: [s.name for s in t.speakers] for t in event_of(_LINKED_TITLES_DASH_SPEAKER_COLON, "note.rst").talks}
    assert talks["Free software as a business"] == ["Rhea Dawson"]
    assert talks["An introduction to Ada 2031"] == ["Jean-Luc Moreau"]  # (a hyphen inside a name is no dash)
    assert talks["Robots in Ada"] == ["José F. Ortiz"]  # (an initial's full stop ends nothing)


# --- a lecturer's labelled line after the abstract, with a bio after a dash --------------------------------------------

_LECTURER_AFTER_ABSTRACT = """
    ---
    title: Kernel evening - locks and filters
    date: 2031-03-02
    ---

    **Lock-free lists**
    After the last lecture on kernel locks it is time to talk
    about lock-free data structures. We will cover how the
    mechanism works and where the kernel uses it.
    Lecturer: Dov Amir - CTO of Hinlab and a senior instructor at a training school.

    **Packet filters**
    This lecture is all about packet filters in the kernel.
    Lecturer: Noa Levin, embedded developer and team leader
"""


def test_a_lecturer_s_labelled_line_names_the_speaker_before_the_dash_of_the_bio():
    assert _talks(event_of(_LECTURER_AFTER_ABSTRACT)) == [
        ("Lock-free lists", ["Dov Amir"]),
        ("Packet filters", ["Noa Levin"]),
    ]


# --- whose talk a sentence of its notes says it was -------------------------------------------------------------

_TOLD_IN_SENTENCES = """
    ---
    title: Harbor Talks - November
    date: 2031-11-20
    ---

    ## Scripts for your routine

    In the first talk, Paul Rowe shared his experience with automating small daily tasks.

    ## Dependency care

    The next talk, presented by Sami Maitland, was about keeping dependencies fresh.

    ## The first rule of code club

    Ali Amrani discussed why coding all day is not always the best use of a day.

    ## Slides that help

    And I finally took the stage myself to talk about presenting with slides.
"""


def test_sentences_of_each_talk_s_notes_name_its_speaker_where_the_note_so_tells_them():
    assert _talks(event_of(_TOLD_IN_SENTENCES)) == [
        ("Scripts for your routine", ["Paul Rowe"]),
        ("Dependency care", ["Sami Maitland"]),
        ("The first rule of code club", ["Ali Amrani"]),
        # (the writer's own talk, among the talks the others gave: a talk, not the writer's section)
        ("Slides that help", []),
    ]


_SPEAKER_SLOTS_TELLING_TITLES = """
    ---
    title: Second monthly meetup
    date: 2031-06-01
    ---

    ## Event Day

    ### First Speaker as Industry Speaker

    Miss. Sima Tran talked about “Frontend to Full Stack”, sharing her path.

    ### Second Speaker as Student Speaker

    Miss. Sadia Kapoor talked about “Building a Brand Story with Graphics”. She studies design.

    ### Third Speaker as Keynote Speaker

    Mr. Bishal Rana talked about “5 Lessons for a Career”, our keynote.
"""


def test_a_sentence_naming_a_speaker_never_turns_slot_headings_into_titles():
    # (the headings name only each speaker's slot; the titles are in the sentences. Read while the talks' level was
    # chosen, the sentences naming people made the slot headings the talks)
    assert _talks(event_of(_SPEAKER_SLOTS_TELLING_TITLES)) == [
        ("Frontend to Full Stack", ["Sima Tran"]),
        ("Building a Brand Story with Graphics", ["Sadia Kapoor"]),
        ("5 Lessons for a Career", ["Bishal Rana"]),
    ]


# --- the speaker's line under a talk's heading: after a fact's label, marked by a pictograph, or an account --------

_SPEAKER_LINES_UNDER_HEADINGS = """
    ---
    title: DevFest Harbor 2031
    date: 2031-12-02
    ---

    ### Innovate or Stagnate in the Assistant Era 🚀

    *🎙️ Vishal Varma*

    ### Moving Data Platforms to the Cloud

    ![](https://cdn.example/photo.jpeg)

    *👨‍💻 Vijay Rao Datta (VP, Data, EXL) & Saurabh Rane (Director, Data Solutions, EXL)*

    ### Cost Care on a Cloud 💸

    *👩‍💼 Mira Kashyap (Cloud Architect, Thoughtworks)*

    ### Crypto for the rest of us
    Rating: :star: :star:

    Charity Moreno
    Cool shirt, good examples.

    ### War stories of coding standards

    Twitter: [@onel0p3z](https://twitter.com/onel0p3z)

    Standards are agreements.
"""


def test_the_speaker_s_line_under_a_heading_after_a_pictograph_a_fact_or_as_an_account():
    event = event_of(_SPEAKER_LINES_UNDER_HEADINGS)
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in event.talks] == [
        ("Innovate or Stagnate in the Assistant Era", [("Vishal Varma", None)]),
        ("Moving Data Platforms to the Cloud", [("Vijay Rao Datta", "VP, Data, EXL"),
                                                ("Saurabh Rane", "Director, Data Solutions, EXL")]),
        ("Cost Care on a Cloud", [("Mira Kashyap", "Cloud Architect, Thoughtworks")]),
        ("Crypto for the rest of us", [("Charity Moreno", None)]),
        ("War stories of coding standards", [("@onel0p3z", None)]),
    ]
    assert event.talks[-1].speakers[0].handle == "onel0p3z"


_NOTICE_UNDER_A_HEADING = """
    ---
    title: Lightning Talks 7
    date: 2031-11-18
    ---

    ## This Month
    Tuesday: Nov 18, 2031

    11:30 am

    @Hallmark
    401 NW 10th,
    Harbor City

    ## Talks

    1. Testing the untestable - Jane Roe
    2. Shipping on Fridays - Joe Doe
"""


def test_a_dated_label_is_no_fact_to_pass_over_before_a_lone_handle():
    # (`Tuesday: Nov 18, 2031` opens the notice; `@Hallmark` after it is the venue's, no speaker of a talk)
    event = event_of(_NOTICE_UNDER_A_HEADING)
    assert not any(s.name in ("Hallmark", "@Hallmark") for t in event.talks for s in t.speakers)


# --- a slot heading over a two-column table of the talk's fields ---------------------------------------------------

_SLOTS_OVER_FIELD_TABLES = """
    ---
    title: 港町物理と計算 2031
    date: 2031-10-12
    ---

    # プログラム

    ## 招待講演１

    | **題目** | 数値計算のはじめかた |
    | **氏名** | 永田 祐樹 |
    | **所属** | 港町大学 情報センター |
    | **概要** | 連立方程式と固有値問題を、コードとともに紹介します。<br>参考文献あり |

    ## 一般講演１

    | **題目** | Variational methods, gently |
    | **氏名** | Valentin Horvat |
    | **所属** | University of Harbor<br>Lab of Numerics |

    # アクセス

    | 会場 | 港町大学 講堂 |
    | 最寄り駅 | 港町駅 |
"""


def test_a_slot_heading_over_a_table_of_the_talk_s_fields_is_that_talk():
    event = event_of(_SLOTS_OVER_FIELD_TABLES)
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in event.talks] == [
        ("数値計算のはじめかた", [("永田 祐樹", "港町大学 情報センター")]),
        ("Variational methods, gently", [("Valentin Horvat", "University of Harbor Lab of Numerics")]),
    ]


def test_an_empty_heading_naming_a_slot_is_still_a_heading_not_an_unfilled_slot():
    # (only a placeholder under it, `TBA`, marks a slot as not filled yet: `## Talk` alone stays what it was)
    event = event_of("""
        ---
        title: A
        date: 2031-01-01
        ---

        ## Talk
        """)
    assert [t.title for t in event.talks] == ["Talk"]


# --- guards from the session's review: each probe misread by a reading of this session before its fix ---------------

def test_review_an_lt_list_under_a_theme_line_stays_a_list_of_talks():
    event = event_of("""
        ---
        title: 港町LT会 #9
        date: 2031-09-09
        ---

        ## ライトニングトーク

        - テーマ: 「最近ハマっている技術」
        - LT: @alice さん「Rust で CLI を書く」
        - LT: @bob さん「Deno の近況」
        - LT: @carol さん「SQLite 再入門」
        """)
    # (as at the session's start: the theme's line is read on its own, the three talks each with its speaker)
    assert [(t.title, [s.handle for s in t.speakers]) for t in event.talks if t.speakers] == [
        ("Rust で CLI を書く", ["alice"]), ("Deno の近況", ["bob"]), ("SQLite 再入門", ["carol"])]


def test_review_a_product_name_opening_titles_is_no_slot_code():
    titles = [t.title for t in event_of("""
        # AWS 勉強会

        ## EC2 Spot で節約した話

        発表者: 山田さん

        ## S3 Select を使ってみた

        発表者: 佐藤さん

        ## M1 Mac で CDK 開発

        発表者: 鈴木さん
        """).talks]
    assert titles == ["EC2 Spot で節約した話", "S3 Select を使ってみた", "M1 Mac で CDK 開発"]


def test_review_a_speaker_s_label_wins_over_an_account_before_it():
    event = event_of("""
        ### Serverless cost traps
        Slides: https://speakerdeck.com/harbor/traps
        Twitter: @harborcloud
        Speaker: Ana Ruiz
        """)
    assert [s.name for s in event.talks[0].speakers] == ["Ana Ruiz"]


def test_review_people_a_talk_s_notes_quote_are_not_its_speakers():
    event = event_of("""
        ---
        title: Architecture day
        date: 2031-03-03
        ---

        ## Evolving a monolith

        As Martin Fowler explained years ago, the strangler fig pattern still works.

        ## Data mesh for small teams

        Years ago, as Zhamak Dehghani discussed the idea in her book, the talk applied it to a team of five.

        ## Event sourcing in practice

        Like Greg Young explained, events are facts.
        """)
    assert not any(t.speakers for t in event.talks)


def test_review_a_remark_under_a_speaker_s_heading_is_no_title():
    titles = [t.title for t in event_of("""
        ## Speakers

        #### Grace Lee

        Slides coming soon

        #### Tom Berg

        Couldn't make it, sadly
        """).talks]
    assert "Slides coming soon" not in titles and "Couldn't make it, sadly" not in titles


def test_review_a_link_to_the_lunch_menu_under_a_time_and_room_is_no_talk():
    titles = [t.title for t in event_of("""
        # Harbor Go mini

        ## 12:00 Room A

        [Lunch menu and allergens](https://harbor.example/lunch)

        ## 13:00 Room A

        [Escape analysis in practice](https://sessions.example/view/grid#)

        - the compiler knows more than you think
        """).talks]
    assert "Lunch menu and allergens" not in titles and "Escape analysis in practice" in titles


def test_review_an_audience_in_parentheses_is_no_speaker():
    event = event_of("""
        # Day 1

        ## [Types as a skill（Mika Hori）](https://conf.example/talks/7)

        - notes

        ## [Agents front to back（Yuki Terada）](https://conf.example/talks/20)

        - notes

        ## [Server functions（Ken Mori）](https://conf.example/talks/25)

        - notes

        ## [Rust for Pythonistas (Beginners)](https://conf.example/talks/30)

        - notes
        """)
    assert not any(s.name == "Beginners" for t in event.talks for s in t.speakers)


def test_review_a_topic_sub_heading_after_a_name_is_no_workplace():
    event = event_of("""
        ### Talk 1: A History of Compilers
        #### Grace Hopper, COBOL and the first compiler

        Compilers started with a bet.
        """)
    assert not any(s.affiliation == "COBOL and the first compiler" for t in event.talks for s in t.speakers)


def test_review_a_notes_table_after_the_fields_table_stays_a_table():
    from generator.normalize import talks
    lines = ["| **題目** | 変分法入門 |", "| **氏名** | 大野 周平 |", "", "感想メモ:", "", "| 手法 | 速度 |", "|---|---|",
             "| LU | 速い |"]
    assert talks._fields_of_rows(lines)[-3:] == ["| 手法 | 速度 |", "|---|---|", "| LU | 速い |"]


def test_review_the_writer_wishing_to_speak_or_asking_speakers_is_not_on_stage():
    from generator.core.model import Talk
    from generator.normalize import own_talk
    for said in ("自分もいつか発表したいと思いました。", "私は登壇した皆さんに質問しました。"):
        assert not own_talk._opens_with_writer_on_stage(Talk(title="感想", body=said))


def test_review_a_title_before_a_name_after_a_linked_title_s_dash_is_part_of_the_name():
    from generator.normalize import timetable
    assert timetable._LINK_DASH_BYLINE.match(" - Dr. Lena Park: how caches lie").group("who") == "Dr. Lena Park"


# --- an HTML programme marking each talk's speaker with a class -----------------------------------------------------

_HTML_PROGRAMME_WITH_SPEAKER_CLASS = """<!DOCTYPE html>
<html lang="ja"><head><title>港町 PyCon mini 2031 タイムテーブル</title></head>
<body><main>
<h2>タイムテーブル</h2>
<div class="slot"><p>13:15〜13:45</p></div>
<div class="col">
  <p class="session-title"><a href="https://harbor.example/2031/session/aki/">データ基盤を Python でつくる</a></p>
  <p class="session-speaker">aki</p>
</div>
<div class="col">
  <p class="session-title"><a href="https://harbor.example/2031/session/miyake/">Raspberry Pi で現場カイゼン</a></p>
  <p class="session-speaker">Yasu Miyake</p>
</div>
<div class="col">
  <p class="session-title"><a href="https://harbor.example/2031/session/nikki/">Django で始める Web 開発</a></p>
  <p class="session-speaker">nikki</p>
</div>
</main></body></html>
"""


def test_a_line_an_html_programme_marks_as_the_speaker_s_names_its_talk_s_speaker():
    event = event_of(_HTML_PROGRAMME_WITH_SPEAKER_CLASS, "timetable.html")
    assert _talks(event) == [
        ("データ基盤を Python でつくる", ["aki"]),
        ("Raspberry Pi で現場カイゼン", ["Yasu Miyake"]),
        ("Django で始める Web 開発", ["nikki"]),
    ]



# --- a weekday the post counts back to ------------------------------------------------------------------------------

def test_last_thursday_is_the_latest_thursday_two_days_or_more_before_the_post():
    event = event_of("""
        ---
        title: "Rails on the JVM @ Harbor JUG"
        date: 2031-05-14
        ---

        Last Thursday, I had a lot of fun talking about Rails on the JVM at the Harbor Java User Group.
        """)
    assert event.date.isoformat() == "2031-05-08"  # (2031-05-14 is a Wednesday)


def test_senshuu_no_doyoubi_is_the_saturday_of_the_week_before_the_post():
    event = event_of("""
        ---
        title: 港町 LT 会 #3 に参加しました
        date: 2031-10-22
        ---

        先週の土曜日に港町 LT 会 #3 に参加してきました。
        """)
    assert event.date.isoformat() == "2031-10-18"  # (2031-10-22 is a Wednesday; its week's Monday is 10-20)


# --- guards from the second review ----------------------------------------------------------------------------------

@pytest.mark.parametrize("opening", [
    "Harbor JUG meets on the last Thursday of the month. Tonight we had two talks.",
    "Since last Sunday's release of Foo 2.0 a lot changed, so tonight Jane walked us through it.",
    "I'll be speaking next Thursday; last Thursday I was at home.",
])
def test_review_a_last_weekday_that_is_no_day_of_the_event(opening):
    import datetime as dt
    from generator.normalize import dates
    assert dates.relative_day(opening, dt.date(2031, 5, 14)) is None


def test_review_senshuu_when_the_writer_wrote_a_post_is_no_day_of_the_event():
    import datetime as dt
    from generator.normalize import dates
    text = "先週の金曜日にブログを書いたので、今回はその続きです。港町 LT 会 #4 の発表をまとめます。"
    assert dates.relative_day(text, dt.date(2031, 10, 22)) is None


def test_review_a_post_without_a_date_counts_back_from_nothing():
    from generator.normalize import dates
    assert dates.relative_day("Last Thursday I spoke at Harbor JS.", None) is None


def test_review_a_speaker_line_opening_a_card_is_not_glued_to_the_card_before():
    page = _HTML_PROGRAMME_WITH_SPEAKER_CLASS.replace(
        """  <p class="session-title"><a href="https://harbor.example/2031/session/nikki/">Django で始める Web 開発</a></p>
  <p class="session-speaker">nikki</p>""",
        """  <p class="session-speaker">nikki</p>
  <p class="session-title"><a href="https://harbor.example/2031/session/nikki/">Django で始める Web 開発</a></p>""")
    talks = _talks(event_of(page, "timetable.html"))
    assert ("Raspberry Pi で現場カイゼン", ["Yasu Miyake"]) in talks


def test_review_a_speaker_s_bio_photo_or_call_for_speakers_is_no_speaker_line():
    page = _HTML_PROGRAMME_WITH_SPEAKER_CLASS.replace(
        """  <p class="session-speaker">aki</p>""",
        """  <p class="speaker-photo"><img src="aki.png" alt=""></p>
  <p class="session-speaker">aki</p>
  <p class="speaker-bio">データエンジニア。港町在住で、趣味は釣り。</p>""").replace(
        "</main>", """<p class="call-for-speakers">次回の登壇者を募集しています</p></main>""")
    talks = _talks(event_of(page, "timetable.html"))
    assert talks[0] == ("データ基盤を Python でつくる", ["aki"])
    assert not any("募集" in s for _, people in talks for s in people)


def test_a_sub_heading_further_down_that_is_a_speaker_s_labelled_line_names_the_speaker():
    event = event_of("""
        # Harbor JS 2031, my notes

        ## Promises and generators: control flow for the rest of us

        **Slides :**
        https://harbor.example/slides/promises

        **Links :**
        https://harbor.example/lib

        ##### by Forbes Lindqvist
        [Twitter](https://twitter.com/forbeslq)

        ## Drawing animals with canvas

        **Slides :**
        https://harbor.example/slides/animals

        ##### by Hana Doyle
        """)
    assert _talks(event) == [("Promises and generators: control flow for the rest of us", ["Forbes Lindqvist"]),
                             ("Drawing animals with canvas", ["Hana Doyle"])]
