"""axe-core, run in Chromium on one page of each kind (and on two pages in dark mode, whose contrast differs).

A violation with impact `serious` or `critical` fails the test. Every violation found (any impact) is written
to test-artifacts/axe/<page>.json for reading later.
"""
from __future__ import annotations

import json

import pytest

from tests.browser.support import ARTIFACTS, AXE, goto

FAILING_IMPACTS = ("serious", "critical")
SEARCH_WORD = "Karpenter"  # a word with results, so the search page is checked with its results shown

AXE_RUN_JS = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map(n => ({target: n.target, html: n.html.slice(0, 200), summary: n.failureSummary})),
  }));
}"""


@pytest.fixture(scope="session")
def axe_script():
    if not AXE.is_file():
        pytest.skip(f"axe-core not found at {AXE}: run bash scripts/test, or "
                    "npm install --prefix tools axe-core (never from a CDN)")
    return AXE


def describe(violations: list[dict], limit: int = 3) -> str:
    lines = []
    for v in violations:
        targets = [" ".join(n["target"]) if isinstance(n["target"], list) else str(n["target"]) for n in v["nodes"]]
        more = f" (+{len(targets) - limit} more)" if len(targets) > limit else ""
        lines.append(f"{v['id']} [{v['impact']}] {v['help']} — {len(targets)} element(s): "
                     f"{', '.join(targets[:limit])}{more}\n      e.g. {v['nodes'][0]['html']}\n"
                     f"      {v['nodes'][0]['summary'].replace(chr(10), ' ')}")
    return "\n  ".join(lines)


def check_with_axe(page, axe_script, name: str) -> None:
    page.add_script_tag(path=str(axe_script))
    violations = page.evaluate(AXE_RUN_JS)
    out = ARTIFACTS / "axe"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps({"url": page.url, "violations": violations}, ensure_ascii=False,
                                                 indent=1), encoding="utf-8")
    failing = [v for v in violations if v["impact"] in FAILING_IMPACTS]
    assert not failing, f"{page.url} ({name}): axe-core found {len(failing)} serious or critical problem(s):\n  " \
                        + describe(failing)


def open_kind(page, site, site_map, browser_log, kind: str) -> None:
    if kind == "search":
        goto(page, site.url(site_map["search"]) + "?q=" + SEARCH_WORD)
        page.locator(".pagefind-ui__result-link").first.wait_for()
    else:
        goto(page, site.url(site_map[kind]), status=404 if kind == "404" else 200, log=browser_log)


@pytest.mark.parametrize("kind", ["home", "events", "event", "talk", "tags", "tag", "speakers", "speaker",
                                  "search", "404"])
def test_no_serious_accessibility_problems(axe_script, page, site, site_map, browser_log, kind):
    open_kind(page, site, site_map, browser_log, kind)
    check_with_axe(page, axe_script, kind)


@pytest.mark.parametrize("kind", ["home", "talk"])
def test_no_serious_accessibility_problems_in_dark_mode(axe_script, page, site, site_map, browser_log, kind):
    page.emulate_media(color_scheme="dark")
    open_kind(page, site, site_map, browser_log, kind)
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    check_with_axe(page, axe_script, f"{kind}-dark")
