"""Notes of ordinary shapes that this session's broader readings must not misread (a review of the change
found each; every note here is our own text)."""
from __future__ import annotations

import time

import pytest

from generator.normalize import bylines, dates, own_talk, people, titles
from note_text import event_of


def test_many_commas_in_a_heading_read_at_once():
    heading = ", ".join(f"Item{i}" for i in range(40)) + " and Friends, Misc"
    start = time.process_time()
    bylines.in_heading(heading)
    assert time.process_time() - start < 0.5  # (a pattern over the commas took minutes; the split takes microseconds)


def test_an_event_key_beside_a_reports_title_keeps_its_talks():
    event = event_of("""
        ---
        title: PyCon 港 2019 参加レポート
        event: PyCon 港 2019
        ---
        ## Pythonで始める型ヒント
        発表者: 山田 太郎さん

        ## Djangoの非同期対応
        発表者: 鈴木 花子さん
        """)
    assert [t.title for t in event.talks] == ["Pythonで始める型ヒント", "Djangoの非同期対応"]


@pytest.mark.parametrize("sentence", [
    "特に「型で守る設計」というタイトルの発表が面白かったです。",  # someone else's talk, praised
    "今回は3名が発表します、という告知通りでした。",  # others, with their subject
    "山田さんがLTします。",
    "I gave a quick summary of each talk below.",
    "I delivered the pizza before the first talk.",
])
def test_sentences_that_say_someone_else_spoke(sentence):
    assert not own_talk.says_writer_spoke("Harbour Meetup #5 レポート", sentence)


def test_the_quoted_event_in_a_speakers_post_title_is_not_the_talk():
    talks = event_of("""
        ---
        title: 「PHPカンファレンス港2019」でLTしてきました
        author: taro
        ---
        [Laravelで作る社内ツール](https://speakerdeck.com/taro/laravel-tools) というLTをしました。
        """).talks
    assert [t.title for t in talks] == ["Laravelで作る社内ツール"]


def test_a_talk_whose_notes_mention_other_talks_stays_itself():
    talks = event_of("""
        ---
        title: Rust Meetup #7
        ---
        ## Fearless Concurrency in Practice
        Speaker: Ann Poe

        https://speakerdeck.com/annpoe/fearless

        Last year Jane Doe gave a talk on "Async Rust Patterns", and John Roe talked about
        [Embedded Rust Basics](https://speakerdeck.com/jroe/embedded).

        ## Rust in the Browser
        Speaker: Bob Stone
        """).talks
    assert [t.title for t in talks] == ["Fearless Concurrency in Practice", "Rust in the Browser"]


def test_a_link_to_the_event_page_by_the_sites_name_is_no_event_name():
    assert titles.labelled_event_name(["- Event: [connpass](https://gomeetup.connpass.com/event/1/)"]) is None


@pytest.mark.parametrize("heading", ["Rustで組込み @ 渋谷ヒカリエ", "Go の並行処理 @ 東京 本社(5F)"])
def test_a_place_after_an_at_sign_is_no_speaker(heading):
    assert bylines.in_heading(heading) == (heading, ())


def test_a_question_in_the_second_person_is_a_talks_title():
    talks = event_of("""
        ---
        title: Cloud Native Meetup #4
        ---
        ## Do You Really Need Microservices?
        A short talk on monoliths.

        ## Service Meshes Explained
        Another one.
        """).talks
    assert [t.title for t in talks] == ["Do You Really Need Microservices?", "Service Meshes Explained"]


@pytest.mark.parametrize("written", ["U.S. Navy", "A.I. Ethics"])
def test_abbreviations_before_a_word_still_read_as_people(written):
    # a known cost of reading `J.F. Bastien` as a name: initials before one capitalised word pass too
    assert people.looks_like_people(written, strict=True)


def test_half_past_midnight_is_no_afternoon():
    assert not dates.stamped_after_noon("Sep 29, 2019 12:30 AM")


def test_a_blank_line_before_an_unclosed_toml_fence_is_body_text():
    from generator.read.sources import split_front_matter
    front, body, line = split_front_matter("\n\n+++\ntext\n", "a.md")
    assert front == {} and body == "\n\n+++\ntext\n" and line == 1


# session 11's review of the new readers: ordinary notes each misread before the fix

def test_a_recap_that_mentions_the_next_event_keeps_its_past_day():
    import datetime as dt
    posted = dt.date(2025, 1, 10)
    assert dates.find_month_day("12月14日に開催された勉強会。次回は2月に開催予定です。", posted) == dt.date(2024, 12, 14)
    assert dates.find_month_day("It was held on December 14; join us at the next one!", posted) == dt.date(2024, 12, 14)


@pytest.mark.parametrize("line", [
    "普段は Minato の社内勉強会にも出ていますが",
    "GitPier の社内での使い方",
    "I used to work at Harborsoft's Redmond office",
    "スタッフの皆さん（@minato_k さん）ありがとうございました。",
    "**Location** matters less now that everything is streamed.",
])
def test_sentences_that_name_no_venue(line):
    from generator.normalize import venue
    assert venue.find_venue(line) is None


@pytest.mark.parametrize("title", ["Three talks from YouTube I liked this week", "My Favourite Conference Talks"])
def test_a_posts_own_words_are_no_event_name(title):
    assert titles.clean_event_title(title) == title


def test_long_runs_in_a_title_are_read_at_once():
    start = time.process_time()
    titles.clean_event_title("Harbor 2019" + " x" * 2500 + " review")
    assert time.process_time() - start < 0.5
