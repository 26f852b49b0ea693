"""Session 37: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import datetime as dt

import pytest

from note_text import event_of


def _talks(event):
    return [(t.title, [s.name for s in t.speakers]) for t in event.talks]


# --- a speaker's page of one of their talks: `event_name:` beside the talk's own `title:` ----------------------------

_TALK_RECORD = """
    ---
    category: {category}
    title: "古い設計書と仲良くする方法"
    slug: "minato-rb-41"
    event_name: "Minato.rb #41 - LT：思い出の設計書"
    event_date: "2031-09-13"
    location: "港区"
    event_url: "https://minatorb.connpass.com/event/900001/"
    slides_url: "{slides}"
    tags: ["Design"]
    ---

    Ruby コミュニティの定例会でのライトニングトーク。古い設計書を読み解くコツについて話しました。
"""


def test_a_talk_record_names_the_event_apart_and_its_deck_names_the_speaker():
    event = event_of(_TALK_RECORD.replace("{category}", "speaking_engagement").replace(
        "{slides}", "https://speakerdeck.com/kaedem/minato-rb-41-lt"))
    assert event.title == "Minato.rb #41"
    assert event.date == dt.date(2031, 9, 13)
    assert _talks(event) == [("古い設計書と仲良くする方法", ["kaedem"])]
    assert event.talks[0].slides == "https://speakerdeck.com/kaedem/minato-rb-41-lt"


def test_a_talk_record_with_no_deck_is_a_talk_by_its_kind():
    event = event_of(_TALK_RECORD.replace("{category}", "speaking_engagement").replace("{slides}", ""))
    assert event.title == "Minato.rb #41"
    assert [t.title for t in event.talks] == ["古い設計書と仲良くする方法"]


def test_an_event_name_beside_a_reports_title_with_no_deck_nor_talk_kind_is_no_talk_record():
    # (a report titled by the writer, naming its event apart, with nothing saying the page is a talk: no talk is made up)
    event = event_of(_TALK_RECORD.replace("{category}", "diary").replace("{slides}", ""))
    assert [t.title for t in event.talks] != ["古い設計書と仲良くする方法"]


# --- a profile card under each talk's `speaker` heading: company, role, then the person --------------------------------

_CARDS = """
    ---
    title: 港フロントエンド祭 2031 参加してきた！
    date: 2031-10-25
    ---
    # 港トラック

    ### 設計システムを一人で作っている話
    #### speaker
    株式会社ミナトソフト
    フロントエンドエンジニア
    {first}

    #### 感想
    ボタン一つにも歴史がある。

    ### テストの書き方を見直す
    #### speaker
    {second}

    #### 感想
    モックを減らすと読みやすくなる。
"""


def test_the_person_on_a_profile_card_is_the_line_with_the_honorific_or_else_the_last():
    event = event_of(_CARDS.replace("{first}", "真鍋 透さん").replace("{second}", "フリーランス\n    デザインエンジニア\n    kotori_dev"))
    assert _talks(event) == [("設計システムを一人で作っている話", ["真鍋 透"]), ("テストの書き方を見直す", ["kotori_dev"])]
    assert event.talks[0].speakers[0].affiliation == "株式会社ミナトソフト"


def test_two_people_a_line_each_under_a_speaker_heading_are_not_a_card():
    event = event_of(_CARDS.replace("{first}", "真鍋 透さん").replace("{second}", "真鍋 透さん\n    小川 梢さん"))
    assert _talks(event)[1][1] != ["小川 梢"]


def test_a_speaker_heading_written_at_its_talks_level_belongs_to_the_talk_above():
    text = _CARDS.replace("{first}", "真鍋 透さん").replace("{second}", "Cosmo Labs\n    バックエンドエンジニア\n    Victorさん")
    text = text.replace("### テストの書き方を見直す\n    #### speaker", "### テストの書き方を見直す\n\n    ### speaker")
    event = event_of(text)
    assert _talks(event) == [("設計システムを一人で作っている話", ["真鍋 透"]), ("テストの書き方を見直す", ["Victor"])]


# --- entries set a line each under a list item's lead --------------------------------------------------------------

_LEAD = """
    ---
    layout: event
    title: "Lightning Talks"
    date: 2031-05-11 11:30:00 -0500
    ---

    For our May event, we'll be doing lightning talks! This will be a lunchtime meetup in Riverton at Harbor Works Labs.

    * 11:30am: Pizza and announcements

    * 12:00pm: Lightning Talks! Our presenters are:
        **Ana Lopes** - Vector tiles at home,
        **Ben Okafor** - Spreadsheets as databases,
        **Cleo Ward** - Layout with subgrid

    * 1:00pm: End
"""


def test_entries_wrapped_under_a_list_items_lead_are_the_talks():
    event = event_of(_LEAD)
    assert _talks(event) == [("Vector tiles at home", ["Ana Lopes"]), ("Spreadsheets as databases", ["Ben Okafor"]),
                             ("Layout with subgrid", ["Cleo Ward"])]
    assert {t.kind for t in event.talks} == {"lightning"}


def test_a_lead_with_one_entry_wrapped_under_it_stays_the_items_text():
    event = event_of(_LEAD.replace("        **Ben Okafor** - Spreadsheets as databases,\n        **Cleo Ward** - Layout with subgrid\n", ""))
    assert [t.title for t in event.talks] != ["Vector tiles at home"]


def test_a_meetup_in_a_town_at_a_named_place_is_held_at_that_place():
    assert event_of(_LEAD).venue == "Harbor Works Labs"


def test_a_place_ending_in_an_abbreviation_keeps_its_full_stop():
    event = event_of(_LEAD.replace("in Riverton at Harbor Works Labs.", "at Harbor Works Inc."))
    assert event.venue == "Harbor Works Inc."


# --- a list of `Name - Title` items, some of them linked whole to their decks ----------------------------------------

_LINKED_ITEMS = """
    # Harbor JS Meetup #12

    - Nadia Perez - Signals, the state we didn't know we needed

    - [Omar Lind - Styling on the web and on phones](https://slides.com/omarlind/styling/)

    - Petra Voss - You Don't Know *.user.js

    - Ravi Anand - Safer code with the type system {address}
"""


def test_items_linked_whole_are_read_as_the_other_items_of_their_list_are():
    event = event_of(_LINKED_ITEMS.replace(" {address}", ""))
    assert _talks(event) == [("Signals, the state we didn't know we needed", ["Nadia Perez"]),
                             ("Styling on the web and on phones", ["Omar Lind"]),
                             ("You Don't Know *.user.js", ["Petra Voss"]), ("Safer code with the type system", ["Ravi Anand"])]
    assert event.talks[1].slides == "https://slides.com/omarlind/styling/"


def test_a_bare_address_closing_an_item_is_the_talks_link_not_its_titles_words():
    event = event_of(_LINKED_ITEMS.replace("{address}", "https://speakerdeck.com/ravianand/safer-code"))
    talk = event.talks[-1]
    assert (talk.title, talk.slides, talk.kind) == ("Safer code with the type system",
                                                    "https://speakerdeck.com/ravianand/safer-code", "talk")


def test_a_labels_address_in_a_talks_notes_is_no_talk():
    event = event_of("""
        ---
        title: 'Harbor Ruby Night #2'
        date: 2031-01-27
        ---
        ## Debugging Go in production

        Speaker: Ana Lopes
        - Writing the design doc first made review faster
        - Costs went down by a third

        ## LT: Performance in practice

        Speaker: Ben Okafor
        - Slides: https://speakerdeck.com/benokafor/perf
        - Video: https://www.youtube.com/watch?v=QuzOwAxkcYi
        - Writing the design doc first made review faster
        - Feature flags let them migrate one endpoint at a time
        """)
    assert _talks(event) == [("Debugging Go in production", ["Ana Lopes"]), ("Performance in practice", ["Ben Okafor"])]
    assert event.talks[1].slides == "https://speakerdeck.com/benokafor/perf"


# --- links to the talks' own pages on a single-page site (`/2031?m=2031/session/…`) ---------------------------------

def test_lists_linking_talks_pages_kept_in_the_query_are_talks_under_topic_headings():
    event = event_of("""
        ---
        title: "設計カンファレンス参加レポート"
        type: "idea"
        ---
        ## はじめに

        2031/11/20~2031/11/21の2日間で行われた「設計Conference2031」に参加してきました。

        ## モジュラーモノリス
        - [境界づけられた文脈を育てる](https://design-con.example.io/2031?m=2031/session/mdl/aB12cD34)
        - [分割しすぎたサービスを戻す話](https://design-con.example.io/2031?m=2031/session/mdl/eF56gH78)
        - [イベントで繋ぐ在庫と決済](https://design-con.example.io/2031?m=2031/session/mdl/mN34oP56)

        どれも現場の話で参考になりました。

        ## 組織
        - [設計レビューを文化にする](https://design-con.example.io/2031?m=2031/session/mdl/iJ90kL12)
        - [全員で決めるアーキテクチャ](https://design-con.example.io/2031?m=2031/session/mdl/qR78sT90)
        - [設計判断を記録に残す](https://design-con.example.io/2031?m=2031/session/mdl/uV12wX34)
        """)
    assert [t.title for t in event.talks] == ["境界づけられた文脈を育てる", "分割しすぎたサービスを戻す話", "イベントで繋ぐ在庫と決済",
                                             "設計レビューを文化にする", "全員で決めるアーキテクチャ",
                                             "設計判断を記録に残す"]


def test_a_query_without_a_path_is_no_talks_page():
    from generator.normalize import links
    assert not links.is_talks_own_page("https://example.org/search?q=sessions")
    assert links.is_talks_own_page("https://design-con.example.io/2031?m=2031/session/mdl/aB12cD34")


# --- a speakers page: a group's people, one card each ----------------------------------------------------------------

_CARDS_PAGE = """
    ---
    title: 港Ruby会議03
    date: 2031-03-20
    ---
    ## Keynote

    Speaker: Rin Sato

    - https://github.com/rinsato

    ## Ninja Talks

    Speaker: Aki Mori

    - https://github.com/akimori
    - @akimori

    Speaker: 三浦 葵
    {between}
    - https://github.com/aoimiura
"""


def test_a_groups_cards_one_under_another_are_one_short_talk_each():
    event = event_of(_CARDS_PAGE.replace("{between}", ""))
    assert _talks(event)[1:] == [("Aki Mori", ["Aki Mori"]), ("三浦 葵", ["三浦 葵"])]
    assert {t.kind for t in event.talks[1:]} == {"lightning"}


def test_a_title_among_a_groups_cards_keeps_the_group_whole():
    event = event_of(_CARDS_PAGE.replace("{between}", "\n    設計書を読む技術\n"))
    assert ("Aki Mori", ["Aki Mori"]) not in _talks(event)


# --- a programme's slot of short talks naming only who gives them ----------------------------------------------------

_SLOT = """
    # Agenda

    - Announcements
        - Conference list
    - {slot}:
        - Mara Ode
        - Lucia Gil
        - Amy Finn
    - Workshop: Frances Tong
"""


def test_people_nested_under_a_slot_of_lightning_talks_give_one_talk_each():
    for slot in ("Lightning talks", "Lightening talks"):  # (the word as often misspelt)
        assert _talks(event_of(_SLOT.replace("{slot}", slot))) == [
            ("Mara Ode", ["Mara Ode"]), ("Lucia Gil", ["Lucia Gil"]), ("Amy Finn", ["Amy Finn"])]


def test_people_nested_under_a_slot_of_another_kind_are_no_talks():
    assert _talks(event_of(_SLOT.replace("{slot}", "Volunteers"))) == []


# --- PukiWiki -----------------------------------------------------------------------------------------------------

_PUKIWIKI = """\
#author("2031-07-08T10:12:44+09:00","default:minasec","minasec")
#norelated
*第3回 港セキュリティ勉強会（ミナセキュ）開催報告 [#p8a31f0c]

#contents

**開催概要 [#s2d7e9b1]
-日時：2031年7月5日（土） 13:00〜17:30
-会場：[[港工科大学 2号館 多目的室>https://minato-tech.example.ac.jp/]]
-ハッシュタグ：#minasec

''ご参加ありがとうございました！''~
次回は[[ミナセキュ/次回予定]]をご覧ください。

**プログラム [#r0c44a17]
|時間|区分|内容|発表者|h
|13:00|-|開会あいさつ|実行委員長 岡田|
|13:10|基調講演|ログから始めるインシデント対応|榊 直人 氏|
|14:10|講演|認可の穴を探す|桐生 沙耶 氏（@saya_k）|
|15:10|パネル|地方で人は育つのか|モデレータ：岡田／パネリスト：榊 氏、桐生 氏|
|16:50|LT|下記参照|-|

**講演資料 [#k5e1bb23]
-榊 氏：非公開
-桐生 氏：[[SpeakerDeck>https://speakerdeck.com/sayak/authz-holes]]

**ライトニングトーク [#lc0f9e71]
-「CTF で 0 点だった話」 松井 一真さん
-「初期パスワードのままのルーター」 @minato_neko

----
[[FrontPage]]
"""


def test_a_pukiwiki_page_reads_as_its_headings_lists_links_and_tables():
    event = event_of(_PUKIWIKI, "minasec-3.txt")
    assert event.title == "第3回 港セキュリティ勉強会（ミナセキュ）"
    assert (event.date, event.venue, event.hashtags) == (dt.date(2031, 7, 5), "港工科大学 2号館 多目的室", ("minasec",))
    assert [(t.title, t.kind) for t in event.talks] == [
        ("ログから始めるインシデント対応", "keynote"), ("認可の穴を探す", "talk"), ("地方で人は育つのか", "panel"),
        ("CTF で 0 点だった話", "lightning"), ("初期パスワードのままのルーター", "lightning")]


def test_a_list_of_decks_by_who_gave_them_gives_each_talk_its_slides():
    event = event_of(_PUKIWIKI, "minasec-3.txt")
    assert {t.title: t.slides for t in event.talks}["認可の穴を探す"] == "https://speakerdeck.com/sayak/authz-holes"
    assert "講演資料" not in [t.title for t in event.talks]


def test_a_wiki_page_that_is_not_pukiwiki_keeps_its_stars():
    event = event_of("*Plain notes*\n\n- one\n- two\n", "notes.txt")
    assert event.title == "*Plain notes*" or event.title == "Plain notes"


# --- Textile (a Redmine wiki page) --------------------------------------------------------------------------------

_TEXTILE = """\
h1. Rust勉強会 第4回（2031-11）

{{>toc}}

p(wiki-class-notice). このページは運営チームが管理しています。

h2. 開催概要

|_. 日時 | 2031年11月19日(水) 18:30〜20:00 |
|_. 場所 | 本社 5F 会議室「かもめ」 |

h2. 発表

# *所有権を図で説明する* ／ 宮崎（基盤G）
** 資料: "ownership.pdf":https://wiki.example.co.jp/attachments/ownership.pdf
# *非同期ランタイムの選び方* ／ 大野さん（決済チーム）

h3. LT（各5分）

* *「clippy を CI で常時有効にした」* ... 吉川
* *「let-else を使い倒す」* ... @tkondo（近藤）
"""


def test_a_textile_page_reads_as_its_headings_lists_and_fact_table():
    event = event_of(_TEXTILE, "rust-4.txt")
    assert event.title.startswith("Rust勉強会 第4回")
    assert event.date == dt.date(2031, 11, 19)
    assert event.venue == "本社 5F 会議室「かもめ」"
    assert _talks(event) == [("所有権を図で説明する", ["宮崎"]), ("非同期ランタイムの選び方", ["大野"]),
                             ("clippy を CI で常時有効にした", ["吉川"]), ("let-else を使い倒す", ["tkondo"])]
    assert event.talks[0].slides == "https://wiki.example.co.jp/attachments/ownership.pdf"


def test_hash_marks_in_a_markdown_note_stay_headings():
    # (a Markdown note with `# ` headings is no Textile: Textile needs its `h2.` headings)
    event = event_of("# Rust Night #4\n\n## Talks\n\n### Ownership in pictures\n\nSpeaker: Jo Ode\n", "rust.txt")
    assert _talks(event) == [("Ownership in pictures", ["Jo Ode"])]


# --- an event page of meetup.com copied as text ----------------------------------------------------------------------

_MEETUP_COPY = """\
Skip to content
Start a new group
Log in
Sign up

Thursday, April 17, 2031

Spring Meetup: Slices, Sockets & Gophers
Hosted By
Maya R. and 2 others

Gophers of Harbor Town
Public group

Details
Hello Gophers!

Our friends at Tidewater are hosting us again this month.

Agenda
6:00pm — Doors open, pizza
6:40pm — "Slices, one year in" — Hanna Olsen (@hanna_o)
7:15pm — "Sockets without tears" — Ada Nwosu
7:45pm — Short break

Share: https://www.meetup.com/gophers-harbor/events/399887766/

Attendees (47)
See all

Maya R.
Organizer
+43

Comments (2)
Tom B.
Will the talks be recorded?

Gophers of Harbor Town
Public group

Thursday, April 17, 2031
6:00 PM to 8:30 PM BST

Tech Hub at Pier Nine
Pier Nine, Station Road · Harbor Town

Attend
free
47 going
"""


def test_a_meetup_page_copied_as_text_reads_as_its_event():
    event = event_of(_MEETUP_COPY, "spring.txt")
    assert (event.title, event.date, event.venue, event.url) == (
        "Spring Meetup: Slices, Sockets & Gophers", dt.date(2031, 4, 17), "Tech Hub at Pier Nine",
        "https://www.meetup.com/gophers-harbor/events/399887766/")
    assert _talks(event) == [("Slices, one year in", ["Hanna Olsen"]), ("Sockets without tears", ["Ada Nwosu"])]


def test_a_text_with_one_of_the_pages_words_is_no_meetup_copy():
    event = event_of("Details\n\nWe met at the library.\n\nAgenda\n6:40pm - Slices - Hanna Olsen\n", "notes.txt")
    assert event.title == "Details"


def test_an_em_dash_after_a_slots_time_parts_it_from_the_title():
    event = event_of("""
        ---
        title: Gophers April
        date: 2031-04-18
        ---
        ## Agenda
        6:00pm — Doors open, pizza
        6:40pm — "Generics in practice" — Hannah Orr (@hoc)
        7:15pm — "gRPC without tears" — Ada Nwosu
        7:45pm — Short break
        """)
    assert _talks(event) == [("Generics in practice", ["Hannah Orr"]), ("gRPC without tears", ["Ada Nwosu"])]


# --- a chat message copied as text (Discord) -------------------------------------------------------------------------

_CHAT = """\
ゆるGo運営 — 2031/02/03 21:14
@everyone
🐹🐹 **ゆるGo LT会 #6** やります！ 🐹🐹

📅 日時：2/15（土）14:00〜16:30
📝 申込：<https://yurugo.connpass.com/event/343210/>

━━━━━━━━━━━━━━━━━━
🎤 登壇ラインナップ（発表順・各5分のLTです）
━━━━━━━━━━━━━━━━━━
👩‍💻 ポインタで3回泣いた話 ／ もち（@mochi_go）
🧑‍🔬 バイナリパーサを書いてみた ／ 佐伯 航
🏳️‍🌈 エラーの包み方、どっち派？ ／ ゆに（@uni_codepoint）
🙋‍♀️ 飛び入り枠：当日 #lt-飛び入り に書き込んでください！

質問は このスレッド に書いてね！
(編集済)
🐹 31 👀 8 🎉 12
"""


def test_a_chat_message_reads_as_its_announcement():
    event = event_of(_CHAT, "yurugo-6.txt")
    assert (event.title, event.date, event.url) == ("ゆるGo LT会 #6", dt.date(2031, 2, 15), "https://yurugo.connpass.com/event/343210/")
    assert _talks(event) == [("ポインタで3回泣いた話", ["もち"]), ("バイナリパーサを書いてみた", ["佐伯 航"]),
                             ("エラーの包み方、どっち派？", ["ゆに"])]


def test_a_note_opening_with_a_dash_and_a_day_in_its_first_line_is_no_chat():
    event = event_of("Harbor Go — 2031/02/03 meetup notes\n\n## Talks\n\n### Slices\n\nSpeaker: Jo Ode\n", "go.txt")
    assert _talks(event) == [("Slices", ["Jo Ode"])]


# --- a Discourse post's BBCode ------------------------------------------------------------------------------------

def test_a_discourse_posts_date_tag_and_poll_are_read_as_a_reader_sees_them():
    event = event_of("""\
Hi everyone :wave:

**Elixir Harbor — June 2031 edition** will happen on [date=2031-06-12 time=19:00:00 timezone="Europe/Berlin"] at **Kiez Works**.

### Talk 1 — Streams in anger

@mara_k (Mara Kowal) has been running a dashboard with many rows and will show what broke.

### Talk 2 — Property-based testing a state machine

Jonas Rein from Kassenwart will show how a generator found a double-refund bug.

[poll type=regular results=always]
# Are you coming?
* Yes
* Maybe
[/poll]
""", "june.md")
    assert event.date == dt.date(2031, 6, 12)
    assert _talks(event) == [("Streams in anger", ["Mara Kowal"]), ("Property-based testing a state machine", ["Jonas Rein"])]


def test_a_slots_label_alone_and_the_doors_opening_are_no_talks():
    event = event_of("""
        ---
        title: Harbor Elixir
        date: 2031-06-12
        ---
        ## Schedule

        | Time | What | Who |
        |---|---|---|
        | 19:00 | Doors, food, drinks | |
        | 19:30 | Talk 1 | |
        | 20:00 | Streams in anger | Mara Kowal |
        | 20:30 | Testing state machines | Jonas Rein |
        """)
    assert [t.title for t in event.talks] == ["Streams in anger", "Testing state machines"]


# --- a note that names no event: its file's name, as a person reads it ------------------------------------------------


@pytest.mark.parametrize("path, name", [
    ("harborconf-2031-schedule.html", "harborconf 2031"),
    ("01_pycon-lt-2031.md", "pycon lt 2031"),
    ("2031-06-10-minato-py-4.markdown", "minato py 4"),
    ("app/themed/phpharbor2031/pages/program.ctp", "phpharbor2031"),
    ("2031/wordcamp-harbor/notes.md", "wordcamp harbor"),
    ("content/index.md", None),
    ("20311013.md", None),
])
def test_a_files_name_gives_the_events_words(path, name):
    from generator.normalize import titles
    assert titles.name_in_file_name(path) == name


def test_a_programme_page_naming_no_event_is_named_by_its_file():
    event = event_of("""
        <h2>Schedule</h2>
        <ul>
        <li><h4>09:30 - 10:10 Opening Keynote</h4><p><a href="/speakers#syd">Syd Lane</a></p></li>
        <li><h4>10:20 - 11:00 Best Practice in API Design</h4><p><a href="/speakers#lorna">Lorna Mills</a></p></li>
        </ul>
        """, "harborconf-2031-schedule.html")
    assert event.title == "harborconf 2031"


# --- a list of titles, one of which a later heading writes up -------------------------------------------------------

_SEEN = """
    ---
    title: Unity Harbor 2031 レポ
    date: 2031-05-10
    ---
    ## 何見たん？

    * モバイル向けの最適化実践テクニック
    * 2D機能のあれやこれや
    * グラフィックス最新機能ガイド
    * {fourth}

    ## 60fpsを実現するプログラミング・テクニック

    * ゲームロジックは別スレッドで
    * GCの発生はなるべく抑える

    ## 感想

    楽しかった。
"""


def test_a_list_naming_a_talk_a_later_heading_writes_up_is_the_talks_heard():
    event = event_of(_SEEN.replace("{fourth}", "60fpsを実現するプログラミング・テクニック"))
    assert [t.title for t in event.talks] == ["モバイル向けの最適化実践テクニック", "2D機能のあれやこれや", "グラフィックス最新機能ガイド",
                                              "60fpsを実現するプログラミング・テクニック"]


def test_a_list_naming_no_later_heading_stays_the_sections_text():
    event = event_of(_SEEN.replace("{fourth}", "会場のごはんがおいしかった"))
    assert "2D機能のあれやこれや" not in [t.title for t in event.talks]


# --- Obsidian callouts, GitHub task lists, `gh issue view` ------------------------------------------------------------

def test_titled_callouts_are_sections_and_the_writers_asides_are_not():
    event = event_of("""
        ---
        created: 2031-10-07T08:41
        tags: [meetup-notes]
        ---
        ## Rust Harbor October meetup

        > [!quote] Async drop is (almost) here
        > **Speaker:** [[Yara Dekk]] (@yaradekk)
        > - walked through the current RFC

        > [!quote] Embedded Rust on a small chip
        > **Speaker:** [[Piet Berg]]
        > - blinking lights in 2 kB of flash

        > [!todo] Follow-ups
        > - [ ] read the RFC properly
        """)
    assert _talks(event) == [("Async drop is (almost) here", ["Yara Dekk"]), ("Embedded Rust on a small chip", ["Piet Berg"])]


_SIGNUP = """\
title:	【2031/10/19】Harbor.js #22 発表者募集
state:	CLOSED
author:	tamaki-s
labels:	event, 募集終了
number:	87
--
## 開催概要

- **日時**: 2031年10月19日(土) 13:30〜17:00
- **会場**: 港IT創造館 2F セミナー室（リモート参加は Zoom）

### 通常枠（20分）

- [x] @kina_y 「Deno を港から触る」
- [x] @higa-m 「satisfies を使い倒す」
- [x] 宮城 ちひろさん（@chihiro_mgk）「見た目のテストを自動で」 [slides](https://speakerdeck.com/chihiro_mgk/vrt)
- [ ] （空き枠）

## 当日の流れ

| 時間 | 内容 |
| --- | --- |
| 13:30 | オープニング |
| 13:40 | 通常枠 × 3 |
| 16:00 | もくもく / 交流タイム |
"""


def test_a_gh_issue_sign_up_sheet_reads_its_header_and_ticked_slots():
    event = event_of(_SIGNUP, "issue-87.md")
    assert (event.title, event.date, event.tags) == ("Harbor.js #22", dt.date(2031, 10, 19), ("event", "募集終了"))
    assert event.venue == "港IT創造館 2F セミナー室"
    assert _talks(event) == [("Deno を港から触る", ["kina_y"]), ("satisfies を使い倒す", ["higa-m"]),
                             ("見た目のテストを自動で", ["宮城 ちひろ"])]
    assert event.talks[2].slides == "https://speakerdeck.com/chihiro_mgk/vrt"


def test_a_tab_separated_header_without_an_issues_keys_is_no_issue():
    event = event_of("title:\tHarbor notes\ncolour:\tblue\n--\n\nSome text.\n", "notes.md")
    assert event.tags == ()


@pytest.mark.parametrize("title, name", [
    ("Materials for Harbor Ladies Lightning Talks", "Harbor Ladies Lightning Talks"),
    ("Slides and code for Harbor Meetup #3", "Harbor Meetup #3"),
    ("Materials for beginners", "Materials for beginners"),  # (no event's name after the words: the title stays)
])
def test_the_pages_materials_before_the_events_name_go(title, name):
    from generator.normalize import titles
    assert titles.clean_event_title(title) == name


# --- guards from the session's review (probe notes near the new readings) -------------------------------------------

def test_guard_titles_with_a_break_word_and_more_words_stay_talks():
    event = event_of("""
        ---
        title: "Harbor SRE Night #3"
        date: 2031-05-01
        ---
        ## Break, Fix, Repeat

        Speaker: Lena Ortiz

        ## Doors, Windows, Walls

        Speaker: Sam Park
        """)
    assert [t.title for t in event.talks] == ["Break, Fix, Repeat", "Doors, Windows, Walls"]


def test_guard_a_title_line_with_a_dash_and_a_time_is_no_chat_header():
    event = event_of("Harbor Go Meetup #12 — 2031/04/18 19:00\n\n## Talks\n\n### Slices\n\nSpeaker: Jo Ode\n", "go.txt")
    assert event.title.startswith("Harbor Go Meetup #12")
    assert _talks(event) == [("Slices", ["Jo Ode"])]


def test_guard_open_tasks_after_the_talks_are_no_talks():
    event = event_of("""
        ---
        title: "Harbor Python #19"
        date: 2031-05-01
        ---
        ## Talks

        ### Typing NumPy arrays

        Speaker: Ana Lopes

        ## Follow-ups

        - [ ] Ana Lopes - send the slides link
        - [ ] Ben Okafor - book the room
        - [ ] Cleo Ward - order pizza
        """)
    assert not any(t.title.startswith(("send", "book", "order")) or "Ben Okafor" in [s.name for s in t.speakers]
                   for t in event.talks)


def test_guard_lines_people_said_in_quotes_are_no_talks():
    event = event_of("""
        ---
        title: 港Go勉強会 #8
        date: 2031-08-01
        ---
        ## ジェネリクス再入門

        発表者: 大野 翼

        ## 印象に残った言葉

        - 大野さん「型パラメータは最後の手段」
        - 司会の宮崎さん「次回は 10 月です」
        - 参加者の森さん「今日から使います」
        """)
    assert [t.title for t in event.talks] == ["ジェネリクス再入門"]


def test_guard_an_events_page_naming_itself_apart_with_its_opening_slides_keeps_its_programme():
    event = event_of("""
        ---
        title: "Harbor Python Meetup #14"
        event_name: "Harbor Python Meetup #14"
        slides_url: https://speakerdeck.com/harborpy/opening-14
        date: 2031-05-14
        ---
        ## Typing NumPy arrays

        Speaker: Ana Lopes

        ## Packaging in 2031

        Speaker: Ben Okafor
        """)
    assert _talks(event) == [("Typing NumPy arrays", ["Ana Lopes"]), ("Packaging in 2031", ["Ben Okafor"])]


def test_guard_a_table_of_contents_naming_every_later_heading_is_no_list_of_talks():
    event = event_of("""
        ---
        title: Harbor Android 2031 レポ
        date: 2031-05-10
        ---
        ## 目次

        * 会場の雰囲気
        * Compose の未来
        * 懇親会

        ## 会場の雰囲気

        広かった。

        ## Compose の未来

        発表者: 田辺 葵

        ## 懇親会

        楽しかった。
        """)
    assert [t.title for t in event.talks] == ["Compose の未来"]


@pytest.mark.parametrize("opening", [
    "@lgil (Lucia Gil) introduced our speaker, and Mara Ode took the stage.",
    "@pstan (Phil Stan) maintains the config we all use.",
])
def test_guard_a_person_opening_the_notes_who_gives_no_talk_is_no_speaker(opening):
    event = event_of(f"""
        ---
        title: Harbor Kotlin #4
        date: 2031-04-04
        ---
        ## Coroutines under the hood

        {opening}

        ## Compose for desktop

        Windows and menus.
        """)
    assert event.talks[0].speakers == ()


def test_guard_a_company_from_a_town_is_no_speaker():
    event = event_of("""
        ---
        title: Harbor Robotics Night
        date: 2031-04-04
        ---
        ## Sponsor slot

        Acme Robotics from Riverton will demo their new arm.

        ## Motion planning for beginners

        Bo Lund from Northwind will show how a planner works.
        """)
    assert event.talks[0].speakers == ()


def test_guard_people_under_a_lightning_slots_judges_are_no_talks():
    event = event_of("# Agenda\n\n- Lightning talk judges:\n    - Mara Ode\n    - Lucia Gil\n- Thanks to our sponsors\n")
    assert _talks(event) == []


@pytest.mark.parametrize("sentence, venue", [
    ("This will be our last meetup at Christmas before the winter break.", None),
    ("This will be a lunchtime meetup in Riverton at Tidewater. Remote folks can join online.", "Tidewater"),
])
def test_guard_a_meetup_at_a_time_or_past_the_sentence_is_no_place(sentence, venue):
    from generator.normalize.venue import find_venue_read
    assert find_venue_read(sentence)[0] == venue


@pytest.mark.parametrize("path", ["home/alice/talks/2031/lt-notes.md", "home/bob/Downloads/schedule.html"])
def test_guard_a_folder_that_names_no_event_names_no_note(path):
    from generator.normalize import titles
    assert titles.name_in_file_name(path) is None


def test_guard_a_notes_slides_section_listing_every_deck_stays_the_notes():
    event = event_of("""
        ---
        title: Harbor Go #10
        date: 2031-04-10
        ---
        ## Generics in practice
        ### Speaker
        Hannah Orr

        ## gRPC without tears

        ## Slides
        - Hannah: https://speakerdeck.com/hannah/generics
        - Ada: https://speakerdeck.com/adanwosu/grpc
        """)
    assert {t.title: t.slides for t in event.talks}.get("gRPC without tears") != "https://speakerdeck.com/hannah/generics"


def test_guard_book_notes_in_callouts_are_no_talks():
    event = event_of("""
        # Reading notes: Designing Data-Intensive Applications

        > [!info] Chapter 5 — Replication
        > Leaders and followers.

        > [!example] Chapter 6 — Partitioning
        > Key range vs hash partitioning.
        """)
    assert _talks(event) == []


def test_guard_an_enlightening_talk_is_no_lightning_talk():
    from generator.normalize import kinds
    assert kinds.classify("An enlightening talk on docs")[0] == "talk"


def test_guard_a_plain_text_note_opening_lines_with_h1_is_no_textile():
    event = event_of("Meeting notes - infra sync\n\nh1. is the header of the old wiki\nh2. stays for now\n\n"
                     "Action items\n* migrate the wiki\n", "sync.txt")
    assert _talks(event) == []
