"""site.yml as a typed schema.

Every key is declared once in SCHEMA with its type, default and meaning (the
README's config reference is checked against it by a test). Unknown keys are
warnings, wrong types are ConfigErrors naming the key and its line.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

import yaml

from .errors import ConfigError, ConfigErrors
from .model import Diagnostic

MARKDOWN_ENGINES = ("cmarkgfm", "python-markdown")
LANGUAGES = ("ja", "en")
EMBED_MODES = ("click", "eager", "off")


@dataclass(frozen=True)
class Key:
    type: type | tuple[type, ...]
    default: Any
    help: str
    choices: tuple | None = None
    check: Callable[[Any], str | None] | None = None  # returns a problem, or None


def _positive(value: int) -> str | None:
    return None if value > 0 else "must be a whole number above 0"


def _base_url(value: str) -> str | None:
    if value.startswith("/") and not value.startswith("//"):
        return None
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc:
        return None
    return "must be an absolute http(s) URL such as https://user.github.io/archive/, or a path starting with /"


def _aliases(value: dict) -> str | None:
    problem = ("must map each name to an alias or a list of aliases, e.g. `AWS Lambda: [AWSLambda, lambda]`, "
               "or to its `reading` (text) and `aliases`, e.g. `堀家 隆宏: {reading: ほりけ たかひろ, aliases: [horike]}`")
    for name, aliases in value.items():
        if isinstance(aliases, dict):  # `堀家 隆宏: {reading: ほりけ たかひろ, aliases: [horike]}`
            if set(aliases) - {"reading", "aliases"} or not isinstance(aliases.get("reading", ""), str):
                return problem
            aliases = aliases.get("aliases") or []
        items = aliases if isinstance(aliases, list) else [aliases]
        if not isinstance(name, str) or not all(isinstance(a, (str, int)) for a in items):
            return problem
    return None


SCHEMA: dict[str, Key] = {
    "title": Key(str, "Talk Archive", "Site title, shown in the header and feeds."),
    "description": Key(str, "", "One-line description for the home page and meta tags."),
    "author": Key(str, "", "Who keeps the archive (feeds, meta tags)."),
    "language": Key(str, "ja", "UI language and date format: `ja` or `en`.", choices=LANGUAGES),
    "base_url": Key(str, "/", "Where the site is published, e.g. `https://user.github.io/archive/`. "
                    "Every link honours its path.", check=_base_url),
    "content_dir": Key(str, "content", "Folder of notes, relative to site.yml."),
    "output_dir": Key(str, "output", "Build target, relative to site.yml."),
    "theme": Key(str, "default", "Theme name: a folder under `themes_dir` (or a shipped theme)."),
    "themes_dir": Key(str, "themes", "Folder of the site's own themes, relative to site.yml."),
    "templates_dir": Key(str, "templates", "The site's own template overrides, searched before the theme."),
    "recent_events": Key(int, 10, "How many events the home page lists.", check=_positive),
    "page_size": Key(int, 50, "Items per page on long lists (events, years, tags, speakers); "
                     "later items go to `page/2/` and on.", check=_positive),
    "feed_size": Key(int, 20, "How many events each Atom feed carries.", check=_positive),
    "search": Key(bool, True, "Index the built site with Pagefind for the search page. "
                  "`false` (or `build --no-search`) skips it."),
    "embeds": Key((str, bool), "click", "Slides and video players: `click` loads a player only when the reader asks "
                  "(no request leaves the site before), `eager` puts the player in the page, "
                  "`off` shows links only.", choices=EMBED_MODES + (False,)),
    "aliases.speakers": Key(dict, {}, "One person under several names: `みやざき: [mz9]` (names or handles); "
                            "`堀家 隆宏: {reading: ほりけ たかひろ, aliases: [horike]}` also sets the reading "
                            "the speaker index sorts by.",
                            check=_aliases),
    "aliases.tags": Key(dict, {}, "One tag under several spellings: `AWS Lambda: [AWSLambda]` "
                        "(compared after NFKC and case folding).", check=_aliases),
    "markdown.engine": Key(str, "cmarkgfm", "`cmarkgfm` (GitHub's parser, fast) or `python-markdown`.",
                           choices=MARKDOWN_ENGINES),
    "markdown.hard_breaks": Key(bool, True, "A single line break in a note is a line break in the page, "
                                "as Qiita, Zenn and Hatena render it. `false` renders as GitHub files do."),
}


@dataclass(frozen=True)
class MarkdownConfig:
    engine: str = "cmarkgfm"
    hard_breaks: bool = True


@dataclass(frozen=True)
class Aliases:
    """canonical name -> the other names it goes by (as tuples, so the config stays frozen)."""

    speakers: tuple[tuple[str, tuple[str, ...]], ...] = ()
    tags: tuple[tuple[str, tuple[str, ...]], ...] = ()
    readings: tuple[tuple[str, str], ...] = ()  # name -> its reading, for sorting (speakers' and tags')

    @staticmethod
    def from_mapping(value: dict) -> tuple[tuple[str, tuple[str, ...]], ...]:
        def others(v) -> list:
            if isinstance(v, dict):
                v = v.get("aliases") or []
            return v if isinstance(v, list) else [v]

        return tuple((str(name), tuple(str(a) for a in others(v))) for name, v in value.items())

    @staticmethod
    def readings_from(*values: dict) -> tuple[tuple[str, str], ...]:
        return tuple((str(name), v["reading"]) for value in values for name, v in value.items()
                     if isinstance(v, dict) and v.get("reading"))


@dataclass(frozen=True)
class SiteConfig:
    root: Path = field(default_factory=Path.cwd)  # folder of site.yml (or cwd without one)
    config_path: Path | None = None
    title: str = "Talk Archive"
    description: str = ""
    author: str = ""
    language: str = "ja"
    base_url: str = "/"
    content_dir: Path = Path("content")
    output_dir: Path = Path("output")
    theme: str = "default"
    themes_dir: Path = Path("themes")
    templates_dir: Path = Path("templates")
    recent_events: int = 10
    page_size: int = 50
    feed_size: int = 20
    search: bool = True
    embeds: str = "click"
    markdown: MarkdownConfig = field(default_factory=MarkdownConfig)
    aliases: Aliases = field(default_factory=Aliases)

    @property
    def base_path(self) -> str:
        """The path part of base_url, always starting and ending with '/'."""
        path = urlsplit(self.base_url).path if "://" in self.base_url else self.base_url
        path = "/" + path.strip("/") + "/"
        return "/" if path == "//" else path

    @property
    def absolute_base(self) -> str | None:
        """base_url when it is absolute (scheme and host), else None."""
        return self.base_url.rstrip("/") + "/" if "://" in self.base_url else None


def _flatten(data: dict, prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        group = any(k.startswith(name + ".") for k in SCHEMA)
        if group and value is not None and not isinstance(value, dict):
            keys = ", ".join(k for k in SCHEMA if k.startswith(name + "."))
            raise ConfigError(f"key '{name}' must be a mapping with the keys {keys}, got {value!r}")
        if group and isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def _key_lines(text: str) -> dict[str, int]:
    """Line of each (dotted) key in the YAML text, for error messages."""
    lines: dict[str, int] = {}
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return lines

    def walk(n, prefix):
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                name = f"{prefix}{k.value}"
                lines[name] = k.start_mark.line + 1
                walk(v, name + ".")

    walk(node, "")
    return lines


def _type_name(t) -> str:
    names = {str: "a string", int: "a whole number", bool: "true or false", list: "a list",
             dict: "a mapping of names to values"}
    return names.get(t, t.__name__)


def _problem(name: str, key: Key, value: Any) -> str | None:
    """What is wrong with one key's value, or None."""
    if key.type is int and isinstance(value, bool) or not isinstance(value, key.type):
        if key.choices:
            shown = ", ".join(c for c in key.choices if isinstance(c, str))
            return f"key '{name}' must be one of {shown}, got {value!r}"
        return f"key '{name}' must be {_type_name(key.type)}, got {value!r}"
    if key.choices and value not in key.choices:
        shown = ", ".join(c for c in key.choices if isinstance(c, str))
        return f"key '{name}' must be one of {shown}, got {value!r}"
    problem = key.check(value) if key.check else None
    return f"key '{name}' {problem}, got {value!r}" if problem else None


def parse_config(data: Any, *, path: str = "site.yml", text: str = "") -> tuple[dict[str, Any], list[Diagnostic]]:
    """Check raw YAML data against SCHEMA; give the values by dotted key and warnings."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("the file must be a mapping of keys to values", path=path, line=1)
    lines = _key_lines(text)
    values: dict[str, Any] = {}
    warnings: list[Diagnostic] = []
    try:
        flat = _flatten(data)
    except ConfigError as exc:
        name = exc.message.split("'")[1]
        raise ConfigError(exc.message, path=path, line=lines.get(name)) from None
    errors: list[ConfigError] = []
    for name, value in flat.items():
        key = SCHEMA.get(name)
        line = lines.get(name)
        if key is None:
            known = ", ".join(sorted(SCHEMA))
            close = difflib.get_close_matches(name, list(SCHEMA), n=1, cutoff=0.75)
            guess = f"did you mean '{close[0]}'? " if close else ""
            warnings.append(Diagnostic("warning", f"unknown key '{name}' is ignored ({guess}known keys: {known})",
                                       path, line))
            continue
        if value is None:
            continue
        problem = _problem(name, key, value)
        if problem:  # every wrong key is reported at once, not one per run
            errors.append(ConfigError(problem, path=path, line=line))
            continue
        values[name] = value
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ConfigErrors(errors)
    return values, warnings


def load_config(config_path: str | os.PathLike | None = None, *, overrides: dict[str, Any] | None = None,
                ) -> tuple[SiteConfig, list[Diagnostic]]:
    """Read site.yml (or use defaults when there is none) and apply CLI overrides.

    Without an explicit path, `site.yml` in the current folder is used when present.
    Relative folders are resolved against the folder holding site.yml.
    """
    explicit = config_path is not None
    path = Path(config_path) if explicit else Path("site.yml")
    values: dict[str, Any] = {}
    warnings: list[Diagnostic] = []
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the file: {exc}", path=str(path)) from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise ConfigError(f"invalid YAML: {getattr(exc, 'problem', exc)}", path=str(path),
                              line=mark.line + 1 if mark else None) from None
        values, warnings = parse_config(data, path=str(path), text=text)
        root = path.resolve().parent
    elif explicit:
        raise ConfigError("config file not found", path=str(path),
                          hint="pass --config with an existing file, or run without it to use defaults")
    else:
        root = Path.cwd().resolve()
        path = None
    for name, value in (overrides or {}).items():
        if value is not None:
            checked, _ = parse_config(_unflatten({name: value}), path="command line")
            values.update(checked)
    return _make_config(root, path.resolve() if path else None, values), warnings


def _unflatten(flat: dict[str, Any]) -> dict:
    out: dict = {}
    for name, value in flat.items():
        *parents, last = name.split(".")
        node = out
        for p in parents:
            node = node.setdefault(p, {})
        node[last] = value
    return out


def _make_config(root: Path, config_path: Path | None, values: dict[str, Any]) -> SiteConfig:
    def get(name):
        return values.get(name, SCHEMA[name].default)

    def folder(name):
        p = Path(os.path.expanduser(get(name)))
        return p if p.is_absolute() else root / p

    base_url = get("base_url")
    if "://" in base_url and not base_url.endswith("/"):
        base_url += "/"
    return SiteConfig(
        root=root,
        config_path=config_path,
        title=get("title"),
        description=get("description"),
        author=get("author"),
        language=get("language"),
        base_url=base_url,
        content_dir=folder("content_dir"),
        output_dir=folder("output_dir"),
        theme=get("theme"),
        themes_dir=folder("themes_dir"),
        templates_dir=folder("templates_dir"),
        recent_events=get("recent_events"),
        page_size=get("page_size"),
        feed_size=get("feed_size"),
        search=get("search"),
        embeds=get("embeds") or "off",  # YAML reads a bare `off` as false
        markdown=MarkdownConfig(engine=get("markdown.engine"), hard_breaks=get("markdown.hard_breaks")),
        aliases=Aliases(speakers=Aliases.from_mapping(get("aliases.speakers")),
                        tags=Aliases.from_mapping(get("aliases.tags")),
                        readings=Aliases.readings_from(get("aliases.speakers"), get("aliases.tags"))),
    )

