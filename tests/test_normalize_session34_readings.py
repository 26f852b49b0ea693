"""Session 34: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import pytest
from note_text import event_of, talks_of

from generator.core.errors import ContentError
from generator.normalize import kinds
from generator.read.sources import parse_note


# --- a conference's talk list, its links left to be filled in later (`[Title]:` with no address) ----------------

_PLACEHOLDER_LINKS = """\
# [<img src="https://img.example/logo.png" width="25px"> Lakeside JS 2031](https://lakesidejs.example)

I went to [Lakeside JS](https://lakesidejs.example) in Northfield, September 3-5, 2031, mostly for the talks.

## Talks

Thursday, September 4, 2031
- **Opening keynote**: [Printers, Ferries, and Flaky Tests] - [Ada Brennan] (Ferrylines)
- [Streams All The Way Down] - [Milo Hart] ([Quayside])
- [A Gentle Tour of Bundlers] - [Rosa Quint] ([Harbor Labs])

[Printers, Ferries, and Flaky Tests]:
[Streams All The Way Down]:
[A Gentle Tour of Bundlers]: talks/bundlers.md

[Ada Brennan]: https://people.example/ada
[Milo Hart]: https://people.example/milo
[Rosa Quint]: https://people.example/rosa
[Quayside]: https://quayside.example
[Harbor Labs]: https://harborlabs.example
"""


def test_references_whose_definitions_have_no_address_yet_show_their_words():
    assert talks_of(_PLACEHOLDER_LINKS) == [
        ("Printers, Ferries, and Flaky Tests", ["Ada Brennan"], "keynote"),
        ("Streams All The Way Down", ["Milo Hart"], "talk"),
        ("A Gentle Tour of Bundlers", ["Rosa Quint"], "talk"),
    ]


def test_a_title_written_with_html_is_the_words_it_shows():
    assert event_of(_PLACEHOLDER_LINKS).title == "Lakeside JS 2031"
    # (a button beside the title is a call to act, no part of its name)
    button = ('---\ntitle: 9th March 2031 <a href="https://rsvp.example/2031/" class="btn btn-primary">RSVP Here</a>\n'
              '---\n\nJoin us for the spring meetup.\n')
    assert event_of(button).title == "9th March 2031"
    # (a title with a `<` that is no tag stays as written)
    assert event_of("---\ntitle: Is 1 < 2? Meetup #4\n---\n\nNotes.\n").title == "Is 1 < 2? Meetup #4"


def test_a_byline_of_linked_names_is_read_as_the_names_the_links_show():
    from generator.normalize import bylines
    title, speakers = bylines.split_title_speaker("Flaky Tests - [Ada Brennan](https://people.example/ada) (Ferrylines)",
                                                  strict=True)
    assert (title, [(p.name, p.affiliation) for p in speakers]) == ("Flaky Tests", [("Ada Brennan", "Ferrylines")])


def test_an_opening_or_closing_keynote_label_is_the_talks_kind_not_its_title():
    assert kinds.classify("Opening keynote: Printers and Ferries") == ("keynote", "Printers and Ferries")
    assert kinds.classify("Closing keynote: Ferries") == ("keynote", "Ferries")
    assert kinds.classify("Opening keynotes are long") == ("keynote", "Opening keynotes are long")


# --- front matter a site's template left unfilled --------------------------------------------------------------

_TEMPLATE_FRONT_MATTER = """\
---
title: "{{ replace .Name "-" " " | title }}"
date: {{ .Date }}
draft: false
tags: [meetup]
---

# Harbor Meetup #12

- 19:00 Ferry schedules as data (Jane Doe)
- 19:30 Lighthouse logs (Bo Lund)
"""


def test_front_matter_values_left_as_template_expressions_are_no_values_and_no_error():
    event = event_of(_TEMPLATE_FRONT_MATTER)
    assert (event.title, event.date, event.tags) == ("Harbor Meetup #12", None, ("meetup",))
    assert [t[0] for t in talks_of(_TEMPLATE_FRONT_MATTER)] == ["Ferry schedules as data", "Lighthouse logs"]


def test_a_value_with_a_template_expression_inside_it_is_no_value_while_other_bad_yaml_still_names_its_line():
    text = ("---\ntitle: Zig Night\ndate: 2031-07-06\ntags: [{{ .Params.x }}, zig]\n"
            "summary: {{ .Summary }} and more\nimage:\n  src: {{ .Site.Params.logo }}\n---\n\n# Zig Night 2031\n\n"
            "- 19:00 Comptime (Jane Doe)\n- 19:30 Allocators (Bo Lund)\n")
    event = event_of(text)
    assert (event.title, event.date.isoformat(), event.tags) == ("Zig Night", "2031-07-06", ())
    # (the whole value goes, `zig` with the expression: what the site would fill in is not known)
    with pytest.raises(ContentError) as caught:
        parse_note(b"---\ntitle: [oops\n---\n\nx\n", "bad.md")
    assert caught.value.line == 3 and "invalid YAML front matter" in str(caught.value)


# --- a programme page copied into notes: bold titles over their speakers, rules between ------------------------

_BOLD_CARDS = """\
# Quayside Dev Day 2031

https://quaysidedev.example/agenda

Saturday 8th March 2031 - Northfield Town Hall

---

**Will Robots Review My Pull Requests?**
Hana Sato - @hanasato

---

**One Token to Rule Them All (for a few
minutes)**
Ivo Marsh

- I should have gone to this one: the hallway said it was great.

**Tidy Your Week With Small Scripts**
Lena Park & Tom Reyes

---

**Disasters for Fun and Learning**
Ruth Okafor - @ruth_o
"""


def test_bold_titles_over_their_speakers_are_the_talks_and_what_follows_each_is_its_notes():
    assert talks_of(_BOLD_CARDS) == [
        ("Will Robots Review My Pull Requests?", ["Hana Sato"], "talk"),
        ("One Token to Rule Them All (for a few minutes)", ["Ivo Marsh"], "talk"),
        ("Tidy Your Week With Small Scripts", ["Lena Park", "Tom Reyes"], "talk"),
        ("Disasters for Fun and Learning", ["Ruth Okafor"], "talk"),
    ]
    talk = event_of(_BOLD_CARDS).talks[1]
    assert "hallway" in talk.body and "Tidy" not in talk.body


def test_bold_lead_ins_of_the_writers_own_paragraphs_are_no_cards():
    text = ("# Notes\n\n**Morning**\nI arrived late.\n\n**Lunch**\nThere was soup.\n\n**Evening**\nWe went home.\n\n"
            "**Takeaways**\nWrite more tests.\n")
    assert talks_of(text) == []


# --- a list of a conference's talks written as headings over their decks' addresses ------------------------------

_HEADINGS_OVER_ADDRESSES = """\
---
title: 'HarborTS 2031の発表資料まとめ'
topics: ["HarborTS"]
---

発表者の投稿から集めました。

## 型で守るフォームの入力
https://speakerdeck.com/example/forms

## 型推論を読み解く
NOT_FOUND

## スキーマ駆動のUI
https://talks.example.dev/20310524/

## モノレポの型チェック高速化
https://docs.google.com/presentation/d/abc123/preview

## 型とテストの境界
https://speakerdeck.com/example/types-and-tests

## 型の歴史とこれから
https://blog.example/articles/types-history

## 型安全なイベント配信
https://speakerdeck.com/example/typed-events

## 小さなライブラリの作り方
https://www.docswell.com/s/example/small-libs

## 型エラーを読む技術
https://speakerdeck.com/example/reading-type-errors
"""


def test_a_heading_over_another_address_or_a_placeholder_is_a_talk_among_headings_over_decks():
    assert [t[0] for t in talks_of(_HEADINGS_OVER_ADDRESSES)] == [
        "型で守るフォームの入力", "型推論を読み解く", "スキーマ駆動のUI", "モノレポの型チェック高速化", "型とテストの境界",
        "型の歴史とこれから", "型安全なイベント配信", "小さなライブラリの作り方", "型エラーを読む技術"]


def test_a_writers_section_of_prose_among_headings_over_decks_stays_the_events():
    text = _HEADINGS_OVER_ADDRESSES + "\n## 感想\n\nどの発表も面白かったです。来年も参加したいです。\n"
    assert "感想" not in [t[0] for t in talks_of(text)]


# --- a conference's index of notes: its facts first, sessions, a remark after one link -------------------------------

_INDEX_OF_NOTES = """\
Location:  Northfield, OR
MAY 16-17, 2031: TUTORIALS
MAY 18-19, 2031: CONFERENCE

https://conf.example/harborcon/2031/schedule

I went to two days of tutorials and two days of sessions.

## Sessions (~45 minutes)
* [Type Theory for the Impatient](type-theory.md)
* [Imposter Feelings and Real Skill](imposter.md)  -- My personal favorite
* [How to Learn Rust](rust.md)

## Other:
* [Keynotes and Vendor Booths](keynotes-and-vendors.md)
"""


def test_a_note_opening_with_its_facts_has_no_title_line_and_its_sessions_are_its_talks():
    event = event_of(_INDEX_OF_NOTES)
    assert not event.title.startswith("Location")
    assert [t.title for t in event.talks] == [
        "Type Theory for the Impatient", "Imposter Feelings and Real Skill", "How to Learn Rust"]


def test_a_remark_after_a_linked_title_is_its_note_and_a_duration_in_parentheses_is_no_room():
    talk = event_of(_INDEX_OF_NOTES).talks[1]
    assert (talk.title, talk.room) == ("Imposter Feelings and Real Skill", None)
    assert "personal favorite" in talk.body
    # (a name after the dash is the talk's speaker, and stays one)
    named = "## Talks\n\n- [Tide Tables](a.md)\n- [Buoys](b.md) -- Jane Doe\n- [Piers](c.md)\n"
    assert ("Buoys", ["Jane Doe"], "talk") in talks_of("# Harbor Meetup #3\n\n" + named)


# --- sections the writer heads with the speaker's name ---------------------------------------------------------

_SPEAKER_HEADINGS = """\
# 港町勉強会 #5

2031年3月12日に参加しました。

## 古賀 美咲さん

Rustの所有権の話。スライドは後日公開。

- 借用チェッカーの仕組み
- ライフタイム

## 特別ゲスト: 土田 安紘 氏

画像系アーキテクチャの解説。

## 山田さん

Goの並行処理について。

## 感想

楽しかった。
"""


def test_a_heading_that_is_only_the_speakers_name_is_a_talk_titled_by_it():
    assert talks_of(_SPEAKER_HEADINGS) == [
        ("古賀 美咲", ["古賀 美咲"], "talk"), ("土田 安紘", ["土田 安紘"], "talk"), ("山田", ["山田"], "talk")]


def test_a_family_name_before_an_honoured_given_name_belongs_to_the_person_not_the_title():
    from generator.normalize import bylines
    title, speakers = bylines.trailing_people("型の話 古賀 美咲さん", strict=False)
    assert (title, [p.name for p in speakers]) == ("型の話", ["古賀 美咲"])
    # (a title's own last word stays the title's: `Rustの話 山田さん`)
    title, speakers = bylines.trailing_people("Rustの話 山田さん", strict=False)
    assert (title, [p.name for p in speakers]) == ("Rustの話", ["山田"])


def test_a_venue_keeps_no_remark_to_the_reader_in_parentheses():
    text = "# 勉強会 Day 4\n\nDate: 6/17/2031 (Wed) 8PM\n\nVenue: Hangout Meet (参加者あてに通知されます）\n\n## 発表\n\n話。\n"
    assert event_of(text).venue == "Hangout Meet"


# --- guards the review's probes asked for ------------------------------------------------------------------------

def test_bold_awards_credits_and_parts_over_names_are_no_talks():
    # (under a `## Results` heading the heading itself is still read as a talk whose speaker is `Best Hack`: an old
    # misreading of a heading over bold lines, left for a later session)
    awards = ("# Harbor Hack Night 2031\n\n**Best Hack**\nJane Doe\n\n**Best Design**\nBo Lund\n\n"
              "**Audience Choice**\nMia Park\n")
    credits = ("# Harbor Meetup #9\n\n**Organized by**\nAlice Wong and Bob Lee\n\n**Photos by**\nCarol Diaz\n\n"
               "**Drinks sponsored by**\nDan Moss\n")
    staff = "# 港町勉強会 #5\n\n**司会**\n佐藤 花子\n\n**撮影**\n高橋 次郎\n\n**受付**\n山本 和也\n"
    for text in (awards, credits, staff):
        assert talks_of(text) == []


def test_one_line_remarks_and_resources_around_headings_over_decks_stay_the_writers():
    text = _HEADINGS_OVER_ADDRESSES + "\n## 当日の写真\nhttps://photos.example/album/1\n\n## 個人的なハイライト\nFlowの話が一番刺さった。\n"
    found = [t[0] for t in talks_of(text)]
    assert "当日の写真" not in found and "個人的なハイライト" not in found and "型推論を読み解く" in found


def test_element_names_in_a_title_are_words_not_tags():
    assert event_of("---\ntitle: Vue.js <template> 勉強会 #3\n---\n\nNotes.\n").title == "Vue.js <template> 勉強会 #3"
    assert event_of("---\ntitle: HTML <dialog> and <details> Meetup\n---\n\nNotes.\n").title == \
        "HTML <dialog> and <details> Meetup"
    assert event_of("---\ntitle: PHP Conference<br>Fukuoka 2031\n---\n\nNotes.\n").title == "PHP Conference Fukuoka 2031"


def test_a_bold_kind_label_before_a_linked_title_keeps_the_talks_kind():
    text = ("# Go Kyoto #20\n\n## 発表\n\n"
            "- **LT**: [sqlcの小技](https://speakerdeck.com/gokyoto/sqlc-tips) by 近藤 翔\n"
            "- **LT**: [iter パッケージ](https://speakerdeck.com/gokyoto/iter) by 岩田 萌\n"
            "- **基調講演**: [Goの15年](https://www.youtube.com/watch?v=abcdefghijk) by 松尾 剛\n")
    assert [(t[0], t[2]) for t in talks_of(text)] == [
        ("sqlcの小技", "lightning"), ("iter パッケージ", "lightning"), ("Goの15年", "keynote")]


def test_a_company_or_an_events_page_linked_after_a_title_is_no_speaker():
    from generator.normalize import bylines
    assert bylines.split_title_speaker("Node.js 22の新機能 - [Acme Corp](https://acme.example) (sponsor)", strict=True)[1] == ()
    assert bylines.split_title_speaker("Go for data - [Go Conference](https://gocon.example) (organizers)", strict=True)[1] == ()


# --- a list of sessions naming speakers by their family names; the note's one heading its title -------------------

_SURNAME_LIST = """\
### Harbor Design Day, Lowport 2031

My session notes.

List of sessions:

1. [Beyond the Landing Page - Ostrander](/Ostrander-Landing.md)
1. [Customizable Type Scales - Marlowe](/Marlowe-Type.md)
1. [Grids Without Tears Today - McAllister](/McAllister-Grids.md)
1. [Designing Calm Navigation Menus - Okafor](/Okafor-Navigation.md)
1. [The Four Rules of Color - Lindqvist/Lindqvist-Color.md
"""


def test_speakers_called_by_their_family_names_after_each_dash_are_the_lists_column():
    assert talks_of(_SURNAME_LIST)[:4] == [
        ("Beyond the Landing Page", ["Ostrander"], "talk"), ("Customizable Type Scales", ["Marlowe"], "talk"),
        ("Grids Without Tears Today", ["McAllister"], "talk"), ("Designing Calm Navigation Menus", ["Okafor"], "talk")]
    # (a column of subtitles is no column of names: `Kubernetes - Introduction`)
    subtitles = "## Talks\n\n" + "".join(f"- [{t} In Practice Today - {w}](/{w}.md)\n" for t, w in
                                       (("Kubernetes", "Introduction"), ("Docker", "Basics"), ("Helm", "Overview"),
                                        ("Istio", "Recap")))
    # (what else reads the list is not this reading's: it never makes the subtitle words speakers)
    assert not {"Introduction", "Basics", "Overview", "Recap"} & {
        name for _, speakers, _ in talks_of("# Harbor Meetup #3\n\n" + subtitles) for name in speakers}


def test_the_notes_only_heading_opening_it_and_naming_a_numbered_event_is_its_title():
    assert event_of(_SURNAME_LIST).title == "Harbor Design Day, Lowport 2031"
    # (a heading that names no event stays a section)
    assert event_of("### Notes\n\n- [Tide Tables](a.md)\n").title != "Notes"


# --- an event page's programme laid out as cards in a list ------------------------------------------------------

_CARD_LIST_PAGE = """\
<html><head><title>Harbor Creative Coding Day 2031</title></head><body>
<h1>Harbor Creative Coding Day 2031</h1>
<h3>Keynote</h3>
<ul>
  <li><div class="information"><h4><span>10:40-</span>Code for Design</h4><p>What code means for design.</p></div>
      <div class="speaker"><img src="a.jpg"><div><h5>中西 泰人<a href="https://twitter.com/nakanishi_y"><img src="t.png"></a></h5>
      <p>Professor of design.</p></div></div></li>
  <li><div class="information"><h4><span>11:20-</span>Mathematics as Art</h4><p>Shapes from numbers.</p></div>
      <div class="speaker"><img src="b.jpg"><div><h5>久保田 晃弘<a href="https://twitter.com/kubota_a"><img src="t.png"></a></h5>
      <p>Professor of media art.</p></div></div></li>
</ul>
<h3>Lightning Talk</h3>
<ul>
  <li><p>13:00 <a href="https://hieda.example">Naoto Hieda</a></p><p>Introduction one</p></li>
  <li><p>13:15 <a href="https://mizuochi.example">水落 大</a></p><p>シェーダーを無限に生成するガチャ</p></li>
  <li><p>13:30 <a href="https://kyabe.example">きゃべ（@cab_kyabe）</a></p><p>LINEスタンプを作った話</p></li>
</ul>
</body></html>
"""


def test_a_list_laid_out_as_cards_is_read_as_headings_and_a_speakers_sub_heading_names_the_speaker():
    talks = talks_of(_CARD_LIST_PAGE, "page.html")
    assert ("Code for Design", ["中西 泰人"], "talk") in [(t, s, "talk") for t, s, _ in talks]
    assert ("Mathematics as Art", ["久保田 晃弘"]) in [(t, s) for t, s, _ in talks]


def test_a_timed_slot_naming_its_linked_speaker_over_the_talks_title():
    talks = [(t, s) for t, s, _ in talks_of(_CARD_LIST_PAGE, "page.html")]
    assert ("Introduction one", ["Naoto Hieda"]) in talks
    assert ("シェーダーを無限に生成するガチャ", ["水落 大"]) in talks
    assert ("LINEスタンプを作った話", ["きゃべ"]) in talks


_CLASS_MARKED_PAGE = """\
<html><body><h1>Harbor WebGL Meetup #2</h1>
<div class="HW-talk"><div class="HW-talk__time">14:00</div>
  <div class="HW-talk__title">ハードウェアを知って速くする<br>Faster by knowing the hardware</div>
  <div class="HW-talk__summary"><p>速く動くコンテンツのノウハウ。</p></div>
  <div class="HW-speaker"><div class="HW-speaker__name"><ruby><rb>安藤 幸央</rb><rt>あんどう ゆきお</rt></ruby> / Yukio Andoh</div>
  <div class="HW-speaker__bio"><p>北海道生まれ。</p></div></div></div>
<div class="HW-talk"><div class="HW-talk__time">14:30</div>
  <div class="HW-talk__title">Big Data on Maps</div>
  <div class="HW-talk__summary"><p>Mass movement data, visualised.</p></div>
  <div class="HW-speaker"><div class="HW-speaker__name">Satoshi Ueyama</div>
  <div class="HW-speaker__bio"><p>Researcher.</p></div></div></div>
</body></html>
"""


def test_classes_marking_a_talks_title_and_its_speakers_name_and_a_names_reading_left_out():
    assert [(t, s) for t, s, _ in talks_of(_CLASS_MARKED_PAGE, "page.html")] == [
        ("ハードウェアを知って速くする", ["安藤 幸央"]), ("Big Data on Maps", ["Satoshi Ueyama"])]


def test_a_room_and_time_printed_after_a_title_are_no_part_of_it():
    from generator.normalize import titles
    assert titles.clean_talk_title("国技と Scala 会場A 18:50-19:30") == "国技と Scala"
    assert titles.clean_talk_title("Hall B 10:00-10:40") == "Hall B 10:00-10:40"


# --- event titles with the post's own words after the name ---------------------------------------------------------

def test_an_events_name_then_the_posts_own_words_is_the_events_name():
    from generator.normalize import titles
    for written, name in (
            ("Harbor PHP Day 2031 • Lowport, Norway", "Harbor PHP Day 2031"),
            ("港町Ruby会議09、Rubyで作る物語", "港町Ruby会議09"),
            ("March Lowport R Meetup: Jane Doe, Tom Ward", "March Lowport R Meetup"),
            ("HRBRという謎の勉強会", "HRBR"),
            ("Morning Pitch会を実施", "Morning Pitch会"),
            ("第12回シェル芸勉強会リンク集", "第12回シェル芸勉強会"),
            ("11/12/2031 WordPress Meetup", "WordPress Meetup"),
            ("Ideas and Takeaways from Write the Docs 2031", "Write the Docs 2031")):
        assert titles.clean_event_title(written) == name, written
    # (a colon after the name keeps the event's own theme, as an organiser writes it; so does a plain phrase)
    assert titles.clean_event_title("HarborCamp Lowport 2031: Diving Back Into Plugins") == \
        "HarborCamp Lowport 2031: Diving Back Into Plugins"
    assert titles.clean_event_title("Harbor Meetup: Rust macros") == "Harbor Meetup: Rust macros"
    assert titles.clean_event_title("Monthly Meetup: Docker Compose") == "Monthly Meetup: Docker Compose"
    assert titles.clean_event_title("SREという仕事を考える会") == "SREという仕事を考える会"


def test_a_name_then_where_the_person_works_after_commas_is_one_person():
    from generator.normalize import people
    for written, name, org in (("Noam Ross, EcoHealth Alliance", "Noam Ross", "EcoHealth Alliance"),
                               ("Laura Erban, US EPA, ORD/NHEERL", "Laura Erban", "US EPA, ORD/NHEERL"),
                               ("Stephanie Wilson, US EPA, Region 2", "Stephanie Wilson", "US EPA, Region 2")):
        assert [(p.name, p.affiliation) for p in people.parse_people(written)] == [(name, org)]
    # (people after commas stay people)
    assert [p.name for p in people.parse_people("Ann Lee, Bo Park, Cy Ng")] == ["Ann Lee", "Bo Park", "Cy Ng"]


def test_an_agenda_timed_with_full_stops_and_am_pm_and_a_break_named_after_its_place_in_the_day():
    text = ("---\ntitle: \"Harbor Data x Quayside - 25 June 2031\"\nstartDate: \"2031-06-25\"\n---\n\n## Details\n\n"
            "**Expected agenda:**  \n**6.30pm - 7.15pm** - Registration, Pizzas & Networking  \n"
            "**7.20pm - 7.35pm** - Data Streaming and Monitoring by Sathana  \n"
            "**7.35pm - 7.50pm** - Data Warehousing and use cases by Rehman & Mun Kit  \n"
            "**8.15pm – 8.30pm** - Post-event Networking\n")
    event = event_of(text)
    assert event.title == "Harbor Data x Quayside - 25 June 2031"  # (the day after the name stays; it is never the name)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Data Streaming and Monitoring", ["Sathana"]), ("Data Warehousing and use cases", ["Rehman", "Mun Kit"])]


def test_a_programme_slot_over_its_kind_and_people_and_a_name_before_a_quoted_title():
    text = ("# Harbor Creative Coding Day 2031\n\n## Keynote\n\n10:40\n\n#### 杉原 聡「建築とアルゴリズムの実践」\n\n建築の話。\n\n"
            "## Presentation\n\n- 13:00 イントロダクション\n- 13:10 クリエイティブコーディングを仕事にする\n  LT 永松歩\n"
            "- 13:25 数値を材料に絵を描く\n  LT 中村 陽菜\n- 14:40 休憩\n- 15:00 日常的にコードを書く\n"
            "  Talk Session はぅ君 / nasana / 高尾俊介\n")
    assert talks_of(text) == [
        ("建築とアルゴリズムの実践", ["杉原 聡"], "keynote"),
        ("クリエイティブコーディングを仕事にする", ["永松歩"], "lightning"),
        ("数値を材料に絵を描く", ["中村 陽菜"], "lightning"),
        ("日常的にコードを書く", ["はぅ", "nasana", "高尾俊介"], "talk")]


_GRID_UNDER_A_DAY = """\
# Schedule

| September 7th |  |  |
|---|---|---|
| Time | Track 1 | Track 2 |
| 8 a.m. – 9 a.m. | Registration |  |
| 9:15 a.m. – 10 a.m. | Scaling the Largest Harbor Application | Teaching an Old Pony New Tricks |
| 10:30 a.m. – 11 a.m. | Morning break |  |
| 11:20 a.m. – noon | Domain Specific Frameworks - Why they rock | Pony Queues and You |
| 2:20 p.m. – 3 p.m. | Alice in Performanceland with Frank Wiles | Learning a new codebase |
"""


def test_a_grid_of_tracks_under_a_days_header_row_and_its_slots_read_as_the_programme():
    assert [(t, s) for t, s, _ in talks_of(_GRID_UNDER_A_DAY)] == [
        ("Scaling the Largest Harbor Application", []), ("Teaching an Old Pony New Tricks", []),
        ("Domain Specific Frameworks - Why they rock", []), ("Pony Queues and You", []),
        ("Alice in Performanceland", ["Frank Wiles"]), ("Learning a new codebase", [])]


def test_a_slot_of_microtalks_naming_their_speakers_is_a_lightning_talk_each():
    text = ("# Harbor Ruby 2031\n\n## Agenda\n\n- 9:00 Registration\n- 9:30 To Know A Garbage Collector by Mike Bernstein\n"
            "- 10:00 Morning break\n- 10:30 Microtalks with JD Harrington, Matthew Salerno, Emily Stolfo, and Aaron Quint.\n"
            "- 11:30 Putting Off Persistence by Lauren Voswinkel\n")
    assert talks_of(text) == [
        ("To Know A Garbage Collector", ["Mike Bernstein"], "talk"), ("JD Harrington", ["JD Harrington"], "lightning"),
        ("Matthew Salerno", ["Matthew Salerno"], "lightning"), ("Emily Stolfo", ["Emily Stolfo"], "lightning"),
        ("Aaron Quint", ["Aaron Quint"], "lightning"), ("Putting Off Persistence", ["Lauren Voswinkel"], "talk")]


def test_a_line_alone_names_its_speaker_first_only_with_a_given_name_or_a_handle():
    from generator.normalize import bylines
    assert bylines.split_title_speaker("Domain Specific Frameworks - Why they rock")[1] == ()
    assert [p.name for p in bylines.split_title_speaker("Jane Doe - Rust macros")[1]] == ["Jane Doe"]


def test_a_slot_named_for_a_group_of_talks_over_its_speakers_is_a_lightning_talk_each():
    text = ("# 港町Ruby会議07\n\n| 時間 | 内容 | 登壇者 |\n|---|---|---|\n| 13:00 | 基調講演 | Jane Doe |\n"
            "| 14:00 | Ninja Talks 1 | 古橋さん、大森さん、匿名希望さん |\n| 15:00 | 記念講演 | 松田さん |\n")
    assert [(t, s, k) for t, s, k in talks_of(text)][1:4] == [
        ("古橋", ["古橋"], "lightning"), ("大森", ["大森"], "lightning"), ("匿名希望", ["匿名希望"], "lightning")]


def test_guards_from_the_second_review():
    # (a slot's link to a deck, a product or a pub is no speaker; a description under a kind's word is no one)
    links_over = ("# Harbor JS — April 2031\n\n- 19:00 [Figma](https://figma.example)\n  A look at variables and modes\n"
                  "- 19:30 [Storybook](https://storybook.example)\n  Visual regression testing\n"
                  "- 20:00 [Slides](https://speakerdeck.com/harborjs)\n  All slides from tonight\n")
    assert not [s for _, s, _ in talks_of(links_over) if s]
    kind_lines = ("# Harbor Go Night\n\n- 19:00 Building CLIs\n  Talk about building CLI tools with cobra\n"
                  "- 19:30 TBA\n  Keynote speaker to be announced\n- 20:00 Industry voices\n  Panel with industry experts\n")
    assert not [s for _, s, _ in talks_of(kind_lines) if s]
    # (a list of one title's resources, a column of languages, are no family names)
    resources = "## Talks\n\n" + "".join(f"- [Building Harbor Apps Today - {w}](/{w}.md)\n"
                                         for w in ("Slides", "Video", "Transcript", "Code"))
    assert not {"Slides", "Video", "Transcript", "Code"} & {
        n for _, s, _ in talks_of("# Harbor Meetup #3\n\n" + resources) for n in s}
    # (companies after `Short talks from` are no speakers)
    companies = ("# Harbor Conf 2031\n\n## Agenda\n\n- 10:00 Short talks from Mozilla Foundation, Google Cloud, and Red Hat\n"
                 "- 11:00 The Web We Want by Jessica Tallon\n")
    assert all(t != "Mozilla Foundation" for t, _, _ in talks_of(companies))
    # (two different people written in two scripts stay two)
    from generator.normalize import dialects
    page = ('<html><body><h1>Harbor CCC 2031</h1><div class="talk"><div class="talk__title">Native Images</div>'
            '<div class="speaker__name">田中 一郎 / John Smith</div></div><div class="talk"><div class="talk__title">'
            'Threads</div><div class="speaker__name">安藤 幸央 / Yukio Andoh</div></div></body></html>')
    md = dialects.html_to_markdown(page)
    assert "田中 一郎 / John Smith" in md and "Speaker: 安藤 幸央\n" in md + "\n"


def test_a_list_item_left_as_a_template_expression_is_dropped_and_the_other_items_stay():
    text = ("---\ntitle: \"Harbor Angular #30\"\ndate: 2031-06-12\ntags:\n  - angular\n  - {{ page.tag }}\n---\n\n"
            "# Harbor Angular #30\n\nNotes.\n")
    assert event_of(text).tags == ("angular",)


def test_a_heading_naming_only_its_room_and_time_is_no_talk_titled_by_a_clock():
    text = ("# Harbor Matsuri 2031\n\n## 国技と Scala 会場A 18:50-19:30\n\n相撲とScalaの話。\n\n"
            "## Track 1 10:00-10:40\n\nオープニング。\n")
    assert [t[0] for t in talks_of(text)] == ["国技と Scala"]


def test_a_speakers_line_with_an_icons_link_names_the_person_and_their_handle():
    page = ('<html><body><h1>Harbor Design Night #7</h1><div class="talk"><h3>Tokens in practice</h3>'
            '<p class="speaker">Jane Doe<a href="https://github.com/janedoe"><img class="icon" src="gh.png"></a></p>'
            '</div><div class="talk"><h3>Variables</h3><p class="speaker">Ken Ito<a href="https://twitter.com/kenito">'
            '<img class="icon" src="tw.png"></a></p></div></body></html>')
    event = event_of(page, "page.html")
    assert [(t.title, [(s.name, s.handle) for s in t.speakers]) for t in event.talks] == [
        ("Tokens in practice", [("Jane Doe", "janedoe")]), ("Variables", [("Ken Ito", "kenito")])]
