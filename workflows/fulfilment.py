"""Carrying requests out: escalate to staff when the type needs it, then do the work and close.

:func:`advance` is called whenever a ticket is in progress. Handlers per request type do the work
inside the caller's transaction; the ticket is completed with the confirmation notice after.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from workflows.context import Context
from workflows.learners import normalise_email
from workflows.lifecycle import Command, State
from workflows.models import Learner, SuppressionEntry, Ticket
from workflows.requests import RequestType, policy_for

MARKETING_CHANNELS = ("email", "sms", "phone", "post")

Handler = Callable[[Session, Context, Ticket], None]


def suppress(
    session: Session, *, channel: str, address: str, learner: Learner | None, ticket: Ticket
) -> None:
    """Add an address to the suppression list for one channel (idempotent)."""
    exists = session.exec(
        select(SuppressionEntry).where(
            SuppressionEntry.channel == channel, SuppressionEntry.address == address
        )
    ).first()
    if exists is None:
        try:
            with session.begin_nested():
                session.add(
                    SuppressionEntry(
                        channel=channel,
                        address=address,
                        learner_pk=learner.id if learner else None,
                        ticket_id=ticket.id,
                    )
                )
        except IntegrityError:
            pass


def stop_marketing(session: Session, ctx: Context, ticket: Ticket) -> None:
    """Suppress the channels named (all of them when none is named), at once."""
    learner = session.get(Learner, ticket.learner_pk) if ticket.learner_pk else None
    channels = ticket.details.get("channels") or list(MARKETING_CHANNELS)
    for channel in channels:
        if channel == "email":
            addresses = (
                {normalise_email(ticket.requester_address)}
                if "@" in (ticket.requester_address)
                else set()
            )
            if learner is not None:
                addresses.add(learner.email)
        elif learner is not None and learner.phone and channel in ("sms", "phone"):
            addresses = {learner.phone}
        elif learner is not None and channel == "post":
            addresses = {learner.learner_id}
        else:
            addresses = set()
        for address in sorted(addresses):
            suppress(session, channel=channel, address=address, learner=learner, ticket=ticket)


HANDLERS: dict[RequestType, Handler] = {
    RequestType.MARKETING_OBJECTION: stop_marketing,
}


def needs_approval(ticket: Ticket) -> bool:
    """Staff must approve this ticket before it is carried out."""
    return policy_for(RequestType(ticket.request_type)).needs_approval or bool(
        ticket.details.get("needs_review")
    )


def advance(session: Session, ctx: Context, ticket: Ticket, *, actor: str) -> None:
    """Escalate an in-progress ticket to staff, or carry it out and complete it."""
    if State(ticket.state) is not State.IN_PROGRESS:
        return
    if needs_approval(ticket) and not ticket.details.get("approved_by"):
        ctx.move(session, ticket, Command.REQUEST_APPROVAL, actor=actor)
        return
    handler = HANDLERS.get(RequestType(ticket.request_type))
    if handler is not None:
        handler(session, ctx, ticket)
    ctx.move(session, ticket, Command.COMPLETE, actor=actor)
