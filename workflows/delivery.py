"""Where a message to a requester may go: the one place that decides delivery routes.

Personal data, codes and decisions go only to a verified channel: the learner's registered email
or their linked Telegram chat. Never to a ``Reply-To``, an address named in a message, or an
unverified sender. The one exception is a third party (parent, heir, lawyer) whose proof
documents a staff member approved: the decision about their request goes back to them.
:func:`check_route` is called for every notice, so a wrong route is an error, not a leak.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from workflows.models import Learner, Ticket

EMAIL = "email"
TELEGRAM = "telegram"
STAFF = "staff"
#: A postal letter: the desk prepares it for printing, staff post it.
LETTER = "letter"


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
    if ticket.channel == LETTER:  # to the name and postal address the letter gave
        return Route(LETTER, postal_recipient(ticket), verified=False)
    channel = TELEGRAM if ticket.channel == TELEGRAM else EMAIL
    return Route(channel, ticket.requester_address, verified=False)


def postal_recipient(ticket: Ticket) -> str:
    """The address block of a letter: the requester's name, then their postal address."""
    return "\n".join(line for line in (ticket.requester_name, ticket.requester_address) if line)


def registered_route(learner: Learner, channel: str) -> Route:
    """The linked chat when the learner uses Telegram and linked it, else the registered email."""
    return registered_address(learner.email, learner.telegram_chat_id, channel)


def registered_address(email: str, telegram_chat_id: int | None, channel: str) -> Route:
    """:func:`registered_route` from the learner's two columns, for a bulk sender that reads
    them without loading each learner."""
    if channel == TELEGRAM and telegram_chat_id is not None:
        return Route(TELEGRAM, str(telegram_chat_id), verified=True)
    return Route(EMAIL, email, verified=True)


def third_party_approved(ticket: Ticket) -> bool:
    """A third party's proof documents were reviewed and accepted by a staff member."""
    return ticket.requester_kind != "self" and bool(ticket.details.get("approved_by"))


def route_for(session: Session, ticket: Ticket, *, personal: bool) -> Route:
    """The route for a message about ``ticket``; raises when personal data has no verified one."""
    learner = session.get(Learner, ticket.learner_pk) if ticket.learner_pk else None
    if ticket.requester_kind == "self":
        if learner is not None and ticket.identity_verified_at is not None:
            return registered_route(learner, ticket.channel)
    elif third_party_approved(ticket):
        return Route(requester_route(ticket).channel, ticket.requester_address, verified=True)
    if personal:
        raise DeliveryRefused(f"ticket {ticket.reference} has no verified channel")
    return requester_route(ticket)


def verified_recipients(session: Session, ticket: Ticket | None) -> set[tuple[str, str]]:
    """Every (channel, address) that may receive personal content about ``ticket``."""
    if ticket is None:
        return set()
    allowed: set[tuple[str, str]] = set()
    learner = session.get(Learner, ticket.learner_pk) if ticket.learner_pk else None
    if learner is not None:
        allowed.add((EMAIL, learner.email))
        if learner.telegram_chat_id is not None:
            allowed.add((TELEGRAM, str(learner.telegram_chat_id)))
    if third_party_approved(ticket):
        allowed.add((requester_route(ticket).channel, ticket.requester_address))
    return allowed


def check_route(
    session: Session,
    ticket: Ticket | None,
    route: Route,
    *,
    personal: bool,
    learner: Learner | None = None,
) -> None:
    """Refuse personal content on any route but the registered email or the linked chat.

    ``learner`` is for messages that belong to no ticket yet (a code asked for from the chat).
    Staff routes are the DPO team's own and always allowed.
    """
    if not personal or route.channel == STAFF:
        return
    allowed = verified_recipients(session, ticket)
    if learner is not None:
        allowed.add((EMAIL, learner.email))
        if learner.telegram_chat_id is not None:
            allowed.add((TELEGRAM, str(learner.telegram_chat_id)))
    if (route.channel, route.recipient) not in allowed:
        reference = ticket.reference if ticket is not None else "(no ticket)"
        raise DeliveryRefused(f"personal content for {reference} on an unverified route")
