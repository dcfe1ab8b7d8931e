"""The append-only audit log: every event carries the hash of the one before it.

Events are chained when their transaction commits: :func:`append_event` only queues the event on
the session, and just before the commit every queued event is written after the ``audit_head``
row is updated, which takes a row lock on PostgreSQL and the write lock on SQLite. Two
transactions can never fork the chain, and the lock is held for the last few statements of a
transaction rather than from its first event to its end (rendering, classifying, other queries).
Events are not readable in their own transaction before it commits.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, insert, update
from sqlmodel import Session, col, select

from workflows.models import AuditHead, TicketEvent

GENESIS = "0" * 64


def event_hash(
    prev_hash: str,
    ticket_id: int,
    at: datetime,
    actor: str,
    command: str,
    from_state: str,
    to_state: str,
    reason: str | None,
    data: dict[str, Any],
) -> str:
    """SHA-256 over a canonical JSON form of the event and its predecessor's hash."""
    body = json.dumps(
        [prev_hash, ticket_id, at.isoformat(), actor, command, from_state, to_state, reason, data],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(body.encode()).hexdigest()


_PENDING = "audit_pending"


def _lock_head(session: Session) -> str:
    """Take the head row (the lock serialising appends) and return the last event's hash."""
    locked = session.execute(
        update(AuditHead)
        .where(col(AuditHead.id) == 1)
        .values(last_event_id=AuditHead.last_event_id)
        .returning(col(AuditHead.last_hash))
    ).scalar()
    if locked is None:
        session.execute(insert(AuditHead).values(id=1, last_event_id=0, last_hash=GENESIS))
        return GENESIS
    return str(locked)


def _write_pending(session: Session) -> None:
    """Chain and insert the events queued in this transaction (``before_commit``)."""
    pending: list[dict[str, Any]] = session.info.pop(_PENDING, [])
    if not pending:
        return
    prev = _lock_head(session)
    rows = []
    for entry in pending:
        digest = event_hash(prev, **entry)
        rows.append({**entry, "prev_hash": prev, "hash": digest})
        prev = digest
    # in parameter order: ids (the chain's order) follow the order the events were appended
    returning = insert(TicketEvent).returning(col(TicketEvent.id), sort_by_parameter_order=True)
    ids = session.scalars(returning, rows).all()
    session.execute(
        update(AuditHead)
        .where(col(AuditHead.id) == 1)
        .values(last_event_id=max(i for i in ids if i is not None), last_hash=prev)
    )


def _forget_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)


def append_event(
    session: Session,
    *,
    ticket_id: int,
    at: datetime,
    actor: str,
    command: str,
    from_state: str,
    to_state: str,
    reason: str | None = None,
    data: dict[str, Any] | None = None,
) -> None:
    """Queue one event for the tip of the chain; it is written when the transaction commits."""
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []
        if not event.contains(session, "before_commit", _write_pending):
            event.listen(session, "before_commit", _write_pending)
            event.listen(session, "after_rollback", _forget_pending)
    pending.append(
        {
            "ticket_id": ticket_id,
            "at": at,
            "actor": actor,
            "command": command,
            "from_state": from_state,
            "to_state": to_state,
            "reason": reason,
            "data": dict(data or {}),
        }
    )


def pending_events(session: Session, ticket_id: int) -> list[dict[str, Any]]:
    """The events of a ticket queued in this transaction and not yet written, oldest first."""
    return [e for e in session.info.get(_PENDING) or [] if e["ticket_id"] == ticket_id]


@dataclass(frozen=True)
class ChainReport:
    """What :func:`verify_chain` found: how many events it checked and the first broken one."""

    checked: int
    broken_event_id: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_chain(session: Session) -> ChainReport:
    """Recompute the chain in order and report the first edited, missing or moved event."""
    prev = GENESIS
    checked = 0
    last_id = 0
    for entry in session.exec(select(TicketEvent).order_by(col(TicketEvent.id))):
        assert entry.id is not None
        if entry.prev_hash != prev:
            return ChainReport(checked, entry.id, "does not follow the event before it")
        expected = event_hash(
            entry.prev_hash,
            entry.ticket_id,
            entry.at,
            entry.actor,
            entry.command,
            entry.from_state,
            entry.to_state,
            entry.reason,
            entry.data,
        )
        if expected != entry.hash:
            return ChainReport(checked, entry.id, "was altered after it was written")
        prev, last_id = entry.hash, entry.id
        checked += 1
    head = session.get(AuditHead, 1)
    if head is not None and (head.last_hash != prev or head.last_event_id != last_id):
        return ChainReport(checked, head.last_event_id, "is missing from the end of the log")
    return ChainReport(checked)
