"""site.yml as a typed schema.

Every key is declared once, as a field of SiteConfig (or of one of its groups,
MarkdownConfig and Aliases) made by `setting`, with its type and default as
written in site.yml, its meaning, its checks and how it becomes the config's
value. SCHEMA (dotted name -> Key) is read off those fields; the README's config
reference and `talkarchive init`'s site.yml come from it. Unknown keys are
warnings, wrong types are ConfigErrors naming the key and its line.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field, fields
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
    """One site.yml key: how it is written there, and how it becomes the config's value."""

    type: type | tuple[type, ...]  # of the value in site.yml
    default: Any  # as site.yml would write it
    help: str
    choices: tuple | None = None
    check: Callable[[Any], str | None] | None = None  # returns a problem, or None
    read: Callable[[Any, Path | None], Any] | None = None  # (site.yml value, folder of site.yml) -> the config's

    def value(self, raw: Any, root: Path | None = None) -> Any:
        """The config's value for `raw` as written in site.yml (relative folders resolve against `root`)."""
        return self.read(raw, root) if self.read else raw


def setting(type, default, help, **options) -> Any:
    """A config field declared as a site.yml key: the one place the key's type, default and meaning
    are written. SCHEMA, the checks of parse_config and load_config's values all come from it."""
    key = Key(type, default, help, **options)
    return field(default=key.value(default), metadata={"key": key})


def group(cls) -> Any:
    """A config field holding a group of keys written as a mapping in site.yml (`markdown:`)."""
    return field(default_factory=cls, metadata={"group": cls})


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


def _folder_under_root(value: str, root: Path | None) -> Path:
    """A folder as written in site.yml: `~` expanded, relative ones under the folder of site.yml."""
    path = Path(os.path.expanduser(value)) if root is not None else Path(value)
    return path if path.is_absolute() or root is None else root / path


def _base_url_with_slash(value: str, root: Path | None) -> str:
    """An absolute base_url ends with '/', so relative links resolve under it."""
    return value + "/" if "://" in value and not value.endswith("/") else value


def _embed_mode(value: str | bool, root: Path | None) -> str:
    return value or "off"  # YAML reads a bare `off` as false


def _alias_pairs(value: dict, root: Path | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    def others(v) -> list:
        if isinstance(v, dict):  # `堀家 隆宏: {reading: ほりけ たかひろ, aliases: [horike]}`
            v = v.get("aliases") or []
        return v if isinstance(v, list) else [v]

    return tuple((str(name), tuple(str(a) for a in others(v))) for name, v in value.items())


def _readings(*values: dict) -> tuple[tuple[str, str], ...]:
    """name -> the reading an alias entry gives it (`{reading: ほりけ たかひろ, ...}`)."""
    return tuple((str(name), v["reading"]) for value in values for name, v in value.items()
                 if isinstance(v, dict) and v.get("reading"))


@dataclass(frozen=True)
class Aliases:
    """canonical name -> the other names it goes by (as tuples, so the config stays frozen)."""

    speakers: tuple[tuple[str, tuple[str, ...]], ...] = setting(
        dict, {}, "One person under several names: `みやざき: [mz9]` (names or handles); "
        "`堀家 隆宏: {reading: ほりけ たかひろ, aliases: [horike]}` also sets the reading the speaker index sorts by.",
        check=_aliases, read=_alias_pairs)
    tags: tuple[tuple[str, tuple[str, ...]], ...] = setting(
        dict, {}, "One tag under several spellings: `AWS Lambda: [AWSLambda]` (compared after NFKC and case folding).",
        check=_aliases, read=_alias_pairs)
    # name -> its reading, for sorting the speaker and tag indexes: derived from the two keys above
    # (`{reading: ..., aliases: [...]}` entries) when the config is made, so not a key of its own
    readings: tuple[tuple[str, str], ...] = field(default=(), metadata={"derived": ("aliases.speakers", "aliases.tags")})


@dataclass(frozen=True)
class MarkdownConfig:
    engine: str = setting(str, "cmarkgfm", "`cmarkgfm` (GitHub's parser, fast) or `python-markdown`.",
                          choices=MARKDOWN_ENGINES)
    hard_breaks: bool = setting(bool, True, "A single line break in a note is a line break in the page, "
                                "as Qiita, Zenn and Hatena render it. `false` renders as GitHub files do.")


@dataclass(frozen=True)
class SiteConfig:
    """The site's configuration. Each field made by `setting` is a site.yml key (a `group` field, a
    mapping of keys); the order of the fields is the order `talkarchive init` writes them in."""

    root: Path = field(default_factory=Path.cwd)  # folder of site.yml (or cwd without one)
    config_path: Path | None = None
    title: str = setting(str, "Talk Archive", "Site title, shown in the header and feeds.")
    description: str = setting(str, "", "One-line description for the home page and meta tags.")
    author: str = setting(str, "", "Who keeps the archive (feeds, meta tags).")
    language: str = setting(str, "ja", "UI language and date format: `ja` or `en`.", choices=LANGUAGES)
    base_url: str = setting(str, "/", "Where the site is published, e.g. `https://user.github.io/archive/`. "
                            "Every link honours its path.", check=_base_url, read=_base_url_with_slash)
    content_dir: Path = setting(str, "content", "Folder of notes, relative to site.yml.", read=_folder_under_root)
    output_dir: Path = setting(str, "output", "Build target, relative to site.yml.", read=_folder_under_root)
    theme: str = setting(str, "default", "Theme name: a folder under `themes_dir` (or a shipped theme).")
    themes_dir: Path = setting(str, "themes", "Folder of the site's own themes, relative to site.yml.", read=_folder_under_root)
    templates_dir: Path = setting(str, "templates", "The site's own template overrides, searched before the theme.",
                                  read=_folder_under_root)
    recent_events: int = setting(int, 10, "How many events the home page lists.", check=_positive)
    page_size: int = setting(int, 50, "Items per page on long lists (events, years, tags, speakers); "
                             "later items go to `page/2/` and on.", check=_positive)
    feed_size: int = setting(int, 20, "How many events each Atom feed carries.", check=_positive)
    search: bool = setting(bool, True, "Index the built site with Pagefind for the search page. "
                           "`false` (or `build --no-search`) skips it.")
    embeds: str = setting((str, bool), "click", "Slides and video players: `click` loads a player only when the "
                          "reader asks (no request leaves the site before), `eager` puts the player in the page, "
                          "`off` shows links only.", choices=EMBED_MODES + (False,), read=_embed_mode)
    aliases: Aliases = group(Aliases)
    markdown: MarkdownConfig = group(MarkdownConfig)
    drafts: bool = False  # show draft notes (`build --drafts`, `serve`); a command's choice, not a site.yml key

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


def _declared(cls, prefix: str = "") -> dict[str, Key]:
    """Dotted key name -> Key, for every `setting` field of `cls` and of its groups, in field order."""
    keys: dict[str, Key] = {}
    for f in fields(cls):
        if "key" in f.metadata:
            keys[prefix + f.name] = f.metadata["key"]
        elif "group" in f.metadata:
            keys.update(_declared(f.metadata["group"], f"{prefix}{f.name}."))
    return keys


SCHEMA: dict[str, Key] = _declared(SiteConfig)  # every site.yml key, as SiteConfig declares it


def _flatten(data: dict, path: str, lines: dict[str, int], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        group = any(k.startswith(name + ".") for k in SCHEMA)
        if group and value is not None and not isinstance(value, dict):
            keys = ", ".join(k for k in SCHEMA if k.startswith(name + "."))
            raise ConfigError(f"key '{name}' must be a mapping with the keys {keys}, got {value!r}",
                              path=path, line=lines.get(name))
        if group and isinstance(value, dict):
            flat.update(_flatten(value, path, lines, name + "."))
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
    flat = _flatten(data, path, lines)
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


SITE_FILE = "site.yml"


def find_site_file(start: str | os.PathLike | None = None) -> Path | None:
    """The nearest site.yml, as git finds `.git` and Hugo its config: in `start` (default: the current
    folder) or the first folder above it that holds one. Given relative to the current folder when
    `start` is, so messages name `site.yml` or `../site.yml` rather than a long absolute path."""
    here = Path(start) if start is not None else Path.cwd()
    folder = here.resolve()
    for candidate in (folder, *folder.parents):
        found = candidate / SITE_FILE
        if found.is_file():
            if start is not None and here.is_absolute():
                return found
            return Path(os.path.relpath(found))
    return None


def describe_site(config: SiteConfig) -> str:
    """One line naming the site.yml a command uses (or saying there is none), for stderr."""
    if config.config_path is None:
        return (f"no site.yml in {config.root} or any folder above it: using the defaults "
                f"(`talkarchive init DIR` starts a site)")
    shown = os.path.relpath(config.config_path)
    if config.config_path.parent == Path.cwd().resolve():
        return f"using {shown}"
    return f"using {shown} (the site in {config.root})"


def load_config(config_path: str | os.PathLike | None = None, *, overrides: dict[str, Any] | None = None,
                ) -> tuple[SiteConfig, list[Diagnostic]]:
    """Read site.yml (or use defaults when there is none) and apply CLI overrides.

    Without an explicit path, the nearest site.yml is used: in the current folder or the first
    folder above it holding one (find_site_file). Relative folders are resolved against the
    folder holding site.yml; without one, against the current folder.
    """
    explicit = config_path is not None
    path = Path(config_path) if explicit else (find_site_file() or Path(SITE_FILE))
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
    """The SiteConfig of checked values (by dotted key; a key not given takes its default)."""

    def made(cls, prefix: str = "", **given):
        for f in fields(cls):
            if "key" in f.metadata:
                key = f.metadata["key"]
                given[f.name] = key.value(values.get(prefix + f.name, key.default), root)
            elif "group" in f.metadata:
                given[f.name] = made(f.metadata["group"], f"{prefix}{f.name}.")
        if cls is Aliases:
            given["readings"] = _readings(values.get("aliases.speakers") or {}, values.get("aliases.tags") or {})
        return cls(**given)

    return made(SiteConfig, root=root, config_path=config_path)
