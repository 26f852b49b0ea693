"""Recaps as batch 12's development notes write them (rewritten in our own words).

- a slides repository's README: `* [Title](deck)` with `  by Jane Doe` on the next line, titled with the
  repository's slug (`2014-talks`) while its text names the conference;
- a meetup post whose `## News Round-up` holds twenty `####` news items, none a talk;
- a company's recap, one `###` heading per talk, the notes opening with the speaker linked to their page
  (`We kicked off with [Jane Doe](https://www.linkedin.com/in/…)'s talk`), one title holding `with`;
- a Japanese recap whose notes open `Daiki Kojima さんからは、…`.
"""
from __future__ import annotations

from generator.normalize import links, titles
from note_text import event_of, talks_of


def test_a_byline_on_the_line_after_a_list_items_title_is_its_speaker_and_a_slug_title_gives_way():
    event = event_of("""
        2015-talks
        ==========

        This is the repository for slides and talks from HarborCon 2015.

        Talks
        =====

        * [A Queue Compendium](https://cdn.example.org/harborcon/queue.pdf)
          by Jane Doe
        * [Making Builds Fast](https://cdn.example.org/harborcon/builds.pdf)
          by Omar Haddad
        """)
    assert event.title == "HarborCon 2015"
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("A Queue Compendium", ["Jane Doe"]), ("Making Builds Fast", ["Omar Haddad"])]
    assert titles.is_slug("2014-talks") and not titles.is_slug("HarborCon 2015")


def test_the_items_under_a_news_heading_are_never_talks():
    talks = talks_of("""
        ---
        title: June Meetup
        ---
        *Dana* ports her keyboard. *Matt* delivers the news.

        ## Links from Dana's talk

        - [qmk](https://qmk.fm/) firmware

        ## News Round-up

        ### Headlines

        #### Release 1.23

        Released at last: https://www.youtube.com/watch?v=abcdefghijk

        #### A new editor

        Runs in the browser, by [@ed_maker](https://twitter.com/ed_maker).

        ### Hardware News

        #### A new board

        Small and cheap: https://speakerdeck.com/maker/new-board
        """)
    assert [t[0] for t in talks] == ["Links from Dana's talk", "News Round-up"]


def test_the_person_a_talks_notes_link_first_is_its_speaker_where_the_note_does_so_throughout():
    talks = talks_of("""
        ---
        title: HarborFin 24 Review
        ---
        [HarborFin 24](https://harborfin.example/24/) happened last week.

        ### AI and its Side Effects

        We kicked off with [Nora Vale](https://www.linkedin.com/in/noravale/)'s talk on side effects.

        ### Breaking the Bank with Contract Testing

        We then had [Alan Roe](https://www.linkedin.com/in/alanroe/)'s talk on breaking the bank with contract testing.

        ### Tales from the Buy-Side

        Next, a fireside chat with [Kim Berg](https://harborfin.example/team/kim/), who has seen it all.
        """)
    assert [t[:2] for t in talks] == [("AI and its Side Effects", ["Nora Vale"]),
                                      ("Breaking the Bank with Contract Testing", ["Alan Roe"]),
                                      ("Tales from the Buy-Side", ["Kim Berg"])]
    assert links.is_person_page("https://www.linkedin.com/in/noravale/")
    assert not links.is_person_page("https://harborfin.example/24/")


def test_a_name_after_with_is_no_speaker_when_the_notes_write_it_as_common_words():
    talks = talks_of("""
        ---
        title: Harbor Dev Day
        ---
        ### Testing with Contract Tests

        A talk on testing with contract tests, and why they help.

        ### Cloud 101 with Jane Doe

        An introduction for newcomers.
        """)
    assert talks == [("Testing with Contract Tests", [], "talk"), ("Cloud 101", ["Jane Doe"], "talk")]


def test_notes_opening_with_the_speaker_and_kara_wa_name_the_speaker():
    talks = talks_of("""
        ---
        title: 港町Vue 7
        ---
        ## 登壇を一部ご紹介

        ### Vue を TS で書く

        Kenta Mori さんからは、 Vuex を TypeScript で書く話。

        ### Web Components を使う

        続いて [ゆきの (@pastel_x)](https://twitter.com/pastel_x) さんから Web Components の話。

        ### 初心者の SPA 開発

        最後に [@gaga_x](https://twitter.com/gaga_x) さんの登壇、歴 3 か月の話。
        """)
    assert [t[:2] for t in talks] == [("Vue を TS で書く", ["Kenta Mori"]), ("Web Components を使う", ["ゆきの"]),
                                      ("初心者の SPA 開発", ["gaga_x"])]


def test_a_conference_timetable_page_its_meta_tags_and_its_rooms_hashtags():
    event = event_of("""
        ---
        title: タイムテーブル
        meta:
          - name: description
            content: 港町Java 2019 Fall
          - name: og:title
            content: 港町Java 2019 Fall | タイムテーブル
        ---

        # タイムテーブル

        ## 10:00 - 10:45
        |Room|Title|Speaker|
        |---|---|---|
        |A+B [#mj_a1](https://twitter.com/search?q=%23mj_a1)|[型で学ぶ設計](https://cfp.example/s/1)|山田太郎|
        |C+D [#mj_c1](https://twitter.com/search?q=%23mj_c1)|[Head toward Java 21](https://cfp.example/s/2)|KUBO Yuji|
        """)
    assert event.title == "港町Java 2019 Fall"
    assert list(event.hashtags) == []
    assert [(t.title, t.room) for t in event.talks] == [("型で学ぶ設計", "A+B"), ("Head toward Java 21", "C+D")]


def test_a_planned_day_of_slots_with_rooms_is_the_programme_and_shortcut_references_are_links():
    talks = talks_of("""
        ---
        date: 2023-09-19
        ---

        Harbor Loop 2023
        ================
        The last [Harbor Loop](https://harborloop.example/).

        My Planned Schedule
        -------------------

        ### Thursday
        | Start   | End     | Location   | Description            |
        | ------- | ------- | ---------- | ---------------------- |
        |  9:30am |  9:45am | Theater    | [Welcome]              |
        |  9:45am | 10:30am | Theater    | [Careers in Code]      |
        | 11:45am |  1:15pm | Station    | [Thursday Lunch]       |
        | 12:00pm | 12:30pm | Grand F    | [Android Security]     |
        |  2:30pm |  3:10pm | Regency AB | [Babashka Scripts]     |
        |  7:00pm | 10:00pm | Museum     | [Closing Party]        |

        [Welcome]: https://harborloop.example/welcome.html
        [Careers in Code]: https://harborloop.example/careers.html
        [Android Security]: https://harborloop.example/android.html
        [Thursday Lunch]: https://harborloop.example/lunch.html
        [Babashka Scripts]: https://harborloop.example/bb.html
        [Closing Party]: https://harborloop.example/party.html
        """)
    assert [t[0] for t in talks] == ["Careers in Code", "Android Security", "Babashka Scripts"]


def test_a_days_outline_without_rooms_is_not_a_programme_of_its_own():
    talks = talks_of("""
        ---
        title: 港町LT 5
        ---
        ## タイムテーブル

        | 時間 | 内容 |
        |---|---|
        | 19:00 | 自己紹介等 |
        | 19:10 | LT（第１部） |
        | 20:00 | LT（第２部） |

        ## LT

        - Rust で CLI を書く / 山田さん
        - 型のある生活 / 佐藤さん
        """)
    assert [t[0] for t in talks] == ["Rust で CLI を書く", "型のある生活"]


def test_a_company_report_names_each_session_org_role_and_person_after_a_dash():
    talks = talks_of("""
        # 港町Elixir 2017 に参加しました

        ## 港町Elixir 2017 概要

        [[発表資料](https://minatoex.connpass.com/event/4785/presentation/)]
        今回は 300 人規模でした。

        ## Session 1 - 分散ゲームサーバーの作りかた - 株式会社ほげ XFLAG STUDIO 古川秀樹さん

        本番運用の話。

        ## Session 2 - 関数型言語への入り口 - Claude Labs株式会社 CTO Perez Danaさん

        入門の話。

        ## LT

        * Why we chose Elixir
         * by ma2kiさん
         * 楽しい
        * DynamoDB for Elixir
         * by hiro_c
         * SDK がなかったので
        """)
    assert talks == [("分散ゲームサーバーの作りかた", ["古川秀樹"], "talk"), ("関数型言語への入り口", ["Perez Dana"], "talk"),
                     ("Why we chose Elixir", ["ma2ki"], "lightning"), ("DynamoDB for Elixir", ["hiro_c"], "lightning")]


def test_a_meetup_page_with_a_fact_table_an_address_and_shared_by_lines():
    event = event_of("""
        ---
        title: Meetup No. 3 on 14th August 2019 at HarborWorks
        ---

        # 📍 Administrative Details

        | | |
        | --- | --- |
        | Timestamp | **Wednesday, August 14 2019, 7:00 PM** |
        | Address | **HarborWorks, 12 Quay Rd, Level 2** ([Open in Google Maps](https://maps.example/x)) |
        | Sign Up URL | **[tickets.example/harbor/aug-2019](https://tickets.example/harbor/aug-2019)** |

        # 🗣 Sharings

        ## Tidepool

        > Shared by: Mara Ong & Vik Suri

        Booking travel in instalments.

        ## Secret Sharing at Scale

        > Shared by: Li Wen

        Splitting keys.

        # Retrospective

        What went well.
        """)
    assert event.title == "Meetup No. 3"
    assert event.venue == "HarborWorks"  # the place's name; its street address after the comma is not part of it
    assert event.url == "https://tickets.example/harbor/aug-2019"
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Tidepool", ["Mara Ong", "Vik Suri"]), ("Secret Sharing at Scale", ["Li Wen"])]


def test_front_matter_keys_written_as_ruby_symbols():
    event = event_of("""
        ---
        :title: Harbor Ruby 2015
        :created_at: 2015-04-24 13:00:00.000000000 +00:00
        :tags:
        - conferences
        ---

        We are the Gold sponsor of [Harbor Ruby](http://harborruby.example) this year.
        """)
    assert event.title == "Harbor Ruby 2015"
    assert list(event.tags) == ["conferences"]


def test_a_programme_page_of_html_cells_with_speaker_lines_and_slot_labels():
    talks = talks_of("""
        ---
        title: 'Time Table'
        ---
        <div class="table">
          <div class="row"><div class="cell">10:20</div>
            <div class="cell">
              <h2>A Ruby Story</h2>
              <p>A long abstract about meeting Ruby while programming, and what it taught me over the years.</p>
              <p>Speaker <a href="./speakers.html#kshima">島村浩一</a></p>
            </div>
          </div>
          <div class="row"><div class="cell">11:00</div>
            <div class="cell">
              <h2>港町トーク #1:</h2>
              <h3>全力で Rails に移した話</h3>
              <p>移行の一年の話。</p>
              <p>Speaker 福田彰（<a href="https://example.co.jp/">株式会社ほげ</a> CTO）</p>
            </div>
          </div>
        </div>
        """, name="note.html")
    assert [t[:2] for t in talks] == [("A Ruby Story", ["島村浩一"]), ("全力で Rails に移した話", ["福田彰"])]


def test_a_table_without_header_whose_cells_list_several_talks():
    talks = talks_of("""
        ---
        title: プログラム - 港町Ruby会議01
        ---
        <table>
        <tr><td>12:30</td><td>開場</td></tr>
        <tr><td>13:10</td><td>ゲスト講演 <strong>「Change your code」</strong> / by <a href="http://twitter.com/matz_x">@matz_x</a></td></tr>
        <tr><td>13:50</td><td>ゲスト講演 <strong>「三人で一日でアプリを出す」</strong><br />by <a href="http://twitter.com/masu_x">@masu_x</a>
          <p>一人で作ったメモ帳サービスの開発手法について解説します。</p><p>Rails + Ruby</p><p>Heroku</p></td></tr>
        <tr><td>14:30</td><td><ul><li>「バッチ業務のストリーム処理化」<a href="http://twitter.com/bash_x">@bash_x</a></li>
          <li>「Emacsの普通の使い方」<a href="http://twitter.com/lib_k">@lib_k</a></li></ul></td></tr>
        </table>
        """, name="note.html")
    assert [t[:2] for t in talks] == [("Change your code", ["matz_x"]), ("三人で一日でアプリを出す", ["masu_x"]),
                                      ("バッチ業務のストリーム処理化", ["bash_x"]), ("Emacsの普通の使い方", ["lib_k"])]
    assert not any(t[0] in ("Heroku", "Rails + Ruby") for t in talks)


def test_a_bare_speaker_label_takes_a_name_never_a_number_or_a_sentence():
    from generator.normalize import speaker_lines
    assert [s.name for s in speaker_lines.speaker_line("Speaker 島村浩一")] == ["島村浩一"]
    assert speaker_lines.speaker_line("Speaker 1-1") is None
    assert speaker_lines.speaker_line("Speaker notes are useful here") is None
