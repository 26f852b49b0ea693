"""Hypothesis fuzzing of the reader and the normalizer, and of whole builds.

(a) arbitrary bytes (up to 4 KB) written to a note file and given to `generator.engine.build.normalize_file`:
    it returns a NormalizedNote or a Diagnostic, never raises, never hangs;
(b) note-like text: YAML or TOML front matter with the real keys (title, date, event_date, tags, speakers,
    slides, venue, talks, ...) holding random values, headings of several styles, speaker lines, dates in many
    formats, URLs, Japanese text, control characters: same contract, and what comes back is well formed;
(c) a few fuzzed notes built into a whole site: no exception, and every written path is inside the output.

The default number of examples is small so the file runs in a few seconds. For a long session:

    TALKARCHIVE_FUZZ_EXAMPLES=20000 python -m pytest tests/test_fuzz.py -q

(the build test (c) runs a tenth of that, since each example is a whole build). `deadline=None`: a slow
example is not a failure, a hang is (each call runs under a watchdog thread, see `finishes`).
"""
from __future__ import annotations

import os
import threading

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from generator.engine.build import build, normalize_file  # noqa: E402
from generator.core.config import load_config  # noqa: E402
from generator.core.model import Diagnostic, NormalizedNote  # noqa: E402

EXAMPLES = int(os.environ.get("TALKARCHIVE_FUZZ_EXAMPLES", "200"))
HANG_SECONDS = 20.0
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="TALKARCHIVE_FUZZ_SEED" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])


def finishes(fn, seconds: float = HANG_SECONDS):
    box: dict = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 (re-raised in the test's thread)
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    if "error" in box:
        raise box["error"]
    return box.get("value")


def check_result(result) -> None:
    assert isinstance(result, (NormalizedNote, Diagnostic)), type(result)
    if isinstance(result, Diagnostic):
        assert result.level in ("error", "warning", "info") and result.message
        assert "internal error" not in result.message, result.message
        return
    event = result.event
    assert isinstance(event.title, str) and event.title.strip()
    for talk in event.talks:
        assert isinstance(talk.title, str)
        for url in (talk.slides, talk.video):
            assert url is None or url.lower().startswith(("http://", "https://")), url
    for url in (event.url, event.source_url):
        assert url is None or url.lower().startswith(("http://", "https://")), url
    for d in result.diagnostics:
        assert "internal error" not in d.message, d.message


# --------------------------------------------------------------------------- (a) arbitrary bytes

SUFFIXES = st.sampled_from([".md", ".markdown", ".txt", ".text"])


@FUZZ
@given(data=st.binary(max_size=4096), suffix=SUFFIXES)
def test_arbitrary_bytes_never_raise(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"note{suffix}"
    path.write_bytes(data)
    check_result(finishes(lambda: normalize_file(path, path.name)))


@FUZZ
@given(prefix=st.sampled_from([b"---\n", b"+++\n", b"\xef\xbb\xbf---\r\n", b"# ", b"", b"---\ntitle: x\n---\n"]),
       data=st.binary(max_size=2048))
def test_front_matter_openers_followed_by_bytes(tmp_path_factory, prefix, data):
    path = tmp_path_factory.mktemp("bytes") / "note.md"
    path.write_bytes(prefix + data)
    check_result(finishes(lambda: normalize_file(path, path.name)))


# --------------------------------------------------------------------------- (b) note-like text

WORDS = st.sampled_from([
    "Rust", "Python", "勉強会", "もくもく会", "発表", "型ヒント", "LT", "KEYNOTE", "基調講演", "Panel", "はじめに", "まとめ",
    "懇親会", "質疑応答", "Q&A", "Room A", "Track 2", "26F", "■", "【LT】", "#4", "vol.3", "に参加してきました", "レポート",
    "Notes from", "Day 2", "🎤", "—", "/", "by", "さん", "氏", "様", "株式会社ほげ", "<script>alert(1)</script>",
    "{{ 7*7 }}", "{% if %}", "[:contents]", "@[youtube](dQw4w9WgXcQ)", "**", "`", "|", "\\", "&amp;", "\u200b",
    "\u3000", "ｱｲｳ", "１２３", "\x00", "\x1b", "\x7f", "\ufeff", "\r", "\t"])
TEXT = st.one_of(
    st.lists(WORDS, max_size=6).map(" ".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)
DATES = st.one_of(
    st.dates().map(str),
    st.builds("{}/{:02d}/{:02d}".format, st.integers(0, 10000), st.integers(0, 13), st.integers(0, 32)),
    st.builds("{}年{}月{}日(土)".format, st.integers(1900, 2100), st.integers(0, 13), st.integers(0, 32)),
    st.builds("{}月{}日".format, st.integers(0, 13), st.integers(0, 32)),
    st.sampled_from(["March 3, 2020", "Saturday 14th September 2019", "２０２３年９月２３日", "2019-02-30",
                     "2019-03-12T19:00:00+09:00", "0000-00-00", "99999-01-01", "2021/11/05 - 2021/11/07",
                     "【2023/09/23】", "4/21(土)", "yesterday", ""]),
)
URLS = st.one_of(
    st.sampled_from([
        "https://speakerdeck.com/user/deck", "https://speakerdeck.com/player/0123456789abcdef0123456789abcdef",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m2s", "https://youtu.be/dQw4w9WgXcQ",
        "https://docs.google.com/presentation/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit",
        "https://www.docswell.com/s/user/ABC123-title", "https://vimeo.com/123456",
        "https://example.connpass.com/event/1/", "https://www.slideshare.net/x/y", "javascript:alert(1)",
        "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.test/x", "https://", "http://[::1", "ftp://x/",
        "https://例え.テスト/パス", "https://example.com/a b", "/local/file.pdf", "../../etc/passwd"]),
    st.builds("https://{}/{}".format, st.text(max_size=15), st.text(max_size=15)),
)
SCALAR = st.one_of(TEXT, DATES, URLS, st.integers(), st.floats(allow_nan=True), st.booleans(), st.none())
VALUE = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(TEXT, inner, max_size=3)), max_leaves=8)
KEYS = st.sampled_from(["title", "Title", "date", "Date", "event_date", "published", "tags", "Category", "topics",
                        "speakers", "speaker", "slides", "video", "venue", "url", "URL", "event_url", "hashtags",
                        "slug", "canonical", "room", "kind", "event", "talks", "name", "handle"])


def _yaml(fm: dict) -> str:
    import yaml

    try:
        return "---\n" + yaml.safe_dump(fm, allow_unicode=True, sort_keys=False) + "---\n"
    except Exception:
        return "---\ntitle: fallback\n---\n"


def _toml(fm: dict) -> str:
    lines = ["+++"]
    for key, value in fm.items():
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        elif isinstance(value, list):
            lines.append(f"{key} = [" + ", ".join(_toml_str(str(v)) for v in value) + "]")
        else:
            lines.append(f"{key} = {_toml_str(str(value))}")
    return "\n".join(lines) + "\n+++\n"


def _toml_str(text: str) -> str:
    return '"' + "".join(c if c.isprintable() and c not in '"\\' else f"\\u{ord(c):04x}" for c in text) + '"'


TALK_ENTRY = st.fixed_dictionaries({"title": TEXT}, optional={
    "speakers": st.one_of(TEXT, st.lists(TEXT, max_size=3), st.lists(st.fixed_dictionaries(
        {"name": TEXT}, optional={"handle": TEXT, "affiliation": TEXT}), max_size=2)),
    "slides": URLS, "video": URLS, "room": TEXT, "kind": st.sampled_from(["talk", "lt", "keynote", "panel", "x"])})
FRONT_MATTER = st.one_of(
    st.dictionaries(KEYS, VALUE, max_size=6),
    st.fixed_dictionaries({"title": TEXT}, optional={
        "event_date": DATES, "date": DATES, "tags": st.lists(TEXT, max_size=4), "venue": TEXT, "event_url": URLS,
        "url": URLS, "hashtags": st.lists(TEXT, max_size=3), "talks": st.lists(TALK_ENTRY, max_size=4)}),
)
HEADING = st.builds(lambda mark, title: f"{mark}{title}", st.sampled_from(
    ["# ", "## ", "### ", "#### ", "■ ", "● ", "【LT】", "LT: ", "Room A ", "1. ", "### 1本目: ", "[** ", "**", ""]), TEXT)
SPEAKER = st.builds(lambda prefix, name, suffix: f"{prefix}{name}{suffix}",
                    st.sampled_from(["- ", "- 登壇者: ", "Speaker: ", "by ", "- [", "  • ", ""]), TEXT,
                    st.sampled_from(["さん", " (@handle)", "](https://twitter.com/x)さん", "氏", ""]))
LINE = st.one_of(HEADING, SPEAKER, TEXT, DATES, URLS, st.builds("スライド: {}".format, URLS),
                 st.builds("{} {} ({})".format, st.sampled_from(["19:00-19:25", "10:00〜", "|"]), TEXT, TEXT),
                 st.just("```"), st.just("---"), st.just(""), st.just("| a | b |\n|---|---|\n| 1 | 2 |"))
BODY = st.lists(LINE, max_size=30).map("\n".join)
NEWLINE = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def notes(draw) -> tuple[str, bytes]:
    fm = draw(FRONT_MATTER)
    style = draw(st.sampled_from(["yaml", "toml", "none", "broken"]))
    head = {"yaml": lambda: _yaml(fm), "toml": lambda: _toml(fm), "none": lambda: "",
            "broken": lambda: draw(st.sampled_from(["---\n", "---\ntitle: [\n---\n", "+++\ntitle = \n+++\n",
                                                    "---\n: :\n---\n", "+++\n"]))}[style]()
    text = head + "\n" + draw(BODY) + "\n"
    newline = draw(NEWLINE)
    text = text.replace("\n", newline)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "shift_jis", "euc_jp", "utf-16"]))
    data = text.encode(encoding, errors="replace") if encoding != "utf-16" else text.encode("utf-16", "surrogatepass")
    suffix = ".txt" if style == "none" and draw(st.booleans()) else ".md"
    return suffix, data


@FUZZ
@given(note=notes())
def test_note_like_text_normalizes_or_is_reported(tmp_path_factory, note):
    suffix, data = note
    path = tmp_path_factory.mktemp("notes") / f"fuzzed{suffix}"
    path.write_bytes(data)
    check_result(finishes(lambda: normalize_file(path, path.name)))


# --------------------------------------------------------------------------- (c) whole builds

@settings(max_examples=max(3, EXAMPLES // 10), deadline=None, derandomize="TALKARCHIVE_FUZZ_SEED" not in os.environ,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(batch=st.lists(notes(), min_size=1, max_size=4),
       names=st.lists(st.sampled_from(["a", "b/c", "日本語", "_posts/2020-01-01-x", "..x", "CON", "a b"]),
                      min_size=4, max_size=4))
def test_fuzzed_notes_build_into_a_site_inside_the_output(tmp_path_factory, batch, names):
    root = tmp_path_factory.mktemp("fuzzsite")
    (root / "content").mkdir()
    (root / "site.yml").write_text("title: Fuzz\nlanguage: ja\nsearch: false\n", encoding="utf-8")
    for i, (suffix, data) in enumerate(batch):
        path = root / "content" / f"{names[i]}-{i}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    config, _ = load_config(root / "site.yml")
    result = finishes(lambda: build(config), seconds=60)
    out = config.output_dir.resolve()
    assert (out / "index.html").is_file()
    for written in out.rglob("*"):
        assert out in written.resolve().parents, written
    for path in root.iterdir():
        assert path.name in ("content", "site.yml", "output", ".talkarchive-cache", "published-urls.json"), \
            f"a file was written outside the output: {path}"
    internal = [str(d) for d in result.diagnostics if "internal error" in d.message]
    assert not internal, internal


# --------------------------------------------------------------------------- what fuzzing found

@pytest.mark.parametrize("line", ["http://[::1", "https://speakerdeck.com]/x", "スライド: https://[x/deck.pdf",
                                  "https://twitter.com/hashtag/[x", "https://[::1]:99999/event/1"])
def test_a_malformed_url_in_a_note_is_not_an_internal_error(tmp_path, line):
    """Found by test_note_like_text_normalizes_or_is_reported: urlsplit raised ValueError (Invalid IPv6 URL) and
    the whole note was dropped as "an internal error"; generator/normalize/links.py now reads such URLs as empty."""
    path = tmp_path / "n.md"
    path.write_text(f"---\ntitle: T\n---\n\n### 1本目: Talk\n\n{line}\n", encoding="utf-8")
    check_result(normalize_file(path, "n.md"))
