"""The Desk: the core's public operations, each one transaction. Channels and the CLI call these.

Every method opens its own transaction and commits the state change, its audit events and its
outbox messages together, or nothing at all.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TextIO, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from workflows import breach, chat, codestep, fulfilment, identity, mailbox, metrics, proofs, staff
from workflows.audit import (
    KEY_PURPOSE,
    Anchor,
    ChainReport,
    append_event,
    check_anchor,
    count_events,
    current_anchor,
    use_key,
    verify_chain,
)
from workflows.breach import Breaches
from workflows.config import Settings
from workflows.connectors import LearnerKey, open_connectors
from workflows.context import ClassificationLike, Context
from workflows.datamap import DataMap, load_data_map
from workflows.db import run_on_loop, session_scope
from workflows.deadlines import extended_due_date
from workflows.delivery import LETTER
from workflows.examples import export_examples, record_example
from workflows.gauges import DatabaseGauges
from workflows.history import HistoryReport, import_history
from workflows.intake import IntakeResult, Submission, open_requests
from workflows.learners import ImportReport, find_by_number, import_learners
from workflows.letters import Letter, open_letter
from workflows.lifecycle import (
    OPEN,
    Command,
    ExtensionCause,
    RejectionReason,
    State,
    rejection_allowed,
)
from workflows.lifecycle import decide as next_state
from workflows.mailbox import RawInbound
from workflows.metrics import Metrics
from workflows.migrate import readiness
from workflows.models import (
    Learner,
    PostMortemDecision,
    ProofDocument,
    StaffMember,
    Ticket,
    TicketAssignment,
    TicketEvent,
)
from workflows.overview import Overview, overview
from workflows.postmortem import Outcome as PostMortemOutcome
from workflows.queue import Cursor as QueueCursor
from workflows.queue import QueueFilter, QueueView, assignees, queue_view, ticket_messages
from workflows.register import COLUMNS as REGISTER_COLUMNS
from workflows.register import export_csv, iter_register_rows
from workflows.requester import after_confirmation, cancel_by_requester, requester_replied
from workflows.requests import RequesterKind, RequestType, Verification, policy_for
from workflows.retention import erasure_plan, plan_json
from workflows.scheduler import digest_entries
from workflows.staff import LoginResult, NotAllowed, NotStaff, Role, authenticate, require_staff
from workflows.tickets import TicketNotFound, events_of, get_ticket, list_tickets

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Decider:
    """Who is deciding: a staff name (CLI) or a Telegram user id (staff chat)."""

    name: str | None = None
    telegram_user_id: int | None = None


@dataclass(frozen=True)
class DecisionPrompt:
    """What staff about to reject or ask are shown: the reasons that may refuse the ticket, and
    the requester's language, in which staff write what the requester will read."""

    reference: str
    language: str
    reasons: tuple[RejectionReason, ...]


class ReasonNotAllowed(ValueError):
    """A rejection reason that does not fit the request (see ``rejection_allowed``)."""


class ReclassifyRefused(ValueError):
    """A type change the desk cannot make safely; the message says why, and ``why`` names it
    for a channel to word it (``same``, ``by_hand``, ``sibling``, ``identity``)."""

    def __init__(self, message: str, why: str) -> None:
        super().__init__(message)
        self.why = why


#: The types staff may give a request by hand: those whose handling needs nothing more than
#: the message and the requester (marketing, post-mortem and parental requests are read from
#: the message itself when it arrives, and a third party's standing with them).
RECLASSIFIABLE = frozenset(
    {
        RequestType.ACCESS,
        RequestType.RECTIFICATION,
        RequestType.ERASURE,
        RequestType.RESTRICTION,
        RequestType.OBJECTION,
        RequestType.PORTABILITY,
        RequestType.OTHER,
    }
)


class CancelRefused(PermissionError):
    """A cancellation that did not come from the requester's own verified channel or thread."""


class Desk:
    """Entry point of the core for the channels, the CLI and the scheduler."""

    def __init__(self, engine: Engine, ctx: Context) -> None:
        self.engine = engine
        self.ctx = ctx
        use_key(engine, lambda: ctx.keys.subkey(KEY_PURPOSE))
        metrics.bind(engine, ctx.metrics)

    def run(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction."""
        with session_scope(self.engine) as session:
            return work(session)

    # -- intake -------------------------------------------------------------------------------
    def open_requests(self, submission: Submission) -> IntakeResult:
        """Open the tickets of one submission (see :func:`workflows.intake.open_requests`)."""
        return self.run(lambda s: open_requests(s, self.ctx, submission))

    def open_letter(self, letter: Letter, who: Decider) -> IntakeResult:
        """Register a postal letter as requests (see :func:`workflows.letters.open_letter`);
        any staff member may, and the audit names who did."""

        def work(session: Session) -> IntakeResult:
            name = self._staff_name(session, who, "register a letter")
            result = open_letter(session, self.ctx, letter)
            for ticket in result.tickets:
                self.ctx.move(
                    session,
                    ticket,
                    Command.NOTE,
                    actor=f"staff:{name}",
                    reason=f"letter of {letter.received_on.isoformat()} registered",
                    notice=None,
                )
            return result

        return self.run(work)

    def confirm_code(
        self, thread_key: str, code: str, *, telegram_chat_id: int | None = None
    ) -> identity.ChallengeResult:
        """Check a verification code; on success prove the thread's tickets and move them on."""

        def work(session: Session) -> identity.ChallengeResult:
            result, challenge = identity.check_code(session, self.ctx, thread_key, code)
            if result is identity.ChallengeResult.CONFIRMED and challenge is not None:
                after_confirmation(session, self.ctx, challenge, telegram_chat_id)
            return result

        return self.run(work)

    # -- staff decisions ----------------------------------------------------------------------
    def _staff_name(self, session: Session, who: Decider, action: str) -> str:
        """The name of ``who`` if they are staff whose role allows ``action``
        (:func:`workflows.staff.require_staff`)."""
        return require_staff(
            session,
            name=who.name,
            telegram_user_id=who.telegram_user_id,
            configured_telegram_ids=self.ctx.settings.staff_user_ids,
            action=action,
        )

    def _decider(self, session: Session, ticket: Ticket, who: Decider, action: str) -> str:
        """The staff name deciding ``action``, if they are staff whose role allows it
        (:func:`workflows.staff.require_staff`); a refusal is logged on the ticket."""
        try:
            return self._staff_name(session, who, action)
        except NotStaff as refused:
            log.warning("refused %s on %s: %s", action, ticket.reference, refused)
            assert ticket.id is not None
            if isinstance(refused, NotAllowed):
                self._log_refusal(ticket.id, who, action, by="staff whose role does not allow it")
            else:
                self._log_refusal(ticket.id, who, action)
            raise

    def _log_refusal(
        self, key: str | int, who: Decider, action: str, by: str = "someone who is not staff"
    ) -> None:
        """Log on a ticket that someone who may not ``action`` it tried to (DESIGN §4).

        Its own transaction, so the note stays when the refused decision rolls back; a ticket
        that does not exist (a forged button) has nothing to log on.
        """

        def work(session: Session) -> None:
            try:
                ticket = get_ticket(session, key)
            except TicketNotFound:
                return
            assert ticket.id is not None
            append_event(
                session,
                ticket_id=ticket.id,
                at=self.ctx.now(),
                actor=who.name or f"telegram:{who.telegram_user_id}",
                command=Command.NOTE.value,
                from_state=ticket.state,
                to_state=ticket.state,
                reason=f"refused: {action} by {by}",
            )

        self.run(work)

    def _staff_decision(
        self,
        key: str | int,
        who: Decider,
        action: str,
        decide: Callable[[Session, Ticket, str], None],
    ) -> Ticket:
        """One staff decision in one transaction: find the ticket, check the decider is staff
        (refusals are logged), then let ``decide`` move it with the decider's name."""

        def work(session: Session) -> Ticket:
            ticket = get_ticket(session, key)
            decide(session, ticket, self._decider(session, ticket, who, action))
            return ticket

        return self.run(work)

    def approve(
        self, key: str | int, who: Decider, *, post_mortem: PostMortemOutcome | None = None
    ) -> Ticket:
        """Approve the step a ticket waits for, then carry it out; on a third party's
        post-mortem request, ``post_mortem`` is the outcome staff chose (LIL art. 85)."""

        def decide(session: Session, ticket: Ticket, name: str) -> None:
            changes: dict[str, Any] = {
                "approved_by": name,
                "decided_by": name,
            }
            if post_mortem is not None:
                if ticket.request_type != RequestType.POST_MORTEM:
                    raise ValueError(f"{ticket.reference} is not a post-mortem request")
                assert ticket.id is not None
                decision = session.get(PostMortemDecision, ticket.id) or PostMortemDecision(
                    ticket_id=ticket.id, outcome=post_mortem.value, decided_by=name
                )
                decision.outcome, decision.decided_by = post_mortem.value, name
                decision.decided_at = self.ctx.now()
                session.add(decision)
            self.ctx.move(
                session,
                ticket,
                Command.APPROVE,
                actor=f"staff:{name}",
                data={"post_mortem": post_mortem.value} if post_mortem else None,
                changes=changes,
            )
            fulfilment.advance(session, self.ctx, ticket, actor=f"staff:{name}")

        return self._staff_decision(key, who, "approve", decide)

    def reject(
        self, key: str | int, who: Decider, reason: RejectionReason, text: str | None = None
    ) -> Ticket:
        """Refuse a request with a reason from the fixed list and a written explanation; the
        notice words the reason for the request type and cites the CNIL and the courts."""

        def decide(session: Session, ticket: Ticket, name: str) -> None:
            # after the staff check, so that a refusal of a non-DPO is logged whatever they sent
            if not (text or "").strip():
                raise ValueError("a rejection needs its written explanation")
            if not rejection_allowed(reason, ticket.request_type, ticket.requester_kind):
                raise ReasonNotAllowed(
                    f"{reason.value} is not a reason to refuse {ticket.request_type}"
                    f" from {ticket.requester_kind}"
                )
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

        return self._staff_decision(key, who, "reject", decide)

    def extend(self, key: str | int, who: Decider, reason: str, cause: ExtensionCause) -> Ticket:
        """Extend the due date once by two months, for its cause (complexity or number of
        requests) with reasons; the learner is told both at once."""
        if not reason.strip():
            raise ValueError("an extension needs its reasons")

        def decide(session: Session, ticket: Ticket, name: str) -> None:
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
                data={"extended_due_at": new_due.isoformat(), "cause": cause.value},
                changes={
                    "extended_due_at": new_due,
                    "extension_reason": reason,
                    "extension_cause": cause.value,
                },
            )

        return self._staff_decision(key, who, "extend", decide)

    def ask_requester(self, key: str | int, who: Decider, question: str) -> Ticket:
        """Ask the requester for information or proof; the clock keeps running, visibly."""

        def decide(session: Session, ticket: Ticket, name: str) -> None:
            self.ctx.move(
                session,
                ticket,
                Command.ASK_REQUESTER,
                actor=f"staff:{name}",
                reason=question,
                question=question,
            )

        return self._staff_decision(key, who, "ask", decide)

    def assign(self, key: str | int, who: Decider, assignee: str | None) -> Ticket:
        """Give a ticket to a staff member (oneself or a colleague), or to nobody; logged with
        the name of who assigned it. Any staff role may assign."""

        def decide(session: Session, ticket: Ticket, name: str) -> None:
            if assignee is not None:
                try:
                    require_staff(session, name=assignee)
                except NotStaff:
                    raise ValueError(f"{assignee} is not a staff member") from None
            assert ticket.id is not None
            current = session.get(TicketAssignment, ticket.id)
            if assignee is None and current is not None:
                session.delete(current)
            elif assignee is not None:
                current = current or TicketAssignment(ticket_id=ticket.id, staff_name=assignee)
                current.staff_name, current.assigned_at = assignee, self.ctx.now()
                session.add(current)
            self.ctx.move(
                session,
                ticket,
                Command.NOTE,
                actor=f"staff:{name}",
                reason=f"assigned to {assignee}" if assignee else "unassigned",
                notice=None,
            )

        return self._staff_decision(key, who, "assign", decide)

    def add_note(self, key: str | int, who: Decider, text: str) -> Ticket:
        """An internal note on a ticket, for staff only (the requester is told nothing)."""
        if not text.strip():
            raise ValueError("a note needs its text")

        def decide(session: Session, ticket: Ticket, name: str) -> None:
            self.ctx.move(
                session,
                ticket,
                Command.NOTE,
                actor=f"staff:{name}",
                reason=f"note: {text.strip()[:2000]}",
                notice=None,
            )

        return self._staff_decision(key, who, "add a note", decide)

    def record_correction(
        self, key: str | int, who: Decider, correction: dict[str, str]
    ) -> Ticket:
        """Staff record the correction a rectification asks for (field → new value)."""
        if not correction:
            raise ValueError("a correction names at least one field and its new value")

        def decide(session: Session, ticket: Ticket, name: str) -> None:
            self.ctx.move(
                session,
                ticket,
                Command.NOTE,
                actor=f"staff:{name}",
                reason="correction recorded",
                data={"fields": sorted(correction)},
                changes={"details": {**ticket.details, "correction": dict(correction)}},
                notice=None,
            )

        return self._staff_decision(key, who, "record a correction", decide)

    def reclassify(self, key: str | int, who: Decider, request_type: RequestType) -> Ticket:
        """Give a request the type staff read in it, where the lifecycle allows it, and keep
        the message (masked) as a labelled example for the classifier. A step already prepared
        for staff is prepared again for the new type; the due date does not change."""

        def decide(session: Session, ticket: Ticket, name: str) -> None:
            next_state(ticket.state, Command.RECLASSIFY)  # the lifecycle first: an illegal move
            old = RequestType(ticket.request_type)
            if request_type is old:
                raise ReclassifyRefused(f"{ticket.reference} is already {old.value}", "same")
            if old not in RECLASSIFIABLE or request_type not in RECLASSIFIABLE:
                raise ReclassifyRefused(
                    f"{old.value} cannot become {request_type.value} by hand: reject it and "
                    "let the requester write again",
                    "by_hand",
                )
            siblings = select(Ticket).where(
                Ticket.thread_key == ticket.thread_key,
                Ticket.id != ticket.id,
                Ticket.request_type == request_type.value,
                col(Ticket.state).in_([s.value for s in OPEN]),
            )
            if session.exec(siblings).first() is not None:
                raise ReclassifyRefused(
                    f"this message already opened a {request_type.value}", "sibling"
                )
            unproven = (
                ticket.identity_verified_at is None
                and ticket.requester_kind == RequesterKind.SELF
                and ticket.channel != LETTER
                and State(ticket.state) is not State.AWAITING_IDENTITY
            )
            if unproven and policy_for(request_type).verification is not Verification.NONE:
                raise ReclassifyRefused(
                    f"{request_type.value} needs the requester's identity, not yet proven",
                    "identity",
                )
            learner = session.get(Learner, ticket.learner_pk) if ticket.learner_pk else None
            example = record_example(session, ticket, learner, [request_type.value], name)
            details = {k: v for k, v in ticket.details.items() if k not in fulfilment.PREPARED}
            self.ctx.move(
                session,
                ticket,
                Command.RECLASSIFY,
                actor=f"staff:{name}",
                reason=f"{old.value} → {request_type.value}",
                data={"from": old.value, "to": request_type.value, "example": example.id},
                changes={"request_type": request_type.value, "details": details},
                notice=None,
            )
            fulfilment.advance(session, self.ctx, ticket, actor=f"staff:{name}")

        return self._staff_decision(key, who, "reclassify", decide)

    def data_map(self) -> DataMap:
        """The data map in force (categories, purposes, retention rules), read once (see
        :meth:`reload_data_map`)."""
        return fulfilment.data_map(self.ctx)

    def category_titles(self, language: str) -> dict[str, str]:
        """Each data category's name for people, in ``language``."""
        return {
            name: category.text("title", language)
            for name, category in self.data_map().categories.items()
        }

    def export_examples(self, out: TextIO) -> int:
        """Write the labelled examples staff made, masked, as JSON lines (see
        :func:`workflows.examples.export_examples`)."""
        return self.run(lambda s: export_examples(s, out))

    # -- reading ------------------------------------------------------------------------------
    def ticket(self, key: str | int) -> tuple[Ticket, list[TicketEvent]]:
        """A ticket and its history."""
        return self.run(lambda s: (t := get_ticket(s, key), events_of(s, t)))

    def tickets(self, *, state: State | None = None, overdue: bool = False) -> list[Ticket]:
        """Tickets for the queue, newest first."""
        return self.run(
            lambda s: list_tickets(s, state=state, overdue=overdue, now=self.ctx.now())
        )

    def export_register(
        self,
        who: Decider,
        out: TextIO,
        *,
        received_from: date | None = None,
        received_to: date | None = None,
    ) -> int:
        """Write the register as CSV (requests received between the two days, both included;
        local dates) for a DPO; the export is logged with their name. Returns the row count."""

        def work(session: Session) -> int:
            name = self._staff_name(session, who, "export the register")
            first = received_from.isoformat() if received_from else ""
            last = received_to.isoformat() if received_to else "9999-12-31"
            writer = csv.DictWriter(out, fieldnames=REGISTER_COLUMNS)
            writer.writeheader()
            count = 0
            for row in iter_register_rows(session, self.ctx.tz):
                if first <= row["received"] <= last:
                    writer.writerow(row)
                    count += 1
            append_event(
                session,
                ticket_id=None,
                at=self.ctx.now(),
                actor=f"staff:{name}",
                command=Command.NOTE.value,
                from_state="",
                to_state="",
                reason="register exported",
                data={"from": first or None, "to": received_to and last, "rows": count},
            )
            return count

        return self.run(work)

    def verify_audit(self, progress: Callable[[int], object] | None = None) -> ChainReport:
        """Recompute the audit chain (``progress``: see :func:`workflows.audit.verify_chain`)."""
        return self.run(lambda s: verify_chain(s, progress))

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

    # -- identity and trust (DESIGN §4) -------------------------------------------------------
    def confirm_token(
        self, token: str, *, telegram_chat_id: int | None = None
    ) -> identity.ChallengeResult:
        """Confirm a challenge with the single-use token of the code email (``PDV-...``).

        Mail calls it with :func:`workflows.identity.find_token` on a reply's text; the bot with
        a pasted line. A wrong token counts as an attempt on its challenge.
        """

        def work(session: Session) -> identity.ChallengeResult:
            result, challenge = identity.check_token(session, self.ctx, token)
            if result is identity.ChallengeResult.CONFIRMED and challenge is not None:
                after_confirmation(session, self.ctx, challenge, telegram_chat_id)
            return result

        return self.run(work)

    def resend_code(self, thread_key: str) -> identity.ResendResult:
        """A new code for a thread still waiting for one; the earlier code stops working.

        The answer is the same whether or not a learner matched (``ACCEPTED``: "if it matches,
        we sent a code"); a locked thread stays locked until staff decide.
        """
        return self.run(lambda s: identity.resend(s, self.ctx, thread_key))

    def pending_code(self, telegram_chat_id: int) -> codestep.PendingCode | None:
        """The code step a chat is in (from the database: it outlives the conversation state,
        a restart and ``/start``), or ``None``."""
        return self.run(lambda s: codestep.pending_for_chat(s, telegram_chat_id))

    def reidentify(self, telegram_chat_id: int, identifier: str) -> identity.ResendResult:
        """The chat's pending requests name another identifier (a learner number instead of an
        email): a new code goes to that learner's registered email, if it matches."""
        return self.run(lambda s: codestep.reidentify(s, self.ctx, telegram_chat_id, identifier))

    # -- the chat channel: what a chat may see and do, checked here ----------------------------
    def classify(self, text: str) -> ClassificationLike:
        """What a chat message asks for (the configured classifier; pure, no transaction)."""
        return self.ctx.classifier.classify("", text)

    def chat_is_linked(self, telegram_chat_id: int) -> bool:
        """Whether a code linked this chat to a learner account (``/forget`` can unlink it)."""
        return self.run(lambda s: chat.linked_learner(s, telegram_chat_id) is not None)

    def breach_notice_awaits_answer(self, telegram_chat_id: int) -> bool:
        """Whether a breach notice reached this chat and no request answered it yet: the
        chat's next message, even off-topic, is then a question for the DPO team."""
        return self.run(lambda s: breach.notice_in_chat(s, telegram_chat_id) is not None)

    def open_from_linked_chat(self, submission: Submission) -> IntakeResult | None:
        """Open the requests of a chat linked to a learner (no new code needed), in one
        transaction; ``None`` when the chat is not linked (the bot asks who writes)."""
        assert submission.telegram_chat_id is not None

        def work(session: Session) -> IntakeResult | None:
            if chat.linked_learner(session, submission.telegram_chat_id or 0) is None:
                return None
            return open_requests(session, self.ctx, submission)

        return self.run(work)

    def tickets_for_chat(self, telegram_chat_id: int) -> list[Ticket]:
        """The requests a chat may see (see :func:`workflows.chat.tickets_of_chat`)."""
        return self.run(lambda s: chat.tickets_of_chat(s, telegram_chat_id))

    def ticket_for_chat(self, telegram_chat_id: int, ticket_id: int) -> Ticket | None:
        """``ticket_id`` if this chat may see it, else ``None`` (a forged button)."""
        return self.run(lambda s: chat.ticket_of_chat(s, telegram_chat_id, ticket_id))

    def question_waiting_for_chat(self, telegram_chat_id: int) -> Ticket | None:
        """The chat's request whose question from our team waits for an answer, if any."""
        return self.run(lambda s: chat.question_waiting(s, telegram_chat_id))

    def tickets_wanting_documents(self, telegram_chat_id: int) -> list[Ticket]:
        """The chat's requests a document sent now goes to."""
        return self.run(lambda s: chat.tickets_wanting_documents(s, telegram_chat_id))

    def reply_from_chat(self, telegram_chat_id: int, ticket_id: int, text: str) -> Ticket:
        """The chat answers our team's question on one of its requests; a ticket this chat may
        not see raises :class:`TicketNotFound`, one that waits for no answer
        :class:`IllegalTransition`."""

        def work(session: Session) -> Ticket:
            ticket = chat.ticket_of_chat(session, telegram_chat_id, ticket_id)
            if ticket is None:
                raise TicketNotFound(f"ticket {ticket_id} is not this chat's")
            return requester_replied(
                session, self.ctx, ticket, actor=f"telegram:{telegram_chat_id}", text=text
            )

        return self.run(work)

    def withdraw_from_chat(self, telegram_chat_id: int, ticket_id: int) -> Ticket:
        """Withdraw a request from a chat: allowed only to its requester's chat (see
        :func:`cancel_by_requester`); anything else raises :class:`CancelRefused`."""
        cancelled = self.run(
            lambda s: cancel_by_requester(
                s,
                self.ctx,
                get_ticket(s, ticket_id),
                channel="telegram",
                address=str(telegram_chat_id),
            )
        )
        if cancelled is None:
            raise CancelRefused("this request can only be cancelled by its requester")
        return cancelled

    def staff_member(self, who: Decider) -> str | None:
        """The staff name of ``who``, or ``None`` when they may not decide."""
        return self.run(
            lambda s: (
                chat.staff_name(s, self.ctx.settings, who.telegram_user_id)
                if who.telegram_user_id is not None
                else None
            )
        )

    def decision_prompt(self, key: str | int, who: Decider, action: str) -> DecisionPrompt:
        """What staff about to ``action`` (``reject``, ``ask``) a ticket need, once checked that
        they may (a refusal is logged on the ticket and raises :class:`NotStaff`)."""

        def work(session: Session) -> DecisionPrompt:
            try:
                ticket = get_ticket(session, key)
            except TicketNotFound:  # someone who is not staff learns nothing of what exists
                require_staff(
                    session,
                    name=who.name,
                    telegram_user_id=who.telegram_user_id,
                    configured_telegram_ids=self.ctx.settings.staff_user_ids,
                )
                raise
            self._decider(session, ticket, who, action)
            reasons = tuple(
                reason
                for reason in RejectionReason
                if rejection_allowed(reason, ticket.request_type, ticket.requester_kind)
            )
            return DecisionPrompt(ticket.reference or "", ticket.language or "fr", reasons)

        return self.run(work)

    def unlink_chat(self, telegram_chat_id: int) -> bool:
        """The learner ends the link of their Telegram chat (``/forget``), logged in the audit
        chain; later requests from it need a code again. ``False`` if it was not linked."""

        def work(session: Session) -> bool:
            linked = session.exec(
                select(Learner).where(Learner.telegram_chat_id == telegram_chat_id)
            ).all()
            ended = [
                identity.end_link(
                    session,
                    self.ctx,
                    learner,
                    why=identity.LinkEnd.BY_LEARNER,
                    actor=f"telegram:{telegram_chat_id}",
                )
                for learner in linked
            ]
            return any(ended)

        return self.run(work)

    def unlink_learner(self, learner_id: str, who: Decider) -> bool:
        """Staff end a learner's Telegram link (a lost phone, a shared account), logged in the
        audit chain with their name; a refusal is logged too. ``False`` if there was none."""

        def learner_of(session: Session) -> Learner:
            learner = session.exec(select(Learner).where(Learner.learner_id == learner_id)).first()
            if learner is None:
                raise ValueError(f"no learner {learner_id}")
            return learner

        def work(session: Session) -> bool:
            learner = learner_of(session)
            name = require_staff(
                session,
                name=who.name,
                telegram_user_id=who.telegram_user_id,
                configured_telegram_ids=self.ctx.settings.staff_user_ids,
            )
            return identity.end_link(
                session, self.ctx, learner, why=identity.LinkEnd.BY_STAFF, actor=f"staff:{name}"
            )

        def refused(session: Session) -> None:
            append_event(
                session,
                ticket_id=None,
                at=self.ctx.now(),
                actor=who.name or f"telegram:{who.telegram_user_id}",
                command=Command.NOTE.value,
                from_state="",
                to_state="",
                reason="refused: end a telegram link by someone who is not staff",
                data={"learner_id": learner_of(session).learner_id},
            )

        try:
            return self.run(work)
        except NotStaff:
            log.warning("refused: unlink %s by someone who is not staff", learner_id)
            self.run(refused)
            raise

    def verification_status(self, key: str | int) -> dict[str, Any]:
        """For staff: how the ticket's requester was matched and where their challenge stands."""

        def work(session: Session) -> dict[str, Any]:
            ticket = get_ticket(session, key)
            challenge = identity.current_challenge(session, ticket.thread_key)
            status: dict[str, Any] = {
                "match_method": ticket.match_method,
                "match_strength": ticket.match_strength,
                "verified_at": ticket.identity_verified_at.isoformat()
                if ticket.identity_verified_at
                else None,
                "auth_results": ticket.auth_results,
                "challenge": None,
            }
            if challenge is not None:
                status["challenge"] = {
                    "created_at": challenge.created_at.isoformat(),
                    "expires_at": challenge.expires_at.isoformat(),
                    "attempts": challenge.attempts,
                    "max_attempts": challenge.max_attempts,
                    "locked": challenge.locked_at is not None,
                    "confirmed": challenge.confirmed_at is not None,
                }
            return status

        return self.run(work)

    def add_proof(
        self,
        ticket_key: str | int,
        filename: str,
        content_type: str,
        data: bytes,
        actor: str,
        caption: str = "",
    ) -> ProofDocument:
        """Store a proof document (mail attachment, bot upload) encrypted, for staff review.

        ``actor`` is ``channel:address`` of the sender (``email:parent@example.org``,
        ``telegram:123``); only the ticket's requester may add documents. Raises
        :class:`workflows.proofs.ProofRefused` with a reason fit to show them.
        """

        def work(session: Session) -> ProofDocument:
            ticket = get_ticket(session, ticket_key)
            return proofs.store_proof(
                session,
                self.ctx,
                ticket,
                filename=filename,
                content_type=content_type,
                data=data,
                actor=actor,
                caption=caption,
            )

        try:
            return self.run(work)
        except proofs.ProofRefused as refused:
            why = str(refused)
            self.run(lambda s: proofs.note_refusal(s, self.ctx, ticket_key, actor, why))
            raise

    def proofs(self, ticket_key: str | int) -> list[ProofDocument]:
        """The proof documents of a ticket's thread (metadata; wiped ones have no bytes)."""
        return self.run(lambda s: proofs.documents_of(s, get_ticket(s, ticket_key)))

    def open_proof(self, proof_id: int, who: Decider) -> tuple[ProofDocument, bytes]:
        """A proof document in clear for a staff member; who saw it, and when, is logged."""

        def work(session: Session) -> tuple[ProofDocument, bytes]:
            document = session.get(ProofDocument, proof_id)
            if document is None:
                raise TicketNotFound(f"no proof document {proof_id}")
            ticket = get_ticket(session, document.ticket_id)
            name = self._decider(session, ticket, who, "open a proof document")
            return document, proofs.open_document(session, self.ctx, document, staff_name=name)

        return self.run(work)

    def find_duplicate(self, ticket_key: str | int) -> Ticket | None:
        """An earlier open request of the same type by the same *verified* learner, if any
        (``tickets show`` names it as ``duplicate_of``).

        Only two verified tickets of one learner can be duplicates: an unverified request is
        never joined to, and never blocks or closes, anybody's verified request.
        """

        def work(session: Session) -> Ticket | None:
            ticket = get_ticket(session, ticket_key)
            if ticket.identity_verified_at is None or ticket.learner_pk is None:
                return None
            return session.exec(
                select(Ticket)
                .where(
                    Ticket.learner_pk == ticket.learner_pk,
                    Ticket.request_type == ticket.request_type,
                    col(Ticket.identity_verified_at).is_not(None),
                    col(Ticket.state).in_(OPEN),
                    col(Ticket.id) != ticket.id,
                    col(Ticket.id) < ticket.id,
                )
                .order_by(col(Ticket.id))
            ).first()

        return self.run(work)

    def change_registered_email(self, key: str | int, new_email: str, who: Decider) -> Learner:
        """Apply an approved rectification of the registered email (staff only); the old
        address is told. Nothing else ever changes where the desk writes to."""

        def work(session: Session) -> Learner:
            ticket = get_ticket(session, key)
            name = self._decider(session, ticket, who, "change the registered email")
            return identity.change_registered_email(
                session, self.ctx, ticket, new_email, actor=f"staff:{name}"
            )

        return self.run(work)

    # -- what the adapters read of the configuration ------------------------------------------
    @property
    def settings(self) -> Settings:
        """The desk's settings (read only)."""
        return self.ctx.settings

    @property
    def tz(self) -> ZoneInfo:
        """The time zone dates are shown and counted in."""
        return self.ctx.tz

    def now(self) -> datetime:
        """The desk's clock."""
        return self.ctx.now()

    def derived_key(self, purpose: bytes) -> bytes:
        """A key derived from the proof key for ``purpose`` (the console's session cookies)."""
        return self.ctx.keys.subkey(purpose)

    def reload_data_map(self) -> DataMap:
        """Read the configured data map again (``SIGHUP`` to ``serve``); an invalid map raises
        and the one in use stays."""
        self.ctx.data_map = load_data_map(self.ctx.settings.data_map)
        return self.ctx.data_map

    # -- mail intake (the mail adapter; who acts is the mailbox) ------------------------------
    def store_inbound(self, batch: Sequence[RawInbound]) -> list[int]:
        """Commit raw inbound messages; their ids in order."""
        return self.run(lambda s: mailbox.store_inbound(s, batch))

    async def store_inbound_now(self, batch: Sequence[RawInbound]) -> list[int]:
        """Commit raw inbound messages from an event loop without a worker thread, over
        PostgreSQL's async connection (:func:`workflows.db.run_on_loop`); on SQLite it raises
        :class:`workflows.db.WouldWait` (its commit waits for the disk: a worker thread's job)."""
        return await run_on_loop(self.engine, lambda s: mailbox.store_inbound(s, batch))

    def keep_oversized(self, request: RawInbound, error: str) -> int:
        """Keep the header of a message too large to take in, quarantined with ``error``, in
        one commit (never seen as a message to read)."""

        def work(session: Session) -> int:
            (inbound_id,) = mailbox.store_inbound(session, [request])
            mailbox.quarantine(session, inbound_id, error)
            return inbound_id

        return self.run(work)

    def raw_inbound(self, inbound_ids: Sequence[int]) -> dict[int, tuple[bytes, str | None]]:
        """The raw bytes and envelope sender of stored messages, by id."""
        return self.run(lambda s: mailbox.read_raw(s, inbound_ids))

    def decide_inbound(
        self, readings: Sequence[tuple[int, mailbox.Reading]]
    ) -> list[mailbox.InboundOutcome | None]:
        """Decide stored messages in one transaction, in order (see
        :func:`workflows.mailbox.decide_stored`)."""
        return self.run(lambda s: mailbox.decide_stored(s, self.ctx, readings))

    def inbound_failed(self, inbound_id: int, error: str) -> None:
        """A processing attempt failed for a reason outside the message: retried, then left
        to staff."""
        self.run(lambda s: mailbox.record_failure(s, inbound_id, error))

    def undecided_inbound(self) -> list[int]:
        """Messages stored but not decided yet, oldest first (what a restart resumes)."""
        return self.run(mailbox.pending_ids)

    def inbound_messages(
        self, *, for_staff: bool = False, status: str | None = None, limit: int = 50
    ) -> list[mailbox.InboundSummary]:
        """Inbound messages, newest first (``for_staff``: only quarantined or failed)."""
        return self.run(
            lambda s: mailbox.inbound_messages(s, for_staff=for_staff, status=status, limit=limit)
        )

    def retry_inbound(self, inbound_id: int) -> None:
        """Put a quarantined or failed message back in the queue."""
        self.run(lambda s: mailbox.requeue(s, inbound_id))

    def mailbox_cursor(self, account: str, folder: str) -> tuple[int, int] | None:
        """``(UIDVALIDITY, last UID)`` reached in a mailbox folder, or ``None``."""
        return self.run(lambda s: mailbox.cursor(s, account, folder))

    def save_mailbox_cursor(self, account: str, folder: str, uidvalidity: int, uid: int) -> None:
        """Remember how far a mailbox folder was read."""
        self.run(lambda s: mailbox.save_cursor(s, account, folder, uidvalidity, uid))

    # -- the operator's shell (whoever runs the command line holds the database) --------------
    def import_learners(
        self, stream: TextIO, *, progress: Callable[[int], None] | None = None
    ) -> ImportReport:
        """Import or update learners from the LMS export (see
        :func:`workflows.learners.import_learners`)."""
        return self.run(lambda s: import_learners(s, stream, progress=progress))

    def import_history(self, stream: TextIO, kind: str) -> HistoryReport:
        """Import one kind of learner history (see :func:`workflows.history.import_history`)."""
        return self.run(lambda s: import_history(s, stream, kind))

    def erasure_plan(self, learner_id: str) -> dict[str, Any]:
        """The erasure plan the desk would propose today for a learner (changes nothing)."""
        today = self.ctx.now().astimezone(self.ctx.tz).date()
        datamap = fulfilment.data_map(self.ctx)

        def work(session: Session) -> dict[str, Any]:
            learner = find_by_number(session, learner_id)
            if learner is None:
                raise ValueError(f"no learner {learner_id}")
            with open_connectors(datamap, session) as connectors:
                rows = connectors.fetch_all(LearnerKey.of(learner))
            entries = erasure_plan(datamap, rows, today, adult_on=fulfilment.adult_on(learner))
            return plan_json(entries, today)

        return self.run(work)

    def add_staff(
        self, name: str, *, email: str | None, telegram_user_id: int | None, role: Role
    ) -> StaffMember:
        """Allow someone to work on requests."""
        return self.run(
            lambda s: staff.add_staff(
                s, name, email=email, telegram_user_id=telegram_user_id, role=role
            )
        )

    def remove_staff(self, name: str) -> bool:
        """Withdraw someone's right to decide; ``False`` if they were not staff."""
        return self.run(lambda s: staff.remove_staff(s, name))

    def set_staff_password(self, name: str, password: str) -> None:
        """Set the console password of a staff member."""
        self.run(lambda s: staff.set_password(s, name, password))

    def enable_totp(self, name: str) -> str:
        """Turn on a staff member's second factor; the URI for their authenticator app."""
        return self.run(lambda s: staff.enable_totp(s, name))

    def disable_totp(self, name: str) -> None:
        """Turn a staff member's second factor off."""
        self.run(lambda s: staff.disable_totp(s, name))

    def staff_members(self) -> list[StaffMember]:
        """The staff allowed to decide."""
        return self.run(staff.list_staff)

    def register_csv(self, out: TextIO, progress: Callable[[int], object] | None = None) -> int:
        """Write the whole register as CSV (the operator's export), streamed; the row count
        (``progress``: see :func:`workflows.register.export_csv`)."""
        return self.run(lambda s: export_csv(s, self.ctx.tz, out, progress))

    def register_length(self) -> int:
        """How many rows the register has (one per ticket)."""
        return int(self.run(lambda s: s.exec(select(func.count()).select_from(Ticket)).one()))

    def audit_length(self) -> int:
        """How many events the audit log holds."""
        return self.run(count_events)

    def audit_anchor(self) -> Anchor:
        """The tip of the audit chain now, to keep outside the database."""
        return self.run(current_anchor)

    def check_audit_anchor(self, anchor: Anchor) -> str | None:
        """What is wrong with the log against an anchor taken earlier, or ``None``."""
        return self.run(lambda s: check_anchor(s, anchor))

    def readiness(self) -> tuple[bool, str]:
        """Whether this instance can serve, and why (:func:`workflows.migrate.readiness`)."""
        return readiness(self.engine)

    @property
    def metrics(self) -> Metrics:
        """What this process counts (:mod:`workflows.metrics`), for /metrics and the adapters'
        own counts (SMTP refusals)."""
        return self.ctx.metrics

    def watch_database(self) -> None:
        """Report the database's figures (:mod:`workflows.gauges`) with the metrics."""
        self.ctx.metrics.watch(DatabaseGauges(self.engine, self.ctx.now))

    def urgent_requests(self, *, breach_id: int | None = None) -> list[tuple[Ticket, int]]:
        """Open requests due within seven days or overdue, most urgent first, with their days
        left: the staff digest (only those linked to breach ``breach_id`` when given)."""
        now = self.ctx.now()
        return self.run(lambda s: digest_entries(s, self.ctx, now, breach_id=breach_id))

    # -- the staff console's reads and sign-in ------------------------------------------------
    def staff_by_id(self, staff_id: int) -> StaffMember | None:
        """A staff member by id (the console's signed-in session), or ``None``."""
        return self.run(lambda s: s.get(StaffMember, staff_id))

    def sign_in(
        self, login: str, password: str, code: str = ""
    ) -> tuple[LoginResult, StaffMember | None]:
        """Check a console sign-in (see :func:`workflows.staff.authenticate`)."""
        now = self.ctx.now()
        return self.run(lambda s: authenticate(s, login, password, now=now, code=code))

    def set_staff_language(self, name: str, language: str) -> None:
        """Remember the language a staff member reads the console in."""
        self.run(lambda s: staff.set_language(s, name, language))

    def queue(self, wanted: QueueFilter, *, after: QueueCursor | None = None) -> QueueView:
        """One page of the queue with its counts and who each ticket is assigned to."""
        now = self.ctx.now()
        return self.run(lambda s: queue_view(s, wanted, now=now, after=after))

    def ticket_story(self, key: str | int) -> tuple[list[dict[str, Any]], str | None]:
        """The messages of a ticket's thread and who it is assigned to."""

        def work(session: Session) -> tuple[list[dict[str, Any]], str | None]:
            ticket = get_ticket(session, key)
            assert ticket.id is not None
            return ticket_messages(session, ticket), assignees(session, [ticket.id]).get(ticket.id)

        return self.run(work)

    def references(self, keys: Sequence[str | int]) -> list[str]:
        """The references of tickets, in order."""
        return self.run(lambda s: [str(get_ticket(s, key).reference) for key in keys])

    def overview(self) -> Overview:
        """The figures of the overview page."""
        now = self.ctx.now()
        return self.run(lambda s: overview(s, now=now, tz=self.ctx.tz))

    @property
    def breaches(self) -> Breaches:
        """The front door of personal-data breaches, over the same database and context."""
        return Breaches(self.engine, self.ctx)
