"""Site discovery like git and Hugo: every command uses the nearest site.yml, in the current folder or
above it, and says which; `new` writes into that site's content folder wherever you stand; with no
site.yml anywhere the message says so and suggests `talkarchive init`."""
from __future__ import annotations

import os
from pathlib import Path

from generator.cli import main
from generator.core.config import find_site_file

NOTE = """\
    ---
    title: Discovery Meetup 2
    date: 2024-07-06
    ---

    ## Finding your way up

    Speaker: Sora Kimura
    """


def cli(monkeypatch, capsys, cwd: Path, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_find_site_file_walks_up(tmp_path, monkeypatch):
    (tmp_path / "site" / "content" / "2024").mkdir(parents=True)
    (tmp_path / "site" / "site.yml").write_text("title: T\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "site" / "content" / "2024")
    assert find_site_file() == Path("../../site.yml")
    assert find_site_file(tmp_path / "site" / "content") == tmp_path / "site" / "site.yml"
    assert find_site_file(tmp_path) is None


def test_build_from_the_content_folder_builds_the_site_above(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": NOTE})
    code, out, err = cli(monkeypatch, capsys, site.root / "content", "build")
    assert code == 0, err
    assert err.splitlines()[0] == f"using ../site.yml (the site in {site.root.resolve()})"
    assert "content/content" not in err
    assert (site.out / "events" / "discovery-meetup-2" / "index.html").is_file()
    assert not (site.root / "content" / "output").exists()


def test_check_from_a_subfolder_checks_the_whole_site(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": NOTE, "content/2024/b.md": NOTE.replace("Meetup 2", "Meetup 3")})
    code, out, err = cli(monkeypatch, capsys, site.root / "content" / "2024", "check")
    assert code == 0, err
    assert out.splitlines()[-1].startswith("2 notes checked, 2 talks, 0 errors")
    assert err.startswith("using ../../site.yml (the site in ")


def test_new_writes_into_the_sites_content_folder_wherever_you_stand(make_site, monkeypatch, capsys, tmp_path):
    site = make_site({"site.yml": "title: T\nlanguage: en\ncontent_dir: notes\n", "notes/a.md": NOTE})
    (site.root / "notes" / "2024").mkdir()
    for cwd in (site.root / "notes" / "2024", site.root / "notes", site.root):
        code, out, err = cli(monkeypatch, capsys, cwd, "new", f"From {cwd.name}", "--date", "2025-03-01")
        assert code == 0, err
        written = (cwd / out.strip()).resolve()
        assert written.parent == (site.root / "notes").resolve(), (cwd, out)
    assert not (site.root / "notes" / "notes").exists() and not (site.root / "notes" / "content").exists()
    assert not (site.root / "content").joinpath("2025-03-01-from-site.md").exists()


def test_no_site_yml_anywhere_says_so_and_suggests_init(tmp_path, monkeypatch, capsys):
    empty = tmp_path / "nowhere"
    empty.mkdir()
    for command in (["build"], ["check"], ["new", "X"]):
        code, out, err = cli(monkeypatch, capsys, empty, *command)
        assert code == 1, command
        last = err.strip().splitlines()[-1]
        assert last.startswith(f"error: no site.yml in {empty.resolve()} or any folder above it"), (command, err)
        assert "talkarchive init" in last
    assert list(empty.iterdir()) == []  # `new` wrote nothing


def test_a_folder_with_content_but_no_site_yml_still_builds_with_the_defaults(tmp_path, monkeypatch, capsys):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text(NOTE.replace("    ", ""), encoding="utf-8")
    code, out, err = cli(monkeypatch, capsys, tmp_path, "build", "--no-search")
    assert code == 0, err
    assert err.splitlines()[0].startswith(f"no site.yml in {tmp_path.resolve()} or any folder above it: using the defaults")
    assert (tmp_path / "output" / "index.html").is_file()


def test_publish_names_the_site_it_found(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": NOTE})
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(site.root.parent))
    code, out, err = cli(monkeypatch, capsys, site.root / "content", "publish", "--dry-run")
    assert code == 1  # not a git repository: but the site was found first
    assert err.splitlines()[0] == f"using ../site.yml (the site in {site.root.resolve()})"
    assert f"{site.root.resolve()} is not inside a git repository" in err
