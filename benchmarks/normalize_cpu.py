"""CPU time of the normalize stage per note (the reading layer and every reading), on the repository's
fixture notes and sample content plus any folders given.

    python benchmarks/normalize_cpu.py [FOLDER...] [--runs 20]

Prints one line: notes read, and milliseconds of CPU per note (process time, notes already decoded), twice:
the first pass (each note read once, as a build reads it, the dictionaries and the Markdown library already
loaded) and the repeated runs (every per-string cache warm, as a preview server's rebuilds have it).
The target (issue 16/17): within about 1.5 ms a note.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.normalize import normalize  # noqa: E402
from generator.read.sources import NOTE_SUFFIXES, read_note  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    folders = args.folders or [REPO / "tests" / "fixtures", REPO / "content"]
    files = sorted(p for folder in folders for p in folder.rglob("*")
                   if p.is_file() and p.suffix.lower() in NOTE_SUFFIXES and "expected" not in p.parts
                   and "hostile" not in p.parts)
    notes = [read_note(p) for p in files]
    load_dictionaries()
    start = time.process_time()
    for note in notes:
        normalize(note)
    first = (time.process_time() - start) / len(notes)
    start = time.process_time()
    for _ in range(args.runs):
        for note in notes:
            normalize(note)
    per_note = (time.process_time() - start) / (args.runs * len(notes))
    print(f"{len(notes)} notes, {first * 1000:.2f} ms CPU per note normalized on the first pass, "
          f"{per_note * 1000:.2f} ms on {args.runs} more runs")


def load_dictionaries() -> None:
    """What a build loads once, whatever its notes: the name dictionaries and the Markdown library (one short note
    read, and the given names' list, which only Latin-script names ask for)."""
    from generator.core.model import Note
    from generator.normalize import names
    names.given_name("Jane")
    text = "# Meetup #1\n\n## 発表\n\n- 山田 太郎さん「Rust の話」\n- Jane Doe: Testing\n"
    normalize(Note(path="warm.md", text=text, body=text))


if __name__ == "__main__":
    main()
