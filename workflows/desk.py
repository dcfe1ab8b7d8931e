"""The Desk: the core's public operations, each one transaction. Channels and the CLI call these.

Every method opens its own transaction and commits the state change, its audit events and its
outbox messages together, or nothing at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from workflows import fulfilment, identity
from workflows.audit import ChainReport, append_event, verify_chain
from workflows.context import Context
from workflows.db import session_scope
from workflows.deadlines import extended_due_date
from workflows.intake import IntakeResult, Submission, open_requests
from workflows.lifecycle import Command, RejectionReason, State
from workflows.models import Learner, Ticket, TicketEvent
from workflows.staff import NotStaff, require_staff
from workflows.tickets import events_of, get_ticket, list_tickets

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Decider:
    """Who is deciding: a staff name (CLI) or a Telegram user id (staff chat)."""

    name: str | None = None
    telegram_user_id: int | None = None


class Desk:
    """Entry point of the core for the channels, the CLI and the scheduler."""

    def __init__(self, engine: Engine, ctx: Context) -> None:
        self.engine = engine
        self.ctx = ctx

    def run(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction."""
        with session_scope(self.engine) as session:
            return work(session)

    # -- intake -------------------------------------------------------------------------------
    def open_requests(self, submission: Submission) -> IntakeResult:
        """Open the tickets of one submission (see :func:`workflows.intake.open_requests`)."""
        return self.run(lambda s: open_requests(s, self.ctx, submission))

    def confirm_code(
        self, thread_key: str, code: str, *, telegram_chat_id: int | None = None
    ) -> identity.ChallengeResult:
        """Check a verification code; on success prove the thread's tickets and move them on."""

        def work(session: Session) -> identity.ChallengeResult:
            result, challenge = identity.check_code(session, self.ctx, thread_key, code)
            if result is not identity.ChallengeResult.CONFIRMED or challenge is None:
                return result
            learner = session.get(Learner, challenge.learner_pk)
            assert learner is not None
            if telegram_chat_id is not None:
                learner.telegram_chat_id = telegram_chat_id
                session.add(learner)
            waiting = session.exec(
                select(Ticket).where(
                    Ticket.thread_key == thread_key,
                    Ticket.state == State.AWAITING_IDENTITY.value,
                )
            ).all()
            for ticket in waiting:
                identity.mark_verified(session, self.ctx, ticket, learner, actor="requester")
                fulfilment.advance(session, self.ctx, ticket, actor="desk")
            return result

        outcome = self.run(work)
        return outcome

    # -- staff decisions ----------------------------------------------------------------------
    def _decider(self, session: Session, ticket: Ticket, who: Decider, action: str) -> str:
        try:
            return require_staff(
                session,
                name=who.name,
                telegram_user_id=who.telegram_user_id,
                configured_telegram_ids=self.ctx.settings.staff_user_ids,
            )
        except NotStaff as refused:
            log.warning("refused %s on %s: %s", action, ticket.reference, refused)
            self._log_refusal(ticket, who, action)
            raise

    def _log_refusal(self, ticket: Ticket, who: Decider, action: str) -> None:
        def work(session: Session) -> None:
            assert ticket.id is not None
            append_event(
                session,
                ticket_id=ticket.id,
                at=self.ctx.now(),
                actor=who.name or f"telegram:{who.telegram_user_id}",
                command=Command.NOTE.value,
                from_state=ticket.state,
                to_state=ticket.state,
                reason=f"refused: {action} by someone who is not staff",
            )

        self.run(work)

    def approve(self, key: str | int, who: Decider) -> Ticket:
        """Approve the step a ticket waits for, then carry it out."""

        def work(session: Session) -> Ticket:
            ticket = get_ticket(session, key)
            name = self._decider(session, ticket, who, "approve")
            self.ctx.move(
                session,
                ticket,
                Command.APPROVE,
                actor=f"staff:{name}",
                changes={"details": {**ticket.details, "approved_by": name}, "decided_by": name},
            )
            fulfilment.advance(session, self.ctx, ticket, actor=f"staff:{name}")
            return ticket

        return self.run(work)

    def reject(
        self, key: str | int, who: Decider, reason: RejectionReason, text: str | None = None
    ) -> Ticket:
        """Refuse a request with a reason from the fixed list; the notice cites the CNIL."""
        if reason is RejectionReason.OTHER and not (text or "").strip():
            raise ValueError("a rejection for another reason needs its text")

        def work(session: Session) -> Ticket:
            ticket = get_ticket(session, key)
            name = self._decider(session, ticket, who, "reject")
            self.ctx.move(
                session,
                ticket,
                Command.REJECT,
                actor=f"staff:{name}",
                reason=reason.value,
                data={"text": text} if text else None,
                changes={
                    "rejection_reason": reason.value,
                    "decision_text": text,
                    "decided_by": name,
                },
                rejection=reason.value,
                text=text,
            )
            return ticket

        return self.run(work)

    def extend(self, key: str | int, who: Decider, reason: str) -> Ticket:
        """Extend the due date once by two months, with reasons; the learner is told at once."""
        if not reason.strip():
            raise ValueError("an extension needs its reasons")

        def work(session: Session) -> Ticket:
            ticket = get_ticket(session, key)
            name = self._decider(session, ticket, who, "extend")
            new_due = extended_due_date(
                ticket.received_at,
                ticket.due_at,
                ticket.extended_due_at,
                self.ctx.now(),
                self.ctx.tz,
            )
            self.ctx.move(
                session,
                ticket,
                Command.EXTEND,
                actor=f"staff:{name}",
                reason=reason,
                data={"extended_due_at": new_due.isoformat()},
                changes={"extended_due_at": new_due, "extension_reason": reason},
            )
            return ticket

        return self.run(work)

    def ask_requester(self, key: str | int, who: Decider, question: str) -> Ticket:
        """Ask the requester for information or proof; the clock keeps running, visibly."""

        def work(session: Session) -> Ticket:
            ticket = get_ticket(session, key)
            name = self._decider(session, ticket, who, "ask")
            self.ctx.move(
                session,
                ticket,
                Command.ASK_REQUESTER,
                actor=f"staff:{name}",
                reason=question,
                question=question,
            )
            return ticket

        return self.run(work)

    def requester_replied(self, key: str | int, *, actor: str, text: str) -> Ticket:
        """The requester answered a question: the ticket goes back to work (and to staff)."""

        def work(session: Session) -> Ticket:
            ticket = get_ticket(session, key)
            self.ctx.move(
                session,
                ticket,
                Command.REQUESTER_REPLIED,
                actor=actor,
                data={"text": text[:4000]},
                changes={"details": {**ticket.details, "approved_by": None}},
            )
            fulfilment.advance(session, self.ctx, ticket, actor="desk")
            return ticket

        return self.run(work)

    def cancel(self, key: str | int, *, actor: str, reason: str | None = None) -> Ticket:
        """Withdraw a request at the requester's wish."""

        def work(session: Session) -> Ticket:
            ticket = get_ticket(session, key)
            self.ctx.move(session, ticket, Command.CANCEL, actor=actor, reason=reason)
            return ticket

        return self.run(work)

    # -- reading ------------------------------------------------------------------------------
    def ticket(self, key: str | int) -> tuple[Ticket, list[TicketEvent]]:
        """A ticket and its history."""
        return self.run(lambda s: (t := get_ticket(s, key), events_of(s, t)))

    def tickets(self, *, state: State | None = None, overdue: bool = False) -> list[Ticket]:
        """Tickets for the queue, newest first."""
        return self.run(
            lambda s: list_tickets(s, state=state, overdue=overdue, now=self.ctx.now())
        )

    def tickets_of_learner(self, learner_pk: int) -> list[Ticket]:
        """A learner's own tickets, newest first."""
        return self.run(
            lambda s: list(
                s.exec(
                    select(Ticket)
                    .where(Ticket.learner_pk == learner_pk)
                    .order_by(col(Ticket.id).desc())
                )
            )
        )

    def verify_audit(self) -> ChainReport:
        """Recompute the audit chain."""
        return self.run(verify_chain)

    def summary(self, ticket: Ticket) -> dict[str, Any]:
        """A JSON-ready view of a ticket for the CLI and the staff chat."""
        return {
            "id": ticket.id,
            "reference": ticket.reference,
            "type": ticket.request_type,
            "state": ticket.state,
            "channel": ticket.channel,
            "language": ticket.language,
            "requester": ticket.requester_address,
            "requester_kind": ticket.requester_kind,
            "verified": ticket.identity_verified_at is not None,
            "received_at": ticket.received_at.isoformat(),
            "due_at": ticket.due_at.isoformat(),
            "extended_due_at": ticket.extended_due_at.isoformat()
            if ticket.extended_due_at
            else None,
            "closed_at": ticket.closed_at.isoformat() if ticket.closed_at else None,
            "outcome": ticket.outcome,
            "decided_by": ticket.decided_by,
            "classification": ticket.classification,
            "auth_results": ticket.auth_results,
        }
