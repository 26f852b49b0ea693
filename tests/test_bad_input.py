"""Bad, hostile and broken input that cannot live in tests/invalid_sites/ (too big, a symlink, a file name
Windows cannot hold), a site with many problems at once, and the output folder checks, through the CLI.

Every case: the exact message (file, line when known, what to do), the rest of the site built by default,
`--strict` listing every problem and writing nothing, no traceback, no hang, no write outside output/.
The small cases, one fixture folder each, are in tests/invalid_sites/ (run by tests/test_cli.py).
"""
from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from generator.core.config import load_config
from generator.core.errors import BuildError
from generator.index.published_urls import MAP_FILE
from generator.render.themes import SHIPPED_THEMES
from generator.write.output_folder import MARKER, check_output_dir
from tests.conftest import REPO

SUMMARY = re.compile(r"^(\d+) notes, (\d+) events, (\d+) talks, (\d+) pages written to (\S+), "
                     r"(\d+) warnings, (\d+) errors(?:, \d+ notes? to look at \(talkarchive check\))?, (\d+\.\d+) s"
                     r"( \(search index \d+\.\d+ s\))?$")

GOOD = """\
    ---
    title: Steady Ground Meetup
    event_date: 2023-03-03
    ---

    ## Keeping the build green

    Speaker: Hana Ozawa

    - one bad note must not take the others down
    """
GOOD_PAGE = Path("output/events/steady-ground-meetup/index.html")


def run(cwd: Path, *args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """`python -m generator ARGS` in `cwd`; a hang fails the test through the timeout."""
    full = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""), **(env or {}))
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env=full, timeout=timeout)


def problems(stderr: str) -> list[str]:
    return [l for l in stderr.splitlines()
            if (l.startswith(("error: ", "warning: ")) or ": error: " in l or ": warning: " in l)
            and not l.startswith("error: --strict:")]


def tree(folder: Path, skip: Path | None = None) -> dict[str, str]:
    """path -> sha256 of every file under `folder` (size and mtime for big ones), except under `skip`,
    in the build cache (.talkarchive-cache/) and the URL map (published-urls.json), which a build
    writes beside site.yml."""
    found = {}
    for p in folder.rglob("*"):
        if skip is not None and (p == skip or skip in p.parents):
            continue
        if ".talkarchive-cache" in p.parts or p.name == MAP_FILE:  # what a build keeps beside site.yml
            continue
        if p.is_symlink():
            found[p.relative_to(folder).as_posix()] = "-> " + os.readlink(p)
        elif p.is_file():
            st = p.stat()
            found[p.relative_to(folder).as_posix()] = (
                hashlib.sha256(p.read_bytes()).hexdigest() if st.st_size < 1 << 20 else f"{st.st_size}@{st.st_mtime_ns}")
        elif p.is_dir():
            found[p.relative_to(folder).as_posix() + "/"] = "dir"
    return found


def summary(stdout: str) -> re.Match:
    m = SUMMARY.match(stdout.strip().splitlines()[-1])
    assert m, stdout
    return m


# --- cases generated at test time ----------------------------------------------------------------------------

def test_a_50_mb_note_is_refused_by_size(make_site, tmp_path):
    site = make_site({"content/good.md": GOOD})
    with open(site.root / "content/dump.md", "wb") as f:  # sparse: no 50 MB on disk, nothing committed
        f.truncate(50 * 1024 * 1024)
    before = tree(tmp_path, skip=site.out)
    proc = run(site.root, "build", "-q", "--no-search", timeout=60)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr  # an error: exit 1, the rest written
    assert problems(proc.stderr) == [
        "dump.md: error: the note is 50.0 MB; talkarchive reads notes up to 5 MB (split it into one note per event)"]
    assert summary(proc.stdout).group(7) == "1"
    assert (site.root / GOOD_PAGE).is_file()
    assert tree(tmp_path, skip=site.out) == before


def test_20000_headings_and_lists_nested_1000_deep_build_in_time(make_site):
    """Pathological shapes go through the whole build (read, render, write), not only the reader."""
    headings = "".join(f"### Point {i}\n\nwhy it matters, part {i}\n\n" for i in range(20000))
    nested = "".join("  " * i + f"- level {i}\n" for i in range(1000))
    site = make_site({
        "content/good.md": GOOD,
        "content/headings.md": "---\ntitle: Heading Storm\nevent_date: 2023-04-04\n---\n\n"
                               "## Twenty thousand points\n\nSpeaker: Jun Kawai\n\n" + headings,
        "content/nested.md": "---\ntitle: Deep Lists\nevent_date: 2023-05-05\n---\n\n"
                             "## Outlines all the way down\n\nSpeaker: Ema Noda\n\n" + nested,
    })
    proc = run(site.root, "build", "-q", "--no-search", timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and problems(proc.stderr) == []
    m = summary(proc.stdout)
    assert (m.group(6), m.group(7)) == ("0", "0")
    assert (site.root / GOOD_PAGE).is_file()
    talk = (site.out / "events/heading-storm/twenty-thousand-points/index.html").read_text(encoding="utf-8")
    assert "Point 19999" in talk
    assert "level 999" in (site.out / "events/deep-lists/outlines-all-the-way-down/index.html").read_text("utf-8")


def test_a_symlink_out_of_the_content_folder_is_not_followed(make_site, tmp_path):
    secret = tmp_path / "private" / "diary.md"
    secret.parent.mkdir()
    secret.write_text("---\ntitle: PRIVATE DIARY\n---\n\n## never publish\n\nnot for the web\n", encoding="utf-8")
    site = make_site({"content/good.md": GOOD})
    os.symlink(secret, site.root / "content/diary.md")
    proc = run(site.root, "build", "-q", "--no-search")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert problems(proc.stderr) == [
        f"diary.md: error: is a link to a file outside the content folder ({secret.resolve()}); it is not read "
        "(copy the file into the content folder instead)"]
    assert (site.root / GOOD_PAGE).is_file()
    assert not any("PRIVATE DIARY" in p.read_text(encoding="utf-8") for p in site.out.rglob("*.html"))
    assert secret.read_text(encoding="utf-8").startswith("---\ntitle: PRIVATE DIARY")


@pytest.mark.skipif(os.name == "nt", reason="Windows file names cannot hold backslashes or colons")
def test_file_names_that_look_like_escapes_stay_inside_the_output(make_site, tmp_path):
    note = "---\ntitle: {title}\nevent_date: 2023-06-0{day}\n---\n\n## A talk\n\nSpeaker: Sho Imai\n"
    site = make_site({"content/good.md": GOOD})
    names = ["x\\..\\..\\escape.md", "C:\\windows.md", "a:b.md", "-.md", "\\\\server\\share.md"]
    for day, name in enumerate(names, start=1):
        (site.root / "content" / name).write_text(note.format(title=f"Odd Name {day}", day=day), encoding="utf-8")
    # starting with a dot, it is a hidden file: skipped like every hidden file
    (site.root / "content" / "..\\..\\hidden.md").write_text(note.format(title="Hidden", day=9), "utf-8")
    before = tree(tmp_path, skip=site.out)
    proc = run(site.root, "build", "-q", "--no-search")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert problems(proc.stderr) == []
    for day in range(1, len(names) + 1):
        assert (site.out / f"events/odd-name-{day}/index.html").is_file()
    assert not (site.out / "events/hidden").exists()
    assert (site.root / GOOD_PAGE).is_file()
    assert tree(tmp_path, skip=site.out) == before


# --- many problems at once ----------------------------------------------------------------------------------

def many_problems_site(make_site, tmp_path):
    outside = tmp_path / "elsewhere.md"
    outside.write_text("---\ntitle: Elsewhere\n---\n\n## x\n\ny\n", encoding="utf-8")
    site = make_site({
        "site.yml": "title: Many Problems\nlanguage: en\nsearch: false\nthme: paper\n",
        "content/good.md": GOOD,
        "content/a-yaml.md": "---\ntitle: Broken YAML\ntags: [one, two\nvenue: Hall\n---\n\n## t\n\nSpeaker: A\n",
        "content/b-toml.md": "+++\ntitle = \"Broken TOML\"\ntitle = \"twice\"\n+++\n\n## t\n\nSpeaker: B\n",
        "content/c-open.md": "---\ntitle: Never closed\n\n## t\n\nSpeaker: C\n",
        "content/d-empty.md": "",
        "content/e-binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40),
        "content/f-nul.md": b"---\ntitle: Has NUL\nevent_date: 2023-01-01\n---\n\nbefore\x00after\n",
        "content/g-latin1.txt": b"Caf\xe9 \xff\xfe\x80\x81 meetup\n",
        "content/h-date.md": "---\ntitle: Leap\nevent_date: 2019-02-30\n---\n\n## t\n\nSpeaker: H\n",
        "content/i-slug.md": "---\ntitle: Up And Out\nevent_date: 2023-02-01\nslug: ../../x\n---\n\n## t\n\nSpeaker: I\n",
        "content/j-same.md": "---\ntitle: Same One\nevent_date: 2023-02-02\nslug: steady-ground-meetup\n---\n\n"
                             "## t\n\nSpeaker: J\n",
    })
    os.symlink(outside, site.root / "content/k-link.md")
    with open(site.root / "content/l-huge.md", "wb") as f:
        f.truncate(6 * 1024 * 1024)
    return site


MANY_PROBLEMS = [
    "site.yml:4: warning: unknown key 'thme' is ignored (did you mean 'theme'? known keys: aliases.speakers, "
    "aliases.tags, author, base_url, content_dir, description, embeds, feed_size, language, markdown.engine, "
    "markdown.hard_breaks, output_dir, page_size, recent_events, search, templates_dir, theme, themes_dir, title)",
    "a-yaml.md:4: error: invalid YAML front matter: did not find expected ',' or ']' "
    "(check the quoting and indentation)",
    "b-toml.md:3: error: invalid TOML front matter: Cannot overwrite a value "
    "(each key may appear only once; remove the repeated one)",
    "c-open.md:1: error: front matter opened with '---' on line 1 is never closed "
    "(add a '---' line after the last front matter key)",
    "d-empty.md: error: the note is empty (write the event's notes in it, or delete the file)",
    "e-binary.md: error: this is a binary file, not a text note (remove it from the content folder)",
    "f-nul.md:6: error: the note contains a NUL byte (\\0), which a text note cannot hold "
    "(delete the NUL character, or save the note again as UTF-8 text)",
    "g-latin1.txt:1: error: cannot tell this file's text encoding: byte 0xE9 is not UTF-8, "
    "and the file is not Shift_JIS or EUC-JP either (save it again as UTF-8)",
    "h-date.md:3: error: invalid date in front matter: day is out of range for month "
    "(write a real date as YYYY-MM-DD, e.g. 2019-02-28)",
    "k-link.md: error: is a link to a file outside the content folder ({outside}); it is not read "
    "(copy the file into the content folder instead)",
    "l-huge.md: error: the note is 6.0 MB; talkarchive reads notes up to 5 MB (split it into one note per event)",
    "i-slug.md: warning: `slug: ../../x` is not a plain name (a slug cannot hold '/', '\\', '..' or a drive); "
    "it is published as 'x' (use letters, digits and dashes)",
    "good.md: warning: the URL slug 'steady-ground-meetup' is already used by j-same.md; this event is published "
    "as 'steady-ground-meetup-2023-03-03' (set `slug:` to choose)",
]


def test_strict_lists_every_problem_and_writes_nothing(make_site, tmp_path):
    site = many_problems_site(make_site, tmp_path)
    expected = [l.replace("{outside}", str((tmp_path / "elsewhere.md").resolve())) for l in MANY_PROBLEMS]
    before = tree(tmp_path)
    proc = run(site.root, "build", "--strict", "--no-search")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert sorted(problems(proc.stderr)) == sorted(expected)
    assert proc.stderr.splitlines()[-1] == (
        f"error: --strict: {len(expected)} problem(s) found; nothing was written (fix them, or build without --strict)")
    assert proc.stdout == ""
    assert tree(tmp_path) == before
    assert not [p for p in site.root.iterdir() if p.name.startswith((".output", "output"))]


def test_without_strict_the_good_notes_are_published_and_counted(make_site, tmp_path):
    site = many_problems_site(make_site, tmp_path)
    before = tree(tmp_path, skip=site.out)
    proc = run(site.root, "build", "--no-search", "-q")
    assert proc.returncode == 1, proc.stderr  # errors: exit 1 once the good notes are written
    assert "Traceback" not in proc.stderr
    assert len(problems(proc.stderr)) == len(MANY_PROBLEMS)
    m = summary(proc.stdout)
    assert (int(m.group(6)), int(m.group(7))) == (3, 10)  # the summary line ends with the counts
    assert (site.out / "events/steady-ground-meetup-2023-03-03/index.html").is_file()
    assert (site.out / "events/x/index.html").is_file()  # the `../../x` slug, kept inside output/
    assert tree(tmp_path, skip=site.out) == before  # nothing written beside or above output/
    assert not (tmp_path.parent / "x").exists()


# --- output folder safety ---------------------------------------------------------------------------------

NOTE = {"content/good.md": GOOD}


def refused(site: Path, *args: str, env: dict | None = None) -> str:
    proc = run(site, "build", "-q", "--no-search", *args, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    [line] = proc.stderr.splitlines()
    assert line.startswith("error: ")
    return line


def test_refuses_the_home_folder_even_with_force(make_site, tmp_path):
    home = tmp_path / "home"
    (home / "notes").mkdir(parents=True)
    (home / "notes" / "todo.txt").write_text("keep me", encoding="utf-8")
    site = make_site(NOTE)
    before = tree(home)
    line = refused(site.root, "--out", str(home), "--force", env={"HOME": str(home)})
    assert line.startswith(f"error: {site.config_path.resolve()}: refusing to use {home.resolve()} as the output folder")
    assert tree(home) == before


def test_refuses_the_project_root_content_and_theme_folders(make_site, tmp_path):
    site = make_site({**NOTE, "themes/mine/theme.yml": "name: mine\nextends: default\n",
                      "themes/mine/templates/.keep": ""})
    site.write("site.yml", "title: Folders\nlanguage: en\nsearch: false\ntheme: mine\n")
    before = tree(tmp_path)
    for out, expected in [
        (".", f"refusing to use {site.root.resolve()} as the output folder"),
        ("content", "overlaps the content folder"),
        ("content/site", "overlaps the content folder"),
        ("themes", "overlaps the themes folder"),
        ("themes/mine", "overlaps the themes folder"),
    ]:
        assert expected in refused(site.root, "--out", out, "--force"), out
        assert tree(tmp_path) == before, out


def test_refuses_root_and_a_foreign_folder_unless_forced(make_site):
    site = make_site(NOTE)
    config, _ = load_config(site.config_path)
    with pytest.raises(BuildError, match="refusing"):
        check_output_dir(replace(config, output_dir=Path("/")), force=True)
    foreign = site.root / "public"
    foreign.mkdir()
    (foreign / "index.html").write_text("someone else's site", encoding="utf-8")
    before = tree(foreign)
    line = refused(site.root, "--out", "public")
    assert line == (f"error: the output folder {foreign.resolve()} is not empty and was not written by talkarchive "
                    "(empty it, choose another `output_dir`, or pass --force)")
    assert tree(foreign) == before
    proc = run(site.root, "build", "-q", "--no-search", "--out", "public", "--force")
    assert proc.returncode == 0, proc.stderr
    assert (foreign / MARKER).is_file() and "someone else" not in (foreign / "index.html").read_text("utf-8")


def test_refuses_the_shipped_theme_folders_even_with_force(make_site):
    site = make_site(NOTE)
    config, _ = load_config(site.config_path)
    for out in (SHIPPED_THEMES, SHIPPED_THEMES / "default", SHIPPED_THEMES / "default" / "static"):
        with pytest.raises(BuildError):  # only checked, never written
            check_output_dir(replace(config, output_dir=out), force=True)


def test_refuses_a_folder_that_holds_the_home_folder_even_with_force(make_site, tmp_path, monkeypatch):
    home = tmp_path / "people" / "me"
    home.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    site = make_site(NOTE)
    config, _ = load_config(site.config_path)
    for out in (home.parent, Path("/usr")):
        with pytest.raises(BuildError):  # only checked, never written
            check_output_dir(replace(config, output_dir=out), force=True)


# --- the reader's messages, unit by unit ----------------------------------------------------------------------

@pytest.mark.parametrize("data, expected", [
    (b"---\ntitle: Loop\ntags: &t [a, *t]\n---\n\nbody\n",
     "loop.md:3: a YAML alias (*name) makes the front matter contain itself "
     "(write the values out instead of repeating them with &anchors and *aliases)"),
    (b"+++\ntitle = \"x\"\nvenue = \n+++\n\nbody\n",  # tomllib says "at end of document": the last line
     "loop.md:3: invalid TOML front matter: Invalid value "
     "(check the TOML syntax: one `key = value` per line, text in double quotes, e.g. title = \"My Meetup\")"),
    (b"Old Mac Meetup\r\rline two\rline \x00three\r",  # CR-only line ends still give the right line
     "loop.md:4: the note contains a NUL byte (\\0), which a text note cannot hold "
     "(delete the NUL character, or save the note again as UTF-8 text)"),
    (b" \n\t\n\xef\xbb\xbf", None),  # whitespace only: empty
    (b"---\n- just\n- a list\n---\n\nbody\n",
     "loop.md:2: front matter must be a mapping of keys to values (write one `key: value` per line, "
     "e.g. `title: My Meetup #1`)"),
])
def test_reader_messages(data, expected):
    from generator.core.errors import ContentError
    from generator.read.sources import parse_note

    with pytest.raises(ContentError) as info:
        parse_note(data, "loop.md")
    if expected is None:
        expected = "loop.md: the note is empty (write the event's notes in it, or delete the file)"
    assert str(info.value) == expected


def test_front_matter_with_a_few_aliases_is_still_read():
    from generator.read.sources import parse_note

    note = parse_note(b"---\ntitle: Shared\nroom: &r Hall A\nvenue: *r\ntags: &t [x, y]\nkeywords: *t\n---\n\nb\n",
                      "ok.md")
    assert note.front_matter["venue"] == "Hall A" and note.front_matter["keywords"] == ["x", "y"]
