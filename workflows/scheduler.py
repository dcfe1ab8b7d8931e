"""Time-driven work: reminders and expiry of unverified requests, the daily staff digest.

:func:`tick` is idempotent: running it twice at the same moment does nothing more the second time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from workflows.context import Context
from workflows.deadlines import days_left
from workflows.desk import Desk
from workflows.lifecycle import OPEN, Command, State
from workflows.models import OutboxItem, Ticket

log = logging.getLogger(__name__)
DIGEST_HORIZON_DAYS = 7


def _waiting_since(ticket: Ticket) -> datetime | None:
    """When the requester's part started: receipt for a code, the proof request for documents.

    ``None`` for a ticket waiting on the requester for something else (a staff question):
    those are not closed by the clock.
    """
    if State(ticket.state) is State.AWAITING_IDENTITY:
        return ticket.received_at
    if ticket.details.get("awaiting") == "proof":
        asked = ticket.details.get("asked_at")
        return datetime.fromisoformat(asked) if asked else ticket.received_at
    return None


def remind_and_expire(session: Session, ctx: Context, now: datetime) -> tuple[int, int]:
    """Remind requesters who have not proven their identity or sent the proof documents asked
    for, and expire the forgotten requests (each with its message)."""
    settings = ctx.settings
    reminded = expired = 0
    waiting = session.exec(
        select(Ticket).where(
            col(Ticket.state).in_([State.AWAITING_IDENTITY.value, State.AWAITING_REQUESTER.value])
        )
    ).all()
    for ticket in waiting:
        since = _waiting_since(ticket)
        if since is None:
            continue
        age = now - since
        if age >= timedelta(days=settings.unverified_expiry_days):
            ctx.move(session, ticket, Command.EXPIRE, actor="scheduler")
            expired += 1
        elif age >= timedelta(days=settings.unverified_reminder_days) and not ticket.details.get(
            "reminded_at"
        ):
            ctx.move(
                session,
                ticket,
                Command.REMIND,
                actor="scheduler",
                changes={"details": {**ticket.details, "reminded_at": now.isoformat()}},
            )
            reminded += 1
    return reminded, expired


def digest_entries(session: Session, ctx: Context, now: datetime) -> list[tuple[Ticket, int]]:
    """Open tickets due within seven days or overdue, most urgent first, with days left."""
    open_tickets = session.exec(
        select(Ticket).where(col(Ticket.state).in_([s.value for s in OPEN]))
    ).all()
    entries = [(t, days_left(t.effective_due_at, now, ctx.tz)) for t in open_tickets]
    return sorted(
        [(t, left) for t, left in entries if left <= DIGEST_HORIZON_DAYS], key=lambda e: e[1]
    )


def send_digest(session: Session, ctx: Context, now: datetime) -> bool:
    """Queue today's staff digest once, after the configured hour (local time)."""
    local = now.astimezone(ctx.tz)
    if local.hour < ctx.settings.digest_hour:
        return False
    entries = digest_entries(session, ctx, now)
    if not entries:
        return False
    key = f"digest:{local.date().isoformat()}"
    if session.exec(select(OutboxItem).where(OutboxItem.dedupe_key == key)).first():
        return False
    return (
        ctx.notify_staff(session, None, "staff_digest", entries=entries, dedupe_key=key)
        is not None
    )


def tick(desk: Desk) -> None:
    """One pass of every time-driven rule."""
    now = desk.ctx.now()
    reminded, expired = desk.run(lambda s: remind_and_expire(s, desk.ctx, now))
    if reminded or expired:
        log.info("scheduler: %d reminded, %d expired", reminded, expired)
    desk.run(lambda s: send_digest(s, desk.ctx, now))


async def run_scheduler(desk: Desk, stop: asyncio.Event, interval: float) -> None:
    """Run :func:`tick` every ``interval`` seconds until ``stop`` is set."""
    while not stop.is_set():
        try:
            await asyncio.to_thread(tick, desk)
        except Exception:
            log.exception("scheduler pass failed; will try again")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval)
