"""`talkarchive serve` without a browser: the preview server (generator/preview/http_server.py,
generator/preview/serve.py) over a real socket on 127.0.0.1, driven with http.client and raw request lines.

GitHub-Pages-like serving under the base path, MIME types, the live-reload script (served pages only, never
on disk), no way out of the output folder, clients that stall or hang up, a busy port, a non-loopback
address, the Server-Sent Events stream, and Ctrl-C on the real command.

(Named test_preview_server.py, not test_server.py: tests/browser/test_server.py exists, and two test modules
with the same basename break collection of the whole suite in pytest's default import mode.)
"""
from __future__ import annotations

import http.client
import io
import json
import re
import os
import queue
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from generator.cli import main
from generator.core.config import load_config
from generator.core.errors import GeneratorError
from generator.preview.serve import Preview
from tests.conftest import REPO, Site

BASE = "/archive/"
SITE_YML = "title: Test\nlanguage: ja\nsearch: false\nbase_url: https://user.github.io/archive/\n"
EVENT_JA = "港町-python-勉強会-vol-3"
TALK_JA = "型ヒント"
NOTES = {
    "content/minato.md": """\
        ---
        title: 港町 Python 勉強会 vol.3
        event_date: 2024-05-10
        slug: 港町-python-勉強会-vol-3
        tags: [Python]
        talks:
          - title: 型ヒントの話
            speakers: ["山田 太郎"]
            slug: 型ヒント
          - title: ログ解析入門
            speakers: ["佐藤 花子"]
            slug: ログ解析
        ---

        ## 型ヒントの話

        段階的に mypy を入れた。

        ## ログ解析入門

        pandas でログを読む。
        """,
    "content/harbor.md": """\
        ---
        title: Harbor JS Night 2
        event_date: 2024-06-01
        slug: harbor-js-night-2
        tags: [JavaScript]
        talks:
          - title: Signals in practice
            speakers: ["Jane Doe"]
            slug: signals
        ---

        ## Signals in practice

        Fine-grained reactivity.
        """,
}
SECRET = "TOP-SECRET-7f3a91c2-outside-the-output"


def new_site(root: Path) -> Site:
    site = Site(root, root / "site.yml")
    site.write("site.yml", SITE_YML)
    for rel, text in NOTES.items():
        site.write(rel, text)
    (root / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")  # next to the output folder
    return site


def start_preview(site: Site, **kwargs) -> tuple[Preview, io.StringIO]:
    out = io.StringIO()
    kwargs.setdefault("port", 0)
    preview = Preview(lambda: load_config(site.config_path), search=False, out=out, **kwargs)
    preview.start()
    return preview, out


# --------------------------------------------------------------------------- talking to the server

def fetch(port: int, path: str, method: str = "GET", timeout: float = 5) -> tuple[int, dict[str, str], bytes]:
    """One request with http.client, the path sent as given (http.client does not normalize it)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def raw(port: int, target: bytes, timeout: float = 5) -> tuple[int, dict[str, str], bytes]:
    """Send `GET <target> HTTP/1.1` byte for byte over a socket (for paths http.client would refuse or change)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:] if ":" in line)}
    return status, headers, body


# the tag the server adds to HTML: the page's build number lets a reload missed while loading be caught up
SCRIPT_TAG_RE = re.compile(rb'<script src="/__talkarchive/livereload.js" data-build="\d+"></script>')


def strip_script(body: bytes) -> bytes:
    return SCRIPT_TAG_RE.sub(b"", body, count=1)


# --------------------------------------------------------------------------- one served site for the module

class Served:
    def __init__(self, site: Site, preview: Preview, out: io.StringIO):
        self.site, self.preview, self.out = site, preview, out

    @property
    def port(self) -> int:
        return self.preview.port

    @property
    def root(self) -> Path:
        return self.site.out


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    site = new_site(tmp_path_factory.mktemp("preview") / "site")
    preview, out = start_preview(site)
    try:
        output = site.out
        # ways out of the output folder that a bad server might follow
        (output / "leak.txt").symlink_to(site.root / "secret.txt")
        (output / "leakdir").symlink_to(site.root, target_is_directory=True)
        (output / "passwd.txt").symlink_to("/etc/passwd")
        yield Served(site, preview, out)
    finally:
        preview.stop()


# --------------------------------------------------------------------------- GitHub Pages' rules under the base path

def test_the_base_path_serves_the_home_page(served):
    status, headers, body = fetch(served.port, BASE)
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert strip_script(body) == (served.root / "index.html").read_bytes()
    assert int(headers["content-length"]) == len(body)


def test_the_root_redirects_to_the_base_path(served):
    status, headers, _ = fetch(served.port, "/")
    assert (status, headers.get("location")) == (301, BASE)


def test_the_base_path_without_its_slash_redirects(served):
    """GitHub Pages answers /archive with a redirect to /archive/ (it is a folder without its slash)."""
    status, headers, _ = fetch(served.port, BASE.rstrip("/"))
    assert (status, headers.get("location")) == (301, BASE), f"GET /archive gave {status}"


@pytest.mark.parametrize("path", ["/other/", "/other", "/archives/", "/index.html", "/events/"])
def test_paths_outside_the_base_path_are_404(served, path):
    status, headers, body = fetch(served.port, path)
    assert status == 404 and headers["content-type"] == "text/html; charset=utf-8"
    assert strip_script(body) == (served.root / "404.html").read_bytes()


def test_a_folder_without_its_slash_is_redirected(served):
    status, headers, _ = fetch(served.port, BASE + "events")
    assert (status, headers.get("location")) == (301, BASE + "events/")
    encoded = BASE + "events/" + quote(EVENT_JA)
    status, headers, _ = fetch(served.port, encoded)
    assert (status, headers.get("location")) == (301, encoded + "/")


def test_the_slash_redirect_keeps_the_query(served):
    """GitHub Pages keeps `?q=` when it adds the slash (/archive/search?q=x -> /archive/search/?q=x)."""
    status, headers, _ = fetch(served.port, BASE + "search?q=python")
    assert (status, headers.get("location")) == (301, BASE + "search/?q=python")


@pytest.mark.parametrize("rel", ["index.html", "events/index.html", f"events/{quote(EVENT_JA)}/index.html"])
def test_index_html_can_be_named(served, rel):
    status, _, body = fetch(served.port, BASE + rel)
    assert status == 200
    on_disk = served.root / rel.replace(quote(EVENT_JA), EVENT_JA)
    assert strip_script(body) == on_disk.read_bytes()


@pytest.mark.parametrize("path", ["no-such-page/", "events/no-such-event/", "static/nothing.css", "feed.xml/x"])
def test_missing_pages_get_404_with_the_404_page(served, path):
    status, headers, body = fetch(served.port, BASE + path)
    assert status == 404 and headers["content-type"] == "text/html; charset=utf-8"
    assert strip_script(body) == (served.root / "404.html").read_bytes()
    assert SCRIPT_TAG_RE.search(body), "the 404 page is HTML too: live reload should work on it"


@pytest.mark.parametrize("how", ["percent-encoded", "lowercase percent-encoding", "raw UTF-8"])
def test_japanese_paths_are_served(served, how):
    rel = f"events/{EVENT_JA}/{TALK_JA}/"
    target = {"percent-encoded": quote(BASE + rel).encode("ascii"),
              "lowercase percent-encoding": quote(BASE + rel).lower().encode("ascii"),
              "raw UTF-8": (BASE + rel).encode("utf-8")}[how]
    status, headers, body = raw(served.port, target)
    assert status == 200, f"{how} request for {rel} gave {status}"
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert strip_script(body) == (served.root / rel / "index.html").read_bytes()


def test_head_sends_the_headers_only(served):
    status, headers, body = fetch(served.port, BASE, method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 0


# --------------------------------------------------------------------------- MIME types

@pytest.mark.parametrize("rel, ctype", [
    ("", "text/html; charset=utf-8"),
    ("404.html", "text/html; charset=utf-8"),
    ("static/style.css", "text/css; charset=utf-8"),
    ("static/site.js", "text/javascript; charset=utf-8"),
    ("api/events.json", "application/json; charset=utf-8"),
    ("feed.xml", "application/xml; charset=utf-8"),
    ("tags/python/feed.xml", "application/xml; charset=utf-8"),
    ("sitemap.xml", "application/xml; charset=utf-8"),
    ("events.ics", "text/calendar; charset=utf-8"),
    ("static/favicon.svg", "image/svg+xml"),
    ("robots.txt", "text/plain; charset=utf-8"),
])
def test_mime_types(served, rel, ctype):
    status, headers, body = fetch(served.port, BASE + rel)
    assert status == 200, rel
    got = headers["content-type"]
    if ctype == "image/svg+xml":  # with or without a charset
        assert got.split(";")[0] == ctype, f"{rel}: {got}"
    else:
        assert got == ctype, f"{rel}: Content-Type {got!r}, expected {ctype!r}"
    assert int(headers["content-length"]) == len(body)
    if not ctype.startswith("text/html"):
        assert body == (served.root / rel).read_bytes(), f"{rel} must be served exactly as on disk"


def test_the_livereload_script_itself(served):
    status, headers, body = fetch(served.port, "/__talkarchive/livereload.js")
    assert status == 200 and headers["content-type"] == "text/javascript; charset=utf-8"
    assert body == (REPO / "generator" / "preview" / "livereload.js").read_bytes()


# --------------------------------------------------------------------------- the live-reload script tag

@pytest.mark.parametrize("rel", ["", "events/", f"events/{quote(EVENT_JA)}/{quote(TALK_JA)}/", "no-such-page/"])
def test_served_html_carries_the_script_once_before_body_end(served, rel):
    _, _, body = fetch(served.port, BASE + rel)
    assert len(SCRIPT_TAG_RE.findall(body)) == 1
    assert SCRIPT_TAG_RE.search(body).start() < body.rindex(b"</body>") and body.rstrip().endswith(b"</html>")


@pytest.mark.parametrize("rel", ["feed.xml", "api/events.json", "events.ics", "static/site.js", "static/style.css"])
def test_non_html_is_never_injected(served, rel):
    assert b"__talkarchive" not in fetch(served.port, BASE + rel)[2]


def _files_mentioning_livereload(root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and not p.is_symlink() and b"__talkarchive" in p.read_bytes()]


def test_the_script_is_never_written_to_disk(served):
    assert _files_mentioning_livereload(served.root) == []


def test_the_script_is_not_in_disk_files_after_a_rebuild(tmp_path):
    site = new_site(tmp_path / "site")
    preview, _ = start_preview(site)
    try:
        preview.watcher.stop()  # drive the rebuild by hand
        note = site.root / "content/harbor.md"
        note.write_text(note.read_text(encoding="utf-8").replace("Signals in practice", "Signals, revisited"),
                        encoding="utf-8")
        preview.on_change({note})
        assert preview.rebuilds == 1
        assert "Signals, revisited" in site.read("events/harbor-js-night-2/signals/index.html")
        assert _files_mentioning_livereload(site.out) == []
    finally:
        preview.stop()


def test_the_script_is_not_in_build_output(tmp_path, capsys):
    site = new_site(tmp_path / "site")
    out = tmp_path / "built"
    assert main(["build", "--config", str(site.config_path), "--out", str(out), "--no-search", "--quiet"]) == 0
    assert (out / "index.html").is_file()
    assert _files_mentioning_livereload(out) == []


# --------------------------------------------------------------------------- no way out of the output folder

TRAVERSALS = [
    b"/archive/../../etc/passwd",
    b"/archive/../secret.txt",
    b"/archive/%2e%2e/%2e%2e/etc/passwd",
    b"/archive/%2e%2e/secret.txt",
    b"/archive/.%2e/secret.txt",
    b"/archive/%252e%252e/%252e%252e/etc/passwd",
    b"/archive/%252e%252e/secret.txt",
    b"/archive/..%5c..%5cetc%5cpasswd",
    b"/archive/..%5csecret.txt",
    b"/archive/..\\secret.txt",
    b"/archive/%00",
    b"/archive/index.html%00.txt",
    b"/archive/%00/../secret.txt",
    b"/archive/events%2f..%2f..%2f..%2fetc/passwd",
    b"/archive/events%2f..%2f..%2fsecret.txt",
    b"/archive/%2F..%2Fsecret.txt",
    b"/archive/%ff%fe",
    b"/archive/%ff%fe/../secret.txt",
    b"/archive//etc/passwd",
    b"/archive/%2fetc/passwd",
    b"/archive/leak.txt",  # a symlink in the output to ../secret.txt
    b"/archive/leakdir/secret.txt",  # a symlink in the output to the site folder
    b"/archive/leakdir/",
    b"/archive/passwd.txt",  # a symlink in the output to /etc/passwd
    b"//etc/passwd",
    b"/archive/..",
    b"/archive/events/../../secret.txt",
    b"http://127.0.0.1/archive/../secret.txt",
]


@pytest.mark.parametrize("target", TRAVERSALS, ids=[t.decode("latin-1") for t in TRAVERSALS])
def test_nothing_outside_the_output_folder_is_served(served, target):
    status, _, body = raw(served.port, target)
    assert status == 404, f"{target!r} gave {status}"
    assert SECRET.encode() not in body
    assert b"root:x:0:0" not in body


# --------------------------------------------------------------------------- clients that stall or hang up

def test_stalled_clients_do_not_block_others(served):
    stalled: list[socket.socket] = []
    try:
        for _ in range(3):  # half a request line, then nothing
            s = socket.create_connection(("127.0.0.1", served.port), timeout=5)
            s.sendall(b"GET /archive/ HT")
            stalled.append(s)
        for _ in range(2):  # an open event stream, as every open tab holds
            s = socket.create_connection(("127.0.0.1", served.port), timeout=5)
            s.sendall(b"GET /__talkarchive/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
            assert b"200" in s.recv(4096).split(b"\r\n", 1)[0]
            stalled.append(s)
        started = time.monotonic()
        for n in range(20):
            status, _, _ = fetch(served.port, BASE + ("events/" if n % 2 else ""), timeout=3)
            assert status == 200
        took = time.monotonic() - started
        assert took < 4, f"20 GETs took {took:.1f} s while other clients stalled"
    finally:
        for s in stalled:
            s.close()


@pytest.mark.parametrize("how", ["close", "reset"])
def test_a_client_hanging_up_mid_response_does_not_hurt_the_server(served, how):
    """A browser drops connections all the time (a reload mid-load, a closed tab): the server goes on."""
    big = served.root / "big.html"
    big.write_bytes(b"<!DOCTYPE html><html><body><pre>" + b"x" * 8_000_000 + b"</pre></body></html>")
    try:
        for target in (b"/archive/big.html", b"/archive/big.html", b"/archive/api/events.json"):
            with socket.create_connection(("127.0.0.1", served.port), timeout=5) as s:
                s.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                assert len(s.recv(10)) > 0
                if how == "reset":
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        time.sleep(0.3)
        for _ in range(3):
            assert fetch(served.port, BASE)[0] == 200
        status, _, body = fetch(served.port, BASE + "big.html", timeout=10)
        assert status == 200 and len(body) > 8_000_000
    finally:
        big.unlink()


def test_a_reset_connection_prints_no_traceback(served, capfd):
    """The terminal shows one line per rebuild. A client that resets a kept-alive connection (Chromium does when
    it drops a socket, and so does any close with unread data) must not print http.server's traceback there."""
    capfd.readouterr()
    with socket.create_connection(("127.0.0.1", served.port), timeout=5) as s:
        s.sendall(b"GET /archive/robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        data = b""
        while b"Sitemap" not in data:
            data += s.recv(65536)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close() sends a reset
    time.sleep(0.5)
    assert fetch(served.port, BASE)[0] == 200
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Exception occurred" not in err, err


# --------------------------------------------------------------------------- the event stream

class EventStream:
    """A raw SSE client: collects (event, data) pairs in a queue from a reader thread."""

    def __init__(self, port: int):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock.sendall(b"GET /__talkarchive/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        self.events: queue.Queue = queue.Queue()
        self.headers = b""
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        buffer = b""
        try:
            while chunk := self.sock.recv(65536):
                buffer += chunk
                if not self.headers and b"\r\n\r\n" in buffer:
                    self.headers, buffer = buffer.split(b"\r\n\r\n", 1)
                while b"\n\n" in buffer and self.headers:
                    block, buffer = buffer.split(b"\n\n", 1)
                    fields = dict(line.split(": ", 1) for line in block.decode().split("\n")
                                  if ": " in line and not line.startswith(":"))
                    if "event" in fields:
                        self.events.put((fields["event"], json.loads(fields.get("data", "{}"))))
        except OSError:
            pass
        self.events.put(("<closed>", {}))

    def next(self, kind: str, timeout: float = 5) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            event, data = self.events.get(timeout=max(0.01, deadline - time.monotonic()))
            if event == kind:
                return data
            assert event != "<closed>", f"the stream closed before a {kind!r} event"

    def close(self) -> None:
        self.sock.close()


def test_the_event_stream_reports_reloads_errors_and_fixes(tmp_path):
    site = new_site(tmp_path / "site")
    preview, _ = start_preview(site)
    stream = EventStream(preview.port)
    try:
        preview.watcher.stop()  # drive the rebuilds by hand
        time.sleep(0.2)
        assert b"text/event-stream" in stream.headers
        note = site.root / "content/minato.md"
        good = note.read_text(encoding="utf-8")
        note.write_text(good.replace("型ヒントの話", "型ヒントの話 (改訂版)"), encoding="utf-8")
        preview.on_change({note})
        pages = stream.next("reload")["pages"]
        talk = BASE + quote(f"events/{EVENT_JA}/{TALK_JA}/")  # what location.pathname shows in a browser
        assert talk in pages, pages
        assert BASE + "events/harbor-js-night-2/signals/" not in pages, "an unrelated talk page was reported"

        note.write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
        preview.on_change({note})
        problems = stream.next("problems")["problems"]
        assert [p["file"] for p in problems] == ["minato.md"] and problems[0]["line"]
        late = EventStream(preview.port)  # a page opened while the problem stands sees it at once
        try:
            assert late.next("problems")["problems"] == problems
        finally:
            late.close()

        note.write_text(good, encoding="utf-8")
        preview.on_change({note})
        stream.next("ok")
    finally:
        stream.close()
        preview.stop()


def test_a_build_after_a_serve_session_changes_nothing(tmp_path):
    """serve records its builds in the build cache as `build` does (when idle, and when it stops), so the
    next `talkarchive build` of the same content re-stages nothing. Was: it re-staged every page."""
    from generator.engine.build import build

    site = new_site(tmp_path / "site")
    preview, _ = start_preview(site)
    try:
        preview.watcher.stop()  # drive the rebuild by hand
        note = site.root / "content/minato.md"
        note.write_text(note.read_text(encoding="utf-8").replace("型ヒントの話", "型ヒントの話 (改訂版)"),
                        encoding="utf-8")
        preview.on_change({note})
    finally:
        preview.stop()
    config, warnings = load_config(site.config_path)
    result = build(config, config_warnings=tuple(warnings))
    assert (result.files, result.rendered) == (0, None) and result.unchanged > 0, result


def test_a_broken_note_keeps_the_last_good_pages(tmp_path):
    """README: when a note fails, "the server keeps running and keeps the last good output". Saving a
    half-typed front matter must not delete the note's pages (the open tab would reload into the 404 page)."""
    site = new_site(tmp_path / "site")
    preview, out = start_preview(site)
    try:
        preview.watcher.stop()
        talk = site.out / "events" / EVENT_JA / TALK_JA / "index.html"
        before = talk.read_bytes()
        note = site.root / "content/minato.md"
        note.write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
        preview.on_change({note})
        assert "minato.md:" in out.getvalue() and preview.broadcaster.current[0] == "problems"
        assert talk.is_file(), ("the broken note's talk page was deleted; the last good output was not kept "
                                f"({out.getvalue().splitlines()[-2]})")
        assert talk.read_bytes() == before
    finally:
        preview.stop()


def test_a_broken_template_keeps_the_output_and_is_reported(tmp_path):
    site = new_site(tmp_path / "site")
    preview, out = start_preview(site)
    stream = EventStream(preview.port)
    try:
        preview.watcher.stop()
        before = {p: p.read_bytes() for p in site.out.rglob("*.html")}
        template = site.write("templates/talk.html", "{% extends 'default:talk.html' %}{% block nope %}\n")
        preview.on_change({template})
        problems = stream.next("problems")["problems"]
        assert "talk.html" in json.dumps(problems, ensure_ascii=False)
        assert "rebuild failed" in out.getvalue()
        assert {p: p.read_bytes() for p in site.out.rglob("*.html")} == before
        template.unlink()
        preview.on_change({template})
        stream.next("ok")
    finally:
        stream.close()
        preview.stop()


# --------------------------------------------------------------------------- busy port, non-loopback address

@pytest.fixture
def busy_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield s.getsockname()[1]


def test_a_busy_port_is_a_clear_error(tmp_path, busy_port):
    site = new_site(tmp_path / "site")
    preview = Preview(lambda: load_config(site.config_path), port=busy_port, search=False, out=io.StringIO())
    try:
        with pytest.raises(GeneratorError) as info:
            preview.start()
    finally:
        preview.stop()
    message, hint = info.value.message, info.value.hint or ""
    assert str(busy_port) in message and "in use" in message, message
    assert "another port" in hint and "--port" in hint, hint


def _env() -> dict:
    return dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
                PYTHONUNBUFFERED="1")


def test_serve_on_a_busy_port_exits_1_with_one_error_line(tmp_path, busy_port):
    site = new_site(tmp_path / "site")
    done = subprocess.run([sys.executable, "-m", "generator", "serve", "--port", str(busy_port), "--no-search",
                           "--config", str(site.config_path)], cwd=site.root, capture_output=True, text=True,
                          env=_env(), timeout=60)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, done.stderr
    assert str(busy_port) in errors[0] and "in use" in errors[0] and "--port" in errors[0]


def test_a_non_loopback_address_is_warned_about(tmp_path):
    site = new_site(tmp_path / "site")
    preview, out = start_preview(site, host="0.0.0.0")
    try:
        assert fetch(preview.port, BASE)[0] == 200  # reachable through loopback too
    finally:
        preview.stop()
    warnings = [line for line in out.getvalue().splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "0.0.0.0" in warnings[0] and "--host 127.0.0.1" in warnings[0], out.getvalue()


def test_loopback_is_not_warned_about(tmp_path):
    site = new_site(tmp_path / "site")
    preview, out = start_preview(site)
    preview.stop()
    assert "warning:" not in out.getvalue()


# --------------------------------------------------------------------------- Ctrl-C

def _children(pid: int) -> list[int]:
    """Processes whose parent is pid (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_ctrl_c_stops_cleanly(tmp_path):
    site = new_site(tmp_path / "site")
    proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--port", "0", "--no-search",
                             "--config", str(site.config_path)], cwd=site.root, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in proc.stderr], daemon=True)
    reader.start()
    held: list[socket.socket] = []
    try:
        url, seen = None, []
        deadline = time.monotonic() + 60
        while url is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                continue
            seen.append(line)
            if line.startswith("serving http://"):
                url = line.split()[1]
        assert url, f"no 'serving http://...' line; stderr so far: {seen}"
        port = int(url.split(":")[2].split("/")[0])
        assert url.endswith(BASE)
        assert fetch(port, BASE)[0] == 200
        # an open tab's event stream and a stalled client must not keep it from stopping
        sse = socket.create_connection(("127.0.0.1", port), timeout=5)
        sse.sendall(b"GET /__talkarchive/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        sse.recv(1024)
        stalled = socket.create_connection(("127.0.0.1", port), timeout=5)
        stalled.sendall(b"GET /arch")
        held += [sse, stalled]
        children = _children(proc.pid)

        proc.send_signal(signal.SIGINT)
        started = time.monotonic()
        code = proc.wait(timeout=5)
        took = time.monotonic() - started
        reader.join(timeout=2)
        while not lines.empty():
            seen.append(lines.get())
        assert code == 0, f"exit code {code} after Ctrl-C; stderr: {seen}"
        assert any(line.strip() == "stopping" for line in seen), seen
        assert not any("Traceback" in line for line in seen), "".join(seen)
        assert took < 5
        assert [c for c in children if _alive(c)] == [], f"child processes left behind: {children}"
    finally:
        for s in held:
            s.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
