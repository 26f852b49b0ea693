"""The model's dataclasses survive pickling (workers send notes pickled; the cache keeps them so)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
from pathlib import Path

import pytest

from generator.core import model
from generator.engine.build import normalize_file

FIXTURES = Path(__file__).parent / "fixtures" / "notes"


def test_every_normalized_fixture_note_comes_back_from_pickle_equal():
    paths = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".md", ".txt", ".markdown"))
    assert len(paths) > 10
    results = [normalize_file(p, p.name) for p in paths]
    back = pickle.loads(pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == results
    assert [hash(r.event) for r in back if isinstance(r, model.NormalizedNote)] == \
        [hash(r.event) for r in results if isinstance(r, model.NormalizedNote)]


def _example(cls):
    """An instance with every field set to a value unlike its default, so a field set into another's slot shows."""
    values = {}
    for i, f in enumerate(dataclasses.fields(cls)):
        values[f.name] = {"date": dt.date(2020, 1, 1 + i), "published": dt.date(2021, 2, 1 + i),
                          "line": 100 + i, "body_line": 200 + i}.get(f.name, (f"{f.name}-{i}",))
        if f.type in ("str", "str | None"):
            values[f.name] = f"{f.name}-{i}"
    return cls(**values)


@pytest.mark.parametrize("cls", [c for c in vars(model).values()
                                 if dataclasses.is_dataclass(c) and isinstance(c, type)], ids=lambda c: c.__name__)
def test_each_class_round_trips_field_by_field_and_stays_frozen(cls):
    original = _example(cls)
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        copy = pickle.loads(pickle.dumps(original, protocol=protocol))
        assert type(copy) is cls
        for f in dataclasses.fields(cls):
            assert getattr(copy, f.name) == getattr(original, f.name), f.name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(copy, dataclasses.fields(cls)[0].name, "changed")
