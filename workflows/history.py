"""Imports of learner history into the built-in connector's tables, sibling of ``learners import``.

Each kind is a CSV with ``learner_id`` and its own columns; extra columns are kept as data. An
import replaces, for every learner in the file, that learner's rows of that kind, so re-importing
an export is idempotent.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TextIO

from sqlalchemy import delete
from sqlmodel import Session, SQLModel, col, select

from workflows.learners import LearnerImportError, normalise_email, normalise_phone
from workflows.models import (
    AdviserCallNote,
    AnalyticsIdentifier,
    ExamRecord,
    Learner,
    MarketingContact,
    TrainingRecord,
)
from workflows.retention import as_date


def _date(value: str) -> date | None:
    text = value.strip()
    if not text:
        return None
    found = as_date(text)
    if found is None:
        try:
            return datetime.strptime(text, "%d/%m/%Y").date()
        except ValueError:
            raise ValueError(f"{text!r} is not a date (YYYY-MM-DD or DD/MM/YYYY)") from None
    return found


def _bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "y", "oui", "o", "t"}


def _int(value: str) -> int | None:
    return int(value) if value.strip() else None


def _instant(value: str) -> datetime | None:
    found = _date(value)
    return None if found is None else datetime(found.year, found.month, found.day).astimezone()


@dataclass(frozen=True)
class Kind:
    """One kind of history: its table and how each typed column is read."""

    model: type[SQLModel]
    columns: dict[str, Callable[[str], Any]]
    required: tuple[str, ...] = ()


KINDS: dict[str, Kind] = {
    "training": Kind(
        TrainingRecord,
        {
            "course": str.strip,
            "brand": str.strip,
            "started_on": _date,
            "last_activity_on": _date,
            "progress": _int,
        },
        ("course",),
    ),
    "exams": Kind(
        ExamRecord,
        {"certification": str.strip, "cncp_registered": _bool, "exam_on": _date, "result": str},
        ("certification",),
    ),
    "marketing": Kind(
        MarketingContact,
        {
            "channel": str.strip,
            "address": str.strip,
            "consent": _bool,
            "consent_at": _instant,
            "last_interaction_on": _date,
            "source": str.strip,
        },
        ("channel", "address"),
    ),
    "calls": Kind(
        AdviserCallNote,
        {"called_on": _date, "adviser": str.strip, "note": str},
        (),
    ),
    "analytics": Kind(
        AnalyticsIdentifier,
        {"identifier": str.strip, "first_seen_on": _date, "last_seen_on": _date},
        ("identifier",),
    ),
}


@dataclass
class HistoryReport:
    """What an import did, with the line number and reason of every rejected row."""

    imported: int = 0
    learners: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)


def import_history(session: Session, stream: TextIO, kind: str) -> HistoryReport:
    """Import one kind of history; rows of unknown learners are rejected with their line."""
    if kind not in KINDS:
        raise LearnerImportError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    spec = KINDS[kind]
    reader = csv.DictReader(stream)
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in ("learner_id", *spec.required) if c not in header]
    if missing:
        raise LearnerImportError(f"missing column(s): {', '.join(missing)}")
    reader.fieldnames = header
    extra = [h for h in header if h != "learner_id" and h not in spec.columns]
    learners = {x.learner_id: x.id for x in session.exec(select(Learner))}
    rows: dict[int, list[SQLModel]] = defaultdict(list)
    report = HistoryReport()
    for number, raw in enumerate(reader, start=2):
        learner_pk = learners.get((raw.get("learner_id") or "").strip())
        if learner_pk is None:
            report.rejected.append((number, f"unknown learner {raw.get('learner_id')!r}"))
            continue
        try:
            values = {
                name: read(raw.get(name) or "")
                for name, read in spec.columns.items()
                if name in header
            }
            if kind == "marketing":
                values["address"] = _contact_address(values["channel"], values["address"])
        except ValueError as exc:
            report.rejected.append((number, str(exc)))
            continue
        data = {k: raw.get(k) or "" for k in extra}
        rows[learner_pk].append(spec.model(learner_pk=learner_pk, data=data, **values))
    for learner_pk, records in rows.items():
        model: Any = spec.model
        session.execute(delete(model).where(col(model.learner_pk) == learner_pk))
        session.add_all(records)
        report.imported += len(records)
    report.learners = len(rows)
    session.flush()
    return report


def _contact_address(channel: str, address: str) -> str:
    if channel not in ("email", "sms", "phone", "post"):
        raise ValueError(f"channel {channel!r} is not email, sms, phone or post")
    if channel == "email":
        return normalise_email(address)
    if channel in ("sms", "phone"):
        phone = normalise_phone(address)
        if phone is None:
            raise ValueError(f"{address!r} is not a phone number")
        return phone
    return address
