"""Time the rebuild `talkarchive serve` does after one note is saved, without the server or the watcher.

    python benchmarks/edit_probe.py SITE_DIR [--edits 5]

Constructs `generator.preview.serve.LiveSite` as `serve` does (a callable that reloads site.yml), does
the first full rebuild, then for each of a few notes spread over the content folder edits it and times
`rebuild([that note])`. `--kind notes` (the default) appends one line to the note's text, the commonest
save while writing notes (serve's notes-text path); `--kind title` changes the event's title in the
front matter, which moves the event's slug and every list that shows it (the ordinary rebuild). The
notes are restored afterwards, so a cached corpus stays as it was made. Prints one JSON object on
stdout; run.py starts this in a child process so its peak RSS is measured like any build.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from generator.core.config import load_config
from generator.preview.serve import LiveSite


def _retitled(text: str, i: int) -> str:
    """The note with ` (edited i)` added to the front matter's `title:` (quoted or not)."""
    head, _, rest = text.partition("\n")  # the opening ---
    line, _, body = rest.partition("\n")
    value = line[len("title:"):].strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return f'{head}\ntitle: "{value} (edited {i})"\n{body}'


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", type=Path, help="folder holding site.yml")
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--kind", choices=("notes", "title"), default="notes", help="what each edit changes")
    ap.add_argument("--out", default="output-edit", help="output folder, relative to the site (kept apart from `build`'s)")
    args = ap.parse_args(argv)

    site = args.site.resolve()
    overrides = {"output_dir": str(site / args.out), "search": False}
    rebuilder = LiveSite(lambda: load_config(site / "site.yml", overrides=overrides), force=True)
    first = rebuilder.rebuild()

    notes = sorted(p for p in (site / "content").iterdir() if p.suffix in (".md", ".txt"))
    if args.kind == "title":
        notes = [p for p in notes if p.read_text(encoding="utf-8").startswith("---\ntitle:")]
    step = max(1, len(notes) // args.edits)
    chosen = notes[::step][: args.edits]
    originals = {p: p.read_bytes() for p in chosen}
    timings, written = [], []
    try:
        for i, path in enumerate(chosen):
            time.sleep(0.01)  # a distinct mtime even on coarse clocks
            if args.kind == "title":
                text = path.read_text(encoding="utf-8")
                path.write_text(_retitled(text, i), encoding="utf-8")
            else:
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
