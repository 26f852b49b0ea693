"""Session 32: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

from note_text import event_of


def _people(event) -> list[tuple[str, list[tuple[str, str | None, str | None]]]]:
    return [(t.title, [(s.name, s.handle, s.affiliation) for s in t.speakers]) for t in event.talks]


# --- an announcement's timetable: each slot's time over the talk's labelled fields --------------------------------

_SLOTS_OF_FIELDS = """\
---
title: "2031年5月イベント：工作報告会"
date: 2031-04-02 00:00:00 +0900
---
# タイムテーブル
- 19:00 - 19:30
    - 講演者： @kiri_maru/LatticeWorks
    - タイトル：[手巻きコイルで作る発振器](https://example.org/coil)の報告
    - 内容： -
- 19:30 - 20:00
    - 講演者： @hoshizora#4821
    - タイトル：展示会めぐりの記録
    - 内容：
- 20:00 - 20:30
    - 講演者： Mina Aoyagi/新人
    - タイトル：基板を初めて起こしてみた
    - 内容：小さな基板を一枚発注するまでの試行錯誤を紹介します。部品の選び方から発注の手順まで。
- 20:30 - 21:00
    - 講演者： 佐伯 陽/展示会実行委員＆湊工業大学准教授
    - タイトル：自作チップを載せた気球の観測報告
    - 内容：
"""


def test_a_slots_labelled_fields_are_one_talk():
    assert _people(event_of(_SLOTS_OF_FIELDS)) == [
        ("手巻きコイルで作る発振器の報告", [("kiri_maru", "kiri_maru", "LatticeWorks")]),
        ("展示会めぐりの記録", [("hoshizora", "hoshizora", None)]),
        ("基板を初めて起こしてみた", [("Mina Aoyagi", None, "新人")]),
        ("自作チップを載せた気球の観測報告", [("佐伯 陽", None, "展示会実行委員, 湊工業大学准教授")]),
    ]


def test_a_slots_fields_keep_the_talks_abstract_in_its_notes():
    talk = event_of(_SLOTS_OF_FIELDS).talks[2]
    assert "部品の選び方" in talk.body


def test_a_slot_of_two_talks_is_not_read_as_one_talks_fields():
    # (two titles in one slot: each line its own talk, as before)
    note = """\
    # Programme
    - 19:00 - 19:30
        - Title: Knots for sailors
        - Title: Knots for climbers
    - 19:30 - 20:00
        - Speaker: Jane Roe
    - 20:00 - 20:30
        - Speaker: John Poe
    """
    assert [t.title for t in event_of(note).talks] != ["Knots for sailors"]


def test_two_handles_after_a_slash_are_two_people():
    note = """\
    # Programme
    - 19:00 - 19:30
        - Speaker: @kiri_maru/@hoshizora
        - Title: Two of us built a radio
    - 19:30 - 20:00
        - Speaker: Jane Roe
        - Title: Another radio
    - 20:00 - 20:30
        - Speaker: John Poe
        - Title: A third radio
    """
    assert [s.handle for s in event_of(note).talks[0].speakers] == ["kiri_maru", "hoshizora"]


# --- a regional conference's report: `「Title」 from Name ([@h](profile))` headings -----------------------------

_QUOTED_FROM = """\
# 港 Ruby 会議 02 レポート

- 開催日時 -- 2031 年 6 月 7 日 (土) 13:00-18:00
- 開催場所 -- 株式会社 かもめ堂 会議室

## 基調講演「港町のコミュニティの話」 from 入江 潮 ([@shio_irie](https://github.com/shio-irie))

入江さんは港町で勉強会が続いてきた理由を振り返りました。

## 発表

### 「古い gem を一つずつ消していった話」 from 波多野 凪  ([@nagi](https://github.com/nagi))

[資料](https://speakerdeck.com/nagi/old-gems)

依存を減らす作業の記録でした。

### 「灯台守のためのバッチ処理入門」 from 岬 一郎 ([@misaki](https://github.com/misaki1))

[資料](https://speakerdeck.com/misaki1/batch)

夜間のバッチを見直した話でした。
"""


def test_a_quoted_title_then_from_names_the_speaker():
    event = event_of(_QUOTED_FROM)
    assert _people(event) == [
        ("港町のコミュニティの話", [("入江 潮", "shio_irie", None)]),
        ("古い gem を一つずつ消していった話", [("波多野 凪", "nagi", None)]),
        ("灯台守のためのバッチ処理入門", [("岬 一郎", "misaki", None)]),
    ]
    assert event.talks[0].kind == "keynote"


def test_from_inside_an_unquoted_title_is_no_byline():
    note = """\
    # Notes

    ## Lessons from Tokyo

    We learnt a lot from Tokyo.

    ## Coming from Python

    Slides: https://speakerdeck.com/jroe/coming-from-python
    """
    assert [t.title for t in event_of(note).talks if t.speakers] == []


# --- a kramdown schedule: tables without a header row, a track's name over each, the slots' lengths in a column ----

_HEADERLESS_TABLES = """\
---
title: Schedule
layout: post
---

# SCHEDULE

**Talks**

<div class="track"><h3>Under the hood</h3></div>

{:.schedule}
| :---:  | :---   | :---:         |
| 35min | [Reading old firmware with a logic probe](/talks/12.html) | Ines vom Bruch (Kiel Labs) |
| 20min | [A tiny fuzzer for serial ports](/talks/14.html) | Oskar Lind |

<div class="track"><h3>Out in the open</h3></div>

{:.schedule}
| :---:  | :---   | :---:         |
| 35min | [Mapping a mesh network by hand](/talks/21.html) | Rosa Almeida (Harbour Net), Teo Valdez |
| 20min | [Why our wiki went static](/talks/22.html) | Hana Kovač |
"""


def test_tables_without_a_header_row_are_read_as_tables():
    assert _people(event_of(_HEADERLESS_TABLES, "schedule.md")) == [
        ("Reading old firmware with a logic probe", [("Ines vom Bruch", None, "Kiel Labs")]),
        ("A tiny fuzzer for serial ports", [("Oskar Lind", None, None)]),
        ("Mapping a mesh network by hand", [("Rosa Almeida", None, "Harbour Net"), ("Teo Valdez", None, None)]),
        ("Why our wiki went static", [("Hana Kovač", None, None)]),
    ]


def test_a_rule_between_rows_still_needs_a_header_over_it():
    # (a rule in the middle of a block of rows is no headerless table's: the old reading stands)
    note = """\
    | a | b |
    | 1 | 2 |
    |---|---|
    | 3 | 4 |
    """
    assert event_of(note).talks == ()


# --- an unconference recap: each day's sessions listed as `Title (Name)`, a remark in parentheses after some ------

_DAYS_OF_SESSIONS = """\
---
title: Camp Harbour 3
date: '2031-10-20 15:06:47'
layout: post
---

A weekend of sessions nobody planned.

## What I went to

Here are the sessions I went to (or wanted to):

### Saturday

* Knots: how sailors tie them
* Knitting machines as printers (Ruth Okafor)
* Sailing under the stars ([Ines Duarte](http://www.twitter.com/inesd)) (Sadly missed)
* Pocket radios for everyone ([Tom Brandt](http://www.twitter.com/tbrandt)) (My own session!)
* Why we bake bread at work (Gavin Moss)

### Sunday

* Mapping the canals ([Asha Patel](http://www.twitter.com/ashap))
* Old cameras, new photos (Karl Jensen)
* Lightning Talks
"""


def test_a_days_list_of_titles_with_their_people_in_parentheses_is_its_talks():
    assert _people(event_of(_DAYS_OF_SESSIONS)) == [
        ("Knots: how sailors tie them", []),
        ("Knitting machines as printers", [("Ruth Okafor", None, None)]),
        ("Sailing under the stars", [("Ines Duarte", "inesd", None)]),
        ("Pocket radios for everyone", [("Tom Brandt", "tbrandt", None)]),
        ("Why we bake bread at work", [("Gavin Moss", None, None)]),
        ("Mapping the canals", [("Asha Patel", "ashap", None)]),
        ("Old cameras, new photos", [("Karl Jensen", None, None)]),
    ]


def test_a_days_list_naming_few_people_is_no_list_of_talks():
    # (`### Sunday` over the day's timetable of things to do, most naming nobody: not read as talks)
    note = """\
    # Camp Harbour 3

    ### Sunday

    * Doors open - coffee and pastries
    * Closing - summary of the weekend, prizes, goodbyes
    * Cleaning up (Karl Jensen)
    """
    assert event_of(note).talks == ()


def test_parentheses_after_a_title_that_are_not_people_stay_the_titles():
    from generator.normalize.bylines import split_title_speaker
    assert split_title_speaker("Mending nets (Part Two) (Beginners)") == ("Mending nets (Part Two) (Beginners)", ())


# --- an announcement whose place is a sub-heading under its label ---------------------------------------------------

_PLACE_UNDER_ITS_LABEL = """\
---
title: "工作報告会"
date: 2031-04-02 00:00:00 +0900
---
# 日程
- 2031年5月7日（水）20:00～

## 開催場所
### {place}
- {note}
"""


def test_a_sub_heading_under_the_place_label_is_read_without_its_marks():
    assert event_of(_PLACE_UNDER_ITS_LABEL.format(place="オンライン配信", note="動画配信サービス")).venue is None


def test_a_place_named_in_a_sub_heading_under_its_label_is_the_venue():
    note = _PLACE_UNDER_ITS_LABEL.format(place="港区民センター 第2会議室", note="駅から徒歩5分")
    assert event_of(note).venue == "港区民センター 第2会議室"


# --- a conference page's title: the page's part after the name, its year and its city -----------------------------

def test_the_pages_part_after_a_names_year_and_city_goes():
    from generator.normalize.titles import clean_event_title
    assert clean_event_title("Lightning Talks - HarborPerl 2031 Lisbon Sessions") == "HarborPerl 2031 Lisbon"
    assert clean_event_title("HarborPerl 2031 Lisbon Timetable") == "HarborPerl 2031 Lisbon"


def test_a_year_with_no_name_before_it_or_an_event_word_after_it_keeps_the_pages_words():
    from generator.normalize.titles import clean_event_title
    assert clean_event_title("2031 Spring Sessions") == "2031 Spring Sessions"
    assert clean_event_title("June 2031 Meetup Agenda") == "June 2031 Meetup Agenda"


def test_a_name_joined_by_a_short_word_is_read_whole():
    note = """\
    ---
    title: プログラム
    ---
    <h3>プログラム</h3>

    <p>Rust Conference in Lisbon 2031 のプログラムです。</p>

    <p>Rust Conference in Lisbon 2031 の招待講演は以下の通りです。</p>
    """
    assert event_of(note, "program.html").title == "Rust Conference in Lisbon 2031"


# --- a conference's timetable page: a grid whose cells hold several talks, each title over its speaker ---------------

_GRID_OF_PAIRS = """<html><head><title>Timetable - Harbour Ruby Conference 2031</title></head><body>
<h1>Timetable - Harbour Ruby Conference 2031</h1>
<h2>2031-07-17 Friday</h2>
<table class="timetable">
  <thead><tr><th>&nbsp;</th><th>Main Hall<br>(Lecture)</th><th>Room B<br>(Workshop)</th></tr></thead>
  <tbody>
    <tr><th>12:30 - 13:20</th><td class="break" colspan="2">Doors open</td></tr>
    <tr><th>13:30 - 14:30</th>
      <td><div class="session"><p class="title"><a href="/talks/1">Tide tables in pure Ruby</a></p>
          <p class="speaker">Rosa Almeida</p></div></td>
      <td class="empty">-</td></tr>
    <tr><th>14:40 - 16:10</th>
      <td><div class="session"><p class="title">Knots, ropes and refinements</p><p class="speaker">岬 一郎</p></div>
          <div class="session"><p class="title">Lighthouse keeping</p><p class="speaker">Teo Valdez</p></div></td>
      <td><div class="session"><p class="title">帆船の設計とRuby</p><p class="speaker">波多野 凪</p></div>
          <div class="session"><p class="title">Charting unknown gems</p><p class="speaker">okkez</p></div></td></tr>
    <tr><th>16:20 - 17:20</th>
      <td><p>(this room opens at 16:30)</p>
          <div class="session"><p class="title">Salt, wind and garbage collection</p><p class="speaker">Hana Kovač</p></div>
          <div class="session"><p class="title">潮の満ち引きを測る</p><p class="speaker">入江 潮</p></div></td>
      <td class="empty">-</td></tr>
  </tbody>
</table>
</body></html>
"""


def test_a_grids_cells_of_titles_over_speakers_are_each_a_talk_in_the_columns_room():
    event = event_of(_GRID_OF_PAIRS, "timetable.html")
    assert [(t.title, [s.name for s in t.speakers], t.room) for t in event.talks] == [
        ("Tide tables in pure Ruby", ["Rosa Almeida"], "Main Hall"),
        ("Knots, ropes and refinements", ["岬 一郎"], "Main Hall"),
        ("Lighthouse keeping", ["Teo Valdez"], "Main Hall"),
        ("帆船の設計とRuby", ["波多野 凪"], "Room B"),
        ("Charting unknown gems", ["okkez"], "Room B"),
        ("Salt, wind and garbage collection", ["Hana Kovač"], "Main Hall"),
        ("潮の満ち引きを測る", ["入江 潮"], "Main Hall"),
    ]


def test_one_cell_of_lines_alone_is_no_habit_of_pairs():
    # (one cell of two lines each, the grid's other cells one line: the lines stay one talk's, as before)
    from generator.normalize.timetable import _grid_entries
    header = ["", "Hall A", "Hall B"]
    rows = [["10:00", "Tales of the sea <br> Jane Doe", "Wind and sails"],
            ["11:00", "Sea shanties for coders", "Reading the tides"]]
    assert [(e.title, e.speakers) for e in _grid_entries(header, rows, 1)][0] == ("Tales of the sea Jane Doe", ())


# --- a programme table whose cells write each talk as a quoted title over a labelled speaker and a deck's link --------

_LABELLED_CELLS = """---
layout: ja
title: プログラム
---
{% include JB/setup %}

<h3>港 Scala 会議 2031</h3>

<table class="table">
  <thead><tr><th>時間帯</th><th>会場 A</th><th>会場 B</th></tr></thead>
  <tbody>
  <tr><td>10:00 - 10:10</td><td>オープニングスピーチ<br/>発表者：入江 潮（港 Scala 会議 事務局）<br/></td><td>-</td></tr>
  <tr><td>10:10 - 10:50</td>
      <td><a href="#A1">「Tides and Types」</a><br/>発表者：Rosa Almeida（Harbour Labs）<br/>
          <a href="https://example.org/decks/tides">[資料]</a></td><td>-</td></tr>
  <tr><td>11:00 - 12:00</td>
      <td>「灯台のためのアクター」<br/>発表者：岬 一郎（灯台技研）<br/></td>
      <td>「帆の型クラス」<br/>発表者：波多野 凪<br/><a href="https://speakerdeck.com/nagi/sails">[資料]</a></td></tr>
  <tr><td>12:00 - 13:00</td>
      <td>ランチタイム<br/>※ LT 大会を行います<br/>Knots in Scala<br/>発表者：Teo Valdez<br/>
          潮の読み方<br/>発表者：汐見 蒼<br/><a href="https://example.org/decks/tides-lt">[資料]</a></td><td>-</td></tr>
  </tbody>
</table>
"""


def test_a_tables_cells_of_quoted_titles_over_labelled_speakers_are_its_talks():
    talks = event_of(_LABELLED_CELLS, "program.html").talks
    assert [(t.title, [s.name for s in t.speakers], t.room, t.slides) for t in talks] == [
        ("Tides and Types", ["Rosa Almeida"], "会場 A", "https://example.org/decks/tides"),
        ("灯台のためのアクター", ["岬 一郎"], "会場 A", None),
        ("帆の型クラス", ["波多野 凪"], "会場 B", "https://speakerdeck.com/nagi/sails"),
        ("Knots in Scala", ["Teo Valdez"], "会場 A", None),
        ("潮の読み方", ["汐見 蒼"], "会場 A", "https://example.org/decks/tides-lt"),
    ]


def test_an_opening_with_its_speaker_named_is_no_talk_however_it_is_worded():
    from generator.normalize.timetable import is_break
    from generator.core.model import Speaker
    host = (Speaker("入江 潮"),)
    assert is_break("オープニングスピーチ", host) and is_break("Opening speech", host)
    assert not is_break("Opening keynote: the sea", host)


# --- a schedule page's one table of several days: each day's name, then the columns' names again, over its rows --------

_DAYS_IN_ONE_TABLE = """<html><body>
<h1>Schedule</h1>
<table>
<tr><th>March 3rd</th><th></th><th></th></tr>
<tr><td>Time</td><td>Track 1</td><td>Track 2</td></tr>
<tr><td>8 a.m. – 9 a.m.</td><td>Registration</td><td></td></tr>
<tr><td>10:30 a.m. – 11:10 a.m.</td><td>Tide tables in pure Python</td><td>Knots, ropes and refinements</td></tr>
<tr><td>11:20 a.m. – noon</td><td>Lighthouse keeping</td><td>Charting unknown packages</td></tr>
<tr><td>noon – 1:30 p.m.</td><td>Lunch</td><td></td></tr>
<tr><td>March 4th</td><td></td><td></td></tr>
<tr><td>Time</td><td>Track 1</td><td>Track 2</td></tr>
<tr><td>10:30 a.m. – 11:10 a.m.</td><td>Salt, wind and garbage collection</td><td>Reading the tides</td></tr>
</table>
</body></html>
"""


def test_a_table_of_several_days_reads_each_days_talks_in_its_track():
    talks = event_of(_DAYS_IN_ONE_TABLE, "schedule.html").talks
    assert [(t.title, t.room) for t in talks] == [
        ("Tide tables in pure Python", "Track 1"),
        ("Knots, ropes and refinements", "Track 2"),
        ("Lighthouse keeping", "Track 1"),
        ("Charting unknown packages", "Track 2"),
        ("Salt, wind and garbage collection", "Track 1"),
        ("Reading the tides", "Track 2"),
    ]


def test_clock_cells_in_words_are_times():
    from generator.normalize.timetable import _TIME_CELL
    assert all(_TIME_CELL.match(c) for c in ("8 a.m. – 6 p.m.", "11:20 a.m. – noon", "noon – 1:30 p.m.", "10:00"))
    assert not _TIME_CELL.match("Noon networking")


# --- a session page: the slot's facts listed over its lightning talks, each talk one link `[Name: Title](…)` -----------

_LIGHTNING_PAGE = """\
# Harbour Perl Conference 2031

## [Lightning Talks](https://example.org/sessions/lightning.html)

- Date: Apr 05, 2031 16:30 - 17:30
- Where: Harbour Hall
- Spoken in: Japanese
- Slides in: English

Eight five-minute talks, in Japanese and English.

- [しおみ: 正規表現と潮の満ち引き](https://example.org/sessions/1.html)
- [Rosa Almeida: Tide tables in pure Perl](https://example.org/sessions/2.html)
- [ma.ru: ブラウザ履歴で読む航海日誌](https://example.org/sessions/3.html)
- [Ana Lima: Sailing with Perl](https://example.org/sessions/5.html)
- [Teo Valdez: Knots - a gentle introduction](https://example.org/sessions/4.html)
"""


def test_links_naming_the_speaker_before_a_colon_are_talks_and_the_slots_facts_are_not():
    assert [(t.title, [s.name for s in t.speakers]) for t in event_of(_LIGHTNING_PAGE).talks] == [
        ("正規表現と潮の満ち引き", ["しおみ"]),
        ("Tide tables in pure Perl", ["Rosa Almeida"]),
        ("ブラウザ履歴で読む航海日誌", ["ma.ru"]),
        ("Sailing with Perl", ["Ana Lima"]),
        ("Knots - a gentle introduction", ["Teo Valdez"]),
    ]


def test_links_whose_titles_hold_a_colon_keep_it():
    note = """\
    ## Talks

    - [Rust: the hard parts](https://speakerdeck.com/a/rust)
    - [Python: a love letter](https://speakerdeck.com/b/python)
    - [Go: simple, not easy](https://speakerdeck.com/c/go)
    """
    assert [t.title for t in event_of(note).talks] == [
        "Rust: the hard parts", "Python: a love letter", "Go: simple, not easy"]


def test_a_grid_cells_link_lines_go_with_the_title_over_them_and_marked_names_outweigh_title_case():
    from generator.normalize.timetable import _grid_entries
    header = ["時間", "Venue A", "Venue B"]
    rows = [
        ["11:00 - 11:50", "灯台の話 <br> 岬 一郎 ([@misaki](http://twitter.com/misaki))",
         "Tide Tables <br> [slide](http://www.slideshare.net/rosa/tides) <br> Rosa Almeida ([@rosa](http://twitter.com/rosa))"],
        ["12:00 - 12:50", "Harbour Workshop <br> Teo Valdez ([@teo](http://twitter.com/teo))",
         "帆の話 <br> 波多野 凪 ([@nagi](http://twitter.com/nagi))"],
    ]
    entries = _grid_entries(header, rows, 1)
    assert [(e.title, [s.handle for s in e.speakers], e.body) for e in entries] == [
        ("灯台の話", ["misaki"], ()),
        ("Tide Tables", ["rosa"], ("http://www.slideshare.net/rosa/tides",)),
        ("Harbour Workshop", ["teo"], ()),
        ("帆の話", ["nagi"], ()),
    ]


def test_a_grid_cells_session_code_goes_and_a_rooms_stream_link_is_no_part_of_its_name():
    from generator.normalize.timetable import _grid_entries
    header = ["時間", "会場A / [配信](http://live.example.org/a)", "会場B / [配信](http://live.example.org/b)"]
    rows = [
        ["11:25 - 12:05", "A-1 <br> 潮の話 <br> [slide](http://www.slideshare.net/a/tide) <br> 岬 一郎 (@misaki)",
         "B-1 <br> 帆の話 <br> 波多野 凪 (@nagi)"],
        ["12:10 - 12:50", "A-2 <br> 灯台の話 <br> 入江 潮 (@shio)", "-"],
    ]
    assert [(e.title, e.room) for e in _grid_entries(header, rows, 1)] == [
        ("潮の話", "会場A"), ("帆の話", "会場B"), ("灯台の話", "会場A")]


# --- the review's probes: shapes near each new reading that must read as before, or as a careful reader would ----------

def test_the_days_talks_under_a_time_label_heading_stay_talks():
    note = """\
    # 港 Kotlin 会議 2031

    ## 日程

    ### 10:10 基調講演「Kotlin の十年」 入江 潮さん

    ### 11:00 「コルーチン入門」 岬 一郎さん
    """
    assert [t.title for t in event_of(note).talks] == ["Kotlin の十年", "コルーチン入門"]


def test_a_word_before_for_or_of_is_no_part_of_the_events_name():
    from generator.normalize.titles import _numbered_names
    assert _numbered_names("Registration for HarborPy 2031 is now open.") == ["HarborPy 2031"]
    assert _numbered_names("Sponsors of HarborPy 2031 make it happen.") == ["HarborPy 2031"]


def test_a_days_list_of_places_in_parentheses_is_no_list_of_talks():
    note = """\
    # Rust Week 2031

    ### Saturday

    * Meetup at the user group (Berlin)
    * Museum visit (Pergamon Museum)
    * Dinner with the organizers (Kreuzberg)
    """
    assert [t.title for t in event_of(note).talks if t.speakers] == []


def test_a_company_after_the_persons_parentheses_is_where_they_work():
    from generator.normalize.bylines import split_title_speaker
    title, speakers = split_title_speaker("Testing tides (John Roe) (Google)")
    assert (title, [(s.name, s.affiliation) for s in speakers]) == ("Testing tides", [("John Roe", "Google")])


def test_a_french_phrase_after_a_dash_is_no_name():
    from generator.normalize.bylines import split_title_speaker
    assert split_title_speaker("Jane Doe - Tour du Monde")[0] != "Jane Doe"


def test_a_slots_kind_or_a_break_before_the_colon_in_a_link_is_no_speaker():
    note = """\
    ## Talks

    - [Ana Lima: Sailing with Perl](https://example.org/s/1)
    - [Rosa Almeida: Tide tables](https://example.org/s/2)
    - [Teo Valdez: Knots](https://example.org/s/3)
    - [Panel Discussion: Frameworks in 2031](https://example.org/s/4)
    """
    talks = event_of(note).talks
    assert ("Panel Discussion", ) not in [tuple(s.name for s in t.speakers) for t in talks]


def test_from_before_a_place_or_a_company_is_no_byline():
    from generator.normalize.headings import parse_heading
    assert parse_heading("「Rails」 from scratch").byline is None
    assert parse_heading("基調講演「Go」 from Google").byline is None
    assert parse_heading("セッション「並行処理」 from 現場").byline is None


def test_a_slash_inside_a_cells_quoted_title_and_a_second_speaker_after_it():
    from generator.normalize.timetable import _labelled_in_cell
    assert [(t, [s.name for s in who]) for t, who, _ in _labelled_in_cell("「Scala 3 / Kotlin 比較」<br>発表者：Rosa Almeida")] == [
        ("Scala 3 / Kotlin 比較", ["Rosa Almeida"])]
    assert [[s.name for s in who] for _, who, _ in _labelled_in_cell("「型の話」 / 発表者：湊 太郎 / 佐伯 陽")] == [
        ["湊 太郎", "佐伯 陽"]]


def test_a_title_over_its_subtitle_in_grid_cells_names_nobody():
    from generator.normalize.timetable import _grid_entries
    header = ["", "Hall A", "Hall B"]
    rows = [["10:00", "Rust in Production <br> Lessons Learned", "Go at Scale <br> Case Study"]]
    assert [(e.title, e.speakers) for e in _grid_entries(header, rows, 1)] == [
        ("Rust in Production Lessons Learned", ()), ("Go at Scale Case Study", ())]


def test_a_list_of_people_and_their_topics_beside_two_facts_keeps_its_talks():
    note = """\
    ## LT

    - 湊 太郎：ジェネリクスの使いどころ
    - 佐伯 陽：プロファイリング実践
    - 時間：各 20 分
    - 会場：港ホール 3F
    """
    assert "ジェネリクスの使いどころ" in [t.title for t in event_of(note).talks]


def test_a_handle_then_a_persons_name_after_a_slash_are_two_people():
    from generator.normalize.people import parse_people
    assert [s.name for s in parse_people("@kiri_maru/佐伯 陽")] == ["kiri_maru", "佐伯 陽"]


def test_an_introduction_by_its_teacher_stays_a_talk():
    from generator.core.model import Speaker
    from generator.normalize.timetable import is_break
    assert not is_break("Introduction", (Speaker("Jane Doe"),))


# --- a grid's cell naming a block of lightning talks over their titles; quotes a sentence goes on after ---------------

def test_a_grid_cell_of_lightning_talks_gives_each_line_its_talk():
    from generator.normalize.timetable import _grid_entries
    header = ["", "Hall A", "Hall B"]
    rows = [["17:00", "Lightning Talks Day One <br> Knots for coders <br> Tide tables by Jane Doe <br> 帆の話 <br> Sea shanties",
             "-"]]
    entries = _grid_entries(header, rows, 1)
    assert [(e.title, [s.name for s in e.speakers]) for e in entries] == [
        ("Knots for coders", []), ("Tide tables", ["Jane Doe"]), ("帆の話", []), ("Sea shanties", [])]
    assert all(e.kind_hint == "lightning" for e in entries)


def test_a_grids_empty_slot_is_no_talk():
    from generator.normalize.fields import PLACEHOLDER
    assert PLACEHOLDER.fullmatch("(empty)".strip(" ()")) and not PLACEHOLDER.search("Empty states in forms")


def test_quotes_the_sentence_goes_on_after_are_the_titles_own():
    from generator.normalize.bylines import split_title_speaker
    assert split_title_speaker("「港でPerlを語る会」はじめました") == ("「港でPerlを語る会」はじめました", ())
    assert split_title_speaker("「潮の話」 さとう")[0] == "潮の話"


def test_a_pages_footer_marked_by_its_id_is_no_text_of_its_own():
    page = """<html><head><title>Harbour Ruby Conference 2031</title></head><body>
    <div id="main"><h1>Harbour Ruby Conference 2031</h1>
    <h2>Tide tables in pure Ruby</h2><p>by Rosa Almeida</p>
    <h2>Knots and refinements</h2><p>by Teo Valdez</p></div>
    <div id="footer"><div class="item"><h2>Conference Archive</h2></div><div class="item"><h2>Powered by</h2></div></div>
    </body></html>"""
    assert [t.title for t in event_of(page, "index.html").talks] == ["Tide tables in pure Ruby", "Knots and refinements"]


# --- a page whose title names only its part and year; its description names the event ------------------------------

_DESCRIBED_PAGE = """<!DOCTYPE html><html><head><meta charset=utf-8 /><title>{title}</title>
<meta content="{description}" name=description /></head><body>
<h1>{title}</h1>
<ul><li>Rosa Almeida: Tide tables in pure Ruby</li><li>Teo Valdez: Knots and refinements</li></ul>
</body></html>"""


def test_a_page_titled_by_its_part_and_year_takes_the_event_its_description_names():
    page = _DESCRIBED_PAGE.format(title="2031 Agenda",
                                  description="HARBORUCO is a one-day technical conference for curious programmers.")
    assert event_of(page, "agenda.html").title == "HARBORUCO 2031"


def test_a_page_whose_title_names_the_event_keeps_it_whatever_its_description_says():
    page = _DESCRIBED_PAGE.format(title="Harbour Ruby Conference 2031",
                                  description="HARBORUCO is a one-day technical conference for curious programmers.")
    assert event_of(page, "index.html").title == "Harbour Ruby Conference 2031"


def test_a_description_that_says_no_event_names_none():
    from generator.normalize.titles import event_described
    assert event_described(["Slides and videos from our talks."]) is None
    assert event_described(["Harbour Hall is a venue in the old port."]) is None


def test_a_series_of_reports_named_before_a_numbered_events_name_goes_from_the_title():
    from generator.normalize.titles import clean_event_title
    assert clean_event_title("港 Ruby 会議 レポート (NN) みなと Ruby 会議 02") == "みなと Ruby 会議 02"
    assert clean_event_title("地域 Ruby 会議レポート 灯台Ruby会議03") == "灯台Ruby会議03"
    assert clean_event_title("HarborKaigi 2031 レポート 1日目") != "1日目"


def test_last_night_at_an_events_name_gives_the_day_before_the_post():
    note = """\
    ---
    title: Five minutes each
    date: 2031-04-09T11:05:10-07:00
    ---
    …or so I was told last night at [Ignite Harbour](https://example.org/ignite/). Each speaker gets five minutes.

    * [Pete Marsh](https://example.org/pete) talked about tagging his cats.
    """
    import datetime as dt
    assert event_of(note).date == dt.date(2031, 4, 8)


def test_last_night_at_home_is_no_events_day():
    from generator.normalize.dates import relative_day
    import datetime as dt
    assert relative_day("We had pizza last night at home.", dt.date(2031, 4, 9)) is None


# --- the second review's probes ------------------------------------------------------------------------------------

def test_a_sidebar_keeps_the_events_day():
    page = """<html><head><title>Harbour Ruby Meetup #12</title></head><body>
    <div id="main"><h1>Harbour Ruby Meetup #12</h1><h2>Tide tables in pure Ruby</h2><p>by Rosa Almeida</p></div>
    <div id="sidebar"><p>Date: June 14, 2031</p><p>Venue: Harbour Hall</p></div>
    </body></html>"""
    import datetime as dt
    assert event_of(page, "index.html").date == dt.date(2031, 6, 14)


def test_an_english_report_before_an_events_name_keeps_its_words_as_before():
    from generator.normalize.titles import clean_event_title
    assert clean_event_title("Trip report from HarborConf 2031") == "HarborConf 2031"
    assert clean_event_title("HarborKaigi 2031 レポート 懇親会と Ruby会議 2") == "HarborKaigi 2031"


def test_a_description_whose_subject_is_no_event_names_none():
    from generator.normalize.titles import event_described
    assert event_described(["This is a one-day technical conference."]) is None
    assert event_described(["Acme is a company that runs the yearly DevOpsDays conference."]) is None
    assert event_described(["Our team is a small meetup group in Leeds."]) is None
    assert event_described(["HarborJS is the monthly JavaScript meetup in Leeds."]) == "HarborJS"


def test_yesterday_at_a_place_that_is_no_event_is_no_events_day():
    from generator.normalize.dates import relative_day
    import datetime as dt
    day = dt.date(2031, 6, 15)
    assert relative_day("Yesterday at Google I learned a lot.", day) is None
    assert relative_day("Last night at Home I prepared my slides.", day) is None
    assert relative_day("I was there last night at Ignite Harbour.", day) == dt.date(2031, 6, 14)
