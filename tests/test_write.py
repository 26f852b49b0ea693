"""Write stage: atomic output, stale files removed, and the output folder checks."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.core.config import load_config
from generator.core.errors import BuildError, ThemeError
from generator.write.output_folder import MARKER, check_output_dir, write_site

NOTE_A = """\
    ---
    title: Atomic Meetup
    date: 2022-02-02
    ---

    ## Writing files safely

    Speaker: Rin Aoki

    - rename is atomic on one filesystem
    """

NOTE_B = """\
    ---
    title: Second Meetup
    date: 2022-03-03
    ---

    ## Another talk

    Speaker: Sora Kudo
    """


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".staging-" in p.name or ".old-" in p.name)


def config_for(site, **changes):
    config, _ = load_config(site.config_path)
    return replace(config, **changes)


# --- writing ------------------------------------------------------------------------------------------

def test_build_writes_marker_and_pages(make_site):
    site = make_site({"content/a.md": NOTE_A})
    result = site.build()
    assert (site.out / MARKER).is_file()
    assert "talkarchive" in (site.out / MARKER).read_text(encoding="utf-8")
    html_files = [p for p in site.out.rglob("*.html")]
    assert len(html_files) == result.pages
    assert leftovers(site.root) == []


def test_previous_output_intact_when_a_template_raises(make_site):
    site = make_site({"content/a.md": NOTE_A})
    site.build()
    before = snapshot(site.out)
    assert any(k.startswith("events/atomic-meetup/") for k in before)
    site.write("content/b.md", NOTE_B)
    site.write("templates/talk.html", "{{ talk.title }} {{ talk.no_such_field.deeper }}\n")
    with pytest.raises(ThemeError):
        site.build()
    assert snapshot(site.out) == before
    assert not (site.out / "events" / "second-meetup").exists()
    assert leftovers(site.root) == []


def test_previous_output_intact_when_a_filter_fails(make_site):
    site = make_site({"content/a.md": NOTE_A})
    site.build()
    before = snapshot(site.out)
    site.write("templates/event.html", "{{ (event.title|length) / 0 }}\n")
    with pytest.raises(ThemeError) as info:
        site.build()
    assert info.value.path and info.value.path.endswith("event.html")
    assert snapshot(site.out) == before


def test_stale_files_are_removed(make_site):
    site = make_site({"content/a.md": NOTE_A, "content/b.md": NOTE_B})
    site.build()
    assert (site.out / "events" / "second-meetup" / "index.html").is_file()
    (site.root / "content" / "b.md").unlink()
    site.build()
    assert not (site.out / "events" / "second-meetup").exists()
    assert (site.out / "events" / "atomic-meetup" / "index.html").is_file()


def test_write_site_replaces_folder_and_keeps_it_on_failure(tmp_path):
    out = tmp_path / "public"
    src = tmp_path / "logo.svg"
    src.write_text("<svg/>", encoding="utf-8")
    records = write_site(out, {"index.html": "one", "a/index.html": "A"}, {"static/logo.svg": src})
    assert sorted(records) == ["a/index.html", "index.html", "static/logo.svg"]
    assert snapshot(out) == {"index.html": b"one", "a/index.html": b"A", "static/logo.svg": b"<svg/>",
                             MARKER: (out / MARKER).read_bytes()}
    before = snapshot(out)
    with pytest.raises(BuildError):
        write_site(out, {"index.html": "two"}, {"static/gone.png": tmp_path / "does-not-exist.png"})
    assert snapshot(out) == before
    assert leftovers(tmp_path) == []
    write_site(out, {"index.html": "three"}, {})
    assert snapshot(out) == {"index.html": b"three", MARKER: (out / MARKER).read_bytes()}
    assert leftovers(tmp_path) == []


def test_write_site_refuses_paths_outside_the_output(tmp_path):
    out = tmp_path / "public"
    with pytest.raises(BuildError, match="outside"):
        write_site(out, {"../escape.html": "x"}, {})
    assert not (tmp_path / "escape.html").exists()
    assert not out.exists()


def test_refused_write_leaves_no_staging_folder(tmp_path):
    out = tmp_path / "public"
    with pytest.raises(BuildError):
        write_site(out, {"ok.html": "x", "../escape.html": "x"}, {})
    assert leftovers(tmp_path) == []


# --- output folder checks ------------------------------------------------------------------------------------

def test_refuses_root(make_site):
    site = make_site({})
    with pytest.raises(BuildError, match="refusing"):
        check_output_dir(config_for(site, output_dir=Path("/")))


def test_refuses_home(make_site, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    site = make_site({})
    with pytest.raises(BuildError, match="refusing"):
        check_output_dir(config_for(site, output_dir=home))


def test_refuses_project_root(make_site):
    site = make_site({"site.yml": "title: X\noutput_dir: .\n"})
    with pytest.raises(BuildError, match="refusing"):
        site.build()
    assert (site.root / "site.yml").is_file()


@pytest.mark.parametrize("output_dir, content_dir, message", [
    ("content", "content", "overlaps the content folder"),
    ("content/public", "content", "overlaps the content folder"),
    ("site-out", "site-out/notes", "overlaps the content folder"),
    ("..", "content", "it is a folder holding the project folder"),
])
def test_refuses_overlap_with_content(make_site, output_dir, content_dir, message):
    site = make_site({"site.yml": f"output_dir: {output_dir}\ncontent_dir: {content_dir}\n",
                      f"{content_dir}/a.md": NOTE_A})
    before = snapshot(site.root)
    with pytest.raises(BuildError, match=message):
        site.build()
    assert snapshot(site.root) == before


def test_refuses_overlap_with_templates(make_site):
    site = make_site({"site.yml": "output_dir: templates/out\n"})
    with pytest.raises(BuildError, match="overlaps the templates folder"):
        site.build()


def test_refuses_non_empty_foreign_folder_unless_forced(make_site):
    site = make_site({"content/a.md": NOTE_A})
    site.out.mkdir()
    (site.out / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(BuildError, match="not empty"):
        site.build()
    assert (site.out / "thesis.docx").read_bytes() == b"precious"
    site.build(force=True)
    assert (site.out / MARKER).is_file()
    assert not (site.out / "thesis.docx").exists()


def test_empty_folder_and_own_output_are_fine(make_site):
    site = make_site({"content/a.md": NOTE_A})
    site.out.mkdir()
    assert check_output_dir(config_for(site)) == site.out.resolve()
    site.build()
    (site.out / "leftover.txt").write_text("from an older build", encoding="utf-8")
    site.build()  # marked as ours: no --force needed
    assert not (site.out / "leftover.txt").exists()


def test_output_path_that_is_a_file(make_site):
    site = make_site({"content/a.md": NOTE_A})
    site.out.write_text("not a folder", encoding="utf-8")
    with pytest.raises(BuildError, match="is a file"):
        site.build()
    assert site.out.read_text(encoding="utf-8") == "not a folder"
