"""French/English multi-label classification of privacy requests (DESIGN §2).

``classify(subject, text)`` returns the request types a message asks for, with a confidence,
the language, the phrases that led to each label and a low-confidence flag that tells channels to
ask the person to confirm. Phrase rules decide; a small linear model shipped with the package
(``model.json``) is consulted only when no rule recognises a request. Offline, pure Python,
built once per process on first use.
Channel-free: nothing here knows about Telegram, SMTP or IMAP.
"""

from __future__ import annotations

from dataclasses import dataclass

from workflows.classifier.engine import LOW_CONFIDENCE, Classifier, default_classifier
from workflows.classifier.text import detect_language, split_new_text
from workflows.requests import RequestType

__all__ = [
    "LOW_CONFIDENCE",
    "Classification",
    "Classifier",
    "classify",
    "detect_language",
    "split_new_text",
]


@dataclass(frozen=True)
class Classification:
    """What a message asks for, as the classifier understood it."""

    labels: tuple[RequestType, ...]  # never empty; OTHER never together with another label
    confidence: float  # 0..1
    language: str  # "fr" or "en"
    evidence: dict[str, tuple[str, ...]]  # label value -> phrases that led to it
    low_confidence: bool  # True => channels must ask the person to confirm

    def as_json(self) -> dict[str, object]:
        """A JSON-ready dict: labels, confidence, language, evidence, low_confidence."""
        return {
            "labels": [label.value for label in self.labels],
            "confidence": self.confidence,
            "language": self.language,
            "evidence": {label: list(phrases) for label, phrases in self.evidence.items()},
            "low_confidence": self.low_confidence,
        }


def classify(subject: str, text: str) -> Classification:
    """Classify one message: the subject line and the body as received (quotes included)."""
    raw = default_classifier().classify(subject, text)
    return Classification(
        labels=raw.labels,
        confidence=raw.confidence,
        language=raw.language,
        evidence=raw.evidence,
        low_confidence=raw.confidence < LOW_CONFIDENCE,
    )
