"""Rewrite other outline syntaxes as Markdown, line for line (line numbers stay right).

- Scrapbox / Cosense exports: `[** Heading]` headings, tab-indented lines as
  nested bullets, `[text url]` and `[url text]` links, `[page]` links as text.
- Hatena super-pre code blocks (`>|python|` ... `||<`, `>||` ... `||<`) as fenced code,
  so a `# comment` inside one is never read or rendered as a heading.
- Bold lines standing as headings (`**Title** by Name` between blank lines) in
  notes with no Markdown heading at all, as blog posts often write talk titles.
"""
from __future__ import annotations

import re

_SB_HEADING = re.compile(r"^\[(?P<stars>\*{1,5})\s+(?P<text>[^\]]+?)\s*\]\s*$")
_SB_LINK = re.compile(r"\[(?:(?P<text1>[^\[\]]*?)\s+(?P<url1>https?://[^\s\[\]]+)|(?P<url2>https?://[^\s\[\]]+)\s+(?P<text2>[^\[\]]+?)"
                      r"|(?P<url3>https?://[^\s\[\]]+))\]")
_SB_PAGE = re.compile(r"\[(?![*\-/])(?P<page>[^\[\]\n]{1,60}?)\](?!\()")
_BOLD_LINE = re.compile(r"^\s*\*\*(?P<title>[^*\n]{2,120}?)\*\*(?P<rest>\s*(?:(?:by|/|／|—|–|-)\s+\S.*|[（(][^()（）]+[)）]))?\s*$")
_ATX = re.compile(r"^ {0,3}#{1,6}\s+\S")
_HATENA_PRE = re.compile(r"^>\|(?P<lang>[A-Za-z0-9_+#-]*)\|\s*$")
_HATENA_PRE_CLOSE = re.compile(r"^\|\|<\s*$")


def _is_scrapbox(lines: list[str]) -> bool:
    return sum(1 for line in lines if _SB_HEADING.match(line)) >= 1 and sum(
        1 for line in lines if line.startswith("\t")) >= 2


def _scrapbox_links(line: str) -> str:
    def link(m: re.Match) -> str:
        url = m.group("url1") or m.group("url2") or m.group("url3")
        text = (m.group("text1") or m.group("text2") or "").strip()
        return f"[{text}]({url})" if text else url

    line = _SB_LINK.sub(link, line)
    return _SB_PAGE.sub(lambda m: m.group("page"), line)


def _scrapbox(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        m = _SB_HEADING.match(line)
        if m:
            out.append(f"{'#' * max(2, 5 - len(m.group('stars')))} {_scrapbox_links(m.group('text'))}")
            continue
        depth = len(line) - len(line.lstrip("\t"))
        text = _scrapbox_links(line.lstrip("\t"))
        out.append(f"{'  ' * (depth - 1)}- {text}" if depth and text.strip() else text)
    return out


def _bold_headings(lines: list[str]) -> list[str]:
    if any(_ATX.match(line) for line in lines):
        return lines
    candidates = [i for i, line in enumerate(lines) if _BOLD_LINE.match(line)
                  and (i == 0 or not lines[i - 1].strip()) and i + 1 < len(lines)]
    if len(candidates) < 2:
        return lines
    out = list(lines)
    for i in candidates:
        m = _BOLD_LINE.match(lines[i])
        out[i] = f"## {m.group('title').strip()}{(' ' + m.group('rest').strip()) if m.group('rest') else ''}"
    return out


def _hatena_code_blocks(lines: list[str]) -> list[str]:
    out = list(lines)
    i = 0
    while i < len(out):
        m = _HATENA_PRE.match(out[i])
        close = next((j for j in range(i + 1, len(out)) if _HATENA_PRE_CLOSE.match(out[j])), None) if m else None
        if m and close is not None:
            out[i], out[close] = f"```{m.group('lang')}", "```"
            i = close
        i += 1
    return out


def prepare(body: str) -> str:
    lines = body.split("\n")
    if _is_scrapbox(lines):
        lines = _scrapbox(lines)
    if any(line.startswith(">|") for line in lines):
        lines = _hatena_code_blocks(lines)
    return "\n".join(_bold_headings(lines))
