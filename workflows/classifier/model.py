"""A small linear model, the classifier's second opinion when no rule recognises a request.

One-vs-rest logistic regression over the normalised text's words, word pairs and word stems,
trained offline from the corpus's train and dev splits (``tests/corpus/train_model.py``) and
shipped as ``model.json``. Pure Python, read once on first use. It only speaks when the rules
found nothing, and what it says is reported with a modest confidence so that channels confirm.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("model.json")

_WORD = re.compile(r"[a-z0-9]+")
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
    """Feature names of one normalised text (words, stems of long words, word pairs)."""
    words = _WORD.findall(norm)
    out: list[str] = []
    prev = "^"
    for w in words:
        if w not in _STOP:
            out.append(w)
            if len(w) > 6:
                out.append("~" + w[:6])
        out.append(prev + "_" + w)
        prev = w
    return out


@dataclass(frozen=True)
class LinearModel:
    """Weights per feature and label; ``scores`` gives a probability per label."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def scores(self, feats: list[str]) -> dict[str, float]:
        totals = list(self.bias)
        seen: set[str] = set()
        for f in feats:
            if f in seen:
                continue
            seen.add(f)
            row = self.weights.get(f)
            if row is not None:
                for i, w in enumerate(row):
                    totals[i] += w
        return {label: _sigmoid(t) for label, t in zip(self.labels, totals, strict=True)}

    def explain(self, feats: list[str], label: str, n: int = 3) -> tuple[str, ...]:
        """The features that pushed hardest towards ``label``."""
        i = self.labels.index(label)
        weighted = {f: self.weights[f][i] for f in set(feats) if f in self.weights}
        best = sorted(weighted.items(), key=lambda kv: kv[1], reverse=True)[:n]
        return tuple(f.replace("_", " ").lstrip("^ ").lstrip("~") for f, w in best if w > 0)

    def to_json(self) -> dict[str, object]:
        return {
            "labels": list(self.labels),
            "bias": [round(b, 4) for b in self.bias],
            "weights": {f: [round(w, 3) for w in row] for f, row in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> LinearModel:
        labels = data["labels"]
        bias = data["bias"]
        weights = data["weights"]
        if not (isinstance(labels, list) and isinstance(bias, list) and isinstance(weights, dict)):
            raise ValueError("model.json: labels, bias and weights expected")
        return cls(
            tuple(str(x) for x in labels),
            tuple(float(x) for x in bias),
            {str(f): tuple(float(w) for w in row) for f, row in weights.items()},
        )


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@lru_cache(maxsize=1)
def load_model() -> LinearModel | None:
    """The shipped model, or None when ``model.json`` is absent (rules then work alone)."""
    if not MODEL_PATH.exists():
        return None
    return LinearModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def train(
    samples: list[tuple[list[str], set[str]]],
    labels: tuple[str, ...],
    epochs: int = 30,
    l2: float = 1e-4,
    rate: float = 0.5,
    min_count: int = 1,
) -> LinearModel:
    """Fit one-vs-rest logistic regression with AdaGrad (deterministic order)."""
    counts: dict[str, int] = {}
    for feats, _ in samples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f for f, c in counts.items() if c >= min_count}
    data = [(sorted(set(f for f in feats if f in vocab)), targets) for feats, targets in samples]
    weights: dict[str, list[float]] = {f: [0.0] * len(labels) for f in vocab}
    grad_sq: dict[str, list[float]] = {f: [1e-8] * len(labels) for f in vocab}
    bias = [0.0] * len(labels)
    bias_sq = [1e-8] * len(labels)
    for _ in range(epochs):
        for feats, targets in data:
            for i, label in enumerate(labels):
                z = bias[i] + sum(weights[f][i] for f in feats)
                g = _sigmoid(z) - (1.0 if label in targets else 0.0)
                bias_sq[i] += g * g
                bias[i] -= rate * g / math.sqrt(bias_sq[i])
                for f in feats:
                    w = weights[f]
                    gf = g + l2 * w[i]
                    grad_sq[f][i] += gf * gf
                    w[i] -= rate * gf / math.sqrt(grad_sq[f][i])
    kept = {f: tuple(row) for f, row in weights.items() if max(abs(w) for w in row) >= 0.05}
    return LinearModel(labels, tuple(bias), kept)
