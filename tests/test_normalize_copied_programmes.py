"""Programmes whose markup is lost or is a blog engine's HTML: a page of talks copied as text (a title, the speaker
on the next line, the deck's address), and paragraphs each opening with a link whose text names the talk and its
speaker. Our own notes, in the shapes real ones take."""
from __future__ import annotations

from note_text import event_of


def test_a_page_of_talks_copied_as_text():
    event = event_of("""
        公式webサイト
        https://harbordc.example.org/2017/

        見た発表

        Auto Layoutの中身
        稲葉 泰史 (@inabay)
        https://speakerdeck.com/inabay/autolayout

        画面遷移を手で作る
        satoshi0123 (@shmdev)
        https://speakerdeck.com/satoshi0123/transition

        Build a maintainable UI library
        Kishida Katsuo (@k_katsuo)
        https://speakerdeck.com/kishida/ui-library

        Swift と Kotlin
        ezuma / @ezumaaa
        https://speakerdeck.com/ezuma/swift-kotlin
        """)
    read = [(t.title, [s.name for s in t.speakers], t.slides) for t in event.talks]
    assert read == [
        ("Auto Layoutの中身", ["稲葉 泰史"], "https://speakerdeck.com/inabay/autolayout"),
        ("画面遷移を手で作る", ["satoshi0123"], "https://speakerdeck.com/satoshi0123/transition"),
        ("Build a maintainable UI library", ["Kishida Katsuo"], "https://speakerdeck.com/kishida/ui-library"),
        ("Swift と Kotlin", ["ezuma"], "https://speakerdeck.com/ezuma/swift-kotlin"),
    ]


def test_two_such_blocks_are_no_programme():
    event = event_of("""
        公式webサイト

        Auto Layoutの中身
        稲葉 泰史 (@inabay)

        画面遷移を手で作る
        satoshi0123 (@shmdev)

        会場は広くて快適でした。ランチも美味しかった。
        """)
    assert len(event.talks) < 2


def test_blog_paragraphs_each_opening_with_a_bylined_link_to_its_recording():
    event = event_of("""
        ---
        title: Talks I liked from HarborConf 2012
        ---
        <p>Summarizing a 45 minute talk is hard, so here are short notes.</p>
        <p><a href="http://recordings.example.org/videos/101-harborconf-salami">Fast Salami - Ada Byrne</a>
        Ada talks about parallelism and streaming, with a live demo.</p>
        <p><a href="http://recordings.example.org/videos/102-harborconf-tools">Making Ruby Better on OSX - Ben Okafor</a>
        A one-click development tool for the Mac, still a work in progress.</p>
        <p><a href="http://recordings.example.org/videos/103-harborconf-deploys">Zero Downtime Deploys - Cara Lind</a>
        Every problem you meet on the way to many nines.</p>
        <p>Further reading: <a href="https://note.example.org/x">HarborConf notes ｜ someone ｜ note</a></p>
        """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Fast Salami", ["Ada Byrne"]), ("Making Ruby Better on OSX", ["Ben Okafor"]),
        ("Zero Downtime Deploys", ["Cara Lind"])]


def test_a_talks_summary_label_follows_the_talk_and_a_meeting_venue_label_is_the_events():
    from generator.normalize import sections
    assert sections.section_role("Talk Summary") == "follow"
    assert sections.section_role("講演概要") == "follow"
    assert sections.section_role("Meeting Venue: Harbor Needle") == "event"
