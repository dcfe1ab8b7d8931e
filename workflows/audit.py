"""The append-only audit log: every event carries the hash of the one before it.

The hashes are HMAC-SHA256 under a key kept outside the database (derived from the proof key,
:func:`workflows.proofvault.subkey` with :data:`KEY_PURPOSE`): someone who can write the
database can edit an event, but cannot recompute the hashes that follow, with plain SHA-256 or
any key they guess, without :func:`verify_chain` reporting it. The composition root binds the
key to the engine (:func:`use_key`). Events written before the chain was keyed kept their plain
SHA-256 hashes: migration ``0006`` sealed that prefix with an HMAC of its last event's id and
hash (``audit_head.legacy_last_id``, ``legacy_seal``), so it still verifies, and cannot be
recomputed, lengthened or shortened either.

What a person wrote (an event's ``text`` and ``subject``, :data:`FREE_TEXTS`) is chained by a
keyed digest kept beside it (``text_digest``...), not by the text itself: the desk's retention
rule removes the texts (:func:`strip_free_texts`) and the chain still verifies, while a text
still there must match its digest. Register rows past their retention period leave with their
events: :func:`remove_events` bridges each run of removed events with a sealed gap (an HMAC of
the event before it and of where the chain continues), so no other event can be removed unseen.

Events are chained when their transaction commits: :func:`append_event` only queues the event on
the session, and just before the commit every queued event is written after the ``audit_head``
row is updated, which takes a row lock on PostgreSQL and the write lock on SQLite. Two
transactions can never fork the chain, and the lock is held for the last few statements of a
transaction rather than from its first event to its end (rendering, classifying, other queries).
Events are not readable in their own transaction before it commits.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import weakref
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import delete, event, func, insert, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from workflows.models import AuditGap, AuditHead, TicketEvent

GENESIS = "0" * 64
#: Event data keys holding what a person wrote: chained by their keyed digest only.
FREE_TEXTS = ("text", "subject")
DIGEST = "_digest"
#: What the audit key is derived for (see :func:`workflows.proofvault.subkey`).
KEY_PURPOSE = b"audit-chain"

#: The audit key of each engine, read on first use. Bound by the composition root.
_KEYS: weakref.WeakKeyDictionary[Engine, Callable[[], bytes]] = weakref.WeakKeyDictionary()


class AuditKeyMissing(RuntimeError):
    """Events cannot be chained or checked: no audit key is bound to this database engine."""


def use_key(engine: Engine, key: Callable[[], bytes]) -> None:
    """Chain and check the audit events written through ``engine`` under ``key()``."""
    _KEYS[engine] = cache(key)


def _key(session: Session) -> bytes:
    source = _KEYS.get(session.get_bind())  # type: ignore[arg-type]
    if source is None:
        raise AuditKeyMissing("no audit key is bound to this database engine")
    return source()


def text_digest(key: bytes, text: str) -> str:
    """The keyed digest that stands for a free text in the chain (HMAC: a short text cannot be
    found again by hashing likely sentences)."""
    return hmac.new(key, b"free-text:" + text.encode(), hashlib.sha256).hexdigest()


def _with_digests(key: bytes, data: dict[str, Any]) -> dict[str, Any]:
    digests = {
        f"{name}{DIGEST}": text_digest(key, value)
        for name in FREE_TEXTS
        if isinstance(value := data.get(name), str) and value
    }
    return {**data, **digests}


def _chained(data: dict[str, Any]) -> dict[str, Any]:
    """What the hash covers: a free text with a digest counts by its digest alone."""
    return {k: v for k, v in data.items() if not (k in FREE_TEXTS and f"{k}{DIGEST}" in data)}


def _canonical(
    prev_hash: str,
    ticket_id: int | None,
    at: datetime,
    actor: str,
    command: str,
    from_state: str,
    to_state: str,
    reason: str | None,
    data: dict[str, Any],
) -> bytes:
    body = json.dumps(
        [
            prev_hash,
            ticket_id,
            at.isoformat(),
            actor,
            command,
            from_state,
            to_state,
            reason,
            _chained(data),
        ],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return body.encode()


def event_hash(key: bytes | None, prev_hash: str, **fields: Any) -> str:
    """HMAC-SHA256 under ``key`` of a canonical JSON form of the event and its predecessor's
    hash; ``key=None`` gives the plain SHA-256 of events written before the chain was keyed."""
    body = _canonical(prev_hash, **fields)
    if key is None:
        return hashlib.sha256(body).hexdigest()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def legacy_seal(key: bytes, last_id: int, last_hash: str) -> str:
    """The seal of the chain written before keying: HMAC of its last event's id and hash."""
    return hmac.new(
        key, f"legacy-chain:{last_id}:{last_hash}".encode(), hashlib.sha256
    ).hexdigest()


_UNAPPENDED = "audit_unappended"


def _lock_head(session: Session) -> str:
    """Take the head row (the lock serialising appends) and return the last event's hash."""
    locked = session.execute(
        update(AuditHead)
        .where(col(AuditHead.id) == 1)
        .values(last_event_id=AuditHead.last_event_id)
        .returning(col(AuditHead.last_hash))
    ).scalar()
    if locked is None:
        session.execute(insert(AuditHead).values(id=1, last_event_id=0, last_hash=GENESIS))
        return GENESIS
    return str(locked)


def _write_pending(session: Session) -> None:
    """Chain and insert the events queued in this transaction (``before_commit``)."""
    pending: list[dict[str, Any]] = session.info.pop(_UNAPPENDED, [])
    if not pending:
        return
    key = _key(session)
    prev = _lock_head(session)
    rows = []
    for entry in pending:
        entry = {**entry, "data": _with_digests(key, entry["data"])}
        digest = event_hash(key, prev, **entry)
        rows.append({**entry, "prev_hash": prev, "hash": digest})
        prev = digest
    # one statement for all the rows, whose ids (the chain's order) follow the order the events
    # were appended: PostgreSQL needs SQLAlchemy's ordered form for that; SQLite inserts the rows
    # of one multi-row INSERT in order already, and the ordered form would send one per row
    ordered = session.get_bind().dialect.name != "sqlite"
    returning = insert(TicketEvent).returning(col(TicketEvent.id), sort_by_parameter_order=ordered)
    ids = session.scalars(returning, rows).all()
    session.execute(
        update(AuditHead)
        .where(col(AuditHead.id) == 1)
        .values(last_event_id=max(i for i in ids if i is not None), last_hash=prev)
    )


def _forget_pending(session: Session) -> None:
    session.info.pop(_UNAPPENDED, None)


def append_event(
    session: Session,
    *,
    ticket_id: int | None,
    at: datetime,
    actor: str,
    command: str,
    from_state: str,
    to_state: str,
    reason: str | None = None,
    data: dict[str, Any] | None = None,
) -> None:
    """Queue one event for the tip of the chain; it is written when the transaction commits.

    ``ticket_id`` is ``None`` for an event about a learner rather than a request."""
    pending = session.info.get(_UNAPPENDED)
    if pending is None:
        pending = session.info[_UNAPPENDED] = []
        if not event.contains(session, "before_commit", _write_pending):
            event.listen(session, "before_commit", _write_pending)
            event.listen(session, "after_rollback", _forget_pending)
    pending.append(
        {
            "ticket_id": ticket_id,
            "at": at,
            "actor": actor,
            "command": command,
            "from_state": from_state,
            "to_state": to_state,
            "reason": reason,
            "data": dict(data or {}),
        }
    )


def strip_free_texts(session: Session, ticket_id: int) -> int:
    """Remove what people wrote from a ticket's events, keeping the digests the chain covers.

    Events written before free texts were chained by digest keep their texts (removing them
    would break the chain). Returns how many events lost a text."""
    stripped = 0
    for entry in session.exec(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id)):
        kept = {
            k: v
            for k, v in entry.data.items()
            if not (k in FREE_TEXTS and f"{k}{DIGEST}" in entry.data)
        }
        if kept != entry.data:
            entry.data = kept
            session.add(entry)
            stripped += 1
    return stripped


def gap_seal(key: bytes, after_id: int, after_hash: str, next_id: int, next_prev: str) -> str:
    """The seal of a gap: HMAC of the event before it and of where the chain continues."""
    message = f"gap:{after_id}:{after_hash}:{next_id}:{next_prev}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def remove_events(session: Session, ids: set[int]) -> int:
    """Remove events from the chain, bridging each run of them with a sealed :class:`AuditGap`.

    The newest event cannot be removed (nothing would follow the gap). Returns how many were."""
    if not ids:
        return 0
    key = _key(session)
    _lock_head(session)  # one remover at a time, and no append while the gaps are drawn
    low, high = min(ids), max(ids)
    before = session.execute(
        select(TicketEvent.id, TicketEvent.hash)
        .where(col(TicketEvent.id) < low)
        .order_by(col(TicketEvent.id).desc())
        .limit(1)
    ).first()
    span = session.execute(
        select(TicketEvent.id, TicketEvent.hash, TicketEvent.prev_hash)
        .where(col(TicketEvent.id) >= low)
        .order_by(col(TicketEvent.id))
    )
    kept_id, kept_hash = (int(before[0]), str(before[1])) if before else (0, GENESIS)
    run: list[int] = []
    for event_id, event_hash_, prev_hash in span:
        if event_id in ids:
            run.append(event_id)
            continue
        if run:
            superseded = [kept_id, *run]
            session.execute(delete(AuditGap).where(col(AuditGap.after_id).in_(superseded)))
            session.add(
                AuditGap(
                    after_id=kept_id,
                    after_hash=kept_hash,
                    next_id=event_id,
                    next_prev_hash=prev_hash,
                    removed=len(run),
                    seal=gap_seal(key, kept_id, kept_hash, event_id, prev_hash),
                )
            )
            run = []
        if event_id > high:
            break
        kept_id, kept_hash = event_id, event_hash_
    if run:
        raise ValueError("the newest events of the audit log cannot be removed")
    session.flush()
    removed = session.execute(delete(TicketEvent).where(col(TicketEvent.id).in_(sorted(ids))))
    return int(removed.rowcount)  # type: ignore[attr-defined]


def pending_events(session: Session, ticket_id: int) -> list[dict[str, Any]]:
    """The events of a ticket queued in this transaction and not yet written, oldest first."""
    return [e for e in session.info.get(_UNAPPENDED) or [] if e["ticket_id"] == ticket_id]


@dataclass(frozen=True)
class ChainReport:
    """What :func:`verify_chain` found: how many events it checked and the first broken one."""

    checked: int
    broken_event_id: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _bridged(key: bytes, gap: AuditGap | None, prev: str, entry: Any) -> bool:
    """Whether a sealed gap joins the event before ``entry`` (hash ``prev``) to ``entry``."""
    if gap is None or gap.after_hash != prev or gap.next_id != entry.id:
        return False
    if gap.next_prev_hash != entry.prev_hash:
        return False
    expected = gap_seal(key, gap.after_id, gap.after_hash, gap.next_id, gap.next_prev_hash)
    return hmac.compare_digest(expected, gap.seal)


#: Events read at a time by :func:`verify_chain` (a log of any length in constant memory).
VERIFY_BATCH = 5000


def count_events(session: Session) -> int:
    """How many events the log holds (what :func:`verify_chain` will read)."""
    return int(session.exec(select(func.count()).select_from(TicketEvent)).one())


def verify_chain(session: Session, progress: Callable[[int], object] | None = None) -> ChainReport:
    """Recompute the chain in order and report the first edited, missing or moved event.

    The events are streamed :data:`VERIFY_BATCH` at a time; ``progress`` is called with the
    number of events checked since its last call."""
    key = _key(session)
    head = session.get(AuditHead, 1)
    legacy_until = head.legacy_last_id if head is not None else 0
    gaps = {gap.after_id: gap for gap in session.exec(select(AuditGap))}
    prev, last_id, checked = GENESIS, 0, 0
    # the unkeyed prefix is sealed by its last event, or that event left through a gap
    sealed = legacy_until == 0 or any(g.after_id < legacy_until < g.next_id for g in gaps.values())
    # rows, not ORM objects: a third of the time per event, and nothing kept in the session
    table = TicketEvent.__table__  # type: ignore[attr-defined]
    ordered = select(*table.c).order_by(table.c.id)
    # closed on every return: a server-side cursor on PostgreSQL
    with closing(session.execute(ordered.execution_options(yield_per=VERIFY_BATCH))) as rows:
        for entry in rows:
            if entry.prev_hash != prev and not _bridged(key, gaps.get(last_id), prev, entry):
                return ChainReport(checked, entry.id, "does not follow the event before it")
            expected = event_hash(
                key if entry.id > legacy_until else None,
                entry.prev_hash,
                ticket_id=entry.ticket_id,
                at=entry.at,
                actor=entry.actor,
                command=entry.command,
                from_state=entry.from_state,
                to_state=entry.to_state,
                reason=entry.reason,
                data=entry.data,
            )
            if not hmac.compare_digest(expected, entry.hash):
                return ChainReport(checked, entry.id, "was altered after it was written")
            for name in FREE_TEXTS:
                text, digest = entry.data.get(name), entry.data.get(f"{name}{DIGEST}")
                if (
                    digest is not None
                    and text is not None
                    and not hmac.compare_digest(text_digest(key, str(text)), str(digest))
                ):
                    return ChainReport(checked, entry.id, "was altered after it was written")
            if entry.id == legacy_until:
                assert head is not None
                seal = legacy_seal(key, entry.id, entry.hash)
                if not hmac.compare_digest(seal, head.legacy_seal or ""):
                    return ChainReport(
                        checked, entry.id, "does not match the seal of the unkeyed log"
                    )
                sealed = True
            prev, last_id = entry.hash, entry.id
            checked += 1
            if progress is not None and checked % VERIFY_BATCH == 0:
                progress(VERIFY_BATCH)
    if progress is not None:
        progress(checked % VERIFY_BATCH)
    if not sealed:
        return ChainReport(checked, legacy_until, "is missing, yet the unkeyed log ends there")
    if head is not None and (head.last_hash != prev or head.last_event_id != last_id):
        return ChainReport(checked, head.last_event_id, "is missing from the end of the log")
    return ChainReport(checked)


@dataclass(frozen=True)
class Anchor:
    """The tip of the chain at one moment, kept outside the database (with its backups): a log
    cut at its end together with its head row, or a database restored from an older copy, no
    longer holds it (the keyed chain alone cannot tell)."""

    event_id: int
    hash: str


def current_anchor(session: Session) -> Anchor:
    """The tip of the chain now."""
    head = session.get(AuditHead, 1)
    return Anchor(head.last_event_id, head.last_hash) if head is not None else Anchor(0, GENESIS)


def check_anchor(session: Session, anchor: Anchor) -> str | None:
    """What is wrong with the log against ``anchor`` taken earlier, or ``None``: the anchored
    event is still there with its hash, or left through a sealed gap (the retention rule)."""
    if anchor.event_id == 0:
        return None
    found = session.get(TicketEvent, anchor.event_id)
    if found is not None:
        if hmac.compare_digest(found.hash, anchor.hash):
            return None
        return f"event {anchor.event_id} no longer has the anchored hash"
    gap = session.exec(
        select(AuditGap).where(
            col(AuditGap.after_id) < anchor.event_id, col(AuditGap.next_id) > anchor.event_id
        )
    ).first()
    if gap is not None:
        return None
    return (
        f"event {anchor.event_id} is missing: the log was cut at its end, or the database "
        "restored from a copy older than the anchor"
    )
