"""An event's facts where a person finds them (session 13, shapes met in real notes, rewritten in our own words):
a mapping of the place or of a calendar entry in the front matter, a `# Place` heading over labelled lines, a
`Time:` line that gives the whole date, a labelled place followed by advice, and a street address after the
place's name."""
from __future__ import annotations

from note_text import event_of


def test_a_mapping_of_the_place_in_the_front_matter_gives_its_venue():
    event = event_of("""
        ---
        title: Harbor Community Day
        date: '2021-05-08'
        location:
          country: Japan
          city: Kobe
          url: https://maps.example/harbor
          venue: みなと会議センター
        ---
        Notes follow.
        """)
    assert event.venue == "みなと会議センター"


def test_a_calendar_entry_in_the_front_matter_gives_the_day_and_the_place():
    event = event_of("""
        ---
        title: 「Harbor.rb定例会」開催のお知らせ
        created_at: 2017/02/01
        calendar:
          year: 2017
          month: 3
          day: 4
          summary: Harbor.rb定例会
          location: 港町文化会館2階
        ---
        定例会を開催します。
        """)
    assert str(event.date) == "2017-03-04"  # the calendar's day, not the page's `created_at`
    assert event.venue == "港町文化会館2階"


def test_a_place_heading_over_labelled_lines_is_the_events_facts_not_a_talk():
    event = event_of("""
        # Place

        - Time: 2016/05/11(Wed)
        - Place: Contoso 大崎オフィス

        # About

        Data Salon vol.3 のテーマはデータ分析入門です。

        # Timetable

        - 19:30 データ分析入門 / 山田太郎
        - 20:00 推薦システムの仕組み / 鈴木花子
        """)
    assert str(event.date) == "2016-05-11"
    assert event.venue == "Contoso 大崎オフィス"
    assert [t.title for t in event.talks] == ["データ分析入門", "推薦システムの仕組み"]


def test_a_time_line_without_a_date_gives_no_day():
    event = event_of("""
        # Harbor Night

        - Time: 19:00-21:00
        - Place: Contoso 大崎オフィス
        """)
    assert event.date is None


def test_a_labelled_place_followed_by_advice_keeps_the_place_and_drops_its_street():
    event = event_of("""
        ---
        title: June meetup
        date: 2014-06-03
        ---
        __Where:__ Box Works (in the Blue Room), 12 Main Street Springfield. (Please park on Elm Ave.)

        ## Talks

        ### Intro to Rust
        Speaker: Jane Doe
        """)
    assert event.venue == "Box Works (in the Blue Room)"


def test_a_labelled_sentence_is_no_place():
    event = event_of("""
        ---
        title: Planning notes
        date: 2014-06-03
        ---
        Venue: If we keep growing, the third floor will soon be too small. Bigger rooms are an option.
        """)
    assert event.venue is None


def test_an_event_mapping_with_hyphenated_keys_and_a_calendar_with_its_own_name():
    event = event_of("""
        ---
        title: Harbor Conf 2019
        event:
          start-date: 2019-05-01
          venue-name: Harbor Hall
        ---
        Notes.
        """)
    assert (str(event.date), event.venue) == ("2019-05-01", "Harbor Hall")
    event = event_of("""
        ---
        title: Harbor Conf 2019
        calendar:
          name: Harbor community calendar
          year: 2019
          month: 08
          day: 09
        ---
        Notes.
        """)
    assert (event.title, str(event.date)) == ("Harbor Conf 2019", "2019-08-09")  # (the calendar's name is not the event's)


def test_a_place_shortened_with_a_full_stop_or_a_floor_before_the_street_is_kept_whole():
    event = event_of("""
        ---
        title: Spring social
        date: 2014-04-03
        ---
        **Where:** St. Mary's Hall, 12 Main Street. Doors open at six.

        Drinks and demos.
        """)
    assert event.venue == "St. Mary's Hall"  # (not cut at `St.`; the street and the advice after it dropped)
    event = event_of("""
        ---
        title: Spring social
        date: 2014-04-03
        ---
        Venue: Level 5, 123 Collins St
        """)
    assert event.venue == "Level 5, 123 Collins St"


def test_a_label_over_a_place_that_holds_a_colon_gives_the_place():
    event = event_of("""
        # Harbor Night

        会場
        Google Tokyo: 六本木ヒルズ 26F
        """)
    assert event.venue == "Google Tokyo: 六本木ヒルズ 26F"
