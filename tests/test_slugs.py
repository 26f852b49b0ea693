"""Slugs: readable (Japanese kept), lowercase ASCII, safe from path tricks, unique per namespace."""
from __future__ import annotations

import re

import pytest

from generator.index.slugs import MAX_LENGTH, SlugRegistry, make_slug, safe_front_matter_slug


@pytest.mark.parametrize("text, slug", [
    ("Python Fukuoka #12", "python-fukuoka-12"),
    ("  Lots   of   SPACES  ", "lots-of-spaces"),
    ("Rust & WebAssembly: the Good Parts", "rust-webassembly-the-good-parts"),
])
def test_ascii_is_lowercased_and_dashed(text, slug):
    assert make_slug(text) == slug


@pytest.mark.parametrize("text, slug", [
    ("What's New in Python", "whats-new-in-python"),
    ("Don’t Panic", "dont-panic"),
    ("It`s fine", "its-fine"),
])
def test_apostrophes_inside_words_are_dropped_not_dashed(text, slug):
    assert make_slug(text) == slug


def test_japanese_is_kept_readable():
    slug = make_slug("型ヒントと mypy を段階的に導入した話")
    assert slug == "型ヒントと-mypy-を段階的に導入した話"


def test_japanese_is_not_transliterated():
    slug = make_slug("東京")
    assert slug == "東京"
    assert not re.fullmatch(r"[a-z0-9-]+", slug)


def test_width_variants_are_normalised():
    assert make_slug("ｶﾀｶﾅ ＡＢＣ １２") == "カタカナ-abc-12"


def test_slugs_have_no_punctuation_or_separators():
    slug = make_slug("「サーバーレス」入門 〜 第2回 / Q&A!")
    assert "/" not in slug and "「" not in slug and "!" not in slug
    assert "サーバーレス" in slug and "入門" in slug
    assert not slug.startswith("-") and not slug.endswith("-")


@pytest.mark.parametrize("text", ["", "   ", "!!!", "---", "/", "。、・"])
def test_empty_results_use_the_fallback(text):
    assert make_slug(text, fallback="talk-3") == "talk-3"


def test_none_uses_fallback():
    assert make_slug(None, fallback="event") == "event"  # type: ignore[arg-type]


def test_long_titles_are_cut_at_max_length():
    words = " ".join(f"word{i}" for i in range(60))
    slug = make_slug(words)
    assert 0 < len(slug) <= MAX_LENGTH
    assert not slug.endswith("-")
    assert slug.startswith("word0-word1-")
    long_ja = "あ" * 120
    assert 0 < len(make_slug(long_ja)) <= MAX_LENGTH


def test_slugs_are_stable():
    assert make_slug("Serverless Meetup 福岡 #4") == make_slug("Serverless Meetup 福岡 #4")


@pytest.mark.parametrize("given, safe", [
    ("../../x", "x"),
    ("../../../etc/passwd", "etc-passwd"),
    ("/etc/passwd", "etc-passwd"),
    ("..\\..\\windows\\evil", "windows-evil"),
    ("C:\\Users\\x", "c-users-x"),
    ("my-event", "my-event"),
    ("My Event 2024", "my-event-2024"),
    ("./here", "here"),
    ("福岡/第4回", "福岡-第4回"),
])
def test_front_matter_slugs_are_made_safe(given, safe):
    assert safe_front_matter_slug(given) == safe


@pytest.mark.parametrize("given", ["", "  ", "..", "../..", "/", "\\\\", "./."])
def test_front_matter_slug_with_nothing_left_is_none(given):
    assert safe_front_matter_slug(given) is None


def test_front_matter_slugs_never_contain_path_parts():
    for given in ("../a/../b", "a/./b", "/../../x/", "..\\/..//y", ".hidden"):
        slug = safe_front_matter_slug(given)
        assert slug
        assert "/" not in slug and "\\" not in slug and ".." not in slug and not slug.startswith(".")


def test_registry_suffixes_in_order():
    reg = SlugRegistry()
    assert reg.claim("meetup") == ("meetup", False)
    assert reg.claim("meetup") == ("meetup-2", True)
    assert reg.claim("meetup") == ("meetup-3", True)
    assert reg.claim("other") == ("other", False)


def test_registry_is_case_insensitive():
    reg = SlugRegistry()
    reg.claim("aws")
    slug, clashed = reg.claim("AWS")
    assert clashed and slug.casefold() != "aws"


def test_registry_skips_a_suffix_already_taken():
    reg = SlugRegistry()
    reg.claim("x-2")
    reg.claim("x")
    assert reg.claim("x") == ("x-3", True)


def test_registries_are_independent():
    a, b = SlugRegistry(), SlugRegistry()
    a.claim("talk")
    assert b.claim("talk") == ("talk", False)
