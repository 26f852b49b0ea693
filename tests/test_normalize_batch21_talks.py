"""Talks in batch 21's shapes (rewritten in our own words, names and titles changed)."""
from __future__ import annotations

from note_text import event_of


_SPEAKERS_POST = """
    ---
    title: "Talk: Harbor RubyConf 2015"
    date: 2015-10-11 16:44:49 -0700
    ---
    Yesterday I presented at [Harbor RubyConf][1] 2015. The slides for my talk, *Small Tools for Large Apps*,
    are now online.

    **Update**: the recording is up too.

    [1]: https://harbor-rubyconf.example.org/
    """


def test_a_speakers_post_names_its_talk_in_prose_below_the_title():
    event = event_of(_SPEAKERS_POST)
    assert event.title == "Harbor RubyConf 2015"
    assert [t.title for t in event.talks] == ["Small Tools for Large Apps"]


def test_a_talk_label_before_the_events_name_names_no_talk():
    untitled = _SPEAKERS_POST.replace(" The slides for my talk, *Small Tools for Large Apps*,\n    are now online.", "")
    assert "Small Tools" not in untitled
    event = event_of(untitled)
    assert [t.title for t in event.talks] != ["Talk: Harbor RubyConf 2015"]
    assert all("Harbor RubyConf" not in t.title for t in event.talks)


def test_a_sentence_counting_the_talks_makes_the_list_under_it_the_talks():
    event = event_of("""
        ---
        title: "Short Talks - Autumn Edition"
        date: 2020-09-29
        ---
        We'll have a brief welcome from the committee before jumping straight into 3 very different talks!

          - Breaking, then mending the campus mail system
          - Nobody spells Category Theory without 'Cat'
          - Trees and how to climb them

        [**Join the call**](https://meet.example.com/j/123)
        """)
    assert [t.title for t in event.talks] == [
        "Breaking, then mending the campus mail system", "Nobody spells Category Theory without 'Cat'",
        "Trees and how to climb them"]


def test_a_count_that_does_not_match_the_list_reads_nothing_into_it():
    # guard: `3 talks` over a list of two things to bring is no list of talks
    event = event_of("""
        ---
        title: "Harbor Devs, May"
        date: 2020-05-12
        ---
        Tonight there are 3 talks, so please bring:

          - a laptop with power
          - your questions
        """)
    assert [t.title for t in event.talks] == []


def test_a_byline_names_where_the_speaker_works_after_of():
    event = event_of("""
        # Storm of Widgets

        For this month's meetup we'll have three lightning talks.

        • Widget Native by Cora Vance of Pier Systems

        • Widget Forms by Milo Hart of Lumen Labs

        • Flux by Ida Stone of Harbor Analytics
        """)
    assert [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in event.talks] == [
        ("Widget Native", [("Cora Vance", "Pier Systems")]), ("Widget Forms", [("Milo Hart", "Lumen Labs")]),
        ("Flux", [("Ida Stone", "Harbor Analytics")])]


def test_break_words_are_whole_words():
    from generator.normalize import timetable
    assert timetable.is_break("Break") and timetable.is_break("Lunch") and timetable.is_break("Welcome & intro")
    assert timetable.is_break("Opening keynote") is True  # (as before: with nobody named, the day's opening)
    assert not timetable.is_break("Breaking the Monolith") and not timetable.is_break("Endless Scrolling Done Right")


def test_review_cases_of_counted_lists_break_words_and_bylines():
    from generator.normalize import bylines, timetable
    for opening in ("I sat through 3 talks and came away with 3 lessons:", "After 3 great talks, we went to these three bars:",
                    "Tonight there are 3 talks, so please bring:"):
        event = event_of(f"""
            ---
            title: "Harbor Devs, May"
            date: 2020-05-12
            ---
            {opening}

              - a laptop with power
              - your questions
              - a friend
            """)
        assert [t.title for t in event.talks] == [], opening
    assert all(timetable.is_break(w) for w in ("Lunchtime", "Coffeebreak", "Registrations", "Socials", "Pizzas"))
    assert bylines.split_title_speaker("Learning by Building Things at Google", strict=False)[1] == ()
    event = event_of("""
        ---
        title: "Speaking at Harbor RubyConf 2015"
        ---
        People said my talk *was* the best of the day.
        """)
    assert [t.title for t in event.talks] != ["was"]
