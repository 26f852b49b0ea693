"""Incremental rebuilds (build.build with serve's in-memory state, as serve.LiveSite drives it) are correct.

After every incremental rebuild the output folder must be byte-identical to a clean full build
(generator.engine.build.build) of the same content: every file and every folder, except `pagefind/` and the
`.talkarchive-output` marker (sites here use `search: false`, so Pagefind never runs). On top of that,
each rebuild must:
- write nothing outside the output folder (the site folder, content included, is left untouched,
  and no staging or temp file is left behind);
- report in `written` every output file whose bytes changed, and never a page or data file whose
  text did not change; report in `deleted` exactly the files that went away;
- start from scratch (`full`) only when site.yml, a theme or a site template changed.

The first part is a Hypothesis state machine that applies random edit sequences to a small site of
Japanese and English notes; the plain tests below it pin down specific promises (nothing changed ->
nothing written, one note edited -> one note read, deletions clean up folders, config and template
changes rebuild everything, renamed speakers leave no stale page).

Set TALKARCHIVE_INCREMENTAL_EXAMPLES to run the state machine on more examples than CI does.
"""
from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from generator.engine.build import build
from generator.core.config import load_config
from generator.engine.build import BuildResult
from generator.preview.serve import LiveSite
from generator.index.published_urls import MAP_FILE
from generator.read.sources import NOTE_SUFFIXES
from generator.preview.watcher import ignored

MARKER = ".talkarchive-output"
BASE = "https://example.org/archive/"  # absolute, so sitemap.xml is written (and compared) too
SITE_YML = f"title: 増分テスト\nlanguage: ja\nbase_url: {BASE}\nsearch: false\n"
# for the state machine: lists split over page/2/, page/3/..., which come and go as events and talks do
PAGED_YML = SITE_YML + "page_size: 2\nrecent_events: 2\n"
DATA_FILES = ("feed.xml", "events.ics", "api/events.json", "sitemap.xml", "robots.txt")


# --------------------------------------------------------------------------- trees and the workbench

def _tree(root: Path) -> tuple[dict[str, bytes], set[str]]:
    """(files -> bytes, folders) under an output folder, without pagefind/ and the marker."""
    files: dict[str, bytes] = {}
    folders: set[str] = set()
    if not root.is_dir():
        return files, folders
    for p in root.rglob("*"):
        rel = p.relative_to(root).as_posix()
        if rel == MARKER or rel.split("/")[0] == "pagefind":
            continue
        if p.is_dir():
            folders.add(rel)
        else:
            files[rel] = p.read_bytes()
    return files, folders


def _snapshot(root: Path, skip: Path) -> dict[str, tuple]:
    """Every file and folder under `root` except the `skip` folder and the URL map, which serve keeps
    as build does (index/published_urls.py): path -> (bytes, mtime_ns) or 'dir'."""
    seen: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if here / d != skip]
        for d in dirnames:
            seen[(here / d).relative_to(root).as_posix()] = ("dir",)
        for f in filenames:
            p = here / f
            if p == root / MAP_FILE:
                continue
            seen[p.relative_to(root).as_posix()] = (p.read_bytes(), p.stat().st_mtime_ns)
    return seen


def _describe_difference(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    differ = sorted(k for k in set(expected) & set(actual) if expected[k] != actual[k])
    lines = [f"missing from the incremental output: {missing}", f"only in the incremental output: {extra}",
             f"different: {differ}"]
    for name in differ[:2]:
        diff = difflib.unified_diff(expected[name].decode("utf-8", "replace").splitlines(),
                                    actual[name].decode("utf-8", "replace").splitlines(),
                                    f"clean/{name}", f"incremental/{name}", lineterm="", n=1)
        lines.append("\n".join(list(diff)[:40]))
    return "\n".join(lines)


class Workbench:
    """A site folder, a LiveSite on it, and a clean reference build after every rebuild."""

    def __init__(self, site_root: Path, clean_dir: Path, **rebuilder_options):
        self.site = site_root
        self.content = site_root / "content"
        self.out = site_root / "output"
        self.clean = clean_dir
        self.config_path = site_root / "site.yml"
        self.rebuilder = LiveSite(lambda: load_config(self.config_path), **rebuilder_options)
        self.compare = True  # False while serve's keep_last_good deliberately shows a broken note's old pages
        self.history: list[str] = []  # what was done, for failure messages

    # -- editing the site ----------------------------------------------------------------------

    def path(self, rel: str) -> Path:
        return self.site / rel

    def write(self, rel: str, data: str | bytes) -> Path:
        path = self.site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(path, "wb") as f:  # an in-place write: same inode, truncated and rewritten
            f.write(data)
        return path

    # -- building and checking -----------------------------------------------------------------

    def start(self) -> BuildResult:
        result = self.rebuilder.rebuild()
        assert result.full
        self.assert_same_as_clean(result)
        return result

    def rebuild(self, paths, *, full: bool = False, what: str = "") -> BuildResult:
        self.history.append(f"{what} -> rebuild({sorted(str(Path(p).relative_to(self.site)) for p in paths)})")
        before_out, _ = _tree(self.out)
        before_site = _snapshot(self.site, self.out)
        result = self.rebuilder.rebuild(paths)
        after_site = _snapshot(self.site, self.out)
        assert after_site == before_site, (
            f"the rebuild changed files outside the output folder: "
            f"{sorted(k for k in set(before_site) | set(after_site) if before_site.get(k) != after_site.get(k))}"
            f"\n{self.steps()}")
        assert result.full is full, f"full={result.full}, expected {full}\n{self.steps()}"
        after_out, _ = _tree(self.out)
        if not full:
            changed = {k for k, v in after_out.items() if before_out.get(k) != v}
            written = set(result.written)
            assert changed <= written, f"changed but not reported as written: {sorted(changed - written)}"
            unchanged_text = {w for w in written - changed if not w.startswith(("media/", "static/"))}
            assert not unchanged_text, f"written although their text did not change: {sorted(unchanged_text)}"
            assert set(result.deleted) == set(before_out) - set(after_out), (
                f"deleted {sorted(result.deleted)}, but gone: {sorted(set(before_out) - set(after_out))}")
        if self.compare:
            self.assert_same_as_clean(result)
        return result

    def site_build(self):
        """`talkarchive build` of the site into its own output folder (as run after a serve session)."""
        config, warnings = load_config(self.config_path)
        return build(config, config_warnings=tuple(warnings))

    def clean_build(self) -> tuple[dict[str, bytes], set[str], list]:
        config, warnings = load_config(self.config_path, overrides={"output_dir": str(self.clean)})
        result = build(config, config_warnings=tuple(warnings))
        return (*_tree(self.clean), _problems(result.diagnostics))

    def assert_same_as_clean(self, result: BuildResult | None = None) -> None:
        expected_files, expected_folders, expected_problems = self.clean_build()
        if result is not None:
            assert _problems(result.diagnostics) == expected_problems, (
                f"the rebuild reported other problems than a clean build\n{self.steps()}")
        actual_files, actual_folders = _tree(self.out)
        assert actual_files == expected_files, (
            f"incremental output differs from a clean build\n{_describe_difference(expected_files, actual_files)}"
            f"\n{self.steps()}")
        assert actual_folders == expected_folders, (
            f"folders differ: only in the clean build {sorted(expected_folders - actual_folders)}, "
            f"only in the incremental output {sorted(actual_folders - expected_folders)}\n{self.steps()}")

    def steps(self) -> str:
        return "steps:\n  " + "\n  ".join(self.history)

    def page(self, rel: str) -> str:
        return (self.out / rel).read_text(encoding="utf-8")

    def event_paths(self) -> dict[str, str]:
        """Event title -> its output folder (from /api/events.json)."""
        records = json.loads(self.page("api/events.json"))
        return {r["title"]: unquote(r["page"][len(BASE):]) for r in records}


def _problems(diagnostics) -> list[tuple]:
    """Warnings and errors as a sorted list (a rebuild may find them in another order than a build)."""
    return sorted((d.level, d.message, d.path or "", d.line or 0) for d in diagnostics if d.level != "info")


# --------------------------------------------------------------------------- notes as data

@dataclass
class TalkSpec:
    title: str
    speaker: str  # the first bullet, e.g. "山田さん", "by Jane Doe", "Speaker: Jane Roe (@janedoe)"
    link: str | None = None  # a second bullet such as "スライド: https://speakerdeck.com/x/y"
    notes: str = ""


@dataclass
class NoteSpec:
    title: str
    date: dt.date | None
    tags: list[str]
    intro: str
    talks: list[TalkSpec] = field(default_factory=list)
    image: bool = False  # the intro shows ![x](img.png)
    english: bool = False


def render_note(spec: NoteSpec) -> str:
    lines = ["---", f"title: {json.dumps(spec.title, ensure_ascii=False)}"]
    if spec.date:
        lines.append(f"event_date: {spec.date.isoformat()}")
    lines += [f"tags: {json.dumps(spec.tags, ensure_ascii=False)}", "---", ""]
    lines += ["## Intro" if spec.english else "## はじめに", "", spec.intro or "-", ""]
    if spec.image:
        lines += ["![x](img.png)", ""]
    for talk in spec.talks:
        lines += [f"## {talk.title}", "", f"- {talk.speaker}"]
        if talk.link:
            lines.append(f"- {talk.link}")
        if talk.notes:
            lines.append(f"- {talk.notes}")
        lines.append("")
    return "\n".join(lines)


BROKEN = "---\ntitle: [unclosed\n---\n\n## はじめに\n\n壊れたノート\n"

JA_TITLES = ["型ヒントを段階的に入れた話", "pandas でログ解析", "Rust で CLI を作る", "【LT】 社内勉強会の続け方",
             "Kubernetes 運用の一年", "型のある CSS"]
EN_TITLES = ["Building CLIs with clap", "Async in practice", "Lessons from a year of on-call", "LT: Tiny tools",
             "Typed SQL"]
SPEAKERS = ["山田さん", "株式会社ほげ 佐藤さん", "木下 遥さん", "by Jane Doe", "by John Smith",
            "Speaker: Jane Roe (@janedoe)", "Speaker: Jane Doe (@janedoe)"]
LINKS = [None, "スライド: https://speakerdeck.com/x/y", "動画: https://youtu.be/dQw4w9WgXcQ",
         "Slides: https://speakerdeck.com/x/y", "Video: https://youtu.be/dQw4w9WgXcQ"]
TEXTS = ["mypy を CI に載せた", "tokio everywhere", "懇親会ではピザが出た", "質疑応答が盛り上がった", "derive API is nice",
         "https://youtu.be/dQw4w9WgXcQ", "", "![構成図](/img.png)", "![古い図](missing.png) は見当たらない",
         "We moved the whole team to strict type checking and wrote down what broke along the way."]
TAGS = ["Python", "Rust", "型ヒント", "AWS", "python", "Frontend"]  # "python" and "Python" are one tag
DATES = [dt.date(2019, 3, 14), dt.date(2019, 11, 2), dt.date(2023, 5, 12), dt.date(2024, 2, 3),
         dt.date(2025, 1, 18), None]
EVENT_TITLES = ["港町 Python 勉強会 vol.3", "Rust Meetup Hakata 5", "Frontend Night 2", "九州 AWS の会 #7"]
NEW_NAMES = ["2020-01-new.md", "new-note.markdown", "memo.md", "2025-01-kyushu.md", "雑記.md"]
FOLDERS = ["sub", "2019/archive", "_posts", "_drafts"]  # notes in _drafts/ are not published


def initial_notes() -> dict[str, NoteSpec]:
    return {
        "content/2023-05-minato-python.md": NoteSpec(
            "港町 Python 勉強会 vol.3", dt.date(2023, 5, 12), ["Python", "型ヒント"], "仕事終わりに参加しました。",
            [TalkSpec("型ヒントを段階的に入れた話", "山田さん", "スライド: https://speakerdeck.com/x/y", "mypy を CI に載せた"),
             TalkSpec("pandas でログ解析", "株式会社ほげ 佐藤さん", "動画: https://youtu.be/dQw4w9WgXcQ", "groupby が便利")],
            image=True),
        "content/2024-02-rust-hakata.md": NoteSpec(
            "Rust Meetup Hakata 5", dt.date(2024, 2, 3), ["Rust"], "A small meetup at the usual place.",
            [TalkSpec("Building CLIs with clap", "by Jane Doe", "Slides: https://speakerdeck.com/x/y", "derive API"),
             TalkSpec("Async in practice", "Speaker: Jane Roe (@janedoe)", "Video: https://youtu.be/dQw4w9WgXcQ")],
            english=True),
        "content/2019-07-frontend.md": NoteSpec(
            "Frontend Night 2", dt.date(2019, 7, 9), ["Frontend", "Rust"], "雨の中の開催でした。",
            [TalkSpec("型のある CSS", "山田さん", None, "質疑応答が盛り上がった")]),
        "content/2019-03-aws.md": NoteSpec(
            "九州 AWS の会 #7", dt.date(2019, 3, 14), ["AWS"], "Lambda の話が多めでした。",
            [TalkSpec("Lessons from a year of on-call", "Speaker: Jane Doe (@janedoe)", None, "tokio everywhere")]),
    }


IMAGE = "content/img.png"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24


# --------------------------------------------------------------------------- the state machine

talks = st.builds(TalkSpec, st.sampled_from(JA_TITLES + EN_TITLES), st.sampled_from(SPEAKERS),
                  st.sampled_from(LINKS), st.sampled_from(TEXTS))
notes = st.builds(NoteSpec, st.sampled_from(EVENT_TITLES + ["Typed SQL Night", "新しい勉強会 #1"]),
                  st.sampled_from(DATES), st.lists(st.sampled_from(TAGS), max_size=2, unique=True),
                  st.sampled_from(TEXTS), st.lists(talks, max_size=2), st.booleans(), st.booleans())
index = st.integers(min_value=0, max_value=7)


class IncrementalMachine(RuleBasedStateMachine):
    """Random edits to a small site; after each, rebuild with the paths a watcher would report."""

    def __init__(self):
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="talkarchive-incremental-"))
        self.wb = Workbench(self.tmp / "site", self.tmp / "clean")
        self.notes: dict[str, NoteSpec] = {}  # site-relative path -> what the file holds
        self.broken: set[str] = set()
        self.keep_last_good = False

    def teardown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    @initialize(count=st.integers(min_value=3, max_value=4), keep_last_good=st.booleans())
    def start(self, count, keep_last_good):
        if keep_last_good:  # as serve runs it: a broken note keeps its last good pages until it is fixed
            self.wb = Workbench(self.tmp / "site", self.tmp / "clean", keep_last_good=True)
        self.wb.write("site.yml", PAGED_YML)
        for rel, spec in list(initial_notes().items())[:count]:
            self.notes[rel] = spec
            self.wb.write(rel, render_note(spec))
        self.wb.write(IMAGE, PNG)
        self.wb.history.append(f"start with {sorted(self.notes)} and {IMAGE} (keep_last_good={keep_last_good})")
        self.keep_last_good = keep_last_good
        self.wb.start()

    # -- helpers ---------------------------------------------------------------------------------

    def pick(self, i: int) -> str:
        keys = sorted(self.notes)
        return keys[i % len(keys)]

    def rebuild(self, paths, what: str, *, unfiltered: bool = False) -> BuildResult:
        """Rebuild with `paths` as the watcher reports them (editor scratch files left out)."""
        paths = [Path(p) for p in paths]
        if not unfiltered:
            paths = [p for p in paths if not ignored(p.relative_to(self.wb.content))]
        # with keep_last_good, the output differs from a clean build on purpose while a note is broken
        self.wb.compare = not (self.keep_last_good and self.broken)
        result = self.wb.rebuild(paths, what=what)
        notes_named = [p for p in paths if p.name.lower().endswith(NOTE_SUFFIXES) and p.is_file()]
        assert result.notes_read <= len(notes_named), (
            f"read {result.notes_read} notes after {what}, but only {len(notes_named)} changed\n{self.wb.steps()}")
        return result

    def save(self, rel: str, what: str) -> BuildResult:
        self.broken.discard(rel)
        path = self.wb.write(rel, render_note(self.notes[rel]))
        return self.rebuild([path], f"{what} in {rel}")

    # -- editing notes ---------------------------------------------------------------------------

    @precondition(lambda self: self.notes)
    @rule(n=index, t=index, title=st.sampled_from(JA_TITLES + EN_TITLES))
    def edit_talk_title(self, n, t, title):
        rel = self.pick(n)
        spec = self.notes[rel]
        if spec.talks:
            spec.talks[t % len(spec.talks)].title = title
        self.save(rel, f"talk {t % max(1, len(spec.talks))} titled {title!r}")

    @precondition(lambda self: self.notes)
    @rule(n=index, t=index, text=st.sampled_from(TEXTS))
    def edit_talk_notes(self, n, t, text):
        rel = self.pick(n)
        spec = self.notes[rel]
        if spec.talks:
            spec.talks[t % len(spec.talks)].notes = text
        self.save(rel, f"talk notes set to {text!r}")

    @precondition(lambda self: self.notes)
    @rule(n=index, text=st.sampled_from(TEXTS))
    def edit_intro(self, n, text):
        rel = self.pick(n)
        self.notes[rel].intro = text
        self.save(rel, f"intro set to {text!r}")

    @precondition(lambda self: self.notes)
    @rule(n=index, t=index, talk=talks)
    def add_talk(self, n, t, talk):
        rel = self.pick(n)
        spec = self.notes[rel]
        spec.talks.insert(t % (len(spec.talks) + 1), talk)
        self.save(rel, f"talk added {talk}")

    @precondition(lambda self: self.notes)
    @rule(n=index, t=index)
    def remove_talk(self, n, t):
        rel = self.pick(n)
        spec = self.notes[rel]
        gone = spec.talks.pop(t % len(spec.talks)).title if spec.talks else None
        self.save(rel, f"talk {gone!r} removed")

    @precondition(lambda self: self.notes)
    @rule(n=index, t=index, speaker=st.sampled_from(SPEAKERS))
    def change_speaker(self, n, t, speaker):
        rel = self.pick(n)
        spec = self.notes[rel]
        if spec.talks:
            spec.talks[t % len(spec.talks)].speaker = speaker
        self.save(rel, f"speaker set to {speaker!r}")

    @precondition(lambda self: self.notes)
    @rule(n=index, i=index, tag=st.sampled_from(TAGS))
    def set_tag(self, n, i, tag):
        rel = self.pick(n)
        tags = self.notes[rel].tags
        if tag in tags:
            tags.remove(tag)  # removing a tag (maybe its last use)
        elif tags:
            tags[i % len(tags)] = tag  # replacing one (maybe sharing another note's tag)
        else:
            tags.append(tag)
        self.save(rel, f"tags now {tags}")

    @precondition(lambda self: self.notes)
    @rule(n=index, date=st.sampled_from(DATES))
    def change_date(self, n, date):
        rel = self.pick(n)
        self.notes[rel].date = date
        self.save(rel, f"date set to {date}")

    @precondition(lambda self: len(self.notes) >= 2)
    @rule(n=index, m=index, same_date=st.booleans())
    def copy_title(self, n, m, same_date):
        """Two events with one name: their slugs collide (other date) or they merge (same date)."""
        source, target = self.pick(n), self.pick(m)
        self.notes[target].title = self.notes[source].title
        if same_date:
            self.notes[target].date = self.notes[source].date
        self.save(target, f"title copied from {source} (same date: {same_date})")

    @precondition(lambda self: self.notes)
    @rule(n=index)
    def toggle_image_reference(self, n):
        rel = self.pick(n)
        self.notes[rel].image = not self.notes[rel].image
        self.save(rel, f"image reference {'added' if self.notes[rel].image else 'removed'}")

    # -- files coming and going ------------------------------------------------------------------

    @rule(name=st.sampled_from(NEW_NAMES), spec=notes)
    def add_note(self, name, spec):
        rel = f"content/{name}"
        if rel in self.notes:
            return
        self.notes[rel] = spec
        path = self.wb.write(rel, render_note(spec))
        self.rebuild([path], f"new note {rel}: {spec}")

    @precondition(lambda self: self.notes)
    @rule(n=index)
    def delete_note(self, n):
        rel = self.pick(n)
        del self.notes[rel]
        self.broken.discard(rel)
        path = self.wb.path(rel)
        path.unlink()
        self.rebuild([path], f"deleted {rel}")

    @precondition(lambda self: self.notes)
    @rule(n=index, text=st.sampled_from(TEXTS))
    def atomic_save(self, n, text):
        """Write a temp file beside the note, then move it over the note (as most editors save)."""
        rel = self.pick(n)
        self.notes[rel].intro = text
        self.broken.discard(rel)
        target = self.wb.path(rel)
        temp = target.with_name(target.name + ".tmp")
        temp.write_text(render_note(self.notes[rel]), encoding="utf-8")
        os.replace(temp, target)
        self.rebuild([temp, target], f"atomic save of {rel} with intro {text!r}")

    @precondition(lambda self: self.notes)
    @rule(n=index, name=st.sampled_from(NEW_NAMES))
    def rename_note(self, n, name):
        rel = self.pick(n)
        new = str(Path(rel).parent / name)
        if new in self.notes:
            return
        os.replace(self.wb.path(rel), self.wb.path(new))
        self.notes[new] = self.notes.pop(rel)
        if rel in self.broken:
            self.broken.discard(rel)
            self.broken.add(new)
        self.rebuild([self.wb.path(rel), self.wb.path(new)], f"renamed {rel} -> {new}")

    @precondition(lambda self: self.notes)
    @rule(n=index, folder=st.sampled_from(FOLDERS))
    def move_into_folder(self, n, folder):
        rel = self.pick(n)
        new = f"content/{folder}/{Path(rel).name}"
        if new in self.notes or new == rel:
            return
        created = not self.wb.path(f"content/{folder}").exists()
        self.wb.path(f"content/{folder}").mkdir(parents=True, exist_ok=True)
        os.replace(self.wb.path(rel), self.wb.path(new))
        self.notes[new] = self.notes.pop(rel)
        if rel in self.broken:
            self.broken.discard(rel)
            self.broken.add(new)
        paths = [self.wb.path(rel), self.wb.path(new)]
        if created:
            paths.append(self.wb.path(f"content/{folder.split('/')[0]}"))
        self.rebuild(paths, f"moved {rel} -> {new}")

    @precondition(lambda self: set(self.notes) - self.broken)
    @rule(n=index)
    def break_front_matter(self, n):
        rel = sorted(set(self.notes) - self.broken)[n % len(set(self.notes) - self.broken)]
        self.broken.add(rel)
        path = self.wb.write(rel, BROKEN)
        result = self.rebuild([path], f"broke the front matter of {rel}")
        if "/_drafts/" not in rel:  # drafts are not read at all
            assert result.errors, "a note with broken front matter must give an error"

    @precondition(lambda self: self.broken)
    @rule(n=index)
    def fix_front_matter(self, n):
        rel = sorted(self.broken)[n % len(self.broken)]
        self.save(rel, "front matter fixed")

    # -- images and editor noise -----------------------------------------------------------------

    @rule(where=st.sampled_from([IMAGE, "content/sub/img.png"]))
    def toggle_image(self, where):
        """img.png beside the notes at the top, or beside the ones moved into sub/ (their `img.png`)."""
        path = self.wb.path(where)
        paths = [path]
        if path.exists():
            path.unlink()
            what = f"{where} removed"
        else:
            if not path.parent.exists():
                paths.append(path.parent)
            self.wb.write(where, PNG)
            what = f"{where} added"
        self.rebuild(paths, what)

    @rule(extra=st.integers(min_value=1, max_value=64))
    def edit_image(self, extra):
        """The image rewritten with other bytes (and another size, so that this does not depend on the file
        system's timestamp granularity; see test_image_rewritten_with_same_size_and_mtime_is_copied_again)."""
        path = self.wb.path(IMAGE)
        size = path.stat().st_size if path.exists() else 0
        if size == len(PNG) + extra:
            extra += 1
        self.rebuild([self.wb.write(IMAGE, PNG + b"\x01" * extra)], f"image rewritten with {extra} more bytes")

    @precondition(lambda self: self.notes)
    @rule(n=index, kind=st.sampled_from(["swp", "backup", "probe", "emacs"]))
    def editor_file(self, n, kind):
        """An editor's scratch file next to a note: passed to the LiveSite as is, it must change nothing."""
        note = self.wb.path(self.pick(n))
        name = {"swp": f".{note.name}.swp", "backup": f"{note.name}~", "probe": "4913",
                "emacs": f"#{note.name}#"}[kind]
        scratch = note.with_name(name)
        scratch.write_bytes(b"---\ntitle: scratch\n---\n\n## scratch talk\n\n- by Nobody\n")
        result = self.rebuild([scratch], f"editor file {scratch.name}", unfiltered=True)
        assert result.written == () and result.deleted == () and result.notes_read == 0, (
            f"an editor file changed the output: {result}")


    # -- build after serve, serve after build ---------------------------------------------------

    @rule()
    def build_after_serve(self):
        """serve records each build as `build` does (LiveSite.record): a build of the same content then
        re-stages nothing, touches no file, and reports what a clean build reports."""
        self.wb.history.append("serve recorded its build, then `talkarchive build`")
        if not self.wb.rebuilder.record():
            assert self.keep_last_good and self.broken, "a build was not recorded"
            return  # a broken note shows its last good pages: no build would write them, so none is recorded
        before = _snapshot(self.wb.out, self.wb.out / "pagefind")
        result = self.wb.site_build()
        assert (result.files, result.rendered) == (0, None), f"{result}\n{self.wb.steps()}"
        assert _snapshot(self.wb.out, self.wb.out / "pagefind") == before, f"the build touched files\n{self.wb.steps()}"
        self.wb.assert_same_as_clean(result)

    @rule()
    def serve_after_build(self):
        """A new serve session after `talkarchive build`: its first build reads only the notes the build
        could not read (problems are never cached), and matches a clean build."""
        self.wb.history.append("`talkarchive build`, then a new serve session")
        self.wb.site_build()
        options = {"keep_last_good": True} if self.keep_last_good else {}
        self.wb.rebuilder = LiveSite(lambda: load_config(self.wb.config_path), **options)
        result = self.wb.rebuilder.rebuild()
        unreadable = [rel for rel in self.broken if "/_drafts/" not in rel]
        assert result.notes_read == len(unreadable), f"{result.notes_read} notes read\n{self.wb.steps()}"
        self.wb.compare = True  # a new session has no last good version to show
        self.wb.assert_same_as_clean(result)


IncrementalMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("TALKARCHIVE_INCREMENTAL_EXAMPLES", "12")), stateful_step_count=8,
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
TestIncrementalMatchesCleanBuild = pytest.mark.slow(IncrementalMachine.TestCase)  # about 30 s


# --------------------------------------------------------------------------- plain tests

@pytest.fixture
def bench(make_site, tmp_path):
    """The four notes of `initial_notes()` plus img.png, built once."""
    site = make_site({rel: render_note(spec) for rel, spec in initial_notes().items()}, config=SITE_YML)
    site.write(IMAGE, PNG)
    wb = Workbench(site.root, tmp_path / "clean")
    wb.start()
    return wb


def test_nothing_changed_writes_nothing(bench):
    before = _snapshot(bench.out, bench.out / "nothing")
    result = bench.rebuild([], what="nothing")
    assert (result.written, result.deleted, result.notes_read, result.full) == ((), (), 0, False)
    assert _snapshot(bench.out, bench.out / "nothing") == before  # not even an mtime moved


def test_editing_one_talks_notes_reads_one_note_and_writes_only_that_events_pages(bench):
    event = bench.event_paths()["港町 Python 勉強会 vol.3"]
    others = [p for t, p in bench.event_paths().items() if t != "港町 Python 勉強会 vol.3"]
    spec = initial_notes()["content/2023-05-minato-python.md"]
    spec.talks[1].notes = "groupby と resample が便利だった"
    path = bench.write("content/2023-05-minato-python.md", render_note(spec))
    result = bench.rebuild([path], what="talk notes edited")
    assert result.notes_read == 1
    assert any(w.startswith(event) for w in result.written), "the edited talk's page was not written"
    for other in others:
        assert not [w for w in result.written if w.startswith(other)], f"pages of {other} written"
    stray = [w for w in result.written if not w.startswith(event) and w not in DATA_FILES
             and not w.startswith("tags/")]
    assert stray == []
    # (that data files were written only if their text changed is checked by Workbench.rebuild)


def test_editing_body_text_twice_back_and_forth(bench):
    rel = "content/2024-02-rust-hakata.md"
    spec = initial_notes()[rel]
    spec.intro = "Now with a different introduction."
    bench.rebuild([bench.write(rel, render_note(spec))], what="intro edited")
    spec.intro = initial_notes()[rel].intro
    result = bench.rebuild([bench.write(rel, render_note(spec))], what="intro edited back")
    assert result.notes_read == 1 and result.written


def test_deleting_a_note_removes_its_pages_and_empty_folders(bench):
    event = bench.event_paths()["Frontend Night 2"]
    assert (bench.out / event).is_dir()
    path = bench.path("content/2019-07-frontend.md")
    path.unlink()
    result = bench.rebuild([path], what="note deleted")
    assert not (bench.out / event).exists()
    assert any(d.startswith(event) for d in result.deleted)
    assert not (bench.out / "tags/frontend").exists()  # its only event is gone
    empty = [p for p in bench.out.rglob("*") if p.is_dir() and not any(p.iterdir())]
    assert empty == []
    assert result.notes_read == 0


def test_deleting_a_note_removes_a_second_list_page_and_its_folders(bench):
    bench.write("site.yml", PAGED_YML)
    bench.rebuild([bench.path("site.yml")], full=True, what="page_size 2")
    assert (bench.out / "events/page/2/index.html").is_file()
    assert (bench.out / "speakers/page/2/index.html").is_file()
    gone = [bench.path("content/2019-07-frontend.md"), bench.path("content/2019-03-aws.md")]
    for path in gone:
        path.unlink()
    result = bench.rebuild(gone, what="two notes deleted")
    assert "events/page/2/index.html" in result.deleted
    assert not (bench.out / "events/page").exists() and not (bench.out / "events/2019").exists()


def test_deleting_every_note_and_adding_one_back(bench):
    paths = sorted(bench.content.glob("*.md"))
    for p in paths:
        p.unlink()
    bench.rebuild(paths, what="every note deleted")
    assert not (bench.out / "events" / "2019").exists()
    rel = "content/2019-07-frontend.md"
    bench.rebuild([bench.write(rel, render_note(initial_notes()[rel]))], what="one note back")


def test_site_yml_change_is_a_full_rebuild_and_every_page_shows_the_new_title(bench):
    path = bench.write("site.yml", SITE_YML.replace("増分テスト", "新しいアーカイブ"))
    result = bench.rebuild([path], full=True, what="site title changed")
    pages = list(bench.out.rglob("*.html"))
    assert len(pages) > 20
    assert [p for p in pages if "新しいアーカイブ" not in p.read_text(encoding="utf-8")] == []
    assert [p for p in pages if "増分テスト" in p.read_text(encoding="utf-8")] == []
    assert result.full


def test_site_template_change_is_a_full_rebuild(bench):
    path = bench.write("templates/talk.html", '{% extends "default:talk.html" %}\n'
                       '{% block head %}<meta name="x-version" content="1">{% endblock %}\n')
    bench.rebuild([path], full=True, what="site template added")
    talk_pages = [p for p in bench.out.rglob("index.html") if len(p.relative_to(bench.out).parts) == 4
                  and p.relative_to(bench.out).parts[0] == "events"]
    assert talk_pages and all('content="1"' in p.read_text(encoding="utf-8") for p in talk_pages)
    bench.write("templates/talk.html", '{% extends "default:talk.html" %}\n'
                '{% block head %}<meta name="x-version" content="2">{% endblock %}\n')
    bench.rebuild([path], full=True, what="site template edited")
    assert all('content="2"' in p.read_text(encoding="utf-8") for p in talk_pages)
    # and a note edit afterwards is incremental again, with the new template
    rel = "content/2019-03-aws.md"
    spec = initial_notes()[rel]
    spec.talks[0].notes = "edited after the template change"
    bench.rebuild([bench.write(rel, render_note(spec))], what="note edited")
    path.unlink()
    bench.rebuild([path], full=True, what="site template removed")
    assert not any('name="x-version"' in p.read_text(encoding="utf-8") for p in talk_pages)


def test_renamed_speaker_leaves_no_stale_page(bench):
    """山田 speaks at Frontend Night and 港町 Python; renamed to 佐藤 in both, the 山田 page must go, and 佐藤's
    page (佐藤 already spoke at 港町 Python) must list the moved talks."""
    assert (bench.out / "speakers/山田/index.html").is_file()
    changed = []
    for rel in ("content/2019-07-frontend.md", "content/2023-05-minato-python.md"):
        spec = initial_notes()[rel]
        for talk in spec.talks:
            if talk.speaker == "山田さん":
                talk.speaker = "佐藤さん"
        changed.append(bench.write(rel, render_note(spec)))
    result = bench.rebuild(changed, what="山田 renamed to 佐藤")
    assert "speakers/山田/index.html" in result.deleted
    assert not (bench.out / "speakers/山田").exists()
    page = bench.page("speakers/佐藤/index.html")
    assert "型のある CSS" in page and "型ヒントを段階的に入れた話" in page and "pandas でログ解析" in page
    assert "山田" not in bench.page("speakers/index.html") and "山田" not in bench.page("index.html")


def test_speaker_renamed_in_one_note_updates_pages_of_notes_that_did_not_change(bench):
    """Jane Doe (AWS note, @janedoe), Jane Roe (Rust note, @janedoe) and Jane Doe (Rust note, no handle) are
    one speaker, `jane-doe`, with three talks. Renamed to Jane Roe in the AWS note, the two @janedoe talks
    become `jane-roe` (the name is no longer Jane Doe's): the Rust event's pages, whose note did not change,
    must link the new speaker page, and jane-doe's page must list only the talk left to it."""
    rust = bench.event_paths()["Rust Meetup Hakata 5"]
    before = bench.page(f"{rust}index.html")
    old_page = bench.page("speakers/jane-doe/index.html")
    assert all(t in old_page for t in ("Building CLIs with clap", "Async in practice", "Lessons from a year"))
    rel = "content/2019-03-aws.md"
    spec = initial_notes()[rel]
    spec.talks[0].speaker = "Speaker: Jane Roe (@janedoe)"
    result = bench.rebuild([bench.write(rel, render_note(spec))], what="Jane Doe -> Jane Roe in the AWS note")
    assert result.notes_read == 1
    after = bench.page(f"{rust}index.html")
    assert after != before and "speakers/jane-roe/" in after
    assert f"{rust}index.html" in result.written
    assert any(w.startswith(rust) and w != f"{rust}index.html" for w in result.written)  # the talk page too
    assert "speakers/jane-doe/index.html" in result.written and "speakers/jane-roe/index.html" in result.written
    doe, roe = bench.page("speakers/jane-doe/index.html"), bench.page("speakers/jane-roe/index.html")
    assert "Building CLIs with clap" in doe and "Async in practice" not in doe and "Lessons from a year" not in doe
    assert "Async in practice" in roe and "Lessons from a year" in roe
    # and back: jane-roe's page goes away again
    result = bench.rebuild([bench.write(rel, render_note(initial_notes()[rel]))], what="and back")
    assert "speakers/jane-roe/index.html" in result.deleted and not (bench.out / "speakers/jane-roe").exists()


def test_keep_last_good_shows_the_old_pages_until_the_note_is_fixed(make_site, tmp_path):
    """serve's mode: a note broken mid-edit keeps its pages (and reports the error); fixed, the output is
    exactly a clean build's again."""
    site = make_site({rel: render_note(spec) for rel, spec in initial_notes().items()}, config=SITE_YML)
    wb = Workbench(site.root, tmp_path / "clean", keep_last_good=True)
    wb.start()
    rel = "content/2023-05-minato-python.md"
    wb.compare = False
    result = wb.rebuild([wb.write(rel, BROKEN)], what="front matter broken")
    assert result.errors and "last good" in result.error_diagnostics[0].message
    assert (result.written, result.deleted) == ((), ())
    other = "content/2024-02-rust-hakata.md"
    spec = initial_notes()[other]
    spec.talks[0].title = "Building TUIs with ratatui"
    result = wb.rebuild([wb.write(other, render_note(spec))], what="another note edited meanwhile")
    assert result.errors and result.notes_read == 1
    assert "港町 Python 勉強会 vol.3" in wb.event_paths()
    wb.compare = True
    spec = initial_notes()[rel]
    spec.talks[0].title = "型ヒントを一気に入れた話"
    result = wb.rebuild([wb.write(rel, render_note(spec))], what="fixed, with a new talk title")
    assert not result.errors


def test_editor_scratch_files_change_nothing(bench):
    for name in (".2019-03-aws.md.swp", "2019-03-aws.md~", "4913", "#2019-03-aws.md#", ".#2019-03-aws.md"):
        scratch = bench.write(f"content/{name}", "---\ntitle: scratch\n---\n\n## 仮\n\n- 山田さん\n")
        result = bench.rebuild([scratch], what=f"editor file {name}")
        assert (result.written, result.deleted, result.notes_read, result.full) == ((), (), 0, False)


def test_rename_and_move_into_a_subfolder(bench):
    old = bench.path("content/2024-02-rust-hakata.md")
    new = bench.path("content/2024/rust.md")
    new.parent.mkdir()
    os.replace(old, new)
    result = bench.rebuild([old, new, new.parent], what="moved into content/2024/")
    assert result.notes_read == 1


def test_invalid_front_matter_then_fixed(bench):
    rel = "content/2023-05-minato-python.md"
    path = bench.write(rel, BROKEN)
    result = bench.rebuild([path], what="front matter broken")
    assert result.errors and result.error_diagnostics[0].path == "2023-05-minato-python.md"
    assert "港町 Python 勉強会 vol.3" not in bench.event_paths()
    bench.rebuild([bench.write(rel, render_note(initial_notes()[rel]))], what="front matter fixed")
    assert "港町 Python 勉強会 vol.3" in bench.event_paths()


def test_image_removed_and_added_back(bench):
    image = bench.path(IMAGE)
    image.unlink()
    result = bench.rebuild([image], what="image removed")
    assert "media/img.png" in result.deleted
    bench.write(IMAGE, PNG)
    result = bench.rebuild([image], what="image added back")
    assert "media/img.png" in result.written


# --------------------------------------------------------------------------- regressions (bugs found by this file)

def test_image_rewritten_with_same_size_and_mtime_is_copied_again(bench):
    """Was a bug: serve was told the image changed, but copied an asset again only when its
    (size, mtime_ns) changed, so the output kept the old bytes. Same size and same mtime happen with `cp -p`/`rsync -t`/
    `touch -r`, on file systems with coarse timestamps (1-2 s on FAT/exFAT/HFS+/SMB mounts, a clock tick
    on some Linux kernels) and for two quick saves of an image that keep its size. (Notes never were:
    a named note is always read again.)"""
    image = bench.path(IMAGE)
    before = image.stat()
    bench.write(IMAGE, PNG[:-1] + b"\x01")  # same size, other bytes
    os.utime(image, ns=(before.st_atime_ns, before.st_mtime_ns))  # what a coarse clock or `cp -p` gives
    bench.rebuild([image], what="image rewritten, same size and mtime")  # media/img.png keeps the old bytes


def test_creating_site_yml_when_there_was_none_is_a_full_rebuild(make_site, tmp_path, monkeypatch):
    """Was a bug: site.yml is optional. Started without one (`talkarchive serve` in a folder with only
    content/), serve had config_path None, so a site.yml created afterwards was treated as an
    ordinary non-note file: `full` stayed False and the new title was not applied. watched_roots() must
    list site.yml too, so that serve watches for it."""
    site = make_site({"content/a.md": render_note(initial_notes()["content/2019-03-aws.md"])}, config="x: 1\n")
    site.config_path.unlink()
    monkeypatch.chdir(site.root)
    rebuilder = LiveSite(lambda: load_config(overrides={"search": False}))
    assert rebuilder.rebuild().full
    site.write("site.yml", "title: Brand New Title\nlanguage: en\nsearch: false\n")
    result = rebuilder.rebuild([site.config_path])
    config, _ = load_config(site.config_path, overrides={"output_dir": str(tmp_path / "clean")})
    build(config)
    assert _tree(site.out) == _tree(tmp_path / "clean"), "the new site.yml was not applied"
    assert result.full
    assert rebuilder.watched_roots()["config"].resolve() == site.config_path.resolve()


def test_a_notes_text_edit_renders_only_the_pages_that_show_the_event(bench, monkeypatch):
    """The fast path (invalidation.patch_plan): the event's pages and list pages holding its views, nothing else."""
    from generator.render.render_site import SitePlan

    rel = "content/2023-05-minato-python.md"
    spec = initial_notes()[rel]
    spec.talks[0].notes = "mypy を CI に載せた。![構成図](/img.png)"
    rendered: list[str] = []
    render = SitePlan.render
    path = bench.write(rel, render_note(spec))
    with monkeypatch.context() as patched:
        patched.setattr(SitePlan, "render", lambda self, planned: rendered.append(planned.out) or render(self, planned))
        result = bench.rebuilder.rebuild([path])
    bench.assert_same_as_clean(result)
    assert result.notes_text_only and result.notes_read == 1
    event = bench.event_paths()["港町 Python 勉強会 vol.3"]
    assert any(out.startswith(event) for out in rendered)
    other_events = [p for t, p in bench.event_paths().items() if t != "港町 Python 勉強会 vol.3"]
    assert not [out for out in rendered if out.startswith(tuple(other_events))]
    assert len(rendered) < 20, rendered
    assert "media/img.png" in {w for w in result.written} | set(_tree(bench.out)[0])


def test_edits_beyond_notes_text_take_the_ordinary_rebuild(bench):
    rel = "content/2023-05-minato-python.md"
    spec = initial_notes()[rel]
    spec.talks[0].notes = "first a notes edit"
    assert bench.rebuild([bench.write(rel, render_note(spec))], what="notes").notes_text_only
    spec.talks[0].title = "型ヒントの話、改訂版"
    assert not bench.rebuild([bench.write(rel, render_note(spec))], what="talk retitled").notes_text_only
    spec.tags.append("AWS")
    assert not bench.rebuild([bench.write(rel, render_note(spec))], what="tag added").notes_text_only
    image = bench.path(IMAGE)
    image.write_bytes(PNG + b"\x00")
    assert not bench.rebuild([image], what="image changed").notes_text_only


def test_serve_s_first_build_in_workers_matches_a_clean_build_and_is_reused(make_site, tmp_path, monkeypatch):
    """A large site's first build in serve renders pages in workers, as `build` does; the plan it
    keeps lets the next rebuild render only the pages an edit changed."""
    import generator.engine.parallel as parallel

    monkeypatch.setattr(parallel, "threading", SimpleNamespace(active_count=lambda: 1))  # as in serve's first build
    monkeypatch.setattr(parallel, "SERIAL_BELOW", {"notes": 1, "pages": 1})
    monkeypatch.setattr(parallel, "TASK_SIZE", {"notes": 1, "pages": 3})
    monkeypatch.setattr(parallel, "default_jobs", lambda: 2)
    pools = []
    real_context = parallel.multiprocessing.get_context
    monkeypatch.setattr(parallel.multiprocessing, "get_context",
                        lambda method=None: pools.append(method) or real_context(method))
    site = make_site({rel: render_note(spec) for rel, spec in initial_notes().items()}, config=SITE_YML)
    site.write(IMAGE, PNG)
    wb = Workbench(site.root, tmp_path / "clean")
    first = wb.rebuilder.rebuild()
    assert pools.count("fork") == 2  # notes read, then pages rendered, in worker processes
    # serve's HTTP server and watcher run from now on: later rebuilds render in this process
    monkeypatch.setattr(parallel, "threading", SimpleNamespace(active_count=lambda: 3))
    wb.assert_same_as_clean(first)  # problems included
    rel = "content/2023-05-minato-python.md"
    spec = initial_notes()[rel]
    spec.talks[0].title = "型ヒントの話、改訂版"
    path = wb.write(rel, render_note(spec))
    jinja_renders: list[str] = []
    real = __import__("generator.render.render_site", fromlist=["_render"])._render
    with monkeypatch.context() as patched:
        patched.setattr("generator.render.render_site._render",
                        lambda template, page, meta: jinja_renders.append(page.path) or real(template, page, meta))
        result = wb.rebuilder.rebuild([path])
    wb.assert_same_as_clean(result)
    assert not result.full and jinja_renders
    events = wb.event_paths()
    untouched = [p for t, p in events.items() if t not in ("港町 Python 勉強会 vol.3",)]
    assert not [p for p in jinja_renders if p.startswith(tuple(untouched))], jinja_renders


# --------------------------------------------------------------------------- build after serve, serve after build

def test_a_build_after_a_serve_session_is_warm(bench):
    """Was: serve never updated the build cache, so the next `talkarchive build` re-staged every page."""
    rel = "content/2023-05-minato-python.md"
    spec = initial_notes()[rel]
    spec.talks[1].notes = "groupby と resample が便利だった"
    assert bench.rebuild([bench.write(rel, render_note(spec))], what="talk notes edited").notes_text_only
    spec.tags.append("AWS")
    assert not bench.rebuild([bench.write(rel, render_note(spec))], what="tag added").notes_text_only
    assert bench.rebuilder.record()
    before = _snapshot(bench.out, bench.out / "pagefind")
    result = bench.site_build()
    assert result.files == 0 and result.unchanged == len(_tree(bench.out)[0])
    assert "up to date (nothing changed)" in result.summary(str(bench.out))
    assert _snapshot(bench.out, bench.out / "pagefind") == before  # not even an mtime moved
    bench.assert_same_as_clean(result)  # output and problems


def test_a_build_after_serve_renders_only_what_changed_since(bench, monkeypatch):
    """The record serve leaves (its reports too) lets a build keep every page but an edited event's."""
    from generator.render.render_site import SitePlan

    assert bench.rebuilder.record()
    rel = "content/2024-02-rust-hakata.md"
    spec = initial_notes()[rel]
    spec.talks[0].notes = "derive API, and a ![missing](nothere.png) image"
    bench.write(rel, render_note(spec))
    rendered: list[str] = []
    render = SitePlan.render
    monkeypatch.setattr(SitePlan, "render", lambda self, planned: rendered.append(planned.out) or render(self, planned))
    result = bench.site_build()
    monkeypatch.undo()
    events = bench.event_paths()
    others = tuple(path for title, path in events.items() if title != "Rust Meetup Hakata 5")
    assert result.rendered == len(rendered) and any(out.startswith(events["Rust Meetup Hakata 5"]) for out in rendered)
    assert not [out for out in rendered if out.startswith(others)], rendered
    assert result.rendered < result.pages / 2, (result.rendered, result.pages)
    bench.assert_same_as_clean(result)
    assert any("nothere.png" in d.message for d in result.diagnostics)


def test_the_first_build_of_a_serve_session_reads_no_note_a_build_read(bench):
    bench.site_build()
    rebuilder = LiveSite(lambda: load_config(bench.config_path))
    result = rebuilder.rebuild()
    assert result.full and result.notes_read == 0
    bench.rebuilder = rebuilder
    bench.assert_same_as_clean(result)


def _serve_config(path):
    """What `talkarchive serve` loads: the site's config with drafts shown (cli._load_config)."""
    config, warnings = load_config(path)
    return replace(config, drafts=True), warnings


def test_serve_shows_drafts_so_its_record_serves_a_build_only_when_there_are_none(make_site, tmp_path):
    site = make_site({rel: render_note(spec) for rel, spec in initial_notes().items()}, config=SITE_YML)
    wb = Workbench(site.root, tmp_path / "clean")
    wb.rebuilder = LiveSite(lambda: _serve_config(wb.config_path))
    wb.rebuilder.rebuild()
    assert wb.rebuilder.record()
    assert wb.site_build().files == 0  # no drafts: the site serve shows is the site a build makes

    draft = wb.write("content/2025-01-draft.md", render_note(NoteSpec("下書きの会", dt.date(2025, 1, 18), [], "まだ途中"))
                     .replace("---\n\n", "draft: true\n---\n\n", 1))
    wb.rebuilder.rebuild([draft])
    assert "下書きの会" in wb.event_paths()  # serve shows it
    assert wb.rebuilder.record()
    result = wb.site_build()
    assert result.files > 0 and result.drafts == 1
    assert "下書きの会" not in wb.event_paths()
    wb.assert_same_as_clean(result)


def test_a_missing_image_is_reported_at_its_new_line_after_a_line_above_it_goes(bench):
    """Was a bug (found by the state machine): a warning's line is looked up in the note's file, but the
    note HTML it came with was reused while its Markdown stayed the same, so the old line was reported."""
    image = bench.path(IMAGE)
    image.unlink()
    bench.rebuild([image], what="image removed")  # the intro's ![x](img.png) is missing now
    rel = "content/2023-05-minato-python.md"
    spec = initial_notes()[rel]
    spec.date = None  # the `event_date:` line goes: the image is one line up
    result = bench.rebuild([bench.write(rel, render_note(spec))], what="date removed")
    [warning] = [d for d in result.diagnostics if "img.png" in d.message]
    lines = (bench.content / "2023-05-minato-python.md").read_text(encoding="utf-8").splitlines()
    assert "img.png" in lines[warning.line - 1]


def test_a_rebuild_is_counted_as_a_build_is(bench, tmp_path):
    """One result type: serve's BuildResult is a BuildResult, with the counts a build gives."""
    from generator.engine.build import BuildResult

    rel = "content/2024-02-rust-hakata.md"
    spec = initial_notes()[rel]
    spec.talks[0].notes = "derive API は便利"
    result = bench.rebuild([bench.write(rel, render_note(spec))], what="talk notes edited")
    assert isinstance(result, BuildResult) and result.notes_text_only
    config, warnings = load_config(bench.config_path, overrides={"output_dir": str(tmp_path / "counted")})
    built = build(config, config_warnings=tuple(warnings))
    counts = ("notes", "events", "talks", "pages", "drafts", "warnings", "errors")
    assert [getattr(result, c) for c in counts] == [getattr(built, c) for c in counts]
    assert result.files == len(result.written) and 0 < result.rendered < result.pages
    assert result.unchanged == len(_tree(bench.out)[0]) - result.files


def _strings_reachable_from(root, skip: tuple[type, ...]) -> list[str]:
    """Every str reachable from `root` through objects' references, not entering `skip` types, modules,
    functions or classes (their constants are the code's, not the site's)."""
    import gc
    import types

    seen, found, todo = set(), [], [root]
    stop = (types.ModuleType, types.FunctionType, types.CodeType, type, types.BuiltinFunctionType) + skip
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, stop):
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            found.append(obj)
            continue
        todo.extend(gc.get_referents(obj))
    return found


def test_serve_keeps_no_page_html_or_note_text_between_builds(bench):
    """Memory at scale (issue 19): after its first build and after an edit, serve's build state holds no
    page's HTML and no note's text (they are rendered again or read again when needed); it did hold
    both (2.8 GB at 10,000 notes against build's 0.9 GB)."""
    from jinja2 import Environment

    rel = "content/2024-02-rust-hakata.md"
    spec = initial_notes()[rel]
    spec.talks[0].notes = "derive API is nice, and clap's builder too"
    bench.rebuild([bench.write(rel, render_note(spec))], what="talk notes edited")
    state = bench.rebuilder.state
    assert state.session.plan is not None and not any(lazy.rendered for lazy in state.session.plan.views.notes)
    pages = {p.read_text(encoding="utf-8") for p in bench.out.rglob("*.html")}
    notes = {p.read_text(encoding="utf-8") for p in bench.content.rglob("*.md")}
    kept = _strings_reachable_from(state, skip=(Environment,))
    assert kept and not [s for s in kept if s in pages or s in notes]
    assert not [s for s in kept if "</html>" in s]
