"""Write a seeded benchmark corpus of N meetup notes as three sites: talkarchive, Hugo and Pelican.

    python benchmarks/make_corpus.py N OUTDIR [--seed 1] [--check 40]

OUTDIR/talkarchive/   site.yml + content/<slug>.md|txt (YAML, TOML or Hatena front matter, or plain text)
OUTDIR/hugo/          hugo.toml + content/posts/<slug>.md + minimal own layouts (no theme, no network)
OUTDIR/pelican/       pelicanconf.py (built-in theme) + content/<slug>.md
OUTDIR/manifest.json  what each note is meant to contain (event, date, tags, talks with speakers)

The three sites get the same note bodies. `--check K` runs `talkarchive inspect --json` on K notes
and compares talks, speakers and tags with the manifest, so a change in either the corpus or
talkarchive's reading shows up before it skews a benchmark.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_text import Composer, Note, note_title_line  # noqa: E402

TALKARCHIVE_SITE = """title: Benchmark archive
language: ja
search: false
"""

HUGO_CONFIG = """baseURL = "https://example.org/"
languageCode = "ja"
title = "Benchmark archive"
[taxonomies]
  tag = "tags"
"""

# Minimal layouts, so Hugo renders one page per note, a page per tag, the tag list and an index.
HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }} | {{ site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<time>{{ .Date.Format "2006-01-02" }}</time>
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}</article>{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
    "term.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
}

PELICAN_CONF = """# Pelican settings for the benchmark: the built-in theme, relative URLs, no feeds.
AUTHOR = "bench"
SITENAME = "Benchmark archive"
SITEURL = ""
PATH = "content"
TIMEZONE = "Asia/Tokyo"
DEFAULT_LANG = "ja"
RELATIVE_URLS = True
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DEFAULT_PAGINATION = 10
"""


def _yaml_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def talkarchive_text(note: Note) -> str:
    """The note as a person would have saved it: front matter in the note's format, then the body."""
    when = f"{note.date.isoformat()}T21:30:00+09:00"
    if note.fmt == "yaml":
        tags = ", ".join(_yaml_str(t) for t in note.tags)
        return f"---\ntitle: {_yaml_str(note.title)}\ndate: {when}\ntags: [{tags}]\n---\n\n{note.body}"
    if note.fmt == "toml":
        tags = ", ".join(json.dumps(t, ensure_ascii=False) for t in note.tags)
        return (f"+++\ntitle = {json.dumps(note.title, ensure_ascii=False)}\ndate = {when}\n"
                f"tags = [{tags}]\ndraft = false\n+++\n\n{note.body}")
    if note.fmt == "hatena":
        cats = "".join(f"- {t}\n" for t in note.tags)
        url = f"https://bench-notes.hatenablog.com/entry/{note.date:%Y/%m/%d}/213000"
        return f"---\nTitle: {note.title}\nCategory:\n{cats}Date: {when}\nURL: {url}\n---\n\n{note.body}"
    return note.body  # plain text: its first line is the title


def plain_body(note: Note) -> str:
    """The body given to Hugo and Pelican: plain-text notes lose their title line (it is metadata there)."""
    if note.fmt == "text":
        return note.body.removeprefix(note_title_line(note)).lstrip("\n")
    return note.body


def write_talkarchive(root: Path, notes: list[Note]) -> None:
    content = root / "content"
    content.mkdir(parents=True)
    (root / "site.yml").write_text(TALKARCHIVE_SITE, encoding="utf-8")
    for note in notes:
        (content / f"{note.slug}{note.suffix}").write_text(talkarchive_text(note), encoding="utf-8")


def write_hugo(root: Path, notes: list[Note]) -> None:
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    (root / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    layouts = root / "layouts"
    layouts.mkdir()
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text, encoding="utf-8")
    for note in notes:
        tags = ", ".join(_yaml_str(t) for t in note.tags)
        front = f"---\ntitle: {_yaml_str(note.title)}\ndate: {note.date.isoformat()}T19:00:00+09:00\ntags: [{tags}]\n---\n\n"
        (posts / f"{note.slug}.md").write_text(front + plain_body(note), encoding="utf-8")


def write_pelican(root: Path, notes: list[Note]) -> None:
    content = root / "content"
    content.mkdir(parents=True)
    (root / "pelicanconf.py").write_text(PELICAN_CONF, encoding="utf-8")
    for note in notes:
        meta = (f"Title: {note.title}\nDate: {note.date.isoformat()} 19:00\n"
                f"Tags: {', '.join(note.tags)}\nSlug: {note.slug}\n\n")
        (content / f"{note.slug}.md").write_text(meta + plain_body(note), encoding="utf-8")


def manifest_record(note: Note) -> dict:
    return {"file": f"content/{note.slug}{note.suffix}", "format": note.fmt, "lang": note.lang,
            "event": note.event, "date": note.date.isoformat(), "url": note.event_url,
            "tags": [] if note.fmt == "text" else note.tags,  # plain text carries no tags for talkarchive
            "talks": [{"title": t.title, "speakers": t.speakers, "kind": t.kind} for t in note.talks]}


def make_corpus(n: int, outdir: Path, seed: int = 1) -> dict:
    """Write the three sites into `outdir` (replacing it). Gives a summary dict."""
    composer = Composer(seed)
    notes = [composer.note(i) for i in range(n)]
    if outdir.exists():
        shutil.rmtree(outdir)
    outdir.mkdir(parents=True)
    write_talkarchive(outdir / "talkarchive", notes)
    write_hugo(outdir / "hugo", notes)
    write_pelican(outdir / "pelican", notes)
    records = [manifest_record(note) for note in notes]
    (outdir / "manifest.json").write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    content = outdir / "talkarchive" / "content"
    sizes = [p.stat().st_size for p in content.iterdir()]
    summary = {"notes": n, "seed": seed, "talks": sum(len(r["talks"]) for r in records), "bytes": sum(sizes),
               "min_bytes": min(sizes, default=0), "max_bytes": max(sizes, default=0),
               "formats": {f: sum(1 for nt in notes if nt.fmt == f) for f in ("yaml", "toml", "hatena", "text")},
               "japanese": sum(1 for nt in notes if nt.lang == "ja")}
    (outdir / "corpus.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return summary


# -- checking what talkarchive reads ----------------------------------------------------------------

def _norm(name: str) -> str:
    return "".join(name.split()).casefold()


def check_corpus(outdir: Path, sample: int) -> dict:
    """Compare `talkarchive inspect --json` on an even sample of notes with the manifest."""
    records = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
    step = max(1, len(records) // max(1, sample))
    chosen = records[::step][:sample]
    site = outdir / "talkarchive"
    proc = subprocess.run(["talkarchive", "inspect", "--json", *[r["file"] for r in chosen]], cwd=site,
                          capture_output=True, text=True, check=True)
    found = json.loads(proc.stdout)
    totals = {k: 0 for k in ("intended_talks", "found_talks", "matched_talks", "intended_speakers",
                             "matched_speakers", "intended_tags", "found_tags", "events_ok", "dates_ok")}
    misses = []
    for want, got in zip(chosen, found):
        got_talks = {t["title"]: t for t in got.get("talks", [])}
        totals["intended_talks"] += len(want["talks"])
        totals["found_talks"] += len(got_talks)
        totals["intended_tags"] += len(want["tags"])
        totals["found_tags"] += len(set(got.get("tags", [])) & set(want["tags"]))
        totals["events_ok"] += got.get("title") == want["event"]
        totals["dates_ok"] += got.get("date") == want["date"]
        for talk in want["talks"]:
            totals["intended_speakers"] += len(talk["speakers"])
            hit = got_talks.get(talk["title"]) or got_talks.get("LT: " + talk["title"])
            if not hit:
                misses.append(f"{want['file']} ({want['format']}): talk not found: {talk['title']}")
                continue
            totals["matched_talks"] += 1
            names = {_norm(s["name"] if isinstance(s, dict) else s) for s in hit["speakers"]}
            names |= {_norm(s.get("handle") or "") for s in hit["speakers"] if isinstance(s, dict)}
            matched = sum(_norm(s) in names for s in talk["speakers"])
            totals["matched_speakers"] += matched
            if matched < len(talk["speakers"]):
                misses.append(f"{want['file']} ({want['format']}): speakers {talk['speakers']} read as "
                              f"{[s['name'] if isinstance(s, dict) else s for s in hit['speakers']]}")
        if got.get("title") != want["event"]:
            misses.append(f"{want['file']} ({want['format']}): event {want['event']!r} read as {got.get('title')!r}")
    totals["notes"] = len(chosen)
    totals["misses"] = misses
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of notes")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", type=int, default=0, metavar="K",
                    help="afterwards, compare `talkarchive inspect --json` on K notes with what was meant")
    args = ap.parse_args(argv)
    s = make_corpus(args.n, args.outdir, args.seed)
    print(f"{s['notes']} notes (seed {s['seed']}, {s['japanese']} Japanese, formats {s['formats']}), "
          f"{s['talks']} intended talks, {s['bytes']:,} bytes ({s['min_bytes']:,}-{s['max_bytes']:,} per note) "
          f"in {args.outdir}")
    if args.check:
        c = check_corpus(args.outdir, args.check)
        for line in c["misses"][:30]:
            print("  " + line)
        print(f"check on {c['notes']} notes: talks found {c['matched_talks']}/{c['intended_talks']} "
              f"(inspect listed {c['found_talks']}), speakers {c['matched_speakers']}/{c['intended_speakers']}, "
              f"tags {c['found_tags']}/{c['intended_tags']}, events {c['events_ok']}/{c['notes']}, "
              f"dates {c['dates_ok']}/{c['notes']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
