"""The build cache, `.talkarchive-cache/` beside site.yml: safe to delete, never committed.

It keeps two things between builds:
- each note's normalized record, keyed by the note's path and bytes, so only new and
  edited notes are read and normalized again;
- what the last build read and wrote (every content file's size, mtime, ctime and inode, every output
  file's digest), so a build with nothing changed stops after checking the sources, and
  a build with some changes hard-links the output files whose bytes did not change.

The whole cache is valid for one stamp: the generator's own code, the effective config,
the theme's files and SOURCE_DATE_EPOCH. Any change to one of them starts it afresh.
The cache is a pickle: like the project's own files, it is trusted; never restore one
from a source you would not run code from.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .config import SiteConfig
from .model import Diagnostic, NormalizedNote
from .themes import Theme
from .write import FileRecord

CACHE_DIR = ".talkarchive-cache"
CACHE_FILE = "build.pickle"
FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class NoteEntry:
    stamp: tuple[int, int, int, int]  # build.file_stamp: size, mtime, ctime, inode
    digest: str  # of the note's bytes
    result: NormalizedNote | Diagnostic


@dataclass(frozen=True)
class LastBuild:
    """What the previous successful build saw and did."""

    sources: tuple  # (content-relative path, file_stamp) of every content file
    output: dict[str, FileRecord]  # every file it wrote
    counts: tuple[int, int, int, int]  # notes, events, talks, pages
    diagnostics: tuple[Diagnostic, ...]


@dataclass
class BuildCache:
    folder: Path | None  # None: caching is off
    stamp: str
    notes: dict[str, NoteEntry] = field(default_factory=dict)
    last: LastBuild | None = None

    def save(self) -> None:
        """Write the cache atomically; a cache that cannot be written is only a slower next build."""
        if self.folder is None:
            return
        try:
            self.folder.mkdir(exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# talkarchive's build cache: safe to delete\n*\n", encoding="utf-8")
            partial = self.folder / f"{CACHE_FILE}.{os.getpid()}.tmp"
            with open(partial, "wb") as f:
                pickle.dump((FORMAT, self.stamp, self.notes, self.last), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(partial, self.folder / CACHE_FILE)
        except OSError:
            pass


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


def cache_stamp(config: SiteConfig, theme: Theme) -> str:
    """Everything the cached records and the output depend on besides the content itself."""
    h = hashlib.blake2b(digest_size=16)
    for part in (str(FORMAT), __version__, _tree_digest([_PACKAGE]), repr(config),
                 _tree_digest(folder for _, folder in theme.chain), _tree_digest([config.templates_dir]),
                 os.environ.get("SOURCE_DATE_EPOCH", "")):
        h.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return h.hexdigest()


def load_cache(config: SiteConfig, theme: Theme, enabled: bool = True) -> BuildCache:
    """The cache for this config and theme; empty when off, missing, unreadable or stale."""
    stamp = cache_stamp(config, theme)
    if not enabled:
        return BuildCache(None, stamp)
    folder = config.root / CACHE_DIR
    try:
        with open(folder / CACHE_FILE, "rb") as f:
            fmt, old_stamp, notes, last = pickle.load(f)
    except Exception:  # missing, truncated or from another version: start afresh
        return BuildCache(folder, stamp)
    if fmt != FORMAT or old_stamp != stamp:
        return BuildCache(folder, stamp)
    return BuildCache(folder, stamp, notes, last)
