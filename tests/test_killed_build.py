"""A build killed halfway (SIGKILL, the whole process group) or failing halfway leaves output/ exactly as it was.

The site is written into a hidden staging folder beside output/ and swapped in only when complete
(generator/write/output_folder.py). These tests kill a real `talkarchive build` once that staging folder exists, then
check every byte of output/, and that the next build succeeds, shows the edits and leaves nothing behind.
"""
from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.core.errors import GeneratorError
from tests.conftest import REPO

NOTES = 300  # several talks each: a build of a few seconds, the write phase long enough to be caught

FIRST_NAMES = ["Aoi", "Haru", "Kei", "Mina", "Riku", "Sora", "Yuki", "Nao", "Ren", "Emi", "Taku", "Iori"]
FAMILY_NAMES = ["Abe", "Baba", "Chiba", "Doi", "Endo", "Fujita", "Goto", "Hirano", "Ikeda", "Kondo"]
TOPICS = ["caching", "parsers", "queues", "type hints", "profilers", "build tools", "tracing", "schedulers",
          "packaging", "feature flags", "migrations", "code review"]


def note_text(n: int, edited: bool = False) -> str:
    """Note n: an event with five talks, a speaker each, a few tags and some notes under every talk."""
    month, day = n % 12 + 1, n % 28 + 1
    talks = []
    for t in range(5):
        topic = TOPICS[(n + t) % len(TOPICS)]
        who = f"{FIRST_NAMES[(n * 5 + t) % len(FIRST_NAMES)]} {FAMILY_NAMES[(n + t * 3) % len(FAMILY_NAMES)]}"
        title = f"Notes on {topic}, part {n}-{t}" + (" (revised)" if edited and t == 0 else "")
        body = "\n".join(f"- point {k} about {topic}: measure first, then change one thing" for k in range(6))
        talks.append(f"## {title}\n\nSpeaker: {who}\n\n{body}\n")
    return (f"---\ntitle: Kill Test Meetup {n}\nevent_date: {2015 + n % 9}-{month:02d}-{day:02d}\n"
            f"venue: Room {n % 7}\ntags: [{TOPICS[n % len(TOPICS)]}, meetup-{n % 5}]\n---\n\n"
            + "\n".join(talks))


def make_big_site(root: Path) -> Path:
    (root / "content").mkdir(parents=True)
    (root / "site.yml").write_text("title: Kill Test\nlanguage: en\nsearch: false\n", encoding="utf-8")
    for n in range(NOTES):
        (root / "content" / f"note-{n:03d}.md").write_text(note_text(n), encoding="utf-8")
    return root


def digest(folder: Path) -> dict[str, str]:
    """relative path -> sha256 of every file under folder (and every folder, so empty ones count)."""
    found = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        found[rel] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
    return found


def env() -> dict:
    return dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def build(root: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "build", "-q", "--no-search"], cwd=root,
                          capture_output=True, text=True, env=env(), timeout=timeout)


def siblings(root: Path) -> list[str]:
    """Hidden folders or files beside output/ that belong to a build of it (`.output.staging-*`, `.output.old-*`)."""
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".output"))


def edit_notes(root: Path) -> None:
    for n in (3, 150, 299):
        (root / "content" / f"note-{n:03d}.md").write_text(note_text(n, edited=True), encoding="utf-8")
    (root / "content" / "note-010.md").unlink()
    (root / "content" / "note-new.md").write_text(
        "---\ntitle: Added After The Kill\nevent_date: 2024-01-20\n---\n\n## Fresh talk\n\nSpeaker: Mio Arai\n",
        encoding="utf-8")


def kill_while_staging(root: Path) -> list[str]:
    """Start a build, SIGKILL its process group as soon as the staging folder holds files; give what was seen."""
    # one process and no cache: every page is rendered and written, so the kill lands while files are written
    proc = subprocess.Popen([sys.executable, "-m", "generator", "build", "-q", "--no-search", "--jobs", "1",
                             "--no-cache"], cwd=root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env(), start_new_session=True)
    deadline = time.monotonic() + 120
    seen: list[str] = []
    try:
        while time.monotonic() < deadline:
            staging = [p for p in root.iterdir() if p.name.startswith(".output") and p.is_dir()]
            if staging and any(any(s.iterdir()) for s in staging if s.exists()):
                seen = [p.name for p in staging]
                break
            if proc.poll() is not None:
                pytest.fail(f"the build finished (exit {proc.returncode}) before its staging folder was seen; "
                            "make the site bigger")
            time.sleep(0.002)
        else:
            pytest.fail("no staging folder appeared beside output/ within 120 s")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the build was not killed mid-write"
    return seen


@pytest.fixture(scope="module")
def killed(tmp_path_factory):
    """One site built, edited, killed mid-build: (root, digest before the kill, staging names seen)."""
    root = make_big_site(tmp_path_factory.mktemp("killed") / "site")
    first = build(root)
    assert first.returncode == 0, first.stderr
    before = digest(root / "output")
    assert "events/kill-test-meetup-10/index.html" in before
    edit_notes(root)
    seen = kill_while_staging(root)
    return root, before, seen


def test_killed_build_leaves_output_byte_for_byte(killed):
    root, before, seen = killed
    assert seen and all(name.startswith(".output.") for name in seen)
    assert digest(root / "output") == before


def test_next_build_after_a_kill_succeeds_and_shows_the_edits(killed):
    root, before, _ = killed
    proc = build(root)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    after = digest(root / "output")
    assert "events/added-after-the-kill/index.html" in after
    assert "events/kill-test-meetup-10/index.html" not in after
    talk = root / "output/events/kill-test-meetup-3/notes-on-type-hints-part-3-0-revised/index.html"
    assert "(revised)" in talk.read_text(encoding="utf-8")
    assert after != before


def test_no_staging_leftovers_after_the_next_build(killed):
    root, _, _ = killed
    if not (root / "output" / "events" / "added-after-the-kill").exists():  # run alone: do the rebuild here
        assert build(root).returncode == 0
    assert siblings(root) == []


# --- a write that fails midway ------------------------------------------------------------------------------

def test_a_write_failing_midway_leaves_the_previous_output(make_site, monkeypatch):
    """The disk fills up after some pages are written: the build fails with one clear error and the old site
    is untouched, with no staging folder left behind."""
    site = make_site({f"content/n{n}.md": note_text(n) for n in range(12)})
    site.build()
    before = digest(site.out)
    site.write("content/n0.md", note_text(0, edited=True))

    opened = {"count": 0}
    real_open = os.open

    def failing_open(file, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR) and str(site.root) in os.fspath(file) \
                and "/output/" not in os.fspath(file):
            opened["count"] += 1
            if opened["count"] > 40:
                raise OSError(errno.ENOSPC, "No space left on device", os.fspath(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", failing_open)
    with pytest.raises(GeneratorError) as info:
        site.build(use_cache=False, jobs=1)  # every file written (none linked), in this process
    monkeypatch.undo()
    assert opened["count"] > 40, "the build wrote fewer files than expected; the failure was never injected"
    assert "No space left on device" in str(info.value)
    assert digest(site.out) == before
    assert siblings(site.root) == []
    site.build()  # and with space again, the edit goes through
    assert "(revised)" in site.read("events/kill-test-meetup-0/index.html")
