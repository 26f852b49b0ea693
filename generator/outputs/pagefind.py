"""Search: Pagefind indexes the finished site, before it is swapped into place.

Pagefind (`pagefind[extended]` from PyPI ships the binary; the extended build
segments Japanese) reads the written HTML. Only talk and event pages carry
`data-pagefind-body`, so only they are indexed, and navigation inside them is
marked `data-pagefind-ignore`. Indexing is the slowest step of a build, so it
is timed on its own; `search: false` or `build --no-search` skips it. When
Pagefind is missing or fails, the site still builds and the build warns.
"""
from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from ..core.model import Diagnostic

BUNDLE = "pagefind"  # the folder under the output that holds the index and the search UI


@dataclass(frozen=True)
class SearchResult:
    seconds: float
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.diagnostics


def pagefind_executable() -> Path | None:
    try:
        from pagefind.service import get_executable
    except ImportError:
        return None
    found = get_executable()
    return found if found and Path(found).exists() else None


def index_site(site: Path, language: str, timeout: float = 600) -> SearchResult:
    """Write the Pagefind bundle into `site/pagefind/`. Never raises: problems become warnings."""
    started = time.perf_counter()
    executable = pagefind_executable()
    if executable is None:
        return SearchResult(0.0, (Diagnostic(
            "warning", "search is not built: Pagefind is not installed "
            "(pip install 'pagefind[extended]', or set `search: false`)"),))
    command = [str(executable), "--site", str(site), "--output-subdir", BUNDLE, "--silent"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return SearchResult(time.perf_counter() - started, (Diagnostic(
            "warning", f"search is not built: Pagefind failed to run: {exc}"),))
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        return SearchResult(time.perf_counter() - started, (Diagnostic(
            "warning", f"search is not built: Pagefind exited with {done.returncode}: {' '.join(detail)}"),))
    return SearchResult(time.perf_counter() - started)
