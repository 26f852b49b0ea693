"""site.yml: defaults, the typed schema, line-numbered errors, base_url and CLI overrides."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.engine.build import build
from generator.core.config import SCHEMA, load_config, parse_config
from generator.core.errors import ConfigError

NOTE = """\
---
title: Config Check Meetup
date: 2022-04-09
---

## Reading configs safely

Speaker: Mina Ueda

- one point
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- defaults -----------------------------------------------------------------------------------

def test_defaults_without_site_yml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config, warnings = load_config()
    assert warnings == []
    assert config.config_path is None
    assert config.root == tmp_path.resolve()
    assert config.content_dir == tmp_path.resolve() / "content"
    assert config.output_dir == tmp_path.resolve() / "output"
    assert config.templates_dir == tmp_path.resolve() / "templates"
    for name in ("title", "language", "base_url", "theme", "recent_events"):
        assert getattr(config, name) == SCHEMA[name].default, name
    assert config.markdown.engine == SCHEMA["markdown.engine"].default == "cmarkgfm"
    assert config.markdown.hard_breaks is True
    assert config.base_path == "/"
    assert config.absolute_base is None


def test_build_works_without_site_yml(tmp_path, monkeypatch):
    write(tmp_path / "content" / "meetup.md", NOTE)
    monkeypatch.chdir(tmp_path)
    config, _ = load_config()
    result = build(config)
    assert result.notes == 1 and result.events == 1 and result.talks == 1
    home = tmp_path / "output" / "index.html"
    assert home.is_file()
    assert "Config Check Meetup" in home.read_text(encoding="utf-8")


def test_empty_site_yml_gives_defaults(tmp_path):
    path = write(tmp_path / "site.yml", "# nothing set yet\n")
    config, warnings = load_config(path)
    assert warnings == []
    assert config.title == SCHEMA["title"].default
    assert config.config_path == path.resolve()


def test_relative_folders_resolve_against_site_yml_not_cwd(tmp_path, monkeypatch):
    path = write(tmp_path / "site" / "site.yml", "content_dir: notes\noutput_dir: public\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    config, _ = load_config(path)
    assert config.root == (tmp_path / "site").resolve()
    assert config.content_dir == (tmp_path / "site").resolve() / "notes"
    assert config.output_dir == (tmp_path / "site").resolve() / "public"


def test_values_are_read(tmp_path):
    path = write(tmp_path / "site.yml",
                 "title: 勉強会ログ\nlanguage: en\nrecent_events: 3\nmarkdown:\n  engine: python-markdown\n"
                 "  hard_breaks: false\n")
    config, warnings = load_config(path)
    assert warnings == []
    assert (config.title, config.language, config.recent_events) == ("勉強会ログ", "en", 3)
    assert config.markdown.engine == "python-markdown"
    assert config.markdown.hard_breaks is False


def test_utf8_bom_in_site_yml_is_accepted(tmp_path):
    path = tmp_path / "site.yml"
    path.write_bytes("\ufefftitle: ボム付き\n".encode("utf-8"))
    config, _ = load_config(path)
    assert config.title == "ボム付き"


# --- unknown keys ---------------------------------------------------------------------------------

def test_unknown_key_warns_and_names_it(tmp_path):
    path = write(tmp_path / "site.yml", "title: X\ntitel: typo\n")
    config, warnings = load_config(path)
    assert config.title == "X"
    assert len(warnings) == 1
    w = warnings[0]
    assert w.level == "warning"
    assert "'titel'" in w.message
    assert w.line == 2
    assert w.path == str(path)


def test_unknown_nested_key_is_named_with_its_dotted_path(tmp_path):
    path = write(tmp_path / "site.yml", "markdown:\n  engine: cmarkgfm\n  enigne: foo\n")
    _, warnings = load_config(path)
    assert [w.line for w in warnings] == [3]
    assert "'markdown.enigne'" in warnings[0].message


# --- wrong types and choices ----------------------------------------------------------------------

def test_wrong_type_names_key_and_line(tmp_path):
    path = write(tmp_path / "site.yml", "title: X\nlanguage: ja\nrecent_events: ten\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    err = info.value
    assert err.line == 3
    assert str(err).startswith(f"{path}:3: key 'recent_events' must be a whole number")
    assert "'ten'" in str(err)


@pytest.mark.parametrize("text, key, line", [
    ("recent_events: true\n", "recent_events", 1),          # a bool is not a whole number
    ("recent_events: 2.5\n", "recent_events", 1),
    ("title: X\nmarkdown:\n  hard_breaks: maybe\n", "markdown.hard_breaks", 3),
    ("title: [a, b]\n", "title", 1),
    ("\n\nbase_url: 42\n", "base_url", 3),
])
def test_other_wrong_types(tmp_path, text, key, line):
    path = write(tmp_path / "site.yml", text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.line == line
    assert f"key '{key}' must be" in str(info.value)


def test_recent_events_must_be_positive(tmp_path):
    path = write(tmp_path / "site.yml", "recent_events: 0\n")
    with pytest.raises(ConfigError, match=r"recent_events.*above 0"):
        load_config(path)


def test_bad_language_choice(tmp_path):
    path = write(tmp_path / "site.yml", "title: X\nlanguage: fr\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.line == 2
    assert "key 'language' must be one of ja, en" in str(info.value)
    assert "'fr'" in str(info.value)


def test_bad_markdown_engine_choice_names_nested_key_line(tmp_path):
    path = write(tmp_path / "site.yml", "title: X\nmarkdown:\n  hard_breaks: true\n  engine: foo\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.line == 4
    assert "key 'markdown.engine' must be one of cmarkgfm, python-markdown" in str(info.value)


def test_invalid_yaml_is_a_config_error_with_line(tmp_path):
    path = write(tmp_path / "site.yml", "title: X\nlanguage: [ja\nbase_url: /\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.line is not None and info.value.line >= 2
    assert "invalid YAML" in str(info.value)


def test_site_yml_must_be_a_mapping(tmp_path):
    path = write(tmp_path / "site.yml", "- title\n- language\n")
    with pytest.raises(ConfigError, match="mapping"):
        load_config(path)


def test_explicit_missing_config_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.yml")


def test_null_value_keeps_default(tmp_path):
    path = write(tmp_path / "site.yml", "title:\nrecent_events:\n")
    config, _ = load_config(path)
    assert config.title == SCHEMA["title"].default
    assert config.recent_events == SCHEMA["recent_events"].default


# --- base_url --------------------------------------------------------------------------------------

@pytest.mark.parametrize("base_url, base_path, absolute", [
    ("https://user.github.io/archive/", "/archive/", "https://user.github.io/archive/"),
    ("https://user.github.io/archive", "/archive/", "https://user.github.io/archive/"),
    ("https://talks.example.org", "/", "https://talks.example.org/"),
    ("http://localhost:8000/a/b/", "/a/b/", "http://localhost:8000/a/b/"),
    ("/", "/", None),
    ("/docs", "/docs/", None),
    ("/docs/talks/", "/docs/talks/", None),
])
def test_base_path(tmp_path, base_url, base_path, absolute):
    path = write(tmp_path / "site.yml", f"base_url: {base_url}\n")
    config, _ = load_config(path)
    assert config.base_path == base_path
    assert config.absolute_base == absolute


@pytest.mark.parametrize("bad", ["user.github.io/archive/", "ftp://example.org/", "https://", "archive/",
                                 "'javascript:alert(1)'"])
def test_bad_base_url(tmp_path, bad):
    path = write(tmp_path / "site.yml", f"title: X\nbase_url: {bad}\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.line == 2
    assert "base_url" in str(info.value)


def test_protocol_relative_base_url_is_not_taken_for_a_path(tmp_path):
    path = write(tmp_path / "site.yml", "base_url: //cdn.example.org/archive/\n")
    try:
        config, _ = load_config(path)
    except ConfigError:
        return  # rejecting it is fine
    assert config.base_path == "/archive/"


# --- overrides --------------------------------------------------------------------------------------

def test_cli_overrides_win_over_site_yml(tmp_path):
    path = write(tmp_path / "site.yml", "base_url: https://a.example/x/\noutput_dir: public\n")
    out = tmp_path / "elsewhere"
    config, _ = load_config(path, overrides={"base_url": "https://user.github.io/archive/",
                                             "output_dir": str(out), "content_dir": None})
    assert config.base_url == "https://user.github.io/archive/"
    assert config.base_path == "/archive/"
    assert config.output_dir == out
    assert config.content_dir == tmp_path.resolve() / "content"  # None means "not given"


def test_bad_override_is_a_config_error_naming_the_command_line(tmp_path):
    path = write(tmp_path / "site.yml", "title: X\n")
    with pytest.raises(ConfigError) as info:
        load_config(path, overrides={"base_url": "not a url"})
    assert "command line" in str(info.value)
    assert "base_url" in str(info.value)


def test_parse_config_reports_every_unknown_key():
    values, warnings = parse_config({"title": "A", "foo": 1, "bar": {"baz": 2}}, path="x.yml",
                                    text="title: A\nfoo: 1\nbar:\n  baz: 2\n")
    assert values == {"title": "A"}
    named = sorted(w.message.split("'")[1] for w in warnings)
    assert named == ["bar", "foo"]
    assert {w.line for w in warnings} == {2, 3}


def test_a_group_key_given_a_plain_value_is_an_error_naming_it(make_site):
    site = make_site({"site.yml": "title: T\nmarkdown: python-markdown\n"})
    with pytest.raises(ConfigError) as info:
        load_config(site.config_path)
    assert str(info.value).endswith(
        "site.yml:2: key 'markdown' must be a mapping with the keys markdown.engine, markdown.hard_breaks, "
        "got 'python-markdown'")


def test_embeds_off_may_be_written_bare(tmp_path):
    """YAML reads `embeds: off` as false; it still means off, and `true` is an error naming the choices."""
    from generator.core.config import load_config
    from generator.core.errors import ConfigError

    path = tmp_path / "site.yml"
    path.write_text("embeds: off\n", encoding="utf-8")
    assert load_config(path)[0].embeds == "off"
    path.write_text("title: x\nembeds: true\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert err.value.line == 2 and "must be one of click, eager, off, got True" in err.value.message


# --- one declaration per key ----------------------------------------------------------------------

def _config_value(config, name: str):
    for part in name.split("."):
        config = getattr(config, part)
    return config


def test_each_key_is_one_field_of_the_config_declaring_type_default_and_help():
    """SCHEMA is read off SiteConfig's fields (and its groups'), so a key cannot be declared twice or drift."""
    import dataclasses

    from generator.core.config import Aliases, MarkdownConfig, SiteConfig

    declared = {}
    for cls, prefix in ((SiteConfig, ""), (Aliases, "aliases."), (MarkdownConfig, "markdown.")):
        for f in dataclasses.fields(cls):
            if "key" in f.metadata:
                declared[prefix + f.name] = f.metadata["key"]
            else:
                # `drafts` is a command's choice (`build --drafts`, `serve`), never written in site.yml
                assert f.name in ("root", "config_path", "drafts") or "group" in f.metadata \
                    or set(f.metadata.get("derived", ())) <= set(SCHEMA) and f.metadata.get("derived"), \
                    f"{f.name} is no site.yml key"
    assert declared == SCHEMA and list(declared) == list(SCHEMA)
    defaults = SiteConfig()
    for name, key in SCHEMA.items():
        assert key.help and isinstance(key.default, key.type), name
        assert _config_value(defaults, name) == key.value(key.default), name  # the field's default is the key's


def test_every_key_read_from_site_yml_reaches_the_config(tmp_path):
    """Each key set to a value other than its default comes through load_config, converted as declared."""
    changed = {"title": "T2", "description": "D", "author": "A", "language": "en",
               "base_url": "https://x.example/sub", "content_dir": "notes", "output_dir": "~/site-out",
               "theme": "paper", "themes_dir": "/abs/themes", "templates_dir": "tpl", "recent_events": 3,
               "page_size": 7, "feed_size": 9, "search": False, "embeds": False,
               "aliases.speakers": {"みやざき": "mz9"}, "aliases.tags": {"AWS": ["aws", "Amazon"]},
               "markdown.engine": "python-markdown", "markdown.hard_breaks": False}
    assert set(changed) == set(SCHEMA)
    data: dict = {}
    for name, value in changed.items():
        *group, leaf = name.split(".")
        (data.setdefault(group[0], {}) if group else data)[leaf] = value
    config, warnings = load_config(write(tmp_path / "site.yml", yaml.safe_dump(data, allow_unicode=True)))
    assert warnings == []
    root = tmp_path.resolve()
    assert (config.title, config.description, config.author, config.language) == ("T2", "D", "A", "en")
    assert config.base_url == "https://x.example/sub/"
    assert config.content_dir == root / "notes" and config.templates_dir == root / "tpl"
    assert config.output_dir == Path.home() / "site-out" and config.themes_dir == Path("/abs/themes")
    assert (config.theme, config.recent_events, config.page_size, config.feed_size) == ("paper", 3, 7, 9)
    assert config.search is False and config.embeds == "off"
    assert config.aliases.speakers == (("みやざき", ("mz9",)),)
    assert config.aliases.tags == (("AWS", ("aws", "Amazon")),)
    assert config.markdown.engine == "python-markdown" and config.markdown.hard_breaks is False


def test_a_group_given_a_plain_value_is_named_with_its_line_in_a_nested_position(make_site):
    site = make_site({"site.yml": "title: T\n\n\naliases: [a, b]\n"})
    with pytest.raises(ConfigError) as info:
        load_config(site.config_path)
    assert info.value.line == 4 and info.value.message.startswith("key 'aliases' must be a mapping with the keys")
