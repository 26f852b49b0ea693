"""build(): the stages in order, gathering everything before anything is written.

read -> normalize -> index -> render -> write. A note that cannot be read is
reported with its file and line and left out; the rest of the site builds.
"""
from __future__ import annotations

import time
from pathlib import Path
from dataclasses import dataclass
from typing import Callable

from .config import SiteConfig
from .errors import BuildError, ContentError, GeneratorError
from .index import build_index
from .model import Diagnostic, NormalizedNote
from .normalize import normalize
from .render import render_site
from .search import SearchResult, index_site
from .sources import iter_note_files, read_note
from .themes import load_theme
from .write import check_output_dir, write_site


@dataclass(frozen=True)
class BuildResult:
    notes: int
    events: int
    talks: int
    pages: int
    files: int
    diagnostics: tuple[Diagnostic, ...]
    seconds: float
    search_seconds: float | None = None  # None when search was off; part of `seconds`

    @property
    def warnings(self) -> int:
        return sum(1 for d in self.diagnostics if d.level == "warning")

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.level == "error")

    def summary(self, out: str) -> str:
        search = f" (search index {self.search_seconds:.2f} s)" if self.search_seconds is not None else ""
        return (f"{self.notes} notes, {self.events} events, {self.talks} talks, {self.pages} pages written to {out}, "
                f"{self.warnings} warnings, {self.errors} errors, {self.seconds:.2f} s{search}")


def require_content_dir(config: SiteConfig) -> None:
    if not config.content_dir.is_dir():
        raise BuildError(f"content folder {config.content_dir} does not exist",
                         path=str(config.config_path or "site.yml"),
                         hint="create it, set `content_dir`, or pass --content DIR")


def read_and_normalize(config: SiteConfig) -> tuple[list[NormalizedNote], list[Diagnostic]]:
    """Every note in the content folder, normalized; unreadable ones become error diagnostics."""
    require_content_dir(config)
    results: list[NormalizedNote] = []
    diags: list[Diagnostic] = []
    for path, rel in iter_note_files(config.content_dir):
        result = normalize_file(path, rel, config.content_dir)
        if isinstance(result, Diagnostic):
            diags.append(result)
        else:
            results.append(result)
            diags.extend(result.diagnostics)
    return results, diags


def normalize_file(path, display: str, content_dir=None) -> NormalizedNote | Diagnostic:
    """One note, normalized; never raises. A link to a file outside `content_dir` is not followed."""
    if content_dir is not None:
        root, target = Path(content_dir).resolve(), Path(path).resolve()
        if root not in target.parents:
            return Diagnostic(
                "error", f"is a link to a file outside the content folder ({target}); it is not read "
                "(copy the file into the content folder instead)", display)
    try:
        return normalize(read_note(path, display))
    except ContentError as exc:
        return Diagnostic("error", exc.message + (f" ({exc.hint})" if exc.hint else ""), exc.path, exc.line)
    except RecursionError:
        return Diagnostic("error", "the note is nested too deeply to read", display)
    except Exception as exc:  # a bug of ours must not stop the rest of the site
        return Diagnostic("error", f"could not be read (an internal error, please report it): "
                          f"{type(exc).__name__}: {exc}", display)


def build(config: SiteConfig, *, strict: bool = False, force: bool = False,
          progress: Callable[[str], None] | None = None, config_warnings: tuple[Diagnostic, ...] = ()) -> BuildResult:
    """Build the site. `config_warnings` (from loading site.yml) count like any other warning."""
    started = time.perf_counter()
    say = progress or (lambda message: None)
    out = check_output_dir(config, force)
    theme = load_theme(config)

    say(f"reading notes in {config.content_dir}")
    normalized, diags = read_and_normalize(config)
    diags[:0] = config_warnings
    say(f"indexing {len(normalized)} events")
    index = build_index([n.event for n in normalized], config.aliases)
    diags.extend(index.diagnostics)
    say("rendering pages")
    rendered = render_site(config, index, theme)
    diags.extend(rendered.diagnostics)
    if strict and diags:
        raise StrictBuildFailed(diags)
    say(f"writing {rendered.pages} pages and {len(rendered.files) - rendered.pages} data files to {out}")
    searched: list[SearchResult] = []

    def index_for_search(staging):
        say(f"indexing {len(rendered.search_pages)} pages for search (Pagefind)")
        searched.append(index_site(staging, config.language))

    files = write_site(out, rendered.files, rendered.assets, finish=index_for_search if config.search else None)
    for result in searched:
        diags.extend(result.diagnostics)
    return BuildResult(
        notes=len(normalized) + sum(1 for d in diags if d.level == "error" and d.path),
        events=len(index.events), talks=index.talk_count, pages=rendered.pages, files=files,
        diagnostics=tuple(diags), seconds=time.perf_counter() - started,
        search_seconds=searched[0].seconds if searched else None)


class StrictBuildFailed(GeneratorError):
    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = tuple(diagnostics)
        super().__init__(f"--strict: {len(diagnostics)} problem(s) found; nothing was written",
                         hint="fix them, or build without --strict")
