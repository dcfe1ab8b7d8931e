"""The register of requests: one row per ticket, what the supervisory authority asks to see.

An erasure that kept categories under a retention rule shows them as ``erasure_due`` (category
and the day it is erased) until the scheduler erases them, then as ``erasure_done``.

What art. 5(2) accountability asks to show is read from what the desk recorded: the extension's
cause, reasons and the day its notice went out; the written decision; how and when the
requester's identity was established; the day the answer (completion or refusal) was sent, by
mail, chat or as a letter prepared for the post, and whether that was on time; what an erasure
kept. ``recipients_notified``: the recipients told under art. 19 and of what.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import datetime
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from workflows.delivery import STAFF
from workflows.models import DeferredErasure, OutboxItem, OutboxStatus, Ticket, utcnow

#: Notices that answer a request: its completion (every ``completed*`` template) or its refusal.
ANSWERS = ("completed", "rejected")
EXTENDED = "extended"

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
    "extension_cause",
    "extension_reason",
    "extension_notice_sent",
    "decision_text",
    "identity_method",
    "identity_verified",
    "answer_sent",
    "on_time",
    "partial_outcome",
    "recipients_notified",
    "breach",
)


#: Tickets read, and their notices and erasures looked up, this many at a time.
BATCH = 1000


def _sent_notices(session: Session, ticket_ids: list[int]) -> dict[tuple[int, str], datetime]:
    """The first day each of these tickets' extension notice and answer went out."""
    sent: dict[tuple[int, str], datetime] = {}
    items = session.exec(
        select(OutboxItem.ticket_id, OutboxItem.template, OutboxItem.sent_at).where(
            col(OutboxItem.ticket_id).in_(ticket_ids),
            OutboxItem.status == OutboxStatus.SENT,
            OutboxItem.channel != STAFF,
        )
    )
    for ticket_id, template, sent_at in items:
        kind = next((a for a in (*ANSWERS, EXTENDED) if template.startswith(a)), None)
        if kind is None or sent_at is None or ticket_id is None:
            continue
        kind = "answer" if kind in ANSWERS else kind
        known = sent.get((ticket_id, kind))
        sent[(ticket_id, kind)] = sent_at if known is None else min(known, sent_at)
    return sent


def _kept(fulfilment: Any) -> str:
    """What an erasure kept (category until day), from the plan it carried out."""
    if not isinstance(fulfilment, dict) or not isinstance(fulfilment.get("plan"), list):
        return ""
    return "; ".join(
        f"kept {e.get('category')} until {e.get('keep_until')}"
        for e in fulfilment["plan"]
        if isinstance(e, dict) and e.get("action") == "keep"
    )


def _notified(fulfilment: Any) -> str:
    """Who was told under art. 19, and of what, from the outcome's record."""
    if not isinstance(fulfilment, dict) or not isinstance(fulfilment.get("notified"), list):
        return ""
    told = dict.fromkeys(
        f"{e.get('recipient')} ({e.get('action')} {e.get('category')})"
        for e in fulfilment["notified"]
        if isinstance(e, dict)
    )
    return "; ".join(told)


def register_rows(
    session: Session, tz: ZoneInfo, now: datetime | None = None
) -> list[dict[str, str]]:
    """Every ticket as a register row, oldest first; dates in local time."""
    return list(iter_register_rows(session, tz, now))


def iter_register_rows(
    session: Session, tz: ZoneInfo, now: datetime | None = None
) -> Iterator[dict[str, str]]:
    """Every ticket as a register row, oldest first, read :data:`BATCH` tickets at a time:
    a register of any size is written in constant memory."""
    now = now or utcnow()
    ordered = select(Ticket).order_by(col(Ticket.id)).execution_options(yield_per=BATCH)
    with closing(session.exec(ordered)) as tickets:  # a server-side cursor on PostgreSQL
        for batch in tickets.partitions():
            yield from _rows(session, tz, now, list(batch))


def _rows(
    session: Session, tz: ZoneInfo, now: datetime, tickets: list[Ticket]
) -> Iterator[dict[str, str]]:
    ids = [t.id for t in tickets if t.id is not None]

    def day(value: object) -> str:
        return value.astimezone(tz).date().isoformat() if value else ""  # type: ignore[attr-defined]

    def on_time(t: Ticket, answered: datetime | None) -> str:
        due = t.effective_due_at
        if answered is not None:
            return "yes" if answered <= due else "no"
        return "no" if t.closed_at is None and now > due else ""

    sent = _sent_notices(session, ids)

    deferred: dict[int, list[DeferredErasure]] = {}
    ordered = (
        select(DeferredErasure)
        .where(col(DeferredErasure.ticket_id).in_(ids))
        .order_by(col(DeferredErasure.due_on), col(DeferredErasure.id))
    )
    for entry in session.exec(ordered):
        deferred.setdefault(entry.ticket_id, []).append(entry)

    def erasures(ticket_id: int | None, done: bool) -> str:
        return "; ".join(
            f"{e.category} {e.due_on.isoformat() if not done else day(e.done_at)}"
            for e in deferred.get(ticket_id or 0, [])
            if (e.done_at is not None) is done
        )

    for t in tickets:
        days = (t.closed_at - t.received_at).days if t.closed_at else None
        answered = sent.get((t.id or 0, "answer"))
        yield (
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
                "extension_cause": t.extension_cause or "",
                "extension_reason": t.extension_reason or "",
                "extension_notice_sent": day(sent.get((t.id or 0, EXTENDED))),
                "decision_text": t.decision_text or "",
                "identity_method": (t.match_method or "") if t.identity_verified_at else "",
                "identity_verified": day(t.identity_verified_at),
                "answer_sent": day(answered),
                "on_time": on_time(t, answered),
                "partial_outcome": _kept(t.details.get("fulfilment")),
                "recipients_notified": _notified(t.details.get("fulfilment")),
                "breach": "" if t.breach_id is None else str(t.breach_id),
            }
        )


def export_csv(
    session: Session, tz: ZoneInfo, out: TextIO, progress: Callable[[int], object] | None = None
) -> int:
    """Write the register as CSV, row by row; returns the number of rows. ``progress`` is
    called with the number of rows written since its last call."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    count = 0
    for row in iter_register_rows(session, tz):
        writer.writerow(row)
        count += 1
        if progress is not None and count % BATCH == 0:
            progress(BATCH)
    if progress is not None:
        progress(count % BATCH)
    return count
