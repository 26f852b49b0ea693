"""Shapes met in batch 20's real notes (rewritten in our own words, names and titles changed): a recap whose
headings give the talk, the speaker and where they work after dashes; and the habits around it that must stay
as they were."""
from __future__ import annotations

from generator.normalize import bylines
from note_text import event_of


_RECAP = """
    ---
    title: "DevDays Harbour City"
    date: 2019-10-04
    ---
    Five of us went to DevDays Harbour City at the Pier Hall, two days of talks.

    ## A Lighthouse That Knows Your Face – Mira Okon – Lumen

    Mira showed how a camera and a small board open the lighthouse door for the keepers it knows.

    ## Shipping Fast with Small Services – Tomas Reyes – Northwind

    Tomas walked through the services his team runs:

    - **Batching** – many small requests are sent together over one connection.
    - **Back Pressure** – a slow reader tells the writer to wait before more data comes.
    - **Retry Budget** – each caller may retry only a share of its requests, so a failure does not spread.

    ## Keynote: Why Now Is a Good Time to Build – Ada Brook, Harbour Labs

    Ada looked back at thirty years of tools.
    """


def test_a_heading_gives_title_speaker_and_organisation_after_dashes():
    event = event_of(_RECAP)
    assert [t.title for t in event.talks] == [
        "A Lighthouse That Knows Your Face", "Shipping Fast with Small Services", "Why Now Is a Good Time to Build"]
    assert [[(s.name, s.affiliation) for s in t.speakers] for t in event.talks] == [
        [("Mira Okon", "Lumen")], [("Tomas Reyes", "Northwind")], [("Ada Brook", "Harbour Labs")]]
    assert event.talks[2].kind == "keynote"


def test_a_terms_list_inside_a_talks_notes_stays_its_notes():
    event = event_of(_RECAP)
    assert not any("Batching" in t.title or "requests" in t.title for t in event.talks)
    assert "Back Pressure" in event.talks[1].body


def test_dashes_that_are_the_titles_own_stay_in_the_title():
    # guards: a subtitle after a dash, a note in parentheses, two people after the dash
    assert bylines.heading_tail("Go - The Good - The Bad") == ("Go - The Good - The Bad", None)
    assert bylines.heading_tail("待ち行列 - 入門編 - （仮題）")[1] is None
    assert bylines.heading_tail("Title – Jane Doe, John Roe") == ("Title – Jane Doe, John Roe", None)  # two people
    assert bylines.heading_tail("gRPC 201 – small and quick services – Jo Park – Acme") == (
        "gRPC 201 – small and quick services", "Jo Park（Acme）")
