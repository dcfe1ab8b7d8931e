"""Identity checks: match a requester to a learner and prove it with a one-time code.

Codes are random (``secrets``), stored only as salted hashes, expire, allow a few attempts and
are sent only to the learner's *registered* email. When no learner matches, a challenge is still
created (its code is never sent), so that what a requester sees never tells whether an address or
number belongs to a learner.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import func
from sqlmodel import Session, col, select

from workflows.context import Context
from workflows.delivery import EMAIL, registered_route
from workflows.learners import find_learner
from workflows.lifecycle import Command, State
from workflows.models import Learner, Ticket, VerificationChallenge
from workflows.requests import RequestType, Verification, policy_for

CODE_DIGITS = 6
_ITERATIONS = 60_000


def _new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def hash_code(code: str, salt: bytes | None = None) -> str:
    """``salt$digest`` with PBKDF2-SHA256, so a stolen table does not give codes away."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", code.strip().encode(), salt, _ITERATIONS)
    return f"{salt.hex()}${digest.hex()}"


def code_matches(code: str, stored: str) -> bool:
    """Constant-time comparison of ``code`` with a stored hash."""
    salt_hex, _, _ = stored.partition("$")
    return hmac.compare_digest(hash_code(code, bytes.fromhex(salt_hex)), stored)


def needs_verification(request_type: RequestType, *, auth_failed: bool) -> bool:
    """Whether a request must wait for a proven identity before anything is done."""
    if auth_failed:
        return request_type is not RequestType.OTHER
    return policy_for(request_type).verification is not Verification.NONE


@dataclass(frozen=True)
class Match:
    """Who the requester claims to be, and how we found them."""

    learner: Learner | None
    method: str | None


def match_requester(
    session: Session, *, address: str | None, hint: str | None, telegram_chat_id: int | None
) -> Match:
    """Find the learner a requester claims to be: linked chat, then the given hint, then address.

    A match is a claim, not a proof; only a linked chat is already verified.
    """
    if telegram_chat_id is not None:
        linked = session.exec(
            select(Learner).where(Learner.telegram_chat_id == telegram_chat_id)
        ).first()
        if linked is not None:
            return Match(linked, "linked_chat")
    for candidate in (hint, address):
        if candidate:
            learner, method = find_learner(session, candidate)
            if learner is not None:
                return Match(learner, method)
    return Match(None, None)


class ChallengeResult(StrEnum):
    """What happened to a code someone typed."""

    CONFIRMED = "confirmed"
    WRONG = "wrong"
    LOCKED = "locked"
    EXPIRED = "expired"
    NO_CHALLENGE = "no_challenge"


def issue_challenge(
    session: Session, ctx: Context, ticket: Ticket, learner: Learner | None
) -> VerificationChallenge:
    """Create a challenge for ``ticket``'s thread and send the code to the registered email.

    Sends are limited per learner per hour; beyond the limit the challenge exists but no mail
    leaves, which reads the same to the requester.
    """
    now = ctx.now()
    settings = ctx.settings
    code = _new_code()
    challenge = VerificationChallenge(
        ticket_id=ticket.id,
        learner_pk=learner.id if learner else None,
        requester=ticket.thread_key,
        code_hash=hash_code(code),
        created_at=now,
        expires_at=now + timedelta(minutes=settings.verification_code_ttl_minutes),
        max_attempts=settings.verification_max_attempts,
    )
    session.add(challenge)
    session.flush()
    if learner is not None and _sends_last_hour(session, learner, now) <= (
        settings.verification_max_sends_per_hour
    ):
        ctx.notify(
            session,
            ticket,
            "verification_code",
            route=registered_route(learner, EMAIL),
            personal=True,
            language=learner.language if ticket.channel != "telegram" else ticket.language,
            code=code,
            minutes=settings.verification_code_ttl_minutes,
        )
    return challenge


def _sends_last_hour(session: Session, learner: Learner, now: datetime) -> int:
    count = session.exec(
        select(func.count())
        .select_from(VerificationChallenge)
        .where(
            VerificationChallenge.learner_pk == learner.id,
            col(VerificationChallenge.created_at) >= now - timedelta(hours=1),
        )
    ).one()
    return int(count)


def current_challenge(session: Session, thread_key: str) -> VerificationChallenge | None:
    """The latest challenge of a thread."""
    return session.exec(
        select(VerificationChallenge)
        .where(VerificationChallenge.requester == thread_key)
        .order_by(col(VerificationChallenge.id).desc())
    ).first()


def check_code(
    session: Session, ctx: Context, thread_key: str, code: str
) -> tuple[ChallengeResult, VerificationChallenge | None]:
    """Check a typed code against the thread's challenge, counting the attempt."""
    challenge = current_challenge(session, thread_key)
    if challenge is None:
        return ChallengeResult.NO_CHALLENGE, None
    now = ctx.now()
    if challenge.confirmed_at is not None:
        return ChallengeResult.CONFIRMED, challenge
    if challenge.locked_at is not None:
        return ChallengeResult.LOCKED, challenge
    if now > challenge.expires_at:
        return ChallengeResult.EXPIRED, challenge
    challenge.attempts += 1
    matched = code_matches(code, challenge.code_hash) and challenge.learner_pk is not None
    if matched:
        challenge.confirmed_at = now
    elif challenge.attempts >= challenge.max_attempts:
        challenge.locked_at = now
    session.add(challenge)
    session.flush()
    if matched:
        return ChallengeResult.CONFIRMED, challenge
    return (ChallengeResult.LOCKED if challenge.locked_at else ChallengeResult.WRONG), challenge


def mark_verified(
    session: Session, ctx: Context, ticket: Ticket, learner: Learner, *, actor: str
) -> None:
    """Record the proven identity on a ticket waiting for it and move it on."""
    ctx.move(
        session,
        ticket,
        Command.CONFIRM_IDENTITY,
        actor=actor,
        changes={"learner_pk": learner.id, "identity_verified_at": ctx.now()},
    )
    assert State(ticket.state) is State.IN_PROGRESS
