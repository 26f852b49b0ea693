"""The preview's watcher (generator/preview/watcher.py): which files are editor noise, and that a real Watcher over a
temporary folder sees every kind of save an editor makes, debounced into few batches."""
from __future__ import annotations

import os
import queue
import shutil
import time
from pathlib import Path

import pytest

from generator.preview.watcher import Watcher, ignored

# --------------------------------------------------------------------------- ignored()

EDITOR_FILES = [
    ".x.md.swp", ".x.md.swo", ".x.md.swx",  # vim swap files
    "x.md~",  # vim / emacs backups
    "#x.md#",  # emacs autosave
    ".#x.md",  # emacs lock
    "4913",  # vim's "can I write here" probe
    "x.md.tmp",  # generic temp files
    ".git/x", ".git/objects/ab/cdef",  # anything in a hidden folder
    "x___jb_tmp___", "x.md___jb_old___",  # JetBrains safe write
    "events/2024/.x.md.swp", "events/#x.md#", "events/x.md~",  # the same, deeper down
]

REAL_NOTES = [
    "x.md", "x.markdown", "x.txt", "x.text", "2024-05-10-港町python.md", "events/2024/x.md", "notes/c#.md",
    "temp.md", "tmp.md", "swp.md", "4913.md", "backup-x.md", "x.md.md", "LT#3.md", "images/photo.png",
    "_posts/2024-01-01-x.md",
]


@pytest.mark.parametrize("name", EDITOR_FILES)
def test_editor_scratch_files_are_ignored(name):
    assert ignored(name), f"{name!r} is an editor's scratch file and should be ignored"
    assert ignored(Path(name))


@pytest.mark.parametrize("name", REAL_NOTES)
def test_real_notes_are_not_ignored(name):
    assert not ignored(name), f"{name!r} is a real file of the site and must trigger a rebuild"


# --------------------------------------------------------------------------- a real Watcher

class Recorder:
    """The on_change callback: keeps every batch, in order."""

    def __init__(self) -> None:
        self.batches: queue.Queue[set[Path]] = queue.Queue()
        self.seen: list[set[Path]] = []

    def __call__(self, paths: set[Path]) -> None:
        self.batches.put({Path(p) for p in paths})

    def drain(self) -> list[set[Path]]:
        while True:
            try:
                self.seen.append(self.batches.get_nowait())
            except queue.Empty:
                return self.seen

    def all_paths(self) -> set[Path]:
        batches = self.drain()
        return set().union(*batches) if batches else set()

    def wait_for(self, *paths: Path, timeout: float = 5.0) -> set[Path]:
        """Wait until every one of `paths` (resolved) has been delivered; gives everything delivered."""
        wanted = {p.resolve() for p in paths}
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = {p.resolve() for p in self.all_paths()}
            if wanted <= got:
                return got
            time.sleep(0.02)
        got = {p.resolve() for p in self.all_paths()}
        missing = sorted(str(p) for p in wanted - got)
        pytest.fail(f"the watcher did not deliver {missing} within {timeout} s; it delivered {sorted(map(str, got))}")

    def settle(self, quiet: float = 0.5) -> list[set[Path]]:
        """Wait until nothing has been delivered for `quiet` seconds; gives all batches so far."""
        count = -1
        while count != len(self.drain()):
            count = len(self.seen)
            time.sleep(quiet)
        return self.seen

    def reset(self) -> None:
        self.settle(0.3)
        self.seen.clear()


@pytest.fixture
def folder(tmp_path) -> Path:
    root = (tmp_path / "content").resolve()
    (root / "events").mkdir(parents=True)
    (root / "events" / "note.md").write_text("# Event\n", encoding="utf-8")
    (root / "other.md").write_text("# Other\n", encoding="utf-8")
    return root


@pytest.fixture
def watched(folder):
    recorder = Recorder()
    watcher = Watcher([folder], [], recorder)
    watcher.start()
    time.sleep(0.1)  # let inotify's watches settle
    try:
        yield folder, recorder
    finally:
        watcher.stop()


def test_an_in_place_write_is_seen(watched):
    folder, rec = watched
    note = folder / "events" / "note.md"
    with open(note, "a", encoding="utf-8") as f:
        f.write("more\n")
    rec.wait_for(note)


def test_an_atomic_save_is_seen(watched):
    """Write a temp file next to the note, then rename it over the note (what most editors do)."""
    folder, rec = watched
    note = folder / "events" / "note.md"
    temp = note.with_name("note.md.tmp")
    temp.write_text("# Event, saved atomically\n", encoding="utf-8")
    os.replace(temp, note)
    got = rec.wait_for(note)
    assert temp.resolve() not in got, "the editor's temp file itself should not be reported"


def test_a_delete_is_seen(watched):
    folder, rec = watched
    note = folder / "events" / "note.md"
    note.unlink()
    rec.wait_for(note)


def test_a_rename_delivers_both_names(watched):
    folder, rec = watched
    old, new = folder / "events" / "note.md", folder / "events" / "renamed.md"
    old.rename(new)
    rec.wait_for(old, new)


def test_a_new_file_in_a_new_subfolder_is_seen(watched):
    folder, rec = watched
    note = folder / "2025" / "spring" / "new.md"
    note.parent.mkdir(parents=True)
    note.write_text("# New event\n", encoding="utf-8")
    rec.wait_for(note)


def test_moving_a_folder_is_seen(watched):
    folder, rec = watched
    shutil.move(str(folder / "events"), str(folder / "archive"))
    rec.wait_for(folder / "archive" / "note.md")


def test_a_folder_moved_in_from_outside_is_seen(watched, tmp_path):
    folder, rec = watched
    outside = tmp_path / "elsewhere" / "batch"
    outside.mkdir(parents=True)
    (outside / "moved-in.md").write_text("# Moved in\n", encoding="utf-8")
    shutil.move(str(outside), str(folder / "batch"))
    rec.wait_for(folder / "batch" / "moved-in.md")


def test_a_burst_of_saves_becomes_one_or_very_few_batches(watched):
    folder, rec = watched
    note = folder / "events" / "note.md"
    started = time.monotonic()
    for n in range(50):
        note.write_text(f"# Event {n}\n", encoding="utf-8")
        time.sleep(0.008)
    took = time.monotonic() - started
    assert took < 0.9, f"the machine is too slow to make a burst: 50 writes took {took:.2f} s"
    rec.wait_for(note)
    batches = rec.settle(0.4)
    assert 1 <= len(batches) <= 3, f"50 saves in {took:.2f} s gave {len(batches)} batches: {batches}"


def test_a_batch_carries_every_path_of_the_burst(watched):
    folder, rec = watched
    a, b = folder / "events" / "note.md", folder / "other.md"
    a.write_text("# A\n", encoding="utf-8")
    b.write_text("# B\n", encoding="utf-8")
    rec.wait_for(a, b)
    assert len(rec.settle(0.3)) == 1, "two saves 1 ms apart should be one rebuild"


def _vim_opens(events: Path) -> None:
    (events / ".note.md.swp").write_bytes(b"b0VIM 9.0" + b"\0" * 4086)


def _vim_types(events: Path) -> None:  # the swap file exists already (see SCRATCH_SETUP); vim rewrites it
    with open(events / ".note.md.swp", "r+b") as f:
        f.write(b"b0VIM 9.1")


def _vim_probes(events: Path) -> None:  # vim's check that it may write in the folder
    (events / "4913").write_bytes(b"")
    (events / "4913").unlink()


def _vim_backup(events: Path) -> None:
    (events / "note.md~").write_text("# Event\n", encoding="utf-8")


def _emacs(events: Path) -> None:
    os.symlink("user@host.1234:1700000000", events / ".#note.md")  # emacs' lock is a dangling symlink
    (events / "#note.md#").write_text("# Event\n", encoding="utf-8")


def _jetbrains(events: Path) -> None:
    (events / "note.md___jb_tmp___").write_text("# Event\n", encoding="utf-8")
    (events / "note.md___jb_tmp___").unlink()


def _temp_file(events: Path) -> None:
    (events / "note.md.tmp").write_text("# Event\n", encoding="utf-8")
    (events / "note.md.tmp").unlink()


def _git(events: Path) -> None:
    (events.parent / ".git").mkdir()
    (events.parent / ".git" / "index").write_bytes(b"DIRC")


SCRATCH = {"vim opens the note (creates .note.md.swp)": _vim_opens,
           "vim writes its existing swap file": _vim_types,
           "vim probes the folder with 4913": _vim_probes,
           "vim writes note.md~": _vim_backup,
           "emacs lock .#note.md and autosave #note.md#": _emacs,
           "JetBrains safe-write temp": _jetbrains,
           "note.md.tmp written and removed": _temp_file,
           "git creates .git/ and writes into it": _git}


@pytest.mark.parametrize("activity", list(SCRATCH))
def test_editor_scratch_activity_alone_delivers_nothing(watched, activity):
    folder, rec = watched
    events = folder / "events"
    if activity == "vim writes its existing swap file":
        _vim_opens(events)
        rec.reset()  # whatever that delivered is not what this case checks
    SCRATCH[activity](events)
    time.sleep(0.5)
    assert rec.drain() == [], (f"{activity}: delivered {rec.seen}, so the preview rebuilds although no note "
                               f"changed (with vim this happens every few seconds while typing)")


def test_an_emacs_lock_symlink_is_not_wanted(folder):
    """Emacs' lock `.#note.md` is a dangling symlink to `user@host.pid:boot`: judged by its own name, not its target's."""
    lock = folder / "events" / ".#note.md"
    os.symlink("user@host.1234:1700000000", lock)
    watcher = Watcher([folder], [], lambda paths: None)
    assert not watcher.wanted(lock), "the lock's name is ignored(), but wanted() looked at the resolved target's name"
    assert watcher.wanted(folder / "events" / "note.md")


def test_a_single_watched_file_and_not_its_neighbours(tmp_path):
    """site.yml is watched on its own: its folder's other files (the output, say) are not."""
    config = tmp_path / "site.yml"
    config.write_text("title: A\n", encoding="utf-8")
    rec = Recorder()
    watcher = Watcher([], [config], rec)
    watcher.start()
    time.sleep(0.1)
    try:
        (tmp_path / "unrelated.txt").write_text("x", encoding="utf-8")
        time.sleep(0.4)
        assert rec.drain() == [], f"a file next to site.yml triggered a rebuild: {rec.seen}"
        config.write_text("title: B\n", encoding="utf-8")
        rec.wait_for(config)
    finally:
        watcher.stop()


def test_stop_ends_promptly_and_delivers_nothing_more(folder):
    rec = Recorder()
    watcher = Watcher([folder], [], rec)
    watcher.start()
    started = time.monotonic()
    watcher.stop()
    assert time.monotonic() - started < 2
    (folder / "other.md").write_text("# After stop\n", encoding="utf-8")
    time.sleep(0.3)
    assert rec.drain() == []
