"""The labelled notes the fitting scripts read (fit_heading_judge.py, fit_title_span.py).

A folder of labelled notes holds notes and folder/expected/*.json labels in the format of
../shared/tools/score_normalization.py (the repository's fixture folders and ../shared/seeds are such folders; so is a
real-note corpus kept outside the repository).
"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.normalize import normalize  # noqa: E402
from generator.read.sources import read_note  # noqa: E402


def canon(text: str) -> str:
    """The scorer's comparison key: NFKC, case-folded, without white space."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def normalized(folders: list[Path], before_each: Callable[[], None]) -> Iterator[tuple[Path, dict]]:
    """(folder, label) for each labelled note of the folders, once the note is normalized (a hook the caller set
    records what it needs meanwhile; `before_each` empties its record); a note the reader refuses is skipped and said
    on stderr."""
    for folder in folders:
        for label in sorted((folder / "expected").glob("*.json")):
            expected = json.loads(label.read_text(encoding="utf-8"))
            before_each()
            try:
                normalize(read_note(str(folder / expected["source"])))
            except Exception as err:  # (a note the reader refuses is no example)
                print(f"{folder.name}/{expected['source']}: skipped ({err})", file=sys.stderr)
                continue
            yield folder, expected
