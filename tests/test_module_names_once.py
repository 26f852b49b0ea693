"""Each module binds a top-level name once. A second `_PATTERN = re.compile(…)` further down a long module silently
replaces the first for every use above it (session 42: a reader's `_HTML_COMMENT` dropped talkarchive's own
`<!-- talkarchive:toc -->` marker that the first kept, and an older `_ANY_LINK` had shadowed another)."""
from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound_twice(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: collections.Counter = collections.Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_a_module_binds_each_top_level_name_once(path: Path):
    assert _bound_twice(path) == []


def test_the_check_finds_a_name_bound_twice(tmp_path: Path):
    module = tmp_path / "m.py"
    module.write_text("import re\n_A = re.compile('x')\n\ndef f():\n    return _A\n\n_A = re.compile('y')\n", encoding="utf-8")
    assert _bound_twice(module) == ["_A"]
