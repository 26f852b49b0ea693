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
