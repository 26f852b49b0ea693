"""`talkarchive publish`: the built site becomes the whole content of a branch, pushed to a remote.

Every test works on its own temporary repositories: a bare `remote.git` and a work repository
with a commit on main and `origin` pointing at the bare one. Global and system git configuration
are shut out, so the tests see the same git everywhere.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.commands.publish import last_line, pages_url
from tests.conftest import REPO

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test Author", "GIT_AUTHOR_EMAIL": "author@example.org",
    "GIT_COMMITTER_NAME": "Test Committer", "GIT_COMMITTER_EMAIL": "committer@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_TERMINAL_PROMPT": "0",
}

NOTE = """\
---
title: Publish Meetup 3
date: 2024-04-20
tags: [Git]
---

## Plumbing for fun and profit

Speaker: Rin Kato

- write-tree, commit-tree, update-ref
"""

SITE_YML = "title: Publish Test\nlanguage: en\nsearch: false\nbase_url: https://user.github.io/repo/\n"


def git(cwd: Path, *args: str, check: bool = True) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **GIT_ENV}, check=False)
    if check and done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {done.stderr}")
    return done.stdout.strip()


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **GIT_ENV,
           "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=180)


@pytest.fixture(autouse=True)
def _git_env(monkeypatch, tmp_path):
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))  # never find a repository above the test's


@pytest.fixture
def repos(tmp_path):
    """(work, remote): a work repository with a site committed on main, and a bare remote as origin."""
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(remote))
    work = tmp_path / "work"
    work.mkdir()
    git(work, "init", "--quiet", "-b", "main")
    (work / "site.yml").write_text(SITE_YML, encoding="utf-8")
    (work / "content").mkdir()
    (work / "content" / "2024-04-20-publish-meetup-3.md").write_text(NOTE, encoding="utf-8")
    (work / "README.md").write_text("# my archive\n", encoding="utf-8")
    (work / ".gitignore").write_text("output/\n", encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "--quiet", "-m", "first notes")
    git(work, "remote", "add", "origin", "../remote.git")
    git(work, "push", "--quiet", "origin", "main")
    return work, remote


def publish(monkeypatch, capsys, work: Path, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(work)
    code = main(["publish", *args])
    out, err = capsys.readouterr()
    return code, out, err


def tree(repo: Path, ref: str = "gh-pages") -> list[str]:
    return git(repo, "-c", "core.quotePath=false", "ls-tree", "-r", "--name-only", ref).splitlines()


def snapshot(work: Path) -> dict:
    """Everything publish must leave alone."""
    index = hashlib.sha256((work / ".git" / "index").read_bytes()).hexdigest()
    return {
        "index": index,
        "status": git(work, "--no-optional-locks", "status", "--porcelain", "--untracked-files=all"),
        "head": git(work, "rev-parse", "HEAD"),
        "branch": git(work, "symbolic-ref", "HEAD"),
        "files": sorted((p.relative_to(work).as_posix(), p.read_bytes()) for p in work.rglob("*")
                        if p.is_file() and not {".git", ".talkarchive-cache"} & set(p.relative_to(work).parts)),
        "main": git(work, "rev-parse", "refs/heads/main"),
        "stash": git(work, "stash", "list"),
    }


# --- the published tree -----------------------------------------------------------------------------

def test_publish_commits_the_built_site_and_nothing_else(repos, monkeypatch, capsys):
    work, remote = repos
    code, out, err = publish(monkeypatch, capsys, work, "--cname", "talks.example.org",
                             "--base-url", "https://talks.example.org/")
    assert code == 0, err
    files = tree(remote)
    assert {"index.html", "404.html", ".nojekyll", "CNAME", "feed.xml", "sitemap.xml",
            "events/publish-meetup-3/index.html"} <= set(files)
    assert git(remote, "show", "gh-pages:CNAME") == "talks.example.org"
    assert git(remote, "show", "gh-pages:.nojekyll") == ""
    # nothing from the working tree, and not the build's own marker
    assert not {"site.yml", "README.md", ".gitignore", ".talkarchive-output"} & set(files)
    assert not any(f.startswith(("content/", "output/")) for f in files)
    assert "https://talks.example.org/events/publish-meetup-3/" in git(remote, "show", "gh-pages:sitemap.xml")
    # one commit, on no parent; main on the remote untouched
    assert git(remote, "rev-list", "--count", "gh-pages") == "1"
    assert git(remote, "rev-parse", "main") == git(work, "rev-parse", "main")
    assert git(work, "rev-parse", "gh-pages") == git(remote, "rev-parse", "gh-pages")
    # progress on stderr, one summary line on stdout
    assert "building" in err and f"committing {len(files)} files to gh-pages" in err and "pushing to origin" in err
    assert out.strip().splitlines() == [out.strip()]
    assert out.startswith(f"published {len(files)} files to origin/gh-pages, commit ")
    assert "https://talks.example.org/" in out


def test_without_cname_there_is_no_cname_file_and_base_url_comes_from_site_yml(repos, monkeypatch, capsys):
    work, remote = repos
    code, out, err = publish(monkeypatch, capsys, work)
    assert code == 0, err
    files = tree(remote)
    assert "CNAME" not in files and ".nojekyll" in files
    assert "https://user.github.io/repo/" in git(remote, "show", "gh-pages:sitemap.xml")
    assert 'href="/repo/events/"' in git(remote, "show", "gh-pages:index.html")


def test_message_branch_and_remote_options(repos, monkeypatch, capsys, tmp_path):
    work, remote = repos
    other = tmp_path / "other.git"
    git(tmp_path, "init", "--quiet", "--bare", str(other))
    git(work, "remote", "add", "mirror", str(other))
    code, out, err = publish(monkeypatch, capsys, work, "--remote", "mirror", "--branch", "site",
                             "--message", "Deploy the spring notes")
    assert code == 0, err
    assert git(other, "log", "-1", "--format=%s", "site") == "Deploy the spring notes"
    assert "index.html" in tree(other, "site")
    assert git(remote, "branch", "--list", "gh-pages") == ""


def test_default_message_names_the_source_commit(repos, monkeypatch, capsys):
    work, remote = repos
    assert publish(monkeypatch, capsys, work)[0] == 0
    head = git(work, "rev-parse", "--short=7", "HEAD")
    assert git(remote, "log", "-1", "--format=%s", "gh-pages") == f"Publish site from {head}"


# --- nothing changed -----------------------------------------------------------------------------------

def test_a_second_publish_with_nothing_changed_makes_no_commit(repos, monkeypatch, capsys):
    work, remote = repos
    assert publish(monkeypatch, capsys, work)[0] == 0
    tip = git(remote, "rev-parse", "gh-pages")
    code, out, err = publish(monkeypatch, capsys, work)
    assert code == 0, err
    assert out.startswith("nothing changed")
    assert "no commit" in out and "nothing pushed" in out
    assert "committing" not in err and "pushing" not in err
    assert git(remote, "rev-parse", "gh-pages") == tip == git(work, "rev-parse", "gh-pages")


def test_a_change_makes_one_commit_on_top_of_the_previous_one(repos, monkeypatch, capsys):
    work, remote = repos
    assert publish(monkeypatch, capsys, work)[0] == 0
    first = git(remote, "rev-parse", "gh-pages")
    (work / "content" / "2024-05-01-second.md").write_text(NOTE.replace("Publish Meetup 3", "Publish Meetup 4")
                                                          .replace("2024-04-20", "2024-05-01"), encoding="utf-8")
    code, out, err = publish(monkeypatch, capsys, work)
    assert code == 0, err
    assert git(remote, "rev-parse", "gh-pages^") == first
    assert "events/publish-meetup-4/index.html" in tree(remote)
    assert "uncommitted changes" in err  # the new note is not committed: said, not refused
    assert "with uncommitted changes" in git(remote, "log", "-1", "--format=%s", "gh-pages")


def test_search_index_alone_does_not_count_as_a_change(repos, monkeypatch, capsys):
    """Pagefind's files differ from run to run over the same pages; that is not a new site."""
    work, remote = repos
    shutil.copytree(REPO / "content", work / "content", dirs_exist_ok=True)
    (work / "site.yml").write_text(SITE_YML.replace("search: false", "search: true"), encoding="utf-8")
    assert publish(monkeypatch, capsys, work)[0] == 0
    assert any(f.startswith("pagefind/") for f in tree(remote))
    tip = git(remote, "rev-parse", "gh-pages")
    code, out, err = publish(monkeypatch, capsys, work)
    assert code == 0, err
    assert out.startswith("nothing changed")
    assert git(remote, "rev-parse", "gh-pages") == tip


def test_publish_goes_on_top_of_the_remote_branch_from_another_clone(repos, monkeypatch, capsys, tmp_path):
    work, remote = repos
    assert publish(monkeypatch, capsys, work)[0] == 0
    first = git(remote, "rev-parse", "gh-pages")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", str(remote), str(clone))
    (clone / "site.yml").write_text(SITE_YML.replace("Publish Test", "Renamed Archive"), encoding="utf-8")
    code, out, err = publish(monkeypatch, capsys, clone)
    assert code == 0, err
    assert git(remote, "rev-parse", "gh-pages^") == first
    # back in the first clone, the local gh-pages is behind: publish fetches and builds on the remote's tip
    code, out, err = publish(monkeypatch, capsys, work)
    assert code == 0, err
    assert git(remote, "rev-list", "--count", "gh-pages") == "3"


def test_a_local_branch_ahead_of_the_remote_is_pushed_even_when_nothing_changed(repos, monkeypatch, capsys):
    work, remote = repos
    hook = remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'deployments are frozen' >&2\nexit 1\n")
    hook.chmod(hook.stat().st_mode | stat.S_IEXEC)
    code, out, err = publish(monkeypatch, capsys, work)
    assert code == 1
    assert git(remote, "branch", "--list", "gh-pages") == ""
    hook.unlink()
    code, out, err = publish(monkeypatch, capsys, work)
    assert code == 0, err
    assert out.startswith("nothing changed; pushed gh-pages")
    assert git(remote, "rev-parse", "gh-pages") == git(work, "rev-parse", "gh-pages")


# --- never touches the work tree, the index, HEAD or the branch ----------------------------------------

@pytest.mark.parametrize("dirty", [False, True], ids=["clean", "uncommitted-changes"])
def test_work_tree_index_head_and_branch_are_untouched(repos, monkeypatch, capsys, dirty):
    work, remote = repos
    if dirty:
        (work / "README.md").write_text("# my archive\n\nstaged change\n", encoding="utf-8")
        git(work, "add", "README.md")
        (work / "README.md").write_text("# my archive\n\nstaged, then changed again\n", encoding="utf-8")
        (work / "content" / "draft.md").write_text(NOTE.replace("3", "9"), encoding="utf-8")
    git(work, "status")  # a fresh index, then a stale stat cache: a plain git status would rewrite the index
    os.utime(work / ".gitignore", (1, 1))
    before = snapshot(work)
    assert publish(monkeypatch, capsys, work, "--cname", "talks.example.org")[0] == 0
    assert publish(monkeypatch, capsys, work)[0] == 0
    assert snapshot(work) == before
    assert not (work / "output").exists()
    assert not (work / ".nojekyll").exists() and not (work / "CNAME").exists()


def test_refuses_the_branch_that_is_checked_out(repos):
    work, remote = repos
    proc = run_cli(work, "publish", "--branch", "main")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1].startswith("error: the branch 'main' is checked out in ")
    assert "--branch" in proc.stderr and "Traceback" not in proc.stderr


def test_refuses_a_local_branch_that_diverged_from_the_remote(repos, monkeypatch, capsys):
    work, remote = repos
    assert publish(monkeypatch, capsys, work)[0] == 0
    # someone else publishes; locally, gh-pages gets a commit of its own
    base = git(work, "rev-parse", "gh-pages")
    other = git(work, "commit-tree", git(work, "rev-parse", "main^{tree}"), "-p", base, "-m", "elsewhere")
    git(work, "push", "--quiet", "origin", f"{other}:refs/heads/gh-pages")
    mine = git(work, "commit-tree", git(work, "rev-parse", "main^{tree}"), "-p", base, "-m", "mine")
    git(work, "update-ref", "refs/heads/gh-pages", mine)
    code, out, err = publish(monkeypatch, capsys, work)
    assert code == 1
    assert "error: the local branch 'gh-pages' and origin/gh-pages have diverged" in err
    assert git(work, "rev-parse", "gh-pages") == mine and git(remote, "rev-parse", "gh-pages") == other


# --- dry run --------------------------------------------------------------------------------------------

def test_dry_run_commits_and_pushes_nothing(repos, monkeypatch, capsys):
    work, remote = repos
    before = snapshot(work)
    code, out, err = publish(monkeypatch, capsys, work, "--dry-run", "--cname", "talks.example.org")
    assert code == 0, err
    assert out.startswith("dry run: would commit ")
    assert "files to gh-pages" in out and "push to origin" in out and "nothing was committed" in out
    assert git(work, "branch", "--list", "gh-pages") == "" and git(remote, "branch", "--list", "gh-pages") == ""
    assert git(work, "for-each-ref", "refs/remotes/origin/gh-pages") == ""
    assert snapshot(work) == before


# --- clear errors: one line, exit 1, no traceback --------------------------------------------------------

def _one_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    errors = [l for l in proc.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 1, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == errors[0]
    return errors[0]


def test_missing_remote(repos):
    work, remote = repos
    git(work, "remote", "remove", "origin")
    line = _one_error(run_cli(work, "publish"))
    assert line == ("error: no remote named 'origin' (add one with git remote add origin URL, "
                    "or pass --remote)")
    line = _one_error(run_cli(work, "publish", "--remote", "upstream"))
    assert line.startswith("error: no remote named 'upstream'")


def test_remote_that_does_not_exist(repos, tmp_path):
    work, remote = repos
    git(work, "remote", "set-url", "origin", str(tmp_path / "no-such-remote.git"))
    line = _one_error(run_cli(work, "publish"))
    assert line.startswith("error: reaching origin failed: ")
    assert "no-such-remote.git" in line and "git remote -v" in line


def test_rejected_push_shows_gits_reason(repos):
    work, remote = repos
    hook = remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\nexit 1\n")
    hook.chmod(hook.stat().st_mode | stat.S_IEXEC)
    proc = run_cli(work, "publish")
    line = _one_error(proc)
    assert line.startswith("error: pushing to origin failed: ! [remote rejected] gh-pages -> gh-pages")
    assert "pre-receive hook declined" in line and "git push origin gh-pages" in line
    assert "pushing to origin" in proc.stderr  # the progress came first


def test_not_a_git_repository(tmp_path):
    site = tmp_path / "plain"
    (site / "content").mkdir(parents=True)
    (site / "content" / "a.md").write_text(NOTE, encoding="utf-8")
    (site / "site.yml").write_text(SITE_YML, encoding="utf-8")
    line = _one_error(run_cli(site, "publish"))
    assert line.startswith(f"error: {site} is not inside a git repository (run git init")


def test_a_build_with_errors_publishes_nothing(repos):
    work, remote = repos
    (work / "content" / "broken.md").write_text("---\ntitle: Broken\nvenue: Room: 3\n---\n\ntext\n")
    proc = run_cli(work, "publish")
    line = _one_error(proc)
    assert line.startswith("error: the build has 1 error(s); nothing was published")
    assert "broken.md:3: error:" in proc.stderr
    assert git(remote, "branch", "--list", "gh-pages") == "" and git(work, "branch", "--list", "gh-pages") == ""


def test_a_build_with_warnings_is_published(repos):
    work, remote = repos
    (work / "content" / "undated.md").write_text("# Undated Meetup\n\n## A talk\n\nSpeaker: Ann Lee\n")
    proc = run_cli(work, "publish")
    assert proc.returncode == 0, proc.stderr
    assert "warning: no date found" in proc.stderr
    assert "index.html" in tree(remote)


def test_drafts_are_not_published(repos, monkeypatch, capsys):
    work, remote = repos
    (work / "content" / "draft.md").write_text(
        "---\ntitle: Secret Draft Meetup\ndate: 2024-05-01\ndraft: true\n---\n\n## Not yet\n\nSpeaker: Ann Lee\n")
    (work / "content" / "unpublished.md").write_text(
        "---\ntitle: Jekyll Unpublished Meetup\ndate: 2024-05-02\npublished: false\n---\n\n## Later\n\nSpeaker: Ann Lee\n")
    code, out, err = publish(monkeypatch, capsys, work)
    assert code == 0, err
    files = tree(remote)
    assert "events/publish-meetup-3/index.html" in files
    assert not [f for f in files if "secret-draft" in f or "jekyll-unpublished" in f]
    api = git(remote, "show", "gh-pages:api/events.json")
    assert "Publish Meetup 3" in api and "Secret Draft" not in api and "Jekyll Unpublished" not in api


@pytest.mark.parametrize("cname", ["https://talks.example.org/", "talks example", "-bad.example.org"])
def test_a_cname_must_be_a_domain(repos, cname):
    work, remote = repos
    line = _one_error(run_cli(work, "publish", f"--cname={cname}"))
    assert line.startswith("error: --cname takes a domain name such as talks.example.org")


def test_a_bad_base_url(repos):
    work, remote = repos
    line = _one_error(run_cli(work, "publish", "--base-url", "user.github.io/repo"))
    assert "base_url" in line


# --- base_url from the remote ---------------------------------------------------------------------------

@pytest.mark.parametrize("remote, cname, expected", [
    ("git@github.com:Someone/notes.git", None, "https://someone.github.io/notes/"),
    ("https://github.com/someone/notes", None, "https://someone.github.io/notes/"),
    ("https://github.com/someone/notes.git", None, "https://someone.github.io/notes/"),
    ("ssh://git@github.com/someone/notes.git", None, "https://someone.github.io/notes/"),
    ("https://token@github.com/someone/notes.git", None, "https://someone.github.io/notes/"),
    ("git@github.com:someone/someone.github.io.git", None, "https://someone.github.io/"),
    ("git@github.com:someone/notes.git", "talks.example.org", "https://talks.example.org/"),
    ("https://gitlab.com/someone/notes.git", None, None),
    ("../remote.git", None, None),
])
def test_pages_url_of_a_remote(remote, cname, expected):
    assert pages_url(remote, cname) == expected


def test_with_base_url_left_at_slash_a_github_remote_gives_the_pages_address(repos, monkeypatch, capsys):
    work, remote = repos
    (work / "site.yml").write_text("title: T\nsearch: false\n", encoding="utf-8")
    git(work, "remote", "add", "github", "https://secret-token@github.com/someone/notes.git")
    code, out, err = publish(monkeypatch, capsys, work, "--dry-run", "--remote", "github")
    assert code == 0, err
    assert "secret-token" not in out + err  # a dry run makes no request, and never prints a credential
    assert "push to github (https://github.com/someone/notes.git)" in err
    assert "building the site for https://someone.github.io/notes/ (base_url from the GitHub Pages address" in err
    assert "https://someone.github.io/notes/" in out


def test_last_line_prefers_the_rejection_and_skips_hints():
    stderr = ("To ../remote.git\n ! [rejected]        gh-pages -> gh-pages (fetch first)\n"
              "error: failed to push some refs to '../remote.git'\nhint: Updates were rejected\nhint: ...\n")
    assert last_line(stderr) == "! [rejected]        gh-pages -> gh-pages (fetch first)"
    assert last_line("fatal: something\n") == "fatal: something"
    assert last_line("") == "no message from git"
    assert last_line("fatal: '/x.git' does not appear to be a git repository\nfatal: Could not read from remote "
                     "repository.\n\nPlease make sure you have the correct access rights\nand the repository "
                     "exists.\n") == "fatal: '/x.git' does not appear to be a git repository"


def test_a_site_in_a_subfolder_of_the_repository(repos, monkeypatch, capsys, tmp_path):
    work, remote = repos
    docs = work / "docs"
    docs.mkdir()
    (work / "site.yml").rename(docs / "site.yml")
    (work / "content").rename(docs / "content")
    git(work, "add", "-A")
    git(work, "commit", "--quiet", "-m", "move the site into docs/")
    # from the repository's root with --config, and from inside docs/
    code, out, err = publish(monkeypatch, capsys, work, "--config", "docs/site.yml")
    assert code == 0, err
    files = tree(remote)
    assert "index.html" in files and "events/publish-meetup-3/index.html" in files
    assert not any(f.startswith("docs/") for f in files)
    code, out, err = publish(monkeypatch, capsys, docs)
    assert code == 0 and out.startswith("nothing changed"), err
