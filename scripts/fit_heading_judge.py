"""Fit the weights of generator/normalize/heading_judge.py on labelled notes.

    python scripts/fit_heading_judge.py DIR [DIR ...] [--lambda 3]

Each DIR holds notes and DIR/expected/*.json labels in the format of ../shared/tools/score_normalization.py
(the repository's fixture folders and ../shared/seeds are such folders; so is a real-note corpus kept outside the
repository). Every note is normalized with the judge switched off; each heading read as a talk with nothing of a
talk about it (heading_judge.reads_as_talk's candidates) is one example, labelled a talk when its title is one
of the labels' talk titles. The script fits an L2-regularised logistic regression (Newton's method, numpy),
prints the leave-one-folder-out accuracy and how many labelled talks and non-talks each threshold would drop,
and prints the weights to paste into heading_judge.WEIGHTS. numpy is needed here only, never at build time.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from labelled_notes import canon, normalized
from generator.normalize import heading_judge  # noqa: E402 (labelled_notes put the repository on the path)


def collect(folders: list[Path]) -> list[tuple[str, tuple[float, ...], bool]]:
    """(folder, features, is a talk) for every candidate heading in the folders' labelled notes."""
    found: list[tuple[str, tuple[float, ...], bool]] = []
    seen: list = []
    original = heading_judge.reads_as_talk

    def record(talk, talks, event_title, shows):
        seen.append((talk.title, heading_judge.features(talk, talks, event_title, shows)))
        return True

    heading_judge.reads_as_talk = record
    try:
        for folder, expected in normalized(folders, seen.clear):
            titles = set()
            for talk in expected.get("talks", []):
                value = talk["title"]
                titles |= {canon(v) for v in (value if isinstance(value, list) else [value])}
            found.extend((folder.name, feats, canon(title) in titles) for title, feats in seen)
    finally:
        heading_judge.reads_as_talk = original
    return found


def fit(x: np.ndarray, y: np.ndarray, lam: float, rounds: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method, the bias all but unpenalised."""
    w = np.zeros(x.shape[1])
    penalty = np.diag(np.r_[1e-6, np.full(x.shape[1] - 1, lam)])  # (a whisper on the bias keeps a one-class fold solvable)
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        w -= np.linalg.solve(hessian, gradient)
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--lambda", dest="lam", type=float, default=3.0)
    args = parser.parse_args()
    rows = collect(args.folders)
    if not rows:
        sys.exit("no candidate headings in these folders")
    x = np.array([r[1] for r in rows])
    y = np.array([float(r[2]) for r in rows])
    groups = np.array([r[0] for r in rows])
    held_out = np.zeros(len(y))
    for group in sorted(set(groups)):
        test = groups == group
        held_out[test] = x[test] @ fit(x[~test], y[~test], args.lam) if (~test).any() else 0.0
    print(f"{len(y)} candidate headings in {len(set(groups))} folders, {int(y.sum())} of them talks")
    print(f"leave-one-folder-out accuracy at 0: {((held_out >= 0) == (y == 1)).mean():.3f}")
    for threshold in (0.0, -0.5, -1.0, -1.5):
        drop = held_out < threshold
        print(f"  drop below {threshold:+.1f}: {int((drop & (y == 1)).sum())} talks and "
              f"{int((drop & (y == 0)).sum())} non-talks dropped")
    weights = fit(x, y, args.lam)
    print("WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in weights) + ")")
    for name, w in zip(heading_judge.FEATURES, weights):
        print(f"  {name:22} {w:+.3f}")


if __name__ == "__main__":
    main()
