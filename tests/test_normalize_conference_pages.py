"""A conference's report page in the shape met in real notes (batch 19, rewritten in our own words): sections that
link the event's pages on the web (`### Twitter`, `### Youtube アーカイブ` over a track's recordings), track headings
with a note in parentheses, and speaker lines that give the company, a column rule, then the person."""
from __future__ import annotations

from generator.normalize import people, sections
from note_text import event_of


_PAGE = """
    ---
    title: 港PHPカンファレンス 2021 の発表まとめ
    ---
    港PHPカンファレンス 2021 の発表をまとめました。

    ### connpass

    - [港PHPカンファレンス 2021 - connpass](https://harborphp.connpass.com/event/1/)

    ### Twitter

    - [イベント公式アカウント](https://twitter.com/harborphp)

    ### Youtube アーカイブ

    - [Track 1](https://www.youtube.com/watch?v=aaaa)
    - [Track 2 (English)](https://www.youtube.com/watch?v=bbbb)

    ## Track 1

    ### [港の未来とPHP](https://fortee.example/proposal/1)

    - 株式会社みなと | 沢口 茂さん

    ### [静的解析を育てる](https://fortee.example/proposal/2)

    - 波止場テック株式会社 | 五十嵐なぎさん（[@nagi_i](https://twitter.com/nagi_i)）

    ## Track 2 (English)

    ### [Queues at sea](https://fortee.example/proposal/3)

    - 灯台ラボ合同会社 | 沖 遥さん
    """


def test_the_events_web_pages_and_a_tracks_recordings_are_no_talks():
    event = event_of(_PAGE)
    assert [t.title for t in event.talks] == ["港の未来とPHP", "静的解析を育てる", "Queues at sea"]


def test_a_track_heading_with_a_note_in_parentheses_is_the_talks_room():
    event = event_of(_PAGE)
    assert [t.room for t in event.talks] == ["Track 1", "Track 1", "Track 2"]
    assert sections.track_room("Track 5 (PHP8 Special)") == (True, "Track 5")
    assert sections.track_room("Go 1.21 (Track 2)") == (False, None)  # a talk in a room, not the room


def test_a_company_then_a_column_rule_then_the_person():
    event = event_of(_PAGE)
    assert [[(s.name, s.handle, s.affiliation) for s in t.speakers] for t in event.talks] == [
        [("沢口 茂", None, "株式会社みなと")], [("五十嵐なぎ", "nagi_i", "波止場テック株式会社")], [("沖 遥", None, "灯台ラボ合同会社")]]


def test_a_column_rule_after_a_title_gives_no_company():
    assert people.org_colon("Keynote | 山田太郎さん") is None
    assert people.org_colon("型パズル入門 | 鈴木花子さん") is None
    assert people.org_colon("[株式会社ほげ](https://hoge.example/) | 山田太郎さん") == ("株式会社ほげ", "山田太郎さん")


def test_a_bold_line_linking_the_company_and_the_persons_profile_gives_the_speaker():
    event = event_of("""
        # 港フロントエンド勉強会 #12

        ### **静的サイトを三年運用してみて**

        **[株式会社みなとグリッド](https://minato-grid.example/) テクニカルディレクター [沢口 茂](https://twitter.com/sawa_shigeru)**（SAWAGUCHI Shigeru）

        三年の運用で見えてきたことを話します。

        ### **ヘッドレスCMSのこれから**

        **[灯台CMS株式会社](https://todai-cms.example/) CTO [沖 遥](https://twitter.com/oki_haruka)**

        これからの CMS の姿を考えます。
        """)
    assert [[(s.name, s.handle, s.affiliation) for s in t.speakers] for t in event.talks] == [
        [("沢口 茂", "sawa_shigeru", "株式会社みなとグリッド")], [("沖 遥", "oki_haruka", "灯台CMS株式会社")]]


def test_a_bold_name_over_the_speakers_bio_gives_the_speaker():
    event = event_of("""
        # Harbor Tech Talks - March

        ## Talk 1: Little Data

        A talk on the data that fits on one laptop.

        **Dana Ren**: Dana started programming on a home computer in the nineties and now leads a data team.

        ## Talk 2: Wasm at the edge

        **Theo Marsh**: He is a director at Harbor Labs and writes about browsers.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Little Data", ["Dana Ren"]), ("Wasm at the edge", ["Theo Marsh"])]


def test_a_bold_label_over_a_sentence_is_no_speaker():
    from generator.normalize.speaker_lines import speaker_line
    assert speaker_line("**Key Takeaways**: Key takeaways were that testing matters most.") is None
    assert speaker_line("**Live Demo**: Live coding of a tiny web server with its tests.") is None
    assert speaker_line("**Note:** the slides will be posted on the meetup page later this week.") is None
    assert speaker_line("**Thanks to [Acme](https://acme.example/) and [Jane Doe](https://twitter.com/jane) for the pizza!**") is None
    # (the colon inside the bold, and a name ending in s)
    assert [s.name for s in speaker_line("**Chris Evans:** Chris started programming in the nineties.")] == ["Chris Evans"]


def test_a_label_in_bold_under_a_talk_reads_without_error():
    event = event_of("""
        # Rust Meetup #4

        ## Intro to Rust

        **Note:** the slides will be posted on the meetup page later this week.
        """)
    assert [(t.title, t.speakers) for t in event.talks] == [("Intro to Rust", ())]


def test_a_web_services_name_over_a_speakers_line_is_a_talk():
    event = event_of("""
        # Rust night

        ## GitHub

        Speaker: Jane Doe

        ## Slack

        Speaker: John Smith
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [("GitHub", ["Jane Doe"]), ("Slack", ["John Smith"])]


def test_a_listed_talk_named_like_a_room_stays_a_talk():
    event = event_of("""
        # Security evening

        ## Talks

        - The Server Room (Part 1)
        - The Server Room (Part 2)
        - Threat models for small teams
        """)
    assert [t.title for t in event.talks] == ["The Server Room (Part 1)", "The Server Room (Part 2)",
                                             "Threat models for small teams"]


def test_a_handle_before_a_quoted_title_in_a_heading_is_the_speaker():
    event = event_of("""
        # 発表資料まとめ

        ## @kaneta 「シェーダー入門のすすめ」

        本日の資料です。

        ## 沖さん「Unityによる映像制作」

        発表資料です！
        """)
    assert [(t.title, [(s.name, s.handle) for s in t.speakers]) for t in event.talks] == [
        ("シェーダー入門のすすめ", [("kaneta", "kaneta")]), ("Unityによる映像制作", [("沖", None)])]


def test_a_loanword_in_a_headings_parentheses_is_no_speaker():
    from generator.normalize.names import name_verdict
    event = event_of("""
        # 発表の概要

        ## 形状（モデリング）

        距離関数で形を作りました。

        ## 質感（ライティング）

        光の当て方を工夫しました。
        """)
    assert [t.speakers for t in event.talks if t.speakers] == []
    assert name_verdict("アニメーション") is False
    assert name_verdict("ミナト") is None  # (a short katakana word may be a nickname: the shape rules decide)
    assert name_verdict("マイケル") is True
