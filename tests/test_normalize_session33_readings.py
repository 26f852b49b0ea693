"""Session 33: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

from note_text import event_of, talks_of


# --- a Hugo page whose talks are linked headings, the links' targets `ref` shortcodes -----------------------------

_REF_LINKED_HEADINGS = """\
---
title: 2031
draft: false
---

[HarborPy West 2031](https://west.harborpy.example/2031/) notes:

- Location: Pier Hall in Lowport
- Talks: Friday May 2nd to Sunday May 4th

## Day 1

### [Opening Keynote - Ruth Okafor]({{< ref "/keynote.md" >}})

{{< include file="/2031/keynote.md.part" >}}

### [Pattern Matching, From Proposal To Release - Tomas Lindqvist][1]

{{< include file="/2031/matching.md.part" >}}

### [When The Bug Lives In A Dependency - Priya Raman][2]

[1]: {{< ref "/matching.md" >}}
[2]: {{< relref "dependency" >}}
"""


def test_ref_shortcodes_are_the_addresses_they_show_so_the_linked_headings_split_their_speakers():
    assert talks_of(_REF_LINKED_HEADINGS) == [
        ("Opening Keynote", ["Ruth Okafor"], "keynote"),
        ("Pattern Matching, From Proposal To Release", ["Tomas Lindqvist"], "talk"),
        ("When The Bug Lives In A Dependency", ["Priya Raman"], "talk"),
    ]


def test_a_page_titled_only_by_its_year_takes_the_event_its_opening_names_with_that_year():
    event = event_of(_REF_LINKED_HEADINGS)
    assert (event.title, event.date.isoformat()) == ("HarborPy West 2031", "2031-05-02")
    # (a year the opening does not name with an event keeps the page's title)
    assert event_of("---\ntitle: 2031\n---\n\nSome notes from the year.\n\n## Harbor Meetup 2030\n").title == "2031"


# --- a numbered programme whose long items wrap onto the next line -----------------------------------------------

_WRAPPED_ITEMS = """\
# HarborPy North 2031

HarborPy North 2031 was in Lowport from May 7th to 8th.

## Talks

1. Ruth Okafor, Welcome & Morning Keynote

2. Tomas Lindqvist, ORBITAL, a fast Python/C toolkit for integrating planetary
   and lunar trajectories:

    A note on the talk, indented as the writer's own paragraph.

3. Priya Raman, Does test coverage really matter?

4. Jonas Weber, Make your Jupyter notebooks even more helpful with custom cell
   magic commands!
"""


def test_a_list_items_sentence_wrapped_onto_the_next_line_is_read_whole_without_the_colon_leading_to_notes():
    assert [(title, who) for title, who, _ in talks_of(_WRAPPED_ITEMS)] == [
        ("Welcome & Morning Keynote", ["Ruth Okafor"]),
        ("ORBITAL, a fast Python/C toolkit for integrating planetary and lunar trajectories", ["Tomas Lindqvist"]),
        ("Does test coverage really matter?", ["Priya Raman"]),
        ("Make your Jupyter notebooks even more helpful with custom cell magic commands!", ["Jonas Weber"]),
    ]


def test_a_nested_line_in_capitals_is_not_a_wrapped_sentence():
    # (`- Title` over `  Jane Doe`: the line under the item names its speaker, as before)
    note = "## Talks\n\n* 19:00 Building a ten-minute deploy pipeline for small teams\n  Ruth Okafor\n" \
           "* 19:30 Reading other people's code for fun and for profit\n  Tomas Lindqvist\n"
    assert [who for _, who, _ in talks_of(note)] == [["Ruth Okafor"], ["Tomas Lindqvist"]]


# --- a speaker's own post: its title quotes the event, its prose says what the talk introduced -------------------

_OWN_TALK_INTRODUCED = """\
---
title: "港学生エンジニア交流会「HARBOR」で初の外部登壇をしました"
published_at: 2031-03-12
---
はじめまして。みなとと申します。
この度、港学生エンジニア交流会「HARBOR」というイベントで、初めて外部登壇をさせていただきました！

# 登壇内容

「Pier Lab」のメンバーという肩書で、競技の練習のために作った小さな採点サーバーの管理画面「Scorebox」の紹介をしました。

登壇資料はこちらです。

<https://speakerdeck.com/minato/jing-ji-nolian-xi-nitukuttacai-dian-sabanoguan-li-hua-mian>

# 感想

初めての外部登壇でしたが、特に滞りなく進めることができて良かったです。
"""


def test_a_quoted_name_in_the_title_is_kept_with_its_closing_quote():
    assert event_of(_OWN_TALK_INTRODUCED).title == "港学生エンジニア交流会「HARBOR」"


def test_the_writers_talk_is_what_their_sentence_says_they_introduced_not_the_decks_address():
    assert [title for title, _, _ in talks_of(_OWN_TALK_INTRODUCED)] == [
        "競技の練習のために作った小さな採点サーバーの管理画面「Scorebox」の紹介"]


def test_a_place_before_de_is_still_left_out_when_the_event_follows_it():
    # (`…銀座でアプリ道場のイベントに…`: the part before で is where it was held, as before)
    assert event_of("---\ntitle: Lowport Store銀座でアプリ道場のイベントに参加しました\n---\n\nアプリ道場は楽しかった。\n").title \
        != "Lowport Store銀座"


# --- an English post about the writer's first conference --------------------------------------------------------

_FIRST_CONF = """\
---
layout: post
title: "Feedback on my first conf"
---

Hello! Last month was busy, mostly since I had the chance to be a speaker at [HarborFest](http://harborfest.example)!

It's a one-day conference in Lowport gathering ten speakers to talk about front-end work.

## The place

The venue is a lovely old warehouse by the water. It was crowded.

## The talks

Two talks, then drinks. I talked about stylesheet architecture and it went well.

## Slides

<iframe src="https://slides.com/minato/stylesheet-architecture/embed" width="576" height="420"></iframe>

## Final words

Thanks to everyone who came.
"""


def test_a_post_about_my_first_conf_takes_the_event_it_was_a_speaker_at():
    event = event_of(_FIRST_CONF)
    assert (event.title, event.url) == ("HarborFest", "http://harborfest.example")


def test_the_writers_sections_about_the_place_and_the_talks_are_no_talks_even_with_a_deck_after_them():
    assert [t.title for t in event_of(_FIRST_CONF).talks if t.title in ("The place", "The talks")] == []


def test_working_at_a_written_name_is_no_event():
    note = "---\ntitle: Feedback on my first conf\n---\n\nI work at [GitHub](https://github.com) and went to a meetup.\n"
    assert event_of(note).title != "GitHub"


# --- a meetup's page telling its talks in paragraphs under `## Talks` --------------------------------------------

_TALKS_TOLD = """\
# Lowport Ruby Meetup 2031

## Upcoming Events

Rails Camp is on 24-25 May http://railscamp.example

## Talks

Ruth presented an in depth look at [Service objects without the ceremony](service-objects/).

[Tomas](https://github.com/tomas-l) gave a [short demonstration](search-as-store/) of how a search index can hold
records without migrations. It went down well.

Pizza was provided by our hosts.
"""


def test_paragraphs_under_talks_each_telling_who_presented_which_linked_talk_are_the_talks():
    event = event_of(_TALKS_TOLD)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Service objects without the ceremony", ["Ruth"]), ("short demonstration", ["Tomas"])]
    assert "It went down well." in event.talks[1].body


def test_a_paragraph_telling_what_someone_said_without_a_link_is_no_talk():
    note = "## Talks\n\nRuth presented an in depth look at service objects.\n\nTomas gave a short demonstration of search.\n"
    assert talks_of(note) == []


# --- an organiser's report: the host named after the sentence's topic, the writer's sections linking people -----

_ORGANISERS_REPORT = """\
---
layout: post
title: "Harbor.js meetup #3を開催しました"
date: 2031-03-07 17:08:38 +0900
---

半年ぶりにHarbor.js meetup #3を開催しました。

今回はミナトソフトさんに会場を提供して頂き開催することができました。

## 準備など

[@kiri_maru](https://twitter.com/kiri_maru)会長と相談しつつ、当日の受付や懇親会の手配を進めました。

## Talk

Talkに関しては、[@jane_doe](https://twitter.com/jane_doe)さんのTalkは事前に相談してお願いしました。

https://www.youtube.com/watch?v=abcdefghijk

どのTalkも15分では短いくらいで面白かったです。
"""


def test_the_host_named_after_the_sentences_topic_is_the_venue_without_the_topic():
    assert event_of(_ORGANISERS_REPORT).venue == "ミナトソフト"
    # (as last time: `前回同様に` says this time too; a sentence about last time alone names no venue of this one)
    assert event_of("# Meetup #4\n\n今回も、前回同様にミナトソフトさんに会場を提供して頂きました。\n").venue == "ミナトソフト"
    assert event_of("# Meetup #4\n\n前回はミナトソフトさんに会場を提供して頂きました。\n").venue is None
    # (a host whose name opens with は keeps it)
    assert event_of("# Meetup #2\n\nはてなさんに会場をお借りしました。\n").venue == "はてな"


def test_a_heading_naming_only_a_kind_of_talk_is_no_talk_though_its_prose_links_a_person():
    assert "Talk" not in [t.title for t in event_of(_ORGANISERS_REPORT).talks]


def test_talk_headings_in_plain_japanese_whose_notes_link_their_speakers_stay_talks():
    note = ("# 港JS #4\n\n## 発表\n\n### 非同期処理の基本\n\n[@yamada](https://twitter.com/yamada) がPromiseの基本から解説。\n\n"
            "### 型安全な設計\n\n[@sato](https://twitter.com/sato) が型で守る話をしました。\n\n"
            "### 便利な小技集\n\n[@suzuki](https://twitter.com/suzuki) の小技集。\n")
    assert [(t.title, [s.handle for s in t.speakers]) for t in event_of(note).talks] == [
        ("非同期処理の基本", ["yamada"]), ("型安全な設計", ["sato"]), ("便利な小技集", ["suzuki"])]


def test_a_keynote_heading_whose_notes_link_its_speaker_stays_a_talk():
    note = ("# HarborCamp 2031\n\n### Keynote\n\nThe star of the event was [Ruth Okafor](https://twitter.com/ruthok). "
            "Her keynote was about content stacks.\n\n### Sessions I liked\n\n"
            "[Tomas Lindqvist](https://twitter.com/toml) gave a talk on caching.\n")
    assert [(t.title, [s.name for s in t.speakers]) for t in event_of(note).talks][:1] == [("Keynote", ["Ruth Okafor"])]


# --- a conference site's speaker page: the talk and its speaker in the front matter ------------------------------

_SPEAKER_PAGE = """\
---
layout: speaker-page
title: 'Calendars Are Hard, And Why – Ruth Okafor'
speaker: Ruth Okafor
talk: 'Calendars Are Hard, And Why'
website: 'http://ruth.example'
from: 'Lowport'
---
"""


def test_a_speaker_page_is_the_one_talk_its_front_matter_names():
    event = event_of(_SPEAKER_PAGE)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [("Calendars Are Hard, And Why", ["Ruth Okafor"])]
    assert event.title == "Calendars Are Hard, And Why – Ruth Okafor"  # (the page names no event: its own title stays)


# --- an organiser's report: each talk's speaker known by the tweet the notes quote -------------------------------

_TWEETED = """\
# Harbor Android 研究会 #3

## 発表

### コルーチン入門

最初の発表として「コルーチン入門」というタイトルで約30分ほど発表頂きました。

> コルーチン入門、というお題で登壇しました。発表資料はこちらです。https://t.co/abc
>
> — Ruth Okafor (@ruth_ok) [November 30, 2031](https://twitter.com/ruth_ok/status/1200690398827409408)

### 宣言的UIを触ってみた

> 昨日、発表した資料です！
>
> — kiri (@kiri_maru) [December 1, 2031](https://twitter.com/kiri_maru/status/1201154367740493824)

### Android 端末の中の話

飛び込みで発表してくださいました。とても勉強になりました。

### 通信ライブラリの仕組み

最後は僕の発表です。

> 昨日発表した資料です！
>
> — Tomas L (@tomas_l) [December 1, 2031](https://twitter.com/tomas_l/status/1200993649716318208)

会場をお借りしました[Harbor Works](https://harbor.example/)様ありがとうございました！
"""


def test_a_quoted_tweet_whose_author_says_they_spoke_names_the_talks_speaker():
    assert [(t.title, [(s.name, s.handle) for s in t.speakers]) for t in event_of(_TWEETED).talks] == [
        ("コルーチン入門", [("Ruth Okafor", "ruth_ok")]),
        ("宣言的UIを触ってみた", [("kiri", "kiri_maru")]),
        ("Android 端末の中の話", []),  # (its notes say it was given: a talk among the others, its speaker unnamed)
        ("通信ライブラリの仕組み", [("Tomas L", "tomas_l")]),
    ]


def test_a_quoted_tweet_about_something_else_names_no_speaker():
    for said in ("会場の様子です", "このスライドめちゃくちゃわかりやすい", "明日の勉強会で発表します！"):
        note = _TWEETED.replace("昨日、発表した資料です！", said)
        assert [s.name for t in event_of(note).talks if t.title == "宣言的UIを触ってみた" for s in t.speakers] == [], said


def test_the_writer_thanking_the_host_they_borrowed_the_room_from_names_the_venue():
    assert event_of(_TWEETED).venue == "Harbor Works"


# --- a programme page marked up with microformats (hCalendar), its widgets' words around each entry ---------------

_HCALENDAR = """\
<article id="schedule">
  <h2><span>Schedule</span></h2>
  <ol class="schedule">
    <li class="schedule-heading"><h3>Morning</h3><li>
    <li class="vevent">
      <div class="done">Finished</div>
      <span class="time">
        <time class="dtstart" datetime="2031-11-09T09:00">09:00</time> &mdash;
        <time class="dtend" datetime="2031-11-09T09:40">09:40</time>
        <span class="next">Up Next</span>
      </span>
      <span class="summary">Registration</span>
    </li>
    <li class="vevent talk">
      <div class="done">Finished</div>
      <span class="time">
        <time class="dtstart" datetime="2031-11-09T09:50">09:50</time> &mdash;
        <time class="dtend" datetime="2031-11-09T10:30">10:30</time>
        <span class="next">Up Next</span>
      </span>
      <a href="/speaker/ruth#ruth" class="pullout summary">Markup is all you need</a>
    </li>
    <li class="vevent talk">
      <div class="done">Finished</div>
      <span class="time">
        <time class="dtstart" datetime="2031-11-09T10:30">10:30</time> &mdash;
        <time class="dtend" datetime="2031-11-09T11:10">11:10</time>
      </span>
      <a href="/speakers/tomas-lindqvist" class="summary">Offline first, again</a>
    </li>
    <li class="vevent">
      <span class="time"><time class="dtstart" datetime="2031-11-09T11:10">11:10</time></span>
      <span class="summary">Break (30mins)</span>
    </li>
  </ol>
</article>
"""


def test_microformat_event_entries_are_a_timed_programme_with_its_day_and_speakers_from_their_pages():
    event = event_of(_HCALENDAR, "schedule.html")
    assert event.date.isoformat() == "2031-11-09"
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Markup is all you need", ["Ruth"]), ("Offline first, again", ["Tomas Lindqvist"])]


def test_entries_of_a_series_over_months_give_no_one_day():
    months = _HCALENDAR.replace("2031-11-09T10:30", "2032-02-01T10:30")
    assert event_of(months, "schedule.html").date is None


def test_a_numbered_list_of_timed_lines_is_a_timed_programme():
    note = "## Schedule\n\n1. 09:00 – 09:40 Registration\n2. 09:50 – 10:30 Markup is all you need\n" \
           "3. 10:30 – 11:10 Offline first, again\n"
    assert [title for title, _, _ in talks_of(note)] == ["Markup is all you need", "Offline first, again"]


# --- a programme table whose slots are definitions: the slot's label, its speaker, its title ----------------------

_DEFINED_SLOTS = """\
<h2>プログラム</h2>
<table>
  <tr><th>10:00</th><td>開場</td></tr>
  <tr><th>10:30</th>
    <td><dl><dt>第一セッション（40分）</dt><dd>湊 一郎（フリーランス）</dd>
        <dd>テンプレートで使える小さなコード集<a class="more">詳細</a></dd></dl>
        <blockquote>デザイナーにも役立つ、小さなコードの使いどころを紹介します。</blockquote></td></tr>
  <tr><th>11:10</th><td>休憩</td></tr>
  <tr><th>11:20</th>
    <td><dl><dt>第２セッション（40分）</dt><dd>CMSでつくる小さなサイト<a class="more">詳細</a></dd>
        <dd>岬 花子</dd></dl></td></tr>
  <tr><th>12:00</th><td><dl><dt>第３セッション（40分）</dt><dd>株式会社ミナトソフト</dd></dl></td></tr>
</table>
"""


def test_a_slot_cell_of_label_speaker_and_title_is_one_talk_without_its_more_link():
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in event_of(_DEFINED_SLOTS, "program.html").talks] == [
        ("テンプレートで使える小さなコード集", [("湊 一郎", "フリーランス")]),
        ("CMSでつくる小さなサイト", [("岬 花子", None)]),
        ("株式会社ミナトソフト", []),
    ]


def test_a_microformat_event_holding_its_talks_is_read_as_written_and_gives_its_day():
    page = """\
<div class="section entry vevent" id="session-1">
  <h2><a class="url" href="http://harbor.example/sessions/lt.html"><span class="summary">Lightning Talks</span></a></h2>
  <ul>
    <li>Date: <abbr class="dtstart" title="20310405T1630+0900">Apr 05, 2031 16:30</abbr></li>
  </ul>
  <ol>
    <li>正規表現の憂鬱 - 湊 一郎</li>
    <li>Proxy plugins for fun - Ruth Okafor</li>
    <li>Bytecode for wikis - Tomas Lindqvist</li>
  </ol>
</div>
"""
    event = event_of(page, "lt.html")
    assert event.date.isoformat() == "2031-04-05"
    assert [t.title for t in event.talks] == ["正規表現の憂鬱", "Proxy plugins for fun", "Bytecode for wikis"]


# --- a conference's notes kept a note a talk: the title names the talk, the line under it the speaker -------------

def test_a_note_titled_by_a_talk_with_its_speaker_under_the_title_is_that_one_talk():
    note = ("# Ruby Meets Rust\n\nRuth Okafor\n\n<iframe src=\"https://speakerdeck.com/player/abc123\"></iframe>\n\n----\n\n"
            "Rust 1.80 feature: cdylib\n\n## Visual Hierarchy\n\n* a part of the talk\n")
    event = event_of(note)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [("Ruby Meets Rust", ["Ruth Okafor"])]
    assert "Visual Hierarchy" in event.talks[0].body


def test_a_bold_byline_or_a_front_matter_tagline_names_the_one_talks_speaker():
    bold = "# Lightning Critiques\n\n**By Jane Roe @jroe**\n\nGood design is about intent.\n\n## Target Audience\n\n* who\n"
    assert [(t.title, [(s.name, s.handle) for s in t.speakers]) for t in event_of(bold).talks] == [
        ("Lightning Critiques", [("Jane Roe", "jroe")])]
    tagged = ("---\ntitle: 非同期プログラミング入門\nlayout: post\ntagline: by Tomas Lindqvist\n---\n\n"
              '<iframe src="//www.slideshare.net/slideshow/embed_code/39105106"></iframe>\n\n###### **非同期IO**\n\nメモ\n')
    talks = event_of(tagged).talks
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [("非同期プログラミング入門", ["Tomas Lindqvist"])]
    assert talks[0].slides == "https://www.slideshare.net/slideshow/embed_code/39105106"


def test_a_note_titled_by_an_event_is_not_one_talk():
    note = "# Harbor Ruby Meetup 12\n\nRuth Okafor\n\n## Fast tests\n\nnotes\n"
    # (the title names an event: the name under it is no speaker of a talk called so)
    assert "Harbor Ruby Meetup 12" not in [t.title for t in event_of(note).talks]


# --- an organiser's report: the section telling they hosted it holds the day and the page; `## 次回` the next one's --

_HOSTED_REPORT = """\
+++
title= "Harbor Android 研究会#1 開催レポート"
date= 2031-10-20T20:25:00+09:00
+++

## はじめに

だいぶ時間が経ってしまいましたが、開催レポートを書いておきたいと思います。

## 初の発表スタイルの勉強会を主催

2031/09/27(土)に<a href="https://harbor.connpass.com/event/146619/">Harbor Android 研究会 #1</a>という勉強会を開催しました。

## 次回

第2回もやります！

<a href="https://harbor.connpass.com/event/148500/">Harbor Android 研究会 #2</a>
"""


def test_the_writers_heading_about_hosting_is_no_talk_and_gives_the_events_day():
    event = event_of(_HOSTED_REPORT)
    assert event.talks == ()
    assert event.date.isoformat() == "2031-09-27"


def test_the_event_page_is_never_the_next_meetings_linked_under_next_time():
    assert event_of(_HOSTED_REPORT).url == "https://harbor.connpass.com/event/146619/"


# --- a Perl site's POD-style headers -----------------------------------------------------------------------------

def test_pod_style_headers_are_the_notes_front_matter():
    note = "=head1 Harbor Conf 2031 retrospective\n=timestamp 1938600000\n=tags Conference, Hiking\n\n\nThis was my first " \
           "<a href=\"https://harborconf.example/\">Harbor Conference</a>.\n"
    event = event_of(note)
    assert (event.title, event.date.isoformat(), list(event.tags)) == ("Harbor Conf 2031", "2031-06-07", ["Conference", "Hiking"])


def test_a_pod_documents_own_heading_over_its_text_is_no_front_matter():
    note = "=head1 NAME\n\nHarbor::Tool - a module\n\n=head1 SYNOPSIS\n"
    assert event_of(note).title != "NAME" or event_of(note).date is None


# --- a member's picks of a conference's sessions ---------------------------------------------------------------

_PICKS = """\
---
title: "Harbor (有志)メンバーが選ぶ！Harbor Summit 2031注目セッション"
---

Harborの年次イベントが今年も開催されました。

## [Ruth Okafor](https://zenn.dev/ruthok)
全体を眺めていて、エージェント活用が本格運用へ移りつつある印象です。

### Retrieval for everyone（BRK196）
メモ

### Agents with knowledge | BRK193
メモ

## [Tomas Lindqvist](https://zenn.dev/toml)

### What is new in storage（BRK 171）
メモ

### From zero to clusters (BRK121)
メモ

## 全セッションアーカイブ一覧

https://harbor.example/sessions
"""


def test_people_each_over_several_titles_are_whoever_picked_them_the_titles_the_talks_without_their_codes():
    assert [t.title for t in event_of(_PICKS).talks] == [
        "Retrieval for everyone", "Agents with knowledge", "What is new in storage", "From zero to clusters"]


def test_a_named_event_with_its_year_inside_the_writers_japanese_title_is_the_event():
    assert event_of(_PICKS).title == "Harbor Summit 2031"


def test_the_days_an_event_ran_are_no_venue():
    note = "# Harbor Summit 2031\n\nHarbor Summit 2031が2031/11/18～21の期間で開催されました。\n"
    assert event_of(note).venue is None


# --- a list of a conference's decks, most linked, some only named ------------------------------------------------

_DECKS = """\
---
title: Slides from the Harbor PHP Conference Spring 2031
---

* [A day of PHP 8](https://harbor.example/dates/2031/05/harbor-php/php-8-day) by Harbor Consulting
* [From Legacy to Events](https://harbor.example/dates/2031/05/harbor-php/from-legacy) by Stefan Priebe
* [Motion in Interfaces](https://de.slideshare.net/valhead/ux-in-motion)
* [Large-scale Website Performance](https://speakerdeck.com/gbt/large-scale)
* [Mein Scrum ist kaputt!](https://www.slideshare.net/lv/mein-scrum-ist-kaputt)
* [Rewriting old code](https://speakerdeck.com/afilina/rewriting-old-code)
* [State of Web APIs](https://speakerdeck.com/casarock/state-of-web-apis)
* Wie viele Köche verderben den Brei?
* Understanding the Container Revolution by Robert Lemke
"""


def test_a_list_mostly_linking_decks_keeps_its_other_items_as_talks_in_its_own_words():
    event = event_of(_DECKS)
    assert event.title == "Harbor PHP Conference Spring 2031"
    talks = [(t.title, [s.name for s in t.speakers]) for t in event.talks]
    assert ("From Legacy to Events", ["Stefan Priebe"]) in talks
    assert ("Understanding the Container Revolution", ["Robert Lemke"]) in talks
    # (a title alone among the decks may be a remark as well as a talk: `Thanks everyone for coming`)
    assert ("Wie viele Köche verderben den Brei?", []) not in talks
    assert len(talks) == 8


def test_remarks_and_names_alone_among_the_decks_are_no_talks():
    note = ("## Slides\n\n* [Motion](https://speakerdeck.com/a/motion)\n* [Performance](https://speakerdeck.com/b/perf)\n"
            "* [Scrum](https://speakerdeck.com/c/scrum)\n* Venue provided by Acme Inc\n* Evan You\n")
    titles_ = [t.title for t in event_of(note).talks]
    assert "Venue provided" not in " ".join(titles_) and "Evan You" not in titles_


def test_a_list_of_few_decks_among_remarks_stays_as_it_was():
    note = ("## Links\n\n* [Motion](https://speakerdeck.com/a/motion)\n* [Performance](https://speakerdeck.com/b/perf)\n"
            "* [Scrum](https://speakerdeck.com/c/scrum)\n* I liked the venue a lot.\n* Photos are on the group page\n"
            "* The pizza was great\n* Next time in June\n")
    assert "The pizza was great" not in [t.title for t in event_of(note).talks]


# --- titles of posts about an event; a session with someone; a title quoting words of its own ----------------------

def test_the_writers_words_around_a_numbered_event_name_are_left_out():
    assert event_of("---\ntitle: my Harbor Camp Lowport 2031 experiences\n---\n\nnotes\n").title == "Harbor Camp Lowport 2031"
    assert event_of("---\ntitle: Pier Labs Goes to DevHarborCon Lowport\n---\n\nnotes\n").title == "DevHarborCon Lowport"
    # (a person going somewhere names no event)
    assert event_of("---\ntitle: Jane Goes to Washington\n---\n\nnotes\n").title == "Jane Goes to Washington"


def test_closing_session_codes_go_where_the_programme_writes_them_as_a_habit():
    note = ("# Harbor Build 2031\n\n### A faster compiler for large codebases | BRK116\n\nnotes\n\n### Testing with Jest（BRK 121）\n\nnotes\n\n"
            "### Storage, revisited (BRK230)\n\nnotes\n")
    assert [t.title for t in event_of(note).talks] == ["A faster compiler for large codebases", "Testing with Jest", "Storage, revisited"]


def test_a_titles_own_release_or_standard_in_brackets_stays():
    note = ("# Harbor Java Night #3\n\n### Virtual Threads in Practice (JDK 21)\n\nnotes\n\n"
            "### Hardening TLS (RFC 8446)\n\nnotes\n\n### Free-threaded Python (PEP 703)\n\nnotes\n")
    assert [t.title for t in event_of(note).talks] == [
        "Virtual Threads in Practice (JDK 21)", "Hardening TLS (RFC 8446)", "Free-threaded Python (PEP 703)"]


def test_a_quoted_title_may_quote_words_of_its_own():
    note = "# 港勉強会 Vol.3\n\n#### ■ 「『オープンソース』と『ライセンス』」/ みなと ([@minato](https://twitter.com/minato))\n\nメモ\n"
    assert [(t.title, [s.handle for s in t.speakers]) for t in event_of(note).talks] == [
        ("『オープンソース』と『ライセンス』", ["minato"])]


# --- a day-by-day recap: the lists a line announces as the sessions attended, the writer's own lists apart -------

_DAY_BY_DAY = """\
---
title: Harbor PHP Conference 31 Wrapup
date: '2031-11-04 15:45:25'
---

<strong>Wednesday</strong>: Session Day 2

Attended sessions as follows:
<ul><li>Moving to PHP 9 With Style</li><li>Caching Systems</li><li>Querying XML - It's just data after all...</li></ul>
Overall, every one of these sessions was good.

<strong>Thursday</strong>: Final Day

I attended the following sessions:
<ul><li>Testing PHP Applications with PHPUnit</li><li>Create a Web Application in 45 minutes</li></ul>
All of these sessions were pretty good.

My goals from here on:
<ul><li>Update my applications with all the stuff I learned.</li><li>Eat a pizza.</li></ul>
"""


def test_only_the_lists_announced_as_the_sessions_attended_are_talks():
    assert [t.title for t in event_of(_DAY_BY_DAY).talks] == [
        "Moving to PHP 9 With Style", "Caching Systems", "Querying XML - It's just data after all...",
        "Testing PHP Applications with PHPUnit", "Create a Web Application in 45 minutes"]
    assert "Eat a pizza." in event_of(_DAY_BY_DAY).body  # (the writer's own list stays in the event's notes)


# --- a post written before an event: its title's closing phrase, its heading about what the event is ---------------

_BEFORE_THE_EVENT = """\
# Harbor Fes Japan 2031 前にちょっと予習

## はじめに

Harbor Fes Japan 2031 に行くので、予習しておきます。

## Harbor Fes Japan とは

https://youtu.be/abcdefghijk

毎年開かれるカンファレンスです。

## Nitro

### サーバーの話 - Ruth Okafor

メモ

### ビルドの話 - Tomas Lindqvist

メモ
"""


def test_the_writers_closing_phrase_after_the_event_is_left_out():
    assert event_of(_BEFORE_THE_EVENT).title == "Harbor Fes Japan 2031"
    # (another event's own part before what the post is stays: `前夜祭` is the eve's party, an event of its own)
    assert event_of("# Harbor Conf 2031 前夜祭 レポート\n\nHarbor Conf 2031 前夜祭 に行った。\n").title != "Harbor Conf 2031"


def test_a_heading_asking_what_the_event_is_is_no_talk_even_over_a_video():
    assert "Harbor Fes Japan とは" not in [t.title for t in event_of(_BEFORE_THE_EVENT).talks]


def test_a_remark_or_a_link_under_an_item_is_not_its_wrapped_title():
    note = ("## Talks\n\n1. Jane Doe - Building reliable distributed systems at scale with Rust\n"
            "   great talk, learned a lot about consensus\n\n"
            "2. Taro Yamada - Profiling async Rust applications in production settings\n"
            "   recording https://youtu.be/abcdefghijk\n")
    assert [title for title, _, _ in talks_of(note)] == [
        "Building reliable distributed systems at scale with Rust", "Profiling async Rust applications in production settings"]


def test_a_pod_timestamp_that_is_no_unix_time_in_seconds_is_not_read_as_a_day():
    for stamp in ("1560000000000", "99999999999999999999", "2019"):
        event = event_of(f"=head1 Harbor Conf 2031\n=timestamp {stamp}\n=tags a\n\nnotes\n")
        assert event.date is None or event.date.year >= 2001
    written = event_of("=head1 Harbor Conf 2031\n=date 2031-06-18\n=timestamp 20190618\n\nnotes\n")
    assert written.date.isoformat() == "2031-06-18"


def test_a_report_whose_front_matter_names_the_writers_own_talk_keeps_its_programme():
    note = ("---\ntitle: Lowport Go Night #4\nspeaker: Jane Doe\ntalk: \"Generics in anger\"\n---\n\n## Talks\n\n"
            "- Generics in anger - Jane Doe\n- Fuzzing for fun - Tomas Lindqvist\n- Profiling in production - Ruth Okafor\n")
    assert len(event_of(note).talks) == 3
    tbd = "---\ntitle: Calendars – Jane Doe\nspeaker: Jane Doe (host)\ntalk: TBD\n---\n"
    assert [t.title for t in event_of(tbd).talks] != ["TBD"]


def test_a_name_alone_under_a_title_without_a_deck_or_recording_is_no_talks_speaker():
    note = "# Interview\n\nJane Doe\n\nQ: How did you start programming?\nA: With BASIC.\n\n## Early years\n\nLots of games.\n"
    assert [t.title for t in event_of(note).talks] != ["Interview"]


# --- guards from the session's review: readings that went too far, narrowed ---------------------------------------

def test_a_microformat_event_in_a_code_sample_or_an_aside_gives_no_day():
    fenced = ("# Harbor Web Night #3\n\n2031年3月9日に開催しました。\n\n```html\n<div class=\"h-event\"><span class=\"p-name\">x</span>"
              "<time class=\"dt-start\" datetime=\"2010-01-15T10:00\">10:00</time></div>\n```\n")
    assert event_of(fenced).date.isoformat() == "2031-03-09"
    aside = ("<h1>Harbor Go Night #4</h1>\n<p>Held on April 10, 2031.</p>\n<aside>Next up: <div class=\"h-event\">"
             "<span class=\"p-name\">Harbor Go Night #5</span> <time class=\"dt-start\" datetime=\"2031-05-08T19:00\">May 8</time>"
             "</div></aside>\n")
    assert event_of(aside, "night.html").date.isoformat() == "2031-04-10"


def test_a_pages_one_microformat_event_keeps_its_facts():
    page = ("<div class=\"vevent\"><h2 class=\"summary\">Lowport Go Night #4</h2><p>Date: <abbr class=\"dtstart\" "
            "title=\"2031-04-10T19:00\">April 10, 19:00</abbr></p><p>Venue: <span class=\"location\">Acme Hall</span></p></div>\n")
    event = event_of(page, "night.html")
    assert (event.title, event.venue) == ("Lowport Go Night #4", "Acme Hall")


def test_a_link_in_a_sentence_under_talks_names_the_talk_only_when_it_is_the_talks_page_or_deck():
    note = ("## Talks\n\nJane Doe presented \"Typing in practice\" ([slides](https://speakerdeck.com/jd/typing)).\n\n"
            "John Smith gave a [great overview](https://docs.example.org/guide) of packaging.\n")
    assert not {"slides", "great overview"} & {t.title for t in event_of(note).talks}


def test_a_speaker_at_a_platforms_site_for_a_named_meetup_is_no_event():
    note = ("---\ntitle: Thoughts after another meetup\n---\n\nI was a speaker at [GitHub](https://github.com/) offices "
            "for the Lowport JS meetup #8.\n")
    assert event_of(note).title != "GitHub"


def test_a_room_borrowed_from_someone_named_in_plain_words_names_no_venue():
    assert event_of("# 港.rb #13\n\n会場をお借りした大家さん、ありがとうございました。\n").venue is None


def test_a_books_title_in_double_brackets_is_not_read_as_a_quoted_talk_title():
    note = "# 港読書会 #3\n\n#### 『Clean Architecture』読書メモ 山田 (@yamada)\n\nメモ\n"
    assert [t.title for t in event_of(note).talks] != ["Clean Architecture"]


def test_a_heading_about_the_next_meeting_and_this_ones_slides_still_gives_the_event_page():
    note = ("# Harbor.js #30\n\n## 発表\n\n### 型の話 - 山田\n\nメモ\n\n## 次回予告と今回の資料\n\n"
            "- https://harborjs.connpass.com/event/300/presentation/\n")
    assert event_of(note).url == "https://harborjs.connpass.com/event/300/presentation/"


def test_a_panel_cells_moderator_line_is_its_speaker_not_a_talk():
    page = ("<table><tr><th>Time</th><th>Program</th></tr>\n<tr><td>10:30</td><td><dl><dt>Session 2 (40 min)</dt>"
            "<dd>Jane Doe (Acme)</dd><dd>Designing APIs</dd></dl></td></tr>\n<tr><td>11:10</td><td><dl><dt>Session 3</dt>"
            "<dd>Panel: the future of APIs</dd><dd>Moderated by John Smith</dd></dl></td></tr>\n</table>\n")
    assert [(t.title, [s.name for s in t.speakers]) for t in event_of("<h1>Harbor Dev Day 2031</h1>\n" + page, "p.html").talks] == [
        ("Designing APIs", ["Jane Doe"]), ("the future of APIs", ["John Smith"])]


def test_titles_that_name_no_event_keep_their_words():
    for title in ("Docker Goes to WebAssembly", "Slides from Jane Doe's talk"):
        assert event_of(f"---\ntitle: {title}\n---\n\nnotes\n").title == title


def test_people_over_the_same_sub_headings_are_a_notes_layout_not_picks():
    note = ("# Harbor Summit 2031\n\n## Jane Doe\n\nJane gave the keynote.\n\n### Key points\n\n- scale\n\n### Demo\n\nshown\n\n"
            "## John Smith\n\nJohn talked.\n\n### Key points\n\n- cost\n\n### Demo\n\nshown\n")
    assert "Key points" not in [t.title for t in event_of(note).talks]


def test_a_post_whose_title_says_it_is_a_report_is_not_one_talk():
    note = ("# Last night at Lowport Rust\n\nJane Doe\n\n<iframe src=\"https://speakerdeck.com/player/abc\"></iframe>\n\n"
            "## Async traits\n\nnotes\n\n## Embedded Rust\n\nnotes\n")
    assert [t.title for t in event_of(note).talks] != ["Last night at Lowport Rust"]


# --- guards from the second review ----------------------------------------------------------------------------

def test_a_repeated_release_is_the_titles_subject_and_mixed_series_of_session_codes_all_go():
    same = ("# Harbor Java Night #4\n\n### Virtual threads in practice (JDK 21)\n\nnotes\n\n### Pattern matching for switch (JDK 21)"
            "\n\nnotes\n\n### Structured concurrency (JDK 21)\n\nnotes\n")
    assert all(t.title.endswith("(JDK 21)") for t in event_of(same).talks)
    mixed = ("# Harbor Ignite 2031\n\n### Inside the cloud platform | BRK290\n\nnotes\n\n### Data platform overview | BRK200\n\nnotes"
             "\n\n### Studio deep dive | THR101\n\nnotes\n\n### Agents hands-on lab | LAB305\n\nnotes\n")
    assert [t.title for t in event_of(mixed).talks] == [
        "Inside the cloud platform", "Data platform overview", "Studio deep dive", "Agents hands-on lab"]


def test_a_talks_title_with_review_or_notes_in_it_is_still_one_talk():
    note = ("# Code Review at Scale\n\n**By Jane Doe**\n\n<iframe src=\"https://speakerdeck.com/player/abc\"></iframe>\n\n"
            "## Why reviews stall\n\nnotes\n")
    assert [(t.title, [s.name for s in t.speakers]) for t in event_of(note).talks] == [("Code Review at Scale", ["Jane Doe"])]


def test_a_speaker_page_titled_by_the_speaker_is_their_talk():
    note = "---\ntitle: Jane Doe\nspeaker: Jane Doe\ntalk: \"Observability for Everyone\"\n---\n\nBio.\n"
    assert [t.title for t in event_of(note).talks] == ["Observability for Everyone"]


def test_a_company_in_kanji_that_lent_the_room_is_the_venue():
    assert event_of("# 大阪Go勉強会 #12\n\n会場をお借りした富士通さん、ありがとうございました。\n").venue == "富士通"


def test_slides_from_a_named_conference_name_the_conference():
    assert event_of("---\ntitle: Slides from the Harbor PHP Conference\n---\n\nnotes\n").title == "Harbor PHP Conference"
