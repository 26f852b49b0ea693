"""Search results carry context: event, date and kind (Pagefind meta and filters), excerpts from the
notes rather than page labels, a kind filter, and no autofocus on the search page."""
from __future__ import annotations

import gzip
import json

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from generator.outputs.pagefind import pagefind_executable
from tests.conftest import REPO

NOTE = """\
---
title: 港町 Python 勉強会 vol.4
event_date: 2024-03-01
venue: 港町ホール
tags: [Python]
---
# 港町 Python 勉強会 vol.4

## 型ヒント入門

- 山田 太郎さん
- スライド: https://speakerdeck.com/example/typing

型ヒントを段階的に入れた話。

## LT: 非同期処理の話

- 佐藤 花子さん

asyncio のイベントループを読んだ。
"""
EVENT = "events/港町-python-勉強会-vol-4/"


@pytest.fixture
def site(make_site):
    site = make_site({"content/a.md": NOTE}, config="title: T\nlanguage: ja\nsearch: false\n")
    site.build()
    return site


def searchable_text(html: str) -> str:
    """The text Pagefind indexes: inside data-pagefind-body, without data-pagefind-ignore parts."""
    tree = HTMLParser(html)
    body = tree.css_first("[data-pagefind-body]")
    for ignored in body.css("[data-pagefind-ignore]"):
        ignored.decompose()
    return body.text(separator=" ")


def pagefind_values(element, attribute: str) -> dict[str, str]:
    """`key[data-attr], key2[data-attr2]` -> {key: the element's attribute value}."""
    found = {}
    for part in element.attributes[attribute].split(","):
        key, _, source = part.strip().partition("[")
        found[key] = element.attributes[source.rstrip("]")]
    return found


def test_talk_pages_give_pagefind_their_event_date_and_kind(site):
    article = HTMLParser(site.read(EVENT + "非同期処理の話/index.html")).css_first("[data-pagefind-body]")
    assert pagefind_values(article, "data-pagefind-meta") == {
        "イベント": "港町 Python 勉強会 vol.4", "日付": "2024年3月1日(金)", "種別": "LT"}
    assert pagefind_values(article, "data-pagefind-filter") == {"年": "2024", "種別": "LT"}
    plain = HTMLParser(site.read(EVENT + "型ヒント入門/index.html")).css_first("[data-pagefind-body]")
    assert pagefind_values(plain, "data-pagefind-filter")["種別"] == "トーク"
    event = HTMLParser(site.read(EVENT + "index.html")).css_first("[data-pagefind-body]")
    assert pagefind_values(event, "data-pagefind-meta") == {"日付": "2024年3月1日(金)", "種別": "イベント"}


def test_page_labels_are_left_out_of_what_search_indexes(site):
    text = searchable_text(site.read(EVENT + "非同期処理の話/index.html"))
    for label in ("登壇者", "種別", "会場", "メモ", "タグ"):
        assert label not in text, label
    assert "佐藤 花子" in text and "asyncio" in text and "港町ホール" in text  # names, venue and notes stay
    page = HTMLParser(site.read(EVENT + "型ヒント入門/index.html"))
    page.css_first(".notes").decompose()  # the note's own "- スライド: ..." line is the note's text
    talk = searchable_text(page.html)
    assert "スライド" not in talk and "speakerdeck.com" not in talk  # the page's slides row
    event = searchable_text(site.read(EVENT + "index.html"))
    assert "日付" not in event and "トーク 2" not in event and "型ヒント入門" in event


def test_the_search_page_opens_the_kind_filter_and_does_not_take_focus(site):
    ui = HTMLParser(site.read("search/index.html")).css_first("#search")
    script = (REPO / "themes/default/static/search.js").read_text(encoding="utf-8")
    assert ui is None or ui.attributes["data-open-filters"] == "種別"
    assert "autofocus: false" in script and "autofocus: true" not in script
    assert "data-open-filters" in script


@pytest.mark.skipif(pagefind_executable() is None, reason="Pagefind is not installed")
def test_the_search_index_holds_the_context_and_the_notes(make_site):
    site = make_site({"content/a.md": NOTE}, config="title: T\nlanguage: ja\nsearch: true\n")
    site.build()
    fragment = HTMLParser(site.read("search/index.html")).css_first("#search")
    assert fragment.attributes["data-open-filters"] == "種別"
    records = {}
    for path in (site.out / "pagefind/fragment").glob("*.pf_fragment"):
        raw = gzip.decompress(path.read_bytes())
        record = json.loads(raw[raw.index(b"{"):])
        records[record["meta"]["title"]] = record
    lt = records["非同期処理の話"]
    assert lt["meta"] == {"title": "非同期処理の話", "イベント": "港町 Python 勉強会 vol.4", "日付": "2024年3月1日(金)",
                          "種別": "LT"}
    assert lt["filters"]["種別"] == ["LT"] and lt["filters"]["年"] == ["2024"]
    assert "登壇者" not in lt["content"] and "種別" not in lt["content"]
    assert records["港町 Python 勉強会 vol.4"]["filters"]["種別"] == ["イベント"]
