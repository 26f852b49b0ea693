"""Every error class talkarchive reports to its user is declared in generator/core/errors.py."""
from __future__ import annotations

import importlib
import pickle
import pkgutil

import generator
from generator.core import errors


def _all_subclasses(cls) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _all_subclasses(sub)
    return found


def test_every_generator_error_class_lives_in_errors_py():
    for module in pkgutil.walk_packages(generator.__path__, "generator."):
        if module.name not in ("generator.__main__",):
            importlib.import_module(module.name)
    classes = _all_subclasses(errors.GeneratorError)
    assert {"ConfigError", "ThemeError", "PublishError", "StrictBuildFailed"} <= {c.__name__ for c in classes}
    assert {c.__qualname__: c.__module__ for c in classes if c.__module__ != "generator.core.errors"} == {}


def test_old_import_places_still_give_the_same_classes():
    from generator.engine.build import StrictBuildFailed
    from generator.commands.publish import PublishError

    assert StrictBuildFailed is errors.StrictBuildFailed and PublishError is errors.PublishError


def test_strict_build_failed_carries_its_problems():
    from generator.core.model import Diagnostic

    found = [Diagnostic("warning", "a", "x.md", 3), Diagnostic("error", "b", "y.md", None)]
    error = errors.StrictBuildFailed(found)
    assert error.diagnostics == tuple(found) and "2 problem(s)" in str(error)
    restored = pickle.loads(pickle.dumps(errors.PublishError("no remote", path="repo", hint="add one")))
    assert (type(restored), str(restored)) == (errors.PublishError, "repo: no remote (add one)")
