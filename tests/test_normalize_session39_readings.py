"""Session 39: pages about one talk, and talks told in a sentence (shapes of real notes, in the team's own words)."""
from __future__ import annotations

import json
import textwrap

import pytest

from note_text import event_of, talks_of


# --- a sentence naming who presents which quoted talk -----------------------------------------------------------------

def test_a_person_presented_at_the_meeting_then_the_quoted_title():
    talks = talks_of("""
        ---
        title: "Bay R Users: March recap"
        date: 2031-03-20
        ---

        Maria Lopez from the ecology lab presented at our March meeting: "Cleaning Field Survey Data with dplyr"

        She walked through joins, pivots and a few traps with dates.
        """)
    assert talks == [("Cleaning Field Survey Data with dplyr", ["Maria Lopez"], "talk")]


def test_an_announcement_to_hear_someone_present_keeps_the_day_its_sentence_gives():
    event = event_of("""
        ---
        title: "Harbour Kotlin Meetup - May"
        date: 2031-04-25
        ---

        Come down to the Northwind offices at 6pm on May 3 to hear Ravi Shahani present "Coroutines Without Tears", a practical look.

        Pizza and drinks provided.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [("Coroutines Without Tears", ["Ravi Shahani"])]
    assert str(event.date) == "2031-05-03"  # (the talk's sentence is still the intro, where the day is said)


def test_a_sentence_talks_line_is_the_line_it_is_on():
    event = event_of("""
        ---
        title: Quay Meetup recap
        ---

        We met again.
        It was fun.

        Maria Lopez from the ecology lab presented at our March meeting: "Cleaning Field Survey Data with dplyr"
        """)
    (talk,) = event.talks
    clue = next(c for c in talk.evidence if c.field == "title")
    assert clue.line == 8  # (the front matter takes lines 1-3)


def test_japanese_asked_to_speak_on_a_theme():
    talks = talks_of("""
        ---
        title: "機械学習勉強会 #7 開催報告"
        date: 2031-07-10
        ---

        今回は株式会社サンプルの田村氏に「確率的モデルの学習と実装」というテーマでお話頂きました。

        質疑応答も盛り上がりました。
        """)
    assert talks == [("確率的モデルの学習と実装", ["田村"], "talk")]


def test_we_presenting_names_no_one():
    talks = talks_of("""
        ---
        title: "Harbour Ops night"
        date: 2031-04-25
        ---

        At the booth we will be presenting "Our New Dashboard" to anyone who asks.
        """)
    assert talks == []


# --- the page of one talk ------------------------------------------------------------------------------------------

def test_a_title_with_its_byline_after_a_comma():
    talks = talks_of("""
        ---
        title: "A Chat about Latency, by Nora Fielding"
        date: 2031-06-02
        ---

        The Lisbon JVM group hosts a performance evening.

        __A Chat about Latency__

        Nora has spent fifteen years tuning systems.
        """)
    assert talks == [("A Chat about Latency", ["Nora Fielding"], "talk")]


def test_a_title_naming_a_presentation_by_someone_with_its_recording():
    event = event_of("""
        ---
        layout: post
        title: "Rust: Now and Next - Presentation by Leo Brandtner"
        author: "Kim Avery"
        ---
        <iframe width="640" height="360" src="https://www.youtube.com/embed/abcdEFGhijk" frameborder="0" allowfullscreen></iframe>
        """)
    (talk,) = event.talks
    assert (talk.title, [s.name for s in talk.speakers]) == ("Rust: Now and Next", ["Leo Brandtner"])
    assert talk.video and "abcdEFGhijk" in talk.video


@pytest.mark.parametrize("title", ["Learning by Doing", "Notes from the meetup, by the organisers"])
def test_a_by_that_names_no_person_is_no_byline(title):
    assert talks_of(f"""
        ---
        title: "{title}"
        ---

        Some words about the evening.
        """) == []


def test_a_session_page_with_its_speakers_in_the_front_matter():
    talks = talks_of("""
        ---
        layout: post
        title: "地域で広げるプログラミング教室"
        date: 2031-11-21 10:00:01 +0900
        categories: session
        speakers:
            - 川口 真一  （かわぐち しんいち）
        permalink: /session/4/
        ---

        県内で12の教室が活動しています。

        ## 発表資料

        [地域で広げるプログラミング教室](/pdf/session/kyoshitsu.pdf)
        """)
    assert [(t, s) for t, s, _ in talks] == [("地域で広げるプログラミング教室", ["川口 真一"])]


def test_speakers_in_front_matter_without_a_session_mark_are_not_one_talk():
    talks = talks_of("""
        ---
        title: "Harbour Tech Night 2031"
        categories: news
        speakers:
            - Jane Roe
            - Bo Park
        ---

        Thanks to everyone who came.
        """)
    assert all(t != "Harbour Tech Night 2031" for t, _, _ in talks)


def test_a_page_whose_title_and_sentence_name_the_same_talk():
    talks = talks_of("""
        ---
        layout: post
        title: DataConf - Tracing Requests Like You Mean It
        date: 2031-01-28
        ---

        Come see us at DataConf in Lyon! Samir will be presenting, "Tracing Requests Like You Mean It". It ends with a demo.
        """, "note.markdown")
    assert talks == [("Tracing Requests Like You Mean It", ["Samir"], "talk")]


# --- the writer's own talk, said in other words ----------------------------------------------------------------------

def test_i_presented_an_introduction_makes_the_post_the_writers_talk():
    talks = talks_of("""
        ---
        layout: post
        title: Lakeside Dev Days 2031 - Intro to Containers
        date: 2031/08/11
        ---

        I write a lot about [Lakeside Dev Days](https://lakeside.example.org).

        This year I presented an introduction to containers, a technology many desktop developers still skip.

        Here is the [presentation](https://docs.google.com/presentation/d/1AbCdEfGhIjKlMnOp/edit).
        """)
    assert [t for t, _, _ in talks] == ["Intro to Containers"]


def test_i_presented_the_award_is_not_a_talk():
    talks = talks_of("""
        ---
        title: Lakeside Dev Days 2031 - Community Awards
        ---

        This year I presented the award for the best newcomer.
        """)
    assert talks == []


def test_a_talk_at_an_event_title_after_having_fun_talking_about_it():
    talks = talks_of("""
        ---
        title: "Elixir on Phoenix @ Köln Elixir Group"
        date: 2031-02-14
        author: Jo Ode
        ---

        Last Thursday, I had a lot of fun talking about Elixir on Phoenix at the Köln Elixir Group.
        The slides are [here](https://speakerdeck.com/someone/elixir-on-phoenix).
        """)
    assert talks == [("Elixir on Phoenix", ["Jo Ode"], "talk")]


# --- a company blog naming which of its people each session came from ------------------------------------------------

_COMPANY_BLOG = """
    ---
    Title: 'Harbor Ops Meetup #5 開催レポート'
    Date: 2031-08-03T16:07:07+09:00
    ---

    こんにちは！　Harborチームの田中です。

    ## 1stセッション『100週連続リリースとこれから』
    まず最初のセッションは、プロダクトマネージャーである川口（id:kawaguchi:detail）からお話しさせていただきました。

    ## 2ndセッション『異常検知の仕組み』
    先の川口からの発表でも触れた新機能について、エンジニアである森田（id:morita:detail）から。

    ## 監視基盤の移行の舞台裏

    続いてはエンジニアの石井からは、移行の裏側を紹介しました。
    """


def test_a_company_blog_names_the_colleague_each_session_came_from():
    event = event_of(_COMPANY_BLOG)
    assert [(t.title, [(s.name, s.handle) for s in t.speakers]) for t in event.talks] == [
        ("100週連続リリースとこれから", [("川口", "kawaguchi")]),
        ("異常検知の仕組み", [("森田", "morita")]),  # (not 川口, whose talk it only mentions)
        ("監視基盤の移行の舞台裏", [("石井", None)])]


def test_from_a_place_is_no_speaker():
    event = event_of("""
        # Harbor.js #9

        ## 型の話
        会場の東京から、配信でお届けしました。

        ## テストの話
        続いては会議室から。
        """)
    assert all(not t.speakers for t in event.talks)


# --- an agenda of linked people with where they work ---------------------------------------------------------------

def test_an_agenda_after_a_colon_dash_lead_in_with_linked_people_and_their_company():
    event = event_of("""
        ---
        title: "Containers and Clusters - Joint Meetup"
        date: 2031-10-22
        ---

        We held a joint meetup with the Harbor cloud group.

        Following was the agenda of the meetup :-

        - Pipelines with Containers - [Ana Ruiz](https://www.linkedin.com/in/ana-ruiz-1234/), Acme Systems
        - Pipelines and Service Mesh -  [Cy Dale](https://www.linkedin.com/in/cydale/), KubeSchool
        - Cloud builds for containers - [Dee Lim](https://www.linkedin.com/in/deelim/) and [Eli Moss](https://www.linkedin.com/in/elimoss/), Contoso

        Thanks to all the speakers.
        """)
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in event.talks] == [
        ("Pipelines with Containers", [("Ana Ruiz", "Acme Systems")]),
        ("Pipelines and Service Mesh", [("Cy Dale", "KubeSchool")]),
        ("Cloud builds for containers", [("Dee Lim", "Contoso"), ("Eli Moss", "Contoso")])]


def test_an_embedded_players_address_is_not_the_events_page():
    event = event_of("""
        ---
        title: Harbor Containers Meetup
        ---

        Thanks for coming. The recording:

        <iframe width="560" height="315" src="https://www.videohost.example.com/embed/2vNbqw3F" frameborder="0"></iframe>
        """)
    assert event.url is None


# --- the topics a day's talks were on, listed after a line saying so --------------------------------------------------

_TOPICS = """
    ---
    title: "Harbor Unconf: my first unconference"
    date: 2031-11-20
    ---

    Yesterday I attended [Harbor Unconf](http://www.meetup.com/harborunconf/), my first unconference.

    Some of the topics talked about on the day included:

      * Indoor positioning services
      * How to host your own mail with a cheap server
      * Reprap & [Harbor Makerspace](http://makers.example.org/)
      * Deep work & [Pomodoro](http://pomodoro.example.org/)
      * GPG key signing
      * ... many more ...

    The day ran smoothly.
    """


def test_topics_talked_about_on_the_day_are_its_talks_and_the_list_may_say_it_goes_on():
    assert [t for t, _, _ in talks_of(_TOPICS)] == [
        "Indoor positioning services", "How to host your own mail with a cheap server",
        "Reprap & Harbor Makerspace", "Deep work & Pomodoro", "GPG key signing"]


def test_the_topics_of_the_tracks_are_still_groups_not_talks():
    talks = talks_of("""
        # Harbor Conf 2031

        The topics of the day were:

        - Frontend
        - Infrastructure

        ## Talk one - Jane Roe

        Notes.
        """)
    assert not {"Frontend", "Infrastructure"} & {t for t, _, _ in talks}


# --- a kind's label before a dash, then the title and its speaker ------------------------------------------------------

def test_a_kind_label_then_a_dash_then_title_and_speaker():
    talks = talks_of("""
        # Craft 2031

        ## Opening Keynote - Engineering for Harbors - Dana Farrow

        Notes.

        ## Hands-on - Living documentation for the dock - Sam Fauvel & Bob Lee

        Notes.

        ## Hands on - Slow code retreat - Phil Bourne

        Notes.
        """)
    assert talks == [("Engineering for Harbors", ["Dana Farrow"], "keynote"),
                     ("Living documentation for the dock", ["Sam Fauvel", "Bob Lee"], "discussion"),
                     ("Slow code retreat", ["Phil Bourne"], "discussion")]


def test_after_a_kind_label_two_capitalised_words_name_a_person_only_if_they_read_as_one():
    talks = talks_of("""
        # VimConf 2031 report

        ### Keynote - Harbor Renaissance

        楽しみにしていたトークでした。

        ### Keynote: Dr.Yvonne Hall

        Great.
        """)
    assert [(t, s) for t, s, _ in talks] == [("Harbor Renaissance", []), ("Keynote: Dr.Yvonne Hall", ["Dr.Yvonne Hall"])]


def test_headings_ending_in_a_part_or_a_place_after_a_dash_name_no_one():
    """(the review's probes: a reading of two `Title - Given Surname` headings among others was withdrawn for these)"""
    talks = talks_of("""
        # Ruby Workshop for Beginners

        ## Welcome and setup

        ## Part One - Ruby Basics
        Variables and strings.

        ## Coffee break

        ## Part Two - Ruby Gems
        Installing libraries.

        ## Next steps
        """)
    assert all(not s for _, s, _ in talks)


# --- the event's name beside the writer's own words in the post's title ------------------------------------------------

@pytest.mark.parametrize("title, event", [
    ("The best User Group meeting I've attended so far - Lisbon JUG on Kotlin & Ktor", "Lisbon JUG on Kotlin & Ktor"),
    ('BarCamp Harbor: My first "un-conference"', "BarCamp Harbor"),
    ("第一回社内技術講演の資料", "第一回社内技術講演"),
])
def test_the_event_named_beside_the_writers_words(title, event):
    assert event_of(f"---\ntitle: {json.dumps(title)}\n---\n\nWords.\n").title == event


def test_the_writers_words_after_a_dash_are_kept_when_what_precedes_names_no_event():
    assert event_of("---\ntitle: 'I love my PUG - a dog story'\n---\n\nWords.\n").title != "a dog story"


# --- guards from the review of these readings (probe notes, in the team's words) ---------------------------------------

@pytest.mark.parametrize("title, body", [
    ("Why Remote Work Stuck, by Dana Whitfield", "An essay on what changed in our team after three years apart."),
    ("Webinar with Acme Cloud", "Our notes on scaling a database, with slides."),
])
def test_a_title_with_a_byline_that_is_no_talks(title, body):
    assert talks_of(f"---\ntitle: {json.dumps(title)}\n---\n\n{body}\n") == []


def test_a_byline_title_over_talk_headings_keeps_the_headings():
    talks = talks_of("""
        ---
        title: "Last Night in Review, by Jane Roe"
        ---

        ## Parsing Without Tears - Ken Ito (@kenito)

        Notes.

        ## Types at the Edge - Mia Park (@miapark)

        Notes.
        """)
    assert [t.split(" - ")[0] for t, _, _ in talks] == ["Parsing Without Tears", "Types at the Edge"]


@pytest.mark.parametrize("front", [
    "categories: session\nspeakers:\n  - Jane Roe\n  - Ken Ito\n  - Mia Park",
    "categories: talk-show\nspeakers:\n  - Jane Roe",
    "permalink: /talks/\nspeakers:\n  - Jane Roe",
])
def test_front_matter_speakers_that_are_no_single_session(front):
    assert talks_of(f"---\ntitle: Harbor Radio Hour\n{front}\n---\n\nWords.\n") == []


@pytest.mark.parametrize("sentence", [
    'At the end-of-year party, Ken presented "Best Newcomer" to Kim Lee for her work.',
    'Back then Dana presented "Move Fast" to the board as our only value.',
    'Closing the night, our host Jane Roe presented, "ship small, ship often", as the motto.',
    'Next month Jane Roe will be presenting "Types at the Edge" at the same place.',
])
def test_things_presented_that_are_no_talk(sentence):
    assert talks_of(f"---\ntitle: Harbor Night\n---\n\n{sentence}\n") == []


@pytest.mark.parametrize("text", [
    "最後に主催の田中さんから「また次回も元気にお会いしましょう」というお話があり、解散となりました。",
    "終わりに山本先生から「来週までに課題を提出すること」というお話がありました。",
])
def test_a_remark_quoted_after_から_is_no_talk(text):
    assert talks_of(f"# もくもく会 #8\n\n{text}\n") == []


@pytest.mark.parametrize("sentence", [
    "I had a lot of fun talking about it with friends over dinner.",
    "At the door I presented my ticket and went in.",
])
def test_an_attendees_words_do_not_make_the_post_their_talk(sentence):
    talks = talks_of(f"""
        ---
        title: Harbor Conf 2031 notes
        ---

        {sentence}

        ## Parsing Without Tears - Ken Ito (@kenito)

        Notes.
        """)
    assert [t.split(" - ")[0] for t, _, _ in talks] == ["Parsing Without Tears"]


def test_fun_talking_about_a_topic_at_an_event_names_the_writers_talk():
    talks = talks_of("""
        ---
        title: Back from the Harbor JUG
        author: Jane Roe
        ---

        I had a lot of fun talking about Elixir at the Harbor JUG last week.
        """)
    assert talks == [("Elixir", ["Jane Roe"], "talk")]


@pytest.mark.parametrize("text", [
    "## サーバーレスの落とし穴\n長野県の松本から、電車で駆けつけて聴講しました。コールドスタートの話でした。\n\n"
    "## 型のある設計\n九州の宮崎から来た人も多かったセッション。型の話でした。\n",
    "## 前回の宿題\n前回の山田からの宿題を見直しました。\n\n## 受付\n受付の田中から、名札を受け取りました。\n",
])
def test_a_place_or_someone_else_before_から_is_no_speaker(text):
    assert all(not s for _, s, _ in talks_of("# 地方カンファレンス参加記\n\n" + text))


@pytest.mark.parametrize("lead", ["Topics we talked about over drinks afterwards:", "Subjects covered in the Q&A included:"])
def test_topics_of_a_chat_are_no_talks(lead):
    talks = talks_of(f"# Python Pub Night\n\n{lead}\n\n- Tabs or spaces\n- Ramen near the station\n")
    assert talks == []


@pytest.mark.parametrize("item, who", [
    ("- Observability 101 - [Jane Roe](https://www.linkedin.com/in/janeroe/), Room 101", None),
    ("- Observability 101 - [Jane Roe](https://www.linkedin.com/in/janeroe/), 30 min", None),
])
def test_a_room_or_a_length_after_linked_people_is_no_company(item, who):
    event = event_of(f"# Observability Night 3\n\nThe talks:\n\n{item}\n- Tracing in practice - [Ken Ito](https://www.linkedin.com/in/kenito/)\n")
    assert all(s.affiliation == who for t in event.talks for s in t.speakers)


def test_a_talk_linked_to_a_wiki_page_stays_a_talk():
    talks = talks_of("""
        # Harbor.py #12

        Jane Roe gave a [Tour of Pattern Matching](https://wiki.harborpy.example.org/wiki/Meetup12/PatternMatching) and
        Ken Ito gave a [Primer on Typing](https://wiki.harborpy.example.org/wiki/Meetup12/Typing).
        """)
    assert [t for t, _, _ in talks] == ["Tour of Pattern Matching", "Primer on Typing"]


# --- Org's text export (numbered headings over rules), as a blog imports it -------------------------------------------

_ORG_TEXT = """
    ━━━━━━━━━━━━━━━━━━
     HARBOR WEB CONF
     Kana Mori
    ━━━━━━━━━━━━━━━━━━


    Table of Contents
    ─────────────────

    1 Keynote
    .. 1.1 Webの今
    .. 1.2 森さん
    2 型で守るフロントエンド
    3 ServiceWorker入門


    1 Keynote
    ═════════

    1.1 Webの今
    ───────────

    WEB = OS

    1.2 森さん
    ──────────

    1.2.1 アプリとしてのWeb
    ╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌

    Webとはなにか

    ◊ 1.2.1.1 AMP

    高速なページ


    2 型で守るフロントエンド
    ════════════════════════

    型の話。


    3 ServiceWorker入門
    ═══════════════════

    キャッシュの話。
    """


def test_orgs_text_export_reads_as_numbered_headings_at_their_levels():
    from generator.normalize import dialects
    body, _ = dialects._org_text_export(textwrap.dedent(_ORG_TEXT))
    headings = [line for line in body.split("\n") if line.startswith("#")]
    assert headings == ["# HARBOR WEB CONF", "## Keynote", "### Webの今", "### 森さん", "#### アプリとしてのWeb", "##### AMP",
                        "## 型で守るフロントエンド", "## ServiceWorker入門"]


def test_orgs_text_export_gives_the_talks_not_the_outline_nor_the_notes():
    titles = [t for t, _, _ in talks_of("---\ntitle: HARBOR WEB CONF\n---\n" + textwrap.dedent(_ORG_TEXT))]
    assert "型で守るフロントエンド" in titles and "ServiceWorker入門" in titles
    assert not {"WEB = OS", "Webとはなにか", "AMP", "1.2.1.1 AMP"} & set(titles)


# --- a recap counting its speakers (`2人目は山田さんで、…`) ---------------------------------------------------------------

_COUNTED = """
    ---
    title: 港Vim 2031 小さなLT会に参加した
    date: 2031-11-18
    ---

    港Vim 2031 の小さなLT会に参加してきました。

    ## LTの感想

    まずはmatsuさんで、エディタがどのように作られてきたかという話。

    2人目はhanaさんで、プラグイン基盤について。

    3人目は山田花子さんで、[港.vim](https://minatovim.example.org/)を運営してきた話。

    最後はkoji000さんで、vimrcを書くときに便利なテクニックの紹介。

    ## 懇親会 & 私のLT

    私も急遽LTしました。[資料](https://speakerdeck.com/me/vim-future)
    """


def test_a_recap_counting_its_speakers_gives_a_talk_each_named_by_its_speaker():
    talks = talks_of(_COUNTED)
    assert [(t, s) for t, s, _ in talks][:4] == [("matsu", ["matsu"]), ("hana", ["hana"]), ("山田花子", ["山田花子"]),
                                                ("koji000", ["koji000"])]


def test_sentences_that_open_with_まずは_and_次は_count_no_speakers_without_a_count():
    talks = talks_of("""
        # 港.rb #20

        まずは田中さんで、会場の準備をしてくれました。

        次は鈴木さんが、受付をしてくれました。
        """)
    assert talks == []


# --- a recap's sentences: whose keynote it was, then what about; the talk the writer attended in bold -----------------

def test_the_keynote_by_someone_about_a_quoted_title_and_a_talk_attended_in_bold():
    talks = talks_of("""
        ---
        title: Harbor DevConf 2031 recap
        ---

        The first day opened with a dance, and after that the keynote by Ana Ruiz about "Open data is better for cities".

        After that, I attended **Tokens for Single Page Apps** then I went sticker hunting.

        The day ended with the keynote by Bo Park (bpark) about “Open Source won”, a fun talk.
        """)
    assert talks == [("Open data is better for cities", ["Ana Ruiz"], "keynote"), ("Tokens for Single Page Apps", [], "talk"),
                     ("Open Source won", ["Bo Park"], "keynote")]


def test_a_quoted_name_attended_is_no_talk_unless_said_to_be_one():
    assert talks_of('# Harbor Night\n\nI attended "Harbor Brewing" for dinner, then "Dockside" for drinks.\n') == []


# --- a calendar invite pasted as the note (iCalendar) ----------------------------------------------------------------

_INVITE = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nDTSTART:20310313T013000Z\r\nDTEND:20310313T043000Z\r\n"
    "DESCRIPTION:Doors 6:30pm\\, talks 7pm.<br><br><b>Agenda</b><br><ul><li>7:00 — <i>Shipping Wasm at the \r\n"
    " edge</i> — Ingrid Sol (Fjordline)</li><li>7:40 — <i>Porting an image library to WASI</i> — Marc Oyel</li>\r\n"
    " <li>8:20 — Lightning talks:<ul><li><i>wasm-tools in five minutes</i> — Kei Arai</li></ul></li></ul>\r\n"
    "LOCATION:Foundry Hall\\, 2nd floor\\, 455 Alder St\\, Portland\r\n"
    "SUMMARY:Harbor Wasm Night #9\r\nURL:https://www.meetup.com/harbor-wasm/events/303551208/\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_a_calendar_invite_gives_its_event_and_the_agenda_in_its_description():
    event = event_of(_INVITE, "invite.txt")
    assert (event.title, str(event.date), event.venue, event.url) == (
        "Harbor Wasm Night #9", "2031-03-12", "Foundry Hall, 2nd floor, 455 Alder St, Portland",
        "https://www.meetup.com/harbor-wasm/events/303551208/")  # (01:30 UTC is 6:30pm the day before, as the text says)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Shipping Wasm at the edge", ["Ingrid Sol"]), ("Porting an image library to WASI", ["Marc Oyel"]),
        ("wasm-tools in five minutes", ["Kei Arai"])]


def test_a_calendar_invite_without_a_local_time_keeps_its_day():
    invite = _INVITE.replace("Doors 6:30pm\\, talks 7pm.", "Agenda below.").replace("7:00 — ", "").replace(
        "7:40 — ", "").replace("8:20 — ", "")
    assert str(event_of(invite, "invite.txt").date) == "2031-03-13"


# --- recap verbs linking a talk's page on the note's own site -------------------------------------------------------

def test_told_us_all_about_and_introduced_us_to_a_talk_linked_on_the_site():
    from generator.normalize import prose
    text = ("Last night [Fatma Hoda](https://twitter.com/fhoda) told us all about [Yii2](/videos/harborphp-fatma-hoda-yii2) "
            "and [Silvan Marek](https://twitter.com/smarek) introduced us to [ZeroMQ](/videos/harborphp-silvan-marek-zeromq).")
    assert [(t.title, [s.name for s in t.speakers]) for t in prose.talks_told(text)] == [
        ("Yii2", ["Fatma Hoda"]), ("ZeroMQ", ["Silvan Marek"])]
    assert prose.talks_told("Jane Roe told us about [Rust](https://www.rust-lang.org/) over pizza.") == []


@pytest.mark.parametrize("text", [
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2031XX13\nSUMMARY:Harbor Night\nEND:VEVENT\nEND:VCALENDAR\n",
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Harbor Night\n",
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\n:::\nEND:VCALENDAR",
])
def test_a_broken_calendar_invite_is_read_as_text_without_an_error(text):
    event = event_of(text, "invite.txt")
    assert event.title  # (read as the plain text it is)


# --- LINE's saved chat history ---------------------------------------------------------------------------------------

_LINE = ("[LINE] 港Web運営のトーク履歴\n保存日時：2031/06/09 22:14\n\n2031/06/05(木)\n"
         "21:03\t森本 けい\t土曜のタイムテーブル貼ります\n"
         "21:03\t森本 けい\t\"港Web交流会 vol.11\n6/7(土) 13:30〜17:30\n会場：港クリエイトベース 2F 多目的室\n\n"
         "14:00 基調講演「港でWebをつくり続けるということ」鈴木 亮介さん\n14:45 「App Router を半年運用して」大石 ななみさん\n"
         "15:25 休憩\n15:35 「旅館サイトの Web Vitals 改善」望月 拓海さん\n17:30〜 懇親会\"\n"
         "21:06\tTaku\t[スタンプ]\n\n2031/06/07(土)\n12:40\t望月 拓海\t新幹線遅れてます🙏\n")


def test_a_line_chat_history_reads_as_its_messages():
    from generator.normalize import dialects
    body, front = dialects._line_history(_LINE)
    assert front == {"date": "2031-06-09", "title": "港Web交流会 vol.11"}  # (the save's own day, never the event's)
    assert "21:03" not in body and "森本 けい" not in body and "[スタンプ]" not in body and "[LINE]" not in body
    assert "港Web交流会 vol.11" in body.split("\n") and "15:25 休憩" in body.split("\n")


def test_a_line_chat_history_gives_the_programme_its_messages_paste():
    event = event_of(_LINE, "[LINE] 港Web運営.txt")
    assert str(event.date) == "2031-06-07"
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("港でWebをつくり続けるということ", ["鈴木 亮介"]), ("App Router を半年運用して", ["大石 ななみ"]),
        ("旅館サイトの Web Vitals 改善", ["望月 拓海"])]


@pytest.mark.parametrize("wrapped, target", [
    ("https://www.google.com/url?q=https://www.meetup.com/harbor-wasm/events/303551208/&sa=D&usg=AOv",
     "https://www.meetup.com/harbor-wasm/events/303551208/"),
    ("https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fharborjs.connpass.com%2Fevent%2F300%2F&data=05",
     "https://harborjs.connpass.com/event/300/"),
])
def test_a_link_wrapped_by_a_redirect_is_the_address_it_leads_to(wrapped, target):
    assert event_of(f"# Harbor Night\n\nSign up: {wrapped}\n").url == target


# --- a site's data file of sessions pasted as the note (YAML) ---------------------------------------------------------

_SESSIONS_DATA = """\
# _data/sessions.yml
event:
  name: Harbor Infra Day
  edition: "2031"
  date: 2031-05-09
  venue: {name: The Dock Annex, room: Hall 2}
speakers:
  - {id: jroe, name: Jane Roe, social: "@janeroe"}
  - {id: bpark, name: Bo Park, company: Northwind}
sessions:
  - {title: Welcome, type: housekeeping}
  - {title: Incidents as a team sport, type: keynote, speakers: [jroe]}
  - {title: Coffee, type: break}
  - {title: eBPF for everyone, type: talk, status: cancelled, speakers: [bpark]}
  - title: Lightning talks
    type: lightning
    children:
      - {title: Runbooks as code, speakers: [bpark]}
"""


def test_a_sites_data_file_of_sessions_gives_the_event_and_its_programme():
    event = event_of(_SESSIONS_DATA, "sessions.txt")
    assert (event.title, str(event.date), event.venue) == ("Harbor Infra Day 2031", "2031-05-09", "The Dock Annex, Hall 2")
    assert [(t.title, [(s.name, s.handle) for s in t.speakers], t.kind) for t in event.talks] == [
        ("Incidents as a team sport", [("Jane Roe", "janeroe")], "keynote"),
        ("Runbooks as code", [("Bo Park", None)], "lightning")]


def test_a_data_file_with_aliases_is_read_as_text():
    bomb = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nsessions:\n  - {title: *b}\n"
    event = event_of(bomb, "sessions.txt")
    assert all(len(t.title) < 200 for t in event.talks)


# --- AsciiDoc ---------------------------------------------------------------------------------------------------------

_ADOC = """\
= Harbor Clojure #14: Data Everywhere
Harbor Clojure organisers <hello@harbor-clj.example>
v1.2, 2031-02-20: agenda confirmed
:revdate: 2031-02-20
:event-date: Wednesday 26 February 2031
:page-tags: clojure, meetup
:venue: Grainstore Co-working, Level 2
:hashtag: #HarborClj

Our meetup is on *{event-date}* at *{venue}*.

== Programme

18:30:: *Keynote* -- _Ten years of EDN in production_ +
Bea Lowe (Tessellate)

19:15:: _Babashka scripts that replaced our Makefile_ +
Oren Feld

// 19:35:: _A withdrawn talk_ -- Marek
"""


def test_asciidoc_reads_its_attributes_headings_and_programme():
    event = event_of(_ADOC, "index.adoc")
    assert (event.title, str(event.date), event.venue, sorted(event.tags), list(event.hashtags)) == (
        "Harbor Clojure #14: Data Everywhere", "2031-02-26", "Grainstore Co-working, Level 2", ["clojure", "meetup"],
        ["HarborClj"])
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks] == [
        ("Ten years of EDN in production", ["Bea Lowe"], "keynote"),
        ("Babashka scripts that replaced our Makefile", ["Oren Feld"], "talk")]


def test_asciidoc_is_known_by_its_title_and_attributes_in_a_text_file_too():
    assert event_of(_ADOC, "index.txt").venue == "Grainstore Co-working, Level 2"
    assert event_of("= A line that starts with an equals sign\n\nJust text.\n", "note.txt").title != ""


# --- guards from the second review (probe notes, in the team's words) --------------------------------------------------

@pytest.mark.parametrize("text", [
    "## 読書会\n\n自己紹介から。1人目は田中さんで、趣味は釣り。2人目は中村さんで、最近Goを始めた。\n",
    "## 基調講演の質疑\n\nLTの前に質問タイム。1人目は岡田さんが、質問しました。2人目は前田さんが、質問しました。\n",
    "## 前回の様子\n\n前回のLTは、1人目は遠藤さんで、Rustの話。2人目は青木さんで、Goの話。\n",
])
def test_people_counted_for_something_else_are_no_talks(text):
    assert not {"田中", "中村", "岡田", "前田", "遠藤", "青木"} & {t for t, _, _ in talks_of("# 港.rb #20\n\n" + text)}


@pytest.mark.parametrize("sentence", [
    "I attended **three** sessions before lunch.",
    "I attended **PyCon US 2031** for the first time.",
    "I caught **the flu** on the way home.",
    "I attended **Sara Kovacs's workshop** in the morning.",
])
def test_things_attended_that_are_no_talk(sentence):
    assert talks_of(f"# Harbor Conf\n\n{sentence}\n") == []


@pytest.mark.parametrize("sentence", [
    'Last year the keynote by Jane Roe was about "the future" of everything.',
    'There was a keynote by Ferrous Systems about "Safety Critical Rust".',
    "Sam Price introduced us to Helen Ward, our new organiser.",
    "Sam Price told us about [the talks we have lined up](/talks/upcoming-season).",
])
def test_recap_words_that_name_no_talk(sentence):
    assert talks_of(f"# Harbor Night\n\n{sentence}\n") == []


def test_an_invites_local_start_is_read_only_beside_a_start_word():
    invite = _INVITE.replace("Doors 6:30pm\\, talks 7pm.", "RSVP by 9am please. 3 amazing talks! Doors 6:30pm.")
    assert str(event_of(invite, "invite.txt").date) == "2031-03-12"


def test_an_invite_with_several_events_takes_the_one_with_a_place():
    deadline = ("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20310501\r\nSUMMARY:Harbor Wasm CFP closes\r\nEND:VEVENT\r\n")
    invite = _INVITE.replace("BEGIN:VEVENT\r\n", deadline + "BEGIN:VEVENT\r\n", 1)
    event = event_of(invite, "invite.txt")
    assert (event.title, str(event.date)) == ("Harbor Wasm Night #9", "2031-03-12")


def test_a_line_message_ending_in_a_quoted_word_closes():
    from generator.normalize import dialects
    text = ('[LINE] 港Rust会のトーク履歴\n保存日時：2031/06/10 20:00\n\n2031/06/01(日)\n'
            '10:00\t山本\t"港Rust会 #3\n今回のテーマは""所有権"""\n10:05\t田中\t了解です\n')
    body, front = dialects._line_history(text)
    assert "了解です" in body.split("\n") and "10:05" not in body and front.get("title") == "港Rust会 #3"


def test_an_english_line_export_is_read_too():
    from generator.normalize import dialects
    text = "[LINE] Chat history in Harbor Go\nSaved on: 6/10/2031, 20:00\n\nSun, 6/1/2031\n10:00\tAki\tSee you all!\n"
    assert dialects._is_line_history(text, ".txt") and "See you all!" in dialects._line_history(text)[0].split("\n")


def test_a_redirect_link_inside_code_is_left_as_written():
    note = "# Harbor Night\n\n```\ncurl 'https://www.google.com/url?q=https://example.org/x&sa=D'\n```\n"
    from generator.normalize import dialects
    assert "google.com/url?q=" in dialects.read(note, ".md").body
