"""The outbox: messages written with the state change that implies them, then dispatched.

A dispatcher claims a batch of due items for a lease (``SELECT … FOR UPDATE SKIP LOCKED``, so
several processes share the outbox and never take the same item), hands each to the transport
of its channel, and marks it sent; while it sends it renews the lease, and the items of a
dispatcher that died are claimed again once their lease ends. A failed send is retried with
backoff. Items keep their ``Message-ID`` across retries, so a resend after a crash is the same
message. When a peer asks to wait (a Telegram 429 with ``retry_after``), every item for that
recipient waits that long; other recipients' do not.

Personal content (verification codes and tokens, data, decisions) stays readable only while it
may still be sent: the statement that records an item delivered, or given up, also empties the
body of a personal item. A data package stays attached for a short download window after
delivery, then :func:`expire_attachments` deletes it. What the register and staff need (channel,
template, language, subject, Message-ID, status, times) stays.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from email.utils import make_msgid
from typing import Any, Protocol

from sqlalchemy import String, bindparam, case, cast, func, insert, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from workflows.db import session_scope
from workflows.delivery import EMAIL, Route
from workflows.details import details_of
from workflows.metrics import metrics_of
from workflows.models import OutboxItem, OutboxStatus, Ticket, utcnow
from workflows.notices import Rendered, Renderer

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 12
#: How long a claimed item is its dispatcher's. The dispatcher renews the lease while it sends;
#: a dispatcher that dies stops renewing, and its items are claimed again when the lease ends.
LEASE = timedelta(seconds=15)


class TransientDeliveryError(Exception):
    """The peer is unavailable for now; try again later.

    ``retry_after`` (seconds) is the peer asking that nothing more go to this recipient before
    then: the dispatcher postpones all of the recipient's items, and only theirs.
    """

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentDeliveryError(Exception):
    """The peer refused the message for good."""


class Transport(Protocol):
    """Delivers outbox items of one channel."""

    async def send(self, item: OutboxItem) -> None: ...


#: automatic items to a recipient since a moment (the rate limit)
_AUTOMATIC_SINCE = (
    select(func.count())
    .select_from(OutboxItem)
    .where(
        OutboxItem.recipient == bindparam("rate_recipient"),
        OutboxItem.automatic == True,  # noqa: E712
        col(OutboxItem.created_at) >= bindparam("rate_since"),
    )
    .scalar_subquery()
)
#: one statement adds an item and gives it back loaded, as a row of the session (built once)
_ADD = insert(OutboxItem).returning(OutboxItem)
#: the same for an automatic item, suppressed past the rate limit: counted by the INSERT
#: itself (the items added before it in the transaction count)
_ADD_LIMITED = (
    insert(OutboxItem)
    .values(
        status=case(
            (bindparam("rate_limit") <= _AUTOMATIC_SINCE, OutboxStatus.SUPPRESSED.value),
            else_=OutboxStatus.PENDING.value,
        )
    )
    .returning(OutboxItem)
)


def enqueue(
    session: Session,
    renderer: Renderer,
    *,
    route: Route,
    template: str,
    language: str,
    context: Mapping[str, Any],
    ticket: Ticket | None = None,
    personal: bool = False,
    automatic: bool = True,
    dedupe_key: str | None = None,
    mail_domain: str = "localhost",
    attachments: list[dict[str, Any]] | None = None,
    rate_limit_per_hour: int | None = None,
    now: datetime | None = None,
) -> OutboxItem:
    """Render a notice and add it to the outbox inside the caller's transaction.

    Automatic messages beyond ``rate_limit_per_hour`` to one address are kept but not sent.
    The count and the row are one statement, and the item comes back from it: no separate
    count, no object built and flushed."""
    now = now or utcnow()
    rendered = renderer.render(template, language, channel=route.channel, ticket=ticket, **context)
    values = item_values(
        route=route,
        template=template,
        language=language,
        rendered=rendered,
        ticket=ticket,
        personal=personal,
        automatic=automatic,
        dedupe_key=dedupe_key,
        mail_domain=mail_domain,
        attachments=attachments,
        now=now,
    )
    if automatic and rate_limit_per_hour is not None and not personal:
        del values["status"]
        limited = {
            "rate_recipient": route.recipient,
            "rate_since": now - timedelta(hours=1),
            "rate_limit": rate_limit_per_hour,
        }
        return session.scalars(_ADD_LIMITED, {**values, **limited}).one()
    return session.scalars(_ADD, values).one()


def item_values(
    *,
    route: Route,
    template: str,
    language: str,
    rendered: Rendered,
    ticket: Ticket | None,
    personal: bool,
    automatic: bool,
    dedupe_key: str | None,
    mail_domain: str,
    attachments: list[dict[str, Any]] | None = None,
    status: OutboxStatus = OutboxStatus.PENDING,
    now: datetime,
) -> dict[str, Any]:
    """The columns of one outbox item (its own ``Message-ID`` on email, threading headers after
    the ticket's first message): :func:`enqueue` adds one, a bulk sender inserts many."""
    headers: dict[str, Any] = {}
    message_id = None
    if route.channel == EMAIL:
        message_id = make_msgid(domain=mail_domain)
        if automatic:
            headers["Auto-Submitted"] = "auto-replied"
        if ticket is not None and ticket.message_id:
            headers["In-Reply-To"] = ticket.message_id
            refs = [*details_of(ticket).references, ticket.message_id]
            headers["References"] = " ".join(dict.fromkeys(refs))
    return {
        "ticket_id": ticket.id if ticket else None,
        "channel": route.channel,
        "recipient": route.recipient,
        "template": template,
        "language": language,
        "subject": rendered.subject,
        "body_text": rendered.text,
        "body_html": rendered.html,
        "headers": headers,
        "attachments": attachments or [],
        "automatic": automatic,
        "personal": personal,
        "dedupe_key": dedupe_key,
        "message_id": message_id,
        "status": status,
        "attempts": 0,
        "created_at": now,
        "next_attempt_at": now,
    }


PARTS_SENT = "parts_sent"


def record_parts_sent(engine: Engine, item_id: int, parts_sent: int) -> None:
    """Remember, in the item's headers, that its first ``parts_sent`` parts went out.

    For transports that deliver one item as several messages (a long chat text, documents):
    a retry after a partial delivery resumes after them instead of sending them again.
    """
    with session_scope(engine) as session:
        item = session.get(OutboxItem, item_id)
        if item is not None:
            item.headers = {**item.headers, PARTS_SENT: parts_sent}
            session.add(item)


def _spent(item: OutboxItem, *, delivered: bool) -> dict[str, Any]:
    """What a personal item gives up when the outbox is done with it: its body (codes, tokens,
    data); its attachments too when it was never delivered (nobody will download them)."""
    if not item.personal:
        return {}
    values: dict[str, Any] = {"body_text": "", "body_html": None}
    if not delivered:
        values["attachments"] = []
    return values


def expire_attachments(session: Session, *, delivered_before: datetime) -> int:
    """Delete the attachments (data packages) of items delivered before ``delivered_before``."""
    expired = session.execute(
        update(OutboxItem)
        .where(
            col(OutboxItem.status) == OutboxStatus.SENT,
            col(OutboxItem.sent_at) <= delivered_before,
            cast(col(OutboxItem.attachments), String) != "[]",
        )
        .values(attachments=[])
    )
    return int(expired.rowcount)  # type: ignore[attr-defined]


_OUTBOX = OutboxItem.__table__  # type: ignore[attr-defined]
#: how a claimed item's attempt is recorded: by id, unless its lease was lost meanwhile
_RECORD = update(_OUTBOX).where(
    _OUTBOX.c.id == bindparam("item_id"),
    _OUTBOX.c.status == OutboxStatus.SENDING,
    _OUTBOX.c.attempts == bindparam("item_attempts"),
)


def backoff(attempts: int) -> timedelta:
    """Delay before the next try: doubling from 2 s, at most 10 minutes."""
    return timedelta(seconds=min(2 ** max(attempts, 1), 600))


class Dispatcher:
    """Sends due outbox items through the transport registered for their channel."""

    def __init__(
        self,
        engine: Engine,
        transports: Mapping[str, Transport],
        *,
        interval: float = 1.0,
        batch: int = 50,
    ) -> None:
        self.engine = engine
        self.transports = dict(transports)
        self.interval = interval
        self.batch = batch
        self.wakeup = asyncio.Event()
        #: items claimed and not finished yet, with the attempt count their claim gave them
        self._leased: dict[int, int] = {}
        #: items delivered and not recorded yet, with when; recorded together (group commit)
        self._sent: list[tuple[OutboxItem, datetime]] = []
        self._recorder: asyncio.Task[None] | None = None

    def _claim(self, now: datetime) -> list[OutboxItem]:
        """Take due items for one lease: rows locked by another dispatcher are skipped, so
        several processes share the outbox; an item whose lease ran out (its sender died) is
        due again."""
        due = (
            select(OutboxItem.id)
            .where(
                col(OutboxItem.status).in_([OutboxStatus.PENDING, OutboxStatus.SENDING]),
                col(OutboxItem.channel).in_(list(self.transports)),
                col(OutboxItem.next_attempt_at) <= now,
            )
            .order_by(col(OutboxItem.id))
            .limit(self.batch)
            .with_for_update(skip_locked=True)
        )
        with session_scope(self.engine) as session:  # one statement: lock, lease and read
            claimed = sorted(
                session.scalars(
                    update(OutboxItem)
                    .where(col(OutboxItem.id).in_(due.scalar_subquery()))
                    .values(
                        status=OutboxStatus.SENDING,
                        attempts=OutboxItem.attempts + 1,
                        next_attempt_at=now + LEASE,
                    )
                    .returning(OutboxItem)
                    .execution_options(synchronize_session=False)
                ),
                key=lambda item: item.id or 0,
            )
        self._leased.update({item.id: item.attempts for item in claimed if item.id is not None})
        return list(claimed)

    def _finish(self, item: OutboxItem, **values: Any) -> None:
        """Record how a claimed item's attempt ended, unless its lease was lost to another
        dispatcher meanwhile (that one's claim counted one more attempt)."""
        assert item.id is not None
        with session_scope(self.engine) as session:
            session.execute(
                update(OutboxItem)
                .where(
                    col(OutboxItem.id) == item.id,
                    col(OutboxItem.status) == OutboxStatus.SENDING,
                    col(OutboxItem.attempts) == item.attempts,
                )
                .values(**values)
            )
        self._leased.pop(item.id, None)

    def _finish_sent(self, sent: list[tuple[OutboxItem, datetime]]) -> None:
        """Record deliveries in one transaction (each as :meth:`_finish` would)."""
        # one executemany per kind of item (a personal one also gives its body up)
        by_kind: dict[bool, tuple[OutboxItem, list[dict[str, Any]]]] = {}
        for item, sent_at in sent:
            rows = by_kind.setdefault(item.personal, (item, []))[1]
            rows.append({"item_id": item.id, "item_attempts": item.attempts, "item_at": sent_at})
        with session_scope(self.engine) as session:
            for example, rows in by_kind.values():
                session.execute(
                    _RECORD.values(
                        status=OutboxStatus.SENT,
                        sent_at=bindparam("item_at"),
                        **_spent(example, delivered=True),
                    ),
                    rows,
                )
        for item, _ in sent:
            self._leased.pop(item.id or 0, None)
        if (metrics := metrics_of(self.engine)) is not None:
            for item, sent_at in sent:
                waited = (sent_at - item.created_at).total_seconds()
                metrics.delivery_seconds.labels(item.channel).observe(max(waited, 0.0))

    def _delivered(self, item: OutboxItem) -> None:
        """Note a delivery to record. The next send does not wait for the record: deliveries
        that end while one transaction records earlier ones are recorded by the next one, so
        a burst costs a few commits, not one per item, and a crash before the record only
        resends the item under its own Message-ID (as a crash between send and record always
        could)."""
        self._sent.append((item, utcnow()))
        if self._recorder is None or self._recorder.done():
            self._recorder = asyncio.create_task(self._record_sent())

    async def _record_sent(self) -> None:
        while self._sent:
            sent, self._sent = self._sent, []
            try:
                await asyncio.to_thread(self._finish_sent, sent)
            except Exception:  # the items stay leased: claimed again and resent when it ends
                log.exception("recording %d delivered outbox items failed", len(sent))

    def _renew(self) -> None:
        """Extend the lease of the items this dispatcher still holds (its heartbeat)."""
        leased = dict(self._leased)
        if not leased:
            return
        with session_scope(self.engine) as session:
            session.execute(
                update(OutboxItem)
                .where(
                    col(OutboxItem.id).in_(list(leased)),
                    col(OutboxItem.status) == OutboxStatus.SENDING,
                )
                .values(next_attempt_at=utcnow() + LEASE)
            )

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(LEASE.total_seconds() / 3)
            try:
                await asyncio.to_thread(self._renew)
            except Exception:
                log.exception("outbox lease renewal failed; retrying")

    def _hold_recipient(self, item: OutboxItem, until: datetime) -> None:
        """Postpone the recipient's queued items to ``until``; other recipients are untouched."""
        with session_scope(self.engine) as session:
            session.execute(
                update(OutboxItem)
                .where(
                    col(OutboxItem.channel) == item.channel,
                    col(OutboxItem.recipient) == item.recipient,
                    col(OutboxItem.status) == OutboxStatus.PENDING,
                    col(OutboxItem.next_attempt_at) < until,
                )
                .values(next_attempt_at=until)
            )

    async def _deliver(self, item: OutboxItem) -> datetime | None:
        """Send one claimed item; returns until when its recipient must wait, if the peer said."""
        assert item.id is not None
        transport = self.transports[item.channel]
        try:
            await transport.send(item)
        except TransientDeliveryError as exc:
            delay = backoff(item.attempts)
            if exc.retry_after is not None:
                delay = timedelta(seconds=exc.retry_after)
            given_up = item.attempts >= MAX_ATTEMPTS
            log.warning("outbox item %s not delivered yet: %s", item.id, exc)
            until = utcnow() + delay
            await asyncio.to_thread(
                self._finish,
                item,
                status=OutboxStatus.FAILED if given_up else OutboxStatus.PENDING,
                last_error=str(exc)[:2000],
                next_attempt_at=until,
                **(_spent(item, delivered=False) if given_up else {}),
            )
            if exc.retry_after is not None:
                await asyncio.to_thread(self._hold_recipient, item, until)
                return until
        except PermanentDeliveryError as exc:
            log.error("outbox item %s refused: %s", item.id, exc)
            await asyncio.to_thread(
                self._finish,
                item,
                status=OutboxStatus.FAILED,
                last_error=str(exc)[:2000],
                **_spent(item, delivered=False),
            )
        except Exception as exc:  # a transport bug must not stop the dispatcher
            log.exception("outbox item %s failed", item.id)
            await asyncio.to_thread(
                self._finish,
                item,
                status=OutboxStatus.PENDING,
                last_error=repr(exc)[:2000],
                next_attempt_at=utcnow() + backoff(item.attempts),
            )
        else:
            self._delivered(item)
        return None

    async def dispatch_once(self) -> int:
        """Deliver what is due now; returns how many items were tried."""
        items = await asyncio.to_thread(self._claim, utcnow())
        if not items:
            return 0
        heartbeat = asyncio.create_task(self._heartbeat())
        try:
            await self._deliver_all(items)
            if self._recorder is not None:
                await self._recorder  # every delivery of the batch recorded (or logged)
        finally:
            heartbeat.cancel()
            self._leased.clear()
        return len(items)

    async def _deliver_all(self, items: list[OutboxItem]) -> None:
        held: dict[tuple[str, str], datetime] = {}
        for item in items:
            assert item.id is not None
            key = (item.channel, item.recipient)
            if key in held:  # claimed before its recipient was held: back in line, untried
                await asyncio.to_thread(
                    self._finish,
                    item,
                    status=OutboxStatus.PENDING,
                    attempts=OutboxItem.attempts - 1,
                    next_attempt_at=held[key],
                )
            elif (until := await self._deliver(item)) is not None:
                held[key] = until

    async def run(self, stop: asyncio.Event) -> None:
        """Dispatch until ``stop`` is set; ``wakeup`` makes it look at once. The wake-up is
        taken before the claim, not after: one that comes while a claim finds nothing (an item
        committed just after the claim looked) makes the next claim start at once, instead of
        being cleared and left for the next ``interval``."""
        while not stop.is_set():
            self.wakeup.clear()
            try:
                tried = await self.dispatch_once()
            except Exception:
                log.exception("outbox dispatch failed; retrying")
                tried = 0
            if tried or self.wakeup.is_set():
                continue
            waiters = {
                asyncio.ensure_future(stop.wait()),
                asyncio.ensure_future(self.wakeup.wait()),
            }
            _, pending = await asyncio.wait(
                waiters, timeout=self.interval, return_when=asyncio.FIRST_COMPLETED
            )
            for task in pending:
                task.cancel()
