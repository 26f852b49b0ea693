"""Errors the CLI turns into one clear message and exit code 1: every error class talkarchive
raises to its user is declared here.

Every error names where the problem is (a file, and a line when known)
and, where there is one, what to do about it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Diagnostic


class GeneratorError(Exception):
    """Base of every error talkarchive reports to the user."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint

    def __reduce__(self):
        """Pickle by fields, so an error raised in a build worker reaches the parent whole."""
        return _restore_error, (type(self), self.message, self.path, self.line, self.hint)

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


def _restore_error(cls, message, path, line, hint):
    error = cls.__new__(cls)
    GeneratorError.__init__(error, message, path=path, line=line, hint=hint)
    return error


class ConfigError(GeneratorError):
    """site.yml is unreadable or a key has the wrong type."""


class ConfigErrors(ConfigError):
    """Several wrong keys in site.yml, reported together so one run shows them all.

    Behaves as the first error (path, line, message); str() gives every error, one per line,
    each line after the first starting with `error: ` as the CLI prints the first.
    """

    def __init__(self, errors: list[ConfigError]):
        first = errors[0]
        super().__init__(first.message, path=first.path, line=first.line, hint=first.hint)
        self.errors = tuple(errors)

    def __str__(self) -> str:
        return "\nerror: ".join(GeneratorError.__str__(e) for e in self.errors)


class ContentError(GeneratorError):
    """A note cannot be read or parsed."""


class ThemeError(GeneratorError):
    """A theme is missing, or one of its templates is missing or broken."""


class BuildError(GeneratorError):
    """The build cannot go on (output folder unusable, a write failed)."""


class StrictBuildFailed(GeneratorError):
    """`build --strict` found warnings or errors; nothing was written. Carries them all."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = tuple(diagnostics)
        super().__init__(f"--strict: {len(diagnostics)} problem(s) found; nothing was written",
                         hint="fix them, or build without --strict")


class PublishError(GeneratorError):
    """Publishing cannot go on (no repository, no remote, a failed git command)."""
