"""Jinja tuning: faster rendering through Jinja's and MarkupSafe's internals, behind one switch.

Everything here makes pages render faster and nothing here changes a byte of them: with
`ENABLED = False` themes.make_environment builds a stock Jinja environment (Jinja's own Context,
Template and escaping, t() called while rendering), and tests/test_tuning_equivalence.py renders
the sample site with both themes both ways and compares every output file.

What it reaches into, and so what pyproject.toml bounds (Jinja2 <3.2, MarkupSafe <3.1):
  - `jinja2.runtime.Context.call` and `Macro`'s private fields (`_func`, `_argument_count`, ...),
  - `jinja2.Template._from_namespace` and `_get_default_module`,
  - the name `escape` that compiled templates output through,
  - `markupsafe._speedups._escape_inner`.
A Jinja or MarkupSafe release that changes one of them fails the equivalence tests; turn the
tuning off (set ENABLED to False) to get a working build while this module catches up.
"""
from __future__ import annotations

import types

import jinja2
import markupsafe
from jinja2.ext import Extension
from jinja2.lexer import Token
from jinja2.runtime import Context, Macro, missing
from markupsafe import Markup

ENABLED = True  # False: stock Jinja (read each time an environment is made, so tests can switch it)

try:
    from markupsafe._speedups import _escape_inner as _escape_text  # what escape() runs on a str
except ImportError:  # markupsafe without its C speedups, or a later one that moved it
    def _escape_text(text: str) -> str:
        return str(markupsafe.escape(text))


class ConstantUIStrings(Extension):
    """Looks up `t('key')` while a template compiles, so it costs nothing when a page renders.

    A call with one string literal (not a method `x.t('key')`, not with arguments) becomes that
    string literal; Jinja escapes and inlines constants, exactly as it would escape t()'s result.
    A talk page makes about 35 such calls, which through Jinja's call machinery were about a third
    of its rendering time. Other calls of t() are left to run as before.

    Sound only because `t` always means the global: themes.ThemeEnvironment rejects a template
    that binds the name `t` (a macro parameter, `set`, `for`, an import), so no call can mean another t.
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


class TunedTemplate(jinja2.Template):
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


class TunedContext(Context):
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


class TunedEnvironment(jinja2.Environment):
    """A Jinja environment with every trick above; combine it with another Environment subclass
    by listing it first (render/themes.py does), as each method calls on to the next class's."""

    context_class = TunedContext
    template_class = TunedTemplate

    def __init__(self, *args, extensions=(), **kwargs):
        super().__init__(*args, extensions=[*extensions, ConstantUIStrings], **kwargs)

    def make_globals(self, d):
        """Each template's globals as one dict, not Jinja's ChainMap over the environment's: every page
        render copies them into its context, which for a ChainMap means a Python call per key (5% of
        rendering). The render stage sets every global before it loads a template (render.SitePlan),
        so the copy taken when a template loads is complete."""
        return {**self.globals, **(d or {})}
