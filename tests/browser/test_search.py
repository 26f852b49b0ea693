"""Search, in a real browser, against this contract:

- every page has `form[role=search]` in its header, with an `input[name=q]`, submitting (GET) to /talkarchive/search/
  (the search page itself excepted: its template leaves the header box out and shows Pagefind's box instead);
- the search page loads Pagefind UI from /talkarchive/pagefind/pagefind-ui.js, runs the query given in `?q=`,
  and renders the results as `.pagefind-ui__result-link` anchors.
"""
from __future__ import annotations

import json

import pytest

from tests.browser.support import (BASE_PATH, check_page_basics, click_and_wait, find_talk, goto, path_of,
                                   text_of)

# Words typed into the header's search box, and the talk each must find (its title is the talk page's h1).
# Each word occurs in exactly one talk title of the sample site in content/:
#   所有権 (kanji)    -> 「所有権でつまずかないための3つのコツ」, Rust.Fukuoka #3 (content/2021-06-rust-fukuoka-3.md)
#   Karpenter        -> 「EKS のノードを Karpenter で管理してみた」, Kubernetes Meetup Kyushu #7
#                       (content/2022-05-k8s-meetup-kyushu-7.md)
SEARCHES = [
    ("所有権", "所有権でつまずかないための3つのコツ"),
    ("Karpenter", "EKS のノードを Karpenter で管理してみた"),
]

PAGEFIND_UI = BASE_PATH + "pagefind/pagefind-ui.js"
SEARCH_PAGE = BASE_PATH + "search/"

RESULTS_JS = """() => [...document.querySelectorAll('.pagefind-ui__result-link')]
                       .map(a => ({href: a.href, text: a.textContent.trim()}))"""


def result_links(page) -> list[dict]:
    return page.evaluate(RESULTS_JS)


def wait_for_result(page, expected_path: str, timeout: float = 15_000) -> list[dict]:
    """Wait until a result link points at expected_path; fail listing what was found otherwise."""
    script = """expected => [...document.querySelectorAll('.pagefind-ui__result-link')].some(a => {
        let p = decodeURIComponent(new URL(a.href, location.href).pathname);
        if (p.endsWith('/index.html')) p = p.slice(0, -'index.html'.length);
        return p === expected; })"""
    try:
        page.wait_for_function(script, arg=path_of(expected_path), timeout=timeout)
    except Exception:
        found = result_links(page)
        pytest.fail(f"{page.url}: no search result links to {path_of(expected_path)}; result links found: "
                    f"{json.dumps(found, ensure_ascii=False)}", pytrace=False)
    return result_links(page)


def search_from_header(page, word: str) -> None:
    """Type `word` into the header's search box and submit it with Enter."""
    box = page.locator("header form[role=search] input[name=q]")
    assert box.count() == 1, f"{page.url}: expected one input[name=q] in a form[role=search] in the header"
    box.fill(word)
    with page.expect_navigation(wait_until="load"):
        box.press("Enter")
    assert path_of(page.url) == SEARCH_PAGE, f"the search form went to {page.url}"
    assert page.evaluate("new URL(location.href).searchParams.get('q')") == word


def test_search_form_in_the_header_of_every_page(page, site, site_map, browser_log):
    # The search page itself is left out: its theme template empties the header's search_box block, and the
    # page's own Pagefind box takes the query instead (checked in the tests below).
    for kind, path in site_map.items():
        if kind == "search":
            continue
        goto(page, site.url(path), status=404 if kind == "404" else 200, log=browser_log)
        form = page.locator("header form[role=search], [role=banner] form[role=search]")
        assert form.count() == 1, f"{kind} page {page.url}: expected one form[role=search] in the header, " \
                                  f"found {form.count()}"
        facts = form.evaluate("""f => ({
            method: (f.getAttribute('method') || 'get').toLowerCase(),
            action: new URL(f.getAttribute('action') || '', location.href).pathname,
            inputs: f.querySelectorAll('input[name=q]').length })""")
        assert facts == {"method": "get", "action": SEARCH_PAGE, "inputs": 1}, \
            f"{kind} page {page.url}: the header's search form is {facts}"


def test_search_page_loads_pagefind_ui_and_runs_the_query_from_the_url(page, site, built_site):
    word, title = SEARCHES[1]
    expected = find_talk(built_site, title)
    with page.expect_response(lambda r: path_of(r.url) == PAGEFIND_UI) as ui:
        goto(page, site.url(SEARCH_PAGE) + "?q=" + word)
    assert ui.value.status == 200
    assert (ui.value.headers.get("content-type") or "").startswith("text/javascript")
    check_page_basics(page)
    wait_for_result(page, expected)


def test_search_from_the_header_finds_talks_in_japanese_and_english(page, site, built_site):
    goto(page, site.url())
    for word, title in SEARCHES:
        expected = find_talk(built_site, title)
        search_from_header(page, word)
        wait_for_result(page, expected)
        link = None  # matched by href: a result's text is Pagefind's, not necessarily the page's h1
        for candidate in page.locator(".pagefind-ui__result-link").all():
            if path_of(candidate.evaluate("a => a.href")) == path_of(expected):
                link = candidate
                break
        assert link is not None, f"no result link to {expected}"
        click_and_wait(page, link)
        assert path_of(page.url) == path_of(expected), f"the result for {word!r} led to {page.url}"
        check_page_basics(page)
        assert text_of(page.locator("h1")) == title
        # the next word is typed into the header box of this talk page


def test_search_results_show_event_date_and_kind_with_a_kind_filter_and_no_focus_on_load(page, site, built_site):
    word, title = SEARCHES[0]
    expected = find_talk(built_site, title)
    goto(page, site.url(SEARCH_PAGE) + "?q=" + word)
    wait_for_result(page, expected)
    assert page.evaluate("document.activeElement && document.activeElement.tagName") != "INPUT", \
        "the search box took focus on load"
    shown = page.evaluate("""expected => {
        for (const result of document.querySelectorAll('.pagefind-ui__result')) {
            const a = result.querySelector('.pagefind-ui__result-link');
            let p = decodeURIComponent(new URL(a.href, location.href).pathname);
            if (p.endsWith('/index.html')) p = p.slice(0, -'index.html'.length);
            const tags = result.querySelector('.pagefind-ui__result-tags');
            if (p === expected) return tags ? tags.textContent : ''; }
        return null; }""", path_of(expected))
    assert shown and "Rust.Fukuoka #3" in shown and "2021" in shown, f"the result's context is {shown!r}"
    filters_js = "() => [...document.querySelectorAll('.pagefind-ui__filter-name')].map(e => e.textContent)"
    has_kind = f"() => ({filters_js})().some(label => label.includes('種別'))"
    # Pagefind loads its filters after the first results; on a loaded machine that can take long, so the
    # page is loaded once more before the test gives up (a missing filter fails both times)
    for attempt in (1, 2):
        try:
            page.wait_for_function(has_kind, timeout=30_000 * attempt)
            break
        except Exception:
            if attempt == 2:
                pytest.fail(f"no kind filter (種別) in the search UI; filters shown: {page.evaluate(filters_js)}",
                            pytrace=False)
            goto(page, site.url(SEARCH_PAGE) + "?q=" + word)
            wait_for_result(page, expected, timeout=30_000)
