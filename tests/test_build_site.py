"""End-to-end: the sample site builds, every page kind exists with real content, no broken local link."""
from __future__ import annotations

import re

import pytest

from generator.engine.build import build
from generator.core.config import load_config
from tests.conftest import REPO
from tests.linkcheck import broken_links, parse


@pytest.fixture(scope="module", params=["https://example.github.io/archive/", "/"], ids=["project-path", "root"])
def sample(request, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "site"
    config, warnings = load_config(REPO / "site.yml", overrides={"output_dir": str(out), "base_url": request.param})
    assert warnings == []
    result = build(config)
    return config, out, result


def test_sample_site_builds_cleanly(sample):
    config, out, result = sample
    assert result.errors == 0, [str(d) for d in result.diagnostics]
    assert result.warnings == 0, [str(d) for d in result.diagnostics]
    assert result.notes >= 8 and result.events == result.notes
    assert result.talks >= 30


def test_every_page_kind_exists(sample):
    config, out, _ = sample
    for rel in ("index.html", "events/index.html", "tags/index.html", "speakers/index.html", "404.html",
                "static/style.css"):
        assert (out / rel).is_file(), rel
    event_pages = [p for p in (out / "events").glob("*/index.html")]
    talk_pages = [p for p in (out / "events").glob("*/*/index.html")]
    assert len(event_pages) >= 8
    assert len(talk_pages) >= 30
    assert len(list((out / "tags").glob("*/index.html"))) >= 5
    assert len(list((out / "speakers").glob("*/index.html"))) >= 10


def test_no_broken_local_links(sample):
    config, out, _ = sample
    assert broken_links(out, config.base_path) == []


def test_every_link_honours_base_url(sample):
    config, out, _ = sample
    for page in out.rglob("*.html"):
        for tag, url in parse(page.read_text(encoding="utf-8")).links:
            if url.startswith("/"):
                assert url.startswith(config.base_path), (page, url)
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', (out / "index.html").read_text())
    if config.absolute_base:
        assert canonical.group(1) == config.absolute_base
    else:
        assert canonical.group(1) == "/"


def test_event_page_lists_its_talks_in_order(sample):
    config, out, _ = sample
    html = (out / "events/python-fukuoka-12/index.html").read_text(encoding="utf-8")
    assert "<h1>Python Fukuoka #12</h1>" in html
    positions = [html.index(t) for t in ("型ヒントと mypy", "Django で作る社内向け", "pandas から始めるログ解析")]
    assert positions == sorted(positions)
    assert "https://pyfuk.connpass.com/event/123456/" in html
    # its own notes (はじめに, まとめ, 懇親会) are on the event page, not talk pages
    assert "懇親会" in html


def test_talk_page_has_context_speakers_links_notes_and_neighbours(sample):
    config, out, _ = sample
    talk_dir = next(p for p in (out / "events/python-fukuoka-12").iterdir() if p.name.startswith("型ヒントと"))
    html = (talk_dir / "index.html").read_text(encoding="utf-8")
    assert "型ヒントと mypy を段階的に導入した話" in html
    assert f'href="{config.base_path}events/python-fukuoka-12/"' in html  # event context
    assert re.search(r'href="[^"]*speakers/[^"]+/">木下 遥</a>', html)
    assert "speakerdeck.com" in html
    assert "<ul>" in html  # the notes, rendered as lists
    assert 'rel="next"' in html and 'rel="prev"' not in html.split("</head>")[1]  # first talk has no previous


def test_speaker_page_lists_talks_across_events(sample):
    config, out, _ = sample
    html = next(p for p in (out / "speakers").glob("*/index.html") if "中島 悠真" in p.read_text(encoding="utf-8")
                and p.parent.name != "speakers").read_text(encoding="utf-8")
    events = set(re.findall(r'href="[^"]*events/([^/"]+)/[^/"]+/"', html))
    assert len(events) >= 3


def test_tags_index_counts_and_tag_page(sample):
    config, out, _ = sample
    html = (out / "tags/index.html").read_text(encoding="utf-8")
    assert "AWS" in html and "Python" in html
    aws = (out / "tags/aws/index.html").read_text(encoding="utf-8")
    assert len(re.findall(r'href="[^"]*events/[^/"]+/"', aws)) >= 3


def test_events_index_grouped_by_year_newest_first(sample):
    config, out, _ = sample
    html = (out / "events/index.html").read_text(encoding="utf-8")
    years = [int(y) for y in re.findall(r"<h2>(?:<a [^>]*>)?(\d{4})", html)]
    assert years == sorted(years, reverse=True) and len(years) >= 6


def test_only_the_themes_own_scripts_reach_the_output(sample):
    """No script from a note: the only scripts are the theme's files, Pagefind's UI and JSON-LD data."""
    config, out, _ = sample
    base = config.base_path
    allowed_src = re.compile(rf'<script src="{re.escape(base)}(static/[a-z-]+\.js|pagefind/pagefind-ui\.js)" defer>'
                             r"</script>")
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text, flags=re.IGNORECASE):
            if tag == '<script type="application/ld+json">':
                continue
            assert allowed_src.match(tag + "</script>"), (page, tag)
        for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, flags=re.DOTALL):
            assert "<" not in data, page
        assert "javascript:" not in text.lower(), page


def test_sample_notes_are_original_text():
    """The sample site must be our own writing: no line of a seed note appears in content/."""
    seeds = REPO.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    seed_lines = {l.strip() for p in seeds.glob("*.txt") for l in p.read_text(encoding="utf-8").splitlines()
                  if len(l.strip()) > 25}
    for note in (REPO / "content").rglob("*"):
        if note.is_file():
            overlap = seed_lines & {l.strip() for l in note.read_text(encoding="utf-8").splitlines()}
            assert not overlap, (note, sorted(overlap)[:3])
