"""The append-only audit log: every event carries the hash of the one before it.

Appends are serialised by updating the single ``audit_head`` row first, which takes a row lock on
PostgreSQL and the write lock on SQLite, so two transactions can never fork the chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import update
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


def _lock_head(session: Session) -> AuditHead:
    locked = session.execute(
        update(AuditHead)
        .where(col(AuditHead.id) == 1)
        .values(last_event_id=AuditHead.last_event_id)
    )
    if locked.rowcount == 0:  # type: ignore[attr-defined]
        session.add(AuditHead(id=1))
        session.flush()
    head = session.exec(select(AuditHead).where(AuditHead.id == 1)).one()
    session.refresh(head)
    return head


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
) -> TicketEvent:
    """Add one event at the tip of the chain, inside the caller's transaction."""
    payload = dict(data or {})
    head = _lock_head(session)
    digest = event_hash(
        head.last_hash, ticket_id, at, actor, command, from_state, to_state, reason, payload
    )
    entry = TicketEvent(
        ticket_id=ticket_id,
        at=at,
        actor=actor,
        command=command,
        from_state=from_state,
        to_state=to_state,
        reason=reason,
        data=payload,
        prev_hash=head.last_hash,
        hash=digest,
    )
    session.add(entry)
    session.flush()
    assert entry.id is not None
    head.last_event_id = entry.id
    head.last_hash = digest
    session.add(head)
    return entry


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
