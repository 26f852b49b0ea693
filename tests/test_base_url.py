"""Every URL is right under a project path (https://user.github.io/repo/) and at a domain root.

The sample site (plus a note with local images and files, and a small page_size so that lists
have page/2/) is built, served with the preview server in its GitHub Pages mode (no live reload,
no rewriting, 404.html for misses) under the base path, and crawled from the home page: every
href, src, form action, search bundle path, feed and sitemap URL, and the 404 page's assets seen
from a deep missing path. Zero 404s. Every absolute URL the site gives for itself (canonical,
og:url, feeds, sitemap, robots.txt, JSON-LD, the JSON API) starts with base_url.
"""
from __future__ import annotations

import json
import re
import shutil
import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
from hypothesis import given, settings, strategies as st

from generator.engine.build import build
from generator.core.config import load_config
from generator.preview.http_server import Broadcaster, make_server
from tests.conftest import REPO

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")

MEDIA_NOTE = """\
---
title: Media Meetup 1
date: 2025-03-01
tags: [Media, 画像]
---

# Media Meetup 1

Opening slides: [agenda](files/agenda.pdf)

## Pictures in notes

Speaker: Aiko Mori

![a diagram](images/diagram.png)

![photo](./images/photo-2.png)
"""

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

CASES = {
    "project-path": "https://user.github.io/repo/",
    "domain-root": "https://example.org/",
    "path-only": "/archive/",
}


class _Refs(HTMLParser):
    """Every URL a page makes the browser fetch or follow, plus what the site says about itself."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.bundle: str | None = None
        self.self_urls: list[tuple[str, str]] = []  # (what, absolute URL the page gives for itself)
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("href", "src", "action", "data-base"):
            if a.get(name):
                self.links.append(a[name])
        if a.get("data-bundle"):
            self.bundle = a["data-bundle"]  # a folder prefix: the files in it are checked one by one
        if tag == "link" and a.get("rel") == "canonical":
            self.self_urls.append(("canonical", a["href"]))
        if tag == "meta" and a.get("property") == "og:url":
            self.self_urls.append(("og:url", a["content"]))
            self.links.append(a["content"])
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in_jsonld = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld.append(data)


def _refs(html: str) -> _Refs:
    parser = _Refs()
    parser.feed(html)
    return parser


def _jsonld_urls(data) -> list[str]:
    """The `url` of every schema.org node (sameAs, the event's own page elsewhere, is not ours; nor is an
    online event's VirtualLocation, whose url is where it was streamed or registered)."""
    found = []
    if isinstance(data, dict):
        if data.get("@type") == "VirtualLocation":
            return found
        for key, value in data.items():
            if key in ("url", "@id") and isinstance(value, str):
                found.append(value)
            elif key != "sameAs":
                found.extend(_jsonld_urls(value))
    elif isinstance(data, list):
        for item in data:
            found.extend(_jsonld_urls(item))
    return found


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """The repository's sample site plus a note with local media, in a folder of its own."""
    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copy(REPO / "site.yml", root / "site.yml")
    (root / "content" / "2025-03-media-meetup-1.md").write_text(MEDIA_NOTE, encoding="utf-8")
    for rel in ("images/diagram.png", "images/photo-2.png"):
        (root / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "content" / rel).write_bytes(PNG)
    (root / "content" / "files").mkdir()
    (root / "content" / "files" / "agenda.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    return root


class Served:
    def __init__(self, out: Path, base_url: str):
        config, _ = load_config(overrides={"base_url": base_url})
        self.base_url = config.base_url
        self.base_path = config.base_path
        self.out = out
        self.server = make_server("127.0.0.1", 0, out, self.base_path, Broadcaster(), live=False)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def local(self, url: str) -> str | None:
        """A URL of the site (absolute under base_url, or root-relative) as a URL on the local server."""
        url = urldefrag(url)[0]
        if "://" in self.base_url and url.startswith(self.base_url):
            return self.origin + self.base_path + url[len(self.base_url):]
        if url.startswith(self.origin):
            return url
        return None

    def get(self, url: str) -> tuple[int, str, bytes]:
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                return resp.status, resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers.get("Content-Type", ""), exc.read()


@pytest.fixture(scope="module", params=list(CASES), ids=list(CASES))
def site(request, sample, tmp_path_factory):
    base_url = CASES[request.param]
    out = tmp_path_factory.mktemp("out") / "site"
    config, warnings = load_config(sample / "site.yml", overrides={
        "base_url": base_url, "output_dir": str(out), "page_size": 3})
    result = build(config, config_warnings=tuple(warnings))
    assert result.errors == 0 and result.warnings == 0, [str(d) for d in result.diagnostics]
    served = Served(out, base_url)
    yield served
    served.close()


def crawl(site: Served) -> tuple[dict[str, int], list[str], _Refs | None]:
    """Fetch everything reachable from the home page. Gives {url: status}, problems, the search page's refs."""
    start = [site.origin + site.base_path + p for p in ("", "robots.txt")]
    if "://" in site.base_url:
        start.append(site.origin + site.base_path + "sitemap.xml")  # a crawler is told of it, not linked to it
    queue, seen, statuses, problems = list(start), set(start), {}, []
    search_page = None

    def add(url: str, on: str):
        if url.startswith(("mailto:", "javascript:", "data:", "#")):
            return
        absolute = urljoin(on, url)
        local = site.local(absolute)
        if local is None:
            if urlsplit(absolute).hostname in ("127.0.0.1", "localhost"):
                problems.append(f"{on}: {url} points at this machine outside the site")
            return  # another host: not ours to check
        if local not in seen:
            seen.add(local)
            queue.append(local)
            found_on[local] = on

    found_on: dict[str, str] = {}
    while queue:
        url = queue.pop()
        status, ctype, body = site.get(url)
        statuses[url] = status
        if status != 200:
            problems.append(f"{found_on.get(url, '(start)')}: {url} -> {status}")
            continue
        path = urlsplit(url).path
        if ctype.startswith("text/html"):
            refs = _refs(body.decode("utf-8"))
            for link in refs.links:
                add(link, url)
            if refs.bundle:
                search_page = refs
                bundle = urljoin(url, refs.bundle)
                for name in ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json"):
                    add(bundle + name, url)
        elif path.endswith("pagefind-entry.json"):
            entry = json.loads(body)
            for lang in entry["languages"].values():
                add(f"pagefind.{lang['hash']}.pf_meta", url)
                add(f"wasm.{lang.get('wasm') or 'unknown'}.pagefind", url)
        elif path.endswith(".xml"):
            root = ET.fromstring(body)
            for el in root.iter():
                if el.tag in (f"{ATOM}link",) and el.get("href"):
                    add(el.get("href"), url)
                if el.tag in (f"{SITEMAP}loc",):
                    add(el.text.strip(), url)
                if el.tag == f"{ATOM}content" and el.text:
                    for link in _refs(el.text).links:
                        add(link, url)
        elif path.endswith("robots.txt"):
            for line in body.decode().splitlines():
                if line.lower().startswith("sitemap:"):
                    add(line.split(":", 1)[1].strip(), url)
        elif path.endswith(".json"):
            for record in json.loads(body):
                add(record["page"], url)
                for talk in record["talks"]:
                    add(talk["page"], url)
    return statuses, problems, search_page


def test_every_local_link_and_asset_resolves(site):
    statuses, problems, search_page = crawl(site)
    assert problems == []
    paths = {unquote(urlsplit(u).path) for u in statuses}
    bp = site.base_path
    for expected in ("", "events/", "tags/", "speakers/", "search/", "feed.xml", "events.ics", "api/events.json",
                     "static/style.css", "pagefind/pagefind.js", "pagefind/pagefind-entry.json", "events/page/2/",
                     "media/images/diagram.png", "media/images/photo-2.png", "media/files/agenda.pdf", "robots.txt"):
        assert bp + expected in paths, expected
    assert any(p.endswith(".pf_meta") for p in paths)
    assert search_page is not None and search_page.bundle == bp + "pagefind/"
    assert (bp + "sitemap.xml" in paths) == ("://" in site.base_url)
    # every page written is reachable by following links from the home page
    written = set()
    for page in site.out.rglob("index.html"):
        rel = page.relative_to(site.out).parent.as_posix()
        written.add(bp + ("" if rel == "." else rel + "/"))
    assert sorted(written - paths) == []
    assert len(written) > 50


def test_the_whole_search_bundle_is_served_under_the_base_path(site):
    for file in sorted((site.out / "pagefind").rglob("*")):
        if file.is_file():
            rel = file.relative_to(site.out).as_posix()
            status, _, _ = site.get(site.origin + site.base_path + rel)
            assert status == 200, rel


@pytest.mark.parametrize("missing", ["nope", "no/such/deep/page/", "events/no-such-event/no-such-talk/x.html"])
def test_404_page_assets_resolve_from_any_depth(site, missing):
    url = site.origin + site.base_path + missing
    status, ctype, body = site.get(url)
    assert status == 404 and ctype.startswith("text/html")
    assert body == (site.out / "404.html").read_bytes()
    refs = _refs(body.decode("utf-8"))
    assert refs.links
    for link in refs.links:
        target = None if link.startswith("#") else site.local(urljoin(url, link))
        if target is None:
            continue
        assert site.get(target)[0] == 200, f"404 page at /{missing}: {link}"


def test_site_outside_the_base_path_is_not_served(site):
    if site.base_path == "/":
        pytest.skip("at a domain root everything is under the base path")
    status, _, _ = site.get(site.origin + "/index.html")
    assert status == 404


def test_every_absolute_url_starts_with_base_url(site):
    base = site.base_url
    absolute = "://" in base
    checked = 0
    for page in site.out.rglob("*.html"):
        refs = _refs(page.read_text(encoding="utf-8"))
        for what, url in refs.self_urls:
            if absolute:
                assert url.startswith(base), f"{page}: {what} {url}"
            else:
                assert url.startswith(site.base_path) and "://" not in url, f"{page}: {what} {url}"
            checked += 1
        for block in refs.jsonld:
            for url in _jsonld_urls(json.loads(block)):
                if absolute:
                    assert url.startswith(base), f"{page}: JSON-LD {url}"
                else:
                    assert url.startswith(site.base_path), f"{page}: JSON-LD {url}"
                checked += 1
        # links to the site itself never hard-code another origin or miss the base path
        for link in refs.links:
            if link.startswith("/"):
                assert link.startswith(site.base_path), f"{page}: {link}"
            elif "://" in link and urlsplit(link).hostname == urlsplit(base).hostname and absolute:
                assert link.startswith(base), f"{page}: {link}"
    assert checked > 100

    feeds = list(site.out.rglob("feed.xml"))
    assert len(feeds) > 1
    for feed in feeds:
        root = ET.parse(feed).getroot()
        for link in root.iter(f"{ATOM}link"):
            href = link.get("href")
            assert href.startswith(base if absolute else site.base_path), f"{feed}: {href}"
        for el in root.iter(f"{ATOM}id"):
            if absolute:
                assert el.text.startswith(base), f"{feed}: id {el.text}"
            else:
                assert el.text.startswith("tag:"), f"{feed}: id {el.text}"
        for content in root.iter(f"{ATOM}content"):
            for href in re.findall(r'href="([^"]+)"', unescape(content.text or "")):
                if "://" in href and urlsplit(href).hostname == urlsplit(base).hostname:
                    assert href.startswith(base)
                assert not href.startswith("/") or href.startswith(site.base_path)

    sitemap = site.out / "sitemap.xml"
    if absolute:
        locs = [el.text for el in ET.parse(sitemap).getroot().iter(f"{SITEMAP}loc")]
        assert len(locs) > 50 and all(loc.startswith(base) for loc in locs)
        robots = (site.out / "robots.txt").read_text()
        assert f"Sitemap: {base}sitemap.xml" in robots
    else:
        assert not sitemap.exists()

    for record in json.loads((site.out / "api/events.json").read_text(encoding="utf-8")):
        pages = [record["page"]] + [t["page"] for t in record["talks"]]
        assert all(p.startswith(base if absolute else site.base_path) for p in pages), pages


def test_a_media_file_with_a_japanese_or_spaced_name_is_published(make_site):
    site = make_site({"content/a.md": MEDIA_NOTE.replace("images/diagram.png", "<images/図 1.png>")
                      .replace("](./images/photo-2.png)", "](images/photo-2.png)")})
    for rel in ("content/images/図 1.png", "content/images/photo-2.png", "content/files/agenda.pdf"):
        site.write(rel, PNG)
    result = site.build()
    assert result.warnings == 0, [str(d) for d in result.diagnostics]
    assert (site.out / "media/images/図 1.png").is_file()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ09_.-~/#?=&%+ :;@!*'()[]$,\"<>\\^`{|}\t\n日本語é\u3000\x00\x7f")), max_size=30))
def test_paths_are_quoted_as_urllib_quotes_them(path):
    from urllib.parse import quote

    from generator.render.urls import quote_path

    assert quote_path(path) == quote(path, safe="/#?=&")
