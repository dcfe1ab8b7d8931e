"""The retention of the desk's own records: register rows leave after their period.

A request closed ``register_retention_years`` ago (default 5) is deleted with everything that
still refers to it: its audit events, outgoing and inbound messages, verification codes and
proof documents. A marketing suppression and post-mortem directives stay (the person's own
standing instructions), no longer pointing to it. A request with an erasure still due stays
until the erasure is done. Its events leave the audit chain through a sealed gap (see
:func:`workflows.audit.remove_events`), as do events about a learner older than the period.
See ``docs/retention.md``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from workflows.audit import append_event, remove_events
from workflows.lifecycle import TERMINAL, Command
from workflows.models import (
    BreachNotice,
    DeferredErasure,
    InboundMessage,
    OutboxItem,
    PostMortemDecision,
    PostMortemDirective,
    ProofDocument,
    SuppressionEntry,
    Ticket,
    TicketEvent,
    VerificationChallenge,
    VerificationFailure,
)


def years_before(now: datetime, years: int) -> datetime:
    """The same instant ``years`` earlier (28 February for a 29th)."""
    try:
        return now.replace(year=now.year - years)
    except ValueError:
        return now.replace(year=now.year - years, day=28)


def _candidates(session: Session, cutoff: datetime) -> set[int]:
    """Closed before ``cutoff``, with no erasure still due."""
    pending = select(DeferredErasure.ticket_id).where(col(DeferredErasure.done_at).is_(None))
    found = session.exec(
        select(Ticket.id).where(
            col(Ticket.closed_at) <= cutoff,
            col(Ticket.state).in_(TERMINAL),
            col(Ticket.id).not_in(pending),
        )
    )
    return {i for i in found if i is not None}


def purge_register(session: Session, now: datetime, years: int) -> int:
    """Delete the requests closed ``years`` ago with their events (and events about a learner
    older than that); returns how many requests were deleted."""
    cutoff = years_before(now, years)
    gone = _candidates(session, cutoff)
    if not gone:
        return 0
    # a gap needs an event after it: when the newest event is one to remove, the rows are
    # announced in the log now and deleted at the next pass
    newest_id, newest_ticket = session.execute(
        select(TicketEvent.id, TicketEvent.ticket_id).order_by(col(TicketEvent.id).desc())
    ).first() or (0, None)
    ordered = sorted(gone)
    if newest_ticket in gone:
        _note(session, now, f"{len(ordered)} register rows past their period, deleted next pass")
        return 0
    events: set[int] = set()
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        found = session.exec(select(TicketEvent.id).where(col(TicketEvent.ticket_id).in_(chunk)))
        events |= {i for i in found if i is not None}
    about_learners = session.exec(
        select(TicketEvent.id).where(
            col(TicketEvent.ticket_id).is_(None), col(TicketEvent.at) <= cutoff
        )
    )
    events |= {i for i in about_learners if i is not None and i != newest_id}
    remove_events(session, events)
    for start in range(0, len(ordered), 500):
        _delete_requests(session, ordered[start : start + 500])
    closed = cutoff.date().isoformat()
    _note(session, now, f"{len(ordered)} register rows closed before {closed} deleted")
    return len(ordered)


def _note(session: Session, now: datetime, what: str) -> None:
    append_event(
        session,
        ticket_id=None,
        at=now,
        actor="scheduler",
        command=Command.NOTE.value,
        from_state="",
        to_state="",
        reason=f"retention: {what}",
    )


def _delete_requests(session: Session, ids: list[int]) -> None:
    threads = select(Ticket.thread_key).where(col(Ticket.id).in_(ids))
    others = select(Ticket.thread_key).where(col(Ticket.id).not_in(ids))
    challenges = select(VerificationChallenge.id).where(
        col(VerificationChallenge.ticket_id).in_(ids)
    )
    session.execute(
        delete(VerificationFailure).where(col(VerificationFailure.challenge_id).in_(challenges))
    )
    for table, column in (
        (VerificationChallenge, VerificationChallenge.ticket_id),
        (ProofDocument, ProofDocument.ticket_id),
        (OutboxItem, OutboxItem.ticket_id),
        (DeferredErasure, DeferredErasure.ticket_id),
        (PostMortemDecision, PostMortemDecision.ticket_id),
    ):
        session.execute(delete(table).where(col(column).in_(ids)))
    session.execute(
        delete(InboundMessage).where(
            col(InboundMessage.ticket_id).in_(ids)
            | (
                col(InboundMessage.ticket_id).is_(None)
                & col(InboundMessage.thread_key).in_(threads)
                & col(InboundMessage.thread_key).not_in(others)
            )
        )
    )
    for standing, column in (
        (SuppressionEntry, SuppressionEntry.ticket_id),
        (PostMortemDirective, PostMortemDirective.ticket_id),
        (BreachNotice, BreachNotice.ticket_id),
    ):
        session.execute(update(standing).where(col(column).in_(ids)).values(ticket_id=None))
    session.execute(delete(Ticket).where(col(Ticket.id).in_(ids)))
    session.flush()
