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
import types
from dataclasses import dataclass
from pathlib import Path

import jinja2
import markupsafe
import yaml
from markupsafe import Markup
from jinja2.ext import Extension
from jinja2.lexer import Token
from jinja2.runtime import Context, Macro, missing

from .config import SiteConfig
from .errors import ThemeError

SHIPPED_THEMES = Path(__file__).resolve().parent / "_themes"
if not SHIPPED_THEMES.is_dir():  # running from a source checkout
    SHIPPED_THEMES = Path(__file__).resolve().parent.parent / "themes"

_WEEKDAYS = {"ja": "月火水木金土日", "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(value: dt.date | None, language: str) -> str:
    """`2019年3月12日(火)` in Japanese, `Tue, Mar 12, 2019` in English; no locale needed."""
    if value is None:
        return ""
    if language == "ja":
        return f"{value.year}年{value.month}月{value.day}日({_WEEKDAYS['ja'][value.weekday()]})"
    return f"{_WEEKDAYS['en'][value.weekday()]}, {_MONTHS_EN[value.month - 1]} {value.day}, {value.year}"


try:
    from markupsafe._speedups import _escape_inner as _escape_text  # what escape() runs on a str
except ImportError:  # markupsafe without its C speedups, or a later one that moved it
    def _escape_text(text: str) -> str:
        return str(markupsafe.escape(text))

_SEARCH_LABEL = str.maketrans({"<": "＜", ">": "＞", "&": "＆"})


def search_label(text: str) -> str:
    """A label for Pagefind's filter UI, which inserts labels as HTML after decoding entities:
    escaping cannot protect them, so the characters that make markup become their full-width forms."""
    return str(text).translate(_SEARCH_LABEL)


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
        parent = _read_yaml(folder / "theme.yml").get("extends")
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


class ConstantUIStrings(Extension):
    """Looks up `t('key')` while a template compiles, so it costs nothing when a page renders.

    A call with one string literal (not a method `x.t('key')`, not with arguments) becomes that
    string literal; Jinja escapes and inlines constants, exactly as it would escape t()'s result.
    A talk page makes about 35 such calls, which through Jinja's call machinery were about a third
    of its rendering time. Other calls of t() are left to run as before.
    """

    def filter_stream(self, stream):
        t = self.environment.globals.get("t")
        window: list[Token] = []
        for token in stream:
            window.append(token)
            call = window[-4:]
            if (t is not None and len(call) == 4 and [tok.type for tok in call] == ["name", "lparen", "string", "rparen"]
                    and call[0].value == "t" and (len(window) < 5 or window[-5].type != "dot")):
                del window[-4:]
                window.append(Token(call[0].lineno, "string", t(call[2].value)))
            if len(window) > 5:
                yield window.pop(0)
        yield from window


def _output_escape(value) -> str:
    """What `{{ value }}` writes under autoescape: markupsafe.escape's text, without its wrapping.

    Jinja calls this for every expression a template outputs and only joins the results into
    the page (or into a Markup, for macros and `{% set %}` blocks), so the Markup type escape()
    returns is never used; building one was half the cost of escaping (about 70 a page).
    """
    kind = type(value)
    if kind is str:
        return _escape_text(value)
    if kind is Markup or kind is int:
        return str(value)
    return markupsafe.escape(value)


class _Template(jinja2.Template):
    @classmethod
    def _from_namespace(cls, environment, namespace, globals):
        namespace["escape"] = _output_escape  # the name compiled templates output through
        return super()._from_namespace(environment, namespace, globals)

    def _get_default_module(self, ctx=None):
        """Jinja's, with its test for globals the importing page has and this template lacks made on a
        set: Jinja asks the ChainMap of globals about each key in Python, twice per page that imports
        macros, which cost more than the rest of the import (6% of rendering)."""
        if ctx is not None and ctx.globals_keys.difference(set(self.globals)):
            return super()._get_default_module(ctx)
        return super()._get_default_module(None)


_PLAIN_FUNCTIONS = (types.FunctionType, types.BuiltinFunctionType)
_CALL_FLAGS = {"_block_vars", "_loop_vars"}  # what compiled templates pass to every call


class _Context(Context):
    def call(__self, __obj, *args, **kwargs):  # noqa: N805 (Jinja's own spelling: kwargs may hold `self`)
        """Jinja's Context.call, with the checks it makes for every call a template makes skipped
        for the two kinds nearly all calls are: a macro (given the eval context, as Jinja gives it)
        and a plain function that asks for nothing. They were a quarter of a talk page's rendering.
        A macro called with positional arguments only runs without Macro.__call__'s argument matching."""
        kind = type(__obj)
        try:
            if kind is Macro:
                if (len(args) <= __obj._argument_count and not __obj.caller and not __obj.catch_kwargs
                        and not __obj.catch_varargs and kwargs.keys() <= _CALL_FLAGS):
                    # what Macro.__call__ does for plain positional arguments: unset ones are `missing`
                    missing_args = (missing,) * (__obj._argument_count - len(args))
                    html = __obj._func(*args, *missing_args)
                    return Markup(html) if __self.eval_ctx.autoescape else html
                args = (__self.eval_ctx, *args)
            elif kind not in _PLAIN_FUNCTIONS or hasattr(__obj, "jinja_pass_arg"):
                return super().call(__obj, *args, **kwargs)
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined("value was undefined because a callable raised a"
                                                " StopIteration exception")


class _Environment(jinja2.Environment):
    context_class = _Context

    def make_globals(self, d):
        """Each template's globals as one dict, not Jinja's ChainMap over the environment's: every page
        render copies them into its context, which for a ChainMap means a Python call per key (5% of
        rendering). The render stage sets every global before it loads a template (render.SitePlan),
        so the copy taken when a template loads is complete."""
        return {**self.globals, **(d or {})}


def make_environment(theme: Theme, language: str) -> jinja2.Environment:
    loader = jinja2.ChoiceLoader([
        jinja2.FileSystemLoader([str(d) for d in theme.template_dirs]),
        jinja2.PrefixLoader({name: jinja2.FileSystemLoader(str(folder / "templates")) for name, folder in theme.chain},
                            delimiter=":"),
    ])
    env = _Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True,
                       undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                       auto_reload=False, cache_size=-1, extensions=[ConstantUIStrings])
    env.template_class = _Template
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
