"""The DPO team: who may decide escalated steps, with which role, and how they sign in.

Anyone who is not staff is refused, and that is logged. Roles (:class:`Role`) are checked here,
the same for the web console, the staff chat and the command line: an ``agent`` reads, asks the
requester, corrects and drafts; only a ``dpo`` approves, rejects, extends, opens proof documents
and exports the register (and a breach record, and decides a breach's learners are not told
one by one). Telegram ids listed in ``STAFF_USER_IDS`` without a staff record act
as ``dpo``, as they did before roles existed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from dateutil.relativedelta import relativedelta
from sqlalchemy import func
from sqlmodel import Session, col, select

from workflows.audit import append_event
from workflows.details import details_of
from workflows.lifecycle import Command
from workflows.models import Learner, StaffMember, Ticket, TicketEvent
from workflows.requests import missing_documents

#: The decisions a staff card may offer: approve, reject, ask the requester.
APPROVE, REJECT, ASK = "a", "r", "q"
#: Where an escalation card's outbox item carries the decisions it offers.
DECISIONS = "decisions"


class Role(StrEnum):
    """What a staff member may do."""

    DPO = "dpo"
    AGENT = "agent"


#: Actions only a DPO may take; every other staff action is open to agents too.
DPO_ONLY = frozenset(
    {
        "approve",
        "reject",
        "extend",
        "open a proof document",
        "change the registered email",
        "export the register",
        "export a breach record",
        "decide the learners are not told",
    }
)

#: Wrong passwords in a row that lock an account, and for how long.
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 12

_hasher = PasswordHasher()  # argon2id with the library's current parameters
_DUMMY_HASH = _hasher.hash("an account that does not exist")


class NotStaff(PermissionError):
    """The person is not a configured, active staff member."""


class NotAllowed(NotStaff):
    """A staff member whose role does not allow the action."""


class LoginResult(StrEnum):
    """How a sign-in attempt ended; ``WRONG`` whether the account or the password is wrong."""

    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


def add_staff(
    session: Session,
    name: str,
    *,
    email: str | None = None,
    telegram_user_id: int | None = None,
    role: Role = Role.DPO,
) -> StaffMember:
    """Add a staff member, or reactivate and update one of that name."""
    member = session.exec(select(StaffMember).where(StaffMember.name == name)).first()
    member = member or StaffMember(name=name)
    member.email, member.telegram_user_id, member.active = email, telegram_user_id, True
    member.role = Role(role).value
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
    action: str | None = None,
) -> str:
    """The decider's name if they are staff whose role allows ``action``.

    Raises :class:`NotStaff` for someone who is not staff and :class:`NotAllowed` for an agent
    asking for an action in :data:`DPO_ONLY`.
    """
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
    if action in DPO_ONLY and member.role != Role.DPO:
        raise NotAllowed(f"{member.name} is {member.role}: only a dpo may {action}")
    return member.name


def set_password(session: Session, name: str, password: str) -> StaffMember:
    """Give an active staff member a console password (stored as an argon2id hash); a locked
    account is unlocked."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"a password has at least {MIN_PASSWORD_LENGTH} characters")
    member = session.exec(
        select(StaffMember).where(StaffMember.name == name, StaffMember.active == True)  # noqa: E712
    ).first()
    if member is None:
        raise NotStaff(f"{name} is not a staff member")
    member.password_hash = _hasher.hash(password)
    member.failed_logins, member.locked_until = 0, None
    session.add(member)
    return member


def set_language(session: Session, name: str, language: str) -> None:
    """The language a staff member reads the console in, kept for their next sign-in."""
    member = session.exec(select(StaffMember).where(StaffMember.name == name)).first()
    if member is not None:
        member.language = language
        session.add(member)


def enable_totp(session: Session, name: str) -> str:
    """Turn on the TOTP second factor of a staff member; returns the ``otpauth://`` URI to load
    into their authenticator app (a new secret each time: the previous one stops working)."""
    member = session.exec(
        select(StaffMember).where(StaffMember.name == name, StaffMember.active == True)  # noqa: E712
    ).first()
    if member is None:
        raise NotStaff(f"{name} is not a staff member")
    member.totp_secret = pyotp.random_base32()
    session.add(member)
    return pyotp.TOTP(member.totp_secret).provisioning_uri(
        name=member.email or member.name, issuer_name="Privacy Desk"
    )


def disable_totp(session: Session, name: str) -> None:
    """Turn the second factor off (a lost phone); the password alone signs in again."""
    member = session.exec(select(StaffMember).where(StaffMember.name == name)).first()
    if member is None:
        raise NotStaff(f"{name} is not a staff member")
    member.totp_secret = None
    session.add(member)


def authenticate(
    session: Session, login: str, password: str, *, now: datetime, code: str = ""
) -> tuple[LoginResult, StaffMember | None]:
    """Check a sign-in by name or email (and the TOTP ``code`` when the member turned it on).

    :data:`MAX_FAILED_LOGINS` wrong passwords or codes in a row lock the account for
    :data:`LOCKOUT` (logged in the audit chain); while locked, even the right password is
    refused. An unknown login costs the same hashing work as a wrong password and gets the same
    answer.
    """
    login = login.strip()
    member = session.exec(
        select(StaffMember).where(
            StaffMember.active == True,  # noqa: E712
            (col(StaffMember.name) == login)
            | (func.lower(col(StaffMember.email)) == login.lower()),
        )
    ).first()
    if member is None or member.password_hash is None:
        _verify(_DUMMY_HASH, password)
        return LoginResult.WRONG, None
    if member.locked_until is not None and member.locked_until > now:
        return LoginResult.LOCKED, member
    second_factor = member.totp_secret is None or pyotp.TOTP(member.totp_secret).verify(
        code.strip(), for_time=now, valid_window=1
    )
    if _verify(member.password_hash, password) and second_factor:
        member.failed_logins, member.locked_until = 0, None
        if _hasher.check_needs_rehash(member.password_hash):
            member.password_hash = _hasher.hash(password)
        session.add(member)
        return LoginResult.OK, member
    member.failed_logins += 1
    result = LoginResult.WRONG
    if member.failed_logins >= MAX_FAILED_LOGINS:
        member.failed_logins, member.locked_until = 0, now + LOCKOUT
        result = LoginResult.LOCKED
        append_event(
            session,
            ticket_id=None,
            at=now,
            actor=f"staff:{member.name}",
            command="note",
            from_state="",
            to_state="",
            reason=f"console sign-in locked after {MAX_FAILED_LOGINS} wrong passwords or codes",
        )
    session.add(member)
    return result, member


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def decisions_offered(ticket: Ticket) -> str:
    """The buttons of a ticket's staff card: no Approve while a third party's required
    documents are not all in (staff may still reject, or ask for what is missing)."""
    received = len(details_of(ticket).proofs)
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
