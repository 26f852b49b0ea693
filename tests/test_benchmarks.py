"""The benchmark scripts (benchmarks/) on a tiny corpus, so they cannot rot between benchmark runs."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

from edit_probe import _retitled  # noqa: E402
from make_corpus import make_corpus  # noqa: E402
from run import OutputFolders  # noqa: E402


def test_retitled_changes_the_front_matter_title_and_keeps_it_valid_yaml():
    for line in ("title: 'Go 勉強会 #3'", 'title: "A \'quoted\' night"', "title: Plain words"):
        note = f"---\n{line}\ntags: [go]\n---\n\n## Talk\n"
        edited = _retitled(note, 7)
        front = yaml.safe_load(edited.split("---\n")[1])
        assert front["title"].endswith(" (edited 7)") and front["tags"] == ["go"]
        assert edited.endswith("---\n\n## Talk\n")


def test_output_folders_are_new_for_each_run_and_removed_at_the_end(tmp_path):
    folders = OutputFolders()
    usual = tmp_path / "output"
    first = folders.fresh(usual)
    first.mkdir()
    second = folders.fresh(usual)
    assert first != second and not second.exists()
    second.mkdir()
    folders.remove_all()
    assert not first.exists() and not second.exists()
    usual.mkdir()
    (usual / "old.html").write_text("x")
    assert OutputFolders(rm_before_cold=True).fresh(usual) == usual and not usual.exists()


def test_edit_probe_times_both_kinds_of_edit_on_a_small_corpus(tmp_path):
    make_corpus(6, tmp_path / "corpus", seed=3)
    site = tmp_path / "corpus" / "talkarchive"
    before = {p.name: p.read_bytes() for p in (site / "content").iterdir()}
    results = {}
    for kind in ("notes", "title"):
        done = subprocess.run([sys.executable, str(BENCH / "edit_probe.py"), str(site), "--edits", "2", "--kind", kind],
                              capture_output=True, text=True, timeout=300, check=True)
        results[kind] = json.loads(done.stdout.strip().splitlines()[-1])
    assert {p.name: p.read_bytes() for p in (site / "content").iterdir()} == before  # notes restored
    notes, title = results["notes"], results["title"]
    assert notes["first_pages"] > 6 and len(notes["edit_ms"]) == 2 and notes["median_ms"] > 0
    assert all(n >= 1 for n in notes["html_written"])
    # a new title moves the event's pages and changes the lists that show it
    assert min(title["html_written"]) > max(notes["html_written"])


def test_measurement_counts_the_cpu_of_workers_the_command_waited_for(tmp_path):
    """The CPU column: wait4's rusage includes the children a command reaps, as a build reaps its pool."""
    from measure import run_measured

    script = ("import multiprocessing as mp, time\n"
              "def spin(_):\n    end = time.process_time() + 0.4\n    while time.process_time() < end: pass\n"
              "if __name__ == '__main__':\n    with mp.get_context('fork').Pool(2) as pool: pool.map(spin, [0, 1])\n")
    m = run_measured([sys.executable, "-c", script], cwd=tmp_path)
    assert m.returncode == 0
    assert m.user_s + m.sys_s >= 0.7  # the two workers' 0.4 s each, not only the parent's
    assert m.seconds > 0 and m.peak_rss_mb > 0


def test_run_py_measures_every_talkarchive_scenario_on_a_tiny_corpus(tmp_path):
    """run.py end to end with talkarchive alone: cold, warm, a build after a notes edit, serve's edits."""
    results = tmp_path / "results.json"
    done = subprocess.run([sys.executable, str(BENCH / "run.py"), "--sizes", "8", "--runs", "1", "--tools", "talkarchive",
                           "--workdir", str(tmp_path / "work"), "--json", str(results)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = {r["scenario"]: r for r in json.loads(results.read_text(encoding="utf-8"))["results"]}
    assert set(rows) == {"cold", "warm", "edit-build", "serve", "edit", "edit-title"}
    assert rows["cold"]["pages"] == rows["edit-build"]["pages"] > 8
    assert "edit-build" in done.stdout and "CPU user+sys" in done.stdout
    corpus = tmp_path / "work" / "corpus-n8-s1" / "talkarchive"
    assert not list(corpus.glob("output-run*")) and not list(corpus.glob("output-edit-run*"))  # removed at the end


def test_normalize_cpu_reports_the_first_pass_and_the_repeated_runs(tmp_path):
    make_corpus(4, tmp_path / "corpus", seed=5)
    done = subprocess.run([sys.executable, str(BENCH / "normalize_cpu.py"), str(tmp_path / "corpus" / "talkarchive"),
                           "--runs", "1"], capture_output=True, text=True, timeout=300, check=True)
    line = done.stdout.strip()
    assert line.startswith("4 notes, ") and "on the first pass" in line and "ms on 1 more runs" in line
