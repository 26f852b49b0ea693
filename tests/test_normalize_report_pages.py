"""Shapes of real report pages (batch 11's reserve, rewritten in our own words).

- a community site's report page titled only `Report`, whose one `##` heading names the event over `###`
  sections, each talk's speaker on a line labelled with the slot's kind (`基調講演: 名前 さん`, `LT: @h さん`),
  the facts as nested bullets (`* 開催会場` over `    * the place`, `* ハッシュタグ` over `    * #tag`);
- a conference diary whose headings carry a track, a time, a session code and a panel's names, one written
  as a handle (`… / 高橋 征義 氏 / some-handle 氏 / …`), and a title with hashtags in parentheses;
- headings decorated with emoji shortcodes (`## The talks :speaking_head:`);
- an English recap listing talks as `[@h](…)'s talk on "Title"`, `'s keynote on "Title"`, `'s "Title"`;
- an English recap whose talk notes each open with the speaker doing something (`Laura Eck does …`).
"""
from __future__ import annotations

from generator.normalize import dialects, speaker_lines, titles
from note_text import event_of, talks_of

_REPORT_PAGE = """
    ---
    title: Report
    ---

    ## 港町Ruby会議04

    ----

    ### はじめに

    2016年5月21日 に開催された **港町Ruby会議04** のレポートです。

    ### 開催概要

    * 開催日
        * 2016年5月21日 (土)
    * 開催会場
        * みなとみらい技術ビル 大ホール
    * ハッシュタグ
        * #minatork04

    ### 言語の設計を振り返る

    基調講演: やまもと はるき さん

    設計の歴史のお話でした。

    ### Rails ガイドを翻訳する技術

    講演: @kitaura_x さん

    翻訳の継続的な更新の話。

    ### LT大会

    #### 小さな Gem を作って公開するまで

    LT: @nishi_gems さん

    #### Rubyで家計簿

    LT: @tamura_k さん

    ### クロージング

    来年もやります。
    """


def test_a_report_pages_lone_heading_over_its_sections_is_the_event():
    event = event_of(_REPORT_PAGE)
    assert event.title == "港町Ruby会議04"
    assert event.venue == "みなとみらい技術ビル 大ホール"
    assert list(event.hashtags) == ["minatork04"]


def test_a_speakers_line_labelled_with_the_slots_kind_gives_the_kind_and_the_speaker():
    assert talks_of(_REPORT_PAGE) == [
        ("言語の設計を振り返る", ["やまもと はるき"], "keynote"),
        ("Rails ガイドを翻訳する技術", ["kitaura_x"], "talk"),
        ("小さな Gem を作って公開するまで", ["nishi_gems"], "lightning"),
        ("Rubyで家計簿", ["tamura_k"], "lightning"),
    ]


def test_a_kinds_label_over_a_title_is_no_speakers_line():
    assert speaker_lines.speaker_line("Lightning talk: DuckDB on a laptop beats our cluster") is None
    assert not speaker_lines.labelled_speaker_line("Keynote: Ten years of on-call")
    assert speaker_lines.speaker_line("Keynote: Rust Everywhere") is None
    assert speaker_lines.labelled_kind("Keynote: @jane_doe") == "keynote"


def test_a_lone_heading_is_the_events_name_only_when_the_front_matter_title_is_a_pages_label():
    note = """
        ---
        title: {title}
        ---

        ## 港町Go #3

        ### はじめに

        初参加です。

        ### 型で守るドメインモデル

        発表者: 山田さん

        ### ジェネリクスの使いどころ

        発表者: 佐藤さん
        """
    assert event_of(note.format(title="Report")).title == "港町Go #3"
    assert event_of(note.format(title="港町Go #3 に参加してきた")).title == "港町Go #3"
    assert event_of(note.format(title="港町Go 3回目のメモ")).title == "港町Go 3回目"


def test_a_panels_byline_may_name_one_panellist_by_a_handle():
    talks = talks_of("""
        ## 2月16日（木）
        ###[Special]17:40～19:10【16-A-7】これからの働き方を語ろう！ 松井 一郎 氏 / 杉田 真央 氏 / quiet-fox 氏 / 島田 亮 氏
        まとめのリンク。

        ###[開発]14:20～15:05【16-B-4】チーム開発の十年を振り返る。 平沼 健司 氏
        まとめのリンク。
        """)
    assert talks == [
        ("これからの働き方を語ろう！", ["松井 一郎", "杉田 真央", "quiet-fox", "島田 亮"], "talk"),
        ("チーム開発の十年を振り返る。", ["平沼 健司"], "talk"),
    ]


def test_hashtags_in_parentheses_and_a_tweet_roundup_leave_the_events_name():
    assert titles.clean_event_title("Harbor Summit 2013 1日目( #harborA #harborB ) ツイートまとめ。") == "Harbor Summit 2013"


def test_a_hashtag_opening_a_list_item_stays_a_hashtag():
    body = "* ハッシュタグ\n    * #minatork04\n- ##Robots by Jane\n"
    assert dialects.read(body).body == "* ハッシュタグ\n    * #minatork04\n- Robots by Jane\n"


def test_emoji_shortcodes_go_so_a_heading_reads_as_its_words():
    body = "## The talks :speaking_head:\n:tada: Done at 10:30: `:code:` std::vector::push https://x.test/a:b:\n"
    assert dialects.read(body).body.split("\n")[0] == "## The talks"
    assert dialects.read(body).body.split("\n")[1].strip() == "Done at 10:30: `:code:` std::vector::push https://x.test/a:b:"


def test_talks_under_a_heading_decorated_with_a_shortcode_are_read_from_its_table():
    talks = talks_of("""
        ---
        title: Harbor Sec 2024
        ---
        ## Travel :airplane:

        We flew in on Thursday and met the whole team at the airport, then took the train together.

        ## Badge :iphone:

        The badge ran a snake game. I attended the [workshop](https://harborsec.example/workshop) on soldering it.

        ## The talks :speaking_head:

        |Title | Author(s) | Why|
        |:-----|:----------|:---|
        |Prompt injection in the wild|Mara Quist|Clear and scary|
        |Red teams and blue teams|Owen Falk|Great stories|
        """)
    assert [t[:2] for t in talks] == [("Prompt injection in the wild", ["Mara Quist"]),
                                      ("Red teams and blue teams", ["Owen Falk"])]


def test_a_list_of_whose_talk_on_what_gives_the_talks():
    talks = talks_of("""
        ---
        title: "#harborisland"
        ---
        HarborConf ended last Saturday. Some highlights:

        - [@quill](https://twitter.com/quill)'s talk on `harbor.contrib.geo`, an overview of what is coming
        - [@marsh](https://twitter.com/marsh)'s keynote on "Where the maps end", about the new loader
        - [@tern](https://twitter.com/tern)'s "Docker for the rest of us", typed one-handed

        The sprints were fun.
        """)
    assert talks == [("harbor.contrib.geo", ["quill"], "talk"), ("Where the maps end", ["marsh"], "keynote"),
                     ("Docker for the rest of us", ["tern"], "talk")]


def test_notes_that_open_with_the_speaker_doing_something_name_the_speaker():
    talks = talks_of("""
        ---
        title: After HarborConf
        ---
        Some recordings are up:

        ### [The irrational reviewer](https://confreaks.tv/videos/harborconf2015-the-irrational-reviewer)

        Nadia Brook does a fine job on the biases of code review.

        ### [Stop fearing your build](https://confreaks.tv/videos/harborconf2015-stop-fearing-your-build)

        Pavel Ostrov tries to fit three hours into forty minutes.

        ### [Inside the VM](https://confreaks.tv/videos/harborconf2015-inside-the-vm)

        There is little here I will use, but it is fun.
        """)
    assert talks == [("The irrational reviewer", ["Nadia Brook"], "talk"),
                     ("Stop fearing your build", ["Pavel Ostrov"], "talk"), ("Inside the VM", [], "talk")]


def test_a_post_labelled_as_the_writers_deck_is_that_talk_at_the_event_its_opening_names():
    event = event_of("""
        +++
        title = "[発表資料]はじめてのGoの落とし穴 #minatogo"
        date = 2018-07-26T08:00:00+09:00
        author = "umi_dev"
        +++

        港町Go LT大会 5回目の発表資料と参考リンク、補足をまとめた。

        |||
        |---|---|
        |URL|https://minatogo.connpass.com/event/12345/|
        |会場|株式会社ミナトラボ 東京都港区海岸1-2-3(港ビル12F)|

        <script async class="speakerdeck-embed" data-id="0a1b2c3d4e5f" src="//speakerdeck.com/assets/embed.js"></script>

        # Gopherについて
        ロゴの話。

        # スライド中のリンク
        - https://go.dev/play/p/abc
        """)
    assert event.title == "港町Go LT大会 5回目"
    assert event.venue == "株式会社ミナトラボ"
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [("はじめてのGoの落とし穴", ["umi_dev"])]


def test_the_writers_talk_named_by_the_sentence_that_says_it_was_given():
    talks = talks_of("""
        ---
        title: "港町Java 2023 Springで登壇した話"
        ---
        2023年6月4日に開催された港町Java 2023 Springで初登壇してきました！

        ### 港町Javaとは

        Java のユーザー会です。

        ### 登壇

        社内の定型作業を減らすためにエディタのプラグインを作った話をしました。

        資料は https://www.slideshare.net/someone/editor-plugin にあります。
        """)
    assert [t[0] for t in talks] == ["社内の定型作業を減らすためにエディタのプラグインを作った話"]


def test_a_deck_link_saying_only_what_it_is_does_not_name_the_writers_talk():
    talks = talks_of("""
        ---
        title: "「港町Scala 2024」に参加・登壇してきた"
        ---
        港町Scala 2024に参加・登壇してきた

        # 「型で数値を守る」 登壇振り返り
        発表資料は以下

        [Google Doc](https://docs.google.com/presentation/d/1aBcDeFgHiJ/edit)

        20分話しきった。
        """)
    assert [t[0] for t in talks] == ["型で数値を守る"]


def test_a_bare_heading_whose_notes_are_laid_out_like_the_other_talks_is_a_talk():
    talks = talks_of("""
        ---
        title: 港町Rails 2024 参加メモ
        ---
        # 10/26

        ## [モデルを育てる](https://speakerdeck.com/a/model)

        ### 感想

        - 良かった

        ## [非同期処理の中断と再開](https://speakerdeck.com/b/jobs)

        ### 感想

        - 参考になった

        ## 設定ファイルの作りかた

        ### 感想

        - 真似したい

        ## 懇親会

        楽しかった。
        """)
    assert [t[0] for t in talks] == ["モデルを育てる", "非同期処理の中断と再開", "設定ファイルの作りかた"]


def test_php_tags_are_templates_never_text():
    body = "<?php include dirname(__FILE__).'/../header.php';?>\n<h2>Servers</h2>\n<p>Date: <?= $date ?></p>\n"
    read = dialects.read(body, ".html").body
    assert "php" not in read and "<?" not in read and "## Servers" in read


def test_a_title_that_is_the_writers_sentence_gives_way_to_the_event_its_opening_links():
    event = event_of("""
        ---
        title: "I was invited to a meetup"
        ---

        ## Introduction

        After my talk in London I was asked by one of the organisers of the
        [Harbor Go Meetup](https://www.meetup.com/harbor-go/) to come and speak.

        ## Monday

        I landed and walked around.
        """)
    assert event.title == "Harbor Go Meetup"
    assert titles.names_no_event("We went to a conference!") and not titles.names_no_event("Harbor Go Meetup #3")


def test_a_speakers_post_titled_with_its_topic_and_the_quoted_event_it_spoke_at():
    event = event_of("""
        ---
        Title: '【Istio⛵️】"港町 SRE Tech Talk" に登壇'
        Date: 2022-12-15T12:00:00+09:00
        ---

        # 発表スライドから得られる知識

        - サービスディスカバリーの仕組み

        # イベント名

        『**<font color="#FF0000">サービス間通信を支える仕組み</font>**』

        ていうテーマで、 **港町 SRE Tech Talk** に登壇したぞ！

        # 発表スライド

        <iframe class="speakerdeck-iframe" src="https://speakerdeck.com/player/0a1b2c3d4e5f60718293a4b5c6d7e8f9"></iframe>
        """)
    assert event.title == "港町 SRE Tech Talk"
    assert [t.title for t in event.talks] == ["サービス間通信を支える仕組み"]


def test_a_company_post_about_a_talk_given_at_an_event_named_in_its_title():
    event = event_of("""
        ---
        title:  🗣 港町Fes 2019 でリモートワークについて発表
        author: harbor_lab
        ---

        『[港町Fes 2019](https://minatofes2019.example/)』で行われた講演『少人数のリモート企業で働きやすくする仕組み』の資料です。

        ## 📜 発表スライド

        <script async class="speakerdeck-embed" data-id="cf1cd6f115924b4cace9b825fe474198" src="//speakerdeck.com/assets/embed.js"></script>

        ## 📹 発表動画

        動画もあります。
        """)
    assert event.title == "港町Fes 2019"
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("少人数のリモート企業で働きやすくする仕組み", ["harbor_lab"])]


def test_a_file_name_as_title_gives_way_to_the_event_the_talks_notes_link():
    event = event_of("""
        ---
        title: 002_LIGHTNINGTALK.md
        date: 2018-05-22T06:57:59Z
        ---

        # Lightning Talk: Reading Club

        Lewis presented a lightning talk at [Harbor Software Meetup (HSM)](https://www.meetup.com/harbor-sm/events/250343517/) about the club.
        """)
    assert event.title == "Harbor Software Meetup (HSM)"
    assert titles.is_slug("002_LIGHTNINGTALK.md") and not titles.is_slug("Rust-Meetup")


def test_a_deck_linked_by_its_address_names_no_talk_and_built_in_is_no_lightning_talk():
    event = event_of("""
        ---
        title: September pipes talk
        ---

        Back in September I presented a talk at the Harbor Haskell User Group. We fell back to the built-in
        microphone on the camera for audio.

        Slides can be found at [http://harbor.example/talks/2013-09-18-pipes.pdf](http://harbor.example/talks/2013-09-18-pipes.pdf).
        """)
    assert [(t.title, t.kind) for t in event.talks] == [("September pipes talk", "talk")]
