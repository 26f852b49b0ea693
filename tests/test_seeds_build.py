"""The real notes in ../shared/seeds build into a site with one talk page per expected talk."""
from __future__ import annotations

import json

import pytest

from generator.engine.build import build
from generator.core.config import load_config
from tests.conftest import SEEDS
from tests.linkcheck import broken_links

pytestmark = pytest.mark.skipif(not (SEEDS / "expected").is_dir(),
                                reason="../shared/seeds is not beside the repository (CI provides it)")


def test_seed_notes_give_one_talk_page_per_expected_talk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a site of its own: its URL map and cache go here, not into the repository
    config, _ = load_config(None, overrides={"content_dir": str(SEEDS), "output_dir": str(tmp_path / "out")})
    result = build(config)
    assert result.errors == 0, [str(d) for d in result.diagnostics]
    expected = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SEEDS / "expected").glob("*.json"))]
    assert result.events == len(expected)
    assert result.talks == sum(len(e["talks"]) for e in expected)
    talk_pages = list((tmp_path / "out/events").glob("*/*/index.html"))
    assert len(talk_pages) == result.talks
    assert broken_links(tmp_path / "out", config.base_path) == []
