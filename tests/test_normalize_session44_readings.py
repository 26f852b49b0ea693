"""Session 44: readings of real notes' shapes, in the team's own words."""
from __future__ import annotations

import datetime as dt

from note_text import event_of


# --- front matter written in camelCase (Nuxt Content, Astro) ---------------------------------------------------------

_CAMEL_CASE_STAMP = """
    ---
    title: 北風Rust会 #3 のふりかえり
    publishedAt: 2031-12-02
    ---

    11月29日（土）に開催された **北風Rust会 #3** に行ってきました。

    ## 発表

    ### 所有権の地図 (@kita_rs)
    図を描いて説明する話でした。
"""


def test_a_camel_case_stamp_is_the_posts_day():
    # `publishedAt` is the post's day as `published_at` is: it gives the year of a day told without one
    event = event_of(_CAMEL_CASE_STAMP)
    assert event.date == dt.date(2031, 11, 29)


# --- `開かれた` tells the event's day as `開催された` does -------------------------------------------------------------

_HELD_KAIKARETA = """
    ---
    title: 北風Rust会 #3 のふりかえり
    date: 2031-12-02
    ---

    11/29 に前橋で開かれた **北風Rust会 #3** に行ってきました。

    ## 発表

    ### 所有権の地図 (@kita_rs)
    図を描いて説明する話でした。
"""


def test_a_day_before_kaikareta_is_the_events_and_no_place():
    event = event_of(_HELD_KAIKARETA)
    assert event.date == dt.date(2031, 11, 29)
    assert event.venue is None  # `11/29 に前橋`: a day and a town, not the place
