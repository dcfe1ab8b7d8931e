"""The code step, as a person meets it: what they may write while a request waits for their
verification code, and which request of a chat is waiting.

The pending step is read from the database (the live challenge a chat asked for and the
tickets still waiting for it), so it survives a restart of the bot and a ``/start``; the chat's
conversation state is only a hint. Nothing here tells whether an identifier matched a learner:
a challenge exists, and reads the same, either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from workflows import identity
from workflows.context import Context
from workflows.learners import find_learner
from workflows.lifecycle import Command, State
from workflows.models import Ticket, VerificationChallenge


@dataclass(frozen=True)
class PendingCode:
    """A code step under way for a chat."""

    thread_key: str
    references: tuple[str, ...]  # the requests waiting for it
    language: str | None  # the language of those requests
    expires_at: datetime  # of the latest code


def pending_for_chat(session: Session, chat_id: int) -> PendingCode | None:
    """The code step this chat is in, if any: its latest live challenge whose requests still
    wait for the code."""
    requester = identity.requester_key("telegram", str(chat_id))
    challenges = session.exec(
        select(VerificationChallenge)
        .where(
            VerificationChallenge.requester_address == requester,
            col(VerificationChallenge.confirmed_at).is_(None),
            col(VerificationChallenge.superseded_at).is_(None),
        )
        .order_by(col(VerificationChallenge.id).desc())
        .limit(5)
    ).all()
    for challenge in challenges:
        thread = session.exec(
            select(Ticket)
            .where(Ticket.thread_key == challenge.thread_key)
            .order_by(col(Ticket.id))
        ).all()
        waiting = [t for t in thread if State(t.state) is State.AWAITING_IDENTITY]
        if waiting:
            return PendingCode(
                challenge.thread_key,
                tuple(t.reference or "" for t in waiting),
                waiting[0].language,
                challenge.expires_at,
            )
    return None


def reidentify(
    session: Session, ctx: Context, chat_id: int, identifier: str
) -> identity.ResendResult:
    """The chat's pending requests name another identifier ("use my learner number instead"):
    they now claim that learner, and a new code goes to that learner's registered email.

    The answer is the same whether or not the identifier matches (``ACCEPTED``); the send
    limits hold as for any code.
    """
    pending = pending_for_chat(session, chat_id)
    if pending is None:
        return identity.ResendResult.NOTHING_TO_VERIFY
    current = identity.current_challenge(session, pending.thread_key)
    if current is not None and current.locked_at is not None:
        return identity.ResendResult.LOCKED
    requester = identity.requester_key("telegram", str(chat_id))
    if identity.requester_over_limit(session, ctx, requester):
        return identity.ResendResult.TOO_MANY
    learner, method = find_learner(session, identifier)
    waiting = [
        t
        for t in session.exec(
            select(Ticket).where(Ticket.thread_key == pending.thread_key).order_by(col(Ticket.id))
        )
        if State(t.state) is State.AWAITING_IDENTITY
    ]
    for ticket in waiting:
        ctx.move(
            session,
            ticket,
            Command.NOTE,
            actor=f"telegram:{chat_id}",
            reason="the requester gave another identifier",
            changes={
                "learner_pk": learner.id if learner else None,
                "match_method": method if learner else None,
                "match_strength": identity.Strength.UNVERIFIED.value if learner else None,
            },
            notice=None,
        )
    identity.issue_challenge(
        session,
        ctx,
        thread_key=pending.thread_key,
        requester=requester,
        learner=learner,
        ticket=waiting[0],
        language=identity.code_language(waiting[0], learner),
    )
    return identity.ResendResult.ACCEPTED
