"""Session 43: readings of real notes' shapes, in the team's own words."""
from __future__ import annotations

from generator.normalize import speaker_lines, titles
from note_text import event_of


def _talks(event) -> list[tuple[str, list[str]]]:
    return [(t.title, [p.name for p in t.speakers]) for t in event.talks]


# --- a post about the writer's own talk, which its prose names -------------------------------------------------------

_PROPOSAL_ACCEPTED = """
    ---
    title: "Harbor Frontend Night 2024 SmallのLTを振り返る"
    topics:
      - Frontend
    ---

    <!-- textlint-disable -->

    :::message
    この記事はアドベントカレンダーの 3 日目です。
    :::

    <!-- textlint-enable -->

    ## はじめに

    2024年10月5日に [Harbor Frontend Night 2024 Small](https://harbor-fe.example/2024/) が開催されました。

    https://harbor-fe.example/2024/

    今年は`Signals in plain JavaScript`というタイトルでLTのプロポーザルを出して、無事採択されました。

    ## LTで話せなかったこと

    時間が足りず、ベンチマークの話は省きました。

    ## 次回に向けて

    来年はもっと長い枠に出したいです。
    """


def test_an_accepted_proposal_says_the_writer_spoke_its_sections_are_no_talks():
    assert _talks(event_of(_PROPOSAL_ACCEPTED)) == [("Signals in plain JavaScript", [])]


_RIGHT_QUOTE_FIRST = """
    ---
    layout: post
    title:  "秋の技術者交流会でLTしてきた話"
    date:   2018-11-10 00:34:00 +0900
    ---
    昨日、<a href="https://example.connpass.com/event/123/">秋の技術者交流会 2018</a> で、LTしてきたので、そのお話を。

    今回は、Pythonでない方も多いかなーと思って、
    ”How do you name your variables?" というタイトルで話をしてきました。

    今回知らない方も多そうだったので、この話をしてきました。
    """


def test_a_title_opened_by_a_right_quotation_mark_is_the_talks():
    assert _talks(event_of(_RIGHT_QUOTE_FIRST)) == [("How do you name your variables?", [])]


def test_a_demonstrative_names_no_talk():
    text = _RIGHT_QUOTE_FIRST.replace('”How do you name your variables?" というタイトルで話をしてきました。', "")
    assert _talks(event_of(text)) == []


_ONE_OF_THE_KEYNOTES = """
    ---
    layout: post
    title: "Notes From My First Keynote"
    date: 2020-06-02 5:03:38 +0300
    ---

    I'm on a train, traveling back from HarborConf 2020 where I was one of the keynote
    speakers. My head is full of thoughts.

    ### Where the Talk Came From

    The process that led to my talk, _Maps We Draw for Strangers_, began
    two years ago, when I found an old atlas.

    ### Getting Accepted

    The committee wrote back in March.

    ### Reactions

    A few things caught me
    by surprise. Some highlights:

    * A reader wrote to me.

    ### My Takeaways

    Practice more.
    """


def test_one_of_the_keynote_speakers_is_the_writer_whose_talk_the_prose_names():
    assert _talks(event_of(_ONE_OF_THE_KEYNOTES)) == [("Maps We Draw for Strangers", [])]


def test_a_wrapped_sentence_opening_with_by_names_no_one():
    assert speaker_lines.speaker_line("by surprise. Some highlights:") is None
    assert speaker_lines.speaker_line("by the river. It was cold") is None
    assert [p.name for p in speaker_lines.speaker_line("by Jane Roe")] == ["Jane Roe"]


# --- a recap: prose for the talks, a list for the lightning talks ------------------------------------------------------

_PROSE_AND_LIST = """
    Title: October at the Mill: notes from Fenpy #12
    Date: 2024-10-18 09:12
    Category: Meetups
    Tags: python, community

    Wednesday night was [Fenpy #12](https://www.meetup.com/fenpy/events/1234/), our
    October meetup.

    ## The talks

    First up was Babajide Okonkwo with "Spreadsheets to SQLite Without Tears". His team
    had a pile of nightly jobs.

    Next up was Claire Whitcombe with "Type Hints for the Reluctant". Claire
    admitted she used to be one of those people.

    Then pizza, and a two-minute word from the host about their graduate scheme.

    ## Lightning round

    - Priya Desai: "Ten Seconds of Textual". It was more like four minutes, but she built a
      working TUI in that time.
    - Gareth Lloyd: "pytest-randomly Found My Bug". It was a test-order dependency that had been
      hiding for two years.

    ## Next time

    November's meetup is on the 20th.
    """


def test_the_talks_told_in_one_section_join_the_talks_another_lists():
    assert _talks(event_of(_PROSE_AND_LIST)) == [
        ("Spreadsheets to SQLite Without Tears", ["Babajide Okonkwo"]),
        ("Type Hints for the Reluctant", ["Claire Whitcombe"]),
        ("Ten Seconds of Textual", ["Priya Desai"]),
        ("pytest-randomly Found My Bug", ["Gareth Lloyd"]),
    ]


def test_a_name_the_dictionary_does_not_know_is_a_persons_when_the_prose_goes_on_about_them():
    text = _PROSE_AND_LIST.replace("His team", "The team")
    assert ("Spreadsheets to SQLite Without Tears", ["Babajide Okonkwo"]) not in _talks(event_of(text))


def test_a_quoted_title_closed_by_a_full_stop_leaves_the_remark_after_it():
    assert titles.before_remarks('"Ten Seconds of Textual". It was more like four minutes') == '"Ten Seconds of Textual"'
    assert titles.before_remarks("“A Pi Camera.” There was a live feed") == "“A Pi Camera.”"
    assert titles.before_remarks('"Title" - a subtitle') == '"Title" - a subtitle'


# --- a conference's notes: setext talk headings, a block of short talks under the event's name ------------------------

_MINI_TALKS = """
    ---
    title: "HarborConf 2031 Notes"
    date: 2031-03-19
    ---

    DAY 1
    ========

    Opening Keynote <small>- Ada Byrne, Tom Field</small>
    --------

      - The project turns 8 this year

    Building a Styleguide <small>- Farid Soumah</small>
    --------

      - Tokens first

    HarborConf MiniTalks
    --------

    ### Saving Your Favourite Open Source Project <small>- Jen Wu</small>

      - All volunteers are selfish

    ### How I Learned to Love the Mono Repo <small>- Hassan Abdel-Karim</small>

      - One repository, many packages

    ### Broccoli Update <small>- Oli Grant</small>

      - Faster builds
    """


def test_short_talks_under_the_events_name_are_talks_and_a_hyphenated_surname_is_a_name():
    assert _talks(event_of(_MINI_TALKS)) == [
        ("Opening Keynote", ["Ada Byrne", "Tom Field"]),
        ("Building a Styleguide", ["Farid Soumah"]),
        ("Saving Your Favourite Open Source Project", ["Jen Wu"]),
        ("How I Learned to Love the Mono Repo", ["Hassan Abdel-Karim"]),
        ("Broccoli Update", ["Oli Grant"]),
    ]


def test_a_heading_of_talks_may_open_with_the_events_name():
    from generator.normalize import sections
    assert sections.container_kind("HarborConf MiniTalks") == "talks"
    assert sections.container_kind("RubyKaigi 2031 Lightning Talks") == "lightning"
    assert sections.container_kind("Mini talks") == "talks"
    assert sections.container_kind("Rust Talks") is None  # (a subject, not an event's name)
    assert sections.container_kind("HarborConf Venue") is None


# --- a Japanese recap told in turns: `トップバッターは…さんの「…」`, `…さんと…さんのお二人による「…」` ---------------------

_JA_TURNS = """
    ---
    title: "港町フロント会 vol.3 に参加しました"
    date: 2031-07-22
    ---

    週末、港町フロント会 vol.3 に参加してきました。聞いた順にメモを残しておきます。

    ---

    最初は、株式会社ミナトの 水野 あかり さんと 大野 航 さんのお二人による
    「デザイナーと育てたトークンの 1 年」。
    二人の掛け合いが楽しかったです。

    ---

    後半はおまけの時間。

    トップバッターは 三浦 つばさ さん（@tsubasa_m）の「:has() で 3 行消した」。
    オチが秀逸でした。

    ## 懇親会

    終了後は懇親会。スープカレーでした。
    """


def test_talks_told_in_turns_name_their_speakers_each_of_a_pair():
    assert _talks(event_of(_JA_TURNS)) == [
        ("デザイナーと育てたトークンの 1 年", ["水野 あかり", "大野 航"]),
        (":has() で 3 行消した", ["三浦 つばさ"]),
    ]
