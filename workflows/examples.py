"""Labelled examples for the classifier, from the requests staff reclassify.

When staff change a request's type, the message is kept as an example of the right type for the
next training run, with personal data masked before it is stored: the names, addresses and
numbers the desk knows of the requester and their learner record, then any e-mail address,
request reference, street address, learner number or other run of digits. What remains is the
wording of the request, which is what the classifier learns from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TextIO

from sqlmodel import Session, col, select

from workflows.models import ClassifierExample, Learner, Ticket

EMAIL, REFERENCE, ADDRESS, NUMBER, NAME = (
    "[email]",
    "[reference]",
    "[address]",
    "[number]",
    "[name]",
)

_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
_REFERENCE = re.compile(r"\bDSR-\d{4}-\d{6,}\b", re.IGNORECASE)
_STREET = re.compile(
    r"\b\d{1,4}(?:\s*(?:bis|ter))?,?\s+"
    r"(?:rue|avenue|av\.|boulevard|bd|chemin|allée|allee|place|impasse|quai|route|cours|"
    r"street|st\.|road|rd\.|lane)\b[^\n,;]*",
    re.IGNORECASE,
)
_POSTCODE_TOWN = re.compile(r"\b\d{5}\s+[A-ZÀ-Ÿ][\w' -]*", re.UNICODE)
_LEARNER_NUMBER = re.compile(r"\b[A-Za-z]{1,4}-?\d{3,}\b")
_DIGITS = re.compile(r"\+?\d(?:[\d .\-/]*\d)?")
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def known_values(ticket: Ticket, learner: Learner | None) -> tuple[list[str], list[str]]:
    """The requester's and learner's own (names, other identifiers) the desk knows."""
    names = [ticket.requester_name]
    others = [ticket.requester_address]
    if learner is not None:
        names += [learner.first_name, learner.last_name]
        others += [learner.email, learner.learner_id, learner.phone or ""]
    # a postal address block is split into its lines, each one masked wherever it appears
    others += [line for value in list(others) for line in re.split(r"[\n,]", value)]
    words = [w for name in names for w in _WORD.findall(name or "")]
    return sorted(set(words), key=len, reverse=True), sorted(
        {v.strip() for v in others if len(v.strip()) >= 3}, key=len, reverse=True
    )


def _placeholder(value: str) -> str:
    if "@" in value:
        return EMAIL
    return NUMBER if any(c.isdigit() for c in value) and " " not in value.strip() else ADDRESS


def mask(text: str, names: Iterable[str] = (), identifiers: Iterable[str] = ()) -> str:
    """``text`` with the given names and identifiers and every pattern of personal data
    (e-mail, reference, street address, learner number, digits) replaced by a placeholder."""
    for value in identifiers:
        text = re.sub(re.escape(value), _placeholder(value), text, flags=re.IGNORECASE)
    text = _EMAIL.sub(EMAIL, text)
    text = _REFERENCE.sub(REFERENCE, text)
    text = _STREET.sub(ADDRESS, text)
    text = _POSTCODE_TOWN.sub(ADDRESS, text)
    text = _LEARNER_NUMBER.sub(NUMBER, text)
    text = _DIGITS.sub(NUMBER, text)
    for word in names:
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", NAME, text, flags=re.IGNORECASE)
    return text


def record_example(
    session: Session, ticket: Ticket, learner: Learner | None, labels: list[str], by: str
) -> ClassifierExample:
    """Keep ``ticket``'s message, masked, as an example of ``labels``."""
    names, identifiers = known_values(ticket, learner)
    example = ClassifierExample(
        language=ticket.language,
        channel=ticket.channel,
        subject=mask(ticket.subject, names, identifiers),
        text=mask(ticket.text, names, identifiers),
        predicted=[str(x) for x in ticket.classification.get("labels", [])],
        labels=labels,
        recorded_by=by,
    )
    session.add(example)
    session.flush()
    return example


def export_examples(session: Session, out: TextIO) -> int:
    """Write every example as a JSON line (``id``, ``subject``, ``text``, ``labels``,
    ``language``, ``predicted``): the format ``classify --eval`` and ``bench/classify.py
    --examples`` read. Returns how many were written."""
    count = 0
    for example in session.exec(select(ClassifierExample).order_by(col(ClassifierExample.id))):
        row = {
            "id": f"example-{example.id}",
            "subject": example.subject,
            "text": example.text,
            "labels": example.labels,
            "language": example.language,
            "predicted": example.predicted,
        }
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
