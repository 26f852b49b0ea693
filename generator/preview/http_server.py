"""The preview server: the output folder served as GitHub Pages would, plus live reload.

- Only paths under the base path of `base_url` are served (`/` redirects there); a folder is its
  `index.html`, a folder without its slash is redirected, anything missing gets `404.html` with 404.
- A request can never leave the output folder: the path is decoded once, and NUL, backslashes, `..`
  segments or a resolved file outside the folder are all answered 404.
- HTML responses get one script tag (`/__talkarchive/livereload.js`) before `</body>`; the files on
  disk never carry it. `/__talkarchive/events` is a Server-Sent Events stream of rebuild news.
- Every request runs in its own daemon thread, so a slow or stalled client never blocks another.
"""
from __future__ import annotations

import json
import mimetypes
import queue
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote_to_bytes, urlsplit

LIVERELOAD_JS = (Path(__file__).parent / "livereload.js").read_bytes()
SCRIPT_TAG = '<script src="/__talkarchive/livereload.js" data-build="{build}"></script>'
TEXT_TYPES = {".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
              ".xml": "application/xml", ".svg": "image/svg+xml", ".txt": "text/plain", ".ics": "text/calendar",
              ".webmanifest": "application/manifest+json", ".map": "application/json"}
BINARY_TYPES = {".wasm": "application/wasm", ".pf_meta": "application/octet-stream",
                ".pf_index": "application/octet-stream", ".pf_fragment": "application/octet-stream",
                ".pf_filter": "application/octet-stream", ".woff2": "font/woff2", ".webp": "image/webp",
                ".avif": "image/avif"}


class Broadcaster:
    """Hands rebuild news to every open event stream. `current` is replayed to new listeners."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[queue.Queue] = []
        self.current: tuple[str, dict] | None = None  # the standing problems, if any
        self.build = 0  # rebuilds so far; a page records the number it was served at

    def listen(self) -> queue.Queue:
        q: queue.Queue = queue.Queue()
        with self._lock:
            self._listeners.append(q)
            if self.current:
                q.put(self.current)
        return q

    def forget(self, q: queue.Queue) -> None:
        with self._lock:
            if q in self._listeners:
                self._listeners.remove(q)

    def send(self, event: str, data: dict, *, standing: bool = False) -> None:
        with self._lock:
            if event == "reload":
                self.build += 1
                data = dict(data, build=self.build)
            if standing:
                self.current = (event, data)
            elif event == "ok":
                self.current = None
            for q in self._listeners:
                q.put((event, data))

    def close(self) -> None:
        self.send("close", {})

    @property
    def listeners(self) -> int:
        return len(self._listeners)


def resolve_request(root: Path, base_path: str, raw_path: str) -> tuple[str, Path | str | None]:
    """Decide what a request path gets: ("file", path) | ("redirect", location) | ("missing", None)."""
    split = urlsplit(raw_path)
    query = f"?{split.query}" if split.query else ""
    # http.server gives the request line as latin-1 text: back to bytes, decode %XX, then UTF-8 (or 404)
    path = unquote_to_bytes(split.path.encode("latin-1")).decode("utf-8")
    if base_path != "/" and path in ("/", base_path.rstrip("/")):
        return "redirect", base_path + query
    if not path.startswith(base_path):
        return "missing", None
    rel = path[len(base_path):]
    if "\x00" in rel or "\\" in rel or any(part in ("..", ".") for part in rel.split("/")):
        return "missing", None
    target = (root / rel) if rel else root
    try:
        resolved = target.resolve()
    except (OSError, RuntimeError):
        return "missing", None
    if resolved != root and root not in resolved.parents:
        return "missing", None
    if resolved.is_dir():
        if rel and not path.endswith("/"):
            return "redirect", split.path + "/" + query
        resolved = resolved / "index.html"
    if not resolved.is_file():
        return "missing", None
    return "file", resolved


def content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in TEXT_TYPES:
        return TEXT_TYPES[suffix] + "; charset=utf-8"
    if suffix in BINARY_TYPES:
        return BINARY_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def inject(html: bytes, build: int = 0) -> bytes:
    tag = SCRIPT_TAG.format(build=build).encode()
    at = html.rfind(b"</body>")
    return html[:at] + tag + html[at:] if at != -1 else html + tag


def make_handler(root: Path, base_path: str, broadcaster: Broadcaster, live: bool = True):
    root = root.resolve()

    class Handler(BaseHTTPRequestHandler):
        server_version = "talkarchive"
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):  # noqa: A002 - the signature is http.server's
            pass  # the terminal shows one line per rebuild, not one per request

        def do_HEAD(self):
            self.do_GET(head=True)

        def do_GET(self, head: bool = False):
            path = urlsplit(self.path).path
            if live and path == "/__talkarchive/livereload.js":
                return self._send(HTTPStatus.OK, LIVERELOAD_JS, "text/javascript; charset=utf-8", head)
            if live and path == "/__talkarchive/events":
                return self._events()
            try:
                kind, value = resolve_request(root, base_path, self.path)
            except (UnicodeError, ValueError):
                kind, value = "missing", None
            if kind == "redirect":
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", value)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = HTTPStatus.OK
            build = broadcaster.build  # read before the file: a rebuild after this is announced to the page
            if kind == "missing":
                status, value = HTTPStatus.NOT_FOUND, root / "404.html"
                if not value.is_file():
                    return self._send(status, b"404 Not Found", "text/plain; charset=utf-8", head)
            try:
                body = value.read_bytes()
            except OSError:
                return self._send(HTTPStatus.NOT_FOUND, b"404 Not Found", "text/plain; charset=utf-8", head)
            ctype = content_type(value)
            if live and ctype.startswith("text/html"):
                body = inject(body, build)
            self._send(status, body, ctype, head)

        def _send(self, status, body: bytes, ctype: str, head: bool = False):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if not head:
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        def _events(self):
            q = broadcaster.listen()  # before anything is sent, so no rebuild falls between
            since = parse_qs(urlsplit(self.path).query).get("since", [""])[0]
            if since.isdigit() and int(since) < broadcaster.build:
                q.put(("reload", {"pages": [], "all": True, "build": broadcaster.build}))  # missed while loading
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            try:
                self.wfile.write(b": connected\n\n")
                self.wfile.flush()
                while True:
                    try:
                        event, data = q.get(timeout=15)
                    except queue.Empty:
                        self.wfile.write(b": keep-alive\n\n")
                        self.wfile.flush()
                        continue
                    if event == "close":
                        return
                    payload = json.dumps(data, ensure_ascii=False)
                    self.wfile.write(f"event: {event}\ndata: {payload}\n\n".encode("utf-8"))
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError, OSError):
                return
            finally:
                broadcaster.forget(q)

    return Handler


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        """A browser closing a connection is normal; anything else is printed as http.server does."""
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


def make_server(host: str, port: int, root: Path, base_path: str, broadcaster: Broadcaster,
                live: bool = True) -> PreviewServer:
    """Bind the server (raises OSError when the port is taken); serve with `serve_forever()`."""
    return PreviewServer((host, port), make_handler(root, base_path, broadcaster, live))
