"""Speaker and tag indexes in reading order (あ か さ … then A-Z), with kana-row headings (index/reading_order.py)."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from generator.core.config import load_config
from generator.core.errors import ConfigError

NOTE = """\
---
title: 名前の勉強会
event_date: 2024-05-01
tags: [{tags}]
---
# 名前の勉強会

## 一本目

- 堀家 隆宏さん

## 二本目

- 岡田 健さん

## 三本目

- Alice Smith

## 四本目

- 山田 太郎さん

## 五本目

- {fifth}
"""


def sections(site, page: str) -> list[tuple[str, list[str]]]:
    tree = HTMLParser(site.read(page))
    return [(s.css_first("h2").text(), [a.text() for a in s.css("li > a")]) for s in tree.css(".index-section")]


def build(make_site, config: str, tags: str = "サーバーレス, AWS, 機械学習, インフラ", fifth: str = "horike"):
    site = make_site({"content/a.md": NOTE.format(tags=tags, fifth=fifth)},
                     config="title: T\nsearch: false\n" + config)
    result = site.build()
    assert result.errors == 0, [str(d) for d in result.diagnostics]
    return site


def test_speakers_are_listed_by_reading_under_kana_rows_then_latin_names(make_site):
    site = build(make_site, "language: ja\n", fifth="Bob Lee")
    assert sections(site, "speakers/index.html") == [
        ("あ", ["岡田 健"]), ("は", ["堀家 隆宏"]), ("や", ["山田 太郎"]), ("A", ["Alice Smith"]), ("B", ["Bob Lee"])]
    nav = [a.text() for a in HTMLParser(site.read("speakers/index.html")).css(".index-nav a")]
    assert nav == ["あ", "は", "や", "A", "B"]


def test_tags_are_listed_by_reading(make_site):
    site = build(make_site, "language: ja\n")
    assert sections(site, "tags/index.html") == [
        ("あ", ["インフラ"]), ("か", ["機械学習"]), ("さ", ["サーバーレス"]), ("A", ["AWS"])]


def test_a_reading_in_the_speaker_aliases_wins_and_its_aliases_still_join_names(make_site):
    site = build(make_site, "language: ja\naliases:\n  speakers:\n"
                            "    堀家 隆宏: {reading: あいざわ たかひろ, aliases: [horike]}\n")
    listed = sections(site, "speakers/index.html")
    assert listed[0] == ("あ", ["堀家 隆宏", "岡田 健"])
    assert all("horike" not in names for _, names in listed)  # joined with 堀家 隆宏


def test_an_english_site_lists_latin_names_first(make_site):
    site = build(make_site, "language: en\n", fifth="Bob Lee")
    assert [label for label, _ in sections(site, "speakers/index.html")] == ["A", "B", "あ", "は", "や"]


def test_a_reading_that_is_not_text_is_a_config_error(tmp_path):
    (tmp_path / "site.yml").write_text("aliases:\n  speakers:\n    堀家 隆宏: {reading: [ほりけ]}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "site.yml")
    assert "reading" in caught.value.message and caught.value.line == 2  # the line of `speakers:`, as for any key
