"""The test suite's own switches: the `browser` and `slow` markers, and `scripts/test --no-install`."""
from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib


def _collected(*args: str) -> list[str]:
    """Node ids collected (pyproject's addopts has -q: one id a line)."""
    done = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-p", "no:cacheprovider", *args],
                          capture_output=True, text=True, cwd=REPO, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode in (0, 5), done.stdout[-2000:] + done.stderr[-2000:]  # 5: nothing collected
    return [line for line in done.stdout.splitlines() if "::" in line]


def test_markers_are_registered_and_unknown_ones_refused():
    options = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert {m.split(":")[0] for m in options["markers"]} == {"browser", "slow"}
    assert "--strict-markers" in options["addopts"].split()


def test_browser_tests_carry_the_browser_marker_and_slow_tests_the_slow_one():
    marked = _collected("-m", "browser or slow", "tests")
    assert "tests/test_serve_rebuild_equals_clean_build.py::TestIncrementalMatchesCleanBuild::runTest" in marked  # ~30 s
    assert len([t for t in marked if t.startswith("tests/browser/")]) > 20
    assert _collected("-m", "not browser", "tests/browser") == []
    assert _collected("-m", "browser", "tests/test_serve_rebuild_equals_clean_build.py", "tests/test_themes.py") == []


def test_no_install_skips_pip_apt_and_npm_and_passes_the_rest_to_pytest(tmp_path):
    calls = tmp_path / "calls"
    stub = tmp_path / "python"  # stands in for Python: records how it is called
    stub.write_text(f'#!/bin/sh\necho "$@" >> {calls}\n')
    stub.chmod(0o755)
    done = subprocess.run(["bash", str(REPO / "scripts/test"), "-m", "not slow", "--no-install", "-k", "x"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHON": str(stub), "PATH": f"{tmp_path}:{os.environ['PATH']}"})
    assert done.returncode == 0, done.stderr
    assert calls.read_text().splitlines() == ["-m pytest -m not slow -k x"]
    assert "--no-install" in done.stdout and "installing" not in done.stdout


def test_the_plain_command_still_installs_everything():
    """CI runs `bash scripts/test`: without --no-install it installs the package, Chromium and the npm tools."""
    script = (REPO / "scripts/test").read_text(encoding="utf-8")
    install = script.split('if [ "$INSTALL" = 1 ]; then', 1)[1].split("\nelse\n", 1)[0]
    for step in ('-m pip install', "apt-get install", "npm install"):
        assert step in install, step
    assert (REPO / ".ci/run").read_text(encoding="utf-8").strip().endswith("bash scripts/test")
