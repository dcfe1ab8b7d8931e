"""Identity checks: match a requester to a learner and prove it with a one-time code or token.

Codes are random (``secrets``), stored only as salted HMAC-SHA256 under a server key, expire,
allow a few attempts and are sent only to the learner's *registered* email, with a single-use
token that can be pasted instead of the code. A 6-digit code is protected by its expiry and
attempt limit; the key (derived from the proof key, :func:`workflows.proofvault.subkey`) means
a copy of the table alone does not give codes away, without a slow hash in the transaction.
When no learner matches, a challenge is still created, hashed and its notice rendered the same
way (its code is never sent), so what a requester sees, and how long it takes, never tells
whether an address or number belongs to a learner. Sends are limited per learner (to protect
their inbox) and per requester (counted whether or not anyone matched).

Guessing is bounded across every challenge, thread and channel: each wrong code or token is
recorded, and once a learner (whoever typed) or a requester (whichever learner) reached the
daily failure budget, no code is accepted for them; the learner is told at their registered
address, staff in their chat, once. The token, 160 random bits that only the registered mailbox
received, still works: guessing cannot use it. A code that was never sent is void.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, or_, update
from sqlmodel import Session, col, select

from workflows.audit import append_event
from workflows.context import Context
from workflows.db import is_postgresql
from workflows.delivery import EMAIL, registered_route
from workflows.learners import find_learner, normalise_email
from workflows.lifecycle import Command, State
from workflows.metrics import after_commit
from workflows.models import (
    Learner,
    OutboxItem,
    Ticket,
    VerificationChallenge,
    VerificationFailure,
)
from workflows.requests import RequestType, Verification, policy_for
from workflows.textrules import CODE_DIGITS

log = logging.getLogger(__name__)

CODE_KEY_PURPOSE = b"verification-code"
_HASH_SCHEME = "hmac"
_LEGACY_ITERATIONS = 60_000  # codes hashed before the keyed scheme (live 15 minutes at most)
TOKEN_PREFIX = "PDV"
TOKEN_RE = re.compile(rf"\b{TOKEN_PREFIX}-(\d{{1,12}})-([0-9a-f]{{40}})\b")
#: The sliding window of the failure budget.
FAILURE_WINDOW = timedelta(hours=24)
#: The notice telling a learner that codes are refused for their account.
PAUSED_NOTICE = "verification_paused"


def _new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def code_key(ctx: Context) -> bytes:
    """The server key verification codes are hashed under."""
    return ctx.keys.subkey(CODE_KEY_PURPOSE)


def hash_code(key: bytes, code: str, salt: bytes | None = None) -> str:
    """``hmac$salt$digest``: HMAC-SHA256 under the server key over a per-challenge salt and
    the code, so a stolen table without the key does not give codes away."""
    salt = salt or secrets.token_bytes(16)
    digest = hmac.new(key, salt + code.strip().encode(), hashlib.sha256).hexdigest()
    return f"{_HASH_SCHEME}${salt.hex()}${digest}"


def code_matches(key: bytes, code: str, stored: str) -> bool:
    """Constant-time comparison of ``code`` with a stored hash."""
    scheme, _, rest = stored.partition("$")
    if scheme != _HASH_SCHEME:  # salt$digest: PBKDF2 of a challenge issued before the key
        salt = bytes.fromhex(scheme)
        legacy = hashlib.pbkdf2_hmac("sha256", code.strip().encode(), salt, _LEGACY_ITERATIONS)
        return hmac.compare_digest(f"{scheme}${legacy.hex()}", stored)
    salt_hex, _, _ = rest.partition("$")
    return hmac.compare_digest(hash_code(key, code, bytes.fromhex(salt_hex)), stored)


def _token_digest(secret: str) -> str:
    # 160 random bits: a plain SHA-256 is enough (nothing to brute-force), unlike a 6-digit code.
    return hashlib.sha256(secret.encode()).hexdigest()


def find_token(text: str) -> str | None:
    """The first verification token in ``text`` (a reply to the code email), if any."""
    found = TOKEN_RE.search(text or "")
    return found.group(0) if found else None


def requester_key(channel: str, address: str) -> str:
    """Who asked, as ``channel:address`` (the same form as the intake's actor)."""
    return f"{channel}:{address.strip().lower()}"


def needs_verification(request_type: RequestType, *, auth_failed: bool) -> bool:
    """Whether a request must wait for a proven identity before anything is done."""
    if auth_failed:
        return request_type is not RequestType.OTHER
    return policy_for(request_type).verification is not Verification.NONE


class Strength(StrEnum):
    """How sure a match is: a linked chat or a confirmed code proves it; a claim does not."""

    VERIFIED = "verified"
    UNVERIFIED = "unverified"


VERIFIED_METHODS = frozenset({"linked_chat", "code"})


def strength_of(method: str | None) -> Strength | None:
    """The strength of a match made by ``method`` (``None`` when nothing matched)."""
    if method is None:
        return None
    return Strength.VERIFIED if method in VERIFIED_METHODS else Strength.UNVERIFIED


@dataclass(frozen=True)
class Match:
    """Who the requester claims to be, how we found them, and how sure that is."""

    learner: Learner | None
    method: str | None

    @property
    def strength(self) -> Strength | None:
        return strength_of(self.method) if self.learner is not None else None


def match_requester(
    session: Session, *, address: str | None, hint: str | None, telegram_chat_id: int | None
) -> Match:
    """Find the learner a requester claims to be: linked chat, then the given hint, then address.

    A match is a claim, not a proof; only a linked chat is already verified. Every lookup runs
    whatever the earlier ones found, so a match costs the same time as no match.
    """
    found: Match | None = None
    if telegram_chat_id is not None:
        linked = session.exec(
            select(Learner).where(Learner.telegram_chat_id == telegram_chat_id)
        ).first()
        if linked is not None:
            found = Match(linked, "linked_chat")
    for candidate in (hint, address):
        if candidate:
            learner, method = find_learner(session, candidate)
            if learner is not None and found is None:
                found = Match(learner, method)
    return found or Match(None, None)


class ChallengeResult(StrEnum):
    """What happened to a code (or token) someone typed."""

    CONFIRMED = "confirmed"
    WRONG = "wrong"
    LOCKED = "locked"
    EXPIRED = "expired"
    NO_CHALLENGE = "no_challenge"
    USED = "used"


class ResendResult(StrEnum):
    """What a request for a new code led to, as the requester may be told.

    ``ACCEPTED`` reads "if it matches, we sent a code": it is also the answer when no learner
    matched or the learner's own limit held the mail back.
    """

    ACCEPTED = "accepted"
    TOO_MANY = "too_many"
    LOCKED = "locked"
    NOTHING_TO_VERIFY = "nothing_to_verify"


def _count_since(session: Session, since: datetime, *conditions: object) -> int:
    query = (
        select(func.count())
        .select_from(VerificationChallenge)
        .where(col(VerificationChallenge.created_at) >= since, *conditions)  # type: ignore[arg-type]
    )
    return int(session.exec(query).one())


def requester_over_limit(session: Session, ctx: Context, requester: str) -> bool:
    """Whether ``requester`` asked for as many codes this hour as allowed (matched or not)."""
    since = ctx.now() - timedelta(hours=1)
    limit = ctx.settings.verification_max_sends_per_requester_per_hour
    return _count_since(session, since, VerificationChallenge.requester_address == requester) >= (
        limit
    )


def _sends_last_hour() -> Any:
    """Codes asked for by a requester, and codes sent to a learner, since a moment: one query,
    built once."""
    by_requester = col(VerificationChallenge.requester_address) == bindparam("requester")
    to_learner = and_(
        col(VerificationChallenge.learner_pk) == bindparam("learner_pk"),
        col(VerificationChallenge.sent).is_(True),
    )
    return select(func.count().filter(by_requester), func.count().filter(to_learner)).where(
        col(VerificationChallenge.created_at) >= bindparam("since"), or_(by_requester, to_learner)
    )


_SENDS_LAST_HOUR = _sends_last_hour()


def _add_counting_sends() -> Any:
    """A new challenge, given back loaded with the sends of :data:`_SENDS_LAST_HOUR` before
    it, built once (PostgreSQL: the RETURNING clause reads the table as the statement found
    it, without the new row and with the rows this transaction added before)."""
    earlier = VerificationChallenge.__table__.alias("earlier")  # type: ignore[attr-defined]
    since = (
        select(func.count())
        .select_from(earlier)
        .where(earlier.c.created_at >= bindparam("sends_since"))
    )
    by_requester = since.where(earlier.c.requester_address == bindparam("sends_requester"))
    to_learner = since.where(
        earlier.c.learner_pk == bindparam("sends_learner"), earlier.c.sent.is_(True)
    )
    return insert(VerificationChallenge).returning(
        VerificationChallenge, by_requester.scalar_subquery(), to_learner.scalar_subquery()
    )


_ADD_COUNTING_SENDS = _add_counting_sends()
#: what a challenge holds when nothing else is said (the INSERT above writes every column)
_CHALLENGE_DEFAULTS = {
    name: field.get_default(call_default_factory=True)
    for name, field in VerificationChallenge.model_fields.items()
    if not field.is_required() and name != "id"
}


def _supersede(session: Session, thread_key: str, now: datetime) -> None:
    """End the thread's open challenges: a new one replaces them."""
    for earlier in session.exec(
        select(VerificationChallenge).where(
            VerificationChallenge.thread_key == thread_key,
            col(VerificationChallenge.confirmed_at).is_(None),
            col(VerificationChallenge.superseded_at).is_(None),
        )
    ):
        earlier.superseded_at = now
        session.add(earlier)


def issue_challenge(
    session: Session,
    ctx: Context,
    *,
    thread_key: str,
    requester: str,
    learner: Learner | None,
    ticket: Ticket | None,
    language: str,
    new_thread: bool = False,
) -> VerificationChallenge:
    """Create a challenge for a thread and send code and token to the registered email.

    Any earlier open challenge of the thread is superseded (``new_thread``: the thread was
    opened in this transaction, it has none). The code and token are hashed the same way
    whether or not a learner matched; they leave only for a matched learner under both send
    limits (per learner, per requester), which reads the same to the requester.
    """
    now = ctx.now()
    settings = ctx.settings
    if not new_thread:
        _supersede(session, thread_key, now)
    code = _new_code()
    secret = secrets.token_hex(20)
    key = code_key(ctx)
    values: dict[str, Any] = {
        "ticket_id": ticket.id if ticket else None,
        "learner_pk": learner.id if learner else None,
        "thread_key": thread_key,
        "requester_address": requester,
        "code_hash": hash_code(key, code),
        "token_hash": _token_digest(secret),
        "created_at": now,
        "expires_at": now + timedelta(minutes=settings.verification_code_ttl_minutes),
        "max_attempts": settings.verification_max_attempts,
    }
    sends = {
        "requester": requester,
        "learner": learner.id if learner else -1,
        "since": now - timedelta(hours=1),
    }
    challenge: VerificationChallenge
    if is_postgresql(session.get_bind()):
        # one statement: the row, and the sends before it counted by its RETURNING
        challenge, requester_sends, learner_sends = session.execute(
            _ADD_COUNTING_SENDS,
            {
                **_CHALLENGE_DEFAULTS,
                **values,
                **{f"sends_{name}": value for name, value in sends.items()},
            },
        ).one()
    else:
        requester_sends, learner_sends = session.exec(
            _SENDS_LAST_HOUR,
            params={
                "requester": requester,
                "learner_pk": sends["learner"],
                "since": sends["since"],
            },
        ).one()
        challenge = VerificationChallenge(**values)
        session.add(challenge)
        session.flush()
    within_limits = (
        learner_sends < settings.verification_max_sends_per_hour
        and requester_sends < settings.verification_max_sends_per_requester_per_hour
    )
    notice: dict[str, Any] = {
        "code": code,
        "token": f"{TOKEN_PREFIX}-{challenge.id}-{secret}",
        "minutes": settings.verification_code_ttl_minutes,
    }
    if learner is not None and within_limits:
        ctx.notify(
            session,
            ticket,
            "verification_code",
            route=registered_route(learner, EMAIL),
            personal=True,
            recipient_learner=learner,
            language=language,
            **notice,
        )
        challenge.sent = True
        session.add(challenge)
        return challenge
    if learner is not None:
        log.info("verification challenge %s held back by the send limits", challenge.id)
    # the same rendering work as a sent code, so the answer takes as long either way
    ctx.renderer.render(
        "verification_code",
        language,
        ticket=ticket,
        settings=settings,
        now=now,
        **notice,
    )
    return challenge


def current_challenge(session: Session, thread_key: str) -> VerificationChallenge | None:
    """The thread's live challenge (the latest one not replaced by a resend)."""
    return session.exec(
        select(VerificationChallenge)
        .where(
            VerificationChallenge.thread_key == thread_key,
            col(VerificationChallenge.superseded_at).is_(None),
        )
        .order_by(col(VerificationChallenge.id).desc())
    ).first()


def _failures_since(session: Session, since: datetime, *conditions: object) -> int:
    query = (
        select(func.count())
        .select_from(VerificationFailure)
        .where(col(VerificationFailure.at) >= since, *conditions)  # type: ignore[arg-type]
    )
    return int(session.exec(query).one())


def failures_today(
    session: Session, ctx: Context, *, learner_pk: int | None, requester: str
) -> tuple[int, int]:
    """Wrong codes and tokens over the last day: for the learner (from anyone) and by the
    requester (for anyone). Both queries run whether or not a learner matched."""
    since = ctx.now() - FAILURE_WINDOW
    learner = _failures_since(session, since, VerificationFailure.learner_pk == (learner_pk or -1))
    asked = _failures_since(session, since, VerificationFailure.requester_address == requester)
    return learner, asked


def _budget_spent(session: Session, ctx: Context, challenge: VerificationChallenge) -> bool:
    budget = ctx.settings.verification_max_failures_per_day
    learner, asked = failures_today(
        session, ctx, learner_pk=challenge.learner_pk, requester=challenge.requester_address
    )
    return learner >= budget or asked >= budget


def _lock_learner(session: Session, learner_pk: int | None) -> Learner | None:
    """Take the learner's row, so that attempts on all their challenges count one at a time
    (a row lock on PostgreSQL; SQLite has one writer anyway)."""
    # the same query when nobody matched, so an attempt costs the same time either way
    return session.exec(
        select(Learner).where(Learner.id == (learner_pk or -1)).with_for_update()
    ).first()


def _count_attempt(session: Session, now: datetime, challenge: VerificationChallenge) -> bool:
    """Add one attempt to a live challenge in the database itself (``attempts + 1``, which
    also locks the row until commit), so concurrent attempts all count; ``False`` when the
    challenge is no longer live. The object is refreshed either way."""
    table = VerificationChallenge
    counted = session.execute(
        update(table)
        .where(
            col(table.id) == challenge.id,
            col(table.confirmed_at).is_(None),
            col(table.locked_at).is_(None),
            col(table.superseded_at).is_(None),
            col(table.expires_at) >= now,
        )
        .values(attempts=table.attempts + 1)
        .returning(col(table.attempts))
    ).scalar()
    session.refresh(challenge)
    return counted is not None


def _attempt(
    session: Session,
    ctx: Context,
    challenge: VerificationChallenge,
    matches: bool,
    *,
    token: bool = False,
) -> ChallengeResult:
    """Count one attempt on ``challenge``; lock it at the limit and tell staff on the tickets.

    A match confirms only a challenge whose code was sent to a learner, and for a code only
    while neither the learner nor the requester spent the day's failure budget; anything else
    is a failure, recorded for the budget. Over the budget the answer is the one a wrong code
    gets, so it reads the same whether or not the requester named a learner.
    """
    now = ctx.now()
    learner = _lock_learner(session, challenge.learner_pk)
    if not _count_attempt(session, now, challenge):
        if challenge.confirmed_at is not None:
            return ChallengeResult.USED
        if challenge.locked_at is not None:
            return ChallengeResult.LOCKED
        return ChallengeResult.EXPIRED
    confirmed = (
        matches
        and learner is not None
        and challenge.sent
        and (token or not _budget_spent(session, ctx, challenge))
    )
    if confirmed:
        challenge.confirmed_at = now
        session.add(challenge)
        session.flush()
        return ChallengeResult.CONFIRMED
    _record_failure(session, ctx, challenge, learner)
    if challenge.attempts < challenge.max_attempts:
        return ChallengeResult.WRONG
    challenge.locked_at = now
    session.add(challenge)
    session.flush()
    thread = _thread_tickets(session, challenge.thread_key)
    for ticket in thread:
        ctx.move(
            session,
            ticket,
            Command.NOTE,
            actor="desk",
            reason=f"verification locked after {challenge.attempts} wrong attempts",
            data={"challenge_id": challenge.id, "locked_at": now.isoformat()},
            notice=None,
        )
    if thread:
        ctx.notify_staff(
            session, thread[0], "staff_verification_locked", attempts=challenge.attempts
        )
    return ChallengeResult.LOCKED


def _told_today(session: Session, learner: Learner, now: datetime) -> bool:
    """Whether the learner was already told of a spent budget within the budget's day, so a
    budget that guessing keeps spending tells them (and staff) once, not at every return."""
    return (
        session.exec(
            select(OutboxItem.id).where(
                OutboxItem.template == PAUSED_NOTICE,
                OutboxItem.recipient == learner.email,
                col(OutboxItem.created_at) >= now - FAILURE_WINDOW,
            )
        ).first()
        is not None
    )


def _record_failure(
    session: Session, ctx: Context, challenge: VerificationChallenge, learner: Learner | None
) -> None:
    """Record a wrong code or token; the failure that spends a learner's budget tells the
    learner (registered email only) and staff, once a day at most (the learner's row lock
    makes it one)."""
    assert challenge.id is not None
    now = ctx.now()
    session.add(
        VerificationFailure(
            at=now,
            challenge_id=challenge.id,
            learner_pk=challenge.learner_pk,
            requester_address=challenge.requester_address,
        )
    )
    session.flush()
    after_commit(session, lambda m: m.verification_failures.inc())
    budget = ctx.settings.verification_max_failures_per_day
    failures = _failures_since(
        session,
        now - FAILURE_WINDOW,
        VerificationFailure.learner_pk == (challenge.learner_pk or -1),
    )
    if learner is None or failures < budget or _told_today(session, learner, now):
        return
    requesters = session.exec(
        select(func.count(func.distinct(VerificationFailure.requester_address))).where(
            VerificationFailure.learner_pk == learner.id,
            col(VerificationFailure.at) >= now - FAILURE_WINDOW,
        )
    ).one()
    log.warning("verification failure budget spent for learner %s", learner.learner_id)
    told = ctx.notify_staff(
        session,
        None,
        "staff_verification_budget",
        learner=learner,
        failures=failures,
        requesters=int(requesters),
    )
    ctx.notify(
        session,
        None,
        PAUSED_NOTICE,
        route=registered_route(learner, EMAIL),
        personal=True,
        recipient_learner=learner,
        language=learner.language,
        failures=failures,
        token_prefix=TOKEN_PREFIX,
        staff_told=told is not None,
    )


def _thread_tickets(session: Session, thread_key: str) -> list[Ticket]:
    return list(
        session.exec(
            select(Ticket).where(Ticket.thread_key == thread_key).order_by(col(Ticket.id))
        )
    )


def check_code(
    session: Session, ctx: Context, thread_key: str, code: str
) -> tuple[ChallengeResult, VerificationChallenge | None]:
    """Check a typed code against the thread's challenge, counting the attempt."""
    challenge = current_challenge(session, thread_key)
    key = code_key(ctx)
    if challenge is None:
        hash_code(key, code)  # the same work as a real check
        return ChallengeResult.NO_CHALLENGE, None
    matches = code_matches(key, code, challenge.code_hash)
    return _attempt(session, ctx, challenge, matches), challenge


def check_token(
    session: Session, ctx: Context, token: str
) -> tuple[ChallengeResult, VerificationChallenge | None]:
    """Check a pasted token (``PDV-<id>-<secret>``); a wrong secret counts as an attempt."""
    found = TOKEN_RE.fullmatch(token.strip().lower().replace("pdv-", f"{TOKEN_PREFIX}-", 1))
    if found is None:
        return ChallengeResult.NO_CHALLENGE, None
    challenge = session.get(VerificationChallenge, int(found.group(1)))
    if challenge is None or challenge.token_hash is None:
        return ChallengeResult.NO_CHALLENGE, None
    matches = hmac.compare_digest(_token_digest(found.group(2)), challenge.token_hash)
    return _attempt(session, ctx, challenge, matches, token=True), challenge


def confirm(
    session: Session,
    ctx: Context,
    challenge: VerificationChallenge,
    *,
    telegram_chat_id: int | None,
    actor: str = "requester",
) -> Learner:
    """After a confirmed challenge: link the chat that asked, prove the thread's tickets.

    A chat is linked only when that very chat asked for the code, so a code cannot tie someone
    else's chat to the learner.
    """
    learner = session.get(Learner, challenge.learner_pk)
    assert learner is not None
    asked_here = telegram_chat_id is not None and challenge.requester_address == requester_key(
        "telegram", str(telegram_chat_id)
    )
    if asked_here and learner.telegram_chat_id != telegram_chat_id:
        for other in session.exec(
            select(Learner).where(Learner.telegram_chat_id == telegram_chat_id)
        ):
            other.telegram_chat_id = None  # one chat speaks for one learner
            session.add(other)
        learner.telegram_chat_id = telegram_chat_id
        learner.updated_at = ctx.now()
    if asked_here:
        learner.telegram_last_used_at = ctx.now()
        session.add(learner)
    for ticket in _thread_tickets(session, challenge.thread_key):
        if State(ticket.state) is State.AWAITING_IDENTITY and ticket.learner_pk in (
            None,
            learner.id,
        ):
            mark_verified(session, ctx, ticket, learner, actor=actor)
    return learner


def mark_verified(
    session: Session, ctx: Context, ticket: Ticket, learner: Learner, *, actor: str
) -> None:
    """Record the proven identity on a ticket waiting for it and move it on."""
    details = {**ticket.details, "claimed_by": ticket.match_method}
    ctx.move(
        session,
        ticket,
        Command.CONFIRM_IDENTITY,
        actor=actor,
        changes={
            "learner_pk": learner.id,
            "identity_verified_at": ctx.now(),
            "match_method": "code",
            "match_strength": Strength.VERIFIED.value,
            "details": details,
        },
    )
    assert State(ticket.state) is State.IN_PROGRESS


def resend(session: Session, ctx: Context, thread_key: str) -> ResendResult:
    """A new code for a thread still waiting for it, within the send limits; a lock holds."""
    challenge = current_challenge(session, thread_key)
    waiting = [
        t
        for t in _thread_tickets(session, thread_key)
        if State(t.state) is State.AWAITING_IDENTITY
    ]
    if challenge is None or challenge.confirmed_at is not None or not waiting:
        return ResendResult.NOTHING_TO_VERIFY
    if challenge.locked_at is not None:
        return ResendResult.LOCKED
    if requester_over_limit(session, ctx, challenge.requester_address):
        return ResendResult.TOO_MANY
    learner = session.get(Learner, challenge.learner_pk) if challenge.learner_pk else None
    first = waiting[0]
    issue_challenge(
        session,
        ctx,
        thread_key=thread_key,
        requester=challenge.requester_address,
        learner=learner,
        ticket=first,
        language=code_language(first, learner),
    )
    return ResendResult.ACCEPTED


def code_language(ticket: Ticket | None, learner: Learner | None) -> str:
    """The language of a code email: the learner's own, or the chat's on Telegram."""
    if ticket is not None and (ticket.channel == "telegram" or learner is None):
        return ticket.language
    return learner.language if learner is not None else "fr"


def answers_our_message(
    session: Session, ticket: Ticket, address: str, message_ids: tuple[str, ...]
) -> bool:
    """Whether a mail from ``address`` replies to a message we sent *to that address* about
    ``ticket``'s thread: proof that the sender reads that mailbox, which forging ``From`` and
    copying a reference does not give."""
    wanted = [m.strip() for m in message_ids if m and m.strip()]
    if not wanted:
        return False
    thread_ids = [t.id for t in _thread_tickets(session, ticket.thread_key)]
    ours = session.exec(
        select(OutboxItem).where(
            col(OutboxItem.ticket_id).in_(thread_ids),
            col(OutboxItem.message_id).in_(wanted),
        )
    ).all()
    return any(normalise_email(item.recipient) == normalise_email(address) for item in ours)


def is_thread_sender(session: Session, ticket: Ticket, address: str) -> bool:
    """Whether ``address`` is the thread's own: the requester's, or the registered email of
    the learner the request names. A claim until the mail proves it (:func:`mail_speaks_for`)."""
    sender = normalise_email(address)
    if normalise_email(ticket.requester_address) == sender:
        return True
    learner = session.get(Learner, ticket.learner_pk) if ticket.learner_pk else None
    return learner is not None and normalise_email(learner.email) == sender


def dmarc_passes_for(auth_results: dict[str, Any], address: str) -> bool:
    """Whether our own trusted MTA found DMARC passing for ``address``'s domain."""
    domain = normalise_email(address).rpartition("@")[2]
    return (
        bool(auth_results.get("trusted"))
        and auth_results.get("dmarc") == "pass"
        and not auth_results.get("failed")
        and bool(domain)
        and auth_results.get("header_from") == [domain]
    )


def mail_speaks_for(
    session: Session,
    ticket: Ticket,
    address: str,
    message_ids: tuple[str, ...],
    auth_results: dict[str, Any],
) -> bool:
    """Whether a (person's) mail from ``address`` may act on ``ticket``'s thread: enter a code,
    answer a staff question, add a proof, cancel. Only the thread's own address may, and only
    with proof that it is really that mailbox: the mail answers one of our messages to it, or
    our trusted MTA found DMARC passing for it. Quoting a reference or a Message-ID, or forging
    ``From``, is not enough; such a mail is at most a note for staff."""
    if not is_thread_sender(session, ticket, address):
        return False
    return answers_our_message(session, ticket, address, message_ids) or dmarc_passes_for(
        auth_results, address
    )


def change_registered_email(
    session: Session, ctx: Context, ticket: Ticket, new_email: str, *, actor: str
) -> Learner:
    """Register a new email for the ticket's learner: only for a verified rectification that a
    staff member approved. The old address is told, so a hijack cannot go unnoticed."""
    if RequestType(ticket.request_type) is not RequestType.RECTIFICATION:
        raise PermissionError("only a rectification can change the registered email")
    if ticket.identity_verified_at is None or ticket.learner_pk is None:
        raise PermissionError("the requester's identity is not verified")
    if not ticket.approved_by:
        raise PermissionError("a staff member must approve the change first")
    learner = session.get(Learner, ticket.learner_pk)
    assert learner is not None
    address = normalise_email(new_email)
    local, _, domain = address.partition("@")
    if not local or "." not in domain or " " in address:
        raise ValueError(f"{new_email!r} is not an address")
    taken = session.exec(
        select(Learner).where(Learner.email == address, col(Learner.id) != learner.id)
    ).first()
    if taken is not None:
        raise ValueError("that address is registered for another learner")
    old = learner.email
    ctx.notify(
        session,
        ticket,
        "email_changed",
        route=registered_route(learner, EMAIL),
        personal=True,
        language=learner.language,
        new_email=address,
    )
    learner.email = address
    learner.updated_at = ctx.now()
    session.add(learner)
    ctx.move(
        session,
        ticket,
        Command.NOTE,
        actor=actor,
        reason="registered email changed",
        data={"old": old, "new": address},
        notice=None,
    )
    return learner


# -- Telegram links end ------------------------------------------------------------------------
class LinkEnd(StrEnum):
    """Why a Telegram link ended: the learner asked, staff decided, or it was left unused."""

    BY_LEARNER = "by the learner"
    BY_STAFF = "by staff"
    IDLE = "unused"


def link_used(learner: Learner, now: datetime) -> None:
    """The linked chat just proved who it is (a request from it): the link stays alive."""
    learner.telegram_last_used_at = now


def end_link(
    session: Session, ctx: Context, learner: Learner, *, why: LinkEnd, actor: str
) -> bool:
    """Unlink the learner's Telegram chat, logged in the audit chain (an event about the
    learner, on no ticket). The chat must verify with a code again. ``False`` if none was."""
    if learner.telegram_chat_id is None:
        return False
    now = ctx.now()
    idle_since = learner.telegram_last_used_at
    learner.telegram_chat_id = None
    learner.telegram_last_used_at = None
    learner.updated_at = now
    session.add(learner)
    append_event(
        session,
        ticket_id=None,
        at=now,
        actor=actor,
        command=Command.NOTE.value,
        from_state="",
        to_state="",
        reason=f"telegram link ended {why.value}",
        data={
            "learner_id": learner.learner_id,
            "last_used_at": idle_since.isoformat() if idle_since else None,
        },
    )
    return True


def expire_idle_links(session: Session, ctx: Context, now: datetime) -> int:
    """End the Telegram links left unused for ``telegram_link_max_idle_days``; their chats
    must verify again. Returns how many ended."""
    cutoff = now - timedelta(days=ctx.settings.telegram_link_max_idle_days)
    idle = session.exec(
        select(Learner).where(
            col(Learner.telegram_chat_id).is_not(None),
            (col(Learner.telegram_last_used_at) < cutoff)
            | col(Learner.telegram_last_used_at).is_(None),
        )
    ).all()
    return sum(
        end_link(session, ctx, learner, why=LinkEnd.IDLE, actor="scheduler") for learner in idle
    )


def forget_old_failures(session: Session, now: datetime) -> int:
    """Drop the failures the budget no longer counts (they name who typed)."""
    old = session.exec(
        select(VerificationFailure).where(col(VerificationFailure.at) < now - FAILURE_WINDOW)
    ).all()
    for failure in old:
        session.delete(failure)
    return len(old)
