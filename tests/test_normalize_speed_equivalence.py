"""The quick paths of the normalize stage read notes exactly as the plain definitions do.

Several rules look for a mark in the whole text before reading line by line, or read only the
front matter's lines; each is checked here against the straightforward way of writing it, on
seeded random texts full of the marks involved (fences, headings, front matter fences...).
"""
from __future__ import annotations

import random
import re
import unicodedata

import pytest

import generator.normalize as normalize_module
from generator.errors import ContentError
from generator.normalize import dates, fields, structure
from generator.normalize.sections import key
from generator.sources import split_front_matter

PIECES = ["", " ", "text", "本文です。", "```", "```python", "  ```", "    ```", "~~~", ">|python|", ">||", "||<", "# Title",
          "## Talk", "#", "### ", "  ## indented", "*見出し", "**小見出し", "*1: note", "*italic*", "**bold** by X", "#tag",
          "---", "+++", " --- ", "title: Meetup #7 に行ってきた", "title: 'quoted'", "name: x", "\u3000", "ſ", "ı"]


def random_lines(rng: random.Random, most: int = 40) -> list[str]:
    return [rng.choice(PIECES) + (rng.choice(PIECES) if rng.random() < 0.3 else "") for _ in range(rng.randint(0, most))]


def cases(seed: int, count: int = 1500):
    rng = random.Random(seed)
    return [random_lines(rng) for _ in range(count)]


def test_lines_with_finds_every_line_holding_a_mark():
    for lines in cases(1):
        text = "\n".join(lines)
        for marks in (("#",), ("*",), ("`", "~", ">", "<")):
            expected = [i for i, line in enumerate(lines) if any(mark in line for mark in marks)]
            assert structure._lines_with(text, *marks) == expected


def _code_lines_line_by_line(lines: list[str]) -> set[int]:
    code: set[int] = set()
    fence = pre = False
    for i, line in enumerate(lines):
        if not pre and structure._FENCE.match(line):
            fence = not fence
            code.add(i)
        elif fence:
            code.add(i)
        elif pre:
            code.add(i)
            pre = not structure._HATENA_PRE_CLOSE.match(line)
        elif structure._HATENA_PRE_OPEN.match(line):
            code.add(i)
            pre = True
    return code


def _markdown_sections_line_by_line(lines: list[str], first_line: int) -> list[structure.Section]:
    code = _code_lines_line_by_line(lines)
    atx = {i: m for i, line in enumerate(lines) if i not in code and (m := structure._atx(line))}
    hatena = {} if atx else {i: h for i, line in enumerate(lines)
                             if i not in code and (h := structure._hatena_heading(line)) is not None}
    hatena = hatena if len(hatena) >= 2 else {}
    sections, title, level, start, buf = [], "", 0, first_line, []
    for i, line in enumerate(lines):
        m = atx.get(i)
        head = (len(m.group("hashes")), m.group("text").strip()) if m else hatena.get(i)
        if head:
            sections.append(structure.Section(level, title, start, tuple(buf)))
            (level, title), start, buf = head, first_line + i, []
        else:
            buf.append(line)
    sections.append(structure.Section(level, title, start, tuple(buf)))
    return sections


def test_code_lines_and_sections_match_the_line_by_line_reading():
    for lines in cases(2):
        assert structure.code_lines(lines) == _code_lines_line_by_line(lines)
        assert structure.markdown_sections(lines, 3) == _markdown_sections_line_by_line(lines, 3)
        assert structure.has_markdown_headings(lines) == (
            _markdown_sections_line_by_line(lines, 1) != [structure.Section(0, "", 1, tuple(lines))])


def _split_front_matter_by_lines(text: str):
    lines = text.split("\n")
    fence = lines[0].strip()
    if fence not in ("---", "+++"):
        return {}, text, 1
    for end in range(1, len(lines)):
        if lines[end].strip() == fence:
            break
    else:
        return "never closed"
    return "\n".join(lines[1:end]), "\n".join(lines[end + 1:]), end + 2


def test_front_matter_split_matches_the_line_by_line_reading(monkeypatch):
    monkeypatch.setattr("generator.sources._parse", lambda raw, kind, path: raw)
    for lines in cases(3):
        text = "\n".join(lines)
        try:
            got = split_front_matter(text, "n.md")
        except ContentError:
            got = "never closed"
        assert got == _split_front_matter_by_lines(text)


def test_yaml_comment_cut_reads_only_the_front_matter_lines_it_needs():
    def by_lines(text, value, keys):
        lines = text.lstrip("\ufeff").split("\n")
        if not value or lines[0].strip() != "---":
            return value
        for line in lines[1:]:
            if line.strip() == "---":
                break
            names = "|".join(re.escape(k) for k in keys)
            m = re.match(r"^(?:" + names + r")\s*:\s*(?P<v>[^'\"|>\[{].*?)\s*$", line, re.IGNORECASE)
            if m and m.group("v").startswith(value) and re.match(r"\s+#", m.group("v")[len(value):]):
                return m.group("v")
        return value

    for lines in cases(4):
        text = "\n".join(lines)
        for value in ("Meetup", "x", "'quoted'", None):
            assert fields.yaml_comment_cut(text, value, ("title", "name")) == by_lines(text, value, ("title", "name"))


def test_first_lines_and_closing_hashtags_match_the_split_text():
    for lines in cases(5):
        text = "\n".join(lines)
        for count in (0, 1, 3, 100):
            assert normalize_module._first_lines(text, count) == "\n".join(text.split("\n")[:count])
        filled = [line for line in text.split("\n") if line.strip()]
        expected = [] if not filled or not normalize_module._HASHTAGS_ONLY.match(filled[-1]) else \
            normalize_module.links.hashtags_in(filled[-1].strip())
        assert normalize_module._closing_hashtags(text) == expected


@pytest.mark.parametrize("text", ["令和元年5月1日", "平成31年4月30日に開催", "㋿2年1月1日", "昭和 64 年 1 月 7 日", "１９年", "19 20",
                                  "2019/13/45 と 2020-01-01", "March 3, 2020", "no date here", "https://x.org/2019/05/01"])
def test_find_date_needs_a_year_or_an_era(text):
    def unguarded(t):
        t = dates._western_years(dates._URL.sub(" ", unicodedata.normalize("NFKC", t)))
        found = [(m.start(), m) for p in dates._PATTERNS if (m := p.search(t))]
        return dates._build(min(found, key=lambda f: f[0])[1]) if found else None

    def outcome(find, t):
        try:
            return find(t)
        except dates.InvalidDate as exc:
            return ("invalid", str(exc))

    assert outcome(dates.find_date, text) == outcome(unguarded, text)


def test_heading_key_keeps_letters_and_digits_and_drops_symbols():
    def by_category(heading):
        text = unicodedata.normalize("NFKC", heading).casefold()
        text = re.sub(r"^\s*(?:\d+[.)]|[#*]+)\s*", "", text)
        text = re.sub(r"[\s:：!！?？・、。,.\-_~〜()\[\]（）【】「」『』*`]+", "", text)
        return "".join(ch for ch in text if not unicodedata.category(ch).startswith(("S", "C", "Mn")))

    for heading in ["まとめ", "Q&A", "🎤 発表1", "Café ☕", "ﾃｽﾄ", "Ａｇｅｎｄａ", "1. Intro", "e\u0301", "x\u200by", "Track A/B"]:
        assert key(heading) == by_category(heading)
