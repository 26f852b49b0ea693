"""Helpers for the real-browser tests: the GitHub-Pages-like static server, what is on the built site,
the browser problem log, and small page helpers. The fixtures using them are in conftest.py."""
from __future__ import annotations

import mimetypes
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import quote, unquote, urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
BASE_URL = "https://example.github.io/talkarchive/"
BASE_PATH = "/talkarchive/"
LANGUAGE = "ja"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
AXE = REPO / "tools/node_modules/axe-core/axe.min.js"
ARTIFACTS = REPO / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"


# --------------------------------------------------------------------------- the HTTP server (GitHub Pages' rules)

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8",
    ".ics": "text/calendar; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/x-icon",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".wasm": "application/wasm",
    ".pdf": "application/pdf",
}


def content_type(path: Path) -> str:
    known = CONTENT_TYPES.get(path.suffix.lower())
    if known:
        return known
    guessed, _ = mimetypes.guess_type(path.name)
    if guessed and guessed.startswith("text/"):
        return guessed + "; charset=utf-8"
    return guessed or "application/octet-stream"  # Pagefind's .pf_meta, .pf_index, .pf_fragment, .pagefind


def make_handler(root: Path, prefix: str) -> type[BaseHTTPRequestHandler]:
    root = root.resolve()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "talkarchive-test-pages"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._serve(head=False)

        def do_HEAD(self) -> None:  # noqa: N802
            self._serve(head=True)

        def log_message(self, format: str, *args) -> None:  # keep pytest's output clean
            pass

        def _send(self, status: int, body: bytes, ctype: str, head: bool, extra: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def _not_found(self, head: bool) -> None:
            page = root / "404.html"
            body = page.read_bytes() if page.is_file() else b"<!DOCTYPE html><title>404</title><h1>404</h1>"
            self._send(404, body, "text/html; charset=utf-8", head)

        def _redirect(self, location: str, head: bool) -> None:
            self._send(301, b"", "text/html; charset=utf-8", head, {"Location": location})

        def _serve(self, head: bool) -> None:
            split = urlsplit(self.path)
            query = f"?{split.query}" if split.query else ""
            try:
                path = unquote(split.path, encoding="utf-8", errors="strict")
            except UnicodeDecodeError:
                return self._not_found(head)
            if path == prefix.rstrip("/"):
                return self._redirect(prefix + query, head)
            if not path.startswith(prefix):
                return self._not_found(head)
            rel = path[len(prefix):]
            parts = [p for p in rel.split("/") if p]
            if any(p in (".", "..") or "\\" in p or "\0" in p for p in parts):
                return self._not_found(head)
            target = root.joinpath(*parts).resolve() if parts else root
            if target != root and root not in target.parents:  # a symlink out of the folder
                return self._not_found(head)
            if target.is_dir():
                if not path.endswith("/"):
                    return self._redirect(quote(path + "/", safe="/:@!$&'()*+,;=-._~") + query, head)
                target = target / "index.html"
            elif not target.is_file() and target.with_name(target.name + ".html").is_file():
                target = target.with_name(target.name + ".html")  # GitHub Pages serves /about for about.html
            if not target.is_file():
                return self._not_found(head)
            self._send(200, target.read_bytes(), content_type(target), head)

    return Handler


@dataclass
class SiteServer:
    root: Path          # the built site on disk
    origin: str         # http://127.0.0.1:PORT
    base_path: str = BASE_PATH

    @property
    def base(self) -> str:
        return self.origin + self.base_path

    def url(self, rel: str = "") -> str:
        """Absolute URL of a path under the site: url('events/') -> http://127.0.0.1:PORT/talkarchive/events/."""
        if rel.startswith(("http://", "https://")):
            return rel
        if rel.startswith("/"):
            return self.origin + rel
        return self.base + rel


@contextmanager
def serving(root: Path, name: str) -> Iterator[SiteServer]:
    """Serve a built site on 127.0.0.1 under BASE_PATH, as GitHub Pages would, until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(root, BASE_PATH))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=name, daemon=True)
    thread.start()
    try:
        yield SiteServer(root, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --------------------------------------------------------------------------- what is on the site

class _Links(HTMLParser):
    """Every <a href> with the classes of its ancestors (and its own), and the first <h1>'s text."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set[str]]] = []
        self.links: list[tuple[str, set[str]]] = []
        self.h1: list[str] = []
        self._in_h1 = 0
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        if tag == "a" and a.get("href"):
            inherited = set().union(*(c for _, c in self.stack)) if self.stack else set()
            self.links.append((a["href"], inherited | classes))
        if tag in self.VOID:
            return
        if tag == "h1":
            self._in_h1 += 1
        if a.get("aria-hidden") == "true":
            self._hidden += 1
            classes = classes | {"__aria_hidden__"}
        self.stack.append((tag, classes))

    def handle_endtag(self, tag):
        while self.stack:
            name, classes = self.stack.pop()
            if "__aria_hidden__" in classes:
                self._hidden -= 1
            if name == "h1":
                self._in_h1 -= 1
            if name == tag:
                break

    def handle_data(self, data):
        if self._in_h1 and not self._hidden:
            self.h1.append(data)


def parse_page(text: str) -> _Links:
    parser = _Links()
    parser.feed(text)
    parser.close()
    return parser


def page_h1(path: Path) -> str:
    """The first h1's text of a built page (aria-hidden parts left out), whitespace collapsed."""
    return " ".join("".join(parse_page(path.read_text(encoding="utf-8")).h1).split())


def links_in(path: Path, css_class: str) -> list[str]:
    """Local hrefs of the page's links inside (or carrying) an element with that class, in order."""
    return [href for href, classes in parse_page(path.read_text(encoding="utf-8")).links
            if css_class in classes and href.startswith(BASE_PATH)]


def url_path_of(root: Path, page: Path) -> str:
    """/talkarchive/<folder>/ (percent-encoded) for a built index.html."""
    rel = page.parent.relative_to(root).as_posix()
    return BASE_PATH + (quote(rel) + "/" if rel != "." else "")


def find_talk(root: Path, title: str) -> str:
    """The URL path of the talk page whose h1 is `title` (fails if there is not exactly one)."""
    found = [url_path_of(root, p) for p in sorted((root / "events").glob("*/*/index.html")) if page_h1(p) == title]
    assert len(found) == 1, f"expected one talk page titled {title!r} in the built site, found {found}"
    return found[0]


_RICH = ("badge-room", "badge-kind", "speaker-list", "pager-prev", "pager-next", 'class="url"', "<table", "<pre",
         "<code", "<img", "<blockquote", "<ol", "handle", "affiliation", "data-embed-player")


def richest(pages: list[Path]) -> Path:
    """The page showing the most different kinds of element (the best single page to check)."""
    return max(sorted(pages), key=lambda p: sum(marker in p.read_text(encoding="utf-8") for marker in _RICH))


# --------------------------------------------------------------------------- the browser problem log

@dataclass
class BrowserLog:
    """What went wrong in the browser during one test. Any entry fails the test."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    bad_responses: list[str] = field(default_factory=list)
    blocked_requests: list[str] = field(default_factory=list)
    expected: list[tuple[int, str]] = field(default_factory=list)

    def expect_status(self, status: int, url: str) -> None:
        """Declare that `url` (absolute) will answer `status`, e.g. 404 for the not-found page."""
        self.expected.append((status, _normal(url)))

    def _is_expected(self, status: int | None, url: str) -> bool:
        return any((status is None or s == status) and u == _normal(url) for s, u in self.expected)

    # listeners
    def on_console(self, message) -> None:
        if message.type != "error":
            return
        location = (message.location or {}).get("url", "")
        # Chromium logs "Failed to load resource: ... 404" for a response; the response listener judges those.
        if message.text.startswith("Failed to load resource") and self._is_expected(None, location):
            return
        if "ERR_BLOCKED_BY_CLIENT" in message.text and location in self.blocked_requests:
            return  # recorded as blocked
        self.console_errors.append(f"{message.text} ({location})" if location else message.text)

    def on_page_error(self, error) -> None:
        self.page_errors.append(str(error))

    def on_request_failed(self, request) -> None:
        failure = request.failure or ""
        if request.url in self.blocked_requests:
            return  # recorded as blocked
        if "ERR_ABORTED" in failure:
            return  # cancelled by a navigation (the page went on before the request ended), not a failure
        self.failed_requests.append(f"{request.method} {request.url}: {failure}")

    def on_response(self, response) -> None:
        if response.status >= 400 and not self._is_expected(response.status, response.url):
            self.bad_responses.append(f"{response.status} {response.request.method} {response.url}")

    def problems(self) -> list[str]:
        out = []
        for label, entries in (("console error", self.console_errors), ("uncaught page error", self.page_errors),
                               ("failed request", self.failed_requests), ("HTTP error response", self.bad_responses),
                               ("request to another host (blocked)", self.blocked_requests)):
            out += [f"{label}: {e}" for e in entries]
        return out

    def assert_clean(self) -> None:
        problems = self.problems()
        if problems:
            pytest.fail("the browser reported problems:\n  " + "\n  ".join(problems), pytrace=False)


def _normal(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{unquote(parts.path)}"


# --------------------------------------------------------------------------- helpers for the tests

def goto(page, url: str, status: int = 200, log: BrowserLog | None = None):
    """Open url and check the document's status (declare an expected error status in `log`)."""
    if status >= 400:
        assert log is not None, "pass browser_log to goto() when an error status is expected"
        log.expect_status(status, url)
    response = page.goto(url, wait_until="load")
    assert response is not None, url
    assert response.status == status, f"{url}: HTTP {response.status}, expected {status}"
    return response


def click_and_wait(page, locator) -> None:
    """Click a link and wait until the page it leads to has loaded."""
    with page.expect_navigation(wait_until="load"):
        locator.click()


VISIBLE_TEXT_JS = """e => { const c = e.cloneNode(true);
  c.querySelectorAll('[aria-hidden="true"]').forEach(x => x.remove());
  return c.textContent.replace(/\\s+/g, ' ').trim(); }"""


def text_of(locator) -> str:
    """An element's text without its aria-hidden parts, whitespace collapsed."""
    return locator.evaluate(VISIBLE_TEXT_JS)


def path_of(url: str) -> str:
    """The decoded path of a URL, with a trailing index.html dropped: compares hrefs whatever their encoding."""
    path = unquote(urlsplit(url).path)
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def check_page_basics(page) -> None:
    """Exactly one h1, html[lang] is the site language, one main landmark."""
    assert page.locator("h1").count() == 1, f"{page.url}: expected exactly one h1, found {page.locator('h1').count()}"
    lang = page.locator("html").get_attribute("lang")
    assert lang == LANGUAGE, f"{page.url}: html[lang] is {lang!r}, expected {LANGUAGE!r}"
    assert page.locator("main, [role=main]").count() == 1, f"{page.url}: expected one main landmark"


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def horizontal_overflow(page) -> dict:
    """scrollWidth of the document and the elements sticking out past the viewport's right edge."""
    return page.evaluate("""() => {
      const width = document.documentElement.clientWidth;
      const wide = [];
      for (const e of document.querySelectorAll('body *')) {
        const r = e.getBoundingClientRect();
        if (r.right > width + 1 && r.width > 0) {
          let sel = e.tagName.toLowerCase();
          if (e.id) sel += '#' + e.id;
          if (e.classList.length) sel += '.' + [...e.classList].join('.');
          wide.push(sel + ' (right edge ' + Math.round(r.right) + 'px): ' + (e.textContent || '').trim().slice(0, 60));
        }
      }
      return {scrollWidth: document.scrollingElement.scrollWidth, clientWidth: width, wide: wide.slice(0, 8)};
    }""")
