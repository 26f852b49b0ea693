"""Session 44: readings of real notes' shapes, in the team's own words."""
from __future__ import annotations

import datetime as dt

from note_text import event_of


# --- front matter written in camelCase (Nuxt Content, Astro) ---------------------------------------------------------

_CAMEL_CASE_STAMP = """
    ---
    title: 北風Rust会 #3 のふりかえり
    publishedAt: 2031-12-02
    ---

    11月29日（土）に開催された **北風Rust会 #3** に行ってきました。

    ## 発表

    ### 所有権の地図 (@kita_rs)
    図を描いて説明する話でした。
"""


def test_a_camel_case_stamp_is_the_posts_day():
    # `publishedAt` is the post's day as `published_at` is: it gives the year of a day told without one
    event = event_of(_CAMEL_CASE_STAMP)
    assert event.date == dt.date(2031, 11, 29)


# --- `開かれた` tells the event's day as `開催された` does -------------------------------------------------------------

_HELD_KAIKARETA = """
    ---
    title: 北風Rust会 #3 のふりかえり
    date: 2031-12-02
    ---

    11/29 に前橋で開かれた **北風Rust会 #3** に行ってきました。

    ## 発表

    ### 所有権の地図 (@kita_rs)
    図を描いて説明する話でした。
"""


def test_a_day_before_kaikareta_is_the_events_and_no_place():
    event = event_of(_HELD_KAIKARETA)
    assert event.date == dt.date(2031, 11, 29)
    assert event.venue is None  # `11/29 に前橋`: a day and a town, not the place


# --- a conference recap a heading a time slot, each slot's talks listed by room ---------------------------------------

_SLOTS_LISTED_BY_ROOM = """
    ---
    title: 瀬戸内デブデイ 2031 参加メモ
    date: 2031-06-16
    ---

    6 月 14 日（土）に高松で開催された **瀬戸内デブデイ 2031** のメモです。

    ## 10:00〜10:40 基調講演（A トラック / ホール）

    **「島の回線で 10 年、サービスを落とさない」 直島 一樹さん**

    海底ケーブルが切れた日の話から始まりました。

    ## 11:00〜11:40

    - A トラック: 「オフラインで動く観光マップ」 小豆 さやかさん
    - B トラック: 「Postgres の統計情報を読む」 坂出 遼さん

    B に行きました。

    ## 13:00〜13:40

    - A トラック: 「港の混雑予測を API にする」 丸亀 大悟さん
    - B トラック: 「二人で回す SRE」 観音寺 ゆいさん・善通寺 翔さん

    ## おわりに

    来年も同じ時期だそうです。
"""


def test_a_slots_list_gives_each_rooms_talk():
    event = event_of(_SLOTS_LISTED_BY_ROOM)
    got = [(t.title, [p.name for p in t.speakers], t.room, t.kind) for t in event.talks]
    assert got == [
        ("島の回線で 10 年、サービスを落とさない", ["直島 一樹"], "A トラック", "keynote"),
        ("オフラインで動く観光マップ", ["小豆 さやか"], "A トラック", "talk"),
        ("Postgres の統計情報を読む", ["坂出 遼"], "B トラック", "talk"),
        ("港の混雑予測を API にする", ["丸亀 大悟"], "A トラック", "talk"),
        ("二人で回す SRE", ["観音寺 ゆい", "善通寺 翔"], "B トラック", "talk"),
    ]


_SLOT_HEADING_OVER_A_REMARK = """
    ---
    title: 瀬戸内デブデイ 2031 参加メモ
    date: 2031-06-16
    ---

    ## 10:00〜10:40 基調講演（A トラック / ホール）

    **「島の回線で 10 年、サービスを落とさない」 直島 一樹さん**

    ## 12:00〜13:00

    - お弁当が配られました
    - 展示ブースを回りました
"""


def test_a_slots_list_of_remarks_is_no_talk():
    # items naming nobody under a time's heading: what the writer did then
    event = event_of(_SLOT_HEADING_OVER_A_REMARK)
    assert [t.title for t in event.talks] == ["島の回線で 10 年、サービスを落とさない"]


# --- a schedule in an indented block, `// Speaker` after each title ---------------------------------------------------

_SCHEDULE_SLASHES = """
    ---
    title: 'Meetup #3'
    date: '2031-04-26T18:30:00.000Z'
    ---

    ## Meetup #3

    Schedule

        18:30 - Doors open, check-in and warm-up
        19:00 - Stage opens, announcements
        19:10 - Talk 1: "Typed arrays by hand" // Rosa Quintal
        19:25 - Talk 2: "Ten years of cron" // Ines Barros
        20:05 - Snacks, Beer, socialization
"""


def test_a_schedules_double_slash_parts_title_and_speaker():
    event = event_of(_SCHEDULE_SLASHES)
    assert [(t.title, [p.name for p in t.speakers]) for t in event.talks] == [
        ("Typed arrays by hand", ["Rosa Quintal"]), ("Ten years of cron", ["Ines Barros"])]


# --- an LT night told in paragraphs, copied from a blog page as plain text -------------------------------------------

_LT_NIGHT_IN_PARAGRAPHS = """
    湖のほとりから
    読者になる

    2031-02-09
    彦根LT茶房 vol.4 に行ってきた

    2月6日（木）の夜、彦根LT茶房 vol.4 に参加してきました。今回は LT が 4 本でした。

    最初のLTは多賀 りおさん。「庭の温度を毎朝記録する話」というテーマで、センサーの話をしていました。

    3 本目は米原 拓さんの「社内クイズアプリ、その後」。研修で作ったアプリを使い続けていたら、いつの間にか利用者が増えていたという話。落ち着いた発表でした。

    続いて飛び入りで、主催の長浜 宗介さんが「茶房を 4 回続けてわかったこと」を話してくれました。スライドなしでした。

    最後は愛荘 杏さんで、「やさしい正規表現入門」。例えがわかりやすかったです。

    kosui_blog 2031-02-09 22:14

    このエントリーをはてなブックマークに追加
"""


def test_an_lt_nights_paragraphs_give_each_talk_and_the_day_said():
    event = event_of(_LT_NIGHT_IN_PARAGRAPHS, "note.txt")
    assert [(t.title, [p.name for p in t.speakers]) for t in event.talks] == [
        ("庭の温度を毎朝記録する話", ["多賀 りお"]),
        ("社内クイズアプリ、その後", ["米原 拓"]),
        ("茶房を 4 回続けてわかったこと", ["長浜 宗介"]),
        ("やさしい正規表現入門", ["愛荘 杏"]),
    ]
    # (the page's footer, `kosui_blog 2031-02-09 22:14`, is when the post went up, not the evening's day)
    assert event.date == dt.date(2031, 2, 6)


# --- a recap listing the talks the writer liked, each item a byline then a remark -------------------------------------

_FAVOURITES_WITH_REMARKS = """
    ---
    title: "Harbourconf 2031, looking back"
    tags: [conference]
    ---
    So, Harbourconf is over, and it was lovely. Videos will go up over the next weeks.

    Here are, in the order I saw them, my favourite talks of this year:

    * The Quiet Compiler by Rosa Lindqvist. A calm tour of how errors are
      reported, with many examples.
    * Beyond the Heap by Tomas Ekberg. Memory layouts explained with
      cardboard boxes.
    * Parsing at the Speed of Light, by Ines Moreau. Fast, funny and
      full of benchmarks.

    I also heard good things about the following talks, from people who
    went to them:

    * Types for Tired People, by Anna Berg and Olle Nyström.
    * Build Systems Are Social Systems, by Karin Holm.

    Did you see a talk I missed? Tell me in the comments.
"""


def test_a_lead_line_over_bylines_with_remarks_lists_the_talks():
    event = event_of(_FAVOURITES_WITH_REMARKS)
    assert [(t.title, [p.name for p in t.speakers]) for t in event.talks] == [
        ("The Quiet Compiler", ["Rosa Lindqvist"]),
        ("Beyond the Heap", ["Tomas Ekberg"]),
        ("Parsing at the Speed of Light", ["Ines Moreau"]),
        ("Types for Tired People", ["Anna Berg", "Olle Nyström"]),  # (the sentence's full stop is no part of a name)
        ("Build Systems Are Social Systems", ["Karin Holm"]),
    ]


def test_a_lists_items_of_remarks_with_by_are_no_talks():
    # `by` inside a remark, no lead line saying the list holds talks: the writer's list of what happened
    event = event_of("""
        ---
        title: "Harbourconf 2031, looking back"
        ---
        What I took home:

        * Lunch by the harbour. It was windy but good.
        * A walk by the old docks. Lots of photos.
        * Coffee by the stall at the entrance. Too strong.
    """)
    assert event.talks == ()


# --- a regional conference's report: a heading a talk, `Title - Name(@handle)` ----------------------------------------

_HEADINGS_WITH_DASHED_NAMES = """
    # 地域Ruby会議レポート 港町Ruby会議02

    ## はじめに

    2031年2月1日に港町Ruby会議02が開催されました。

    ## 現場の Rails、あるある集 - 佐藤竜之介(@ryu_sato_rb)

    佐藤さんは現場の悩みを紹介しました。

    * [発表動画](https://vimeo.com/100000001)

    ## ひとりで回す運用 - ヽ（´・肉・｀）ノ(@niku_rb)

    運用の話でした。

    ## 学校で Ruby を教える - 梅本祥平

    梅本さんが通う学校の授業の話です。

    ## LT

    - [Padrino のいいところ](https://www.slideshare.net/example/padrino) - 矢部剛嗣
    - Sinatra と Ajax - 早坂亮佑

    * [発表動画（前半）](https://vimeo.com/100000002)
    * [発表動画（後半）](https://vimeo.com/100000003)
"""


def test_dashed_names_with_handles_or_known_to_the_dictionary_are_speakers():
    event = event_of(_HEADINGS_WITH_DASHED_NAMES)
    got = [(t.title, [p.name for p in t.speakers]) for t in event.talks]
    assert got[:3] == [("現場の Rails、あるある集", ["佐藤竜之介"]), ("ひとりで回す運用", ["ヽ（´・肉・｀）ノ"]),
                       ("学校で Ruby を教える", ["梅本祥平"])]
    # (the LTs' recordings, each named for the file, are no talks)
    assert [t for t, _ in got[3:]] == ["Padrino のいいところ", "Sinatra と Ajax"]


# --- a memo whose list item says how many sessions the writer heard, the sessions nested under it ---------------------

_SESSIONS_NESTED_UNDER_A_COUNT = """
    # 港Kaigi 2031

    ## やったこと

    - セッションに参加した
      - 興味のあるものを選んだ
      - 3 つのセッションに参加
        - これで安心！ 画面回転の対応
        - Unleashing the Build Cache
        - モニタリング入門
    - ブースを回った
      - 全 20 ブースを見た
      - スタンプも集めた
"""


def test_an_item_counting_the_sessions_heard_holds_them():
    event = event_of(_SESSIONS_NESTED_UNDER_A_COUNT)
    assert [t.title for t in event.talks] == ["これで安心！ 画面回転の対応", "Unleashing the Build Cache", "モニタリング入門"]


def test_an_item_counting_other_things_holds_no_talks():
    event = event_of("""
        # 港Kaigi 2031

        ## やったこと

        - ブースを回った
          - 3 つのブースでノベルティをもらった
            - ステッカー
            - T シャツ
            - マグカップ
    """)
    assert event.talks == ()


# --- guards: a review's probes, each an ordinary note a reading above must leave as it was -----------------------------

def _titles(text: str, name: str = "note.md") -> list[str]:
    return [t.title for t in event_of(text, name).talks]


def test_a_slots_list_of_chores_or_introductions_is_no_talk():
    assert _titles("""
        # 運営メモ

        ## 09:00〜10:00

        - 会場設営: 田中太郎さん
        - 受付準備: 佐藤花子さん

        ## 13:00〜13:30

        - 山田太郎さん: Django でアプリ開発
        - 鈴木一郎さん: Python 初心者です
    """) == []


def test_a_kinds_heading_over_a_bold_reminder_keeps_its_own_name():
    titles = _titles("""
        # Dev Day 2031

        ## 13:00-15:00 Workshop (Room 2)

        **Bring your laptop with Docker installed!**

        We built a small API together.
    """)
    assert "Bring your laptop with Docker installed!" not in titles


def test_a_status_in_a_byline_column_is_no_speaker():
    event = event_of("""
        # 港Go #3

        ## LT

        - [GC 入門](https://speakerdeck.com/example/gc) - 矢部剛嗣
        - [sqlc 実践](https://speakerdeck.com/example/sqlc) - 山田太郎
        - [pprof を読む](https://speakerdeck.com/example/pprof) - 佐藤花子
        - [Go で WASM](https://speakerdeck.com/example/wasm) - 欠席
    """)
    assert [p.name for t in event.talks for p in t.speakers if "WASM" in t.title] == []


def test_a_titles_halves_either_side_of_a_double_slash_stay_one_title():
    assert _titles("""
        # Architecture night

        ## Talks

        1. Monolith // Microservices
        2. Events // Commands
        3. Read Models // Write Models
    """) == ["Monolith // Microservices", "Events // Commands", "Read Models // Write Models"]


def test_a_talk_on_socializing_is_no_break():
    assert "Socializing remotely without burning out" in _titles("""
        # Remote night

        ## Talks

        1. Socializing remotely without burning out
        2. Async standups that work
    """)


def test_a_page_opened_on_a_day_is_not_the_events_day():
    event = event_of("""
        ---
        title: 港Rust会 #4 に行ってきた
        date: 2031-12-01
        ---

        connpass のページは 10/1 に開かれたけど、気づいたのは締切直前でした。先週の土曜日に参加してきました。
    """)
    assert event.date != dt.date(2031, 10, 1)


def test_turn_lines_some_stopping_at_the_title_stay_headings_each():
    titles = _titles("""
        港LT会 #5 のメモ

        1本目は山田太郎さんの「Rust の所有権」

        メモ：借用の図がわかりやすかった。

        2本目は佐藤花子さんの「tokio のタスクスケジューラ」。スライドは後日公開だそうです。懇親会でも質問が続いていました。

        3本目は鈴木一郎さんの「WASM で遊ぶ」

        メモ：デモが動いた。
    """, "note.txt")
    assert titles == ["Rust の所有権", "tokio のタスクスケジューラ", "WASM で遊ぶ"]


def test_tools_and_books_named_in_turns_are_no_talks():
    assert _titles("""
        # 港もくもく会 #8

        今回は発表なしの読書会でした。

        まずは田中さんが「GitHub Codespaces」を紹介し、環境を揃えました。

        最後は鈴木さんで、「Webを支える技術」。読み終えたそうです。
    """) == []


def test_a_list_of_books_by_their_authors_is_no_talk():
    assert not {"Fluent Python", "Effective Python", "Robust Python"} & set(_titles("""
        # PyCon notes

        ## Books people recommended at the hallway track

        - Fluent Python by Luciano Ramalho. Still the best deep dive.
        - Effective Python by Brett Slatkin. Short chapters.
        - Robust Python by Patrick Viafore. Types everywhere.
    """))


def test_the_speakers_behind_favourite_talks_are_no_talks():
    assert _titles("""
        # DevConf 2031 notes

        The speakers behind my favourite talks of the conference:

        - Scott Lind
        - Troy Hale
        - Dylan Reed
    """) == []


# --- a person known only by a handle is called by it ------------------------------------------------------------------

def test_a_person_named_only_by_a_handle_is_displayed_with_the_at_sign():
    event = event_of("""
        # 港JS #1

        ## LT

        - 型の話 - @kita_js
        - Flow 入門 - 山田 太郎 (@yamada_t)
    """)
    people = [s.to_json() for t in event.talks for s in t.speakers]
    assert people[0] == {"name": "kita_js", "handle": "kita_js", "affiliation": None, "display": "@kita_js"}
    assert "display" not in people[1]  # (a name of their own: the name is how they are called)


# --- a programme's people: two names joined by `・`, a company after the name, the slot's kind beside it ---------------

def test_two_spaced_names_joined_by_a_middle_dot_are_two_people():
    event = event_of("""
        # 港FE #3

        ## タイムテーブル

        19:00 - 19:30 開場・受付
        19:35 - 20:05 画面遷移をなめらかにする / 香椎 智也
        20:05 - 20:35 三人で回すデザインシステム / 大濠 まどか・箱崎 健太
        20:45 - 20:50 LT: Anchor Positioning を触った / 姪浜 ゆう

        ## 会場提供

        天神ラボさん、いつもありがとうございます。
    """)
    assert [(t.title, [p.name for p in t.speakers]) for t in event.talks] == [
        ("画面遷移をなめらかにする", ["香椎 智也"]), ("三人で回すデザインシステム", ["大濠 まどか", "箱崎 健太"]),
        ("Anchor Positioning を触った", ["姪浜 ゆう"])]


def test_a_katakana_name_with_a_middle_dot_stays_one_person():
    from generator.normalize import people
    assert [p.name for p in people.parse_people("ジョン・スミス")] == ["ジョン・スミス"]


def test_a_company_after_the_name_and_the_slots_kind_are_no_people():
    event = event_of("""
        # Rideau Cloud Native, March

        ## Talks

        1. **Cutting the Node Bill** (Lea Tremblay, Northbank Software)
        2. **GitOps Without Tears** (Arjun Malhotra)
        3. **Plugins I Use Daily** (Simone Roy, lightning talk)
    """)
    got = [(t.title, [(p.name, p.affiliation) for p in t.speakers], t.kind) for t in event.talks]
    assert got == [("Cutting the Node Bill", [("Lea Tremblay", "Northbank Software")], "talk"),
                   ("GitOps Without Tears", [("Arjun Malhotra", None)], "talk"),
                   ("Plugins I Use Daily", [("Simone Roy", None)], "lightning")]


# --- where the place is, said before its name; the post's aside after its own word -----------------------------------

def test_where_the_place_is_said_before_its_name_is_no_part_of_it():
    from generator.normalize import venue
    assert venue._clean_venue("大通にある株式会社ミナトさんの札幌オフィス") == "株式会社ミナトさんの札幌オフィス"
    assert venue._clean_venue("金沢駅西口から歩いて 10 分ほどの港テクノプラザ 本館") == "港テクノプラザ 本館"
    assert venue._clean_venue("伏見駅すぐのコワーキング「ミナトベース」") == "ミナトベース"  # (the quoted part names it)


def test_the_posts_aside_after_its_own_word_goes_with_it():
    from generator.normalize import titles
    assert titles.clean_event_title("港デベロッパーズデイ 2031 参加レポート（2 トラック、ほぼ B トラック）") == "港デベロッパーズデイ 2031"


# --- `### 名前さん（@handle）「Title」` headings, the LTs under `## LT` -------------------------------------------------

def test_a_heading_naming_the_speaker_with_a_handle_before_the_quoted_title():
    event = event_of("""
        # 港Gophers #3

        ## 本編

        ### 西園 奏さん「sync.Pool を測る」

        測り方の話でした。

        ### 丹波 俊介さん（@tamba_go）「iterator を社内ツールに入れた」

        range-over-func を社内の CLI に入れてみた話。

        ## LT

        ### ひろせさん「analyzer を 30 分で書く」

        短い LT でした。
    """)
    got = [(t.title, [(p.name, p.handle) for p in t.speakers], t.kind) for t in event.talks]
    assert got == [("sync.Pool を測る", [("西園 奏", None)], "talk"),
                   ("iterator を社内ツールに入れた", [("丹波 俊介", "tamba_go")], "talk"),
                   ("analyzer を 30 分で書く", [("ひろせ", None)], "lightning")]


# --- guards from the second review -------------------------------------------------------------------------------------

def test_a_landmark_inside_brackets_or_the_hosts_own_building_stays():
    from generator.normalize import venue
    assert venue._clean_venue("天神ラボ（天神駅から徒歩3分のビル）") == "天神ラボ"
    assert venue._clean_venue("株式会社ミナト 本社にある大会議室") == "株式会社ミナト 本社にある大会議室"
    assert venue._clean_venue("天神ラボ 3階にある大会議室") == "天神ラボ 3階にある大会議室"


def test_a_middle_dot_between_offices_roles_or_one_foreign_name_parts_no_one():
    from generator.normalize import people
    for one in ("東京 本社・福岡 支社", "天神 ラボ・箱崎 健太", "マリア ルイサ・ガルシア ロペス", "司会 香椎・解説 箱崎"):
        assert len(people.parse_people(one)) == 1, one


def test_the_kind_said_beside_the_name_wins_over_a_kind_word_in_the_title():
    event = event_of("""
        # Rideau Cloud Native, April

        ## Talks

        1. **Cutting the Node Bill** (Lea Tremblay)
        2. **Panel recap from KubeCon** (Jane Doe, lightning talk)
        3. **Workshop-driven onboarding** (Tom Lee, LT)
    """)
    assert [t.kind for t in event.talks] == ["talk", "lightning", "lightning"]


def test_a_post_words_aside_without_a_comma_goes_as_before():
    from generator.normalize import titles
    assert titles.clean_event_title("港FE #3 ふりかえり（オンライン開催）") == "港FE #3"


def test_a_fediverse_handle_keeps_the_name_before_it():
    from generator.normalize import people
    assert people.parse_people("Morag Lind @morag@fosstodon.example") == (people.Speaker("Morag Lind", "morag"),)


def test_a_line_of_hashtags_is_no_heading_of_a_plain_note():
    titles = _titles("""
        港UX会 第3回 に行ってきた

        最初は田村 彩花さんの発表は「質問の台本を作る」。県内のメーカーでリサーチをされている方で、やり方を紹介してくれました。

        続いて、北川 陸さんの発表は「申請フォームを10項目減らした話」。市役所の方と一緒に見直した話です。

        #UX #デザイン #福井
    """, "note.txt")
    assert titles == ["質問の台本を作る", "申請フォームを10項目減らした話"]


# --- a day's post: bullets `Title (Name) — [slides](…)`, related posts after it -----------------------------------------

_DAYS_BULLETS = """
    ---
    title: "Harbour DevConf 2031, Day 2"
    date: 2031-09-14 16:02:11 -0500
    ---

    Day 2 of **Harbour DevConf 2031** was Friday, September 12, again at the Pier 4 Conference Hall in
    Duluth.

    ## Morning

    - Keynote: The Dull Parts Are the Product (Dr. Mira Osei)
      The best keynote in a while.
    - Row-Level Security in Practice (Jordan Kessler) — [slides](https://speakerdeck.com/example/rls)
      Practical and honest.
    - Coffee break (the rolls were gone in four minutes)

    If you liked this, you might also like:

    * [Harbour DevConf 2031, Day 1](/2031/09/13/day1/)
    * [Harbour DevConf 2030 recap](/2030/09/22/recap/)
"""


def test_a_days_bullets_with_decks_after_a_dash_and_no_related_posts():
    event = event_of(_DAYS_BULLETS)
    got = [(t.title, [p.name for p in t.speakers], t.kind, t.slides) for t in event.talks]
    assert got == [("The Dull Parts Are the Product", ["Dr. Mira Osei"], "keynote", None),
                   ("Row-Level Security in Practice", ["Jordan Kessler"], "talk", "https://speakerdeck.com/example/rls")]
    assert event.venue == "Pier 4 Conference Hall"  # (the line wrapped after `in`)


# --- Hiki (a Japanese Ruby wiki's markup, as Rubyist Magazine's reports are written) ---------------------------------

_HIKI = """\
! 港Kaigi 2031 レポート

!! 開催概要

* 日時: 2031年5月30日
* 公式: [[港Kaigi 2031|https://minato-kaigi.example/2031/]]

{{toc}}

! 5月30日

!! 型の歴史とこれから by 高橋 真

'''基調講演'''でした。

!! リファレンスを刷新する by @okkez_m

// メモは後で書く
"""


def test_a_hiki_page_reads_as_markdown():
    from generator.normalize import normalize
    from generator.read.sources import parse_note
    event = normalize(parse_note(_HIKI.encode("utf-8"), "report.hiki")).event
    assert event.title == "港Kaigi 2031"
    assert event.date == dt.date(2031, 5, 30)
    assert [(t.title, [p.name for p in t.speakers]) for t in event.talks] == [
        ("型の歴史とこれから", ["高橋 真"]), ("リファレンスを刷新する", ["okkez_m"])]


# --- guards from the third review --------------------------------------------------------------------------------------

def test_an_item_announcing_talks_over_a_blank_line_and_without_the_word_talk():
    for lead in ("- 聞いたセッションは以下の3つ", "- 午後は3本のお話を聞いた"):
        titles = _titles(f"""
            # 港Kaigi 2031

            ## やったこと

            {lead}

              - 型の歴史とこれから
              - Compose で作るデザインシステム
              - コルーチン完全理解
        """)
        assert titles == ["型の歴史とこれから", "Compose で作るデザインシステム", "コルーチン完全理解"], lead


def test_a_lead_line_naming_talks_with_see_also_is_no_related_posts():
    titles = _titles("""
        # KubeCon notes

        Here is what I saw. For the keynotes, see also:

        - Cloud native at ten (Priya Rao)
        - The state of the cluster (Tom Hale)
    """)
    assert titles == ["Cloud native at ten", "The state of the cluster"]


def test_a_textile_page_with_images_is_no_hiki():
    from generator.normalize import dialects
    textile = "{{toc}}\n\nh1. Redmine Meetup #7\n\n!tickets.png!\n\n!board.png!\n\n!chart.png!\n\nh2. Talks\n"
    assert not dialects._is_hiki(textile, ".txt")


def test_a_landmark_with_digits_or_near_a_university_is_cut():
    from generator.normalize import venue
    assert venue._clean_venue("大名2丁目にあるコワーキングスペース ダイミョーラボ") == "コワーキングスペース ダイミョーラボ"
    assert venue._clean_venue("九州大学近くにあるカフェ・ロジカル") == "カフェ・ロジカル"


def test_two_names_with_katakana_given_names_are_two_people():
    from generator.normalize import people
    assert [p.name for p in people.parse_people("大濠 エミ・箱崎 ナオ")] == ["大濠 エミ", "箱崎 ナオ"]


def test_a_slots_word_before_the_name_is_no_part_of_it():
    event = event_of("""
        # 博多Ruby会議

        ### 基調講演 丹波さん（@tamba_go）「Rubyの30年」

        30 年をふりかえる話でした。
    """)
    assert [(t.title, [p.name for p in t.speakers]) for t in event.talks] != [("Rubyの30年", ["基調講演 丹波"])]
    assert event.talks[0].kind == "keynote"
