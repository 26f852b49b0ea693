"""Drafts: `draft: true` (Hugo, talkarchive's own notes) and `published: false` (Jekyll, Zenn, Qiita)
are left out of `build` and `publish`, counted in the summary line; `build --drafts` and `serve` show
them with a draft badge; the notes `init` and `new` write are drafts until the line is deleted."""
from __future__ import annotations

import datetime as dt
import re
import urllib.request

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from generator.cli import main
from generator.read.sources import is_draft

PUBLISHED = """\
    ---
    title: Ready Meetup 1
    date: 2024-03-02
    ---

    ## Shipping small things

    Speaker: Aya Mori
    """

HUGO_DRAFT = """\
    ---
    title: Hugo Draft Meetup
    date: 2024-03-09
    draft: true
    ---

    ## A talk not written up yet

    Speaker: Ken Ito
    """

TOML_DRAFT = """\
    +++
    title = "Toml Draft Meetup"
    date = 2024-03-10
    draft = true
    +++

    ## Toml talk

    Speaker: Ken Ito
    """

JEKYLL_UNPUBLISHED = """\
    ---
    title: Jekyll Unpublished Meetup
    date: 2024-03-16
    published: false
    ---

    ## Half-written talk

    Speaker: Mei Sato

    ![missing](nowhere.png)
    """

CANONICAL_DRAFT = """\
    ---
    canonical: true
    draft: true
    title: Canonical Draft Meetup
    event_date: 2024-03-23
    talks:
      - title: Canonical talk
        speakers: [Jun Abe]
    ---
    """

ZENN_PUBLISHED = """\
    ---
    title: Zenn Published Meetup
    published: true
    published_at: 2024-03-30
    ---

    ## Zenn talk

    Speaker: Rio Kondo
    """

DRAFTS = {"content/hugo.md": HUGO_DRAFT, "content/toml.md": TOML_DRAFT, "content/jekyll.md": JEKYLL_UNPUBLISHED,
          "content/canonical.md": CANONICAL_DRAFT}


@pytest.mark.parametrize("front, draft", [
    ({"draft": True}, True), ({"Draft": "true"}, True), ({"draft": False}, False),
    ({"published": False}, True), ({"Published": "false"}, True), ({"published": True}, False),
    ({"published": dt.date(2024, 1, 1)}, False), ({"published_at": "2024-01-01"}, False),
    ({"title": "draft"}, False), ({}, False),
])
def test_which_front_matter_makes_a_draft(front, draft):
    assert is_draft(front) is draft


def _cli(monkeypatch, capsys, cwd, *args):
    monkeypatch.chdir(cwd)
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_build_leaves_drafts_out_and_counts_them(make_site, monkeypatch, capsys):
    site = make_site({"content/ready.md": PUBLISHED, "content/zenn.md": ZENN_PUBLISHED, **DRAFTS})
    code, out, err = _cli(monkeypatch, capsys, site.root, "build", "-q")
    assert code == 0, err
    assert out.startswith("6 notes (4 drafts left out; build --drafts shows them), 2 events, 2 talks,"), out
    assert "nowhere.png" not in err  # a draft's own findings wait until it is shown
    events = sorted(p.name for p in (site.out / "events").iterdir() if (p / "index.html").is_file() and p.name != "2024")
    assert events == ["ready-meetup-1", "zenn-published-meetup"]
    html = "".join(p.read_text(encoding="utf-8") for p in site.out.rglob("*.html"))
    for title in ("Hugo Draft", "Toml Draft", "Jekyll Unpublished", "Canonical Draft", "Half-written"):
        assert title not in html
    assert "badge-draft" not in html
    # nothing changed: the cached build says the same
    code, out, err = _cli(monkeypatch, capsys, site.root, "build", "-q")
    assert out.startswith("6 notes (4 drafts left out; build --drafts shows them), 2 events,"), out


def test_build_with_drafts_shows_them_with_a_badge(make_site, monkeypatch, capsys):
    site = make_site({"content/ready.md": PUBLISHED, **DRAFTS})
    code, out, err = _cli(monkeypatch, capsys, site.root, "build", "-q", "--drafts")
    assert code == 0, err
    assert out.startswith("5 notes, 5 events, 5 talks,"), out
    assert "nowhere.png" in err
    for slug in ("hugo-draft-meetup", "toml-draft-meetup", "jekyll-unpublished-meetup", "canonical-draft-meetup"):
        event = HTMLParser(site.read(f"events/{slug}/index.html"))
        assert [b.text() for b in event.css("h1 .badge-draft")] == ["Draft"], slug
        talk_page = next(p for p in (site.out / "events" / slug).iterdir() if p.is_dir())
        talk = HTMLParser((talk_page / "index.html").read_text(encoding="utf-8"))
        assert [b.text() for b in talk.css(".kicker .badge-draft")] == ["Draft"], slug
    ready = HTMLParser(site.read("events/ready-meetup-1/index.html"))
    assert ready.css(".badge-draft") == []
    home = HTMLParser(site.read("index.html"))
    assert len(home.css(".event-card .badge-draft")) == 4
    # the same site built without --drafts loses them again
    code, out, err = _cli(monkeypatch, capsys, site.root, "build", "-q")
    assert out.startswith("5 notes (4 drafts left out"), out
    assert not (site.out / "events" / "hugo-draft-meetup").exists()


def test_the_paper_theme_marks_drafts_too(make_site, monkeypatch, capsys):
    site = make_site({"content/hugo.md": HUGO_DRAFT}, config="title: T\nlanguage: ja\nsearch: false\ntheme: paper\n")
    code, out, err = _cli(monkeypatch, capsys, site.root, "build", "-q", "--drafts")
    assert code == 0, err
    home = HTMLParser(site.read("index.html"))
    assert [b.text() for b in home.css(".paper-card .badge-draft")] == ["下書き"]
    assert HTMLParser(site.read("events/hugo-draft-meetup/index.html")).css("h1 .badge-draft")


def test_check_leaves_drafts_out_unless_asked(make_site, monkeypatch, capsys):
    undated = "---\ntitle: Undated Draft\ndraft: true\n---\n\n## A talk\n\nSpeaker: Aya Mori\n"
    site = make_site({"content/ready.md": PUBLISHED, "content/undated.md": undated})
    code, out, err = _cli(monkeypatch, capsys, site.root, "check", "--strict")
    assert code == 0 and "undated.md" not in out, out
    code, out, err = _cli(monkeypatch, capsys, site.root, "check", "--strict", "--drafts")
    assert code == 1 and "undated.md" in out, out


def test_serve_shows_drafts_with_the_badge(make_site, monkeypatch, capsys):
    import generator.preview.serve as serve

    site = make_site({"content/ready.md": PUBLISHED, "content/hugo.md": HUGO_DRAFT})
    seen = {}

    def fake_run(preview, open_browser=False):
        preview.port = 0
        url = preview.start()
        try:
            with urllib.request.urlopen(url + "events/hugo-draft-meetup/", timeout=10) as response:
                seen["page"] = response.read().decode("utf-8")
        finally:
            preview.stop()
        return 0

    monkeypatch.setattr(serve, "run", fake_run)
    code, out, err = _cli(monkeypatch, capsys, site.root, "serve", "--no-search", "--port", "0")
    assert code == 0, err
    assert HTMLParser(seen["page"]).css("h1 .badge-draft")


def test_inits_example_note_is_a_draft_until_its_line_is_deleted(tmp_path, monkeypatch, capsys):
    code, out, err = _cli(monkeypatch, capsys, tmp_path, "init", "site")
    assert code == 0, err
    site = tmp_path / "site"
    code, out, err = _cli(monkeypatch, capsys, site, "build", "-q", "--no-search")
    assert code == 0, err
    assert out.startswith("1 notes (1 drafts left out; build --drafts shows them), 0 events, 0 talks,"), out
    note = next((site / "content").iterdir())
    text = note.read_text(encoding="utf-8")
    assert re.search(r"^draft: true +# .*Delete this line to publish it$", text, re.M)
    note.write_text(re.sub(r"^draft: true.*\n", "", text, flags=re.M), encoding="utf-8")
    code, out, err = _cli(monkeypatch, capsys, site, "build", "-q", "--no-search")
    assert out.startswith("1 notes, 1 events, 2 talks,"), out


def test_an_untouched_new_note_is_a_draft(make_site, monkeypatch, capsys):
    site = make_site({"content/ready.md": PUBLISHED})
    code, out, err = _cli(monkeypatch, capsys, site.root, "new", "Next Meetup", "--date", "2025-01-10")
    assert code == 0, err
    code, out, err = _cli(monkeypatch, capsys, site.root, "build", "-q")
    assert out.startswith("2 notes (1 drafts left out; build --drafts shows them), 1 events,"), out
    assert not (site.out / "events" / "next-meetup").exists()
