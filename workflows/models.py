"""Tables of Privacy Desk (sqlmodel). Alembic migrations under ``migrations/`` mirror them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Index,
    LargeBinary,
    String,
    UniqueConstraint,
    event,
    func,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.types import DateTime, TypeDecorator
from sqlmodel import Field, SQLModel, col

from workflows.details import checked
from workflows.lifecycle import OPEN, State
from workflows.requests import RequesterKind, RequestType


def utcnow() -> datetime:
    """The current instant, timezone-aware, in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores instants as naive UTC; always gives back aware UTC datetimes, on every database."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an instant is expected")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


E = TypeVar("E", bound=StrEnum)


class EnumValue(TypeDecorator[E]):
    """Stores a :class:`StrEnum` member as its value in a string column; gives back the member,
    and refuses a value that is none of the enum's."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int) -> None:
        super().__init__(length)
        self.enum = enum

    def process_bind_param(self, value: E | str | None, dialect: Any) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: str | None, dialect: Any) -> E | None:
        return None if value is None else self.enum(value)


def _enum(enum: type[StrEnum], length: int, *, index: bool = False, default: Any = None) -> Any:
    column: Column[Any] = Column(EnumValue(enum, length), index=index, nullable=False)
    return Field(sa_column=column) if default is None else Field(default, sa_column=column)


class OutboxStatus(StrEnum):
    """Where a message of the outbox stands."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    SUPPRESSED = "suppressed"
    #: Kept back by the staff chat's flood guard, then sent in a digest (``workflows.staffchat``).
    HELD = "held"
    GROUPED = "grouped"


#: Outbox states in which an item may still be sent: its content is still needed.
STILL_TO_SEND = frozenset({OutboxStatus.PENDING, OutboxStatus.SENDING})


def _instant(**kwargs: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kwargs)


def _json(default_factory: Any = dict) -> Any:
    return Field(default_factory=default_factory, sa_column=Column(JSON, nullable=False))


class Learner(SQLModel, table=True):
    """A learner of the group, as imported from the learner directory."""

    id: int | None = Field(default=None, primary_key=True)
    learner_id: str = Field(index=True, unique=True, max_length=64)
    email: str = Field(index=True, max_length=320)
    first_name: str = ""
    last_name: str = ""
    phone: str | None = Field(default=None, index=True, max_length=32)
    birth_date: date | None = None
    language: str = Field(default="fr", max_length=8)
    profile: dict[str, Any] = _json()
    telegram_chat_id: int | None = Field(default=None, index=True, sa_type=BigInteger)
    #: When the linked chat last proved who it is (linked, or a request from it): a link left
    #: unused for ``telegram_link_max_idle_days`` ends, and the chat must verify again.
    telegram_last_used_at: datetime | None = _instant(default=None)
    #: The profile's processing is restricted (Art. 18); other categories: :class:`Restriction`.
    restricted: bool = False
    created_at: datetime = _instant(default_factory=utcnow)
    updated_at: datetime = _instant(default_factory=utcnow)


class StaffMember(SQLModel, table=True):
    """A member of the DPO team allowed to decide escalated steps."""

    __tablename__ = "staff_member"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=120)
    email: str | None = Field(default=None, max_length=320)
    telegram_user_id: int | None = Field(default=None, index=True, sa_type=BigInteger)
    active: bool = True
    created_at: datetime = _instant(default_factory=utcnow)
    #: ``dpo`` decides (approve, reject, extend, open proofs, export the register); ``agent``
    #: reads, asks the requester, corrects and drafts (:class:`workflows.staff.Role`).
    role: str = Field(default="dpo", max_length=16)
    #: argon2id hash for the web console; ``None``: this member cannot sign in there.
    password_hash: str | None = Field(default=None, max_length=256)
    failed_logins: int = 0
    locked_until: datetime | None = _instant(default=None)
    language: str = Field(default="fr", max_length=8)
    #: base32 secret of the optional TOTP second factor (``staff totp NAME``); ``None``: off.
    totp_secret: str | None = Field(default=None, max_length=64)


class Ticket(SQLModel, table=True):
    """One request of one requester; several tickets of one message share a ``thread_key``."""

    id: int | None = Field(default=None, primary_key=True)
    reference: str | None = Field(default=None, unique=True, max_length=32)
    request_type: RequestType = _enum(RequestType, 32, index=True)
    state: State = _enum(State, 32, index=True)
    version: int = 1
    channel: str = Field(max_length=16)
    language: str = Field(default="fr", max_length=8)
    received_at: datetime = _instant()
    due_at: datetime = _instant(index=True)
    extended_due_at: datetime | None = _instant(default=None)
    extension_reason: str | None = None
    #: Why more time was needed, as Art. 12(3) GDPR allows (:class:`ExtensionCause`).
    extension_cause: str | None = Field(default=None, max_length=16)
    closed_at: datetime | None = _instant(default=None)
    outcome: str | None = Field(default=None, max_length=32)
    rejection_reason: str | None = Field(default=None, max_length=32)
    decision_text: str | None = None
    decided_by: str | None = Field(default=None, max_length=120)
    learner_pk: int | None = Field(default=None, foreign_key="learner.id", index=True)
    match_method: str | None = Field(default=None, max_length=32)
    match_strength: str | None = Field(default=None, max_length=16)
    identity_verified_at: datetime | None = _instant(default=None)
    requester_kind: RequesterKind = _enum(RequesterKind, 16, default=RequesterKind.SELF)
    requester_address: str = Field(default="", index=True, max_length=320)
    requester_name: str = ""
    thread_key: str = Field(index=True, max_length=64)
    message_id: str | None = Field(default=None, index=True, max_length=998)
    subject: str = ""
    text: str = ""
    classification: dict[str, Any] = _json()
    auth_results: dict[str, Any] = _json()
    #: What is shown or carried along (what was asked, plans, results), each key a field of
    #: :class:`workflows.details.TicketDetails`, checked on every assignment; what steers the
    #: code is in the typed columns below, never here (``tests/test_architecture.py``).
    details: dict[str, Any] = _json()
    #: The staff member who approved the request (cleared when the requester answers again).
    approved_by: str | None = Field(default=None, max_length=120)
    #: When the requester was asked for proof documents; set while the request waits for them.
    proof_asked_at: datetime | None = _instant(default=None)
    #: When the requester was reminded of the code or documents still awaited.
    reminded_at: datetime | None = _instant(default=None)
    #: When the retention rule purged the request's texts, attachments and proofs.
    purged_at: datetime | None = _instant(default=None)
    #: Staff must review the request before it is carried out: the classifier was unsure, a
    #: third party asks, or it came by post.
    needs_review: bool = False
    #: The trusted mail server saw SPF, DKIM or DMARC fail on the request's message.
    auth_failed: bool = False
    #: The personal-data breach whose notice this request answers (:mod:`workflows.breach`).
    breach_id: int | None = Field(default=None, foreign_key="breach.id", index=True)
    created_at: datetime = _instant(default_factory=utcnow)

    @property
    def effective_due_at(self) -> datetime:
        """The due date in force: the extended one when staff extended it."""
        return self.extended_due_at or self.due_at


@event.listens_for(Ticket.details, "set", retval=True)
def _check_details(
    ticket: Ticket, value: dict[str, Any], old: object, initiator: object
) -> dict[str, Any]:
    """Every write of ``Ticket.details`` holds only what :class:`TicketDetails` allows."""
    return checked(value)


#: Open tickets in the queue's order (the due date in force, then id): the queue and the overdue
#: filter read them in order and stop early, however many closed tickets the register keeps
#: (``python -m bench.scale``).
OPEN_TICKETS = text("state IN (" + ", ".join(f"'{s.value}'" for s in sorted(OPEN)) + ")")
Index(
    "ix_ticket_open_due",
    func.coalesce(Ticket.extended_due_at, Ticket.due_at),
    col(Ticket.id),
    postgresql_where=OPEN_TICKETS,
).ddl_if(dialect="postgresql")
#: the same, by request type: the queue filtered to one right (overdue or not) stops early too,
#: even when no open ticket has that type
Index(
    "ix_ticket_open_type_due",
    Ticket.request_type,
    func.coalesce(Ticket.extended_due_at, Ticket.due_at),
    col(Ticket.id),
    postgresql_where=OPEN_TICKETS,
).ddl_if(dialect="postgresql")
#: The overdue count (:func:`workflows.queue.overdue_count`): with the columns the due date in
#: force is made of, counted from the index alone (an index-only scan), table pages unread.
Index(
    "ix_ticket_overdue",
    func.coalesce(Ticket.extended_due_at, Ticket.due_at),
    postgresql_include=["extended_due_at", "due_at"],
    postgresql_where=OPEN_TICKETS,
).ddl_if(dialect="postgresql")

#: Closed tickets not yet purged, by closing date: the scheduler's purge pass
#: (:func:`workflows.scheduler.purge_closed`) reads those past their retention period from it,
#: not every ticket the register keeps.
TO_PURGE = text("closed_at IS NOT NULL AND purged_at IS NULL")
Index(
    "ix_ticket_to_purge", col(Ticket.closed_at), postgresql_where=TO_PURGE, sqlite_where=TO_PURGE
)


def _trigram_extension(_metadata: Any, connection: Connection, **_: Any) -> None:
    """Tables made from the models (the tests) get the extension the trigram indexes use."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))


event.listen(SQLModel.metadata, "before_create", _trigram_extension)


def _trigrams(name: str, expression: Any) -> None:
    """A trigram index on ``expression`` (PostgreSQL's ``pg_trgm``): the queue's search by part
    of a name finds its rows through it instead of reading every learner and ticket."""
    Index(
        name,
        expression.label("trgm"),
        postgresql_using="gin",
        postgresql_ops={"trgm": "gin_trgm_ops"},
    ).ddl_if(dialect="postgresql")


#: the names the queue search compares (``workflows.queue``), as it compares them
LEARNER_FIRST_NAME = func.lower(Learner.first_name)
LEARNER_LAST_NAME = func.lower(Learner.last_name)
REQUESTER_NAME = func.lower(Ticket.requester_name)
_trigrams("ix_learner_first_name_trgm", LEARNER_FIRST_NAME)
_trigrams("ix_learner_last_name_trgm", LEARNER_LAST_NAME)
_trigrams("ix_ticket_requester_name_trgm", REQUESTER_NAME)


class TicketAssignment(SQLModel, table=True):
    """The staff member working on a ticket (set from the console); no row: nobody yet."""

    __tablename__ = "ticket_assignment"

    ticket_id: int = Field(foreign_key="ticket.id", primary_key=True)
    staff_name: str = Field(index=True, max_length=120)
    assigned_at: datetime = _instant(default_factory=utcnow)


class TicketEvent(SQLModel, table=True):
    """Append-only, hash-chained audit log: one row per transition or note."""

    __tablename__ = "ticket_event"

    id: int | None = Field(default=None, primary_key=True)
    #: ``None`` for an event about a learner rather than a request (a Telegram link ended)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    at: datetime = _instant()
    actor: str = Field(max_length=160)
    command: str = Field(max_length=32)
    from_state: str = Field(max_length=32)
    to_state: str = Field(max_length=32)
    reason: str | None = None
    data: dict[str, Any] = _json()
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)


class AuditHead(SQLModel, table=True):
    """The single row that serialises appends to the audit chain and records its tip."""

    __tablename__ = "audit_head"

    id: int = Field(default=1, primary_key=True)
    last_event_id: int = 0
    last_hash: str = Field(default="0" * 64, max_length=64)
    #: The last event hashed with plain SHA-256, before the chain was keyed (0: none), and the
    #: HMAC under the audit key that seals that prefix (see :mod:`workflows.audit`).
    legacy_last_id: int = 0
    legacy_seal: str | None = Field(default=None, max_length=64)


class AuditGap(SQLModel, table=True):
    """Where events left the audit chain under the retention rule (their request's register row
    expired): after event ``after_id`` (0: the start of the log, hash ``after_hash``) the chain
    continues at event ``next_id``, whose ``prev_hash`` is ``next_prev_hash``. ``seal`` is an
    HMAC of the four under the audit key, so no one without it can remove events unseen."""

    __tablename__ = "audit_gap"

    id: int | None = Field(default=None, primary_key=True)
    after_id: int = Field(unique=True)
    after_hash: str = Field(max_length=64)
    next_id: int
    next_prev_hash: str = Field(max_length=64)
    removed: int = 0
    seal: str = Field(max_length=64)


class OutboxItem(SQLModel, table=True):
    """A message to deliver, written in the same transaction as the change that implies it."""

    __tablename__ = "outbox_item"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    channel: str = Field(max_length=16)
    recipient: str = Field(max_length=320, index=True)
    template: str = Field(max_length=64)
    language: str = Field(default="fr", max_length=8)
    subject: str = ""
    body_text: str = ""
    body_html: str | None = None
    headers: dict[str, Any] = _json()
    attachments: list[dict[str, Any]] = _json(list)
    automatic: bool = True
    personal: bool = False
    dedupe_key: str | None = Field(default=None, unique=True, max_length=200)
    message_id: str | None = Field(default=None, index=True, max_length=998)
    status: OutboxStatus = _enum(OutboxStatus, 16, index=True, default=OutboxStatus.PENDING)
    attempts: int = 0
    next_attempt_at: datetime = _instant(default_factory=utcnow, index=True)
    last_error: str | None = None
    created_at: datetime = _instant(default_factory=utcnow)
    sent_at: datetime | None = _instant(default=None)


class InboundMessage(SQLModel, table=True):
    """A raw inbound message, stored before it is acknowledged to the sending server."""

    __tablename__ = "inbound_message"

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=16)
    received_at: datetime = _instant(default_factory=utcnow)
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    sha256: str = Field(index=True, max_length=64)
    message_id: str | None = Field(default=None, index=True, max_length=998)
    envelope_from: str | None = Field(default=None, max_length=320)
    recipients: list[str] = _json(list)
    status: str = Field(default="stored", index=True, max_length=16)
    error: str | None = None
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    thread_key: str | None = Field(default=None, index=True, max_length=64)
    meta: dict[str, Any] = _json()
    processed_at: datetime | None = _instant(default=None)
    #: Who wrote it (From, lower-cased) and a fingerprint of what they wrote: "same content
    #: from the same sender within a short window" is a duplicate even with a new Message-ID.
    sender: str | None = Field(default=None, index=True, max_length=320)
    content_hash: str | None = Field(default=None, index=True, max_length=64)
    #: Processing attempts that failed for a reason other than the message itself.
    attempts: int = 0


class MailboxCursor(SQLModel, table=True):
    """Where IMAP polling of a folder stands: (UIDVALIDITY, last UID)."""

    __tablename__ = "mailbox_cursor"
    __table_args__ = (UniqueConstraint("account", "folder"),)

    id: int | None = Field(default=None, primary_key=True)
    account: str = Field(max_length=320)
    folder: str = Field(max_length=255)
    uidvalidity: int = Field(default=0, sa_type=BigInteger)
    last_uid: int = Field(default=0, sa_type=BigInteger)


class VerificationChallenge(SQLModel, table=True):
    """A one-time code sent to a learner's registered email; only its hash is stored."""

    __tablename__ = "verification_challenge"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    learner_pk: int | None = Field(default=None, foreign_key="learner.id", index=True)
    #: The thread the code confirms (``Ticket.thread_key``): every request of it.
    thread_key: str = Field(default="", index=True, max_length=320)
    code_hash: str = Field(max_length=128)
    created_at: datetime = _instant(default_factory=utcnow)
    expires_at: datetime = _instant()
    attempts: int = 0
    max_attempts: int = 5
    locked_at: datetime | None = _instant(default=None)
    confirmed_at: datetime | None = _instant(default=None)
    token_hash: str | None = Field(default=None, max_length=64)
    requester_address: str = Field(default="", index=True, max_length=320)
    sent: bool = False
    superseded_at: datetime | None = _instant(default=None)


class VerificationFailure(SQLModel, table=True):
    """One wrong code or token, for the failure budget of a learner and of a requester over a
    sliding day (every challenge, thread and channel together)."""

    __tablename__ = "verification_failure"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _instant(index=True)
    challenge_id: int = Field(foreign_key="verification_challenge.id", index=True)
    learner_pk: int | None = Field(default=None, foreign_key="learner.id", index=True)
    requester_address: str = Field(default="", index=True, max_length=320)


class ProofDocument(SQLModel, table=True):
    """A proof document (identity, parental authority, death, heir status), encrypted at rest."""

    __tablename__ = "proof_document"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    filename: str = ""
    content_type: str = "application/octet-stream"
    sha256: str = Field(max_length=64)
    size: int = 0
    encrypted: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    uploaded_at: datetime = _instant(default_factory=utcnow)
    deleted_at: datetime | None = _instant(default=None)
    uploaded_by: str = Field(default="", max_length=160)


class SuppressionEntry(SQLModel, table=True):
    """A marketing opt-out: never contact this address or number on this channel again."""

    __tablename__ = "suppression_entry"
    __table_args__ = (UniqueConstraint("channel", "address"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    address: str = Field(max_length=320)
    learner_pk: int | None = Field(default=None, foreign_key="learner.id", index=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id")
    created_at: datetime = _instant(default_factory=utcnow)


# -- Learner data held by Privacy Desk itself (the built-in connector of the data map) --------
# Filled by ``learners import`` and the sibling history imports; a real deployment may instead
# reach its LMS and CRM through SQL connectors. Columns the retention rules need are typed; the
# rest of each imported row is kept in ``data``.


class TrainingRecord(SQLModel, table=True):
    """One enrolment of a learner on a course of the learning platform."""

    __tablename__ = "training_record"

    id: int | None = Field(default=None, primary_key=True)
    learner_pk: int = Field(foreign_key="learner.id", index=True)
    course: str = ""
    brand: str = Field(default="", max_length=64)
    started_on: date | None = None
    last_activity_on: date | None = None
    progress: int | None = None
    data: dict[str, Any] = _json()


class ExamRecord(SQLModel, table=True):
    """One certification exam sat by a learner."""

    __tablename__ = "exam_record"

    id: int | None = Field(default=None, primary_key=True)
    learner_pk: int = Field(foreign_key="learner.id", index=True)
    certification: str = ""
    cncp_registered: bool = False
    exam_on: date | None = None
    result: str = Field(default="", max_length=64)
    data: dict[str, Any] = _json()


class MarketingContact(SQLModel, table=True):
    """A marketing contact point with its opt-in consent and last marketing interaction."""

    __tablename__ = "marketing_contact"

    id: int | None = Field(default=None, primary_key=True)
    learner_pk: int | None = Field(default=None, foreign_key="learner.id", index=True)
    channel: str = Field(max_length=16)
    address: str = Field(max_length=320, index=True)
    consent: bool = False
    consent_at: datetime | None = _instant(default=None)
    withdrawn_at: datetime | None = _instant(default=None)
    last_interaction_on: date | None = None
    source: str = ""
    data: dict[str, Any] = _json()


class AdviserCallNote(SQLModel, table=True):
    """A note written by a training adviser after a call with a (prospective) learner."""

    __tablename__ = "adviser_call_note"

    id: int | None = Field(default=None, primary_key=True)
    learner_pk: int = Field(foreign_key="learner.id", index=True)
    called_on: date | None = None
    adviser: str = ""
    note: str = ""
    data: dict[str, Any] = _json()


class AnalyticsIdentifier(SQLModel, table=True):
    """An audience-measurement identifier (cookie) tied to a learner account."""

    __tablename__ = "analytics_identifier"

    id: int | None = Field(default=None, primary_key=True)
    learner_pk: int = Field(foreign_key="learner.id", index=True)
    identifier: str = Field(max_length=200)
    first_seen_on: date | None = None
    last_seen_on: date | None = None
    data: dict[str, Any] = _json()


class DeferredErasure(SQLModel, table=True):
    """A category an approved erasure kept under its retention rule, erased on ``due_on``.

    Written when the erasure is carried out (one row per "keep until" entry of its plan) and
    done by the scheduler on its date, so that every "erased on DATE" in a notice is performed.
    """

    __tablename__ = "deferred_erasure"
    __table_args__ = (UniqueConstraint("ticket_id", "category"),)

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    learner_pk: int = Field(foreign_key="learner.id", index=True)
    category: str = Field(max_length=64)
    due_on: date = Field(index=True)
    done_at: datetime | None = _instant(default=None)
    rows_erased: int | None = None
    created_at: datetime = _instant(default_factory=utcnow)


class PostMortemDirective(SQLModel, table=True):
    """A learner's directives on the fate of their data after death, and their trusted person."""

    __tablename__ = "post_mortem_directive"

    id: int | None = Field(default=None, primary_key=True)
    learner_pk: int = Field(foreign_key="learner.id", index=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id")
    #: What to do with the data (:class:`workflows.postmortem.Action`): erase, communicate, keep.
    action: str = Field(default="keep", max_length=16)
    directives: str = ""
    #: The addresses the data is to be communicated to (``communicate``).
    recipients: list[str] = _json(list)
    trusted_person: str = ""
    #: The trusted person's address, by which their standing is checked.
    trusted_contact: str = Field(default="", max_length=320)
    #: When the learner gave the directives (the request's receipt).
    given_at: datetime | None = _instant(default=None)
    recorded_at: datetime = _instant(default_factory=utcnow)
    revoked_at: datetime | None = _instant(default=None)


class Restriction(SQLModel, table=True):
    """A built-in category whose processing is restricted for a learner (Art. 18), or stopped on
    an upheld objection (Art. 21(1)); the profile's own is ``Learner.restricted``."""

    __tablename__ = "restriction"
    __table_args__ = (UniqueConstraint("learner_pk", "category"),)

    id: int | None = Field(default=None, primary_key=True)
    learner_pk: int = Field(foreign_key="learner.id", index=True)
    category: str = Field(max_length=64)
    created_at: datetime = _instant(default_factory=utcnow)


class PostMortemDecision(SQLModel, table=True):
    """The outcome staff chose on an heir's or trusted person's request (LIL art. 85), one of
    :class:`workflows.postmortem.Outcome`."""

    __tablename__ = "post_mortem_decision"

    ticket_id: int = Field(foreign_key="ticket.id", primary_key=True)
    outcome: str = Field(max_length=24)
    decided_by: str = Field(max_length=120)
    decided_at: datetime = _instant(default_factory=utcnow)


class Breach(SQLModel, table=True):
    """A personal-data breach as art. 33(3) and (5) GDPR ask to record it, with its clocks.

    The clocks run from ``aware_at``: the CNIL within 72 hours (art. 33(1)) and, as the privacy
    policy promises, the learners concerned within 72 hours too (:mod:`workflows.breach`).
    """

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    aware_at: datetime = _instant()
    nature: str = ""
    data_categories: str = ""
    people_count: int | None = None
    records_count: int | None = None
    consequences: str = ""
    measures: str = ""
    dpo_contact: str = ""
    opened_by: str = Field(default="", max_length=120)
    opened_at: datetime = _instant(default_factory=utcnow)
    cnil_notified_at: datetime | None = _instant(default=None)
    #: Who approved the notice texts, and when; a text changed afterwards needs a new approval.
    approved_by: str | None = Field(default=None, max_length=120)
    approved_at: datetime | None = _instant(default=None)
    #: The last staff reminder sent, in hours after awareness (24, 48; 0: none yet).
    reminded_hours: int = 0
    #: Art. 34(3) GDPR: the DPO decided the learners are not told one by one, on ground a
    #: (data unintelligible), b (high risk no longer likely) or c (disproportionate effort,
    #: a public communication instead, described in ``public_notice``); the learners' clock
    #: stops there (:func:`workflows.breach.waive_learners`).
    learners_waived_ground: str | None = Field(default=None, max_length=1)
    learners_waived_reason: str = ""
    learners_waived_by: str | None = Field(default=None, max_length=120)
    learners_waived_at: datetime | None = _instant(default=None)
    #: Where and when the public communication of ground c was made (an address or a text).
    public_notice: str = ""


class BreachText(SQLModel, table=True):
    """What a breach notice tells learners in one language (art. 34(2) GDPR), in plain words."""

    __tablename__ = "breach_text"
    __table_args__ = (UniqueConstraint("breach_id", "language"),)

    id: int | None = Field(default=None, primary_key=True)
    breach_id: int = Field(foreign_key="breach.id", index=True)
    language: str = Field(max_length=8)
    nature: str
    consequences: str
    measures: str
    advice: str


class BreachNotice(SQLModel, table=True):
    """One affected learner of a breach and the one notice they get: the unique constraint is
    what makes an interrupted and re-run import or sending never notify anyone twice."""

    __tablename__ = "breach_notice"
    __table_args__ = (
        UniqueConstraint("breach_id", "learner_pk"),
        # the notices still to queue, and the last one queued, without a scan of the breach
        Index("ix_breach_notice_queue", "breach_id", "outbox_item_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    breach_id: int = Field(foreign_key="breach.id", index=True)
    learner_pk: int = Field(foreign_key="learner.id", index=True)
    #: The categories of their data the breach exposed, as the import file gave them.
    categories: str = ""
    outbox_item_id: int | None = Field(default=None, foreign_key="outbox_item.id", unique=True)
    #: The first ticket a reply to the notice opened; later replies join it.
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id")
    created_at: datetime = _instant(default_factory=utcnow)


class ClassifierExample(SQLModel, table=True):
    """A request staff reclassified, kept as a labelled example for the classifier's next
    training run: its text with personal data masked (:mod:`workflows.examples`), what the
    classifier said and the type staff chose. Nothing in it points back to the person."""

    __tablename__ = "classifier_example"

    id: int | None = Field(default=None, primary_key=True)
    language: str = Field(default="fr", max_length=8)
    channel: str = Field(max_length=16)
    subject: str = ""
    text: str = ""
    #: The labels the classifier gave the message.
    predicted: list[str] = _json(list)
    #: The labels staff say are right.
    labels: list[str] = _json(list)
    recorded_by: str = Field(max_length=120)
    recorded_at: datetime = _instant(default_factory=utcnow)
