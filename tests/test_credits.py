"""Every talk and event page credits the notes it comes from: title, author, link; never a file name."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser as HTMLParser

BLOG = """\
---
title: 港町 Python 勉強会 vol.4 参加レポート
author: 佐々木 花子
url: https://blog.example/entry/1
event_date: 2024-03-01
---
# 港町 Python 勉強会 vol.4

## 型ヒント超入門

- 山田 太郎さん

ブログのメモ
"""

COPIED = """\
港町 Python 勉強会 vol.4に参加してきました

2024/03/01

■型ヒント超入門
山田 太郎さん
コピーしたメモ
"""

EVENT = "events/港町-python-勉強会-vol-4/"
TALK = EVENT + "型ヒント超入門/"


def credits_of(site, path: str) -> list[tuple[str, str | None, str | None]]:
    """(title, author text, link) of each credited note on the page at `path`."""
    tree = HTMLParser(site.read(path + "index.html"))
    out = []
    for li in tree.css(".credits li"):
        link = li.css_first("cite a")
        author = li.css_first(".credit-author")
        out.append((li.css_first("cite").text(), author.text() if author else None,
                    link.attributes["href"] if link else None))
    return out


def test_a_merged_event_credits_each_note_by_title_author_and_link_never_by_file_name(make_site):
    site = make_site({"content/000_4810bd2b6a9971eb.txt": COPIED, "content/2024-03-02-minato.md": BLOG},
                     config="title: T\nlanguage: ja\nsearch: false\n")
    site.build()
    expected = [("港町 Python 勉強会 vol.4に参加してきました", None, None),
                ("港町 Python 勉強会 vol.4 参加レポート", "筆者: 佐々木 花子", "https://blog.example/entry/1")]
    assert credits_of(site, EVENT) == expected
    assert credits_of(site, TALK) == expected  # the talk is in both notes
    for path in (EVENT, TALK):
        text = HTMLParser(site.read(path + "index.html")).body.text()
        assert "000_4810bd2b6a9971eb" not in text and ".md" not in text, path
    headings = [h.text() for h in HTMLParser(site.read(TALK + "index.html")).css(".note-source h3")]
    assert headings == ["メモの出典: 港町 Python 勉強会 vol.4に参加してきました",
                        "メモの出典: 港町 Python 勉強会 vol.4 参加レポート (佐々木 花子)"]


def test_a_note_without_an_author_is_credited_to_the_site_author_in_english_too(make_site):
    site = make_site({"content/minato.md": BLOG.replace("author: 佐々木 花子\n", "")},
                     config="title: T\nlanguage: en\nsearch: false\nauthor: Archive Keeper\n")
    site.build()
    credit = [("港町 Python 勉強会 vol.4 参加レポート", "by Archive Keeper", "https://blog.example/entry/1")]
    assert credits_of(site, EVENT) == credit
    assert credits_of(site, TALK) == credit
    assert HTMLParser(site.read(TALK + "index.html")).css_first(".credits h2").text() == "Based on these notes"


def test_the_paper_theme_credits_notes_as_well(make_site):
    site = make_site({"content/minato.md": BLOG}, config="title: T\nlanguage: ja\nsearch: false\ntheme: paper\n")
    site.build()
    assert credits_of(site, TALK) == [("港町 Python 勉強会 vol.4 参加レポート", "筆者: 佐々木 花子",
                                       "https://blog.example/entry/1")]
