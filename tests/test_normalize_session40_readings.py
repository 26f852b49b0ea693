"""Session 40: recaps that set a talk's title off in a sentence, lead paragraphs with a bold title, a line-up set as a
quote, and a post's own byline and author box (shapes of real notes, in the team's own words)."""
from __future__ import annotations

from note_text import talks_of


def _titles_and_speakers(text: str) -> list[tuple[str, list[str]]]:
    return [(title, speakers) for title, speakers, _ in talks_of(text)]


# --- a title set off (a link's text, a quote, bold or italics) and tied to a word of talks ------------------------------

def test_titles_set_off_in_a_conference_recap():
    found = _titles_and_speakers("""
        ---
        title: "Looking back at Harbour Python 2031"
        date: 2031-08-12
        ---

        The first morning opened with a keynote, and the hall was full.

        Next up was Dana Whitfield's talk on [safe defaults for web forms](https://2031.harbourpy.example/talks/41) in the
        Python world. Most of it was familiar, some of it was not.

        After the tea break, I saw Omar Lindqvist's [talk on shipping a puzzle game](https://2031.harbourpy.example/talks/52)
        written in Python. Lovely art.

        The final session was by Priya Raman on [Answering Questions in Public Forums](https://2031.harbourpy.example/talks/60).
        She knows that site inside out.

        The closing keynote was fun. Its title was long. The keynote was dubbed <em>From Looms to Laptops</em>, and it earned it.
        """)
    assert found == [
        ("safe defaults for web forms", ["Dana Whitfield"]),
        ("shipping a puzzle game", ["Omar Lindqvist"]),
        ("Answering Questions in Public Forums", ["Priya Raman"]),
        ("From Looms to Laptops", []),
    ]


def test_a_title_in_italics_said_to_be_a_talk_and_a_bold_title_with_who_gave_it():
    found = _titles_and_speakers("""
        ---
        title: "Two days at Lisbon Elixir Days"
        date: 2031-04-30
        ---

        I flew in on Tuesday and slept badly.

        ## Day 1

        _Dashboards Your Product Team Will Read_ was a perfect talk for me. Charts, but useful ones.

        ## Day 2

        In **Teaching the Browser New Tricks**, Sofia Brandt gave a very good look at compiling to WebAssembly.
        """)
    assert found == [("Dashboards Your Product Team Will Read", []), ("Teaching the Browser New Tricks", ["Sofia Brandt"])]


def test_quoted_bold_title_keeps_no_quote_mark():
    found = _titles_and_speakers("""
        ---
        title: "Laravel Live North 2031"
        date: 2031-09-02
        ---

        [Jonas Berg](https://twitter.com/jonasberg) gave a fine talk on "**Backups You Can Restore**" which I liked.

        My first session was “**Folders Are Not Metadata**”. There are no slides for that one.
        """)
    assert ("Backups You Can Restore", ["Jonas Berg"]) in found
    assert all(not title.startswith(("“", '"')) for title, _ in found)


def test_a_channel_where_all_talks_are_is_no_title():
    found = _titles_and_speakers("""
        ---
        title: "My first Clojure North"
        date: 2031-11-25
        ---

        I gave my talk on the first day, which was a relief. Eye-opening talks all round.

        You can watch all talks on [Clojure North TV](https://www.youtube.com/playlist?list=PLabc) on YouTube.
        """)
    assert all(title != "Clojure North TV" for title, _ in found)


def test_books_by_their_authors_in_a_workshop_post_are_no_talks():
    found = _titles_and_speakers("""
        ---
        title: "Our workshop at DevConf Cape Point"
        date: 2031-04-11
        ---

        We ran a workshop on learning how to learn, and it went well.

        A hat tip to the resources we used to make the workshop: [Teaching Upside Down](https://www.goodreads.com/book/show/1-teaching)
        by Sara Bowden; [The Fast Learning Book](https://www.goodreads.com/book/show/2-fast) by Dirk Maas.
        """)
    assert found == []


def test_a_novel_by_its_author_is_no_talk():
    found = _titles_and_speakers("""
        ---
        title: "Notes from the train"
        date: 2031-02-02
        ---

        On the way to the meetup I read "Sand and Stars" by Frank Hollis, then slept.

        The talks were good but I took no notes.
        """)
    assert found == []


# --- paragraphs led by a bold title -------------------------------------------------------------------------------------

def test_paragraphs_led_by_a_bold_title_then_who_shared_it():
    found = _titles_and_speakers("""
        ---
        title: "DevFest Gulf Coast recap"
        date: 2031-12-31
        ---

        Post by Martin Osei

        I want to thank our GDG leads for a great day on November 8th.

        **Native Apps with One Codebase**: Lena Park of parkapps.example shared a fun talk on writing one app for two phones.

        **A Tour of Kotlin**: Victor Nash provided an elegant tour of the language and its tooling.

        **Machine Learning Without the Hype**: a calm talk on picking models you can explain.

        ## About @martinosei

        Martin writes software in Tampa.
        """)
    assert found == [
        ("Native Apps with One Codebase", ["Lena Park"]),
        ("A Tour of Kotlin", ["Victor Nash"]),
        ("Machine Learning Without the Hype", []),
    ]


def test_one_bold_label_paragraph_is_no_talk():
    found = _titles_and_speakers("""
        ---
        title: "Rust Harbour, March"
        date: 2031-03-03
        ---

        ## Borrowing Without Tears

        Speaker: Ines Holm

        **Update**: the slides she presented are now online.
        """)
    assert found == [("Borrowing Without Tears", ["Ines Holm"])]


def test_a_posts_byline_and_author_box_are_no_talks():
    found = _titles_and_speakers("""
        ---
        title: "Thoughts after the meetup"
        date: 2031-05-05
        ---

        Post by Alma Reyes

        It was a quiet evening and I left early.

        ## About @almareyes

        Alma organises the local JavaScript group.
        """)
    assert found == []


# --- a line-up set as a quote -------------------------------------------------------------------------------------------

def test_a_line_up_set_as_a_quote_with_track_names():
    found = _titles_and_speakers("""
        ---
        title: "Recap: Office Saturday Ghent 2031"
        date: 2031-10-16
        ---

        ## Speakers & Sessions

        Twelve sessions in two tracks:

        > **Developer**

        > Typed Scripts for Busy People by Anke Dierckx

        > Building Parts for the Portal by Wim Maes

        > Apps for Every Phone by Lotte Claes
        >
        > **IT Pro**

        > Keeping Servers at Home by Pieter Goossens

        > Moving Files to the Cloud by Rachel Timmer & Joost Peeters
        """)
    assert found == [
        ("Typed Scripts for Busy People", ["Anke Dierckx"]),
        ("Building Parts for the Portal", ["Wim Maes"]),
        ("Apps for Every Phone", ["Lotte Claes"]),
        ("Keeping Servers at Home", ["Pieter Goossens"]),
        ("Moving Files to the Cloud", ["Rachel Timmer", "Joost Peeters"]),
    ]


def test_a_quoted_paragraph_with_one_by_line_is_left_a_quote():
    found = _titles_and_speakers("""
        ---
        title: "Harbour Go night"
        date: 2031-06-06
        ---

        ## Generics in Practice

        Speaker: Tomas Vik

        > Write the plain version first, then the generic one.
        > Most code never needs the second.
        > A quote I keep by my desk, by Ada Lindgren

        Good talk.
        """)
    assert found == [("Generics in Practice", ["Tomas Vik"])]


# --- Hatena notation's links, names and lists ---------------------------------------------------------------------------

HATENA_NOTE = """\
*畳の上の勉強会に行ってきた

先週の土曜、[https://kamogawa-fp.connpass.com/event/123456/:title=鴨川関数型もくもく会 第3回]に参加しました。

[f:id:someone:20311118193012j:plain:w420]

[:contents]

**リストを畳み込む話（id:kaede-n さん）

一本目は [twitter:@kaede_n] さん。((当日は風邪気味だったそうです))

-畳み込みの向き
--左と右で結果が変わる例
-スライド：[https://speakerdeck.com/kaede_n/fold-talk:title=リストを畳み込む話]

**型で日付を守る（id:tomo-h さん）

-締め切りを型にする
"""


def test_hatena_notation_links_names_and_lists():
    from generator.normalize import dialects
    text = dialects.read(HATENA_NOTE, ".txt").body
    assert "[鴨川関数型もくもく会 第3回](https://kamogawa-fp.connpass.com/event/123456/)" in text
    assert "f:id:" not in text and "[:contents]" not in text and "((" not in text
    assert "- 畳み込みの向き" in text and "  - 左と右で結果が変わる例" in text
    assert "@kaede-n" in text and "@kaede_n" in text
    found = [(title, speakers) for title, speakers, _ in talks_of(HATENA_NOTE, "entry.txt")]
    assert [title for title, _ in found] == ["リストを畳み込む話", "型で日付を守る"]


def test_markdown_links_and_bold_labels_are_not_hatena_notation():
    from generator.normalize import dialects
    note = ("**募集ページ：** [https://example.connpass.com/event/1/](https://example.connpass.com/event/1/)\n\n"
            "-not a list item in Markdown\n")
    assert dialects.read(note, ".md").body == note


# --- guards from the review's probe notes -------------------------------------------------------------------------------

def test_bold_labels_in_pairs_are_no_talks_and_keep_the_headings_talks():
    found = _titles_and_speakers("""
        ---
        title: "Elm Harbour 4"
        date: 2031-03-04
        ---

        **Venue**: Northwind provided the room and a projector that worked.

        **Food**: Lena Park provided pizza for everyone.

        ## Parsing Without Tears

        Nora Quist explained how her parser recovers.

        ## Ports in Practice

        Ivo Brandt compared two ways of talking to JavaScript.

        **Note**: Ivo gave the same talk at ElmConf last year.

        **Update**: Nora shared the slides after the event.
        """)
    assert [title for title, _ in found] == ["Parsing Without Tears", "Ports in Practice"]


def test_the_writers_talk_elsewhere_a_podcast_and_a_site_are_no_talks():
    found = _titles_and_speakers("""
        ---
        title: "Rust Harbour 19"
        date: 2031-03-04
        ---

        First up was "Borrow Checker Myths" by Jane Roe, then "Async Without Tears" by Ken Ueda.

        I covered similar ground in my talk on [Lifetimes for Pythonistas](https://speakerdeck.com/me/lt) at PyCon Harbour.

        Ken also has a podcast; his panel was about **Harbour Station Radio**, the podcast he co-hosts.

        The session was by Jane Roe on [YouTube Live](https://youtube.com/live/x) for remote folks.
        """)
    assert found == [("Borrow Checker Myths", ["Jane Roe"]), ("Async Without Tears", ["Ken Ueda"])]


def test_under_a_days_heading_last_years_keynote_and_a_one_word_remark_are_no_talks():
    found = _titles_and_speakers("""
        ---
        title: "Notes from DevFest Harbour 2031"
        date: 2031-03-04
        ---

        ## Day 1

        I arrived late. Over lunch we recalled last year's keynote titled "Servers Are Over", still a favourite.

        ## Day 2

        The keynote was "Unforgettable", and the coffee was strong.
        """)
    assert found == []


def test_a_quoted_set_list_after_the_talks_and_quoted_credits_stay_quotes():
    found = _titles_and_speakers("""
        ---
        title: "Music Tech Harbour"
        date: 2031-03-04
        ---

        ## Talks

        - Web Audio in Anger — Yui Kato
        - MIDI over Radio — Ron Diaz

        The DJ set after the talks:

        > Blue Tuesday by New Harbour
        > Around the Bay by Daft Gulls
        > Window Sill by Aphex Heron

        Credits:

        > Video by Ryo Kudo
        > Photos by Ana Lopez
        > Organised by Aya Mori
        """)
    assert found == [("Web Audio in Anger", ["Yui Kato"]), ("MIDI over Radio", ["Ron Diaz"])]


def test_about_me_on_a_night_of_self_introductions_stays_a_talk():
    found = _titles_and_speakers("""
        ---
        title: "Intro Night Harbour"
        date: 2031-03-04
        ---

        ## About Me

        Speaker: Ken Ito

        Ken talked about his path from bakery to backend.

        ## My First Open Source Patch

        Speaker: Ann Lee
        """)
    assert found == [("About Me", ["Ken Ito"]), ("My First Open Source Patch", ["Ann Lee"])]


def test_post_titles_with_a_recaps_aside_a_date_after_a_bar_or_the_programme_in_another_language():
    from generator.normalize import titles
    assert titles.clean_event_title("HarborCon Recap (and download links)") == "HarborCon"
    assert titles.clean_event_title("Harbor JS | 05.05.2031") == "Harbor JS"
    assert titles.clean_event_title("PyCon-Harbor 2031 programa") == "PyCon-Harbor 2031"
    # (an aside that is the name's own part stays: capitalised, not the writer's words after a recap)
    assert titles.clean_event_title("Harbor Notes (Draft)") == "Harbor Notes (Draft)"


# --- a Japanese recap's quoted titles -----------------------------------------------------------------------------------

def test_a_japanese_recap_names_its_talks_in_quotes_the_sentence_says_are_titles():
    found = _titles_and_speakers("""
        ---
        layout: post
        title: "港町のフロントエンド勉強会に行ってきた"
        date: 2031-10-02 21:15:00 +0900
        ---

        先週の土曜日、港町フロントエンド寄合 2031秋に参加してきました。

        トップバッターは株式会社ミナトの浜田 みのりさん。
        「CSS のレイヤーを一年使ってみて」というタイトルで、既存のプロダクトに後から導入した経緯を話してくれました。
        「上書き用の層が一年で三倍に膨らんだ」という正直な振り返りが面白かったです。

        二本目は川辺 健太さん（@kawaken）が、社内向けのビルド改善を「ビルドを速くした五つの工夫」としてまとめてくれました。

        休憩をはさんで LT が 3 本ありました。
        岬野さんの「テストを捨ててみた」、学生の入江 レンさんの「はじめての監査」、そして運営の潮見さんの「一週間で乗り換えた」です。

        最後はパネルディスカッション「採用、みんなどうしてる？」。
        """)
    assert found[:5] == [
        ("CSS のレイヤーを一年使ってみて", ["浜田 みのり"]),
        ("ビルドを速くした五つの工夫", ["川辺 健太"]),
        ("テストを捨ててみた", ["岬野"]),
        ("はじめての監査", ["入江 レン"]),
        ("一週間で乗り換えた", ["潮見"]),
    ]
    assert all("振り返り" not in title and "三倍" not in title for title, _ in found)


def test_japanese_quoted_remarks_and_sayings_are_no_talks():
    from generator.normalize import prose
    text = ("懇親会で山田さんの「とりあえず動かす」という口癖が話題になりました。"
            "答えは「コンポーネントテスト」でした。佐藤さんの「次回もやりましょう」で締めくくり。")
    assert prose.talks_in_japanese_quotes(text) == []


def test_a_video_descriptions_chapters_with_seconds():
    found = _titles_and_speakers("""
        Harbor Conf 2031 - Main Stage (full livestream)

        1,482 views  Streamed live on Oct 7, 2031

        CHAPTERS
        00:00 Stream starting soon
        09:12 Keynote: The Slow Page - Ada Okafor
        52:40 Typed Queries Without Magic - Rui Costa
        1:31:05 Coffee break
        1:46:20 Audits Nobody Asked For - Margo Lind & Teo Bastos
        2:24:30 Bash Builds Everything - Dev Patel
        3:25:47 Closing + prize draw
        """)
    assert found == [("The Slow Page", ["Ada Okafor"]), ("Typed Queries Without Magic", ["Rui Costa"]),
                     ("Audits Nobody Asked For", ["Margo Lind", "Teo Bastos"]), ("Bash Builds Everything", ["Dev Patel"])]


# --- disclosure blocks, a day's heading with its date, a kind's label before a quoted title -----------------------------

def test_toggles_exported_as_details_blocks_are_the_talks_sections():
    found = [(title, speakers, kind) for title, speakers, kind in talks_of("""
        # Lakeside Rust Day 2031

        Event date: May 11, 2031
        Tags: rust, conference

        ## Schedule + notes

        <details>
        <summary>09:30 · Opening keynote — “Builds Are a Product Feature” (Imre Tasch, Ferro Labs)</summary>

        - Build time is something users feel indirectly
        </details>

        <details>
        <summary>10:20 · “Cancelling Futures, Honestly” — Dario Quinn</summary>

        - Dropping a future is cancellation
        </details>

        <details>
        <summary>16:10 · Closing panel: “Rust at Work, Year Three”</summary>

        Moderated by Imre Tasch.
        </details>
        """, "Conf notes 8c1e.md")]
    assert found == [("Builds Are a Product Feature", ["Imre Tasch"], "keynote"),
                     ("Cancelling Futures, Honestly", ["Dario Quinn"], "talk"),
                     ("Rust at Work, Year Three", [], "panel")]


def test_a_days_heading_with_its_date_over_the_days_logistics_gives_no_talks():
    found = _titles_and_speakers("""
        ---
        title: "Kotlin Camp Hakone 2031"
        ---

        Weekend retreat, no formal programme, just hacking.

        ## Saturday 15th March 2031

        - 09:00 Doors
        - 10:00 Hacking starts
        - 19:00 Dinner and onsen

        ## Sunday 16th March 2031

        - 10:00 Demos
        - 13:00 Checkout
        """)
    assert found == []


# --- a post export repeating its title, days in Roman numerals, recordings linked with a dash before `by` ---------------

MEDIUM_EXPORT = """\
Harbor PG Days 2031: A Long Week — Part II

Harbor PG Days 2031: A Long Week — Part II
==========================================

Let's finish the story of the conference.

---

### Harbor PG Days 2031: A Lnog Week — Part II

Let's finish the story of the conference.

#### Day I: 14th December, 2031

We had missed a few talks by then, like [Should I Store JSON in Postgres**?**](https://www.youtube.com/watch?v=aaaa) **-** by Boris Meier, and [‘Fixing Vacuum Without Tears’](https://www.youtube.com/watch?v=bbbb)— by Rob Haas. Well, next time.

#### Day II: 15th December, 2031

The day began with a talk I was excited about: ‘[Queues on Postgres with Rust](https://www.youtube.com/watch?v=cccc)’ — by Ada Hendel. It was great.
"""


def test_a_post_export_repeating_its_title_and_recordings_linked_with_a_dash_before_by():
    from note_text import event_of
    event = event_of(MEDIUM_EXPORT, "2031-12-20_Harbor-PG-Days-2031-0eee.md")
    assert str(event.date) == "2031-12-14"
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Should I Store JSON in Postgres?", ["Boris Meier"]), ("Fixing Vacuum Without Tears", ["Rob Haas"]),
        ("Queues on Postgres with Rust", ["Ada Hendel"])]


def test_days_in_roman_numerals_are_days_and_a_title_written_apart_is_not():
    from generator.normalize import reconcile, sections
    assert sections.is_day("Day I: 14th December, 2031") and sections.is_day("Day IV - Workshops")
    assert not sections.is_day("Day In the Life") and not sections.is_day("Day Idea")
    assert reconcile.nearly_equal("Harbor PG Days 2031: A Long Week", "Harbor PG Days 2031: A Lnog Week")
    assert not reconcile.nearly_equal("Next up: Portside Ruby Meetup 2031-06-20", "Portside Ruby Meetup")


def test_bold_led_paragraphs_then_cards_in_italics_over_their_speakers():
    found = _titles_and_speakers("""
        ---
        title: "DevFest Gulf Coast recap"
        date: 2031-12-31
        ---

        **Native Apps with One Codebase**: Lena Park of parkapps.example shared a fun talk on writing one app for two phones.

        **A Tour of Kotlin**: Victor Nash provided an elegant tour of the language and its tooling.

        For the curious, here are the slides people shared.

        *Enterprise Screens People Like*
        Michael Brandt
        Slides

        *Decoupling with Web Components*
        Chris Lorenz
        [Slides](https://speakerdeck.com/chrisl/decoupling)

        *Photo: the cake*
        The venue, at night
        """)
    assert found == [("Native Apps with One Codebase", ["Lena Park"]), ("A Tour of Kotlin", ["Victor Nash"]),
                     ("Enterprise Screens People Like", ["Michael Brandt"]),
                     ("Decoupling with Web Components", ["Chris Lorenz"])]


def test_a_connpass_page_copied_with_its_address_on_top():
    from note_text import event_of
    event = event_of("""\
https://harbor-infra.connpass.com/event/100012/

Harbor Infra Meetup
Harbor Infra Meetup #12 〜Observability〜
Logs, metrics and traces, in practice

開催日時
2031/06/14(金)
19:00 〜 21:30

開催場所
〒130-0013
東京都墨田区錦糸1-2-3 港ビル 8F
株式会社ミナト 本社セミナールーム

イベント内容
港のインフラエンジニアがゆるく集まる勉強会です。
""", "connpass_100012.txt")
    assert event.title == "Harbor Infra Meetup #12"
    assert event.venue == "株式会社ミナト 本社セミナールーム"


NEWSLETTER = """\
From: Harbor Shed JS <hello@harborshed.example>
To: subscribers@lists.harborshed.example
Date: Mon, 4 Mar 2031 09:02:11 +0000
Subject: [Harbor Shed JS] #44 is on the 14th -- here's the line-up

HARBOR SHED JS
==============
Newsletter · March 2031

Hello everyone, meetup number forty-four is nearly upon us.


THE LINE-UP
===========

1. "Your Bundle Is Lying to You"
   Nora Fairlie, Front-end Lead at Ridgeway Digital

   Nora spent a month chasing a regression the analyser swore was not there.

2. "Signals, Stores and Other Things I Mixed Up"
   Cal Rourke (@caldoes on most places)

   A tour of reactive state.

3. Lightning round (5 minutes each, timed by the kettle)

   a) "Temporal Is Nearly Here" -- Hattie Boothe
   b) "Testing Date Pickers for You" -- Marek Nowak


FROM THE COMMUNITY
==================

* Harbor DevOps is back on Thursday 21 March.
"""


def test_a_newsletters_line_up_of_quoted_titles_over_their_speakers():
    from note_text import event_of
    event = event_of(NEWSLETTER, "newsletter.txt")
    assert event.title == "Harbor Shed JS #44"
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks] == [
        ("Your Bundle Is Lying to You", ["Nora Fairlie"], "talk"),
        ("Signals, Stores and Other Things I Mixed Up", ["Cal Rourke"], "talk"),
        ("Temporal Is Nearly Here", ["Hattie Boothe"], "lightning"),
        ("Testing Date Pickers for You", ["Marek Nowak"], "lightning")]
    assert event.talks[1].speakers[0].handle == "caldoes"


def test_a_mail_subjects_tag_without_a_number_still_goes():
    from generator.normalize import dialects
    mail = "From: a@b.example\nSubject: [harbor-list] Slides from last night\n\nHello\n"
    assert dialects.read(mail, ".txt").front_matter["title"] == "Slides from last night"


# --- guards from the second review's probe notes ------------------------------------------------------------------------

def test_japanese_quotes_of_a_theme_a_remark_a_blog_post_or_a_book_are_no_talks():
    from generator.normalize import prose
    text = ("主催の中川さんが「障害はチームで乗り越える」というテーマで今回の趣旨を説明。"
            "登壇者の岡本さんの「アラートは減らすほど強くなる」という言葉が残りました。\n\n"
            "以前「移行で苦労したこと」というタイトルでブログ記事を書いたので、よかったらどうぞ。\n\n"
            "帰りに『ふつうのプログラミング』というタイトルの本を買いました。発表は2本でした。\n\n"
            "前田さんの「設定は裏切る」という締めの言葉も良かった。登壇者は3名。")
    assert prose.talks_in_japanese_quotes(text) == []


def test_toggles_for_questions_and_answers_stay_the_notes_text():
    found = _titles_and_speakers("""
        ---
        title: "Hackathon Harbor 2031 recap"
        ---

        We spent the weekend building things. Twelve teams, lots of coffee.

        <details>
        <summary>How were teams formed?</summary>
        Random draw on Friday evening.
        </details>

        <details>
        <summary>What did the winning team build?</summary>
        A bus-delay predictor by Mei Arakawa and Tom Hale.
        </details>
        """)
    assert found == []


def test_quotes_and_books_in_italics_over_a_name_are_no_talk_cards():
    from generator.normalize import prepare
    lines = ["We read a lot this month.", "", "*“Ship it, then fix it.”*", "Tomas Lind", "", "*Designing Calm Systems*",
             "Martin Klepper", "", "*A Philosophy of Small Code*", "John Oster", "Slides"]
    assert prepare._titles_over_speakers(lines) == lines  # (no deck under the first two; the quote is no title)
    cards = ["*Calm Systems*", "Martin Klepper", "Slides", "", "*Small Code*", "John Oster", "[Slides](https://x.example/s)"]
    assert prepare._titles_over_speakers(cards)[0] == "## Calm Systems"


def test_bold_leads_of_the_evenings_social_or_of_a_talk_found_join_nothing():
    found = _titles_and_speakers("""
        ---
        title: "Rust Harbor 15"
        ---

        ## Talks

        ### Embassy on Tiny Boards — Kenji Hori

        ### ECS Patterns in Games — Olga Ivanova

        ## After the talks

        **Dinner at the Harbor Izakaya**: Ken Aoki shared his favourite local sake with the group.

        **Hallway conversations**: Maria Gomez talked about her move to the harbor and the scene here.

        ## My takeaways

        **Blinking lights the async way**: Kenji Hori shared a live demo with 64 lights.

        **Why archetypes are fast**: Olga Ivanova explained the storage layout in her talk.
        """)
    assert found == [("Embassy on Tiny Boards", ["Kenji Hori"]), ("ECS Patterns in Games", ["Olga Ivanova"])]


def test_a_one_talk_note_whose_heading_repeats_its_title_keeps_that_talk():
    found = _titles_and_speakers("""
        ---
        title: "Recap: Serverless Patterns That Scale"
        ---

        # Serverless Patterns That Scale

        ### Serverless Patterns That Scael

        Speaker: Ines Duarte

        Fan-out, sagas and idempotency keys.
        """)
    assert [title for title, _ in found] == ["Serverless Patterns That Scael"]


def test_recommended_videos_by_their_channels_are_no_talks():
    found = _titles_and_speakers("""
        ---
        title: "Beginner Python Study Group Harbor 3"
        ---

        No talks this time, we did exercises together.

        Recommended homework videos: [Python in 100 seconds](https://www.youtube.com/watch?v=aaaa1) — by Fireline Channel, and [Loops explained](https://www.youtube.com/watch?v=bbbb2) — by Code Harbor TV.
        """)
    assert found == []


def test_other_attendees_blog_posts_in_hatena_notation_are_no_talks():
    note = ("Ruby会議 港 2031 参加記\n\n2031/10/04\n\n*当日の発表\n**Ractor の今\n笠井 直樹さん\n-並列処理の現状\n\n"
            "*他の参加者のブログ\n-[https://a.hatenablog.example/entry/1:title=港の会議に行ってきた] by id:akane_r\n"
            "-[https://b.hatenablog.example/entry/2:title=初めての会議] by id:shun_b\n")
    found = [(title, speakers) for title, speakers, _ in talks_of(note, "entry.txt")]
    assert all("行ってきた" not in title and "初めての会議" not in title for title, _ in found)


def test_headings_naming_the_speaker_with_an_honorific_over_the_title_in_bold():
    found = _titles_and_speakers("""
        ---
        title: "港のモバイル勉強会 vol.7 参加レポ"
        ---

        # セッション

        ### 1. 北見 颯太さん（株式会社ポプラ）

        **Compose Multiplatform、本番で半年**

        - 画面の 7 割を共通化

        ### 2. 岩井 智子さん（シラカバ物流株式会社）

        **雪国のオフライン対応 ― 圏外でも動く配達アプリ**

        - 端末側に全データを持つ
        """)
    assert found == [("Compose Multiplatform、本番で半年", ["北見 颯太"]),
                     ("雪国のオフライン対応 ― 圏外でも動く配達アプリ", ["岩井 智子"])]


def test_a_japanese_recaps_lightning_talks_panel_and_a_deck_said_in_the_paragraph():
    from note_text import event_of
    event = event_of("""
        ---
        title: "港町フロントエンド寄合 2031秋"
        ---

        三本目は鶴見 さやかさんの発表で、タイトルは『余白の単位を揃えるまで』。スライドは[こちら](https://speakerdeck.com/sayaka/yohaku)で公開されています。

        休憩をはさんで LT が 2 本ありました。岬野さんの「テストを捨ててみた」、入江 レンさんの「はじめての監査」です。

        最後はパネルディスカッション「採用、みんなどうしてる？」。
        """)
    assert [(t.title, t.kind, t.slides) for t in event.talks] == [
        ("余白の単位を揃えるまで", "talk", "https://speakerdeck.com/sayaka/yohaku"),
        ("テストを捨ててみた", "lightning", None), ("はじめての監査", "lightning", None),
        ("採用、みんなどうしてる？", "panel", None)]


def test_a_role_before_the_person_after_by_gives_the_person():
    found = _titles_and_speakers("""
        ---
        title: "Announcing speakers for DevFest Harbor 2031"
        ---

        Some of the Android talks include “Windows on Phones and Your App” by HarborWare Founder, Mark Murphy and
        “Coroutines for the Rest of Us” by Lena Park.
        """)
    assert ("Windows on Phones and Your App", ["Mark Murphy"]) in found


def test_a_kind_found_in_a_timed_heading_stays_when_no_label_comes_off():
    from generator.normalize import talks
    talk = talks.build_talk("15:45 LT", ["- 10 minutes each"], 10, None, "note.md")
    assert talk.kind == "lightning"
    labelled = talks.build_talk("09:30 · Opening keynote — “Builds Are a Product Feature”", ["- notes"], 12, None, "note.md")
    assert (labelled.kind, labelled.title) == ("keynote", "Builds Are a Product Feature")
