"""The speed tuning changes no byte: the sample site rendered with stock Jinja and plain cmarkgfm
equals the site rendered with generator/render/jinja_tuning.py and generator/render/gfm.py's tuned path.

Also: the tuning's switches really switch, and `t` is reserved (the constant folding of `t('key')`
is only sound because no template can rebind `t`).
"""
from __future__ import annotations

import dataclasses

import cmarkgfm
import jinja2
import pytest

from generator.render import gfm, jinja_tuning
from generator.engine.build import read_and_normalize
from generator.core.config import load_config
from generator.core.errors import ThemeError
from generator.index.site_index import build_index
from generator.render.render_site import render_site
from generator.render.themes import ThemeEnvironment, get_template, load_theme, make_environment
from tests.conftest import REPO

THEMES = ("default", "paper")


@pytest.fixture(scope="module")
def sample():
    """The repository's own sample site (site.yml + content/), read and indexed once."""
    config, _ = load_config(REPO / "site.yml")
    normalized, diagnostics = read_and_normalize(config)
    assert normalized and not [d for d in diagnostics if d.level == "error"]
    return config, build_index([n.event for n in normalized], config.aliases)


def _render(sample, theme: str, *, jinja: bool, cmark: bool, monkeypatch) -> dict[str, bytes]:
    """Every output file the render stage makes (pages, feeds, sitemap, calendar, JSON API, copied assets)."""
    monkeypatch.setattr(jinja_tuning, "ENABLED", jinja)
    monkeypatch.setattr(gfm, "ENABLED", cmark)
    config, index = sample
    config = dataclasses.replace(config, theme=theme)
    rendered = render_site(config, index, load_theme(config))
    files = {rel: text.encode("utf-8") for rel, text in rendered.files.items()}
    files.update({rel: source.read_bytes() for rel, source in rendered.assets.items()})
    return files


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("stock", [("jinja", "cmark"), ("jinja",), ("cmark",)], ids="-".join)
def test_sample_site_is_byte_identical_with_the_tuning_off(sample, theme, stock, monkeypatch):
    tuned = _render(sample, theme, jinja=True, cmark=True, monkeypatch=monkeypatch)
    plain = _render(sample, theme, jinja="jinja" not in stock, cmark="cmark" not in stock, monkeypatch=monkeypatch)
    assert sum(rel.endswith(".html") for rel in tuned) > 50  # the sample site's pages, not an empty render
    assert sorted(tuned) == sorted(plain)
    differing = [rel for rel in tuned if tuned[rel] != plain[rel]]
    assert differing == [], f"{len(differing)} files differ with {'+'.join(stock)} stock, e.g. {differing[:5]}"


def test_jinja_switch_gives_stock_jinja_classes(sample, monkeypatch):
    config, _ = sample
    theme = load_theme(config)
    monkeypatch.setattr(jinja_tuning, "ENABLED", False)
    stock = make_environment(theme, "ja")
    monkeypatch.setattr(jinja_tuning, "ENABLED", True)
    tuned = make_environment(theme, "ja")
    assert stock.context_class is jinja2.runtime.Context and stock.template_class is jinja2.Template
    assert not stock.extensions and type(stock).make_globals is jinja2.Environment.make_globals
    assert tuned.context_class is jinja_tuning.TunedContext and tuned.template_class is jinja_tuning.TunedTemplate
    assert any(isinstance(e, jinja_tuning.ConstantUIStrings) for e in tuned.extensions.values())
    assert isinstance(stock, ThemeEnvironment) and isinstance(tuned, ThemeEnvironment)


def test_cmark_switch_goes_through_cmarkgfm_s_own_wrapper(monkeypatch):
    calls = []
    wrapper = cmarkgfm.github_flavored_markdown_to_html
    monkeypatch.setattr(cmarkgfm, "github_flavored_markdown_to_html", lambda *a, **k: calls.append(a) or wrapper(*a, **k))
    monkeypatch.setattr(gfm, "ENABLED", False)
    plain = gfm.to_html("*x*\n", 0)
    monkeypatch.setattr(gfm, "ENABLED", True)
    tuned = gfm.to_html("*x*\n", 0)
    assert plain == tuned == "<p><em>x</em></p>\n"
    assert len(calls) == (1 if gfm._freers() is not None else 2)


# --- `t` is reserved -----------------------------------------------------------------------------

REBINDINGS = {
    "macro parameter": "{% macro m(t) %}{{ t('hello') }}{% endmacro %}{{ m(upper) }}",
    "set": "{% set t = upper %}{{ t('hello') }}",
    "set block": "{% set t %}x{% endset %}{{ t }}",
    "for target": "{% for t in [upper] %}{{ t('hello') }}{% endfor %}",
    "for tuple target": "{% for a, t in [(1, upper)] %}{{ t('hello') }}{% endfor %}",
    "with": "{% with t = upper %}{{ t('hello') }}{% endwith %}",
    "call block parameter": "{% macro m() %}{{ caller(upper) }}{% endmacro %}{% call(t) m() %}{{ t('hello') }}{% endcall %}",
    "import as": "{% import 'partials/_macros.html' as t %}",
    "from import as": "{% from 'partials/_macros.html' import count as t %}",
    "macro named t": "{% macro t(key) %}{{ key }}{% endmacro %}{{ t('hello') }}",
}


@pytest.mark.parametrize("tuned", [True, False], ids=["tuned", "stock"])
@pytest.mark.parametrize("source", REBINDINGS.values(), ids=REBINDINGS.keys())
def test_a_template_rebinding_t_is_refused_naming_its_file_and_line(make_site, source, tuned, monkeypatch):
    """Before, the tuned path printed the UI string where Jinja prints the rebound t's result
    (`{% macro m(t) %}{{ t('hello') }}` gave 'hello' instead of m's argument's 'HELLO')."""
    monkeypatch.setattr(jinja_tuning, "ENABLED", tuned)
    site = make_site({"templates/probe.html": "line one\n\n" + source + "\n"})
    config, _ = load_config(site.config_path)
    env = make_environment(load_theme(config), "en")
    with pytest.raises(ThemeError) as caught:
        get_template(env, "probe.html")
    assert caught.value.path.endswith("templates/probe.html") and caught.value.line == 3
    assert "'t' is reserved" in caught.value.message


def test_a_page_template_rebinding_t_fails_the_build_with_file_and_line(make_site):
    site = make_site({"content/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\n\n## Talk\n",
                      "templates/talk.html": "{% extends 'default:talk.html' %}\n{% set t = 1 %}\n"})
    with pytest.raises(ThemeError) as caught:
        site.build()
    assert caught.value.path.endswith("templates/talk.html") and caught.value.line == 2


@pytest.mark.parametrize("tuned", [True, False], ids=["tuned", "stock"])
def test_other_names_and_uses_of_t_still_work(make_site, tuned, monkeypatch):
    monkeypatch.setattr(jinja_tuning, "ENABLED", tuned)
    site = make_site({})
    config, _ = load_config(site.config_path)
    env = make_environment(load_theme(config), "en")
    html = env.from_string("{% macro m(tt) %}{{ tt('x') }}{% endmacro %}{{ m(upper) }}|{{ obj.t('events') }}|"
                           "{% set ns = namespace(t=1) %}{% set ns.t = 2 %}{{ ns.t }}|{{ t('events') }}").render(
        upper=str.upper, obj={"t": lambda key: "method:" + key})
    assert html == "X|method:events|2|Events"
