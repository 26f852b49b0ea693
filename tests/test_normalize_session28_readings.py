"""Session 28: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

from note_text import event_of


def _talks(event) -> list[tuple[str, list[str]]]:
    return [(t.title, [s.name for s in t.speakers]) for t in event.talks]


# --- a list of talks, each item closing with its files after a colon -----------------------------------------------

_BEST_OF_LIST = """
    ---
    title: "Our favourite talks from Harborconf"
    date: 2031-03-19
    ---

    We went to Harborconf this year; here is the list we liked most.

    - Boring is a Feature – Simplicity at work (Mara Lind): [Slides](https://harborconf.example/slides/lind.pdf), [Video](https://video.example/lind)
    - Building the Tide web app (Omar Feld): [Slides](https://harborconf.example/slides/feld.pdf), [Video](https://video.example/feld)
    - Inside a Ferry Booking System (Ivo Stern, Lena Park): [Slides](https://harborconf.example/slides/stern.pdf)
    - Hiring Well – interviews that work (Ruth Carr): [Slides](https://harborconf.example/slides/carr.pdf), [Video](https://video.example/carr)
"""


def test_list_items_closing_with_their_files_after_a_colon_are_talks():
    event = event_of(_BEST_OF_LIST)
    assert _talks(event) == [
        ("Boring is a Feature – Simplicity at work", ["Mara Lind"]),
        ("Building the Tide web app", ["Omar Feld"]),
        ("Inside a Ferry Booking System", ["Ivo Stern", "Lena Park"]),
        # (`Hiring Well – …` reads alone as `Name – Title`; the list's habit names the people in parentheses)
        ("Hiring Well – interviews that work", ["Ruth Carr"]),
    ]
    assert event.talks[0].slides == "https://harborconf.example/slides/lind.pdf"


_QUOTED_WITH_AFFILIATION = """
    ---
    title: "Rust evening, May"
    date: 2031-05-16
    ---

    Talks this month:

    - "A Tiny Scheduler" — Clara Weiss (Ferrous Labs) [slides](https://slides.example.com/clara/tiny)
    - "Parsing Without Copies" — Jonas Brand (Zalando) [slides](https://speakerdeck.com/jbrand/parsing) [video](https://www.youtube.com/watch?v=N0mZer0Cop2)
    - "Porting a Game" — Amira Hadd (freelance)
"""


def test_guard_a_closing_affiliation_is_not_the_lists_speaker_column():
    event = event_of(_QUOTED_WITH_AFFILIATION)
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in event.talks] == [
        ("A Tiny Scheduler", [("Clara Weiss", "Ferrous Labs")]),
        ("Parsing Without Copies", [("Jonas Brand", "Zalando")]),
        ("Porting a Game", [("Amira Hadd", "freelance")]),
    ]


# --- headings naming only the slot, over a labelled title ----------------------------------------------------------

_SLOT_HEADINGS = """
    # Day 1

    A summary of the first day of Harbor Ops Days.

    ## Keynote-Speaker

    __Topic__: Teams that feel safe ship better

    __Takeaways__:

    - Failing is allowed
    - Ask for help early

    ## Talk 1

    __Topic__: Reporting on reliability to people who are not engineers

    __Takeaways__:

    - Uptime is not the goal

    ## Talk 2

    __Topic__: From backend to platform work

    __Takeaways__:

    - Draw diagrams while learning

    ## Ignite Talks (each 5 minutes)

    - Ten meetups later - what running a meetup taught me
      - Keep the talks short
      - Ask the crowd what they want
    - Full-stack engineers: a myth?
      - Look for people who want things to work
    - Repositories & Ramblings
      - A lot of YAML out there

    ## Evening Keynote

    __Topic__: Ops is like riding a bike

    - Practice beats theory
"""


def test_a_heading_naming_only_its_slot_takes_the_labelled_title_under_it():
    event = event_of(_SLOT_HEADINGS)
    assert [(t.title, t.kind) for t in event.talks] == [
        ("Teams that feel safe ship better", "keynote"),
        ("Reporting on reliability to people who are not engineers", "talk"),
        ("From backend to platform work", "talk"),
        ("Ten meetups later - what running a meetup taught me", "lightning"),
        ("Full-stack engineers: a myth?", "lightning"),
        ("Repositories & Ramblings", "lightning"),
        ("Ops is like riding a bike", "keynote"),
    ]
    assert "Uptime is not the goal" in event.talks[1].body
    assert "Ask the crowd what they want" in event.talks[3].body


_BOOKMARKS_UNDER_LT = """
    # Harbor Web Day 2031 afterword

    ## Talks

    ### Web standards in one minute each

    @mika talked about how the one-minute format works.

    ## LT

    We ran the LTs one minute each with a horn.

    - How the one-minute format works | mika's blog
      - https://blog.example.com/entries/one-minute.html

    The slides are public too.

    - One minute of web standards - Slides
      - https://docs.example.com/presentation/one-minute

    The horn is this one:

    - Party horn button - Shop
      - https://shop.example.com/horn
"""


def test_guard_pages_listed_with_their_address_under_a_lightning_heading_are_no_talks():
    titles = [t.title for t in event_of(_BOOKMARKS_UNDER_LT).talks]
    assert not any("Shop" in t or "blog" in t for t in titles)


# --- a table whose first column names each group of sessions once ------------------------------------------------

_GROUPED_TABLE = """
    # Coastal R users, all-hands day

    |         Session | Presenters                                  | Talk                                          |
    | --------------: | ------------------------------------------: | --------------------------------------------: |
    |       Workshops | [Nora Vidal](https://twitter.com/noravidal) | Designing charts that communicate             |
    |                 | [Nora Vidal](https://twitter.com/noravidal) | [Welcome](https://allhands.example/)          |
    |      Long Talks | [Alan Dorn](https://twitter.com/alandorn)   | [Shipping Shiny apps](https://slides.example/shiny) |
    |                 | [Qin Song](https://twitter.com/qinsong)     | Analytics in small teams                      |
    | Lightning Talks | [An Bao](https://twitter.com/anbao)         | Exploring ecology data                        |
    |                 | [Wendy Carr](https://twitter.com/wcarr)     | A work schedule with R                        |
"""


def test_a_table_naming_each_group_of_sessions_once_reads_the_talk_column_as_titles():
    event = event_of(_GROUPED_TABLE)
    found = [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks]
    assert ("Designing charts that communicate", ["Nora Vidal"], "discussion") in found
    assert ("Analytics in small teams", ["Qin Song"], "talk") in found
    assert ("Exploring ecology data", ["An Bao"], "lightning") in found
    assert ("A work schedule with R", ["Wendy Carr"], "lightning") in found
    assert not any(title in ("Workshops", "Long Talks", "Lightning Talks") for title, _, _ in found)


_KIND_AND_WHO_COLUMN = """
    # Harbor.pm #3

    | 時間         | 内容               | トーク内容                   |
    |:-------------|:-------------------|:-----------------------------|
    | 19:00〜19:30 | 参加者受付         | -                            |
    | 19:40〜20:00 | Talk: kaede        | 頼れるORMの構想              |
    | 20:00〜20:20 | Talk: tomo_k       | APIのテストの話              |
    | 20:20〜20:30 | 休憩               | -                            |
    | 20:30〜20:35 | LT: mizuho         | 渋い脇役としてのPerl         |
"""


def test_guard_a_column_naming_kind_and_speaker_on_every_row_stays_the_speakers():
    found = [(t.title, [s.name for s in t.speakers]) for t in event_of(_KIND_AND_WHO_COLUMN).talks]
    assert found == [("頼れるORMの構想", ["kaede"]), ("APIのテストの話", ["tomo_k"]), ("渋い脇役としてのPerl", ["mizuho"])]


# --- Latin given names settle what a name's shape cannot ---------------------------------------------------------

def test_guard_two_full_names_after_a_comma_are_two_people_whatever_the_given_names_know():
    from generator.normalize import people
    # (`Jez` is missing from the given names: no evidence that `Jez Humble` is where Martin Fowler works)
    assert [s.name for s in people.parse_people("Martin Fowler, Jez Humble")] == ["Martin Fowler", "Jez Humble"]
    assert [s.name for s in people.parse_people("Jane Doe, John Roe")] == ["Jane Doe", "John Roe"]


def test_with_names_a_speaker_only_when_the_words_after_it_name_someone():
    from generator.normalize import bylines
    assert bylines.split_title_speaker("Enabling teams with Value Stream Management", strict=True) == (
        "Enabling teams with Value Stream Management", ())
    title, speakers = bylines.split_title_speaker("Data pipelines with Jane Doe", strict=True)
    assert (title, [s.name for s in speakers]) == ("Data pipelines", ["Jane Doe"])


_NAME_DASH_TITLE_ITEMS = """
    ---
    title: "Web Pro meetup, February"
    date: 2031-02-19
    ---

    The Harbor web group meets monthly to show projects and share practices.

    ### TALKS THIS MONTH
    * Aaron Pell - Let's talk about CSS  
    * Mariano Cresta - Digital Effin Strategy  
    <!--more-->

    Our first meeting was in January at the lab. This month we meet at the studio.

    **MAIN PRESENTATION**  
    Let's talk about CSS _|  Presentation by [Aaron Pell](http://twitter.com/aaronpell)_  

    Preprocessors scare many front-end developers; Aaron covers the basics.

    **THUNDER TALK**  
    Digital Effin Strategy _|  Presentation by [Mariano Cresta](https://twitter.com/mcresta)_  

    We are people who plan how technology is used.

    ### VENUE & MEETUP INFO
    - LOCATION: [Harbor Studio](https://harbor.example/contact), 12 Cove Street
"""


def test_guard_after_a_dash_a_part_naming_no_one_is_still_the_title():
    event = event_of(_NAME_DASH_TITLE_ITEMS)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Let's talk about CSS", ["Aaron Pell"]), ("Digital Effin Strategy", ["Mariano Cresta"])]


# --- a heading that is the speaker's labelled line ----------------------------------------------------------------

_SPEAKER_HEADINGS = """
    # 2031 Lightning Talks Speaker Info

    ## Speaker: Bea Hart (@beahart)

    <dl>
      <dt>Talk Title</dt>
      <dd>
        The Coffee Effect
      </dd>
      <dt>Bio</dt>
      <dd>
        Bea runs the community.
      </dd>
    </dl>

    ## Speaker: Jon Berg

    <dl>
      <dt>Talk Title</dt>
      <dd>
        Forms over WebRTC
      </dd>
    </dl>

    ## INTERMISSION

    ## Speaker: Ada Ott

    <dl>
      <dt>Talk Title</dt>
      <dd>
        Markdown Tricks
      </dd>
    </dl>
"""


def test_a_heading_that_is_the_speakers_labelled_line_names_them_over_the_labelled_title():
    event = event_of(_SPEAKER_HEADINGS)
    assert [(t.title, [(s.name, s.handle) for s in t.speakers]) for t in event.talks] == [
        ("The Coffee Effect", [("Bea Hart", "beahart")]),
        ("Forms over WebRTC", [("Jon Berg", None)]),
        ("Markdown Tricks", [("Ada Ott", None)]),
    ]


# --- `Name - Title` lines, each over its recording's embed --------------------------------------------------------

_SLOTS_WITH_EMBEDS = """
    ---
    title: Harbor R conference videos
    ---

    ## 1:25-1:40
    Mara Lind  - Charting step counts with ggplot
    <iframe width="560" height="475" src="https://lectures.example.edu/ess/echo/presentation/f419e29f?embed=true"></iframe>

    Omar Feld - Open knowledge with public APIs
    <iframe width="560" height="475" src="https://lectures.example.edu/ess/echo/presentation/97578b4e?embed=true"></iframe>

    ## 1:40-1:55
    Ivo Stern - Error handling and logging
    <iframe width="560" height="475" src="https://lectures.example.edu/ess/echo/presentation/44c63c92?embed=true"></iframe>

    Lena Park - Ensembles in R
    <iframe width="560" height="475" src="https://lectures.example.edu/ess/echo/presentation/3b49e578?embed=true"></iframe>
"""


def test_name_dash_title_lines_each_over_an_embed_are_talks():
    event = event_of(_SLOTS_WITH_EMBEDS)
    assert _talks(event) == [
        ("Charting step counts with ggplot", ["Mara Lind"]),
        ("Open knowledge with public APIs", ["Omar Feld"]),
        ("Error handling and logging", ["Ivo Stern"]),
        ("Ensembles in R", ["Lena Park"]),
    ]
    assert "f419e29f" in event.talks[0].body and "97578b4e" not in event.talks[0].body


# --- an event page: facts labelled over their values, and a catalogue table of sessions -------------------------

_DEVCON_PAGE = """
    ---
    title: "Harbor DevCon 2031 Tokyo"
    date: 2031-09-24
    ---

    <p>9 月初旬に開催の Harbor DevCon を受けて、東京でも開催します。</p>
    <div id="section1">
    <p><strong>日時/場所：</strong></p>
    <p style="padding-left: 40px;"><strong>東京 10月31日（金）10:00～17:00、11月1日（土）10:00～17:00</strong></p>
    <p style="padding-left: 40px;"><a href="https://example.com/map.pdf">ハーバー東京本社 セミナールーム</a> （定員100 名）</p>
    <p><strong>参加費：</strong></p>
    <p style="padding-left: 40px;">無料（事前登録制）</p>
    </div>
    <p><strong>セッション カタログ：</strong></p>
    <table>
    <tr><td><strong>セッション名</strong></td><td><strong>概要</strong></td></tr>
    <tr><td><strong>ジェネラル セッション – Day 1</strong></td><td>プラットフォームのビジョンをお話します。 / - Ken Ohara、Mia Sato</td></tr>
    <tr><td><strong>ジェネラル セッション – Day 2</strong></td><td>AI の取り組みについてお話します。 / - Mia Sato</td></tr>
    <tr><td><strong>SDK 開発 再入門</strong></td><td>カスタム開発の方法を解説します。 - Taro Kato</td></tr>
    <tr><td><strong>データモデルの概要</strong></td><td>新しいデータモデルを紹介します。</td></tr>
    </table>
"""


def test_facts_labelled_over_their_values_and_a_catalogue_of_sessions():
    import datetime as dt
    event = event_of(_DEVCON_PAGE)
    # `日時/場所：` over the day and the place: the day's weekday (金) places it in the post's year, though it is
    # more than a month after the post
    assert event.date == dt.date(2031, 10, 31)
    assert event.venue == "ハーバー東京本社 セミナールーム"
    assert _talks(event) == [
        ("ジェネラル セッション – Day 1", ["Ken Ohara", "Mia Sato"]),
        ("ジェネラル セッション – Day 2", ["Mia Sato"]),  # (numbered apart from Day 1: another talk)
        ("SDK 開発 再入門", ["Taro Kato"]),
        ("データモデルの概要", []),
    ]


def test_titles_numbered_apart_are_two_talks():
    from generator.normalize import reconcile
    assert not reconcile.same_title("General Session – Day 1", "General Session – Day 2")
    assert reconcile.same_title("General Session – Day 1", "General session - day 1")


def test_guard_a_reported_day_keeps_the_year_its_tense_places():
    import datetime as dt
    from generator.normalize import dates
    posted = dt.date(2016, 9, 3)
    # (no tense: the weekday says the year; past tense: the day is last year's, the weekday a slip)
    assert dates.find_month_day("東京 10月15日（土）10:00～17:00", posted) == dt.date(2016, 10, 15)
    assert dates.find_month_day("10月15日(土)に定例会を開催しました。", posted) == dt.date(2015, 10, 15)


# --- a table copied without its header ----------------------------------------------------------------------------

_HEADERLESS_TABLE = """
    ---
    title: "Proof tools working group, Harbor 2031"
    ---

    **Thursday 25 September:**

    |09:30-10:00|welcome coffee|
    |10:00-10:45|[Encoding proofs in a checker](anne.pdf), Anne Gris|
    |10:45-11:30|[Certifying solver proofs](mel.pdf), Mel Tapp|
    |11:30-13:00|lunch|
    |13:00-13:45|Dependent types modulo theories, Bruno Bart|
    |13:45-14:15|[Ghost types](theo.pdf), Theo Wint|
    |14:15-14:45|Graphical category proofs, Luc Chab|
    |14:45-15:30|discussion session|
    |14:45-16:00|work session in small groups|
"""


def test_a_table_without_header_or_rule_is_read_as_a_programme():
    assert _talks(event_of(_HEADERLESS_TABLE)) == [
        ("Encoding proofs in a checker", ["Anne Gris"]),
        ("Certifying solver proofs", ["Mel Tapp"]),
        ("Dependent types modulo theories", ["Bruno Bart"]),
        ("Ghost types", ["Theo Wint"]),
        ("Graphical category proofs", ["Luc Chab"]),
    ]


_ONE_DASH_RULE = """
    # Harbor Web Day 2031

    |時間|題名|発表者|
    |-|-|-|
    | 1300-1340 | 組織で運用されるデザインシステム | [kaede](https://twitter.com/kaede) |
    | 1400-1430 | 疎通 2031 | [tomo](https://twitter.com/tomo) |
    | 1600-1640 | ブラウザバック体験の改善 | [mizu](https://twitter.com/mizu) |
"""


def test_guard_a_rule_of_single_dashes_keeps_its_header():
    titles = [t.title for t in event_of(_ONE_DASH_RULE).talks]
    assert titles == ["組織で運用されるデザインシステム", "疎通 2031", "ブラウザバック体験の改善"]


# --- one talk read twice: the list of talks heard, then each talk's heading ---------------------------------------

_LISTED_THEN_HEADED = """
    # Harbor Web Conference 2031 参加レポート

    ## 参加したセッション

    |時間|題名|発表者|資料|
    |-|-|-|-|
    | 1300-1340 | デザインシステムを組織で運用する by kaede | [kaede](https://twitter.com/kaede) | [資料](https://speakerdeck.com/kaede/design-system) |
    | 1400-1430 | 疎通 2031 by tomo | [tomo](https://twitter.com/tomo) | TODO |

    ## 1. デザインシステムを組織で運用する by kaede

    ### 1. メモ

    コンポーネントの棚卸しから始めたそうです。

    ## 2. 疎通 2031 by tomo

    ### 2. メモ

    ローカル環境の話。
"""


def test_a_talk_listed_and_then_headed_is_one_talk_with_both_readings_fields():
    event = event_of(_LISTED_THEN_HEADED)
    assert _talks(event) == [("デザインシステムを組織で運用する", ["kaede"]), ("疎通 2031", ["tomo"])]
    assert event.talks[0].slides == "https://speakerdeck.com/kaede/design-system"
    assert "棚卸し" in event.talks[0].body


def test_guard_titles_only_alike_are_two_talks_of_one_reading():
    from generator.core.model import Talk
    from generator.normalize import reconcile
    found = [Talk(title="WebRTC SFU Sora 説明"), Talk(title="WebRTC SFU Sora SDK 説明"), Talk(title="Sora 入門")]
    assert [t.title for t in reconcile.merged_repeats(found)] == ["WebRTC SFU Sora 説明", "WebRTC SFU Sora SDK 説明", "Sora 入門"]


_UNFILLED_SLOTS = """
    # Harbor Engineers Day 2031

    | 時間 | タイトル | 登壇者 | 備考 |
    |---|---|---|---|
    | 10:00 - 10:10 | 港のインフラの話 | 佐伯 由紀 | 招待セッション |
    | 10:10 - 10:20 | 未定 | 未定 | 公募セッション |
    | 10:20 - 10:30 | 未定 | 未定 | 公募セッション |
    | 10:30 - 10:40 | 型の話 | 森 健一 | 公募セッション |
"""


def test_a_slot_whose_title_and_speaker_are_not_known_yet_is_no_talk():
    from generator.normalize import people
    assert people.parse_people("未定") == ()
    assert _talks(event_of(_UNFILLED_SLOTS)) == [("港のインフラの話", ["佐伯 由紀"]), ("型の話", ["森 健一"])]


_DAY_WITH_EVERYONES_SLOTS = """
    # Harbor Data Meetup #36

    |時間|内容|スピーカー|
    |:-----:|:-----:|:-----:|
    |08:55|開場||
    |09:00-09:20|Harbor Data について|主催者|
    |09:20-09:30|自己紹介|全員|
    |10:00-10:45|画像処理をとことん 前半|kaede_h|
    |10:45-11:00|休憩||
    |11:00-11:50|画像処理をとことん 後半|kaede_h|
    |11:50-12:00|次回について|全員|
"""


def test_slots_of_everyone_are_no_talks_and_halves_are_two():
    found = _talks(event_of(_DAY_WITH_EVERYONES_SLOTS))
    assert ("画像処理をとことん 前半", ["kaede_h"]) in found and ("画像処理をとことん 後半", ["kaede_h"]) in found
    assert not any(title in ("自己紹介", "次回について") for title, _ in found)
    assert not any(speakers for title, speakers in found if title == "Harbor Data について")  # (主催者: no one person)


# --- a grid with a column per day -----------------------------------------------------------------------------------

_DAY_GRID = """
    <h1>Conference Agenda</h1>
    <table>
    <tr><td><b>Time</b></td><td><b>Monday / July 31</b></td><td><b>Tuesday / Aug 1</b></td></tr>
    <tr><td>8:30</td><td>Breakfast</td><td>Breakfast</td></tr>
    <tr><td>9:00</td><td>KeyNote: Ada Berg - Queries in the Language</td><td>Gil Brand - Dynamic Languages on a VM</td></tr>
    <tr><td><b>11:00</b></td><td>Break</td><td>Break</td></tr>
    <tr><td><b>11:30</b></td><td>P1 - Chris Dill - Cat: A Functional Framework</td><td>P5 - James Lapp - Modeling Hardware</td></tr>
    <tr><td><b>2:00</b></td><td>Lunch</td><td>Nina Roe - Widget Gadgets</td></tr>
    </table>
"""


def test_a_grid_with_a_column_per_day_reads_each_cell_as_a_talk():
    event = event_of(_DAY_GRID)
    assert [(t.title, [s.name for s in t.speakers], t.room, t.kind) for t in event.talks] == [
        ("Queries in the Language", ["Ada Berg"], None, "keynote"),
        ("Dynamic Languages on a VM", ["Gil Brand"], None, "talk"),
        ("Cat: A Functional Framework", ["Chris Dill"], None, "talk"),
        ("Modeling Hardware", ["James Lapp"], None, "talk"),
        ("Widget Gadgets", ["Nina Roe"], None, "talk"),
    ]


# --- a page's programme: its own files linked in brackets, titles that read like names ----------------------------

def test_a_page_keeps_its_links_to_its_own_files_without_the_brackets_drawn_round_them():
    from generator.normalize import dialects
    html = ('<div><strong><a href="/program/#cd">Continuous Delivery - Jez Hum</a></strong> '
            '[<a href="/uploads/2031/cd.pdf">PDF</a>|<a href="/uploads/2031/cd.odp">ODP</a>] '
            '<a href="/speakers/#jez">profile</a></div>\n')
    body = dialects.read(html, ".md").body
    assert "[PDF](/uploads/2031/cd.pdf)|[ODP](/uploads/2031/cd.odp)" in body
    assert "](/speakers/" not in body and "](/program/" not in body  # (a page's own pages: their text only)


def test_guard_the_given_names_never_turn_a_list_of_name_dash_title():
    from generator.normalize import bylines
    # (`Deep` is a given name and `Jez` is not: the list's habit is read from the shapes alone)
    texts = ["Jez Humble - Deep Learning", "Chukwuemeka Obi - Spring Boot", "Zhamak Dehghani - Why data mesh matters"]
    assert bylines.names_first(texts) is not None


_PROGRAMME_PAGE = """
    <p>A small conference about the joy of code, in Harbor this May!</p>
    <h2>Programme</h2>
    <p>Here is the programme (TBC):</p>
    <table>
    <tr><td>09:00 - 11:15</td><td><strong>Arrival</strong></td></tr>
    <tr><td>09:00</td><td>Open Doors, registration and coffee</td></tr>
    <tr><td>10:50</td><td>Break</td></tr>
    </table>
    <table>
    <tr><td>11:15 - 13:15</td><td><strong>Block 1</strong></td></tr>
    <tr><td></td><td>Scores as code</td></tr>
    <tr><td></td><td>A shell that shouts</td></tr>
    <tr><td>12:00</td><td>Lunch</td></tr>
    </table>
    <table>
    <tr><td>13:15 - 14:15</td><td><strong>Block 2</strong></td></tr>
    <tr><td></td><td>Lo-fi augmented reality</td></tr>
    <tr><td></td><td>An introduction to APL</td></tr>
    </table>
"""


def test_a_programmes_tables_after_a_first_table_of_breaks_and_blocks_named_by_number():
    event = event_of(_PROGRAMME_PAGE)
    assert [t.title for t in event.talks] == [
        "Scores as code", "A shell that shouts", "Lo-fi augmented reality", "An introduction to APL"]


# --- bylines the page writes after the title ------------------------------------------------------------------------

_HONORIFIC_AFTER_HEADING = """
    <p>WEB+DB 主催の Tech Meeting に行ってきました。以下、ざっとメモです。</p>
    <h3>JavaScript の小技 天野さん</h3>
    <ul><li>JSでできること、できないこと</li></ul>
    <h3>SIビジネスに未来はあるか！？ 羽生さん</h3>
    <ul><li>受託の話</li></ul>
    <h3>Alpha Geekに逢いたい［LIVE］ 小飼さん、伊藤さん</h3>
    <ul><li>対談</li></ul>
    <h3>スポンサーの 各社様</h3>
    <ul><li>ありがとうございました</li></ul>
"""


def test_a_heading_closing_with_names_and_their_honorifics_names_its_speakers():
    found = _talks(event_of(_HONORIFIC_AFTER_HEADING))
    assert found[:3] == [("JavaScript の小技", ["天野"]), ("SIビジネスに未来はあるか！？", ["羽生"]),
                         ("Alpha Geekに逢いたい［LIVE］", ["小飼", "伊藤"])]
    assert not any(speakers == ["各社"] for _, speakers in found)  # (the sponsors, every one of them: no person)


_QUOTED_TITLE_THEN_HANDLE = """
    # 港Ruby会議01

    ## Lightning Talks 3

    ### 「RubyKaigiの話」@kakutani

    発表者: @kakutani

    RubyKaigi の歴史の話。

    ### 「るびまの話」@gunji

    発表者: @gunji

    るびまの歴史の話。
"""


def test_a_quoted_title_loses_the_handle_after_it_when_that_is_its_speaker():
    assert _talks(event_of(_QUOTED_TITLE_THEN_HANDLE)) == [("RubyKaigiの話", ["kakutani"]), ("るびまの話", ["gunji"])]


_LINKS_NAMING_TALK_AND_SPEAKER = """
    ---
    title: Harbor Loop 2031 talk highlights
    ---

    Here are the talks I recommend:

    - [The Hard Parts of Open Source, Evan Czap](https://www.youtube.com/watch?v=aaaaaaaaaaa)
    - [Git from the Ground Up, Safia Abd](https://www.youtube.com/watch?v=bbbbbbbbbbb)
    - [Algorithms for DNA Storage, Ruth Nach](https://www.youtube.com/watch?v=ccccccccccc)

    #### Other resources

    - [How I gave my first LT - Kenji's diary](http://kenji.example.jp/entry/2031/04/16/first-lt)
    - [Tweets of the day #harborloop - Togetter](http://togetter.com/li/488494)
"""


def test_links_to_recordings_naming_talk_and_speaker_after_a_comma():
    found = _talks(event_of(_LINKS_NAMING_TALK_AND_SPEAKER))
    assert found == [("The Hard Parts of Open Source", ["Evan Czap"]), ("Git from the Ground Up", ["Safia Abd"]),
                     ("Algorithms for DNA Storage", ["Ruth Nach"])]


def test_guard_a_given_name_after_by_and_a_family_name_is_read_whole_by_by():
    from generator.normalize import bylines
    assert bylines.heading_tail("Yahoo!地図の技術刷新への挑戦 by 一円 真治さん")[1] != "真治さん"


def test_a_front_matter_value_tagged_binary_reads_as_the_text_it_encodes():
    event = event_of("""
        ---
        layout: !binary |-
          cG9zdA==
        title: ! 'MySQL Casual Talks #2で発表しました'
        author: !binary |-
          dGFzdWt1
        date: 2011-08-10 10:45:06.000000000 +09:00
        ---
        MySQL Casual Talks #2 で「超カジュアルに使うMySQL」という発表をしました。
        """)
    assert event.title.startswith("MySQL Casual Talks #2")
    from generator.read.sources import parse_note
    note = parse_note(b"---\nauthor: !binary |-\n  dGFzdWt1\ntitle: x\n---\nbody\n", "n.md")
    assert note.front_matter["author"] == "tasuku"


# --- guards from the session's review: each rule above kept to the shape it reads ----------------------------------

def test_guard_talks_sharing_a_generic_title_stay_apart():
    found = event_of("""
        ---
        title: Kotlin 反省会
        date: 2031-06-10
        ---
        ## Lightning Talk

        [スライド](https://speakerdeck.com/a/one)

        Flowの話。

        ## Lightning Talk

        [スライド](https://speakerdeck.com/b/two)

        Composeの話。
        """).talks
    assert [t.slides for t in found] == ["https://speakerdeck.com/a/one", "https://speakerdeck.com/b/two"]


def test_guard_a_number_only_one_title_writes_still_matches():
    from generator.normalize import reconcile
    assert reconcile.same_title("What's new in Go", "What's new in Go 1.21")
    assert not reconcile.same_title("Part 1: Types", "Part 2: Types")


def test_guard_a_weekday_slip_near_the_post_keeps_the_year():
    import datetime as dt
    from generator.normalize import dates
    # (posted 10 April 2031: `4月1日（月）` is this year's, its weekday a slip, never next year's first of April)
    assert dates.find_month_day("4月1日（月）の勉強会のメモです。", dt.date(2031, 4, 10)) == dt.date(2031, 4, 1)


def test_guard_rows_without_a_rule_read_their_header_and_need_times():
    timed = event_of("""
        ---
        title: Python Meetup
        date: 2031-08-10
        ---
        ## Timetable

        |Time|Title|Speaker|
        |19:00|Type hints in practice|Jane Doe|
        |19:30|Async IO deep dive|John Smith|
        |20:00|Packaging with uv|Ann Lee|
        """)
    assert _talks(timed) == [("Type hints in practice", ["Jane Doe"]), ("Async IO deep dive", ["John Smith"]),
                             ("Packaging with uv", ["Ann Lee"])]
    thanks = event_of("""
        ---
        title: PyCon mini Harbor
        date: 2031-08-10
        ---
        Thanks to the people who made it happen:

        |Jane Doe|Venue and catering|
        |John Smith|Live streaming setup|
        |Ann Lee|Photography and recording|
        """)
    assert not thanks.talks


def test_guard_a_room_cell_and_a_description_column_are_neither_speaker_nor_title():
    rooms = event_of("""
        ---
        title: Cloud Day
        date: 2031-08-10
        ---
        ## Sessions

        | Time | Room | Talk |
        | --- | --- | --- |
        | 10:00 | 3F - Main Hall | Kubernetes in production |
        | 11:00 | 2F - Conference Room | Observability in practice |
        """)
    assert all(not t.speakers for t in rooms.talks)
    described = event_of("""
        ---
        title: Data Meetup
        date: 2031-08-10
        ---
        ## Programme

        | Time | Talk | Speaker | Description |
        | --- | --- | --- | --- |
        | 18:30 | | | Doors open, pizza |
        | 19:00 | Data mesh in practice | Jane Doe | How we split our warehouse |
        | 19:30 | | | Break |
        | 19:45 | Streaming with Flink | John Smith | Exactly-once in real life |
        """)
    assert _talks(described) == [("Data mesh in practice", ["Jane Doe"]), ("Streaming with Flink", ["John Smith"])]


def test_guard_a_company_or_a_thing_with_an_honorific_is_no_speaker_and_from_keeps_a_full_name():
    found = _talks(event_of("""
        ---
        title: 第10回 Swift勉強会
        date: 2031-08-10
        ---
        ## SwiftUIの状態管理 天野さん

        @Observableの話。

        ## 会場提供 ヤフーさん

        いつもありがとうございます。

        ## 差し入れ ピザさん

        美味しかった。

        ## 現地レポート from RubyKaigi 山田 太郎 氏

        松山の話。
        """))
    assert found[0] == ("SwiftUIの状態管理", ["天野"])
    assert not any(speakers in (["ヤフー"], ["ピザ"]) for _, speakers in found)
    assert ("現地レポート from RubyKaigi", ["山田 太郎"]) in found


def test_guard_the_writers_review_under_a_lightning_heading_is_no_talk():
    event = event_of("""
        ---
        title: 第4回 Flutter LT会
        date: 2031-08-10
        ---
        ## LT大会

        - 良かった点
          - どの発表も面白かった
        - 改善点
          - 時間が押してしまった

        ## まとめ

        楽しかった。
        """)
    assert not event.talks


def test_guard_a_title_opening_with_open_door_is_no_break():
    from generator.normalize import timetable
    assert not timetable.is_break("Open Door Policy for Engineering Managers")
    assert timetable.is_break("Open Doors, registration and coffee")


def test_guard_a_pages_bracketed_file_links_inside_a_list_item():
    event = event_of("""
        <h2>Talks</h2>
        <ul>
        <li>Intro to Impress (Jane Doe) [<a href="/uploads/impress.pdf">PDF</a>|<a href="/uploads/impress.odp">ODP</a>]</li>
        <li>Writing extensions in Python (John Smith) [<a href="/uploads/ext.pdf">PDF</a>]</li>
        <li>Calc macros (Ann Lee) [<a href="/uploads/calc.pdf">PDF</a>]</li>
        </ul>
        """, name="page.html")
    assert _talks(event) == [("Intro to Impress", ["Jane Doe"]), ("Writing extensions in Python", ["John Smith"]),
                             ("Calc macros", ["Ann Lee"])]
    assert [t.slides for t in event.talks] == ["/uploads/impress.pdf", "/uploads/ext.pdf", "/uploads/calc.pdf"]


def test_guard_a_labelled_value_may_hold_a_colon():
    event = event_of("""
        ---
        title: 第3回 港AWS勉強会
        date: 2031-09-24
        ---
        **日時/場所：**

        10/31(金) 19:00〜21:00

        港オフィス セミナールーム（定員100 名）
        """)
    assert event.venue == "港オフィス セミナールーム"


# --- two more front-matter families ---------------------------------------------------------------------------------

def test_cryogens_edn_front_matter_is_read_as_front_matter():
    event = event_of("""
        {:title "Harbor/north Talks"
         :layout :post
         :tags ["clojure" "conference"]
         :toc false}

        ## Keynote - by Jane Doe

        Notes.
        """)
    assert event.title == "Harbor/north Talks"
    assert list(event.tags) == ["clojure", "conference"]
    # (a brace that never closes is the note's text, no front matter and no error)
    assert event_of('{:title "Unclosed\n\nbody\n').title


def test_an_unfenced_header_titled_by_a_sites_own_key():
    import datetime as dt
    event = event_of("""
        meeting_title: "Short Talks on Tools"
        meeting_date: 2031-03-10

        #### Vim tricks by [Jane Doe](https://example.com/jane)

        Notes.
        """, name="2031-03.markdown")
    assert event.title == "Short Talks on Tools" and event.date == dt.date(2031, 3, 10)
