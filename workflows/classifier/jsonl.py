"""JSON-lines front end of the classifier, behind ``privacy-desk classify [--eval]``.

Input: one JSON object per line, ``{"id", "subject", "text"}`` (plus ``"labels"`` with
``--eval``). Output: one result per input line, in order, or with ``--eval`` the evaluation report
(per-label precision/recall/F1, macro-F1, exact-match rate, confusions). A bad line is reported on
stderr with its line number and the run ends with a non-zero status after the other lines.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from workflows.classifier.engine import Classification, Classifier
from workflows.requests import RequestType

LABELS: tuple[str, ...] = tuple(t.value for t in RequestType)


@dataclass
class Evaluation:
    """Counts of a multi-label evaluation; the figures are derived properties."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    exact: int = 0
    total: int = 0
    rights_as_other: int = 0  # requests of a right filed as ``other``
    rights_as_other_unflagged: int = 0  # ... and without the low-confidence flag
    #: (expected, predicted) who is asking, for the messages that say who wrote them
    requesters: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: (expected, predicted) intent: request, cancel, question_only
    intents: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(
        self, expected: Iterable[str], got: Iterable[str], low_confidence: bool = True
    ) -> None:
        """Count one message: its expected and predicted labels, and the low-confidence flag."""
        exp, out = set(expected), set(got)
        self.total += 1
        if out == {"other"} and exp - {"other"}:
            self.rights_as_other += 1
            self.rights_as_other_unflagged += not low_confidence
        self.exact += exp == out
        for label in exp & out:
            self.tp[label] += 1
        for label in out - exp:
            self.fp[label] += 1
        for label in exp - out:
            self.fn[label] += 1
        missed = sorted(exp - out) or ["-"]
        extra = sorted(out - exp) or ["-"]
        if exp != out:
            for m in missed:
                for e in extra:
                    self.confusions[(m, e)] += 1

    @property
    def requester_accuracy(self) -> float:
        total = sum(self.requesters.values())
        right = sum(n for (exp, got), n in self.requesters.items() if exp == got)
        return right / total if total else 0.0

    def _role_lines(self) -> list[str]:
        if not self.requesters:
            return []
        total = sum(self.requesters.values())
        right = sum(n for (exp, got), n in self.requesters.items() if exp == got)
        lines = [f"requester accuracy: {self.requester_accuracy:.3f} ({right}/{total})"]
        for (exp, got), n in self.requesters.most_common():
            if exp != got:
                lines.append(f"  requester {exp} -> {got}: {n}")
        for intent in ("cancel", "question_only"):
            tp = self.intents[(intent, intent)]
            fn = sum(n for (e, g), n in self.intents.items() if e == intent and g != intent)
            fp = sum(n for (e, g), n in self.intents.items() if g == intent and e != intent)
            lines.append(f"intent {intent}: {tp} found, {fn} missed, {fp} wrongly")
        return lines

    def precision(self, label: str) -> float:
        d = self.tp[label] + self.fp[label]
        return self.tp[label] / d if d else 0.0

    def recall(self, label: str) -> float:
        d = self.tp[label] + self.fn[label]
        return self.tp[label] / d if d else 0.0

    def f1(self, label: str) -> float:
        p, r = self.precision(label), self.recall(label)
        return 2 * p * r / (p + r) if p + r else 0.0

    def support(self, label: str) -> int:
        return self.tp[label] + self.fn[label]

    def labels(self) -> list[str]:
        """Labels that occur in the expected or predicted sets, in the specification's order."""
        seen = set(self.tp) | set(self.fp) | set(self.fn)
        return [label for label in LABELS if label in seen]

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the labels that occur in the expected labels."""
        present = [label for label in self.labels() if self.support(label)]
        return sum(self.f1(label) for label in present) / len(present) if present else 0.0

    @property
    def exact_match(self) -> float:
        return self.exact / self.total if self.total else 0.0

    def report(self) -> str:
        """A plain-text report: per-label table, macro-F1, exact match, confusions."""
        lines = [f"{'label':<22}{'precision':>10}{'recall':>8}{'f1':>7}{'support':>9}"]
        for label in self.labels():
            lines.append(
                f"{label:<22}{self.precision(label):>10.3f}{self.recall(label):>8.3f}"
                f"{self.f1(label):>7.3f}{self.support(label):>9d}"
            )
        lines.append(f"macro-F1: {self.macro_f1:.3f}")
        lines.append(f"exact match: {self.exact_match:.3f} ({self.exact}/{self.total})")
        lines.append(
            f"rights requests filed as other: {self.rights_as_other}"
            f" ({self.rights_as_other_unflagged} without the low-confidence flag)"
        )
        lines.extend(self._role_lines())
        if self.confusions:
            lines.append("confusions (expected but missed -> predicted but not expected):")
            for (missed, extra), n in self.confusions.most_common():
                lines.append(f"  {missed} -> {extra}: {n}")
        else:
            lines.append("confusions: none")
        return "\n".join(lines)


class _BadLine(ValueError):
    pass


def _parse(line: str, evaluate: bool) -> tuple[str | int, str, str, list[str]]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadLine(f"invalid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise _BadLine("expected a JSON object")
    ident = obj.get("id")
    if not isinstance(ident, str | int) or isinstance(ident, bool):
        raise _BadLine('missing or invalid "id" (string or number)')
    subject = obj.get("subject", "")
    text = obj.get("text", "")
    if not isinstance(subject, str) or not isinstance(text, str):
        raise _BadLine('"subject" and "text" must be strings')
    labels: list[str] = []
    if evaluate:
        raw = obj.get("labels")
        if not isinstance(raw, list) or not raw or not all(isinstance(x, str) for x in raw):
            raise _BadLine('"labels" must be a non-empty list of strings with --eval')
        unknown = [x for x in raw if x not in LABELS]
        if unknown:
            raise _BadLine(f"unknown label(s) {', '.join(unknown)}")
        labels = raw
    return ident, subject, text, labels


def result_line(ident: str | int, result: Classification) -> dict[str, object]:
    """The output object of one input line (the id echoed as given)."""
    return {"id": ident, **result.as_json()}


def run_classify(
    classifier: Classifier,
    stdin: TextIO,
    stdout: TextIO,
    evaluate: bool,
    stderr: TextIO | None = None,
) -> int:
    """Classify JSON lines from ``stdin``; return 0, or 1 when some input lines were bad."""
    err = stderr if stderr is not None else sys.stderr
    evaluation = Evaluation()
    bad = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            ident, subject, text, expected = _parse(line, evaluate)
        except _BadLine as exc:
            bad += 1
            print(f"line {number}: {exc}", file=err)
            continue
        result = classifier.classify(subject, text)
        if evaluate:
            evaluation.add(
                expected, [label.value for label in result.labels], result.low_confidence
            )
        else:
            stdout.write(json.dumps(result_line(ident, result), ensure_ascii=False) + "\n")
    if evaluate:
        stdout.write(evaluation.report() + "\n")
    return 1 if bad else 0


def evaluate_rows(classifier: Classifier, rows: Sequence[dict[str, object]]) -> Evaluation:
    """Evaluate ``classifier`` on corpus rows (``subject``, ``text``, ``labels``)."""
    evaluation = Evaluation()
    for row in rows:
        result = classifier.classify(str(row.get("subject", "")), str(row.get("text", "")))
        expected = row.get("labels")
        if not isinstance(expected, list):
            raise ValueError(f"row {row.get('id')!r} has no list of labels")
        evaluation.add(
            [str(x) for x in expected],
            [label.value for label in result.labels],
            result.low_confidence,
        )
        if "requester" in row:
            evaluation.requesters[(str(row["requester"]), result.requester.value)] += 1
            expected_intent = str(row.get("intent") or "request")
            evaluation.intents[(expected_intent, result.intent.value)] += 1
    return evaluation
