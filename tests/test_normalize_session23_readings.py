"""Session 23: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

from note_text import event_of, talks_of


# --- lists of talks -----------------------------------------------------------------------------------------------------

def test_a_double_hyphen_byline_in_a_list_of_sessions():
    # `Title -- Speaker`: two hyphens stand for a dash where the writer's keyboard has none
    talks = talks_of("""
        ---
        title: HarborConf
        ---
        ## Day one

        We went to the quieter rooms. Here is a short list:

        * Opening words -- two parts
            * Ports and Adapters -- Mina Kovacs
            * The Build Farm -- Oskar Lind
        * Queues Without Tears -- Petra Novak
        * Writing Parsers the Slow Way
        * Shipping Rust at a Bank (workshop) -- Ilse Berg
        * Caches -- Tomas Kral
        * Two lightning talks
            * Knit Your Own CI -- Hana Dvorak
            * Why We Left the Cloud -- Jan Holub

        It was a good day.
        """)
    by_title = {title: who for title, who, _ in talks}
    assert by_title["Ports and Adapters"] == ["Mina Kovacs"]
    assert by_title["Queues Without Tears"] == ["Petra Novak"]
    assert by_title["Caches"] == ["Tomas Kral"]
    assert by_title["Knit Your Own CI"] == ["Hana Dvorak"]
    assert "Writing Parsers the Slow Way" in by_title
    assert not any("--" in title for title in by_title)


def test_a_title_with_a_double_hyphen_inside_keeps_it():
    talks = talks_of("""
        ---
        title: HarborConf
        ---
        The sessions I heard:

        * Load tests -- the honest way -- Vera Stone & Karl Ruud
        * Scheduling with solvers -- Lena Park
        """)
    assert talks[0][:2] == ("Load tests -- the honest way", ["Vera Stone", "Karl Ruud"])
    assert talks[1][:2] == ("Scheduling with solvers", ["Lena Park"])


def test_a_bullet_list_of_dashed_remarks_is_no_programme():
    # Guard: a list whose dashes join words, not a title to a person, names no talks
    talks = talks_of("""
        ---
        title: Harbor meetup notes
        ---
        ## Day one

        What I took home:

        * Tests -- write them first
        * Caches -- measure before adding one
        * Logs -- structured, always
        """)
    assert talks == []


def test_links_to_talk_pages_win_over_the_list_shape():
    # the items link each talk's own page and name the speaker after a dash: the links' reading keeps their pages
    event = event_of("""
        ---
        title: Harbor Java Days
        ---
        Some of the things we wanted to give a shout out to:

          * [The Silver Hammer](http://cfp.harbor.example/2016/talk/AB-1/The_Silver_Hammer) – Rita Moss - ([video](https://www.youtube.com/watch?v=aaaaaaaaaaa))
          * [Just Enough Server](http://cfp.harbor.example/2016/talk/AB-2/Just_Enough) – Omar Grant - ([video](https://www.youtube.com/watch?v=bbbbbbbbbbb))
          * [Monoliths, Modular](http://cfp.harbor.example/2016/talk/AB-3/Monoliths) – Sean Pike - ([video](https://www.youtube.com/watch?v=ccccccccccc))
        """)
    assert [t.title for t in event.talks] == ["The Silver Hammer", "Just Enough Server", "Monoliths, Modular"]
    assert [s.name for s in event.talks[0].speakers] == ["Rita Moss"]
    assert event.talks[0].video == "https://www.youtube.com/watch?v=aaaaaaaaaaa"


def test_a_heading_numbered_in_sequence_with_talks_is_a_talk():
    # `## 4, Title` among `## 1, Title (@handle)` … `## 6, …`: one numbered sequence of talks, a few naming nobody
    talks = talks_of("""
        ---
        title: 第二回 港町JS勉強会 LTメモ
        ---
        ## 1, 状態管理を手で書く (@kai_minato)

        - 小さく始める

        ## 2, テストから始める画面設計 (@rin_h)

        - 画面ごとにテスト

        ## 3, ビルドを速くする話

        - キャッシュが効く

        ## 4, センサーとブラウザ

        ### 配線

        - 温度を読む

        ## 5, 受け入れテストの自動化 (@sato_q)

        - シナリオを書く
        """)
    assert [t[0] for t in talks] == ["状態管理を手で書く", "テストから始める画面設計", "ビルドを速くする話",
                                     "センサーとブラウザ", "受け入れテストの自動化"]
    assert talks[2][1] == [] and talks[0][1] == ["kai_minato"]


def test_numbered_sections_of_a_recap_stay_the_writers():
    # Guard: the sequence counts only where two of its headings show a talk; the writer's own numbered
    # sections beside one talk stay the event's text
    talks = talks_of("""
        ---
        title: 港町JS勉強会に参加しました
        ---
        ## 1. 参加したきっかけ

        前から気になっていました。

        ## 2. 状態管理を手で書く (@kai_minato)

        - 小さく始める

        ## 3. 会場の雰囲気

        和やかでした。

        ## 4. 次回に向けて

        また行きたいです。
        """)
    assert [t[0] for t in talks] == ["状態管理を手で書く"]


# --- the talks the writer heard ---------------------------------------------------------------------------------------

_HEARD = """
    ---
    title: 港町PHPカンファレンス2019に参加してきた！
    ---
    今年も行ってきました。

    ## 個人的オススメポイント

    ### PHP以外の話も多い

    PHP以外の話のほうが多かった気がする。

    ### 初登壇を歓迎する雰囲気

    温かい会場でした。

    ## 僕が聞いたセッションとその感想

    ### 型のある暮らし

    型を書くと何が嬉しいか、という話。興味深いセッションでした。

    ### 【プラチナスポンサーセッション】社内の知見を集める仕組み

    知見をどう集めてきたかを解説してくれたLTでした。

    ### キャッシュ設計の勘所

    キャッシュを置く場所の話。スライドが分かりやすかったです。

    ## まとめ

    また来年。
    """


def test_the_writers_heard_list_holds_the_talks_and_its_siblings_are_the_writers():
    talks = talks_of(_HEARD)
    assert [t[0] for t in talks] == ["型のある暮らし", "社内の知見を集める仕組み", "キャッシュ設計の勘所"]


def test_the_writers_sections_beside_the_heard_list_stay_in_the_event_text_in_order():
    event = event_of(_HEARD)
    text = event.body
    assert text.index("個人的オススメポイント") < text.index("まとめ")
    assert "PHP以外の話のほうが多かった" in text


# --- the event's day from the tweets embedded --------------------------------------------------------------------------

def _tweet(day: str, n: int) -> str:
    return (f'<blockquote class="twitter-tweet"><p lang="ja" dir="ltr">会場から {n}</p>&mdash; 港 (@minato_dev) '
            f'<a href="https://twitter.com/minato_dev/status/10000000000000{n}?ref_src=twsrc%5Etfw">{day}</a></blockquote>')


def test_the_day_most_embedded_tweets_were_posted_dates_the_event():
    event = event_of(f"""
        ---
        title: 港町PHPカンファレンス参加記
        date: 2018-06-18T14:57:22+09:00
        ---
        今年も行ってきました。

        {_tweet("2018年3月20日", 1)}

        ## 型のある暮らし (@kata_san)

        {_tweet("2018年6月16日", 2)}

        ## 社内の知見 (@chie_san)

        {_tweet("2018年6月16日", 3)}
        """)
    assert str(event.date) == "2018-06-16"
    assert any(c.field == "date" and "tweets" in c.reading for c in event.evidence)


def test_one_embedded_tweet_says_nothing_of_the_day():
    # Guard: a single tweet (an announcement, a joke from months before) is no reading of the event's day
    event = event_of(f"""
        ---
        title: 港町PHPカンファレンス参加記
        ---
        今年も行ってきました。

        {_tweet("2018年3月20日", 1)}

        ## 型のある暮らし (@kata_san)

        型の話。
        """)
    assert not any(c.field == "date" and "tweets" in c.reading for c in event.evidence)


def test_a_day_the_writer_gives_wins_over_the_tweets():
    # Guard: the tweets are read after the days the note writes
    event = event_of(f"""
        ---
        title: Harbor Go Night
        ---
        Harbor Go Night was held on May 17, 2019 at the Dock Lab.

        {_tweet("May 18, 2019", 1)}
        {_tweet("May 18, 2019", 2)}

        ## Channels (@chan_dev)

        Notes.
        """)
    assert str(event.date) == "2019-05-17"


# --- tables ------------------------------------------------------------------------------------------------------------

def test_a_slide_deck_column_naming_the_decks_holds_the_titles():
    talks = talks_of("""
        # 2019-talks
        Slides and links for the talks

        #### Main Hall

        | Timeslot    | Speaker     | Slide Deck | Video | Source |
        | ----------- | ----------- | ---------- | ----- | ------ |
        | 9:10 AM - 9:35 AM | [Rosa Lind](https://github.com/rosalind) | Durable Queues at Scale | [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa) | |
        | 9:40 AM - 10:05 AM | [Omar Grant](https://github.com/ogrant) | [Compatible Code](OmarGrant-CompatibleCode) | [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb) | |
        | 10:50 AM - 11:35 AM | [Kim Lee](https://github.com/kimlee) | Machine Code from SSA | [Video](https://www.youtube.com/watch?v=ccccccccccc) | [Source](https://github.com/kimlee/ssa) |
        """)
    assert [(t[0], t[1]) for t in talks] == [("Durable Queues at Scale", ["Rosa Lind"]), ("Compatible Code", ["Omar Grant"]),
                                             ("Machine Code from SSA", ["Kim Lee"])]


def test_a_slides_column_of_link_labels_is_no_title():
    # Guard: `[Slides](…)` cells say where the deck is; the titles are in the column the header does not name
    talks = talks_of("""
        ---
        title: Harbor Go Night
        ---
        | Time | Speaker | Slides | Talk name |
        | ---- | ------- | ------ | --------- |
        | 19:00 | Rosa Lind | [Slides](https://speakerdeck.com/rosa/queues) | Durable Queues at Scale |
        | 19:30 | Omar Grant | [Slides](https://speakerdeck.com/omar/code) | Compatible Code |
        """)
    assert [t[0] for t in talks] == ["Durable Queues at Scale", "Compatible Code"]


# --- talks told in prose -----------------------------------------------------------------------------------------------

def test_a_day_heading_over_sentences_linking_recordings_holds_those_talks():
    talks = talks_of("""
        ---
        title: HarborPy 2019
        ---
        # Day 1

        The opening keynote of the day was [Queues All the Way Down](https://www.youtube.com/watch?v=aaaaaaaaaaa) by [Rosa Lind](https://rosa.example/about), author of [A Book on Queues](https://books.example/queues), a sailor, and many more.

        Rosa walked us through the history of queues.

        The closing keynote was [Caches We Regret](https://www.youtube.com/watch?v=bbbbbbbbbbb) by [Omar Grant](https://omar.example/).
        """)
    assert [(t[0], t[1]) for t in talks] == [("Queues All the Way Down", ["Rosa Lind"]), ("Caches We Regret", ["Omar Grant"])]


# --- guards from the review of this session's readings -----------------------------------------------------------------

def test_a_list_of_topics_and_companies_after_dashes_is_no_programme():
    # (review) Guard: `Topic - Company Name` pairs a word with a longer phrase: no talks
    talks = talks_of("""
        ---
        title: Harbor Cloud Day
        ---
        ## Sponsors and topics

        * Serverless - Amazon Web Services
        * Data pipelines - Google Cloud
        * Ansible -- Configuration Management
        """)
    assert not any(t[0] in ("Serverless", "Data pipelines", "Ansible") for t in talks)


def test_links_to_talk_pages_keep_the_speakers_the_list_names():
    # (review) Guard: the links' reading wins only where it names as many speakers as the list's
    event = event_of("""
        ---
        title: Harbor Open Source Days
        ---
        The talks I went to:

        - [The Silver Hammer](https://fosdem.org/2020/schedule/event/hammer/) (Rita Moss)
        - [Just Enough Server](https://fosdem.org/2020/schedule/event/server/) (Omar Grant)
        - [Monoliths, Modular](https://fosdem.org/2020/schedule/event/mono/) (Sean Pike)
        """)
    assert [[s.name for s in t.speakers] for t in event.talks] == [["Rita Moss"], ["Omar Grant"], ["Sean Pike"]]


def test_a_talk_heading_recommending_recordings_stays_the_talk():
    # (review) Guard: recordings a talk's notes point to are other events' talks
    talks = talks_of("""
        ---
        title: Harbor Rust Night
        ---
        ## Ownership Deep Dive

        Mina Kovacs (@mina_k) explained borrowing. The speaker pointed at [Rust in Anger](https://www.youtube.com/watch?v=aaaaaaaaaaa) by [Jane Doe](https://jane.example/).
        She also recommended [Lifetimes Explained](https://www.youtube.com/watch?v=bbbbbbbbbbb) by [Kim Lee](https://kim.example/).
        """)
    assert [t[0] for t in talks] == ["Ownership Deep Dive"]


def test_a_keynote_beside_the_heard_list_stays_a_talk_and_thin_notes_under_it_are_talks():
    # (review) Guard: the bare headings beside the heard list that go to the event are those showing nothing of a
    # talk (a keynote's kind shows one); those under it are the talks heard, however short their notes
    talks = talks_of("""
        ---
        title: 港町PHPカンファレンス2019に参加してきた！
        ---
        ## 基調講演「PHPの20年」

        長い歴史の話。

        ## 聞いたセッション

        ### 型のある暮らし

        良かった。

        ### キャッシュ設計の勘所

        勉強になった。
        """)
    assert [t[0] for t in talks] == ["PHPの20年", "型のある暮らし", "キャッシュ設計の勘所"]


def test_the_writers_opening_section_before_a_numbered_sequence_of_talks_stays_theirs():
    # (review) Guard: only the bare headings between the first and last that show a talk join the sequence
    talks = talks_of("""
        ---
        title: Harbor Go Night
        ---
        ## 1. Why I went

        I wanted to learn more about generics after reading about them all year long.

        ## 2. Generics in Practice (@kata_go)

        Notes.

        ## 3. Concurrency Pitfalls

        Notes on channels.

        ## 4. Table-driven Tests (@test_go)

        Notes.

        ## 5. Error Wrapping (@err_go)

        Notes.

        ## 6. Fuzzing Parsers (@fuzz_go)

        Notes.
        """)
    assert [t[0] for t in talks] == ["Generics in Practice", "Concurrency Pitfalls", "Table-driven Tests", "Error Wrapping",
                                     "Fuzzing Parsers"]


def test_a_slides_column_of_deck_labels_names_no_talks():
    # (review) Guard: `[Speaker Deck](…)`, `[View slides](…)` say where a deck is, not what it is called
    talks = talks_of("""
        ---
        title: Harbor Go Night
        ---
        | Speaker | Slides |
        | ------- | ------ |
        | Rosa Lind | [Speaker Deck](https://speakerdeck.com/rosa/queues) |
        | Omar Grant | [View slides (PDF)](https://omar.example/code.pdf) |
        | Kim Lee | [Google Slides](https://docs.google.com/presentation/d/abc) |
        """)
    assert not any(t[0] in ("Speaker Deck", "View slides (PDF)", "Google Slides") for t in talks)


def test_tweets_sent_after_the_post_went_up_do_not_date_the_event():
    # (review) Guard: tweets added to a post afterwards tell of the event's echo
    event = event_of(f"""
        ---
        title: Harbor Go Night
        date: 2019-05-17
        ---
        Thanks to everyone who came.

        ## Channels (@chan_dev)

        Notes.

        {_tweet("June 3, 2019", 1)}
        {_tweet("June 3, 2019", 2)}
        """)
    assert str(event.date) == "2019-05-17"


def test_after_by_only_the_linked_people_are_speakers():
    # (review) Guard: `by [Kim Lee](…), [GitHub](…) and [blog](…)`: the profile links after the name are no people
    talks = talks_of("""
        ---
        title: Harbor Test Day
        ---
        # Day 1

        The first keynote was [Fast Tests](https://www.youtube.com/watch?v=aaaaaaaaaaa) by [Kim Lee](https://kim.example/), [GitHub](https://github.com/kimlee) and [blog](https://kim.example/blog).

        The closing keynote was [Slow Tests](https://www.youtube.com/watch?v=bbbbbbbbbbb) by [Ana Ruiz](https://ana.example/), [slides](https://speakerdeck.com/ana/slow).
        """)
    assert [(t[0], t[1]) for t in talks] == [("Fast Tests", ["Kim Lee"]), ("Slow Tests", ["Ana Ruiz"])]
