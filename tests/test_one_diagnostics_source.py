"""One diagnostics source: `check` runs the reading and indexing `build` does, renders the pages in
memory, and reports the same findings with their lines (a missing image included); serve's log
counts the files a rebuild removed, also when it replaced the whole output."""
from __future__ import annotations

from pathlib import Path

from generator.cli import main
from generator.core.config import load_config
from generator.preview.serve import LiveSite

MANY = {
    "content/images.md": """\
        ---
        title: Image Meetup
        date: 2024-02-02
        ---

        The room before the talks:

        ![the room](photos/room.png)

        ## Pictures of slides

        Speaker: Ann Lee

        - the first slide ![slide](slides/one.png)
        - the second slide, present ![slide](present.png)
        """,
    "content/present.png": b"\x89PNG\r\n\x1a\n",
    "content/broken.md": "---\ntitle: Broken\nvenue: Room: 3\n---\n\ntext\n",
    "content/undated.md": "# Undated Meetup\n\n## A talk\n\nSpeaker: Emi Kato\n",
    "content/listed.md": """\
        ---
        title: Listed Meetup
        event_date: 2025-01-02
        talks:
          - title: Listed talk
            speakers: [Aya Mori]
        ---

        ## Listed talk

        notes

        ## Surprise talk

        - 山田 太郎さん
        """,
}


def _findings(text: str) -> list[str]:
    return sorted(l for l in text.splitlines() if ": warning: " in l or ": error: " in l)


def test_check_reports_exactly_what_build_reports_with_lines(make_site, monkeypatch, capsys):
    site = make_site(MANY)
    monkeypatch.chdir(site.root)
    assert main(["check"]) == 1
    checked = capsys.readouterr().out
    assert main(["build", "-q", "--no-search"]) == 1
    built = capsys.readouterr()
    assert _findings(checked) == _findings(built.err)
    assert "images.md:8: warning: 'photos/room.png' is not a file in the content folder" in checked
    assert "images.md:14: warning: 'slides/one.png' is not a file in the content folder" in checked
    assert "present.png" not in checked
    # the counts agree too
    warnings, errors = len([l for l in _findings(checked) if ": warning: " in l]), \
        len([l for l in _findings(checked) if ": error: " in l])
    assert checked.splitlines()[-1] == f"4 notes checked, 3 talks, {errors} errors, {warnings} warnings"
    assert built.out.startswith("4 notes, 3 events, 3 talks,")
    assert f", {warnings} warnings, {errors} errors," in built.out


def test_check_writes_nothing(make_site, monkeypatch, capsys):
    site = make_site(MANY)
    before = sorted(p.relative_to(site.root).as_posix() for p in site.root.rglob("*"))
    monkeypatch.chdir(site.root)
    main(["check"])
    assert sorted(p.relative_to(site.root).as_posix() for p in site.root.rglob("*")) == before


def test_check_finds_a_broken_template_as_build_does(make_site, monkeypatch, capsys):
    site = make_site({"content/a.md": "# A Meetup\n\n## Talk\n\nSpeaker: Ann Lee\n",
                      "templates/event.html": "{% extends 'default:event.html' %}{% block content %}{{ event.nope() }}"
                                              "{% endblock %}"})
    monkeypatch.chdir(site.root)
    assert main(["check"]) == 1
    checked = capsys.readouterr().err
    assert main(["build", "-q", "--no-search"]) == 1
    built = capsys.readouterr().err
    assert checked.splitlines()[-1] == built.splitlines()[-1]
    assert "event.html" in built.splitlines()[-1]


def test_a_full_rebuild_counts_the_files_it_removed(make_site):
    site = make_site({"content/a.md": "---\ntitle: A Meetup\ndate: 2024-01-01\n---\n\n## Talk A\n\nSpeaker: Ann Lee\n",
                      "content/b.md": "---\ntitle: B Meetup\ndate: 2024-01-02\n---\n\n## Talk B\n\nSpeaker: Bo Kim\n"})
    rebuilder = LiveSite(lambda: load_config(site.config_path))
    rebuilder.rebuild()
    (site.root / "content" / "b.md").unlink()
    site.write("site.yml", "title: Renamed\nlanguage: en\nsearch: false\n")  # a site.yml change: the whole output
    result = rebuilder.rebuild([site.root / "content" / "b.md", site.config_path])
    assert result.full
    gone = ["events/b-meetup/index.html", "events/b-meetup/talk-b/index.html", "speakers/bo-kim/index.html"]
    assert list(result.deleted) == gone
    assert not any((site.out / rel).exists() for rel in gone)
