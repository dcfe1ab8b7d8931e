"""The mail exchanged with a learner, forgotten when their data is erased.

An erasure empties the learner's raw inbound mail and the outbox copies of what was sent to
them or said about them to staff. What threading, duplicate detection and the register rely on
stays: Message-IDs, the content fingerprint, the ticket and thread a message belongs to, its
status, template and dates. Messages still waiting to be sent (the erasure's own confirmation)
are left to the dispatcher, which empties a personal message once it is delivered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from workflows.models import STILL_TO_SEND, InboundMessage, Learner, OutboxItem, Ticket

_STAFF = "staff"


@dataclass(frozen=True)
class Forgotten:
    """How many inbound messages and outbox items an erasure emptied."""

    inbound: int
    outbox: int


def forget_learner_mail(session: Session, learner: Learner, *, now: datetime) -> Forgotten:
    """Empty the raw mail of ``learner`` and the outbox copies of messages about them.

    Inbound: every message of the learner's tickets and threads, and any other one sent from
    their registered email. Outbox: every item of their tickets (staff chat items included, the
    staff chat keeping its address), and any item sent to their email or linked chat.
    """
    tickets = session.exec(
        select(Ticket.id, Ticket.thread_key).where(Ticket.learner_pk == learner.id)
    ).all()
    ticket_ids = [i for i, _ in tickets if i is not None]
    threads = sorted({key for _, key in tickets})
    addresses = [a for a in (learner.email, learner.email.lower()) if a]
    chat = [str(learner.telegram_chat_id)] if learner.telegram_chat_id is not None else []

    inbound_rows: list[Any] = [
        col(InboundMessage.sender).in_(addresses),
        col(InboundMessage.envelope_from).in_(addresses),
    ]
    if ticket_ids:
        inbound_rows.append(col(InboundMessage.ticket_id).in_(ticket_ids))
    if threads:
        inbound_rows.append(col(InboundMessage.thread_key).in_(threads))
    inbound = session.execute(
        update(InboundMessage)
        .where(or_(*inbound_rows))
        .values(
            raw=b"",
            envelope_from=None,
            sender=None,
            error=None,
            meta={"erased_at": now.isoformat()},
        )
    )

    spent = col(OutboxItem.status).not_in(STILL_TO_SEND)
    emptied: dict[str, Any] = {"body_text": "", "body_html": None, "attachments": []}
    to_learner = [col(OutboxItem.recipient).in_([*addresses, *chat])]
    if ticket_ids:
        to_learner.append(col(OutboxItem.ticket_id).in_(ticket_ids))
    # what went to the learner, or to whoever wrote on their behalf: the address goes too
    sent = session.execute(
        update(OutboxItem)
        .where(or_(*to_learner), spent, col(OutboxItem.channel) != _STAFF)
        .values(**emptied, recipient="")
    )
    told = 0
    if ticket_ids:  # what staff were told about the learner: the staff chat's address stays
        told = session.execute(
            update(OutboxItem)
            .where(
                col(OutboxItem.ticket_id).in_(ticket_ids), spent, col(OutboxItem.channel) == _STAFF
            )
            .values(**emptied)
        ).rowcount  # type: ignore[attr-defined]
    return Forgotten(
        int(inbound.rowcount),  # type: ignore[attr-defined]
        int(sent.rowcount) + int(told),  # type: ignore[attr-defined]
    )
