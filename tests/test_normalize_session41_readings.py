"""Session 41: readings of real notes' shapes, in the team's own words."""
from __future__ import annotations

from generator.normalize import titles
from note_text import event_of


# --- the event's name a note calls it by again and again, when its title names no event --------------------------------

def test_a_speakers_post_titled_by_its_talk_takes_the_name_its_text_repeats():
    event = event_of("""
        ---
        title: "A Rookie's First Keynote"
        date: 2031-05-20
        ---

        In January I sent a proposal to HarborConf 2031, not expecting much.

        HarborConf accepted it in March, and I started writing the talk the same week.

        On the day, the HarborConf hall held about six hundred people.
        """)
    assert event.title == "HarborConf 2031"


def test_a_page_announcing_its_speakers_takes_the_events_name():
    event = event_of("""
        ---
        title: Announcing Speakers!
        date: 2031-08-01
        ---

        We are happy to share the first speakers of DevFest Riverton 2031.

        - Jane Roe
        - Omar Lindqvist

        The DevFest Riverton team thanks everyone who sent a proposal.
        """)
    assert event.title == "DevFest Riverton 2031"


def test_a_title_the_note_writes_again_is_the_name_it_goes_by():
    event = event_of("""
        ---
        title: Riverton Hack Night
        date: 2031-08-01
        ---

        Riverton Hack Night met again on Tuesday. Half of us had just come back from HarborConf,
        and HarborConf was all anyone talked about.
        """)
    assert event.title == "Riverton Hack Night"


def test_two_names_said_as_often_name_no_event():
    assert titles.event_called_by_its_word([
        "I went to HarborConf in May and to RiverCamp in June.",
        "HarborConf had more talks; RiverCamp had better coffee.",
    ]) is None


def test_a_name_said_once_or_only_of_another_edition_names_no_event():
    assert titles.event_called_by_its_word(["We met at HarborConf 2031."]) is None
    assert titles.event_called_by_its_word([
        "Next year HarborConf 2032 moves to Lisbon.",
        "Next year HarborConf will be bigger.",
        "I spoke at RiverCamp 2031, and RiverCamp was lovely.",
    ]) == "RiverCamp 2031"


def test_an_events_word_alone_or_in_code_is_no_name():
    assert titles.event_called_by_its_word(["The Meetup was fun.", "Meetup again next month."]) is None
    assert titles.event_called_by_its_word(["    HarborConf = load()", "    HarborConf.run()"]) is None


# --- headings written `*Name* - Title`, the speaker set off in italics -------------------------------------------------

def test_headings_with_the_speaker_in_italics_before_a_dash():
    for suffix, text in ((".md", """
        # Notes on HarborPy 2031

        ## Friday

        ### *Jane Roe* - Reproducible Pipelines: The Good Parts

        https://www.youtube.com/watch?v=abc

        Notes on this talk.

        ### *Omar Lindqvist* - Packaging in Anger

        More notes.
        """), (".rst", """
        ======================
        Notes on HarborPy 2031
        ======================

        Friday
        ======

        *Jane Roe* - Reproducible Pipelines: The Good Parts
        ---------------------------------------------------

        Notes on this talk.

        *Omar Lindqvist* - Packaging in Anger
        -------------------------------------

        More notes.
        """)):
        event = event_of(text, "notes" + suffix)
        assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
            ("Reproducible Pipelines: The Good Parts", ["Jane Roe"]), ("Packaging in Anger", ["Omar Lindqvist"])], suffix


# --- a Jekyll post's file name kept with a mark before it ----------------------------------------------------------------

def test_a_posts_file_name_numbered_by_an_export_still_gives_its_day():
    import datetime as dt
    from generator.normalize import dates
    assert dates.day_in_file_name("export/014_2031-06-23-harbor-rb.md") == dt.date(2031, 6, 23)
    assert dates.day_in_file_name("copy-2031-06-23_harbor-rb.md") == dt.date(2031, 6, 23)
    # (a day that ends the name, or one with no words after it, is the note's own name, not a post's)
    assert dates.day_in_file_name("notes/harbor-rb-2031-06-23.md") is None
    assert dates.day_in_file_name("notes/a-2031-06-23-2.md") is None
    event = event_of("""
        ---
        title: Harbor.rb 2031 summary
        layout: post
        ---

        Harbor.rb 2031 had twelve talks this year.
        """, "014_2031-06-23-harbor-rb-2031-summary.md")
    assert event.date == dt.date(2031, 6, 23)


# --- a speaker's labelled line standing alone is never a talk's heading --------------------------------------------------

def test_a_lone_speaker_line_is_no_talk_heading():
    event = event_of("""
        ---
        title: Harbor CMS Days 2031 summary
        date: 2031-10-08
        ---

        This week I went to Harbor CMS Days 2031. Here is who spoke, with photos:

        Speaker : Jane Roe @jroe

        ![photo](/img/a.jpg)

        Speaker: Omar Lindqvist @olind

        ![photo](/img/b.jpg)
        """)
    assert not [t.title for t in event.talks if t.title.lower().startswith("speaker")]


# --- a post's title: the event's name, a comma, the writer's words about it -------------------------------------------

def test_a_name_then_the_writers_lowercase_words_after_a_comma():
    assert titles.clean_event_title("HarborPy 2031, as lovely as always") == "HarborPy 2031"
    assert titles.clean_event_title("Harborfest, an amazing experience") == "Harborfest"
    # (a place or another name after the comma is part of what the title names; a greeting names no event)
    assert titles.clean_event_title("HarborConf 2031, Lisbon") == "HarborConf 2031, Lisbon"
    assert titles.clean_event_title("Hello, world") == "Hello, world"


# --- a linked title with a dash of its own before its speaker's -----------------------------------------------------------

def test_a_linked_title_holding_a_dash_of_its_own_before_the_speakers():
    event = event_of("""
        ---
        title: HarborPy 2031
        date: 2031-09-18
        ---

        Some talks everyone should watch.

        [Solutions and rights - Lucie Kraft](https://2031.harbor.example/program/xw/)

        Our technical solutions are political.

        [Biometric Trouble - Carina Zola](https://2031.harbor.example/program/9l/)

        The science on biometrics.

        [Drop Your Tools – Does Skill have a Dark Side? - Dr Sean Brody](https://2031.harbor.example/program/sf/)
        If you haven't yet seen this talk, it's a gem.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Solutions and rights", ["Lucie Kraft"]), ("Biometric Trouble", ["Carina Zola"]),
        ("Drop Your Tools – Does Skill have a Dark Side?", ["Dr Sean Brody"])]


# --- a spreadsheet's timetable saved as CSV -----------------------------------------------------------------------------

_SHEET = '''港PHP 2031 タイムテーブル（確定版）,,,
最終更新,2031/03/10 23:41 大野,,
開催日,2031/03/15(土),,
会場,港 潮風ホール（港市潮風町2-8）,,
URL,https://minato-php.example/2031/,,
ハッシュタグ,#港PHP,,※ #minatophp も可
,,,
時間,Track A（大ホール）,Track B（会議室2）,備考
9:30,受付開始,,
10:15,"【基調講演】PHP と 20 年
/ 真鍋 一成",,Aのみ
11:10,"レガシー移行の 400 日
/ 越智 しほ (@shiho_o)","静的解析への道
/ 渡部 (@watanabe_s)",
12:00,昼休憩,,お弁当はスポンサー様提供
14:30,LT（5分×3）,,司会: 玉川
,"・readonly を布教したい / いちのせ (@ichinose_p)
・（辞退）
・島の会社の CI 事情 / 大三島 航",,LT2 辞退
16:30,懇親会,,要事前申込
'''


def test_a_spreadsheets_timetable_saved_as_csv():
    event = event_of(_SHEET, "タイムテーブル - シート1.csv")
    assert (event.title, str(event.date), event.url) == ("港PHP 2031", "2031-03-15", "https://minato-php.example/2031/")
    assert [(t.title, [s.name for s in t.speakers], t.kind, t.room) for t in event.talks] == [
        ("PHP と 20 年", ["真鍋 一成"], "keynote", "Track A（大ホール）"),
        ("レガシー移行の 400 日", ["越智 しほ"], "talk", "Track A（大ホール）"),
        ("静的解析への道", ["渡部"], "talk", "Track B（会議室2）"),
        ("readonly を布教したい", ["いちのせ"], "lightning", "Track A（大ホール）"),
        ("島の会社の CI 事情", ["大三島 航"], "lightning", "Track A（大ホール）"),
    ]


# --- a programme's items `Title — Name (@handle)`, nested under a lightning slot ----------------------------------------

def test_a_name_after_a_dash_and_its_handle_in_parentheses_are_one_speaker():
    event = event_of("""
        # 鴨川FP #7

        ```
        13:40 帳票エンジンの告白 — 水原 佳奈 (@mizuhara_k)
        15:10 休憩
        15:25 LT
          - Elmの型で業務フロー — てらだ (@terada_elm)
          - F# で競プロ — 桐生 (@kiryu.fs)
          - Gleam を社内ツールに — ニシ (@nishi_gleam)
        16:00 雑談タイム
        ```
        """)
    assert [(t.title, [(s.name, s.handle) for s in t.speakers], t.kind) for t in event.talks] == [
        ("帳票エンジンの告白", [("水原 佳奈", "mizuhara_k")], "talk"),
        ("Elmの型で業務フロー", [("てらだ", "terada_elm")], "lightning"),
        ("F# で競プロ", [("桐生", "kiryu.fs")], "lightning"),
        ("Gleam を社内ツールに", [("ニシ", "nishi_gleam")], "lightning"),
    ]


# --- a Japanese recap telling each talk in turn, 『』 titles, under a heading of the main talks -------------------------

def test_a_japanese_recap_telling_talks_in_turn_under_a_main_session_heading():
    event = event_of("""
        ---
        title: 港Go #9 に参加しました
        date: 2031-12-04
        ---

        12月2日（土）に港Go #9 に参加してきました。

        ## メインセッション

        最初は緒方 竜也さん（[@ogata_t](https://x.example/ogata_t)）による『pprof でメモリリークを追いかけた話』。ほぼミステリーのような発表でした。

        <iframe src="https://speakerdeck.com/player/3f9c2a71b0e84d5c" title="pprof"></iframe>

        続いて中園 めぐみさんの『sqlc と pgx で作るデータアクセス層』。動的な検索条件の扱いが参考になりました。

        ## LT

        LT は 2 本。

        ①ふじもんさん（[@fujimon_go](https://x.example/fujimon_go)）の『go:embed を使い倒す』は、全部バイナリに埋め込む話。スライドは非公開とのことです。

        最後は、今年入社したばかりという吉永 ほのかさんの『新人が社内 Bot で学んだこと』。

        ## 感想

        佐藤さんの『Clean Architecture』を読み返したくなりました。
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("pprof でメモリリークを追いかけた話", ["緒方 竜也"]),
        ("sqlc と pgx で作るデータアクセス層", ["中園 めぐみ"]),
        ("go:embed を使い倒す", ["ふじもん"]),
        ("新人が社内 Bot で学んだこと", ["吉永 ほのか"]),
    ]


# --- a talk's files listed under its heading; a sponsor's interlude -------------------------------------------------------

def test_links_labelled_video_and_slides_under_a_talk_are_its_files_and_a_sponsors_interlude_no_talk():
    event = event_of("""
        # HarborConf 2031

        ## Day 2

        ### Talks

        #### Deep Dive on Harbor Events by [Marie Chen](https://x.example/mchen)

        Notes on the event system.

        #### Brief interlude from sponsor [Acme](https://acme.example) by [Mike Foster](https://x.example/mfoster)

        #### Minitalk: Contributor Rally by [Sean Mills](https://x.example/smills)

        _Sean rallies the crowd._

        - [Video](https://youtu.be/abcdefghijk?t=6h35m46s)
        - [Slides](https://docs.google.com/presentation/d/1Mwpp403LFUxM79e/edit)
        - [all-contributors](https://github.com/example/all-contributors)
        - [12 Reasons I Still Choose Harbor by Ryan Tate](https://www.youtube.com/watch?v=nOCMppWZ0Qs)
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Deep Dive on Harbor Events", ["Marie Chen"]), ("Minitalk: Contributor Rally", ["Sean Mills"])]
    assert event.talks[1].video == "https://youtu.be/abcdefghijk?t=6h35m46s"


# --- a MediaWiki page: a navigation box over its infobox, a date template, cells with attributes, footnotes ------------

def test_a_mediawiki_page_with_a_navbox_date_template_and_spanning_cells():
    import datetime as dt
    event = event_of("""{{Event navbox|prev=Harbor FOSS/2030|next=Harbor FOSS/2032}}
{{Infobox event
| name        = Harbor FOSS 2031
| date        = {{start date|2031|09|23|df=y}}
| venue       = [[Cromwell Hall]], Riverton
| website     = [https://harborfoss.example/2031/ harborfoss.example/2031]
| hashtag     = #HarborFOSS
}}
'''Harbor FOSS 2031''' was a one-day free software conference.<ref>[https://harborfoss.example/2031/ Official site]</ref>

__TOC__

== Schedule ==
{| class="wikitable"
! Time !! Main Hall !! Workshop Room
|-
| 09:30 || colspan="2" | Registration, tea & coffee
|-
| 10:15 || colspan="2" | '''Keynote: Repair is a software problem'''<br/>Dr Ada Penn
|-
| 11:00 || Running a village ISP<br/>[[User:Mh|Marcus Hale]] || KiCad for the fearful<br/>Li Wen
|}
""", "Schedule.wiki")
    assert (event.title, event.date, event.venue, event.url, event.hashtags) == (
        "Harbor FOSS 2031", dt.date(2031, 9, 23), "Cromwell Hall, Riverton", "https://harborfoss.example/2031/", ("HarborFOSS",))
    assert [(t.title, [s.name for s in t.speakers], t.room) for t in event.talks] == [
        ("Repair is a software problem", ["Dr Ada Penn"], "Main Hall"),
        ("Running a village ISP", ["Marcus Hale"], "Main Hall"),
        ("KiCad for the fearful", ["Li Wen"], "Workshop Room")]


# --- guards from the session's probe review --------------------------------------------------------------------------------

def test_an_events_word_inside_another_word_a_course_a_company_or_another_time_names_no_event():
    assert titles.event_called_by_its_word(["We enabled AWS Config.", "AWS Config found it."]) is None
    assert titles.event_called_by_its_word(["Ada came from Le Wagon BootCamp.", "Le Wagon BootCamp is great."]) is None
    assert titles.event_called_by_its_word(["Thanks to Acme Summit Labs for the room.", "Acme Summit Labs is hiring."]) is None
    assert titles.event_called_by_its_word([
        "Both talks were rehearsals for HarborKaigi next week.", "Kenji rehearsed his HarborKaigi talk.",
        "See you at HarborKaigi!"]) is None
    assert titles.event_called_by_its_word(["来月の HarborKaigi が楽しみ。", "HarborKaigi の CFP を書いた。"]) is None


def test_a_plural_event_word_before_a_comma_is_no_name():
    assert titles.clean_event_title("Conferences, burnout and saying no") == "Conferences, burnout and saying no"


def test_a_linked_titles_last_dash_parts_a_speaker_only_where_a_person_is_named():
    event = event_of("""
        # Riverton Data Day 2031

        ## Programme

        - [Intro to DuckDB - Kim Park](https://riverton.example/2031/duckdb)
        - [Polars Deep Dive - Lee Varga](https://riverton.example/2031/polars)
        - [Hands-on Lab - Bring Your Laptop - Main Hall](https://riverton.example/2031/lab)
        """)
    assert not [s.name for t in event.talks for s in t.speakers if s.name == "Main Hall"]


def test_a_titles_own_part_after_its_dash_is_no_speaker_beside_a_handle():
    event = event_of("""
        # 港Kotlin #15

        ## タイムテーブル

        - 19:00 Kotlin Multiplatform 入門 - 前編 (@kmp_taro)
        - 19:30 Kotlin Multiplatform 入門 - 後編 (@kmp_taro)
        - 20:00 Compose の状態管理 (@hanako_kt)
        - 20:30 懇親会
        """)
    assert [(t.title, [s.handle for s in t.speakers]) for t in event.talks] == [
        ("Kotlin Multiplatform 入門 - 前編", ["kmp_taro"]), ("Kotlin Multiplatform 入門 - 後編", ["kmp_taro"]),
        ("Compose の状態管理", ["hanako_kt"])]


def test_a_talk_titled_with_zatsudan_is_no_break():
    from generator.normalize.timetable import is_break
    assert is_break("雑談タイム", ()) and is_break("もくもく / 雑談", ())
    assert not is_break("雑談時間を増やしたらチームが変わった話", ())


def test_a_book_named_in_a_turn_of_a_reading_circle_is_no_talk():
    event = event_of("""
        ---
        title: 港設計読書会 第5回
        date: 2031-11-11
        ---

        今回は第3章を読みました。

        続いて話題になったのは、増田さんの『ドメイン駆動設計入門』との比較です。

        次に、結城さんの『数学ガール』シリーズの話で脱線しました。
        """)
    assert event.talks == ()


def test_a_featured_session_with_its_own_speaker_stays_her_talk():
    event = event_of("""
        ---
        title: Harbor Cloud Night 7
        date: 2031-06-12
        ---

        ## Featured session

        Speaker: Dana Ruiz

        Slides: https://speakerdeck.com/druiz/cell-based-architecture

        Dana talked about cell-based architecture. She pointed to Kim Park's "Blast Radius Budgets" and
        Lee Varga's "Shuffle Sharding in Practice" from last year, both worth watching.
        """)
    assert [[s.name for s in t.speakers] for t in event.talks] == [["Dana Ruiz"]]


def test_a_plain_texts_speaker_line_above_each_title_goes_with_that_title():
    event = event_of("""
        港Python勉強会 #30
        2031年6月10日

        登壇者：山田 太郎

        型ヒントの現在地

        スライドは後日公開とのこと。

        登壇者：鈴木 花子

        pytest のプラグインを書く

        fixture の話が面白かった。
        """, "memo.txt")
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("型ヒントの現在地", ["山田 太郎"]), ("pytest のプラグインを書く", ["鈴木 花子"])]


def test_a_csv_talk_list_stays_read_and_a_sign_up_sheet_gives_no_talks():
    listed = event_of("Harbor Python Meetup #40,,,\nDate,2031-05-14,,\nVenue,Acme Offices,,\n,,,\n"
                      "Time,Title,Speaker,Notes\n19:00,Typing Pandas,Priya Nair,bring laptop\n19:30,Async Django,Sam Okafor,\n"
                      "20:00,Plotting in the terminal,Kim Park,LT\n", "talks.csv")
    assert [t.title for t in listed.talks] == ["Typing Pandas", "Async Django", "Plotting in the terminal"]
    signed = event_of("名前,所属,Twitter,懇親会,備考\n山田 太郎,Acme,@yamada,参加,\n鈴木 花子,Beta Inc,@hanako,不参加,遅れて参加\n"
                      "佐藤 次郎,,@jiro,参加,LTあり\n高橋 三郎,Gamma,,参加,\n", "参加者 - シート1.csv")
    assert signed.talks == ()


def test_a_name_written_before_a_word_for_a_gathering_is_the_events():
    event = event_of("""
        ---
        title: Thoughts after another conf
        date: 2031-05-08
        ---

        Last week I went to the HaFeWeb event in Namur, my second HaFeWeb.

        The HaFeWeb event is small and friendly. Most talks were about CSS.
        """)
    assert event.title == "HaFeWeb"
    # (a plain word before `meetup` is a topic, and several conferences are who runs them, not one event)
    assert titles.event_called_by_its_word(["The Python meetup was full.", "Python is fun.", "Python again."]) is None
    assert titles.event_called_by_its_word(["RubyCentral conferences are good.", "RubyCentral runs them."]) is None
    # (once before the word is not enough, nor a platform, nor the place's own event space)
    assert titles.event_called_by_its_word(["the local JavaScript meetup", "JavaScript again", "JavaScript"]) is None
    assert titles.event_called_by_its_word(["the GitHub event", "the GitHub event", "GitHub"]) is None
    assert titles.event_called_by_its_word(["the WeWork event space", "the WeWork event space"]) is None


# --- dates: a platform's time stamp, a site's date string, a span of days, a sentence wrapped over two lines ---------------

def test_an_exported_events_time_stamp_and_a_date_string_give_its_day():
    import datetime as dt
    from generator.normalize import dates
    assert dates.coerce_date("1517212800000.0", stamp=True) == dt.date(2018, 1, 29) == dates.coerce_date(1517212800)
    assert dates.coerce_date(2014) is None and dates.coerce_date("24213835", stamp=True) is None
    assert dates.coerce_date("1491950358") is None  # (a title's number, an ISBN, is no time stamp)
    exported = event_of("""
        ---
        remoteId: '246629685'
        timeStart: '1958198400000.0'
        layout: event
        title: Meet and Greet - Harbor EmberJS
        date: null
        ---

        Talks from the community.
        """)
    assert exported.date == dt.date(2032, 1, 20)
    stringed = event_of("""
        ---
        title: Harbor Summit 2031
        date_string: "May 4, 2031"
        layout: event
        ---

        The second Harbor Summit.
        """)
    assert stringed.date == dt.date(2031, 5, 4)


def test_the_first_day_of_a_span_in_a_sentence_wrapped_over_two_lines():
    import datetime as dt
    from generator.normalize import dates
    assert dates.find_date_safe("from Friday 13th to Tuesday 17th September 2031") == dt.date(2031, 9, 13)
    assert dates.find_date_safe("May 3 to 4, 2031") == dt.date(2031, 5, 3)
    event = event_of("""
        ======================
        Notes on HarborPy 2031
        ======================

        `HarborPy 2031`_ was held in Riverton from Friday 12th to Tuesday 16th
        September (that last day being sprints, which I skipped).

        .. _`HarborPy 2031`: https://2031.harborpy.example/
        """, "README.rst")
    assert event.date == dt.date(2031, 9, 12)


def test_a_day_in_parentheses_after_the_words_for_it():
    import datetime as dt
    event = event_of("""
        UXリサーチ勉強会 港 vol.3 に参加して考えた
        2031年7月9日 08:03

        先週土曜日（7/6）、港・天神で開催された「UXリサーチ勉強会 港 vol.3」に参加してきました。
        """, "n4e8b2c71f0a9.txt")
    assert event.date == dt.date(2031, 7, 6)
    from generator.normalize import dates
    assert dates.find_month_day("バージョン（3/4）の話", dt.date(2031, 7, 9)) is None


def test_a_talk_renamed_by_the_day_is_one_talk_with_its_timetable_row():
    event = event_of("""
        ---
        title: 港モバイル会 #21 に行ってきた
        date: 2031-02-18
        ---

        ## タイムテーブル

        ```text:agenda.txt
        13:00 開場
        13:20 「点字入力キーボードを作る」 / 小田切 遥 (@haruka_o)
        13:50 「iOS とロジックを共通化してみた」 / 白石 俊 (@shun_s)
        14:30 「SwiftUI の Layout 詳解」 / ゆきち (@yukichi_ios)
        15:10 LT×2
           - edge-to-edge でハマったこと / もりけん (@moriken_and)
           - 雪国の位置情報アプリ / 坂東 ゆかり
        16:30 懇親会
        ```

        当日、白石さんの発表タイトルは変わっていました。

        ## 発表メモ

        ### 点字入力キーボードを作る

        **小田切 遥さん（@haruka_o）**

        入力方式の話。

        ### KMP 導入で CI が遅くなったので半分にした話

        **白石 俊さん（@shun_s）**

        キャッシュの設定の話。

        ### SwiftUI の Layout 詳解

        **ゆきちさん（@yukichi_ios）**

        ### LT

        #### edge-to-edge でハマったこと（もりけんさん）

        #### 雪国の位置情報アプリ（坂東 ゆかりさん）
        """)
    assert [t.title for t in event.talks if "shun_s" in [s.handle for s in t.speakers]] == [
        "KMP 導入で CI が遅くなったので半分にした話"]  # (the title it was given on the day, one talk with its row)
    assert len(event.talks) == 5


def test_slots_that_are_no_talks_a_sponsors_untitled_slot_the_pub_struck_items_and_a_block_for_various():
    from generator.normalize.timetable import is_break
    from generator.core.model import Speaker
    assert is_break("Sponsor slot", (Speaker("Quayside Analytics"),))
    assert is_break("スポンサーセッション 株式会社しおかぜ")
    assert not is_break("Sponsor talk: How we label images")
    assert is_break("Doors, pizza, chat") and is_break("Pub – The Sunflower")
    assert not is_break("Publishing at scale") and not is_break("Chat ops in practice")
    event = event_of("""
        # HarborPy Day 2031

        | Time | Session | Speaker | Room |
        |---|---|---|---|
        | 11:00 | Typing a big Django codebase | Oliver Trent | Main Hall |
        | 11:45 | Sponsor slot | Quayside Analytics (TBC) | Main Hall |
        | 14:00 | Lightning talks (see below) | various | Main Hall |
        | 14:30 | Async Python without tears | Gwen Pritchard | Room 2 |
        """)
    assert [(t.title, t.kind) for t in event.talks] == [("Typing a big Django codebase", "talk"),
                                                        ("Async Python without tears", "talk")]
    page = event_of("""<html><body><h1>HarborML #18</h1><ul>
        <li><em>DuckDB on a Raspberry Pi</em> — Ailsa Reid</li>
        <li><del><em>Polars for pandas people</em> — Ruaridh Gow</del></li>
        <li><em>Why your F1 score is lying</em> — Arjun Mehta</li>
        </ul></body></html>""", "index.html")
    assert "Polars for pandas people" not in [t.title for t in page.talks]


def test_a_scrapbox_icon_is_no_part_of_the_name_beside_it():
    from generator.normalize import prepare
    assert prepare._scrapbox_links("[urata_m.icon] [浦田 誠]さん") == "浦田 誠さん"


def test_a_date_string_repeating_the_posts_own_date_gives_way_to_the_day_the_text_tells():
    import datetime as dt
    event = event_of("""
        ---
        layout: post
        title: Harbor.rb May meetup
        date: 2031-05-09
        date_string: May 9, 2031
        ---

        Last Saturday (May 4) we held the Harbor.rb May meetup at Acme.
        """)
    assert event.date == dt.date(2031, 5, 4)


def test_a_wrapped_line_joins_the_next_only_inside_a_date_and_a_day_in_parentheses_only_after_a_weekday():
    import datetime as dt
    from generator.normalize import dates
    event = event_of("""
        ---
        layout: post
        title: Go night
        date: 2031-06-21
        ---

        Last night I attended the Harbor Go meetup, the first one since March
        8 people showed up, which was nice.
        """)
    assert event.date != dt.date(2031, 3, 8)
    assert dates.find_month_day("毎日（1/3）ずつ読み進める形で、輪読会を開催しました", dt.date(2031, 2, 5)) is None
    assert dates.find_month_day("週末（6/15）にも別の勉強会に参加する予定です", dt.date(2031, 6, 10)) is None


def test_a_speakers_lightning_talk_is_not_paired_with_their_panel_row():
    event = event_of("""
        # Harbor Devs #16

        | Time | Talk | Speaker | Slides |
        |---|---|---|---|
        | 19:00 | Postgres indexes explained | Tom Reyes | [slides](https://speakerdeck.com/tr/pg) |
        | 19:20 | htmx in anger | Ines Carvalho | [slides](https://speakerdeck.com/ic/htmx) |
        | 19:40 | Observability on a shoestring | Raj Patel | [slides](https://speakerdeck.com/rp/obs) |
        | 20:20 | Panel: hiring juniors | Alice Mbeki | |

        ## Postgres indexes explained
        Speaker: Tom Reyes

        Good overview of BRIN vs B-tree.

        ## Lightning talk: Zig in production
        Speaker: Alice Mbeki

        Alice filled a gap before the panel with a short Zig story.
        """)
    assert [t.kind for t in event.talks if "Zig" in t.title] == ["lightning"]
    assert [t.kind for t in event.talks if "hiring" in t.title] == ["panel"]


_PERSON_WIKI = "{{Infobox person\n| name        = Ada Pennington\n| website     = [https://ada.example/ ada.example]\n}}\n" \
               "'''Ada Pennington''' is a speaker.\n\n== Talks ==\n* Repair is a software problem\n"


def test_a_persons_infobox_names_no_event():
    assert event_of(_PERSON_WIKI, "Ada.wiki").url is None


def test_a_titles_words_of_coming_back_of_a_list_of_talks_and_a_summary_around_the_events_name():
    assert titles.clean_event_title("After HarborCamp Lisbon 2031") == "HarborCamp Lisbon 2031"
    assert titles.clean_event_title("Back from HarborConf 2031") == "HarborConf 2031"
    assert titles.clean_event_title("Accepted Talks for PyHarbor 2031") == "PyHarbor 2031"
    assert titles.clean_event_title("Harbor Harvest 2031 summary") == "Harbor Harvest 2031"
    # (a group's own name opening with `After`, a title with no event in it)
    assert titles.clean_event_title("After Hours Meetup #3") == "After Hours Meetup #3"
    assert titles.clean_event_title("After Hours 2031") == "After Hours 2031"
    assert titles.clean_event_title("Talks for beginners") == "Talks for beginners"


def test_a_link_showing_its_own_address_is_not_the_events_page_for_its_words():
    event = event_of("""
        ---
        title: Harbor Harvest 2031 summary
        date: 2031-10-08
        ---

        This week I went to Harbor Harvest 2031. Bertrand blogged every session:

        [https://blog.example.org/harbor-harvest-2031-keynote](https://blog.example.org/harbor-harvest-2031-keynote)
        """)
    assert event.title == "Harbor Harvest 2031" and event.url is None
