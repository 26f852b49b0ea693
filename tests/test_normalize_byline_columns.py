"""A programme's siblings (its headings, or one list's items) that write their speakers in a column of their own:
`Title @Jane Doe`, `Title [handle]`, `Title (Jane)`, `Jane Doe: Title`, `Jane, on Title` (bylines.byline_column).
One item alone never tells; the siblings between them do. Every note here is our own text, in the shapes real
notes use."""
from __future__ import annotations

import pytest

from generator.normalize import bylines
from note_text import event_of


def _read(event) -> list[tuple[str, list[str]]]:
    return [(t.title, [s.name for s in t.speakers]) for t in event.talks]


def test_headings_naming_the_speaker_after_an_at_sign_with_spaces():
    event = event_of("""
        # 港Flutter会議 2024 参加メモ

        #### 状態管理をもう一度考える @Mina Arakawa
        Riverpod の話。

        #### アニメーションの落とし穴 @Kenji Sato
        暗黙的アニメーションの罠。

        #### [LT] テスト戦略の再考 @川辺ゆい
        Golden test の運用。
        """)
    assert _read(event) == [("状態管理をもう一度考える", ["Mina Arakawa"]),
                            ("アニメーションの落とし穴", ["Kenji Sato"]),
                            ("テスト戦略の再考", ["川辺ゆい"])]


def test_html_headings_naming_a_handle_in_brackets():
    event = event_of("""
        <h1>港PHP勉強会 #3</h1>
        <h2>Eloquentとうまく付き合う〜 [kotatsu_m]</h2>
        <p>リポジトリ層の話。</p>
        <h2>画像配信を速くする〜 [RinTakeda]</h2>
        <p>CDN の設定。</p>
        <h2>認可の設計パターン [yuu_h]</h2>
        <p>ポリシーの話。</p>
        """)
    assert _read(event) == [("Eloquentとうまく付き合う〜", ["kotatsu_m"]),
                            ("画像配信を速くする〜", ["RinTakeda"]),
                            ("認可の設計パターン", ["yuu_h"])]


def test_a_list_naming_first_names_in_parentheses():
    event = event_of("""
        # Harbor Devs lunch and learn

        ### Agenda

        - [Reading spreadsheets from Python](https://docs.google.com/presentation/d/abc/) (Ruth Ellery)
        - Lightning Talks
          - Build caching (Petra)
          - Merge queues in practice (Omar)
          - Feature flags (Lena)
        """)
    assert _read(event)[1:] == [("Build caching", ["Petra"]), ("Merge queues in practice", ["Omar"]),
                                ("Feature flags", ["Lena"])]


def test_headings_naming_the_speaker_first_then_on_the_topic():
    event = event_of("""
        # Harbor.rb, March

        ## Nadia, on `bundle_sweeper`
        Nadia showed how she prunes old gems.

        ## Tomas, on service objects in plain Ruby
        A tour of his team's conventions.

        ## Me, on property-based tests
        My own slot.

        ## Nadia again, on Docker layers
        A second, shorter demo.
        """)
    assert _read(event) == [("bundle_sweeper", ["Nadia"]), ("service objects in plain Ruby", ["Tomas"]),
                            ("property-based tests", []), ("Docker layers", ["Nadia"])]


def test_a_heading_linking_its_speaker_and_a_group_of_file_links():
    event = event_of("""
        # Droidharbor 2016

        ## Faster builds with Gradle - [Iris Palmer](https://twitter.com/irispalmer) ([Slides](https://speakerdeck.com/irispalmer/faster-builds) / [Video](https://www.youtube.com/watch?v=abcdefghijk))
        Notes on the build cache.

        ## Camera APIs, revisited - [Noah Quist](https://twitter.com/noahq) ([Slides](https://speakerdeck.com/noahq/camera) / [Video](https://www.youtube.com/watch?v=bcdefghijkl))
        Notes on the camera.
        """)
    first = event.talks[0]
    assert (first.title, [s.name for s in first.speakers]) == ("Faster builds with Gradle", ["Iris Palmer"])
    assert first.slides == "https://speakerdeck.com/irispalmer/faster-builds"
    assert first.video == "https://www.youtube.com/watch?v=abcdefghijk"


def test_a_deck_pages_own_title_suffix_after_double_slashes():
    event = event_of("""
        # 港PHP勉強会 #4

        ### [マネージャーになってやった4つのこと // Speaker Deck](https://speakerdeck.com/someone/four-things)

        ### [PHP8 移行のすすめ // Speaker Deck](https://speakerdeck.com/other/php8)
        """)
    assert [t.title for t in event.talks] == ["マネージャーになってやった4つのこと", "PHP8 移行のすすめ"]


def test_an_icon_in_a_heading_is_no_text_and_people_headings_are_no_talks():
    event = event_of("""
        # DevRel パネル 2020

        ## パネルディスカッション「コミュニティと企業」

        #### <i class="fas fa-user"></i> 横山真人さん　(みなとインターネット)
        インフラ企業のエバンジェリスト。

        #### <i class="fas fa-user"></i> 早川エミリーさん　(Stripe)
        決済企業のアドボケイト。

        #### <i class="fas fa-user"></i> 中野健介さん　(港計画研究所)
        研究所のコミュニティ担当。
        """)
    titles = [t.title for t in event.talks]
    assert not any("class=" in t or t.startswith("(") for t in titles)
    assert not any(t in ("(Stripe)", "横山真人さん") for t in titles)


@pytest.mark.parametrize("texts", [
    ["Working with teams (English)", "Testing at scale (English)", "Pairing (English)"],  # the same word each time
    ["Keynote: The future of the web", "LT: Small tools", "Panel: All of us"],  # kinds, not people
    ["Android - 過去と未来", "Kotlin のこれから"],  # one alone
    ["Release notes (Part 1)", "Release notes (Part 2)", "Release notes (Part 3)"],  # numbers
    ["横田真俊さん (さくらインターネット)", "安田花子さん (Stripe)", "中井健さん (研究所)"],  # people with where they work
])
def test_siblings_that_write_no_speaker_column(texts):
    assert bylines.byline_column(texts) is None


def test_a_column_needs_two_in_three_siblings():
    texts = ["Build caching (Petra)", "Merge queues in practice (Omar)", "Feature flags", "Observability", "Docs"]
    assert bylines.byline_column(texts) is None
    assert bylines.byline_column(texts[:3]) == [("Build caching", "Petra"), ("Merge queues in practice", "Omar"), None]


def test_days_under_a_sessions_heading_list_title_colon_speaker():
    event = event_of("""
        +++
        title = "Harbor Open 2016"
        +++
        ## You Should Go
        - **Affordable:** the tickets were cheap.
        - **Open source:** everyone was there.

        Sessions
        ===
        Wednesday
        ---
        Had a great diversity of talks, and I volunteered in a room.

        - Search Engineering with Solr and Spark: Grant Iverson
        - Culture Beats Tools: Mara Micheli
        - Hardware Track Room 2
            - Continuous Engineering for IoT: Jim Rehl
            - Open Source for IoT: Dana Hoover
        - Demo Night. Tech and maker products.

        Thursday
        ---
        - Keynote: Scott Hansen
        - Life in the Trenches with Spark: Ian Pointer
        - Secrets and Identity with Vault: Mitch Hashi
        """)
    read = _read(event)
    assert ("Search Engineering with Solr and Spark", ["Grant Iverson"]) in read
    assert ("Culture Beats Tools", ["Mara Micheli"]) in read
    assert ("Open Source for IoT", ["Dana Hoover"]) in read
    assert ("Life in the Trenches with Spark", ["Ian Pointer"]) in read
    assert not any(title in ("You Should Go", "Sessions") for title, _ in read)
    assert all(t.room != "Sessions" for t in event.talks)


def test_a_days_heading_may_say_what_the_day_holds_first():
    from generator.normalize import sections
    assert sections.track_room("Sessions - Day 1") == (True, None)
    assert sections.track_room("Sessions")[1] is None
