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
    assert dates.date_line("Friday 15 October", dt.date(2016, 5, 2)) == dt.date(2010, 10, 15)
    # (a full-width date heading reads as its plain form)
    assert dates.date_line("５／１７（火）", dt.date(2016, 5, 20)) == dt.date(2016, 5, 17)


def test_guard_a_weekday_slip_near_the_posts_day_keeps_the_year():
    # a recap posted on 5 September 2014 that writes `Thursday, September 9th` (a Tuesday that year)
    assert dates.date_line("Thursday, September 9th", dt.date(2014, 9, 5)) == dt.date(2014, 9, 9)
    # a weekday that fits keeps its year
    assert dates.date_line("Saturday, May 17", dt.date(2014, 6, 1)) == dt.date(2014, 5, 17)


def test_guard_a_weekday_in_a_sentence_moves_no_year():
    # (review) a weekday slip in a labelled line, an announcement, a word that starts like a weekday, 開催日
    posted = dt.date(2016, 9, 3)
    assert dates.find_month_day("It will be held on Friday, November 12.", posted) == dt.date(2016, 11, 12)
    assert dates.find_month_day("Thanks to our host Satoshi, May 5 was a good day", posted) == dt.date(2016, 5, 5)
    assert dates.find_month_day("開催日 10月15日に開催しました", dt.date(2017, 1, 20)) == dt.date(2016, 10, 15)
    assert dates.find_month_day("10月15日(土)に港Ruby定例会を開催しました。", posted) == dt.date(2015, 10, 15)
    event = event_of("""
        ---
        title: Harbor Python Day 2019
        ---
        **When:** Thursday, April 10, 10:00-17:00
        """)
    assert event.date == dt.date(2019, 4, 10)
    assert dates.date_line("May 18") is None


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

def test_guard_small_words_after_by_in_a_note_of_bylines_are_no_speaker():
    # (review) `by time zone` beside `Title by handle` headings: no name in small letters after `by`
    talks = talks_of("""
        # Harbor dev night

        ### Grouping events by time zone

        メモ。

        ### 港の多言語対応 by h1harbor

        メモ。

        ### 巨大な依存グラフ by giginu

        メモ。

        ### 状態機械で連携する by marcy_h

        メモ。

        ### Sorting tickets by due date

        メモ。
        """)
    assert ("Grouping events by time zone", [], "talk") in talks
    assert ("Sorting tickets by due date", [], "talk") in talks
    assert ("港の多言語対応", ["h1harbor"], "talk") in talks


def test_guard_title_case_words_after_by_are_no_speaker_without_names_beside():
    talks = talks_of("""
        # Harbor scaling night

        ## Testing By Example Mapping

        Notes.

        ## Scaling Writes By Sharding Tables

        Notes.

        ## Shipping Safely By Feature Flags

        Notes.
        """)
    assert all(not speakers for _, speakers, _ in talks)
    assert [t[0] for t in talks][0] == "Testing By Example Mapping"


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


def test_guard_a_heading_byline_that_names_someone_else_stays_in_the_title():
    # (review) `… by time zone` over `@kimlee`: the words after `by` are no name of the person under the heading
    talks = event_of("""
        # Harbor data night

        ## Grouping events by time zone

        @kimlee

        ## Sorting tickets by due date

        @rajp_h

        ## Partitioning logs by time range

        @jodee_h
        """).talks
    assert [t.title for t in talks] == ["Grouping events by time zone", "Sorting tickets by due date",
                                        "Partitioning logs by time range"]
    assert [(s.name, s.handle) for s in talks[0].speakers] == [("kimlee", "kimlee")]


def test_a_heading_that_only_numbers_the_slot_over_the_title_set_apart():
    talks = talks_of("""
        # harbor.apk

        at 2017/06/16

        ## LT

        ### Session1
        *Slim down the harbour.*

        @shiho_h

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


def test_guard_a_name_or_a_remark_under_a_slot_label_is_no_title():
    talks = talks_of("""
        # Harbor LT night

        ## Session 1
        **Kim Lee**

        Notes.

        ### 発表2
        *スライドは後日公開予定です*

        メモ。

        ## Talk 3
        _Cancelled: the speaker was ill._
        """)
    titles = [t[0] for t in talks]
    assert "発表2" in titles
    assert not {"Kim Lee", "スライドは後日公開予定です", "Cancelled: the speaker was ill."} & set(titles)


def test_guard_a_handle_set_as_code_is_no_speaker():
    talks = talks_of("""
        # Harbor Python night

        ## Dataclasses in anger

        `@dataclass`

        Notes on fields.

        ## Ropes

        @kimlee_h
        """)
    assert talks == [("Dataclasses in anger", [], "talk"), ("Ropes", ["kimlee_h"], "talk")]


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


# --- guards from the review -------------------------------------------------------------------------------------------

def test_guard_the_first_written_date_is_never_a_sentences_or_the_next_meetups():
    released = event_of("""
        # Harbor Python notes

        ## Type hints

        Python 3.8 was released on October 14, 2019 and we tried it.

        - Python 2 end of life: January 1, 2020
        """)
    assert released.date is None
    following = event_of("""
        # Harbor Python notes

        ## Type hints

        Notes.

        ## Next meetup

        Thursday, 12 December 2019
        """)
    assert following.date is None


def test_guard_a_summary_about_something_else_never_dates_the_event():
    event = event_of("""
        ---
        title: Harbor Python 12
        date: 2019-11-20
        description: "Python 3.8 came out on October 14, 2019 and we tried it."
        ---
        ## Type hints

        Notes.
        """)
    assert event.date == dt.date(2019, 11, 20)


def test_guard_an_update_stamp_is_not_the_posts_day():
    event = event_of("""
        # Harbor Python notes

        *Last updated: March 3, 2021*

        We met yesterday at the dock.

        ## Type hints

        Notes.
        """)
    assert event.date is None


def test_guard_lts_and_mixed_titles_make_no_lightning_talks():
    for title in ("Ubuntu 24.04 LTS at Harbor Linux #5", "My favourite talks and lightning talks at PyCon 2019"):
        event = event_of(f"""
            ---
            title: "{title}"
            date: 2024-05-01
            ---
            ### Containers

            Kim Lee
            """)
        assert [t.kind for t in event.talks] == ["talk"], title
