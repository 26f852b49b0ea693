"""`talkarchive init DIR` and `talkarchive new "Event title"`."""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import replace
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.engine.build import build
from generator.cli import main
from generator.core.config import SCHEMA, load_config, parse_config
from generator.normalize import normalize
from generator.commands.scaffold import EXAMPLE_NOTE_NAME, spec_from_direct_url, workflow, site_yml
from generator.read.sources import read_note
from tests.conftest import REPO

OFFICIAL_ACTIONS = {"actions/checkout@v4", "actions/setup-python@v5", "actions/configure-pages@v5",
                    "actions/upload-pages-artifact@v3", "actions/deploy-pages@v4", "actions/cache@v4"}


def cli(monkeypatch, capsys, cwd: Path, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=120)


# --- init ---------------------------------------------------------------------------------------------

def test_init_then_build_gives_a_working_site(tmp_path, monkeypatch, capsys):
    code, out, err = cli(monkeypatch, capsys, tmp_path, "init", "my-archive")
    assert code == 0, err
    site = tmp_path / "my-archive"
    written = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert written == [".github/workflows/pages.yml", ".gitignore", f"content/{EXAMPLE_NOTE_NAME}", "site.yml"]
    assert all(f"wrote my-archive/{rel}" in out for rel in written)

    config, warnings = load_config(site / "site.yml")
    assert warnings == []
    assert config.title == "My Archive"
    assert (build(config).events, build(config).drafts) == (0, 1)  # the example is a draft until edited
    result = build(replace(config, drafts=True))
    assert (result.warnings, result.errors) == (0, 0), [str(d) for d in result.diagnostics]
    assert (result.events, result.talks) == (1, 2)
    home = (site / "output" / "index.html").read_text(encoding="utf-8")
    assert "港町 Python 勉強会 #8" in home
    event = (site / "output" / "events" / "minatomachi-python-8" / "index.html").read_text(encoding="utf-8")
    assert "Hypothesis ではじめるプロパティベーステスト" in event and "みなと図書館" in event
    assert (site / "output" / "search" / "index.html").is_file()


def test_init_then_build_from_the_command_line(tmp_path):
    proc = run(tmp_path, "init", "site")
    assert proc.returncode == 0, proc.stderr
    proc = run(tmp_path / "site", "build", "--no-search", "--drafts")
    assert proc.returncode == 0, proc.stderr
    assert ", 0 warnings, 0 errors," in proc.stdout
    assert "1 notes, 1 events, 2 talks" in proc.stdout
    proc = run(tmp_path / "site", "check", "--drafts")
    assert proc.returncode == 0 and "0 errors, 0 warnings" in proc.stdout


def test_the_example_note_is_in_the_canonical_form_and_reads_back(tmp_path, monkeypatch, capsys):
    cli(monkeypatch, capsys, tmp_path, "init", "a")
    note = tmp_path / "a" / "content" / EXAMPLE_NOTE_NAME
    text = note.read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["canonical"] is True and front["event_date"] == dt.date(2024, 6, 15)
    result = normalize(read_note(note))
    assert result.diagnostics == ()
    record = result.event.to_json()
    assert record["title"] == front["title"] == "港町 Python 勉強会 #8"
    assert [t["title"] for t in record["talks"]] == [t["title"] for t in front["talks"]]
    assert [t["kind"] for t in record["talks"]] == ["talk", "lightning"]
    assert result.event.talks[0].body.strip().startswith("- 例ではなく入力を書く")


def test_init_site_yml_lists_every_key_with_its_help_and_default():
    text = site_yml("Anything")
    for name, key in SCHEMA.items():
        leaf = name.split(".")[-1]
        assert re.search(rf"^#? *{re.escape(leaf)}:", text, flags=re.MULTILINE), name
        first_words = " ".join(key.help.split()[:4])
        assert first_words in " ".join(l.lstrip("# ") for l in text.splitlines()), name
    # uncommenting every key gives back every default
    uncommented = "\n".join(re.sub(r"^# (?=( *)[a-z_]+:( |$))", "", l) for l in text.splitlines())
    data = yaml.safe_load(uncommented)
    values, warnings = parse_config(data, text=uncommented)
    assert warnings == []
    assert set(values) == set(SCHEMA)
    for name, key in SCHEMA.items():
        expected = "Anything" if name == "title" else key.default
        assert values[name] == expected, name


def test_init_refuses_a_non_empty_folder(tmp_path, monkeypatch, capsys):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "notes.txt").write_text("mine\n")
    code, out, err = cli(monkeypatch, capsys, tmp_path, "init", "site")
    assert code == 1
    assert err.startswith("error: site is not empty (") and "--force" in err
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == ["notes.txt"]


def test_init_with_force_adds_missing_files_and_never_overwrites(tmp_path, monkeypatch, capsys):
    site = tmp_path / "repo"
    (site / "content").mkdir(parents=True)
    (site / ".gitignore").write_text("node_modules/\n")
    (site / "site.yml").write_text("title: Mine\n")
    code, out, err = cli(monkeypatch, capsys, tmp_path, "init", "repo", "--force")
    assert code == 0, err
    assert (site / ".gitignore").read_text() == "node_modules/\n"
    assert (site / "site.yml").read_text() == "title: Mine\n"
    assert (site / ".github/workflows/pages.yml").read_text() == workflow(None)
    assert (site / "content" / EXAMPLE_NOTE_NAME).is_file()
    assert "kept repo/.gitignore: it already exists (make sure it ignores output/, .talkarchive-cache/)" in err
    assert "kept repo/site.yml" in err
    # a second run writes nothing
    code, out, err = cli(monkeypatch, capsys, tmp_path, "init", "repo", "--force")
    assert code == 0 and "wrote" not in out


def test_init_on_a_file_is_an_error(tmp_path, monkeypatch, capsys):
    (tmp_path / "f").write_text("x")
    code, out, err = cli(monkeypatch, capsys, tmp_path, "init", "f")
    assert code == 1 and err.startswith("error: f is a file, not a folder")


def test_gitignore(tmp_path, monkeypatch, capsys):
    cli(monkeypatch, capsys, tmp_path, "init", "s")
    lines = [l for l in (tmp_path / "s/.gitignore").read_text().splitlines() if not l.startswith("#")]
    assert lines == ["output/", ".talkarchive-cache/"]


# --- the workflows -----------------------------------------------------------------------------------

def _workflow(text: str) -> dict:
    data = yaml.safe_load(text)
    if True in data:  # YAML 1.1 reads the key `on` as true
        data["on"] = data.pop(True)
    return data


@pytest.mark.parametrize("which", ["init", "repository"])
def test_workflow_builds_with_the_pages_base_url_and_deploys(which, tmp_path, monkeypatch, capsys):
    if which == "init":
        cli(monkeypatch, capsys, tmp_path, "init", "s")
        text = (tmp_path / "s/.github/workflows/pages.yml").read_text()
    else:
        text = (REPO / ".github/workflows/pages.yml").read_text()
    wf = _workflow(text)
    assert wf["on"] == {"push": {"branches": ["main"]}, "workflow_dispatch": None}
    assert wf["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert wf["concurrency"]["group"] == "pages"
    assert set(wf["jobs"]) == {"build", "deploy"}
    build_steps, deploy = wf["jobs"]["build"]["steps"], wf["jobs"]["deploy"]
    uses = {s["uses"] for s in build_steps + deploy["steps"] if "uses" in s}
    assert uses == OFFICIAL_ACTIONS
    python = next(s for s in build_steps if s.get("uses") == "actions/setup-python@v5")
    assert python["with"]["python-version"] == "3.11"
    runs = [s["run"] for s in build_steps if "run" in s]
    install = next(r for r in runs if r.startswith("pip install"))
    assert install == ('pip install "$TALKARCHIVE_SPEC"' if which == "init" else "pip install .")
    if which == "init":  # this checkout is installed editable: no source recorded, so the variable is required
        assert wf["env"]["TALKARCHIVE_SPEC"] == "${{ vars.TALKARCHIVE_SPEC }}"
    cache = next(s for s in build_steps if s.get("uses") == "actions/cache@v4")
    assert cache["with"]["path"] == ".talkarchive-cache"
    assert cache["with"]["key"].startswith("talkarchive-") and cache["with"]["restore-keys"].startswith("talkarchive-")
    order = [s.get("uses") or s.get("run") for s in build_steps]
    assert order.index("actions/cache@v4") < order.index(
        'talkarchive build --base-url "${{ steps.pages.outputs.base_url }}/"')
    pages = next(s for s in build_steps if s.get("uses") == "actions/configure-pages@v5")
    assert pages["id"] == "pages"
    assert 'talkarchive build --base-url "${{ steps.pages.outputs.base_url }}/"' in runs
    order = [s.get("uses") or s.get("run") for s in build_steps]
    assert order.index("actions/configure-pages@v5") < order.index(
        'talkarchive build --base-url "${{ steps.pages.outputs.base_url }}/"') < order.index(
        "actions/upload-pages-artifact@v3")
    upload = next(s for s in build_steps if s.get("uses") == "actions/upload-pages-artifact@v3")
    assert upload["with"]["path"] == "output"
    assert deploy["needs"] == "build"
    assert deploy["environment"] == {"name": "github-pages", "url": "${{ steps.deployment.outputs.page_url }}"}
    assert deploy["steps"][-1]["uses"] == "actions/deploy-pages@v4" and deploy["steps"][-1]["id"] == "deployment"


def test_the_repository_workflow_is_the_init_workflow_but_installs_this_checkout():
    mine, shipped = _workflow((REPO / ".github/workflows/pages.yml").read_text()), _workflow(workflow(None))
    shipped.pop("env")
    steps = shipped["jobs"]["build"]["steps"]
    steps[:] = [s for s in steps if s.get("name") != "Check where talkarchive comes from"]
    for wf in (mine, shipped):
        for step in wf["jobs"]["build"]["steps"]:
            if step.get("run", "").startswith("pip install"):
                step.pop("run"), step.pop("name")
    assert mine == shipped


def _check_step(text: str) -> str:
    steps = _workflow(text)["jobs"]["build"]["steps"]
    return next(s["run"] for s in steps if s.get("name") == "Check where talkarchive comes from")


@pytest.mark.parametrize("spec, ok", [
    (None, False), ("", False), ("talkarchive", False), ("talkarchive==0.1.0", False),
    ("talkarchive @ git+https://github.com/o/talkarchive@0123456789abcdef0123456789abcdef01234567", True),
    ("./vendor/talkarchive", True),
])
def test_the_workflow_refuses_a_missing_spec_or_one_without_a_source(spec, ok, tmp_path):
    """The check step, run with bash: without TALKARCHIVE_SPEC (or with a bare name from the package
    index) the job fails with a message saying what to set."""
    env = {k: v for k, v in os.environ.items() if k != "TALKARCHIVE_SPEC"}
    if spec is not None:
        env["TALKARCHIVE_SPEC"] = spec
    done = subprocess.run(["bash", "-e", "-c", _check_step(workflow(None))], env=env, capture_output=True, text=True)
    assert (done.returncode == 0) is ok, done.stdout + done.stderr
    if not ok:
        assert done.stdout.startswith("::error title=TALKARCHIVE_SPEC ")
        assert "talkarchive @ git+https://github.com/OWNER/talkarchive@<commit>" in done.stdout


COMMIT = "0123456789abcdef0123456789abcdef01234567"


@pytest.mark.parametrize("record, spec", [
    ({"url": "https://github.com/o/talkarchive.git", "vcs_info": {"vcs": "git", "commit_id": COMMIT,
                                                                  "requested_revision": "main"}},
     f"talkarchive @ git+https://github.com/o/talkarchive.git@{COMMIT}"),
    ({"url": "https://github.com/o/mono", "subdirectory": "tools/talkarchive",
      "vcs_info": {"vcs": "git", "commit_id": COMMIT}},
     f"talkarchive @ git+https://github.com/o/mono@{COMMIT}#subdirectory=tools/talkarchive"),
    ({"url": "https://x-token:secret@github.com/o/t", "vcs_info": {"vcs": "git", "commit_id": COMMIT}},
     f"talkarchive @ git+https://github.com/o/t@{COMMIT}"),
    ({"url": "file:///home/me/talkarchive", "vcs_info": {"vcs": "git", "commit_id": COMMIT}}, None),
    ({"url": "file:///work/main", "dir_info": {"editable": True}}, None),
    ({"url": "https://example.org/t.tar.gz", "archive_info": {"hashes": {"sha256": "0" * 64}}}, None),
    ({"url": "https://github.com/o/t", "vcs_info": {"vcs": "git", "commit_id": "main"}}, None),
    ({"url": "https://github.com/o/t'; rm -rf /", "vcs_info": {"vcs": "git", "commit_id": COMMIT}}, None),
])
def test_the_recorded_source_is_pinned_exactly(record, spec):
    import json

    assert spec_from_direct_url(json.dumps(record)) == spec
    assert spec_from_direct_url(None) is None and spec_from_direct_url("not json") is None


def test_init_pins_the_repository_and_commit_pip_recorded(tmp_path, monkeypatch, capsys):
    import json

    import generator.commands.scaffold as scaffold

    record = {"url": "https://github.com/o/talkarchive", "vcs_info": {"vcs": "git", "commit_id": COMMIT}}
    monkeypatch.setattr(scaffold, "recorded_source", lambda: json.dumps(record))
    code, out, err = cli(monkeypatch, capsys, tmp_path, "init", "s")
    assert code == 0, err
    spec = f"talkarchive @ git+https://github.com/o/talkarchive@{COMMIT}"
    assert f"the GitHub Pages workflow installs {spec}" in out
    wf = _workflow((tmp_path / "s/.github/workflows/pages.yml").read_text())
    assert wf["env"]["TALKARCHIVE_SPEC"] == f"${{{{ vars.TALKARCHIVE_SPEC || '{spec}' }}}}"
    env = dict(os.environ, TALKARCHIVE_SPEC=spec)
    step = next(s["run"] for s in wf["jobs"]["build"]["steps"] if s.get("name") == "Check where talkarchive comes from")
    assert subprocess.run(["bash", "-e", "-c", step], env=env, capture_output=True).returncode == 0


def test_init_title_names_the_site(tmp_path, monkeypatch, capsys):
    code, out, err = cli(monkeypatch, capsys, tmp_path, "init", "site", "--title", "港町 Python アーカイブ")
    assert code == 0, err
    config, _ = load_config(tmp_path / "site" / "site.yml")
    assert config.title == "港町 Python アーカイブ"
    code, out, err = cli(monkeypatch, capsys, tmp_path, "init", "other", "--title", "  ")
    assert code == 1 and "--title is empty" in err


# --- new ----------------------------------------------------------------------------------------------

def test_new_writes_a_markdown_note_with_a_stable_name(make_site, monkeypatch, capsys):
    site = make_site({})
    code, out, err = cli(monkeypatch, capsys, site.root, "new", "Python Fukuoka #13", "--date", "2025-06-01")
    assert code == 0, err
    assert out.strip() == "content/2025-06-01-python-fukuoka-13.md"
    note = site.root / "content" / "2025-06-01-python-fukuoka-13.md"
    result = normalize(read_note(note))
    assert result.diagnostics == ()
    assert (result.event.title, result.event.date, result.event.talks) == ("Python Fukuoka #13",
                                                                            dt.date(2025, 6, 1), ())
    front = yaml.safe_load(note.read_text().split("---\n")[1])
    assert "canonical" not in front and "talks" not in front  # read like any other note
    assert {"title", "event_date", "venue", "event_url", "url", "tags", "draft"} <= set(front)
    # it is a draft until edited; shown, it builds without a warning, and the example comment shows nowhere
    assert site.build().drafts == 1
    result = build(replace(load_config(site.config_path)[0], drafts=True))
    assert (result.warnings, result.errors) == (0, 0), [str(d) for d in result.diagnostics]
    page = site.read("events/python-fukuoka-13/index.html")
    assert "Python Fukuoka #13" in page and "型ヒント" not in page and "comment marks" not in page


FILLED_IN = """
参加者は30人ほど。

## 型ヒントを段階的に導入した話

- 木下 遥さん
- スライド: https://speakerdeck.com/example/typing

- mypy を CI で必須にするまで半年

## CLI ツールを配布して学んだこと

- 山田 太郎さん

- pyproject.toml だけで足りる
"""


def test_a_new_note_filled_in_the_natural_way_gives_its_talks_and_speakers(make_site, monkeypatch, capsys):
    site = make_site({})
    code, out, err = cli(monkeypatch, capsys, site.root, "new", "港町 Python 勉強会 #9", "--date", "2025-06-01")
    note = site.root / out.strip()
    text = note.read_text(encoding="utf-8")
    text = re.sub(r"^draft: true.*\n", "", text, flags=re.M).replace("venue:  ", "venue: みなと図書館  ", 1)
    note.write_text(text + FILLED_IN, encoding="utf-8")
    code, out, err = cli(monkeypatch, capsys, site.root, "inspect", "--json", str(note))
    assert code == 0, err
    [record] = json.loads(out)
    assert record["venue"] == "みなと図書館"
    assert [(t["title"], [s["name"] for s in t["speakers"]]) for t in record["talks"]] == [
        ("型ヒントを段階的に導入した話", ["木下 遥"]), ("CLI ツールを配布して学んだこと", ["山田 太郎"])]
    assert record["talks"][0]["slides"] == "https://speakerdeck.com/example/typing"
    result = site.build()
    assert (result.drafts, result.events, result.talks, result.warnings) == (0, 1, 2, 0)


def test_new_refuses_to_overwrite(make_site, monkeypatch, capsys):
    site = make_site({})
    cli(monkeypatch, capsys, site.root, "new", "Same Title", "--date", "2025-01-02")
    note = site.root / "content" / "2025-01-02-same-title.md"
    note.write_text(note.read_text() + "\nmy notes\n")
    before = note.read_text()
    code, out, err = cli(monkeypatch, capsys, site.root, "new", "Same Title", "--date", "2025-01-02")
    assert code == 1 and out == ""
    assert err.strip() == ("using site.yml\nerror: content/2025-01-02-same-title.md already exists "
                           "(edit that note, or choose another title or --date)")
    assert note.read_text() == before


def test_new_uses_today_by_default(make_site, monkeypatch, capsys):
    site = make_site({})
    code, out, err = cli(monkeypatch, capsys, site.root, "new", "今日のもくもく会")
    assert code == 0, err
    assert Path(out.strip()).name == f"{dt.date.today().isoformat()}-今日のもくもく会.md"


@pytest.mark.parametrize("title", ["Rust.Tokyo 2025: 'async' & \"traits\"", "  #1 勉強会: [LT] 大会  ",
                                   "yes", "2025-01-01", "null"])
def test_new_titles_round_trip_whatever_their_characters(title, make_site, monkeypatch, capsys):
    site = make_site({})
    code, out, err = cli(monkeypatch, capsys, site.root, "new", title, "--date", "2024-12-24")
    assert code == 0, err
    event = normalize(read_note(site.root / out.strip())).event
    assert event.title == " ".join(title.split()) and event.date == dt.date(2024, 12, 24)


def test_new_honours_content_and_config(make_site, monkeypatch, capsys, tmp_path):
    site = make_site({"site.yml": "title: T\ncontent_dir: notes\n"})
    code, out, err = cli(monkeypatch, capsys, tmp_path, "new", "A", "--date", "2025-02-03",
                         "--config", str(site.root / "site.yml"))
    assert code == 0, err
    assert (site.root / "notes" / "2025-02-03-a.md").is_file()
    code, out, err = cli(monkeypatch, capsys, tmp_path, "new", "B", "--date", "2025-02-03", "--content", "elsewhere")
    assert code == 0, err
    assert out.strip() == "elsewhere/2025-02-03-b.md"


@pytest.mark.parametrize("args, message", [
    (["new", "A", "--date", "2025-13-01"], "error: --date must be a date like 2024-06-15, got '2025-13-01'"),
    (["new", "A", "--date", "next friday"], "error: --date must be a date like 2024-06-15"),
    (["new", "   "], "error: the event title is empty"),
])
def test_new_errors(args, message, make_site):
    site = make_site({})
    proc = run(site.root, *args)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line != "using site.yml"]
    assert errors[0].startswith(message) and len(errors) == 1, proc.stderr


def _map_step(text: str) -> str:
    steps = _workflow(text)["jobs"]["build"]["steps"]
    return next(s["run"] for s in steps if s.get("name") == "Check the published URL map is committed")


@pytest.mark.parametrize("state, warned", [("committed", False), ("changed", True), ("untracked", True)])
def test_the_workflow_warns_when_the_build_published_urls_the_committed_map_lacks(state, warned, tmp_path):
    """Run with bash in a git checkout: a map the build changed (or never committed) is a warning."""
    import shutil
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    run = lambda *a: subprocess.run(a, cwd=tmp_path, capture_output=True, text=True, check=True)  # noqa: E731
    run("git", "init", "-q")
    run("git", "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "--allow-empty", "-m", "start")
    if state != "untracked":
        (tmp_path / "published-urls.json").write_text("{}\n")
        run("git", "add", "published-urls.json")
        run("git", "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "-m", "map")
    if state != "committed":
        (tmp_path / "published-urls.json").write_text('{"events": []}\n')
    out = subprocess.run(["bash", "-c", _map_step(workflow(None))], cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 0
    assert ("::warning file=published-urls.json::" in out.stdout) == warned
