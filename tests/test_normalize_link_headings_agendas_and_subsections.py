"""Rules found with the fifth holdout set (tests/fixtures/holdout5/), written blind.

First scorer run over holdout5, before any code change:

    q01_link_headings.md: ok
    q02_dash_affiliation_name.md: 6 problem(s)
        talk missing: 'Go の iterator 提案を読む'
        talk missing: 'pprof で探すメモリリーク'
        talk missing: 'sqlc と pgx で作る堅いデータ層'
        talk not expected: 'Go の iterator 提案を読む - 株式会社サンプル 山田太郎'
        talk not expected: 'pprof で探すメモリリーク - 合同会社ノースゲート 鈴木花子'
        talk not expected: 'sqlc と pgx で作る堅いデータ層 - 東北テック株式会社 高橋 健'
    q03_agenda_then_sections.md: ok
    q04_subheadings_inside.md: ok
    q05_english_by_qa.md: 3 problem(s)
        title: expected ['DevOpsDays Amsterdam 2024', 'DevOpsDays Amsterdam', 'DevOpsDays Amsterdam 2024 — my notes'], got 'DevOpsDays Amsterdam 2024 —'
        url: expected 'https://devopsdays.org/events/2024-amsterdam/', got None
        talk not expected: 'Open Spaces'
    q06_gist_rules.txt: 1 problem(s)
        url: expected 'https://rust.tokyo/2024', got None
    q07_hatena_contents_quote.md: 1 problem(s)
        venue: expected ['中野セントラルパーク カンファレンス'], got None
    q08_two_day.md: 7 problem(s)
        title: expected ['JAWS DAYS 2024', 'JAWS DAYS 2024 二日間のまとめ'], got 'JAWS DAYS 2024 二日間'
        date: expected '2024-05-18', got '2024-05-21'
        talk missing: 'サーバーレスで作るイベント駆動アーキテクチャ'
        talk missing: 'CDK のテストを書こう'
        talk missing: '生成 AI を業務に組み込む'
        talk not expected: 'Day 1 (5/18)'
        talk not expected: 'Day 2 (5/19)'
    q09_hashtags_last_line.md: 2 problem(s)
        venue: expected ['静岡市産学交流センター'], got '2024年2月17日 静岡市産学交流センター'
        hashtags: expected ['pyconshizu', 'pyconjp'], got []
    q10_fullwidth_colon_handle.md: ok
    
    title       8/10   80.0%
    date        9/10   90.0%
    venue       8/10   80.0%
    url         8/10   80.0%
    hashtags    9/10   90.0%
    tags       10/10  100.0%
    speakers   21/21  100.0%
    slides      9/9   100.0%
    kind        2/2   100.0%
    talks     precision 77.8% recall 77.8% F1 77.8%
    score 0.869 (mean of title, date, speakers, talk F1)

First score per note (each scored alone):

    q01_link_headings.md score 1.000 (mean of title, date, speakers, talk F1)
    q02_dash_affiliation_name.md score 0.667 (mean of title, date, speakers, talk F1)
    q03_agenda_then_sections.md score 1.000 (mean of title, date, speakers, talk F1)
    q04_subheadings_inside.md score 1.000 (mean of title, date, speakers, talk F1)
    q05_english_by_qa.md score 0.700 (mean of title, date, speakers, talk F1)
    q06_gist_rules.txt score 1.000 (mean of title, date, speakers, talk F1)
    q07_hatena_contents_quote.md score 1.000 (mean of title, date, speakers, talk F1)
    q08_two_day.md score 0.000 (mean of title, date, speakers, talk F1)
    q09_hashtags_last_line.md score 1.000 (mean of title, date, speakers, talk F1)
    q10_fullwidth_colon_handle.md score 1.000 (mean of title, date, speakers, talk F1)
"""

from __future__ import annotations

from note_text import event_of, talks_of


# --- `## Day 1 (5/18)`: a day heading that carries its date -----------------------------------

def test_dated_day_headings_hold_talks_and_give_the_first_day():
    ev = event_of("""
        ---
        title: "Example Conf 2023 両日の参加レポート"
        date: 2023-10-02
        ---

        会場は北九州国際会議場でした。

        ## 1日目：9月30日（土）

        ### 型システム入門
        - 登壇: 青木 誠さん

        ## 2日目：10月1日（日）

        ### テスト設計の話
        - 登壇: 坂本 愛さん
        """, "days.md")
    assert [t.title for t in ev.talks] == ["型システム入門", "テスト設計の話"]
    assert str(ev.date) == "2023-09-30"
    assert ev.title == "Example Conf 2023"


def test_day_heading_with_english_month():
    ev = event_of("""
        ---
        title: "SomeConf 2023"
        date: 2023-06-12
        ---

        ## Day 1 - June 9

        ### Fast Builds by Ana Lima

        ## Day 2 - June 10

        ### Slow Tests by Ben Ode
        """, "days_en.md")
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("Fast Builds", ["Ana Lima"]), ("Slow Tests", ["Ben Ode"])]
    assert str(ev.date) == "2023-06-09"


# --- `### Title - 株式会社ほげ 山田太郎`: a dash byline only with an affiliation --------------------

def test_dash_byline_with_affiliation_first_or_in_parentheses():
    got = talks_of("""
        # Kotlin 勉強会 #3

        ### DSL を作る - 株式会社ほくと 村上 陸

        ### Flow の基礎 - 佐野 優（合同会社みなみ）

        ### Android - 過去と未来
        """, "dash.md")
    assert got[0][:2] == ("DSL を作る", ["村上 陸"])
    assert got[1][:2] == ("Flow の基礎", ["佐野 優"])
    assert got[2][0] == "Android - 過去と未来"  # no affiliation: the dash is part of the title


# --- event facts: `Conference site:`, `Event:`, `Xで開かれた`, hashtags on the last line -------------

def test_conference_site_label_open_spaces_and_em_dash_notes_suffix():
    ev = event_of("""
        ---
        title: "SomeConf Berlin 2023 — my notes"
        date: 2023-04-01
        ---

        Conference site: https://someconf.example.org/berlin-2023/

        ## Caching Is Hard by Mia Stone

        ## Open Spaces

        We talked about on-call.
        """, "en.md")
    assert ev.title == "SomeConf Berlin 2023"
    assert ev.url == "https://someconf.example.org/berlin-2023/"
    assert [t.title for t in ev.talks] == ["Caching Is Hard"]


def test_venue_from_hirakareta_but_not_a_bare_town_and_closing_hashtags():
    ev = event_of("""
        ---
        title: "Swift 勉強会 #7"
        date: 2023-05-22
        ---

        5月20日にさくらホール 3F で開かれた勉強会に参加しました。

        ## SwiftData の話
        - 発表: 上田 光さん

        #swiftbenkyo #ios
        """, "swift.md")
    assert ev.venue == "さくらホール 3F"
    assert {h.lower() for h in ev.hashtags} == {"swiftbenkyo", "ios"}
    town = event_of("""
        ---
        title: "Swift 勉強会 #8"
        date: 2023-06-22
        ---

        6月20日に博多で開かれた勉強会に参加しました。

        ## SwiftUI の話
        - 発表: 上田 光さん
        """, "town.md")
    assert town.venue is None


def test_linked_paragraphs_under_a_lightning_talk_heading_are_its_talks():
    from note_text import talks_of, event_of
    text = """
        ---
        title: 港町Python 勉強会 #28 ～夏のLT大会～
        ---

        今回は夏のLT大会でした。

        ## LT資料（共有されているもの）

        [Python 3.13の新機能を眺める](https://www.slideshare.net/someone/python-313)

        [PyCharmで並行処理を見る - Google スライド](https://docs.google.com/presentation/d/1AbC/edit)

        [someone/harbor-noodle-map: 港町の麺屋マップを作ります](https://github.com/someone/harbor-noodle-map)

        来月のテーマは PEP 8 を読む会になりました。

        - [PEP 8 検定のお知らせ | 協会](https://example.org/news/pep8)
        - [Slack 招待](https://example.org/slack)
        """
    assert talks_of(text) == [("Python 3.13の新機能を眺める", [], "lightning"),
                              ("PyCharmで並行処理を見る", [], "lightning"),
                              ("港町の麺屋マップを作ります", [], "lightning")]
    talks = event_of(text).talks
    assert talks[0].slides == "https://www.slideshare.net/someone/python-313"
    assert talks[2].slides is None  # a repository is not a deck


def test_a_title_with_a_slash_before_a_colon_is_not_a_repository_page():
    from generator.normalize import titles
    assert titles.linked_page_title("HTTP/2: Current Status", "https://example.org/h2") == "HTTP/2: Current Status"
    assert titles.linked_page_title("a/b: Thing", "https://github.com/a/b") == "Thing"


def test_name_colon_title_lines_in_a_row_are_a_list_without_marks():
    from note_text import talks_of
    assert talks_of("""
        # Harbor JS Monthly Meeting

        ## Speakers

        This month we will have four lightning talks.

        Scott Naka: Startup MVP in 54hrs Using JS

        Kim Brook: Harbor Dev Bootcamp

        Andy Fleam: JS Async/Awaitier: the Awaitening
        """) == [("Startup MVP in 54hrs Using JS", ["Scott Naka"], "talk"),
                 ("Harbor Dev Bootcamp", ["Kim Brook"], "talk"),
                 ("JS Async/Awaitier: the Awaitening", ["Andy Fleam"], "talk")]


def test_items_linking_a_conference_schedules_talk_pages_are_the_talks_seen():
    from note_text import talks_of
    assert [t for t, _, _ in talks_of("""
        # HarborFOSS 2018

        ## Highlights

        I did not see many talks in person.

        + [Python 3: 10 years later](https://harborfoss.example/2018/schedule/event/python3/) to get a history.
        + [GStreamer for tiny devices](https://harborfoss.example/2018/schedule/event/gst_tiny/): tools to shrink it.
        + [Tizen:RT](https://harborfoss.example/2018/schedule/event/tizen_rt/) to discover the ecosystem.
        """)] == ["Python 3: 10 years later", "GStreamer for tiny devices", "Tizen:RT"]


def test_the_writers_own_talks_under_a_my_talks_heading_are_the_talks_not_the_heading():
    from note_text import talks_of
    assert [t for t, _, _ in talks_of("""
        # Highlights

        Lots of people and stands.

        # My talks

        I gave 2 talks with a friend.

        ## Ring as a free distributed platform

        The slides ([pdf](https://harborfoss.example/2018/ring/slides.pdf)).

        ## OpenDHT: make your project distributed

        The slides are [here](https://speakerdeck.com/me/opendht).
        """)] == ["Ring as a free distributed platform", "OpenDHT: make your project distributed"]


def test_a_listed_slots_bare_length_after_its_speakers_and_hyphenated_names_first():
    from note_text import talks_of
    assert talks_of("""
        # 港町.SciPy 006

        - そこそこ大規模なパイプライン処理入門 (柏野雄一 @yutaka) 45分
        - 初心者が陥るN個の罠 (@nezu) 15分
        - Making computations reproducible (@fuzzy) 30分
        """) == [("そこそこ大規模なパイプライン処理入門", ["柏野雄一"], "talk"),
                 ("初心者が陥るN個の罠", ["nezu"], "talk"), ("Making computations reproducible", ["fuzzy"], "talk")]
    assert [s for _, s, _ in talks_of("""
        # HarborConf videos

        Brian Rinal - [Comparing Static Sites](https://youtu.be/X5s?t=11m42s)

        Tom Preston-Wern - [Some crazy ideas for static sites](https://youtu.be/X5s?t=2h25m13s)

        Parker Moo - [Harbor 3 and Beyond](https://youtu.be/X5s?t=5h25m50s)
        """)] == [["Brian Rinal"], ["Tom Preston-Wern"], ["Parker Moo"]]


def test_linked_recordings_keep_their_notes_apart_and_a_remark_after_the_link_is_no_byline():
    from generator.normalize import timetable
    lines = ["- [ Go ](https://youtu.be/a) by Jane Doe", "- [Rust in production](https://youtu.be/b) by Tom Lee",
             "- [Intro to Zig](https://youtu.be/c) from the team at Acme, great", "",
             "[A talk with a rather long", "title](https://youtu.be/d)", "Ann Boyle", "She showed the build.", "",
             "Closing words."]
    listing = timetable.find(lines, 1, container=False)
    assert [(e.title, [s.name for s in e.speakers]) for e in listing.entries] == [
        ("[Go](https://youtu.be/a)", ["Jane Doe"]), ("[Rust in production](https://youtu.be/b)", ["Tom Lee"]),
        ("[Intro to Zig](https://youtu.be/c)", []), ("[A talk with a rather long title](https://youtu.be/d)", ["Ann Boyle"])]
    assert listing.rest == "Closing words."  # the paragraph's speaker and notes are the talk's, not the event's


def test_a_question_and_answer_log_under_a_talk_is_no_list_of_talks():
    from note_text import talks_of
    found = talks_of("""
        # Harbor Rust Meetup #3

        ## Rust in production - Jane Doe

        Slides: https://speakerdeck.com/jane/rust

        Tom Lee: how do you handle async

        Jane Doe: we use tokio everywhere

        Ann Boyle: what about compile times
        """)
    assert len(found) == 1 and found[0][0].startswith("Rust in production")  # the log's lines are no talks
