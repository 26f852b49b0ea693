"""The talks a writer heard, listed under a heading that says so, and headings that are the writer's sentences.

Seen in real notes (batch 10, rewritten in our own words): a Japanese conference diary whose `# 聞いた発表`
is a bare list of the titles heard; an English recap whose `## Talks I attended` holds one `###` heading per
talk; a recap headed by the writer's own sentences (`I gave a talk!`, `I got swag!`), the writer's talk named
only in its notes (`I spoke about [Title](…)`).
"""
from __future__ import annotations

import pytest

from generator.normalize import sections
from note_text import talks_of


@pytest.mark.parametrize("heading", ["聞いた発表", "聴講したセッション", "印象に残ったセッション", "Talks I attended",
                                     "Sessions we watched", "発表一覧"])
def test_a_heading_about_the_talks_heard_announces_talks(heading):
    assert sections.container_kind(heading) == "talks"


def test_a_bare_list_of_titles_under_the_talks_heard_is_the_talks():
    talks = talks_of("""
        ---
        title: 港町カンファレンス 2016に行ってきた
        date: 2016-12-03
        ---
        # 聞いた発表

        - OSS は Linux で動いてこそ楽しい
        - php.ini を読み解く
        - そろそろ FPGA を触ってみよう！

        # 簡単な感想

        - どの発表も面白かった
        - 来年も行きたい
        """)
    assert [t[0] for t in talks] == ["OSS は Linux で動いてこそ楽しい", "php.ini を読み解く", "そろそろ FPGA を触ってみよう！"]


def test_a_list_of_remarks_under_a_talks_heading_is_not_talks():
    talks = talks_of("""
        ---
        title: 港町カンファレンス 2016
        date: 2016-12-03
        ---
        # 聞いた発表

        - どの発表もとても面白かったです。
        - 次回も参加したいと思いました。
        """)
    assert talks == []


def test_talks_under_a_talks_i_attended_heading_are_its_subheadings():
    talks = talks_of("""
        ---
        title: Notes from Harbor Python 2015
        date: 2015-02-12
        ---
        ## Talks I attended

        ### [Cutting the Cord: Testing Code That Calls HTTP](https://harborpy.example/schedule/54/)

        [Ines Cord](https://twitter.com/inescord) spoke on what she learned testing her client library.

        ### [Docker for the Rest of Us](https://harborpy.example/schedule/51/)

        A wonderful introduction to containers and how to deploy a small web app.

        ## Closing up

        I can't wait until next year!
        """)
    assert [t[0] for t in talks] == ["Cutting the Cord: Testing Code That Calls HTTP", "Docker for the Rest of Us"]


def test_headings_that_are_the_writers_sentences_are_not_talks_and_the_writers_talk_is_named_by_its_notes():
    talks = talks_of("""
        Title: Harbor Python 2017
        Date: 30-10-2017

        I spent the last few days at the conference.

        # I gave a talk!

        On the first day I spoke about [Python as a Second Tongue](https://harborpy.example/talks/second-tongue).
        A [video of my talk](https://www.youtube.com/watch?v=abcdefghijk) is up.

        # I went to talks and workshops!

        The conference was full of great sessions.

        # I got swag!

        Socks, stickers and a tiny computer.
        """, "note.md")
    assert [t[0] for t in talks] == ["Python as a Second Tongue"]


def test_numbered_english_slots_hold_their_talk_and_future_talks_and_the_location_are_the_events():
    from note_text import event_of
    text = """
        ---
        title: Harbor Security Night
        date: 2025-05-16
        ---
        # First talk

        ## Is Your Desk Phone Listening? Flaws in Office VoIP Handsets

        Notes on the handsets.

        # Second talk

        ## Slightly Injected: Finding and Testing Query Injection

        Notes on the queries.

        # Future talks

        We are always looking for speakers.

        # New location

        From this month we meet at the Harbor Arms.
        """
    talks = talks_of(text)
    ev = event_of(text)
    assert "always looking for speakers" in ev.body and "Harbor Arms" in ev.body
    assert [t[0] for t in talks] == ["Is Your Desk Phone Listening? Flaws in Office VoIP Handsets",
                                     "Slightly Injected: Finding and Testing Query Injection"]
    assert sections.container_kind("Second talk") == "talks"
    assert sections.container_kind("Talk of the town") is None


@pytest.mark.parametrize("heading", ["We need to talk about Kubernetes", "I am a legacy system"])
def test_a_talk_titled_in_the_first_person_present_is_still_a_talk(heading):
    talks = talks_of(f"""
        ---
        title: Harbor Ops Night
        date: 2025-05-16
        ---
        ## {heading}

        Notes on the talk, which was about running old systems.

        ## Scaling Postgres the Boring Way

        More notes.
        """)
    assert heading in [t[0] for t in talks]


def test_a_link_to_a_projects_home_never_names_the_writers_talk():
    from generator.normalize import own_talk
    assert own_talk._titled("I talked about [Rust](https://www.rust-lang.org/) and more.") is None
    assert own_talk._titled("I spoke about [Second Tongue](https://speakerdeck.com/me/second-tongue).") == "Second Tongue"
