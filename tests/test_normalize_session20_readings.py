"""Session 20: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import pytest

from note_text import event_of


@pytest.mark.parametrize("title, name, venue", [
    # the host names its floor: digits after the at-sign's first letter
    ("2015-02-13 第8回 Harbor 勉強会 @ 丸の内 ハーバービル 41Fホール", "第8回 Harbor 勉強会", "丸の内 ハーバービル 41Fホール"),
    # an edition number touching the at-sign
    ("harbor.tokyo #15@Acme", "harbor.tokyo #15", "Acme"),
])
def test_a_titles_at_host_may_name_its_floor_or_touch_the_edition_number(title, name, venue):
    event = event_of(f"""
        ---
        title: "{title}"
        ---
        参加しました。
        """)
    assert (event.title, event.venue) == (name, venue)


def test_a_time_after_the_at_sign_is_no_host():
    # Guard: the at-sign reading widened to digits after the host's first letter; a time is still no host
    event = event_of("""
        ---
        title: "Harbor Meetup #3 @ 19:00"
        ---
        参加しました。
        """)
    assert event.venue is None


@pytest.mark.parametrize("closing, venue", [
    ("イベント開催にあたり、会場をご提供いただきました[株式会社ハーバー](https://harbor.example.jp/)様、お食事を"
     "ご提供いただきました株式会社ミナト様、ありがとうございました。", "株式会社ハーバー"),
    ("会場、飲食のご支援を頂きました株式会社ミナト様に感謝します。", "株式会社ミナト"),
    ("会場を提供して下さってるハーバー社の方も覗きに来ていました。", "ハーバー社"),
    ("And thanks especially to [Dockside.io](https://dockside.example.com) for providing the space and the pizza!",
     "Dockside.io"),
    ("Thanks again to /Quayside/ for Hosting Us!", "Quayside"),
])
def test_the_writer_thanking_the_host_for_the_room_names_the_venue(closing, venue):
    event = event_of(f"""
        ---
        title: Harbor Meetup #6
        date: 2024-05-01
        ---
        ## Talks

        ### Reading notes with care

        Jane Doe talked about reading notes.

        ## Thanks

        {closing}
        """)
    assert event.venue == venue
    assert [c.reading for c in event.evidence if c.field == "venue"] == ["the writer thanking the host for the room"]


@pytest.mark.parametrize("closing", [
    "Thanks to Jane Doe for hosting the talk and the Q&A.",  # a person hosting a talk, not a room
    "お食事をご提供いただきました株式会社ミナト様、ありがとうございました。",  # food, not the room
])
def test_thanks_for_something_else_names_no_venue(closing):
    # Guard: only thanks for the room (space, venue, hosting us) names a venue
    event = event_of(f"""
        ---
        title: Harbor Meetup #6
        date: 2024-05-01
        ---
        Jane Doe talked about reading notes.

        {closing}
        """)
    assert event.venue is None


def test_a_thank_you_in_a_code_sample_names_no_venue():
    # Guard: the thank-you reading looks at the whole note, never inside its code
    event = event_of("""
        ---
        title: Harbor Meetup #6
        date: 2024-05-01
        ---
        The template we use:

        ```
        Thanks to Acme Corp for providing the space!
        ```
        """)
    assert event.venue is None
