"""Small linear models that review the classifier's rules: which requests a message makes, and
who is asking.

One-vs-rest logistic regression over the normalised text's word pairs, words and character
4-grams of words (counted: a 4-gram two words share counts twice), next to what the rules found
(``engine.rule_features``, names starting with ``RULE_MARK``), trained offline with
scikit-learn (``tests/corpus/train_model.py``): on our own phrasings and on batches written
blind, whose rows show where the rules err on writing they were not made for; one probability
threshold per label is chosen on those blind rows. Shipped as ``model.json``; ``requester.json``
has the same form, one "label" per role, and reads the same words next to the rules' reading of
who is asking (``engine.requester_features``). Scoring is pure Python, read once by whoever
builds the classifier (``Classifier.load``): the service never imports scikit-learn. A message's
words are read once for both models, each word's weights summed once (``WordReader``). Where
the label model departs from the rules, the engine reports a modest confidence so that channels
confirm.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("model.json")
#: The model that reviews who is asking (same format, one "label" per role).
REQUESTER_MODEL_PATH = Path(__file__).with_name("requester.json")

#: What a character n-gram feature starts with (no word or rule feature does).
CHAR_MARK = "#"
#: What every feature of the rules' findings starts with (no word feature does).
RULE_MARK = "="
_WORD = re.compile(r"[a-z0-9]+")
_LONG_NUMBER = re.compile(r"[0-9]{3,}")  # a phone number, a date, a postcode: never a feature
CHAR_NGRAM = 4  # 3- and 5-grams beside them gained nothing on the blind split
#: How many words' summed weights a ``WordReader`` keeps, so that common words are cut into
#: n-grams once.
KNOWN_WORDS = 20_000
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


def text_words(norm: str) -> list[str]:
    """The words of a normalised text, numbers of three digits or more all read as "000" (an
    article number such as 17 stays)."""
    return _WORD.findall(_LONG_NUMBER.sub("000", norm))


def word_features(word: str) -> tuple[str, ...]:
    """One word's own features: the word (unless a stop word) and the character 4-grams of its
    first ``MAX_WORD_CHARS`` characters, marked by ``CHAR_MARK``."""
    padded = "<" + word[:MAX_WORD_CHARS] + ">"
    grams = (CHAR_MARK + padded[i : i + CHAR_NGRAM] for i in range(len(padded) - CHAR_NGRAM + 1))
    return (*((word,) if word not in _STOP else ()), *grams)


def word_pairs(words: list[str]) -> dict[str, None]:
    """Each distinct pair of consecutive words ("^" before the first), in order."""
    return dict.fromkeys(f"{prev}_{w}" for prev, w in zip(["^", *words], words, strict=False))


def features(words: list[str]) -> list[str]:
    """Feature names of a text's words (``text_words``): each distinct word pair, then the own
    features of each distinct word, so that a 4-gram two words share is listed twice. A
    model weighs each feature as often as it is listed. Linear in the text's length: at most a
    fixed number of features per word."""
    out = list(word_pairs(words))
    for w in dict.fromkeys(words):
        out += word_features(w)
    return out


#: Scoring adds whole numbers: each feature's weights, in thousandths (as ``model.json`` keeps
#: them), each raised by ``_OFFSET`` so that it is positive, packed into one integer with a lane
#: of ``_LANE`` bits per label. One addition per feature then adds every label's weight at once,
#: exactly and in any order; a lane cannot overflow before 2**27 features.
_SCALE = 1000
_OFFSET = 1 << 20
_LANE = 48
_MASK = (1 << _LANE) - 1


@dataclass(frozen=True)
class ReadWords:
    """One text's words, and the weights of every model of a ``WordReader`` summed over their
    features, each model's labels in their own lanes (``WordReader.read``)."""

    words: list[str]
    total: int
    count: int  # how many features some model knows, each as often as it is listed
    first_lanes: dict[int, int]  # id of each model -> the lane of its first label

    @property
    def feats(self) -> list[str]:
        return features(self.words)


class WordReader:
    """Reads a text's words once for several models (the label and the requester model):
    each feature's weights for all of them are packed side by side in one integer, and each
    word's own features are summed once and kept (up to ``KNOWN_WORDS`` words of at most
    ``MAX_WORD_CHARS`` characters, so that what it holds is bounded whatever is sent). Scores
    are exactly those of each model reading the features alone."""

    def __init__(self, models: tuple[LinearModel, ...]) -> None:
        self._models = models  # kept alive: their ids key ``first_lanes``
        self._first_lanes: dict[int, int] = {}
        lanes = 0
        for model in models:
            self._first_lanes[id(model)] = lanes
            lanes += len(model.labels)
        # every lane's offset: a feature that one model lacks weighs 0 in its lanes
        offsets = sum(_OFFSET << (_LANE * lane) for lane in range(lanes))
        packed: dict[str, int] = {}
        for model in models:
            shift = _LANE * self._first_lanes[id(model)]
            for f, row in model._packed.items():
                if not f.startswith(RULE_MARK):
                    own = row - sum(_OFFSET << (_LANE * i) for i in range(len(model.labels)))
                    packed[f] = packed.get(f, offsets) + (own << shift)
        self._packed = packed
        self._known: dict[str, tuple[int, int]] = {}  # a word -> its own features' sum, count

    def read(self, norm: str) -> ReadWords:
        """The words of normalised text ``norm`` and their features' weights."""
        words = text_words(norm)
        rows = list(filter(None, map(self._packed.get, word_pairs(words))))  # never 0
        total, count = sum(rows), len(rows)
        known = self._known
        for w in dict.fromkeys(words):
            own = known.get(w)
            if own is None:
                found = list(filter(None, map(self._packed.get, word_features(w))))
                own = (sum(found), len(found))
                # (a longer word is not kept: its key would cost as much as the text sent)
                if len(known) < KNOWN_WORDS and len(w) <= MAX_WORD_CHARS:
                    known[w] = own
            total += own[0]
            count += own[1]
        return ReadWords(words, total, count, self._first_lanes)


@dataclass(frozen=True)
class LinearModel:
    """Weights per feature and label; ``scores`` gives a probability per label."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    thresholds: dict[str, float] = field(default_factory=dict)  # label -> least probability
    _packed: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        packed = {
            f: sum((round(w * _SCALE) + _OFFSET) << (_LANE * i) for i, w in enumerate(row))
            for f, row in self.weights.items()
        }
        object.__setattr__(self, "_packed", packed)

    def threshold(self, label: str) -> float:
        return self.thresholds.get(label, 0.5)

    def scores(self, feats: list[str] | ReadWords, extra: Sequence[str] = ()) -> dict[str, float]:
        """Each label's probability: the sigmoid of its bias plus the weights of the features
        ``feats`` and ``extra``, each as often as it is listed (to the thousandth). Words read
        by a ``WordReader`` of this model are not looked up again."""
        total, count = 0, 0
        if isinstance(feats, ReadWords) and id(self) in feats.first_lanes:
            total, count = feats.total >> (_LANE * feats.first_lanes[id(self)]), feats.count
            feats = list(extra)
        else:
            feats = [*(feats.feats if isinstance(feats, ReadWords) else feats), *extra]
        rows = list(filter(None, map(self._packed.get, feats)))  # a packed row is never 0
        total, offset = total + sum(rows), (count + len(rows)) * _OFFSET
        return {
            label: _sigmoid(b + (((total >> (_LANE * i)) & _MASK) - offset) / _SCALE)
            for i, (label, b) in enumerate(zip(self.labels, self.bias, strict=True))
        }

    def explain(self, feats: list[str], label: str, n: int = 3) -> tuple[str, ...]:
        """The features that pushed hardest towards ``label`` (equal weights in the order of the
        features' names, so the evidence is the same in every process)."""
        i = self.labels.index(label)
        weights = self.weights
        weighted = {
            f: w
            for f in set(feats)
            if (row := weights.get(f)) and (w := row[i]) > 0 and not f.startswith(RULE_MARK)
        }
        readable: dict[str, None] = {}  # "obj" once, not twice
        for f, _ in sorted(weighted.items(), key=lambda kv: (-kv[1], kv[0])):
            readable.setdefault(_readable(f))
            if len(readable) == n:
                break
        return tuple(readable)

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
    if feature.startswith(CHAR_MARK):
        return feature[1:].strip("<>")
    return feature.replace("_", " ").lstrip("^ ")


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def load_model(path: Path = MODEL_PATH) -> LinearModel | None:
    """A shipped model (``model.json`` by default), or None when its file is absent (the rules
    then work alone)."""
    if not path.exists():
        return None
    return LinearModel.from_json(json.loads(path.read_text(encoding="utf-8")))
