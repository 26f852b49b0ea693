"""The golden site's output is byte-identical to tests/golden/expected.

After an intended change of output, run `bash scripts/regen-golden` and review the diff.
"""
from __future__ import annotations

from generator.engine.build import build
from generator.core.config import load_config
from tests.conftest import REPO

GOLDEN = REPO / "tests/golden"


def _tree(root):
    """Generated files (theme static files are plain copies and are left out)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and p.name != ".talkarchive-output" and p.relative_to(root).parts[0] != "static"}


def test_golden_site_output_is_unchanged(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    config, _ = load_config(GOLDEN / "site/site.yml", overrides={"output_dir": str(tmp_path / "out")})
    build(config)
    expected, actual = _tree(GOLDEN / "expected"), _tree(tmp_path / "out")
    assert sorted(actual) == sorted(expected)
    changed = [name for name in expected if expected[name] != actual[name]]
    assert changed == [], f"output changed for {changed}; if intended, run scripts/regen-golden"


def test_two_builds_are_byte_identical(tmp_path):
    config_a, _ = load_config(GOLDEN / "site/site.yml", overrides={"output_dir": str(tmp_path / "a")})
    config_b, _ = load_config(GOLDEN / "site/site.yml", overrides={"output_dir": str(tmp_path / "b")})
    build(config_a)
    build(config_b)
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")


def test_two_builds_with_search_differ_only_in_pagefind_filters(tmp_path):
    """Pagefind's index files are not byte-stable between runs (filter order varies, and the hashed
    file names with it); its UI files and everything talkarchive writes are."""
    trees = []
    for name in ("a", "b"):
        config, _ = load_config(GOLDEN / "site/site.yml", overrides={"output_dir": str(tmp_path / name),
                                                                      "search": True})
        result = build(config)
        assert result.search_seconds is not None and not result.diagnostics
        trees.append({k: v for k, v in _tree(tmp_path / name).items()
                      if not k.startswith("pagefind/") or k.startswith("pagefind/pagefind-ui.")})
    assert "pagefind/pagefind-ui.js" in trees[0]
    assert trees[0] == trees[1]
