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
from generator.core.errors import ContentError
from generator.normalize import dates, fields
from generator.normalize.sections import key
from generator.read.sources import split_front_matter

PIECES = ["", " ", "text", "本文です。", "```", "```python", "  ```", "    ```", "~~~", ">|python|", ">||", "||<", "# Title",
          "## Talk", "#", "### ", "  ## indented", "*見出し", "**小見出し", "*1: note", "*italic*", "**bold** by X", "#tag",
          "---", "+++", " --- ", "title: Meetup #7 に行ってきた", "title: 'quoted'", "name: x", "\u3000", "ſ", "ı"]


def random_lines(rng: random.Random, most: int = 40) -> list[str]:
    return [rng.choice(PIECES) + (rng.choice(PIECES) if rng.random() < 0.3 else "") for _ in range(rng.randint(0, most))]


def cases(seed: int, count: int = 1500):
    rng = random.Random(seed)
    return [random_lines(rng) for _ in range(count)]


def _split_front_matter_by_lines(text: str):
    lines = text.split("\n")
    fence = lines[0].strip()
    if fence not in ("---", "+++"):
        from generator.read.sources import _unfenced_headers  # unfenced headers have no fast path to check
        return _unfenced_headers(text, "n.md")
    for end in range(1, len(lines)):
        if lines[end].strip() == fence:
            break
    else:
        return "never closed"
    return "\n".join(lines[1:end]), "\n".join(lines[end + 1:]), end + 2


def test_front_matter_split_matches_the_line_by_line_reading(monkeypatch):
    monkeypatch.setattr("generator.read.sources._parse", lambda raw, kind, path: raw)
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


# --------------------------------------------------------------------------- prechecks before regexes
# A rule that looks for a few characters before trying a pattern must never skip a line the
# pattern matches. Each precheck below is tried against its pattern on texts made of the pieces
# the patterns look for, in several cases, beside the characters that ignoring case folds
# specially (ı İ K ſ: the dotless i, the dotted capital I, the Kelvin sign, the long s).

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from generator.normalize import bylines, kinds, links, people, prepare, speaker_lines, talk_body  # noqa: E402

WORD_PIECES = [
    "", " ", "  ", "\t", "\u3000", "-", "- ", "* ", "•", "・", "**", "_", ":", "：", "/", "／", "|", "—", "―", "――", "--", "–",
    "(", ")", "（", "）", "[", "]", "](", "@", "#", "。", "、", ",", ".", "は", "さん", "氏", "様", "の", "による", "から",
    "by", "By", "BY", "bY", "Speaker", "speakers", "登壇者", "発表者", "ゲスト", "Presented", "Talk", "session", "who",
    "LT", "lt", "Lt", "ＬＴ", "lightning", "LIGHTNING", "talk", "ライトニングトーク", "keynote", "KEYNOTE", "基調講演",
    "キーノート", "panel", "Panel", "パネル", "workshop", "WorkShop", "discussion", "ワークショップ", "ディスカッション",
    "ハンズオン", "hands-on", "posted", "on", "published", "updated", "last", "modified", "に公開", "公開日", "投稿日",
    "更新日", "に投稿", "に更新", "作成日", "開催", "参加", "行われ", "行って", "お邪魔", "登壇", "聴講", "held", "took",
    "place", "attended", "went", "to", "hosted", "HOSTED", "Held", "ı", "İ", "\u212a", "ſ", "山田", "太郎", "Jane Doe",
    "基調", "発表", "講演", "トーク", "話", "です", "x", "12", "Title", "https://x.org/a", "[a](https://x.org/b)",
    # whole shapes, so that the anchored patterns match often
    "Title — 山田 太郎 / 株式会社ほげ", "Title ―― Jane Doe | Acme", "by Jane Doe", "BY ı Doe", "Presented by Jane",
    "山田さんによる基調講演", "Jane 様のLT", "Speaker: 山田さん", "- 登壇者：A", "発表者は山田さんです", "山田さん。", "*Jane Doe, Acme*",
    "Title / Jane Doe", "Title by Jane", "Title - 山田 太郎（株式会社ほげ）", "Title – Jane", "### 登壇者", "(@jane)",
]
WORDY = st.lists(st.sampled_from(WORD_PIECES), max_size=12).map("".join)


def _same_match(found, expected) -> bool:
    if found is None or expected is None:
        return found is None and expected is None
    return found.re is expected.re and found.span() == expected.span() and found.groups() == expected.groups()


# (pattern's test, the precheck run before it): whenever the pattern finds something, the precheck holds
PRECHECKS = {
    "speaker label": (speaker_lines._LABEL.match, lambda s: ":" in s or "：" in s),
    "by line": (speaker_lines._BY.match, lambda s: "y" in s or "Y" in s),
    "emphasis": (speaker_lines.EMPHASISED_LINE.match, lambda s: "*" in s or "_" in s),
    "by sentence": (speaker_lines._BY_SENTENCE.match, lambda s: "さん" in s or "氏" in s or "様" in s),
    "is sentence": (speaker_lines._IS_SENTENCE.match, lambda s: "は" in s),
    "name first": (speaker_lines._NAME_FIRST.match, lambda s: "さん" in s or "氏" in s),
    "link": (people.MD_LINK.search, lambda s: "](" in s),
    "handle in parentheses": (speaker_lines._PARENTHESISED_HANDLE.search, lambda s: ")" in s or "）" in s),
    "parentheses": (people.PARENTHESISED.search, lambda s: "(" in s or "（" in s),
    "sub-heading": (talk_body._SUB_HEADING.match, lambda s: "#" in s),
    "byline with org": (bylines._BYLINE_ORG.match, lambda s: "—" in s or "―" in s or "--" in s or "–" in s),
    "byline": (bylines._BYLINE.match, lambda s: any(m in s for m in ("—", "―", "--", "–", "/", "／", "|", "by"))),
    "byline after a dash": (bylines._BYLINE_DASH.match, lambda s: "-" in s or "–" in s),
    "publication": (dates.PUBLICATION_MARKERS.search, dates.publication_marked),
    "event verb": (dates.EVENT_VERBS.search, dates.tells_event_verb),
    **{f"kind word {kind}": (pattern.search, lambda s, may_hold=may_hold: may_hold(s, s.lower()))
       for kind, pattern, may_hold in kinds._KIND_WORDS},
}


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(text=WORDY)
def test_each_precheck_holds_wherever_its_pattern_matches(text):
    for name, (find, precheck) in PRECHECKS.items():
        if find(text):
            assert precheck(text), (name, text)


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(text=WORDY)
def test_prechecked_functions_answer_as_their_patterns(text):
    assert _same_match(speaker_lines.labelled(text), speaker_lines._LABEL.match(text) or speaker_lines._BY.match(text))
    plain_sentence = speaker_lines._BY_SENTENCE.match(text) or speaker_lines._IS_SENTENCE.match(text) or speaker_lines._NAME_FIRST.match(text)
    assert _same_match(speaker_lines._sentence_naming(text), plain_sentence)
    assert dates.publication_marked(text) == bool(dates.PUBLICATION_MARKERS.search(text))
    from generator.normalize import dialects
    assert dialects._has_emoji_codes(text, ".md") == bool(dialects._EMOJI_CODE.search(text))
    for emoji_text in (f":{text}:", f"x :{text.lower()}: y", f"{text}:tada:{text}"):
        assert dialects._has_emoji_codes(emoji_text, ".md") == bool(dialects._EMOJI_CODE.search(emoji_text))
    assert dates.tells_event_verb(text) == bool(dates.EVENT_VERBS.search(text))

    def plain_classify(title):
        marked = kinds._SYMBOL.sub("", title)
        if not kinds._NOTE_ONLY.fullmatch(marked):
            title = marked
        if (m := kinds._BARRED_LABEL.match(title)) and plain_classify(m.group("label") + ": x")[1] == "x" \
                and not kinds._LENGTH_ALONE.match(title[m.end():]):
            return plain_classify(m.group("label") + ": " + title[m.end():])
        # (a format told after the title or in brackets before it, a slot's label: read as classify reads them)
        m = kinds._FORMAT_TAG_AFTER.search(title)
        if m and title[:m.start()].strip():
            told = plain_classify(m.group("f") + ":")[0]
            inner, rest = plain_classify(title[:m.start()])
            return (told if told != "talk" else inner), rest
        m = kinds._FORMAT_BRACKET.match(title)
        if m:
            told = plain_classify(m.group("f") + ":")[0]
            inner, rest = plain_classify(title[m.end():])
            return (told if told != "talk" else inner), rest
        m = kinds._SLOT_LABEL.match(title)
        if m:
            return plain_classify(title[m.end():])
        for kind, label in kinds._LABELS:
            m = label.match(title)
            if m:
                return kind, title[m.end():].strip()
        m = kinds._LT_LABEL.match(title)
        if m and title[m.end():].strip():
            return "lightning", title[m.end():].strip()
        m = kinds._KEYNOTE_LABEL.match(title)
        if m:
            return "keynote", title[m.end():].strip()
        for kind, pattern, _ in kinds._KIND_WORDS:
            if pattern.search(title):
                return kind, title.strip()
        return "talk", title.strip()

    assert kinds.classify(text) == plain_classify(text)


def test_prechecked_letters_fold_only_as_the_prechecks_assume():
    """The lowered-text prechecks use letters other than i and s: ignoring case, such a letter
    matches only its two ASCII cases, or (k) a character that str.lower() also turns into it."""
    letters = set("".join(["lt", "ghtn", "eynote", "panel", "wor", "cu", "hand", "ted", "ubl", "mod", "held", "took",
                           "tended", "went"]))
    assert not letters & {"i", "s"}
    special = [chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF]
    for letter in letters:
        pattern = re.compile(letter, re.IGNORECASE)
        for ch in special:
            if pattern.fullmatch(ch):
                assert letter in ch.lower(), (letter, hex(ord(ch)))


# --------------------------------------------------------------------------- embeds, URLs, talk links

EMBED_PIECES = ["", " ", "\n", "<", ">", "{", "}", "{%", "%}", "{{<", ">}}", "{{%", "%}}", "/>", "include ", "speakerdeck",
                "YouTube", "vimeo", ".html", " id=\"abcdef12\"", " abc123XYZ", "<script async class=\"speakerdeck-embed\" "
                "data-id=\"0123abcd\"></script>", "<iframe src=\"//www.youtube.com/embed/x\"></iframe>", "<IFRAME SRC='a'>",
                "[https://x.org/a:embed:cite]", "[http://b.jp:title]", "[http", "テキスト", "<br>", "Option<(u32, &str)>"]


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(text=st.lists(st.sampled_from(EMBED_PIECES), max_size=14).map("".join))
def test_subs_tried_at_marks_match_the_whole_text_subs(text):
    cases = [(links._TEMPLATE_EMBED, links._template_embed, links._TEMPLATE_MARKS),
             (links._HATENA_EMBED, links._hatena_embed, ("[http",)),
             (links._SPEAKERDECK_SCRIPT, links._speakerdeck_script, ("<",)),
             (links._IFRAME, links._iframe, ("<",))]
    for pattern, repl, marks in cases:
        assert links.sub_at_marks(pattern, repl, text, marks) == pattern.sub(repl, text)


URL_PIECES = ["http://", "https://", "HTTPS://", "ftp://", "//", "x.org", "www.YouTube.com", "user:pw@", "@", ":8080", ":",
              "/", "/path", "?", "?q=%23tag", "#", "#frag", "[", "]", "[::1]", "例え", "\t", "\n", "\r", " ", "\x00", "%20",
              "speakerdeck.com", "/user/deck", "connpass.com", "/event/1/", "/user/me", "twitter.com", "/hashtag/x"]


@settings(max_examples=2500, deadline=None, derandomize=True)
@given(url=st.one_of(st.lists(st.sampled_from(URL_PIECES), max_size=8).map("".join),
                     st.builds("https://{}".format, st.text(max_size=20))))
def test_url_reading_matches_urlsplit(url):
    from urllib.parse import SplitResult, urlsplit

    try:
        expected = urlsplit(url)
    except ValueError:
        expected = SplitResult("", "", "", "", "")
    assert links.split(url) == expected and type(links.split(url)) is type(expected)
    plain_host = expected.netloc.lower().split("@")[-1].split(":")[0]
    assert links.host_of(url) == plain_host

    def plain_handle(u):
        try:
            parts = urlsplit(u)
        except ValueError:
            return None
        host = parts.netloc.lower()
        host = host[4:] if host.startswith("www.") and host[4:] in links._PROFILE_HOSTS else host
        segments = [s for s in parts.path.split("/") if s]
        if host.endswith("connpass.com"):
            return segments[1] if len(segments) >= 2 and segments[0] == "user" else None
        if host in links._PROFILE_HOSTS and segments:
            index = links._PROFILE_HOSTS[host] or 0
            if len(segments) > index:
                name = segments[index].lstrip("@")
                if name.lower() not in {"search", "hashtag", "intent", "share", "home", "i"}:
                    return name
        return None

    assert links.handle_from_url(url) == plain_handle(url)


def _plain_first_url(lines, test, label):
    text = "\n".join(lines)
    if "://" not in text:
        return None
    labelled = talk_body._labelled_slides if label is talk_body._SLIDE_LABEL else test
    for i, line in enumerate(lines):
        if (":" in line or "：" in line or "](" in line) and (m := label.search(line)):
            for candidate in links.urls_in(line[m.end():]):
                if labelled(candidate):
                    return candidate
            for candidate in links.urls_in(line) + (links.urls_in(lines[i + 1]) if i + 1 < len(lines) else []):
                if test(candidate):
                    return candidate
    for candidate in links.urls_in(text):
        if test(candidate):
            return candidate
    return None


TALK_LINE_PIECES = ["", " ", "- ", "スライド", "Slides", "資料", "動画", "Video", "録画", ":", "：", "[slides](", "[動画](", ")",
                    "https://speakerdeck.com/u/d", "https://speakerdeck.com/u", "https://www.youtube.com/watch?v=x",
                    "https://YOUTU.BE/x", "https://vimeo.com/12", "https://x.org/a.pdf", "https://x.org/a.png",
                    "https://twitter.com/me", "http://[::1", "https://例え.jp/", "https://", "。", "、", ".", "）", "」"]


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(lines=st.lists(st.lists(st.sampled_from(TALK_LINE_PIECES), max_size=5).map("".join), max_size=8))
def test_talk_links_match_the_plain_reading(lines):
    plain_video = _plain_first_url(lines, links.is_video, talk_body._VIDEO_LABEL) \
        if links.may_hold_video("\n".join(lines)) else None
    assert talk_body.first_slides(lines) == _plain_first_url(lines, links.is_slides, talk_body._SLIDE_LABEL)
    assert talk_body.first_video(lines) == plain_video
    urls = talk_body.talk_urls(lines)
    assert talk_body.first_slides(lines, urls) == talk_body.first_slides(lines)
    assert talk_body.first_video(lines, urls) == plain_video


def test_prepared_lines_are_the_prepared_text_split():
    def plain_prepare(body, titled):  # the whole text's lines, drawn rules blanked, then each rewrite
        lines = ["" if prepare._DRAWN_RULE.match(line) else line for line in body.split("\n")]
        return prepare.prepare_lines("\n".join(lines), titled)[0]

    rng = random.Random(6)
    pieces = PIECES + ["━━━━", " ──── ", "ーーー", "[** 見出し]", "\tindented", "** 見出し", "-- item", "午後7:05 · 2024年6月8日",
                      "@handle", "import X from 'y'", "<Speaker name=\"A\" />", ">|python|", "||<", "**Bold** by X", "5 min read",
                      "= Title", "== Section", ":PROPERTIES:", ":SPEAKER: 山田", ":END:"]
    for _ in range(3000):
        body = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for titled in (False, True):
            text, lines = prepare.prepare_lines(body, titled)
            assert lines == text.split("\n")
            assert text == prepare.prepare(body, titled) == plain_prepare(body, titled)


def test_the_told_talks_boundary_loses_no_reading():
    """prose.may_tell_of_talks skips notes that cannot tell of two talks: on every fixture and sample note's text,
    where it says no, the readers find fewer than two talks with speakers."""
    from generator.normalize import prose
    from tests.conftest import REPO
    files = [p for folder in (REPO / "tests" / "fixtures", REPO / "content") for p in sorted(folder.rglob("*"))
             if p.is_file() and p.suffix in (".md", ".markdown", ".txt", ".html", ".rst") and "expected" not in p.parts]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    assert texts
    for text in texts:
        for part in text.split("\n## "):
            if not prose.may_tell_of_talks(part):
                assert len([t for t in prose.talks_told(part) if t.speakers]) < 2
