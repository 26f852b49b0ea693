"""sitemap.xml and robots.txt.

A sitemap must list absolute URLs, so without an absolute base_url there is no
sitemap at all (sitemap_xml gives None) rather than one that crawlers reject.
The 404 page is not a page anyone should land on from a search, so it is left
out. lastmod is given only for pages whose date the caller knows; a made-up
lastmod (the build time) would only teach crawlers to ignore it.

Crawlers read robots.txt only at the root of a host. With a base_url below the
root (https://user.github.io/archive/), the robots.txt written into the site
is not the one crawlers read; the sitemap should then be submitted by hand.
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Iterable, Mapping

if TYPE_CHECKING:
    from ..render.urls import Urls

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
EXCLUDED = frozenset({"404.html"})
MAX_URLS = 50_000  # the protocol's limit for one sitemap file


def sitemap_xml(urls: Urls, page_paths: Iterable[str],
                lastmod: Mapping[str, dt.date] | None = None) -> str | None:
    """The sitemap of these site paths ('', 'events/x/', ...), or None without an absolute base_url.

    Paths are kept in the order given, once each. Raises ValueError past 50,000 URLs,
    where the protocol needs a sitemap index instead.
    """
    if not urls.absolute_base:
        return None
    paths = [p for p in dict.fromkeys(page_paths) if p not in EXCLUDED]
    if len(paths) > MAX_URLS:
        raise ValueError(f"{len(paths)} pages is more than one sitemap may list ({MAX_URLS})")
    root = ET.Element("urlset", {"xmlns": SITEMAP_NS})
    for path in paths:
        url = ET.SubElement(root, "url")
        ET.SubElement(url, "loc").text = urls.absolute(path)
        day = (lastmod or {}).get(path)
        if day:
            ET.SubElement(url, "lastmod").text = day.isoformat()
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def robots_txt(urls: Urls) -> str:
    """Allow everything; name the sitemap when there is one (it needs an absolute URL)."""
    lines = ["User-agent: *", "Allow: /"]
    if urls.absolute_base:
        lines += ["", f"Sitemap: {urls.absolute('sitemap.xml')}"]
    return "\n".join(lines) + "\n"


def sitemap_files(urls: Urls, page_paths: Iterable[str]) -> dict[str, str]:
    """sitemap.xml, split under a sitemap index past the protocol's 50,000 URLs a file."""
    if not urls.absolute_base:
        return {}
    paths = [p for p in dict.fromkeys(page_paths) if p not in EXCLUDED]
    if len(paths) <= MAX_URLS:
        return {"sitemap.xml": sitemap_xml(urls, paths)}
    files = {}
    for n, start in enumerate(range(0, len(paths), MAX_URLS), start=1):
        files[f"sitemap-{n}.xml"] = sitemap_xml(urls, paths[start:start + MAX_URLS])
    entries = "".join(f"<sitemap><loc>{urls.absolute(name)}</loc></sitemap>\n" for name in files)
    files["sitemap.xml"] = ('<?xml version="1.0" encoding="utf-8"?>\n'
                            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                            f"{entries}</sitemapindex>\n")
    return files
