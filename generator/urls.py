"""Every URL of the site is made here, so `base_url` is honoured in one place.

Links are root-relative with the base path (`/archive/events/x/`), so a page
works at any depth (404.html included); canonical, feed and sitemap URLs are
absolute when base_url is.
"""
from __future__ import annotations

from urllib.parse import quote

from .config import SiteConfig


class Urls:
    def __init__(self, config: SiteConfig):
        self.base_path = config.base_path
        self.absolute_base = config.absolute_base
        self._quoted: dict[str, str] = {}  # the same paths are linked from many pages

    def _quote(self, path: str) -> str:
        quoted = self._quoted.get(path)
        if quoted is None:
            quoted = self._quoted[path] = quote(path, safe="/#?=&")
        return quoted

    def url(self, path: str) -> str:
        """Site path ('events/x/', 'static/style.css', '') -> link honouring base_url."""
        return self.base_path + self._quote(path)

    def absolute(self, path: str) -> str:
        if self.absolute_base:
            return self.absolute_base + self._quote(path)
        return self.url(path)


def output_file(path: str) -> str:
    """Site path -> file under the output folder: 'events/x/' -> 'events/x/index.html'."""
    return path + "index.html" if path == "" or path.endswith("/") else path
