"""Slides and video players, built by the generator from an allowlist of hosts.

A note never brings its own iframe (the sanitizer removes them). Instead a
URL on a known host becomes an `Embed`: a player URL that the generator
writes itself, from an id checked against a strict pattern, on one of the
hosts below; or, for hosts with no player we can build from the URL alone,
a link card. Anything else stays a plain link.

    YouTube          youtube.com/watch?v=ID, youtu.be/ID, /live/ID, /shorts/ID -> youtube-nocookie.com player
    Vimeo            vimeo.com/123, player.vimeo.com/video/123 -> player.vimeo.com (dnt=1)
    Docswell         docswell.com/s/user/ID-title, docswell.com/slide/ID -> docswell.com/slide/ID/embed
    Google Slides    docs.google.com/presentation/d/ID/... -> .../embed
    SpeakerDeck      speakerdeck.com/player/HEX (the player id) -> player; a deck page -> link card
    SlideShare, connpass   link cards
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
_VIMEO_ID = re.compile(r"[0-9]{4,12}")
_DOCSWELL_ID = re.compile(r"[A-Z0-9]{6,12}")
_GOOGLE_ID = re.compile(r"[A-Za-z0-9_-]{20,120}")
_SPEAKERDECK_ID = re.compile(r"[0-9a-f]{32}")
_SECONDS = re.compile(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?")


@dataclass(frozen=True, slots=True)
class Embed:
    provider: str  # shown to readers: "YouTube", "SpeakerDeck", ...
    url: str  # the page the note links to
    player: str | None  # an iframe URL on an allowlisted host, or None for a link card
    kind: str  # "video" or "slides" (decides the frame's shape) or "page"
    host: str  # the host the player connects to, named on the click-to-load button


# An http(s) URL with a plain host name and no user, port or white space: what nearly every link is, and
# what urlsplit would split the same way. Anything else goes through urlsplit.
_PLAIN_URL = re.compile(r"https?://([A-Za-z0-9.-]+)(/[^?#\s]*)?(?:\?([^#\s]*))?(?:#\S*)?")


def _host(url: str) -> tuple[str, str, str] | None:
    """(host without www. or m., path, query string) of an http(s) URL, or None."""
    url = url.strip()
    plain = _PLAIN_URL.fullmatch(url)
    if plain is not None:
        host, path, query = plain.group(1).lower(), plain.group(2) or "", plain.group(3) or ""
    else:
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        host, path, query = parts.hostname.lower(), parts.path, parts.query
    for prefix in ("www.", "m."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host, path, query


def _start_seconds(query: dict[str, list[str]]) -> int | None:
    value = (query.get("t") or query.get("start") or [""])[0]
    match = _SECONDS.fullmatch(value) if value else None
    if not match or not any(match.groups()):
        return None
    h, m, s = (int(g) if g else 0 for g in match.groups())
    return h * 3600 + m * 60 + s or None


def _youtube(host: str, path: str, query_string: str) -> Embed | None:
    query = parse_qs(query_string)
    video_id = None
    if host == "youtu.be":
        video_id = path.strip("/").split("/")[0]
    elif host in ("youtube.com", "youtube-nocookie.com", "music.youtube.com"):
        if path == "/watch":
            video_id = (query.get("v") or [""])[0]
        else:
            match = re.match(r"^/(?:embed|live|shorts|v)/([^/]+)", path)
            video_id = match.group(1) if match else None
    if not video_id or not _YOUTUBE_ID.fullmatch(video_id):
        return None
    start = _start_seconds(query)
    player = f"https://www.youtube-nocookie.com/embed/{video_id}" + (f"?start={start}" if start else "")
    return Embed("YouTube", f"https://www.youtube.com/watch?v={video_id}", player, "video", "www.youtube-nocookie.com")


def _vimeo(host: str, path: str) -> Embed | None:
    segments = [s for s in path.split("/") if s]
    if host == "player.vimeo.com" and len(segments) == 2 and segments[0] == "video":
        video_id = segments[1]
    elif host == "vimeo.com" and segments:
        video_id = segments[-1] if segments[0] in ("channels", "groups", "showcase") else segments[0]
    else:
        return None
    if not _VIMEO_ID.fullmatch(video_id):
        return None
    return Embed("Vimeo", f"https://vimeo.com/{video_id}", f"https://player.vimeo.com/video/{video_id}?dnt=1",
                 "video", "player.vimeo.com")


def _docswell(path: str) -> Embed | None:
    match = re.match(r"^/(?:s/[^/]+/([A-Z0-9]+)(?:-[^/]*)?|slide/([A-Z0-9]+))(?:/.*)?$", path)
    slide_id = match and (match.group(1) or match.group(2))
    if not slide_id or not _DOCSWELL_ID.fullmatch(slide_id):
        return None
    return Embed("Docswell", f"https://www.docswell.com/slide/{slide_id}",
                 f"https://www.docswell.com/slide/{slide_id}/embed", "slides", "www.docswell.com")


def _google_slides(path: str) -> Embed | None:
    match = re.match(r"^/presentation/d/(e/)?([^/]+)", path)
    if not match or not _GOOGLE_ID.fullmatch(match.group(2)):
        return None
    published, deck = match.group(1) or "", match.group(2)
    base = f"https://docs.google.com/presentation/d/{published}{deck}"
    return Embed("Google Slides", f"{base}/{'pub' if published else 'edit'}", f"{base}/embed", "slides",
                 "docs.google.com")


def _speakerdeck(url: str, path: str) -> Embed:
    match = re.match(r"^/player/([^/]+)$", path)
    if match and _SPEAKERDECK_ID.fullmatch(match.group(1)):
        player = f"https://speakerdeck.com/player/{match.group(1)}"
        return Embed("SpeakerDeck", player, player, "slides", "speakerdeck.com")
    return Embed("SpeakerDeck", url, None, "slides", "speakerdeck.com")


def embed_for(url: str | None) -> Embed | None:
    """The player or link card for a URL, or None when its host is not on the allowlist."""
    if not url:
        return None
    parsed = _host(url)
    if parsed is None:
        return None
    host, path, query = parsed
    if host in ("youtube.com", "youtu.be", "youtube-nocookie.com", "music.youtube.com"):
        return _youtube(host, path, query)
    if host in ("vimeo.com", "player.vimeo.com"):
        return _vimeo(host, path)
    if host == "docswell.com":
        return _docswell(path)
    if host == "docs.google.com":
        return _google_slides(path)
    if host == "speakerdeck.com":
        return _speakerdeck(url, path) if path.strip("/") else None
    if host in ("slideshare.net", "jp.slideshare.net", "es.slideshare.net", "fr.slideshare.net",
                "de.slideshare.net", "pt.slideshare.net"):
        return Embed("SlideShare", url, None, "slides", host) if path.strip("/") else None
    if host == "connpass.com" or host.endswith(".connpass.com"):
        return Embed("connpass", url, None, "page", host) if "/event/" in path else None
    return None
