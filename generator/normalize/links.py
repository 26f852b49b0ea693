"""Links in notes: slides, video, event pages, profile pages, hashtags; embed syntaxes made plain.

Zenn `@[speakerdeck](id)`, Hatena `[url:embed:cite]`, SpeakerDeck `<script data-id>`
embeds and the like become ordinary URLs here, so the rest of the pipeline (and
the rendered page) never sees the raw syntax.
"""
from __future__ import annotations

import functools
import html
import re
from urllib.parse import SplitResult, parse_qs, unquote, urlsplit

# (a table's bar after it is not the address's: `|URL|https://…/|`; one inside it stays: `?var=a|b`; a bracket
# ends it: `[https://speakerdeck.com/player/x[speakerdeck.com]]`)
URL = re.compile(r"https?://[^\s<>\"'`)\[\]｣」』）【】]*[^\s<>\"'`)\[\]｣」』）【】|]")
_TRAILING = ".,;:!?。、"

SLIDE_HOSTS = ("speakerdeck.com", "slideshare.net", "docswell.com", "slides.com", "slideshare.jp")
# sites whose pages each show one video (`/video/…`, `/watch/…`), beside the players
_VIDEO_PAGE_HOSTS = ("pyvideo.org", "nicovideo.jp", "media.ccc.de", "dailymotion.com", "confreaks.tv", "ustream.tv")
VIDEO_HOSTS = ("youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com") + _VIDEO_PAGE_HOSTS
EVENT_HOSTS = ("connpass.com", "doorkeeper.jp", "techplay.jp", "meetup.com", "peatix.com", "eventbrite.com",
               "eventbrite.co.uk", "compass.connpass.com", "lu.ma", "eventregist.com", "atnd.org", "zusaar.com")
NON_EVENT_HOSTS = ("twitter.com", "x.com", "github.com", "gist.github.com", "qiita.com", "zenn.dev", "note.com",
                   "pbs.twimg.com", "t.co", "facebook.com", "instagram.com", "amazon.co.jp", "amazon.com",
                   "wikipedia.org", "google.com", "hatenablog.com", "hatena.ne.jp",
                   # photo albums of the day (`[Hamamatsu.rb#1 の写真](flickr.com/…/sets/…)`), never its page
                   "flickr.com", "flic.kr", "photos.google.com", "photos.app.goo.gl", "imgur.com", "fotolife.jp") + SLIDE_HOSTS + VIDEO_HOSTS
_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg)(?:\?|$)", re.IGNORECASE)
_DECK_SITE = re.compile(r"(?:slides?|decks?)\.")
_NUMBERED_PATH = re.compile(r"/\d+")


@functools.lru_cache(maxsize=2048)
def split(url: str) -> SplitResult:
    """urlsplit that never raises: a malformed URL (`http://[::1`) is one with no parts.

    Kept: a note's URL is read by several rules (slides? video? a profile? the event's page?)."""
    if url.startswith(("https://", "http://")):
        parts = _split_web_url(url)
        if parts is not None:
            return parts
    try:
        return urlsplit(url)
    except ValueError:
        return SplitResult("", "", "", "", "")


def _split_web_url(url: str) -> SplitResult | None:
    """urlsplit(url) for a URL opening with `http://` or `https://`, read directly: None when
    urlsplit has more to do (tabs or line ends to drop, a bracketed IPv6 host, a non-ASCII host
    to check), where only urlsplit gives its answer."""
    if "\t" in url or "\r" in url or "\n" in url:
        return None
    start = 8 if url[4] == "s" else 7
    end = len(url)
    for mark in "/?#":
        at = url.find(mark, start)
        if 0 <= at < end:
            end = at
    netloc = url[start:end]
    if not netloc.isascii() or "[" in netloc or "]" in netloc:
        return None
    path, query, fragment = url[end:], "", ""
    if "#" in path:
        path, fragment = path.split("#", 1)
    if "?" in path:
        path, query = path.split("?", 1)
    return SplitResult(url[:start - 3], netloc, path, query, fragment)


@functools.lru_cache(maxsize=2048)
def host_of(url: str) -> str:
    return split(url).netloc.lower().split("@")[-1].split(":")[0]


def _on(host: str, domains: tuple[str, ...]) -> bool:
    return host in domains or host.endswith(_subdomain_suffixes(domains))


@functools.lru_cache(maxsize=None)
def _subdomain_suffixes(domains: tuple[str, ...]) -> tuple[str, ...]:
    """`.example.com` for each domain: a host on one of its subdomains ends with it."""
    return tuple("." + d for d in domains)


# a second address run into the first (`…/200d-pihttps://…/12200d-pi`: links of empty text written side by side);
# one after `?` or `#`, or right after `=`, `/`, `&` or `:` (`?url=https://…`, `/web/2019/https://…`), is the first's own
_RUN_ON = re.compile(r"(?<=[^=/?&:#])https?://")


def clean_url(url: str) -> str:
    if url.count("://") > 1 and (m := _RUN_ON.search(url, url.index("://") + 3)) and not any(
            c in url[:m.start()] for c in "?#"):
        url = url[:m.start()]
    return url.rstrip(_TRAILING)


def is_slides(url: str) -> bool:
    host = host_of(url)
    if _on(host, SLIDE_HOSTS):
        path = split(url).path.strip("/")
        # a profile page (speakerdeck.com/user) is not a deck
        return "/" in path or host.endswith("slideshare.net") and bool(path)
    if host == "docs.google.com" and "/presentation/" in url:
        return True
    if _DECK_SITE.match(host) and split(url).path.strip("/"):
        return True  # a self-hosted deck site: slides.example.org/talk-name
    path = split(url).path.lower()
    # a deck on the speaker's own site: `…/2021_slides/talk.html`, `talk.slides.html` (nbconvert), `/slides/x/`
    return path.endswith(".pdf") or bool(_DECK_PATH.search(path)) and not is_article(url)


_DECK_PATH = re.compile(r"/(?:slides?|decks?)(?:/.|$)|[_.-]slides?(?:/|\.html?$|$)")


# where people publish articles: a `資料` link there is someone's write-up of the talk, not its deck
ARTICLE_HOSTS = ("qiita.com", "zenn.dev", "hatenablog.com", "hatenablog.jp", "hateblo.jp", "hatenadiary.jp",
                 "hatenadiary.org", "note.com", "medium.com", "dev.to", "ameblo.jp", "livedoor.jp", "fc2.com")


def is_article(url: str) -> bool:
    """A blog or article page (Qiita, Zenn, Hatena, note, Medium...); Zenn's own slide pages excepted."""
    return _on(host_of(url), ARTICLE_HOSTS) and "/slides/" not in split(url).path


# a talk's own page on a conference platform: fortee and pretalx proposals, Sessionize sessions, PaperCall talks
_TALK_PAGE = re.compile(r"^https?://(?:[\w-]+\.)?(?:fortee\.jp/[^/]+/proposal/|sessionize\.com/.+/(?:session|s)/|"
                        r"papercall\.io/talks/|confengine\.com/.+/proposal/|[^/]+/[^/]+/talk/[A-Z0-9]{5,}/?$)")


def is_talk_page(url: str) -> bool:
    """A page about one talk on a conference platform (fortee, Sessionize, PaperCall, ConfEngine, pretalx)."""
    return bool(_TALK_PAGE.match(url))


# a conference site's page about one talk, by the words its address uses for one: `/schedule/event/<slug>/`,
# `/talks/<slug>`; `/presentations/<slug>` shows a talk too, but is no talk's own page when a heading links it
# (documentation of presentation tools lives there)
_OWN_PAGE_PATH = re.compile(r"/(?:talks?|sessions?)/[^/?#]{3,}|/schedule/(?:event|session|talk)s?/[^/?#]{3,}")
_PRESENTATION_PATH = re.compile(r"/presentations?/[^/?#]{3,}")


def _on_an_event_site(url: str, path: re.Pattern) -> bool:
    """(a single-page site keeps the page's path in its query: `/2025?m=2025/session/mdl/76yLXDva`)"""
    parts = split(url)
    # (never a redirect's target in the query, `?u=https://…/talks/…`: the page is the redirector's)
    return bool(path.search(parts.path) or "/" in parts.query and "://" not in unquote(parts.query)
                and path.search(parts.query)) and not is_article(url) \
        and not _on(host_of(url), NON_EVENT_HOSTS)


# an entry of the event's programme or speakers page, by its anchor: `/2031/speakers/#4650`, `/program#session-12`
_PROGRAMME_PAGE_PATH = re.compile(r"/(?:speakers?|sessions?|talks?|program(?:me)?|schedule|agenda|timetable)/?$", re.IGNORECASE)


def is_talks_own_page(url: str) -> bool:
    """A page of the event's site (or a conference platform) about one talk, or its entry on the programme's page."""
    if is_talk_page(url) or _on_an_event_site(url, _OWN_PAGE_PATH) and not is_video(url) and not is_slides(url):
        return True
    parts = split(url)
    return bool(len(parts.fragment) >= 2 and _PROGRAMME_PAGE_PATH.search(parts.path)) and not is_article(url) \
        and not _on(host_of(url), NON_EVENT_HOSTS)


def shows_a_talk(url: str) -> bool:
    """A link that shows one talk: its recording, its deck or its own page."""
    return is_video(url) or is_slides(url) or is_talks_own_page(url) or _on_an_event_site(url, _PRESENTATION_PATH) \
        or bool(_OWN_SITES_TALK.match(url))


# a link within the note's own site to one talk's page or recording: `/videos/zgphp-jane-roe-yii2`, `/talks/2031/typing`
_OWN_SITES_TALK = re.compile(r"^/(?:[\w-]+/)*(?:videos?|talks?|sessions?|presentations?)/(?:\d{4}/)?[\w%.]+-[\w%.-]+/?$",
                             re.IGNORECASE)


def is_video(url: str) -> bool:
    host = host_of(url)
    if not _on(host, VIDEO_HOSTS):
        return False
    path = split(url).path
    if _on(host, _VIDEO_PAGE_HOSTS):
        # one video's page, not a listing (`confreaks.tv/videos/<conference>-<talk>`)
        # (a stream's recording: `ustream.tv/recorded/102892648`, its player `ustream.tv/embed/recorded/…`)
        return "/video/" in path or "/watch/" in path or "/v/" in path or bool(re.match(r"/videos/[^/]+-[^/]+", path)) \
            or bool(re.match(r"/(?:embed/)?recorded/\d+", path))
    return host.endswith("youtu.be") or "watch" in path or "/embed/" in path or "/live/" in path \
        or host.endswith("vimeo.com") and bool(_NUMBERED_PATH.search(path))


def may_hold_video(text: str) -> bool:
    """False when no URL written in `text` can pass is_video: a video URL's host names one of
    VIDEO_HOSTS, so the text (in any case) holds that name. A cheap test before reading each URL."""
    lowered = text.lower()
    return any(host in lowered for host in VIDEO_HOSTS)


def is_event_page(url: str) -> bool:
    host = host_of(url)
    if not _on(host, EVENT_HOSTS):
        return False
    path = split(url).path
    if host.endswith("connpass.com"):
        return "/event/" in path
    if host.endswith("meetup.com"):
        return "/events/" in path or path.count("/") >= 2
    # (never a picture or a file the event's page holds: `doorkeeper.jp/files/…/screenshot.png`)
    return len(path.strip("/")) > 0 and not _IMAGE.search(url) and "/files/" not in path


def may_be_event_site(url: str, own_host: str | None) -> bool:
    """A URL that could be an event's own site (not a profile, image, slide or the note's blog)."""
    host = host_of(url)
    if not host or host == own_host or _on(host, NON_EVENT_HOSTS) or _IMAGE.search(url) or _EMBED_PATH.search(url):
        return False  # (`https://www.videohost.example.com/embed/2vNb…`: a player a page embeds shows something, it is no site)
    return True


_EMBED_PATH = re.compile(r"^https?://[^/]+/(?:[^?#]*/)?(?:embed|player)(?:[/?#]|$)", re.IGNORECASE)


# profile pages, and which path segment is the account: /<name>, bsky.app/profile/<name>
_PROFILE_HOSTS = {
    "twitter.com": 0, "x.com": 0, "github.com": 0, "speakerdeck.com": 0, "qiita.com": 0,
    "zenn.dev": 0, "note.com": 0, "www.facebook.com": 0, "facebook.com": 0, "bsky.app": 1,
    "connpass.com": None,  # /user/<name>/
}


def handle_from_url(url: str) -> str | None:
    """The account name in a profile URL (X/Twitter, GitHub, connpass, SpeakerDeck...)."""
    parts = split(url)
    host = parts.netloc.lower()
    host = host[4:] if host.startswith("www.") and host[4:] in _PROFILE_HOSTS else host
    connpass = host.endswith("connpass.com")
    if not connpass and host not in _PROFILE_HOSTS:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if connpass:
        return segments[1] if len(segments) >= 2 and segments[0] == "user" else None
    if segments:
        index = _PROFILE_HOSTS[host] or 0
        if len(segments) > index:
            name = segments[index].lstrip("@")
            if name.lower() not in {"search", "hashtag", "intent", "share", "home", "i"}:
                return name
    return None


def is_profile_url(url: str) -> bool:
    """A person's page itself (`https://github.com/alice`), not something of theirs on it
    (`https://speakerdeck.com/alice/deck`, `https://github.com/alice/repo`)."""
    if handle_from_url(url) is None:
        return False
    parts = split(url)
    host = parts.netloc.lower()
    host = host[4:] if host.startswith("www.") else host
    depth = 2 if host.endswith("connpass.com") else (_PROFILE_HOSTS.get(host) or 0) + 1
    return len([s for s in parts.path.split("/") if s]) <= depth


_SOCIAL_HOSTS = ("twitter.com", "x.com", "bsky.app")


def is_social_profile(url: str) -> bool:
    """A person's profile on a social network (X/Twitter, Bluesky): a GitHub or connpass account may be a project's
    or a group's (`https://github.com/serde-rs`)."""
    return is_profile_url(url) and _on(host_of(url), _SOCIAL_HOSTS)


# a page about one person on a site that is not a profile host: `linkedin.com/in/jane`, `…/team/mal/`, `…/person/jane-doe/`
_PERSON_PATH = re.compile(r"^(?:/[^/]+){0,2}/(?:people|person|team|speakers?|staff|members?|authors?)/(?!(?:join|login|signup|new|all|list|"
                          r"index|search)\b)[^/.]{2,}/?$", re.IGNORECASE)
# (an event's site, its year or edition first: `/japan-2019/speakers/ikehara/`; or the people's page, the person's
# anchor on it: `/speakers#matt-jones`)
_PEOPLE_PAGE = re.compile(r"^(?:\.{0,2}/)?(?:[^/]+/){0,2}(?:people|speakers?|team|presenters)(?:\.html?|\.md)?/?$", re.IGNORECASE)


def is_person_page(url: str) -> bool:
    """A page about one person: a profile (is_profile_url), or a site's page for one member of its people."""
    parts = split(url)
    path = parts.path or ""
    return is_profile_url(url) or bool(_PERSON_PATH.match(path)) or host_of(url).endswith("linkedin.com") \
        and bool(re.match(r"^/in/[^/]+/?$", path)) or len(parts.fragment or "") >= 3 and bool(_PEOPLE_PAGE.match(path))


# a line that is one address and nothing else (in a quote or list item, or in angle brackets): `<https://…>`
BARE_URL_LINE = re.compile(r"^\s*(?:>\s*)*(?:[-*]\s*)?<?(?P<u>https?://\S+?)>?\s*$")


def urls_in(text: str) -> list[str]:
    return [clean_url(m.group(0)) for m in URL.finditer(text)]


# where a note points, relative addresses included: a Markdown link's or image's target, a reference definition's,
# an `href`/`src` attribute's (an old `<param value>` embed's too), and any web address written out
_ADDRESS = re.compile(r"\]\(\s*<?(?P<md>[^)\s>]+)|^\s*\[[^\]\n]+\]:\s*<?(?P<ref>\S+?)>?(?:\s|$)"
                      r"|\b(?:href|src|value)\s*=\s*[\"'](?P<attr>[^\"'\s]+)", re.MULTILINE | re.IGNORECASE)


def addresses_in(text: str) -> list[str]:
    """Every address the text points at, each once (a link's target is not also read as a web address written
    out, nor a link written as its own text, `[https://…](https://…)`, as two)."""
    found = [m.group("md") or m.group("ref") or m.group("attr") for m in _ADDRESS.finditer(text)]
    return list(dict.fromkeys(found + urls_in(_ADDRESS.sub("", text))))


# --- embed syntaxes -> plain URLs -----------------------------------------------------

_ZENN = re.compile(r"^\s*@\[(?P<kind>\w+)\]\((?P<arg>[^)\s]+)\)\s*$", re.MULTILINE)
_HATENA_EMBED = re.compile(r"\[(?P<url>https?://[^\]\s]+?)(?::(?:embed|title|detail|image|barcode)(?::[^\]]*)?)\]")
_HATENA_TOC = re.compile(r"^\s*\[:contents\]\s*$", re.MULTILINE)
_SPEAKERDECK_SCRIPT = re.compile(
    r"<script[^>]*class=[\"']speakerdeck-embed[\"'][^>]*data-id=[\"'](?P<id>[0-9a-f]+)[\"'][^>]*>\s*</script>"
    r"|<script[^>]*data-id=[\"'](?P<id2>[0-9a-f]+)[\"'][^>]*class=[\"']speakerdeck-embed[\"'][^>]*>\s*</script>",
    re.IGNORECASE)
_IFRAME = re.compile(r"<iframe[^>]*\bsrc=[\"'](?P<src>[^\"']+)[\"'][^>]*>\s*(?:</iframe>)?", re.IGNORECASE)
# template embeds: Jekyll `{% include speakerdeck.html id="..." %}` / `{% youtube id %}`, Hugo
# `{{< speakerdeck id >}}` / `{{< youtube id="..." >}}`, MDX `<YouTube id="..." />`
_TEMPLATE_EMBED = re.compile(
    r"(?:\{%-?\s*(?:include\s+)?|\{\{[<%]\s*|<)(?P<kind>speakerdeck|youtube|vimeo|slideshare|docswell)(?:[._-]?embed)?(?:\.html)?"
    r"(?P<args>(?:\s+[^%>}\n]*)?)\s*(?:-?%\}|[>%]\}\}|/?>)", re.IGNORECASE)
_EMBED_ID = re.compile(r"(?:\b(?:id|data-id|key)\s*=\s*\{?[\"']?|^\s*[\"']?)(?P<id>[A-Za-z0-9_-]{6,64})\b")
TOC_MARKER = "<!-- talkarchive:toc -->"


def _template_embed(m: re.Match) -> str:
    found = _EMBED_ID.search(m.group("args") or "")
    if not found:
        return m.group(0)
    kind = m.group("kind").lower()
    return _zenn(re.match(r"@\[(?P<kind>\w+)\]\((?P<arg>[^)]+)\)", f"@[{kind}]({found.group('id')})"))


def _zenn(m: re.Match) -> str:
    kind, arg = m.group("kind").lower(), m.group("arg")
    if kind == "speakerdeck":
        return f"https://speakerdeck.com/player/{arg}"
    if kind == "youtube":
        return f"https://www.youtube.com/watch?v={arg}"
    if kind == "slideshare":
        return f"https://www.slideshare.net/slideshow/embed_code/key/{arg}"
    if kind == "docswell":
        return arg if arg.startswith("http") else f"https://www.docswell.com/slide/{arg}"
    if kind == "vimeo":
        return f"https://vimeo.com/{arg}"
    return arg  # card, embed, tweet, github, gist, codepen...: the URL itself


def _iframe(m: re.Match) -> str:
    src = m.group("src")
    if src.startswith("//"):
        src = "https:" + src
    if "hatenablog-parts.com/embed" in src and (card := _card_target(src)):
        # Hatena's link card: the page it shows, under the title it shows (`Foo Night (2019/05/17 19:30〜)`)
        named = _TITLE_ATTR.search(m.group(0))
        return f"[{html.unescape(named.group(1)).strip()}]({card})" if named and named.group(1).strip() else card
    return src if src.startswith("http") else ""


_TITLE_ATTR = re.compile(r"\btitle=[\"']([^\"'<>\n]{1,200})[\"']", re.IGNORECASE)


def _card_target(src: str) -> str | None:
    """The page a link card embeds (its `url=` parameter, decoded)."""
    target = parse_qs(urlsplit(src).query).get("url", [None])[0]
    return target if target and target.startswith("http") else None


def _hatena_embed(m: re.Match) -> str:
    return m.group("url")


def _speakerdeck_script(m: re.Match) -> str:
    return f"https://speakerdeck.com/player/{m.group('id') or m.group('id2')}"


def sub_at_marks(pattern: re.Pattern, repl, text: str, marks: tuple[str, ...]) -> str:
    """pattern.sub(repl, text) for a pattern whose every match opens with one of `marks` (and is never
    empty): the pattern is only tried where a mark is written. A regex scanning a whole note for a
    match costs far more than finding a few marks (most notes hold none)."""
    starts: set[int] = set()
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            starts.add(at)
            at = text.find(mark, at + 1)
    pieces: list[str] = []
    done = 0  # the text before this is written out; a match never starts inside the one before it
    for at in sorted(starts):
        if at < done:
            continue
        m = pattern.match(text, at)
        if m:
            pieces += (text[done:at], repl(m))
            done = m.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


# what each embed syntax opens with (a template's `{%`, `{{` or a tag's `<`; the patterns' IGNORECASE
# touches only letters, which come after these marks)
_TEMPLATE_MARKS = ("{%", "{{", "<")


def plain_embeds(text: str) -> str:
    """Rewrite embed syntaxes as bare URLs (each on its own line) and [:contents] as a marker.

    Each syntax is only looked for when the characters it opens with are in the text."""
    if "@" in text and "@[" in text:  # one character is found much quicker than two
        text = _ZENN.sub(_zenn, text)
    if "{" in text or "<" in text:
        text = sub_at_marks(_TEMPLATE_EMBED, _template_embed, text, _TEMPLATE_MARKS)
    if "[http" in text:
        text = sub_at_marks(_HATENA_EMBED, _hatena_embed, text, ("[http",))
    if "[:contents]" in text:
        text = _HATENA_TOC.sub(TOC_MARKER, text)
    if "<" in text:
        text = sub_at_marks(_SPEAKERDECK_SCRIPT, _speakerdeck_script, text, ("<",))
        text = sub_at_marks(_IFRAME, _iframe, text, ("<",))
        if 'href="//' in text or "href='//" in text:  # an embed's own link, written protocol-relative
            text = _RELATIVE_HREF.sub(r"\g<q>https://", text)
    return text


_RELATIVE_HREF = re.compile(r"(?<=href=)(?P<q>[\"'])//(?=[\w.-]+\.[a-z]{2,}/)")


# --- hashtags ----------------------------------------------------------------------------

_LETTER = re.compile(r"[^\W\d_]")
# `#4を開催しました`: a number after the mark, then Japanese, is the event's number, not a hashtag
# `#3日目`, `LT #0x05` (a number in hex), `【Foo #11】`, `Foo #15@Acme` (an edition's number)
NOT_A_TAG = r"(?!\d+[\u3040-\u30ff\u4e00-\u9fff]|0x[0-9A-Fa-f]+(?!\w)|\d+(?=[】\]）)」|@＠]|\s|$))"
_HASHTAG = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(\[（「:：。、！？!]))[#＃]" + NOT_A_TAG + r"(?P<tag>[^\s#＃,、。()\[\]（）「」【】|!?！？:：/]+)")


def is_hashtag_word(tag: str) -> bool:
    """`#serverlessfukuoka` is a hashtag; `#4`, `#18` (issue numbers) are not."""
    return bool(_LETTER.search(tag)) and len(tag) <= 60


def hashtags_in(text: str) -> list[str]:
    return [m.group("tag") for m in _HASHTAG.finditer(text) if is_hashtag_word(m.group("tag"))]


def hashtag_from_url(url: str) -> str | None:
    """twitter.com/search?q=%23tag, twitter.com/hashtag/tag, x.com/hashtag/tag -> tag."""
    host = host_of(url)
    if not _on(host, ("twitter.com", "x.com")):
        return None
    parts = split(url)
    if parts.path.startswith("/hashtag/"):
        tag = unquote(parts.path.split("/")[2])
        return tag if is_hashtag_word(tag) else None
    q = parse_qs(parts.query).get("q", [""])[0]
    if q.startswith("#") and is_hashtag_word(q[1:].split()[0] if q[1:] else ""):
        return q[1:].split()[0]
    return None
