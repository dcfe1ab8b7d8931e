"""A small linear model, the classifier's second opinion when no rule recognises a request.

One-vs-rest logistic regression over the normalised text's words, word pairs and character
n-grams of words, trained offline with scikit-learn from the corpus's train and dev splits
(``tests/corpus/train_model.py``, which also picks one probability threshold per label on the
dev split) and shipped as ``model.json``. Scoring is pure Python, read once by whoever builds
the classifier (``Classifier.load``): the service never imports scikit-learn. The model only
speaks when the rules found nothing, and what it says is reported with a modest confidence so
that channels confirm.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import reduce
from operator import add
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("model.json")

_WORD = re.compile(r"[a-z0-9]+")
_LONG_NUMBER = re.compile(r"[0-9]{3,}")  # a phone number, a date, a postcode: never a feature
CHAR_NGRAMS = (3, 4, 5)
MAX_WORD_CHARS = 20  # a longer word contributes the n-grams of its first 20 characters
_STOP = frozenset(
    [
        "le",
        "la",
        "les",
        "de",
        "des",
        "du",
        "un",
        "une",
        "et",
        "a",
        "au",
        "aux",
        "en",
        "je",
        "vous",
        "il",
        "elle",
        "on",
        "nous",
        "ce",
        "se",
        "sa",
        "son",
        "ses",
        "mon",
        "ma",
        "mes",
        "the",
        "a",
        "an",
        "and",
        "of",
        "to",
        "in",
        "on",
        "for",
        "is",
        "it",
        "i",
        "you",
        "my",
        "me",
        "your",
        "this",
        "that",
        "be",
        "at",
        "by",
        "with",
    ]
)


def features(norm: str) -> list[str]:
    """Feature names of one normalised text: words, word pairs, character 3- to 5-grams.

    Numbers of three digits or more all read as "000" (an article number such as 17 stays).
    Linear in the text's length: at most a fixed number of features per word.
    """
    words = _WORD.findall(_LONG_NUMBER.sub("000", norm))
    out: list[str] = []
    prev = "^"
    for w in words:
        if w not in _STOP:
            out.append(w)
        out.append(prev + "_" + w)
        prev = w
        padded = "<" + w[:MAX_WORD_CHARS] + ">"
        for n in CHAR_NGRAMS:
            out += ["#" + padded[i : i + n] for i in range(len(padded) - n + 1)]
    return out


@dataclass(frozen=True)
class LinearModel:
    """Weights per feature and label; ``scores`` gives a probability per label."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    thresholds: dict[str, float] = field(default_factory=dict)  # label -> least probability

    def threshold(self, label: str) -> float:
        return self.thresholds.get(label, 0.5)

    def scores(self, feats: list[str]) -> dict[str, float]:
        # Each label's total adds the weights of the distinct features in the order they
        # first occur, from the bias on (a left fold, so the same sums on any Python).
        rows = [row for row in map(self.weights.get, dict.fromkeys(feats)) if row is not None]
        totals = (
            [
                reduce(add, column, b)
                for b, column in zip(self.bias, zip(*rows, strict=True), strict=True)
            ]
            if rows
            else self.bias
        )
        return {label: _sigmoid(t) for label, t in zip(self.labels, totals, strict=True)}

    def explain(self, feats: list[str], label: str, n: int = 3) -> tuple[str, ...]:
        """The features that pushed hardest towards ``label`` (equal weights in the order of the
        features' names, so the evidence is the same in every process)."""
        i = self.labels.index(label)
        weighted = {f: self.weights[f][i] for f in set(feats) if f in self.weights}
        ranked = sorted(weighted.items(), key=lambda kv: (-kv[1], kv[0]))
        readable = dict.fromkeys(_readable(f) for f, w in ranked if w > 0)  # "obj" once, not twice
        return tuple(readable)[:n]

    def to_json(self) -> dict[str, object]:
        return {
            "labels": list(self.labels),
            "bias": [round(b, 4) for b in self.bias],
            "thresholds": {k: round(v, 3) for k, v in sorted(self.thresholds.items())},
            "weights": {f: [round(w, 3) for w in row] for f, row in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> LinearModel:
        labels = data["labels"]
        bias = data["bias"]
        weights = data["weights"]
        thresholds = data.get("thresholds", {})
        if not (
            isinstance(labels, list)
            and isinstance(bias, list)
            and isinstance(weights, dict)
            and isinstance(thresholds, dict)
        ):
            raise ValueError("model.json: labels, bias, thresholds and weights expected")
        return cls(
            tuple(str(x) for x in labels),
            tuple(float(x) for x in bias),
            {str(f): tuple(float(w) for w in row) for f, row in weights.items()},
            {str(k): float(v) for k, v in thresholds.items()},
        )


def _readable(feature: str) -> str:
    """A feature as a person reads it in evidence: a word, two words or a piece of a word."""
    if feature.startswith("#"):
        return feature[1:].strip("<>")
    return feature.replace("_", " ").lstrip("^ ")


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def load_model() -> LinearModel | None:
    """The shipped model, or None when ``model.json`` is absent (rules then work alone)."""
    if not MODEL_PATH.exists():
        return None
    return LinearModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
