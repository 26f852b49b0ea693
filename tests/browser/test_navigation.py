"""A reader clicks through the built sample site in Chromium: home -> event -> talk -> speaker, home -> tag,
the header navigation, the 404 page; plus full-page screenshots at phone and desktop widths.

Pages are reached by clicking the links the theme renders (the first event card on the home page, and so
on), so these tests follow the content without naming it.
"""
from __future__ import annotations

import pytest

from tests.browser.support import (BASE_PATH, check_page_basics, click_and_wait, goto, horizontal_overflow,
                                   path_of, screenshot, text_of)

PHONE, DESKTOP = 375, 1280


def follow(page, locator, what: str) -> str:
    """Click the link, check we landed on its target and that its h1 is the link's text; gives that text."""
    assert locator.count() > 0, f"{page.url}: no {what} link to click"
    link = locator.first
    expected_text = text_of(link)
    expected_path = path_of(link.evaluate("a => a.href"))
    assert expected_text, f"{page.url}: the first {what} link has no text"
    click_and_wait(page, link)
    assert path_of(page.url) == expected_path, f"clicking the {what} link led to {page.url}"
    check_page_basics(page)
    h1 = text_of(page.locator("h1"))
    assert h1 == expected_text, f"{page.url}: h1 is {h1!r}, but the {what} link said {expected_text!r}"
    return expected_text


def test_home_page_basics(page, site):
    goto(page, site.url())
    check_page_basics(page)
    assert page.locator("header").count() >= 1
    assert page.locator(".event-card").count() > 0, "the home page lists no event (.event-card)"
    assert page.locator(".site-title").get_attribute("aria-current") == "page"


def test_click_from_home_to_an_event_a_talk_and_a_speaker(page, site):
    goto(page, site.url())
    event = follow(page, page.locator(".event-card .card-title a"), "first event on the home page")
    assert page.locator(".talk-card").count() > 0, f"{page.url}: the event page lists no talk"
    assert path_of(page.url).startswith(BASE_PATH + "events/")

    with_speaker = page.locator(".talk-card").filter(has=page.locator("a.speaker-name"))
    talk = follow(page, with_speaker.locator(".card-title a"), "first talk (with a speaker) of the event")
    # the talk page links back to its event (breadcrumbs and kicker)
    assert event in [text_of(a) for a in page.locator(".breadcrumbs a").all()]

    speaker = follow(page, page.locator(".talk .speaker-list a.speaker-name, .talk a.speaker-name"), "speaker")
    assert path_of(page.url).startswith(BASE_PATH + "speakers/")
    # the speaker's page lists the talk we came from
    assert talk in [text_of(a) for a in page.locator(".talk-card .card-title a").all()], \
        f"{speaker}'s page does not list {talk!r}"


def test_click_from_home_to_a_tag(page, site):
    goto(page, site.url())
    card = page.locator(".event-card").filter(has=page.locator(".tag-list a.tag")).first
    event = text_of(card.locator(".card-title a"))
    follow(page, card.locator(".tag-list a.tag"), "tag of an event card")
    assert path_of(page.url).startswith(BASE_PATH + "tags/")
    # the tag's page lists the event whose card carried the tag
    assert event in [text_of(a) for a in page.locator(".event-card .card-title a").all()]


def test_click_from_home_to_a_speaker(page, site):
    goto(page, site.url())
    follow(page, page.locator(".name-list a"), "first speaker on the home page")
    assert path_of(page.url).startswith(BASE_PATH + "speakers/")


@pytest.mark.parametrize("section, then", [("events", ".event-card .card-title a"),
                                           ("tags", ".index-list a"),
                                           ("speakers", ".index-list a")])
def test_header_navigation_to_each_index_and_on(page, site, section, then):
    goto(page, site.url())
    nav_link = page.locator(f".site-nav a[href='{BASE_PATH}{section}/']")
    follow(page, nav_link, f"header {section}")
    assert path_of(page.url) == f"{BASE_PATH}{section}/"
    assert page.locator(f".site-nav a[href='{BASE_PATH}{section}/']").get_attribute("aria-current") == "page"
    follow(page, page.locator(then), f"first item of the {section} index")


def test_not_found_page_leads_home(page, site, browser_log):
    goto(page, site.url("no-such-page/"), status=404, log=browser_log)
    check_page_basics(page)
    click_and_wait(page, page.locator("main a[href='%s']" % BASE_PATH).first)
    assert path_of(page.url) == BASE_PATH
    check_page_basics(page)


SEARCH_WORD = "Karpenter"  # occurs in one talk title (content/2022-05-k8s-meetup-kyushu-7.md), so results show


def no_sideways_scroll(page) -> str | None:
    """None when the page fits the phone's width, else what sticks out."""
    found = horizontal_overflow(page)
    if found["scrollWidth"] <= PHONE + 1:
        return None
    return f"{page.url} scrolls sideways at {PHONE} px: scrollWidth {found['scrollWidth']}; sticking out: {found['wide']}"


@pytest.mark.parametrize("kind", ["home", "event", "talk", "search"])
def test_screenshots_and_no_horizontal_scroll(page, site, site_map, kind):
    """Full-page screenshots at 375 px and 1280 px into test-artifacts/screenshots/; no sideways scroll at 375 px."""
    url = site.url(site_map[kind]) + (f"?q={SEARCH_WORD}" if kind == "search" else "")
    for width in (PHONE, DESKTOP):
        page.set_viewport_size({"width": width, "height": 800})
        goto(page, url)
        if kind == "search":
            page.locator(".pagefind-ui__result-link").first.wait_for()
        check_page_basics(page)
        screenshot(page, f"{kind}-{width}")
        if width == PHONE:
            problem = no_sideways_scroll(page)
            assert problem is None, problem


def test_other_pages_do_not_scroll_sideways_on_a_phone(page, site, site_map, browser_log):
    page.set_viewport_size({"width": PHONE, "height": 800})
    problems = []
    for kind in ("events", "tags", "tag", "speakers", "speaker", "404"):
        goto(page, site.url(site_map[kind]), status=404 if kind == "404" else 200, log=browser_log)
        check_page_basics(page)
        problems.append(no_sideways_scroll(page))
    problems = [p for p in problems if p]
    assert not problems, "\n".join(problems)
