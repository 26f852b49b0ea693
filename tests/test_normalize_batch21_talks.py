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
