"""Session 31: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import datetime as dt

from generator.normalize.dates import find_date
from note_text import event_of


def _talks(event) -> list[tuple[str, list[str]]]:
    return [(t.title, [s.name for s in t.speakers]) for t in event.talks]


# --- a conference site's programme page: the site's header, a page heading that is only a label, rows without times --

_PROGRAMME_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>
  Programme | GlimmerConf
  </title>
</head>
<body>
<div class="site">
  <header class="site-header">
    <h1 class="site-title"><a href="/"><img class="site-logo" src="/logo.svg" alt=""></a></h1>
    <h2 class="site-subtitle">June 14th &amp; 15th 2031 — Tallinn</h2>
  </header>
  <div class="site-content">
    <article class="page">
      <header class="page-header"><h1 class="page-title">Programme</h1></header>
      <div class="page-content">
        <p>The line-up so far:</p>
        <table>
          <thead><tr><th>09:00 - 11:00</th><th><strong>Morning</strong></th></tr></thead>
          <tbody>
            <tr><td>09:00</td><td>Doors open and coffee</td></tr>
            <tr><td> </td><td>Knitting patterns as a programming language</td></tr>
            <tr><td> </td><td>What the lighthouse keeper knew about queues</td></tr>
            <tr><td>10:40</td><td>Break</td></tr>
          </tbody>
        </table>
        <table>
          <thead><tr><th>11:00 - 12:30</th><th><strong>Late morning</strong></th></tr></thead>
          <tbody>
            <tr><td> </td><td>Teaching a robot to fold towels</td></tr>
            <tr><td> </td><td>Why my synthesiser runs Lisp</td></tr>
            <tr><td>12:30</td><td>Lunch</td></tr>
          </tbody>
        </table>
      </div>
    </article>
  </div>
</div>
</body>
</html>
"""


def test_a_page_titled_as_the_programme_reads_its_rows_without_times_as_talks():
    assert [t for t, _ in _talks(event_of(_PROGRAMME_PAGE, "programme.html"))] == [
        "Knitting patterns as a programming language",
        "What the lighthouse keeper knew about queues",
        "Teaching a robot to fold towels",
        "Why my synthesiser runs Lisp",
    ]


def test_the_same_rows_under_a_title_naming_the_event_stay_unread():
    # (the title alone says whether the text under it is a programme: a page of the event's news is not)
    page = _PROGRAMME_PAGE.replace('class="page-title">Programme<', 'class="page-title">GlimmerConf news<')
    assert _talks(event_of(page, "news.html")) == []


def test_a_page_heading_that_is_only_a_label_takes_the_pages_own_name():
    assert event_of(_PROGRAMME_PAGE, "programme.html").title == "GlimmerConf"


def test_a_page_heading_naming_the_event_is_kept():
    page = _PROGRAMME_PAGE.replace('class="page-title">Programme<', 'class="page-title">GlimmerConf 2031 programme<')
    assert event_of(page, "programme.html").title.startswith("GlimmerConf 2031")


def test_the_sites_header_beside_the_article_gives_the_day():
    assert event_of(_PROGRAMME_PAGE, "programme.html").date == dt.date(2031, 6, 14)


def test_the_sites_header_is_no_heading_of_the_page():
    page = _PROGRAMME_PAGE.replace("<h2 class=\"site-subtitle\">", "<h2 class=\"site-subtitle\">Welcome aboard</h2><h2>")
    event = event_of(page, "programme.html")
    assert event.title == "GlimmerConf" and "Welcome aboard" not in [t for t, _ in _talks(event)]


# --- two days joined by `&` or `and` in English dates: the first day -------------------------------------------------

def test_two_days_joined_by_and_give_the_first():
    assert find_date("June 14th & 15th 2031 — Tallinn") == dt.date(2031, 6, 14)
    assert find_date("June 14 and 15, 2031") == dt.date(2031, 6, 14)
    assert find_date("14th & 15th June 2031") == dt.date(2031, 6, 14)
    assert find_date("between 2 and 3 people came on June 14, 2031") == dt.date(2031, 6, 14)
