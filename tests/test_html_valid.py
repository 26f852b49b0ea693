"""Every page of the built sample site is valid HTML for the Nu Html Checker (vnu-jar)."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from generator.engine.build import build
from generator.core.config import load_config
from tests.conftest import REPO

VNU = REPO / "tools/node_modules/vnu-jar/build/dist/vnu.jar"


@pytest.mark.skipif(not VNU.is_file() or shutil.which("java") is None,
                    reason="needs Java and the Nu Html Checker (scripts/test installs it with npm)")
def test_sample_site_is_valid_html(tmp_path):
    config, _ = load_config(REPO / "site.yml", overrides={"output_dir": str(tmp_path / "out")})
    build(config)
    pages = sorted(str(p) for p in (tmp_path / "out").rglob("*.html"))
    proc = subprocess.run(["java", "-jar", str(VNU), "--format", "json", "--also-check-css", *pages,
                           str(tmp_path / "out/static/style.css")], capture_output=True, text=True, timeout=300)
    messages = json.loads(proc.stderr or '{"messages": []}')["messages"]
    problems = [f"{m.get('url', '').rsplit('/out/', 1)[-1]}:{m.get('lastLine')}: {m.get('type')}: {m.get('message')}"
                for m in messages if m.get("type") == "error" or m.get("subType") == "warning"]
    assert problems == []
