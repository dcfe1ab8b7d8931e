"""What a requester does on their own tickets, in the caller's transaction: confirm who they
are, answer a question, withdraw a request. The only place these rules live:
:class:`workflows.desk.Desk` and the mail intake (:mod:`workflows.mailbox`, which decides a
reply at once) both call them.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from workflows import fulfilment, identity
from workflows.context import Context
from workflows.lifecycle import Command, State
from workflows.models import Learner, Ticket, VerificationChallenge


def requester_replied(
    session: Session,
    ctx: Context,
    ticket: Ticket,
    *,
    actor: str,
    text: str,
    inbound_id: int | None = None,
) -> Ticket:
    """The requester answered what staff asked (from the chat, or by the mail ``inbound_id``):
    the answer is kept and the ticket goes on."""
    mail = {"inbound_id": inbound_id} if inbound_id is not None else {}
    ctx.move(
        session,
        ticket,
        Command.REQUESTER_REPLIED,
        actor=actor,
        data={"text": text[:4000], **mail},
        changes={"approved_by": None},
    )
    fulfilment.advance(session, ctx, ticket, actor="desk")
    return ticket


def after_confirmation(
    session: Session, ctx: Context, challenge: VerificationChallenge, telegram_chat_id: int | None
) -> None:
    """A confirmed challenge: prove the thread's tickets and carry out what is now allowed."""
    identity.confirm(session, ctx, challenge, telegram_chat_id=telegram_chat_id)
    thread = session.exec(
        select(Ticket).where(
            Ticket.thread_key == challenge.thread_key,
            Ticket.state == State.IN_PROGRESS,
        )
    ).all()
    for ticket in thread:
        fulfilment.advance(session, ctx, ticket, actor="desk")


def cancel_by_requester(
    session: Session,
    ctx: Context,
    ticket: Ticket,
    *,
    channel: str,
    address: str,
    in_reply_to: tuple[str, ...] = (),
    auth_results: dict[str, Any] | None = None,
    reason: str | None = None,
) -> Ticket | None:
    """:meth:`Desk.cancel_by_requester` in the caller's transaction; ``None`` when refused (the
    refusal is logged on the ticket). A mail cancels only when it speaks for the thread
    (:func:`workflows.identity.mail_speaks_for`)."""
    actor = f"{channel}:{address}"
    learner = session.get(Learner, ticket.learner_pk) if ticket.learner_pk else None
    if channel == "telegram":
        if learner is not None and str(learner.telegram_chat_id) == address:
            allowed = ticket.identity_verified_at is not None
        else:
            allowed = ticket.channel == "telegram" and ticket.requester_address == address
    elif channel != "email":
        allowed = False
    else:
        allowed = identity.mail_speaks_for(
            session, ticket, address, in_reply_to, auth_results or {}
        )
    if not allowed:
        ctx.move(
            session,
            ticket,
            Command.NOTE,
            actor=actor,
            reason="refused: cancellation not from the requester's verified channel",
            notice=None,
        )
        return None
    ctx.move(session, ticket, Command.CANCEL, actor=actor, reason=reason)
    return ticket
