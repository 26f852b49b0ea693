"""Readings added in session 49, each with a note of our own in the shape real notes used."""
from __future__ import annotations

import pytest

from generator.normalize import links, sections, speaker_lines
from generator.normalize.titles import clean_talk_title
from note_text import event_of


def _talks(event):
    return [(t.title, [s.name for s in t.speakers]) for t in event.talks]


# --- a byline set as a sub-heading under the talk's heading ----------------------------------------------------------

_SYNOPSES = """
---
layout: page
title: Talk Synopses
permalink: /talks/
---
What the speakers will cover this year.

***
## Rust in the Boiler Room: Memory Safety for Control Systems
### [By Orla Byrne & Tomas Quint](https://conf.example.org/speakers#orla-byrne--tomas-quint)
Why a plant's controllers should not crash on a malformed packet.

***
## Eleven Years of Mailing List Archaeology
### [By Priya Raman](../speakers#priya-raman)
What old threads tell us about how the project grew.

***
## Lock Bumping Explained
### By Gareth Moss (aka Tumbler)
A short tour of pin tumbler locks.
"""


def test_a_by_sub_heading_under_a_heading_is_its_byline_not_a_talk():
    event = event_of(_SYNOPSES)
    assert _talks(event) == [
        ("Rust in the Boiler Room: Memory Safety for Control Systems", ["Orla Byrne", "Tomas Quint"]),
        ("Eleven Years of Mailing List Archaeology", ["Priya Raman"]),
        ("Lock Bumping Explained", ["Gareth Moss"])]
    assert event.talks[2].speakers[0].handle == "Tumbler"  # (`(aka Tumbler)`: the name known by, in parentheses)


def test_a_by_sub_heading_naming_no_one_is_no_byline():
    # (`### By the numbers` right under the heading is a part of the notes, not a byline set large)
    event = event_of("# Night notes\n\n## Scaling the Queue\n### By the numbers\n\nTen, then a hundred.\n\n"
                     "## Quiet Deploys\n### By Jane Roe\n\nBlue, then green.\n")
    assert _talks(event) == [("Scaling the Queue", []), ("Quiet Deploys", ["Jane Roe"])]


def test_a_speakers_labelled_heading_under_the_talks_title_over_sub_sections_is_its_byline():
    event = event_of("""
# Shaping Event-Sourced Systems

## Speaker: Nora Quist

Once, I went looking for what an event really is.

### Events are facts

* They never change.

### Projections

* Rebuilt from the log.

## Three rules of thumb

1. Name events in the past tense.
""")
    assert _talks(event) == [("Shaping Event-Sourced Systems", ["Nora Quist"])]


def test_a_line_linking_the_byline_reads_as_the_byline():
    assert [s.name for s in speaker_lines.speaker_line("[By Orla Byrne & Tomas Quint](https://conf.example.org/speakers#orla)")] \
        == ["Orla Byrne", "Tomas Quint"]


# --- a programme's role word before the name, with no colon -------------------------------------------------------------

def test_a_role_word_before_the_name_in_a_heading_byline_is_not_the_name():
    event = event_of("""
## Tidy Data Joins You Will Want - Speaker Marta Olsen

- joins by inequality now work

## Logging That Helps the Next Person - Speaker Idris Kane

- structured fields beat prose
""")
    assert _talks(event) == [("Tidy Data Joins You Will Want", ["Marta Olsen"]),
                             ("Logging That Helps the Next Person", ["Idris Kane"])]


# --- a numbered LT label, the speaker alone in the heading, the title told in the first sentence ----------------------

_LT_NIGHT = """
---
title: 「Sound Hackers Meetup ＃5」を開催しました！
date: 2021-03-14
---

2021年3月13日に「Sound Hackers Meetup 5」を開催しました。

## LTの内容の紹介

### LT-1 : [@kanade_s](https://twitter.com/kanade_s) さん
ブラウザで鳴らすシンセサイザーの作り方について、のお話。

- 発振器を三つ重ねるとそれらしい音になる

### LT-2 : [@hibiki](https://twitter.com/hibiki)
MIDI鍵盤をつないでみた、というタイトルでWebSocket経由で鍵盤を遠隔操作したお話。

- 遅延は思ったより少なかった

### LT-3 : [@oto_ya](https://twitter.com/oto_ya)
「波形エディタ」と「リズムマシン」という2本立てのお話。

- どちらもCanvasで描画
"""


def test_speaker_headings_with_the_title_told_in_the_first_sentence():
    event = event_of(_LT_NIGHT)
    assert _talks(event) == [("ブラウザで鳴らすシンセサイザーの作り方について", ["kanade_s"]),
                             ("MIDI鍵盤をつないでみた", ["hibiki"]),
                             ("「波形エディタ」と「リズムマシン」", ["oto_ya"])]
    assert {t.kind for t in event.talks} == {"lightning"}


def test_the_first_sentence_tells_the_title_when_more_follow_on_its_line():
    event = event_of(_LT_NIGHT.replace("ブラウザで鳴らすシンセサイザーの作り方について、のお話。",
                                       "ブラウザで鳴らすシンセサイザーの作り方について、のお話。図が多くてわかりやすかった。"))
    assert event.talks[0].title == "ブラウザで鳴らすシンセサイザーの作り方について"


def test_one_speaker_heading_over_a_sentence_is_not_enough_to_read_titles_from_prose():
    # (one heading so written may be a bio's opening sentence: the habit needs two)
    event = event_of("""
## 発表

### @kanade_s さん
ブラウザで鳴らすシンセサイザーの作り方について、のお話。

### 波形エディタを作った話
- Canvasで描画した
""")
    assert "ブラウザで鳴らすシンセサイザーの作り方について" not in [t.title for t in event.talks]


def test_the_writer_introducing_the_lt_contents_is_a_container():
    assert sections.heard_list("LTの内容の紹介") and sections.heard_list("発表の紹介")


# --- exhibits are not talks ---------------------------------------------------------------------------------------------

def test_items_under_an_exhibits_heading_are_not_talks():
    event = event_of("""
---
title: Immersive Sound Night を開催したよ！
date: 2022-10-08
---

## 展示も行いました！

- 紙のARカード by @kirie_w
- 音で動くランプ by @lumen_j
- 360度の部屋 by @roomy

## Talk Session

### 「Ten Years of Web Audio」 - Jonas Halvorsen
[（スライドはこちら）](https://docs.google.com/presentation/d/abc/)

### 「WebXR for Everyone」 - Mei Lindqvist
The state of the spec.
""")
    assert [t.title for t in event.talks] == ["Ten Years of Web Audio", "WebXR for Everyone"]


def test_exhibit_headings_are_told_apart_from_talk_headings():
    assert sections.not_a_programme("Demo booths") and sections.not_a_programme("デモ展示")
    assert not sections.not_a_programme("Talk Session") and not sections.not_a_programme("展示会の作り方")


# --- the venue named with an honorific, between the day and the event held ---------------------------------------------

def test_the_host_named_between_the_day_and_the_event_held_is_the_venue():
    event = event_of("---\ntitle: Meetup report\n---\n\n2022年10月8日（土）にフクロウ商会さんで「Owl Night」を開催しました。\n")
    assert event.venue == "フクロウ商会"


# --- a speaker's card linking their page on the event's site ----------------------------------------------------------

def test_a_line_linking_the_speakers_page_gives_the_speaker_and_where_they_work():
    found = speaker_lines.speaker_line("[篠原 透, 北風出版](https://conf.example.jp/2019/speakers/shinohara/)")
    assert [(s.name, s.affiliation) for s in found] == [("篠原 透", "北風出版")]
    assert speaker_lines.speaker_line("[Ana Ruiz, Ken Ito](https://conf.example.org/speakers/ana/)") is None
    # (a link to a post is no speaker's card)
    assert speaker_lines.speaker_line("[篠原 透, 北風出版](https://blog.example.jp/2019/08/21/recap/)") is None


def test_people_pages_on_an_events_site():
    assert links.is_person_page("https://conf.example.jp/2019/speakers/shinohara/")
    assert links.is_person_page("https://conf.example.org/speakers#priya-raman")
    assert links.is_person_page("../speakers#priya-raman")
    assert not links.is_person_page("https://conf.example.org/speakers/")
    assert not links.is_person_page("https://conf.example.org/a/b/c/speakers#x-y")


# --- quotes ----------------------------------------------------------------------------------------------------------------

def test_a_quote_typed_twice_and_a_title_quoting_its_own_words():
    assert clean_talk_title('""Nemo 3: a simulation tool"') == "Nemo 3: a simulation tool"
    assert clean_talk_title("「開発者にとって「広報」は「悪」なのか？」") == "開発者にとって「広報」は「悪」なのか？"
    assert clean_talk_title("「波形エディタ」と「リズムマシン」") == "「波形エディタ」と「リズムマシン」"


# --- a site generator's nested table of page parameters ---------------------------------------------------------------

_HUGO_PARAMS = """+++
title = "Harbour Rust, June edition: traits, tests and a broken projector"
date = 2025-06-14T09:00:00+01:00
tags = ["rust", "recap"]

[params]
event = "Harbour Rust Meetup — June 2025"
event_date = 2025-06-11
venue = "The Chandlery, upstairs room"
rsvp = "https://www.meetup.com/harbour-rust/events/300000001/"

[[params.talks]]
title = "Traits Without Tears"
speaker = "Ada Brennan"
slides = "https://speakerdeck.com/abrennan/traits-without-tears"

[[params.talks]]
title = "Property Tests on a Budget"
speakers = ["Kofi Mensah", "Lena Dahl"]
kind = "lightning"
+++

Wednesday's meetup filled the room.

{{< talklist >}}
"""


def test_hugo_params_give_the_events_facts_and_programme():
    event = event_of(_HUGO_PARAMS)
    assert (event.title, str(event.date), event.venue, event.url) == (
        "Harbour Rust Meetup — June 2025", "2025-06-11", "The Chandlery, upstairs room",
        "https://www.meetup.com/harbour-rust/events/300000001/")
    assert _talks(event) == [("Traits Without Tears", ["Ada Brennan"]), ("Property Tests on a Budget", ["Kofi Mensah", "Lena Dahl"])]
    assert [t.kind for t in event.talks] == ["talk", "lightning"]


def test_a_key_written_at_the_top_wins_over_the_nested_one():
    event = event_of(_HUGO_PARAMS.replace('tags = ["rust", "recap"]', 'tags = ["rust", "recap"]\nvenue = "Pier Hall"'))
    assert event.venue == "Pier Hall"


def test_a_posts_front_matter_naming_its_event_gives_the_events_name():
    event = event_of("---\ntitle: 'My notes: a long evening of parsers'\nevent_name: 'Parser Night Kyoto #4'\ndate: 2024-02-03\n---\n\n"
                     "## Pratt parsing in 10 minutes\n\nSpeaker: Mio Tanabe\n")
    assert event.title == "Parser Night Kyoto #4"


# --- org-mode: a description list's terms, a task's planning line, the writer's own headings -----------------------

_ORG_NOTES = """#+TITLE: Rivermouth Rust — March notes
#+DATE: <2024-03-22 Fri>

Written two days late.

* Talks I caught
** DONE "Borrowing Without Fear" -- Ilse Marek
   CLOSED: [2024-03-20 Wed 19:10]
   - Lifetimes as a conversation with the compiler.
   - [[https://speakerdeck.com/imarek/borrowing-without-fear][her slides]]

** "Async in Embedded" -- Rui Calado
   - No allocator, still futures.

* Things to try
  - [ ] port the sensor loop to embassy

* Logistics (for future me)
  - When :: Wed 20 Mar 2024, doors 18:30
  - Where :: Saltworks Studio, 2nd floor (ring the bell twice)
"""


def test_org_notes_with_a_description_list_and_the_writers_own_headings():
    event = event_of(_ORG_NOTES, name="march.org")
    assert _talks(event) == [("Borrowing Without Fear", ["Ilse Marek"]), ("Async in Embedded", ["Rui Calado"])]
    assert event.venue == "Saltworks Studio, 2nd floor"
    assert event.talks[0].slides == "https://speakerdeck.com/imarek/borrowing-without-fear"
    assert "CLOSED" not in event.talks[0].body
    # (the planning line leaves a blank one: every later line keeps its number)
    assert event.talks[1].line == _ORG_NOTES.split("\n").index('** "Async in Embedded" -- Rui Calado') + 1


def test_a_quoted_venue_name_before_its_room_loses_only_the_quotes():
    event = event_of("---\ntitle: 北浜OSSの日 2024 に参加しました\n---\n\n7月6日（土）、北浜で開催された北浜OSSの日に参加しました。"
                     "会場は「北浜市民ホール」3F の小会議室。\n")
    assert event.venue == "北浜市民ホール 3F の小会議室"


# --- where the evening gathered, told in an English sentence ------------------------------------------------------------

@pytest.mark.parametrize("sentence, venue", [
    ("Tuesday night we had **Wyvern Python #12** at the Ropery Loft on Canal Street.", "Ropery Loft"),
    ("On Thursday around 60 of you joined us at <strong>Harbour Print Works</strong> for the spring social.",
     "Harbour Print Works"),
    ("About 70 people squeezed into the Riverside Digital Hub, twenty more than last time.", "Riverside Digital Hub"),
    ("It ran on Saturday, 12 October, at the Cornmarket Exhibition Hall, with three rooms.", "Cornmarket Exhibition Hall"),
    ("Yesterday I attended the Graph Autumn Conference at Tayside University:", "Tayside University"),
    ("The conference ran all day at the Dockside Innovation Hub in Portmouth.", "Dockside Innovation Hub"),
    ("It's on **Saturday 17 May 2025** at **The Quayside Institute**, Mill Lane.", "The Quayside Institute"),
    ("It happened last Wednesday, in the upstairs room at the Tanner's Arms.", "Tanner's Arms"),
])
def test_the_place_a_sentence_says_the_evening_gathered_at(sentence, venue):
    assert event_of(f"---\ntitle: Notes\n---\n\n{sentence}\n\n## A talk\n\nSpeaker: Jane Roe\n").venue == venue


@pytest.mark.parametrize("sentence", [
    "We had Jane Roe, an engineer at Globex, talk about queues.",
    "We met at Noon for lunch first.",
    "I attended a talk by Ken Ito at the start of the day.",
    "I took notes at each talk I attended at Graphcon 2013.",
    "Tuesday we had a great terrace party hosted at Terraza with the other attendees and everyone danced.",
    # (from the review of these readings: a town, a company or service in one word, another event, history, someone's
    # words, a day's name, a talk's metaphor, a pub afterwards)
    "Forty people joined us at Leeds on Thursday.",
    "It ran on a single VPS at Hostwell for two years.",
    "Our host is just back from DevCon at the Riverside Centre.",
    "The first meetup was held at Strange Loop in 2016, Mo noted.",
    "Most of the room had attended a workshop at Coders Academy.",
    "“We got together at the Old Mill every month back then,” Pat recalled.",
    "At one point we had traffic at Black Friday levels.",
    "The talk packed a whole history of Unix into the Bell Labs years.",
    "We then squeezed into the Golden Hind afterwards for a drink.",
    "Years ago the founders got together at Pier Ventures.",
    "We welcomed Jo Banks, now at Lattice Bank, for her third talk.",
])
def test_a_sentence_naming_where_someone_works_or_when_is_no_venue(sentence):
    assert event_of(f"---\ntitle: Notes\n---\n\n{sentence}\n\n## A talk\n\nSpeaker: Jane Roe\n").venue is None


def test_a_sentence_further_down_says_where_the_evening_gathered():
    event = event_of("""
---
title: First Harbour CSS
---
![Crowd](crowd.jpg)

## A talk on grids

Speaker: Jane Roe

## Thanks
Thanks to everyone who came. To cut it short, it went well. We held our first
meetup at Quayline Media office. It has a calm feel.
""")
    assert event.venue == "Quayline Media office"


def test_a_place_named_for_its_subject_keeps_its_whole_name():
    event = event_of("<article>\n<h1>Creative Code Night</h1>\n\n"
                     "<p>The evening, at the amazing <a href=\"https://example.org/\">Centre for Printing History</a>, "
                     "was well attended.</p>\n\n<h2>Laser sketches</h2>\n<p>Speaker: Dana Holt</p>\n</article>\n",
                     name="night.html")
    assert event.venue == "Centre for Printing History"


@pytest.mark.parametrize("sentence, venue", [
    ("当日の会場はみなと電機さんのMINATO Co-creation Lab（みなラボ）という共創スペースをお借りしました。",
     "MINATO Co-creation Lab（みなラボ）"),
    ("今回の会場は西那珂公民館で、駅から歩いてすぐでした。", "西那珂公民館"),
    ("今回の会場は門司駅北口の「門司テックハブ」さん。", "門司テックハブ"),
])
def test_the_venue_a_japanese_sentence_names(sentence, venue):
    assert event_of(f"---\ntitle: 勉強会レポート\n---\n\n{sentence}\n\n## 発表\n\n発表者: 山田 太郎\n").venue == venue


def test_the_hosts_office_named_with_its_honorific_stays_whole():
    event = event_of("---\ntitle: 勉強会レポート\n---\n\n会場はほげ株式会社さんのオフィスでした。\n\n## 発表\n\n発表者: 山田 太郎\n")
    assert event.venue == "ほげ株式会社さんのオフィス"


@pytest.mark.parametrize("sentence", [
    "That very day after the event we gathered at Grendel's Tavern to have one last socializing evening.",
    "Two years earlier I also attended and presented at Plone Essentials 6, so this felt familiar.",
])
def test_a_later_social_or_another_event_is_no_venue(sentence):
    assert event_of(f"---\ntitle: Notes\n---\n\nWords.\n\n## A talk\n\nSpeaker: Jane Roe\n\n{sentence}\n").venue is None


def test_a_companys_office_names_the_company():
    event = event_of("---\ntitle: Notes\n---\n\nThe meetup took place in Globex's office in Montréal.\n")
    assert event.venue == "Globex"


# --- the event's day beside a post's byline ----------------------------------------------------------------------------

def test_a_bylines_day_and_reading_time_mark_the_posts_day_not_the_events():
    event = event_of("""<article>
<header><h1 class="post-title">Spring Evening 2025: what a night</h1>
<div class="post-byline"><span>by <a href="/author/ann/">Ann Pryce</a></span> <span>&middot;</span>
<time class="published" datetime="2025-04-28T12:05:00+01:00">28 April 2025</time> <span>&middot;</span>
<span>4 min read</span></div></header>
<div class="post-content">
<p>What a night! Last Thursday (24 April) about seventy of you joined us at <strong>Quay Studios</strong>.</p>
<h2>Keynote</h2>
<p>Speaker: Jane Roe</p>
</div></article>
""", name="spring.html")
    assert str(event.date) == "2025-04-24"


# --- a programme page's rooms, its site's address prefix, a quoted title's comma ---------------------------------------

@pytest.mark.parametrize("room", ["Hall B", "Main Hall", "Stage 2", "Foyer", "Visboekzaal B"])
def test_a_room_of_the_venue_is_no_person(room):
    from generator.normalize import people
    assert not people.looks_like_people(room, strict=True)


def test_a_link_whose_address_opened_with_the_sites_prefix_keeps_its_address():
    event = event_of("""
---
title: Harbour Lightning Night
---

## Talks

- [Typed Queues]( {{ site.baseurl }}/talks/typed-queues) by Jane Roe
- [Quiet Deploys]( {{ site.baseurl }}/talks/quiet-deploys) by Ken Ito
""")
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Typed Queues", ["Jane Roe"]), ("Quiet Deploys", ["Ken Ito"])]


def test_a_quoted_titles_comma_belongs_to_the_sentence():
    assert clean_talk_title("“Community before Code,”") == "Community before Code"


# --- a connpass event page copied as text --------------------------------------------------------------------------------

_CONNPASS_COPY = """https://umi-lt.connpass.com/event/400001/

connpass
イベントを探す
ログイン
新規登録

海辺LT Vol.4 〜ネットワーク失敗談〜
ポスト
いいね！ 12
シェア

海辺LT
グループ
メンバー 210人
フォロー

開催日時
2025/06/13(金)
19:00 〜 21:00

募集内容
現地参加枠
無料
先着順
30/30人

開催場所
神奈川県横浜市中区海岸通1-1 しおさいビル
コワーキングスペース しおさい 3F

イベント内容
ネットワークの失敗談を5分ずつ持ち寄る会です。

タイムテーブル
19:10〜 LT（各5分・敬称略）
  1. 「VLANを間違えた夜」 かもめ（@kamome_net）
  2. 「BGPの設定ミス」 はまなす（@hamanasu_ops）
  3. 「DNSが全部落ちた日」 うみねこ（@umineko_dns）

ハッシュタグ
#海辺LT

このイベントを通報
"""


def test_a_connpass_page_copied_as_text_reads_as_its_event():
    event = event_of(_CONNPASS_COPY, name="umibe-lt-4.txt")
    assert event.title.startswith("海辺LT Vol.4")  # (its subtitle kept or not, either names it)
    assert (str(event.date), event.venue, event.hashtags) == ("2025-06-13", "コワーキングスペース しおさい 3F", ("海辺LT",))
    assert [(t.title, [s.handle for s in t.speakers]) for t in event.talks] == [
        ("VLANを間違えた夜", ["kamome_net"]), ("BGPの設定ミス", ["hamanasu_ops"]), ("DNSが全部落ちた日", ["umineko_dns"])]
    assert "このイベントを通報" not in [t.title for t in event.talks]


def test_a_long_paragraph_is_read_a_sentence_at_a_time_for_where_it_took_place():
    long = ("Thirty-five people signed up for this meetup, which took place in Globex's office in Montréal. "
            "Attendees had been asked beforehand to prepare short presentations of five to ten minutes each, and "
            "dinner was offered by our sponsor, who also lent us the projector, the chairs and the coffee machine "
            "for the whole evening; thanks again to everyone who stayed to tidy up afterwards.")
    assert len(long) > 300
    assert event_of(f"---\ntitle: Notes\n---\n\n{long}\n\n## A talk\n\nSpeaker: Jane Roe\n").venue == "Globex"


@pytest.mark.parametrize("sentence", [
    "That very day after the event we gathered at Grendel's Tavern to have one last socializing evening.",
    "Last summer Dr. Siek hosted two student workshops at Northfield University.",
])
def test_the_events_own_closing_words_naming_another_gathering_give_no_venue(sentence):
    event = event_of(f"---\ntitle: Notes\n---\n\nWords.\n\n## A talk\n\nSpeaker: Jane Roe\n\n## Wrap-up\n\n{sentence}\n")
    assert event.venue is None


def test_an_items_own_split_naming_the_columns_person_more_fully():
    # (a list whose column holds each item's handle: the item's own split is kept where it names the same person,
    # `Title — 北上さん（@kitakami）`, never where the word before the handle is a title's part)
    from generator.core.model import Speaker
    from generator.normalize.timetable import _names_the_columns_person as names_them
    assert names_them(Speaker(name="北上", handle="kitakami_duty"), "福岡から東京の当番に入る — 北上さん（@kitakami_duty）",
                      "福岡から東京の当番に入る — 北上さん")
    assert names_them(Speaker(name="かもめ", handle="kamome"), "「VLANの夜」 かもめ（@kamome）", "「VLANの夜」 かもめ")
    assert not names_them(Speaker(name="前編", handle="kmp"), "Kotlin 入門 - 前編 @kmp", "Kotlin 入門 - 前編")
    assert not names_them(Speaker(name="Fiber", handle="eielh"), "標準ライブラリ - Fiber @eielh", "標準ライブラリ - Fiber")
