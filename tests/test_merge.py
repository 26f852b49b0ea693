"""Notes about the same event merge into one event; a talk reported twice is one page crediting both notes."""
from __future__ import annotations

import re

from generator.core.config import Aliases
from generator.index.site_index import build_index
from generator.index.merge import merge_events
from generator.core.model import Event, Speaker, Talk

NOTE_A = """\
---
title: "Kyushu Go Meetup #3 に参加してきました"
date: 2024-02-10
tags: [Go]
url: https://alice.example/blog/go3
---
はじめに https://kgo.connpass.com/event/111/

## Generics in practice
- 村田 航さん
- type sets are neat

## Profiling with pprof
- 大野 光さん
- flame graphs everywhere
"""

NOTE_B = """\
---
title: Kyushu Go Meetup #3 参加レポート
date: 2024-02-12
tags: [golang, Community]
url: https://bob.example/posts/kgo3
event_url: https://kgo.connpass.com/event/111
---
## Generics in practice
- 村田 航さん
- constraints package is experimental

## Writing a linter
- 森 彩さん
- go/analysis makes it easy
"""


def test_two_notes_with_the_same_event_url_are_one_event_and_one_talk_page(make_site):
    site = make_site({"content/alice.md": NOTE_A, "content/bob.md": NOTE_B})
    result = site.build()
    assert result.events == 1
    assert result.talks == 3  # Generics in practice appears once
    merged = [d for d in result.diagnostics if d.level == "info" and "merged" in d.message]
    assert len(merged) == 1
    talk = next(p for p in site.out.glob("events/*/generics-in-practice/index.html"))
    html = talk.read_text(encoding="utf-8")
    assert "type sets are neat" in html and "constraints package is experimental" in html
    # each part credited to its source
    assert 'href="https://alice.example/blog/go3"' in html and 'href="https://bob.example/posts/kgo3"' in html
    event = talk.parent.parent / "index.html"
    assert re.search(r">Go<", event.read_text(encoding="utf-8"))


def test_same_name_and_date_merge_but_other_dates_do_not():
    a = Event(source="a.md", title="PyData Fukuoka #5", date=__import__("datetime").date(2023, 5, 1),
              talks=(Talk("Polars"),))
    b = Event(source="b.md", title="pydata fukuoka #5", date=a.date, talks=(Talk("polars"), Talk("DuckDB")))
    c = Event(source="c.md", title="PyData Fukuoka #5", date=__import__("datetime").date(2024, 5, 1))
    merged = merge_events([a, b, c])
    assert len(merged) == 2
    first = next(e for e in merged if e.sources)
    assert [t.title for t in first.talks] == ["Polars", "DuckDB"]
    assert [n.source for n in first.talks[0].notes] == ["a.md", "b.md"]


def test_speaker_and_tag_aliases_join_people_and_tags():
    date = __import__("datetime").date(2020, 1, 1)
    a = Event(source="a.md", title="A", date=date, tags=("AWSLambda",),
              talks=(Talk("x", speakers=(Speaker("mz9"),)),))
    b = Event(source="b.md", title="B", date=date, tags=("aws lambda",),
              talks=(Talk("y", speakers=(Speaker("みやざき"),)),))
    plain = build_index([a, b])
    assert len(plain.speakers) == 2 and len(plain.tags) == 2
    aliases = Aliases(speakers=(("みやざき", ("mz9",)),), tags=(("AWS Lambda", ("AWSLambda",)),))
    joined = build_index([a, b], aliases)
    assert [s.name for s in joined.speakers] == ["みやざき"]
    assert len(joined.speakers[0].talks) == 2
    assert [(t.name, len(t.event_slugs)) for t in joined.tags] == [("AWS Lambda", 2)]


def test_aliases_in_site_yml_reach_the_build(make_site):
    site = make_site({
        "site.yml": "title: T\nlanguage: en\naliases:\n  speakers:\n    Jane Doe: [janed]\n  tags:\n    Python: [py]\n",
        "content/a.md": "---\ntitle: One\ndate: 2020-01-01\ntags: [py]\n---\n## Talk one\n- Speaker: janed\n",
        "content/b.md": "---\ntitle: Two\ndate: 2020-02-01\ntags: [Python]\n---\n## Talk two\n- Speaker: Jane Doe\n",
    })
    site.build()
    assert [p.parent.name for p in site.out.glob("speakers/*/index.html")] == ["jane-doe"]
    assert [p.parent.name for p in site.out.glob("tags/*/index.html")] == ["python"]


def test_bad_alias_value_is_a_config_error_naming_the_key(make_site):
    import pytest

    from generator.core.config import load_config
    from generator.core.errors import ConfigError

    site = make_site({"site.yml": "title: T\naliases:\n  tags:\n    Python: {a: 1}\n"})
    with pytest.raises(ConfigError, match=r"key 'aliases.tags' must map each name"):
        load_config(site.config_path)
