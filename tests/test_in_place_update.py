"""A build after an intact one moves only new and changed files into the output (write.InPlaceUpdate);
the result is always what a clean build makes, also after a build killed while moving files in."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.write.output_folder import JOURNAL, MARKER

from test_build_cache import NOTE, contents, notes


def folders(out: Path) -> dict[str, int]:
    """rel -> inode of the output folder and every folder in it (a staged-and-swapped site gets new ones)."""
    found = {".": out.stat().st_ino}
    found.update({p.relative_to(out).as_posix(): p.stat().st_ino for p in out.rglob("*") if p.is_dir()})
    return found


def clean_build(make_site, files: dict[str, str]) -> dict[str, bytes]:
    other = make_site(files)
    other.build(use_cache=False)
    return contents(other.out)


def test_an_edit_leaves_unchanged_pages_and_their_folders_where_they_are(make_site):
    site = make_site(notes(4))
    site.build()
    before = folders(site.out)
    edited = NOTE.format(n=1, m=2).replace("Notes for talk 1.", "Edited notes.")
    site.write("content/n1.md", edited)
    result = site.build()
    assert result.files >= 1 and result.unchanged > result.files
    after = folders(site.out)
    assert after == before  # not one folder made anew: the site was updated in place
    expected = clean_build(make_site, {**notes(4), "content/n1.md": edited})
    assert {k: v for k, v in contents(site.out).items() if k != MARKER} == \
        {k: v for k, v in expected.items() if k != MARKER}
    assert not list(site.out.parent.glob(f".{site.out.name}.*"))  # no staging folder left behind


def test_a_removed_note_takes_its_pages_and_emptied_folders_with_it(make_site):
    site = make_site(notes(4))
    site.build()
    gone = site.out / "events" / "cache-meetup-2"
    assert gone.is_dir()
    (site.root / "content/n2.md").unlink()
    site.build()
    assert not gone.exists()
    remaining = {k: v for k, v in notes(4).items() if k != "content/n2.md"}
    assert {k: v for k, v in contents(site.out).items() if k != MARKER} == \
        {k: v for k, v in clean_build(make_site, remaining).items() if k != MARKER}


def test_output_changed_by_hand_is_staged_whole_again(make_site):
    site = make_site(notes(3))
    site.build()
    (site.out / "events" / "cache-meetup-0" / "index.html").write_text("edited by hand", encoding="utf-8")
    stray = site.out / "stray.txt"
    stray.write_text("not ours", encoding="utf-8")
    site.write("content/n1.md", NOTE.format(n=1, m=2).replace("Notes for talk 1.", "Changed."))
    site.build()
    assert not stray.exists()  # the whole site was staged and swapped in
    assert "edited by hand" not in site.read("events/cache-meetup-0/index.html")


def test_a_build_killed_while_moving_files_in_is_finished_by_the_next(make_site, monkeypatch):
    site = make_site(notes(4))
    site.build()
    for n in range(4):
        site.write(f"content/n{n}.md", NOTE.format(n=n, m=n % 9 + 1).replace(f"Notes for talk {n}.", f"Moved {n}."))
    real_replace, moved = os.replace, []

    def dies_after_two(source, target):
        if len(moved) == 2:
            raise KeyboardInterrupt  # stands in for the process being killed mid-way
        moved.append(target)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", dies_after_two)
    with pytest.raises(KeyboardInterrupt):
        site.build()
    monkeypatch.setattr(os, "replace", real_replace)
    staged = list(site.out.parent.glob(f".{site.out.name}.staging-*"))
    assert len(staged) == 1 and (staged[0] / JOURNAL).is_file()  # left for the next build to finish
    site.build()
    assert not list(site.out.parent.glob(f".{site.out.name}.*"))
    expected_notes = {f"content/n{n}.md": NOTE.format(n=n, m=n % 9 + 1).replace(f"Notes for talk {n}.", f"Moved {n}.")
                      for n in range(4)}
    assert {k: v for k, v in contents(site.out).items() if k != MARKER} == \
        {k: v for k, v in clean_build(make_site, expected_notes).items() if k != MARKER}
