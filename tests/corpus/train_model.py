"""Train the classifier's fallback model (workflows/classifier/model.json) with scikit-learn.

One logistic regression per label over binary features (``model.features``: words, word pairs,
character n-grams), features seen in fewer than ``MIN_DF`` messages dropped, classes weighted by
their frequency, the regularisation chosen by cross-validation on the training rows. The
probability threshold of each label is the lowest with a precision of 0.9 on the dev rows that
the rules alone file as ``other`` (the only ones the model is asked about), for a model fitted
on train only; the shipped model is then refitted on train and dev with those settings.
The held-out splits (test, and heldout when a blind batch fills it) are never read here.
Deterministic. scikit-learn is a test extra: the service only reads the exported weights.
Run from the repository root: ``PYTHONPATH=. python tests/corpus/train_model.py``
(``--check`` prints dev figures only).
"""

from __future__ import annotations

import argparse
import json
import warnings
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegressionCV
from sklearn.metrics import precision_score
from sklearn.model_selection import StratifiedKFold

from workflows.classifier.engine import Classifier, model_text
from workflows.classifier.model import MODEL_PATH, LinearModel, features
from workflows.requests import RequestType

CORPUS = Path(__file__).with_name("requests.jsonl")
LABELS = tuple(t.value for t in RequestType)
MIN_DF = 2
CS = (0.1, 0.3, 1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(0.3 + 0.05 * i, 2) for i in range(14))  # 0.30 .. 0.95
PRECISION = 0.9  # what a model-only label must reach on dev
KEEP = 0.01  # weights smaller than this are left out of model.json
# scikit-learn 1.9 announces a change of LogisticRegressionCV's fitted attributes; only coef_
# and intercept_ are read here, which keep their meaning.
warnings.filterwarnings("ignore", category=FutureWarning, module="sklearn")


def _texts(rows: list[dict[str, object]]) -> list[str]:
    return [model_text(str(r["subject"]), str(r["text"])) for r in rows]


def _targets(rows: list[dict[str, object]]) -> np.ndarray:
    return np.array([[label in r["labels"] for label in LABELS] for r in rows], dtype=int)  # type: ignore[operator]


def fit(rows: list[dict[str, object]], thresholds: dict[str, float]) -> LinearModel:
    """One cross-validated, class-weighted logistic regression per label, exported."""
    vectorizer = CountVectorizer(analyzer=features, min_df=MIN_DF, binary=True)
    x = vectorizer.fit_transform(_texts(rows))
    y = _targets(rows)
    names = vectorizer.get_feature_names_out()
    coef = np.zeros((len(names), len(LABELS)))
    bias = []
    for i in range(len(LABELS)):
        if not y[:, i].any():  # a label no row carries is never predicted
            bias.append(-10.0)
            continue
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        clf = LogisticRegressionCV(
            Cs=list(CS),
            cv=folds,
            class_weight="balanced",
            scoring="f1",
            solver="liblinear",
            max_iter=1000,
        )
        clf.fit(x, y[:, i])
        coef[:, i] = clf.coef_[0]
        bias.append(float(clf.intercept_[0]))
    weights = {
        str(name): tuple(float(w) for w in row)
        for name, row in zip(names, coef, strict=True)
        if np.abs(row).max() >= KEEP
    }
    return LinearModel(LABELS, tuple(bias), weights, thresholds)


def where_rules_say_other(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """The rows the rules alone file as ``other``: the only ones the model is asked about."""
    rules = Classifier(None)
    return [
        r
        for r in rows
        if [t.value for t in rules.classify(str(r["subject"]), str(r["text"])).labels] == ["other"]
    ]


def choose_thresholds(model: LinearModel, dev: list[dict[str, object]]) -> dict[str, float]:
    """Per label, the lowest threshold whose precision on ``dev`` reaches ``PRECISION``.

    ``dev`` holds the rows where the model would speak (see ``where_rules_say_other``). A wrong
    label costs more than a missed one (the message then goes to a person as ``other``):
    precision first, then as much recall as that precision allows. A label that never
    reaches it on those rows gets the highest threshold of the grid.
    """
    y = _targets(dev)
    probs = np.array([list(model.scores(features(t)).values()) for t in _texts(dev)])
    out: dict[str, float] = {}
    for i, label in enumerate(LABELS):
        out[label] = next(
            (
                t
                for t in THRESHOLDS
                if (probs[:, i] >= t).any()
                and precision_score(y[:, i], probs[:, i] >= t, zero_division=0.0) >= PRECISION
            ),
            THRESHOLDS[-1],
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="train on train, report on dev")
    args = parser.parse_args()
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    train = [r for r in rows if r["split"] == "train"]
    dev = [r for r in rows if r["split"] == "dev"]
    first = fit(train, {})
    thresholds = choose_thresholds(first, where_rules_say_other(dev))
    print("thresholds chosen on dev:", thresholds)
    if args.check:
        from workflows.classifier.jsonl import evaluate_rows

        print("dev, rules only:", f"{evaluate_rows(Classifier(None), dev).macro_f1:.3f}")
        trained = LinearModel(first.labels, first.bias, first.weights, thresholds)
        evaluation = evaluate_rows(Classifier(trained), dev)
        print("dev, rules + model:", f"{evaluation.macro_f1:.3f}")
        print(evaluation.report())
        return
    model = fit(train + dev, thresholds)
    MODEL_PATH.write_text(
        json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {MODEL_PATH} ({len(model.weights)} features)")


if __name__ == "__main__":
    main()
