"""Bugs a generated benchmark corpus found: 々 in names, Hatena notation headings, LT bylines in plain text."""
from __future__ import annotations

import textwrap

import pytest

from generator.normalize import people, structure

from note_text import event_of, talks_of


# --- 1. names with 々, 〆, ヶ, ノ, ー -----------------------------------------------------------

@pytest.mark.parametrize("name", ["佐々木 太郎", "野々村 花子", "〆木 一郎", "霞ヶ関 はるか", "一ノ瀬 蓮",
                                  "佐々木", "奈々", "ユーリ 小林", "時任 ゆーすけ"])
def test_names_with_marks_read_as_people(name):
    assert people.looks_like_people(name)
    assert people.looks_like_people(name + "さん")


def test_script_of_iteration_marks_is_japanese():
    assert people._script("佐々木") == "cjk"
    assert people._script("〆木") == "cjk"
    assert people._script("霞ヶ関") == "cjk+kana"
    assert people._script("ゆーすけ") == "cjk+kana"


def test_a_kanji_phrase_with_a_mark_is_still_a_phrase():
    assert not people.looks_like_people("時々動く")
    assert not people.looks_like_people("々の話をする")


PLAIN_MARKS = """
    山あいモバイル勉強会 #8

    2024年5月10日に開催された山あいモバイル勉強会に参加しました。

    ■ 宣言的 UI を本番に入れて四年たった話 / 佐々木 太郎

      • スライド: https://speakerdeck.com/example/declarative-ui
      • 段階的に置き換えた

    ■ 画面遷移の設計を見直す / 野々村 花子さん

      • ルーティングの話

    ■ 行政サービスのアプリを作る / 霞ヶ関 はるか

      • アクセシビリティ

    ■ 地図アプリのオフライン対応 / 〆木 一郎、一ノ瀬 蓮

      • タイル配信

    まとめ

    どの発表も実践的でした。
"""


def test_plain_text_bylines_with_iteration_marks():
    assert talks_of(PLAIN_MARKS, "marks.txt") == [
        ("宣言的 UI を本番に入れて四年たった話", ["佐々木 太郎"], "talk"),
        ("画面遷移の設計を見直す", ["野々村 花子"], "talk"),
        ("行政サービスのアプリを作る", ["霞ヶ関 はるか"], "talk"),
        ("地図アプリのオフライン対応", ["〆木 一郎", "一ノ瀬 蓮"], "talk"),
    ]


def test_markdown_bylines_and_bullets_with_iteration_marks():
    note = """
        # 港町 Swift 勉強会 #3

        2023年2月4日に参加しました。

        ## 非同期処理の移行記録 — 佐々木 健

        - async/await への移行

        ## ウィジェットの作り方

        - 々木 ではなく 野々宮 沙織さん

        ## LT1 アプリサイズを削る / 野々村 真
    """
    got = talks_of(note, "swift.md")
    assert got[0] == ("非同期処理の移行記録", ["佐々木 健"], "talk")
    assert got[2] == ("アプリサイズを削る", ["野々村 真"], "lightning")


# --- 2. Hatena notation headings ------------------------------------------------------------

HATENA = """
    ---
    Title: 北国Rust勉強会 #5 に参加しました
    Category:
    - Rust
    Date: 2022-11-20T21:00:00+09:00
    URL: https://yukidaruma.hatenablog.example/entry/2022/11/20/210000
    ---

    2022年11月19日（土）に札幌で開催された北国Rust勉強会 #5 に参加してきました。

    [https://kitaguni-rust.connpass.com/event/265001/:embed:cite]

    [:contents]

    *1668855600*所有権を図で説明する

    野々村 美咲さん

    **前半

    - 借用チェッカーの話
    - *ここ大事* と強調されていた

    **後半

    >|rust|
    # a comment, not a heading
    fn main() {}
    ||<

    *async Rust の落とし穴 / 佐々木 翔

    - tokio のランタイムの話

    *LT大会

    **WebAssembly で雪かきシミュレータ

    - 霞ヶ関 はるかさん

    **Rust で書く CLI 入門

    - 登壇者: 一ノ瀬 蓮

    *懇親会

    ジンギスカンでした。
"""


def test_hatena_notation_headings_are_talk_headings():
    event = event_of(HATENA, "hatena.md")
    assert event.title == "北国Rust勉強会 #5"
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks] == [
        ("所有権を図で説明する", ["野々村 美咲"], "talk"),
        ("async Rust の落とし穴", ["佐々木 翔"], "talk"),
        ("WebAssembly で雪かきシミュレータ", ["霞ヶ関 はるか"], "lightning"),
        ("Rust で書く CLI 入門", ["一ノ瀬 蓮"], "lightning"),
    ]
    first = event.talks[0].body
    assert "### 前半" in first and "### 後半" in first and "# a comment, not a heading" in first
    assert "## 懇親会" in event.body


def test_hatena_notation_in_a_plain_text_file():
    note = """
        福岡 Go 勉強会 #21 に参加しました

        2021年9月3日に参加しました。

        *ジェネリクスの使いどころ

        田中 美和さん

        - 型パラメータ

        *gRPC を運用して一年

        - 佐々木 大地さん
        - ストリーミング

        *まとめ

        楽しかった。
    """
    assert talks_of(note, "hatena.txt") == [
        ("ジェネリクスの使いどころ", ["田中 美和"], "talk"),
        ("gRPC を運用して一年", ["佐々木 大地"], "talk"),
    ]


@pytest.mark.parametrize("line, expected", [
    ("*見出し", (3, "見出し")),
    ("**小見出し", (4, "小見出し")),
    ("***小小見出し", (5, "小小見出し")),
    ("*1668855600*見出し", (3, "見出し")),
    ("*1本目: 発表", (3, "1本目: 発表")),
    ("* a bullet", None),
    ("*italic*", None),
    ("**bold**", None),
    ("**Title** by Jane Doe", None),
    ("**When:** 2021-05-20", None),
    ("*a* and *b*", None),
    ("*1: a footnote", None),
    ("*2 脚注です", None),
    ("*これは文です。", None),
    ("***", None),
    ("*.pyc", None),
])
def test_hatena_heading_shapes(line, expected):
    assert structure._hatena_heading(line) == expected


def test_markdown_emphasis_and_bullets_are_not_hatena_headings():
    note = """
        ---
        title: Emphasis only
        date: 2020-01-01
        ---

        *Just an italic aside*

        * a bullet
        * another bullet

        **Bold line alone**

        *1: a footnote
        *2: another footnote
    """
    lines = textwrap.dedent(note).split("\n")
    assert not structure.has_markdown_headings(lines)


def test_a_single_star_line_is_not_enough():
    lines = ["intro", "", "*注意事項", "", "本文"]
    assert not structure.has_markdown_headings(lines)


def test_atx_headings_win_over_star_lines():
    lines = ["## 本当の見出し", "", "*星で始まる行", "*もう一つ", "", "## 二つ目"]
    sections = structure.markdown_sections(lines, 1)
    assert [s.title for s in sections if s.level] == ["本当の見出し", "二つ目"]


def test_bold_line_headings_still_work():
    note = """
        ---
        layout: post
        title: "Kobe.rb #30 notes"
        date: 2019-07-06
        ---

        Notes from Kobe.rb.

        **Ractor を触ってみた** by 佐々木 洋

        * 並列実行のデモ

        **Rails の N+1 を潰す** by Aya Mori (@ayamori)

        * bullet を使ったノート

        *楽しい会でした*
    """
    assert talks_of(note, "kobe.md") == [
        ("Ractor を触ってみた", ["佐々木 洋"], "talk"),
        ("Rails の N+1 を潰す", ["Aya Mori"], "talk"),
    ]


# --- 3. LT headings in plain text -----------------------------------------------------------

PLAIN_LT = """
    フロントエンド交流会 #12

    2024年6月3日に参加しました。

    ■ 状態管理を捨てた話 / 山本 結衣

      • 本編

    ■ LT: Vite プラグインを書いてみた / 佐々木 健

      • 短い

    【LT】 CSS だけでアニメーション / 田中 一郎

      • 短い

    【ＬＴ】 全角の括弧で書いた LT / 森 奈々

      • ok

    LT枠: Web Components 再入門 / 木村 翔

      • ok

    [LT] テスト速度を倍にした / Jane Doe (@jdoe)

      • ok

    ライトニングトーク：型の話 / 鈴木 一郎さん

      • ok

    ■ 最後の本編 / 山本 結衣

      • ok

    まとめ

    楽しかった。
"""


def test_plain_text_lt_headings_split_their_byline():
    assert talks_of(PLAIN_LT, "lt.txt") == [
        ("状態管理を捨てた話", ["山本 結衣"], "talk"),
        ("Vite プラグインを書いてみた", ["佐々木 健"], "lightning"),
        ("CSS だけでアニメーション", ["田中 一郎"], "lightning"),
        ("全角の括弧で書いた LT", ["森 奈々"], "lightning"),
        ("Web Components 再入門", ["木村 翔"], "lightning"),
        ("テスト速度を倍にした", ["Jane Doe"], "lightning"),
        ("型の話", ["鈴木 一郎"], "lightning"),
        ("最後の本編", ["山本 結衣"], "talk"),
    ]


def test_lt_headings_one_per_line_are_several_talks():
    note = """
        フロントエンド交流会 #13

        2024年7月3日に参加しました。

        ■ 本編の話 / 山本 結衣

          • 本編

        【LT】 一本目 / 加藤 一
        【LT】 二本目 / 佐々木 二
        ■ LT: 三本目 / @three

        まとめ

        楽しかった。
    """
    assert talks_of(note, "lts.txt") == [
        ("本編の話", ["山本 結衣"], "talk"),
        ("一本目", ["加藤 一"], "lightning"),
        ("二本目", ["佐々木 二"], "lightning"),
        ("三本目", ["three"], "lightning"),
    ]


def test_symbol_lines_in_a_row_are_not_a_run_of_talks():
    lines = ["タイトル", "", "■ 持ち物", "■ ノート PC", "■ 電源", "", "本文"]
    heads = [s.title for s in structure.plain_sections(lines, 1, skip_title=True) if s.level]
    assert heads == ["■ 持ち物"]


def test_hatena_super_pre_blocks_become_fenced_code_and_keep_their_comments(tmp_path):
    """A `# comment` inside a Hatena `>|lang|` block is code: not a heading, not an <h1> in the talk notes."""
    from generator.engine.build import normalize_file
    from generator.render.note_html import MarkdownRenderer
    from generator.core.config import MarkdownConfig

    note = tmp_path / "pre.md"
    note.write_text(
        "Title: コード片を読む会 #2\nDate: 2024-05-11\n\n"
        "## 型ヒントの話\n\n山田 花子さん\n\n>|python|\n# 型を付ける\nx: int = 1\n||<\n\n感想: よかった\n",
        encoding="utf-8")
    result = normalize_file(note, "pre.md")
    [talk] = result.event.talks
    assert talk.title == "型ヒントの話"
    assert "```python\n# 型を付ける" in talk.body and ">|python|" not in talk.body
    html = MarkdownRenderer(MarkdownConfig()).render(talk.body, lambda tag, url: url).html
    assert "<h1" not in html and "# 型を付ける" in html and 'class="language-python"' in html


def test_the_event_named_before_ga_is_not_the_venue(tmp_path):
    """`<event> が <place> で開催`: the place is after が; `オンライン` is no room's name, so the event is
    said to be held online (never `Kotlin Night #4 がオンライン`)."""
    from generator.engine.build import normalize_file

    def venue(sentence: str):
        note = tmp_path / "v.md"
        note.write_text(f"# Kotlin Night #4 参加メモ\n\n{sentence}\n\n## 型の話\n\n- 山田 花子さん\n", encoding="utf-8")
        return normalize_file(note, "v.md").event.venue

    assert venue("土曜の午後に Kotlin Night #4 がオンラインで開催されたので参加しました。") == "オンライン"
    assert venue("先週の金曜日に Kotlin Night #4 がサンプル会館 3F ホールで開催されました。") == "サンプル会館 3F ホール"
