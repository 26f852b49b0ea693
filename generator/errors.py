"""Errors the CLI turns into one clear message and exit code 1.

Every error names where the problem is (a file, and a line when known)
and, where there is one, what to do about it.
"""
from __future__ import annotations


class GeneratorError(Exception):
    """Base of every error talkarchive reports to the user."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint

    def location(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def __str__(self) -> str:
        where = self.location()
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class ConfigError(GeneratorError):
    """site.yml is unreadable or a key has the wrong type."""


class ContentError(GeneratorError):
    """A note cannot be read or parsed."""


class ThemeError(GeneratorError):
    """A theme is missing, or one of its templates is missing or broken."""


class BuildError(GeneratorError):
    """The build cannot go on (output folder unusable, a write failed)."""
