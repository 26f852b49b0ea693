"""Shared fixtures: `make_site(files)` builds a temporary site from a dict."""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.engine.build import BuildResult, build
from generator.core.config import load_config

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@dataclass
class Site:
    root: Path
    config_path: Path

    @property
    def out(self) -> Path:
        return self.root / "output"

    def build(self, **kwargs) -> BuildResult:
        config, _ = load_config(self.config_path)
        return build(config, **kwargs)

    def read(self, rel: str) -> str:
        return (self.out / rel).read_text(encoding="utf-8")

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path


@pytest.fixture
def make_site(tmp_path):
    """make_site({"content/a.md": "...", "site.yml": "..."}) -> Site in a temporary folder.

    Text values are dedented; bytes are written as they are. Without a site.yml,
    one with `title: Test` is written, so builds never read the repository's own.
    """

    def make(files: dict[str, str | bytes], config: str | None = None) -> Site:
        root = tmp_path / "site"
        root.mkdir(exist_ok=True)
        site = Site(root, root / "site.yml")
        if "site.yml" not in files:
            site.write("site.yml", config or "title: Test\nlanguage: en\nsearch: false\n")
        for rel, text in files.items():
            site.write(rel, text)
        (root / "content").mkdir(exist_ok=True)
        return site

    return make
