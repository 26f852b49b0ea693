"""Edit-to-reload latency of `talkarchive serve` in Chromium on a real site, end to end.

    python benchmarks/edit_to_reload.py SITE_DIR [--edits 5]   # e.g. SITE_DIR from make_corpus.py

Starts `talkarchive serve --no-search` on SITE_DIR (its output folder is replaced), opens event pages
in Chromium (Debian's /usr/bin/chromium, or $CHROMIUM; never downloaded), and for each writes a new
paragraph into the note's opening text, then measures from the write to the new page's
DOMContentLoaded, by the browser's own clock. Every note is restored afterwards. Prints the time
serve took to start, each latency and their median.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serve(site: Path, port: int, timeout: float = 600) -> subprocess.Popen:
    """`talkarchive serve` on site, returned once its first build is written."""
    proc = subprocess.Popen(["talkarchive", "serve", "--port", str(port), "--no-search", "--force"], cwd=site,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    api = site / "output" / "api" / "events.json"
    started, said = time.monotonic(), []
    while not (api.exists() and any("serving" in line.lower() for line in said)):
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            raise SystemExit("serve stopped:\n" + "".join(said))
        said.append(line)
        if time.monotonic() - started > timeout:
            proc.kill()
            raise SystemExit("serve did not start:\n" + "".join(said))
    threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()  # keep its pipe drained
    return proc


def with_paragraph(text: str, paragraph: str) -> str:
    """The note with a paragraph added to its opening text (after the front matter or the first block)."""
    lines = text.split("\n")
    if lines[0].strip() in ("---", "+++"):
        at = next(i for i in range(1, len(lines)) if lines[i].strip() == lines[0].strip())
    else:
        at = next((i for i, line in enumerate(lines) if not line.strip()), len(lines) - 1)
    lines[at + 1:at + 1] = ["", paragraph, ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", type=Path, help="folder holding site.yml and content/")
    ap.add_argument("--edits", type=int, default=5)
    args = ap.parse_args(argv)
    site = args.site.resolve()
    port = free_port()
    began = time.monotonic()
    serve = start_serve(site, port)
    print(f"serve ready after {time.monotonic() - began:.1f} s", flush=True)
    time.sleep(1)
    events = json.loads((site / "output" / "api" / "events.json").read_text(encoding="utf-8"))
    step = max(1, len(events) // (args.edits + 1))
    latencies: list[float] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
            page = browser.new_page()
            for n, event in enumerate(events[step::step][:args.edits]):
                note = site / "content" / event["source"]
                original = note.read_bytes()
                path = "/" + event["page"].split("://", 1)[-1].split("/", 1)[-1] if "://" in event["page"] \
                    else event["page"]
                with page.expect_response(lambda r: "/__talkarchive/events" in r.url, timeout=10000):
                    page.goto(f"http://127.0.0.1:{port}{path}", wait_until="load")
                time.sleep(0.3)  # the live-reload listener is registered just after the stream opens
                marker = f"edit-to-reload-{n}-{time.time_ns()}"
                written = time.time()
                note.write_text(with_paragraph(original.decode("utf-8"), marker), encoding="utf-8")
                try:
                    page.wait_for_function(f"document.body && document.body.innerText.includes('{marker}')",
                                           timeout=15000)
                    ready = page.evaluate("() => performance.timeOrigin"
                                          " + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
                    latencies.append(ready / 1000 - written)
                finally:
                    note.write_bytes(original)
                time.sleep(1.5)  # let serve rebuild the restored note before the next edit
            browser.close()
    finally:
        serve.terminate()
        serve.wait(10)
    print("edit-to-reload ms:", [round(x * 1000) for x in latencies],
          f"median {statistics.median(latencies) * 1000:.0f} ms" if latencies else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
