"""Themes: lookup order, child themes, `theme:template` extends, errors naming paths and lines, dates."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.core.config import load_config
from generator.core.errors import ThemeError
from generator.render.themes import SHIPPED_THEMES, format_date, get_template, load_theme, make_environment, static_files

NOTE = """\
    ---
    title: Theme Test Night
    date: 2023-10-17
    ---

    ## Templates all the way down

    Speaker: Haruto Sato

    - a point about templates
    """


def site_with(make_site, files: dict, config: str = "title: Test\nlanguage: en\n"):
    return make_site({"content/night.md": NOTE, **files}, config=config)


def talk_page(site) -> str:
    pages = list((site.out / "events").glob("*/*/index.html"))
    assert len(pages) == 1
    return pages[0].read_text(encoding="utf-8")


def event_page(site) -> str:
    pages = [p for p in (site.out / "events").glob("*/index.html") if not p.parent.name.isdigit()]  # not year pages
    assert len(pages) == 1
    return pages[0].read_text(encoding="utf-8")


# --- lookup order -------------------------------------------------------------------------------------

def test_default_theme_renders_talk_page(make_site):
    site = site_with(make_site, {})
    site.build()
    html = talk_page(site)
    assert "<h1>Templates all the way down</h1>" in html
    assert "Theme Test Night" in html


def test_site_templates_folder_wins_over_the_theme(make_site):
    site = site_with(make_site, {"templates/talk.html": "SITE-OVERRIDE {{ talk.title }}\n"})
    site.build()
    assert talk_page(site) == "SITE-OVERRIDE Templates all the way down\n"
    assert "<h1>Theme Test Night</h1>" in event_page(site)  # other pages still come from the theme


def test_child_theme_overrides_one_template_and_inherits_the_rest(make_site):
    site = site_with(make_site, {
        "themes/night/theme.yml": "name: night\nextends: default\n",
        "themes/night/templates/event.html": "CHILD-EVENT {{ event.title }}\n",
        "themes/night/static/extra.css": "body{}\n",
    }, config="title: Test\nlanguage: en\ntheme: night\n")
    site.build()
    assert event_page(site) == "CHILD-EVENT Theme Test Night\n"
    assert "<h1>Templates all the way down</h1>" in talk_page(site)  # inherited from default
    assert (site.out / "static" / "extra.css").is_file()
    assert (site.out / "static" / "style.css").is_file()  # the parent's static files too


def test_site_templates_win_over_a_child_theme(make_site):
    site = site_with(make_site, {
        "themes/night/theme.yml": "extends: default\n",
        "themes/night/templates/event.html": "CHILD {{ event.title }}\n",
        "templates/event.html": "SITE {{ event.title }}\n",
    }, config="title: Test\nlanguage: en\ntheme: night\n")
    site.build()
    assert event_page(site) == "SITE Theme Test Night\n"


def test_template_dirs_order(make_site):
    site = site_with(make_site, {"themes/night/theme.yml": "extends: default\n",
                                 "themes/night/templates/event.html": "x"},
                     config="theme: night\n")
    config, _ = load_config(site.config_path)
    theme = load_theme(config)
    assert [name for name, _ in theme.chain] == ["night", "default"]
    assert list(theme.template_dirs) == [config.templates_dir, config.themes_dir / "night" / "templates",
                                         SHIPPED_THEMES / "default" / "templates"]


def test_extends_theme_prefix_from_an_override(make_site):
    site = site_with(make_site, {"templates/talk.html": """\
        {% extends "default:talk.html" %}
        {% block content %}<p class="banner">OVERRIDE-BANNER</p>{{ super() }}{% endblock %}
        """})
    site.build()
    html = talk_page(site)
    assert '<p class="banner">OVERRIDE-BANNER</p>' in html
    assert "<h1>Templates all the way down</h1>" in html  # the default's block content, via super()
    assert html.index("OVERRIDE-BANNER") < html.index("<h1>Templates all the way down</h1>")


def test_child_static_file_wins_over_parent(make_site):
    site = site_with(make_site, {"themes/night/theme.yml": "extends: default\n",
                                 "themes/night/static/style.css": "/* night */\n"},
                     config="theme: night\n")
    config, _ = load_config(site.config_path)
    files = static_files(load_theme(config))
    assert files["style.css"] == config.themes_dir / "night" / "static" / "style.css"
    assert files["favicon.svg"].parent == SHIPPED_THEMES / "default" / "static"


def test_child_i18n_overrides_parent_strings(make_site):
    site = site_with(make_site, {"themes/night/theme.yml": "extends: default\n",
                                 "themes/night/i18n.yml": "en:\n  events: Gatherings\n"},
                     config="theme: night\nlanguage: en\n")
    config, _ = load_config(site.config_path)
    env = make_environment(load_theme(config), "en")
    assert env.globals["t"]("events") == "Gatherings"
    assert env.globals["t"]("tags") != "tags"  # still from the default theme's table


# --- errors ------------------------------------------------------------------------------------------------

def test_unknown_theme_lists_where_it_looked(make_site):
    site = site_with(make_site, {}, config="theme: nosuch\n")
    config, _ = load_config(site.config_path)
    with pytest.raises(ThemeError) as info:
        load_theme(config)
    msg = str(info.value)
    assert "'nosuch'" in msg
    assert str(config.themes_dir / "nosuch") in msg
    assert str(SHIPPED_THEMES / "nosuch") in msg


def test_theme_extending_itself_is_an_error(make_site):
    site = site_with(make_site, {"themes/a/theme.yml": "extends: b\n", "themes/b/theme.yml": "extends: a\n"},
                     config="theme: a\n")
    config, _ = load_config(site.config_path)
    with pytest.raises(ThemeError, match="extends itself"):
        load_theme(config)


def test_missing_template_lists_every_path_searched(make_site):
    site = site_with(make_site, {"themes/night/theme.yml": "extends: default\n"}, config="theme: night\n")
    config, _ = load_config(site.config_path)
    theme = load_theme(config)
    env = make_environment(theme, "en")
    with pytest.raises(ThemeError) as info:
        get_template(env, "sponsors.html")
    msg = str(info.value)
    assert "'sponsors.html'" in msg
    for folder in theme.template_dirs:
        assert str(folder / "sponsors.html") in msg
    assert len(theme.template_dirs) == 3


def test_missing_page_template_in_a_build_lists_paths(make_site):
    # a site theme called "default" replaces the shipped one; here it has no home.html
    site = site_with(make_site, {"themes/default/theme.yml": "name: default\n",
                                 "themes/default/templates/base.html": "{% block content %}{% endblock %}\n"})
    with pytest.raises(ThemeError) as info:
        site.build()
    msg = str(info.value)
    assert "'home.html'" in msg
    assert str(site.root.resolve() / "templates" / "home.html") in msg
    assert str(site.root.resolve() / "themes" / "default" / "templates" / "home.html") in msg
    assert not site.out.exists()


def test_missing_template_named_in_extends_lists_paths(make_site):
    site = site_with(make_site, {"templates/talk.html": '{% extends "layouts/nothere.html" %}\n'})
    with pytest.raises(ThemeError) as info:
        site.build()
    msg = str(info.value)
    assert "searched" in msg
    assert str(site.root.resolve() / "templates" / "layouts" / "nothere.html") in msg


def test_syntax_error_names_file_and_line(make_site):
    site = site_with(make_site, {"templates/home.html": "<h1>{{ site.title }}</h1>\n<ul>\n{% for e in recent_events %}\n"
                                                        "<li>{{ e.title }</li>\n{% endfor %}\n</ul>\n"})
    with pytest.raises(ThemeError) as info:
        site.build()
    err = info.value
    assert err.path.endswith("templates/home.html")
    assert err.line == 4
    assert "home.html:4: template syntax error" in str(err)
    assert not site.out.exists()


def test_syntax_error_in_a_parent_template_names_it(make_site):
    site = site_with(make_site, {"templates/base.html": "<html>\n{% block content %}\n{% endblock %\n</html>\n"})
    with pytest.raises(ThemeError) as info:
        site.build()
    assert info.value.path.endswith("templates/base.html")
    assert info.value.line in (3, 4)


def test_extends_must_be_a_name(make_site):
    site = site_with(make_site, {"themes/odd/theme.yml": "extends: [default]\n"}, config="theme: odd\n")
    config, _ = load_config(site.config_path)
    with pytest.raises(ThemeError) as info:
        load_theme(config)
    assert info.value.path.endswith("theme.yml")


# --- dates -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("day, ja, en", [
    (dt.date(2019, 3, 12), "2019年3月12日(火)", "Tue, Mar 12, 2019"),
    (dt.date(2024, 12, 1), "2024年12月1日(日)", "Sun, Dec 1, 2024"),
    (dt.date(2020, 2, 29), "2020年2月29日(土)", "Sat, Feb 29, 2020"),
    (dt.date(2021, 1, 4), "2021年1月4日(月)", "Mon, Jan 4, 2021"),
])
def test_format_date(day, ja, en):
    assert format_date(day, "ja") == ja
    assert format_date(day, "en") == en


def test_format_date_none_is_empty():
    assert format_date(None, "ja") == "" and format_date(None, "en") == ""


def test_format_date_filter_follows_language(make_site):
    site = site_with(make_site, {"templates/talk.html": "{{ event.date|format_date }}\n"},
                     config="title: T\nlanguage: ja\n")
    site.build()
    assert talk_page(site) == "2023年10月17日(火)\n"


def test_default_theme_css_and_js_stay_under_60_kb():
    """The issue's budget for the theme's own stylesheet and scripts (Pagefind's bundle is not counted)."""
    from generator.render.themes import SHIPPED_THEMES

    static = SHIPPED_THEMES / "default" / "static"
    size = sum(p.stat().st_size for p in static.rglob("*") if p.suffix in (".css", ".js"))
    assert 0 < size < 60 * 1024, size


def test_ui_strings_are_looked_up_when_a_template_compiles(make_site):
    """`t('key')` becomes its text at compile time; every other use of t() still runs when rendering."""
    site = site_with(make_site, {"themes/mine/theme.yml": "extends: default\n",
                                 "themes/mine/i18n.yml": "ja:\n  events: イベント&一覧\n  count: '{n} 件'\n"},
                     config="theme: mine\nlanguage: ja\n")
    config, _ = load_config(site.config_path)
    env = make_environment(load_theme(config), "ja")
    lookup, calls = env.globals["t"], []
    env.globals["t"] = lambda key, **kw: calls.append(key) or lookup(key, **kw)
    template = env.from_string("{{ t('events') }}|{{ t(\"events\") }}|{{ t('count', n=3) }}|{{ obj.t('events') }}|"
                               "{{ t(key) }}|{{ t('no_such_key') }}|{{ t('events')|length }}")
    folded_at_compile = list(calls)
    calls.clear()
    html = template.render(obj={"t": lambda key: "method:" + key}, key="events")
    assert html == "イベント&amp;一覧|イベント&amp;一覧|3 件|method:events|イベント&amp;一覧|no_such_key|7"
    assert folded_at_compile == ["events", "events", "no_such_key", "events"]
    assert calls == ["count", "events"]  # t('count', n=3) and t(key) ran while rendering


def test_output_escaping_writes_what_jinja_s_own_escaping_writes(make_site):
    """make_environment outputs expressions through a faster escape; the text must be the same."""
    import jinja2
    from markupsafe import Markup

    site = site_with(make_site, {}, config="language: en\n")
    config, _ = load_config(site.config_path)
    ours = make_environment(load_theme(config), "en")
    stock = jinja2.Environment(autoescape=True)
    source = ("{{ s }}|{{ m }}|{{ n }}|{{ f }}|{{ none }}|{{ obj }}|{{ s ~ m }}|{{ s|e }}|{{ mac(s) }}"
              "{% set block %}<i>{{ s }}</i>{% endset %}|{{ block }}|{{ block|length }}|{% for x in items %}{{ x }},{% endfor %}")
    macro = "{% macro mac(x) %}<b>{{ x }}</b>{% endmacro %}"

    class Html:
        def __html__(self):
            return "<em>safe</em>"

    values = dict(s="<a href='x'>&\"", m=Markup("<br>"), n=42, f=1.5, none=None, obj=Html(),
                  items=["<", Markup("<hr>"), 3, "ok"])
    rendered = [env.from_string(macro + source).render(**values) for env in (ours, stock)]
    assert rendered[0] == rendered[1]
    assert "&lt;a href=&#39;x&#39;&gt;&amp;&#34;" in rendered[0]


def test_imported_macros_see_globals_and_with_context_still_sees_the_page(make_site):
    site = site_with(make_site, {"templates/partials/_probe.html":
                                 "{% macro where() %}{{ t('events') }}/{{ page_var|default('-') }}{% endmacro %}"},
                     config="language: en\n")
    config, _ = load_config(site.config_path)
    env = make_environment(load_theme(config), "en")
    env.globals["extra_global"] = 1
    plain = env.from_string("{% import 'partials/_probe.html' as p %}{{ p.where() }}")
    with_context = env.from_string("{% import 'partials/_probe.html' as p with context %}{{ p.where() }}")
    assert plain.render(page_var="x") == plain.render(page_var="y") == "Events/-"
    assert with_context.render(page_var="x") == "Events/x"
    assert plain.render(page_var="z", extra_global=2) == "Events/-"


def test_calls_from_templates_behave_as_jinja_s_own(make_site):
    """make_environment's Context takes a shorter path for macros and plain functions; every kind of
    call a template makes must give what stock Jinja gives, errors included."""
    import jinja2

    site = site_with(make_site, {}, config="language: en\n")
    config, _ = load_config(site.config_path)
    ours = make_environment(load_theme(config), "en")
    stock = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)

    @jinja2.pass_context
    def from_context(context, name):
        return context.get(name, "?")

    @jinja2.pass_environment
    def from_environment(environment, x):
        return f"{type(environment).__name__ != ''}:{x}"

    @jinja2.pass_eval_context
    def from_eval_context(eval_ctx, x):
        return f"{eval_ctx.autoescape}:{x}"

    class Callable_:
        def __call__(self, x):
            return f"[{x}]"

    def stops():
        raise StopIteration

    def stops_in_filter(value):
        return next(iter([]))

    macros = ("{% macro two(a, b='B') %}<{{ a }}|{{ b }}>{% endmacro %}"
              "{% macro extra() %}{{ varargs|length }}/{{ kwargs|length }}{% endmacro %}"
              "{% macro wrap(x) %}({{ caller(x) }}){% endmacro %}"
              "{% macro stopping(x) %}x{{ x|stop }}y{% endmacro %}")
    source = ("{{ two('<a>') }}{{ two(1, 2) }}{{ two(b=3, a=4) }}{{ two('x', b='<y>') }}"
              "{{ extra(1, 2, k=3) }}{% call(v) wrap('w') %}in:{{ v }}{% endcall %}"
              "{% for i in [1] %}{% set local = 'L' %}{{ ctx('local') }}{{ two(i) }}{% endfor %}"
              "{{ ctx('page_var') }}{{ env_f('e') }}{{ eval_f('v') }}{{ obj('c') }}{{ d.get('k') }}"
              "{{ '%s-%s'|format(1, 2) }}{{ plain('<p>') }}{{ stops() is undefined }}{{ stopping(1) is undefined }}")
    values = dict(page_var="P", ctx=from_context, env_f=from_environment, eval_f=from_eval_context,
                  obj=Callable_(), d={"k": "<v>"}, plain=lambda x: x * 2, stops=stops)
    for env in (ours, stock):
        env.filters["stop"] = stops_in_filter
    rendered = [env.from_string(macros + source).render(**values) for env in (ours, stock)]
    assert rendered[0] == rendered[1]
    assert "&lt;a&gt;|B" in rendered[0] and "4|3" in rendered[0] and "2/1" in rendered[0]
    for bad in ("{{ two(1, 2, 3) }}", "{{ two(1, c=2) }}"):
        errors = []
        for env in (ours, stock):
            with pytest.raises(TypeError) as caught:
                env.from_string(macros + bad).render()
            errors.append(str(caught.value))
        assert errors[0] == errors[1]


def test_a_broken_template_no_page_uses_does_not_stop_the_build(make_site):
    """A build compiles every template before rendering (render.warm_up); one no page uses is skipped."""
    site = site_with(make_site, {"templates/unused.html": "{% for x in %}\n",
                                 "templates/.talk.html.swp": b"\xff\xfe\x00binary", "templates/logo.png": b"\x89PNG\r\n\xff"})
    result = site.build()
    assert result.errors == 0
    assert talk_page(site).startswith("<!DOCTYPE html>")


def test_warm_up_compiles_every_template_with_the_site_globals(make_site):
    from generator.render.render_site import site_environment, warm_up
    from generator.render.urls import Urls

    site = site_with(make_site, {"templates/extra.html": "{{ site.title }} {{ home_url }}"})
    config, _ = load_config(site.config_path)
    env = site_environment(config, load_theme(config), Urls(config))
    warm_up(env, config)
    cached = {name for (_, name) in env.cache.keys()}
    assert {"base.html", "talk.html", "partials/_macros.html", "extra.html"} <= cached
    assert env.get_template("extra.html").render() == "Test /"
