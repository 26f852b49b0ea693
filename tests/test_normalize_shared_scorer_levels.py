"""The normalizer measured against hand-written records (shared/tools/score_normalization.py).

tests/fixtures/notes: notes written independently of the code, with the record a
careful reader would extract. ../shared/seeds: real-world notes. Both must keep
the level reached; seeds must keep every title, date and talk list exact.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCORER = REPO.parent / "shared" / "tools" / "score_normalization.py"
FIXTURES = REPO / "tests" / "fixtures" / "notes"
SEEDS = REPO.parent / "shared" / "seeds"
FIXTURE_LEVEL = 1.00  # reached on the 21 fixture notes; lower it only with a reason
SEED_LEVEL = 0.95
EXACT_FIELDS = re.compile(r"^\s+(?:title:|date:|talk missing:|talk not expected:)")


def run_scorer(sources: Path) -> tuple[float, dict[str, list[str]]]:
    cmd = f"{sys.executable} -m generator inspect --json"
    proc = subprocess.run([sys.executable, str(SCORER), str(sources), str(sources / "expected"), "-v", "--cmd", cmd],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    problems: dict[str, list[str]] = {}
    current = None
    for line in proc.stdout.splitlines():
        if re.match(r"^\S+: (?:ok|\d+ problem)", line):
            current = line.split(":")[0]
            problems[current] = []
        elif line.startswith("    ") and current:
            problems[current].append(line)
    score = float(re.search(r"^score (\d\.\d+)", proc.stdout, re.MULTILINE).group(1))
    return score, problems


@pytest.fixture(scope="module")
def fixture_score():
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    return run_scorer(FIXTURES)


def test_fixture_notes_keep_their_score(fixture_score):
    score, problems = fixture_score
    detail = "\n".join(f"{name}:\n" + "\n".join(p) for name, p in problems.items() if p)
    assert score >= FIXTURE_LEVEL, detail


def test_seed_notes_stay_exact():
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    if not SEEDS.is_dir() or not (SEEDS / "expected").is_dir():
        pytest.skip(f"seed notes not found at {SEEDS} (they live beside the repository, in ../shared/seeds)")
    score, problems = run_scorer(SEEDS)
    wrong = {name: [p for p in ps if EXACT_FIELDS.match(p)] for name, ps in problems.items()}
    wrong = {name: ps for name, ps in wrong.items() if ps}
    assert score >= SEED_LEVEL, problems
    assert not wrong, wrong


# Notes written after the rules, in styles no earlier set had. Each set's first score, measured before any rule
# was written for it, is the honest figure for unseen shapes; the level keeps the rules written since.
HOLDOUTS = [
    ("holdout", 0.99, 0.680, "Scrapbox, dev.to, note.com, Jekyll bold lines, decorated headings, year-less dates"),
    ("holdout2", 0.99, 0.727, "Qiita :::note, Zenn, a pasted connpass page, Notion, Google Docs, esa, Backlog, "
                              "an X thread, a mail report, a bullet-only note"),
    ("holdout3", 0.99, 0.756, "tracks with timed bullets, 「Title」 — Name / Org headings, (Name, Company) "
                              "paragraphs, note.com, AsciiDoc, Org-mode, a speaker line-up, a panel, LT lists"),
    ("holdout4", 0.99, 0.821, "a PyCon-style post, a Medium export, a README table, Jekyll liquid, Hugo shortcodes, "
                              "MDX, 名前さん「タイトル」 headings, quoted-title bullets, sponsor sessions"),
    ("holdout5", 0.99, 0.869, "link headings, Title - 株式会社X 名前, an agenda before the talks, sub-headings inside "
                              "talks, Title by Speaker, a gist split by ---, dated Day headings, last-line hashtags"),
    ("holdout6", 0.95, 0.761, "a Movable Type export, MkDocs admonitions, Zenn :::details, an org table, a company "
                              "blog page, a study group's README, Jekyll speakers:, a speakers page of cards, an ABlog "
                              "post, a mailing list archive, a dev.to own-talk post, a MediaWiki page"),
    ("holdout7", 0.80, 0.590, "a Hexo post, an Astro agenda in YAML, a Redmine (Textile) wiki page, a PukiWiki page, a "
                              "Discord announcement, a `gh issue view` sign-up sheet, a Docusaurus post, a Bulma schedule "
                              "page, a Jupyter export, a meetup.com page copy, a Discourse post, an Obsidian daily note"),
    ("holdout8", 0.68, 0.362, "a Slack thread copy, a Confluence export, a Google Docs run-sheet, a CSV timetable, a Zenn "
                              "scrap copy, an esa weekly report, a forwarded mail, a newsletter issue, a LaTeX flyer, a "
                              "Mastodon thread, a Notion export, an event page copied with its clipper's line"),
    ("holdout9", 0.68, 0.599, "a Cosense page copy, a LINE chat history, a Backlog wiki page, a connpass page pasted as "
                              "text, a HackMD note, a slide deck's outline, AsciiDoc, a calendar invite, a Teams meeting "
                              "chat, an X thread copy, a YAML sessions file, a Trac wiki page"),
    ("holdout10", 0.78, 0.675, "a connpass page copy, a Hatena notation post, a Zenn post with speaker headings, a "
                               "Scrapbox page, a Slack thread, a recap told in prose, a Meetup page copy, a Notion export "
                               "with toggles, a plain-text newsletter, a video description with chapters, a Hugo post "
                               "with a TOML schedule, a programme as pdftotext writes it"),
    ("holdout11", 0.80, 0.690, "a Discord export, an Obsidian daily note, a Qiita post, a note.com page copy, a spreadsheet "
                               "saved as CSV, a WordPress page with slide embeds, a GitHub issue thread, committee minutes, "
                               "a slide deck's outline, a MediaWiki page, an X thread copy, an event page with JSON-LD"),
    ("holdout12", 0.74, 0.373, "a Doorkeeper page copy, a Chatwork message dump, a Marp deck, WebVTT captions, connpass's "
                               "API, an Evernote export, Sessionize's JSON, a pretalx schedule.xml, a Medium export, a "
                               "WhatsApp export, a Zoom chat, a DokuWiki page"),
    ("holdout13", 0.78, 0.613, "a recap told in paragraphs opened by names, a recap told in turns, a speaker's post with "
                               "the talks heard, an interview, a programme with times at the lines' ends, footnoted "
                               "speakers, a two-room path, `First up was`, bold titles in prose, a speaker-first "
                               "table, numbered headings with bylines, a Gemini gemlog"),
    ("holdout14", 0.88, 0.818, "`### 名前さん「Title」` headings, an LT night in paragraphs, a timed `Title / Name` "
                               "programme, a speaker's own talk in prose, a two-track day by slots, footnoted speakers, "
                               "`[Title](deck) by Name` bullets, an agenda table over speakers' notes, minutes, Q&A "
                               "after each talk, `**Title** (Name, Company)`, a WordPress post"),
    ("holdout15", 0.85, 0.840, "`■ Title（名前さん）` lines, `## 発表1:` with `登壇者:`, a connpass table, note.com "
                               "paragraphs, a slides roundup, handle headings over bold titles, `### Talk 1 — Title` "
                               "with `Speaker:`, a numbered agenda, `## Morning` bullets, a dev.to post"),
    ("holdout16", 0.94, 0.891, "a Hugo TOML post with a rooms table, Jekyll `talks:` front matter, Zenn embeds, a Hatena "
                               "export, a connpass page as text, `**Title** by Name` lists, an HTML meetup page, "
                               "reStructuredText, org-mode with `DONE`, a speaker's own post, speaker headings over "
                               "titles, a two-track conference day"),
    ("holdout17", 0.75, 0.681, "plain-text and AsciiDoc event pages, a two-track timed programme with `[A]`/`[B]`, a "
                               "Pelican post with speaker sections, org tables, a Zenn panel, a rooms grid, reStructuredText "
                               "definition lists, a speaker's own post, a ticketing page's agenda, a Hexo recap, an HTML "
                               "article with panellists"),
    ("holdout18", 0.90, 0.894, "a Hatena report with `*` headings, a Qiita timetable over per-talk sections, a connpass "
                               "page as text, a Hugo TOML post with one talk told in prose, a two-room org-mode "
                               "conference, speaker-named Zenn sections, a Jekyll post with Liquid and kramdown, an HTML "
                               "programme table, reStructuredText definition lists, an AsciiDoc two-day conference, "
                               "a `schedule:` front matter, a dev.to list of talks"),
    ("holdout19", 0.83, 0.787, "a Hugo TOML timetable over per-talk sections, Jekyll front-matter speakers, an HTML `<dl>` "
                               "announcement, a Hatena (Movable Type) export with the writer's own talk, a Zenn "
                               "`:::message` report, a two-track reStructuredText conference, org-mode minutes, a connpass "
                               "LT night copied as text, speaker-named Qiita sections, a dev.to speaker's post, an HTML "
                               "`<table>` of lightning talks, an AsciiDoc two-day conference"),
    ("holdout20", 0.88, 0.857, "Hugo `[[params.talks]]` front matter, a connpass page copied as text with a tab-separated "
                               "timetable, an HTML speaker-card grid, an ablog reStructuredText post, org-mode notes told "
                               "in prose, an AsciiDoc two-track table, a Pelican post, a blog page copied with its chrome, "
                               "a meetup repository's pipe table, a Movable Type export, a mailing-list email"),
]


@pytest.mark.parametrize("folder, level, first_score, styles", HOLDOUTS, ids=[h[0] for h in HOLDOUTS])
def test_holdout_notes_keep_their_score(folder, level, first_score, styles):
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    score, problems = run_scorer(REPO / "tests" / "fixtures" / folder)
    detail = "\n".join(f"{name}:\n" + "\n".join(p) for name, p in problems.items() if p)
    assert score >= level, detail
