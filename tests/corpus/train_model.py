"""Train the classifier's fallback model (workflows/classifier/model.json) from the corpus.

Only the train and dev splits are used; the test split is never read here. Deterministic.
Run from the repository root: ``PYTHONPATH=. python tests/corpus/train_model.py``.
With ``--check``, trains on train only and prints dev figures with and without the model.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from workflows.classifier.engine import model_text
from workflows.classifier.model import MODEL_PATH, features, train
from workflows.requests import RequestType

CORPUS = Path(__file__).with_name("requests.jsonl")
LABELS = tuple(t.value for t in RequestType)


def samples(rows: list[dict[str, object]]) -> list[tuple[list[str], set[str]]]:
    out = []
    for r in rows:
        labels = r["labels"]
        assert isinstance(labels, list)
        out.append((features(model_text(str(r["subject"]), str(r["text"]))), set(labels)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="train on train, report on dev")
    args = parser.parse_args()
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    fit_on = ("train",) if args.check else ("train", "dev")
    model = train(samples([r for r in rows if r["split"] in fit_on]), LABELS)
    if args.check:
        from workflows.classifier import engine
        from workflows.classifier.jsonl import evaluate_rows

        dev = [r for r in rows if r["split"] == "dev"]
        engine.default_classifier().use_model(None)
        print("dev, rules only:", f"{evaluate_rows(dev).macro_f1:.3f}")
        engine.default_classifier().use_model(model)
        evaluation = evaluate_rows(dev)
        print("dev, rules + model:", f"{evaluation.macro_f1:.3f}")
        print(evaluation.report())
        return
    MODEL_PATH.write_text(
        json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {MODEL_PATH} ({len(model.weights)} features)")


if __name__ == "__main__":
    main()
