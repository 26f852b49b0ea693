"""Session 31: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import datetime as dt

from generator.normalize.dates import find_date
from note_text import event_of


def _talks(event) -> list[tuple[str, list[str]]]:
    return [(t.title, [s.name for s in t.speakers]) for t in event.talks]


# --- a conference site's programme page: the site's header, a page heading that is only a label, rows without times --

_PROGRAMME_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>
  Programme | GlimmerConf
  </title>
</head>
<body>
<div class="site">
  <header class="site-header">
    <h1 class="site-title"><a href="/"><img class="site-logo" src="/logo.svg" alt=""></a></h1>
    <h2 class="site-subtitle">June 14th &amp; 15th 2031 — Tallinn</h2>
  </header>
  <div class="site-content">
    <article class="page">
      <header class="page-header"><h1 class="page-title">Programme</h1></header>
      <div class="page-content">
        <p>The line-up so far:</p>
        <table>
          <thead><tr><th>09:00 - 11:00</th><th><strong>Morning</strong></th></tr></thead>
          <tbody>
            <tr><td>09:00</td><td>Doors open and coffee</td></tr>
            <tr><td> </td><td>Knitting patterns as a programming language</td></tr>
            <tr><td> </td><td>What the lighthouse keeper knew about queues</td></tr>
            <tr><td>10:40</td><td>Break</td></tr>
          </tbody>
        </table>
        <table>
          <thead><tr><th>11:00 - 12:30</th><th><strong>Late morning</strong></th></tr></thead>
          <tbody>
            <tr><td> </td><td>Teaching a robot to fold towels</td></tr>
            <tr><td> </td><td>Why my synthesiser runs Lisp</td></tr>
            <tr><td>12:30</td><td>Lunch</td></tr>
          </tbody>
        </table>
      </div>
    </article>
  </div>
</div>
</body>
</html>
"""


def test_a_page_titled_as_the_programme_reads_its_rows_without_times_as_talks():
    assert [t for t, _ in _talks(event_of(_PROGRAMME_PAGE, "programme.html"))] == [
        "Knitting patterns as a programming language",
        "What the lighthouse keeper knew about queues",
        "Teaching a robot to fold towels",
        "Why my synthesiser runs Lisp",
    ]


def test_the_same_rows_under_a_title_naming_the_event_stay_unread():
    # (the title alone says whether the text under it is a programme: a page of the event's news is not)
    page = _PROGRAMME_PAGE.replace('class="page-title">Programme<', 'class="page-title">GlimmerConf news<')
    assert _talks(event_of(page, "news.html")) == []


def test_a_page_heading_that_is_only_a_label_takes_the_pages_own_name():
    assert event_of(_PROGRAMME_PAGE, "programme.html").title == "GlimmerConf"


def test_a_page_heading_naming_the_event_is_kept():
    page = _PROGRAMME_PAGE.replace('class="page-title">Programme<', 'class="page-title">GlimmerConf 2031 programme<')
    assert event_of(page, "programme.html").title.startswith("GlimmerConf 2031")


def test_the_sites_header_beside_the_article_gives_the_day():
    assert event_of(_PROGRAMME_PAGE, "programme.html").date == dt.date(2031, 6, 14)


def test_the_sites_header_is_no_heading_of_the_page():
    page = _PROGRAMME_PAGE.replace("<h2 class=\"site-subtitle\">", "<h2 class=\"site-subtitle\">Welcome aboard</h2><h2>")
    event = event_of(page, "programme.html")
    assert event.title == "GlimmerConf" and "Welcome aboard" not in [t for t, _ in _talks(event)]


# --- two days joined by `&` or `and` in English dates: the first day -------------------------------------------------

def test_two_days_joined_by_and_give_the_first():
    assert find_date("June 14th & 15th 2031 — Tallinn") == dt.date(2031, 6, 14)
    assert find_date("June 14 and 15, 2031") == dt.date(2031, 6, 14)
    assert find_date("14th & 15th June 2031") == dt.date(2031, 6, 14)
    assert find_date("between 2 and 3 people came on June 14, 2031") == dt.date(2031, 6, 14)


# --- a one-page event site: a roster of speakers by their part, then a timetable drawn as one-row tables -------------

_ONE_PAGE_SITE = """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>港町Ruby会議07</title></head>
<body>
<h1>港町Ruby会議07</h1>
<section id="about">
  <h2>開催概要 / About</h2>
  <p>日付 2031年5月17日(土)<br>会場 港町市民ホール</p>
</section>
<section id="speakers">
  <h2>登壇者 / Speakers</h2>
  <h3>基調講演 / Keynote</h3>
  <ul><li><a href="https://twitter.com/mira_k">Mira Kovacs @mira_k</a></li></ul>
  <h3>忍者のみなさん / Ninja Talks</h3>
  <ul>
    <li><a href="https://twitter.com/tanpopo">Aoi Tanaka @tanpopo</a></li>
    <li><a href="https://twitter.com/benji_o">Ben Okafor @benji_o</a></li>
  </ul>
</section>
<section id="timetable">
  <h2>タイムテーブル / Time Table</h2>
  <div class="timeline">10:00</div>
  <div class="timeline">11:00</div>
  <div class="timeline">12:00</div>
  <div class="program"><span class="time">10:00 &gt;&gt;</span> <b>Opening</b></div>
  <div class="program"><table><tr>
    <td><span class="time">10:15 &gt;&gt;</span> <b class="program">Ninja Talks</b></td>
    <td><div>
      <span class="speakers_name">Aoi Tanaka</span>Parsing tide tables with Ruby
      (<a href="https://speakerdeck.com/tanpopo/tide-tables">Slides</a>)<br>
      <span class="speakers_name">Ben Okafor</span>A gem for every harbour<br>
    </div></td>
  </tr></table></div>
  <div class="program"><table><tr>
    <td><span class="time">11:20 &gt;&gt;</span> <b class="program">Keynote</b></td>
    <td><span class="speakers_name">Mira Kovacs</span>Ships, bottles and the garbage collector</td>
  </tr></table></div>
  <div class="program"><table><tr>
    <td><span class="time">12:00 &gt;&gt;</span> <b class="program">Lunch Break</b></td>
  </tr></table></div>
</section>
</body>
</html>
"""


def test_a_one_page_sites_timetable_gives_its_talks_and_speakers():
    event = event_of(_ONE_PAGE_SITE, "index.html")
    assert _talks(event) == [
        ("Parsing tide tables with Ruby", ["Aoi Tanaka"]),
        ("A gem for every harbour", ["Ben Okafor"]),
        ("Ships, bottles and the garbage collector", ["Mira Kovacs"]),
    ]
    assert event.talks[0].slides == "https://speakerdeck.com/tanpopo/tide-tables"
    assert event.talks[2].kind == "keynote"


def test_a_roster_of_speakers_by_their_part_gives_no_talks():
    # (the roster alone: its groups name parts of the programme, and their lists name people, no talk)
    page = _ONE_PAGE_SITE.split('<section id="timetable">')[0] + "</body></html>"
    assert _talks(event_of(page, "index.html")) == []


def test_a_heading_over_one_person_outside_a_roster_is_still_a_talk():
    # (only under a speakers' heading is a list of people a roster: elsewhere a talk's heading over its speaker stays)
    text = """
        ---
        title: Harbour.rb 12
        date: 2031-05-17
        ---

        ## Parsing tide tables with Ruby

        - [Aoi Tanaka @tanpopo](https://twitter.com/tanpopo)

        ## A gem for every harbour

        - [Ben Okafor @benji_o](https://twitter.com/benji_o)
    """
    assert _talks(event_of(text)) == [("Parsing tide tables with Ruby", ["Aoi Tanaka"]),
                                      ("A gem for every harbour", ["Ben Okafor"])]


def test_a_speakers_name_set_apart_by_its_class_is_the_byline():
    from generator.normalize.dialects import html_to_markdown

    cell = '<div><span class="speaker-name">Aoi Tanaka</span>Parsing tide tables (<a href="https://speakerdeck.com/a/b">Slides</a>)</div>'
    assert html_to_markdown(cell) == "Parsing tide tables by Aoi Tanaka ([Slides](https://speakerdeck.com/a/b))"
    # (a name with nothing after it, or a class that is no speaker's, is written as it stands)
    assert html_to_markdown('<p><span class="speaker-name">Aoi Tanaka</span></p>') == "Aoi Tanaka"
    assert html_to_markdown('<p><span class="speaker-bio">Aoi</span> writes Ruby</p>') == "Aoi writes Ruby"


def test_a_one_row_table_is_read_as_the_page_lays_it_out():
    from generator.normalize.dialects import html_to_markdown

    row = "<table><tr><td>10:15 Talks</td><td>First talk<br>Second talk</td></tr></table>"
    assert html_to_markdown(row) == "10:15 Talks\n    - First talk\n    - Second talk"
    # (a table of two rows is data: a Markdown table still)
    assert html_to_markdown("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>").startswith("| a | b |")


# --- a reStructuredText follow-up: the same target name for each talk's slides, a sponsors' list after the talks ----

_FOLLOW_UP_RST = """\
Follow-up on Harbour Python 14
##############################

:date: 2031-10-27

Here is a follow-up on Harbour Python 14. Our flash presenters were:

-  Ada Brook: Tidecalc -- reading tide tables from Python
   (`slides`_)
-  Omar Lindqvist: Profiling memory in long-running daemons
   (`slides`_, `example`_)
-  Ines Varga: Plotting buoys -- maps for sailors
   (`slides and examples`_)

Finally, we would like to thank our sponsors for Harbour Python 14:

-  gold: `Harbour University`_
-  bronze: `Quay Books`_ and `Pier Labs`_

.. _slides: https://example.org/hp14/tidecalc.pdf
.. _slides: https://example.org/hp14/memory.odp
.. _example: https://example.org/hp14/memory.py
.. _slides and
   examples: https://example.org/hp14/buoys.zip
.. _Harbour University: https://example.org/uni
.. _Quay Books: https://example.org/quay
.. _Pier Labs: https://example.org/pier
"""


def test_a_target_named_again_for_each_talk_links_each_in_turn():
    event = event_of(_FOLLOW_UP_RST, "follow-up.rst")
    assert [(t.title, t.slides) for t in event.talks[:2]] == [
        ("Tidecalc -- reading tide tables from Python", "https://example.org/hp14/tidecalc.pdf"),
        ("Profiling memory in long-running daemons", "https://example.org/hp14/memory.odp"),
    ]


def test_a_line_naming_the_talks_files_in_words_leaves_the_title():
    assert event_of(_FOLLOW_UP_RST, "follow-up.rst").talks[2].title == "Plotting buoys -- maps for sailors"
    from generator.normalize.titles import clean_talk_title

    assert clean_talk_title("Plotting buoys (slides and examples)") == "Plotting buoys"
    assert clean_talk_title("ブイの地図（資料・動画）") == "ブイの地図"
    assert clean_talk_title("Why (and how) we code") == "Why (and how) we code"


def test_the_sponsors_list_after_the_talks_gives_no_talks():
    assert [(t.title, [s.name for s in t.speakers]) for t in event_of(_FOLLOW_UP_RST, "follow-up.rst").talks] == [
        ("Tidecalc -- reading tide tables from Python", ["Ada Brook"]),
        ("Profiling memory in long-running daemons", ["Omar Lindqvist"]),
        ("Plotting buoys -- maps for sailors", ["Ines Varga"]),
    ]


def test_a_list_of_talks_after_a_line_about_something_else_is_still_read():
    text = _FOLLOW_UP_RST.replace("Our flash presenters were:", "Thanks to everyone who came. Our flash presenters were:")
    assert len(event_of(text, "follow-up.rst").talks) == 3


# --- a conference's schedule page: a day as its heading, an icon's link before each slot's name ----------------------

_SCHEDULE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><title>The schedule | Harbour PHP Day 2031 • Gdańsk, Poland</title></head>
<body>
<section>
  <h1>September 19 th 2031 | The schedule</h1>
  <div class="slot">
    <h3>09:30 - 10:00</h3>
    <h3><a href="https://joind.in/talk/aaaa1"><img src="/img/joindin.png" alt=""></a> WELCOME</h3>
    <p>Some words on the day and the user group.</p>
  </div>
  <div class="slot">
    <h3>10:15 - 11:00</h3>
    <h3><a href="https://joind.in/talk/aaaa2"><img src="/img/joindin.png" alt=""></a> Composer without tears</h3>
    <p>How we keep forty packages in step.</p>
    <p>by <a href="/speakers.html#ola-nowak">Ola Nowak</a></p>
  </div>
  <div class="slot">
    <h3>11:15 - 12:00</h3>
    <h3><a href="https://joind.in/talk/aaaa3"><img src="/img/joindin.png" alt=""></a> Queues at the quay</h3>
    <p>Message queues for people who ship things.</p>
    <p>by <a href="/speakers.html#piotr-lis">Piotr Lis</a></p>
  </div>
  <div class="slot">
    <h3>16:30 - 17:00</h3>
    <h3><a href="https://joind.in/talk/aaaa4"><img src="/img/joindin.png" alt=""></a> LIGHTNING TALKS</h3>
    <p>Five minutes on anything.</p>
    <p>by YOU?!</p>
  </div>
  <div class="slot">
    <h3>17:00 - 17:15</h3>
    <h3><a href="https://joind.in/talk/aaaa5"><img src="/img/joindin.png" alt=""></a> CLOSING WORDS</h3>
    <p>by <a href="/speakers.html#ola-nowak">Ola Nowak</a></p>
  </div>
</section>
</body>
</html>
"""


def test_an_icons_link_opens_no_title_and_the_day_alone_names_no_event():
    event = event_of(_SCHEDULE_PAGE, "schedule.html")
    assert event.title == "Harbour PHP Day 2031"  # (the place after a bullet is the page's, no part of the name: session 34)
    assert event.date == dt.date(2031, 9, 19)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Composer without tears", ["Ola Nowak"]),
        ("Queues at the quay", ["Piotr Lis"]),
    ]


def test_nobody_in_particular_is_no_speaker():
    from generator.normalize import people

    for who in ("YOU?!", "you", "anyone", "誰かさん"):
        assert people.parse_people(who) == (), who


def test_a_grid_cells_bold_title_over_a_break_then_the_speaker():
    text = """
        ---
        title: TimeTable - Harbour Debian Day 2031
        event_date: 2031-12-13 JST
        ---

        ## タイムテーブル

        ### 2031-12-13 (土)

        | 時刻 | 3F 会議室A | 3F 会議室B |
        |:-----:|:-----|:-----|:-----|
        | 10:30-10:45 | **オープニング** | |
        | 10:45-11:30 | **ブイの位置を Debian で追う**<br>港 一郎 | **Packaging tide tools**<br>Ana Pereira |
        | 11:30-13:00 | **昼食** | |
        | 13:00-13:30 | **潮見表とGnuPG**<br>岬 花子 | |
    """
    assert [(t.title, [s.name for s in t.speakers], t.room) for t in event_of(text).talks] == [
        ("ブイの位置を Debian で追う", ["港 一郎"], "3F 会議室A"),
        ("Packaging tide tools", ["Ana Pereira"], "3F 会議室B"),
        ("潮見表とGnuPG", ["岬 花子"], "3F 会議室A"),
    ]


# --- an LT night's page: its place after the day's `@`, in full under a label; the decks of earlier nights ----------

_LT_NIGHT_PAGE = """
    # HARBOUR Lightning Talks

    ITエンジニアの方ならどなたでも参加できます！

    9月6日 (土) 17:00-18:00 @大阪港町

    ## 開催概要

    - 日時: 毎月第1土曜日 17:00-18:00
    - 場所: 株式会社ミナト 関西支店 大阪市港区築港2丁目1番1号 港ビル 5F
    - 費用: 無料

    ### 過去のLT

    [潮見表をつくる](https://speakerdeck.com/minato/tide)

    [ブイのためのWeb API](https://speakerdeck.com/minato/buoy)

    [岸壁から見たGit](https://speakerdeck.com/minato/git)
"""


def test_a_labelled_place_says_in_full_what_the_opening_gave_after_the_days_at():
    assert event_of(_LT_NIGHT_PAGE).venue == "株式会社ミナト 関西支店"


def test_a_place_after_the_days_at_stays_when_no_label_says_more():
    text = _LT_NIGHT_PAGE.replace("- 場所: 株式会社ミナト 関西支店 大阪市港区築港2丁目1番1号 港ビル 5F\n", "")
    assert event_of(text).venue == "大阪港町"


def test_the_decks_of_earlier_nights_are_no_talks_of_this_one():
    assert event_of(_LT_NIGHT_PAGE).talks == ()
    text = _LT_NIGHT_PAGE.replace("### 過去のLT", "### 今回のLT")
    assert [t.title for t in event_of(text).talks] == ["潮見表をつくる", "ブイのためのWeb API", "岸壁から見たGit"]


# --- an announcement saved as text with each line's `<br>`: ■ headings, quoted titles and their speakers -------------

_BR_ANNOUNCEMENT = """                Minato.pm 第7回ミーティング<br>
<br>
本ミーティングでは、Minato.pm有志が、開発の成果について発表をいたします。<br>
<br>
■日時<br>
<br>
2031年6月14日(土) 13:00 ～ 17:00<br>
<br>
■会場<br>
<br>
港町市民学習センター 第二研修室(港ビル 4F)<br>
<br>
■内容<br>
<br>
「最近のPDF生成」  岬一郎<br>
「潮見表をPerlで読む」  浜田花子<br>
「Perlを教える」  なぎさみさき<br>
<br>
■定員<br>
<br>
50名<br>
<br>
■参加費<br>
<br>
無料です。<br>
"""


def test_a_text_saved_with_each_lines_break_reads_as_the_page_showed_it():
    event = event_of(_BR_ANNOUNCEMENT, "7thmeeting.txt")
    assert event.title == "Minato.pm 第7回ミーティング"
    assert event.date == dt.date(2031, 6, 14)
    assert event.venue == "港町市民学習センター 第二研修室(港ビル 4F)"


def test_quoted_titles_each_followed_by_the_speaker_are_the_programme():
    assert _talks(event_of(_BR_ANNOUNCEMENT, "7thmeeting.txt")) == [
        ("最近のPDF生成", ["岬一郎"]), ("潮見表をPerlで読む", ["浜田花子"]), ("Perlを教える", ["なぎさみさき"])]


def test_a_plain_texts_section_mark_before_a_word_is_no_person():
    from generator.normalize import people

    assert not people.looks_like_people("■定員") and not people.looks_like_people("◆会場", strict=False)
    # (a word that is also a given name stays one: `## 大地` over `### Title` names the speaker)
    assert people.looks_like_people("大地") and people.looks_like_people("中島")
    text = """
        ---
        title: 港町.rb #24
        date: 2031-06-07
        ---

        ## 大地

        ### 潮見表をRubyで読む

        ## 小春

        ### ブイのgem
    """
    assert _talks(event_of(text)) == [("潮見表をRubyで読む", ["大地"]), ("ブイのgem", ["小春"])]


# --- a meetup recap: the day and place in a quote, speakers' profile headings over their talks' headings -----------

_PROFILE_HEADINGS = """
    ---
    title: 021_MarchMeetup.md
    date: 2031-03-13T09:00:00Z
    ---

    # OUR TWENTY-FIRST MEETUP

    > Thursday, March 13th, 6:30pm at Quayside Labs offices, Swansea.

    # Speakers
    ## [Rhian Morgan](https://twitter.com/rhianm)
    ### Tides as a Service
    Rhian walked us through the tide API she keeps for the harbour.

    ### Links:
    * [Slides](https://speakerdeck.com/rhianm/tides)

    ## [Owen Price](https://twitter.com/owenp)
    ### GitOps for lighthouses
    Owen showed how the lighthouses update themselves.

    ## Who is this for
    Anyone who likes boats and YAML.

    ## Prizes
    Two books, drawn at the end.
"""


def test_profile_headings_over_their_talks_headings_name_the_speakers():
    event = event_of(_PROFILE_HEADINGS)
    assert _talks(event) == [("Tides as a Service", ["Rhian Morgan"]), ("GitOps for lighthouses", ["Owen Price"])]
    assert event.talks[0].slides == "https://speakerdeck.com/rhianm/tides"


def test_the_day_and_hour_then_at_a_place_give_the_venue():
    assert event_of(_PROFILE_HEADINGS).venue == "Quayside Labs offices, Swansea"
    from generator.normalize.venue import find_venue

    assert find_venue("Join us on May 3, 2031 at 7pm at the usual place") is None  # (no name: no place)


# --- a one-page conference site: its speakers twice (desktop and mobile carousels), a programme table of bylines ---

_CAROUSEL_SITE = """<!DOCTYPE html>
<html lang="en"><head><title>Harbour RubyConf 2031</title></head>
<body>
<h1>Harbour RubyConf 2031</h1>
<p>9th Aug. 2031 Conference</p>
<section id="speakers">
  <h1>Speakers</h1>
  <div id="carousel-desktop" class="carousel slide"><div class="carousel-inner carousel-desktop">
    <h4>Rosa Vidal</h4><p>Rosa has written Ruby since the first tide tables went online, and still keeps them.</p>
    <h4>Tomas Berg</h4><p>Tomas maintains a gem for buoys and another for the ships that read them.</p>
  </div></div>
  <div id="carousel-mobile" class="carousel slide"><div class="carousel-inner carousel-mobile">
    <h4>Rosa Vidal</h4><p>Rosa has written Ruby since the first tide tables went online, and still keeps them.</p>
    <h4>Tomas Berg</h4><p>Tomas maintains a gem for buoys and another for the ships that read them.</p>
  </div></div>
</section>
<section id="workshop-conductors">
  <h1>Workshop conductors</h1>
  <h4>Ivo Marsh</h4><h5>Harbour Architect</h5><p>Ivo runs the yearly workshop on moorings.</p>
</section>
<section id="program">
  <h1>Program</h1>
  <table>
    <tr><th>9th August - Conference talks</th><th></th><th>Harbour Hall</th></tr>
    <tr><td><strong>Tide tables in Ruby</strong> by<br><strong>Rosa Vidal</strong></td><td></td><td></td></tr>
    <tr><td>Tide tables change every day, and so do the ways we read them. In this talk we will see how Ruby copes with the sea.</td><td></td><td></td></tr>
    <tr><td><strong>A gem for every buoy</strong> by<br><strong>Tomas Berg</strong></td><td></td><td></td></tr>
    <tr><td>10th August - Workshops</td><td></td><td></td></tr>
    <tr><td><strong>Moorings, a workshop</strong> by<br><strong>Ivo Marsh</strong></td><td>10 AM to 4 PM</td><td>Venue TBA</td></tr>
  </table>
</section>
</body></html>
"""


def test_a_carousel_shown_again_for_another_screen_is_read_once():
    from generator.normalize.dialects import html_to_markdown

    assert html_to_markdown(_CAROUSEL_SITE).count("#### Rosa Vidal") == 1


def test_a_programme_table_of_bylines_over_abstracts_gives_its_talks():
    event = event_of(_CAROUSEL_SITE, "index.html")
    assert _talks(event) == [("Tide tables in Ruby", ["Rosa Vidal"]), ("A gem for every buoy", ["Tomas Berg"]),
                             ("Moorings, a workshop", ["Ivo Marsh"])]
    assert "how Ruby copes with the sea" in event.talks[0].body  # (the abstract's row is the talk's, no talk)


def test_people_introduced_under_a_roster_heading_are_no_talk():
    from generator.normalize.sections import section_role

    assert section_role("Workshop conductors") == "event" and section_role("講師陣") == "event"
    assert section_role("Invited Talks") == "talk"  # (a group of talks, not of people)


# --- a conference page's session details: each title over its speaker's line, the speaker's card further down ------

_SESSION_DETAILS = """
    ---
    title: PyCon mini 港町 2031
    date: 2031-11-15
    ---

    ## セッション

    #### 潮見表をPythonで読む

    岬 一郎

    潮見表のPDFを読み込んで、港ごとの満潮時刻を出すまでの話をします。

    **岬 一郎**
    港町で漁協のシステムを作っています。

    #### ブイのセンサーから学ぶasyncio

    harbor engineer

    ブイのセンサーを非同期で読む仕組みを紹介します。

    **harbor engineer**
    ハードウェアのエンジニアです。

    ## スタッフ

    | 名前 | X (Twitter) |
    |---|---|
    | 浜田 花子 | [@hamada](https://x.com/hamada) |
    | 波野 次郎 | [@namino](https://x.com/namino) |
"""


def test_a_name_under_the_title_that_opens_a_card_below_is_the_speaker():
    assert _talks(event_of(_SESSION_DETAILS)) == [("潮見表をPythonで読む", ["岬 一郎"]),
                                                 ("ブイのセンサーから学ぶasyncio", ["harbor engineer"])]


def test_a_line_under_the_title_that_no_card_repeats_stays_the_notes():
    text = _SESSION_DETAILS.replace("**harbor engineer**", "**About the speaker**")
    assert _talks(event_of(text))[1] == ("ブイのセンサーから学ぶasyncio", [])


def test_a_speakers_cell_of_linked_avatars_then_names_gives_each_person_once():
    def person(handle: str, name: str) -> str:
        return (f'<li><div class="speaker__icon"><a href="https://twitter.com/{handle}"><img src="{handle}.jpg" '
                f'alt="{name}"></a></div><div class="speaker__name"><a href="https://twitter.com/{handle}">{name}</a>'
                '</div></li>')
    page = f"""<!DOCTYPE html><html lang="ja"><head><title>港町Ruby会議09</title></head><body>
    <h1>港町Ruby会議09</h1><p>2031年6月7日(土)</p>
    <h2>タイムテーブル</h2>
    <table>
      <tr><th>時間</th><th>題目</th><th>登壇者</th></tr>
      <tr><th>10:05 〜 11:05</th><td>Ninja Talks 1</td><td><ul class="speaker">
        {person("minato_1", "岬さん")}{person("nami__", "波野さん")}<li>誰かさん</li></ul></td></tr>
      <tr><th>11:10 〜 11:50</th><td>基調講演</td><td><ul class="speaker">{person("harbor", "Harborさん")}</ul></td></tr>
    </table></body></html>"""
    talks = event_of(page, "index.html").talks
    # (the slot named for a group of talks is a lightning talk each since session 34, its speaker once each)
    assert [[(s.name, s.handle) for s in t.speakers] for t in talks] == [
        [("岬", "minato_1")], [("波野", "nami__")], [("Harbor", "harbor")]]


_CONTENTS_TABLE_THEN_CARDS = """
    ---
    title: Harbor Chain Study#1を開催しました
    date: 2031-06-28
    ---

    6月17日にHarbor Chain Study #1を開催しました

    ## コンテンツ

    内容に動画へのリンクを貼っておりますので、リンクから各内容をご覧いただけます
    | # | 内容 | 登壇者 |
    |:---|:---|:---:|
    | 1 | [Opening](https://youtu.be/abcdefghijk?t=23) | Hamada |
    | 2 | [ブイの台帳をチェーンに](https://youtu.be/abcdefghijk?t=180) | misaki |
    | 3 | [潮位オラクルの作り方](https://youtu.be/abcdefghijk?t=1447) | namino |

    ## 登壇者紹介

    ### Ichiro Misakiさん

    所属: [株式会社ミナト](https://example.org/minato)
    Twitter: [@misaki_i](https://twitter.com/misaki_i)

    ### naminoさん

    所属: [株式会社ハーバー](https://example.org/harbor)
    twitter: [@namino_](https://twitter.com/namino_)
"""


def test_speakers_cards_under_their_roster_give_no_talks_and_the_contents_table_does():
    assert [t for t, _ in _talks(event_of(_CONTENTS_TABLE_THEN_CARDS))] == ["ブイの台帳をチェーンに", "潮位オラクルの作り方"]


def test_only_a_persons_profile_lines_make_a_card():
    from generator.normalize.talks import _only_people
    from generator.normalize.structure import Section

    assert _only_people(Section(3, "Ichiro Misakiさん", 1, ("所属: Acme", "Twitter: [@m](https://twitter.com/m)")))
    assert not _only_people(Section(3, "Ichiro Misakiさん", 1, ("潮位オラクルの作り方の話をしました。",)))


# --- the review's findings on notes these readings were not written for ----------------------------------------------

def test_a_talk_whose_title_opens_with_past_or_previous_is_still_a_talk():
    text = """
        ---
        title: Harbour.rb 20
        date: 2031-05-17
        ---

        ## Past, present and future of Hanami

        Speaker: Jane Doe

        ## これまでのRubyとこれからのRuby

        発表者: 浜田 花子さん
    """
    assert [t for t, _ in _talks(event_of(text))] == ["Past, present and future of Hanami", "これまでのRubyとこれからのRuby"]


def test_a_line_thanking_a_sponsor_before_the_talks_list_leads_the_talks():
    text = """
        ---
        title: Harbour Python 15
        date: 2031-05-17
        ---

        Thanks to Quay Books for sponsoring the pizza. The talks were:

        - Ada Brook: Tidecalc, reading tide tables from Python
        - Omar Lindqvist: Profiling memory in long-running daemons
        - Ines Varga: Plotting buoys on maps
    """
    assert len(event_of(text).talks) == 3


def test_a_bold_first_row_naming_a_talk_and_its_speaker_is_a_talk():
    page = """<!DOCTYPE html><html lang="en"><head><title>Harbour Conf 2031</title></head><body>
    <h1>Harbour Conf 2031</h1><p>June 7, 2031</p><h2>Schedule</h2>
    <table>
    <tr><td>09:30 - 10:30</td><td><strong>Keynote: Ruby at sea, by Mira Solberg</strong></td></tr>
    <tr><td>10:45 - 11:15</td><td>Tide tables in Ruby - Jane Doe</td></tr>
    <tr><td>11:15 - 11:45</td><td>A gem for buoys - Bob Smith</td></tr>
    </table></body></html>"""
    assert _talks(event_of(page, "index.html"))[0] == ("Ruby at sea", ["Mira Solberg"])


def test_a_talks_heading_over_its_speakers_link_under_speakers_is_still_a_talk():
    text = """
        ---
        title: Harbour.js 8
        date: 2031-05-17
        ---

        ## Speakers

        ### Streams without tears

        - [Jane Doe](https://twitter.com/janedoe)

        ### Bundlers, a field guide

        - [Bob Smith](https://twitter.com/bobsmith)
    """
    assert _talks(event_of(text)) == [("Streams without tears", ["Jane Doe"]), ("Bundlers, a field guide", ["Bob Smith"])]


def test_the_next_meetups_venue_does_not_replace_this_ones():
    text = """
        # Harbour.rb 21

        September 6, 2031 19:00 @ Quay Labs, 3rd floor

        ## Talks

        - Tide tables in Ruby by Jane Doe
        - A gem for buoys by Bob Smith

        ## Next meetup

        - Date: October 4, 2031
        - Venue: The Lighthouse Pub
    """
    assert event_of(text).venue == "Quay Labs, 3rd floor"


def test_a_dash_in_a_title_of_a_row_with_an_empty_speaker_cell_stays_in_the_title():
    text = """
        ---
        title: Harbour Conf 2031
        date: 2031-06-07
        ---

        ## Schedule

        | 10:00 | Opening | |
        |---|---|---|
        | 10:30 | Tide tables in Ruby | Jane Doe |
        | 11:30 | A gem for buoys | Bob Smith |
        | 13:00 | Deploying Rails - Capistrano and Kamal | |
    """
    assert ("Deploying Rails - Capistrano and Kamal", []) in _talks(event_of(text))


def test_three_one_row_tables_of_time_title_and_speaker_read_across():
    rows = "".join(f"<table><tr><td>{t}</td><td>{title}</td><td>{who}</td></tr></table>" for t, title, who in (
        ("19:00", "Tide tables in Perl", "Jane Doe"), ("19:20", "A module for buoys", "Bob Smith"),
        ("19:40", "Regexes at sea", "Ana Pereira")))
    page = f"<!DOCTYPE html><html><head><title>Harbour.pm 30</title></head><body><h1>Harbour.pm 30</h1>{rows}</body></html>"
    assert _talks(event_of(page, "index.html")) == [("Tide tables in Perl", ["Jane Doe"]),
                                                    ("A module for buoys", ["Bob Smith"]), ("Regexes at sea", ["Ana Pereira"])]


def test_a_list_of_books_in_quotes_is_no_programme():
    text = """
        ---
        title: 港町.rb #23
        date: 2031-06-07
        ---

        ## 発表

        - 岬 一郎「潮見表をRubyで読む」

        ## 懇親会

        懇親会では本の話で盛り上がりました。

        『リーダブルな潮見表』 Dana Brook
        『プログラマが知るべき潮のこと』 浜田 花子
        『達人の航海術』 Omar Lind
    """
    assert [t for t, _ in _talks(event_of(text))] == ["潮見表をRubyで読む"]


def test_the_next_editions_day_in_the_sites_header_is_not_this_events():
    page = _PROGRAMME_PAGE.replace("June 14th &amp; 15th 2031 — Tallinn", "Next edition: June 14th &amp; 15th 2032")
    assert event_of(page, "programme.html").date is None


def test_a_blogs_name_does_not_replace_a_pages_label_heading():
    page = _PROGRAMME_PAGE.replace("Programme | GlimmerConf", "Programme - Quay Labs Blog")
    assert event_of(page, "programme.html").title != "Programme - Quay Labs Blog"


def test_a_speakers_name_before_an_honorific_is_read_as_written():
    from generator.normalize.dialects import html_to_markdown

    assert html_to_markdown('<li><span class="speaker">岬 一郎</span>さん「潮見表をRubyで読む」</li>') .endswith("岬 一郎さん「潮見表をRubyで読む」")


def test_a_word_in_parentheses_that_is_no_file_stays_in_the_title():
    from generator.normalize.titles import clean_talk_title

    assert clean_talk_title("Show me the (code)") == "Show me the (code)"


def test_cards_that_are_links_wrapping_a_heading_and_a_line_are_read_as_their_blocks():
    cards = "".join(f'<article class="col"><a class="card" href="/conf/day-one/{k}"><h2 class="cardTitle">📄️ {title}</h2>'
                    f'<p class="cardDescription">{line}</p></a></article>' for k, (title, line) in enumerate((
                        ("Tide tables in Rails", "How the harbour's app keeps its tables."),
                        ("A gem for every buoy", "One gem, forty buoys."),
                        ("Accessible by default", "Screen readers at sea."))))
    page = (f'<!DOCTYPE html><html><head><title>Day One | Harbour RailsConf 2031</title></head><body><main>'
            f'<h1>Day One</h1><p>Day 1 of the conference, June 5, 2031.</p><section class="row">{cards}</section></main></body></html>')
    assert [t for t, _ in _talks(event_of(page, "day-one.html"))] == [
        "Tide tables in Rails", "A gem for every buoy", "Accessible by default"]


def test_links_to_the_attendees_reports_are_no_talks():
    text = """
        港LTまつりはライトニングトーク大会である

        [港LT](https://example.org/minato-lt/)

        # 港LT

        ## 港LTまつり#3「潮（タイド）LT」 @Harbor

        2031/05/01 Sun. 15:00-18:00

        ## 開催概要

        - 場所: 株式会社ミナト

        ## レポート

        参加者の感想です

        - [港LTを聴きに行ってきました - 潮の日記](http://tide-diary.tumblr.com/post/1)
        - [港LTに参加してきたよ #港LT - 灯台ブログ](http://lighthouse.hateblo.jp/entry/2031/05/02/1)
        - [#港LT で発表してきた話 - ブイの部屋](http://buoyroom.hatenablog.com/entry/2031/05/03/1)
        - [港LTに参加した - 波のノート](http://wavenote.hatenablog.com/entry/2031/05/03/2)
        - [LTしてきた – 岬の祭](https://capefest.wordpress.com/2031/05/05/1/)

        ## 港LTまつりに参加する

        [港LTに参加する](http://minato-lt.connpass.com/)

        主催: [@minato](https://twitter.com/minato)
    """
    titles = [t for t, _ in _talks(event_of(text))]
    assert not any("してきた" in t for t in titles), titles  # (the attendees' posts about it, no talks)
    from generator.normalize.sections import not_a_programme

    assert not_a_programme("レポート") and not_a_programme("Write-ups") and not not_a_programme("LTレポート大会")


def test_a_grid_made_text_gives_each_talk_the_room_named_over_it():
    text = """
        ---
        title: PyCon mini 港町 2031
        date: 2031-02-28
        ---

        # タイムテーブル

        13:15〜13:45

        講義室B

        [潮見表をPythonで読む](https://example.org/session/misaki/)
        Speaker: 岬 一郎

        講義室A

        [ブイのデータを可視化する](https://example.org/session/hamada/)
        Speaker: 浜田 花子

        13:55〜14:25

        講義室B

        [asyncioで灯台を制御](https://example.org/session/namino/)
        Speaker: 波野 次郎

        講義室A

        [港のためのDjango](https://example.org/session/minato/)
        Speaker: 港 三郎
    """
    assert [(t.title, t.room) for t in event_of(text).talks] == [
        ("潮見表をPythonで読む", "講義室B"), ("ブイのデータを可視化する", "講義室A"),
        ("asyncioで灯台を制御", "講義室B"), ("港のためのDjango", "講義室A")]


def test_a_repeated_question_line_between_listed_talks_is_no_room():
    text = """
        ---
        title: Harbour.py 9
        date: 2031-03-01
        ---

        ## Talks

        Q&A

        - [Tide tables in Python](https://speakerdeck.com/a/tide) by Jane Doe

        Q&A

        - [A gem for buoys](https://speakerdeck.com/b/buoy) by Bob Smith

        Q&A

        - [Regexes at sea](https://speakerdeck.com/c/regex) by Ana Pereira

        Discussion

        - [Lighthouses in Rust](https://speakerdeck.com/d/light) by Omar Lind

        Discussion
    """
    assert [t.room for t in event_of(text).talks] == [None, None, None, None]
