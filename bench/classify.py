"""Accuracy on the corpus test split and single-core throughput of the request classifier.

Run from the repository root:
``PYTHONPATH=. python bench/classify.py [--split test] [--batch dev6] [--seconds 3]
[--examples FILE] [--model FILE]``. ``--batch`` keeps the rows of one corpus file of the split
(``dev5``, ``heldout5``, ``dev6``..., see ``tests/corpus/build_corpus.py``). ``--examples``
scores the classifier on a JSON-lines file of labelled messages
(``subject``, ``text``, ``labels``; ``privacy-desk classify export-examples`` writes the requests
staff reclassified) instead of a corpus split; ``--model`` scores a newly trained ``model.json``
instead of the shipped one.
Prints figures only; the pass/fail thresholds live in tests/test_classifier.py.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from workflows.classifier import Classifier
from workflows.classifier.jsonl import evaluate_rows
from workflows.classifier.model import REQUESTER_MODEL_PATH, LinearModel, load_model

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "requests.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test", help="train, dev, test, heldout or all")
    parser.add_argument("--batch", help="only the rows of this corpus file (dev5, dev6...)")
    parser.add_argument("--seconds", type=float, default=3.0, help="duration of the speed run")
    parser.add_argument("--examples", type=Path, help="JSON lines of labelled messages to score")
    parser.add_argument("--model", type=Path, help="a model.json to score, not the shipped one")
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    chosen = rows if args.split == "all" else [r for r in rows if r["split"] == args.split]
    source = f"{CORPUS.name}, split={args.split}"
    if args.batch:
        chosen = [r for r in chosen if r.get("batch") == args.batch]
        source += f", batch={args.batch}"
    if args.examples:
        lines = args.examples.read_text(encoding="utf-8").splitlines()
        chosen = [json.loads(line) for line in lines if line.strip()]
        source = str(args.examples)
    langs: dict[str, int] = {}
    for r in chosen:
        langs[r.get("language", "?")] = langs.get(r.get("language", "?"), 0) + 1

    t0 = time.perf_counter()
    label_model = (
        LinearModel.from_json(json.loads(args.model.read_text(encoding="utf-8")))
        if args.model
        else load_model()
    )
    classifier = Classifier(label_model, requester_model=load_model(REQUESTER_MODEL_PATH))
    classify = classifier.classify
    classify("", "warm-up")
    build_ms = (time.perf_counter() - t0) * 1000

    evaluation = evaluate_rows(classifier, chosen)
    print(f"corpus: {source}, {len(chosen)} messages, languages {langs}")
    print(evaluation.report())

    texts = [(str(r["subject"]), str(r["text"])) for r in rows]
    wall, cpu = _speed(classify, texts, args.seconds)
    rules = Classifier(None).classify
    rules("", "warm-up")
    _, rules_cpu = _speed(rules, texts, args.seconds)
    labels_only = Classifier(label_model).classify  # without the requester model
    labels_only("", "warm-up")
    _, labels_cpu = _speed(labels_only, texts, args.seconds)
    chars = sum(len(s) + len(t) for s, t in texts) / len(texts)
    print(f"model read, rules compiled and warmed up in {build_ms:.1f} ms")
    print(
        f"throughput (one core, {len(wall)} rounds over all {len(texts)} corpus messages, "
        f"mean {chars:.0f} characters):"
    )
    print(f"  wall clock: {statistics.median(wall):,.0f} messages/s median, {max(wall):,.0f} best")
    print(
        f"  CPU time:   {statistics.median(cpu):,.0f} messages/s median, {max(cpu):,.0f} best"
        " (what the classifier costs when other processes share the core)"
    )
    base = statistics.median(rules_cpu)
    print(
        f"  in the same process (CPU time, median): the rules alone {base:,.0f} messages/s;"
        f" reviewed by the label model {statistics.median(labels_cpu):,.0f}"
        f" ({statistics.median(labels_cpu) / base:.2f} of that); and by the requester model"
        f" too, as shipped, {statistics.median(cpu):,.0f} ({statistics.median(cpu) / base:.2f})"
    )


def _speed(
    classify: Callable[[str, str], object], texts: list[tuple[str, str]], seconds: float
) -> tuple[list[float], list[float]]:
    """Messages per second of wall clock and of CPU time, one figure per round over ``texts``
    (at least three rounds, as many as fit in ``seconds``)."""
    wall: list[float] = []
    cpu: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(wall) < 3:
        w0, c0 = time.perf_counter(), time.process_time()
        for subject, text in texts:
            classify(subject, text)
        wall.append(len(texts) / (time.perf_counter() - w0))
        cpu.append(len(texts) / max(time.process_time() - c0, 1e-9))
    return wall, cpu


if __name__ == "__main__":
    main()
