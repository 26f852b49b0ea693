"""Session 36: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import datetime as dt

from note_text import event_of


def _talks(event):
    return [(t.title, [s.name for s in t.speakers]) for t in event.talks]


# --- a day written `12/20 13:00～16:00` under a `### 日時` heading -------------------------------------------------

_ANNOUNCEMENT = """
    ---
    title: "第5回 港ロボ勉強会 開催！"
    date: 2031-11-28T13:50:27+09:00
    tags: [勉強会]
    ---

    こんにちは！運営の丸山です。第5回港ロボ勉強会を開催します！

    ## 第5回港ロボ勉強会

    ### 日時

    {day}

    ### 発表者

    片桐 由紀

    ### タイトル

    シミュレータで始める自律航行

    ### 申し込み方法

    [connpass イベントページ](https://minato-robo.connpass.com/event/1234/)よりお願いいたします。
"""


def test_a_month_and_day_with_its_hours_under_a_date_heading_is_the_events_day():
    event = event_of(_ANNOUNCEMENT.replace("{day}", "12/20 13:00～16:00（途中休憩あり）"))
    assert event.date == dt.date(2031, 12, 20)
    assert _talks(event) == [("シミュレータで始める自律航行", ["片桐 由紀"])]


def test_a_fraction_with_no_hours_after_it_is_no_day():
    # (`3/4` alone is no day a reader would take: the post's own date stays the guess)
    event = event_of(_ANNOUNCEMENT.replace("{day}", "参加枠の 3/4 が埋まりました"))
    assert event.date == dt.date(2031, 11, 28)


# --- a pictograph between a presenter and their title ----------------------------------------------------------------

def test_a_pictograph_between_each_name_and_title_separates_them_as_a_dash_would():
    event = event_of("""
        ---
        layout: event
        title: "Map Makers Night: Footpaths, Rocks and Bikes"
        start_time: 2031-06-18 17:30
        ---

        Join us for an evening of short talks with the open mapping community.

        We've got a fine lineup of speakers:

        - **Rina Holt** 🎤 Drawing footpaths in the online map editor - notes from [the workshop](https://tasks.example/73)

        - **Marcus Webb** 🎤 Sorting rock types from assay data in [Orange](https://orange.example/)

        - **Gina Park** 🎤 Bikes & Maps & Data: what riders need from the city

        After the talks, stay for pizza.
    """)
    assert _talks(event) == [
        ("Drawing footpaths in the online map editor - notes from the workshop", ["Rina Holt"]),
        ("Sorting rock types from assay data in Orange", ["Marcus Webb"]),
        ("Bikes & Maps & Data: what riders need from the city", ["Gina Park"]),
    ]


def test_a_pictograph_inside_a_title_splits_nothing():
    event = event_of("""
        # Rust Night #3

        ## Talks

        - Shipping Rust 🦀 in production - Rina Holt
        - Async 🦀 without tears - Marcus Webb
    """)
    assert _talks(event) == [("Shipping Rust 🦀 in production", ["Rina Holt"]),
                             ("Async 🦀 without tears", ["Marcus Webb"])]


# --- the event's page in a `signup_link` key --------------------------------------------------------------------------

def test_a_signup_link_in_the_front_matter_is_the_events_page():
    event = event_of("""
        ---
        date: 2031-03-05
        location: Harbour Cafe, Dock Street 6, Malmo
        signup_link: https://harbour.example/events/2131
        speakers:
          - name: Lena Berg
            talk_title: "No server? Functions on demand"
        ---
        <h3>The location</h3>
        <p>Harbour Cafe, by the water.</p>
    """)
    assert event.url == "https://harbour.example/events/2131"
    assert _talks(event) == [("No server? Functions on demand", ["Lena Berg"])]


# --- headings that each name a presenter alone ---------------------------------------------------------------------------

_SHOW_AND_TELL = """
    # Round 12: the projector finally worked

    Thanks to our hosts for the pizza and the room!

    ## Public Service Announcement

    [Back up your files.](https://psa.example/backups)

    ## Projects Presented (in no particular order)

    ### Leonie Tarr

    Breadbox makes it easy to write classes for JSON APIs on a phone.

    * [code](https://git.example/leonie/breadbox)

    ### Jonas Dahl

    Lisp on a microcontroller? Yes, and it blinks.

    * [code](https://git.example/jonas/blinky)

    ### Daniel Foss-Meyer

    Daniel showed off a bot that writes limericks from the news.

    * [site](https://limerick.example/)

    ## A book to read...

    [The Phone Book](https://book.example/) tells the history of phone phreaking.

    ### Other cities

    1. [Berlin](https://meet.example/berlin)
    2. [Lisbon](https://meet.example/lisbon), organized
    by our own Peter Sand
"""


def test_headings_each_naming_a_presenter_alone_are_the_presentations():
    event = event_of(_SHOW_AND_TELL)
    found = _talks(event)
    assert found[:3] == [("Leonie Tarr", ["Leonie Tarr"]), ("Jonas Dahl", ["Jonas Dahl"]),
                         ("Daniel Foss-Meyer", ["Daniel Foss-Meyer"])]
    assert "Projects Presented (in no particular order)" not in [title for title, _ in found]


def test_a_list_items_wrapped_line_names_no_speaker():
    # (`2. [Lisbon](…), organized` / `by our own Peter Sand`: the item goes on; no one spoke under `Other cities`)
    event = event_of("""
        # Ruby Night #4

        ## Fast tests with less mocking

        Speaker: Rina Holt

        Notes on the talk.

        ## Other cities

        1. [Berlin](https://meet.example/berlin)
        2. [Lisbon](https://meet.example/lisbon), organized
        by our own Peter Sand
    """)
    assert not any("Peter Sand" in name for _, names in _talks(event) for name in names)
    assert _talks(event)[0] == ("Fast tests with less mocking", ["Rina Holt"])


def test_a_speakers_line_under_a_list_item_with_a_blank_line_between_is_still_read():
    event = event_of("""
        # Ruby Night #4

        ## Fast tests with less mocking

        - [slides](https://speakerdeck.com/rina/fast-tests)

        by Rina Holt

        ## Ruby on small boards

        Speaker: Jonas Dahl
    """)
    assert _talks(event) == [("Fast tests with less mocking", ["Rina Holt"]), ("Ruby on small boards", ["Jonas Dahl"])]


def test_people_headings_under_a_speakers_roster_are_their_biographies():
    event = event_of("""
        # Harbour Ruby Conf 2031

        ## Speakers

        ### Ernest Vale

        Ernest has written Ruby for twenty years and maintains three gems.

        ### Petra Allan

        Petra runs the city's Ruby group and teaches at the college.

        ### Marta North

        Marta builds web frameworks for a living.

        ## Programme

        | Time | Talk | Speaker |
        |---|---|---|
        | 10:00 | Designing with Interfaces | Ernest Vale |
        | 11:00 | The Power of Open Source | Petra Allan |
        | 12:00 | Phoenix for Rubyists | Marta North |
    """)
    assert _talks(event) == [("Designing with Interfaces", ["Ernest Vale"]),
                             ("The Power of Open Source", ["Petra Allan"]),
                             ("Phoenix for Rubyists", ["Marta North"])]


def test_a_writers_section_over_the_sessions_they_heard_is_no_presentation():
    # (a team's post: each writer's section, headed with their name, over the sessions they write about)
    event = event_of("""
        # Cloud Summit 2031 session notes

        ## Maria Lindqvist

        What I took from the summit overall.

        ### Search that understands your data (BRK101)

        Notes on retrieval.

        ## Jonas Berg

        The sessions I liked.

        ### From zero to clusters (BRK102)

        Notes on clusters.

        ## Sofia Alm

        A few sessions from me.

        ### Storage at scale (BRK103)

        Notes on storage.
    """)
    named = [name for _, names in _talks(event) for name in names]
    assert not {"Maria Lindqvist", "Jonas Berg", "Sofia Alm"} & set(named)


# --- a blog post's title: the event's numbered name, then the writer's words after a colon --------------------------

def test_a_posts_title_keeps_the_numbered_name_before_the_writers_words():
    event = event_of("""
        ---
        layout: post
        title: "HarborCamp Duluth 2031: Diving Back Into Themes"
        date: 2031-05-23 04:10
        ---

        I spent Saturday at HarborCamp and came home with a notebook full of ideas.
    """)
    assert event.title == "HarborCamp Duluth 2031"


def test_an_organisers_page_keeps_its_theme_after_the_name():
    event = event_of("""
        ---
        title: "Rust.Harbor 2031: async & traits"
        date: 2031-05-23
        ---

        ## Talks

        - Pinning explained - Rina Holt
        - Traits in practice - Marcus Webb
    """)
    assert event.title == "Rust.Harbor 2031: async & traits"


def test_a_posts_title_with_a_year_after_the_colon_is_left_whole():
    # (`HarborConf 2031: Planning for 2032`: what follows names a year too, no words of the writer's alone)
    event = event_of("""
        ---
        layout: post
        title: "HarborConf 2031: Planning for 2032"
        date: 2031-05-23
        ---

        The organisers met to plan next year.
    """)
    assert event.title == "HarborConf 2031: Planning for 2032"


# --- a slot's time as the heading, the talk's title in bold, the person and their company under it -------------------

_SLOTS = """
    # Harbor AI Conference 2031

    ## Session summaries

    ### 09:20 ~ 09:40

    **How will we work in 2031?**
    {who}

    - Summary: long-term change in how teams work
    - [details](sessions/01-future.md)

    ---

    ### 09:40 ~ 10:20

    **Secrets of faster development**
    Tom Hale | CEO, Data Oven

    - Summary: AI tools and workflows

    ## Team insights

    - We should try agent tooling next quarter.
"""


def test_a_bold_title_under_a_slots_time_over_the_person_and_their_company_is_the_talk():
    event = event_of(_SLOTS.replace("{who}", "Jane Park | Chair, Green Forum"))
    assert _talks(event) == [("How will we work in 2031?", ["Jane Park"]),
                             ("Secrets of faster development", ["Tom Hale"])]
    assert event.talks[1].speakers[0].affiliation == "CEO, Data Oven"


def test_a_bold_line_under_a_slots_time_over_no_person_is_no_title():
    # (`**Coffee and pastries**` over a remark: the slot's own words, no talk named by them)
    event = event_of(_SLOTS.replace("{who}", "served in the foyer, all welcome"))
    assert "How will we work in 2031?" not in [title for title, _ in _talks(event)]


# --- a conference's speakers page: each card a talk ------------------------------------------------------------------

def test_a_speaker_cards_title_and_author_blocks_are_its_talk_and_speaker():
    event = event_of("""
        ---
        layout: page
        title: "Harbor.py 2031 speakers"
        ---

        We've got a fine list of speakers this year.

        <div class='speaker'>
          <div class='title'> Spreadsheets of Images for Computer Vision </div>
          <div class='pic'><img alt="Scott Vale" src="/images/speakers/scott.jpg"/></div>
          <div class='author'> Scott Vale <a href="http://twitter.com/scottvale"> @scottvale </a> </div>
          <div class='abstract'>An application for exploring vision problems in a spreadsheet.</div>
          <div class='bio'>Scott has built vision software for twenty years.</div>
        </div>

        <div class='speaker'>
          <div class='title'>A Field Guide to Two Languages</div>
          <div class='author'>Pamela Rowe <a href="http://rowe.example/">http://rowe.example</a></div>
          <div class='abstract'>How to tell the two communities apart.</div>
        </div>
    """)
    assert _talks(event) == [("Spreadsheets of Images for Computer Vision", ["Scott Vale"]),
                             ("A Field Guide to Two Languages", ["Pamela Rowe"])]


def test_a_blog_posts_author_block_names_no_speaker():
    # (`<span class="author">` in a post's meta line: the writer, not a talk's speaker)
    event = event_of("""
        <article>
          <h1>Notes from Harbor.py 2031</h1>
          <div class="entry-meta"><span class="author">Rowan Hale</span></div>
          <div class="title">What I learned</div>
          <p>It was a good day.</p>
        </article>
    """)
    assert not any("Rowan Hale" in name for _, names in _talks(event) for name in names)


# --- the writer's own talk beside the other talks they list ---------------------------------------------------------

def test_the_writers_own_talk_stands_beside_the_other_talks_listed():
    event = event_of("""
        ---
        title: "Harbor Go #12 に登壇しました"
        topics: ["go", "event"]
        published: true
        ---

        [Harbor Go #12](https://harborgo.connpass.com/event/321/) で「Go のエラー処理再入門」というタイトルで発表しました。

        @[speakerdeck](abcdef123456)

        ## 発表の内容

        エラーのラップについて話しました。

        ## 他の発表

        - 「pprof 入門」 @tanaka さん
        - 「Generics 実践」 @suzuki さん
    """)
    assert [title for title, _ in _talks(event)] == ["Go のエラー処理再入門", "pprof 入門", "Generics 実践"]


# --- an announcement's words after the name, and a picture on the event's host ------------------------------------

def test_an_announcements_words_and_the_pages_part_leave_the_name():
    from generator.normalize import titles
    assert titles.clean_event_title("港 × Harbor Japan 特別ワークショップ開催決定！") == "港 × Harbor Japan 特別ワークショップ"
    assert titles.clean_event_title("港データ研究会スケジュール") == "港データ研究会"
    assert titles.clean_event_title("Harbor Conf 2031 タイムテーブル") == "Harbor Conf 2031"
    assert titles.clean_event_title("Python プログラム") == "Python プログラム"


def test_a_picture_stored_on_the_event_host_is_not_the_events_page():
    event = event_of("""
        # 港ワークショップ

        ![screenshot](https://harbor.doorkeeper.jp/files/f019beb0/screenshot_2031-12-16.png)

        - 日時: 2031年12月27日（日）
            - 第1部：11:00-12:00 <a href="https://harbor.doorkeeper.jp/events/114830">申し込む</a>
    """)
    assert event.url == "https://harbor.doorkeeper.jp/events/114830"


def test_a_speakers_pages_person_cards_give_each_talk_its_speakers():
    # (`<article class="speaker">`: the person's heading, their role and bio, then the talk's title in its own element;
    # a talk two people give has a card each)
    card = """
        <article class="speaker">
          <h2>{name}</h2>
          <p class="role">Engineer, Seabright Digital</p>
          <p class="bio">{name} builds things and talks about them.</p>
          <div class="session">
            <h3 class="session-title">{title}</h3>
            <p class="when">Day 1 · 13:30 · Room 2B</p>
          </div>
        </article>
    """
    page = "<main class='speakers'><h1>Speakers</h1>" + "".join(
        card.format(name=n, title=t) for n, t in (("Dr. Amara Vale", "Software that outlives its authors"),
                                                    ("Sofia Lund", "Audits nobody dreads"),
                                                    ("Noah Berg", "Audits nobody dreads"))) + "</main>"
    event = event_of("<html><head><title>Speakers | Harbor DevConf 2031</title></head><body>" + page + "</body></html>")
    assert _talks(event) == [("Software that outlives its authors", ["Dr. Amara Vale"]),
                             ("Audits nobody dreads", ["Sofia Lund", "Noah Berg"])]


def test_a_card_headed_by_no_person_is_read_as_before():
    # (`<div class="speaker-box">` headed `Become a speaker` over a call for papers: no talk, no speaker)
    event = event_of("""
        <html><body>
        <h1>Harbor DevConf 2031</h1>
        <div class="speaker-box"><h2>Become a speaker</h2><p class="title">Call for papers</p><p>Send us your idea.</p></div>
        </body></html>
    """)
    assert not any(names for _, names in _talks(event))


# --- an org table's rule, org code marks ------------------------------------------------------------------------------

def test_an_org_tables_rule_makes_it_a_programme():
    event = event_of("""
        #+TITLE: 第18回 港 Haskell 参加メモ
        #+DATE: [2031-06-09 月]

        * タイムテーブル
          | 時間        | タイトル                 | 発表者        | 資料      |
          |-------------+--------------------------+---------------+-----------|
          | 13:00-13:10 | オープニング             | 運営          |           |
          | 13:10-13:50 | 型クラスの歴史をたどる   | 野村 啓介     | [[https://speakerdeck.com/kn/typeclass][slides]] |
          | 14:00-14:30 | Effectful で書く Web API | 原田 みずほ   |           |
          | 14:30-15:00 | ~Core~ を読む            | 宮崎 悠       |           |
    """, "note.org")
    assert _talks(event) == [("型クラスの歴史をたどる", ["野村 啓介"]), ("Effectful で書く Web API", ["原田 みずほ"]),
                             ("Core を読む", ["宮崎 悠"])]
    assert event.talks[0].slides == "https://speakerdeck.com/kn/typeclass"


# --- container blocks: Zenn's `:::details`, MkDocs' admonitions ------------------------------------------------------

def test_zenn_details_blocks_titled_with_each_talk_are_its_sections():
    event = event_of("""
        ---
        title: "港 Rust 会 #5 オンライン参加メモ"
        topics: ["rust"]
        published: true
        ---

        :::message
        5/17(土) にオンライン開催された「港 Rust 会 #5」の参加メモです。
        :::

        ## 発表

        :::details 🦀 非同期ランタイムを自作する — 工藤 翔太さん（@kudo_sh）
        - 最小の executor は 200 行で書ける
        :::

        :::details ⚡ LT: cargo-dist でリリースを自動に（ねこやなぎさん / @nekoyanagi_rs）
        - タグを打つだけ
        :::
    """)
    assert event.title == "港 Rust 会 #5"
    assert [(title, [s.handle or s.name for s in t.speakers]) for t, (title, _) in zip(event.talks, _talks(event))] == [
        ("非同期ランタイムを自作する", ["kudo_sh"]), ("cargo-dist でリリースを自動に", ["nekoyanagi_rs"])]


def test_a_details_block_holding_headings_of_its_own_is_only_folded_text():
    event = event_of("""
        # Harbor CSS Day 2031

        ## Talk one by Jane Doe

        Notes.

        :::details Conversations
        ## Rachel Moss
        - we spoke about layout
        :::
    """)
    assert "Conversations" not in [title for title, _ in _talks(event)]


def test_mkdocs_admonitions_are_sections_and_their_indented_text_is_read():
    event = event_of("""
        ---
        date:
          created: 2031-03-26
        categories:
          - イベントレポート
        ---

        # PyData 港 #12 に参加しました

        3月22日(土)に開催された PyData 港 #12 に参加してきました。

        !!! info "開催概要"

            - **会場**: 港 イノベーションハブ 4F セミナールーム（地下鉄 港駅 徒歩 2 分）

        ## Polars で 1 億行を捌く

        菅原 恵美さん

        - LazyFrame で 3 分に

        ??? note "LT（5分 × 2本）"

            - **uv に乗り換えて 1 ヶ月** — @kotatsu_py さん
            - **セル実行順で事故った話** — 千葉 大樹さん
    """)
    assert event.date == dt.date(2031, 3, 22)
    assert event.venue == "港 イノベーションハブ 4F セミナールーム"
    assert [title for title, _ in _talks(event)] == ["Polars で 1 億行を捌く", "uv に乗り換えて 1 ヶ月", "セル実行順で事故った話"]


# --- a post about the writer's own talk: its heading, the writer's introduction, the deck's own page --------------

_OWN_TALK = """
    ---
    title: I gave my first conference talk at Harbor RubyConf — here's the deck
    published: true
    tags: ruby, speaking
    published_at: 2031-10-14 08:30 +0000
    ---

    Hi! I'm {me}, a backend developer in Kraków. Last week I gave my first talk, at **Harbor RubyConf 2031**.

    ## The slot

    My talk was on day one.

    ## The talk: "Background jobs that survive deploys"

    {{% speakerdeck 4f8a2b1c9d3e4f5a6b7c8d9e0f1a2b3c %}}

    If the embed doesn't load, the deck is here: https://speakerdeck.com/nadiakowal/background-jobs-that-survive-deploys

    ## What I'd change

    - Fewer slides.
"""


def test_the_writers_talk_heading_the_introduction_and_the_decks_page():
    event = event_of(_OWN_TALK.format(me="Nadia Kowal ([@nadiakowal](https://ruby.social/@nadiakowal))"))
    assert [t.title for t in event.talks] == ["Background jobs that survive deploys"]
    talk = event.talks[0]
    assert (talk.speakers[0].name, talk.speakers[0].handle) == ("Nadia Kowal", "nadiakowal")
    assert talk.slides == "https://speakerdeck.com/nadiakowal/background-jobs-that-survive-deploys"


def test_an_introduction_naming_no_person_gives_no_speaker():
    # (`I'm Very Happy To Report`: capitalised words, no given name first)
    event = event_of(_OWN_TALK.format(me="Very Happy To Report"))
    assert [s.name for s in event.talks[0].speakers] == ["nadiakowal"]


# --- an ABlog post in reStructuredText: its directive, field lists, a definition list of lightning talks ----------

_ABLOG = """
    .. post:: Apr 23, 2031
       :tags: data-engineering, dbt
       :category: Events
       :author: Mei Lin

    =======================================
    Notes from Data Harbor #17 (CDC, dbt)
    =======================================

    Data Harbor #17 took place last Thursday, **17 April 2031**.

    Talks
    -----

    Streaming changes into a lake
    ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

    :Speaker: Farid Hadd (`@faridh <https://mastodon.social/@faridh>`__), Cascadia Data Co.
    :Slides: https://speakerdeck.com/faridh/cdc-into-lake

    Farid walked through their pipeline.

    Testing models like you mean it
    ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

    :Speaker: Chloé Tremblay, Northlake Analytics

    Unit tests on every model.

    Lightning talks
    ~~~~~~~~~~~~~~~

    *DuckDB as a test fixture*
        Ravi Subramaniam showed how they replaced a shared test database.

    *Why our DAGs have owners now*
        Jo Whitford (Salish Sea Freight) on tagging every DAG with a team.
"""


def test_an_ablog_post_its_field_lists_and_its_lightning_talks():
    event = event_of(_ABLOG, "post.rst")
    assert set(event.tags) == {"data-engineering", "dbt", "Events"}
    assert _talks(event) == [("Streaming changes into a lake", ["Farid Hadd"]),
                             ("Testing models like you mean it", ["Chloé Tremblay"]),
                             ("DuckDB as a test fixture", ["Ravi Subramaniam"]),
                             ("Why our DAGs have owners now", ["Jo Whitford"])]
    assert event.talks[1].speakers[0].affiliation == "Northlake Analytics"
    assert event.talks[0].slides == "https://speakerdeck.com/faridh/cdc-into-lake"


def test_two_people_after_a_speakers_label_stay_two():
    from generator.normalize import speaker_lines
    assert [s.name for s in speaker_lines.speaker_line("Speakers: Jane Doe, Mark Lee")] == ["Jane Doe", "Mark Lee"]
    assert [(s.name, s.affiliation) for s in speaker_lines.speaker_line("Speaker: José Ortega, Northlake Analytics")] == [
        ("José Ortega", "Northlake Analytics")]


# --- a Movable Type export entry (Hatena Blog's export) ---------------------------------------------------------------

def test_a_movable_type_export_entry_its_headers_and_body():
    event = event_of("""
        AUTHOR: mikan_dev
        TITLE: 港 Swift #7 に行ってきた
        BASENAME: 2031/02/18/213045
        STATUS: Publish
        DATE: 02/18/2031 21:30:45
        CATEGORY: Swift
        CATEGORY: 勉強会
        -----
        BODY:
        <p>先週土曜日 2/15(土) に開催された 港 Swift #7 の参加メモです。</p>
        <h3>発表</h3>
        <h4>Concurrency の strict モードに移行した半年間</h4>
        <p>越智 雅人さん</p>
        -----
        EXTENDED BODY:

        -----
        COMMENT:
        AUTHOR: someone
        DATE: 02/19/2031 10:00:00
        いい記事
        -----
        --------
    """, "entry.txt")
    assert event.title == "港 Swift #7"
    assert event.date == dt.date(2031, 2, 15)
    assert set(event.tags) == {"Swift", "勉強会"}
    assert [title for title, _ in _talks(event)] == ["Concurrency の strict モードに移行した半年間"]


def test_a_plain_note_opening_with_capitalised_labels_is_no_export():
    # (`NOTE: bring a laptop` over a rule of five dashes: a heading and a rule, not an export's headers)
    event = event_of("""
        # Harbor.js #3

        NOTE: bring a laptop
        -----

        ## Talks

        - Signals in practice - Jane Doe
        - Testing without mocks - Tom Hale
    """)
    assert event.title == "Harbor.js #3"
    assert len(event.talks) == 2


# --- a MediaWiki page ---------------------------------------------------------------------------------------------------

_WIKI = """{{Event
|name=Tech Talks Tuesday #42
|date=2 December 2031
|location=Forge Hackspace, Unit 7 Canal Works
}}
'''Tech Talks Tuesday''' is our monthly evening of short talks. RSVP was on [https://www.meetup.com/forge/events/305998120/ Meetup].

== Schedule ==
{| class="wikitable"
! Time !! Talk !! Speaker !! Slides
|-
| 19:00 || ''Doors open, tea'' || ||
|-
| 19:15 || Reverse-engineering a smart plug || [[User:Kestrel|Dylan Marsh]] || [https://speakerdeck.com/kestrel/smart-plug slides]
|-
| 19:45 || Laser cutter maintenance || Anneka Forsyth ||
|}

== Notes ==
* Dylan flashed the plug live on stage.

[[Category:Events]]
[[Category:Tech Talks Tuesday]]
"""


def test_a_mediawiki_page_its_infobox_table_and_categories():
    event = event_of(_WIKI, "ttt42.txt")
    assert event.title == "Tech Talks Tuesday #42"
    assert event.date == dt.date(2031, 12, 2)
    assert event.venue == "Forge Hackspace, Unit 7 Canal Works"
    assert set(event.tags) == {"Events", "Tech Talks Tuesday"}
    assert _talks(event) == [("Reverse-engineering a smart plug", ["Dylan Marsh"]),
                             ("Laser cutter maintenance", ["Anneka Forsyth"])]
    assert event.talks[0].slides == "https://speakerdeck.com/kestrel/smart-plug"


def test_a_markdown_file_with_equals_signs_is_no_wiki_page():
    # (a Markdown note whose `.md` suffix says what it is: `== Notes ==` is text there, the infobox's fields unread)
    event = event_of(_WIKI, "ttt42.md")
    assert "Events" not in event.tags and event.venue is None


def test_a_restructuredtext_grid_table_is_a_programme():
    event = event_of("""
        Day 1 - July 4, 2031

        +----------------+----------------------------------+--------------------+
        | Time           | Talk                             | Speaker            |
        +----------------+----------------------------------+--------------------+
        | 08:30 - 08:35  | Welcome Remarks                  |                    |
        +----------------+----------------------------------+--------------------+
        | 09:00 - 10:00  | Keynote: Mezzanine               | Stephen Vale       |
        +----------------+----------------------------------+--------------------+
        | 10:30 - 11:00  | Developing Web Services Rapidly: | Andrea Levin       |
        |                | a Framework on App Engine        |                    |
        +----------------+----------------------------------+--------------------+
        | 12:15 - 13:00  | Lunch                            |                    |
        +----------------+----------------------------------+--------------------+
    """, "schedule.rst")
    assert _talks(event) == [("Mezzanine", ["Stephen Vale"]),
                             ("Developing Web Services Rapidly: a Framework on App Engine", ["Andrea Levin"])]


def test_a_pages_article_tags_are_its_tags():
    event = event_of("""
        <html><head><title>Harbor.js #14 に参加しました</title>
        <meta property="article:tag" content="フロントエンド"><meta property="article:tag" content="JavaScript">
        </head><body><article><h1>Harbor.js #14 に参加しました</h1><p>楽しかったです。</p></article></body></html>
    """, "entry.html")
    assert list(event.tags) == ["フロントエンド", "JavaScript"]


# --- a mailing list archive's message ----------------------------------------------------------------------------------

_MAIL = """[HarborPy] Recap: Harbor Python #58 (and thanks!)

Gwen Llew gwen at harborpython.example
Fri Nov 14 09:12:44 GMT 2031

    Previous message (by thread): [HarborPy] Anyone going to the sprints?
    Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

Hi all,

Thanks to everyone who came out on Tuesday night despite the rain.

Cheers,
Gwen

On Mon, 3 Nov 2031 at 20:05, Gwen Llew <gwen at harborpython.example> wrote:
> Agenda:
>   18:30  Doors, pizza (thanks to Sgwar Data!)
>   19:00  "Typing a 10-year-old Django codebase, one module at a time"
>          -- Bethan Pryce
>   19:35  "What I learned porting our CLI to Textual" -- Idris Mahmood (@idrism)
>   20:40  Pub (the bar downstairs, then wherever)

    More information about the HarborPy mailing list
"""


def test_a_mailing_list_archives_message_its_subject_day_and_quoted_agenda():
    event = event_of(_MAIL, "msg00058.txt")
    assert event.title == "Harbor Python #58"
    assert event.date == dt.date(2031, 11, 11)  # (Tuesday night, before the Friday the message was sent)
    assert _talks(event) == [("Typing a 10-year-old Django codebase, one module at a time", ["Bethan Pryce"]),
                             ("What I learned porting our CLI to Textual", ["Idris Mahmood"])]


def test_breaks_with_an_aside_or_named_together_are_breaks():
    from generator.normalize import timetable
    assert timetable.is_break("Pub (the bar downstairs, then wherever)")
    assert timetable.is_break("Doors, pizza (thanks to our sponsor!)")
    assert not timetable.is_break("Rust (the language, not the metal)")
    assert not timetable.is_break("Testing, fast and slow")


def test_a_hashtag_a_sentence_names_as_where_the_posts_are_is_the_events():
    event = event_of("""
        # Harbor Python #58

        Thanks to everyone who came. Photos are on Mastodon
        under #harborpy if you want to tag yourself.
    """)
    assert list(event.hashtags) == ["harborpy"]


def test_a_hashtag_in_any_other_sentence_is_not_the_events():
    # (`we talked about #rustlang`: a topic's hashtag, not where the event's posts are)
    event = event_of("""
        # Harbor Python #58

        We talked about #rustlang and #wasm for an hour.
    """)
    assert list(event.hashtags) == []


# --- guards from the review's probe notes (each a shape near a new reading that must read as before) --------------

def test_capitalised_fact_lines_over_a_rule_are_no_movable_type_export():
    event = event_of("""
        WHAT: Harbor.js #5
        WHEN: 2031-03-04
        WHERE: Dock Cafe, Pier Road 2
        -----
        Talks:

        - Signals in practice - Jane Doe
        - Testing without mocks - Tom Hale
    """, "note.txt")
    assert len(event.talks) == 2


def test_a_speakers_line_right_under_a_list_item_is_still_read():
    event = event_of("""
        # Ruby Night #5

        ## Fast tests with less mocking

        - [slides](https://speakerdeck.com/rina/fast-tests)
        Speaker: Rina Holt

        ## Ruby on small boards

        Speaker: Jonas Dahl
    """)
    assert _talks(event)[0] == ("Fast tests with less mocking", ["Rina Holt"])


def test_a_pictograph_of_music_or_love_inside_a_title_is_no_separator():
    event = event_of("""
        # Synth Night #2

        ## Talks

        - Grace Notes 🎵 a synth in the browser - Tom Hale
        - Ruby ❤ Rails: ten years on - Marcus Webb
    """)
    assert [names for _, names in _talks(event)] == [["Tom Hale"], ["Marcus Webb"]]


def test_a_speaker_cards_job_title_is_no_talk():
    event = event_of("""
        <html><head><title>Speakers | Harbor DevConf 2031</title></head><body>
        <article class="speaker"><h2>Amara Vale</h2><p class="title">Staff Engineer</p><p>Amara keeps systems alive.</p></article>
        <article class="speaker"><h2>Sofia Lund</h2><p class="title">Staff Engineer</p><p>Sofia ships interfaces.</p></article>
        </body></html>
    """, "speakers.html")
    assert "Staff Engineer" not in [title for title, _ in _talks(event)]


def test_two_people_after_a_plural_speakers_label_stay_two():
    from generator.normalize import speaker_lines
    assert [s.name for s in speaker_lines.speaker_line("Speakers: Jane Doe, Oluwaseun Adeyemi")] == [
        "Jane Doe", "Oluwaseun Adeyemi"]


def test_an_introduction_with_a_possessive_names_no_one():
    event = event_of(_OWN_TALK.format(me="Grace Hopper's biggest fan"))
    assert [s.name for s in event.talks[0].speakers] == ["nadiakowal"]


def test_a_title_with_a_person_and_company_in_parentheses_keeps_its_talk():
    event = event_of("""
        # Postgres Harbor #9

        ### Index tuning in practice / Jane Doe

        Notes.

        ### Vacuum explained (Mark Lee / Acme Data)

        Notes.

        ### Partitioning at scale / Tom Hale

        Notes.
    """)
    assert "Vacuum explained" in [title for title, _ in _talks(event)]


def test_people_headings_under_a_panel_or_thanks_are_no_presentations():
    event = event_of("""
        # Harbor Data Summit 2031

        ## Keynote: Data you can trust

        Speaker: Amara Vale

        ## Meet the panel

        ### Sofia Lund

        Sofia runs the data team at [Seabright](https://seabright.example).

        ### Noah Berg

        Noah builds pipelines at [Fundy](https://fundy.example).

        ### Grace Ode

        Grace teaches at the [college](https://college.example).
    """)
    titles = [title for title, _ in _talks(event)]
    assert "Data you can trust" in titles and "Sofia Lund" not in titles


def test_a_slots_length_after_a_bar_is_no_company():
    event = event_of(_SLOTS.replace("{who}", "Jane Park | 25 min"))
    assert [(s.name, s.affiliation) for s in event.talks[0].speakers] == [("Jane Park", None)]


def test_a_month_and_day_with_its_hours_in_japanese_is_the_events_day():
    event = event_of(_ANNOUNCEMENT.replace("{day}", "12/20 13時〜16時"))
    assert event.date == dt.date(2031, 12, 20)


def test_the_way_there_in_parentheses_leaves_the_venue():
    from generator.normalize import venue
    assert venue._clean_venue("港ホール（港駅から徒歩約5分）") == "港ホール"
    assert venue._clean_venue("Harbor Hall (10-minute walk from Central Station)") == "Harbor Hall"
    assert venue._clean_venue("Harbor Hall (Room 2)") == "Harbor Hall (Room 2)"


def test_a_pandoc_grid_table_in_markdown_is_a_programme():
    event = event_of("""
        # PyHarbor 2031 Day 1

        +----------------+----------------------------------+--------------------+
        | Time           | Talk                             | Speaker            |
        +================+==================================+====================+
        | 09:00 - 10:00  | Keynote: Mezzanine               | Stephen Vale       |
        +----------------+----------------------------------+--------------------+
        | 10:30 - 11:00  | Developing Web Services Rapidly: | Andrea Levin       |
        |                | a Framework on App Engine        |                    |
        +----------------+----------------------------------+--------------------+
    """)
    assert _talks(event) == [("Mezzanine", ["Stephen Vale"]),
                             ("Developing Web Services Rapidly: a Framework on App Engine", ["Andrea Levin"])]


def test_a_grid_drawn_in_a_code_block_stays_code():
    event = event_of("""
        # PyHarbor 2031 Day 1

        ## Type systems in practice / Jane Doe

        ```
        +------+------+
        | a    | b    |
        +------+------+
        | 1    | 2    |
        +------+------+
        ```
    """)
    assert _talks(event) == [("Type systems in practice", ["Jane Doe"])]


def test_an_org_table_without_a_rule_is_a_table():
    event = event_of("""
        #+TITLE: Harbor Haskell #19 notes

        * Timetable
          | 13:10-13:50 | Type classes, revisited | Kei Nomura |
          | 14:00-14:30 | Effects in web APIs     | Mizu Hara  |
    """, "note.org")
    assert _talks(event) == [("Type classes, revisited", ["Kei Nomura"]), ("Effects in web APIs", ["Mizu Hara"])]


def test_a_weekday_evening_the_sentence_says_was_past_counts_back_from_the_post():
    from generator.normalize import dates
    friday = dt.date(2031, 11, 14)
    assert dates.relative_day("Thanks to everyone who braved the rain on Tuesday night.", friday) == dt.date(2031, 11, 11)
    assert dates.relative_day("See you on Tuesday night at the pub.", friday) is None


def test_a_camel_case_signup_key_names_the_events_page():
    event = event_of("""
        ---
        title: "Harbor.js #16"
        date: 2031-03-05
        signupLink: https://www.meetup.com/harborjs/events/123456/
        ---
        The evening's talks.
    """)
    assert event.url == "https://www.meetup.com/harborjs/events/123456/"


def test_the_told_hashtag_precheck_never_skips_a_sentence_the_reading_takes():
    # (a speed boundary: the words looked for first must cover every sentence the full pattern reads)
    from pathlib import Path
    import generator.normalize as normalize_module
    texts = ["Photos are on Mastodon under #harborpy", "Post your photos with **#forgetalks**",
             "said hi on #RubyConfLX", "#swiftmym でツイートしてください", "follow along at #harbor_live",
             "tagged #harborjs", "tweet with #harborjs"]
    texts += [p.read_text(encoding="utf-8", errors="replace")
              for p in (Path(__file__).parent / "fixtures").rglob("*") if p.is_file() and p.suffix in (".md", ".txt", ".html")]
    for text in texts:
        if normalize_module._TOLD_HASHTAG.search(text):
            assert normalize_module._TOLD_WORD.search(text) and normalize_module._HASHTAG_WORD.search(text), text[:80]
