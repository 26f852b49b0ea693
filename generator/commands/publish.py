"""`talkarchive publish`: build the site and commit it as the whole content of a branch, then push.

As ghp-import and `mkdocs gh-deploy` do, with git plumbing only: the site is built into a
temporary folder, staged with a temporary index (`GIT_INDEX_FILE`), written as a tree, committed
with `commit-tree` on top of the branch's previous tip, and the branch ref is moved with
`update-ref`. The working tree, the index, HEAD and the current branch are never touched.

- `.nojekyll` is always added (GitHub Pages would otherwise run Jekyll and drop `_`-folders);
  `CNAME` is added with `--cname DOMAIN`.
- The previous tip is the remote's branch (fetched first, quietly; a missing one is fine) or the
  local branch when it is ahead of it. A local branch that has diverged from the remote's is an
  error, never overwritten.
- When the new tree equals the tip's tree, no commit is made and nothing is pushed. Pagefind's
  index (`pagefind/`) is left out of that comparison: it is not byte-identical from run to run.
- A build with errors (an unreadable note) publishes nothing; warnings are fine.
- base_url: `--base-url`, else site.yml's; when site.yml leaves it at `/` and the remote is on
  GitHub, the repository's Pages address is used (https://OWNER.github.io/REPO/, or
  https://DOMAIN/ with `--cname`), so that links work under the project path.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from .. import __version__
from ..engine.build import build
from ..core.config import describe_site, load_config
from ..core.errors import PublishError
from ..outputs.pagefind import BUNDLE
from ..write.output_folder import MARKER

CNAME_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$", re.I)
BRANCH_HINT = "choose another with --branch"


@dataclass(frozen=True)
class PublishResult:
    files: int  # files in the published tree (.nojekyll and CNAME included)
    branch: str
    remote: str
    commit: str | None  # the new commit; None when nothing changed or on a dry run
    parent: str | None  # the branch tip the commit is made on
    changed: bool  # the tree differs from the tip's
    pushed: bool
    dry_run: bool
    base_url: str
    warnings: int

    def summary(self) -> str:
        where = f", for {self.base_url}" if "://" in self.base_url else ""
        if self.dry_run:
            if not self.changed:
                return (f"dry run: nothing changed since {self.remote}/{self.branch} {self.parent[:7]}; "
                        f"nothing would be committed")
            on = f"on {self.parent[:7]}" if self.parent else "as the first commit of the branch"
            return (f"dry run: would commit {self.files} files to {self.branch} {on} and push to {self.remote}{where}; "
                    f"nothing was committed")
        if not self.changed and not self.pushed:
            return f"nothing changed: {self.branch} {self.parent[:7]} already holds this site; no commit, nothing pushed"
        if not self.changed:
            return f"nothing changed; pushed {self.branch} {self.parent[:7]} to {self.remote}{where}"
        return f"published {self.files} files to {self.remote}/{self.branch}, commit {self.commit[:7]}{where}"


class Git:
    """Runs git in one repository with a clean environment (no inherited GIT_DIR, GIT_INDEX_FILE...)."""

    def __init__(self, cwd: Path):
        self.cwd = cwd
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
                                 "GIT_NAMESPACE", "GIT_PREFIX")}
        self.env["GIT_OPTIONAL_LOCKS"] = "0"  # status and friends never rewrite the index

    def run(self, *args: str, env: dict | None = None, cwd: Path | None = None, check: bool = True,
            what: str | None = None, hint: str | None = None) -> subprocess.CompletedProcess:
        try:
            done = subprocess.run(["git", "-c", "core.autocrlf=false", "-c", "core.safecrlf=false", *args],
                                  cwd=cwd or self.cwd, env={**self.env, **(env or {})}, capture_output=True,
                                  text=True, encoding="utf-8", errors="replace", stdin=subprocess.DEVNULL)
        except FileNotFoundError:
            raise PublishError("git is not installed (or not on PATH)", hint="install git to publish") from None
        if check and done.returncode != 0:
            raise PublishError(f"{what or 'git ' + args[0]} failed: {last_line(done.stderr or done.stdout)}",
                               hint=hint)
        return done

    def out(self, *args: str, **kwargs) -> str:
        return self.run(*args, **kwargs).stdout.strip()

    def rev(self, ref: str) -> str | None:
        done = self.run("rev-parse", "--verify", "--quiet", ref + "^{commit}", check=False)
        return done.stdout.strip() if done.returncode == 0 else None


def last_line(stderr: str) -> str:
    """The line of git's output that says what went wrong: a push's rejection, else the first
    `fatal:` line (what follows it is boilerplate such as "Please make sure you have the correct
    access rights"), else the last line; hints and blank lines are left out."""
    lines = [l.strip() for l in (stderr or "").splitlines() if l.strip() and not l.startswith("hint:")]
    if not lines:
        return "no message from git"
    rejected = [l for l in lines if l.startswith("! ")]
    fatal = [l for l in lines if l.startswith("fatal:")]
    return rejected[-1] if rejected else fatal[0] if fatal else lines[-1]


def pages_url(remote_url: str, cname: str | None = None) -> str | None:
    """The GitHub Pages address of a github.com remote (https://owner.github.io/repo/), or None."""
    if cname:
        return f"https://{cname}/"
    m = re.match(r"^(?:https?://(?:[^@/]+@)?github\.com/|ssh://git@github\.com/|git@github\.com:)"
                 r"([A-Za-z0-9-]+)/([A-Za-z0-9._-]+?)(?:\.git)?/?$", remote_url.strip())
    if not m:
        return None
    owner, repo = m.group(1), m.group(2)
    if repo.lower() == f"{owner.lower()}.github.io":
        return f"https://{owner.lower()}.github.io/"
    return f"https://{owner.lower()}.github.io/{repo}/"


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def publish(config_path: str | None = None, *, remote: str = "origin", branch: str = "gh-pages",
            message: str | None = None, cname: str | None = None, base_url: str | None = None,
            dry_run: bool = False, say: Callable[[str], None] = _stderr) -> PublishResult:
    if cname is not None:
        cname = cname.strip().rstrip(".").lower()
        if not CNAME_RE.match(cname):
            raise PublishError(f"--cname takes a domain name such as talks.example.org, got {cname!r}",
                               hint="no scheme, path or port")
    config, config_warnings = load_config(config_path)
    say(describe_site(config))
    git = Git(config.root)

    # the repository, the branch and the remote, before anything is built
    found = git.run("rev-parse", "--show-toplevel", check=False)
    if found.returncode != 0:
        if "not a git repository" in (found.stderr or ""):
            raise PublishError(f"{config.root} is not inside a git repository",
                               hint="run git init and add a remote, or publish the output folder another way")
        raise PublishError(f"git rev-parse failed: {last_line(found.stderr)}")
    if git.out("rev-parse", "--is-bare-repository") == "true":
        raise PublishError(f"{config.root} is a bare repository", hint="publish from a clone with a work tree")
    if git.run("check-ref-format", f"refs/heads/{branch}", check=False).returncode != 0:
        raise PublishError(f"'{branch}' is not a valid branch name", hint=BRANCH_HINT)
    _refuse_checked_out(git, branch)
    remote_url = git.run("remote", "get-url", remote, check=False)
    if remote_url.returncode != 0:
        raise PublishError(f"no remote named '{remote}'",
                           hint=f"add one with git remote add {remote} URL, or pass --remote")
    remote_url = remote_url.stdout.strip()

    # base_url: --base-url, else site.yml's, else (site.yml leaves it at `/`) the remote's Pages address
    source = "--base-url"
    if base_url is None:
        base_url, source = config.base_url, "site.yml"
        inferred = pages_url(remote_url, cname) if config.base_url == "/" else None
        if inferred:
            base_url = inferred
            source = "--cname" if cname else f"the GitHub Pages address of {remote}"
    if cname and "://" in base_url and urlsplit(base_url).hostname != cname:
        say(f"warning: the site is built for {base_url} but CNAME is {cname}; "
            f"pass --base-url https://{cname}/ if it is served at the domain's root")
    if "://" not in base_url:
        say(f"warning: base_url is the path {base_url!r}, so there is no sitemap and feeds have no absolute "
            f"URLs (pass --base-url https://OWNER.github.io/REPO/ or set base_url in site.yml)")

    dirty = git.out("status", "--porcelain", "--untracked-files=normal")
    if dirty:
        say("note: the working tree has uncommitted changes; the site is built from the files as they are")

    with tempfile.TemporaryDirectory(prefix="talkarchive-publish-") as tmp:
        tmp = Path(tmp)
        site = tmp / "site"
        config, config_warnings = load_config(config_path, overrides={"output_dir": str(site), "base_url": base_url})
        say(f"building the site for {config.base_url} (base_url from {source})...")
        result = build(config, config_warnings=tuple(config_warnings), record_urls=False)  # reads the URL map; never writes the working tree
        for d in result.diagnostics:
            say(str(d))
        say(f"built {result.pages} pages: {result.warnings} warnings, {result.errors} errors")
        if result.errors:
            raise PublishError(f"the build has {result.errors} error(s); nothing was published",
                               hint="fix them (talkarchive check lists them); warnings alone do not stop publish")
        (site / MARKER).unlink(missing_ok=True)
        (site / ".nojekyll").write_text("", encoding="utf-8")
        if cname:
            (site / "CNAME").write_text(cname + "\n", encoding="utf-8")

        parent = _previous_tip(git, remote, branch, fetch=not dry_run, say=say)

        # a temporary index and the built folder as the work tree: the repository's own are never used
        index = {"GIT_INDEX_FILE": str(tmp / "index")}
        git_dir = git.out("rev-parse", "--absolute-git-dir")
        git.run("--git-dir", git_dir, "--work-tree", str(site), "add", "--all", "--force", ".", env=index,
                cwd=site, what="staging the site")
        tree = git.out("--git-dir", git_dir, "write-tree", env=index, cwd=site, what="git write-tree")
        files = len(git.out("ls-tree", "-r", "--full-tree", "--name-only", tree).splitlines())
        remote_tip = git.rev(f"refs/remotes/{remote}/{branch}")
        changed = parent is None or not _same_site(git, parent + "^{tree}", tree)
        common = dict(files=files, branch=branch, remote=remote, parent=parent, changed=changed,
                      dry_run=dry_run, base_url=config.base_url, warnings=result.warnings)

        if dry_run:
            shown = re.sub(r"//[^/@]+@", "//", remote_url)  # never print a token kept in the URL
            say(f"would commit {files} files to {branch} and push to {remote} ({shown})"
                if changed else f"no change to commit to {branch}")
            return PublishResult(commit=None, pushed=False, **common)
        if not changed:
            if remote_tip == parent:
                return PublishResult(commit=None, pushed=False, **common)
            say(f"pushing {branch} to {remote} (it is behind the local branch)")
            _push(git, remote, branch)
            return PublishResult(commit=None, pushed=True, **common)

        say(f"committing {files} files to {branch}")
        head = git.rev("HEAD")
        text = message or (f"Publish site from {head[:7]}" if head else "Publish site") + (
            " with uncommitted changes" if dirty and head else "") + f"\n\nBuilt by talkarchive {__version__}."
        args = ["commit-tree", tree, "-m", text] + (["-p", parent] if parent else [])
        commit = git.out(*args, what="git commit-tree",
                         hint="set your name and email with git config user.name / user.email")
        local = git.rev(f"refs/heads/{branch}")
        git.run("update-ref", "-m", "talkarchive publish", f"refs/heads/{branch}", commit, local or "",
                what=f"moving {branch}")
        say(f"pushing to {remote}")
        _push(git, remote, branch)
        return PublishResult(commit=commit, pushed=True, **common)


def _refuse_checked_out(git: Git, branch: str) -> None:
    listing = git.out("worktree", "list", "--porcelain")
    for block in listing.split("\n\n"):
        lines = block.splitlines()
        if f"branch refs/heads/{branch}" in lines:
            where = next((l[len("worktree "):] for l in lines if l.startswith("worktree ")), "a worktree")
            raise PublishError(f"the branch '{branch}' is checked out in {where}; publish would replace its files",
                               hint=f"switch to another branch there, or {BRANCH_HINT}")


def _previous_tip(git: Git, remote: str, branch: str, *, fetch: bool, say) -> str | None:
    """The commit the new one goes on: the remote's branch, or the local one when it is ahead."""
    if fetch:
        say(f"fetching {branch} from {remote}")
        heads = git.run("ls-remote", "--heads", remote, f"refs/heads/{branch}", what=f"reaching {remote}",
                        hint=f"check the URL with git remote -v, and your access to {remote}")
        if f"refs/heads/{branch}" in heads.stdout:
            git.run("fetch", "--quiet", "--no-tags", remote, f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}",
                    what=f"fetching {branch} from {remote}")
        elif git.rev(f"refs/remotes/{remote}/{branch}"):
            # the branch was deleted on the remote: forget the stale tracking ref
            git.run("update-ref", "-d", f"refs/remotes/{remote}/{branch}")
    remote_tip = git.rev(f"refs/remotes/{remote}/{branch}")
    local_tip = git.rev(f"refs/heads/{branch}")
    if not remote_tip or local_tip == remote_tip:
        return local_tip or remote_tip
    if not local_tip:
        return remote_tip
    if _is_ancestor(git, local_tip, remote_tip):
        return remote_tip
    if _is_ancestor(git, remote_tip, local_tip):
        return local_tip
    raise PublishError(f"the local branch '{branch}' and {remote}/{branch} have diverged",
                       hint=f"delete the local one (git branch -D {branch}) to publish on top of {remote}'s, "
                       f"or {BRANCH_HINT}")


def _same_site(git: Git, old: str, new: str) -> bool:
    """The trees hold the same site. Pagefind's index differs from run to run over the same pages
    (its file names are hashes of filter files written in varying order), so it is left out: when
    every page is the same, so is what the index finds."""
    def entries(tree: str) -> list[str]:
        return [l for l in git.out("ls-tree", "--full-tree", tree).splitlines() if l.split("\t", 1)[-1] != BUNDLE]
    return entries(old) == entries(new)


def _is_ancestor(git: Git, a: str, b: str) -> bool:
    return git.run("merge-base", "--is-ancestor", a, b, check=False).returncode == 0


def _push(git: Git, remote: str, branch: str) -> None:
    git.run("push", "--quiet", remote, f"refs/heads/{branch}:refs/heads/{branch}", what=f"pushing to {remote}",
            hint=f"the commit is kept on the local branch {branch}; fix the problem and run "
                 f"git push {remote} {branch}, or publish again")
