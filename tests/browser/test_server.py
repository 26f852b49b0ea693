"""The test harness itself: the server behaves like GitHub Pages for a project site (no browser needed),
and the `page` fixture blocks and reports requests that leave 127.0.0.1."""
from __future__ import annotations

import http.client
from urllib.parse import quote, urlsplit

import pytest

from tests.browser.support import BASE_PATH


def fetch(site, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    netloc = urlsplit(site.origin).netloc
    conn = http.client.HTTPConnection(netloc, timeout=5)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_folders_serve_their_index_and_redirect_without_slash(site):
    status, headers, body = fetch(site, BASE_PATH)
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert body == (site.root / "index.html").read_bytes()
    assert fetch(site, BASE_PATH + "events/")[0] == 200
    status, headers, _ = fetch(site, BASE_PATH + "events?x=1")
    assert (status, headers["location"]) == (301, BASE_PATH + "events/?x=1")
    status, headers, _ = fetch(site, BASE_PATH.rstrip("/"))
    assert (status, headers["location"]) == (301, BASE_PATH)


def test_percent_encoded_japanese_paths_are_served(site):
    folders = [p for p in (site.root / "events").rglob("*") if p.is_dir() and not p.name.isascii()]
    assert folders, "the sample site has no page with a Japanese slug"
    rel = folders[0].relative_to(site.root).as_posix()
    status, _, body = fetch(site, BASE_PATH + quote(rel) + "/")
    assert status == 200 and body == (folders[0] / "index.html").read_bytes()


@pytest.mark.parametrize("path", ["no-such-page/", "events/no-such-event/", "static/nothing.css"])
def test_missing_paths_get_404_with_the_sites_404_page(site, path):
    status, headers, body = fetch(site, BASE_PATH + path)
    assert status == 404 and headers["content-type"] == "text/html; charset=utf-8"
    assert body == (site.root / "404.html").read_bytes()


@pytest.mark.parametrize("path", ["/", "/index.html", "/etc/passwd", BASE_PATH + "../etc/passwd",
                                  BASE_PATH + "%2e%2e/%2e%2e/etc/passwd", BASE_PATH + "static/..%2f..%2f..%2fetc/passwd",
                                  BASE_PATH + "..%5c..%5cetc%5cpasswd", BASE_PATH + "%ff%fe/"])
def test_nothing_outside_the_site_folder_or_prefix_is_served(site, path):
    status, _, body = fetch(site, path)
    assert status == 404
    assert b"root:" not in body


@pytest.mark.parametrize("rel, ctype", [("static/style.css", "text/css; charset=utf-8"),
                                        ("static/favicon.svg", "image/svg+xml; charset=utf-8"),
                                        ("404.html", "text/html; charset=utf-8")])
def test_content_types_carry_a_charset(site, rel, ctype):
    status, headers, body = fetch(site, BASE_PATH + rel)
    assert status == 200 and headers["content-type"] == ctype
    assert int(headers["content-length"]) == len(body)


def test_head_sends_headers_only(site):
    status, headers, body = fetch(site, BASE_PATH, method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 0


def test_the_page_fixture_blocks_and_reports_other_hosts(page, site, browser_log):
    page.goto(site.url())
    page.evaluate("""() => new Promise(done => {
        const img = new Image(); img.onerror = img.onload = done; img.src = 'https://example.com/pixel.png'; })""")
    assert browser_log.blocked_requests == ["https://example.com/pixel.png"]
    assert "request to another host (blocked): https://example.com/pixel.png" in browser_log.problems()
    browser_log.blocked_requests.clear()  # expected here; any other problem still fails the test
