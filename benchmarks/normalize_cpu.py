"""CPU time of the normalize stage per note (the reading layer and every reading), on the repository's
fixture notes and sample content plus any folders given.

    python benchmarks/normalize_cpu.py [FOLDER...] [--runs 20]

Prints one line: notes read, and milliseconds of CPU per note (process time, notes already decoded).
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
    for note in notes:  # warm the caches a long build has warm too
        normalize(note)
    start = time.process_time()
    for _ in range(args.runs):
        for note in notes:
            normalize(note)
    per_note = (time.process_time() - start) / (args.runs * len(notes))
    print(f"{len(notes)} notes, {per_note * 1000:.2f} ms CPU per note normalized ({args.runs} runs)")


if __name__ == "__main__":
    main()
