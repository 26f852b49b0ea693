"""generator.outputs.jsontext writes what json.dumps(ensure_ascii=False, indent=1) writes."""
from __future__ import annotations

import json
import math

from hypothesis import given, settings, strategies as st

from generator.outputs.jsontext import indented_json

TEXT = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(list('"\\\n\t\x00\x1f\u2028日本語')), max_size=12)
SCALARS = (st.none() | st.booleans() | st.integers(-2**70, 2**70) | TEXT
           | st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([0.1, -0.0, 1e300, 5e-324]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                      | st.dictionaries(TEXT, inner, max_size=4), max_leaves=30)


@settings(max_examples=500, deadline=None)
@given(VALUES, st.integers(0, 3))
def test_same_text_as_json_dumps(value, level):
    expected = json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)
    assert indented_json(value, level) == expected


def test_keys_that_are_not_strings_and_other_types_are_left_to_json_dumps():
    for value in ({1: "a", None: [1.5], 2.5: {}}, {"a": {2.5: "x"}}, [math.nan, {"k": (1, 2)}]):
        assert indented_json(value, 1) == json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n ")


def test_a_real_record_of_the_json_api(make_site):
    site = make_site({"content/a.md": "---\ntitle: JSON 勉強会 \"quoted\"\nevent_date: 2024-03-03\ntags: [json]\n---\n\n"
                                      "## 型のはなし\n\n- 登壇者: 山田 太郎\n\nメモ\n"})
    site.build()
    records = json.loads(site.read("api/events.json"))
    assert records[0]["title"] == 'JSON 勉強会 "quoted"'
    assert site.read("api/events.json") == json.dumps(records, ensure_ascii=False, indent=1) + "\n"
