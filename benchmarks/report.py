"""Printing the benchmark: the environment header, the results table and the issue's targets."""
from __future__ import annotations

from typing import Callable


def environment_lines(env: dict) -> list[str]:
    versions = ", ".join(f"{k} {v}" for k, v in env["versions"].items())
    return [f"# {env['cpu_count']} CPUs ({env['cpu_model']}), Python {env['python']}",
            f"# tools: {versions}",
            f"# corpus seed {env['seed']}; medians of {env['runs']} run(s); talkarchive built with --no-search; "
            f"peak RSS = whole process tree",
            f"# cold builds write into {env.get('cold_output', 'the usual output folder')}"]


def _find(rows, tool: str, n: int, scenario: str):
    return next((r for r in rows if r.tool == tool and r.notes == n and r.scenario == scenario), None)


def print_table(rows) -> None:
    header = ("tool", "notes", "scenario", "wall s", "CPU user+sys s", "pages", "pages/s", "peak RSS MB", "peer/ours")
    lines = []
    for r in rows:
        ours = _find(rows, "talkarchive", r.notes, "cold")
        ratio = f"{r.wall_s / ours.wall_s:.2f}" if ours and r.tool != "talkarchive" and r.scenario == "cold" else ""
        serve_edit = r.scenario in ("edit", "edit-title")
        wall = f"{r.wall_s * 1000:.0f} ms" if serve_edit else f"{r.wall_s:.2f}"
        pages = f"{r.pages} written" if serve_edit else str(r.pages)
        pps = f"{r.pages_per_s:.0f}" if r.pages_per_s else ""
        cpu = f"{r.cpu[0]:.2f}+{r.cpu[1]:.2f}" if r.cpu else ""
        lines.append((r.tool, str(r.notes), r.scenario, wall, cpu, pages, pps, f"{r.peak_rss_mb:.0f}", ratio))
    widths = [max(len(x) for x in col) for col in zip(header, *lines)]
    left = {0, 2}
    for line in [header, tuple("-" * w for w in widths), *lines]:
        print("  ".join(c.ljust(w) if i in left else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))))
    if any(r.scenario == "edit-build" for r in rows):
        print("edit-build: `talkarchive build` after one line was added to one note's text (renders only that "
              "event's pages)")
    if any(r.scenario in ("edit", "edit-title") for r in rows):
        print("serve: the first full build `serve` does (in memory, for later rebuilds); edit: median ms of "
              "rebuilds after one note's text changed, as serve does them; edit-title: after one event's title "
              "changed; their RSS is that process's peak, first build included")
    if any(r.cpu for r in rows):
        print("CPU user+sys: medians of the process's and its workers' CPU seconds; system time is mostly the "
              "file system (creating files and folders), and varies most from run to run")


def print_targets(rows, sizes: list[int]) -> list[dict]:
    """Print each target of the issue as PASS, MISS or n/a (not measured), and give them as data."""
    def get(tool, n, scenario):
        return _find(rows, tool, n, scenario)

    results = []

    def target(name: str, needs: list, check: Callable[..., tuple[bool, str]], why_missing: str) -> None:
        if any(x is None for x in needs):
            status, detail = "n/a", why_missing
        else:
            ok, detail = check(*needs)
            status = "PASS" if ok else "MISS"
        results.append({"target": name, "status": status, "detail": detail})
        print(f"{status:4}  {name}: {detail}")

    print("Targets (issue \"Fast at archive scale\"):")
    ta1, hu1, pe1 = get("talkarchive", 1000, "cold"), get("hugo", 1000, "cold"), get("pelican", 1000, "cold")
    target("cold 1,000 notes: wall <= 1.5x Hugo's", [ta1, hu1],
           lambda t, h: (t.wall_s <= 1.5 * h.wall_s, f"{t.wall_s:.2f} s vs Hugo {h.wall_s:.2f} s = {t.wall_s / h.wall_s:.2f}x"),
           "needs talkarchive and hugo at 1000")
    target("cold 1,000 notes: >= 6x faster than Pelican", [ta1, pe1],
           lambda t, p: (p.wall_s >= 6 * t.wall_s, f"Pelican {p.wall_s:.2f} s / {t.wall_s:.2f} s = {p.wall_s / t.wall_s:.1f}x"),
           "needs talkarchive and pelican at 1000")
    if 5000 in sizes:
        ta5, hu5 = get("talkarchive", 5000, "cold"), get("hugo", 5000, "cold")
        target("cold 5,000 notes: wall <= 1.5x Hugo's", [ta5, hu5],
               lambda t, h: (t.wall_s <= 1.5 * h.wall_s, f"{t.wall_s:.2f} s vs Hugo {h.wall_s:.2f} s = {t.wall_s / h.wall_s:.2f}x"),
               "needs talkarchive and hugo at 5000")
        target("cold 5,000 notes: peak RSS <= half Hugo's", [ta5, hu5],
               lambda t, h: (t.peak_rss_mb <= 0.5 * h.peak_rss_mb,
                             f"{t.peak_rss_mb:.0f} MB vs Hugo {h.peak_rss_mb:.0f} MB = {t.peak_rss_mb / h.peak_rss_mb:.2f}x"),
               "needs talkarchive and hugo at 5000")
    target("warm 1,000 notes (nothing changed): <= 0.3x Hugo's cold wall", [get("talkarchive", 1000, "warm"), hu1],
           lambda w, h: (w.wall_s <= 0.3 * h.wall_s, f"{w.wall_s:.2f} s vs Hugo cold {h.wall_s:.2f} s = {w.wall_s / h.wall_s:.2f}x"),
           "needs talkarchive and hugo at 1000")
    target("edit one note at 1,000 notes: <= 100 ms", [get("talkarchive", 1000, "edit")],
           lambda e: (e.wall_s <= 0.1, f"{e.wall_s * 1000:.0f} ms"), "needs talkarchive at 1000")
    ta10 = get("talkarchive", 10000, "cold")
    target("cold 10,000 notes: <= 20 s", [ta10], lambda t: (t.wall_s <= 20, f"{t.wall_s:.2f} s"),
           "needs talkarchive at 10000")
    target("cold 10,000 notes: peak RSS <= 1 GB", [ta10],
           lambda t: (t.peak_rss_mb <= 1024, f"{t.peak_rss_mb:.0f} MB"), "needs talkarchive at 10000")
    return results
