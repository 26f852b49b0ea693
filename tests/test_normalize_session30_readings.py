"""Session 30: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

from note_text import event_of


def _talks(event) -> list[tuple[str, list[str]]]:
    return [(t.title, [s.name for s in t.speakers]) for t in event.talks]


# --- a list of sessions that names nobody: capitalised words after `by` or a dash are the title's --------------------

_SESSIONS_NAMING_NOBODY = """
    ---
    title: Harbour Agile Days 2031
    date: 2031-03-14
    ---

    We spent two days at the harbour hall. The sessions I went to:

    ## Sessions

    *   Closing the gap between testers and product owners with Specification by Example
    *   Our Agile Journey – Continuous Delivery and Scaling Scrum
    *   Estimating without numbers
    *   What the retrospective forgot
    *   Pairing with the whole team
    *   Kanban at the kitchen table
    *   Coaching a team that did not ask for it
"""


def test_a_list_naming_nobody_keeps_capitalised_words_in_its_titles():
    assert _talks(event_of(_SESSIONS_NAMING_NOBODY)) == [
        ("Closing the gap between testers and product owners with Specification by Example", []),
        ("Our Agile Journey – Continuous Delivery and Scaling Scrum", []),
        ("Estimating without numbers", []),
        ("What the retrospective forgot", []),
        ("Pairing with the whole team", []),
        ("Kanban at the kitchen table", []),
        ("Coaching a team that did not ask for it", []),
    ]


def test_a_given_name_in_such_a_list_still_names_the_speaker():
    text = _SESSIONS_NAMING_NOBODY.replace("Estimating without numbers", "Estimating without numbers - Tiago Marsh")
    assert ("Estimating without numbers", ["Tiago Marsh"]) in _talks(event_of(text))


def test_a_handle_in_such_a_list_still_names_the_speaker():
    text = _SESSIONS_NAMING_NOBODY.replace("What the retrospective forgot", "What the retrospective forgot by @qwzx")
    talks = _talks(event_of(text))
    assert talks[3][0] == "What the retrospective forgot" and talks[3][1]


_SESSIONS_NAMING_THEIR_SPEAKERS = """
    ---
    title: Harbour Agile Days 2031
    date: 2031-03-14
    ---

    ## Sessions

    *   Estimating without numbers - Wenna Quorth
    *   What the retrospective forgot - Brisco Halvard
    *   Pairing with the whole team - Oskana Drell
"""


def test_where_the_list_names_its_speakers_unfamiliar_names_are_read():
    assert _talks(event_of(_SESSIONS_NAMING_THEIR_SPEAKERS)) == [
        ("Estimating without numbers", ["Wenna Quorth"]),
        ("What the retrospective forgot", ["Brisco Halvard"]),
        ("Pairing with the whole team", ["Oskana Drell"]),
    ]


# --- a recap's list of talks heard: a linked title, `by` the people, then the writer's notes --------------------------

_LINKED_TITLES_THEN_NOTES = """
    ---
    title: Riverside Dev Days 2031
    date: 2031-05-02
    ---

    Another spring, another trip to the river for two days of talks.

    ## Talks

    Fewer deep dives this year, more about how teams work. These were the talks I went to:

    * [The Helpful Stranger - Tales of Social
      Engineering](https://example.org/speaker/lina) by Lina Corvo
      told stories from her years of testing front desks. Great fun.
    * [Untangle your event chains! Long flows in distributed
      systems](https://video.example.org/rec/1) by Ode Brandt & Mirek
      Salo showed how a workflow engine keeps state for you.
    * [Is this serverless thing any good?](https://video.example.org/rec/2) by Tam Hollis
      walked through the definitions people argue about.
    * [Designing a team that ships](https://video.example.org/rec/3)
      was about rituals; I liked the part on handovers.
"""


def test_linked_titles_then_people_then_notes_are_the_talks():
    assert _talks(event_of(_LINKED_TITLES_THEN_NOTES)) == [
        ("The Helpful Stranger - Tales of Social Engineering", ["Lina Corvo"]),
        ("Untangle your event chains! Long flows in distributed systems", ["Ode Brandt", "Mirek Salo"]),
        ("Is this serverless thing any good?", ["Tam Hollis"]),
        ("Designing a team that ships", []),
    ]


# --- a stream's recordings (Ustream) are videos: a list of them is the talks worth watching ---------------------------

_RECORDINGS_LISTED = """
    ---
    title: "Lakeside Craft Days"
    date: 2031-05-06
    ---

    I went to Lakeside Craft Days this spring.

    ## Speaker Videos

    Most talks are online. Worth watching:

    * [Choices, Choices][one]

    * [Paying Down Debt Across Teams][two]

    * [Secrets in a World of Containers][three]

    [one]: http://www.ustream.tv/recorded/10001
    [two]: http://www.ustream.tv/recorded/10002
    [three]: http://www.ustream.tv/embed/recorded/10003
"""


def test_stream_recordings_are_the_talks_videos():
    talks = event_of(_RECORDINGS_LISTED).talks
    assert [(t.title, t.video) for t in talks] == [
        ("Choices, Choices", "http://www.ustream.tv/recorded/10001"),
        ("Paying Down Debt Across Teams", "http://www.ustream.tv/recorded/10002"),
        ("Secrets in a World of Containers", "http://www.ustream.tv/embed/recorded/10003"),
    ]


# --- a handle wrapped in underscores keeps them: `@___tomo___` is no emphasis ------------------------------------------

def test_a_handle_of_underscores_keeps_them():
    text = """
    ---
    title: Harbour Swift 2031 Day 1
    ---

    ## Literals for beginners @___tomo___

    Notes on literals.

    ## Colour contrast for everyone @emarlo

    Notes on contrast.
    """
    assert _talks(event_of(text)) == [("Literals for beginners", ["___tomo___"]),
                                      ("Colour contrast for everyone", ["emarlo"])]


# --- an event page's speaker cards: a person's heading over their quoted title and profile addresses -----------------

_SPEAKER_CARDS = """
    ---
    title: 港町Ruby会議03
    ---

    ## スピーカー

    ### 森下 葵

    ｢港町からRubyではじめる在庫管理｣

    https://github.com/example-aoi https://twitter.com/example_aoi

    ### しおかぜ

    ｢「はじめてのgem」のその後｣

    https://github.com/example-shiokaze

    ### 川辺真一

    「Rubyで読む潮見表」

    https://github.com/example-kawabe
"""


def test_a_speakers_card_gives_its_quoted_title():
    assert _talks(event_of(_SPEAKER_CARDS)) == [
        ("港町からRubyではじめる在庫管理", ["森下 葵"]),
        ("「はじめてのgem」のその後", ["しおかぜ"]),
        ("Rubyで読む潮見表", ["川辺真一"]),
    ]


def test_a_quoted_line_over_notes_is_no_card():
    text = _SPEAKER_CARDS.replace("https://github.com/example-kawabe", "潮見表の読み方を話しました。面白かったです。")
    assert ("Rubyで読む潮見表", ["川辺真一"]) not in _talks(event_of(text))


# --- a programme copied as text: title, `name / @handle`, the deck or a remark that it is not out yet ------------------

_PAGE_COPIED_AS_TEXT = """
    ---
    title: 港町Swift 2031 見た発表
    ---

    見た発表

    Auto Layout の内側
    稲田 泰 / @inada_y
    https://speakerdeck.com/inada_y/auto-layout

    Swift 6.0 対応で大変だった話
    星野恵 / @hoshino
    https://speakerdeck.com/hoshino/swift-6

    HTML実体参照の高速処理
    sonsoku / @sonsoku_dev
    スライド未公開？

    業務アプリの切札、Kiosk Mode大全
    taiki komaki / @t_komaki
    https://speakerdeck.com/t_komaki/kiosk
"""


def test_titles_over_name_and_handle_lines_are_the_talks():
    assert _talks(event_of(_PAGE_COPIED_AS_TEXT)) == [
        ("Auto Layout の内側", ["稲田 泰"]),
        ("Swift 6.0 対応で大変だった話", ["星野恵"]),
        ("HTML実体参照の高速処理", ["sonsoku"]),
        ("業務アプリの切札、Kiosk Mode大全", ["taiki komaki"]),
    ]


# --- a day's schedule (times on their own items, rooms with floors, breaks as timed headings) over notes on most talks ---

_SCHEDULE_THEN_NOTES = """
    ## Harbour Python 2031 (Portside) - Nov 9

    ### Schedule

    - 10:00:
      - Keynote #1: Mira Solberg

    - 11:00:
      - Terrace (3rd floor) - You may not need that - Patterns in Python

    - 11:40:
      - Ballroom (2nd floor) - Scaling Python web apps

    #### 12:20 LUNCH

    - 13:45:
      - Ballroom (2nd floor) - Finding comets with Python

    - 14:30:
      - Terrace (3rd Floor) - BDD in Python, gently

    #### 15:00 BREAK

    - 15:20:
      - Pier Room (3rd floor) - Building an order book in async Python

    ## Notes

    ### Keynote #1 - Mira Solberg. [@msolberg](https://twitter.com/msolberg)

    Opened with the history of the conference.

    ### TALK 1: You may not need that - Patterns in Python. [@jroe](https://twitter.com/jroe)

    Most patterns are a function in Python.

    ### TALK 2: Scaling Python web apps

    Measure first, then cache.

    ### TALK 3: Finding comets with Python

    Image differencing over nights of sky.
"""


def test_a_schedule_lists_the_talks_the_notes_leave_out():
    talks = event_of(_SCHEDULE_THEN_NOTES).talks
    assert [t.title for t in talks] == [
        "Mira Solberg.",  # (session 39: the kind's label before a dash is read off; the keynote names only its speaker)
        "You may not need that - Patterns in Python.",
        "Scaling Python web apps",
        "Finding comets with Python",
        "BDD in Python, gently",
        "Building an order book in async Python",
    ]
    rooms = {t.title: t.room for t in talks}
    assert rooms["BDD in Python, gently"] == "Terrace (3rd Floor)"
    assert rooms["Building an order book in async Python"] == "Pier Room (3rd floor)"
    assert rooms["Scaling Python web apps"] == "Ballroom (2nd floor)"


def test_a_title_and_the_same_with_its_subtitle_are_one_talk():
    from generator.normalize.reconcile import same_title
    assert same_title("You may not need that", "You may not need that - Patterns in Python")
    assert same_title("Intro to Rust", "Intro to Rust: ownership first")
    assert not same_title("Go", "Go - Intro")  # (too short to tell)
    assert not same_title("Rust tips", "Rust tips and tricks")  # (no subtitle's separator)


# --- a link collection's sections named after the medium are the event's, not talks --------------------------------

_LINK_COLLECTION = """
    ---
    title: 第12回港町シェル勉強会リンク集
    date: 2031-08-10
    ---

    2031年8月10日、港町ホールにてシェル勉強会を開催しました。

    ## Twitterまとめ

    <blockquote class="twitter-tweet"><p>まとめました https://t.co/xyz</p></blockquote>

    ## オープニングスライド

    https://www.slideshare.net/example/opening-12

    ## YouTube

    https://www.youtube.com/watch?v=abcdefghijk

    ## ブログなど

    - [参加レポート](https://blog.example.jp/entry/shell-12)

    ## LT

    ### シェルで川柳を詠む（@kanata_example）

    https://speakerdeck.com/kanata_example/senryu
"""


def test_a_link_collections_media_sections_are_no_talks():
    assert [t for t, _ in _talks(event_of(_LINK_COLLECTION))] == ["シェルで川柳を詠む"]


# --- a possessive byline: `Jane Doe's _Title_` -------------------------------------------------------------------

def test_a_possessive_heading_names_the_speaker_and_its_marked_title():
    text = """
    ---
    title: Lakeside WordCamp 2031
    date: 2031-05-20
    ---

    ## Saturday

    ### Saturday Talks

    #### Ama Gerhart's _From Junior to Senior: Why We Teach_

    Teaching made her a better engineer.

    #### Eryn O'Nolan's *Programmers Can UX Too*

    Forms first.

    #### Sol Sott's "JavaScript <3 Blogs".

    Blocks everywhere.
    """
    assert _talks(event_of(text)) == [
        ("From Junior to Senior: Why We Teach", ["Ama Gerhart"]),
        ("Programmers Can UX Too", ["Eryn O'Nolan"]),
        ("JavaScript <3 Blogs", ["Sol Sott"]),
    ]


def test_a_possessive_title_names_no_one():
    from generator.normalize import bylines
    assert bylines.in_heading("Today's _Best Practices_")[1] == ()  # (`Today` is no person)
    assert bylines.in_heading("Ruby's _Hidden Gems_")[1] == ()


# --- a recap's sentences: `"Title" by Jane Doe`, the byline on the next line of the same sentence ----------------------

_TALKS_IN_SENTENCES = """
    ---
    title: Harbor DevConf 2031 Impressions
    date: 2031-05-22
    ---

    Sessions
    --------

    I started the day with the session called "Ship, Learn, Repeat" by
    Kara Holm. At the same time in the other room was a talk called "Testing from the Basement"
    by Nils Ferro which I missed.

    After the coffee break there was "Unicode for Everyone" by Matti Bynes, and then
    I went to "Components that Resize Themselves" by Nico Zanis.

    Organisation
    ------------

    The team did great for a first year.
"""


def test_quoted_titles_followed_by_their_speakers_are_talks():
    assert _talks(event_of(_TALKS_IN_SENTENCES)) == [
        ("Ship, Learn, Repeat", ["Kara Holm"]),
        ("Testing from the Basement", ["Nils Ferro"]),
        ("Unicode for Everyone", ["Matti Bynes"]),
        ("Components that Resize Themselves", ["Nico Zanis"]),
    ]


def test_a_labelled_speaker_line_after_a_link_line_still_names_the_speaker():
    text = """
    ---
    title: 港町検索勉強会 #3
    date: 2031-02-01
    ---

    ## 移行で気をつけたこと

    - プラグインの互換性を確認した

    スライド: https://speakerdeck.com/example/migration-2031
    発表者: 水野 楓さん

    ## ベクトル検索を足してみる

    - まずは PoC から

    発表者: 森 茜さん
    """
    assert _talks(event_of(text)) == [("移行で気をつけたこと", ["水野 楓"]), ("ベクトル検索を足してみる", ["森 茜"])]


# --- a slot's label and code shared by the programme's titles: `一般発表A1: Title` --------------------------------------

_MAP_PROGRAMME = """
    ---
    title: 港町地図の会 2031
    date: 2031-11-14
    ---

    ## {one}地図パーティーを開こう

    発表者: 川辺 真一さん

    ## {two}港町に地図を広げる

    発表者: 森 茜さん

    ## {three}古地図の読み方

    発表者: 石田 圭さん
"""


def test_a_shared_slot_label_and_code_leave_the_titles():
    text = _MAP_PROGRAMME.format(one="一般発表A1: ", two="一般発表A2: ", three="一般発表B1: ")
    assert [t for t, _ in _talks(event_of(text))] == ["地図パーティーを開こう", "港町に地図を広げる", "古地図の読み方"]


def test_a_label_one_title_holds_stays():
    text = _MAP_PROGRAMME.format(one="発表1 ", two="", three="")
    assert [t for t, _ in _talks(event_of(text))][0] == "発表1 地図パーティーを開こう"


# --- a numbered list of talks: a bold name, its small print of profiles, the title, then bracketed links -------------

def test_a_names_small_print_and_bracketed_links_leave_the_talk():
    text = """
    ---
    title: About HarborCSS 2031
    date: 2031-06-17
    ---

    ## List of talks, speakers and other resources

    1. __Tara Willow__ <sub><sup>twitter:<a href="https://twitter.com/tarawillow">@tarawillow</a></sup></sub> - *Go Alone? Take This Team* <a href="https://slides.example.org/team/">[slides]</a> [<a href="https://www.youtube.com/watch?v=aaaaaaaaaaa">video</a>]
    2. __Jackie Balmer__ <sub><sup>github:<a href="https://github.com/jbalmer">jbalmer</a></sup></sub> - *Components and CSS in JS* [<a href="https://www.youtube.com/watch?v=bbbbbbbbbbb">video</a>]
    3. __Chen Hui Lin__ <sub><sup>twitter:<a href="https://twitter.com/hl_chen">@hl_chen</a></sup></sub> - *The Web Is Not Just Left-to-Right* 🌟 <a href="https://slides.example.org/ltr/">[slides]</a>
    """
    talks = event_of(text).talks
    assert [(t.title, [s.name for s in t.speakers], t.slides, t.video) for t in talks] == [
        ("Go Alone? Take This Team", ["Tara Willow"], "https://slides.example.org/team/",
         "https://www.youtube.com/watch?v=aaaaaaaaaaa"),
        ("Components and CSS in JS", ["Jackie Balmer"], None, "https://www.youtube.com/watch?v=bbbbbbbbbbb"),
        ("The Web Is Not Just Left-to-Right", ["Chen Hui Lin"], "https://slides.example.org/ltr/", None),
    ]


# --- headings naming the speakers, each over a sentence that names them and quotes their talk's title ----------------

_PEOPLE_OVER_TOLD_TITLES = """
    ---
    title: "October Lightning Talks Recap"
    date: 2031-10-11
    ---

    We had our October event this past Tuesday.

    ## Andy Lister
    [Andy Lister](https://twitter.com/alister) opened the night with his lightning talk, "What I wish students were taught." He shared many tools.

    ## Mina Slade
    Next up was [Mina Slade](https://twitter.com/mslade) with her talk "Error Messages Are Your Friends." Run code often.

    ## Eleni Chapman
    After Mina, [Eleni Chapman](https://twitter.com/echapman) gave a talk titled "5 tips for React." Components are functions.

    ## Doug Bellamy
    [Doug Bellamy](https://twitter.com/dbellamy) closed the night reminding us that "naming things is hard."
"""


def test_person_headings_over_sentences_quoting_their_titles():
    talks = _talks(event_of(_PEOPLE_OVER_TOLD_TITLES))
    assert talks[:3] == [
        ("What I wish students were taught", ["Andy Lister"]),
        ("Error Messages Are Your Friends", ["Mina Slade"]),
        ("5 tips for React", ["Eleni Chapman"]),
    ]
    assert "naming things is hard" not in [t for t, _ in talks]  # (a saying quoted, no talk told)


def test_one_person_heading_quoting_a_phrase_stays_the_persons():
    text = """
    ---
    title: Harbor Ruby 2031
    date: 2031-10-11
    ---

    ## Talks

    ### Sasha Grint

    [Sasha Grint](https://twitter.com/sgrint) told us to "never trust a benchmark" in a talk on profiling.

    ### Tomas Ewell

    [Tomas Ewell](https://twitter.com/tewell) showed his new gem.
    """
    titles = [t for t, _ in _talks(event_of(text))]
    assert "never trust a benchmark" not in titles


# --- a one-page event site writing each of its sections as an <article> ----------------------------------------------

_ARTICLES_PAGE = """<!DOCTYPE html>
<html lang="ja"><head><title>港町Ruby会議05</title></head>
<body>
<article id="about">
<h2>開催概要 / About</h2>
<p>日付 2031年4月19日(土)<br>会場 港町博物館</p>
</article>
<article id="program">
<h2>プログラム / Program</h2>
<h3>Rails のいまとこれから</h3>
<p>登壇者: 川辺 真一 (<a href="https://speakerdeck.com/kawabe/rails">Slides</a>)</p>
<h3>型検査を現場に入れる</h3>
<p>登壇者: 森 茜 (<a href="https://speakerdeck.com/mori/types">Slides</a>)</p>
</article>
</body></html>
"""


def test_every_article_of_a_one_page_site_is_read():
    event = event_of(_ARTICLES_PAGE, "index.html")
    assert str(event.date) == "2031-04-19"
    assert _talks(event) == [("Rails のいまとこれから", ["川辺 真一"]), ("型検査を現場に入れる", ["森 茜"])]


def test_an_article_holding_the_others_is_the_page():
    page = _ARTICLES_PAGE.replace("<body>", "<body><nav>menu</nav><article id='all'>").replace("</body>", "</article></body>")
    assert [t for t, _ in _talks(event_of(page, "index.html"))] == ["Rails のいまとこれから", "型検査を現場に入れる"]



# --- guards from the session's review: what the new readings must leave alone ------------------------------------------

_REVIEW_GUARDS = """
    ---
    title: Harbor Conf 2031
    date: 2031-01-01
    ---

    ## Talks

    - Scaling to 10<sup>6</sup> users - Jane Doe
    - CO<sub>2</sub> aware scheduling - John Roe
    - Scaling Postgres - Mary Major [Slides (PDF)](https://example.com/a.pdf)
"""


def test_small_print_and_a_labels_parentheses_stay_as_written():
    talks = event_of(_REVIEW_GUARDS).talks
    assert [(t.title, [s.name for s in t.speakers], t.slides) for t in talks] == [
        ("Scaling to 10<sup>6</sup> users", ["Jane Doe"], None),
        ("CO<sub>2</sub> aware scheduling", ["John Roe"], None),
        ("Scaling Postgres", ["Mary Major"], "https://example.com/a.pdf"),
    ]


def test_bold_italic_underscores_leave_a_title():
    text = """
    ---
    title: Harbor Swift 2031
    date: 2031-01-01
    ---

    ## Talks

    - ___Getting Started with SwiftUI___ - Jane Doe
    - Combine in practice - John Roe
    """
    assert _talks(event_of(text))[0] == ("Getting Started with SwiftUI", ["Jane Doe"])


def test_one_unfamiliar_full_name_after_a_dash_stays_the_speaker():
    text = _SESSIONS_NAMING_NOBODY.replace("Estimating without numbers", "Estimating without numbers – Nkechi Okonkwo")
    assert ("Estimating without numbers", ["Nkechi Okonkwo"]) in _talks(event_of(text))


def test_a_book_cited_in_a_recap_is_no_talk():
    text = """
    ---
    title: Harbor Agile 2031 recap
    date: 2031-01-01
    ---

    The opening keynote began with a quote from "The Mythical Man-Month" by Fred Brooks, and the closing
    speaker recommended "Accelerate" by Nicole Forsgren as reading for the train home.
    """
    assert _talks(event_of(text)) == []


def test_a_greeting_under_a_staff_members_heading_is_no_title():
    text = """
    ---
    title: 港町会 2031
    date: 2031-01-01
    ---

    ## 運営スタッフ

    ### 森下 葵

    「今年もよろしくお願いします！」

    https://twitter.com/example_a

    ### 川辺 真一

    「楽しみましょう」

    https://twitter.com/example_b
    """
    assert not [t for t, _ in _talks(event_of(text)) if "よろしく" in t or "楽しみ" in t]


def test_a_slots_nested_notes_are_no_rows():
    text = """
    ---
    title: Harbor Rust night 2031
    date: 2031-01-01
    ---

    ## Schedule

    - 19:00:
      - Rust at scale - Jane Doe
        - Slides were great, she talked about borrowck
        - Q&A about async
    - 19:30:
      - Go generics - John Roe
    """
    assert [t for t, _ in _talks(event_of(text))] == ["Rust at scale", "Go generics"]


def test_a_subtitle_that_is_a_person_or_a_part_makes_no_match():
    from generator.normalize.reconcile import same_title
    assert not same_title("Keynote #1", "Keynote #1 - Mira Solberg")
    assert not same_title("Intro to the borrow checker", "Intro to the borrow checker - Part 2 of a series on ownership")
    assert same_title("Intro to the borrow checker", "Intro to the borrow checker - lifetimes without tears, for beginners")


def test_a_group_named_by_its_part_on_the_programme_is_no_person():
    from generator.normalize import people
    assert not any(people.looks_like_people(w, strict=False)
                   for w in ("Invited Speakers", "Ninja Talks", "Opening Act", "Keynote Speaker"))
    assert people.looks_like_people("Ryota Arai", strict=True)


def test_a_sentence_telling_the_events_day_beats_a_stamp_alone_under_the_title():
    page = """<!DOCTYPE html>
<html lang="ja"><head><title>朝の勉強会を実施</title></head>
<body><article>
<h1>朝の勉強会を実施</h1>
<p>2031.04.23</p>
<h2>朝の勉強会を実施</h2>
<p>2031年4月22日に、「台帳技術のいま」をテーマに勉強会を港町会議室にて開催。20名ほどが参加しました。</p>
</article></body></html>
"""
    assert str(event_of(page, "report.html").date) == "2031-04-22"
