"""Index stage: unique slugs with warnings, one page per speaker and per tag, events newest first."""
from __future__ import annotations

import datetime as dt


from generator.index.site_index import build_index
from generator.core.model import Event, Speaker, Talk

D = dt.date


def talk(title, *speakers, line=None, slug=None):
    return Talk(title=title, speakers=tuple(speakers), line=line, slug=slug)


def event(source, title, date=None, *talks, tags=(), slug=None, url=None):
    return Event(source=source, title=title, date=date, talks=tuple(talks), tags=tuple(tags), slug=slug, url=url)


def warnings_of(index):
    return [d for d in index.diagnostics if d.level == "warning"]


# --- slugs --------------------------------------------------------------------------------------------

def test_event_and_talk_paths():
    idx = build_index([event("a.md", "Kotlin Night 5", D(2022, 1, 20), talk("Coroutines in Practice"),
                             talk("型安全なビルド"))])
    (e,) = idx.events
    assert e.slug == "kotlin-night-5" and e.path == "events/kotlin-night-5/"
    assert [t.path for t in e.talks] == ["events/kotlin-night-5/coroutines-in-practice/",
                                         "events/kotlin-night-5/型安全なビルド/"]
    assert [t.position for t in e.talks] == [1, 2]
    assert idx.talk_count == 2


def test_event_slug_collision_is_unique_and_warned():
    older = event("2019/meetup.md", "Design Meetup", D(2019, 5, 1), talk("A"))
    newer = event("2020/meetup.md", "Design Meetup", D(2020, 5, 1), talk("B"))
    idx = build_index([newer, older])
    slugs = {e.event.source: e.slug for e in idx.events}
    assert len(set(slugs.values())) == 2
    assert slugs["2019/meetup.md"] == "design-meetup"  # the older event keeps the plain slug
    assert slugs["2020/meetup.md"].startswith("design-meetup-")
    (w,) = warnings_of(idx)
    assert w.path == "2020/meetup.md"
    assert "design-meetup" in w.message and slugs["2020/meetup.md"] in w.message


def test_undated_slug_collisions_get_numbers():
    idx = build_index([event("a.md", "Open Mic"), event("b.md", "Open Mic"), event("c.md", "open mic")])
    slugs = sorted(e.slug for e in idx.events)
    assert slugs == ["open-mic", "open-mic-2", "open-mic-3"]
    assert len(warnings_of(idx)) == 2


def test_slugs_are_stable_when_a_newer_event_arrives():
    first = build_index([event("a.md", "Infra Talks", D(2020, 1, 1))])
    second = build_index([event("a.md", "Infra Talks", D(2020, 1, 1)), event("b.md", "Infra Talks", D(2021, 1, 1))])
    old_slug = first.events[0].slug
    assert {e.event.source: e.slug for e in second.events}["a.md"] == old_slug


def test_talk_slug_collision_in_one_event_is_warned_with_line():
    idx = build_index([event("a.md", "LT Night", D(2021, 3, 3), talk("LT", line=10), talk("LT", line=20),
                             talk("LT", line=30))])
    assert [t.slug for t in idx.events[0].talks] == ["lt", "lt-2", "lt-3"]
    ws = warnings_of(idx)
    assert [(w.path, w.line) for w in ws] == [("a.md", 20), ("a.md", 30)]


def test_untitled_talks_use_a_position_fallback():
    idx = build_index([event("a.md", "Misc", D(2021, 3, 3), talk("!!!"), talk("???"))])
    assert [t.slug for t in idx.events[0].talks] == ["talk-1", "talk-2"]


def test_front_matter_slugs_win_and_are_made_safe():
    idx = build_index([event("a.md", "Whatever Title", D(2021, 3, 3), talk("Some talk", slug="../../etc/x"),
                             slug="../../../tmp/evil")])
    e = idx.events[0]
    assert e.slug == "tmp-evil"
    assert e.path == "events/tmp-evil/"
    assert e.talks[0].slug == "etc-x"
    for path in [e.path] + [t.path for t in e.talks]:
        assert ".." not in path and not path.startswith("/")


# --- speakers ------------------------------------------------------------------------------------------

def test_same_speaker_name_in_two_notes_is_one_speaker():
    idx = build_index([
        event("a.md", "Event A", D(2021, 1, 1), talk("Talk A", Speaker("木村 彩"))),
        event("b.md", "Event B", D(2022, 1, 1), talk("Talk B", Speaker("木村 彩"))),
    ])
    assert len(idx.speakers) == 1
    sp = idx.speakers[0]
    assert sp.name == "木村 彩"
    assert sp.talks == (("event-b", "talk-b"), ("event-a", "talk-a"))  # newest first
    assert idx.events[0].talks[0].speaker_slugs == (sp.slug,)


def test_name_spacing_and_width_variants_are_one_speaker():
    idx = build_index([
        event("a.md", "Event A", D(2021, 1, 1), talk("Talk A", Speaker("木村 彩"))),
        event("b.md", "Event B", D(2022, 1, 1), talk("Talk B", Speaker("木村彩"))),
        event("c.md", "Event C", D(2023, 1, 1), talk("Talk C", Speaker("木村\u3000彩"))),
    ])
    assert len(idx.speakers) == 1
    assert len(idx.speakers[0].talks) == 3


def test_same_handle_with_different_name_spelling_is_one_speaker():
    idx = build_index([
        event("a.md", "Event A", D(2021, 1, 1), talk("Talk A", Speaker("Sato Yuki", handle="yukisato"))),
        event("b.md", "Event B", D(2022, 1, 1), talk("Talk B", Speaker("佐藤 ゆき", handle="YukiSato"))),
    ])
    assert len(idx.speakers) == 1
    sp = idx.speakers[0]
    assert len(sp.talks) == 2
    assert sp.handle in ("yukisato", "YukiSato")
    slugs = {t.speaker_slugs for e in idx.events for t in e.talks}
    assert slugs == {(sp.slug,)}


def test_different_people_stay_apart():
    idx = build_index([
        event("a.md", "Event A", D(2021, 1, 1), talk("Talk A", Speaker("Ito Ken"), Speaker("Ito Kenji"))),
    ])
    assert sorted(s.name for s in idx.speakers) == ["Ito Ken", "Ito Kenji"]
    assert len({s.slug for s in idx.speakers}) == 2


def test_same_name_is_one_speaker_whatever_the_note_order():
    notes = [
        event("a.md", "Event A", D(2020, 1, 1), talk("Talk A", Speaker("アリス", handle="alice"))),
        event("b.md", "Event B", D(2020, 2, 1), talk("Talk B", Speaker("Alice Smith"))),
        event("c.md", "Event C", D(2020, 3, 1), talk("Talk C", Speaker("Alice Smith", handle="alice"))),
    ]
    idx = build_index(notes)
    assert len(idx.speakers) == 1


def test_a_speaker_twice_on_one_talk_is_listed_once():
    idx = build_index([event("a.md", "E", D(2021, 1, 1), talk("T", Speaker("Mori Ken"), Speaker("mori ken")))])
    assert len(idx.speakers) == 1
    assert idx.speakers[0].talks == (("e", "t"),)


# --- tags -----------------------------------------------------------------------------------------------

def test_tags_are_compared_case_insensitively():
    idx = build_index([
        event("a.md", "Event A", D(2021, 1, 1), tags=["Python"]),
        event("b.md", "Event B", D(2022, 1, 1), tags=["python"]),
        event("c.md", "Event C", D(2023, 1, 1), tags=["Python", "ＡＷＳ"]),
        event("d.md", "Event D", D(2020, 1, 1), tags=["aws"]),
    ])
    names = {t.slug: t for t in idx.tags}
    assert set(names) == {"python", "aws"}
    assert names["python"].name == "Python"  # the most common spelling
    assert names["python"].event_slugs == ("event-c", "event-b", "event-a")  # newest first
    assert names["aws"].event_slugs == ("event-c", "event-d")
    assert names["python"].path == "tags/python/"
    c = next(e for e in idx.events if e.slug == "event-c")
    assert set(c.tag_slugs) == {"python", "aws"}


def test_same_tag_twice_on_one_event_counts_once():
    idx = build_index([event("a.md", "E", D(2021, 1, 1), tags=["Go", "go", "GO"])])
    assert len(idx.tags) == 1
    assert idx.tags[0].event_slugs == ("e",)
    assert idx.events[0].tag_slugs == ("go",)


def test_japanese_tags_keep_their_name():
    idx = build_index([event("a.md", "E", D(2021, 1, 1), tags=["機械学習"])])
    assert idx.tags[0].slug == "機械学習" and idx.tags[0].name == "機械学習"


# --- ordering ---------------------------------------------------------------------------------------------

def test_events_newest_first_undated_last():
    idx = build_index([
        event("old.md", "Old", D(2018, 6, 1)),
        event("undated-b.md", "Undated B"),
        event("new.md", "New", D(2024, 2, 2)),
        event("undated-a.md", "Undated A"),
        event("mid.md", "Mid", D(2021, 9, 9)),
    ])
    assert [e.event.source for e in idx.events] == ["new.md", "mid.md", "old.md", "undated-a.md", "undated-b.md"]
    assert {e.slug: e for e in idx.events}["mid"].event.source == "mid.md"


def test_empty_index():
    idx = build_index([])
    assert idx.events == () and idx.tags == () and idx.speakers == ()
    assert idx.talk_count == 0
