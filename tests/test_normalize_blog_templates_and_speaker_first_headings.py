"""Fourth holdout: 10 notes written blind in styles no other set had (a PyCon-style English post with
`## Day 1` / `### Title` / `by Name` / `Slides | Video`, a Medium export, a README-style table archive,
a Jekyll post with liquid tags, a Hugo post with shortcodes, an MDX file with JSX components, speaker-first
`### 名前さん「タイトル」` headings, English `- "Title" — Speaker (Company)` bullets, an LT-only event with
`### LT1: タイトル（@handle）`, and a conference with keynote, sponsor sessions and closing).

First scorer output, before any rule was written for them:

    p01_pycon_day_by.md: 2 problem(s)
        title: expected ['PyCon Kyushu 2024', 'My PyCon Kyushu 2024 recap'], got 'My PyCon Kyushu 2024'
        slides of 'Packaging with uv: One Year Later': expected 'https://slides.example.org/uv-one-year-later', got None
    p02_medium_export.md: 7 problem(s)
        date: expected '2024-07-09', got None
        venue: expected ['Docomo R&D Open Lab ODAIBA'], got None
        url: expected 'https://www.cnia.io/pek2024/', got None
        speakers of 'Your Platform Is a Product': expected ['Kenji Watanabe'], got []
        speakers of 'Golden Paths, Not Golden Cages': expected ['Priya Raman'], got []
        speakers of 'Backstage at Scale: 2,000 Services Later': expected ['Takuya Mori'], got []
        talk not expected: 'Three talks that changed how I think about internal platforms'
    p03_readme_table.md: 1 problem(s)
        talk not expected: 'Sponsors'
    p04_jekyll_liquid.md: 2 problem(s)
        venue: expected ['ベルサール渋谷ファースト'], got None
        slides of 'Kotlin 2.0 と K2 コンパイラのこれから': expected 'https://speakerdeck.com/player/5e0c1a2b3c4d4e5f8a9b0c1d2e3f4a5b', got None
    p05_hugo_shortcodes.md: 2 problem(s)
        slides of 'eBPF で見るKubernetesネットワークの裏側': expected 'https://speakerdeck.com/player/9a8b7c6d5e4f40312233445566778899', got None
        slides of 'マルチテナント EKS の権限設計': expected 'https://speakerdeck.com/player/11aa22bb33cc44dd55ee66ff77889900', got None
    p06_mdx_jsx.md: 4 problem(s)
        venue: expected ['Sansan株式会社 神山ラボ Tokyo', 'Sansan株式会社'], got None
        speakers of 'React Server Components in the real world': expected ['Yui Nakamura|yui_nkmr'], got []
        speakers of 'The cost of useEffect': expected ['Oliver Grant|olgrant'], got []
        speakers of 'Choosing a meta-framework in 2024': expected ['Yui Nakamura|yui_nkmr', 'Oliver Grant|olgrant', 'Hiro Sato|hirosato'], got []
    p07_speaker_first_kagi.md: 10 problem(s)
        date: expected '2024-03-03', got '2024-03-04'
        venue: expected ['大阪産業創造館'], got None
        talk missing: 'Ruby 3.3 の YJIT を本番で有効にしてみた'
        talk missing: 'Hotwire で作る管理画面'
        talk missing: 'rbs-inline で型を書く生活'
        talk missing: 'Rails アプリのモジュラーモノリス化'
        talk not expected: '中村 陽介さん「Ruby 3.3 の YJIT を本番で有効にしてみた」'
        talk not expected: '小川 美咲さん「Hotwire で作る管理画面」'
        talk not expected: '@kyanagi さん「rbs-inline で型を書く生活」'
        talk not expected: '山口 大輔氏「Rails アプリのモジュラーモノリス化」'
    p08_english_bullets_emdash.md: 4 problem(s)
        talk missing: 'Writing a Tiny Async Runtime'
        talk missing: 'Zero-copy Parsing with nom'
        talk missing: 'What I Learned Porting a Game to Bevy 0.13'
        talk missing: 'cargo-semver-checks in CI'
    p09_lt_taikai_handle.md: ok
    p10_conf_keynote_sponsor.md: 1 problem(s)
        url: expected 'https://sre-next.dev/2024/', got None

    title       9/10   90.0%
    date        8/10   80.0%
    venue       6/10   60.0%
    url         8/10   80.0%
    hashtags   10/10  100.0%
    tags       10/10  100.0%
    speakers   22/28   78.6%
    slides     15/19   78.9%
    kind       11/11  100.0%
    talks     precision 82.4% recall 77.8% F1 80.0%
    score 0.821 (mean of title, date, speakers, talk F1)
"""
from __future__ import annotations

from note_text import event_of, talks_of


# --- `### 名前さん「タイトル」`: the speaker first ---------------------------------------------

def test_speaker_first_heading_with_quoted_title():
    got = talks_of("""
        # Go 勉強会 #5

        ### 森 花子さん「ジェネリクスで遊ぶ」

        - メモ

        ### @gopher_k さん「pprof 入門」

        ### 基調講演「これからの Go」

        - 基調講演はラベルであって人ではない
        """, "kagi.md")
    assert got[0] == ("ジェネリクスで遊ぶ", ["森 花子"], "talk")
    assert got[1][:2] == ("pprof 入門", ["gopher_k"])
    assert "基調講演" not in got[2][1] and got[2][2] == "keynote"  # a label before the quotes is not a person


# --- Japanese era dates and `日付、会場で開催` ----------------------------------------------------

def test_reiwa_date_and_venue_after_the_date():
    ev = event_of("""
        # Python もくもく会 in 札幌

        令和5年11月18日、札幌市民交流プラザで開催されました。

        ## 型ヒントの話

        - 発表者: 白石 航さん
        """, "era.md")
    assert str(ev.date) == "2023-11-18"
    assert ev.venue == "札幌市民交流プラザ"


# --- `- "Title" — Name (Company) [slides](url)` bullets with no heading -----------------------

def test_quoted_title_bullets_with_trailing_links():
    ev = event_of("""
        ---
        title: "Lisbon Elixir meetup, June"
        date: 2024-06-20
        ---

        Talks:

        - "Supervision Trees for the Rest of Us" — Rita Sousa (Remote) [slides](https://decks.example.net/rita/supervision)
        - "Lightning: LiveView Uploads" — Bruno Alves (Talkdesk) [slides](https://speakerdeck.com/balves/uploads)
        """, "bullets.md")
    got = [(t.title, [s.name for s in t.speakers], t.slides, t.kind) for t in ev.talks]
    assert got == [("Supervision Trees for the Rest of Us", ["Rita Sousa"], "https://decks.example.net/rita/supervision", "talk"),
                   ("LiveView Uploads", ["Bruno Alves"], "https://speakerdeck.com/balves/uploads", "lightning")]


def test_remark_bullets_with_quotes_in_a_sentence_are_not_talks():
    ev = event_of("""
        # Meetup

        - the phrase "ship it" came up a lot
        - pizza was good
        """, "remarks.md")
    assert ev.talks == () or list(ev.talks) == []


# --- template embeds: Jekyll include, Hugo shortcode, MDX component ----------------------------

def test_jekyll_and_hugo_speakerdeck_and_youtube_embeds():
    ev = event_of("""
        # Kotlin 勉強会

        ## Flow の設計

        - 発表者: 北川 蓮さん

        {% include speakerdeck.html id="0a1b2c3d4e5f60718293a4b5c6d7e8f9" %}

        ## Compose のテスト

        - 発表者: 南 陽菜さん

        {{< speakerdeck 99aa88bb77cc66dd55ee44ff33001122 >}}
        {{< youtube id="AbCdEfGhIjK" >}}
        """, "embeds.md")
    assert [t.slides for t in ev.talks] == ["https://speakerdeck.com/player/0a1b2c3d4e5f60718293a4b5c6d7e8f9",
                                            "https://speakerdeck.com/player/99aa88bb77cc66dd55ee44ff33001122"]
    assert ev.talks[1].video == "https://www.youtube.com/watch?v=AbCdEfGhIjK"


def test_mdx_component_props_give_event_facts_and_speakers():
    ev = event_of("""
        ---
        title: "Vue Fes recap"
        ---

        import Info from '../components/Info'
        import { Speaker } from '../components/Speaker'

        <Info
          date="2024-10-19"
          venue="中野セントラルパーク"
        />

        ## Vapor Mode の今

        <Speaker name="Mina Kato" handle="mina_k" company="Acme" />

        - notes
        """, "recap.md")
    assert str(ev.date) == "2024-10-19"
    assert ev.venue == "中野セントラルパーク"
    sp = ev.talks[0].speakers[0]
    assert (sp.name, sp.handle, sp.affiliation) == ("Mina Kato", "mina_k", "Acme")


# --- a Medium export: subtitle and byline -------------------------------------------------------

def test_medium_subtitle_is_not_a_talk_and_italic_byline_names_the_speaker():
    ev = event_of("""
        # Notes from DataConf Porto 2024

        ## What stayed with me after two days

        [Ana Lima](https://medium.com/@analima)

        ·

        4 min read

        ·

        Oct 2, 2024

        --

        DataConf Porto 2024 took place on September 28th, 2024 at Alfândega do Porto.

        ## Lakehouses Without the Hype

        *Diego Ferreira, Farfetch*

        Notes here.
        """, "medium.md")
    assert [t.title for t in ev.talks] == ["Lakehouses Without the Hype"]
    sp = ev.talks[0].speakers[0]
    assert (sp.name, sp.affiliation) == ("Diego Ferreira", "Farfetch")
    assert str(ev.date) == "2024-09-28"


# --- smaller rules --------------------------------------------------------------------------------

def test_sponsors_section_sponsor_label_url_label_and_linked_slides_label():
    ev = event_of("""
        # Infra Night #3

        - 日時: 2024-02-01
        - URL: https://infra-night.example.org/3

        ## スポンサーセッション: 監視基盤の刷新

        - 登壇者: 堀 亮さん
        - [Slides](https://talks.example.com/hori/monitoring) | [Video](https://www.youtube.com/watch?v=Q1w2E3r4T5y)

        ## Sponsors

        - Example Inc.
        """, "misc.md")
    assert ev.url == "https://infra-night.example.org/3"
    assert [t.title for t in ev.talks] == ["監視基盤の刷新"]
    assert ev.talks[0].slides == "https://talks.example.com/hori/monitoring"
    assert ev.talks[0].video == "https://www.youtube.com/watch?v=Q1w2E3r4T5y"


def test_my_recap_title_prefix_goes():
    assert event_of("""
        ---
        title: "My DjangoCon Europe 2024 recap"
        ---

        Fun.
        """, "recap.md").title == "DjangoCon Europe 2024"


def test_a_speakers_post_that_never_names_its_talk_keeps_its_sections_out_of_the_talks():
    text = """
        # 港町Cloud 報告会に登壇しました

        こんにちは。[港町セミナー Vol.58](https://harbor.doorkeeper.jp/events/94547)にて、30分の枠で登壇しました。

        ## 準備

        準備期間は11日しかなく大変でした。

        ## 当日の工夫

        話す速さに気をつけました。
        """
    assert talks_of(text) == []
    assert "準備期間" in event_of(text).body
