"""Session 33: the list readings ask no further once their answer is known (timetable._two_in_three,
timetable._every_item, and the early exits in names_first, byline_column and _titles_over_notes). Each shortcut is
checked against the plain count it replaces, on every pattern of answers up to eight items."""
from __future__ import annotations

import itertools

from generator.normalize import timetable


def test_two_in_three_agrees_with_the_plain_count_on_every_pattern():
    for n in range(0, 9):
        for answers in itertools.product((False, True), repeat=n):
            texts = [str(k) for k in range(n)]
            asked: list[str] = []

            def holds(text: str) -> bool:
                asked.append(text)
                return answers[int(text)]
            plain = sum(answers) * 3 >= n * 2
            assert timetable._two_in_three(texts, holds) is plain, answers
            assert len(asked) <= n


def test_two_in_three_stops_asking_once_the_answer_is_known():
    asked: list[str] = []
    assert timetable._two_in_three(list("abcdef"), lambda t: asked.append(t) or False) is False
    assert asked == ["a", "b", "c"]  # (three misses of six: four hits can no longer be had)


def test_every_item_is_every_reading_or_nothing_and_stops_at_the_first_miss():
    items = [(1, "a", []), (2, "b", []), (3, "c", [])]
    assert timetable._every_item(items, lambda i, text, nested: text.upper()) == ["A", "B", "C"]
    asked: list[str] = []

    def read(i, text, nested):
        asked.append(text)
        return None if text == "b" else text
    assert timetable._every_item(items, read) == [] and asked == ["a", "b"]


def _names_first_plain(texts):
    """bylines.names_first as it read before it stopped counting early: every item's people counted."""
    from generator.normalize import bylines, people
    quoted = [m for text in texts if (m := bylines.NAME_QUOTED_TITLE.match(bylines.clean(text)))]
    if len(quoted) >= 2 and len(quoted) * 3 >= len(texts) * 2 and all(bylines.quoted_by(m.group("who")) for m in quoted):
        return bylines.NAME_QUOTED_TITLE
    paired = [text for text in texts if bylines._LINK_COLON_LINK.match(text.strip())]
    if len(paired) == len(texts) and sum(1 for text in paired if bylines._PROFILE_LINK.match(text.strip())) >= 2:
        return bylines.NAME_COLON_TITLE
    for shape in (bylines.NAME_THEN_TITLE, bylines.NAME_COLON_TITLE, bylines._HANDLE_ABOUT_TITLE, bylines._FULL_NAME_COMMA_TITLE):
        split = [(text, m) for text in texts if (m := shape.match(bylines.clean(text)))]
        if shape is bylines._FULL_NAME_COMMA_TITLE and len(split) < max(3, len(texts)):
            continue
        first = sum(1 for _, m in split if people.looks_like_people(m.group("who"), strict=True))
        after = sum(1 for _, m in split if people.looks_like_people(m.group("t"), strict=True))
        said = sum(1 for text, m in split if bylines.SENTENCE.search(m.group("t"))
                   or text.lstrip().startswith(("**", "__")) and bylines._EXPLAINED.match(m.group("t")))
        if first >= 2 and first > after and first * 3 >= len(split) * 2 and said * 3 < len(split):
            return shape
    return None


def test_names_first_stopping_early_agrees_with_counting_every_item():
    from generator.normalize import bylines
    parts = ["Jane Doe - Fast builds", "Fast builds - Jane Doe", "Ruth Okafor: Typed settings", "notes on the venue",
             "山田 太郎 - Rust の話", "Tomas Lindqvist, Profiling in production", "Keynote - Opening", "@mina about queues",
             "Jane Roe - This was a great talk. We learned a lot."]
    for n in range(1, 5):  # (every list of up to four of these items: 7,380 lists)
        for texts in itertools.product(parts, repeat=n):
            assert bylines.names_first(list(texts)) is _names_first_plain(list(texts)), texts
