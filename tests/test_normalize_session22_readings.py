"""Session 22: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import datetime as dt

from generator.normalize import dates
from note_text import event_of, talks_of


# --- the event's day --------------------------------------------------------------------------------------------------

def test_the_front_matter_summary_says_the_day():
    event = event_of("""
        ---
        layout: post
        title: "Spring follow-up and slides"
        description: Slides from Ada's talk "Queues in anger" at our
          March 4th, 2014 meetup.
        ---
        The Harbor Node meetup's March event filled the room at the [Dock Lab][dock].

        ## Queues in anger

        Ada walked through three outages.

        [dock]: http://dock.example/
        """)
    assert event.date == dt.date(2014, 3, 4)


def test_an_excerpt_with_the_day_inside_a_link():
    event = event_of("""
        ---
        layout: post
        title: June meetup
        excerpt: The June meetup for the Riverside JS group will be <a href="http://www.meetup.com/RJS/events/1/">June 9, 2015</a> at the library.
        ---
        <p>Talks this month:</p>
        <ul><li>Streams by Kim Lee</li></ul>
        """)
    assert event.date == dt.date(2015, 6, 9)


def test_the_first_date_the_note_writes_when_nothing_else_says():
    # a page whose opening is a greeting, the day written alone under `Schedule`
    event = event_of("""
        ====================
        next() - More Python
        ====================

        Hello!
        ======

        We are happy to announce the fourth PyHarbor meetup.

        Schedule
        ========

        Thursday, 19 September 2019

        - 18:00 Doors open
        - 18:30 Ropes and pulleys
        """, "note.rst")
    assert event.date == dt.date(2019, 9, 19)


def test_a_speakers_own_post_with_the_slot_under_the_talk():
    event = event_of("""
        # My talks at HarborKaigi

        ## 港のアプリを鍛える話

        https://harborkaigi.example/2017/timetable.html#session-3

        * 2017/03/10 11:00-11:30
        * Room3

        ## 資料

        * [speakerdeck](https://speakerdeck.com/someone/minato)
        """)
    assert event.date == dt.date(2017, 3, 10)


def test_guard_the_first_written_date_never_overrides_the_posts_own_day():
    # a post with its own date and a release date in its notes: the post's day, not the release's
    event = event_of("""
        ---
        title: Harbor.rb 12
        date: 2019-06-20
        ---
        We met at the usual place.

        ## Ropes

        The gem was released on 2017-01-04 and is still maintained.
        """)
    assert event.date == dt.date(2019, 6, 20)


def test_guard_a_code_sample_date_is_not_the_events():
    event = event_of("""
        # Harbor meetup notes

        ```
        Date: 2001-01-01
        ```

        ## Ropes

        Notes.
        """)
    assert event.date is None


def test_a_date_label_set_in_underscores():
    event = event_of("""
        ---
        title: Valley LUG June meeting
        date: 2013-06-01
        ---
        Our June meeting is coming up; bring a friend. The slides from the May meeting of 2013-05-08 are online.

        __Date__: Wednesday, June 12th, 2013 @ 7 pm <br/>
        __Location__: the back room of the library

        ## Topic: Kernels for beginners
        """)
    assert event.date == dt.date(2013, 6, 12)


def test_a_month_by_name_under_the_hours_label():
    event = event_of("""
        ---
        title: Harbor Postgres group, spring meeting
        date: 2024-03-01
        ---
        Spring is here and so is our next gathering; the winter one on 2023-12-06 was full.

        **Time**: Wednesday, 27th of March, 19.00

        **Place**: the harbour office
        """)
    assert event.date == dt.date(2024, 3, 27)


def test_guard_the_hours_label_still_gives_no_day_from_numbers():
    assert dates.find_month_day("Time: 4/21(土)", dt.date(2024, 5, 1), named_month=True) is None
    assert dates.find_month_day("Time: 21 April", dt.date(2024, 5, 1), named_month=True) == dt.date(2024, 4, 21)


def test_the_weekday_names_the_year_of_a_page_stamped_years_later():
    # a programme copied when the site moved: stamped 2016, `Friday 15 October` is a day of 2010
    event = event_of("""
        +++
        date = "2016-05-02T12:42:53-05:00"
        title = "program"
        +++

        <div class="notice">New to the format? Read the page about it.</div>
        <h4>Friday 15 October</h4>
        <div class="slot">09:00-09:30</div>
        <div class="what">Registration and coffee</div>
        <div class="slot">09:30-10:15</div>
        <div class="what"><strong>Ops for managers - Kim Lee</strong></div>
        """)
    assert event.date == dt.date(2010, 10, 15)
    assert dates.find_month_day("10月15日(金)に開催", dt.date(2016, 5, 2)) == dt.date(2010, 10, 15)


def test_guard_a_weekday_slip_near_the_posts_day_keeps_the_year():
    # a recap posted on 5 September 2014 that writes `Thursday, September 9th` (a Tuesday that year)
    assert dates.find_month_day("On Thursday, September 9th, we met", dt.date(2014, 9, 5)) == dt.date(2014, 9, 9)
    # a weekday that fits keeps its year
    assert dates.find_month_day("Saturday, May 17", dt.date(2014, 6, 1)) == dt.date(2014, 5, 17)


def test_a_whole_pages_publication_stamp_in_its_footer():
    # a generated page whose only day is the stamp in the post's footer (which the reading leaves out as page chrome)
    event = event_of("""
        <!DOCTYPE html>
        <html><head><title>Harbor Python</title></head>
        <body><article>
        <h1>Voice apps and Python</h1>
        <footer class="post-info"><abbr class="published" title="2018-03-20T00:00:00+00:00">Published: Tue 20 March 2018</abbr></footer>
        <p>Our next meetup has two talks.</p>
        <h2>Voice apps on lambdas</h2><p>By Kim Lee.</p>
        </article></body></html>
        """, "page.html")
    assert event.date == dt.date(2018, 3, 20)
    assert "Published" not in event.body


# --- who gives the talk -----------------------------------------------------------------------------------------------

def test_every_heading_ends_by_a_name_whatever_its_case():
    talks = talks_of("""
        # HarborConf day 0

        ### 港の多言語対応 by h1harbor

        メモ。

        ### 巨大な依存グラフ by giginu

        メモ。

        ### 状態機械で連携する by marcy_h

        メモ。

        ### Swizzling the harbour by kenta komaba

        メモ。
        """)
    assert ("Swizzling the harbour", ["kenta komaba"], "talk") in talks
    assert len(talks) == 4 and all(speakers for _, speakers, _ in talks)


def test_guard_a_lowercase_by_phrase_without_the_habit_stays_a_title():
    talks = talks_of("""
        # Harbor meetup

        ## Testing by example

        Notes.

        ## Ropes and pulleys

        Notes.
        """)
    assert [t[0] for t in talks] == ["Testing by example", "Ropes and pulleys"]


def test_a_byline_in_capitals_over_the_speakers_own_handle():
    talks = event_of("""
        #### Talks

        <div class="row">
          <div class="six columns">
            <h5>Queues <small>By KIM LEE</small></h5>
            <p><a href="https://twitter.com/kimlee_h"><i class="fa fa-twitter"></i> @kimlee_h</a></p>
          </div>
          <div class="six columns">
            <h5>Caching <small>By RAJ PATEL</small></h5>
            <p><a href="https://twitter.com/rajp"><i class="fa fa-twitter"></i> @rajp</a></p>
          </div>
          <div class="six columns">
            <h5>Mental Health <small>By JO DEE</small></h5>
            <p><a href="https://twitter.com/jodee_h"><i class="fa fa-twitter"></i> @jodee_h</a></p>
          </div>
        </div>
        """).talks
    assert [t.title for t in talks] == ["Queues", "Caching", "Mental Health"]
    assert [(s.name, s.handle) for s in talks[0].speakers] == [("KIM LEE", "kimlee_h")]


def test_a_heading_that_only_numbers_the_slot_over_the_title_set_apart():
    talks = talks_of("""
        # harbor.apk

        at 2017/06/16

        ## LT

        ### Session1
        *Slim down the harbour.*

        `@shiho_h`

        Notes about size.

        ### Session2
        **Faster builds for boats**

        @kenji_t

        Notes.

        ### 発表3
        「港のアシスタント」

        Notes.
        """)
    assert [t[:2] for t in talks] == [("Slim down the harbour.", ["shiho_h"]), ("Faster builds for boats", ["kenji_t"]),
                                      ("港のアシスタント", [])]


def test_guard_a_slot_heading_over_plain_notes_keeps_its_label():
    talks = talks_of("""
        # Harbor LT night

        ### LT1 Ropes for beginners

        *A short one.*

        ### Session2

        We talked about ropes for a while.
        """)
    assert talks[0][0] == "Ropes for beginners"
    assert talks[1][0] == "Session2"


def test_a_post_that_says_it_is_months_late_guesses_no_day():
    event = event_of("""
        ---
        title: Hosting the Lightning Talks at HarborCon 2022
        published_at: 2023-02-15 17:09:28
        ---
        > This blog post is 3 months late! Life happened.

        ## The line-up

        ### Containers

        Kim Lee

        ### Sound design

        Raj Patel
        """)
    assert event.date is None
    assert [t.kind for t in event.talks] == ["lightning", "lightning"]


def test_guard_a_post_about_talks_at_an_event_keeps_their_kind():
    event = event_of("""
        ---
        title: "Hosting the talks at HarborCon 2022"
        date: 2022-11-12
        ---
        ### Containers

        Kim Lee
        """)
    assert [t.kind for t in event.talks] == ["talk"]
