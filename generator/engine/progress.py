"""A one-line progress bar on stderr, shown only for builds that take more than a second.

Nothing is drawn when the stream is not a terminal (CI logs stay clean) or with --quiet.
"""
from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO


class ProgressBar:
    def __init__(self, stream: TextIO | None = None, *, delay: float = 1.0, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.enabled = enabled
        self.started = time.monotonic()
        self.delay = delay
        self.label, self.total, self.done = "", 0, 0
        self._drawn_at = 0.0
        self._visible = False

    def stage(self, label: str, total: int) -> None:
        self.label, self.total, self.done = label, total, 0
        self._draw()

    def advance(self, count: int = 1) -> None:
        self.done += count
        self._draw()

    def line(self) -> str:
        width = max(10, min(40, shutil.get_terminal_size((80, 20)).columns - 40))
        filled = width * self.done // self.total if self.total else width
        return f"{self.label:<10} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}"

    def _draw(self) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.started < self.delay:
            return
        if self._visible and now - self._drawn_at < 0.1 and self.done < self.total:
            return
        self.stream.write("\r\033[K" + self.line())
        self.stream.flush()
        self._drawn_at, self._visible = now, True

    def close(self) -> None:
        """Erase the bar, so the summary line takes its place."""
        if self._visible:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._visible = False
