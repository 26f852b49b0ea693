"""Themes: the one place that decides where templates, static files and UI strings come from.

Lookup order, first match wins:
  1. the site's own `templates/` folder
  2. the chosen theme (in the site's `themes/` folder, else a shipped theme)
  3. its parents, following `extends:` in each theme.yml
  4. the shipped `default` theme
A template can extend the one it overrides by naming its theme:
`{% extends "default:talk.html" %}`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import jinja2
import yaml
from jinja2 import nodes

from . import jinja_tuning
from ..core.config import SiteConfig
from ..core.errors import ThemeError

SHIPPED_THEMES = Path(__file__).resolve().parents[1] / "_themes"
if not SHIPPED_THEMES.is_dir():  # running from a source checkout
    SHIPPED_THEMES = Path(__file__).resolve().parents[2] / "themes"

_WEEKDAYS = {"ja": "月火水木金土日", "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(value: dt.date | None, language: str) -> str:
    """`2019年3月12日(火)` in Japanese, `Tue, Mar 12, 2019` in English; no locale needed."""
    if value is None:
        return ""
    if language == "ja":
        return f"{value.year}年{value.month}月{value.day}日({_WEEKDAYS['ja'][value.weekday()]})"
    return f"{_WEEKDAYS['en'][value.weekday()]}, {_MONTHS_EN[value.month - 1]} {value.day}, {value.year}"


_SEARCH_LABEL = str.maketrans({"<": "＜", ">": "＞", "&": "＆"})


def search_label(text: str) -> str:
    """A label for Pagefind's filter UI, which inserts labels as HTML after decoding entities:
    escaping cannot protect them, so the characters that make markup become their full-width forms."""
    return str(text).translate(_SEARCH_LABEL)


THEME_CONTRACT = 1  # the version of the theme contract (themes/README.md) this talkarchive implements
SUPPORTED_CONTRACTS = (1,)  # the versions a theme may declare with `contract:` in its theme.yml


@dataclass(frozen=True)
class Theme:
    name: str
    chain: tuple[tuple[str, Path], ...]  # (name, folder), the chosen theme first, its parents after
    template_dirs: tuple[Path, ...]  # in lookup order, site templates first
    static_dirs: tuple[Path, ...]  # in lookup order (first wins)
    strings: dict  # language -> key -> text, parents overridden by children


def _find_theme(name: str, themes_dir: Path) -> Path | None:
    for base in (themes_dir, SHIPPED_THEMES):
        folder = base / name
        if (folder / "theme.yml").is_file() or (folder / "templates").is_dir():
            return folder
    return None


def _read_yaml(path: Path) -> dict:
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
        raise ThemeError(f"cannot read: {exc}", path=str(path)) from None
    if not isinstance(data, dict):
        raise ThemeError("must be a mapping of keys to values", path=str(path))
    return data


def _check_contract(name: str, path: Path, version) -> None:
    """A theme written for a contract version this talkarchive does not implement stops the build
    before any page is made (its templates would meet variables of another shape)."""
    whole_number = isinstance(version, int) and not isinstance(version, bool)
    if version is None or whole_number and version in SUPPORTED_CONTRACTS:
        return
    supported = ", ".join(str(v) for v in SUPPORTED_CONTRACTS)
    line = _key_line(path, "contract")
    if not whole_number:
        raise ThemeError(f"theme '{name}': `contract` must be a whole number (a theme contract version), "
                         f"got {version!r}", path=str(path), line=line, hint=f"this talkarchive supports {supported}")
    raise ThemeError(f"theme '{name}' is written for theme contract {version}, which this talkarchive does not "
                     f"support (it supports {supported})", path=str(path), line=line,
                     hint="use a talkarchive that supports it, or a version of the theme written for "
                          f"contract {THEME_CONTRACT}")


def _key_line(path: Path, key: str) -> int | None:
    """The line of a top-level key in a YAML mapping file, for error messages."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, OSError, UnicodeDecodeError):
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((k.start_mark.line + 1 for k, _ in root.value if k.value == key), None)


def load_theme(config: SiteConfig) -> Theme:
    chain: list[tuple[str, Path]] = []
    name: str | None = config.theme
    while name:
        if any(n == name for n, _ in chain):
            raise ThemeError(f"theme '{name}' extends itself through {' -> '.join(n for n, _ in chain)}")
        folder = _find_theme(name, config.themes_dir)
        if folder is None:
            searched = [str(config.themes_dir / name), str(SHIPPED_THEMES / name)]
            raise ThemeError(f"theme '{name}' not found; searched: {', '.join(searched)}",
                             path=str(config.config_path or "site.yml"), hint="check the `theme` key")
        chain.append((name, folder))
        declared = _read_yaml(folder / "theme.yml")
        _check_contract(name, folder / "theme.yml", declared.get("contract"))
        parent = declared.get("extends")
        if parent is not None and not isinstance(parent, str):
            raise ThemeError("`extends` must be a theme name", path=str(folder / "theme.yml"))
        name = parent
    if chain[-1][0] != "default" and _find_theme("default", config.themes_dir):
        chain.append(("default", _find_theme("default", config.themes_dir)))

    template_dirs = [config.templates_dir] + [folder / "templates" for _, folder in chain]
    static_dirs = [folder / "static" for _, folder in chain]
    strings: dict = {}
    for _, folder in reversed(chain):
        for lang, table in _read_yaml(folder / "i18n.yml").items():
            if isinstance(table, dict):
                strings.setdefault(lang, {}).update({str(k): str(v) for k, v in table.items()})
    return Theme(config.theme, tuple(chain), tuple(template_dirs), tuple(static_dirs), strings)


RESERVED_NAMES = ("t",)  # the UI-string lookup; a template may call it but never bind the name


def _bound_names(ast: nodes.Template):
    """(name, line) of every name a template binds: assignments, loop targets, macro and call-block
    parameters, `with` targets, imports, and macro names."""
    for node in ast.find_all((nodes.Name, nodes.Macro, nodes.Import, nodes.FromImport)):
        if isinstance(node, nodes.Name):
            if node.ctx in ("store", "param"):
                yield node.name, node.lineno
        elif isinstance(node, nodes.Macro):
            yield node.name, node.lineno
        elif isinstance(node, nodes.Import):
            yield node.target, node.lineno
        else:
            for imported in node.names:
                yield (imported[1] if isinstance(imported, tuple) else imported), node.lineno


class ThemeEnvironment(jinja2.Environment):
    """Jinja's environment, refusing templates that rebind a reserved name (see RESERVED_NAMES).

    `t('key')` must mean the theme's UI string wherever it is written: a template that rebinds `t`
    (`{% macro m(t) %}`, `{% set t = ... %}`, `{% for t in ... %}`, `{% import ... as t %}`) would
    also rebind it for every template it includes, so it is refused with its file and line.
    """

    def compile(self, source, name=None, filename=None, raw=False, defer_init=False):
        ast = self.parse(source, name, filename) if isinstance(source, str) else source
        for bound, line in _bound_names(ast):
            if bound in RESERVED_NAMES:
                raise jinja2.TemplateSyntaxError(
                    f"'{bound}' is reserved for the theme's UI strings (t('key')) and cannot be rebound here; "
                    "use another name", line, name, filename)
        return super().compile(ast, name, filename, raw, defer_init)


class _TunedThemeEnvironment(jinja_tuning.TunedEnvironment, ThemeEnvironment):
    """ThemeEnvironment with the rendering speed-ups of jinja_tuning."""


def make_environment(theme: Theme, language: str) -> jinja2.Environment:
    loader = jinja2.ChoiceLoader([
        jinja2.FileSystemLoader([str(d) for d in theme.template_dirs]),
        jinja2.PrefixLoader({name: jinja2.FileSystemLoader(str(folder / "templates")) for name, folder in theme.chain},
                            delimiter=":"),
    ])
    environment = _TunedThemeEnvironment if jinja_tuning.ENABLED else ThemeEnvironment
    env = environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True,
                      undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                      auto_reload=False, cache_size=-1)
    table = theme.strings.get(language) or theme.strings.get("en") or {}
    fallback = theme.strings.get("en", {})

    def t(key: str, **kwargs) -> str:
        text = table.get(key, fallback.get(key, key))
        return text.format(**kwargs) if kwargs else text

    env.globals["t"] = t
    env.template_dirs = theme.template_dirs  # for "not found" messages
    env.filters["format_date"] = lambda d: format_date(d, language)
    env.filters["search_label"] = search_label
    return env


def get_template(env: jinja2.Environment, name: str) -> jinja2.Template:
    try:
        return env.get_template(name)
    except jinja2.TemplateNotFound as exc:
        missing = exc.name or name
        searched = ", ".join(str(Path(d) / missing) for d in getattr(env, "template_dirs", ()))
        raise ThemeError(f"template '{missing}' not found; searched: {searched}",
                         hint="add it to the site's templates/ folder or choose a theme that has it") from None
    except jinja2.TemplateSyntaxError as exc:
        raise ThemeError(f"template syntax error: {exc.message}", path=exc.filename or exc.name,
                         line=exc.lineno) from None


def precompile(env: jinja2.Environment) -> None:
    """Compile every template of the lookup order into `env`'s cache, ahead of the first page.

    Forked render workers then inherit them instead of each compiling its own. A template that
    does not compile is skipped: the page that uses it reports the error, with its file and line.
    """
    for name in env.loader.loaders[0].list_templates():
        try:
            env.get_template(name)
        except Exception:  # noqa: BLE001 (a syntax error, or a file that is no template: a picture, an editor's swap file)
            pass


def static_files(theme: Theme) -> dict[str, Path]:
    """Relative name -> file, the first folder in lookup order winning."""
    files: dict[str, Path] = {}
    for folder in theme.static_dirs:
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    files.setdefault(path.relative_to(folder).as_posix(), path)
    return files
