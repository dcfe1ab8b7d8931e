"""The register of requests: one row per ticket, what the supervisory authority asks to see."""

from __future__ import annotations

import csv
from typing import TextIO
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from workflows.models import Ticket

COLUMNS = (
    "reference",
    "type",
    "channel",
    "requester_kind",
    "received",
    "due",
    "extended",
    "closed",
    "state",
    "outcome",
    "rejection_reason",
    "days_taken",
    "decided_by",
)


def register_rows(session: Session, tz: ZoneInfo) -> list[dict[str, str]]:
    """Every ticket as a register row, oldest first; dates in local time."""

    def day(value: object) -> str:
        return value.astimezone(tz).date().isoformat() if value else ""  # type: ignore[attr-defined]

    rows = []
    for t in session.exec(select(Ticket).order_by(col(Ticket.id))):
        days = (t.closed_at - t.received_at).days if t.closed_at else None
        rows.append(
            {
                "reference": t.reference or "",
                "type": t.request_type,
                "channel": t.channel,
                "requester_kind": t.requester_kind,
                "received": day(t.received_at),
                "due": day(t.due_at),
                "extended": day(t.extended_due_at),
                "closed": day(t.closed_at),
                "state": t.state,
                "outcome": t.outcome or "",
                "rejection_reason": t.rejection_reason or "",
                "days_taken": "" if days is None else str(days),
                "decided_by": t.decided_by or "",
            }
        )
    return rows


def export_csv(session: Session, tz: ZoneInfo, out: TextIO) -> int:
    """Write the register as CSV; returns the number of rows."""
    rows = register_rows(session, tz)
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)
