"""Accuracy on the corpus test split and single-core throughput of the request classifier.

Run from the repository root:
``PYTHONPATH=. python bench/classify.py [--split test] [--seconds 3]``.
Prints figures only; the pass/fail thresholds live in tests/test_classifier.py.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from workflows.classifier import classify
from workflows.classifier.engine import default_classifier
from workflows.classifier.jsonl import evaluate_rows

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "requests.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test", help="train, dev, test or all")
    parser.add_argument("--seconds", type=float, default=3.0, help="duration of the speed run")
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    chosen = rows if args.split == "all" else [r for r in rows if r["split"] == args.split]
    langs: dict[str, int] = {}
    for r in chosen:
        langs[r.get("language", "?")] = langs.get(r.get("language", "?"), 0) + 1

    t0 = time.perf_counter()
    default_classifier()
    classify("", "warm-up")
    build_ms = (time.perf_counter() - t0) * 1000

    evaluation = evaluate_rows(chosen)
    print(f"corpus: {CORPUS.name}, split={args.split}, {len(chosen)} messages, languages {langs}")
    print(evaluation.report())

    texts = [(str(r["subject"]), str(r["text"])) for r in rows]
    rounds: list[float] = []
    deadline = time.perf_counter() + args.seconds
    while time.perf_counter() < deadline or len(rounds) < 3:
        start = time.perf_counter()
        for subject, text in texts:
            classify(subject, text)
        rounds.append(len(texts) / (time.perf_counter() - start))
    rounds.sort()
    chars = sum(len(s) + len(t) for s, t in texts) / len(texts)
    print(f"rules compiled and warmed up in {build_ms:.1f} ms")
    print(
        f"throughput: {statistics.median(rounds):,.0f} messages/s median, {rounds[-1]:,.0f} best "
        f"(one core, {len(rounds)} rounds over all {len(texts)} corpus messages, "
        f"mean {chars:.0f} characters)"
    )


if __name__ == "__main__":
    main()
