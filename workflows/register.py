"""The register of requests: one row per ticket, what the supervisory authority asks to see.

An erasure that kept categories under a retention rule shows them as ``erasure_due`` (category
and the day it is erased) until the scheduler erases them, then as ``erasure_done``.
"""

from __future__ import annotations

import csv
from typing import TextIO
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from workflows.models import DeferredErasure, Ticket

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
    "erasure_due",
    "erasure_done",
    "breach",
)


def register_rows(session: Session, tz: ZoneInfo) -> list[dict[str, str]]:
    """Every ticket as a register row, oldest first; dates in local time."""

    def day(value: object) -> str:
        return value.astimezone(tz).date().isoformat() if value else ""  # type: ignore[attr-defined]

    deferred: dict[int, list[DeferredErasure]] = {}
    ordered = select(DeferredErasure).order_by(
        col(DeferredErasure.due_on), col(DeferredErasure.id)
    )
    for entry in session.exec(ordered):
        deferred.setdefault(entry.ticket_id, []).append(entry)

    def erasures(ticket_id: int | None, done: bool) -> str:
        return "; ".join(
            f"{e.category} {e.due_on.isoformat() if not done else day(e.done_at)}"
            for e in deferred.get(ticket_id or 0, [])
            if (e.done_at is not None) is done
        )

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
                "erasure_due": erasures(t.id, done=False),
                "erasure_done": erasures(t.id, done=True),
                "breach": "" if t.breach_id is None else str(t.breach_id),
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
