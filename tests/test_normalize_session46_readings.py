"""Session 46: readings of real notes' shapes, in the team's own words."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.core.errors import ContentError
from note_text import event_of


# --- front matter of another family between `---` lines ---------------------------------------------------------------

def test_toml_between_dashes_with_its_fields_in_one_table_is_read():
    event = event_of("""
        ---
        [post]
        id = "0b1c7e2a"
        title = "瀬戸内 Ruby 会議 2031 参加メモ"
        tags = [
          "conference",
          "ruby",
        ]

        [[post.history]]
        date = "2031-05-18"
        note = "公開"
        ---
        2031-05-17 に開催された瀬戸内 Ruby 会議 2031 に参加しました。
        """)
    assert event.title == "瀬戸内 Ruby 会議 2031"
    assert "ruby" in event.tags and "conference" in event.tags
    assert event.date == dt.date(2031, 5, 17)


def test_flat_toml_between_dashes_is_read():
    event = event_of("""
        ---
        title = "Harbor Elixir Night 7"
        event_date = 2031-02-03
        tags = ["elixir"]
        ---
        We met again.
        """)
    assert event.title == "Harbor Elixir Night 7"
    assert event.date == dt.date(2031, 2, 3)
    assert event.tags == ("elixir",)


def test_zon_front_matter_in_braces_is_read():
    event = event_of("""
        ---
        {
            .title = "Fenland Zig Meetup 4",
            .date = @date("2031-10-09T00:00:00"),
            .author = "Ada Fenwick",
            .draft = false,
            .tags = .{ "zig", "meetup" },
        }
        ---

        ## Allocators without tears

        Speaker: Ada Fenwick
        """)
    assert event.title == "Fenland Zig Meetup 4"
    assert set(event.tags) >= {"zig", "meetup"}


def test_zon_front_matter_without_braces_is_read():
    event = event_of("""
        ---
        .title = "Comptime Club 2",
        .event_date = @date("2031-11-12T18:30:00"),
        ---
        Notes.
        """)
    assert event.title == "Comptime Club 2"
    assert event.date == dt.date(2031, 11, 12)


def test_broken_yaml_that_is_no_other_family_is_still_an_error_naming_the_line():
    with pytest.raises(ContentError) as caught:
        event_of("""
            ---
            title: "Harbor Meetup
            date: 2031-01-01
            ---
            Text.
            """)
    assert "invalid YAML front matter" in caught.value.message and caught.value.line is not None


# --- date keys: ISO 8601's basic form, a platform's `time:`, a conference system's `beginning:` -----------------------

def test_a_schema_org_start_date_in_basic_form_is_the_events_day():
    event = event_of("""
        ---
          type: "SocialEvent"
          name: "Gironella JS"
          startDate: "20310704T19:00"
          doorTime: "18:45"
        ---
        Three talks tonight.
        """)
    assert event.date == dt.date(2031, 7, 4)


def test_basic_form_is_read_only_as_a_date_keys_value():
    event = event_of("""
        ---
        title: Build 20310704 notes
        ---
        Nothing else.
        """)
    assert event.date is None


@pytest.mark.parametrize("key, value", [("time", "'2031-04-22T09:00:00.000Z'"),
                                        ("beginning", "'2031-10-23T15:00:00.000-07:00'")])
def test_a_platforms_start_key_is_the_events_day(key, value):
    event = event_of(f"""
        ---
        title: Comfortable Python Talks
        {key}: {value}
        ---
        Talks.
        """)
    assert event.date == dt.date.fromisoformat(value.strip("'")[:10])


# --- a blog's post of a conference: its own day is no guess at the conference's ---------------------------------------

_CONFERENCE_POST = """
    ---
    layout: post
    title: "{title}"
    date: 2031-10-23 09:15:42 -0400
    categories: [talks]
    ---

    {opening} I presented a talk about refactoring old modules, and the hallway track was great.
    """


def test_a_blog_post_about_a_conference_is_not_dated_by_its_own_day():
    event = event_of(_CONFERENCE_POST.format(title="Lakesideconf 2031 - The Refactor Waltz", opening="This year at Lakesideconf,"))
    assert event.title.startswith("Lakesideconf")
    assert event.date is None


def test_a_blog_post_about_a_meetup_keeps_its_own_day_as_the_guess():
    event = event_of(_CONFERENCE_POST.format(title="Lakeside Ruby Meetup 12", opening="At Lakeside Ruby Meetup 12,"))
    assert event.date == dt.date(2031, 10, 23)


def test_a_conference_post_that_says_it_was_written_today_keeps_its_day():
    event = event_of(_CONFERENCE_POST.format(title="ミナト Kaigi 2031 に来ている", opening="Today at ミナト Kaigi 2031,"))
    assert event.date == dt.date(2031, 10, 23)


def test_a_post_dated_in_another_year_than_the_conferences_name_is_not_dated_by_it():
    event = event_of("""
        ---
        title: Harbor Python Summit 2030
        date: 2031-02-24
        ---

        A look back at the talks I liked most.
        """)
    assert event.title == "Harbor Python Summit 2030"
    assert event.date is None


def test_a_conferences_own_plain_front_matter_date_is_its_day():
    event = event_of("""
        ---
        title: Harbor Summit 2031
        date: 2031-02-24
        ---

        ## Opening keynote
        """)
    assert event.date == dt.date(2031, 2, 24)


# --- a programme's track letters: `[A] Title`, `[B] Title` ------------------------------------------------------------

_TRACK_LETTERS = """
    港町クラウド祭 2031

    Room A：港町ホール 3F 大会議室
    Room B：港町ホール 4F 小会議室

    タイムテーブル
    13:00-13:10 オープニング（Room A）
    13:10-13:50 [基調講演] 桟橋をクラウドでつなぐ / 灯台 守（Room A）
    14:00-14:30 [A] ECS に「残った」理由 / 波止場 かおる
    14:00-14:30 [B] はじめての Terraform / @kaiun_infra
    14:40-15:10 [A] タグ付けを全社で揃える / 岬 大地
    14:40-15:10 [B] 自治体のクラウド移行 / 入江 悠
    15:10-15:30 休憩
    """


def test_track_letters_in_brackets_leave_the_titles_and_are_the_rooms_the_note_names():
    talks = event_of(_TRACK_LETTERS, "note.txt").talks
    rooms = {t.title: t.room for t in talks}
    assert rooms["ECS に「残った」理由"] == "Room A"
    assert rooms["はじめての Terraform"] == "Room B"
    assert rooms["自治体のクラウド移行"] == "Room B"
    assert not any(t.title.startswith("[") for t in talks)


def test_one_bracketed_letter_is_the_titles_own():
    talks = event_of("""
        # Harbor JS 12

        - [A] Guide to Nothing - Jane Roe
        - Streams at Sea - Bo Lind
        - Tides of State - Ann Moss
        """).talks
    assert talks[0].title.startswith("[A]") and talks[0].room is None


# --- a programme written as a definition list: `「Title」 (20分)` over `: [Name](…)  資料` --------------------------------

_DEFINITION_PROGRAMME = """
    ---
    layout: page
    title : "港町 Kotlin を囲む会 #7"
    ---

    ## 日時
    __2031/6/14(土) 2:00p.m～5:00p.m__

    ## セッション内容

    2:00～2:10   挨拶
    2:10～       セッション開始

    2:10～2:50 「コルーチンの潮目」(40分)
    : [灯台守](http://toudai.example.jp/)  資料
    航路のように非同期を読む話です

    2:50～3:00 ☆☆☆ 10分休憩 ☆☆☆

    3:00～3:20 「Compose と防波堤」 (20分)
    : かもめNEO 資料

    3:20～3:40 「Gradle の干潮」 (20分)
    : [波止場 太郎](http://hatoba.example.jp/blog/)

    4:40～5:00 最後の挨拶、アンケート記入、後片付け
    5:00～     退出
    """


def test_a_programme_written_as_a_definition_list_gives_each_title_its_speaker():
    talks = event_of(_DEFINITION_PROGRAMME).talks
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [
        ("コルーチンの潮目", ["灯台守"]), ("Compose と防波堤", ["かもめNEO"]), ("Gradle の干潮", ["波止場 太郎"])]


def test_definitions_that_are_sentences_are_no_speakers():
    talks = event_of("""
        # 港町 Kotlin を囲む会 #8

        ## セッション内容

        2:10～2:50 「コルーチンの潮目」
        : 非同期を航路のように読み解きます。

        3:00～3:20 「Compose と防波堤」
        : 防波堤の設計から学ぶ UI の話です。
        """).talks
    assert not any(t.speakers for t in talks)


def test_a_slash_after_a_quoted_title_parts_the_byline_but_never_a_deck_or_a_length():
    from generator.normalize import bylines
    assert [s.name for s in bylines.split_title_speaker("「干潮の話」 / かもめNEO")[1]] == ["かもめNEO"]
    assert bylines.split_title_speaker("「干潮の話」 / 資料")[1] == ()
    assert bylines.split_title_speaker("「干潮の話」 / 20分")[1] == ()
    assert bylines.split_title_speaker("「干潮の話」 / 英語で話します。")[1] == ()
    for level_part_or_language in ("初級", "前編", "English", "オンライン"):  # (review probes: no one's name)
        assert bylines.split_title_speaker(f"「干潮の話」 / {level_part_or_language}")[1] == ()


# --- reStructuredText definition lists with plain terms: sub-sections of their section --------------------------------

_RST_TERMS = """
Fenland Rustaceans #9 — notes
=============================

We met at the Old Granary on Thursday.

Talks
-----

`Borrowing Without Tears <https://speakerdeck.com/ann/borrowing>`__
   *Ann Moss*

   Ann walked us through lifetimes with a tide table.

Serial Ports at Sea
   *Bo Lind*

   Bo drives a 1980s buoy from a Pi.

Lightning talks
   * ``cargo`` aliases I love — *Cy Ng*
   * Fuzzing the fen — *Di Park*
     (`slides <https://di.example/fuzz.pdf>`__)

Housekeeping
------------

Thanks to the Old Granary for hosting.
"""


def test_plain_rst_terms_under_a_section_are_its_talks():
    talks = event_of(_RST_TERMS, "note.rst").talks
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [
        ("Borrowing Without Tears", ["Ann Moss"]), ("Serial Ports at Sea", ["Bo Lind"]),
        ("cargo aliases I love", ["Cy Ng"]), ("Fuzzing the fen", ["Di Park"])]
    assert talks[0].slides == "https://speakerdeck.com/ann/borrowing"
    assert talks[3].slides == "https://di.example/fuzz.pdf" and talks[3].kind == "lightning"


def test_a_paragraph_over_a_block_quote_is_no_term():
    from generator.normalize import dialects
    text, _ = dialects._rst("Title\n=====\n\nSaid the speaker:\n\n   Never trust a fen.\n")
    assert "#" not in text.split("\n")[3] and "**" not in text


# --- an event page's agenda made text: `8:15 AM - 8:35 AM` / `Title` / `Speaker: …` -----------------------------------

_AGENDA_AS_TEXT = """
Harbor Security Breakfast #3

Date and time
Thursday, March 13, 2031 · 7:45 - 10:00am

Agenda
7:45 AM - 8:15 AM
Coffee and rolls

8:15 AM - 8:35 AM
We Phished Ourselves, Kindly
Speaker: Morag Hale
How an internal exercise went.

8:35 AM - 8:55 AM
Training Nobody Skips
Speaker: Ewan Brodie
Ten-minute modules.

9:20 AM - 9:55 AM
Panel: Are Users the Weakest Link?
Moderator: Lorna Keith
Panelists: Morag Hale, Callum Reid
Bring questions.

Frequently asked questions
Is there parking? On the street.

Report this event
"""


def test_an_agenda_of_time_lines_over_titles_and_speaker_lines_gives_its_talks():
    talks = event_of(_AGENDA_AS_TEXT, "note.txt").talks
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in talks] == [
        ("We Phished Ourselves, Kindly", ["Morag Hale"], "talk"), ("Training Nobody Skips", ["Ewan Brodie"], "talk"),
        ("Are Users the Weakest Link?", ["Lorna Keith", "Morag Hale", "Callum Reid"], "panel")]


# --- an HTML page's classes: a speaker after the title, a panel's people; a panel heading over its title ---------------

_HTML_SESSIONS = """
<article>
  <h1>Harbor Women in Tech: Autumn Evening</h1>
  <section class="session">
    <h2>Panel</h2>
    <h3>Coming Back After a Break</h3>
    <p class="speaker">Chaired by Carys Bevan</p>
    <ul class="panelists">
      <li>Bethan Rees &mdash; software engineer, back after six years</li>
      <li>Mariam Idris &mdash; data analyst</li>
    </ul>
    <p>An honest conversation about confidence.</p>
  </section>
  <section class="session">
    <h2>Lightning talks</h2>
    <ol>
      <li><a href="https://speakerdeck.com/nt/five">Accessibility in Five</a> <span class="who">Nia Thomas</span></li>
      <li>My First Pull Request <span class="who">Zara Hale</span></li>
    </ol>
  </section>
</article>
"""


def test_an_html_programmes_classes_say_who_spoke_and_who_sat_on_the_panel():
    talks = event_of(_HTML_SESSIONS, "note.html").talks
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in talks] == [
        ("Coming Back After a Break", ["Carys Bevan", "Bethan Rees", "Mariam Idris"], "panel"),
        ("Accessibility in Five", ["Nia Thomas"], "lightning"), ("My First Pull Request", ["Zara Hale"], "lightning")]


def test_a_list_classed_speakers_keeps_each_items_talk():
    talks = event_of("""
        # 25th May 2031 (#61)

        <ul class="speakers">
          <li class="speaker-card">Alex Burke - <em>Mocking HTTP Declaratively</em></li>
          <li class="speaker-card">Sam Rounce - <em>Debugging Node</em></li>
        </ul>
        """).talks
    assert [t.title for t in talks] == ["Mocking HTTP Declaratively", "Debugging Node"]


def test_a_panel_heading_over_its_title_gives_the_title_the_panels_kind():
    talks = event_of("""
        # Harbor DevOps Night 4

        ## Keynote

        ### Twenty Years On Call

        Speaker: Ada Fenwick

        ## Panel discussion

        ### Who Owns the Pager?

        Moderator: Bo Lind
        """).talks
    assert [(t.title, t.kind) for t in talks] == [("Twenty Years On Call", "keynote"), ("Who Owns the Pager?", "panel")]


# --- a given name opening with と; a person's colon before a linked title ------------------------------------------------

def test_a_given_name_opening_with_to_is_not_split_as_and():
    from generator.normalize import people
    assert [p.name for p in people.parse_people("浅香 ともこさん（主催）")] == ["浅香 ともこ"]
    assert [p.name for p in people.parse_people("山田さんと佐藤さん")] == ["山田", "佐藤"]


def test_a_persons_colon_leads_to_their_linked_title():
    talks = event_of("""
        # 港町 AI ナイト vol.2

        ## LT

        - 猪苗 湖太郎さん：[社内文書の置き場所を片付けた話](https://speakerdeck.com/kotaro/okiba)
        - 二本木 聡さん：[プロンプトを見直す会](https://speakerdeck.com/satoshi/prompt)
        - 喜多 らーめんさん：ローカル LLM の妥協点
        """).talks
    assert [(t.title, [s.name for s in t.speakers]) for t in talks][1] == ("プロンプトを見直す会", ["二本木 聡"])
    assert talks[1].slides == "https://speakerdeck.com/satoshi/prompt"


# --- `Title - Name, what they do` however long; hours after a title -------------------------------------------------

def test_a_dash_then_a_name_and_a_long_role_is_the_byline():
    from generator.normalize import bylines
    title, who = bylines.split_title_speaker(
        "Fluid Type at Sea - Mara Quill, founder and editor-in-chief at Harbor Magazine")
    assert title == "Fluid Type at Sea" and [(p.name, p.affiliation) for p in who] == [
        ("Mara Quill", "founder and editor-in-chief at Harbor Magazine")]
    talks = event_of("""
        # Harbor Web Day 2031

        ### Fluid Type at Sea - Mara Quill, founder and editor-in-chief at Harbor Magazine

        Notes on type.

        ### Motion on the Web - Rae Nabil, Program Manager on the Browser Team, and animation advocate

        Notes on motion.
        """).talks
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [
        ("Fluid Type at Sea", ["Mara Quill"]), ("Motion on the Web", ["Rae Nabil"])]


def test_a_dash_before_words_that_name_no_job_keeps_the_title():
    from generator.normalize import bylines
    assert bylines.split_title_speaker("Kubernetes - Lessons, Learned the hard way")[1] == ()


def test_hours_after_a_title_go_but_a_titles_own_hour_stays():
    from generator.normalize import titles
    assert titles.clean_talk_title("From Blue Screens to Crabs 9:15am to 9:45am") == "From Blue Screens to Crabs"
    assert titles.clean_talk_title("Sponsor Talk 9:50am") == "Sponsor Talk"
    assert titles.clean_talk_title("Wake up at 5am") == "Wake up at 5am"
    assert titles.clean_talk_title("Why I Still Deploy Past 5pm") == "Why I Still Deploy Past 5pm"
    assert titles.clean_talk_title("Python 3.12") == "Python 3.12"


# --- a programme set in two text columns: times, then talks ------------------------------------------------------------

_TWO_COLUMNS = """
## 1日目

09:00-10:00 | 開場
10:00-11:00 | 潮と文字コード（日本語、基調講演） - 浜辺 麻理
            | 概要: 文字コードの潮流を読み解きます。
11:10-11:40 | 岬の pidfd（英語） - Maja Lind
            | 概要: プロセス管理の話。
            | 灯台へのタイプガード（日本語） - 小宮 灯
            | 概要: 型の絞り込みの話。
12:20-14:00 | 昼食休憩
14:00-14:30 | 桟橋の gem（日本語） - 須藤 港
"""


def test_a_programme_in_two_text_columns_gives_every_talk_at_each_hour():
    talks = event_of(_TWO_COLUMNS).talks
    assert [(t.title.split("（")[0], [s.name for s in t.speakers]) for t in talks] == [
        ("潮と文字コード", ["浜辺 麻理"]), ("岬の pidfd", ["Maja Lind"]), ("灯台へのタイプガード", ["小宮 灯"]),
        ("桟橋の gem", ["須藤 港"])]
    assert talks[0].kind == "keynote" and "プロセス管理" in talks[1].body


def test_a_markdown_table_is_no_two_column_programme():
    from generator.normalize import dialects
    table = "| 10:00-11:00 | Talk A |\n| 11:00-12:00 | Talk B |\n| 12:00-13:00 | Talk C |\n|             | Talk D |\n"
    assert not dialects._has_column_programme(table, ".md")


# --- guards from the review's probe notes: what these readings must leave alone -----------------------------------------

def test_bare_slots_whose_titles_look_like_names_keep_title_and_speaker_apart():
    talks = event_of("""
        York Platform Morning 2

        Agenda
        8:30 AM - 9:00 AM
        Feature Flags
        Speaker: Holly Grant

        9:00 AM - 9:30 AM
        Edge Caching
        Speaker: Maren Lowe

        9:30 AM - 10:00 AM
        Platform Engineering
        Speaker: Tobias Reyes
        """, "note.txt").talks
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [
        ("Feature Flags", ["Holly Grant"]), ("Edge Caching", ["Maren Lowe"]), ("Platform Engineering", ["Tobias Reyes"])]


def test_an_itinerarys_hosts_and_guides_give_no_talks():
    talks = event_of("""
        Kyoto trip, day 2

        8:15 AM - 9:00 AM
        Breakfast at the inn
        Host: Keiko Ueda

        9:30 AM - 11:30 AM
        Shrine hike
        Guide: Daisuke Mori

        12:00 PM - 1:00 PM
        Lunch near the station
        Host: Haru Nishi
        """, "note.txt").talks
    assert list(talks) == []


def test_a_panel_heading_over_its_questions_is_the_one_panel():
    talks = event_of("""
        # Harbor Hiring Night

        ## Panel

        Moderator: Aoife Walsh
        Panelists: Conor Byrne, Niamh Doyle

        ### Q1: How do you hire juniors?

        Slowly.

        ### Q2: Take-home tests?

        No.
        """).talks
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in talks] == [
        ("Panel", ["Aoife Walsh", "Conor Byrne", "Niamh Doyle"], "panel")]


def test_bracketed_letters_no_room_is_named_by_stay_in_the_titles():
    talks = event_of("""
        # Harbor TypeScript Day

        - [E] Types at the edges - Ann Moss
        - [J] 型パズルの解き方 - 小林 灯
        - [E] Narrowing in practice - Bo Lind
        - [J] 型ガードの話 - 山田 港
        """).talks
    assert [t.title[:3] for t in talks] == ["[E]", "[J]", "[E]", "[J]"] and not any(t.room for t in talks)


def test_names_that_only_look_like_a_conferences():
    from generator.normalize import dates
    for name in ("DevCon Night #12", "Manifest V3 study group", "会議ファシリテーション勉強会 #2", "Denver Rust at Summit Hall",
                 "Pro/Con Debate Night", "ConTeXt users meeting"):
        assert not dates.names_a_conference(name), name
    for name in ("PyCon AU 2031", "RubyKaigi 2031", "LinuxFest NorthWest", "GR8Conf", "JAWS Summit", "PHP カンファレンス香川"):
        assert dates.names_a_conference(name), name


def test_a_person_table_in_toml_front_matter_gives_no_title():
    event = event_of("""
        ---
        date = 2031-03-05

        [author]
        title = "Staff Engineer"
        name = "Ada Fenwick"
        ---
        # Gothenburg Go Night 14

        Notes.
        """)
    assert event.title == "Gothenburg Go Night 14"


def test_the_evenings_host_below_a_blank_line_is_no_speaker():
    talks = event_of("""
        # Harbor Elm Night

        ## Parsing JSON without tears

        Speaker: Leo Marsh

        Host: Priya Shah, who also brought the pizza.

        Notes on decoders.
        """).talks
    assert [[s.name for s in t.speakers] for t in talks] == [["Leo Marsh"]]


def test_a_zon_string_with_an_escape_json_does_not_know_is_read_as_written():
    from generator.read.sources import parse_note
    note = parse_note(b'---\n.title = "Zig\\x41 Night",\n.tags = .{ "a\\x42" },\n---\nText.\n', "note.md")
    assert note.front_matter["title"] == "Zig\\x41 Night" and note.front_matter["tags"] == ["a\\x42"]


def test_a_day_closing_a_speakers_heading_is_the_talks_day():
    event = event_of("""
        # Smooth Scrolling at Sea

        ## Mara Quill - @maraq - 24th Feb 2031

        Notes on frames and layers.
        """)
    assert event.date == dt.date(2031, 2, 24)


def test_a_next_meetings_heading_gives_no_day():
    event = event_of("""
        # Smooth Scrolling at Sea

        Notes on frames and layers.

        ## Next meetup - 24th Mar 2031
        """)
    assert event.date is None
