"""links.py: slides, video, event pages, hashtags, embed syntaxes."""
from __future__ import annotations

import pytest

from generator.normalize import links


@pytest.mark.parametrize("url, slides", [
    ("https://speakerdeck.com/someone/a-deck", True),
    ("https://speakerdeck.com/someone", False),
    ("https://www.slideshare.net/someone/deck-123", True),
    ("https://docs.google.com/presentation/d/abc/edit", True),
    ("https://example.org/files/talk.pdf", True),
    ("https://example.org/blog", False),
    ("https://someone.github.io/2021_slides/meetup/decorators.html#/1", True),  # a deck on the speaker's own site
    ("https://example.org/talks/2021/gui-in-docker.slides.html#/", True),  # nbconvert's slides
    ("https://example.org/blog/slide-rule-history", False),  # a word in an article's name
    ("https://qiita.com/someone/items/slides-tips", False),  # an article about slides
])
def test_is_slides(url, slides):
    assert links.is_slides(url) is slides


@pytest.mark.parametrize("url, video", [
    ("https://www.youtube.com/watch?v=abc", True),
    ("https://youtu.be/abc", True),
    ("https://vimeo.com/123456", True),
    ("https://www.youtube.com/@channel", False),
])
def test_is_video(url, video):
    assert links.is_video(url) is video


@pytest.mark.parametrize("url, event", [
    ("https://groupname.connpass.com/event/12345/", True),
    ("https://connpass.com/user/someone/", False),
    ("https://groupname.doorkeeper.jp/events/777", True),
    ("https://www.meetup.com/some-group/events/999/", True),
    ("https://techplay.jp/event/123", True),
    ("https://example.org/", False),
])
def test_is_event_page(url, event):
    assert links.is_event_page(url) is event


def test_may_be_event_site_skips_profiles_images_and_the_notes_own_blog():
    assert links.may_be_event_site("https://conf.example.org/2021/", "blog.example.net")
    assert not links.may_be_event_site("https://twitter.com/someone", None)
    assert not links.may_be_event_site("https://conf.example.org/logo.png", None)
    assert not links.may_be_event_site("https://blog.example.net/entry/1", "blog.example.net")


def test_hatena_embeds_become_plain_urls():
    text = "[https://group.doorkeeper.jp/events/1:embed:cite]\n[https://example.org/a:title]"
    assert links.plain_embeds(text) == "https://group.doorkeeper.jp/events/1\nhttps://example.org/a"


def test_zenn_and_script_embeds_become_plain_urls():
    assert links.plain_embeds("@[youtube](xyz)") == "https://www.youtube.com/watch?v=xyz"
    assert links.plain_embeds("@[speakerdeck](0123abcd)") == "https://speakerdeck.com/player/0123abcd"
    script = '<script async class="speakerdeck-embed" data-id="00ff" src="//speakerdeck.com/assets/embed.js"></script>'
    assert links.plain_embeds(script) == "https://speakerdeck.com/player/00ff"


def test_hatena_table_of_contents_becomes_a_marker():
    assert links.plain_embeds("[:contents]") == links.TOC_MARKER


def test_urls_in_drops_trailing_punctuation():
    assert links.urls_in("see https://example.org/a. and (https://example.org/b)") == [
        "https://example.org/a", "https://example.org/b"]


def test_hashtags_skip_issue_numbers():
    assert links.hashtags_in("Meetup #12 #rustjp (#wasm)") == ["rustjp", "wasm"]


def test_hashtag_from_twitter_urls():
    assert links.hashtag_from_url("https://twitter.com/search?q=%23pyconmini") == "pyconmini"
    assert links.hashtag_from_url("https://x.com/hashtag/gocon") == "gocon"
    assert links.hashtag_from_url("https://x.com/someone") is None


def test_a_materials_link_to_someones_article_is_not_the_talks_slides():
    from generator.normalize.talk_body import first_slides
    assert first_slides(["資料: https://qiita.com/someone/items/0123abcd"]) is None
    assert first_slides(["資料: https://someone.hatenablog.com/entry/2020/01/01/report"]) is None
    assert first_slides(["資料: https://speakerdeck.com/koga/rust"]) == "https://speakerdeck.com/koga/rust"
    assert first_slides(["Slides: https://talks.example.dev/flame-graphs/"]) == "https://talks.example.dev/flame-graphs/"


def test_a_list_of_links_to_talk_pages_is_the_programme():
    from note_text import event_of
    event = event_of("---\ntitle: HarborKaigi 2023\ndate: 2023-03-24\n---\n\n聞いたセッションはこちら。\n\n"
                     "- [キャッシュの距離の話](https://fortee.jp/harbor-2023/proposal/280706e0-aaaa)\n"
                     "- [型で守る設定](https://fortee.jp/harbor-2023/proposal/90c0d39b-bbbb)\n")
    assert [t.title for t in event.talks] == ["キャッシュの距離の話", "型で守る設定"]
    from generator.normalize.links import is_talk_page
    assert is_talk_page("https://sessionize.com/harbor/session/123") and not is_talk_page("https://example.org/a")


def test_slideshare_embed_code_gives_way_to_the_decks_own_page():
    from note_text import event_of
    ev = event_of("""
        # Ruby Night #2

        ## デプロイの話

        <iframe src="//www.slideshare.net/slideshow/embed_code/key/AbCdEf123" width="595"></iframe> <div><strong><a href="//www.slideshare.net/someone/deploy-talk" title="デプロイの話">デプロイの話</a></strong> from <strong><a href="//www.slideshare.net/someone">someone</a></strong></div>

        メモ
        """)
    assert ev.talks[0].slides == "https://www.slideshare.net/someone/deploy-talk"


def test_a_slideshare_embeds_credit_names_the_speaker_of_a_talk_with_none():
    from note_text import event_of
    ev = event_of("""
        # Builders Day 2017

        ## 大きなデータ基盤の選び方

        <iframe src="//www.slideshare.net/slideshow/embed_code/key/AbC123" width="595"></iframe> <div><strong><a href="https://www.slideshare.net/yuyam/deck" title="x">大きなデータ基盤の選び方</a></strong> from <strong><a target="_blank" href="https://www.slideshare.net/yuyam">Yu Yama</a></strong> </div>

        メモ

        ## 運用コストを下げた話

        メモだけ
        """)
    assert [(t.title, [(s.name, s.handle) for s in t.speakers]) for t in ev.talks][0] == (
        "大きなデータ基盤の選び方", [("Yu Yama", "yuyam")])
    assert ev.talks[0].slides == "https://www.slideshare.net/yuyam/deck"
