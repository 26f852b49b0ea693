"""Readings added in session 48, each with a note of our own in the shape real notes used."""
from __future__ import annotations

from generator.normalize import bylines
from note_text import event_of


def _talks(event):
    return [(t.title, [s.name for s in t.speakers]) for t in event.talks]


# --- a speaker's card written in fields between bars ----------------------------------------------------------------

_CARDS = """
---
layout: post
title: Notes from Harbour Deconstruct 2019
date: 2019-05-02
---
Two days of talks in the old cinema.

## Julia Park | @jpark | Stripe | "Impossible Programs"
She wrote a program she thought could not exist.

## Tom Hale | @thale | "Banjo Grammar"
Parsing tablature.

## Vicky Lee | vlee | Fastly | "Show me your echolocation"
Bats and latency.

## Nadia Bloom | Formerly Acme Learning | "How are your relationships?"
Databases and people.
"""


def test_a_speakers_card_in_bar_separated_fields_gives_the_quoted_title():
    event = event_of(_CARDS)
    assert _talks(event) == [("Impossible Programs", ["Julia Park"]), ("Banjo Grammar", ["Tom Hale"]),
                             ("Show me your echolocation", ["Vicky Lee"]),
                             ("How are your relationships?", ["Nadia Bloom"])]
    julia, tom, vicky, nadia = event.talks
    assert (julia.speakers[0].handle, julia.speakers[0].affiliation) == ("jpark", "Stripe")
    assert (vicky.speakers[0].handle, vicky.speakers[0].affiliation) == ("vlee", "Fastly")
    assert (nadia.speakers[0].handle, nadia.speakers[0].affiliation) == (None, "Formerly Acme Learning")


def test_a_card_with_no_quotes_takes_its_last_field_as_the_title():
    title, (who,) = bylines.split_title_speaker("Tea Holm | @teaholm | learnkind.org | Accessibility")
    assert (title, who.name, who.handle, who.affiliation) == ("Accessibility", "Tea Holm", "teaholm", "learnkind.org")


def test_bars_not_opening_with_a_person_are_no_card():
    # (a slot's fields: the room and the track are no person, and the title stays as the page wrote it)
    title, speakers = bylines.split_title_speaker('Track A | Room 2 | "Caching at the edge"')
    assert not speakers


# --- a heading habit's title cleaned as any title ----------------------------------------------------------------------

def test_a_name_colon_quoted_title_heading_loses_the_quotes():
    event = event_of("""
        ---
        layout: post
        title: Looking forward to Harbour Elixir Days 2014
        date: 2014-08-02
        ---
        Some of the talks I want to see again.

        ##Jane Roe: "Elixir Elevated"
        Macros, mostly.

        ##Ken Abe: "Writing Command Line Tools in Elixir"
        Escripts.

        ##Mira Stone: "OTP in Production"
        War stories.
        """)
    assert _talks(event) == [("Elixir Elevated", ["Jane Roe"]), ("Writing Command Line Tools in Elixir", ["Ken Abe"]),
                             ("OTP in Production", ["Mira Stone"])]


# --- labels before a talk's title ---------------------------------------------------------------------------------------

def test_a_slots_number_before_a_dash_and_the_writers_label_leave_the_title():
    from generator.normalize import titles
    assert titles.clean_talk_title("セッション 9 - 非同期なJavaScript入門") == "非同期なJavaScript入門"
    assert titles.clean_talk_title("Session 3 – Caching at the edge") == "Caching at the edge"
    assert titles.clean_talk_title("自分の発表：go/astで作る社内リンター入門") == "go/astで作る社内リンター入門"
    assert titles.clean_talk_title("My talk: Rust in anger") == "Rust in anger"
    # (a number that is the title's own stays: `2 - 3 trees` after `Talk 2 - `)
    assert titles.clean_talk_title("Talk 2 - 2 - 3 trees") == "2 - 3 trees"
    assert titles.clean_talk_title("Session 9 notes on Kafka") == "Session 9 notes on Kafka"


def test_a_talk_labelled_the_writers_own_is_given_by_the_notes_author():
    event = event_of("""
        ---
        layout: post
        title: 港Go読書会 番外編に参加しました
        author: kawauso_dev
        date: 2023-12-10
        ---
        番外編は発表会形式でした。

        ### 自分の発表：go/parserで作る小さなリンター
        スライドは後日公開します。

        ### sync.Mapは本当に速いのか — 白浜 ゆう
        ベンチマークの取り方の話。

        ### ジェネリクスと1年 — 雪村 健
        型パラメータの使いどころ。
        """)
    assert _talks(event) == [("go/parserで作る小さなリンター", ["kawauso_dev"]), ("sync.Mapは本当に速いのか", ["白浜 ゆう"]),
                             ("ジェネリクスと1年", ["雪村 健"])]
    assert event.talks[0].evidence[1].reading.startswith("the note's author")
