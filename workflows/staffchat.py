"""The staff chat's flood guard: at most ``STAFF_CHAT_MAX_PER_MINUTE`` messages a minute, and
one digest a minute for the rest.

Anyone can write to the DPO and each message a person wrote is a ticket for staff, so a burst
of mail would be a burst of chat messages. Past the limit, a notice about a ticket stays in the
outbox as ``held`` (:meth:`workflows.context.Context.notify_staff`); :func:`release_held` sends
the held ones as one digest, a line per ticket (reference and type, no buttons: staff open each
with the CLI), and marks them ``grouped``. Nothing is lost: the tickets wait in the queue and
each is named in a digest; a digest names at most ``MAX_DIGEST_LINES`` and says how many wait.
"""

from __future__ import annotations

import zlib
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, func, select

from workflows.delivery import STAFF
from workflows.models import OutboxItem, OutboxStatus, Ticket

if TYPE_CHECKING:
    from workflows.context import Context

WINDOW = timedelta(minutes=1)
DIGEST = "staff_grouped"
MAX_DIGEST_LINES = 50  # about 50 characters each: one Telegram message (4096)


def _to_chat(chat: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return col(OutboxItem.channel) == STAFF, col(OutboxItem.recipient) == chat


def chat_is_full(session: Session, chat: str, per_minute: int, now: datetime) -> bool:
    """The staff chat was sent ``per_minute`` messages (digests included) in the last minute.

    On PostgreSQL the callers take turns from here to their commit: counted at the same time,
    concurrent escalations would each find the chat short of its limit and all post.
    """
    if session.get_bind().dialect.name == "postgresql":
        key = zlib.crc32(f"staff chat {chat}".encode())
        session.execute(select(func.pg_advisory_xact_lock(key)))
    recent = session.exec(
        select(func.count())
        .select_from(OutboxItem)
        .where(
            *_to_chat(chat),
            col(OutboxItem.status).not_in([OutboxStatus.HELD, OutboxStatus.GROUPED]),
            col(OutboxItem.created_at) > now - WINDOW,
        )
    ).one()
    return recent >= per_minute


def release_held(session: Session, ctx: Context, now: datetime) -> OutboxItem | None:
    """Queue one digest of the held staff notices, unless a digest went out this minute."""
    if ctx.settings.staff_chat_id is None:
        return None
    chat = str(ctx.settings.staff_chat_id)
    digest_this_minute = session.exec(
        select(OutboxItem.id).where(
            *_to_chat(chat),
            OutboxItem.template == DIGEST,
            col(OutboxItem.created_at) > now - WINDOW,
        )
    ).first()
    if digest_this_minute is not None:
        return None
    held = session.exec(
        select(OutboxItem, Ticket)
        .join(Ticket, col(Ticket.id) == col(OutboxItem.ticket_id))
        .where(*_to_chat(chat), OutboxItem.status == OutboxStatus.HELD)
        .order_by(col(OutboxItem.id))
        .limit(MAX_DIGEST_LINES)
        .with_for_update(skip_locked=True, of=OutboxItem)
    ).all()
    if not held:
        return None
    for item, _ in held:
        item.status = OutboxStatus.GROUPED
        session.add(item)
    session.flush()
    waiting = session.exec(
        select(func.count())
        .select_from(OutboxItem)
        .where(*_to_chat(chat), OutboxItem.status == OutboxStatus.HELD)
    ).one()
    return ctx.notify_staff(
        session,
        None,
        DIGEST,
        entries=[(ticket, item.template) for item, ticket in held],
        waiting=waiting,
        per_minute=ctx.settings.staff_chat_max_per_minute,
    )
