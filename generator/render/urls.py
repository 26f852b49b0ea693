"""Every URL of the site is made here, so `base_url` is honoured in one place.

Links are root-relative with the base path (`/archive/events/x/`), so a page
works at any depth (404.html included); canonical, feed and sitemap URLs are
absolute when base_url is.
"""
from __future__ import annotations

import re

from ..core.config import SiteConfig

_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9_.\-~/#?=&]+")


def _quote_run(match: re.Match) -> str:
    return "%" + match.group().encode("utf-8").hex("%").upper()  # b"\xe3\x81" -> "%E3%81"


def quote_path(path: str) -> str:
    """urllib.parse.quote(path, safe="/#?=&"), a run of characters to quote at a time: a talk's path
    holds dozens of Japanese bytes, and quote() spent a Python step on each (a fifth of planning a site)."""
    return _UNSAFE_RUN.sub(_quote_run, path)


class Urls:
    def __init__(self, config: SiteConfig):
        self.base_path = config.base_path
        self.absolute_base = config.absolute_base
        # each page's URL is linked from many pages and held by many views: made once, shared
        self._links: dict[str, str] = {}
        self._absolute: dict[str, str] = {}

    def url(self, path: str) -> str:
        """Site path ('events/x/', 'static/style.css', '') -> link honouring base_url."""
        link = self._links.get(path)
        if link is None:
            link = self._links[path] = self.base_path + quote_path(path)
        return link

    def absolute(self, path: str) -> str:
        if not self.absolute_base:
            return self.url(path)
        full = self._absolute.get(path)
        if full is None:
            full = self._absolute[path] = self.absolute_base + self.url(path)[len(self.base_path):]
        return full


def output_file(path: str) -> str:
    """Site path -> file under the output folder: 'events/x/' -> 'events/x/index.html'."""
    return path + "index.html" if path == "" or path.endswith("/") else path
