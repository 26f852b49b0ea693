"""Talk headings as people decorate them; other outline syntaxes made Markdown."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.normalize import dates, titles
from generator.normalize.headings import parse_heading
from generator.normalize.prepare import prepare


@pytest.mark.parametrize("raw, title, room, lightning, byline", [
    ("🎤 発表2: 型で守る設定ファイル", "型で守る設定ファイル", None, False, None),
    ("⚡️ LT: 5分で分かる eBPF", "5分で分かる eBPF", None, True, None),
    ("2. Terraform の state を分割する", "Terraform の state を分割する", None, False, None),
    ("3本目: 社内 PyPI の作り方", "社内 PyPI の作り方", None, False, None),
    ("【セッション2】監視の設計", "監視の設計", None, False, None),
    ("[Room B] Wasm と Rust", "Wasm と Rust", "Room B", False, None),
    ("[LT] 朝会を変えた話", "朝会を変えた話", None, True, None),
    ("Talk: Shipping on Fridays — Priya Nair", "Shipping on Fridays", None, False, "Priya Nair"),
    ("LT2 gRPC / REST 共存の設計 / 西田 恵", "gRPC / REST 共存の設計", None, True, "西田 恵"),
    ("Learning by Doing", "Learning by Doing", None, False, None),
    ("CI/CD / パイプラインの見直し", "CI/CD / パイプラインの見直し", None, False, None),
    ("3.12 で変わったこと", "3.12 で変わったこと", None, False, None),
    ("LT で緊張しない方法", "LT で緊張しない方法", None, False, None),
])
def test_parse_heading(raw, title, room, lightning, byline):
    h = parse_heading(raw)
    assert (h.title, h.room, h.lightning, h.byline) == (title, room, lightning, byline)


def test_scrapbox_export_becomes_markdown():
    text = "Meetup 9\n\n[** 最初の発表]\n\t登壇: [佐藤]さん\n\t\t深い話 [資料 https://example.com/s]\n"
    out = prepare(text).split("\n")
    assert out[2] == "### 最初の発表"
    assert out[3] == "- 登壇: 佐藤さん"
    assert out[4] == "  - 深い話 [資料](https://example.com/s)"


def test_bold_lines_become_headings_only_without_markdown_headings():
    body = "intro\n\n**First talk** by Ann Lee\n\nnotes\n\n**Second talk** by Bo Kim\n\nmore\n"
    assert prepare(body).split("\n")[2] == "## First talk by Ann Lee"
    assert prepare("## Real heading\n\n" + body) == "## Real heading\n\n" + body
    assert prepare("**Only one** by Ann Lee\n\ntext\n") == "**Only one** by Ann Lee\n\ntext\n"


def test_year_less_dates_take_the_publication_year():
    assert dates.find_month_day("7月9日（土）に開催", dt.date(2022, 7, 10)) == dt.date(2022, 7, 9)
    assert dates.find_month_day("昨日 12/30(金) は", dt.date(2023, 1, 2)) == dt.date(2022, 12, 30)
    assert dates.find_month_day("3/4 の資料", dt.date(2023, 1, 2)) is None  # no weekday: not a date


def test_full_width_and_ordinal_dates():
    assert dates.find_date("２０２２年５月１４日（土）") == dt.date(2022, 5, 14)
    assert dates.find_date("Saturday 14th September 2019") == dt.date(2019, 9, 14)


@pytest.mark.parametrize("raw, expected", [
    ("Kotlin 関西 #11 で Compose の話を浴びてきた", "Kotlin 関西 #11"),
    ("初めて勉強会に行ってみた話｜山田", "初めて勉強会に行ってみた話"),
    ("Rust.Tokyo 2019 | Day 1", "Rust.Tokyo 2019"),  # the day of a longer event is not its name
])
def test_title_suffixes(raw, expected):
    assert titles.clean_event_title(raw) == expected


def test_event_named_in_the_opening_sentence():
    assert titles.event_named_in(["先週末、「港町 Python 勉強会 vol.3」に参加してきました。"]) == "港町 Python 勉強会 vol.3"
    assert titles.event_named_in(["Nagoya.rb #40 に行ってきました。"]) == "Nagoya.rb #40"
    assert titles.event_named_in(["勉強会に参加してきました。"]) is None  # no number: not clearly an event name


def test_a_slot_kind_or_room_before_a_quoted_title():
    from generator.normalize.headings import parse_heading
    h = parse_heading("1コマ目 基調講演 「Jenkins プロジェクトの今」")
    assert (h.title, h.kind, h.room) == ("Jenkins プロジェクトの今", "keynote", None)
    h = parse_heading("2コマ目:S505教室 「継続的デプロイの現状」")
    assert (h.title, h.room) == ("継続的デプロイの現状", "S505教室")
    assert parse_heading("山田さん「Title」").byline == "山田"  # a person before the quotes is the speaker


def test_a_time_and_track_line_under_a_talk_gives_its_room():
    from note_text import event_of
    event = event_of("---\ntitle: HarborDay 2016\ndate: 2016-05-13\n---\n\n## Your API is a UI\n * Chris Holt ([@cholt](http://twitter.com/cholt))\n"
                     " * Day 1 - 11:00 – 12:00 - track 1\n\nNotes.\n\n## Security basics\n * Jo Tam ([@jotam](http://twitter.com/jotam))\n"
                     " * Day 1 - 14:30 – 15:30 - track 2\n\nNotes.\n")
    assert [(t.title, t.room) for t in event.talks] == [("Your API is a UI", "track 1"), ("Security basics", "track 2")]
