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


# --- numbered headings over a long dash's byline ------------------------------------------------------------------------

_DASH_BYLINES = """
    ---
    title: "Four talks we still think about from Harbor JS"
    date: "2031-02-18T09:00:00.000Z"
    ---

    Four of us flew to [Harbor JS 2031](https://harborjs.example/2031/) on February 6–7.

    ### 1. The Browser Is the Framework

    — Sofia Marin, opening keynote · Day 1

    Sofia built a small app with no dependencies on stage.

    ### 2. Signals All the Way Down

    — Kenji Watanabe, Lumenfold · Day 1

    The clearest explanation of fine-grained reactivity we have heard.

    ### 3. Panel: Do We Still Need a Build Step?

    — moderated by Adaeze Nwosu, with Ryan Cole and Hila Ben-David · Day 1

    Some panels are people agreeing with each other. This one wasn't.

    ### 4. The hallway track

    — everyone · both days

    The best conversation was in the coffee line.

    ## Honourable mentions

    - "Node's Permission Model, Explained" by Esther Mwangi
    - "Web Components at Scale" by Lior Katz
    """


def test_a_long_dashs_byline_under_a_heading_names_its_speakers():
    assert _talks(event_of(_DASH_BYLINES)) == [
        ("The Browser Is the Framework", ["Sofia Marin"]),
        ("Signals All the Way Down", ["Kenji Watanabe"]),
        ("Do We Still Need a Build Step?", ["Adaeze Nwosu", "Ryan Cole", "Hila Ben-David"]),
        ("Node's Permission Model, Explained", ["Esther Mwangi"]),
        ("Web Components at Scale", ["Lior Katz"]),
    ]


def test_a_name_alone_after_a_long_dash_is_a_quotations_attribution():
    assert speaker_lines.speaker_line("— Alan Kay") is None
    assert speaker_lines.speaker_line("— everyone · both days") is None
    assert [p.affiliation for p in speaker_lines.speaker_line("— Kenji Watanabe, Lumenfold")] == ["Lumenfold"]
    assert [p.affiliation for p in speaker_lines.speaker_line("— Sofia Marin, opening keynote · Day 1")] == [None]


# --- a numbered programme with each slot's time at its line's end, the decks listed after a lead line -----------------

_TIMES_AT_ENDS = """
    ---
    layout: event
    title: "若葉.py vol.9 もくもく会＋LT"
    date: 2031-01-11 21:00:00 +0900
    ---

    新年最初の 若葉.py です。

    ## プログラム

    1. 受付・オープニング (13:00〜13:15)
    2. もくもく作業タイム (13:15〜15:00)
    3. 「pandas から Polars へ」— 早川 瑛人 (15:00〜15:30)
    4. 「uv で変わった環境構築」— 三輪 ゆい（@yui_miwa） (15:30〜16:00)
    5. 休憩 (16:00〜16:10)
    6. LT「型ヒントで遊ぶ」— 菅原（@sugawara_t） (16:10〜16:15)
    7. LT（枠募集中！ connpass の LT 枠から申し込んでください） (16:15〜16:20)
    8. スポンサー LT — 株式会社ワカバソフト (16:20〜16:25)
    9. クロージング・集合写真 (16:25〜16:40)

    ## 開催報告（1/27 追記）

    無事に終了しました！

    発表資料（公開していただいたもの）：

    - 早川さん：https://speakerdeck.com/hayakawa_e/pandas-to-polars
    - 三輪さん：https://docs.google.com/presentation/d/1waKaBaPyMiwa2031/view
    - 菅原さん：スライドは非公開。リポジトリ → https://github.com/sugawara-t/typehints
    """


def test_a_programmes_times_at_its_lines_ends_and_its_decks_listed_after_a_lead_line():
    found = event_of(_TIMES_AT_ENDS).talks
    assert [(t.title, [p.name for p in t.speakers], t.slides) for t in found] == [
        ("pandas から Polars へ", ["早川 瑛人"], "https://speakerdeck.com/hayakawa_e/pandas-to-polars"),
        ("uv で変わった環境構築", ["三輪 ゆい"], "https://docs.google.com/presentation/d/1waKaBaPyMiwa2031/view"),
        ("型ヒントで遊ぶ", ["菅原"], None),
    ]


_TIMES_AT_ENDS_EN = """
    ---
    event:
      name: 'Typed Meetup #3: Gleam for Web Developers'
      location: Brightside
      date: '2031-02-09'
    ---

    In this meetup we cover Gleam.

    ### Agenda

    - Registration and Networking (6:00 PM - 6:30 PM)
    - A first look at Gleam (6:30 PM - 7:00 PM)
    - Pair Programming: build a tiny server (7:00 PM - 8:00 PM)
    - Types all the way down (8:00 PM - 8:30 PM)
    - Networking (8:30 PM)
    """


def test_an_agendas_times_in_brackets_at_the_items_ends():
    assert _talks(event_of(_TIMES_AT_ENDS_EN)) == [
        ("A first look at Gleam", []), ("Pair Programming: build a tiny server", []), ("Types all the way down", []),
    ]


# --- titles set in bold inside a recap's sentences, tied by verbs and `from` -------------------------------------------

_BOLD_IN_PROSE = """
    ---
    title: "Notes from a rainy Thursday at Stack Night"
    date: 2031-04-14
    ---

    Last Thursday was Stack Night #12, the monthly gathering for people who build internal platforms.

    Mere Tāwhiri opened with **Golden Paths People Walk**, about why her team's first portal was ignored.

    After a short break, Jonah Whitfield talked about **Modules as a Product**, with a changelog and office hours.

    We finished with three lightning talks: **Backstage in a Weekend** from Kiri Moana,
    **Renovate Config Nobody Understands** from Liam O'Shea, and **Cost Dashboards That
    Engineers Read** from Priya Venkataraman. Liam's was the funniest.

    **Next month:** Stack Night #13 is on 8 May, and Hemi Walker is already booked to talk
    about **Chaos Engineering on a Budget**. See you there.
    """


def test_bold_titles_tied_to_their_speakers_by_verbs_and_from():
    assert _talks(event_of(_BOLD_IN_PROSE)) == [
        ("Golden Paths People Walk", ["Mere Tāwhiri"]),
        ("Modules as a Product", ["Jonah Whitfield"]),
        ("Backstage in a Weekend", ["Kiri Moana"]),
        ("Renovate Config Nobody Understands", ["Liam O'Shea"]),
        ("Cost Dashboards That Engineers Read", ["Priya Venkataraman"]),
    ]


def test_config_and_confluence_name_no_event():
    from generator.normalize import titles
    assert not titles.looks_like_event("Renovate Config Nobody Understands")
    assert not titles.looks_like_event("Confluence tips")
    assert titles.looks_like_event("JekyllConf") and titles.looks_like_event("Tech Conference")
    assert titles.looks_like_event("JSConf EU") and titles.looks_like_event("DevConfs")


# --- a Japanese recap whose paragraphs each open with the speaker, then the title closing the clause -------------------

_JA_SUBJECTS = """
    ---
    title: "なんばGo Hour #4 に行ってきた"
    date: 2031-03-03T22:40:00+09:00
    ---

    3月1日（土）、なんばGo Hour #4 に参加してきました。

    ## 発表

    宮田 拓真さん（@takuma_myt）は「インタフェースで迷子にならない地図」というタイトルで、設計の話。

    小松 遥さん（@komatsu_dev）は、業務でジェネリクスを半年使ってみた記録『ジェネリクスを本番で使った半年間』。

    休憩をはさんで後半は短い発表が 2 本。

    堀田 さくらさんは「TinyGo で LED を光らせるまで」。基板を映しながらの実演でした。

    @nekomata_go さんは「vet に怒られた 100 のこと」。実際は 12 個でした。

    ## 感想

    - 山本さんは「また来たい」。
    """


def test_paragraphs_opening_with_the_speaker_then_the_title_are_talks():
    assert _talks(event_of(_JA_SUBJECTS)) == [
        ("インタフェースで迷子にならない地図", ["宮田 拓真"]),
        ("ジェネリクスを本番で使った半年間", ["小松 遥"]),
        ("TinyGo で LED を光らせるまで", ["堀田 さくら"]),
        ("vet に怒られた 100 のこと", ["nekomata_go"]),
    ]


def test_one_sentence_opening_with_a_person_then_a_quote_is_a_remark():
    from generator.normalize import prose
    assert prose.talks_in_japanese_quotes("山本さんは「また来たい」。\n\n会場は広かったです。") == []


# --- headings naming whose talk it is -----------------------------------------------------------------------------------

_WHOSE_TALKS = """
    ---
    title: "自作OS語る会 #2"
    date: 2031-05-10
    ---

    ## 第１回のふりかえり

    ### あおとさんの発表

    ブートローダの話。

    ### ちぇりたくさんの発表

    ページングの話。

    ### Rustの発表

    言語の話題。

    ### 会を終えて

    楽しかったです。
    """


def test_a_heading_naming_whose_talk_it_is_names_its_speaker():
    found = _talks(event_of(_WHOSE_TALKS))
    assert ("あおとさんの発表", ["あおと"]) in found and ("ちぇりたくさんの発表", ["ちぇりたく"]) in found
    assert not any(speakers == ["Rust"] for _, speakers in found)  # (a subject's talk: no honorific, no handle)


# --- guards: the over-reaches a review with probe notes found in this session's readings --------------------------------

def _probe(text: str) -> list[tuple[str, list[str]]]:
    return _talks(event_of(text))


def test_being_the_speakers_buddy_or_a_speaker_years_ago_says_no_talk_of_the_writers():
    listed = """
        ---
        title: "Lisbon Go Night, March"
        date: 2031-03-20
        ---
        Last night was the March edition. I was one of the organisers, and I was the speaker's
        buddy for our first-time presenters.

        We had two talks:

        - **Generics one year on** by Lukas Maier
        - **Profiling with pprof** by Anna Schulz
        """
    assert _probe(listed) == [("Generics one year on", ["Lukas Maier"]), ("Profiling with pprof", ["Anna Schulz"])]
    from generator.normalize import own_talk
    assert not own_talk.says_writer_spoke("Back at HarborConf", "I was a speaker at HarborConf back in 2018, a visitor now.")
    assert not own_talk.says_writer_spoke("February", "This month I was the guest speaker wrangler for the night.")
    assert own_talk.says_writer_spoke("Notes", "I was one of the keynote speakers this year.")


def test_a_section_about_last_month_or_the_organisers_adds_no_talks():
    text = """
        ---
        title: "Porto Rust Meetup #21"
        date: 2031-04-18
        ---
        ## Talks

        - **Embedded Rust on the RP2040** — Sam Patel
        - **Error handling without tears** — Maria Lopes

        ## Last month, in case you missed it

        At our March meetup Tom Becker gave a talk titled "Fearless FFI" and Priya Nair presented "Rust in the browser".

        ## About the organisers

        Emily Park gave a talk called "Kotlin for Java developers" at KotlinConf 2029.
        """
    assert [title for title, _ in _probe(text)] == ["Embedded Rust on the RP2040", "Error handling without tears"]


def test_a_band_going_on_with_they_is_no_speaker():
    text = """
        ---
        title: "Music Tech Night: Gig Night"
        date: 2031-07-05
        ---
        ## The talks

        Two talks opened the evening: Hannah Wright on "Building a MIDI sequencer in Rust" and
        Oliver Green on "Latency in live audio".

        ## The gig

        First up was Crimson Harbour with "Northern Lights". They played a loud set.
        Then came Velvet Echo with "Slow Tide". Their drummer broke a stick.
        """
    assert not any(title in ("Northern Lights", "Slow Tide") for title, _ in _probe(text))


def test_a_title_opening_with_an_exclaimed_quote_stays_whole():
    assert titles.quoted_before_sentence('"Stop!" Hammer Time: Refactoring a legacy Vue 2 app') is None
    assert titles.quoted_before_sentence('"Hello, World!" Again: Teaching Vue to Kids') is None


def test_advice_headings_and_another_events_name_hold_no_talks():
    from generator.normalize import sections
    assert sections.container_kind("Tips for Meetup Talks") is None
    assert sections.container_kind("Planning Meetup Sessions") is None
    assert sections.container_kind("Our Summit Keynotes") is None


def test_a_hyphenated_phrase_after_a_dash_is_no_name():
    text = """
        ---
        title: "Actions Meetup Munich"
        date: 2031-07-25
        ---
        ## Matrix builds done right - Stefan Bauer

        Notes.

        ## Reusable workflows - Julia Fuchs

        Notes.

        ## Live Demo - Self-Hosted Runners

        A demo by the hosts.
        """
    assert not any(speakers == ["Self-Hosted Runners"] for _, speakers in _probe(text))


def test_remarks_quoted_after_a_sentence_of_remarks_are_no_talks():
    text = """
        ---
        title: "第5回 もくもく会 レポート"
        date: 2031-07-20
        ---
        今回は12名の方が参加してくださいました。

        参加者の感想をいくつか紹介します。

        山田さんは「楽しかった」。佐藤さんは「また来たい」。

        次回もよろしくお願いします。
        """
    assert _probe(text) == []


def test_a_quotations_source_under_a_heading_is_no_speaker():
    text = """
        ---
        title: "Software Craft Porto — March"
        date: 2031-03-28
        ---
        ## Designing for change - Rita Gomes

        *The best way to predict the future is to invent it.*

        — Alan Kay, 1971

        Rita opened with this quote.

        ## Testing in production

        > We tested it in production, and so can you.

        — Grace Hopper, Rear Admiral (misattributed, probably)

        Speaker: Erik Lind
        """
    assert _probe(text) == [("Designing for change", ["Rita Gomes"]), ("Testing in production", ["Erik Lind"])]


def test_an_itinerary_with_times_at_its_lines_ends_is_no_programme():
    text = """
        ---
        title: "Team offsite in Umbria"
        date: 2031-09-20
        ---
        Day two of our offsite:

        - Cooking class with Chef Marco Rossi (10:00 - 12:00)
        - Wine tasting with Anna Bianchi (14:00 - 15:30)
        - Olive grove walk with Luca Ferri (16:00 - 17:00)
        - Dinner (19:00 - 21:00)
        """
    assert _probe(text) == []


def test_talk_around_the_talks_is_no_talk():
    text = """
        ---
        title: "Toronto Kotlin Night — April"
        date: 2031-04-17
        ---
        ## Talks

        We had two talks: **Compose for Desktop** by Liam Wong and **KMP networking** by Sofia Rossi.

        ## After the talks

        Over drinks, Liam Wong talked about **Advent of Code**, which he finished in Kotlin.
        Our host Sofia Rossi opened with **House Rules** before the first talk, as always.
        After the talks, everyone got a **Holiday Sticker Pack** from Ingrid Dahl, our organiser.
        """
    assert _probe(text) == [("Compose for Desktop", ["Liam Wong"]), ("KMP networking", ["Sofia Rossi"])]


# --- an interview: the interviewer's questions are no talks, the answers tell them ------------------------------------

_INTERVIEW = """
    ---
    title: "【運営に聞く】10 回目を迎えた「湾岸インフラ勉強会」"
    date: 2031-06-02
    ---

    今回は運営メンバーの佐倉 みのりさんに話を聞きました。

    ---

    **――まず、#10 はどんな回でしたか。**

    佐倉：10 回目ということで、いつもより少し大きめにやりました。

    **――基調講演はどなたが？**

    佐倉：大槻 誠一さんにお願いしました。タイトルは
    「オンプレは終わらない ― 2031 年のラック事情」。みんな前のめりで聞いていましたね。

    **――一般発表は 2 本だったそうですね。**

    佐倉：はい。1 本目が宍戸 なつみさん（@natsumi_s）の「Terraform の state 分割、どこで切るか」。
    2 本目は石毛 亮太さんの「自宅ラボで学ぶ BGP 入門」。
    石毛さんはスライドを公開してくれています（https://speakerdeck.com/ishige_r/homelab-bgp ）。

    **――次回の予定は。**

    佐倉：秋ごろを予定しています。
    """


def test_an_interviews_questions_are_no_talks_its_answers_tell_them():
    assert _talks(event_of(_INTERVIEW)) == [
        ("オンプレは終わらない ― 2031 年のラック事情", ["大槻 誠一"]),
        ("Terraform の state 分割、どこで切るか", ["宍戸 なつみ"]),
        ("自宅ラボで学ぶ BGP 入門", ["石毛 亮太"]),
    ]


# --- headings that are only the speakers' handles, the notes telling each title ----------------------------------------

_HANDLE_HEADINGS = """
    ---
    title: "Ten nights in: looking back at Handmade Web Night #10"
    date: 2031-05-19
    ---

    We held the tenth Handmade Web Night last Thursday.

    ## @quillfeather

    Ada Lindgren opened the evening with "Writing a Gemini Server in an Afternoon". She did it live.

    ## @marguerite

    Marguerite Osei gave "Webrings Are Back, Actually". She had numbers.

    ## @tobias_k and @nell

    Tobias Kranz and Nell Achterberg closed the main talks with "Hosting a Site on a Solar-Powered Pi". It goes offline.
    """


def test_headings_of_handles_over_notes_telling_each_title():
    assert _talks(event_of(_HANDLE_HEADINGS)) == [
        ("Writing a Gemini Server in an Afternoon", ["Ada Lindgren"]),
        ("Webrings Are Back, Actually", ["Marguerite Osei"]),
        ("Hosting a Site on a Solar-Powered Pi", ["Tobias Kranz", "Nell Achterberg"]),
    ]


def test_talks_of_the_month_before_told_in_passing_are_not_this_nights():
    text = _HANDLE_HEADINGS + """
    ## Elsewhere

    In case you missed October: Chidi Obi spoke on "Rewriting a Service in Axum" and
    Ruth Kamara gave "Lifetimes, Drawn Badly". Recordings are on our channel.
    """
    assert [title for title, _ in _talks(event_of(text))] == [
        "Writing a Gemini Server in an Afternoon", "Webrings Are Back, Actually", "Hosting a Site on a Solar-Powered Pi"]


# --- guards from the second review's probe notes ---------------------------------------------------------------------

def test_a_title_opening_with_q_or_long_dashes_is_no_interview_question():
    from generator.normalize import own_talk
    for heading in ("Q.E.D.: Formal Proofs for Working Programmers", "Q.js and the History of Promises",
                    "Q3: What the Platform Team Shipped", "ーー 基調講演"):
        assert not own_talk._INTERVIEWERS_QUESTION.match(heading), heading
    for heading in ("――基調講演はどなたが？", "Q2: How did the night go?", "――まず、#10 はどんな回でしたか。"):
        assert own_talk._INTERVIEWERS_QUESTION.match(heading), heading


def test_handle_headings_of_sponsors_and_organisers_are_no_talks():
    text = """
        ---
        title: "Design Night Berlin"
        date: 2031-05-02
        ---
        ## Design Tokens at Scale - Frieda Lang

        Notes.

        ## Figma Variables in Practice - Jonas Weber

        Notes.

        ## @designsystems_berlin

        Follow us for updates!

        ## @coffee_lab

        They lent us the room again.
        """
    assert not any(speaker.startswith("@") for _, speakers in _talks(event_of(text)) for speaker in speakers)


def test_a_prize_a_last_slide_or_a_plug_given_is_no_talk():
    text = """
        ---
        title: "Hack Night Results"
        date: 2031-06-02
        ---
        ## Talks

        Maya Chen presented "Edge Functions Explained" and Dan Wright presented "Postgres Row Level Security".

        ## Prizes

        Judge Carla Diaz gave "Best Hack" to the team behind Plantbot, and Sam Lee gave "Most Creative" to Team Owl.
        Priya Shah gave "Thanks Everyone" as her final slide. Before the pub, Oliver Grant gave "Thinking with Types" a plug.
        The Hosting Team gave "Welcome to Zurich" as a short intro.
        """
    assert [title for title, _ in _talks(event_of(text))] == ["Edge Functions Explained", "Postgres Row Level Security"]


def test_last_month_said_beside_tonights_talk_keeps_it():
    text = """
        ---
        title: "Clojure Meetup Aarhus"
        date: 2031-10-08
        ---
        ## Talks

        Mads Holm opened the evening with "Datomic in Anger". Unlike last month, the projector worked.

        Picking up where last month's discussion left off, Sofie Lund presented "Babashka for Ops".
        """
    assert _talks(event_of(text)) == [("Datomic in Anger", ["Mads Holm"]), ("Babashka for Ops", ["Sofie Lund"])]


def test_a_posts_title_closing_with_furikaeri_in_kana_keeps_the_whole_name():
    text = """
        ---
        title: からっ風Go会 #9 のふりかえり
        publishedAt: 2031-12-02
        ---

        11/30 に高崎で開かれた **からっ風Go会 #9** に行ってきました。
        """
    assert event_of(text).title == "からっ風Go会 #9"


def test_a_posts_title_naming_its_event_after_a_colon():
    assert titles.clean_event_title("October at the Mill: notes from Fenpy #12") == "Fenpy #12"
    assert titles.clean_event_title("Ten nights in: looking back at Handmade Night #10") == "Handmade Night #10"
    assert titles.clean_event_title("Summary of cppcon 2031") == "cppcon 2031"
    assert titles.clean_event_title("PyCon 2031: notes from the sprints") == "PyCon 2031: notes from the sprints"
