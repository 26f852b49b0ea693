"""Read stage: content files -> Note (decoded text, front matter, body).

Decoding: UTF-8 (with or without BOM) first, then charset-normalizer for
Shift_JIS / CP932 / EUC-JP notes. Line ends are normalised to \\n. Front
matter is YAML between `---` lines (or TOML or Zine's ZON there, where YAML
cannot read it) or TOML between `+++` lines, or Eleventy's `---json` /
`---yaml` / `---toml` closed by `---`; a value under a site generator's own
YAML tag (`!ruby/string:…`) is read as the value it tags.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import os
import posixpath
import re
from pathlib import Path
from typing import Any, Iterator

import yaml

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from ..core.errors import ContentError
from ..core.model import Note

NOTE_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".rst", ".org", ".adoc", ".asciidoc", ".html", ".htm", ".hiki")
class _YamlLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader, reading a value under a site generator's own tag (`!ruby/string:Sequel::SQL::Blob "…"`,
    left by a Drupal or WordPress export) as the plain value it tags: Jekyll reads it, so must we."""


def _untagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    value = loader.construct_scalar(node)
    if suffix == "binary":  # `author: !binary |- dGFzdWt1` (a WordPress export through Ruby): base64 of the text
        try:
            return base64.b64decode("".join(str(value).split()), validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return value
    return value


yaml.add_multi_constructor("!", _untagged, Loader=_YamlLoader)
_YAML_LOADER = _YamlLoader
_FENCES = {"---": "yaml", "+++": "toml", "---yaml": "yaml", "---toml": "toml", "---json": "json"}
# Eleventy's `---json` (and `---yaml`, `---toml`) name the language after the opening fence; `---` closes them
_CLOSING = {"---yaml": "---", "---toml": "---", "---json": "---"}


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Bytes of a note -> (text with \\n line ends, encoding name)."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        if _looks_binary(data[:8192]):
            raise ContentError("this is a binary file, not a text note", path=path,
                               hint="remove it from the content folder")
        raise ContentError("the note contains a NUL byte (\\0), which a text note cannot hold", path=path,
                           line=_line_of(data, data.index(b"\x00")),
                           hint="delete the NUL character, or save the note again as UTF-8 text")
    encoding = "utf-8"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, encoding = _detect(data, path)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


def _line_of(data: bytes, offset: int) -> int:
    """1-based line of a byte offset, counting LF, CRLF and lone CR line ends."""
    head = data[:offset].replace(b"\r\n", b"\n")
    return head.count(b"\n") + head.count(b"\r") + 1


_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b")


def _looks_binary(sample: bytes) -> bool:
    """A file holding NUL bytes is binary unless the rest of it reads as text with few control bytes."""
    if sample.count(0) > max(4, len(sample) // 100):
        return True
    rest = sample.replace(b"\x00", b"")
    if sum(rest.count(bytes([c])) for c in _CONTROL) > len(rest) // 100:
        return True
    import codecs

    for encoding in ("utf-8", "cp932", "euc_jp"):
        try:
            codecs.getincrementaldecoder(encoding)().decode(rest, final=False)
            return False
        except UnicodeDecodeError:
            continue
    return True


def _detect(data: bytes, path: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp932", "shift_jis", "euc_jp", "iso2022_jp", "utf_16"]).best()
    if best is not None:
        return str(best), best.encoding
    # Too short or too mixed for detection: a strict Japanese decode is a safer guess than
    # detection across every encoding, which reads short CP932 lines as GB18030.
    for encoding in ("cp932", "euc_jp"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    try:
        data.decode("utf-8-sig")
        bad, line = None, None
    except UnicodeDecodeError as exc:
        bad, line = data[exc.start], _line_of(data, exc.start)
    where = f": byte 0x{bad:02X} is not UTF-8, and the file is not Shift_JIS or EUC-JP either" if bad is not None else ""
    raise ContentError(f"cannot tell this file's text encoding{where}", path=path, line=line,
                       hint="save it again as UTF-8")


# files a tool saved whole (a programme's JSON or XML, an Evernote export, captions): no front matter, however they
# open (a JSON object is not Hugo's front matter here); normalize/exports.py reads them
WHOLE_FILE_SUFFIXES = (".json", ".xml", ".enex", ".vtt", ".srt")


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str, int]:
    """text -> (front matter mapping, body, 1-based line of the body's first line).

    Only the front matter is read line by line; the body is the text after its closing fence."""
    if path.lower().endswith(WHOLE_FILE_SUFFIXES):
        return {}, text, 1
    lead = _LEADING_BLANK_LINES.match(text)
    if lead and lead.end() and _first_line(text[lead.end():]).strip() == "+++" \
            and re.search(r"^\+\+\+[ \t]*$", text[lead.end() + 3:], re.MULTILINE):
        # `\n+++\ndate = …\n+++`: blank lines before a closed TOML fence (never a Markdown rule, unlike `---`)
        skipped = text[:lead.end()].count("\n")
        try:
            front, body, body_line = split_front_matter(text[lead.end():], path)
        except ContentError as exc:  # (its line counted in the whole file)
            raise ContentError(exc.message, path=path, line=exc.line + skipped if exc.line else None,
                               hint=exc.hint) from None
        return front, body, body_line + skipped
    end = text.find("\n")
    fence = (text if end < 0 else text[:end]).strip()
    if fence not in _FENCES:
        return _unfenced_headers(text, path)
    raw_start, line = end + 1, 1
    while True:
        if end < 0:
            raise ContentError(f"front matter opened with '{fence}' on line 1 is never closed", path=path, line=1,
                               hint=f"add a '{_CLOSING.get(fence, fence)}' line after the last front matter key")
        start, end, line = end + 1, text.find("\n", end + 1), line + 1
        if (text[start:] if end < 0 else text[start:end]).strip() == _CLOSING.get(fence, fence):
            break
    data = _parse(text[raw_start:start - 1] if start > raw_start else "", _FENCES[fence], path)
    return data, "" if end < 0 else text[end + 1:], line + 1


# Pelican / MultiMarkdown metadata: `Title: ...`, `Date: ...`, `Tags: a; b;` lines opening the file,
# ended by a blank line, with no fences; or the same lines closed by a `---` nobody opened
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+)?)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_LIST_HEADERS = ("tags", "tag", "category", "categories", "keywords", "authors")
_MAX_HEADER_LINES = 40
_KNOWN_KEYS = {"title", "date", "tags", "tag", "categories", "category", "layout", "author", "authors", "slug",
               "draft", "published", "description", "summary", "keywords", "permalink", "lang", "comments"}


def _unfenced_headers(text: str, path: str) -> tuple[dict[str, Any], str, int]:
    """Front matter written without an opening fence: header lines from the first line, one of them
    `Title:`, up to a blank line (Pelican, MultiMarkdown) or a lone `---` (a fence nobody opened); Hugo's JSON
    object opening the file (`{` … `}`); org-mode's `#+TITLE:` lines."""
    if text.startswith("{:"):
        return _edn_map_first(text)
    if text.startswith("{"):
        return _json_object_first(text)
    if text.startswith("#+"):
        return _org_keywords(text)
    if text.startswith("="):
        return _pod_headers(text)
    lines = text.split("\n", _MAX_HEADER_LINES + 1)
    headers: list[tuple[str, str]] = []
    end = None
    for i, line in enumerate(lines[:_MAX_HEADER_LINES]):
        m = _HEADER_LINE.match(line)
        if m:
            headers.append((m.group("key"), m.group("value") or ""))
        elif line[:1] in (" ", "\t") and line.strip() and headers:
            key, value = headers[-1]
            headers[-1] = (key, f"{value} {line.strip()}".strip())  # a continued value
        elif not line.strip() or line.strip() == "---":
            end = i
            break
        elif line.strip() == "--" and headers and {k.lower() for k, _ in headers} >= {"title", "state", "number"}:
            return _issue_view(text, headers, i)
        elif line.strip() == _MT_RULE and headers and all(k.isupper() for k, _ in headers) \
                and {k for k, _ in headers} & {"TITLE", "BASENAME", "STATUS"} and "\nBODY:" in text:
            return _movable_type(text, headers, i)
        else:
            return {}, text, 1
    if end is None or not headers:
        return {}, text, 1
    # (a site's own title key, `meeting_title:`, says it as well as `Title:`)
    if not any(k.lower() in ("title", "event_title", "meeting_title") for k, _ in headers) and not (
            lines[end].strip() == "---" and all(k.lower() in _KNOWN_KEYS for k, _ in headers)):
        # without a title, only keys every site generator writes, closed by `---` (`tags: conference`):
        # a line like `Note: bring a laptop` over a setext underline is a heading, not front matter
        return {}, text, 1
    rest = text.split("\n", end + 1)
    body = rest[end + 1] if len(rest) > end + 1 else ""
    if lines[end].strip() == "---":
        try:
            data = yaml.load("\n".join(lines[:end]), Loader=_YAML_LOADER)
        except (yaml.YAMLError, ValueError):
            data = None
        if isinstance(data, dict):
            return {str(k): v for k, v in data.items()}, body, end + 2
    data = {}
    for key, value in headers:
        if key.lower() in _LIST_HEADERS:
            data[key] = [v.strip() for v in re.split(r"[;,]", value) if v.strip()]
        else:
            data.setdefault(key, _unquoted(value))
    return data, body, end + 2


def _issue_view(text: str, headers: list[tuple[str, str]], rule: int) -> tuple[dict[str, Any], str, int]:
    """An issue as `gh issue view` prints it: `title:`, `state:`, `labels:`, `number:` … lines (a tab after each
    colon), `--`, then the issue's body. Its labels are its tags."""
    data: dict[str, Any] = {}
    for key, value in headers:
        if key.lower() == "labels":
            data["tags"] = [v.strip() for v in value.split(",") if v.strip()]
        elif key.lower() in ("title", "author"):
            data[key.lower()] = _unquoted(value)
    rest = text.split("\n", rule + 1)
    return data, rest[rule + 1] if len(rest) > rule + 1 else "", rule + 2


# Movable Type's export (Hatena Blog, Movable Type, TypePad): `TITLE:`, `DATE: 02/18/2031 21:30:45`, a `CATEGORY:` line
# a category, `-----` after the headers, then `BODY:` … `-----`, `EXTENDED BODY:` … `-----`, `COMMENT:` … `-----`
_MT_RULE = "-----"
_MT_DATE = re.compile(r"^(?P<m>\d{2})/(?P<d>\d{2})/(?P<y>\d{4})(?P<rest>\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$", re.IGNORECASE)
_MT_SECTION = re.compile(r"^(?P<name>BODY|EXTENDED BODY|EXCERPT|KEYWORDS|COMMENT|PING):\s*$")


def _movable_type(text: str, headers: list[tuple[str, str]], rule: int) -> tuple[dict[str, Any], str, int]:
    """A Movable Type export entry: its headers as front matter (every `CATEGORY:` a tag, the date as written
    month/day/year read in order), its body and extended body as the note's text; comments and pings are left out."""
    data: dict[str, Any] = {}
    for key, value in headers:
        key = key.lower()
        if key == "category":
            data.setdefault("categories", []).append(value.strip())
        elif key == "date" and (m := _MT_DATE.match(value.strip())):
            data.setdefault("date", f"{m.group('y')}-{m.group('m')}-{m.group('d')}{m.group('rest') or ''}")
        else:
            data.setdefault(key, _unquoted(value))
    lines = text.split("\n")
    kept: list[str] = []
    body_line = None
    section = None
    for i, line in enumerate(lines[rule + 1:], start=rule + 1):
        if line.strip() == _MT_RULE:
            section = None
            continue
        if (m := _MT_SECTION.match(line)) and section is None:
            section = m.group("name")
            if section in ("BODY", "EXTENDED BODY") and body_line is None:
                body_line = i + 2
            continue
        if section in ("BODY", "EXTENDED BODY"):
            kept.append(line)
    return data, "\n".join(kept), body_line or rule + 2


_POD_HEADER = re.compile(r"^=(?P<key>[a-z][a-z0-9_]*)(?:[ \t]+(?P<value>\S.*?))?[ \t]*$")


def _pod_headers(text: str) -> tuple[dict[str, Any], str, int]:
    """A Perl site's POD-style headers opening the file (`=head1 Title` or `=title Title`, `=timestamp 1495166350`,
    `=tags a, b`), up to a blank line: the title, the day (a Unix time, read in UTC) and the tags as front matter."""
    lines = text.split("\n", _MAX_HEADER_LINES + 1)
    data: dict[str, Any] = {}
    end = None
    for i, line in enumerate(lines[:_MAX_HEADER_LINES]):
        m = _POD_HEADER.match(line)
        if not m:
            end = i if not line.strip() else None
            break
        key, value = m.group("key"), (m.group("value") or "").strip()
        if key in ("head1", "title"):
            data.setdefault("title", value)
        elif key == "timestamp" and re.fullmatch(r"[1-4]\d{9}", value):  # (a Unix time in seconds, 2001 to 2096)
            data.setdefault("date", dt.datetime.fromtimestamp(int(value), dt.timezone.utc).date().isoformat())
        elif key == "date" and value:
            data["date"] = value  # (a day written out wins over a timestamp)
        elif key in ("tags", "keywords", "categories"):
            data[key] = [v.strip() for v in value.split(",") if v.strip()]
        elif value:
            data.setdefault(key, value)
    if end is None or "title" not in data or len(data) < 2:
        return {}, text, 1  # (a POD document's own `=head1` over its text, or no header block: the note's text)
    rest = text.split("\n", end + 1)
    return data, rest[end + 1] if len(rest) > end + 1 else "", end + 2


def _json_object_first(text: str) -> tuple[dict[str, Any], str, int]:
    """Hugo's JSON front matter: an object from the first line to a line that is `}` alone."""
    close = re.search(r"^}[ \t]*$", text, re.MULTILINE)
    if not close:
        return {}, text, 1
    try:
        data = json.loads(text[:close.end()])
    except (json.JSONDecodeError, ValueError, RecursionError):
        return {}, text, 1  # (not JSON after all: the note's text)
    if not isinstance(data, dict):
        return {}, text, 1
    end = text.count("\n", 0, close.end())
    rest = text.split("\n", end + 1)
    return {str(k): v for k, v in data.items()}, rest[end + 1] if len(rest) > end + 1 else "", end + 2


_EDN_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|;[^\n]*|[{}]|[^"{};]+')


def _edn_map_first(text: str) -> tuple[dict[str, Any], str, int]:
    """Cryogen's front matter: an EDN map opening the file (`{:title "…" :tags ["a" "b"]}`), read by `edn_format`
    up to its closing brace (found outside strings and comments), its keywords as plain keys and values."""
    depth, end = 0, None
    for m in _EDN_TOKEN.finditer(text):
        token = m.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth == 0:
                end = m.end()
                break
    if end is None:
        return {}, text, 1
    import edn_format  # (read only for a note that opens with an EDN map)
    try:
        data = edn_format.loads(text[:end])
    except Exception:  # edn_format raises its own and the parser's errors: any of them means not EDN after all
        return {}, text, 1
    if not hasattr(data, "items"):
        return {}, text, 1
    lines_before = text.count("\n", 0, end)
    rest = text.split("\n", lines_before + 1)
    return ({_edn_plain(k): _edn_plain(v) for k, v in data.items()},
            rest[lines_before + 1] if len(rest) > lines_before + 1 else "", lines_before + 2)


def _edn_plain(value: Any) -> Any:
    """An EDN value as YAML front matter would give it: keywords and symbols as their names, vectors and sets as lists."""
    import edn_format
    if isinstance(value, (list, tuple, set, frozenset, edn_format.ImmutableList)):
        return [_edn_plain(v) for v in value]
    if isinstance(value, (edn_format.Keyword, edn_format.Symbol)):
        return str(value.name)
    return value


_ORG_KEYWORD = re.compile(r"^#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>.*?)\s*$")


def _org_keywords(text: str) -> tuple[dict[str, Any], str, int]:
    """org-mode's keywords opening the file (`#+TITLE: …`, `#+DATE: …`, `#+TAGS: a b`): the front matter."""
    lines = text.split("\n", _MAX_HEADER_LINES + 1)
    data: dict[str, Any] = {}
    end = 0
    kept: list[str] = []  # (the task keywords a file declares, `#+TODO: NEXT | DONE`, stay for the body's reader)
    for i, line in enumerate(lines[:_MAX_HEADER_LINES]):
        m = _ORG_KEYWORD.match(line)
        if not m:
            break
        key, value = m.group("key").lower(), m.group("value")
        if key in ("todo", "seq_todo", "typ_todo"):
            kept.append(line)
        if key in ("tags", "filetags", "keywords"):
            data[key if key != "filetags" else "tags"] = [t for t in re.split(r"[\s:,]+", value) if t]
        elif value:
            data.setdefault(key, re.sub(r"^<(\d{4}-\d{2}-\d{2})[^>]*>$", r"\1", value))  # (`<2019-02-03 Sun>`)
        end = i + 1
    rest = text.split("\n", end)
    body = rest[end] if len(rest) > end else ""
    return data, "\n".join([*kept, body]) if kept else body, end + 1 - len(kept)


def _unquoted(value: str) -> str:
    """`'Recap: "Things You Love" Lightning Talks'`: a header value quoted as YAML quotes it, without its quotes."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"" and value[0] not in value[1:-1].replace("''", ""):
        return value[1:-1].replace("''", "'") if value[0] == "'" else value[1:-1]
    return value


_LEADING_BLANK_LINES = re.compile(r"(?:[ \t]*\n){1,3}")
# an Elixir map as front matter (Serge, Still): `%{` / `  title: "…",` / `}`
_ELIXIR_MAP = re.compile(r"^\s*%\{\s*\n(?P<pairs>.*)\n\s*\}\s*$", re.DOTALL)


def _first_line(text: str) -> str:
    end = text.find("\n")
    return text if end < 0 else text[:end]


def _parse(raw: str, kind: str, path: str) -> dict[str, Any]:
    if not raw.strip():
        return {}
    if kind == "yaml" and (elixir := _ELIXIR_MAP.match(raw)):
        # one `key: value,` per line: the same pairs in YAML once the commas go (the line numbers stay)
        raw = "\n" + "\n".join(re.sub(r",\s*$", "", l) for l in elixir.group("pairs").split("\n")) + "\n"
    if kind == "toml":
        return _parse_toml(raw, path)
    if kind == "json":
        return _parse_json(raw, path)
    try:
        data = _load_yaml_as_written(raw)
    except yaml.YAMLError as exc:
        if (other := _other_family_in_dashes(raw)) is not None:
            return _lifted_table(other)
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ContentError(f"invalid YAML front matter: {problem}", path=path,
                           line=mark.line + 2 if mark else None,
                           hint="check the quoting and indentation") from None
    except ValueError as exc:  # PyYAML reads `2019-02-30` as a date and fails on the impossible day
        raise ContentError(f"invalid date in front matter: {exc}", path=path, line=_impossible_date_line(raw),
                           hint="write a real date as YYYY-MM-DD, e.g. 2019-02-28") from None
    if data is None:
        return {}
    if not isinstance(data, dict) and (other := _other_family_in_dashes(raw)) is not None:
        return _lifted_table(other)  # (`title = "…"` lines read by YAML as one text)
    if not isinstance(data, dict):
        raise ContentError("front matter must be a mapping of keys to values", path=path, line=2,
                           hint="write one `key: value` per line, e.g. `title: My Meetup #1`")
    _check_aliases(data, raw, path)
    return {str(k): v for k, v in data.items()}


def _other_family_in_dashes(raw: str) -> dict[str, Any] | None:
    """Front matter between `---` lines that is no YAML but another family's, as some generators write it: TOML
    (`title = "…"`, `[article]`), or Zine's ZON (`.title = "…",`, `.date = @date("2020-07-06T00:00:00"),`, in braces
    or not). None when it is neither, and the YAML error stands."""
    if re.search(r"^[ \t]*(?:\[{1,2}[\w.\- ]+\]{1,2}|[\w\-]+[ \t]*=)", raw, re.MULTILINE):
        try:
            data = tomllib.loads(raw + "\n")
        except tomllib.TOMLDecodeError:
            data = None
        if data:
            return data
    pairs = [m for line in raw.split("\n") if (m := _ZON_FIELD.match(line))]
    if pairs and all(_ZON_FIELD.match(line) or line.strip() in ("", "{", "}", ".{", "},", "};")
                     for line in raw.split("\n")):
        return {m.group("key"): _zon_value(m.group("value")) for m in pairs}
    return None


# a field of a ZON struct on a line of its own: `.title = "Program",`, `.date = @date("2020-07-06T00:00:00"),`
_ZON_FIELD = re.compile(r"^[ \t]*\.(?P<key>[A-Za-z_]\w*)[ \t]*=[ \t]*(?P<value>.*?)[ \t]*,?[ \t]*$")
_ZON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _zon_value(value: str) -> Any:
    """A ZON value as YAML would give it: a string (or a builtin's string argument, `@date("…")`), true, false,
    null, a number, or a list of strings (`.{ "a", "b" }`, `[]`)."""
    if value.startswith((".{", "[", "&.{")):
        return [_zon_string(s) for s in _ZON_STRING.findall(value)]
    if (m := _ZON_STRING.search(value)) and (value.startswith('"') or value.startswith("@")):
        return _zon_string(m.group(0))
    if value in ("true", "false"):
        return value == "true"
    if value == "null":
        return None
    return int(value) if re.fullmatch(r"-?\d+", value) else value


def _zon_string(literal: str) -> str:
    """A Zig string literal's text: its escapes as JSON reads them (`\\n`, `\\"`, `\\u{…}` and `\\x41` left as written)."""
    try:
        return json.loads(literal)
    except ValueError:
        return literal[1:-1]


def _lifted_table(data: dict[str, Any]) -> dict[str, Any]:
    """A front matter of another family (_other_family_in_dashes) whose fields sit in one table (`[article]` over
    `title = …`, `tags = […]`) with no title of its own: the table's fields as the front matter's, the top's own keys
    kept first."""
    if any(str(k).lower() in ("title", "name") for k in data):
        return data
    tables = [v for v in data.values() if isinstance(v, dict)]
    keys = {str(k).lower() for k in tables[0]} if len(tables) == 1 else set()
    if "title" not in keys or not keys & _PAGE_KEYS:
        return data  # (an `[author]` table's `title = "Staff Engineer"` is a person's job, no page's title)
    return {**{k: v for k, v in tables[0].items()}, **{k: v for k, v in data.items() if not isinstance(v, dict)}}


# the keys that make a table a page's own metadata beside its title
_PAGE_KEYS = {"date", "tags", "categories", "category", "description", "summary", "draft", "slug", "uuid", "id",
              "published", "keywords"}


# `title: &#x1f195; Meetup`, `title: *Draft* notes`, `summary: @alice's talk`: a flat value starting with one
# of YAML's indicator characters, which the writer meant as text (their site's YAML reader let it pass)
_INDICATOR_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*:[ \t]+)(?P<value>[&*!%@`][^\n]*?)[ \t]*$")


# `date: {{ .Date }}`, `title: "{{ replace .Name "-" " " | title }}"`: a value left as the site's template wrote it
# (a Hugo archetype, a Jekyll include), which the site fills in when it builds; no value the note gives (one expression
# and nothing else: `"{{ config }} Hall"` is text, printed as written)
_TEMPLATE_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*:)[ \t]+(?P<q>[\"']?)(?:\{\{[^{}]*\}\}|\{%[^{}%]*%\})(?P=q)[ \t]*$",
                             re.MULTILINE)


# a value with a template's expression inside it, which YAML cannot read: `date: {{ .Date }}T10:00`, `  image: {{ … }}`
_TEMPLATED_VALUE = re.compile(r"^(?P<key>[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*:)[ \t]+.*?(?:\{\{.*\}\}|\{%.*%\})")


# an item of a list with a template's expression in it: `  - {{ page.tag }}`
_TEMPLATED_ITEM = re.compile(r"^[ \t]*-[ \t]+.*?(?:\{\{.*\}\}|\{%.*%\})")


def _load_yaml_as_written(raw: str) -> Any:
    """YAML, except that a flat `key: value` line whose value starts with an indicator character and
    fails to parse is read as the text it shows, and a value that is a template's expression is no value;
    any other error is the note's to fix."""
    if "{" in raw:
        raw = _TEMPLATE_VALUE.sub(r"\g<key> null", raw)
    for _ in range(8):
        try:
            return yaml.load(raw, Loader=_YAML_LOADER)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            lines = raw.split("\n")
            templated = next((i for i in ([mark.line, mark.line - 1] if mark else []) if 0 <= i < len(lines)
                              and (_TEMPLATED_VALUE.match(lines[i]) or _TEMPLATED_ITEM.match(lines[i]))), None)
            if templated is not None:  # `tags: [{{ .Params.tags }}]`: a value the site's template fills in, none of the note's
                value = _TEMPLATED_VALUE.match(lines[templated])
                # (`  - {{ page.tag }}` among a list's items: that item goes, the others stay)
                lines[templated] = value.group("key") + " null" if value else ""
                raw = "\n".join(lines)
                continue
            culprit = next((i for i in ([mark.line, mark.line - 1] if mark else []) if 0 <= i < len(lines)
                            and _INDICATOR_VALUE.match(lines[i])), None)
            if culprit is None:
                raise
            m = _INDICATOR_VALUE.match(lines[culprit])
            lines[culprit] = m.group("key") + json.dumps(m.group("value"), ensure_ascii=False)
            raw = "\n".join(lines)
    return yaml.load(raw, Loader=_YAML_LOADER)


def _parse_json(raw: str, path: str) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ContentError(f"invalid JSON front matter: {exc.msg}", path=path, line=exc.lineno + 1,
                           hint="check the quotes and commas; keys and strings take double quotes") from None
    except (ValueError, RecursionError) as exc:  # a number of thousands of digits, objects nested thousands deep
        raise ContentError(f"invalid JSON front matter: {str(exc).splitlines()[0][:120]}", path=path, line=2,
                           hint="keep the front matter to plain keys, text, numbers and short lists") from None
    if not isinstance(data, dict):
        raise ContentError("front matter must be a mapping of keys to values", path=path, line=2,
                           hint='write one object, e.g. {"title": "My Meetup #1"}')
    return {str(k): v for k, v in data.items()}


def _parse_toml(raw: str, path: str) -> dict[str, Any]:
    # The trailing newline makes tomllib name a line instead of "at end of document".
    try:
        return tomllib.loads(raw + "\n")
    except tomllib.TOMLDecodeError as exc:
        text = str(exc)
        found = re.search(r"\(at line (\d+), column \d+\)", text)
        line = int(found.group(1)) if found else raw.count("\n") + 1
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", text)
        if "date" in message.lower():
            hint = "write a real date as YYYY-MM-DD, e.g. 2019-02-28"
        elif "overwrite" in message.lower():
            hint = "each key may appear only once; remove the repeated one"
        else:
            hint = 'check the TOML syntax: one `key = value` per line, text in double quotes, e.g. title = "My Meetup"'
        raise ContentError(f"invalid TOML front matter: {message}", path=path, line=line + 1, hint=hint) from None


MAX_FRONT_MATTER_VALUES = 100_000  # far above any real note; a YAML alias bomb expands to millions


def _check_aliases(data: Any, raw: str, path: str) -> None:
    """Refuse front matter whose YAML aliases (*name) expand it past MAX_FRONT_MATTER_VALUES or into a loop.

    The parser shares aliased values instead of copying them, so reading is cheap; it is every
    later walk over the values (normalizing, writing JSON) that a billion-laughs note would stall.
    """
    if "*" not in raw:
        return
    sizes: dict[int, int] = {}
    open_: set[int] = set()

    def size(value: Any) -> int:
        if not isinstance(value, (dict, list)):
            return 1
        key = id(value)
        if key in sizes:
            return sizes[key]
        if key in open_:
            raise _Loop
        open_.add(key)
        children = list(value.keys()) + list(value.values()) if isinstance(value, dict) else value
        total = 1
        for child in children:
            total += size(child)
            if total > MAX_FRONT_MATTER_VALUES:
                break
        open_.discard(key)
        sizes[key] = total
        return total

    try:
        too_big = size(data) > MAX_FRONT_MATTER_VALUES
        problem = f"YAML aliases (*name) expand the front matter to more than {MAX_FRONT_MATTER_VALUES:,} values"
    except (_Loop, RecursionError):
        too_big, problem = True, "a YAML alias (*name) makes the front matter contain itself"
    if too_big:
        raise ContentError(problem, path=path, line=_first_alias_line(raw),
                           hint="write the values out instead of repeating them with &anchors and *aliases")


class _Loop(Exception):
    pass


def _first_alias_line(raw: str) -> int | None:
    try:
        for event in yaml.parse(raw, Loader=_YAML_LOADER):
            if isinstance(event, yaml.AliasEvent):
                return event.start_mark.line + 2
    except yaml.YAMLError:
        pass
    return None


def _impossible_date_line(raw: str) -> int | None:
    """The file line of the first `key: YYYY-MM-DD` in front matter that is not a real day."""
    import datetime as dt

    for number, text in enumerate(raw.split("\n"), start=2):
        match = re.search(r":\s*(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
        if match:
            try:
                dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                return number
    return None


_DRAFT_TRUE = ("true", "yes", "on", "1")
_DRAFT_FALSE = ("false", "no", "off", "0")


def is_draft(front_matter) -> bool:
    """The note says it is not ready to publish: `draft: true` (Hugo, and talkarchive's own notes) or
    `published: false` (Jekyll, Zenn, Qiita). Keys in any case; header-style front matter gives the
    values as text, so `true`/`false` written out count too. Zenn's `published: true` and a
    `published:` date are not drafts."""
    for key, value in front_matter.items():
        name = str(key).strip().lower()
        if name not in ("draft", "published"):
            continue
        flag = value if isinstance(value, bool) else (
            True if str(value).strip().lower() in _DRAFT_TRUE else
            False if str(value).strip().lower() in _DRAFT_FALSE else None)
        if flag is None:
            continue
        if (name == "draft") == flag:
            return True
    return False


MAX_NOTE_BYTES = 5 * 1024 * 1024  # a note is one event; a bigger file is a dump, not a note


def read_note(path: str | os.PathLike, display: str | None = None) -> Note:
    """Read one note file; errors are ContentErrors naming `display` (or the path)."""
    file = Path(path)
    name = display or file.as_posix()
    try:
        size = file.stat().st_size
        if size > MAX_NOTE_BYTES:
            raise ContentError(f"the note is {size / 1024 / 1024:.1f} MB; talkarchive reads notes up to "
                               f"{MAX_NOTE_BYTES // 1024 // 1024} MB", path=name,
                               hint="split it into one note per event")
        data = file.read_bytes()
    except OSError as exc:
        raise ContentError(f"cannot read the file: {exc.strerror or exc}", path=name) from None
    return parse_note(data, name)


def parse_note(data: bytes, name: str) -> Note:
    text, encoding = decode(data, name)
    if not text.replace("\ufeff", "").strip():  # nothing but blanks (or byte order marks)
        raise ContentError("the note is empty", path=name,
                           hint="write the event's notes in it, or delete the file")
    front, body, body_line = split_front_matter(text, name)
    return Note(path=name, text=text, front_matter=front, body=body, body_line=body_line, encoding=encoding)


def is_note_file(path: Path) -> bool:
    """A note by its name (`.md`, `.txt`, …), or a file a tool saved whole that the reading layer reads (a pretalx
    `schedule.xml`, Sessionize's JSON, captions); any other `.json` or `.xml` is a file beside the notes."""
    name = path.name.lower()
    if name.endswith(NOTE_SUFFIXES):
        return True
    if not name.endswith(WHOLE_FILE_SUFFIXES):
        return False
    from ..normalize import exports  # (the reading layer knows the tools' files; read/ only asks it)
    try:
        with open(path, "rb") as file:
            head = file.read(65536).decode("utf-8", errors="ignore")
    except OSError:
        return False
    return exports.recognised(head, posixpath.splitext(name)[1])


def iter_note_files(content_dir: Path) -> Iterator[tuple[Path, str]]:
    """(file path, path relative to content_dir) for every note, in a stable order.

    Hidden files and folders, Jekyll's `_drafts/`, editor backups and files of other kinds
    are skipped (`_posts/` is read: it is where Jekyll keeps published notes).
    """
    for dirpath, dirnames, filenames in os.walk(content_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "_drafts")
        for filename in sorted(filenames):
            if filename.startswith(".") or filename.endswith("~"):
                continue
            full = Path(dirpath) / filename
            if not is_note_file(full):
                continue
            yield full, full.relative_to(content_dir).as_posix()
