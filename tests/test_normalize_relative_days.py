"""A day said relative to the post's own (`yesterday`, `昨日`), read where real posts say it (batch 21, our own
words): in a speaker's post that opens inside its one talk, with `presenting` as the verb, and in a Japanese
sentence wrapped over two lines around a link whose name has a dot."""
from __future__ import annotations

import datetime as dt

from generator.normalize import dates
from note_text import event_of


def test_yesterday_in_a_speakers_post_that_opens_with_its_talk():
    event = event_of("""
        ---
        title: "Talk: Harbor RubyConf 2015"
        date: 2015-10-11 16:44:49 -0700
        ---
        Yesterday, I had the pleasure of presenting at [Harbor RubyConf][1] 2015. The slides for my talk,
        *Small Tools for Large Apps*, are now online.

        [1]: https://harbor-rubyconf.example.org/
        """)
    assert event.date == dt.date(2015, 10, 10)


def test_a_wrapped_japanese_sentence_around_a_dotted_name():
    event = event_of("""
        ---
        title: 勉強会に行ってきた
        date: 2009-01-16 21:34:38 +0000
        ---

        昨日、[ミナト・テクノロジー](http://minato.example.com/)の東京本社で開かれた [Pier
        勉強会 Disc.7](http://pier.example.jp/etude/7/)に参加しに行ってきました。
        """)
    assert event.date == dt.date(2009, 1, 15)


def test_a_full_stop_still_ends_the_sentence():
    # guard: `Yesterday was quiet.` and a later verb of going are two sentences
    assert dates.relative_day("Yesterday was quiet. We went to the meetup today.", dt.date(2020, 5, 2)) \
        == dt.date(2020, 5, 2)
    assert dates.relative_day("昨日は雨。今日は勉強会に参加した。", dt.date(2020, 5, 2)) == dt.date(2020, 5, 2)


def test_presentation_is_no_verb_of_taking_part():
    # guard from the review: `presentation`, `representation` are nouns
    assert dates.relative_day("Yesterday I finished the slides for next week's presentation.", dt.date(2020, 5, 2)) is None
    assert dates.relative_day("Yesterday's weather was bad and I represent my company", dt.date(2020, 5, 2)) is None
