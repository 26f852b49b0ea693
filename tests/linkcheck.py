"""A small link checker: every local href/src in a built site must resolve to a file."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append((tag, value))
            if name == "id" and value:
                self.ids.add(value)


def parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def resolve(out: Path, base_path: str, page: Path, url: str) -> Path | None:
    """The file a local URL points at, or None for external URLs and same-page anchors."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith("#") or url.startswith("mailto:"):
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        assert path.startswith(base_path), f"{url} on {page} ignores the base path {base_path}"
        target = out / path[len(base_path):]
    else:
        target = page.parent / path
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def broken_links(out: Path, base_path: str) -> list[str]:
    problems = []
    for page in sorted(out.rglob("*.html")):
        for tag, url in parse(page.read_text(encoding="utf-8")).links:
            target = resolve(out, base_path, page, url)
            if target is not None and not target.is_file():
                problems.append(f"{page.relative_to(out)}: <{tag}> {url} -> missing {target.relative_to(out) if out in target.parents else target}")
    return problems
