"""Queries a chat channel needs: whose tickets a chat may see and withdraw, and who is staff.

A chat sees the tickets it opened itself and, once a code has linked it to a learner, that
learner's tickets. Nothing here changes a ticket; the Desk does that.
"""

from __future__ import annotations

import re

from sqlmodel import Session, col, or_, select

from workflows.config import Settings
from workflows.delivery import TELEGRAM
from workflows.lifecycle import OPEN, State
from workflows.models import Learner, Ticket
from workflows.proofs import documents_missing
from workflows.requests import RequesterKind
from workflows.staff import NotStaff, require_staff

_GREETING = re.compile(
    r"^\W*(bonjour|bonsoir|salut|coucou|hello|hi|hey|bjr|slt|good (morning|afternoon|evening))"
    r"(\W+(à vous|a vous|tout le monde|there|everyone|ça va|ca va|how are you))?\W*$",
    re.IGNORECASE,
)


def is_greeting(text: str) -> bool:
    """A message that only says hello ("Bonjour !", "hi there"): answered in a line, not with
    the whole list of rights."""
    return bool(_GREETING.match(text.strip()))


def linked_learner(session: Session, chat_id: int) -> Learner | None:
    """The learner whose identity this chat proved with a code, if any."""
    return session.exec(select(Learner).where(Learner.telegram_chat_id == chat_id)).first()


def tickets_of_chat(session: Session, chat_id: int) -> list[Ticket]:
    """Tickets opened from this chat or belonging to the learner linked to it, newest first.

    One query: ``/status`` is answered on every request, so it is worth the subquery.
    """
    opened_here = (col(Ticket.channel) == TELEGRAM) & (
        col(Ticket.requester_address) == str(chat_id)
    )
    linked = select(Learner.id).where(Learner.telegram_chat_id == chat_id)
    condition = or_(opened_here, col(Ticket.learner_pk).in_(linked))
    return list(session.exec(select(Ticket).where(condition).order_by(col(Ticket.id).desc())))


def ticket_of_chat(session: Session, chat_id: int, ticket_id: int) -> Ticket | None:
    """``ticket_id`` if this chat may see and act on it, else ``None`` (forged buttons)."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        return None
    if ticket.channel == TELEGRAM and ticket.requester_address == str(chat_id):
        return ticket
    learner = linked_learner(session, chat_id)
    if learner is not None and ticket.learner_pk == learner.id:
        return ticket
    return None


def question_waiting(session: Session, chat_id: int) -> Ticket | None:
    """The latest request of this chat that waits for the requester's answer to our team's
    question (not for documents): what the chat writes next is most likely that answer."""
    for ticket in tickets_of_chat(session, chat_id):
        if ticket.state == State.AWAITING_REQUESTER and ticket.proof_asked_at is None:
            return ticket
    return None


def tickets_wanting_documents(session: Session, chat_id: int) -> list[Ticket]:
    """Requests of this chat a document sent now would go to: those waiting for the
    requester's answer, and a third party's while some required documents are missing."""
    return [
        t
        for t in tickets_of_chat(session, chat_id)
        if t.state == State.AWAITING_REQUESTER
        or (
            t.requester_kind != RequesterKind.SELF
            and State(t.state) in OPEN
            and documents_missing(t)
        )
    ]


def staff_name(session: Session, settings: Settings, telegram_user_id: int) -> str | None:
    """The staff member's name for a Telegram user, or ``None`` when they may not decide."""
    try:
        return require_staff(
            session,
            telegram_user_id=telegram_user_id,
            configured_telegram_ids=settings.staff_user_ids,
        )
    except NotStaff:
        return None
