"""The README's organizer walkthrough, run as written: init -> new (filled in) -> check -> serve -> publish."""
from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import textwrap
import urllib.request
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## An organizer's walkthrough", 1)[1].split("\n## ", 1)[0]
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test Author", "GIT_AUTHOR_EMAIL": "author@example.org",
    "GIT_COMMITTER_NAME": "Test Committer", "GIT_COMMITTER_EMAIL": "committer@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_TERMINAL_PROMPT": "0",
}


def _block(kind: str) -> str:
    found = re.search(rf"^( *)```{kind}\n(.*?)^\1```", SECTION, flags=re.S | re.M)
    assert found, kind
    return textwrap.dedent(found.group(2))


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, **GIT_ENV})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_walkthrough_runs_as_written(tmp_path, monkeypatch, capsys):
    import generator.preview.serve as serve

    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    commands = [shlex.split(line) for line in _block("sh").splitlines() if line.strip()]
    assert [c[:2] for c in commands] == [["talkarchive", "init"], ["cd", "my-archive"], ["talkarchive", "new"],
                                         ["talkarchive", "check"], ["talkarchive", "serve"],
                                         ["talkarchive", "publish"], ["talkarchive", "publish"]]
    served = {}

    def serve_once(preview, open_browser=False):
        preview.port = 0
        url = preview.start()
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                served["home"] = response.read().decode("utf-8")
        finally:
            preview.stop()
        return 0

    monkeypatch.setattr(serve, "run", serve_once)
    cwd = tmp_path
    for command in commands:
        if command[0] == "cd":
            cwd = cwd / command[1]
            continue
        if command[1] == "publish" and not (cwd / ".git").exists():  # step 5: the site in a git repository
            remote = tmp_path / "remote.git"
            git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(remote))
            git(cwd, "init", "--quiet", "-b", "main")
            git(cwd, "add", "-A")
            git(cwd, "commit", "--quiet", "-m", "first notes")
            git(cwd, "remote", "add", "origin", str(remote))
        monkeypatch.chdir(cwd)
        code = main(command[1:] + (["--no-search"] if command[1] == "serve" else []))
        out, err = capsys.readouterr()
        assert code == 0, (command, out, err)
        if command[1] == "init":
            assert "港町 Python アーカイブ" in (cwd / "my-archive" / "site.yml").read_text(encoding="utf-8")
        if command[1] == "new":
            path = out.strip()
            assert f"`{path}`" in SECTION  # the path the walkthrough shows
            note = cwd / path
            assert "draft: true" in note.read_text(encoding="utf-8")
            note.write_text(_block("markdown"), encoding="utf-8")  # filled in as the walkthrough shows
            assert main(["inspect", "--json", path]) == 0
            [record] = json.loads(capsys.readouterr().out)
            assert [(t["title"], t["kind"], [s["name"] for s in t["speakers"]]) for t in record["talks"]] == [
                ("型ヒントを段階的に導入した話", "talk", ["木下 遥"]),
                ("CLI ツールを配布して学んだこと", "lightning", ["高橋 翔"])]
        if command[1] == "check":
            assert out.splitlines()[-1].startswith("2 notes checked (1 drafts left out; check --drafts checks them), "
                                                   "2 talks, 0 errors, 0 warnings"), out
        if command[1] == "serve":
            assert "港町 Python 勉強会 #9" in served["home"]
    published = git(tmp_path / "remote.git", "-c", "core.quotePath=false", "ls-tree", "-r", "--name-only",
                    "gh-pages").splitlines()
    assert "index.html" in published
    assert "events/港町-python-勉強会-9/型ヒントを段階的に導入した話/index.html" in published
    assert not any("minatomachi-python-8" in p for p in published)  # init's example is a draft
