"""Watching the site for saves, with watchdog, debounced into one rebuild per burst.

Every kind of save an editor makes arrives as some mix of created, modified, deleted and moved
events (an atomic save is "write a temp file, move it over the note"); all of them, for files and
folders, are collected as paths. Editor swap, backup and temp files are ignored. A burst of events
ends when the folder has been quiet for `quiet` seconds (or after `longest` at most), and then
`on_change` gets every path the burst touched, once.
"""
from __future__ import annotations

import os
import re
import threading
import time
from pathlib import Path
from typing import Callable, Iterable

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

# vim (.swp, .swx, 4913), emacs (#x#, .#x), JetBrains (___jb_tmp___), backups (~, .bak), partial downloads
_IGNORED = re.compile(r"(^\.#|^#.*#$|~$|\.sw[a-px]$|^4913$|___jb_(tmp|old)___$|\.(tmp|temp|bak|part|crdownload)$"
                      r"|^\.DS_Store$|\.tmp-\d+$)", re.IGNORECASE)


def ignored(path: str | Path) -> bool:
    """An editor's scratch file, or anything inside a hidden folder such as .git."""
    p = Path(path)
    if _IGNORED.search(p.name):
        return True
    return any(part.startswith(".") and part not in (".", "..") for part in p.parts if part != p.anchor)


class _Collector(FileSystemEventHandler):
    def __init__(self, watcher: "Watcher"):
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if event.is_directory and event.event_type == "modified":
            return  # a folder "changes" whenever a file in it does; the file's own event says which
        paths = [event.src_path, getattr(event, "dest_path", "") or ""]
        for raw in paths:
            if raw:
                # not resolved: an emacs lock `.#note.md` is a symlink to `user@host`, judged by its own name
                path = Path(os.path.abspath(raw if isinstance(raw, str) else raw.decode()))
                if self.watcher.wanted(path):
                    self.watcher.add(path)


class Watcher:
    """Watches folders (recursively) and single files; calls `on_change(paths)` once per burst."""

    def __init__(self, folders: Iterable[Path], files: Iterable[Path], on_change: Callable[[set[Path]], None], *,
                 quiet: float = 0.1, longest: float = 1.0):
        self.folders = [Path(f).resolve() for f in folders if Path(f).is_dir()]
        self.files = {Path(f).resolve() for f in files}
        self.on_change = on_change
        self.quiet, self.longest = quiet, longest
        self._pending: set[Path] = set()
        self._first = self._last = 0.0
        self._lock = threading.Condition()
        self._stopped = False
        self._observer = Observer()
        self._thread = threading.Thread(target=self._run, name="talkarchive-debounce", daemon=True)

    def wanted(self, path: Path) -> bool:
        if path in self.files:
            return True
        folder = next((f for f in self.folders if path == f or f in path.parents), None)
        return folder is not None and not ignored(path.relative_to(folder))

    def add(self, path: Path) -> None:
        with self._lock:
            now = time.monotonic()
            if not self._pending:
                self._first = now
            self._pending.add(path)
            self._last = now
            self._lock.notify()

    def start(self) -> None:
        handler = _Collector(self)
        for folder in self.folders:
            self._observer.schedule(handler, str(folder), recursive=True)
        for folder in {f.parent for f in self.files} - set(self.folders):
            if folder.is_dir():
                self._observer.schedule(handler, str(folder), recursive=False)
        self._observer.start()
        self._thread.start()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._lock.notify()
        self._observer.stop()
        self._observer.join(timeout=5)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._pending and not self._stopped:
                    self._lock.wait()
                if self._stopped:
                    return
                now = time.monotonic()
                due = min(self._last + self.quiet, self._first + self.longest)
                if now < due:
                    self._lock.wait(due - now)
                    continue
                batch, self._pending = self._pending, set()
            self.on_change(batch)
