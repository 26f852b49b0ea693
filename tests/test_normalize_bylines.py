"""Who gave a talk, however the note writes it beside the title (the shapes issue 17 lists)."""
from __future__ import annotations

import pytest

from note_text import talks_of

HEAD = "---\ntitle: Byline Meetup 3\ndate: 2020-01-01\n---\n\n"
CASES = {
    "speaker first in a list": ("## LT\n\n- 山田太郎 - Rust の話\n- 佐藤花子 - Go の話\n",
                                [("Rust の話", ["山田太郎"]), ("Go の話", ["佐藤花子"])]),
    "linked title by a linked handle": (
        "## Talks\n\n- [Rust の話](https://speakerdeck.com/a/rust) by [@alice](https://twitter.com/alice)\n"
        "- [Go の話](https://speakerdeck.com/b/go) by [@bob](https://twitter.com/bob)\n",
        [("Rust の話", ["alice"]), ("Go の話", ["bob"])]),
    "linked speaker then a quoted title": (
        '### [Tom Stuart](https://tomstu.art) - "Computation in Ruby"\n\nnotes\n\n'
        '### [Jane Roe](https://jane.dev) - "Refactoring"\n\nnotes\n',
        [("Computation in Ruby", ["Tom Stuart"]), ("Refactoring", ["Jane Roe"])]),
    "title from a handle with an honorific": (
        "### 機械学習の本番運用 from [@chezou](https://twitter.com/chezou)さん\n\nnotes\n\n"
        "### 推薦システム入門 from [@hoge](https://twitter.com/hoge)さん\n\nnotes\n",
        [("機械学習の本番運用", ["chezou"]), ("推薦システム入門", ["hoge"])]),
    "presented by, in italics": (
        "### [Intro to Tries](https://speakerdeck.com/x/tries)\n\n*Presented by [Sam Lee](https://github.com/samlee)*\n\n"
        "### [Bloom filters](https://speakerdeck.com/y/bloom)\n\n*Presented by [Ann Kim](https://github.com/annkim)*\n",
        [("Intro to Tries", ["Sam Lee"]), ("Bloom filters", ["Ann Kim"])]),
    "Name says:": ("## Scaling Postgres\n\nJane Doe says: we sharded too early.\n\n## Kafka at work\n\n"
                   "John Roe says: use compaction.\n", [("Scaling Postgres", ["Jane Doe"]), ("Kafka at work", ["John Roe"])]),
    "entity dash then a handle": ("## Rust in prod &#8211; @yusuke\n\nnotes\n\n## Go tips &#8211; @hana\n\nnotes\n",
                                  [("Rust in prod", ["yusuke"]), ("Go tips", ["hana"])]),
    "a bulleted line-up, names linked to their own sites, heading marks in the items": (
        "## Line-up\n\n- ######Robots on a Breadboard by [Mia Okafor](https://twitter.com/mia_o)\n\n"
        "- ######Synth Patches in JS by [David Reyes](http://www.davidreyes.example/)\n",
        [("Robots on a Breadboard", ["Mia Okafor"]), ("Synth Patches in JS", ["David Reyes"])]),
    "a bold linked name with initials, a hard break and an affiliation": (
        "## HOW EVENT LOOPS WORK\n**[A N M Rafiqul Karim](https://www.linkedin.com/in/rafiq/)**\\\n"
        "Principal Engineer, Acme\\\n\nAbstract text.\n\n## LEARNING IN PUBLIC\n**[Lena Varga](https://lena.example/)**\\\n"
        "CTO, Beta Ltd\n\nMore text.\n", [("HOW EVENT LOOPS WORK", ["A N M Rafiqul Karim"]),
                                             ("LEARNING IN PUBLIC", ["Lena Varga"])]),
    "a struck-out speaker replaced by another": (
        "## プログラム\n\n1. 「Python の基本」<s>旧 登壇者</s> [野口 勇人](https://github.com/noguchi)\n"
        "2. 「グラフの描き方」村瀬拓也\n3. 「回帰分析の入門」[日高 俊](https://example.org/hidaka)\n",
        [("Python の基本", ["野口 勇人"]), ("グラフの描き方", ["村瀬拓也"]), ("回帰分析の入門", ["日高 俊"])]),
    "time-slot headings over labelled fields, an unfilled slot": (
        "### Schedule\n\n##### 14:00~\n発表者: [@sato_k](https://twitter.com/sato_k)\nタイトル: 型で守る GraphQL\n\n"
        "##### 14:30~\n発表者: [@mori](https://twitter.com/mori)\nタイトル: キャッシュの話\n\n"
        "##### 15:00~\n発表者: 未定\nタイトル: 未定\n",
        [("型で守る GraphQL", ["sato_k"]), ("キャッシュの話", ["mori"])]),
    "a handle opening the heading": ("## @kanon_dev actor モデルで書くチャット\n\nメモ\n\n## @rio_k 型レベル計算入門\n\nメモ\n",
                                     [("actor モデルで書くチャット", ["kanon_dev"]), ("型レベル計算入門", ["rio_k"])]),
    "who will talk about what": ("## Lightning Talks\n\n- Priya will talk about the Pillow library\n"
                                 "- Tom talked about type stubs\n- Bring one and surprise us!\n",
                                 [("the Pillow library", ["Priya"]), ("type stubs", ["Tom"])]),
    "a handle closing the heading": ("### 型クラス再入門 @mina_k\n\nメモ\n\n### 並行処理の基本 @takeru\n\nメモ\n",
                                     [("型クラス再入門", ["mina_k"]), ("並行処理の基本", ["takeru"])]),
    "a kind before the quoted title and a byline after a horizontal bar": (
        "# 1日目基調講演「Python と地域の十年」 ― Lucia Ferraro\n\nメモ\n\n# 「型で読むログ」 ― Kenta Mori\n\nメモ\n",
        [("Python と地域の十年", ["Lucia Ferraro"]), ("型で読むログ", ["Kenta Mori"])]),
    "bold names opening a sentence about the talk": (
        "### Hot reloading\n\n**Nadia Costa** showed us how to keep state across edits.\n\n"
        "### Query planning\n\n**Ivo Petrov** and **Mei Lin** walked through the planner.\n",
        [("Hot reloading", ["Nadia Costa"]), ("Query planning", ["Ivo Petrov", "Mei Lin"])]),
    "speakers first, marked by their affiliation, even where a title looks like a name": (
        "## Schedule\n\n#### Use case talks\n\n- Rosa Lind (Harbor Labs) - My First Dashboard\n"
        "- Tom Varga (State College) - Project Templates\n",
        [("My First Dashboard", ["Rosa Lind"]), ("Project Templates", ["Tom Varga"])]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bylines(name):
    body, expected = CASES[name]
    assert [(title, who) for title, who, _ in talks_of(HEAD + body)] == expected


def test_a_topic_after_a_dash_is_not_taken_for_a_speaker():
    # `Rust - 所有権の基本` is a title with a subtitle: neither side is a person
    found = talks_of(HEAD + "## Talks\n\n1. Rust - 所有権の基本\n2. Go - 並行処理の基本\n")
    assert not any(who for _, who, _ in found)


def test_a_latin_name_in_ascii_parentheses_after_a_japanese_title_among_named_talks():
    found = talks_of(HEAD + "## 型安全な設定（Anna Lindqvist）\n\nメモ\n\n## Webアプリの仕組み(Takuya Moriwaki)\n\nメモ\n\n"
                     "## Rust の所有権（古賀 美咲さん）\n\nメモ\n\n## Go の並行処理（藤井 亮さん）\n\nメモ\n")
    assert [(t, who) for t, who, _ in found] == [("型安全な設定", ["Anna Lindqvist"]),
                                                 ("Webアプリの仕組み", ["Takuya Moriwaki"]),
                                                 ("Rust の所有権", ["古賀 美咲"]), ("Go の並行処理", ["藤井 亮"])]
    # an English title's `(Part Two)` stays part of it
    assert talks_of(HEAD + "## Typed settings (Part Two)\n\nnotes\n")[0][0] == "Typed settings (Part Two)"


def test_the_notes_own_habit_decides_name_then_title_headings():
    # `Jeff Okoro - Legacy` alone could read either way; beside headings that plainly put the name first it is
    # the name first, and a Title Case title (`The Patient Reviewer`) does not turn into a person
    body = ("## [Jeff Okoro - Legacy](https://www.youtube.com/watch?v=aaaaaaaaaaa)\n\nnotes\n\n"
            "## [Steve Ruiz - MVVM-C in practice](https://www.youtube.com/watch?v=bbbbbbbbbbb)\n\nnotes\n\n"
            "## [Ellen Park - Using UI tests to start improving your app](https://www.youtube.com/watch?v=ccccccccccc)\n\n"
            "notes\n\n## [Michael Moss - The Patient Reviewer](https://www.youtube.com/watch?v=ddddddddddd)\n\nnotes\n")
    assert [(t, who) for t, who, _ in talks_of(HEAD + body)] == [
        ("Legacy", ["Jeff Okoro"]), ("MVVM-C in practice", ["Steve Ruiz"]),
        ("Using UI tests to start improving your app", ["Ellen Park"]), ("The Patient Reviewer", ["Michael Moss"])]


def test_a_demo_night_of_name_then_project_headings():
    body = ("## The demos, in order\n\n### Mara Quinn - Lantern Bot\n\nA bot.\n\n### Oskar Lind - Tide-Clock\n\nA clock.\n\n"
            "### Ana - Paper Crane\n\nOrigami.\n\n### Ravi Shah - Maxwell\n\nA demon.\n\n## Announcements\n\nNext month.\n")
    assert [(t, who) for t, who, _ in talks_of(HEAD + body)] == [
        ("Lantern Bot", ["Mara Quinn"]), ("Tide-Clock", ["Oskar Lind"]), ("Paper Crane", ["Ana"]), ("Maxwell", ["Ravi Shah"])]


def test_title_by_handle_headings_follow_the_notes_habit():
    body = ("## WebAssembly と Go の今 by tenten_k\n\nメモ\n\n## GopherJS と Wasm by haji_h\n\nメモ\n\n"
            "## 管理画面を楽に作る方法\n\nhttps://speakerdeck.com/yud/kanri\n")
    assert [(t, who) for t, who, _ in talks_of(HEAD + body)][:2] == [("WebAssembly と Go の今", ["tenten_k"]),
                                                                     ("GopherJS と Wasm", ["haji_h"])]
    # one heading alone keeps its words: `Testing by example`
    assert talks_of(HEAD + "## Testing by example\n\nnotes\n")[0][:2] == ("Testing by example", [])


@pytest.mark.parametrize("line, name, handle", [
    ("**NeGu（[@negu_k](https://twitter.com/negu_k)）さん**", "NeGu", "negu_k"),
    ("* led by: Gabriela Crest", "Gabriela Crest", None),
    ("Hosted by Omar Tal", "Omar Tal", None),
])
def test_speaker_lines_in_bold_with_an_honorific_and_led_or_hosted_by(line, name, handle):
    from generator.normalize.speaker_lines import speaker_line
    found = speaker_line(line)
    assert found and (found[0].name, found[0].handle) == (name, handle)


def test_bold_names_opening_a_sentence_with_any_verb_and_the_panel_with_them():
    from generator.normalize.speaker_lines import speaker_line
    assert [s.name for s in speaker_line("**Jamie Lang** explores what channels could do.")] == ["Jamie Lang"]
    assert [s.name for s in speaker_line(
        "**Bill Fisk** coordinated a panel together with **Mia Ridge**, **Spike Brahm**, and **Kyle Davies**.")] == [
        "Bill Fisk", "Mia Ridge", "Spike Brahm", "Kyle Davies"]
    assert speaker_line("**重要** is this") is None


@pytest.mark.parametrize("text, title, name", [
    ("picrinについて stibear99さん", "picrinについて", "stibear99"),
    ("床下 Lisp と Meet Up 菱沼和也さん", "床下 Lisp と Meet Up", "菱沼和也"),
    ("Shenについて　@nobkzさん", "Shenについて", "nobkz"),
    ("みんなで使う お父さん", "みんなで使う お父さん", None),
])
def test_a_last_word_with_its_honorific_names_the_speaker(text, title, name):
    from generator.normalize.bylines import split_title_speaker
    found_title, speakers = split_title_speaker(text, strict=True)
    assert found_title == title and (speakers[0].name if speakers else None) == name


def test_a_heading_opening_with_a_handle_and_its_honorific_names_the_speaker():
    assert talks_of("""
        # 港町 Docker Meetup #4

        ## @deeeeさん CoreOSの基礎

        notes

        ## @y_uukiさん Webアプリのチューニング

        notes
        """) == [("CoreOSの基礎", ["deeee"], "talk"), ("Webアプリのチューニング", ["y_uuki"], "talk")]


def test_a_comma_before_a_full_name_names_the_speaker_among_headings_that_name_theirs():
    assert talks_of("""
        # HarborConf 2017

        ### Java faster - Mark Rein

        notes

        ### Move Slow and Mend Things - Kev Henn

        notes

        ### Lazy Java - Mario Fuso

        notes

        ### API Versioning for Zero Downtime, Patrice Krak

        notes

        ### CERN, from an IT Perspective - Derek Mathi

        notes
        """) == [("Java faster", ["Mark Rein"], "talk"), ("Move Slow and Mend Things", ["Kev Henn"], "talk"),
                 ("Lazy Java", ["Mario Fuso"], "talk"), ("API Versioning for Zero Downtime", ["Patrice Krak"], "talk"),
                 ("CERN, from an IT Perspective", ["Derek Mathi"], "talk")]


@pytest.mark.parametrize("heading, title, who", [
    ("Mookさん GitのコミットごとにQA環境を作る", "GitのコミットごとにQA環境を作る", "Mook"),
    ("@deeeeさん CoreOSの基礎", "CoreOSの基礎", "deeee"),
])
def test_a_name_or_handle_with_its_honorific_before_a_heading_title_is_the_speaker(heading, title, who):
    from generator.normalize import bylines
    found = bylines.speaker_first(heading)
    assert found is not None and found[0] == title and [s.name for s in found[1]] == [who]
    assert bylines.speaker_first("みなさん こんにちは、今日の話") is None  # a greeting, not a name


def test_a_name_with_its_honorific_then_a_separator_before_the_title():
    from generator.normalize import bylines
    for heading in ("山田さん / Kubernetes入門", "山田さん - Kubernetes入門"):
        title, speakers = bylines.speaker_first(heading)
        assert title == "Kubernetes入門" and [s.name for s in speakers] == ["山田"]


def test_a_short_title_with_a_capitalised_half_after_a_comma_keeps_it():
    found = talks_of("""
        # HarborConf 2017

        ### Java faster - Mark Rein

        notes

        ### Move Slow and Mend Things - Kev Henn

        notes

        ### Lazy Java - Mario Fuso

        notes

        ### Microservices, Done Right

        notes
        """)
    assert all(speakers != ["Done Right"] for _, speakers, _ in found)


def test_a_five_word_title_after_a_name_is_a_title_not_more_people():
    from generator.normalize import bylines
    title, who = bylines.speaker_first("Ruth Okafor - How To Be A Web A/V Artist")
    assert title == "How To Be A Web A/V Artist" and [s.name for s in who] == ["Ruth Okafor"]
    assert bylines.speaker_first("Addy Lane - Alice Smith and Bob Jones") is None  # a list of people
