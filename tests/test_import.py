"""`talkarchive import` writes the canonical form; reading it back gives the same record."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.normalize import normalize
from generator.sources import read_note
from tests.conftest import REPO, SEEDS

NOTES = sorted((REPO / "content").glob("*")) + sorted((REPO / "tests/fixtures/notes").glob("*.*"))
if (SEEDS / "expected").is_dir():
    NOTES += sorted(SEEDS.glob("*.txt"))


def _record(path: Path) -> dict:
    record = normalize(read_note(path)).event.to_json()
    record.pop("source")
    return record


@pytest.mark.parametrize("note", NOTES, ids=lambda p: p.name)
def test_import_round_trip(note, tmp_path, capsys):
    assert main(["import", str(note), "--into", str(tmp_path)]) == 0
    written = list(tmp_path.glob("*.md"))
    assert len(written) == 1
    assert _record(written[0]) == _record(note)


def test_import_does_not_overwrite_without_force(tmp_path, capsys):
    note = REPO / "content/2019-03-pyfukuoka-12.md"
    main(["import", str(note), "--into", str(tmp_path)])
    main(["import", str(note), "--into", str(tmp_path)])
    assert len(list(tmp_path.glob("*.md"))) == 2
    main(["import", str(note), "--into", str(tmp_path), "--force"])
    assert len(list(tmp_path.glob("*.md"))) == 2
    out = capsys.readouterr().out
    assert "-> " in out and "talks)" in out
