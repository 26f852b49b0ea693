"""dates.py: the day an event happened, as people write it."""
from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from generator.normalize import dates


@pytest.mark.parametrize("text, expected", [
    ("2017-11-04", dt.date(2017, 11, 4)),
    ("開催日 2016/4/9 (土)", dt.date(2016, 4, 9)),
    ("2015.12.31 大晦日", dt.date(2015, 12, 31)),
    ("2021年 6月 5日（土）13時から", dt.date(2021, 6, 5)),
    ("Held on April 2nd 2019 in Kyoto", dt.date(2019, 4, 2)),
    ("Sep 21-22, 2018 (two days)", dt.date(2018, 9, 21)),
    ("9-10 November 2017", dt.date(2017, 11, 9)),
    ("Tuesday, 7 Feb 2023", dt.date(2023, 2, 7)),
])
def test_find_date_reads_common_spellings(text, expected):
    assert dates.find_date(text) == expected


def test_a_range_gives_its_first_day():
    assert dates.find_date("Dec 1-3, 2016") == dt.date(2016, 12, 1)


def test_the_earliest_written_date_wins():
    assert dates.find_date("2020/02/02 の会、資料は 2020/02/10 に公開") == dt.date(2020, 2, 2)


def test_dates_inside_urls_are_ignored():
    assert dates.find_date("see https://blog.example/2018/07/07/entry") is None
    assert dates.find_date("[log](https://x.example/2018-07-07)") is None


def test_impossible_dates_raise_and_the_safe_form_returns_none():
    with pytest.raises(dates.InvalidDate):
        dates.find_date("2019-02-30")
    assert dates.find_date_safe("2019-02-30") is None


def test_strip_dates_leaves_the_rest():
    assert dates.strip_dates("2022/01/15 meetup").strip() == "meetup"


@pytest.mark.parametrize("value, expected", [
    (dt.datetime(2020, 5, 1, 9, 30), dt.date(2020, 5, 1)),
    (dt.date(2020, 5, 1), dt.date(2020, 5, 1)),
    ("2020-05-01T21:00:00+09:00", dt.date(2020, 5, 1)),
    (None, None),
    (20200501, None),
])
def test_coerce_date_takes_front_matter_values(value, expected):
    assert dates.coerce_date(value) == expected


def test_publication_markers_are_recognised():
    assert dates.PUBLICATION_MARKERS.search("Posted on 3 Mar 2021")
    assert dates.PUBLICATION_MARKERS.search("2021/03/03に公開")
    assert not dates.PUBLICATION_MARKERS.search("2021/03/03 開催")


def test_a_month_and_day_said_to_be_the_events_day_needs_no_weekday():
    import datetime as dt

    from generator.normalize import dates
    posted = dt.date(2024, 2, 17)
    assert dates.find_month_day("2/15,16に開催された Developers Day に参加", posted) == dt.date(2024, 2, 15)
    assert dates.find_month_day("去る7/24に行いました", dt.date(2023, 8, 3)) == dt.date(2023, 7, 24)
    assert dates.find_month_day("3/4 の資料を見直す", posted) is None  # a fraction or a file, not a day


def test_a_day_said_relative_to_the_post():
    import datetime as dt
    from generator.normalize.dates import relative_day
    posted = dt.date(2023, 3, 24)
    assert relative_day("昨日から始まっているPHP会議、今日は会場で参加しています。", posted) == dt.date(2023, 3, 23)
    assert relative_day("I attended the Rust meetup yesterday.", posted) == dt.date(2023, 3, 23)
    assert relative_day("本日開催の勉強会に参加しました。", posted) == posted
    assert relative_day("昨日の夕飯はカレーでした。", posted) is None


def test_us_month_first_dates_with_slashes():
    import datetime as dt
    from generator.normalize.dates import find_date
    assert find_date("Ruby Midwest 2011 - 11/4/11") == dt.date(2011, 11, 4)
    assert find_date("12/25/2025") == dt.date(2025, 12, 25)
    assert find_date("2019/3/12") == dt.date(2019, 3, 12)
    assert find_date("on 3/12 we met") is None


def test_a_relative_day_reaches_its_verb_across_a_links_address():
    posted = dt.date(2014, 10, 26)
    assert dates.relative_day("昨日[関数型なにがしの集い](https://example.connpass.com/event/1234/)に参加してきた。",
                              posted) == dt.date(2014, 10, 25)
    assert dates.relative_day("一昨日、DevWeekのLTで、小さな話をしてきました。", posted) == dt.date(2014, 10, 24)
    assert dates.relative_day("Yesterdays [DemoNight](https://wiki.example.org/demo) in Lyon happened to be fun",
                              posted) == dt.date(2014, 10, 25)


def test_a_post_that_says_it_came_later_gives_no_day_of_its_own():
    from note_text import event_of
    later = event_of("""
        ---
        title: Speaking at HarborConf
        date: 2016-09-30T10:00:00-07:00
        ---
        Last week I attended and gave a talk at [HarborConf](https://harborconf.example.org) in Lyon.
        """)
    assert later.date is None
    same_day = event_of("""
        ---
        title: HarborConf に参加してきました
        date: 2016-09-30T20:00:00+09:00
        ---
        先日、HarborConf に参加してきました。
        """)
    assert same_day.date == dt.date(2016, 9, 30)  # 先日 is said of the same evening too
    assert dates.written_later("少し日が経ちましたが、今年も参加してきました")
    assert dates.written_later("A few weeks ago I got up at 2:30am and attended")
    assert not dates.written_later("I attended the meetup tonight")


def test_a_post_stamped_in_the_small_hours_reports_the_evening_before():
    from note_text import event_of
    event = event_of("""
        ---
        title: 夜の勉強会メモ
        date: 2014-07-30 00:30:40 +0900
        ---
        勉強会のメモです。
        """)
    assert event.date == dt.date(2014, 7, 29)
    assert dates.in_small_hours(dt.datetime(2014, 7, 30, 1, 13))
    assert not dates.in_small_hours("2014-07-30 00:00:00")  # midnight is a stamp without a time
    assert not dates.in_small_hours("2014-07-30 09:30")


def test_a_labelled_day_further_down_the_note_is_the_events():
    from note_text import event_of
    page = event_of("""
        ---
        title: October meeting - Packaging for Debian
        ---
        Topic: Packaging for Debian
        Presenter: Ada Byrne
        When: 7PM, Thursday October 6, 2011
        Where: the Harbor Library

        Have you ever wished to ship your app as a package?
        """)
    assert page.date == dt.date(2011, 10, 6)
    under_heading = event_of("""
        # Harbor.R #3

        ## イベントの説明

        港町で開かれる、R言語の勉強会です。

        ## 開催日時

        2024年11月23日(土・祝) 14:00〜17:30
        """)
    assert under_heading.date == dt.date(2024, 11, 23)


def test_a_month_and_day_with_its_verb_later_in_the_sentence():
    assert dates.find_month_day("12/13に港町にてHarbor Conference 2025が開催されました。",
                                dt.date(2025, 12, 31)) == dt.date(2025, 12, 13)
    assert dates.find_month_day("1/2に減った。", dt.date(2025, 12, 31)) is None


def test_a_date_among_the_first_lines_under_a_dates_heading():
    from note_text import event_of
    event = event_of("""
        # Harbor.pm#29

        ## 日時詳細

        * ATND http://atnd.org/events/40288
        * 2013/06/15 18:00〜
        * 港町の居酒屋

        ## 私の発表

        * [mod_perl の話](http://www.slideshare.net/minato/modperl)
        """)
    assert event.date == dt.date(2013, 6, 15)


def test_what_only_looks_like_a_day_said_or_a_post_written_later():
    posted = dt.date(2020, 1, 2)
    assert dates.relative_day("Yesterday I finally built a thing.", posted) is None  # `LT` is no part of `built`
    assert dates.find_month_day("1/3になり、勉強会に参加", dt.date(2020, 12, 31)) is None  # a fraction
    assert dates.find_month_day("6/1に申し込み、6/15に開催", dt.date(2020, 12, 31)) == dt.date(2020, 6, 15)
    assert not dates.written_later("Over the past month we prepared the talks.")
    assert not dates.in_small_hours("2014-07-30T02:00:00Z")  # UTC: the morning where the writer is
    assert not dates.in_small_hours("Posted at 3:30 PM")


def test_a_date_header_in_a_code_sample_is_no_events_day():
    from note_text import event_of
    event = event_of("""
        ---
        title: HTTP caching notes from Harbor Meetup
        date: 2019-06-02
        ---
        A response looks like this:

        ```
        Date: Tue, 15 Nov 1994 08:12:31 GMT
        ```
        """)
    assert event.date == dt.date(2019, 6, 2)


BLOG_POST = """
    ---
    layout: post
    title: "Harbour Kotlin #3 に参加してきました"
    date: {stamp}
    categories: [kotlin]
    ---
    [Harbour Kotlin #3](https://harbourkt.connpass.com/event/3/) に参加してきました。{extra}
    """


@pytest.mark.parametrize("stamp, extra, day, sure", [
    # a blog engine's bare date: when the post went up, most often the event's day too, but a guess `check` shows
    ("2019-07-21", "", dt.date(2019, 7, 21), "low"),
    # a morning post most often reports an earlier day, but nothing says which: its own day, the last guess
    ("2019-07-21 09:12:44 +0900", "", dt.date(2019, 7, 21), "low"),
    ("2019-07-21 09:12:44 +0900", "先週、LT が 8 本ありました。", None, None),  # (and never when it says another day)
    ("2019-07-21 21:40:00 +0900", "", dt.date(2019, 7, 21), "medium"),  # written the evening of the event
    ("2019-07-22 01:10:00 +0900", "", dt.date(2019, 7, 21), "medium"),  # the small hours after it
    ("2019-07-21", "今日は LT が 8 本ありました。", dt.date(2019, 7, 21), "medium"),  # the writer says it is today
    ("2019-07-21", "先週、LT が 8 本ありました。", None, None),  # the writer says it was some days before
])
def test_a_blog_posts_date_is_the_events_when_written_on_the_day_else_a_guess(stamp, extra, day, sure):
    from note_text import event_of
    event = event_of(BLOG_POST.format(stamp=stamp, extra=extra))
    assert event.date == day
    assert [c.confidence for c in event.evidence if c.field == "date"] == ([sure] if sure else [])
    assert event.published is not None  # the post's own date is kept, for feeds and ordering


def test_check_asks_for_a_look_at_a_date_taken_from_a_blog_posts_stamp():
    from generator.normalize import normalize
    from generator.read.sources import parse_note
    text = textwrap.dedent(BLOG_POST.format(stamp="2019-07-21", extra="")).lstrip("\n")
    result = normalize(parse_note(text.encode("utf-8"), "note.md"))
    assert any("event date taken from the day the post went up" in d.message for d in result.diagnostics)


def test_a_plain_front_matters_date_is_the_events_day():
    # talkarchive's own notes write the event's day as `date:` with nothing a blog engine adds
    from note_text import event_of
    event = event_of("""
        ---
        title: Harbour Kotlin #3
        date: 2019-07-21
        ---
        参加者は30人ほど。
        """)
    assert event.date == dt.date(2019, 7, 21)


@pytest.mark.parametrize("stamp, after_noon", [
    ("2019-09-29T20:26:31+09:00", True), ("2019-09-29 10:00:00 +0900", False), ("2019-09-29", False),
    ("2019-09-29T00:00:00Z", False), ("Sep 29, 2019 3:30 PM", True), ("Sep 29, 2019 9:30 AM", False), (dt.datetime(2019, 9, 29, 16, 52), True),
])
def test_stamped_after_noon(stamp, after_noon):
    assert dates.stamped_after_noon(stamp) is after_noon


def test_a_table_row_labelled_when_gives_the_day():
    from note_text import event_of
    event = event_of("""
        ---
        title: Harbour Ruby
        layout: post
        ---
        ## Talks
        Jane Doe on gems.

        | | |
        |---|---|
        | When    | Tuesday 24 November 2015 @ 19:00 - 21:00 |
        | Where   | Harbour Hub |
        """)
    assert event.date == dt.date(2015, 11, 24)


@pytest.mark.parametrize("key", ["meetupDate", "started_at", "meeting_date"])
def test_front_matter_keys_of_the_events_day(key):
    from note_text import event_of
    event = event_of(f"""
        ---
        title: Harbour JS
        layout: post
        {key} : 2013-12-03
        ---
        Hello.
        """)
    assert event.date == dt.date(2013, 12, 3)


def test_a_hatena_link_card_of_the_event_gives_its_page_name_and_day():
    from note_text import event_of
    event = event_of("""
        ---
        title: 新人研修Nightで話しました
        layout: post
        ---
        <p><iframe src="https://hatenablog-parts.com/embed?url=https%3A%2F%2Fconnpass.com%2Fevent%2F122422%2F" title="港の新人研修Night (2019/05/17 19:30〜)" class="embed-card"></iframe></p>

        楽しかったです。
        """)
    assert event.url == "https://connpass.com/event/122422/"
    assert event.date == dt.date(2019, 5, 17)


def test_an_announced_day_without_its_year_is_the_next_one_after_the_post():
    posted = dt.date(2016, 9, 3)
    assert dates.find_month_day("10月15日(土)に港Ruby定例会を開催します。", posted) == dt.date(2016, 10, 15)
    assert dates.find_month_day("10月15日(土)に港Ruby定例会を開催しました。", posted) == dt.date(2015, 10, 15)
    assert dates.find_month_day("Join us on October 15 at the library.", posted) == dt.date(2016, 10, 15)


def test_the_first_day_of_a_span_or_a_pair_of_days():
    assert dates.find_month_day("Harbor Next'19 が07/30〜08/01に渡って、港ホテルで開催されました。",
                                dt.date(2019, 8, 1)) == dt.date(2019, 7, 30)
    assert dates.find_date("2025年7月11、12日の2日間で開催されたカンファレンス") == dt.date(2025, 7, 11)
