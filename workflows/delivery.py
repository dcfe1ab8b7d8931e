"""Where a message to a requester may go: the one place that decides delivery routes.

Personal data, codes and decisions go only to a verified channel: the learner's registered email
or their linked Telegram chat. Never to a ``Reply-To``, an address named in a message, or an
unverified sender.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from workflows.models import Learner, Ticket

EMAIL = "email"
TELEGRAM = "telegram"
STAFF = "staff"


class DeliveryRefused(Exception):
    """Personal data was about to leave through a channel that is not verified."""


@dataclass(frozen=True)
class Route:
    """A channel and an address on it."""

    channel: str
    recipient: str
    verified: bool


def requester_route(ticket: Ticket) -> Route:
    """Back to whoever wrote, on the channel they used: fit for content that reveals nothing."""
    channel = TELEGRAM if ticket.channel == TELEGRAM else EMAIL
    return Route(channel, ticket.requester_address, verified=False)


def registered_route(learner: Learner, channel: str) -> Route:
    """The linked chat when the learner uses Telegram and linked it, else the registered email."""
    if channel == TELEGRAM and learner.telegram_chat_id is not None:
        return Route(TELEGRAM, str(learner.telegram_chat_id), verified=True)
    return Route(EMAIL, learner.email, verified=True)


def route_for(session: Session, ticket: Ticket, *, personal: bool) -> Route:
    """The route for a message about ``ticket``; raises when personal data has no verified one."""
    learner = session.get(Learner, ticket.learner_pk) if ticket.learner_pk else None
    if learner is not None and ticket.identity_verified_at is not None:
        return registered_route(learner, ticket.channel)
    if personal:
        raise DeliveryRefused(f"ticket {ticket.reference} has no verified channel")
    return requester_route(ticket)
