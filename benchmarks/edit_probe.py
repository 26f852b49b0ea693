"""Time the rebuild `talkarchive serve` does after one note is saved, without the server or the watcher.

    python benchmarks/edit_probe.py SITE_DIR [--edits 5]

Constructs `generator.incremental.Rebuilder` as `serve` does (a callable that reloads site.yml), does
the first full rebuild, then for each of a few notes spread over the content folder appends one line
to its body and times `rebuild([that note])`. The notes are restored afterwards, so a cached corpus
stays as it was made. Prints one JSON object on stdout; run.py starts this in a child process so its
peak RSS is measured like any build.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from generator.config import load_config
from generator.incremental import Rebuilder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", type=Path, help="folder holding site.yml")
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--out", default="output-edit", help="output folder, relative to the site (kept apart from `build`'s)")
    args = ap.parse_args(argv)

    site = args.site.resolve()
    overrides = {"output_dir": str(site / args.out), "search": False}
    rebuilder = Rebuilder(lambda: load_config(site / "site.yml", overrides=overrides), force=True)
    first = rebuilder.rebuild()

    notes = sorted(p for p in (site / "content").iterdir() if p.suffix in (".md", ".txt"))
    step = max(1, len(notes) // args.edits)
    chosen = notes[::step][: args.edits]
    originals = {p: p.read_bytes() for p in chosen}
    timings, written = [], []
    try:
        for i, path in enumerate(chosen):
            time.sleep(0.01)  # a distinct mtime even on coarse clocks
            with path.open("a", encoding="utf-8") as f:
                f.write(f"\n追記 {i}: benchmark edit line.\n")
            result = rebuilder.rebuild([path])
            timings.append(result.seconds * 1000)
            written.append(sum(1 for w in result.written if w.endswith(".html")))
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
    print(json.dumps({"first_build_s": first.seconds, "first_pages": first.pages, "edit_ms": timings,
                      "median_ms": statistics.median(timings) if timings else None,
                      "html_written": written, "edited": [p.name for p in chosen]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
