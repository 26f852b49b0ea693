"""`talkarchive import` writes the canonical form; reading it back gives the same record."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.normalize import normalize
from generator.read.sources import read_note
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
    """Two different notes that would get one name: the second gets a suffix; --force overwrites."""
    first = tmp_path / "first.md"
    second = tmp_path / "second.md"
    first.write_text("---\ntitle: Same Name Meetup\nevent_date: 2024-01-01\n---\n\n## A\n\nSpeaker: Ann Lee\n")
    second.write_text("---\ntitle: Same Name Meetup\nevent_date: 2024-01-01\n---\n\n## B\n\nSpeaker: Bo Kim\n")
    into = tmp_path / "content"
    assert main(["import", str(first), "--into", str(into)]) == 0
    assert main(["import", str(second), "--into", str(into)]) == 0
    assert sorted(p.name for p in into.glob("*.md")) == ["2024-01-01-same-name-meetup-2.md",
                                                         "2024-01-01-same-name-meetup.md"]
    assert main(["import", str(second), "--into", str(into), "--force"]) == 1  # a copy of it is there already
    out = capsys.readouterr().out
    assert "-> " in out and "talks)" in out


def test_import_of_a_note_already_in_content_refuses_naming_it(make_site, monkeypatch, capsys):
    note = REPO / "content/2019-03-pyfukuoka-12.md"
    site = make_site({})
    monkeypatch.chdir(site.root)
    assert main(["import", str(note)]) == 0  # into the site's content folder
    [written] = (site.root / "content").glob("*.md")
    capsys.readouterr()
    # the same note again: its canonical form is there
    assert main(["import", str(note)]) == 1
    err = capsys.readouterr().err
    assert f"already in the content folder as content/{written.name} (the same text)" in err
    # the note as written, copied into content/ by hand, then imported from there
    copy = site.root / "content" / "copy.md"
    copy.write_bytes(note.read_bytes())
    assert main(["import", str(copy)]) == 1
    assert "already in the content folder as content/copy.md (it is in that folder)" in capsys.readouterr().err
    # the note as written is in content/ under another name, and the original is imported from outside
    written.unlink()
    assert main(["import", str(note)]) == 1
    assert "already in the content folder as content/copy.md (the same text)" in capsys.readouterr().err
    copy.rename(site.root / "content" / written.name)
    # another file published at the same address
    moved = site.root / "elsewhere.md"
    moved.write_text("---\ntitle: Other words\nurl: https://blog.example/entry/7\n---\n\n## T\n\nSpeaker: Ann Lee\n")
    (site.root / "content" / "kept.md").write_text("---\ntitle: Kept\nurl: https://blog.example/entry/7\n---\n\ntext\n")
    assert main(["import", str(moved)]) == 1
    err = capsys.readouterr().err
    assert "already in the content folder as content/kept.md (the same source_url, https://blog.example/entry/7)" in err
    assert sorted(p.name for p in (site.root / "content").glob("*.md")) == sorted([written.name, "kept.md"])
    assert "-> " not in capsys.readouterr().out
