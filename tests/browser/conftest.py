"""Fixtures for the real-browser tests (Playwright for Python driving Debian's Chromium).

- `built_site`: the repository's sample site (content/ + site.yml), built once into a temp folder
  with base_url https://example.github.io/talkarchive/ (so every link starts with /talkarchive/).
- `site`: a threaded static HTTP server on 127.0.0.1 serving that folder under /talkarchive/ the way
  GitHub Pages does (folder -> index.html, folder without slash -> 301, missing -> 404 with 404.html).
- `site_map`: the URLs of one page of each kind, discovered from the built HTML.
- `browser`: Chromium at /usr/bin/chromium (skipped with a clear reason when it or playwright is missing).
- `page` + `browser_log`: a fresh page per test. Console errors, uncaught page errors, failed
  requests, responses >= 400 (unless the test expects them) and any request to a host other than
  127.0.0.1 (aborted) are recorded; the test fails at teardown if any was recorded.

Screenshots go to test-artifacts/screenshots/ in the repository.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.engine.build import build
from generator.core.config import load_config
from tests.browser.support import (BASE_PATH, BASE_URL, CHROMIUM, CHROMIUM_ARGS, REPO, BrowserLog, SiteServer,
                                   links_in, richest, serving, url_path_of)


# --------------------------------------------------------------------------- the built site

@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """Build content/ + site.yml once per session, into a temp folder (never the repository's output/)."""
    out = tmp_path_factory.mktemp("browser") / "site"
    config, warnings = load_config(REPO / "site.yml")
    config = dataclasses.replace(config, output_dir=out, base_url=BASE_URL)
    assert config.base_path == BASE_PATH
    result = build(config, config_warnings=tuple(warnings))
    assert result.errors == 0, [str(d) for d in result.diagnostics]
    assert (out / "index.html").is_file()
    return out


@pytest.fixture(scope="session")
def site(built_site) -> SiteServer:
    with serving(built_site, "talkarchive-pages") as server:
        yield server


@pytest.fixture(scope="session")
def site_map(built_site) -> dict[str, str]:
    """URL paths (under /talkarchive/) of one page of each kind, found in the built HTML."""
    root = built_site
    event_pages = list((root / "events").glob("*/index.html"))
    talk_pages = list((root / "events").glob("*/*/index.html"))
    assert event_pages and talk_pages, "the sample site has no event or talk pages"
    tags = links_in(root / "tags/index.html", "index-list")
    speakers = links_in(root / "speakers/index.html", "index-list")
    assert tags and speakers, "the tags and speakers indexes list nothing (class index-list)"
    return {
        "home": BASE_PATH,
        "events": BASE_PATH + "events/",
        "event": url_path_of(root, richest(event_pages)),
        "talk": url_path_of(root, richest(talk_pages)),
        "tags": BASE_PATH + "tags/",
        "tag": tags[0],
        "speakers": BASE_PATH + "speakers/",
        "speaker": speakers[0],
        "search": BASE_PATH + "search/",
        "404": BASE_PATH + "no-such-page/",
    }


# --------------------------------------------------------------------------- the browser

@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Chromium not found at /usr/bin/chromium: install it with apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed: pip install -e '.[test]' (never run `playwright install`)")
    manager = sync_playwright().start()
    try:
        chromium = manager.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    except Exception:
        manager.stop()
        raise
    try:
        yield chromium
    finally:
        chromium.close()
        manager.stop()


@pytest.fixture
def browser_log() -> BrowserLog:
    return BrowserLog()


@pytest.fixture
def page(browser, site, browser_log):
    """A fresh page (1280x800, ja-JP) in its own context; only 127.0.0.1 is reachable."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="ja-JP",
                                  service_workers="block")
    context.set_default_timeout(10_000)

    def route(route) -> None:
        url = route.request.url
        if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).hostname != "127.0.0.1":
            browser_log.blocked_requests.append(url)
            route.abort("blockedbyclient")
        else:
            route.continue_()

    context.route("**/*", route)
    new_page = context.new_page()
    new_page.on("console", browser_log.on_console)
    new_page.on("pageerror", browser_log.on_page_error)
    new_page.on("requestfailed", browser_log.on_request_failed)
    new_page.on("response", browser_log.on_response)
    try:
        yield new_page
    finally:
        context.close()
    browser_log.assert_clean()




def pytest_collection_modifyitems(items):
    """Every test under tests/browser carries the `browser` marker (`-m "not browser"` leaves them out)."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)
