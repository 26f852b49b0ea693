"""The programme (a timetable) and the sections written under it are one story: reconcile.py."""
from __future__ import annotations
import datetime as dt

from hypothesis import given, settings, strategies as st

from generator.normalize.reconcile import same_title
from note_text import event_of

TALKS = [("ジェネリクスで書き直した社内ライブラリ", "古賀 美咲"), ("pprof で探すメモリの行方", "藤井 亮"),
         ("小さな CLI を配る仕組み", "上原 ゆう"), ("Typed settings without tears", "Kenji Mori"),
         ("テスト容易性のための依存注入", "石田 直人")]
NOT_TALKS = ["## 懇親会\n\nピザを食べながら話しました。", "## 感想\n\n次回も参加したいです。",
             "## Venue\n\nThanks to Pier Works for the room.", "## おことわり\n\nメモは私の理解です。"]


def _note(rows, sections, extra):
    table = "\n".join(f"| 19:{10 + 5 * i:02d} | {title} | {who} |" for i, (title, who) in enumerate(rows))
    return (f"---\ntitle: Harbor Meetup 3\ndate: 2024-01-20\n---\n\n## タイムテーブル\n\n| 時間 | タイトル | 登壇者 |\n"
            f"|---|---|---|\n{table}\n\n" + "\n\n".join(sections + extra) + "\n")


def _section(title, who, by_speaker):
    head = f"{who.split()[0]}さん" if by_speaker and not who.isascii() else title
    return f"## {head}\n\n- メモ: {title} の要点"


@settings(max_examples=40, deadline=None)
@given(rows=st.permutations(TALKS), order=st.permutations(range(len(TALKS))), by_speaker=st.booleans(),
       noted=st.integers(min_value=1, max_value=len(TALKS)), extra=st.lists(st.sampled_from(NOT_TALKS), max_size=3))
def test_reordering_rows_and_sections_never_changes_who_gave_a_talk(rows, order, by_speaker, noted, extra):
    sections = [_section(*rows[i], by_speaker) for i in order[:noted]]
    event = event_of(_note(list(rows), sections, extra))
    said = {t.title: [s.name for s in t.speakers] for t in event.talks}
    assert said == {title: [who] for title, who in TALKS}
    for talk in event.talks:  # a section's notes reach the talk they are about, whichever way it is headed
        assert f"{talk.title} の要点" in talk.body or talk.body == ""


def test_a_non_talk_section_never_adds_a_talk():
    rows = TALKS[:3]
    base = event_of(_note(rows, [_section(*rows[0], False)], []))
    for extra in NOT_TALKS:
        assert len(event_of(_note(rows, [_section(*rows[0], False)], [extra])).talks) == len(base.talks) == 3


def test_titles_meet_across_quotes_subtitles_and_small_slips():
    assert same_title("「pprof で探すメモリの行方」", "pprof で探すメモリの行方")
    assert same_title("Typed settings without tears", "Typed settings without tears: a field guide")
    assert same_title("ジェネリクスで書き直した社内ライブラリ", "ジェネリクスで書きなおした社内ライブラリ")
    assert not same_title("Rust 入門", "Go 入門")
    assert not same_title("懇親会", "懇親会の様子と LT の感想をまとめて")


NOISE = ["懇親会について", "禁則事項", "アンケート結果", "各発表のメモ", "1日目", "tl;dr", "おことわり", "19:45 乾杯", "RSVP Here",
         "Venue & Registration", "Track A", "福岡最高!", "Lunch and the sponsor hall", "質問", "Q&A"]


def test_a_heading_without_talk_evidence_among_talks_with_it_is_the_events():
    # issue 17's list of headings that became talks: between two talks that name their speakers, none is one
    def talk(title, who):
        return f"## {title}\n\n- 発表者: {who}さん\n\nメモ\n\n"
    for heading in NOISE:
        event = event_of("---\ntitle: Noise Meetup 2\ndate: 2020-01-01\n---\n\n" + talk("Rust の所有権", "古賀 美咲")
                         + f"## {heading}\n\nいろいろ\n\n" + talk("Go の並行処理", "藤井 亮"))
        assert [t.title for t in event.talks] == ["Rust の所有権", "Go の並行処理"], heading
        # a question-and-answer section belongs to the talk it follows; the rest to the event
        owner = event.talks[0].body if heading in ("質問", "Q&A") else event.body
        assert "いろいろ" in owner, heading


def test_a_data_table_in_a_talks_notes_is_not_a_programme():
    event = event_of("---\ntitle: Data Night 4\ndate: 2023-10-07\n---\n\n## Polars for pandas users\n\n"
                     "| Task | pandas | Polars |\n| --- | --- | --- |\n| Filter + group by | 94 s | 7 s |\n"
                     "| Join two tables | 131 s | 11 s |\n| Peak memory | 21 GB | 3.5 GB |\n\n"
                     "## Packaging in 2023\n\n- build backends compared\n")
    assert [t.title for t in event.talks] == ["Polars for pandas users", "Packaging in 2023"]
    assert "Join two tables" in event.talks[0].body


def test_numbered_sessions_a_repeated_english_programme_and_a_speakers_list_in_order():
    event = event_of("---\ntitle: Cloud Night 8\ndate: 2024-05-10\n---\n\n## 参加登録はこちら\n\n- https://example.org/r\n\n"
                     "## 内容（変更になる場合があります）\n* セッション１   音声でブログを書く\n* セッション２   画像に自動でタグを付ける\n\n"
                     "## スピーカー\n* Aiko Tanaka ( Cloud UG Kobe )\n* Ren Suzuki ( Cloud UG Osaka )\n\n"
                     "# ENGLISH SUMMARY\n\n## Content\n* Session1   Writing a blog by voice\n"
                     "* Session2   画像に自動でタグを付ける\n")
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("音声でブログを書く", ["Aiko Tanaka"]), ("画像に自動でタグを付ける", ["Ren Suzuki"])]
    speakers = next(c for c in event.talks[0].evidence if c.field == "speakers")
    assert speakers.confidence == "low"  # matched by order only: `check` lists it


def test_talks_named_only_in_sentences_english_and_japanese():
    from generator.normalize.prose import talks_in_prose
    told = talks_in_prose("昨日は山田 太郎さんの「型で守る設定」という発表を聞いた。次に佐藤さんの「Go の並行処理」の LT があった。\n"
                          "We can't talk to the speakers online or have our own \"a-ha!\" moments.\n")
    assert [(t.title, [s.name for s in t.speakers]) for t in told] == [("型で守る設定", ["山田 太郎"]),
                                                                       ("Go の並行処理", ["佐藤"])]


def test_a_timed_programme_under_a_heading_with_speakers_and_lightning_talks_nested():
    ev = event_of("""
        ---
        title: 型システム勉強会 2012 in 松本
        ---

        ### プログラム

        * 9:30 開場
        * 10:00 はじめての依存型 / Dependent types, gently
            * 北村 彩(信州のどこか大学)
            * [発表資料(SlideShare)](https://www.slideshare.net/kitamura/deptypes)
        * 10:35 Break
        * 10:45 多相の流儀
            * かずき
            * [発表資料(SlideShare)](https://www.slideshare.net/kazuki/poly)
        * 11:20 証明付きのパーサ
            * 岡部 哲 a.k.a. okabe(山の研究所)
        * 15:50 Lightning Sessions
            * 型で書くゴルフ
                * 堀 ゆみ(どこか大学)
            * 小さな推論器
                * 森 慎(どこか社)
        * 16:55 終了

        ### 懇親会

        駅前で。
        """)
    talks = [(t.title, [s.name for s in t.speakers], t.kind) for t in ev.talks]
    assert talks == [
        ("はじめての依存型 / Dependent types, gently", ["北村 彩"], "talk"),
        ("多相の流儀", ["かずき"], "talk"),
        ("証明付きのパーサ", ["岡部 哲"], "talk"),
        ("型で書くゴルフ", ["堀 ゆみ"], "lightning"),
        ("小さな推論器", ["森 慎"], "lightning"),
    ]
    assert ev.talks[2].speakers[0].handle == "okabe"
    assert ev.talks[0].slides == "https://www.slideshare.net/kitamura/deptypes"


def test_table_headers_that_add_words_to_a_header_word_name_their_column():
    ev = event_of("""
        # ゆるふわLT会 #3

        ### LT発表者/タイトル

        | 発表者名 | 発表予定タイトル |
        |:---:|:---:|
        | 北条 みなと | 自作キーボードの沼 |
        | kumo | 税金の話 |
        | 佐野 悠 | 🎓 図書室に API を生やす |

        ## 連絡先

        * [SNS](https://example.org/yurufuwa)
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("自作キーボードの沼", ["北条 みなと"]), ("税金の話", ["kumo"]), ("🎓 図書室に API を生やす", ["佐野 悠"])]


def test_session_headings_over_paragraphs_that_each_open_with_a_title_and_its_byline():
    ev = event_of("""
        Small Languages Day 2017 - Programme
        ------------------------------------

        #### 09:30-10:30 - Runtimes

        Green threads for everyone, by Ines Valdez, Omar Haddad
        (Northern Institute).
        [Abstract](abstract1.pdf).

        A garbage collector in a weekend, by Lea Brandt (Acme Ltd.).
        [Abstract](abstract2.pdf).

        #### 10:30-11:00 - Coffee

        #### 11:00-12:00 - Tooling

        Formatting without arguments (*), by Piet de Vries (Example B.V.).
        [Abstract](abstract3.pdf).

        Error messages people read,
        by Sana Kapoor (Sample University).
        [Abstract](abstract4.pdf).
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("Green threads for everyone", ["Ines Valdez", "Omar Haddad"]),
        ("A garbage collector in a weekend", ["Lea Brandt"]),
        ("Formatting without arguments", ["Piet de Vries"]),
        ("Error messages people read", ["Sana Kapoor"]),
    ]


def test_a_table_without_outer_pipes_and_a_slides_column_of_bare_link_words():
    ev = event_of("""
        # Script Summit 2016

        ## Day One

        Talk Title | Speaker | My Notes | Talk Slides
        ---- | --- | --- | ---
        Streams all the way down | [Rosa Lind](https://twitter.com/rosalind) | [Link](/01.md) |
        Pixels from a loom | [Teo Marsh](https://twitter.com/teomarsh) | [Link](/02.md) | [Link](https://teo.example.org/loom/)

        ## More Links

        - [Site](https://summit.example.org/)
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("Streams all the way down", ["Rosa Lind"]), ("Pixels from a loom", ["Teo Marsh"])]
    assert ev.talks[1].slides == "https://teo.example.org/loom/"


def test_a_list_item_with_its_video_in_parentheses_and_the_speaker_after_by():
    ev = event_of("""
        # PyCon Notes 2014

        The talks I saw:

        * [Ducks in a row](https://us.pycon.org/2014/schedule/presentation/1/) ([video](http://www.pyvideo.org/video/1/ducks)) by Bea Rhodes
        * [Cache me](https://us.pycon.org/2014/schedule/presentation/2/) ([video](http://www.pyvideo.org/video/2/cache)) by Gil Ardo
        """)
    assert [(t.title, [s.name for s in t.speakers], t.video) for t in ev.talks] == [
        ("Ducks in a row", ["Bea Rhodes"], "http://www.pyvideo.org/video/1/ducks"),
        ("Cache me", ["Gil Ardo"], "http://www.pyvideo.org/video/2/cache")]


def test_a_title_that_repeats_its_own_speaker_and_a_by_habit_with_handles_of_any_shape():
    ev = event_of("""
        # Web Study Day 2024

        ## 参加したセッション

        |時間|題名|発表者|
        |-|-|-|
        | 1300-1340 | 設計の話 by Taro078 | [Taro078](https://twitter.com/_taro078)|
        | 1400-1430 | 疎通 2024 by sadOjisan | [sadOjisan](https://twitter.com/sadojisan)|

        ## 1. 設計の話 by Taro078

        メモ。

        ## 2. 疎通 2024 by sadOjisan

        メモ。

        ## 3. 戻るボタンの話 by akfm

        メモ。

        ## 4. Web の解釈 by Jxck

        メモ。
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("設計の話", ["Taro078"]), ("疎通 2024", ["sadOjisan"]), ("戻るボタンの話", ["akfm"]), ("Web の解釈", ["Jxck"])]


def test_a_timetable_whose_middle_column_names_the_kind_and_the_speaker():
    ev = event_of("""
        tags: conference
        ---
        # Shibuya.pm #4 を開催します

        # テーマ

        速さの話があるとうれしいです。

        # タイムテーブル

        | 時間 | 内容 | トーク内容 |
        |:--|:--|:--|
        | 18:30〜19:00 | 参加者受付 | - |
        | 19:00〜19:10 | アナウンス | やらないかも |
        | 19:10〜19:30 | Talk: hanako | キャッシュの話 |
        | 20:20〜20:25 | LT: taro\\_x | (未定) |
        | 20:25〜20:30 | LT: \\_jiro | ログの話 |
        | 20:30〜20:35 | LT: (募集中) | (募集中) |
        """)
    assert ev.title == "Shibuya.pm #4"
    assert list(ev.tags) == ["conference"]
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in ev.talks] == [
        ("キャッシュの話", ["hanako"], "talk"), ("(未定)", ["taro_x"], "lightning"), ("ログの話", ["_jiro"], "lightning")]


def test_bilingual_headings_and_a_programme_of_bold_titles_with_durations_and_name_at_organisation():
    ev = event_of("""
        # 証明の集い 2024

        ## 開催日程 / Date

        2024年9月9日（月）

        ## 幹事 / Organizer

        山田 花子

        ## プログラム / Technical Program

        * **Typed stores in practice** (30 min) <br/>
          Grete Olsen @ Sample University <br/>
          We report on our work.
        * **計算可能解析とCoq / Computable Analysis and Coq** (45 min) <br/>
          新井 聡 @ どこか大学 <br/>
          概要です。

        ## これまでの会 / Past meetings

        * [2023](https://example.org/2023)
        """)
    assert ev.date == dt.date(2024, 9, 9)
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in ev.talks] == [
        ("Typed stores in practice", [("Grete Olsen", "Sample University")]),
        ("計算可能解析とCoq / Computable Analysis and Coq", [("新井 聡", "どこか大学")])]


def test_a_heading_byline_after_a_slash_is_not_a_translation():
    from generator.normalize.sections import bilingual
    assert bilingual("Swift で社内ライブラリを管理する / Lisa Tanabe") == ()
    assert bilingual("RBS を書く話 / @rbs_lover") == ()
    assert bilingual("これまでのTPP / Past TPPs") == ("これまでのTPP", "Past TPPs")


def test_a_quoted_title_keeps_no_full_stop_after_its_quotes():
    from generator.normalize.titles import clean_talk_title
    assert clean_talk_title('"Fear Driven Design".') == "Fear Driven Design"
    assert clean_talk_title("Typed stores (30 min)") == "Typed stores"


def test_headings_that_mostly_end_with_a_dash_and_a_full_name_name_their_speaker():
    ev = event_of("""
        # Speed Day
        27-10-2025, Utrecht

        ## ➯ How Quick is Quick Enough? - Tamsin Evers
        <ul><li>notes</li></ul>

        ## ➯ Thinking like a tuner - Harold Robb
        <ul><li>notes</li></ul>

        ## ➯ Android - 過去と未来
        <ul><li>notes</li></ul>
        """)
    assert ev.date == dt.date(2025, 10, 27)
    named = [(t.title, [s.name for s in t.speakers]) for t in ev.talks]
    assert named[:2] == [("How Quick is Quick Enough?", ["Tamsin Evers"]), ("Thinking like a tuner", ["Harold Robb"])]
    assert all(not speakers for title, speakers in named[2:])  # `Android - 過去と未来` names nobody


def test_one_heading_ending_with_a_dash_and_words_keeps_its_title():
    titles = [t.title for t in event_of("""
        # Mobile Night #3

        ## Android - Past Future

        memo

        ## 新しい API の話

        memo
        """).talks]
    assert "Android - Past Future" in titles


def test_an_html_list_of_talks_closing_with_their_speakers_in_parentheses():
    ev = event_of("""
        ---
        title: Lightning Talk
        ---
        <ul>
          <li>
            <a href="/2012/en/schedule/details/LT06.html">Gardening with Ruby</a>
        (Kazuko MORITA)
          <li>
          <li>
            <a href="/2012/en/schedule/details/LT12.html">Why you should read the manual.</a>
        (Hideo SAKAMOTO)
          <li>
          <li><a href="/x">Slow code, happy code</a> (Ann Lee and Bo Park)
          <li><a href="/y">Writing for yourself</a> (Kiwaya)
        </ul>
        """, "lt.html")
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("Gardening with Ruby", ["Kazuko MORITA"]), ("Why you should read the manual.", ["Hideo SAKAMOTO"]),
        ("Slow code, happy code", ["Ann Lee", "Bo Park"]), ("Writing for yourself", ["Kiwaya"])]


def test_a_capitalised_family_name_is_a_name_and_an_acronym_is_not():
    from generator.normalize.people import looks_like_people
    assert looks_like_people("Kenji HATTORI") and looks_like_people("NISHIYAMA Kazuhiro")
    assert not looks_like_people("Python API") and not looks_like_people("Ruby AJAX")


def test_an_html_grid_programme_with_times_on_lines_of_their_own_and_speakers_first():
    ev = event_of("""
        <h2>The Schedule</h2>
        <div class="row"><div class="col"><time>08:00-09:00</time></div>
          <div class="col box">Registration and Breakfast</div></div>
        <div class="row"><div class="col"><time>09:10-09:40</time></div>
          <div class="col box"><a href="/p/ana/">Ana Lopes - Long-lived Pipelines</a></div></div>
        <div class="row"><div class="col"><time>09:40-10:10</time></div>
          <div class="col box"><a href="/p/ken/">Ken Moor - Fighting Database Ransomware</a></div></div>
        <div class="row"><div class="col"><time>13:00-13:30</time></div>
          <div class="col box"><b>Ignites</b><br>
          <a href="/p/gus/">Gus Hall - Small Containers</a><br>
          <a href="/p/pia/">Pia Krenz - Chasing the Elk</a></div></div>
        <div class="row"><div class="col"><time>14:20-15:05</time></div>
          <div class="col box"><b>Open Space</b><br>Open Space #1</div></div>
        """, "program.md")
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in ev.talks] == [
        ("Long-lived Pipelines", ["Ana Lopes"], "talk"), ("Fighting Database Ransomware", ["Ken Moor"], "talk"),
        ("Small Containers", ["Gus Hall"], "lightning"), ("Chasing the Elk", ["Pia Krenz"], "lightning")]


def test_an_agenda_written_name_colon_title():
    ev = event_of("""
        # Third meetup

        ## Agenda

        * Petra Milne: Color.js
        * Bjarne Sand: A viewer using Canvas
        * Mona Rode: Closures, this and apply — an attempt

        We could still use a speaker or two.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("Color.js", ["Petra Milne"]), ("A viewer using Canvas", ["Bjarne Sand"]),
        ("Closures, this and apply — an attempt", ["Mona Rode"])]


def test_a_speaker_label_item_with_the_name_nested_under_it():
    ev = event_of("""
        # 地方Ruby会議 05

        #### 自作 JIT の話
        ![photo](a.jpg)

        * 発表者
          * 三好 英明 (@miyoshi_h)
        * 感想
          * 速かった

        #### Growing data on Rails
        ![photo](b.jpg)

        * 発表者
          * joker9 (Tomo Hashi) (@joker9)
        """)
    assert [(t.title, [(s.name, s.handle) for s in t.speakers]) for t in ev.talks] == [
        ("自作 JIT の話", [("三好 英明", "miyoshi_h")]), ("Growing data on Rails", [("joker9", "joker9")])]
    assert "発表者" not in ev.talks[0].body and "速かった" in ev.talks[0].body


def test_an_lt_heading_over_linked_titles_gives_lightning_talks_and_keeps_the_headed_talks():
    ev = event_of("""
        # 関数型の日 2019

        # 発表

        ## 型を見つめるプログラミング

        [スライド](https://speakerdeck.com/a/types)

        ## 高階データ型の話

        メモ: 面白かった。

        ## 自動微分を型で

        [スライド](https://speakerdeck.com/c/ad)

        ## JVM で速い関数型言語を

        メモ: 速かった。

        ## LT

        - [3D モデルに触れる](https://docs.google.com/presentation/d/abc/edit)
        - [IoT やってます](https://speakerdeck.com/d/iot)
        - 愛を語る（資料なし）

        # あわせて読みたい

        - [去年のレポート](https://example.org/2018)
        """)
    assert [(t.title, t.kind) for t in ev.talks] == [
        ("型を見つめるプログラミング", "talk"), ("高階データ型の話", "talk"), ("自動微分を型で", "talk"),
        ("JVM で速い関数型言語を", "talk"), ("3D モデルに触れる", "lightning"), ("IoT やってます", "lightning"), ("愛を語る", "lightning")]


def test_a_list_of_addresses_under_a_talks_heading_is_no_talk_list():
    ev = event_of("""
        # Elixir Night

        ## Talks

        - [github.com/sam/fib](https://github.com/sam/fib) (the repo)
        - [hex.pm/packages/fib](https://hex.pm/packages/fib) (the package)
        """)
    assert all("github.com" not in t.title and "hex.pm" not in t.title for t in ev.talks)


def test_captions_that_link_each_talks_recording_with_who_gave_it():
    ev = event_of("""
        ---
        title: Lisp Conf Sketchnotes
        ---

        I sketched every talk I saw.

        > Asha Cory's [Forty thousand lines](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ![a](/img/a.jpeg)

        > [@lucas](https://twitter.com/lucas)'s talk [Double entry in practice](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        ![b](/img/b.jpeg)

        > [Music with specs](https://www.youtube.com/watch?v=ccccccccccc) by [@apog](https://twitter.com/apog)
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("Forty thousand lines", ["Asha Cory"]), ("Double entry in practice", ["lucas"]), ("Music with specs", ["apog"])]
    assert ev.talks[0].video == "https://www.youtube.com/watch?v=aaaaaaaaaaa"


def test_one_linked_video_in_a_post_is_no_programme():
    ev = event_of("""
        ---
        title: A day out
        ---

        I liked [this video](https://www.youtube.com/watch?v=ddddddddddd) by Jane Doe a lot.
        """)
    assert ev.talks == ()


def test_drop_in_lightning_talks_listed_after_the_programme_join_it():
    ev = event_of("""
        # フロント LT 会 #5

        ## LTでどんな話が出たか

        ### 1. サーバーレスで作るバックエンド

        **ネギ（[@negi_k](https://twitter.com/negi_k)）さん**

        ### 2. 亀の平穏を守るシステム

        **mjm（[@mjm](https://twitter.com/mjm)）さん**

        ## 懇親会飛び込みLTでどんな話が出たか

        こちらもざっくばらんでした。

        * [particles](https://example.org/particles)を使ってみた話
        * 自分が作ったサイトの紹介
        * 記号だけで Hello World
        """)
    assert [(t.title, t.kind) for t in ev.talks] == [
        ("サーバーレスで作るバックエンド", "lightning"), ("亀の平穏を守るシステム", "lightning"),
        ("particlesを使ってみた話", "lightning"), ("自分が作ったサイトの紹介", "lightning"),
        ("記号だけで Hello World", "lightning")]


def test_what_people_said_after_their_handles_is_no_list_of_talks():
    ev = event_of("""
        # 忘年会 2013

        ## 今年やったこと、来年やりたいこと

        * @usa: 今年と同じようなことをやります。

        * @taku_o: 拡張のページを書きたい

        * @hisa_x: これからもユーザーとしてなんかやります
        """)
    assert not any(t.speakers for t in ev.talks)
    assert not any("やります" in t.title or "書きたい" in t.title for t in ev.talks)


def test_slot_headings_with_topic_and_a_speaker_bio():
    ev = event_of("""
        # Cloud Fest 2019

        ## Talk X

        Topic: Modern apps on hybrid clouds

        Synopsis: how we moved.

        Speaker: Dana Ren is a Customer Engineer based in Singapore, she helps customers move.

        ## Talk X

        Topic: Images with Packer

        Speaker: Teh Kim Ming. Practitioner and trainer.

        ## Talk X

        Topic: Load balancing

        Speaker: Working at Cloud Ace as an engineer.
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("Modern apps on hybrid clouds", ["Dana Ren"]), ("Images with Packer", ["Teh Kim Ming"]),
        ("Load balancing", [])]


def test_an_html_programme_table_whose_slot_cells_list_several_talks():
    ev = event_of("""
        <h3>Programme</h3>
        <table>
        <tr><th>Time</th><th>Event</th></tr>
        <tr><td>9:45</td><td>Space opens; breakfast</td></tr>
        <tr><td>11:30-12:15</td><td><ul>
          <li><em>The Sound of Bugs!!</em>, by <a href="s.html#a">Tara Mc</a></li>
          <li><em>Hacking at verse</em>, by <a href="s.html#b">Dario Bac</a> and <a href="s.html#c">Dana Such</a></li>
        </ul></td></tr>
        <tr><td>12:15-1:15</td><td>Unconferencing!</td></tr>
        <tr><td>2:30-4:00</td><td><ul>
          <li><em>Tasty Stacks!</em>, by <a href="s.html#d">Chloe Wei</a></li>
          <li>15 minute break!</li>
          <li><em>Spying with strace!!!</em>, by <a href="s.html#e">Julia Eve</a></li>
        </ul></td></tr>
        </table>
        """, "program.html")
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("The Sound of Bugs!!", ["Tara Mc"]), ("Hacking at verse", ["Dario Bac", "Dana Such"]),
        ("Tasty Stacks!", ["Chloe Wei"]), ("Spying with strace!!!", ["Julia Eve"])]


def test_a_lone_handle_line_in_each_talks_notes_names_its_speaker():
    ev = event_of("""
        # Ruby Hoedown 2011

        ### Testing old code

        - cucumber gives a high-level view
        - @noel_r
        - http://speakerdeck.com/u/noel_r/p/legacy

        ### Break it down

        - services, one at a time
        - @bscof

        ### Pairing that works

        - rotate often
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks][:2] == [
        ("Testing old code", ["noel_r"]), ("Break it down", ["bscof"])]  # (a talk named `Break…` is no break)


def test_a_list_of_profile_links_then_linked_titles():
    ev = event_of("""
        # 関西Go勉強会 #1

        以下、発表者の資料です。

        * [@syo_s](https://twitter.com/syo_s) : [初心者がゲームを作ってみた](http://syo-s.github.io/kug/)
        * [@voidof](https://twitter.com/voidof) : [PHPerがGoでもがいた話](http://www.slideshare.net/voidof/php-go)
        * [@kaz_m](https://twitter.com/kaz_m) : [周回遅れのGo](http://kaz-m.github.io/presentations/go/)
        """)
    assert [(t.title, [s.handle for s in t.speakers]) for t in ev.talks] == [
        ("初心者がゲームを作ってみた", ["syo_s"]), ("PHPerがGoでもがいた話", ["voidof"]), ("周回遅れのGo", ["kaz_m"])]
    assert ev.talks[1].slides == "http://www.slideshare.net/voidof/php-go"


def test_talks_named_in_wrapped_sentences_with_their_titles_in_bold():
    ev = event_of("""
        Review: Monitoring Conference 2011
        ##################################

        |image1|\\ The first session I attended was ***SNMP Made Easy*** by Dr.
        ***Michael Schwarz***. He did not let me down.

        |image2|\\ The next session was ***Georg Kost*** (strangely enough) on
        monitoring at scale, and then a talk called "Graphs for everyone" by Ann Lee.
        """, "review.rst")
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("SNMP Made Easy", ["Michael Schwarz"]), ("Graphs for everyone", ["Ann Lee"])]


def test_two_programme_tables_in_one_section_one_a_day():
    ev = event_of("""
        # Bang Conf 2014

        ## Programme

        Saturday, May 17

        | Time | Talk | Speaker |
        |---|---|---|
        | 10:30 | The Art of Focus | Mia Bern |
        | 11:30 | Sound of Bugs | Tom Dee |

        Sunday, May 18

        | Time | Talk | Speaker |
        |---|---|---|
        | 10:30 | Staying in Love | Cam Four |
        | 11:30 | Help! Help! | Mark Dom |
        """)
    assert [t.title for t in ev.talks] == ["The Art of Focus", "Sound of Bugs", "Staying in Love", "Help! Help!"]


def test_a_table_copied_out_of_a_web_page_one_cell_a_paragraph():
    ev = event_of("""
        ---
        title: Lisp TT#7 の発表内容決定!
        ---

        発表順とその内容が決まりましたのでお知らせ致します。


        発表順


        発表テーマ


        お名前 (所属)



        1


        scheme to c++


        新妻 弘



        2


        Arc 処理系の開発


        青山 新
        (どこか大学)
        """)
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in ev.talks] == [
        ("scheme to c++", [("新妻 弘", None)]), ("Arc 処理系の開発", [("青山 新", "どこか大学")])]


def test_a_programme_table_with_an_empty_header_cell_over_its_titles():
    ev = event_of("""
        # Deno Fest 2023

        ## スケジュール

        |時刻||
        |---|---|
        |13:10 ~ 13:45|基調講演： npm bridges|
        |13:55 ~ 14:20|セッション 1：Server Runtime History|
        |14:30 ~ 14:55|セッション 2：Fresh のいま|
        """)
    assert [(t.title, t.kind) for t in ev.talks] == [
        ("npm bridges", "keynote"), ("Server Runtime History", "talk"), ("Fresh のいま", "talk")]


def test_day_headings_under_talks_and_a_parenthesised_by_line():
    ev = event_of("""
        # PyCon notes 2016

        ## Talks

        ### Monday, May 30th

        #### Python as a configuration language

        (by Guille Pérez)

        #### Faster for free?

        (by Brett Can, Dina Vie)

        ### Tuesday, May 31st

        #### Sqlite gotchas

        (by Ana Rit)
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in ev.talks] == [
        ("Python as a configuration language", ["Guille Pérez"]), ("Faster for free?", ["Brett Can", "Dina Vie"]),
        ("Sqlite gotchas", ["Ana Rit"])]


def test_an_agenda_slot_named_talks_and_a_list_of_handles_about_their_titles():
    ev = event_of("""
        # Storage Meetup 2023

        ## Agenda

        - 13:00 - 13:30: Welcome
        - 13:30 - 15:00: Talks
        - 15:30 - 16:30: Breakouts / Discussions

        ## Talks

        Five short talks.

        - [@tison](https://github.com/tison/) about Community Growth
        - [@wenyx](https://github.com/wenyx/) for using the library in [Greptime](https://github.com/greptime/db)
        - [@drming](https://github.com/someone-else/) for using it in [Raft](https://github.com/raft/raft)
        """)
    assert [(t.title, [s.handle for s in t.speakers]) for t in ev.talks] == [
        ("Community Growth", ["tison"]), ("using the library in Greptime", ["wenyx"]), ("using it in Raft", ["drming"])]
