"""A programme page as a static site of the Eleventy kind writes it: `---json` front matter with the event's
facts (`dtstart`, `location`), a `#0x05` edition number, the hashtag shown as code, and talks listed under
slot headings (`### 10分枠`) as `name「title」` items (shape from a real LT-night page, in our own words)."""
from __future__ import annotations

import pytest

from generator.core.errors import ContentError
from generator.normalize import sections
from generator.read.sources import split_front_matter
from note_text import event_of

PAGE = """
    ---json
    {
        "layout": "event",
        "tags": "event",
        "title": "Harbor LT #0x03",
        "dtstart": "2024-06-08T16:00+09:00",
        "location": "港南大学 3号館 301"
    }
    ---

    港南大学にゆかりのある人たちの LT 会、第 0x03 回です。

    ハッシュタグは`#harborlt0x03`です。

    ## 発表テーマ
    ### 10分枠
    * kumo「[シェルスクリプトで作る小さなCI](https://speakerdeck.com/kumo/mini-ci)」
    * 水野ひかり「型のある設定ファイル」
    * ntsk_42「静的サイトを速くする」

    ### 5分枠
    * tanuki「Zig はじめました」
    * 森BB「自作キーボード沼」
    """


def test_json_front_matter_gives_the_events_name_day_and_place():
    event = event_of(PAGE)
    assert (event.title, str(event.date), event.venue, list(event.tags)) == (
        "Harbor LT #0x03", "2024-06-08", "港南大学 3号館 301", ["event"])


def test_a_hex_edition_number_is_no_hashtag_and_a_hashtag_shown_as_code_is_one():
    assert list(event_of(PAGE).hashtags) == ["harborlt0x03"]


def test_talks_listed_as_name_then_quoted_title_under_slot_headings():
    event = event_of(PAGE)
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks] == [
        ("シェルスクリプトで作る小さなCI", ["kumo"], "lightning"),
        ("型のある設定ファイル", ["水野ひかり"], "lightning"),
        ("静的サイトを速くする", ["ntsk_42"], "lightning"),
        ("Zig はじめました", ["tanuki"], "lightning"),
        ("自作キーボード沼", ["森BB"], "lightning"),
    ]
    assert event.talks[0].slides == "https://speakerdeck.com/kumo/mini-ci"


@pytest.mark.parametrize("heading", ["10分枠", "5分枠", "飛び込み枠", "一般発表枠"])
def test_a_slot_heading_holds_talks(heading):
    assert sections.container_kind(heading) == "talks"


def test_common_nouns_before_quoted_titles_are_no_speakers():
    event = event_of("""
        ---
        title: 読書会 第4回
        date: 2024-03-01
        ---
        ## 紹介されたもの
        - 書籍「リーダブルコード」
        - 記事『型の話』
        - 映画「情報の海」
        """)
    assert all(not t.speakers for t in event.talks)


def test_a_single_quoted_title_after_a_plain_word_is_not_read_as_a_byline():
    event = event_of("""
        ---
        title: 読書会 第3回
        date: 2024-02-01
        ---
        ## 進め方
        * 第5章「並行処理」を読みました
        * 次回「テスト」の章
        """)
    assert event.talks == ()


def test_broken_json_front_matter_names_the_line():
    with pytest.raises(ContentError) as err:
        split_front_matter('---json\n{\n  "title": "A"\n  "date": "2024-01-01"\n}\n---\nbody\n', "n.md")
    assert err.value.line == 4 and "invalid JSON front matter" in str(err.value)


def test_a_site_generators_own_yaml_tag_is_read_as_the_value_it_tags():
    front, body, _ = split_front_matter(
        '---\ntitle: October meeting - Packaging\nexcerpt: !ruby/string:Sequel::SQL::Blob "Topic: Packaging\\r\\n'
        'Presenter:\n  Ada Quist"\nmeta: !ruby/object:Legacy::Node\n  nid: 7\n---\nbody\n', "n.md")
    assert front["excerpt"].startswith("Topic: Packaging") and front["meta"] == {"nid": 7} and body == "body\n"


def test_a_python_tag_is_never_run_only_kept_as_text():
    front, _, _ = split_front_matter('---\ntitle: A\nrun: !!python/object/apply:os.system ["echo hi"]\n---\n', "n.md")
    assert front["title"] == "A" and not isinstance(front.get("run"), int)
