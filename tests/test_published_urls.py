"""Published URLs never break: a corrected title leaves a redirect at every old URL (index/published_urls.py)."""
from __future__ import annotations

import json
import shutil
from urllib.parse import unquote

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from generator.engine.build import build
from generator.core.config import load_config
from generator.core.errors import BuildError
from generator.preview.serve import LiveSite
from generator.index.published_urls import MAP_FILE
from generator.index.slugs import make_slug
from generator.render.urls import quote_path

SITE_YML = "title: Moves\nlanguage: ja\nsearch: false\nbase_url: https://example.org/archive/\n"


def note(title: str, talks: tuple[str, ...] = ("型ヒント入門", "非同期処理の話"), extra: str = "") -> str:
    body = "".join(f"## {t}\n\n- 山田 太郎さん\n\n{t}のメモ\n\n" for t in talks)
    return f"---\ntitle: {title}\nevent_date: 2024-03-01\n{extra}---\n# {title}\n\n{body}"


def redirect_of(out, path: str) -> dict | None:
    """What the file at site path `path` says about a move, or None when it is not a redirect page."""
    file = out / path / "index.html"
    if not file.is_file():
        return None
    tree = HTMLParser(file.read_text(encoding="utf-8"))
    refresh = tree.css_first('meta[http-equiv="refresh"]')
    if refresh is None:
        return None
    return {
        "refresh": unquote(refresh.attributes["content"].split("url=", 1)[1]),
        "canonical": unquote(tree.css_first('link[rel="canonical"]').attributes["href"]),
        "robots": tree.css_first('meta[name="robots"]').attributes["content"],
        "link": unquote(tree.css_first("main a").attributes["href"]),
    }


@pytest.fixture
def site(make_site):
    return make_site({"content/a.md": note("港町 Python 勉強会 vol.3")}, config=SITE_YML)


def rebuilt(site) -> None:
    result = site.build()
    assert result.errors == 0, [str(d) for d in result.diagnostics]


def test_a_corrected_event_title_leaves_redirects_at_the_event_and_talk_urls(site):
    rebuilt(site)
    site.write("content/a.md", note("港町 Python 勉強会 vol.4"))
    rebuilt(site)
    old, new = "events/港町-python-勉強会-vol-3/", "events/港町-python-勉強会-vol-4/"
    assert (site.out / new / "index.html").is_file()
    moved = redirect_of(site.out, old)
    assert moved == {"refresh": f"/archive/{new}", "link": f"/archive/{new}",
                     "canonical": f"https://example.org/archive/{new}", "robots": "noindex"}
    assert redirect_of(site.out, old + "型ヒント入門/")["refresh"] == f"/archive/{new}型ヒント入門/"
    # no list, feed, sitemap or data file names the old URL; the live pages are not redirects
    for rel in ("sitemap.xml", "feed.xml", "api/events.json", "events/index.html", "index.html", "events/2024/index.html"):
        assert quote_path(old) not in site.read(rel) and old not in site.read(rel), rel
    assert redirect_of(site.out, new) is None


def test_a_corrected_talk_title_redirects_and_a_removed_talk_goes_to_its_event(site):
    rebuilt(site)
    site.write("content/a.md", note("港町 Python 勉強会 vol.3", talks=("型ヒント超入門",)))
    rebuilt(site)
    event = "events/港町-python-勉強会-vol-3/"
    assert redirect_of(site.out, event + "型ヒント入門/")["refresh"] == f"/archive/{event}型ヒント超入門/"
    assert redirect_of(site.out, event + "非同期処理の話/")["refresh"] == f"/archive/{event}"


def test_the_map_is_committed_state_a_fresh_checkout_builds_the_redirects_from(site, tmp_path):
    rebuilt(site)
    site.write("content/a.md", note("港町 Python 勉強会 vol.4"))
    rebuilt(site)
    # CI: a fresh checkout has the notes, site.yml and the map, but no output and no cache
    fresh = tmp_path / "checkout"
    fresh.mkdir()
    for rel in ("site.yml", MAP_FILE, "content"):
        (shutil.copytree if (site.root / rel).is_dir() else shutil.copy)(site.root / rel, fresh / rel)
    config, _ = load_config(fresh / "site.yml")
    build(config)
    assert redirect_of(fresh / "output", "events/港町-python-勉強会-vol-3/")["refresh"] == \
        "/archive/events/港町-python-勉強会-vol-4/"
    # and a rename there after: every URL the event ever had still answers
    (fresh / "content/a.md").write_text(note("港町 Python 勉強会 vol.5"), encoding="utf-8")
    build(config)
    for old in ("vol-3", "vol-4"):
        assert redirect_of(fresh / "output", f"events/港町-python-勉強会-{old}/")["refresh"] == \
            "/archive/events/港町-python-勉強会-vol-5/"
    remembered = json.loads((fresh / MAP_FILE).read_text(encoding="utf-8"))["events"]
    assert remembered[0]["notes"] == ["a.md"]
    assert [u.split("-")[-1] for u in remembered[0]["urls"]] == ["3/", "4/", "5/"]


def test_a_renamed_note_keeps_its_urls_and_a_later_title_change_still_redirects(site):
    rebuilt(site)
    (site.root / "content/a.md").rename(site.root / "content/2024-03-01-minato.md")
    rebuilt(site)
    site.write("content/2024-03-01-minato.md", note("港町 Python 勉強会 第3回"))
    rebuilt(site)
    assert redirect_of(site.out, "events/港町-python-勉強会-vol-3/")["refresh"] == \
        "/archive/events/港町-python-勉強会-第3回/"


def test_front_matter_aliases_redirect_manual_moves_of_events_and_talks(make_site):
    extra = ("aliases: [/archive/events/minato-3/, /2024/03/minato.html]\n"
             "talks:\n  - title: 型ヒント入門\n    speakers: [山田 太郎]\n    aliases: [/events/minato-3/typing/]\n")
    site = make_site({"content/a.md": note("港町 Python 勉強会 vol.3", talks=("型ヒント入門",), extra=extra)},
                     config=SITE_YML)
    rebuilt(site)
    event = "/archive/events/港町-python-勉強会-vol-3/"
    assert redirect_of(site.out, "events/minato-3/")["refresh"] == event
    assert redirect_of(site.out, "events/minato-3/typing/")["refresh"] == event + "型ヒント入門/"
    page = HTMLParser(site.read("2024/03/minato.html"))
    assert unquote(page.css_first('meta[http-equiv="refresh"]').attributes["content"]) == f"0; url={event}"


def test_an_alias_that_is_not_a_path_warns_and_one_on_a_live_page_is_left_alone(make_site):
    site = make_site({"content/a.md": note("Meetup", talks=("One",), extra="aliases: [../../etc/x, /tags/]\n")},
                     config=SITE_YML)
    result = site.build()
    assert any("aliases: ../../etc/x" in d.message and d.level == "warning" for d in result.diagnostics)
    assert "refresh" not in site.read("tags/index.html")


def test_serve_writes_the_redirect_where_the_open_page_was(site):
    config_path = site.config_path
    rebuilder = LiveSite(lambda: load_config(config_path))
    rebuilder.rebuild()
    path = site.write("content/a.md", note("港町 Python 勉強会 vol.4"))
    result = rebuilder.rebuild([path])
    old = "events/港町-python-勉強会-vol-3/index.html"
    assert old in result.written and old not in result.deleted
    assert redirect_of(site.out, "events/港町-python-勉強会-vol-3/")["refresh"] == \
        "/archive/events/港町-python-勉強会-vol-4/"
    assert "vol-4" in (site.root / MAP_FILE).read_text(encoding="utf-8")  # remembered for the next build


def test_a_broken_map_is_an_error_naming_the_file_and_line(site):
    rebuilt(site)
    (site.root / MAP_FILE).write_text('{"events": [\n{"notes": ]}\n', encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        site.build()
    assert caught.value.path.endswith(MAP_FILE) and caught.value.line == 2


def test_long_japanese_titles_make_bounded_slugs_cut_at_a_word_boundary():
    title = "サーバーレスアーキテクチャで実現する大規模イベント配信基盤の設計と運用における課題と解決策について"
    slug = make_slug(title)
    assert len(quote_path(slug)) <= 150
    assert slug == "サーバーレスアーキテクチャで"  # cut after a particle, not inside a word
    assert make_slug(title) == slug
    spaced = "Building a serverless event pipeline with AWS Lambda and Step Functions for meetups in 福岡と大阪"
    cut = make_slug(spaced)
    assert len(quote_path(cut)) <= 150 and spaced.lower().replace(" ", "-").startswith(cut)
    assert make_slug("型ヒントと mypy を段階的に導入した話") == "型ヒントと-mypy-を段階的に導入した話"  # short ones stay whole


def test_talk_urls_of_long_titles_stay_short(make_site):
    long = "サーバーレスアーキテクチャで実現する大規模イベント配信基盤の設計と運用における課題と解決策について"
    site = make_site({"content/a.md": note(long + "勉強会", talks=(long + "の話",))}, config=SITE_YML)
    rebuilt(site)
    talk = next(p for p in (site.out / "events").glob("*/*/index.html") if p.parent.parent.name != "2024")
    path = quote_path(talk.parent.relative_to(site.out).as_posix() + "/")
    assert len(path) <= 320


def test_an_alias_on_a_page_of_the_site_is_reported(make_site):
    site = make_site({"content/a.md": note("Meetup", talks=("One",), extra="aliases: [/speakers/]\n")},
                     config=SITE_YML)
    result = site.build()
    assert [d.message for d in result.diagnostics if d.level == "warning"] == [
        "`aliases:` names /speakers/, a page of this site; no redirect is written there (remove the alias)"]
    assert "refresh" not in site.read("speakers/index.html")


def test_serve_writes_a_redirect_for_an_alias_added_to_a_note(site):
    config_path = site.config_path
    rebuilder = LiveSite(lambda: load_config(config_path))
    rebuilder.rebuild()
    path = site.write("content/a.md", note("港町 Python 勉強会 vol.3", extra="aliases: [/events/minato-3/]\n"))
    rebuilder.rebuild([path])
    assert redirect_of(site.out, "events/minato-3/")["refresh"] == "/archive/events/港町-python-勉強会-vol-3/"
