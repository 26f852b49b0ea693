"""Run a command and measure its wall time and the peak RSS of its whole process tree.

Peak RSS is sampled, not read from rusage: `ru_maxrss` gives the largest single process, but a build
that fans out to a process pool holds the sum of its workers at once. A thread walks /proc every
~10 ms (children found through the ppid field of /proc/<pid>/stat), sums Pss (resident memory, with
pages shared between processes divided among them) over the root and all its descendants, and keeps
the maximum. The root's own `ru_maxrss` from wait4 is a floor, so a run
shorter than one sampling interval still reports something true. Linux only; no psutil.

CPU time (user and system) comes from wait4's rusage, which includes the children the command
waited for: a build's pool workers are counted. System time shows what the file system cost.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

INTERVAL = 0.01


@dataclass(frozen=True)
class Measurement:
    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    user_s: float = 0.0  # CPU seconds of the command and the children it waited for (its workers)
    sys_s: float = 0.0  # of which in the kernel: mostly the file system, for a build


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue  # the process ended while we looked
        # the command name (field 2) may hold spaces and parentheses: split after its last ')'
        ppid = int(stat[stat.rfind(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _rss_kb(pid: int) -> int:
    """The process's proportional set size (Pss): its private memory plus its share of pages it
    shares, so forked workers that share the parent's pages copy-on-write are not counted twice
    (summing VmRSS would). Falls back to VmRSS where smaps_rollup is missing (Linux < 4.14)."""
    for name, key in (("smaps_rollup", b"Pss:"), ("status", b"VmRSS:")):
        try:
            with open(f"/proc/{pid}/{name}", "rb") as f:
                for line in f:
                    if line.startswith(key):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0  # ended, or a zombie (which has no memory lines)


def tree_rss_kb(root: int) -> int:
    """The summed Pss (KB) of `root` and every process below it, right now."""
    children = _children_map()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _rss_kb(pid)
        stack.extend(children.get(pid, ()))
    return total


class _Sampler(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_kb = pid, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak_kb = max(self.peak_kb, tree_rss_kb(self.pid))
            self.done.wait(INTERVAL)


def run_measured(cmd: list[str], cwd: Path | str | None = None, env: dict | None = None) -> Measurement:
    """Run `cmd` to completion; give its wall seconds, peak tree RSS (MB), exit code and output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        sampler = _Sampler(proc.pid)
        sampler.start()
        _, status, rusage = os.wait4(proc.pid, 0)  # the zombie stays until here, so the sampler never sees a reused pid
        seconds = time.perf_counter() - started
        sampler.done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    peak_kb = max(sampler.peak_kb, rusage.ru_maxrss)
    return Measurement(seconds, peak_kb / 1024, proc.returncode, stdout, stderr, rusage.ru_utime, rusage.ru_stime)
