"""The command line: build summary, broken notes, --strict, config errors, inspect --json, check."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import REPO

NOTE_A = """\
    ---
    title: CLI Meetup 7
    date: 2023-05-20
    venue: Hall B
    tags: [Testing]
    ---

    ## Fast feedback loops

    Speaker: Yui Hayashi

    - run the fast tests first

    ## Snapshot tests considered

    Speaker: Daiki Ono

    - snapshots rot quickly
    """

NOTE_B = """\
    ---
    title: CLI Meetup 8
    date: 2023-06-17
    ---

    ## Shell completion everywhere

    Speaker: Yui Hayashi
    """

BROKEN = """\
    ---
    title: Broken note
    venue: Room: 3
    ---

    text
    """

SUMMARY = re.compile(r"^(\d+) notes, (\d+) events, (\d+) talks, (\d+) pages written to (\S+), "
                     r"(\d+) warnings, (\d+) errors(?:, \d+ notes? to look at \(talkarchive check\))?, (\d+\.\d+) s"
                     r"( \(search index \d+\.\d+ s\))?$")

DESIGN_KEYS = {"source", "title", "date", "venue", "url", "source_url", "hashtags", "tags", "talks"}
TALK_KEYS = {"title", "speakers", "slides", "video", "room", "kind"}


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=120)


def cli(monkeypatch, capsys, cwd: Path, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# --- build --------------------------------------------------------------------------------------------

def test_build_prints_one_summary_line(make_site):
    site = make_site({"content/a.md": NOTE_A, "content/b.md": NOTE_B})
    proc = run(site.root, "build")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1, proc.stdout
    m = SUMMARY.match(lines[0])
    assert m, lines[0]
    notes, events, talks, pages, out, warnings, errors, seconds, _search = m.groups()
    assert (int(notes), int(events), int(talks)) == (2, 2, 3)
    assert int(pages) == len(list(site.out.rglob("*.html")))
    assert out == "output/"
    assert (int(warnings), int(errors)) == (0, 0)
    assert float(seconds) < 60
    assert "Traceback" not in proc.stderr


def test_the_command_leaves_with_all_its_output_flushed(make_site):
    """The command ends with os._exit (cli.run): a large output through a pipe still arrives whole."""
    files = {f"content/n{i:03d}.md": NOTE_A for i in range(120)}
    site = make_site(files)
    proc = run(site.root, "inspect", "--json", *sorted(str(site.root / f) for f in files))
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert len(records) == 120 and len(proc.stdout) > 65536  # more than one pipe buffer
    failed = run(site.root, "build", "--config", "missing.yml")
    assert failed.returncode == 1 and failed.stderr.startswith("error: ")


def test_a_reader_that_stops_early_gets_no_traceback(make_site):
    files = {f"content/n{i:03d}.md": NOTE_A for i in range(200)}  # more output than a pipe holds
    site = make_site(files)
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "generator", "inspect", "--json", *files], cwd=site.root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.read(10)
    proc.stdout.close()  # as `| head -c 10` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert err == ""


def test_quiet_build_prints_no_progress(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": NOTE_A})
    code, out, err = cli(monkeypatch, capsys, site.root, "build", "-q")
    assert code == 0
    assert err == ""
    assert SUMMARY.match(out.strip())


def test_broken_note_is_named_the_rest_builds_and_the_build_exits_1(make_site):
    """Exit codes mean one thing: any error exits 1, after the rest of the site is written."""
    site = make_site({"content/a.md": NOTE_A, "content/sub/broken.md": BROKEN})
    proc = run(site.root, "build", "-q")
    assert proc.returncode == 1, proc.stderr
    errors = [l for l in proc.stderr.splitlines() if "error" in l]
    assert len(errors) == 1
    assert errors[0].startswith("sub/broken.md:3: error: invalid YAML front matter")
    assert (site.out / "events" / "cli-meetup-7" / "index.html").is_file()
    m = SUMMARY.match(proc.stdout.strip())
    assert m and m.group(7) == "1"  # one error counted
    assert "Traceback" not in proc.stderr


def test_strict_build_with_a_broken_note_exits_1_and_writes_nothing(make_site):
    site = make_site({"content/a.md": NOTE_A, "content/broken.md": BROKEN})
    proc = run(site.root, "build", "-q", "--strict")
    assert proc.returncode == 1
    assert not site.out.exists()
    lines = proc.stderr.splitlines()
    assert any(l.startswith("broken.md:3: error:") for l in lines)
    assert lines[-1].startswith("error: --strict:")
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr


def test_strict_build_keeps_the_previous_output(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": NOTE_A})
    assert cli(monkeypatch, capsys, site.root, "build", "-q")[0] == 0
    before = sorted(p.relative_to(site.out).as_posix() for p in site.out.rglob("*"))
    site.write("content/broken.md", BROKEN)
    code, out, err = cli(monkeypatch, capsys, site.root, "build", "-q", "--strict")
    assert code == 1
    assert sorted(p.relative_to(site.out).as_posix() for p in site.out.rglob("*")) == before


def test_strict_build_fails_on_a_site_yml_warning(make_site):
    site = make_site({"site.yml": "title: T\nlanguage: en\ntitel: typo\n", "content/a.md": NOTE_A})
    proc = run(site.root, "build", "-q", "--strict")
    assert proc.stderr.startswith("site.yml:3: warning: unknown key 'titel'")  # the warning is shown...
    assert proc.returncode == 1  # ...but does not fail the strict build
    assert not site.out.exists()


def test_diagnostics_follow_a_redirected_stderr(make_site, monkeypatch):
    import contextlib
    import io

    site = make_site({"content/a.md": NOTE_A, "content/broken.md": BROKEN})
    monkeypatch.chdir(site.root)
    buffer = io.StringIO()
    with contextlib.redirect_stderr(buffer), contextlib.redirect_stdout(io.StringIO()):
        code = main(["build", "-q"])
    assert code == 1
    assert "broken.md:3: error:" in buffer.getvalue()


def test_bad_site_yml_gives_one_error_line_and_exit_1(make_site):
    site = make_site({"site.yml": "title: T\nlanguage: en\nrecent_events: ten\n", "content/a.md": NOTE_A})
    proc = run(site.root, "build")
    assert proc.returncode == 1
    assert proc.stderr.strip() == "error: site.yml:3: key 'recent_events' must be a whole number, got 'ten'"
    assert proc.stdout == ""
    assert not site.out.exists()


def test_invalid_yaml_in_site_yml(make_site, monkeypatch, capsys):
    site = make_site({"site.yml": "title: T\nlanguage: [en\n", "content/a.md": NOTE_A})
    code, out, err = cli(monkeypatch, capsys, site.root, "build")
    assert code == 1
    assert re.match(r"error: site\.yml:\d+: invalid YAML", err.strip())
    assert len(err.strip().splitlines()) == 1


def test_overrides_from_the_command_line(make_site, monkeypatch, capsys, tmp_path):
    site = make_site({"content/a.md": NOTE_A})
    out = tmp_path / "public"
    code, stdout, _ = cli(monkeypatch, capsys, site.root, "build", "-q", "--out", str(out),
                          "--base-url", "https://user.github.io/archive/")
    assert code == 0
    assert not site.out.exists()
    html = (out / "events" / "cli-meetup-7" / "index.html").read_text(encoding="utf-8")
    assert 'href="/archive/events/' in html
    assert str(out) in stdout


def test_bad_base_url_override(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": NOTE_A})
    code, out, err = cli(monkeypatch, capsys, site.root, "build", "--base-url", "user.github.io/archive")
    assert code == 1
    assert err.startswith("error: command line: key 'base_url'")


def test_missing_content_folder_is_one_clear_error(tmp_path, monkeypatch, capsys):
    (tmp_path / "site.yml").write_text("content_dir: notes\n", encoding="utf-8")
    code, out, err = cli(monkeypatch, capsys, tmp_path, "build", "-q")
    assert code == 1
    assert err.startswith("error: ") and "notes" in err and "does not exist" in err
    assert not (tmp_path / "output").exists()


def test_build_without_site_yml(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text(textwrap.dedent(NOTE_A), encoding="utf-8")
    proc = run(tmp_path, "build", "-q")
    assert proc.returncode == 0, proc.stderr
    assert SUMMARY.match(proc.stdout.strip()).group(1) == "1"
    assert (tmp_path / "output" / "index.html").is_file()


def test_a_build_with_only_warnings_exits_0_and_strict_makes_it_1(make_site, monkeypatch, capsys):
    undated = "## Only a talk\n\nSpeaker: Emi Kato\n"
    site = make_site({"content/a.md": NOTE_A, "content/undated.md": undated})
    code, out, err = cli(monkeypatch, capsys, site.root, "build", "-q")
    assert code == 0 and ": warning: " in err
    assert int(SUMMARY.match(out.strip()).group(6)) >= 1
    code, out, err = cli(monkeypatch, capsys, site.root, "build", "-q", "--strict")
    assert code == 1


def test_help_states_the_exit_codes(capsys):
    for args in (["--help"], ["build", "--help"], ["check", "--help"]):
        with pytest.raises(SystemExit):
            main(args)
        text = " ".join(capsys.readouterr().out.split())
        assert "exit status: 0 no error; 1 any error" in text, args
        assert "2 a command line that is not understood" in text


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "build" in capsys.readouterr().out


# --- inspect --------------------------------------------------------------------------------------------

def test_inspect_json_in_the_given_order_with_design_keys(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": NOTE_A, "content/b.md": NOTE_B})
    code, out, err = cli(monkeypatch, capsys, site.root, "inspect", "--json", "content/b.md", "content/a.md")
    assert code == 0, err
    records = json.loads(out)
    assert isinstance(records, list)
    assert [r["source"] for r in records] == ["content/b.md", "content/a.md"]
    for r in records:
        assert set(r) - {"evidence"} == DESIGN_KEYS  # `evidence` is the contract's one optional key
        assert isinstance(r["hashtags"], list) and isinstance(r["tags"], list)
        for t in r["talks"]:
            assert set(t) - {"evidence"} == TALK_KEYS
            assert t["kind"] in ("talk", "lightning", "keynote", "panel", "discussion")
        for clue in [r["evidence"]] + [t["evidence"] for t in r["talks"]]:
            for field, said in clue.items():
                assert field in DESIGN_KEYS | TALK_KEYS | {"speakers"}
                assert said["confidence"] in ("high", "medium", "low") and said["reading"]
    b, a = records
    assert (a["title"], a["date"], a["venue"], a["tags"]) == ("CLI Meetup 7", "2023-05-20", "Hall B", ["Testing"])
    assert [t["title"] for t in a["talks"]] == ["Fast feedback loops", "Snapshot tests considered"]
    first = a["talks"][0]["speakers"][0]
    assert (first["name"] if isinstance(first, dict) else first) == "Yui Hayashi"
    assert b["date"] == "2023-06-17" and b["venue"] is None


def test_inspect_evidence_says_where_each_field_was_read(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": NOTE_A})
    code, out, err = cli(monkeypatch, capsys, site.root, "inspect", "--json", "content/a.md")
    record = json.loads(out)[0]
    assert record["evidence"]["title"] == {"reading": "front matter", "line": None, "confidence": "high"}
    talk = record["talks"][0]["evidence"]
    assert talk["title"]["reading"] == "heading" and talk["title"]["line"] > 1
    assert talk["speakers"]["confidence"] == "high"


def test_check_lists_guesses_and_build_counts_the_notes_to_look_at(make_site, monkeypatch, capsys):
    guessed = "---\ntitle: Guess Night 2\ndate: 2024-02-02\n---\n\n## Named talk\n\nSpeaker: Ada Byron\n\n" \
              "## Lonely heading\n\nSome words about it.\n"
    site = make_site({"content/g.md": guessed})
    code, out, err = cli(monkeypatch, capsys, site.root, "check")
    assert code == 0
    assert re.search(r"g\.md:10: notice: talk 2 'Lonely heading': talk read from a heading alone", out)
    assert "'Named talk'" not in out
    code, out, err = cli(monkeypatch, capsys, site.root, "build", "--no-search")
    assert code == 0
    assert "notice:" not in err  # the build counts them; `check` lists them
    assert ", 1 note to look at (talkarchive check)," in out


def test_inspect_json_keeps_going_past_a_broken_file(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": NOTE_A, "content/broken.md": BROKEN})
    code, out, err = cli(monkeypatch, capsys, site.root, "inspect", "--json", "content/broken.md",
                         "content/missing.md", "content/a.md")
    assert code == 1
    assert [r["source"] for r in json.loads(out)] == ["content/a.md"]
    assert "content/broken.md:3:" in err
    assert "content/missing.md" in err


def test_inspect_human_summary(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": NOTE_A})
    code, out, _ = cli(monkeypatch, capsys, site.root, "inspect", "content/a.md")
    assert code == 0
    assert "CLI Meetup 7" in out and "2023-05-20" in out and "Fast feedback loops" in out


# --- check ---------------------------------------------------------------------------------------------------

def test_check_passes_on_good_notes_and_writes_nothing(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": NOTE_A, "content/b.md": NOTE_B})
    code, out, _ = cli(monkeypatch, capsys, site.root, "check")
    assert code == 0
    assert out.strip().splitlines()[-1].startswith("2 notes checked, 3 talks, 0 errors")
    assert not site.out.exists()


def test_check_exits_1_on_an_unreadable_note(make_site):
    site = make_site({"content/a.md": NOTE_A, "content/photo.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"})
    proc = run(site.root, "check")
    assert proc.returncode == 1
    assert any(l.startswith("photo.md: error:") and "binary" in l for l in proc.stdout.splitlines())
    assert "1 errors" in proc.stdout.splitlines()[-1]
    assert not site.out.exists()
    assert "Traceback" not in proc.stderr


def test_check_with_content_override(make_site, monkeypatch, capsys):
    site = make_site({"notes/a.md": NOTE_A})
    code, out, _ = cli(monkeypatch, capsys, site.root, "check")
    assert code == 0 and out.strip().splitlines()[-1].startswith("0 notes checked")
    code, out, _ = cli(monkeypatch, capsys, site.root, "check", "--content", "notes")
    assert code == 0 and out.strip().splitlines()[-1].startswith("1 notes checked, 2 talks")


def test_check_strict_fails_on_warnings(make_site, monkeypatch, capsys):
    undated = "## Only a talk\n\nSpeaker: Emi Kato\n"
    site = make_site({"content/a.md": NOTE_A, "content/undated.md": undated})
    code, out, _ = cli(monkeypatch, capsys, site.root, "check")
    assert code == 0 and "warning" in out
    code, out, _ = cli(monkeypatch, capsys, site.root, "check", "--strict")
    assert code == 1


# --- invalid-site fixtures ------------------------------------------------------------------------------------

INVALID_SITES = Path(__file__).resolve().parent / "invalid_sites"
CASES = sorted(p.name for p in INVALID_SITES.iterdir() if (p / "expected.txt").is_file())


def test_invalid_site_fixtures_cover_the_required_cases():
    assert {"yaml_front_matter", "unclosed_front_matter", "wrong_config_type", "unknown_theme",
            "missing_template", "template_syntax_error"} <= set(CASES)
    assert {"toml_front_matter", "empty_note", "binary_note", "nul_bytes", "invalid_utf8", "yaml_alias_bomb",
            "impossible_date", "duplicate_slug", "escaping_slug", "unknown_site_keys", "wrong_config_types"} <= set(CASES)


def _problems(stderr: str) -> list[str]:
    """The warning and error lines of a build, without the final `error: --strict: ...` summary."""
    return [l for l in stderr.splitlines()
            if (l.startswith(("error: ", "warning: ")) or ": error: " in l or ": warning: " in l)
            and not l.startswith("error: --strict:")]


def _expected(case: str, site: Path) -> list[str]:
    from generator.render.themes import SHIPPED_THEMES

    text = (INVALID_SITES / case / "expected.txt").read_text(encoding="utf-8")
    text = text.replace("{site}", str(site.resolve())).replace("{shipped}", str(SHIPPED_THEMES))
    return [line for line in text.splitlines() if line.strip()]


def _copy_case(case: str, tmp_path: Path) -> Path:
    import shutil

    site = tmp_path / "site"
    shutil.copytree(INVALID_SITES / case, site, ignore=shutil.ignore_patterns("expected.txt"))
    return site


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, except in the site's output folder, build cache and URL map (site/output/,
    site/.talkarchive-cache/, site/published-urls.json), the places a build may write."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and p.relative_to(folder).parts[:2] not in (("site", "output"),
                                                                      ("site", ".talkarchive-cache"),
                                                                      ("site", "published-urls.json"))}


@pytest.mark.parametrize("case", CASES)
def test_invalid_site(case, tmp_path):
    """`talkarchive build --strict` in a copy of tests/invalid_sites/<case>/ lists exactly expected.txt's lines.

    expected.txt holds every warning and error the build must print, one per line, in order;
    `{site}` stands for the (resolved) folder the copy is built in and `{shipped}` for the folder of
    shipped themes, since those messages name absolute paths. The exit code is 1 and nothing is written.
    """
    site = _copy_case(case, tmp_path)
    expected = _expected(case, site)
    before = _files(tmp_path)
    proc = run(site, "build", "-q", "--strict")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert _problems(proc.stderr) == expected
    assert proc.stderr.splitlines()[-1].startswith("error:")
    assert proc.stdout == ""
    written = [p for p in site.rglob("*") if p.name in ("output", "public") or p.name.startswith(".output")]
    assert written == []
    assert _files(tmp_path) == before


@pytest.mark.parametrize("case", CASES)
def test_invalid_site_without_strict(case, tmp_path, monkeypatch, capsys):
    """Without --strict, a bad note or a site.yml warning costs only itself: the good note is published and the
    summary line counts the warnings and errors. A broken site.yml or theme stops the build, writing nothing.
    Nothing is ever written outside the output folder."""
    site = _copy_case(case, tmp_path)
    expected = _expected(case, site)
    before = _files(tmp_path)
    code, out, err = cli(monkeypatch, capsys, site, "build", "-q", "--no-search")
    assert _problems(err) == expected
    assert _files(tmp_path) == before  # nothing new or changed outside output/
    if all(line.startswith("error: ") for line in expected):  # the site itself is broken
        assert code == 1 and out == ""
        assert not (site / "output").exists()
        return
    assert code == (1 if any(": error: " in line for line in expected) else 0), err
    m = SUMMARY.match(out.strip().splitlines()[-1])
    assert m, out
    assert int(m.group(6)) == sum(": warning: " in line for line in expected)
    assert int(m.group(7)) == sum(": error: " in line for line in expected)
    assert (site / "output" / "events" / "fixture-meetup" / "index.html").is_file()
