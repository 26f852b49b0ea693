"""The shipped `paper` theme: a second theme built on `default` with `extends:`.

It overrides base.html (only its `theme_head` block, to add paper.css), home.html and the event card
partial; it adds i18n strings and a stylesheet, and inherits the rest.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
import yaml

from generator.engine.build import build
from generator.core.config import load_config
from generator.render.themes import SHIPPED_THEMES, load_theme, make_environment
from tests.conftest import REPO

PAPER = SHIPPED_THEMES / "paper"
VNU = REPO / "tools/node_modules/vnu-jar/build/dist/vnu.jar"

NOTE_JA = """\
    ---
    title: 港町 Python 勉強会 #7
    date: 2024-05-18
    venue: みなとみらい会議室 A
    tags: [Python, 型ヒント]
    ---

    今回は型ヒントの回でした。

    ## 型ヒントで変わったこと

    - 山田 太郎さん
    - mypy を CI に入れた話
    - `Protocol` の使いどころ

    ## Rust と Python のあいだ

    - 佐藤 花子さん
    - PyO3 で書いた拡張の計測
    """

NOTE_EN = """\
    ---
    title: Harbour Testing Night 3
    date: 2023-11-02
    venue: Dockside Lab
    tags: [testing, Python]
    ---

    ## Snapshot tests without tears

    Speaker: Ada Example

    - keep snapshots small and reviewed

    ## Property-based testing in practice

    Speaker: Ben Sample

    - start from the properties you already assert by hand
    """

BASE = "/archive/"


def paper_site(make_site, files: dict | None = None, language: str = "en", notes: dict | None = None):
    config = (f"title: Paper Test\nlanguage: {language}\ntheme: paper\n"
              f"base_url: https://example.org{BASE}\n")
    notes = {"content/2024-05-minato.md": NOTE_JA, "content/2023-11-harbour.md": NOTE_EN} if notes is None else notes
    site = make_site({**notes, **(files or {})}, config=config)
    site.build()
    return site


def pages(site) -> dict[str, str]:
    return {p.relative_to(site.out).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(site.out.rglob("*.html"))}


def main_of(html: str) -> str:
    found = re.search(r"<main\b.*?</main>", html, re.S)
    assert found, "no <main> element"
    return found.group(0)


def page(site, pattern: str) -> str:
    found = sorted(site.out.glob(pattern))
    assert found, f"no page matches {pattern}"
    return found[0].read_text(encoding="utf-8")


# --- the theme's own files ---------------------------------------------------------------------------------

def test_theme_yml_extends_default(make_site):
    meta = yaml.safe_load((PAPER / "theme.yml").read_text(encoding="utf-8"))
    assert meta["name"] == "paper"
    assert meta["extends"] == "default"
    assert len(meta["description"]) > 20
    site = make_site({}, config="theme: paper\n")
    config, _ = load_config(site.config_path)
    theme = load_theme(config)
    assert [name for name, _ in theme.chain] == ["paper", "default"]
    assert theme.template_dirs[1] == PAPER / "templates"


REPLACED = {"home.html", "partials/_event_card.html"}


def _blocks(text: str) -> list[str]:
    return re.findall(r"{%-?\s*block\s+(\w+)", text)


def test_paper_overrides_only_what_it_changes():
    templates = {p.relative_to(PAPER / "templates").as_posix() for p in (PAPER / "templates").rglob("*.html")}
    assert templates == {"base.html"} | REPLACED
    text = (PAPER / "templates" / "base.html").read_text(encoding="utf-8")
    assert '{% extends "default:base.html" %}' in text
    assert _blocks(text) == ["theme_head"]  # nothing but the theme's stylesheet changes; the layout is default's


def test_no_default_page_template_fills_the_themes_block():
    """`theme_head` belongs to themes: a default page filling it would drop paper.css on that page."""
    default = SHIPPED_THEMES / "default" / "templates"
    for path in sorted(default.rglob("*.html")):
        if path.name != "base.html":
            assert "theme_head" not in path.read_text(encoding="utf-8"), path.name


# --- the stylesheet ----------------------------------------------------------------------------------------

def test_stylesheet_is_linked_after_the_default_one_on_every_page(make_site):
    site = paper_site(make_site)
    all_pages = pages(site)
    assert {"index.html", "404.html", "events/index.html", "tags/index.html", "speakers/index.html"} <= set(all_pages)
    assert any(name.count("/") == 3 for name in all_pages)  # talk pages too
    default_link = f'<link rel="stylesheet" href="{BASE}static/style.css">'
    paper_link = f'<link rel="stylesheet" href="{BASE}static/paper.css">'
    for name, html in all_pages.items():
        assert html.count(default_link) == 1, name
        assert html.count(paper_link) == 1, name
        assert html.index(default_link) < html.index(paper_link) < html.index("</head>"), name


def test_stylesheet_is_copied_with_the_default_static_files(make_site):
    site = paper_site(make_site)
    static = site.out / "static"
    assert (static / "paper.css").read_bytes() == (PAPER / "static/paper.css").read_bytes()
    assert (static / "style.css").is_file()  # inherited from default
    assert (static / "favicon.svg").is_file()


def test_talk_pages_keep_the_default_prev_next_links(make_site):
    site = paper_site(make_site, notes={"content/2023-11-harbour.md": NOTE_EN})
    talks = sorted((site.out / "events").glob("*/*/index.html"))
    assert len(talks) == 2
    heads = [html.split("</head>")[0] for html in (p.read_text(encoding="utf-8") for p in talks)]
    assert sum('<link rel="next"' in h for h in heads) == 1
    assert sum('<link rel="prev"' in h for h in heads) == 1


# --- overridden templates ----------------------------------------------------------------------------------

def test_home_page_has_the_hero_with_counts_and_a_card_grid(make_site):
    site = paper_site(make_site)
    html = site.read("index.html")
    assert '<div class="page-header paper-hero">' in html
    assert '<ul class="paper-stats" aria-label="Archive statistics">' in html
    for n, label, url in [(2, "events", "events/"), (4, "talks", None), (4, "speakers", "speakers/"),
                          (3, "tags", "tags/")]:
        stat = f'<span class="paper-stat-n">{n}</span> <span class="paper-stat-label">{label}</span>'
        assert stat in html
        if url:
            assert f'<a href="{BASE}{url}">{stat}</a>' in html
    assert '<ul class="card-list paper-grid">' in html
    assert html.count('<article class="card event-card paper-card">') == 2
    assert '<p class="paper-card-date"><time datetime="2024-05-18">Sat, May 18, 2024</time></p>' in html
    assert '<div class="paper-columns">' in html
    assert 'class="stats"' not in html  # the default home header is replaced, not added to


def test_home_counts_use_the_singular_label(make_site):
    site = paper_site(make_site, notes={"content/2023-11-harbour.md": NOTE_EN})
    html = site.read("index.html")
    assert '<span class="paper-stat-n">1</span> <span class="paper-stat-label">event</span>' in html
    assert '<span class="paper-stat-n">2</span> <span class="paper-stat-label">talks</span>' in html


def test_event_cards_are_papers_on_the_events_and_tag_pages(make_site):
    site = paper_site(make_site)
    for rel in ("events/index.html", "tags/python/index.html"):
        html = site.read(rel)
        assert html.count('<article class="card event-card paper-card">') == 2, rel
        assert '<p class="paper-card-date"><time datetime="2023-11-02">' in html, rel


# --- inherited templates -----------------------------------------------------------------------------------

def test_pages_it_does_not_override_render_from_default(make_site, tmp_path):
    site = paper_site(make_site)
    config, _ = load_config(site.config_path, overrides={"theme": "default",
                                                         "output_dir": str(tmp_path / "default-out")})
    build(config)
    paper_pages = pages(site)
    talk_pages = [n for n in paper_pages if n.startswith("events/") and n.count("/") == 3]
    assert len(talk_pages) == 4
    compared = []
    for name, html in paper_pages.items():
        default_main = main_of((tmp_path / "default-out" / name).read_text(encoding="utf-8"))
        if "event-card" not in default_main and name != "index.html":  # pages without paper's cards
            assert main_of(html) == default_main, name
            compared.append(name)
    event_pages = [n for n in compared if re.fullmatch(r"events/[^/]*[^/0-9][^/]*/index\.html", n)]
    assert set(talk_pages) <= set(compared) and len(event_pages) == 2
    assert {"speakers/index.html", "tags/index.html", "speakers/ada-example/index.html"} <= set(compared)
    talk = paper_pages[talk_pages[0]]
    assert '<article class="talk"' in talk and '<nav class="breadcrumbs"' in talk
    tag = site.read("tags/python/index.html")  # default tag.html, with paper's cards inside
    assert '<h1><span class="tag-mark" aria-hidden="true">#</span>Python</h1>' in tag
    assert '<nav class="breadcrumbs"' in tag
    speaker = page(site, "speakers/ada-example/index.html")
    assert "<h1>Ada Example</h1>" in speaker and 'class="card talk-card"' in speaker


def test_site_templates_still_win_over_the_child_theme(make_site):
    site = paper_site(make_site, {
        "templates/home.html": "SITE-HOME {{ site.title }}\n",
        "templates/partials/_event_card.html": "SITE-CARD {{ event.title }}\n",
    })
    assert site.read("index.html") == "SITE-HOME Paper Test\n"
    events = site.read("events/index.html")
    assert "SITE-CARD Harbour Testing Night 3" in events
    assert "paper-card" not in events
    assert f'href="{BASE}static/paper.css"' in events  # paper's base.html is still used


# --- strings -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, recent, footer, default_recent, nav", [
    ("ja", "新着のイベント", "talkarchive（paper テーマ）で作成", "最近のイベント", "イベント"),
    ("en", "Latest events", "Built with talkarchive · paper theme", "Recent events", "Events"),
])
def test_paper_strings_win_over_default(make_site, language, recent, footer, default_recent, nav):
    site = paper_site(make_site, language=language)
    home = site.read("index.html")
    assert f"<h2>{recent}</h2>" in home
    assert default_recent not in home
    talk = page(site, "events/*/*/index.html")  # default's talk.html, paper's strings
    assert footer in talk
    assert f">{nav}</a></li>" in talk  # not overridden: still default's string


def test_paper_strings_exist_in_both_languages(make_site):
    table = yaml.safe_load((PAPER / "i18n.yml").read_text(encoding="utf-8"))
    assert set(table["ja"]) == set(table["en"])
    site = make_site({}, config="theme: paper\n")
    config, _ = load_config(site.config_path)
    for language in ("ja", "en"):
        t = make_environment(load_theme(config), language).globals["t"]
        for key in table[language]:
            assert t(key) == str(table[language][key])


# --- valid HTML and CSS ------------------------------------------------------------------------------------

@pytest.mark.skipif(not VNU.is_file() or shutil.which("java") is None,
                    reason="needs Java and the Nu Html Checker (scripts/test installs it with npm)")
def test_paper_pages_are_valid_html(make_site, tmp_path):
    """Paper's pages (a small site and the sample site) and paper.css pass the Nu Html Checker.

    Messages that the same pages also get with the default theme are left to test_html_valid.py:
    this test is about what paper adds.
    """
    site = paper_site(make_site, language="ja")
    outs = {"paper-small": site.out}
    for theme in ("default", "paper"):
        out = tmp_path / f"{theme}-sample"
        config, _ = load_config(REPO / "site.yml", overrides={"theme": theme, "output_dir": str(out)})
        build(config)
        outs[f"{theme}-sample"] = out
    config, _ = load_config(site.config_path, overrides={"theme": "default", "output_dir": str(tmp_path / "default-small")})
    build(config)
    outs["default-small"] = tmp_path / "default-small"
    files = [str(p) for out in outs.values() for p in sorted(out.rglob("*.html"))]
    proc = subprocess.run(["java", "-jar", str(VNU), "--format", "json", "--also-check-css", *files,
                           str(site.out / "static/paper.css")], capture_output=True, text=True, timeout=600)
    found: dict[str, set] = {name: set() for name in outs}
    for m in json.loads(proc.stderr or '{"messages": []}')["messages"]:
        if m.get("type") == "error" or m.get("subType") == "warning":
            url = m.get("url", "")
            name = next((n for n, out in outs.items() if f"{out.as_posix()}/" in url), "paper-small")
            page = url.split(f"{outs[name].as_posix()}/", 1)[-1]
            found[name].add(f"{page}: {m.get('type')}: {m.get('message')}")
    problems = sorted((found["paper-small"] - found["default-small"]) | (found["paper-sample"] - found["default-sample"]))
    assert problems == []


def test_theme_makes_no_external_requests():
    checked = 0
    for path in sorted(PAPER.rglob("*")):
        if path.suffix not in (".css", ".js", ".mjs", ".html", ".svg"):
            continue
        text = path.read_text(encoding="utf-8")
        checked += 1
        assert "http://" not in text and "https://" not in text, path
        assert "@import" not in text, path
        assert not re.search(r"""url\(\s*["']?(//|[a-z]+:)""", text, re.I), path
        assert not re.search(r"""(?:href|src)\s*=\s*["']?//""", text, re.I), path
    assert checked >= 4  # base.html, home.html, the event card and paper.css


# --- the palette -------------------------------------------------------------------------------------------

def _luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def palettes(css: str) -> tuple[dict, dict]:
    dark_block = re.search(r"@media\s*\(prefers-color-scheme:\s*dark\)\s*{\s*:root\s*{(.*?)}", css, re.S)
    light_block = re.search(r"^:root\s*{(.*?)}", css, re.S | re.M)
    assert dark_block and light_block

    def colours(block: str) -> dict:
        return dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", block))

    return colours(light_block.group(1)), colours(dark_block.group(1))


def test_stylesheet_is_small_and_has_focus_outlines_and_both_schemes():
    css = (PAPER / "static/paper.css").read_text(encoding="utf-8")
    assert len(css.encode("utf-8")) < 8 * 1024
    assert re.search(r":focus-visible\s*{[^}]*outline:\s*3px solid var\(--focus\)", css)
    light, dark = palettes(css)
    assert set(light) == set(dark)  # dark mode never falls back to a light value
    assert {"--bg", "--fg", "--muted", "--link", "--link-visited", "--surface", "--focus"} <= set(light)


def test_palettes_keep_wcag_aa_contrast_and_the_listed_ratios_are_true():
    css = (PAPER / "static/paper.css").read_text(encoding="utf-8")
    light, dark = palettes(css)
    listed = re.findall(r"^\s*(--[\w-]+) on (--[\w-]+)\s+(\d+\.\d\d)\s+(\d+\.\d\d)\s*$", css, re.M)
    pairs = {(fg, bg) for fg, bg, _, _ in listed}
    for fg in ("--fg", "--muted", "--link", "--link-visited"):
        assert {(fg, "--bg"), (fg, "--surface")} <= pairs, fg
    for fg, bg, light_ratio, dark_ratio in listed:
        for palette, written in ((light, light_ratio), (dark, dark_ratio)):
            ratio = contrast(palette[fg], palette[bg])
            assert f"{ratio:.2f}" == written, (fg, bg)
            assert ratio >= (3 if fg == "--focus" else 4.5), (fg, bg)
