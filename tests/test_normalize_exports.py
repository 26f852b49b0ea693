"""Files a tool saved whole (normalize/exports.py): a pretalx schedule, Sessionize's JSON, connpass's API, an Evernote
export, captions. Every file here is the team's own, in the shape the tool writes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator.read.sources import is_note_file
from note_text import event_of, talks_of

_SCHEDULE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <generator name="pretalx" version="2024.1.1" />
  <version>1.2</version>
  <conference>
    <acronym>harbor-py-2031</acronym>
    <title>Harbor PyDays 2031</title>
    <start>2031-06-14</start>
    <end>2031-06-15</end>
    <base_url>https://pretalx.harborpy.example</base_url>
  </conference>
  <day index="1" date="2031-06-14">
    <room name="Hall">
      <event guid="a1" id="1">
        <room>Hall</room>
        <title>Welcome to Harbor PyDays</title>
        <type>Opening</type>
        <abstract>Coffee is in the reading room.</abstract>
        <persons />
      </event>
      <event guid="a2" id="2">
        <room>Hall</room>
        <title>Python on the tide gauge</title>
        <type>Keynote</type>
        <persons><person id="11" code="AB">Sigrun Hale</person></persons>
        <attachments><attachment href="/media/slides/tide.pdf">Slides</attachment></attachments>
      </event>
      <event guid="a3" id="3">
        <room>Workshop room</room>
        <title>Typing array code calmly</title>
        <type>Talk</type>
        <persons><person id="12">Emil Rask</person><person id="13">Kari Lunde</person></persons>
      </event>
      <event guid="a4" id="4">
        <room>Hall</room>
        <title>CANCELLED: Packaging in ten minutes</title>
        <type>Lightning Talk</type>
        <persons><person id="14">Ola Brekk</person></persons>
      </event>
      <event guid="a5" id="5">
        <room>Hall</room>
        <title>A tide clock on a Pi</title>
        <type>Lightning Talk</type>
        <persons><person id="15">Ahmed Karimi</person></persons>
      </event>
      <event guid="a6" id="6">
        <room>Hall</room>
        <title>Lunch</title>
        <type>Break</type>
        <persons />
      </event>
    </room>
  </day>
</schedule>
"""


def test_a_pretalx_schedule_is_the_programme():
    event = event_of(_SCHEDULE_XML, "schedule.xml")
    assert event.title == "Harbor PyDays 2031"
    assert str(event.date) == "2031-06-14"
    assert [(t.title, [s.name for s in t.speakers], t.kind, t.room) for t in event.talks] == [
        ("Python on the tide gauge", ["Sigrun Hale"], "keynote", "Hall"),
        ("Typing array code calmly", ["Emil Rask", "Kari Lunde"], "talk", "Workshop room"),
        ("A tide clock on a Pi", ["Ahmed Karimi"], "lightning", "Hall"),
    ]
    assert event.talks[0].slides == "https://pretalx.harborpy.example/media/slides/tide.pdf"


_SESSIONIZE = {
    "sessions": [
        {"id": "1", "title": "Registration & coffee", "description": "Badges at the desk.",
         "startsAt": "2031-10-05T08:15:00", "isServiceSession": True, "speakers": [], "categoryItems": [],
         "questionAnswers": [], "roomId": 1},
        {"id": "2", "title": "Welcome", "description": "Welcome to Gullwing DevDay 2031 at the Saltworks!",
         "startsAt": "2031-10-05T09:15:00", "isServiceSession": True, "speakers": [], "categoryItems": [],
         "questionAnswers": [], "roomId": 1},
        {"id": "3", "title": "Boring technology, thirty years on", "description": "What aged well.",
         "startsAt": "2031-10-05T09:30:00", "isServiceSession": False, "speakers": ["p1"], "categoryItems": [10],
         "questionAnswers": [{"questionId": 7, "answerValue": "https://speakerdeck.com/mo/boring"}], "roomId": 1,
         "recordingUrl": "https://www.youtube.com/watch?v=abcdefghijk", "status": "Accepted"},
        {"id": "4", "title": "Cron in a spreadsheet", "description": None, "startsAt": "2031-10-05T14:15:00",
         "isServiceSession": False, "speakers": ["p2", "p3"], "categoryItems": [11], "questionAnswers": [],
         "roomId": 2, "status": "Accepted"},
    ],
    "speakers": [
        {"id": "p1", "firstName": "Mo", "lastName": "Okafor", "fullName": "Mo Okafor", "sessions": [3]},
        {"id": "p2", "fullName": "Holly Park", "sessions": [4]},
        {"id": "p3", "fullName": "Aled Price", "sessions": [4]},
    ],
    "questions": [{"id": 7, "question": "Link to slides (optional)"}],
    "categories": [{"id": 1, "title": "Session format", "items": [{"id": 10, "name": "Keynote"},
                                                                   {"id": 11, "name": "Lightning talk (5 min)"}]}],
    "rooms": [{"id": 1, "name": "Main Stage"}, {"id": 2, "name": "The Loft"}],
}


def test_sessionize_sessions_are_the_programme_and_the_welcome_names_the_event():
    event = event_of(json.dumps(_SESSIONIZE), "All.json")
    assert event.title == "Gullwing DevDay 2031"
    assert str(event.date) == "2031-10-05"
    assert [(t.title, [s.name for s in t.speakers], t.kind, t.room) for t in event.talks] == [
        ("Boring technology, thirty years on", ["Mo Okafor"], "keynote", "Main Stage"),
        ("Cron in a spreadsheet", ["Holly Park", "Aled Price"], "lightning", "The Loft"),
    ]
    assert event.talks[0].slides == "https://speakerdeck.com/mo/boring"
    assert event.talks[0].video == "https://www.youtube.com/watch?v=abcdefghijk"


def test_an_event_from_connpasss_api_is_read_even_when_printed_over_lines():
    record = {"results_returned": 1, "events": [{
        "id": 1, "title": "みなとセキュリティ夜話 #3", "url": "https://minato-sec.connpass.com/event/1/",
        "hash_tag": "みなと夜話", "started_at": "2031-03-08T19:00:00+09:00", "place": "港テック 8F",
        "description": "<h2>タイムテーブル</h2><table><tr><th>時間</th><th>タイトル</th><th>登壇者</th></tr>"
                       "<tr><td>19:10</td><td>ゼロトラスト最初の90日</td><td>熱田 里奈</td></tr>"
                       "<tr><td>19:40</td><td>IdP 乗り換えの話</td><td>大須 健吾</td></tr></table>"}]}
    event = event_of(json.dumps(record, ensure_ascii=False, indent=2), "api_v2_events.json")
    assert (event.title, str(event.date), event.venue, event.url, list(event.hashtags)) == (
        "みなとセキュリティ夜話 #3", "2031-03-08", "港テック 8F", "https://minato-sec.connpass.com/event/1/", ["みなと夜話"])
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("ゼロトラスト最初の90日", ["熱田 里奈"]), ("IdP 乗り換えの話", ["大須 健吾"])]


_ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">
<en-export export-date="20310415T120000Z" application="Evernote" version="10.0">
  <note>
    <title>杜LLM #2 メモ</title>
    <created>20310412T093000Z</created>
    <tag>勉強会</tag>
    <tag>LLM</tag>
    <content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><div><en-todo checked="true"/>受付</div><h2>発表</h2><ul><li>RAG の評価入門 / 広瀬 真央</li><li>GPU 1枚で回す / 名取 蓮</li></ul></en-note>]]></content>
    <resource><data encoding="base64">aGVsbG8=</data><mime>image/png</mime></resource>
  </note>
</en-export>
"""


def test_an_evernote_export_is_read_as_its_note():
    event = event_of(_ENEX, "勉強会メモ.enex")
    assert list(event.tags) == ["勉強会", "LLM"]
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("RAG の評価入門", ["広瀬 真央"]), ("GPU 1枚で回す", ["名取 蓮"])]


_VTT = """WEBVTT
Kind: captions
Language: ja

00:00:01.000 --> 00:00:03.000
♪～（BGM）

00:00:04.000 --> 00:00:06.000
[拍手]
みなとテックフェス 2031 ようこそ

00:00:06.000 --> 00:00:08.000
お越しくださいました

00:00:09.000 --> 00:00:11.000
まず 基調講演は 吉野 千里さんによる 「地方から OSS に

00:00:11.000 --> 00:00:13.000
コントリビュートし続ける方法」です
"""


def test_captions_are_the_words_said_joined_into_sentences():
    from generator.normalize import exports
    text, front = exports.captions(_VTT)
    assert front == {}
    assert text.split("\n\n") == [
        "みなとテックフェス 2031 ようこそお越しくださいました",
        "まず 基調講演は 吉野 千里さんによる 「地方から OSS にコントリビュートし続ける方法」です",
    ]


def test_a_broken_export_is_read_as_text_without_a_traceback():
    assert talks_of("<schedule><conference><title>Half a file", "schedule.xml") == []
    assert event_of('{"sessions": [{"title": "x"', "All.json").talks == ()


def test_only_the_tools_files_among_a_folders_json_and_xml_are_notes(tmp_path: Path):
    (tmp_path / "schedule.xml").write_text(_SCHEDULE_XML, encoding="utf-8")
    (tmp_path / "All.json").write_text(json.dumps(_SESSIONIZE), encoding="utf-8")
    (tmp_path / "data.json").write_text('{"colour": "blue"}', encoding="utf-8")
    (tmp_path / "feed.xml").write_text("<rss><channel><title>x</title></channel></rss>", encoding="utf-8")
    (tmp_path / "note.md").write_text("# x\n", encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if is_note_file(p)) == ["All.json", "note.md", "schedule.xml"]


def test_a_site_built_from_a_pretalx_schedule_has_its_talks(tmp_path: Path):
    content = tmp_path / "content"
    content.mkdir()
    (tmp_path / "site.yml").write_text("title: Harbor talks\n", encoding="utf-8")
    (content / "schedule.xml").write_text(_SCHEDULE_XML, encoding="utf-8")
    (content / "data.json").write_text('{"colour": "blue"}', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    pages = [p.relative_to(tmp_path / "output").as_posix() for p in (tmp_path / "output").rglob("index.html")]
    assert "events/harbor-pydays-2031/typing-array-code-calmly/index.html" in pages
    summary = next(line for line in (done.stdout + done.stderr).splitlines() if " talks" in line and " notes" in line)
    assert summary.startswith("1 notes") and "3 talks" in summary  # (data.json is no note)


# --- chats exported by their apps -------------------------------------------------------------------------------------

_WHATSAPP = """03/02/2031, 20:14 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
03/02/2031, 20:14 - Ana Petit created group "Lantern crew"
03/02/2031, 20:16 - Ana Petit: Right, March meetup. The Loom have confirmed Thursday 13th
03/02/2031, 20:17 - Tom Reid: Nice. Same room?
05/02/2031, 08:30 - Ana Petit: Meetup page is up: Lantern JS #40
https://www.meetup.com/lantern-js/events/1/
05/02/2031, 08:31 - Ana Petit: <Media omitted>
06/02/2031, 10:10 - Jo Amos: This message was deleted
"""


def test_a_whatsapp_export_is_read_as_its_messages():
    from generator.normalize import exports
    text, front = exports.whatsapp(_WHATSAPP)
    assert front == {"date": "2031-02-03", "title": "Lantern JS #40"}
    said = [p for p in text.split("\n\n") if p.strip()]
    assert said == ["Right, March meetup. The Loom have confirmed Thursday 13th", "Nice. Same room?",
                    "Meetup page is up: Lantern JS #40\nhttps://www.meetup.com/lantern-js/events/1/"]
    assert event_of(_WHATSAPP, "WhatsApp Chat with Lantern crew.txt").title == "Lantern JS #40"


def test_a_us_phones_whatsapp_export_reads_its_month_first():
    from generator.normalize import exports
    text, front = exports.whatsapp("1/22/31, 8:14 PM - Ana: one\n1/23/31, 9:02 AM - Tom: two\n1/25/31, 7:11 PM - Jo: three\n")
    assert front["date"] == "2031-01-22" and "three" in text


_ZOOM = """18:58:21 From Dana Wells to Everyone:
\tHi all, we'll start at 7:02
18:59:04 From Ravi Nair to Everyone:
\tevening from Leeds
19:00:12 From Dana Wells to Everyone:
\tReacted to "evening from Leeds" with 👋
19:01:47 From Dana Wells to Everyone:
\tWelcome to Infra Tea Hour #21. Tonight:
\t• 19:05 Kei Barnes — Drift detection that does not cry wolf
\t• 19:35 Lars Ek — Four hundred workspaces later
"""


def test_a_zoom_chat_is_read_as_its_messages_and_its_programme():
    event = event_of(_ZOOM, "meeting_saved_chat.txt")
    assert event.title == "Infra Tea Hour #21"
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Drift detection that does not cry wolf", ["Kei Barnes"]), ("Four hundred workspaces later", ["Lars Ek"])]


def test_a_chats_messages_as_json_are_read_in_the_order_sent():
    from generator.normalize import exports
    messages = [
        {"message_id": "2", "account": {"name": "越智"}, "body": "[rp aid=1 to=9-1]了解です (bow)", "send_time": 1930000100},
        {"message_id": "1", "account": {"name": "須磨"}, "body": "[To:4410927]汐見さん\nみなとまちGo #9 の会場決まりました",
         "send_time": 1930000000},
    ]
    text, front = exports.message_list(json.dumps(messages, ensure_ascii=False))
    assert text.split("\n\n") == ["みなとまちGo #9 の会場決まりました", "了解です"]
    assert front["date"] == "2031-02-27"  # (1930000000 s: 2031-02-27 23:06 UTC)


# --- DokuWiki ----------------------------------------------------------------------------------------------------------

_DOKUWIKI = """~~NOTOC~~
====== October 2031 meeting ======

<WRAP center round info 80%>
This page is for the **October 2031** meeting. For September see [[meetings:2031-09]].
</WRAP>

===== When & where =====

  * **Date:** Wednesday 15 October 2031, talks from 19:15
  * **RSVP:** [[https://www.meetup.com/fenlug/events/9/|Meetup page]] ((not required))

===== Programme =====

^ Time   ^ What                                   ^ Who                       ^ Slides ^
| 19:15  | **Snapshots for the fearful**          | Gary Lowe                 | [[https://slides.com/glowe/snapshots|slides]] |
| 19:55  | Break                                  |                           |        |
| 20:05  | **NixOS on an old laptop**             | [[user:wren|Wren Hollis]] |        |

{{:meetings:2031-10:cat.jpg?400|The cat}}

{{tag>meetings talks nixos}}
"""


def test_a_dokuwiki_page_is_read_as_markdown():
    event = event_of(_DOKUWIKI, "2031-10.txt")
    assert event.title == "October 2031 meeting"
    assert str(event.date) == "2031-10-15"
    assert list(event.tags) == ["meetings", "talks", "nixos"]
    assert event.url == "https://www.meetup.com/fenlug/events/9/"
    assert [(t.title, [s.name for s in t.speakers], t.slides) for t in event.talks] == [
        ("Snapshots for the fearful", ["Gary Lowe"], "https://slides.com/glowe/snapshots"),
        ("NixOS on an old laptop", ["Wren Hollis"], None)]


def test_a_mediawiki_page_is_never_read_as_dokuwiki():
    from generator.normalize import dialects
    page = "== Talks ==\n\n* '''Snapshots''' by [[User:Gary|Gary Lowe]]\n  * more\n\n{{Infobox event|name=X}}\n"
    assert not dialects._is_dokuwiki(page, ".txt")


# --- guards from the review of these readers ----------------------------------------------------------------------------

def test_a_talk_titled_with_a_breaks_word_stays_in_the_programme():
    schedule = _SCHEDULE_XML.replace("<title>Typing array code calmly</title>",
                                     "<title>Closing the loop: feedback-driven tests</title>")
    schedule = schedule.replace("<title>A tide clock on a Pi</title>", "<title>Networking in Kubernetes, explained</title>")
    found = [t.title for t in event_of(schedule, "schedule.xml").talks]
    assert found == ["Python on the tide gauge", "Closing the loop: feedback-driven tests", "Networking in Kubernetes, explained"]


def test_a_log_whose_lines_open_with_a_day_and_a_time_is_no_whatsapp_chat():
    from generator.normalize import exports
    log = ("Meetup planning log\n\n3/14/2031, 6:30 PM - booked the room at the Loom\n3/15/2031, 9:00 AM - asked two speakers\n"
           "3/20/2031, 8:00 PM - both said yes\n\n## Talks\n\n- Jane Doe: Signals in depth\n- Sam Roe: Vite plugins\n")
    assert not exports.is_whatsapp(log, ".txt")
    assert not exports.is_whatsapp("12/06/2031 09:30 Keynote: Platform teams - Jane Doe\n12/06/2031 10:30 Break\n"
                                   "12/06/2031 11:00 Talk: Signals - Sam Roe\n", ".txt")


def test_a_folders_list_of_posts_as_json_is_no_chat(tmp_path: Path):
    posts = [{"title": "Signals", "date": "2031-01-02", "content": "x", "author": "jane"},
             {"title": "Vite", "date": "2031-02-03", "content": "y", "author": "sam"}]
    (tmp_path / "posts.json").write_text(json.dumps(posts), encoding="utf-8")
    assert not is_note_file(tmp_path / "posts.json")


def test_messages_with_and_without_a_time_zone_are_read_in_order():
    from generator.normalize import exports
    messages = [{"user": "jo", "text": "second", "date": "2031-07-01 10:15"},
                {"user": "ana", "text": "first", "date": "2031-07-01T09:00:00Z"}]
    text, _ = exports.message_list(json.dumps(messages))
    assert text.split("\n\n") == ["first", "second"]


def test_a_mediawiki_page_with_doubled_slashes_in_an_address_is_no_dokuwiki_page():
    from generator.normalize import dialects
    page = ("== Talks ==\n\n* Snapshots by Gary Lowe, slides at https://example.org//talks//snap.pdf\n"
            "  * nested note\n")
    assert not dialects._is_dokuwiki(page, ".txt")


# --- a Marp slide deck --------------------------------------------------------------------------------------------------

_MARP = """---
marp: true
paginate: true
footer: 'みなとUI会 #3 ｜ 2031.02.15'
---

<!-- _class: lead invert -->

![bg brightness:0.35](images/tower.jpg)

# みなとUI会 #3

2031.02.15 (Sat) 14:00 -
株式会社ユキミチ 7F

<!--
発表者ノート：開始前に Wi-Fi を板書
-->

---

# 前回（#2 2030.11.16）のふりかえり

- 参加 40 名

---

# タイムテーブル

| 時間 | タイトル | 登壇者 |
|---|---|---|
| 14:10 | Figma の Variables で作るデザイントークン | 石狩 あおい |
| 14:40 | RSC 実戦投入半年 | 神居 湊 |
"""


def test_a_marp_deck_is_one_note_titled_by_its_first_slide():
    event = event_of(_MARP, "slides.md")
    assert event.title == "みなとUI会 #3"
    assert str(event.date) == "2031-02-15"  # (never the meeting before's, on a later slide)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Figma の Variables で作るデザイントークン", ["石狩 あおい"]), ("RSC 実戦投入半年", ["神居 湊"])]
