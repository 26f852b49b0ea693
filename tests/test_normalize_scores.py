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


HOLDOUT = REPO / "tests" / "fixtures" / "holdout"
HOLDOUT_LEVEL = 0.99  # first measured at 0.680 before any rule was written for it; 0.995 after


def test_holdout_notes_keep_their_score():
    """15 notes written later, in styles the first fixtures did not have (Scrapbox, dev.to, note.com...)."""
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    score, problems = run_scorer(HOLDOUT)
    detail = "\n".join(f"{name}:\n" + "\n".join(p) for name, p in problems.items() if p)
    assert score >= HOLDOUT_LEVEL, detail


HOLDOUT2 = REPO / "tests" / "fixtures" / "holdout2"
HOLDOUT2_LEVEL = 0.99  # first measured at 0.727 before any rule was written for it; 1.000 after


def test_second_holdout_notes_keep_their_score():
    """12 notes in styles none of the other sets had (Qiita :::note, Zenn, a pasted connpass page, Notion,
    Google Docs, esa, Backlog, an X thread, a mail report, a bullet-only note)."""
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    score, problems = run_scorer(HOLDOUT2)
    detail = "\n".join(f"{name}:\n" + "\n".join(p) for name, p in problems.items() if p)
    assert score >= HOLDOUT2_LEVEL, detail


HOLDOUT3 = REPO / "tests" / "fixtures" / "holdout3"
HOLDOUT3_LEVEL = 0.99  # first measured at 0.756 before any rule was written for it; 1.000 after


def test_third_holdout_notes_keep_their_score():
    """12 notes in styles none of the other sets had (track headings with timed bullets, 「Title」 — Name / Org
    headings, `**Title** (Name, Company)` paragraphs, note.com, AsciiDoc, Org-mode, a speaker line-up, a panel,
    half-width katakana, YouTube timestamps, a numbered LT list)."""
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    score, problems = run_scorer(HOLDOUT3)
    detail = "\n".join(f"{name}:\n" + "\n".join(p) for name, p in problems.items() if p)
    assert score >= HOLDOUT3_LEVEL, detail


HOLDOUT4 = REPO / "tests" / "fixtures" / "holdout4"
HOLDOUT4_LEVEL = 0.99  # first measured at 0.821 before any rule was written for it; 1.000 after


def test_fourth_holdout_notes_keep_their_score():
    """10 notes in styles none of the other sets had (a PyCon-style `by Name` / `Slides | Video` post, a Medium
    export, a README table archive, Jekyll liquid tags, Hugo shortcodes, MDX components, `名前さん「タイトル」`
    headings, `- "Title" — Name (Company) [slides](url)` bullets, an LT-only event, sponsor sessions)."""
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    score, problems = run_scorer(HOLDOUT4)
    detail = "\n".join(f"{name}:\n" + "\n".join(p) for name, p in problems.items() if p)
    assert score >= HOLDOUT4_LEVEL, detail


HOLDOUT5 = REPO / "tests" / "fixtures" / "holdout5"
HOLDOUT5_LEVEL = 0.99  # first measured at 0.869 before any rule was written for it; 1.000 after


def test_fifth_holdout_notes_keep_their_score():
    """10 notes in styles none of the other sets had (link headings with the speaker on the next line,
    `Title - 株式会社X 名前` headings, an agenda list before the talk sections, 背景/課題/まとめ sub-headings,
    `Title by Speaker` with Q&A, a `---`-separated gist with `Title:`/`Speaker:` lines, a Hatena post with
    `[:contents]` and quotes, dated `Day 1 (5/18)` headings, hashtags on the last line, `発表者：@handle（所属）`)."""
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    score, problems = run_scorer(HOLDOUT5)
    detail = "\n".join(f"{name}:\n" + "\n".join(p) for name, p in problems.items() if p)
    assert score >= HOLDOUT5_LEVEL, detail
