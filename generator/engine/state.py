"""The build state, and the build cache `.talkarchive-cache/` beside site.yml that keeps it between
builds: safe to delete, never committed.

One BuildState serves `build` and `serve` alike (build.build is the one engine). It holds:
- the stamp of what the output depends on besides the content (code, config, theme);
- each note's stamp, digest and normalized record, so only new and edited notes are read and
  normalized again;
- what the last build read and wrote (every content file's size, mtime, ctime and inode, every output
  file's digest, each event's notes' findings), so a build with nothing changed stops after checking
  the sources, and a build with some changes leaves the output files whose bytes did not change alone;
- while a process builds more than once (serve), its session: the theme, the Jinja environment, the
  index and the page plan with each page's declared dependencies (Page.deps), which the next build
  patches (engine/invalidation.py). The session is never pickled: a build plans anew.

What the last build did is valid for one stamp: the generator's own code, the effective
config, the theme's files and SOURCE_DATE_EPOCH; any change to one of them starts it afresh.
The notes' records depend only on the generator's code (normalizing takes no config), so
`serve`, or a build with another output folder, reuses them.
The cache is a pickle: like the project's own files, it is trusted; never restore one
from a source you would not run code from.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import __version__
from ..index import reading_order
from ..core.config import SiteConfig
from ..core.model import Diagnostic, NormalizedNote
from ..render.themes import Theme
from ..write.output_folder import MARKER, FileRecord

CACHE_DIR = ".talkarchive-cache"
LAST_FILE = "last-build.pickle"
NOTES_FILE = "notes.pickle"
READINGS_FILE = "readings.pickle"
FORMAT = 4  # 2: LastBuild.reports; 3: LastBuild.drafts_shown, and serve records its builds too; 4: data_files
_PACKAGE = Path(__file__).resolve().parents[1]  # the whole generator package


@dataclass(frozen=True)
class NoteEntry:
    stamp: tuple[int, int, int, int] | None  # file_stamp: size, mtime, ctime, inode (None: could not stat)
    digest: str  # of the note's bytes
    result: NormalizedNote | Diagnostic  # a Diagnostic when the note cannot be read: never saved
    held: NormalizedNote | None = None  # serve: the last good reading, shown while the note is broken


@dataclass(frozen=True)
class LastBuild:
    """What the previous successful build saw and did."""

    sources: tuple  # (content-relative path, file_stamp) of every content file
    output: dict[str, FileRecord]  # every file it wrote
    folders: dict[str, int]  # every output folder's mtime_ns: a file added or removed changes it
    counts: tuple[int, int, int, int, int]  # notes, events, talks, pages, drafts left out
    diagnostics: tuple[Diagnostic, ...]
    reports: dict = field(default_factory=dict)  # event slug -> its notes' (warnings, images): see invalidation.py
    drafts_shown: int = 0  # draft notes whose pages it wrote (serve and `build --drafts` show them)
    data_files: tuple[str, ...] = ()  # the feeds, sitemap, calendar, JSON and redirects among `output`

    def valid_for(self, drafts: bool) -> bool:
        """Whether its output is what a build showing drafts (or not) makes of the same sources: the same
        config but `drafts` makes the same site when there are no drafts (serve always shows them)."""
        every_draft = self.counts[4] + self.drafts_shown
        return self.drafts_shown == (every_draft if drafts else 0)


class Session:
    """What a process that builds more than once (serve) keeps between its builds; made afresh when
    the config or theme changes. Never pickled."""

    def __init__(self, config: SiteConfig, theme: Theme, keep: bool = True):
        """`keep`: the process will plan again (serve), so each plan keeps what the next can reuse;
        a one-off build keeps nothing it will not use again."""
        self.config, self.theme, self.keep = config, theme, keep
        self.env = self.urls = None  # the Jinja environment and the Urls: templates compiled once a session
        from ..render.render_site import Kept

        self.kept = Kept() if keep else None  # what one plan keeps for the next (render.Kept)
        self.index = None  # the last build's SiteIndex
        self.plan = None  # the last build's SitePlan
        self.published: list | None = None  # URLs the site has had (published_urls.py), kept in step with the file
        self.planning: tuple[Diagnostic, ...] = ()  # what remembering URLs and planning pages found


class BuildState:
    """The build state of one site (see the module's docstring). `last` is small and read at once;
    `notes` is read when first used, so a build with nothing changed never loads the notes' records."""

    def __init__(self, folder: Path | None, stamp: str, last: LastBuild | None = None, notes_stamp: str = ""):
        self.folder, self.stamp, self.last = folder, stamp, last  # folder None: caching is off
        self.last_stamp = stamp  # the stamp `last` was made under
        self.notes_stamp = notes_stamp
        self._notes: dict[str, NoteEntry] | None = None if folder is not None else {}
        self._notes_saved: dict[str, NoteEntry] | None = None  # the notes as the cache file holds them
        self.session: Session | None = None
        self.sources: dict[str, tuple] | None = None  # the content's stamps at the last build, when known here
        self.published_digest: str | None = None  # the URL map's, at the last build
        self.live = False  # the output is as this process's last build left it (serve)
        self._readings_saved = 0  # how many names' readings the cache file holds (index/reading_order.py)

    @property
    def notes(self) -> dict[str, NoteEntry]:
        """Every note's entry, in the content folder's order (the broken ones only in memory)."""
        if self._notes is None:
            self._notes = self._notes_saved = _read(self.folder / NOTES_FILE, self.notes_stamp) or {}
        return self._notes

    @notes.setter
    def notes(self, value: dict[str, NoteEntry]) -> None:
        self._notes = value

    def begin(self, config: SiteConfig, theme: Theme, stamp: str | None = None, keep: bool = True) -> None:
        """Start a session for `config` and `theme` (`stamp`: their cache_stamp, when known; `keep`: see
        Session). The last build stays known (its files and findings), but is reused only if the stamp
        is its own."""
        self.stamp = stamp or cache_stamp(config, theme)
        self.session = Session(config, theme, keep)
        self.live = self.live and self.stamp == self.last_stamp

    @property
    def reusable(self) -> bool:
        """Whether the last build was made under this state's stamp, so its pages may be kept."""
        return self.last is not None and self.last_stamp == self.stamp

    def save_notes(self) -> None:
        """Write the notes' records, when they changed since they were read. (Pickling them while the
        workers render saved no time on two cores and took the peak at 10,000 notes from 944 MB to
        1,042 MB: the pickler's memo of every object sat beside the workers.)"""
        if self._notes is not None and self._notes is not self._notes_saved:
            readable = {rel: e for rel, e in self._notes.items() if isinstance(e.result, NormalizedNote)}
            if self._write(NOTES_FILE, self.notes_stamp, readable):
                self._notes_saved = self._notes

    def seed_readings(self) -> None:
        """Give index/reading_order.py the readings of names and tags earlier builds made (kept under the notes'
        stamp: they depend only on the code and pykakasi's version), so the dictionary loads only for
        a name none of them saw."""
        if self.folder is not None:
            reading_order.seed(_read(self.folder / READINGS_FILE, self.notes_stamp) or {})
        self._readings_saved = len(reading_order.known())

    def save_readings(self) -> None:
        if len(reading_order.known()) > self._readings_saved and self._write(READINGS_FILE, self.notes_stamp,
                                                                         dict(reading_order.known())):
            self._readings_saved = len(reading_order.known())

    def save(self, out: Path, search_diagnostics: tuple[Diagnostic, ...] = ()) -> bool:
        """Write the last build to the cache, with the folders of `out` as they are now and the search
        indexer's findings added, so the next build of the same content finds nothing changed. Call it
        when the output is as the build (and the search indexer) left it. False when there is nothing
        to save: no build yet, or a note shows its last good version (no build would write that).

        Atomic; a cache that cannot be written only makes the next build slower."""
        last = self.last
        if last is None or self.folder is None or not self.reusable:
            return False
        if any(e.held is not None for e in self.notes.values()):
            return False
        try:
            folders = folder_stamps(out, last.output)
        except OSError:
            return False  # the output was changed meanwhile: leave the cache as it was
        self.last = replace(last, folders=folders, diagnostics=last.diagnostics + tuple(search_diagnostics))
        # what the build did first, the notes' records second: killed between the two, the next build
        # reads the notes it finds changed against the old records, and renders their pages again
        # (the other order could leave it trusting new records against an output that lacks them)
        self._write(LAST_FILE, self.stamp, self.last)
        self.save_notes()
        self.save_readings()
        return True

    def _write(self, name: str, stamp: str, value) -> bool:
        if self.folder is None:
            return False
        try:
            self.folder.mkdir(exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# talkarchive's build cache: safe to delete\n*\n", encoding="utf-8")
            _write(self.folder / name, stamp, value)
            return True
        except OSError:
            return False


def _write(path: Path, stamp: str, value) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(partial, "wb") as f:
        pickle.dump((FORMAT, stamp, value), f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(partial, path)


def _read(path: Path, stamp: str):
    """The value stored at `path` for this stamp; None when missing, unreadable or stale."""
    try:
        with open(path, "rb") as f:
            fmt, old_stamp, value = pickle.load(f)
    except Exception:  # missing, truncated or from another version: start afresh
        return None
    return value if (fmt, old_stamp) == (FORMAT, stamp) else None


def _tree_digest(folders) -> str:
    h = hashlib.blake2b(digest_size=16)
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
                h.update(path.read_bytes())
    return h.hexdigest()


# the libraries whose versions decide what a note reads as or what a page holds
LIBRARIES = ("Jinja2", "MarkupSafe", "cmarkgfm", "Markdown", "nh3", "PyYAML", "python-slugify", "charset-normalizer",
             "pykakasi")


def _library_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in LIBRARIES:
        try:
            found.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}=?")
    return ",".join(found)


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """The generator's own code (and format) and the libraries it renders with: what a note's
    normalized record depends on. An upgraded library starts the cache afresh: a build that keeps
    pages (engine/invalidation.py) must not keep ones an older version rendered."""
    text = f"{FORMAT}\0{__version__}\0{_tree_digest([_PACKAGE])}\0{_library_versions()}"
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def cache_stamp(config: SiteConfig, theme: Theme) -> str:
    """Everything the output depends on besides the content itself. `drafts` is left out: whether
    drafts are shown matters only when there are some (LastBuild.valid_for), so a build after a serve
    session (which shows them) can be a warm one."""
    h = hashlib.blake2b(digest_size=16)
    for part in (code_stamp(), repr(replace(config, drafts=False)),
                 _tree_digest(folder for _, folder in theme.chain), _tree_digest([config.templates_dir]),
                 os.environ.get("SOURCE_DATE_EPOCH", "")):
        h.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return h.hexdigest()


def load_state(config: SiteConfig, theme: Theme, enabled: bool = True) -> BuildState:
    """The build state the cache holds for this config and theme; empty when the cache is off,
    missing, unreadable or stale. Its session is begun by the first build with it."""
    stamp = cache_stamp(config, theme)
    if not enabled:
        return BuildState(None, stamp)
    folder = config.root / CACHE_DIR
    return BuildState(folder, stamp, _read(folder / LAST_FILE, stamp), code_stamp())


def file_stamp(st: os.stat_result) -> tuple[int, int, int, int]:
    """What tells a changed file without reading it. ctime is in it because `cp -p`, `rsync -t` and
    coarse clocks can give a rewritten file its old size and mtime, but never its old ctime."""
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def content_snapshot(content_dir: Path) -> tuple[tuple[str, tuple[int, int, int, int]], ...]:
    """(relative path, file_stamp) of every file in the content folder: notes and the images they use."""
    found: list[tuple[str, tuple[int, int, int, int]]] = []
    root = str(content_dir)

    def walk(folder: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir():
                    walk(entry.path)
                elif entry.is_file():
                    found.append((os.path.relpath(entry.path, root), file_stamp(entry.stat())))

    walk(root)
    return tuple(sorted(found))


def folder_stamps(out: Path, records: dict[str, FileRecord]) -> dict[str, int]:
    """The mtime of every folder holding an output file, the output folder itself included."""
    folders = {""}
    for rel in records:
        while rel:
            rel = os.path.dirname(rel)
            if rel in folders:
                break
            folders.add(rel)
    root = str(out)
    return {rel: os.stat(os.path.join(root, rel)).st_mtime_ns for rel in folders}


def output_intact(out: Path, last: LastBuild) -> bool:
    """The output folder holds exactly what the last build left there: no file changed, added or removed."""
    if not (out / MARKER).is_file():
        return False
    root = str(out)  # joined as strings: a pathlib join per file was most of this check
    for rel, mtime_ns in last.folders.items():
        try:
            if os.stat(os.path.join(root, rel)).st_mtime_ns != mtime_ns:
                return False
        except OSError:
            return False
    for rel, record in last.output.items():
        try:
            st = os.stat(os.path.join(root, rel))
        except OSError:
            return False
        if (st.st_size, st.st_mtime_ns) != (record.size, record.mtime_ns):
            return False
    return True


def unchanged_build(state: BuildState, sources, out: Path, drafts: bool = False) -> LastBuild | None:
    """The last build (or serve's), when nothing it read has changed, it showed drafts as `drafts` asks,
    and its output is still in place."""
    last = state.last if state.reusable else None
    if last is not None and last.sources == sources and last.valid_for(drafts) and output_intact(out, last):
        return last
    return None
