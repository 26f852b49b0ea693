"""`talkarchive serve`: build, serve, watch, rebuild what changed, reload the pages it changed.

serve is a watcher around the one build engine (build.build): a LiveSite holds the build state in
memory and passes the engine the paths that changed. Three threads: the HTTP server (one more per
request), the watcher's debounce thread, which runs each rebuild, and an idle thread that, once saves
settle after a rebuild, re-indexes with Pagefind and then saves the build state in
`.talkarchive-cache/` as `build` does, so a `talkarchive build` after the session finds nothing
changed (a reload never waits for either). A rebuild that fails keeps the previous output and shows
its error in every open page; the next good rebuild clears it.
"""
from __future__ import annotations

import errno
import sys
import threading
import time
import webbrowser
from pathlib import Path
from typing import Callable, Iterable, TextIO
from urllib.parse import quote

from ..engine.build import BuildResult, build
from ..engine.state import BuildState
from ..core.config import SiteConfig
from ..core.errors import GeneratorError
from ..core.model import Diagnostic
from ..outputs.pagefind import index_site
from .http_server import Broadcaster, make_server
from .watcher import Watcher

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def page_url(base_path: str, output_file: str) -> str | None:
    """The URL path a browser shows for an output file ('events/x/index.html' -> '/base/events/x/')."""
    if not output_file.endswith(".html"):
        return None
    path = output_file[: -len("index.html")] if output_file.endswith("index.html") else output_file
    return base_path + quote(path, safe="/")


def _problem(d: Diagnostic) -> dict:
    return {"file": d.path, "line": d.line, "message": d.message}


class LiveSite:
    """A site built again and again as it changes: the build state kept in memory between builds.

    `load_config` gives a fresh (config, warnings) pair; it is called again when site.yml changes.
    Not thread-safe: one rebuild at a time.
    """

    def __init__(self, load_config: Callable[[], tuple[SiteConfig, list[Diagnostic]]], *, force: bool = False,
                 keep_last_good: bool = False):
        self.load_config = load_config
        self._force = force
        self._keep_last_good = keep_last_good  # serve: a note broken mid-edit keeps its pages until fixed
        self.config: SiteConfig | None = None
        self._config_warnings: tuple[Diagnostic, ...] = ()
        self.state: BuildState | None = None

    def watched_roots(self) -> dict[str, Path]:
        """Folders (and the config file) whose changes matter, by kind."""
        assert self.config is not None
        return {"content": self.config.content_dir, "themes": self.config.themes_dir,
                "templates": self.config.templates_dir,
                # site.yml, also when the site started without one (creating it later is a change too)
                "config": self.config.config_path or self.config.root / "site.yml"}

    def rebuild(self, changed: Iterable[Path] | None = None) -> BuildResult:
        """Bring the output up to date after `changed` paths changed (everything when first called)."""
        changed = None if changed is None else [Path(p) for p in changed]
        config_file = self.watched_roots()["config"].resolve() if self.config is not None else None
        if self.config is None or changed is None or any(Path(p).resolve() == config_file for p in changed):
            config, warnings = self.load_config()
            self.config, self._config_warnings = config, tuple(warnings)
        first = self.state is None
        if first:
            from ..engine.state import load_state
            from ..render.themes import load_theme

            self.state = load_state(self.config, load_theme(self.config))
        return build(self.config, self.state, None if first else changed, force=self._force,
                     config_warnings=self._config_warnings, search=False, keep_last_good=self._keep_last_good)

    def record(self, search_diagnostics: tuple[Diagnostic, ...] = ()) -> bool:
        """Save the build state in `.talkarchive-cache/` as `build` saves it, so the next `talkarchive
        build` of the same content changes nothing. Call it when the output is as the last rebuild (and
        the search indexer, whose warnings are `search_diagnostics`) left it. False when there is nothing
        to save (no rebuild yet, or a note shows its last good pages)."""
        if self.state is None:
            return False
        return self.state.save(self.config.output_dir.resolve(), search_diagnostics)


class Preview:
    """The serve loop, apart from the command line, so tests can drive it."""

    def __init__(self, load_config: Callable[[], tuple[SiteConfig, list[Diagnostic]]], *, host: str = "127.0.0.1",
                 port: int = 8000, search: bool = True, out: TextIO | None = None, force: bool = False):
        self.site = LiveSite(load_config, force=force, keep_last_good=True)
        self.host, self.port, self.search = host, port, search
        self.out = out or sys.stderr
        self.broadcaster = Broadcaster()
        self.server = None
        self.watcher: Watcher | None = None
        self.rebuilds = 0
        self._built = 0  # builds done, the first included
        self._recorded = 0  # the build (numbered as _built) last recorded in the build cache
        self._search_wanted = threading.Event()  # a build was done: index it (when searching) and record it
        self._index_stale = False  # the output changed since Pagefind last indexed it
        self._search_found: tuple[Diagnostic, ...] = ()  # what Pagefind's last run reported
        self._stopping = threading.Event()
        self._search_thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def say(self, line: str) -> None:
        print(line, file=self.out, flush=True)

    # -- start and stop -------------------------------------------------------------------------

    def start(self) -> str:
        """Build, bind, start watching. Gives the URL to open. Raises GeneratorError with a clear message."""
        config, _ = self.site.load_config()  # bind first: a busy port must not cost the output a build
        try:
            self.server = make_server(self.host, self.port, config.output_dir, config.base_path, self.broadcaster)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise GeneratorError(f"port {self.port} on {self.host} is already in use",
                                     hint=f"stop the other server or choose another port: --port {self.port + 1}") from None
            raise GeneratorError(f"cannot listen on {self.host}:{self.port}: {exc.strerror or exc}",
                                 hint="check --host and --port") from None
        self.port = self.server.server_address[1]
        try:
            result = self.site.rebuild()
        except BaseException:
            self.server.server_close()
            raise
        config = self.site.config
        self._report(result, "first build")
        if self.host not in LOOPBACK:
            self.say(f"warning: serving on {self.host}, so other machines on the network can read the preview; "
                     f"use --host 127.0.0.1 to keep it on this machine")
        threading.Thread(target=self.server.serve_forever, name="talkarchive-http", daemon=True).start()
        self._start_watching()
        self._search_thread = threading.Thread(target=self._idle_loop, name="talkarchive-idle", daemon=True)
        self._search_thread.start()
        self._search_wanted.set()
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{config.base_path}"

    def _start_watching(self) -> None:
        roots = self.site.watched_roots()
        folders = [roots[k] for k in ("content", "themes", "templates") if Path(roots[k]).is_dir()]
        files = [roots["config"]] if "config" in roots else []
        self.watcher = Watcher(folders, files, self.on_change)
        self.watcher.start()

    def stop(self) -> None:
        self._stopping.set()
        self._search_wanted.set()
        if self.watcher:
            self.watcher.stop()
        self.broadcaster.close()
        if self.server:
            self.server.shutdown()
            self.server.server_close()
        if self._search_thread:
            self._search_thread.join(timeout=5)  # a daemon thread: a long Pagefind run does not hold Ctrl-C
        if not self._searching():
            self.record()  # without search nothing waits: the last build is recorded as it is

    def _searching(self) -> bool:
        return self.search and self.site.config is not None and self.site.config.search

    def record(self, search_diagnostics: tuple[Diagnostic, ...] = (), built: int | None = None) -> bool:
        """Record the last build in the build cache (LiveSite.record), unless another build came after
        `built` (then its own turn of the idle loop records it). True when recorded."""
        with self._lock:
            if built is not None and built != self._built or self._recorded == self._built:
                return False
            recorded = self.site.record(search_diagnostics)
            if recorded:
                self._recorded = self._built
            return recorded

    # -- rebuilding -----------------------------------------------------------------------------

    def on_change(self, paths: set[Path]) -> None:
        """Called by the watcher with every path a burst of saves touched."""
        with self._lock:
            started = time.perf_counter()
            try:
                result = self.site.rebuild(paths)
            except GeneratorError as exc:
                self.broadcaster.send("problems", {"problems": [{"file": exc.path, "line": exc.line,
                                                                 "message": exc.message + (f" ({exc.hint})" if exc.hint else "")}]},
                                      standing=True)
                self.say(f"rebuild failed: {exc}")
                return
            except Exception as exc:  # the preview must survive anything a note or template does
                self.broadcaster.send("problems", {"problems": [{"file": None, "line": None,
                                                                 "message": f"internal error: {type(exc).__name__}: {exc}"}]},
                                      standing=True)
                self.say(f"rebuild failed with an internal error (please report it): {type(exc).__name__}: {exc}")
                return
            self.rebuilds += 1
            self._report(result, _describe(paths, self.site.config), started)

    def _report(self, result: BuildResult, what: str, started: float | None = None) -> None:
        base = self.site.config.base_path
        pages = sorted({u for u in (page_url(base, f) for f in result.written + result.deleted) if u})
        errors = result.error_diagnostics
        if errors:
            self.broadcaster.send("problems", {"problems": [_problem(d) for d in errors]}, standing=True)
        else:
            self.broadcaster.send("ok", {})
        if pages or result.full:
            self.broadcaster.send("reload", {"pages": pages, "all": result.full})
        ms = (time.perf_counter() - started) * 1000 if started else result.seconds * 1000
        problems = f", {len(errors)} error(s)" if errors else ""
        warnings = result.warnings
        self.say(f"{what}: {len(result.written)} files written, {len(result.deleted)} removed, "
                 f"{result.notes_read} notes read{problems}{f', {warnings} warnings' if warnings else ''}, {ms:.0f} ms")
        for d in errors:
            self.say(f"  {d}")
        self._built += 1
        if result.written or result.deleted or result.full:
            self._index_stale = True
        self._search_wanted.set()

    def _idle_loop(self) -> None:
        """After the output changed and saves settled: index it for search (when on), then record the build."""
        while not self._stopping.is_set():
            self._search_wanted.wait()
            if self._stopping.is_set():
                return
            if self._stopping.wait(0.5):  # let a burst of saves settle first
                return  # stop() records what is left to record
            self._search_wanted.clear()
            built = self._built
            if self._searching() and self._index_stale:
                self._index_stale = False
                config = self.site.config
                result = index_site(config.output_dir, config.language)
                self._search_found = result.diagnostics
                if result.diagnostics:
                    self.say(f"search index not updated: {result.diagnostics[0].message}")
            self.record(self._search_found if self._searching() else (), built)


def _describe(paths: set[Path], config: SiteConfig) -> str:
    names = []
    files = [p for p in paths if not p.is_dir()] or list(paths)  # a folder's own event says little
    for p in sorted(files):
        try:
            names.append(p.resolve().relative_to(config.root).as_posix())
        except ValueError:
            names.append(str(p))
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return f"changed {shown}"


def run(preview: Preview, open_browser: bool = False) -> int:
    url = preview.start()
    preview.say(f"serving {url} (Ctrl-C to stop)")
    if open_browser:
        webbrowser.open(url)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        preview.say("stopping")
    finally:
        preview.stop()
    return 0
