"""Time-driven work: reminders and expiry of unverified requests, the daily staff digest, the
digest of staff notices held back by the staff chat's flood guard, erasures an approved plan
deferred to the end of a retention period, the retention of Privacy Desk's own data (message
bodies, attachments and proofs purged a configured time after closure; the register row stays;
data packages deleted from the outbox a short download window after delivery; free texts leave
the audit log with them; register rows deleted ``register_retention_years`` after closure, see
``docs/retention.md``), the end of Telegram links left unused, and the staff reminders of a
breach's 72-hour clocks (24 and 48 hours after awareness, :func:`workflows.breach.remind_staff`).

:func:`tick` is idempotent: running it twice at the same moment does nothing more the second time.
Processes sharing a PostgreSQL database run each job in one of them at a time (:func:`job_role`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from workflows import breach, fulfilment, identity
from workflows.audit import strip_free_texts
from workflows.context import Context
from workflows.db import Roles, wait_first
from workflows.deadlines import days_left, waiting_since, waiting_since_column
from workflows.lifecycle import OPEN, TERMINAL, Command, State
from workflows.models import STILL_TO_SEND, InboundMessage, OutboxItem, ProofDocument, Ticket
from workflows.outbox import expire_attachments
from workflows.queue import due_date
from workflows.records import purge_register
from workflows.staffchat import release_held

if TYPE_CHECKING:  # workflows.desk imports this module (Desk.urgent_requests)
    from workflows.desk import Desk

log = logging.getLogger(__name__)
DIGEST_HORIZON_DAYS = 7


def remind_and_expire(session: Session, ctx: Context, now: datetime) -> tuple[int, int]:
    """Remind requesters who have not proven their identity or sent the proof documents asked
    for, and expire the forgotten requests (each with its message)."""
    settings = ctx.settings
    reminded = expired = 0
    codes: dict[str, identity.ResendResult] = {}  # one new code per thread
    # only the tickets due a reminder or expiry: a wave of fresh requests is not read each pass
    waited_from = waiting_since_column()
    expiry = now - timedelta(days=settings.unverified_expiry_days)
    reminder = now - timedelta(days=settings.unverified_reminder_days)
    waiting = session.exec(
        select(Ticket).where(
            col(Ticket.state).in_([State.AWAITING_IDENTITY, State.AWAITING_REQUESTER]),
            or_(
                waited_from <= expiry,
                and_(waited_from <= reminder, col(Ticket.reminded_at).is_(None)),
            ),
        )
    ).all()
    for ticket in waiting:
        since = waiting_since(ticket)
        if since is None:
            continue
        age = now - since
        if age >= timedelta(days=settings.unverified_expiry_days):
            ctx.move(session, ticket, Command.EXPIRE, actor="scheduler")
            expired += 1
        elif age >= timedelta(days=settings.unverified_reminder_days) and not ticket.reminded_at:
            fresh = None
            if State(ticket.state) is State.AWAITING_IDENTITY:
                # the first code expired long ago: a reminder comes with a new one
                if ticket.thread_key not in codes:
                    codes[ticket.thread_key] = identity.resend(session, ctx, ticket.thread_key)
                fresh = codes[ticket.thread_key].value
            ctx.move(
                session,
                ticket,
                Command.REMIND,
                actor="scheduler",
                changes={"reminded_at": now},
                new_code=fresh,
            )
            reminded += 1
    return reminded, expired


def digest_entries(
    session: Session, ctx: Context, now: datetime, *, breach_id: int | None = None
) -> list[tuple[Ticket, int]]:
    """Open tickets due within seven days or overdue, most urgent first, with days left; only
    those linked to breach ``breach_id`` when it is given (the wave that follows a breach)."""
    # due before the local day after the horizon: the open tickets in due order, read from the
    # queue's index up to there, not every open ticket
    last_day = now.astimezone(ctx.tz).date() + timedelta(days=DIGEST_HORIZON_DAYS + 1)
    horizon = datetime.combine(last_day, time(), ctx.tz)
    query = select(Ticket).where(col(Ticket.state).in_(sorted(OPEN)), due_date() < horizon)
    if breach_id is not None:
        query = query.where(Ticket.breach_id == breach_id)
    tickets = session.exec(query.order_by(due_date(), col(Ticket.id)))
    return [(t, days_left(t.effective_due_at, now, ctx.tz)) for t in tickets]


def send_digest(session: Session, ctx: Context, now: datetime) -> bool:
    """Queue today's staff digest once, after the configured hour (local time): the breaches
    whose 72-hour clocks still run, then the urgent tickets (each with its breach, if any)."""
    local = now.astimezone(ctx.tz)
    if local.hour < ctx.settings.digest_hour:
        return False
    key = f"digest:{local.date().isoformat()}"
    if session.exec(select(OutboxItem).where(OutboxItem.dedupe_key == key)).first():
        return False  # sent today: the urgent tickets are not read again at every tick
    entries = digest_entries(session, ctx, now)
    breaches = breach.running(session)
    if not entries and not breaches:
        return False
    return (
        ctx.notify_staff(
            session, None, "staff_digest", entries=entries, breaches=breaches, dedupe_key=key
        )
        is not None
    )


#: Ticket details that hold what the requester wrote or asked for, dropped at purge time.
PERSONAL_DETAILS = ("correction", "directives", "trusted_person", "references", "identifiers")
PERSONAL_RESULTS = ("applied", "requested", "directives", "trusted_person", "suppressed")


def _purgeable(ticket: Ticket, cutoff: datetime) -> bool:
    return (
        State(ticket.state) in TERMINAL
        and ticket.closed_at is not None
        and ticket.closed_at <= cutoff
    )


def purge_closed(session: Session, ctx: Context, now: datetime) -> int:
    """Purge the bodies, attachments and proofs of tickets closed ``purge_after_days`` ago.

    A thread's inbound mail is purged once every ticket of the thread is. The ticket keeps its
    register metadata and the audit log records the purge. Returns the number of tickets purged.
    """
    cutoff = now - timedelta(days=ctx.settings.purge_after_days)
    candidates = session.exec(
        select(Ticket).where(
            col(Ticket.closed_at).is_not(None),
            col(Ticket.closed_at) <= cutoff,
            col(Ticket.purged_at).is_(None),  # not every ticket purged since the start, each pass
        )
    ).all()
    purged = 0
    for ticket in candidates:
        if not _purgeable(ticket, cutoff):
            continue
        details = {k: v for k, v in ticket.details.items() if k not in PERSONAL_DETAILS}
        if isinstance(details.get("fulfilment"), dict):
            details["fulfilment"] = {
                k: v for k, v in details["fulfilment"].items() if k not in PERSONAL_RESULTS
            }
        classification = {k: v for k, v in ticket.classification.items() if k != "evidence"}
        assert ticket.id is not None
        strip_free_texts(session, ticket.id)  # a keyed digest of each stays in the chain
        for proof in session.exec(
            select(ProofDocument).where(ProofDocument.ticket_id == ticket.id)
        ):
            proof.encrypted = None
            proof.deleted_at = proof.deleted_at or now
            session.add(proof)
        for item in session.exec(
            select(OutboxItem).where(
                OutboxItem.ticket_id == ticket.id,
                col(OutboxItem.status).not_in(STILL_TO_SEND),
            )
        ):
            item.body_text, item.body_html, item.attachments = "", None, []
            session.add(item)
        ctx.move(
            session,
            ticket,
            Command.NOTE,
            actor="scheduler",
            reason="retention: message bodies, attachments and proofs purged",
            changes={
                "text": "",
                "subject": "",
                "details": details,
                "purged_at": now,
                "classification": classification,
            },
            notice=None,
        )
        purged += 1
        thread = session.exec(select(Ticket).where(Ticket.thread_key == ticket.thread_key)).all()
        if all(t.purged_at is not None for t in thread):
            for message in session.exec(
                select(InboundMessage).where(
                    (col(InboundMessage.thread_key) == ticket.thread_key)
                    | col(InboundMessage.ticket_id).in_([t.id for t in thread])
                )
            ):
                if message.raw:
                    message.raw = b""
                    message.meta = {"purged_at": now.isoformat(), "sha256": message.sha256}
                    session.add(message)
    return purged


def jobs(ctx: Context, now: datetime) -> dict[str, Callable[[Session], object]]:
    """Every time-driven rule by name, as one transaction each."""
    window = timedelta(hours=ctx.settings.package_window_hours)
    years = ctx.settings.register_retention_years
    return {
        "reminders": lambda s: remind_and_expire(s, ctx, now),
        "breach-reminders": lambda s: breach.remind_staff(s, ctx, now),
        "digest": lambda s: send_digest(s, ctx, now),
        "held-staff-notices": lambda s: release_held(s, ctx, now),
        "deferred-erasures": lambda s: fulfilment.run_deferred_erasures(s, ctx, now),
        "purge": lambda s: purge_closed(s, ctx, now),
        "register-retention": lambda s: purge_register(s, now, years),
        "package-expiry": lambda s: expire_attachments(s, delivered_before=now - window),
        "telegram-links": lambda s: identity.expire_idle_links(s, ctx, now),
        "identity-failures": lambda s: identity.forget_old_failures(s, now),
    }


#: What a pass of a job did, for the log (jobs that return a count or counts).
_DONE = {
    "reminders": "scheduler: %d reminded, %d expired",
    "breach-reminders": "scheduler: %d breach reminders sent to staff",
    "deferred-erasures": "scheduler: %d deferred erasures done",
    "purge": "scheduler: %d closed tickets purged",
    "register-retention": "scheduler: %d register rows past their retention period deleted",
    "package-expiry": "scheduler: %d delivered data packages deleted from the outbox",
    "telegram-links": "scheduler: %d unused Telegram links ended",
}
#: The jobs' names, in the order of a pass.
JOBS = (
    "reminders",
    "breach-reminders",
    "digest",
    "held-staff-notices",
    "deferred-erasures",
    "purge",
    "register-retention",
    "package-expiry",
    "telegram-links",
    "identity-failures",
)


def job_role(name: str) -> str:
    """The role (see :class:`workflows.db.Roles`) a process holds to run job ``name``."""
    return f"scheduler:{name}"


def tick(desk: Desk, roles: Roles | None = None) -> None:
    """One pass of every time-driven rule (of those whose role this process holds)."""
    now = desk.ctx.now()
    for name, job in jobs(desk.ctx, now).items():
        role = roles.working(job_role(name)) if roles else contextlib.nullcontext(True)
        with role as held:  # a job's role is not handed over while the job runs
            if not held:
                continue
            done = desk.run(job)
        counts = done if isinstance(done, tuple) else (done,)
        if name in _DONE and any(counts):
            log.info(_DONE[name], *counts)


async def run_scheduler(
    desk: Desk, stop: asyncio.Event, interval: float, roles: Roles | None = None
) -> None:
    """Run :func:`tick` every ``interval`` seconds until ``stop`` is set, and at once when this
    process takes a job over from another (with ``roles``, each job runs in one process)."""
    while not stop.is_set():
        change = roles.change() if roles is not None else asyncio.Event()
        try:
            await asyncio.to_thread(tick, desk, roles)
        except Exception:
            log.exception("scheduler pass failed; will try again")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wait_first(stop.wait(), change.wait()), timeout=interval)
