"""Fit the weights of generator/normalize/title_span.py on labelled notes.

    python scripts/fit_title_span.py DIR [DIR ...] [--lambda 1]

Each DIR holds notes and DIR/expected/*.json labels in the format of ../shared/tools/score_normalization.py
(the repository's fixture folders and ../shared/seeds are such folders; so is a real-note corpus kept outside the
repository). Every note is normalized with the model switched off; the event title it gives and the parts of it
title_span.candidates offers are one example, each part labelled right when it is one of the label's accepted
event names. The script fits a conditional logistic model (the chance of a part is its weighed traits' softmax
among the title's parts; the loss, the chance of the parts labelled right), L2-regularised, by gradient descent
with numpy; it prints, left out one folder at a time, how many titles the model's choice gets right against the
whole title's, and the weights to paste into title_span.WEIGHTS. numpy is needed here only, never at build time.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from labelled_notes import canon, normalized
from generator.normalize import title_span  # noqa: E402 (labelled_notes put the repository on the path)


def collect(folders: list[Path]) -> list[tuple[str, str, list[str], np.ndarray, np.ndarray]]:
    """(folder, note, parts, traits, labelled right) for every labelled note of the folders naming an event."""
    found = []
    seen: list = []
    original = title_span.event_name

    def record(title, text, path=""):
        seen.append(title_span.candidates(title, text, path))
        return title

    title_span.event_name = record
    try:
        for folder, expected in normalized(folders, seen.clear):
            accepted = {canon(t) for t in expected.get("title") or []}
            parts = seen[-1] if seen else None
            if not parts or not accepted:
                continue
            found.append((folder.name, expected["source"], [p for p, _ in parts], np.array([f for _, f in parts]),
                          np.array([canon(p) in accepted for p, _ in parts], dtype=float)))
    finally:
        title_span.event_name = original
    return found


def fit(examples, lam: float, rounds: int = 6000, rate: float = 0.1) -> np.ndarray:
    """Conditional logit by Adam: maximise each title's chance of a part labelled right (titles with none right
    teach nothing and are left out); the whole title's trait `whole` carries the bias."""
    usable = [(x, y) for *_, x, y in examples if y.any()]
    if not usable:
        return np.zeros(len(title_span.FEATURES))
    x = np.vstack([u[0] for u in usable])
    y = np.concatenate([u[1] for u in usable])
    starts = np.cumsum([0] + [len(u[1]) for u in usable[:-1]])
    sizes = np.array([len(u[1]) for u in usable])
    w = np.zeros(x.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, rounds + 1):
        s = x @ w
        s = s - np.repeat(np.maximum.reduceat(s, starts), sizes)
        e = np.exp(s)
        p = e / np.repeat(np.add.reduceat(e, starts), sizes)
        q = p * y
        q = q / np.repeat(np.add.reduceat(q, starts), sizes)
        grad = x.T @ (p - q) / len(usable) + lam * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w


def right(examples, w) -> tuple[int, int]:
    """(titles the model's choice gets right, titles the whole title gets right)."""
    model = whole = 0
    for *_, x, y in examples:
        s = x @ w
        pick = int(np.argmax(s)) if s.max() > s[0] + title_span.MARGIN else 0
        model += int(y[pick] == 1)
        whole += int(y[0] == 1)
    return model, whole


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--lambda", dest="lam", type=float, default=0.001)
    parser.add_argument("--show", action="store_true", help="print every title the left-out model changes")
    args = parser.parse_args()
    examples = collect(args.folders)
    if not examples:
        sys.exit("no labelled event titles in these folders")
    groups = sorted({e[0] for e in examples})
    got = whole = 0
    for group in groups:
        test = [e for e in examples if e[0] == group]
        w = fit([e for e in examples if e[0] != group], args.lam)
        a, b = right(test, w)
        got, whole = got + a, whole + b
        if args.show:
            for folder, note, parts, x, y in test:
                s = x @ w
                pick = int(np.argmax(s)) if s.max() > s[0] + title_span.MARGIN else 0
                if pick:
                    print(f"  {folder}/{note}: {parts[0]!r} -> {parts[pick]!r} ({'right' if y[pick] else 'wrong'},"
                          f" whole {'right' if y[0] else 'wrong'})")
    print(f"{len(examples)} titles in {len(groups)} folders; left out one folder at a time, the model's part is right "
          f"for {got}, the whole title for {whole}")
    weights = fit(examples, args.lam)
    print("WEIGHTS: tuple[float, ...] = (" + ", ".join(f"{w:.3f}" for w in weights) + ")")
    for name, w in zip(title_span.FEATURES, weights):
        print(f"  {name:20} {w:+.3f}")


if __name__ == "__main__":
    main()
