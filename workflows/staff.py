"""The DPO team: who may decide escalated steps. Anyone else is refused, and that is logged."""

from __future__ import annotations

from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlmodel import Session, col, select

from workflows.lifecycle import Command
from workflows.models import Learner, StaffMember, Ticket, TicketEvent
from workflows.requests import missing_documents

#: The decisions a staff card may offer: approve, reject, ask the requester.
APPROVE, REJECT, ASK = "a", "r", "q"
#: Where an escalation card's outbox item carries the decisions it offers.
DECISIONS = "decisions"


class NotStaff(PermissionError):
    """The person is not a configured, active staff member."""


def add_staff(
    session: Session, name: str, *, email: str | None = None, telegram_user_id: int | None = None
) -> StaffMember:
    """Add a staff member, or reactivate and update one of that name."""
    member = session.exec(select(StaffMember).where(StaffMember.name == name)).first()
    member = member or StaffMember(name=name)
    member.email, member.telegram_user_id, member.active = email, telegram_user_id, True
    session.add(member)
    session.flush()
    return member


def remove_staff(session: Session, name: str) -> bool:
    """Deactivate a staff member (kept for the history of their decisions)."""
    member = session.exec(select(StaffMember).where(StaffMember.name == name)).first()
    if member is None or not member.active:
        return False
    member.active = False
    session.add(member)
    return True


def list_staff(session: Session) -> list[StaffMember]:
    """Active staff, by name."""
    query = select(StaffMember).where(StaffMember.active == True)  # noqa: E712
    return list(session.exec(query.order_by(col(StaffMember.name))))


def require_staff(
    session: Session,
    *,
    name: str | None = None,
    telegram_user_id: int | None = None,
    configured_telegram_ids: list[int] | None = None,
) -> str:
    """The decider's name if they are staff; raises :class:`NotStaff` otherwise."""
    query = select(StaffMember).where(StaffMember.active == True)  # noqa: E712
    if name is not None:
        member = session.exec(query.where(StaffMember.name == name)).first()
    elif telegram_user_id is not None:
        member = session.exec(
            query.where(StaffMember.telegram_user_id == telegram_user_id)
        ).first()
        if member is None and telegram_user_id in (configured_telegram_ids or []):
            return f"telegram:{telegram_user_id}"
    else:
        member = None
    if member is None:
        who = name if name is not None else f"telegram user {telegram_user_id}"
        raise NotStaff(f"{who} is not a staff member allowed to decide")
    return member.name


def decisions_offered(ticket: Ticket) -> str:
    """The buttons of a ticket's staff card: no Approve while a third party's required
    documents are not all in (staff may still reject, or ask for what is missing)."""
    received = len(ticket.details.get("proofs", []))
    if missing_documents(ticket.requester_kind, received):
        return REJECT + ASK
    return APPROVE + REJECT + ASK


def card_facts(session: Session, ticket: Ticket, today: date) -> dict[str, Any]:
    """What a staff card shows beside the ticket: the learner from the directory (name,
    number, age) and the requester's latest answer, so staff decide from the card."""
    learner = session.get(Learner, ticket.learner_pk) if ticket.learner_pk else None
    born = learner.birth_date if learner is not None else None
    answer = session.exec(
        select(TicketEvent)
        .where(
            TicketEvent.ticket_id == ticket.id,
            TicketEvent.command == Command.REQUESTER_REPLIED.value,
        )
        .order_by(col(TicketEvent.id).desc())
    ).first()
    return {
        "learner": learner,
        "age": relativedelta(today, born).years if born else None,
        "latest_answer": str((answer.data or {}).get("text") or "") if answer else "",
    }
