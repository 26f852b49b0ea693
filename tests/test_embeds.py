"""Players are built from an allowlist of hosts and strictly checked ids; anything else stays a link."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from generator.render.embeds import embed_for

YT = "dQw4w9WgXcQ"
DECK = "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize("url", [
    f"https://www.youtube.com/watch?v={YT}",
    f"https://youtube.com/watch?v={YT}&list=PL123",
    f"https://m.youtube.com/watch?v={YT}",
    f"https://youtu.be/{YT}",
    f"https://www.youtube.com/live/{YT}",
    f"https://www.youtube.com/shorts/{YT}",
    f"https://www.youtube.com/embed/{YT}",
    f"https://www.youtube-nocookie.com/embed/{YT}",
])
def test_youtube_urls_become_a_nocookie_player(url):
    e = embed_for(url)
    assert e.provider == "YouTube" and e.kind == "video"
    assert e.player == f"https://www.youtube-nocookie.com/embed/{YT}"
    assert e.url == f"https://www.youtube.com/watch?v={YT}"


def test_youtube_start_time_is_kept():
    assert embed_for(f"https://youtu.be/{YT}?t=90").player.endswith("?start=90")
    assert embed_for(f"https://www.youtube.com/watch?v={YT}&t=1m30s").player.endswith("?start=90")


@pytest.mark.parametrize("url", [
    "https://www.youtube.com/watch?v=short",
    'https://www.youtube.com/watch?v=dQw4w9WgXc"><script>',
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload%3D",
    "https://youtu.be/../../evil",
    "https://www.youtube.com/channel/UC123",
    f"javascript:alert('{YT}')",
    f"https://evil.example/youtube.com/watch?v={YT}",
    f"https://youtube.com.evil.example/watch?v={YT}",
])
def test_crafted_or_foreign_youtube_urls_get_no_player(url):
    e = embed_for(url)
    assert e is None or e.player is None


def test_vimeo():
    assert embed_for("https://vimeo.com/123456789").player == "https://player.vimeo.com/video/123456789?dnt=1"
    assert embed_for("https://player.vimeo.com/video/123456789").provider == "Vimeo"
    assert embed_for("https://vimeo.com/channels/staffpicks/123456789").player.startswith(
        "https://player.vimeo.com/video/123456789")
    assert embed_for("https://vimeo.com/about") is None


def test_docswell_from_a_slide_page():
    e = embed_for("https://www.docswell.com/s/someone/K8Q7XY-some-title")
    assert e.player == "https://www.docswell.com/slide/K8Q7XY/embed" and e.kind == "slides"
    assert embed_for("https://www.docswell.com/slide/K8Q7XY").player == "https://www.docswell.com/slide/K8Q7XY/embed"
    assert embed_for("https://www.docswell.com/user/someone") is None


def test_google_slides():
    deck = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"
    e = embed_for(f"https://docs.google.com/presentation/d/{deck}/edit#slide=id.p")
    assert e.player == f"https://docs.google.com/presentation/d/{deck}/embed"
    published = embed_for(f"https://docs.google.com/presentation/d/e/2PACX-{deck}/pub?start=false")
    assert published.player == f"https://docs.google.com/presentation/d/e/2PACX-{deck}/embed"
    assert embed_for(f"https://docs.google.com/document/d/{deck}/edit") is None


def test_speakerdeck_player_id_gives_a_player_and_a_deck_page_a_link_card():
    assert embed_for(f"https://speakerdeck.com/player/{DECK}").player == f"https://speakerdeck.com/player/{DECK}"
    card = embed_for("https://speakerdeck.com/someone/my-deck")
    assert card.provider == "SpeakerDeck" and card.player is None
    assert embed_for("https://speakerdeck.com/player/not-hex") .player is None
    assert embed_for("https://speakerdeck.com/") is None


def test_slideshare_and_connpass_are_link_cards():
    assert embed_for("https://www.slideshare.net/someone/a-deck").player is None
    assert embed_for("https://www.slideshare.net/someone/a-deck").provider == "SlideShare"
    connpass = embed_for("https://fukuoka.connpass.com/event/123456/")
    assert connpass.provider == "connpass" and connpass.player is None and connpass.kind == "page"
    assert embed_for("https://connpass.com/dashboard/") is None


@pytest.mark.parametrize("url", [None, "", "not a url", "ftp://youtube.com/x", "https://example.com/video",
                                 "data:text/html,<script>alert(1)</script>", "https://[::1"])
def test_everything_else_is_not_an_embed(url):
    assert embed_for(url) is None


def _host_by_urlsplit(url: str):
    """The plain version of embeds._host, which the fast path must agree with."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    for prefix in ("www.", "m."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host, parts.path, parts.query


URL_PIECES = ["http", "https", "HTTPS", "://", "/", "?", "#", "=", "&", ":", "@", "[", "]", ".", "-", "www.", "m.",
              "youtube.com", "youtu.be", "Vimeo.COM", "watch", "v=abcdefghijk", "t=1m2s", " ", "\t", "\n", "%20",
              "日本", "s/user/ABC123-x", "player", "8080", "\x00", "\u3000"]


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(["http://", "https://", "HTTPS://", "ftp://", " https://", ""]),
       st.lists(st.sampled_from(URL_PIECES), max_size=4), st.lists(st.sampled_from(URL_PIECES), max_size=10))
def test_the_fast_url_split_agrees_with_urlsplit(scheme, host, rest):
    from generator.render.embeds import _host

    url = scheme + "".join(host) + "".join(rest)
    assert _host(url) == _host_by_urlsplit(url)


def test_the_fast_url_split_agrees_on_common_links():
    from generator.render.embeds import _host

    for url in ("https://www.youtube.com/watch?v=abcdefghijk&t=90", "https://youtu.be/abcdefghijk?t=5#x",
                "http://speakerdeck.com/u/deck", "https://docs.google.com/presentation/d/e/2PACX/pub?start=false",
                "https://Example.COM", "https://example.com#top", " https://m.example.com/a?b ", "https://a/b#c?d"):
        assert _host(url) == _host_by_urlsplit(url), url
