"""Inbound mail in the core: keep every message raw, then decide once what it means.

The mail adapter stores the raw bytes (committed before the sending server hears ``250``), reads
them, and calls :func:`process_inbound` with what it read. Processing is idempotent: a message
already decided is never decided again, so it can be retried after any crash. The decisions are
business rules and live here: duplicates never open a second ticket; replies join their ticket
(by In-Reply-To/References, or by the reference in the subject when the sender is the
requester); automatic mail (auto-replies, bounces, lists) is kept and shown on its ticket but
never acknowledged and never opens one; anything else a person wrote opens requests.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, bindparam, case, insert, or_, update
from sqlalchemy.orm import defer, object_session
from sqlmodel import Session, col, select

from workflows import breach, identity, learners, proofs
from workflows.audit import append_event
from workflows.context import Context
from workflows.db import serialize
from workflows.intake import Submission, open_requests
from workflows.lifecycle import OPEN, Command, State
from workflows.metrics import Metrics, after_commit
from workflows.models import InboundMessage, MailboxCursor, OutboxItem, Ticket, utcnow
from workflows.requester import after_confirmation, cancel_by_requester, requester_replied
from workflows.textrules import CANCEL_RE, asks_for_new_code, find_code, find_reference

#: Same content from the same sender within this window is one message sent twice.
DUPLICATE_WINDOW = timedelta(hours=24)
#: Processing failures (database, classifier...) before a message is left to staff.
MAX_ATTEMPTS = 5


class InboundStatus(StrEnum):
    STORED = "stored"  # raw bytes committed, not decided yet
    PROCESSED = "processed"  # opened tickets
    ATTACHED = "attached"  # joined an existing ticket (reply, auto-reply, bounce)
    DUPLICATE = "duplicate"  # the same message (or content) was already taken in
    IGNORED = "ignored"  # automatic mail that belongs to no ticket
    QUARANTINED = "quarantined"  # unreadable: kept raw for staff
    FAILED = "failed"  # processing kept failing: kept raw for staff


#: Statuses of mail kept raw for staff, and of mail decided for good (``STORED``: not yet).
FOR_STAFF = (InboundStatus.QUARANTINED.value, InboundStatus.FAILED.value)
DECIDED = tuple(
    s.value for s in InboundStatus if s is not InboundStatus.STORED and s not in FOR_STAFF
)


@dataclass(frozen=True)
class IncomingMail:
    """What the mail adapter read in one message. Message ids keep their angle brackets."""

    sender: str
    sender_name: str = ""
    subject: str = ""
    text: str = ""
    new_text: str = ""
    message_id: str | None = None
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    automatic: str | None = None  # why it is automatic (RFC 3834 and friends), None if a person
    automatic_kind: str | None = None  # "auto_reply", "bounce" or "bulk"
    auth_results: dict[str, Any] = field(default_factory=dict)  # AuthAssessment.as_json()
    auth_failed: bool = False  # the trusted MTA saw SPF/DKIM/DMARC fail
    language: str | None = None
    content_hash: str | None = None
    attachments: tuple[dict[str, Any], ...] = ()  # name, type, size, sha256: shown to staff
    documents: tuple[bytes, ...] = field(default=(), repr=False)  # the attachments' bytes


@dataclass(frozen=True)
class InboundOutcome:
    status: InboundStatus
    ticket_id: int | None = None
    thread_key: str | None = None
    acknowledged: bool = False


#: The note on a thread for a mail that quotes it but does not prove it comes from its own mailbox.
NOT_ACTED_ON = "refused: reply not proven to come from the requester's own mailbox (not acted on)"


@dataclass(frozen=True)
class RawInbound:
    """One message as it was received, before anything has read it."""

    source: str  # "smtp" or "imap"
    raw: bytes
    envelope_from: str | None
    recipients: tuple[str, ...]
    message_id: str | None = None  # read cheaply from the header block, for staff lists
    #: the source may hand the same bytes again (a mailbox after a crash): keep one copy
    may_repeat: bool = False
    #: when the desk received it (SMTP: the listener took it; IMAP: the mailbox's INTERNALDATE),
    #: which the legal month runs from however late it is stored; None: when it is stored
    received_at: datetime | None = None


#: the table, for statements that need only some columns
_INBOUND = InboundMessage.__table__  # type: ignore[attr-defined]
_STORE = insert(_INBOUND).returning(_INBOUND.c.id, sort_by_parameter_order=True)
#: the raw bytes were read by the adapter; a message with attachments can be megabytes
_WITHOUT_RAW = defer(InboundMessage.raw)  # type: ignore[arg-type]
_STILL_STORED = col(InboundMessage.status) == InboundStatus.STORED


def store_inbound(
    session: Session, messages: Sequence[RawInbound], *, now: datetime | None = None
) -> list[int]:
    """Keep raw messages; their ids, in order. One multi-row INSERT for a whole group of them:
    the listener stores what concurrent SMTP sessions received together, in one commit. A
    message that ``may_repeat`` and is already kept answers with the row holding its bytes."""
    stored_at = now or utcnow()
    digests = [hashlib.sha256(message.raw).hexdigest() for message in messages]
    kept = [
        _kept_copy(session, message, digest) if message.may_repeat else None
        for message, digest in zip(messages, digests, strict=True)
    ]
    rows: list[dict[str, Any]] = [
        {
            "source": message.source,
            "received_at": min(message.received_at or stored_at, stored_at),
            "raw": message.raw,
            "sha256": digest,
            "message_id": message.message_id[:998] if message.message_id else None,
            "envelope_from": message.envelope_from,
            "recipients": list(message.recipients),
            "status": InboundStatus.STORED.value,
            "meta": {},
            "attempts": 0,
        }
        for message, digest, copy in zip(messages, digests, kept, strict=True)
        if copy is None
    ]
    inserted: list[int] = []
    if rows:  # a Core insert: the ORM's bulk path costs more than SQLite's own work here
        inserted = list(session.connection().execute(_STORE, rows).scalars())
        sources = Counter(row["source"] for row in rows)
        after_commit(session, lambda m: _count_received(m, sources))
    fresh = iter(inserted)
    return [copy if copy is not None else next(fresh) for copy in kept]


def _count_received(metrics: Metrics, sources: Counter[str]) -> None:
    for source, count in sources.items():
        metrics.received.labels(source).inc(count)


def _kept_copy(session: Session, message: RawInbound, digest: str) -> int | None:
    return session.exec(
        select(InboundMessage.id)
        .where(InboundMessage.sha256 == digest, InboundMessage.source == message.source)
        .order_by(col(InboundMessage.id))
    ).first()


def read_raw(session: Session, inbound_ids: Sequence[int]) -> dict[int, tuple[bytes, str | None]]:
    """The raw bytes and envelope sender of the stored messages still undecided, by id (one
    query): another worker may have decided some of them meanwhile."""
    found = session.exec(
        select(InboundMessage.id, InboundMessage.raw, InboundMessage.envelope_from).where(
            col(InboundMessage.id).in_(inbound_ids),
            col(InboundMessage.status) == InboundStatus.STORED,
        )
    )
    return {int(i): (raw, envelope_from) for i, raw, envelope_from in found if i is not None}


def quarantine(session: Session, inbound_id: int, error: str) -> None:
    """Unreadable mail stays raw, with the reason, for staff (``inbound list --quarantined``)."""
    row = session.get(InboundMessage, inbound_id)
    if row is None or row.status != InboundStatus.STORED:
        return
    row.status = InboundStatus.QUARANTINED.value
    row.error = error[:4000]
    row.processed_at = utcnow()
    session.add(row)
    after_commit(session, lambda m: m.quarantined.inc())


def record_failure(session: Session, inbound_id: int, error: str) -> None:
    """A processing attempt failed for a reason outside the message: retry, then give up.
    Counted in the database (``attempts + 1``): workers failing at once all count."""
    table = _INBOUND.c
    session.execute(
        update(_INBOUND)
        .where(table.id == inbound_id, (table.status == InboundStatus.STORED))
        .values(
            attempts=table.attempts + 1,
            error=error[:4000],
            status=case(
                (table.attempts + 1 >= MAX_ATTEMPTS, InboundStatus.FAILED.value),
                else_=table.status,
            ),
        )
    )


def claim(session: Session, senders: Mapping[int, str | None]) -> list[InboundMessage]:
    """Take stored messages (``senders``: id → who wrote it, when known) to decide in this
    transaction, in order: those still undecided that no other worker is deciding (their rows
    stay locked until this transaction ends, and a worker that dies lets go of them). Then wait
    for any other worker deciding mail of the same senders: the same text sent twice under two
    Message-IDs is one message, and only one worker at a time may compare them. The rows are
    loaded (without their raw bytes) by the same query, for :func:`process_inbound`."""
    taken = session.exec(
        select(InboundMessage)
        .options(_WITHOUT_RAW)
        .where(col(InboundMessage.id).in_(list(senders)), _STILL_STORED)
        .order_by(col(InboundMessage.id))
        .with_for_update(skip_locked=True)
    )
    claimed = list(taken)
    serialize(session, (f"sender:{s.lower()}" for row in claimed if (s := senders[row.id or 0])))
    return claimed


def requeue(session: Session, inbound_id: int) -> InboundMessage:
    """Staff asked to try a quarantined or failed message again."""
    row = session.get(InboundMessage, inbound_id)
    if row is None:
        raise ValueError(f"no inbound message {inbound_id}")
    if row.status not in FOR_STAFF:
        raise ValueError(f"inbound message {inbound_id} is {row.status}, not for retry")
    row.status = InboundStatus.STORED.value
    row.attempts = 0
    row.error = None
    row.processed_at = None
    session.add(row)
    return row


def pending_ids(session: Session, limit: int = 1000) -> list[int]:
    """Messages stored but not decided yet, oldest first (what a restart resumes)."""
    return [
        int(i)
        for i in session.exec(
            select(InboundMessage.id)
            .where(col(InboundMessage.status) == InboundStatus.STORED)
            .order_by(col(InboundMessage.id))
            .limit(limit)
        )
        if i is not None
    ]


@dataclass(frozen=True)
class InboundSummary:
    """One inbound message as staff list it (``privacy-desk inbound list``)."""

    id: int
    source: str
    received_at: datetime
    status: str
    sender: str | None
    subject: str | None
    message_id: str | None
    ticket_id: int | None
    size: int
    error: str | None


def inbound_messages(
    session: Session, *, for_staff: bool = False, status: str | None = None, limit: int = 50
) -> list[InboundSummary]:
    """Inbound messages, newest first; ``for_staff``: only those kept for staff."""
    query = select(InboundMessage).order_by(col(InboundMessage.id).desc()).limit(limit)
    if for_staff:
        query = query.where(col(InboundMessage.status).in_(FOR_STAFF))
    if status:
        query = query.where(InboundMessage.status == status)
    return [
        InboundSummary(
            id=int(r.id or 0),
            source=r.source,
            received_at=r.received_at,
            status=r.status,
            sender=r.sender or r.envelope_from,
            subject=r.meta.get("subject"),
            message_id=r.message_id,
            ticket_id=r.ticket_id,
            size=len(r.raw),
            error=r.error,
        )
        for r in session.exec(query)
    ]


def cursor(session: Session, account: str, folder: str) -> tuple[int, int] | None:
    """``(UIDVALIDITY, last UID)`` reached in a mailbox folder, or ``None``."""
    row = _cursor_row(session, account, folder)
    return (row.uidvalidity, row.last_uid) if row else None


def save_cursor(session: Session, account: str, folder: str, uidvalidity: int, uid: int) -> None:
    """Remember how far a mailbox folder was read."""
    row = _cursor_row(session, account, folder) or MailboxCursor(account=account, folder=folder)
    row.uidvalidity, row.last_uid = uidvalidity, uid
    session.add(row)


def _cursor_row(session: Session, account: str, folder: str) -> MailboxCursor | None:
    return session.exec(
        select(MailboxCursor).where(
            MailboxCursor.account == account, MailboxCursor.folder == folder
        )
    ).first()


#: What the adapter read of a stored message: the mail, or why it is unreadable (quarantined),
#: or ``None`` when the message is gone meanwhile.
Reading = IncomingMail | str | None


def decide_stored(
    session: Session, ctx: Context, readings: Sequence[tuple[int, Reading]]
) -> list[InboundOutcome | None]:
    """Decide stored messages in order, each seeing the ones before it. They are claimed first
    (:func:`claim`): a message another process is deciding is left to it (``None``). An
    unreadable one is quarantined with its reason, the others go through
    :func:`process_inbound`."""
    senders = {i: r.sender if isinstance(r, IncomingMail) else None for i, r in readings}
    # the rows stay referenced while they are decided: the session holds loaded rows weakly
    rows = {row.id: row for row in claim(session, senders)}
    outcomes: list[InboundOutcome | None] = []
    # the learners the senders may be, looked up for the whole group in one query
    with learners.emails_looked_up(session, (s for i, s in senders.items() if i in rows and s)):
        for inbound_id, reading in readings:
            if inbound_id not in rows or reading is None:
                outcomes.append(None)  # decided meanwhile, or being decided elsewhere
            elif isinstance(reading, str):
                quarantine(session, inbound_id, reading)
                outcomes.append(None)
            else:
                outcomes.append(process_inbound(session, ctx, inbound_id, reading))
    return outcomes


# --------------------------------------------------------------------------------------------


def find_thread(session: Session, mail: IncomingMail) -> Ticket | None:
    """The ticket a message continues, if any."""
    ids = [i for i in (*mail.in_reply_to, *reversed(mail.references)) if i]
    if ids:
        ticket = session.exec(
            select(Ticket).where(col(Ticket.message_id).in_(ids)).order_by(col(Ticket.id))
        ).first()
        if ticket is not None:
            return ticket
        ticket_id = session.exec(
            select(OutboxItem.ticket_id)
            .where(col(OutboxItem.message_id).in_(ids), col(OutboxItem.ticket_id).is_not(None))
            .order_by(col(OutboxItem.id))
        ).first()
        if ticket_id is None:
            ticket_id = session.exec(
                select(InboundMessage.ticket_id)
                .where(
                    col(InboundMessage.message_id).in_(ids),
                    col(InboundMessage.ticket_id).is_not(None),
                )
                .order_by(col(InboundMessage.id))
            ).first()
        if ticket_id is None:  # a later reply to a breach notice joins the first one's ticket
            notice = breach.notice_replied_to(session, ids)
            ticket_id = notice.ticket_id if notice is not None else None
        if ticket_id is not None:
            return session.get(Ticket, ticket_id)
    reference = find_reference(mail.subject)
    if reference:
        ticket = session.exec(select(Ticket).where(Ticket.reference == reference)).first()
        # a reference anyone can type joins only the requester's own mail
        if ticket is not None and (
            mail.automatic or identity.is_thread_sender(session, ticket, mail.sender)
        ):
            return ticket
    return None


@dataclass(frozen=True)
class _Earlier:
    """An earlier message an inbound one depends on: where it went, if it is decided."""

    id: int
    ticket_id: int | None
    thread_key: str | None
    #: stored and not decided yet: the inbound one waits for it
    undecided: bool


def _earlier_query() -> Any:
    """The statement of :func:`_earlier`, built once: a missing Message-ID or content hash is
    a NULL that matches nothing, an empty list of Message-IDs an IN that holds for none."""
    table = _INBOUND.c
    stored = table.status == InboundStatus.STORED
    same_id = table.message_id == bindparam("message_id")
    same_text = and_(
        table.content_hash == bindparam("content_hash"),
        table.sender == bindparam("sender"),
        table.received_at >= bindparam("since"),
    )
    waits_for = and_(
        table.message_id.in_(bindparam("answered", expanding=True)),
        table.id < bindparam("row_id"),
        stored,
    )
    duplicates = and_(
        or_(same_id, same_text), table.id != bindparam("row_id"), table.status.in_(DECIDED)
    )
    return (
        select(table.id, table.ticket_id, table.thread_key, table.status)
        .where(or_(waits_for, duplicates))
        # a message to wait for first, then a Message-ID match, then the oldest
        .order_by(case((stored, 0), else_=1), case((same_id, 0), else_=1), table.id)
        .limit(1)
    )


_EARLIER = _earlier_query()


def _earlier(session: Session, row: InboundMessage, mail: IncomingMail) -> _Earlier | None:
    """What an inbound message must know of earlier ones, in one query.

    First, an earlier message it repeats or answers that is stored and not decided yet: with
    several workers it is being decided elsewhere, and this one must see how first (once
    decided, its ticket is there to be seen). Else the message it duplicates: the first decided
    one with the same Message-ID, else the first with the same content from the same sender
    within :data:`DUPLICATE_WINDOW`.
    """
    session.flush()  # the messages decided before it in this transaction count
    found = session.execute(
        _EARLIER,
        {
            "row_id": row.id,
            "answered": [i for i in (mail.message_id, *mail.in_reply_to, *mail.references) if i],
            "message_id": mail.message_id,
            "content_hash": mail.content_hash,
            "sender": mail.sender.lower(),
            "since": row.received_at - DUPLICATE_WINDOW,
        },
    ).first()
    if found is None:
        return None
    earlier_id, ticket_id, thread_key, status = found
    return _Earlier(earlier_id, ticket_id, thread_key, status == InboundStatus.STORED)


def _note(session: Session, ticket: Ticket, row: InboundMessage, mail: IncomingMail, what: str
          ) -> None:  # fmt: skip
    assert ticket.id is not None
    append_event(
        session,
        ticket_id=ticket.id,
        at=utcnow(),
        actor=f"email:{mail.sender}",
        command=Command.NOTE.value,
        from_state=ticket.state,
        to_state=ticket.state,
        reason=what,
        data={
            "inbound_id": row.id,
            "message_id": mail.message_id,
            "subject": mail.subject[:300],
            "text": (mail.new_text or mail.text)[:4000],
            "automatic": mail.automatic,
            "attachments": list(mail.attachments),
        },
    )


def _finish(
    row: InboundMessage,
    mail: IncomingMail,
    status: InboundStatus,
    ticket: Ticket | None,
    **meta: Any,
) -> None:
    """Record what was read and decided of a message. Only here, at the end: the row is
    written once, by the transaction's next flush."""
    row.sender = mail.sender.lower()
    row.content_hash = mail.content_hash
    row.message_id = row.message_id or mail.message_id
    row.meta = {
        **row.meta,
        "subject": mail.subject[:300],
        "sender_name": mail.sender_name[:200],
        "automatic": mail.automatic,
        "auth_results": mail.auth_results,
        "attachments": list(mail.attachments),
        **meta,
    }
    row.status = status.value
    row.ticket_id = ticket.id if ticket else row.ticket_id
    row.thread_key = ticket.thread_key if ticket else row.thread_key
    row.processed_at = utcnow()
    row.error = None
    _decided(row)


def _decided(row: InboundMessage) -> None:
    """Time from the listener's receipt to the decision (a mailbox's date says when the mail
    reached the mailbox, not the desk: IMAP mail is not timed)."""
    session = object_session(row)
    if session is not None and row.source == "smtp" and row.processed_at is not None:
        seconds = (row.processed_at - row.received_at).total_seconds()
        after_commit(session, lambda m: m.intake_seconds.observe(max(seconds, 0.0)))


def process_inbound(
    session: Session, ctx: Context, inbound_id: int, mail: IncomingMail
) -> InboundOutcome:
    """Decide what one stored message means, once. Safe to call again after a crash. A message
    that must wait for an earlier one (:func:`_earlier`) stays ``stored``."""
    row = session.get(InboundMessage, inbound_id, options=[_WITHOUT_RAW])  # claimed: loaded
    if row is None:
        raise LookupError(f"no inbound message {inbound_id}")
    if row.status != InboundStatus.STORED:  # already decided: nothing to do twice
        return InboundOutcome(InboundStatus(row.status), row.ticket_id, row.thread_key)
    earlier = _earlier(session, row, mail)
    if earlier is not None and earlier.undecided:
        return InboundOutcome(InboundStatus.STORED)
    if earlier is not None:  # a duplicate
        row.ticket_id, row.thread_key = earlier.ticket_id, earlier.thread_key
        _finish(row, mail, InboundStatus.DUPLICATE, None, duplicate_of=earlier.id)
        return InboundOutcome(InboundStatus.DUPLICATE, row.ticket_id, row.thread_key)

    ticket = find_thread(session, mail)
    if mail.automatic:
        if ticket is None:
            _finish(row, mail, InboundStatus.IGNORED, None)
            return InboundOutcome(InboundStatus.IGNORED)
        kind = mail.automatic_kind or "automatic"
        _note(session, ticket, row, mail, f"{kind} received: {mail.automatic}")
        _finish(row, mail, InboundStatus.ATTACHED, ticket)
        return InboundOutcome(InboundStatus.ATTACHED, ticket.id, ticket.thread_key)

    if ticket is not None:
        message_ids = tuple(dict.fromkeys((*mail.in_reply_to, *mail.references)))
        if not identity.mail_speaks_for(
            session, ticket, mail.sender, message_ids, mail.auth_results
        ):
            _note(session, ticket, row, mail, NOT_ACTED_ON)
            _finish(row, mail, InboundStatus.ATTACHED, ticket)
            return InboundOutcome(InboundStatus.ATTACHED, ticket.id, ticket.thread_key)
        _note(session, ticket, row, mail, "reply from the requester")
        _answer_reply(session, ctx, ticket, mail)
        refused_proofs = bool(mail.documents) and (
            ticket.proof_asked_at is not None
        )  # documents that were not accepted leave the request waiting for good ones
        if ticket.state == State.AWAITING_REQUESTER and not refused_proofs:
            requester_replied(
                session,
                ctx,
                ticket,
                actor=f"email:{mail.sender}",
                text=mail.new_text or mail.text,
                inbound_id=row.id,
            )
        _finish(row, mail, InboundStatus.ATTACHED, ticket)
        return InboundOutcome(InboundStatus.ATTACHED, ticket.id, ticket.thread_key)

    references = tuple(dict.fromkeys((*mail.references, *mail.in_reply_to)))
    notice = breach.notice_replied_to(session, references)
    submission = Submission(
        channel="email",
        requester_address=mail.sender.lower(),
        received_at=row.received_at,
        subject=mail.subject,
        text=mail.text,
        new_text=mail.new_text or mail.text,
        requester_name=mail.sender_name,
        language=mail.language,
        message_id=mail.message_id,
        references=references,
        auth_results=mail.auth_results,
        auth_failed=mail.auth_failed,
        details={"inbound_id": row.id, "attachments": list(mail.attachments)},
        breach_id=notice.breach_id if notice is not None else None,
    )
    result = open_requests(session, ctx, submission)
    first = result.tickets[0] if result.tickets else None
    breach.answered_by(session, notice, first)
    _finish(row, mail, InboundStatus.PROCESSED, first)
    return InboundOutcome(
        InboundStatus.PROCESSED,
        first.id if first else None,
        result.thread_key,
        acknowledged=bool(result.tickets),
    )


# -- what a reply to one of our messages can do ---------------------------------------------


def _thread(session: Session, ticket: Ticket) -> list[Ticket]:
    return list(
        session.exec(
            select(Ticket).where(Ticket.thread_key == ticket.thread_key).order_by(col(Ticket.id))
        )
    )


def _answer_reply(session: Session, ctx: Context, ticket: Ticket, mail: IncomingMail) -> None:
    """A reply threaded to ``ticket`` may carry the verification code or token, proof documents
    or a cancellation. Only its new text counts (a quoted code email confirms nothing), and it
    acts only on its own thread. The confirmation, the cancellation or the documents' progress
    send their usual notices; a code that does not confirm is answered with how to get a new
    one, to the requester and worded the same whether or not a learner matched, so a reply
    learns nothing a wrong code in the chat would not tell."""
    text = mail.new_text
    thread = _thread(session, ticket)
    if any(State(t.state) is State.AWAITING_IDENTITY for t in thread):
        _verify_from_reply(session, ctx, ticket, text)
    if mail.documents and any(
        State(t.state) is State.AWAITING_REQUESTER and t.proof_asked_at is not None for t in thread
    ):
        _take_proofs(session, ctx, ticket, mail)
    if CANCEL_RE.search(text):
        in_reply_to = tuple(dict.fromkeys((*mail.in_reply_to, *mail.references)))
        for each in thread:
            if State(each.state) in OPEN:
                cancel_by_requester(
                    session,
                    ctx,
                    each,
                    channel="email",
                    address=mail.sender,
                    in_reply_to=in_reply_to,
                    auth_results=mail.auth_results,
                    reason="cancelled by the requester's reply",
                )


def _verify_from_reply(session: Session, ctx: Context, ticket: Ticket, text: str) -> None:
    """A code or token confirms the thread. One that does not gets an answer saying how to
    get a new one, and "new code" (or "I didn't get the code") sends one within the send
    limits. The answers read the same whether or not the request matched a learner: a
    challenge of no learner answers every code as wrong, and "a new code" reads "if it
    matches"."""
    result: identity.ChallengeResult | None = None
    challenge = None
    token = identity.find_token(text)
    if token is not None:
        found = identity.TOKEN_RE.fullmatch(token)
        challenge_id = int(found.group(1)) if found else None
        current = identity.current_challenge(session, ticket.thread_key)
        if current is not None and current.id == challenge_id:  # this thread's token only
            result, challenge = identity.check_token(session, ctx, token)
    code = find_code(text) if result is None else None
    if code is not None:
        result, challenge = identity.check_code(session, ctx, ticket.thread_key, code)
    if result is identity.ChallengeResult.CONFIRMED and challenge is not None:
        after_confirmation(session, ctx, challenge, None)
        return
    outcome = _CODE_ANSWERS.get(result) if result is not None else None
    if result is None and asks_for_new_code(text):
        resent = identity.resend(session, ctx, ticket.thread_key)
        if resent is not identity.ResendResult.NOTHING_TO_VERIFY:
            outcome = resent.value
    waiting = [t for t in _thread(session, ticket) if State(t.state) is State.AWAITING_IDENTITY]
    if outcome is not None and waiting:
        ctx.notify(session, waiting[0], "code_help", outcome=outcome)


#: What a reply is told about a code that did not confirm (``code_help`` notice).
_CODE_ANSWERS = {
    identity.ChallengeResult.WRONG: "wrong",
    identity.ChallengeResult.EXPIRED: "expired",
    identity.ChallengeResult.LOCKED: "locked",
}


def _take_proofs(session: Session, ctx: Context, ticket: Ticket, mail: IncomingMail) -> None:
    actor = f"email:{mail.sender}"
    for meta, data in zip(mail.attachments, mail.documents, strict=False):
        try:
            proofs.store_proof(
                session,
                ctx,
                ticket,
                filename=str(meta.get("filename") or "document"),
                content_type=str(meta.get("content_type") or ""),
                data=data,
                actor=actor,
            )
        except proofs.ProofRefused as refused:
            assert ticket.id is not None
            proofs.note_refusal(session, ctx, ticket.id, actor, str(refused))
