"""`talkarchive init DIR` (a new archive) and `talkarchive new "Event title"` (a new note).

The templates live here as strings, so they ship inside the wheel. site.yml is generated from
config.SCHEMA, so it lists every key with its help text and default and can never drift from it.

`init` refuses a non-empty folder unless --force, and even then never overwrites a file: files
that already exist are kept and reported. `new` refuses to overwrite a note.
"""
from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import yaml

from .canonical_note import canonical_file_name
from ..core.config import SCHEMA
from ..core.errors import GeneratorError
from ..core.model import Event

GITIGNORE = """\
# talkarchive: the built site and the preview's cache are made again by every build
output/
.talkarchive-cache/
"""

# Where the workflow installs talkarchive from: never a bare name from the package index (the project
# does not own `talkarchive` there). Either the exact repository and commit `init` ran from (see
# recorded_source), or the repository variable TALKARCHIVE_SPEC, which the job then requires.
SPEC_FROM_VARIABLE = """\
  # What `pip install` installs: the repository variable TALKARCHIVE_SPEC (Settings -> Secrets and
  # variables -> Actions -> Variables), a pip requirement with its source, such as
  # `talkarchive @ git+https://github.com/OWNER/talkarchive@<commit>`. The job fails until it is set.
  TALKARCHIVE_SPEC: ${{ vars.TALKARCHIVE_SPEC }}
"""

SPEC_RECORDED = """\
  # What `pip install` installs: the repository and commit `talkarchive init` was run from, so the
  # site is built the same way every time. The repository variable TALKARCHIVE_SPEC (Settings ->
  # Secrets and variables -> Actions -> Variables) replaces it, e.g. to upgrade.
  TALKARCHIVE_SPEC: ${{ vars.TALKARCHIVE_SPEC || '@SPEC@' }}
"""

# The check step refuses an empty spec and one that names no source (a URL or a path): either would
# make pip install whatever the package index holds under the name.
WORKFLOW = """\
# Build this talk archive and deploy it to GitHub Pages (written by `talkarchive init`).
#
# Turn it on once: Settings -> Pages -> Build and deployment -> Source: "GitHub Actions".
# The site is built with the address Pages gives it (https://OWNER.github.io/REPO/, or your
# custom domain), so every link works under the project path whatever site.yml's base_url says.
name: Deploy to GitHub Pages

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

# one deployment at a time; a newer push waits instead of cancelling one in progress
concurrency:
  group: pages
  cancel-in-progress: false

env:
@SPEC_LINES@
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Check where talkarchive comes from
        run: |
          if [ -z "$TALKARCHIVE_SPEC" ]; then
            echo "::error title=TALKARCHIVE_SPEC is not set::Set the repository variable TALKARCHIVE_SPEC (Settings -> Secrets and variables -> Actions -> Variables) to the pip requirement to install, e.g. talkarchive @ git+https://github.com/OWNER/talkarchive@<commit>"
            exit 1
          fi
          case "$TALKARCHIVE_SPEC" in
            *://*|./*|/*) ;;
            *) echo "::error title=TALKARCHIVE_SPEC names no source::TALKARCHIVE_SPEC is '$TALKARCHIVE_SPEC'; give a URL or a path, e.g. talkarchive @ git+https://github.com/OWNER/talkarchive@<commit>, so pip does not install whatever the package index holds under the name"
               exit 1 ;;
          esac
      - name: Install talkarchive
        run: pip install "$TALKARCHIVE_SPEC"
      - name: Configure Pages
        id: pages
        uses: actions/configure-pages@v5
      # the build cache: notes read by an earlier run are not read again (safe to delete)
      - uses: actions/cache@v4
        with:
          path: .talkarchive-cache
          key: talkarchive-${{ github.ref_name }}-${{ github.sha }}
          restore-keys: talkarchive-${{ github.ref_name }}-
      - name: Build
        # a note that cannot be read fails the build (exit 1) and nothing is deployed;
        # add --strict to fail on any warning too;
        # if site.yml sets output_dir, change `path` below to match
        run: talkarchive build --base-url "${{ steps.pages.outputs.base_url }}/"
      - name: Check the published URL map is committed
        # published-urls.json keeps every URL the site has published, so a renamed event or talk still
        # answers at its old address; only the committed map outlives this run's throwaway checkout
        run: |
          if [ -n "$(git status --porcelain -- published-urls.json)" ]; then
            echo "::warning file=published-urls.json::this deploy published URLs the committed map lacks; run talkarchive build and commit published-urls.json, or renamed pages will not redirect"
          fi
      - uses: actions/upload-pages-artifact@v3
        with:
          path: output

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - name: Deploy to GitHub Pages
        id: deployment
        uses: actions/deploy-pages@v4
"""

_COMMIT = re.compile(r"^[0-9a-f]{40}(?:[0-9a-f]{24})?$")
_SAFE_URL = re.compile(r"^(?:https|ssh)://[A-Za-z0-9._~:/@%+-]+$")


def recorded_source() -> str | None:
    """The PEP 610 record (`direct_url.json`) pip kept when it installed this talkarchive, or None."""
    try:
        return importlib.metadata.distribution("talkarchive").read_text("direct_url.json")
    except importlib.metadata.PackageNotFoundError:
        return None


def spec_from_direct_url(text: str | None) -> str | None:
    """The pip requirement for exactly the talkarchive pip recorded: `talkarchive @ git+URL@COMMIT`, when
    it was installed from a git repository reachable from CI (https or ssh, not a local folder); None
    otherwise (an editable checkout, a local folder, an archive, nothing recorded)."""
    try:
        data = json.loads(text) if text else None
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("vcs_info"), dict):
        return None
    vcs, url = data["vcs_info"], str(data.get("url") or "")
    commit = str(vcs.get("commit_id") or "")
    if vcs.get("vcs") != "git" or not _COMMIT.match(commit) or not _SAFE_URL.match(url):
        return None
    url = re.sub(r"^https://[^/@]*@", "https://", url)  # never a token, should one have been recorded
    sub = str(data.get("subdirectory") or "")
    if sub and not re.fullmatch(r"[A-Za-z0-9._/-]+", sub):
        return None
    return f"talkarchive @ git+{url}@{commit}" + (f"#subdirectory={sub}" if sub else "")


def workflow(spec: str | None) -> str:
    """The GitHub Pages workflow, installing `spec` (see spec_from_direct_url) or, without one, what the
    repository variable TALKARCHIVE_SPEC names."""
    lines = SPEC_RECORDED.replace("@SPEC@", spec) if spec else SPEC_FROM_VARIABLE
    return WORKFLOW.replace("@SPEC_LINES@\n", lines)


EXAMPLE_NOTE_NAME = "2024-06-15-minatomachi-python-8.md"
# Notes that init and new write are drafts until the organizer deletes this line: an example or an
# empty note never heads the published home page. `serve` shows drafts, marked as such.
DRAFT_LINE = "draft: true                     # a draft: build and publish leave it out. Delete this line to publish it"

EXAMPLE_NOTE = f"""\
---
{DRAFT_LINE}
canonical: true
title: "港町 Python 勉強会 #8"
event_date: 2024-06-15
venue: みなと図書館 第2会議室
event_url: https://minatomachi-py.example.org/events/8/
hashtags: [minatopy]
tags: [Python, テスト]
slug: minatomachi-python-8
talks:
  - title: Hypothesis ではじめるプロパティベーステスト
    speakers: [岡田 美奈]
    slides: https://speakerdeck.com/example/property-based-testing
    kind: talk
  - title: CLI ツールを配布して学んだ5つのこと
    speakers: [{{name: 高橋 翔, handle: sho_t}}]
    kind: lightning
---

`talkarchive init` が書いた例のノートです。書き換えるか、自分のノートに置き換えてください
（`talkarchive new "イベント名"` で新しいノートを始められます）。上のフロントマターがイベントの
記録のすべてで、本文はメモです。トークと同じ名前の `##` 見出しの下が、そのトークのメモになります。

参加者は40人ほど。最後はホワイトボードの前に長い列ができました。

## Hypothesis ではじめるプロパティベーステスト

- 例ではなく入力を書く: `@given(st.text())` が空文字列を見つけてくれる
- 縮小 (shrinking) で 300 文字の失敗例が本質的な 2 文字になる
- まずは往復の性質から: `decode(encode(x)) == x`

## CLI ツールを配布して学んだ5つのこと

- `pyproject.toml` と `[project.scripts]` だけで足りる
- モジュールではなく、インストールしたコマンドをテストする
"""

NEW_NOTE = f"""\
---
{DRAFT_LINE}
{{title}}
event_date: {{date}}              # the day of the event
venue:                              # 会場 / the venue
event_url:                          # the event's page (connpass, Doorkeeper, ...)
url:                                # where these notes are published, if anywhere
tags: []                            # e.g. [Python, テスト]
---

<!--
The event's notes go first. Then one "## " section per talk: the talk's title on the heading,
its speaker on the first line under it, then what you noted. For example:

## 型ヒントを段階的に導入した話

- 木下 遥さん
- スライド: https://speakerdeck.com/example/typing

- mypy を CI で必須にするまで半年

## LT: CLI ツールを配布して学んだこと

- 高橋 翔さん (@sho_t)

Everything between these comment marks is not published; write below it.
-->

"""


def site_yml(title: str = "Talk Archive") -> str:
    """site.yml with every SCHEMA key: its help text, and its default (commented out unless set here)."""
    active = {"title": title}
    lines = ["# talkarchive site configuration. Every key is optional; a commented-out key shows its default.",
             "# Uncomment a key to change it. Folders are relative to this file.", ""]
    groups_open: set[str] = set()
    for name, key in SCHEMA.items():
        *group, leaf = name.split(".")
        indent = "  " * len(group)
        if group and group[0] not in groups_open:
            groups_open.add(group[0])
            lines.append(f"# {group[0]}:")
        for help_line in textwrap.wrap(key.help, 96 - len(indent)):
            lines.append(f"# {indent}# {help_line}" if group else f"# {help_line}")
        value = yaml.safe_dump({leaf: active.get(name, key.default)}, allow_unicode=True,
                               default_flow_style=False, sort_keys=False, width=1000).strip()
        lines.append(f"{indent}{value}" if name in active else f"# {indent}{value}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


@dataclass(frozen=True)
class InitResult:
    written: tuple[str, ...]
    kept: tuple[str, ...]
    spec: str | None = None  # what the workflow installs; None: the TALKARCHIVE_SPEC variable it requires


def init_site(folder: Path, force: bool = False, title: str | None = None) -> InitResult:
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise GeneratorError(f"{folder} is a file, not a folder", hint="choose another folder")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise GeneratorError(f"{folder} is not empty",
                             hint="choose an empty or new folder, or pass --force to add only the missing files; "
                                  "existing files are never overwritten")
    if title is not None and not " ".join(title.split()):
        raise GeneratorError("--title is empty", hint='give the site a name, e.g. --title "港町 Python アーカイブ"')
    title = " ".join(title.split()) if title is not None else (
        folder.resolve().name.replace("-", " ").replace("_", " ").strip().title() or "Talk Archive")
    spec = spec_from_direct_url(recorded_source())
    files = {
        "site.yml": site_yml(title),
        f"content/{EXAMPLE_NOTE_NAME}": EXAMPLE_NOTE,
        ".gitignore": GITIGNORE,
        ".github/workflows/pages.yml": workflow(spec),
    }
    written, kept = [], []
    for rel, text in files.items():
        target = folder / rel
        if target.exists():
            kept.append(rel)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "x", encoding="utf-8", newline="\n") as fh:  # "x": never replace a file
            fh.write(text)
        written.append(rel)
    return InitResult(tuple(written), tuple(kept), spec)


def parse_date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise GeneratorError(f"--date must be a date like 2024-06-15, got {value!r}") from None


def new_note(title: str, content_dir: Path, date: dt.date) -> Path:
    title = " ".join(title.split())
    if not title:
        raise GeneratorError("the event title is empty", hint='give one, e.g. talkarchive new "Python Fukuoka #13"')
    name = canonical_file_name(Event(source="", title=title, date=date))
    target = Path(content_dir) / name
    try:
        target = target.relative_to(Path.cwd())
    except ValueError:
        pass
    if target.exists():
        raise GeneratorError(f"{target} already exists", hint="edit that note, or choose another title or --date")
    title_line = yaml.safe_dump({"title": title}, allow_unicode=True, width=10**6).strip()
    text = NEW_NOTE.format(title=title_line, date=date.isoformat())
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(target, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except FileExistsError:
        raise GeneratorError(f"{target} already exists", hint="edit that note, or choose another title or --date") \
            from None
    return target
