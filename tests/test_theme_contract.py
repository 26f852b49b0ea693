"""The theme contract (themes/README.md) matches what templates get, and its version is checked.

The README's tables say, for every global, page variable and object field, its type and whether it
may be empty. Here the page plans of the sample site and of a site of sparse notes are walked, and
every value a template can reach is checked against its row: the type, and for a row saying
"never", that the value is neither None, "" nor an empty sequence.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

import jinja2
import pytest
from markupsafe import Markup

from generator.render import embeds, note_html, page_plan, render_site, views
from generator.engine.build import read_and_normalize
from generator.core.config import load_config
from generator.core.errors import ThemeError
from generator.index.site_index import build_index
from generator.render.themes import SHIPPED_THEMES, SUPPORTED_CONTRACTS, THEME_CONTRACT, load_theme
from tests.conftest import REPO

CONTRACT = (SHIPPED_THEMES / "README.md").read_text(encoding="utf-8")
OBJECTS = {cls.__name__: cls for cls in (
    views.SiteView, render_site.PageMeta, views.EventView, views.TalkView, views.EventRef, embeds.Embed,
    views.SpeakerRef, views.TagRef, views.YearGroup, views.YearLink, views.Counts, page_plan.Pagination,
    page_plan.PageLink, note_html.Heading, views.CreditView, page_plan.IndexSection)}
BASE_TYPES = {"str": str, "int": int, "bool": bool, "date": dt.date, "Markup": (Markup, views.NotesHTML)}


def _rows(header: str) -> list[list[str]]:
    """The rows of the README table whose header line is `header`, cells without backquotes."""
    table = CONTRACT.split(header + "\n", 1)[1].split("\n\n", 1)[0]
    return [[c.strip().strip("`") for c in line.strip("|").split("|")] for line in table.splitlines()[1:]]


GLOBALS = {name: (kind, empty) for name, kind, empty in _rows("| name | type | may be empty |")}
PAGE_VARIABLES: dict[str, dict[str, tuple[str, str]]] = {}
for _template, _name, _kind, _empty in _rows("| template | variable | type | may be empty |"):
    PAGE_VARIABLES.setdefault(_template, {})[_name] = (_kind, _empty)
FIELDS: dict[str, dict[str, tuple[str, str]]] = {}
for _object, _name, _kind, _empty in _rows("| object | field | type | may be empty |"):
    FIELDS.setdefault(_object, {})[_name] = (_kind, _empty)


def _check(value, kind: str, empty: str, where: str, seen: set) -> None:
    """`value` is of the documented `kind`; never empty where `empty` says never; objects field by field."""
    optional = kind.endswith(" or None")
    kind = kind.removesuffix(" or None")
    if empty.startswith("never"):
        assert value is not None and value != "" and value != () and value != [], f"{where} is empty"
    if value is None:
        assert optional, f"{where} is None"
        return
    if kind.startswith("sequence of "):
        assert isinstance(value, (list, tuple)), f"{where}: {type(value).__name__}, not a sequence"
        for i, item in enumerate(value):
            _check(item, kind.removeprefix("sequence of "), "never", f"{where}[{i}]", seen)
        return
    if " or " in kind:  # `SpeakerRef or TagRef`: one of the objects named
        named = kind.split(" or ")
        assert type(value).__name__ in named, f"{where}: {type(value).__name__}, not {kind}"
        kind = type(value).__name__
    if kind in BASE_TYPES:
        assert isinstance(value, BASE_TYPES[kind]) and (kind != "int" or not isinstance(value, bool)), \
            f"{where}: {type(value).__name__}, not {kind}"
        return
    assert type(value) is OBJECTS[kind], f"{where}: {type(value).__name__}, not {kind}"
    if id(value) in seen:
        return
    seen.add(id(value))
    for name, (field_kind, field_empty) in FIELDS[kind].items():
        _check(getattr(value, name), field_kind, field_empty, f"{where}.{name}", seen)


SPARSE_NOTES = {
    "content/undated.md": "# A night without a date\n\nJust notes, no talks, no tags.\n",
    "content/speakerless.md": "---\ntitle: Speakerless Meetup\ndate: 2024-02-03\n---\n\n## A talk nobody gave\n\nnotes\n",
}


def _plans(make_site):
    """(label, SitePlan) for the sample site and for a site of sparse notes."""
    sparse = make_site(SPARSE_NOTES)
    for label, path in (("sample", REPO / "site.yml"), ("sparse", sparse.config_path)):
        config, _ = load_config(path)
        normalized, _ = read_and_normalize(config)
        index = build_index([n.event for n in normalized], config.aliases)
        yield label, render_site.SitePlan(config, index, load_theme(config))


def test_every_value_a_template_gets_is_as_the_contract_says(make_site):
    checked_templates, seen = set(), set()
    for label, plan in _plans(make_site):
        given = {n for n in plan.env.globals if n not in jinja2.defaults.DEFAULT_NAMESPACE} | {"page"}  # page: per page
        assert given == set(GLOBALS)
        for name, (kind, empty) in GLOBALS.items():
            if name == "page":
                continue
            value = plan.env.globals[name]
            if kind == "function":
                assert callable(value), name
            else:
                _check(value, kind, empty, f"{label}: {name}", seen)
        for planned in plan.pages:
            page, template = planned.page, planned.page.template
            where = f"{label} {page.path or '/'}"
            _check(plan._meta(planned), "PageMeta", "never", f"{where} page", seen)
            documented = PAGE_VARIABLES.get(template, {})
            assert set(page.context) == set(documented), f"{where} ({template})"
            for name, (kind, empty) in documented.items():
                _check(page.context[name], kind, empty, f"{where} {name}", seen)
            checked_templates.add(template)
    assert set(PAGE_VARIABLES) <= checked_templates  # every documented template was met


def test_every_documented_object_lists_exactly_its_fields():
    assert set(FIELDS) == set(OBJECTS)
    for name, cls in OBJECTS.items():
        assert list(FIELDS[name]) == [f.name for f in dataclasses.fields(cls)], name


def test_the_toc_headings_are_as_documented():
    rendered = note_html.MarkdownRenderer(load_config(REPO / "site.yml")[0].markdown).render("## One\n\n### Two\n")
    for heading in rendered.headings:
        _check(heading, "Heading", "never", "heading", set())
    assert len(rendered.headings) == 2


# --- the contract version ---------------------------------------------------------------------------

def test_readme_shipped_themes_and_code_name_the_same_version():
    assert re.search(r"theme contract, version \*\*(\d+)\*\*", CONTRACT).group(1) == str(THEME_CONTRACT)
    assert THEME_CONTRACT in SUPPORTED_CONTRACTS
    for theme in ("default", "paper"):
        assert re.search(rf"^contract: {THEME_CONTRACT}\b", (SHIPPED_THEMES / theme / "theme.yml").read_text(),
                         re.MULTILINE), theme


@pytest.mark.parametrize("declared", [None, f"contract: {THEME_CONTRACT}"])
def test_a_theme_with_a_supported_or_no_contract_loads(make_site, declared):
    site = make_site({"themes/mine/theme.yml": "name: mine\nextends: default\n" + (declared or "") + "\n"},
                     config="theme: mine\n")
    theme = load_theme(load_config(site.config_path)[0])
    assert [name for name, _ in theme.chain] == ["mine", "default"]


@pytest.mark.parametrize("declared, message", [
    ("99", "is written for theme contract 99, which this talkarchive does not support (it supports 1)"),
    ("'one'", "`contract` must be a whole number (a theme contract version), got 'one'"),
    ("true", "`contract` must be a whole number (a theme contract version), got True"),
])
def test_an_unsupported_contract_stops_the_build_naming_the_theme_yml_and_line(make_site, declared, message):
    site = make_site({"content/a.md": "# A\n", "themes/mine/theme.yml": f"name: mine\n\ncontract: {declared}\n"},
                     config="theme: mine\n")
    with pytest.raises(ThemeError) as caught:
        site.build()
    assert caught.value.path.endswith("themes/mine/theme.yml") and caught.value.line == 3
    assert message in caught.value.message and not site.out.exists()


def test_a_parent_theme_s_contract_is_checked_too(make_site):
    site = make_site({"themes/base/theme.yml": "contract: 2\n", "themes/child/theme.yml": "extends: base\ncontract: 1\n"},
                     config="theme: child\n")
    with pytest.raises(ThemeError) as caught:
        load_theme(load_config(site.config_path)[0])
    assert caught.value.path.endswith("themes/base/theme.yml") and "theme 'base'" in caught.value.message


def test_the_cli_reports_an_unsupported_contract_without_a_traceback(make_site, capsys, monkeypatch):
    from generator.cli import main

    site = make_site({"content/a.md": "# A\n", "themes/mine/theme.yml": "contract: 7\n"}, config="theme: mine\n")
    monkeypatch.chdir(site.root)
    code = main(["build"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "themes/mine/theme.yml:1: theme 'mine' is written for theme contract 7" in err
