"""Write stage: files -> output folder, all or nothing.

Everything is written into a staging folder beside the output first, so a
failed or killed build leaves the previous site as it was. A first build (or
one whose last output was changed by hand) stages the whole site and swaps it
in (Staging); a later one stages only new and changed files and moves them in,
listed in a journal that the next build completes if this one is killed while
moving (InPlaceUpdate). Before anything is replaced the output folder is
checked: never `/`, the home folder, the project root, the content or theme
folders, or a non-empty folder that talkarchive did not write (unless forced).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .. import __version__
from ..core.config import SiteConfig
from ..core.errors import BuildError

MARKER = ".talkarchive-output"
JOURNAL = ".talkarchive-journal.json"  # in an InPlaceUpdate's staging folder once it starts moving files in


def check_output_dir(config: SiteConfig, force: bool = False) -> Path:
    """The output folder, resolved, once it is safe to replace it with the site (raises BuildError if not).

    Never `/` or a folder right below it, the home folder, the project root or a folder holding
    one of them; never a folder overlapping the content, templates or any theme folder (the
    shipped ones included); and a non-empty folder talkarchive did not write only with --force.
    """
    from ..render.themes import SHIPPED_THEMES  # themes imports config; imported here to keep this module light

    out = config.output_dir.resolve()
    where = str(config.config_path or "site.yml")
    root = Path("/").resolve()
    protected = (("the root folder", root), ("your home folder", Path.home().resolve()),
                 ("the project folder", config.root.resolve()))
    for name, folder in protected:
        if out == folder or out in folder.parents:
            what = name if out == folder else f"a folder holding {name} ({folder})"
            raise BuildError(f"refusing to use {out} as the output folder: it is {what}, and would be "
                             "replaced by the site", path=where, hint="set `output_dir` to a folder of its own")
    if out.parent == root and not (out / MARKER).exists():
        raise BuildError(f"refusing to use {out} as the output folder: it is a system folder right below /",
                         path=where, hint="set `output_dir` to a folder of its own")
    for name, folder in (("content", config.content_dir), ("themes", config.themes_dir),
                         ("templates", config.templates_dir), ("shipped themes", SHIPPED_THEMES)):
        folder = folder.resolve()
        if out == folder or folder in out.parents or out in folder.parents:
            raise BuildError(f"the output folder {out} overlaps the {name} folder {folder}",
                             path=where, hint="choose another `output_dir`")
    if out.exists() and not out.is_dir():
        raise BuildError(f"the output path {out} is a file, not a folder", hint="remove it or choose another")
    if out.is_dir() and not force and not (out / MARKER).exists() and any(out.iterdir()):
        raise BuildError(f"the output folder {out} is not empty and was not written by talkarchive",
                         hint="empty it, choose another `output_dir`, or pass --force")
    return out


def inside_output(root: Path, rel: str) -> Path:
    """root/rel, refusing any path that would leave the output folder."""
    target = (root / rel).resolve()
    if root != target and root not in target.parents:
        raise BuildError(f"refusing to write '{rel}': it is outside the output folder")
    return target


@dataclass(frozen=True)
class FileRecord:
    """What the build wrote to one output file: enough to know next time whether it changed."""

    digest: str  # of the bytes written (for a copied asset: its source's size, mtime, ctime and inode)
    size: int
    mtime_ns: int


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _source_digest(st: os.stat_result) -> str:
    """A copied asset's digest: its source's size, mtime, ctime and inode (ctime: `cp -p` keeps the others)."""
    return f"file:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


class FileWriter:
    """Writes output files below a fresh staging folder.

    A file whose bytes are the same as the previous build's (`previous`, from the cache) is
    hard-linked from the old output instead of written again, so it keeps its bytes and
    its mtime and deploy tools see it unchanged. Every path is checked to stay inside `root`.
    """

    def __init__(self, root: Path, previous: dict[str, FileRecord] | None = None, old_root: Path | None = None,
                 *, in_place: bool = False):
        """With `in_place` (InPlaceUpdate), a file the same as the previous build's is not staged at all:
        it stays where it is in the output."""
        self.root = str(root)
        self.previous = previous or {}
        self.old_root = str(old_root) if old_root is not None and old_root.is_dir() else None
        self.in_place = in_place
        self.records: dict[str, FileRecord] = {}
        self.written = self.linked = 0
        self._dirs: set[str] = {self.root}

    def _kept_in_place(self, rel: str, digest: str) -> bool:
        before = self.previous.get(rel)
        if not self.in_place or before is None or before.digest != digest:
            return False
        self.keep(rel)
        return True

    def keep(self, rel: str) -> None:
        """Leave the file `rel` as the previous build wrote it (in place; see engine/invalidation.py)."""
        if not self.in_place or rel not in self.previous:
            raise ValueError(f"'{rel}' cannot be kept: it is not a file of the output updated in place")
        self._target(rel, make_folder=False)  # the same check of the path as for a file written
        self.records[rel] = self.previous[rel]
        self.linked += 1

    def _target(self, rel: str, make_folder: bool = True) -> str:
        target = _inside(self.root, rel)
        folder = os.path.dirname(target)
        if make_folder and folder not in self._dirs:
            if os.path.dirname(folder) in self._dirs:  # the usual case, a page's own folder: one system call
                try:
                    os.mkdir(folder)
                except FileExistsError:  # made by another worker, or a folder of the output already
                    pass
            else:
                os.makedirs(folder, exist_ok=True)
            self._dirs.add(folder)
        return target

    def _link_unchanged(self, rel: str, target: str, digest: str) -> FileRecord | None:
        before = self.previous.get(rel)
        if before is None or before.digest != digest or self.old_root is None:
            return None
        old = os.path.join(self.old_root, rel)
        try:
            st = os.stat(old, follow_symlinks=False)
            if (st.st_size, st.st_mtime_ns) != (before.size, before.mtime_ns) or not stat.S_ISREG(st.st_mode):
                return None  # changed by hand since: write it again
            os.link(old, target)
        except OSError:
            return None
        self.linked += 1
        return before

    def write(self, rel: str, text: str | bytes) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        digest = _digest(data)
        if self._kept_in_place(rel, digest):
            return
        target = self._target(rel)
        record = self._link_unchanged(rel, target, digest)
        if record is None:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                record = FileRecord(digest, len(data), os.fstat(fd).st_mtime_ns)  # after the last write
            finally:
                os.close(fd)
            self.written += 1
        self.records[rel] = record

    def copy(self, rel: str, source: Path) -> None:
        digest = _source_digest(os.stat(source))
        if self._kept_in_place(rel, digest):
            return
        target = self._target(rel)
        record = self._link_unchanged(rel, target, digest)
        if record is None:
            shutil.copyfile(source, target)
            done = os.stat(target)
            record = FileRecord(digest, done.st_size, done.st_mtime_ns)
            self.written += 1
        self.records[rel] = record


class DiscardingWriter:
    """A writer that keeps nothing: `check` renders every page for what rendering finds, and writes none."""

    def __init__(self):
        self.records: dict[str, FileRecord] = {}

    def write(self, rel: str, text: str | bytes) -> None:
        pass


def _inside(root: str, rel: str) -> str:
    """root/rel as a path string, refusing any `rel` that would leave `root`."""
    target = os.path.normpath(os.path.join(root, rel))
    if not target.startswith(root + os.sep) or "\0" in rel:
        raise BuildError(f"refusing to write '{rel}': it is outside the output folder")
    return target


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def recover_interrupted(out: Path) -> None:
    """Tidy up after a build that was killed: put a half-swapped old output back, remove stale staging folders."""
    for sibling in sorted(out.parent.glob(f".{out.name}.*-*")):
        kind, _, pid = sibling.name[len(out.name) + 2:].rpartition("-")
        if kind not in ("staging", "old") or not pid.isdigit():
            continue
        if int(pid) != os.getpid() and _pid_alive(int(pid)):
            continue  # another build of the same site is running
        if kind == "old" and not out.exists() and (sibling / MARKER).exists():
            sibling.rename(out)  # killed between the two renames of the swap
            continue
        journal = sibling / JOURNAL
        if kind == "staging" and journal.is_file() and out.is_dir():
            try:
                moves = json.loads(journal.read_text(encoding="utf-8"))
                _move_in(sibling, out, moves["moves"], moves["deletes"])  # killed while moving: finish it
            except (OSError, ValueError, KeyError, TypeError, BuildError):
                pass  # a journal we cannot read: the next build sees the output changed and stages it whole
        shutil.rmtree(sibling, ignore_errors=True)


class Staging:
    """A new output folder written beside the old one and swapped in only when complete,
    so a build that fails or is killed leaves the previous site exactly as it was."""

    def __init__(self, out: Path):
        self.out = out
        out.parent.mkdir(parents=True, exist_ok=True)
        recover_interrupted(out)
        self.path = out.parent / f".{out.name}.staging-{os.getpid()}"
        self._old = out.parent / f".{out.name}.old-{os.getpid()}"
        self.path.mkdir()
        self.root = self.path.resolve()

    def writer(self, previous: dict[str, FileRecord] | None = None) -> FileWriter:
        return FileWriter(self.root, previous, self.out if previous else None)

    def commit(self, finish: Callable[[Path], None] | None = None, records: dict[str, FileRecord] | None = None
               ) -> None:
        """Mark the staging folder as ours, let `finish` add to it (the search index), swap it in.
        (`records` is for InPlaceUpdate's sake: the staging folder here holds the whole site.)"""
        (self.root / MARKER).write_text(f"written by talkarchive {__version__}\n", encoding="utf-8")
        if finish:
            finish(self.root)
        if self.out.exists():
            self.out.rename(self._old)
        self.path.rename(self.out)
        shutil.rmtree(self._old, ignore_errors=True)

    def abort(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        if self._old.exists() and not self.out.exists():
            self._old.rename(self.out)


def _files_below(root: Path) -> list[str]:
    found = []
    for folder, _, names in os.walk(root):
        rel_folder = os.path.relpath(folder, root)
        found.extend(name if rel_folder == "." else f"{rel_folder}/{name}" for name in names)
    return [rel.replace(os.sep, "/") for rel in found if rel != JOURNAL]


def _move_in(staging: Path, out: Path, moves: list[str], deletes: list[str]) -> None:
    """Move staged files into the output and remove the ones the site no longer has (and emptied folders).
    Safe to run again on what is left: a file already moved is skipped."""
    root, staged = str(out), str(staging)
    for rel in moves:
        source, target = _inside(staged, rel), _inside(root, rel)
        if os.path.lexists(source):
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.replace(source, target)
    for rel in deletes:
        target = _inside(root, rel)
        try:
            os.unlink(target)
        except FileNotFoundError:
            pass
        remove_empty_folders(Path(target).parent, out)


def remove_empty_folders(folder: Path, root: Path) -> None:
    """Remove `folder` and the folders above it that it leaves empty, up to (not including) `root`."""
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


class InPlaceUpdate(Staging):
    """A build after one whose output is still exactly as it left it (cache.output_intact).

    Only new and changed files are staged; unchanged ones are not touched at all. Staging the whole
    site again would cost a folder and a link per page, then removing the old tree: on this
    project's machine at 1,000 notes that was 5-10 s, far more than the pages that changed. The
    moves and removals are written to a journal before the first one, so a build killed while
    moving is finished by the next (recover_interrupted); killed before, the output is as it was.
    Unlike Staging's swap, a reader can see old and new pages side by side while files move in.
    """

    def __init__(self, out: Path, previous: dict[str, FileRecord]):
        super().__init__(out)
        self.previous = previous

    def writer(self, previous: dict[str, FileRecord] | None = None) -> FileWriter:
        return FileWriter(self.root, self.previous, in_place=True)

    def commit(self, finish: Callable[[Path], None] | None = None, records: dict[str, FileRecord] | None = None
               ) -> None:
        """Move what was staged into the output, remove what the site no longer has (`records` is every
        file of the new site), then let `finish` add to the output (the search index)."""
        moves = _files_below(self.root)
        deletes = sorted(set(self.previous) - set(records or {})) if records is not None else []
        temp = self.root / (JOURNAL + ".tmp")
        temp.write_text(json.dumps({"moves": moves, "deletes": deletes}, ensure_ascii=False), encoding="utf-8")
        temp.rename(self.root / JOURNAL)
        _move_in(self.root, self.out, moves, deletes)
        if finish:
            finish(self.out)
        shutil.rmtree(self.path, ignore_errors=True)

    def abort(self) -> None:
        if not (self.root / JOURNAL).exists():  # once moving has started, only finishing it keeps the site whole
            shutil.rmtree(self.path, ignore_errors=True)


def write_site(out: Path, files: dict[str, str], assets: dict[str, Path],
               finish: Callable[[Path], None] | None = None) -> dict[str, FileRecord]:
    """Write pages and copy assets into `out`, atomically. Gives what was written to each file.

    `finish` gets the complete staging folder before it is swapped in (the search indexer uses it).
    """
    stage = Staging(out)
    try:
        writer = stage.writer()
        for rel, text in files.items():
            writer.write(rel, text)
        for rel, source in assets.items():
            if rel not in files:
                writer.copy(rel, source)
        stage.commit(finish)
    except (OSError, BuildError) as exc:
        stage.abort()
        if isinstance(exc, BuildError):
            raise
        raise BuildError(f"cannot write the site: {exc}", path=str(out)) from None
    return writer.records
